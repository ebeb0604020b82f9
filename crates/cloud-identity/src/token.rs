//! What an authentication yields: the token, when it expires, the service
//! catalog and who it belongs to — whichever API issued it.
//!
//! ```
//! let doc = serde_json::json!({"access": {"token": {"id": "t", "expires": "2099-01-01T00:00:00Z"}}});
//! let token = cloud_identity::AuthToken::from_v2(&doc)?;
//! assert!(token.catalog.services.is_empty());
//! # Ok::<(), cloud_core::Error>(())
//! ```

use std::time::{Duration, SystemTime};

use cloud_core::Error;
use cloud_core::catalog::ServiceCatalog;
use cloud_core::credentials::Secret;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::models::account::UserInfo;
use crate::models::keystone_v2::{Access, AccessDocument};
use crate::models::keystone_v3::{Token, TokenDocument};
use crate::time::parse_timestamp;

/// A token with its expiry and catalog. `Debug` never shows the token.
///
/// ```
/// use cloud_core::credentials::Secret;
/// use cloud_identity::AuthToken;
///
/// let doc = serde_json::json!({"access": {
///     "token": {"id": "tok-1", "expires": "2030-01-01T00:00:00Z", "tenant": {"id": "p1", "name": "A B"}},
///     "user": {"id": "u1", "name": "A B", "roles": [], "roles_links": []},
///     "serviceCatalog": [{"type": "account", "name": "astakos_account",
///         "endpoints": [{"publicURL": "https://a.example.org/account/v1.0", "versionId": "v1.0"}]}]}});
/// let token = AuthToken::from_v2(&doc)?;
/// assert_eq!(token.token.expose(), "tok-1");
/// assert_eq!(token.user_id(), Some("u1"));
/// assert_eq!(token.project_id(), Some("p1"));
/// assert_eq!(token.catalog.service_types(), ["account"]);
/// assert!(!format!("{token:?}").contains("tok-1"));
/// # Ok::<(), cloud_core::Error>(())
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AuthToken {
    /// The token to send in `X-Auth-Token`.
    #[serde(with = "crate::secret_serde")]
    pub token: Secret,
    /// When it expires, if the server said.
    pub expires_at: Option<SystemTime>,
    /// The services and endpoints it gives access to.
    pub catalog: ServiceCatalog,
    /// The server's whole answer, typed.
    pub details: TokenDetails,
}

/// The typed answer an [`AuthToken`] came from.
///
/// ```
/// use cloud_identity::TokenDetails;
/// # fn show(details: &TokenDetails) {
/// match details {
///     TokenDetails::V2(access) => println!("v2.0 user {:?}", access.user),
///     TokenDetails::V3(token) => println!("v3 user {}", token.user.id),
/// }
/// # }
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "api", content = "body")]
pub enum TokenDetails {
    /// Keystone v2.0 or Astakos: the `access` block.
    #[serde(rename = "v2.0")]
    V2(Box<Access>),
    /// Keystone v3: the `token` block.
    #[serde(rename = "v3")]
    V3(Box<Token>),
}

impl AuthToken {
    /// Reads a Keystone v2.0 / Astakos answer (`{"access": …}`).
    ///
    /// See the type's documentation for an example.
    pub fn from_v2(document: &Value) -> Result<Self, Error> {
        const WHAT: &str = "the token request (Keystone v2.0 / Astakos)";
        let parsed = AccessDocument::deserialize(document).map_err(|e| Error::decode(WHAT, e))?;
        let catalog = ServiceCatalog::from_v2_access(document)?;
        let expires_at = match &parsed.access.token.expires {
            Some(text) => Some(parse_timestamp(text).ok_or_else(|| {
                Error::decode(WHAT, format!("`{text}` is not an ISO 8601 expiry time"))
            })?),
            None => None,
        };
        Ok(AuthToken {
            token: parsed.access.token.id.clone(),
            expires_at,
            catalog,
            details: TokenDetails::V2(Box::new(parsed.access)),
        })
    }

    /// Reads a Keystone v3 answer (`{"token": …}`) whose token came in the
    /// `X-Subject-Token` header.
    ///
    /// ```
    /// use cloud_identity::AuthToken;
    /// let doc = serde_json::json!({"token": {"methods": ["password"],
    ///     "user": {"id": "u1", "name": "admin", "domain": {"id": "default"}},
    ///     "project": {"id": "p1", "name": "admin"},
    ///     "expires_at": "2026-11-22T09:05:16.000000Z", "catalog": []}});
    /// let token = AuthToken::from_v3("gAAAA-subject".into(), &doc)?;
    /// assert_eq!(token.project_name(), Some("admin"));
    /// assert!(token.expires_at.is_some());
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn from_v3(subject_token: Secret, document: &Value) -> Result<Self, Error> {
        const WHAT: &str = "the token request (Keystone v3)";
        let parsed = TokenDocument::deserialize(document).map_err(|e| Error::decode(WHAT, e))?;
        let catalog = ServiceCatalog::from_v3_token(document)?;
        let expires_at = match &parsed.token.expires_at {
            Some(text) => Some(parse_timestamp(text).ok_or_else(|| {
                Error::decode(WHAT, format!("`{text}` is not an ISO 8601 expiry time"))
            })?),
            None => None,
        };
        Ok(AuthToken {
            token: subject_token,
            expires_at,
            catalog,
            details: TokenDetails::V3(Box::new(parsed.token)),
        })
    }

    /// True when the token is still good `margin` from now (always true when
    /// the server gave no expiry).
    ///
    /// ```
    /// use std::time::{Duration, SystemTime};
    /// use cloud_identity::AuthToken;
    /// let doc = serde_json::json!({"access": {"token": {"id": "t", "expires": "2000-01-01T00:00:00Z"}}});
    /// let token = AuthToken::from_v2(&doc)?;
    /// assert!(!token.valid_for(Duration::ZERO, SystemTime::now()));
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn valid_for(&self, margin: Duration, now: SystemTime) -> bool {
        match self.expires_at {
            None => true,
            Some(expires) => now.checked_add(margin).is_some_and(|t| t < expires),
        }
    }

    /// The user's id (the UUID on Astakos).
    ///
    /// See [`AuthToken::from_v2`] for an example.
    pub fn user_id(&self) -> Option<&str> {
        match &self.details {
            TokenDetails::V2(access) => access.user.as_ref().map(|u| u.id.as_str()),
            TokenDetails::V3(token) => Some(token.user.id.as_str()),
        }
    }

    /// The user's name (the real name on Astakos, the login name on Keystone).
    ///
    /// ```
    /// let doc = serde_json::json!({"access": {"token": {"id": "t"}, "user": {"id": "u", "name": "A B"}}});
    /// assert_eq!(cloud_identity::AuthToken::from_v2(&doc)?.user_name(), Some("A B"));
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn user_name(&self) -> Option<&str> {
        match &self.details {
            TokenDetails::V2(access) => access.user.as_ref().and_then(|u| u.name.as_deref()),
            TokenDetails::V3(token) => token.user.name.as_deref(),
        }
    }

    /// The project (tenant) the token is scoped to; on Astakos the user's
    /// default project.
    ///
    /// See [`AuthToken::from_v2`] for an example.
    pub fn project_id(&self) -> Option<&str> {
        match &self.details {
            TokenDetails::V2(access) => access.token.tenant.as_ref().map(|t| t.id.as_str()),
            TokenDetails::V3(token) => token.project.as_ref().map(|p| p.id.as_str()),
        }
    }

    /// The project's name, if the server gave one.
    ///
    /// See [`AuthToken::from_v3`] for an example.
    pub fn project_name(&self) -> Option<&str> {
        match &self.details {
            TokenDetails::V2(access) => {
                access.token.tenant.as_ref().and_then(|t| t.name.as_deref())
            }
            TokenDetails::V3(token) => token.project.as_ref().and_then(|p| p.name.as_deref()),
        }
    }

    /// The user as kamaki's `user_info` shows it: `access.user` plus
    /// `default_project` (v2.0/Astakos). For a v3 token: id, name, roles and
    /// the project as `default_project`.
    ///
    /// ```
    /// let doc = serde_json::json!({"access": {"token": {"id": "t", "tenant": {"id": "p9"}},
    ///     "user": {"id": "u", "roles": [{"id": "1", "name": "default"}], "projects": ["p9"]}}});
    /// let info = cloud_identity::AuthToken::from_v2(&doc)?.user_info().unwrap();
    /// assert_eq!(info.default_project.as_deref(), Some("p9"));
    /// assert_eq!(info.projects.unwrap(), ["p9"]);
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn user_info(&self) -> Option<UserInfo> {
        match &self.details {
            TokenDetails::V2(access) => {
                let user = access.user.as_ref()?;
                let mut extra = user.extra.clone();
                if let Some(username) = &user.username {
                    extra.insert("username".into(), Value::String(username.clone()));
                }
                Some(UserInfo {
                    id: user.id.clone(),
                    name: user.name.clone(),
                    roles: user.roles.clone(),
                    roles_links: user.roles_links.clone(),
                    projects: user.projects.clone(),
                    default_project: access.token.tenant.as_ref().map(|t| t.id.clone()),
                    extra,
                })
            }
            TokenDetails::V3(token) => {
                let mut extra = token.user.extra.clone();
                if let Some(domain) = &token.user.domain
                    && let Ok(value) = serde_json::to_value(domain)
                {
                    extra.insert("domain".into(), value);
                }
                Some(UserInfo {
                    id: token.user.id.clone(),
                    name: token.user.name.clone(),
                    roles: token.roles.clone(),
                    roles_links: Vec::new(),
                    projects: None,
                    default_project: token.project.as_ref().map(|p| p.id.clone()),
                    extra,
                })
            }
        }
    }
}
