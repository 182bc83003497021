//! Finding what to quote: the library's search ranks the articles, then the
//! passage (a paragraph or a list item) of each that shares the most
//! telling words with the question is quoted, with its section's link.

use super::{
    everyday::{names_a_thing, Everyday},
    phrases::{NumberUnits, UnitWords},
};
use crate::guide::{
    tokenizer::{one_syllable, unaffixed, MixedScriptTokenizer},
    Library,
};
use domain::Lang;
// The chat looks up every word of a message in every passage and question:
// Fx hashing (the keys are short words) took about a quarter off an answer's
// time against the standard hasher.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use unicode_normalization::UnicodeNormalization;

/// Below this share of the question's weight (see [`Retrieval::coverage`])
/// an article is taken not to answer it: only common words matched. 0.15
/// refused 5 of 160 residents' questions when half of them were left out,
/// 0.1 refused 4, and the off-topic messages refused hardly changed (see
/// [`Weights`]). Besides, one of the articles found must share a telling
/// word with the question.
pub const MIN_COVERAGE: f32 = 0.1;
/// How much the everyday words count against the library's (see
/// [`Weights::everyday`]). At 1 (the two sides weigh the same), with half of
/// the residents' questions and half of the everyday messages left out, 70%
/// of the everyday messages left out were refused (864 of 1229; 43% with no
/// everyday words), and two more of 480 residents' questions (both Yi).
pub const EVERYDAY: f32 = 1.0;
/// An everyday word counts fully once at least this share of the everyday
/// messages uses it (about 1 in 125); a rarer one counts in proportion. A
/// word that one message happens to use ("证件") says little about the rest,
/// and could outweigh a real question's library words: with the larger
/// Chinese everyday set, a held-out question about legal aid's papers was
/// refused for "证件" alone. On the halves this refuses 3% fewer everyday
/// messages and the same residents' questions.
pub const EVERYDAY_SHARE: f32 = 0.008;

/// A message is refused when less than this share of its weight is in
/// words that only the library uses: one made of words that everyday
/// messages use too ("ཁ་པར", "手机", "多少钱") and grammar is not asked of
/// the library, however its words happen to match an article. On the
/// halves, 0.05 refused 72 more everyday messages (76% of 1229, was 70%)
/// and one more residents' question; 0.08 refused 97 more and two; 0.1,
/// 114 more and seven.
pub const MIN_OWN: f32 = 0.05;
/// A message is refused when the odds that it is a library question rather
/// than everyday talk are below this (see [`Retrieval::odds`]). The two
/// rules above weigh only the words one side has; this one also weighs
/// those both have, by how often each side uses them. On the halves, 1.2
/// refused 140 more everyday messages (1076 of 1229, 88%; was 76%) and one
/// more residents' question (Tibetan, of 480); 1.0 refused 113 more and
/// one; 1.4, 171 more and six. The plain sum of log-odds (not divided by
/// the root of the words' count) refused 118 more at its best for one.
pub const MIN_ODDS: f32 = 1.2;
/// In [`Retrieval::odds`], a passage of an article counts as this share of
/// a resident's question: passages are written in the library's register,
/// the questions as residents speak. At 1 (with the plain sum of log-odds)
/// the best threshold refused 15 more residents' questions on the halves;
/// 0.05 to 0.3 did about the same.
const ODDS_PASSAGE: f32 = 0.1;
/// See [`Weights::kind`]. On the halves, the quote fell in the section the
/// question points at for zh 29.4 -> 35.6%, bo 26.9 -> 33.8%, ii 40.0 ->
/// 47.5% of all questions (0 -> 8); from 2 to 32 it gained, beyond it lost.
pub const KIND: f32 = 8.0;
/// A heading that at least this many articles share (in Chinese) names a
/// kind of section ("要花多少钱", "到哪里找"), and so does any heading it
/// is part of ("到哪里找人帮忙"); see [`SectionKinds`].
const KIND_ARTICLES: usize = 3;
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
    /// Whether it states a length of time or a sum of money.
    states: States,
}

/// A resident's question the article answers (`questions.{lang}.toml`),
/// with its words and the section that answers it.
struct Asked {
    section: usize,
    words: HashSet<String>,
    /// The sum of its words' weights (see [`Retrieval::term_weight`]).
    weight: f32,
}

/// How much each sign counts in ranking the articles; see
/// [`Retrieval::find_with`]. Set with `cargo run --release -p server
/// --example tune_chat grid` on the residents' questions (two halves, each
/// ranked with the other half's questions only) and the older test
/// questions; never on the held-out ones. Tried and left at nought: the
/// share of the message found anywhere in the article, and naive Bayes
/// over the article's words.
#[derive(Clone, Copy, Debug)]
pub struct Weights {
    /// The library search's score, as a share of the best article's.
    pub search: f32,
    /// The share of the message's weight found in one passage.
    pub passage: f32,
    /// How like the message a resident's question of the article is.
    pub asked: f32,
    /// Below this share of the message's weight an article is taken not to
    /// answer it (see [`Retrieval::coverage`]).
    pub min_coverage: f32,
    /// A message is refused when the weight of its everyday words (see
    /// [`Everyday`]) times this factor is more than that of its library
    /// words. Nought turns this check and [`MIN_OWN`]'s off (the odds
    /// check, [`Weights::min_odds`], still runs).
    pub everyday: f32,
    /// See [`EVERYDAY_SHARE`].
    pub everyday_share: f32,
    /// See [`MIN_OWN`].
    pub min_own: f32,
    /// How much a passage gains for being in a section of the kind the
    /// message asks about (see [`SectionKinds`]).
    pub kind: f32,
    /// See [`MIN_ODDS`]; `f32::NEG_INFINITY` never refuses.
    pub min_odds: f32,
}

impl Weights {
    pub const DEFAULT: Weights = Weights {
        search: 0.5,
        passage: 2.0,
        asked: 1.0,
        min_coverage: MIN_COVERAGE,
        everyday: EVERYDAY,
        everyday_share: EVERYDAY_SHARE,
        min_own: MIN_OWN,
        kind: KIND,
        min_odds: MIN_ODDS,
    };
}

/// One article's passages, residents' questions and section words, in one
/// language.
struct Indexed {
    sections: Vec<HashSet<String>>,
    /// Each section's kind, when its heading is one many articles share.
    kinds: Vec<Option<usize>>,
    passages: Vec<Passage>,
    asked: Vec<Asked>,
    /// Per section, the Chinese words of the same section of the Chinese
    /// article (none for the Chinese article itself).
    chinese: Vec<HashSet<String>>,
}

/// Each article's sections, passages and residents' questions as sets of
/// words, per language, built once.
pub struct Retrieval {
    tokenizer: MixedScriptTokenizer,
    indexed: HashMap<(String, Lang), Indexed>,
    /// In how many articles each word occurs, per language.
    articles_with: [HashMap<String, usize>; 3],
    articles: usize,
    /// The words of the everyday messages, with the share of those
    /// messages that use each, per language (see [`Everyday`]).
    everyday: [HashMap<String, f32>; 3],
    function_words: [std::collections::HashSet<String>; 3],
    section_kinds: SectionKinds,
    /// Per language: in how many of the library's texts (passages counted
    /// as [`ODDS_PASSAGE`], residents' questions as 1) each word occurs,
    /// and how many there are; and how many everyday messages there are.
    library_texts_with: [HashMap<String, f32>; 3],
    library_texts: [f32; 3],
    everyday_messages: [f32; 3],
}

/// What a question asks for, learnt across the library: most articles have
/// sections of the same kinds (what happened, the law, the steps, where to
/// go, the cost), and the residents' questions pointing at the cost
/// sections of all articles share words ("要钱不", "免费") that the few of
/// one article do not show.
#[derive(Default)]
struct SectionKinds {
    /// Per language: for each word of the residents' questions, how many
    /// questions pointing at each kind use it.
    said: [HashMap<String, Vec<f32>>; 3],
    count: usize,
}

impl SectionKinds {
    /// The share of the message's weight that points at each kind.
    fn of(&self, lang: Lang, weighted: &HashMap<&str, f32>, total: f32) -> Vec<f32> {
        let mut share = vec![0.0; self.count];
        for (t, w) in weighted {
            let Some(counts) = self.said[lang as usize].get(*t) else { continue };
            let all: f32 = counts.iter().sum();
            for (s, c) in share.iter_mut().zip(counts) {
                *s += w * c / all / total.max(f32::EPSILON);
            }
        }
        share
    }
}

impl Retrieval {
    pub fn new(library: &Library, everyday: &Everyday, units: &NumberUnits) -> Retrieval {
        Retrieval::leaving_out(library, everyday, units, |_, _, _| false)
    }

    /// As [`Retrieval::new`], without the residents' questions for which
    /// `leave(slug, lang, index)` is true: how the ranking is tuned without
    /// seeing the questions it is measured on.
    pub fn leaving_out(
        library: &Library,
        everyday: &Everyday,
        units: &NumberUnits,
        leave: impl Fn(&str, Lang, usize) -> bool,
    ) -> Retrieval {
        let tokenizer = MixedScriptTokenizer::default();
        let mut indexed = HashMap::default();
        let mut articles_with: [HashMap<String, usize>; 3] = Default::default();
        let mut headings: HashMap<&str, usize> = HashMap::default();
        for article in library.articles() {
            for section in &article.version(Lang::Zh).rendered.sections {
                *headings.entry(section.heading.as_str()).or_default() += 1;
            }
        }
        let shared: Vec<&str> = headings.iter().filter(|(_, n)| **n >= KIND_ARTICLES).map(|(h, _)| *h).collect();
        // A shared heading inside another names the same kind: 到哪里找 in
        // 到哪里找人帮忙, 一步一步怎么做 in 觉得规矩不公平，一步一步怎么做.
        let mut kind_of: Vec<&str> =
            shared.iter().copied().filter(|h| !shared.iter().any(|o| o != h && h.contains(o))).collect();
        kind_of.sort_unstable();
        let mut section_kinds = SectionKinds { count: kind_of.len(), ..Default::default() };
        for article in library.articles() {
            for lang in Lang::ALL {
                let version = article.version(lang);
                let position = |id: &str| version.rendered.sections.iter().position(|s| s.id == id);
                let chinese = &article.version(Lang::Zh).rendered.sections;
                let kinds: Vec<Option<usize>> = version
                    .rendered
                    .sections
                    .iter()
                    .map(|s| {
                        let heading = &chinese.iter().find(|z| z.id == s.id)?.heading;
                        kind_of.iter().position(|k| heading.contains(k))
                    })
                    .collect();
                let asked: Vec<Asked> = article.questions[lang as usize]
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !leave(&article.slug, lang, *i))
                    .filter_map(|(_, q)| {
                        Some(Asked { section: position(&q.section)?, words: words(&tokenizer, &q.text), weight: 0.0 })
                    })
                    .collect();
                let mut sections: Vec<HashSet<String>> = version
                    .rendered
                    .sections
                    .iter()
                    .map(|s| words(&tokenizer, &format!("{} {}", s.heading, s.text)))
                    .collect();
                // Residents type Chinese words into Tibetan and Yi ("保险",
                // "借条"): a section has the Chinese words of the same section
                // of the Chinese article beside it. They count for finding
                // the article and the passage, not for the odds that a
                // message is a library question (see [`Retrieval::odds`]):
                // there they made Chinese everyday talk typed among Yi
                // ("手机 屏幕 ꍤꄻꀐ") look like the library's.
                let chinese_words: Vec<HashSet<String>> = version
                    .rendered
                    .sections
                    .iter()
                    .map(|s| match chinese.iter().find(|z| z.id == s.id) {
                        Some(z) if lang != Lang::Zh => words(&tokenizer, &format!("{} {}", z.heading, z.text))
                            .into_iter()
                            .filter(|w| w.chars().all(han))
                            .collect(),
                        _ => HashSet::default(),
                    })
                    .collect();
                for (section, chinese) in sections.iter_mut().zip(&chinese_words) {
                    section.extend(chinese.iter().cloned());
                }
                // Residents' words for a section count as the section's.
                for q in &asked {
                    sections[q.section].extend(q.words.iter().cloned());
                    if let Some(kind) = kinds[q.section] {
                        for word in &q.words {
                            let counts = section_kinds.said[lang as usize].entry(word.clone());
                            counts.or_insert_with(|| vec![0.0; kind_of.len()])[kind] += 1.0;
                        }
                    }
                }
                let front = &version.front;
                let mut all: HashSet<String> = sections.iter().flatten().cloned().collect();
                all.extend(words(&tokenizer, &format!("{} {} {}", front.title, front.summary, front.tags.join(" "))));
                for word in all {
                    *articles_with[lang as usize].entry(word).or_default() += 1;
                }
                let lines = version.rendered.sections.iter().enumerate().flat_map(|(i, s)| {
                    s.text.lines().map(str::trim).filter(|l| !l.is_empty()).map(move |l| (i, l.to_owned()))
                });
                let passages: Vec<Passage> = lines
                    .map(|(section, text)| {
                        let heading = &version.rendered.sections[section].heading;
                        // The heading's words count for each of its passages.
                        let words = words(&tokenizer, &format!("{heading} {text}"));
                        Passage { section, states: States::of(&text, units), text, words }
                    })
                    .collect();
                indexed.insert(
                    (article.slug.clone(), lang),
                    Indexed { sections, kinds, passages, asked, chinese: chinese_words },
                );
            }
        }
        let mut library_texts_with: [HashMap<String, f32>; 3] = Default::default();
        let mut library_texts = [0.0f32; 3];
        for ((_, lang), i) in &indexed {
            let passages = i.passages.iter().map(|p| (&p.words, ODDS_PASSAGE));
            for (words, counts) in passages.chain(i.asked.iter().map(|q| (&q.words, 1.0))) {
                library_texts[*lang as usize] += counts;
                for word in words {
                    *library_texts_with[*lang as usize].entry(word.clone()).or_default() += counts;
                }
            }
        }
        let mut retrieval = Retrieval {
            library_texts_with,
            library_texts,
            everyday_messages: Lang::ALL.map(|l| everyday.of(l).len() as f32),
            tokenizer,
            indexed,
            articles_with,
            articles: library.articles().len(),
            everyday: Default::default(),
            function_words: everyday.function_words.clone(),
            section_kinds,
        };
        // The questions' weights, now that every article's words are known.
        let weights: Vec<((String, Lang), Vec<f32>)> = retrieval
            .indexed
            .iter()
            .map(|(key, i)| (key.clone(), i.asked.iter().map(|q| retrieval.weight_of(key.1, &q.words)).collect()))
            .collect();
        for (key, w) in weights {
            if let Some(indexed) = retrieval.indexed.get_mut(&key) {
                for (q, w) in indexed.asked.iter_mut().zip(w) {
                    q.weight = w;
                }
            }
        }
        for lang in Lang::ALL {
            let messages = everyday.of(lang);
            let share = 1.0 / messages.len().max(1) as f32;
            for word in messages.iter().flat_map(|m| words(&retrieval.tokenizer, m)) {
                *retrieval.everyday[lang as usize].entry(word).or_default() += share;
            }
        }
        retrieval
    }

    /// The sum of the words' weights.
    fn weight_of(&self, lang: Lang, words: &HashSet<String>) -> f32 {
        words.iter().map(|t| self.term_weight(lang, t)).sum()
    }

    /// What a word says: a rare word more than a common one, a longer word
    /// (up to four letters) more than a single character.
    fn term_weight(&self, lang: Lang, term: &str) -> f32 {
        self.rarity(lang, term) * term.chars().count().min(4) as f32
    }

    /// How rare a word is in the library (inverse document frequency); a
    /// word no article uses is rarest, so a question about something the
    /// library never mentions covers little of itself.
    fn rarity(&self, lang: Lang, term: &str) -> f32 {
        let n = self.articles as f32;
        let df = self.articles_with[lang as usize].get(term).copied().unwrap_or(0) as f32;
        ((n + 1.0) / (df + 0.5)).ln()
    }

    /// Whether the article has one of the question's telling words: not a
    /// lone syllable (the tokenizer adds Chinese characters and Yi syllables
    /// for recall, and nonsense such as "ꀀꀁꀂ" shares them) and not a word
    /// most articles use ("怎么", "办").
    fn shares_a_telling_word(&self, lang: Lang, terms: &HashSet<String>, sections: &[HashSet<String>]) -> bool {
        let common = self.articles / 3;
        terms.iter().any(|t| {
            let df = self.articles_with[lang as usize].get(t).copied().unwrap_or(0);
            !one_syllable(t) && df > 0 && df <= common && sections.iter().any(|s| s.contains(t))
        })
    }

    /// The share of the question's rarity (`terms`, each with its
    /// [`Retrieval::rarity`], summing to `total`) found in an article's text.
    fn coverage(terms: &[(String, f32)], total: f32, sections: &[HashSet<String>]) -> f32 {
        let found: f32 = terms.iter().filter(|(t, _)| sections.iter().any(|s| s.contains(t))).map(|(_, r)| r).sum();
        if total > 0.0 {
            found / total
        } else {
            0.0
        }
    }

    /// Whether a message is not a question for the library. Words of
    /// everyday messages that no article uses ("话费", "天气") are weighed
    /// against the library's words that no everyday message uses: when the
    /// first weigh more, or the second are too little of the message (see
    /// [`MIN_OWN`]), the message is not ours. Words both have ("手机",
    /// "银行") count for neither side there; the last check,
    /// [`Retrieval::odds`], weighs them too.
    fn is_everyday(&self, lang: Lang, weighted: &HashMap<&str, f32>, total: f32, weights: &Weights) -> bool {
        let unlikely = || self.odds(lang, weighted) < weights.min_odds;
        if weights.everyday <= 0.0 {
            return unlikely();
        }
        // Chinese words count in every language: residents mix them into
        // Tibetan and Yi, and the Chinese articles may use them.
        let library_has = |t: &str| {
            self.articles_with[lang as usize].contains_key(t)
                || (t.chars().all(han) && self.articles_with[Lang::Zh as usize].contains_key(t))
        };
        let (mut ours, mut elsewhere) = (0.0, 0.0);
        for (t, w) in weighted {
            if let Some(share) = self.everyday[lang as usize].get(*t) {
                if !library_has(t) && names_a_thing(&self.function_words[lang as usize], t) {
                    let seen = if weights.everyday_share > 0.0 { share / weights.everyday_share } else { 1.0 };
                    elsewhere += w * seen.min(1.0);
                }
            } else if library_has(t) {
                ours += w;
            }
        }
        // The odds last: the cheaper checks refuse most everyday messages.
        elsewhere * weights.everyday > ours || ours < weights.min_own * total || unlikely()
    }

    /// How much likelier the message is a library question than everyday
    /// talk: naive Bayes' log-odds over the words that name a thing and that
    /// either side uses (a word's chance on a side is the share of that
    /// side's texts using it, smoothed by one text), divided by the root of
    /// their count, so that a long message's many weak words do not add up
    /// to certainty either way.
    fn odds(&self, lang: Lang, weighted: &HashMap<&str, f32>) -> f32 {
        let l = lang as usize;
        let (library, everyday) = (self.library_texts[l], self.everyday_messages[l]);
        let (mut odds, mut n) = (0.0, 0.0f32);
        for word in weighted.keys().filter(|w| names_a_thing(&self.function_words[l], w)) {
            let in_library = self.library_texts_with[l].get(*word).copied().unwrap_or(0.0);
            let in_everyday = self.everyday[l].get(*word).copied().unwrap_or(0.0) * everyday;
            if in_library > 0.0 || in_everyday > 0.0 {
                odds += ((in_library + 1.0) / (library + 2.0)).ln() - ((in_everyday + 1.0) / (everyday + 2.0)).ln();
                n += 1.0;
            }
        }
        odds / n.max(1.0).sqrt()
    }

    /// The articles that answer `query`, best first, each with its passage.
    pub fn find(&self, library: &Library, lang: Lang, query: &str, asks: Asks) -> Vec<Found> {
        self.find_with(library, lang, query, asks, "", &Weights::DEFAULT)
    }

    /// As [`Retrieval::find`] for a follow-up: `earlier` (the resident's
    /// previous question) helps find the article, and the passage is the
    /// one that best answers `query` itself.
    pub fn find_following(&self, library: &Library, lang: Lang, query: &str, asks: Asks, earlier: &str) -> Vec<Found> {
        self.find_with(library, lang, query, asks, earlier, &Weights::DEFAULT)
    }

    /// Every article that covers enough of the message (`min_coverage`) is
    /// scored on three signs (see [`Weights`]): the library search, its best
    /// passage, and its residents' question most like the message. The five
    /// best are returned, each with the passage that best answers the
    /// message itself.
    pub fn find_with(
        &self,
        library: &Library,
        lang: Lang,
        query: &str,
        asks: Asks,
        earlier: &str,
        weights: &Weights,
    ) -> Vec<Found> {
        let own = query;
        let query = if earlier.is_empty() { query.to_owned() } else { format!("{earlier} {query}") };
        let query = query.as_str();
        let telling_terms = telling_words(&self.tokenizer, query);
        let all = with_pairs(telling_terms.clone(), query);
        let focus = if earlier.is_empty() { all.clone() } else { words(&self.tokenizer, own) };
        let mut terms: Vec<String> = all.into_iter().collect();
        terms.sort();
        let rarities: Vec<(String, f32)> = terms.iter().map(|t| (t.clone(), self.rarity(lang, t))).collect();
        let rarity: f32 = rarities.iter().map(|(_, r)| r).sum();
        let weighted: HashMap<&str, f32> = terms.iter().map(|t| (t.as_str(), self.term_weight(lang, t))).collect();
        let total: f32 = weighted.values().sum();
        if total <= 0.0 || self.is_everyday(lang, &weighted, total, weights) {
            return Vec::new();
        }
        // The same words as a list, each with whether the follow-up itself
        // says it: the loops below walk it once per passage and question.
        let listed: Vec<(&str, f32, bool)> =
            terms.iter().map(|t| (t.as_str(), weighted[t.as_str()], focus.contains(t))).collect();
        let typed_chinese = lang != Lang::Zh && terms.iter().any(|t| t.chars().all(han));
        let asked_kind = self.section_kinds.of(lang, &weighted, total);
        // Like the message: what they share, against both lengths.
        let alike = |q: &Asked| -> f32 {
            let shared: f32 = listed.iter().filter(|(t, ..)| q.words.contains(*t)).map(|(_, w, _)| w).sum();
            2.0 * shared / (total + q.weight).max(f32::EPSILON)
        };
        let searched = library.scores(lang, query);
        let top = searched.first().map_or(1.0, |h| h.1).max(f32::EPSILON);
        let mut scored: Vec<(f32, f32, &crate::guide::content::Article, &Indexed, usize)> = Vec::new();
        let mut any_telling = false;
        for article in library.articles() {
            let Some(indexed) = self.indexed.get(&(article.slug.clone(), lang)) else { continue };
            let coverage = Self::coverage(&rarities, rarity, &indexed.sections);
            if coverage < weights.min_coverage {
                continue;
            }
            let search = searched.iter().find(|h| h.0 == article.slug).map_or(0.0, |h| h.1 / top);
            let (asked, section) = indexed
                .asked
                .iter()
                .map(|q| (alike(q), q.section))
                .fold((0.0, None), |best, (s, at)| if s > best.0 { (s, Some(at)) } else { best });
            let pointed_at = section.filter(|_| asked >= ASKED_SECTION);
            // One pass over the passages: the best share of the message
            // ranks the article; the best-rated passage is quoted.
            let (mut passage, mut quote) = (0.0f32, None::<(usize, f32)>);
            // Which of the message's Chinese words each section's Chinese
            // has, found once per section rather than once per passage.
            let in_chinese: Vec<Vec<bool>> = if typed_chinese {
                let has = |s: &HashSet<String>| listed.iter().map(|(t, ..)| s.contains(*t)).collect();
                indexed.chinese.iter().map(has).collect()
            } else {
                Vec::new()
            };
            for (i, p) in indexed.passages.iter().enumerate() {
                let chinese = in_chinese.get(p.section);
                let (plain, focused) = listed
                    .iter()
                    .enumerate()
                    .filter(|(k, (t, ..))| p.words.contains(*t) || chinese.is_some_and(|c| c[*k]))
                    .map(|(_, l)| l)
                    // The follow-up's own words count twice in the quote.
                    .fold((0.0, 0.0), |(a, b), (_, w, own)| (a + w, b + if *own { 2.0 * w } else { *w }));
                passage = passage.max(plain / total);
                // "How long?" is answered by a passage that gives a time:
                // one that gives none counts a third. A passage in the
                // section a like question points at counts half again.
                let shape = if asks.answered_by(p.states) { 1.0 } else { 0.3 };
                let pointed = if pointed_at == Some(p.section) { 1.5 } else { 1.0 };
                let kind = indexed.kinds[p.section].map_or(1.0, |k| 1.0 + weights.kind * asked_kind[k]);
                let rate = shape * pointed * kind * focused;
                // The first passage of the best rate: earlier text sets the scene.
                if quote.is_none_or(|(_, best)| rate > best) {
                    quote = Some((i, rate));
                }
            }
            let score = weights.search * search + weights.passage * passage + weights.asked * asked;
            let Some((quote, _)) = quote.filter(|_| score > 0.0) else { continue };
            any_telling |= self.shares_a_telling_word(lang, &telling_terms, &indexed.sections);
            scored.push((score, coverage, article, indexed, quote));
        }
        // Only common words in common: nothing here answers the question.
        if !any_telling {
            return Vec::new();
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        scored
            .into_iter()
            .take(5)
            .map(|(score, coverage, article, indexed, best)| {
                let version = article.version(lang);
                let passages = &indexed.passages;
                let chosen = &passages[best];
                let section = &version.rendered.sections[chosen.section];
                let mut text = chosen.text.clone();
                if text.chars().count() < PASSAGE_MIN_CHARS {
                    if let Some(next) = passages.get(best + 1).filter(|n| n.section == chosen.section) {
                        text.push('\n');
                        text.push_str(&next.text);
                    }
                }
                Found {
                    slug: article.slug.clone(),
                    title: version.front.title.clone(),
                    category: version.front.category.clone(),
                    score,
                    coverage,
                    section: section.id.clone(),
                    heading: section.heading.trim().to_owned(),
                    passage: cut(&text, lang),
                }
            })
            .collect()
    }
}

/// The search's words, and besides each pair of neighbouring Chinese
/// characters or Tibetan syllables: a misspelt or unusually cut word still
/// shares its pairs ("仲才" and "仲裁" share none, but "工伤"/"公伤" share
/// "伤" and the pairs around them).
fn words(tokenizer: &MixedScriptTokenizer, text: &str) -> HashSet<String> {
    with_pairs(telling_words(tokenizer, text), text)
}

/// `words` (a text's [`telling_words`]) with the text's Chinese pairs added.
fn with_pairs(mut words: HashSet<String>, text: &str) -> HashSet<String> {
    let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let chars: Vec<char> = text.chars().collect();
    for pair in chars.windows(2) {
        if han(pair[0]) && han(pair[1]) {
            words.insert(pair.iter().collect());
        }
    }
    words
}

/// The words that may tell what a message is about: [`words`] without the
/// Chinese pairs that cross two words ("明天天气" has "天天"). Tibetan pairs
/// stay: the tokenizer cuts Tibetan into syllables, and most words are two.
fn telling_words(tokenizer: &MixedScriptTokenizer, text: &str) -> HashSet<String> {
    let mut words: HashSet<String> = tokenizer.terms(text).into_iter().collect();
    let syllables: Vec<String> = text
        // Letters and digits make a syllable; the tsheg, the shads and
        // other marks end it, as in the tokenizer.
        .split(|c: char| !matches!(c, '\u{0f20}'..='\u{0f33}' | '\u{0f40}'..='\u{0fbc}'))
        .filter(|s| !s.is_empty())
        .map(|s| s.nfkc().collect())
        .collect();
    for pair in syllables.windows(2) {
        words.insert(format!("{}་{}", pair[0], pair[1]));
    }
    // A particle written onto a word's last syllable ("ཕྲུ་གུའི", "ཁང་པར")
    // leaves the word itself as a syllable and a pair too.
    for (i, syllable) in syllables.iter().enumerate() {
        if let Some(stem) = unaffixed(syllable) {
            if i > 0 {
                words.insert(format!("{}་{}", syllables[i - 1], stem));
            }
            words.insert(stem.to_owned());
        }
    }
    words
}

pub(super) fn han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// A residents' question at least this like the message points the quote
/// to its section.
const ASKED_SECTION: f32 = 0.5;

/// What kind of answer a question wants, from its question words (see
/// `Phrases::asks`, `content/chat/intents.toml`): a number of days, a
/// length of time or an amount of money. A passage that gives one is
/// preferred ("那要等多久？" is answered by "30天", not by a passage that
/// happens to say "多久").
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Asks {
    /// "How many days?": a passage that gives days, not months or years.
    Days,
    Duration,
    Money,
    Other,
}

impl Asks {
    /// Whether a passage that states `states` gives what is asked; any
    /// passage answers a question that asks for none of them.
    fn answered_by(self, states: States) -> bool {
        match self {
            Asks::Days => states.days,
            Asks::Duration => states.duration,
            Asks::Money => states.money,
            Asks::Other => true,
        }
    }
}

/// What a passage states, found once when the library is indexed: a number
/// with a unit of time (and whether that is days), or of money.
#[derive(Clone, Copy, Default)]
struct States {
    duration: bool,
    days: bool,
    money: bool,
}

impl States {
    fn of(passage: &str, units: &NumberUnits) -> States {
        let mut states = States::default();
        let mut from = 0;
        while let Some(start) = passage[from..].find(char::is_numeric).map(|s| from + s) {
            let end = passage[start..].find(|c: char| !c.is_numeric()).map_or(passage.len(), |e| start + e);
            let after = passage[end..].trim_start_matches(char::is_whitespace);
            let before = passage[..start].trim_end_matches(|c: char| c.is_whitespace() || c == '་');
            // A unit before the number is a whole syllable (ལོ, not the
            // end of another).
            let ends_with = |unit: &String| {
                before
                    .strip_suffix(unit.as_str())
                    .is_some_and(|b| !b.ends_with(|c: char| ('\u{0f40}'..='\u{0fbc}').contains(&c)))
            };
            let unit = |words: &UnitWords| {
                words.after.iter().any(|u| after.starts_with(u.as_str())) || words.before.iter().any(ends_with)
            };
            // "12月31日" is a date, not a number of days.
            let date = before.ends_with('月') && after.starts_with('日');
            states.days |= !date && unit(&units.days);
            states.duration |= states.days || unit(&units.duration);
            states.money |= unit(&units.money);
            from = end;
        }
        states
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
    use super::{cut, States};
    use crate::chat::phrases::Phrases;
    use domain::Lang;
    use std::path::Path;

    #[test]
    fn times_and_sums_are_found_in_every_script() {
        let phrases = Phrases::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/chat")).unwrap();
        let of = |p: &str| States::of(p, phrases.units());
        let duration = |p: &str| of(p).duration;
        let money = |p: &str| of(p).money;
        assert!(duration("冷静期30天") && duration("ཉིན་ 30 ནང་") && duration("7 ꑍꇬ"));
        assert!(money("赔偿500元") && money("སྒོར་ 500") && money("ꎆꃀ 500 ꊒꇕ"));
        assert!(money("2万元") && money("སྒོར་ཁྲི་ 3") && duration("ཉིན་ ༣༠"));
        assert!(!of("2027年12月31日前还清").days);
        // A number of something else.
        assert!(!duration("第 3 条") && !duration("12348 ལ་ཁ་པར") && !money("ཆ་རྐྱེན་ 3 དགོས"));
        assert!(of("ཉིན་ 30").days && !of("ཟླ་བ་ 6").days && !of("6个月").days);
    }

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
