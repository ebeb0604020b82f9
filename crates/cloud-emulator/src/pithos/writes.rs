//! Object PUT (PITHOS.md §3.4): streamed data, hashmap (with the 409 list
//! of missing blocks), or copy/move through `X-Copy-From`/`X-Move-From`.

use axum::body::Body;
use axum::response::{IntoResponse, Response};
use http::StatusCode;

use crate::api_error::ApiFault;
use crate::pithos::conditions;
use crate::pithos::copies;
use crate::pithos::hashing::{self, Algorithm, Digest};
use crate::pithos::ingest;
use crate::pithos::metadata::{self, Meta};
use crate::pithos::model::{self, NewVersion, Version};
use crate::pithos::objects;
use crate::pithos::public;
use crate::pithos::reply::Reply;
use crate::pithos::request::Headers;
use crate::pithos::sharing::{self, Permissions};
use crate::pithos::{Ctx, ObjectPath};

/// The largest hashmap document accepted (5 GiB of 4 KiB blocks would be far
/// more; this is plenty for real block sizes).
const MAX_HASHMAP_BODY: usize = 64 << 20;

/// Headers that describe the object being written.
#[derive(Debug, Clone, Default)]
pub struct WriteHeaders {
    /// `X-Object-Meta-*`.
    pub meta: Meta,
    /// `X-Object-Sharing`: absent = unchanged, `Some(None)` = clear.
    pub sharing: Option<Option<Permissions>>,
    /// `X-Object-Public`: absent = unchanged.
    pub public: Option<bool>,
    /// `Content-Encoding`.
    pub encoding: Option<String>,
    /// `Content-Disposition`.
    pub disposition: Option<String>,
    /// `X-Object-Manifest`.
    pub manifest: Option<String>,
}

impl WriteHeaders {
    /// Parses them (bad sharing/public/metadata → 400).
    pub fn parse(headers: &Headers) -> Result<WriteHeaders, ApiFault> {
        let meta = metadata::from_headers(headers, "x-object-meta-")?;
        metadata::apply(&Meta::new(), &meta, true)?;
        Ok(WriteHeaders {
            meta,
            sharing: headers
                .get("x-object-sharing")
                .map(sharing::parse)
                .transpose()?,
            public: headers
                .get("x-object-public")
                .map(public::parse)
                .transpose()?,
            encoding: headers.get("content-encoding").map(str::to_owned),
            disposition: headers.get("content-disposition").map(str::to_owned),
            manifest: headers.get("x-object-manifest").map(str::to_owned),
        })
    }
}

/// The current object's ETag (top hash), if it exists.
pub async fn current_etag(ctx: &Ctx, path: &ObjectPath) -> Result<Option<String>, ApiFault> {
    let path = path.clone();
    ctx.state
        .db
        .call(move |conn| {
            let Some(c) = model::container(conn, &path.account, &path.container)? else {
                return Ok(None);
            };
            Ok(model::live(conn, c.id, &path.name)?.map(|v| v.top_hash(c.algorithm)))
        })
        .await
}

/// PUT on an object.
pub async fn put(ctx: &Ctx, path: ObjectPath, body: Body) -> Result<Response, ApiFault> {
    if ctx.headers.has("if-match") || ctx.headers.has("if-none-match") {
        let etag = current_etag(ctx, &path).await?;
        conditions::check_write(&ctx.headers, etag.as_deref())?;
    }
    if let Some(from) = ctx.headers.get("x-copy-from") {
        return copies::put_copy(ctx, path, from.to_owned(), false).await;
    }
    if let Some(from) = ctx.headers.get("x-move-from") {
        return copies::put_copy(ctx, path, from.to_owned(), true).await;
    }
    let wh = WriteHeaders::parse(&ctx.headers)?;
    if ctx.headers.content_length().is_none() && !ctx.headers.chunked() {
        return Err(ApiFault::new(
            StatusCode::LENGTH_REQUIRED,
            "lengthRequired",
            "Missing or invalid Content-Length header",
        ));
    }
    let Some(content_type) = ctx.headers.get("content-type").map(str::to_owned) else {
        return Err(ApiFault::new(
            StatusCode::LENGTH_REQUIRED,
            "lengthRequired",
            "Missing Content-Type header",
        ));
    };
    if ctx.query.flag("hashmap") {
        put_hashmap(ctx, path, body, content_type, wh).await
    } else {
        put_data(ctx, path, body, content_type, wh).await
    }
}

/// The container's block parameters, or the defaults when it is missing
/// (a hashmap PUT checks blocks before the container exists, §3.4 step 9).
async fn block_params(
    ctx: &Ctx,
    path: &ObjectPath,
) -> Result<Option<(usize, Algorithm)>, ApiFault> {
    let path = path.clone();
    ctx.state
        .db
        .call(move |conn| {
            Ok(model::container(conn, &path.account, &path.container)?
                .map(|c| (c.block_size, c.algorithm)))
        })
        .await
}

async fn put_data(
    ctx: &Ctx,
    path: ObjectPath,
    body: Body,
    content_type: String,
    wh: WriteHeaders,
) -> Result<Response, ApiFault> {
    // Check the caller may write and the container exists before storing
    // anything (the block size depends on the container).
    let (user, p) = (ctx.user.clone(), path.clone());
    let (block_size, algorithm) = ctx
        .state
        .db
        .call(move |conn| {
            objects::require_write(conn, &user, &p)?;
            let c = model::require_container(conn, &p.account, &p.container)?;
            Ok((c.block_size, c.algorithm))
        })
        .await?;
    let expected_md5 = ctx
        .headers
        .get("etag")
        .map(|e| e.trim().trim_matches('"').to_ascii_lowercase());
    let stored = ingest::ingest(
        ctx.store.clone(),
        body,
        block_size,
        algorithm,
        expected_md5.is_some(),
    )
    .await?;
    let mut checksum = String::new();
    if let (Some(expected), Some(actual)) = (expected_md5, stored.md5) {
        if expected != actual {
            return Err(ApiFault::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "unprocessableEntity",
                "Object ETag does not match",
            ));
        }
        checksum = actual;
    }
    if stored.size == 0 {
        ensure_empty_block(ctx, algorithm).await?;
    }
    let new = NewVersion {
        size: stored.size,
        content_type,
        hashes: stored.hashes,
        checksum,
        ..NewVersion::default()
    };
    commit(ctx, path, new, wh).await
}

/// Stores the empty block (an empty object's hashmap names it).
async fn ensure_empty_block(ctx: &Ctx, algorithm: Algorithm) -> Result<(), ApiFault> {
    let store = ctx.store.clone();
    tokio::task::spawn_blocking(move || store.put(&algorithm.empty(), b""))
        .await
        .map_err(|e| ApiFault::internal(format!("block writer failed: {e}")))??;
    Ok(())
}

/// Parses a hashmap PUT body (§2.4): `bytes` (integer or numeric string)
/// and `hashes` (hex strings); 400 otherwise.
pub fn parse_hashmap(body: &[u8]) -> Result<(i128, Vec<Digest>), ApiFault> {
    let bad = || ApiFault::bad_request("Invalid data formatting");
    let doc: serde_json::Value = serde_json::from_slice(body).map_err(|_| bad())?;
    let bytes = match doc.get("bytes").ok_or_else(bad)? {
        serde_json::Value::Number(n) => n
            .as_i64()
            .map(i128::from)
            .or_else(|| n.as_u64().map(i128::from))
            .or_else(|| {
                n.as_f64()
                    .map(|f| if f.is_finite() { f as i128 } else { i128::MAX })
            })
            .ok_or_else(bad)?,
        serde_json::Value::String(s) => s.trim().parse::<i128>().map_err(|_| bad())?,
        _ => return Err(bad()),
    };
    let list = doc
        .get("hashes")
        .and_then(|h| h.as_array())
        .ok_or_else(bad)?;
    let mut hashes = Vec::with_capacity(list.len());
    for item in list {
        let text = item
            .as_str()
            .ok_or_else(|| ApiFault::bad_request("Invalid hash"))?;
        hashes.push(hashing::parse_hex(text).ok_or_else(|| ApiFault::bad_request("Invalid hash"))?);
    }
    Ok((bytes, hashes))
}

/// Checks a hashmap's size against its length (§2.4) and returns the size
/// and the hashmap to store.
pub fn check_hashmap(
    bytes: i128,
    hashes: Vec<Digest>,
    block_size: usize,
    algorithm: Algorithm,
) -> Result<(u64, Vec<Digest>), ApiFault> {
    let mismatch = || {
        ApiFault::bad_request("The object's size does not match with the object's hashmap length")
    };
    if bytes < 0 || bytes > i128::from(ingest::MAX_BODY) * 1024 {
        return Err(mismatch());
    }
    if bytes == 0 {
        if hashes.is_empty() || hashes == [algorithm.empty()] {
            return Ok((0, Vec::new()));
        }
        return Err(mismatch());
    }
    let b = block_size as i128;
    if hashes.len() as i128 != (bytes + b - 1) / b {
        return Err(mismatch());
    }
    Ok((u64::try_from(bytes).map_err(|_| mismatch())?, hashes))
}

async fn put_hashmap(
    ctx: &Ctx,
    path: ObjectPath,
    body: Body,
    content_type: String,
    wh: WriteHeaders,
) -> Result<Response, ApiFault> {
    let text = ingest::collect(body, MAX_HASHMAP_BODY).await?;
    let (bytes, hashes) = parse_hashmap(&text)?;
    let (block_size, algorithm) = block_params(ctx, &path)
        .await?
        .unwrap_or_else(|| (model::default_block_size(), model::default_algorithm()));
    let (size, hashes) = check_hashmap(bytes, hashes, block_size, algorithm)?;
    let store = ctx.store.clone();
    let wanted = hashes.clone();
    let missing = tokio::task::spawn_blocking(move || {
        let mut missing: Vec<Digest> = Vec::new();
        for h in &wanted {
            if !missing.contains(h) && !store.exists(h) {
                missing.push(*h);
            }
        }
        missing
    })
    .await
    .map_err(|e| ApiFault::internal(format!("block check failed: {e}")))?;
    if !missing.is_empty() {
        return Err(
            ApiFault::conflict("Missing blocks").json_body(serde_json::json!(
                missing.iter().map(|h| hashing::hex(h)).collect::<Vec<_>>()
            )),
        );
    }
    if size == 0 {
        ensure_empty_block(ctx, algorithm).await?;
    }
    let new = NewVersion {
        size,
        content_type,
        hashes,
        ..NewVersion::default()
    };
    commit(ctx, path, new, wh).await
}

/// Records a written object: write permission (403), container (404),
/// sharing only by the owner (403), quota (413); then sharing and public
/// state. Replies 201 with `ETag` and `X-Object-Version`.
async fn commit(
    ctx: &Ctx,
    path: ObjectPath,
    mut new: NewVersion,
    wh: WriteHeaders,
) -> Result<Response, ApiFault> {
    let user = ctx.user.clone();
    new.meta = metadata::apply(&Meta::new(), &wh.meta, false)?;
    new.encoding = wh.encoding.clone();
    new.disposition = wh.disposition.clone();
    new.manifest = wh.manifest.clone();
    let (version, algorithm) = ctx
        .state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            objects::require_write(&tx, &user, &path)?;
            let c = model::require_container(&tx, &path.account, &path.container)?;
            if wh.sharing.is_some() && user != path.account {
                return Err(ApiFault::forbidden("Not allowed"));
            }
            let version = model::write_version(&tx, &c, &path.name, new, &user)?;
            apply_sharing_public(&tx, &path, &wh)?;
            tx.commit()?;
            Ok((version, c.algorithm))
        })
        .await?;
    Ok(written(StatusCode::CREATED, &version, algorithm))
}

/// Applies `X-Object-Sharing` and `X-Object-Public` when present.
pub fn apply_sharing_public(
    conn: &rusqlite::Connection,
    path: &ObjectPath,
    wh: &WriteHeaders,
) -> Result<(), ApiFault> {
    if let Some(sharing) = &wh.sharing {
        sharing::set(
            conn,
            &path.account,
            &path.container,
            &path.name,
            sharing.as_ref(),
        )?;
    }
    if let Some(publish) = wh.public {
        public::set(conn, path, publish)?;
    }
    Ok(())
}

/// The reply to a write: `ETag` (top hash) and `X-Object-Version`.
pub fn written(status: StatusCode, version: &Version, algorithm: Algorithm) -> Response {
    Reply::new(status)
        .header("etag", version.top_hash(algorithm))
        .header("x-object-version", version.id.to_string())
        .into_response()
}
