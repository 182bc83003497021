//! How well the chat finds the article that answers a resident's question.
//! - `content/chat/held-out/{lang}.toml`: questions written apart from the
//!   articles' own residents' questions (`questions.{lang}.toml`, which the
//!   chat learns from) and never read by the chat: the real measure.
//! - `content/chat/questions.toml`: the older 100, which the word lists of
//!   `content/chat/words-*.toml` were tuned on.
//!
//! Both print top-1 and top-3 source accuracy per language, and the
//! off-topic messages refused. (Run with
//! `cargo test -p server --test chat_accuracy -- --nocapture`.)

mod common;

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

#[derive(Deserialize)]
struct HeldOut {
    question: Vec<HeldOutQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HeldOutQuestion {
    article: String,
    section: String,
    text: String,
    /// A second article that answers just as well.
    also: Option<String>,
}

/// Top-1 and top-3 on the held-out questions, per language; how often the
/// quoted passage is in the section the question points at; and that no
/// held-out question is refused as off-topic.
#[test]
fn held_out_questions_find_their_article() {
    let (content, library, chat) = common::library_and_chat();
    println!(
        "{:<4} {:>9} {:>7} {:>7} {:>8} {:>8} {:>8}",
        "lang", "questions", "top-1", "top-3", "section", "refused", "offered"
    );
    for lang in Lang::ALL {
        // The articles carry at least 8 residents' questions in each language.
        for article in library.articles() {
            let n = article.questions[lang as usize].len();
            assert!(n >= 8, "{} has {n} residents' questions in {lang}", article.slug);
        }
        let path = content.join(format!("chat/held-out/{}.toml", lang.tag()));
        let held: HeldOut = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert!(held.question.len() >= 64, "{lang}: only {} held-out questions", held.question.len());
        // Offered: the right article is among those the answer quotes (the
        // best, and a second that scores close).
        let (mut top1, mut top3, mut section, mut refused, mut offered) = (0, 0, 0, 0, 0);
        for q in &held.question {
            let article = library.articles().iter().find(|a| a.slug == q.article);
            let article = article.unwrap_or_else(|| panic!("{}: no article {}", q.text, q.article));
            // Held out means the chat never saw it.
            assert!(
                library.articles().iter().all(|a| a.questions[lang as usize].iter().all(|t| t.text != q.text)),
                "{} is also a residents' question of an article",
                q.text
            );
            assert!(article.version(lang).rendered.sections.iter().any(|s| s.id == q.section), "{}", q.text);
            let right = |slug: &str| slug == q.article || q.also.as_deref() == Some(slug);
            let found = chat.from_library(&library, lang, &q.text);
            match found.first() {
                None => {
                    refused += 1;
                    println!("  refused {lang}: {}", q.text);
                }
                Some(best) if right(&best.slug) => {
                    top1 += 1;
                    section += usize::from(best.slug == q.article && best.section == q.section);
                }
                Some(best) => println!("  miss {lang}: {} -> {} (want {})", q.text, best.slug, q.article),
            }
            top3 += usize::from(found.iter().take(3).any(|f| right(&f.slug)));
            offered += usize::from(server::chat::offered(&found).iter().any(|f| right(&f.slug)));
        }
        let n = held.question.len();
        let share = |k: usize| 100.0 * k as f64 / n as f64;
        println!(
            "{:<4} {n:>9} {:>6.1}% {:>6.1}% {:>7.1}% {refused:>8} {:>7.1}%",
            lang.slug(),
            share(top1),
            share(top3),
            share(section),
            share(offered)
        );
        // A floor a little under the figures when the weights were set
        // (zh 95.0, bo 90.0, ii 89.9), so that a change that makes the chat
        // worse fails here; the aim is 90% top-1 and 97% top-3 in each.
        let floor = match lang {
            Lang::Zh => 92.0,
            Lang::Bo => 87.0,
            Lang::Ii => 87.0,
        };
        assert!(share(top1) >= floor, "{lang}: top-1 {:.1}% is below {floor}%", share(top1));
        assert!(share(top3) >= 95.0, "{lang}: top-3 {:.1}% is below 95%", share(top3));
        // The quote in the section the question points at: 60.0 / 53.8 /
        // 68.4% when section kinds came in (40 / 40 / 63 before).
        let section_floor = if lang == Lang::Ii { 60.0 } else { 50.0 };
        assert!(share(section) >= section_floor, "{lang}: section {:.1}% is below {section_floor}%", share(section));
        // A resident with a real question is never sent away.
        assert_eq!(refused, 0, "{lang}: held-out library questions refused as off-topic");
    }
    let (total, refused) = refusals(&chat, &library, &content.join("chat/off-topic-held-out.toml"));
    println!("held-out off-topic messages refused: {refused} of {total}");
    // A floor under the figure when the library's own share came in (51 of
    // 60; 44 with the everyday messages alone); the aim is 90%.
    assert!(refused * 100 >= total * 80, "only {refused} of {total} held-out off-topic messages refused");
}

/// How many of a file's off-topic messages are refused, of how many.
fn refusals(chat: &Chat, library: &Library, path: &Path) -> (usize, usize) {
    let (mut unrelated, mut refused) = (0, 0);
    for (lang, messages) in common::by_language::<Vec<String>>(path) {
        let tag = lang.slug();
        let mut here = 0;
        for message in &messages {
            match chat.from_library(library, lang, message).first() {
                None => here += 1,
                Some(found) => println!("  answered off-topic {tag}: {message} -> {}", found.slug),
            }
        }
        println!("off-topic {tag}: {here} of {} refused", messages.len());
        unrelated += messages.len();
        refused += here;
    }
    (unrelated, refused)
}

#[test]
fn the_chat_cites_the_right_article() {
    let (content, library, chat) = common::library_and_chat();
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
    let (unrelated, refused) = refusals(&chat, &library, &content.join("chat/off-topic.toml"));
    println!("off-topic messages refused: {refused} of {unrelated}");
    let overall = all_top1 as f64 / all as f64;
    println!("all  {all:>9} {:>6.1}%", 100.0 * overall);
    assert!(overall >= 0.8, "top-1 accuracy {:.1}% is below 80%", 100.0 * overall);
}

/// Three answers as a resident sees them (printed for the notes), each
/// quoting a passage of the expected article, short enough for a phone.
#[test]
fn answers_quote_a_passage() {
    let (_, library, chat) = common::library_and_chat();
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
