//! kamaki's `CachedAstakosClient`: several users' sessions at once.
//!
//! Each token met is authenticated once; its user's info, catalog and
//! client are then kept in memory by user UUID, together with the UUID ↔
//! display-name pairs already resolved for that user (only names not yet
//! known are asked for). With a [`DiskCache`], tokens and catalogs also
//! survive the process, so the next command starts without authenticating.
//!
//! ```no_run
//! # async fn f() -> Result<(), cloud_core::Error> {
//! let sessions = cloud_identity::CachedAstakosClient::new("https://accounts.example.org/identity", "alice-token")?;
//! let alice = sessions.user_info(None).await?;
//! let bob = sessions.user_info(Some("bob-token")).await?;
//! println!("{} {}", alice.id, bob.id);
//! # Ok(()) }
//! ```

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::Arc;

use cloud_core::catalog::{CatalogEndpoint, CatalogService};
use cloud_core::credentials::Secret;
use cloud_core::{Error, Transport};
use serde_json::Value;
use tokio::sync::Mutex;

use crate::credentials::{AstakosToken, TokenCredentials};
use crate::models::account::UserInfo;
use crate::{AstakosClient, AuthToken, DiskCache};

/// Makes the per-user [`AstakosClient`] from its credentials.
type Connect = dyn Fn(Arc<TokenCredentials>) -> Result<AstakosClient, Error> + Send + Sync;

/// Sessions of several users of one cloud, cached.
///
/// Every call takes an optional token; `None` means the default token the
/// client was made with.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
/// use cloud_core::{Body, Transport};
/// use cloud_identity::{AstakosClient, CachedAstakosClient};
///
/// // A stand-in Astakos: each token belongs to the user of the same name.
/// let astakos = tower::service_fn(|req: http::Request<Body>| async move {
///     let body: serde_json::Value = serde_json::from_slice(req.body().as_bytes().unwrap()).unwrap();
///     let token = body["auth"]["token"]["id"].as_str().unwrap().to_owned();
///     let doc = serde_json::json!({"access": {
///         "token": {"id": token, "expires": "2099-01-01T00:00:00+00:00", "tenant": {"id": token}},
///         "user": {"id": format!("uuid-{token}"), "name": token, "roles": [], "roles_links": []},
///         "serviceCatalog": []}});
///     Ok::<_, std::convert::Infallible>(http::Response::new(Body::from(doc.to_string())))
/// });
/// let auth = Transport::builder().service(astakos.clone()).build()?;
/// let cached = CachedAstakosClient::with_transports("http://a.test/identity", "alice", auth, move |creds| {
///     AstakosClient::from_credentials(creds, Transport::builder().service(astakos.clone()))
/// });
/// assert_eq!(cached.user_info(None).await?.id, "uuid-alice");
/// assert_eq!(cached.user_info(Some("bob")).await?.id, "uuid-bob");
/// assert_eq!(cached.list_users().await.len(), 2);
/// assert_eq!(cached.get_token("uuid-bob").await.unwrap().expose(), "bob");
/// # Ok::<(), cloud_core::Error>(())
/// # }).unwrap();
/// ```
pub struct CachedAstakosClient {
    auth_url: String,
    default_token: Secret,
    auth_transport: Transport,
    connect: Arc<Connect>,
    disk: Option<DiskCache>,
    state: Mutex<Sessions>,
}

#[derive(Default)]
struct Sessions {
    /// Token → user UUID.
    uuid_of_token: HashMap<String, String>,
    /// User UUID → session.
    users: BTreeMap<String, Session>,
}

struct Session {
    token: Secret,
    client: AstakosClient,
    info: UserInfo,
    /// UUID → display name, as resolved for this user.
    names: HashMap<String, String>,
    /// Display name → UUID.
    uuids: HashMap<String, String>,
}

impl fmt::Debug for CachedAstakosClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CachedAstakosClient")
            .field("auth_url", &self.auth_url)
            .field("disk", &self.disk)
            .finish_non_exhaustive()
    }
}

impl CachedAstakosClient {
    /// Sessions over HTTPS with default settings; `token` is the default user's.
    ///
    /// ```
    /// let cached = cloud_identity::CachedAstakosClient::new("https://accounts.example.org/identity", "token")?;
    /// assert_eq!(cached.auth_url(), "https://accounts.example.org/identity/v2.0");
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn new(auth_url: &str, token: impl Into<Secret>) -> Result<Self, Error> {
        Ok(Self::with_transports(
            auth_url,
            token,
            Transport::builder().build()?,
            |credentials| AstakosClient::from_credentials(credentials, Transport::builder()),
        ))
    }

    /// Sessions whose authentication requests go through `auth_transport`
    /// (without credentials) and whose clients `connect` makes from their
    /// credentials (typically `AstakosClient::from_credentials(c, builder)`).
    ///
    /// See the type's documentation for an example.
    pub fn with_transports(
        auth_url: &str,
        token: impl Into<Secret>,
        auth_transport: Transport,
        connect: impl Fn(Arc<TokenCredentials>) -> Result<AstakosClient, Error> + Send + Sync + 'static,
    ) -> Self {
        CachedAstakosClient {
            auth_url: crate::credentials::identity_url(auth_url, "v2.0"),
            default_token: token.into(),
            auth_transport,
            connect: Arc::new(connect),
            disk: None,
            state: Mutex::new(Sessions::default()),
        }
    }

    /// Keeps every user's token and catalog in this on-disk cache too.
    ///
    /// ```
    /// let cached = cloud_identity::CachedAstakosClient::new("https://a.example.org/identity", "t")?
    ///     .disk_cache(cloud_identity::DiskCache::new("/tmp/kamaki-tokens"));
    /// # let _ = cached;
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn disk_cache(mut self, cache: DiskCache) -> Self {
        self.disk = Some(cache);
        self
    }

    /// The identity URL (with `/v2.0` appended unless it ends in a version).
    ///
    /// See [`CachedAstakosClient::new`] for an example.
    pub fn auth_url(&self) -> &str {
        &self.auth_url
    }

    fn token_or_default(&self, token: Option<&str>) -> Secret {
        token.map_or_else(|| self.default_token.clone(), Secret::new)
    }

    /// The client of a known session, if the token has one.
    async fn known_client(&self, token: &Secret) -> Option<AstakosClient> {
        let state = self.state.lock().await;
        let uuid = state.uuid_of_token.get(token.expose())?;
        state.users.get(uuid).map(|session| session.client.clone())
    }

    /// A new client for a token (no request is sent).
    fn new_client(&self, token: &Secret) -> Result<AstakosClient, Error> {
        let mut credentials = TokenCredentials::new(
            AstakosToken::new(&self.auth_url, token.clone()),
            self.auth_transport.clone(),
        );
        if let Some(disk) = &self.disk {
            credentials = credentials.disk_cache(disk.clone());
        }
        (self.connect)(Arc::new(credentials))
    }

    /// The session of a token, made (and its token checked, or taken from
    /// the disk cache) on first use.
    async fn session_client(&self, token: &Secret) -> Result<AstakosClient, Error> {
        if let Some(client) = self.known_client(token).await {
            return Ok(client);
        }
        let client = self.new_client(token)?;
        let answer = client.token().await?;
        let mut state = self.state.lock().await;
        register(&mut state, token, client.clone(), &answer)?;
        Ok(client)
    }

    /// The client of a token's user (kamaki's `get_client`).
    ///
    /// ```no_run
    /// # async fn f(cached: cloud_identity::CachedAstakosClient) -> Result<(), cloud_core::Error> {
    /// let client = cached.get_client(None).await?;
    /// println!("{:?}", client.get_quotas().await?);
    /// # Ok(()) }
    /// ```
    pub async fn get_client(&self, token: Option<&str>) -> Result<AstakosClient, Error> {
        self.session_client(&self.token_or_default(token)).await
    }

    /// Authenticates a token now (`POST /tokens`) and caches its user.
    ///
    /// ```no_run
    /// # async fn f(cached: cloud_identity::CachedAstakosClient) -> Result<(), cloud_core::Error> {
    /// let answer = cached.authenticate(Some("another-users-token")).await?;
    /// println!("{:?}", answer.user_id());
    /// # Ok(()) }
    /// ```
    pub async fn authenticate(&self, token: Option<&str>) -> Result<Arc<AuthToken>, Error> {
        let token = self.token_or_default(token);
        let client = match self.known_client(&token).await {
            Some(client) => client,
            None => self.new_client(&token)?,
        };
        let answer = client.authenticate().await?;
        let mut state = self.state.lock().await;
        register(&mut state, &token, client, &answer)?;
        Ok(answer)
    }

    /// The user of a token (cached), as kamaki's `user_info`.
    ///
    /// See the type's documentation for an example.
    pub async fn user_info(&self, token: Option<&str>) -> Result<UserInfo, Error> {
        let token = self.token_or_default(token);
        self.session_client(&token).await?;
        let state = self.state.lock().await;
        state
            .uuid_of_token
            .get(token.expose())
            .and_then(|uuid| state.users.get(uuid))
            .map(|session| session.info.clone())
            .ok_or_else(|| Error::decode("the token answer", "it names no user"))
    }

    /// One field of [`CachedAstakosClient::user_info`]; `None` for an unknown key.
    ///
    /// ```no_run
    /// # async fn f(cached: cloud_identity::CachedAstakosClient) -> Result<(), cloud_core::Error> {
    /// let uuid = cached.user_term("id", None).await?;
    /// # let _ = uuid; Ok(()) }
    /// ```
    pub async fn user_term(&self, key: &str, token: Option<&str>) -> Result<Option<Value>, Error> {
        Ok(self.user_info(token).await?.term(key))
    }

    /// The token of a cached user.
    ///
    /// See the type's documentation for an example.
    pub async fn get_token(&self, uuid: &str) -> Option<Secret> {
        self.state
            .lock()
            .await
            .users
            .get(uuid)
            .map(|session| session.token.clone())
    }

    /// Every cached user's info, by UUID order.
    ///
    /// See the type's documentation for an example.
    pub async fn list_users(&self) -> Vec<UserInfo> {
        self.state
            .lock()
            .await
            .users
            .values()
            .map(|session| session.info.clone())
            .collect()
    }

    /// Forgets a user (its session and its tokens), in memory.
    ///
    /// ```no_run
    /// # async fn f(cached: cloud_identity::CachedAstakosClient) {
    /// cached.remove_user("uuid-bob").await;
    /// # }
    /// ```
    pub async fn remove_user(&self, uuid: &str) {
        let mut state = self.state.lock().await;
        state.users.remove(uuid);
        state.uuid_of_token.retain(|_, owner| owner != uuid);
    }

    /// The catalog's services, for a token's user.
    ///
    /// ```no_run
    /// # async fn f(cached: cloud_identity::CachedAstakosClient) -> Result<(), cloud_core::Error> {
    /// let services = cached.get_services(None).await?;
    /// # let _ = services; Ok(()) }
    /// ```
    pub async fn get_services(&self, token: Option<&str>) -> Result<Vec<CatalogService>, Error> {
        self.get_client(token).await?.get_services().await
    }

    /// The first service of a type, for a token's user.
    ///
    /// ```no_run
    /// # async fn f(cached: cloud_identity::CachedAstakosClient) -> Result<(), cloud_core::Error> {
    /// let compute = cached.get_service_details("compute", None).await?;
    /// # let _ = compute; Ok(()) }
    /// ```
    pub async fn get_service_details(
        &self,
        service_type: &str,
        token: Option<&str>,
    ) -> Result<CatalogService, Error> {
        self.get_client(token)
            .await?
            .get_service_details(service_type)
            .await
    }

    /// The one endpoint of a type (and version), for a token's user.
    ///
    /// ```no_run
    /// # async fn f(cached: cloud_identity::CachedAstakosClient) -> Result<(), cloud_core::Error> {
    /// let endpoint = cached.get_service_endpoints("compute", Some("v2.0"), None).await?;
    /// # let _ = endpoint; Ok(()) }
    /// ```
    pub async fn get_service_endpoints(
        &self,
        service_type: &str,
        version: Option<&str>,
        token: Option<&str>,
    ) -> Result<CatalogEndpoint, Error> {
        self.get_client(token)
            .await?
            .get_service_endpoints(service_type, version)
            .await
    }

    /// The public URL of a type (and version), for a token's user.
    ///
    /// ```no_run
    /// # async fn f(cached: cloud_identity::CachedAstakosClient) -> Result<(), cloud_core::Error> {
    /// let url = cached.get_endpoint_url("object-store", None, None).await?;
    /// # let _ = url; Ok(()) }
    /// ```
    pub async fn get_endpoint_url(
        &self,
        service_type: &str,
        version: Option<&str>,
        token: Option<&str>,
    ) -> Result<String, Error> {
        Ok(self
            .get_service_endpoints(service_type, version, token)
            .await?
            .url)
    }

    /// Display names of UUIDs; asks the server only for those not yet
    /// resolved for this user. Unknown UUIDs are absent from the answer.
    ///
    /// ```no_run
    /// # async fn f(cached: cloud_identity::CachedAstakosClient) -> Result<(), cloud_core::Error> {
    /// let names = cached.uuids2usernames(&["u1"], None).await?;
    /// # let _ = names; Ok(()) }
    /// ```
    pub async fn uuids2usernames<S: AsRef<str>>(
        &self,
        uuids: &[S],
        token: Option<&str>,
    ) -> Result<BTreeMap<String, String>, Error> {
        self.resolve(uuids, token, Direction::Names).await
    }

    /// UUIDs of display names; asks the server only for those not yet
    /// resolved for this user. Unknown names are absent from the answer.
    ///
    /// ```no_run
    /// # async fn f(cached: cloud_identity::CachedAstakosClient) -> Result<(), cloud_core::Error> {
    /// let uuids = cached.usernames2uuids(&["a@example.org"], None).await?;
    /// # let _ = uuids; Ok(()) }
    /// ```
    pub async fn usernames2uuids<S: AsRef<str>>(
        &self,
        names: &[S],
        token: Option<&str>,
    ) -> Result<BTreeMap<String, String>, Error> {
        self.resolve(names, token, Direction::Uuids).await
    }

    async fn resolve<S: AsRef<str>>(
        &self,
        keys: &[S],
        token: Option<&str>,
        direction: Direction,
    ) -> Result<BTreeMap<String, String>, Error> {
        let token = self.token_or_default(token);
        let client = self.session_client(&token).await?;
        let missing: Vec<String> = {
            let state = self.state.lock().await;
            let session = session_of(&state, &token)?;
            let known = direction.cache(session);
            keys.iter()
                .map(|key| key.as_ref().to_owned())
                .filter(|key| !known.contains_key(key))
                .collect()
        };
        if !missing.is_empty() {
            let catalogs = match direction {
                Direction::Names => client.get_user_catalogs::<_, &str>(&missing, &[]).await?,
                Direction::Uuids => client.get_user_catalogs::<&str, _>(&[], &missing).await?,
            };
            let mut state = self.state.lock().await;
            if let Some(uuid) = state.uuid_of_token.get(token.expose()).cloned()
                && let Some(session) = state.users.get_mut(&uuid)
            {
                for (uuid, name) in catalogs.uuid_catalog {
                    session.uuids.insert(name.clone(), uuid.clone());
                    session.names.insert(uuid, name);
                }
                for (name, uuid) in catalogs.displayname_catalog {
                    session.names.insert(uuid.clone(), name.clone());
                    session.uuids.insert(name, uuid);
                }
            }
        }
        let state = self.state.lock().await;
        let known = direction.cache(session_of(&state, &token)?);
        Ok(keys
            .iter()
            .filter_map(|key| {
                let key = key.as_ref();
                known.get(key).map(|value| (key.to_owned(), value.clone()))
            })
            .collect())
    }
}

#[derive(Clone, Copy)]
enum Direction {
    Names,
    Uuids,
}

impl Direction {
    fn cache(self, session: &Session) -> &HashMap<String, String> {
        match self {
            Direction::Names => &session.names,
            Direction::Uuids => &session.uuids,
        }
    }
}

fn session_of<'a>(state: &'a Sessions, token: &Secret) -> Result<&'a Session, Error> {
    state
        .uuid_of_token
        .get(token.expose())
        .and_then(|uuid| state.users.get(uuid))
        .ok_or_else(|| Error::config("the session was removed meanwhile", "try again"))
}

/// Records (or updates) the session of a token's user.
fn register(
    state: &mut Sessions,
    token: &Secret,
    client: AstakosClient,
    answer: &AuthToken,
) -> Result<(), Error> {
    let info = answer
        .user_info()
        .ok_or_else(|| Error::decode("the token answer", "it names no user"))?;
    let uuid = info.id.clone();
    state
        .uuid_of_token
        .insert(token.expose().to_owned(), uuid.clone());
    match state.users.get_mut(&uuid) {
        Some(session) => {
            session.info = info;
            session.token = token.clone();
            session.client = client;
        }
        None => {
            state.users.insert(
                uuid,
                Session {
                    token: token.clone(),
                    client,
                    info,
                    names: HashMap::new(),
                    uuids: HashMap::new(),
                },
            );
        }
    }
    Ok(())
}
