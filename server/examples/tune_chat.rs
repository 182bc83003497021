//! How the chat's ranking weights were set (see `chat::retrieval::Weights`):
//! ranks the residents' questions of `content/guide/*/questions.*.toml` in
//! two halves, each with the other half's questions only, plus the older
//! test questions of `content/chat/questions.toml`, under a grid of weights,
//! and prints top-1 per language. Never reads the held-out questions.
//! `cargo run --release -p server --example tune_chat`

use domain::Lang;
use server::{
    chat::{retrieval::Retrieval, retrieval::Weights, Chat},
    guide::Library,
};
use std::path::Path;

fn main() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let library = Library::load(&content.join("guide"), "https://gongdao.test").unwrap();
    let chat = Chat::load(&content.join("chat"), &library).unwrap();
    let halves = [
        Retrieval::leaving_out(&library, |_, _, i| i % 2 == 0),
        Retrieval::leaving_out(&library, |_, _, i| i % 2 == 1),
    ];
    let full = Retrieval::new(&library);
    let older: toml::Value =
        toml::from_str(&std::fs::read_to_string(content.join("chat/questions.toml")).unwrap()).unwrap();
    let older: Vec<(Lang, String, Vec<String>)> = older["question"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            let answers = q["answers"].as_array().unwrap().iter().map(|a| a.as_str().unwrap().to_owned()).collect();
            (q["lang"].as_str().unwrap().parse().unwrap(), q["text"].as_str().unwrap().to_owned(), answers)
        })
        .collect();
    let off: toml::Value =
        toml::from_str(&std::fs::read_to_string(content.join("chat/off-topic.toml")).unwrap()).unwrap();
    let grid = std::env::args().nth(1).unwrap_or_default() == "grid";
    // `tune_chat ask zh "问题"`: what the chat finds, with scores.
    if std::env::args().nth(1).unwrap_or_default() == "ask" {
        let lang: Lang = std::env::args().nth(2).unwrap().parse().unwrap();
        let question = std::env::args().nth(3).unwrap();
        for f in full.find(&library, lang, &chat.expand(lang, &question)) {
            println!("{:.2} {} #{} {}\n     {}", f.score, f.slug, f.section, f.heading, f.passage);
        }
        return;
    }
    if std::env::args().nth(1).unwrap_or_default() == "off" {
        for lang in Lang::ALL {
            for m in off[lang.slug()].as_array().into_iter().flatten() {
                let found = full.find(&library, lang, &chat.expand(lang, m.as_str().unwrap()));
                println!("{lang} {} -> {:?}", m.as_str().unwrap(), found.first().map(|f| &f.slug));
            }
        }
        return;
    }
    let mut settings = vec![Weights::DEFAULT];
    if grid {
        for search in [0.25, 0.5, 1.0] {
            for passage in [1.0, 2.0, 3.0] {
                for asked in [0.0, 0.5, 1.0, 2.0] {
                    for min_coverage in [0.1, 0.15, 0.2] {
                        settings.push(Weights { search, passage, asked, min_coverage });
                    }
                }
            }
        }
    }
    for w in settings {
        let mut line = format!(
            "search {:.2} passage {:.1} asked {:.1} min_coverage {:.2} |",
            w.search, w.passage, w.asked, w.min_coverage
        );
        let mut sum = 0.0;
        for lang in Lang::ALL {
            let (mut n, mut top1, mut top3, mut section, mut none) = (0, 0, 0, 0, 0);
            for article in library.articles() {
                for (i, q) in article.questions[lang as usize].iter().enumerate() {
                    let found = halves[i % 2].find_with(&library, lang, &chat.expand(lang, &q.text), "", &w);
                    n += 1;
                    top3 += usize::from(found.iter().take(3).any(|f| f.slug == article.slug));
                    none += usize::from(found.is_empty());
                    if found.first().is_some_and(|f| f.slug == article.slug) {
                        top1 += 1;
                        section += usize::from(found[0].section == q.section);
                    } else if !grid {
                        println!(
                            "  miss {lang}: {} -> {:?} (want {})",
                            q.text,
                            found.first().map(|f| &f.slug),
                            article.slug
                        );
                    }
                }
            }
            let (mut m, mut old1) = (0, 0);
            for (l, text, answers) in older.iter().filter(|q| q.0 == lang) {
                let found = full.find_with(&library, *l, &chat.expand(*l, text), "", &w);
                m += 1;
                if found.first().is_some_and(|f| answers.contains(&f.slug)) {
                    old1 += 1;
                }
            }
            let refused = off[lang.slug()]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter(|m| {
                            full.find_with(&library, lang, &chat.expand(lang, m.as_str().unwrap()), "", &w).is_empty()
                        })
                        .count()
                })
                .unwrap_or(0);
            let a = 100.0 * top1 as f64 / n.max(1) as f64;
            let b = 100.0 * old1 as f64 / m.max(1) as f64;
            sum += a + b;
            let c = 100.0 * top3 as f64 / n.max(1) as f64;
            let d = 100.0 * section as f64 / n.max(1) as f64;
            line += &format!(" {lang} {a:4.1} {c:4.1} s{d:4.1} n{none} old {b:5.1} off {refused} |");
        }
        println!("{line} sum {sum:.0}");
    }
}
