//! Pithos+ object storage (`/object-store/v1`) and public URLs (`/public`).
//! See PITHOS.md §1–3.
//!
//! Layout: one file per concern. [`request`] takes a request apart,
//! [`reply`] encodes answers, [`hashing`] and [`blocks`] are the
//! content-addressed store, [`ingest`] and [`reader`] stream bodies in and
//! out of it, [`model`] keeps accounts, containers and versions in SQLite,
//! [`metadata`], [`sharing`], [`ranges`] and [`conditions`] hold the rules,
//! and [`accounts`], [`containers`], [`listing`], [`objects`], [`writes`],
//! [`updates`], [`copies`] and [`public`] answer the requests.
//!
//! Storage and crash safety: blocks are files under
//! `<data_dir>/blocks/<first 2 hex>/<hex>`, named by their block hash and
//! shared by every account. A block is streamed into a temporary file under
//! `blocks/tmp/` while it is hashed, fsynced, renamed to its final name and
//! its directory fsynced, so a file under a final name is always complete.
//! Accounts, containers, versions (with their hashmaps), sharing and public
//! tokens are rows in SQLite (WAL, `synchronous = FULL`); a version row is
//! inserted, in one transaction with its quota charge, only after every
//! block it names is durable. A crash therefore loses no committed object
//! and never exposes a half-written one: an interrupted upload leaves at
//! most orphan blocks (harmless; blocks are never deleted, as in Pithos) and
//! temporary files, removed the first time the store is used after a restart.
//!
//! Block size and hash: the Pithos default is B = 4 MiB with sha256. A
//! container may choose others when it is created, with the emulator's own
//! policy headers `X-Container-Policy-Block-Size: <bytes>` and
//! `X-Container-Policy-Block-Hash: sha256|blake3` on the container PUT; the
//! defaults for new containers can be changed with the environment variables
//! `CLOUD_EMULATOR_BLOCK_SIZE` and `CLOUD_EMULATOR_BLOCK_HASH`. Either way
//! the container reports them in `X-Container-Block-Size` and
//! `X-Container-Block-Hash`.

pub mod accounts;
pub mod auth;
pub mod blocks;
pub mod conditions;
pub mod containers;
pub mod copies;
pub mod hashing;
pub mod ingest;
pub mod listing;
pub mod metadata;
pub mod model;
pub mod objects;
pub mod public;
pub mod ranges;
pub mod reader;
pub mod reply;
pub mod request;
pub mod schema;
pub mod sharing;
pub mod updates;
pub mod writes;

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use http::{Method, Request};

use crate::AppState;
use crate::api_error::ApiFault;
use crate::pithos::blocks::BlockStore;
use crate::pithos::request::{Headers, PithosRequest, Query, Target, parse_target};

/// Schema of the Pithos tables (accounts, containers, objects, versions, …).
pub const SCHEMA: &str = schema::SCHEMA;

/// The storage routes, mounted at `/object-store/v1`.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", any(dispatch))
        .route("/{*rest}", any(dispatch))
}

/// Routes merged at the top of the emulator's router: the endpoint with a
/// trailing slash (`/object-store/v1/`, the top level of §3.1), which a
/// nested router cannot match.
pub fn root_routes() -> Router<AppState> {
    Router::new().route("/object-store/v1/", any(dispatch))
}

/// The public-URL routes, mounted at `/public`.
pub fn public_routes() -> Router<AppState> {
    Router::new().route("/{token}", any(public::serve))
}

/// The block store of this emulator; the first use in a process clears the
/// temporary files a crash may have left.
pub fn block_store(state: &AppState) -> BlockStore {
    static OPENED: OnceLock<Mutex<HashSet<PathBuf>>> = OnceLock::new();
    let opened = OPENED.get_or_init(|| Mutex::new(HashSet::new()));
    let first = opened
        .lock()
        .map(|mut set| set.insert(state.data_dir.clone()))
        .unwrap_or(false);
    if first {
        BlockStore::open(&state.data_dir)
    } else {
        BlockStore::new(&state.data_dir)
    }
}

/// What every Pithos handler works with.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// The shared state.
    pub state: AppState,
    /// The block store.
    pub store: BlockStore,
    /// The caller's uuid.
    pub user: String,
    /// The method.
    pub method: Method,
    /// The query.
    pub query: Query,
    /// The decoded headers.
    pub headers: Headers,
}

async fn dispatch(State(state): State<AppState>, request: Request<Body>) -> Response {
    match handle(state, request).await {
        Ok(response) => response,
        Err(fault) => fault.into_response(),
    }
}

async fn handle(state: AppState, request: Request<Body>) -> Result<Response, ApiFault> {
    let (parts, body) = request.into_parts();
    let path = parts.uri.path();
    let path = path.strip_prefix("/object-store/v1").unwrap_or(path);
    let target = parse_target(path)?;
    let request = PithosRequest {
        method: parts.method.clone(),
        target,
        query: Query::parse(parts.uri.query()),
        headers: Headers::decode(&parts.headers)?,
        body,
    };
    if request.target == Target::Top
        && request.method == Method::GET
        && auth::token(&request).is_none()
    {
        return auth::legacy(&state, &request);
    }
    let user = auth::authenticate(&state, auth::token(&request)).await?;
    let ctx = Ctx {
        store: block_store(&state),
        state,
        user,
        method: request.method.clone(),
        query: request.query,
        headers: request.headers,
    };
    let body = request.body;
    let method = ctx.method.as_str().to_owned();
    match request.target {
        Target::Top => match method.as_str() {
            "GET" => accounts::sharers(&ctx).await,
            _ => Err(ApiFault::not_allowed("GET")),
        },
        Target::Account(account) => match method.as_str() {
            "HEAD" => accounts::head(&ctx, account).await,
            "GET" => accounts::get(&ctx, account).await,
            "POST" => accounts::post(&ctx, account).await,
            _ => Err(ApiFault::not_allowed("HEAD, GET, POST")),
        },
        Target::Container(account, container) => match method.as_str() {
            "HEAD" => containers::head(&ctx, account, container).await,
            "GET" => listing::get(&ctx, account, container).await,
            "PUT" => containers::put(&ctx, account, container).await,
            "POST" => containers::post(&ctx, account, container, body).await,
            "DELETE" => containers::delete(&ctx, account, container).await,
            _ => Err(ApiFault::not_allowed("HEAD, GET, PUT, POST, DELETE")),
        },
        Target::Object(account, container, object) => {
            let path = model_path(account, container, object);
            match method.as_str() {
                "HEAD" | "GET" => objects::get(&ctx, path).await,
                "PUT" => writes::put(&ctx, path, body).await,
                "POST" => updates::post(&ctx, path, body).await,
                "DELETE" => objects::delete(&ctx, path).await,
                "COPY" => copies::copy_or_move(&ctx, path, false).await,
                "MOVE" => copies::copy_or_move(&ctx, path, true).await,
                _ => Err(ApiFault::not_allowed(
                    "HEAD, GET, PUT, POST, DELETE, COPY, MOVE",
                )),
            }
        }
    }
}

/// An object's full path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectPath {
    /// The account (owner uuid).
    pub account: String,
    /// The container name.
    pub container: String,
    /// The object name.
    pub name: String,
}

fn model_path(account: String, container: String, name: String) -> ObjectPath {
    ObjectPath {
        account,
        container,
        name,
    }
}

/// Parses `/<container>/<object>` (as in `X-Copy-From`, `Destination`,
/// `X-Source-Object`); 400 when it does not start with `/` or lacks the
/// second `/`.
pub fn parse_location(value: &str, account: &str) -> Result<ObjectPath, ApiFault> {
    let bad = || ApiFault::bad_request("Invalid source or destination object path");
    let rest = value.strip_prefix('/').ok_or_else(bad)?;
    let (container, name) = rest.split_once('/').ok_or_else(bad)?;
    if container.is_empty() || name.is_empty() {
        return Err(bad());
    }
    Ok(ObjectPath {
        account: account.to_owned(),
        container: container.to_owned(),
        name: name.to_owned(),
    })
}
/// Compile-time check: the handler's future is `Send` (axum needs it; a
/// non-`Sync` value held across an await breaks it with an obscure error).
#[allow(dead_code)]
fn _assert_send(state: AppState, request: Request<Body>) {
    fn is_send<T: Send>(_: T) {}
    is_send(handle(state, request));
}
