//! Finding what to quote: the library's search ranks the articles, then the
//! passage (a paragraph or a list item) of each that shares the most
//! telling words with the question is quoted, with its section's link.

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
/// A quoted passage is cut after this many letters (Chinese, Yi) or
/// syllables (Tibetan, about three letters each), at a sentence's end
/// where one comes late enough.
const PASSAGE_CHARS: usize = 200;
const PASSAGE_SYLLABLES: usize = 70;
/// A passage shorter than this takes the next one of its section along
/// (a heading-like line alone says little).
const PASSAGE_MIN_CHARS: usize = 40;

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

/// One paragraph or list item of an article, with its words.
struct Passage {
    /// Index into the version's `rendered.sections`.
    section: usize,
    text: String,
    words: HashSet<String>,
}

/// Each article's sections and passages as sets of words, per language,
/// built once.
pub struct Retrieval {
    tokenizer: MixedScriptTokenizer,
    sections: HashMap<(String, Lang), Vec<HashSet<String>>>,
    passages: HashMap<(String, Lang), Vec<Passage>>,
    /// In how many articles each word occurs, per language.
    articles_with: [HashMap<String, usize>; 3],
    articles: usize,
}

impl Retrieval {
    pub fn new(library: &Library) -> Retrieval {
        let tokenizer = MixedScriptTokenizer::default();
        let mut sections = HashMap::new();
        let mut passages = HashMap::new();
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
                let lines = version.rendered.sections.iter().enumerate().flat_map(|(i, s)| {
                    s.text.lines().map(str::trim).filter(|l| !l.is_empty()).map(move |l| (i, l.to_owned()))
                });
                let cut: Vec<Passage> = lines
                    .map(|(section, text)| {
                        let heading = &version.rendered.sections[section].heading;
                        // The heading's words count for each of its passages.
                        let words = tokenizer.terms(&format!("{heading} {text}")).into_iter().collect();
                        Passage { section, text, words }
                    })
                    .collect();
                passages.insert((article.slug.clone(), lang), cut);
            }
        }
        Retrieval { tokenizer, sections, passages, articles_with, articles: library.articles().len() }
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

    /// The articles that answer `query`, best first, each with its passage.
    pub fn find(&self, library: &Library, lang: Lang, query: &str) -> Vec<Found> {
        self.find_following(library, lang, query, "")
    }

    /// As [`Retrieval::find`] for a follow-up: `earlier` (the resident's
    /// previous question) helps find the article, and the passage is the
    /// one that best answers `query` itself.
    pub fn find_following(&self, library: &Library, lang: Lang, query: &str, earlier: &str) -> Vec<Found> {
        let focus = self.tokenizer.terms(query);
        let asks = Asks::of(query);
        let query = if earlier.is_empty() { query.to_owned() } else { format!("{earlier} {query}") };
        let query = query.as_str();
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
                let passages = self.passages.get(&(article.slug.clone(), lang))?;
                // A rare word says more than a common one, a longer word
                // more than a single character; the follow-up's own words
                // count twice.
                let score = |p: &Passage| -> f32 {
                    // "How long?" is answered by a passage that gives a time:
                    // one that gives none counts a third.
                    let shape = if asks == Asks::Other || asks.answered_by(&p.text) { 1.0 } else { 0.3 };
                    shape
                        * terms
                            .iter()
                            .filter(|t| p.words.contains(*t))
                            .map(|t| {
                                let focus = if focus.contains(t) { 2.0 } else { 1.0 };
                                self.weight(lang, t) * t.chars().count().min(4) as f32 * focus
                            })
                            .sum::<f32>()
                };
                let (best, _) = passages
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (i, score(p)))
                    // The first passage of the best score: earlier text sets the scene.
                    .fold(None, |best: Option<(usize, f32)>, (i, s)| match best {
                        Some((_, b)) if b >= s => best,
                        _ => Some((i, s)),
                    })?;
                let chosen = &passages[best];
                let section = &version.rendered.sections[chosen.section];
                let mut text = chosen.text.clone();
                if text.chars().count() < PASSAGE_MIN_CHARS {
                    if let Some(next) = passages.get(best + 1).filter(|n| n.section == chosen.section) {
                        text.push('\n');
                        text.push_str(&next.text);
                    }
                }
                Some(Found {
                    slug: article.slug.clone(),
                    title: version.front.title.clone(),
                    category: version.front.category.clone(),
                    score: hit.score,
                    coverage,
                    section: section.id.clone(),
                    heading: section.heading.trim().to_owned(),
                    passage: cut(&text, lang),
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

/// What kind of answer a question wants, from its question words: a
/// length of time or an amount of money. A passage that gives one is
/// preferred ("那要等多久？" is answered by "30天", not by a passage that
/// happens to say "多久").
#[derive(Clone, Copy, PartialEq)]
enum Asks {
    Duration,
    Money,
    Other,
}

impl Asks {
    fn of(question: &str) -> Asks {
        const DURATION: [&str; 8] = ["多久", "多长时间", "几天", "几个月", "几年", "什么时候", "多少天", "期限"];
        const MONEY: [&str; 5] = ["多少钱", "几块钱", "费用", "收费", "花多少"];
        if DURATION.iter().any(|w| question.contains(w)) {
            Asks::Duration
        } else if MONEY.iter().any(|w| question.contains(w)) {
            Asks::Money
        } else {
            Asks::Other
        }
    }

    /// The passage gives a number followed by a unit of the kind asked.
    fn answered_by(self, passage: &str) -> bool {
        let units: &[&str] = match self {
            Asks::Duration => &["天", "日", "个月", "年", "小时", "周"],
            Asks::Money => &["元", "块"],
            Asks::Other => return false,
        };
        let chars: Vec<char> = passage.chars().collect();
        chars.iter().enumerate().any(|(i, c)| {
            c.is_ascii_digit()
                && !chars.get(i + 1).is_some_and(char::is_ascii_digit)
                && units.iter().any(|u| chars[i + 1..].iter().take(u.chars().count()).copied().eq(u.chars()))
        })
    }
}

/// A passage short enough to read on a phone: at most [`PASSAGE_CHARS`]
/// letters (Tibetan: [`PASSAGE_SYLLABLES`] syllables), ended at the last
/// sentence end in its second half, else with "…".
fn cut(text: &str, lang: Lang) -> String {
    let chars: Vec<char> = text.chars().collect();
    let max = if lang == Lang::Bo {
        // Where the 70th syllable ends: after its tsheg (or shad, or space).
        let ends = chars.iter().enumerate().filter(|(_, c)| matches!(c, '་' | '།' | ' '));
        ends.map(|(i, _)| i + 1).nth(PASSAGE_SYLLABLES - 1).unwrap_or(chars.len())
    } else {
        PASSAGE_CHARS
    };
    if chars.len() <= max {
        return text.to_owned();
    }
    let ends = |c: &char| matches!(c, '。' | '！' | '？' | '；' | '\n' | '།' | '!' | '?');
    match chars[max / 2..max].iter().rposition(ends) {
        Some(at) => chars[..max / 2 + at + 1].iter().collect::<String>().trim_end().to_owned(),
        None => chars[..max].iter().collect::<String>() + "…",
    }
}

#[cfg(test)]
mod tests {
    use super::cut;
    use domain::Lang;

    #[test]
    fn passages_end_at_a_sentence() {
        assert_eq!(cut("短。", Lang::Zh), "短。");
        let long = format!("{}。{}", "字".repeat(150), "又".repeat(100));
        assert_eq!(cut(&long, Lang::Zh), format!("{}。", "字".repeat(150)));
        let run = "字".repeat(300);
        assert_eq!(cut(&run, Lang::Zh), format!("{}…", "字".repeat(200)));
        // Tibetan counts syllables.
        let bo = "ཁྲིམས་".repeat(70);
        assert_eq!(cut(&bo, Lang::Bo), bo);
        assert_eq!(cut(&"ཁྲིམས་".repeat(80), Lang::Bo), format!("{}…", "ཁྲིམས་".repeat(70)));
    }
}
