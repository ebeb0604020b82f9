//! Who the user is: kamaki's `user_info`, and the user catalogs that map
//! UUIDs to display names and back.
//!
//! ```
//! let c: cloud_identity::models::account::UserCatalogs =
//!     serde_json::from_str(r#"{"uuid_catalog": {"u1": "a@example.org"}}"#).unwrap();
//! assert!(c.displayname_catalog.is_empty());
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::keystone_v2::Role;

/// The user behind a token, as kamaki's `user_info` shows it: `access.user`
/// plus `default_project`, copied from `access.token.tenant.id`.
///
/// ```
/// use cloud_identity::models::account::UserInfo;
/// let info: UserInfo = serde_json::from_str(
///     r#"{"id": "u1", "name": "First Last", "roles": [], "roles_links": [], "default_project": "u1"}"#).unwrap();
/// assert_eq!(info.default_project.as_deref(), Some("u1"));
/// assert_eq!(info.term("name"), Some(serde_json::json!("First Last")));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserInfo {
    /// The user's id (UUID on Astakos).
    pub id: String,
    /// The user's name (real name on Astakos).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The user's roles.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Always empty in practice.
    #[serde(default)]
    pub roles_links: Vec<Value>,
    /// Astakos: the projects where the user is an accepted member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projects: Option<Vec<String>>,
    /// The token's tenant id: on Astakos, the user's default project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_project: Option<String>,
    /// Every other field of `access.user`.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl UserInfo {
    /// One field by name, as kamaki's `user_term(key)`: `id`, `name`,
    /// `roles`, `roles_links`, `projects`, `default_project` or any extra
    /// field; `None` for an unknown key.
    ///
    /// ```
    /// use cloud_identity::models::account::UserInfo;
    /// let info: UserInfo = serde_json::from_str(r#"{"id": "u1"}"#).unwrap();
    /// assert_eq!(info.term("id"), Some(serde_json::json!("u1")));
    /// assert_eq!(info.term("shoe_size"), None);
    /// ```
    pub fn term(&self, key: &str) -> Option<Value> {
        match serde_json::to_value(self) {
            Ok(Value::Object(mut map)) => map.remove(key),
            _ => None,
        }
    }
}

/// The body of `POST {account}/user_catalogs`.
///
/// ```
/// use cloud_identity::models::account::UserCatalogRequest;
/// let body = UserCatalogRequest { uuids: Some(vec!["u1".into()]), displaynames: None };
/// assert_eq!(serde_json::to_string(&body).unwrap(), r#"{"uuids":["u1"]}"#);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UserCatalogRequest {
    /// UUIDs to resolve to display names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuids: Option<Vec<String>>,
    /// Display names to resolve to UUIDs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub displaynames: Option<Vec<String>>,
}

/// The answer of `POST {account}/user_catalogs`. Unknown entries are left out.
///
/// ```
/// use cloud_identity::models::account::UserCatalogs;
/// let c: UserCatalogs = serde_json::from_str(
///     r#"{"uuid_catalog": {"u1": "a@example.org"}, "displayname_catalog": {}}"#).unwrap();
/// assert_eq!(c.uuid_catalog["u1"], "a@example.org");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UserCatalogs {
    /// UUID → display name.
    #[serde(default)]
    pub uuid_catalog: BTreeMap<String, String>,
    /// Display name → UUID.
    #[serde(default)]
    pub displayname_catalog: BTreeMap<String, String>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
