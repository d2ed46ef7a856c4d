//! Which account this is: the endpoint's origin and path with the user name, one key for
//! everything kept for it (the session's token, a remembered TOTP secret), whatever name or
//! URL was typed to reach it. The names earlier releases kept the same items under are found
//! and moved here.

use crate::config;
use crate::secrets::{self, Kind, Name};

/// An account at an endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AccountKey {
    /// Scheme, host, port and path: a token kept for `https://H:P` is never sent to
    /// `http://H:P`.
    pub(crate) origin: String,
    pub(crate) user: String,
}

impl AccountKey {
    /// The account `user` at the endpoint `url` (normalised: scheme and host in lower case, a
    /// default port left out, no trailing slash).
    pub(crate) fn new(url: &str, user: &str) -> AccountKey {
        let origin = match reqwest::Url::parse(url) {
            Ok(parsed) => format!(
                "{}{}",
                parsed.origin().ascii_serialization(),
                parsed.path().trim_end_matches('/')
            ),
            Err(_) => url.trim_end_matches('/').to_owned(),
        };
        AccountKey {
            origin,
            user: user.to_owned(),
        }
    }

    /// What `kind` of this account is kept under: `vss-cli_USER@ORIGIN_KIND`.
    pub(crate) fn account_name(&self, kind: Kind) -> String {
        format!(
            "{}_{}@{}_{}",
            secrets::SERVICE,
            self.user,
            self.origin,
            kind.as_str()
        )
    }

    /// The name of `kind`, with the names earlier releases used for it at `url` (the endpoint
    /// as resolved) when the configured endpoint `entry_name` (if any) belongs to `owner`.
    pub(crate) fn name(
        &self,
        kind: Kind,
        url: &str,
        entry_name: Option<&str>,
        owner: Option<&str>,
    ) -> Name {
        let mut older = Vec::new();
        if let Some(entry) = entry_name {
            // Named after the configured endpoint: its own user's items by its name alone,
            // anyone else's with the user name added.
            if owner == Some(self.user.as_str()) {
                older.push(secrets::account(entry, kind));
            }
            older.push(secrets::account(&format!("{entry}_{}", self.user), kind));
        }
        // Named after the URL's host, which leaves out the scheme: a token kept that way is
        // taken for an https endpoint only, so that it is never sent in clear text.
        if kind != Kind::Token || self.origin.starts_with("https://") {
            let by_host = format!("{}_{}", config::name_for(url), self.user);
            older.push(secrets::account(&by_host, kind));
        }
        older.push(secrets::first_release_name(url, &self.user, kind));
        older.retain(|o| *o != self.account_name(kind));
        older.dedup();
        Name::with_older(self.account_name(kind), older)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_key_whatever_was_typed() {
        let a = AccountKey::new("https://VSS.Example.org:443/", "ann");
        let b = AccountKey::new("https://vss.example.org", "ann");
        assert_eq!(a, b);
        assert_eq!(
            a.account_name(Kind::Token),
            "vss-cli_ann@https://vss.example.org_token"
        );
        let plain = AccountKey::new("http://vss.example.org", "ann");
        assert_ne!(plain, b);
    }

    #[test]
    fn older_names_are_found_but_a_token_never_crosses_to_http() {
        let https = AccountKey::new("https://127.0.0.1:8787", "ann");
        let name = https.name(
            Kind::Token,
            "https://127.0.0.1:8787",
            Some("demo"),
            Some("ann"),
        );
        assert_eq!(
            name.older(),
            [
                "vss-cli_demo_token",
                "vss-cli_demo_ann_token",
                "vss-cli_127_0_0_1-8787_ann_token",
                "https://127.0.0.1:8787 ann token",
            ]
        );
        let http = AccountKey::new("http://127.0.0.1:8787", "ann");
        let name = http.name(Kind::Token, "http://127.0.0.1:8787", None, None);
        assert_eq!(name.older(), ["http://127.0.0.1:8787 ann token"]);
        // A remembered TOTP secret makes codes here; it is never sent anywhere.
        let name = http.name(Kind::TotpSecret, "http://127.0.0.1:8787", None, None);
        assert_eq!(
            name.older(),
            [
                "vss-cli_127_0_0_1-8787_ann_totp-secret",
                "http://127.0.0.1:8787 ann totp-secret"
            ]
        );
    }
}
