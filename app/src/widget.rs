//! Browser entry point of the chat widget's bundle (see `widget.html`):
//! the same start as the app's, in a build that holds only `chat`.

fn main() {
    app::hydrate();
}
