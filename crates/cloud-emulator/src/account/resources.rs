//! `GET /resources` (IDENTITY.md §4.1): the api-visible resources, no token needed.

use axum::response::Response;
use http::StatusCode;
use serde_json::{Map, Value, json};

use crate::account::request;
use crate::quota::RESOURCES;

/// `{name: {service, description, unit, ui_visible, api_visible}}` of every api-visible resource.
///
/// ```
/// let doc = cloud_emulator::account::resources::resources();
/// assert_eq!(doc["pithos.diskspace"]["unit"], "bytes");
/// assert!(doc.get("astakos.pending_app").is_none());
/// ```
pub fn resources() -> Value {
    let mut out = Map::new();
    for resource in RESOURCES.iter().filter(|r| r.api_visible) {
        out.insert(
            resource.name.to_owned(),
            json!({
                "service": resource.service,
                "description": resource.description,
                "unit": resource.unit,
                "ui_visible": resource.api_visible,
                "api_visible": resource.api_visible,
            }),
        );
    }
    Value::Object(out)
}

/// `GET /resources`.
pub async fn get_resources() -> Response {
    request::json(StatusCode::OK, resources())
}
