//! A fixed token sent in `X-Auth-Token`.

use futures_util::future::BoxFuture;
use http::HeaderName;

use super::{Credentials, Refresh, Secret};
use crate::{Body, Error};

/// A token that is known up front and never changes: Synnefo's long-lived API
/// tokens, or a token taken from `OS_TOKEN`.
///
/// ```
/// use cloud_core::credentials::StaticToken;
/// let creds = StaticToken::new("my-token");
/// assert!(!format!("{creds:?}").contains("my-token"));
/// ```
#[derive(Debug, Clone)]
pub struct StaticToken {
    header: HeaderName,
    token: Secret,
}

impl StaticToken {
    /// A token sent as `X-Auth-Token`.
    ///
    /// ```
    /// let _ = cloud_core::credentials::StaticToken::new("t");
    /// ```
    pub fn new(token: impl Into<Secret>) -> Self {
        StaticToken {
            header: HeaderName::from_static("x-auth-token"),
            token: token.into(),
        }
    }

    /// The same token sent under another header (for example `X-Storage-Token`).
    ///
    /// ```
    /// use http::HeaderName;
    /// let _ = cloud_core::credentials::StaticToken::new("t")
    ///     .with_header(HeaderName::from_static("x-storage-token"));
    /// ```
    pub fn with_header(mut self, header: HeaderName) -> Self {
        self.header = header;
        self
    }
}

impl Credentials for StaticToken {
    fn apply<'a>(
        &'a self,
        request: &'a mut http::Request<Body>,
    ) -> BoxFuture<'a, Result<(), Error>> {
        Box::pin(async move {
            let value = self.token.header_value()?;
            request.headers_mut().insert(self.header.clone(), value);
            Ok(())
        })
    }

    fn refresh(&self) -> BoxFuture<'_, Result<Refresh, Error>> {
        Box::pin(async { Ok(Refresh::Unchanged) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn sets_the_header_and_cannot_refresh() {
        let creds = StaticToken::new("abc");
        let mut req = http::Request::new(Body::empty());
        creds.apply(&mut req).await.unwrap();
        assert_eq!(req.headers()["x-auth-token"], "abc");
        assert!(req.headers()["x-auth-token"].is_sensitive());
        assert_eq!(creds.refresh().await.unwrap(), Refresh::Unchanged);
    }

    #[tokio::test]
    async fn a_token_with_a_newline_is_a_clear_error() {
        let creds = StaticToken::new("abc\ndef");
        let mut req = http::Request::new(Body::empty());
        let err = creds.apply(&mut req).await.unwrap_err();
        assert!(err.to_string().contains("line breaks"));
        assert!(!err.to_string().contains("abc"));
    }
}
