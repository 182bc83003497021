// Starts the app's WebAssembly once the server-rendered page is showing.
// Where the engine cannot run it (no WebAssembly, an old WeChat kernel), the
// page stays as the server sent it: reading and links keep working.
const js = document.querySelector('link[data-app="js"]');
const wasm = document.querySelector('link[data-app="wasm"]');
if (typeof WebAssembly === "object" && js && wasm) {
  import(js.href)
    .then((bundle) => bundle.default({ module_or_path: wasm.href }))
    .then(() => { document.documentElement.dataset.app = "ready"; })
    .catch((e) => {
      document.documentElement.dataset.app = "static";
      console.warn("Gongdao: the page works without its script", e);
    });
} else {
  document.documentElement.dataset.app = "static";
}
