//! Faults as Synnefo renders them: `{"<faultName>": {"code", "message", "details"}}`.
//!
//! Every handler returns `Result<_, ApiFault>`; the fault's status and body
//! follow IDENTITY.md §9 and PITHOS.md §1.5.

use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode};

/// An error answer of the emulator.
///
/// ```
/// use cloud_emulator::api_error::ApiFault;
/// let fault = ApiFault::not_found("Object does not exist");
/// assert_eq!(fault.status.as_u16(), 404);
/// assert_eq!(fault.name, "itemNotFound");
/// ```
#[derive(Debug, Clone)]
pub struct ApiFault {
    /// The HTTP status.
    pub status: StatusCode,
    /// The fault name, lower camel case (`itemNotFound`, `badRequest`, …).
    pub name: &'static str,
    /// The human message.
    pub message: String,
    /// The details (usually empty).
    pub details: String,
    /// Extra structured data (commission errors carry it); no `details` key then.
    pub data: Option<Box<serde_json::Value>>,
    /// A body to send instead of the fault object (the 409 of a hashmap PUT is
    /// a bare JSON list; some errors have empty bodies).
    pub raw_body: Option<Box<RawBody>>,
    /// Extra headers (`Allow` on 405, `Retry-After`).
    pub headers: Vec<(&'static str, String)>,
}

/// A body that replaces the usual fault object.
#[derive(Debug, Clone)]
pub enum RawBody {
    /// No body at all.
    Empty,
    /// This JSON value.
    Json(serde_json::Value),
}

impl ApiFault {
    /// A fault with this status, name and message.
    pub fn new(status: StatusCode, name: &'static str, message: impl Into<String>) -> Self {
        ApiFault {
            status,
            name,
            message: message.into(),
            details: String::new(),
            data: None,
            raw_body: None,
            headers: Vec::new(),
        }
    }

    /// 400 `badRequest`.
    pub fn bad_request(message: impl Into<String>) -> Self {
        ApiFault::new(StatusCode::BAD_REQUEST, "badRequest", message)
    }
    /// 401 `unauthorized`.
    pub fn unauthorized(message: impl Into<String>) -> Self {
        ApiFault::new(StatusCode::UNAUTHORIZED, "unauthorized", message)
    }
    /// 403 `forbidden`.
    pub fn forbidden(message: impl Into<String>) -> Self {
        ApiFault::new(StatusCode::FORBIDDEN, "forbidden", message)
    }
    /// 404 `itemNotFound`.
    pub fn not_found(message: impl Into<String>) -> Self {
        ApiFault::new(StatusCode::NOT_FOUND, "itemNotFound", message)
    }
    /// 405 `notAllowed` with the `Allow` header.
    pub fn not_allowed(allow: &str) -> Self {
        let mut fault = ApiFault::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "notAllowed",
            "Method not allowed",
        );
        fault.headers.push(("allow", allow.to_owned()));
        fault
    }
    /// 409 `conflict`.
    pub fn conflict(message: impl Into<String>) -> Self {
        ApiFault::new(StatusCode::CONFLICT, "conflict", message)
    }
    /// 413 `overLimit`.
    pub fn over_limit(message: impl Into<String>) -> Self {
        ApiFault::new(StatusCode::PAYLOAD_TOO_LARGE, "overLimit", message)
    }
    /// 500 `internalServerError`; the cause goes to the log, not the client.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(%cause, "internal error");
        ApiFault::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internalServerError",
            "Unexpected error",
        )
    }

    /// The same fault with details.
    pub fn with_details(mut self, details: impl Into<String>) -> Self {
        self.details = details.into();
        self
    }

    /// The same status with an empty body.
    pub fn empty_body(mut self) -> Self {
        self.raw_body = Some(Box::new(RawBody::Empty));
        self
    }

    /// The same status with this JSON value as the whole body (the bare list
    /// of a hashmap PUT's 409).
    pub fn json_body(mut self, value: serde_json::Value) -> Self {
        self.raw_body = Some(Box::new(RawBody::Json(value)));
        self
    }

    /// The same fault carrying structured data (and no `details` key).
    pub fn with_data(mut self, data: serde_json::Value) -> Self {
        self.data = Some(Box::new(data));
        self
    }
}

impl std::fmt::Display for ApiFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {}: {}",
            self.status.as_u16(),
            self.name,
            self.message
        )
    }
}

impl std::error::Error for ApiFault {}

impl From<rusqlite::Error> for ApiFault {
    fn from(e: rusqlite::Error) -> Self {
        ApiFault::internal(format!("database: {e}"))
    }
}

impl From<std::io::Error> for ApiFault {
    fn from(e: std::io::Error) -> Self {
        ApiFault::internal(format!("storage: {e}"))
    }
}

impl IntoResponse for ApiFault {
    fn into_response(self) -> Response {
        let mut response = match self.raw_body.map(|b| *b) {
            Some(RawBody::Empty) => self.status.into_response(),
            Some(RawBody::Json(value)) => (self.status, axum::Json(value)).into_response(),
            None => {
                let mut inner = serde_json::Map::new();
                inner.insert("code".into(), self.status.as_u16().into());
                inner.insert("message".into(), self.message.into());
                match self.data {
                    Some(data) => {
                        inner.insert("data".into(), *data);
                    }
                    None => {
                        inner.insert("details".into(), self.details.into());
                    }
                }
                let body = serde_json::json!({ self.name: inner });
                (self.status, axum::Json(body)).into_response()
            }
        };
        for (name, value) in self.headers {
            if let Ok(value) = HeaderValue::from_str(&value) {
                response.headers_mut().insert(name, value);
            }
        }
        response
    }
}
