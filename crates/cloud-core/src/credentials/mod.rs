//! How a request proves who sends it.
//!
//! A [`Credentials`] strategy adds authentication to each request and, when a
//! server answers 401, tries to obtain fresh credentials. The auth layer
//! ([`crate::layers::auth`]) calls it; the strategies live one per file:
//! [`StaticToken`] here, and the Keystone, Astakos, CloudStack and session
//! strategies in the crates that speak those protocols.

mod secret;
mod static_token;

pub use secret::Secret;
pub use static_token::StaticToken;

use std::fmt;

use futures_util::future::BoxFuture;

use crate::{Body, Error};

/// What a call to [`Credentials::refresh`] achieved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refresh {
    /// New credentials were obtained; a refused request may be sent again.
    Renewed,
    /// These credentials cannot be renewed (a fixed token); the 401 stands.
    Unchanged,
}

/// A way of authenticating requests.
///
/// Implementations hold their secrets in [`Secret`], so that `Debug` never
/// prints them.
///
/// ```
/// use cloud_core::credentials::{Credentials, Refresh, Secret};
/// use cloud_core::{Body, Error};
/// use futures_util::future::BoxFuture;
///
/// /// Sends a fixed API key in a header of its own.
/// #[derive(Debug)]
/// struct ApiKey(Secret);
///
/// impl Credentials for ApiKey {
///     fn apply<'a>(&'a self, request: &'a mut http::Request<Body>) -> BoxFuture<'a, Result<(), Error>> {
///         Box::pin(async move {
///             let value = self.0.header_value()?;
///             request.headers_mut().insert("x-api-key", value);
///             Ok(())
///         })
///     }
///     fn refresh(&self) -> BoxFuture<'_, Result<Refresh, Error>> {
///         Box::pin(async { Ok(Refresh::Unchanged) })
///     }
/// }
/// ```
pub trait Credentials: Send + Sync + fmt::Debug {
    /// Adds authentication to a request (usually a header). It may first
    /// authenticate, if it holds no valid token yet or the token is about to expire.
    fn apply<'a>(
        &'a self,
        request: &'a mut http::Request<Body>,
    ) -> BoxFuture<'a, Result<(), Error>>;

    /// Obtains fresh credentials after a server refused the current ones.
    ///
    /// The auth layer calls this at most once for a wave of concurrent 401s.
    fn refresh(&self) -> BoxFuture<'_, Result<Refresh, Error>>;
}
