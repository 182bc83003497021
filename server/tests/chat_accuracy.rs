//! How well the chat finds the article that answers a resident's question:
//! `content/chat/questions.toml` holds questions written the way residents
//! talk, each labelled with the article(s) that answer it. Prints top-1 and
//! top-3 source accuracy per language; fails below 80% top-1 overall.
//! (Run with `cargo test -p server --test chat_accuracy -- --nocapture`.)

use domain::Lang;
use serde::Deserialize;
use server::{chat::Chat, guide::Library};
use std::path::Path;

#[derive(Deserialize)]
struct Questions {
    question: Vec<Question>,
}

#[derive(Deserialize)]
struct Question {
    lang: Lang,
    text: String,
    answers: Vec<String>,
}

#[test]
fn the_chat_cites_the_right_article() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let library = Library::load(&content.join("guide"), "https://gongdao.test").unwrap();
    let chat = Chat::load(&content.join("chat"), &library).unwrap();
    let text = std::fs::read_to_string(content.join("chat/questions.toml")).unwrap();
    let questions: Questions = toml::from_str(&text).unwrap();

    let (mut all, mut all_top1) = (0, 0);
    println!("{:<4} {:>9} {:>7} {:>7}", "lang", "questions", "top-1", "top-3");
    for lang in Lang::ALL {
        let asked: Vec<&Question> = questions.question.iter().filter(|q| q.lang == lang).collect();
        assert!(asked.len() >= 20, "{lang}: only {} questions", asked.len());
        let (mut top1, mut top3) = (0, 0);
        for q in &asked {
            for slug in &q.answers {
                assert!(library.articles().iter().any(|a| &a.slug == slug), "{}: no article {slug}", q.text);
            }
            let found = chat.from_library(&library, lang, &q.text);
            let slugs: Vec<&str> = found.iter().map(|f| f.slug.as_str()).collect();
            if slugs.first().is_some_and(|s| q.answers.iter().any(|a| a == s)) {
                top1 += 1;
            } else {
                println!("  miss {lang}: {} -> {:?} (want {:?})", q.text, slugs.first(), q.answers);
            }
            if slugs.iter().take(3).any(|s| q.answers.iter().any(|a| a == s)) {
                top3 += 1;
            }
        }
        let n = asked.len();
        println!(
            "{:<4} {:>9} {:>6.1}% {:>6.1}%",
            lang.slug(),
            n,
            100.0 * top1 as f64 / n as f64,
            100.0 * top3 as f64 / n as f64
        );
        all += n;
        all_top1 += top1;
    }
    // Messages the library has nothing on (content/chat/off-topic.toml)
    // should find nothing and be offered to a volunteer.
    let text = std::fs::read_to_string(content.join("chat/off-topic.toml")).unwrap();
    let mut off_topic: std::collections::BTreeMap<String, toml::Value> = toml::from_str(&text).unwrap();
    off_topic.remove("translation");
    let (mut unrelated, mut refused) = (0, 0);
    for (tag, messages) in off_topic {
        let lang: Lang = tag.parse().unwrap();
        let messages: Vec<String> = messages.try_into().unwrap();
        let mut here = 0;
        for message in &messages {
            match chat.from_library(&library, lang, message).first() {
                None => here += 1,
                Some(found) => println!("  answered off-topic {tag}: {message} -> {}", found.slug),
            }
        }
        println!("off-topic {tag}: {here} of {} refused", messages.len());
        unrelated += messages.len();
        refused += here;
    }
    println!("off-topic messages refused: {refused} of {unrelated}");
    let overall = all_top1 as f64 / all as f64;
    println!("all  {all:>9} {:>6.1}%", 100.0 * overall);
    assert!(overall >= 0.8, "top-1 accuracy {:.1}% is below 80%", 100.0 * overall);
}

/// Three answers as a resident sees them (printed for the notes), each
/// quoting a passage of the expected article, short enough for a phone.
#[test]
fn answers_quote_a_passage() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let library = Library::load(&content.join("guide"), "https://gongdao.test").unwrap();
    let chat = Chat::load(&content.join("chat"), &library).unwrap();
    let cases = [
        (Lang::Zh, "协议离婚要等多少天才能拿到离婚证", "marriage-divorce"),
        (Lang::Zh, "老板拖欠工资三个月了，去哪里告他", "unpaid-wages"),
        (Lang::Bo, "ཚོང་དཔོན་གྱིས་ལས་གླ་མ་སྤྲད་ན་ཅི་བྱ།", "unpaid-wages"),
    ];
    for (lang, question, slug) in cases {
        let found = chat.from_library(&library, lang, question);
        let best = found.first().unwrap_or_else(|| panic!("{question}: nothing found"));
        println!("{question}\n  -> {} #{} {}\n  {}", best.slug, best.section, best.heading, best.passage);
        assert_eq!(best.slug, slug, "{question}");
        assert!(!best.passage.is_empty() && best.passage.chars().count() <= 420, "{}", best.passage);
    }
}
