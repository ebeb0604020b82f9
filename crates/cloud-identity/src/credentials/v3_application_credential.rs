//! Keystone v3 application credentials.

use std::fmt;

use cloud_core::credentials::Secret;
use cloud_core::{Error, Transport};
use futures_util::future::BoxFuture;
use serde_json::json;

use super::v3_refs::{UserRef, v3_authenticate};
use super::{AuthMethod, identity_url};
use crate::AuthToken;

/// Which application credential: by id, or by name with its owner.
///
/// ```
/// use cloud_identity::credentials::{ApplicationCredentialRef, DomainRef, UserRef};
/// let by_name = ApplicationCredentialRef::Name {
///     name: "ci".into(),
///     user: UserRef::name("demo", DomainRef::id("default")),
/// };
/// assert_eq!(by_name.to_string(), "application credential ci of user demo (domain id default)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApplicationCredentialRef {
    /// By id (unique).
    Id(String),
    /// By name, with the user who owns it.
    Name {
        /// The credential's name.
        name: String,
        /// Its owner.
        user: UserRef,
    },
}

impl fmt::Display for ApplicationCredentialRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApplicationCredentialRef::Id(id) => write!(f, "application credential id {id}"),
            ApplicationCredentialRef::Name { name, user } => {
                write!(f, "application credential {name} of {user}")
            }
        }
    }
}

/// An application credential and its secret:
/// `{"auth": {"identity": {"methods": ["application_credential"], "application_credential": {…, "secret": …}}}}`.
/// The credential carries its own scope, so the request has none.
///
/// ```
/// use cloud_identity::credentials::V3ApplicationCredential;
/// let method = V3ApplicationCredential::with_id("http://127.0.0.1:5000", "ac-42", "s3cr3t-value");
/// let body = method.request_body();
/// assert_eq!(body["auth"]["identity"]["application_credential"],
///            serde_json::json!({"id": "ac-42", "secret": "s3cr3t-value"}));
/// assert!(body["auth"].get("scope").is_none());
/// assert!(!format!("{method:?}").contains("s3cr3t-value"));
/// ```
#[derive(Debug, Clone)]
pub struct V3ApplicationCredential {
    auth_url: String,
    credential: ApplicationCredentialRef,
    secret: Secret,
}

impl V3ApplicationCredential {
    /// An application credential; `/v3` is appended to the URL unless it ends in a version.
    ///
    /// ```
    /// use cloud_identity::credentials::{ApplicationCredentialRef, V3ApplicationCredential};
    /// let _ = V3ApplicationCredential::new("http://h:5000", ApplicationCredentialRef::Id("ac".into()), "s");
    /// ```
    pub fn new(
        auth_url: &str,
        credential: ApplicationCredentialRef,
        secret: impl Into<Secret>,
    ) -> Self {
        V3ApplicationCredential {
            auth_url: identity_url(auth_url, "v3"),
            credential,
            secret: secret.into(),
        }
    }

    /// An application credential by id.
    ///
    /// See the type's documentation for an example.
    pub fn with_id(auth_url: &str, id: impl Into<String>, secret: impl Into<Secret>) -> Self {
        Self::new(auth_url, ApplicationCredentialRef::Id(id.into()), secret)
    }

    /// An application credential by name and owner.
    ///
    /// ```
    /// use cloud_identity::credentials::{UserRef, V3ApplicationCredential};
    /// let m = V3ApplicationCredential::with_name("http://h:5000", "ci", UserRef::id("u1"), "s");
    /// assert_eq!(m.request_body()["auth"]["identity"]["application_credential"],
    ///            serde_json::json!({"name": "ci", "user": {"id": "u1"}, "secret": "s"}));
    /// ```
    pub fn with_name(
        auth_url: &str,
        name: impl Into<String>,
        user: UserRef,
        secret: impl Into<Secret>,
    ) -> Self {
        Self::new(
            auth_url,
            ApplicationCredentialRef::Name {
                name: name.into(),
                user,
            },
            secret,
        )
    }

    /// The JSON body of the token request (it holds the secret: never log it).
    ///
    /// See the type's documentation for an example.
    pub fn request_body(&self) -> serde_json::Value {
        let mut credential = match &self.credential {
            ApplicationCredentialRef::Id(id) => json!({"id": id}),
            ApplicationCredentialRef::Name { name, user } => {
                json!({"name": name, "user": user.to_json()})
            }
        };
        credential["secret"] = json!(self.secret.expose());
        json!({"auth": {"identity": {
            "methods": ["application_credential"],
            "application_credential": credential,
        }}})
    }
}

impl AuthMethod for V3ApplicationCredential {
    fn auth_url(&self) -> &str {
        &self.auth_url
    }

    fn principal(&self) -> String {
        format!("v3 {}", self.credential)
    }

    fn authenticate<'a>(
        &'a self,
        transport: &'a Transport,
    ) -> BoxFuture<'a, Result<AuthToken, Error>> {
        Box::pin(
            async move { v3_authenticate(transport, &self.auth_url, &self.request_body()).await },
        )
    }
}
