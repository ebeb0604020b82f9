//! The identity service (`/identity/v2.0`): tokens and the catalog, and the
//! Keystone version documents. See IDENTITY.md §0–2.

pub mod catalog;
pub mod tokens;
pub mod versions;

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;
use crate::account::request::not_allowed;

/// The identity routes, mounted at `/identity/v2.0`.
pub fn routes() -> Router<AppState> {
    let tokens = post(tokens::authenticate).fallback(not_allowed("POST"));
    let version = get(versions::get_version).fallback(not_allowed("GET"));
    Router::new()
        .route("/", version.clone())
        .route("/tokens", tokens.clone())
        .route("/tokens/", tokens)
        .route(
            "/tokens/{token}",
            get(tokens::validate).fallback(not_allowed("GET")),
        )
}

/// Routes outside the `/identity/v2.0` nest: the unversioned root
/// (`/identity` and `/identity/`, the versions list) and `/identity/v2.0/`
/// (the version document, as without the slash).
pub fn root_routes() -> Router<AppState> {
    let versions = get(versions::get_versions).fallback(not_allowed("GET"));
    Router::new()
        .route("/identity", versions.clone())
        .route("/identity/", versions)
        .route(
            "/identity/v2.0/",
            get(versions::get_version).fallback(not_allowed("GET")),
        )
}
