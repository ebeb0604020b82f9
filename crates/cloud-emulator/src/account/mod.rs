//! The account service (`/account/v1.0`): user catalogs, resources, quotas,
//! projects, memberships and commissions. See IDENTITY.md §3–6.
//!
//! Who may call what: user tokens for everything a person does; component
//! (service) tokens — see [`components`] — for commissions and service
//! quotas; no token for `/resources`.
//!
//! # The emulator's rules where Astakos depends on its deployment
//!
//! * **Component tokens**: one per component (`astakos`, `cyclades`,
//!   `pithos`), made on first use by [`components::token`] or
//!   `cloud-emulator service-token [COMPONENT] --data DIR`, kept forever.
//! * **Project admins**: the first user of a data directory (the default
//!   user) — it approves applications and sees every project; others may be
//!   made admins with [`policies::set_project_admin`]. The admin user API
//!   (`/identity/v2.0/users`) uses the same rule.
//! * **System projects**: every user gets one (uuid = user uuid, name
//!   `system:<uuid>`, closed, private) with an accepted membership and the
//!   default quota of every resource; it is the default project until
//!   `POST /myaccount/default_project` says otherwise.
//! * **Memberships**: one row per (project, user), reused when a user joins
//!   again after leaving, cancelling or being rejected (its id stays).
//! * **Holdings** follow projects and memberships ([`project_quota::sync`]):
//!   limits only while a project is active and a member accepted; usage is
//!   never dropped.
//! * **Pending applications** count against the applicant's hidden
//!   `astakos.pending_app` quota (3): a fourth pending application from a
//!   non-admin is 409 until one is approved, denied or cancelled.
//! * Auth failures on this service say `Invalid X-Auth-Token` (Astakos's
//!   `user_from_token`); `POST /tokens` says `Invalid token`.

pub mod commissions;
pub mod components;
pub mod dates;
pub mod default_project;
pub mod feedback;
pub mod memberships;
pub mod policies;
pub mod project_actions;
pub mod project_quota;
pub mod projects;
pub mod quotas;
pub mod request;
pub mod resources;
mod schema;
pub mod user_catalogs;

use axum::Router;
use axum::routing::{MethodRouter, get, post};

use crate::AppState;
use request::not_allowed;

pub use schema::SCHEMA;

/// A route and the same route with a trailing `/` (Synnefo's URL patterns accept both).
fn both(router: Router<AppState>, path: &str, methods: MethodRouter<AppState>) -> Router<AppState> {
    router
        .route(path, methods.clone())
        .route(&format!("{path}/"), methods)
}

/// The account routes, mounted at `/account/v1.0`.
pub fn routes() -> Router<AppState> {
    let mut r = Router::new();
    r = both(
        r,
        "/user_catalogs",
        post(user_catalogs::post_user_catalogs).fallback(not_allowed("POST")),
    );
    r = both(
        r,
        "/service/user_catalogs",
        post(user_catalogs::post_service_user_catalogs).fallback(not_allowed("POST")),
    );
    r = both(
        r,
        "/feedback",
        post(feedback::post_feedback).fallback(not_allowed("POST")),
    );
    r = both(
        r,
        "/resources",
        get(resources::get_resources).fallback(not_allowed("GET")),
    );
    r = both(
        r,
        "/quotas",
        get(quotas::get_quotas).fallback(not_allowed("GET")),
    );
    r = both(
        r,
        "/service_quotas",
        get(quotas::get_service_quotas).fallback(not_allowed("GET")),
    );
    r = both(
        r,
        "/service_project_quotas",
        get(quotas::get_service_project_quotas).fallback(not_allowed("GET")),
    );
    r = both(
        r,
        "/commissions",
        get(commissions::get_pending)
            .post(commissions::post_commission)
            .fallback(not_allowed("GET, POST")),
    );
    r = both(
        r,
        "/commissions/action",
        post(commissions::post_resolve).fallback(not_allowed("POST")),
    );
    r = both(
        r,
        "/commissions/{serial}",
        get(commissions::get_commission).fallback(not_allowed("GET")),
    );
    r = both(
        r,
        "/commissions/{serial}/action",
        post(commissions::post_serial_action).fallback(not_allowed("POST")),
    );
    r = both(
        r,
        "/projects",
        get(projects::list)
            .post(projects::create)
            .fallback(not_allowed("GET, POST")),
    );
    r = both(
        r,
        "/projects/memberships",
        get(memberships::list)
            .post(memberships::post)
            .fallback(not_allowed("GET, POST")),
    );
    r = both(
        r,
        "/projects/memberships/{id}",
        get(memberships::info).fallback(not_allowed("GET")),
    );
    r = both(
        r,
        "/projects/memberships/{id}/action",
        post(memberships::action).fallback(not_allowed("POST")),
    );
    r = both(
        r,
        "/projects/{id}",
        get(projects::info)
            .put(projects::modify)
            .fallback(not_allowed("GET, PUT")),
    );
    r = both(
        r,
        "/projects/{id}/action",
        post(project_actions::action).fallback(not_allowed("POST")),
    );
    both(
        r,
        "/myaccount/default_project",
        post(default_project::post_default_project).fallback(not_allowed("POST")),
    )
}
