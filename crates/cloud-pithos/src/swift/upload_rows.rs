//! Segments of a file read once and hashed side by side: rows.
//!
//! A Static Large Object's segments are independent, so instead of one
//! reader per segment hashing its bytes with MD5 one after the other, one
//! blocking thread reads the next [`CHUNK`] of every segment of a *row* (as
//! many segments as the upload's concurrency, up to [`cloud_md5::LANES`]),
//! hashes the row in one pass of AVX-512 lanes and hands each piece to its
//! segment's PUT without copying. Every byte is read once and hashed at a
//! fraction of the usual cost.
//!
//! The PUTs of a row run side by side, one connection each, in lockstep: a
//! slow connection holds the row back, and memory stays at
//! [`ROW_POOL`] pieces per segment. The server's `ETag` of each segment
//! must be the MD5 the row computed, or the segment is deleted and the
//! upload fails. A segment whose request failed on the way (a dropped
//! connection, a 503) goes again on its own through `put_verified`.

use std::path::PathBuf;
use std::sync::Arc;

use cloud_core::Body;
use http::Method;

use super::body::{BufferPool, CHUNK, PieceSender, channel_body, read_piece};
use super::manifest::ManifestSegment;
use super::segments::SegmentJob;
use crate::client::{PithosClient, request};
use crate::error::TransferError;
use crate::models::ObjectInfo;
use crate::progress::{Phase, Progress};
use crate::upload::{Source, transient};

/// Buffers of each segment of a row in flight at most.
///
/// ```
/// assert_eq!(cloud_pithos::swift::upload_rows::ROW_POOL, 4);
/// ```
pub const ROW_POOL: usize = 4;

/// What the row's reader saw: each segment's MD5 and whether its whole
/// range was handed to its request.
struct RowRead {
    digests: Vec<[u8; 16]>,
    complete: Vec<bool>,
    /// Bytes of each range reported as progress.
    counted: Vec<u64>,
}

impl PithosClient {
    /// PUTs `jobs` (fresh segments of `file`) into `segments_container` in
    /// rows of `row` segments; returns each segment's entry by index.
    pub(crate) async fn put_segment_rows(
        &self,
        segments_container: &str,
        jobs: Vec<SegmentJob>,
        (path, file): (&Arc<PathBuf>, &Arc<std::fs::File>),
        row: usize,
        progress: &Progress,
    ) -> Result<Vec<(usize, ManifestSegment)>, TransferError> {
        let row = row.clamp(1, cloud_md5::LANES);
        let mut done = Vec::with_capacity(jobs.len());
        let mut jobs = jobs.into_iter();
        loop {
            let group: Vec<SegmentJob> = jobs.by_ref().take(row).collect();
            if group.is_empty() {
                return Ok(done);
            }
            let source = Source::File(Arc::clone(path), Arc::clone(file));
            done.extend(
                self.put_row(segments_container, group, &source, progress)
                    .await?,
            );
        }
    }

    /// One row: the PUTs side by side, fed by one reader.
    async fn put_row(
        &self,
        segments_container: &str,
        group: Vec<SegmentJob>,
        source: &Source,
        progress: &Progress,
    ) -> Result<Vec<(usize, ManifestSegment)>, TransferError> {
        let Source::File(path, file) = source else {
            return Err(TransferError::Invalid(
                "rows of segments are read from files only".to_owned(),
            ));
        };
        let mut senders = Vec::with_capacity(group.len());
        let mut requests = Vec::with_capacity(group.len());
        for job in &group {
            let (sender, body) = channel_body();
            senders.push(sender);
            requests.push(segment_put(self, segments_container, job, body)?);
        }
        let ranges: Vec<(u64, u64)> = group.iter().map(|j| (j.offset, j.length)).collect();
        let (path_copy, file_copy, reporter) =
            (Arc::clone(path), Arc::clone(file), progress.clone());
        let reader = tokio::task::spawn_blocking(move || {
            read_row(&file_copy, &path_copy, &ranges, senders, &reporter)
        });
        let answers =
            futures_util::future::join_all(requests.into_iter().map(|r| self.send_checked(r)))
                .await;
        let read = reader.await.map_err(TransferError::worker)??;

        let mut entries = Vec::with_capacity(group.len());
        for ((((job, answer), digest), complete), counted) in group
            .into_iter()
            .zip(answers)
            .zip(read.digests)
            .zip(read.complete)
            .zip(read.counted)
        {
            let md5 = match answer {
                Ok(response) if complete => {
                    let md5 = crate::hashing::hex(&digest);
                    let info = ObjectInfo::from_headers(response.headers());
                    self.check_stored_md5(segments_container, &job.name, &info, &md5)
                        .await?;
                    md5
                }
                // The connection dropped, or the server stopped reading:
                // send this one again on its own.
                Err(e) if !transient(&e) && complete => return Err(e.into()),
                _ => {
                    progress.retreat(Phase::Transfer, counted);
                    self.put_segment(segments_container, &job, source, progress)
                        .await?
                }
            };
            entries.push((
                job.index,
                ManifestSegment {
                    path: format!("/{segments_container}/{}", job.name),
                    etag: md5,
                    size_bytes: job.length,
                },
            ));
        }
        Ok(entries)
    }
}

/// The PUT of one segment with `body` as its data.
fn segment_put(
    client: &PithosClient,
    segments_container: &str,
    job: &SegmentJob,
    body: Body,
) -> Result<http::Request<Body>, TransferError> {
    let uri = client.object_uri(segments_container, &job.name, &[])?;
    let headers = vec![
        (
            "content-type".to_owned(),
            "application/octet-stream".to_owned(),
        ),
        ("content-length".to_owned(), job.length.to_string()),
    ];
    Ok(request(Method::PUT, uri, headers, body)?)
}

/// Reads `ranges` of `file` a row at a time, hashes each row in lanes and
/// sends every piece to its range's body; a body whose request is gone is
/// left out from then on (incomplete). A read error ends every body and is
/// returned.
fn read_row(
    file: &std::fs::File,
    path: &std::path::Path,
    ranges: &[(u64, u64)],
    senders: Vec<PieceSender>,
    progress: &Progress,
) -> Result<RowRead, TransferError> {
    let count = ranges.len();
    let mut pools: Vec<BufferPool> = (0..count).map(|_| BufferPool::new(ROW_POOL)).collect();
    let mut lanes = cloud_md5::Md5Lanes::new(count);
    let mut open = vec![true; count];
    let mut counted = vec![0u64; count];
    let longest = ranges.iter().map(|r| r.1).max().unwrap_or(0);
    let mut at = 0u64;
    while at < longest {
        let mut buffers = Vec::with_capacity(count);
        for (j, &(offset, length)) in ranges.iter().enumerate() {
            let want = usize::try_from(length.saturating_sub(at).min(CHUNK as u64)).unwrap_or(0);
            if want == 0 || !open[j] {
                buffers.push((Vec::new(), 0));
                continue;
            }
            let mut buffer = pools[j].take();
            if let Err(error) = read_piece(file, path, &mut buffer[..want], offset + at) {
                for sender in &senders {
                    let _ = sender.blocking_send(Err(TransferError::Invalid(error.to_string())));
                }
                return Err(error);
            }
            buffers.push((buffer, want));
        }
        let pieces: Vec<&[u8]> = buffers.iter().map(|(b, n)| &b[..*n]).collect();
        lanes.update(&pieces);
        let mut sent = 0u64;
        for (j, (buffer, want)) in buffers.into_iter().enumerate() {
            if want == 0 {
                continue;
            }
            let piece = pools[j].piece(buffer, want);
            if senders[j].blocking_send(Ok(piece)).is_err() {
                open[j] = false;
            } else {
                sent += want as u64;
                counted[j] += want as u64;
            }
        }
        progress.advance(Phase::Transfer, sent);
        at += CHUNK as u64;
    }
    Ok(RowRead {
        digests: lanes.finalize(),
        complete: open,
        counted,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use md5::Digest as _;

    /// Collects what a body's sender gets, on another thread; `keep`
    /// pieces at most, then it hangs up (a failed request).
    fn drain(
        mut receiver: tokio::sync::mpsc::Receiver<Result<bytes::Bytes, TransferError>>,
        keep: usize,
    ) -> std::thread::JoinHandle<Vec<u8>> {
        std::thread::spawn(move || {
            let mut got = Vec::new();
            for _ in 0..keep {
                match receiver.blocking_recv() {
                    Some(Ok(piece)) => got.extend_from_slice(&piece),
                    _ => break,
                }
            }
            got
        })
    }

    #[test]
    fn a_row_reads_each_range_once_and_hashes_it() {
        let data: Vec<u8> = (0..(9 * CHUNK + 5000))
            .map(|i| (i * 13 + i / 977) as u8)
            .collect();
        let path = std::env::temp_dir().join(format!("upload-row-{}", std::process::id()));
        std::fs::write(&path, &data).unwrap();
        let file = std::fs::File::open(&path).unwrap();
        // Four ranges of different lengths; the third body hangs up after
        // one piece, as a failed request does.
        let ranges = [
            (0u64, (3 * CHUNK) as u64),
            ((3 * CHUNK) as u64, (3 * CHUNK) as u64),
            ((6 * CHUNK) as u64, (2 * CHUNK + 17) as u64),
            ((8 * CHUNK + 17) as u64, (CHUNK + 4983) as u64),
        ];
        let mut senders = Vec::new();
        let mut drains = Vec::new();
        for i in 0..ranges.len() {
            // The third has room for one piece: of its three, at most two
            // get in before it hangs up, so it is never complete.
            let (sender, receiver) = tokio::sync::mpsc::channel(if i == 2 { 1 } else { 4 });
            senders.push(sender);
            drains.push(drain(receiver, if i == 2 { 1 } else { usize::MAX }));
        }
        let progress = Progress::none();
        let read = read_row(&file, &path, &ranges, senders, &progress).unwrap();
        let bodies: Vec<Vec<u8>> = drains.into_iter().map(|d| d.join().unwrap()).collect();
        assert_eq!(read.complete, [true, true, false, true]);
        // What each body took is what was counted for it, and in all.
        let took: Vec<u64> = bodies.iter().map(|b| b.len() as u64).collect();
        assert!(read.counted[2] >= took[2] && read.counted[2] < ranges[2].1);
        assert_eq!(read.counted[..2], took[..2]);
        assert_eq!(read.counted[3], took[3]);
        assert_eq!(
            progress.done(Phase::Transfer),
            read.counted.iter().sum::<u64>()
        );
        for (i, &(offset, length)) in ranges.iter().enumerate() {
            let range = &data[offset as usize..(offset + length) as usize];
            if i == 2 {
                assert_eq!(bodies[i], range[..CHUNK]);
                continue;
            }
            assert_eq!(bodies[i], range, "range {i}");
            let want: [u8; 16] = md5::Md5::digest(range).into();
            assert_eq!(read.digests[i], want, "range {i}");
        }
        std::fs::remove_file(&path).unwrap();
    }
}
