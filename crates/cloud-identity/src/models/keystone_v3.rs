//! The Keystone v3 token document (`POST /v3/auth/tokens`, `GET /v3/auth/tokens`).
//!
//! The token itself is not in the body: Keystone sends it in the
//! `X-Subject-Token` response header.
//!
//! ```
//! let doc: cloud_identity::models::keystone_v3::TokenDocument =
//!     serde_json::from_str(r#"{"token": {"user": {"id": "u"}}}"#).unwrap();
//! assert_eq!(doc.token.user.id, "u");
//! ```

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub use super::keystone_v2::Role;

/// The whole answer: `{"token": …}`.
///
/// ```
/// use cloud_identity::models::keystone_v3::TokenDocument;
/// let doc: TokenDocument = serde_json::from_str(r#"{"token": {
///     "methods": ["password"], "expires_at": "2026-11-22T09:05:16.000000Z",
///     "user": {"id": "7beb", "name": "admin", "domain": {"id": "default", "name": "Default"}},
///     "project": {"id": "96b2", "name": "admin", "domain": {"id": "default", "name": "Default"}},
///     "roles": [{"id": "c483", "name": "admin"}], "catalog": []}}"#).unwrap();
/// assert_eq!(doc.token.project.unwrap().name.as_deref(), Some("admin"));
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenDocument {
    /// The token's description.
    pub token: Token,
}

/// What a v3 token is: who, scoped to what, until when, with which catalog.
///
/// ```
/// let t: cloud_identity::models::keystone_v3::Token = serde_json::from_str(
///     r#"{"methods": ["token"], "user": {"id": "u"}, "expires_at": "2030-01-01T00:00:00Z", "new": true}"#).unwrap();
/// assert_eq!(t.extra["new"], true);
/// assert!(t.project.is_none());
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Token {
    /// How it was obtained (`password`, `token`, `application_credential`).
    #[serde(default)]
    pub methods: Vec<String>,
    /// The user.
    pub user: User,
    /// The project it is scoped to, if project-scoped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<Project>,
    /// The domain it is scoped to, if domain-scoped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<Domain>,
    /// `{"all": true}` when system-scoped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<Value>,
    /// When it expires (ISO 8601).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// When it was issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<String>,
    /// Audit ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audit_ids: Vec<String>,
    /// Whether the project is a domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_domain: Option<bool>,
    /// The roles on the scope.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// The raw catalog; [`crate::AuthToken::catalog`] holds it parsed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalog: Option<Value>,
    /// The application credential used, when that was the method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_credential: Option<Value>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `token.user`.
///
/// ```
/// let u: cloud_identity::models::keystone_v3::User = serde_json::from_str(
///     r#"{"id": "7beb", "name": "admin", "password_expires_at": null}"#).unwrap();
/// assert_eq!(u.password_expires_at, None);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct User {
    /// The user id.
    pub id: String,
    /// The user name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The user's domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<Domain>,
    /// When the password expires, if it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_expires_at: Option<String>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `token.project`.
///
/// ```
/// let p: cloud_identity::models::keystone_v3::Project =
///     serde_json::from_str(r#"{"id": "96b2", "name": "admin"}"#).unwrap();
/// assert_eq!(p.id, "96b2");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// The project id.
    pub id: String,
    /// The project name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The project's domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<Domain>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A domain reference in a token.
///
/// ```
/// let d: cloud_identity::models::keystone_v3::Domain =
///     serde_json::from_str(r#"{"id": "default", "name": "Default"}"#).unwrap();
/// assert_eq!(d.name.as_deref(), Some("Default"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Domain {
    /// The domain id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The domain name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
