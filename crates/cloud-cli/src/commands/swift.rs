//! What the storage commands do differently when the cloud's object store
//! is OpenStack Swift rather than Pithos+ ([`Store::swift`]).
//!
//! `cloud-pithos` speaks Swift through the same calls (its Swift mode) and
//! refuses what only Pithos+ has. The commands refuse those options even
//! earlier, before any request, with a hint of what to do on Swift, and
//! also the options Swift would silently ignore (listing filters by
//! sharing, metadata or date, which would list everything). A container's
//! size limit is Swift's `X-Container-Meta-Quota-Bytes`, and `--if-*`
//! conditions are checked with a HEAD, which Swift honours.

use cloud_core::{Body, Error};
use cloud_pithos::{Conditions, PithosClient};

use super::pithos::Store;
use crate::errors::{CliError, CliResult};

/// The container metadata key of Swift's container quota middleware (the
/// size limit in bytes): `X-Container-Meta-Quota-Bytes`.
pub const QUOTA_BYTES: &str = "quota-bytes";

/// The usage error of a Pithos+ feature asked of a Swift cloud.
pub fn lacks(cloud: &str, what: &str, hint: &str) -> CliError {
    CliError::usage(format!(
        "Cloud \"{cloud}\" stores files in OpenStack Swift, which has no {what}: a Pithos+ feature"
    ))
    .hint(hint.to_owned())
    .hint("Nothing was sent; run the command without that option")
}

impl Store {
    /// Refuses a Pithos+ feature on a Swift cloud when `asked`: `what`
    /// names it for the message ("object sharing"), `hint` says what to do
    /// instead.
    pub fn pithos_only(&self, asked: bool, what: &str, hint: &str) -> CliResult {
        if asked && self.swift {
            return Err(lacks(&self.cloud.name, what, hint));
        }
        Ok(())
    }
}

/// The `If-*` headers of a request.
fn condition_headers(conditions: &Conditions) -> Vec<(&'static str, String)> {
    let mut headers = Vec::new();
    if let Some(tag) = &conditions.if_match {
        headers.push(("if-match", tag.clone()));
    }
    if let Some(tag) = &conditions.if_none_match {
        headers.push(("if-none-match", tag.clone()));
    }
    if let Some(t) = conditions.if_modified_since {
        headers.push(("if-modified-since", httpdate::fmt_http_date(t)));
    }
    if let Some(t) = conditions.if_unmodified_since {
        headers.push(("if-unmodified-since", httpdate::fmt_http_date(t)));
    }
    headers
}

/// Sends a HEAD or GET of an object with these extra headers.
async fn object_request(
    client: &PithosClient,
    method: http::Method,
    (container, object): (&str, &str),
    headers: &[(&'static str, String)],
) -> Result<http::Response<Body>, Error> {
    let uri = client.object_url(container, object)?;
    let mut builder = http::Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        builder = builder.header(*name, value.as_str());
    }
    let request = builder.body(Body::empty()).map_err(|e| {
        Error::config(
            format!("cannot build the request: {e}"),
            "check the object name and the --if-* values",
        )
    })?;
    client.transport().send_checked(request).await
}

/// Checks the `If-*` conditions with a HEAD (Swift honours them there):
/// a 304 or 412 comes back as the error it is.
pub async fn check_conditions(
    client: &PithosClient,
    container: &str,
    object: &str,
    conditions: &Conditions,
) -> Result<(), Error> {
    let headers = condition_headers(conditions);
    object_request(client, http::Method::HEAD, (container, object), &headers).await?;
    Ok(())
}
