//! The HTML document around the app, rendered on the server only. The
//! browser bundle is built by Trunk with hashed names, which the server reads
//! from Trunk's output and passes in as [`Assets`].

use crate::App;
use domain::Lang;
use leptos::prelude::*;
use leptos_meta::MetaTags;

/// Hashed URLs of the browser bundle, from Trunk's `dist/index.html`.
#[derive(Clone, Debug, Default)]
pub struct Assets {
    pub css: String,
    pub js: String,
    pub wasm: String,
    /// The chat widget's own bundle (Trunk's output of `widget.html`).
    pub widget_js: String,
    pub widget_wasm: String,
}

/// The whole document for one request. The language comes from the path, so
/// `<html lang>` and the web font match the page before any script runs.
pub fn shell(assets: Assets) -> impl IntoView {
    let path = use_context::<http::request::Parts>().map(|parts| parts.uri.path().to_owned()).unwrap_or_default();
    let path_lang = Lang::from_path(&path);
    let lang = path_lang.unwrap_or(Lang::Zh);
    // The review desk (in Chinese) shows the Tibetan or Yi it reviews: that
    // script's font too, for a reviewer's phone without one.
    let font = path_lang.or_else(|| path.strip_prefix("/staff/review").and_then(Lang::from_path)).unwrap_or(lang);
    // Residents' pages carry the chat button; the staff console does not.
    let chat = path_lang.map(|lang| view! { <script src="/widget.js" data-lang=lang.slug() async></script> });
    view! {
        <!DOCTYPE html>
        <html lang=lang.tag()>
            <head>
                <BundleHead css=assets.css js=assets.js wasm=assets.wasm lang=font />
                <meta name="theme-color" content="#9c2b23" />
                <link rel="manifest" href="/manifest.webmanifest" />
                <script type="module" src="/offline.js"></script>
                {chat}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// What the portal's and the widget's documents share at the top of
/// `<head>`: charset, viewport, icon, style sheet, font, and the bundle
/// that `boot.js` starts (only where WebAssembly exists; everywhere else the
/// server's HTML is the whole page).
#[component]
fn BundleHead(css: String, js: String, wasm: String, lang: Lang) -> impl IntoView {
    view! {
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href=css />
        {web_font(lang)}
        <link rel="modulepreload" href=js data-app="js" />
        <link rel="preload" href=wasm r#as="fetch" r#type="application/wasm" crossorigin="" data-app="wasm" />
        <script type="module" src="/boot.js"></script>
    }
}

/// Tibetan and Yi pages load their font, and only those pages: Chinese uses
/// the phone's own fonts. A phone with a font of the script installed uses
/// it and downloads nothing (`local()` first). There is no preload: it
/// would fetch the file even then, and on 3G it would compete with the
/// bundle; the browser fetches the font as soon as it lays out the first
/// letter of the script. `swap` shows text at once in a fallback font.
fn web_font(lang: Lang) -> Option<impl IntoView> {
    let (family, local, file, range) = match lang {
        Lang::Zh => return None,
        Lang::Bo => (
            "GongdaoTibetan",
            // Android's Noto, iOS and macOS, Windows, and the common free fonts.
            &[
                "Noto Serif Tibetan",
                "NotoSerifTibetan-Regular",
                "Noto Sans Tibetan",
                "NotoSansTibetan-Regular",
                "Kailasa",
                "Microsoft Himalaya",
                "Jomolhari",
                "Qomolangma-UchenSarchen",
            ][..],
            "/fonts/NotoSerifTibetan-subset.woff2",
            "U+0F00-0FFF, U+25CC",
        ),
        Lang::Ii => (
            "GongdaoYi",
            &["Noto Sans Yi", "NotoSansYi-Regular", "Microsoft Yi Baiti"][..],
            "/fonts/NotoSansYi-subset.woff2",
            "U+A000-A4CF, U+3001-3002",
        ),
    };
    let local: Vec<String> = local.iter().map(|name| format!("local({name})")).collect();
    let css = format!(
        // No quotes: the text of a <style> element must survive HTML
        // escaping (CSS reads an unquoted font name of several words).
        "@font-face{{font-family:{family};src:{},url({file});\
         font-display:swap;unicode-range:{range};}}",
        local.join(",")
    );
    // The content security policy admits inline styles only with the nonce.
    let nonce = leptos::nonce::use_nonce();
    Some(view! { <style nonce=nonce>{css}</style> })
}

/// The chat widget's document, shown in an iframe: the portal's style
/// sheet and font, and the widget's own small bundle instead of the app's.
pub fn widget_shell(
    assets: Assets,
    lang: Lang,
    text: crate::chat::WidgetText,
    exchanges: Vec<crate::chat::Exchange>,
    seal: String,
    error: Option<String>,
) -> impl IntoView {
    let title = text.title.clone();
    view! {
        <!DOCTYPE html>
        <html lang=lang.tag()>
            <head>
                <BundleHead css=assets.css js=assets.widget_js wasm=assets.widget_wasm lang />
                <meta name="robots" content="noindex" />
                <title>{title}</title>
            </head>
            <body class="widget-body">
                <crate::chat::WidgetPage lang text exchanges seal error />
            </body>
        </html>
    }
}
