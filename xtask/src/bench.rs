//! `cargo xtask bench`: runs the benchmark programs in release mode and
//! records what they print in `docs/benchmarks.md`.
//!
//! Each suite is a program (an example of one of the crates) that measures in
//! one run and prints its results as Markdown on stdout (progress goes to
//! stderr). The recorded section of a suite sits between
//! `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->` and is replaced
//! whole by the next run, with the date and the machine it ran on.

use std::path::Path;
use std::process::Stdio;

mod realcloud;

use crate::Failure;
use crate::process;
use crate::startup;

/// A benchmark suite: its name, what it measures, and the cargo arguments that run it.
struct Suite {
    name: &'static str,
    summary: &'static str,
    cargo_args: &'static [&'static str],
    /// Measures after the cargo command (which then only builds) and
    /// returns the Markdown results; `None`: the cargo command prints them.
    measure: Option<fn() -> Result<String, String>>,
    /// Whether `cargo xtask bench` without names runs it (not when it needs
    /// servers or minutes).
    by_default: bool,
}

const SUITES: &[Suite] = &[
    Suite {
        name: "startup",
        summary: "whole-process start-up of `kamaki --help` and `kamaki config list` (median), vs `openstack --help`",
        cargo_args: &[
            "build",
            "--release",
            "--locked",
            "--quiet",
            "-p",
            "cloud-cli",
            "--bin",
            "kamaki",
        ],
        measure: Some(startup::measure),
        by_default: true,
    },
    Suite {
        name: "emulator",
        summary: "the emulator's Pithos+ server side: block POST throughput and hashmap PUT latency over loopback",
        cargo_args: &[
            "run",
            "--release",
            "--locked",
            "--quiet",
            "-p",
            "cloud-emulator",
            "--example",
            "pithos_bench",
        ],
        measure: None,
        by_default: true,
    },
    Suite {
        name: "transfer",
        summary: "1 GiB upload (new data), re-upload and download against the emulator: MB/s, ratio to sha256sum, peak memory",
        cargo_args: &[
            "run",
            "--release",
            "--locked",
            "--quiet",
            "-p",
            "cloud-pithos",
            "--example",
            "transfer_bench",
        ],
        measure: None,
        by_default: true,
    },
    Suite {
        name: "realcloud",
        summary: "kamaki against swift and rclone on a real Swift server: 1 GiB up and down, wall time, client CPU, peak memory",
        cargo_args: &[
            "build",
            "--release",
            "--locked",
            "--quiet",
            "-p",
            "cloud-cli",
            "--bin",
            "kamaki",
        ],
        measure: Some(realcloud::measure),
        by_default: false,
    },
];

/// Runs `cargo xtask bench [SUITE…] [--no-record]`.
pub(crate) fn run(args: &[String]) -> Result<(), Failure> {
    let mut record = true;
    let mut chosen = Vec::new();
    for arg in args {
        match arg.as_str() {
            "-h" | "--help" => {
                print_help();
                return Ok(());
            }
            "--no-record" => record = false,
            name => match SUITES.iter().find(|s| s.name == name) {
                Some(suite) => chosen.push(suite),
                None => {
                    return Err(Failure::Usage(format!(
                        "unknown benchmark suite `{name}`; suites: {}",
                        SUITES.iter().map(|s| s.name).collect::<Vec<_>>().join(", ")
                    )));
                }
            },
        }
    }
    if chosen.is_empty() {
        chosen = SUITES.iter().filter(|s| s.by_default).collect();
    }
    for suite in chosen {
        println!("==> bench {}: {}", suite.name, suite.summary);
        let mut command = process::cargo_command(suite.cargo_args);
        command.stdout(Stdio::piped()).stderr(Stdio::inherit());
        println!("    $ {}", process::display(&command));
        let output = command.output().map_err(|e| {
            Failure::Failed(format!("could not run the `{}` suite: {e}", suite.name))
        })?;
        let mut results = String::from_utf8_lossy(&output.stdout).into_owned();
        if !output.status.success() {
            print!("{results}");
            return Err(Failure::Failed(format!(
                "the `{}` suite failed ({})",
                suite.name, output.status
            )));
        }
        if let Some(measure) = suite.measure {
            results = measure()
                .map_err(|e| Failure::Failed(format!("the `{}` suite failed: {e}", suite.name)))?;
        }
        print!("{results}");
        if record {
            let path = process::workspace_root().join("docs/benchmarks.md");
            record_section(&path, suite.name, &results).map_err(|e| {
                Failure::Failed(format!("could not update {}: {e}", path.display()))
            })?;
            println!("    recorded in {}", path.display());
        }
    }
    Ok(())
}

fn print_help() {
    println!("cargo xtask bench [SUITE…] [--no-record]");
    println!();
    println!("Runs the benchmark suites in release mode (all but `realcloud` when none is named)");
    println!("and records their results in docs/benchmarks.md (unless --no-record).");
    println!();
    println!("Suites:");
    for suite in SUITES {
        println!("    {:<10}{}", suite.name, suite.summary);
    }
}

/// Replaces (or appends) the suite's section of the benchmarks page.
fn record_section(path: &Path, suite: &str, results: &str) -> std::io::Result<()> {
    let existing = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            "# Benchmarks\n\nRecorded by `cargo xtask bench`; each section is replaced by the next run of its suite.\n".to_owned()
        }
        Err(e) => return Err(e),
    };
    let section = format!(
        "<!-- bench:{suite}:start -->\n## {suite}\n\nRun {} on {}.\n\n{}\n<!-- bench:{suite}:end -->",
        today(),
        machine(),
        results.trim_end()
    );
    let updated = replace_section(&existing, suite, &section);
    let temporary = path.with_extension("md.tmp");
    std::fs::write(&temporary, updated)?;
    std::fs::rename(&temporary, path)
}

/// The text with the suite's marked section replaced, or the section appended.
fn replace_section(text: &str, suite: &str, section: &str) -> String {
    let start = format!("<!-- bench:{suite}:start -->");
    let end = format!("<!-- bench:{suite}:end -->");
    match (text.find(&start), text.find(&end)) {
        (Some(s), Some(e)) if e > s => {
            format!("{}{}{}", &text[..s], section, &text[e + end.len()..])
        }
        _ => format!("{}\n{}\n", text.trim_end(), section),
    }
}

/// Today's date (UTC) as `YYYY-MM-DD`.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0) + 719_468;
    let era = days.div_euclid(146_097);
    let doe = days.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The machine, in a few words: CPU model and count.
fn machine() -> String {
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_owned())
        })
        .unwrap_or_else(|| "an unknown CPU".to_owned());
    format!("{cpus} × {model}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_is_replaced_in_place_and_others_are_kept() {
        let text = "# B\n\n<!-- bench:a:start -->\nold a\n<!-- bench:a:end -->\n\n<!-- bench:b:start -->\nb\n<!-- bench:b:end -->\n";
        let out = replace_section(
            text,
            "a",
            "<!-- bench:a:start -->\nnew a\n<!-- bench:a:end -->",
        );
        assert!(out.contains("new a") && !out.contains("old a"));
        assert!(out.contains("<!-- bench:b:start -->\nb\n"));
        let appended = replace_section(
            "# B\n",
            "c",
            "<!-- bench:c:start -->\nc\n<!-- bench:c:end -->",
        );
        assert_eq!(
            appended,
            "# B\n<!-- bench:c:start -->\nc\n<!-- bench:c:end -->\n"
        );
    }

    #[test]
    fn today_is_a_date() {
        let d = today();
        assert_eq!(d.len(), 10);
        assert!(d.starts_with("20"));
    }
}
