//! How the chat's ranking weights were set (see `chat::retrieval::Weights`).
//! Ranks the residents' questions of `content/guide/*/questions.*.toml` in
//! two halves, each with the other half's questions only, and the everyday
//! messages of `content/chat/everyday/` the same way (each half refused or
//! not with the other half known), plus the older test questions of
//! `content/chat/questions.toml` and the off-topic ones of
//! `content/chat/off-topic.toml`. Prints per language: top-1, top-3, the
//! quote in the pointed section, library questions refused, older top-1,
//! off-topic and everyday refused. Never reads the held-out sets.
//! - `cargo run --release -p server --example tune_chat`: today's weights,
//!   with each miss;
//! - `... tune_chat grid`: a grid of weights, one line each;
//! - `... tune_chat ask zh "问题"`: what the chat finds, with scores;
//! - `... tune_chat time`: microseconds per answer in-process, and of the
//!   search signal alone, for one message per language (best of ten).

use domain::Lang;
use server::{
    chat::{everyday::Everyday, phrases::Phrases, retrieval::Retrieval, retrieval::Weights, Chat},
    guide::Library,
};
use std::path::Path;

fn main() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let library = Library::load(&content.join("guide"), "https://gongdao.test").unwrap();
    let chat = Chat::load(&content.join("chat"), &library).unwrap();
    let everyday = Everyday::load(&content.join("chat")).unwrap();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let phrases = Phrases::load(&content.join("chat")).unwrap();
    let full = Retrieval::new(&library, &everyday, phrases.units());
    if args.first().map(String::as_str) == Some("ask") {
        let lang: Lang = args[1].parse().unwrap();
        let message = chat.expand(lang, &args[2]);
        for f in full.find(&library, lang, &message, chat.asks(lang, &message)) {
            println!("{:.2} {} #{} {}\n     {}", f.score, f.slug, f.section, f.heading, f.passage);
        }
        return;
    }
    if args.first().map(String::as_str) == Some("time") {
        let messages = [
            (Lang::Zh, "老板拖欠工资不给怎么办？"),
            (Lang::Bo, "ཁྱིམ་མཚེས་ཀྱིས་ང་ཚོའི་ལམ་བཀག་སོང་ ག་རེ་བྱེད་དགོས"),
            (Lang::Ii, "ꉢꃝꇽꉪ，ꈍꃅꃅ？"),
        ];
        for (lang, message) in messages {
            let expanded = chat.expand(lang, message);
            let best_of = |run: &dyn Fn()| {
                let runs = (0..10).map(|_| {
                    let start = std::time::Instant::now();
                    (0..200).for_each(|_| run());
                    start.elapsed().as_secs_f64() / 200.0 * 1e6
                });
                runs.fold(f64::MAX, f64::min)
            };
            let answer = best_of(&|| {
                let message = chat.expand(lang, message);
                std::hint::black_box(full.find(&library, lang, &message, chat.asks(lang, &message)));
            });
            let search = best_of(&|| {
                std::hint::black_box(library.scores(lang, &expanded));
            });
            println!("{lang}: {answer:.0} µs per answer, of which the search signal {search:.0} µs");
        }
        return;
    }
    let grid = args.first().map(String::as_str) == Some("grid");
    // Half k leaves out (and is measured on) the items with index % 2 == k.
    let half_of = |k: usize| Everyday {
        messages: everyday
            .messages
            .clone()
            .map(|m| m.into_iter().enumerate().filter(|(i, _)| i % 2 != k).map(|(_, m)| m).collect()),
        ..everyday.clone()
    };
    let halves = [0, 1].map(|k| Retrieval::leaving_out(&library, &half_of(k), phrases.units(), |_, _, i| i % 2 == k));
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
    let mut settings = vec![Weights::DEFAULT];
    if grid {
        for everyday in [0.0, 1.0, 2.0] {
            for min_own in [0.0, 0.03, 0.05, 0.08, 0.1] {
                settings.push(Weights { everyday, min_own, ..Weights::DEFAULT });
            }
        }
        for min_odds in [f32::NEG_INFINITY, 1.0, 1.4] {
            settings.push(Weights { min_odds, ..Weights::DEFAULT });
        }
        for kind in [0.0, 2.0, 32.0] {
            settings.push(Weights { kind, ..Weights::DEFAULT });
        }
    }
    for w in settings {
        let mut line = format!(
            "search {:.2} passage {:.1} asked {:.1} min_coverage {:.2} everyday {:.1} share {:.3} min_own {:.2} odds {:.1} kind {:.1} |",
            w.search, w.passage, w.asked, w.min_coverage, w.everyday, w.everyday_share, w.min_own, w.min_odds, w.kind
        );
        for lang in Lang::ALL {
            let find = |r: &Retrieval, text: &str| {
                let message = chat.expand(lang, text);
                r.find_with(&library, lang, &message, chat.asks(lang, &message), "", &w)
            };
            let (mut n, mut top1, mut top3, mut section, mut none) = (0, 0, 0, 0, 0);
            for article in library.articles() {
                for (i, q) in article.questions[lang as usize].iter().enumerate() {
                    let found = find(&halves[i % 2], &q.text);
                    n += 1;
                    top3 += usize::from(found.iter().take(3).any(|f| f.slug == article.slug));
                    none += usize::from(found.is_empty());
                    if found.first().is_some_and(|f| f.slug == article.slug) {
                        top1 += 1;
                        section += usize::from(found[0].section == q.section);
                    } else if !grid {
                        let got = found.first().map(|f| &f.slug);
                        println!("  miss {lang}: {} -> {got:?} (want {})", q.text, article.slug);
                    }
                }
            }
            let (mut m, mut old1) = (0, 0);
            for (_, text, answers) in older.iter().filter(|q| q.0 == lang) {
                m += 1;
                old1 += usize::from(find(&full, text).first().is_some_and(|f| answers.contains(&f.slug)));
            }
            let messages = off[lang.slug()].as_array().cloned().unwrap_or_default();
            let mut off_refused = 0;
            for message in messages.iter().filter_map(|m| m.as_str()) {
                match find(&full, message).first() {
                    None => off_refused += 1,
                    Some(f) if !grid => println!("  off-topic answered {lang}: {message} -> {}", f.slug),
                    Some(_) => {}
                }
            }
            let mut day_refused = 0;
            for (i, message) in everyday.of(lang).iter().enumerate() {
                match find(&halves[i % 2], message).first() {
                    None => day_refused += 1,
                    Some(f) if !grid => println!("  everyday answered {lang}: {message} -> {}", f.slug),
                    Some(_) => {}
                }
            }
            let pc = |k: usize, of: usize| 100.0 * k as f64 / of.max(1) as f64;
            line += &format!(
                " {lang} {:4.1} {:4.1} s{:4.1} n{none} old {:5.1} off {off_refused}/{} day {day_refused}/{} |",
                pc(top1, n),
                pc(top3, n),
                pc(section, n),
                pc(old1, m),
                messages.len(),
                everyday.of(lang).len()
            );
        }
        println!("{line}");
    }
}
