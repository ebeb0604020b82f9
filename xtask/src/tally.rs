//! Counting the tests that ran, from the test runners' own summary lines, so
//! that `cargo xtask ci` can end with one line that says how many passed.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};

/// Tests passed and failed so far.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tally {
    pub(crate) passed: u64,
    pub(crate) failed: u64,
}

impl Tally {
    /// Adds what one summary line reports: nextest's
    /// `Summary [ 3.0s] 111 tests run: 110 passed, 1 failed, 0 skipped` or
    /// libtest's `test result: ok. 119 passed; 0 failed; 0 ignored; …`.
    pub(crate) fn add_line(&mut self, line: &str) {
        let line = line.trim();
        let is_summary = line.starts_with("test result:")
            || (line.starts_with("Summary") && line.contains("tests run:"))
            || (line.starts_with("Summary") && line.contains("test run:"));
        if !is_summary {
            return;
        }
        self.passed += count_before(line, "passed");
        self.failed += count_before(line, "failed");
    }
}

/// The number just before `word` in `line` (`12 passed` → 12), or 0.
fn count_before(line: &str, word: &str) -> u64 {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .find(|pair| pair[1] == word)
        .and_then(|pair| pair[0].parse().ok())
        .unwrap_or(0)
}

/// Runs `command`, showing its output as it comes, and adds every summary
/// line it prints (on stdout or stderr) to `tally`. Returns its success.
pub(crate) fn run_counting(mut command: Command, tally: &mut Tally) -> std::io::Result<bool> {
    command.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = command.spawn()?;
    let shared = Arc::new(Mutex::new(Tally::default()));
    let stdout = child
        .stdout
        .take()
        .map(|out| echo(out, shared.clone(), false));
    let stderr = child
        .stderr
        .take()
        .map(|err| echo(err, shared.clone(), true));
    let status = child.wait()?;
    for reader in [stdout, stderr].into_iter().flatten() {
        let _ = reader.join();
    }
    if let Ok(counted) = shared.lock() {
        tally.passed += counted.passed;
        tally.failed += counted.failed;
    }
    Ok(status.success())
}

/// Copies a child's stream to ours line by line, counting summary lines.
fn echo(
    stream: impl Read + Send + 'static,
    tally: Arc<Mutex<Tally>>,
    to_stderr: bool,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let reader = BufReader::new(stream);
        for line in reader.split(b'\n').map_while(Result::ok) {
            let text = String::from_utf8_lossy(&line);
            if let Ok(mut t) = tally.lock() {
                t.add_line(&text);
            }
            if to_stderr {
                let mut err = std::io::stderr().lock();
                let _ = err.write_all(&line);
                let _ = err.write_all(b"\n");
            } else {
                let mut out = std::io::stdout().lock();
                let _ = out.write_all(&line);
                let _ = out.write_all(b"\n");
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_runners_summaries() {
        let mut t = Tally::default();
        t.add_line("     Summary [   3.023s] 111 tests run: 110 passed, 1 failed, 0 skipped");
        t.add_line("test result: ok. 119 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.15s");
        t.add_line("test result: FAILED. 1 passed; 2 failed; 0 ignored");
        t.add_line("running 3 tests");
        t.add_line("test foo ... ok");
        assert_eq!(
            t,
            Tally {
                passed: 230,
                failed: 3
            }
        );
    }

    #[test]
    fn ignores_lines_that_only_look_alike() {
        let mut t = Tally::default();
        t.add_line("warning: 3 passed to foo");
        assert_eq!(t, Tally::default());
    }
}
