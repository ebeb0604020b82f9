//! Retrying what is safe to retry.
//!
//! A request is sent again when the connection failed, timed out, or the
//! server answered 500, 502, 503, 504 or 429 — and only when sending it twice
//! cannot do harm:
//!
//! * GET, HEAD, PUT, DELETE, OPTIONS (and TRACE) are idempotent by definition;
//!   POST, COPY, MOVE and PATCH are retried only when the caller marked the
//!   request [`crate::Idempotent`];
//! * a streaming body cannot be sent twice, so such a request is never retried.
//!
//! Between attempts the layer waits the server's `Retry-After` (seconds or an
//! HTTP date) when there is one, else an exponential backoff with full jitter.
//! It stops at whichever comes first: the attempt bound or the elapsed bound.
//! What was tried is recorded in the response's [`Attempts`] extension and in
//! the final error.

use std::task::{Context, Poll};
use std::time::{Duration, Instant, SystemTime};

use http::{Method, Request, Response, StatusCode};

use super::{Inner, ResponseFuture, take_ready};
use crate::request::try_clone_request;
use crate::{Body, Error, Idempotent};

/// How hard to try.
///
/// ```
/// use std::time::Duration;
/// let policy = cloud_core::RetryPolicy::default()
///     .max_attempts(3)
///     .max_elapsed(Duration::from_secs(30));
/// assert_eq!(policy.attempts(), 3);
/// ```
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    max_attempts: u32,
    max_elapsed: Duration,
    initial_backoff: Duration,
    max_backoff: Duration,
}

impl Default for RetryPolicy {
    /// Five attempts within 60 seconds, backoff from 250 ms up to 15 s.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            max_elapsed: Duration::from_secs(60),
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(15),
        }
    }
}

impl RetryPolicy {
    /// A policy that sends every request exactly once.
    ///
    /// ```
    /// assert_eq!(cloud_core::RetryPolicy::never().attempts(), 1);
    /// ```
    pub fn never() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// The most attempts per request, the first included (at least 1).
    ///
    /// ```
    /// assert_eq!(cloud_core::RetryPolicy::default().max_attempts(0).attempts(), 1);
    /// ```
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The longest time from the first attempt after which no new attempt starts.
    ///
    /// ```
    /// let _ = cloud_core::RetryPolicy::default().max_elapsed(std::time::Duration::from_secs(5));
    /// ```
    pub fn max_elapsed(mut self, elapsed: Duration) -> Self {
        self.max_elapsed = elapsed;
        self
    }

    /// The backoff before the second attempt, and its cap; it doubles in between.
    ///
    /// ```
    /// use std::time::Duration;
    /// let _ = cloud_core::RetryPolicy::default().backoff(Duration::from_millis(10), Duration::from_secs(1));
    /// ```
    pub fn backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max.max(initial);
        self
    }

    /// The attempt bound.
    ///
    /// ```
    /// assert_eq!(cloud_core::RetryPolicy::default().attempts(), 5);
    /// ```
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The full-jitter backoff before attempt `next` (2 for the first retry):
    /// a uniform random wait between zero and `initial × 2^(next-2)`, capped.
    fn jittered_backoff(&self, next: u32) -> Duration {
        let exponent = next.saturating_sub(2).min(30);
        let ceiling = self
            .initial_backoff
            .saturating_mul(1u32 << exponent)
            .min(self.max_backoff);
        ceiling.mul_f64(fastrand::f64())
    }
}

/// How many times a request was sent and how long that took; put in the
/// response's extensions by the retry layer.
///
/// ```
/// let a = cloud_core::Attempts { count: 2, elapsed: std::time::Duration::from_secs(1) };
/// assert_eq!(a.count, 2);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attempts {
    /// Requests sent, the first included.
    pub count: u32,
    /// Time from the first send to the final answer.
    pub elapsed: Duration,
}

/// The [`tower::Layer`] that retries.
#[derive(Debug, Clone)]
pub struct RetryLayer {
    policy: RetryPolicy,
}

impl RetryLayer {
    /// A layer with this policy.
    ///
    /// ```
    /// let _ = cloud_core::layers::retry::RetryLayer::new(cloud_core::RetryPolicy::default());
    /// ```
    pub fn new(policy: RetryPolicy) -> Self {
        RetryLayer { policy }
    }
}

impl<S> tower::Layer<S> for RetryLayer {
    type Service = Retry<S>;

    fn layer(&self, inner: S) -> Self::Service {
        Retry {
            inner,
            policy: self.policy.clone(),
        }
    }
}

/// The service made by [`RetryLayer`].
#[derive(Debug, Clone)]
pub struct Retry<S> {
    inner: S,
    policy: RetryPolicy,
}

impl<S: Inner> tower::Service<Request<Body>> for Retry<S> {
    type Response = Response<Body>;
    type Error = Error;
    type Future = ResponseFuture;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        let inner = take_ready(&mut self.inner);
        let policy = self.policy.clone();
        Box::pin(run(inner, policy, request))
    }
}

/// Whether the method may be sent twice without the request saying so.
fn idempotent_method(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS | Method::TRACE
    )
}

fn retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 500 | 502 | 503 | 504)
}

/// The wait a `Retry-After` header asks for: delta-seconds or an HTTP date.
///
/// ```
/// use cloud_core::layers::retry::parse_retry_after;
/// use std::time::{Duration, SystemTime};
/// assert_eq!(parse_retry_after("3", SystemTime::now()), Some(Duration::from_secs(3)));
/// let now = httpdate::parse_http_date("Sun, 06 Nov 1994 08:49:30 GMT").unwrap();
/// assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now), Some(Duration::from_secs(7)));
/// assert_eq!(parse_retry_after("soon", now), None);
/// ```
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    // A date in the past means "now".
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

async fn run<S: Inner>(
    mut inner: S,
    policy: RetryPolicy,
    request: Request<Body>,
) -> Result<Response<Body>, Error> {
    use tower::ServiceExt;

    let start = Instant::now();
    let may_retry =
        idempotent_method(request.method()) || request.extensions().get::<Idempotent>().is_some();
    let mut next = Some(request);
    let mut attempt = 0u32;
    loop {
        let Some(request) = next.take() else {
            // Unreachable by construction: every path that loops sets `next`.
            return Err(Error::decode("retry", "no request left to send"));
        };
        attempt += 1;
        let replay = if may_retry && attempt < policy.max_attempts {
            try_clone_request(&request)
        } else {
            None
        };
        let result = match inner.ready().await {
            Ok(service) => service.call(request).await,
            Err(e) => Err(e),
        };

        let wait = match &result {
            Ok(response) if retryable_status(response.status()) => Some(
                response
                    .headers()
                    .get(http::header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| parse_retry_after(v, SystemTime::now()))
                    .unwrap_or_else(|| policy.jittered_backoff(attempt + 1)),
            ),
            Err(Error::Transport { .. }) | Err(Error::Timeout { .. }) => {
                Some(policy.jittered_backoff(attempt + 1))
            }
            _ => None,
        };

        let elapsed = start.elapsed();
        let retry_in = match (wait, replay) {
            (Some(wait), Some(replay)) if elapsed + wait <= policy.max_elapsed => {
                next = Some(replay);
                Some(wait)
            }
            _ => None,
        };
        let Some(wait) = retry_in else {
            return finish(result, attempt, elapsed);
        };
        tracing::debug!(
            attempt,
            wait_ms = wait.as_millis() as u64,
            reason = %describe(&result),
            "retrying"
        );
        tokio::time::sleep(wait).await;
    }
}

fn describe(result: &Result<Response<Body>, Error>) -> String {
    match result {
        Ok(response) => format!("status {}", response.status().as_u16()),
        Err(e) => e.to_string(),
    }
}

/// Records what was tried on the final answer.
fn finish(
    result: Result<Response<Body>, Error>,
    count: u32,
    elapsed: Duration,
) -> Result<Response<Body>, Error> {
    match result {
        Ok(mut response) => {
            response
                .extensions_mut()
                .insert(Attempts { count, elapsed });
            Ok(response)
        }
        Err(Error::Transport {
            method,
            url,
            message,
            source,
            ..
        }) => Err(Error::Transport {
            method,
            url,
            message,
            attempts: count,
            elapsed,
            source,
        }),
        Err(other) => Err(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let policy =
            RetryPolicy::default().backoff(Duration::from_millis(100), Duration::from_secs(1));
        for _ in 0..200 {
            assert!(policy.jittered_backoff(2) <= Duration::from_millis(100));
            assert!(policy.jittered_backoff(4) <= Duration::from_millis(400));
            assert!(policy.jittered_backoff(40) <= Duration::from_secs(1));
        }
        let spread: Vec<_> = (0..50).map(|_| policy.jittered_backoff(5)).collect();
        assert!(spread.iter().any(|d| *d != spread[0]), "full jitter varies");
    }

    #[test]
    fn which_methods_retry_by_themselves() {
        for m in [
            Method::GET,
            Method::HEAD,
            Method::PUT,
            Method::DELETE,
            Method::OPTIONS,
        ] {
            assert!(idempotent_method(&m), "{m}");
        }
        for m in [
            Method::POST,
            Method::PATCH,
            Method::from_bytes(b"COPY").unwrap(),
            Method::from_bytes(b"MOVE").unwrap(),
        ] {
            assert!(!idempotent_method(&m), "{m}");
        }
    }

    #[test]
    fn retry_after_in_the_past_means_now() {
        let now = SystemTime::now();
        let past = httpdate::fmt_http_date(now - Duration::from_secs(60));
        assert_eq!(parse_retry_after(&past, now), Some(Duration::ZERO));
    }
}
