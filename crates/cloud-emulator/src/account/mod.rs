//! The account service (`/account/v1.0`): user catalogs, resources, quotas,
//! projects, memberships and commissions. See IDENTITY.md §3–6.

use axum::Router;

use crate::AppState;

/// Schema of the account tables (projects, memberships, commissions, …).
pub const SCHEMA: &str = "";

/// The account routes, mounted at `/account/v1.0`.
pub fn routes() -> Router<AppState> {
    Router::new()
}
