//! Readers' feedback on a passage (issue 19): every section of every article
//! carries the control; the API and the plain form store it, nothing about
//! the reader is kept, bad input gets a localized 422, and it has its own
//! rate limit.

use crate::support::{portal, portal_with};
use axum::{body::Body, http::Request};
use serde_json::json;
use server::limits::{Kind, Limit, RateLimits};
use std::{sync::Arc, time::Duration};

fn has_han(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[tokio::test]
async fn every_section_of_every_article_carries_the_control() {
    let portal = portal().await;
    for lang in ["zh", "bo", "ii"] {
        for slug in ["unpaid-wages", "marriage-divorce", "village-rules-points"] {
            let page = portal.get(&format!("/{lang}/guide/{slug}")).await;
            assert_eq!(page.status, 200);
            let sections = (1..50).take_while(|i| page.body.contains(&format!("<h2 id=\"s{i}\""))).count();
            assert!(sections >= 2, "{lang} {slug}");
            assert_eq!(page.body.matches("<details class=\"feedback\">").count(), sections, "{lang} {slug}");
            assert!(page.body.contains(&format!("action=\"/{lang}/feedback\"")));
        }
    }
}

#[tokio::test]
async fn feedback_is_stored_without_anything_about_the_reader() {
    let portal = portal().await;
    let body =
        json!({"lang": "bo", "slug": "unpaid-wages", "section": "s2", "kind": "unclear", "text": "ཚིག་འདི་གོ་མ་བདེ།"});
    let stored = portal.post_json("/api/feedback", &body).await;
    assert_eq!(stored.status, 201, "{}", stored.body);
    let row: (String, String, String, String, Option<String>, String) =
        sqlx::query_as("SELECT lang, slug, section, kind, text, status FROM feedback")
            .fetch_one(&portal.state.db)
            .await
            .unwrap();
    assert_eq!(
        row,
        (
            "bo".into(),
            "unpaid-wages".into(),
            "s2".into(),
            "unclear".into(),
            Some("ཚིག་འདི་གོ་མ་བདེ།".into()),
            "open".into()
        )
    );
    let columns: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info('feedback')")
        .fetch_all(&portal.state.db)
        .await
        .unwrap_or_default();
    for personal in ["ip", "client", "phone", "name", "address"] {
        assert!(!columns.iter().any(|c| c.contains(personal)), "{columns:?}");
    }
    // A chat answer.
    let chat = json!({"lang": "ii", "slug": "chat", "section": "chat", "kind": "wrong"});
    assert_eq!(portal.post_json("/api/feedback", &chat).await.status, 201);

    for (body, field) in [
        (json!({"lang": "bo", "slug": "unpaid-wages", "section": "s99", "kind": "unclear"}), "section"),
        (json!({"lang": "bo", "slug": "no-such-article", "section": "s1", "kind": "unclear"}), "section"),
        (json!({"lang": "bo", "slug": "unpaid-wages", "section": "s1", "kind": "rude"}), "kind"),
        (
            json!({"lang": "bo", "slug": "unpaid-wages", "section": "s1", "kind": "other", "text": "ཀ".repeat(501)}),
            "description",
        ),
    ] {
        let answer = portal.post_json("/api/feedback", &body).await;
        assert_eq!(answer.status, 422, "{}", answer.body);
        let json = answer.json();
        assert_eq!(json["problems"][0]["field"], field, "{json}");
        assert!(!has_han(json["problems"][0]["message"].as_str().unwrap()), "in Tibetan: {json}");
    }
    assert_eq!(portal.post_json("/api/feedback", &json!({"lang": "xx"})).await.status, 422);

    // The plain form under a section: back to the section with thanks.
    let form = |text: &str| {
        Request::post("/ii/feedback")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(format!("slug=unpaid-wages&section=s1&kind=wrong&text={text}")))
            .unwrap()
    };
    let sent = portal.send(form("x")).await;
    assert_eq!(sent.status, 303);
    assert_eq!(sent.headers["location"], "/ii/guide/unpaid-wages?feedback=thanks#s1");
    let thanked = portal.get("/ii/guide/unpaid-wages?feedback=thanks").await;
    assert!(thanked.body.contains("role=\"status\""));
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM feedback").fetch_one(&portal.state.db).await.unwrap();
    assert_eq!(count, 3);
}

#[tokio::test]
async fn feedback_has_its_own_rate_limit() {
    let portal = portal_with(|state| {
        state.limits = Arc::new(RateLimits::new(
            None,
            [(Kind::Feedback, Limit { requests: 2, window: Duration::from_secs(600) })],
        ));
    })
    .await;
    let body = json!({"lang": "zh", "slug": "unpaid-wages", "section": "s1", "kind": "unclear"});
    assert_eq!(portal.post_json("/api/feedback", &body).await.status, 201);
    assert_eq!(portal.post_json("/api/feedback", &body).await.status, 201);
    let third = portal.post_json("/api/feedback", &body).await;
    assert_eq!(third.status, 429);
    assert!(third.headers.contains_key("retry-after"));
    // Other requests are not limited by it.
    assert_eq!(portal.get("/api/bank/rules?lang=zh").await.status, 200);
}

#[tokio::test]
async fn a_reviewer_reads_the_feedback_and_never_a_case() {
    use crate::support::{csrf_of, login, page, seeded, staff_post};
    let portal = seeded().await;
    let flag = json!({"lang": "bo", "slug": "unpaid-wages", "section": "s2", "kind": "wrong", "text": "ཚིག་འདི་ནོར་འདུག"});
    assert_eq!(portal.post_json("/api/feedback", &flag).await.status, 201);
    let appeal = json!({"lang": "zh", "category": "drinking-water", "village": "v-hegu",
        "description": "村里的水井已经干了三天。", "phone": "13812345678", "idempotency_key": "review-case-0001"});
    let no = portal.post_json("/api/appeals", &appeal).await.json()["tracking_no"].as_str().unwrap().to_owned();

    let reviewer = login(&portal, "reviewer", "gongdao-demo-2026").await.unwrap();
    let desk = page(&portal, "/staff", &reviewer).await;
    assert_eq!(desk.status, 200);
    assert!(desk.body.contains("ཚིག་འདི་ནོར་འདུག") && desk.body.contains("/bo/guide/unpaid-wages#s2"), "{}", desk.body);
    let first =
        desk.body.split("<ul class=\"queue review\">").nth(1).unwrap().split("</li>").next().unwrap().to_owned();
    assert!(first.contains("/bo/guide/unpaid-wages"), "the most flagged first: {first}");
    assert!(!desk.body.contains(&no) && !desk.body.contains("13812345678"), "no case on the reviewer's desk");
    for path in [
        format!("/staff/appeals/{no}"),
        "/staff/bank".to_owned(),
        "/staff/volunteers".to_owned(),
        "/staff/report".to_owned(),
        format!("/staff/appeals/{no}/photos/x"),
        "/staff?q=13812345678".to_owned(),
    ] {
        assert_eq!(page(&portal, &path, &reviewer).await.status, 404, "{path}");
    }
    let csrf = csrf_of(&desk.body);
    let act =
        staff_post(&portal, &reviewer, &format!("/staff/appeals/{no}"), &format!("csrf={csrf}&action=accept")).await;
    assert_eq!(act.status, 404);
    // Signing out works for a reviewer too.
    assert_eq!(staff_post(&portal, &reviewer, "/staff/logout", &format!("csrf={csrf}")).await.status, 303);
    // Handlers keep their console and do not get the reviewer's desk.
    let handler = login(&portal, "county", "gongdao-demo-2026").await.unwrap();
    let console = page(&portal, "/staff", &handler).await;
    assert!(console.body.contains(&no) && !console.body.contains("ཚིག་འདི་ནོར་འདུག"));
}

/// A console form, URL-encoded.
fn form(fields: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish()
}

fn location(answer: &crate::support::Answer) -> String {
    answer.headers.get("location").map(|l| l.to_str().unwrap().to_owned()).unwrap_or_default()
}

#[tokio::test]
async fn a_reviewer_edits_a_section_and_readers_see_it_at_once() {
    use crate::support::{csrf_of, login, page, seeded, staff_post};
    use domain::Lang;
    let portal = seeded().await;
    let flag = json!({"lang": "bo", "slug": "unpaid-wages", "section": "s1", "kind": "unclear"});
    assert_eq!(portal.post_json("/api/feedback", &flag).await.status, 201);
    let reviewer = login(&portal, "reviewer", "gongdao-demo-2026").await.unwrap();
    let desk_path = "/staff/review/bo/unpaid-wages";
    let desk = page(&portal, desk_path, &reviewer).await;
    assert_eq!(desk.status, 200);
    let csrf = csrf_of(&desk.body);
    let zh = portal.state.guides.now().own_version(Lang::Zh, "unpaid-wages").unwrap().parts[1].clone();
    let zh_heading = zh.lines().next().unwrap().trim_start_matches("## ");
    assert!(desk.body.contains(zh_heading) && desk.body.contains("<textarea"), "Chinese beside the edit box");
    let before = portal.state.guides.now().own_version(Lang::Bo, "unpaid-wages").unwrap().parts[1].clone();
    // The page is cached before the edit; the edit must reach readers anyway.
    let article = portal.get("/bo/guide/unpaid-wages").await;
    assert!(
        article.body.contains("དུམ་མཚམས་ 4 ཡི་ནང་ནས་ 0 ") || article.body.contains("ཡི་ནང་ནས་ 0 "),
        "nothing reviewed yet"
    );
    let added = "ཚིག་འདི་ཞུ་དག་པས་བཅོས།";
    let edited = format!("{}\n\n{added}", before.trim());
    let post = |fields: Vec<(&'static str, String)>| {
        let mut all = vec![("csrf", csrf.clone())];
        all.extend(fields);
        let body = form(&all.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>());
        let (portal, reviewer) = (&portal, reviewer.clone());
        async move { staff_post(portal, &reviewer, desk_path, &body).await }
    };
    let saved =
        post(vec![("action", "save".into()), ("part", "s1".into()), ("base", "0".into()), ("text", edited.clone())])
            .await;
    assert_eq!(saved.status, 303);
    assert!(location(&saved).contains("done=saved"), "{}", location(&saved));
    let article = portal.get("/bo/guide/unpaid-wages").await;
    assert!(article.body.contains(added), "readers see the saved text at once");
    assert!(portal.get("/api/guides?lang=bo&q=%E0%BD%9E%E0%BD%B4%E0%BC%8B%E0%BD%91%E0%BD%82%E0%BC%8B%E0%BD%94%E0%BD%A6%E0%BC%8B").await.body.contains("unpaid-wages"), "search finds it");

    // Saved from a page opened before: refused, the text kept.
    let stale = post(vec![
        ("action", "save".into()),
        ("part", "s1".into()),
        ("base", "0".into()),
        ("text", "## x\n\nཡ".into()),
    ])
    .await;
    assert!(location(&stale).contains("error=staff-review-error-stale") && location(&stale).contains("draft="));
    // Markdown that breaks the article's rules: refused with the reason, the draft shown again.
    for (text, error) in [
        ("ཚིག་འདི་ཞུ་དག", "staff-review-error-sections"),
        ("## ཁ\n\nཀ\n\n## ག\n\nང", "staff-review-error-sections"),
        ("## ཁ\n\n[ཀ](javascript:alert(1))", "staff-review-error-link"),
        ("## ཁ\n\n[ཀ](/guide/no-such-article)", "staff-review-error-guide"),
    ] {
        let refused =
            post(vec![("action", "save".into()), ("part", "s1".into()), ("base", "1".into()), ("text", text.into())])
                .await;
        let back = location(&refused);
        assert!(back.contains(&format!("error={error}")), "{text}: {back}");
        let shown = page(&portal, &back, &reviewer).await;
        assert!(shown.body.contains("没有保存") && shown.body.contains(text.lines().last().unwrap()), "{text}");
    }
    // Preview: no save.
    let preview = post(vec![
        ("action", "preview".into()),
        ("part", "s1".into()),
        ("base", "1".into()),
        ("text", format!("{edited}\n\nཀཁག")),
    ])
    .await;
    let shown = page(&portal, &location(&preview), &reviewer).await;
    assert!(shown.body.contains("预览") && shown.body.contains("<p>ཀཁག</p>"), "the preview is rendered");
    assert!(!portal.get("/bo/guide/unpaid-wages").await.body.contains("ཀཁག"));

    let marked = post(vec![("action", "reviewed".into()), ("part", "s1".into()), ("base", "1".into())]).await;
    assert!(location(&marked).contains("done=reviewed"));
    let article = portal.get("/bo/guide/unpaid-wages").await;
    let sections = portal.state.guides.now().own_version(Lang::Bo, "unpaid-wages").unwrap().counted_parts().count();
    assert!(article.body.contains(&format!("དུམ་མཚམས་ {sections} ཡི་ནང་ནས་ 1 ")), "1 of N sections reviewed");
    let status = portal.get("/api/translation-status").await.json();
    assert_eq!(status["bo"]["sections"]["reviewed"], 1);
    assert_eq!(status["bo"]["articles"]["total"], 16);
    assert_eq!(status["ii"]["sections"]["reviewed"], 0);
    let total = status["bo"]["sections"]["total"].as_u64().unwrap();
    let public = portal.get("/bo/translation").await;
    assert_eq!(public.status, 200);
    assert!(public.body.contains(&format!("ལམ་སྟོན་གྱི་དུམ་མཚམས། {total} ཡི་ནང་ནས་ 1 ")), "the public page counts it");
    let open: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM feedback WHERE status = 'open' AND section = 's1'")
        .fetch_one(&portal.state.db)
        .await
        .unwrap();
    assert_eq!(open.0, 0, "the section's feedback is answered once it is reviewed");

    // A second save is unreviewed; reverting to revision 1 brings its text back.
    let second = post(vec![
        ("action", "save".into()),
        ("part", "s1".into()),
        ("base", "1".into()),
        ("text", format!("{edited}\n\nཀཁག")),
    ])
    .await;
    assert!(location(&second).contains("done=saved"));
    assert_eq!(portal.get("/api/translation-status").await.json()["bo"]["sections"]["reviewed"], 0);
    let revert =
        post(vec![("action", "revert".into()), ("part", "s1".into()), ("base", "2".into()), ("to", "1".into())]).await;
    assert!(location(&revert).contains("done=reverted"), "{}", location(&revert));
    let now = portal.state.guides.now().own_version(Lang::Bo, "unpaid-wages").unwrap().parts[1].clone();
    assert_eq!(now.trim(), edited.trim());
    let history = page(&portal, desk_path, &reviewer).await;
    assert!(history.body.contains("<ins>") && history.body.contains("恢复到第 1 版"), "history with differences");
    let audited: (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action = 'review-text' AND username = 'reviewer'")
            .fetch_one(&portal.state.db)
            .await
            .unwrap();
    assert_eq!(audited.0, 4, "save, reviewed, save, revert");

    // Only reviewers.
    let handler = login(&portal, "county", "gongdao-demo-2026").await.unwrap();
    assert_eq!(page(&portal, desk_path, &handler).await.status, 404);
    let body = form(&[
        ("csrf", &csrf_of(&page(&portal, "/staff", &handler).await.body)),
        ("action", "save"),
        ("part", "s1"),
        ("base", "3"),
        ("text", "x"),
    ]);
    assert_eq!(staff_post(&portal, &handler, desk_path, &body).await.status, 404);
    assert_eq!(page(&portal, "/staff/review/zh/unpaid-wages", &reviewer).await.status, 404, "Chinese is the source");
}

#[tokio::test]
async fn ui_messages_keep_their_placeholders_and_the_export_gives_the_same_texts() {
    use crate::support::{csrf_of, login, page, seeded, staff_post};
    use domain::Lang;
    use server::{guide::content, review::messages};
    let portal = seeded().await;
    let reviewer = login(&portal, "reviewer", "gongdao-demo-2026").await.unwrap();
    let ui = page(&portal, "/staff/review/ii/ui", &reviewer).await;
    assert_eq!(ui.status, 200);
    assert!(ui.body.contains("?group=feedback") && !ui.body.contains("?group=staff"), "reader-facing messages only");
    let group = page(&portal, "/staff/review/ii/ui?group=feedback", &reviewer).await;
    assert!(group.body.contains("feedback-send") && !group.body.contains("id=\"home-heading\""), "one group at a time");
    let csrf = csrf_of(&ui.body);
    let send = |part: &str, text: &str, base: &str| {
        let body = form(&[("csrf", &csrf), ("action", "save"), ("part", part), ("base", base), ("text", text)]);
        let (portal, reviewer) = (&portal, reviewer.clone());
        async move { staff_post(portal, &reviewer, "/staff/review/ii/ui", &body).await }
    };
    let lost = location(&send("guide-review-progress", "ꋍꄮ ꍤꄻꀐ", "0").await);
    assert!(lost.contains("error=staff-review-error-placeholders"), "{lost}");
    let broken = location(&send("guide-review-progress", "ꋍꄮ { $m ꇬ { $n }", "0").await);
    assert!(broken.contains("error=staff-review-error-fluent"), "{broken}");
    // A harmless change to a message other tests do not read.
    let value = "ꋍꄮ { $m } ꇬ，{ $n } ꄮ ꍤꄻꀐ。";
    let saved = location(&send("guide-review-progress", value, "0").await);
    assert!(saved.starts_with("/staff/review/ii/ui?group=guide&done=saved"), "back to the message's group: {saved}");
    assert_eq!(
        app::i18n::loader(Lang::Ii)
            .get_args("guide-review-progress", std::collections::HashMap::from([("n", "1"), ("m", "2")])),
        "ꋍꄮ 2 ꇬ，1 ꄮ ꍤꄻꀐ。",
        "served at once"
    );
    // An article section, reviewed as it is.
    let article = page(&portal, "/staff/review/ii/marriage-divorce", &reviewer).await;
    let csrf2 = csrf_of(&article.body);
    let marked = staff_post(
        &portal,
        &reviewer,
        "/staff/review/ii/marriage-divorce",
        &form(&[("csrf", &csrf2), ("action", "reviewed"), ("part", "s2"), ("base", "0")]),
    )
    .await;
    assert!(location(&marked).contains("done=reviewed"), "{}", location(&marked));

    // Export over a copy of the library, and load it as the server would.
    let dir = tempfile::tempdir().unwrap();
    let guide = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/guide");
    for entry in walk(&guide) {
        let to = dir.path().join("content/guide").join(entry.strip_prefix(&guide).unwrap());
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(&entry, &to).unwrap();
    }
    let written = server::review::export::export(&portal.state, dir.path()).await.unwrap();
    assert!(written >= 32, "{written}");
    let exported = content::load(&dir.path().join("content/guide")).unwrap();
    let served = portal.state.guides.now();
    for article in &exported.articles {
        for lang in [Lang::Bo, Lang::Ii] {
            let (Some(a), Some(b)) = (&article.versions[lang as usize], served.own_version(lang, &article.slug)) else {
                continue;
            };
            assert_eq!(a.parts, b.parts, "{} {lang}", article.slug);
            assert_eq!(a.review, b.review, "{} {lang}", article.slug);
        }
    }
    let family = exported.article("marriage-divorce").unwrap().versions[Lang::Ii as usize].as_ref().unwrap();
    assert!(family.review[2].as_ref().is_some_and(|(by, _)| !by.is_empty()), "who reviewed s2 is in the front matter");
    let ftl = std::fs::read_to_string(dir.path().join("locales/ii/app.ftl")).unwrap();
    let message = messages::read(&ftl).into_iter().find(|m| m.id == "guide-review-progress").unwrap();
    assert_eq!(message.value, value);
    assert!(fluent_syntax::parser::parse(ftl.as_str()).is_ok());
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[tokio::test]
async fn a_chat_answer_carries_the_control_and_its_plain_form_thanks_on_the_article() {
    let portal = portal().await;
    let request = Request::post("/widget?lang=zh")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(form(&[("message", "老板不给工资怎么办？")])))
        .unwrap();
    let answer = portal.send(request).await;
    assert_eq!(answer.status, 200);
    let control = answer.body.split("<details class=\"feedback chat-flag\">").nth(1).expect("the control").to_owned();
    let slug = control.split("name=\"slug\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    assert!(control.contains("name=\"section\" value=\"chat\"") && control.contains("target=\"_top\""));
    let request = Request::post("/zh/feedback")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(form(&[("slug", &slug), ("section", "chat"), ("kind", "wrong")])))
        .unwrap();
    let sent = portal.send(request).await;
    assert_eq!(sent.status, 303);
    assert_eq!(location(&sent), format!("/zh/guide/{slug}?feedback=thanks#chat"));
    let stored: (String, String) =
        sqlx::query_as("SELECT slug, section FROM feedback").fetch_one(&portal.state.db).await.unwrap();
    assert_eq!(stored, (slug, "chat".to_owned()));
}
