//! PBKDF2-HMAC-SHA256 (RFC 8018) with a concrete hash, so that it is compiled here: the
//! workspace's dev profile optimises this crate, and hundreds of thousands of rounds then take
//! a fraction of a second in tests instead of seconds.

/// `rounds` of PBKDF2-HMAC-SHA256 over `password` and `salt`, giving a 32-byte key.
pub fn pbkdf2_sha256(password: &[u8], salt: &[u8], rounds: u32) -> zeroize::Zeroizing<[u8; 32]> {
    let mut key = zeroize::Zeroizing::new([0u8; 32]);
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password, salt, rounds, key.as_mut());
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc7914_vector() {
        // RFC 7914 §11: PBKDF2-HMAC-SHA256, P = "passwd", S = "salt", c = 1, first 32 bytes.
        let key = pbkdf2_sha256(b"passwd", b"salt", 1);
        assert_eq!(key[..8], [0x55, 0xac, 0x04, 0x6e, 0x56, 0xe3, 0x08, 0x9f]);
    }
}
