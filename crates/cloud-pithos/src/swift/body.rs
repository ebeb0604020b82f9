//! Request bodies read from file ranges and hashed with MD5 on the way,
//! and the MD5s of file ranges (in AVX-512 lanes when there are several).
//!
//! One blocking thread per body reads the range in [`CHUNK`]-sized pieces
//! with positioned reads, feeds each piece to MD5 while it is still in the
//! CPU's cache, and hands it to the HTTP stack without copying. The pieces
//! live in a small pool of buffers owned by the body: a buffer comes back
//! to the pool when the connection has written it, so a body of any size
//! allocates at most [`POOL`] buffers, once, and reading stops while they
//! are all in flight (memory stays bounded).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc;

use bytes::Bytes;
use cloud_core::Body;
use md5::Digest as _;

use crate::error::TransferError;
use crate::progress::{Phase, Progress};

/// Bytes read (and hashed) at a time.
///
/// ```
/// assert_eq!(cloud_pithos::swift::body::CHUNK, 256 * 1024);
/// ```
pub const CHUNK: usize = 256 * 1024;

/// Buffers of one body in flight at most.
///
/// ```
/// assert_eq!(cloud_pithos::swift::body::POOL, 8);
/// ```
pub const POOL: usize = 8;

/// Lower-case hex MD5 of `data`.
///
/// ```
/// assert_eq!(cloud_pithos::swift::body::md5_hex(b""), "d41d8cd98f00b204e9800998ecf8427e");
/// ```
pub fn md5_hex(data: &[u8]) -> String {
    crate::hashing::hex(&md5::Md5::digest(data))
}

/// Up to `limit` buffers of [`CHUNK`] bytes that come back when the HTTP
/// stack is done with them: a reader takes one, fills it, hands it on as
/// [`Bytes`] ([`BufferPool::piece`]) and gets it back once it was written.
pub(crate) struct BufferPool {
    home: mpsc::Sender<Vec<u8>>,
    returned: mpsc::Receiver<Vec<u8>>,
    allocated: usize,
    limit: usize,
}

impl BufferPool {
    /// A pool that allocates at most `limit` buffers.
    pub(crate) fn new(limit: usize) -> Self {
        let (home, returned) = mpsc::channel();
        BufferPool {
            home,
            returned,
            allocated: 0,
            limit: limit.max(1),
        }
    }

    /// A buffer: one that came back, a new one while under the limit, or
    /// else the next to come back (waiting while all are in flight).
    pub(crate) fn take(&mut self) -> Vec<u8> {
        if let Ok(buffer) = self.returned.try_recv() {
            return buffer;
        }
        if self.allocated < self.limit {
            self.allocated += 1;
            return vec![0u8; CHUNK];
        }
        // The pool holds a sender itself, so this waits rather than fails.
        self.returned.recv().unwrap_or_else(|_| vec![0u8; CHUNK])
    }

    /// The first `len` bytes of `buffer` as [`Bytes`] that return the
    /// buffer here when dropped.
    pub(crate) fn piece(&self, buffer: Vec<u8>, len: usize) -> Bytes {
        Bytes::from_owner(Pooled {
            buffer,
            len,
            home: self.home.clone(),
        })
    }
}

/// A buffer of the pool, handed to the HTTP stack as [`Bytes`]; dropping it
/// returns the buffer to the pool.
struct Pooled {
    buffer: Vec<u8>,
    len: usize,
    home: mpsc::Sender<Vec<u8>>,
}

impl AsRef<[u8]> for Pooled {
    fn as_ref(&self) -> &[u8] {
        &self.buffer[..self.len]
    }
}

impl Drop for Pooled {
    fn drop(&mut self) {
        // The reader may be gone already; then the buffer is simply freed.
        let _ = self.home.send(std::mem::take(&mut self.buffer));
    }
}

/// The sending end of a streamed request body: the pieces, or the error
/// that ends the body.
pub(crate) type PieceSender = tokio::sync::mpsc::Sender<Result<Bytes, TransferError>>;

/// A request body made of the pieces sent into the returned sender (at most
/// [`POOL`] waiting); it ends when the sender is dropped.
pub(crate) fn channel_body() -> (PieceSender, Body) {
    let (sender, receiver) = tokio::sync::mpsc::channel::<Result<Bytes, TransferError>>(POOL);
    let stream = futures_util::stream::unfold(receiver, |mut receiver| async move {
        let item = receiver.recv().await?;
        let frame = item
            .map(http_body::Frame::data)
            .map_err(|e| Box::new(e) as cloud_core::body::BoxError);
        Some((frame, receiver))
    });
    (
        sender,
        Body::from_stream(http_body_util::StreamBody::new(stream)),
    )
}

/// Why a body stopped before its end, as its reader reports it.
#[derive(Debug)]
pub(crate) enum ReadEnd {
    /// The whole range was read; its MD5 when it was asked for.
    Done(Option<[u8; 16]>),
    /// Reading failed (the error also ended the body).
    Failed(TransferError),
    /// The connection stopped taking data (the request failed), after
    /// `counted` bytes were reported as progress.
    Abandoned { counted: u64 },
}

/// A body streaming `length` bytes of `file` from `offset`, and the task
/// that yields their MD5 (when `hash` asks for it) once everything was read.
///
/// The body has a known length; send it with `Content-Length: length`.
pub(crate) fn file_range_body(
    file: Arc<std::fs::File>,
    path: Arc<PathBuf>,
    (offset, length): (u64, u64),
    hash: bool,
    progress: Progress,
) -> (Body, tokio::task::JoinHandle<ReadEnd>) {
    let (sender, body) = channel_body();
    let reader = tokio::task::spawn_blocking(move || {
        let mut md5 = hash.then(md5::Md5::new);
        read_range(&file, &path, (offset, length), &mut md5, &sender, &progress)
    });
    (body, reader)
}

fn read_range(
    file: &std::fs::File,
    path: &Path,
    (offset, length): (u64, u64),
    md5: &mut Option<md5::Md5>,
    sender: &PieceSender,
    progress: &Progress,
) -> ReadEnd {
    let mut pool = BufferPool::new(POOL);
    let mut at = 0u64;
    while at < length {
        let want = usize::try_from((length - at).min(CHUNK as u64)).unwrap_or(CHUNK);
        let mut buffer = pool.take();
        if let Err(error) = read_piece(file, path, &mut buffer[..want], offset + at) {
            let shown = TransferError::Invalid(error.to_string());
            let _ = sender.blocking_send(Err(shown));
            return ReadEnd::Failed(error);
        }
        if let Some(md5) = md5.as_mut() {
            md5.update(&buffer[..want]);
        }
        if sender.blocking_send(Ok(pool.piece(buffer, want))).is_err() {
            return ReadEnd::Abandoned { counted: at };
        }
        at += want as u64;
        progress.advance(Phase::Transfer, want as u64);
    }
    ReadEnd::Done(md5.take().map(|md5| md5.finalize().into()))
}

/// Fills `buffer` from `file` at `offset` for an upload; a file that ends
/// early shrank since the upload began.
pub(crate) fn read_piece(
    file: &std::fs::File,
    path: &Path,
    buffer: &mut [u8],
    offset: u64,
) -> Result<(), TransferError> {
    read_exact_at(file, buffer, offset).map_err(|e| {
        if e.kind() == std::io::ErrorKind::UnexpectedEof {
            TransferError::Invalid(format!(
                "{} shrank while it was uploaded; upload it again",
                path.display()
            ))
        } else {
            TransferError::local(path, e)
        }
    })
}

#[cfg(unix)]
fn read_exact_at(file: &std::fs::File, buffer: &mut [u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buffer, offset)
}

#[cfg(windows)]
fn read_exact_at(
    file: &std::fs::File,
    mut buffer: &mut [u8],
    mut offset: u64,
) -> std::io::Result<()> {
    while !buffer.is_empty() {
        let n = std::os::windows::fs::FileExt::seek_read(file, buffer, offset)?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        buffer = &mut buffer[n..];
        offset += n as u64;
    }
    Ok(())
}

/// The MD5 of `length` bytes of `file` at `offset`, read in large pieces
/// (on the calling thread: call it from a blocking context).
pub(crate) fn md5_of_range(
    file: &std::fs::File,
    path: &Path,
    offset: u64,
    length: u64,
    buffer: &mut Vec<u8>,
    progress: &Progress,
) -> Result<[u8; 16], TransferError> {
    buffer.resize(CHUNK * 4, 0);
    let mut md5 = md5::Md5::new();
    let mut at = 0u64;
    while at < length {
        let want = usize::try_from((length - at).min(buffer.len() as u64)).unwrap_or(CHUNK);
        read_exact_at(file, &mut buffer[..want], offset + at)
            .map_err(|e| TransferError::local(path, e))?;
        md5.update(&buffer[..want]);
        at += want as u64;
        progress.advance(Phase::Hashing, want as u64);
    }
    Ok(md5.finalize().into())
}

/// Whether hashing `ranges` ranges side by side in AVX-512 lanes (see
/// [`cloud_md5`]) beats hashing each on its own; then it pays to hash
/// segments ahead of an upload and after a download instead of on the way.
pub(crate) fn lanes_pay(ranges: usize) -> bool {
    ranges >= cloud_md5::WIDE_FROM && cloud_md5::accelerated()
}

/// Bytes of each range read per row when ranges are hashed in lanes.
const LANE_PIECE: usize = 4 * CHUNK;

/// The MD5s of `ranges` of `file`, hashed together in lanes: each row reads
/// the next [`LANE_PIECE`] bytes of every range into one buffer and hashes
/// them in one pass (on the calling thread: call it from a blocking context).
pub(crate) fn md5_of_ranges_in_lanes(
    file: &std::fs::File,
    path: &Path,
    ranges: &[(u64, u64)],
    buffer: &mut Vec<u8>,
    progress: &Progress,
) -> Result<Vec<[u8; 16]>, TransferError> {
    let mut digests = Vec::with_capacity(ranges.len());
    for group in ranges.chunks(cloud_md5::LANES) {
        buffer.resize(LANE_PIECE * group.len(), 0);
        let mut lanes = cloud_md5::Md5Lanes::new(group.len());
        let longest = group.iter().map(|r| r.1).max().unwrap_or(0);
        let mut at = 0u64;
        while at < longest {
            let mut lengths = [0usize; cloud_md5::LANES];
            for (j, (slot, &(offset, length))) in
                buffer.chunks_exact_mut(LANE_PIECE).zip(group).enumerate()
            {
                let want = usize::try_from(length.saturating_sub(at).min(LANE_PIECE as u64))
                    .unwrap_or(LANE_PIECE);
                read_exact_at(file, &mut slot[..want], offset + at)
                    .map_err(|e| TransferError::local(path, e))?;
                lengths[j] = want;
            }
            let pieces: Vec<&[u8]> = buffer
                .chunks_exact(LANE_PIECE)
                .zip(lengths)
                .map(|(slot, want)| &slot[..want])
                .collect();
            lanes.update(&pieces);
            progress.advance(Phase::Hashing, lengths.iter().sum::<usize>() as u64);
            at += LANE_PIECE as u64;
        }
        digests.extend(lanes.finalize());
    }
    Ok(digests)
}

/// MD5s (hex) of consecutive ranges `(offset, length)` of the file at
/// `path`, hashed on up to `workers` blocking threads (each taking
/// [`cloud_md5::LANES`] ranges at once when [`lanes_pay`]), reporting
/// [`Phase::Hashing`].
pub(crate) async fn md5_of_ranges(
    path: &Path,
    ranges: Vec<(u64, u64)>,
    workers: usize,
    progress: &Progress,
) -> Result<Vec<String>, TransferError> {
    let total = ranges.iter().map(|r| r.1).sum();
    progress.start(Phase::Hashing, total);
    let count = ranges.len();
    // The unit of work: one range, or a row of ranges hashed in lanes.
    let per_unit = if lanes_pay(count) {
        cloud_md5::LANES
    } else {
        1
    };
    let units = count.div_ceil(per_unit);
    let workers = workers.clamp(1, units.max(1));
    let ranges = Arc::new(ranges);
    let mut tasks = Vec::with_capacity(workers);
    for worker in 0..workers {
        let ranges = Arc::clone(&ranges);
        let path = path.to_path_buf();
        let progress = progress.clone();
        tasks.push(tokio::task::spawn_blocking(
            move || -> Result<Vec<(usize, String)>, TransferError> {
                let file =
                    std::fs::File::open(&path).map_err(|e| TransferError::local(&path, e))?;
                let mut buffer = Vec::new();
                let mut out = Vec::new();
                for unit in (worker..units).step_by(workers) {
                    let first = unit * per_unit;
                    let last = (first + per_unit).min(ranges.len());
                    let digests = if per_unit > 1 {
                        md5_of_ranges_in_lanes(
                            &file,
                            &path,
                            &ranges[first..last],
                            &mut buffer,
                            &progress,
                        )?
                    } else {
                        let (offset, length) = ranges[first];
                        vec![md5_of_range(
                            &file,
                            &path,
                            offset,
                            length,
                            &mut buffer,
                            &progress,
                        )?]
                    };
                    for (index, digest) in (first..last).zip(digests) {
                        out.push((index, crate::hashing::hex(&digest)));
                    }
                }
                Ok(out)
            },
        ));
    }
    let mut hashes = vec![String::new(); count];
    for task in tasks {
        for (index, hash) in task.await.map_err(TransferError::worker)?? {
            hashes[index] = hash;
        }
    }
    progress.finish(Phase::Hashing);
    Ok(hashes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;

    #[tokio::test(flavor = "multi_thread")]
    async fn a_range_body_yields_the_range_and_its_md5() {
        let data: Vec<u8> = (0..(3 * CHUNK + 1234))
            .map(|i| (i * 31 % 251) as u8)
            .collect();
        let path = std::env::temp_dir().join(format!("swift-body-{}", std::process::id()));
        std::fs::write(&path, &data).unwrap();
        let file = Arc::new(std::fs::File::open(&path).unwrap());
        let (body, reader) = file_range_body(
            file,
            Arc::new(path.clone()),
            (100, (data.len() - 200) as u64),
            true,
            Progress::none(),
        );
        let mut got = Vec::new();
        let mut body = std::pin::pin!(http_body_util::BodyDataStream::new(body));
        while let Some(chunk) = body.next().await {
            got.extend_from_slice(&chunk.unwrap());
        }
        assert_eq!(got, &data[100..data.len() - 100]);
        let ReadEnd::Done(Some(md5)) = reader.await.unwrap() else {
            panic!("the reader did not finish");
        };
        assert_eq!(crate::hashing::hex(&md5), md5_hex(&got));
        let ranges = vec![(0, 10), (10, data.len() as u64 - 10)];
        let hashes = md5_of_ranges(&path, ranges, 2, &Progress::none())
            .await
            .unwrap();
        assert_eq!(hashes, [md5_hex(&data[..10]), md5_hex(&data[10..])]);
        std::fs::remove_file(&path).unwrap();
    }
}
