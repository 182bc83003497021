//! The staff console's view of the world.

use crate::appeal::{AppealStatus, AppealView, Choice};
use serde::{Deserialize, Serialize};

named_enum! {
    /// What a staff account is for.
    StaffRole {
        /// Handles reports and mediations: the console as it was.
        Handler = "handler",
        /// A bilingual reviewer of the Tibetan and Yi: sees the readers'
        /// feedback and the texts, never a resident's case.
        Reviewer = "reviewer",
    }
}

// `named_enum!` fixes the derives, so the default is written out.
#[allow(clippy::derivable_impls)]
impl Default for StaffRole {
    fn default() -> StaffRole {
        StaffRole::Handler
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffUser {
    pub username: String,
    pub display_name: String,
    pub unit: String,
    pub unit_name: String,
    /// Sent back with every form: a request without it is refused (CSRF).
    pub csrf_token: String,
    #[serde(default)]
    pub role: StaffRole,
}

/// A reviewer's first page: every Tibetan and Yi article with its open
/// feedback, most flagged first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReviewDesk {
    pub articles: Vec<ReviewArticle>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewArticle {
    pub lang: crate::Lang,
    pub slug: String,
    pub title: String,
    /// Whether the translation is still machine-drafted.
    pub machine_drafted: bool,
    /// Sections reviewed, of all.
    #[serde(default)]
    pub reviewed: usize,
    #[serde(default)]
    pub sections: usize,
    /// Open feedback, oldest first.
    pub feedback: Vec<ReviewFeedback>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewFeedback {
    pub at: i64,
    pub section: String,
    pub kind: crate::review::FeedbackKind,
    pub text: Option<String>,
}

/// One text at the review desk, `/staff/review/{lang}/{doc}`: an article's
/// sections, or the UI messages (`doc` = `ui`), each beside its Chinese.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReviewText {
    pub lang: crate::Lang,
    pub doc: String,
    pub title: String,
    pub parts: Vec<ReviewPart>,
    /// Parts reviewed, of all.
    pub reviewed: usize,
    pub total: usize,
    /// The UI messages come a group at a time (the id up to its first
    /// `-`: `home`, `guide`, …): each group and its number of messages.
    pub groups: Vec<(String, usize)>,
    pub group: String,
}

/// The group of a UI message at the review desk: `guide-read-chinese` is
/// in `guide`.
pub fn message_group(id: &str) -> &str {
    id.split('-').next().unwrap_or(id)
}

/// A section (`s0` … `sN`) or a UI message, with what the reviewer needs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReviewPart {
    pub id: String,
    /// The Chinese heading of a section; empty for a message.
    pub heading: String,
    /// The Chinese source text (Markdown or a Fluent value).
    pub chinese: String,
    /// The text as saved now, as it is edited.
    pub text: String,
    /// The text as readers see it (articles), rendered by the server.
    pub html: String,
    /// The newest revision; 0 while the file's text stands.
    pub seq: i64,
    /// (who, `YYYY-MM-DD`) of the review of this text.
    pub reviewed: Option<(String, String)>,
    pub feedback: Vec<ReviewFeedback>,
    /// Newest first.
    pub history: Vec<RevisionLine>,
    /// An edit sent back: the draft, its preview, and what is wrong with it.
    pub draft: Option<Draft>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub text: String,
    pub html: String,
    /// A `staff-review-error-*` message and its detail.
    pub error: Option<(String, String)>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RevisionLine {
    pub seq: i64,
    pub at: i64,
    pub author: String,
    pub note: String,
    pub reviewed: Option<(String, String)>,
    /// What changed from the revision before (or the file's text).
    pub diff: Vec<DiffPiece>,
}

/// A run of text kept, added or removed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum DiffPiece {
    Same(String),
    Added(String),
    Removed(String),
}

/// One line of a unit's queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QueueItem {
    pub tracking_no: String,
    pub category: String,
    pub village: String,
    pub unit: String,
    pub status: AppealStatus,
    pub due_at: i64,
    pub overdue: bool,
    /// Other residents' reports joined to this one (`appeal::SameProblem`),
    /// handled with it and not listed apart.
    #[serde(default)]
    pub joined: u32,
}

/// An appeal as its handling staff see it: with the phone number in full.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffAppeal {
    pub appeal: AppealView,
    pub phone: Option<String>,
    pub name: Option<String>,
    /// Where it may be sent: the unit above and the units below.
    pub transfer_to: Vec<Choice>,
    /// The other reports of its group (joined to it, or it and they to
    /// one), which every action on it also moves.
    pub group: Vec<String>,
    /// The village's volunteer teams it may be handed to (派给志愿队);
    /// empty for staff above whose reach the village is not.
    #[serde(default)]
    pub teams: Vec<Choice>,
    /// The team it was handed to, with the team's members.
    #[serde(default)]
    pub team_task: Option<crate::volunteer::TeamTask>,
}

/// The console's search: any case of the user's units by number, phone or
/// words of the description, narrowed by status, category, village and
/// overdue, newest first, a page at a time. Empty fields narrow nothing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CaseFilter {
    pub q: String,
    /// An `AppealStatus`, or `open` for received and accepted together.
    pub status: String,
    pub category: String,
    pub village: String,
    pub overdue: bool,
    /// From 0.
    pub page: u32,
}

pub const CASES_PER_PAGE: u32 = 20;
/// Longer searches are typing accidents, not descriptions.
pub const SEARCH_MAX_CHARS: usize = 100;

impl CaseFilter {
    /// Reads the console's query string; `None` for a value no form of
    /// the console sends (a status that does not exist, a page that is not
    /// a number, a search that is too long).
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Option<CaseFilter> {
        let field = |name: &str| get(name).map(|v| v.trim().to_owned()).unwrap_or_default();
        let status = field("status");
        let known = status.is_empty() || status == "open" || AppealStatus::parse(&status).is_some();
        let page = match field("page").as_str() {
            "" => 0,
            n => n.parse().ok()?,
        };
        let q = field("q");
        (known && q.chars().count() <= SEARCH_MAX_CHARS).then(|| CaseFilter {
            q,
            status,
            category: field("category"),
            village: field("village"),
            overdue: matches!(field("overdue").as_str(), "1" | "on" | "yes"),
            page,
        })
    }

    /// Whether anything is asked: if not, the console shows its queue.
    pub fn is_search(&self) -> bool {
        !self.q.is_empty()
            || !self.status.is_empty()
            || !self.category.is_empty()
            || !self.village.is_empty()
            || self.overdue
    }

    /// The query string of another page of the same search.
    pub fn page_query(&self, page: u32) -> Vec<(&'static str, String)> {
        let mut pairs = vec![
            ("q", self.q.clone()),
            ("status", self.status.clone()),
            ("category", self.category.clone()),
            ("village", self.village.clone()),
        ];
        if self.overdue {
            pairs.push(("overdue", "1".into()));
        }
        pairs.retain(|(_, v)| !v.is_empty());
        pairs.push(("page", page.to_string()));
        pairs
    }
}

/// A page of search results.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CaseList {
    pub items: Vec<QueueItem>,
    /// How many cases match, on every page together.
    pub total: u32,
}

/// What the search form offers: the categories, and the villages of the
/// user's units.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FilterChoices {
    pub categories: Vec<Choice>,
    pub villages: Vec<Choice>,
}

/// The console's figures: this month's, exact (staff see small counts),
/// for the user's unit and each unit right below it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StaffFigures {
    pub month: String,
    pub rows: Vec<(String, crate::stats::Figures)>,
}

/// One mediation request in the console's list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MediationItem {
    pub tracking_no: String,
    pub status: crate::mediator::MediationStatus,
    pub dispute_type: crate::mediator::Specialty,
    pub village: String,
    pub unit: String,
    pub mediator: Option<String>,
    pub created_at: i64,
}

/// A mediation as the arranging unit sees it: both phones, both sides'
/// recusals, and the mediators it may assign.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffMediation {
    pub view: crate::mediator::MediationView,
    pub phone_a: Option<String>,
    pub phone_b: Option<String>,
    pub b_picks: Vec<String>,
    /// Names of every mediator recused by either side.
    pub recused: Vec<String>,
    /// Mediators not recused by either side, the best fit first (specialty,
    /// language, township).
    pub candidates: Vec<crate::mediator::MediatorCard>,
}

/// The grid report form (网格发现): a grid worker, or a village's staff,
/// report what they found on a round, routed like a resident's report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GridReportForm {
    pub categories: Vec<Choice>,
    /// The user's own village (a grid's, or the village user's).
    pub villages: Vec<Choice>,
    /// A fresh key, so a resent form makes one report.
    pub idempotency_key: String,
}
