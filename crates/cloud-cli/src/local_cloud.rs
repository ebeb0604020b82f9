//! The built-in `local` cloud: the emulator, run in process behind the
//! transport (no socket), with its data under the user's data directory
//! (`$XDG_DATA_HOME/kamaki/local`, default `~/.local/share/kamaki/local`).

use std::path::PathBuf;

use cloud_emulator::{Emulator, Options};

use crate::config::Env;
use crate::errors::{CliError, CliResult};

/// The base URL the in-process emulator answers to.
pub const LOCAL_BASE_URL: &str = "http://local.kamaki";

/// The data directory of the local cloud.
pub fn data_dir(env: &Env) -> PathBuf {
    match env("XDG_DATA_HOME") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir).join("kamaki").join("local"),
        _ => crate::config::home_dir(env)
            .unwrap_or_default()
            .join(".local/share/kamaki/local"),
    }
}

/// The open local cloud: the emulator and its default user's token.
#[derive(Debug, Clone)]
pub struct LocalCloud {
    /// The emulator, served in process.
    pub emulator: Emulator,
    /// Its identity URL.
    pub auth_url: String,
    /// The default user's token.
    pub token: String,
}

/// Opens the local cloud; the first time (no data yet) it says so on stderr.
pub fn open(env: &Env) -> CliResult<LocalCloud> {
    let dir = data_dir(env);
    let first_time = !dir.join("cloud.sqlite3").exists();
    let emulator = Emulator::open(Options::new(&dir))
        .map_err(|e| {
            CliError::config(format!("cannot open the built-in local cloud: {e}"))
                .hint("Configure a cloud: kamaki config set cloud.NAME.url URL; kamaki config set cloud.NAME.token TOKEN")
        })?
        .with_base_url(LOCAL_BASE_URL);
    if first_time {
        eprintln!(
            "kamaki: no cloud is configured; using the built-in local cloud (data in {}).\n\
             kamaki: to use a real cloud: kamaki config set cloud.NAME.url URL && kamaki config set cloud.NAME.token TOKEN",
            dir.display()
        );
    }
    let user = emulator.default_user().map_err(|e| {
        CliError::config(format!(
            "the built-in local cloud has no user: {}",
            e.message
        ))
    })?;
    Ok(LocalCloud {
        auth_url: emulator.auth_url(),
        token: user.token,
        emulator,
    })
}
