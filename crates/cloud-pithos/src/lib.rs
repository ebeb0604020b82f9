//! Pithos+ object storage and the block transfer engine.
//!
//! [`PithosClient`] speaks the storage API of PITHOS.md §3 for one account:
//! accounts, containers, objects, sharing, publishing, versions, groups and
//! quotas. The transfer engine moves files by blocks:
//!
//! * [`upload`]: hash the file locally (a pool of blocking threads), PUT the
//!   hashmap, POST only the blocks the server lacks (concurrently), PUT the
//!   hashmap again and check the server's top hash;
//! * [`download`]: fetch the hashmap, GET blocks concurrently by range into
//!   a temporary file beside the target, verify every block, then rename;
//!   resume keeps blocks whose local hash already matches;
//! * [`stream`]: `cat` an object to any writer, upload from a reader of
//!   unknown length;
//! * [`tree`]: recursive upload and download of directory trees.
//!
//! Memory stays bounded by concurrency × block size whatever the file size.
//!
//! ```
//! use cloud_pithos::hashing::{hashmap_of, HashAlgorithm};
//! // The top hash of `abcdefghij` in 4-byte blocks (PITHOS.md §6.2).
//! let map = hashmap_of(HashAlgorithm::Sha256, 4, b"abcdefghij");
//! assert_eq!(map.top_hex(), "18374008371944fcd365918bfd1187d4edcaaad1ce8dc23e746347129b1f22d1");
//! ```

pub mod client;
pub mod download;
pub mod encoding;
pub mod error;
pub mod hashing;
pub mod models;
pub mod progress;
pub mod stream;
pub mod tree;
pub mod update;
pub mod upload;

pub use client::{
    Conditions, ContainerOptions, CopyOptions, DeleteOptions, ListOptions, PithosClient,
};
pub use error::TransferError;
