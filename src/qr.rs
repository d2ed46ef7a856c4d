//! QR codes of `otpauth://` URIs on the terminal: plain Unicode half blocks, optionally with
//! explicit colours. The PNG image is [`vss_qr::png`].

use qrcode::render::unicode::Dense1x2;
use qrcode::QrCode;

fn encode(data: &str) -> anyhow::Result<QrCode> {
    QrCode::new(data.as_bytes()).map_err(|e| anyhow::anyhow!("cannot draw a QR code: {e}"))
}

/// Draws the QR code with Unicode half blocks, two modules per character cell.
///
/// The blocks stand for the *light* modules and the quiet zone, spaces for the dark ones. With
/// `color`, every line is painted bright white on black, so the code scans on dark and light
/// terminal themes alike. Without colour (`NO_COLOR`), the blocks take the theme's foreground:
/// on the usual light-on-dark theme the code shows dark on light, as scanners expect; on a
/// light theme it shows inverted, which most phone scanners also read.
///
/// Returns the drawing and how many columns it takes: a terminal narrower than that wraps
/// the lines, and the code no longer scans.
pub(crate) fn terminal(data: &str, color: bool) -> anyhow::Result<(String, usize)> {
    let code = encode(data)?;
    let plain = code
        .render::<Dense1x2>()
        .dark_color(Dense1x2::Light)
        .light_color(Dense1x2::Dark)
        .quiet_zone(true)
        .build();
    let columns = plain.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    if !color {
        return Ok((plain + "\n", columns));
    }
    let mut out = String::with_capacity(plain.len() * 2);
    for line in plain.lines() {
        out.push_str("\x1b[97;40m");
        out.push_str(line);
        out.push_str("\x1b[0m\n");
    }
    Ok((out, columns))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_colour_wraps_every_line() {
        let (text, _) = terminal("otpauth://totp/VSS:jm?secret=JBSWY3DPEHPK3PXP", true).unwrap();
        assert!(text.lines().all(|l| l.starts_with("\x1b[97;40m")));
        let (plain, columns) =
            terminal("otpauth://totp/VSS:jm?secret=JBSWY3DPEHPK3PXP", false).unwrap();
        assert!(!plain.contains('\x1b'));
        // Every line as wide as the code with its quiet zone.
        assert!(plain.lines().all(|l| l.chars().count() == columns));
        assert!(columns > 21 + 2 * 4 - 1, "{columns}");
    }
}
