//! `cargo xtask realcloud up|down|test`: real OpenStack Keystone (30), Swift
//! (2.38, Keystone auth) and Glance (33) from PyPI, on 127.0.0.1, for the
//! conformance tests in `tests/tests/realcloud*.rs`.
//!
//! * `up` installs the pinned servers and clients into a Python venv in the
//!   state directory (once), prepares their data (once), starts them, waits
//!   until each answers, logs in as each test user, and writes
//!   `credentials.json` (what the tests read), `clouds.yaml` and openrc files.
//!   When everything is already up it only checks the logins and rewrites
//!   the files.
//! * `down` stops exactly the processes `up` started.
//! * `test` runs `up`, the conformance tests, and `down` if it started them.
//!
//! Files, in `${XDG_CACHE_HOME:-~/.cache}/kamaki-xtask/realcloud` unless
//! `KAMAKI_REALCLOUD_DIR` says otherwise: `venv/`, `keystone/`, `swift/`,
//! `glance/` (configuration and data), `log/NAME.log`, `run/pids`,
//! `credentials.json`, `clouds.yaml`, `admin-openrc.sh`, `demo-openrc.sh`.

mod bootstrap;
mod configs;
mod conformance;
mod credentials;
mod http;
mod install;
mod logs;
mod pids;
mod services;
mod settings;
mod sharing;

use std::fs;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::Failure;
use crate::process;
use crate::tally::Tally;
use settings::{DIR_VAR, FRESH_VAR, PYTHON_VAR, Ports, Settings};
use sharing::{Lease, Lock};

pub(crate) use conformance::Targets;

/// How long a server gets to answer after it is started (Glance, the
/// slowest, takes about 10 s on two cores).
const READY_TIMEOUT: Duration = Duration::from_secs(180);
/// How long `down` waits after SIGTERM before SIGKILL.
const STOP_GRACE: Duration = Duration::from_secs(10);
/// How long a command waits for another one to release the state directory
/// (a cold `up` holds it for about two minutes).
const LOCK_TIMEOUT: Duration = Duration::from_secs(15 * 60);

/// Prints a progress line.
pub(crate) fn say(message: &str) {
    println!("[realcloud] {message}");
}

/// Entry point for `cargo xtask realcloud …`.
pub(crate) fn run(args: &[String]) -> Result<(), Failure> {
    let Some((command, rest)) = args.split_first() else {
        print_help();
        return Err(Failure::Usage(
            "`cargo xtask realcloud` needs a command: up, down or test".to_owned(),
        ));
    };
    let no_more = |rest: &[String]| match rest.first() {
        Some(extra) => Err(Failure::Usage(format!(
            "`cargo xtask realcloud {command}` takes no arguments (got `{extra}`)"
        ))),
        None => Ok(()),
    };
    match command.as_str() {
        "-h" | "--help" | "help" => {
            print_help();
            Ok(())
        }
        "up" => {
            no_more(rest)?;
            let settings = Settings::from_env()?;
            up(&settings, false).map(|_| ()).map_err(Failure::Failed)
        }
        "down" => {
            no_more(rest)?;
            let settings = Settings::from_env()?;
            down(&settings).map_err(Failure::Failed)
        }
        "test" => {
            let extra = match rest.split_first() {
                None => &[][..],
                Some((dashes, extra)) if dashes == "--" => extra,
                Some((other, _)) => {
                    return Err(Failure::Usage(format!(
                        "`cargo xtask realcloud test` takes test-runner arguments after `--` \
                         (got `{other}`)"
                    )));
                }
            };
            let settings = Settings::from_env()?;
            let mut tally = Tally::default();
            let result = test(&settings, extra, &mut tally);
            println!("tests: {} passed, {} failed", tally.passed, tally.failed);
            result.map(|_| ()).map_err(Failure::Failed)
        }
        other => Err(Failure::Usage(format!(
            "unknown realcloud command `{other}`; commands: up, down, test"
        ))),
    }
}

/// The `realcloud` step of `cargo xtask ci`: exactly `realcloud test`.
/// Returns a note for the summary.
pub(crate) fn ci_step(tally: &mut Tally) -> Result<String, String> {
    let settings = Settings::from_env().map_err(|failure| match failure {
        Failure::Usage(message) | Failure::Failed(message) => message,
    })?;
    test(&settings, &[], tally)
}

/// The `tests` package's integration tests, the conformance tests apart
/// (for `cargo test`, which has no filter to leave them out by).
pub(crate) fn test_targets() -> Result<Targets, String> {
    conformance::targets()
}

/// Prints `cargo xtask realcloud --help`.
fn print_help() {
    let ports = Ports::default_ports();
    println!("cargo xtask realcloud up|down|test [-- TEST-RUNNER-ARGS]");
    println!();
    println!("Real OpenStack servers on 127.0.0.1, installed from PyPI into a Python venv:");
    println!("Keystone 30 (identity v3), Swift 2.38 (Keystone auth) and Glance 33.");
    println!();
    println!("    up      install (once), start, wait until every server answers, log in as");
    println!("            admin and demo, write credentials.json, clouds.yaml and openrc files");
    println!("            (cold: 2-3 minutes; warm: 10-25 s; already up: about 1 s)");
    println!("    down    stop exactly the processes `up` started (data and venv are kept)");
    println!("    test    up, run the conformance tests (tests/tests/realcloud*.rs) with");
    println!("            KAMAKI_REALCLOUD=<dir>/credentials.json, then down if it started them");
    println!();
    println!("Environment:");
    let fixed = [
        (
            DIR_VAR,
            "state directory (default ~/.cache/kamaki-xtask/realcloud)".to_owned(),
        ),
        (
            FRESH_VAR,
            "set to 1: wipe the servers' data first (the venv is kept)".to_owned(),
        ),
        (
            PYTHON_VAR,
            "interpreter for the venv (default python3.11, else python3; >= 3.10)".to_owned(),
        ),
    ];
    let port_vars = ports.all().map(|(name, port)| {
        (
            Ports::variable_of(name),
            format!("{name} port (default {port})"),
        )
    });
    for (var, what) in fixed.into_iter().chain(port_vars) {
        println!("    {var:<34}{what}");
    }
    println!();
    println!("Users: admin/secretpass (project admin), demo/demopass (member of project demo).");
    println!("With the stock clients: `. <dir>/demo-openrc.sh; <dir>/venv/bin/swift stat`, or");
    println!(
        "`OS_CLIENT_CONFIG_FILE=<dir>/clouds.yaml <dir>/venv/bin/openstack --os-cloud realcloud-demo …`."
    );
    println!("Logs: <dir>/log/NAME.log.");
}

/// Brings the servers up (or finds them up). Returns whether this call
/// started them, and a lease on them when `with_lease` (see [`sharing`]).
fn up(settings: &Settings, with_lease: bool) -> Result<(bool, Option<Lease>), String> {
    let started_at = Instant::now();
    if !cfg!(target_os = "linux") {
        return Err("`cargo xtask realcloud` runs on Linux only (it reads /proc)".to_owned());
    }
    fs::create_dir_all(settings.run_dir()).map_err(|error| {
        format!(
            "cannot create {}: {error}; set {DIR_VAR} to a writable directory",
            settings.run_dir().display()
        )
    })?;
    let _lock = Lock::acquire(&settings.run_dir(), LOCK_TIMEOUT)?;
    let take_lease = || -> Result<Option<Lease>, String> {
        if with_lease {
            Lease::take(&settings.run_dir()).map(Some)
        } else {
            Ok(None)
        }
    };

    let user = id("-un")?;
    let fingerprint = format!(
        "{} configuration={}",
        settings.fingerprint(),
        configs::digest(settings, &user)
    );
    let recorded = pids::read(&settings.pid_file())
        .map_err(|error| format!("cannot read {}: {error}", settings.pid_file().display()))?;
    if settings.fresh {
        if !recorded.is_empty() {
            say("stopping the running servers");
            stop(settings)?;
        }
        wipe(settings)?;
    } else if !recorded.is_empty() {
        if is_up(settings, &recorded, &fingerprint) {
            match already_up(settings) {
                Ok(()) => {
                    say(&format!(
                        "already up (checked in {}); credentials in {}",
                        process::format_duration(started_at.elapsed()),
                        settings.credentials_file().display()
                    ));
                    return Ok((false, take_lease()?));
                }
                Err(error) => say(&format!(
                    "the running servers do not answer as they should ({error}); restarting them"
                )),
            }
        } else {
            say("stopping what is left of an earlier run");
        }
        stop(settings)?;
    }

    if let Err(error) = start(settings, &user, &fingerprint, started_at) {
        let started_some = pids::read(&settings.pid_file()).is_ok_and(|list| !list.is_empty());
        if !started_some {
            return Err(error);
        }
        let stopped = stop(settings).map_or_else(
            |stop_error| {
                format!("\n(stopping the servers that had started failed too: {stop_error})")
            },
            |()| "\n(the servers that had started were stopped)".to_owned(),
        );
        return Err(format!("{error}{stopped}"));
    }
    Ok((true, take_lease()?))
}

/// Whether every server recorded is still running, started with what
/// `fingerprint` describes.
fn is_up(settings: &Settings, recorded: &[pids::Recorded], fingerprint: &str) -> bool {
    let same_settings =
        fs::read_to_string(settings.fingerprint_file()).is_ok_and(|text| text == fingerprint);
    same_settings
        && install::is_complete(settings)
        && services::all(settings).iter().all(|server| {
            recorded
                .iter()
                .any(|process| process.name == server.name && process.is_running())
        })
}

/// The fast path: the servers run; check that the users can log in and
/// rewrite the credentials.
fn already_up(settings: &Settings) -> Result<(), String> {
    let ids = bootstrap::setup_keystone(settings)?;
    credentials::verify_logins(settings, &ids)?;
    credentials::write(settings, &ids)
}

/// Installs, configures, prepares and starts everything, then checks it.
/// `fingerprint` is recorded for [`is_up`].
fn start(
    settings: &Settings,
    user: &str,
    fingerprint: &str,
    started_at: Instant,
) -> Result<(), String> {
    for (name, port) in settings.ports.all() {
        if http::port_in_use(port) {
            return Err(format!(
                "port {port} (for {name}) is already in use by another program; stop it, or \
                 give {name} another port with {}=PORT",
                Ports::variable_of(name)
            ));
        }
    }
    fs::create_dir_all(settings.log_dir())
        .map_err(|error| format!("cannot create {}: {error}", settings.log_dir().display()))?;
    install::ensure(settings)?;
    let group = id("-gn")?;
    configs::write_all(settings, user)?;
    bootstrap::prepare(settings, user, &group)?;
    fs::write(settings.fingerprint_file(), fingerprint).map_err(|error| {
        format!(
            "cannot write {}: {error}",
            settings.fingerprint_file().display()
        )
    })?;

    let servers = services::all(settings);
    let mut running = Vec::new();
    for server in &servers {
        running.push(services::start(settings, server)?);
    }
    say(&format!(
        "started {} (logs in {})",
        servers
            .iter()
            .map(|server| server.name)
            .collect::<Vec<_>>()
            .join(", "),
        settings.log_dir().display()
    ));

    // Keystone first: its users and catalog must exist before the logins.
    let mut ids = None;
    for (server, process) in servers.iter().zip(&running) {
        services::wait_ready(settings, server, process, READY_TIMEOUT)?;
        if let Some(probe) = server.probe {
            say(&format!(
                "{} answers on :{} ({})",
                server.name,
                probe.port,
                process::format_duration(started_at.elapsed())
            ));
        }
        if server.name == "keystone" {
            ids = Some(bootstrap::setup_keystone(settings)?);
        }
    }
    let ids = ids.ok_or("keystone is not among the servers")?;
    let token = credentials::verify_logins(settings, &ids)?;
    credentials::verify_services(settings, &token)?;
    credentials::write(settings, &ids)?;
    say(&format!(
        "up in {}: Keystone {}/v3, Swift {}, Glance {}; credentials in {}; stop with \
         `cargo xtask realcloud down`",
        process::format_duration(started_at.elapsed()),
        Settings::url(settings.ports.keystone),
        Settings::url(settings.ports.swift),
        Settings::url(settings.ports.glance),
        settings.credentials_file().display()
    ));
    Ok(())
}

/// `id -un` or `id -gn` (Swift runs "as" the user; Keystone's key
/// directories are owned by user and group).
fn id(flag: &str) -> Result<String, String> {
    let output = Command::new("id")
        .arg(flag)
        .stdin(Stdio::null())
        .output()
        .map_err(|error| format!("cannot run `id {flag}`: {error}"))?;
    let name = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    if output.status.success() && !name.is_empty() {
        Ok(name)
    } else {
        Err(format!("`id {flag}` failed ({})", output.status))
    }
}

/// Removes the servers' data and logs (not the venv, not pip's log).
fn wipe(settings: &Settings) -> Result<(), String> {
    say(&format!(
        "{FRESH_VAR}: wiping the servers' data (the venv is kept)"
    ));
    for dir in [
        settings.keystone_dir(),
        settings.swift_dir(),
        settings.glance_dir(),
    ] {
        match fs::remove_dir_all(&dir) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(format!("cannot remove {}: {error}", dir.display())),
        }
    }
    if let Ok(entries) = fs::read_dir(settings.log_dir()) {
        for entry in entries.filter_map(Result::ok) {
            if entry.file_name() != "pip.log" {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
    for file in [settings.credentials_file(), settings.fingerprint_file()] {
        let _ = fs::remove_file(file);
    }
    Ok(())
}

/// Stops what the PID file names (the caller holds the lock).
fn stop(settings: &Settings) -> Result<(), String> {
    let report = pids::stop_all(&settings.pid_file(), STOP_GRACE)
        .map_err(|error| format!("cannot stop the servers: {error}"))?;
    for line in report {
        say(&line);
    }
    let _ = fs::remove_file(settings.fingerprint_file());
    Ok(())
}

/// `cargo xtask realcloud down`.
fn down(settings: &Settings) -> Result<(), String> {
    let started_at = Instant::now();
    if !settings.pid_file().exists() {
        say(&format!(
            "nothing to stop (no {})",
            settings.pid_file().display()
        ));
        return Ok(());
    }
    let _lock = Lock::acquire(&settings.run_dir(), LOCK_TIMEOUT)?;
    stop(settings)?;
    say(&format!(
        "down in {}",
        process::format_duration(started_at.elapsed())
    ));
    Ok(())
}

/// `cargo xtask realcloud test`: up, the conformance tests, down if this
/// run started the servers (also when the tests fail). Returns a note.
fn test(settings: &Settings, extra: &[String], tally: &mut Tally) -> Result<String, String> {
    let targets = conformance::targets()?;
    if targets.realcloud.is_empty() {
        say("no conformance tests (tests/tests/realcloud*.rs) to run");
        return Ok("no realcloud tests".to_owned());
    }
    say(&format!(
        "conformance tests: {}",
        targets.realcloud.join(", ")
    ));
    let (started, lease) = up(settings, true)?;
    let result = conformance::run(settings, &targets, extra, tally);
    let stopped = match lease {
        Some(lease) => Lock::acquire(&settings.run_dir(), LOCK_TIMEOUT).and_then(|_lock| {
            if lease.release(started) {
                say("stopping the servers this run started");
                stop(settings).map(|()| true)
            } else {
                Ok(false)
            }
        }),
        None => Ok(false),
    };
    let runner = result?;
    let stopped = stopped?;
    Ok(format!(
        "{runner}; servers {}",
        match (started, stopped) {
            (true, true) => "started and stopped",
            (true, false) => "started, left running for another run",
            (false, true) => "already up, stopped as the last user",
            (false, false) => "already up, left running",
        }
    ))
}
