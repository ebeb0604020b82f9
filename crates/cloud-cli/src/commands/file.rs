//! `kamaki file …`: listing, information, directories, deletion, sharing,
//! metadata and publishing. Transfers are in [`super::file_transfer`],
//! copy and move in [`super::file_copy`].

use cloud_core::ErrorKind;
use cloud_pithos::ListOptions;
use cloud_pithos::models::{ListingEntry, Sharing};
use futures_util::StreamExt;
use serde_json::{Value, json};

use super::pithos::{Location, Store, epoch, human_size, key_values, parse_date};
use super::{Ctx, ask_user, note};
use crate::args::Change;
use crate::args::pithos::{File, Place};
use crate::dry_run::is_dry_run_stop;
use crate::errors::{CliError, CliResult};
use crate::output::{Data, Format, to_value};

/// Whether a content type is a directory marker's.
pub fn is_directory_type(content_type: Option<&str>) -> bool {
    matches!(
        content_type.map(|t| t.split(';').next().unwrap_or(t).trim()),
        Some("application/directory" | "application/folder")
    )
}

/// The end of a changing call: `Ok(None)` in a dry run, errors with hints.
pub async fn changed<T>(
    store: &Store,
    change: &Change,
    location: &Location,
    result: Result<T, cloud_core::Error>,
) -> CliResult<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(e) if change.dry_run && is_dry_run_stop(&e) => {
            eprintln!("kamaki: dry run: nothing was sent");
            Ok(None)
        }
        Err(e) => Err(store.err(location, e).await),
    }
}

/// Asks before a destructive step unless `--yes` (or a dry run).
pub fn confirm(change: &Change, question: &str) -> CliResult {
    if change.yes || change.dry_run || ask_user(question) {
        return Ok(());
    }
    Err(CliError::api("Aborted").hint("Nothing was changed; give -y/--yes to answer yes"))
}

/// A result record of a changing command, or nothing in a dry run.
fn result(done: Option<()>, value: Value) -> Data {
    match done {
        Some(()) => Data::Object(value),
        None => Data::None,
    }
}

/// Runs a `file` command.
pub async fn run(ctx: &mut Ctx<'_>, cmd: File, place: &Place) -> CliResult<Data> {
    let dry_run = match &cmd {
        File::Create { change, .. }
        | File::Mkdir { change, .. }
        | File::Delete { change, .. }
        | File::Upload { change, .. }
        | File::Modify { change, .. }
        | File::Publish { change, .. }
        | File::Unpublish { change, .. }
        | File::Append { change, .. }
        | File::Truncate { change, .. }
        | File::Overwrite { change, .. } => change.dry_run,
        File::Copy(a) | File::Move(a) => a.change.dry_run,
        File::List { .. } | File::Info { .. } | File::Download { .. } | File::Cat { .. } => false,
    };
    let mut store = Store::open(ctx, dry_run).await?;
    store.place(place).await?;
    let store = store;
    let table = ctx.global.output_format.unwrap_or(Format::Table) == Format::Table;
    match cmd {
        File::List {
            location,
            details,
            limit,
            marker,
            delimiter,
            meta,
            until,
            shared_by_me,
            public,
            name,
            name_prefix,
            name_suffix,
            name_like,
            if_modified_since,
            if_unmodified_since,
        } => {
            store.pithos_only(
                shared_by_me || public,
                "sharing or publishing of objects",
                "Swift shares whole containers through ACLs; list everything: kamaki file list",
            )?;
            store.pithos_only(
                !meta.is_empty(),
                "listing by metadata (--meta)",
                "List with name filters instead (--name, --name-prefix, --name-like …)",
            )?;
            store.pithos_only(
                until.is_some(),
                "container history (--until)",
                "To list the objects as they are now: kamaki file list",
            )?;
            store.pithos_only(
                if_modified_since.is_some() || if_unmodified_since.is_some(),
                "conditional listing (--if-modified-since, --if-unmodified-since)",
                "To list the objects: kamaki file list",
            )?;
            let location = store.locate(location.as_deref().unwrap_or(""))?;
            let mut options = ListOptions {
                delimiter,
                marker,
                meta,
                shared: shared_by_me,
                public,
                until: until.as_deref().map(|t| epoch("until", t)).transpose()?,
                ..ListOptions::default()
            };
            options.conditions.if_modified_since = if_modified_since
                .as_deref()
                .map(|t| parse_date("if-modified-since", t))
                .transpose()?;
            options.conditions.if_unmodified_since = if_unmodified_since
                .as_deref()
                .map(|t| parse_date("if-unmodified-since", t))
                .transpose()?;
            options.prefix = directory_prefix(&store, &location).await?;
            let filters = NameFilters {
                contains: name.map(|s| s.to_lowercase()),
                prefix: name_prefix.map(|s| s.to_lowercase()),
                suffix: name_suffix.map(|s| s.to_lowercase()),
                like: name_like.map(|s| s.to_lowercase()),
            };
            let client = store.at(&location);
            let listing = client.list_objects(&location.container, &options);
            let mut listing = std::pin::pin!(listing);
            let mut rows = Vec::new();
            while let Some(entry) = listing.next().await {
                if limit.is_some_and(|n| rows.len() >= n) {
                    break;
                }
                let entry = match entry {
                    Ok(entry) => entry,
                    Err(e) => return Err(store.err(&location, e).await),
                };
                if !filters.keep(entry.name()) {
                    continue;
                }
                let mut row = match &entry {
                    ListingEntry::Subdir { subdir } => json!({"name": subdir, "subdir": true}),
                    ListingEntry::Object(o) => to_value(o)?,
                };
                if table {
                    let size = match &entry {
                        ListingEntry::Subdir { .. } => "D".to_owned(),
                        ListingEntry::Object(o) if o.is_directory() => "D".to_owned(),
                        ListingEntry::Object(o) => human_size(o.bytes),
                    };
                    if let Value::Object(map) = &mut row {
                        map.insert("size".into(), Value::String(size));
                    }
                }
                rows.push(row);
            }
            if rows.is_empty() {
                if location.path.is_empty() {
                    note(&format!("Container \"{}\" is empty", location.container));
                } else {
                    note(&format!("Directory {location} is empty"));
                }
            }
            let columns: &[&str] = if details && store.swift {
                &["name", "size", "content_type", "last_modified", "hash"]
            } else if details {
                &[
                    "name",
                    "size",
                    "content_type",
                    "last_modified",
                    "x_object_version",
                    "x_object_hash",
                ]
            } else {
                &["name", "size"]
            };
            let columns: &'static [&'static str] = if table { columns } else { &[] };
            Ok(Data::list(rows, columns))
        }
        File::Info {
            location,
            hashmap,
            sharing,
            metadata,
            object_versions,
            object_version,
            conditions: flags,
        } => {
            let location = store.locate(&location)?;
            require_path(&location, "info")?;
            store.pithos_only(
                hashmap,
                "hashmaps (--hashmap)",
                &format!("Swift checks objects by MD5, shown as etag: kamaki file info {location}"),
            )?;
            store.pithos_only(
                object_versions || object_version.is_some(),
                "object versions (--object-versions, --object-version)",
                &format!("To see the current object: kamaki file info {location}"),
            )?;
            store.pithos_only(
                sharing,
                "object sharing (--sharing)",
                "Swift shares whole containers through ACLs (X-Container-Read, X-Container-Write)",
            )?;
            let client = store.at(&location);
            let (c, p) = (location.container.as_str(), location.path.as_str());
            let version = object_version.as_deref();
            let conditions = super::pithos::conditions(&flags)?;
            let checked = if conditions == cloud_pithos::Conditions::default() {
                Ok(())
            } else if store.swift {
                // Swift honours the conditions on a HEAD.
                client.check_object_conditions(c, p, &conditions).await
            } else {
                // A HEAD cannot carry them here: a hashmap GET checks them.
                client
                    .get_object_hashmap(c, p, version, &conditions)
                    .await
                    .map(|_| ())
            };
            {
                match checked {
                    Ok(()) => {}
                    Err(e)
                        if matches!(
                            e.kind(),
                            Some(ErrorKind::NotModified | ErrorKind::PreconditionFailed)
                        ) =>
                    {
                        return Err(CliError::api(format!(
                            "{location}: the --if-* conditions do not hold ({})",
                            if e.kind() == Some(ErrorKind::NotModified) {
                                "not modified"
                            } else {
                                "precondition failed"
                            }
                        ))
                        .hint(format!("To see it anyway: kamaki file info {location}")));
                    }
                    Err(e) => return Err(store.err(&location, e).await),
                }
            }
            if hashmap {
                let answer = client
                    .get_object_hashmap(c, p, version, &Default::default())
                    .await;
                let (map, _) = match answer {
                    Ok(v) => v,
                    Err(e) => return Err(store.err(&location, e).await),
                };
                return Data::object(map);
            }
            if object_versions {
                let versions = match client.get_object_versionlist(c, p).await {
                    Ok(v) => v,
                    Err(e) => return Err(store.err(&location, e).await),
                };
                let rows = versions
                    .iter()
                    .map(to_value)
                    .collect::<CliResult<Vec<_>>>()?;
                return Ok(Data::list(rows, &["id", "timestamp"]));
            }
            let info = match client.get_object_info(c, p, version).await {
                Ok(info) => info,
                Err(e) => return Err(store.err(&location, e).await),
            };
            if sharing {
                let s = info.sharing.clone().unwrap_or_default();
                return Ok(Data::Object(json!({
                    "read": s.read,
                    "write": s.write,
                    "public_url": info.public_url,
                })));
            }
            if metadata {
                return Data::object(&info.meta);
            }
            let mut value = to_value(&info)?;
            if table && let Value::Object(map) = &mut value {
                map.remove("headers");
                map.retain(|_, v| !v.is_null());
            }
            Ok(Data::Object(value))
        }
        File::Create {
            location,
            content_type,
            change,
        } => {
            let location = store.locate(&location)?;
            require_path(&location, "create")?;
            let client = store.at(&location);
            let answer = client
                .create_object(&location.container, &location.path, content_type.as_deref())
                .await
                .map(|_| ());
            let done = changed(&store, &change, &location, answer).await?;
            Ok(result(
                done,
                json!({"location": location.to_string(), "created": true}),
            ))
        }
        File::Mkdir { location, change } => {
            let location = store.locate(&location)?;
            require_path(&location, "mkdir")?;
            let client = store.at(&location);
            let path = location.path.trim_end_matches('/').to_owned();
            let answer = client
                .create_directory(&location.container, &path)
                .await
                .map(|_| ());
            let done = changed(&store, &change, &location, answer).await?;
            Ok(result(
                done,
                json!({"location": location.with_path(path).to_string(), "created": true}),
            ))
        }
        File::Delete {
            location,
            recursive,
            delimiter,
            until,
            change,
        } => delete(&store, &location, recursive, delimiter, until, &change).await,
        File::Modify {
            location,
            permissions,
            no_permissions,
            metadata_add,
            metadata_del,
            change,
        } => {
            let location = store.locate(&location)?;
            require_path(&location, "modify")?;
            if permissions.read.is_empty()
                && permissions.write.is_empty()
                && !no_permissions
                && metadata_add.is_empty()
                && metadata_del.is_empty()
            {
                return Err(CliError::usage("Nothing to modify").hint(
                    "Give --read-permission, --write-permission, --no-permissions, --metadata-add or --metadata-del",
                ));
            }
            store.pithos_only(
                !permissions.read.is_empty() || !permissions.write.is_empty() || no_permissions,
                "object sharing (--read-permission, --write-permission, --no-permissions)",
                "Swift shares whole containers through ACLs (X-Container-Read, X-Container-Write)",
            )?;
            let client = store.at(&location);
            let (c, p) = (location.container.as_str(), location.path.as_str());
            let mut meta = key_values("metadata-add", &metadata_add)?;
            for key in metadata_del {
                meta.insert(key, String::new());
            }
            let answer: Result<(), cloud_core::Error> = async {
                if no_permissions {
                    client.del_object_sharing(c, p).await?;
                } else if !permissions.read.is_empty() || !permissions.write.is_empty() {
                    // Accumulative, as kamaki: the new grants join the old.
                    let mut sharing = client.get_object_sharing(c, p).await?;
                    add_all(&mut sharing.read, &permissions.read);
                    add_all(&mut sharing.write, &permissions.write);
                    client.set_object_sharing(c, p, &sharing).await?;
                }
                if !meta.is_empty() {
                    client.set_object_meta(c, p, &meta).await?;
                }
                Ok(())
            }
            .await;
            let Some(()) = changed(&store, &change, &location, answer).await? else {
                return Ok(Data::None);
            };
            let info = match client.get_object_info(c, p, None).await {
                Ok(info) => info,
                Err(e) => return Err(store.err(&location, e).await),
            };
            if store.swift {
                return Ok(Data::Object(json!({
                    "location": location.to_string(),
                    "metadata": info.meta,
                })));
            }
            let s: Sharing = info.sharing.unwrap_or_default();
            Ok(Data::Object(json!({
                "location": location.to_string(),
                "read": s.read,
                "write": s.write,
                "metadata": info.meta,
            })))
        }
        File::Publish { location, change } => {
            let location = store.locate(&location)?;
            require_path(&location, "publish")?;
            store.pithos_only(true, "publishing of single objects", PUBLISH_HINT)?;
            let client = store.at(&location);
            let answer = client
                .publish_object(&location.container, &location.path)
                .await;
            match changed(&store, &change, &location, answer).await? {
                Some(url) => Ok(Data::Scalar {
                    key: "public_url".into(),
                    value: url,
                }),
                None => Ok(Data::None),
            }
        }
        File::Unpublish { location, change } => {
            let location = store.locate(&location)?;
            require_path(&location, "unpublish")?;
            store.pithos_only(true, "publishing of single objects", PUBLISH_HINT)?;
            let client = store.at(&location);
            let answer = client
                .unpublish_object(&location.container, &location.path)
                .await;
            let done = changed(&store, &change, &location, answer).await?;
            Ok(result(
                done,
                json!({"location": location.to_string(), "public": false}),
            ))
        }
        File::Copy(args) => super::file_copy::run(&store, args, false).await,
        File::Move(args) => super::file_copy::run(&store, args, true).await,
        cmd => super::file_transfer::run(&store, cmd).await,
    }
}

/// What to do on Swift instead of publishing one object.
pub const PUBLISH_HINT: &str = "Swift publishes whole containers: anyone may read one with the ACL .r:* (swift post -r '.r:*' CONTAINER)";

/// Adds the new entries to a list, keeping it free of repeats.
fn add_all(list: &mut Vec<String>, new: &[String]) {
    for item in new {
        if !list.contains(item) {
            list.push(item.clone());
        }
    }
}

/// A command that needs an object path, not a container.
pub fn require_path(location: &Location, command: &str) -> CliResult {
    if location.path.trim_end_matches('/').is_empty() {
        return Err(CliError::usage(format!(
            "Invalid or incomplete location {location}: no object path"
        ))
        .hint("Location format: [[pithos://UUID]/CONTAINER/]PATH")
        .hint(format!(
            "For example: kamaki file {command} /{}/PATH",
            location.container
        )));
    }
    Ok(())
}

/// The prefix to list under a location: nothing for a container, `PATH/`
/// for a directory (a marker object or only a common prefix); an object
/// that is a file is an error.
async fn directory_prefix(store: &Store, location: &Location) -> CliResult<Option<String>> {
    let path = location.path.trim_end_matches('/');
    if path.is_empty() {
        // The container must exist (an empty listing would hide a typo).
        if let Err(e) = store
            .at(location)
            .get_container_info(&location.container, None)
            .await
        {
            return Err(store.err(location, e).await);
        }
        return Ok(None);
    }
    match store
        .at(location)
        .get_object_info(&location.container, path, None)
        .await
    {
        Ok(info) if !is_directory_type(info.content_type.as_deref()) => Err(CliError::api(
            format!("Object {location} is not a directory"),
        )
        .hint("To list a directory: kamaki file list [/CONTAINER/]DIRECTORY")
        .hint(format!("To see the object: kamaki file info {location}"))),
        Ok(_) => Ok(Some(format!("{path}/"))),
        Err(e) if e.kind() == Some(ErrorKind::NotFound) => {
            // No marker object: a virtual directory, if the container exists.
            if let Err(e) = store
                .at(location)
                .get_container_info(&location.container, None)
                .await
            {
                return Err(store.err(location, e).await);
            }
            Ok(Some(format!("{path}/")))
        }
        Err(e) => Err(store.err(location, e).await),
    }
}

/// The client-side name filters of `file list` (case-insensitive).
struct NameFilters {
    contains: Option<String>,
    prefix: Option<String>,
    suffix: Option<String>,
    like: Option<String>,
}

impl NameFilters {
    fn keep(&self, name: &str) -> bool {
        let name = name.to_lowercase();
        self.contains
            .as_ref()
            .is_none_or(|s| name.contains(s.as_str()))
            && self
                .prefix
                .as_ref()
                .is_none_or(|s| name.starts_with(s.as_str()))
            && self
                .suffix
                .as_ref()
                .is_none_or(|s| name.ends_with(s.as_str()))
            && self
                .like
                .as_ref()
                .is_none_or(|s| glob(s.as_bytes(), name.as_bytes()))
    }
}

/// `*` and `?` matching.
fn glob(pattern: &[u8], text: &[u8]) -> bool {
    match (pattern.first(), text.first()) {
        (None, None) => true,
        (Some(b'*'), _) => {
            glob(&pattern[1..], text) || (!text.is_empty() && glob(pattern, &text[1..]))
        }
        (Some(b'?'), Some(_)) => glob(&pattern[1..], &text[1..]),
        (Some(p), Some(t)) if p == t => glob(&pattern[1..], &text[1..]),
        _ => false,
    }
}

/// `file delete`: an object (and with -r what is under it), or with no
/// path, every object of the container.
async fn delete(
    store: &Store,
    location: &str,
    recursive: bool,
    delimiter: Option<char>,
    until: Option<String>,
    change: &Change,
) -> CliResult<Data> {
    let location = store.locate(location)?;
    store.pithos_only(
        until.is_some(),
        "version history to purge (--until)",
        &format!("To delete the object itself: kamaki file delete {location}"),
    )?;
    let client = store.at(&location);
    let until = until.as_deref().map(|t| epoch("until", t)).transpose()?;
    let path = location.path.trim_end_matches('/').to_owned();
    if path.is_empty() {
        if let Err(e) = client.get_container_info(&location.container, None).await {
            return Err(store.err(&location, e).await);
        }
        confirm(change, &format!("Empty container {location} ?"))?;
        let options = cloud_pithos::DeleteOptions {
            until,
            delimiter: Some('/'),
        };
        let answer = client.del_container(&location.container, &options).await;
        let done = changed(store, change, &location, answer).await?;
        return Ok(result(
            done,
            json!({"container": location.container, "emptied": true}),
        ));
    }
    let marker = client
        .get_object_info(&location.container, &path, None)
        .await;
    // What lies under it (one page is enough to count for the warning).
    let options = ListOptions {
        prefix: Some(format!("{path}/")),
        page_size: Some(1000),
        ..ListOptions::default()
    };
    let under: Vec<_> = client
        .list_objects(&location.container, &options)
        .take(1000)
        .collect()
        .await;
    let under = under.len();
    match marker {
        Ok(_) => {}
        // A directory without a marker object: -r deletes what is under it.
        Err(e) if recursive && under > 0 && e.kind() == Some(ErrorKind::NotFound) => {}
        Err(e) => return Err(store.err(&location, e).await),
    }
    if under > 0 {
        note(&format!(
            "* {under} other object(s) with {path}/ as prefix found"
        ));
        if recursive {
            note(&format!("The above {under} object(s) will be deleted, too"));
        } else {
            note(&format!(
                "The above {under} object(s) will be preserved, but the directory structure will become inconsistent"
            ));
        }
    }
    confirm(change, &format!("Delete {location} ?"))?;
    let done = if recursive && until.is_none() {
        // Server side with delimiter=/, or object by object without a marker.
        match client.delete_tree(&location.container, &path).await {
            Ok(_) => Some(()),
            Err(cloud_pithos::TransferError::Api(e)) => {
                changed(store, change, &location, Err(e)).await?
            }
            Err(e) => return Err(store.terr(&location, e).await),
        }
    } else {
        let options = cloud_pithos::DeleteOptions {
            until,
            delimiter: if recursive { Some('/') } else { delimiter },
        };
        let answer = client
            .del_object(&location.container, &path, &options)
            .await;
        changed(store, change, &location, answer).await?
    };
    Ok(result(
        done,
        json!({"location": location.with_path(path).to_string(), "deleted": true}),
    ))
}

#[cfg(test)]
mod tests {
    use super::glob;

    #[test]
    fn glob_patterns() {
        assert!(glob(b"*.txt", b"a/b.txt"));
        assert!(glob(b"a?c", b"abc"));
        assert!(!glob(b"a?c", b"ac"));
        assert!(glob(b"*", b""));
    }
}
