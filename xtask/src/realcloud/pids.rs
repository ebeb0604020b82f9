//! The processes `up` started, and stopping exactly those.
//!
//! The PID file has one line per process, `NAME PID START_TIME`, where the
//! start time is field 22 of `/proc/PID/stat` (clock ticks since boot). A
//! PID counts as ours only while that start time still matches, so a PID the
//! kernel has since given to another process is never signalled. A zombie
//! (state `Z`: exited, not yet reaped by its parent) counts as stopped.

use std::fs;
use std::io;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// One process `up` started.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Recorded {
    /// The server's name, e.g. `swift-proxy`.
    pub(crate) name: String,
    /// Its process ID.
    pub(crate) pid: u32,
    /// Its start time, from `/proc/PID/stat`.
    pub(crate) start: u64,
}

impl Recorded {
    /// Whether this is still the process we started, and it has not exited.
    pub(crate) fn is_running(&self) -> bool {
        is_running(self.pid, self.start)
    }
}

/// State and start time of a process, from `/proc/PID/stat`.
///
/// Field 2 (the command name, in parentheses) may contain spaces and
/// parentheses itself (`setproctitle` makes it `gunicorn: master [...]`), so
/// the fields are counted from after the *last* `)`: the state is field 3,
/// the start time field 22.
pub(crate) fn stat(pid: u32) -> Option<(char, u64)> {
    let text = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    parse_stat(&text)
}

/// The parsing half of [`stat`].
fn parse_stat(text: &str) -> Option<(char, u64)> {
    let (_, after) = text.rsplit_once(')')?;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let state = fields.first()?.chars().next()?;
    // Fields after the name start at 3, so field 22 is index 19.
    let start = fields.get(19)?.parse().ok()?;
    Some((state, start))
}

/// Whether `pid` is alive (not a zombie) and started at `start`.
pub(crate) fn is_running(pid: u32, start: u64) -> bool {
    matches!(stat(pid), Some((state, started)) if started == start && state != 'Z' && state != 'X')
}

/// The start time of `pid`, if it exists.
pub(crate) fn start_time(pid: u32) -> Option<u64> {
    stat(pid).map(|(_, start)| start)
}

/// Reads the PID file; a missing file is an empty list, a garbled line is
/// skipped.
pub(crate) fn read(path: &Path) -> io::Result<Vec<Recorded>> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(error),
    };
    Ok(text.lines().filter_map(parse_line).collect())
}

/// `NAME PID START_TIME`.
fn parse_line(line: &str) -> Option<Recorded> {
    let mut words = line.split_whitespace();
    let name = words.next()?.to_owned();
    let pid = words.next()?.parse().ok()?;
    let start = words.next()?.parse().ok()?;
    Some(Recorded { name, pid, start })
}

/// Appends a process to the PID file, replacing an older line of the same name.
pub(crate) fn record(path: &Path, process: &Recorded) -> io::Result<()> {
    let mut all = read(path)?;
    all.retain(|old| old.name != process.name);
    all.push(process.clone());
    let text: String = all
        .iter()
        .map(|p| format!("{} {} {}\n", p.name, p.pid, p.start))
        .collect();
    let temporary = path.with_extension("tmp");
    fs::write(&temporary, text)?;
    fs::rename(&temporary, path)
}

/// Sends `signal` (`TERM`, `KILL`) to `pid` with the system's `kill`
/// (std has no `kill(2)` for other processes, and this crate uses no libc).
fn signal(pid: u32, signal: &str) -> bool {
    Command::new("kill")
        .args(["-s", signal, &pid.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// Stops every recorded process that is still ours: `SIGTERM` in reverse
/// start order, up to `grace` for them to exit, then `SIGKILL` for the rest.
/// Removes the PID file. Returns one line per process, for the user.
pub(crate) fn stop_all(path: &Path, grace: Duration) -> io::Result<Vec<String>> {
    let recorded = read(path)?;
    let mut report = Vec::new();
    let mut signalled = Vec::new();
    for process in recorded.iter().rev() {
        if process.is_running() && signal(process.pid, "TERM") {
            signalled.push(process);
        } else {
            report.push(format!(
                "{} (pid {}) was not running",
                process.name, process.pid
            ));
        }
    }
    let deadline = Instant::now() + grace;
    while signalled.iter().any(|p| p.is_running()) && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(100));
    }
    for process in signalled {
        if process.is_running() {
            signal(process.pid, "KILL");
            report.push(format!(
                "{} (pid {}) killed: it ignored SIGTERM for {}s",
                process.name,
                process.pid,
                grace.as_secs()
            ));
        } else {
            report.push(format!("{} (pid {}) stopped", process.name, process.pid));
        }
    }
    match fs::remove_file(path) {
        Ok(()) => Ok(report),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(report),
        Err(error) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_may_hold_spaces_and_parentheses() {
        let line = "20566 (gunicorn: master [keystone_wsgi:application) (x)) S 1 20566 \
                    20566 0 -1 4194560 9519 0 0 0 77 20 0 0 20 0 1 0 1152576 73 0";
        assert_eq!(parse_stat(line), Some(('S', 1_152_576)));
        assert_eq!(parse_stat("12 (sh) Z 1"), None);
    }

    #[test]
    fn our_own_process_is_running_with_its_start_time() {
        let pid = std::process::id();
        let start = start_time(pid).unwrap();
        assert!(is_running(pid, start));
        assert!(!is_running(pid, start + 1));
    }

    #[test]
    fn the_pid_file_round_trips_and_replaces_by_name() {
        let dir = std::env::temp_dir().join(format!("xtask-pids-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("pids");
        let a = Recorded {
            name: "a".into(),
            pid: 1,
            start: 2,
        };
        let b = Recorded {
            name: "b".into(),
            pid: 3,
            start: 4,
        };
        record(&path, &a).unwrap();
        record(&path, &b).unwrap();
        let a2 = Recorded { pid: 5, ..a };
        record(&path, &a2).unwrap();
        assert_eq!(read(&path).unwrap(), vec![b, a2]);
        fs::write(&path, "garbage\nc 7 8\n").unwrap();
        assert_eq!(read(&path).unwrap().len(), 1);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn stop_all_stops_a_child_and_leaves_a_stale_pid_alone() {
        let dir = std::env::temp_dir().join(format!("xtask-stop-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("pids");
        let mut child = Command::new("sleep").arg("30").spawn().unwrap();
        let pid = child.id();
        let start = start_time(pid).unwrap();
        record(
            &path,
            &Recorded {
                name: "sleeper".into(),
                pid,
                start,
            },
        )
        .unwrap();
        // Our own PID with a wrong start time stands for a recycled PID.
        let me = std::process::id();
        record(
            &path,
            &Recorded {
                name: "recycled".into(),
                pid: me,
                start: start_time(me).unwrap() + 1,
            },
        )
        .unwrap();
        let report = stop_all(&path, Duration::from_secs(5)).unwrap();
        assert!(!is_running(pid, start), "{report:?}");
        assert!(
            report
                .iter()
                .any(|l| l.contains("recycled") && l.contains("not running"))
        );
        assert!(!path.exists());
        child.wait().unwrap();
        fs::remove_dir_all(&dir).unwrap();
    }
}
