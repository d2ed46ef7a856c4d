use clap::Parser;

use vss::cli::Cli;
use vss::exit_codes::ExitCode;

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    vss::interrupt::install();
    match vss::commands::run(cli) {
        Ok(()) => ExitCode::Success.into(),
        Err(e) => {
            vss::report::error(&e);
            e.exit_code().into()
        }
    }
}
