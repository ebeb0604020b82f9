//! Accounts (PITHOS.md §3.2) and the top-level "shared with me" list (§3.1).

use axum::response::{IntoResponse, Response};
use http::StatusCode;
use serde_json::json;

use crate::api_error::ApiFault;
use crate::clock;
use crate::pithos::listing::{Format, format_of, page_limit};
use crate::pithos::metadata::{self, Meta};
use crate::pithos::model;
use crate::pithos::reply::Reply;
use crate::pithos::sharing;
use crate::pithos::{Ctx, conditions};

/// At most this many groups per account, members per group.
pub const MAX_GROUPS: usize = 32;

/// What an account HEAD/GET reports.
struct AccountInfo {
    mtime: i64,
    containers: i64,
    bytes: i64,
    policy_quota: i64,
    projects: Vec<(String, i64)>,
    meta: Meta,
    groups: std::collections::BTreeMap<String, Vec<String>>,
}

async fn info(ctx: &Ctx, account: &str) -> Result<AccountInfo, ApiFault> {
    let account = account.to_owned();
    let until = ctx.query.until();
    ctx.state
        .db
        .call(move |conn| {
            let row: Option<(i64, String)> =
                rusqlite::OptionalExtension::optional(conn.query_row(
                    "SELECT mtime, meta FROM pithos_accounts WHERE account = ?1",
                    [&account],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                ))?;
            let (mtime, meta) = row.unwrap_or((0, "{}".to_owned()));
            let mut containers = 0;
            let mut bytes = 0;
            for c in model::containers(conn, &account)? {
                containers += 1;
                let (_, b) = match until {
                    Some(t) => model::container_usage_until(conn, c.id, t)?,
                    None => model::container_usage(conn, c.id)?,
                };
                bytes += b;
            }
            let mut stmt = conn.prepare(
                "SELECT source, lim FROM holdings WHERE holder = ?1 AND resource = 'pithos.diskspace' ORDER BY source",
            )?;
            let projects = stmt
                .query_map([format!("user:{account}")], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
                })?
                .collect::<Result<Vec<_>, _>>()?
                .into_iter()
                .map(|(source, limit)| {
                    (source.strip_prefix("project:").unwrap_or(&source).to_owned(), limit)
                })
                .collect::<Vec<_>>();
            let policy_quota = projects.iter().map(|(_, limit)| limit).sum();
            Ok(AccountInfo {
                mtime,
                containers,
                bytes,
                policy_quota,
                projects,
                meta: metadata::from_json(&meta),
                groups: sharing::groups(conn, &account)?,
            })
        })
        .await
}

/// Checks a non-owner may look at `account` at all (something is shared
/// with them) and that they did not ask for `until`.
async fn foreign_check(ctx: &Ctx, account: &str) -> Result<(), ApiFault> {
    if ctx.query.until().is_some() {
        return Err(ApiFault::forbidden("Not allowed"));
    }
    let (user, account) = (ctx.user.clone(), account.to_owned());
    let shared = ctx
        .state
        .db
        .call(move |conn| sharing::shares_with(conn, &user, &account, None))
        .await?;
    if shared {
        Ok(())
    } else {
        Err(ApiFault::forbidden("Not allowed"))
    }
}

fn account_headers(reply: &mut Reply, info: &AccountInfo, owner: bool, until: Option<i64>) {
    reply.push("last-modified", clock::http_date(info.mtime));
    if !owner {
        return;
    }
    reply.push("x-account-container-count", info.containers.to_string());
    reply.push("x-account-bytes-used", info.bytes.to_string());
    reply.push("x-account-policy-quota", info.policy_quota.to_string());
    for (project, limit) in &info.projects {
        reply.push(
            &format!(
                "x-account-policy-quota-{}",
                metadata::normalize_key(project)
            ),
            limit.to_string(),
        );
    }
    if let Some(t) = until {
        reply.push("x-account-until-timestamp", clock::http_date(t));
    }
    for (name, members) in &info.groups {
        reply.push(
            &format!("x-account-group-{}", metadata::normalize_key(name)),
            members.join(","),
        );
    }
    for (key, value) in &info.meta {
        reply.push(&format!("x-account-meta-{key}"), value.clone());
    }
}

/// HEAD: account metadata, 204.
pub async fn head(ctx: &Ctx, account: String) -> Result<Response, ApiFault> {
    let owner = ctx.user == account;
    if !owner {
        foreign_check(ctx, &account).await?;
    }
    let info = info(ctx, &account).await?;
    conditions::check_modified(&ctx.headers, info.mtime)?;
    let mut reply = Reply::new(StatusCode::NO_CONTENT);
    account_headers(&mut reply, &info, owner, ctx.query.until());
    Ok(reply.into_response())
}

/// GET: the containers of an account (text or JSON).
pub async fn get(ctx: &Ctx, account: String) -> Result<Response, ApiFault> {
    let owner = ctx.user == account;
    if !owner {
        foreign_check(ctx, &account).await?;
        if ctx.query.flag("public") {
            return Err(ApiFault::forbidden("Not allowed"));
        }
    }
    let info = info(ctx, &account).await?;
    conditions::check_modified(&ctx.headers, info.mtime)?;
    let until = ctx.query.until();
    let limit = page_limit(&ctx.query);
    let marker = ctx.query.get("marker").unwrap_or("").to_owned();
    let (shared, public) = (ctx.query.flag("shared"), ctx.query.flag("public"));
    let user = ctx.user.clone();
    let acc = account.clone();
    let entries = ctx
        .state
        .db
        .call(move |conn| {
            let mut out = Vec::new();
            for c in model::containers(conn, &acc)? {
                if c.name.as_str() <= marker.as_str() {
                    continue;
                }
                if !owner && !sharing::shares_with(conn, &user, &acc, Some(&c.name))? {
                    continue;
                }
                if shared || public {
                    let has_shared = shared && conn.query_row(
                        "SELECT count(*) FROM pithos_permissions WHERE account = ?1 AND container = ?2",
                        rusqlite::params![acc, c.name],
                        |r| r.get::<_, i64>(0),
                    )? > 0;
                    let has_public = public && conn.query_row(
                        "SELECT count(*) FROM pithos_public WHERE account = ?1 AND container = ?2",
                        rusqlite::params![acc, c.name],
                        |r| r.get::<_, i64>(0),
                    )? > 0;
                    if !has_shared && !has_public {
                        continue;
                    }
                }
                let (count, bytes) = match until {
                    Some(t) => model::container_usage_until(conn, c.id, t)?,
                    None => model::container_usage(conn, c.id)?,
                };
                out.push((c, count, bytes));
                if out.len() >= limit {
                    break;
                }
            }
            Ok(out)
        })
        .await?;
    let format = format_of(ctx);
    let mut reply = match format {
        Format::Text if entries.is_empty() => Reply::new(StatusCode::NO_CONTENT),
        Format::Text => Reply::new(StatusCode::OK).text(
            entries
                .iter()
                .map(|(c, _, _)| format!("{}\n", c.name))
                .collect(),
        ),
        Format::Json => {
            let list: Vec<serde_json::Value> = entries
                .iter()
                .map(|(c, count, bytes)| {
                    if owner {
                        let mut entry = json!({
                            "name": c.name,
                            "count": count,
                            "bytes": bytes,
                            "last_modified": clock::iso8601(c.mtime),
                            "x_container_policy": {
                                "quota": c.quota.to_string(),
                                "versioning": c.versioning,
                                "project": c.project,
                            },
                        });
                        if let Some(t) = until {
                            entry["x_container_until_timestamp"] = json!(clock::iso8601(t));
                        }
                        entry
                    } else {
                        json!({"name": c.name, "last_modified": clock::iso8601(c.mtime)})
                    }
                })
                .collect();
            Reply::new(StatusCode::OK).json(&serde_json::Value::Array(list))
        }
        Format::Xml => {
            let mut xml = format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<account name=\"{}\">",
                xml_escape(&account)
            );
            for (c, count, bytes) in &entries {
                xml.push_str(&format!(
                    "<container><name>{}</name><count>{count}</count><bytes>{bytes}</bytes><last_modified>{}</last_modified></container>",
                    xml_escape(&c.name),
                    clock::iso8601(c.mtime)
                ));
            }
            xml.push_str("</account>");
            Reply::new(StatusCode::OK)
                .header("content-type", "application/xml; charset=utf-8")
                .body(xml)
        }
    };
    account_headers(&mut reply, &info, owner, until);
    Ok(reply.into_response())
}

/// Escapes text for XML.
pub fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Parses the `X-Account-Group-*` headers: name → members (empty = delete).
fn group_headers(ctx: &Ctx) -> Result<Vec<(String, Vec<String>)>, ApiFault> {
    let mut out = Vec::new();
    for (name, value) in ctx.headers.with_prefix("x-account-group-") {
        let group = name["x-account-group-".len()..].to_lowercase();
        if group.is_empty() || group.contains('-') || group.contains('_') {
            return Err(ApiFault::bad_request("Bad characters in group name"));
        }
        if group.chars().count() > 256 {
            return Err(ApiFault::bad_request("Group name too long"));
        }
        let mut members: Vec<String> = Vec::new();
        let cleaned: String = value
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '~')
            .collect();
        for member in cleaned.split(',').filter(|m| !m.is_empty()) {
            if member.chars().count() > 256 {
                return Err(ApiFault::bad_request("Group member too long"));
            }
            let member = member.to_lowercase();
            if !members.contains(&member) {
                members.push(member);
            }
        }
        if members.len() > MAX_GROUPS {
            return Err(ApiFault::bad_request("Too many group members"));
        }
        out.push((group, members));
    }
    Ok(out)
}

/// POST: replace or (`update`) merge account metadata and groups; 202.
pub async fn post(ctx: &Ctx, account: String) -> Result<Response, ApiFault> {
    if ctx.user != account {
        return Err(ApiFault::forbidden("Not allowed"));
    }
    let update = ctx.query.flag("update");
    let meta_update = metadata::from_headers(&ctx.headers, "x-account-meta-")?;
    let group_update = group_headers(ctx)?;
    ctx.state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            model::ensure_account(&tx, &account)?;
            let current: String = tx.query_row(
                "SELECT meta FROM pithos_accounts WHERE account = ?1",
                [&account],
                |r| r.get(0),
            )?;
            let meta = metadata::apply(&metadata::from_json(&current), &meta_update, update)?;
            let mut groups = sharing::groups(&tx, &account)?;
            if !update && !group_update.is_empty() {
                groups.clear();
            }
            for (name, members) in group_update {
                if members.is_empty() {
                    groups.remove(&name);
                } else {
                    groups.insert(name, members);
                }
            }
            if groups.len() > MAX_GROUPS {
                return Err(ApiFault::bad_request("Too many groups"));
            }
            tx.execute(
                "UPDATE pithos_accounts SET meta = ?1, groups = ?2, mtime = ?3 WHERE account = ?4",
                rusqlite::params![
                    metadata::to_json(&meta),
                    serde_json::to_string(&groups).unwrap_or_else(|_| "{}".into()),
                    clock::now_micros(),
                    account
                ],
            )?;
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(Reply::new(StatusCode::ACCEPTED).into_response())
}

/// Top-level GET with a token: the accounts sharing something with the caller.
pub async fn sharers(ctx: &Ctx) -> Result<Response, ApiFault> {
    let user = ctx.user.clone();
    let list = ctx
        .state
        .db
        .call(move |conn| sharing::sharers(conn, &user))
        .await?;
    let list: Vec<_> = list.into_iter().take(10_000).collect();
    Ok(match format_of(ctx) {
        Format::Text if list.is_empty() => Reply::new(StatusCode::NO_CONTENT),
        Format::Text => {
            Reply::new(StatusCode::OK).text(list.iter().map(|(a, _)| format!("{a}\n")).collect())
        }
        Format::Json | Format::Xml => Reply::new(StatusCode::OK).json(&serde_json::Value::Array(
            list.iter()
                .map(|(a, m)| json!({"name": a, "last_modified": clock::iso8601(*m)}))
                .collect(),
        )),
    }
    .into_response())
}
