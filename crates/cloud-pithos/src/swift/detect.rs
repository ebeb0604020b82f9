//! Which protocol a container speaks, and what the Swift cluster allows
//! (`GET /info`).

use std::sync::Arc;

use cloud_core::{Body, Error, Transport};
use http::{Method, Uri};

use crate::client::{PithosClient, request};
use crate::hashing::HashAlgorithm;
use crate::upload::BlockParams;

/// Which protocol a client uses for its containers.
///
/// ```
/// assert_eq!(cloud_pithos::swift::StorageMode::default(), cloud_pithos::swift::StorageMode::Auto);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StorageMode {
    /// Ask each container (a HEAD, once per container and client): Pithos+
    /// when it reports `X-Container-Block-Size`, plain Swift otherwise.
    #[default]
    Auto,
    /// Always Pithos+ (the block size defaults to 4 MiB, sha256, when a
    /// container does not say).
    Pithos,
    /// Always plain Swift (no container HEAD is needed to decide).
    Swift,
}

/// What a container turned out to be.
///
/// ```
/// use cloud_pithos::swift::Backend;
/// assert!(Backend::Swift.is_swift());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// Pithos+: hashmaps with these block parameters.
    Pithos(BlockParams),
    /// Plain Swift: MD5 `ETag`s and Static Large Objects.
    Swift,
}

impl Backend {
    /// True for plain Swift.
    ///
    /// ```
    /// use cloud_pithos::{swift::Backend, upload::BlockParams, hashing::HashAlgorithm};
    /// let p = Backend::Pithos(BlockParams { block_size: 4 << 20, algorithm: HashAlgorithm::Sha256 });
    /// assert!(!p.is_swift());
    /// ```
    pub fn is_swift(&self) -> bool {
        matches!(self, Backend::Swift)
    }
}

/// The limits a Swift cluster publishes at `/info` that transfers obey.
///
/// Missing keys (or a server without `/info`) take Swift's defaults.
///
/// ```
/// let info = serde_json::json!({
///     "swift": {"max_file_size": 5368709122u64, "container_listing_limit": 10000},
///     "slo": {"max_manifest_segments": 1000, "min_segment_size": 1},
/// });
/// let caps = cloud_pithos::swift::Capabilities::from_info(&info);
/// assert_eq!(caps.max_manifest_segments, 1000);
/// assert!(caps.slo);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capabilities {
    /// The largest single object (`swift.max_file_size`).
    pub max_file_size: u64,
    /// The most segments in one manifest (`slo.max_manifest_segments`).
    pub max_manifest_segments: usize,
    /// The smallest segment but the last (`slo.min_segment_size`).
    pub min_segment_size: u64,
    /// The largest manifest body (`slo.max_manifest_size`).
    pub max_manifest_size: u64,
    /// The most names in one listing page (`swift.container_listing_limit`).
    pub container_listing_limit: usize,
    /// Whether Static Large Objects are offered (`slo` is present).
    pub slo: bool,
    /// The server's version, when it says (`swift.version`).
    pub version: Option<String>,
    /// The most names one bulk delete takes (`bulk_delete.max_deletes_per_request`),
    /// `None` when the cluster offers no bulk delete.
    pub bulk_delete: Option<usize>,
}

impl Default for Capabilities {
    /// Swift's own defaults.
    fn default() -> Self {
        Capabilities {
            max_file_size: 5 * 1024 * 1024 * 1024 + 2,
            max_manifest_segments: 1000,
            min_segment_size: 1,
            max_manifest_size: 8 * 1024 * 1024,
            container_listing_limit: 10_000,
            slo: true,
            version: None,
            bulk_delete: None,
        }
    }
}

impl Capabilities {
    /// Reads the JSON of `GET /info`.
    ///
    /// ```
    /// let caps = cloud_pithos::swift::Capabilities::from_info(&serde_json::json!({}));
    /// assert_eq!(caps.max_file_size, 5368709122);
    /// assert!(!caps.slo);
    /// ```
    pub fn from_info(info: &serde_json::Value) -> Self {
        let defaults = Capabilities::default();
        let number = |section: &str, key: &str| info.get(section)?.get(key)?.as_u64();
        Capabilities {
            max_file_size: number("swift", "max_file_size").unwrap_or(defaults.max_file_size),
            max_manifest_segments: number("slo", "max_manifest_segments")
                .and_then(|n| usize::try_from(n).ok())
                .unwrap_or(defaults.max_manifest_segments),
            min_segment_size: number("slo", "min_segment_size")
                .unwrap_or(defaults.min_segment_size),
            max_manifest_size: number("slo", "max_manifest_size")
                .unwrap_or(defaults.max_manifest_size),
            container_listing_limit: number("swift", "container_listing_limit")
                .and_then(|n| usize::try_from(n).ok())
                .unwrap_or(defaults.container_listing_limit),
            slo: info.get("slo").is_some(),
            version: info
                .get("swift")
                .and_then(|s| s.get("version"))
                .and_then(|v| v.as_str())
                .map(str::to_owned),
            bulk_delete: info.get("bulk_delete").map(|b| {
                b.get("max_deletes_per_request")
                    .and_then(|n| n.as_u64())
                    .and_then(|n| usize::try_from(n).ok())
                    .unwrap_or(10_000)
            }),
        }
    }

    /// Whether container listings mark Static Large Objects with a
    /// `slo_etag` (Swift 2.20 and later), so a delete can tell them apart
    /// without a HEAD of each object.
    ///
    /// ```
    /// let mut caps = cloud_pithos::swift::Capabilities::default();
    /// caps.version = Some("2.38.3".into());
    /// assert!(caps.listing_marks_slo());
    /// caps.version = Some("2.19.0".into());
    /// assert!(!caps.listing_marks_slo());
    /// ```
    pub fn listing_marks_slo(&self) -> bool {
        let Some(version) = &self.version else {
            return false;
        };
        let mut parts = version.split('.').map(|p| p.parse::<u64>().unwrap_or(0));
        let major = parts.next().unwrap_or(0);
        let minor = parts.next().unwrap_or(0);
        (major, minor) >= (2, 20)
    }
}

/// The `/info` URL of a storage endpoint: beside its `/v1` (a proxy may
/// live under a path), else at the host's root.
///
/// ```
/// use cloud_pithos::swift::detect::info_url;
/// assert_eq!(info_url("http://127.0.0.1:8080/v1"), "http://127.0.0.1:8080/info");
/// assert_eq!(info_url("https://h.example.org/swift/v1"), "https://h.example.org/swift/info");
/// assert_eq!(info_url("https://h.example.org/object-store"), "https://h.example.org/info");
/// ```
pub fn info_url(endpoint: &str) -> String {
    let endpoint = endpoint.trim_end_matches('/');
    if let Some((base, last)) = endpoint.rsplit_once('/')
        && (last == "v1" || last == "v1.0")
        && base.contains("://")
    {
        return format!("{base}/info");
    }
    match endpoint
        .find("://")
        .and_then(|i| endpoint[i + 3..].find('/').map(|j| i + 3 + j))
    {
        Some(root) => format!("{}/info", &endpoint[..root]),
        None => format!("{endpoint}/info"),
    }
}

/// What the client remembers about the server, shared by its clones.
#[derive(Debug, Default)]
pub(crate) struct Known {
    /// `account/container` → backend.
    pub(crate) backends: std::sync::Mutex<std::collections::HashMap<String, Backend>>,
    /// `/info`, read once.
    pub(crate) capabilities: tokio::sync::OnceCell<Capabilities>,
}

pub(crate) type SharedKnown = Arc<Known>;

impl PithosClient {
    /// A client from a Swift storage URL as the catalog gives it
    /// (`<endpoint>/<account>`, e.g. `…/v1/AUTH_<project>`): the last path
    /// segment is the account.
    ///
    /// ```
    /// let t = cloud_core::Transport::builder().build()?;
    /// let c = cloud_pithos::PithosClient::from_storage_url(t, "http://127.0.0.1:8080/v1/AUTH_abc/")?;
    /// assert_eq!((c.endpoint(), c.account()), ("http://127.0.0.1:8080/v1", "AUTH_abc"));
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn from_storage_url(transport: Transport, url: &str) -> Result<Self, Error> {
        let trimmed = url.trim_end_matches('/');
        match trimmed.rsplit_once('/') {
            Some((endpoint, account))
                if !account.is_empty() && endpoint.contains("://") && !endpoint.ends_with('/') =>
            {
                let account = crate::encoding::decode(account);
                Ok(PithosClient::new(transport, endpoint, &account))
            }
            _ => Err(Error::config(
                format!("`{url}` is not a storage URL of the form <endpoint>/<account>"),
                "give the object-store URL of the catalog, e.g. https://host/v1/AUTH_<project>",
            )),
        }
    }

    /// The same client with the protocol fixed (or [`StorageMode::Auto`]).
    /// Known container backends are forgotten.
    ///
    /// ```
    /// use cloud_pithos::swift::StorageMode;
    /// let t = cloud_core::Transport::builder().build()?;
    /// let c = cloud_pithos::PithosClient::new(t, "http://h/v1", "AUTH_x").with_storage_mode(StorageMode::Swift);
    /// assert_eq!(c.storage_mode(), StorageMode::Swift);
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn with_storage_mode(&self, mode: StorageMode) -> Self {
        PithosClient {
            mode,
            known: SharedKnown::default(),
            ..self.clone()
        }
    }

    /// The protocol setting of this client.
    ///
    /// ```
    /// # let t = cloud_core::Transport::builder().build()?;
    /// let c = cloud_pithos::PithosClient::new(t, "http://h/v1", "u");
    /// assert_eq!(c.storage_mode(), cloud_pithos::swift::StorageMode::Auto);
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn storage_mode(&self) -> StorageMode {
        self.mode
    }

    /// What `container` (of the client's account) is: Pithos+ with its
    /// block size and hash, or plain Swift. Read with one HEAD and then
    /// remembered (clones share what they learn).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// match client.backend("photos").await? {
    ///     cloud_pithos::swift::Backend::Swift => println!("plain Swift"),
    ///     cloud_pithos::swift::Backend::Pithos(p) => println!("Pithos+, blocks of {}", p.block_size),
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn backend(&self, container: &str) -> Result<Backend, Error> {
        if self.mode == StorageMode::Swift {
            return Ok(Backend::Swift);
        }
        let key = format!("{}/{container}", self.account);
        if let Some(known) = self
            .known
            .backends
            .lock()
            .ok()
            .and_then(|map| map.get(&key).copied())
        {
            return Ok(known);
        }
        let info = self.get_container_info(container, None).await?;
        if let Some(known) = self
            .known
            .backends
            .lock()
            .ok()
            .and_then(|map| map.get(&key).copied())
        {
            return Ok(known);
        }
        let backend = match info.block_size.filter(|b| *b > 0) {
            None if self.mode == StorageMode::Auto => Backend::Swift,
            block_size => {
                let name = info.block_hash.unwrap_or_else(|| "sha256".to_owned());
                // An unknown hash still means Pithos+; uploads then say so.
                let algorithm = HashAlgorithm::from_name(&name);
                match algorithm {
                    Some(algorithm) => Backend::Pithos(BlockParams {
                        block_size: block_size.unwrap_or(4 * 1024 * 1024),
                        algorithm,
                    }),
                    None => {
                        return Err(Error::config(
                            format!(
                                "the container uses the block hash `{name}`, which this client does not support (sha256, sha1 and blake3 are)"
                            ),
                            "use another container or server",
                        ));
                    }
                }
            }
        };
        if let Ok(mut map) = self.known.backends.lock() {
            map.insert(key, backend);
        }
        Ok(backend)
    }

    /// True when `container` is plain Swift (see [`PithosClient::backend`]).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// if client.is_swift("photos").await? {
    ///     println!("no hashmaps here");
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn is_swift(&self, container: &str) -> Result<bool, Error> {
        Ok(self.backend(container).await?.is_swift())
    }

    /// Whether `container` is plain Swift, for deciding how to send a call:
    /// when the container cannot be read (another account's, a missing
    /// one), the call goes as it would to Pithos+ and its own answer tells
    /// the error.
    pub(crate) async fn swift_here(&self, container: &str) -> bool {
        match self.mode {
            StorageMode::Swift => true,
            StorageMode::Pithos => false,
            StorageMode::Auto => self.backend(container).await.is_ok_and(|b| b.is_swift()),
        }
    }

    /// Records what a container HEAD says about the container's protocol.
    pub(crate) fn remember_backend(&self, container: &str, info: &crate::models::ContainerInfo) {
        if self.mode != StorageMode::Auto {
            return;
        }
        let backend = match info.block_size.filter(|b| *b > 0) {
            None => Backend::Swift,
            Some(block_size) => {
                let name = info.block_hash.as_deref().unwrap_or("sha256");
                match HashAlgorithm::from_name(name) {
                    Some(algorithm) => Backend::Pithos(BlockParams {
                        block_size,
                        algorithm,
                    }),
                    None => return,
                }
            }
        };
        if let Ok(mut map) = self.known.backends.lock() {
            map.insert(format!("{}/{container}", self.account), backend);
        }
    }

    /// The cluster's limits from `GET /info` (read once per client; Swift's
    /// defaults when the server does not answer it).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let caps = client.swift_capabilities().await;
    /// println!("objects up to {} bytes, {} segments per manifest", caps.max_file_size, caps.max_manifest_segments);
    /// # Ok(()) }
    /// ```
    pub async fn swift_capabilities(&self) -> Capabilities {
        self.known
            .capabilities
            .get_or_init(|| async {
                match self.fetch_info().await {
                    Ok(info) => Capabilities::from_info(&info),
                    Err(e) => {
                        tracing::debug!(error = %e, "no /info; using Swift's default limits");
                        Capabilities::default()
                    }
                }
            })
            .await
            .clone()
    }

    async fn fetch_info(&self) -> Result<serde_json::Value, Error> {
        let url = info_url(&self.endpoint);
        let uri = url.parse::<Uri>().map_err(|e| {
            Error::config(
                format!("`{url}` is not a valid URL ({e})"),
                "check the storage endpoint URL",
            )
        })?;
        self.transport
            .json(request(Method::GET, uri, vec![], Body::empty())?)
            .await
    }
}
