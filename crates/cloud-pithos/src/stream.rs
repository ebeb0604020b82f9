//! Streams: `cat` an object to any writer, and upload from a reader of
//! unknown length.
//!
//! `cat_object` fetches the hashmap once, then the blocks (or the parts of
//! blocks a range selects) `concurrency` at a time, and writes them **in
//! order** — every block position is written, so repeated blocks come out
//! right (kamaki's `download_to_string` lost them). Whole blocks are
//! verified against the hashmap. Manifest objects are streamed with one GET.
//!
//! `upload_from_reader` reads B bytes at a time, hashes each block on a
//! blocking thread and POSTs it (at most `concurrency` in flight), then PUTs
//! the hashmap. The server's answer to the final PUT is checked as for files.

use bytes::{BufMut, Bytes, BytesMut};
use cloud_core::Error;
use futures_util::StreamExt;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

use crate::client::{Conditions, PithosClient};
use crate::download::{ByteRange, condition_error, http_body_util_frame, normalize_ranges};
use crate::error::TransferError;
use crate::hashing::{self, HashAlgorithm, LocalHashmap, block_count, block_range};
use crate::progress::Phase;
use crate::upload::{Source, UploadOptions, UploadReport};

/// How to `cat` an object.
///
/// ```
/// let o = cloud_pithos::stream::CatOptions::default();
/// assert_eq!(o.concurrency, 4);
/// ```
#[derive(Debug, Clone)]
pub struct CatOptions {
    /// Blocks fetched ahead of the writer (kamaki's `--buffer-blocks`, ≥ 1).
    pub concurrency: usize,
    /// Only these byte ranges, streamed in order.
    pub range: Option<Vec<ByteRange>>,
    /// Read this version.
    pub version: Option<String>,
    /// `If-*` conditions, checked on the hashmap request.
    pub conditions: Conditions,
}

impl Default for CatOptions {
    fn default() -> Self {
        CatOptions {
            concurrency: 4,
            range: None,
            version: None,
            conditions: Conditions::default(),
        }
    }
}

impl PithosClient {
    /// Streams an object (or its selected ranges) to `writer`; returns the
    /// bytes written. Memory: about `concurrency` blocks.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let mut stdout = tokio::io::stdout();
    /// client.cat_object("logs", "today.log", &mut stdout, &Default::default()).await?;
    /// # Ok(()) }
    /// ```
    pub async fn cat_object<W: AsyncWrite + Unpin>(
        &self,
        container: &str,
        object: &str,
        writer: &mut W,
        options: &CatOptions,
    ) -> Result<u64, TransferError> {
        if self.swift_here(container).await {
            return self.swift_cat(container, object, writer, options).await;
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
        let algorithm = HashAlgorithm::from_name(&hashmap.block_hash);
        let algorithm = match algorithm {
            Some(a) if info.manifest.is_none() && hashmap.block_size > 0 => a,
            _ => return self.cat_streamed(container, object, writer, options).await,
        };
        let size = hashmap.bytes;
        let block_size = hashmap.block_size;
        let blocks = block_count(block_size, size);
        let windows = match &options.range {
            Some(r) => normalize_ranges(r, size),
            None if size > 0 => vec![(0, size)],
            None => Vec::new(),
        };
        let mut pieces = Vec::new();
        for (start, end) in windows {
            let mut at = start;
            while at < end {
                let index = (at / block_size) as usize;
                let (offset, length) = block_range(block_size, size, index);
                let stop = end.min(offset + length);
                pieces.push((index, at, stop, at == offset && stop == offset + length));
                at = stop;
            }
        }
        let etag = info.etag.clone();
        let version = options.version.clone();
        let hashes = &hashmap.hashes;
        let mut fetched = futures_util::stream::iter(pieces)
            .map(|(index, start, end, whole)| {
                let etag = etag.clone();
                let version = version.clone();
                async move {
                    let data = self
                        .range_bytes(
                            container,
                            object,
                            version.as_deref(),
                            etag.as_deref(),
                            start,
                            end,
                        )
                        .await?;
                    if whole {
                        let expected = hashes.get(index).cloned().unwrap_or_default();
                        let check = data.clone();
                        let actual = tokio::task::spawn_blocking(move || {
                            hashing::hex(&hashing::block_hash(algorithm, &check))
                        })
                        .await
                        .map_err(TransferError::worker)?;
                        if !actual.eq_ignore_ascii_case(&expected) && index + 1 != blocks {
                            return Err(TransferError::BlockMismatch {
                                object: object.to_owned(),
                                index,
                                expected,
                                actual,
                            });
                        }
                    }
                    Ok::<Bytes, TransferError>(data)
                }
            })
            .buffered(options.concurrency.max(1));
        let mut written = 0u64;
        while let Some(data) = fetched.next().await {
            let data = data?;
            writer
                .write_all(&data)
                .await
                .map_err(|e| TransferError::local(std::path::Path::new("<output>"), e))?;
            written += data.len() as u64;
        }
        writer
            .flush()
            .await
            .map_err(|e| TransferError::local(std::path::Path::new("<output>"), e))?;
        Ok(written)
    }

    /// The whole object (or its selected ranges) in memory, every block
    /// position in order and verified (kamaki's `download_to_string`, which
    /// lost repeated blocks). Use [`PithosClient::cat_object`] or
    /// [`PithosClient::download_object`] for large objects.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let text = client.download_to_string("notes", "hello.txt", &Default::default()).await?;
    /// println!("{}", String::from_utf8_lossy(&text));
    /// # Ok(()) }
    /// ```
    pub async fn download_to_string(
        &self,
        container: &str,
        object: &str,
        options: &CatOptions,
    ) -> Result<Vec<u8>, TransferError> {
        let mut out = Vec::new();
        self.cat_object(container, object, &mut out, options)
            .await?;
        Ok(out)
    }

    async fn cat_streamed<W: AsyncWrite + Unpin>(
        &self,
        container: &str,
        object: &str,
        writer: &mut W,
        options: &CatOptions,
    ) -> Result<u64, TransferError> {
        let version = options.version.as_deref();
        let windows: Vec<Option<(u64, u64)>> = match &options.range {
            Some(ranges) => {
                let size = self
                    .get_object_info(container, object, version)
                    .await?
                    .bytes
                    .unwrap_or(0);
                normalize_ranges(ranges, size)
                    .into_iter()
                    .map(Some)
                    .collect()
            }
            None => vec![None],
        };
        let mut written = 0u64;
        for window in windows {
            let response = self
                .streamed_get(container, object, version, &options.conditions, window)
                .await?;
            let mut body = response.into_body();
            while let Some(chunk) = http_body_util_frame(&mut body).await {
                let chunk = chunk
                    .map_err(|e| TransferError::Api(Error::decode(format!("GET {object}"), e)))?;
                writer
                    .write_all(&chunk)
                    .await
                    .map_err(|e| TransferError::local(std::path::Path::new("<output>"), e))?;
                written += chunk.len() as u64;
            }
        }
        writer
            .flush()
            .await
            .map_err(|e| TransferError::local(std::path::Path::new("<output>"), e))?;
        Ok(written)
    }

    /// Uploads everything `reader` yields (length unknown beforehand): every
    /// block is POSTed as it is read, then the hashmap is PUT.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let mut stdin = tokio::io::stdin();
    /// let report = client.upload_from_reader("backups", "db.dump", &mut stdin, &Default::default()).await?;
    /// println!("{} bytes, top hash {}", report.bytes, report.top_hash);
    /// # Ok(()) }
    /// ```
    pub async fn upload_from_reader<R: AsyncRead + Unpin>(
        &self,
        container: &str,
        object: &str,
        reader: &mut R,
        options: &UploadOptions,
    ) -> Result<UploadReport, TransferError> {
        let params = match options.block_params {
            Some(p) => p,
            None => match self.backend(container).await? {
                crate::swift::Backend::Pithos(p) => p,
                crate::swift::Backend::Swift => {
                    return self
                        .swift_upload_reader(container, object, reader, options)
                        .await;
                }
            },
        };
        let block_size = usize::try_from(params.block_size).unwrap_or(usize::MAX);
        let concurrency = options.concurrency.max(1);
        let progress = &options.progress;
        progress.start(Phase::Hashing, 0);
        progress.start(Phase::Transfer, 0);
        let mut hashes: Vec<Vec<u8>> = Vec::new();
        let mut total = 0u64;
        let mut in_flight = futures_util::stream::FuturesUnordered::new();
        let mut sent = 0usize;
        let mut eof = false;
        while !eof {
            let mut block = BytesMut::with_capacity(block_size.min(64 << 20));
            while block.len() < block_size {
                let room = block_size - block.len();
                let n = reader
                    .read_buf(&mut (&mut block).limit(room))
                    .await
                    .map_err(|e| TransferError::local(std::path::Path::new("<input>"), e))?;
                if n == 0 {
                    eof = true;
                    break;
                }
            }
            if block.is_empty() {
                break;
            }
            let data = block.freeze();
            total += data.len() as u64;
            let algorithm = params.algorithm;
            let copy = data.clone();
            let hash = tokio::task::spawn_blocking(move || hashing::block_hash(algorithm, &copy))
                .await
                .map_err(TransferError::worker)?;
            progress.advance(Phase::Hashing, data.len() as u64);
            let expected = hashing::hex(&hash);
            hashes.push(hash);
            let len = data.len() as u64;
            in_flight.push(async move {
                self.post_block(container, object, data, &expected).await?;
                progress.advance(Phase::Transfer, len);
                Ok::<(), TransferError>(())
            });
            sent += 1;
            while in_flight.len() >= concurrency {
                if let Some(done) = in_flight.next().await {
                    done?;
                }
            }
            if eof {
                break;
            }
        }
        while let Some(done) = in_flight.next().await {
            done?;
        }
        drop(in_flight);
        progress.finish(Phase::Hashing);
        let local = LocalHashmap {
            algorithm: params.algorithm,
            block_size: params.block_size,
            bytes: total,
            hashes,
        };
        let mut report = self
            .upload_hashmap(container, object, &local, &Source::Gone, options)
            .await?;
        report.blocks_sent = sent;
        report.bytes_sent = total;
        Ok(report)
    }
}
