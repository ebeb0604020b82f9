//! `kamaki group …` (the account's user groups, for sharing) and
//! `kamaki sharer …` (accounts that share objects with the user).

use serde_json::json;

use super::Ctx;
use super::file::{changed, confirm};
use super::pithos::{Location, Store};
use crate::args::pithos::{Group, Sharer};
use crate::errors::{CliError, CliResult};
use crate::output::{Data, to_value};

/// The account itself, for error hints.
fn account(store: &Store) -> Location {
    Location {
        account: None,
        container: String::new(),
        path: String::new(),
    }
    .with_path(store.uuid.clone())
}

/// Runs a `group` command.
pub async fn group(ctx: &mut Ctx<'_>, cmd: Group) -> CliResult<Data> {
    let dry_run = match &cmd {
        Group::Create { change, .. } | Group::Delete { change, .. } => change.dry_run,
        Group::List => false,
    };
    let store = Store::open(ctx, dry_run).await?;
    store.pithos_only(
        true,
        "user groups",
        "Swift grants access per container, to projects and users, through ACLs",
    )?;
    let lib = |e: cloud_core::Error| CliError::from_library(&e, &store.cloud.name);
    let client = &store.client;
    match cmd {
        Group::List => {
            let groups = client.get_account_group().await.map_err(lib)?;
            let rows = groups
                .into_iter()
                .map(|(name, members)| json!({"name": name, "members": members}))
                .collect();
            Ok(Data::list(rows, &["name", "members"]))
        }
        Group::Create {
            name,
            uuids,
            usernames,
            change,
        } => {
            let mut members = uuids;
            if !usernames.is_empty() {
                let found = store
                    .identity
                    .usernames2uuids(&usernames, None)
                    .await
                    .map_err(lib)?;
                for username in &usernames {
                    match found.get(username) {
                        Some(uuid) => members.push(uuid.clone()),
                        None => crate::commands::note(&format!(
                            "kamaki: no user named {username}, left out"
                        )),
                    }
                }
            }
            if members.is_empty() {
                return Err(CliError::usage("No valid users to put in the group")
                    .hint("Give --uuid UUID or --username NAME (repeatable)"));
            }
            let existing = client.get_account_group().await.map_err(lib)?;
            if existing.contains_key(&name) {
                confirm(
                    &change,
                    &format!("Group {name} exists: replace its members?"),
                )?;
            }
            let answer = client.set_account_group(&name, &members).await;
            Ok(
                match changed(&store, &change, &account(&store), answer).await? {
                    Some(()) => Data::Object(json!({"name": name, "members": members})),
                    None => Data::None,
                },
            )
        }
        Group::Delete { name, change } => {
            let existing = client.get_account_group().await.map_err(lib)?;
            if !existing.contains_key(&name) {
                return Err(CliError::api(format!("No group {name}"))
                    .hint("To list the groups: kamaki group list"));
            }
            let answer = client.del_account_group(&name).await;
            Ok(
                match changed(&store, &change, &account(&store), answer).await? {
                    Some(()) => Data::Object(json!({"name": name, "deleted": true})),
                    None => Data::None,
                },
            )
        }
    }
}

/// Runs a `sharer` command.
pub async fn sharer(ctx: &mut Ctx<'_>, cmd: Sharer) -> CliResult<Data> {
    let store = Store::open(ctx, false).await?;
    let lib = |e: cloud_core::Error| CliError::from_library(&e, &store.cloud.name);
    match cmd {
        Sharer::List { details, marker } => {
            store.pithos_only(
                true,
                "list of accounts sharing with you",
                "Ask the owner for the account (AUTH_<project id>) and the container it shares",
            )?;
            let sharers = store.client.get_sharing_accounts().await.map_err(lib)?;
            let sharers: Vec<_> = sharers
                .into_iter()
                .filter(|s| marker.as_ref().is_none_or(|m| s.name.as_str() > m.as_str()))
                .collect();
            let uuids: Vec<&str> = sharers.iter().map(|s| s.name.as_str()).collect();
            // Names are best effort: a failed lookup leaves them out.
            let names = store
                .identity
                .uuids2usernames(&uuids, None)
                .await
                .unwrap_or_default();
            let rows = sharers
                .iter()
                .map(|s| {
                    let mut row = to_value(s)?;
                    row["username"] = json!(names.get(&s.name));
                    Ok(row)
                })
                .collect::<CliResult<Vec<_>>>()?;
            let columns: &[&str] = if details {
                &["name", "username", "last_modified"]
            } else {
                &["name", "username"]
            };
            Ok(Data::list(rows, columns))
        }
        Sharer::Info { account } => {
            let uuid = match account {
                Some(a) => store.resolve_user(&a).await?,
                None => store.uuid.clone(),
            };
            let info = store
                .client
                .with_account(&uuid)
                .get_account_info(None)
                .await
                .map_err(lib)?;
            let mut value = to_value(&info)?;
            value["account"] = json!(uuid);
            if let Some(map) = value.as_object_mut() {
                map.remove("headers");
                if store.swift {
                    // Pithos+ fields Swift never sends; its own counts instead.
                    for key in ["groups", "project_quotas", "until_timestamp"] {
                        map.remove(key);
                    }
                    map.retain(|_, v| !v.is_null());
                    if let Some(count) = info.headers.get("x-account-object-count") {
                        map.insert("object_count".into(), json!(count.parse::<u64>().ok()));
                    }
                }
            }
            Ok(Data::Object(value))
        }
    }
}
