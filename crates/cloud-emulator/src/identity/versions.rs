//! Keystone-style version documents (IDENTITY.md §0), served without a token:
//! `GET /identity/` lists the versions, `GET /identity/v2.0` describes v2.0.

use axum::extract::State;
use axum::response::Response;
use http::StatusCode;
use serde_json::{Value, json};

use crate::AppState;
use crate::account::request;

/// When v2.0 last changed, as Astakos reports it.
const UPDATED: &str = "2014-04-17T00:00:00Z";

fn version_object(base_url: &str) -> Value {
    json!({
        "id": "v2.0",
        "status": "CURRENT",
        "updated": UPDATED,
        "links": [{"rel": "self", "href": format!("{base_url}/identity/v2.0/")}],
    })
}

/// `{"versions": {"values": [<v2.0>]}}`.
pub fn versions_list(base_url: &str) -> Value {
    json!({"versions": {"values": [version_object(base_url)]}})
}

/// `{"version": {"id": "v2.0", "status": "CURRENT", "updated", "links", "media_types"}}`.
pub fn version_details(base_url: &str) -> Value {
    let mut version = version_object(base_url);
    if let Some(links) = version.get_mut("links").and_then(Value::as_array_mut) {
        links.push(json!({
            "rel": "describedby",
            "type": "text/html",
            "href": "https://docs.openstack.org/",
        }));
    }
    version["media_types"] = json!([{
        "base": "application/json",
        "type": "application/vnd.openstack.identity-v2.0+json",
    }]);
    json!({ "version": version })
}

/// `GET /identity/` (the unversioned root).
pub async fn get_versions(State(state): State<AppState>) -> Response {
    request::json(StatusCode::OK, versions_list(&state.base_url))
}

/// `GET /identity/v2.0`.
pub async fn get_version(State(state): State<AppState>) -> Response {
    request::json(StatusCode::OK, version_details(&state.base_url))
}
