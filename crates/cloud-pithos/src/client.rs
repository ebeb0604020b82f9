//! The storage client: account, container and object calls (PITHOS.md §3).

use std::collections::BTreeMap;
use std::time::SystemTime;

use bytes::Bytes;
use cloud_core::pagination::{Page, paginate};
use cloud_core::{Body, Error, Transport};
use futures_util::Stream;
use http::{HeaderValue, Method, Request, Response, StatusCode, Uri};

use crate::encoding::{self, header_value};
use crate::models::{
    AccountInfo, ContainerEntry, ContainerInfo, Hashmap, ListingEntry, ObjectInfo, ObjectVersion,
    Sharing, SharingAccount,
};

/// The largest page the server returns.
///
/// ```
/// assert_eq!(cloud_pithos::client::MAX_PAGE, 10000);
/// ```
pub const MAX_PAGE: usize = 10000;

/// A Pithos+ storage client for one account, made from a transport, the
/// storage endpoint URL and the account's UUID.
///
/// Cloning is cheap. Use [`PithosClient::with_account`] to act on another
/// account that shares something with you (block uploads still go to your
/// own account, as the server requires).
///
/// ```
/// use cloud_core::Transport;
/// use cloud_pithos::PithosClient;
/// let transport = Transport::builder().build()?;
/// let client = PithosClient::new(transport, "https://pithos.example.org/object-store/v1", "user-uuid");
/// assert_eq!(client.account(), "user-uuid");
/// # Ok::<(), cloud_core::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct PithosClient {
    pub(crate) transport: Transport,
    pub(crate) endpoint: String,
    pub(crate) account: String,
    pub(crate) owner: String,
    /// Pithos+, Swift, or ask each container.
    pub(crate) mode: crate::swift::StorageMode,
    /// What each container is (block size and hash, or plain Swift) and the
    /// cluster's `/info`, read once per client and shared by its clones.
    pub(crate) known: crate::swift::detect::SharedKnown,
}

/// `If-*` conditions of a read or a write.
///
/// ```
/// let c = cloud_pithos::Conditions { if_match: Some("abc".into()), ..Default::default() };
/// assert!(c.if_none_match.is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Conditions {
    /// `If-Match`: an ETag, a comma list of them, or `*`.
    pub if_match: Option<String>,
    /// `If-None-Match`: an ETag, a list, or `*`.
    pub if_none_match: Option<String>,
    /// `If-Modified-Since` (sent as an RFC 1123 date, §1.8).
    pub if_modified_since: Option<SystemTime>,
    /// `If-Unmodified-Since` (sent as an RFC 1123 date).
    pub if_unmodified_since: Option<SystemTime>,
}

impl Conditions {
    pub(crate) fn apply(&self, mut builder: http::request::Builder) -> http::request::Builder {
        if let Some(v) = &self.if_match {
            builder = builder.header("if-match", header_value(v));
        }
        if let Some(v) = &self.if_none_match {
            builder = builder.header("if-none-match", header_value(v));
        }
        if let Some(t) = self.if_modified_since {
            builder = builder.header("if-modified-since", httpdate::fmt_http_date(t));
        }
        if let Some(t) = self.if_unmodified_since {
            builder = builder.header("if-unmodified-since", httpdate::fmt_http_date(t));
        }
        builder
    }
}

/// What a new container gets (`create_container`).
///
/// ```
/// let o = cloud_pithos::ContainerOptions { versioning: Some("none".into()), ..Default::default() };
/// assert!(o.quota.is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContainerOptions {
    /// Quota in bytes (0 = unlimited).
    pub quota: Option<u64>,
    /// `auto` or `none`.
    pub versioning: Option<String>,
    /// The project whose quota is charged.
    pub project: Option<String>,
    /// Container metadata.
    pub meta: BTreeMap<String, String>,
    /// Other `X-Container-Policy-<name>` headers (a server's own policies,
    /// such as the emulator's `block-size` and `block-hash`).
    pub policies: BTreeMap<String, String>,
}

/// What an object listing asks for (`list_objects`).
///
/// ```
/// let o = cloud_pithos::ListOptions { prefix: Some("photos/".into()), ..Default::default() };
/// assert!(o.delimiter.is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListOptions {
    /// Only names starting with this.
    pub prefix: Option<String>,
    /// Roll names up into virtual directories at this character.
    pub delimiter: Option<char>,
    /// `path`: the objects directly under this directory, no virtual directories.
    pub path: Option<String>,
    /// Start after this name.
    pub marker: Option<String>,
    /// Page size (at most [`MAX_PAGE`], the default).
    pub page_size: Option<usize>,
    /// Metadata filters (`key`, `!key`, `key<op>value`), joined with `,`.
    pub meta: Vec<String>,
    /// Only shared objects.
    pub shared: bool,
    /// Only public objects.
    pub public: bool,
    /// The listing as it was at this time (integer epoch seconds).
    pub until: Option<i64>,
    /// `If-Modified-Since` / `If-Unmodified-Since` on each page.
    pub conditions: Conditions,
}

/// What a container listing asks for (`list_containers_with`): the account
/// GET parameters of PITHOS.md §3.2.
///
/// ```
/// let o = cloud_pithos::ContainerListOptions { shared: true, limit: Some(10), ..Default::default() };
/// assert!(o.marker.is_none() && !o.public);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContainerListOptions {
    /// Start after this name.
    pub marker: Option<String>,
    /// At most this many containers in all (the last page asks for no more).
    pub limit: Option<usize>,
    /// Page size (at most [`MAX_PAGE`], the default).
    pub page_size: Option<usize>,
    /// Only containers holding shared objects.
    pub shared: bool,
    /// Only containers holding public objects (the owner only).
    pub public: bool,
    /// The listing as it was at this time (integer epoch seconds, §1.8).
    pub until: Option<i64>,
    /// `If-Modified-Since` / `If-Unmodified-Since` on each page (RFC 1123
    /// dates); a listing not modified since is empty.
    pub conditions: Conditions,
}

/// What a delete does beyond the plain case (`del_object`, `del_container`).
///
/// ```
/// let o = cloud_pithos::DeleteOptions { delimiter: Some('/'), ..Default::default() };
/// assert_eq!(o.until, None);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeleteOptions {
    /// Purge history up to this time (integer epoch seconds, §1.8).
    pub until: Option<i64>,
    /// Also delete `<name><delimiter>…` (objects) / every object (containers).
    pub delimiter: Option<char>,
}

/// How a copy or move is done (`copy_object`, `move_object`).
///
/// ```
/// let o = cloud_pithos::CopyOptions { public: Some(true), ..Default::default() };
/// assert!(o.delimiter.is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CopyOptions {
    /// The source's account, when it is not the client's.
    pub source_account: Option<String>,
    /// The destination's account, when it is not the client's.
    pub destination_account: Option<String>,
    /// Copy this version of the source (copy only).
    pub source_version: Option<String>,
    /// Publish (`true`) or unpublish (`false`) the destination.
    pub public: Option<bool>,
    /// A new content type; `None` keeps the source's.
    pub content_type: Option<String>,
    /// Also copy/move `<src><delimiter>…` to `<dst><delimiter>…`.
    pub delimiter: Option<char>,
    /// Metadata merged into the source's.
    pub meta: BTreeMap<String, String>,
    /// Sharing of the destination.
    pub sharing: Option<Sharing>,
}

/// Builds a request; the header values given are already safe.
pub(crate) fn request(
    method: Method,
    uri: Uri,
    headers: Vec<(String, String)>,
    body: Body,
) -> Result<Request<Body>, Error> {
    let mut builder = Request::builder().method(method).uri(uri);
    // Say the length of a buffered body ourselves: hyper would over HTTP,
    // but an in-process transport (the built-in local cloud) has no hyper.
    let has_length = headers
        .iter()
        .any(|(name, _)| name.eq_ignore_ascii_case("content-length"));
    if !has_length
        && let Some(bytes) = body.as_bytes()
        && (!bytes.is_empty() || method_sends_body(&builder))
    {
        builder = builder.header("content-length", bytes.len());
    }
    for (name, value) in headers {
        let value = HeaderValue::from_str(&value).map_err(|_| {
            Error::config(
                format!("the value of header {name} cannot be sent"),
                "remove control characters from names and metadata",
            )
        })?;
        builder = builder.header(name, value);
    }
    builder
        .body(body)
        .map_err(|e| Error::config(format!("cannot build the request: {e}"), "check the names"))
}

/// Whether the request's method normally carries a body (so an empty one
/// is announced as `Content-Length: 0`).
fn method_sends_body(builder: &http::request::Builder) -> bool {
    builder
        .method_ref()
        .is_some_and(|m| *m == Method::PUT || *m == Method::POST)
}

fn meta_headers(prefix: &str, meta: &BTreeMap<String, String>) -> Vec<(String, String)> {
    meta.iter()
        .map(|(k, v)| {
            (
                format!("{prefix}{}", encoding::header_name(k)),
                header_value(v),
            )
        })
        .collect()
}

impl PithosClient {
    /// A client for `account` (a user UUID) at the storage `endpoint`
    /// (e.g. `https://host/object-store/v1`).
    ///
    /// ```
    /// let t = cloud_core::Transport::builder().build()?;
    /// let c = cloud_pithos::PithosClient::new(t, "http://127.0.0.1:1/object-store/v1/", "u");
    /// assert_eq!(c.endpoint(), "http://127.0.0.1:1/object-store/v1");
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn new(transport: Transport, endpoint: &str, account: &str) -> Self {
        PithosClient {
            transport,
            endpoint: endpoint.trim_end_matches('/').to_owned(),
            account: account.to_owned(),
            owner: account.to_owned(),
            mode: crate::swift::StorageMode::Auto,
            known: Default::default(),
        }
    }

    /// The same client acting on another account (shared with you); blocks
    /// are still uploaded to your own.
    ///
    /// ```
    /// let t = cloud_core::Transport::builder().build()?;
    /// let c = cloud_pithos::PithosClient::new(t, "http://h/object-store/v1", "me").with_account("them");
    /// assert_eq!(c.account(), "them");
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn with_account(&self, account: &str) -> Self {
        PithosClient {
            account: account.to_owned(),
            ..self.clone()
        }
    }

    /// The account acted on.
    ///
    /// ```
    /// # let t = cloud_core::Transport::builder().build()?;
    /// # let c = cloud_pithos::PithosClient::new(t, "http://h/v1", "me");
    /// assert_eq!(c.account(), "me");
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn account(&self) -> &str {
        &self.account
    }

    /// The storage endpoint (without a trailing `/`).
    ///
    /// ```
    /// # let t = cloud_core::Transport::builder().build()?;
    /// # let c = cloud_pithos::PithosClient::new(t, "http://h/v1", "me");
    /// assert_eq!(c.endpoint(), "http://h/v1");
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// The transport the client uses.
    ///
    /// ```
    /// # let t = cloud_core::Transport::builder().build()?;
    /// # let c = cloud_pithos::PithosClient::new(t, "http://h/v1", "me");
    /// let _t: &cloud_core::Transport = c.transport();
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn transport(&self) -> &Transport {
        &self.transport
    }

    // ----- URLs -----

    fn uri(&self, path: &str, query: &[(&str, Option<String>)]) -> Result<Uri, Error> {
        let full = format!("{}/{}{}", self.endpoint, path, encoding::query(query));
        full.parse::<Uri>().map_err(|e| {
            Error::config(
                format!("`{full}` is not a valid URL ({e})"),
                "check the storage endpoint URL",
            )
        })
    }

    /// The URL of an account (`<endpoint>/<account>`), with a query.
    pub(crate) fn account_uri(
        &self,
        account: &str,
        query: &[(&str, Option<String>)],
    ) -> Result<Uri, Error> {
        self.uri(&encoding::segment(account), query)
    }

    /// The URL of a container of the client's account.
    pub(crate) fn container_uri(
        &self,
        container: &str,
        query: &[(&str, Option<String>)],
    ) -> Result<Uri, Error> {
        self.container_uri_of(&self.account, container, query)
    }

    pub(crate) fn container_uri_of(
        &self,
        account: &str,
        container: &str,
        query: &[(&str, Option<String>)],
    ) -> Result<Uri, Error> {
        let path = format!(
            "{}/{}",
            encoding::segment(account),
            encoding::segment(container)
        );
        self.uri(&path, query)
    }

    /// The URL of an object: the name is encoded with every `/` kept.
    ///
    /// ```
    /// # let t = cloud_core::Transport::builder().build()?;
    /// let c = cloud_pithos::PithosClient::new(t, "http://h/v1", "me");
    /// assert_eq!(c.object_url("box", "/a//b?c").unwrap().to_string(), "http://h/v1/me/box//a//b%3Fc");
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn object_url(&self, container: &str, object: &str) -> Result<Uri, Error> {
        self.object_uri(container, object, &[])
    }

    pub(crate) fn object_uri(
        &self,
        container: &str,
        object: &str,
        query: &[(&str, Option<String>)],
    ) -> Result<Uri, Error> {
        let path = format!(
            "{}/{}/{}",
            encoding::segment(&self.account),
            encoding::segment(container),
            encoding::object(object)
        );
        self.uri(&path, query)
    }

    pub(crate) async fn send_checked(
        &self,
        request: Request<Body>,
    ) -> Result<Response<Body>, Error> {
        self.transport.send_checked(request).await
    }

    pub(crate) async fn head_headers(
        &self,
        uri: Uri,
        conditions: &Conditions,
    ) -> Result<http::HeaderMap, Error> {
        let builder = conditions.apply(Request::head(uri));
        let req = builder
            .body(Body::empty())
            .map_err(|e| Error::config(e.to_string(), "check the names"))?;
        let response = self.send_checked(req).await?;
        Ok(response.headers().clone())
    }

    async fn post(
        &self,
        uri: Uri,
        headers: Vec<(String, String)>,
    ) -> Result<http::HeaderMap, Error> {
        let mut headers = headers;
        headers.push(("content-length".into(), "0".into()));
        let response = self
            .send_checked(request(Method::POST, uri, headers, Body::empty())?)
            .await?;
        Ok(response.headers().clone())
    }

    // ----- account -----

    /// HEAD of the account: counts, bytes, quota, groups, metadata.
    /// `until` (integer epoch seconds) shows the state at that time.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let info = client.get_account_info(None).await?;
    /// println!("{} containers, {} bytes", info.container_count.unwrap_or(0), info.bytes_used.unwrap_or(0));
    /// # Ok(()) }
    /// ```
    pub async fn get_account_info(&self, until: Option<i64>) -> Result<AccountInfo, Error> {
        let query: Vec<(&str, Option<String>)> = until
            .map(|t| ("until", Some(t.to_string())))
            .into_iter()
            .collect();
        let headers = self
            .head_headers(
                self.account_uri(&self.account, &query)?,
                &Conditions::default(),
            )
            .await?;
        Ok(AccountInfo::from_headers(&headers))
    }

    /// The account's quota in bytes (`X-Account-Policy-Quota`).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let quota = client.get_account_quota().await?;
    /// println!("quota: {quota:?} bytes");
    /// # Ok(()) }
    /// ```
    pub async fn get_account_quota(&self) -> Result<Option<u64>, Error> {
        Ok(self.get_account_info(None).await?.quota)
    }

    /// The account's metadata, keys lower-cased.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// for (key, value) in client.get_account_meta().await? {
    ///     println!("{key}: {value}");
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn get_account_meta(&self) -> Result<BTreeMap<String, String>, Error> {
        Ok(self.get_account_info(None).await?.meta)
    }

    /// Sets (merges) account metadata.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let meta = std::collections::BTreeMap::from([("colour".to_owned(), "blue".to_owned())]);
    /// client.set_account_meta(&meta).await?;
    /// # Ok(()) }
    /// ```
    pub async fn set_account_meta(&self, meta: &BTreeMap<String, String>) -> Result<(), Error> {
        let uri = self.account_uri(&self.account, &[("update", None)])?;
        self.post(uri, meta_headers("x-account-meta-", meta))
            .await?;
        Ok(())
    }

    /// Deletes one account metadata key.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// client.del_account_meta("colour").await?;
    /// # Ok(()) }
    /// ```
    pub async fn del_account_meta(&self, key: &str) -> Result<(), Error> {
        let meta = BTreeMap::from([(key.to_owned(), String::new())]);
        self.set_account_meta(&meta).await
    }

    /// The account's groups: name → members.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// for (group, members) in client.get_account_group().await? {
    ///     println!("{group}: {}", members.join(", "));
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn get_account_group(&self) -> Result<BTreeMap<String, Vec<String>>, Error> {
        Ok(self.get_account_info(None).await?.groups)
    }

    /// Creates or replaces group `name` with these members (user UUIDs).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// client.set_account_group("devs", &["user-uuid-1".to_owned(), "user-uuid-2".to_owned()]).await?;
    /// # Ok(()) }
    /// ```
    pub async fn set_account_group(&self, name: &str, members: &[String]) -> Result<(), Error> {
        let uri = self.account_uri(&self.account, &[("update", None)])?;
        let headers = vec![(
            format!("x-account-group-{}", encoding::header_name(name)),
            header_value(&members.join(",")),
        )];
        self.post(uri, headers).await?;
        Ok(())
    }

    /// Deletes group `name`.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// client.del_account_group("devs").await?;
    /// # Ok(()) }
    /// ```
    pub async fn del_account_group(&self, name: &str) -> Result<(), Error> {
        self.set_account_group(name, &[]).await
    }

    /// Lists the account's containers, page by page (a stream; constant memory).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// let mut containers = std::pin::pin!(client.list_containers());
    /// while let Some(container) = containers.next().await {
    ///     println!("{}", container?.name);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list_containers(&self) -> impl Stream<Item = Result<ContainerEntry, Error>> + '_ {
        self.list_containers_with(&ContainerListOptions::default())
    }

    /// Lists the account's containers with filters (`shared`, `public`,
    /// `until`, `If-*` dates), starting after `marker` and stopping after
    /// `limit`, page by page with markers (a stream holding one page at most).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// let options = cloud_pithos::ContainerListOptions { public: true, limit: Some(5), ..Default::default() };
    /// let mut containers = std::pin::pin!(client.list_containers_with(&options));
    /// while let Some(container) = containers.next().await {
    ///     println!("{} holds public objects", container?.name);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list_containers_with(
        &self,
        options: &ContainerListOptions,
    ) -> impl Stream<Item = Result<ContainerEntry, Error>> + Send + 'static + use<> {
        let client = self.clone();
        let options = options.clone();
        let page_size = options.page_size.unwrap_or(MAX_PAGE).clamp(1, MAX_PAGE);
        let first_marker = options.marker.clone();
        // How many the pages so far gave (for `limit`).
        let given = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        paginate(None, move |page| {
            let marker = page.marker.clone().or_else(|| first_marker.clone());
            let client = client.clone();
            let options = options.clone();
            let given = given.clone();
            async move {
                let so_far = given.load(std::sync::atomic::Ordering::SeqCst);
                let wanted = match options.limit {
                    Some(total) => total.saturating_sub(so_far).min(page_size),
                    None => page_size,
                };
                if wanted == 0 {
                    return Ok(Page::last(Vec::new()));
                }
                let mut query = vec![
                    ("format", Some("json".to_owned())),
                    ("limit", Some(wanted.to_string())),
                ];
                if let Some(m) = marker {
                    query.push(("marker", Some(m)));
                }
                if options.shared {
                    query.push(("shared", None));
                }
                if options.public {
                    query.push(("public", None));
                }
                if let Some(t) = options.until {
                    query.push(("until", Some(t.to_string())));
                }
                let uri = client.account_uri(&client.account, &query)?;
                let mut items: Vec<ContainerEntry> =
                    client.json_listing(uri, &options.conditions).await?;
                items.truncate(wanted);
                given.fetch_add(items.len(), std::sync::atomic::Ordering::SeqCst);
                let full = items.len() >= wanted;
                let next = if full {
                    items.last().map(|c| c.name.clone())
                } else {
                    None
                };
                Ok(Page::new(items, next))
            }
        })
    }

    /// The accounts that share something with the caller (top-level GET).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// for sharer in client.get_sharing_accounts().await? {
    ///     println!("{} shares with me", sharer.name);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn get_sharing_accounts(&self) -> Result<Vec<SharingAccount>, Error> {
        let uri = self.uri("", &[("format", Some("json".into()))])?;
        self.json_listing(uri, &Conditions::default()).await
    }

    /// A JSON listing; 204 and 304 are empty.
    async fn json_listing<T: serde::de::DeserializeOwned>(
        &self,
        uri: Uri,
        conditions: &Conditions,
    ) -> Result<Vec<T>, Error> {
        let what = format!("GET {uri}");
        let req = conditions
            .apply(Request::get(uri))
            .body(Body::empty())
            .map_err(|e| Error::config(e.to_string(), "check the names"))?;
        let response = self.transport.send(req).await?;
        let status = response.status();
        if status == StatusCode::NO_CONTENT || status == StatusCode::NOT_MODIFIED {
            return Ok(Vec::new());
        }
        if !status.is_success() {
            return Err(error_of(response, &what).await);
        }
        let bytes = response
            .into_body()
            .collect_bytes()
            .await
            .map_err(|e| Error::decode(&what, e))?;
        if bytes.is_empty() {
            return Ok(Vec::new());
        }
        serde_json::from_slice(&bytes).map_err(|e| Error::decode(what, e))
    }

    // ----- container -----

    /// Creates a container; `Ok(false)` when it already existed (its
    /// policies and metadata are then merged with these).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let options = cloud_pithos::ContainerOptions { versioning: Some("none".into()), ..Default::default() };
    /// let created = client.create_container("photos", &options).await?;
    /// println!("{}", if created { "created" } else { "already there" });
    /// # Ok(()) }
    /// ```
    pub async fn create_container(
        &self,
        container: &str,
        options: &ContainerOptions,
    ) -> Result<bool, Error> {
        let uri = self.container_uri(container, &[])?;
        let mut headers = vec![("content-length".to_owned(), "0".to_owned())];
        if let Some(q) = options.quota {
            headers.push(("x-container-policy-quota".into(), q.to_string()));
        }
        if let Some(v) = &options.versioning {
            headers.push(("x-container-policy-versioning".into(), header_value(v)));
        }
        if let Some(p) = &options.project {
            headers.push(("x-container-policy-project".into(), header_value(p)));
        }
        for (k, v) in &options.policies {
            headers.push((
                format!("x-container-policy-{}", encoding::header_name(k)),
                header_value(v),
            ));
        }
        headers.extend(meta_headers("x-container-meta-", &options.meta));
        let response = self
            .send_checked(request(Method::PUT, uri, headers, Body::empty())?)
            .await?;
        Ok(response.status() == StatusCode::CREATED)
    }

    /// HEAD of a container: counts, block size and hash, policies, metadata.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let info = client.get_container_info("photos", None).await?;
    /// println!("{} objects in blocks of {:?}", info.object_count.unwrap_or(0), info.block_size);
    /// # Ok(()) }
    /// ```
    pub async fn get_container_info(
        &self,
        container: &str,
        until: Option<i64>,
    ) -> Result<ContainerInfo, Error> {
        let query: Vec<(&str, Option<String>)> = until
            .map(|t| ("until", Some(t.to_string())))
            .into_iter()
            .collect();
        let headers = self
            .head_headers(
                self.container_uri(container, &query)?,
                &Conditions::default(),
            )
            .await?;
        let info = ContainerInfo::from_headers(&headers);
        if until.is_none() {
            self.remember_backend(container, &info);
        }
        Ok(info)
    }

    /// The container's quota in bytes (0 = unlimited).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let limit = client.get_container_limit("photos").await?;
    /// println!("{limit:?}");
    /// # Ok(()) }
    /// ```
    pub async fn get_container_limit(&self, container: &str) -> Result<Option<u64>, Error> {
        Ok(self.get_container_info(container, None).await?.quota)
    }

    /// The container's versioning policy (`auto` or `none`).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let policy = client.get_container_versioning("photos").await?;
    /// println!("{policy:?}");
    /// # Ok(()) }
    /// ```
    pub async fn get_container_versioning(&self, container: &str) -> Result<Option<String>, Error> {
        Ok(self.get_container_info(container, None).await?.versioning)
    }

    /// The container's metadata, keys lower-cased.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let meta = client.get_container_meta("photos").await?;
    /// println!("{meta:?}");
    /// # Ok(()) }
    /// ```
    pub async fn get_container_meta(
        &self,
        container: &str,
    ) -> Result<BTreeMap<String, String>, Error> {
        Ok(self.get_container_info(container, None).await?.meta)
    }

    /// The object metadata keys in use in a container (`X-Container-Object-Meta`).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let keys = client.get_container_object_meta("photos").await?;
    /// println!("objects use the keys {keys:?}");
    /// # Ok(()) }
    /// ```
    pub async fn get_container_object_meta(&self, container: &str) -> Result<Vec<String>, Error> {
        Ok(self.get_container_info(container, None).await?.object_meta)
    }

    /// Purges a container's history (old versions and deleted objects) up
    /// to `until` (epoch seconds, sent as an integer: kamaki sent a float,
    /// which the server ignores, turning its purge into a delete). Current
    /// objects and the container stay.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs() as i64;
    /// client.purge_container("photos", now).await?;
    /// # Ok(()) }
    /// ```
    pub async fn purge_container(&self, container: &str, until: i64) -> Result<(), Error> {
        self.require_pithos(container, "purging history (until)")
            .await?;
        self.del_container(
            container,
            &DeleteOptions {
                until: Some(until),
                delimiter: None,
            },
        )
        .await
    }

    async fn update_container(
        &self,
        container: &str,
        headers: Vec<(String, String)>,
    ) -> Result<(), Error> {
        let uri = self.container_uri(container, &[("update", None)])?;
        self.post(uri, headers).await?;
        Ok(())
    }

    /// Sets (merges) container metadata; an empty value deletes a key.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let meta = std::collections::BTreeMap::from([("purpose".to_owned(), "holidays".to_owned())]);
    /// client.set_container_meta("photos", &meta).await?;
    /// # Ok(()) }
    /// ```
    pub async fn set_container_meta(
        &self,
        container: &str,
        meta: &BTreeMap<String, String>,
    ) -> Result<(), Error> {
        self.update_container(container, meta_headers("x-container-meta-", meta))
            .await
    }

    /// Deletes one container metadata key.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// client.del_container_meta("photos", "purpose").await?;
    /// # Ok(()) }
    /// ```
    pub async fn del_container_meta(&self, container: &str, key: &str) -> Result<(), Error> {
        let meta = BTreeMap::from([(key.to_owned(), String::new())]);
        self.set_container_meta(container, &meta).await
    }

    /// Sets the container quota in bytes (0 = unlimited).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// client.set_container_limit("photos", 10 << 30).await?;
    /// # Ok(()) }
    /// ```
    pub async fn set_container_limit(&self, container: &str, bytes: u64) -> Result<(), Error> {
        if self.swift_here(container).await {
            return self.swift_set_container_limit(container, bytes).await;
        }
        self.update_container(
            container,
            vec![("x-container-policy-quota".into(), bytes.to_string())],
        )
        .await
    }

    /// Sets the versioning policy (`auto` or `none`).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// client.set_container_versioning("photos", "auto").await?;
    /// # Ok(()) }
    /// ```
    pub async fn set_container_versioning(
        &self,
        container: &str,
        policy: &str,
    ) -> Result<(), Error> {
        self.require_pithos(container, "a versioning policy")
            .await?;
        self.update_container(
            container,
            vec![("x-container-policy-versioning".into(), header_value(policy))],
        )
        .await
    }

    /// Charges the container to another project.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// client.reassign_container("photos", "project-uuid").await?;
    /// # Ok(()) }
    /// ```
    pub async fn reassign_container(&self, container: &str, project: &str) -> Result<(), Error> {
        self.require_pithos(container, "charging a container to a project")
            .await?;
        self.update_container(
            container,
            vec![("x-container-policy-project".into(), header_value(project))],
        )
        .await
    }

    /// Deletes a container (it must be empty), or with `delimiter` empties
    /// it, or with `until` purges its history up to that time.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// // Empty the container, then delete it.
    /// let empty = cloud_pithos::DeleteOptions { delimiter: Some('/'), ..Default::default() };
    /// client.del_container("photos", &empty).await?;
    /// client.del_container("photos", &Default::default()).await?;
    /// # Ok(()) }
    /// ```
    pub async fn del_container(
        &self,
        container: &str,
        options: &DeleteOptions,
    ) -> Result<(), Error> {
        if self.swift_here(container).await {
            return self.swift_del_container(container, options).await;
        }
        let uri = self.container_uri(container, &delete_query(options))?;
        self.send_checked(request(Method::DELETE, uri, vec![], Body::empty())?)
            .await?;
        Ok(())
    }

    /// Lists objects page by page with `marker` (a stream holding one page
    /// at most). With a delimiter, virtual directories repeated across pages
    /// are given once.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// let options = cloud_pithos::ListOptions { prefix: Some("2024/".into()), delimiter: Some('/'), ..Default::default() };
    /// let mut listing = std::pin::pin!(client.list_objects("photos", &options));
    /// while let Some(entry) = listing.next().await {
    ///     println!("{}", entry?.name());
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list_objects(
        &self,
        container: &str,
        options: &ListOptions,
    ) -> impl Stream<Item = Result<ListingEntry, Error>> + Send + 'static {
        let client = self.clone();
        let container = container.to_owned();
        let options = options.clone();
        let limit = options.page_size.unwrap_or(MAX_PAGE).clamp(1, MAX_PAGE);
        let first_marker = options.marker.clone();
        // The subdir that ended the previous page: the server repeats it at
        // the start of the next one (§3.3 pagination).
        let last_subdir = std::sync::Arc::new(std::sync::Mutex::new(None::<String>));
        paginate(None, move |page| {
            let marker = page.marker.clone().or_else(|| first_marker.clone());
            let last_subdir = last_subdir.clone();
            let client = client.clone();
            let container = container.clone();
            let options = options.clone();
            async move {
                let mut query = vec![
                    ("format", Some("json".to_owned())),
                    ("limit", Some(limit.to_string())),
                ];
                if let Some(m) = marker {
                    query.push(("marker", Some(m)));
                }
                if let Some(p) = &options.prefix {
                    query.push(("prefix", Some(p.clone())));
                }
                if let Some(d) = options.delimiter {
                    query.push(("delimiter", Some(d.to_string())));
                }
                if let Some(p) = &options.path {
                    query.push(("path", Some(p.clone())));
                }
                if !options.meta.is_empty() {
                    query.push(("meta", Some(options.meta.join(","))));
                }
                if options.shared {
                    query.push(("shared", None));
                }
                if options.public {
                    query.push(("public", None));
                }
                if let Some(t) = options.until {
                    query.push(("until", Some(t.to_string())));
                }
                let uri = client.container_uri(&container, &query)?;
                let mut items: Vec<ListingEntry> =
                    client.json_listing(uri, &options.conditions).await?;
                let full = items.len() >= limit;
                // After a subdir, skip its whole subtree: the server would
                // otherwise give the subdir again (its children are greater
                // than it) and a page of one subdir would never advance.
                let next = items.last().map(|e| match e {
                    ListingEntry::Subdir { subdir } => format!("{subdir}\u{10FFFF}"),
                    ListingEntry::Object(o) => o.name.clone(),
                });
                if let Ok(mut previous) = last_subdir.lock() {
                    if let (Some(prev), Some(ListingEntry::Subdir { subdir })) =
                        (previous.as_ref(), items.first())
                        && prev == subdir
                    {
                        items.remove(0);
                    }
                    *previous = match items.last() {
                        Some(ListingEntry::Subdir { subdir }) => Some(subdir.clone()),
                        _ => None,
                    };
                }
                Ok(Page::new(items, if full { next } else { None }))
            }
        })
    }

    // ----- object -----

    /// HEAD of an object (a `version` id reads an old version).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let info = client.get_object_info("photos", "2024/beach.jpg", None).await?;
    /// println!("{:?} bytes, top hash {:?}", info.bytes, info.hash);
    /// # Ok(()) }
    /// ```
    pub async fn get_object_info(
        &self,
        container: &str,
        object: &str,
        version: Option<&str>,
    ) -> Result<ObjectInfo, Error> {
        let query: Vec<(&str, Option<String>)> = version
            .map(|v| ("version", Some(v.to_owned())))
            .into_iter()
            .collect();
        let headers = self
            .head_headers(
                self.object_uri(container, object, &query)?,
                &Conditions::default(),
            )
            .await?;
        Ok(ObjectInfo::from_headers(&headers))
    }

    /// Checks `If-*` conditions on an object with a HEAD: `Ok` when they
    /// hold, the server's 304 or 412 as an error otherwise (plain Swift
    /// honours them there; Pithos+ only on a GET).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let unchanged = cloud_pithos::Conditions { if_match: Some("d41d8cd98f00b204e9800998ecf8427e".into()), ..Default::default() };
    /// client.check_object_conditions("photos", "2024/beach.jpg", &unchanged).await?;
    /// # Ok(()) }
    /// ```
    pub async fn check_object_conditions(
        &self,
        container: &str,
        object: &str,
        conditions: &Conditions,
    ) -> Result<(), Error> {
        self.head_headers(self.object_uri(container, object, &[])?, conditions)
            .await
            .map(|_| ())
    }

    /// An object's user metadata, keys lower-cased.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let meta = client.get_object_meta("photos", "2024/beach.jpg", None).await?;
    /// println!("{meta:?}");
    /// # Ok(()) }
    /// ```
    pub async fn get_object_meta(
        &self,
        container: &str,
        object: &str,
        version: Option<&str>,
    ) -> Result<BTreeMap<String, String>, Error> {
        Ok(self.get_object_info(container, object, version).await?.meta)
    }

    async fn update_object(
        &self,
        container: &str,
        object: &str,
        headers: Vec<(String, String)>,
    ) -> Result<http::HeaderMap, Error> {
        let uri = self.object_uri(container, object, &[("update", None)])?;
        self.post(uri, headers).await
    }

    /// Sets (merges) object metadata; an empty value deletes a key.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let meta = std::collections::BTreeMap::from([("place".to_owned(), "Κρήτη".to_owned())]);
    /// client.set_object_meta("photos", "2024/beach.jpg", &meta).await?;
    /// # Ok(()) }
    /// ```
    pub async fn set_object_meta(
        &self,
        container: &str,
        object: &str,
        meta: &BTreeMap<String, String>,
    ) -> Result<(), Error> {
        if self.swift_here(container).await {
            return self.swift_set_object_meta(container, object, meta).await;
        }
        self.update_object(container, object, meta_headers("x-object-meta-", meta))
            .await?;
        Ok(())
    }

    /// Deletes one object metadata key.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// client.del_object_meta("photos", "2024/beach.jpg", "place").await?;
    /// # Ok(()) }
    /// ```
    pub async fn del_object_meta(
        &self,
        container: &str,
        object: &str,
        key: &str,
    ) -> Result<(), Error> {
        let meta = BTreeMap::from([(key.to_owned(), String::new())]);
        self.set_object_meta(container, object, &meta).await
    }

    /// Who may read and write an object.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let sharing = client.get_object_sharing("photos", "2024/beach.jpg").await?;
    /// println!("readers: {:?}", sharing.read);
    /// # Ok(()) }
    /// ```
    pub async fn get_object_sharing(
        &self,
        container: &str,
        object: &str,
    ) -> Result<Sharing, Error> {
        Ok(self
            .get_object_info(container, object, None)
            .await?
            .sharing
            .unwrap_or_default())
    }

    /// Replaces an object's sharing (empty lists clear it).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let sharing = cloud_pithos::models::Sharing { read: vec!["friend-uuid".into()], write: vec![] };
    /// client.set_object_sharing("photos", "2024/beach.jpg", &sharing).await?;
    /// # Ok(()) }
    /// ```
    pub async fn set_object_sharing(
        &self,
        container: &str,
        object: &str,
        sharing: &Sharing,
    ) -> Result<(), Error> {
        self.require_pithos(container, "sharing an object").await?;
        self.update_object(
            container,
            object,
            vec![(
                "x-object-sharing".into(),
                header_value(&sharing.to_header()),
            )],
        )
        .await?;
        Ok(())
    }

    /// Removes all sharing of an object.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// client.del_object_sharing("photos", "2024/beach.jpg").await?;
    /// # Ok(()) }
    /// ```
    pub async fn del_object_sharing(&self, container: &str, object: &str) -> Result<(), Error> {
        self.set_object_sharing(container, object, &Sharing::default())
            .await
    }

    /// Publishes an object and returns its public URL.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let url = client.publish_object("photos", "2024/beach.jpg").await?;
    /// println!("anyone can read it at {url}");
    /// # Ok(()) }
    /// ```
    pub async fn publish_object(&self, container: &str, object: &str) -> Result<String, Error> {
        self.require_pithos(container, "publishing an object")
            .await?;
        self.update_object(
            container,
            object,
            vec![("x-object-public".into(), "true".into())],
        )
        .await?;
        let info = self.get_object_info(container, object, None).await?;
        let url = info.public_url.unwrap_or_default();
        Ok(absolute_public_url(&self.endpoint, &url))
    }

    /// Stops publishing an object.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// client.unpublish_object("photos", "2024/beach.jpg").await?;
    /// # Ok(()) }
    /// ```
    pub async fn unpublish_object(&self, container: &str, object: &str) -> Result<(), Error> {
        self.require_pithos(container, "publishing an object")
            .await?;
        self.update_object(
            container,
            object,
            vec![("x-object-public".into(), "false".into())],
        )
        .await?;
        Ok(())
    }

    /// Deletes an object; `delimiter` deletes `<object><delimiter>…` too
    /// (recursive delete), `until` purges its versions up to that time.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// // Delete a directory and everything under it.
    /// let recursive = cloud_pithos::DeleteOptions { delimiter: Some('/'), ..Default::default() };
    /// client.del_object("photos", "2023", &recursive).await?;
    /// # Ok(()) }
    /// ```
    pub async fn del_object(
        &self,
        container: &str,
        object: &str,
        options: &DeleteOptions,
    ) -> Result<(), Error> {
        if self.swift_here(container).await {
            return self.swift_del_object(container, object, options).await;
        }
        let uri = self.object_uri(container, object, &delete_query(options))?;
        self.send_checked(request(Method::DELETE, uri, vec![], Body::empty())?)
            .await?;
        Ok(())
    }

    /// Copies an object (also to another container or account); no data
    /// moves, only the hashmap. Returns the destination's new version.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let options = cloud_pithos::CopyOptions::default();
    /// client.copy_object("photos", "2024/beach.jpg", "backup", "beach.jpg", &options).await?;
    /// # Ok(()) }
    /// ```
    pub async fn copy_object(
        &self,
        src_container: &str,
        src_object: &str,
        dst_container: &str,
        dst_object: &str,
        options: &CopyOptions,
    ) -> Result<Option<String>, Error> {
        self.copy_or_move(
            "x-copy-from",
            src_container,
            src_object,
            dst_container,
            dst_object,
            options,
        )
        .await
    }

    /// Moves an object (also to another container or account). Returns the
    /// destination's new version.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let to_friend = cloud_pithos::CopyOptions { destination_account: Some("friend-uuid".into()), ..Default::default() };
    /// client.move_object("photos", "gift.jpg", "inbox", "gift.jpg", &to_friend).await?;
    /// # Ok(()) }
    /// ```
    pub async fn move_object(
        &self,
        src_container: &str,
        src_object: &str,
        dst_container: &str,
        dst_object: &str,
        options: &CopyOptions,
    ) -> Result<Option<String>, Error> {
        self.copy_or_move(
            "x-move-from",
            src_container,
            src_object,
            dst_container,
            dst_object,
            options,
        )
        .await
    }

    async fn copy_or_move(
        &self,
        how: &str,
        src_container: &str,
        src_object: &str,
        dst_container: &str,
        dst_object: &str,
        options: &CopyOptions,
    ) -> Result<Option<String>, Error> {
        let target_account = options
            .destination_account
            .as_deref()
            .unwrap_or(&self.account);
        if self
            .with_account(target_account)
            .swift_here(dst_container)
            .await
        {
            return self
                .swift_copy(
                    how == "x-move-from",
                    (src_container, src_object),
                    (dst_container, dst_object),
                    options,
                )
                .await;
        }
        let dst_account = options
            .destination_account
            .clone()
            .unwrap_or_else(|| self.account.clone());
        let source_account = options
            .source_account
            .clone()
            .unwrap_or_else(|| self.account.clone());
        let mut query: Vec<(&str, Option<String>)> = Vec::new();
        if options.content_type.is_none() {
            query.push(("ignore_content_type", None));
        }
        if let Some(d) = options.delimiter {
            query.push(("delimiter", Some(d.to_string())));
        }
        let target = self.with_account(&dst_account);
        let uri = target.object_uri(dst_container, dst_object, &query)?;
        let mut headers = vec![
            ("content-length".to_owned(), "0".to_owned()),
            (
                how.to_owned(),
                header_value(&format!("/{src_container}/{src_object}")),
            ),
        ];
        if source_account != dst_account {
            headers.push(("x-source-account".into(), header_value(&source_account)));
        }
        if let Some(v) = &options.source_version {
            headers.push(("x-source-version".into(), header_value(v)));
        }
        if let Some(p) = options.public {
            headers.push(("x-object-public".into(), p.to_string()));
        }
        headers.push((
            "content-type".into(),
            header_value(
                options
                    .content_type
                    .as_deref()
                    .unwrap_or("application/octet-stream"),
            ),
        ));
        if let Some(s) = &options.sharing {
            headers.push(("x-object-sharing".into(), header_value(&s.to_header())));
        }
        headers.extend(meta_headers("x-object-meta-", &options.meta));
        let response = self
            .send_checked(request(Method::PUT, uri, headers, Body::empty())?)
            .await?;
        Ok(response
            .headers()
            .get("x-object-version")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned))
    }

    /// The versions of an object, oldest first.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// for version in client.get_object_versionlist("photos", "2024/beach.jpg").await? {
    ///     println!("{} at {}", version.id, version.timestamp);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn get_object_versionlist(
        &self,
        container: &str,
        object: &str,
    ) -> Result<Vec<ObjectVersion>, Error> {
        self.require_pithos(container, "object versions").await?;
        let uri = self.object_uri(
            container,
            object,
            &[
                ("version", Some("list".into())),
                ("format", Some("json".into())),
            ],
        )?;
        let what = format!("GET {uri}");
        let req = request(Method::GET, uri, vec![], Body::empty())?;
        let value: serde_json::Value = self.transport.json(req).await?;
        let list = value
            .get("versions")
            .and_then(|v| v.as_array())
            .ok_or_else(|| Error::decode(&what, "no `versions` list"))?;
        list.iter()
            .map(|pair| {
                let id = pair.get(0).and_then(|v| {
                    v.as_u64()
                        .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
                });
                let timestamp = pair.get(1).map(|v| match v {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                });
                match (id, timestamp) {
                    (Some(id), Some(timestamp)) => Ok(ObjectVersion { id, timestamp }),
                    _ => Err(Error::decode(&what, format!("bad version entry {pair}"))),
                }
            })
            .collect()
    }

    /// The hashmap of an object (or of `version`), with the object headers
    /// of the reply. A 304 or 412 is an [`Error::Api`] of kind
    /// `NotModified`/`PreconditionFailed`.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let (hashmap, _info) = client.get_object_hashmap("photos", "2024/beach.jpg", None, &Default::default()).await?;
    /// println!("{} blocks of {} bytes", hashmap.hashes.len(), hashmap.block_size);
    /// # Ok(()) }
    /// ```
    pub async fn get_object_hashmap(
        &self,
        container: &str,
        object: &str,
        version: Option<&str>,
        conditions: &Conditions,
    ) -> Result<(Hashmap, ObjectInfo), Error> {
        self.require_pithos(container, "an object's hashmap")
            .await?;
        let mut query = vec![("hashmap", None), ("format", Some("json".to_owned()))];
        if let Some(v) = version {
            query.push(("version", Some(v.to_owned())));
        }
        let uri = self.object_uri(container, object, &query)?;
        let what = format!("GET {uri}");
        let req = conditions
            .apply(Request::get(uri.clone()))
            .body(Body::empty())
            .map_err(|e| Error::config(e.to_string(), "check the names"))?;
        let response = self.transport.send(req).await?;
        if !response.status().is_success() {
            return Err(error_of(response, &what).await);
        }
        let info = ObjectInfo::from_headers(response.headers());
        let bytes = response
            .into_body()
            .collect_bytes()
            .await
            .map_err(|e| Error::decode(&what, e))?;
        let hashmap = serde_json::from_slice(&bytes).map_err(|e| Error::decode(what, e))?;
        Ok((hashmap, info))
    }

    /// Creates an empty object of this content type (`application/octet-stream` by default).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// client.create_object("photos", "empty.txt", Some("text/plain")).await?;
    /// # Ok(()) }
    /// ```
    pub async fn create_object(
        &self,
        container: &str,
        object: &str,
        content_type: Option<&str>,
    ) -> Result<ObjectInfo, Error> {
        let uri = self.object_uri(container, object, &[])?;
        let headers = vec![
            ("content-length".to_owned(), "0".to_owned()),
            (
                "content-type".to_owned(),
                header_value(content_type.unwrap_or("application/octet-stream")),
            ),
        ];
        let response = self
            .send_checked(request(Method::PUT, uri, headers, Body::empty())?)
            .await?;
        Ok(ObjectInfo::from_headers(response.headers()))
    }

    /// Creates a directory marker object (`application/directory`).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// client.create_directory("photos", "2025").await?;
    /// # Ok(()) }
    /// ```
    pub async fn create_directory(
        &self,
        container: &str,
        object: &str,
    ) -> Result<ObjectInfo, Error> {
        self.create_object(container, object, Some("application/directory"))
            .await
    }

    /// Creates a manifest object whose content is every object of
    /// `container` named with `prefix`, in name order.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// // `movie` reads as the concatenation of `parts/movie.000`, `parts/movie.001`, …
    /// client.create_object_by_manifestation("videos", "movie", "videos", "parts/movie.", Some("video/mp4")).await?;
    /// # Ok(()) }
    /// ```
    pub async fn create_object_by_manifestation(
        &self,
        container: &str,
        object: &str,
        manifest_container: &str,
        prefix: &str,
        content_type: Option<&str>,
    ) -> Result<ObjectInfo, Error> {
        let uri = self.object_uri(container, object, &[])?;
        let headers = vec![
            ("content-length".to_owned(), "0".to_owned()),
            (
                "content-type".to_owned(),
                header_value(content_type.unwrap_or("application/octet-stream")),
            ),
            (
                "x-object-manifest".to_owned(),
                header_value(&format!("{manifest_container}/{prefix}")),
            ),
        ];
        let response = self
            .send_checked(request(Method::PUT, uri, headers, Body::empty())?)
            .await?;
        Ok(ObjectInfo::from_headers(response.headers()))
    }

    /// Writes `data` into an object at `range` (`bytes a-b/*`, `bytes */*`…)
    /// with a data POST; returns the reply headers.
    pub(crate) async fn post_data(
        &self,
        container: &str,
        object: &str,
        content_range: &str,
        data: Bytes,
        extra: Vec<(String, String)>,
    ) -> Result<ObjectInfo, Error> {
        self.require_pithos(container, "appending, overwriting or truncating in place")
            .await?;
        let uri = self.object_uri(container, object, &[("update", None)])?;
        let mut headers = vec![
            (
                "content-type".to_owned(),
                "application/octet-stream".to_owned(),
            ),
            ("content-length".to_owned(), data.len().to_string()),
            ("content-range".to_owned(), content_range.to_owned()),
        ];
        headers.extend(extra);
        let response = self
            .send_checked(request(Method::POST, uri, headers, Body::from(data))?)
            .await?;
        Ok(ObjectInfo::from_headers(response.headers()))
    }

    /// Appends bytes to an object (one POST `Content-Range: bytes */*`).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// client.append_bytes("logs", "today.log", bytes::Bytes::from_static(b"one more line\n")).await?;
    /// # Ok(()) }
    /// ```
    pub async fn append_bytes(
        &self,
        container: &str,
        object: &str,
        data: Bytes,
    ) -> Result<ObjectInfo, Error> {
        self.post_data(container, object, "bytes */*", data, vec![])
            .await
    }

    /// Overwrites bytes of an object from `offset` on (it may grow).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// client.overwrite_bytes("data", "table.bin", 4096, bytes::Bytes::from_static(b"new")).await?;
    /// # Ok(()) }
    /// ```
    pub async fn overwrite_bytes(
        &self,
        container: &str,
        object: &str,
        offset: u64,
        data: Bytes,
    ) -> Result<ObjectInfo, Error> {
        if data.is_empty() {
            return self.get_object_info(container, object, None).await;
        }
        let end = offset + data.len() as u64 - 1;
        self.post_data(
            container,
            object,
            &format!("bytes {offset}-{end}/*"),
            data,
            vec![],
        )
        .await
    }

    /// Truncates an object to `size` bytes (a no-op when it is not larger).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// client.truncate_object("logs", "today.log", 0).await?;
    /// # Ok(()) }
    /// ```
    pub async fn truncate_object(
        &self,
        container: &str,
        object: &str,
        size: u64,
    ) -> Result<ObjectInfo, Error> {
        self.post_data(
            container,
            object,
            "bytes */*",
            Bytes::new(),
            vec![("x-object-bytes".into(), size.to_string())],
        )
        .await
    }

    /// Reads the whole object (or `range`: `(first, last)` inclusive) into memory.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let head = client.get_object_bytes("logs", "today.log", Some((0, 99))).await?;
    /// println!("{}", String::from_utf8_lossy(&head));
    /// # Ok(()) }
    /// ```
    pub async fn get_object_bytes(
        &self,
        container: &str,
        object: &str,
        range: Option<(u64, u64)>,
    ) -> Result<Bytes, Error> {
        let uri = self.object_uri(container, object, &[])?;
        let mut headers = vec![];
        if let Some((a, b)) = range {
            headers.push(("range".to_owned(), format!("bytes={a}-{b}")));
        }
        self.transport
            .bytes(request(Method::GET, uri, headers, Body::empty())?)
            .await
    }
}

fn delete_query(options: &DeleteOptions) -> Vec<(&'static str, Option<String>)> {
    let mut query = Vec::new();
    if let Some(t) = options.until {
        query.push(("until", Some(t.to_string())));
    }
    if let Some(d) = options.delimiter {
        query.push(("delimiter", Some(d.to_string())));
    }
    query
}

/// Makes a relative public URL (`/public/<token>`, older servers) absolute.
fn absolute_public_url(endpoint: &str, url: &str) -> String {
    if url.is_empty() || url.contains("://") {
        return url.to_owned();
    }
    match endpoint
        .find("://")
        .and_then(|i| endpoint[i + 3..].find('/').map(|j| i + 3 + j))
    {
        Some(root) => format!("{}{}", &endpoint[..root], url),
        None => format!("{endpoint}{url}"),
    }
}

/// The error for a refused response.
pub(crate) async fn error_of(response: Response<Body>, what: &str) -> Error {
    let (method, uri) = match what.split_once(' ') {
        Some((m, u)) => (
            Method::from_bytes(m.as_bytes()).unwrap_or(Method::GET),
            u.parse::<Uri>().unwrap_or_default(),
        ),
        None => (Method::GET, Uri::default()),
    };
    cloud_core::transport::error_from_response(response, &method, &uri).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_urls_become_absolute() {
        assert_eq!(
            absolute_public_url(
                "https://h.example.org/pithos/object-store/v1",
                "/public/abc"
            ),
            "https://h.example.org/public/abc"
        );
        assert_eq!(
            absolute_public_url("https://h/x", "https://h/pithos/public/abc"),
            "https://h/pithos/public/abc"
        );
    }
}
