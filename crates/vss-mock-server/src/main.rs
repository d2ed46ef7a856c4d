//! `vss-mock-server`: the bundled VSS API server.

fn main() -> std::process::ExitCode {
    vss_mock_server::main()
}
