//! Uploads by hashmap: only the blocks the server lacks travel (PITHOS.md §4.2).
//!
//! 1. Read the container's block size B and hash A (HEAD).
//! 2. Hash the data locally in B-sized blocks on blocking threads.
//! 3. PUT the hashmap: 201 means every block is already there (a re-upload
//!    sends no data); 409 lists the missing hashes.
//! 4. POST the missing blocks, `concurrency` at a time, each read from the
//!    file when it is sent, marked idempotent so the transport may retry it;
//!    the server's hash of each block must equal the local one.
//! 5. PUT the hashmap again with the very same headers (kamaki dropped
//!    `Content-Disposition` here), looping back to 4 if blocks are still
//!    reported missing (a few rounds at most).
//! 6. Check the server's top hash against the local one.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use cloud_core::{Body, Error, RequestExt};
use futures_util::{StreamExt, TryStreamExt};
use http::{Method, StatusCode};

use crate::client::{PithosClient, error_of, request};
use crate::encoding::header_value;
use crate::error::TransferError;
use crate::hashing::{self, HashAlgorithm, LocalHashmap};
use crate::models::{ObjectInfo, Sharing};
use crate::progress::{Phase, Progress};

/// Blocks in flight by default.
///
/// ```
/// assert_eq!(cloud_pithos::upload::DEFAULT_CONCURRENCY, 8);
/// ```
pub const DEFAULT_CONCURRENCY: usize = 8;

/// Rounds of "PUT hashmap → POST missing blocks" before giving up.
const MAX_ROUNDS: usize = 4;

/// Attempts of one block request, beyond the transport's own retries
/// (which cannot cover a body that breaks off).
pub(crate) const BLOCK_ATTEMPTS: usize = 4;

/// A container's block size and hash algorithm.
///
/// ```
/// use cloud_pithos::upload::BlockParams;
/// use cloud_pithos::hashing::HashAlgorithm;
/// let p = BlockParams { block_size: 4194304, algorithm: HashAlgorithm::Sha256 };
/// assert_eq!(p.block_size, 4 << 20);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlockParams {
    /// B.
    pub block_size: u64,
    /// A.
    pub algorithm: HashAlgorithm,
}

/// How to upload (`upload_object`, `upload_bytes`).
///
/// ```
/// let o = cloud_pithos::upload::UploadOptions { content_type: Some("text/plain".into()), ..Default::default() };
/// assert_eq!(o.concurrency, 8);
/// ```
#[derive(Debug, Clone)]
pub struct UploadOptions {
    /// Blocks in flight at once (memory: about this many blocks).
    pub concurrency: usize,
    /// The object's content type (`application/octet-stream` by default).
    pub content_type: Option<String>,
    /// `Content-Encoding` to store.
    pub content_encoding: Option<String>,
    /// `Content-Disposition` to store.
    pub content_disposition: Option<String>,
    /// Upload only if the current object has this ETag.
    pub if_match: Option<String>,
    /// Upload only if no object has this name (`If-None-Match: *`).
    pub if_not_exist: bool,
    /// Sharing to set (leave `None` when writing into someone else's account).
    pub sharing: Option<Sharing>,
    /// Publish (`true`) or unpublish (`false`).
    pub public: Option<bool>,
    /// User metadata to store.
    pub meta: BTreeMap<String, String>,
    /// Block size and hash, when already known (skips the container HEAD).
    pub block_params: Option<BlockParams>,
    /// Where progress goes.
    pub progress: Progress,
    /// Swift mode: files larger than this become Static Large Objects of
    /// segments this size (default [`crate::swift::DEFAULT_SEGMENT_SIZE`];
    /// kept within the cluster's limits).
    pub segment_size: Option<u64>,
    /// Swift mode: where segments go (default `<container>_segments`).
    pub segment_container: Option<String>,
}

impl Default for UploadOptions {
    fn default() -> Self {
        UploadOptions {
            concurrency: DEFAULT_CONCURRENCY,
            content_type: None,
            content_encoding: None,
            content_disposition: None,
            if_match: None,
            if_not_exist: false,
            sharing: None,
            public: None,
            meta: BTreeMap::new(),
            block_params: None,
            progress: Progress::none(),
            segment_size: None,
            segment_container: None,
        }
    }
}

/// What an upload did.
///
/// ```
/// let r = cloud_pithos::upload::UploadReport::default();
/// assert_eq!(r.blocks_sent, 0);
/// ```
#[derive(Debug, Clone, Default)]
pub struct UploadReport {
    /// The object's headers from the final PUT (ETag, version).
    pub info: ObjectInfo,
    /// The verified top hash (hex).
    pub top_hash: String,
    /// Bytes in the object.
    pub bytes: u64,
    /// Blocks in the object.
    pub blocks: usize,
    /// Blocks that had to be sent.
    pub blocks_sent: usize,
    /// Bytes that had to be sent.
    pub bytes_sent: u64,
}

/// Where blocks are read from when they are sent.
#[derive(Clone)]
pub(crate) enum Source {
    /// A file, read with positioned reads on a blocking thread.
    File(Arc<PathBuf>, Arc<std::fs::File>),
    /// Bytes in memory.
    Memory(Bytes),
    /// A stream already consumed: its blocks cannot be read again.
    Gone,
}

impl Source {
    async fn block(&self, offset: u64, length: u64) -> Result<Bytes, TransferError> {
        match self {
            Source::Memory(data) => {
                let start = usize::try_from(offset).unwrap_or(usize::MAX).min(data.len());
                let end = start.saturating_add(length as usize).min(data.len());
                Ok(data.slice(start..end))
            }
            Source::Gone => Err(TransferError::Invalid(
                "the server lost blocks of a streamed upload, which cannot be read again; upload it again".to_owned(),
            )),
            Source::File(path, file) => {
                let path = Arc::clone(path);
                let file = Arc::clone(file);
                tokio::task::spawn_blocking(move || {
                    let mut buffer = Vec::new();
                    hashing::read_block(&file, &path, offset, length as usize, &mut buffer)?;
                    Ok(Bytes::from(buffer))
                })
                .await
                .map_err(TransferError::worker)?
            }
        }
    }
}

/// Whether an error is worth another attempt (the connection or the server
/// failed, not the request).
pub(crate) fn transient(error: &Error) -> bool {
    match error {
        Error::Transport { .. } | Error::Timeout { .. } | Error::Decode { .. } => true,
        Error::Api(api) => api.status.is_server_error() || api.status.as_u16() == 429,
        _ => false,
    }
}

/// A short pause before attempt `n` of a block request.
pub(crate) async fn pause(attempt: usize) {
    let millis = 100u64 << attempt.min(5);
    tokio::time::sleep(std::time::Duration::from_millis(millis)).await;
}

impl PithosClient {
    /// The block size and hash algorithm of a container of the client's
    /// account, read with a HEAD once and then remembered by the client.
    /// A plain Swift container has none: that is a
    /// [`TransferError::PithosOnly`] error.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = client.block_params("photos").await?;
    /// println!("{} bytes per block, {}", params.block_size, params.algorithm.name());
    /// # Ok(()) }
    /// ```
    pub async fn block_params(&self, container: &str) -> Result<BlockParams, TransferError> {
        match self.backend(container).await? {
            crate::swift::Backend::Pithos(params) => Ok(params),
            crate::swift::Backend::Swift => Err(crate::swift::objects::pithos_only_transfer(
                "block hashes (hashmaps)",
                container,
            )),
        }
    }

    /// Uploads the file at `path` as `object` of `container`, sending only
    /// the blocks the server lacks; see the module documentation. On a plain
    /// Swift container the file is streamed with an MD5 check, as a Static
    /// Large Object when large, and not sent again when unchanged (see
    /// [`crate::swift`]).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let options = cloud_pithos::upload::UploadOptions { content_type: Some("image/jpeg".into()), ..Default::default() };
    /// let report = client.upload_object("photos", "2024/beach.jpg", std::path::Path::new("beach.jpg"), &options).await?;
    /// println!("sent {} of {} blocks", report.blocks_sent, report.blocks);
    /// # Ok(()) }
    /// ```
    pub async fn upload_object(
        &self,
        container: &str,
        object: &str,
        path: &Path,
        options: &UploadOptions,
    ) -> Result<UploadReport, TransferError> {
        let params = match options.block_params {
            Some(p) => p,
            None => match self.backend(container).await? {
                crate::swift::Backend::Pithos(p) => p,
                crate::swift::Backend::Swift => {
                    return self
                        .swift_upload_file(container, object, path, options)
                        .await;
                }
            },
        };
        let metadata = tokio::fs::metadata(path)
            .await
            .map_err(|e| TransferError::local(path, e))?;
        if !metadata.is_file() {
            return Err(TransferError::Invalid(format!(
                "{} is not a regular file; upload directories with upload_tree",
                path.display()
            )));
        }
        let size = metadata.len();
        let local = hashing::hash_file(
            path,
            size,
            params.block_size,
            params.algorithm,
            &options.progress,
        )
        .await?;
        let file = std::fs::File::open(path).map_err(|e| TransferError::local(path, e))?;
        let source = Source::File(Arc::new(path.to_path_buf()), Arc::new(file));
        let report = self
            .upload_hashmap(container, object, &local, &source, options)
            .await?;
        // The file must not have changed under us.
        let after = tokio::fs::metadata(path)
            .await
            .map_err(|e| TransferError::local(path, e))?;
        if after.len() != size {
            return Err(TransferError::Invalid(format!(
                "{} changed size while it was uploaded ({size} → {} bytes); upload it again",
                path.display(),
                after.len()
            )));
        }
        Ok(report)
    }

    /// Uploads bytes held in memory (kamaki's `upload_from_string`).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let data = bytes::Bytes::from_static(b"hello, world");
    /// client.upload_bytes("notes", "hello.txt", data, &Default::default()).await?;
    /// # Ok(()) }
    /// ```
    pub async fn upload_bytes(
        &self,
        container: &str,
        object: &str,
        data: Bytes,
        options: &UploadOptions,
    ) -> Result<UploadReport, TransferError> {
        let params = match options.block_params {
            Some(p) => p,
            None => match self.backend(container).await? {
                crate::swift::Backend::Pithos(p) => p,
                crate::swift::Backend::Swift => {
                    return self
                        .swift_upload_bytes(container, object, data, options)
                        .await;
                }
            },
        };
        let progress = options.progress.clone();
        progress.start(Phase::Hashing, data.len() as u64);
        let copy = data.clone();
        let local = tokio::task::spawn_blocking(move || {
            hashing::hashmap_of(params.algorithm, params.block_size, &copy)
        })
        .await
        .map_err(TransferError::worker)?;
        progress.advance(Phase::Hashing, data.len() as u64);
        progress.finish(Phase::Hashing);
        self.upload_hashmap(container, object, &local, &Source::Memory(data), options)
            .await
    }

    /// The hashmap PUT rounds and block POSTs for data already hashed.
    pub(crate) async fn upload_hashmap(
        &self,
        container: &str,
        object: &str,
        local: &LocalHashmap,
        source: &Source,
        options: &UploadOptions,
    ) -> Result<UploadReport, TransferError> {
        let hex_hashes = local.hex_hashes();
        let mut index_of: HashMap<&str, usize> = HashMap::with_capacity(hex_hashes.len());
        for (i, h) in hex_hashes.iter().enumerate() {
            index_of.entry(h.as_str()).or_insert(i);
        }
        let progress = &options.progress;
        let mut report = UploadReport {
            bytes: local.bytes,
            blocks: hex_hashes.len(),
            top_hash: local.top_hex(),
            ..UploadReport::default()
        };
        let mut still_missing = 0;
        for round in 0..MAX_ROUNDS {
            match self
                .put_hashmap(container, object, local.bytes, &hex_hashes, options)
                .await?
            {
                PutHashmap::Created(info) => {
                    if round == 0 {
                        progress.start(Phase::Transfer, local.bytes);
                        progress.advance(Phase::Transfer, local.bytes);
                    }
                    progress.finish(Phase::Transfer);
                    report.info = *info;
                    self.verify_top_hash(container, object, &mut report).await?;
                    return Ok(report);
                }
                PutHashmap::Missing(missing) => {
                    still_missing = missing.len();
                    let mut indices = Vec::with_capacity(missing.len());
                    for hash in &missing {
                        let index = index_of
                            .get(hash.to_ascii_lowercase().as_str())
                            .ok_or_else(|| {
                                Error::decode(
                                    format!("the hashmap PUT of {object}"),
                                    format!(
                                        "the server misses block {hash}, which is not in the hashmap sent"
                                    ),
                                )
                            })?;
                        indices.push(*index);
                    }
                    if round == 0 {
                        let missing_bytes: u64 =
                            indices.iter().map(|i| local.block_range(*i).1).sum();
                        progress.start(Phase::Transfer, local.bytes);
                        progress.advance(Phase::Transfer, local.bytes - missing_bytes);
                    }
                    let sent = self
                        .post_blocks(container, object, local, source, &indices, options)
                        .await?;
                    report.blocks_sent += indices.len();
                    report.bytes_sent += sent;
                }
            }
        }
        Err(TransferError::BlocksStillMissing {
            object: object.to_owned(),
            missing: still_missing,
            rounds: MAX_ROUNDS,
        })
    }

    /// POSTs the blocks at `indices`, `concurrency` at a time; returns the bytes sent.
    async fn post_blocks(
        &self,
        container: &str,
        object: &str,
        local: &LocalHashmap,
        source: &Source,
        indices: &[usize],
        options: &UploadOptions,
    ) -> Result<u64, TransferError> {
        let concurrency = options.concurrency.max(1);
        futures_util::stream::iter(indices.iter().copied())
            .map(|index| async move {
                let (offset, length) = local.block_range(index);
                let data = source.block(offset, length).await?;
                let expected = hashing::hex(&local.hashes[index]);
                self.post_block(container, object, data, &expected).await?;
                options.progress.advance(Phase::Transfer, length);
                Ok::<u64, TransferError>(length)
            })
            .buffer_unordered(concurrency)
            .try_fold(0u64, |sum, n| async move { Ok(sum + n) })
            .await
    }

    /// POSTs one block to the caller's own account and checks its hash.
    pub(crate) async fn post_block(
        &self,
        container: &str,
        object: &str,
        data: Bytes,
        expected: &str,
    ) -> Result<(), TransferError> {
        let uri = self.container_uri_of(
            &self.owner,
            container,
            &[("update", None), ("format", Some("json".into()))],
        )?;
        let headers = vec![
            (
                "content-type".to_owned(),
                "application/octet-stream".to_owned(),
            ),
            ("content-length".to_owned(), data.len().to_string()),
        ];
        let mut attempt = 0;
        let answer: Vec<String> = loop {
            attempt += 1;
            let req = request(
                Method::POST,
                uri.clone(),
                headers.clone(),
                Body::from(data.clone()),
            )?
            .idempotent();
            match self.transport.json::<Vec<String>>(req).await {
                Ok(answer) => break answer,
                Err(e) if attempt < BLOCK_ATTEMPTS && transient(&e) => pause(attempt).await,
                Err(e) => return Err(e.into()),
            }
        };
        match answer.first() {
            Some(remote) if remote.eq_ignore_ascii_case(expected) => Ok(()),
            other => Err(TransferError::BlockUploadMismatch {
                object: object.to_owned(),
                local: expected.to_owned(),
                remote: other.cloned().unwrap_or_default(),
            }),
        }
    }

    /// Checks the server's top hash (`X-Object-Hash` of the PUT, else of a HEAD).
    async fn verify_top_hash(
        &self,
        container: &str,
        object: &str,
        report: &mut UploadReport,
    ) -> Result<(), TransferError> {
        // The PUT's `X-Object-Hash`, else its `ETag` when it is the top hash
        // (the default; MD5 deployments differ), else ask with a HEAD.
        let etag_is_top = report
            .info
            .etag
            .as_deref()
            .is_some_and(|e| e.eq_ignore_ascii_case(&report.top_hash));
        let remote = match report.info.hash.clone() {
            Some(hash) => hash,
            None if etag_is_top => report.top_hash.clone(),
            None => {
                let info = self.get_object_info(container, object, None).await?;
                let hash = info.hash.clone().unwrap_or_default();
                if report.info.version.is_none() {
                    report.info.version = info.version;
                }
                hash
            }
        };
        if !remote.eq_ignore_ascii_case(&report.top_hash) {
            return Err(TransferError::TopHashMismatch {
                object: object.to_owned(),
                local: report.top_hash.clone(),
                remote,
            });
        }
        Ok(())
    }
}

impl PithosClient {
    /// Uploads a file with one plain data PUT (kamaki's `--unchunked`): no
    /// hashmap, every byte travels, streamed from the file (so the request
    /// is not retried). With `etag` (the hex MD5 of the file) the server
    /// checks the data and refuses a mismatch with 422. The upload options'
    /// content type, encoding, disposition, conditions, sharing, public and
    /// metadata apply; block settings and concurrency do not.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let info = client
    ///     .upload_object_unchunked("c", "small.txt", std::path::Path::new("small.txt"), None, &Default::default())
    ///     .await?;
    /// println!("version {:?}", info.version);
    /// # Ok(()) }
    /// ```
    pub async fn upload_object_unchunked(
        &self,
        container: &str,
        object: &str,
        path: &Path,
        etag: Option<&str>,
        options: &UploadOptions,
    ) -> Result<ObjectInfo, TransferError> {
        use tokio::io::AsyncReadExt;
        let file = tokio::fs::File::open(path)
            .await
            .map_err(|e| TransferError::local(path, e))?;
        let size = file
            .metadata()
            .await
            .map_err(|e| TransferError::local(path, e))?
            .len();
        let shown = path.to_path_buf();
        let progress = options.progress.clone();
        progress.start(Phase::Transfer, size);
        let chunks = futures_util::stream::unfold(Some(file), move |state| {
            let shown = shown.clone();
            let progress = progress.clone();
            async move {
                let mut file = state?;
                let mut buffer = bytes::BytesMut::with_capacity(1 << 20);
                match file.read_buf(&mut buffer).await {
                    Ok(0) => None,
                    Ok(n) => {
                        progress.advance(Phase::Transfer, n as u64);
                        Some((Ok(http_body::Frame::data(buffer.freeze())), Some(file)))
                    }
                    Err(e) => Some((
                        Err(Box::new(TransferError::local(&shown, e)) as cloud_core::body::BoxError),
                        None,
                    )),
                }
            }
        });
        let body = Body::from_stream(http_body_util::StreamBody::new(chunks));
        let uri = self.object_uri(container, object, &[])?;
        let mut headers = put_headers(options);
        headers.push(("content-length".to_owned(), size.to_string()));
        if let Some(etag) = etag {
            headers.push(("etag".to_owned(), header_value(etag)));
        }
        let response = self
            .send_checked(request(Method::PUT, uri, headers, body)?)
            .await?;
        options.progress.finish(Phase::Transfer);
        Ok(ObjectInfo::from_headers(response.headers()))
    }
}

/// The answer to a single hashmap PUT ([`PithosClient::put_hashmap`]).
///
/// ```
/// let missing = cloud_pithos::upload::PutHashmap::Missing(vec!["ab12".into()]);
/// assert!(matches!(missing, cloud_pithos::upload::PutHashmap::Missing(ref m) if m.len() == 1));
/// ```
#[derive(Debug, Clone)]
pub enum PutHashmap {
    /// The object was written (every block was on the server).
    Created(Box<ObjectInfo>),
    /// These blocks (hex, unique, in order) are missing; nothing was written.
    Missing(Vec<String>),
}

impl PithosClient {
    /// One hashmap PUT of `hashes` (hex) for `bytes` bytes, with the upload
    /// options' headers — the primitive behind uploads, and what kamaki's
    /// `--source-is-hashmap` should have done (it uploaded the JSON as data).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// use cloud_pithos::upload::PutHashmap;
    /// let hashes = vec!["ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb".to_owned()];
    /// match client.put_hashmap("c", "a.txt", 1, &hashes, &Default::default()).await? {
    ///     PutHashmap::Created(info) => println!("version {:?}", info.version),
    ///     PutHashmap::Missing(missing) => println!("{} blocks to upload first", missing.len()),
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn put_hashmap(
        &self,
        container: &str,
        object: &str,
        bytes: u64,
        hashes: &[String],
        options: &UploadOptions,
    ) -> Result<PutHashmap, Error> {
        self.require_pithos(container, "a hashmap PUT").await?;
        let uri = self.object_uri(
            container,
            object,
            &[("hashmap", None), ("format", Some("json".into()))],
        )?;
        let what = format!("PUT {uri}");
        let body = serde_json::json!({"bytes": bytes, "hashes": hashes}).to_string();
        let req = request(Method::PUT, uri, put_headers(options), Body::from(body))?;
        let response = self.transport.send(req).await?;
        match response.status() {
            StatusCode::CONFLICT => {
                let bytes = response
                    .into_body()
                    .collect_bytes()
                    .await
                    .map_err(|e| Error::decode(&what, e))?;
                let missing: Vec<String> = serde_json::from_slice(&bytes)
                    .map_err(|e| Error::decode(&what, format!("missing-block list: {e}")))?;
                Ok(PutHashmap::Missing(missing))
            }
            status if status.is_success() => Ok(PutHashmap::Created(Box::new(
                ObjectInfo::from_headers(response.headers()),
            ))),
            _ => Err(error_of(response, &what).await),
        }
    }
}

/// The headers of every hashmap PUT round (identical each time).
fn put_headers(options: &UploadOptions) -> Vec<(String, String)> {
    let mut headers = vec![(
        "content-type".to_owned(),
        header_value(
            options
                .content_type
                .as_deref()
                .unwrap_or("application/octet-stream"),
        ),
    )];
    if let Some(v) = &options.content_encoding {
        headers.push(("content-encoding".into(), header_value(v)));
    }
    if let Some(v) = &options.content_disposition {
        headers.push(("content-disposition".into(), header_value(v)));
    }
    if let Some(v) = &options.if_match {
        headers.push(("if-match".into(), header_value(v)));
    }
    if options.if_not_exist {
        headers.push(("if-none-match".into(), "*".into()));
    }
    if let Some(s) = &options.sharing {
        headers.push(("x-object-sharing".into(), header_value(&s.to_header())));
    }
    if let Some(p) = options.public {
        headers.push(("x-object-public".into(), p.to_string()));
    }
    for (k, v) in &options.meta {
        headers.push((
            format!("x-object-meta-{}", crate::encoding::header_name(k)),
            header_value(v),
        ));
    }
    headers
}
