//! The outbox: e-mail and SMS are written to files instead of being delivered.
//!
//! * E-mail: one RFC 5322 message per file, `<outbox>/mail/<unix millis>-<seq>.eml`, names
//!   zero-padded so they sort in send order; written under a temporary name, then renamed.
//! * SMS: one JSON line per message, `{"to", "body", "time"}`, appended to `<outbox>/sms.jsonl`.
//!
//! The log says that a message went out and to whom (masked); never what it said.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use mail_builder::mime::MimePart;
use mail_builder::MessageBuilder;

/// Sender of every e-mail.
pub(crate) const FROM_NAME: &str = "VSS";
pub(crate) const FROM_ADDRESS: &str = "no-reply@vss.invalid";

pub(crate) struct Courier {
    outbox: PathBuf,
    seq: AtomicU64,
    /// The last millisecond stamp used, so names keep sorting even if the system clock steps back.
    last_millis: Mutex<i64>,
    sms_lock: Mutex<()>,
}

/// An e-mail to send.
pub(crate) struct Email<'a> {
    pub(crate) to: &'a str,
    pub(crate) subject: &'a str,
    pub(crate) body: &'a str,
}

impl Courier {
    /// Creates the outbox folders if needed (0700).
    pub(crate) fn new(outbox: &Path) -> anyhow::Result<Courier> {
        let mail = outbox.join("mail");
        crate::folders::create_private(&mail)
            .with_context(|| format!("cannot create the outbox {}", mail.display()))?;
        Ok(Courier {
            outbox: outbox.to_owned(),
            seq: AtomicU64::new(0),
            last_millis: Mutex::new(0),
            sms_lock: Mutex::new(()),
        })
    }

    pub(crate) fn mail_dir(&self) -> PathBuf {
        self.outbox.join("mail")
    }

    pub(crate) fn sms_file(&self) -> PathBuf {
        self.outbox.join("sms.jsonl")
    }

    fn stamp(&self) -> (i64, u64) {
        let mut last = self.last_millis.lock().unwrap_or_else(|e| e.into_inner());
        let millis = Utc::now().timestamp_millis().max(*last);
        *last = millis;
        (millis, self.seq.fetch_add(1, Ordering::SeqCst) + 1)
    }

    /// Writes an e-mail dated `date` to the outbox.
    pub(crate) fn send_email(&self, email: &Email<'_>, date: DateTime<Utc>) -> anyhow::Result<()> {
        let (millis, seq) = self.stamp();
        let message_id = format!("{millis}.{seq}.{:016x}@vss.invalid", rand::random::<u64>());
        let builder = MessageBuilder::new()
            .from((FROM_NAME, FROM_ADDRESS))
            .to(email.to)
            .subject(email.subject)
            .date(date.timestamp())
            .message_id(message_id);
        let builder = if email.body.is_ascii() {
            // Plain 7-bit text, so every line reads as written (a command line may pass 76
            // characters, which would otherwise switch the body to quoted-printable).
            let body = email.body.replace("\r\n", "\n").replace('\n', "\r\n");
            builder.body(MimePart::new("text/plain", body).transfer_encoding("7bit"))
        } else {
            builder.text_body(email.body)
        };
        let bytes = builder.write_to_vec().context("cannot build the e-mail")?;
        let dir = self.mail_dir();
        let name = format!("{millis:015}-{seq:06}.eml");
        let mut tmp = tempfile::Builder::new()
            .prefix(".sending-")
            .tempfile_in(&dir)
            .with_context(|| format!("cannot write to {}", dir.display()))?;
        tmp.write_all(&bytes)?;
        tmp.as_file().sync_all()?;
        tmp.persist(dir.join(&name))
            .map_err(|e| e.error)
            .with_context(|| format!("cannot write {}", dir.join(&name).display()))?;
        tracing::info!(to = %mask_email(email.to), subject = email.subject, file = %name, "e-mail sent");
        Ok(())
    }

    /// Appends a text message sent at `time` to the SMS outbox.
    #[expect(
        clippy::disallowed_methods,
        reason = "the SMS outbox is appended to, 0600, a line a message"
    )]
    pub(crate) fn send_sms(&self, to: &str, body: &str, time: DateTime<Utc>) -> anyhow::Result<()> {
        let line = serde_json::json!({
            "to": to,
            "body": body,
            "time": time.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        })
        .to_string()
            + "\n";
        let path = self.sms_file();
        let _guard = self.sms_lock.lock().unwrap_or_else(|e| e.into_inner());
        let mut file = {
            use std::os::unix::fs::OpenOptionsExt;
            std::fs::OpenOptions::new()
                .append(true)
                .create(true)
                .mode(0o600)
                .open(&path)
                .with_context(|| format!("cannot open {}", path.display()))?
        };
        file.write_all(line.as_bytes())
            .and_then(|()| file.sync_data())
            .with_context(|| format!("cannot write {}", path.display()))?;
        tracing::info!(to = %mask_phone(to), "SMS sent");
        Ok(())
    }
}

/// `jdoe@example.com` → `j***@example.com`.
pub(crate) fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".into(),
    }
}

/// `+14165550100` → `+*******0100`: every digit but the last four hidden.
pub(crate) fn mask_phone(phone: &str) -> String {
    let chars: Vec<char> = phone.chars().collect();
    let keep_from = chars.len().saturating_sub(4);
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| if i >= keep_from || c == '+' { c } else { '*' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks() {
        assert_eq!(mask_email("jdoe@example.com"), "j***@example.com");
        assert_eq!(mask_phone("+14165550100"), "+*******0100");
    }

    #[test]
    fn writes_plain_readable_mail_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let courier = Courier::new(dir.path()).unwrap();
        for n in 0..3 {
            let body = format!(
                "Your verification code is: 00000{n}\n\n  vss-cli account set mfa rm --confirmation-token ABCDEFGHIJKLMNOPQRSTUVWXYZ234567\n"
            );
            let email = Email {
                to: "jdoe@example.com",
                subject: "Your VSS verification code",
                body: &body,
            };
            courier.send_email(&email, Utc::now()).unwrap();
        }
        let mut names: Vec<_> = std::fs::read_dir(courier.mail_dir())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names.len(), 3);
        let last = std::fs::read_to_string(courier.mail_dir().join(&names[2])).unwrap();
        assert!(
            last.contains("\r\nYour verification code is: 000002\r\n"),
            "{last}"
        );
        assert!(
            last.contains(" --confirmation-token ABCDEFGHIJKLMNOPQRSTUVWXYZ234567\r\n"),
            "{last}"
        );
        assert!(last.contains("Content-Type: text/plain"), "{last}");
        assert!(
            last.contains("From: \"VSS\" <no-reply@vss.invalid>")
                || last.contains("From: VSS <no-reply@vss.invalid>"),
            "{last}"
        );
        assert!(
            last.contains("To: <jdoe@example.com>") || last.contains("To: jdoe@example.com"),
            "{last}"
        );
        assert!(last.contains("Message-ID: <"), "{last}");
        assert!(last.contains("Date: "), "{last}");
    }

    #[test]
    fn appends_sms_lines() {
        let dir = tempfile::tempdir().unwrap();
        let courier = Courier::new(dir.path()).unwrap();
        courier
            .send_sms("+14165550100", "VSS verification code: 123456", Utc::now())
            .unwrap();
        courier
            .send_sms("+14165550100", "VSS verification code: 654321", Utc::now())
            .unwrap();
        let text = std::fs::read_to_string(courier.sms_file()).unwrap();
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1]["to"], "+14165550100");
        assert_eq!(lines[1]["body"], "VSS verification code: 654321");
        assert!(lines[1]["time"].as_str().unwrap().ends_with('Z'));
    }
}
