//! The conformance tests: every integration test of the `tests` package
//! whose file is `tests/tests/realcloud*.rs`, run against the servers with
//! `KAMAKI_REALCLOUD` pointing at the credentials file.
//!
//! With cargo-nextest they run under the `realcloud` profile of
//! `.config/nextest.toml`, whose default filter selects exactly those
//! binaries (the default profile leaves them out, so that a plain
//! `cargo nextest run --workspace` does not need the servers). Without
//! nextest, `cargo test --test NAME` names each one.

use std::fs;
use std::process::Command;

use super::settings::Settings;
use crate::process;
use crate::tally::{self, Tally};
use crate::tools;

/// The variable the tests read (`tests::realcloud::ENV_VAR`).
pub(crate) const CREDENTIALS_VAR: &str = "KAMAKI_REALCLOUD";
/// The nextest profile that selects the realcloud binaries.
const NEXTEST_PROFILE: &str = "realcloud";
/// The package holding the tests.
const PACKAGE: &str = "tests";
/// The prefix of the conformance tests' file names.
const PREFIX: &str = "realcloud";

/// The `tests` package's integration test targets, split into the
/// conformance tests and the others, each sorted by name.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Targets {
    /// `realcloud*`: they need the servers.
    pub(crate) realcloud: Vec<String>,
    /// The rest.
    pub(crate) others: Vec<String>,
}

/// Lists `tests/tests/*.rs` (cargo's automatic test targets).
pub(crate) fn targets() -> Result<Targets, String> {
    let dir = process::workspace_root().join(PACKAGE).join("tests");
    let entries =
        fs::read_dir(&dir).map_err(|error| format!("cannot list {}: {error}", dir.display()))?;
    let names = entries.filter_map(Result::ok).filter_map(|entry| {
        let path = entry.path();
        let is_rust = path.extension().is_some_and(|ext| ext == "rs") && path.is_file();
        is_rust
            .then(|| path.file_stem()?.to_str().map(str::to_owned))
            .flatten()
    });
    Ok(split(names))
}

/// Splits target names by [`PREFIX`].
fn split(names: impl Iterator<Item = String>) -> Targets {
    let mut targets = Targets::default();
    for name in names {
        if name.starts_with(PREFIX) {
            targets.realcloud.push(name);
        } else {
            targets.others.push(name);
        }
    }
    targets.realcloud.sort();
    targets.others.sort();
    targets
}

/// The command that runs the conformance tests (plus any `extra`
/// arguments for the runner), and the runner's name.
///
/// It builds the whole workspace's tests, like `cargo xtask ci`'s test step,
/// and lets the filter pick: building only the `tests` package would unify
/// the dependencies' features differently and so rebuild most of them.
pub(crate) fn command(
    settings: &Settings,
    targets: &Targets,
    extra: &[String],
) -> (Command, &'static str) {
    let (mut command, runner) = if tools::nextest_available() {
        (
            process::cargo_command(&[
                "nextest",
                "run",
                "--workspace",
                "--profile",
                NEXTEST_PROFILE,
                "--locked",
                "--no-fail-fast",
            ]),
            "cargo nextest",
        )
    } else {
        let mut command =
            process::cargo_command(&["test", "--workspace", "--locked", "--no-fail-fast"]);
        for name in &targets.realcloud {
            command.args(["--test", name]);
        }
        (command, "cargo test")
    };
    command
        .args(extra)
        .env(CREDENTIALS_VAR, settings.credentials_file());
    (command, runner)
}

/// Runs the conformance tests, adding what the runner reports to `tally`.
pub(crate) fn run(
    settings: &Settings,
    targets: &Targets,
    extra: &[String],
    tally: &mut Tally,
) -> Result<&'static str, String> {
    let (command, runner) = command(settings, targets, extra);
    let shown = process::display(&command);
    println!("    $ {shown}");
    match tally::run_counting(command, tally) {
        Ok(true) => Ok(runner),
        Ok(false) => Err(format!(
            "the real-cloud conformance tests failed (`{shown}`)"
        )),
        Err(error) => Err(format!("could not run `{shown}`: {error}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_split_by_prefix() {
        let names = ["realcloud_swift", "in_process", "realcloud_cli", "cli"];
        let targets = split(names.iter().map(|n| (*n).to_owned()));
        assert_eq!(targets.realcloud, vec!["realcloud_cli", "realcloud_swift"]);
        assert_eq!(targets.others, vec!["cli", "in_process"]);
    }

    #[test]
    fn the_workspace_tests_are_listed() {
        let targets = targets().unwrap();
        assert!(
            targets.others.iter().any(|n| n == "in_process"),
            "{targets:?}"
        );
    }

    #[test]
    fn the_nextest_profile_selects_exactly_the_realcloud_binaries() {
        let config =
            fs::read_to_string(process::workspace_root().join(".config/nextest.toml")).unwrap();
        assert!(config.contains(&format!("[profile.{NEXTEST_PROFILE}]")));
        assert!(config.contains("default-filter = 'binary_id(/^tests::realcloud/)'"));
        assert!(config.contains("default-filter = 'not binary_id(/^tests::realcloud/)'"));
    }
}
