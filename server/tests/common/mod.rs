//! What the chat's tests share: the library and the chat as the server
//! loads them, and the content files written as one table per language.

use domain::Lang;
use serde::de::DeserializeOwned;
use server::{chat::Chat, guide::Library};
use std::path::{Path, PathBuf};

/// The content folder, its library and the chat over it.
pub fn library_and_chat() -> (PathBuf, Library, Chat) {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let library = Library::load(&content.join("guide"), "https://gongdao.test").unwrap();
    let chat = Chat::load(&content.join("chat"), &library).unwrap();
    (content, library, chat)
}

/// A file of tables keyed by language tag (`[zh]`, `bo = [...]`), without
/// its `translation` mark, in the tags' order.
pub fn by_language<T: DeserializeOwned>(path: &Path) -> Vec<(Lang, T)> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut file: std::collections::BTreeMap<String, toml::Value> = toml::from_str(&text).unwrap();
    file.remove("translation");
    file.into_iter()
        .map(|(tag, value)| {
            let lang: Lang = tag.parse().unwrap_or_else(|_| panic!("{}: no language {tag}", path.display()));
            let value = value.try_into().unwrap_or_else(|e| panic!("{}: {tag}: {e}", path.display()));
            (lang, value)
        })
        .collect()
}
