//! The server's outbox, read as a person reads mail and texts: e-mails are RFC 5322 files in
//! `mail/*.eml`, texts JSON lines in `sms.jsonl`.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// An outbox folder.
pub struct Outbox {
    dir: PathBuf,
}

/// One e-mail.
#[derive(Debug, Clone)]
pub struct Mail {
    /// The address it was sent to.
    pub to: String,
    pub subject: String,
    /// The body, decoded to plain text.
    pub body: String,
    /// The file as it is.
    pub raw: String,
}

impl Mail {
    fn read(path: &Path) -> Mail {
        let bytes = std::fs::read(path).unwrap();
        let msg = mail_parser::MessageParser::default()
            .parse(&bytes)
            .unwrap_or_else(|| panic!("{} is not an RFC 5322 message", path.display()));
        let to = msg
            .to()
            .and_then(|a| a.first())
            .and_then(|a| a.address())
            .unwrap_or_default()
            .to_owned();
        Mail {
            to,
            subject: msg.subject().unwrap_or_default().to_owned(),
            body: msg.body_text(0).unwrap_or_default().into_owned(),
            raw: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    /// The first word after `label` in the body.
    pub fn value_after(&self, label: &str) -> Option<String> {
        let i = self.body.find(label)?;
        self.body[i + label.len()..]
            .split_whitespace()
            .next()
            .map(str::to_owned)
    }
}

/// A mail reads as its file's text.
impl std::ops::Deref for Mail {
    type Target = str;

    fn deref(&self) -> &str {
        &self.raw
    }
}

impl std::fmt::Display for Mail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.raw)
    }
}

impl Outbox {
    pub fn new(dir: &Path) -> Outbox {
        Outbox {
            dir: dir.to_owned(),
        }
    }

    /// Every e-mail, oldest first.
    pub fn mails(&self) -> Vec<Mail> {
        let mut paths: Vec<PathBuf> = match std::fs::read_dir(self.dir.join("mail")) {
            Ok(rd) => rd.map(|e| e.unwrap().path()).collect(),
            Err(_) => return Vec::new(),
        };
        paths.retain(|p| p.extension().is_some_and(|e| e == "eml"));
        paths.sort();
        paths.iter().map(|p| Mail::read(p)).collect()
    }

    /// The e-mails to `user@example.com`, oldest first.
    pub fn mails_to(&self, user: &str) -> Vec<Mail> {
        let to = format!("{user}@example.com");
        self.mails().into_iter().filter(|m| m.to == to).collect()
    }

    /// The e-mails to `user@example.com` with the subject `subject`, oldest first.
    pub fn mails_about(&self, user: &str, subject: &str) -> Vec<Mail> {
        self.mails_to(user)
            .into_iter()
            .filter(|m| m.subject == subject)
            .collect()
    }

    /// The newest e-mail to `user@example.com`, which must have the subject `subject`.
    #[track_caller]
    pub fn last_mail_to(&self, user: &str, subject: &str) -> Mail {
        let mail = self
            .mails_to(user)
            .pop()
            .unwrap_or_else(|| panic!("no mail to {user}"));
        assert_eq!(mail.subject, subject, "{}", mail.raw);
        mail
    }

    /// The value after `label` in the newest e-mail to `user@example.com` that has it.
    #[track_caller]
    pub fn mailed(&self, user: &str, label: &str) -> String {
        self.mails_to(user)
            .iter()
            .rev()
            .find_map(|m| m.value_after(label))
            .unwrap_or_else(|| panic!("no e-mail to {user} with {label:?}"))
    }

    /// The value after `label` in the newest e-mail that has it, whoever it went to.
    #[track_caller]
    pub fn last_mailed(&self, label: &str) -> String {
        self.mails()
            .iter()
            .rev()
            .find_map(|m| m.value_after(label))
            .unwrap_or_else(|| panic!("no e-mail with {label:?}"))
    }

    /// The newest e-mailed verification code for `user`.
    pub fn mailed_code(&self, user: &str) -> String {
        self.mailed(user, "Your verification code is:")
    }

    /// The newest e-mailed disable confirmation token for `user`.
    pub fn mailed_token(&self, user: &str) -> String {
        self.mailed(user, "Your confirmation token is:")
    }

    /// Every SMS, oldest first.
    pub fn texts(&self) -> Vec<Value> {
        let Ok(text) = std::fs::read_to_string(self.dir.join("sms.jsonl")) else {
            return Vec::new();
        };
        text.lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    /// The code in the newest SMS, whoever it went to.
    #[track_caller]
    pub fn last_texted_code(&self) -> String {
        let texts = self.texts();
        let last = texts.last().expect("an SMS");
        last["to"].as_str().map(|to| self.texted_code(to)).unwrap()
    }

    /// The code in the newest SMS to `phone`.
    #[track_caller]
    pub fn texted_code(&self, phone: &str) -> String {
        let texts = self.texts();
        let sms = texts
            .iter()
            .rev()
            .find(|t| t["to"] == phone)
            .unwrap_or_else(|| panic!("no SMS to {phone}"));
        let body = sms["body"].as_str().unwrap();
        let code: String = body.chars().filter(char::is_ascii_digit).collect();
        assert_eq!(code.len(), 6, "no code in SMS {body:?}");
        code
    }
}
