//! kamaki's identity client: `AstakosClient`.
//!
//! The client holds the credentials (which know the identity URL and keep
//! the token and catalog) and a transport that sends them. The account
//! service (quotas, projects, memberships, commissions, user catalogs) is
//! found in the catalog by type `account`, falling back to the name
//! `astakos_account` as astakosclient does. The calls are split by concern,
//! one file each: `users.rs` (user catalogs, feedback, default project),
//! `quotas.rs`, `projects.rs`, `memberships.rs` and `commissions.rs`.
//!
//! ```no_run
//! # async fn f() -> Result<(), cloud_core::Error> {
//! let astakos = cloud_identity::AstakosClient::new("https://accounts.example.org/identity/v2.0", "token")?;
//! for (project, resources) in astakos.get_quotas().await? {
//!     println!("{project}: {} resources", resources.len());
//! }
//! # Ok(()) }
//! ```

mod commissions;
mod memberships;
mod projects;
mod quotas;
mod users;

use std::sync::Arc;

use cloud_core::catalog::{
    CatalogEndpoint, CatalogService, EndpointFilter, ServiceCatalog, with_version_suffix,
};
use cloud_core::credentials::Secret;
use cloud_core::layers::base::join_url;
use cloud_core::{Body, Error, RequestExt, Transport, TransportBuilder};
use http::{HeaderValue, Method, Request, Uri};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::AuthToken;
use crate::credentials::{AstakosToken, TokenCredentials};
use crate::models::account::UserInfo;

/// What query values may keep unencoded (RFC 3986 unreserved characters).
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The identity and account client of a Synnefo cloud (Astakos), also
/// usable against a Keystone v2.0 for the token and catalog calls.
///
/// Cheap to clone: clones share the credentials, the token and the
/// connection pool.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
/// use std::sync::Arc;
/// use cloud_core::{Body, Transport};
/// use cloud_identity::AstakosClient;
/// use cloud_identity::credentials::{AstakosToken, TokenCredentials};
///
/// // A stand-in Astakos answering POST /tokens with a catalog.
/// let astakos = tower::service_fn(|_req: http::Request<Body>| async {
///     let doc = serde_json::json!({"access": {
///         "token": {"id": "user-token", "expires": "2099-01-01T00:00:00+00:00", "tenant": {"id": "u1", "name": "A B"}},
///         "user": {"id": "u1", "name": "A B", "roles": [], "roles_links": [], "projects": []},
///         "serviceCatalog": [{"type": "compute", "name": "cyclades_compute", "endpoints": [{
///             "versionId": "v2.0", "region": "default",
///             "publicURL": "https://c.example.org/cyclades/compute/v2.0"}]}]}});
///     Ok::<_, std::convert::Infallible>(http::Response::new(Body::from(doc.to_string())))
/// });
/// let credentials = Arc::new(TokenCredentials::new(
///     AstakosToken::new("https://a.example.org/identity/v2.0", "user-token"),
///     Transport::builder().service(astakos.clone()).build()?,
/// ));
/// let client = AstakosClient::from_credentials(credentials, Transport::builder().service(astakos))?;
/// assert_eq!(client.get_endpoint_url("compute").await?, "https://c.example.org/cyclades/compute/v2.0");
/// assert_eq!(client.user_info().await?.default_project.as_deref(), Some("u1"));
/// # Ok::<(), cloud_core::Error>(())
/// # }).unwrap();
/// ```
#[derive(Debug, Clone)]
pub struct AstakosClient {
    credentials: Arc<TokenCredentials>,
    transport: Transport,
    account_url: Option<Arc<str>>,
    /// The public catalog, fetched at most once (shared by clones).
    public_catalog: Arc<tokio::sync::OnceCell<ServiceCatalog>>,
}

impl AstakosClient {
    /// kamaki's `AstakosClient(AUTHENTICATION_URL, TOKEN)`: a client over
    /// HTTPS with default settings. `/v2.0` is appended to the URL unless it
    /// ends in a version. Nothing is sent until a call needs it.
    ///
    /// ```
    /// let client = cloud_identity::AstakosClient::new("https://accounts.example.org/identity", "token")?;
    /// assert_eq!(client.auth_url(), "https://accounts.example.org/identity/v2.0");
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn new(auth_url: &str, token: impl Into<Secret>) -> Result<Self, Error> {
        let credentials = Arc::new(TokenCredentials::new(
            AstakosToken::new(auth_url, token),
            Transport::builder().build()?,
        ));
        Self::from_credentials(credentials, Transport::builder())
    }

    /// A client with these credentials over a transport built from
    /// `builder` (to which the credentials are added). The credentials
    /// hold their own authentication transport.
    ///
    /// See the type's documentation for an example.
    pub fn from_credentials(
        credentials: Arc<TokenCredentials>,
        builder: TransportBuilder,
    ) -> Result<Self, Error> {
        let transport = builder.shared_credentials(credentials.clone()).build()?;
        Ok(AstakosClient {
            credentials,
            transport,
            account_url: None,
            public_catalog: Arc::default(),
        })
    }

    /// Uses this account URL instead of the catalog's (kamaki's
    /// `account_url` override).
    ///
    /// ```
    /// let client = cloud_identity::AstakosClient::new("https://a.example.org/identity", "t")?
    ///     .with_account_url("https://a.example.org/account");
    /// # let _ = client;
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn with_account_url(mut self, url: &str) -> Self {
        self.account_url = Some(Arc::from(with_version_suffix(url, "v1.0")));
        self
    }

    /// The identity URL (with its version).
    ///
    /// See [`AstakosClient::new`] for an example.
    pub fn auth_url(&self) -> &str {
        self.credentials.auth_url()
    }

    /// The credentials, shared with every clone.
    ///
    /// ```
    /// let client = cloud_identity::AstakosClient::new("https://a.example.org/identity", "t")?;
    /// assert!(client.credentials().principal().starts_with("astakos token"));
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn credentials(&self) -> &Arc<TokenCredentials> {
        &self.credentials
    }

    /// The transport (with the credentials), to build other service clients on.
    ///
    /// ```
    /// let client = cloud_identity::AstakosClient::new("https://a.example.org/identity", "t")?;
    /// let _transport: cloud_core::Transport = client.transport().clone();
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn transport(&self) -> &Transport {
        &self.transport
    }

    /// Authenticates now (`POST {identity}/tokens`) and returns the token,
    /// its user and the catalog; later calls use this answer.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let token = astakos.authenticate().await?;
    /// println!("{} until {:?}", token.user_id().unwrap_or("?"), token.expires_at);
    /// # Ok(()) }
    /// ```
    pub async fn authenticate(&self) -> Result<Arc<AuthToken>, Error> {
        self.credentials.authenticate().await
    }

    /// The current token answer, authenticating only if none is held.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let catalog = &astakos.token().await?.catalog;
    /// # let _ = catalog; Ok(()) }
    /// ```
    pub async fn token(&self) -> Result<Arc<AuthToken>, Error> {
        self.credentials.token().await
    }

    /// The services of the catalog (kamaki's `get_services`).
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// for service in astakos.get_services().await? {
    ///     println!("{} ({})", service.name, service.service_type);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn get_services(&self) -> Result<Vec<CatalogService>, Error> {
        Ok(self.token().await?.catalog.services.clone())
    }

    /// The first service of this type (kamaki's `get_service_details`).
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let compute = astakos.get_service_details("compute").await?;
    /// println!("{}", compute.name);
    /// # Ok(()) }
    /// ```
    pub async fn get_service_details(&self, service_type: &str) -> Result<CatalogService, Error> {
        let token = self.token().await?;
        token
            .catalog
            .services
            .iter()
            .find(|s| s.service_type.eq_ignore_ascii_case(service_type))
            .cloned()
            .ok_or_else(|| Error::NoEndpoint {
                wanted: format!("{service_type}: no service of that type"),
                offered: token.catalog.service_types().join(", "),
            })
    }

    /// The one public endpoint of a service type (and version, if given),
    /// by kamaki's rule: first service of the type, exactly one endpoint
    /// left after the version filter.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let endpoint = astakos.get_service_endpoints("compute", Some("v2.0")).await?;
    /// println!("{} {:?}", endpoint.url, endpoint.extra_value("SNF:uiURL"));
    /// # Ok(()) }
    /// ```
    pub async fn get_service_endpoints(
        &self,
        service_type: &str,
        version: Option<&str>,
    ) -> Result<CatalogEndpoint, Error> {
        let mut filter = EndpointFilter::new(service_type);
        if let Some(version) = version {
            filter = filter.version(version);
        }
        Ok(self.token().await?.catalog.select(&filter)?.clone())
    }

    /// The public URL of a service type, as the catalog gives it (kamaki's
    /// `get_endpoint_url`).
    ///
    /// See the type's documentation for an example.
    pub async fn get_endpoint_url(&self, service_type: &str) -> Result<String, Error> {
        Ok(self.get_service_endpoints(service_type, None).await?.url)
    }

    /// The public catalog, without credentials (`POST {identity}/tokens`
    /// with an empty body; astakosclient's `get_endpoints`). Astakos only.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let catalog = astakos.get_public_endpoints().await?;
    /// println!("{:?}", catalog.service_types());
    /// # Ok(()) }
    /// ```
    pub async fn get_public_endpoints(&self) -> Result<ServiceCatalog, Error> {
        let uri = join_url(self.auth_url(), "tokens")?;
        let request = Request::post(uri)
            .body(Body::empty())
            .map_err(|e| Error::config(e.to_string(), "check the identity URL"))?
            .without_auth()
            .idempotent();
        let document: Value = self.transport.json(request).await?;
        ServiceCatalog::from_v2_access(&document)
    }

    /// The user behind the token, as kamaki shows it: `access.user` plus
    /// `default_project`.
    ///
    /// See the type's documentation for an example.
    pub async fn user_info(&self) -> Result<UserInfo, Error> {
        self.token().await?.user_info().ok_or_else(|| {
            Error::decode(
                format!("POST {}/tokens", self.auth_url()),
                "the answer names no user",
            )
        })
    }

    /// One field of [`AstakosClient::user_info`] (`id`, `name`, `roles`,
    /// `projects`, `default_project`, …); `None` for an unknown key.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let uuid = astakos.user_term("id").await?;
    /// # let _ = uuid; Ok(()) }
    /// ```
    pub async fn user_term(&self, key: &str) -> Result<Option<Value>, Error> {
        Ok(self.user_info().await?.term(key))
    }

    /// The account service's URL: the override, else the catalog's `account`
    /// service (else the one named `astakos_account`), with the `/v1.0`
    /// suffix rule. The catalog is the one the held token came with (from
    /// memory or the disk cache); without one, the public catalog
    /// (`POST /tokens` with no body, no credentials — the same for every
    /// user), fetched once per client, as astakosclient does. So a component
    /// token, which Astakos does not authenticate at `/tokens`, works too.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// println!("{}", astakos.account_url().await?);
    /// # Ok(()) }
    /// ```
    pub async fn account_url(&self) -> Result<String, Error> {
        if let Some(url) = &self.account_url {
            return Ok(url.to_string());
        }
        let catalog = match self.credentials.stored().await {
            Some(token) => token.catalog.clone(),
            None => match self
                .public_catalog
                .get_or_try_init(|| self.get_public_endpoints())
                .await
            {
                Ok(public) => public.clone(),
                // Not Astakos (a Keystone v2.0 has no public mode): authenticate.
                Err(_) => self.token().await?.catalog.clone(),
            },
        };
        let endpoint = match catalog.select(&EndpointFilter::new("account")) {
            Ok(endpoint) => endpoint,
            Err(by_type) => catalog
                .select(&EndpointFilter::new("astakos_account"))
                .map_err(|_| by_type)?,
        };
        Ok(endpoint.versioned_url("v1.0"))
    }

    /// `{account}/<path>?<query>`.
    async fn account_uri(&self, path: &str, query: &[(&str, String)]) -> Result<Uri, Error> {
        let mut path = path.to_owned();
        for (index, (key, value)) in query.iter().enumerate() {
            path.push(if index == 0 { '?' } else { '&' });
            path.push_str(key);
            path.push('=');
            path.extend(utf8_percent_encode(value, QUERY_VALUE));
        }
        join_url(&self.account_url().await?, &path)
    }

    /// `GET {account}/<path>` decoded as JSON.
    pub(crate) async fn get_json<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, String)],
    ) -> Result<T, Error> {
        let uri = self.account_uri(path, query).await?;
        let request = Request::get(uri)
            .body(Body::empty())
            .map_err(|e| Error::config(e.to_string(), "check the account URL"))?;
        self.transport.json(request).await
    }

    /// A request to `{account}/<path>` with a JSON body.
    async fn json_request(
        &self,
        method: Method,
        path: &str,
        body: &impl Serialize,
    ) -> Result<Request<Body>, Error> {
        let uri = self.account_uri(path, &[]).await?;
        let what = format!("{method} {path}");
        let bytes = serde_json::to_vec(body).map_err(|e| Error::decode(what, e))?;
        let mut request = Request::builder()
            .method(method)
            .uri(uri)
            .body(Body::from(bytes))
            .map_err(|e| Error::config(e.to_string(), "check the account URL"))?;
        request.headers_mut().insert(
            http::header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        Ok(request)
    }

    /// Sends a JSON body and decodes a JSON answer. `safe` marks a POST
    /// that only reads (so the retry layer may repeat it).
    pub(crate) async fn send_json<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: &impl Serialize,
        safe: bool,
    ) -> Result<T, Error> {
        let mut request = self.json_request(method, path, body).await?;
        if safe {
            request = request.idempotent();
        }
        self.transport.json(request).await
    }

    /// Sends a JSON body; the answer's body (empty on success) is ignored.
    pub(crate) async fn send_action(&self, path: &str, body: &impl Serialize) -> Result<(), Error> {
        let request = self.json_request(Method::POST, path, body).await?;
        self.transport.bytes(request).await.map(drop)
    }
}
