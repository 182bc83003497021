//! The staff console, `/staff`: sign in, the queue of the user's unit and
//! the units below it (most urgent first), and one appeal with its actions.
//! Server-rendered forms only; every form carries the session's CSRF token.
//! In Chinese: the staff of the county, townships and villages read it.

mod bank;
mod cases;
mod grid;
mod review;
mod volunteers;

use crate::{
    t,
    track::{AppealFacts, Timeline},
};
use bank::{BankAccountDesk, BankList};
use cases::{CaseLine, Found, MonthFigures, OverdueByUnit, SearchForm};
use domain::{
    appeal::AppealStatus,
    bank::{BankDesk, StaffAccount},
    mediator::{MediationStatus, Outcome},
    paths,
    staff::{
        CaseFilter, CaseList, FilterChoices, GridReportForm, MediationItem, QueueItem, StaffAppeal, StaffFigures,
        StaffMediation, StaffUser,
    },
    time::china_time,
    Lang,
};
use grid::GridReport;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_location, use_params_map, use_query_map};
use volunteers::{TeamForms, VolunteersDesk};

/// What the server provides to the console (`server/src/staff.rs`).
#[cfg(feature = "ssr")]
pub trait StaffStore: Send + Sync + 'static {
    fn user<'a>(&'a self, cookies: &'a str) -> BoxFuture<'a, Option<StaffUser>>;
    fn queue<'a>(&'a self, user: &'a StaffUser) -> BoxFuture<'a, Vec<QueueItem>>;
    /// This month's figures of the user's units, exact.
    fn figures<'a>(&'a self, user: &'a StaffUser) -> BoxFuture<'a, Option<StaffFigures>>;
    fn search<'a>(&'a self, user: &'a StaffUser, filter: &'a CaseFilter) -> BoxFuture<'a, Option<CaseList>>;
    fn filter_choices(&self, user: &StaffUser) -> FilterChoices;
    /// The grid report form, for grid and village staff only.
    fn grid_form(&self, user: &StaffUser) -> Option<GridReportForm>;
    fn appeal<'a>(&'a self, user: &'a StaffUser, no: &'a str) -> BoxFuture<'a, Option<StaffAppeal>>;
    fn mediations<'a>(&'a self, user: &'a StaffUser) -> BoxFuture<'a, Vec<MediationItem>>;
    fn mediation<'a>(&'a self, user: &'a StaffUser, no: &'a str) -> BoxFuture<'a, Option<StaffMediation>>;
    /// A reviewer's desk: the articles and their open feedback; `None` for
    /// anyone but a reviewer.
    fn review<'a>(&'a self, user: &'a StaffUser) -> BoxFuture<'a, Option<domain::staff::ReviewDesk>>;
    /// One text at the review desk (`doc` an article's slug or `ui`), with
    /// a draft sent back (part, text, error key, detail); `None` for anyone
    /// but a reviewer or an unknown text.
    fn review_text<'a>(
        &'a self,
        user: &'a StaffUser,
        lang: &'a str,
        doc: &'a str,
        query: ReviewQuery,
    ) -> BoxFuture<'a, Option<domain::staff::ReviewText>>;
    /// The culture bank's accounts of the user's villages; `None` for a
    /// user without villages (a grid worker).
    fn bank<'a>(&'a self, user: &'a StaffUser) -> BoxFuture<'a, Option<BankDesk>>;
    fn bank_account<'a>(&'a self, user: &'a StaffUser, no: &'a str) -> BoxFuture<'a, Option<StaffAccount>>;
    /// Applications, rosters and patrol shifts; `None` for a user who
    /// decides no application.
    fn volunteers<'a>(&'a self, user: &'a StaffUser) -> BoxFuture<'a, Option<domain::volunteer::VolunteerDesk>>;
}

/// An edit sent back to the review desk in the query: which part, the text
/// as typed, and what is wrong with it.
#[derive(Clone, Debug)]
pub struct ReviewDraft {
    pub part: String,
    pub text: String,
    pub error: Option<(String, String)>,
}

/// What the query asks of the review desk: a group of UI messages, and a
/// draft sent back.
#[derive(Clone, Debug, Default)]
pub struct ReviewQuery {
    pub group: Option<String>,
    pub draft: Option<ReviewDraft>,
}

#[cfg(feature = "ssr")]
type BoxFuture<'a, T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send + 'a>>;

const LANG: Lang = Lang::Zh;

/// The signed-in user, from the request's session cookie.
async fn signed_in() -> Option<StaffUser> {
    #[cfg(feature = "ssr")]
    {
        let store = use_context::<std::sync::Arc<dyn StaffStore>>()?;
        let parts = use_context::<http::request::Parts>()?;
        let cookies: Vec<&str> =
            parts.headers.get_all(http::header::COOKIE).iter().filter_map(|v| v.to_str().ok()).collect();
        store.user(&cookies.join("; ")).await
    }
    #[cfg(not(feature = "ssr"))]
    None
}

#[cfg(feature = "ssr")]
fn store() -> Option<std::sync::Arc<dyn StaffStore>> {
    use_context::<std::sync::Arc<dyn StaffStore>>()
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
enum Page {
    SignIn,
    Queue(Box<Overview>),
    Found(StaffUser, CaseFilter, CaseList, FilterChoices),
    /// A search the console's form cannot have sent.
    BadSearch(StaffUser),
    GridReport(StaffUser, GridReportForm),
    Appeal(StaffUser, Box<StaffAppeal>),
    Mediation(StaffUser, Box<StaffMediation>),
    Bank(StaffUser, BankDesk),
    BankAccount(StaffUser, Box<StaffAccount>),
    Volunteers(StaffUser, Box<domain::volunteer::VolunteerDesk>),
    Review(StaffUser, domain::staff::ReviewDesk),
    ReviewText(StaffUser, Box<domain::staff::ReviewText>),
    Missing,
}

/// The console's first page: what is pending, what is late, this month's
/// figures, and the search form.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct Overview {
    user: StaffUser,
    queue: Vec<QueueItem>,
    mediations: Vec<MediationItem>,
    figures: Option<StaffFigures>,
    choices: FilterChoices,
    /// Whether the user files grid reports (网格发现).
    reports: bool,
    /// Whether the user keeps culture bank accounts (文化银行).
    bank: bool,
    /// Whether the user decides volunteers' applications.
    volunteers: bool,
}

/// Which console page a path asks for.
#[derive(Clone, Debug)]
#[cfg_attr(not(feature = "ssr"), allow(dead_code))] // Only the server loads pages.
enum Wanted {
    Queue,
    Search(CaseFilter),
    BadSearch,
    GridReport,
    Appeal(String),
    Mediation(String),
    Bank,
    BankAccount(String),
    Volunteers,
    ReviewText(String, String, ReviewQuery),
}

async fn load(wanted: Wanted) -> Page {
    let Some(user) = signed_in().await else { return Page::SignIn };
    #[cfg(feature = "ssr")]
    {
        let Some(store) = store() else { return Page::Missing };
        // A reviewer sees the texts and the readers' feedback, never a case.
        if user.role != domain::staff::StaffRole::Handler {
            if let Wanted::ReviewText(lang, doc, query) = wanted {
                return match store.review_text(&user, &lang, &doc, query).await {
                    Some(text) => Page::ReviewText(user, Box::new(text)),
                    None => Page::Missing,
                };
            }
            return match (wanted, store.review(&user).await) {
                (Wanted::Queue, Some(desk)) => Page::Review(user, desk),
                _ => Page::Missing,
            };
        }
        match wanted {
            Wanted::Queue => {
                let queue = store.queue(&user).await;
                let mediations = store.mediations(&user).await;
                let figures = store.figures(&user).await;
                let choices = store.filter_choices(&user);
                let reports = store.grid_form(&user).is_some();
                let bank = store.bank(&user).await.is_some();
                let volunteers = store.volunteers(&user).await.is_some();
                Page::Queue(Box::new(Overview { user, queue, mediations, figures, choices, reports, bank, volunteers }))
            }
            Wanted::Search(filter) => match store.search(&user, &filter).await {
                Some(list) => {
                    let choices = store.filter_choices(&user);
                    Page::Found(user, filter, list, choices)
                }
                None => Page::Missing,
            },
            Wanted::BadSearch => Page::BadSearch(user),
            Wanted::GridReport => match store.grid_form(&user) {
                Some(form) => Page::GridReport(user, form),
                None => Page::Missing,
            },
            Wanted::Appeal(no) => match store.appeal(&user, &no).await {
                Some(appeal) => Page::Appeal(user, Box::new(appeal)),
                None => Page::Missing,
            },
            Wanted::Mediation(no) => match store.mediation(&user, &no).await {
                Some(m) => Page::Mediation(user, Box::new(m)),
                None => Page::Missing,
            },
            Wanted::Bank => match store.bank(&user).await {
                Some(desk) => Page::Bank(user, desk),
                None => Page::Missing,
            },
            Wanted::Volunteers => match store.volunteers(&user).await {
                Some(desk) => Page::Volunteers(user, Box::new(desk)),
                None => Page::Missing,
            },
            Wanted::BankAccount(no) => match store.bank_account(&user, &no).await {
                Some(account) => Page::BankAccount(user, Box::new(account)),
                None => Page::Missing,
            },
            // The review desk is for reviewers only.
            Wanted::ReviewText(..) => Page::Missing,
        }
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (user, wanted);
        Page::Missing
    }
}

#[component]
pub fn StaffPage() -> impl IntoView {
    provide_context(LANG);
    let params = use_params_map();
    let query = use_query_map();
    let no = params.with_untracked(|p| p.get("no"));
    let path = use_location().pathname.get_untracked();
    let mediation = path.starts_with("/staff/mediations/");
    let bank = path.starts_with("/staff/bank");
    let filter = query.with_untracked(|q| CaseFilter::from_query(|name| q.get(name)));
    let review = params.with_untracked(|p| p.get("lang").zip(p.get("doc")));
    let review_query = query.with_untracked(|q| {
        let draft = (|| {
            Some(ReviewDraft {
                part: q.get("part")?,
                text: q.get("draft")?,
                error: q.get("error").map(|e| (e, q.get("detail").unwrap_or_default())),
            })
        })();
        ReviewQuery { group: q.get("group"), draft }
    });
    let wanted = match (no, filter) {
        _ if review.is_some() => {
            let (lang, doc) = review.unwrap_or_default();
            Wanted::ReviewText(lang, doc, review_query)
        }
        (None, _) if path == paths::staff_report() => Wanted::GridReport,
        (None, _) if bank => Wanted::Bank,
        (None, _) if path == paths::staff_volunteers() => Wanted::Volunteers,
        (Some(no), _) if bank => Wanted::BankAccount(no),
        (None, None) => Wanted::BadSearch,
        (None, Some(filter)) if filter.is_search() => Wanted::Search(filter),
        (None, Some(_)) => Wanted::Queue,
        (Some(no), _) if mediation => Wanted::Mediation(no),
        (Some(no), _) => Wanted::Appeal(no),
    };
    let (error, done) = query.with_untracked(|q| (q.get("error"), q.get("done")));
    let reported = query.with_untracked(|q| q.get("reported"));
    let page = Resource::new(|| (), move |_| load(wanted.clone()));
    view! {
        <Title text=t!(LANG, "staff-title") />
        <Meta name="robots" content="noindex" />
        <div class="page staff">
            <header class="site-header">
                <a class="site-name" href=paths::staff()>{t!(LANG, "staff-title")}</a>
            </header>
            <main id="main">
                <Suspense fallback=|| view! { <p class="loading">{t!(LANG, "loading")}</p> }>
                    {
                        let (error, done) = (error.clone(), done.clone());
                        move || {
                            let (error, done, reported) = (error.clone(), done.clone(), reported.clone());
                            Suspend::new(async move {
                                match page.await {
                                    Page::SignIn => view! { <SignIn failed=error.is_some() /> }.into_any(),
                                    Page::Queue(overview) => {
                                        view! { <Queue overview=*overview reported /> }.into_any()
                                    }
                                    Page::GridReport(user, form) => view! { <WhoAmI user=user.clone() /> <GridReport user form error /> }.into_any(),
                                    Page::Found(user, filter, list, choices) => {
                                        view! {
                                            <WhoAmI user />
                                            <Found filter=filter.clone() list />
                                            <SearchForm filter choices />
                                        }
                                            .into_any()
                                    }
                                    Page::BadSearch(user) => {
                                        #[cfg(feature = "ssr")]
                                        if let Some(r) = use_context::<leptos_axum::ResponseOptions>() {
                                            r.set_status(http::StatusCode::BAD_REQUEST);
                                        }
                                        view! {
                                            <WhoAmI user />
                                            <p class="error" role="alert">{t!(LANG, "staff-search-bad")}</p>
                                            <p><a href=paths::staff()>{t!(LANG, "staff-back")}</a></p>
                                        }
                                            .into_any()
                                    }
                                    Page::Mediation(user, m) => {
                                        view! { <MediationDesk user m=*m done error /> }.into_any()
                                    }
                                    Page::Bank(user, desk) => {
                                        view! { <WhoAmI user=user.clone() /> <BankList user desk done error /> }.into_any()
                                    }
                                    Page::BankAccount(user, account) => {
                                        view! { <WhoAmI user=user.clone() /> <BankAccountDesk user account=*account done error /> }.into_any()
                                    }
                                    Page::Volunteers(user, desk) => {
                                        view! { <WhoAmI user=user.clone() /> <VolunteersDesk user desk=*desk done error /> }.into_any()
                                    }
                                    Page::Review(user, desk) => {
                                        view! { <WhoAmI user=user.clone() /> <review::ReviewDeskPage desk /> }.into_any()
                                    }
                                    Page::ReviewText(user, text) => {
                                        view! { <WhoAmI user=user.clone() /> <review::ReviewTextPage user text=*text done error /> }.into_any()
                                    }
                                    Page::Appeal(user, appeal) => {
                                        view! { <AppealDesk user appeal=*appeal done error /> }.into_any()
                                    }
                                    Page::Missing => {
                                        #[cfg(feature = "ssr")]
                                        if let Some(r) = use_context::<leptos_axum::ResponseOptions>() {
                                            r.set_status(http::StatusCode::NOT_FOUND);
                                        }
                                        view! { <p class="error">{t!(LANG, "error-not-found")}</p> }.into_any()
                                    }
                                }
                            })
                        }
                    }
                </Suspense>
            </main>
        </div>
    }
}

#[component]
fn SignIn(failed: bool) -> impl IntoView {
    view! {
        <h1>{t!(LANG, "staff-sign-in")}</h1>
        {failed.then(|| view! { <p class="error" role="alert">{t!(LANG, "staff-sign-in-failed")}</p> })}
        <form class="track-form" method="post" action=paths::staff_login()>
            <label for="username">{t!(LANG, "staff-username")}</label>
            <input id="username" name="username" autocomplete="username" required />
            <label for="password">{t!(LANG, "staff-password")}</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required />
            <button type="submit" class="button">{t!(LANG, "staff-sign-in")}</button>
        </form>
    }
}

#[component]
fn WhoAmI(user: StaffUser) -> impl IntoView {
    view! {
        <form class="whoami" method="post" action=paths::staff_logout()>
            <span>{user.display_name} " · " {user.unit_name}</span>
            <input type="hidden" name="csrf" value=user.csrf_token />
            <button type="submit" class="button secondary">{t!(LANG, "staff-sign-out")}</button>
        </form>
    }
}

fn status_text(status: AppealStatus) -> String {
    crate::track::status_text(LANG, status)
}

#[component]
fn Queue(overview: Overview, reported: Option<String>) -> impl IntoView {
    let Overview { user, queue: items, mediations, figures, choices, reports, bank, volunteers } = overview;
    let empty = items.is_empty();
    let no_mediations = mediations.is_empty();
    view! {
        <WhoAmI user />
        {reported.map(|no| view! { <p class="ok" role="status">{t!(LANG, "staff-report-done", no = no)}</p> })}
        {reports.then(|| view! { <p><a class="button" href=paths::staff_report()>{t!(LANG, "staff-report")}</a></p> })}
        {bank.then(|| view! { <p><a class="button secondary" href=paths::staff_bank()>{t!(LANG, "staff-bank")}</a></p> })}
        {volunteers.then(|| view! { <p><a class="button secondary" href=paths::staff_volunteers()>{t!(LANG, "staff-volunteers")}</a></p> })}
        <h1>{t!(LANG, "staff-queue")}</h1>
        {empty.then(|| view! { <p>{t!(LANG, "staff-queue-empty")}</p> })}
        <ul class="queue">{items.iter().cloned().map(|item| view! { <CaseLine item /> }).collect_view()}</ul>
        <OverdueByUnit items />
        <h2>{t!(LANG, "staff-mediations")}</h2>
        {no_mediations.then(|| view! { <p>{t!(LANG, "staff-mediations-empty")}</p> })}
        <ul class="queue mediations">
            {mediations
                .into_iter()
                .map(|m| {
                    let waiting = m.status == MediationStatus::Dispatch;
                    view! {
                        <li class:overdue=waiting>
                            <a href=paths::staff_mediation(&m.tracking_no)>{m.tracking_no.clone()}</a>
                            " " {crate::mediator::specialty_text(LANG, m.dispute_type)} " · " {m.village}
                            <br />
                            <span>{crate::mediator::status_text(LANG, m.status)} " · " {m.unit}</span>
                            {m.mediator.map(|name| view! { " · " <span>{name}</span> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <SearchForm filter=CaseFilter::default() choices />
        {figures.map(|figures| view! { <MonthFigures figures /> })}
    }
}

#[component]
fn AppealDesk(user: StaffUser, appeal: StaffAppeal, done: Option<String>, error: Option<String>) -> impl IntoView {
    let user_for_team = user.clone();
    let view = appeal.appeal.clone();
    let action = paths::staff_appeal(&view.tracking_no);
    let csrf = user.csrf_token.clone();
    let open = view.status.is_open();
    let hidden = move || view! { <input type="hidden" name="csrf" value=csrf.clone() /> };
    view! {
        <WhoAmI user />
        <p><a href=paths::staff()>{t!(LANG, "staff-back")}</a></p>
        <h1>{view.tracking_no.clone()}</h1>
        {done.map(|_| view! { <p class="ok" role="status">{t!(LANG, "staff-done")}</p> })}
        {error.map(|_| view! { <p class="error" role="alert">{t!(LANG, "staff-refused")}</p> })}
        <AppealFacts lang=LANG view=view.clone()>
            <dt>{t!(LANG, "staff-contact")}</dt>
            <dd>{appeal.name.clone().unwrap_or_default()} " " {appeal.phone.clone().unwrap_or_default()}</dd>
        </AppealFacts>
        {(!appeal.group.is_empty()).then(|| view! {
            <section class="group">
                <h2>{t!(LANG, "staff-group")}</h2>
                <p>{appeal.group.iter().map(|no| view! { <a href=paths::staff_appeal(no)>{no.clone()}</a> " " }).collect_view()}</p>
            </section>
        })}
        <h2>{t!(LANG, "track-what")}</h2>
        <p class="description">{view.description.clone()}</p>
        <div class="photos">
            {view
                .photos
                .iter()
                .map(|id| {
                    let src = paths::staff_appeal_photo(&view.tracking_no, id);
                    let href = src.clone();
                    view! { <a href=href><img class="photo" src=src alt=t!(LANG, "track-photos") /></a> }
                })
                .collect_view()}
        </div>
        <Timeline lang=LANG entries=view.timeline.clone() />
        {open.then(|| view! { <TeamForms user=user_for_team.clone() no=view.tracking_no.clone() teams=appeal.teams.clone() task=appeal.team_task.clone() /> })}
        {open
            .then(|| {
                view! {
                    <form class="resident-action" method="post" action=action.clone()>
                        {hidden()}
                        <input type="hidden" name="action" value="accept" />
                        <button type="submit" class="button">{t!(LANG, "staff-accept")}</button>
                    </form>
                    <form class="resident-action" method="post" action=action.clone()>
                        {hidden()}
                        <label for="reply">{t!(LANG, "staff-reply")}</label>
                        <textarea id="reply" name="text" rows="3" required maxlength="2000"></textarea>
                        <button type="submit" class="button" name="action" value="reply">{t!(LANG, "staff-reply-send")}</button>
                        " "
                        <button type="submit" class="button secondary" name="action" value="resolve">{t!(LANG, "staff-resolve")}</button>
                    </form>
                    <form class="resident-action" method="post" action=action.clone()>
                        {hidden()}
                        <input type="hidden" name="action" value="transfer" />
                        <label for="to">{t!(LANG, "staff-transfer")}</label>
                        <select id="to" name="to" required>
                            {appeal
                                .transfer_to
                                .iter()
                                .map(|u| view! { <option value=u.id.clone()>{u.name.clone()}</option> })
                                .collect_view()}
                        </select>
                        <button type="submit" class="button secondary">{t!(LANG, "staff-transfer-send")}</button>
                    </form>
                }
            })}
    }
}

/// One mediation for the arranging unit: both sides' contacts and lists,
/// and the next step: assign, set time and place, record the outcome.
#[component]
fn MediationDesk(user: StaffUser, m: StaffMediation, done: Option<String>, error: Option<String>) -> impl IntoView {
    let view = m.view.clone();
    let action = paths::staff_mediation(&view.tracking_no);
    let csrf = user.csrf_token.clone();
    let hidden = move || view! { <input type="hidden" name="csrf" value=csrf.clone() /> };
    let can_assign = matches!(view.status, MediationStatus::Dispatch | MediationStatus::Matched);
    let can_schedule = matches!(view.status, MediationStatus::Matched | MediationStatus::Scheduled);
    let error_text = error.map(|e| match e.as_str() {
        "recused" => t!(LANG, "staff-mediation-recused-refused"),
        "time" => t!(LANG, "staff-mediation-bad-time"),
        _ => t!(LANG, "staff-refused"),
    });
    let names = |list: &[String]| list.join("、");
    view! {
        <WhoAmI user />
        <p><a href=paths::staff()>{t!(LANG, "staff-back")}</a></p>
        <h1>{view.tracking_no.clone()}</h1>
        {done.map(|_| view! { <p class="ok" role="status">{t!(LANG, "staff-done")}</p> })}
        {error_text.map(|text| view! { <p class="error" role="alert">{text}</p> })}
        <dl class="appeal-facts">
            <dt>{t!(LANG, "track-status")}</dt>
            <dd class="status">{crate::mediator::status_text(LANG, view.status)}</dd>
            <dt>{t!(LANG, "mediation-dispute-type")}</dt>
            <dd>{crate::mediator::specialty_text(LANG, view.dispute_type)} " · " {view.township.clone()} " " {view.village.clone()}</dd>
            <dt>{t!(LANG, "staff-mediation-phone-a")}</dt>
            <dd>{m.phone_a.clone().unwrap_or_default()}</dd>
            <dt>{t!(LANG, "staff-mediation-phone-b")}</dt>
            <dd>{m.phone_b.clone().unwrap_or_default()}</dd>
            <dt>{t!(LANG, "staff-mediation-picks-a")}</dt>
            <dd>{names(&view.a_picks.iter().map(|c| c.name.clone()).collect::<Vec<_>>())}</dd>
            <dt>{t!(LANG, "staff-mediation-picks-b")}</dt>
            <dd>{names(&m.b_picks)}</dd>
            <dt>{t!(LANG, "staff-mediation-recused")}</dt>
            <dd class="recused">{names(&m.recused)}</dd>
            {view.mediator.clone().map(|c| view! { <dt>{t!(LANG, "mediation-the-mediator")}</dt><dd class="mediator">{c.name}</dd> })}
            {view.scheduled_at.map(|at| view! { <dt>{t!(LANG, "mediation-when-where")}</dt><dd>{china_time(at)} " · " {view.place.clone().unwrap_or_default()}</dd> })}
        </dl>
        <h2>{t!(LANG, "mediation-description")}</h2>
        <p class="description">{view.description.clone().unwrap_or_default()}</p>
        {can_assign.then(|| view! {
            <form class="resident-action" method="post" action=action.clone()>
                {hidden()}
                <input type="hidden" name="action" value="assign" />
                <label for="mediator">{t!(LANG, "staff-mediation-assign")}</label>
                <p class="hint">{t!(LANG, "staff-mediation-assign-hint")}</p>
                <select id="mediator" name="mediator" required>
                    {m.candidates.iter().map(|c| {
                        let label = format!(
                            "{} · {} · {}",
                            c.name,
                            c.specialties.iter().map(|s| crate::mediator::specialty_text(LANG, *s)).collect::<Vec<_>>().join("、"),
                            c.languages.iter().map(|l| crate::mediator::language_text(LANG, *l)).collect::<Vec<_>>().join("、"),
                        );
                        view! { <option value=c.id.clone()>{label}</option> }
                    }).collect_view()}
                </select>
                <button type="submit" class="button">{t!(LANG, "staff-mediation-assign-send")}</button>
            </form>
        })}
        {can_schedule.then(|| view! {
            <form class="resident-action" method="post" action=action.clone()>
                {hidden()}
                <input type="hidden" name="action" value="schedule" />
                <label for="when">{t!(LANG, "staff-mediation-when")}</label>
                <input id="when" name="when" type="datetime-local" required />
                <label for="place">{t!(LANG, "staff-mediation-place")}</label>
                <input id="place" name="place" required maxlength="200" />
                <button type="submit" class="button">{t!(LANG, "staff-mediation-schedule-send")}</button>
            </form>
            <form class="resident-action" method="post" action=action.clone()>
                {hidden()}
                <input type="hidden" name="action" value="outcome" />
                <label for="outcome">{t!(LANG, "mediation-outcome")}</label>
                <select id="outcome" name="outcome" required>
                    {Outcome::ALL.iter().map(|o| view! {
                        <option value=o.as_str()>{crate::mediator::outcome_text(LANG, *o)}</option>
                    }).collect_view()}
                </select>
                <button type="submit" class="button">{t!(LANG, "staff-mediation-outcome-send")}</button>
            </form>
        })}
        <crate::mediator::MediationTimeline lang=LANG entries=view.timeline.clone() />
    }
}
