//! The Keystone v2.0 / Astakos `access` document (`POST {identity}/tokens`).
//!
//! One type serves both servers: the common subset is typed, and what only
//! one of them sends is optional (`user.projects` on Astakos, `metadata`,
//! `token.issued_at` and `audit_ids` on Keystone) or kept in `extra`.
//!
//! ```
//! let doc: cloud_identity::models::keystone_v2::AccessDocument =
//!     serde_json::from_str(r#"{"access": {"token": {"id": "t"}}}"#).unwrap();
//! assert!(doc.access.user.is_none());
//! ```

use cloud_core::credentials::Secret;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The whole answer: `{"access": …}`.
///
/// ```
/// use cloud_identity::models::keystone_v2::AccessDocument;
/// let doc: AccessDocument = serde_json::from_str(r#"{"access": {
///     "token": {"id": "tok", "expires": "2030-01-01T00:00:00Z",
///               "tenant": {"id": "p1", "name": "First Last"}},
///     "user": {"id": "u1", "name": "First Last", "roles": [{"id": "1", "name": "default"}],
///              "roles_links": [], "projects": ["p1"]},
///     "serviceCatalog": []}}"#).unwrap();
/// assert_eq!(doc.access.token.id.expose(), "tok");
/// assert_eq!(doc.access.user.unwrap().projects.unwrap(), ["p1"]);
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AccessDocument {
    /// The access block.
    pub access: Access,
}

/// A token, the user it belongs to and the service catalog.
///
/// ```
/// let access: cloud_identity::models::keystone_v2::Access = serde_json::from_str(
///     r#"{"token": {"id": "t"}, "future_field": 1}"#).unwrap();
/// assert_eq!(access.extra["future_field"], 1);
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Access {
    /// The token.
    pub token: AccessToken,
    /// Who the token belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<AccessUser>,
    /// The raw service catalog; [`crate::AuthToken::catalog`] holds it parsed.
    #[serde(
        rename = "serviceCatalog",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_catalog: Option<Value>,
    /// Keystone's `{"is_admin", "roles"}` block.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Value>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `access.token`.
///
/// ```
/// let t: cloud_identity::models::keystone_v2::AccessToken =
///     serde_json::from_str(r#"{"id": "secret-token", "expires": "2030-01-01T00:00:00Z"}"#).unwrap();
/// assert!(!format!("{t:?}").contains("secret-token"));
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AccessToken {
    /// The token itself (never shown by `Debug`).
    #[serde(with = "crate::secret_serde")]
    pub id: Secret,
    /// When it expires (ISO 8601), if the server says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    /// When it was issued (Keystone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<String>,
    /// The tenant: the scoped project on Keystone, the user's default project on Astakos.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<Tenant>,
    /// Keystone's audit ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audit_ids: Vec<String>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `access.token.tenant`.
///
/// ```
/// let t: cloud_identity::models::keystone_v2::Tenant =
///     serde_json::from_str(r#"{"id": "e05c", "name": "admin", "enabled": true}"#).unwrap();
/// assert_eq!(t.enabled, Some(true));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tenant {
    /// The tenant (project) id.
    pub id: String,
    /// Its name (on Astakos: the user's real name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its description (Keystone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether it is enabled (Keystone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `access.user`.
///
/// ```
/// let u: cloud_identity::models::keystone_v2::AccessUser =
///     serde_json::from_str(r#"{"id": "eef1", "name": "admin", "username": "admin", "roles": [{"name": "admin"}]}"#).unwrap();
/// assert_eq!(u.roles[0].name, "admin");
/// assert_eq!(u.roles[0].id, None);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccessUser {
    /// The user id (on Astakos, the user's UUID).
    pub id: String,
    /// The user name (on Astakos, the real name "First Last").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The login name (Keystone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The user's roles.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Always empty in practice.
    #[serde(default)]
    pub roles_links: Vec<Value>,
    /// Astakos: the projects where the user is an accepted member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projects: Option<Vec<String>>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A role: a name and, on Astakos and Keystone v3, an id.
///
/// ```
/// let r: cloud_identity::models::keystone_v2::Role =
///     serde_json::from_str(r#"{"id": "1", "name": "default"}"#).unwrap();
/// assert_eq!(r.id.as_deref(), Some("1"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    /// The role id (a string; Astakos sends its group id as text).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "string_or_number"
    )]
    pub id: Option<String>,
    /// The role name.
    pub name: String,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Accepts `"1"` and `1` alike.
fn string_or_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Option::<Value>::deserialize(d)? {
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    })
}
