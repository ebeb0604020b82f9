//! The shared floor of the kamaki cloud clients: one HTTP transport, layered,
//! and the vocabulary every service crate speaks.
//!
//! A [`Transport`] is built once per cloud and cloned into every service
//! client. Its layers, outermost first, are [`layers::trace`] (one span per
//! request, secrets redacted), [`layers::retry`] (only what is safe to
//! repeat), [`layers::auth`] ([`Credentials`], one refresh per wave of 401s),
//! [`layers::limits`] (concurrency cap, timeouts) and [`layers::base`]
//! (`User-Agent`, `Accept`), over a pooled hyper client on rustls
//! ([`connector`]) — or over any [`tower::Service`] given in its place.
//!
//! Also here: the [`Error`] type with [`ApiError`] and the parser for every
//! error body shape ([`error_body`]), the service [`catalog`] and endpoint
//! selection, [`pagination`] as a stream, and the [`waiter`].
//!
//! # Example
//!
//! Build a transport and make a request. Here the transport runs over an
//! in-process service, as the tests and the built-in `local` cloud do; drop
//! the `.service(…)` line to talk HTTP to a real cloud.
//!
//! ```
//! use cloud_core::credentials::StaticToken;
//! use cloud_core::{Body, RetryPolicy, Transport};
//!
//! # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
//! // A stand-in server that answers with the token it was sent.
//! let server = tower::service_fn(|req: http::Request<Body>| async move {
//!     let token = req.headers()["x-auth-token"].to_str().unwrap().to_owned();
//!     Ok::<_, std::convert::Infallible>(http::Response::new(Body::from(
//!         serde_json::json!({"seen_token": token}).to_string(),
//!     )))
//! });
//!
//! let transport = Transport::builder()
//!     .base_url("https://accounts.example.org/account/v1.0")?
//!     .credentials(StaticToken::new("my-token"))
//!     .retry(RetryPolicy::default().max_attempts(3))
//!     .service(server)
//!     .build()?;
//!
//! let request = http::Request::get("/quotas").body(Body::empty()).unwrap();
//! let answer: serde_json::Value = transport.json(request).await?;
//! assert_eq!(answer["seen_token"], "my-token");
//! # Ok::<(), cloud_core::Error>(())
//! # }).unwrap();
//! ```

pub mod body;
pub mod catalog;
pub mod connector;
pub mod credentials;
pub mod error;
pub mod error_body;
pub mod layers;
pub mod pagination;
pub mod redact;
pub mod request;
mod tls_verify;
pub mod transport;
pub mod waiter;

pub use body::Body;
pub use connector::TlsOptions;
pub use credentials::Credentials;
pub use error::{ApiError, Error, ErrorKind};
pub use layers::retry::{Attempts, RetryPolicy};
pub use request::{Idempotent, NoAuth, RequestExt};
pub use transport::{Transport, TransportBuilder};
