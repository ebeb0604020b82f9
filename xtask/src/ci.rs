//! `cargo xtask ci`: every check CI runs, in order, stopping at the first
//! failure.
//!
//! Steps: `lockfile` (CI only), `fmt`, `clippy`, `test`, `doctest`, `doc`,
//! `deny`, `codegen`, `realcloud` (the conformance tests against real
//! Keystone, Swift and Glance, through `cargo xtask realcloud test`). Each
//! prints a `==> name` header, the command it runs, and its duration; a
//! summary follows at the end, whatever happened.
//!
//! `XTASK_SKIP=deny,doc` skips steps while iterating locally. It is refused
//! when `CI` is set, so CI cannot silently run fewer checks.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::Failure;
use crate::process;
use crate::tally::{self, Tally};
use crate::tools;

/// One check in the pipeline, in the order they run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    /// Under CI: Cargo.lock is committed and `cargo xtask` did not rewrite it.
    Lockfile,
    /// `cargo fmt --check`.
    Fmt,
    /// `cargo clippy -D warnings` on every target.
    Clippy,
    /// Unit and integration tests (nextest when installed).
    Test,
    /// Documentation tests (nextest does not run them).
    Doctest,
    /// `cargo doc` with rustdoc warnings denied.
    Doc,
    /// cargo-deny: licences, bans, sources (and advisories when possible).
    Deny,
    /// The generated CLI docs (reference, man pages, completions) are fresh.
    Codegen,
    /// The conformance tests against real Keystone, Swift and Glance, as
    /// `cargo xtask realcloud test` runs them.
    Realcloud,
}

impl Step {
    /// Every step, in pipeline order.
    const ALL: [Step; 9] = [
        Step::Lockfile,
        Step::Fmt,
        Step::Clippy,
        Step::Test,
        Step::Doctest,
        Step::Doc,
        Step::Deny,
        Step::Codegen,
        Step::Realcloud,
    ];

    /// The step's name in headers, the summary and `XTASK_SKIP`.
    fn name(self) -> &'static str {
        match self {
            Step::Lockfile => "lockfile",
            Step::Fmt => "fmt",
            Step::Clippy => "clippy",
            Step::Test => "test",
            Step::Doctest => "doctest",
            Step::Doc => "doc",
            Step::Deny => "deny",
            Step::Codegen => "codegen",
            Step::Realcloud => "realcloud",
        }
    }
}

/// What became of a step, for the summary.
enum Status {
    /// It ran and passed; the note says how, when that varies.
    Passed(Duration, Option<String>),
    /// It ran and failed.
    Failed(Duration),
    /// It was not run, for the given reason.
    Skipped(&'static str),
    /// An earlier step failed first.
    NotRun,
}

/// Entry point for `cargo xtask ci [--help]`.
pub(crate) fn run(args: &[String]) -> Result<(), Failure> {
    if let Some(arg) = args.first() {
        if arg == "-h" || arg == "--help" {
            print_help();
            return Ok(());
        }
        return Err(Failure::Usage(format!(
            "`cargo xtask ci` takes no arguments (got `{arg}`)"
        )));
    }

    let in_ci = in_ci();
    let skip = steps_to_skip()?;
    if !skip.is_empty() && in_ci {
        return Err(Failure::Usage(
            "XTASK_SKIP is for local iteration only; CI must run every step (unset XTASK_SKIP)"
                .to_owned(),
        ));
    }

    let started = Instant::now();
    let mut tally = Tally::default();
    let mut results: Vec<(Step, Status)> = Vec::new();
    let mut failure = None;
    for step in Step::ALL {
        if failure.is_some() {
            results.push((step, Status::NotRun));
            continue;
        }
        if skip.contains(&step) {
            println!("==> {} (skipped: XTASK_SKIP)", step.name());
            results.push((step, Status::Skipped("XTASK_SKIP")));
            continue;
        }
        if step == Step::Lockfile && !in_ci {
            results.push((step, Status::Skipped("only under CI")));
            continue;
        }

        println!("==> {}", step.name());
        let step_started = Instant::now();
        let outcome = run_step(step, &mut tally);
        let elapsed = step_started.elapsed();
        match outcome {
            Ok(note) => {
                println!(
                    "    {} ok in {}",
                    step.name(),
                    process::format_duration(elapsed)
                );
                results.push((step, Status::Passed(elapsed, note)));
            }
            Err(message) => {
                println!(
                    "    {} FAILED after {}",
                    step.name(),
                    process::format_duration(elapsed)
                );
                results.push((step, Status::Failed(elapsed)));
                failure = Some(format!("ci step `{}` failed: {message}", step.name()));
            }
        }
    }

    print_summary(&results, started.elapsed());
    // The last line: what the test runners reported, all steps together.
    println!("tests: {} passed, {} failed", tally.passed, tally.failed);
    match failure {
        Some(message) => Err(Failure::Failed(message)),
        None => Ok(()),
    }
}

/// Prints `cargo xtask ci --help`.
fn print_help() {
    let names: Vec<&str> = Step::ALL.iter().map(|step| step.name()).collect();
    println!("cargo xtask ci");
    println!();
    println!("Runs every check CI runs, in order, stopping at the first failure:");
    println!("    {}", names.join(", "));
    println!();
    println!("Environment:");
    println!("    XTASK_SKIP=deny,doc   skip the named steps (local iteration only;");
    println!("                          refused when CI is set)");
    println!("    CI=true               CI mode: also checks that Cargo.lock is committed");
    println!("                          and up to date");
    println!("    KAMAKI_REALCLOUD_*    where the realcloud step keeps its servers and which");
    println!("                          ports they use (`cargo xtask realcloud --help`)");
}

/// Whether we are running under CI (`CI` set to anything but empty, `0` or
/// `false`, which is what the common CI services export).
fn in_ci() -> bool {
    match std::env::var("CI") {
        Ok(value) => !matches!(value.trim(), "" | "0" | "false" | "FALSE" | "False"),
        Err(_) => false,
    }
}

/// Reads `XTASK_SKIP`, rejecting names that are not steps so that a typo
/// does not quietly run a step the user meant to skip (or vice versa).
fn steps_to_skip() -> Result<Vec<Step>, Failure> {
    let Some(raw) = std::env::var_os("XTASK_SKIP") else {
        return Ok(Vec::new());
    };
    let raw = raw
        .into_string()
        .map_err(|_| Failure::Usage("XTASK_SKIP is not valid UTF-8".to_owned()))?;
    parse_skip(&raw).map_err(Failure::Usage)
}

/// Parses a comma-separated list of step names.
fn parse_skip(raw: &str) -> Result<Vec<Step>, String> {
    let mut steps = Vec::new();
    for word in raw
        .split(',')
        .map(str::trim)
        .filter(|word| !word.is_empty())
    {
        let step = Step::ALL
            .into_iter()
            .find(|step| step.name().eq_ignore_ascii_case(word))
            .ok_or_else(|| {
                let names: Vec<&str> = Step::ALL.iter().map(|step| step.name()).collect();
                format!(
                    "XTASK_SKIP names unknown step `{word}`; steps are: {}",
                    names.join(", ")
                )
            })?;
        steps.push(step);
    }
    Ok(steps)
}

/// Runs one step. `Ok` may carry a note for the summary (e.g. which test
/// runner was used); `Err` says what failed.
fn run_step(step: Step, tally: &mut Tally) -> Result<Option<String>, String> {
    match step {
        Step::Lockfile => check_lockfile().map(|()| None),
        Step::Fmt => run_cargo(&["fmt", "--all", "--", "--check"], &[]).map(|()| None),
        Step::Clippy => run_cargo(
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--locked",
                "--",
                "-D",
                "warnings",
            ],
            &[],
        )
        .map(|()| None),
        Step::Test => run_tests(tally).map(Some),
        Step::Doctest => run_counted(
            process::cargo_command(&["test", "--workspace", "--doc", "--locked"]),
            tally,
        )
        .map(|()| None),
        Step::Doc => {
            let mut flags = std::env::var("RUSTDOCFLAGS").unwrap_or_default();
            if !flags.trim().is_empty() {
                flags.push(' ');
            }
            flags.push_str("-D warnings");
            run_cargo(
                &["doc", "--workspace", "--no-deps", "--locked"],
                &[("RUSTDOCFLAGS", flags.as_str())],
            )
            .map(|()| None)
        }
        Step::Deny => run_deny().map(Some),
        Step::Codegen => crate::codegen::run(&["--check".to_owned()])
            .map(|()| None)
            .map_err(|failure| match failure {
                Failure::Usage(m) | Failure::Failed(m) => m,
            }),
        Step::Realcloud => crate::realcloud::ci_step(tally).map(Some),
    }
}

/// Runs `cargo <args>` from the workspace root with output shown.
fn run_cargo(args: &[&str], envs: &[(&str, &str)]) -> Result<(), String> {
    let mut command = process::cargo_command(args);
    command.envs(envs.iter().copied());
    run_shown(command)
}

/// Prints `$ <command>`, runs it with inherited output, and turns a failure
/// into a message naming the command and its exit status.
fn run_shown(mut command: Command) -> Result<(), String> {
    let shown = process::display(&command);
    println!("    $ {shown}");
    let status = command
        .status()
        .map_err(|error| format!("could not run `{shown}`: {error}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// Like [`run_shown`], and adds the tests the command reports to `tally`.
fn run_counted(command: Command, tally: &mut Tally) -> Result<(), String> {
    let shown = process::display(&command);
    println!("    $ {shown}");
    match tally::run_counting(command, tally) {
        Ok(true) => Ok(()),
        Ok(false) => Err(format!("`{shown}` failed")),
        Err(error) => Err(format!("could not run `{shown}`: {error}")),
    }
}

/// Tests with cargo-nextest when `cargo nextest` works, else `cargo test`.
/// Doctests are a step of their own either way. The real-cloud conformance
/// tests are left out here (nextest's default profile filters them out);
/// they are the `realcloud` step.
fn run_tests(tally: &mut Tally) -> Result<String, String> {
    if tools::nextest_available() {
        run_counted(
            process::cargo_command(&[
                "nextest",
                "run",
                "--workspace",
                "--locked",
                "--no-fail-fast",
            ]),
            tally,
        )?;
        Ok("cargo nextest".to_owned())
    } else {
        println!("    cargo-nextest is not installed; using cargo test");
        run_counted(
            process::cargo_command(&["test", "--workspace", "--exclude", "tests", "--locked"]),
            tally,
        )?;
        // The `tests` package without its realcloud targets.
        let targets = crate::realcloud::test_targets()?;
        let mut command =
            process::cargo_command(&["test", "--package", "tests", "--locked", "--lib"]);
        for name in &targets.others {
            command.args(["--test", name]);
        }
        run_counted(command, tally)?;
        Ok("cargo test".to_owned())
    }
}

/// Under CI, `cargo xtask` itself runs `cargo run` without `--locked`, which
/// silently rewrites a stale Cargo.lock before any step runs; every later
/// `--locked` would then check the rewritten file. So check that the file is
/// committed and unchanged.
fn check_lockfile() -> Result<(), String> {
    let root = process::workspace_root();
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(&root)
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
    };

    match git(&["rev-parse", "--is-inside-work-tree"]) {
        Ok(output) if output.status.success() => {}
        _ => {
            println!("    not a git checkout (or no git); Cargo.lock not checked");
            return Ok(());
        }
    }

    let tracked = git(&["ls-files", "--error-unmatch", "--", "Cargo.lock"])
        .map_err(|error| format!("could not run git: {error}"))?;
    if !tracked.status.success() {
        return Err(
            "Cargo.lock is not committed; commit it so that CI builds what was tested".to_owned(),
        );
    }

    let status = git(&["status", "--porcelain", "--", "Cargo.lock"])
        .map_err(|error| format!("could not run git: {error}"))?;
    if !status.status.success() {
        return Err("`git status -- Cargo.lock` failed".to_owned());
    }
    if !status.stdout.is_empty() {
        return Err(
            "Cargo.lock differs from the committed one (cargo rewrote it, so the committed \
             file is out of date); run `cargo update --workspace` locally and commit Cargo.lock"
                .to_owned(),
        );
    }
    println!("    Cargo.lock is committed and up to date");
    Ok(())
}

/// cargo-deny with the workspace's `deny.toml`.
///
/// cargo-deny always runs `--offline` here: its only other network use is
/// fetching the RustSec advisory database from GitHub, which CI's network
/// does not reach. Crates come through cargo instead: `cargo fetch` first
/// downloads every crate of every target in Cargo.lock, so cargo-deny's own
/// offline `cargo metadata` finds them all. The advisories check runs only
/// when a local copy of the database exists (it fails if that copy is older
/// than `maximum-db-staleness`).
fn run_deny() -> Result<String, String> {
    let cargo_deny = tools::cargo_deny()?;

    run_cargo(&["fetch", "--locked"], &[])?;

    let mut checks = vec!["licenses", "bans", "sources"];
    let note = match local_advisory_db() {
        Some(db) => {
            println!("    using the local advisory database at {}", db.display());
            checks.insert(0, "advisories");
            "advisories, licenses, bans, sources".to_owned()
        }
        None => {
            println!(
                "    note: advisories skipped: the RustSec advisory database cannot be fetched \
                 on this network and there is no local copy in {}",
                advisory_db_root().map_or_else(
                    || "$CARGO_HOME/advisory-dbs".to_owned(),
                    |root| root.display().to_string()
                )
            );
            "licenses, bans, sources; advisories skipped: no database".to_owned()
        }
    };

    let mut command = Command::new(&cargo_deny);
    command
        .args([
            "--all-features",
            "--locked",
            "--offline",
            "check",
            "--hide-inclusion-graph",
        ])
        .args(&checks)
        .current_dir(process::workspace_root())
        .stdin(Stdio::null());
    run_shown(command)?;
    Ok(note)
}

/// cargo-deny's default database directory: `$CARGO_HOME/advisory-dbs`,
/// with `CARGO_HOME` defaulting to `~/.cargo` (deny.toml keeps the default).
fn advisory_db_root() -> Option<PathBuf> {
    let cargo_home = match std::env::var_os("CARGO_HOME") {
        Some(home) if !home.is_empty() => PathBuf::from(home),
        _ => PathBuf::from(std::env::var_os("HOME")?).join(".cargo"),
    };
    Some(cargo_home.join("advisory-dbs"))
}

/// A git checkout of the RustSec database under [`advisory_db_root`], which
/// cargo-deny names `advisory-db-<hash of the URL>`.
fn local_advisory_db() -> Option<PathBuf> {
    let entries = std::fs::read_dir(advisory_db_root()?).ok()?;
    entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .find(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with("advisory-db-"))
                && path.join(".git").exists()
        })
}

/// Prints the end-of-run table: every step, its status and duration.
fn print_summary(results: &[(Step, Status)], total: Duration) {
    println!("==> summary");
    for (step, status) in results {
        let line = match status {
            Status::Passed(elapsed, note) => {
                let note = note
                    .as_deref()
                    .map(|note| format!("  ({note})"))
                    .unwrap_or_default();
                format!("ok       {:>8}{note}", process::format_duration(*elapsed))
            }
            Status::Failed(elapsed) => {
                format!("FAILED   {:>8}", process::format_duration(*elapsed))
            }
            Status::Skipped(reason) => format!("skipped  {:>8}  ({reason})", "-"),
            Status::NotRun => format!("not run  {:>8}  (an earlier step failed)", "-"),
        };
        println!("    {:<10}{line}", step.name());
    }
    println!("    total: {}", process::format_duration(total));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skip_lists_parse_and_reject_typos() {
        assert_eq!(parse_skip("").unwrap(), Vec::<Step>::new());
        assert_eq!(
            parse_skip("deny, doc,").unwrap(),
            vec![Step::Deny, Step::Doc]
        );
        assert_eq!(parse_skip("CLIPPY").unwrap(), vec![Step::Clippy]);
        let error = parse_skip("deny,docs").unwrap_err();
        assert!(error.contains("`docs`"), "{error}");
        assert!(error.contains("doctest"), "{error}");
    }

    #[test]
    fn step_names_are_unique() {
        for (i, a) in Step::ALL.iter().enumerate() {
            for b in &Step::ALL[i + 1..] {
                assert_ne!(a.name(), b.name());
            }
        }
    }
}
