//! `kamaki container …`: list, info, create, modify, delete, empty and
//! reassign (PITHOS.md §5.3).

use cloud_pithos::{ContainerListOptions, ContainerOptions, DeleteOptions};
use futures_util::StreamExt;
use serde_json::{Value, json};

use super::Ctx;
use super::file::{changed, confirm};
use super::pithos::{
    Location, Store, container_name, epoch, human_size, key_values, parse_date, parse_size,
};
use super::swift::QUOTA_BYTES;
use crate::args::pithos::{Container, File};
use crate::errors::{CliError, CliResult};
use crate::output::{Data, Format, to_value};

fn at(container: &str) -> Location {
    Location {
        account: None,
        container: container.to_owned(),
        path: String::new(),
    }
}

/// Runs a `container` command.
pub async fn run(ctx: &mut Ctx<'_>, cmd: Container) -> CliResult<Data> {
    if let Container::List {
        container: Some(container),
        details,
        limit,
        marker,
        shared_by_me,
        public,
        until,
        if_modified_since,
        if_unmodified_since,
        ..
    } = cmd
    {
        let name = container_name(&container)?;
        let list = File::List {
            location: Some(format!("/{name}")),
            details,
            limit,
            marker,
            delimiter: None,
            meta: vec![],
            until,
            shared_by_me,
            public,
            name: None,
            name_prefix: None,
            name_suffix: None,
            name_like: None,
            if_modified_since,
            if_unmodified_since,
        };
        return super::file::run(ctx, list, &Default::default()).await;
    }
    let dry_run = match &cmd {
        Container::Create { change, .. }
        | Container::Modify { change, .. }
        | Container::Delete { change, .. }
        | Container::Empty { change, .. }
        | Container::Reassign { change, .. } => change.dry_run,
        Container::List { .. } | Container::Info { .. } => false,
    };
    let store = Store::open(ctx, dry_run).await?;
    let table = ctx.global.output_format.unwrap_or(Format::Table) == Format::Table;
    let client = &store.client;
    match cmd {
        Container::List {
            details,
            limit,
            marker,
            recursive,
            shared_by_me,
            public,
            until,
            if_modified_since,
            if_unmodified_since,
            ..
        } => {
            store.pithos_only(
                shared_by_me || public,
                "sharing or publishing of objects",
                "Swift shares whole containers through ACLs; list them all: kamaki container list",
            )?;
            store.pithos_only(
                until.is_some(),
                "account history (--until)",
                "To list the containers as they are now: kamaki container list",
            )?;
            store.pithos_only(
                if_modified_since.is_some() || if_unmodified_since.is_some(),
                "conditional listing (--if-modified-since, --if-unmodified-since)",
                "To list the containers: kamaki container list",
            )?;
            let options = ContainerListOptions {
                marker,
                limit,
                shared: shared_by_me,
                public,
                until: until.as_deref().map(|t| epoch("until", t)).transpose()?,
                conditions: cloud_pithos::Conditions {
                    if_modified_since: if_modified_since
                        .as_deref()
                        .map(|t| parse_date("if-modified-since", t))
                        .transpose()?,
                    if_unmodified_since: if_unmodified_since
                        .as_deref()
                        .map(|t| parse_date("if-unmodified-since", t))
                        .transpose()?,
                    ..Default::default()
                },
                ..ContainerListOptions::default()
            };
            let mut rows = Vec::new();
            let listing = client.list_containers_with(&options);
            let mut listing = std::pin::pin!(listing);
            while let Some(entry) = listing.next().await {
                let entry = match entry {
                    Ok(e) => e,
                    Err(e) if e.kind() == Some(cloud_core::ErrorKind::PreconditionFailed) => {
                        return Err(CliError::api(
                            "The account has been modified since --if-unmodified-since (precondition failed)",
                        )
                        .hint("To list anyway: kamaki container list"));
                    }
                    Err(e) => return Err(CliError::from_library(&e, &store.cloud.name)),
                };
                let mut row = to_value(&entry)?;
                if table && let Value::Object(map) = &mut row {
                    map.insert("size".into(), json!(human_size(entry.bytes.unwrap_or(0))));
                }
                rows.push(row);
            }
            if recursive {
                // Each container's objects, as rows naming their container.
                let mut objects = Vec::new();
                for row in &rows {
                    let name = row["name"].as_str().unwrap_or_default().to_owned();
                    let listing = client.list_objects(&name, &cloud_pithos::ListOptions::default());
                    let mut listing = std::pin::pin!(listing);
                    while let Some(entry) = listing.next().await {
                        let entry = match entry {
                            Ok(cloud_pithos::models::ListingEntry::Object(o)) => o,
                            Ok(_) => continue,
                            Err(e) => return Err(store.err(&at(&name), e).await),
                        };
                        let mut object = to_value(&entry)?;
                        object["container"] = json!(name);
                        if table {
                            object["size"] = json!(if entry.is_directory() {
                                "D".to_owned()
                            } else {
                                human_size(entry.bytes)
                            });
                        }
                        objects.push(object);
                    }
                }
                let columns: &'static [&'static str] = if table {
                    &["container", "name", "size"]
                } else {
                    &[]
                };
                return Ok(Data::list(objects, columns));
            }
            let columns: &'static [&'static str] = match (table, details) {
                (false, _) => &[],
                (true, false) => &["name", "size", "count"],
                (true, true) if store.swift => &["name", "size", "count", "last_modified"],
                (true, true) => &[
                    "name",
                    "size",
                    "count",
                    "last_modified",
                    "x_container_policy",
                ],
            };
            Ok(Data::list(rows, columns))
        }
        Container::Info {
            container,
            metadata,
            size_limit,
            in_bytes,
            until,
        } => {
            let name = container_name(&container)?;
            store.pithos_only(
                until.is_some(),
                "container history (--until)",
                &format!("To see the container as it is now: kamaki container info {name}"),
            )?;
            let until = until.as_deref().map(|t| epoch("until", t)).transpose()?;
            let mut info = match client.get_container_info(&name, until).await {
                Ok(info) => info,
                Err(e) => return Err(store.err(&at(&name), e).await),
            };
            if store.swift {
                // The container quota middleware's limit.
                info.quota = info.meta.get(QUOTA_BYTES).and_then(|v| v.parse().ok());
            }
            if metadata {
                return Data::object(&info.meta);
            }
            if size_limit {
                let limit = info.quota.unwrap_or(0);
                let value = match (limit, in_bytes) {
                    (0, _) => "unlimited".to_owned(),
                    (n, true) => n.to_string(),
                    (n, false) => human_size(n),
                };
                return Ok(Data::Scalar {
                    key: "size_limit".into(),
                    value,
                });
            }
            let mut value = to_value(&info)?;
            if let Value::Object(map) = &mut value {
                map.insert("name".into(), json!(name));
                if store.swift {
                    // Pithos+ fields, never set by Swift.
                    map.remove("object_meta");
                }
                if table {
                    map.remove("headers");
                    map.retain(|_, v| !v.is_null());
                    if !in_bytes && let Some(b) = info.bytes_used {
                        map.insert("bytes_used".into(), json!(human_size(b)));
                    }
                }
            }
            Ok(Data::Object(value))
        }
        Container::Create {
            container,
            versioning,
            limit,
            meta,
            project_id,
            policy,
            change,
        } => {
            let name = container_name(&container)?;
            store.pithos_only(
                versioning.is_some(),
                "Pithos+ versioning (--versioning)",
                "Swift versions objects through a versions container; set it up with the swift client",
            )?;
            store.pithos_only(
                project_id.is_some(),
                "project quotas (--project-id)",
                "Swift charges the project of the account; create it without --project-id",
            )?;
            store.pithos_only(
                !policy.is_empty(),
                "container policies (--policy)",
                "Create it without --policy",
            )?;
            let mut options = ContainerOptions {
                quota: limit
                    .as_deref()
                    .map(|l| parse_size("limit", l))
                    .transpose()?,
                versioning,
                project: project_id,
                meta: key_values("meta", &meta)?,
                policies: key_values("policy", &policy)?,
            };
            if store.swift {
                // Swift's container quota middleware reads a metadata key.
                if let Some(limit) = options.quota.take().filter(|l| *l > 0) {
                    options
                        .meta
                        .insert(QUOTA_BYTES.to_owned(), limit.to_string());
                }
            }
            let answer = client.create_container(&name, &options).await;
            match changed(&store, &change, &at(&name), answer).await? {
                Some(true) => Ok(Data::Object(json!({"container": name, "created": true}))),
                Some(false) => Err(CliError::api(format!("Container {name} already exists"))
                    .hint(format!("Delete {name} or choose another name"))),
                None => Ok(Data::None),
            }
        }
        Container::Modify {
            container,
            metadata_add,
            metadata_del,
            size_limit,
            versioning,
            change,
        } => {
            let name = container_name(&container)?;
            if metadata_add.is_empty()
                && metadata_del.is_empty()
                && size_limit.is_none()
                && versioning.is_none()
            {
                return Err(CliError::usage("Nothing to modify")
                    .hint("Give --metadata-add, --metadata-del, --size-limit or --versioning"));
            }
            store.pithos_only(
                versioning.is_some(),
                "Pithos+ versioning (--versioning)",
                "Swift versions objects through a versions container; set it up with the swift client",
            )?;
            let mut meta = key_values("metadata-add", &metadata_add)?;
            for key in metadata_del {
                meta.insert(key, String::new());
            }
            let limit = size_limit
                .as_deref()
                .map(|l| parse_size("size-limit", l))
                .transpose()?;
            let answer: Result<(), cloud_core::Error> = async {
                if !meta.is_empty() {
                    client.set_container_meta(&name, &meta).await?;
                }
                if let Some(limit) = limit {
                    client.set_container_limit(&name, limit).await?;
                }
                if let Some(v) = &versioning {
                    client.set_container_versioning(&name, v).await?;
                }
                Ok(())
            }
            .await;
            if changed(&store, &change, &at(&name), answer)
                .await?
                .is_none()
            {
                return Ok(Data::None);
            }
            let info = match client.get_container_info(&name, None).await {
                Ok(info) => info,
                Err(e) => return Err(store.err(&at(&name), e).await),
            };
            if store.swift {
                let quota: Option<u64> = info.meta.get(QUOTA_BYTES).and_then(|v| v.parse().ok());
                return Ok(Data::Object(json!({
                    "name": name,
                    "quota": quota,
                    "meta": info.meta,
                })));
            }
            Ok(Data::Object(json!({
                "name": name,
                "quota": info.quota,
                "versioning": info.versioning,
                "meta": info.meta,
            })))
        }
        Container::Delete {
            container,
            recursive,
            change,
        } => {
            let name = container_name(&container)?;
            let info = match client.get_container_info(&name, None).await {
                Ok(info) => info,
                Err(e) => return Err(store.err(&at(&name), e).await),
            };
            let count = info.object_count.unwrap_or(0);
            if count > 0 && !recursive {
                return Err(CliError::api(format!("Container {name} is not empty"))
                    .hint("Use -r/--recursive to delete non-empty containers"));
            }
            if count > 0 {
                confirm(&change, &format!("Empty and delete container {name} ?"))?;
                let empty = DeleteOptions {
                    delimiter: Some('/'),
                    ..DeleteOptions::default()
                };
                let answer = client.del_container(&name, &empty).await;
                if changed(&store, &change, &at(&name), answer)
                    .await?
                    .is_none()
                {
                    return Ok(Data::None);
                }
            } else {
                confirm(&change, &format!("Delete container {name} ?"))?;
            }
            let answer = client.del_container(&name, &DeleteOptions::default()).await;
            Ok(match changed(&store, &change, &at(&name), answer).await? {
                Some(()) => Data::Object(json!({"container": name, "deleted": true})),
                None => Data::None,
            })
        }
        Container::Empty { container, change } => {
            let name = container_name(&container)?;
            if let Err(e) = client.get_container_info(&name, None).await {
                return Err(store.err(&at(&name), e).await);
            }
            confirm(&change, &format!("Empty container {name} ?"))?;
            let empty = DeleteOptions {
                delimiter: Some('/'),
                ..DeleteOptions::default()
            };
            let answer = client.del_container(&name, &empty).await;
            Ok(match changed(&store, &change, &at(&name), answer).await? {
                Some(()) => Data::Object(json!({"container": name, "emptied": true})),
                None => Data::None,
            })
        }
        Container::Reassign {
            container,
            project_id,
            change,
        } => {
            let name = container_name(&container)?;
            store.pithos_only(
                true,
                "project quotas (container reassign)",
                "Swift charges the project of the account the container is in",
            )?;
            let answer = client.reassign_container(&name, &project_id).await;
            let answer = match answer {
                Err(e) if e.kind() == Some(cloud_core::ErrorKind::BadRequest) => {
                    return Err(CliError::api(format!(
                        "Cannot assign container {name} to project {project_id}: {e}"
                    ))
                    .hint(format!(
                        "Check that the project exists: kamaki project info {project_id}"
                    ))
                    .hint("and that you are a member: kamaki membership list"));
                }
                other => other,
            };
            Ok(match changed(&store, &change, &at(&name), answer).await? {
                Some(()) => Data::Object(json!({"container": name, "project": project_id})),
                None => Data::None,
            })
        }
    }
}
