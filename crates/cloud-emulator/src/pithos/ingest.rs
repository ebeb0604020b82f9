//! Streaming a request body into the block store (data PUT, block POST,
//! partial updates from a body).
//!
//! The body is cut at the container's block boundaries (B) as it arrives;
//! the pieces go to a blocking worker that writes each block to a temporary
//! file while hashing it (and feeding the optional MD5), then syncs and
//! renames it into place. Memory holds at most a few frames, whatever the
//! body and block sizes, and the async runtime never hashes or writes.

use axum::body::Body;
use bytes::Bytes;
use http_body_util::BodyExt;
use md5::Digest as _;
use tokio::sync::mpsc;

use crate::api_error::ApiFault;
use crate::pithos::blocks::BlockStore;
use crate::pithos::hashing::{Algorithm, Digest, hex};

/// The largest body a single request may carry (PITHOS.md §3.4: 5 GiB).
pub const MAX_BODY: u64 = 5 << 30;

/// What a body became.
#[derive(Debug, Clone)]
pub struct Ingested {
    /// The hashes of its blocks, in order (empty for an empty body).
    pub hashes: Vec<Digest>,
    /// Its length in bytes.
    pub size: u64,
    /// Its MD5 in hex, when asked for.
    pub md5: Option<String>,
}

/// A piece of the body on its way to the worker.
struct Piece {
    data: Bytes,
    /// Whether this piece ends a block.
    ends_block: bool,
}

/// How many pieces may wait for the worker (each at most one frame).
const QUEUE: usize = 16;

/// Reads `body` to its end, storing it as blocks of `block_size` bytes hashed
/// with `algorithm`. Frames go to a blocking worker as they arrive, which
/// writes them to a temporary file and hashes them, so receiving, hashing
/// and writing overlap; at each block's end the worker syncs and renames it
/// into place. A body that fails mid-way (the client went away) stores only
/// whole blocks and returns an error: nothing references them.
pub async fn ingest(
    store: BlockStore,
    body: Body,
    block_size: usize,
    algorithm: Algorithm,
    want_md5: bool,
) -> Result<Ingested, ApiFault> {
    let (sender, mut receiver) = mpsc::channel::<Piece>(QUEUE);
    let worker = tokio::task::spawn_blocking(move || {
        let mut hashes = Vec::new();
        let mut md5 = want_md5.then(md5::Md5::new);
        let mut writer = None;
        while let Some(piece) = receiver.blocking_recv() {
            if let Some(md5) = md5.as_mut() {
                md5.update(&piece.data);
            }
            let current = match writer.as_mut() {
                Some(w) => w,
                None => writer.insert(store.writer(algorithm, block_size)?),
            };
            current.write(&piece.data)?;
            if piece.ends_block
                && let Some(done) = writer.take()
            {
                hashes.push(done.finish()?);
            }
        }
        Ok::<_, std::io::Error>((hashes, md5.map(|m| hex(&m.finalize()))))
    });
    let fed = feed(body, block_size, &sender).await;
    drop(sender);
    let stored = worker
        .await
        .map_err(|e| ApiFault::internal(format!("block worker failed: {e}")))?;
    // A storage failure explains a stopped feed better than the feed's own error.
    let (hashes, md5) = stored?;
    let size = fed?;
    Ok(Ingested { hashes, size, md5 })
}

/// Cuts the body at block boundaries and sends the pieces to the worker;
/// returns the size.
async fn feed(
    body: Body,
    block_size: usize,
    sender: &mpsc::Sender<Piece>,
) -> Result<u64, ApiFault> {
    let block_size = block_size.max(1);
    let mut body = body;
    let mut in_block: usize = 0;
    let mut size: u64 = 0;
    let stopped = || ApiFault::internal("the block worker stopped");
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| {
            ApiFault::bad_request(format!("The request body could not be read: {e}"))
        })?;
        let Ok(mut data) = frame.into_data() else {
            continue;
        };
        size += data.len() as u64;
        if size > MAX_BODY {
            return Err(ApiFault::bad_request("Maximum size is reached"));
        }
        while !data.is_empty() {
            let take = (block_size - in_block).min(data.len());
            let piece = data.split_to(take);
            in_block += take;
            let ends_block = in_block == block_size;
            if ends_block {
                in_block = 0;
            }
            sender
                .send(Piece {
                    data: piece,
                    ends_block,
                })
                .await
                .map_err(|_| stopped())?;
        }
    }
    if in_block > 0 {
        sender
            .send(Piece {
                data: Bytes::new(),
                ends_block: true,
            })
            .await
            .map_err(|_| stopped())?;
    }
    Ok(size)
}

/// Reads a whole body into memory, refusing more than `limit` bytes (for
/// JSON hashmaps and partial-update patches).
pub async fn collect(body: Body, limit: usize) -> Result<Bytes, ApiFault> {
    let limited = http_body_util::Limited::new(body, limit);
    match limited.collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) => {
            if e.downcast_ref::<http_body_util::LengthLimitError>()
                .is_some()
            {
                Err(ApiFault::bad_request("Maximum size is reached"))
            } else {
                Err(ApiFault::bad_request(format!(
                    "The request body could not be read: {e}"
                )))
            }
        }
    }
}
