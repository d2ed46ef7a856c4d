//! Time-based one-time passwords (RFC 6238): SHA1, 6 digits, 30-second steps, and the
//! `otpauth://` URIs authenticator apps take. The server makes keys and checks codes with it,
//! the client computes codes from a kept key, and the tests compute them as a phone would.

use totp_rs::{Algorithm, Builder, Secret as TotpSecret, Totp};

/// Seconds in one TOTP time step.
pub const STEP: u64 = 30;
/// Digits in a code.
const DIGITS: u8 = 6;
/// Bytes of a new shared secret (160 bits, as RFC 4226 recommends).
const SECRET_BYTES: usize = 20;

/// A fresh random 160-bit secret.
pub fn new_secret() -> Vec<u8> {
    use rand::Rng as _;
    let mut bytes = vec![0u8; SECRET_BYTES];
    // Straight from the operating system; a failure there panics (nothing sensible is left).
    rand::rand_core::UnwrapErr(rand::rngs::SysRng).fill_bytes(&mut bytes);
    bytes
}

/// The base32 (RFC 4648, no padding) spelling of a secret, as authenticator apps take it.
pub fn to_base32(secret: &[u8]) -> String {
    TotpSecret::from(secret.to_vec()).to_base32()
}

/// Decodes a base32 secret (spaces and case ignored, as typed from a screen).
pub fn from_base32(key: &str) -> anyhow::Result<Vec<u8>> {
    let cleaned: String = key
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_uppercase();
    TotpSecret::try_from_base32(&cleaned)
        .map(|s| s.as_bytes().to_vec())
        .map_err(|_| anyhow::anyhow!("the key is not valid base32"))
}

fn totp(secret: &[u8], issuer: Option<&str>, account: &str) -> anyhow::Result<Totp> {
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(DIGITS)
        .with_skew(1)
        .with_step_duration(STEP)
        .with_secret(TotpSecret::from(secret.to_vec()))
        .with_issuer(issuer)
        .with_account_name(account)
        .build()
        .map_err(|e| anyhow::anyhow!("cannot build a TOTP generator: {e}"))
}

/// The code for the time step containing `unix_time`.
pub fn code_at(secret: &[u8], unix_time: u64) -> anyhow::Result<String> {
    Ok(totp(secret, None, "x")?.generate(unix_time).to_string())
}

/// The standard `otpauth://totp/ISSUER:ACCOUNT?secret=...&issuer=ISSUER` URI.
pub fn uri(secret: &[u8], issuer: &str, account: &str) -> anyhow::Result<String> {
    totp(secret, Some(issuer), account)?
        .to_url()
        .map_err(|e| anyhow::anyhow!("cannot write the otpauth URI: {e}"))
}

/// The issuer an `otpauth://totp/ISSUER:ACCOUNT?...&issuer=ISSUER` URI names (its `issuer`
/// parameter, else the label's part before `:`), if any; none for what is not such a URI.
pub fn issuer_of_uri(uri: &str) -> Option<String> {
    Totp::from_url_unchecked(uri)
        .ok()?
        .issuer()
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .map(str::to_owned)
}

/// True when `code` looks like a code (six ASCII digits).
pub fn is_code(code: &str) -> bool {
    code.len() == usize::from(DIGITS) && code.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc6238_sha1_vector() {
        // RFC 6238 appendix B, SHA1, T = 59 -> 94287082 (8 digits); 6 digits -> 287082.
        let secret = b"12345678901234567890";
        assert_eq!(code_at(secret, 59).unwrap(), "287082");
        assert_eq!(code_at(secret, 1111111109).unwrap(), "081804");
    }

    #[test]
    fn base32_round_trip_and_uri() {
        let secret = new_secret();
        let key = to_base32(&secret);
        assert_eq!(key.len(), 32);
        assert_eq!(from_base32(&key.to_lowercase()).unwrap(), secret);
        let uri = uri(&secret, "VSS", "jm").unwrap();
        assert!(uri.starts_with("otpauth://totp/VSS:jm?secret="), "{uri}");
        assert_eq!(issuer_of_uri(&uri).as_deref(), Some("VSS"));
        assert!(uri.contains("issuer=VSS"), "{uri}");
    }

    #[test]
    fn issuer_from_the_parameter_else_the_label_else_none() {
        let key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        let issuer = |uri: String| issuer_of_uri(&uri);
        assert_eq!(
            issuer(format!(
                "otpauth://totp/ITS%20Cloud:jm?secret={key}&issuer=ITS%20Cloud"
            )),
            Some("ITS Cloud".into())
        );
        assert_eq!(
            issuer(format!("otpauth://totp/jm?secret={key}&issuer=VSS")),
            Some("VSS".into())
        );
        assert_eq!(
            issuer(format!("otpauth://totp/VSS:jm?secret={key}")),
            Some("VSS".into())
        );
        assert_eq!(issuer(format!("otpauth://totp/jm?secret={key}")), None);
        assert_eq!(issuer("https://example.org/VSS:jm".into()), None);
        assert_eq!(issuer("None".into()), None);
    }
}
