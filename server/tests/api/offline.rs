//! What the service worker needs of the server: the worker itself with this
//! release's shell, and the pages it shows without a network.

use crate::support::portal;

#[tokio::test]
async fn the_service_worker_names_this_release_and_is_never_cached_stale() {
    let portal = portal().await;
    let sw = portal.get("/sw.js").await;
    assert_eq!(sw.status, 200);
    assert!(sw.headers["content-type"].to_str().unwrap().starts_with("text/javascript"));
    assert_eq!(sw.headers["cache-control"], "no-cache");
    let shell = &portal.state.assets;
    for file in [&shell.css, &shell.js, &shell.wasm] {
        assert!(sw.body.contains(&format!("\"{file}\"")), "{file} not in the shell");
    }
    assert!(!sw.body.contains("__SHELL__"));
}

#[tokio::test]
async fn the_pages_shown_offline_exist_in_every_language() {
    let portal = portal().await;
    for (lang, offline, kept) in [
        ("zh", "现在没有网络", "诉求已保存在这部手机上"),
        ("bo", "ད་ལྟ་དྲ་རྒྱ་མེད།", "ཁྱེད་ཀྱི་སྙན་སེང་ཁ་པར་འདིའི་ནང་ཉར་ཟིན།"),
        ("ii", "ꀃꑍꈄꏍꀋꐥ", "ꌤꇨꅥꉏꋋꂷꇬꊌꄉꐥꀐ"),
    ] {
        let page = portal.get(&format!("/{lang}/offline")).await;
        assert_eq!(page.status, 200, "/{lang}/offline");
        assert!(page.body.contains(offline), "/{lang}/offline: {}", page.body);
        let page = portal.get(&format!("/{lang}/appeal/kept")).await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains(kept) && page.body.contains("data-outbox-kept"), "/{lang}/appeal/kept");
        // Every resident page carries the outbox's lines, hidden until needed.
        assert!(page.body.contains(r#"<div id="outbox" role="status" hidden"#), "{}", page.body);
        assert!(page.body.contains(r#"<script type="module" src="/offline.js"></script>"#));
    }
}
