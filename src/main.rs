fn main() -> std::process::ExitCode {
    vss_cli::main()
}
