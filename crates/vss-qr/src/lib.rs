//! The QR code of an `otpauth://` URI as a PNG image: the server's `image` field of an
//! AUTHENTICATOR enrolment, and `vss-cli`'s `--qr-png` file.

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
        let uri = "otpauth://totp/VSS:jm?secret=JBSWY3DPEHPK3PXP&issuer=VSS";
        let bytes = png(uri).unwrap();
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        let mut reader = ::png::Decoder::new(bytes.as_slice()).read_info().unwrap();
        let mut pixels = vec![0; reader.output_buffer_size()];
        let frame = reader.next_frame(&mut pixels).unwrap();
        assert_eq!(
            (frame.color_type, frame.bit_depth),
            (::png::ColorType::Grayscale, ::png::BitDepth::Eight)
        );
        // A version 4 code (33 modules) and 4 modules of margin each side, 8 pixels a module.
        let modules = QrCode::new(uri.as_bytes()).unwrap().width();
        assert_eq!(modules, 33);
        assert_eq!((frame.width, frame.height), (328, 328));
        let side = frame.width as usize;
        let at = |x: usize, y: usize| pixels[y * side + x];
        // The margin is white; the finder pattern's corner module starts where it ends.
        for i in 0..side {
            for edge in [
                0,
                QUIET_ZONE * PNG_SCALE - 1,
                side - QUIET_ZONE * PNG_SCALE,
                side - 1,
            ] {
                assert_eq!(
                    (at(i, edge), at(edge, i)),
                    (255, 255),
                    "margin at {i}, {edge}"
                );
            }
        }
        let first = QUIET_ZONE * PNG_SCALE;
        assert_eq!(at(first, first), 0);
        assert_eq!(at(first + PNG_SCALE - 1, first + PNG_SCALE - 1), 0);
    }
}
