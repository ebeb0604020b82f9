//! Ways to authenticate against Astakos, Keystone v2.0 and Keystone v3.
//!
//! Each way is an [`AuthMethod`] in a file of its own; they all run under one
//! [`TokenCredentials`], the [`cloud_core::Credentials`] implementation that
//! keeps the current token, authenticates when there is none, refreshes it
//! shortly before it expires and once more when a server answers 401.
//!
//! | method | request | file |
//! | --- | --- | --- |
//! | [`AstakosToken`] | `POST {identity}/tokens` `{"auth": {"token": {"id"}}}` | `astakos_token.rs` |
//! | [`V2Password`] | `POST {identity}/v2.0/tokens` `passwordCredentials` + tenant | `v2_password.rs` |
//! | [`V2Token`] | `POST {identity}/v2.0/tokens` `token` + tenant (re-scoping) | `v2_token.rs` |
//! | [`V3Password`] | `POST {identity}/v3/auth/tokens` `password` + scope | `v3_password.rs` |
//! | [`V3Token`] | `POST {identity}/v3/auth/tokens` `token` + scope | `v3_token.rs` |
//! | [`V3ExistingToken`] | `GET {identity}/v3/auth/tokens` (the token, sent as is, validated) | `v3_existing_token.rs` |
//! | [`V3ApplicationCredential`] | `POST {identity}/v3/auth/tokens` `application_credential` | `v3_application_credential.rs` |
//!
//! # The authentication transport
//!
//! Credentials must send their own requests, and those must not pass through
//! the auth layer they serve. So a [`TokenCredentials`] holds a [`Transport`]
//! of its own, built **without** credentials (with the same TLS, timeout and
//! retry settings as the service transport). Its requests are also marked
//! [`RequestExt::without_auth`], and [`RequestExt::idempotent`]: a token
//! request changes nothing on the server, so the retry layer may repeat it
//! after a connection error or a 503.
//!
//! ```
//! use std::sync::Arc;
//! use cloud_core::Transport;
//! use cloud_identity::credentials::{DomainRef, ProjectRef, TokenCredentials, UserRef, V3Password, V3Scope};
//!
//! let method = V3Password::new(
//!     "http://127.0.0.1:5000",                       // `/v3` is appended
//!     UserRef::name("demo", DomainRef::id("default")),
//!     "demopass",
//! )
//! .scope(V3Scope::Project(ProjectRef::name("demo", DomainRef::id("default"))));
//! let credentials = Arc::new(TokenCredentials::new(method, Transport::builder().build()?));
//! let transport = Transport::builder().shared_credentials(credentials.clone()).build()?;
//! # let _ = transport;
//! # Ok::<(), cloud_core::Error>(())
//! ```

mod astakos_token;
mod token_credentials;
mod v2_password;
mod v2_request;
mod v2_token;
mod v3_application_credential;
mod v3_existing_token;
mod v3_password;
mod v3_refs;
mod v3_token;

pub use astakos_token::AstakosToken;
pub use token_credentials::{DEFAULT_REFRESH_SKEW, TokenCredentials};
pub use v2_password::V2Password;
pub use v2_token::V2Token;
pub use v3_application_credential::{ApplicationCredentialRef, V3ApplicationCredential};
pub use v3_existing_token::V3ExistingToken;
pub use v3_password::V3Password;
pub use v3_refs::{DomainRef, ProjectRef, UserRef, V3Scope};
pub use v3_token::V3Token;

use std::fmt;

use cloud_core::catalog::with_version_suffix;
use cloud_core::credentials::Secret;
use cloud_core::layers::base::join_url;
use cloud_core::{Body, Error, RequestExt, Transport};
use futures_util::future::BoxFuture;
use http::{HeaderValue, Response};
use serde_json::Value;

use crate::AuthToken;

/// One way of obtaining a token. Implementations send one authentication
/// request through the transport they are given and read the answer.
///
/// ```
/// use cloud_core::{Error, Transport};
/// use cloud_identity::AuthToken;
/// use cloud_identity::credentials::AuthMethod;
/// use futures_util::future::BoxFuture;
///
/// /// A method for tests: always the same token, from memory.
/// #[derive(Debug)]
/// struct Fixed;
/// impl AuthMethod for Fixed {
///     fn auth_url(&self) -> &str { "http://127.0.0.1:1/v2.0" }
///     fn principal(&self) -> String { "fixed".into() }
///     fn authenticate<'a>(&'a self, _: &'a Transport) -> BoxFuture<'a, Result<AuthToken, Error>> {
///         Box::pin(async {
///             AuthToken::from_v2(&serde_json::json!({"access": {"token": {"id": "t"}}}))
///         })
///     }
/// }
/// ```
pub trait AuthMethod: Send + Sync + fmt::Debug + 'static {
    /// The identity URL the method authenticates against (with its version).
    fn auth_url(&self) -> &str;

    /// Who authenticates, without any secret: the key of the on-disk token
    /// cache together with the auth URL.
    fn principal(&self) -> String;

    /// Sends the authentication request and reads the token.
    fn authenticate<'a>(
        &'a self,
        transport: &'a Transport,
    ) -> BoxFuture<'a, Result<AuthToken, Error>>;

    /// True when authenticating again yields a token that lives longer
    /// (passwords, application credentials). A token re-issued from a token
    /// keeps the first one's expiry, so refreshing it before expiry is useless.
    fn renewable(&self) -> bool {
        true
    }

    /// A token usable before any authentication (Astakos: the user's
    /// long-lived token is sent as is; authenticating only tells its expiry
    /// and catalog).
    fn known_token(&self) -> Option<&Secret> {
        None
    }
}

/// The identity URL with kamaki's version-suffix rule applied.
///
/// ```
/// use cloud_identity::credentials::identity_url;
/// assert_eq!(identity_url("https://accounts.example.org/identity/", "v2.0"),
///            "https://accounts.example.org/identity/v2.0");
/// assert_eq!(identity_url("http://127.0.0.1:5000/v3", "v3"), "http://127.0.0.1:5000/v3");
/// ```
pub fn identity_url(url: &str, default_version: &str) -> String {
    with_version_suffix(url, default_version)
}

/// A short, stable, non-reversible label of a secret, for cache keys.
/// (64-bit FNV-1a: it tells tokens apart; it does not protect them.)
///
/// ```
/// use cloud_identity::credentials::fingerprint;
/// assert_eq!(fingerprint("abc"), fingerprint("abc"));
/// assert_ne!(fingerprint("abc"), fingerprint("abd"));
/// assert_eq!(fingerprint("abc").len(), 16);
/// ```
pub fn fingerprint(secret: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in secret.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Sends an authentication request: `POST url` with a JSON body, without
/// credentials, marked safe to retry. A refusal becomes [`Error::Api`].
pub(crate) async fn post_auth(
    transport: &Transport,
    url: &str,
    body: &Value,
) -> Result<(Response<()>, Value), Error> {
    let uri = join_url(url, "")?;
    let what = format!("POST {}", cloud_core::redact::redact_uri(&uri));
    let bytes = serde_json::to_vec(body).map_err(|e| Error::decode(&what, e))?;
    let mut request = http::Request::post(uri)
        .body(Body::from(bytes))
        .map_err(|e| Error::config(e.to_string(), "check the identity URL"))?
        .without_auth()
        .idempotent();
    request.headers_mut().insert(
        http::header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    let response = transport.send_checked(request).await?;
    let (parts, body) = response.into_parts();
    let bytes = body
        .collect_bytes()
        .await
        .map_err(|e| Error::decode(&what, format!("the body broke off: {e}")))?;
    let value: Value = serde_json::from_slice(&bytes).map_err(|e| Error::decode(&what, e))?;
    Ok((Response::from_parts(parts, ()), value))
}
