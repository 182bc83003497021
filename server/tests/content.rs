//! The content check: the library an editor hands over is complete.
//! (Front matter, categories, laws, links and summary length are already
//! enforced when the library loads; this adds what a release needs.)

use domain::{guide::TranslationStatus, Lang};
use server::guide::Library;
use std::path::Path;

fn library() -> Library {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/guide");
    Library::load(&dir, "https://gongdao.test").unwrap_or_else(|e| panic!("content/guide: {e}"))
}

fn han_chars(text: &str) -> usize {
    text.chars().filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c)).count()
}

#[test]
fn every_article_exists_in_three_languages() {
    let library = library();
    assert!(library.articles().len() >= 16, "{} articles; at least 16 wanted", library.articles().len());
    for article in library.articles() {
        assert_eq!(article.languages(), Lang::ALL.to_vec(), "{} lacks a language", article.slug);
    }
}

#[test]
fn chinese_articles_have_a_readable_length() {
    for article in library().articles() {
        let n = han_chars(&article.version(Lang::Zh).rendered.plain_text);
        assert!((400..=1200).contains(&n), "{}: {n} Chinese characters (400 to 1200 wanted)", article.slug);
    }
}

#[test]
fn translations_are_honest_about_review() {
    for article in library().articles() {
        for lang in [Lang::Bo, Lang::Ii] {
            let status = article.version(lang).front.translation;
            assert!(
                matches!(status, TranslationStatus::MachineDrafted | TranslationStatus::Reviewed),
                "{} {lang}: {status:?}",
                article.slug
            );
        }
    }
}

#[test]
fn required_topics_are_covered() {
    let library = library();
    for slug in [
        "neighbour-disputes",
        "marriage-divorce",
        "domestic-violence",
        "inheritance",
        "land-contract-homestead",
        "unpaid-wages",
        "work-injury",
        "telecom-fraud",
        "loans-iou",
        "traffic-accident",
        "consumer-rights",
        "people-mediation",
        "legal-aid",
        "village-rules-points",
        "report-a-problem",
        "minors-school-safety",
    ] {
        assert!(library.articles().iter().any(|a| a.slug == slug), "no article {slug}");
    }
}

/// The language report (`gongdao language-report`): Tibetan and Yi are
/// written in Tibetan and Yi, with one word per concept. It prints the
/// report, so a failing run shows every figure, and keeps a copy in
/// `target/language-report.md`.
#[test]
fn tibetan_and_yi_pass_the_language_report() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let report = server::language::report(&root).unwrap_or_else(|e| panic!("{e}"));
    let markdown = report.markdown();
    println!("{markdown}");
    let _ = std::fs::write(root.join("target/language-report.md"), &markdown);
    let failures = report.failures();
    assert!(failures.is_empty(), "{} rules broken:\n{}", failures.len(), failures.join("\n"));
}

/// The Tibetan web font is a subset (`scripts/subset-fonts`): every Tibetan
/// character the portal writes must be in it, or a phone without a Tibetan
/// font of its own would draw a box in the middle of a word.
#[test]
fn the_tibetan_font_holds_every_tibetan_character_the_portal_writes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let coverage = std::fs::read_to_string(root.join("public/fonts/tibetan-coverage.txt")).unwrap();
    let ranges: Vec<(u32, u32)> = coverage
        .lines()
        .filter_map(|line| {
            let hex = line.trim().strip_prefix("U+")?;
            let (from, to) = hex.split_once('-').unwrap_or((hex, hex));
            Some((u32::from_str_radix(from, 16).ok()?, u32::from_str_radix(to, 16).ok()?))
        })
        .collect();
    assert!(ranges.len() > 20, "{coverage}");
    let covered = |c: char| ranges.iter().any(|&(from, to)| (from..=to).contains(&(c as u32)));
    let mut files = Vec::new();
    let mut folders = vec![root.join("content"), root.join("locales/bo")];
    while let Some(dir) = folders.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "md" || e == "toml" || e == "ftl") {
                files.push(path);
            }
        }
    }
    let mut missing = Vec::new();
    for file in &files {
        for (n, line) in std::fs::read_to_string(file).unwrap().lines().enumerate() {
            for c in line.chars().filter(|c| ('\u{0F00}'..='\u{0FFF}').contains(c) && !covered(*c)) {
                missing.push(format!("{}:{}: U+{:04X} {c}", file.display(), n + 1, c as u32));
            }
        }
    }
    assert!(files.len() > 40, "{} files read", files.len());
    assert!(
        missing.is_empty(),
        "not in the Tibetan font subset (add to scripts/subset-fonts):\n{}",
        missing.join("\n")
    );
}
