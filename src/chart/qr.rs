//! A QR code's modules, from a real encoder (the `qrcodegen` crate, Project Nayuki's): the 海报
//! draws them through plotters, the presenter's inline SVG from them. Pure: no browser crate.

use qrcodegen::{QrCode, QrCodeEcc};

/// Modules of white border a QR code needs around it to be read (ISO/IEC 18004's quiet zone).
pub const QUIET_ZONE: usize = 4;

/// The modules of `text`'s QR code (EC level M), row-major, `true` = dark, and the side length
/// in modules (no quiet zone); None when the text is too long for a QR code.
pub fn qr_modules(text: &str) -> Option<(Vec<bool>, usize)> {
    let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).ok()?;
    let w = code.size() as usize;
    Some((
        (0..w * w)
            .map(|i| code.get_module((i % w) as i32, (i / w) as i32))
            .collect(),
        w,
    ))
}
