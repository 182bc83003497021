//! Finding what to quote: the library's search ranks the articles, then the
//! section of the best one that shares most words with the question is cut
//! to a few short lines.

use crate::guide::{tokenizer::MixedScriptTokenizer, Library};
use domain::Lang;
use std::collections::{HashMap, HashSet};

/// Below this share of the question's weight (see [`Retrieval::coverage`])
/// an article is taken not to answer it: only common words matched. Set by
/// comparing the test questions (the lowest right answers cover 0.15-0.2)
/// with unrelated messages (weather, patents: 0.06-0.09); the accuracy test
/// prints how many of its unrelated messages are refused. Besides, one of
/// the articles found must share a telling word with the question.
pub const MIN_COVERAGE: f32 = 0.15;
/// The quoted passage stops after the line that passes this many letters.
const PASSAGE_CHARS: usize = 160;

/// An article that answers, with the section to quote.
#[derive(Clone, Debug)]
pub struct Found {
    pub slug: String,
    pub title: String,
    pub category: String,
    pub score: f32,
    /// How much of the question the article speaks of, 0 to 1.
    pub coverage: f32,
    /// `s3`: the section's anchor; empty for the opening text.
    pub section: String,
    pub heading: String,
    pub passage: String,
}

/// Each article's sections as sets of words, per language, built once.
pub struct Retrieval {
    tokenizer: MixedScriptTokenizer,
    sections: HashMap<(String, Lang), Vec<HashSet<String>>>,
    /// In how many articles each word occurs, per language.
    articles_with: [HashMap<String, usize>; 3],
    articles: usize,
}

impl Retrieval {
    pub fn new(library: &Library) -> Retrieval {
        let tokenizer = MixedScriptTokenizer::default();
        let mut sections = HashMap::new();
        let mut articles_with: [HashMap<String, usize>; 3] = Default::default();
        for article in library.articles() {
            for lang in Lang::ALL {
                let version = article.version(lang);
                let words: Vec<HashSet<String>> = version
                    .rendered
                    .sections
                    .iter()
                    .map(|s| tokenizer.terms(&format!("{} {}", s.heading, s.text)).into_iter().collect())
                    .collect();
                let front = &version.front;
                let mut all: HashSet<String> = words.iter().flatten().cloned().collect();
                all.extend(tokenizer.terms(&format!("{} {} {}", front.title, front.summary, front.tags.join(" "))));
                for word in all {
                    *articles_with[lang as usize].entry(word).or_default() += 1;
                }
                sections.insert((article.slug.clone(), lang), words);
            }
        }
        Retrieval { tokenizer, sections, articles_with, articles: library.articles().len() }
    }

    /// A word's weight: rare in the library, telling (inverse document
    /// frequency); a word no article uses weighs most, so a question about
    /// something the library never mentions covers little of itself.
    fn weight(&self, lang: Lang, term: &str) -> f32 {
        let n = self.articles as f32;
        let df = self.articles_with[lang as usize].get(term).copied().unwrap_or(0) as f32;
        ((n + 1.0) / (df + 0.5)).ln()
    }

    /// Whether the article has one of the question's telling words: not a
    /// lone Chinese character (the tokenizer adds those for recall) and not
    /// a word most articles use ("怎么", "办").
    fn shares_a_telling_word(&self, lang: Lang, terms: &[String], sections: &[HashSet<String>]) -> bool {
        let common = self.articles / 3;
        terms.iter().any(|t| {
            let lone_han = t.chars().count() == 1 && t.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            let df = self.articles_with[lang as usize].get(t).copied().unwrap_or(0);
            !lone_han && df > 0 && df <= common && sections.iter().any(|s| s.contains(t))
        })
    }

    /// The share of the question's weight found in an article's text.
    fn coverage(&self, lang: Lang, terms: &[String], sections: &[HashSet<String>]) -> f32 {
        let total: f32 = terms.iter().map(|t| self.weight(lang, t)).sum();
        let found: f32 =
            terms.iter().filter(|t| sections.iter().any(|s| s.contains(*t))).map(|t| self.weight(lang, t)).sum();
        if total > 0.0 {
            found / total
        } else {
            0.0
        }
    }

    /// The articles that answer `query`, best first, each with its section.
    pub fn find(&self, library: &Library, lang: Lang, query: &str) -> Vec<Found> {
        let terms = self.tokenizer.terms(query);
        let mut telling = false;
        let found: Vec<Found> = library
            .search(lang, query, 5)
            .into_iter()
            .filter_map(|hit| {
                let article = library.articles().iter().find(|a| a.slug == hit.guide.slug)?;
                let version = article.version(lang);
                let sections = self.sections.get(&(article.slug.clone(), lang))?;
                let coverage = self.coverage(lang, &terms, sections);
                if coverage < MIN_COVERAGE {
                    return None;
                }
                telling |= self.shares_a_telling_word(lang, &terms, sections);
                // A longer word says more than a single character.
                let weight = |set: &HashSet<String>| -> usize {
                    terms.iter().filter(|t| set.contains(*t)).map(|t| t.chars().count().min(4)).sum()
                };
                let best = (0..sections.len()).max_by_key(|&i| (weight(&sections[i]), std::cmp::Reverse(i)))?;
                let section = &version.rendered.sections[best];
                Some(Found {
                    slug: article.slug.clone(),
                    title: version.front.title.clone(),
                    category: version.front.category.clone(),
                    score: hit.score,
                    coverage,
                    section: section.id.clone(),
                    heading: section.heading.trim().to_owned(),
                    passage: passage(&section.text),
                })
            })
            .collect();
        // Only common words in common: nothing here answers the question.
        if telling {
            found
        } else {
            Vec::new()
        }
    }
}

/// The first lines of a section, up to about [`PASSAGE_CHARS`] letters:
/// short enough to read on a phone, whole lines so nothing is cut mid-way.
fn passage(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
        if out.chars().count() >= PASSAGE_CHARS {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::passage;

    #[test]
    fn passages_are_whole_lines() {
        let text = format!("{}\n\n第二行\n第三行", "字".repeat(200));
        assert_eq!(passage(&text), "字".repeat(200));
        assert_eq!(passage("一\n二\n"), "一\n二");
    }
}
