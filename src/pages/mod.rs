//! One module per route.

pub mod about;
pub mod help;
pub mod home;
pub mod not_found;
pub mod soon;
