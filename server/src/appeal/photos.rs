//! Photos (随手拍): checked by content, not by name (JPEG, PNG or WebP magic
//! bytes, at most 3 MB), stripped of EXIF and other metadata (a phone's
//! photo can carry the GPS position of a home), stored under the data
//! folder with a random name, and shown only to whoever may see the appeal.

use crate::db::{Db, ExecuteInTurn};
use img_parts::{
    jpeg::{markers, Jpeg},
    png::Png,
    riff::{RiffChunk, RiffContent},
    webp::{WebP, CHUNK_EXIF, CHUNK_VP8X, CHUNK_XMP},
    Bytes,
};
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

/// The image without its metadata, rebuilt by img-parts from the parts
/// that draw it: nothing after the image's end (phones append a second
/// image with its own EXIF and GPS, MPF / Ultra HDR, or vendor trailers).
/// Malformed structure is refused rather than passed on.
pub fn strip_metadata(bytes: &[u8], kind: Kind) -> Option<Vec<u8>> {
    let bytes = Bytes::copy_from_slice(bytes);
    let clean = match kind {
        Kind::Jpeg => strip_jpeg(bytes)?,
        Kind::Png => strip_png(bytes)?,
        Kind::Webp => strip_webp(bytes)?,
    };
    Some(clean.to_vec())
}

/// Drops every APPn segment but JFIF (EXIF, XMP, ICC, MPF...) and comments,
/// and everything after the end-of-image marker.
fn strip_jpeg(bytes: Bytes) -> Option<Bytes> {
    let mut jpeg = Jpeg::from_bytes(bytes).ok()?;
    jpeg.segments_mut().retain(|s| !((0xE1..=0xEF).contains(&s.marker()) || s.marker() == markers::COM));
    let scan_at: usize =
        2 + jpeg.segments().iter().take_while(|s| s.marker() != markers::SOS).map(|s| s.len()).sum::<usize>();
    let scan_len = jpeg.segments().iter().find(|s| s.marker() == markers::SOS)?.len();
    let encoded = jpeg.encoder().bytes();
    // img-parts keeps everything after the scan's header as it was; the
    // image ends at the first EOI, since inside the scan's data 0xFF is
    // always followed by 0x00 or a restart or segment marker, never 0xD9.
    let data_at = scan_at + scan_len;
    let end = encoded.get(data_at..)?.windows(2).position(|w| w == [0xFF, markers::EOI])? + data_at + 2;
    Some(encoded.slice(..end))
}

/// Drops text, EXIF and time chunks (and anything after IEND).
fn strip_png(bytes: Bytes) -> Option<Bytes> {
    let mut png = Png::from_bytes(bytes).ok()?;
    png.chunks_mut().retain(|c| !matches!(&c.kind(), b"eXIf" | b"tEXt" | b"zTXt" | b"iTXt" | b"tIME"));
    Some(png.encoder().bytes())
}

/// Drops the EXIF and XMP chunks and clears their flags in VP8X.
fn strip_webp(bytes: Bytes) -> Option<Bytes> {
    let mut webp = WebP::from_bytes(bytes).ok()?;
    webp.remove_chunks_by_id(CHUNK_EXIF);
    webp.remove_chunks_by_id(CHUNK_XMP);
    for chunk in webp.chunks_mut().iter_mut().filter(|c| c.id() == CHUNK_VP8X) {
        if let Some(data) = chunk.content().data() {
            let mut flags = data.to_vec();
            if let Some(first) = flags.first_mut() {
                *first &= !(0x08 | 0x04);
            }
            *chunk = RiffChunk::new(CHUNK_VP8X, RiffContent::Data(Bytes::from(flags)));
        }
    }
    Some(webp.encoder().bytes())
}

/// Photos and what is known of them, in the database: every instance
/// serves every photo, and a backup of the database holds them (a county's
/// photos, at most 3 of a few hundred KB per appeal, fit it well). `dir` is
/// where older versions kept them as files, moved in by `move_files_in`.
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
        sqlx::query("INSERT INTO photos (id, content_type, size, created_at, bytes) VALUES ($1, $2, $3, $4, $5)")
            .bind(&id)
            .bind(kind.content_type())
            .bind(clean.len() as i64)
            .bind(at)
            .bind(&clean)
            .execute_in_turn(&self.db)
            .await?;
        Ok(id)
    }

    /// Moves photos that an older version kept as files into the database,
    /// then deletes the files; returns how many. Safe to run on several
    /// instances at once: a row is filled only while still empty.
    pub async fn move_files_in(&self) -> Result<usize, PhotoError> {
        let waiting: Vec<(String, String)> =
            sqlx::query_as("SELECT id, content_type FROM photos WHERE bytes IS NULL").fetch_all(&self.db).await?;
        let mut moved = 0;
        for (id, ct) in waiting {
            let Some(kind) = Kind::from_content_type(&ct) else { continue };
            let path = self.dir.join(format!("{id}.{}", kind.extension()));
            let Ok(bytes) = tokio::fs::read(&path).await else { continue };
            sqlx::query("UPDATE photos SET bytes = $1 WHERE id = $2 AND bytes IS NULL")
                .bind(&bytes)
                .bind(&id)
                .execute(&self.db)
                .await?;
            let _ = tokio::fs::remove_file(&path).await;
            moved += 1;
        }
        Ok(moved)
    }

    /// A stored photo of `tracking_no`: its content type and bytes.
    pub async fn read(&self, tracking_no: &str, id: &str) -> Option<(&'static str, Vec<u8>)> {
        if id.len() != 32 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let (ct, bytes): (String, Option<Vec<u8>>) =
            sqlx::query_as("SELECT content_type, bytes FROM photos WHERE id = $1 AND tracking_no = $2")
                .bind(id)
                .bind(tracking_no)
                .fetch_optional(&self.db)
                .await
                .ok()??;
        let kind = Kind::from_content_type(&ct)?;
        let bytes = match bytes {
            Some(bytes) => bytes,
            // Not moved in yet (an older version's file).
            None => tokio::fs::read(self.dir.join(format!("{id}.{}", kind.extension()))).await.ok()?,
        };
        Some((kind.content_type(), bytes))
    }

    /// Deletes the files, if an older version left any, of photos already
    /// removed from the database.
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
    fn a_second_image_appended_with_its_own_gps_is_dropped() {
        // An MPF / Ultra HDR phone photo: the main image, then a second
        // JPEG with its own EXIF (GPS), then a vendor trailer.
        let mut photo = jpeg_with_exif();
        photo.extend_from_slice(&[0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x0E, b'E', b'x', b'i', b'f', 0, 0]);
        photo.extend_from_slice(b"GPS29N");
        photo.extend_from_slice(&[0xFF, 0xDA, 0x00, 0x02, 5, 5, 0xFF, 0xD9]);
        photo.extend_from_slice(b"HONOR-vendor-trailer GPS");
        let clean = strip_metadata(&photo, Kind::Jpeg).unwrap();
        assert!(!clean.windows(3).any(|w| w == b"GPS"), "{clean:?}");
        assert!(!clean.windows(4).any(|w| w == b"Exif"));
        assert_eq!(clean.windows(2).filter(|w| *w == [0xFF, 0xD8]).count(), 1, "one image");
        assert!(clean.ends_with(&[9, 9, 9, 0xFF, 0xD9]), "the main image's data, whole: {clean:?}");
    }

    #[test]
    fn exif_and_xmp_are_removed_from_webp_with_their_flags() {
        let chunk = |id: &[u8; 4], data: &[u8]| {
            let mut c = id.to_vec();
            c.extend_from_slice(&(data.len() as u32).to_le_bytes());
            c.extend_from_slice(data);
            if data.len() % 2 == 1 {
                c.push(0);
            }
            c
        };
        let mut body = b"WEBP".to_vec();
        body.extend(chunk(b"VP8X", &[0x08 | 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
        body.extend(chunk(b"VP8L", &[0x2f, 0, 0, 0, 0]));
        body.extend(chunk(b"EXIF", b"GPS 29.3N"));
        body.extend(chunk(b"XMP ", b"<x:xmpmeta GPS/>"));
        let mut webp = b"RIFF".to_vec();
        webp.extend_from_slice(&(body.len() as u32).to_le_bytes());
        webp.extend(body);
        webp.extend_from_slice(b"trailer GPS");
        let clean = strip_metadata(&webp, Kind::Webp).unwrap();
        assert!(!clean.windows(3).any(|w| w == b"GPS"), "{clean:?}");
        let flags = clean[20];
        assert_eq!(flags & (0x08 | 0x04), 0, "EXIF and XMP flags cleared");
        assert!(clean.windows(4).any(|w| w == b"VP8L"));
    }

    #[test]
    fn text_chunks_are_removed_from_png() {
        // Chunks with their real checksums, as a phone writes them.
        let chunk = |kind: &[u8; 4], data: &[u8]| {
            img_parts::png::PngChunk::new(*kind, Bytes::copy_from_slice(data)).encoder().bytes().to_vec()
        };
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &[0; 13]));
        png.extend(chunk(b"tEXt", b"GPS 29.3N 91.1E"));
        png.extend(chunk(b"IDAT", &[1, 2, 3]));
        png.extend(chunk(b"IEND", &[]));
        png.extend_from_slice(b"trailer GPS 29N");
        let clean = strip_metadata(&png, Kind::Png).unwrap();
        assert!(!clean.windows(3).any(|w| w == b"GPS"), "neither the text chunk nor the trailer");
        assert!(clean.windows(4).any(|w| w == b"IDAT"));
        assert!(clean.ends_with(&chunk(b"IEND", &[])), "ends at IEND");
    }
}
