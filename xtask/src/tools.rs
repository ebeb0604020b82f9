//! Finding, and if need be installing, the cargo tools the checks use.
//!
//! Tools are installed with `cargo install --locked` into a per-user cache,
//! `${XDG_CACHE_HOME:-$HOME/.cache}/kamaki-xtask/tools`, never into
//! `~/.cargo/bin`, so xtask does not change what the user's own `cargo`
//! runs. A tool already on `PATH` is used as it is.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::process::{self, Outcome};

/// The cargo-deny release series `deny.toml` is written for. Installs are
/// pinned to it, and an older binary found on `PATH` is passed over, because
/// cargo-deny rejects configuration keys it does not know.
const CARGO_DENY_SERIES: (u64, u64) = (0, 20);

/// How long the registry gets to answer before we call it unreachable.
const REGISTRY_PROBE_TIMEOUT: Duration = Duration::from_secs(30);

/// An upper bound on `cargo install` (cargo-deny builds in about three
/// minutes on two cores), so a stalled download cannot hang CI forever.
const INSTALL_TIMEOUT: Duration = Duration::from_secs(45 * 60);

/// The path of a cargo-deny binary that is recent enough for `deny.toml`:
/// from `PATH`, else from the xtask tool cache, else freshly installed into
/// that cache.
pub(crate) fn cargo_deny() -> Result<PathBuf, String> {
    let name = format!("cargo-deny{}", std::env::consts::EXE_SUFFIX);
    let (major, minor) = CARGO_DENY_SERIES;

    if let Some(found) = find_on_path(&name) {
        match version_of(&found) {
            Some(version) if (version.0, version.1) >= CARGO_DENY_SERIES => return Ok(found),
            Some(version) => println!(
                "    note: ignoring {} (version {}.{}.{}; deny.toml needs {major}.{minor} or newer)",
                found.display(),
                version.0,
                version.1,
                version.2
            ),
            None => println!(
                "    note: ignoring {}: `--version` did not report a version",
                found.display()
            ),
        }
    }

    let root = tools_root()?;
    let cached = root.join("bin").join(&name);
    if process::is_executable(&cached) {
        return Ok(cached);
    }

    let install_hint = format!(
        "install it with `cargo install cargo-deny --locked --version ~{major}.{minor}` \
         (or put a cargo-deny binary on PATH), or skip this step locally with XTASK_SKIP=deny"
    );
    if !registry_reachable() {
        return Err(format!(
            "cargo-deny is not installed and crates.io cannot be reached; {install_hint}"
        ));
    }

    install("cargo-deny", &format!("~{major}.{minor}"), &root)?;
    if process::is_executable(&cached) {
        Ok(cached)
    } else {
        Err(format!(
            "`cargo install` succeeded but {} does not exist; {install_hint}",
            cached.display()
        ))
    }
}

/// Whether `cargo nextest` runs (it is optional: the tests fall back to
/// `cargo test` without it).
pub(crate) fn nextest_available() -> bool {
    let mut probe = process::cargo_command(&["nextest", "--version"]);
    probe.stdout(Stdio::null()).stderr(Stdio::null());
    matches!(
        process::run_with_timeout(&mut probe, Duration::from_secs(60)),
        Ok(Outcome::Exited(status)) if status.success()
    )
}

/// `${XDG_CACHE_HOME:-$HOME/.cache}/kamaki-xtask/tools`.
fn tools_root() -> Result<PathBuf, String> {
    Ok(cache_root()?.join("tools"))
}

/// `${XDG_CACHE_HOME:-$HOME/.cache}/kamaki-xtask`, where xtask keeps what it
/// installs (tools, the realcloud venv). A relative `XDG_CACHE_HOME` is
/// ignored, as the XDG specification asks.
pub(crate) fn cache_root() -> Result<PathBuf, String> {
    let cache = match std::env::var_os("XDG_CACHE_HOME").map(PathBuf::from) {
        Some(dir) if dir.is_absolute() => dir,
        _ => match std::env::var_os("HOME") {
            Some(home) if !home.is_empty() => PathBuf::from(home).join(".cache"),
            _ => {
                return Err(
                    "neither XDG_CACHE_HOME nor HOME is set, so there is no tool cache".to_owned(),
                );
            }
        },
    };
    Ok(cache.join("kamaki-xtask"))
}

/// The first executable called `name` in a `PATH` directory.
fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .filter(|dir| !dir.as_os_str().is_empty())
        .map(|dir| dir.join(name))
        .find(|candidate| process::is_executable(candidate))
}

/// Runs `<binary> --version` and reads the first `x.y.z` it prints.
fn version_of(binary: &Path) -> Option<(u64, u64, u64)> {
    let output = Command::new(binary)
        .arg("--version")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    String::from_utf8_lossy(&output.stdout)
        .split_whitespace()
        .find_map(parse_version)
}

/// Parses `1.2.3` (ignoring any `-pre` or `+build` suffix).
fn parse_version(word: &str) -> Option<(u64, u64, u64)> {
    let core = word.split(['-', '+']).next()?;
    let mut parts = core.split('.').map(|part| part.parse::<u64>().ok());
    let version = (parts.next()??, parts.next()??, parts.next()??);
    if parts.next().is_some() {
        return None;
    }
    Some(version)
}

/// Whether crates.io answers within [`REGISTRY_PROBE_TIMEOUT`].
///
/// The probe is `cargo info`, which reads the registry *index*, the same
/// path `cargo install` takes. (`cargo search` would be the obvious probe,
/// but it uses the crates.io web API, which registry mirrors and proxies
/// often do not serve even when installing works.) It runs outside the
/// workspace so that a half-edited workspace cannot make it fail.
fn registry_reachable() -> bool {
    println!(
        "    checking that crates.io is reachable (at most {}s)",
        REGISTRY_PROBE_TIMEOUT.as_secs()
    );
    let started = Instant::now();
    let mut probe = Command::new(process::cargo());
    probe
        .args(["info", "cargo-deny"])
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    match process::run_with_timeout(&mut probe, REGISTRY_PROBE_TIMEOUT) {
        Ok(Outcome::Exited(status)) if status.success() => true,
        Ok(Outcome::Exited(status)) => {
            println!("    `cargo info cargo-deny` failed ({status})");
            false
        }
        Ok(Outcome::TimedOut) => {
            println!(
                "    `cargo info cargo-deny` gave no answer in {}",
                process::format_duration(started.elapsed())
            );
            false
        }
        Err(error) => {
            println!("    could not run `cargo info`: {error}");
            false
        }
    }
}

/// `cargo install <krate> --locked --version <version> --root <root>`, with
/// its output shown, bounded by [`INSTALL_TIMEOUT`].
fn install(krate: &str, version: &str, root: &Path) -> Result<(), String> {
    std::fs::create_dir_all(root)
        .map_err(|error| format!("cannot create {}: {error}", root.display()))?;
    let mut command = Command::new(process::cargo());
    command
        .arg("install")
        .arg(krate)
        .args(["--locked", "--version", version, "--root"])
        .arg(root)
        // Outside the workspace, so its `.cargo/config.toml` does not apply.
        .current_dir(root)
        .stdin(Stdio::null());
    let shown = process::display(&command);
    println!("    {krate} is not installed; installing it once into the xtask tool cache");
    println!("    $ {shown}");
    let started = Instant::now();
    let outcome = process::run_with_timeout(&mut command, INSTALL_TIMEOUT)
        .map_err(|error| format!("could not run `{shown}`: {error}"))?;
    match outcome {
        Outcome::Exited(status) if status.success() => {
            println!(
                "    installed {krate} in {}",
                process::format_duration(started.elapsed())
            );
            Ok(())
        }
        Outcome::Exited(status) => Err(format!("`{shown}` failed ({status})")),
        Outcome::TimedOut => Err(format!(
            "`{shown}` did not finish in {}; killed it",
            process::format_duration(INSTALL_TIMEOUT)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_version;

    #[test]
    fn versions_parse() {
        assert_eq!(parse_version("0.20.2"), Some((0, 20, 2)));
        assert_eq!(parse_version("1.0.0-rc.1"), Some((1, 0, 0)));
        assert_eq!(parse_version("cargo-deny"), None);
        assert_eq!(parse_version("1.2"), None);
        assert_eq!(parse_version("1.2.3.4"), None);
    }
}
