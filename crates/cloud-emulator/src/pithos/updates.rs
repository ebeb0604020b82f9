//! Object POST (PITHOS.md §3.4): metadata, sharing and publishing, or a
//! partial data update with `Content-Range` (overwrite, append, from a
//! source object, truncate with `X-Object-Bytes`), reproducing the stale
//! hashes of §2.8: touched blocks are rewritten whole from the stored
//! (zero-padded) block, so bytes past the end survive in hashes, and a
//! truncation cuts the hashmap without re-hashing the new last block.

use axum::body::Body;
use axum::response::{IntoResponse, Response};
use http::StatusCode;
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

/// The largest patch one POST may carry (it is held in memory).
pub const MAX_PATCH: usize = 512 << 20;

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
    let (data, length): (Vec<u8>, u64) = match patch {
        Patch::Body(body) => {
            let declared = ctx.headers.content_length();
            if declared.is_none() && !ctx.headers.chunked() {
                return Err(ApiFault::new(
                    StatusCode::LENGTH_REQUIRED,
                    "lengthRequired",
                    "Missing or invalid Content-Length header",
                ));
            }
            if let (Some(want), Some(declared)) = (range_len, declared) {
                if want != declared {
                    return Err(ApiFault::bad_request(
                        "Content length does not match range length",
                    ));
                }
            }
            let data = ingest::collect(body, MAX_PATCH).await?.to_vec();
            if range_len.is_some_and(|want| want != data.len() as u64) {
                return Err(ApiFault::bad_request(
                    "Content length does not match range length",
                ));
            }
            let len = data.len() as u64;
            (data, len)
        }
        Patch::Source(source) => {
            let (sc, sv) = *source;
            let length = range_len.unwrap_or(sv.size);
            if length > sv.size {
                return Err(ApiFault::bad_request(
                    "Object length is smaller than range length",
                ));
            }
            if length as usize > MAX_PATCH {
                return Err(ApiFault::bad_request("Maximum size is reached"));
            }
            let segment = Segment {
                hashes: sv.hashes.clone(),
                block_size: sc.block_size,
                size: sv.size,
            };
            (
                reader::read(ctx.store.clone(), segment, 0, length).await?,
                length,
            )
        }
    };
    if let Some(total) = range.total {
        if total != size || offset + length > size {
            return Err(invalid_range());
        }
    }
    let store = ctx.store.clone();
    let (block_size, algorithm) = (container.block_size, container.algorithm);
    let old_hashes = if size == 0 {
        Vec::new()
    } else {
        current.hashes.clone()
    };
    let (mut hashes, mut new_size) = tokio::task::spawn_blocking(move || {
        patch_blocks(
            &store, old_hashes, size, offset, &data, block_size, algorithm,
        )
    })
    .await
    .map_err(|e| ApiFault::internal(format!("block writer failed: {e}")))??;
    if let Some(n) = truncate_to {
        if n < new_size {
            new_size = n;
            let keep = usize::try_from(n.div_ceil(block_size as u64)).unwrap_or(usize::MAX);
            hashes.truncate(keep);
        }
    }
    let _ = length;
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

/// Writes `data` at `offset` into an object of `size` bytes with hashmap
/// `hashes`: every touched block is read back padded to B, patched,
/// re-hashed and stored. Returns the new hashmap and size.
fn patch_blocks(
    store: &BlockStore,
    mut hashes: Vec<Digest>,
    size: u64,
    offset: u64,
    data: &[u8],
    block_size: usize,
    algorithm: Algorithm,
) -> Result<(Vec<Digest>, u64), ApiFault> {
    if data.is_empty() {
        return Ok((hashes, size));
    }
    let b = block_size as u64;
    let end = offset + data.len() as u64;
    let first = offset / b;
    let last = (end - 1) / b;
    for index in first..=last {
        let i = usize::try_from(index).map_err(|_| ApiFault::bad_request("Object too large"))?;
        let mut block = match hashes.get(i) {
            Some(h) => store.read_padded(h, block_size)?,
            None => vec![0u8; block_size],
        };
        let block_start = index * b;
        let from = offset.max(block_start);
        let to = end.min(block_start + b);
        let dst = usize::try_from(from - block_start).unwrap_or(0)
            ..usize::try_from(to - block_start).unwrap_or(0);
        let src =
            usize::try_from(from - offset).unwrap_or(0)..usize::try_from(to - offset).unwrap_or(0);
        block[dst].copy_from_slice(&data[src]);
        let trimmed = crate::pithos::hashing::strip_trailing_zeros(&block);
        let hash = store.put_block(algorithm, trimmed)?;
        while hashes.len() < i {
            // A gap cannot happen (offset <= size), but keep the map whole.
            hashes.push(algorithm.empty());
        }
        if i < hashes.len() {
            hashes[i] = hash;
        } else {
            hashes.push(hash);
        }
    }
    Ok((hashes, size.max(end)))
}
