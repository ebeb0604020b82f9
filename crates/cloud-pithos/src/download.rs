//! Downloads by hashmap into a temporary file renamed into place (PITHOS.md §4.4).
//!
//! 1. GET the hashmap (with the caller's `If-*` conditions: 304/412 become a
//!    clean [`TransferError::Condition`]).
//! 2. Blocks are fetched with ranged GETs, `concurrency` at a time, each
//!    carrying `If-Match: <ETag>` so a change of the object mid-way fails
//!    instead of mixing versions. A hash that appears at several positions
//!    is fetched once and written at every position (zero-filled or cut to
//!    each position's length: blocks equal up to trailing zeros share a hash).
//! 3. Every block is hashed and compared with the hashmap; a mismatch is
//!    fetched again once. Only the object's last block may still differ (the
//!    server keeps a stale hash after truncates and partial updates, §2.8);
//!    that is logged, not fatal. Any other mismatch fails.
//! 4. Data goes to `.<name>.pithos-part` beside the target; when every block
//!    is written the file is cut to the object's size, synced and renamed
//!    onto the target. A failed download never leaves a partial file under
//!    the target's name (an existing target keeps its old content).
//!
//! **Temporary file policy.** Without `resume`, the temporary file is
//! removed when the download fails or is dropped. With `resume`, it is kept
//! on failure so that the next `resume` download continues from it: blocks
//! whose local hash already matches are kept and only the others are
//! fetched. When no temporary file exists, a `resume` download takes the
//! matching blocks of an existing target file instead (copied locally,
//! without network), so resuming over an older copy also fetches only what
//! changed.
//!
//! Objects without a usable hashmap (manifest objects, whose hashmap is
//! empty, or an unknown block hash) are fetched with one streamed GET.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use cloud_core::{Body, Error, ErrorKind};
use futures_util::{StreamExt, TryStreamExt};
use http::Method;

use crate::client::{Conditions, PithosClient, request};
use crate::encoding::header_value;
use crate::error::TransferError;
use crate::hashing::{self, HashAlgorithm, block_count, block_range};
use crate::models::{Hashmap, ObjectInfo};
use crate::progress::{Phase, Progress};
use crate::upload::{BLOCK_ATTEMPTS, DEFAULT_CONCURRENCY, pause, transient};

/// How to download (`download_object`).
///
/// ```
/// let o = cloud_pithos::download::DownloadOptions { resume: true, ..Default::default() };
/// assert_eq!(o.concurrency, 8);
/// ```
#[derive(Debug, Clone)]
pub struct DownloadOptions {
    /// Blocks in flight at once.
    pub concurrency: usize,
    /// Keep local blocks that already match; keep the temporary file on failure.
    pub resume: bool,
    /// Download this version.
    pub version: Option<String>,
    /// Only these byte ranges (the rest of the file is zeros).
    pub range: Option<Vec<ByteRange>>,
    /// `If-*` conditions, checked on the hashmap request.
    pub conditions: Conditions,
    /// Where progress goes.
    pub progress: Progress,
}

impl Default for DownloadOptions {
    fn default() -> Self {
        DownloadOptions {
            concurrency: DEFAULT_CONCURRENCY,
            resume: false,
            version: None,
            range: None,
            conditions: Conditions::default(),
            progress: Progress::none(),
        }
    }
}

/// What a download did.
///
/// ```
/// let r = cloud_pithos::download::DownloadReport::default();
/// assert_eq!(r.blocks_fetched, 0);
/// ```
#[derive(Debug, Clone, Default)]
pub struct DownloadReport {
    /// The object's headers (from the hashmap request).
    pub info: ObjectInfo,
    /// The object's size.
    pub bytes: u64,
    /// Blocks in the object.
    pub blocks: usize,
    /// Ranged GETs made for blocks (retries not counted).
    pub blocks_fetched: usize,
    /// Blocks found already in place (resume).
    pub blocks_kept: usize,
    /// True when the object was fetched with one streamed GET (no hashmap).
    pub streamed: bool,
}

/// A byte range as the user writes it (kamaki's `--range`).
///
/// ```
/// use cloud_pithos::download::{ByteRange, parse_ranges};
/// assert_eq!(parse_ranges("0-1,8-9,-3,5-").unwrap(),
///     [ByteRange::FromTo(0, 1), ByteRange::FromTo(8, 9), ByteRange::Last(3), ByteRange::From(5)]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ByteRange {
    /// `a-b`, inclusive.
    FromTo(u64, u64),
    /// `a-`: from `a` to the end.
    From(u64),
    /// `-n`: the last `n` bytes.
    Last(u64),
}

/// Parses `a-b,c-,-n` (a bare `n` means `0-n`, as in kamaki).
///
/// ```
/// assert!(cloud_pithos::download::parse_ranges("5-2").is_err());
/// ```
pub fn parse_ranges(text: &str) -> Result<Vec<ByteRange>, TransferError> {
    let bad = |item: &str| {
        TransferError::Invalid(format!(
            "`{item}` is not a byte range; write A-B, A- or -N, separated by commas"
        ))
    };
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|item| {
            let number = |s: &str| s.trim().parse::<u64>().map_err(|_| bad(item));
            match item.split_once('-') {
                None => Ok(ByteRange::FromTo(0, number(item)?)),
                Some(("", n)) => Ok(ByteRange::Last(number(n)?)),
                Some((a, "")) => Ok(ByteRange::From(number(a)?)),
                Some((a, b)) => {
                    let (a, b) = (number(a)?, number(b)?);
                    if a > b {
                        Err(bad(item))
                    } else {
                        Ok(ByteRange::FromTo(a, b))
                    }
                }
            }
        })
        .collect()
}

/// Resolves ranges against a size: sorted, merged, clipped `[start, end)`
/// windows; empty ones dropped.
///
/// ```
/// use cloud_pithos::download::{ByteRange, normalize_ranges};
/// assert_eq!(normalize_ranges(&[ByteRange::Last(3), ByteRange::FromTo(0, 1)], 10), [(0, 2), (7, 10)]);
/// assert_eq!(normalize_ranges(&[ByteRange::FromTo(5, 99)], 10), [(5, 10)]);
/// ```
pub fn normalize_ranges(ranges: &[ByteRange], size: u64) -> Vec<(u64, u64)> {
    let mut windows: Vec<(u64, u64)> = ranges
        .iter()
        .map(|r| match *r {
            ByteRange::FromTo(a, b) => (a.min(size), b.saturating_add(1).min(size)),
            ByteRange::From(a) => (a.min(size), size),
            ByteRange::Last(n) => (size.saturating_sub(n), size),
        })
        .filter(|(a, b)| a < b)
        .collect();
    windows.sort_unstable();
    let mut merged: Vec<(u64, u64)> = Vec::with_capacity(windows.len());
    for (a, b) in windows {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    merged
}

/// The temporary file of a download to `target`: `.<name>.pithos-part` beside it.
///
/// ```
/// use std::path::Path;
/// assert_eq!(cloud_pithos::download::partial_path(Path::new("/d/f.txt")), Path::new("/d/.f.txt.pithos-part"));
/// ```
pub fn partial_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "download".to_owned());
    target.with_file_name(format!(".{name}.pithos-part"))
}

/// Removes the temporary file when dropped, unless disarmed.
pub(crate) struct Cleanup {
    pub(crate) path: Option<PathBuf>,
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        if let Some(path) = self.path.take() {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Writes `data` at `offset` (positioned write).
pub(crate) fn write_at(
    file: &std::fs::File,
    path: &Path,
    data: &[u8],
    offset: u64,
) -> Result<(), TransferError> {
    write_all_at(file, data, offset).map_err(|e| TransferError::local(path, e))
}

#[cfg(unix)]
pub(crate) fn write_all_at(file: &std::fs::File, data: &[u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::write_all_at(file, data, offset)
}

#[cfg(windows)]
pub(crate) fn write_all_at(
    file: &std::fs::File,
    mut data: &[u8],
    mut offset: u64,
) -> std::io::Result<()> {
    while !data.is_empty() {
        let n = std::os::windows::fs::FileExt::seek_write(file, data, offset)?;
        data = &data[n..];
        offset += n as u64;
    }
    Ok(())
}

/// One block of the object to fetch: its hash and every position it is at.
struct Group {
    hash: String,
    /// Block indices holding this hash.
    positions: Vec<usize>,
}

/// The context every block fetch shares.
struct Fetch<'a> {
    client: &'a PithosClient,
    container: &'a str,
    object: &'a str,
    version: Option<&'a str>,
    etag: Option<String>,
    algorithm: HashAlgorithm,
    block_size: u64,
    size: u64,
    blocks: usize,
}

impl Fetch<'_> {
    /// GETs `[start, end)` of the object (see [`PithosClient::range_bytes`]).
    async fn get_range(&self, start: u64, end: u64) -> Result<Bytes, TransferError> {
        self.client
            .range_bytes(
                self.container,
                self.object,
                self.version,
                self.etag.as_deref(),
                start,
                end,
            )
            .await
    }

    /// Fetches block `index` and checks it against `expected` (hex), once
    /// more on a mismatch; the last block may keep a stale hash (§2.8).
    async fn get_block(&self, index: usize, expected: &str) -> Result<Bytes, TransferError> {
        let (offset, length) = block_range(self.block_size, self.size, index);
        let mut tries = 0;
        loop {
            tries += 1;
            let data = self.get_range(offset, offset + length).await?;
            let algorithm = self.algorithm;
            let (data, actual) = tokio::task::spawn_blocking(move || {
                let h = hashing::hex(&hashing::block_hash(algorithm, &data));
                (data, h)
            })
            .await
            .map_err(TransferError::worker)?;
            if actual.eq_ignore_ascii_case(expected) {
                return Ok(data);
            }
            if tries >= 2 {
                if index + 1 == self.blocks {
                    tracing::warn!(
                        object = self.object,
                        index,
                        "the last block does not match its hash; the server keeps stale hashes after truncates and partial updates"
                    );
                    return Ok(data);
                }
                return Err(TransferError::BlockMismatch {
                    object: self.object.to_owned(),
                    index,
                    expected: expected.to_owned(),
                    actual,
                });
            }
        }
    }
}

impl PithosClient {
    /// GETs bytes `[start, end)` of an object with `If-Match: <etag>`,
    /// retrying transient failures and short bodies a few times (the
    /// transport cannot retry a body that breaks off). A 412 means the
    /// object changed since its hashmap was read.
    pub(crate) async fn range_bytes(
        &self,
        container: &str,
        object: &str,
        version: Option<&str>,
        etag: Option<&str>,
        start: u64,
        end: u64,
    ) -> Result<Bytes, TransferError> {
        let query: Vec<(&str, Option<String>)> = version
            .map(|v| ("version", Some(v.to_owned())))
            .into_iter()
            .collect();
        let uri = self.object_uri(container, object, &query)?;
        let mut headers = vec![("range".to_owned(), format!("bytes={}-{}", start, end - 1))];
        if let Some(etag) = etag {
            headers.push(("if-match".to_owned(), header_value(etag)));
        }
        let mut attempt = 0;
        loop {
            attempt += 1;
            let req = request(Method::GET, uri.clone(), headers.clone(), Body::empty())?;
            match self.transport.bytes(req).await {
                Ok(data) if data.len() as u64 == end - start => return Ok(data),
                Ok(data) if attempt >= BLOCK_ATTEMPTS => {
                    return Err(Error::decode(
                        format!("GET {uri}"),
                        format!("expected {} bytes, got {}", end - start, data.len()),
                    )
                    .into());
                }
                Ok(_) => pause(attempt).await,
                Err(e) if e.kind() == Some(ErrorKind::PreconditionFailed) => {
                    return Err(TransferError::Condition {
                        object: object.to_owned(),
                        reason: "the object changed during the transfer; start it again",
                    });
                }
                Err(e) if attempt < BLOCK_ATTEMPTS && transient(&e) => pause(attempt).await,
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// Downloads `object` of `container` to the file `target`; see the
    /// module documentation for the steps and the temporary file policy.
    /// On a plain Swift container, ranges are fetched concurrently and the
    /// data is checked by MD5 (see [`crate::swift`]).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let options = cloud_pithos::download::DownloadOptions { resume: true, ..Default::default() };
    /// let report = client.download_object("photos", "2024/beach.jpg", std::path::Path::new("beach.jpg"), &options).await?;
    /// println!("fetched {} blocks, kept {}", report.blocks_fetched, report.blocks_kept);
    /// # Ok(()) }
    /// ```
    pub async fn download_object(
        &self,
        container: &str,
        object: &str,
        target: &Path,
        options: &DownloadOptions,
    ) -> Result<DownloadReport, TransferError> {
        if self.swift_here(container).await {
            return self
                .swift_download(container, object, target, options)
                .await;
        }
        let (hashmap, info) = self
            .get_object_hashmap(
                container,
                object,
                options.version.as_deref(),
                &options.conditions,
            )
            .await
            .map_err(|e| condition_error(e, object))?;
        let mut info = info;
        if info.manifest.is_none() {
            info.bytes = Some(hashmap.bytes);
        }
        let partial = partial_path(target);
        let mut cleanup = Cleanup {
            path: (!options.resume).then(|| partial.clone()),
        };
        let algorithm = HashAlgorithm::from_name(&hashmap.block_hash);
        let usable = info.manifest.is_none() && algorithm.is_some() && hashmap.block_size > 0;
        let report = match algorithm {
            Some(algorithm) if usable => {
                self.download_blocks(
                    container, object, target, &partial, &hashmap, info, algorithm, options,
                )
                .await?
            }
            _ => {
                let mut report = self
                    .download_streamed(container, object, &partial, options)
                    .await?;
                report.info = info;
                // The hashmap reply's length is the JSON's, not the object's.
                report.info.bytes = Some(report.bytes);
                report
            }
        };
        finish_file(&partial, target).await?;
        cleanup.path = None;
        Ok(report)
    }

    #[allow(clippy::too_many_arguments)]
    async fn download_blocks(
        &self,
        container: &str,
        object: &str,
        target: &Path,
        partial: &Path,
        hashmap: &Hashmap,
        info: ObjectInfo,
        algorithm: HashAlgorithm,
        options: &DownloadOptions,
    ) -> Result<DownloadReport, TransferError> {
        let size = hashmap.bytes;
        let block_size = hashmap.block_size;
        let blocks = block_count(block_size, size);
        let progress = &options.progress;
        let mut report = DownloadReport {
            bytes: size,
            blocks,
            ..DownloadReport::default()
        };
        if hashmap.hashes.len() < blocks {
            return Err(Error::decode(
                format!("the hashmap of {object}"),
                format!(
                    "{} hashes for {size} bytes in blocks of {block_size}",
                    hashmap.hashes.len()
                ),
            )
            .into());
        }
        // Open the temporary file; with resume, reuse it or seed it from the target.
        let had_partial = options.resume && tokio::fs::try_exists(partial).await.unwrap_or(false);
        let file = open_partial(partial, had_partial).await?;
        let file = Arc::new(file);
        let mut kept = vec![false; blocks];
        if options.resume && options.range.is_none() {
            let seed = if had_partial {
                None
            } else if tokio::fs::try_exists(target).await.unwrap_or(false) {
                Some(target.to_path_buf())
            } else {
                None
            };
            let source = seed.clone().unwrap_or_else(|| partial.to_path_buf());
            kept = check_local(
                &source,
                seed.is_some(),
                Arc::clone(&file),
                partial,
                hashmap,
                algorithm,
                progress,
            )
            .await?;
        }
        report.blocks_kept = kept.iter().filter(|k| **k).count();
        let fetch = Fetch {
            client: self,
            container,
            object,
            version: options.version.as_deref(),
            etag: info.etag.clone(),
            algorithm,
            block_size,
            size,
            blocks,
        };
        progress.start(Phase::Transfer, size);
        let kept_bytes: u64 = (0..blocks)
            .filter(|i| kept[*i])
            .map(|i| block_range(block_size, size, i).1)
            .sum();
        progress.advance(Phase::Transfer, kept_bytes);
        let concurrency = options.concurrency.max(1);
        if let Some(ranges) = &options.range {
            let windows = normalize_ranges(ranges, size);
            report.blocks_fetched = self
                .fetch_windows(
                    &fetch,
                    &windows,
                    &hashmap.hashes,
                    &file,
                    partial,
                    concurrency,
                    progress,
                )
                .await?;
        } else {
            let mut groups: Vec<Group> = Vec::new();
            let mut group_of: std::collections::HashMap<&str, usize> =
                std::collections::HashMap::new();
            for index in (0..blocks).filter(|i| !kept[*i]) {
                let hash = hashmap.hashes[index].as_str();
                match group_of.get(hash) {
                    Some(g) => groups[*g].positions.push(index),
                    None => {
                        group_of.insert(hash, groups.len());
                        groups.push(Group {
                            hash: hash.to_ascii_lowercase(),
                            positions: vec![index],
                        });
                    }
                }
            }
            report.blocks_fetched = groups.len();
            futures_util::stream::iter(groups)
                .map(|group| {
                    let fetch = &fetch;
                    let file = Arc::clone(&file);
                    async move {
                        let first = group.positions[0];
                        let data = fetch.get_block(first, &group.hash).await?;
                        let path = partial.to_path_buf();
                        let positions = group.positions;
                        let written = tokio::task::spawn_blocking(move || {
                            let mut written = 0;
                            for index in positions {
                                let (offset, length) = block_range(block_size, size, index);
                                let length = length as usize;
                                if data.len() >= length {
                                    write_at(&file, &path, &data[..length], offset)?;
                                } else {
                                    let mut padded = data.to_vec();
                                    padded.resize(length, 0);
                                    write_at(&file, &path, &padded, offset)?;
                                }
                                written += length as u64;
                            }
                            Ok::<u64, TransferError>(written)
                        })
                        .await
                        .map_err(TransferError::worker)??;
                        progress.advance(Phase::Transfer, written);
                        Ok::<(), TransferError>(())
                    }
                })
                .buffer_unordered(concurrency)
                .try_collect::<()>()
                .await?;
        }
        progress.finish(Phase::Transfer);
        make_durable(&file, partial, size).await?;
        report.info = info;
        Ok(report)
    }

    /// Range downloads: each window's part of each block, written at its
    /// true offset; whole blocks are verified.
    #[allow(clippy::too_many_arguments)]
    async fn fetch_windows(
        &self,
        fetch: &Fetch<'_>,
        windows: &[(u64, u64)],
        hashes: &[String],
        file: &Arc<std::fs::File>,
        partial: &Path,
        concurrency: usize,
        progress: &Progress,
    ) -> Result<usize, TransferError> {
        let mut pieces = Vec::new();
        for &(start, end) in windows {
            let mut at = start;
            while at < end {
                let index = (at / fetch.block_size) as usize;
                let (offset, length) = block_range(fetch.block_size, fetch.size, index);
                let stop = end.min(offset + length);
                pieces.push((index, at, stop, at == offset && stop == offset + length));
                at = stop;
            }
        }
        let count = pieces.len();
        futures_util::stream::iter(pieces)
            .map(|(index, start, end, whole)| {
                let file = Arc::clone(file);
                async move {
                    let data = if whole {
                        fetch.get_block(index, &hashes[index]).await?
                    } else {
                        fetch.get_range(start, end).await?
                    };
                    let path = partial.to_path_buf();
                    let len = data.len() as u64;
                    tokio::task::spawn_blocking(move || write_at(&file, &path, &data, start))
                        .await
                        .map_err(TransferError::worker)??;
                    progress.advance(Phase::Transfer, len);
                    Ok::<(), TransferError>(())
                }
            })
            .buffer_unordered(concurrency)
            .try_collect::<()>()
            .await?;
        Ok(count)
    }

    /// Streamed GETs (no hashmap): the whole object in one GET, or one GET
    /// per selected range, written at its offset into the temporary file.
    pub(crate) async fn download_streamed(
        &self,
        container: &str,
        object: &str,
        partial: &Path,
        options: &DownloadOptions,
    ) -> Result<DownloadReport, TransferError> {
        use tokio::io::{AsyncSeekExt, AsyncWriteExt};
        let version = options.version.as_deref();
        let mut file = tokio::fs::File::create(partial)
            .await
            .map_err(|e| TransferError::local(partial, e))?;
        let (windows, size) = match &options.range {
            Some(ranges) => {
                let info = self.get_object_info(container, object, version).await?;
                let size = info.bytes.unwrap_or(0);
                file.set_len(size)
                    .await
                    .map_err(|e| TransferError::local(partial, e))?;
                let windows = normalize_ranges(ranges, size);
                let total = windows.iter().map(|(a, b)| b - a).sum();
                options.progress.start(Phase::Transfer, total);
                (windows.into_iter().map(Some).collect(), Some(size))
            }
            None => (vec![None], None),
        };
        let mut written = 0u64;
        for window in windows {
            let response = self
                .streamed_get(container, object, version, &options.conditions, window)
                .await?;
            let expected = ObjectInfo::from_headers(response.headers()).bytes;
            if window.is_none() {
                options
                    .progress
                    .start(Phase::Transfer, expected.unwrap_or(0));
            }
            if let Some((start, _)) = window {
                file.seek(std::io::SeekFrom::Start(start))
                    .await
                    .map_err(|e| TransferError::local(partial, e))?;
            }
            let mut body = response.into_body();
            let mut got = 0u64;
            while let Some(frame) = http_body_util_frame(&mut body).await {
                let chunk = frame
                    .map_err(|e| TransferError::Api(Error::decode(format!("GET {object}"), e)))?;
                file.write_all(&chunk)
                    .await
                    .map_err(|e| TransferError::local(partial, e))?;
                got += chunk.len() as u64;
                options
                    .progress
                    .advance(Phase::Transfer, chunk.len() as u64);
            }
            if let Some(n) = expected.filter(|n| *n != got) {
                return Err(TransferError::Api(Error::decode(
                    format!("GET {object}"),
                    format!("the body ended after {got} of {n} bytes; download it again"),
                )));
            }
            written += got;
        }
        file.sync_all()
            .await
            .map_err(|e| TransferError::local(partial, e))?;
        options.progress.finish(Phase::Transfer);
        Ok(DownloadReport {
            bytes: size.unwrap_or(written),
            streamed: true,
            ..DownloadReport::default()
        })
    }

    /// One GET of the object's data (`window` = `[start, end)` as a Range),
    /// with the caller's conditions; 304/412 become condition errors.
    pub(crate) async fn streamed_get(
        &self,
        container: &str,
        object: &str,
        version: Option<&str>,
        conditions: &Conditions,
        window: Option<(u64, u64)>,
    ) -> Result<http::Response<Body>, TransferError> {
        let query: Vec<(&str, Option<String>)> = version
            .map(|v| ("version", Some(v.to_owned())))
            .into_iter()
            .collect();
        let uri = self.object_uri(container, object, &query)?;
        let mut builder = conditions.apply(http::Request::get(uri));
        if let Some((start, end)) = window {
            builder = builder.header("range", format!("bytes={}-{}", start, end - 1));
        }
        let req = builder
            .body(Body::empty())
            .map_err(|e| Error::config(e.to_string(), "check the names"))?;
        self.transport
            .send_checked(req)
            .await
            .map_err(|e| condition_error(e, object))
    }
}

/// The next data chunk of a body, skipping trailers.
pub(crate) async fn http_body_util_frame(
    body: &mut Body,
) -> Option<Result<Bytes, cloud_core::body::BoxError>> {
    use http_body::Body as _;
    loop {
        let frame =
            std::future::poll_fn(|cx| std::pin::Pin::new(&mut *body).poll_frame(cx)).await?;
        match frame {
            Ok(frame) => {
                if let Ok(data) = frame.into_data() {
                    return Some(Ok(data));
                }
            }
            Err(e) => return Some(Err(e)),
        }
    }
}

/// 304 and 412 on the hashmap become a clean condition error (kamaki crashed).
pub(crate) fn condition_error(error: Error, object: &str) -> TransferError {
    match error.kind() {
        Some(ErrorKind::NotModified) => TransferError::Condition {
            object: object.to_owned(),
            reason: "not modified since the given condition",
        },
        Some(ErrorKind::PreconditionFailed) => TransferError::Condition {
            object: object.to_owned(),
            reason: "the precondition (If-Match / If-Unmodified-Since) failed",
        },
        _ => TransferError::Api(error),
    }
}

pub(crate) async fn open_partial(
    partial: &Path,
    keep: bool,
) -> Result<std::fs::File, TransferError> {
    let path = partial.to_path_buf();
    tokio::task::spawn_blocking(move || {
        std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(!keep)
            .open(&path)
            .map_err(|e| TransferError::local(&path, e))
    })
    .await
    .map_err(TransferError::worker)?
}

/// Hashes the local blocks of `source` on blocking threads and marks those
/// matching the hashmap; with `copy`, matching blocks are written into the
/// temporary file (seeding it from an older target).
async fn check_local(
    source: &Path,
    copy: bool,
    file: Arc<std::fs::File>,
    partial: &Path,
    hashmap: &Hashmap,
    algorithm: HashAlgorithm,
    progress: &Progress,
) -> Result<Vec<bool>, TransferError> {
    let size = hashmap.bytes;
    let block_size = hashmap.block_size;
    let blocks = block_count(block_size, size);
    let local_len = tokio::fs::metadata(source)
        .await
        .map(|m| m.len())
        .unwrap_or(0);
    let candidates: Vec<usize> = (0..blocks)
        .filter(|i| {
            let (offset, length) = block_range(block_size, size, *i);
            offset + length <= local_len
        })
        .collect();
    let total: u64 = candidates
        .iter()
        .map(|i| block_range(block_size, size, *i).1)
        .sum();
    progress.start(Phase::Hashing, total);
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(1, 8);
    let candidates = Arc::new(candidates);
    let hashes: Arc<Vec<String>> = Arc::new(
        hashmap
            .hashes
            .iter()
            .map(|h| h.to_ascii_lowercase())
            .collect(),
    );
    let mut tasks = Vec::new();
    for worker in 0..workers {
        let candidates = Arc::clone(&candidates);
        let hashes = Arc::clone(&hashes);
        let source = source.to_path_buf();
        let partial = partial.to_path_buf();
        let file = Arc::clone(&file);
        let progress = progress.clone();
        tasks.push(tokio::task::spawn_blocking(
            move || -> Result<Vec<usize>, TransferError> {
                let reader = if copy {
                    std::fs::File::open(&source).map_err(|e| TransferError::local(&source, e))?
                } else {
                    file.try_clone()
                        .map_err(|e| TransferError::local(&partial, e))?
                };
                let mut buffer = Vec::new();
                let mut good = Vec::new();
                for index in candidates.iter().skip(worker).step_by(workers) {
                    let (offset, length) = block_range(block_size, size, *index);
                    hashing::read_block(&reader, &source, offset, length as usize, &mut buffer)?;
                    let hash = hashing::hex(&hashing::block_hash(algorithm, &buffer));
                    if hash == hashes[*index] {
                        if copy {
                            write_at(&file, &partial, &buffer, offset)?;
                        }
                        good.push(*index);
                    }
                    progress.advance(Phase::Hashing, length);
                }
                Ok(good)
            },
        ));
    }
    let mut kept = vec![false; blocks];
    for task in tasks {
        for index in task.await.map_err(TransferError::worker)?? {
            kept[index] = true;
        }
    }
    progress.finish(Phase::Hashing);
    Ok(kept)
}

/// Cuts the temporary file to the object's `size` (a longer old file may
/// have been there) and makes its data durable before it takes its name.
pub(crate) async fn make_durable(
    file: &Arc<std::fs::File>,
    partial: &Path,
    size: u64,
) -> Result<(), TransferError> {
    let (file, path) = (Arc::clone(file), partial.to_path_buf());
    tokio::task::spawn_blocking(move || {
        file.set_len(size)
            .and_then(|()| file.sync_all())
            .map_err(|e| TransferError::local(&path, e))
    })
    .await
    .map_err(TransferError::worker)?
}

/// Renames the finished temporary file onto the target and syncs the directory.
pub(crate) async fn finish_file(partial: &Path, target: &Path) -> Result<(), TransferError> {
    let partial = partial.to_path_buf();
    let target = target.to_path_buf();
    tokio::task::spawn_blocking(move || {
        std::fs::rename(&partial, &target).map_err(|e| TransferError::local(&target, e))?;
        #[cfg(unix)]
        if let Some(dir) = target.parent() {
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            if let Ok(d) = std::fs::File::open(dir) {
                let _ = d.sync_all();
            }
        }
        Ok(())
    })
    .await
    .map_err(TransferError::worker)?
}
