//! Reader preferences kept across visits in a cookie, so the server draws
//! the page the same way the reader left it (no jump when the wasm starts).

/// The cookie that remembers large text.
pub const LARGE_TEXT_COOKIE: &str = "gd_large_text";

/// Whether the reader chose large text, from the request (server) or
/// `document.cookie` (browser): both sides must agree for hydration.
pub fn large_text() -> bool {
    cookie_header().is_some_and(|cookies| large_text_in(&cookies))
}

/// Whether a `Cookie` header's value asks for large text.
fn large_text_in(cookies: &str) -> bool {
    cookies.split(';').any(|c| c.trim() == format!("{LARGE_TEXT_COOKIE}=1"))
}

/// Whether a request's headers ask for large text (the server's page cache
/// keeps a page per answer).
#[cfg(feature = "ssr")]
pub fn large_text_requested(headers: &http::HeaderMap) -> bool {
    large_text_in(&cookies_of(headers))
}

#[cfg(feature = "ssr")]
fn cookies_of(headers: &http::HeaderMap) -> String {
    let values: Vec<&str> = headers.get_all(http::header::COOKIE).iter().filter_map(|v| v.to_str().ok()).collect();
    values.join("; ")
}

#[cfg(feature = "ssr")]
fn cookie_header() -> Option<String> {
    let parts = leptos::prelude::use_context::<http::request::Parts>()?;
    Some(cookies_of(&parts.headers))
}

#[cfg(not(feature = "ssr"))]
fn cookie_header() -> Option<String> {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        leptos::prelude::document().dyn_into::<web_sys::HtmlDocument>().ok()?.cookie().ok()
    }
    #[cfg(not(feature = "hydrate"))]
    None
}

/// Applies the choice to the page at once (the page frame is server HTML,
/// not part of the island that changes it).
pub fn show_large_text(large: bool) {
    #[cfg(feature = "hydrate")]
    if let Ok(Some(page)) = leptos::prelude::document().query_selector(".page") {
        let _ = page.class_list().toggle_with_force("large-text", large);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = large;
}

/// Remembers the choice for a year.
pub fn remember_large_text(large: bool) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let value = if large { "1; max-age=31536000" } else { "0; max-age=0" };
        if let Ok(doc) = leptos::prelude::document().dyn_into::<web_sys::HtmlDocument>() {
            let _ = doc.set_cookie(&format!("{LARGE_TEXT_COOKIE}={value}; path=/; samesite=lax"));
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = large;
}
