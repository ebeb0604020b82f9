//! The log directory: one-off commands and servers write their output to
//! `<dir>/log/NAME.log`; when something fails, the error quotes the end of
//! the log and names the file.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::process::{self, Outcome};

/// How many lines of a log an error message quotes.
const TAIL_LINES: usize = 15;
/// How much of each line it quotes.
const LINE_CHARS: usize = 300;

/// Opens `path` for appending (creating it), for a child's stdout and stderr.
pub(crate) fn append(path: &Path) -> io::Result<(Stdio, Stdio)> {
    let file = OpenOptions::new().create(true).append(true).open(path)?;
    let second = file.try_clone()?;
    Ok((Stdio::from(file), Stdio::from(second)))
}

/// Runs `command` (described as `what` in messages) with its output appended
/// to `log`, killing it after `timeout`. The error names the log and quotes
/// its last lines.
pub(crate) fn run_logged(
    mut command: Command,
    what: &str,
    log: &Path,
    timeout: Duration,
) -> Result<(), String> {
    let (stdout, stderr) =
        append(log).map_err(|error| format!("cannot open {}: {error}", log.display()))?;
    command.stdin(Stdio::null()).stdout(stdout).stderr(stderr);
    match process::run_with_timeout(&mut command, timeout) {
        Ok(Outcome::Exited(status)) if status.success() => Ok(()),
        Ok(Outcome::Exited(status)) => Err(format!(
            "{what} failed ({status}); the end of {}:\n{}",
            log.display(),
            tail(log)
        )),
        Ok(Outcome::TimedOut) => Err(format!(
            "{what} did not finish in {}, so it was stopped; the end of {}:\n{}",
            process::format_duration(timeout),
            log.display(),
            tail(log)
        )),
        Err(error) => Err(format!(
            "could not run {what} ({}): {error}",
            command.get_program().to_string_lossy()
        )),
    }
}

/// The last lines of a log, indented, or a note that there is nothing.
pub(crate) fn tail(log: &Path) -> String {
    let text = match File::open(log).and_then(|mut file| {
        let mut buf = String::new();
        io::Read::read_to_string(&mut file, &mut buf).map(|_| buf)
    }) {
        Ok(text) => text,
        Err(error) => return format!("    (cannot read it: {error})"),
    };
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines.is_empty() {
        return "    (it is empty)".to_owned();
    }
    lines[lines.len().saturating_sub(TAIL_LINES)..]
        .iter()
        .map(|line| format!("    | {}", shorten(line)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A log line cut to [`LINE_CHARS`] characters (pip, for one, writes
/// whole certificates into a line).
fn shorten(line: &str) -> String {
    match line.char_indices().nth(LINE_CHARS) {
        Some((cut, _)) => format!("{} …", &line[..cut]),
        None => line.to_owned(),
    }
}

/// Empties a log (for logs that describe only the latest attempt).
pub(crate) fn truncate(log: &Path) -> io::Result<()> {
    fs::write(log, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_failure_quotes_the_log() {
        let dir = std::env::temp_dir().join(format!("xtask-logs-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let log = dir.join("x.log");
        let mut command = Command::new("sh");
        command.args(["-c", "echo first; echo the reason >&2; exit 3"]);
        let error = run_logged(command, "`x`", &log, Duration::from_secs(10)).unwrap_err();
        assert!(error.contains("| the reason"), "{error}");
        assert!(error.contains("x.log"), "{error}");
        assert!(
            run_logged(
                Command::new("true"),
                "`true`",
                &log,
                Duration::from_secs(10)
            )
            .is_ok()
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn long_lines_are_cut() {
        assert_eq!(shorten("short"), "short");
        let long = "é".repeat(LINE_CHARS + 5);
        let cut = shorten(&long);
        assert!(cut.ends_with(" …"));
        assert_eq!(cut.chars().count(), LINE_CHARS + 2);
    }
}
