//! Object POST (PITHOS.md §3.4): metadata, sharing and publishing, or a
//! partial data update with `Content-Range` (overwrite, append, from a
//! source object, truncate with `X-Object-Bytes`), reproducing the stale
//! hashes of §2.8: touched blocks are rewritten whole from the stored
//! (zero-padded) block, so bytes past the end survive in hashes, and a
//! truncation cuts the hashmap without re-hashing the new last block.

use axum::body::Body;
use axum::response::{IntoResponse, Response};
use http::StatusCode;
use http_body_util::BodyExt;
use tokio::sync::Mutex;

use crate::api_error::ApiFault;
use crate::pithos::blocks::BlockStore;
use crate::pithos::conditions;
use crate::pithos::hashing::{Algorithm, Digest};
use crate::pithos::ingest;
use crate::pithos::metadata;
use crate::pithos::model::{self, Container, NewVersion, Version};
use crate::pithos::objects;
use crate::pithos::ranges::parse_content_range;
use crate::pithos::reader::{self, Segment};
use crate::pithos::reply::Reply;
use crate::pithos::writes::{self, WriteHeaders};
use crate::pithos::{Ctx, ObjectPath, parse_location};

/// Data updates are read-modify-write; one at a time keeps concurrent
/// appends from losing each other's data.
static DATA_UPDATES: Mutex<()> = Mutex::const_new(());

fn invalid_range() -> ApiFault {
    ApiFault::new(
        StatusCode::RANGE_NOT_SATISFIABLE,
        "rangeNotSatisfiable",
        "Invalid Content-Range header",
    )
}

/// POST on an object.
pub async fn post(ctx: &Ctx, path: ObjectPath, body: Body) -> Result<Response, ApiFault> {
    let _serial = DATA_UPDATES.lock().await;
    let user = ctx.user.clone();
    let p = path.clone();
    let (container, current) = ctx
        .state
        .db
        .call(move |conn| {
            objects::require_write(conn, &user, &p)?;
            let c = model::require_container(conn, &p.account, &p.container)?;
            let v = objects::require_live(conn, &c, &p.name)?;
            Ok((c, v))
        })
        .await?;
    conditions::check_write(&ctx.headers, Some(&current.top_hash(container.algorithm)))?;
    let wh = WriteHeaders::parse(&ctx.headers)?;
    let owner = ctx.user == path.account;
    if !owner && (wh.sharing.is_some() || wh.public.is_some()) {
        return Err(ApiFault::forbidden("Not allowed"));
    }
    let is_data = ctx.headers.get("content-type") == Some("application/octet-stream")
        || ctx.headers.has("x-source-object");
    if is_data {
        data_update(ctx, path, container, current, wh, body).await
    } else {
        metadata_update(ctx, path, current, wh).await
    }
}

/// The metadata of `current` after a request (replace, or merge with `update`).
fn new_attributes(ctx: &Ctx, current: &Version, wh: &WriteHeaders) -> Result<NewVersion, ApiFault> {
    let update = ctx.query.flag("update");
    let mut new = NewVersion::from_version(current);
    new.meta = metadata::apply(&current.meta, &wh.meta, update)?;
    if update {
        let pick = |sent: &Option<String>, old: &Option<String>| match sent {
            Some(v) if v.is_empty() => None,
            Some(v) => Some(v.clone()),
            None => old.clone(),
        };
        new.encoding = pick(&wh.encoding, &current.encoding);
        new.disposition = pick(&wh.disposition, &current.disposition);
        new.manifest = pick(&wh.manifest, &current.manifest);
    } else {
        new.encoding = wh.encoding.clone().filter(|v| !v.is_empty());
        new.disposition = wh.disposition.clone().filter(|v| !v.is_empty());
        new.manifest = wh.manifest.clone().filter(|v| !v.is_empty());
    }
    Ok(new)
}

async fn metadata_update(
    ctx: &Ctx,
    path: ObjectPath,
    current: Version,
    wh: WriteHeaders,
) -> Result<Response, ApiFault> {
    let update = ctx.query.flag("update");
    let meta_sent = !wh.meta.is_empty()
        || wh.encoding.is_some()
        || wh.disposition.is_some()
        || wh.manifest.is_some();
    let write = meta_sent || !update;
    let new = new_attributes(ctx, &current, &wh)?;
    let user = ctx.user.clone();
    let version = ctx
        .state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            let c = model::require_container(&tx, &path.account, &path.container)?;
            let version = if write {
                Some(model::write_version(&tx, &c, &path.name, new, &user)?)
            } else {
                None
            };
            writes::apply_sharing_public(&tx, &path, &wh)?;
            tx.commit()?;
            Ok(version)
        })
        .await?;
    let mut reply = Reply::new(StatusCode::ACCEPTED);
    if let Some(v) = version {
        reply.push("x-object-version", v.id.to_string());
    }
    Ok(reply.into_response())
}

/// Where the patch comes from.
enum Patch {
    Body(Body),
    Source(Box<(Container, Version)>),
}

async fn data_update(
    ctx: &Ctx,
    path: ObjectPath,
    container: Container,
    current: Version,
    wh: WriteHeaders,
    body: Body,
) -> Result<Response, ApiFault> {
    let range = ctx
        .headers
        .get("content-range")
        .ok_or_else(|| ApiFault::bad_request("Missing Content-Range header"))?;
    let range = parse_content_range(range).ok_or_else(invalid_range)?;
    let size = current.size;
    let truncate_to = match ctx.headers.get("x-object-bytes") {
        Some(v) => Some(
            v.trim()
                .parse::<u64>()
                .map_err(|_| ApiFault::bad_request("Invalid X-Object-Bytes header"))?,
        ),
        None => None,
    };
    let patch = match ctx.headers.get("x-source-object") {
        Some(source) => {
            let account = ctx
                .headers
                .get("x-source-account")
                .map_or_else(|| path.account.clone(), str::to_owned);
            let src = parse_location(source, &account)?;
            let version: Option<i64> = match ctx.headers.get("x-source-version") {
                Some(v) => Some(
                    v.trim()
                        .parse()
                        .map_err(|_| ApiFault::not_found("Version does not exist"))?,
                ),
                None => None,
            };
            let user = ctx.user.clone();
            let (sc, sv) = ctx
                .state
                .db
                .call(move |conn| {
                    objects::require_read(conn, &user, &src)?;
                    let sc = model::require_container(conn, &src.account, &src.container)?;
                    let sv = match version {
                        Some(id) => model::version_by_id(conn, sc.id, &src.name, id)?
                            .ok_or_else(|| ApiFault::not_found("Version does not exist"))?,
                        None => objects::require_live(conn, &sc, &src.name)?,
                    };
                    Ok((sc, sv))
                })
                .await?;
            Patch::Source(Box::new((sc, sv)))
        }
        None => Patch::Body(body),
    };
    let offset = range.first.unwrap_or(size);
    if offset > size {
        return Err(invalid_range());
    }
    let range_len = range.last.map(|last| last - offset + 1);
    let (block_size, algorithm) = (container.block_size, container.algorithm);
    let (stream, expected): (Body, Option<u64>) = match patch {
        Patch::Body(body) => {
            let declared = ctx.headers.content_length();
            if declared.is_none() && !ctx.headers.chunked() {
                return Err(ApiFault::new(
                    StatusCode::LENGTH_REQUIRED,
                    "lengthRequired",
                    "Missing or invalid Content-Length header",
                ));
            }
            if let (Some(want), Some(declared)) = (range_len, declared)
                && want != declared
            {
                return Err(length_mismatch());
            }
            (body, range_len.or(declared))
        }
        Patch::Source(source) => {
            let (sc, sv) = *source;
            let length = range_len.unwrap_or(sv.size);
            if length > sv.size {
                return Err(ApiFault::bad_request(
                    "Object length is smaller than range length",
                ));
            }
            let segment = Segment {
                hashes: sv.hashes.clone(),
                block_size: sc.block_size,
                size: sv.size,
            };
            (
                reader::stream(ctx.store.clone(), &[segment], 0, length),
                Some(length),
            )
        }
    };
    let total_ok = |length: u64| match range.total {
        Some(total) => total == size && offset + length <= size,
        None => true,
    };
    if expected.is_some_and(|length| !total_ok(length)) {
        return Err(invalid_range());
    }
    let old_hashes = if size == 0 {
        Vec::new()
    } else {
        current.hashes.clone()
    };
    let (mut hashes, mut new_size, written) = patch_stream(
        ctx.store.clone(),
        old_hashes,
        size,
        offset,
        stream,
        block_size,
        algorithm,
    )
    .await?;
    if expected.is_some_and(|want| want != written) {
        return Err(length_mismatch());
    }
    if !total_ok(written) {
        return Err(invalid_range());
    }
    if let Some(n) = truncate_to
        && n < new_size
    {
        new_size = n;
        let keep = usize::try_from(n.div_ceil(block_size as u64)).unwrap_or(usize::MAX);
        hashes.truncate(keep);
    }
    let mut new = new_attributes(ctx, &current, &wh)?;
    new.size = new_size;
    new.hashes = hashes;
    new.checksum = String::new();
    let user = ctx.user.clone();
    let version = ctx
        .state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            let c = model::require_container(&tx, &path.account, &path.container)?;
            let version = model::write_version(&tx, &c, &path.name, new, &user)?;
            writes::apply_sharing_public(&tx, &path, &wh)?;
            tx.commit()?;
            Ok(version)
        })
        .await?;
    Ok(writes::written(StatusCode::NO_CONTENT, &version, algorithm))
}

fn length_mismatch() -> ApiFault {
    ApiFault::bad_request("Content length does not match range length")
}

/// Writes the bytes of `data` at `offset` into an object of `size` bytes
/// with hashmap `hashes`, one block at a time as the bytes arrive: every
/// touched block is read back padded to B, patched, re-hashed and stored
/// (on the blocking pool). Memory holds one block and one frame. Returns the
/// new hashmap, the new size and how many bytes were written.
async fn patch_stream(
    store: BlockStore,
    mut hashes: Vec<Digest>,
    size: u64,
    offset: u64,
    data: Body,
    block_size: usize,
    algorithm: Algorithm,
) -> Result<(Vec<Digest>, u64, u64), ApiFault> {
    let b = block_size.max(1) as u64;
    let mut pos = offset;
    let mut current: Option<(u64, Vec<u8>)> = None;
    let mut body = data;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| {
            ApiFault::bad_request(format!("The request body could not be read: {e}"))
        })?;
        let Ok(mut data) = frame.into_data() else {
            continue;
        };
        while !data.is_empty() {
            let index = pos / b;
            if current.as_ref().map(|(i, _)| *i) != Some(index) {
                if let Some((i, block)) = current.take() {
                    flush(&store, &mut hashes, i, block, algorithm).await?;
                }
                current = Some((index, load(&store, &hashes, index, block_size).await?));
            }
            let Some((_, block)) = current.as_mut() else {
                return Err(ApiFault::internal("no block to patch"));
            };
            let within = usize::try_from(pos - index * b).unwrap_or(0);
            let take = (block_size - within).min(data.len());
            block[within..within + take].copy_from_slice(&data.split_to(take));
            pos += take as u64;
            if pos - offset > ingest::MAX_BODY {
                return Err(ApiFault::bad_request("Maximum size is reached"));
            }
        }
    }
    if let Some((i, block)) = current.take() {
        flush(&store, &mut hashes, i, block, algorithm).await?;
    }
    Ok((hashes, size.max(pos), pos - offset))
}

/// Block `index` of an object as stored, padded with zeros to B (zeros past the end).
async fn load(
    store: &BlockStore,
    hashes: &[Digest],
    index: u64,
    block_size: usize,
) -> Result<Vec<u8>, ApiFault> {
    let existing = usize::try_from(index)
        .ok()
        .and_then(|i| hashes.get(i))
        .copied();
    let Some(hash) = existing else {
        return Ok(vec![0u8; block_size]);
    };
    let store = store.clone();
    tokio::task::spawn_blocking(move || store.read_padded(&hash, block_size))
        .await
        .map_err(|e| ApiFault::internal(format!("block reader failed: {e}")))?
        .map_err(ApiFault::from)
}

/// Stores a patched block and puts its hash at `index` of the hashmap.
async fn flush(
    store: &BlockStore,
    hashes: &mut Vec<Digest>,
    index: u64,
    block: Vec<u8>,
    algorithm: Algorithm,
) -> Result<(), ApiFault> {
    let store = store.clone();
    let hash = tokio::task::spawn_blocking(move || {
        store.put_block(
            algorithm,
            crate::pithos::hashing::strip_trailing_zeros(&block),
        )
    })
    .await
    .map_err(|e| ApiFault::internal(format!("block writer failed: {e}")))??;
    let i = usize::try_from(index).map_err(|_| ApiFault::bad_request("Object too large"))?;
    while hashes.len() < i {
        // A gap cannot happen (offset <= size), but keep the map whole.
        hashes.push(algorithm.empty());
    }
    if i < hashes.len() {
        hashes[i] = hash;
    } else {
        hashes.push(hash);
    }
    Ok(())
}
