//! Sharing one set of servers between commands that run at the same time
//! (two people, or a person and CI, running `realcloud test` on one
//! machine with the same state directory).
//!
//! * The **lock** (`run/lock`, made with `create_new`, holding the owner's
//!   PID and start time) lets one `up` or `down` at a time change things; a
//!   lock whose owner has died is taken over.
//! * A **lease** (`run/leases/PID-START`) says "a test run is using the
//!   servers". The run that started the servers stops them at its end only
//!   when no other live lease is left; otherwise it leaves a note
//!   (`run/stop-when-idle`) so that the last run out stops them.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use super::pids;
use super::say;

/// This process's PID and start time.
fn me() -> Result<(u32, u64), String> {
    let pid = std::process::id();
    pids::start_time(pid)
        .map(|start| (pid, start))
        .ok_or_else(|| "cannot read this process's start time from /proc".to_owned())
}

/// Parses `PID START`.
fn parse_owner(text: &str) -> Option<(u32, u64)> {
    let mut words = text.split_whitespace();
    Some((words.next()?.parse().ok()?, words.next()?.parse().ok()?))
}

/// The lock on a state directory; released when dropped.
#[derive(Debug)]
pub(crate) struct Lock {
    path: PathBuf,
}

impl Lock {
    /// Takes the lock in `run_dir`, waiting up to `timeout` for another
    /// command to finish with it.
    pub(crate) fn acquire(run_dir: &Path, timeout: Duration) -> Result<Lock, String> {
        fs::create_dir_all(run_dir)
            .map_err(|error| format!("cannot create {}: {error}", run_dir.display()))?;
        let path = run_dir.join("lock");
        let (pid, start) = me()?;
        let deadline = Instant::now() + timeout;
        let mut told = false;
        loop {
            match OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(mut file) => {
                    file.write_all(format!("{pid} {start}\n").as_bytes())
                        .map_err(|error| format!("cannot write {}: {error}", path.display()))?;
                    return Ok(Lock { path });
                }
                Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {}
                Err(error) => return Err(format!("cannot create {}: {error}", path.display())),
            }
            let owner = fs::read_to_string(&path).ok();
            match owner.as_deref().and_then(parse_owner) {
                Some((owner, owner_start)) if pids::is_running(owner, owner_start) => {
                    if !told {
                        say(&format!(
                            "waiting for another realcloud command (pid {owner}) to finish"
                        ));
                        told = true;
                    }
                    if Instant::now() >= deadline {
                        return Err(format!(
                            "another realcloud command (pid {owner}) has held {} for over {}s; \
                             wait for it, or stop it",
                            path.display(),
                            timeout.as_secs()
                        ));
                    }
                }
                // A dead owner (or a half-written file, which a live owner
                // fills at once: give it a moment before taking over).
                Some(_) => {
                    let _ = fs::remove_file(&path);
                    continue;
                }
                None => {
                    thread::sleep(Duration::from_millis(100));
                    if fs::read_to_string(&path)
                        .ok()
                        .and_then(|t| parse_owner(&t))
                        .is_none()
                    {
                        let _ = fs::remove_file(&path);
                        continue;
                    }
                }
            }
            thread::sleep(Duration::from_millis(250));
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// A test run's claim on the servers; see the module documentation.
#[derive(Debug)]
pub(crate) struct Lease {
    path: PathBuf,
    leases: PathBuf,
    note: PathBuf,
}

impl Lease {
    /// Records that this process uses the servers (take it under the lock).
    pub(crate) fn take(run_dir: &Path) -> Result<Lease, String> {
        let leases = run_dir.join("leases");
        fs::create_dir_all(&leases)
            .map_err(|error| format!("cannot create {}: {error}", leases.display()))?;
        let (pid, start) = me()?;
        let path = leases.join(format!("{pid}-{start}"));
        fs::write(&path, "")
            .map_err(|error| format!("cannot write {}: {error}", path.display()))?;
        Ok(Lease {
            path,
            leases,
            note: run_dir.join("stop-when-idle"),
        })
    }

    /// Gives the lease back (call it under the lock) and says whether this
    /// run should now stop the servers: it started them, or an earlier run
    /// that did left that to the last one out, and no other run is using them.
    pub(crate) fn release(self, started_them: bool) -> bool {
        let _ = fs::remove_file(&self.path);
        let others = live_leases(&self.leases);
        let asked = started_them || self.note.exists();
        if !asked {
            return false;
        }
        if others.is_empty() {
            let _ = fs::remove_file(&self.note);
            true
        } else {
            let _ = fs::write(&self.note, "");
            say(&format!(
                "leaving the servers running for the tests of pid {}; the last run stops them",
                others
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            false
        }
    }
}

/// The PIDs holding live leases; dead ones are removed.
fn live_leases(leases: &Path) -> Vec<u32> {
    let Ok(entries) = fs::read_dir(leases) else {
        return Vec::new();
    };
    let mut live = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let owner = name
            .split_once('-')
            .and_then(|(pid, start)| Some((pid.parse().ok()?, start.parse().ok()?)));
        match owner {
            Some((pid, start)) if pids::is_running(pid, start) => live.push(pid),
            _ => {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
    live
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn a_lock_of_a_dead_owner_is_taken_over_and_a_live_one_is_not() {
        let dir = scratch("lock");
        fs::write(dir.join("lock"), "999999999 1\n").unwrap();
        let lock = Lock::acquire(&dir, Duration::from_secs(2)).unwrap();
        let (pid, _) = me().unwrap();
        assert!(
            fs::read_to_string(dir.join("lock"))
                .unwrap()
                .starts_with(&pid.to_string())
        );
        // We hold it (and we are alive), so a second attempt times out.
        let error = Lock::acquire(&dir, Duration::from_millis(300)).unwrap_err();
        assert!(error.contains("another realcloud command"), "{error}");
        drop(lock);
        assert!(!dir.join("lock").exists());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_last_run_out_stops_the_servers() {
        let dir = scratch("lease");
        // Another live run (ourselves under another file name would be
        // recognised as the same process, so use a real child).
        let mut child = std::process::Command::new("sleep")
            .arg("30")
            .spawn()
            .unwrap();
        let other = format!("{}-{}", child.id(), pids::start_time(child.id()).unwrap());
        fs::create_dir_all(dir.join("leases")).unwrap();
        fs::write(dir.join("leases").join(&other), "").unwrap();
        fs::write(dir.join("leases").join("999999999-1"), "").unwrap();

        let lease = Lease::take(&dir).unwrap();
        assert!(!lease.release(true), "another run still uses them");
        assert!(dir.join("stop-when-idle").exists());
        assert!(!dir.join("leases").join("999999999-1").exists());

        child.kill().unwrap();
        child.wait().unwrap();
        let lease = Lease::take(&dir).unwrap();
        assert!(lease.release(false), "the note hands the stop over");
        assert!(!dir.join("stop-when-idle").exists());

        let lease = Lease::take(&dir).unwrap();
        assert!(!lease.release(false), "nobody asked for a stop");
        fs::remove_dir_all(&dir).unwrap();
    }
}
