//! QR codes of `otpauth://` URIs: for the terminal (plain Unicode half blocks, optionally with
//! explicit colours) and as a PNG image.

use qrcode::render::unicode::Dense1x2;
use qrcode::{Color, QrCode};

/// Pixels per QR module in the PNG.
const PNG_SCALE: usize = 8;
/// Modules of light margin around the code, as the QR standard asks.
const QUIET_ZONE: usize = 4;

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
pub fn terminal(data: &str, color: bool) -> anyhow::Result<String> {
    let code = encode(data)?;
    let plain = code
        .render::<Dense1x2>()
        .dark_color(Dense1x2::Light)
        .light_color(Dense1x2::Dark)
        .quiet_zone(true)
        .build();
    if !color {
        return Ok(plain + "\n");
    }
    let mut out = String::with_capacity(plain.len() * 2);
    for line in plain.lines() {
        out.push_str("\x1b[97;40m");
        out.push_str(line);
        out.push_str("\x1b[0m\n");
    }
    Ok(out)
}

/// Renders the QR code as an 8-bit greyscale PNG, dark modules on white.
pub fn png(data: &str) -> anyhow::Result<Vec<u8>> {
    let code = encode(data)?;
    let width = code.width();
    let colors = code.to_colors();
    let side = (width + 2 * QUIET_ZONE) * PNG_SCALE;
    let mut pixels = vec![255u8; side * side];
    for (i, color) in colors.iter().enumerate() {
        if *color != Color::Dark {
            continue;
        }
        let (mx, my) = (i % width + QUIET_ZONE, i / width + QUIET_ZONE);
        for y in my * PNG_SCALE..(my + 1) * PNG_SCALE {
            let row = y * side;
            pixels[row + mx * PNG_SCALE..row + (mx + 1) * PNG_SCALE].fill(0);
        }
    }
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, side as u32, side as u32);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header()?;
        writer.write_image_data(&pixels)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_has_signature_and_size() {
        let bytes = png("otpauth://totp/VSS:jm?secret=JBSWY3DPEHPK3PXP&issuer=VSS").unwrap();
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    }

    #[test]
    fn terminal_colour_wraps_every_line() {
        let text = terminal("otpauth://totp/VSS:jm?secret=JBSWY3DPEHPK3PXP", true).unwrap();
        assert!(text.lines().all(|l| l.starts_with("\x1b[97;40m")));
        let plain = terminal("otpauth://totp/VSS:jm?secret=JBSWY3DPEHPK3PXP", false).unwrap();
        assert!(!plain.contains('\x1b'));
    }
}
