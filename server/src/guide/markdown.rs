//! The one place that turns an article's Markdown into HTML. Editors write
//! Markdown; raw HTML in it is shown as text, links may only go to the web or
//! to the portal's own pages, and `##` sections get stable ids (`s1`, `s2`,
//! ...) that are the same in every language, so the chat can link a section.

use domain::Lang;
use pulldown_cmark::{html, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

/// Sections of the portal an article may link to as `/guide/{slug}`,
/// `/appeal`, ...: written without a language, shown in the reader's.
pub const PORTAL_SECTIONS: [&str; 5] = ["guide", "appeal", "mediators", "track", "chat"];

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rendered {
    pub html: String,
    /// The text as a reader sees it, for the search index.
    pub plain_text: String,
    /// Links to other articles (`/guide/{slug}`), for the content check.
    pub guide_links: Vec<String>,
    /// Links that are neither to the web nor to a known portal section.
    pub bad_links: Vec<String>,
    /// The text cut at `##` headings, for the chat to quote one section.
    pub sections: Vec<Section>,
    /// `html` cut before each `##` heading: entry 0 is what comes before the
    /// first heading (often empty), entry N is section `sN`. A Tibetan or Yi
    /// page puts the Chinese entry N after its own.
    pub section_html: Vec<String>,
}

/// One `##` section as plain text (the text before the first heading is
/// section 0, with no id).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Section {
    /// `s1`, `s2`, ...: the heading's anchor; empty for the opening text.
    pub id: String,
    pub heading: String,
    pub text: String,
}

pub fn render(markdown: &str, lang: Lang) -> Rendered {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut out = Rendered::default();
    let mut section = 0;
    let events: Vec<Event> = Parser::new_ext(markdown, options)
        .map(|event| match event {
            // Raw HTML is never trusted, even from editors.
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            Event::Start(Tag::Heading { level: HeadingLevel::H2, classes, attrs, .. }) => {
                section += 1;
                Event::Start(Tag::Heading {
                    level: HeadingLevel::H2,
                    id: Some(CowStr::from(format!("s{section}"))),
                    classes,
                    attrs,
                })
            }
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let dest_url = rewrite_link(&dest_url, lang, &mut out);
                Event::Start(Tag::Link { link_type, dest_url: dest_url.into(), title, id })
            }
            Event::Start(Tag::Image { link_type: _, dest_url, title, id }) => {
                // Images must be the portal's own files.
                let dest_url = if dest_url.starts_with('/') && !dest_url.contains("..") {
                    dest_url
                } else {
                    out.bad_links.push(dest_url.to_string());
                    CowStr::from("")
                };
                Event::Start(Tag::Image { link_type: LinkType::Inline, dest_url, title, id })
            }
            other => other,
        })
        .collect();
    let mut in_heading = false;
    out.sections.push(Section::default());
    for event in &events {
        let current = out.sections.last_mut().expect("one section at least");
        match event {
            Event::Start(Tag::Heading { level: HeadingLevel::H2, id, .. }) => {
                out.sections.push(Section { id: id.as_deref().unwrap_or_default().to_owned(), ..Section::default() });
                in_heading = true;
            }
            Event::Text(t) | Event::Code(t) => {
                out.plain_text.push_str(t);
                if in_heading {
                    current.heading.push_str(t);
                } else {
                    current.text.push_str(t);
                }
            }
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => {
                if matches!(event, Event::End(TagEnd::Heading(HeadingLevel::H2))) {
                    in_heading = false;
                } else if !in_heading {
                    current.text.push('\n');
                }
                out.plain_text.push('\n')
            }
            _ => {}
        }
    }
    if out.sections[0].text.trim().is_empty() && out.sections.len() > 1 {
        out.sections.remove(0);
    }
    let mut chunk = Vec::new();
    for event in events {
        if matches!(event, Event::Start(Tag::Heading { level: HeadingLevel::H2, .. })) {
            out.section_html.push(to_html(std::mem::take(&mut chunk)));
        }
        chunk.push(event);
    }
    out.section_html.push(to_html(chunk));
    out.html = out.section_html.concat();
    out
}

fn to_html(events: Vec<Event>) -> String {
    let mut html = String::new();
    html::push_html(&mut html, events.into_iter());
    html
}

fn rewrite_link(dest: &str, lang: Lang, out: &mut Rendered) -> String {
    if dest.starts_with("https://") || dest.starts_with("http://") || dest.starts_with("tel:") {
        return dest.to_owned();
    }
    if let Some(path) = dest.strip_prefix('/') {
        let (path, anchor) = path.split_once('#').map_or((path, ""), |(p, a)| (p, a));
        let mut parts = path.trim_end_matches('/').split('/');
        let section = parts.next().unwrap_or("");
        if PORTAL_SECTIONS.contains(&section) && !path.contains("..") {
            if section == "guide" {
                if let Some(slug) = parts.next() {
                    out.guide_links.push(slug.to_owned());
                }
            }
            let anchor = if anchor.is_empty() { String::new() } else { format!("#{anchor}") };
            return format!("/{}/{}{}", lang.slug(), path, anchor);
        }
    }
    out.bad_links.push(dest.to_owned());
    "#".to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_get_stable_ids() {
        let r = render("## 一\n\n文字\n\n## 二\n", Lang::Zh);
        assert!(r.html.contains(r#"<h2 id="s1">一</h2>"#), "{}", r.html);
        assert!(r.html.contains(r#"<h2 id="s2">二</h2>"#), "{}", r.html);
        assert_eq!(r.plain_text, "一\n文字\n二\n");
        let sections: Vec<_> = r.sections.iter().map(|s| (s.id.as_str(), s.heading.as_str(), s.text.trim())).collect();
        assert_eq!(sections, [("s1", "一", "文字"), ("s2", "二", "")]);
        assert_eq!(r.section_html, ["", "<h2 id=\"s1\">一</h2>\n<p>文字</p>\n", "<h2 id=\"s2\">二</h2>\n"]);
        assert_eq!(r.html, r.section_html.concat());
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let r = render("hi <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>", Lang::Zh);
        assert!(!r.html.contains("<script"), "{}", r.html);
        assert!(!r.html.contains("<img"), "{}", r.html);
        assert!(r.html.contains("&lt;script&gt;"), "{}", r.html);
    }

    #[test]
    fn portal_links_take_the_readers_language() {
        let r =
            render("[调解](/guide/people-mediation#s2) [报](/appeal) [x](javascript:alert(1)) [y](/../etc)", Lang::Bo);
        assert!(r.html.contains(r#"href="/bo/guide/people-mediation#s2""#), "{}", r.html);
        assert!(r.html.contains(r#"href="/bo/appeal""#), "{}", r.html);
        assert!(!r.html.contains("javascript"), "{}", r.html);
        assert_eq!(r.guide_links, ["people-mediation"]);
        assert_eq!(r.bad_links, ["javascript:alert(1)", "/../etc"]);
    }
}
