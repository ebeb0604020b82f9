//! Object listings of a container (PITHOS.md §3.3 GET, §6.6): prefix,
//! delimiter (virtual directories), path, marker, limit, meta filters,
//! shared and public filters, `until`, text/JSON/XML.

use axum::response::{IntoResponse, Response};
use http::StatusCode;
use rusqlite::Connection;
use serde_json::json;

use crate::api_error::ApiFault;
use crate::clock;
use crate::pithos::Ctx;
use crate::pithos::accounts::xml_escape;
use crate::pithos::containers::container_headers;
use crate::pithos::metadata::{Meta, normalize_key};
use crate::pithos::model::{self, Container, Version};
use crate::pithos::public;
use crate::pithos::reply::Reply;
use crate::pithos::request::Query;
use crate::pithos::sharing::{self, Level};

/// The largest page, also the default.
pub const MAX_LIMIT: usize = 10_000;

/// How a listing is rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One name per line (the default).
    Text,
    /// A JSON array.
    Json,
    /// XML.
    Xml,
}

/// The format asked for: `format=`, then `Accept`, then text (§1.4).
pub fn format_of(ctx: &Ctx) -> Format {
    match ctx.query.get("format") {
        Some("json") => return Format::Json,
        Some("xml") => return Format::Xml,
        _ => {}
    }
    let accept = ctx.headers.get("accept").unwrap_or("");
    if accept.contains("application/json") {
        Format::Json
    } else if accept.contains("application/xml") {
        Format::Xml
    } else {
        Format::Text
    }
}

/// `limit`: default and cap 10000, non-integer → default.
pub fn page_limit(query: &Query) -> usize {
    query
        .get("limit")
        .and_then(|l| l.trim().parse::<usize>().ok())
        .map_or(MAX_LIMIT, |l| l.min(MAX_LIMIT))
}

/// One `meta=` condition.
#[derive(Debug, Clone)]
enum MetaFilter {
    Has(String),
    Lacks(String),
    Compare(String, &'static str, String),
}

fn parse_meta_filters(text: &str) -> Vec<MetaFilter> {
    let mut out = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if let Some(key) = part.strip_prefix('!')
            && !key.contains(['=', '<', '>'])
        {
            out.push(MetaFilter::Lacks(normalize_key(key.trim())));
            continue;
        }
        let op = ["!=", "<=", ">=", "=", "<", ">"]
            .into_iter()
            .filter_map(|op| part.find(op).map(|i| (i, op)))
            .min_by_key(|(i, op)| (*i, std::cmp::Reverse(op.len())));
        match op {
            Some((i, op)) => out.push(MetaFilter::Compare(
                normalize_key(part[..i].trim()),
                op,
                part[i + op.len()..].trim().to_owned(),
            )),
            None => out.push(MetaFilter::Has(normalize_key(part))),
        }
    }
    out
}

fn meta_passes(filters: &[MetaFilter], meta: &Meta) -> bool {
    let wanted: Vec<&String> = filters
        .iter()
        .filter_map(|f| match f {
            MetaFilter::Has(k) => Some(k),
            _ => None,
        })
        .collect();
    if !wanted.is_empty() && !wanted.iter().any(|k| meta.contains_key(*k)) {
        return false;
    }
    filters.iter().all(|f| match f {
        MetaFilter::Has(_) => true,
        MetaFilter::Lacks(k) => !meta.contains_key(k),
        MetaFilter::Compare(k, op, value) => meta.get(k).is_some_and(|v| {
            let (v, value) = (v.as_str(), value.as_str());
            match *op {
                "=" => v == value,
                "!=" => v != value,
                "<" => v < value,
                ">" => v > value,
                "<=" => v <= value,
                _ => v >= value,
            }
        }),
    })
}

/// One listed object with what its entry shows.
struct Listed {
    version: Version,
    top_hash: String,
    sharing: Option<String>,
    shared_by: Option<String>,
    allowed_to: Option<Level>,
    public: Option<String>,
}

enum Entry {
    Object(Box<Listed>),
    Subdir(String),
}

impl Entry {
    fn name(&self) -> &str {
        match self {
            Entry::Object(l) => &l.version.name,
            Entry::Subdir(s) => s,
        }
    }
}

struct Params {
    prefix: String,
    delimiter: Option<String>,
    virtual_dirs: bool,
    marker: String,
    limit: usize,
    meta: Vec<MetaFilter>,
    shared: bool,
    public: bool,
    until: Option<i64>,
}

/// GET on a container: the object listing.
pub async fn get(ctx: &Ctx, account: String, container: String) -> Result<Response, ApiFault> {
    let mut reply = Reply::new(StatusCode::OK);
    let c = container_headers(ctx, &account, &container, &mut reply).await?;
    let owner = ctx.user == account;
    if !owner && ctx.query.flag("public") {
        return Err(ApiFault::forbidden("Not allowed"));
    }
    let q = &ctx.query;
    let (mut prefix, mut delimiter, mut virtual_dirs) = (
        q.get("prefix")
            .unwrap_or("")
            .trim_start_matches('/')
            .to_owned(),
        q.non_empty("delimiter").map(str::to_owned),
        true,
    );
    if let Some(path) = q.get("path") {
        prefix = path.trim_start_matches('/').to_owned();
        delimiter = Some("/".to_owned());
        virtual_dirs = false;
    }
    if let Some(d) = &delimiter
        && !prefix.is_empty()
        && !prefix.ends_with(d.as_str())
    {
        prefix.push_str(d);
    }
    let params = Params {
        prefix,
        delimiter,
        virtual_dirs,
        marker: q.get("marker").unwrap_or("").to_owned(),
        limit: page_limit(q),
        meta: q.get("meta").map(parse_meta_filters).unwrap_or_default(),
        shared: q.flag("shared"),
        public: q.flag("public"),
        until: q.until(),
    };
    let user = ctx.user.clone();
    let base_url = ctx.state.base_url.clone();
    let until = params.until;
    let entries = ctx
        .state
        .db
        .call(move |conn| collect(conn, &c, &user, owner, &params, &base_url))
        .await?;
    let format = format_of(ctx);
    let reply = match format {
        Format::Text => {
            if entries.is_empty() {
                reply.status(StatusCode::NO_CONTENT)
            } else {
                reply.text(entries.iter().map(|e| format!("{}\n", e.name())).collect())
            }
        }
        Format::Json => {
            let list = entries.iter().map(|e| entry_json(e, until)).collect();
            reply.json(&serde_json::Value::Array(list))
        }
        Format::Xml => {
            let mut xml = format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<container name=\"{}\">",
                xml_escape(&container)
            );
            for e in &entries {
                match e {
                    Entry::Subdir(s) => xml.push_str(&format!("<subdir name=\"{}\"/>", xml_escape(s))),
                    Entry::Object(l) => xml.push_str(&format!(
                        "<object><name>{}</name><bytes>{}</bytes><content_type>{}</content_type><x_object_version>{}</x_object_version><last_modified>{}</last_modified></object>",
                        xml_escape(&l.version.name),
                        l.version.size,
                        xml_escape(&l.version.content_type),
                        l.version.id,
                        clock::iso8601(l.version.mtime)
                    )),
                }
            }
            xml.push_str("</container>");
            reply
                .header("content-type", "application/xml; charset=utf-8")
                .body(xml)
        }
    };
    Ok(reply.into_response())
}

fn entry_json(entry: &Entry, until: Option<i64>) -> serde_json::Value {
    let l = match entry {
        Entry::Subdir(s) => return json!({ "subdir": s }),
        Entry::Object(l) => l,
    };
    let v = &l.version;
    let mut e = json!({
        "name": v.name,
        "bytes": v.size,
        "content_type": v.content_type,
        "hash": v.checksum,
        "x_object_hash": l.top_hash,
        "x_object_uuid": v.uuid,
        "x_object_version": v.id,
        "x_object_version_timestamp": clock::epoch_string(v.mtime),
        "x_object_modified_by": v.modified_by,
        "available": 1,
        "map_check_timestamp": null,
    });
    if until.is_none() {
        e["last_modified"] = json!(clock::iso8601(v.mtime));
        if let Some(s) = &l.sharing {
            e["x_object_sharing"] = json!(s);
        }
        if let Some(s) = &l.shared_by {
            e["x_object_shared_by"] = json!(s);
        }
        if let Some(level) = l.allowed_to {
            e["x_object_allowed_to"] = json!(level.name());
        }
        if let Some(p) = &l.public {
            e["x_object_public"] = json!(p);
        }
    }
    e
}

fn collect(
    conn: &Connection,
    c: &Container,
    user: &str,
    owner: bool,
    p: &Params,
    base_url: &str,
) -> Result<Vec<Entry>, ApiFault> {
    let count = |table: &str| -> Result<bool, ApiFault> {
        Ok(conn.query_row(
            &format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE account = ?1 AND container = ?2)"),
            rusqlite::params![c.account, c.name],
            |r| r.get::<_, bool>(0),
        )?)
    };
    // Without any permission or public token in the container, the
    // per-object sharing lookups are skipped.
    let flags = (count("pithos_permissions")?, count("pithos_public")?);
    let candidates = match p.until {
        Some(t) => model::versions_as_of(conn, c.id, t)?
            .into_iter()
            .filter(|v| v.name > p.marker)
            .collect(),
        None => model::live_objects(conn, c.id, &p.marker)?,
    };
    let mut regular: Vec<Entry> = Vec::new();
    let mut subdirs: Vec<String> = Vec::new();
    let mut counted = 0;
    let mut last_ended_with_delimiter = false;
    for v in candidates {
        if !v.name.starts_with(&p.prefix) {
            if v.name.as_str() > p.prefix.as_str() && !p.prefix.is_empty() {
                break;
            }
            continue;
        }
        if counted >= p.limit && !last_ended_with_delimiter {
            break;
        }
        if let Some(d) = &p.delimiter {
            if let Some(last) = subdirs.last()
                && v.name.starts_with(last.as_str())
            {
                continue;
            }
            let rest = &v.name[p.prefix.len()..];
            if let Some(i) = rest.find(d.as_str())
                && i + d.len() < rest.len()
            {
                let subdir = format!("{}{}", p.prefix, &rest[..i + d.len()]);
                if counted >= p.limit {
                    // The one extra candidate examined for the last entry's subdir.
                    if p.virtual_dirs && visible(conn, c, user, owner, p, &v, flags)?.is_some() {
                        subdirs.push(subdir);
                    }
                    break;
                }
                if p.virtual_dirs && visible(conn, c, user, owner, p, &v, flags)?.is_some() {
                    subdirs.push(subdir);
                }
                continue;
            }
        }
        if counted >= p.limit {
            break;
        }
        let Some(listed) = visible(conn, c, user, owner, p, &v, flags)? else {
            continue;
        };
        last_ended_with_delimiter = p
            .delimiter
            .as_ref()
            .is_some_and(|d| v.name.ends_with(d.as_str()));
        counted += 1;
        regular.push(Entry::Object(Box::new(Listed {
            version: v,
            ..listed
        })));
    }
    let mut entries = regular;
    entries.extend(subdirs.into_iter().map(Entry::Subdir));
    entries.sort_by(|a, b| a.name().cmp(b.name()));
    entries.truncate(p.limit);
    if flags.1 {
        fill_public_urls(conn, c, owner, &mut entries, base_url)?;
    }
    Ok(entries)
}

/// Whether a candidate passes the filters and the caller may see it; if so,
/// its sharing details.
fn visible(
    conn: &Connection,
    c: &Container,
    user: &str,
    owner: bool,
    p: &Params,
    v: &Version,
    flags: (bool, bool),
) -> Result<Option<Listed>, ApiFault> {
    if !p.meta.is_empty() && !meta_passes(&p.meta, &v.meta) {
        return Ok(None);
    }
    let (has_perms, has_public) = flags;
    let own = if has_perms {
        sharing::get(conn, &c.account, &c.name, &v.name)?
    } else {
        None
    };
    let effective = match (&own, has_perms) {
        (Some(p), _) => Some((v.name.clone(), p.clone())),
        (None, true) => sharing::effective(conn, &c.account, &c.name, &v.name)?,
        (None, false) => None,
    };
    let is_public = has_public && public::token_of(conn, &c.account, &c.name, &v.name)?.is_some();
    if p.shared || p.public {
        let keep = (p.shared && effective.is_some()) || (p.public && is_public);
        if !keep {
            return Ok(None);
        }
    }
    let mut listed = Listed {
        version: v.clone(),
        top_hash: v.top_hash(c.algorithm),
        sharing: own.map(|p| p.render()),
        shared_by: effective
            .as_ref()
            .filter(|(path, _)| *path != v.name)
            .map(|(path, _)| format!("{}/{}/{}", c.account, c.name, path)),
        allowed_to: None,
        public: None,
    };
    if !owner {
        let (level, _) = if has_perms {
            sharing::access(conn, user, &c.account, &c.name, &v.name)?
        } else {
            (Level::None, None)
        };
        if level == Level::None {
            return Ok(None);
        }
        listed.allowed_to = Some(level);
    }
    Ok(Some(listed))
}

fn fill_public_urls(
    conn: &Connection,
    c: &Container,
    owner: bool,
    entries: &mut [Entry],
    base_url: &str,
) -> Result<(), ApiFault> {
    if !owner {
        return Ok(());
    }
    for e in entries {
        if let Entry::Object(l) = e {
            l.public = public::token_of(conn, &c.account, &c.name, &l.version.name)?
                .map(|t| public::url(base_url, &t));
        }
    }
    Ok(())
}
