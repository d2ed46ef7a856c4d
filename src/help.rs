//! The examples and exit codes each command's `--help` ends with (and so its man page, which
//! `vss-generate` renders from that text). The top page's own are in `generation/man.rs`.

use vss_generate::help::{after_help, Example};

use crate::exit_codes::ExitCode::{self, *};

/// What a command that logs in may end with.
const LOGIN: &[ExitCode] = &[
    Success,
    Usage,
    Auth,
    Policy,
    Network,
    Server,
    File,
    Interrupted,
];
/// An administrator call.
const ADMIN: &[ExitCode] = &[
    Success,
    Failure,
    Usage,
    Auth,
    Policy,
    Network,
    Server,
    File,
    Denied,
    Interrupted,
];
/// A call that changes the account's MFA.
const MFA_CHANGE: &[ExitCode] = &[
    Success,
    Failure,
    Usage,
    Auth,
    Policy,
    Network,
    Server,
    File,
    Interrupted,
];
/// Only local files.
const LOCAL: &[ExitCode] = &[Success, Usage, File];

fn codes(list: &[ExitCode]) -> Vec<(String, String)> {
    list.iter()
        .map(|c| (c.code().to_string(), c.describe().to_owned()))
        .collect()
}

fn help(examples: &[Example], list: &[ExitCode]) -> String {
    after_help(examples, &codes(list))
}

pub(crate) fn mk() -> String {
    help(
        &[
            Example {
                text: "Enrol an authenticator app: scan the QR code, save the recovery codes, \
                       type the code the app shows:",
                commands: &["vss-cli account set mfa mk AUTHENTICATOR"],
            },
            Example {
                text: "Without a terminal: enrol, keep the codes in a file, verify with the code \
                       from the otpauth:// URI printed:",
                commands: &[
                    "vss-cli account set mfa mk AUTHENTICATOR --recovery-codes-file ~/codes.txt",
                    "vss-cli account set mfa verify 123456",
                ],
            },
            Example {
                text: "Codes by SMS, or move an enabled account to a new phone:",
                commands: &[
                    "vss-cli account set mfa mk SMS --phone 416-555-0100",
                    "vss-cli --totp 123456 account set mfa mk SMS --phone 416-555-0111 --replace",
                ],
            },
        ],
        MFA_CHANGE,
    )
}

pub(crate) fn verify() -> String {
    help(
        &[
            Example {
                text: "Finish an enrolment with the code from the app, e-mail or SMS:",
                commands: &["vss-cli account set mfa verify 123456"],
            },
            Example {
                text: "Read the code from standard input:",
                commands: &["echo \"$CODE\" | vss-cli account set mfa verify -"],
            },
        ],
        MFA_CHANGE,
    )
}

pub(crate) fn get_token() -> String {
    help(
        &[
            Example {
                text: "Have a code sent by e-mail or SMS, then log in with it:",
                commands: &[
                    "vss-cli account set mfa get-token",
                    "vss-cli --totp 123456 account get mfa",
                ],
            },
            Example {
                text: "A code for the new factor of a pending replacement:",
                commands: &["vss-cli account set mfa get-token --pending"],
            },
        ],
        MFA_CHANGE,
    )
}

pub(crate) fn rm() -> String {
    help(
        &[
            Example {
                text: "Disable MFA: on a terminal, type the token from the confirmation e-mail \
                       when asked:",
                commands: &["vss-cli account set mfa rm"],
            },
            Example {
                text: "In a script: ask for the e-mail, then confirm with its token:",
                commands: &[
                    "vss-cli account set mfa rm --yes",
                    "vss-cli account set mfa rm --confirmation-token TOKEN",
                ],
            },
        ],
        MFA_CHANGE,
    )
}

pub(crate) fn recovery_codes() -> String {
    help(
        &[Example {
            text: "A fresh set after proving the current factor (the old set stops working):",
            commands: &[
                "vss-cli --totp 123456 account set mfa recovery-codes --recovery-codes-file \
                 ~/codes.txt",
            ],
        }],
        MFA_CHANGE,
    )
}

pub(crate) fn forget_secret() -> String {
    help(
        &[Example {
            text: "Remove the TOTP secret kept with --remember-secret:",
            commands: &["vss-cli account set mfa forget-secret"],
        }],
        LOCAL,
    )
}

pub(crate) fn get_mfa() -> String {
    help(
        &[Example {
            text: "The MFA status, as JSON for a script:",
            commands: &["vss-cli -o json account get mfa"],
        }],
        LOGIN,
    )
}

pub(crate) fn configure_mk() -> String {
    help(
        &[Example {
            text: "Log in once and keep the endpoint as `cloud`, the password and token in the \
                   keyring:",
            commands: &[
                "vss-cli -e https://cloud-api.example.org -u jm configure mk --endpoint-name cloud",
            ],
        }],
        LOGIN,
    )
}

pub(crate) fn configure_ls() -> String {
    help(
        &[Example {
            text: "The configured endpoints:",
            commands: &["vss-cli configure ls"],
        }],
        LOCAL,
    )
}

pub(crate) fn configure_set() -> String {
    help(
        &[Example {
            text: "Use the endpoint `cloud` when none is named, and JSON output:",
            commands: &[
                "vss-cli configure set default_endpoint_name cloud",
                "vss-cli configure set output json",
            ],
        }],
        LOCAL,
    )
}

pub(crate) fn configure_edit() -> String {
    help(
        &[Example {
            text: "Edit the configuration in nano; a file that no longer reads is not kept:",
            commands: &["EDITOR=nano vss-cli configure edit"],
        }],
        LOCAL,
    )
}

pub(crate) fn configure_rm() -> String {
    help(
        &[Example {
            text: "Forget the endpoint `cloud` and its stored secrets:",
            commands: &["vss-cli configure rm cloud"],
        }],
        LOCAL,
    )
}

pub(crate) fn status() -> String {
    help(
        &[
            Example {
                text: "Who you are at the default endpoint, and until when the token works:",
                commands: &["vss-cli status"],
            },
            Example {
                text: "In a script: log in with a code only when no token works:",
                commands: &["vss-cli -q status || vss-cli --totp \"$CODE\" status"],
            },
        ],
        &[Success, Usage, Auth, Policy, Network, Server, File],
    )
}

pub(crate) fn token_mk() -> String {
    help(
        &[Example {
            text: "A fresh token for a script, logging in with a code:",
            commands: &["export VSS_TOKEN=$(vss-cli --totp 123456 token mk)"],
        }],
        LOGIN,
    )
}

pub(crate) fn token_show() -> String {
    help(
        &[Example {
            text: "The token commands would use, logging in only when none works:",
            commands: &["export VSS_TOKEN=$(vss-cli token show)"],
        }],
        LOGIN,
    )
}

pub(crate) fn token_ls() -> String {
    help(
        &[
            Example {
                text: "The account's tokens (the one in use here marked IN_USE):",
                commands: &["vss-cli token ls"],
            },
            Example {
                text: "As JSON, for a script:",
                commands: &["vss-cli -o json token ls"],
            },
        ],
        &[Success, Usage, Auth, Network, Server, File],
    )
}

pub(crate) fn token_get() -> String {
    help(
        &[Example {
            text: "One token, by the id `token ls` shows:",
            commands: &["vss-cli token get 1234"],
        }],
        &[Success, Usage, Auth, Network, Server, File],
    )
}

pub(crate) fn token_rm() -> String {
    help(
        &[
            Example {
                text: "Delete two tokens by id (they stop working at once):",
                commands: &["vss-cli token rm 1234 1235"],
            },
            Example {
                text: "Sign out everywhere else: delete every token but the one in use here:",
                commands: &["vss-cli token rm --others"],
            },
        ],
        &[Success, Usage, Auth, Network, Server, File],
    )
}

pub(crate) fn logout() -> String {
    help(
        &[
            Example {
                text: "Revoke and forget the token of the endpoint `cloud`:",
                commands: &["vss-cli -e cloud logout"],
            },
            Example {
                text: "Also forget the password and TOTP secret kept for it:",
                commands: &["vss-cli -e cloud logout --all"],
            },
        ],
        &[Success, Usage, Network, Server, File],
    )
}

pub(crate) fn exec() -> String {
    let mut exit_codes = vec![
        ("N".to_owned(), "CMD ran and exited with N".to_owned()),
        ("128+N".to_owned(), "CMD was ended by signal N".to_owned()),
    ];
    exit_codes.extend(
        codes(&[Usage, Auth, Policy, Network, Server, File])
            .into_iter()
            .map(|(code, meaning)| (code, format!("{meaning} (before CMD runs)"))),
    );
    exit_codes.extend([
        (
            CannotRun.code().to_string(),
            "CMD could not be run (not an executable file)".to_owned(),
        ),
        (NotFound.code().to_string(), "CMD was not found".to_owned()),
        (
            Interrupted.code().to_string(),
            "interrupted before CMD ran (or CMD exited with 130)".to_owned(),
        ),
    ]);
    after_help(
        &[
            Example {
                text: "Run a script with a valid token in VSS_TOKEN (and the endpoint in \
                       VSS_ENDPOINT):",
                commands: &["vss-cli exec -- ./nightly-report.sh --all"],
            },
            Example {
                text: "Unattended, with the code from a hardware key when a login is needed:",
                commands: &[
                    "vss-cli --totp-command 'ykman oath accounts code -s VSS' exec -- python3 sync.py",
                ],
            },
            Example {
                text: "A long job: log in again first unless the token has an hour left:",
                commands: &["vss-cli exec --min-valid 1h -- ./backup.sh"],
            },
        ],
        &exit_codes,
    )
}

pub(crate) fn admin_settings_show() -> String {
    help(
        &[Example {
            text: "Whether MFA is mandatory for all domains:",
            commands: &["vss-cli admin settings totp show"],
        }],
        ADMIN,
    )
}

pub(crate) fn admin_settings_set() -> String {
    help(
        &[Example {
            text: "Make MFA mandatory for every account:",
            commands: &["vss-cli --totp 123456 admin settings totp set --mandatory"],
        }],
        ADMIN,
    )
}

pub(crate) fn admin_domain_ls() -> String {
    help(
        &[Example {
            text: "Every domain with its MFA policy:",
            commands: &["vss-cli admin domain ls"],
        }],
        ADMIN,
    )
}

pub(crate) fn admin_domain_set() -> String {
    help(
        &[Example {
            text: "Make MFA mandatory in a domain after a day's grace:",
            commands: &["vss-cli admin domain set eng --totp-mandatory --grace-period 24"],
        }],
        ADMIN,
    )
}

pub(crate) fn admin_user_ls() -> String {
    help(
        &[Example {
            text: "The accounts of a domain that have not enrolled:",
            commands: &["vss-cli admin user ls --domain eng --mfa disabled --all"],
        }],
        ADMIN,
    )
}

pub(crate) fn admin_user_set() -> String {
    help(
        &[Example {
            text: "Require MFA of an account and stop it from turning MFA off:",
            commands: &["vss-cli admin user set alice --require-mfa yes --can-toggle-mfa no"],
        }],
        ADMIN,
    )
}

pub(crate) fn admin_user_totp_disable() -> String {
    help(
        &[Example {
            text: "Reset the MFA of a user who lost the phone (logged out everywhere):",
            commands: &["vss-cli admin user totp disable --user alice --domain eng --yes"],
        }],
        ADMIN,
    )
}

pub(crate) fn admin_user_alert() -> String {
    help(
        &[Example {
            text: "E-mail a user a summary of their security settings:",
            commands: &["vss-cli admin user alert alice"],
        }],
        ADMIN,
    )
}

pub(crate) fn admin_audit_ls() -> String {
    help(
        &[Example {
            text: "Every administrative change, newest first:",
            commands: &["vss-cli admin audit ls --all"],
        }],
        ADMIN,
    )
}

/// What a command that calls the VPN gateway may end with.
const VPN: &[ExitCode] = &[
    Success,
    Failure,
    Usage,
    Auth,
    Network,
    Server,
    File,
    Interrupted,
];

pub(crate) fn vpn_gw_on() -> String {
    help(
        &[
            Example {
                text: "Every morning: open the gateway with the code your app shows, then \
                       connect to the VPN:",
                commands: &["vss-cli vpn gw on --otp 123456"],
            },
            Example {
                text: "Unattended, with the code from a hardware key or a vault (a code just \
                       used is waited out into the next 30-second step):",
                commands: &[
                    "vss-cli --totp-command 'ykman oath accounts code -s VSS' vpn gw on",
                    "vss-cli --totp-command 'pass otp vss/jdoe' vpn gw on",
                ],
            },
            Example {
                text: "Another gateway than the default, kept in the configuration:",
                commands: &["vss-cli configure set vpn_server https://vpn.example.org"],
            },
        ],
        &[
            Success,
            Failure,
            Usage,
            Auth,
            Policy,
            Network,
            Server,
            File,
            Interrupted,
        ],
    )
}

pub(crate) fn vpn_gw_off() -> String {
    help(
        &[Example {
            text: "Close the gateway when the day is done:",
            commands: &["vss-cli vpn gw off"],
        }],
        VPN,
    )
}

pub(crate) fn vpn_gw_log() -> String {
    help(
        &[
            Example {
                text: "The gateway's log of the last hour, or since this morning (local time, \
                       as the Python tool takes it with -t):",
                commands: &[
                    "vss-cli vpn gw log",
                    "vss-cli vpn gw log --since '2026-05-01 08:00'",
                ],
            },
            Example {
                text: "The last day's, as JSON:",
                commands: &["vss-cli -o json vpn gw log --since 1d"],
            },
        ],
        VPN,
    )
}

pub(crate) fn vpn_gw_status() -> String {
    help(
        &[Example {
            text: "Whether the gateway's MFA is on for you, how, and whether it is open:",
            commands: &["vss-cli vpn gw status"],
        }],
        VPN,
    )
}

pub(crate) fn completion() -> String {
    help(
        &[Example {
            text: "Install for your user (the packages install them for every user):",
            commands: &[
                "vss-cli completion bash > ~/.local/share/bash-completion/completions/vss-cli",
                "vss-cli completion zsh > ~/.zfunc/_vss-cli   # fpath+=(~/.zfunc) before compinit",
                "vss-cli completion fish > ~/.config/fish/completions/vss-cli.fish",
                "vss-cli completion powershell >> $PROFILE",
                "vss-cli completion elvish >> ~/.config/elvish/rc.elv",
            ],
        }],
        LOCAL,
    )
}
