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
//! * [`update`]: append and overwrite from local files.
//!
//! Memory stays bounded by concurrency × block size whatever the file size.
//! Errors of plain calls are [`cloud_core::Error`]; transfers add local
//! files and hashes in [`TransferError`].
//!
//! # Example
//!
//! A client made from a transport, the storage endpoint and the account
//! UUID. Here the transport runs over the emulator in process; against a
//! real cloud, build it with credentials and give the catalog's
//! `object-store` URL.
//!
//! ```
//! # tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap().block_on(async {
//! use cloud_core::{Transport, credentials::StaticToken};
//! use cloud_pithos::{PithosClient, ContainerOptions};
//!
//! let dir = std::env::temp_dir().join(format!("pithos-doc-{}", std::process::id()));
//! let emulator = cloud_emulator::Emulator::open(cloud_emulator::Options::new(&dir))?
//!     .with_base_url("http://in-process");
//! let user = emulator.default_user()?;
//! let transport = Transport::builder()
//!     .credentials(StaticToken::new(user.token.clone()))
//!     .service(emulator.service())
//!     .build()?;
//! let client = PithosClient::new(transport, "http://in-process/object-store/v1", &user.uuid);
//!
//! client.create_container("notes", &ContainerOptions::default()).await?;
//! let report = client
//!     .upload_bytes("notes", "hello.txt", bytes::Bytes::from_static(b"hello"), &Default::default())
//!     .await?;
//! assert_eq!(report.blocks_sent, 1);
//! let mut out = Vec::new();
//! client.cat_object("notes", "hello.txt", &mut out, &Default::default()).await?;
//! assert_eq!(out, b"hello");
//! # std::fs::remove_dir_all(&dir)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! # }).unwrap();
//! ```
//!
//! The hashing rules, on their own:
//!
//! ```
//! use cloud_pithos::hashing::{hashmap_of, HashAlgorithm};
//! // The top hash of `abcdefghij` in 4-byte blocks (PITHOS.md §6.2).
//! let map = hashmap_of(HashAlgorithm::Sha256, 4, b"abcdefghij");
//! assert_eq!(map.top_hex(), "18374008371944fcd365918bfd1187d4edcaaad1ce8dc23e746347129b1f22d1");
//! ```

pub mod client;
mod direct;
pub mod download;
pub mod encoding;
pub mod error;
pub mod hashing;
pub mod models;
pub mod progress;
pub mod stream;
pub mod swift;
pub mod tree;
pub mod update;
pub mod upload;

pub use client::{
    Conditions, ContainerListOptions, ContainerOptions, CopyOptions, DeleteOptions, ListOptions,
    PithosClient,
};
pub use error::TransferError;
