//! The content-addressed block store on disk (PITHOS.md §2.7).
//!
//! A block lives at `<data_dir>/blocks/<first 2 hex>/<hex>` where `<hex>` is
//! its block hash. One store serves every account and container (cross-user
//! deduplication); blocks are never deleted.
//!
//! Durability: a block is written to a temporary file under
//! `<data_dir>/blocks/tmp/`, fsynced, renamed to its final name, and the
//! directory holding it fsynced. A file under its final name is therefore
//! always complete, and once [`BlockStore::put`] returns the block survives a
//! crash. Objects reference blocks only in rows committed after that, so a
//! crash never exposes an object whose blocks are missing. A crash can leave
//! temporary files behind; [`BlockStore::open`] removes them.
//!
//! Everything here blocks the calling thread: callers run it on the blocking pool.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use crate::pithos::hashing::{Algorithm, Digest, block_hash, hex};
use crate::random;

/// The block store under a data directory.
#[derive(Debug, Clone)]
pub struct BlockStore {
    root: PathBuf,
}

impl BlockStore {
    /// The store under `data_dir` (the directory is made on first write).
    pub fn new(data_dir: &Path) -> BlockStore {
        BlockStore {
            root: data_dir.join("blocks"),
        }
    }

    /// The store under `data_dir`, with the leftovers of a crash (temporary
    /// files) removed.
    pub fn open(data_dir: &Path) -> BlockStore {
        let store = BlockStore::new(data_dir);
        if let Ok(entries) = fs::read_dir(store.root.join("tmp")) {
            for entry in entries.flatten() {
                let _ = fs::remove_file(entry.path());
            }
        }
        store
    }

    /// Where the block with this hash lives.
    pub fn path_of(&self, hash: &Digest) -> PathBuf {
        let name = hex(hash);
        self.root.join(&name[..2]).join(name)
    }

    /// Whether the block with this hash is stored.
    pub fn exists(&self, hash: &Digest) -> bool {
        self.path_of(hash).is_file()
    }

    /// Stores `data` under `hash` unless a block with that hash is already
    /// stored (the first upload wins). Returns when the block is durable.
    pub fn put(&self, hash: &Digest, data: &[u8]) -> io::Result<()> {
        let path = self.path_of(hash);
        if path.is_file() {
            return Ok(());
        }
        let tmp_dir = self.root.join("tmp");
        if !tmp_dir.is_dir() {
            fs::create_dir_all(&tmp_dir)?;
            // Make `blocks/` itself durable in the data directory.
            if let Some(data_dir) = self.root.parent() {
                sync_dir(data_dir)?;
            }
            sync_dir(&self.root)?;
        }
        let tmp = tmp_dir.join(format!("{}.{}", hex(hash), random::alphanumeric(8)));
        let written = (|| {
            let mut file = File::create(&tmp)?;
            file.write_all(data)?;
            file.sync_all()
        })();
        if let Err(e) = written {
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
        let dir = path
            .parent()
            .map_or_else(|| self.root.clone(), Path::to_path_buf);
        if !dir.is_dir() {
            fs::create_dir_all(&dir)?;
            sync_dir(&self.root)?;
        }
        if let Err(e) = fs::rename(&tmp, &path) {
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
        sync_dir(&dir)
    }

    /// Hashes `block` with `algorithm`, stores it and returns its hash.
    pub fn put_block(&self, algorithm: Algorithm, block: &[u8]) -> io::Result<Digest> {
        let hash = block_hash(algorithm, block);
        self.put(&hash, block)?;
        Ok(hash)
    }

    /// The block padded with zeros (or cut) to exactly `len` bytes: what a
    /// reader of a `len`-byte block of an object sees.
    pub fn read_padded(&self, hash: &Digest, len: usize) -> io::Result<Vec<u8>> {
        let mut data = Vec::with_capacity(len);
        match File::open(self.path_of(hash)) {
            Ok(file) => {
                file.take(len as u64).read_to_end(&mut data)?;
            }
            // An all-zero block may never have been written: it reads as zeros.
            Err(e) if e.kind() == io::ErrorKind::NotFound && is_zero_hash(hash) => {}
            Err(e) => return Err(e),
        }
        data.resize(len, 0);
        Ok(data)
    }
}

/// Whether `hash` is the hash of the empty string (any all-zero block) in
/// one of the offered algorithms.
fn is_zero_hash(hash: &Digest) -> bool {
    *hash == Algorithm::Sha256.empty() || *hash == Algorithm::Blake3.empty()
}

/// Makes a directory's entries durable.
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}
