//! The seven server processes: how each is started, how we know it answers.
//!
//! | name | program | answers when |
//! | --- | --- | --- |
//! | keystone | gunicorn, 2 workers, `keystone_wsgi:application` | `GET /v3` is 200 |
//! | swift-account, -container, -object | `swift-*-server` | `GET /healthcheck` is 200 |
//! | swift-proxy | `swift-proxy-server` | `GET /healthcheck` is 200 |
//! | swift-container-updater | the daemon through `swift_daemon.py` | (a daemon; it only has to live) |
//! | glance | gunicorn, 1 worker × 4 threads, `glance.wsgi.api:application` | `GET /versions` is 200 or 300 |
//!
//! Each runs in its own process group (so a Ctrl-C meant for `cargo` does
//! not reach it), with its output appended to `<dir>/log/NAME.log`, and is
//! recorded in the PID file with its start time as soon as it is spawned.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use super::configs::{KEYSTONE_WSGI_MODULE, SWIFT_DAEMON_FILE};
use super::http;
use super::logs;
use super::pids::{self, Recorded};
use super::settings::{HOST, Settings};

/// How to tell that a server answers.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Probe {
    /// The port on [`HOST`].
    pub(crate) port: u16,
    /// The path to `GET`.
    pub(crate) path: &'static str,
    /// The statuses that mean "ready".
    pub(crate) ready: &'static [u16],
}

/// One server process.
#[derive(Debug)]
pub(crate) struct Server {
    /// Its name in the PID file and its log's name.
    pub(crate) name: &'static str,
    /// The program and its arguments.
    program: PathBuf,
    args: Vec<OsString>,
    /// Extra environment.
    envs: Vec<(&'static str, OsString)>,
    /// How to tell that it answers; `None` for a daemon without a port.
    pub(crate) probe: Option<Probe>,
}

/// Every server, in start order (`down` stops them in reverse).
pub(crate) fn all(settings: &Settings) -> Vec<Server> {
    let ports = settings.ports;
    let etc = settings.swift_etc();
    let bind = |port: u16| OsString::from(format!("{HOST}:{port}"));
    let healthcheck = |port| {
        Some(Probe {
            port,
            path: "/healthcheck",
            ready: &[200],
        })
    };
    let swift_server = |name: &'static str, program: &str, conf: &str, port: u16| Server {
        name,
        program: settings.bin(program),
        args: vec![etc.join(conf).into(), "-v".into()],
        envs: Vec::new(),
        probe: healthcheck(port),
    };
    vec![
        Server {
            name: "keystone",
            program: settings.bin("gunicorn"),
            args: vec![
                "--no-control-socket".into(),
                "--chdir".into(),
                settings.keystone_dir().into(),
                "--bind".into(),
                bind(ports.keystone),
                "--workers".into(),
                "2".into(),
                "--timeout".into(),
                "120".into(),
                "--access-logfile".into(),
                settings.log("keystone-access").into(),
                format!("{KEYSTONE_WSGI_MODULE}:application").into(),
            ],
            envs: vec![("OS_KEYSTONE_CONFIG_DIR", settings.keystone_dir().into())],
            probe: Some(Probe {
                port: ports.keystone,
                path: "/v3",
                ready: &[200],
            }),
        },
        swift_server(
            "swift-account",
            "swift-account-server",
            "account-server.conf",
            ports.account,
        ),
        swift_server(
            "swift-container",
            "swift-container-server",
            "container-server.conf",
            ports.container,
        ),
        swift_server(
            "swift-object",
            "swift-object-server",
            "object-server.conf",
            ports.object,
        ),
        swift_server(
            "swift-proxy",
            "swift-proxy-server",
            "proxy-server.conf",
            ports.swift,
        ),
        Server {
            name: "swift-container-updater",
            program: settings.bin("python"),
            args: vec![
                settings.swift_dir().join(SWIFT_DAEMON_FILE).into(),
                etc.clone().into(),
                "swift.container.updater".into(),
                etc.join("container-server.conf").into(),
                "-v".into(),
            ],
            envs: Vec::new(),
            probe: None,
        },
        Server {
            name: "glance",
            program: settings.bin("gunicorn"),
            args: vec![
                "--no-control-socket".into(),
                "--bind".into(),
                bind(ports.glance),
                "--workers".into(),
                "1".into(),
                "--threads".into(),
                "4".into(),
                "--timeout".into(),
                "600".into(),
                "--access-logfile".into(),
                settings.log("glance-access").into(),
                "glance.wsgi.api:application".into(),
            ],
            envs: vec![("OS_GLANCE_CONFIG_DIR", settings.glance_dir().into())],
            probe: Some(Probe {
                port: ports.glance,
                path: "/versions",
                ready: &[200, 300],
            }),
        },
    ]
}

/// Spawns `server` detached (stdin closed, output to its log, own process
/// group) and records it in the PID file.
pub(crate) fn start(settings: &Settings, server: &Server) -> Result<Recorded, String> {
    let log = settings.log(server.name);
    let (stdout, stderr) =
        logs::append(&log).map_err(|error| format!("cannot open {}: {error}", log.display()))?;
    let mut command = Command::new(&server.program);
    command
        .args(&server.args)
        .envs(server.envs.iter().map(|(k, v)| (k, v)))
        // eventlet and oslo print deprecation warnings on every import.
        .env("PYTHONWARNINGS", "ignore")
        .env("PYTHONUNBUFFERED", "1")
        .current_dir(&settings.dir)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    let child = command.spawn().map_err(|error| {
        format!(
            "cannot start {} ({}): {error}",
            server.name,
            server.program.display()
        )
    })?;
    let pid = child.id();
    // The child is not waited for: it outlives this process. If it exits
    // while we run, it stays a zombie, which the PID checks treat as gone.
    drop(child);
    let start = pids::start_time(pid).ok_or_else(|| {
        format!(
            "{} (pid {pid}) vanished at once; see {}",
            server.name,
            log.display()
        )
    })?;
    let recorded = Recorded {
        name: server.name.to_owned(),
        pid,
        start,
    };
    pids::record(&settings.pid_file(), &recorded)
        .map_err(|error| format!("cannot write {}: {error}", settings.pid_file().display()))?;
    Ok(recorded)
}

/// Waits until `server` answers its probe (or, for a daemon, is still
/// alive), at most `timeout`. Fails early when the process exits, naming
/// the log to read.
pub(crate) fn wait_ready(
    settings: &Settings,
    server: &Server,
    process: &Recorded,
    timeout: Duration,
) -> Result<(), String> {
    let log = settings.log(server.name);
    let Some(probe) = server.probe else {
        return if process.is_running() {
            Ok(())
        } else {
            Err(format!(
                "{} exited; the end of {}:\n{}",
                server.name,
                log.display(),
                logs::tail(&log)
            ))
        };
    };
    let url = format!("{}{}", Settings::url(probe.port), probe.path);
    let deadline = Instant::now() + timeout;
    loop {
        let last = match http::get_status(probe.port, probe.path, Duration::from_secs(5)) {
            Ok(status) if probe.ready.contains(&status) => return Ok(()),
            Ok(status) => format!("status {status}"),
            Err(error) => error.to_string(),
        };
        if !process.is_running() {
            return Err(format!(
                "{} exited before it answered at {url}; the end of {}:\n{}",
                server.name,
                log.display(),
                logs::tail(&log)
            ));
        }
        if Instant::now() >= deadline {
            return Err(format!(
                "{} did not answer at {url} within {}s (last: {last}); read {}",
                server.name,
                timeout.as_secs(),
                log.display()
            ));
        }
        thread::sleep(Duration::from_millis(200));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::realcloud::settings::Ports;

    #[test]
    fn every_server_with_a_port_is_probed_on_it() {
        let settings = Settings {
            dir: "/state".into(),
            ports: Ports {
                keystone: 1,
                swift: 2,
                object: 3,
                container: 4,
                account: 5,
                glance: 6,
            },
            python: None,
            fresh: false,
        };
        let servers = all(&settings);
        assert_eq!(servers.len(), 7);
        let probed: Vec<u16> = servers
            .iter()
            .filter_map(|s| s.probe.map(|p| p.port))
            .collect();
        assert_eq!(probed, vec![1, 5, 4, 3, 2, 6]);
        let mut names: Vec<&str> = servers.iter().map(|s| s.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 7);
    }
}
