//! Mediation by order (点单调解) through the API and the plain forms: the
//! board and its filters, a request, the other side's answer, dispatch
//! (no common pick, declined, asked, no answer in time), staff assigning,
//! scheduling and recording the outcome, and both sides rating.

use crate::support::{csrf_of, login, page, portal, seeded, Answer, TestPortal};
use axum::{body::Body, http::Request};
use serde_json::{json, Value};

/// Ids of mediators serving a township, from the board itself.
async fn mediators_of(portal: &TestPortal, township: &str) -> Vec<String> {
    let cards = portal.get(&format!("/api/mediators?township={township}")).await.json();
    cards.as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap().to_owned()).collect()
}

fn request(picks: &[&str], recused: &[&str], key: &str) -> Value {
    json!({"lang": "zh", "dispute_type": "land", "village": "v-hegu",
        "description": "两家为一块地的地界吵了三年，想请人来调解。", "phone": "13812345678",
        "picks": picks, "recused": recused, "idempotency_key": key})
}

struct Created {
    no: String,
    code: String,
    token: String,
}

async fn create(portal: &TestPortal, body: &Value) -> Created {
    let answer = portal.post_json("/api/mediations", body).await;
    assert_eq!(answer.status, 201, "{}", answer.body);
    let receipt = answer.json();
    let invite = receipt["invite_url"].as_str().unwrap();
    assert!(invite.starts_with("https://gongdao.test/zh/invite/"), "{invite}");
    Created {
        no: receipt["tracking_no"].as_str().unwrap().to_owned(),
        code: receipt["access_code"].as_str().unwrap().to_owned(),
        token: invite.rsplit('/').next().unwrap().to_owned(),
    }
}

async fn view_a(portal: &TestPortal, c: &Created) -> Value {
    let answer = portal.get(&format!("/api/mediations/{}?code={}", c.no, c.code)).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    answer.json()
}

async fn respond(portal: &TestPortal, c: &Created, body: Value) -> Answer {
    let mut body = body;
    body["invite_token"] = json!(c.token);
    portal.post_json(&format!("/api/mediations/{}/respond", c.no), &body).await
}

async fn staff_post(portal: &TestPortal, cookie: &str, no: &str, form: &str) -> Answer {
    let html = page(portal, &format!("/staff/mediations/{no}"), cookie).await;
    assert_eq!(html.status, 200, "{}", html.body);
    let body = format!("csrf={}&{form}", csrf_of(&html.body));
    let request = Request::post(format!("/staff/mediations/{no}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", cookie)
        .body(Body::from(body))
        .unwrap();
    portal.send(request).await
}

#[tokio::test]
async fn the_board_filters_by_specialty_township_language_and_kind() {
    let portal = portal().await;
    let all = portal.get("/api/mediators").await.json();
    assert!(all.as_array().unwrap().len() >= 20);
    let neighbours = portal.get("/api/mediators?specialty=neighbour&township=t-qingke&lang=bo").await.json();
    let neighbours = neighbours.as_array().unwrap();
    assert!(neighbours.len() > 1, "{neighbours:?}");
    for card in neighbours {
        assert!(card["specialties"].as_array().unwrap().contains(&json!("neighbour")));
        assert_eq!(card["ratings"], 0);
        assert!(card["rating"].is_null(), "no rating before any mediation");
    }
    let yi = portal.get("/api/mediators?language=ii&kind=elder").await.json();
    for card in yi.as_array().unwrap() {
        assert!(card["languages"].as_array().unwrap().contains(&json!("ii")));
        assert_eq!(card["kind"], "elder");
    }
    let bad = portal.get("/api/mediators?specialty=war&lang=bo").await;
    assert_eq!(bad.status, 422);
    assert_eq!(bad.json()["error"], "mediation-error-filter");
    let id = neighbours[0]["id"].as_str().unwrap();
    let profile = portal.get(&format!("/api/mediators/{id}?lang=ii")).await.json();
    assert!(!profile["bio"].as_str().unwrap().is_empty());
    assert!(!profile["office"].as_str().unwrap().is_empty());
    assert_eq!(portal.get("/api/mediators/nobody").await.status, 404);
}

#[tokio::test]
async fn both_sides_pick_staff_arrange_and_both_rate() {
    let portal = seeded().await;
    let qingke = mediators_of(&portal, "t-qingke").await;
    let (first, second, related) = (&qingke[0], &qingke[1], &qingke[2]);
    let c = create(&portal, &request(&[first, second], &[related], "mediation-flow-0001")).await;

    // A retry of the same request gets the same receipt.
    let again =
        portal.post_json("/api/mediations", &request(&[first, second], &[related], "mediation-flow-0001")).await;
    assert_eq!(again.status, 200);
    assert_eq!(again.json()["access_code"], c.code.as_str());

    let a = view_a(&portal, &c).await;
    assert_eq!(a["status"], "invited");
    assert_eq!(a["party"], "a");
    assert!(a["invite_url"].as_str().unwrap().ends_with(&c.token));
    assert_eq!(a["phone_masked"], "138****5678");

    // B sees the dispute type and A's picks, never A's phone or words.
    let b = portal.get(&format!("/api/mediations/{}?invite={}", c.no, c.token)).await;
    assert_eq!(b.status, 200);
    assert!(!b.body.contains("13812345678") && !b.body.contains("138****5678"), "{}", b.body);
    assert!(!b.body.contains("地界"), "A's description leaked to B");
    let b = b.json();
    assert_eq!(b["party"], "b");
    assert!(b["description"].is_null() && b["invite_url"].is_null() && b["recused"] == json!([]));
    assert_eq!(b["a_picks"].as_array().unwrap().len(), 2);

    // B accepts A's second pick.
    let answered = respond(&portal, &c, json!({"accept": second, "phone": "13900001111"})).await;
    assert_eq!(answered.status, 200, "{}", answered.body);
    assert_eq!(answered.json()["status"], "matched");
    assert_eq!(respond(&portal, &c, json!({"decline": true})).await.status, 409, "one answer only");
    let a = view_a(&portal, &c).await;
    assert_eq!(a["mediator"]["id"], second.as_str());
    assert!(a["invite_url"].is_null(), "no invitation once B has answered");

    // The mediator's unit (within the township) arranges it; the village cannot.
    let hegu = login(&portal, "hegu", "gongdao-demo-2026").await.unwrap();
    assert_eq!(page(&portal, &format!("/staff/mediations/{}", c.no), &hegu).await.status, 404);
    let staff = login(&portal, "qingke", "gongdao-demo-2026").await.unwrap();
    let console = page(&portal, &format!("/staff/mediations/{}", c.no), &staff).await;
    assert!(console.body.contains("13812345678") && console.body.contains("13900001111"), "staff see both phones");
    let queue = page(&portal, "/staff", &staff).await;
    assert!(queue.body.contains(&c.no), "the township's list holds the request");
    let scheduled =
        staff_post(&portal, &staff, &c.no, "action=schedule&when=2026-12-10T10%3A00&place=青稞镇司法所调解室").await;
    assert_eq!(scheduled.status, 303);
    assert!(scheduled.headers["location"].to_str().unwrap().ends_with("done=schedule"));
    let a = view_a(&portal, &c).await;
    assert_eq!(a["status"], "scheduled");
    assert_eq!(a["place"], "青稞镇司法所调解室");
    assert_eq!(a["scheduled_at"], 1_796_868_000, "2026-12-10 10:00 China time is 02:00 UTC");
    // No rating before the outcome.
    let early =
        portal.post_json(&format!("/api/mediations/{}/rating", c.no), &json!({"code": c.code, "stars": 5})).await;
    assert_eq!(early.status, 409);
    let done = staff_post(&portal, &staff, &c.no, "action=outcome&outcome=agreement").await;
    assert!(done.headers["location"].to_str().unwrap().ends_with("done=outcome"));

    // Each side rates once.
    let rated =
        portal.post_json(&format!("/api/mediations/{}/rating", c.no), &json!({"code": c.code, "stars": 5})).await;
    assert_eq!(rated.status, 200, "{}", rated.body);
    assert_eq!(rated.json()["my_rating"], 5);
    let rated_b = portal
        .post_json(
            &format!("/api/mediations/{}/rating", c.no),
            &json!({"invite_token": c.token, "stars": 4, "comment": "很公道"}),
        )
        .await;
    assert_eq!(rated_b.status, 200, "{}", rated_b.body);
    let twice =
        portal.post_json(&format!("/api/mediations/{}/rating", c.no), &json!({"code": c.code, "stars": 1})).await;
    assert_eq!(twice.status, 409);
    let bad = portal
        .post_json(&format!("/api/mediations/{}/rating", c.no), &json!({"invite_token": c.token, "stars": 9}))
        .await;
    assert_eq!(bad.status, 422);

    // The board shows the new record.
    let card = portal.get(&format!("/api/mediators/{second}")).await.json()["card"].clone();
    assert_eq!(card["ratings"], 2);
    assert_eq!(card["cases"], 1);
    assert!((card["rating"].as_f64().unwrap() - 4.5).abs() < 1e-6);
    let timeline = view_a(&portal, &c).await["timeline"].clone();
    let kinds: Vec<&str> = timeline.as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["requested", "answered", "matched", "scheduled", "outcome", "rated", "rated"]);
}

#[tokio::test]
async fn without_a_common_pick_the_office_assigns_and_never_a_recused_mediator() {
    let portal = seeded().await;
    let qingke = mediators_of(&portal, "t-qingke").await;
    let c = create(&portal, &request(&[&qingke[0]], &[&qingke[2]], "mediation-none-0001")).await;
    // B trusts someone else and says A's pick is related to a side.
    let answered = respond(&portal, &c, json!({"picks": [qingke[1]], "recused": [qingke[0]]})).await;
    assert_eq!(answered.status, 200, "{}", answered.body);
    let view = answered.json();
    assert_eq!(view["status"], "dispatch");
    assert_eq!(view["dispatch_reason"], "no-common-pick");

    let staff = login(&portal, "qingke", "gongdao-demo-2026").await.unwrap();
    let console = page(&portal, &format!("/staff/mediations/{}", c.no), &staff).await;
    // Recused mediators are not offered; the server refuses them anyway.
    for recused in [&qingke[0], &qingke[2]] {
        assert!(!console.body.contains(&format!("value=\"{recused}\"")), "{recused} offered");
        let refused = staff_post(&portal, &staff, &c.no, &format!("action=assign&mediator={recused}")).await;
        assert!(refused.headers["location"].to_str().unwrap().ends_with("error=recused"));
    }
    assert_eq!(view_a(&portal, &c).await["status"], "dispatch");
    let assigned = staff_post(&portal, &staff, &c.no, &format!("action=assign&mediator={}", qingke[1])).await;
    assert!(assigned.headers["location"].to_str().unwrap().ends_with("done=assign"));
    let a = view_a(&portal, &c).await;
    assert_eq!(a["status"], "matched");
    assert_eq!(a["mediator"]["id"], qingke[1].as_str());
}

#[tokio::test]
async fn an_unanswered_invitation_goes_to_the_office_after_the_set_days() {
    let portal = portal().await;
    let qingke = mediators_of(&portal, "t-qingke").await;
    let c = create(&portal, &request(&[&qingke[0]], &[], "mediation-late-0001")).await;
    let a = view_a(&portal, &c).await;
    let answer_by = a["answer_by"].as_i64().unwrap();
    let now = server::case::now();
    assert!((answer_by - now - 3 * 86_400).abs() < 60, "three days, from content/mediator/rules.toml");
    assert_eq!(portal.state.mediations.sweep(answer_by - 1).await.unwrap(), 0, "not yet");
    assert_eq!(portal.state.mediations.sweep(answer_by + 1).await.unwrap(), 1);
    let a = view_a(&portal, &c).await;
    assert_eq!(a["status"], "dispatch");
    assert_eq!(a["dispatch_reason"], "no-answer");
    // B may still add their lists and recusals for the office to see.
    let late = respond(&portal, &c, json!({"decline": true, "recused": [qingke[1]]})).await;
    assert_eq!(late.status, 200, "{}", late.body);
    assert_eq!(late.json()["dispatch_reason"], "no-answer");
}

#[tokio::test]
async fn a_side_can_ask_for_an_assigned_mediator_at_once_or_the_other_can_decline() {
    let portal = portal().await;
    let qingke = mediators_of(&portal, "t-qingke").await;
    // No picks at all: straight to the office.
    let direct = create(&portal, &request(&[], &[&qingke[0]], "mediation-direct-01")).await;
    let a = view_a(&portal, &direct).await;
    assert_eq!((a["status"].as_str(), a["dispatch_reason"].as_str()), (Some("dispatch"), Some("asked")));
    // Traffic disputes go to the police station.
    let mut traffic = request(&[], &[], "mediation-traffic-1");
    traffic["dispute_type"] = json!("traffic");
    let t = create(&portal, &traffic).await;
    assert_eq!(view_a(&portal, &t).await["unit"], "青稞镇派出所");

    // A stops waiting.
    let c = create(&portal, &request(&[&qingke[0]], &[], "mediation-asked-001")).await;
    let asked = portal.post_json(&format!("/api/mediations/{}/dispatch", c.no), &json!({"code": c.code})).await;
    assert_eq!(asked.status, 200, "{}", asked.body);
    assert_eq!(asked.json()["dispatch_reason"], "asked");
    let again = portal.post_json(&format!("/api/mediations/{}/dispatch", c.no), &json!({"code": c.code})).await;
    assert_eq!(again.status, 409);

    // B declines.
    let d = create(&portal, &request(&[&qingke[0]], &[], "mediation-decline-1")).await;
    let declined = respond(&portal, &d, json!({"decline": true})).await.json();
    assert_eq!(declined["dispatch_reason"], "declined");
}

#[tokio::test]
async fn bad_requests_and_answers_get_clear_errors_and_store_nothing() {
    let portal = portal().await;
    let qingke = mediators_of(&portal, "t-qingke").await;
    let unknown = portal.post_json("/api/mediations", &request(&["nobody"], &[], "mediation-bad-00001")).await;
    assert_eq!(unknown.status, 422);
    let problems = unknown.json()["problems"].clone();
    assert_eq!(problems[0]["field"], "picks");
    assert_eq!(problems[0]["error"], "mediation-error-unknown-mediator");
    let mut bo = request(&[&qingke[0]], &[&qingke[0]], "mediation-bad-00002");
    bo["lang"] = json!("bo");
    bo["village"] = json!("v-atlantis");
    let both = portal.post_json("/api/mediations", &bo).await.json();
    let ids: Vec<&str> = both["problems"].as_array().unwrap().iter().map(|p| p["error"].as_str().unwrap()).collect();
    assert_eq!(ids, ["mediation-error-pick-recused", "appeal-error-village"]);
    assert_ne!(both["message"], unknown.json()["message"], "the message is in Tibetan");
    let malformed = portal
        .send(
            Request::post("/api/mediations")
                .header("content-type", "application/json")
                .body(Body::from("{\"lang\":"))
                .unwrap(),
        )
        .await;
    assert_eq!(malformed.status, 400);
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM mediations").fetch_one(&portal.state.db).await.unwrap();
    assert_eq!(count, 0, "nothing half-written");

    let c = create(&portal, &request(&[&qingke[1]], &[], "mediation-bad-00003")).await;
    let forged = Created { no: c.no.clone(), code: c.code.clone(), token: "0".repeat(32) };
    assert_eq!(respond(&portal, &forged, json!({"decline": true})).await.status, 404);
    let not_theirs = respond(&portal, &c, json!({"accept": qingke[2]})).await;
    assert_eq!(not_theirs.status, 422);
    assert_eq!(not_theirs.json()["problems"][0]["error"], "mediation-error-accept");
    let two_things = respond(&portal, &c, json!({"accept": qingke[1], "decline": true})).await;
    assert_eq!(two_things.json()["problems"][0]["error"], "mediation-error-answer");
    assert_eq!(portal.get(&format!("/api/mediations/{}?code=AAA-AAA-AAA", c.no)).await.status, 404);
}

#[tokio::test]
async fn the_pages_work_as_plain_forms() {
    let portal = portal().await;
    let board = portal.get("/bo/mediators?specialty=land").await;
    assert_eq!(board.status, 200);
    assert!(board.body.contains("lang=\"bo\""));
    let qingke = mediators_of(&portal, "t-qingke").await;
    let profile = portal.get(&format!("/ii/mediators/{}", qingke[0])).await;
    assert_eq!(profile.status, 200);
    assert!(profile.body.contains(&format!("/ii/mediation?pick={}", qingke[0])));
    assert_eq!(portal.get("/zh/mediators/nobody").await.status, 404);

    let form = portal.get(&format!("/zh/mediation?pick={}", qingke[0])).await;
    assert_eq!(form.status, 200);
    let key =
        form.body.split("name=\"idempotency_key\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    let post = |body: String| {
        Request::post("/zh/mediation")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap()
    };
    // Too short a description: the page comes back with what was typed.
    let short = portal
        .send(post(format!(
            "idempotency_key={key}&dispute_type=land&village=v-hegu&description=太短&picks={}",
            qingke[0]
        )))
        .await;
    assert_eq!(short.status, 422);
    assert!(
        short.body.contains("至少 10 个字") && short.body.contains(&format!("value=\"{}\" checked", qingke[0])),
        "{}",
        short.body
    );
    let body = format!(
        "idempotency_key={key}&dispute_type=land&village=v-hegu&description={}&mode=choose&picks={}&picks={}&recused={}&consent=yes",
        domain::paths::query_value("两家为地界的事吵了很久。"),
        qingke[0],
        qingke[1],
        qingke[2]
    );
    let sent = portal.send(post(body)).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let to = sent.headers["location"].to_str().unwrap().to_owned();
    assert!(to.starts_with("/zh/track/") && to.ends_with("&new=1"), "{to}");
    let receipt = portal.get(&to).await;
    assert_eq!(receipt.status, 200);
    let invite = receipt.body.split("/zh/invite/").nth(1).unwrap().split(['"', '&']).next().unwrap().to_owned();
    // The other side answers on the invitation page.
    let page = portal.get(&format!("/zh/invite/{invite}")).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("两家为地界"), "A's words are not on B's page");
    let answer = Request::post(format!("/zh/invite/{invite}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(format!("choice=accept%3A{}&consent=yes", qingke[1])))
        .unwrap();
    let answered = portal.send(answer).await;
    assert_eq!(answered.status, 303);
    assert!(answered.headers["location"].to_str().unwrap().ends_with("?done=answer"));
    let after = portal.get(answered.headers["location"].to_str().unwrap()).await;
    assert!(after.body.contains("status-matched"), "{}", after.body);
    assert_eq!(portal.get("/zh/invite/AAAA-AAAA/00000000000000000000000000000000").await.status, 404);
}
