//! Sharing: a link to copy. An island, because copying needs the browser.

use crate::t;
use domain::Lang;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The link in a box (long-press copies it anywhere) and, once the bundle
/// runs, a button that copies it.
#[component]
pub fn CopyLink(lang: Lang, url: String) -> impl IntoView {
    let texts = CopyTexts {
        label: t!(lang, "share-link-label"),
        copy: t!(lang, "share-copy"),
        copied: t!(lang, "share-copied"),
        failed: t!(lang, "share-copy-failed"),
    };
    view! { <CopyButton url texts /> }
}

/// The island's words, looked up by the server: the bundle carries no
/// Fluent files (see `i18n.rs`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CopyTexts {
    label: String,
    copy: String,
    copied: String,
    failed: String,
}

#[island]
fn CopyButton(url: String, texts: CopyTexts) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    let input = NodeRef::<leptos::html::Input>::new();
    let copy = move |_| copied.set(Some(copy_to_clipboard(input)));
    let CopyTexts { label, copy: copy_text, copied: done, failed } = texts;
    view! {
        <div class="share-url">
            <input node_ref=input readonly value=url aria-label=label />
            <button type="button" on:click=copy>{copy_text}</button>
        </div>
        <p role="status" class="copied">
            {move || match copied.get() {
                Some(true) => done.clone(),
                Some(false) => failed.clone(),
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
