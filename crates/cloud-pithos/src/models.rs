//! Typed answers of the storage API: account, container and object headers,
//! listings, hashmaps, sharing and versions.
//!
//! Header-based answers keep every header (percent-decoded, names lower-cased)
//! in `headers`, so nothing the server says is lost; metadata maps have their
//! keys lower-cased (the server re-cases them, PITHOS.md §1.7).

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::encoding::decode;

/// Response headers, names lower-cased and `X-Account-`/`X-Container-`/
/// `X-Object-`/`Content-` names and values percent-decoded (§1.6).
///
/// ```
/// let mut h = http::HeaderMap::new();
/// h.insert("x-object-meta-gr%CE%B5", "%CE%B3".parse().unwrap());
/// let decoded = cloud_pithos::models::decode_headers(&h);
/// assert_eq!(decoded["x-object-meta-grε"], "γ");
/// ```
pub fn decode_headers(headers: &http::HeaderMap) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (name, value) in headers {
        let name = name.as_str();
        let raw = String::from_utf8_lossy(value.as_bytes()).into_owned();
        let encoded = ["x-account-", "x-container-", "x-object-", "content-"]
            .iter()
            .any(|p| name.starts_with(p));
        let (name, value) = if encoded {
            (decode(name).to_lowercase(), decode(&raw))
        } else {
            (name.to_owned(), raw)
        };
        out.entry(name)
            .and_modify(|v: &mut String| {
                v.push(',');
                v.push_str(&value);
            })
            .or_insert(value);
    }
    out
}

fn prefixed(headers: &BTreeMap<String, String>, prefix: &str) -> BTreeMap<String, String> {
    headers
        .iter()
        .filter_map(|(k, v)| k.strip_prefix(prefix).map(|k| (k.to_owned(), v.clone())))
        .collect()
}

fn number(headers: &BTreeMap<String, String>, name: &str) -> Option<u64> {
    headers.get(name).and_then(|v| v.trim().parse().ok())
}

fn text(headers: &BTreeMap<String, String>, name: &str) -> Option<String> {
    headers.get(name).cloned()
}

fn members(list: &str) -> Vec<String> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// An account's headers (HEAD or GET of the account).
///
/// ```
/// let mut h = http::HeaderMap::new();
/// h.insert("x-account-container-count", "2".parse().unwrap());
/// h.insert("x-account-group-devs", "u1,u2".parse().unwrap());
/// let info = cloud_pithos::models::AccountInfo::from_headers(&h);
/// assert_eq!(info.container_count, Some(2));
/// assert_eq!(info.groups["devs"], ["u1", "u2"]);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AccountInfo {
    /// `X-Account-Container-Count`.
    pub container_count: Option<u64>,
    /// `X-Account-Bytes-Used`.
    pub bytes_used: Option<u64>,
    /// `X-Account-Policy-Quota` (bytes).
    pub quota: Option<u64>,
    /// Per-project quotas (`X-Account-Policy-Quota-<project>`), project lower-cased.
    pub project_quotas: BTreeMap<String, u64>,
    /// Groups (`X-Account-Group-*`), names lower-cased.
    pub groups: BTreeMap<String, Vec<String>>,
    /// User metadata (`X-Account-Meta-*`), keys lower-cased.
    pub meta: BTreeMap<String, String>,
    /// `Last-Modified`.
    pub last_modified: Option<String>,
    /// `X-Account-Until-Timestamp` (with `until`).
    pub until_timestamp: Option<String>,
    /// Every header, decoded.
    pub headers: BTreeMap<String, String>,
}

impl AccountInfo {
    /// Reads the account headers.
    ///
    /// ```
    /// let mut h = http::HeaderMap::new();
    /// h.insert("x-account-bytes-used", "42".parse().unwrap());
    /// assert_eq!(cloud_pithos::models::AccountInfo::from_headers(&h).bytes_used, Some(42));
    /// ```
    pub fn from_headers(headers: &http::HeaderMap) -> Self {
        let h = decode_headers(headers);
        AccountInfo {
            container_count: number(&h, "x-account-container-count"),
            bytes_used: number(&h, "x-account-bytes-used"),
            quota: number(&h, "x-account-policy-quota"),
            project_quotas: prefixed(&h, "x-account-policy-quota-")
                .into_iter()
                .filter_map(|(k, v)| Some((k, v.trim().parse().ok()?)))
                .collect(),
            groups: prefixed(&h, "x-account-group-")
                .into_iter()
                .map(|(k, v)| (k, members(&v)))
                .collect(),
            meta: prefixed(&h, "x-account-meta-"),
            last_modified: text(&h, "last-modified"),
            until_timestamp: text(&h, "x-account-until-timestamp"),
            headers: h,
        }
    }
}

/// A container's headers (HEAD of the container).
///
/// ```
/// let mut h = http::HeaderMap::new();
/// h.insert("x-container-block-size", "4194304".parse().unwrap());
/// h.insert("x-container-block-hash", "sha256".parse().unwrap());
/// let info = cloud_pithos::models::ContainerInfo::from_headers(&h);
/// assert_eq!(info.block_size, Some(4194304));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ContainerInfo {
    /// `X-Container-Object-Count`.
    pub object_count: Option<u64>,
    /// `X-Container-Bytes-Used`.
    pub bytes_used: Option<u64>,
    /// `X-Container-Block-Size`.
    pub block_size: Option<u64>,
    /// `X-Container-Block-Hash`.
    pub block_hash: Option<String>,
    /// `X-Container-Policy-Quota` (bytes, 0 = unlimited).
    pub quota: Option<u64>,
    /// `X-Container-Policy-Versioning` (`auto` or `none`).
    pub versioning: Option<String>,
    /// `X-Container-Policy-Project`.
    pub project: Option<String>,
    /// `X-Container-Object-Meta`: object metadata keys in use, lower-cased.
    pub object_meta: Vec<String>,
    /// User metadata (`X-Container-Meta-*`), keys lower-cased.
    pub meta: BTreeMap<String, String>,
    /// `Last-Modified`.
    pub last_modified: Option<String>,
    /// `X-Container-Until-Timestamp` (with `until`).
    pub until_timestamp: Option<String>,
    /// Every header, decoded.
    pub headers: BTreeMap<String, String>,
}

impl ContainerInfo {
    /// Reads the container headers.
    ///
    /// ```
    /// let mut h = http::HeaderMap::new();
    /// h.insert("x-container-policy-versioning", "auto".parse().unwrap());
    /// assert_eq!(cloud_pithos::models::ContainerInfo::from_headers(&h).versioning.as_deref(), Some("auto"));
    /// ```
    pub fn from_headers(headers: &http::HeaderMap) -> Self {
        let h = decode_headers(headers);
        ContainerInfo {
            object_count: number(&h, "x-container-object-count"),
            bytes_used: number(&h, "x-container-bytes-used"),
            block_size: number(&h, "x-container-block-size"),
            block_hash: text(&h, "x-container-block-hash"),
            quota: number(&h, "x-container-policy-quota"),
            versioning: text(&h, "x-container-policy-versioning"),
            project: text(&h, "x-container-policy-project"),
            object_meta: h
                .get("x-container-object-meta")
                .map(|v| members(v).into_iter().map(|k| k.to_lowercase()).collect())
                .unwrap_or_default(),
            meta: prefixed(&h, "x-container-meta-"),
            last_modified: text(&h, "last-modified"),
            until_timestamp: text(&h, "x-container-until-timestamp"),
            headers: h,
        }
    }

    /// Swift's read ACL (`X-Container-Read`), e.g. `.r:*,.rlistings` for a
    /// public container.
    ///
    /// ```
    /// let mut h = http::HeaderMap::new();
    /// h.insert("x-container-read", ".r:*,.rlistings".parse().unwrap());
    /// let info = cloud_pithos::models::ContainerInfo::from_headers(&h);
    /// assert_eq!(info.read_acl(), Some(".r:*,.rlistings"));
    /// assert_eq!(info.write_acl(), None);
    /// ```
    pub fn read_acl(&self) -> Option<&str> {
        self.headers.get("x-container-read").map(String::as_str)
    }

    /// Swift's write ACL (`X-Container-Write`).
    ///
    /// ```
    /// let info = cloud_pithos::models::ContainerInfo::default();
    /// assert_eq!(info.write_acl(), None);
    /// ```
    pub fn write_acl(&self) -> Option<&str> {
        self.headers.get("x-container-write").map(String::as_str)
    }
}

/// Who may read and write an object (`X-Object-Sharing`, §3.7).
///
/// ```
/// use cloud_pithos::models::Sharing;
/// let s = Sharing::parse("read=u1,acc:grp; write=u2");
/// assert_eq!(s.read, ["u1", "acc:grp"]);
/// assert_eq!(s.to_header(), "read=u1,acc:grp;write=u2");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sharing {
    /// Users (UUIDs), groups (`owner:group`) or `*` with read access.
    pub read: Vec<String>,
    /// Users, groups or `*` with write access (write implies read).
    pub write: Vec<String>,
}

impl Sharing {
    /// Parses the server's `read=a,b; write=c`.
    ///
    /// ```
    /// let s = cloud_pithos::models::Sharing::parse("read=u1,u2; write=u3");
    /// assert_eq!(s.write, ["u3"]);
    /// ```
    pub fn parse(value: &str) -> Self {
        let mut sharing = Sharing::default();
        for part in value.split(';') {
            if let Some((kind, list)) = part.split_once('=') {
                match kind.trim().to_ascii_lowercase().as_str() {
                    "read" => sharing.read = members(list),
                    "write" => sharing.write = members(list),
                    _ => {}
                }
            }
        }
        sharing
    }

    /// The header value to send; empty (clears sharing) when both lists are empty.
    ///
    /// ```
    /// let s = cloud_pithos::models::Sharing { read: vec!["u1".into()], write: vec![] };
    /// assert_eq!(s.to_header(), "read=u1");
    /// ```
    pub fn to_header(&self) -> String {
        let mut parts = Vec::new();
        if !self.read.is_empty() {
            parts.push(format!("read={}", self.read.join(",")));
        }
        if !self.write.is_empty() {
            parts.push(format!("write={}", self.write.join(",")));
        }
        parts.join(";")
    }

    /// True when nobody but the owner has access.
    ///
    /// ```
    /// assert!(cloud_pithos::models::Sharing::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.read.is_empty() && self.write.is_empty()
    }
}

/// An object's headers (HEAD of the object, or the headers of a GET).
///
/// ```
/// let mut h = http::HeaderMap::new();
/// h.insert("content-length", "10".parse().unwrap());
/// h.insert("x-object-hash", "abcd".parse().unwrap());
/// h.insert("x-object-meta-color", "blue".parse().unwrap());
/// let info = cloud_pithos::models::ObjectInfo::from_headers(&h);
/// assert_eq!(info.bytes, Some(10));
/// assert_eq!(info.meta["color"], "blue");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ObjectInfo {
    /// `Content-Length`: the object's size.
    pub bytes: Option<u64>,
    /// `Content-Type`.
    pub content_type: Option<String>,
    /// `ETag` (the top hash by default, MD5 on some deployments).
    pub etag: Option<String>,
    /// `X-Object-Hash`: the top hash.
    pub hash: Option<String>,
    /// `X-Object-UUID`.
    pub uuid: Option<String>,
    /// `X-Object-Version`.
    pub version: Option<String>,
    /// `X-Object-Version-Timestamp`.
    pub version_timestamp: Option<String>,
    /// `X-Object-Modified-By`.
    pub modified_by: Option<String>,
    /// `Last-Modified`.
    pub last_modified: Option<String>,
    /// `Content-Encoding`.
    pub content_encoding: Option<String>,
    /// `Content-Disposition`.
    pub content_disposition: Option<String>,
    /// `X-Object-Manifest` (`container/prefix`) of a manifest object.
    pub manifest: Option<String>,
    /// `X-Object-Sharing`, parsed.
    pub sharing: Option<Sharing>,
    /// `X-Object-Shared-By`: the path that grants access, when inherited.
    pub shared_by: Option<String>,
    /// `X-Object-Allowed-To` (`read`/`write`), for non-owners.
    pub allowed_to: Option<String>,
    /// `X-Object-Public`: the public URL (owner only).
    pub public_url: Option<String>,
    /// User metadata (`X-Object-Meta-*`), keys lower-cased.
    pub meta: BTreeMap<String, String>,
    /// Every header, decoded.
    pub headers: BTreeMap<String, String>,
}

impl ObjectInfo {
    /// Reads the object headers.
    ///
    /// ```
    /// let mut h = http::HeaderMap::new();
    /// h.insert("x-object-sharing", "read=u1".parse().unwrap());
    /// assert_eq!(cloud_pithos::models::ObjectInfo::from_headers(&h).sharing.unwrap().read, ["u1"]);
    /// ```
    pub fn from_headers(headers: &http::HeaderMap) -> Self {
        let h = decode_headers(headers);
        ObjectInfo {
            bytes: number(&h, "content-length"),
            content_type: text(&h, "content-type"),
            etag: text(&h, "etag").map(|e| e.trim_matches('"').to_owned()),
            hash: text(&h, "x-object-hash"),
            uuid: text(&h, "x-object-uuid"),
            version: text(&h, "x-object-version"),
            version_timestamp: text(&h, "x-object-version-timestamp"),
            modified_by: text(&h, "x-object-modified-by"),
            last_modified: text(&h, "last-modified"),
            content_encoding: text(&h, "content-encoding"),
            content_disposition: text(&h, "content-disposition"),
            manifest: text(&h, "x-object-manifest"),
            sharing: h.get("x-object-sharing").map(|v| Sharing::parse(v)),
            shared_by: text(&h, "x-object-shared-by"),
            allowed_to: text(&h, "x-object-allowed-to"),
            public_url: text(&h, "x-object-public"),
            meta: prefixed(&h, "x-object-meta-"),
            headers: h,
        }
    }

    /// True for a directory marker (`application/directory` or `application/folder`).
    ///
    /// ```
    /// let info = cloud_pithos::models::ObjectInfo {
    ///     content_type: Some("application/directory; charset=utf-8".into()), ..Default::default() };
    /// assert!(info.is_directory());
    /// ```
    pub fn is_directory(&self) -> bool {
        self.content_type.as_deref().is_some_and(is_directory_type)
    }

    /// True for a Swift Static Large Object manifest
    /// (`X-Static-Large-Object: True`).
    ///
    /// ```
    /// let mut h = http::HeaderMap::new();
    /// h.insert("x-static-large-object", "True".parse().unwrap());
    /// assert!(cloud_pithos::models::ObjectInfo::from_headers(&h).is_static_large_object());
    /// ```
    pub fn is_static_large_object(&self) -> bool {
        self.headers
            .get("x-static-large-object")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    }
}

/// True for `application/directory` and `application/folder` (parameters ignored).
///
/// ```
/// assert!(cloud_pithos::models::is_directory_type("application/folder"));
/// assert!(!cloud_pithos::models::is_directory_type("text/plain"));
/// ```
pub fn is_directory_type(content_type: &str) -> bool {
    let base = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    base == "application/directory" || base == "application/folder"
}

/// A string or a number in JSON, read as a string (policy values come as either).
fn string_or_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let value = Option::<serde_json::Value>::deserialize(d)?;
    Ok(match value {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => Some(s),
        Some(other) => Some(other.to_string()),
    })
}

/// A container's policies as a listing shows them.
///
/// ```
/// let p: cloud_pithos::models::ContainerPolicy =
///     serde_json::from_str(r#"{"quota": 0, "versioning": "auto"}"#).unwrap();
/// assert_eq!(p.quota.as_deref(), Some("0"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContainerPolicy {
    /// Quota in bytes (`"0"` = unlimited).
    #[serde(default, deserialize_with = "string_or_number")]
    pub quota: Option<String>,
    /// `auto` or `none`.
    #[serde(default, deserialize_with = "string_or_number")]
    pub versioning: Option<String>,
    /// The project charged.
    #[serde(default, deserialize_with = "string_or_number")]
    pub project: Option<String>,
}

/// One container in an account listing.
///
/// ```
/// let c: cloud_pithos::models::ContainerEntry = serde_json::from_str(
///     r#"{"name": "pithos", "count": 2, "bytes": 10, "last_modified": "2011-12-02T08:10:41.565891+00:00"}"#).unwrap();
/// assert_eq!(c.count, Some(2));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContainerEntry {
    /// The container's name.
    pub name: String,
    /// Objects in it.
    #[serde(default)]
    pub count: Option<u64>,
    /// Bytes used.
    #[serde(default)]
    pub bytes: Option<u64>,
    /// Last change (ISO 8601).
    #[serde(default)]
    pub last_modified: Option<String>,
    /// Policies.
    #[serde(default)]
    pub x_container_policy: Option<ContainerPolicy>,
    /// Any other field the server sent.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// One object in a container listing.
///
/// ```
/// let o: cloud_pithos::models::ObjectEntry = serde_json::from_str(
///     r#"{"name": "a", "bytes": 3, "content_type": "text/plain", "x_object_hash": "ab", "x_object_version": 7}"#).unwrap();
/// assert_eq!(o.bytes, 3);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObjectEntry {
    /// The object's name.
    pub name: String,
    /// Its size.
    #[serde(default)]
    pub bytes: u64,
    /// Its content type.
    #[serde(default)]
    pub content_type: String,
    /// The stored MD5 (usually empty).
    #[serde(default)]
    pub hash: Option<String>,
    /// The top hash.
    #[serde(default)]
    pub x_object_hash: Option<String>,
    /// The object's UUID.
    #[serde(default)]
    pub x_object_uuid: Option<String>,
    /// The version id.
    #[serde(default)]
    pub x_object_version: Option<u64>,
    /// The version's timestamp (epoch seconds, as the string the server sends).
    #[serde(default, deserialize_with = "string_or_number")]
    pub x_object_version_timestamp: Option<String>,
    /// Last change (ISO 8601).
    #[serde(default)]
    pub last_modified: Option<String>,
    /// Who changed it last.
    #[serde(default)]
    pub x_object_modified_by: Option<String>,
    /// Sharing set on this object (`read=…; write=…`).
    #[serde(default)]
    pub x_object_sharing: Option<String>,
    /// Path that grants inherited access.
    #[serde(default)]
    pub x_object_shared_by: Option<String>,
    /// `read` or `write`, for non-owners.
    #[serde(default)]
    pub x_object_allowed_to: Option<String>,
    /// The public URL (owner only).
    #[serde(default)]
    pub x_object_public: Option<String>,
    /// Any other field the server sent.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

impl ObjectEntry {
    /// True for a directory marker object.
    ///
    /// ```
    /// let o: cloud_pithos::models::ObjectEntry = serde_json::from_str(
    ///     r#"{"name": "d", "content_type": "application/directory"}"#).unwrap();
    /// assert!(o.is_directory());
    /// ```
    pub fn is_directory(&self) -> bool {
        is_directory_type(&self.content_type)
    }
}

/// An entry of an object listing: an object, or a virtual directory (with a delimiter).
///
/// ```
/// let e: cloud_pithos::models::ListingEntry = serde_json::from_str(r#"{"subdir": "photos/"}"#).unwrap();
/// assert_eq!(e.name(), "photos/");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ListingEntry {
    /// A virtual directory.
    Subdir {
        /// Its name, ending with the delimiter.
        subdir: String,
    },
    /// An object.
    Object(Box<ObjectEntry>),
}

impl ListingEntry {
    /// The entry's name (object name or subdir).
    ///
    /// ```
    /// let e = cloud_pithos::models::ListingEntry::Subdir { subdir: "a/".into() };
    /// assert_eq!(e.name(), "a/");
    /// ```
    pub fn name(&self) -> &str {
        match self {
            ListingEntry::Subdir { subdir } => subdir,
            ListingEntry::Object(o) => &o.name,
        }
    }
}

/// A hashmap as the server returns it (§2.4).
///
/// ```
/// let h: cloud_pithos::models::Hashmap = serde_json::from_str(
///     r#"{"block_size": 4, "block_hash": "sha256", "hashes": ["ab"], "bytes": 3}"#).unwrap();
/// assert_eq!(h.bytes, 3);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hashmap {
    /// The block size B.
    pub block_size: u64,
    /// The hash algorithm's name.
    pub block_hash: String,
    /// Block hashes, hex (one `A("")` entry for an empty object).
    pub hashes: Vec<String>,
    /// The object's size.
    pub bytes: u64,
}

/// An account sharing something with the caller (top-level listing).
///
/// ```
/// let s: cloud_pithos::models::SharingAccount = serde_json::from_str(r#"{"name": "u1"}"#).unwrap();
/// assert_eq!(s.name, "u1");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharingAccount {
    /// The account (user UUID).
    pub name: String,
    /// Last change (ISO 8601).
    #[serde(default)]
    pub last_modified: Option<String>,
}

/// One version of an object: id and timestamp (epoch seconds as sent).
///
/// ```
/// let v = cloud_pithos::models::ObjectVersion { id: 7, timestamp: "1322813441.565891".into() };
/// assert_eq!(v.id, 7);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ObjectVersion {
    /// The version id.
    pub id: u64,
    /// When it was made, epoch seconds with a fraction, as the server sent it.
    pub timestamp: String,
}
