//! A page's view kept as a closure, so the app's type erasure of pages costs less code.

use leptos::prelude::*;

/// The view `draw` returns, drawn once when the page is shown.
///
/// The app erases each page's type (`into_any`, in `lib.rs` and `parts.rs`), and erasing a
/// view first copies every `&str` in it into a `String`, with code for each piece of text. A
/// closure is erased as it is: the group list's and a group page's code are about 4 KB (gzip
/// -9) smaller each (`make size`). Nothing read while drawing is
/// tracked, so the closure never draws the page again.
pub fn drawn_once<V: IntoView + 'static>(
    mut draw: impl FnMut() -> V + Send + 'static,
) -> impl IntoView {
    move || untrack(&mut draw)
}
