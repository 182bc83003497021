//! Volunteer teams (志愿队) and the volunteer police (平安义警): applying,
//! decisions by the right unit only, appeals handed to a team, patrol
//! shifts that never take more volunteers than places, and points credited
//! once to the volunteer's household.

use crate::support::{csrf_of, login, page, seeded, staff_post, Answer, TestPortal};
use serde_json::json;
use server::case::now;

const PASSWORD: &str = "gongdao-demo-2026";

fn has_han(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

async fn apply(portal: &TestPortal, team: &str, name: &str, key: &str) -> (String, String) {
    let body = json!({"lang": "bo", "village": "v-hegu", "team": team, "name": name,
        "phone": "13912345678", "idempotency_key": key});
    let answer = portal.post_json("/api/volunteers", &body).await;
    assert_eq!(answer.status, 201, "{}", answer.body);
    assert_eq!(answer.headers["cache-control"], "no-store");
    let receipt = answer.json();
    (receipt["application_no"].as_str().unwrap().to_owned(), receipt["access_code"].as_str().unwrap().to_owned())
}

async fn view(portal: &TestPortal, no: &str, code: &str) -> serde_json::Value {
    let answer = portal.get(&format!("/api/volunteers/{no}?code={code}&lang=bo")).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    answer.json()
}

/// A console form posted with the CSRF token of `page_path`.
async fn console(portal: &TestPortal, cookie: &str, page_path: &str, path: &str, form: &str) -> Answer {
    let shown = page(portal, page_path, cookie).await;
    staff_post(portal, cookie, path, &format!("csrf={}&{form}", csrf_of(&shown.body))).await
}

/// A household account in 河谷村, opened straight on the bank.
async fn household(portal: &TestPortal, key: &str) -> String {
    let new = domain::bank::NewAccount {
        village: "v-hegu".into(),
        household: format!("household {key}"),
        members: String::new(),
        honour: false,
        idempotency_key: key.into(),
    };
    portal.state.bank.open(&new, domain::Lang::Zh, "hegu", now()).await.unwrap().0.to_string()
}

async fn balance(portal: &TestPortal, account: &str) -> i64 {
    let no = domain::appeal::TrackingNo::parse(account).unwrap();
    portal.state.bank.account(&no, domain::Lang::Zh).await.unwrap().balance
}

#[tokio::test]
async fn residents_apply_and_only_their_village_decides() {
    let portal = seeded().await;
    let (no, code) = apply(&portal, "rescue", "多吉", "volunteer-key-0001").await;
    let retry = portal
        .post_json(
            "/api/volunteers",
            &json!({"lang": "bo", "village": "v-hegu", "team": "rescue", "name": "多吉",
                "phone": "139 1234 5678", "idempotency_key": "volunteer-key-0001"}),
        )
        .await;
    assert_eq!((retry.status, retry.json()["application_no"].as_str().unwrap()), (200, no.as_str()));
    let reused = portal
        .post_json(
            "/api/volunteers",
            &json!({"lang": "bo", "village": "v-hegu", "team": "hygiene", "name": "多吉",
                "phone": "13912345678", "idempotency_key": "volunteer-key-0001"}),
        )
        .await;
    assert_eq!(reused.status, 422);
    for (body, field) in [
        (
            json!({"lang": "bo", "village": "v-hegu", "team": "no-such-team", "name": "x", "phone": "13912345678", "idempotency_key": "volunteer-bad-0001"}),
            "team",
        ),
        (
            json!({"lang": "bo", "village": "nowhere", "team": "rescue", "name": "x", "phone": "13912345678", "idempotency_key": "volunteer-bad-0002"}),
            "village",
        ),
        (
            json!({"lang": "bo", "village": "v-hegu", "team": "rescue", "name": "", "phone": "12", "idempotency_key": "volunteer-bad-0003"}),
            "name",
        ),
    ] {
        let answer = portal.post_json("/api/volunteers", &body).await;
        assert_eq!(answer.status, 422, "{}", answer.body);
        let json = answer.json();
        assert_eq!(json["problems"][0]["field"], field, "{json}");
        assert!(!has_han(json["problems"][0]["message"].as_str().unwrap()), "in Tibetan: {json}");
    }
    let pending = view(&portal, &no, &code).await;
    assert_eq!(pending["status"], "pending");
    assert!(!has_han(pending["team"].as_str().unwrap()), "the team's name in Tibetan");
    assert_eq!(portal.get(&format!("/api/volunteers/{no}?code=AAA-AAA-AAA")).await.status, 404);

    // Another township's staff: the 404 of a missing application.
    let other = login(&portal, "xuelian", PASSWORD).await.unwrap();
    let refused =
        console(&portal, &other, "/staff/volunteers", &format!("/staff/volunteers/{no}"), "action=approve").await;
    assert_eq!(refused.status, 404);
    assert!(!page(&portal, "/staff/volunteers", &other).await.body.contains("多吉"));
    // The village's clerk sees the name and phone, approves, and links a household.
    let clerk = login(&portal, "hegu", PASSWORD).await.unwrap();
    let desk = page(&portal, "/staff/volunteers", &clerk).await;
    assert!(desk.body.contains("多吉") && desk.body.contains("13912345678"));
    let account = household(&portal, "household-0001").await;
    let foreign = console(
        &portal,
        &clerk,
        "/staff/volunteers",
        &format!("/staff/volunteers/{no}"),
        "action=approve&account=ZZZZ-ZZZZ",
    )
    .await;
    assert!(foreign.headers["location"].to_str().unwrap().contains("error=staff-volunteer-error-account"));
    let approved = console(
        &portal,
        &clerk,
        "/staff/volunteers",
        &format!("/staff/volunteers/{no}"),
        &format!("action=approve&account={account}"),
    )
    .await;
    assert_eq!(approved.headers["location"], "/staff/volunteers?done=approve");
    assert_eq!(view(&portal, &no, &code).await["status"], "approved");
    let again =
        console(&portal, &clerk, "/staff/volunteers", &format!("/staff/volunteers/{no}"), "action=decline").await;
    assert!(again.headers["location"].to_str().unwrap().contains("error="), "decided once");
    // Names stay in the console: the public page lists teams, not people.
    for lang in ["zh", "bo", "ii"] {
        let public = portal.get(&format!("/{lang}/volunteer")).await;
        assert_eq!(public.status, 200);
        assert!(!public.body.contains("多吉"));
        assert!(public.body.contains("value=\"police\""));
    }
}

#[tokio::test]
async fn a_team_handed_an_appeal_credits_the_members_who_took_part() {
    let portal = seeded().await;
    let body = json!({"lang": "bo", "category": "drinking-water", "village": "v-hegu",
        "description": "村里的水井已经干了三天。", "phone": "13812345678", "idempotency_key": "team-appeal-0001"});
    let receipt = portal.post_json("/api/appeals", &body).await.json();
    let (appeal, appeal_code) = (receipt["tracking_no"].as_str().unwrap(), receipt["access_code"].as_str().unwrap());

    let (came, _) = apply(&portal, "rescue", "次仁", "volunteer-team-0001").await;
    let (stayed, _) = apply(&portal, "rescue", "拉姆", "volunteer-team-0002").await;
    let clerk = login(&portal, "hegu", PASSWORD).await.unwrap();
    let (a, b) = (household(&portal, "household-0002").await, household(&portal, "household-0003").await);
    for (no, account) in [(&came, &a), (&stayed, &b)] {
        let form = format!("action=approve&account={account}");
        console(&portal, &clerk, "/staff/volunteers", &format!("/staff/volunteers/{no}"), &form).await;
    }
    let appeal_page = format!("/staff/appeals/{appeal}");
    let handed =
        console(&portal, &clerk, &appeal_page, &format!("{appeal_page}/team"), "action=hand&team=rescue").await;
    assert!(handed.headers["location"].to_str().unwrap().ends_with("?done=team"));
    let shown = page(&portal, &appeal_page, &clerk).await;
    assert!(shown.body.contains("次仁") && shown.body.contains("拉姆"), "the team's members to tick");

    let done =
        console(&portal, &clerk, &appeal_page, &format!("{appeal_page}/team"), &format!("action=done&m-{came}=on"))
            .await;
    assert!(done.headers["location"].to_str().unwrap().ends_with("?done=team"));
    assert_eq!(balance(&portal, &a).await, 5, "the member who took part");
    assert_eq!(balance(&portal, &b).await, 0, "the member who did not");
    let twice =
        console(&portal, &clerk, &appeal_page, &format!("{appeal_page}/team"), &format!("action=done&m-{came}=on"))
            .await;
    assert!(twice.headers["location"].to_str().unwrap().ends_with("error=1"));
    assert_eq!(balance(&portal, &a).await, 5, "credited once");

    // The resident's timeline, in Tibetan.
    let track = portal.get(&format!("/api/appeals/{appeal}?code={appeal_code}&lang=bo")).await.json();
    let kinds: Vec<&str> = track["timeline"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"team-handed") && kinds.contains(&"team-done"), "{kinds:?}");
    let team =
        track["timeline"].as_array().unwrap().iter().find(|e| e["kind"] == "team-handed").unwrap()["unit"].clone();
    assert!(!has_han(team.as_str().unwrap()), "the team named in Tibetan: {team}");
    // Staff of another township cannot hand it.
    let other = login(&portal, "xuelian", PASSWORD).await.unwrap();
    let refused = console(&portal, &other, "/staff", &format!("{appeal_page}/team"), "action=hand&team=rescue").await;
    assert_eq!(refused.status, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn volunteer_police_sign_up_for_shifts_and_attendance_credits_once() {
    let portal = std::sync::Arc::new(seeded().await);
    let station = login(&portal, "qingke-police", PASSWORD).await.unwrap();
    let clerk = login(&portal, "hegu", PASSWORD).await.unwrap();
    let mut volunteers = Vec::new();
    for i in 0..5 {
        volunteers.push(apply(&portal, "police", &format!("义警{i}"), &format!("police-key-{i:04}")).await);
    }
    let (first, first_code) = volunteers[0].clone();
    // The village does not decide the volunteer police; the station does.
    let village =
        console(&portal, &clerk, "/staff/volunteers", &format!("/staff/volunteers/{first}"), "action=approve").await;
    assert_eq!(village.status, 404);
    let desk = page(&portal, "/staff/volunteers", &station).await;
    assert!(desk.body.contains("河谷村第1网格") || desk.body.contains("网格"), "the grids without volunteer police");
    let no_role = console(
        &portal,
        &station,
        "/staff/volunteers",
        &format!("/staff/volunteers/{first}"),
        "action=approve&grid=v-hegu-g1",
    )
    .await;
    assert!(no_role.headers["location"].to_str().unwrap().contains("error=staff-volunteer-error-role"));
    let elsewhere = console(
        &portal,
        &station,
        "/staff/volunteers",
        &format!("/staff/volunteers/{first}"),
        "action=approve&role=patroller&grid=v-caoyuan-g1",
    )
    .await;
    assert!(
        elsewhere.headers["location"].to_str().unwrap().contains("error=staff-volunteer-error-grid"),
        "a grid of another township"
    );
    let account = household(&portal, "household-police").await;
    for (i, (no, _)) in volunteers.iter().enumerate() {
        let linked = if i == 0 { format!("&account={account}") } else { String::new() };
        let form = format!("action=approve&role=patroller&grid=v-hegu-g1{linked}");
        let answer = console(&portal, &station, "/staff/volunteers", &format!("/staff/volunteers/{no}"), &form).await;
        assert_eq!(answer.headers["location"], "/staff/volunteers?done=approve");
    }
    let approved = view(&portal, &first, &first_code).await;
    assert!(approved["role"].is_string() && !has_han(approved["grid"].as_str().unwrap()), "{approved}");
    let desk = page(&portal, "/staff/volunteers", &station).await;
    let covered = desk.body.split("class=\"grids-without\">").nth(1).unwrap().split('<').next().unwrap().to_owned();
    assert!(!covered.contains("河谷村第1网格"), "{covered}");

    // A shift with two places; five volunteers sign up at once.
    let when = domain::time::china_time(now() + 2 * 86_400).replace(' ', "T");
    let published = console(
        &portal,
        &station,
        "/staff/volunteers",
        "/staff/patrols",
        &format!("when={when}&grid=v-hegu-g1&places=2"),
    )
    .await;
    assert_eq!(published.headers["location"], "/staff/volunteers?done=publish");
    let past = domain::time::china_time(now() - 86_400).replace(' ', "T");
    let late =
        console(&portal, &station, "/staff/volunteers", "/staff/patrols", &format!("when={past}&place=x&places=2"))
            .await;
    assert!(late.headers["location"].to_str().unwrap().contains("error=staff-volunteer-error-shift"));
    assert_eq!(
        console(&portal, &clerk, "/staff/volunteers", "/staff/patrols", &format!("when={when}&place=x&places=2"))
            .await
            .status,
        404
    );
    let shifts = portal.get("/api/patrols?township=t-qingke&lang=bo").await;
    assert_eq!(shifts.status, 200);
    assert!(!shifts.body.contains("义警"), "no names: {}", shifts.body);
    let shift = shifts.json()[0]["id"].as_str().unwrap().to_owned();
    assert_eq!(shifts.json()[0]["free"], 2);
    assert_eq!(portal.get("/api/patrols?township=nowhere").await.status, 422);

    let tries: Vec<_> = volunteers
        .iter()
        .cloned()
        .map(|(no, code)| {
            let (portal, shift) = (portal.clone(), shift.clone());
            tokio::spawn(async move {
                portal
                    .post_json(
                        &format!("/api/volunteers/{no}/signup"),
                        &json!({"lang": "zh", "code": code, "shift": shift}),
                    )
                    .await
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for t in tries {
        let answer = t.await.unwrap();
        if answer.status == 409 {
            assert_eq!(answer.json()["error"], "volunteer-error-full");
        }
        statuses.push(answer.status);
    }
    assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 2, "{statuses:?}");
    assert_eq!(portal.get("/api/patrols?township=t-qingke").await.json()[0]["free"], 0);

    // The first to get a place, if it was the volunteer with a household.
    let signed: Vec<String> = sqlx::query_scalar("SELECT application_no FROM patrol_signups WHERE shift_id = $1")
        .bind(&shift)
        .fetch_all(&portal.state.db)
        .await
        .unwrap();
    assert_eq!(signed.len(), 2);
    if !signed.contains(&first) {
        // Make room is not possible; sign the first up on a second shift.
        let when = domain::time::china_time(now() + 3 * 86_400).replace(' ', "T");
        console(
            &portal,
            &station,
            "/staff/volunteers",
            "/staff/patrols",
            &format!("when={when}&place=%E6%9D%91%E5%8F%A3&places=3"),
        )
        .await;
    }
    let shift = if signed.contains(&first) {
        shift
    } else {
        let list = portal.get("/api/patrols?township=t-qingke").await.json();
        let second =
            list.as_array().unwrap().iter().find(|s| s["free"] == 3).unwrap()["id"].as_str().unwrap().to_owned();
        let body = json!({"lang": "zh", "code": first_code, "shift": second});
        assert_eq!(portal.post_json(&format!("/api/volunteers/{first}/signup"), &body).await.status, 200);
        second
    };
    let mine = view(&portal, &first, &first_code).await;
    assert!(mine["shifts"].as_array().unwrap().iter().any(|s| s["id"] == shift.as_str() && s["mine"] == true));

    // Another township's staff cannot record attendance; the station can, once.
    let other = login(&portal, "xuelian", PASSWORD).await.unwrap();
    let path = format!("/staff/patrols/{shift}");
    assert_eq!(console(&portal, &other, "/staff", &path, &format!("volunteer={first}")).await.status, 404);
    let came = console(&portal, &station, "/staff/volunteers", &path, &format!("volunteer={first}")).await;
    assert_eq!(came.headers["location"], "/staff/volunteers?done=attended");
    let again = console(&portal, &station, "/staff/volunteers", &path, &format!("volunteer={first}")).await;
    assert_eq!(again.headers["location"], "/staff/volunteers?done=attended-before");
    assert_eq!(balance(&portal, &account).await, 5, "one patrol, credited once");
}
