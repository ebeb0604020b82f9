//! Conditional requests (PITHOS.md §3.4, §3.10): `If-Match`,
//! `If-None-Match`, `If-Modified-Since`, `If-Unmodified-Since`.

use http::StatusCode;

use crate::api_error::ApiFault;
use crate::clock;
use crate::pithos::request::Headers;

/// Whether an `If-Match`/`If-None-Match` list matches `etag` (`*` matches
/// any existing object; quotes are allowed around entries).
pub fn list_matches(list: &str, etag: Option<&str>) -> bool {
    let Some(etag) = etag else {
        return false;
    };
    list.split(',')
        .map(|e| e.trim().trim_matches('"'))
        .any(|e| e == "*" || e == etag)
}

/// The checks of a read (GET/HEAD): a failed `If-Match` or
/// `If-Unmodified-Since` → 412; a matching `If-None-Match` or an unmodified
/// `If-Modified-Since` → 304 with the `ETag` and no body.
pub fn check_read(headers: &Headers, etag: &str, mtime: i64) -> Result<(), ApiFault> {
    let seconds = mtime.div_euclid(1_000_000) * 1_000_000;
    if let Some(list) = headers.get("if-match")
        && !list_matches(list, Some(etag))
    {
        return Err(ApiFault::new(
            StatusCode::PRECONDITION_FAILED,
            "preconditionFailed",
            "Resource ETag does not match",
        ));
    }
    if let Some(list) = headers.get("if-none-match")
        && list_matches(list, Some(etag))
    {
        return Err(not_modified(etag));
    }
    if let Some(since) = headers
        .get("if-modified-since")
        .and_then(clock::parse_http_date)
        && seconds <= since
    {
        return Err(not_modified(etag));
    }
    if let Some(since) = headers
        .get("if-unmodified-since")
        .and_then(clock::parse_http_date)
        && seconds > since
    {
        return Err(ApiFault::new(
            StatusCode::PRECONDITION_FAILED,
            "preconditionFailed",
            "Resource has been modified",
        ));
    }
    Ok(())
}

fn not_modified(etag: &str) -> ApiFault {
    let mut fault =
        ApiFault::new(StatusCode::NOT_MODIFIED, "notModified", "Not Modified").empty_body();
    fault.headers.push(("etag", etag.to_owned()));
    fault
}

/// The checks of a write (PUT/POST/COPY/MOVE) against the current object
/// (`None` when absent): `If-Match` fails if absent or no match,
/// `If-None-Match` fails on a match (`*`: if it exists). Failure → 412.
pub fn check_write(headers: &Headers, etag: Option<&str>) -> Result<(), ApiFault> {
    let failed = || {
        ApiFault::new(
            StatusCode::PRECONDITION_FAILED,
            "preconditionFailed",
            "Precondition failed",
        )
    };
    if let Some(list) = headers.get("if-match")
        && !list_matches(list, etag)
    {
        return Err(failed());
    }
    if let Some(list) = headers.get("if-none-match")
        && list_matches(list, etag)
    {
        return Err(failed());
    }
    Ok(())
}

/// The modification checks of an account or container read: 304 is a
/// `notModified` fault, a failed `If-Unmodified-Since` 412.
pub fn check_modified(headers: &Headers, mtime: i64) -> Result<(), ApiFault> {
    let seconds = mtime.div_euclid(1_000_000) * 1_000_000;
    if let Some(since) = headers
        .get("if-modified-since")
        .and_then(clock::parse_http_date)
        && seconds <= since
    {
        return Err(
            ApiFault::new(StatusCode::NOT_MODIFIED, "notModified", "Not Modified").empty_body(),
        );
    }
    if let Some(since) = headers
        .get("if-unmodified-since")
        .and_then(clock::parse_http_date)
        && seconds > since
    {
        return Err(ApiFault::new(
            StatusCode::PRECONDITION_FAILED,
            "preconditionFailed",
            "Resource has been modified",
        ));
    }
    Ok(())
}
