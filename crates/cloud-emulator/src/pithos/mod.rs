//! Pithos+ object storage (`/object-store/v1`) and public URLs (`/public`).
//! See PITHOS.md §1–3.

use axum::Router;

use crate::AppState;

/// Schema of the Pithos tables (accounts, containers, objects, versions, …).
pub const SCHEMA: &str = "";

/// The storage routes, mounted at `/object-store/v1`.
pub fn routes() -> Router<AppState> {
    Router::new()
}

/// The public-URL routes, mounted at `/public`.
pub fn public_routes() -> Router<AppState> {
    Router::new()
}
