//! The transport's layers, outermost first. Each is a [`tower::Layer`] in a
//! file of its own; [`crate::TransportBuilder`] is the one place they meet.
//!
//! | layer | job |
//! | --- | --- |
//! | [`trace`] | one span per request; secrets redacted |
//! | [`retry`] | idempotency-aware retries with backoff and `Retry-After` |
//! | [`auth`] | applies [`crate::Credentials`]; single-flight refresh on 401 |
//! | [`limits`] | concurrency cap and request timeout |
//! | [`base`] | base URL, `User-Agent`, `Accept` |
//! | [`trace::WireLogLayer`] | each attempt's headers and bodies as sent, redacted |

pub mod auth;
pub mod base;
pub mod limits;
pub mod retry;
pub mod trace;

use std::future::Future;
use std::pin::Pin;

use http::{Request, Response};

use crate::{Body, Error};

/// The future every layer's service returns.
pub type ResponseFuture = Pin<Box<dyn Future<Output = Result<Response<Body>, Error>> + Send>>;

/// The service each layer wraps: anything that turns a request into a response.
pub trait Inner:
    tower::Service<Request<Body>, Response = Response<Body>, Error = Error, Future: Send + 'static>
    + Clone
    + Send
    + 'static
{
}

impl<S> Inner for S where
    S: tower::Service<
            Request<Body>,
            Response = Response<Body>,
            Error = Error,
            Future: Send + 'static,
        > + Clone
        + Send
        + 'static
{
}

/// Takes the service that was polled ready and leaves a fresh clone in its
/// place (the usual tower pattern for services called from a `'static` future).
pub(crate) fn take_ready<S: Clone>(slot: &mut S) -> S {
    let fresh = slot.clone();
    std::mem::replace(slot, fresh)
}
