//! Running child processes: the cargo to use, the workspace root, printable
//! command lines and a wait with a deadline (std has no timeout for `wait`).

use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// The cargo that is running xtask (`$CARGO`, set by `cargo run`), so every
/// step uses the same toolchain; plain `cargo` from `PATH` otherwise.
pub(crate) fn cargo() -> OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo"))
}

/// A `Command` for `cargo <args>` run from the workspace root, with stdin
/// closed: CI has no terminal, and nothing we run should ever wait for input.
pub(crate) fn cargo_command(args: &[&str]) -> Command {
    let mut command = Command::new(cargo());
    command
        .args(args)
        .current_dir(workspace_root())
        .stdin(Stdio::null());
    command
}

/// The workspace root: the parent of xtask's own manifest directory.
///
/// `cargo run` sets `CARGO_MANIFEST_DIR` at run time; the compile-time value
/// is the fallback when the binary is started some other way.
pub(crate) fn workspace_root() -> PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    match manifest_dir.parent() {
        Some(root) => root.to_path_buf(),
        None => manifest_dir,
    }
}

/// `cargo clippy --workspace ...` as a human would type it, for headers and
/// error messages. `cargo` is shown by name rather than by its full path.
pub(crate) fn display(command: &Command) -> String {
    let program = command.get_program();
    let program = if program == cargo() {
        "cargo".to_owned()
    } else {
        program.to_string_lossy().into_owned()
    };
    let mut words = Vec::new();
    for (key, value) in command.get_envs() {
        if let Some(value) = value {
            words.push(format!(
                "{}={}",
                key.to_string_lossy(),
                quote(&value.to_string_lossy())
            ));
        }
    }
    words.push(program);
    words.extend(command.get_args().map(|arg| quote(&arg.to_string_lossy())));
    words.join(" ")
}

/// Quotes a word for display if a shell would need it.
fn quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:,+@~%".contains(c));
    if plain {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// How a command with a deadline ended.
#[derive(Debug)]
pub(crate) enum Outcome {
    /// The process exited (successfully or not) before the deadline.
    Exited(ExitStatus),
    /// The deadline passed; the process was killed.
    TimedOut,
}

/// Runs `command` to completion, killing it if it takes longer than
/// `timeout`. Standard streams are whatever `command` was configured with;
/// do not use `Stdio::piped()` for output here, as nothing drains the pipe.
pub(crate) fn run_with_timeout(command: &mut Command, timeout: Duration) -> io::Result<Outcome> {
    let mut child = command.spawn()?;
    wait_with_timeout(&mut child, timeout)
}

/// Polls `child` until it exits or `timeout` passes, then kills it.
fn wait_with_timeout(child: &mut Child, timeout: Duration) -> io::Result<Outcome> {
    let deadline = Instant::now() + timeout;
    // Start with short naps so quick commands return quickly, then back off.
    let mut nap = Duration::from_millis(10);
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Outcome::Exited(status));
        }
        let now = Instant::now();
        if now >= deadline {
            // The child may exit between try_wait and kill; either way it is
            // gone once wait returns.
            let _ = child.kill();
            child.wait()?;
            return Ok(Outcome::TimedOut);
        }
        thread::sleep(nap.min(deadline - now));
        nap = (nap * 2).min(Duration::from_millis(250));
    }
}

/// Whether `path` is a file we could execute.
pub(crate) fn is_executable(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        path.metadata()
            .map(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
            .unwrap_or(false)
    }
    #[cfg(not(unix))]
    {
        path.is_file()
    }
}

/// `12.3s` or `4m05s`.
pub(crate) fn format_duration(duration: Duration) -> String {
    let secs = duration.as_secs_f64();
    if secs < 60.0 {
        format!("{secs:.1}s")
    } else {
        let whole = duration.as_secs();
        format!("{}m{:02}s", whole / 60, whole % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(format_duration(Duration::from_millis(1234)), "1.2s");
        assert_eq!(format_duration(Duration::from_secs(245)), "4m05s");
    }

    #[test]
    fn display_quotes_only_what_needs_it() {
        let mut command = Command::new("cargo-deny");
        command
            .args(["check", "two words"])
            .env("RUSTDOCFLAGS", "-D warnings");
        assert_eq!(
            display(&command),
            "RUSTDOCFLAGS='-D warnings' cargo-deny check 'two words'"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_slow_command_is_killed_at_the_deadline() {
        let started = Instant::now();
        let outcome = run_with_timeout(
            Command::new("sleep").arg("5").stdin(Stdio::null()),
            Duration::from_millis(200),
        )
        .unwrap();
        assert!(matches!(outcome, Outcome::TimedOut));
        assert!(started.elapsed() < Duration::from_secs(4));
    }

    #[cfg(unix)]
    #[test]
    fn a_quick_command_reports_its_status() {
        let outcome = run_with_timeout(
            Command::new("false").stdin(Stdio::null()),
            Duration::from_secs(10),
        )
        .unwrap();
        assert!(matches!(outcome, Outcome::Exited(status) if !status.success()));
    }
}
