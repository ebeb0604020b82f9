//! Swift-mode downloads: concurrent ranged GETs written at their offsets,
//! MD5 verified in order (the whole object against its `ETag`, or each
//! segment of a Static Large Object against its manifest).
//!
//! The ranges are fetched `concurrency` at a time but handed on in order to
//! one blocking thread, which hashes each piece while it is in the CPU's
//! cache and writes it into the temporary file; memory stays at about
//! `concurrency + 2` ranges of [`PART`] bytes. The segments of a Static
//! Large Object are read from the segment objects themselves, not through
//! the manifest (which costs the proxy a second MD5); when there are many,
//! they are fetched and hashed side by side in AVX-512 lanes instead (see
//! [`super::download_rows`]). Whole aligned blocks are written past the page
//! cache where the file system allows it (see `direct.rs`).

use std::path::Path;
use std::sync::Arc;

use bytes::Bytes;
use cloud_core::{Body, Error, ErrorKind};
use futures_util::StreamExt;
use http::{Method, StatusCode};
use md5::Digest as _;
use tokio::io::{AsyncWrite, AsyncWriteExt};

use super::body::{lanes_pay, md5_of_ranges};
use super::download_rows::RowTarget;
use super::manifest::split_path;
use super::upload::is_slo;
use crate::client::{Conditions, PithosClient, request};
use crate::direct::{Sink, StretchWriter};
use crate::download::{
    Cleanup, DownloadOptions, DownloadReport, condition_error, finish_file, http_body_util_frame,
    make_durable, open_partial, partial_path, write_at,
};
use crate::encoding::header_value;
use crate::error::TransferError;
use crate::models::ObjectInfo;
use crate::progress::{Phase, Progress};
use crate::stream::CatOptions;
use crate::upload::{BLOCK_ATTEMPTS, pause, transient};

/// Bytes per ranged GET.
///
/// ```
/// assert_eq!(cloud_pithos::swift::download::PART, 8 << 20);
/// ```
pub const PART: u64 = 8 << 20;

/// A stretch of the object with the MD5 it must have (`None`: unchecked).
#[derive(Debug, Clone)]
pub(crate) struct Check {
    pub(crate) offset: u64,
    pub(crate) length: u64,
    pub(crate) md5: Option<String>,
    /// The segment object that holds the stretch, read directly when known.
    pub(crate) segment: Option<http::Uri>,
}

/// Where the bytes of a stretch are asked for.
#[derive(Debug, Clone)]
pub(crate) struct Origin {
    /// What to GET.
    pub(crate) uri: http::Uri,
    /// Its `ETag`, sent as `If-Match`.
    pub(crate) etag: Option<String>,
    /// Where its data starts in the object.
    pub(crate) base: u64,
}

impl Check {
    /// Where this stretch is read: its segment object when it has one, else
    /// the object at `uri` (with `etag`).
    ///
    /// A segment is read directly because a ranged GET of a Static Large
    /// Object costs the proxy more: it reads the manifest again for each
    /// request and hashes every whole segment it sends (measured: 0.84 s of
    /// server CPU for a 64 MiB segment through the manifest, 0.49 s
    /// directly). The segment's MD5 is its `ETag`, so `If-Match` still
    /// guards against a change.
    pub(crate) fn origin(&self, uri: &http::Uri, etag: Option<&str>) -> Origin {
        match &self.segment {
            Some(segment) => Origin {
                uri: segment.clone(),
                etag: self.md5.clone(),
                base: self.offset,
            },
            None => Origin {
                uri: uri.clone(),
                etag: etag.map(str::to_owned),
                base: 0,
            },
        }
    }
}

/// Hashes data fed in order and compares each stretch with its MD5.
pub(crate) struct Verifier {
    object: String,
    checks: Vec<(usize, Check)>,
    at: usize,
    filled: u64,
    md5: md5::Md5,
    segmented: bool,
    removed: bool,
}

impl Verifier {
    /// A verifier of `checks` (index in the object, stretch), in order.
    pub(crate) fn new(
        object: &str,
        checks: Vec<(usize, Check)>,
        segmented: bool,
        removed: bool,
    ) -> Self {
        Verifier {
            object: object.to_owned(),
            checks,
            at: 0,
            filled: 0,
            md5: md5::Md5::new(),
            segmented,
            removed,
        }
    }

    /// Closes empty stretches at the current position.
    fn close_empty(&mut self) -> Result<(), TransferError> {
        while self.at < self.checks.len() && self.checks[self.at].1.length == self.filled {
            self.close()?;
        }
        Ok(())
    }

    fn close(&mut self) -> Result<(), TransferError> {
        let digest = crate::hashing::hex(&std::mem::take(&mut self.md5).finalize());
        let (index, check) = &self.checks[self.at];
        if let Some(expected) = &check.md5
            && !expected.eq_ignore_ascii_case(&digest)
        {
            return Err(TransferError::ChecksumMismatch {
                object: self.object.clone(),
                what: if self.segmented {
                    format!("segment {index}")
                } else {
                    "the download".to_owned()
                },
                expected: expected.clone(),
                actual: digest,
                removed: self.removed,
            });
        }
        self.at += 1;
        self.filled = 0;
        Ok(())
    }

    /// Hashes the next bytes of the data.
    pub(crate) fn feed(&mut self, mut data: &[u8]) -> Result<(), TransferError> {
        self.close_empty()?;
        while !data.is_empty() {
            let Some((_, check)) = self.checks.get(self.at) else {
                return Err(TransferError::Invalid(format!(
                    "{} sent more data than its size; download it again",
                    self.object
                )));
            };
            let room = check.length - self.filled;
            let take = usize::try_from(room).unwrap_or(usize::MAX).min(data.len());
            if check.md5.is_some() {
                self.md5.update(&data[..take]);
            }
            self.filled += take as u64;
            data = &data[take..];
            self.close_empty()?;
        }
        Ok(())
    }

    /// Ends the data: every stretch must be complete.
    pub(crate) fn finish(mut self) -> Result<(), TransferError> {
        self.close_empty()?;
        if self.at < self.checks.len() {
            return Err(TransferError::Invalid(format!(
                "{} ended early; download it again",
                self.object
            )));
        }
        Ok(())
    }
}

/// One range of the object to fetch, and where.
struct Part {
    start: u64,
    end: u64,
    origin: Origin,
}

impl PithosClient {
    /// The stretches of an object and their MD5s: one for a plain object,
    /// one per segment for a Static Large Object with ordinary segments,
    /// none checked for other manifests.
    async fn checks_of(
        &self,
        container: &str,
        object: &str,
        info: &ObjectInfo,
    ) -> Result<(Vec<Check>, bool), TransferError> {
        let size = info.bytes.unwrap_or(0);
        let whole = |md5: Option<String>| {
            vec![Check {
                offset: 0,
                length: size,
                md5,
                segment: None,
            }]
        };
        if is_slo(info) {
            let manifest = self.get_slo_manifest(container, object).await?;
            let total: u64 = manifest.iter().map(|e| e.bytes).sum();
            if total == size && manifest.iter().all(|e| e.is_plain()) {
                let mut at = 0;
                let checks = manifest
                    .iter()
                    .map(|e| {
                        let segment =
                            split_path(&e.name).and_then(|(c, o)| self.object_uri(c, o, &[]).ok());
                        let check = Check {
                            offset: at,
                            length: e.bytes,
                            md5: Some(e.hash.clone()),
                            segment,
                        };
                        at += e.bytes;
                        check
                    })
                    .collect();
                return Ok((checks, true));
            }
            tracing::warn!(
                object,
                "nested or ranged segments: the download is not checked by MD5"
            );
            return Ok((whole(None), true));
        }
        if info.manifest.is_some() {
            tracing::warn!(
                object,
                "a Dynamic Large Object has no MD5 of its data: the download is not checked"
            );
            return Ok((whole(None), false));
        }
        Ok((whole(info.etag.clone()), false))
    }

    /// Swift mode of `download_object`.
    pub(crate) async fn swift_download(
        &self,
        container: &str,
        object: &str,
        target: &Path,
        options: &DownloadOptions,
    ) -> Result<DownloadReport, TransferError> {
        if options.version.is_some() {
            return Err(super::objects::pithos_only_transfer(
                "downloading an old version",
                container,
            ));
        }
        let uri = self.object_uri(container, object, &[])?;
        let headers = self
            .head_headers(uri.clone(), &options.conditions)
            .await
            .map_err(|e| condition_error(e, object))?;
        let info = ObjectInfo::from_headers(&headers);
        let size = info.bytes.unwrap_or(0);
        let partial = partial_path(target);
        let mut cleanup = Cleanup {
            path: (!options.resume).then(|| partial.clone()),
        };
        if options.range.is_some() {
            let mut report = self
                .download_streamed(container, object, &partial, options)
                .await?;
            report.info = info;
            finish_file(&partial, target).await?;
            cleanup.path = None;
            return Ok(report);
        }
        let (checks, segmented) = self.checks_of(container, object, &info).await?;
        let mut report = DownloadReport {
            bytes: size,
            blocks: checks.len(),
            ..DownloadReport::default()
        };
        let progress = &options.progress;

        // Resume: keep the stretches whose local MD5 matches.
        let had_partial = options.resume && tokio::fs::try_exists(&partial).await.unwrap_or(false);
        let mut kept = vec![false; checks.len()];
        if options.resume {
            let source = if had_partial {
                Some(partial.clone())
            } else if tokio::fs::try_exists(target).await.unwrap_or(false) {
                Some(target.to_path_buf())
            } else {
                None
            };
            if let Some(source) = source {
                kept = local_matches(&source, &checks, progress).await?;
                if !had_partial && kept.iter().all(|k| *k) && local_len(target).await == size {
                    // The target is the object already.
                    report.blocks_kept = checks.len();
                    progress.start(Phase::Transfer, size);
                    progress.advance(Phase::Transfer, size);
                    progress.finish(Phase::Transfer);
                    report.info = info;
                    return Ok(report);
                }
                if !had_partial {
                    copy_ranges(target, &partial, &checks, &kept).await?;
                }
            }
        }
        report.blocks_kept = kept.iter().filter(|k| **k).count();
        let file = Arc::new(open_partial(&partial, options.resume).await?);
        let todo: Vec<(usize, Check)> = checks
            .iter()
            .cloned()
            .enumerate()
            .filter(|(i, _)| !kept[*i])
            .collect();
        report.blocks_fetched = todo.len();
        progress.start(Phase::Transfer, size);
        let kept_bytes: u64 = checks
            .iter()
            .zip(&kept)
            .filter(|(_, k)| **k)
            .map(|(c, _)| c.length)
            .sum();
        progress.advance(Phase::Transfer, kept_bytes);

        // Many segments: fetched side by side and hashed together in lanes
        // (see `download_rows`).
        let concurrency = options.concurrency.max(1);
        let in_rows = segmented
            && lanes_pay(concurrency.min(todo.len()))
            && todo.iter().all(|(_, c)| c.md5.is_some());
        if in_rows {
            let target = RowTarget {
                uri: &uri,
                object,
                etag: info.etag.as_deref(),
                file: &file,
                path: &partial,
                removed: !options.resume,
            };
            self.download_segment_rows(&target, &todo, concurrency, progress)
                .await?;
        } else {
            self.download_in_order(
                &uri, object, &info, &file, &partial, todo, segmented, options,
            )
            .await?;
        }
        progress.finish(Phase::Transfer);
        make_durable(&file, &partial, size).await?;
        finish_file(&partial, target).await?;
        cleanup.path = None;
        report.info = info;
        Ok(report)
    }

    /// The ranged GETs of `todo` ([`PART`] bytes each, `concurrency` at a
    /// time), handed on in order to one thread that hashes and writes them.
    #[allow(clippy::too_many_arguments)]
    async fn download_in_order(
        &self,
        uri: &http::Uri,
        object: &str,
        info: &ObjectInfo,
        file: &Arc<std::fs::File>,
        partial: &Path,
        todo: Vec<(usize, Check)>,
        segmented: bool,
        options: &DownloadOptions,
    ) -> Result<(), TransferError> {
        let mut parts = Vec::new();
        for (_, check) in &todo {
            let origin = check.origin(uri, info.etag.as_deref());
            let mut at = check.offset;
            let end = check.offset + check.length;
            while at < end {
                let stop = end.min(at + PART);
                parts.push(Part {
                    start: at,
                    end: stop,
                    origin: origin.clone(),
                });
                at = stop;
            }
        }
        let (sender, mut receiver) = tokio::sync::mpsc::channel::<(u64, Vec<Bytes>)>(2);
        let verifier = Verifier::new(object, todo, segmented, !options.resume);
        let writer_file = Arc::clone(file);
        let writer_path = partial.to_path_buf();
        let writer = tokio::task::spawn_blocking(move || -> Result<(), TransferError> {
            let mut verifier = verifier;
            let sink = Sink::open(&writer_file, &writer_path);
            let mut stretch: Option<StretchWriter> = None;
            while let Some((offset, frames)) = receiver.blocking_recv() {
                let mut writer = match stretch.take() {
                    Some(writer) if writer.position() == offset => writer,
                    Some(writer) => StretchWriter::new(offset, writer.finish(&sink)?),
                    None => StretchWriter::new(offset, Vec::new()),
                };
                for frame in frames {
                    verifier.feed(&frame)?;
                    writer.push(&sink, &frame)?;
                }
                stretch = Some(writer);
            }
            if let Some(writer) = stretch {
                writer.finish(&sink)?;
            }
            verifier.finish()
        });
        let concurrency = options.concurrency.max(1);
        let progress = &options.progress;
        let mut fetched = futures_util::stream::iter(parts)
            .map(|part| async move {
                let frames = self
                    .fetch_range(&part.origin, object, part.start, part.end, progress)
                    .await?;
                Ok::<_, TransferError>((part.start, frames))
            })
            .buffered(concurrency);
        let mut failure = None;
        while let Some(item) = fetched.next().await {
            match item {
                Ok(piece) => {
                    if sender.send(piece).await.is_err() {
                        break;
                    }
                }
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            }
        }
        drop(fetched);
        drop(sender);
        let written = writer.await.map_err(TransferError::worker)?;
        if let Some(e) = failure {
            return Err(e);
        }
        written
    }

    /// GETs `[start, end)` of the object from `origin` with `If-Match`, as
    /// the frames that arrived (no copy); retries transient failures and
    /// short bodies.
    async fn fetch_range(
        &self,
        origin: &Origin,
        object: &str,
        start: u64,
        end: u64,
        progress: &Progress,
    ) -> Result<Vec<Bytes>, TransferError> {
        let uri = &origin.uri;
        let range = format!("bytes={}-{}", start - origin.base, end - origin.base - 1);
        let mut headers = vec![("range".to_owned(), range)];
        if let Some(etag) = &origin.etag {
            headers.push(("if-match".to_owned(), header_value(etag)));
        }
        let mut attempt = 0;
        loop {
            attempt += 1;
            let req = request(Method::GET, uri.clone(), headers.clone(), Body::empty())?;
            let failure = match self.transport.send_checked(req).await {
                Ok(response) if response.status() == StatusCode::PARTIAL_CONTENT => {
                    let mut body = response.into_body();
                    let mut frames = Vec::with_capacity(64);
                    let mut got = 0u64;
                    let mut broke = None;
                    while let Some(frame) = http_body_util_frame(&mut body).await {
                        match frame {
                            Ok(data) => {
                                got += data.len() as u64;
                                frames.push(data);
                            }
                            Err(e) => {
                                broke = Some(e.to_string());
                                break;
                            }
                        }
                    }
                    if got == end - start && broke.is_none() {
                        progress.advance(Phase::Transfer, got);
                        return Ok(frames);
                    }
                    Error::decode(
                        format!("GET {uri}"),
                        broke.unwrap_or_else(|| {
                            format!("expected {} bytes, got {got}", end - start)
                        }),
                    )
                }
                Ok(response) => Error::decode(
                    format!("GET {uri}"),
                    format!("a range request was answered {}", response.status()),
                ),
                Err(e) if e.kind() == Some(ErrorKind::PreconditionFailed) => {
                    return Err(TransferError::Condition {
                        object: object.to_owned(),
                        reason: "the object changed during the transfer; start it again",
                    });
                }
                Err(e) => e,
            };
            if attempt >= BLOCK_ATTEMPTS || !transient(&failure) {
                return Err(failure.into());
            }
            pause(attempt).await;
        }
    }

    /// Swift mode of `cat_object`: one streamed GET, written in order and
    /// checked by MD5 at the end (per segment for a Static Large Object).
    pub(crate) async fn swift_cat<W: AsyncWrite + Unpin>(
        &self,
        container: &str,
        object: &str,
        writer: &mut W,
        options: &CatOptions,
    ) -> Result<u64, TransferError> {
        if options.version.is_some() {
            return Err(super::objects::pithos_only_transfer(
                "reading an old version",
                container,
            ));
        }
        let output = Path::new("<output>");
        let uri = self.object_uri(container, object, &[])?;
        let headers = self
            .head_headers(uri, &options.conditions)
            .await
            .map_err(|e| condition_error(e, object))?;
        let info = ObjectInfo::from_headers(&headers);
        let windows: Vec<Option<(u64, u64)>> = match &options.range {
            Some(ranges) => crate::download::normalize_ranges(ranges, info.bytes.unwrap_or(0))
                .into_iter()
                .map(Some)
                .collect(),
            None => vec![None],
        };
        // Whole objects are checked on a blocking thread fed in order.
        let (hash_tx, hasher) = if options.range.is_none() {
            let (checks, segmented) = self.checks_of(container, object, &info).await?;
            let mut verifier = Verifier::new(
                object,
                checks.into_iter().enumerate().collect(),
                segmented,
                false,
            );
            let (tx, mut rx) = tokio::sync::mpsc::channel::<Bytes>(16);
            let task = tokio::task::spawn_blocking(move || {
                while let Some(chunk) = rx.blocking_recv() {
                    verifier.feed(&chunk)?;
                }
                verifier.finish()
            });
            (Some(tx), Some(task))
        } else {
            (None, None)
        };
        let conditions = Conditions {
            if_match: info.etag.clone(),
            ..Conditions::default()
        };
        let mut written = 0u64;
        for window in windows {
            let response = self
                .streamed_get(container, object, None, &conditions, window)
                .await?;
            let mut body = response.into_body();
            while let Some(chunk) = http_body_util_frame(&mut body).await {
                let chunk = chunk
                    .map_err(|e| TransferError::Api(Error::decode(format!("GET {object}"), e)))?;
                if let Some(tx) = &hash_tx {
                    // A send fails only when the hasher stopped on a mismatch.
                    if tx.send(chunk.clone()).await.is_err() {
                        break;
                    }
                }
                writer
                    .write_all(&chunk)
                    .await
                    .map_err(|e| TransferError::local(output, e))?;
                written += chunk.len() as u64;
            }
        }
        drop(hash_tx);
        if let Some(task) = hasher {
            task.await.map_err(TransferError::worker)??;
        }
        writer
            .flush()
            .await
            .map_err(|e| TransferError::local(output, e))?;
        Ok(written)
    }
}

/// The size of a local file (0 when it is missing).
async fn local_len(path: &Path) -> u64 {
    tokio::fs::metadata(path)
        .await
        .map(|m| m.len())
        .unwrap_or(0)
}

/// Which stretches the local file at `source` already holds (same MD5).
async fn local_matches(
    source: &Path,
    checks: &[Check],
    progress: &Progress,
) -> Result<Vec<bool>, TransferError> {
    let len = local_len(source).await;
    let candidates: Vec<usize> = (0..checks.len())
        .filter(|i| checks[*i].md5.is_some() && checks[*i].offset + checks[*i].length <= len)
        .collect();
    let ranges = candidates
        .iter()
        .map(|i| (checks[*i].offset, checks[*i].length))
        .collect();
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2);
    let hashes = md5_of_ranges(source, ranges, workers, progress).await?;
    let mut kept = vec![false; checks.len()];
    for (i, hash) in candidates.into_iter().zip(hashes) {
        kept[i] = checks[i]
            .md5
            .as_deref()
            .is_some_and(|m| m.eq_ignore_ascii_case(&hash));
    }
    Ok(kept)
}

/// Copies the kept stretches of `from` into `to` (seeding the temporary file
/// from an older target).
async fn copy_ranges(
    from: &Path,
    to: &Path,
    checks: &[Check],
    kept: &[bool],
) -> Result<(), TransferError> {
    let ranges: Vec<(u64, u64)> = checks
        .iter()
        .zip(kept)
        .filter(|(_, k)| **k)
        .map(|(c, _)| (c.offset, c.length))
        .collect();
    if ranges.is_empty() {
        return Ok(());
    }
    let (from, to) = (from.to_path_buf(), to.to_path_buf());
    tokio::task::spawn_blocking(move || {
        let source = std::fs::File::open(&from).map_err(|e| TransferError::local(&from, e))?;
        let target = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&to)
            .map_err(|e| TransferError::local(&to, e))?;
        let mut buffer = Vec::new();
        for (offset, length) in ranges {
            let mut at = 0u64;
            while at < length {
                let n = (length - at).min(4 << 20) as usize;
                crate::hashing::read_block(&source, &from, offset + at, n, &mut buffer)?;
                write_at(&target, &to, &buffer, offset + at)?;
                at += n as u64;
            }
        }
        Ok(())
    })
    .await
    .map_err(TransferError::worker)?
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(offset: u64, data: &[u8]) -> Check {
        Check {
            offset,
            length: data.len() as u64,
            md5: Some(super::super::body::md5_hex(data)),
            segment: None,
        }
    }

    #[test]
    fn the_verifier_checks_each_stretch_across_pieces() {
        let checks = vec![
            (0, check(0, b"abc")),
            (1, check(3, b"")),
            (2, check(3, b"defgh")),
        ];
        let mut v = Verifier::new("o", checks.clone(), true, false);
        v.feed(b"ab").unwrap();
        v.feed(b"cde").unwrap();
        v.feed(b"fgh").unwrap();
        v.finish().unwrap();
        let mut bad = Verifier::new("o", checks.clone(), true, false);
        bad.feed(b"abc").unwrap();
        let e = bad.feed(b"defgX").unwrap_err();
        assert!(e.to_string().contains("segment 2"), "{e}");
        let mut short = Verifier::new("o", checks, true, false);
        short.feed(b"abcd").unwrap();
        assert!(short.finish().is_err());
        let empty = Verifier::new("o", vec![(0, check(0, b""))], false, false);
        empty.finish().unwrap();
    }
}
