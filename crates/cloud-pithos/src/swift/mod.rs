//! Swift mode: the same calls on plain OpenStack Swift, which has no hashmaps.
//!
//! A container that answers its HEAD without `X-Container-Block-Size` is
//! plain Swift storage (a Pithos+ container always says its block size).
//! The answer is remembered per container by the client, and
//! [`PithosClient::with_storage_mode`] can fix the mode instead. Then the
//! public calls of [`PithosClient`] keep their meaning but speak Swift:
//!
//! * **Uploads** ([`PithosClient::upload_object`], `upload_bytes`,
//!   `upload_from_reader`, `upload_tree`) stream the data in one PUT and
//!   hash it with MD5 on the way; the server's `ETag` must be that MD5, or
//!   the object is deleted and [`TransferError::ChecksumMismatch`] says so.
//!   When an object of the same name and size exists, the local MD5 is
//!   computed first: equal means nothing is sent (the report's
//!   `blocks_sent` is 0), different means the PUT carries the `ETag` and the
//!   server refuses damaged data itself.
//! * **Large files** (above [`DEFAULT_SEGMENT_SIZE`], or the upload options'
//!   `segment_size`, never above the cluster's `max_file_size` and always
//!   within `slo.max_manifest_segments` of `/info`) become Static Large
//!   Objects: the segments are PUT concurrently straight from file ranges,
//!   each checked against its own MD5, then the manifest
//!   (`?multipart-manifest=put`) is PUT last. Segments go to
//!   `<container>_segments` (python-swiftclient's convention; the upload
//!   options' `segment_container` overrides it) under
//!   `<object>/slo/<mtime>/<size>/<segment size>/<index, 8 digits>`, the
//!   layout python-swiftclient uses, so either tool can manage the other's
//!   uploads. A re-upload compares the local MD5 of every segment range
//!   with the existing manifest and sends only the segments that differ;
//!   segments the new manifest no longer names are deleted afterwards.
//!   With two or more segments in flight on a CPU with AVX-512, a row of
//!   segments is read once and hashed side by side in lanes
//!   ([`upload_rows`], [`cloud_md5`]).
//! * **Downloads** ([`PithosClient::download_object`]) fetch ranges
//!   concurrently with `If-Match`, write them at their offsets into the same
//!   temporary file as Pithos downloads (renamed into place only when all is
//!   verified), and hash the data in order on one thread: a plain object
//!   against its `ETag`, a Static Large Object segment by segment against
//!   its manifest. A resumed download keeps local segments whose MD5 matches.
//!   Segments are read from the segment objects themselves (through the
//!   manifest, the proxy would hash each one again). Two or more are
//!   streamed side by side instead, a row at a time, and hashed together in
//!   lanes as they arrive ([`download_rows`]). Whole aligned blocks are
//!   written past the page cache where the file system allows it.
//! * **Deletes** of a Static Large Object remove its segments too
//!   (`?multipart-manifest=delete`); **copies** of one get their own copy of
//!   every segment (server side) and a new manifest, so deleting either
//!   object never breaks the other; **moves** move the manifest only.
//! * **Metadata** writes merge with what is there (Swift's POST replaces
//!   every `X-Object-Meta-*`, so the client reads them first).
//! * **Listings** page with `marker`/`limit` (at most 10,000 per page).
//! * **Public containers** use ACLs: [`PithosClient::set_container_public`]
//!   sets `X-Container-Read: .r:*,.rlistings`.
//!
//! What exists only on Pithos+ (hashmaps, block POSTs, partial updates,
//! per-object sharing and publishing, versions, groups, `until`, quotas and
//! versioning policies) fails on a Swift container with an error for which
//! [`is_pithos_only`] is true, before anything is sent that Swift would
//! misread.
//!
//! # Example
//!
//! ```no_run
//! # async fn example(transport: cloud_core::Transport) -> Result<(), Box<dyn std::error::Error>> {
//! use cloud_pithos::PithosClient;
//! use cloud_pithos::swift::Backend;
//! // The storage URL of the catalog: `<endpoint>/<account>`.
//! let client = PithosClient::from_storage_url(transport, "https://swift.example.org/v1/AUTH_0123")?;
//! assert!(matches!(client.backend("photos").await?, Backend::Swift));
//! let options = cloud_pithos::upload::UploadOptions {
//!     segment_size: Some(256 << 20),
//!     ..Default::default()
//! };
//! client.upload_object("photos", "disk.img", std::path::Path::new("disk.img"), &options).await?;
//! # Ok(()) }
//! ```
//!
//! [`PithosClient`]: crate::PithosClient
//! [`PithosClient::with_storage_mode`]: crate::PithosClient::with_storage_mode
//! [`PithosClient::upload_object`]: crate::PithosClient::upload_object
//! [`PithosClient::download_object`]: crate::PithosClient::download_object
//! [`PithosClient::set_container_public`]: crate::PithosClient::set_container_public
//! [`TransferError::ChecksumMismatch`]: crate::TransferError::ChecksumMismatch

pub mod body;
pub mod detect;
pub mod download;
pub mod download_rows;
pub mod manifest;
pub mod objects;
pub mod segments;
pub mod upload;
pub mod upload_rows;

pub use detect::{Backend, Capabilities, StorageMode};
pub use manifest::ManifestSegment;
pub use objects::{is_pithos_only, pithos_only};
pub use segments::DEFAULT_SEGMENT_SIZE;
