//! The Python vss-cli's commands that this program does not have: both install as `vss-cli`,
//! so a user of the other may type one here. Such a command is refused as a usage error that
//! names the Python tool as the one that has it, and how to keep both (README: "Living beside
//! the Python vss-cli").

use crate::error::Error;

/// The Python vss-cli's (2026.4.0) top-level commands this program lacks.
pub(crate) const PYTHON_ONLY: [(&str, &str); 14] = [
    ("assist", "the VSS AI Assistant"),
    ("compute", "VMs, networks, folders and the rest"),
    ("key", "SSH public keys"),
    ("mcp", "the Model Context Protocol server"),
    ("message", "VSS messages"),
    ("misc", "miscellaneous utilities"),
    ("ovf", "the OVF tool"),
    ("plugins", "external plugins"),
    ("raw", "raw calls to the API"),
    ("request", "requests"),
    ("service", "the ITS service catalog"),
    ("shell", "the interactive shell"),
    ("stor", "the VSS storage account"),
    ("upgrade", "upgrading the Python tool"),
];

/// The refusal for `word` when it is one of the Python tool's commands.
pub(crate) fn refusal(word: &str) -> Option<Error> {
    let (name, what) = PYTHON_ONLY.iter().find(|(name, _)| *name == word)?;
    Some(Error::Usage {
        message: format!(
            "`{name}` ({what}) is a command of the Python vss-cli (pip install vss-cli), not \
             of this vss-cli, which manages MFA, tokens and the VPN gateway"
        ),
        hint: Some(format!(
            "run the Python tool for it, by its full path (e.g. ~/.local/bin/vss-cli {name}) \
             or an alias (alias pyvss=~/.local/bin/vss-cli); both read the same \
             ~/.vss-cli/config.yaml: see \"Living beside the Python vss-cli\" in the README"
        )),
    })
}

/// The word clap took for an unknown subcommand, when that is what `e` is about.
pub(crate) fn unknown_subcommand(e: &clap::Error) -> Option<String> {
    if e.kind() != clap::error::ErrorKind::InvalidSubcommand {
        return None;
    }
    match e.get(clap::error::ContextKind::InvalidSubcommand) {
        Some(clap::error::ContextValue::String(word)) => Some(word.clone()),
        _ => None,
    }
}
