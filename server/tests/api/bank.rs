//! The culture bank (文化银行): accounts opened by village staff, the
//! append-only ledger, the shop that never overdraws, the public rules and
//! honour boards, and who may see what.

use crate::support::{csrf_of, login, page, seeded, staff_post, Answer, TestPortal};
use serde_json::json;
use server::case::now;

const PASSWORD: &str = "gongdao-demo-2026";

fn has_han(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

fn location(answer: &Answer) -> String {
    answer.headers.get("location").unwrap().to_str().unwrap().to_owned()
}

/// Opens an account for `household` in 河谷村 as its clerk; its number and code.
async fn open(portal: &TestPortal, cookie: &str, household: &str, honour: bool) -> (String, String) {
    let desk = page(portal, "/staff/bank", cookie).await;
    assert_eq!(desk.status, 200, "{}", desk.body);
    let key = desk.body.split("name=\"idempotency_key\" value=\"").nth(1).unwrap().split('"').next().unwrap();
    let form = format!(
        "csrf={}&idempotency_key={key}&village=v-hegu&household={}&members=%E6%89%8E%E8%A5%BF&lang=bo{}",
        csrf_of(&desk.body),
        urlencoding(household),
        if honour { "&honour=yes" } else { "" }
    );
    let opened = staff_post(portal, cookie, "/staff/bank", &form).await;
    assert_eq!(opened.status, 303, "{}", opened.body);
    let to = location(&opened);
    assert!(to.starts_with("/staff/bank/") && to.ends_with("?done=open"), "{to}");
    let no = to.trim_start_matches("/staff/bank/").split('?').next().unwrap().to_owned();
    let card = page(portal, &format!("/staff/bank/{no}"), cookie).await;
    assert_eq!(card.status, 200);
    let code = card.body.split("class=\"access-code\">").nth(1).unwrap().split('<').next().unwrap().to_owned();
    assert!(card.body.contains("/api/qr.svg?path=%2Fbo%2Fbank%2F"), "the card's QR code opens the Tibetan page");
    (no, code)
}

fn urlencoding(text: &str) -> String {
    text.bytes().map(|b| format!("%{b:02X}")).collect()
}

async fn entry(portal: &TestPortal, cookie: &str, no: &str, form: &str) -> String {
    let desk = page(portal, &format!("/staff/bank/{no}"), cookie).await;
    let answer =
        staff_post(portal, cookie, &format!("/staff/bank/{no}"), &format!("csrf={}&{form}", csrf_of(&desk.body))).await;
    assert_eq!(answer.status, 303, "{}", answer.body);
    location(&answer)
}

async fn account(portal: &TestPortal, no: &str, code: &str, lang: &str) -> Answer {
    portal.get(&format!("/api/bank/accounts/{no}?code={code}&lang={lang}")).await
}

#[tokio::test]
async fn a_clerk_opens_an_account_and_keeps_its_ledger_by_the_rules() {
    let portal = seeded().await;
    let clerk = login(&portal, "hegu", PASSWORD).await.unwrap();
    let (no, code) = open(&portal, &clerk, "扎西家", true).await;

    assert!(entry(&portal, &clerk, &no, "action=record&item=patrol-shift&note=%E5%A4%9C%E5%B7%A1")
        .await
        .ends_with("done=record"));
    assert!(entry(&portal, &clerk, &no, "action=record&item=litter").await.ends_with("done=record"));
    let view = account(&portal, &no, &code, "bo").await;
    assert_eq!(view.status, 200, "{}", view.body);
    assert_eq!(view.headers["cache-control"], "no-store");
    let json = view.json();
    assert_eq!(json["balance"], 5 - 3, "a patrol earns 5, litter costs 3");

    // A correction is a new entry; the old one stays, marked.
    assert!(entry(&portal, &clerk, &no, "action=reverse&seq=2").await.ends_with("done=reverse"));
    let again = entry(&portal, &clerk, &no, "action=reverse&seq=2").await;
    assert!(again.ends_with("error=bank-error-not-reversible"), "{again}");
    let reversal = entry(&portal, &clerk, &no, "action=reverse&seq=3").await;
    assert!(reversal.ends_with("error=bank-error-not-reversible"), "a reversal is not reversed: {reversal}");
    let unknown = entry(&portal, &clerk, &no, "action=record&item=no-such-item").await;
    assert!(unknown.ends_with("error=bank-error-item"), "{unknown}");

    let json = account(&portal, &no, &code, "bo").await.json();
    assert_eq!(json["balance"], 5);
    let entries = json["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 3, "{json}");
    let sum: i64 = entries.iter().map(|e| e["points"].as_i64().unwrap()).sum();
    assert_eq!(sum, json["balance"].as_i64().unwrap(), "the balance is the sum of the entries");
    assert_eq!(entries[0]["reverses"], 2);
    assert_eq!(entries[1]["reversed"], true);
    assert_eq!(entries[2]["note"], "夜巡");
    for text in entries
        .iter()
        .map(|e| e["item"].as_str().unwrap())
        .chain(json["shop"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()))
    {
        assert!(!has_han(text), "Tibetan names: {text}");
    }
    assert!(!has_han(json["village_name"].as_str().unwrap()));

    // The household's own page, in Tibetan, with its shop.
    let html = portal.get(&format!("/bo/bank/{no}?code={code}")).await;
    assert_eq!(html.status, 200);
    assert_eq!(html.headers["cache-control"], "no-store");
    assert!(html.body.contains("class=\"balance\">5<"), "{}", html.body);
    assert!(html.body.contains(&format!("action=\"/bo/bank/{no}/redeem\"")));

    // Wrong codes meet the tracking guard: the same 404 as no account.
    let wrong = account(&portal, &no, "AAA-AAA-AAA", "bo").await;
    assert_eq!(wrong.status, 404);
    assert_eq!(wrong.json()["error"], "bank-error-not-found");
    assert!(!has_han(wrong.json()["message"].as_str().unwrap()), "the message in Tibetan");
    assert_eq!(account(&portal, "ZZZZ-ZZZZ", &code, "zh").await.status, 404);
    assert_eq!(portal.get(&format!("/zh/bank/{no}?code=AAA-AAA-AAA")).await.status, 404);

    let audit: Vec<String> =
        sqlx::query_scalar("SELECT action FROM audit_log WHERE tracking_no = $1 ORDER BY at, action")
            .bind(no.replace('-', ""))
            .fetch_all(&portal.state.db)
            .await
            .unwrap();
    for action in ["bank-open", "bank-record", "bank-reverse"] {
        assert!(audit.iter().any(|a| a == action), "{action} in {audit:?}");
    }
    assert_eq!(audit.iter().filter(|a| *a == "bank-record").count(), 2, "a refused entry is not audited as done");
}

#[tokio::test]
async fn staff_keep_only_their_own_villages_accounts() {
    let portal = seeded().await;
    let clerk = login(&portal, "hegu", PASSWORD).await.unwrap();
    let (no, _) = open(&portal, &clerk, "卓玛家", false).await;

    // 雪莲乡 is another township: its staff get the 404 of a missing account.
    let other = login(&portal, "xuelian", PASSWORD).await.unwrap();
    assert_eq!(page(&portal, &format!("/staff/bank/{no}"), &other).await.status, 404);
    let own = page(&portal, "/staff/bank", &other).await;
    assert!(!own.body.contains(&no), "not listed for another township");
    let forged = staff_post(
        &portal,
        &other,
        &format!("/staff/bank/{no}"),
        &format!("csrf={}&action=record&item=donate", csrf_of(&own.body)),
    )
    .await;
    assert_eq!(forged.status, 404);
    let elsewhere = staff_post(
        &portal,
        &other,
        "/staff/bank",
        &format!("csrf={}&idempotency_key=bank-elsewhere-0001&village=v-hegu&household=x", csrf_of(&own.body)),
    )
    .await;
    assert_eq!(elsewhere.status, 404, "opening an account in another township's village");
    // 青稞镇, the township of 河谷村, sees it; a grid worker keeps no accounts.
    let township = login(&portal, "qingke", PASSWORD).await.unwrap();
    assert_eq!(page(&portal, &format!("/staff/bank/{no}"), &township).await.status, 200);
    let grid = login(&portal, "grid1", PASSWORD).await.unwrap();
    assert_eq!(page(&portal, "/staff/bank", &grid).await.status, 404);
    // A form without the session's CSRF token is refused.
    assert_eq!(
        staff_post(&portal, &clerk, &format!("/staff/bank/{no}"), "action=record&item=donate").await.status,
        403
    );
    // A household name that is empty goes back to the form with the reason.
    let desk = page(&portal, "/staff/bank", &clerk).await;
    let empty = staff_post(
        &portal,
        &clerk,
        "/staff/bank",
        &format!("csrf={}&idempotency_key=bank-empty-00001&village=v-hegu&household=%20", csrf_of(&desk.body)),
    )
    .await;
    assert_eq!(location(&empty), "/staff/bank?error=bank-error-household");
}

/// Points for `n` help-police entries (15 each), written straight to the ledger.
async fn credit(portal: &TestPortal, no: &str, n: usize) {
    let no = domain::appeal::TrackingNo::parse(no).unwrap();
    for _ in 0..n {
        portal.state.bank.record(&no, "help-police", None, "hegu", None, now()).await.unwrap();
    }
}

async fn redeem(portal: &TestPortal, no: &str, code: &str, good: &str, key: &str) -> Answer {
    portal
        .post_json(
            &format!("/api/bank/accounts/{no}/redeem"),
            &json!({"lang": "zh", "code": code, "good": good, "idempotency_key": key}),
        )
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn redemptions_at_once_never_overdraw_the_balance_or_the_stock() {
    let portal = std::sync::Arc::new(seeded().await);
    let clerk = login(&portal, "hegu", PASSWORD).await.unwrap();
    let (no, code) = open(&portal, &clerk, "次仁家", true).await;
    credit(&portal, &no, 4).await; // 60 points: three soaps at 20.

    let tries: Vec<_> = (0..12)
        .map(|i| {
            let (portal, no, code) = (portal.clone(), no.clone(), code.clone());
            tokio::spawn(async move { redeem(&portal, &no, &code, "soap", &format!("soap-at-once-{i:04}")).await })
        })
        .collect();
    let mut statuses = Vec::new();
    for t in tries {
        let answer = t.await.unwrap();
        if answer.status == 409 {
            assert_eq!(answer.json()["error"], "bank-error-not-enough");
        }
        statuses.push(answer.status);
    }
    assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 3, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 409).count(), 9, "{statuses:?}");
    let json = account(&portal, &no, &code, "zh").await.json();
    assert_eq!(json["balance"], 0);
    let soap = json["shop"].as_array().unwrap().iter().find(|o| o["id"] == "soap").unwrap().clone();
    assert_eq!(soap["stock"], 40 - 3);

    // The school bag: 10 in stock, 15 households' worth of points asking at once.
    credit(&portal, &no, 50).await; // 750 points: fifteen bags at 50.
    let tries: Vec<_> = (0..15)
        .map(|i| {
            let (portal, no, code) = (portal.clone(), no.clone(), code.clone());
            tokio::spawn(async move { redeem(&portal, &no, &code, "school-bag", &format!("bag-at-once-{i:04}")).await })
        })
        .collect();
    let mut statuses = Vec::new();
    for t in tries {
        let answer = t.await.unwrap();
        if answer.status == 409 {
            assert_eq!(answer.json()["error"], "bank-error-out-of-stock");
        }
        statuses.push(answer.status);
    }
    assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 10, "{statuses:?}");
    let json = account(&portal, &no, &code, "zh").await.json();
    assert_eq!(json["balance"], 750 - 10 * 50);
    let bag = json["shop"].as_array().unwrap().iter().find(|o| o["id"] == "school-bag").unwrap().clone();
    assert_eq!(bag["stock"], 0);

    // A retry takes the good once; the same key for another good is refused.
    let taken: String = sqlx::query_scalar("SELECT source FROM bank_entries WHERE item = 'soap' LIMIT 1")
        .fetch_one(&portal.state.db)
        .await
        .unwrap();
    let key = taken.trim_start_matches("redeem:").to_owned();
    let retry = redeem(&portal, &no, &code, "soap", &key).await;
    let first_ok = retry.status;
    assert!(first_ok == 200, "{}", retry.body);
    assert_eq!(account(&portal, &no, &code, "zh").await.json()["balance"], 250, "the retry took nothing more");
    let reused = redeem(&portal, &no, &code, "tea", &key).await;
    assert_eq!((reused.status, reused.json()["error"].as_str().unwrap()), (422, "error-key-reused"));

    // A good the village's shop does not have, and a wrong code.
    let thermos = redeem(&portal, &no, &code, "thermos", "thermos-key-0001").await;
    assert_eq!((thermos.status, thermos.json()["error"].as_str().unwrap()), (422, "bank-error-good"));
    assert_eq!(redeem(&portal, &no, "AAA-AAA-AAA", "soap", "wrong-code-0001").await.status, 404);

    // A reversed redemption gives the points and the good back.
    let clerk_seq = account(&portal, &no, &code, "zh").await.json()["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "redeem" && e["item"].as_str().unwrap().contains("书包"))
        .unwrap()["seq"]
        .as_i64()
        .unwrap();
    entry(&portal, &clerk, &no, &format!("action=reverse&seq={clerk_seq}")).await;
    let json = account(&portal, &no, &code, "zh").await.json();
    assert_eq!(json["balance"], 300);
    let bag = json["shop"].as_array().unwrap().iter().find(|o| o["id"] == "school-bag").unwrap().clone();
    assert_eq!(bag["stock"], 1);

    // Goods delivered to the shop (入库), by the village's staff only.
    let desk = page(&portal, "/staff/bank", &clerk).await;
    assert!(desk.body.contains("name=\"good\" value=\"school-bag\""), "the shop to restock");
    let form = |n: &str| format!("csrf={}&village=v-hegu&good=school-bag&n={n}", csrf_of(&desk.body));
    let added = staff_post(&portal, &clerk, "/staff/bank/stock", &form("5")).await;
    assert_eq!(location(&added), "/staff/bank?done=stock");
    for bad in ["0", "x", "1001"] {
        let refused = staff_post(&portal, &clerk, "/staff/bank/stock", &form(bad)).await;
        assert_eq!(location(&refused), "/staff/bank?error=staff-bank-error-stock", "{bad}");
    }
    let json = account(&portal, &no, &code, "zh").await.json();
    let bag = json["shop"].as_array().unwrap().iter().find(|o| o["id"] == "school-bag").unwrap().clone();
    assert_eq!(bag["stock"], 6);
    let other = login(&portal, "xuelian", PASSWORD).await.unwrap();
    let theirs = page(&portal, "/staff/bank", &other).await;
    let form = format!("csrf={}&village=v-hegu&good=school-bag&n=5", csrf_of(&theirs.body));
    assert_eq!(staff_post(&portal, &other, "/staff/bank/stock", &form).await.status, 404);
}

#[tokio::test]
async fn the_household_redeems_with_a_plain_form() {
    let portal = seeded().await;
    let clerk = login(&portal, "hegu", PASSWORD).await.unwrap();
    let (no, code) = open(&portal, &clerk, "格桑家", false).await;
    let poor = portal
        .send(
            axum::http::Request::post(format!("/bo/bank/{no}/redeem"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(axum::body::Body::from(format!("code={code}&good=tea&idempotency_key=form-redeem-0001")))
                .unwrap(),
        )
        .await;
    assert_eq!(poor.status, 303);
    assert_eq!(location(&poor), format!("/bo/bank/{no}?code={code}&error=bank-error-not-enough"));
    let shown = portal.get(&location(&poor)).await;
    assert!(shown.body.contains("role=\"alert\""), "the reason, in Tibetan");
    credit(&portal, &no, 2).await;
    let rich = portal
        .send(
            axum::http::Request::post(format!("/bo/bank/{no}/redeem"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(axum::body::Body::from(format!("code={code}&good=tea&idempotency_key=form-redeem-0002")))
                .unwrap(),
        )
        .await;
    assert_eq!(location(&rich), format!("/bo/bank/{no}?code={code}&done=redeem"));
    assert_eq!(account(&portal, &no, &code, "zh").await.json()["balance"], 0);
    let audit: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE username = 'resident' AND action = 'bank-redeem' AND tracking_no = $1",
    )
    .bind(no.replace('-', ""))
    .fetch_one(&portal.state.db)
    .await
    .unwrap();
    assert_eq!(audit, 1);
}

#[tokio::test]
async fn the_rules_and_honour_boards_are_public_in_three_languages() {
    let portal = seeded().await;
    for lang in ["zh", "bo", "ii"] {
        let rules = portal.get(&format!("/api/bank/rules?lang={lang}")).await.json();
        let earn = rules["earn"].as_array().unwrap();
        let deduct = rules["deduct"].as_array().unwrap();
        assert!(earn.len() >= 10 && deduct.len() >= 5, "{lang}: {} and {}", earn.len(), deduct.len());
        for category in earn.iter().chain(deduct) {
            let items = category["items"].as_array().unwrap();
            assert!(!items.is_empty());
            let names = std::iter::once(&category["name"]).chain(items.iter().map(|i| &i["name"]));
            for name in names {
                let name = name.as_str().unwrap();
                assert!(!name.is_empty() && (lang == "zh") == has_han(name), "{lang}: {name}");
            }
            assert!(items.iter().all(|i| i["points"].as_i64().unwrap() > 0));
        }
    }
    assert_eq!(portal.get("/api/bank/rules?lang=xx").await.status, 422);

    let clerk = login(&portal, "hegu", PASSWORD).await.unwrap();
    let (shown, _) = open(&portal, &clerk, "honour-yes", true).await;
    let (hidden, _) = open(&portal, &clerk, "honour-no", false).await;
    credit(&portal, &shown, 1).await;
    credit(&portal, &hidden, 2).await;
    let boards = portal.get("/api/bank/boards?lang=zh").await.json();
    let hegu = boards["villages"].as_array().unwrap().iter().find(|v| v["village"] == "v-hegu").unwrap().clone();
    assert_eq!(hegu["honour"], json!([{"household": "honour-yes", "points": 15}]), "only households that agreed");
    assert_eq!(hegu["month"], serde_json::Value::Null, "no totals below 5 accounts");
    for n in 0..3 {
        open(&portal, &clerk, &format!("household-{n}"), false).await;
    }
    let boards = portal.get("/api/bank/boards?lang=zh").await.json();
    let hegu = boards["villages"].as_array().unwrap().iter().find(|v| v["village"] == "v-hegu").unwrap().clone();
    assert_eq!(hegu["month"], json!({"earned": 45, "deducted": 0, "redeemed": 0}));

    for lang in ["zh", "bo", "ii"] {
        let html = portal.get(&format!("/{lang}/bank")).await;
        assert_eq!(html.status, 200);
        assert!(html.body.contains("honour-yes") && !html.body.contains("honour-no"), "{lang}");
        assert!(html.body.contains("id=\"rule-patrols\""));
    }
    // The account form on the public page opens the account's own page.
    let go = portal.get("/bo/bank?no=K7M4-Q9PX&code=ABC-DEF-GHJ").await;
    assert_eq!((go.status, go.headers["location"].to_str().unwrap()), (303, "/bo/bank/K7M4-Q9PX?code=ABC-DEF-GHJ"));
    let track = portal.get("/bo/track?no=K7M4-Q9PX&code=ABC-DEF-GHJ").await;
    assert_eq!(track.status, 303, "the tracking form too");
}
