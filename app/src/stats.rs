//! `/{lang}/stats`: 接诉即办 in public. How many reports each township
//! received, answered in time, resolved, and how satisfied residents were,
//! per month and category. Complete server HTML: the form is a plain GET,
//! each chart is an SVG with a table of the same figures beside it.

use crate::{i18n::use_lang, t};
use domain::{
    paths,
    stats::{PublicFigures, Shown, StatsReport},
    Lang,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

/// What the server provides to the page (`server/src/stats.rs`).
#[cfg(feature = "ssr")]
pub trait StatsStore: Send + Sync + 'static {
    /// `None` for an unknown unit or a month that is not `YYYY-MM`.
    fn report<'a>(
        &'a self,
        unit: Option<&'a str>,
        month: Option<&'a str>,
        lang: Lang,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<StatsReport>> + Send + 'a>>;
}

async fn load(lang: Lang, unit: String, month: String) -> Option<StatsReport> {
    #[cfg(feature = "ssr")]
    {
        let store = use_context::<std::sync::Arc<dyn StatsStore>>()?;
        store.report(Some(&unit), Some(&month), lang).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (lang, unit, month);
        None
    }
}

#[component]
pub fn StatsPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let (unit, month) =
        query.with_untracked(|q| (q.get("unit").unwrap_or_default(), q.get("month").unwrap_or_default()));
    let report = Resource::new(|| (), move |_| load(lang, unit.clone(), month.clone()));
    view! {
        <Title text=t!(lang, "stats-title") />
        <Meta name="description" content=t!(lang, "stats-intro") />
        <h1>{t!(lang, "stats-heading")}</h1>
        <p>{t!(lang, "stats-intro")}</p>
        <Suspense fallback=move || view! { <p>{t!(lang, "loading")}</p> }>
            {move || {
                report
                    .get()
                    .map(|found| match found {
                        Some(report) => view! { <Report lang report /> }.into_any(),
                        None => view! { <p class="notice">{t!(lang, "stats-none")}</p> }.into_any(),
                    })
            }}
        </Suspense>
    }
}

#[component]
fn Report(lang: Lang, report: StatsReport) -> impl IntoView {
    let csv = paths::with_query(
        "/api/stats.csv",
        &[("unit", report.unit.as_str()), ("month", report.month.as_str()), ("lang", lang.slug())],
    );
    let f = report.figures.clone();
    view! {
        <form class="stats-form" method="get" action=paths::stats(lang)>
            <label for="unit">{t!(lang, "stats-unit")}</label>
            <select id="unit" name="unit">
                {report
                    .units
                    .iter()
                    .map(|u| {
                        view! {
                            <option value=u.unit.clone() selected=u.unit == report.unit>
                                {u.name.clone()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <label for="month">{t!(lang, "stats-month")}</label>
            <input id="month" name="month" type="month" value=report.month.clone() />
            <button type="submit" class="button">{t!(lang, "stats-show")}</button>
        </form>
        <h2>{format!("{} · {}", report.unit_name, report.month)}</h2>
        <ul class="stats-summary">
            <li>{t!(lang, "stats-received")}": "<strong>{f.received.to_string()}</strong></li>
            <li>{t!(lang, "stats-responded")}": "<strong>{f.responded_in_time.to_string()}</strong></li>
            <li>{t!(lang, "stats-resolved")}": "<strong>{f.resolved.to_string()}</strong></li>
            <li>{t!(lang, "stats-satisfied")}": "<strong>{f.satisfied.to_string()}</strong>" / "{f.rated.to_string()}</li>
            <li>{t!(lang, "stats-overdue")}": "<strong>{f.overdue.to_string()}</strong></li>
        </ul>
        <h2>{t!(lang, "stats-trend")}</h2>
        <Chart lang report=report.clone() />
        <div class="table-scroll">
            <table class="stats">
                <caption>{t!(lang, "stats-trend")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(lang, "stats-month")}</th>
                        <th scope="col">{t!(lang, "stats-received")}</th>
                        <th scope="col">{t!(lang, "stats-resolved")}</th>
                    </tr>
                </thead>
                <tbody>
                    {report
                        .trend
                        .iter()
                        .map(|m| {
                            view! {
                                <tr>
                                    <th scope="row">{m.month.clone()}</th>
                                    <td>{m.figures.received.to_string()}</td>
                                    <td>{m.figures.resolved.to_string()}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        <h2>{t!(lang, "stats-by-unit")}</h2>
        <FiguresTable lang rows=report.units.iter().map(|u| (u.name.clone(), u.figures.clone())).collect() />
        <h2>{t!(lang, "stats-by-category")}</h2>
        <FiguresTable lang rows=report.categories.iter().map(|c| (c.name.clone(), c.figures.clone())).collect() />
        <p>
            <a href=csv download="">{t!(lang, "stats-csv")}</a>
        </p>
        <h2>{t!(lang, "stats-definitions")}</h2>
        <dl class="stats-definitions">
            <dt>{t!(lang, "stats-received")}</dt>
            <dd>{t!(lang, "stats-def-received")}</dd>
            <dt>{t!(lang, "stats-responded")}</dt>
            <dd>{t!(lang, "stats-def-responded")}</dd>
            <dt>{t!(lang, "stats-resolved")}</dt>
            <dd>{t!(lang, "stats-def-resolved")}</dd>
            <dt>{t!(lang, "stats-satisfied")}</dt>
            <dd>{t!(lang, "stats-def-satisfied")}</dd>
            <dt>{t!(lang, "stats-overdue")}</dt>
            <dd>{t!(lang, "stats-def-overdue")}</dd>
            <dt>{t!(lang, "stats-median-days")}</dt>
            <dd>{t!(lang, "stats-def-median")}</dd>
            <dt>{t!(lang, "stats-mediations")}</dt>
            <dd>{t!(lang, "stats-def-mediations")}</dd>
            <dt>"<5"</dt>
            <dd>{t!(lang, "stats-def-small")}</dd>
        </dl>
    }
}

/// One row per unit or category; the columns are every figure.
#[component]
fn FiguresTable(lang: Lang, rows: Vec<(String, PublicFigures)>) -> impl IntoView {
    let median = |f: &PublicFigures| f.median_days_to_resolve.map(|d| d.to_string()).unwrap_or_else(|| "–".into());
    view! {
        <div class="table-scroll">
            <table class="stats">
                <thead>
                    <tr>
                        <th scope="col"></th>
                        <th scope="col">{t!(lang, "stats-received")}</th>
                        <th scope="col">{t!(lang, "stats-received-resident")}</th>
                        <th scope="col">{t!(lang, "stats-received-grid")}</th>
                        <th scope="col">{t!(lang, "stats-responded")}</th>
                        <th scope="col">{t!(lang, "stats-resolved")}</th>
                        <th scope="col">{t!(lang, "stats-rated")}</th>
                        <th scope="col">{t!(lang, "stats-satisfied")}</th>
                        <th scope="col">{t!(lang, "stats-overdue")}</th>
                        <th scope="col">{t!(lang, "stats-median-days")}</th>
                        <th scope="col">{t!(lang, "stats-mediations")}</th>
                        <th scope="col">{t!(lang, "stats-matched")}</th>
                        <th scope="col">{t!(lang, "stats-assigned")}</th>
                        <th scope="col">{t!(lang, "stats-agreements")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|(name, f)| {
                            view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td>{f.received.to_string()}</td>
                                    <td>{f.received_resident.to_string()}</td>
                                    <td>{f.received_grid.to_string()}</td>
                                    <td>{f.responded_in_time.to_string()}</td>
                                    <td>{f.resolved.to_string()}</td>
                                    <td>{f.rated.to_string()}</td>
                                    <td>{f.satisfied.to_string()}</td>
                                    <td>{f.overdue.to_string()}</td>
                                    <td>{median(&f)}</td>
                                    <td>{f.mediations_received.to_string()}</td>
                                    <td>{f.mediations_matched.to_string()}</td>
                                    <td>{f.mediations_assigned.to_string()}</td>
                                    <td>{f.agreements.to_string()}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Received and resolved per month as bars, drawn on the server. The table
/// after it holds the same figures for screen readers and for checking.
#[component]
fn Chart(lang: Lang, report: StatsReport) -> impl IntoView {
    const W: f64 = 320.0;
    const H: f64 = 120.0;
    let count = |s: Shown| match s {
        Shown::Count(n) => n,
        Shown::Few(_) => 0,
    };
    let top = report.trend.iter().map(|m| count(m.figures.received)).max().unwrap_or(0).max(5) as f64;
    let slot = W / report.trend.len().max(1) as f64;
    let bars = report
        .trend
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let x = i as f64 * slot;
            let h = |s: Shown| (count(s) as f64 / top * (H - 16.0)).max(1.0);
            let (received, resolved) = (h(m.figures.received), h(m.figures.resolved));
            view! {
                <g>
                    <rect class="bar-received" x=x + 2.0 y=H - 14.0 - received width=slot / 2.0 - 2.0 height=received />
                    <rect class="bar-resolved" x=x + slot / 2.0 y=H - 14.0 - resolved width=slot / 2.0 - 2.0 height=resolved />
                    <text x=x + slot / 2.0 y=H - 2.0 text-anchor="middle">{m.month[5..].to_string()}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="stats-chart">
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=t!(lang, "stats-trend")>
                {bars}
            </svg>
            <figcaption>
                <span class="key-received"></span>
                {t!(lang, "stats-received")}
                " "
                <span class="key-resolved"></span>
                {t!(lang, "stats-resolved")}
            </figcaption>
        </figure>
    }
}
