//! What `cargo xtask realcloud` is configured with: the state directory, the
//! ports, the Python interpreter, and the fixed names and passwords of the
//! test cloud; and where each file lives inside the state directory.

use std::ffi::OsString;
use std::path::PathBuf;

use crate::Failure;
use crate::tools;

/// Every server listens on this address only.
pub(crate) const HOST: &str = "127.0.0.1";
/// The region every endpoint is registered in.
pub(crate) const REGION: &str = "RegionOne";
/// The password of Keystone's `admin` user (project `admin`).
pub(crate) const ADMIN_PASSWORD: &str = "secretpass";
/// The password of the `demo` user (member of project `demo`).
pub(crate) const DEMO_PASSWORD: &str = "demopass";
/// The password of the `swift` service user (Swift's token validation).
pub(crate) const SWIFT_SERVICE_PASSWORD: &str = "swiftpass";
/// The password of the `glance` service user (Glance's token validation).
pub(crate) const GLANCE_SERVICE_PASSWORD: &str = "glancepass";

/// The variable that moves the state directory.
pub(crate) const DIR_VAR: &str = "KAMAKI_REALCLOUD_DIR";
/// The variable that wipes the servers' data (not the venv) before `up`.
pub(crate) const FRESH_VAR: &str = "KAMAKI_REALCLOUD_FRESH";
/// The variable naming the Python interpreter the venv is made with.
pub(crate) const PYTHON_VAR: &str = "KAMAKI_REALCLOUD_PYTHON";

/// The TCP ports on [`HOST`]: each has a default and a variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Ports {
    /// Keystone (identity).
    pub(crate) keystone: u16,
    /// The Swift proxy (what clients talk to).
    pub(crate) swift: u16,
    /// Swift's object server.
    pub(crate) object: u16,
    /// Swift's container server.
    pub(crate) container: u16,
    /// Swift's account server.
    pub(crate) account: u16,
    /// Glance (image).
    pub(crate) glance: u16,
}

impl Ports {
    /// `(variable, default)` of each port, in the order of [`Ports::all`].
    /// The defaults stay clear of the usual 5000/8080/6200-6202/9292, so a
    /// devstack or another all-in-one cloud on the same machine is no bother.
    const SPEC: [(&'static str, u16); 6] = [
        ("KAMAKI_REALCLOUD_KEYSTONE_PORT", 15000),
        ("KAMAKI_REALCLOUD_SWIFT_PORT", 18080),
        ("KAMAKI_REALCLOUD_OBJECT_PORT", 16200),
        ("KAMAKI_REALCLOUD_CONTAINER_PORT", 16201),
        ("KAMAKI_REALCLOUD_ACCOUNT_PORT", 16202),
        ("KAMAKI_REALCLOUD_GLANCE_PORT", 19292),
    ];

    /// The ports used when no variable is set.
    pub(crate) fn default_ports() -> Self {
        let [keystone, swift, object, container, account, glance] = Self::SPEC.map(|(_, p)| p);
        Ports {
            keystone,
            swift,
            object,
            container,
            account,
            glance,
        }
    }

    /// Reads the ports from the environment, with the defaults above.
    fn from_env() -> Result<Self, Failure> {
        let mut values = [0u16; 6];
        for (value, (var, default)) in values.iter_mut().zip(Self::SPEC) {
            *value = match std::env::var(var) {
                Ok(raw) if !raw.trim().is_empty() => parse_port(var, &raw)?,
                _ => default,
            };
        }
        let [keystone, swift, object, container, account, glance] = values;
        let ports = Ports {
            keystone,
            swift,
            object,
            container,
            account,
            glance,
        };
        let all = ports.all();
        for (i, (name, port)) in all.iter().enumerate() {
            if let Some((other, _)) = all[i + 1..].iter().find(|(_, p)| p == port) {
                return Err(Failure::Usage(format!(
                    "{name} and {other} would both use port {port}; give one of them another \
                     port ({})",
                    Self::SPEC.map(|(var, _)| var).join(", ")
                )));
            }
        }
        Ok(ports)
    }

    /// Every port with the server that uses it.
    pub(crate) fn all(&self) -> [(&'static str, u16); 6] {
        [
            ("keystone", self.keystone),
            ("swift-proxy", self.swift),
            ("swift-object", self.object),
            ("swift-container", self.container),
            ("swift-account", self.account),
            ("glance", self.glance),
        ]
    }

    /// The variable that sets the port of `server` (a name from [`Ports::all`]).
    pub(crate) fn variable_of(server: &str) -> &'static str {
        let index = match server {
            "keystone" => 0,
            "swift-proxy" => 1,
            "swift-object" => 2,
            "swift-container" => 3,
            "swift-account" => 4,
            _ => 5,
        };
        Self::SPEC[index].0
    }
}

/// A port number from a variable: 1 to 65535.
fn parse_port(var: &str, raw: &str) -> Result<u16, Failure> {
    match raw.trim().parse::<u16>() {
        Ok(port) if port > 0 => Ok(port),
        _ => Err(Failure::Usage(format!(
            "{var}={raw:?} is not a TCP port (1 to 65535)"
        ))),
    }
}

/// Everything `realcloud` reads from the environment.
#[derive(Clone, Debug)]
pub(crate) struct Settings {
    /// The state directory: venv, configuration, data, logs, PIDs.
    pub(crate) dir: PathBuf,
    /// The servers' ports.
    pub(crate) ports: Ports,
    /// The interpreter to make the venv with, when the user chose one.
    pub(crate) python: Option<OsString>,
    /// Whether to wipe the servers' data before starting them.
    pub(crate) fresh: bool,
}

impl Settings {
    /// Reads `KAMAKI_REALCLOUD_*`. The default directory is
    /// `${XDG_CACHE_HOME:-$HOME/.cache}/kamaki-xtask/realcloud`.
    pub(crate) fn from_env() -> Result<Self, Failure> {
        let dir = match std::env::var_os(DIR_VAR) {
            Some(dir) if !dir.is_empty() => absolute(PathBuf::from(dir))?,
            _ => tools::cache_root()
                .map_err(|error| Failure::Failed(format!("{error}; set {DIR_VAR}")))?
                .join("realcloud"),
        };
        let fresh = match std::env::var(FRESH_VAR) {
            Ok(value) => !matches!(value.trim(), "" | "0" | "false" | "no"),
            Err(_) => false,
        };
        let python = std::env::var_os(PYTHON_VAR).filter(|python| !python.is_empty());
        Ok(Settings {
            dir,
            ports: Ports::from_env()?,
            python,
            fresh,
        })
    }

    /// The ports, as `name=port` words (part of what the running servers
    /// were started with; a change means restart).
    pub(crate) fn fingerprint(&self) -> String {
        self.ports
            .all()
            .iter()
            .map(|(name, port)| format!("{name}={port}"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The Python virtual environment.
    pub(crate) fn venv(&self) -> PathBuf {
        self.dir.join("venv")
    }

    /// A program of the venv, e.g. `bin("keystone-manage")`.
    pub(crate) fn bin(&self, name: &str) -> PathBuf {
        self.venv().join("bin").join(name)
    }

    /// The servers' logs.
    pub(crate) fn log_dir(&self) -> PathBuf {
        self.dir.join("log")
    }

    /// One log file, e.g. `log("keystone")` is `log/keystone.log`.
    pub(crate) fn log(&self, name: &str) -> PathBuf {
        self.log_dir().join(format!("{name}.log"))
    }

    /// PIDs, the lock, the running servers' fingerprint.
    pub(crate) fn run_dir(&self) -> PathBuf {
        self.dir.join("run")
    }

    /// `NAME PID START_TIME` of every process `up` started.
    pub(crate) fn pid_file(&self) -> PathBuf {
        self.run_dir().join("pids")
    }

    /// What the running servers were started with: the ports and a digest
    /// of their configuration files.
    pub(crate) fn fingerprint_file(&self) -> PathBuf {
        self.run_dir().join("settings")
    }

    /// Keystone's configuration, database and keys.
    pub(crate) fn keystone_dir(&self) -> PathBuf {
        self.dir.join("keystone")
    }

    /// Swift's state: `etc/` (configuration, rings) and `node/` (the device).
    pub(crate) fn swift_dir(&self) -> PathBuf {
        self.dir.join("swift")
    }

    /// Swift's configuration directory (`swift_dir` in its configuration).
    pub(crate) fn swift_etc(&self) -> PathBuf {
        self.swift_dir().join("etc")
    }

    /// Swift's `devices` directory; the one device is `d1` in it.
    pub(crate) fn swift_devices(&self) -> PathBuf {
        self.swift_dir().join("node")
    }

    /// Glance's configuration, database and images.
    pub(crate) fn glance_dir(&self) -> PathBuf {
        self.dir.join("glance")
    }

    /// The file the `realcloud_*` tests read (`KAMAKI_REALCLOUD`).
    pub(crate) fn credentials_file(&self) -> PathBuf {
        self.dir.join("credentials.json")
    }

    /// The `clouds.yaml` beside it.
    pub(crate) fn clouds_yaml(&self) -> PathBuf {
        self.dir.join("clouds.yaml")
    }

    /// `http://127.0.0.1:PORT`.
    pub(crate) fn url(port: u16) -> String {
        format!("http://{HOST}:{port}")
    }
}

/// `path` made absolute against the current directory, so that the servers
/// (which run elsewhere) and the tests find the same files.
fn absolute(path: PathBuf) -> Result<PathBuf, Failure> {
    if path.is_absolute() {
        return Ok(path);
    }
    std::env::current_dir()
        .map(|cwd| cwd.join(&path))
        .map_err(|error| {
            Failure::Failed(format!(
                "cannot resolve {DIR_VAR}={}: {error}",
                path.display()
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ports_parse_and_reject_nonsense() {
        assert_eq!(parse_port("X", " 8080 ").unwrap(), 8080);
        assert!(parse_port("X", "0").is_err());
        assert!(parse_port("X", "70000").is_err());
        assert!(parse_port("X", "http").is_err());
    }

    #[test]
    fn every_server_has_its_own_variable() {
        let ports = Ports {
            keystone: 1,
            swift: 2,
            object: 3,
            container: 4,
            account: 5,
            glance: 6,
        };
        for ((name, _), (var, _)) in ports.all().iter().zip(Ports::SPEC) {
            assert_eq!(Ports::variable_of(name), var);
        }
    }

    #[test]
    fn the_default_ports_are_distinct() {
        let defaults = Ports::SPEC.map(|(_, port)| port);
        for (i, port) in defaults.iter().enumerate() {
            assert!(!defaults[i + 1..].contains(port));
        }
    }
}
