//! The VPN's MFA gateway ([`vss_wire::vpn`]): its MFA is the account's own factor, so a code
//! opens it exactly as a code passes a login — an authenticator's code once (no code of that
//! time step or an earlier one again, at the gateway or at a login), an e-mailed or texted
//! code (from `POST /tf/request-token`) once, failures counted toward the same lock — but a
//! recovery code does not. The gateway's state and a log per account are kept.

use std::net::IpAddr;

use super::*;
use crate::store::{GatewayEntry, GatewayRow};
use vss_wire::vpn::{GatewayReply, GatewayStatus, REFUSED_MARKER};

/// What `usages` says of an account whose factor is enabled: the gateway's MFA is in use.
const USAGES: &str = "vpn";
/// Entries of an account's gateway log that are kept.
const LOG_KEEP: u32 = 1000;
/// Entries a log call returns at most (the newest).
const LOG_LIMIT: u32 = 500;

/// What became of a code at the gateway.
pub(crate) enum Opened {
    Yes(GatewayReply),
    /// Refused: the reply says [`REFUSED_MARKER`] (2xx, as the gateway answers).
    Refused(GatewayReply),
}

impl Service {
    /// `GET /otp/user-status-totp.php`: `usages` and `method` while the account's factor is
    /// enabled (none otherwise: the gateway's MFA is off), and whether the gateway is open.
    pub(crate) fn vpn_status(&self, credentials: &Credentials) -> Result<GatewayStatus, Error> {
        let account = self.authenticate(credentials, self.clock.now())?;
        let (usages, method) = match (account.mfa_state, account.mfa_method) {
            (MfaState::Enabled, Some(method)) => (
                Some(serde_json::Value::from(USAGES)),
                Some(serde_json::Value::from(method.as_str())),
            ),
            _ => (Some(serde_json::Value::Null), Some(serde_json::Value::Null)),
        };
        let (open, since) = self.gateway_state(&account)?;
        Ok(GatewayStatus {
            usages,
            method,
            gateway: Some(if open { "open" } else { "closed" }.to_owned()),
            since: since.and_then(|t| rfc3339(DateTime::from_timestamp(t, 0))),
        })
    }

    /// Whether the gateway is open for `account`, and since when: opened after its factor was
    /// last enabled (a reset or a new enrolment closes it), and not closed since.
    fn gateway_state(&self, account: &Account) -> Result<(bool, Option<i64>), Error> {
        let Some(row) = self.store.vpn_gateway(account.id)? else {
            return Ok((false, None));
        };
        let enabled_at = match account.mfa_state {
            MfaState::Enabled => account.enabled_on.map_or(i64::MIN, |t| t.timestamp()),
            _ => i64::MAX,
        };
        if row.open && row.since < enabled_at {
            return Ok((false, None));
        }
        Ok((row.open, Some(row.since)))
    }

    /// `POST /otp/enable-vpn-result.php` with `otpass`: checks the code as a login does
    /// (without recovery codes) and opens the gateway. A refused or missing code, or an
    /// account without MFA, is a 2xx reply saying [`REFUSED_MARKER`], as the gateway answers;
    /// wrong credentials and a lock after repeated failures are the API's errors.
    pub(crate) fn vpn_enable(
        &self,
        credentials: &Credentials,
        otp: Option<Secret>,
        ip: Option<IpAddr>,
    ) -> Result<Opened, Error> {
        let now = self.clock.now();
        let _serial = self.serialize(&credentials.username);
        let account = self.authenticate(credentials, now)?;
        let from = from_ip(ip);
        let refuse = |why: &str, logged: &str| -> Result<Opened, Error> {
            self.vpn_log_line(&account, None, &format!("code refused{from}: {logged}"))?;
            Ok(Opened::Refused(GatewayReply {
                status: REFUSED_MARKER.into(),
                message: format!("Authentication {REFUSED_MARKER}: {why}"),
            }))
        };
        let method = match (account.mfa_state, account.mfa_method) {
            (MfaState::Enabled, Some(method)) => method,
            _ => {
                return refuse(
                    "MFA is not set up for the VPN gateway of this account",
                    "MFA is off",
                )
            }
        };
        let Some(otp) = otp.filter(|o| !o.expose().trim().is_empty()) else {
            return refuse("no code (otpass) was given", "no code given");
        };
        match self.check_otp(&account, &otp, false, now) {
            Ok(()) => {}
            Err(Error::OtpRefused(_) | Error::RecoveryCodeRefused { .. }) => {
                return refuse(
                    "the code is invalid, expired or used already (each code works once)",
                    "invalid, expired or used already",
                )
            }
            Err(e @ Error::TooMany { .. }) => {
                self.vpn_log_line(
                    &account,
                    None,
                    &format!("code refused{from}: too many failed attempts in a row"),
                )?;
                return Err(e);
            }
            Err(e) => return Err(e),
        }
        let open = GatewayRow {
            open: true,
            since: now.timestamp(),
        };
        self.vpn_log_line(
            &account,
            Some(open),
            &format!("gateway opened{from} with a code ({})", method.as_str()),
        )?;
        tracing::info!(user = %account.username, "VPN gateway opened");
        Ok(Opened::Yes(GatewayReply {
            status: "enabled".into(),
            message: "VPN gateway enabled: connect to the VPN now".into(),
        }))
    }

    /// `GET /otp/shut-totp.php`: closes the gateway (closing a closed one is fine).
    pub(crate) fn vpn_disable(
        &self,
        credentials: &Credentials,
        ip: Option<IpAddr>,
    ) -> Result<GatewayReply, Error> {
        let now = self.clock.now();
        let _serial = self.serialize(&credentials.username);
        let account = self.authenticate(credentials, now)?;
        let (open, _) = self.gateway_state(&account)?;
        let closed = GatewayRow {
            open: false,
            since: now.timestamp(),
        };
        let what = if open {
            "gateway closed"
        } else {
            "gateway closed (it was not open)"
        };
        self.vpn_log_line(&account, Some(closed), &format!("{what}{}", from_ip(ip)))?;
        tracing::info!(user = %account.username, "VPN gateway closed");
        Ok(GatewayReply {
            status: "disabled".into(),
            message: "VPN gateway disabled".into(),
        })
    }

    /// `GET /otp/user-status-log.php`: the account's gateway log from `since` (all of it
    /// without), oldest first, each entry `TIME USER: WHAT`.
    pub(crate) fn vpn_log(
        &self,
        credentials: &Credentials,
        since: Option<DateTime<Utc>>,
    ) -> Result<Vec<String>, Error> {
        let account = self.authenticate(credentials, self.clock.now())?;
        let entries = self
            .store
            .vpn_log(account.id, since.map(|t| t.timestamp()), LOG_LIMIT)?;
        Ok(entries
            .into_iter()
            .map(|e| {
                let at = rfc3339(DateTime::from_timestamp(e.at, 0)).unwrap_or_default();
                format!("{at} {}: {}", account.username, e.line)
            })
            .collect())
    }

    /// Adds `line` to the account's gateway log (with `state`, setting the gateway so).
    fn vpn_log_line(
        &self,
        account: &Account,
        state: Option<GatewayRow>,
        line: &str,
    ) -> Result<(), Error> {
        let entry = GatewayEntry {
            at: self.clock.unix(),
            line: line.to_owned(),
        };
        self.store.vpn_record(account.id, state, &entry, LOG_KEEP)?;
        Ok(())
    }
}

/// ` from 192.0.2.7`, or nothing.
fn from_ip(ip: Option<IpAddr>) -> String {
    ip.map(|ip| format!(" from {}", ip.to_canonical()))
        .unwrap_or_default()
}
