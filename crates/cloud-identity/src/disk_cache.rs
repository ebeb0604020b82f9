//! Tokens and catalogs kept on disk between runs, so that a command does not
//! authenticate again while its token lives.
//!
//! One file per (auth URL, principal): the name is a fingerprint of the two,
//! the content repeats them (so a fingerprint collision is detected, not
//! trusted) and holds the [`AuthToken`]. Files are written atomically — a
//! temporary file in the same directory, mode 0600, flushed to disk
//! (`fsync`), then renamed over the old one — so a reader never sees half a
//! file and another user never sees any. The directory is created mode 0700.
//! A token that expires within the refresh skew is never returned.
//!
//! ```
//! let cache = cloud_identity::DiskCache::new("/home/user/.cache/kamaki/tokens");
//! let file = cache.path_for("https://accounts.example.org/identity/v2.0", "astakos token 0123abcd");
//! assert!(file.starts_with("/home/user/.cache/kamaki/tokens"));
//! ```

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use cloud_core::Error;
use serde::{Deserialize, Serialize};

use crate::AuthToken;
use crate::credentials::fingerprint;

/// The version of the file format.
const FORMAT: u32 = 1;

/// A directory of cached tokens.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
/// use std::time::Duration;
/// use cloud_identity::{AuthToken, DiskCache};
///
/// let dir = std::env::temp_dir().join(format!("kamaki-doc-cache-{}", std::process::id()));
/// let cache = DiskCache::new(&dir);
/// let token = AuthToken::from_v2(&serde_json::json!({"access": {
///     "token": {"id": "tok", "expires": "2099-01-01T00:00:00Z"}}}))?;
/// cache.store("https://a.example.org/identity/v2.0", "astakos token 1234", &token).await?;
/// let loaded = cache.load("https://a.example.org/identity/v2.0", "astakos token 1234", Duration::from_secs(60)).await?;
/// assert_eq!(loaded.unwrap().token.expose(), "tok");
/// assert!(cache.load("https://a.example.org/identity/v2.0", "someone else", Duration::ZERO).await?.is_none());
/// # std::fs::remove_dir_all(&dir).ok();
/// # Ok::<(), cloud_core::Error>(())
/// # }).unwrap();
/// ```
#[derive(Debug, Clone)]
pub struct DiskCache {
    dir: PathBuf,
}

#[derive(Serialize, Deserialize)]
struct Record {
    format: u32,
    auth_url: String,
    principal: String,
    token: AuthToken,
}

impl DiskCache {
    /// A cache in this directory (created on first write).
    ///
    /// ```
    /// let cache = cloud_identity::DiskCache::new("/tmp/kamaki-tokens");
    /// assert_eq!(cache.dir(), std::path::Path::new("/tmp/kamaki-tokens"));
    /// ```
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        DiskCache { dir: dir.into() }
    }

    /// The cache's directory.
    ///
    /// See [`DiskCache::new`] for an example.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file that holds the token of `principal` at `auth_url`.
    ///
    /// ```
    /// let cache = cloud_identity::DiskCache::new("/tmp/t");
    /// let path = cache.path_for("https://a.example.org/identity/v2.0", "v2.0 password demo");
    /// assert!(path.starts_with("/tmp/t"));
    /// assert!(path.to_string_lossy().ends_with(".json"));
    /// ```
    pub fn path_for(&self, auth_url: &str, principal: &str) -> PathBuf {
        let key = format!("{}\n{principal}", auth_url.trim_end_matches('/'));
        self.dir.join(format!("token-{}.json", fingerprint(&key)))
    }

    /// The cached token, if there is one for exactly this URL and principal
    /// and it stays valid for longer than `margin`.
    ///
    /// See the type's documentation for an example.
    pub async fn load(
        &self,
        auth_url: &str,
        principal: &str,
        margin: Duration,
    ) -> Result<Option<AuthToken>, Error> {
        let path = self.path_for(auth_url, principal);
        let bytes = match tokio::fs::read(&path).await {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io_error("read", &path, &e)),
        };
        let record: Record = match serde_json::from_slice(&bytes) {
            Ok(record) => record,
            // An old or damaged file is not an error: it is replaced on the next write.
            Err(_) => return Ok(None),
        };
        if record.format != FORMAT
            || record.auth_url != auth_url.trim_end_matches('/')
            || record.principal != principal
            || !record.token.valid_for(margin, SystemTime::now())
        {
            return Ok(None);
        }
        Ok(Some(record.token))
    }

    /// Writes the token atomically (temporary file, mode 0600, fsync, rename).
    ///
    /// See the type's documentation for an example.
    pub async fn store(
        &self,
        auth_url: &str,
        principal: &str,
        token: &AuthToken,
    ) -> Result<(), Error> {
        let record = Record {
            format: FORMAT,
            auth_url: auth_url.trim_end_matches('/').to_owned(),
            principal: principal.to_owned(),
            token: token.clone(),
        };
        let bytes =
            serde_json::to_vec(&record).map_err(|e| Error::decode("the token cache record", e))?;
        let dir = self.dir.clone();
        let path = self.path_for(auth_url, principal);
        tokio::task::spawn_blocking(move || write_atomically(&dir, &path, &bytes))
            .await
            .map_err(|e| {
                Error::config(format!("the token cache writer failed: {e}"), "try again")
            })?
    }

    /// Removes the cached token, if any.
    ///
    /// ```
    /// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
    /// let cache = cloud_identity::DiskCache::new(std::env::temp_dir().join("kamaki-doc-nothing-here"));
    /// cache.remove("http://h/identity/v2.0", "nobody").await?;
    /// # Ok::<(), cloud_core::Error>(())
    /// # }).unwrap();
    /// ```
    pub async fn remove(&self, auth_url: &str, principal: &str) -> Result<(), Error> {
        let path = self.path_for(auth_url, principal);
        match tokio::fs::remove_file(&path).await {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(io_error("remove", &path, &e)),
        }
    }
}

fn io_error(action: &str, path: &Path, error: &std::io::Error) -> Error {
    Error::config(
        format!(
            "could not {action} the token cache file {}: {error}",
            path.display()
        ),
        "check the permissions of the cache directory, or delete the file",
    )
}

/// Temporary file beside the target, 0600, fsync, rename, fsync the directory.
fn write_atomically(dir: &Path, path: &Path, bytes: &[u8]) -> Result<(), Error> {
    create_private_dir(dir).map_err(|e| io_error("create the directory of", path, &e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = dir.join(format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        unique_suffix()
    ));
    let result = (|| -> std::io::Result<()> {
        let mut file = open_private(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temporary, path)?;
        // Make the rename itself durable.
        if let Ok(directory) = std::fs::File::open(dir) {
            let _ = directory.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result.map_err(|e| io_error("write", path, &e))
}

/// A number that differs between concurrent writers of one process.
fn unique_suffix() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    COUNTER.fetch_add(1, Ordering::Relaxed)
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(unix)]
fn open_private(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
fn open_private(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}
