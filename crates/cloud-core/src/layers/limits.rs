//! Bounding how much is in flight and how long a request may take.
//!
//! The concurrency cap is shared by every clone of the transport: at most
//! `max_in_flight` requests are between sending and their response headers at
//! once; the others wait their turn. The request timeout bounds the time from
//! sending to the response headers (a long download's body is not cut off by
//! it). The connect timeout lives in the connector.

use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use http::{Request, Response};
use tokio::sync::Semaphore;

use super::{Inner, ResponseFuture, take_ready};
use crate::error::TimeoutKind;
use crate::{Body, Error};

/// The [`tower::Layer`] that limits.
///
/// ```
/// use std::time::Duration;
/// let _ = cloud_core::layers::limits::LimitsLayer::new(Some(8), Some(Duration::from_secs(30)));
/// ```
#[derive(Debug, Clone)]
pub struct LimitsLayer {
    permits: Option<Arc<Semaphore>>,
    request_timeout: Option<Duration>,
}

impl LimitsLayer {
    /// At most `max_in_flight` requests at once (`None`: no cap), each bounded by
    /// `request_timeout` (`None`: no bound).
    pub fn new(max_in_flight: Option<usize>, request_timeout: Option<Duration>) -> Self {
        LimitsLayer {
            permits: max_in_flight.map(|n| Arc::new(Semaphore::new(n.max(1)))),
            request_timeout,
        }
    }
}

impl<S> tower::Layer<S> for LimitsLayer {
    type Service = Limits<S>;

    fn layer(&self, inner: S) -> Self::Service {
        Limits {
            inner,
            permits: self.permits.clone(),
            request_timeout: self.request_timeout,
        }
    }
}

/// The service made by [`LimitsLayer`].
#[derive(Debug, Clone)]
pub struct Limits<S> {
    inner: S,
    permits: Option<Arc<Semaphore>>,
    request_timeout: Option<Duration>,
}

impl<S: Inner> tower::Service<Request<Body>> for Limits<S> {
    type Response = Response<Body>;
    type Error = Error;
    type Future = ResponseFuture;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        use tower::ServiceExt;

        let inner = take_ready(&mut self.inner);
        let permits = self.permits.clone();
        let timeout = self.request_timeout;
        Box::pin(async move {
            let _permit = match permits {
                Some(semaphore) => Some(
                    semaphore
                        .acquire_owned()
                        .await
                        .map_err(|_| Error::decode("the concurrency limiter", "it was closed"))?,
                ),
                None => None,
            };
            let method = request.method().clone();
            let url = crate::redact::redact_uri(request.uri());
            let call = inner.oneshot(request);
            match timeout {
                None => call.await,
                Some(after) => match tokio::time::timeout(after, call).await {
                    Ok(result) => result,
                    Err(_) => Err(Error::Timeout {
                        kind: TimeoutKind::Request,
                        method,
                        url,
                        after,
                    }),
                },
            }
        })
    }
}
