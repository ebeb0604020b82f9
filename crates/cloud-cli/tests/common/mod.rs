//! Shared by the end-to-end tests: an emulator served on loopback (the same
//! library `cloud-emulator serve` runs), a private HOME, and the built
//! `kamaki` binary run as a separate process.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use cloud_emulator::{Emulator, Options};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A fresh temporary directory.
pub fn temp_dir(tag: &str) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("kamaki-e2e-{}-{tag}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// An emulator on 127.0.0.1, served until the test process ends.
pub struct Cloud {
    /// The identity URL.
    pub url: String,
    /// The default user's token.
    pub token: String,
    /// The default user's UUID.
    pub uuid: String,
    /// The emulator (to add users, read component tokens).
    pub emulator: Emulator,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// The emulator's data directory (blocks under `blocks/`).
    pub dir: PathBuf,
    _runtime: tokio::runtime::Runtime,
}

impl Cloud {
    pub fn start() -> Cloud {
        let dir = temp_dir("cloud");
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let emulator = Emulator::open(Options::new(&dir))
            .unwrap()
            .with_base_url(base.clone());
        let user = emulator.default_user().unwrap();
        let served = emulator.clone();
        runtime.spawn(async move {
            let _ = served.serve(listener).await;
        });
        Cloud {
            url: emulator.auth_url(),
            token: user.token,
            uuid: user.uuid,
            emulator,
            base,
            dir,
            _runtime: runtime,
        }
    }

    /// A component token (for commissions and service commands).
    pub fn service_token(&self) -> String {
        self.emulator
            .state()
            .db
            .call_blocking(|conn| cloud_emulator::account::components::token(conn, "cyclades"))
            .unwrap()
    }
}

/// A raw HTTP/1.1 answer.
#[derive(Debug)]
pub struct Raw {
    pub status: u16,
    /// Header names lower-cased.
    pub headers: std::collections::BTreeMap<String, String>,
    pub body: Vec<u8>,
}

impl Raw {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(&name.to_ascii_lowercase())
            .map(String::as_str)
    }
}

impl Cloud {
    /// One raw HTTP request to the emulator (no client library involved):
    /// `path` is absolute (`/object-store/v1/...`), sent with `token` if any.
    pub fn raw(&self, method: &str, path: &str, token: Option<&str>) -> Raw {
        use std::io::{Read, Write};
        let host = self.base.trim_start_matches("http://");
        let mut stream = std::net::TcpStream::connect(host).unwrap();
        let mut request =
            format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
        if let Some(t) = token {
            request.push_str(&format!("X-Auth-Token: {t}\r\n"));
        }
        request.push_str("\r\n");
        stream.write_all(request.as_bytes()).unwrap();
        let mut all = Vec::new();
        stream.read_to_end(&mut all).unwrap();
        let end = all.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8_lossy(&all[..end]).into_owned();
        let mut lines = head.split("\r\n");
        let status: u16 = lines
            .next()
            .unwrap()
            .split(' ')
            .nth(1)
            .unwrap()
            .parse()
            .unwrap();
        let headers: std::collections::BTreeMap<String, String> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
            .collect();
        let mut body = all[end + 4..].to_vec();
        if headers
            .get("transfer-encoding")
            .is_some_and(|v| v.contains("chunked"))
        {
            let mut out = Vec::new();
            let mut rest = &body[..];
            loop {
                let eol = rest.windows(2).position(|w| w == b"\r\n").unwrap();
                let size = usize::from_str_radix(
                    std::str::from_utf8(&rest[..eol])
                        .unwrap()
                        .split(';')
                        .next()
                        .unwrap()
                        .trim(),
                    16,
                )
                .unwrap();
                rest = &rest[eol + 2..];
                if size == 0 {
                    break;
                }
                out.extend_from_slice(&rest[..size]);
                rest = &rest[size + 2..];
            }
            body = out;
        }
        if method == "HEAD" {
            body.clear();
        }
        Raw {
            status,
            headers,
            body,
        }
    }

    /// A raw request to the default user's storage account: `rest` is
    /// `container/object…` (empty: the account).
    pub fn store(&self, method: &str, rest: &str) -> Raw {
        let path = if rest.is_empty() {
            format!("/object-store/v1/{}", self.uuid)
        } else {
            format!("/object-store/v1/{}/{rest}", self.uuid)
        };
        self.raw(method, &path, Some(&self.token))
    }
}

/// Deterministic pseudo-random bytes.
pub fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407)
        | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// A private HOME (with XDG dirs inside it).
pub struct Home {
    pub path: PathBuf,
}

impl Home {
    pub fn new() -> Home {
        Home {
            path: temp_dir("home"),
        }
    }

    /// A HOME whose ~/.kamakirc names this cloud.
    pub fn with_cloud(cloud: &Cloud) -> Home {
        let home = Home::new();
        home.write_config(&format!(
            "# Kamaki configuration file v0.16\n[global]\ndefault_cloud = emu\n\n[cloud \"emu\"]\nurl = {}\ntoken = {}\n",
            cloud.url, cloud.token
        ));
        home
    }

    pub fn config_path(&self) -> PathBuf {
        self.path.join(".kamakirc")
    }

    pub fn write_config(&self, text: &str) {
        std::fs::write(self.config_path(), text).unwrap();
    }

    pub fn config(&self) -> String {
        std::fs::read_to_string(self.config_path()).unwrap()
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_kamaki"));
        c.args(args)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", &self.path)
            .env("XDG_DATA_HOME", self.path.join("data"))
            .env("XDG_CACHE_HOME", self.path.join("cache"))
            .env("XDG_CONFIG_HOME", self.path.join("xdg-config"))
            .current_dir(&self.path)
            .stdin(Stdio::null());
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        Run::from(self.command(args).output().unwrap())
    }

    pub fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut c = self.command(args);
        c.envs(env.iter().copied());
        Run::from(c.output().unwrap())
    }
}

/// What a run printed and returned.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Run {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl Run {
    /// Asserts success and returns stdout.
    pub fn ok(self) -> String {
        assert_eq!(self.code, 0, "failed: {self:#?}");
        self.stdout
    }

    /// Asserts success and parses stdout as JSON.
    pub fn json(self) -> serde_json::Value {
        let out = self.ok();
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
    }

    /// Asserts a failure with this code, a one-line cause and at least one
    /// hint line, and no panic or backtrace.
    pub fn fails(self, code: i32) -> Run {
        assert_eq!(self.code, code, "wrong exit code: {self:#?}");
        let lines: Vec<&str> = self.stderr.lines().collect();
        let cause = lines
            .iter()
            .position(|l| l.starts_with("kamaki: "))
            .unwrap_or_else(|| panic!("no cause line: {self:#?}"));
        assert!(
            lines[cause + 1..].iter().any(|l| l.starts_with("|  ")),
            "no hint after the cause: {self:#?}"
        );
        assert!(
            !self.stderr.contains("panicked") && !self.stderr.contains("RUST_BACKTRACE"),
            "{self:#?}"
        );
        self
    }
}

/// Writes a file.
pub fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
}
