//! Swift mode of the object and container calls: deletes that take
//! segments along, copies that keep Static Large Objects independent,
//! metadata merges, ACLs, and the errors of Pithos-only calls.

use std::collections::{BTreeMap, HashSet};

use cloud_core::{Body, Error, ErrorKind};
use futures_util::{StreamExt, TryStreamExt};
use http::Method;

use super::manifest::ManifestSegment;
use super::segments::{segment_name, segment_prefix, segments_container};
use super::upload::is_slo;
use crate::client::{CopyOptions, DeleteOptions, ListOptions, PithosClient, request};
use crate::encoding::header_value;
use crate::error::TransferError;
use crate::models::{ListingEntry, ObjectInfo};

/// The words every Pithos-only error carries (see [`is_pithos_only`]).
const MARKER: &str = "needs a Pithos+ server";

/// What to do instead of a Pithos-only `operation` on Swift.
fn hint_for(operation: &str) -> &'static str {
    let op = operation.to_ascii_lowercase();
    if op.contains("publish") || op.contains("shar") {
        "on Swift, grant access per container with ACLs (X-Container-Read, e.g. `.r:*,.rlistings` for a public container)"
    } else if op.contains("hash") {
        "upload or download the data itself"
    } else if op.contains("append") || op.contains("overwrit") || op.contains("truncat") {
        "upload the whole object again"
    } else if op.contains("version") || op.contains("until") || op.contains("purge") {
        "Swift keeps no history of its own; use a container with object versioning"
    } else if op.contains("group") {
        "Swift has no groups; use Keystone projects and roles"
    } else {
        "use a Pithos+ cloud for this"
    }
}

/// The error of a Pithos-only `operation` on a Swift `container`.
///
/// ```
/// let e = cloud_pithos::swift::pithos_only("publishing an object", "photos");
/// assert!(cloud_pithos::swift::is_pithos_only(&e));
/// assert!(e.to_string().contains("photos"));
/// ```
pub fn pithos_only(operation: &str, container: &str) -> Error {
    Error::config(
        format!("{operation} {MARKER}, but container {container} is plain Swift storage"),
        hint_for(operation),
    )
}

/// The same, as a transfer error.
pub(crate) fn pithos_only_transfer(operation: &str, container: &str) -> TransferError {
    TransferError::PithosOnly {
        operation: operation.to_owned(),
        container: container.to_owned(),
        hint: hint_for(operation).to_owned(),
    }
}

/// True when `error` (a [`cloud_core::Error`] or a [`TransferError`]) says
/// that a call needs Pithos+ and the container is plain Swift.
///
/// ```
/// let e = cloud_pithos::TransferError::Invalid("x".into());
/// assert!(!cloud_pithos::swift::is_pithos_only(&e));
/// ```
pub fn is_pithos_only(error: &(dyn std::error::Error + 'static)) -> bool {
    if let Some(e) = error.downcast_ref::<TransferError>() {
        return match e {
            TransferError::PithosOnly { .. } => true,
            TransferError::Api(inner) => is_pithos_only(inner),
            _ => false,
        };
    }
    match error.downcast_ref::<Error>() {
        Some(Error::Config { message, .. }) => message.contains(MARKER),
        _ => false,
    }
}

impl PithosClient {
    /// Fails with a Pithos-only error when `container` is plain Swift.
    pub(crate) async fn require_pithos(
        &self,
        container: &str,
        operation: &str,
    ) -> Result<(), Error> {
        if self.swift_here(container).await {
            return Err(pithos_only(operation, container));
        }
        Ok(())
    }

    /// Swift mode of `del_object`: a Static Large Object goes with its
    /// segments; a delimiter also deletes everything named
    /// `<object><delimiter>…` (listed, then deleted a few at a time).
    pub(crate) async fn swift_del_object(
        &self,
        container: &str,
        object: &str,
        options: &DeleteOptions,
    ) -> Result<(), Error> {
        if options.until.is_some() {
            return Err(pithos_only("purging history (until)", container));
        }
        let own = self.swift_delete_one(container, object).await;
        let Some(delimiter) = options.delimiter else {
            return own;
        };
        let listing = ListOptions {
            prefix: Some(format!("{object}{delimiter}")),
            ..ListOptions::default()
        };
        let deleted = self.delete_listed(container, &listing).await?;
        match own {
            Err(e) if e.kind() == Some(ErrorKind::NotFound) && deleted > 0 => Ok(()),
            other => other,
        }
    }

    /// Deletes one object (with its segments when it is a manifest).
    pub(crate) async fn swift_delete_one(
        &self,
        container: &str,
        object: &str,
    ) -> Result<(), Error> {
        let info = self.get_object_info(container, object, None).await?;
        if is_slo(&info) {
            self.delete_slo(container, object).await?;
            Ok(())
        } else {
            self.del_plain(container, object).await
        }
    }

    /// Deletes every object a listing gives; returns how many. Manifests go
    /// with their segments. When the listing marks manifests and the
    /// cluster offers bulk deletes, the other objects go 10,000 to a
    /// request; else each object is looked at (HEAD) and deleted, 8 at a time.
    async fn delete_listed(&self, container: &str, listing: &ListOptions) -> Result<u64, Error> {
        let caps = self.swift_capabilities().await;
        let bulk = caps.bulk_delete.filter(|_| caps.listing_marks_slo());
        let mut deleted = 0u64;
        loop {
            // Take a page, delete it, list again from the start.
            let mut names = Vec::new();
            {
                let mut stream = std::pin::pin!(self.list_objects(container, listing));
                while let Some(entry) = stream.next().await {
                    if let ListingEntry::Object(o) = entry? {
                        let slo = o.extra.contains_key("slo_etag");
                        names.push((o.name, slo));
                    }
                    if names.len() >= 10_000 {
                        break;
                    }
                }
            }
            if names.is_empty() {
                return Ok(deleted);
            }
            let count = match bulk {
                Some(per_request) => {
                    let (manifests, plain): (Vec<_>, Vec<_>) =
                        names.into_iter().partition(|(_, slo)| *slo);
                    let paths: Vec<String> = plain
                        .into_iter()
                        .map(|(name, _)| format!("/{container}/{name}"))
                        .collect();
                    let mut count = self.bulk_delete(&paths, per_request).await?;
                    for (name, _) in manifests {
                        match self.delete_slo(container, &name).await {
                            Ok(_) => count += 1,
                            Err(e) if e.kind() == Some(ErrorKind::NotFound) => {}
                            Err(e) => return Err(e),
                        }
                    }
                    count
                }
                None => {
                    let done: Vec<bool> = futures_util::stream::iter(names)
                        .map(|(name, _)| async move {
                            match self.swift_delete_one(container, &name).await {
                                Ok(()) => Ok(true),
                                Err(e) if e.kind() == Some(ErrorKind::NotFound) => Ok(false),
                                Err(e) => Err(e),
                            }
                        })
                        .buffer_unordered(8)
                        .try_collect()
                        .await?;
                    done.iter().filter(|d| **d).count() as u64
                }
            };
            if count == 0 {
                // Everything listed was gone already: the listing lags.
                return Ok(deleted);
            }
            deleted += count;
        }
    }

    /// Swift mode of `del_container`: with a delimiter the container is
    /// emptied (manifests with their segments), else it is deleted.
    pub(crate) async fn swift_del_container(
        &self,
        container: &str,
        options: &DeleteOptions,
    ) -> Result<(), Error> {
        if options.until.is_some() {
            return Err(pithos_only("purging history (until)", container));
        }
        if options.delimiter.is_some() {
            self.delete_listed(container, &ListOptions::default())
                .await?;
            return Ok(());
        }
        let uri = self.container_uri(container, &[])?;
        self.send_checked(request(Method::DELETE, uri, vec![], Body::empty())?)
            .await?;
        Ok(())
    }

    /// Swift mode of `copy_object` and `move_object`.
    pub(crate) async fn swift_copy(
        &self,
        moving: bool,
        (src_container, src_object): (&str, &str),
        (dst_container, dst_object): (&str, &str),
        options: &CopyOptions,
    ) -> Result<Option<String>, Error> {
        if options.source_version.is_some() {
            return Err(pithos_only("copying an old version", src_container));
        }
        if options.public == Some(true) {
            return Err(pithos_only("publishing an object", dst_container));
        }
        if options.sharing.as_ref().is_some_and(|s| !s.is_empty()) {
            return Err(pithos_only("sharing an object", dst_container));
        }
        let source = match &options.source_account {
            Some(a) if *a != self.account => self.with_account(a),
            _ => self.clone(),
        };
        let target = match &options.destination_account {
            Some(a) if *a != self.account => self.with_account(a),
            _ => self.clone(),
        };
        let own = self
            .swift_copy_one(
                &source,
                &target,
                moving,
                (src_container, src_object),
                (dst_container, dst_object),
                options,
            )
            .await;
        let Some(delimiter) = options.delimiter else {
            return own.map(|()| None);
        };
        // Everything under `<src><delimiter>` goes under `<dst><delimiter>`.
        let prefix = format!("{src_object}{delimiter}");
        let listing = ListOptions {
            prefix: Some(prefix.clone()),
            ..ListOptions::default()
        };
        let mut names = Vec::new();
        let mut stream = std::pin::pin!(source.list_objects(src_container, &listing));
        while let Some(entry) = stream.next().await {
            if let ListingEntry::Object(o) = entry? {
                names.push(o.name);
            }
        }
        let any = !names.is_empty();
        for name in names {
            let rest = name.strip_prefix(&prefix).unwrap_or(&name);
            let to = format!("{dst_object}{delimiter}{rest}");
            self.swift_copy_one(
                &source,
                &target,
                moving,
                (src_container, &name),
                (dst_container, &to),
                options,
            )
            .await?;
        }
        match own {
            Err(e) if e.kind() == Some(ErrorKind::NotFound) && any => Ok(None),
            other => other.map(|()| None),
        }
    }

    /// Copies (or moves) one object from `source`'s account to `target`'s.
    async fn swift_copy_one(
        &self,
        source: &PithosClient,
        target: &PithosClient,
        moving: bool,
        (src_container, src_object): (&str, &str),
        (dst_container, dst_object): (&str, &str),
        options: &CopyOptions,
    ) -> Result<(), Error> {
        let info = source
            .get_object_info(src_container, src_object, None)
            .await?;
        if src_container == dst_container
            && src_object == dst_object
            && source.account == target.account
        {
            // Onto itself: only the metadata changes.
            if !options.meta.is_empty() || options.content_type.is_some() {
                target
                    .swift_post_object(
                        dst_container,
                        dst_object,
                        &info,
                        &options.meta,
                        options.content_type.as_deref(),
                    )
                    .await?;
            }
            return Ok(());
        }
        if is_slo(&info) {
            let manifest = source.get_slo_manifest(src_container, src_object).await?;
            let segments: Vec<ManifestSegment> = if moving {
                // A move keeps the segments where they are.
                manifest.iter().map(|e| e.to_segment()).collect()
            } else {
                self.copy_segments(source, target, dst_container, dst_object, &info, &manifest)
                    .await?
            };
            let mut headers = copied_headers(&info, options);
            headers.push(("content-type".into(), content_type_of(&info, options)));
            target
                .put_slo_manifest(dst_container, dst_object, &segments, headers)
                .await
                .map_err(|e| match e {
                    TransferError::Api(e) => e,
                    other => Error::config(other.to_string(), "copy it again"),
                })?;
            if moving {
                // The manifest only: its segments now belong to the copy.
                source.del_plain(src_container, src_object).await?;
            }
            return Ok(());
        }
        let uri = target.object_uri(dst_container, dst_object, &[])?;
        let mut headers = vec![
            ("content-length".to_owned(), "0".to_owned()),
            (
                "x-copy-from".to_owned(),
                header_value(&format!("/{src_container}/{src_object}")),
            ),
        ];
        if source.account != target.account {
            headers.push(("x-copy-from-account".into(), header_value(&source.account)));
        }
        if let Some(t) = &options.content_type {
            headers.push(("content-type".into(), header_value(t)));
        }
        for (k, v) in &options.meta {
            headers.push((
                format!("x-object-meta-{}", crate::encoding::header_name(k)),
                header_value(v),
            ));
        }
        target
            .send_checked(request(Method::PUT, uri, headers, Body::empty())?)
            .await?;
        if moving {
            source.del_plain(src_container, src_object).await?;
        }
        Ok(())
    }

    /// Copies every segment of `manifest` (server side) to new names beside
    /// the destination, checking each copy's ETag.
    async fn copy_segments(
        &self,
        source: &PithosClient,
        target: &PithosClient,
        dst_container: &str,
        dst_object: &str,
        info: &ObjectInfo,
        manifest: &[super::manifest::ManifestEntry],
    ) -> Result<Vec<ManifestSegment>, Error> {
        let seg_container = segments_container(dst_container, None);
        target.ensure_container(&seg_container).await?;
        let size = info.bytes.unwrap_or(0);
        let segment_size = manifest.first().map_or(size, |e| e.bytes);
        let stamp = {
            let since = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            format!("{}.{:06}", since.as_secs(), since.subsec_micros())
        };
        let prefix = segment_prefix(dst_object, &stamp, size, segment_size);
        let created: Vec<String> = (0..manifest.len())
            .map(|i| format!("/{seg_container}/{}", segment_name(&prefix, i)))
            .collect();
        let copied: Result<Vec<(usize, ManifestSegment)>, Error> =
            futures_util::stream::iter(manifest.iter().enumerate())
                .map(|(index, entry)| {
                    let name = segment_name(&prefix, index);
                    let seg_container = &seg_container;
                    async move {
                        let uri = target.object_uri(seg_container, &name, &[])?;
                        let mut headers = vec![
                            ("content-length".to_owned(), "0".to_owned()),
                            ("x-copy-from".to_owned(), header_value(&entry.name)),
                        ];
                        if source.account != target.account {
                            headers.push((
                                "x-copy-from-account".into(),
                                header_value(&source.account),
                            ));
                        }
                        let response = target
                            .send_checked(request(Method::PUT, uri, headers, Body::empty())?)
                            .await?;
                        let etag = ObjectInfo::from_headers(response.headers())
                            .etag
                            .unwrap_or_default();
                        if entry.is_plain() && !etag.eq_ignore_ascii_case(&entry.hash) {
                            return Err(Error::decode(
                                format!("the copy of segment {}", entry.name),
                                format!("its ETag is {etag}, the manifest says {}", entry.hash),
                            ));
                        }
                        Ok((
                            index,
                            ManifestSegment {
                                path: format!("/{seg_container}/{name}"),
                                etag,
                                size_bytes: entry.bytes,
                            },
                        ))
                    }
                })
                .buffer_unordered(4)
                .try_collect()
                .await;
        match copied {
            Ok(mut segments) => {
                segments.sort_by_key(|(i, _)| *i);
                Ok(segments.into_iter().map(|(_, s)| s).collect())
            }
            Err(e) => {
                target.delete_unused(&created, &HashSet::new()).await;
                Err(e)
            }
        }
    }

    /// Swift mode of `set_object_meta`: a Swift POST replaces every
    /// `X-Object-Meta-*` (and drops `Content-Encoding`/`Content-Disposition`
    /// not sent again), so the stored ones are read and merged first; an
    /// empty value deletes a key.
    pub(crate) async fn swift_set_object_meta(
        &self,
        container: &str,
        object: &str,
        meta: &BTreeMap<String, String>,
    ) -> Result<(), Error> {
        let info = self.get_object_info(container, object, None).await?;
        self.swift_post_object(container, object, &info, meta, None)
            .await
    }

    /// POSTs the merge of the stored metadata and `meta` (and a new content
    /// type), keeping the headers a POST would drop.
    async fn swift_post_object(
        &self,
        container: &str,
        object: &str,
        info: &ObjectInfo,
        meta: &BTreeMap<String, String>,
        content_type: Option<&str>,
    ) -> Result<(), Error> {
        let mut merged = info.meta.clone();
        for (k, v) in meta {
            let key = k.to_lowercase();
            if v.is_empty() {
                merged.remove(&key);
            } else {
                merged.insert(key, v.clone());
            }
        }
        let mut headers = vec![("content-length".to_owned(), "0".to_owned())];
        for (k, v) in &merged {
            headers.push((
                format!("x-object-meta-{}", crate::encoding::header_name(k)),
                header_value(v),
            ));
        }
        for kept in [
            "content-encoding",
            "content-disposition",
            "x-object-manifest",
            "x-delete-at",
        ] {
            if let Some(v) = info.headers.get(kept) {
                headers.push((kept.to_owned(), header_value(v)));
            }
        }
        if let Some(t) = content_type {
            headers.push(("content-type".into(), header_value(t)));
        }
        let uri = self.object_uri(container, object, &[])?;
        self.send_checked(request(Method::POST, uri, headers, Body::empty())?)
            .await?;
        Ok(())
    }

    /// Sets a container's read and write ACLs (`X-Container-Read`,
    /// `X-Container-Write`); `Some("")` removes one, `None` leaves it.
    /// Swift only (Pithos+ shares objects, see `set_object_sharing`).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// // Let project 0123's members read, and nobody else write.
    /// client.set_container_acl("photos", Some("0123:*"), Some("")).await?;
    /// # Ok(()) }
    /// ```
    pub async fn set_container_acl(
        &self,
        container: &str,
        read: Option<&str>,
        write: Option<&str>,
    ) -> Result<(), Error> {
        if !self.backend(container).await?.is_swift() {
            return Err(Error::config(
                format!(
                    "container ACLs are a Swift feature and container {container} is Pithos+ storage"
                ),
                "on Pithos+, share or publish the objects instead",
            ));
        }
        let mut headers = vec![("content-length".to_owned(), "0".to_owned())];
        for (name, value) in [("read", read), ("write", write)] {
            match value {
                Some("") => headers.push((format!("x-remove-container-{name}"), "x".into())),
                Some(v) => headers.push((format!("x-container-{name}"), header_value(v))),
                None => {}
            }
        }
        let uri = self.container_uri(container, &[])?;
        self.send_checked(request(Method::POST, uri, headers, Body::empty())?)
            .await?;
        Ok(())
    }

    /// Makes a Swift container readable (and listable) by anyone, or not:
    /// `X-Container-Read: .r:*,.rlistings`, or no read ACL.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// client.set_container_public("www", true).await?;
    /// println!("anyone can read {}", client.object_url("www", "index.html")?);
    /// # Ok(()) }
    /// ```
    pub async fn set_container_public(&self, container: &str, public: bool) -> Result<(), Error> {
        let read = if public { PUBLIC_READ } else { "" };
        self.set_container_acl(container, Some(read), None).await
    }

    /// Swift mode of `set_container_limit`: the `container_quotas`
    /// middleware's `X-Container-Meta-Quota-Bytes` (0 removes the limit).
    pub(crate) async fn swift_set_container_limit(
        &self,
        container: &str,
        bytes: u64,
    ) -> Result<(), Error> {
        let header = if bytes == 0 {
            (
                "x-remove-container-meta-quota-bytes".to_owned(),
                "x".to_owned(),
            )
        } else {
            ("x-container-meta-quota-bytes".to_owned(), bytes.to_string())
        };
        let uri = self.container_uri(container, &[])?;
        let headers = vec![("content-length".to_owned(), "0".to_owned()), header];
        self.send_checked(request(Method::POST, uri, headers, Body::empty())?)
            .await?;
        Ok(())
    }
}

/// The read ACL of a public container: anyone may read objects and list.
///
/// ```
/// assert_eq!(cloud_pithos::swift::objects::PUBLIC_READ, ".r:*,.rlistings");
/// ```
pub const PUBLIC_READ: &str = ".r:*,.rlistings";

/// The metadata of a copy: the source's, with the copy options' merged in
/// (as a Swift server-side copy does).
fn copied_headers(info: &ObjectInfo, options: &CopyOptions) -> Vec<(String, String)> {
    let mut meta = info.meta.clone();
    for (k, v) in &options.meta {
        meta.insert(k.to_lowercase(), v.clone());
    }
    let mut headers: Vec<(String, String)> = meta
        .iter()
        .map(|(k, v)| {
            (
                format!("x-object-meta-{}", crate::encoding::header_name(k)),
                header_value(v),
            )
        })
        .collect();
    for kept in ["content-encoding", "content-disposition"] {
        if let Some(v) = info.headers.get(kept) {
            headers.push((kept.to_owned(), header_value(v)));
        }
    }
    headers
}

fn content_type_of(info: &ObjectInfo, options: &CopyOptions) -> String {
    header_value(
        options
            .content_type
            .as_deref()
            .or(info.content_type.as_deref())
            .unwrap_or("application/octet-stream"),
    )
}
