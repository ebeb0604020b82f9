//! Containers (PITHOS.md §3.3): HEAD, PUT, POST (metadata, policies and
//! block upload), DELETE (plain, `delimiter`, `until`). GET is the object
//! listing ([`crate::pithos::listing`]).

use axum::body::Body;
use axum::response::{IntoResponse, Response};
use http::StatusCode;

use crate::api_error::ApiFault;
use crate::clock;
use crate::pithos::hashing::{self, Algorithm};
use crate::pithos::ingest;
use crate::pithos::metadata::{self, Meta};
use crate::pithos::model::{self, Container};
use crate::pithos::objects;
use crate::pithos::reply::Reply;
use crate::pithos::sharing;
use crate::pithos::{Ctx, conditions};
use crate::quota;

/// Policies sent with a request.
#[derive(Debug, Default, Clone)]
struct Policies {
    quota: Option<i64>,
    versioning: Option<String>,
    project: Option<String>,
    block_size: Option<usize>,
    algorithm: Option<Algorithm>,
}

impl Policies {
    fn any(&self) -> bool {
        self.quota.is_some()
            || self.versioning.is_some()
            || self.project.is_some()
            || self.block_size.is_some()
            || self.algorithm.is_some()
    }
}

fn policies(ctx: &Ctx) -> Result<Policies, ApiFault> {
    let mut p = Policies::default();
    let bad = |what: &str| ApiFault::bad_request(format!("Invalid policy header: {what}"));
    for (name, value) in ctx.headers.with_prefix("x-container-policy-") {
        let key = &name["x-container-policy-".len()..];
        let value = value.trim();
        match key {
            "quota" => {
                let n: i64 = value.parse().map_err(|_| bad("quota"))?;
                if n < 0 {
                    return Err(bad("quota"));
                }
                p.quota = Some(n);
            }
            "versioning" => match value.to_ascii_lowercase().as_str() {
                v @ ("auto" | "none") => p.versioning = Some(v.to_owned()),
                _ => return Err(bad("versioning")),
            },
            "project" => {
                if value.is_empty() {
                    return Err(bad("project"));
                }
                p.project = Some(value.to_lowercase());
            }
            "block-size" => {
                let n: usize = value.parse().map_err(|_| bad("block-size"))?;
                if n == 0 || n > 64 << 20 {
                    return Err(bad("block-size"));
                }
                p.block_size = Some(n);
            }
            "block-hash" => {
                p.algorithm = Some(Algorithm::from_name(value).ok_or_else(|| bad("block-hash"))?);
            }
            _ => return Err(bad(key)),
        }
    }
    Ok(p)
}

fn owner_only(ctx: &Ctx, account: &str) -> Result<(), ApiFault> {
    if ctx.user == account {
        Ok(())
    } else {
        Err(ApiFault::forbidden("Not allowed"))
    }
}

/// Applies policies and metadata to a container inside a transaction:
/// checks the project, moves the usage on a project change, refuses a
/// change of block size or hash.
fn apply(
    tx: &rusqlite::Transaction<'_>,
    c: &mut Container,
    p: &Policies,
    meta: &Meta,
    merge: bool,
) -> Result<(), ApiFault> {
    if p.block_size.is_some_and(|b| b != c.block_size)
        || p.algorithm.is_some_and(|a| a != c.algorithm)
    {
        return Err(ApiFault::bad_request(
            "The block size and hash of an existing container cannot change",
        ));
    }
    if !merge && p.any() {
        c.quota = 0;
        c.versioning = "auto".to_owned();
        let own = c.account.clone();
        if p.project.is_none() && c.project != own {
            move_usage(tx, c, &own)?;
        }
    }
    if let Some(q) = p.quota {
        c.quota = q;
    }
    if let Some(v) = &p.versioning {
        c.versioning = v.clone();
    }
    if let Some(project) = &p.project {
        check_project(tx, &c.account, project)?;
        if *project != c.project {
            move_usage(tx, c, project)?;
        }
    }
    c.meta = metadata::apply(&c.meta, meta, merge)?;
    c.mtime = clock::now_micros();
    Ok(())
}

fn check_project(
    conn: &rusqlite::Connection,
    account: &str,
    project: &str,
) -> Result<(), ApiFault> {
    let holding = quota::holding(
        conn,
        &format!("user:{account}"),
        &format!("project:{project}"),
        "pithos.diskspace",
    )?;
    if holding.is_none() {
        return Err(ApiFault::bad_request("Invalid policy header: project"));
    }
    Ok(())
}

/// Re-assigns a container's usage from its project to `project`.
fn move_usage(
    tx: &rusqlite::Transaction<'_>,
    c: &mut Container,
    project: &str,
) -> Result<(), ApiFault> {
    let (_, bytes) = model::container_usage(tx, c.id)?;
    if bytes > 0 {
        quota::charge(tx, &c.account, project, "pithos.diskspace", bytes)?;
        quota::charge(tx, &c.account, &c.project, "pithos.diskspace", -bytes)?;
    }
    c.project = project.to_owned();
    Ok(())
}

/// HEAD: container metadata, 204.
pub async fn head(ctx: &Ctx, account: String, container: String) -> Result<Response, ApiFault> {
    let mut reply = Reply::new(StatusCode::NO_CONTENT);
    container_headers(ctx, &account, &container, &mut reply).await?;
    Ok(reply.into_response())
}

/// Adds the container headers of HEAD (and listings) to `reply`, after the
/// access and precondition checks; returns the container.
pub async fn container_headers(
    ctx: &Ctx,
    account: &str,
    container: &str,
    reply: &mut Reply,
) -> Result<Container, ApiFault> {
    let owner = ctx.user == account;
    let until = ctx.query.until();
    if !owner && until.is_some() {
        return Err(ApiFault::forbidden("Not allowed"));
    }
    let (user, acc, name) = (ctx.user.clone(), account.to_owned(), container.to_owned());
    let (c, count, bytes, keys, shared) = ctx
        .state
        .db
        .call(move |conn| {
            let shared = owner || sharing::shares_with(conn, &user, &acc, Some(&name))?;
            if !shared {
                return Err(ApiFault::forbidden("Not allowed"));
            }
            let c = model::require_container(conn, &acc, &name)?;
            let (count, bytes) = match until {
                Some(t) => model::container_usage_until(conn, c.id, t)?,
                None => model::container_usage(conn, c.id)?,
            };
            let keys = model::object_meta_keys(conn, c.id)?;
            Ok((c, count, bytes, keys, shared))
        })
        .await?;
    let _ = shared;
    conditions::check_modified(&ctx.headers, c.mtime)?;
    reply.push("last-modified", clock::http_date(c.mtime));
    reply.push("x-container-block-size", c.block_size.to_string());
    reply.push("x-container-block-hash", c.algorithm.name());
    reply.push("x-container-object-meta", keys.join(","));
    if owner {
        reply.push("x-container-object-count", count.to_string());
        reply.push("x-container-bytes-used", bytes.to_string());
        reply.push("x-container-policy-quota", c.quota.to_string());
        reply.push("x-container-policy-versioning", c.versioning.clone());
        reply.push("x-container-policy-project", c.project.clone());
        if let Some(t) = until {
            reply.push("x-container-until-timestamp", clock::http_date(t));
        }
        for (key, value) in &c.meta {
            reply.push(&format!("x-container-meta-{key}"), value.clone());
        }
    }
    Ok(c)
}

/// PUT: create (201) or, if it exists, merge policies and metadata (202).
pub async fn put(ctx: &Ctx, account: String, container: String) -> Result<Response, ApiFault> {
    owner_only(ctx, &account)?;
    let p = policies(ctx)?;
    let meta = metadata::from_headers(&ctx.headers, "x-container-meta-")?;
    let created = ctx
        .state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            let created = match model::container(&tx, &account, &container)? {
                Some(mut c) => {
                    apply(&tx, &mut c, &p, &meta, true)?;
                    model::save_container(&tx, &c)?;
                    false
                }
                None => {
                    let project = p.project.clone().unwrap_or_else(|| account.clone());
                    check_project(&tx, &account, &project)?;
                    let c = Container {
                        id: 0,
                        account: account.clone(),
                        name: container.clone(),
                        mtime: clock::now_micros(),
                        block_size: p.block_size.unwrap_or_else(model::default_block_size),
                        algorithm: p.algorithm.unwrap_or_else(model::default_algorithm),
                        quota: p.quota.unwrap_or(0),
                        versioning: p.versioning.clone().unwrap_or_else(|| "auto".to_owned()),
                        project,
                        meta: metadata::apply(&Meta::new(), &meta, false)?,
                    };
                    model::create_container(&tx, &c)?;
                    true
                }
            };
            tx.commit()?;
            Ok(created)
        })
        .await?;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::ACCEPTED
    };
    Ok(Reply::new(status).into_response())
}

/// POST: metadata and policies (replace, or merge with `update`) and, for an
/// `application/octet-stream` body, block upload; 202.
pub async fn post(
    ctx: &Ctx,
    account: String,
    container: String,
    body: Body,
) -> Result<Response, ApiFault> {
    owner_only(ctx, &account)?;
    let update = ctx.query.flag("update");
    let p = policies(ctx)?;
    let meta = metadata::from_headers(&ctx.headers, "x-container-meta-")?;
    let is_upload = ctx.headers.get("content-type") == Some("application/octet-stream")
        && (ctx.headers.content_length().is_some_and(|n| n > 0) || ctx.headers.chunked());
    let touch_container = !(update && !p.any() && meta.is_empty());
    let (acc, name) = (account.clone(), container.clone());
    let (block_size, algorithm) = ctx
        .state
        .db
        .call(move |conn| {
            if !touch_container {
                return Ok(match model::container(conn, &acc, &name)? {
                    Some(c) => (c.block_size, c.algorithm),
                    None => (model::default_block_size(), model::default_algorithm()),
                });
            }
            let tx = conn.transaction()?;
            let mut c = model::require_container(&tx, &acc, &name)?;
            apply(&tx, &mut c, &p, &meta, update)?;
            model::save_container(&tx, &c)?;
            tx.commit()?;
            Ok((c.block_size, c.algorithm))
        })
        .await?;
    if !is_upload {
        return Ok(Reply::new(StatusCode::ACCEPTED).into_response());
    }
    let stored = ingest::ingest(ctx.store.clone(), body, block_size, algorithm, false).await?;
    let hashes: Vec<String> = stored.hashes.iter().map(|h| hashing::hex(h)).collect();
    let reply = Reply::new(StatusCode::ACCEPTED);
    if ctx.query.get("format") == Some("xml") {
        let items: String = hashes.iter().map(|h| format!("<item>{h}</item>")).collect();
        return Ok(reply
            .header("content-type", "application/xml; charset=utf-8")
            .body(format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<items>{items}</items>"
            ))
            .into_response());
    }
    Ok(reply.json(&serde_json::json!(hashes)).into_response())
}

/// DELETE: remove an empty container (409 otherwise), or with `delimiter`
/// delete every object, or with `until` purge history.
pub async fn delete(ctx: &Ctx, account: String, container: String) -> Result<Response, ApiFault> {
    owner_only(ctx, &account)?;
    let until = ctx.query.until();
    let delimiter = ctx.query.flag("delimiter");
    let user = ctx.user.clone();
    ctx.state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            let c = model::require_container(&tx, &account, &container)?;
            if let Some(t) = until {
                model::purge_container_history(&tx, &c, t)?;
            } else if delimiter {
                for v in model::live_objects(&tx, c.id, "")? {
                    objects::delete_in(&tx, &c, &v.name, &user)?;
                }
            } else {
                let (count, _) = model::container_usage(&tx, c.id)?;
                if count > 0 {
                    return Err(ApiFault::conflict("Container is not empty"));
                }
                model::delete_container(&tx, &c)?;
            }
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(Reply::new(StatusCode::NO_CONTENT).into_response())
}
