//! Static Large Object manifests: read (`?multipart-manifest=get`), write
//! (`?multipart-manifest=put`), and delete with every segment
//! (`?multipart-manifest=delete`).

use cloud_core::{Body, Error};
use http::{Method, StatusCode};
use md5::Digest as _;
use serde::{Deserialize, Serialize};

use crate::client::{PithosClient, error_of, request};
use crate::encoding::header_value;

/// One segment as a manifest PUT names it.
///
/// ```
/// let s = cloud_pithos::swift::ManifestSegment {
///     path: "/photos_segments/a/1".into(), etag: "74b87337454200d4d33f80c4663dc5e5".into(), size_bytes: 4 };
/// assert_eq!(serde_json::to_value(&s).unwrap()["size_bytes"], 4);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestSegment {
    /// `/<container>/<object>` of the segment (not URL-encoded).
    pub path: String,
    /// The segment's MD5 (hex).
    pub etag: String,
    /// The segment's size.
    pub size_bytes: u64,
}

/// One entry of a stored manifest (`?multipart-manifest=get` as JSON).
///
/// ```
/// let e: cloud_pithos::swift::manifest::ManifestEntry = serde_json::from_str(
///     r#"{"name": "/c_segments/x/1", "bytes": 4, "hash": "74b87337454200d4d33f80c4663dc5e5"}"#).unwrap();
/// assert!(e.is_plain());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ManifestEntry {
    /// `/<container>/<object>` of the segment.
    pub name: String,
    /// The segment object's size.
    #[serde(default)]
    pub bytes: u64,
    /// The segment object's ETag.
    #[serde(default)]
    pub hash: String,
    /// The segment is itself a manifest (its ETag is not an MD5 of data).
    #[serde(default)]
    pub sub_slo: bool,
    /// Only this byte range of the segment is used.
    #[serde(default)]
    pub range: Option<String>,
    /// Inline data instead of a segment object.
    #[serde(default)]
    pub data: Option<String>,
}

impl ManifestEntry {
    /// True for an ordinary segment: a whole object whose ETag is the MD5
    /// of its data.
    ///
    /// ```
    /// let e: cloud_pithos::swift::manifest::ManifestEntry = serde_json::from_str(
    ///     r#"{"name": "/c/x", "bytes": 4, "hash": "ab", "sub_slo": true}"#).unwrap();
    /// assert!(!e.is_plain());
    /// ```
    pub fn is_plain(&self) -> bool {
        !self.sub_slo && self.range.is_none() && self.data.is_none()
    }

    /// The segment in the form a manifest PUT takes.
    ///
    /// ```
    /// let e: cloud_pithos::swift::manifest::ManifestEntry = serde_json::from_str(
    ///     r#"{"name": "/c/x", "bytes": 4, "hash": "ab"}"#).unwrap();
    /// assert_eq!(e.to_segment().path, "/c/x");
    /// ```
    pub fn to_segment(&self) -> ManifestSegment {
        ManifestSegment {
            path: self.name.clone(),
            etag: self.hash.clone(),
            size_bytes: self.bytes,
        }
    }
}

/// The ETag Swift gives a manifest: the MD5 of its segments' ETags, joined.
///
/// ```
/// use cloud_pithos::swift::{ManifestSegment, manifest::slo_etag};
/// let s = |etag: &str| ManifestSegment { path: String::new(), etag: etag.into(), size_bytes: 1 };
/// assert_eq!(slo_etag(&[s("74b87337454200d4d33f80c4663dc5e5"), s("08f8e0260c64418510cefb2b06eee5cd")]),
///     "c86e524620297d4f2a1e1fe10278806c");
/// ```
pub fn slo_etag(segments: &[ManifestSegment]) -> String {
    let mut md5 = md5::Md5::new();
    for s in segments {
        md5.update(s.etag.to_ascii_lowercase().as_bytes());
    }
    crate::hashing::hex(&md5.finalize())
}

/// Splits `/<container>/<object>` into its parts.
///
/// ```
/// assert_eq!(cloud_pithos::swift::manifest::split_path("/c_segments/a/b"), Some(("c_segments", "a/b")));
/// assert_eq!(cloud_pithos::swift::manifest::split_path("nothing"), None);
/// ```
pub fn split_path(path: &str) -> Option<(&str, &str)> {
    let rest = path.strip_prefix('/')?;
    let (container, object) = rest.split_once('/')?;
    (!container.is_empty() && !object.is_empty()).then_some((container, object))
}

/// What a Swift bulk answer (the body of a `?multipart-manifest=delete`) says.
#[derive(Debug, Deserialize)]
struct BulkAnswer {
    #[serde(rename = "Response Status", default)]
    status: String,
    #[serde(rename = "Errors", default)]
    errors: Vec<Vec<String>>,
    #[serde(rename = "Number Deleted", default)]
    deleted: u64,
}

impl PithosClient {
    /// The segments of a Static Large Object, as its manifest lists them.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// for segment in client.get_slo_manifest("videos", "movie.mkv").await? {
    ///     println!("{} ({} bytes, MD5 {})", segment.name, segment.bytes, segment.hash);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn get_slo_manifest(
        &self,
        container: &str,
        object: &str,
    ) -> Result<Vec<ManifestEntry>, Error> {
        let uri = self.object_uri(
            container,
            object,
            &[("multipart-manifest", Some("get".into()))],
        )?;
        self.transport
            .json(request(Method::GET, uri, vec![], Body::empty())?)
            .await
    }

    /// PUTs a manifest for `segments` as `object` with these extra headers
    /// (content type, metadata, conditions); checks the server's ETag
    /// against the segments' and returns the reply headers.
    pub(crate) async fn put_slo_manifest(
        &self,
        container: &str,
        object: &str,
        segments: &[ManifestSegment],
        headers: Vec<(String, String)>,
    ) -> Result<crate::models::ObjectInfo, crate::TransferError> {
        let uri = self.object_uri(
            container,
            object,
            &[("multipart-manifest", Some("put".into()))],
        )?;
        let body = serde_json::to_vec(segments)
            .map_err(|e| Error::config(format!("cannot write the manifest: {e}"), "report it"))?;
        let response = self
            .send_checked(request(Method::PUT, uri, headers, Body::from(body))?)
            .await?;
        let info = crate::models::ObjectInfo::from_headers(response.headers());
        let expected = slo_etag(segments);
        match info.etag.as_deref() {
            Some(etag) if !etag.eq_ignore_ascii_case(&expected) => {
                Err(crate::TransferError::ChecksumMismatch {
                    object: object.to_owned(),
                    what: "the manifest".into(),
                    expected,
                    actual: etag.to_owned(),
                    removed: false,
                })
            }
            _ => Ok(info),
        }
    }

    /// Deletes a Static Large Object and every segment its manifest names
    /// (`?multipart-manifest=delete`); returns how many objects went.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let gone = client.delete_slo("videos", "movie.mkv").await?;
    /// println!("{gone} objects deleted");
    /// # Ok(()) }
    /// ```
    pub async fn delete_slo(&self, container: &str, object: &str) -> Result<u64, Error> {
        let uri = self.object_uri(
            container,
            object,
            &[("multipart-manifest", Some("delete".into()))],
        )?;
        let what = format!("DELETE {uri}");
        let headers = vec![("accept".to_owned(), "application/json".to_owned())];
        self.bulk_answer(request(Method::DELETE, uri, headers, Body::empty())?, &what)
            .await
    }

    /// Deletes objects of the client's account in one request per
    /// `per_request` names (Swift's bulk delete); `paths` are
    /// `/<container>/<object>`. Returns how many were deleted; names
    /// already gone are not errors. Manifests lose only themselves.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let gone = client.bulk_delete(&["/logs/a.txt".to_owned(), "/logs/b.txt".to_owned()], 10_000).await?;
    /// println!("{gone} deleted");
    /// # Ok(()) }
    /// ```
    pub async fn bulk_delete(&self, paths: &[String], per_request: usize) -> Result<u64, Error> {
        let mut deleted = 0;
        for chunk in paths.chunks(per_request.max(1)) {
            let uri = self.account_uri(&self.account, &[("bulk-delete", None)])?;
            let what = format!("POST {uri}");
            let body: String = chunk
                .iter()
                .map(|p| format!("{}\n", crate::encoding::object(p)))
                .collect();
            let headers = vec![
                ("accept".to_owned(), "application/json".to_owned()),
                ("content-type".to_owned(), "text/plain".to_owned()),
            ];
            let req = cloud_core::RequestExt::idempotent(request(
                Method::POST,
                uri,
                headers,
                Body::from(body),
            )?);
            deleted += self.bulk_answer(req, &what).await?;
        }
        Ok(deleted)
    }

    /// Sends a bulk request (bulk delete, manifest delete) and reads its
    /// JSON answer: the count deleted, or the errors it lists.
    async fn bulk_answer(&self, req: http::Request<Body>, what: &str) -> Result<u64, Error> {
        let response = self.transport.send(req).await?;
        if !response.status().is_success() {
            return Err(error_of(response, what).await);
        }
        let bytes = response
            .into_body()
            .collect_bytes()
            .await
            .map_err(|e| Error::decode(what, e))?;
        let answer: BulkAnswer =
            serde_json::from_slice(&bytes).map_err(|e| Error::decode(what, e))?;
        if answer.status.starts_with('2') && answer.errors.is_empty() {
            return Ok(answer.deleted);
        }
        // A busy server refuses some names with 5xx: what went is progress,
        // and the caller lists the rest again.
        let busy = answer
            .errors
            .iter()
            .all(|e| e.get(1).is_some_and(|s| s.starts_with('5')));
        if busy && answer.deleted > 0 {
            tracing::debug!(
                errors = answer.errors.len(),
                "a bulk request left names for later"
            );
            return Ok(answer.deleted);
        }
        let code = answer
            .status
            .split_whitespace()
            .next()
            .and_then(|c| c.parse::<u16>().ok())
            .and_then(|c| StatusCode::from_u16(c).ok())
            .unwrap_or(StatusCode::BAD_GATEWAY);
        let details = answer
            .errors
            .iter()
            .map(|e| e.join(": "))
            .collect::<Vec<_>>()
            .join("; ");
        let message = format!(
            "the server deleted {} object(s) but not all: {} {details}",
            answer.deleted, answer.status
        );
        let refused = http::Response::builder()
            .status(code)
            .header("content-type", "text/plain")
            .body(Body::from(message))
            .map_err(|e| Error::decode(what, e))?;
        Err(error_of(refused, what).await)
    }

    /// The segments container of `container` (python-swiftclient's
    /// `<container>_segments`), created when missing.
    pub(crate) async fn ensure_container(&self, container: &str) -> Result<(), Error> {
        let uri = self.container_uri(container, &[])?;
        let headers = vec![("content-length".to_owned(), "0".to_owned())];
        self.send_checked(request(Method::PUT, uri, headers, Body::empty())?)
            .await?;
        Ok(())
    }
}

/// The headers of an object PUT that the upload options set (Swift mode:
/// no sharing or publishing).
pub(crate) fn object_headers(
    options: &crate::upload::UploadOptions,
    mtime: Option<&str>,
) -> Vec<(String, String)> {
    let mut headers = vec![(
        "content-type".to_owned(),
        header_value(
            options
                .content_type
                .as_deref()
                .unwrap_or("application/octet-stream"),
        ),
    )];
    if let Some(v) = &options.content_encoding {
        headers.push(("content-encoding".into(), header_value(v)));
    }
    if let Some(v) = &options.content_disposition {
        headers.push(("content-disposition".into(), header_value(v)));
    }
    if options.if_not_exist {
        headers.push(("if-none-match".into(), "*".into()));
    }
    let mut has_mtime = false;
    for (k, v) in &options.meta {
        has_mtime |= k.eq_ignore_ascii_case("mtime");
        headers.push((
            format!("x-object-meta-{}", crate::encoding::header_name(k)),
            header_value(v),
        ));
    }
    if let (Some(mtime), false) = (mtime, has_mtime) {
        headers.push(("x-object-meta-mtime".into(), mtime.to_owned()));
    }
    headers
}
