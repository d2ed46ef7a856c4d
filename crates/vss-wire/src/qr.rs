//! The QR code of an `otpauth://` URI as a PNG image: the `image` field of an AUTHENTICATOR
//! enrolment, and `vss-cli`'s `--qr-png` file.

use qrcode::{Color, QrCode};

/// Pixels per QR module in the PNG.
const PNG_SCALE: usize = 8;
/// Modules of light margin around the code, as the QR standard asks.
const QUIET_ZONE: usize = 4;

/// Renders the QR code as an 8-bit greyscale PNG, dark modules on white.
pub fn png(data: &str) -> anyhow::Result<Vec<u8>> {
    let code =
        QrCode::new(data.as_bytes()).map_err(|e| anyhow::anyhow!("cannot draw a QR code: {e}"))?;
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
}
