//! Commissions (IDENTITY.md §5): quota transactions that components (service
//! tokens, see [`components`](super::components)) issue, then accept or reject.
//!
//! Issuing checks every provision and reserves it: an import raises the
//! holding's `usage_max` (so `/quotas` shows it as `pending`), a release
//! lowers `usage_min`. Accepting commits (import: `usage_min` catches up;
//! release: `usage_max` follows); rejecting undoes the reservation. A
//! component sees and resolves only its own commissions.

use axum::extract::{Path, State};
use axum::response::Response;
use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Map, Value, json};

use crate::account::request;
use crate::account::request::ComponentCaller;
use crate::api_error::ApiFault;
use crate::{AppState, clock, quota};

/// One provision: `quantity` of `resource` for the holding (`holder`, `source`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provision {
    /// `user:<uuid>` or `project:<uuid>`.
    pub holder: String,
    /// `project:<uuid>`, or `None` for a project's own holding.
    pub source: Option<String>,
    /// The resource name.
    pub resource: String,
    /// Positive to take, negative to release.
    pub quantity: i64,
}

impl Provision {
    fn json(&self) -> Value {
        json!({
            "holder": self.holder,
            "source": self.source,
            "resource": self.resource,
            "quantity": self.quantity,
        })
    }

    fn source_key(&self) -> &str {
        self.source.as_deref().unwrap_or("")
    }

    fn key_text(&self) -> String {
        let source = self
            .source
            .as_ref()
            .map_or_else(|| "None".to_owned(), |s| format!("'{s}'"));
        format!("('{}', {source}, '{}')", self.holder, self.resource)
    }
}

/// A commission failure as Astakos sends it: the JSON object with the
/// status, not the generic fault (no `details`; `data` when there is some).
fn commission_fault(
    status: StatusCode,
    name: &'static str,
    message: String,
    data: Option<Value>,
) -> ApiFault {
    let mut inner = Map::new();
    inner.insert("message".into(), Value::String(message.clone()));
    inner.insert("code".into(), status.as_u16().into());
    if let Some(data) = data {
        inner.insert("data".into(), data);
    }
    ApiFault::new(status, name, message).json_body(json!({ name: inner }))
}

fn invalid(message: String) -> ApiFault {
    commission_fault(StatusCode::BAD_REQUEST, "badRequest", message, None)
}

fn parse_provisions(body: &Map<String, Value>) -> Result<Vec<Provision>, ApiFault> {
    let provisions = match body.get("provisions") {
        None | Some(Value::Null) => return Err(ApiFault::bad_request("Provisions are missing.")),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(ApiFault::bad_request("Provisions should be a list.")),
    };
    provisions
        .iter()
        .map(|p| {
            let malformed = || ApiFault::bad_request(format!("Malformed provision {p}"));
            let text = |key: &str| p.get(key).and_then(Value::as_str).map(str::to_owned);
            let source = match p.get("source") {
                Some(Value::Null) => None,
                Some(Value::String(s)) => Some(s.clone()),
                _ => return Err(malformed()),
            };
            Ok(Provision {
                holder: text("holder").ok_or_else(malformed)?,
                source,
                resource: text("resource").ok_or_else(malformed)?,
                quantity: p
                    .get("quantity")
                    .and_then(Value::as_i64)
                    .ok_or_else(malformed)?,
            })
        })
        .collect()
}

fn flag(body: &Map<String, Value>, key: &str) -> Result<bool, ApiFault> {
    match body.get(key) {
        None => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(ApiFault::bad_request(format!(
            "\"{key}\" option should be a boolean."
        ))),
    }
}

/// Reserves every provision or none; returns the new serial.
fn issue(conn: &mut Connection, client: &str, body: &Map<String, Value>) -> Result<i64, ApiFault> {
    let provisions = parse_provisions(body)?;
    let force = flag(body, "force")?;
    let auto_accept = flag(body, "auto_accept")?;
    let name = match body.get("name") {
        None => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(_) => return Err(ApiFault::bad_request("Commission name should be a string.")),
    };
    let tx = conn.transaction()?;
    for (i, p) in provisions.iter().enumerate() {
        let duplicate = provisions[..i].iter().any(|q| {
            q.holder == p.holder && q.source_key() == p.source_key() && q.resource == p.resource
        });
        if duplicate {
            return Err(invalid(format!("Duplicate provision for {}", p.key_text())));
        }
        let Some((limit, usage_min, usage_max)) =
            quota::holding(&tx, &p.holder, p.source_key(), &p.resource)?
        else {
            return Err(commission_fault(
                StatusCode::NOT_FOUND,
                "itemNotFound",
                format!("There is no such holding {}", p.key_text()),
                Some(json!({"name": "NoHoldingError", "provision": p.json()})),
            ));
        };
        if p.quantity >= 0 {
            if !force && usage_max + p.quantity > limit {
                return Err(commission_fault(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "overLimit",
                    format!("{} has not enough capacity of {}.", p.holder, p.resource),
                    Some(json!({
                        "name": "NoCapacityError", "provision": p.json(),
                        "limit": limit, "usage": usage_max,
                    })),
                ));
            }
            move_usage(&tx, p, 0, p.quantity)?;
        } else {
            if usage_min + p.quantity < 0 {
                return Err(commission_fault(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "overLimit",
                    format!(
                        "{} attempts to release more {} than it contains.",
                        p.holder, p.resource
                    ),
                    Some(json!({"name": "NoQuantityError", "provision": p.json()})),
                ));
            }
            move_usage(&tx, p, p.quantity, 0)?;
        }
    }
    tx.execute(
        "INSERT INTO commissions (clientkey, name, issue_time) VALUES (?1, ?2, ?3)",
        params![client, name, clock::now_micros()],
    )?;
    let serial = tx.last_insert_rowid();
    for p in &provisions {
        tx.execute(
            "INSERT INTO provisions (serial, holder, source, resource, quantity) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![serial, p.holder, p.source_key(), p.resource, p.quantity],
        )?;
    }
    if auto_accept {
        resolve(&tx, client, serial, true)?;
    }
    tx.commit()?;
    Ok(serial)
}

/// Adds `min_delta` to a holding's `usage_min` and `max_delta` to its `usage_max`.
fn move_usage(
    conn: &Connection,
    p: &Provision,
    min_delta: i64,
    max_delta: i64,
) -> Result<(), ApiFault> {
    conn.execute(
        "UPDATE holdings SET usage_min = usage_min + ?1, usage_max = usage_max + ?2
         WHERE holder = ?3 AND source = ?4 AND resource = ?5",
        params![min_delta, max_delta, p.holder, p.source_key(), p.resource],
    )?;
    Ok(())
}

fn provisions_of(conn: &Connection, serial: i64) -> Result<Vec<Provision>, ApiFault> {
    let mut stmt = conn.prepare(
        "SELECT holder, source, resource, quantity FROM provisions WHERE serial = ?1 ORDER BY rowid",
    )?;
    let rows = stmt.query_map([serial], |r| {
        let source: String = r.get(1)?;
        Ok(Provision {
            holder: r.get(0)?,
            source: (!source.is_empty()).then_some(source),
            resource: r.get(2)?,
            quantity: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

fn exists(conn: &Connection, client: &str, serial: i64) -> Result<bool, ApiFault> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM commissions WHERE serial = ?1 AND clientkey = ?2",
            params![serial, client],
            |_| Ok(true),
        )
        .optional()?
        .unwrap_or(false))
}

/// Accepts or rejects a pending commission of `client`; `false` if there is none.
fn resolve(conn: &Connection, client: &str, serial: i64, accept: bool) -> Result<bool, ApiFault> {
    if !exists(conn, client, serial)? {
        return Ok(false);
    }
    for p in provisions_of(conn, serial)? {
        let q = p.quantity;
        match (accept, q >= 0) {
            (true, true) => move_usage(conn, &p, q, 0)?,
            (true, false) => move_usage(conn, &p, 0, q)?,
            (false, true) => move_usage(conn, &p, 0, -q)?,
            (false, false) => move_usage(conn, &p, -q, 0)?,
        }
    }
    conn.execute("DELETE FROM provisions WHERE serial = ?1", [serial])?;
    conn.execute("DELETE FROM commissions WHERE serial = ?1", [serial])?;
    Ok(true)
}

fn serial_of(text: &str) -> Result<i64, ApiFault> {
    text.parse()
        .map_err(|_| ApiFault::bad_request("Serial should be an integer."))
}

/// `POST /commissions`: 201 `{"serial": n}`.
pub async fn post_commission(
    State(state): State<AppState>,
    ComponentCaller(client): ComponentCaller,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiFault> {
    let serial = state
        .db
        .call(move |conn| {
            let body = request::json_dict(request::json_body(&headers, &body)?)?;
            issue(conn, &client, &body)
        })
        .await?;
    Ok(request::json(
        StatusCode::CREATED,
        json!({ "serial": serial }),
    ))
}

/// `GET /commissions`: the calling component's pending serials.
pub async fn get_pending(
    State(state): State<AppState>,
    ComponentCaller(client): ComponentCaller,
) -> Result<Response, ApiFault> {
    let serials = state
        .db
        .call(move |conn| {
            let mut stmt = conn
                .prepare("SELECT serial FROM commissions WHERE clientkey = ?1 ORDER BY serial")?;
            let rows = stmt.query_map([client], |r| r.get::<_, i64>(0))?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await?;
    Ok(request::json(StatusCode::OK, json!(serials)))
}

/// `GET /commissions/<serial>`: `{serial, issue_time, name, provisions}`; 404 with an empty body if unknown.
pub async fn get_commission(
    State(state): State<AppState>,
    ComponentCaller(client): ComponentCaller,
    Path(serial): Path<String>,
) -> Result<Response, ApiFault> {
    let doc = state
        .db
        .call(move |conn| {
            let serial = serial_of(&serial)?;
            let row: Option<(String, i64)> = conn
                .query_row(
                    "SELECT name, issue_time FROM commissions WHERE serial = ?1 AND clientkey = ?2",
                    params![serial, client],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let (name, issue_time) =
                row.ok_or_else(|| ApiFault::not_found("No such commission").empty_body())?;
            let provisions: Vec<Value> = provisions_of(conn, serial)?
                .iter()
                .map(Provision::json)
                .collect();
            Ok(json!({
                "serial": serial,
                "issue_time": clock::iso8601(issue_time),
                "name": name,
                "provisions": provisions,
            }))
        })
        .await?;
    Ok(request::json(StatusCode::OK, doc))
}

/// `POST /commissions/<serial>/action` with `{"accept": ""}` or `{"reject": ""}`;
/// 200 empty, 404 empty if unknown.
pub async fn post_serial_action(
    State(state): State<AppState>,
    ComponentCaller(client): ComponentCaller,
    Path(serial): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiFault> {
    let found = state
        .db
        .call(move |conn| {
            let body = request::json_dict(request::json_body(&headers, &body)?)?;
            let serial = serial_of(&serial)?;
            let accept = body.contains_key("accept");
            if accept == body.contains_key("reject") {
                return Err(ApiFault::bad_request(
                    "Specify either accept or reject action.",
                ));
            }
            let tx = conn.transaction()?;
            let found = resolve(&tx, &client, serial, accept)?;
            tx.commit()?;
            Ok(found)
        })
        .await?;
    Ok(request::empty(if found {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    }))
}

fn serials(body: &Map<String, Value>, key: &str) -> Result<Vec<Value>, ApiFault> {
    match body.get(key) {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => Ok(items.clone()),
        Some(_) => Err(ApiFault::bad_request(
            "\"accept\" and \"reject\" should reference lists of serials.",
        )),
    }
}

fn resolve_many(
    conn: &mut Connection,
    client: &str,
    body: &Map<String, Value>,
) -> Result<Value, ApiFault> {
    let accept = serials(body, "accept")?;
    let reject = serials(body, "reject")?;
    let as_ints = |items: &[Value]| -> Result<Vec<i64>, ApiFault> {
        items
            .iter()
            .map(|v| {
                v.as_i64()
                    .ok_or_else(|| ApiFault::bad_request("Serials should be integer."))
            })
            .collect()
    };
    let accept = as_ints(&accept)?;
    let reject = as_ints(&reject)?;
    let mut actions: Vec<(i64, bool)> = Vec::new();
    let mut conflicting: Vec<i64> = Vec::new();
    for serial in accept {
        if !actions.iter().any(|(s, _)| *s == serial) {
            actions.push((serial, true));
        }
    }
    for serial in reject {
        match actions.iter().position(|(s, _)| *s == serial) {
            Some(i) if actions[i].1 => {
                actions.remove(i);
                conflicting.push(serial);
            }
            Some(_) => {}
            None if conflicting.contains(&serial) => {}
            None => actions.push((serial, false)),
        }
    }
    let tx = conn.transaction()?;
    let (mut accepted, mut rejected, mut failed) = (Vec::new(), Vec::new(), Vec::new());
    for (serial, accept) in actions {
        if resolve(&tx, client, serial, accept)? {
            if accept {
                accepted.push(serial);
            } else {
                rejected.push(serial);
            }
        } else {
            failed.push(json!([serial, {"itemNotFound": {
                "code": 404, "message": format!("serial {serial} does not exist"),
            }}]));
        }
    }
    for serial in conflicting {
        failed.push(json!([serial, {"badRequest": {
            "code": 400, "message": format!("cannot both accept and reject serial {serial}"),
        }}]));
    }
    tx.commit()?;
    Ok(json!({"accepted": accepted, "rejected": rejected, "failed": failed}))
}

/// `POST /commissions/action` with `{"accept": [..], "reject": [..]}`:
/// `{"accepted", "rejected", "failed"}`.
pub async fn post_resolve(
    State(state): State<AppState>,
    ComponentCaller(client): ComponentCaller,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiFault> {
    let doc = state
        .db
        .call(move |conn| {
            let body = request::json_dict(request::json_body(&headers, &body)?)?;
            resolve_many(conn, &client, &body)
        })
        .await?;
    Ok(request::json(StatusCode::OK, doc))
}
