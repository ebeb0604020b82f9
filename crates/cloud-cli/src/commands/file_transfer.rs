//! `kamaki file upload|download|cat|append|truncate|overwrite`: the
//! transfer engine of cloud-pithos behind kamaki's rules for names,
//! overwriting and resuming (PITHOS.md §5.2), with progress bars.

use std::path::{Path, PathBuf};

use cloud_core::ErrorKind;
use cloud_pithos::ListOptions;
use cloud_pithos::TransferError;
use cloud_pithos::download::{DownloadOptions, parse_ranges};
use cloud_pithos::models::Sharing;
use cloud_pithos::stream::CatOptions;
use cloud_pithos::upload::UploadOptions;
use futures_util::StreamExt;
use serde_json::json;

use super::file::{changed, is_directory_type, require_path};
use super::note;
use super::pithos::{Location, Store, conditions, human_size};
use crate::args::Change;
use crate::args::pithos::File;
use crate::dry_run::is_dry_run_stop;
use crate::errors::{CliError, CliResult};
use crate::output::Data;
use crate::progress::Bars;

/// Runs the transfer commands of `file` (the others never get here).
pub async fn run(store: &Store, cmd: File) -> CliResult<Data> {
    match cmd {
        File::Upload {
            local,
            location,
            recursive,
            force,
            content_type,
            content_encoding,
            content_disposition,
            permissions,
            public,
            unchunked,
            etag,
            source_is_hashmap,
            segment_size,
            transfer,
            change,
        } => {
            store.pithos_only(
                !permissions.read.is_empty() || !permissions.write.is_empty(),
                "object sharing (--read-permission, --write-permission)",
                "Swift shares whole containers through ACLs (X-Container-Read, X-Container-Write)",
            )?;
            store.pithos_only(
                public,
                "publishing of single objects (--public)",
                super::file::PUBLISH_HINT,
            )?;
            store.pithos_only(
                source_is_hashmap,
                "hashmaps (--source-is-hashmap)",
                "Upload the file itself: kamaki file upload LOCAL [DESTINATION]",
            )?;
            store.swift_only(
                segment_size.is_some(),
                "--segment-size",
                "Pithos+ stores every file in blocks of the container's block size; leave the option out",
            )?;
            let segment_size = segment_size
                .map(|text| super::pithos::parse_size("segment-size", &text))
                .transpose()?;
            let sharing = Sharing {
                read: permissions.read,
                write: permissions.write,
            };
            let options = UploadOptions {
                concurrency: transfer.threads.map_or(8, usize::from),
                content_type,
                content_encoding,
                content_disposition,
                sharing: (!sharing.is_empty()).then_some(sharing),
                public: public.then_some(true),
                segment_size,
                ..UploadOptions::default()
            };
            if source_is_hashmap {
                return from_hashmap(store, &local, location.as_deref(), force, &options, &change)
                    .await;
            }
            let upload = Upload {
                store,
                local: &local,
                force,
                options,
                bars: Bars::new(transfer.no_progress),
                change: &change,
            };
            upload
                .run(location.as_deref(), recursive, unchunked.then_some(etag))
                .await
        }
        File::Download {
            location,
            local,
            recursive,
            resume,
            range,
            conditions: flags,
            object_version,
            transfer,
        } => {
            let location = store.locate(&location)?;
            store.pithos_only(
                object_version.is_some(),
                "object versions (--object-version)",
                &format!("To download the current object: kamaki file download {location}"),
            )?;
            let options = DownloadOptions {
                concurrency: transfer.threads.map_or(8, usize::from),
                resume,
                version: object_version,
                range: range.as_deref().map(ranges).transpose()?,
                conditions: conditions(&flags)?,
                ..DownloadOptions::default()
            };
            let bars = Bars::new(transfer.no_progress);
            let result = download(store, &location, local, recursive, options, &bars).await;
            bars.clear();
            result
        }
        File::Cat {
            location,
            range,
            conditions: flags,
            object_version,
            buffer_blocks,
        } => {
            let location = store.locate(&location)?;
            require_path(&location, "cat")?;
            store.pithos_only(
                object_version.is_some(),
                "object versions (--object-version)",
                &format!("To print the current object: kamaki file cat {location}"),
            )?;
            let options = CatOptions {
                concurrency: buffer_blocks.map_or(4, usize::from),
                range: range.as_deref().map(ranges).transpose()?,
                version: object_version,
                conditions: conditions(&flags)?,
            };
            let mut stdout = tokio::io::stdout();
            let answer = store
                .at(&location)
                .cat_object(&location.container, &location.path, &mut stdout, &options)
                .await;
            match answer {
                Ok(_) => Ok(Data::None),
                // A closed pipe (`| head`) is not an error worth a message.
                Err(TransferError::Local { source, .. })
                    if source.kind() == std::io::ErrorKind::BrokenPipe =>
                {
                    Ok(Data::None)
                }
                Err(e) => Err(store.terr(&location, e).await),
            }
        }
        File::Append {
            local,
            location,
            transfer,
            change,
        } => {
            let location = store.locate(&location)?;
            require_path(&location, "append")?;
            store.pithos_only(true, "partial updates of objects (append)", PARTIAL_HINT)?;
            let bars = Bars::new(transfer.no_progress);
            let answer = store
                .at(&location)
                .append_object(
                    &location.container,
                    &location.path,
                    &local,
                    &bars.progress(&location.to_string()),
                )
                .await;
            bars.clear();
            if transferred(store, &change, &location, answer)
                .await?
                .is_none()
            {
                return Ok(Data::None);
            }
            after(store, &location).await
        }
        File::Truncate {
            location,
            size,
            change,
        } => {
            let location = store.locate(&location)?;
            require_path(&location, "truncate")?;
            store.pithos_only(true, "partial updates of objects (truncate)", PARTIAL_HINT)?;
            let answer = store
                .at(&location)
                .truncate_object(&location.container, &location.path, size)
                .await;
            let answer = match answer {
                Err(e)
                    if matches!(
                        e.kind(),
                        Some(ErrorKind::BadRequest | ErrorKind::RangeNotSatisfiable)
                    ) =>
                {
                    return Err(range_refused(&location, size));
                }
                other => other,
            };
            if changed(store, &change, &location, answer).await?.is_none() {
                return Ok(Data::None);
            }
            after(store, &location).await
        }
        File::Overwrite {
            local,
            location,
            start,
            end,
            transfer,
            change,
        } => {
            let location = store.locate(&location)?;
            require_path(&location, "overwrite")?;
            store.pithos_only(true, "partial updates of objects (overwrite)", PARTIAL_HINT)?;
            let bars = Bars::new(transfer.no_progress);
            let answer = store
                .at(&location)
                .overwrite_object(
                    &location.container,
                    &location.path,
                    start,
                    end,
                    &local,
                    &bars.progress(&location.to_string()),
                )
                .await;
            bars.clear();
            let answer = match answer {
                Err(TransferError::Invalid(message)) => {
                    return Err(CliError::usage(message)
                        .hint(format!("To see its size: kamaki file info {location}")));
                }
                Err(e)
                    if matches!(
                        e.kind(),
                        Some(ErrorKind::BadRequest | ErrorKind::RangeNotSatisfiable)
                    ) =>
                {
                    return Err(range_refused(&location, end));
                }
                other => other,
            };
            if transferred(store, &change, &location, answer)
                .await?
                .is_none()
            {
                return Ok(Data::None);
            }
            after(store, &location).await
        }
        _ => Ok(Data::None),
    }
}

/// `file upload --source-is-hashmap`: one hashmap PUT; the server must
/// already hold every block.
async fn from_hashmap(
    store: &Store,
    local: &Path,
    location: Option<&str>,
    force: bool,
    options: &UploadOptions,
    change: &Change,
) -> CliResult<Data> {
    let text = std::fs::read_to_string(local).map_err(|e| {
        CliError::api(format!(
            "Failed to access a local file: {}: {e}",
            local.display()
        ))
        .hint("Check that the path exists and is readable")
    })?;
    let map: cloud_pithos::models::Hashmap = serde_json::from_str(&text).map_err(|e| {
        CliError::usage(format!("{} is not a hashmap: {e}", local.display())).hint(
            "Give the JSON that `kamaki file info LOCATION --hashmap --output-format json` prints",
        )
    })?;
    let mut location = store.locate(location.unwrap_or(""))?;
    if location.path.is_empty() || location.path.ends_with('/') {
        location.path = format!("{}{}", location.path, local_basename(local)?);
    }
    let client = store.at(&location);
    let (c, p) = (location.container.as_str(), location.path.as_str());
    match client.get_container_info(c, None).await {
        Ok(info) if info.block_size.is_some_and(|b| b != map.block_size) => {
            return Err(CliError::usage(format!(
                "The hashmap's block size ({}) is not the container's ({})",
                map.block_size,
                info.block_size.unwrap_or_default()
            ))
            .hint("Upload the data itself, or into a container with that block size"));
        }
        Ok(_) => {}
        Err(e) => return Err(store.err(&location, e).await),
    }
    if !force && client.get_object_info(c, p, None).await.is_ok() {
        return Err(
            CliError::api(format!("Object {location} already exists")).hint("Use -f to overwrite")
        );
    }
    let answer = client
        .put_hashmap(c, p, map.bytes, &map.hashes, options)
        .await;
    match changed(store, change, &location, answer).await? {
        None => Ok(Data::None),
        Some(cloud_pithos::upload::PutHashmap::Missing(missing)) => Err(CliError::api(format!(
            "The server lacks {} block(s) of this hashmap: nothing was created",
            missing.len()
        ))
        .hint("Upload the data itself: kamaki file upload FILE LOCATION")),
        Some(cloud_pithos::upload::PutHashmap::Created(_)) => after(store, &location).await,
    }
}

/// The object after a partial update: its new size and hash (a HEAD; the
/// update's reply does not say them).
async fn after(store: &Store, location: &Location) -> CliResult<Data> {
    match store
        .at(location)
        .get_object_info(&location.container, &location.path, None)
        .await
    {
        Ok(info) => Ok(Data::Object(json!({
            "location": location.to_string(),
            "bytes": info.bytes,
            "hash": info.hash,
        }))),
        Err(e) => Err(store.err(location, e).await),
    }
}

/// kamaki's message when the server refuses a position.
fn range_refused(location: &Location, position: u64) -> CliError {
    CliError::api(format!(
        "Remote object {}:{} <= {position}",
        location.container, location.path
    ))
    .hint(format!("To see its size: kamaki file info {location}"))
}

/// `--range` parsed, as a usage error when malformed.
/// What to do on Swift instead of changing part of an object.
const PARTIAL_HINT: &str =
    "Swift replaces objects whole: download it, change it, and upload it again with -f";

fn ranges(text: &str) -> CliResult<Vec<cloud_pithos::download::ByteRange>> {
    parse_ranges(text).map_err(|e| {
        CliError::usage(format!("--range {text}: {e}"))
            .hint("Give FROM-TO, FROM-, -LAST or a comma-separated list of them, e.g. 0-99,200-")
    })
}

/// The end of a changing transfer: `Ok(None)` in a dry run.
async fn transferred<T>(
    store: &Store,
    change: &Change,
    location: &Location,
    result: Result<T, TransferError>,
) -> CliResult<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(TransferError::Api(e)) => changed(store, change, location, Err(e)).await,
        Err(e) => Err(store.terr(location, e).await),
    }
}

/// A content type guessed from a file name (the common cases of Python's
/// `mimetypes`); never an encoding (a `.gz` is `application/gzip`, not
/// `Content-Encoding: gzip`, which would make browsers unpack it).
pub fn guess_content_type(path: &Path) -> Option<&'static str> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "txt" | "text" | "log" | "conf" => "text/plain",
        "html" | "htm" => "text/html",
        "css" => "text/css",
        "csv" => "text/csv",
        "md" => "text/markdown",
        "xml" => "application/xml",
        "json" => "application/json",
        "js" => "application/javascript",
        "pdf" => "application/pdf",
        "zip" => "application/zip",
        "gz" | "tgz" => "application/gzip",
        "tar" => "application/x-tar",
        "bz2" => "application/x-bzip2",
        "xz" => "application/x-xz",
        "iso" => "application/x-iso9660-image",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        "mp3" => "audio/mpeg",
        "mp4" => "video/mp4",
        _ => return None,
    })
}

/// The last component of a local path, for a remote name.
fn local_basename(path: &Path) -> CliResult<String> {
    path.file_name()
        .and_then(|n| n.to_str())
        .map(str::to_owned)
        .or_else(|| {
            // `.` or `dir/..`: the directory's real name.
            std::fs::canonicalize(path)
                .ok()
                .and_then(|p| p.file_name().and_then(|n| n.to_str()).map(str::to_owned))
        })
        .ok_or_else(|| {
            CliError::usage(format!("Cannot name an object after {}", path.display()))
                .hint("Give the remote location: kamaki file upload LOCAL /CONTAINER/PATH")
        })
}

/// One `file upload`.
struct Upload<'a> {
    store: &'a Store,
    local: &'a Path,
    force: bool,
    options: UploadOptions,
    bars: Bars,
    change: &'a Change,
}

impl Upload<'_> {
    async fn run(
        mut self,
        location: Option<&str>,
        recursive: bool,
        unchunked: Option<Option<String>>,
    ) -> CliResult<Data> {
        let store = self.store;
        let meta = std::fs::metadata(self.local).map_err(|e| {
            CliError::api(format!(
                "Failed to access a local file: {}: {e}",
                self.local.display()
            ))
            .hint("Check that the path exists and is readable")
        })?;
        let basename = local_basename(self.local)?;
        let mut location = match location {
            Some(text) => store.locate(text)?,
            None => store.locate("")?,
        };
        let client = store.at(&location);
        let container = match client.get_container_info(&location.container, None).await {
            Ok(info) => info,
            Err(e) => return Err(store.err(&location, e).await),
        };
        // kamaki: a local directory named with a trailing `/` (or `.`)
        // puts its contents at the remote path itself, not under its name.
        let contents_only = meta.is_dir() && {
            let text = self.local.as_os_str().to_string_lossy();
            text.ends_with(std::path::MAIN_SEPARATOR)
                || text.ends_with('/')
                || self.local.file_name().is_none()
        };
        if contents_only {
            location.path = location.path.trim_end_matches('/').to_owned();
        } else if location.path.is_empty() || location.path.ends_with('/') {
            location.path = format!("{}{basename}", location.path);
        } else if let Ok(info) = client
            .get_object_info(&location.container, &location.path, None)
            .await
            && is_directory_type(info.content_type.as_deref())
            && meta.is_file()
        {
            location.path = format!("{}/{basename}", location.path);
        }
        if meta.is_dir() {
            if !recursive {
                return Err(
                    CliError::usage(format!("{} is a directory", self.local.display()))
                        .hint("Use -r to upload directories & contents"),
                );
            }
            return self.tree(location).await;
        }
        // Quota: the container's limit minus what it holds.
        if let (Some(limit), Some(used)) = (container.quota, container.bytes_used)
            && limit > 0
            && limit.saturating_sub(used) < meta.len()
        {
            return Err(CliError::api(format!(
                "Container {} (limit({limit}) - used({used})) < (size({}) of {})",
                location.container,
                meta.len(),
                self.local.display()
            ))
            .hint(format!(
                "To raise the limit: kamaki container modify {} --size-limit NEW_LIMIT",
                location.container
            ))
            .hint("To free space: kamaki file delete /CONTAINER/PATH"));
        }
        if !self.force {
            match client
                .get_object_info(&location.container, &location.path, None)
                .await
            {
                Ok(_) => {
                    return Err(CliError::api(format!("Object {location} already exists"))
                        .hint("Use -f to overwrite / resume"));
                }
                Err(e) if e.kind() == Some(ErrorKind::NotFound) => {}
                Err(e) => return Err(store.err(&location, e).await),
            }
        }
        if self.options.content_type.is_none() {
            self.options.content_type = guess_content_type(self.local).map(str::to_owned);
        }
        self.options.progress = self.bars.progress(&location.to_string());
        let (c, p) = (location.container.as_str(), location.path.as_str());
        let answer = match unchunked {
            Some(etag) => client
                .upload_object_unchunked(c, p, self.local, etag.as_deref(), &self.options)
                .await
                .map(|info| (info.bytes.unwrap_or(meta.len()), None, info.hash)),
            None => client
                .upload_object(c, p, self.local, &self.options)
                .await
                .map(|r| (r.bytes, Some((r.blocks, r.blocks_sent)), Some(r.top_hash))),
        };
        self.bars.clear();
        let Some((bytes, blocks, hash)) = self.finish(&location, answer).await? else {
            return Ok(Data::None);
        };
        note(&format!("{} --> {location}", self.local.display()));
        note("Upload completed");
        let mut value = json!({
            "location": location.to_string(),
            "bytes": bytes,
            "hash": hash,
        });
        if let Some((total, sent)) = blocks {
            value["blocks"] = json!(total);
            value["blocks_sent"] = json!(sent);
        }
        if self.options.public == Some(true) {
            value["public_url"] = json!(self.public_url(&location).await?);
        }
        Ok(Data::Object(value))
    }

    /// A dry run's stop is success; other errors get their hints.
    async fn finish<T>(
        &self,
        location: &Location,
        answer: Result<T, TransferError>,
    ) -> CliResult<Option<T>> {
        match answer {
            Ok(v) => Ok(Some(v)),
            Err(TransferError::Api(e)) if self.change.dry_run && is_dry_run_stop(&e) => {
                eprintln!("kamaki: dry run: nothing was sent");
                Ok(None)
            }
            Err(e) => Err(self.store.terr(location, e).await),
        }
    }

    async fn public_url(&self, location: &Location) -> CliResult<Option<String>> {
        match self
            .store
            .at(location)
            .get_object_info(&location.container, &location.path, None)
            .await
        {
            Ok(info) => Ok(info.public_url),
            Err(e) => Err(self.store.err(location, e).await),
        }
    }

    /// `upload -r`: the directory as `location` and everything in it.
    async fn tree(self, location: Location) -> CliResult<Data> {
        let store = self.store;
        let client = store.at(&location);
        let prefix = location.path.trim_end_matches('/').to_owned();
        if !self.force {
            let marker = if prefix.is_empty() {
                Err(None)
            } else {
                client
                    .get_object_info(&location.container, &prefix, None)
                    .await
                    .map_err(Some)
            };
            match marker {
                Ok(info) if !is_directory_type(info.content_type.as_deref()) => {
                    return Err(CliError::api(format!(
                        "Object {location} exists but is not a directory"
                    ))
                    .hint("Use -f to add, overwrite or resume"));
                }
                _ => {}
            }
            let options = ListOptions {
                prefix: (!prefix.is_empty()).then(|| format!("{prefix}/")),
                page_size: Some(10),
                ..ListOptions::default()
            };
            let existing: Vec<String> = client
                .list_objects(&location.container, &options)
                .take(10)
                .filter_map(|e| async move { e.ok().map(|e| e.name().to_owned()) })
                .collect()
                .await;
            if !existing.is_empty() {
                let mut e = CliError::api(format!("Objects already exist under {location}"));
                for name in &existing {
                    e = e.hint(format!("/{}/{name}", location.container));
                }
                return Err(e.hint("Use -f to add, overwrite or resume"));
            }
        }
        let mut options = self.options.clone();
        options.progress = self.bars.progress(&location.to_string());
        let answer = client
            .upload_tree(&location.container, &prefix, self.local, &options)
            .await;
        self.bars.clear();
        let Some(report) = self.finish(&location, answer).await? else {
            return Ok(Data::None);
        };
        for skipped in &report.skipped {
            note(&format!("{skipped}: not a regular file, skipped"));
        }
        note(&format!("{} --> {location}", self.local.display()));
        note("Upload completed");
        Ok(Data::Object(json!({
            "location": location.to_string(),
            "files": report.files,
            "directories": report.directories,
            "bytes": report.bytes,
            "skipped": report.skipped,
        })))
    }
}

/// `file download`.
async fn download(
    store: &Store,
    location: &Location,
    local: Option<PathBuf>,
    recursive: bool,
    mut options: DownloadOptions,
    bars: &Bars,
) -> CliResult<Data> {
    let client = store.at(location);
    let path = location.path.trim_end_matches('/');
    let is_dir = if path.is_empty() {
        if let Err(e) = client.get_container_info(&location.container, None).await {
            return Err(store.err(location, e).await);
        }
        if !recursive {
            return Err(CliError::usage(format!(
                "Cannot download container {}",
                location.container
            ))
            .hint(format!(
                "To download it all: kamaki file download -r /{} [LOCAL_PATH]",
                location.container
            )));
        }
        true
    } else {
        match client
            .get_object_info(&location.container, path, None)
            .await
        {
            Ok(info) => is_directory_type(info.content_type.as_deref()),
            Err(e) if recursive && e.kind() == Some(ErrorKind::NotFound) => true,
            Err(e) if e.kind() == Some(ErrorKind::NotFound) => {
                return Err(store
                    .not_found(location)
                    .await
                    .hint("The object must exist as a file or a directory")
                    .hint("To create a directory object: kamaki file mkdir /CONTAINER/PATH"));
            }
            Err(e) => return Err(store.err(location, e).await),
        }
    };
    if is_dir && !recursive {
        return Err(
            CliError::usage(format!("Remote object {location} is a directory"))
                .hint("Use -r to download directories"),
        );
    }
    let basename = location.basename().to_owned();
    let target = match local {
        Some(l) if l.is_dir() => l.join(&basename),
        Some(l) => l,
        None => PathBuf::from(&basename),
    };
    if is_dir {
        if target.exists() && !target.is_dir() {
            return Err(CliError::api(format!(
                "Cannot change local file {} into a directory",
                target.display()
            ))
            .hint("Give another local path"));
        }
        let occupied = std::fs::read_dir(&target).is_ok_and(|mut d| d.next().is_some());
        if occupied && !options.resume {
            return Err(CliError::api(format!(
                "Cannot overwrite {}: it already holds files",
                target.display()
            ))
            .hint("To overwrite/resume, use -f/--resume"));
        }
        options.progress = bars.progress(&location.to_string());
        let answer = client
            .download_tree(&location.container, path, &target, &options)
            .await;
        let report = match answer {
            Ok(r) => r,
            Err(e) => return Err(store.terr(location, e).await),
        };
        bars.clear();
        note(&format!("{location} --> {}", target.display()));
        note("Download completed");
        return Ok(Data::Object(json!({
            "location": location.to_string(),
            "local": target.display().to_string(),
            "files": report.files,
            "directories": report.directories,
            "bytes": report.bytes,
            "skipped": report.skipped,
        })));
    }
    if target.is_dir() {
        return Err(CliError::api(format!(
            "Cannot change local dir {} into a file",
            target.display()
        ))
        .hint("Give another local path"));
    }
    if target.exists() && !options.resume {
        return Err(
            CliError::api(format!("Cannot overwrite {}", target.display()))
                .hint("To overwrite/resume, use -f/--resume"),
        );
    }
    options.progress = bars.progress(&location.to_string());
    let answer = client
        .download_object(&location.container, path, &target, &options)
        .await;
    bars.clear();
    let report = match answer {
        Ok(r) => r,
        Err(e) => return Err(store.terr(location, e).await),
    };
    note(&format!("{location} --> {}", target.display()));
    note(&format!(
        "Download completed ({})",
        human_size(report.bytes)
    ));
    Ok(Data::Object(json!({
        "location": location.to_string(),
        "local": target.display().to_string(),
        "bytes": report.bytes,
        "blocks": report.blocks,
        "blocks_fetched": report.blocks_fetched,
        "blocks_kept": report.blocks_kept,
    })))
}
