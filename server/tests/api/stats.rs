//! The public figures, every one computed by hand for a small fixture: the
//! county and two townships in January 2026, on SQLite and PostgreSQL.

use crate::support::{portal, TestPortal};
use domain::stats::{Figures, Month};
use server::stats;

const HOUR: i64 = 3600;
const DAY: i64 = 86_400;

struct Appeal {
    no: &'static str,
    village: &'static str,
    category: &'static str,
    source: &'static str,
    status: &'static str,
    /// Hours after receipt of the first answer by staff.
    answered_after: Option<i64>,
    resolved_after_days: Option<i64>,
    rating: Option<i64>,
}

async fn insert(portal: &TestPortal, received: i64, a: &Appeal) {
    let db = &portal.state.db;
    let due = received + 72 * HOUR;
    sqlx::query(
        "INSERT INTO appeals (tracking_no, code_hash, idempotency_key, request_hash, lang, category, village, unit, \
         description, status, created_at, due_at, first_due_at, resolved_at, rating, source) \
         VALUES ($1, 'x', $2, 'x', 'zh', $3, $4, $5, '描述', $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(a.no)
    .bind(format!("key-{}", a.no))
    .bind(a.category)
    .bind(a.village)
    .bind(a.village)
    .bind(a.status)
    .bind(received)
    .bind(due)
    .bind(due)
    .bind(a.resolved_after_days.map(|d| received + d * DAY))
    .bind(a.rating)
    .bind(a.source)
    .execute(db)
    .await
    .unwrap();
    let mut events = vec![(received, "received")];
    if let Some(h) = a.answered_after {
        events.push((received + h * HOUR, "accepted"));
    }
    if let Some(d) = a.resolved_after_days {
        events.push((received + d * DAY, "resolved"));
    }
    for (seq, (at, kind)) in events.into_iter().enumerate() {
        sqlx::query("INSERT INTO appeal_events (tracking_no, seq, at, kind) VALUES ($1, $2, $3, $4)")
            .bind(a.no)
            .bind(seq as i64)
            .bind(at)
            .bind(kind)
            .execute(db)
            .await
            .unwrap();
    }
}

async fn insert_mediation(
    portal: &TestPortal,
    no: &str,
    at: i64,
    mediator: Option<&str>,
    reason: Option<&str>,
    outcome: Option<&str>,
) {
    sqlx::query(
        "INSERT INTO mediations (tracking_no, code_hash, invite_hash, idempotency_key, request_hash, lang, dispute_type, \
         village, description, a_picks, a_recused, status, unit, mediator, dispatch_reason, outcome, created_at, answer_by) \
         VALUES ($1, 'x', 'x', $2, 'x', 'zh', 'land', 'v-caoyuan', '描述', '', '', 'done', 't-xuelian', $3, $4, $5, $6, $6)",
    )
    .bind(no)
    .bind(format!("key-{no}"))
    .bind(mediator)
    .bind(reason)
    .bind(outcome)
    .bind(at)
    .execute(&portal.state.db)
    .await
    .unwrap();
}

/// January 2026 in 雪莲乡 (seven appeals, three mediation requests), one
/// appeal in 青稞镇, and one in 雪莲乡 in February that January must not count.
async fn fixture() -> (TestPortal, Month) {
    let portal = portal().await;
    let january = Month::parse("2026-01").unwrap();
    let day10 = january.start() + 9 * DAY;
    let xuelian = |no, category, source, status, answered_after, resolved_after_days, rating| Appeal {
        no,
        village: "v-caoyuan",
        category,
        source,
        status,
        answered_after,
        resolved_after_days,
        rating,
    };
    let appeals = [
        // Answered in time, resolved in 2 days, 5 stars.
        xuelian("A1", "drinking-water", "resident", "closed", Some(1), Some(2), Some(5)),
        // Answered after the 72-hour deadline, resolved in 4 days, 4 stars.
        xuelian("A2", "drinking-water", "resident", "closed", Some(100), Some(4), Some(4)),
        // Never answered, still open: overdue.
        xuelian("A3", "drinking-water", "resident", "received", None, None, None),
        // From a grid worker; in time, 6 days, 2 stars.
        xuelian("A4", "drinking-water", "grid", "closed", Some(10), Some(6), Some(2)),
        // Taken up in time but still open past the deadline: overdue.
        xuelian("A5", "drinking-water", "resident", "accepted", Some(5), None, None),
        // In time, 1 day, 5 stars.
        xuelian("A6", "drinking-water", "resident", "closed", Some(1), Some(1), Some(5)),
        // Roads; in time, 3 days, not rated yet.
        xuelian("A7", "roads", "resident", "resolved", Some(2), Some(3), None),
    ];
    for a in &appeals {
        insert(&portal, day10, a).await;
    }
    let qingke =
        Appeal { no: "B1", village: "v-hegu", ..xuelian("B1", "roads", "resident", "received", None, None, None) };
    // The last second of January, China time, still counts for January.
    insert(&portal, january.next().start() - 1, &qingke).await;
    let february = Appeal { no: "C1", ..xuelian("C1", "roads", "resident", "received", None, None, None) };
    insert(&portal, january.next().start(), &february).await;
    insert_mediation(&portal, "M1", day10, Some("m1"), None, Some("agreement")).await;
    insert_mediation(&portal, "M2", day10, Some("m2"), Some("no-common-pick"), Some("no-agreement")).await;
    insert_mediation(&portal, "M3", day10, None, None, None).await;
    (portal, january)
}

#[tokio::test]
async fn every_figure_matches_the_hand_count() {
    let (portal, january) = fixture().await;
    let now = server::case::clock::now();
    let township = stats::figures(&portal.state.db, &portal.state.units, "t-xuelian", january, now).await.unwrap();
    assert_eq!(
        township,
        Figures {
            received: 7,
            received_resident: 6,
            received_grid: 1,
            // A1, A4, A5, A6, A7; A2 answered late, A3 never.
            responded_in_time: 5,
            resolved: 5,
            rated: 4,
            // 5, 4 and 5 stars; A4's 2 stars is not.
            satisfied: 3,
            overdue: 2,
            // Days 2, 4, 6, 1, 3: the middle is 3.
            median_days_to_resolve: Some(3.0),
            mediations_received: 3,
            mediations_matched: 1,
            mediations_assigned: 1,
            agreements: 1,
        }
    );
    let county = stats::figures(&portal.state.db, &portal.state.units, "county", january, now).await.unwrap();
    assert_eq!((county.received, county.overdue, county.resolved), (8, 3, 5));
    let qingke = stats::figures(&portal.state.db, &portal.state.units, "t-qingke", january, now).await.unwrap();
    assert_eq!((qingke.received, qingke.mediations_received), (1, 0));
    let md = stats::monthly_report(&portal.state.db, &portal.state.units, january, now).await.unwrap();
    assert!(md.contains("| 雪莲乡 | 7 | 1 | 5 | 5 | 4 | 3 | 2 | 3 | 3 | 1 |"), "{md}");
    let february =
        stats::figures(&portal.state.db, &portal.state.units, "t-xuelian", january.next(), now).await.unwrap();
    assert_eq!(february.received, 1);
}

#[tokio::test]
async fn the_public_sees_no_count_under_five() {
    let (portal, _) = fixture().await;
    let answer = portal.get("/api/stats?unit=t-xuelian&month=2026-01&lang=zh").await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    let json = answer.json();
    let f = &json["figures"];
    assert_eq!((f["received"].as_u64(), f["resolved"].as_u64()), (Some(7), Some(5)));
    for small in ["rated", "satisfied", "overdue", "received_grid", "mediations_received", "agreements"] {
        assert_eq!(f[small], "<5", "{small}");
    }
    assert_eq!(f["median_days_to_resolve"], 3.0);
    assert_eq!(json["unit_name"], "雪莲乡");
    // The county and every township, this month.
    let units: Vec<&str> = json["units"].as_array().unwrap().iter().map(|u| u["unit"].as_str().unwrap()).collect();
    assert_eq!(units, ["county", "t-xuelian", "t-qingke", "t-yishan", "t-baiyun"]);
    assert_eq!(json["units"][2]["figures"]["received"], "<5", "青稞镇's single appeal");
    // Per category: drinking water 6, roads 1.
    let water = json["categories"].as_array().unwrap().iter().find(|c| c["category"] == "drinking-water").unwrap();
    assert_eq!(water["figures"]["received"], 6);
    // Twelve months, ending with the one asked.
    let trend = json["trend"].as_array().unwrap();
    assert_eq!(trend.len(), 12);
    assert_eq!((trend[0]["month"].as_str(), trend[11]["month"].as_str()), (Some("2025-02"), Some("2026-01")));
    // Nothing that could name a person or a place below the township.
    for private in ["描述", "v-caoyuan", "A1", "草原村"] {
        assert!(!answer.body.contains(private), "{private} in the public figures");
    }
}

#[tokio::test]
async fn the_page_and_the_csv_show_the_same_figures() {
    let (portal, _) = fixture().await;
    let page = portal.get("/zh/stats?unit=t-xuelian&month=2026-01").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<h2>雪莲乡 · 2026-01</h2>"), "{}", page.body);
    assert!(page.body.contains("<svg"), "the chart is drawn on the server");
    assert!(page.body.contains("&lt;5"), "small counts show as <5");
    assert!(!page.body.contains("描述"));
    let csv = portal.get("/api/stats.csv?unit=t-xuelian&month=2026-01&lang=zh").await;
    assert_eq!(csv.status, 200);
    assert!(csv.headers["content-type"].to_str().unwrap().starts_with("text/csv"));
    assert!(csv.body.contains("2026-01,unit,t-xuelian,\"雪莲乡\",7,6,<5,5,5,<5,<5,<5,3,<5,<5,<5,<5"), "{}", csv.body);
}

#[tokio::test]
async fn bad_months_and_units_get_a_clear_4xx() {
    let portal = portal().await;
    let answer = portal.get("/api/stats?month=2026-13&lang=bo").await;
    assert_eq!(answer.status, 400);
    assert_eq!(answer.json()["message"], app::i18n::loader(domain::Lang::Bo).get("error-bad-month"));
    assert_eq!(portal.get("/api/stats?unit=v-caoyuan").await.status, 404, "villages are not shown in public");
    assert_eq!(portal.get("/api/stats?unit=nowhere").await.status, 404);
    assert_eq!(portal.get("/zh/stats?unit=nowhere").await.status, 200, "the page says it found nothing");
}
