//! Neighbours' reports of the same problem: the form tells before sending,
//! a report may join the open one, and staff act once for the group.

use crate::support::{csrf_of, login, page, portal, seeded, staff_post, Answer, TestPortal};
use axum::{body::Body, http::Request};
use serde_json::json;

const SAME: &str = "/api/same-problem?village=v-hegu&category=drinking-water&lang=zh";

async fn report(portal: &TestPortal, key: &str, join: Option<bool>) -> (String, String) {
    let mut body = json!({"lang": "zh", "category": "drinking-water", "village": "v-hegu",
        "description": format!("村里的水井没水了，已经三天（{key}）。"), "phone": "13812345678",
        "name": "卓玛", "idempotency_key": key});
    if let Some(join) = join {
        body["join"] = json!(join);
    }
    let answer = portal.post_json("/api/appeals", &body).await;
    assert_eq!(answer.status, 201, "{}", answer.body);
    let receipt = answer.json();
    (receipt["tracking_no"].as_str().unwrap().to_owned(), receipt["access_code"].as_str().unwrap().to_owned())
}

async fn view(portal: &TestPortal, no: &str, code: &str) -> serde_json::Value {
    portal.get(&format!("/api/appeals/{no}?code={code}")).await.json()
}

fn kinds(view: &serde_json::Value) -> Vec<String> {
    view["timeline"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap().to_owned()).collect()
}

/// The appeal form sent without a script: multipart text fields.
async fn send_form(portal: &TestPortal, fields: &[(&str, &str)]) -> Answer {
    let boundary = "f0rmb0undary";
    let mut body = String::new();
    for (name, value) in fields {
        body.push_str(&format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"));
    }
    body.push_str(&format!("--{boundary}--\r\n"));
    let request = Request::post("/zh/appeal")
        .header("content-type", format!("multipart/form-data; boundary={boundary}"))
        .body(Body::from(body))
        .unwrap();
    portal.send(request).await
}

#[tokio::test]
async fn the_open_reports_of_a_village_and_category_are_told_without_details() {
    let portal = portal().await;
    assert_eq!(portal.get(SAME).await.json(), json!({"count": 0, "reports": []}));
    let (no, _) = report(&portal, "key-same-0001", None).await;

    let answer = portal.get(SAME).await;
    assert_eq!(answer.status, 200);
    let same = answer.json();
    assert_eq!(same["count"], 1);
    assert_eq!(same["reports"][0]["status"], "received");
    assert_eq!(same["reports"][0]["residents"], 1);
    assert!(same["reports"][0]["unit"].as_str().unwrap().contains("村"), "{same}");
    for private in [no.as_str(), "13812345678", "卓玛", "水井"] {
        assert!(!answer.body.contains(private), "{private} in {}", answer.body);
    }
    // Another category, or another village: not the same problem.
    let roads = portal.get("/api/same-problem?village=v-hegu&category=roads&lang=zh").await.json();
    assert_eq!(roads["count"], 0);
    // Older than 14 days: reported again rather than joined.
    sqlx::query("UPDATE appeals SET created_at = created_at - 15 * 86400").execute(&portal.state.db).await.unwrap();
    assert_eq!(portal.get(SAME).await.json()["count"], 0);

    for bad in ["village=v-nowhere&category=roads", "village=v-hegu&category=nothing", ""] {
        let answer = portal.get(&format!("/api/same-problem?{bad}&lang=bo")).await;
        assert_eq!(answer.status, 422, "{bad}");
        assert!(answer.json()["message"].as_str().unwrap().chars().any(|c| ('\u{0F00}'..='\u{0FFF}').contains(&c)));
    }
}

#[tokio::test]
async fn joined_reports_are_handled_together_and_each_timeline_shows_it() {
    let portal = seeded().await;
    let (first, first_code) = report(&portal, "key-same-0101", None).await;
    let (joined, joined_code) = report(&portal, "key-same-0102", Some(true)).await;
    let (apart, apart_code) = report(&portal, "key-same-0103", Some(false)).await;
    assert!(first != joined && joined != apart, "each keeps its own number");

    let same = portal.get(SAME).await.json();
    assert_eq!(same["count"], 3);
    let mut residents: Vec<i64> =
        same["reports"].as_array().unwrap().iter().map(|r| r["residents"].as_i64().unwrap()).collect();
    // (Sent in the same second, so their order is not the point.)
    residents.sort();
    assert_eq!(residents, [1, 2], "the joined report counts on the first; the one kept apart stands alone");

    let joined_view = view(&portal, &joined, &joined_code).await;
    assert_eq!(joined_view["unit"], view(&portal, &first, &first_code).await["unit"]);
    assert!(kinds(&joined_view).contains(&"joined".to_owned()), "{joined_view}");
    let page = portal.get(&format!("/zh/track/{joined}?code={joined_code}")).await;
    assert!(page.body.contains("合在一起"), "the resident reads that it was joined");

    // The queue lists the first with the joined one counted on it.
    let cookie = login(&portal, "hegu", "gongdao-demo-2026").await.unwrap();
    let queue = page_of(&portal, "/staff", &cookie).await;
    assert!(queue.contains(&first) && queue.contains(&apart));
    assert!(!queue.contains(&format!(">{joined}<")), "not listed apart: {queue}");
    assert!(queue.contains("另有 1 件同一问题的反映"));

    // One action on the joined report moves both; the one kept apart stays.
    let csrf = csrf_of(&page_of(&portal, &format!("/staff/appeals/{joined}"), &cookie).await);
    let desk = page_of(&portal, &format!("/staff/appeals/{joined}"), &cookie).await;
    assert!(desk.contains(&first), "the desk names the rest of the group");
    act(&portal, &cookie, &joined, &format!("csrf={csrf}&action=accept")).await;
    act(
        &portal,
        &cookie,
        &first,
        &format!("csrf={csrf}&action=resolve&text=%E6%B0%B4%E4%BA%95%E4%BF%AE%E5%A5%BD%E4%BA%86"),
    )
    .await;
    for (no, code) in [(&first, &first_code), (&joined, &joined_code)] {
        let v = view(&portal, no, code).await;
        assert_eq!(v["status"], "resolved", "{no}");
        let kinds = kinds(&v);
        assert!(kinds.contains(&"accepted".to_owned()) && kinds.contains(&"resolved".to_owned()), "{no}: {kinds:?}");
        assert!(v["timeline"].as_array().unwrap().iter().any(|e| e["text"] == "水井修好了"), "{no}");
    }
    assert_eq!(view(&portal, &apart, &apart_code).await["status"], "received");

    // Rating stays each resident's own.
    let rated =
        portal.post_json(&format!("/api/appeals/{joined}/rating"), &json!({"code": joined_code, "stars": 5})).await;
    assert_eq!(rated.status, 200, "{}", rated.body);
    assert_eq!(view(&portal, &first, &first_code).await["status"], "resolved");
    // Nothing open is left to join.
    assert_eq!(portal.get(SAME).await.json()["count"], 1);
}

async fn page_of(portal: &TestPortal, path: &str, cookie: &str) -> String {
    let answer = page(portal, path, cookie).await;
    assert_eq!(answer.status, 200, "{path}");
    answer.body
}

async fn act(portal: &TestPortal, cookie: &str, no: &str, form: &str) {
    let answer = staff_post(portal, cookie, &format!("/staff/appeals/{no}"), form).await;
    assert_eq!(answer.status, 303);
    let to = answer.headers["location"].to_str().unwrap();
    assert!(to.contains("done="), "{form}: {to}");
}

#[tokio::test]
async fn the_form_asks_before_sending_and_works_without_a_script() {
    let portal = portal().await;
    let (first, first_code) = report(&portal, "key-same-0201", None).await;

    // The link the chat uses, drawn by the server.
    let form = portal.get("/zh/appeal?village=v-hegu&category=drinking-water").await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("最近 14 天已有 1 件同类的反映正在办理"), "{}", form.body);
    assert!(form.body.contains("name=\"join\" value=\"yes\""));
    assert!(!form.body.contains(&first) && !form.body.contains("水井"), "no numbers, no descriptions");
    let empty = portal.get("/zh/appeal?village=v-hegu&category=roads").await;
    assert!(!empty.body.contains("name=\"join\""));
    // The notice alone, which the page's script puts in place as the
    // resident chooses.
    let notice = portal.get("/ii/appeal/same?village=v-hegu&category=drinking-water").await;
    assert_eq!(notice.status, 200);
    assert!(notice.body.starts_with("<fieldset") && notice.body.contains("name=\"join\""), "{}", notice.body);
    assert!(!notice.body.contains(&first) && !notice.body.contains("水井"));
    let nothing = portal.get("/zh/appeal/same?village=v-hegu&category=roads").await;
    assert_eq!(nothing.status, 200);
    assert!(!nothing.body.contains("fieldset"), "{}", nothing.body);
    assert_eq!(portal.get("/zh/appeal/same?village=v-nowhere&category=roads").await.status, 422);

    // Sent without answering (no script, or a report arrived meanwhile):
    // the form comes back, with what was typed, asking.
    let fields = [
        ("idempotency_key", "form-same-0202"),
        ("category", "drinking-water"),
        ("village", "v-hegu"),
        ("description", "我们组的自来水也停了两天。"),
        ("consent", "yes"),
    ];
    let asked = send_form(&portal, &fields).await;
    assert_eq!(asked.status, 422);
    assert!(asked.body.contains("请先选一个：加进去，还是单独反映。"), "{}", asked.body);
    assert!(asked.body.contains("我们组的自来水也停了两天。"));
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM appeals").fetch_one(&portal.state.db).await.unwrap();
    assert_eq!(count, 1, "nothing stored before the answer");

    let joined = send_form(&portal, &[fields.as_slice(), &[("join", "yes")]].concat()).await;
    assert_eq!(joined.status, 303, "{}", joined.body);
    let receipt = joined.headers["location"].to_str().unwrap().to_owned();
    assert!(receipt.starts_with("/zh/track/"), "{receipt}");
    let stored: Option<String> = sqlx::query_scalar("SELECT joined_to FROM appeals WHERE idempotency_key = $1")
        .bind("form-same-0202")
        .fetch_one(&portal.state.db)
        .await
        .unwrap();
    assert_eq!(stored.as_deref(), Some(first.replace('-', "").as_str()));
    assert_eq!(view(&portal, &first, &first_code).await["status"], "received");

    // Bo and Yi forms say it in their language.
    for lang in ["bo", "ii"] {
        let form = portal.get(&format!("/{lang}/appeal?village=v-hegu&category=drinking-water")).await;
        assert!(form.body.contains("name=\"join\""), "{lang}");
        assert!(!form.body.contains("同类"), "{lang}: no Chinese notice");
    }
}
