//! A Pithos request taken apart: the path split into account, container and
//! object, the query string, and the headers decoded per PITHOS.md §1.6.

use axum::body::Body;
use http::{HeaderMap, Method};
use percent_encoding::percent_decode_str;

use crate::api_error::ApiFault;

/// The longest container name (§1.1).
pub const MAX_CONTAINER_NAME: usize = 256;
/// The longest object name (§1.1).
pub const MAX_OBJECT_NAME: usize = 1024;

/// Where a request points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// `<endpoint>/`
    Top,
    /// `<endpoint>/<account>`
    Account(String),
    /// `<endpoint>/<account>/<container>`
    Container(String, String),
    /// `<endpoint>/<account>/<container>/<object>`
    Object(String, String, String),
}

/// Splits a path below the endpoint (`/acc/cont/obj…`) into a [`Target`].
/// The object is everything after the second `/`, so it may hold `/`, `//`
/// or start with `/`.
pub fn parse_target(path: &str) -> Result<Target, ApiFault> {
    let rest = path.strip_prefix('/').unwrap_or(path);
    if rest.is_empty() {
        return Ok(Target::Top);
    }
    let (account, rest) = match rest.split_once('/') {
        Some((a, r)) => (a, Some(r)),
        None => (rest, None),
    };
    let account = decode(account)?;
    let Some(rest) = rest.filter(|r| !r.is_empty()) else {
        return Ok(Target::Account(account));
    };
    let (container, object) = match rest.split_once('/') {
        Some((c, o)) => (c, Some(o)),
        None => (rest, None),
    };
    let container = decode(container)?;
    if container.chars().count() > MAX_CONTAINER_NAME {
        return Err(ApiFault::bad_request("Container name too large"));
    }
    match object.filter(|o| !o.is_empty()) {
        None => Ok(Target::Container(account, container)),
        Some(object) => {
            let object = decode(object)?;
            if object.chars().count() > MAX_OBJECT_NAME {
                return Err(ApiFault::bad_request("Object name too large"));
            }
            Ok(Target::Object(account, container, object))
        }
    }
}

/// Percent-decodes a path segment as UTF-8.
fn decode(segment: &str) -> Result<String, ApiFault> {
    percent_decode_str(segment)
        .decode_utf8()
        .map(|s| s.into_owned())
        .map_err(|_| ApiFault::bad_request("Invalid UTF-8 in the request path"))
}

/// The query parameters, decoded, in order.
#[derive(Debug, Clone, Default)]
pub struct Query(Vec<(String, String)>);

impl Query {
    /// Parses `a=1&b&c=x%20y` (`+` is a space).
    pub fn parse(raw: Option<&str>) -> Query {
        let mut pairs = Vec::new();
        for part in raw.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
            let (name, value) = part.split_once('=').unwrap_or((part, ""));
            pairs.push((form_decode(name), form_decode(value)));
        }
        Query(pairs)
    }

    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether a presence-only flag is set (any value counts, §1.9).
    pub fn flag(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// The `until` parameter: integer epoch seconds, or `None` when absent or
    /// not an integer (§1.8: a non-integer is silently ignored). Returned in
    /// epoch microseconds; versions with `mtime <= until` are "as of" it.
    pub fn until(&self) -> Option<i64> {
        let secs: i64 = self.get("until")?.trim().parse().ok()?;
        secs.checked_mul(1_000_000)
    }

    /// The non-empty value of `name`.
    pub fn non_empty(&self, name: &str) -> Option<&str> {
        self.get(name).filter(|v| !v.is_empty())
    }
}

fn form_decode(text: &str) -> String {
    let spaced = text.replace('+', " ");
    percent_decode_str(&spaced).decode_utf8_lossy().into_owned()
}

/// The request headers, decoded: names lower-cased; if a name or value
/// holds `%`, both are percent-decoded as UTF-8 (§1.6).
#[derive(Debug, Clone, Default)]
pub struct Headers(Vec<(String, String)>);

impl Headers {
    /// Decodes a header map; raw non-ASCII bytes → 400.
    pub fn decode(map: &HeaderMap) -> Result<Headers, ApiFault> {
        let mut out = Vec::with_capacity(map.len());
        for (name, value) in map {
            let bytes = value.as_bytes();
            if !bytes.is_ascii() {
                return Err(ApiFault::bad_request("Bad character in headers"));
            }
            let name = name.as_str().to_ascii_lowercase();
            let value = String::from_utf8_lossy(bytes).into_owned();
            if name.contains('%') || value.contains('%') {
                let name = percent_decode_str(&name)
                    .decode_utf8()
                    .map_err(|_| ApiFault::bad_request("Bad character in headers"))?
                    .to_lowercase();
                let value = percent_decode_str(&value)
                    .decode_utf8()
                    .map_err(|_| ApiFault::bad_request("Bad character in headers"))?
                    .into_owned();
                out.push((name, value));
            } else {
                out.push((name, value));
            }
        }
        Ok(Headers(out))
    }

    /// The first value of `name` (lower case).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether `name` is present.
    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// Every `(name, value)` whose name starts with `prefix` (lower case).
    pub fn with_prefix<'a>(
        &'a self,
        prefix: &'a str,
    ) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
        self.0
            .iter()
            .filter(move |(n, _)| n.starts_with(prefix))
            .map(|(n, v)| (n.as_str(), v.as_str()))
    }

    /// `Content-Length` as a number, if present and valid.
    pub fn content_length(&self) -> Option<u64> {
        self.get("content-length")?.trim().parse().ok()
    }

    /// Whether the body is chunked.
    pub fn chunked(&self) -> bool {
        self.get("transfer-encoding")
            .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"))
    }
}

/// Everything a handler needs from the request.
#[derive(Debug)]
pub struct PithosRequest {
    /// The method.
    pub method: Method,
    /// Where it points.
    pub target: Target,
    /// The query.
    pub query: Query,
    /// The decoded headers.
    pub headers: Headers,
    /// The body, unread.
    pub body: Body,
}
