//! Reading object data out of the block store: blocks padded with zeros to
//! B and cut at the object size (PITHOS.md §2.7), streamed in batches read
//! on the blocking pool so memory stays bounded and the runtime never
//! touches the disk.

use axum::body::Body;
use bytes::Bytes;

use crate::api_error::ApiFault;
use crate::pithos::blocks::BlockStore;
use crate::pithos::hashing::Digest;

/// One object's data as blocks (a manifest concatenates several).
#[derive(Debug, Clone)]
pub struct Segment {
    /// Its hashmap.
    pub hashes: Vec<Digest>,
    /// Its block size.
    pub block_size: usize,
    /// Its size.
    pub size: u64,
}

/// A piece of one block: read the block padded to `len`, keep `start..end`.
#[derive(Debug, Clone, Copy)]
struct Piece {
    hash: Digest,
    len: usize,
    start: usize,
    end: usize,
}

/// How many bytes one blocking read gathers at most (a few blocks).
const BATCH: usize = 4 << 20;

fn pieces(segments: &[Segment], offset: u64, length: u64) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut base: u64 = 0;
    let end = offset + length;
    for segment in segments {
        let b = segment.block_size.max(1) as u64;
        let seg_end = base + segment.size;
        if seg_end > offset && base < end {
            let from = offset.max(base) - base;
            let to = end.min(seg_end) - base;
            let mut index = from / b;
            while index * b < to {
                let block_start = index * b;
                let block_len = b.min(segment.size - block_start);
                let start = from.max(block_start) - block_start;
                let stop = to.min(block_start + block_len) - block_start;
                let hash = segment
                    .hashes
                    .get(usize::try_from(index).unwrap_or(usize::MAX))
                    .copied()
                    .unwrap_or([0u8; 32]);
                out.push(Piece {
                    hash,
                    len: usize::try_from(block_len).unwrap_or(0),
                    start: usize::try_from(start).unwrap_or(0),
                    end: usize::try_from(stop).unwrap_or(0),
                });
                index += 1;
            }
        }
        base = seg_end;
    }
    out
}

fn read_batch(store: &BlockStore, batch: &[Piece]) -> std::io::Result<Bytes> {
    let mut out = Vec::with_capacity(batch.iter().map(|p| p.end - p.start).sum());
    for piece in batch {
        let data = store.read_padded(&piece.hash, piece.len)?;
        out.extend_from_slice(data.get(piece.start..piece.end).unwrap_or(&[]));
    }
    Ok(Bytes::from(out))
}

fn batches(pieces: Vec<Piece>) -> Vec<Vec<Piece>> {
    let mut out = Vec::new();
    let mut current = Vec::new();
    let mut bytes = 0;
    for piece in pieces {
        bytes += piece.len;
        current.push(piece);
        if bytes >= BATCH {
            out.push(std::mem::take(&mut current));
            bytes = 0;
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// A body streaming `length` bytes from `offset` of the concatenated segments.
pub fn stream(store: BlockStore, segments: &[Segment], offset: u64, length: u64) -> Body {
    let queue = batches(pieces(segments, offset, length));
    let stream = futures_util::stream::unfold(
        (store, queue.into_iter()),
        |(store, mut queue)| async move {
            let batch = queue.next()?;
            let reader = store.clone();
            let read = tokio::task::spawn_blocking(move || read_batch(&reader, &batch))
                .await
                .unwrap_or_else(|e| Err(std::io::Error::other(e)));
            Some((read, (store, queue)))
        },
    );
    Body::from_stream(stream)
}

/// Reads `length` bytes from `offset` of one segment into memory.
pub async fn read(
    store: BlockStore,
    segment: Segment,
    offset: u64,
    length: u64,
) -> Result<Vec<u8>, ApiFault> {
    let list = pieces(std::slice::from_ref(&segment), offset, length);
    tokio::task::spawn_blocking(move || {
        let mut out = Vec::new();
        for batch in batches(list) {
            out.extend_from_slice(&read_batch(&store, &batch)?);
        }
        Ok::<_, std::io::Error>(out)
    })
    .await
    .map_err(|e| ApiFault::internal(format!("block reader failed: {e}")))?
    .map_err(ApiFault::from)
}
