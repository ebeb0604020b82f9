//! Typed request and response bodies, one file per concern.
//!
//! Every response type keeps the fields it does not know in an `extra` map
//! (`#[serde(flatten)]`), so nothing a newer server sends is lost.

pub mod account;
pub mod commissions;
pub mod keystone_v2;
pub mod keystone_v3;
pub mod projects;
pub mod quotas;
