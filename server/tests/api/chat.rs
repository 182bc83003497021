//! The chat over HTTP: each intent in each language, the tracking steps,
//! bad input, what is kept (counts, never text), and the widget's page and
//! loader.

use crate::support::{portal, TestPortal};
use serde_json::{json, Value};

async fn ask(portal: &TestPortal, lang: &str, message: &str) -> Value {
    ask_with(portal, lang, message, json!([])).await
}

async fn ask_with(portal: &TestPortal, lang: &str, message: &str, history: Value) -> Value {
    let answer = portal.post_json("/api/chat", &json!({"lang": lang, "message": message, "history": history})).await;
    assert_eq!(answer.status, 200, "{message}: {}", answer.body);
    answer.json()
}

fn first_source(reply: &Value) -> &str {
    reply["sources"][0]["slug"].as_str().unwrap_or_else(|| panic!("no source: {reply}"))
}

fn action_urls(reply: &Value) -> Vec<String> {
    reply["actions"].as_array().unwrap().iter().map(|a| a["url"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn greetings_and_thanks_in_each_language() {
    let portal = portal().await;
    for (lang, hello) in [("zh", "你好"), ("bo", "བཀྲ་ཤིས་བདེ་ལེགས།"), ("ii", "你好")]
    {
        let reply = ask(&portal, lang, hello).await;
        assert_eq!(reply["intent"], "greeting", "{lang}: {reply}");
        assert!(reply["sources"].as_array().unwrap().is_empty());
        assert!(action_urls(&reply).contains(&format!("/{lang}/guide")), "{reply}");
    }
    let reply = ask(&portal, "bo", "ཐུགས་རྗེ་ཆེ།").await;
    assert_eq!(reply["intent"], "thanks");
    let reply = ask(&portal, "ii", "ꇬꎭꎭ").await;
    assert_eq!(reply["intent"], "thanks");
    // A greeting with a real question is a question.
    let reply = ask(&portal, "zh", "你好，老板欠我三个月工钱不给").await;
    assert_eq!(reply["intent"], "guide", "{reply}");
    assert_eq!(first_source(&reply), "unpaid-wages");
}

#[tokio::test]
async fn asked_who_it_is_the_chat_says_it_is_a_program_and_offers_a_person() {
    let portal = portal().await;
    for (lang, message, says) in
        [("zh", "你是谁？", "不是真人"), ("bo", "ཁྱེད་རང་སུ་ཡིན།", "མི་མ་ཡིན"), ("ii", "你是机器人吗", "ꊿꀋꉬ")]
    {
        let reply = ask(&portal, lang, message).await;
        assert_eq!(reply["intent"], "about", "{lang}: {reply}");
        assert!(reply["answer"].as_str().unwrap().contains(says), "{lang}: {reply}");
        let urls = action_urls(&reply);
        assert!(urls.iter().any(|u| u.starts_with(&format!("/{lang}/appeal"))), "{lang}: {reply}");
        assert!(urls.contains(&"tel:12348".to_owned()), "{lang}: {reply}");
    }
    // Asked with a real question, the question is answered.
    let reply = ask(&portal, "zh", "你是谁啊，我老板欠了我三个月工钱不给怎么办").await;
    assert_eq!(reply["intent"], "guide", "{reply}");
}

#[tokio::test]
async fn library_answers_cite_the_article_in_the_asked_language() {
    let portal = portal().await;
    let questions = [
        ("zh", "包工头跑了，工钱一直拿不到怎么办", "unpaid-wages"),
        ("bo", "ཚོང་དཔོན་གྱིས་ལས་གླ་མ་སྤྲད་ན་ཅི་བྱ།", "unpaid-wages"),
        ("ii", "ꊋꁌ 老板不给 怎么办", "unpaid-wages"),
    ];
    for (lang, question, slug) in questions {
        let reply = ask(&portal, lang, question).await;
        assert_eq!(reply["intent"], "guide", "{lang}: {reply}");
        assert_eq!(first_source(&reply), slug, "{lang}: {reply}");
        let url = reply["sources"][0]["url"].as_str().unwrap();
        assert!(url.starts_with(&format!("/{lang}/guide/{slug}#s")), "{url}");
        // The quote is from the article in that language: its title leads.
        let title = reply["sources"][0]["title"].as_str().unwrap();
        assert!(reply["answer"].as_str().unwrap().contains(title), "{reply}");
        assert!(action_urls(&reply).contains(&"tel:12348".to_owned()), "{reply}");
        assert_eq!(reply["emergency"], false);
        // The cited link opens.
        let page = portal.get(url.split('#').next().unwrap()).await;
        assert_eq!(page.status, 200);
    }
}

#[tokio::test]
async fn emergencies_put_the_number_first() {
    let portal = portal().await;
    let cases = [
        ("zh", "我老公打我，还说要杀了我", "110", "12338"),
        ("zh", "隔壁着火了", "119", "119"),
        ("zh", "我不想活了", "110", "120"),
        ("bo", "ཁྱིམ་ལ་མེ་ཤོར་སོང་།", "119", "119"),
        ("bo", "ངའི་ཁྱོ་གས་བརྡུང་གི་འདུག", "110", "12338"),
        ("ii", "ꑱꈐꇬꊿꁒꐀ ꀋꅉ", "110", "12338"),
        ("ii", "有人受伤了 ꀋꅉ", "120", "120"),
        // By meaning, not by a listed phrase (issue 20).
        ("zh", "他拿着菜刀在门口说要砍死我", "110", "110"),
        ("zh", "有个小孩掉进河里了", "119", "120"),
        ("zh", "我儿子在集市上走丢了", "110", "110"),
        ("bo", "ཕྲུ་གུ་ཞིག་གཙང་པོའི་ནང་ལྷུང་སོང་།", "119", "120"),
    ];
    for (lang, message, first, also) in cases {
        let reply = ask(&portal, lang, message).await;
        assert_eq!(reply["emergency"], true, "{message}: {reply}");
        assert_eq!(reply["intent"], "emergency");
        let answer = reply["answer"].as_str().unwrap();
        let first_line = answer.lines().next().unwrap();
        assert!(first_line.contains(first) && first_line.contains(also), "{message}: {first_line}");
        assert_eq!(action_urls(&reply)[0], format!("tel:{first}"), "{reply}");
    }
    // A question about what happened years ago is an ordinary question.
    let reply = ask(&portal, "zh", "去年被打过，现在想离婚").await;
    assert_eq!(reply["emergency"], false, "{reply}");
    assert!(!reply["sources"].as_array().unwrap().is_empty(), "{reply}");
    // The library still answers below the number where it can.
    let reply = ask(&portal, "zh", "我老公经常打我，我想离婚").await;
    assert_eq!(reply["emergency"], true);
    assert!(!reply["sources"].as_array().unwrap().is_empty(), "{reply}");
}

#[tokio::test]
async fn next_steps_said_alone_lead_to_their_page() {
    let portal = portal().await;
    let reply = ask(&portal, "zh", "我要反映问题").await;
    assert_eq!(reply["intent"], "appeal");
    assert_eq!(action_urls(&reply), ["/zh/appeal"]);
    let reply = ask(&portal, "bo", "བར་འདུམ་པ་").await;
    assert_eq!(reply["intent"], "mediator", "{reply}");
    assert_eq!(action_urls(&reply), ["/bo/mediators"]);
    let reply = ask(&portal, "ii", "查进度").await;
    assert_eq!(reply["intent"], "track-ask");
    assert_eq!(action_urls(&reply), ["/ii/track"]);
}

#[tokio::test]
async fn a_tracking_number_then_its_code_shows_the_status() {
    let portal = portal().await;
    let created = portal
        .post_json(
            "/api/appeals",
            &json!({"lang": "bo", "category": "roads", "village": "v-hegu",
                    "description": "ལམ་ཁ་ཆག་འདུག", "idempotency_key": "chat-track-key-0001"}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let receipt = created.json();
    let no = receipt["tracking_no"].as_str().unwrap();
    let code = receipt["access_code"].as_str().unwrap();

    let first = format!("ངའི་ཨང་རྟགས་ {no}");
    let asked = ask(&portal, "bo", &first).await;
    assert_eq!(asked["intent"], "track-ask", "{asked}");
    let history = json!([{"role": "user", "text": first}, {"role": "assistant", "text": asked["answer"]}]);
    let found = ask_with(&portal, "bo", &code.to_lowercase(), history.clone()).await;
    assert_eq!(found["intent"], "track-found", "{found}");
    let status = app::track::status_text(domain::Lang::Bo, domain::appeal::AppealStatus::Received);
    assert!(found["answer"].as_str().unwrap().contains(&status), "{found}");
    let url = &action_urls(&found)[0];
    assert!(url.starts_with("/bo/track/") && url.contains("code="), "{url}");
    assert_eq!(portal.get(url).await.status, 200);

    let wrong = ask_with(&portal, "bo", "ABC-DEF-GHJ", history).await;
    assert_eq!(wrong["intent"], "track-miss", "{wrong}");
    assert!(!wrong["answer"].as_str().unwrap().contains(&status));
}

#[tokio::test]
async fn nothing_fits_offers_a_volunteer_with_the_question() {
    let portal = portal().await;
    for (lang, question) in [("zh", "明天天气怎么样"), ("zh", "怎么申请专利"), ("bo", "qwerty zxcv"), ("ii", "zzzz")]
    {
        let reply = ask(&portal, lang, question).await;
        assert_eq!(reply["intent"], "unknown", "{question}: {reply}");
        let volunteer = &reply["actions"][0];
        assert_eq!(volunteer["kind"], "appeal");
        assert_eq!(volunteer["url"], format!("/{lang}/appeal?category=legal-consultation"));
        assert_eq!(volunteer["draft"], question);
        assert!(action_urls(&reply).contains(&"tel:12348".to_owned()));
    }
}

#[tokio::test]
async fn bad_messages_get_clear_localized_errors() {
    let portal = portal().await;
    let empty = portal.post_json("/api/chat", &json!({"lang": "bo", "message": "   "})).await;
    assert_eq!(empty.status, 422);
    assert_eq!(empty.json()["error"], "chat-error-empty");
    assert_eq!(empty.json()["message"], app::i18n::loader(domain::Lang::Bo).get("chat-error-empty"));
    let long = portal.post_json("/api/chat", &json!({"lang": "zh", "message": "工".repeat(501)})).await;
    assert_eq!(long.status, 422);
    assert_eq!(long.json()["error"], "chat-error-too-long");
    let unknown_lang = portal.post_json("/api/chat", &json!({"lang": "fr", "message": "hi"})).await;
    assert_eq!(unknown_lang.status, 422);
    let request = http::Request::post("/api/chat").header("content-type", "application/json").body("{\"lang\":".into());
    assert_eq!(portal.send(request.unwrap()).await.status, 400);
}

#[tokio::test]
async fn only_counts_are_kept_never_the_text() {
    let portal = portal().await;
    let secret = "我家邻居张三天天偷我家的鸡";
    ask(&portal, "zh", secret).await;
    ask(&portal, "zh", "你好").await;
    ask(&portal, "zh", "你好").await;
    portal.state.chat.counts.flush(&portal.state.db).await.unwrap();
    let rows: Vec<(String, String, i64)> = sqlx::query_as("SELECT lang, intent, n FROM chat_counts ORDER BY intent")
        .fetch_all(&portal.state.db)
        .await
        .unwrap();
    assert!(rows.contains(&("zh".into(), "greeting".into(), 2)), "{rows:?}");
    assert_eq!(rows.iter().map(|r| r.2).sum::<i64>(), 3);
    let appeals: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM appeals").fetch_one(&portal.state.db).await.unwrap();
    assert_eq!(appeals, 0, "a question becomes an appeal only when the resident sends the form");
}

#[tokio::test]
async fn the_widget_page_may_be_framed_and_nothing_else() {
    let portal = portal().await;
    let page = portal.get("/widget?lang=bo").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(r#"<html lang="bo""#), "{}", &page.body[..200]);
    assert!(page.body.contains("/widget-app/gongdao-widget-0123456789abcdef.js"));
    let csp = page.headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("frame-ancestors *"), "{csp}");
    assert!(!page.headers.contains_key("x-frame-options"));

    let article = portal.get("/zh/guide/unpaid-wages").await;
    assert_eq!(article.headers["x-frame-options"], "DENY");
    assert!(article.headers["content-security-policy"].to_str().unwrap().contains("frame-ancestors 'none'"));
    assert!(
        article.body.contains(r#"<script src="/widget.js" data-lang="zh" async"#),
        "the portal shows the chat button"
    );
}

#[tokio::test]
async fn the_widget_answers_without_the_wasm_and_shows_html_as_text() {
    let portal = portal().await;
    let body = "message=%3Cscript%3Ealert(1)%3C%2Fscript%3E+%E5%B7%A5%E9%92%B1%E4%B8%8D%E7%BB%99&history=";
    let request = http::Request::post("/widget?lang=zh")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.into())
        .unwrap();
    let page = portal.send(request).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(!page.body.contains("<script>alert(1)"), "the message is escaped");
    assert!(page.body.contains("&lt;script&gt;alert(1)"), "and shown");
    assert!(page.body.contains("/zh/guide/unpaid-wages#s"), "the answer cites the article");

    let empty = http::Request::post("/widget?lang=bo")
        .header("content-type", "application/x-www-form-urlencoded")
        .body("message=+&history=".into())
        .unwrap();
    let page = portal.send(empty).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains(&app::i18n::loader(domain::Lang::Bo).get("chat-error-empty")));
}

#[tokio::test]
async fn the_loader_is_small_and_labelled_in_each_language() {
    let portal = portal().await;
    let loader = portal.get("/widget.js").await;
    assert_eq!(loader.status, 200);
    assert!(loader.headers["content-type"].to_str().unwrap().starts_with("text/javascript"));
    for lang in domain::Lang::ALL {
        let label = app::i18n::loader(lang).get("widget-open");
        assert!(loader.body.contains(&serde_json::to_string(&label).unwrap()), "{lang}: {label}");
    }
    // What a phone gets: the router's own gzip.
    let gzipped = http::Request::get("/widget.js").header("accept-encoding", "gzip").body(axum::body::Body::empty());
    let gzipped = portal.send(gzipped.unwrap()).await;
    assert_eq!(gzipped.headers["content-encoding"], "gzip");
    let size = gzipped.raw_len;
    println!("widget.js: {} bytes, {size} bytes gzip", loader.body.len());
    assert!(size <= 3 * 1024, "the loader is {size} bytes gzip, over 3 KB");

    let etag = loader.headers["etag"].to_str().unwrap();
    let again = http::Request::get("/widget.js").header("if-none-match", etag).body(axum::body::Body::empty());
    assert_eq!(portal.send(again.unwrap()).await.status, 304);
}

#[tokio::test]
async fn answers_quote_the_passage_and_follow_ups_use_the_question_before() {
    let portal = portal().await;
    let first = ask(&portal, "zh", "我想跟老公离婚，怎么办手续").await;
    assert_eq!(first_source(&first), "marriage-divorce");
    // A follow-up that names nothing: read with the question before it, and
    // the passage quoted is the one on the waiting time.
    let history = json!([
        {"role": "user", "text": "我想跟老公离婚，怎么办手续"},
        {"role": "assistant", "text": first["answer"]},
    ]);
    let next = ask_with(&portal, "zh", "那要等多久？", history).await;
    assert_eq!(first_source(&next), "marriage-divorce", "{next}");
    let answer = next["answer"].as_str().unwrap();
    assert!(answer.contains("30") && answer.contains("冷静期"), "{answer}");
    // A passage is short enough for a phone.
    let quoted = answer.lines().skip(1).collect::<Vec<_>>().join("\n");
    assert!(quoted.chars().count() <= 201, "{quoted}");

    // The same in Tibetan and Yi: "how many days?" is answered by the
    // passage that gives the 30 days.
    for (lang, question, follow_up) in
        [("bo", "ང་ཁྱོ་ག་དང་གཉེན་དབྱེ་བྱེད་འདོད", "འོ་ན་ཉིན་ག་ཚོད་སྒུག་དགོས"), ("ii", "ꉢꃝꇽꉪ，ꈍꃅꃅ？", "ꑠꆏ ꈍꑋꑍꇬꐯꄡꑟ？")]
    {
        let first = ask(&portal, lang, question).await;
        assert_eq!(first_source(&first), "marriage-divorce", "{first}");
        let history = json!([
            {"role": "user", "text": question},
            {"role": "assistant", "text": first["answer"]},
        ]);
        let next = ask_with(&portal, lang, follow_up, history).await;
        assert_eq!(first_source(&next), "marriage-divorce", "{next}");
        assert!(next["answer"].as_str().unwrap().contains("30"), "{next}");
    }
}
