fn main() {
    console_error_panic_hook::set_once();
    peer_support_guide::mount();
}
