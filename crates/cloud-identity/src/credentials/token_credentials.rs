//! The [`Credentials`] every identity method runs under: it keeps the current
//! token, authenticates when there is none, refreshes shortly before expiry
//! and once when a server answers 401.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use cloud_core::credentials::{Credentials, Refresh, Secret};
use cloud_core::{Body, Error, ErrorKind, Transport};
use futures_util::future::BoxFuture;
use tokio::sync::Mutex;

use super::AuthMethod;
use crate::AuthToken;
use crate::disk_cache::DiskCache;

/// How long before its expiry a token is replaced: 60 seconds.
///
/// ```
/// assert_eq!(cloud_identity::credentials::DEFAULT_REFRESH_SKEW.as_secs(), 60);
/// ```
pub const DEFAULT_REFRESH_SKEW: Duration = Duration::from_secs(60);

/// A token that cannot be renewed and expires sooner than this is warned
/// about in the log (an Astakos token must then be replaced by the user).
const EXPIRY_WARNING: Duration = Duration::from_secs(24 * 3600);

/// Token-based credentials for any [`AuthMethod`].
///
/// * **Reuse**: one token serves every request until it nears its expiry.
/// * **Before expiry**: a token that expires within the skew (60 s by
///   default) is replaced before the request goes out, so a token that
///   expires mid-run is renewed without the caller noticing (for methods that
///   can renew: passwords and application credentials). A token that came
///   already inside the skew (short-lived tokens, or a server clock behind
///   ours) is kept until the server refuses it, rather than renewed on
///   every request.
/// * **On 401**: the auth layer calls [`Credentials::refresh`] once per wave
///   of refusals; this authenticates again. If the server refuses that too,
///   its error (`Unauthorized`, with its message) is what the caller gets.
/// * **Single flight**: concurrent requests wait for one authentication.
/// * **Disk cache** (optional, [`TokenCredentials::disk_cache`]): a token
///   still valid beyond the skew is taken from disk instead of
///   authenticating, and every new token is written there.
///
/// `Debug` shows the method without its secrets.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
/// use cloud_core::{Body, Transport};
/// use cloud_identity::credentials::{TokenCredentials, V2Password};
///
/// // A stand-in Keystone v2.0 that issues one token.
/// let keystone = tower::service_fn(|_req: http::Request<Body>| async {
///     let doc = serde_json::json!({"access": {"token": {"id": "tok-1", "expires": "2099-01-01T00:00:00Z"},
///                                             "user": {"id": "u1", "name": "demo"}}});
///     Ok::<_, std::convert::Infallible>(http::Response::new(Body::from(doc.to_string())))
/// });
/// let auth = Transport::builder().service(keystone).build()?;
/// let credentials = TokenCredentials::new(
///     V2Password::new("http://keystone.test:5000", "demo", "demopass").tenant_name("demo"),
///     auth,
/// );
/// let token = credentials.token().await?;
/// assert_eq!(token.token.expose(), "tok-1");
/// assert!(!format!("{credentials:?}").contains("demopass"));
/// # Ok::<(), cloud_core::Error>(())
/// # }).unwrap();
/// ```
pub struct TokenCredentials {
    method: Box<dyn AuthMethod>,
    transport: Transport,
    skew: Duration,
    disk: Option<DiskCache>,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    current: Option<Arc<AuthToken>>,
    disk_checked: bool,
    /// False when the current token was already inside the skew when it
    /// came (a server issuing short tokens, or a server clock behind ours):
    /// renewing it early would only bring another such token, on every
    /// request. It is then used until it expires or is refused.
    renew_early: bool,
}

impl fmt::Debug for TokenCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenCredentials")
            .field("method", &self.method)
            .field("skew", &self.skew)
            .field("disk", &self.disk)
            .finish_non_exhaustive()
    }
}

impl TokenCredentials {
    /// Credentials that authenticate with `method`, sending the
    /// authentication requests through `transport` (which must have no
    /// credentials of its own; see the [module documentation](super)).
    ///
    /// ```
    /// use cloud_core::Transport;
    /// use cloud_identity::credentials::{AstakosToken, TokenCredentials};
    /// let creds = TokenCredentials::new(
    ///     AstakosToken::new("https://accounts.example.org/identity/v2.0", "user-token"),
    ///     Transport::builder().build()?,
    /// );
    /// assert_eq!(creds.auth_url(), "https://accounts.example.org/identity/v2.0");
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn new(method: impl AuthMethod, transport: Transport) -> Self {
        TokenCredentials {
            method: Box::new(method),
            transport,
            skew: DEFAULT_REFRESH_SKEW,
            disk: None,
            state: Mutex::new(State::default()),
        }
    }

    /// How long before expiry a token is replaced (60 s by default).
    ///
    /// ```
    /// use std::time::Duration;
    /// use cloud_core::Transport;
    /// use cloud_identity::credentials::{AstakosToken, TokenCredentials};
    /// let creds = TokenCredentials::new(AstakosToken::new("http://h/identity", "t"), Transport::builder().build()?)
    ///     .refresh_skew(Duration::from_secs(300));
    /// # let _ = creds;
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn refresh_skew(mut self, skew: Duration) -> Self {
        self.skew = skew;
        self
    }

    /// Keeps tokens in this on-disk cache too, so that a new process does
    /// not authenticate again while the token lives.
    ///
    /// ```
    /// use cloud_core::Transport;
    /// use cloud_identity::DiskCache;
    /// use cloud_identity::credentials::{AstakosToken, TokenCredentials};
    /// let creds = TokenCredentials::new(AstakosToken::new("http://h/identity", "t"), Transport::builder().build()?)
    ///     .disk_cache(DiskCache::new(std::env::temp_dir().join("kamaki-tokens")));
    /// # let _ = creds;
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn disk_cache(mut self, cache: DiskCache) -> Self {
        self.disk = Some(cache);
        self
    }

    /// The identity URL the method authenticates against.
    ///
    /// See [`TokenCredentials::new`] for an example.
    pub fn auth_url(&self) -> &str {
        self.method.auth_url()
    }

    /// The method's principal (who authenticates, without secrets).
    ///
    /// ```
    /// use cloud_core::Transport;
    /// use cloud_identity::credentials::{TokenCredentials, V2Password};
    /// let creds = TokenCredentials::new(V2Password::new("http://h:5000", "demo", "pw"), Transport::builder().build()?);
    /// assert_eq!(creds.principal(), "v2.0 password demo");
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn principal(&self) -> String {
        self.method.principal()
    }

    /// The current token, authenticating first if there is none or if it is
    /// about to expire (for renewable methods).
    ///
    /// See the type's documentation for an example.
    pub async fn token(&self) -> Result<Arc<AuthToken>, Error> {
        let mut state = self.state.lock().await;
        if let Some(current) = &state.current
            && self.usable(current, state.renew_early)
        {
            return Ok(current.clone());
        }
        if let Some(loaded) = self.load_from_disk(&mut state).await {
            return Ok(loaded);
        }
        self.authenticate_locked(&mut state).await
    }

    /// The token answer held in memory or, failing that, in the disk cache —
    /// never from the network. `None` when neither has a usable one.
    ///
    /// ```
    /// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
    /// use cloud_core::Transport;
    /// use cloud_identity::credentials::{AstakosToken, TokenCredentials};
    /// let creds = TokenCredentials::new(AstakosToken::new("http://h/identity", "t"), Transport::builder().build().unwrap());
    /// assert!(creds.stored().await.is_none());
    /// # });
    /// ```
    pub async fn stored(&self) -> Option<Arc<AuthToken>> {
        let mut state = self.state.lock().await;
        if let Some(current) = &state.current
            && self.usable(current, state.renew_early)
        {
            return Some(current.clone());
        }
        self.load_from_disk(&mut state).await
    }

    /// Authenticates now, whatever the current token, and keeps the answer.
    ///
    /// ```no_run
    /// # async fn f(creds: cloud_identity::credentials::TokenCredentials) -> Result<(), cloud_core::Error> {
    /// let fresh = creds.authenticate().await?;
    /// println!("expires at {:?}", fresh.expires_at);
    /// # Ok(()) }
    /// ```
    pub async fn authenticate(&self) -> Result<Arc<AuthToken>, Error> {
        let mut state = self.state.lock().await;
        self.authenticate_locked(&mut state).await
    }

    /// The token held in memory, if any, without any request.
    ///
    /// ```
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// use cloud_core::Transport;
    /// use cloud_identity::credentials::{AstakosToken, TokenCredentials};
    /// let creds = TokenCredentials::new(AstakosToken::new("http://h/identity", "t"), Transport::builder().build().unwrap());
    /// assert!(creds.cached().await.is_none());
    /// # });
    /// ```
    pub async fn cached(&self) -> Option<Arc<AuthToken>> {
        self.state.lock().await.current.clone()
    }

    /// Forgets the token (in memory and on disk); the next request authenticates.
    ///
    /// ```
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// use cloud_core::Transport;
    /// use cloud_identity::credentials::{AstakosToken, TokenCredentials};
    /// let creds = TokenCredentials::new(AstakosToken::new("http://h/identity", "t"), Transport::builder().build().unwrap());
    /// creds.invalidate().await;
    /// # });
    /// ```
    pub async fn invalidate(&self) {
        let mut state = self.state.lock().await;
        state.current = None;
        state.disk_checked = true;
        self.forget_on_disk().await;
    }

    /// Whether a token in memory may still be sent.
    fn usable(&self, token: &AuthToken, renew_early: bool) -> bool {
        if !self.method.renewable() || !renew_early {
            // Kept until the server refuses it: renewing cannot help, and
            // the server's clock, not ours, decides when it has expired.
            return true;
        }
        token.valid_for(self.skew, SystemTime::now())
    }

    async fn load_from_disk(&self, state: &mut State) -> Option<Arc<AuthToken>> {
        if state.disk_checked {
            return None;
        }
        state.disk_checked = true;
        let disk = self.disk.as_ref()?;
        match disk
            .load(self.method.auth_url(), &self.method.principal(), self.skew)
            .await
        {
            Ok(Some(token)) => {
                tracing::debug!(
                    auth_url = self.method.auth_url(),
                    "token taken from the disk cache"
                );
                let token = Arc::new(token);
                state.current = Some(token.clone());
                state.renew_early = true;
                Some(token)
            }
            Ok(None) => None,
            Err(error) => {
                tracing::warn!(%error, "the token cache could not be read; authenticating");
                None
            }
        }
    }

    async fn authenticate_locked(&self, state: &mut State) -> Result<Arc<AuthToken>, Error> {
        tracing::debug!(
            auth_url = self.method.auth_url(),
            principal = %self.method.principal(),
            "authenticating"
        );
        let token = match self.method.authenticate(&self.transport).await {
            Ok(token) => Arc::new(token),
            Err(error) => {
                // Refused credentials: nothing held for them is any good.
                // A network failure or a 5xx says nothing of the token.
                if matches!(
                    error.kind(),
                    Some(ErrorKind::Unauthorized | ErrorKind::Forbidden | ErrorKind::NotFound)
                ) {
                    state.current = None;
                    self.forget_on_disk().await;
                }
                return Err(error);
            }
        };
        tracing::debug!(
            user = token.user_id().unwrap_or("?"),
            project = token.project_id().unwrap_or("-"),
            expires_at = ?token.expires_at.map(crate::time::format_timestamp),
            "authenticated"
        );
        if !self.method.renewable() && !token.valid_for(EXPIRY_WARNING, SystemTime::now()) {
            tracing::warn!(
                expires_at = ?token.expires_at.map(crate::time::format_timestamp),
                "the token expires soon and cannot be renewed by the client; get a new one"
            );
        }
        state.renew_early = token.valid_for(self.skew, SystemTime::now());
        if !state.renew_early && self.method.renewable() {
            tracing::debug!(
                "the new token expires within the refresh skew; it is kept until refused"
            );
        }
        state.current = Some(token.clone());
        state.disk_checked = true;
        if let Some(disk) = &self.disk
            && let Err(error) = disk
                .store(self.method.auth_url(), &self.method.principal(), &token)
                .await
        {
            tracing::warn!(%error, "the token could not be written to the cache");
        }
        Ok(token)
    }

    async fn forget_on_disk(&self) {
        if let Some(disk) = &self.disk
            && let Err(error) = disk
                .remove(self.method.auth_url(), &self.method.principal())
                .await
        {
            tracing::warn!(%error, "the cached token could not be removed");
        }
    }

    /// The token to send now: the current one, one from disk, the method's
    /// known token, or a new one.
    async fn token_for_request(&self) -> Result<Secret, Error> {
        let mut state = self.state.lock().await;
        if let Some(current) = &state.current
            && self.usable(current, state.renew_early)
        {
            return Ok(current.token.clone());
        }
        if let Some(loaded) = self.load_from_disk(&mut state).await {
            return Ok(loaded.token.clone());
        }
        if state.current.is_none()
            && let Some(known) = self.method.known_token()
        {
            return Ok(known.clone());
        }
        Ok(self.authenticate_locked(&mut state).await?.token.clone())
    }
}

impl Credentials for TokenCredentials {
    fn apply<'a>(
        &'a self,
        request: &'a mut http::Request<Body>,
    ) -> BoxFuture<'a, Result<(), Error>> {
        Box::pin(async move {
            let token = self.token_for_request().await?;
            request
                .headers_mut()
                .insert("x-auth-token", token.header_value()?);
            Ok(())
        })
    }

    fn refresh(&self) -> BoxFuture<'_, Result<Refresh, Error>> {
        Box::pin(async move {
            let mut state = self.state.lock().await;
            let refused = match &state.current {
                Some(current) => Some(current.token.clone()),
                None => self.method.known_token().cloned(),
            };
            let fresh = self.authenticate_locked(&mut state).await?;
            if refused.as_ref() == Some(&fresh.token) {
                // The server re-issued the very token it refused: nothing to retry with.
                Ok(Refresh::Unchanged)
            } else {
                Ok(Refresh::Renewed)
            }
        })
    }
}
