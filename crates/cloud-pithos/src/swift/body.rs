//! Request bodies read from file ranges and hashed with MD5 on the way.
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

/// Why a body stopped before its end, as its reader reports it.
#[derive(Debug)]
pub(crate) enum ReadEnd {
    /// The whole range was read; its MD5.
    Done([u8; 16]),
    /// Reading failed (the error also ended the body).
    Failed(TransferError),
    /// The connection stopped taking data (the request failed).
    Abandoned,
}

/// A body streaming `length` bytes of `file` from `offset`, and the task
/// that yields their MD5 once everything was read.
///
/// The body has a known length; send it with `Content-Length: length`.
pub(crate) fn file_range_body(
    file: Arc<std::fs::File>,
    path: Arc<PathBuf>,
    offset: u64,
    length: u64,
    progress: Progress,
) -> (Body, tokio::task::JoinHandle<ReadEnd>) {
    let (sender, receiver) = tokio::sync::mpsc::channel::<Result<Bytes, TransferError>>(POOL);
    let reader = tokio::task::spawn_blocking(move || {
        read_range(&file, &path, offset, length, &sender, &progress)
    });
    let stream = futures_util::stream::unfold(receiver, |mut receiver| async move {
        let item = receiver.recv().await?;
        let frame = item
            .map(http_body::Frame::data)
            .map_err(|e| Box::new(e) as cloud_core::body::BoxError);
        Some((frame, receiver))
    });
    (
        Body::from_stream(http_body_util::StreamBody::new(stream)),
        reader,
    )
}

fn read_range(
    file: &std::fs::File,
    path: &Path,
    offset: u64,
    length: u64,
    sender: &tokio::sync::mpsc::Sender<Result<Bytes, TransferError>>,
    progress: &Progress,
) -> ReadEnd {
    let (home, pool) = mpsc::channel::<Vec<u8>>();
    let mut allocated = 0usize;
    let mut md5 = md5::Md5::new();
    let mut at = 0u64;
    while at < length {
        let want = usize::try_from((length - at).min(CHUNK as u64)).unwrap_or(CHUNK);
        let mut buffer = match pool.try_recv() {
            Ok(buffer) => buffer,
            Err(_) if allocated < POOL => {
                allocated += 1;
                vec![0u8; CHUNK]
            }
            Err(_) => match pool.recv() {
                Ok(buffer) => buffer,
                Err(_) => return ReadEnd::Abandoned,
            },
        };
        if let Err(e) = read_exact_at(file, &mut buffer[..want], offset + at) {
            let error = if e.kind() == std::io::ErrorKind::UnexpectedEof {
                TransferError::Invalid(format!(
                    "{} shrank while it was uploaded; upload it again",
                    path.display()
                ))
            } else {
                TransferError::local(path, e)
            };
            let shown = TransferError::Invalid(error.to_string());
            let _ = sender.blocking_send(Err(shown));
            return ReadEnd::Failed(error);
        }
        md5.update(&buffer[..want]);
        let piece = Bytes::from_owner(Pooled {
            buffer,
            len: want,
            home: home.clone(),
        });
        if sender.blocking_send(Ok(piece)).is_err() {
            return ReadEnd::Abandoned;
        }
        at += want as u64;
        progress.advance(Phase::Transfer, want as u64);
    }
    ReadEnd::Done(md5.finalize().into())
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

/// MD5s (hex) of consecutive ranges `(offset, length)` of the file at
/// `path`, hashed on up to `workers` blocking threads, reporting
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
    let workers = workers.clamp(1, count.max(1));
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
                for index in (worker..ranges.len()).step_by(workers) {
                    let (offset, length) = ranges[index];
                    let digest =
                        md5_of_range(&file, &path, offset, length, &mut buffer, &progress)?;
                    out.push((index, crate::hashing::hex(&digest)));
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
            100,
            (data.len() - 200) as u64,
            Progress::none(),
        );
        let mut got = Vec::new();
        let mut body = std::pin::pin!(http_body_util::BodyDataStream::new(body));
        while let Some(chunk) = body.next().await {
            got.extend_from_slice(&chunk.unwrap());
        }
        assert_eq!(got, &data[100..data.len() - 100]);
        let ReadEnd::Done(md5) = reader.await.unwrap() else {
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
