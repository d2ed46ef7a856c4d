//! `vss-mock-server`: the bundled VSS API server.

use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = vss::server::cli::Cli::parse();
    match vss::server::run(cli) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("vss-mock-server: error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
