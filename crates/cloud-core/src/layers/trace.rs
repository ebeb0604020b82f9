//! One `tracing` span per request, with secrets redacted by construction.
//!
//! Two layers share this file:
//!
//! * [`TraceLayer`], outermost, opens the span (`http`) that covers every
//!   attempt of a request: the method, the URL (secret query values masked)
//!   and, once the answer is in, the status, the latency and the number of
//!   attempts;
//! * [`WireLogLayer`], innermost, just above the connector, logs each attempt
//!   as it goes on the wire, with the headers the inner layers added (the
//!   credentials, the `User-Agent`): at DEBUG the request and response headers
//!   through [`RedactedHeaders`], at TRACE the
//!   bodies through [`printable_body`], which
//!   masks JSON and form secrets and never prints bytes it cannot parse.
//!
//! No other path prints a header, URL or body, so no level shows a secret.

use std::task::{Context, Poll};
use std::time::Instant;

use http::{Request, Response};
use tracing::{Instrument, Level};

use super::retry::Attempts;
use super::{Inner, ResponseFuture, take_ready};
use crate::redact::{RedactedHeaders, printable_body, redact_uri};
use crate::{Body, Error};

/// Response bodies up to this size are logged at TRACE; larger ones are only counted.
const MAX_LOGGED_BODY: u64 = 64 * 1024;

/// The [`tower::Layer`] that traces.
#[derive(Debug, Clone, Default)]
pub struct TraceLayer;

impl<S> tower::Layer<S> for TraceLayer {
    type Service = Trace<S>;

    fn layer(&self, inner: S) -> Self::Service {
        Trace { inner }
    }
}

/// The service made by [`TraceLayer`].
#[derive(Debug, Clone)]
pub struct Trace<S> {
    inner: S,
}

impl<S: Inner> tower::Service<Request<Body>> for Trace<S> {
    type Response = Response<Body>;
    type Error = Error;
    type Future = ResponseFuture;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        let mut inner = take_ready(&mut self.inner);
        let span = tracing::debug_span!(
            "http",
            method = %request.method(),
            url = %redact_uri(request.uri()),
            status = tracing::field::Empty,
            latency_ms = tracing::field::Empty,
            attempts = tracing::field::Empty,
        );
        let future = async move {
            let started = Instant::now();
            let result = inner.call(request).await;
            let span = tracing::Span::current();
            span.record("latency_ms", started.elapsed().as_millis() as u64);
            match &result {
                Ok(response) => {
                    span.record("status", response.status().as_u16());
                    let attempts = response
                        .extensions()
                        .get::<Attempts>()
                        .map_or(1, |a| a.count);
                    span.record("attempts", attempts);
                    tracing::debug!("done");
                }
                Err(error) => tracing::debug!(%error, "request failed"),
            }
            result
        };
        Box::pin(future.instrument(span))
    }
}

/// The [`tower::Layer`] that logs each attempt as sent on the wire.
#[derive(Debug, Clone, Default)]
pub struct WireLogLayer;

impl<S> tower::Layer<S> for WireLogLayer {
    type Service = WireLog<S>;

    fn layer(&self, inner: S) -> Self::Service {
        WireLog { inner }
    }
}

/// The service made by [`WireLogLayer`].
#[derive(Debug, Clone)]
pub struct WireLog<S> {
    inner: S,
}

impl<S: Inner> tower::Service<Request<Body>> for WireLog<S> {
    type Response = Response<Body>;
    type Error = Error;
    type Future = ResponseFuture;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        let mut inner = take_ready(&mut self.inner);
        log_request(&request);
        Box::pin(async move {
            let response = inner.call(request).await?;
            Ok(log_response(response).await)
        })
    }
}

fn content_type(headers: &http::HeaderMap) -> Option<&str> {
    headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
}

fn log_request(request: &Request<Body>) {
    if !tracing::enabled!(Level::DEBUG) {
        return;
    }
    tracing::debug!(headers = %RedactedHeaders(request.headers()), "request");
    if tracing::enabled!(Level::TRACE) {
        let shown = match request.body().as_bytes() {
            Some(bytes) => printable_body(content_type(request.headers()), bytes),
            None => "<streamed body>".to_owned(),
        };
        tracing::trace!(body = %shown, "request body");
    }
}

async fn log_response(response: Response<Body>) -> Response<Body> {
    if !tracing::enabled!(Level::DEBUG) {
        return response;
    }
    tracing::debug!(
        status = response.status().as_u16(),
        headers = %RedactedHeaders(response.headers()),
        "response"
    );
    if !tracing::enabled!(Level::TRACE) {
        return response;
    }
    let length = http_body::Body::size_hint(response.body()).exact();
    if response.body().as_bytes().is_none() && length.is_none_or(|n| n > MAX_LOGGED_BODY) {
        tracing::trace!(body = "<streamed body, not logged>", "response body");
        return response;
    }
    let (parts, body) = response.into_parts();
    match body.collect_bytes().await {
        Ok(bytes) => {
            tracing::trace!(body = %printable_body(content_type(&parts.headers), &bytes), "response body");
            Response::from_parts(parts, Body::from(bytes))
        }
        Err(error) => {
            // Hand the failure on to whoever reads the body.
            tracing::trace!(%error, "response body could not be read");
            let failed = http_body_util::StreamBody::new(futures_util::stream::once(async move {
                Err::<http_body::Frame<bytes::Bytes>, _>(error)
            }));
            Response::from_parts(parts, Body::from_stream(failed))
        }
    }
}
