//! Directory trees: recursive upload, download and delete.
//!
//! Remote directories are directory marker objects
//! (`application/directory`) plus the `/` naming convention. Uploads create
//! a marker for every local directory and upload every regular file to
//! `<prefix>/<relative path>`; other kinds of files (and symbolic links to
//! directories, which could loop) are skipped and listed in the report. Downloads list `<prefix>/` page by page (never the bare
//! prefix, which would also match `<prefix>x…` — a kamaki bug) and download
//! each object as it is listed, so a million objects use constant memory.

use std::path::{Component, Path, PathBuf};

use cloud_core::ErrorKind;
use futures_util::StreamExt;

use crate::client::{DeleteOptions, ListOptions, PithosClient};
use crate::download::DownloadOptions;
use crate::error::TransferError;
use crate::models::ListingEntry;
use crate::upload::UploadOptions;

/// What a recursive transfer did.
///
/// ```
/// let r = cloud_pithos::tree::TreeReport::default();
/// assert_eq!(r.files, 0);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TreeReport {
    /// Files transferred.
    pub files: usize,
    /// Directories created (remote markers or local directories).
    pub directories: usize,
    /// Bytes in the files transferred.
    pub bytes: u64,
    /// Entries skipped (not regular files, or names that cannot be local paths).
    pub skipped: Vec<String>,
}

/// Joins a remote prefix and a relative name with one `/`.
fn remote_name(prefix: &str, relative: &str) -> String {
    let prefix = prefix.trim_end_matches('/');
    if prefix.is_empty() {
        relative.to_owned()
    } else if relative.is_empty() {
        prefix.to_owned()
    } else {
        format!("{prefix}/{relative}")
    }
}

/// Every entry under `root`: (relative path with `/`, is a directory,
/// is a regular file), parents before children.
fn walk(root: &Path) -> Result<Vec<(String, bool, bool)>, TransferError> {
    let mut out = Vec::new();
    let mut stack = vec![(root.to_path_buf(), String::new())];
    while let Some((dir, relative)) = stack.pop() {
        let mut entries: Vec<_> = std::fs::read_dir(&dir)
            .map_err(|e| TransferError::local(&dir, e))?
            .collect::<Result<_, _>>()
            .map_err(|e| TransferError::local(&dir, e))?;
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path();
            let rel = if relative.is_empty() {
                name
            } else {
                format!("{relative}/{name}")
            };
            let kind = entry
                .file_type()
                .map_err(|e| TransferError::local(&path, e))?;
            if kind.is_dir() {
                out.push((rel.clone(), true, false));
                stack.push((path, rel));
            } else {
                // A symbolic link counts when it leads to a regular file; a
                // link to a directory is skipped (it could loop).
                let is_file = std::fs::metadata(&path).is_ok_and(|m| m.is_file());
                out.push((rel, false, is_file));
            }
        }
    }
    Ok(out)
}

/// The local path of a remote relative name, or `None` if it would leave
/// the target directory (`..`, absolute parts).
fn local_path(root: &Path, relative: &str) -> Option<PathBuf> {
    let mut path = root.to_path_buf();
    for part in relative.split('/').filter(|p| !p.is_empty() && *p != ".") {
        let part_path = Path::new(part);
        if part == ".."
            || part_path
                .components()
                .any(|c| !matches!(c, Component::Normal(_)))
        {
            return None;
        }
        path.push(part);
    }
    Some(path)
}

impl PithosClient {
    /// Uploads the directory `local` recursively under `prefix` (empty: the
    /// container's root). A marker object is made for `prefix` and for every
    /// subdirectory.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let report = client.upload_tree("backups", "home", std::path::Path::new("/home/me"), &Default::default()).await?;
    /// println!("{} files, {} directories", report.files, report.directories);
    /// # Ok(()) }
    /// ```
    pub async fn upload_tree(
        &self,
        container: &str,
        prefix: &str,
        local: &Path,
        options: &UploadOptions,
    ) -> Result<TreeReport, TransferError> {
        let root = local.to_path_buf();
        let entries = tokio::task::spawn_blocking(move || walk(&root))
            .await
            .map_err(TransferError::worker)??;
        let mut options = options.clone();
        if options.block_params.is_none()
            && let crate::swift::Backend::Pithos(params) = self.backend(container).await?
        {
            options.block_params = Some(params);
        }
        let mut report = TreeReport::default();
        if !prefix.trim_end_matches('/').is_empty() {
            self.create_directory(container, prefix.trim_end_matches('/'))
                .await?;
            report.directories += 1;
        }
        for (relative, is_dir, is_file) in entries {
            let name = remote_name(prefix, &relative);
            if is_dir {
                self.create_directory(container, &name).await?;
                report.directories += 1;
            } else if is_file {
                let path = local.join(&relative);
                let done = self
                    .upload_object(container, &name, &path, &options)
                    .await?;
                report.files += 1;
                report.bytes += done.bytes;
            } else {
                report.skipped.push(relative);
            }
        }
        Ok(report)
    }

    /// Downloads every object under `prefix/` (everything if `prefix` is
    /// empty) into the directory `local`, creating directories as needed.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let report = client.download_tree("backups", "home", std::path::Path::new("restore"), &Default::default()).await?;
    /// println!("{} files", report.files);
    /// # Ok(()) }
    /// ```
    pub async fn download_tree(
        &self,
        container: &str,
        prefix: &str,
        local: &Path,
        options: &DownloadOptions,
    ) -> Result<TreeReport, TransferError> {
        let base = prefix.trim_end_matches('/');
        let list_prefix = if base.is_empty() {
            None
        } else {
            Some(format!("{base}/"))
        };
        let listing_options = ListOptions {
            prefix: list_prefix.clone(),
            ..ListOptions::default()
        };
        tokio::fs::create_dir_all(local)
            .await
            .map_err(|e| TransferError::local(local, e))?;
        let mut report = TreeReport::default();
        let listing = self.list_objects(container, &listing_options);
        let mut listing = std::pin::pin!(listing);
        while let Some(entry) = listing.next().await {
            let ListingEntry::Object(entry) = entry? else {
                continue;
            };
            let relative = match &list_prefix {
                Some(p) => entry.name.strip_prefix(p.as_str()).unwrap_or(&entry.name),
                None => entry.name.as_str(),
            };
            let Some(path) = local_path(local, relative) else {
                report.skipped.push(entry.name.clone());
                continue;
            };
            if entry.is_directory() || relative.ends_with('/') {
                tokio::fs::create_dir_all(&path)
                    .await
                    .map_err(|e| TransferError::local(&path, e))?;
                report.directories += 1;
                continue;
            }
            if let Some(parent) = path.parent() {
                tokio::fs::create_dir_all(parent)
                    .await
                    .map_err(|e| TransferError::local(parent, e))?;
            }
            let done = self
                .download_object(container, &entry.name, &path, options)
                .await?;
            report.files += 1;
            report.bytes += done.bytes;
        }
        Ok(report)
    }

    /// Deletes `prefix` and everything under `prefix/` (server side, with
    /// `delimiter=/`). Without a marker object named `prefix` the server
    /// refuses that form, so the objects are then listed and deleted one by
    /// one. Returns how many objects were deleted by listing (0 when the
    /// server did it all).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// client.delete_tree("backups", "home").await?;
    /// # Ok(()) }
    /// ```
    pub async fn delete_tree(&self, container: &str, prefix: &str) -> Result<usize, TransferError> {
        let base = prefix.trim_end_matches('/');
        let recursive = DeleteOptions {
            delimiter: Some('/'),
            ..DeleteOptions::default()
        };
        match self.del_object(container, base, &recursive).await {
            Ok(()) => return Ok(0),
            Err(e) if e.kind() == Some(ErrorKind::NotFound) => {}
            Err(e) => return Err(e.into()),
        }
        let options = ListOptions {
            prefix: Some(format!("{base}/")),
            ..ListOptions::default()
        };
        let mut deleted = 0;
        loop {
            // Delete page by page; each pass lists from the start again.
            let mut names = Vec::new();
            {
                let listing = self.list_objects(container, &options);
                let mut listing = std::pin::pin!(listing);
                while let Some(entry) = listing.next().await {
                    if let ListingEntry::Object(o) = entry? {
                        names.push(o.name);
                    }
                    if names.len() >= 1000 {
                        break;
                    }
                }
            }
            if names.is_empty() {
                return Ok(deleted);
            }
            for name in names {
                match self
                    .del_object(container, &name, &DeleteOptions::default())
                    .await
                {
                    Ok(()) => deleted += 1,
                    Err(e) if e.kind() == Some(ErrorKind::NotFound) => {}
                    Err(e) => return Err(e.into()),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remote_names_and_local_paths() {
        assert_eq!(remote_name("", "a/b"), "a/b");
        assert_eq!(remote_name("dir/", "a"), "dir/a");
        let root = Path::new("/t");
        assert_eq!(local_path(root, "a//b"), Some(PathBuf::from("/t/a/b")));
        assert_eq!(local_path(root, "a/../b"), None);
    }
}
