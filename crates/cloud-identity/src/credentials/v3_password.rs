//! Keystone v3 password authentication.

use cloud_core::credentials::Secret;
use cloud_core::{Error, Transport};
use futures_util::future::BoxFuture;
use serde_json::json;

use super::v3_refs::{UserRef, V3Scope, v3_authenticate};
use super::{AuthMethod, identity_url};
use crate::AuthToken;

/// A user name (or id) and password, optionally scoped:
/// `{"auth": {"identity": {"methods": ["password"], "password": {"user": {…, "password": …}}}, "scope": …}}`.
///
/// ```
/// use cloud_identity::credentials::{DomainRef, ProjectRef, UserRef, V3Password, V3Scope};
/// let method = V3Password::new("http://127.0.0.1:5000", UserRef::name("admin", DomainRef::name("Default")), "secretpass")
///     .scope(V3Scope::Project(ProjectRef::name("admin", DomainRef::name("Default"))));
/// let body = method.request_body();
/// assert_eq!(body["auth"]["identity"]["methods"], serde_json::json!(["password"]));
/// assert_eq!(body["auth"]["identity"]["password"]["user"]["domain"]["name"], "Default");
/// assert_eq!(body["auth"]["scope"]["project"]["name"], "admin");
/// assert!(!format!("{method:?}").contains("secretpass"));
/// ```
#[derive(Debug, Clone)]
pub struct V3Password {
    auth_url: String,
    user: UserRef,
    password: Secret,
    scope: V3Scope,
}

impl V3Password {
    /// Password credentials; `/v3` is appended to the URL unless it ends in a version.
    ///
    /// ```
    /// use cloud_identity::credentials::{AuthMethod, UserRef, V3Password};
    /// let m = V3Password::new("http://127.0.0.1:5000/", UserRef::id("7beb"), "pw");
    /// assert_eq!(m.auth_url(), "http://127.0.0.1:5000/v3");
    /// ```
    pub fn new(auth_url: &str, user: UserRef, password: impl Into<Secret>) -> Self {
        V3Password {
            auth_url: identity_url(auth_url, "v3"),
            user,
            password: password.into(),
            scope: V3Scope::Unscoped,
        }
    }

    /// Scopes the token (unscoped by default).
    ///
    /// ```
    /// use cloud_identity::credentials::{ProjectRef, UserRef, V3Password, V3Scope};
    /// let m = V3Password::new("http://h:5000", UserRef::id("u"), "pw").scope(V3Scope::Project(ProjectRef::id("p")));
    /// assert_eq!(m.request_body()["auth"]["scope"], serde_json::json!({"project": {"id": "p"}}));
    /// ```
    pub fn scope(mut self, scope: V3Scope) -> Self {
        self.scope = scope;
        self
    }

    /// The JSON body of the token request (it holds the password: never log it).
    ///
    /// See the type's documentation for an example.
    pub fn request_body(&self) -> serde_json::Value {
        let mut user = self.user.to_json();
        user["password"] = json!(self.password.expose());
        let mut auth = json!({"identity": {"methods": ["password"], "password": {"user": user}}});
        if let Some(scope) = self.scope.to_json() {
            auth["scope"] = scope;
        }
        json!({ "auth": auth })
    }
}

impl AuthMethod for V3Password {
    fn auth_url(&self) -> &str {
        &self.auth_url
    }

    fn principal(&self) -> String {
        format!("v3 password {} scope {}", self.user, self.scope)
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
