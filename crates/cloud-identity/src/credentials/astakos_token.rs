//! Synnefo Astakos: the user's long-lived API token.

use cloud_core::credentials::Secret;
use cloud_core::{Error, Transport};
use futures_util::future::BoxFuture;
use serde_json::json;

use super::v2_request::v2_authenticate;
use super::{AuthMethod, fingerprint, identity_url};
use crate::AuthToken;

/// The user's Astakos token (from the web UI). It is sent as is in
/// `X-Auth-Token`; authenticating (`POST {identity}/tokens` with
/// `{"auth": {"token": {"id": …}}}`) only tells its expiry, its user and the
/// service catalog, and happens when those are asked for — or after a 401,
/// to turn the refusal into Astakos' own message (`Invalid token`,
/// `Authentication expired`, …). There is no refresh API: an expired token
/// must be replaced by the user.
///
/// ```
/// use cloud_identity::credentials::{AstakosToken, AuthMethod};
/// let method = AstakosToken::new("https://accounts.example.org/identity", "user-token-43-chars");
/// assert_eq!(method.auth_url(), "https://accounts.example.org/identity/v2.0");
/// assert_eq!(method.request_body(), serde_json::json!({"auth": {"token": {"id": "user-token-43-chars"}}}));
/// assert!(!format!("{method:?}").contains("user-token"));
/// ```
#[derive(Debug, Clone)]
pub struct AstakosToken {
    auth_url: String,
    token: Secret,
}

impl AstakosToken {
    /// The token of a user; `/v2.0` is appended to the URL unless it ends in
    /// a version (kamaki's rule).
    ///
    /// See the type's documentation for an example.
    pub fn new(auth_url: &str, token: impl Into<Secret>) -> Self {
        AstakosToken {
            auth_url: identity_url(auth_url, "v2.0"),
            token: token.into(),
        }
    }

    /// The token itself.
    ///
    /// ```
    /// let m = cloud_identity::credentials::AstakosToken::new("http://h/identity", "t");
    /// assert_eq!(m.token().expose(), "t");
    /// ```
    pub fn token(&self) -> &Secret {
        &self.token
    }

    /// The JSON body of the token request (it holds the token: never log it).
    ///
    /// See the type's documentation for an example.
    pub fn request_body(&self) -> serde_json::Value {
        json!({"auth": {"token": {"id": self.token.expose()}}})
    }
}

impl AuthMethod for AstakosToken {
    fn auth_url(&self) -> &str {
        &self.auth_url
    }

    fn principal(&self) -> String {
        format!("astakos token {}", fingerprint(self.token.expose()))
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

    fn known_token(&self) -> Option<&Secret> {
        Some(&self.token)
    }
}
