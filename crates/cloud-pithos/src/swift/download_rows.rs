//! Downloads of a Static Large Object's segments side by side: rows.
//!
//! The segments of a row (as many as the download's concurrency, up to
//! [`cloud_md5::LANES`]) are each fetched as one streamed GET of the segment
//! object (with `If-Match` its MD5), all at once. One blocking thread takes what every stream
//! brought, writes it at its offset in the temporary file and hashes the
//! row in one pass of AVX-512 lanes, so that each byte is hashed while it is
//! in memory, at a fraction of the usual cost, and never read back.
//!
//! The streams go in lockstep: the thread waits for the slowest, and each
//! stream holds at most [`LANE_FRAMES`] frames, so memory stays small. A
//! stream cut on the way is asked again from where it stopped (the lane's
//! hash just goes on). Each segment's MD5 must be the manifest's, or the
//! download fails with [`TransferError::ChecksumMismatch`].

use std::path::Path;
use std::sync::Arc;

use bytes::Bytes;
use cloud_core::{Body, Error, ErrorKind};
use http::{Method, StatusCode};

use super::download::{Check, Origin};
use crate::client::{PithosClient, request};
use crate::direct::{Sink, StretchWriter};
use crate::download::http_body_util_frame;
use crate::encoding::header_value;
use crate::error::TransferError;
use crate::progress::{Phase, Progress};
use crate::upload::{BLOCK_ATTEMPTS, pause, transient};

/// Frames of each stream waiting for the hashing thread at most.
///
/// ```
/// assert_eq!(cloud_pithos::swift::download_rows::LANE_FRAMES, 16);
/// ```
pub const LANE_FRAMES: usize = 16;

/// What one stream hands to the hashing thread.
type FrameSender = tokio::sync::mpsc::Sender<Result<Bytes, TransferError>>;
type FrameReceiver = tokio::sync::mpsc::Receiver<Result<Bytes, TransferError>>;

/// Where the rows go and what they are checked against.
pub(crate) struct RowTarget<'a> {
    /// The object's URI (ranged GETs of the manifest object, for segments
    /// that cannot be read directly).
    pub uri: &'a http::Uri,
    /// The object's name, for messages.
    pub object: &'a str,
    /// The manifest's `ETag`, sent as `If-Match`.
    pub etag: Option<&'a str>,
    /// The temporary file and its path.
    pub file: &'a Arc<std::fs::File>,
    pub path: &'a Path,
    /// Whether a failure removes the temporary file (for the message).
    pub removed: bool,
}

impl PithosClient {
    /// Fetches, writes and checks the segments `todo` (index, stretch with
    /// its MD5) in rows of `row`.
    pub(crate) async fn download_segment_rows(
        &self,
        target: &RowTarget<'_>,
        todo: &[(usize, Check)],
        row: usize,
        progress: &Progress,
    ) -> Result<(), TransferError> {
        // The writing buffers go from row to row.
        let mut stages = Vec::new();
        for group in todo.chunks(row.clamp(1, cloud_md5::LANES)) {
            self.download_row(target, group, &mut stages, progress)
                .await?;
        }
        Ok(())
    }

    async fn download_row(
        &self,
        target: &RowTarget<'_>,
        group: &[(usize, Check)],
        stages: &mut Vec<Vec<u8>>,
        progress: &Progress,
    ) -> Result<(), TransferError> {
        let mut senders = Vec::with_capacity(group.len());
        let mut receivers = Vec::with_capacity(group.len());
        for _ in group {
            let (sender, receiver) = tokio::sync::mpsc::channel(LANE_FRAMES);
            senders.push(sender);
            receivers.push(receiver);
        }
        let stretches: Vec<(u64, u64)> = group.iter().map(|(_, c)| (c.offset, c.length)).collect();
        let (file, path) = (Arc::clone(target.file), target.path.to_path_buf());
        let mut buffers = std::mem::take(stages);
        let writer = tokio::task::spawn_blocking(move || {
            let sink = Sink::open(&file, &path);
            let digests = hash_and_write(receivers, &stretches, &sink, &mut buffers);
            (digests, buffers)
        });
        let streams = group.iter().zip(senders).map(|((_, check), sender)| {
            let origin = check.origin(target.uri, target.etag);
            self.stream_range(target.object, origin, check, sender, progress)
        });
        let fetched = futures_util::future::join_all(streams).await;
        let (digests, buffers) = writer.await.map_err(TransferError::worker)?;
        *stages = buffers;
        // A failed stream explains an early end better than the writer can.
        if let Some(error) = fetched.into_iter().find_map(Result::err) {
            return Err(error);
        }
        for ((index, check), digest) in group.iter().zip(digests?) {
            let actual = crate::hashing::hex(&digest);
            if let Some(expected) = check.md5.as_deref()
                && !expected.eq_ignore_ascii_case(&actual)
            {
                return Err(TransferError::ChecksumMismatch {
                    object: target.object.to_owned(),
                    what: format!("segment {index}"),
                    expected: expected.to_owned(),
                    actual,
                    removed: target.removed,
                });
            }
        }
        Ok(())
    }

    /// Streams the stretch of `check` from `origin` into `sender`, asking
    /// again from where it stopped when the stream is cut (transient
    /// failures, up to the usual attempts).
    async fn stream_range(
        &self,
        object: &str,
        origin: Origin,
        check: &Check,
        sender: FrameSender,
        progress: &Progress,
    ) -> Result<(), TransferError> {
        let end = check.offset + check.length;
        let mut at = check.offset;
        let mut attempt = 0;
        let uri = &origin.uri;
        while at < end {
            attempt += 1;
            let range = format!("bytes={}-{}", at - origin.base, end - origin.base - 1);
            let mut headers = vec![("range".to_owned(), range)];
            if let Some(etag) = &origin.etag {
                headers.push(("if-match".to_owned(), header_value(etag)));
            }
            let req = request(Method::GET, uri.clone(), headers, Body::empty())?;
            let failure = match self.transport.send_checked(req).await {
                Ok(response) if response.status() == StatusCode::PARTIAL_CONTENT => {
                    let mut body = response.into_body();
                    let mut broke = None;
                    while at < end {
                        match http_body_util_frame(&mut body).await {
                            Some(Ok(mut data)) => {
                                data.truncate(usize::try_from(end - at).unwrap_or(usize::MAX));
                                at += data.len() as u64;
                                progress.advance(Phase::Transfer, data.len() as u64);
                                if sender.send(Ok(data)).await.is_err() {
                                    // The writer stopped: its error is the story.
                                    return Ok(());
                                }
                            }
                            Some(Err(e)) => {
                                broke = Some(e.to_string());
                                break;
                            }
                            None => break,
                        }
                    }
                    if at >= end {
                        return Ok(());
                    }
                    Error::decode(
                        format!("GET {uri}"),
                        broke.unwrap_or_else(|| format!("the body ended {} bytes early", end - at)),
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
        Ok(())
    }
}

/// The hashing thread of a row: takes the next frame of every stream that
/// has none in hand, hashes the same number of bytes of every stream in one
/// pass of the lanes, then writes them at their place (through `stages`,
/// one buffer per stream, given back at the end); returns each stretch's
/// MD5 once every stream delivered its whole stretch.
fn hash_and_write(
    mut receivers: Vec<FrameReceiver>,
    stretches: &[(u64, u64)],
    sink: &Sink<'_>,
    stages: &mut Vec<Vec<u8>>,
) -> Result<Vec<[u8; 16]>, TransferError> {
    let count = stretches.len();
    let mut lanes = cloud_md5::Md5Lanes::new(count);
    let mut left: Vec<u64> = stretches.iter().map(|s| s.1).collect();
    let mut writers: Vec<StretchWriter> = stretches
        .iter()
        .map(|s| StretchWriter::new(s.0, stages.pop().unwrap_or_default()))
        .collect();
    let mut fronts: Vec<Bytes> = vec![Bytes::new(); count];
    loop {
        for j in 0..count {
            if fronts[j].is_empty() && left[j] > 0 {
                fronts[j] = match receivers[j].blocking_recv() {
                    Some(Ok(frame)) => frame,
                    Some(Err(error)) => return Err(error),
                    None => {
                        return Err(TransferError::Invalid(
                            "a segment's stream ended early; download it again".to_owned(),
                        ));
                    }
                };
            }
        }
        let busy: Vec<usize> = (0..count).filter(|j| left[*j] > 0).collect();
        let Some(take) = busy.iter().map(|j| fronts[*j].len()).min() else {
            break;
        };
        let pieces: Vec<&[u8]> = (0..count)
            .map(|j| {
                if left[j] > 0 {
                    &fronts[j][..take]
                } else {
                    &[][..]
                }
            })
            .collect();
        lanes.update(&pieces);
        for j in busy {
            // Written right after hashing, while the bytes are in cache.
            writers[j].push(sink, &fronts[j][..take])?;
            let _ = fronts[j].split_to(take);
            left[j] = left[j].saturating_sub(take as u64);
        }
    }
    for writer in writers {
        stages.push(writer.finish(sink)?);
    }
    Ok(lanes.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;
    use md5::Digest as _;

    fn data(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 7 + i / 4093) as u8).collect()
    }

    /// Sends `piece` in frames of varying sizes from another thread.
    fn feed(piece: Vec<u8>, stop_short: bool) -> (FrameReceiver, std::thread::JoinHandle<()>) {
        let (sender, receiver) = tokio::sync::mpsc::channel(LANE_FRAMES);
        let thread = std::thread::spawn(move || {
            let sizes = [1usize, 4096, 65_537, 300_000, 63];
            let end = if stop_short {
                piece.len() / 2
            } else {
                piece.len()
            };
            let (mut at, mut turn) = (0, 0);
            while at < end {
                let n = sizes[turn % sizes.len()].min(end - at);
                let frame = Bytes::copy_from_slice(&piece[at..at + n]);
                if sender.blocking_send(Ok(frame)).is_err() {
                    return;
                }
                at += n;
                turn += 1;
            }
        });
        (receiver, thread)
    }

    #[test]
    fn a_row_is_written_in_place_and_hashed_per_stretch() {
        let lengths = [1_000_003usize, 2_000_006, 7, 1_000_000, 999_990];
        let object = data(lengths.iter().sum());
        let mut stretches = Vec::new();
        let mut at = 0;
        for length in lengths {
            stretches.push((at as u64, length as u64));
            at += length;
        }
        let path = std::env::temp_dir().join(format!("download-row-{}", std::process::id()));
        let file = std::fs::File::create(&path).unwrap();
        let (receivers, threads): (Vec<_>, Vec<_>) = stretches
            .iter()
            .map(|&(o, l)| feed(object[o as usize..(o + l) as usize].to_vec(), false))
            .unzip();
        let sink = Sink::open(&file, &path);
        let digests = hash_and_write(receivers, &stretches, &sink, &mut Vec::new()).unwrap();
        for thread in threads {
            thread.join().unwrap();
        }
        for (&(o, l), digest) in stretches.iter().zip(&digests) {
            let want: [u8; 16] = md5::Md5::digest(&object[o as usize..(o + l) as usize]).into();
            assert_eq!(*digest, want, "stretch at {o}");
        }
        assert!(
            std::fs::read(&path).unwrap() == object,
            "the file holds the object"
        );
        std::fs::remove_file(&path).unwrap();
    }

    #[test]
    fn a_stream_that_ends_early_fails_the_row() {
        let object = data(3 * 100_000);
        let stretches = [(0u64, 100_000u64), (100_000, 100_000), (200_000, 100_000)];
        let path = std::env::temp_dir().join(format!("download-row-short-{}", std::process::id()));
        let file = std::fs::File::create(&path).unwrap();
        let (receivers, threads): (Vec<_>, Vec<_>) = stretches
            .iter()
            .enumerate()
            .map(|(i, &(o, l))| feed(object[o as usize..(o + l) as usize].to_vec(), i == 1))
            .unzip();
        let sink = Sink::open(&file, &path);
        let error = hash_and_write(receivers, &stretches, &sink, &mut Vec::new()).unwrap_err();
        assert!(error.to_string().contains("ended early"), "{error}");
        for thread in threads {
            thread.join().unwrap();
        }
        std::fs::remove_file(&path).unwrap();
    }
}
