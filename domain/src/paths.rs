//! Every portal URL, built in one place: the app's links and forms and the
//! server's redirects call these functions instead of `format!`, so each
//! page's address is spelled once and anything a person typed (tracking
//! numbers, codes, tokens, slugs, ids, search text) is percent-encoded by
//! [`segment`] or [`query_value`] on its way into a URL.
//!
//! Pages under a language take it first: `track(Lang::Bo, "K7M4Q9PX", "ABC")`
//! is `/bo/track/K7M4Q9PX?code=ABC`.

use crate::Lang;

/// Kept as-is in a path segment besides letters and digits: the rest of
/// RFC 3986's unreserved set, its `pchar` sub-delimiters, `:` and `@`. `/`,
/// `?`, `#`, `%`, `\\`, spaces, controls and every non-ASCII byte are
/// encoded, so a value stays one segment.
const PATH_SEGMENT: &[u8] = b"-_.~!$&'()*+,;=:@";

/// Kept as-is in a query value (or a fragment parameter) besides letters
/// and digits: `- _ . ~`; everything else is encoded.
const QUERY_VALUE: &[u8] = b"-_.~";

/// The one place a value is percent-encoded; [`segment`] and
/// [`query_value`] pick what is kept. Written out rather than taken from
/// `percent-encoding`: the crate cost the chat widget's bundle about 1 KB.
fn encode(value: &str, keep: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(value.len());
    for &b in value.as_bytes() {
        if b.is_ascii_alphanumeric() || keep.contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xF)] as char);
        }
    }
    out
}

/// A value as one path segment: `a/b c` becomes `a%2Fb%20c`.
pub fn segment(value: &str) -> String {
    encode(value, PATH_SEGMENT)
}

/// A value for a query string or fragment parameter: everything but
/// unreserved ASCII is encoded, so `&`, `=`, `#`, `+` and spaces are safe.
pub fn query_value(value: &str) -> String {
    encode(value, QUERY_VALUE)
}

/// `path` with `name=value` pairs added to its query (values encoded;
/// names are the portal's own constants). Starts the query with `?` or
/// continues it with `&`; a path with no pairs comes back unchanged.
pub fn with_query(path: impl Into<String>, pairs: &[(&str, &str)]) -> String {
    let mut out = path.into();
    for (name, value) in pairs {
        out.push(if out.contains('?') { '&' } else { '?' });
        out.push_str(name);
        out.push('=');
        out.push_str(&query_value(value));
    }
    out
}

/// `url` with `#name=value` appended: the fragment never reaches a server
/// log, so the chat hands a question to the appeal form this way.
pub fn with_fragment_param(url: &str, name: &str, value: &str) -> String {
    format!("{url}#{name}={}", query_value(value))
}

/// `/{lang}/{rest}`, `rest` already built by this module.
fn in_lang(lang: Lang, rest: &str) -> String {
    format!("/{}/{rest}", lang.slug())
}

/// The language's home page, `/{lang}/`.
pub fn home(lang: Lang) -> String {
    in_lang(lang, "")
}

/// The guide library, `/{lang}/guide`.
pub fn guide(lang: Lang) -> String {
    in_lang(lang, "guide")
}

/// A category's heading on the guide list, `/{lang}/guide#c-{id}`.
pub fn guide_category(lang: Lang, category: &str) -> String {
    format!("{}#c-{}", guide(lang), segment(category))
}

/// The guide list searched for `q`, `/{lang}/guide?q=...`; the plain list
/// for blank search text.
pub fn guide_search(lang: Lang, q: &str) -> String {
    if q.trim().is_empty() {
        guide(lang)
    } else {
        with_query(guide(lang), &[("q", q)])
    }
}

/// An article, `/{lang}/guide/{slug}`.
pub fn guide_article(lang: Lang, slug: &str) -> String {
    in_lang(lang, &format!("guide/{}", segment(slug)))
}

/// A section of an article, `/{lang}/guide/{slug}#s{n}`.
pub fn guide_section(lang: Lang, slug: &str, n: usize) -> String {
    format!("{}#s{n}", guide_article(lang, slug))
}

/// An article at one of its sections by the section's id (`s3`), or the
/// article itself for an empty id.
pub fn guide_at(lang: Lang, slug: &str, section: &str) -> String {
    if section.is_empty() {
        guide_article(lang, slug)
    } else {
        format!("{}#{}", guide_article(lang, slug), segment(section))
    }
}

/// An article's printable poster, `/{lang}/guide/{slug}/print`.
pub fn guide_print(lang: Lang, slug: &str) -> String {
    format!("{}/print", guide_article(lang, slug))
}

/// The QR code of an article's link, `/api/guides/{slug}/qr.svg?lang={lang}`.
pub fn guide_qr(lang: Lang, slug: &str) -> String {
    format!("/api/guides/{}/qr.svg?lang={}", segment(slug), lang.slug())
}

/// The appeal form, `/{lang}/appeal`.
pub fn appeal(lang: Lang) -> String {
    in_lang(lang, "appeal")
}

/// The appeal form with a category chosen, `/{lang}/appeal?category=...`.
pub fn appeal_category(lang: Lang, category: &str) -> String {
    with_query(appeal(lang), &[("category", category)])
}

/// The appeal form for a village and category, with the open reports of
/// the same problem shown first: `/{lang}/appeal?village=...&category=...`.
pub fn appeal_same(lang: Lang, village: &str, category: &str) -> String {
    with_query(appeal(lang), &[("village", village), ("category", category)])
}

/// The form's notice alone, as HTML, for the page's script to put in place:
/// `/{lang}/appeal/same?village=...&category=...`.
pub fn same_problem_notice(lang: Lang, village: &str, category: &str) -> String {
    with_query(in_lang(lang, "appeal/same"), &[("village", village), ("category", category)])
}

/// Open reports of a village and category, for the form's notice:
/// `/api/same-problem?village=...&category=...&lang=...`.
pub fn same_problem_api(lang: Lang, village: &str, category: &str) -> String {
    with_query("/api/same-problem", &[("village", village), ("category", category), ("lang", lang.slug())])
}

/// An appeal's photo as its resident sees it,
/// `/api/appeals/{no}/photos/{id}?code={code}`.
pub fn appeal_photo(no: &str, id: &str, code: &str) -> String {
    with_query(format!("/api/appeals/{}/photos/{}", segment(no), segment(id)), &[("code", code)])
}

/// An appeal's download, `/api/appeals/{no}/export?code={code}&lang={lang}`.
pub fn appeal_export(lang: Lang, no: &str, code: &str) -> String {
    with_query(format!("/api/appeals/{}/export", segment(no)), &[("code", code), ("lang", lang.slug())])
}

/// The form asking for a number and code, `/{lang}/track`.
pub fn track_form(lang: Lang) -> String {
    in_lang(lang, "track")
}

/// An appeal or mediation request opened by its number and code,
/// `/{lang}/track/{no}?code={code}`.
pub fn track(lang: Lang, no: &str, code: &str) -> String {
    track_with(lang, no, code, &[])
}

/// [`track`] with more query flags after the code: `new=1`, `done=info`,
/// `error=...`.
pub fn track_with(lang: Lang, no: &str, code: &str, flags: &[(&str, &str)]) -> String {
    let page = with_query(track_base(lang, no), &[("code", code)]);
    with_query(page, flags)
}

/// Where a resident's form on the tracking page posts,
/// `/{lang}/track/{no}/{action}` (`info`, `rating`, `reopen`).
pub fn track_action(lang: Lang, no: &str, action: &str) -> String {
    format!("{}/{}", track_base(lang, no), segment(action))
}

fn track_base(lang: Lang, no: &str) -> String {
    in_lang(lang, &format!("track/{}", segment(no)))
}

/// The form asking for mediation, `/{lang}/mediation`.
pub fn mediation(lang: Lang) -> String {
    in_lang(lang, "mediation")
}

/// The mediation form with a mediator already picked,
/// `/{lang}/mediation?pick={id}`.
pub fn mediation_pick(lang: Lang, mediator_id: &str) -> String {
    with_query(mediation(lang), &[("pick", mediator_id)])
}

/// Where either side's form on a mediation posts,
/// `/{lang}/mediation/{no}/{action}`.
pub fn mediation_action(lang: Lang, no: &str, action: &str) -> String {
    in_lang(lang, &format!("mediation/{}/{}", segment(no), segment(action)))
}

/// The other side's invitation to a mediation, `/{lang}/invite/{no}/{token}`.
pub fn invite(lang: Lang, no: &str, token: &str) -> String {
    invite_with(lang, no, token, &[])
}

/// [`invite`] with query flags: `done=answer`, `error=...`.
pub fn invite_with(lang: Lang, no: &str, token: &str, flags: &[(&str, &str)]) -> String {
    with_query(in_lang(lang, &format!("invite/{}/{}", segment(no), segment(token))), flags)
}

/// The mediators board, `/{lang}/mediators`.
pub fn mediators(lang: Lang) -> String {
    in_lang(lang, "mediators")
}

/// A mediator's profile, `/{lang}/mediators/{id}`.
pub fn mediator(lang: Lang, id: &str) -> String {
    in_lang(lang, &format!("mediators/{}", segment(id)))
}

/// The privacy notice, `/{lang}/privacy`.
pub fn privacy(lang: Lang) -> String {
    in_lang(lang, "privacy")
}

/// The public figures, `/{lang}/stats`.
pub fn stats(lang: Lang) -> String {
    in_lang(lang, "stats")
}

/// The page shown without a connection, `/{lang}/offline`.
pub fn offline(lang: Lang) -> String {
    in_lang(lang, "offline")
}

/// The staff console's queue, `/staff`.
pub fn staff() -> String {
    "/staff".to_owned()
}

/// Where the staff sign-in form posts, `/staff/login`.
pub fn staff_login() -> String {
    "/staff/login".to_owned()
}

/// Where the staff sign-out form posts, `/staff/logout`.
pub fn staff_logout() -> String {
    "/staff/logout".to_owned()
}

/// An appeal in the staff console, `/staff/appeals/{no}`.
pub fn staff_appeal(no: &str) -> String {
    format!("/staff/appeals/{}", segment(no))
}

/// An appeal's photo for staff, `/staff/appeals/{no}/photos/{id}`.
pub fn staff_appeal_photo(no: &str, id: &str) -> String {
    format!("{}/photos/{}", staff_appeal(no), segment(id))
}

/// A mediation in the staff console, `/staff/mediations/{no}`.
pub fn staff_mediation(no: &str) -> String {
    format!("/staff/mediations/{}", segment(no))
}

/// The console's grid report form (网格发现), `/staff/report`.
pub fn staff_report() -> String {
    "/staff/report".into()
}

/// The culture bank's public page, `/{lang}/bank`: rules, honour boards.
pub fn bank(lang: Lang) -> String {
    in_lang(lang, "bank")
}

/// A household's account opened by its number and code,
/// `/{lang}/bank/{no}?code={code}`, with more query flags after the code.
pub fn bank_account(lang: Lang, no: &str, code: &str, flags: &[(&str, &str)]) -> String {
    let page = with_query(in_lang(lang, &format!("bank/{}", segment(no))), &[("code", code)]);
    with_query(page, flags)
}

/// Where the household's shop form posts, `/{lang}/bank/{no}/redeem`.
pub fn bank_redeem(lang: Lang, no: &str) -> String {
    in_lang(lang, &format!("bank/{}/redeem", segment(no)))
}

/// The console's culture bank: the accounts of the user's villages,
/// `/staff/bank`.
pub fn staff_bank() -> String {
    "/staff/bank".into()
}

/// One account in the console, `/staff/bank/{no}`.
pub fn staff_bank_account(no: &str) -> String {
    format!("/staff/bank/{}", segment(no))
}

/// The volunteer teams and volunteer police, with the form to join,
/// `/{lang}/volunteer`.
pub fn volunteer(lang: Lang) -> String {
    in_lang(lang, "volunteer")
}

/// An application opened by its number and code,
/// `/{lang}/volunteer/{no}?code={code}`, with more query flags after it.
pub fn volunteer_status(lang: Lang, no: &str, code: &str, flags: &[(&str, &str)]) -> String {
    let page = with_query(in_lang(lang, &format!("volunteer/{}", segment(no))), &[("code", code)]);
    with_query(page, flags)
}

/// Where a volunteer police's sign-up for a shift posts,
/// `/{lang}/volunteer/{no}/signup`.
pub fn volunteer_signup(lang: Lang, no: &str) -> String {
    in_lang(lang, &format!("volunteer/{}/signup", segment(no)))
}

/// The console's volunteers: applications, rosters, patrol shifts,
/// A text at the review desk: an article's sections or the UI messages
/// (`doc` = `ui`), `/staff/review/{lang}/{doc}`.
pub fn staff_review_text(lang: Lang, doc: &str) -> String {
    format!("/staff/review/{}/{}", lang.slug(), segment(doc))
}

/// The public coverage of the review, `/{lang}/translation`.
pub fn translation(lang: Lang) -> String {
    format!("/{}/translation", lang.slug())
}

/// `/staff/volunteers`.
pub fn staff_volunteers() -> String {
    "/staff/volunteers".into()
}

/// Where a decision on one application posts, `/staff/volunteers/{no}`.
pub fn staff_volunteer(no: &str) -> String {
    format!("/staff/volunteers/{}", segment(no))
}

/// Where a police station publishes a shift, `/staff/patrols`.
pub fn staff_patrols() -> String {
    "/staff/patrols".into()
}

/// Where attendance of one shift posts, `/staff/patrols/{id}`.
pub fn staff_patrol(id: &str) -> String {
    format!("/staff/patrols/{}", segment(id))
}

/// Where a reader's feedback on a passage posts, `/{lang}/feedback`.
pub fn feedback(lang: Lang) -> String {
    in_lang(lang, "feedback")
}

/// The chat widget, `/widget?lang={lang}`.
pub fn widget(lang: Lang) -> String {
    with_query("/widget", &[("lang", lang.slug())])
}

/// The QR code of a portal path, `/api/qr.svg?path=...` (the path encoded).
pub fn qr(path: &str) -> String {
    with_query("/api/qr.svg", &[("path", path)])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Undoes [`query_value`] / [`segment`] for the round-trip tests.
    fn decode(s: &str) -> String {
        percent_encoding::percent_decode_str(s).decode_utf8().unwrap().into_owned()
    }

    const TRICKY: &str = "A&B#C D/E?F=G+H%I\\ བོད་";

    #[test]
    fn tricky_code_round_trips_in_a_query() {
        let encoded = query_value(TRICKY);
        assert!(encoded.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)), "{encoded}");
        assert_eq!(encoded, "A%26B%23C%20D%2FE%3FF%3DG%2BH%25I%5C%20%E0%BD%96%E0%BD%BC%E0%BD%91%E0%BC%8B");
        assert_eq!(decode(&encoded), TRICKY);
    }

    #[test]
    fn tricky_value_stays_one_path_segment() {
        let encoded = segment(TRICKY);
        for c in ['/', '?', '#', ' ', '%', '\\'] {
            assert!(!decode_free(&encoded).contains(c), "{c} left in {encoded}");
        }
        assert_eq!(decode(&encoded), TRICKY);
        assert_eq!(segment("K7M4-Q9PX"), "K7M4-Q9PX");
    }

    /// The encoded text with its `%XX` escapes taken out.
    fn decode_free(s: &str) -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(i) = rest.find('%') {
            out.push_str(&rest[..i]);
            rest = &rest[i + 3..];
        }
        out + rest
    }

    #[test]
    fn tracking_page() {
        assert_eq!(track(Lang::Bo, "K7M4Q9PX", "ABC"), "/bo/track/K7M4Q9PX?code=ABC");
        assert_eq!(track(Lang::Zh, "K7M4-Q9PX", "ABC-DEF-GHJ"), "/zh/track/K7M4-Q9PX?code=ABC-DEF-GHJ");
        assert_eq!(
            track(Lang::Ii, "a/b", "x&y#z w"),
            "/ii/track/a%2Fb?code=x%26y%23z%20w",
            "user input cannot add segments, parameters or a fragment"
        );
        let page = track(Lang::Bo, "NO", TRICKY);
        assert_eq!(decode(page.strip_prefix("/bo/track/NO?code=").unwrap()), TRICKY);
    }

    #[test]
    fn tracking_page_with_flags_and_actions() {
        assert_eq!(track_with(Lang::Zh, "N1", "C1", &[("new", "1")]), "/zh/track/N1?code=C1&new=1");
        assert_eq!(track_with(Lang::Zh, "N1", "C1", &[("done", "info")]), "/zh/track/N1?code=C1&done=info");
        assert_eq!(
            track_with(Lang::Zh, "N1", "C1", &[("error", "error-x y")]),
            "/zh/track/N1?code=C1&error=error-x%20y"
        );
        assert_eq!(track_action(Lang::Bo, "N1", "rating"), "/bo/track/N1/rating");
        assert_eq!(track_form(Lang::Bo), "/bo/track");
    }

    #[test]
    fn invitation() {
        assert_eq!(invite(Lang::Bo, "M7K2P9QX", "tok-EN_123"), "/bo/invite/M7K2P9QX/tok-EN_123");
        assert_eq!(invite(Lang::Zh, "N", "t/../x"), "/zh/invite/N/t%2F..%2Fx");
        assert_eq!(invite_with(Lang::Zh, "N", "T", &[("done", "answer")]), "/zh/invite/N/T?done=answer");
        assert_eq!(mediation_action(Lang::Ii, "N", "dispatch"), "/ii/mediation/N/dispatch");
    }

    #[test]
    fn staff_console() {
        assert_eq!(staff(), "/staff");
        assert_eq!(staff_login(), "/staff/login");
        assert_eq!(staff_logout(), "/staff/logout");
        assert_eq!(staff_appeal("K7M4Q9PX"), "/staff/appeals/K7M4Q9PX");
        assert_eq!(staff_appeal_photo("K7M4Q9PX", "p1"), "/staff/appeals/K7M4Q9PX/photos/p1");
        assert_eq!(staff_mediation("M7K2P9QX"), "/staff/mediations/M7K2P9QX");
        assert_eq!(staff_appeal("a b/c"), "/staff/appeals/a%20b%2Fc");
    }

    #[test]
    fn qr_encodes_its_path() {
        let path = track(Lang::Bo, "K7M4Q9PX", "A&B");
        assert_eq!(path, "/bo/track/K7M4Q9PX?code=A%26B");
        let qr = qr(&path);
        assert_eq!(qr, "/api/qr.svg?path=%2Fbo%2Ftrack%2FK7M4Q9PX%3Fcode%3DA%2526B");
        assert_eq!(decode(qr.strip_prefix("/api/qr.svg?path=").unwrap()), path);
        assert_eq!(guide_qr(Lang::Ii, "wage-arrears"), "/api/guides/wage-arrears/qr.svg?lang=ii");
    }

    #[test]
    fn language_pages() {
        assert_eq!(home(Lang::Bo), "/bo/");
        assert_eq!(guide(Lang::Zh), "/zh/guide");
        assert_eq!(guide_category(Lang::Zh, "labour"), "/zh/guide#c-labour");
        assert_eq!(guide_search(Lang::Zh, "工资 拖欠"), "/zh/guide?q=%E5%B7%A5%E8%B5%84%20%E6%8B%96%E6%AC%A0");
        assert_eq!(guide_search(Lang::Zh, "  "), "/zh/guide");
        assert_eq!(guide_article(Lang::Bo, "wage-arrears"), "/bo/guide/wage-arrears");
        assert_eq!(guide_section(Lang::Bo, "wage-arrears", 3), "/bo/guide/wage-arrears#s3");
        assert_eq!(guide_print(Lang::Ii, "wage-arrears"), "/ii/guide/wage-arrears/print");
        assert_eq!(appeal(Lang::Zh), "/zh/appeal");
        assert_eq!(appeal_category(Lang::Zh, "legal-consultation"), "/zh/appeal?category=legal-consultation");
        assert_eq!(mediation(Lang::Zh), "/zh/mediation");
        assert_eq!(mediation_pick(Lang::Zh, "m-01"), "/zh/mediation?pick=m-01");
        assert_eq!(mediators(Lang::Bo), "/bo/mediators");
        assert_eq!(mediator(Lang::Bo, "m-01"), "/bo/mediators/m-01");
        assert_eq!(privacy(Lang::Ii), "/ii/privacy");
        assert_eq!(offline(Lang::Ii), "/ii/offline");
        assert_eq!(widget(Lang::Bo), "/widget?lang=bo");
    }

    #[test]
    fn resident_api_links() {
        assert_eq!(appeal_photo("N1", "p 1", "A&B"), "/api/appeals/N1/photos/p%201?code=A%26B");
        assert_eq!(appeal_export(Lang::Bo, "N1", "ABC"), "/api/appeals/N1/export?code=ABC&lang=bo");
    }

    #[test]
    fn fragment_parameter() {
        assert_eq!(with_fragment_param("/zh/appeal", "ask", "工资?"), "/zh/appeal#ask=%E5%B7%A5%E8%B5%84%3F");
        assert_eq!(with_query("/x?a=1", &[("b", "2 3")]), "/x?a=1&b=2%203");
        assert_eq!(with_query("/x", &[]), "/x");
    }
}
