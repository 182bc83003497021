//! The reviewer's editing desk, `/staff/review/{lang}/{doc}`: an article's
//! sections (or the UI messages, `doc` = `ui`) beside the Chinese, with the
//! readers' feedback, an edit box, preview, save, "reviewed", history and
//! revert. The page is drawn by the app (`app/src/staff/review.rs`); the
//! forms post here. Only reviewers reach either.

use super::{
    messages, publish,
    revisions::{self, Revision, RevisionError, UI},
    status::{served_messages, staff_only},
};
use crate::db::ExecuteInTurn;
use crate::{
    edge::session::{AnyStaffForm, CsrfField},
    error::ApiError,
    AppState,
};
use axum::{extract::Path, extract::State, response::Redirect};
use domain::{
    paths,
    review::FeedbackKind,
    staff::{
        message_group, DiffPiece, Draft, ReviewFeedback, ReviewPart, ReviewText, RevisionLine, StaffRole, StaffUser,
    },
    Lang,
};
use serde::Deserialize;

/// The languages reviewed here; Chinese is the source.
fn reviewed_lang(lang: &str) -> Option<Lang> {
    lang.parse().ok().filter(|l| *l != Lang::Zh)
}

/// What changed from `before` to `after`, in runs of characters.
pub fn diff(before: &str, after: &str) -> Vec<DiffPiece> {
    use similar::{ChangeTag, TextDiff};
    let mut pieces: Vec<DiffPiece> = Vec::new();
    for change in TextDiff::from_chars(before, after).iter_all_changes() {
        let text = change.value();
        match (change.tag(), pieces.last_mut()) {
            (ChangeTag::Equal, Some(DiffPiece::Same(run)))
            | (ChangeTag::Insert, Some(DiffPiece::Added(run)))
            | (ChangeTag::Delete, Some(DiffPiece::Removed(run))) => run.push_str(text),
            (ChangeTag::Equal, _) => pieces.push(DiffPiece::Same(text.to_owned())),
            (ChangeTag::Insert, _) => pieces.push(DiffPiece::Added(text.to_owned())),
            (ChangeTag::Delete, _) => pieces.push(DiffPiece::Removed(text.to_owned())),
        }
    }
    pieces
}

/// A part's revisions, newest first, each with its difference from the one
/// before it (the oldest from the file's text).
fn history(revisions: &[&Revision], file_text: &str) -> Vec<RevisionLine> {
    revisions
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let before = revisions.get(i + 1).map_or(file_text, |b| b.text.as_str());
            RevisionLine {
                seq: r.seq,
                at: r.at,
                author: r.author_name.clone(),
                note: r.note.clone(),
                reviewed: r.reviewed(),
                diff: diff(before.trim(), r.text.trim()),
            }
        })
        .collect()
}

/// A draft sent back to the page, from the query.
pub struct DraftQuery {
    pub part: String,
    pub text: String,
    pub error: Option<(String, String)>,
}

/// The page's data, or `None` for anyone but a reviewer or an unknown text.
pub async fn text(
    state: &AppState,
    user: &StaffUser,
    lang: &str,
    doc: &str,
    group: Option<&str>,
    draft: Option<DraftQuery>,
) -> Result<Option<ReviewText>, sqlx::Error> {
    let Some(lang) = reviewed_lang(lang).filter(|_| user.role == StaffRole::Reviewer) else { return Ok(None) };
    let revisions = revisions::of_doc(&state.db, lang, doc).await?;
    let of_part = |part: &str| -> Vec<&Revision> { revisions.iter().filter(|r| r.part == part).collect() };
    let feedback: Vec<(i64, String, String, Option<String>)> = sqlx::query_as(
        "SELECT at, section, kind, text FROM feedback WHERE status = 'open' AND lang = $1 AND slug = $2 ORDER BY at",
    )
    .bind(lang.slug())
    .bind(doc)
    .fetch_all(&state.db)
    .await?;
    let feedback_on = |part: &str| -> Vec<ReviewFeedback> {
        feedback
            .iter()
            .filter(|f| f.1 == part)
            .map(|f| ReviewFeedback {
                at: f.0,
                section: f.1.clone(),
                kind: FeedbackKind::parse(&f.2).unwrap_or(FeedbackKind::Other),
                text: f.3.clone(),
            })
            .collect()
    };
    let library = state.guides.now();
    let mut text = if doc == UI {
        let newest = revisions::newest(&state.db).await?;
        let chinese = messages::read(&messages::embedded(Lang::Zh));
        let built_in = messages::read(&messages::embedded(lang));
        let served = served_messages(lang, &newest);
        let parts = chinese
            .into_iter()
            .filter(|m| !staff_only(&m.id))
            .map(|zh| {
                let now = served.iter().find(|m| m.id == zh.id);
                let file = built_in.iter().find(|m| m.id == zh.id).map_or("", |m| m.value.as_str());
                let mine = of_part(&zh.id);
                ReviewPart {
                    seq: mine.first().map_or(0, |r| r.seq),
                    text: now.map_or_else(String::new, |m| m.value.clone()),
                    reviewed: now.and_then(|m| m.reviewed.clone()),
                    history: history(&mine, file),
                    feedback: Vec::new(),
                    chinese: zh.value,
                    id: zh.id,
                    ..ReviewPart::default()
                }
            })
            .collect();
        let mut text = ReviewText { lang, doc: doc.to_owned(), title: "UI".to_owned(), parts, ..ReviewText::default() };
        for part in &text.parts {
            let g = message_group(&part.id);
            match text.groups.iter_mut().find(|(name, _)| name == g) {
                Some((_, n)) => *n += 1,
                None => text.groups.push((g.to_owned(), 1)),
            }
        }
        // One group at a time: the one asked for, or the draft's, or the first.
        let wanted = group.or(draft.as_ref().map(|d| message_group(&d.part))).unwrap_or("");
        text.group = match text.groups.iter().find(|(name, _)| name == wanted) {
            Some((name, _)) => name.clone(),
            None => text.groups.first().map(|g| g.0.clone()).unwrap_or_default(),
        };
        text.reviewed = text.parts.iter().filter(|p| p.reviewed.is_some()).count();
        text.total = text.parts.len();
        let shown = text.group.clone();
        text.parts.retain(|p| message_group(&p.id) == shown);
        text
    } else {
        let Some(version) = library.own_version(lang, doc) else { return Ok(None) };
        let Some(zh) = library.own_version(Lang::Zh, doc) else { return Ok(None) };
        let files = library.file_version(lang, doc);
        let parts = version
            .counted_parts()
            .map(|i| {
                let id = format!("s{i}");
                let mine = of_part(&id);
                let file = files.and_then(|f| f.parts.get(i)).map_or("", |p| p.as_str());
                let chinese = zh.parts.get(i).cloned().unwrap_or_default();
                ReviewPart {
                    heading: chinese.lines().next().unwrap_or("").trim_start_matches('#').trim().to_owned(),
                    chinese: chinese.trim().to_owned(),
                    text: version.parts[i].trim().to_owned(),
                    html: version.rendered.section_html[i].clone(),
                    seq: mine.first().map_or(0, |r| r.seq),
                    reviewed: version.review[i].clone(),
                    feedback: feedback_on(&id),
                    history: history(&mine, file.trim()),
                    draft: None,
                    id,
                }
            })
            .collect();
        let mut text = ReviewText {
            lang,
            doc: doc.to_owned(),
            title: version.front.title.clone(),
            parts,
            ..ReviewText::default()
        };
        text.reviewed = text.parts.iter().filter(|p| p.reviewed.is_some()).count();
        text.total = text.parts.len();
        text
    };
    if let Some(draft) = draft {
        let part = text.parts.iter_mut().find(|p| p.id == draft.part);
        if let Some(part) = part {
            let html = if doc == UI {
                String::new()
            } else {
                let n = draft.part[1..].parse().unwrap_or(0);
                library
                    .try_edit(lang, doc, n, &draft.text)
                    .map(|v| v.rendered.section_html[n].clone())
                    .unwrap_or_default()
            };
            part.draft = Some(Draft { text: draft.text, html, error: draft.error });
        }
    }
    Ok(Some(text))
}

#[derive(Deserialize)]
pub struct EditForm {
    #[serde(default)]
    csrf: String,
    /// `preview`, `save`, `reviewed` or `revert`.
    #[serde(default)]
    action: String,
    #[serde(default)]
    part: String,
    /// The revision the page showed (0: the file's text).
    #[serde(default)]
    base: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    note: String,
    /// The revision to go back to.
    #[serde(default)]
    to: String,
}

impl CsrfField for EditForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// What an edit breaks, as a console message and its detail.
fn check(state: &AppState, lang: Lang, doc: &str, part: &str, text: &str) -> Result<(), (&'static str, String)> {
    if doc == UI {
        let chinese = messages::read(&messages::embedded(Lang::Zh));
        let zh = chinese
            .iter()
            .find(|m| m.id == part && !staff_only(part))
            .ok_or(("staff-review-error-other", String::new()))?;
        return messages::check(part, text, &zh.value).map_err(|e| e.key());
    }
    let n: usize =
        part.strip_prefix('s').and_then(|n| n.parse().ok()).ok_or(("staff-review-error-other", String::new()))?;
    state.guides.now().try_edit(lang, doc, n, text).map(|_| ()).map_err(|e| e.key())
}

/// `POST /staff/review/{lang}/{doc}`: preview, save, mark reviewed, or
/// revert one part. A refused edit comes back to the page with the text
/// as typed and the reason.
pub async fn act(
    State(state): State<AppState>,
    Path((lang, doc)): Path<(String, String)>,
    AnyStaffForm { user, form }: AnyStaffForm<EditForm>,
) -> Result<Redirect, ApiError> {
    let Some(lang) = reviewed_lang(&lang).filter(|_| user.role == StaffRole::Reviewer) else {
        return Err(ApiError::NotFound);
    };
    let group = (doc == UI).then(|| message_group(&form.part).to_owned());
    let page = match &group {
        Some(g) => paths::with_query(paths::staff_review_text(lang, &doc), &[("group", g)]),
        None => paths::staff_review_text(lang, &doc),
    };
    let Some(current) = text(&state, &user, lang.slug(), &doc, group.as_deref(), None).await? else {
        return Err(ApiError::NotFound);
    };
    let Some(part) = current.parts.iter().find(|p| p.id == form.part) else { return Err(ApiError::NotFound) };
    let base: i64 = form.base.trim().parse().unwrap_or(-1);
    let back = |query: &[(&str, &str)]| {
        Redirect::to(&format!("{}#{}", paths::with_query(page.clone(), query), paths::segment(&part.id)))
    };
    let refused = |key: &str, detail: &str| {
        back(&[("part", &part.id), ("draft", &form.text), ("error", key), ("detail", detail)])
    };
    let note = form.note.trim().chars().take(200).collect::<String>();
    let done = match form.action.as_str() {
        "preview" => {
            return Ok(match check(&state, lang, &doc, &part.id, &form.text) {
                Ok(()) => back(&[("part", &part.id), ("draft", &form.text)]),
                Err((key, detail)) => refused(key, &detail),
            });
        }
        "save" => {
            if let Err((key, detail)) = check(&state, lang, &doc, &part.id, &form.text) {
                return Ok(refused(key, &detail));
            }
            let text = form.text.replace("\r\n", "\n").trim().to_owned();
            match revisions::save(&state.db, lang, &doc, &part.id, base, &text, &note, &user, false).await {
                Ok(_) => "saved",
                Err(RevisionError::Stale) => return Ok(refused("staff-review-error-stale", "")),
                Err(RevisionError::Database(e)) => return Err(e.into()),
            }
        }
        "reviewed" => {
            match revisions::mark_reviewed(&state.db, lang, &doc, &part.id, base, &part.text, &user).await {
                Ok(()) => {}
                Err(RevisionError::Stale) => return Ok(back(&[("error", "staff-review-error-stale")])),
                Err(RevisionError::Database(e)) => return Err(e.into()),
            }
            // Someone read the passage the readers flagged: their feedback is answered.
            sqlx::query("UPDATE feedback SET status = 'reviewed' WHERE lang = $1 AND slug = $2 AND section = $3 AND status = 'open'")
                .bind(lang.slug())
                .bind(&doc)
                .bind(&part.id)
                .execute_in_turn(&state.db)
                .await?;
            "reviewed"
        }
        "revert" => {
            let to: i64 = form.to.trim().parse().unwrap_or(0);
            let Some(old) = part.history.iter().find(|r| r.seq == to) else { return Err(ApiError::NotFound) };
            let old_text: String = old
                .diff
                .iter()
                .filter_map(|d| match d {
                    DiffPiece::Same(t) | DiffPiece::Added(t) => Some(t.as_str()),
                    DiffPiece::Removed(_) => None,
                })
                .collect();
            let note = format!("↩ #{to}");
            match revisions::save(&state.db, lang, &doc, &part.id, base, &old_text, &note, &user, false).await {
                Ok(_) => "reverted",
                Err(RevisionError::Stale) => return Ok(back(&[("error", "staff-review-error-stale")])),
                Err(RevisionError::Database(e)) => return Err(e.into()),
            }
        }
        _ => return Err(ApiError::NotFound),
    };
    let detail = format!("{} {doc} {} {}", lang.slug(), part.id, form.action);
    state.staff.audit(&user.username, "review-text", None, Some(&detail)).await?;
    if let Err(e) = publish(&state).await {
        tracing::error!(error = %e, "serving the saved text failed");
    }
    Ok(back(&[("done", done)]))
}
