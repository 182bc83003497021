//! Gongdao's user interface. The same components render on the server
//! (`ssr`, for text that never waits for the wasm) and hydrate in the browser
//! (`hydrate`). Each feature has its own module, named as on the server side.

pub mod home;
pub mod i18n;
pub mod layout;
pub mod not_found;
#[cfg(feature = "ssr")]
pub mod shell;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::{
    components::{ParentRoute, Route, Router, Routes},
    path,
};

/// The whole portal: every page sits under its language, `/{lang}/...`.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Routes fallback=not_found::NotFound>
                <ParentRoute path=path!("/:lang") view=layout::Layout>
                    <Route path=path!("") view=home::Home />
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// Called by the browser bundle: attach behaviour to the server's HTML.
#[cfg(feature = "hydrate")]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(App);
}
