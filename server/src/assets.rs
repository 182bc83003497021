//! Finds the browser bundle that Trunk built. Trunk names files by content
//! hash and writes them into `dist/index.html`; the server reads that file
//! once at start-up and puts the same names into every page it renders.

use app::shell::Assets;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum AssetsError {
    #[error("cannot read {0}: {1}; build the app first (make run does)")]
    Read(String, #[source] std::io::Error),
    #[error("{0} names no {1} file; is it Trunk's output?")]
    Missing(String, &'static str),
}

/// The chat widget's bundle: Trunk's output of `widget.html`.
pub const WIDGET_DIR: &str = "widget-app";

/// Reads the hashed names of the CSS, JS and wasm files from `dist/index.html`
/// and the widget's from `dist/widget-app/index.html`.
pub fn from_dist(dist: &Path) -> Result<Assets, AssetsError> {
    let read = |index: std::path::PathBuf| {
        let name = index.display().to_string();
        let html = std::fs::read_to_string(&index).map_err(|e| AssetsError::Read(name.clone(), e))?;
        Ok::<_, AssetsError>((name, html))
    };
    let (name, html) = read(dist.join("index.html"))?;
    let mut assets = from_index_html(&html).map_err(|what| AssetsError::Missing(name, what))?;
    let (name, html) = read(dist.join(WIDGET_DIR).join("index.html"))?;
    let hrefs = hrefs(&html);
    assets.widget_js =
        find(&hrefs, "JavaScript", &|h| h.ends_with(".js")).map_err(|w| AssetsError::Missing(name.clone(), w))?;
    assets.widget_wasm =
        find(&hrefs, "WebAssembly", &|h| h.ends_with(".wasm")).map_err(|w| AssetsError::Missing(name, w))?;
    Ok(assets)
}

fn hrefs(html: &str) -> Vec<&str> {
    html.split("href=\"").skip(1).filter_map(|rest| rest.split('"').next()).collect()
}

fn find(hrefs: &[&str], what: &'static str, pred: &dyn Fn(&str) -> bool) -> Result<String, &'static str> {
    hrefs.iter().find(|h| pred(h)).map(|h| h.to_string()).ok_or(what)
}

fn from_index_html(html: &str) -> Result<Assets, &'static str> {
    let hrefs = hrefs(html);
    Ok(Assets {
        css: find(&hrefs, "CSS", &|h| h.ends_with(".css"))?,
        js: find(&hrefs, "JavaScript", &|h| h.ends_with(".js") && !h.ends_with("/boot.js"))?,
        wasm: find(&hrefs, "WebAssembly", &|h| h.ends_with(".wasm"))?,
        ..Assets::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_trunk_output() {
        let html = r#"<html><head>
            <link rel="stylesheet" href="/main-0123456789abcdef.css" integrity="sha384-x"/>
            <link rel="modulepreload" href="/gongdao-web-fedcba9876543210.js" crossorigin="anonymous">
            <link rel="preload" href="/gongdao-web-fedcba9876543210_bg.wasm" as="fetch" type="application/wasm">
            </head></html>"#;
        let assets = from_index_html(html).unwrap();
        assert_eq!(assets.css, "/main-0123456789abcdef.css");
        assert_eq!(assets.js, "/gongdao-web-fedcba9876543210.js");
        assert_eq!(assets.wasm, "/gongdao-web-fedcba9876543210_bg.wasm");
    }

    #[test]
    fn says_what_is_missing() {
        assert_eq!(from_index_html("<html></html>").unwrap_err(), "CSS");
    }
}
