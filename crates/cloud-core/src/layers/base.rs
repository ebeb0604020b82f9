//! The base URL, the `User-Agent` and the `Accept` header.
//!
//! Requests may name a path relative to the transport's base URL
//! ([`resolve`]); clients built on an endpoint join their paths with
//! [`join_url`]. Every request says who sends it (`User-Agent`, naming the
//! crate and its version unless the builder was given another) and asks for
//! JSON unless it asked for something else.

use std::task::{Context, Poll};

use http::header::{ACCEPT, USER_AGENT};
use http::{HeaderValue, Request, Response, Uri};

use super::{Inner, ResponseFuture, take_ready};
use crate::{Body, Error};

/// The default `User-Agent`: this crate's name and version.
///
/// ```
/// assert!(cloud_core::layers::base::DEFAULT_USER_AGENT.starts_with("cloud-core/"));
/// ```
pub const DEFAULT_USER_AGENT: &str =
    concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// Joins an endpoint URL and a path with exactly one `/` between them; the
/// path's own query string, if any, is kept.
///
/// ```
/// use cloud_core::layers::base::join_url;
/// assert_eq!(join_url("https://h.example.org/v1/", "/a/c").unwrap().to_string(), "https://h.example.org/v1/a/c");
/// assert_eq!(join_url("https://h.example.org/v1", "c?format=json").unwrap().to_string(), "https://h.example.org/v1/c?format=json");
/// assert_eq!(join_url("https://h.example.org/v1", "").unwrap().to_string(), "https://h.example.org/v1");
/// ```
pub fn join_url(base: &str, path: &str) -> Result<Uri, Error> {
    let base = base.trim_end_matches('/');
    let joined = if path.is_empty() {
        base.to_owned()
    } else if path.starts_with('?') {
        format!("{base}{path}")
    } else {
        format!("{base}/{}", path.trim_start_matches('/'))
    };
    joined.parse::<Uri>().map_err(|e| {
        Error::config(
            format!(
                "`{}` is not a valid URL ({e})",
                crate::redact::redact_pairs(&joined)
            ),
            "check the endpoint URL in the configuration or the service catalog",
        )
    })
}

/// Makes a relative request URI absolute against `base`; absolute URIs pass unchanged.
///
/// ```
/// use cloud_core::layers::base::resolve;
/// let base: http::Uri = "http://127.0.0.1:8080/identity/v2.0".parse().unwrap();
/// let rel: http::Uri = "/tokens".parse().unwrap();
/// assert_eq!(resolve(Some(&base), rel).unwrap().to_string(), "http://127.0.0.1:8080/identity/v2.0/tokens");
/// ```
pub fn resolve(base: Option<&Uri>, uri: Uri) -> Result<Uri, Error> {
    if uri.scheme().is_some() {
        return Ok(uri);
    }
    match base {
        Some(base) => {
            let path = uri.path_and_query().map(|p| p.as_str()).unwrap_or("");
            join_url(&base.to_string(), path)
        }
        None => Err(Error::config(
            format!(
                "the request URL `{}` is relative and no base URL is set",
                crate::redact::redact_uri(&uri)
            ),
            "give the transport a base URL, or use absolute URLs",
        )),
    }
}

/// The [`tower::Layer`] that sets the default headers.
#[derive(Debug, Clone)]
pub struct BaseLayer {
    user_agent: HeaderValue,
}

impl BaseLayer {
    /// A layer sending this `User-Agent`.
    ///
    /// ```
    /// let _ = cloud_core::layers::base::BaseLayer::new("kamaki/0.1.0".parse().unwrap());
    /// ```
    pub fn new(user_agent: HeaderValue) -> Self {
        BaseLayer { user_agent }
    }
}

impl<S> tower::Layer<S> for BaseLayer {
    type Service = Base<S>;

    fn layer(&self, inner: S) -> Self::Service {
        Base {
            inner,
            user_agent: self.user_agent.clone(),
        }
    }
}

/// The service made by [`BaseLayer`].
#[derive(Debug, Clone)]
pub struct Base<S> {
    inner: S,
    user_agent: HeaderValue,
}

impl<S: Inner> tower::Service<Request<Body>> for Base<S> {
    type Response = Response<Body>;
    type Error = Error;
    type Future = ResponseFuture;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<Body>) -> Self::Future {
        let mut inner = take_ready(&mut self.inner);
        let headers = request.headers_mut();
        if !headers.contains_key(USER_AGENT) {
            headers.insert(USER_AGENT, self.user_agent.clone());
        }
        if !headers.contains_key(ACCEPT) {
            headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        }
        Box::pin(inner.call(request))
    }
}
