//! Everyday messages the library has nothing on (`content/chat/everyday/
//! {zh-CN,bo,ii}.toml`): weather, phone top-ups, prices, greetings. The
//! chat ranks them beside the articles (see [`super::retrieval`]); a
//! message more like them than like any article is not a legal question,
//! and is offered to a volunteer instead of a loosely related quote.
//!
//! Each file may also list the language's function words (`function_words`:
//! case and question particles, "is", "must"): a word with one of them in
//! it says how a sentence is built, not what it is about, and is no sign of
//! everyday talk. (Not counting them for the library either refused real
//! Tibetan questions.) They are content so that a reviewer of the language
//! can correct them.

use super::phrases::PhrasesError;
use domain::Lang;
use serde::Deserialize;
use std::{collections::HashSet, path::Path};

/// The everyday messages and function words of each language, in
/// [`Lang::ALL`]'s order.
#[derive(Debug, Default, Clone)]
pub struct Everyday {
    pub messages: [Vec<String>; 3],
    pub function_words: [HashSet<String>; 3],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[allow(dead_code)]
    translation: Option<String>,
    messages: Vec<String>,
    #[serde(default)]
    function_words: Vec<String>,
}

impl Everyday {
    /// Reads every language's file; a language without one has none.
    pub fn load(dir: &Path) -> Result<Everyday, PhrasesError> {
        let mut everyday = Everyday::default();
        for lang in Lang::ALL {
            let path = dir.join(format!("everyday/{}.toml", lang.tag()));
            let name = path.display().to_string();
            let text = match std::fs::read_to_string(&path) {
                Ok(text) => text,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(PhrasesError::Read(name, e)),
            };
            let file: File = toml::from_str(&text).map_err(|e| PhrasesError::Parse(name.clone(), e))?;
            if file.messages.iter().chain(&file.function_words).any(|m| m.trim().is_empty()) {
                return Err(PhrasesError::Empty(name));
            }
            everyday.messages[lang as usize] = file.messages;
            everyday.function_words[lang as usize] = file.function_words.into_iter().collect();
        }
        Ok(everyday)
    }

    pub fn of(&self, lang: Lang) -> &[String] {
        &self.messages[lang as usize]
    }
}

/// Whether a word can tell what a message is about: not a lone Chinese
/// character (the search adds those for recall) nor a word with one of the
/// language's function words in it (a Tibetan pair such as "ག་རེ" is cut
/// across two words, and says nothing of the subject).
pub fn names_a_thing(function_words: &HashSet<String>, word: &str) -> bool {
    let lone_han = word.chars().count() == 1 && word.chars().all(super::retrieval::han);
    !lone_han && !word.split('་').any(|syllable| function_words.contains(syllable))
}
