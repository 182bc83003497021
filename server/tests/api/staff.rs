//! The staff console: sign-in, sessions, CSRF, and that staff see only
//! their own unit and the units below it.

use crate::support::{csrf_of, login, page, seeded, staff_post, TestPortal};
use serde_json::json;

async fn appeal_in(portal: &TestPortal, village: &str, key: &str) -> (String, String) {
    let body = json!({"lang": "zh", "category": "drinking-water", "village": village,
        "description": "村里的水井已经干了三天。", "phone": "13812345678", "idempotency_key": key});
    let receipt = portal.post_json("/api/appeals", &body).await.json();
    (receipt["tracking_no"].as_str().unwrap().to_owned(), receipt["access_code"].as_str().unwrap().to_owned())
}

async fn act(portal: &TestPortal, cookie: &str, no: &str, form: &str) -> crate::support::Answer {
    staff_post(portal, cookie, &format!("/staff/appeals/{no}"), form).await
}

#[tokio::test]
async fn a_wrong_password_opens_nothing() {
    let portal = seeded().await;
    assert_eq!(login(&portal, "hegu", "wrong-password-x").await, None);
    assert_eq!(login(&portal, "nobody", "gongdao-demo-2026").await, None);
    let answer = page(&portal, "/staff", "gd_staff=forged").await;
    assert!(answer.body.contains("name=\"password\""), "the sign-in form");
}

#[tokio::test]
async fn staff_see_only_their_units() {
    let portal = seeded().await;
    let (hegu_no, _) = appeal_in(&portal, "v-hegu", "key-staff-0001").await;
    // Drinking water in 草原村 goes to 雪莲乡 by a local rule.
    let (caoyuan_no, _) = appeal_in(&portal, "v-caoyuan", "key-staff-0002").await;

    let village = login(&portal, "hegu", "gongdao-demo-2026").await.unwrap();
    let queue = page(&portal, "/staff", &village).await;
    assert!(queue.body.contains(&hegu_no) && !queue.body.contains(&caoyuan_no), "{}", queue.body);
    assert_eq!(page(&portal, &format!("/staff/appeals/{caoyuan_no}"), &village).await.status, 404);
    let own = page(&portal, &format!("/staff/appeals/{hegu_no}"), &village).await;
    assert_eq!(own.status, 200);
    assert!(own.body.contains("13812345678"), "handling staff see the phone in full");

    let county = login(&portal, "county", "gongdao-demo-2026").await.unwrap();
    let queue = page(&portal, "/staff", &county).await;
    assert!(queue.body.contains(&hegu_no) && queue.body.contains(&caoyuan_no));

    // Acting outside the subtree is refused too, not only reading.
    let csrf = csrf_of(&page(&portal, "/staff", &village).await.body);
    let answer = act(&portal, &village, &caoyuan_no, &format!("csrf={csrf}&action=accept")).await;
    assert_eq!(answer.status, 404);
}

#[tokio::test]
async fn actions_need_the_csrf_token_and_are_audited() {
    let portal = seeded().await;
    let (no, code) = appeal_in(&portal, "v-hegu", "key-staff-0003").await;
    let cookie = login(&portal, "hegu", "gongdao-demo-2026").await.unwrap();
    let forged = act(&portal, &cookie, &no, "csrf=guess&action=reply&text=hello").await;
    assert_eq!(forged.status, 403);

    let csrf = csrf_of(&page(&portal, &format!("/staff/appeals/{no}"), &cookie).await.body);
    let reply =
        act(&portal, &cookie, &no, &format!("csrf={csrf}&action=reply&text=%E6%98%8E%E5%A4%A9%E9%80%81%E6%B0%B4"))
            .await;
    assert_eq!(reply.status, 303);
    let resolve =
        act(&portal, &cookie, &no, &format!("csrf={csrf}&action=resolve&text=%E5%B7%B2%E9%80%81%E6%B0%B4")).await;
    assert_eq!(resolve.status, 303);

    let view = portal.get(&format!("/api/appeals/{no}?code={code}")).await.json();
    assert_eq!(view["status"], "resolved");
    let said: Vec<&str> = view["timeline"].as_array().unwrap().iter().filter_map(|e| e["text"].as_str()).collect();
    assert_eq!(said, ["明天送水", "已送水"]);

    let audited: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE username = 'hegu' AND tracking_no IS NOT NULL")
            .fetch_one(&portal.state.db)
            .await
            .unwrap();
    assert_eq!(audited, 2);
}

#[tokio::test]
async fn sessions_rotate_at_login_and_expire() {
    let portal = seeded().await;
    let first = login(&portal, "qingke", "gongdao-demo-2026").await.unwrap();
    let second = login(&portal, "qingke", "gongdao-demo-2026").await.unwrap();
    assert_ne!(first, second, "a new token at every login");
    sqlx::query("UPDATE staff_sessions SET expires_at = 0").execute(&portal.state.db).await.unwrap();
    let answer = page(&portal, "/staff", &second).await;
    assert!(answer.body.contains("name=\"password\""), "expired: back to sign-in");
    // The next login clears expired sessions away.
    login(&portal, "county", "gongdao-demo-2026").await.unwrap();
    let left: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM staff_sessions").fetch_one(&portal.state.db).await.unwrap();
    assert_eq!(left, 1, "only the new session is left");
}

/// Stores an appeal directly (no rate limit), `days` ago.
async fn stored(portal: &TestPortal, village: &str, category: &str, text: &str, phone: &str, key: &str) -> String {
    let new = domain::appeal::NewAppeal {
        lang: domain::Lang::Zh,
        category: category.into(),
        village: village.into(),
        description: text.into(),
        phone: Some(phone.into()),
        idempotency_key: key.into(),
        ..Default::default()
    };
    let now = server::case::now();
    portal.state.appeals.create(&new, now).await.unwrap().0.tracking_no
}

#[tokio::test]
async fn staff_find_any_case_of_their_units_and_page_through() {
    let portal = seeded().await;
    let well =
        stored(&portal, "v-hegu", "drinking-water", "河谷村三组的水井塌了一半。", "13811112222", "key-find-0001").await;
    let road =
        stored(&portal, "v-hegu", "roads", "去牧场的路被山上滚下来的石头堵了。", "13833334444", "key-find-0002").await;
    let far =
        stored(&portal, "v-caoyuan", "roads", "草原村的桥面裂开了，车过不去。", "13855556666", "key-find-0003").await;
    for i in 0..22 {
        let text = format!("路灯坏了，第 {i} 盏，晚上看不见路。");
        stored(&portal, "v-hegu", "sanitation", &text, "13900000000", &format!("key-find-1{i:03}")).await;
    }
    let county = login(&portal, "county", "gongdao-demo-2026").await.unwrap();
    let hegu = login(&portal, "hegu", "gongdao-demo-2026").await.unwrap();
    let found = |cookie: String, query: &'static str| {
        let portal = &portal;
        async move {
            let answer = page(portal, &format!("/staff?{query}"), &cookie).await;
            assert_eq!(answer.status, 200, "{query}");
            answer.body
        }
    };

    // By number (as typed by hand, lower case, no dash), phone, or words.
    let typed = well.replace('-', "").to_lowercase();
    let by_no = page(&portal, &format!("/staff?q={typed}"), &county).await.body;
    assert!(by_no.contains("共 1 件") && by_no.contains(&well), "{by_no}");
    let by_phone = found(county.clone(), "q=138%203333%204444").await;
    assert!(by_phone.contains("共 1 件") && by_phone.contains(&road));
    let by_words = found(county.clone(), "q=%E6%A1%A5%E9%9D%A2").await; // 桥面
    assert!(by_words.contains("共 1 件") && by_words.contains(&far));
    // A wildcard is a character, not "anything".
    assert!(found(county.clone(), "q=%25").await.contains("共 0 件"));

    // The village's staff do not find the other village's case.
    assert!(found(hegu.clone(), "q=%E6%A1%A5%E9%9D%A2").await.contains("共 0 件"));

    // Filters: category, village, status, overdue.
    assert!(found(county.clone(), "category=roads").await.contains("共 2 件"));
    assert!(found(county.clone(), "category=roads&village=v-caoyuan").await.contains("共 1 件"));
    assert!(found(county.clone(), "status=closed").await.contains("共 0 件"));
    assert!(found(county.clone(), "overdue=1").await.contains("共 0 件"));
    sqlx::query("UPDATE appeals SET due_at = 1000 WHERE category = 'roads'").execute(&portal.state.db).await.unwrap();
    let late = found(county.clone(), "overdue=1").await;
    assert!(late.contains("共 2 件") && late.contains(&road) && late.contains(&far));

    // 22 street lamps: two pages, newest first, with links both ways.
    let first = found(hegu.clone(), "category=sanitation").await;
    assert!(first.contains("共 22 件") && first.contains("第 1 页，共 2 页"));
    assert_eq!(first.matches("/staff/appeals/").count(), 20);
    assert!(first.contains("rel=\"next\"") && !first.contains("rel=\"prev\""));
    let second = found(hegu.clone(), "category=sanitation&page=1").await;
    assert_eq!(second.matches("/staff/appeals/").count(), 2);
    assert!(second.contains("rel=\"prev\"") && !second.contains("rel=\"next\""));

    // The overview: overdue cases under their unit, and this month's figures.
    let overview = found(county.clone(), "").await;
    assert!(overview.contains("超期案件（按单位）") && overview.contains(&road));
    assert!(overview.contains("本月数字"), "{overview}");

    // What no form of the console sends: a clear 400, not a 500.
    for bad in ["status=lost", "page=two", "page=-1"] {
        let answer = page(&portal, &format!("/staff?{bad}"), &county).await;
        assert_eq!(answer.status, 400, "{bad}");
        assert!(answer.body.contains("查找条件不对"), "{bad}");
    }
    let long = format!("/staff?q={}", "x".repeat(101));
    assert_eq!(page(&portal, &long, &county).await.status, 400);
}

#[tokio::test]
async fn grid_workers_report_what_they_find_and_the_figures_count_it_apart() {
    let portal = seeded().await;
    let grid = login(&portal, "grid1", "gongdao-demo-2026").await.unwrap();
    let form = page(&portal, "/staff/report", &grid).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("value=\"v-hegu\"") && !form.body.contains("value=\"v-caoyuan\""), "own village only");
    let csrf = csrf_of(&form.body);

    // 河谷村的井 (drinking water): routed like a resident's report, to the village.
    let text = "%E4%B8%89%E7%BB%84%E6%B0%B4%E4%BA%95%E8%BE%B9%E7%9A%84%E6%8A%A4%E6%A0%8F%E5%80%92%E4%BA%86%EF%BC%8C%E5%AD%A9%E5%AD%90%E5%AE%B9%E6%98%93%E6%8E%89%E4%B8%8B%E5%8E%BB%E3%80%82";
    let sent = staff_post(
        &portal,
        &grid,
        "/staff/report",
        &format!(
            "csrf={csrf}&idempotency_key=grid-test-000001&category=drinking-water&village=v-hegu&description={text}"
        ),
    )
    .await;
    assert_eq!(sent.status, 303);
    let to = sent.headers["location"].to_str().unwrap().to_owned();
    let no = to.split("reported=").nth(1).expect(&to).to_owned();
    let stored: (String, String) =
        sqlx::query_as("SELECT source, unit FROM appeals").fetch_one(&portal.state.db).await.unwrap();
    assert_eq!(stored, ("grid".to_owned(), "v-hegu".to_owned()));
    assert!(page(&portal, &to, &grid).await.body.contains(&format!("已上报，编号 {no}")));
    let village = login(&portal, "hegu", "gongdao-demo-2026").await.unwrap();
    assert!(page(&portal, "/staff", &village).await.body.contains(&no), "in the village's queue");

    let month = domain::stats::Month::of(server::case::now());
    let figures = server::stats::figures(&portal.state.db, &portal.state.units, "county", month, server::case::now())
        .await
        .unwrap();
    assert_eq!((figures.received, figures.received_grid, figures.received_resident), (1, 1, 0));

    // Too short: back to the form with the reason; another village: refused as missing.
    let short = staff_post(
        &portal,
        &grid,
        "/staff/report",
        &format!("csrf={csrf}&idempotency_key=grid-test-000002&category=roads&village=v-hegu&description=x"),
    )
    .await;
    assert!(short.headers["location"].to_str().unwrap().contains("error=appeal-error-description-short"));
    let elsewhere = staff_post(
        &portal,
        &grid,
        "/staff/report",
        &format!("csrf={csrf}&idempotency_key=grid-test-000003&category=roads&village=v-caoyuan&description={text}"),
    )
    .await;
    assert_eq!(elsewhere.status, 404);
    // Township and county staff do not go on rounds.
    let county = login(&portal, "county", "gongdao-demo-2026").await.unwrap();
    assert_eq!(page(&portal, "/staff/report", &county).await.status, 404);
    let forged = staff_post(&portal, &grid, "/staff/report", "csrf=guess&category=roads&village=v-hegu").await;
    assert_eq!(forged.status, 403);
}
