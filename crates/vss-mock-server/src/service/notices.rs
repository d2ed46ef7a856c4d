//! Every message the server sends a person, in one place: the e-mails (codes, confirmation
//! tokens, and notices of each change to an account's security) and the text message with a
//! code. None ever holds a secret other than the code or token it exists to deliver.

use vss_wire::Method;

use crate::courier::Email;

/// An e-mail to send: its subject and plain-text body.
pub(crate) struct Notice {
    pub(crate) subject: &'static str,
    pub(crate) body: String,
}

impl Notice {
    /// The e-mail of this notice to `to`.
    pub(crate) fn to<'a>(&'a self, to: &'a str) -> Email<'a> {
        Email {
            to,
            subject: self.subject,
            body: &self.body,
        }
    }
}

/// The text message with a code sent by e-mail or SMS for logging in or verifying.
pub(crate) fn code_sms(code: &str) -> String {
    format!("VSS verification code: {code}")
}

/// The e-mail with a code for logging in or verifying.
pub(crate) fn code_email(code: &str) -> Notice {
    Notice {
        subject: "Your VSS verification code",
        body: format!(
            "Hello,\n\
             \n\
             Your verification code is: {code}\n\
             \n\
             It is valid for 10 minutes and works once. Enter it where\n\
             vss-cli asks for it, or pass it to:\n\
             \n\
             \x20 vss-cli account set mfa verify CODE\n\
             \n\
             If you did not ask for a code, someone may know your password;\n\
             change it.\n"
        ),
    }
}

/// The e-mail with the token that confirms disabling MFA.
pub(crate) fn confirm_disable(token: &str) -> Notice {
    Notice {
        subject: "Confirm disabling MFA on your VSS account",
        body: format!(
            "Hello,\n\
             \n\
             Someone, hopefully you, asked to disable multi-factor\n\
             authentication on your VSS account.\n\
             \n\
             Your confirmation token is: {token}\n\
             \n\
             It is valid for 15 minutes and works once. To disable MFA, run:\n\
             \n\
             \x20 vss-cli account set mfa rm --confirmation-token {token}\n\
             \n\
             or, with the Python vss-cli, paste the token when it asks for it\n\
             (the command that sent this message, vss-cli account set mfa rm,\n\
             waits for it).\n\
             \n\
             If you did not ask for this, ignore this message: MFA stays on.\n"
        ),
    }
}

/// `failures` wrong `what` in a row locked them until `until` (RFC 3339).
pub(crate) fn lock_started(failures: u32, what: &str, until: &str) -> Notice {
    Notice {
        subject: "Sign-in attempts paused on your VSS account",
        body: format!(
            "Hello,\n\
             \n\
             There were {failures} failed attempts in a row to sign in to your VSS\n\
             account with wrong {what}. Further attempts\n\
             are refused until {until}.\n\
             \n\
             If this was not you, someone may know your password: change it\n\
             and tell your administrator.\n"
        ),
    }
}

pub(crate) fn recovery_codes_replaced() -> Notice {
    Notice {
        subject: "New recovery codes for your VSS account",
        body: "Hello,\n\
             \n\
             A new set of recovery codes was made for your VSS account; the\n\
             earlier codes no longer work. Keep the new ones somewhere safe.\n\
             \n\
             If you did not do this, change your password and contact your\n\
             administrator.\n"
            .to_owned(),
    }
}

/// A recovery code was used to log in; `left` unused ones remain.
pub(crate) fn recovery_code_used(left: u32) -> Notice {
    Notice {
        subject: "A recovery code was used on your VSS account",
        body: format!(
            "Hello,\n\
             \n\
             A recovery code was used to sign in to your VSS account in place of\n\
             your second factor. It no longer works; {left} unused code{} left.\n\
             \n\
             If you lost your device, make new recovery codes and move MFA to a\n\
             new factor. If this was not you, change your password and contact\n\
             your administrator.\n",
            if left == 1 { " is" } else { "s are" }
        ),
    }
}

/// `method` is `EMAIL`, `AUTHENTICATOR`, `SMS`, or `?` when unknown.
pub(crate) fn mfa_enabled(method: &str) -> Notice {
    Notice {
        subject: "MFA enabled on your VSS account",
        body: format!(
            "Hello,\n\
             \n\
             Multi-factor authentication ({method}) is now enabled on your VSS\n\
             account. From now on, logging in asks for a code as well as your\n\
             password; keep your recovery codes somewhere safe.\n\
             \n\
             If you did not do this, contact your administrator.\n"
        ),
    }
}

pub(crate) fn mfa_moved(old: &str, new: Method) -> Notice {
    // A new phone or app with the same method is a new factor, not a new method.
    let moved = if old == new.as_str() {
        format!("moved to a new {new}\nfactor")
    } else {
        format!("moved from {old}\nto {new}")
    };
    Notice {
        subject: "MFA moved to a new factor on your VSS account",
        body: format!(
            "Hello,\n\
             \n\
             Multi-factor authentication on your VSS account {moved}. The old factor no\n\
             longer works; your recovery codes are unchanged.\n\
             \n\
             If you did not do this, contact your administrator.\n"
        ),
    }
}

pub(crate) fn mfa_disabled() -> Notice {
    Notice {
        subject: "MFA disabled on your VSS account",
        body: "Hello,\n\
             \n\
             Multi-factor authentication is now disabled on your VSS account,\n\
             and its recovery codes no longer work. Logging in asks for your\n\
             password only.\n\
             \n\
             If you did not do this, change your password and contact your\n\
             administrator.\n"
            .to_owned(),
    }
}

/// MFA became required for the account: now, or from `deadline` (RFC 3339), after which
/// logging in without it is refused.
pub(crate) fn mfa_required(deadline: Option<&str>) -> Notice {
    let when = match deadline {
        Some(d) => format!("from {d}; until then you can still log in\nwithout it"),
        None => "now; logging in is refused until you enrol".to_owned(),
    };
    Notice {
        subject: "MFA is now required on your VSS account",
        body: format!(
            "Hello,\n\
             \n\
             An administrator made multi-factor authentication required for\n\
             your VSS account, {when}.\n\
             \n\
             Enrol with:\n\
             \n\
             \x20 vss-cli account set mfa mk METHOD\n\
             \n\
             where METHOD is AUTHENTICATOR, EMAIL or SMS (with the Python\n\
             vss-cli: vss-cli account --no-load set mfa mk METHOD).\n"
        ),
    }
}

/// An administrator changed the account's switches: "require MFA" to `require`, "may turn
/// MFA on and off" to `toggle` (each when it changed).
pub(crate) fn switches_changed(
    username: &str,
    require: Option<bool>,
    toggle: Option<bool>,
) -> Notice {
    let mut changes = Vec::new();
    if let Some(r) = require {
        changes.push(if r {
            "An administrator now requires multi-factor authentication on your\n\
             account. If you have not enrolled yet, logging in is refused until\n\
             you do: vss-cli account set mfa mk METHOD (with the Python vss-cli:\n\
             vss-cli account --no-load set mfa mk METHOD)"
        } else {
            "An administrator no longer requires multi-factor authentication on\n\
             your account (your domain or the global setting may still do so)."
        });
    }
    if let Some(t) = toggle {
        changes.push(if t {
            "You may now turn multi-factor authentication on and off yourself."
        } else {
            "An administrator no longer lets you turn multi-factor authentication\n\
             on or off yourself; ask them if it needs to change."
        });
    }
    Notice {
        subject: "MFA settings of your VSS account changed",
        body: format!(
            "Hello,\n\nThe MFA settings of your VSS account {username} changed:\n\n{}\n\n\
             If you did not expect this, contact your administrator.\n",
            changes.join("\n\n")
        ),
    }
}

/// The administrator `admin` reset the account's MFA; `required` when it must enrol again.
pub(crate) fn mfa_reset(admin: &str, username: &str, required: bool) -> Notice {
    let next = if required {
        "MFA is required for your account: the next time you log in, enrol\n\
         again with: vss-cli account set mfa mk METHOD\n\
         (with the Python vss-cli: vss-cli account --no-load set mfa mk METHOD)"
    } else {
        "You can log in with your password alone, and enrol again with:\n\
         vss-cli account set mfa mk METHOD\n\
         (with the Python vss-cli: vss-cli account --no-load set mfa mk METHOD)"
    };
    Notice {
        subject: "MFA was reset on your VSS account",
        body: format!(
            "Hello,\n\
             \n\
             An administrator ({admin}) reset multi-factor authentication on your\n\
             VSS account {username}: its factor and recovery codes were removed,\n\
             and every session was signed out.\n\
             \n\
             {next}\n\
             \n\
             If you did not ask for this, contact your administrator.\n"
        ),
    }
}

/// What the security summary an administrator has sent to an account says.
pub(crate) struct Summary<'a> {
    pub(crate) username: &'a str,
    pub(crate) domain: &'a str,
    /// "enabled (AUTHENTICATOR) since ...", "enrolment started ...", "not enabled".
    pub(crate) mfa: String,
    /// "yes, by ...", "from ..., by domain ...", "no".
    pub(crate) required: String,
    pub(crate) can_toggle: bool,
    pub(crate) recovery_codes_left: u32,
    /// What the account should do next.
    pub(crate) next: &'static str,
}

pub(crate) fn security_summary(s: &Summary<'_>) -> Notice {
    Notice {
        subject: "Security summary of your VSS account",
        body: format!(
            "Hello,\n\
             \n\
             An administrator asked us to send you a summary of the security\n\
             settings of your VSS account.\n\
             \n\
             Account:                 {username} (domain {domain})\n\
             Multi-factor auth (MFA): {mfa}\n\
             MFA required:            {required}\n\
             You may turn MFA on/off: {toggle}\n\
             Recovery codes left:     {codes}\n\
             \n\
             What to do next: {next}\n\
             \n\
             If something here looks wrong, contact your administrator.\n",
            username = s.username,
            domain = s.domain,
            mfa = s.mfa,
            required = s.required,
            toggle = if s.can_toggle { "yes" } else { "no" },
            codes = s.recovery_codes_left,
            next = s.next,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_move_names_the_methods_only_when_they_differ() {
        let same = mfa_moved("AUTHENTICATOR", Method::Authenticator).body;
        assert!(
            same.contains("moved to a new AUTHENTICATOR\nfactor") && !same.contains("moved from"),
            "{same}"
        );
        let other = mfa_moved("SMS", Method::Authenticator).body;
        assert!(
            other.contains("moved from SMS\nto AUTHENTICATOR."),
            "{other}"
        );
    }
}
