//! Keystone v2.0 password authentication.

use cloud_core::credentials::Secret;
use cloud_core::{Error, Transport};
use futures_util::future::BoxFuture;
use serde_json::json;

use super::v2_request::{Tenant, v2_authenticate};
use super::{AuthMethod, identity_url};
use crate::AuthToken;

/// A user name and password, scoped to a tenant by name or id:
/// `{"auth": {"passwordCredentials": {"username", "password"}, "tenantName"|"tenantId": …}}`.
///
/// (Astakos reads this shape too, with the user's UUID as the name and the
/// API token as the password; [`super::AstakosToken`] is the usual way there.)
///
/// ```
/// use cloud_identity::credentials::V2Password;
/// let method = V2Password::new("http://127.0.0.1:5002", "demo", "demopass").tenant_id("e05c");
/// assert_eq!(method.request_body(), serde_json::json!({"auth": {
///     "passwordCredentials": {"username": "demo", "password": "demopass"}, "tenantId": "e05c"}}));
/// assert!(!format!("{method:?}").contains("demopass"));
/// ```
#[derive(Debug, Clone)]
pub struct V2Password {
    auth_url: String,
    username: String,
    password: Secret,
    tenant: Option<Tenant>,
}

impl V2Password {
    /// Password credentials, unscoped until a tenant is set; `/v2.0` is
    /// appended to the URL unless it ends in a version.
    ///
    /// ```
    /// use cloud_identity::credentials::{AuthMethod, V2Password};
    /// assert_eq!(V2Password::new("http://h:5000", "u", "p").auth_url(), "http://h:5000/v2.0");
    /// ```
    pub fn new(auth_url: &str, username: impl Into<String>, password: impl Into<Secret>) -> Self {
        V2Password {
            auth_url: identity_url(auth_url, "v2.0"),
            username: username.into(),
            password: password.into(),
            tenant: None,
        }
    }

    /// Scopes the token to a tenant by name.
    ///
    /// ```
    /// let m = cloud_identity::credentials::V2Password::new("http://h:5000", "u", "p").tenant_name("demo");
    /// assert_eq!(m.request_body()["auth"]["tenantName"], "demo");
    /// ```
    pub fn tenant_name(mut self, name: impl Into<String>) -> Self {
        self.tenant = Some(Tenant::Name(name.into()));
        self
    }

    /// Scopes the token to a tenant by id.
    ///
    /// See the type's documentation for an example.
    pub fn tenant_id(mut self, id: impl Into<String>) -> Self {
        self.tenant = Some(Tenant::Id(id.into()));
        self
    }

    /// The JSON body of the token request (it holds the password: never log it).
    ///
    /// See the type's documentation for an example.
    pub fn request_body(&self) -> serde_json::Value {
        let mut auth = json!({"passwordCredentials": {
            "username": self.username,
            "password": self.password.expose(),
        }});
        Tenant::add_to(self.tenant.as_ref(), &mut auth);
        json!({ "auth": auth })
    }
}

impl AuthMethod for V2Password {
    fn auth_url(&self) -> &str {
        &self.auth_url
    }

    fn principal(&self) -> String {
        match &self.tenant {
            None => format!("v2.0 password {}", self.username),
            tenant => format!(
                "v2.0 password {} {}",
                self.username,
                Tenant::describe(tenant.as_ref())
            ),
        }
    }

    fn authenticate<'a>(
        &'a self,
        transport: &'a Transport,
    ) -> BoxFuture<'a, Result<AuthToken, Error>> {
        Box::pin(
            async move { v2_authenticate(transport, &self.auth_url, &self.request_body()).await },
        )
    }
}
