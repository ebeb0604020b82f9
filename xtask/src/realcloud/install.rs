//! The Python virtual environment holding the servers (Keystone, Swift with
//! keystonemiddleware, Glance, gunicorn) and the stock clients (`openstack`,
//! `swift`, `glance`), at the versions pinned in
//! `xtask/realcloud/constraints.txt`.
//!
//! The venv is made once and reused: a marker file, written only after a
//! successful install, records what was installed; a missing or different
//! marker means install (again). Before pip runs, the package index must
//! accept a TCP connection within a few seconds, so that an unreachable PyPI
//! is reported at once rather than after pip's own retries.

use std::fs;
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::logs;
use super::say;
use super::settings::{PYTHON_VAR, Settings};
use crate::process;

/// The pinned versions (a `pip freeze` of a venv where everything worked).
const CONSTRAINTS: &str = include_str!("../../realcloud/constraints.txt");

/// What is installed; versions come from [`CONSTRAINTS`].
const PACKAGES: &[&str] = &[
    "keystone",
    "keystonemiddleware",
    "swift",
    "glance",
    "gunicorn",
    "python-openstackclient",
    "python-swiftclient",
    "python-glanceclient",
];

/// The marker file in the venv; it holds [`marker_text`].
const MARKER: &str = ".kamaki-realcloud-installed";

/// The oldest Python the pinned Keystone, Swift and Glance support.
const MIN_PYTHON: (u32, u32) = (3, 10);

/// How long the package index gets to accept a connection.
const PREFLIGHT_TIMEOUT: Duration = Duration::from_secs(10);
/// pip's own timeout for each network operation, and its retries.
const PIP_SOCKET_TIMEOUT_SECS: &str = "30";
const PIP_RETRIES: &str = "2";
/// An upper bound on the whole `pip install` (about a minute here).
const PIP_TIMEOUT: Duration = Duration::from_secs(20 * 60);
/// An upper bound on `python -m venv` (which runs ensurepip, offline).
const VENV_TIMEOUT: Duration = Duration::from_secs(3 * 60);

/// What the marker must say for the venv to be reused.
fn marker_text() -> String {
    format!("packages: {}\n{CONSTRAINTS}", PACKAGES.join(" "))
}

/// Whether the venv holds what this version of xtask installs.
pub(crate) fn is_complete(settings: &Settings) -> bool {
    let marker = settings.venv().join(MARKER);
    fs::read_to_string(marker).is_ok_and(|text| text == marker_text())
        && process::is_executable(&settings.bin("python"))
}

/// Makes sure the venv is complete, installing into it when it is not.
pub(crate) fn ensure(settings: &Settings) -> Result<(), String> {
    if is_complete(settings) {
        return Ok(());
    }
    let started = Instant::now();
    let venv = settings.venv();
    let log = settings.log("pip");
    logs::truncate(&log).map_err(|error| format!("cannot write {}: {error}", log.display()))?;

    if !venv_python_works(settings) {
        if venv.exists() {
            fs::remove_dir_all(&venv).map_err(|error| {
                format!("cannot remove the broken venv {}: {error}", venv.display())
            })?;
        }
        let python = choose_python(settings)?;
        say(&format!(
            "making a Python venv in {} with {python}",
            venv.display()
        ));
        let mut command = Command::new(&python);
        command.args(["-m", "venv"]).arg(&venv);
        logs::run_logged(command, "`python -m venv`", &log, VENV_TIMEOUT).map_err(|error| {
            format!(
                "{error}\n(on Debian and Ubuntu the venv module is in the python3-venv package)"
            )
        })?;
    }

    let constraints = settings.dir.join("constraints.txt");
    fs::write(&constraints, CONSTRAINTS)
        .map_err(|error| format!("cannot write {}: {error}", constraints.display()))?;
    preflight(settings)?;

    say(&format!(
        "installing Keystone, Swift, Glance and the OpenStack clients with pip \
         (once; about a minute; log: {})",
        log.display()
    ));
    let mut pip = Command::new(settings.bin("python"));
    pip.args(["-m", "pip", "install"])
        .args(["--disable-pip-version-check", "--no-input"])
        .args(["--progress-bar", "off"])
        .args([
            "--timeout",
            PIP_SOCKET_TIMEOUT_SECS,
            "--retries",
            PIP_RETRIES,
        ])
        .arg("--constraint")
        .arg(&constraints)
        .args(PACKAGES)
        .env("PYTHONWARNINGS", "ignore");
    logs::run_logged(pip, "`pip install`", &log, PIP_TIMEOUT).map_err(|error| {
        format!(
            "{error}\nIf the package index is unreachable, fix the network (or pip's index-url \
             and proxy settings) and run `cargo xtask realcloud up` again."
        )
    })?;

    let paste = settings
        .venv()
        .join("etc")
        .join("glance")
        .join("glance-api-paste.ini");
    if !paste.is_file() {
        return Err(format!(
            "the Glance install has no {}; remove {} and run `cargo xtask realcloud up` again",
            paste.display(),
            venv.display()
        ));
    }
    fs::write(venv.join(MARKER), marker_text())
        .map_err(|error| format!("cannot write the venv's marker: {error}"))?;
    say(&format!(
        "installed in {}",
        process::format_duration(started.elapsed())
    ));
    Ok(())
}

/// Whether the venv's interpreter exists and runs.
fn venv_python_works(settings: &Settings) -> bool {
    let python = settings.bin("python");
    process::is_executable(&python)
        && Command::new(&python)
            .args(["-c", "pass"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
}

/// The interpreter to make the venv with: `$KAMAKI_REALCLOUD_PYTHON`, else
/// `python3.11` (what the pins were tested with), else `python3`; it must be
/// at least [`MIN_PYTHON`].
fn choose_python(settings: &Settings) -> Result<String, String> {
    let candidates: Vec<String> = match &settings.python {
        Some(python) => vec![python.to_string_lossy().into_owned()],
        None => vec!["python3.11".to_owned(), "python3".to_owned()],
    };
    let mut seen = Vec::new();
    for candidate in &candidates {
        match python_version(candidate) {
            Some(version) if version >= MIN_PYTHON => return Ok(candidate.clone()),
            Some((major, minor)) => seen.push(format!("{candidate} is {major}.{minor}")),
            None => seen.push(format!("{candidate} does not run")),
        }
    }
    Err(format!(
        "no Python {}.{} or newer to make the venv with ({}); install one, or name it in {PYTHON_VAR}",
        MIN_PYTHON.0,
        MIN_PYTHON.1,
        seen.join("; ")
    ))
}

/// `(major, minor)` of an interpreter, or `None` when it does not run.
fn python_version(python: &str) -> Option<(u32, u32)> {
    let output = Command::new(python)
        .args(["-c", "import sys; print('%d.%d' % sys.version_info[:2])"])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let (major, minor) = text.trim().split_once('.')?;
    Some((major.parse().ok()?, minor.parse().ok()?))
}

/// Fails quickly when the package index (or the proxy in front of it) does
/// not accept a TCP connection. Skipped when pip is told not to use an index.
fn preflight(settings: &Settings) -> Result<(), String> {
    if std::env::var_os("PIP_NO_INDEX").is_some_and(|v| !v.is_empty() && v != "0") {
        return Ok(());
    }
    let index = index_url(&settings.bin("python"));
    let Some((scheme, host, port)) = split_url(&index) else {
        return Err(format!(
            "pip's index URL {index:?} is not an http(s) URL; fix pip's index-url setting"
        ));
    };
    let proxy = proxy_for(&scheme, &host).and_then(|proxy| split_url(&proxy));
    let (target_host, target_port, through) = match &proxy {
        Some((_, proxy_host, proxy_port)) => (
            proxy_host.clone(),
            *proxy_port,
            format!(" (through the proxy {proxy_host}:{proxy_port})"),
        ),
        None => (host.clone(), port, String::new()),
    };
    say(&format!(
        "checking that the package index {host}:{port} is reachable{through}"
    ));
    match connect_within(&target_host, target_port, PREFLIGHT_TIMEOUT) {
        Ok(()) => Ok(()),
        Err(reason) => Err(format!(
            "the Python package index {index} cannot be reached{through}: {reason}. \
             `cargo xtask realcloud up` installs Keystone, Swift and Glance from it once \
             (into {}); connect this machine to the network (or point PIP_INDEX_URL or pip's \
             index-url at a reachable mirror) and run it again",
            settings.venv().display()
        )),
    }
}

/// pip's index URL: `$PIP_INDEX_URL`, else pip's configuration, else PyPI.
fn index_url(python: &Path) -> String {
    if let Ok(url) = std::env::var("PIP_INDEX_URL")
        && !url.trim().is_empty()
    {
        return url.trim().to_owned();
    }
    let mut config = Command::new(python);
    config
        .args(["-m", "pip", "config", "list"])
        .stdin(Stdio::null())
        .stderr(Stdio::null());
    let from_config = config
        .output()
        .ok()
        .filter(|output| output.status.success())
        .and_then(|output| index_url_in_config(&String::from_utf8_lossy(&output.stdout)));
    from_config.unwrap_or_else(|| "https://pypi.org/simple".to_owned())
}

/// The `index-url` of `pip config list` output (`global.index-url='…'`).
fn index_url_in_config(listing: &str) -> Option<String> {
    listing.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        let setting = key.rsplit('.').next()?;
        (setting == "index-url").then(|| value.trim().trim_matches(['\'', '"']).to_owned())
    })
}

/// The proxy pip would use for `scheme://host`, from the usual variables.
fn proxy_for(scheme: &str, host: &str) -> Option<String> {
    let var = |names: &[&str]| {
        names
            .iter()
            .find_map(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
    };
    if let Some(no_proxy) = var(&["NO_PROXY", "no_proxy"]) {
        let bypassed = no_proxy.split(',').map(str::trim).any(|entry| {
            entry == "*"
                || (!entry.is_empty()
                    && (host == entry.trim_start_matches('.')
                        || host.ends_with(&format!(".{}", entry.trim_start_matches('.')))))
        });
        if bypassed {
            return None;
        }
    }
    let proxy = if scheme == "https" {
        var(&["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"])
    } else {
        var(&["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"])
    }?;
    // A proxy given as `host:port` is taken as http.
    Some(if proxy.contains("://") {
        proxy
    } else {
        format!("http://{proxy}")
    })
}

/// `(scheme, host, port)` of an http(s) URL, with the scheme's default port.
fn split_url(url: &str) -> Option<(String, String, u16)> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "https" => 443,
        "http" => 80,
        _ => return None,
    };
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit('@').next()?;
    let (host, port) = if let Some(bracketed) = authority.strip_prefix('[') {
        let (host, after) = bracketed.split_once(']')?;
        let port = match after.strip_prefix(':') {
            Some(port) => port.parse().ok()?,
            None => default_port,
        };
        (host.to_owned(), port)
    } else {
        match authority.rsplit_once(':') {
            Some((host, port)) => (host.to_owned(), port.parse().ok()?),
            None => (authority.to_owned(), default_port),
        }
    };
    if host.is_empty() {
        return None;
    }
    Some((scheme, host, port))
}

/// Resolves `host` and connects to `port`, all within `timeout` (name
/// resolution has no timeout of its own in std, so it runs on a thread that
/// is abandoned if it takes too long).
fn connect_within(host: &str, port: u16, timeout: Duration) -> Result<(), String> {
    let (sender, receiver) = mpsc::channel();
    let target = format!("{host}:{port}");
    std::thread::spawn(move || {
        let result = (|| {
            let addresses: Vec<SocketAddr> = target
                .to_socket_addrs()
                .map_err(|error| format!("cannot resolve {target}: {error}"))?
                .collect();
            let mut last = format!("{target} has no address");
            for address in addresses {
                match TcpStream::connect_timeout(&address, timeout) {
                    Ok(_) => return Ok(()),
                    Err(error) => last = format!("connecting to {address}: {error}"),
                }
            }
            Err(last)
        })();
        let _ = sender.send(result);
    });
    receiver
        .recv_timeout(timeout + Duration::from_secs(1))
        .unwrap_or_else(|_| {
            Err(format!(
                "no answer from {host}:{port} in {}s",
                timeout.as_secs()
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_split_into_host_and_port() {
        assert_eq!(
            split_url("https://pypi.org/simple"),
            Some(("https".into(), "pypi.org".into(), 443))
        );
        assert_eq!(
            split_url("http://user:pw@mirror.local:3141/root/pypi/+simple/"),
            Some(("http".into(), "mirror.local".into(), 3141))
        );
        assert_eq!(
            split_url("http://[::1]:8000"),
            Some(("http".into(), "::1".into(), 8000))
        );
        assert_eq!(split_url("file:///opt/wheels"), None);
        assert_eq!(split_url("https://"), None);
    }

    #[test]
    fn the_index_url_is_found_in_pip_config_output() {
        let listing = ":env:.default-timeout='180'\nglobal.cert='/etc/ssl/certs/ca.crt'\n\
                       global.extra-index-url='https://extra/simple'\n\
                       global.index-url='https://mirror.example/simple'\n";
        assert_eq!(
            index_url_in_config(listing).as_deref(),
            Some("https://mirror.example/simple")
        );
        assert_eq!(index_url_in_config("global.cert='x'\n"), None);
    }

    #[test]
    fn an_unreachable_index_fails_fast() {
        // Nothing listens on port 1 of loopback: refused at once.
        let started = Instant::now();
        let error = connect_within("127.0.0.1", 1, Duration::from_secs(5)).unwrap_err();
        assert!(error.contains("127.0.0.1:1"), "{error}");
        assert!(started.elapsed() < Duration::from_secs(6));
    }

    #[test]
    fn the_marker_names_the_pins() {
        assert!(marker_text().contains("keystone==30.0.0"));
        assert!(marker_text().contains("swift==2.38.3"));
        assert!(marker_text().contains("glance==33.0.0"));
    }
}
