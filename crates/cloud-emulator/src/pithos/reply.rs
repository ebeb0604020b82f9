//! Building replies: status, headers encoded per PITHOS.md §1.6, body.

use axum::body::Body;
use axum::response::{IntoResponse, Response};
use http::{HeaderName, HeaderValue, StatusCode};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// What stays literal in encoded header values: the unreserved characters
/// and `/ = , : @ ; space "` (§1.6).
const KEEP: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/')
    .remove(b'=')
    .remove(b',')
    .remove(b':')
    .remove(b'@')
    .remove(b';')
    .remove(b' ')
    .remove(b'"');

/// What stays literal in encoded header names: only the unreserved
/// characters, so that every encoded name is a valid HTTP token (a metadata
/// key with a space, `/` or `:` must still come back as a header).
const KEEP_IN_NAME: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes a header value the way the server does.
pub fn encode(text: &str) -> String {
    utf8_percent_encode(text, KEEP).to_string()
}

/// Percent-encodes a header name so that it is a valid HTTP token.
pub fn encode_name(text: &str) -> String {
    utf8_percent_encode(text, KEEP_IN_NAME).to_string()
}

/// Whether values of this header are percent-encoded on the way out.
fn encoded(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    ["x-account-", "x-container-", "x-object-", "content-"]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// A reply under construction.
#[derive(Debug)]
pub struct Reply {
    status: StatusCode,
    headers: Vec<(String, String)>,
    body: Body,
}

impl Reply {
    /// An empty reply with this status.
    pub fn new(status: StatusCode) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Body::empty(),
        }
    }

    /// Adds a header; names and values of `X-Account-*`, `X-Container-*`,
    /// `X-Object-*` and `Content-*` are percent-encoded.
    pub fn header(mut self, name: &str, value: impl Into<String>) -> Reply {
        self.push(name, value);
        self
    }

    /// Adds a header in place (see [`Reply::header`]).
    pub fn push(&mut self, name: &str, value: impl Into<String>) {
        let value = value.into();
        if encoded(name) {
            self.headers.push((encode_name(name), encode(&value)));
        } else {
            self.headers.push((name.to_owned(), value));
        }
    }

    /// Replaces every header of this name with one value.
    pub fn set(&mut self, name: &str, value: impl Into<String>) {
        let key = if encoded(name) {
            encode_name(name)
        } else {
            name.to_owned()
        };
        self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(&key));
        self.push(name, value);
    }

    /// Changes the status.
    pub fn status(mut self, status: StatusCode) -> Reply {
        self.status = status;
        self
    }

    /// Sets the body.
    pub fn body(mut self, body: impl Into<Body>) -> Reply {
        self.body = body.into();
        self
    }

    /// A JSON body (with its content type).
    pub fn json(self, value: &serde_json::Value) -> Reply {
        let text = value.to_string();
        self.header("content-type", "application/json; charset=utf-8")
            .header("content-length", text.len().to_string())
            .body(text)
    }

    /// A text body (with its content type).
    pub fn text(self, text: String) -> Reply {
        self.header("content-type", "text/plain; charset=utf-8")
            .header("content-length", text.len().to_string())
            .body(text)
    }
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        let mut response = Response::new(self.body);
        *response.status_mut() = self.status;
        let map = response.headers_mut();
        for (name, value) in self.headers {
            if let (Ok(name), Ok(value)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(&value),
            ) {
                map.append(name, value);
            }
        }
        response
    }
}
