//! Everyday messages the library has nothing on (`content/chat/everyday/
//! {zh-CN,bo,ii}.toml`): weather, phone top-ups, prices, greetings. The
//! chat ranks them beside the articles (see [`super::retrieval`]); a
//! message more like them than like any article is not a legal question,
//! and is offered to a volunteer instead of a loosely related quote.

use super::phrases::PhrasesError;
use domain::Lang;
use serde::Deserialize;
use std::path::Path;

/// The everyday messages of each language, in [`Lang::ALL`]'s order.
#[derive(Debug, Default, Clone)]
pub struct Everyday(pub [Vec<String>; 3]);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[allow(dead_code)]
    translation: Option<String>,
    messages: Vec<String>,
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
            if file.messages.iter().any(|m| m.trim().is_empty()) {
                return Err(PhrasesError::Empty(name));
            }
            everyday.0[lang as usize] = file.messages;
        }
        Ok(everyday)
    }

    pub fn of(&self, lang: Lang) -> &[String] {
        &self.0[lang as usize]
    }
}
