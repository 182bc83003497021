//! The UI messages at the review desk: read one language's `app.ftl` as a
//! list of messages, check an edited message, and write it back into the
//! file's text (for serving at once and for `export-translations`).
//!
//! Messages are read line by line, as Fluent writes them: a message starts
//! at `id =` at the start of a line and goes on over indented lines. A
//! comment line `# reviewed: NAME YYYY-MM-DD` just above a message says a
//! native speaker reviewed it (written by the export).

use domain::Lang;
use std::collections::BTreeSet;

/// One message as the file has it.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub id: String,
    /// The value, continuation lines without their indent.
    pub value: String,
    /// (who, `YYYY-MM-DD`) from the `# reviewed:` line above it.
    pub reviewed: Option<(String, String)>,
}

const REVIEWED: &str = "# reviewed: ";

/// Where each message's lines are: (first line, end line) of the file.
fn blocks(ftl: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = ftl.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(id) = message_id(lines[i]) else {
            i += 1;
            continue;
        };
        let start = i;
        i += 1;
        // Continuation lines are indented; blank lines inside count only
        // when an indented line follows.
        let mut end = i;
        while i < lines.len() && (lines[i].starts_with(' ') || lines[i].trim().is_empty()) {
            i += 1;
            if !lines[i - 1].trim().is_empty() {
                end = i;
            }
        }
        i = end;
        out.push((id.to_owned(), start, end));
    }
    out
}

fn message_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let ok = id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then_some(id)
}

/// Every message of a file, in file order.
pub fn read(ftl: &str) -> Vec<Message> {
    let lines: Vec<&str> = ftl.lines().collect();
    blocks(ftl)
        .into_iter()
        .map(|(id, start, end)| {
            let first = lines[start].split_once('=').map_or("", |(_, v)| v).trim_start();
            let mut value = first.to_owned();
            for line in &lines[start + 1..end] {
                if !value.is_empty() {
                    value.push('\n');
                }
                value.push_str(line.trim());
            }
            let reviewed = start
                .checked_sub(1)
                .and_then(|above| lines[above].strip_prefix(REVIEWED))
                .and_then(|mark| mark.rsplit_once(' '))
                .map(|(by, on)| (by.to_owned(), on.to_owned()));
            Message { id, value, reviewed }
        })
        .collect()
}

/// The message as Fluent source: one line, or continuation lines indented.
fn source(id: &str, value: &str) -> String {
    let value = value.replace("\r\n", "\n");
    let lines: Vec<&str> = value.trim().lines().collect();
    if lines.len() <= 1 {
        format!("{id} = {}", value.trim())
    } else {
        let body: Vec<String> = lines
            .iter()
            .map(|l| if l.trim().is_empty() { String::new() } else { format!("    {}", l.trim()) })
            .collect();
        format!("{id} =\n{}", body.join("\n"))
    }
}

/// `ftl` with the messages in `values` replaced (id → (value, reviewed)),
/// each with its `# reviewed:` line above it or none. Messages not in the
/// file are left out: a message is added in Chinese first.
pub fn patch(ftl: &str, values: &super::MessageEdits) -> String {
    let lines: Vec<&str> = ftl.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut next = 0;
    for (id, start, end) in blocks(ftl) {
        let Some((value, reviewed)) = values.get(&id) else { continue };
        let mut keep_to = start;
        if start > 0 && lines[start - 1].starts_with(REVIEWED) {
            keep_to = start - 1;
        }
        out.extend(lines[next..keep_to].iter().map(|l| (*l).to_owned()));
        if let Some((by, on)) = reviewed {
            out.push(format!("{REVIEWED}{} {on}", by.replace('\n', " ")));
        }
        out.push(source(&id, value));
        next = end;
    }
    out.extend(lines[next..].iter().map(|l| (*l).to_owned()));
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// Why an edited message is refused.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum BadMessage {
    #[error("the message does not parse as Fluent")]
    Parse,
    #[error("the message is empty")]
    Empty,
    /// The placeholders (`{ $n }`) differ from the Chinese message's.
    #[error("placeholders differ from the Chinese: {0}")]
    Placeholders(String),
}

impl BadMessage {
    pub fn key(&self) -> (&'static str, String) {
        match self {
            BadMessage::Parse => ("staff-review-error-fluent", String::new()),
            BadMessage::Empty => ("staff-review-error-empty", String::new()),
            BadMessage::Placeholders(names) => ("staff-review-error-placeholders", names.clone()),
        }
    }
}

/// Checks an edited value of message `id` against the Chinese `source`.
pub fn check(id: &str, value: &str, chinese: &str) -> Result<(), BadMessage> {
    if value.trim().is_empty() {
        return Err(BadMessage::Empty);
    }
    let edited = variables(id, value).ok_or(BadMessage::Parse)?;
    let wanted = variables(id, chinese).unwrap_or_default();
    if edited != wanted {
        let names: Vec<String> = wanted.iter().map(|v| format!("{{ ${v} }}")).collect();
        return Err(BadMessage::Placeholders(names.join(" ")));
    }
    Ok(())
}

/// The variables a message uses, or `None` when it does not parse as one
/// message with a value.
fn variables(id: &str, value: &str) -> Option<BTreeSet<String>> {
    use fluent_syntax::ast::Entry;
    let text = format!("{}\n", source(id, value));
    let resource = fluent_syntax::parser::parse(text.as_str()).ok()?;
    let [Entry::Message(message)] = resource.body.as_slice() else { return None };
    if message.id.name != id {
        return None;
    }
    let mut names = BTreeSet::new();
    pattern_variables(message.value.as_ref()?, &mut names);
    Some(names)
}

fn pattern_variables(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    use fluent_syntax::ast::PatternElement;
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &fluent_syntax::ast::Expression<&str>, out: &mut BTreeSet<String>) {
    use fluent_syntax::ast::Expression;
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &fluent_syntax::ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    use fluent_syntax::ast::InlineExpression;
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for a in &arguments.named {
                inline_variables(&a.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// The file of a language as the app embeds it.
pub fn embedded(lang: Lang) -> String {
    app::i18n::embedded_ftl(lang).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    const FTL: &str =
        "# head\n\na = one\n# reviewed: 卓玛 2026-12-01\nb = two { $n }\nc =\n    three\n    lines\n\nd = four\n";

    #[test]
    fn reads_messages_with_their_review_marks() {
        let messages = read(FTL);
        let ids: Vec<_> = messages.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c", "d"]);
        assert_eq!(messages[1].reviewed, Some(("卓玛".into(), "2026-12-01".into())));
        assert_eq!(messages[2].value, "three\nlines");
        assert_eq!(messages[0].reviewed, None);
    }

    #[test]
    fn patching_replaces_only_the_named_messages() {
        let values = BTreeMap::from([
            ("b".to_owned(), ("ཉིས་ { $n }".to_owned(), None)),
            ("c".to_owned(), ("ꌕ".to_owned(), Some(("阿依".to_owned(), "2026-12-04".to_owned())))),
        ]);
        let patched = patch(FTL, &values);
        assert_eq!(patched, "# head\n\na = one\nb = ཉིས་ { $n }\n# reviewed: 阿依 2026-12-04\nc = ꌕ\n\nd = four\n");
        assert!(fluent_syntax::parser::parse(patched.as_str()).is_ok());
        assert_eq!(read(&patched)[2].reviewed, Some(("阿依".into(), "2026-12-04".into())));
    }

    #[test]
    fn edits_that_break_fluent_or_placeholders_are_refused() {
        assert_eq!(check("b", "ཉིས་ { $n }", "两 { $n }"), Ok(()));
        assert_eq!(check("b", "ཉིས་", "两 { $n }"), Err(BadMessage::Placeholders("{ $n }".into())));
        assert_eq!(check("b", "ཉིས་ { $m }", "两 { $n }"), Err(BadMessage::Placeholders("{ $n }".into())));
        assert_eq!(check("b", "ཉིས་ { $n", "两 { $n }"), Err(BadMessage::Parse));
        assert_eq!(check("b", "  ", "两"), Err(BadMessage::Empty));
    }
}
