//! Full-text search over the library with tantivy: one in-memory index,
//! one document per article and language (Chinese standing in where a
//! translation is missing), fields weighted title > tags, summary > body.

use super::{
    content::Content,
    tokenizer::{MixedScriptTokenizer, NAME},
};
use domain::Lang;
use tantivy::{
    collector::TopDocs,
    query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery},
    schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING},
    Index, IndexReader, TantivyDocument, Term,
};

pub struct SearchIndex {
    reader: IndexReader,
    tokenizer: MixedScriptTokenizer,
    fields: Fields,
}

#[derive(Clone, Copy)]
struct Fields {
    slug: Field,
    lang: Field,
    title: Field,
    summary: Field,
    tags: Field,
    body: Field,
}

/// A ranked match: which article, how well, and a passage of its text with
/// the matched words in `<b>` (the rest escaped).
#[derive(Debug, Clone)]
pub struct Hit {
    pub slug: String,
    pub score: f32,
    pub snippet_html: String,
}

#[derive(Debug, thiserror::Error)]
#[error("search index: {0}")]
pub struct SearchError(#[from] tantivy::TantivyError);

/// As many words of a query as are looked up.
pub(super) const MAX_QUERY_TERMS: usize = 32;
/// The weight of a match in each field: title, tags, summary, body (the
/// chat's word counts, `counts.rs`, weigh them the same).
pub(super) const FIELD_BOOSTS: [f32; 4] = [3.0, 2.0, 2.0, 1.0];

impl SearchIndex {
    pub fn build(content: &Content) -> Result<SearchIndex, SearchError> {
        let mut schema = Schema::builder();
        let text = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default().set_tokenizer(NAME).set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let fields = Fields {
            slug: schema.add_text_field("slug", STRING | STORED),
            lang: schema.add_text_field("lang", STRING),
            title: schema.add_text_field("title", text.clone()),
            summary: schema.add_text_field("summary", text.clone()),
            tags: schema.add_text_field("tags", text.clone()),
            body: schema.add_text_field("body", text | STORED),
        };
        let index = Index::create_in_ram(schema.build());
        let tokenizer = MixedScriptTokenizer::default();
        index.tokenizers().register(NAME, tokenizer.clone());
        let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
        for article in &content.articles {
            for lang in Lang::ALL {
                let version = article.version(lang);
                let mut doc = TantivyDocument::default();
                doc.add_text(fields.slug, &article.slug);
                doc.add_text(fields.lang, lang.slug());
                doc.add_text(fields.title, &version.front.title);
                doc.add_text(fields.summary, &version.front.summary);
                doc.add_text(fields.tags, version.front.tags.join(" "));
                doc.add_text(fields.body, &version.rendered.plain_text);
                writer.add_document(doc)?;
            }
        }
        writer.commit()?;
        let reader = index.reader()?;
        Ok(SearchIndex { reader, tokenizer, fields })
    }

    /// The best `limit` articles for `query` among those shown in `lang`.
    pub fn search(&self, lang: Lang, query: &str, limit: usize) -> Result<Vec<Hit>, SearchError> {
        let terms = self.tokenizer.terms(query);
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let f = self.fields;
        let mut any_term: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for term in terms.iter().take(MAX_QUERY_TERMS) {
            for (field, boost) in [f.title, f.tags, f.summary, f.body].into_iter().zip(FIELD_BOOSTS) {
                let q = TermQuery::new(Term::from_field_text(field, term), IndexRecordOption::WithFreqs);
                any_term.push((Occur::Should, Box::new(BoostQuery::new(Box::new(q), boost))));
            }
        }
        let in_lang = TermQuery::new(Term::from_field_text(f.lang, lang.slug()), IndexRecordOption::Basic);
        let query = BooleanQuery::new(vec![
            (Occur::Must, Box::new(in_lang) as Box<dyn Query>),
            (Occur::Must, Box::new(BooleanQuery::new(any_term))),
        ]);
        let searcher = self.reader.searcher();
        let top = searcher.search(&query, &TopDocs::with_limit(limit))?;
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let slug = doc.get_first(f.slug).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
            let body = doc.get_first(f.body).and_then(|v| v.as_str()).unwrap_or_default();
            let snippet_html = super::snippet::snippet_html(body, &terms);
            hits.push(Hit { slug, score, snippet_html });
        }
        Ok(hits)
    }

    /// Number of indexed documents (articles × languages).
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
