//! Small views shared by several pages.

pub mod app_link;
pub mod layout;
pub mod page_heading;

/// The element an event happened on, as the kind of element a listener expects.
///
/// Pages draw static markup and listen once on a container, so each listener starts here.
pub fn event_target<T: wasm_bindgen::JsCast>(event: &web_sys::Event) -> Option<T> {
    wasm_bindgen::JsCast::dyn_into::<T>(event.target()?).ok()
}
