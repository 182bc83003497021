//! Photos (随手拍): checked by content, not by name (JPEG, PNG or WebP magic
//! bytes, at most 3 MB), stripped of EXIF and other metadata (a phone's
//! photo can carry the GPS position of a home), stored under the data
//! folder with a random name, and shown only to whoever may see the appeal.

use crate::db::Db;
use std::path::{Path, PathBuf};

pub const MAX_BYTES: usize = 3 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum PhotoError {
    #[error("not a JPEG, PNG or WebP image")]
    NotAnImage,
    #[error("larger than 3 MB")]
    TooLarge,
    #[error("storing the photo: {0}")]
    Io(#[from] std::io::Error),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Jpeg,
    Png,
    Webp,
}

impl Kind {
    pub fn sniff(bytes: &[u8]) -> Option<Kind> {
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(Kind::Jpeg)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(Kind::Png)
        } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
            Some(Kind::Webp)
        } else {
            None
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Kind::Jpeg => "image/jpeg",
            Kind::Png => "image/png",
            Kind::Webp => "image/webp",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Kind::Jpeg => "jpg",
            Kind::Png => "png",
            Kind::Webp => "webp",
        }
    }

    fn from_content_type(ct: &str) -> Option<Kind> {
        [Kind::Jpeg, Kind::Png, Kind::Webp].into_iter().find(|k| k.content_type() == ct)
    }
}

/// The image without its metadata. Malformed structure is refused rather
/// than passed on.
pub fn strip_metadata(bytes: &[u8], kind: Kind) -> Option<Vec<u8>> {
    match kind {
        Kind::Jpeg => strip_jpeg(bytes),
        Kind::Png => strip_png(bytes),
        Kind::Webp => strip_webp(bytes),
    }
}

/// Drops every APPn segment (EXIF, XMP, IPTC...) and comments before the
/// image data; keeps the rest byte for byte.
fn strip_jpeg(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = vec![0xFF, 0xD8];
    let mut i = 2;
    loop {
        if i + 4 > bytes.len() || bytes[i] != 0xFF {
            return None;
        }
        let marker = bytes[i + 1];
        if marker == 0xDA {
            // Start of scan: the compressed image follows to the end.
            out.extend_from_slice(&bytes[i..]);
            return Some(out);
        }
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        let end = i + 2 + len;
        if len < 2 || end > bytes.len() {
            return None;
        }
        let metadata = (0xE1..=0xEF).contains(&marker) || marker == 0xFE;
        if !metadata {
            out.extend_from_slice(&bytes[i..end]);
        }
        i = end;
    }
}

/// Drops text and EXIF chunks; keeps header, image and palette chunks.
fn strip_png(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = bytes[..8].to_vec();
    let mut i = 8;
    while i + 12 <= bytes.len() {
        let len = u32::from_be_bytes(bytes[i..i + 4].try_into().ok()?) as usize;
        let end = i.checked_add(12)?.checked_add(len)?;
        if end > bytes.len() {
            return None;
        }
        let kind = &bytes[i + 4..i + 8];
        if !matches!(kind, b"eXIf" | b"tEXt" | b"zTXt" | b"iTXt" | b"tIME") {
            out.extend_from_slice(&bytes[i..end]);
        }
        if kind == b"IEND" {
            return Some(out);
        }
        i = end;
    }
    None
}

/// Drops the EXIF and XMP chunks and clears their flags in VP8X.
fn strip_webp(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut body = Vec::with_capacity(bytes.len());
    let mut i = 12;
    while i + 8 <= bytes.len() {
        let len = u32::from_le_bytes(bytes[i + 4..i + 8].try_into().ok()?) as usize;
        let end = i.checked_add(8)?.checked_add(len + (len & 1))?.min(bytes.len());
        let fourcc = &bytes[i..i + 4];
        if fourcc != b"EXIF" && fourcc != b"XMP " {
            let start = body.len();
            body.extend_from_slice(&bytes[i..end]);
            if fourcc == b"VP8X" && body.len() > start + 8 {
                body[start + 8] &= !(0x08 | 0x04);
            }
        }
        i = end;
    }
    let mut out = b"RIFF".to_vec();
    out.extend_from_slice(&((body.len() + 4) as u32).to_le_bytes());
    out.extend_from_slice(b"WEBP");
    out.extend_from_slice(&body);
    Some(out)
}

/// Where photos are kept and what is known of them.
pub struct Photos {
    db: Db,
    dir: PathBuf,
}

impl Photos {
    pub fn new(db: Db, dir: &Path) -> Photos {
        Photos { db, dir: dir.to_owned() }
    }

    /// Checks, cleans and stores one photo; returns its id.
    pub async fn store(&self, bytes: &[u8], at: i64) -> Result<String, PhotoError> {
        if bytes.len() > MAX_BYTES {
            return Err(PhotoError::TooLarge);
        }
        let kind = Kind::sniff(bytes).ok_or(PhotoError::NotAnImage)?;
        let clean = strip_metadata(bytes, kind).ok_or(PhotoError::NotAnImage)?;
        let id = crate::case::codes::new_secret()[..32].to_owned();
        tokio::fs::create_dir_all(&self.dir).await?;
        let path = self.dir.join(format!("{id}.{}", kind.extension()));
        // Write then rename: a crash never leaves half a file under the real name.
        let partial = path.with_extension("partial");
        tokio::fs::write(&partial, &clean).await?;
        tokio::fs::rename(&partial, &path).await?;
        sqlx::query("INSERT INTO photos (id, content_type, size, created_at) VALUES ($1, $2, $3, $4)")
            .bind(&id)
            .bind(kind.content_type())
            .bind(clean.len() as i64)
            .bind(at)
            .execute(&self.db)
            .await?;
        Ok(id)
    }

    /// A stored photo of `tracking_no`: its content type and bytes.
    pub async fn read(&self, tracking_no: &str, id: &str) -> Option<(&'static str, Vec<u8>)> {
        if id.len() != 32 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let ct: String = sqlx::query_scalar("SELECT content_type FROM photos WHERE id = $1 AND tracking_no = $2")
            .bind(id)
            .bind(tracking_no)
            .fetch_optional(&self.db)
            .await
            .ok()??;
        let kind = Kind::from_content_type(&ct)?;
        let bytes = tokio::fs::read(self.dir.join(format!("{id}.{}", kind.extension()))).await.ok()?;
        Some((kind.content_type(), bytes))
    }

    /// Deletes the files of photos already removed from the database.
    pub async fn delete_files(&self, ids: &[String]) {
        for id in ids {
            for ext in ["jpg", "png", "webp"] {
                let _ = tokio::fs::remove_file(self.dir.join(format!("{id}.{ext}"))).await;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg_with_exif() -> Vec<u8> {
        let mut j = vec![0xFF, 0xD8];
        j.extend_from_slice(&[0xFF, 0xE0, 0x00, 0x07, b'J', b'F', b'I', b'F', 0]); // APP0
        j.extend_from_slice(&[0xFF, 0xE1, 0x00, 0x0A, b'E', b'x', b'i', b'f', 0, 0, b'G', b'P']); // APP1
        j.extend_from_slice(&[0xFF, 0xDB, 0x00, 0x04, 1, 2]); // DQT
        j.extend_from_slice(&[0xFF, 0xDA, 0x00, 0x02, 9, 9, 9, 0xFF, 0xD9]); // SOS + data + EOI
        j
    }

    #[test]
    fn images_are_recognised_by_content() {
        assert_eq!(Kind::sniff(&jpeg_with_exif()), Some(Kind::Jpeg));
        assert_eq!(Kind::sniff(b"\x89PNG\r\n\x1a\n...."), Some(Kind::Png));
        assert_eq!(Kind::sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(Kind::Webp));
        assert_eq!(Kind::sniff(b"<svg onload=alert(1)>"), None);
        assert_eq!(Kind::sniff(b"GIF89a"), None);
    }

    #[test]
    fn exif_is_removed_from_jpeg() {
        let clean = strip_metadata(&jpeg_with_exif(), Kind::Jpeg).unwrap();
        assert!(!clean.windows(4).any(|w| w == b"Exif"));
        assert!(clean.windows(4).any(|w| w == b"JFIF"), "APP0 JFIF is kept: {clean:?}");
        assert!(clean.ends_with(&[0xFF, 0xD9]));
        assert_eq!(strip_metadata(&[0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF], Kind::Jpeg), None, "truncated");
    }

    #[test]
    fn text_chunks_are_removed_from_png() {
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut c = (data.len() as u32).to_be_bytes().to_vec();
            c.extend_from_slice(kind);
            c.extend_from_slice(data);
            c.extend_from_slice(&[0, 0, 0, 0]);
            c
        };
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &[0; 13]));
        png.extend(chunk(b"tEXt", b"GPS 29.3N 91.1E"));
        png.extend(chunk(b"IDAT", &[1, 2, 3]));
        png.extend(chunk(b"IEND", &[]));
        let clean = strip_metadata(&png, Kind::Png).unwrap();
        assert!(!clean.windows(3).any(|w| w == b"GPS"));
        assert!(clean.windows(4).any(|w| w == b"IDAT"));
    }
}
