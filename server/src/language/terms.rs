//! The termbase, `content/terms.toml`: one word per concept and language.
//! A Tibetan or Yi text that uses a variant the termbase avoids is a finding.

use domain::Lang;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Termbase {
    #[serde(rename = "term")]
    pub terms: Vec<Term>,
}

#[derive(Debug, Deserialize)]
pub struct Term {
    pub id: String,
    pub zh: String,
    #[serde(default)]
    pub zh_variants: Vec<String>,
    pub bo: String,
    pub ii: String,
    #[serde(default)]
    pub avoid_bo: Vec<String>,
    #[serde(default)]
    pub avoid_ii: Vec<String>,
    pub status: String,
    #[serde(default)]
    pub note: String,
}

impl Term {
    pub fn chosen(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::Bo => &self.bo,
            Lang::Ii => &self.ii,
        }
    }

    pub fn avoided(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::Zh => &[],
            Lang::Bo => &self.avoid_bo,
            Lang::Ii => &self.avoid_ii,
        }
    }

    /// The Chinese words for this concept.
    pub fn chinese(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.zh.as_str()).chain(self.zh_variants.iter().map(String::as_str))
    }
}

/// A place where a text uses an avoided variant.
#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    pub term: String,
    pub found: String,
    pub chosen: String,
}

impl Termbase {
    pub fn parse(text: &str) -> Result<Termbase, toml::de::Error> {
        toml::from_str(text)
    }

    /// Problems in the termbase itself: duplicate ids, an empty term, an
    /// avoided variant that is part of a chosen term (it could never be
    /// told apart), a status other than the three the content uses.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut ids = std::collections::BTreeSet::new();
        for term in &self.terms {
            if !ids.insert(&term.id) {
                problems.push(format!("{}: the id is used twice", term.id));
            }
            for lang in Lang::ALL {
                if term.chosen(lang).trim().is_empty() {
                    problems.push(format!("{}: no {lang} term", term.id));
                }
                for avoided in term.avoided(lang) {
                    if let Some(other) = self.terms.iter().find(|t| t.chosen(lang).contains(avoided.as_str())) {
                        problems.push(format!(
                            "{}: avoided {avoided:?} is part of the chosen term {:?} of {}",
                            term.id,
                            other.chosen(lang),
                            other.id
                        ));
                    }
                }
            }
            if !["machine-drafted", "reviewed"].contains(&term.status.as_str()) {
                problems.push(format!("{}: status {:?}; machine-drafted or reviewed", term.id, term.status));
            }
        }
        problems
    }

    /// The avoided variants in a text of `lang`. A variant that lies inside
    /// a chosen term (of any concept) is not counted.
    pub fn variants_in(&self, lang: Lang, text: &str) -> Vec<Variant> {
        let chosen: Vec<(usize, usize)> = self
            .terms
            .iter()
            .map(|t| t.chosen(lang))
            .filter(|c| !c.is_empty())
            .flat_map(|c| text.match_indices(c).map(|(at, m)| (at, at + m.len())))
            .collect();
        let mut found = Vec::new();
        for term in &self.terms {
            for avoided in term.avoided(lang) {
                for (at, m) in text.match_indices(avoided.as_str()) {
                    let end = at + m.len();
                    if chosen.iter().any(|&(start, stop)| start <= at && end <= stop) {
                        continue;
                    }
                    found.push(Variant {
                        term: term.id.clone(),
                        found: avoided.clone(),
                        chosen: term.chosen(lang).to_owned(),
                    });
                }
            }
        }
        found
    }

    /// Whether `han` (a run of Chinese characters in a Tibetan or Yi text)
    /// is the Chinese word of a concept in the termbase.
    pub fn is_chinese_term(&self, han: &str) -> bool {
        self.terms.iter().any(|t| t.chinese().any(|zh| zh == han))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = r#"
[[term]]
id = "legal-aid"
zh = "法律援助"
bo = "ཁྲིམས་ལུགས་རོགས་རམ"
ii = "ꏦꃤꄉꀧ"
avoid_bo = ["ཁྲིམས་ལུགས་རོགས་སྐྱོར"]
avoid_ii = ["ꏦꃤꇇꀤ"]
status = "machine-drafted"

[[term]]
id = "law"
zh = "法律"
bo = "ཁྲིམས་ལུགས"
ii = "ꏦꃤ"
status = "machine-drafted"
"#;

    #[test]
    fn avoided_variants_are_found_and_chosen_terms_are_not() {
        let base = Termbase::parse(BASE).unwrap();
        assert!(base.problems().is_empty(), "{:?}", base.problems());
        assert!(base.variants_in(Lang::Ii, "ꏦꃤꄉꀧꌋꏦꃤ").is_empty());
        let found = base.variants_in(Lang::Ii, "ꏦꃤꇇꀤ，ꏦꃤꄉꀧ");
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].found.as_str(), found[0].chosen.as_str()), ("ꏦꃤꇇꀤ", "ꏦꃤꄉꀧ"));
        assert_eq!(base.variants_in(Lang::Bo, "ཁྲིམས་ལུགས་རོགས་སྐྱོར་ཞུ").len(), 1);
        assert!(base.is_chinese_term("法律援助") && !base.is_chinese_term("援助"));
    }

    #[test]
    fn a_variant_inside_a_chosen_term_is_a_problem_of_the_termbase() {
        let bad = BASE.replace(r#"avoid_ii = ["ꏦꃤꇇꀤ"]"#, r#"avoid_ii = ["ꏦꃤ"]"#);
        let problems = Termbase::parse(&bad).unwrap().problems();
        assert!(problems.iter().any(|p| p.contains("part of the chosen term")), "{problems:?}");
    }
}
