//! `gongdao export-translations DIR`: the Tibetan and Yi texts as served
//! now (the files with the reviewers' saved texts) written back as the
//! repository lays them out, `DIR/content/guide/{slug}/{bo,ii}.md` and
//! `DIR/locales/{bo,ii}/app.ftl`, with who reviewed what and when, so the
//! reviewed text can be committed.

use super::{message_edits, messages, revisions};
use crate::{guide::content::ReviewedSection, AppState};
use domain::{guide::TranslationStatus, Lang};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error("{0}: {1}")]
    Write(String, std::io::Error),
    #[error("front matter: {0}")]
    Toml(#[from] toml::ser::Error),
}

/// Writes the files; answers how many were written.
pub async fn export(state: &AppState, dir: &Path) -> Result<usize, ExportError> {
    let library = state.guides.now();
    let write = |path: &Path, text: &str| -> Result<(), ExportError> {
        let shown = || path.display().to_string();
        std::fs::create_dir_all(path.parent().unwrap_or(dir)).map_err(|e| ExportError::Write(shown(), e))?;
        std::fs::write(path, text).map_err(|e| ExportError::Write(shown(), e))
    };
    let mut written = 0;
    for article in library.articles() {
        for lang in [Lang::Bo, Lang::Ii] {
            let Some(version) = &article.versions[lang as usize] else { continue };
            let mut front = version.front.clone();
            front.reviewed = version
                .counted_parts()
                .filter_map(|i| {
                    let (by, on) = version.review[i].clone()?;
                    Some(ReviewedSection { section: format!("s{i}"), by, on })
                })
                .collect();
            let (_, _, all) = version.review_progress();
            front.translation =
                if all.is_some() { TranslationStatus::Reviewed } else { TranslationStatus::MachineDrafted };
            let text = format!("+++\n{}+++\n{}", toml::to_string(&front)?, version.parts.concat());
            write(&dir.join("content/guide").join(&article.slug).join(format!("{}.md", lang.tag())), &text)?;
            written += 1;
        }
    }
    let newest = revisions::newest(&state.db).await?;
    for lang in [Lang::Bo, Lang::Ii] {
        let ftl = messages::patch(&messages::embedded(lang), &message_edits(&newest, lang));
        write(&dir.join("locales").join(lang.tag()).join("app.ftl"), &ftl)?;
        written += 1;
    }
    Ok(written)
}
