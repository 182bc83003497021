//! QR codes as SVG, drawn on the server for share cards and posters.

use crate::{
    error::{ApiError, ErrorBody},
    AppState,
};
use axum::{
    extract::{Query, State},
    http::{header, HeaderValue},
    response::{IntoResponse, Response},
};
use qrcode::{render::svg, EcLevel, QrCode};
use serde::Deserialize;

/// An SVG QR code for `text`, with medium error correction so a slightly
/// worn poster still scans.
pub fn svg(text: &str) -> String {
    match QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) {
        Ok(code) => code.render::<svg::Color>().min_dimensions(240, 240).quiet_zone(true).build(),
        // Only a text longer than a QR code holds fails; our URLs are short.
        Err(_) => String::from(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>"#),
    }
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PathParam {
    /// A path of the portal, starting with one `/`.
    path: Option<String>,
}

/// `GET /api/qr.svg?path=/zh/track/...`: a QR code of one of the portal's
/// own pages (never another site's), for receipts and posters.
#[utoipa::path(get, path = "/api/qr.svg", tag = "portal",
    summary = "QR code of one of the portal's own pages",
    params(PathParam),
    responses((status = 200, description = "SVG", content_type = "image/svg+xml", body = String), 
        (status = 400, description = "not a path of the portal", body = ErrorBody)))]
pub async fn for_path(State(state): State<AppState>, Query(q): Query<PathParam>) -> Result<Response, ApiError> {
    let path = q.path.unwrap_or_default();
    if !path.starts_with('/') || path.starts_with("//") || path.len() > 300 {
        return Err(ApiError::BadRequest("path must be one of the portal's own".into()));
    }
    let mut response = svg(&format!("{}{path}", state.config.public_url)).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/svg+xml"));
    // The path may carry an access code: never keep it in a shared cache.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    Ok(response)
}
