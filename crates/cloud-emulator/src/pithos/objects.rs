//! Object reads (HEAD, GET: data, ranges, hashmap, version list, old
//! versions, manifests) and DELETE (PITHOS.md §3.4, §3.5).

use axum::body::Body;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use futures_util::StreamExt;
use http::{Method, StatusCode};
use md5::Digest as _;
use rusqlite::{Connection, Transaction};
use serde_json::json;

use crate::api_error::ApiFault;
use crate::clock;
use crate::pithos::conditions;
use crate::pithos::hashing::hex;
use crate::pithos::model::{self, Container, NewVersion, Version};
use crate::pithos::public;
use crate::pithos::ranges::{Ranges, parse_range};
use crate::pithos::reader::{self, Segment};
use crate::pithos::reply::Reply;
use crate::pithos::sharing::{self, Level};
use crate::pithos::{Ctx, ObjectPath};

/// Who is reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadMode {
    /// Through the API, with a token.
    Api,
    /// Through a public URL, anonymously.
    Public,
}

/// What a read needs, gathered in one database call.
struct Loaded {
    container: Container,
    version: Version,
    last_modified: i64,
    sharing: Option<String>,
    shared_by: Option<String>,
    allowed_to: Option<Level>,
    public_url: Option<String>,
    segments: Vec<Segment>,
    manifest_etag: Option<String>,
}

/// What the caller may do with an object: the owner everything; others
/// what sharing grants (and reading if it is public).
pub fn access_level(
    conn: &Connection,
    user: &str,
    path: &ObjectPath,
) -> Result<(Level, Option<String>), ApiFault> {
    if user == path.account {
        return Ok((Level::Write, None));
    }
    let (level, by) = sharing::access(conn, user, &path.account, &path.container, &path.name)?;
    if level == Level::None
        && public::token_of(conn, &path.account, &path.container, &path.name)?.is_some()
    {
        return Ok((Level::Read, None));
    }
    Ok((level, by))
}

/// Checks the caller may write `path` (owner or write permission); 403 otherwise.
pub fn require_write(conn: &Connection, user: &str, path: &ObjectPath) -> Result<(), ApiFault> {
    if access_level(conn, user, path)?.0 == Level::Write {
        Ok(())
    } else {
        Err(ApiFault::forbidden("Not allowed"))
    }
}

/// Checks the caller may read `path`; 403 otherwise.
pub fn require_read(conn: &Connection, user: &str, path: &ObjectPath) -> Result<(), ApiFault> {
    if access_level(conn, user, path)?.0 >= Level::Read {
        Ok(())
    } else {
        Err(ApiFault::forbidden("Not allowed"))
    }
}

/// The object, or 404 "Object does not exist".
pub fn require_live(conn: &Connection, c: &Container, name: &str) -> Result<Version, ApiFault> {
    model::live(conn, c.id, name)?.ok_or_else(|| ApiFault::not_found("Object does not exist"))
}

/// HEAD or GET through the API.
pub async fn get(ctx: &Ctx, path: ObjectPath) -> Result<Response, ApiFault> {
    read(ctx, path, ReadMode::Api).await
}

/// HEAD or GET of an object, through the API or a public URL.
pub async fn read(ctx: &Ctx, path: ObjectPath, mode: ReadMode) -> Result<Response, ApiFault> {
    let api = mode == ReadMode::Api;
    let version_param = if api {
        ctx.query.get("version").map(str::to_owned)
    } else {
        None
    };
    if api && version_param.as_deref() == Some("list") && ctx.method == Method::GET {
        return version_list(ctx, path).await;
    }
    let user = ctx.user.clone();
    let base_url = ctx.state.base_url.clone();
    let loaded = ctx
        .state
        .db
        .call(move |conn| {
            load(
                conn,
                &user,
                &path,
                version_param.as_deref(),
                mode,
                &base_url,
            )
        })
        .await?;
    let v = &loaded.version;
    let etag = loaded
        .manifest_etag
        .clone()
        .unwrap_or_else(|| v.top_hash(loaded.container.algorithm));
    conditions::check_read(&ctx.headers, &etag, loaded.last_modified)?;
    let size: u64 = loaded.segments.iter().map(|s| s.size).sum();

    let mut reply = Reply::new(StatusCode::OK);
    reply.push("etag", etag.clone());
    reply.push("content-type", v.content_type.clone());
    reply.push("last-modified", clock::http_date(loaded.last_modified));
    if let Some(e) = &v.encoding {
        reply.push("content-encoding", e.clone());
    }
    if api {
        object_headers(&mut reply, &loaded);
    }

    let is_get = ctx.method == Method::GET;
    if api && is_get && ctx.query.flag("hashmap") {
        if ctx.query.get("format") == Some("xml") {
            let hashes: String = v
                .hashes
                .iter()
                .map(|h| format!("<hash>{}</hash>", hex(h)))
                .collect();
            let text = format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<object name=\"{}\" bytes=\"{}\" block_size=\"{}\" block_hash=\"{}\">{hashes}</object>",
                crate::pithos::accounts::xml_escape(&v.name),
                v.size,
                loaded.container.block_size,
                loaded.container.algorithm.name()
            );
            reply.push("content-length", text.len().to_string());
            return Ok(reply.body(text).into_response());
        }
        let doc = json!({
            "block_size": loaded.container.block_size,
            "block_hash": loaded.container.algorithm.name(),
            "hashes": v.hashes.iter().map(|h| hex(h)).collect::<Vec<_>>(),
            "bytes": v.size,
        });
        let text = doc.to_string();
        reply.push("content-length", text.len().to_string());
        return Ok(reply.body(text).into_response());
    }
    if is_get {
        let disposition_type = ctx
            .query
            .get("disposition-type")
            .filter(|t| *t == "inline" || *t == "attachment");
        let disposition = match (disposition_type, &v.disposition) {
            (Some(t), _) => format!("{t}; filename=\"{}\"", v.name),
            (None, Some(user_set)) => user_set.clone(),
            (None, None) => format!("inline; filename=\"{}\"", v.name),
        };
        reply.push("content-disposition", disposition);
    } else if let Some(d) = &v.disposition {
        reply.push("content-disposition", d.clone());
    }

    // Only GET reads `Range` (HEAD answers for the whole object); any
    // `If-Range` yields the whole object (§3.4: it practically never matches).
    let ranges = if is_get && !ctx.headers.has("if-range") {
        parse_range(ctx.headers.get("range"), size)
    } else {
        Ranges::Full
    };
    let store = ctx.store.clone();
    match ranges {
        Ranges::Unsatisfiable => Err(ApiFault::new(
            StatusCode::RANGE_NOT_SATISFIABLE,
            "rangeNotSatisfiable",
            "Requested range not satisfiable",
        )),
        Ranges::Full => {
            reply.push("content-length", size.to_string());
            if !is_get {
                return Ok(reply.into_response());
            }
            Ok(reply
                .body(reader::stream(store, &loaded.segments, 0, size))
                .into_response())
        }
        Ranges::Parts(parts) if parts.len() == 1 => {
            let (offset, length) = parts[0];
            let mut reply = reply.status(StatusCode::PARTIAL_CONTENT);
            reply.push(
                "content-range",
                format!("bytes {}-{}/{size}", offset, offset + length - 1),
            );
            reply.push("content-length", length.to_string());
            if !is_get {
                return Ok(reply.into_response());
            }
            Ok(reply
                .body(reader::stream(store, &loaded.segments, offset, length))
                .into_response())
        }
        Ranges::Parts(parts) => {
            let boundary = hex(&crate::random::alphanumeric(16).into_bytes());
            let mut reply = reply.status(StatusCode::PARTIAL_CONTENT);
            reply.set(
                "content-type",
                format!("multipart/byteranges; boundary={boundary}"),
            );
            if !is_get {
                return Ok(reply.into_response());
            }
            let mut streams = Vec::new();
            for (i, (offset, length)) in parts.iter().enumerate() {
                let lead = if i == 0 { "" } else { "\r\n" };
                let head = format!(
                    "{lead}--{boundary}\r\nContent-Range: bytes {}-{}/{size}\r\nContent-Transfer-Encoding: binary\r\n\r\n",
                    offset,
                    offset + length - 1
                );
                streams
                    .push(futures_util::stream::once(async move { Ok(Bytes::from(head)) }).boxed());
                streams.push(
                    reader::stream(store.clone(), &loaded.segments, *offset, *length)
                        .into_data_stream()
                        .boxed(),
                );
            }
            let tail = format!("\r\n--{boundary}--\r\n");
            streams.push(futures_util::stream::once(async move { Ok(Bytes::from(tail)) }).boxed());
            let body = futures_util::stream::iter(streams).flatten();
            Ok(reply.body(Body::from_stream(body)).into_response())
        }
    }
}

/// The API-only object headers.
fn object_headers(reply: &mut Reply, l: &Loaded) {
    let v = &l.version;
    reply.push("x-object-hash", v.top_hash(l.container.algorithm));
    reply.push("x-object-uuid", v.uuid.clone());
    reply.push("x-object-version", v.id.to_string());
    reply.push("x-object-version-timestamp", clock::http_date(v.mtime));
    reply.push("x-object-modified-by", v.modified_by.clone());
    if let Some(m) = &v.manifest {
        reply.push("x-object-manifest", m.clone());
    }
    if let Some(s) = &l.sharing {
        reply.push("x-object-sharing", s.clone());
    }
    if let Some(s) = &l.shared_by {
        reply.push("x-object-shared-by", s.clone());
    }
    if let Some(level) = l.allowed_to {
        reply.push("x-object-allowed-to", level.name());
    }
    if let Some(p) = &l.public_url {
        reply.push("x-object-public", p.clone());
    }
    for (key, value) in &v.meta {
        reply.push(&format!("x-object-meta-{key}"), value.clone());
    }
}

fn load(
    conn: &Connection,
    user: &str,
    path: &ObjectPath,
    version_param: Option<&str>,
    mode: ReadMode,
    base_url: &str,
) -> Result<Loaded, ApiFault> {
    let owner = user == path.account;
    let (level, by) = match mode {
        ReadMode::Public => (Level::Read, None),
        ReadMode::Api => access_level(conn, user, path)?,
    };
    if level == Level::None {
        return Err(ApiFault::forbidden("Not allowed"));
    }
    let container = model::require_container(conn, &path.account, &path.container)?;
    let current = model::current(conn, container.id, &path.name)?;
    let version = match version_param {
        Some(id) => {
            let id: i64 = id
                .trim()
                .parse()
                .map_err(|_| ApiFault::not_found("Version does not exist"))?;
            model::version_by_id(conn, container.id, &path.name, id)?
                .ok_or_else(|| ApiFault::not_found("Version does not exist"))?
        }
        None => current
            .clone()
            .filter(|v| !v.deleted)
            .ok_or_else(|| ApiFault::not_found("Object does not exist"))?,
    };
    let last_modified = current.as_ref().map_or(version.mtime, |c| c.mtime);
    let latest = version_param.is_none() && mode == ReadMode::Api;
    let mut loaded = Loaded {
        segments: vec![Segment {
            hashes: version.hashes.clone(),
            block_size: container.block_size,
            size: version.size,
        }],
        container,
        last_modified,
        sharing: None,
        shared_by: None,
        allowed_to: None,
        public_url: None,
        manifest_etag: None,
        version,
    };
    if latest {
        loaded.sharing =
            sharing::get(conn, &path.account, &path.container, &path.name)?.map(|p| p.render());
        let by = if owner {
            sharing::effective(conn, &path.account, &path.container, &path.name)?.map(|(p, _)| p)
        } else {
            by
        };
        loaded.shared_by = by
            .filter(|p| *p != path.name)
            .map(|p| format!("{}/{}/{}", path.account, path.container, p));
        if !owner {
            loaded.allowed_to = Some(level);
        } else {
            loaded.public_url = public::token_of(conn, &path.account, &path.container, &path.name)?
                .map(|t| public::url(base_url, &t));
        }
    }
    if let Some(manifest) = loaded.version.manifest.clone() {
        let (segments, etag) = manifest_parts(conn, &path.account, &manifest)?;
        loaded.segments = segments;
        loaded.manifest_etag = Some(etag);
    }
    Ok(loaded)
}

/// The parts of a manifest `<container>/<prefix>`: every object of that
/// container whose name starts with the prefix, in name order; and the
/// manifest ETag (MD5 of the concatenated part ETags).
fn manifest_parts(
    conn: &Connection,
    account: &str,
    manifest: &str,
) -> Result<(Vec<Segment>, String), ApiFault> {
    let manifest = manifest.trim_start_matches('/');
    let (container, prefix) = manifest.split_once('/').unwrap_or((manifest, ""));
    let mut md5 = md5::Md5::new();
    let mut segments = Vec::new();
    if let Some(c) = model::container(conn, account, container)? {
        for v in model::live_objects(conn, c.id, "")? {
            if !v.name.starts_with(prefix) {
                continue;
            }
            md5.update(v.top_hash(c.algorithm).as_bytes());
            segments.push(Segment {
                hashes: v.hashes.clone(),
                block_size: c.block_size,
                size: v.size,
            });
        }
    }
    Ok((segments, hex(&md5.finalize())))
}

/// GET `?version=list`: `{"versions": [[id, "epoch"], …]}`.
async fn version_list(ctx: &Ctx, path: ObjectPath) -> Result<Response, ApiFault> {
    let user = ctx.user.clone();
    let versions = ctx
        .state
        .db
        .call(move |conn| {
            if access_level(conn, &user, &path)?.0 == Level::None {
                return Err(ApiFault::forbidden("Not allowed"));
            }
            let c = model::require_container(conn, &path.account, &path.container)?;
            let history = model::history(conn, c.id, &path.name)?;
            if history.is_empty() {
                return Err(ApiFault::not_found("Object does not exist"));
            }
            Ok(history)
        })
        .await?;
    let list: Vec<_> = versions
        .iter()
        .map(|v| json!([v.id, clock::epoch_string(v.mtime)]))
        .collect();
    Ok(Reply::new(StatusCode::OK)
        .json(&json!({ "versions": list }))
        .into_response())
}

/// Deletes `name` inside a transaction: a delete marker is recorded (the
/// versioning policy decides what stays of the history), usage released,
/// sharing and the public URL removed.
pub fn delete_in(
    tx: &Transaction<'_>,
    c: &Container,
    name: &str,
    actor: &str,
) -> Result<(), ApiFault> {
    let Some(v) = model::live(tx, c.id, name)? else {
        return Err(ApiFault::not_found("Object does not exist"));
    };
    let marker = NewVersion {
        uuid: Some(v.uuid.clone()),
        content_type: v.content_type.clone(),
        hashes: vec![c.algorithm.empty()],
        deleted: true,
        ..NewVersion::default()
    };
    model::write_version(tx, c, name, marker, actor)?;
    sharing::set(tx, &c.account, &c.name, name, None)?;
    public::set(
        tx,
        &ObjectPath {
            account: c.account.clone(),
            container: c.name.clone(),
            name: name.to_owned(),
        },
        false,
    )?;
    Ok(())
}

/// DELETE: plain (a delete marker), with `delimiter` (also every
/// `<name><d>…`), or with `until` (hard purge of old versions).
pub async fn delete(ctx: &Ctx, path: ObjectPath) -> Result<Response, ApiFault> {
    if ctx.user != path.account {
        return Err(ApiFault::forbidden("Not allowed"));
    }
    let until = ctx.query.until();
    let delimiter = ctx.query.non_empty("delimiter").map(str::to_owned);
    let user = ctx.user.clone();
    ctx.state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            let c = model::require_container(&tx, &path.account, &path.container)?;
            if let Some(t) = until {
                if model::current(&tx, c.id, &path.name)?.is_none() {
                    return Err(ApiFault::not_found("Object does not exist"));
                }
                if !model::purge_object(&tx, &c, &path.name, t)? {
                    sharing::set(&tx, &c.account, &c.name, &path.name, None)?;
                    public::set(&tx, &path, false)?;
                }
            } else {
                delete_in(&tx, &c, &path.name, &user)?;
                if let Some(d) = delimiter {
                    let under = format!("{}{d}", path.name);
                    for v in model::live_objects(&tx, c.id, &under)? {
                        if !v.name.starts_with(&under) {
                            break;
                        }
                        delete_in(&tx, &c, &v.name, &user)?;
                    }
                    // `live_objects` lists names strictly after `under`; the
                    // object named exactly `<name><d>` goes too.
                    if model::live(&tx, c.id, &under)?.is_some() {
                        delete_in(&tx, &c, &under, &user)?;
                    }
                }
            }
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(Reply::new(StatusCode::NO_CONTENT).into_response())
}
