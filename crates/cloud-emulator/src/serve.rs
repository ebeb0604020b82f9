//! Serving the router over TCP, with faults injected on the way.

use std::pin::Pin;
use std::task::{Context, Poll};

use axum::Router;
use axum::body::Body;
use axum::response::IntoResponse;
use bytes::Bytes;
use http::{Request, Response};
use http_body::Frame;
use hyper_util::rt::TokioIo;

use crate::api_error::ApiFault;
use crate::fault_injection::{Fault, FaultInjector};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The router with fault injection in front: a [`tower::Service`] that a
/// client transport can use in place of a connection.
#[derive(Clone, Debug)]
pub struct FaultyService {
    router: Router,
    faults: Option<FaultInjector>,
    /// In process, requests never crossed a wire: give them the
    /// `Content-Length` hyper would have sent (see [`with_wire_length`]).
    /// Over TCP, what arrived is what the client sent, and a missing length
    /// must stay missing (the servers answer 411).
    in_process: bool,
}

/// The error of an injected dropped connection.
#[derive(Debug, thiserror::Error)]
#[error("connection closed by the emulator (injected fault)")]
pub struct InjectedDrop;

impl FaultyService {
    /// The router, with faults from `faults` when given.
    pub fn new(router: Router, faults: Option<FaultInjector>) -> Self {
        FaultyService {
            router,
            faults,
            in_process: true,
        }
    }

    /// The same service for requests that arrive over a socket.
    pub(crate) fn over_the_wire(mut self) -> Self {
        self.in_process = false;
        self
    }
}

impl<B> tower::Service<Request<B>> for FaultyService
where
    B: http_body::Body<Data = Bytes> + Send + 'static,
    B::Error: Into<BoxError>,
{
    type Response = Response<Body>;
    type Error = InjectedDrop;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, InjectedDrop>> + Send>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), InjectedDrop>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        use tower::ServiceExt;
        let router = self.router.clone();
        let fault = self
            .faults
            .as_ref()
            .map_or(Fault::None, FaultInjector::draw);
        let spec = self.faults.as_ref().map(|f| f.spec().clone());
        let request = if self.in_process {
            with_wire_length(request)
        } else {
            request
        };
        let request = request.map(Body::new);
        Box::pin(async move {
            match fault {
                Fault::Unavailable => {
                    let retry_after = spec.map_or(1, |s| s.retry_after);
                    let mut fault = ApiFault::new(
                        http::StatusCode::SERVICE_UNAVAILABLE,
                        "serviceUnavailable",
                        "Service temporarily unavailable (injected fault)",
                    );
                    fault.headers.push(("retry-after", retry_after.to_string()));
                    return Ok(fault.into_response());
                }
                Fault::Drop => return Err(InjectedDrop),
                Fault::Stall => {
                    if let Some(spec) = spec {
                        tokio::time::sleep(spec.stall_for).await;
                    }
                }
                Fault::Truncate | Fault::None => {}
            }
            let response = match router.oneshot(request).await {
                Ok(response) => response,
                Err(never) => match never {},
            };
            if fault == Fault::Truncate {
                return Ok(truncate(response));
            }
            Ok(response)
        })
    }
}

/// Gives a request the `Content-Length` it would carry on the wire. A body
/// of known size sent over a socket gets that header from hyper; a request
/// handed over in process has none, and handlers that follow the servers'
/// length rules (411) must see what a network client would send.
fn with_wire_length<B: http_body::Body>(mut request: Request<B>) -> Request<B> {
    let headers = request.headers();
    if !headers.contains_key(http::header::CONTENT_LENGTH)
        && !headers.contains_key(http::header::TRANSFER_ENCODING)
        && let Some(length) = request.body().size_hint().exact()
    {
        let method_has_body =
            !matches!(request.method(), &http::Method::GET | &http::Method::HEAD) || length > 0;
        if method_has_body {
            request.headers_mut().insert(
                http::header::CONTENT_LENGTH,
                http::HeaderValue::from(length),
            );
        }
    }
    request
}

/// Cuts the body after half its declared length (or after its first chunk)
/// and then fails, so the connection closes mid-body.
fn truncate(response: Response<Body>) -> Response<Body> {
    let (parts, body) = response.into_parts();
    let declared = parts
        .headers
        .get(http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let budget = declared.map_or(1, |n| n / 2);
    let stream = futures_util::stream::unfold(
        (body, 0u64, false),
        move |(mut body, sent, done)| async move {
            if done {
                return None;
            }
            if sent >= budget && budget > 0 || declared == Some(0) {
                // Let hyper flush the headers and the part already sent, so the
                // client sees a body that breaks off rather than no answer at all.
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                let cut: BoxError = "body truncated by the emulator (injected fault)".into();
                return Some((Err(cut), (body, sent, true)));
            }
            match http_body_util::BodyExt::frame(&mut body).await {
                None => None,
                Some(Err(e)) => Some((Err(BoxError::from(e)), (body, sent, true))),
                Some(Ok(frame)) => match frame.into_data() {
                    Ok(mut data) => {
                        let room = usize::try_from(budget.saturating_sub(sent))
                            .unwrap_or(usize::MAX)
                            .max(1);
                        if data.len() > room {
                            data.truncate(room);
                        }
                        let sent = sent + data.len() as u64;
                        Some((Ok(Frame::data(data)), (body, sent, false)))
                    }
                    Err(frame) => Some((Ok(frame), (body, sent, false))),
                },
            }
        },
    );
    Response::from_parts(parts, Body::new(http_body_util::StreamBody::new(stream)))
}

/// Accepts connections forever, one task each.
pub(crate) async fn serve(
    service: FaultyService,
    listener: tokio::net::TcpListener,
) -> std::io::Result<()> {
    loop {
        let (stream, _) = match listener.accept().await {
            Ok(accepted) => accepted,
            // Out of file descriptors and the like: wait a little, keep serving.
            Err(e) => {
                tracing::warn!(error = %e, "accept failed");
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let service = service.clone();
        tokio::spawn(async move {
            let hyper_service =
                hyper::service::service_fn(move |request: Request<hyper::body::Incoming>| {
                    let mut service = service.clone();
                    tower::Service::call(&mut service, request)
                });
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), hyper_service)
                .await;
        });
    }
}
