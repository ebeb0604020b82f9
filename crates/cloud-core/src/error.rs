//! The errors every client crate returns.
//!
//! [`Error`] is the one error type of the transport and the service clients.
//! An answer from a server that says "no" is an [`ApiError`]: its [`ErrorKind`]
//! comes from the HTTP status (never from the fault's name alone), and it
//! carries the server's own message, the request that was refused (with its
//! URL cleaned of secrets) and the request id to quote to an operator.

use std::fmt;
use std::time::Duration;

use http::{Method, StatusCode};

use crate::body::BoxError;

/// What kind of refusal an [`ApiError`] is, decided by the HTTP status.
///
/// ```
/// use cloud_core::ErrorKind;
/// use http::StatusCode;
/// assert_eq!(ErrorKind::from_status(StatusCode::NOT_FOUND), ErrorKind::NotFound);
/// assert_eq!(ErrorKind::from_status(StatusCode::PAYLOAD_TOO_LARGE), ErrorKind::OverLimit);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// 304: the resource has not changed since the given condition.
    NotModified,
    /// 400: the request was malformed or invalid.
    BadRequest,
    /// 401: the token or credentials were refused.
    Unauthorized,
    /// 403: the credentials are valid but may not do this.
    Forbidden,
    /// 404: no such resource.
    NotFound,
    /// 405: the method is not allowed on this resource.
    MethodNotAllowed,
    /// 409: the resource is in a state that conflicts with the request.
    Conflict,
    /// 411: the server wants a `Content-Length`.
    LengthRequired,
    /// 412: an `If-*` precondition did not hold.
    PreconditionFailed,
    /// 413: a quota or size limit was exceeded.
    OverLimit,
    /// 415: the body's media type is not accepted.
    UnsupportedMediaType,
    /// 416: the requested range lies outside the resource.
    RangeNotSatisfiable,
    /// 422: the request was understood but its content is invalid.
    Unprocessable,
    /// 429: too many requests; slow down.
    TooManyRequests,
    /// 500 and other 5xx not named below.
    ServerError,
    /// 501: the server does not implement this.
    NotImplemented,
    /// 502 and 504: a proxy in front of the service failed.
    BadGateway,
    /// 503: the service is unavailable for now.
    ServiceUnavailable,
    /// Any other status.
    Other,
}

impl ErrorKind {
    /// The kind that an HTTP status means.
    ///
    /// ```
    /// use cloud_core::ErrorKind;
    /// assert_eq!(ErrorKind::from_status(http::StatusCode::CONFLICT), ErrorKind::Conflict);
    /// ```
    pub fn from_status(status: StatusCode) -> Self {
        match status.as_u16() {
            304 => ErrorKind::NotModified,
            400 => ErrorKind::BadRequest,
            401 => ErrorKind::Unauthorized,
            403 => ErrorKind::Forbidden,
            404 => ErrorKind::NotFound,
            405 => ErrorKind::MethodNotAllowed,
            409 => ErrorKind::Conflict,
            411 => ErrorKind::LengthRequired,
            412 => ErrorKind::PreconditionFailed,
            413 => ErrorKind::OverLimit,
            415 => ErrorKind::UnsupportedMediaType,
            416 => ErrorKind::RangeNotSatisfiable,
            422 => ErrorKind::Unprocessable,
            429 => ErrorKind::TooManyRequests,
            501 => ErrorKind::NotImplemented,
            502 | 504 => ErrorKind::BadGateway,
            503 => ErrorKind::ServiceUnavailable,
            500..=599 => ErrorKind::ServerError,
            _ => ErrorKind::Other,
        }
    }

    /// A short human name for the kind.
    ///
    /// ```
    /// assert_eq!(cloud_core::ErrorKind::NotFound.describe(), "not found");
    /// ```
    pub fn describe(self) -> &'static str {
        match self {
            ErrorKind::NotModified => "not modified",
            ErrorKind::BadRequest => "bad request",
            ErrorKind::Unauthorized => "unauthorized",
            ErrorKind::Forbidden => "forbidden",
            ErrorKind::NotFound => "not found",
            ErrorKind::MethodNotAllowed => "method not allowed",
            ErrorKind::Conflict => "conflict",
            ErrorKind::LengthRequired => "length required",
            ErrorKind::PreconditionFailed => "precondition failed",
            ErrorKind::OverLimit => "over limit",
            ErrorKind::UnsupportedMediaType => "unsupported media type",
            ErrorKind::RangeNotSatisfiable => "range not satisfiable",
            ErrorKind::Unprocessable => "unprocessable",
            ErrorKind::TooManyRequests => "too many requests",
            ErrorKind::ServerError => "server error",
            ErrorKind::NotImplemented => "not implemented",
            ErrorKind::BadGateway => "bad gateway",
            ErrorKind::ServiceUnavailable => "service unavailable",
            ErrorKind::Other => "error",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// A refusal from a server: a non-success HTTP status and what the server said.
///
/// Build one from a response with [`ApiError::from_parts`]; the body is parsed
/// by [`crate::error_body::parse_error_body`], whatever its shape.
///
/// ```
/// use cloud_core::{ApiError, ErrorKind};
/// use http::{HeaderMap, Method, StatusCode};
///
/// let body = br#"{"itemNotFound": {"code": 404, "message": "Object does not exist", "details": ""}}"#;
/// let err = ApiError::from_parts(
///     StatusCode::NOT_FOUND, &HeaderMap::new(), body,
///     &Method::GET, &"https://pithos.example.org/v1/a/c/o".parse().unwrap(),
/// );
/// assert_eq!(err.kind, ErrorKind::NotFound);
/// assert_eq!(err.message, "Object does not exist");
/// assert_eq!(err.fault.as_deref(), Some("itemNotFound"));
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status of the answer.
    pub status: StatusCode,
    /// What the status means.
    pub kind: ErrorKind,
    /// The fault's name where the body has one (`itemNotFound`, `NeutronError`'s type, …).
    pub fault: Option<String>,
    /// The server's message, or the status's reason phrase when it gave none.
    pub message: String,
    /// The server's details (Synnefo `details`, Neutron `detail`), when not empty.
    pub details: Option<String>,
    /// Structured extra data (Astakos commission errors carry it), when present.
    pub data: Option<serde_json::Value>,
    /// The method of the refused request.
    pub method: Method,
    /// The URL of the refused request, with secrets in its query removed.
    pub url: String,
    /// The server's request id (`x-openstack-request-id`, `x-compute-request-id`, `x-trans-id`).
    pub request_id: Option<String>,
    /// How many times the request was sent (more than one when it was retried).
    pub attempts: u32,
    /// How long all attempts took together.
    pub elapsed: Duration,
}

/// Response headers that name the request for the operator's logs, in order of preference.
pub const REQUEST_ID_HEADERS: [&str; 4] = [
    "x-openstack-request-id",
    "x-compute-request-id",
    "x-trans-id",
    "x-request-id",
];

impl ApiError {
    /// Builds the error from a response's status, headers and (a prefix of) its body.
    /// See the type's documentation for an example.
    pub fn from_parts(
        status: StatusCode,
        headers: &http::HeaderMap,
        body: &[u8],
        method: &Method,
        url: &http::Uri,
    ) -> Self {
        let content_type = headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok());
        let parsed = crate::error_body::parse_error_body(status, content_type, body);
        let request_id = REQUEST_ID_HEADERS.iter().find_map(|name| {
            headers
                .get(*name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        });
        ApiError {
            status,
            kind: ErrorKind::from_status(status),
            fault: parsed.fault,
            message: parsed.message,
            details: parsed.details,
            data: parsed.data,
            method: method.clone(),
            url: crate::redact::redact_uri(url),
            request_id,
            attempts: 1,
            elapsed: Duration::ZERO,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)?;
        if let Some(details) = &self.details {
            // Server tracebacks can be long; the first line is what a user needs.
            let first = details.lines().next().unwrap_or_default();
            if !first.is_empty() && first != self.message {
                write!(f, ": {first}")?;
            }
        }
        write!(f, " ({} {}", self.status.as_u16(), self.kind)?;
        write!(f, "; {} {}", self.method, self.url)?;
        if let Some(id) = &self.request_id {
            write!(f, "; request id {id}")?;
        }
        if self.attempts > 1 {
            write!(
                f,
                "; after {} attempts over {:.1} s",
                self.attempts,
                self.elapsed.as_secs_f64()
            )?;
        }
        f.write_str(")")
    }
}

impl std::error::Error for ApiError {}

/// Which deadline ran out in an [`Error::Timeout`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeoutKind {
    /// Opening the TCP (and TLS) connection took too long.
    Connect,
    /// The whole request, from sending to the response headers, took too long.
    Request,
}

impl fmt::Display for TimeoutKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TimeoutKind::Connect => "connecting",
            TimeoutKind::Request => "the request",
        })
    }
}

/// Every way a call through the transport can fail.
///
/// ```
/// use cloud_core::Error;
/// let err = Error::config("no auth URL is set", "set one with `kamaki config set cloud.default.url URL`");
/// assert!(err.to_string().contains("kamaki config set"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with a non-success status.
    #[error(transparent)]
    Api(Box<ApiError>),

    /// The server could not be reached, or the connection broke.
    #[error("could not complete {method} {url}: {message}{}", attempts_note(*.attempts, *.elapsed))]
    Transport {
        /// The method of the failed request.
        method: Method,
        /// The URL, with secrets removed.
        url: String,
        /// What went wrong, in words.
        message: String,
        /// How many times the request was sent.
        attempts: u32,
        /// How long all attempts took together.
        elapsed: Duration,
        /// The underlying error.
        #[source]
        source: Option<BoxError>,
    },

    /// A deadline ran out.
    #[error("{kind} timed out after {:.1} s ({method} {url}); raise the timeout or check the network", .after.as_secs_f64())]
    Timeout {
        /// Which deadline.
        kind: TimeoutKind,
        /// The method of the request.
        method: Method,
        /// The URL, with secrets removed.
        url: String,
        /// The deadline that ran out.
        after: Duration,
    },

    /// A response could not be read or did not have the expected shape.
    #[error("could not understand the answer to {what}: {message}")]
    Decode {
        /// Which response (for example `POST https://…/tokens`).
        what: String,
        /// What was wrong with it.
        message: String,
    },

    /// The configuration is unusable.
    #[error("{message}; {hint}")]
    Config {
        /// What is wrong.
        message: String,
        /// What to do about it.
        hint: String,
    },

    /// No endpoint in the service catalog matches what was asked.
    #[error("no endpoint for {wanted} in the service catalog; it offers: {offered}")]
    NoEndpoint {
        /// What was looked for (type, interface, region, version).
        wanted: String,
        /// What the catalog has, one `type (interface, region)` entry each.
        offered: String,
    },

    /// A waiter gave up before the resource reached its target state.
    #[error("gave up waiting for {what} after {:.0} s; it is still {last_state}", .elapsed.as_secs_f64())]
    WaitTimeout {
        /// What was waited for.
        what: String,
        /// The last state seen.
        last_state: String,
        /// How long the wait lasted.
        elapsed: Duration,
    },

    /// A waiter saw a state that means the target will never be reached.
    #[error("{what} entered state {state} while waiting for {target}")]
    WaitFailed {
        /// What was waited for.
        what: String,
        /// The failure state seen.
        state: String,
        /// The state that was wanted.
        target: String,
    },
}

fn attempts_note(attempts: u32, elapsed: Duration) -> String {
    if attempts > 1 {
        format!(
            " (after {attempts} attempts over {:.1} s)",
            elapsed.as_secs_f64()
        )
    } else {
        String::new()
    }
}

impl Error {
    /// A configuration error with a hint of what to do next.
    ///
    /// ```
    /// let e = cloud_core::Error::config("bad CA file", "check the path");
    /// assert_eq!(e.to_string(), "bad CA file; check the path");
    /// ```
    pub fn config(message: impl Into<String>, hint: impl Into<String>) -> Self {
        Error::Config {
            message: message.into(),
            hint: hint.into(),
        }
    }

    /// A decode error for the answer to `what`.
    ///
    /// ```
    /// let e = cloud_core::Error::decode("GET /x", "expected a JSON object");
    /// assert!(e.to_string().contains("GET /x"));
    /// ```
    pub fn decode(what: impl Into<String>, message: impl fmt::Display) -> Self {
        Error::Decode {
            what: what.into(),
            message: message.to_string(),
        }
    }

    /// The API error, if the server refused the request.
    ///
    /// ```
    /// assert!(cloud_core::Error::config("x", "y").api().is_none());
    /// ```
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// The kind of the API error, if the server refused the request.
    ///
    /// ```
    /// assert_eq!(cloud_core::Error::config("x", "y").kind(), None);
    /// ```
    pub fn kind(&self) -> Option<ErrorKind> {
        self.api().map(|e| e.kind)
    }

    /// True when a deadline ran out (the CLI gives timeouts their own exit code).
    ///
    /// ```
    /// assert!(!cloud_core::Error::config("x", "y").is_timeout());
    /// ```
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout { .. } | Error::WaitTimeout { .. })
    }
}

impl From<ApiError> for Error {
    fn from(e: ApiError) -> Self {
        Error::Api(Box::new(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_status_request_and_request_id() {
        let mut headers = http::HeaderMap::new();
        headers.insert("x-compute-request-id", "req-42".parse().unwrap());
        let uri: http::Uri = "https://c.example.org/v2.0/servers/9?X-Auth-Token=abc"
            .parse()
            .unwrap();
        let mut err = ApiError::from_parts(
            StatusCode::NOT_FOUND,
            &headers,
            br#"{"itemNotFound": {"code": 404, "message": "Server 9 not found", "details": ""}}"#,
            &Method::GET,
            &uri,
        );
        err.attempts = 3;
        err.elapsed = Duration::from_millis(2500);
        let text = err.to_string();
        assert_eq!(
            text,
            "Server 9 not found (404 not found; GET https://c.example.org/v2.0/servers/9?X-Auth-Token=***; \
             request id req-42; after 3 attempts over 2.5 s)"
        );
        assert!(!text.contains("abc"));
    }

    #[test]
    fn transport_error_reports_attempts() {
        let err = Error::Transport {
            method: Method::PUT,
            url: "http://127.0.0.1:1/x".into(),
            message: "connection refused".into(),
            attempts: 4,
            elapsed: Duration::from_secs(3),
            source: None,
        };
        assert_eq!(
            err.to_string(),
            "could not complete PUT http://127.0.0.1:1/x: connection refused (after 4 attempts over 3.0 s)"
        );
    }
}
