//! Authenticating requests, and renewing credentials once on 401.
//!
//! Each request gets its credentials from a [`Credentials`] strategy. When the
//! server answers 401 and the request can be replayed, the layer asks the
//! strategy to refresh and sends the request again, once. The refresh is
//! single-flight across every clone of the transport: a wave of concurrent
//! 401s (ten requests sent with the same expired token) causes one refresh,
//! and every request of the wave is replayed with its result.

use std::sync::Arc;
use std::task::{Context, Poll};

use http::{Request, Response, StatusCode};
use tokio::sync::Mutex;

use super::{Inner, ResponseFuture, take_ready};
use crate::credentials::{Credentials, Refresh};
use crate::request::try_clone_request;
use crate::{Body, Error, NoAuth};

/// The [`tower::Layer`] that authenticates.
#[derive(Debug, Clone)]
pub struct AuthLayer {
    shared: Arc<Shared>,
}

#[derive(Debug)]
struct Shared {
    credentials: Arc<dyn Credentials>,
    /// Counts completed refreshes. A request remembers the generation its
    /// credentials came from; a 401 refreshes only if no one else has since.
    generation: Mutex<u64>,
}

impl AuthLayer {
    /// A layer applying these credentials.
    ///
    /// ```
    /// use std::sync::Arc;
    /// use cloud_core::credentials::StaticToken;
    /// let _ = cloud_core::layers::auth::AuthLayer::new(Arc::new(StaticToken::new("t")));
    /// ```
    pub fn new(credentials: Arc<dyn Credentials>) -> Self {
        AuthLayer {
            shared: Arc::new(Shared {
                credentials,
                generation: Mutex::new(0),
            }),
        }
    }
}

impl<S> tower::Layer<S> for AuthLayer {
    type Service = Auth<S>;

    fn layer(&self, inner: S) -> Self::Service {
        Auth {
            inner,
            shared: self.shared.clone(),
        }
    }
}

/// The service made by [`AuthLayer`].
#[derive(Debug, Clone)]
pub struct Auth<S> {
    inner: S,
    shared: Arc<Shared>,
}

impl<S: Inner> tower::Service<Request<Body>> for Auth<S> {
    type Response = Response<Body>;
    type Error = Error;
    type Future = ResponseFuture;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        let inner = take_ready(&mut self.inner);
        let shared = self.shared.clone();
        Box::pin(authenticate(inner, shared, request))
    }
}

async fn authenticate<S: Inner>(
    mut inner: S,
    shared: Arc<Shared>,
    mut request: Request<Body>,
) -> Result<Response<Body>, Error> {
    use tower::ServiceExt;

    if request.extensions().get::<NoAuth>().is_some() {
        return inner.oneshot(request).await;
    }
    let replay = try_clone_request(&request);
    let generation = *shared.generation.lock().await;
    shared.credentials.apply(&mut request).await?;
    let response = inner.ready().await?.call(request).await?;
    if response.status() != StatusCode::UNAUTHORIZED {
        return Ok(response);
    }
    let Some(mut replay) = replay else {
        return Ok(response);
    };
    {
        let mut current = shared.generation.lock().await;
        if *current == generation {
            tracing::debug!("credentials refused (401); refreshing");
            match shared.credentials.refresh().await? {
                Refresh::Renewed => *current += 1,
                Refresh::Unchanged => return Ok(response),
            }
        }
    }
    drop(response);
    shared.credentials.apply(&mut replay).await?;
    inner.oneshot(replay).await
}
