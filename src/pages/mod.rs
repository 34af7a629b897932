//! One module per route.

pub mod about;
pub mod check_in;
pub mod choose;
pub mod compare;
pub mod counters;
pub mod group;
pub mod groups;
pub mod help;
pub mod home;
pub mod lock;
pub mod not_found;
pub mod privacy;
pub mod settings;
pub mod tracker;
