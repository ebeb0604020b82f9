//! The errors of transfers: the server's ([`cloud_core::Error`]) and the ones
//! only a transfer can meet (local files, hashes that do not match).

use std::path::{Path, PathBuf};

/// Why an upload or a download failed, with what to do next.
///
/// ```
/// use cloud_pithos::TransferError;
/// let e = TransferError::local(std::path::Path::new("/tmp/x"),
///     std::io::Error::from(std::io::ErrorKind::NotFound));
/// assert!(e.to_string().contains("/tmp/x"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TransferError {
    /// The server refused a request, or could not be reached.
    #[error(transparent)]
    Api(#[from] cloud_core::Error),

    /// A local file could not be read or written.
    #[error(
        "failed to access the local file {path}: {source}; check that the path exists and is readable/writable, and that the disk has room"
    )]
    Local {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },

    /// Downloaded data does not hash to what the server's hashmap says.
    #[error(
        "block {index} of {object} does not match its hash (expected {expected}, got {actual}) even after fetching it again; the object may be changing: run the download again"
    )]
    BlockMismatch {
        /// The object.
        object: String,
        /// The block's index.
        index: usize,
        /// The hash in the hashmap.
        expected: String,
        /// The hash of what arrived.
        actual: String,
    },

    /// After an upload the server's top hash differs from the local one.
    #[error(
        "the server's hash of {object} is {remote} but the local data hashes to {local}; the file may have changed while it was uploaded: upload it again"
    )]
    TopHashMismatch {
        /// The object.
        object: String,
        /// The local top hash.
        local: String,
        /// The server's `X-Object-Hash`/`ETag`.
        remote: String,
    },

    /// A block POST answered with another hash than the block's.
    #[error(
        "the server stored a block of {object} as {remote} where the local data hashes to {local}; the file changed while it was uploaded: upload it again"
    )]
    BlockUploadMismatch {
        /// The object.
        object: String,
        /// The local block hash.
        local: String,
        /// The hash the server returned.
        remote: String,
    },

    /// The container uses a block hash this client does not implement.
    #[error(
        "the container uses the block hash `{0}`, which this client does not support (sha256, sha1 and blake3 are); use another container or server"
    )]
    UnsupportedHash(String),

    /// The server kept reporting missing blocks after they were uploaded.
    #[error(
        "the server still misses {missing} block(s) of {object} after {rounds} upload rounds; run the upload again, and report it to the operator if it persists"
    )]
    BlocksStillMissing {
        /// The object.
        object: String,
        /// How many blocks are missing.
        missing: usize,
        /// How many rounds were made.
        rounds: usize,
    },

    /// A condition (`if_match`, `if_none_match`, `if_modified_since`, …) was not met.
    #[error("{object} was not transferred: {reason}")]
    Condition {
        /// The object.
        object: String,
        /// Not modified, or the precondition failed.
        reason: &'static str,
    },

    /// The local data is not what the caller said (e.g. the file shrank).
    #[error("{0}")]
    Invalid(String),

    /// A worker thread or task stopped unexpectedly.
    #[error("a transfer worker stopped unexpectedly: {0}; run the transfer again")]
    Worker(String),

    /// Swift mode: data does not have the MD5 the other side reported.
    #[error(
        "{what} of {object} has MD5 {actual} where {expected} was expected; {}",
        if *.removed { "the damaged copy was removed: run the transfer again" }
        else { "run the transfer again, and check the network or disk if it persists" }
    )]
    ChecksumMismatch {
        /// The object.
        object: String,
        /// What was checked: `the upload`, `segment 3`, `the download`…
        what: String,
        /// The MD5 that was expected (hex).
        expected: String,
        /// The MD5 that was found (hex).
        actual: String,
        /// Whether the damaged object (or temporary file) was deleted.
        removed: bool,
    },

    /// Swift mode: the call needs a Pithos+ feature the container lacks.
    #[error(
        "{operation} needs a Pithos+ server, but container {container} is plain Swift storage; {hint}"
    )]
    PithosOnly {
        /// What was asked.
        operation: String,
        /// The container.
        container: String,
        /// What to do instead.
        hint: String,
    },

    /// Swift mode: the file cannot be stored within the cluster's limits.
    #[error("{0}")]
    TooLarge(String),
}

impl TransferError {
    /// A local I/O error on `path`.
    ///
    /// ```
    /// let e = cloud_pithos::TransferError::local(std::path::Path::new("f"), std::io::Error::other("x"));
    /// assert!(matches!(e, cloud_pithos::TransferError::Local { .. }));
    /// ```
    pub fn local(path: &Path, source: std::io::Error) -> Self {
        TransferError::Local {
            path: path.to_path_buf(),
            source,
        }
    }

    pub(crate) fn worker(error: tokio::task::JoinError) -> Self {
        TransferError::Worker(error.to_string())
    }

    /// The server's error kind, if the server refused a request.
    ///
    /// ```
    /// let e = cloud_pithos::TransferError::Invalid("x".into());
    /// assert_eq!(e.kind(), None);
    /// ```
    pub fn kind(&self) -> Option<cloud_core::ErrorKind> {
        match self {
            TransferError::Api(e) => e.kind(),
            _ => None,
        }
    }
}
