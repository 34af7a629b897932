fn main() {
    // The panic message in the console, for development and the browser tests. Release builds
    // leave it out (1.5 KB of gzipped wasm on every page, measured with `make size`): with
    // `panic = "abort"` a panic ends the app either way, and the browser still reports it.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    peer_support_guide::mount();
}
