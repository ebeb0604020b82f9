//! The emulator's SQLite database: one file under the data directory, in WAL
//! mode, opened once and shared.
//!
//! SQLite calls block, so they never run on the async runtime's threads:
//! [`Db::call`] moves the closure to tokio's blocking pool.

use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::Connection;

use crate::api_error::ApiFault;

/// A shared handle on the database.
///
/// ```no_run
/// # async fn demo(db: cloud_emulator::db::Db) -> Result<(), cloud_emulator::api_error::ApiFault> {
/// let users: i64 = db.call(|conn| Ok(conn.query_row("SELECT count(*) FROM users", [], |r| r.get(0))?)).await?;
/// # let _ = users; Ok(()) }
/// ```
#[derive(Clone)]
pub struct Db {
    conn: Arc<Mutex<Connection>>,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Db")
    }
}

impl Db {
    /// Opens (or creates) the database at `path` and applies every schema.
    pub fn open(path: &Path, schemas: &[&str]) -> Result<Db, rusqlite::Error> {
        let conn = Connection::open(path)?;
        // WAL: readers never block the writer; `synchronous = FULL` makes every
        // commit durable before the request that made it is answered.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        for schema in schemas {
            conn.execute_batch(schema)?;
        }
        Ok(Db {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs `work` with the connection on the blocking pool and returns its result.
    pub async fn call<T, F>(&self, work: F) -> Result<T, ApiFault>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, ApiFault> + Send + 'static,
    {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            let mut guard = conn
                .lock()
                .map_err(|_| ApiFault::internal("the database lock was poisoned"))?;
            work(&mut guard)
        })
        .await
        .map_err(|e| ApiFault::internal(format!("database task failed: {e}")))?
    }

    /// Runs `work` with the connection on the current thread (for start-up and
    /// the command-line tools, outside any runtime).
    pub fn call_blocking<T>(
        &self,
        work: impl FnOnce(&mut Connection) -> Result<T, ApiFault>,
    ) -> Result<T, ApiFault> {
        let mut guard = self
            .conn
            .lock()
            .map_err(|_| ApiFault::internal("the database lock was poisoned"))?;
        work(&mut guard)
    }
}
