//! Browser entry point: Trunk builds this into the wasm bundle, and
//! `public/boot.js` starts it once the server-rendered page is on screen.

fn main() {
    app::hydrate();
}
