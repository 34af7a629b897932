//! Small views shared by several pages.

pub mod app_link;
pub mod layout;
pub mod page_heading;
