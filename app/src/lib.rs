//! Gongdao's user interface, rendered on the server (`ssr`): every page is
//! complete HTML that never waits for the wasm. Only the few interactive
//! parts are islands (`#[island]`), and only they go into the browser bundle
//! (`hydrate`), which keeps it small for residents on 3G. Each feature has its
//! own module, named as on the server side.

// The chat widget is drawn by the server and hydrated by its own bundle;
// the app's bundle does not carry it.
#[cfg(any(feature = "ssr", feature = "widget"))]
pub mod chat;
// The chat widget's bundle (feature `widget`) holds `chat` alone, so that a
// page embedding the widget pays for nothing else.
#[cfg(not(feature = "widget"))]
pub mod appeal;
#[cfg(not(feature = "widget"))]
pub mod bank;
#[cfg(not(feature = "widget"))]
pub mod guide;
#[cfg(not(feature = "widget"))]
pub mod home;
#[cfg(not(feature = "widget"))]
pub mod i18n;
#[cfg(not(feature = "widget"))]
pub mod layout;
#[cfg(not(feature = "widget"))]
pub mod mediator;
#[cfg(not(feature = "widget"))]
pub mod not_found;
#[cfg(not(feature = "widget"))]
pub mod offline;
#[cfg(not(feature = "widget"))]
pub mod prefs;
#[cfg(not(feature = "widget"))]
pub mod privacy;
#[cfg(not(feature = "widget"))]
pub mod review;
#[cfg(not(feature = "widget"))]
pub mod share;
#[cfg(feature = "ssr")]
pub mod shell;
#[cfg(not(feature = "widget"))]
pub mod staff;
#[cfg(not(feature = "widget"))]
pub mod stats;
#[cfg(not(feature = "widget"))]
pub mod track;
#[cfg(not(feature = "widget"))]
pub mod translation;
#[cfg(not(feature = "widget"))]
pub mod volunteer;

#[cfg(not(feature = "widget"))]
use leptos::prelude::*;
#[cfg(not(feature = "widget"))]
use leptos_meta::provide_meta_context;
#[cfg(not(feature = "widget"))]
use leptos_router::{
    components::{ParentRoute, Route, Router, Routes},
    path,
};

/// The whole portal: every page sits under its language, `/{lang}/...`.
#[cfg(not(feature = "widget"))]
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Routes fallback=not_found::NotFound>
                <Route path=path!("/staff") view=staff::StaffPage />
                <Route path=path!("/staff/appeals/:no") view=staff::StaffPage />
                <Route path=path!("/staff/report") view=staff::StaffPage />
                <Route path=path!("/staff/mediations/:no") view=staff::StaffPage />
                <Route path=path!("/staff/bank") view=staff::StaffPage />
                <Route path=path!("/staff/bank/:no") view=staff::StaffPage />
                <Route path=path!("/staff/volunteers") view=staff::StaffPage />
                <Route path=path!("/staff/review/:lang/:doc") view=staff::StaffPage />
                <ParentRoute path=path!("/:lang") view=layout::Layout>
                    <Route path=path!("") view=home::Home />
                    <Route path=path!("guide") view=guide::GuideListPage />
                    <Route path=path!("guide/:slug") view=guide::GuideArticlePage />
                    <Route path=path!("guide/:slug/print") view=guide::GuidePrintPage />
                    <Route path=path!("appeal") view=appeal::AppealPage />
                    <Route path=path!("appeal/kept") view=appeal::AppealKeptPage />
                    <Route path=path!("track") view=track::TrackLookupPage />
                    <Route path=path!("track/:no") view=track::TrackPage />
                    <Route path=path!("mediators") view=mediator::MediatorsPage />
                    <Route path=path!("mediators/:id") view=mediator::MediatorPage />
                    <Route path=path!("mediation") view=mediator::MediationRequestPage />
                    <Route path=path!("invite/:no/:token") view=mediator::InvitePage />
                    <Route path=path!("privacy") view=privacy::PrivacyPage />
                    <Route path=path!("translation") view=translation::TranslationPage />
                    <Route path=path!("stats") view=stats::StatsPage />
                    <Route path=path!("bank") view=bank::BankPage />
                    <Route path=path!("bank/:no") view=bank::BankAccountPage />
                    <Route path=path!("volunteer") view=volunteer::VolunteerPage />
                    <Route path=path!("volunteer/:no") view=volunteer::VolunteerStatusPage />
                    <Route path=path!("offline") view=offline::OfflinePage />
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// Called by the browser bundle; `public/boot.js` then hands each island
/// of the server's HTML to its function in the bundle.
#[cfg(any(feature = "hydrate", feature = "widget"))]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
