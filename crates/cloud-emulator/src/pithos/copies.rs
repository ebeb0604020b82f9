//! COPY and MOVE (PITHOS.md §3.4), as WebDAV methods on the source or as a
//! PUT with `X-Copy-From`/`X-Move-From`: the hashmap is referenced, not
//! copied, unless the destination container uses another block size or
//! hash, in which case the data is re-cut into the destination's blocks.

use axum::response::Response;
use http::StatusCode;

use crate::api_error::ApiFault;
use crate::pithos::conditions;
use crate::pithos::ingest;
use crate::pithos::metadata;
use crate::pithos::model::{self, Container, NewVersion, Version};
use crate::pithos::objects;
use crate::pithos::reader::{self, Segment};
use crate::pithos::sharing::Level;
use crate::pithos::writes::{self, WriteHeaders};
use crate::pithos::{Ctx, ObjectPath, parse_location};

/// COPY or MOVE on the source URL: `Destination: /<container>/<object>`,
/// optional `Destination-Account`. Preconditions apply to the source.
pub async fn copy_or_move(
    ctx: &Ctx,
    source: ObjectPath,
    is_move: bool,
) -> Result<Response, ApiFault> {
    let destination = ctx
        .headers
        .get("destination")
        .ok_or_else(|| ApiFault::bad_request("Missing Destination header"))?;
    let account = ctx
        .headers
        .get("destination-account")
        .map_or_else(|| source.account.clone(), str::to_owned);
    let target = parse_location(destination, &account)?;
    if ctx.headers.has("if-match") || ctx.headers.has("if-none-match") {
        let etag = writes::current_etag(ctx, &source).await?;
        conditions::check_write(&ctx.headers, etag.as_deref())?;
    }
    perform(ctx, source, target, is_move).await
}

/// PUT with `X-Copy-From`/`X-Move-From: /<container>/<object>` (source
/// account from `X-Source-Account`); `Content-Length` still required.
pub async fn put_copy(
    ctx: &Ctx,
    target: ObjectPath,
    from: String,
    is_move: bool,
) -> Result<Response, ApiFault> {
    if ctx.headers.content_length().is_none() && !ctx.headers.chunked() {
        return Err(ApiFault::new(
            StatusCode::LENGTH_REQUIRED,
            "lengthRequired",
            "Missing or invalid Content-Length header",
        ));
    }
    let account = ctx
        .headers
        .get("x-source-account")
        .map_or_else(|| target.account.clone(), str::to_owned);
    let source = parse_location(&from, &account)?;
    perform(ctx, source, target, is_move).await
}

/// One object to copy: its source version and destination name.
struct Item {
    version: Version,
    to: String,
}

async fn perform(
    ctx: &Ctx,
    source: ObjectPath,
    target: ObjectPath,
    is_move: bool,
) -> Result<Response, ApiFault> {
    let wh = WriteHeaders::parse(&ctx.headers)?;
    let source_version: Option<i64> = if is_move {
        None
    } else {
        match ctx.headers.get("x-source-version") {
            Some(v) => Some(
                v.trim()
                    .parse()
                    .map_err(|_| ApiFault::not_found("Version does not exist"))?,
            ),
            None => None,
        }
    };
    let delimiter = ctx.query.non_empty("delimiter").map(str::to_owned);
    let user = ctx.user.clone();
    let (src, dst) = (source.clone(), target.clone());
    // Plan: check access, find the source objects.
    let (src_container, dst_container, items) = ctx
        .state
        .db
        .call(move |conn| {
            if is_move && user != src.account {
                return Err(ApiFault::forbidden("Not allowed"));
            }
            objects::require_read(conn, &user, &src)?;
            let sc = model::require_container(conn, &src.account, &src.container)?;
            let first = match source_version {
                Some(id) => model::version_by_id(conn, sc.id, &src.name, id)?
                    .ok_or_else(|| ApiFault::not_found("Version does not exist"))?,
                None => objects::require_live(conn, &sc, &src.name)?,
            };
            objects::require_write(conn, &user, &dst)?;
            let dc = model::require_container(conn, &dst.account, &dst.container)?;
            let mut items = vec![Item {
                version: first,
                to: dst.name.clone(),
            }];
            if let Some(d) = delimiter {
                let under = format!("{}{d}", src.name);
                let mut children = Vec::new();
                if let Some(v) = model::live(conn, sc.id, &under)? {
                    children.push(v);
                }
                children.extend(
                    model::live_objects(conn, sc.id, &under)?
                        .into_iter()
                        .take_while(|v| v.name.starts_with(&under)),
                );
                for v in children {
                    let child = ObjectPath {
                        name: v.name.clone(),
                        ..src.clone()
                    };
                    if objects::access_level(conn, &user, &child)?.0 == Level::None {
                        continue;
                    }
                    let to = format!("{}{}", dst.name, &v.name[src.name.len()..]);
                    items.push(Item { version: v, to });
                }
            }
            Ok((sc, dc, items))
        })
        .await?;
    // Data: the same hashmap, or re-cut into the destination's blocks.
    let same_blocks = src_container.block_size == dst_container.block_size
        && src_container.algorithm == dst_container.algorithm;
    let mut planned = Vec::with_capacity(items.len());
    for item in items {
        let hashes = if same_blocks {
            item.version.hashes.clone()
        } else {
            recut(ctx, &src_container, &item.version, &dst_container).await?
        };
        planned.push((item, hashes));
    }
    let ignore_type = ctx.query.flag("ignore_content_type");
    let request_type = ctx.headers.get("content-type").map(str::to_owned);
    let user = ctx.user.clone();
    let algorithm = dst_container.algorithm;
    let version = ctx
        .state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            if wh.sharing.is_some() && user != target.account {
                return Err(ApiFault::forbidden("Not allowed"));
            }
            let dc: Container = model::require_container(&tx, &target.account, &target.container)?;
            let sc = model::require_container(&tx, &source.account, &source.container)?;
            let mut first_version = None;
            for (i, (item, hashes)) in planned.into_iter().enumerate() {
                let v = &item.version;
                let same_place = sc.id == dc.id && v.name == item.to;
                let content_type = match (&request_type, ignore_type, i) {
                    (Some(t), false, 0) => t.clone(),
                    _ => v.content_type.clone(),
                };
                let uuid = if is_move || same_place {
                    Some(v.uuid.clone())
                } else {
                    Some(crate::random::uuid())
                };
                let new = NewVersion {
                    uuid,
                    size: v.size,
                    content_type,
                    hashes,
                    checksum: v.checksum.clone(),
                    meta: metadata::apply(&v.meta, &wh.meta, true)?,
                    encoding: wh.encoding.clone().or_else(|| v.encoding.clone()),
                    disposition: wh.disposition.clone().or_else(|| v.disposition.clone()),
                    manifest: wh.manifest.clone().or_else(|| v.manifest.clone()),
                    deleted: false,
                };
                if is_move && !same_place {
                    objects::delete_in(&tx, &sc, &v.name, &user)?;
                }
                let written = model::write_version(&tx, &dc, &item.to, new, &user)?;
                if i == 0 {
                    let path = ObjectPath {
                        account: target.account.clone(),
                        container: target.container.clone(),
                        name: item.to.clone(),
                    };
                    writes::apply_sharing_public(&tx, &path, &wh)?;
                    first_version = Some(written);
                }
            }
            tx.commit()?;
            first_version.ok_or_else(|| ApiFault::internal("nothing was copied"))
        })
        .await?;
    Ok(writes::written(StatusCode::CREATED, &version, algorithm))
}

/// Re-cuts an object's data into the blocks of another container.
async fn recut(
    ctx: &Ctx,
    from: &Container,
    version: &Version,
    to: &Container,
) -> Result<Vec<crate::pithos::hashing::Digest>, ApiFault> {
    let segment = Segment {
        hashes: version.hashes.clone(),
        block_size: from.block_size,
        size: version.size,
    };
    let body = reader::stream(ctx.store.clone(), &[segment], 0, version.size);
    let stored =
        ingest::ingest(ctx.store.clone(), body, to.block_size, to.algorithm, false).await?;
    Ok(stored.hashes)
}
