//! Swift-mode uploads: one streamed PUT checked by MD5, or a Static Large
//! Object for large files; unchanged data is not sent again.

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

use bytes::Bytes;
use cloud_core::{Body, Error, ErrorKind};
use http::Method;
use md5::Digest as _;

use super::body::{ReadEnd, file_range_body, md5_hex, md5_of_ranges};
use super::manifest::{ManifestEntry, ManifestSegment, object_headers, split_path};
use super::segments::{
    DEFAULT_SEGMENT_SIZE, SegmentJob, segment_name, segment_prefix, segment_ranges,
    segment_size_for, segments_container,
};
use crate::client::{PithosClient, request};
use crate::encoding::header_value;
use crate::error::TransferError;
use crate::models::ObjectInfo;
use crate::progress::{Phase, Progress};
use crate::upload::{BLOCK_ATTEMPTS, Source, UploadOptions, UploadReport, pause, transient};

/// True for a Static Large Object manifest (`X-Static-Large-Object: True`).
pub(crate) fn is_slo(info: &ObjectInfo) -> bool {
    info.is_static_large_object()
}

/// `mtime` of a file as python-swiftclient writes it (`X-Object-Meta-Mtime`).
fn mtime_of(metadata: &std::fs::Metadata) -> Option<String> {
    let since = metadata
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Some(format!("{}.{:06}", since.as_secs(), since.subsec_micros()))
}

/// Now, in the same form (segment names of data without a file).
fn now_stamp() -> String {
    let since = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    format!("{}.{:06}", since.as_secs(), since.subsec_micros())
}

/// How many blocking threads hash local ranges at once.
fn hash_workers() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(1, 8)
}

impl PithosClient {
    /// PUTs `range` of `source` as `name` and checks that the server stored
    /// the MD5 of what was sent; returns the reply and that MD5 (hex).
    ///
    /// A file range is streamed and hashed on the way; `known` (the range's
    /// MD5, when already computed) goes as `ETag` instead, so that the server
    /// refuses damaged or changed data itself (422). A reply whose `ETag`
    /// differs from the data sent makes the object be deleted again.
    /// Transient failures are retried.
    #[allow(clippy::too_many_arguments)]
    pub(crate) async fn put_verified(
        &self,
        container: &str,
        name: &str,
        source: &Source,
        (offset, length): (u64, u64),
        headers: Vec<(String, String)>,
        known: Option<&str>,
        progress: &Progress,
    ) -> Result<(ObjectInfo, String), TransferError> {
        let uri = self.object_uri(container, name, &[])?;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut headers = headers.clone();
            headers.push(("content-length".to_owned(), length.to_string()));
            // Bytes this attempt reports as progress (taken back on a retry).
            let mut counted = length;
            let (body, reader, local) = match source {
                Source::File(path, file) => {
                    // A known MD5 goes as `ETag`: the server checks the data
                    // itself, so it need not be hashed again on the way.
                    let (body, reader) = file_range_body(
                        Arc::clone(file),
                        Arc::clone(path),
                        (offset, length),
                        known.is_none(),
                        progress.clone(),
                    );
                    (body, Some(reader), known.map(str::to_owned))
                }
                Source::Memory(data) => {
                    let start = usize::try_from(offset)
                        .unwrap_or(usize::MAX)
                        .min(data.len());
                    let end = start
                        .saturating_add(usize::try_from(length).unwrap_or(usize::MAX))
                        .min(data.len());
                    let slice = data.slice(start..end);
                    let md5 = match known {
                        Some(m) => m.to_owned(),
                        None => {
                            let copy = slice.clone();
                            tokio::task::spawn_blocking(move || md5_hex(&copy))
                                .await
                                .map_err(TransferError::worker)?
                        }
                    };
                    counted = slice.len() as u64;
                    progress.advance(Phase::Transfer, counted);
                    (Body::from(slice), None, Some(md5))
                }
                Source::Gone => {
                    return Err(TransferError::Invalid(
                        "a streamed upload cannot be read again; upload it again".to_owned(),
                    ));
                }
            };
            if let Some(md5) = &local {
                headers.push(("etag".to_owned(), md5.clone()));
            }
            let answer = self
                .send_checked(request(Method::PUT, uri.clone(), headers, body)?)
                .await;
            let read = match reader {
                Some(reader) => Some(reader.await.map_err(TransferError::worker)?),
                None => None,
            };
            let (read_md5, abandoned) = match read {
                Some(ReadEnd::Failed(error)) => return Err(error),
                Some(ReadEnd::Done(md5)) => (md5.map(|m| crate::hashing::hex(&m)), false),
                Some(ReadEnd::Abandoned { counted: read }) => {
                    counted = read;
                    (None, true)
                }
                None => (None, false),
            };
            let response = match answer {
                Err(e) if e.kind() == Some(ErrorKind::Unprocessable) => {
                    return Err(TransferError::ChecksumMismatch {
                        object: name.to_owned(),
                        what: "the data sent".into(),
                        expected: local.unwrap_or_default(),
                        actual: "another value (the server refused it with 422: damaged on the way, or the file changed after it was hashed)".into(),
                        removed: true,
                    });
                }
                Err(e) if attempt < BLOCK_ATTEMPTS && transient(&e) => {
                    progress.retreat(Phase::Transfer, counted);
                    pause(attempt).await;
                    continue;
                }
                Err(e) => return Err(e.into()),
                Ok(_) if abandoned => {
                    return Err(TransferError::Worker(format!(
                        "the upload of {name} stopped reading before its end"
                    )));
                }
                Ok(response) => response,
            };
            let info = ObjectInfo::from_headers(response.headers());
            let sent = read_md5.or(local).unwrap_or_default();
            self.check_stored_md5(container, name, &info, &sent).await?;
            return Ok((info, sent));
        }
    }

    /// Checks that the server stored `sent` (the MD5 of the data sent) as
    /// the `ETag` of `name`; if not, deletes the damaged object and says so.
    pub(crate) async fn check_stored_md5(
        &self,
        container: &str,
        name: &str,
        stored: &ObjectInfo,
        sent: &str,
    ) -> Result<(), TransferError> {
        match stored.etag.as_deref() {
            Some(remote) if !remote.eq_ignore_ascii_case(sent) => {
                let removed = self.del_plain(container, name).await.is_ok();
                Err(TransferError::ChecksumMismatch {
                    object: name.to_owned(),
                    what: "the upload".into(),
                    expected: sent.to_owned(),
                    actual: remote.to_owned(),
                    removed,
                })
            }
            _ => Ok(()),
        }
    }

    /// One plain DELETE (no manifest handling).
    pub(crate) async fn del_plain(&self, container: &str, name: &str) -> Result<(), Error> {
        let uri = self.object_uri(container, name, &[])?;
        self.send_checked(request(Method::DELETE, uri, vec![], Body::empty())?)
            .await?;
        Ok(())
    }

    /// HEAD of an object; `None` when there is none.
    pub(crate) async fn head_if_any(
        &self,
        container: &str,
        object: &str,
    ) -> Result<Option<ObjectInfo>, Error> {
        match self.get_object_info(container, object, None).await {
            Ok(info) => Ok(Some(info)),
            Err(e) if e.kind() == Some(ErrorKind::NotFound) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Swift mode of `upload_object`.
    pub(crate) async fn swift_upload_file(
        &self,
        container: &str,
        object: &str,
        path: &Path,
        options: &UploadOptions,
    ) -> Result<UploadReport, TransferError> {
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
        let file = std::fs::File::open(path).map_err(|e| TransferError::local(path, e))?;
        let source = Source::File(Arc::new(path.to_path_buf()), Arc::new(file));
        let report = self
            .swift_upload_source(
                container,
                object,
                &source,
                size,
                mtime_of(&metadata),
                options,
            )
            .await?;
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

    /// Swift mode of `upload_bytes`.
    pub(crate) async fn swift_upload_bytes(
        &self,
        container: &str,
        object: &str,
        data: Bytes,
        options: &UploadOptions,
    ) -> Result<UploadReport, TransferError> {
        let size = data.len() as u64;
        self.swift_upload_source(
            container,
            object,
            &Source::Memory(data),
            size,
            None,
            options,
        )
        .await
    }

    /// The MD5s (hex) of `ranges` of the source.
    async fn source_md5s(
        &self,
        source: &Source,
        ranges: Vec<(u64, u64)>,
        progress: &Progress,
    ) -> Result<Vec<String>, TransferError> {
        match source {
            Source::File(path, _) => md5_of_ranges(path, ranges, hash_workers(), progress).await,
            Source::Memory(data) => {
                let data = data.clone();
                let total = ranges.iter().map(|r| r.1).sum();
                progress.start(Phase::Hashing, total);
                let hashes = tokio::task::spawn_blocking(move || {
                    let pieces: Vec<&[u8]> = ranges
                        .iter()
                        .map(|&(o, l)| {
                            let start = usize::try_from(o).unwrap_or(usize::MAX);
                            let end = usize::try_from(o + l).unwrap_or(usize::MAX);
                            data.get(start..end).unwrap_or_default()
                        })
                        .collect();
                    cloud_md5::md5_many(&pieces)
                        .iter()
                        .map(|d| crate::hashing::hex(d))
                        .collect::<Vec<_>>()
                })
                .await
                .map_err(TransferError::worker)?;
                progress.advance(Phase::Hashing, total);
                progress.finish(Phase::Hashing);
                Ok(hashes)
            }
            Source::Gone => Err(TransferError::Invalid(
                "a streamed upload cannot be read again".to_owned(),
            )),
        }
    }

    /// Uploads `size` bytes of `source` as `object` (see the module
    /// documentation of [`crate::swift`]).
    pub(crate) async fn swift_upload_source(
        &self,
        container: &str,
        object: &str,
        source: &Source,
        size: u64,
        mtime: Option<String>,
        options: &UploadOptions,
    ) -> Result<UploadReport, TransferError> {
        if options.sharing.as_ref().is_some_and(|s| !s.is_empty()) {
            return Err(super::objects::pithos_only_transfer(
                "sharing an object",
                container,
            ));
        }
        if options.public == Some(true) {
            return Err(super::objects::pithos_only_transfer(
                "publishing an object",
                container,
            ));
        }
        let progress = &options.progress;
        let existing = self.head_if_any(container, object).await?;
        check_conditions(object, existing.as_ref(), options)?;
        let wanted = options.segment_size.unwrap_or(DEFAULT_SEGMENT_SIZE);
        // Small objects need no limits (every cluster takes 16 MiB at once).
        let caps = if size > wanted.min(16 << 20) {
            self.swift_capabilities().await
        } else {
            super::Capabilities::default()
        };
        let plan = segment_size_for(size, options.segment_size, &caps)?;
        let headers = object_headers(options, mtime.as_deref());
        let same_size = existing
            .as_ref()
            .filter(|info| info.bytes == Some(size) && info.manifest.is_none());
        let old_manifest = match existing.as_ref().filter(|i| is_slo(i)) {
            Some(_) => Some(self.get_slo_manifest(container, object).await?),
            None => None,
        };

        // An SLO of the same size: compare segment by segment.
        if let (Some(info), Some(manifest)) = (same_size, old_manifest.as_ref()) {
            let total: u64 = manifest.iter().map(|e| e.bytes).sum();
            if total == size && manifest.iter().all(ManifestEntry::is_plain) && !manifest.is_empty()
            {
                return self
                    .reupload_segments(
                        container, object, source, size, mtime, manifest, info, &headers, options,
                    )
                    .await;
            }
        }

        // A plain object of the same size: compare the whole MD5.
        let mut known = None;
        if let Some(info) = same_size.filter(|i| !is_slo(i)) {
            let local = self
                .source_md5s(source, vec![(0, size)], progress)
                .await?
                .pop()
                .unwrap_or_default();
            if info
                .etag
                .as_deref()
                .is_some_and(|e| e.eq_ignore_ascii_case(&local))
            {
                self.refresh_headers(container, object, info, &headers)
                    .await?;
                progress.start(Phase::Transfer, size);
                progress.advance(Phase::Transfer, size);
                progress.finish(Phase::Transfer);
                return Ok(UploadReport {
                    info: info.clone(),
                    top_hash: local,
                    bytes: size,
                    blocks: 1,
                    ..UploadReport::default()
                });
            }
            known = Some(local);
        }

        let obsolete: Vec<String> = old_manifest
            .iter()
            .flatten()
            .map(|e| e.name.clone())
            .collect();
        let mut keep = HashSet::new();
        let report = match plan {
            None => {
                progress.start(Phase::Transfer, size);
                let (info, md5) = self
                    .put_verified(
                        container,
                        object,
                        source,
                        (0, size),
                        headers,
                        known.as_deref(),
                        progress,
                    )
                    .await?;
                progress.finish(Phase::Transfer);
                UploadReport {
                    info,
                    top_hash: md5,
                    bytes: size,
                    blocks: 1,
                    blocks_sent: 1,
                    bytes_sent: size,
                }
            }
            Some(segment_size) => {
                let stamp = mtime.clone().unwrap_or_else(now_stamp);
                let prefix = segment_prefix(object, &stamp, size, segment_size);
                let jobs = segment_ranges(size, segment_size)
                    .into_iter()
                    .enumerate()
                    .map(|(index, (offset, length))| SegmentJob {
                        index,
                        offset,
                        length,
                        name: segment_name(&prefix, index),
                        md5: None,
                    })
                    .collect::<Vec<_>>();
                let seg_container =
                    segments_container(container, options.segment_container.as_deref());
                keep = jobs
                    .iter()
                    .map(|j| format!("/{seg_container}/{}", j.name))
                    .collect();
                self.upload_slo(
                    container,
                    object,
                    source,
                    size,
                    jobs,
                    Vec::new(),
                    headers,
                    options,
                )
                .await?
            }
        };
        self.delete_unused(&obsolete, &keep).await;
        Ok(report)
    }

    /// Re-upload over an SLO of the same size: hash the local ranges of the
    /// stored segments, send only the segments that differ.
    #[allow(clippy::too_many_arguments)]
    async fn reupload_segments(
        &self,
        container: &str,
        object: &str,
        source: &Source,
        size: u64,
        mtime: Option<String>,
        manifest: &[ManifestEntry],
        info: &ObjectInfo,
        headers: &[(String, String)],
        options: &UploadOptions,
    ) -> Result<UploadReport, TransferError> {
        let mut ranges = Vec::with_capacity(manifest.len());
        let mut at = 0u64;
        for entry in manifest {
            ranges.push((at, entry.bytes));
            at += entry.bytes;
        }
        let local = self
            .source_md5s(source, ranges.clone(), &options.progress)
            .await?;
        let segment_size = manifest.first().map_or(size, |e| e.bytes);
        let stamp = mtime.unwrap_or_else(now_stamp);
        let prefix = segment_prefix(object, &stamp, size, segment_size);
        let seg_container = segments_container(container, options.segment_container.as_deref());
        let mut kept = Vec::new();
        let mut jobs = Vec::new();
        for (index, (entry, md5)) in manifest.iter().zip(&local).enumerate() {
            if entry.hash.eq_ignore_ascii_case(md5) {
                kept.push((index, entry.to_segment()));
            } else {
                let mut name = segment_name(&prefix, index);
                // Never overwrite a segment the old manifest still names.
                if entry.name == format!("/{seg_container}/{name}") {
                    name = segment_name(
                        &segment_prefix(object, &now_stamp(), size, segment_size),
                        index,
                    );
                }
                jobs.push(SegmentJob {
                    index,
                    offset: ranges[index].0,
                    length: ranges[index].1,
                    name,
                    md5: Some(md5.clone()),
                });
            }
        }
        if jobs.is_empty() {
            self.refresh_headers(container, object, info, headers)
                .await?;
            let progress = &options.progress;
            progress.start(Phase::Transfer, size);
            progress.advance(Phase::Transfer, size);
            progress.finish(Phase::Transfer);
            return Ok(UploadReport {
                info: info.clone(),
                top_hash: info.etag.clone().unwrap_or_default(),
                bytes: size,
                blocks: manifest.len(),
                ..UploadReport::default()
            });
        }
        let replaced: Vec<String> = jobs
            .iter()
            .map(|j| manifest[j.index].name.clone())
            .collect();
        let report = self
            .upload_slo(
                container,
                object,
                source,
                size,
                jobs,
                kept,
                headers.to_vec(),
                options,
            )
            .await?;
        self.delete_unused(&replaced, &HashSet::new()).await;
        Ok(report)
    }

    /// PUTs the segments of `jobs`, then the manifest of those and `kept`.
    /// When the manifest cannot be written, the new segments are removed.
    #[allow(clippy::too_many_arguments)]
    async fn upload_slo(
        &self,
        container: &str,
        object: &str,
        source: &Source,
        size: u64,
        jobs: Vec<SegmentJob>,
        kept: Vec<(usize, ManifestSegment)>,
        headers: Vec<(String, String)>,
        options: &UploadOptions,
    ) -> Result<UploadReport, TransferError> {
        let progress = &options.progress;
        let seg_container = segments_container(container, options.segment_container.as_deref());
        self.ensure_container(&seg_container).await?;
        let kept_bytes: u64 = kept.iter().map(|(_, s)| s.size_bytes).sum();
        let sent_count = jobs.len();
        let names: Vec<String> = jobs
            .iter()
            .map(|j| format!("/{seg_container}/{}", j.name))
            .collect();
        progress.start(Phase::Transfer, size);
        progress.advance(Phase::Transfer, kept_bytes);
        let uploaded = self
            .put_segments(&seg_container, jobs, source, options)
            .await;
        let uploaded = match uploaded {
            Ok(u) => u,
            Err(e) => {
                self.delete_unused(&names, &HashSet::new()).await;
                return Err(e);
            }
        };
        let mut all: Vec<(usize, ManifestSegment)> = kept.into_iter().chain(uploaded).collect();
        all.sort_by_key(|(i, _)| *i);
        let segments: Vec<ManifestSegment> = all.into_iter().map(|(_, s)| s).collect();
        let info = match self
            .put_slo_manifest(container, object, &segments, headers)
            .await
        {
            Ok(info) => info,
            Err(e) => {
                self.delete_unused(&names, &HashSet::new()).await;
                return Err(e);
            }
        };
        progress.finish(Phase::Transfer);
        Ok(UploadReport {
            top_hash: info.etag.clone().unwrap_or_default(),
            info,
            bytes: size,
            blocks: segments.len(),
            blocks_sent: sent_count,
            bytes_sent: size - kept_bytes,
        })
    }

    /// Deletes the segments at `paths` (`/<container>/<object>`) that are
    /// not in `keep`, a few at a time; failures are logged, not fatal (the
    /// upload itself succeeded).
    pub(crate) async fn delete_unused(&self, paths: &[String], keep: &HashSet<String>) {
        use futures_util::StreamExt;
        futures_util::stream::iter(paths.iter().filter(|p| !keep.contains(*p)))
            .for_each_concurrent(8, |path| async move {
                let Some((c, o)) = split_path(path) else {
                    return;
                };
                match self.del_plain(c, o).await {
                    Ok(()) => {}
                    Err(e) if e.kind() == Some(ErrorKind::NotFound) => {}
                    Err(e) => tracing::warn!(segment = %path, error = %e, "an old segment could not be deleted"),
                }
            })
            .await;
    }

    /// After a skipped upload, applies the upload's headers (content type,
    /// metadata) when they differ from the stored ones, with one POST.
    async fn refresh_headers(
        &self,
        container: &str,
        object: &str,
        info: &ObjectInfo,
        headers: &[(String, String)],
    ) -> Result<(), Error> {
        let differs = headers.iter().any(|(name, value)| {
            if name == "if-none-match" {
                return false;
            }
            let stored = info.headers.get(name.as_str());
            let value = crate::encoding::decode(value);
            // The mtime of an unchanged file is not worth a request.
            name != "x-object-meta-mtime" && stored.is_none_or(|s| *s != value)
        });
        if !differs {
            return Ok(());
        }
        let mut post: Vec<(String, String)> = headers
            .iter()
            .filter(|(n, _)| n != "if-none-match")
            .cloned()
            .collect();
        // A POST replaces all user metadata: keep what the upload does not set.
        for (key, value) in &info.meta {
            let name = format!("x-object-meta-{}", crate::encoding::header_name(key));
            if !post.iter().any(|(n, _)| n.eq_ignore_ascii_case(&name)) {
                post.push((name, header_value(value)));
            }
        }
        post.push(("content-length".to_owned(), "0".to_owned()));
        let uri = self.object_uri(container, object, &[])?;
        self.send_checked(request(Method::POST, uri, post, Body::empty())?)
            .await?;
        Ok(())
    }

    /// Swift mode of `upload_from_reader`: one streamed PUT of everything
    /// the reader yields (chunked, so at most the cluster's `max_file_size`),
    /// hashed with MD5 on a blocking thread on the way.
    pub(crate) async fn swift_upload_reader<R: tokio::io::AsyncRead + Unpin>(
        &self,
        container: &str,
        object: &str,
        reader: &mut R,
        options: &UploadOptions,
    ) -> Result<UploadReport, TransferError> {
        use tokio::io::AsyncReadExt;
        if options.sharing.as_ref().is_some_and(|s| !s.is_empty()) || options.public == Some(true) {
            return Err(super::objects::pithos_only_transfer(
                "sharing or publishing an object",
                container,
            ));
        }
        let existing = self.head_if_any(container, object).await?;
        check_conditions(object, existing.as_ref(), options)?;
        let obsolete: Vec<String> = match existing.as_ref().filter(|i| is_slo(i)) {
            Some(_) => self
                .get_slo_manifest(container, object)
                .await?
                .into_iter()
                .map(|e| e.name)
                .collect(),
            None => Vec::new(),
        };
        let (body_tx, body_rx) = tokio::sync::mpsc::channel::<Bytes>(8);
        let (hash_tx, hash_rx) = std::sync::mpsc::sync_channel::<Bytes>(8);
        let hasher = tokio::task::spawn_blocking(move || {
            let mut md5 = md5::Md5::new();
            for chunk in hash_rx {
                md5.update(&chunk);
            }
            crate::hashing::hex(&md5.finalize())
        });
        let stream = futures_util::stream::unfold(body_rx, |mut rx| async move {
            let chunk = rx.recv().await?;
            Some((
                Ok::<_, cloud_core::body::BoxError>(http_body::Frame::data(chunk)),
                rx,
            ))
        });
        let uri = self.object_uri(container, object, &[])?;
        let req = request(
            Method::PUT,
            uri,
            object_headers(options, None),
            Body::from_stream(http_body_util::StreamBody::new(stream)),
        )?;
        let progress = options.progress.clone();
        progress.start(Phase::Transfer, 0);
        let send = self.send_checked(req);
        let feed = async move {
            let mut total = 0u64;
            loop {
                let mut buffer = bytes::BytesMut::with_capacity(1 << 20);
                let n = reader
                    .read_buf(&mut buffer)
                    .await
                    .map_err(|e| TransferError::local(Path::new("<input>"), e))?;
                if n == 0 {
                    break;
                }
                total += n as u64;
                let chunk = buffer.freeze();
                if hash_tx.send(chunk.clone()).is_err() || body_tx.send(chunk).await.is_err() {
                    break;
                }
                progress.advance(Phase::Transfer, n as u64);
            }
            drop(hash_tx);
            drop(body_tx);
            Ok::<u64, TransferError>(total)
        };
        let (answer, total) = futures_util::future::join(send, feed).await;
        let total = total?;
        let response = answer?;
        let md5 = hasher.await.map_err(TransferError::worker)?;
        let info = ObjectInfo::from_headers(response.headers());
        self.check_stored_md5(container, object, &info, &md5)
            .await?;
        options.progress.finish(Phase::Transfer);
        self.delete_unused(&obsolete, &HashSet::new()).await;
        Ok(UploadReport {
            info,
            top_hash: md5,
            bytes: total,
            blocks: 1,
            blocks_sent: 1,
            bytes_sent: total,
        })
    }
}

/// The upload options' conditions, checked against the HEAD made anyway
/// (before any data is sent).
fn check_conditions(
    object: &str,
    existing: Option<&ObjectInfo>,
    options: &UploadOptions,
) -> Result<(), TransferError> {
    if options.if_not_exist && existing.is_some() {
        return Err(TransferError::Condition {
            object: object.to_owned(),
            reason: "an object of this name exists (the upload asked for a new one)",
        });
    }
    if let Some(wanted) = &options.if_match {
        let matches = existing
            .and_then(|i| i.etag.as_deref())
            .is_some_and(|etag| {
                wanted == "*"
                    || wanted
                        .split(',')
                        .any(|w| w.trim().trim_matches('"').eq_ignore_ascii_case(etag))
            });
        if !matches {
            return Err(TransferError::Condition {
                object: object.to_owned(),
                reason: "the precondition (If-Match) failed",
            });
        }
    }
    Ok(())
}
