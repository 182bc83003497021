//! The passage shown under a search hit: about 90 characters of an article's
//! plain text around the first matched word, every matched word in `<b>`,
//! the rest escaped.
//!
//! Why not tantivy's `SnippetGenerator`: it runs the article's whole body
//! through the tokenizer again for every hit, and for Chinese that is jieba
//! over thousands of characters; it was most of the cost of a search (and of
//! a chat answer). The query's terms are substrings of the text they matched,
//! so finding them needs no tokenizer.

/// Characters of text in a snippet.
pub const SNIPPET_CHARS: usize = 90;
/// Characters kept before the first match, so it is read in context.
const LEAD_CHARS: usize = 20;

/// `terms` as the tokenizer gives them (lowercase); matching ignores ASCII
/// case, which is the only case the tokenizer folds that can occur here.
pub fn snippet_html(text: &str, terms: &[String]) -> String {
    let lower = text.to_ascii_lowercase(); // same byte offsets as `text`
    let terms: Vec<&str> = terms.iter().map(String::as_str).filter(|t| !t.is_empty()).collect();
    let Some(first) = terms.iter().filter_map(|t| lower.find(t)).min() else {
        return String::new();
    };
    let start = text[..first].char_indices().rev().nth(LEAD_CHARS - 1).map_or(0, |(i, _)| i);
    let end = text[start..].char_indices().nth(SNIPPET_CHARS).map_or(text.len(), |(i, _)| start + i);

    let mut html = String::with_capacity((end - start) * 2);
    let mut at = start;
    while at < end {
        // The longest term that starts here, so "工资" wins over "工".
        let matched = terms.iter().filter(|t| lower[at..].starts_with(**t)).map(|t| t.len()).max();
        match matched {
            Some(len) => {
                html.push_str("<b>");
                escape_into(&mut html, &text[at..at + len]);
                html.push_str("</b>");
                at += len;
            }
            None => {
                let c = text[at..].chars().next().expect("at is a char boundary below end");
                escape_into(&mut html, c.encode_utf8(&mut [0; 4]));
                at += c.len_utf8();
            }
        }
    }
    html
}

/// Escapes text for HTML element content or a quoted attribute.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(t: &[&str]) -> Vec<String> {
        t.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn matched_words_are_bold_and_the_rest_escaped() {
        let html = snippet_html("老板<b>拖欠</b>工资怎么办？先找劳动监察。", &terms(&["工资", "拖欠"]));
        assert_eq!(html, "老板&lt;b&gt;<b>拖欠</b>&lt;/b&gt;<b>工资</b>怎么办？先找劳动监察。");
    }

    #[test]
    fn the_passage_starts_a_little_before_the_first_match() {
        let text = format!("{}欠薪{}", "甲".repeat(200), "乙".repeat(200));
        let html = snippet_html(&text, &terms(&["欠薪"]));
        assert!(html.starts_with(&"甲".repeat(LEAD_CHARS)), "{html}");
        assert!(html.contains("<b>欠薪</b>"));
        assert_eq!(html.replace("<b>", "").replace("</b>", "").chars().count(), SNIPPET_CHARS);
    }

    #[test]
    fn ascii_case_is_ignored_and_no_match_gives_nothing() {
        assert_eq!(snippet_html("Call 12348 or SMS", &terms(&["sms"])), "Call 12348 or <b>SMS</b>");
        assert_eq!(snippet_html("没有相关的词", &terms(&["工资"])), "");
        assert_eq!(snippet_html("", &terms(&[""])), "");
    }

    #[test]
    fn tibetan_and_yi_terms_are_found_at_character_boundaries() {
        let html = snippet_html("ཁྱེད་ཀྱི་ལས་གླ་མ་སྤྲད་ན།", &terms(&["ལས"]));
        assert!(html.contains("<b>ལས</b>"), "{html}");
        let html = snippet_html("ꆏꅥꁱꂷꆹ ꌤꃅꌠꊿ", &terms(&["ꌤꃅ"]));
        assert!(html.contains("<b>ꌤꃅ</b>"), "{html}");
    }
}
