//! `--dry-run`: a connector wrapper that lets reads through (GET, HEAD,
//! authentication and user-catalog lookups) and, instead of sending a
//! request that would change something, prints it — headers and body
//! redacted by cloud-core's functions — and fails it with [`DryRunStop`],
//! which the command treats as success.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use cloud_core::Body;
use cloud_core::body::BoxError;
use cloud_core::redact::{RedactedHeaders, printable_body, redact_uri};
use http::{Method, Request, Response};

/// The text of the error that stops a request in a dry run.
pub const DRY_RUN_STOP: &str = "dry run: request not sent";

/// The error returned in place of the answer to a request not sent.
#[derive(Debug)]
pub struct DryRunStop;

impl std::fmt::Display for DryRunStop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(DRY_RUN_STOP)
    }
}

impl std::error::Error for DryRunStop {}

/// True if an error chain is the stop of a dry run.
pub fn is_dry_run_stop(error: &cloud_core::Error) -> bool {
    error.to_string().contains(DRY_RUN_STOP)
}

/// Wraps the connector `S` (see the module documentation).
#[derive(Debug, Clone)]
pub struct DryRun<S> {
    inner: S,
}

impl<S> DryRun<S> {
    /// Wraps a connector.
    pub fn new(inner: S) -> Self {
        DryRun { inner }
    }
}

/// Requests that only read (and authentication) go through.
fn passes(request: &Request<Body>) -> bool {
    let path = request.uri().path().trim_end_matches('/');
    match *request.method() {
        Method::GET | Method::HEAD | Method::OPTIONS => true,
        Method::POST => path.ends_with("/tokens") || path.ends_with("/user_catalogs"),
        _ => false,
    }
}

/// The request as printed by a dry run, secrets masked.
pub fn describe(request: &Request<Body>) -> String {
    let mut out = format!("{} {}\n", request.method(), redact_uri(request.uri()));
    for part in RedactedHeaders(request.headers()).to_string().split(", ") {
        if !part.is_empty() {
            out.push_str(&format!("  {part}\n"));
        }
    }
    if let Some(bytes) = request.body().as_bytes() {
        let ct = request
            .headers()
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok());
        let body = printable_body(ct, bytes);
        if !body.is_empty() {
            out.push_str(&format!("  {body}\n"));
        }
    }
    out
}

impl<S, B> tower::Service<Request<Body>> for DryRun<S>
where
    S: tower::Service<Request<Body>, Response = Response<B>> + Clone + Send + 'static,
    S::Error: Into<BoxError>,
    S::Future: Send + 'static,
    B: Send + 'static,
{
    type Response = Response<B>;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<Response<B>, BoxError>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        self.inner.poll_ready(cx).map_err(Into::into)
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        if passes(&request) {
            let mut inner = self.inner.clone();
            std::mem::swap(&mut inner, &mut self.inner);
            let future = inner.call(request);
            return Box::pin(async move { future.await.map_err(Into::into) });
        }
        // Not print!: a closed stdout must not panic.
        let _ = std::io::Write::write_all(&mut std::io::stdout(), describe(&request).as_bytes());
        Box::pin(async { Err(Box::new(DryRunStop) as BoxError) })
    }
}
