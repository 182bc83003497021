//! How well the chat tells an emergency (issue 20): every message of
//! `content/chat/emergencies.toml` marked as one must put the number to call
//! first (the expected class), and the ordinary questions about a past
//! event must raise at most 5% false alarms, and at least 90% of them be
//! answered from the library (a question about the past is no off-topic
//! message). Prints the figures per
//! language (`cargo test -p server --test chat_emergency -- --nocapture`).

mod common;

use serde::Deserialize;

#[derive(Deserialize)]
struct Cases {
    emergency: Vec<(String, String)>,
    ordinary: Vec<String>,
}

#[test]
fn emergencies_are_told_from_questions_about_the_past() {
    let (content, library, chat) = common::library_and_chat();
    let (mut missed, mut alarms, mut unanswered, mut ordinary, mut emergencies) =
        (Vec::new(), Vec::new(), Vec::new(), 0, 0);
    println!(
        "{:<4} {:>10} {:>8} {:>9} {:>13} {:>9}",
        "lang", "emergency", "caught", "ordinary", "false alarms", "answered"
    );
    for (lang, cases) in common::by_language::<Cases>(&content.join("chat/emergencies.toml")) {
        let tag = lang.slug();
        // At least 30 in Chinese and 15 in each of Tibetan and Yi.
        let least = if lang == domain::Lang::Zh { 30 } else { 15 };
        assert!(cases.emergency.len() >= least, "{tag}: only {} emergency messages", cases.emergency.len());
        emergencies += cases.emergency.len();
        let mut caught = 0;
        for (kind, message) in &cases.emergency {
            match chat.emergency_kind(lang, message) {
                Some(found) if found == kind => caught += 1,
                found => missed.push(format!("{tag}: {message} -> {found:?}, want {kind}")),
            }
        }
        let (mut raised, mut answered) = (0, 0);
        for message in &cases.ordinary {
            if let Some(found) = chat.emergency_kind(lang, message) {
                raised += 1;
                alarms.push(format!("{tag}: {message} -> {found}"));
            }
            if chat.from_library(&library, lang, message).is_empty() {
                unanswered.push(format!("{tag}: {message} -> refused"));
            } else {
                answered += 1;
            }
        }
        ordinary += cases.ordinary.len();
        println!(
            "{tag:<4} {:>10} {caught:>8} {:>9} {raised:>13} {answered:>9}",
            cases.emergency.len(),
            cases.ordinary.len()
        );
    }
    for line in alarms.iter().chain(&missed).chain(&unanswered) {
        println!("  {line}");
    }
    assert!(emergencies >= 60 && ordinary >= 60, "{emergencies} emergencies, {ordinary} ordinary: 60 of each");
    assert!(missed.is_empty(), "emergencies missed or misclassed: {missed:#?}");
    assert!(alarms.len() * 20 <= ordinary, "{} false alarms in {ordinary} ordinary questions", alarms.len());
    // A few ask what the library has nothing on (a dog bite, a flood's
    // compensation) and are honestly refused; the rest must be answered.
    assert!(unanswered.len() * 10 <= ordinary, "ordinary questions with no answer: {unanswered:#?}");
}

#[test]
fn every_emergency_has_its_first_line_in_every_language() {
    let (_, _, chat) = common::library_and_chat();
    for kind in chat.emergency_kinds() {
        let id = format!("chat-emergency-{kind}");
        for lang in domain::Lang::ALL {
            let file = app::i18n::embedded_ftl(lang).unwrap();
            assert!(file.lines().any(|l| l.starts_with(&format!("{id} ="))), "{id} missing in {lang}");
        }
    }
}
