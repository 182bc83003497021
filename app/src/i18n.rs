//! UI text. Every string comes from `locales/{zh-CN,bo,ii}/app.ftl`; `t!`
//! checks message ids against the Chinese file at compile time, and a
//! message missing in Tibetan or Yi falls back to Chinese, never to its id.
//!
//! Only the server looks messages up. An island gets the words it shows as
//! props, looked up when the server draws it (`share::CopyTexts`,
//! `appeal::PhotoTexts`, the widget's `WidgetText`), so the browser bundle
//! carries neither the Fluent files nor Fluent: 84 KB gzip less for every
//! resident. `bench/size` fails if a bundle carries them again.

use domain::Lang;
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;
use rust_embed::RustEmbed;
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

#[derive(RustEmbed)]
#[folder = "../locales/"]
struct Locales;

static LOADERS: LazyLock<[FluentLanguageLoader; 3]> = LazyLock::new(|| Lang::ALL.map(build_loader));

fn build_loader(lang: Lang) -> FluentLanguageLoader {
    let fallback: LanguageIdentifier = Lang::Zh.tag().parse().expect("zh-CN is a valid tag");
    let wanted: LanguageIdentifier = lang.tag().parse().expect("language tags are valid");
    let loader = FluentLanguageLoader::new("app", fallback.clone());
    let languages = if lang == Lang::Zh { vec![fallback] } else { vec![wanted, fallback] };
    // The files are embedded and checked by tests; a failure here is a build defect.
    i18n_embed::LanguageLoader::load_languages(&loader, &Locales, &languages).expect("embedded Fluent files load");
    // Fluent would wrap every inserted value in invisible U+2068/U+2069 marks.
    // The setting applies to loaded bundles, so it must come after loading.
    loader.set_use_isolating(false);
    loader
}

/// A language's `app.ftl` as built in.
pub fn embedded_ftl(lang: Lang) -> Option<String> {
    let file = Locales::get(&format!("{}/app.ftl", lang.tag()))?;
    String::from_utf8(file.data.into_owned()).ok()
}

/// The built-in files, with one language's `app.ftl` replaced.
struct Replaced {
    path: String,
    ftl: String,
}

impl i18n_embed::I18nAssets for Replaced {
    fn get_files(&self, file_path: &str) -> Vec<std::borrow::Cow<'_, [u8]>> {
        if file_path == self.path {
            return vec![std::borrow::Cow::Borrowed(self.ftl.as_bytes())];
        }
        Locales::get(file_path).map(|f| vec![f.data]).unwrap_or_default()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(Locales::iter().map(|f| f.to_string()))
    }
}

/// Serves `ftl` as `lang`'s messages from now on: the reviewers' saved
/// messages (`server/src/review/`). A file that does not load leaves the
/// messages as they were.
pub fn reload(lang: Lang, ftl: String) -> Result<(), String> {
    let fallback: LanguageIdentifier = Lang::Zh.tag().parse().expect("zh-CN is a valid tag");
    let wanted: LanguageIdentifier = lang.tag().parse().expect("language tags are valid");
    let languages = if lang == Lang::Zh { vec![fallback] } else { vec![wanted, fallback] };
    let assets = Replaced { path: format!("{}/app.ftl", lang.tag()), ftl };
    let loader = loader(lang);
    i18n_embed::LanguageLoader::load_languages(loader, &assets, &languages).map_err(|e| e.to_string())?;
    loader.set_use_isolating(false);
    Ok(())
}

/// The loader for one language, with Chinese behind it.
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    &LOADERS[lang as usize]
}

/// A UI string in a language: `t!(lang, "home-heading")`, or with arguments
/// `t!(lang, "track-deadline", date = d)`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::loader($lang), $id)
    };
    ($lang:expr, $id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::loader($lang), $id, $($args)*)
    };
}

/// The language of the page being drawn, provided by the layout.
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or(Lang::Zh)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_heading() {
        for lang in Lang::ALL {
            let text = t!(lang, "home-heading");
            assert!(!text.is_empty());
            assert_ne!(text, "home-heading", "{lang} shows a raw key");
        }
    }

    #[test]
    fn a_message_missing_in_tibetan_or_yi_shows_in_chinese() {
        // The staff console's texts exist only in Chinese.
        let chinese = t!(Lang::Zh, "staff-title");
        assert_eq!(t!(Lang::Bo, "staff-title"), chinese);
        assert_eq!(t!(Lang::Ii, "staff-title"), chinese);
        assert_ne!(chinese, "staff-title");
    }

    #[test]
    fn no_isolation_marks_around_arguments() {
        let text = t!(Lang::Zh, "footer-copyright", year = 2026);
        assert!(text.contains("2026"));
        assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
    }
}
