//! Keystone v3: a token obtained elsewhere (`OS_TOKEN`), used as it is.

use cloud_core::credentials::Secret;
use cloud_core::layers::base::join_url;
use cloud_core::{Body, Error, ErrorKind, RequestExt, Transport};
use futures_util::future::BoxFuture;
use serde_json::Value;

use super::{AuthMethod, fingerprint, identity_url};
use crate::AuthToken;

/// A Keystone v3 token that the user already has (from `openstack token
/// issue`, `OS_TOKEN` or `auth.token` in clouds.yaml), sent as is in
/// `X-Auth-Token`.
///
/// Authenticating validates it rather than exchanging it:
/// `GET {identity}/v3/auth/tokens` with the token as both `X-Auth-Token`
/// and `X-Subject-Token` (Keystone lets a token's owner read it) tells its
/// expiry, its user, its scope and its catalog, and happens only when those
/// are asked for, or after a 401 (to turn the refusal into Keystone's own
/// message). Keystone cannot renew a token, so a refused token must be
/// replaced by the user. To exchange the token for one with another scope,
/// use [`super::V3Token`] instead.
///
/// ```
/// use cloud_identity::credentials::{AuthMethod, V3ExistingToken};
/// let method = V3ExistingToken::new("http://127.0.0.1:5000", "gAAAA-from-openstack-token-issue");
/// assert_eq!(method.auth_url(), "http://127.0.0.1:5000/v3");
/// assert_eq!(method.known_token().unwrap().expose(), "gAAAA-from-openstack-token-issue");
/// assert!(!method.renewable());
/// assert!(!format!("{method:?}").contains("gAAAA"));
/// ```
#[derive(Debug, Clone)]
pub struct V3ExistingToken {
    auth_url: String,
    token: Secret,
}

impl V3ExistingToken {
    /// The token; `/v3` is appended to the URL unless it ends in a version.
    ///
    /// See the type's documentation for an example.
    pub fn new(auth_url: &str, token: impl Into<Secret>) -> Self {
        V3ExistingToken {
            auth_url: identity_url(auth_url, "v3"),
            token: token.into(),
        }
    }
}

impl AuthMethod for V3ExistingToken {
    fn auth_url(&self) -> &str {
        &self.auth_url
    }

    fn principal(&self) -> String {
        format!("v3 existing token {}", fingerprint(self.token.expose()))
    }

    fn authenticate<'a>(
        &'a self,
        transport: &'a Transport,
    ) -> BoxFuture<'a, Result<AuthToken, Error>> {
        Box::pin(async move {
            let uri = join_url(&self.auth_url, "auth/tokens")?;
            let what = format!("GET {}", cloud_core::redact::redact_uri(&uri));
            let mut request = http::Request::get(uri)
                .body(Body::empty())
                .map_err(|e| Error::config(e.to_string(), "check the identity URL"))?
                .without_auth()
                .idempotent();
            let value = self.token.header_value()?;
            request.headers_mut().insert("x-auth-token", value.clone());
            request.headers_mut().insert("x-subject-token", value);
            let response = match transport.send_checked(request).await {
                Ok(response) => response,
                // Keystone answers 404 "Failed to validate token" when the token
                // asked about is revoked or expired but its check of the same
                // token as X-Auth-Token still passed (a cache): either way the
                // token is refused, so it is Unauthorized, with Keystone's words.
                Err(Error::Api(mut api)) if api.kind == ErrorKind::NotFound => {
                    api.kind = ErrorKind::Unauthorized;
                    return Err(Error::Api(api));
                }
                Err(error) => return Err(error),
            };
            let bytes = response
                .into_body()
                .collect_bytes()
                .await
                .map_err(|e| Error::decode(&what, format!("the body broke off: {e}")))?;
            let document: Value =
                serde_json::from_slice(&bytes).map_err(|e| Error::decode(&what, e))?;
            AuthToken::from_v3(self.token.clone(), &document)
        })
    }

    fn renewable(&self) -> bool {
        false
    }

    fn known_token(&self) -> Option<&Secret> {
        Some(&self.token)
    }
}
