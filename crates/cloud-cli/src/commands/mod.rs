//! The commands, one file per group; each turns its parsed arguments into
//! library calls and returns [`crate::output::Data`] for the printer.

pub mod account;
pub mod commission;
pub mod config;
pub mod container;
pub mod file;
pub mod file_copy;
pub mod file_transfer;
pub mod group;
pub mod pithos;
pub mod project;
pub mod swift;
pub mod user;

use std::io::{BufRead, IsTerminal, Write};

use cloud_identity::CachedAstakosClient;

use crate::args::{Change, Global};
use crate::config::{Config, Env};
use crate::dry_run::is_dry_run_stop;
use crate::errors::{CliError, CliResult};
use crate::session::{self, Cloud};

/// What every command may use.
pub struct Ctx<'a> {
    /// The global flags.
    pub global: &'a Global,
    /// The configuration.
    pub config: Config,
    /// The environment.
    pub env: &'a Env,
}

impl Ctx<'_> {
    /// The cloud to talk to.
    pub fn cloud(&self) -> CliResult<Cloud> {
        session::resolve(self.global, &self.config, self.env)
    }

    /// The cloud and its identity session.
    pub fn identity(&self, dry_run: bool) -> CliResult<(Cloud, CachedAstakosClient)> {
        let cloud = self.cloud()?;
        tracing::debug!(cloud = %cloud.name, chosen_by = %cloud.chosen_by, url = %cloud.url, "cloud");
        let identity = session::identity(&cloud, self.env, dry_run)?;
        Ok((cloud, identity))
    }
}

/// Maps a library error to what the user sees, naming the cloud in hints.
pub fn lib_err(cloud: &Cloud) -> impl Fn(cloud_core::Error) -> CliError + '_ {
    move |e| CliError::from_library(&e, &cloud.name)
}

/// The end of a changing call: in a dry run the stop is success.
pub fn finish_change<T>(
    change: &Change,
    cloud: &Cloud,
    result: Result<T, cloud_core::Error>,
) -> CliResult<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(e) if change.dry_run && is_dry_run_stop(&e) => {
            eprintln!("kamaki: dry run: nothing was sent");
            Ok(None)
        }
        Err(e) => Err(CliError::from_library(&e, &cloud.name)),
    }
}

/// kamaki's decoration for people: in a table, user UUIDs in these fields
/// get ` (name)` appended (one user-catalog lookup; best effort — a failed
/// lookup leaves the UUIDs bare). Machine formats are never decorated.
pub async fn decorate_users(
    ctx: &Ctx<'_>,
    client: &cloud_identity::AstakosClient,
    data: &mut crate::output::Data,
    fields: &[&str],
) {
    use crate::output::{Data, Format};
    use serde_json::Value;
    if ctx.global.output_format.unwrap_or(Format::Table) != Format::Table {
        return;
    }
    let rows: Vec<&mut Value> = match data {
        Data::List { items, .. } => items.iter_mut().collect(),
        Data::Object(value) => vec![value],
        _ => return,
    };
    let mut uuids: Vec<String> = Vec::new();
    for row in &rows {
        for f in fields {
            if let Some(Value::String(u)) = row.get(*f)
                && !uuids.contains(u)
            {
                uuids.push(u.clone());
            }
        }
    }
    if uuids.is_empty() {
        return;
    }
    let Ok(names) = client.uuids2usernames(&uuids).await else {
        return;
    };
    for row in rows {
        for f in fields {
            if let Some(Value::String(u)) = row.get_mut(*f)
                && let Some(name) = names.get(u.as_str())
            {
                *u = format!("{u} ({name})");
            }
        }
    }
}

/// Asks `question [y/N]` on stderr; only an answer starting with y is yes.
/// Without a terminal on stdin the answer is no.
pub fn ask_user(question: &str) -> bool {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        eprintln!("{question} [y/N]: no (not a terminal; use --yes)");
        return false;
    }
    eprint!("{question} [y/N]: ");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    if stdin.lock().read_line(&mut line).is_err() {
        return false;
    }
    line.trim_start().starts_with(['y', 'Y'])
}

/// A message for people, on stderr.
pub fn note(message: &str) {
    eprintln!("{message}");
}
