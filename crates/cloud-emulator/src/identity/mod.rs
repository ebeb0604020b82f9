//! The identity service (`/identity/v2.0`): tokens and the catalog, the
//! Keystone version documents, and the admin user API. See IDENTITY.md §0–2.

pub mod admin_users;
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
        .route(
            "/users",
            get(admin_users::get_users)
                .post(admin_users::post_users)
                .fallback(not_allowed("GET, POST")),
        )
        .route(
            "/users/detail",
            get(admin_users::get_users_detail).fallback(not_allowed("GET")),
        )
        .route(
            "/users/{uuid}",
            get(admin_users::get_user)
                .put(admin_users::put_user)
                .fallback(not_allowed("GET, PUT")),
        )
        .route(
            "/users/{uuid}/action",
            post(admin_users::post_action).fallback(not_allowed("POST")),
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
