//! Marks a request carries to tell the layers how to treat it.

use http::Request;

use crate::Body;

/// Marks a request as safe to send twice even though its method (POST, COPY,
/// MOVE) is not idempotent by definition: the retry layer may then retry it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Idempotent;

/// Marks a request that must go without credentials (for example the
/// authentication request itself, or a public object URL).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoAuth;

/// Builder-style marks on a request.
///
/// ```
/// use cloud_core::{Body, RequestExt};
/// let req = http::Request::post("https://h.example.org/v1/a/c?update")
///     .body(Body::from("block"))
///     .unwrap()
///     .idempotent();
/// assert!(req.extensions().get::<cloud_core::Idempotent>().is_some());
/// ```
pub trait RequestExt {
    /// Marks the request [`Idempotent`].
    fn idempotent(self) -> Self;
    /// Marks the request [`NoAuth`].
    fn without_auth(self) -> Self;
}

impl RequestExt for Request<Body> {
    fn idempotent(mut self) -> Self {
        self.extensions_mut().insert(Idempotent);
        self
    }

    fn without_auth(mut self) -> Self {
        self.extensions_mut().insert(NoAuth);
        self
    }
}

/// A copy of a request whose body is replayable, or `None` for a streaming body.
pub(crate) fn try_clone_request(request: &Request<Body>) -> Option<Request<Body>> {
    let body = request.body().try_clone()?;
    let mut copy = Request::new(body);
    *copy.method_mut() = request.method().clone();
    *copy.uri_mut() = request.uri().clone();
    *copy.version_mut() = request.version();
    *copy.headers_mut() = request.headers().clone();
    *copy.extensions_mut() = request.extensions().clone();
    Some(copy)
}
