//! The Keystone v3 side: the catalog and token information.
//!
//! A type of its own rather than a "v3 mode" of [`crate::AstakosClient`]:
//! the two APIs share the token and catalog logic (in
//! [`crate::credentials::TokenCredentials`] and [`crate::AuthToken`]) but
//! nothing of their other calls — Astakos' account service has no Keystone
//! counterpart, and Keystone's `/v3/auth/*` calls none on Astakos — so one
//! type with a mode would offer methods that fail on half the clouds.
//!
//! ```no_run
//! # async fn f(client: cloud_identity::KeystoneClient) -> Result<(), cloud_core::Error> {
//! let swift = client.get_endpoint_url("object-store").await?;
//! # let _ = swift; Ok(()) }
//! ```

use std::sync::Arc;

use cloud_core::catalog::{CatalogEndpoint, EndpointFilter, ServiceCatalog};
use cloud_core::credentials::Secret;
use cloud_core::layers::base::join_url;
use cloud_core::{Body, Error, Transport, TransportBuilder};
use http::Request;
use serde_json::Value;

use crate::AuthToken;
use crate::credentials::TokenCredentials;
use crate::models::account::UserInfo;

/// A Keystone v3 client: token, catalog, endpoints and token validation.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
/// use std::sync::Arc;
/// use cloud_core::{Body, Transport};
/// use cloud_identity::KeystoneClient;
/// use cloud_identity::credentials::{DomainRef, ProjectRef, TokenCredentials, UserRef, V3Password, V3Scope};
///
/// // A stand-in Keystone v3: 201 with the token in X-Subject-Token.
/// let keystone = tower::service_fn(|_req: http::Request<Body>| async {
///     let doc = serde_json::json!({"token": {"methods": ["password"],
///         "user": {"id": "u1", "name": "demo"}, "project": {"id": "p1", "name": "demo"},
///         "expires_at": "2099-01-01T00:00:00.000000Z",
///         "catalog": [{"type": "object-store", "name": "swift", "endpoints": [
///             {"interface": "public", "region_id": "RegionOne", "url": "http://127.0.0.1:8080/v1/AUTH_p1"}]}]}});
///     let response = http::Response::builder().status(201).header("x-subject-token", "gAAAA-new")
///         .body(Body::from(doc.to_string())).unwrap();
///     Ok::<_, std::convert::Infallible>(response)
/// });
/// let credentials = Arc::new(TokenCredentials::new(
///     V3Password::new("http://127.0.0.1:5000", UserRef::name("demo", DomainRef::id("default")), "demopass")
///         .scope(V3Scope::Project(ProjectRef::name("demo", DomainRef::id("default")))),
///     Transport::builder().service(keystone.clone()).build()?,
/// ));
/// let client = KeystoneClient::from_credentials(credentials, Transport::builder().service(keystone))?;
/// assert_eq!(client.get_endpoint_url("object-store").await?, "http://127.0.0.1:8080/v1/AUTH_p1");
/// assert_eq!(client.token().await?.token.expose(), "gAAAA-new");
/// # Ok::<(), cloud_core::Error>(())
/// # }).unwrap();
/// ```
#[derive(Debug, Clone)]
pub struct KeystoneClient {
    credentials: Arc<TokenCredentials>,
    transport: Transport,
}

impl KeystoneClient {
    /// A client with these (v3) credentials over a transport built from
    /// `builder` (to which the credentials are added).
    ///
    /// See the type's documentation for an example.
    pub fn from_credentials(
        credentials: Arc<TokenCredentials>,
        builder: TransportBuilder,
    ) -> Result<Self, Error> {
        let transport = builder.shared_credentials(credentials.clone()).build()?;
        Ok(KeystoneClient {
            credentials,
            transport,
        })
    }

    /// The identity URL (ending in `/v3`).
    ///
    /// ```
    /// use std::sync::Arc;
    /// use cloud_core::Transport;
    /// use cloud_identity::KeystoneClient;
    /// use cloud_identity::credentials::{TokenCredentials, V3Token};
    /// let creds = Arc::new(TokenCredentials::new(V3Token::new("http://h:5000", "t"), Transport::builder().build()?));
    /// let client = KeystoneClient::from_credentials(creds, Transport::builder())?;
    /// assert_eq!(client.auth_url(), "http://h:5000/v3");
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn auth_url(&self) -> &str {
        self.credentials.auth_url()
    }

    /// The credentials, shared with every clone.
    ///
    /// ```no_run
    /// # fn f(client: cloud_identity::KeystoneClient) {
    /// println!("{}", client.credentials().principal());
    /// # }
    /// ```
    pub fn credentials(&self) -> &Arc<TokenCredentials> {
        &self.credentials
    }

    /// The transport (with the credentials), to build other service clients on.
    ///
    /// ```no_run
    /// # fn f(client: cloud_identity::KeystoneClient) {
    /// let _transport = client.transport().clone();
    /// # }
    /// ```
    pub fn transport(&self) -> &Transport {
        &self.transport
    }

    /// Authenticates now and returns the new token.
    ///
    /// ```no_run
    /// # async fn f(client: cloud_identity::KeystoneClient) -> Result<(), cloud_core::Error> {
    /// let token = client.authenticate().await?;
    /// # let _ = token; Ok(()) }
    /// ```
    pub async fn authenticate(&self) -> Result<Arc<AuthToken>, Error> {
        self.credentials.authenticate().await
    }

    /// The current token, authenticating only if needed.
    ///
    /// See the type's documentation for an example.
    pub async fn token(&self) -> Result<Arc<AuthToken>, Error> {
        self.credentials.token().await
    }

    /// The catalog that came with the token.
    ///
    /// ```no_run
    /// # async fn f(client: cloud_identity::KeystoneClient) -> Result<(), cloud_core::Error> {
    /// println!("{:?}", client.get_services().await?.service_types());
    /// # Ok(()) }
    /// ```
    pub async fn get_services(&self) -> Result<ServiceCatalog, Error> {
        Ok(self.token().await?.catalog.clone())
    }

    /// The one endpoint the filter selects (type, interface, region, version).
    ///
    /// ```no_run
    /// # async fn f(client: cloud_identity::KeystoneClient) -> Result<(), cloud_core::Error> {
    /// use cloud_core::catalog::EndpointFilter;
    /// let swift = client.get_service_endpoints(&EndpointFilter::new("object-store").region("RegionOne")).await?;
    /// # let _ = swift; Ok(()) }
    /// ```
    pub async fn get_service_endpoints(
        &self,
        filter: &EndpointFilter,
    ) -> Result<CatalogEndpoint, Error> {
        Ok(self.token().await?.catalog.select(filter)?.clone())
    }

    /// The public URL of a service type.
    ///
    /// See the type's documentation for an example.
    pub async fn get_endpoint_url(&self, service_type: &str) -> Result<String, Error> {
        Ok(self
            .get_service_endpoints(&EndpointFilter::new(service_type))
            .await?
            .url)
    }

    /// The user behind the token.
    ///
    /// ```no_run
    /// # async fn f(client: cloud_identity::KeystoneClient) -> Result<(), cloud_core::Error> {
    /// println!("{}", client.user_info().await?.id);
    /// # Ok(()) }
    /// ```
    pub async fn user_info(&self) -> Result<UserInfo, Error> {
        self.token()
            .await?
            .user_info()
            .ok_or_else(|| Error::decode("the Keystone token", "it names no user"))
    }

    /// `GET /v3/auth/catalog`: the catalog of the current token, fresh from Keystone.
    ///
    /// ```no_run
    /// # async fn f(client: cloud_identity::KeystoneClient) -> Result<(), cloud_core::Error> {
    /// let catalog = client.get_catalog().await?;
    /// # let _ = catalog; Ok(()) }
    /// ```
    pub async fn get_catalog(&self) -> Result<ServiceCatalog, Error> {
        let uri = join_url(self.auth_url(), "auth/catalog")?;
        let request = Request::get(uri)
            .body(Body::empty())
            .map_err(|e| Error::config(e.to_string(), "check the identity URL"))?;
        let document: Value = self.transport.json(request).await?;
        let catalog = document.get("catalog").ok_or_else(|| {
            Error::decode("GET /v3/auth/catalog", "the answer has no \"catalog\"")
        })?;
        ServiceCatalog::from_v3(catalog)
    }

    /// `GET /v3/auth/tokens` with `X-Subject-Token`: what Keystone knows of
    /// a token (its user, scope, roles, expiry and catalog). An unknown or
    /// revoked token is `NotFound`.
    ///
    /// ```no_run
    /// # async fn f(client: cloud_identity::KeystoneClient) -> Result<(), cloud_core::Error> {
    /// let own = client.token().await?.token.clone();
    /// let info = client.get_token_info(&own).await?;
    /// println!("{:?}", info.expires_at);
    /// # Ok(()) }
    /// ```
    pub async fn get_token_info(&self, subject: &Secret) -> Result<AuthToken, Error> {
        let uri = join_url(self.auth_url(), "auth/tokens")?;
        let mut request = Request::get(uri)
            .body(Body::empty())
            .map_err(|e| Error::config(e.to_string(), "check the identity URL"))?;
        request
            .headers_mut()
            .insert("x-subject-token", subject.header_value()?);
        let document: Value = self.transport.json(request).await?;
        AuthToken::from_v3(subject.clone(), &document)
    }
}
