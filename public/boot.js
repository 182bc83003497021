// Starts the app's WebAssembly once the server-rendered page is showing, and
// hands each island (an interactive part of the page, <leptos-island>) to
// its function in the bundle. Where the engine cannot run the bundle (no
// WebAssembly, an old WeChat kernel), the page stays as the server sent it:
// reading, links and plain forms keep working.
const js = document.querySelector('link[data-app="js"]');
const wasm = document.querySelector('link[data-app="wasm"]');
const root = document.documentElement;

async function hydrateIslands(bundle) {
  for (const island of document.querySelectorAll("leptos-island")) {
    const start = bundle[island.dataset.component];
    if (typeof start === "function") {
      await start(island);
    } else {
      console.warn("Gongdao: no code for island", island.dataset.component);
    }
  }
}

if (typeof WebAssembly === "object" && js && wasm) {
  import(js.href)
    .then(async (bundle) => {
      await bundle.default({ module_or_path: wasm.href });
      await hydrateIslands(bundle);
      root.dataset.app = "ready";
    })
    .catch((e) => {
      root.dataset.app = "static";
      console.warn("Gongdao: the page works without its script", e);
    });
} else {
  root.dataset.app = "static";
}
