//! 接诉即办 in public: the figures of `domain::stats` computed from the
//! appeals and mediation requests, per unit (the county, each township),
//! month and category. Served as `GET /api/stats` (JSON) and
//! `GET /api/stats.csv`, and to the app's `/{lang}/stats` page through
//! [`app::stats::StatsStore`]. Nothing here names a person, a village or a
//! description; counts under 5 are shown as "<5".

use crate::{
    case::clock::Timestamp,
    db::Db,
    edge::{ApiLang, LangQuery},
    error::{ApiError, ErrorBody},
    units::{Level, Units},
    AppState,
};
use axum::{
    extract::{Query, State},
    http::header,
    response::{IntoResponse, Response},
    Json,
};
use domain::{
    staff::StaffFigures,
    stats::{CategoryFigures, Figures, Month, MonthFigures, StatsReport, UnitFigures},
    Lang,
};
use serde::Deserialize;

/// One appeal, as the figures need it.
#[derive(sqlx::FromRow)]
struct AppealRow {
    category: String,
    village: String,
    source: String,
    status: String,
    created_at: i64,
    first_due_at: Option<i64>,
    due_at: i64,
    resolved_at: Option<i64>,
    rating: Option<i64>,
    first_response: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct MediationRow {
    village: String,
    created_at: i64,
    mediator: Option<String>,
    dispatch_reason: Option<String>,
    outcome: Option<String>,
}

/// The appeals and mediation requests received in `[from, to)`.
struct Cases {
    appeals: Vec<AppealRow>,
    mediations: Vec<MediationRow>,
}

/// What staff do that counts as answering an appeal.
const RESPONSES: &str = "'accepted', 'reply', 'transferred', 'resolved'";

impl Cases {
    async fn load(db: &Db, from: i64, to: i64) -> Result<Cases, sqlx::Error> {
        let appeals = sqlx::query_as::<_, AppealRow>(&format!(
            "SELECT a.category, a.village, a.source, a.status, a.created_at, a.first_due_at, a.due_at, \
             a.resolved_at, CAST(a.rating AS BIGINT) AS rating, \
             (SELECT MIN(e.at) FROM appeal_events e WHERE e.tracking_no = a.tracking_no AND e.kind IN ({RESPONSES})) \
             AS first_response \
             FROM appeals a WHERE a.created_at >= $1 AND a.created_at < $2"
        ))
        .bind(from)
        .bind(to)
        .fetch_all(db)
        .await?;
        let mediations = sqlx::query_as::<_, MediationRow>(
            "SELECT village, created_at, mediator, dispatch_reason, outcome FROM mediations \
             WHERE created_at >= $1 AND created_at < $2",
        )
        .bind(from)
        .bind(to)
        .fetch_all(db)
        .await?;
        Ok(Cases { appeals, mediations })
    }
}

/// Counts the cases that `keep` admits, by village, time received and
/// category (`None` for mediation requests); `now` decides what is overdue.
fn count(cases: &Cases, now: i64, keep: impl Fn(&str, i64, Option<&str>) -> bool) -> Figures {
    let mut f = Figures::default();
    let mut days = Vec::new();
    for a in cases.appeals.iter().filter(|a| keep(&a.village, a.created_at, Some(&a.category))) {
        f.received += 1;
        if a.source == "grid" {
            f.received_grid += 1;
        } else {
            f.received_resident += 1;
        }
        let first_due = a.first_due_at.unwrap_or(a.due_at);
        if a.first_response.is_some_and(|at| at <= first_due) {
            f.responded_in_time += 1;
        }
        if let Some(resolved_at) = a.resolved_at {
            f.resolved += 1;
            days.push((resolved_at - a.created_at) as f64 / 86_400.0);
        }
        if let Some(stars) = a.rating {
            f.rated += 1;
            if stars >= 4 {
                f.satisfied += 1;
            }
        }
        let open = matches!(a.status.as_str(), "received" | "accepted");
        if open && a.due_at < now {
            f.overdue += 1;
        }
    }
    f.median_days_to_resolve = median(&mut days).map(|d| (d * 10.0).round() / 10.0);
    for m in cases.mediations.iter().filter(|m| keep(&m.village, m.created_at, None)) {
        f.mediations_received += 1;
        match (&m.mediator, &m.dispatch_reason) {
            (Some(_), None) => f.mediations_matched += 1,
            (Some(_), Some(_)) => f.mediations_assigned += 1,
            _ => {}
        }
        if m.outcome.as_deref() == Some("agreement") {
            f.agreements += 1;
        }
    }
    f
}

fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 1 { values[mid] } else { (values[mid - 1] + values[mid]) / 2.0 })
}

#[derive(Debug, thiserror::Error)]
pub enum StatsError {
    #[error("no such unit for the public figures")]
    UnknownUnit,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

impl From<StatsError> for ApiError {
    fn from(e: StatsError) -> ApiError {
        match e {
            StatsError::UnknownUnit => ApiError::NotFound,
            StatsError::Database(e) => ApiError::Database(e),
        }
    }
}

/// The exact figures of `unit` (any unit; its villages' cases) for
/// `month`, before the small-number rule: for staff, `gongdao report` and
/// tests.
pub async fn figures(db: &Db, units: &Units, unit: &str, month: Month, now: Timestamp) -> Result<Figures, StatsError> {
    if units.get(unit).is_none() {
        return Err(StatsError::UnknownUnit);
    }
    let cases = Cases::load(db, month.start(), month.next().start()).await?;
    Ok(count(&cases, now, |village, _, _| units.is_within(village, unit)))
}

/// The staff console's figures (exact): `unit` and each township or
/// village right below it, for `month`.
pub async fn for_staff(
    db: &Db,
    units: &Units,
    unit: &str,
    month: Month,
    now: Timestamp,
) -> Result<StaffFigures, StatsError> {
    let here = units.get(unit).ok_or(StatsError::UnknownUnit)?;
    let cases = Cases::load(db, month.start(), month.next().start()).await?;
    let below = units.children(unit).filter(|u| matches!(u.level, Level::Township | Level::Village));
    let rows = std::iter::once(here)
        .chain(below)
        .map(|u| (u.name(Lang::Zh).to_owned(), count(&cases, now, |village, _, _| units.is_within(village, &u.id))))
        .collect();
    Ok(StaffFigures { month: month.to_string(), rows })
}

/// `gongdao report --month YYYY-MM`: the county and each township, exact
/// figures, as Markdown for the county's monthly meeting (staff only: it
/// does not hide small counts).
pub async fn monthly_report(db: &Db, units: &Units, month: Month, now: Timestamp) -> Result<String, StatsError> {
    let county = units.of_level(Level::County).next().ok_or(StatsError::UnknownUnit)?;
    let mut rows = Vec::new();
    for unit in std::iter::once(county).chain(units.of_level(Level::Township)) {
        rows.push((unit.name(Lang::Zh).to_owned(), figures(db, units, &unit.id, month, now).await?));
    }
    Ok(markdown(month, &rows))
}

fn markdown(month: Month, rows: &[(String, Figures)]) -> String {
    let zh = app::i18n::loader(Lang::Zh);
    let columns = [
        zh.get("staff-figures-unit"),
        zh.get("stats-received"),
        zh.get("staff-report-grid"),
        zh.get("stats-responded"),
        zh.get("stats-resolved"),
        zh.get("stats-rated"),
        zh.get("stats-satisfied"),
        zh.get("stats-overdue"),
        zh.get("stats-median-days"),
        zh.get("stats-mediations"),
        zh.get("stats-agreements"),
    ];
    let title = zh.get("staff-report-title");
    let mut md = format!("# {title} {month}\n\n| {} |\n|{}\n", columns.join(" | "), "---|".repeat(columns.len()));
    for (name, f) in rows {
        let median = f.median_days_to_resolve.map(|d| d.to_string()).unwrap_or_else(|| "–".into());
        md.push_str(&format!(
            "| {name} | {} | {} | {} | {} | {} | {} | {} | {median} | {} | {} |\n",
            f.received,
            f.received_grid,
            f.responded_in_time,
            f.resolved,
            f.rated,
            f.satisfied,
            f.overdue,
            f.mediations_received,
            f.agreements
        ));
    }
    md
}

/// The public figures of `unit` (the county or a township) for `month`,
/// with every township beside it, per category, and the last 12 months.
pub async fn report(
    state: &AppState,
    unit: Option<&str>,
    month: Month,
    lang: Lang,
    now: Timestamp,
) -> Result<StatsReport, StatsError> {
    let units: &Units = &state.units;
    let county = units.of_level(Level::County).next().ok_or(StatsError::UnknownUnit)?;
    let asked = match unit.filter(|u| !u.is_empty()) {
        None => county,
        Some(id) => units
            .get(id)
            .filter(|u| matches!(u.level, Level::County | Level::Township))
            .ok_or(StatsError::UnknownUnit)?,
    };
    let months = month.last(12);
    let cases = Cases::load(&state.db, months[0].start(), month.next().start()).await?;
    // A case counts for a unit when its village lies under it, and for a
    // month when it was received in it.
    let of = |root: &str, m: Month, category: Option<&str>| {
        count(&cases, now, |village, created_at, c| {
            units.is_within(village, root)
                && Month::of(created_at) == m
                && category.is_none_or(|wanted| c == Some(wanted))
        })
    };
    let units_shown = std::iter::once(county).chain(units.of_level(Level::Township));
    Ok(StatsReport {
        unit: asked.id.clone(),
        unit_name: asked.name(lang).to_owned(),
        month: month.to_string(),
        figures: of(&asked.id, month, None).public(),
        units: units_shown
            .map(|u| UnitFigures {
                unit: u.id.clone(),
                name: u.name(lang).to_owned(),
                figures: of(&u.id, month, None).public(),
            })
            .collect(),
        categories: state
            .appeals
            .routing
            .categories
            .iter()
            .map(|c| CategoryFigures {
                category: c.id.clone(),
                name: c.name(lang).to_owned(),
                figures: of(&asked.id, month, Some(&c.id)).public(),
            })
            .collect(),
        trend: months
            .iter()
            .map(|m| MonthFigures { month: m.to_string(), figures: of(&asked.id, *m, None).public() })
            .collect(),
    })
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StatsParams {
    /// The county (default) or a township, by id (`t-xuelian`).
    unit: Option<String>,
    /// `YYYY-MM`; this month when left out.
    month: Option<String>,
}

impl StatsParams {
    /// The report these parameters ask for, as of now.
    async fn report(&self, state: &AppState, lang: Lang) -> Result<StatsReport, ApiError> {
        let now = crate::case::clock::now();
        let month = match self.month.as_deref().filter(|m| !m.is_empty()) {
            None => Month::of(now),
            Some(text) => Month::parse(text).ok_or(ApiError::BadMonth)?,
        };
        Ok(report(state, self.unit.as_deref(), month, lang, now).await?)
    }
}

#[utoipa::path(get, path = "/api/stats", tag = "stats",
    summary = "Public figures of 接诉即办 for a unit and month",
    params(StatsParams, LangQuery),
    responses((status = 200, description = "the figures; counts under 5 are \"<5\"", body = StatsReport),
        (status = 400, description = "a month that is not YYYY-MM", body = ErrorBody),
        (status = 404, description = "no such county or township", body = ErrorBody),
        (status = 422, description = "an unknown language", body = ErrorBody)))]
/// `GET /api/stats?unit=t-xuelian&month=2026-11&lang=bo`.
pub async fn api_stats(
    State(state): State<AppState>,
    ApiLang(lang): ApiLang,
    Query(params): Query<StatsParams>,
) -> Result<Json<StatsReport>, ApiError> {
    Ok(Json(params.report(&state, lang).await?))
}

#[utoipa::path(get, path = "/api/stats.csv", tag = "stats",
    summary = "The same figures as CSV, one row per unit and one per category",
    params(StatsParams, LangQuery),
    responses((status = 200, description = "CSV (UTF-8 with a byte-order mark, so spreadsheet programs read it)", content_type = "text/csv", body = String),
        (status = 400, description = "a month that is not YYYY-MM", body = ErrorBody),
        (status = 404, description = "no such county or township", body = ErrorBody),
        (status = 422, description = "an unknown language", body = ErrorBody)))]
pub async fn api_stats_csv(
    State(state): State<AppState>,
    ApiLang(lang): ApiLang,
    Query(params): Query<StatsParams>,
) -> Result<Response, ApiError> {
    let report = params.report(&state, lang).await?;
    let mut response = csv(&report).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, header::HeaderValue::from_static("text/csv; charset=utf-8"));
    let disposition = format!("attachment; filename=\"gongdao-{}-{}.csv\"", report.unit, report.month);
    if let Ok(value) = header::HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

/// The column names are the JSON field names, the same in every language.
pub fn csv(report: &StatsReport) -> String {
    const COLUMNS: &str = "received,received_resident,received_grid,responded_in_time,resolved,rated,satisfied,\
                           overdue,median_days_to_resolve,mediations_received,mediations_matched,\
                           mediations_assigned,agreements";
    let mut out = format!("\u{FEFF}month,kind,id,name,{COLUMNS}\n");
    let mut row = |kind: &str, id: &str, name: &str, f: &domain::stats::PublicFigures| {
        let median = f.median_days_to_resolve.map(|d| d.to_string()).unwrap_or_default();
        let cells = [
            f.received.to_string(),
            f.received_resident.to_string(),
            f.received_grid.to_string(),
            f.responded_in_time.to_string(),
            f.resolved.to_string(),
            f.rated.to_string(),
            f.satisfied.to_string(),
            f.overdue.to_string(),
            median,
            f.mediations_received.to_string(),
            f.mediations_matched.to_string(),
            f.mediations_assigned.to_string(),
            f.agreements.to_string(),
        ];
        // Names are the portal's own (units, categories); quoted all the same.
        out.push_str(&format!("{},{kind},{id},\"{}\",{}\n", report.month, name.replace('"', "\"\""), cells.join(",")));
    };
    for u in &report.units {
        row("unit", &u.unit, &u.name, &u.figures);
    }
    for c in &report.categories {
        row("category", &c.category, &c.name, &c.figures);
    }
    out
}

impl app::stats::StatsStore for AppState {
    fn report<'a>(
        &'a self,
        unit: Option<&'a str>,
        month: Option<&'a str>,
        lang: Lang,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<StatsReport>> + Send + 'a>> {
        Box::pin(async move {
            let now = crate::case::clock::now();
            let month = match month.filter(|m| !m.is_empty()) {
                None => Month::of(now),
                Some(text) => Month::parse(text)?,
            };
            match report(self, unit, month, lang, now).await {
                Ok(report) => Some(report),
                Err(StatsError::UnknownUnit) => None,
                Err(e) => {
                    tracing::error!(error = %e, "public figures failed");
                    None
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_monthly_report_is_a_markdown_table() {
        let f = Figures { received: 7, resolved: 5, median_days_to_resolve: Some(3.0), ..Figures::default() };
        let md = markdown(Month::parse("2026-01").unwrap(), &[("雪莲乡".into(), f)]);
        assert!(md.starts_with("# 接诉即办 2026-01\n"), "{md}");
        assert!(md.contains("| 单位 | 收到 | 其中网格发现 | 按时回应 |"), "{md}");
        assert!(md.contains("| 雪莲乡 | 7 | 0 | 0 | 5 | 0 | 0 | 0 | 3 | 0 | 0 |"), "{md}");
    }

    #[test]
    fn the_median_is_the_middle_or_the_mean_of_the_two_middles() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&mut [4.0, 1.0, 2.0, 3.0]), Some(2.5));
    }
}
