//! The identity service (`/identity/v2.0`): tokens and the catalog.
//! See IDENTITY.md §1–2.

use axum::Router;

use crate::AppState;

/// The identity routes, mounted at `/identity/v2.0`.
pub fn routes() -> Router<AppState> {
    Router::new()
}
