//! Plain-Rust domain logic: no leptos, web-sys or gloo, so native `cargo test` covers all of it.

pub mod base_path;
pub mod catalog;
pub mod dates;
pub mod favourites;
pub mod help;
pub mod journal;
pub mod json;
pub mod milestones;
pub mod search;
pub mod sources;
pub mod wizard;
