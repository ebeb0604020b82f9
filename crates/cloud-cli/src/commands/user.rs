//! `kamaki user …`: the session users of a cloud are the tokens of
//! `cloud.NAME.token` (first = current), authenticated once and cached.

use cloud_core::redact::redact_json;
use cloud_identity::TokenDetails;
use serde_json::{Value, json};

use super::{Ctx, ask_user, lib_err, note};
use crate::args::account::User;
use crate::config::Section;
use crate::errors::{CliError, CliResult};
use crate::output::{Data, to_value};
use crate::session::{Cloud, Connector};

/// Runs a `user` command.
pub async fn run(ctx: &mut Ctx<'_>, cmd: User) -> CliResult<Data> {
    let (cloud, identity) = ctx.identity(false)?;
    let err = lib_err(&cloud);
    match cmd {
        User::Authenticate { token } => {
            let answer = identity
                .authenticate(token.as_deref())
                .await
                .map_err(&err)?;
            let mut value = match &answer.details {
                TokenDetails::V2(access) => to_value(access)?,
                TokenDetails::V3(token) => to_value(token)?,
            };
            // The token itself is never printed.
            redact_json(&mut value);
            Ok(Data::Object(value))
        }
        User::Info { uuid, name } => {
            if uuid.is_none() && name.is_none() {
                return Data::object(identity.user_info(None).await.map_err(&err)?);
            }
            let who = uuid.or(name).unwrap_or_default();
            let index = find_user(&identity, &cloud, &who).await?;
            Data::object(
                identity
                    .user_info(Some(&cloud.tokens[index]))
                    .await
                    .map_err(&err)?,
            )
        }
        User::List { detail } => {
            let mut rows = Vec::new();
            let total = cloud.tokens.len();
            for (i, token) in cloud.tokens.iter().enumerate() {
                let mut row = match identity.user_info(Some(token)).await {
                    Ok(info) => to_value(&info)?,
                    // A refused token is listed, not fatal: the others still work.
                    Err(e) if e.kind() == Some(cloud_core::ErrorKind::Unauthorized) => {
                        note(&format!(
                            "kamaki: token #{} of {total} in cloud.{}.token was refused (401); \
                             to drop it: kamaki user delete --user '#{}'",
                            i + 1,
                            cloud.name,
                            i + 1
                        ));
                        json!({"id": null, "name": format!("(token #{} refused)", i + 1)})
                    }
                    Err(e) => return Err(err(e)),
                };
                row["current"] = Value::Bool(i == 0);
                rows.push(row);
            }
            let columns: &[&'static str] = if detail {
                &[]
            } else {
                &["id", "name", "current"]
            };
            Ok(Data::list(rows, columns))
        }
        User::Add { token, yes } => {
            let info = identity.user_info(Some(&token)).await.map_err(&err)?;
            if cloud.tokens.contains(&token) {
                note("kamaki: this token is already in the session list");
            } else if yes
                || ask_user(
                    "Token is temporarily stored in memory. Append it in configuration file as an alternative token?",
                )
            {
                let mut tokens = cloud.tokens.clone();
                tokens.push(token);
                save_tokens(ctx, &cloud, &tokens)?;
            }
            Data::object(info)
        }
        User::Select {
            uuid_or_username,
            yes,
        } => {
            let index = find_user(&identity, &cloud, &uuid_or_username).await?;
            let info = identity
                .user_info(Some(&cloud.tokens[index]))
                .await
                .map_err(&err)?;
            if index == 0 {
                note(&format!(
                    "kamaki: {uuid_or_username} is already the current user"
                ));
            } else if yes
                || ask_user("Make this user the default (first token) in the configuration file?")
            {
                let mut tokens = cloud.tokens.clone();
                let chosen = tokens.remove(index);
                tokens.insert(0, chosen);
                save_tokens(ctx, &cloud, &tokens)?;
            }
            Data::object(info)
        }
        User::Delete {
            uuid_or_username,
            yes,
        } => {
            let index = find_user(&identity, &cloud, &uuid_or_username).await?;
            if index == 0 {
                return Err(
                    CliError::usage("Cannot remove the current session user").hint(
                        "Select another user first: kamaki user select --user UUID_OR_USERNAME",
                    ),
                );
            }
            let info = match identity.user_info(Some(&cloud.tokens[index])).await {
                Ok(info) => to_value(&info)?,
                Err(e) if e.kind() == Some(cloud_core::ErrorKind::Unauthorized) => {
                    json!({"id": null, "name": format!("(token #{} refused)", index + 1)})
                }
                Err(e) => return Err(err(e)),
            };
            if yes || ask_user("Drop this user's token from the configuration file?") {
                let mut tokens = cloud.tokens.clone();
                tokens.remove(index);
                save_tokens(ctx, &cloud, &tokens)?;
            }
            Data::object(info)
        }
        User::Uuid2name { uuids } => {
            let names = identity.uuids2usernames(&uuids, None).await.map_err(&err)?;
            let rows = uuids
                .iter()
                .map(|u| json!({"uuid": u, "name": names.get(u)}))
                .collect();
            Ok(Data::list(rows, &["uuid", "name"]))
        }
        User::Name2uuid { usernames } => {
            let uuids = identity
                .usernames2uuids(&usernames, None)
                .await
                .map_err(&err)?;
            let rows = usernames
                .iter()
                .map(|n| json!({"name": n, "uuid": uuids.get(n)}))
                .collect();
            Ok(Data::list(rows, &["name", "uuid"]))
        }
    }
}

/// The index in the token list of the user with this UUID or name.
async fn find_user(
    identity: &cloud_identity::CachedAstakosClient,
    cloud: &Cloud,
    who: &str,
) -> CliResult<usize> {
    // `#N`: the N-th token of the list, even one the cloud refuses.
    if let Some(n) = who.strip_prefix('#').and_then(|n| n.parse::<usize>().ok())
        && (1..=cloud.tokens.len()).contains(&n)
    {
        return Ok(n - 1);
    }
    // A user name (as user catalogs know it, e.g. an email) → its UUID.
    let resolved = identity
        .usernames2uuids(&[who], None)
        .await
        .ok()
        .and_then(|m| m.get(who).cloned());
    for (i, token) in cloud.tokens.iter().enumerate() {
        let info = match identity.user_info(Some(token)).await {
            Ok(info) => info,
            Err(e) if e.kind() == Some(cloud_core::ErrorKind::Unauthorized) => continue,
            Err(e) => return Err(CliError::from_library(&e, &cloud.name)),
        };
        if info.id == who
            || info.name.as_deref() == Some(who)
            || resolved.as_deref() == Some(info.id.as_str())
        {
            return Ok(i);
        }
    }
    Err(CliError::api(format!("No session user {who}"))
        .hint("To list the session users: kamaki user list")
        .hint("To add one: kamaki user add --token TOKEN"))
}

fn save_tokens(ctx: &mut Ctx<'_>, cloud: &Cloud, tokens: &[String]) -> CliResult {
    if matches!(cloud.connector, Connector::Local(_)) {
        note("kamaki: the built-in local cloud keeps no token list; nothing saved");
        return Ok(());
    }
    let section = Section::Cloud(cloud.name.clone());
    ctx.config
        .set_in_file(&section, "token", &tokens.join(" "))?;
    note(&format!(
        "kamaki: cloud.{}.token updated in {}",
        cloud.name,
        ctx.config.path.display()
    ));
    Ok(())
}
