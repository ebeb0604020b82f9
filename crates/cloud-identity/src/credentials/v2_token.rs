//! Keystone v2.0 token authentication: re-scoping a token to a tenant.

use cloud_core::credentials::Secret;
use cloud_core::{Error, Transport};
use futures_util::future::BoxFuture;
use serde_json::json;

use super::v2_request::{Tenant, v2_authenticate};
use super::{AuthMethod, fingerprint, identity_url};
use crate::AuthToken;

/// An existing token exchanged for one scoped to a tenant:
/// `{"auth": {"token": {"id": …}, "tenantName"|"tenantId": …}}`.
///
/// The new token keeps the old one's expiry, so it is not renewed before expiry.
///
/// ```
/// use cloud_identity::credentials::V2Token;
/// let method = V2Token::new("http://127.0.0.1:5002/v2.0", "unscoped-tok").tenant_name("demo");
/// assert_eq!(method.request_body(), serde_json::json!({"auth": {
///     "token": {"id": "unscoped-tok"}, "tenantName": "demo"}}));
/// assert!(!format!("{method:?}").contains("unscoped-tok"));
/// ```
#[derive(Debug, Clone)]
pub struct V2Token {
    auth_url: String,
    token: Secret,
    tenant: Option<Tenant>,
}

impl V2Token {
    /// Token credentials; `/v2.0` is appended to the URL unless it ends in a version.
    ///
    /// ```
    /// use cloud_identity::credentials::{AuthMethod, V2Token};
    /// assert_eq!(V2Token::new("http://h:5000/", "t").auth_url(), "http://h:5000/v2.0");
    /// ```
    pub fn new(auth_url: &str, token: impl Into<Secret>) -> Self {
        V2Token {
            auth_url: identity_url(auth_url, "v2.0"),
            token: token.into(),
            tenant: None,
        }
    }

    /// Scopes the new token to a tenant by name.
    ///
    /// See the type's documentation for an example.
    pub fn tenant_name(mut self, name: impl Into<String>) -> Self {
        self.tenant = Some(Tenant::Name(name.into()));
        self
    }

    /// Scopes the new token to a tenant by id.
    ///
    /// ```
    /// let m = cloud_identity::credentials::V2Token::new("http://h:5000", "t").tenant_id("e05c");
    /// assert_eq!(m.request_body()["auth"]["tenantId"], "e05c");
    /// ```
    pub fn tenant_id(mut self, id: impl Into<String>) -> Self {
        self.tenant = Some(Tenant::Id(id.into()));
        self
    }

    /// The JSON body of the token request (it holds the token: never log it).
    ///
    /// See the type's documentation for an example.
    pub fn request_body(&self) -> serde_json::Value {
        let mut auth = json!({"token": {"id": self.token.expose()}});
        Tenant::add_to(self.tenant.as_ref(), &mut auth);
        json!({ "auth": auth })
    }
}

impl AuthMethod for V2Token {
    fn auth_url(&self) -> &str {
        &self.auth_url
    }

    fn principal(&self) -> String {
        format!(
            "v2.0 token {} {}",
            fingerprint(self.token.expose()),
            Tenant::describe(self.tenant.as_ref())
        )
    }

    fn authenticate<'a>(
        &'a self,
        transport: &'a Transport,
    ) -> BoxFuture<'a, Result<AuthToken, Error>> {
        Box::pin(
            async move { v2_authenticate(transport, &self.auth_url, &self.request_body()).await },
        )
    }

    fn renewable(&self) -> bool {
        false
    }
}
