//! Typed request and response bodies, one file per concern.
//!
//! Every response type keeps the fields it does not know in an `extra` map
//! (`#[serde(flatten)]`), so nothing a newer server sends is lost.
//!
//! ```
//! let project: cloud_identity::models::projects::Project =
//!     serde_json::from_str(r#"{"id": "p1", "state": "active", "name": "lab", "color": "blue"}"#).unwrap();
//! assert_eq!(project.extra["color"], "blue");
//! ```

pub mod account;
pub mod commissions;
pub mod keystone_v2;
pub mod keystone_v3;
pub mod projects;
pub mod quotas;

/// Reads `null` as the type's default (servers send `"name": null` for
/// system projects, for example), so such fields need not be `Option`s.
pub(crate) fn null_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Default + serde::Deserialize<'de>,
{
    use serde::Deserialize;
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}
