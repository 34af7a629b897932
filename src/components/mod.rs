//! Small views shared by several pages.

pub mod app_link;
pub mod external_link;
pub mod fact;
pub mod group_card;
pub mod layout;
pub mod page_heading;
pub mod page_view;
pub mod quick_exit;
pub mod safety_note;
pub mod source_note;
pub mod text_list;
pub mod wizard;

/// The element an event happened on, as the kind of element a listener expects.
///
/// Pages draw static markup and listen once on a container, so each listener starts here.
pub fn event_target<T: wasm_bindgen::JsCast>(event: &web_sys::Event) -> Option<T> {
    wasm_bindgen::JsCast::dyn_into::<T>(event.target()?).ok()
}

/// The values of the form a submit event came from.
pub fn form_data(event: &web_sys::SubmitEvent) -> Option<web_sys::FormData> {
    let form = event_target::<web_sys::HtmlFormElement>(event)?;
    web_sys::FormData::new_with_form(&form).ok()
}

/// One text value from a form, without the spaces around it, or `""` when it is missing (an
/// unticked radio group, say).
pub fn form_value(data: &web_sys::FormData, name: &str) -> String {
    data.get(name)
        .as_string()
        .map(|text| text.trim().to_string())
        .unwrap_or_default()
}

/// A form that was sent: the browser's own sending stopped, and its values.
pub fn submitted(event: &web_sys::SubmitEvent) -> Option<web_sys::FormData> {
    event.prevent_default();
    form_data(event)
}

/// Replaces the content of the element with this id with `html` (escaped markup).
pub fn fill(id: &str, html: &str) {
    if let Some(element) = leptos::prelude::document().get_element_by_id(id) {
        element.set_inner_html(html);
    }
}

/// Fills `area` with `html` and empties the page's other message areas (`areas`), so a page's
/// messages show one at a time, each beside the control whose action it answers.
pub fn fill_only(areas: &[&str], area: &str, html: &str) {
    for other in areas.iter().filter(|other| **other != area) {
        fill(other, "");
    }
    fill(area, html);
}

/// Sets a property (`value`, `checked`, `open`, `hidden`) of the element with this id.
pub fn set_property(id: &str, property: &str, value: wasm_bindgen::JsValue) {
    if let Some(element) = leptos::prelude::document().get_element_by_id(id) {
        let _ = js_sys::Reflect::set(&element, &property.into(), &value);
    }
}

/// The `data-action` and `data-id` of the button a click was on, for pages that listen once.
pub fn clicked_action(event: &web_sys::MouseEvent) -> Option<(String, String)> {
    let target = event_target::<web_sys::Element>(event)?;
    let button = target.closest("[data-action]").ok()??;
    Some((
        button.get_attribute("data-action")?,
        button.get_attribute("data-id").unwrap_or_default(),
    ))
}
