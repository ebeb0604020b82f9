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
        let tmp_dir = self.ensure_tmp_dir()?;
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
        self.install(&tmp, &path)
    }

    /// The directory of temporary files, made (durably) if needed.
    fn ensure_tmp_dir(&self) -> io::Result<PathBuf> {
        let tmp_dir = self.root.join("tmp");
        if !tmp_dir.is_dir() {
            fs::create_dir_all(&tmp_dir)?;
            // Make `blocks/` itself durable in the data directory.
            if let Some(data_dir) = self.root.parent() {
                sync_dir(data_dir)?;
            }
            sync_dir(&self.root)?;
        }
        Ok(tmp_dir)
    }

    /// Renames a synced temporary file to its final `path` and makes the
    /// rename durable.
    fn install(&self, tmp: &Path, path: &Path) -> io::Result<()> {
        let dir = path
            .parent()
            .map_or_else(|| self.root.clone(), Path::to_path_buf);
        if !dir.is_dir() {
            fs::create_dir_all(&dir)?;
            sync_dir(&self.root)?;
        }
        if let Err(e) = fs::rename(tmp, path) {
            let _ = fs::remove_file(tmp);
            return Err(e);
        }
        sync_dir(&dir)
    }

    /// Starts writing a block whose hash is not known yet: the data goes to
    /// a temporary file and into the hash as it arrives.
    /// `block_size` bounds the write buffer.
    pub fn writer(&self, algorithm: Algorithm, block_size: usize) -> io::Result<BlockWriter> {
        let tmp_dir = self.ensure_tmp_dir()?;
        let tmp = tmp_dir.join(format!("stream.{}", random::alphanumeric(16)));
        let file = File::create(&tmp)?;
        Ok(BlockWriter {
            store: self.clone(),
            tmp,
            file: Some(io::BufWriter::with_capacity(
                block_size.clamp(1, 1 << 20),
                file,
            )),
            hasher: Hasher::new(algorithm),
            pending_zeros: 0,
        })
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

/// An incremental block hash that ignores trailing zeros: runs of zeros are
/// held back and fed only when more non-zero data follows.
enum Hasher {
    Sha256(sha2::Sha256),
    Blake3(Box<blake3::Hasher>),
}

impl Hasher {
    fn new(algorithm: Algorithm) -> Hasher {
        match algorithm {
            Algorithm::Sha256 => Hasher::Sha256(sha2::Sha256::default()),
            Algorithm::Blake3 => Hasher::Blake3(Box::new(blake3::Hasher::new())),
        }
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Sha256(h) => sha2::Digest::update(h, data),
            Hasher::Blake3(h) => {
                h.update(data);
            }
        }
    }

    fn finish(self) -> Digest {
        match self {
            Hasher::Sha256(h) => sha2::Digest::finalize(h).into(),
            Hasher::Blake3(h) => *h.finalize().as_bytes(),
        }
    }
}

/// A block being written as its bytes arrive (see [`BlockStore::writer`]).
pub struct BlockWriter {
    store: BlockStore,
    tmp: PathBuf,
    file: Option<io::BufWriter<File>>,
    hasher: Hasher,
    pending_zeros: usize,
}

impl std::fmt::Debug for BlockWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BlockWriter")
            .field("tmp", &self.tmp)
            .finish()
    }
}

impl BlockWriter {
    /// Appends bytes to the block.
    pub fn write(&mut self, data: &[u8]) -> io::Result<()> {
        if let Some(file) = self.file.as_mut() {
            file.write_all(data)?;
        }
        match data.iter().rposition(|&b| b != 0) {
            None => self.pending_zeros += data.len(),
            Some(last) => {
                const ZEROS: [u8; 4096] = [0u8; 4096];
                while self.pending_zeros > 0 {
                    let n = self.pending_zeros.min(ZEROS.len());
                    self.hasher.update(&ZEROS[..n]);
                    self.pending_zeros -= n;
                }
                self.hasher.update(&data[..=last]);
                self.pending_zeros = data.len() - last - 1;
            }
        }
        Ok(())
    }

    /// Ends the block: unless a block with its hash is already stored, the
    /// file is synced and renamed into place (durably). Returns the hash.
    pub fn finish(mut self) -> io::Result<Digest> {
        let hasher = std::mem::replace(&mut self.hasher, Hasher::new(Algorithm::Sha256));
        let hash = hasher.finish();
        let path = self.store.path_of(&hash);
        let file = self.file.take();
        if path.is_file() {
            drop(file);
            let _ = fs::remove_file(&self.tmp);
            self.tmp = PathBuf::new();
            return Ok(hash);
        }
        if let Some(file) = file {
            let file = file.into_inner().map_err(io::IntoInnerError::into_error)?;
            file.sync_all()?;
        }
        let tmp = std::mem::take(&mut self.tmp);
        self.store.install(&tmp, &path)?;
        Ok(hash)
    }
}

impl Drop for BlockWriter {
    fn drop(&mut self) {
        // An abandoned block (the request failed): remove its temporary file.
        if !self.tmp.as_os_str().is_empty() {
            self.file.take();
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn streamed_blocks_hash_like_whole_ones() {
        let dir = std::env::temp_dir().join(format!("blocks-unit-{}", std::process::id()));
        let store = BlockStore::new(&dir);
        let cases: [&[&[u8]]; 5] = [
            &[b"abc", b"\0\0", b"\0"],
            &[b"\0abc", b"", b"\0d\0"],
            &[b"\0\0\0\0", b"\0"],
            &[b"ab\0", b"\0\0c", b"\0\0\0\0"],
            &[],
        ];
        for algorithm in [Algorithm::Sha256, Algorithm::Blake3] {
            for pieces in cases {
                let whole: Vec<u8> = pieces.concat();
                let mut writer = store.writer(algorithm, 16).unwrap();
                for piece in pieces {
                    writer.write(piece).unwrap();
                }
                let hash = writer.finish().unwrap();
                assert_eq!(hash, block_hash(algorithm, &whole));
                assert_eq!(
                    store.read_padded(&hash, whole.len() + 2).unwrap()[..whole.len()],
                    whole[..]
                );
            }
        }
        let leftovers = fs::read_dir(dir.join("blocks/tmp")).unwrap().count();
        assert_eq!(leftovers, 0);
        let _ = fs::remove_dir_all(&dir);
    }
}
