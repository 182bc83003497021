//! The chat's search signal without tantivy: the same fields, weights and
//! scoring as [`super::search::SearchIndex`] (BM25 over the whole library,
//! title 3, tags and summary 2, body 1), from word counts held in memory.
//! For a library of a few dozen documents, building a tantivy query of 32
//! words in four fields cost three quarters of a chat answer's time; this
//! is a few hash lookups per word and article.

use super::{
    content::Content,
    search::{FIELD_BOOSTS, MAX_QUERY_TERMS},
    tokenizer::MixedScriptTokenizer,
};
use domain::Lang;
use rustc_hash::FxHashMap as HashMap;

/// Title, tags, summary, body, weighted as the search weighs them.
const FIELDS: usize = FIELD_BOOSTS.len();
/// BM25's usual constants (tantivy's too).
const K1: f32 = 1.2;
const B: f32 = 0.75;

/// One article in one language: each field's word counts and length.
struct Counted {
    slug: String,
    counts: [HashMap<String, u32>; FIELDS],
    lengths: [f32; FIELDS],
}

/// Every article's word counts, per language.
pub struct WordCounts {
    tokenizer: MixedScriptTokenizer,
    docs: [Vec<Counted>; 3],
    /// Per field, in how many documents (articles × languages) each word
    /// occurs, and the fields' mean lengths: over the whole library, as a
    /// search index counts them.
    with: [HashMap<String, u32>; FIELDS],
    average: [f32; FIELDS],
    total: f32,
}

impl WordCounts {
    pub fn build(content: &Content) -> WordCounts {
        let tokenizer = MixedScriptTokenizer::default();
        let mut docs: [Vec<Counted>; 3] = Default::default();
        let mut with: [HashMap<String, u32>; FIELDS] = Default::default();
        let mut average = [0.0; FIELDS];
        for article in &content.articles {
            for lang in Lang::ALL {
                let version = article.version(lang);
                let front = &version.front;
                let texts = [&front.title, &front.tags.join(" "), &front.summary, &version.rendered.plain_text];
                let mut counted =
                    Counted { slug: article.slug.clone(), counts: Default::default(), lengths: [0.0; FIELDS] };
                for (f, text) in texts.iter().enumerate() {
                    for token in tokenizer.tokens(text) {
                        *counted.counts[f].entry(token).or_default() += 1;
                        counted.lengths[f] += 1.0;
                    }
                    for word in counted.counts[f].keys() {
                        *with[f].entry(word.clone()).or_default() += 1;
                    }
                    average[f] += counted.lengths[f];
                }
                docs[lang as usize].push(counted);
            }
        }
        let total = docs.iter().map(Vec::len).sum::<usize>().max(1) as f32;
        average.iter_mut().for_each(|a| *a = (*a / total).max(1.0));
        WordCounts { tokenizer, docs, with, average, total }
    }

    /// Each article's score for `query` in `lang`, best first; articles
    /// sharing no word with it are left out.
    pub fn scores(&self, lang: Lang, query: &str) -> Vec<(String, f32)> {
        let docs = &self.docs[lang as usize];
        let mut scores = vec![0.0f32; docs.len()];
        for term in self.tokenizer.terms(query).iter().take(MAX_QUERY_TERMS) {
            for (f, boost) in FIELD_BOOSTS.iter().enumerate() {
                let Some(&with) = self.with[f].get(term) else { continue };
                let with = with as f32;
                let idf = (1.0 + (self.total - with + 0.5) / (with + 0.5)).ln();
                for (score, doc) in scores.iter_mut().zip(docs) {
                    let Some(&tf) = doc.counts[f].get(term) else { continue };
                    let tf = tf as f32;
                    let norm = K1 * (1.0 - B + B * doc.lengths[f] / self.average[f]);
                    *score += boost * idf * tf * (K1 + 1.0) / (tf + norm);
                }
            }
        }
        let mut ranked: Vec<(String, f32)> =
            docs.iter().zip(scores).filter(|(_, s)| *s > 0.0).map(|(d, s)| (d.slug.clone(), s)).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        ranked
    }
}
