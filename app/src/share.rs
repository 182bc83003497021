//! Sharing: a link to copy. An island, because copying needs the browser.

use crate::t;
use domain::Lang;
use leptos::prelude::*;

/// The link in a box (long-press copies it anywhere) and, once the bundle
/// runs, a button that copies it.
#[island]
pub fn CopyLink(lang: Lang, url: String) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    let input = NodeRef::<leptos::html::Input>::new();
    let copy = move |_| copied.set(Some(copy_to_clipboard(input)));
    view! {
        <div class="share-url">
            <input node_ref=input readonly value=url aria-label=t!(lang, "share-link-label") />
            <button type="button" on:click=copy>{t!(lang, "share-copy")}</button>
        </div>
        <p role="status" class="copied">
            {move || match copied.get() {
                Some(true) => t!(lang, "share-copied"),
                Some(false) => t!(lang, "share-copy-failed"),
                None => String::new(),
            }}
        </p>
    }
}

/// Selects the link and copies it; true when the browser says it did.
fn copy_to_clipboard(input: NodeRef<leptos::html::Input>) -> bool {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let Some(input) = input.get() else { return false };
        input.select();
        // execCommand works in WeChat's WebView over http too, where the
        // async Clipboard API is missing.
        document().dyn_into::<web_sys::HtmlDocument>().ok().and_then(|d| d.exec_command("copy").ok()).unwrap_or(false)
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = input;
        false
    }
}
