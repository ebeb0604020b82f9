//! Streaming a request body into the block store (data PUT, block POST,
//! partial updates from a body).
//!
//! The body is cut into blocks of the container's size B as it arrives; each
//! full block goes to a blocking worker that hashes it, feeds the optional
//! MD5 and stores it durably. At most a few blocks are in memory at once
//! (the one being filled, two queued, one in the worker), whatever the body
//! size, and the async runtime never hashes or writes.

use axum::body::Body;
use bytes::{Bytes, BytesMut};
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

/// Reads `body` to its end, storing it as blocks of `block_size` bytes hashed
/// with `algorithm`. A body that fails mid-way (the client went away) stores
/// only whole blocks and returns an error: nothing references them.
pub async fn ingest(
    store: BlockStore,
    body: Body,
    block_size: usize,
    algorithm: Algorithm,
    want_md5: bool,
) -> Result<Ingested, ApiFault> {
    let (sender, mut receiver) = mpsc::channel::<Bytes>(2);
    let worker = tokio::task::spawn_blocking(move || {
        let mut hashes = Vec::new();
        let mut md5 = want_md5.then(md5::Md5::new);
        while let Some(block) = receiver.blocking_recv() {
            if let Some(md5) = md5.as_mut() {
                md5.update(&block);
            }
            hashes.push(store.put_block(algorithm, &block)?);
        }
        Ok::<_, std::io::Error>((hashes, md5.map(|m| hex(&m.finalize()))))
    });
    let fed = feed(body, block_size, &sender).await;
    drop(sender);
    let stored = worker
        .await
        .map_err(|e| ApiFault::internal(format!("block worker failed: {e}")))?;
    let size = fed?;
    let (hashes, md5) = stored?;
    Ok(Ingested { hashes, size, md5 })
}

/// Cuts the body into blocks and sends them to the worker; returns the size.
async fn feed(
    body: Body,
    block_size: usize,
    sender: &mpsc::Sender<Bytes>,
) -> Result<u64, ApiFault> {
    let block_size = block_size.max(1);
    let mut body = body;
    let mut buffer = BytesMut::with_capacity(block_size.min(1 << 24));
    let mut size: u64 = 0;
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
            let room = block_size - buffer.len();
            let take = room.min(data.len());
            buffer.extend_from_slice(&data.split_to(take));
            if buffer.len() == block_size {
                let block = buffer.split().freeze();
                sender
                    .send(block)
                    .await
                    .map_err(|_| ApiFault::internal("the block worker stopped"))?;
                buffer.reserve(block_size.min(1 << 24));
            }
        }
    }
    if !buffer.is_empty() {
        sender
            .send(buffer.freeze())
            .await
            .map_err(|_| ApiFault::internal("the block worker stopped"))?;
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
