//! The three languages of the portal and how they appear in URLs and HTML.

use serde::{Deserialize, Serialize};
use std::{fmt, str::FromStr};

/// A language the portal is written in. The first path segment of every page
/// URL names one, so a shared link opens in the sender's language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Chinese (simplified), the fallback for missing translations.
    #[default]
    Zh,
    /// Tibetan.
    Bo,
    /// Nuosu Yi.
    Ii,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Zh, Lang::Bo, Lang::Ii];

    /// The path segment: `/zh/...`, `/bo/...`, `/ii/...`.
    pub const fn slug(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::Bo => "bo",
            Lang::Ii => "ii",
        }
    }

    /// BCP 47 tag for `<html lang>` and for the Fluent folder under `locales/`.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::Bo => "bo",
            Lang::Ii => "ii",
        }
    }

    /// The language a URL path starts with, if any: `/bo/guide` gives `Bo`.
    pub fn from_path(path: &str) -> Option<Lang> {
        path.trim_start_matches('/').split('/').next().and_then(|s| s.parse().ok())
    }

    /// The same path in another language: `/bo/guide/x` to `/ii/guide/x`.
    /// A path without a language prefix gets the language's home page.
    pub fn switch_path(self, path: &str) -> String {
        let rest = match Lang::from_path(path) {
            Some(current) => &path.trim_start_matches('/')[current.slug().len()..],
            None => "/",
        };
        let rest = if rest.is_empty() { "/" } else { rest };
        format!("/{}{}", self.slug(), rest)
    }

    /// One of three names, the Chinese one standing in for a blank
    /// translation (content files fill Tibetan and Yi in later).
    pub fn pick<'a>(self, zh: &'a str, bo: &'a str, ii: &'a str) -> &'a str {
        let name = match self {
            Lang::Zh => zh,
            Lang::Bo => bo,
            Lang::Ii => ii,
        };
        if name.trim().is_empty() {
            zh
        } else {
            name
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

/// Error for a language code the portal does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang;

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "zh" => Ok(Lang::Zh),
            "bo" => Ok(Lang::Bo),
            "ii" => Ok(Lang::Ii),
            _ => Err(UnknownLang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_prefix_is_parsed() {
        assert_eq!(Lang::from_path("/bo/guide/x"), Some(Lang::Bo));
        assert_eq!(Lang::from_path("/ii"), Some(Lang::Ii));
        assert_eq!(Lang::from_path("/zh/"), Some(Lang::Zh));
        assert_eq!(Lang::from_path("/en/"), None);
        assert_eq!(Lang::from_path("/"), None);
        assert_eq!(Lang::from_path("/bogus"), None);
    }

    #[test]
    fn switching_keeps_the_rest_of_the_path() {
        assert_eq!(Lang::Ii.switch_path("/bo/guide/inheritance"), "/ii/guide/inheritance");
        assert_eq!(Lang::Zh.switch_path("/bo"), "/zh/");
        assert_eq!(Lang::Bo.switch_path("/zh/"), "/bo/");
        assert_eq!(Lang::Bo.switch_path("/elsewhere"), "/bo/");
    }
}
