//! A local Synnefo-compatible cloud: identity (Astakos), account services and
//! Pithos+ object storage, behind one base URL laid out as a Synnefo
//! deployment is (IDENTITY.md §0):
//!
//! | path | service |
//! | --- | --- |
//! | `/identity/v2.0` | tokens and the service catalog |
//! | `/account/v1.0` | user catalogs, resources, quotas, projects, memberships, commissions |
//! | `/object-store/v1` | Pithos+ accounts, containers and objects |
//! | `/public` | published objects, served without a token |
//!
//! It is three things at once: the server every test talks to over real HTTP,
//! the benchmark target, and the built-in `local` cloud of `kamaki` (in
//! process, with no socket, through [`Emulator::service`]). It never shares
//! code with the clients it serves, so the two cannot share a misreading.
//!
//! State lives under one data directory: blocks as content-addressed files,
//! metadata in SQLite (WAL), so a restart finds everything committed before.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use cloud_emulator::{Emulator, Options};
//! let emulator = Emulator::open(Options::new("/tmp/cloud-data"))?;
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
//! let emulator = emulator.with_base_url(format!("http://{}", listener.local_addr()?));
//! let user = emulator.default_user()?;
//! println!("CLOUD_URL={}\nCLOUD_TOKEN={}", emulator.auth_url(), user.token);
//! emulator.serve(listener).await?;
//! # Ok(()) }
//! ```

pub mod account;
pub mod api_error;
pub mod clock;
pub mod db;
pub mod fault_injection;
pub mod identity;
pub mod pithos;
pub mod quota;
pub mod random;
mod serve;
pub mod users;

use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;

use crate::api_error::ApiFault;
use crate::db::Db;
use crate::fault_injection::{FaultInjector, FaultSpec};
use crate::users::User;

pub use serve::FaultyService;

/// The display name of the user every fresh data directory starts with.
pub const DEFAULT_USERNAME: &str = "user@localhost";

/// How to start an emulator.
///
/// ```
/// let options = cloud_emulator::Options::new("/tmp/data").faults("seed=1,503=0.1".parse().unwrap());
/// assert!(options.faults.is_some());
/// ```
#[derive(Debug, Clone)]
pub struct Options {
    /// Where blocks and the database live.
    pub data_dir: PathBuf,
    /// Faults to inject, if any.
    pub faults: Option<FaultSpec>,
}

impl Options {
    /// Options with this data directory and no faults.
    pub fn new(data_dir: impl Into<PathBuf>) -> Self {
        Options {
            data_dir: data_dir.into(),
            faults: None,
        }
    }

    /// The same options with faults injected.
    pub fn faults(mut self, spec: FaultSpec) -> Self {
        self.faults = Some(spec);
        self
    }
}

/// What every handler can reach.
#[derive(Debug)]
pub struct State {
    /// The database.
    pub db: Db,
    /// The data directory.
    pub data_dir: PathBuf,
    /// The URL clients reach the emulator at (no trailing `/`), e.g.
    /// `http://127.0.0.1:8080`; service URLs in the catalog are built on it.
    pub base_url: String,
}

/// The handlers' shared state.
pub type AppState = Arc<State>;

/// Errors of starting an emulator.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The data directory cannot be used.
    #[error("cannot use the data directory {path}: {source}; check that it is writable")]
    DataDir {
        /// The directory.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The database cannot be opened.
    #[error(
        "cannot open the database {path}: {source}; if another emulator uses this directory, stop it or pick another --data"
    )]
    Database {
        /// The database file.
        path: PathBuf,
        /// Why.
        source: rusqlite::Error,
    },
    /// A request to the database failed.
    #[error("{0}")]
    Api(#[from] ApiFault),
}

/// A local cloud on a data directory.
#[derive(Debug, Clone)]
pub struct Emulator {
    state: AppState,
    faults: Option<FaultInjector>,
}

impl Emulator {
    /// Opens (creating if needed) the data directory and its database, and
    /// makes the default user if there is no user yet.
    pub fn open(options: Options) -> Result<Emulator, StartError> {
        let dir = options.data_dir;
        std::fs::create_dir_all(&dir).map_err(|source| StartError::DataDir {
            path: dir.clone(),
            source,
        })?;
        let db_path = dir.join("cloud.sqlite3");
        let db = Db::open(
            &db_path,
            &[
                users::SCHEMA,
                quota::SCHEMA,
                account::SCHEMA,
                pithos::SCHEMA,
            ],
        )
        .map_err(|source| StartError::Database {
            path: db_path,
            source,
        })?;
        let state = State {
            db,
            data_dir: dir,
            base_url: "http://localhost".to_owned(),
        };
        let emulator = Emulator {
            state: Arc::new(state),
            faults: options.faults.map(FaultInjector::new),
        };
        emulator.state.db.call_blocking(|conn| {
            if users::all(conn)?.is_empty() {
                users::add_user(conn, DEFAULT_USERNAME)?;
            }
            Ok(())
        })?;
        Ok(emulator)
    }

    /// The same emulator announcing itself at `base_url` (e.g. `http://127.0.0.1:8080`).
    pub fn with_base_url(self, base_url: impl Into<String>) -> Emulator {
        let base_url = base_url.into().trim_end_matches('/').to_owned();
        let state = State {
            db: self.state.db.clone(),
            data_dir: self.state.data_dir.clone(),
            base_url,
        };
        Emulator {
            state: Arc::new(state),
            faults: self.faults,
        }
    }

    /// The shared state (the database, the data directory, the base URL).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The identity URL a client authenticates at: `<base>/identity/v2.0`.
    pub fn auth_url(&self) -> String {
        format!("{}/identity/v2.0", self.state.base_url)
    }

    /// The first user, made when the data directory was created.
    pub fn default_user(&self) -> Result<User, ApiFault> {
        self.state.db.call_blocking(|conn| {
            users::all(conn)?
                .into_iter()
                .next()
                .ok_or_else(|| ApiFault::not_found("No user exists"))
        })
    }

    /// Adds a user and returns it (with its token).
    pub fn add_user(&self, username: &str) -> Result<User, ApiFault> {
        self.state
            .db
            .call_blocking(|conn| users::add_user(conn, username))
    }

    /// The router of every service, without fault injection.
    pub fn router(&self) -> Router {
        Router::new()
            .merge(identity::root_routes())
            .nest("/identity/v2.0", identity::routes())
            .nest("/account/v1.0", account::routes())
            .nest("/object-store/v1", pithos::routes())
            .merge(pithos::root_routes())
            .nest("/public", pithos::public_routes())
            .fallback(|| async { ApiFault::bad_request("API endpoint not found") })
            .with_state(self.state.clone())
    }

    /// The emulator as a [`tower::Service`], faults included, for use in
    /// process with no socket (a client transport can be built on it).
    pub fn service(&self) -> FaultyService {
        FaultyService::new(self.router(), self.faults.clone())
    }

    /// Serves HTTP/1.1 on `listener` until the process ends.
    pub async fn serve(self, listener: tokio::net::TcpListener) -> std::io::Result<()> {
        serve::serve(self.service().over_the_wire(), listener).await
    }
}
