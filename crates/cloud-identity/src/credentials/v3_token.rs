//! Keystone v3 token authentication (re-scoping an existing token).

use cloud_core::credentials::Secret;
use cloud_core::{Error, Transport};
use futures_util::future::BoxFuture;
use serde_json::json;

use super::v3_refs::{V3Scope, v3_authenticate};
use super::{AuthMethod, fingerprint, identity_url};
use crate::AuthToken;

/// An existing token, exchanged for a (differently) scoped one:
/// `{"auth": {"identity": {"methods": ["token"], "token": {"id": …}}, "scope": …}}`.
///
/// The new token keeps the old one's expiry, so it is not renewed before
/// expiry; once the server refuses it, the user needs a new token.
///
/// ```
/// use cloud_identity::credentials::{ProjectRef, V3Scope, V3Token};
/// let method = V3Token::new("http://127.0.0.1:5000/v3", "gAAAA-old")
///     .scope(V3Scope::Project(ProjectRef::id("96b2")));
/// let body = method.request_body();
/// assert_eq!(body["auth"]["identity"], serde_json::json!({"methods": ["token"], "token": {"id": "gAAAA-old"}}));
/// assert_eq!(body["auth"]["scope"]["project"]["id"], "96b2");
/// assert!(!format!("{method:?}").contains("gAAAA-old"));
/// ```
#[derive(Debug, Clone)]
pub struct V3Token {
    auth_url: String,
    token: Secret,
    scope: V3Scope,
}

impl V3Token {
    /// Token credentials; `/v3` is appended to the URL unless it ends in a version.
    ///
    /// ```
    /// use cloud_identity::credentials::{AuthMethod, V3Token};
    /// assert_eq!(V3Token::new("http://h:5000", "t").auth_url(), "http://h:5000/v3");
    /// ```
    pub fn new(auth_url: &str, token: impl Into<Secret>) -> Self {
        V3Token {
            auth_url: identity_url(auth_url, "v3"),
            token: token.into(),
            scope: V3Scope::Unscoped,
        }
    }

    /// Scopes the new token (unscoped by default).
    ///
    /// ```
    /// use cloud_identity::credentials::{DomainRef, V3Scope, V3Token};
    /// let m = V3Token::new("http://h:5000", "t").scope(V3Scope::Domain(DomainRef::id("default")));
    /// assert_eq!(m.request_body()["auth"]["scope"]["domain"]["id"], "default");
    /// ```
    pub fn scope(mut self, scope: V3Scope) -> Self {
        self.scope = scope;
        self
    }

    /// The JSON body of the token request (it holds the token: never log it).
    ///
    /// See the type's documentation for an example.
    pub fn request_body(&self) -> serde_json::Value {
        let mut auth =
            json!({"identity": {"methods": ["token"], "token": {"id": self.token.expose()}}});
        if let Some(scope) = self.scope.to_json() {
            auth["scope"] = scope;
        }
        json!({ "auth": auth })
    }
}

impl AuthMethod for V3Token {
    fn auth_url(&self) -> &str {
        &self.auth_url
    }

    fn principal(&self) -> String {
        format!(
            "v3 token {} scope {}",
            fingerprint(self.token.expose()),
            self.scope
        )
    }

    fn authenticate<'a>(
        &'a self,
        transport: &'a Transport,
    ) -> BoxFuture<'a, Result<AuthToken, Error>> {
        Box::pin(
            async move { v3_authenticate(transport, &self.auth_url, &self.request_body()).await },
        )
    }

    fn renewable(&self) -> bool {
        false
    }
}
