//! QR codes as SVG, drawn on the server for share cards and posters.

use qrcode::{render::svg, EcLevel, QrCode};

/// An SVG QR code for `text`, with medium error correction so a slightly
/// worn poster still scans.
pub fn svg(text: &str) -> String {
    match QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) {
        Ok(code) => code.render::<svg::Color>().min_dimensions(240, 240).quiet_zone(true).build(),
        // Only a text longer than a QR code holds fails; our URLs are short.
        Err(_) => String::from(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>"#),
    }
}
