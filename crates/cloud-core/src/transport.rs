//! The transport handle and the one builder where all layers meet.

use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http::{HeaderValue, Request, Response, Uri};
use serde::de::DeserializeOwned;
use tower::ServiceExt;
use tower::util::BoxCloneSyncService;

use crate::body::BoxError;
use crate::connector::{HttpConnectorService, TlsOptions};
use crate::credentials::Credentials;
use crate::layers::auth::AuthLayer;
use crate::layers::base::{self, BaseLayer, DEFAULT_USER_AGENT};
use crate::layers::limits::LimitsLayer;
use crate::layers::retry::{Attempts, RetryLayer, RetryPolicy};
use crate::layers::trace::{TraceLayer, WireLogLayer};
use crate::layers::{ResponseFuture, take_ready};
use crate::redact::redact_uri;
use crate::{ApiError, Body, Error};

/// The boxed service stack a [`Transport`] holds.
type Stack = BoxCloneSyncService<Request<Body>, Response<Body>, Error>;

/// How much of an error body is read to find the server's message.
const MAX_ERROR_BODY: usize = 64 * 1024;

/// A cheap-to-clone handle on the layered HTTP stack of one cloud.
///
/// Every service client holds a clone; all clones share the connection pool,
/// the concurrency cap and the credentials (so one refresh serves all).
///
/// ```no_run
/// # async fn example() -> Result<(), cloud_core::Error> {
/// use cloud_core::{Body, Transport};
/// use cloud_core::credentials::StaticToken;
///
/// let transport = Transport::builder()
///     .credentials(StaticToken::new("my-token"))
///     .build()?;
/// let request = http::Request::get("https://pithos.example.org/object-store/v1/user")
///     .body(Body::empty())
///     .map_err(|e| cloud_core::Error::config(e.to_string(), "check the URL"))?;
/// let containers: serde_json::Value = transport.json(request).await?;
/// # let _ = containers;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Transport {
    stack: Stack,
    base_url: Option<Arc<Uri>>,
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transport")
            .field("base_url", &self.base_url.as_deref().map(redact_uri))
            .finish_non_exhaustive()
    }
}

impl Transport {
    /// Starts building a transport.
    ///
    /// ```
    /// let _builder = cloud_core::Transport::builder();
    /// ```
    pub fn builder() -> TransportBuilder {
        TransportBuilder::default()
    }

    /// Sends a request and returns the response whatever its status.
    ///
    /// A relative URI is resolved against the builder's base URL.
    pub async fn send(&self, mut request: Request<Body>) -> Result<Response<Body>, Error> {
        self.resolve(&mut request)?;
        self.stack.clone().oneshot(request).await
    }

    fn resolve(&self, request: &mut Request<Body>) -> Result<(), Error> {
        let uri = std::mem::take(request.uri_mut());
        *request.uri_mut() = base::resolve(self.base_url.as_deref(), uri)?;
        Ok(())
    }

    /// Sends a request; a status outside 2xx becomes [`Error::Api`] with the
    /// server's message, the request id and the attempts that were made.
    pub async fn send_checked(&self, mut request: Request<Body>) -> Result<Response<Body>, Error> {
        self.resolve(&mut request)?;
        let method = request.method().clone();
        let uri = request.uri().clone();
        let response = self.stack.clone().oneshot(request).await?;
        if response.status().is_success() {
            return Ok(response);
        }
        Err(error_from_response(response, &method, &uri).await)
    }

    /// Sends a request and decodes a JSON answer.
    pub async fn json<T: DeserializeOwned>(&self, request: Request<Body>) -> Result<T, Error> {
        let what = format!("{} {}", request.method(), redact_uri(request.uri()));
        let bytes = self.bytes(request).await?;
        serde_json::from_slice(&bytes).map_err(|e| Error::decode(what, e))
    }

    /// Sends a request and reads the whole answer into memory.
    pub async fn bytes(&self, request: Request<Body>) -> Result<Bytes, Error> {
        let method = request.method().clone();
        let url = redact_uri(request.uri());
        let response = self.send_checked(request).await?;
        response
            .into_body()
            .collect_bytes()
            .await
            .map_err(|e| body_error(method, url, e))
    }
}

/// The error for a body that broke off while being read.
fn body_error(method: http::Method, url: String, error: BoxError) -> Error {
    Error::Transport {
        method,
        url,
        message: format!(
            "the response body broke off: {}",
            crate::connector::error_chain(error.as_ref())
        ),
        attempts: 1,
        elapsed: Duration::ZERO,
        source: Some(error),
    }
}

/// Turns a refusal into an [`ApiError`], reading at most 64 KiB of its body.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let response = http::Response::builder().status(404)
///     .body(cloud_core::Body::from(r#"{"itemNotFound": {"code": 404, "message": "No such image"}}"#))
///     .unwrap();
/// let err = cloud_core::transport::error_from_response(
///     response, &http::Method::GET, &"https://h.example.org/images/1".parse().unwrap()).await;
/// assert_eq!(err.kind(), Some(cloud_core::ErrorKind::NotFound));
/// assert!(err.to_string().starts_with("No such image"));
/// # });
/// ```
pub async fn error_from_response(
    response: Response<Body>,
    method: &http::Method,
    uri: &Uri,
) -> Error {
    let (parts, body) = response.into_parts();
    // A body that breaks off still leaves the status to report.
    let bytes = body
        .collect_prefix(MAX_ERROR_BODY)
        .await
        .unwrap_or_default();
    let mut error = ApiError::from_parts(parts.status, &parts.headers, &bytes, method, uri);
    if let Some(attempts) = parts.extensions.get::<Attempts>() {
        error.attempts = attempts.count;
        error.elapsed = attempts.elapsed;
    }
    Error::from(error)
}

/// Where the layers meet. Every setting has a sensible default; `build` makes
/// the stack trace → retry → auth → limits → base → wire log → connector.
///
/// ```
/// use std::time::Duration;
/// use cloud_core::{RetryPolicy, TlsOptions, Transport};
///
/// let transport = Transport::builder()
///     .base_url("https://accounts.example.org/identity/v2.0")?
///     .retry(RetryPolicy::default().max_attempts(3))
///     .max_in_flight(16)
///     .timeouts(Duration::from_secs(5), Duration::from_secs(60))
///     .tls(TlsOptions::default())
///     .user_agent("kamaki/0.1.0")?
///     .build()?;
/// # let _ = transport;
/// # Ok::<(), cloud_core::Error>(())
/// ```
pub struct TransportBuilder {
    base_url: Option<Uri>,
    retry: RetryPolicy,
    credentials: Option<Arc<dyn Credentials>>,
    max_in_flight: Option<usize>,
    connect_timeout: Option<Duration>,
    request_timeout: Option<Duration>,
    user_agent: HeaderValue,
    tls: TlsOptions,
    connector: Option<Stack>,
}

impl Default for TransportBuilder {
    fn default() -> Self {
        TransportBuilder {
            base_url: None,
            retry: RetryPolicy::default(),
            credentials: None,
            max_in_flight: Some(64),
            connect_timeout: Some(Duration::from_secs(10)),
            request_timeout: Some(Duration::from_secs(300)),
            user_agent: HeaderValue::from_static(DEFAULT_USER_AGENT),
            tls: TlsOptions::default(),
            connector: None,
        }
    }
}

impl TransportBuilder {
    /// The URL relative request URIs are resolved against.
    pub fn base_url(mut self, url: &str) -> Result<Self, Error> {
        let uri: Uri = url.parse().map_err(|e| {
            Error::config(
                format!(
                    "`{}` is not a valid URL ({e})",
                    crate::redact::redact_pairs(url)
                ),
                "give an absolute URL such as https://accounts.example.org/identity/v2.0",
            )
        })?;
        if uri.scheme().is_none() || uri.authority().is_none() {
            return Err(Error::config(
                format!("`{}` is not an absolute URL", redact_uri(&uri)),
                "give an absolute URL such as https://accounts.example.org/identity/v2.0",
            ));
        }
        self.base_url = Some(uri);
        Ok(self)
    }

    /// The retry policy ([`RetryPolicy::never`] turns retries off).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The credentials every request is sent with (none by default).
    pub fn credentials(mut self, credentials: impl Credentials + 'static) -> Self {
        self.credentials = Some(Arc::new(credentials));
        self
    }

    /// The credentials, already shared.
    pub fn shared_credentials(mut self, credentials: Arc<dyn Credentials>) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// At most this many requests in flight at once (64 by default).
    pub fn max_in_flight(mut self, n: usize) -> Self {
        self.max_in_flight = Some(n);
        self
    }

    /// The connect timeout and the request timeout (time to the response headers).
    pub fn timeouts(mut self, connect: Duration, request: Duration) -> Self {
        self.connect_timeout = Some(connect);
        self.request_timeout = Some(request);
        self
    }

    /// The `User-Agent` to send (`cloud-core/<version>` by default).
    pub fn user_agent(mut self, agent: &str) -> Result<Self, Error> {
        self.user_agent = HeaderValue::from_str(agent).map_err(|_| {
            Error::config(
                format!("`{agent}` cannot be sent as a User-Agent"),
                "use printable ASCII only",
            )
        })?;
        Ok(self)
    }

    /// The TLS trust and identity options of the HTTP connector.
    pub fn tls(mut self, tls: TlsOptions) -> Self {
        self.tls = tls;
        self
    }

    /// Uses `service` in place of the HTTP connector: the emulator's router in
    /// process, or a test double. No socket is opened.
    ///
    /// ```
    /// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
    /// use cloud_core::{Body, Transport};
    /// let echo = tower::service_fn(|req: http::Request<Body>| async move {
    ///     Ok::<_, std::convert::Infallible>(http::Response::new(Body::from(req.uri().path().to_owned())))
    /// });
    /// let transport = Transport::builder().service(echo).build().unwrap();
    /// let req = http::Request::get("http://in-process/ping").body(Body::empty()).unwrap();
    /// assert_eq!(&transport.bytes(req).await.unwrap()[..], b"/ping");
    /// # });
    /// ```
    pub fn service<S, B>(mut self, service: S) -> Self
    where
        S: tower::Service<Request<Body>, Response = Response<B>> + Clone + Send + Sync + 'static,
        S::Error: Into<BoxError>,
        S::Future: Send + 'static,
        B: http_body::Body<Data = Bytes> + Send + 'static,
        B::Error: Into<BoxError>,
    {
        self.connector = Some(BoxCloneSyncService::new(InProcess { inner: service }));
        self
    }

    /// Builds the transport. Fails only on unusable TLS settings.
    pub fn build(self) -> Result<Transport, Error> {
        let connector = match self.connector {
            Some(connector) => connector,
            None => BoxCloneSyncService::new(HttpConnectorService::new(
                &self.tls,
                self.connect_timeout,
            )?),
        };
        let stack = tower::ServiceBuilder::new()
            .layer(TraceLayer)
            .layer(RetryLayer::new(self.retry))
            .option_layer(self.credentials.map(AuthLayer::new))
            .layer(LimitsLayer::new(self.max_in_flight, self.request_timeout))
            .layer(BaseLayer::new(self.user_agent))
            .layer(WireLogLayer)
            .service(connector);
        Ok(Transport {
            stack: BoxCloneSyncService::new(stack),
            base_url: self.base_url.map(Arc::new),
        })
    }
}

/// Adapts any service (an in-process router, a test double) to the stack's types.
#[derive(Clone)]
struct InProcess<S> {
    inner: S,
}

impl<S, B> tower::Service<Request<Body>> for InProcess<S>
where
    S: tower::Service<Request<Body>, Response = Response<B>> + Clone + Send + 'static,
    S::Error: Into<BoxError>,
    S::Future: Send + 'static,
    B: http_body::Body<Data = Bytes> + Send + 'static,
    B::Error: Into<BoxError>,
{
    type Response = Response<Body>;
    type Error = Error;
    type Future = ResponseFuture;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
        self.inner
            .poll_ready(cx)
            .map_err(|e| in_process_error(&http::Method::GET, "in-process service", e.into()))
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        let mut inner = take_ready(&mut self.inner);
        let method = request.method().clone();
        let url = redact_uri(request.uri());
        Box::pin(async move {
            match inner.call(request).await {
                Ok(response) => Ok(response.map(Body::from_stream)),
                Err(e) => Err(in_process_error(&method, &url, e.into())),
            }
        })
    }
}

fn in_process_error(method: &http::Method, url: &str, error: BoxError) -> Error {
    Error::Transport {
        method: method.clone(),
        url: url.to_owned(),
        message: crate::connector::error_chain(error.as_ref()),
        attempts: 1,
        elapsed: Duration::ZERO,
        source: Some(error),
    }
}
