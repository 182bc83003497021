//! The console's overview of the user's units: the search form, a page of
//! found cases, the overdue cases per unit, and this month's figures.

use super::{status_text, LANG};
use crate::t;
use domain::{
    appeal::AppealStatus,
    paths,
    staff::{CaseFilter, CaseList, FilterChoices, QueueItem, StaffFigures, CASES_PER_PAGE, SEARCH_MAX_CHARS},
    time::china_time,
};
use leptos::prelude::*;

/// Any case of the user's units: a plain GET form, so a result page can be
/// bookmarked and sent on.
#[component]
pub fn SearchForm(filter: CaseFilter, choices: FilterChoices) -> impl IntoView {
    let option = move |value: String, label: String, chosen: &str| {
        let selected = value == chosen;
        view! { <option value=value selected=selected>{label}</option> }
    };
    let statuses = [("open", t!(LANG, "staff-search-status-open"))]
        .into_iter()
        .map(|(v, l)| (v.to_owned(), l))
        .chain(AppealStatus::ALL.iter().map(|s| (s.as_str().to_owned(), status_text(*s))))
        .map(|(v, l)| option(v, l, &filter.status))
        .collect_view();
    let categories = choices.categories.into_iter().map(|c| option(c.id, c.name, &filter.category)).collect_view();
    let villages = choices.villages.into_iter().map(|v| option(v.id, v.name, &filter.village)).collect_view();
    view! {
        <form class="case-search" method="get" action=paths::staff() role="search">
            <h2>{t!(LANG, "staff-search")}</h2>
            <label for="q">{t!(LANG, "staff-search-q")}</label>
            <input id="q" name="q" type="search" value=filter.q.clone() maxlength=SEARCH_MAX_CHARS.to_string() />
            <div class="filters">
                <label>
                    {t!(LANG, "staff-search-status")}
                    <select name="status">
                        <option value="">{t!(LANG, "staff-search-any")}</option>
                        {statuses}
                    </select>
                </label>
                <label>
                    {t!(LANG, "staff-search-category")}
                    <select name="category">
                        <option value="">{t!(LANG, "staff-search-any")}</option>
                        {categories}
                    </select>
                </label>
                <label>
                    {t!(LANG, "staff-search-village")}
                    <select name="village">
                        <option value="">{t!(LANG, "staff-search-any")}</option>
                        {villages}
                    </select>
                </label>
                <label class="consent">
                    <input type="checkbox" name="overdue" value="1" checked=filter.overdue />
                    <span>{t!(LANG, "staff-search-overdue")}</span>
                </label>
            </div>
            <button type="submit" class="button">{t!(LANG, "staff-search-send")}</button>
        </form>
    }
}

/// One case in a list: number, what, where, where it stands.
#[component]
pub fn CaseLine(item: QueueItem) -> impl IntoView {
    view! {
        <li class:overdue=item.overdue>
            <a href=paths::staff_appeal(&item.tracking_no)>{item.tracking_no.clone()}</a>
            " " {item.category} " · " {item.village}
            <br />
            <span>{status_text(item.status)} " · " {item.unit} " · "</span>
            <span>{t!(LANG, "track-deadline")} " " {china_time(item.due_at)}</span>
            {item.overdue.then(|| view! { " " <strong class="overdue">{t!(LANG, "track-overdue")}</strong> })}
            {(item.joined > 0).then(|| view! { <br /><span class="joined">{t!(LANG, "staff-joined", count = item.joined)}</span> })}
        </li>
    }
}

/// A page of found cases, with the way to the pages before and after.
#[component]
pub fn Found(filter: CaseFilter, list: CaseList) -> impl IntoView {
    let pages = list.total.div_ceil(CASES_PER_PAGE).max(1);
    let link = |page: u32| {
        let pairs = filter.page_query(page);
        let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        paths::with_query(paths::staff(), &pairs)
    };
    let newer = (filter.page > 0).then(|| link(filter.page - 1));
    let older = (filter.page + 1 < pages).then(|| link(filter.page + 1));
    let empty = list.items.is_empty();
    let page = filter.page + 1;
    view! {
        <h1>{t!(LANG, "staff-search-results", total = list.total)}</h1>
        <p><a href=paths::staff()>{t!(LANG, "staff-back")}</a></p>
        {empty.then(|| view! { <p>{t!(LANG, "staff-search-none")}</p> })}
        <ul class="queue found">{list.items.into_iter().map(|item| view! { <CaseLine item /> }).collect_view()}</ul>
        <nav class="pages" aria-label=t!(LANG, "staff-pages")>
            {newer.map(|href| view! { <a href=href rel="prev">{t!(LANG, "staff-page-newer")}</a> })}
            " " <span>{t!(LANG, "staff-page", page = page, pages = pages)}</span> " "
            {older.map(|href| view! { <a href=href rel="next">{t!(LANG, "staff-page-older")}</a> })}
        </nav>
    }
}

/// The overdue cases of the queue, under the unit that has each.
#[component]
pub fn OverdueByUnit(items: Vec<QueueItem>) -> impl IntoView {
    let mut units: Vec<(String, Vec<QueueItem>)> = Vec::new();
    for item in items.into_iter().filter(|i| i.overdue) {
        match units.iter_mut().find(|(unit, _)| *unit == item.unit) {
            Some((_, list)) => list.push(item),
            None => units.push((item.unit.clone(), vec![item])),
        }
    }
    let none = units.is_empty();
    view! {
        <h2>{t!(LANG, "staff-overdue-by-unit")}</h2>
        {none.then(|| view! { <p>{t!(LANG, "staff-overdue-none")}</p> })}
        <dl class="overdue-units">
            {units
                .into_iter()
                .map(|(unit, list)| {
                    view! {
                        <dt>{unit} " (" {list.len()} ")"</dt>
                        <dd>
                            {list
                                .into_iter()
                                .map(|i| view! { <a href=paths::staff_appeal(&i.tracking_no)>{i.tracking_no.clone()}</a> " " })
                                .collect_view()}
                        </dd>
                    }
                })
                .collect_view()}
        </dl>
    }
}

/// This month's figures of the user's unit and the units below it, exact
/// (the public page hides counts under 5; staff need the real ones).
#[component]
pub fn MonthFigures(figures: StaffFigures) -> impl IntoView {
    let median = |d: Option<f64>| d.map(|d| d.to_string()).unwrap_or_else(|| "–".into());
    view! {
        <h2>{t!(LANG, "staff-figures", month = figures.month.clone())}</h2>
        <div class="table-scroll">
            <table class="figures">
                <thead>
                    <tr>
                        <th scope="col">{t!(LANG, "staff-figures-unit")}</th>
                        <th scope="col">{t!(LANG, "stats-received")}</th>
                        <th scope="col">{t!(LANG, "stats-responded")}</th>
                        <th scope="col">{t!(LANG, "stats-resolved")}</th>
                        <th scope="col">{t!(LANG, "stats-satisfied")}</th>
                        <th scope="col">{t!(LANG, "stats-overdue")}</th>
                        <th scope="col">{t!(LANG, "stats-median-days")}</th>
                        <th scope="col">{t!(LANG, "stats-mediations")}</th>
                    </tr>
                </thead>
                <tbody>
                    {figures
                        .rows
                        .into_iter()
                        .map(|(unit, f)| {
                            view! {
                                <tr>
                                    <th scope="row">{unit}</th>
                                    <td>{f.received}</td>
                                    <td>{f.responded_in_time}</td>
                                    <td>{f.resolved}</td>
                                    <td>{f.satisfied} " / " {f.rated}</td>
                                    <td>{f.overdue}</td>
                                    <td>{median(f.median_days_to_resolve)}</td>
                                    <td>{f.mediations_received}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
