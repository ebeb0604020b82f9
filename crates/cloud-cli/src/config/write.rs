//! Atomic writes of the config file: a temporary file in the same
//! directory, mode 0600, written, synced to disk, then renamed over the
//! old file, so a crash leaves either the old or the new file, whole.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::errors::{CliError, CliResult};

/// Writes `text` to `path` atomically with mode 0600.
pub fn write_atomic(path: &Path, text: &str) -> CliResult {
    // Write through a symlink to its target, keeping the link.
    let target: PathBuf = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "kamakirc".to_owned());
    let temp = dir.join(format!(".{name}.tmp{}", std::process::id()));
    let fail = |what: &str, e: std::io::Error| {
        CliError::config(format!("cannot {what} {}: {e}", target.display()))
            .hint("Check that the directory exists and is writable; the file was not changed")
    };
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let result = (|| {
        let mut file = options.open(&temp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, &target)?;
        // Make the rename itself durable.
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok::<(), std::io::Error>(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&temp);
        return Err(fail("write", e));
    }
    Ok(())
}
