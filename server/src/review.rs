//! Native readers and reviewers make the Tibetan and Yi right (issue 19):
//! readers' feedback on every section, the reviewer's desk, revisions
//! served at once, the export back to the repository, and the coverage in
//! public.

pub mod desk;
pub mod export;
pub mod feedback;
pub mod messages;
pub mod revisions;
pub mod status;

use crate::{guide::SectionEdit, AppState};
use domain::Lang;
use revisions::{Revision, UI};
use std::collections::BTreeMap;

#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Guides(#[from] crate::guide::GuideError),
    #[error("building the library stopped: {0}")]
    Stopped(String),
}

/// The saved sections of articles, as edits over the files.
pub fn section_edits(newest: &[Revision]) -> Vec<SectionEdit> {
    newest
        .iter()
        .filter(|r| r.doc != UI)
        .filter_map(|r| {
            Some(SectionEdit {
                lang: r.lang.parse().ok()?,
                slug: r.doc.clone(),
                part: r.part.strip_prefix('s')?.parse().ok()?,
                text: r.text.clone(),
                reviewed: r.reviewed(),
            })
        })
        .collect()
}

/// The saved UI messages of a language: id → (value, reviewed).
pub type MessageEdits = BTreeMap<String, (String, Option<(String, String)>)>;

pub fn message_edits(newest: &[Revision], lang: Lang) -> MessageEdits {
    newest
        .iter()
        .filter(|r| r.doc == UI && r.lang == lang.slug())
        .map(|r| (r.part.clone(), (r.text.clone(), r.reviewed())))
        .collect()
}

/// Serves the newest saved texts: builds the library again (files plus
/// saved sections, searched anew), the chat's sections, the UI messages,
/// and forgets the cached pages.
pub async fn publish(state: &AppState) -> Result<(), ReviewError> {
    // Read before the texts: a save during the build is seen next time.
    let fingerprint = revisions::fingerprint(&state.db).await?;
    let newest = revisions::newest(&state.db).await?;
    let edits = section_edits(&newest);
    let current = state.guides.now();
    // Building the search index takes a moment of CPU: off the async workers.
    let library = tokio::task::spawn_blocking(move || current.with_edits(&edits))
        .await
        .map_err(|e| ReviewError::Stopped(e.to_string()))??;
    state.chat.refresh(&library);
    let coverage = status::coverage(&library, &newest);
    state.guides.replace(library, coverage);
    for lang in [Lang::Bo, Lang::Ii] {
        let values = message_edits(&newest, lang);
        if values.is_empty() {
            continue;
        }
        let ftl = messages::patch(&messages::embedded(lang), &values);
        if let Err(e) = app::i18n::reload(lang, ftl) {
            tracing::error!(%lang, error = %e, "saved UI messages do not load; the built-in ones stay");
        }
    }
    state.pages.clear();
    state.guides.set_served(fingerprint);
    Ok(())
}

/// At start: serves the saved texts, if there are any.
pub async fn publish_saved(state: &AppState) -> Result<(), ReviewError> {
    if revisions::fingerprint(&state.db).await? != (0, 0) {
        publish(state).await?;
    } else {
        let library = state.guides.now();
        state.guides.replace_coverage(status::coverage(&library, &[]));
    }
    Ok(())
}

/// Every half minute: builds the library again when the saved texts in
/// the database are not the ones served, as when another instance saved.
pub fn spawn_watch(state: AppState) {
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(std::time::Duration::from_secs(30)).await;
            match revisions::fingerprint(&state.db).await {
                Ok(now) if now != state.guides.served() => {
                    if let Err(e) = publish(&state).await {
                        tracing::error!(error = %e, "serving the saved texts failed");
                    }
                }
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "reading the saved texts failed"),
            }
        }
    });
}
