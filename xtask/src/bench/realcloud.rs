//! The `realcloud` benchmark suite: `kamaki` against the stock clients
//! `swift` (python-swiftclient) and `rclone`, on the same real Swift server,
//! with the same random file, in one run.
//!
//! Each tool uploads the file as a new object and downloads it again, several
//! times; the order of the tools rotates from run to run and every object is
//! deleted after its run, so each upload sends data the server does not have.
//! Every download is checked against the source's MD5 (`md5sum`), so no tool
//! can win by skipping bytes. A tool whose upload failed downloads an object
//! `swift` uploaded instead, so its download is still measured.
//!
//! Each transfer runs under GNU time (`/usr/bin/time -f '%e %U %S %M'`),
//! which waits for the tool and reports its rusage, children included: the
//! client CPU time is user + system, the peak memory is the max RSS (of the
//! largest process, for a tool that forks). The wall time is measured around
//! the whole command. The machine's busy time (`/proc/stat`) during the
//! transfer minus the client's CPU is reported too: mostly the servers'
//! work, plus whatever else the machine was doing (see the load average).
//!
//! The servers: `KAMAKI_REALCLOUD=<credentials.json>` names running ones (the
//! file `cargo xtask realcloud up` writes), which are used as they are.
//! Without it the suite runs `cargo xtask realcloud up` (same state
//! directory, `KAMAKI_REALCLOUD_DIR`) and, when the servers did not answer
//! before, `cargo xtask realcloud down` at the end.
//! `XTASK_REALCLOUD_RUNS` (default 3) and `XTASK_REALCLOUD_MIB` (default
//! 1024) change the number of runs and the size of the file.

mod json;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::Failure;
use crate::process;

/// The variable naming the credentials file of running servers.
const CREDENTIALS_VAR: &str = "KAMAKI_REALCLOUD";
/// The state directory of `cargo xtask realcloud` (where its credentials are).
const REALCLOUD_DIR_VAR: &str = "KAMAKI_REALCLOUD_DIR";
/// The variable setting the number of runs per tool.
const RUNS_VAR: &str = "XTASK_REALCLOUD_RUNS";
/// The variable setting the size of the file, in MiB.
const MIB_VAR: &str = "XTASK_REALCLOUD_MIB";
const DEFAULT_RUNS: usize = 3;
const DEFAULT_MIB: u64 = 1024;
/// The clouds.yaml cloud kamaki uses (the demo user, a plain project member).
const CLOUD: &str = "realcloud-demo";
/// The rclone remote, configured through `RCLONE_CONFIG_<NAME>_*` only.
const REMOTE: &str = "rc";
/// GNU time, from Debian's `time` package.
const GNU_TIME: &str = "/usr/bin/time";
/// What GNU time writes: elapsed, user and system seconds, max RSS in KiB.
const TIME_FORMAT: &str = "%e %U %S %M";
/// The longest one transfer may take before it is killed.
const TRANSFER_TIMEOUT: Duration = Duration::from_secs(15 * 60);
/// The longest an `apt-get` may take.
const INSTALL_TIMEOUT: Duration = Duration::from_secs(10 * 60);
/// The issue's anchors for `swift` on this kind of machine.
const ANCHORS: &str =
    "about 6.5–7.3 s up and 5.6–6.7 s down for `swift`, with 3.1 s and 4.0 s of client CPU";

/// The clients in the race: kamaki twice (its default, one PUT of the
/// whole file, and with `--segment-size`), and the two peers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tool {
    Kamaki,
    KamakiSegmented,
    Swift,
    Rclone,
}

const TOOLS: [Tool; 4] = [
    Tool::Kamaki,
    Tool::KamakiSegmented,
    Tool::Swift,
    Tool::Rclone,
];

/// The segment size of the segmented kamaki runs: 16 segments of a 1 GiB
/// file, one row of AVX-512 lanes.
const SEGMENT_SIZE: &str = "64MiB";

impl Tool {
    fn name(self) -> &'static str {
        match self {
            Tool::Kamaki => "kamaki",
            Tool::KamakiSegmented => "kamaki -S 64MiB",
            Tool::Swift => "swift",
            Tool::Rclone => "rclone",
        }
    }

    /// The name in object and log file names.
    fn slug(self) -> &'static str {
        match self {
            Tool::KamakiSegmented => "kamaki-segmented",
            other => other.name(),
        }
    }

    fn is_kamaki(self) -> bool {
        matches!(self, Tool::Kamaki | Tool::KamakiSegmented)
    }
}

/// Upload or download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Upload,
    Download,
}

impl Op {
    fn name(self) -> &'static str {
        match self {
            Op::Upload => "upload",
            Op::Download => "download",
        }
    }
}

/// A Keystone user, as the credentials file has it.
struct User {
    username: String,
    password: String,
    project_name: String,
    user_domain_name: String,
    project_domain_name: String,
}

/// The running servers, read from the credentials file.
struct Cloud {
    auth_url: String,
    region: String,
    swift_url: String,
    demo: User,
    clouds_yaml: PathBuf,
    venv: PathBuf,
}

impl Cloud {
    fn load(path: &Path) -> Result<Self, String> {
        let text =
            fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let doc = json::parse(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let get = |key: &str| {
            doc.string(key).map(str::to_owned).map_err(|e| {
                format!(
                    "{} is not a realcloud credentials file: {e}",
                    path.display()
                )
            })
        };
        Ok(Cloud {
            auth_url: get("auth_url")?,
            region: get("region")?,
            swift_url: get("swift_url")?,
            demo: User {
                username: get("users.demo.username")?,
                password: get("users.demo.password")?,
                project_name: get("users.demo.project_name")?,
                user_domain_name: get("users.demo.user_domain_name")?,
                project_domain_name: get("users.demo.project_domain_name")?,
            },
            clouds_yaml: PathBuf::from(get("clouds_yaml")?),
            venv: PathBuf::from(get("venv")?),
        })
    }
}

/// One measured transfer.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Sample {
    /// Wall time around the command, in seconds.
    wall: f64,
    /// User + system CPU of the client and its children, in seconds.
    cpu: f64,
    /// The largest resident set of the client, in KiB.
    peak_kib: u64,
    /// Machine-wide busy CPU during the transfer minus `cpu`, in seconds
    /// (the servers, and anything else running).
    rest_cpu: f64,
}

/// The outcomes of one tool's transfers in one direction, one per run.
struct Series {
    tool: Tool,
    op: Op,
    runs: Vec<Result<Sample, String>>,
    /// Set when the download read the object `swift` uploaded.
    borrowed: bool,
}

/// Everything one race needs.
struct Race {
    cloud: Cloud,
    dir: PathBuf,
    home: PathBuf,
    kamaki: PathBuf,
    swift: PathBuf,
    rclone: PathBuf,
    time: PathBuf,
    container: String,
    source: PathBuf,
    source_md5: String,
    clock_ticks: f64,
    /// Whether the object `reference` (uploaded by `swift`) exists.
    reference: bool,
}

/// Measures and returns the Markdown results.
pub(crate) fn measure() -> Result<String, String> {
    let runs = env_number(RUNS_VAR, DEFAULT_RUNS as u64)?;
    let runs = usize::try_from(runs).map_err(|_| format!("{RUNS_VAR} is too large"))?;
    let mib = env_number(MIB_VAR, DEFAULT_MIB)?;
    if runs == 0 || mib == 0 {
        return Err(format!("{RUNS_VAR} and {MIB_VAR} must be at least 1"));
    }
    let servers = Servers::find_or_start()?;
    let result = race(&servers.credentials, runs, mib);
    let stopped = servers.stop_if_started();
    let mut results = result?;
    stopped?;
    let _ = writeln!(results, "\n{}", servers.note());
    Ok(results)
}

/// Where the servers come from, and whether this run started them.
struct Servers {
    credentials: PathBuf,
    /// Named by [`CREDENTIALS_VAR`]: someone else's, never started or stopped here.
    given: bool,
    started: bool,
}

impl Servers {
    /// The servers named by [`CREDENTIALS_VAR`], or those of `cargo xtask
    /// realcloud up` (started now unless they already answer).
    fn find_or_start() -> Result<Self, String> {
        if let Some(path) = std::env::var_os(CREDENTIALS_VAR).filter(|p| !p.is_empty()) {
            return Ok(Servers {
                credentials: PathBuf::from(path),
                given: true,
                started: false,
            });
        }
        let dir = match std::env::var_os(REALCLOUD_DIR_VAR).filter(|d| !d.is_empty()) {
            Some(dir) => PathBuf::from(dir),
            None => crate::tools::cache_root()
                .map_err(|e| format!("{e}; set {REALCLOUD_DIR_VAR} or {CREDENTIALS_VAR}"))?
                .join("realcloud"),
        };
        let credentials = dir.join("credentials.json");
        let was_up = Cloud::load(&credentials).is_ok_and(|cloud| swift_answers(&cloud.swift_url));
        eprintln!("    $ cargo xtask realcloud up");
        crate::realcloud::run(&["up".to_owned()]).map_err(|failure| match failure {
            Failure::Usage(e) | Failure::Failed(e) => {
                format!("`cargo xtask realcloud up` failed: {e}")
            }
        })?;
        Ok(Servers {
            credentials,
            given: false,
            started: !was_up,
        })
    }

    /// `cargo xtask realcloud down` when this run started the servers.
    fn stop_if_started(&self) -> Result<(), String> {
        if !self.started {
            return Ok(());
        }
        eprintln!("    $ cargo xtask realcloud down");
        crate::realcloud::run(&["down".to_owned()]).map_err(|failure| match failure {
            Failure::Usage(e) | Failure::Failed(e) => {
                format!("`cargo xtask realcloud down` failed: {e}")
            }
        })
    }

    /// Where the servers came from, for the report.
    fn note(&self) -> String {
        if self.given {
            format!(
                "Command: `{CREDENTIALS_VAR}=<credentials.json> cargo xtask bench realcloud` \
                 (servers already running)."
            )
        } else {
            format!(
                "Command: `cargo xtask bench realcloud` (servers of `cargo xtask realcloud up`, {}).",
                if self.started {
                    "started for this run and stopped after it"
                } else {
                    "already running"
                }
            )
        }
    }
}

/// Whether Swift answers `GET /info` with 200 at `url` (`http://HOST:PORT`).
fn swift_answers(url: &str) -> bool {
    use std::io::{Read, Write};
    use std::net::{TcpStream, ToSocketAddrs};
    let Some(authority) = url
        .strip_prefix("http://")
        .map(|rest| rest.trim_end_matches('/'))
    else {
        return false;
    };
    let Some(address) = authority.to_socket_addrs().ok().and_then(|mut a| a.next()) else {
        return false;
    };
    let timeout = Duration::from_secs(3);
    let Ok(mut stream) = TcpStream::connect_timeout(&address, timeout) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(timeout));
    let _ = stream.set_write_timeout(Some(timeout));
    let request = format!("GET /info HTTP/1.0\r\nHost: {authority}\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut head = [0u8; 16];
    let mut read = 0;
    while read < head.len() {
        match stream.read(&mut head[read..]) {
            Ok(0) | Err(_) => break,
            Ok(n) => read += n,
        }
    }
    let head = String::from_utf8_lossy(&head[..read]);
    head.starts_with("HTTP/1.") && head.get(9..12) == Some("200")
}

/// Races the tools against the servers of a credentials file.
fn race(credentials: &Path, runs: usize, mib: u64) -> Result<String, String> {
    let cloud = Cloud::load(credentials)?;
    eprintln!(
        "    servers: {} ({})",
        cloud.swift_url,
        credentials.display()
    );
    let gnu_time = ensure_gnu_time()?;
    let rclone = ensure_installed("rclone", "rclone")?;
    let swift = cloud.venv.join("bin/swift");
    if !process::is_executable(&swift) {
        return Err(format!(
            "{} is missing: the realcloud venv has no python-swiftclient",
            swift.display()
        ));
    }
    let dir = std::env::temp_dir().join(format!("kamaki-bench-realcloud-{}", std::process::id()));
    let mut race = Race {
        home: dir.join("home"),
        source: dir.join("source.bin"),
        dir,
        kamaki: kamaki_binary(),
        swift,
        rclone,
        time: gnu_time,
        container: format!("kamaki-bench-{}", std::process::id()),
        source_md5: String::new(),
        clock_ticks: clock_ticks(),
        reference: false,
        cloud,
    };
    let result = race.run(runs, mib);
    race.clean_up();
    result
}

impl Race {
    fn run(&mut self, runs: usize, mib: u64) -> Result<String, String> {
        fs::create_dir_all(&self.home)
            .map_err(|e| format!("cannot create {}: {e}", self.home.display()))?;
        let versions = self.versions();
        let load_before = load_average();
        eprintln!(
            "    writing {mib} MiB of random data to {}",
            self.source.display()
        );
        write_random(&self.source, mib)?;
        self.source_md5 = md5_of(&self.source)?;
        self.housekeeping(&["post", &self.container.clone()])?;
        let mut series: Vec<Series> = Vec::new();
        for tool in TOOLS {
            for op in [Op::Upload, Op::Download] {
                series.push(Series {
                    tool,
                    op,
                    runs: Vec::new(),
                    borrowed: false,
                });
            }
        }
        for run in 0..runs {
            let mut order = TOOLS;
            order.rotate_left(run % TOOLS.len());
            for tool in order {
                let object = format!("{}-{}", tool.slug(), run + 1);
                eprintln!("    run {}/{runs}: {} upload", run + 1, tool.name());
                let uploaded = self.transfer(tool, Op::Upload, &object);
                report_progress(&uploaded);
                let (from, borrowed) = match &uploaded {
                    Ok(_) => (object.clone(), false),
                    Err(_) => (self.reference_object()?, true),
                };
                eprintln!(
                    "    run {}/{runs}: {} download of {from}",
                    run + 1,
                    tool.name()
                );
                let downloaded = self.transfer(tool, Op::Download, &from);
                report_progress(&downloaded);
                // Partial uploads too: nothing of this run stays on the server.
                let _ = self.housekeeping(&["delete", &self.container.clone(), &object]);
                sync();
                for s in series.iter_mut().filter(|s| s.tool == tool) {
                    match s.op {
                        Op::Upload => s.runs.push(uploaded.clone()),
                        Op::Download => {
                            s.runs.push(downloaded.clone());
                            s.borrowed |= borrowed;
                        }
                    }
                }
            }
        }
        let load = [load_before, load_average()];
        Ok(self.report(&series, runs, mib, &versions, load))
    }

    /// Runs one timed transfer of `object` and checks what came back.
    fn transfer(&self, tool: Tool, op: Op, object: &str) -> Result<Sample, String> {
        let local = match op {
            Op::Upload => self.source.clone(),
            Op::Download => self.dir.join("download.bin"),
        };
        let _ = fs::remove_file(self.dir.join("download.bin"));
        // Every run logs in, as the Python clients do: no cached token.
        let _ = fs::remove_dir_all(self.home.join(".cache"));
        let command = self.command(tool, op, object, &local);
        let log = self.dir.join(format!("{}-{}.log", tool.slug(), op.name()));
        let sample = self.timed(command, &log)?;
        if op == Op::Download {
            let md5 = md5_of(&local)?;
            let _ = fs::remove_file(&local);
            if md5 != self.source_md5 {
                return Err(format!(
                    "the downloaded bytes differ from the source (md5 {md5}, source {})",
                    self.source_md5
                ));
            }
        }
        Ok(sample)
    }

    /// The command line of one transfer, wrapped in GNU time.
    fn command(&self, tool: Tool, op: Op, object: &str, local: &Path) -> Command {
        let mut command = Command::new(&self.time);
        command
            .arg("-f")
            .arg(TIME_FORMAT)
            .arg("-o")
            .arg(self.dir.join("time.out"));
        self.tool_env(&mut command, tool);
        let remote = format!("{REMOTE}:{}/{object}", self.container);
        let kamaki_path = format!("/{}/{object}", self.container);
        match (tool, op) {
            (Tool::Kamaki, Op::Upload) => command
                .arg(&self.kamaki)
                .args(["--cloud", CLOUD, "file", "upload"])
                .arg(local)
                .arg(kamaki_path),
            (Tool::KamakiSegmented, Op::Upload) => command
                .arg(&self.kamaki)
                .args(["--cloud", CLOUD, "file", "upload"])
                .args(["--segment-size", SEGMENT_SIZE])
                .arg(local)
                .arg(kamaki_path),
            (Tool::Kamaki | Tool::KamakiSegmented, Op::Download) => command
                .arg(&self.kamaki)
                .args(["--cloud", CLOUD, "file", "download"])
                .arg(kamaki_path)
                .arg(local),
            (Tool::Swift, Op::Upload) => command
                .arg(&self.swift)
                .args(["upload", "--object-name", object, &self.container])
                .arg(local),
            (Tool::Swift, Op::Download) => command
                .arg(&self.swift)
                .args(["download", &self.container, object, "--output"])
                .arg(local),
            (Tool::Rclone, Op::Upload) => command
                .arg(&self.rclone)
                .arg("copyto")
                .arg(local)
                .arg(remote),
            (Tool::Rclone, Op::Download) => command
                .arg(&self.rclone)
                .arg("copyto")
                .arg(remote)
                .arg(local),
        };
        command
    }

    /// A clean environment holding only what `tool` needs to log in.
    fn tool_env(&self, command: &mut Command, tool: Tool) {
        command.env_clear();
        if let Some(path) = std::env::var_os("PATH") {
            command.env("PATH", path);
        }
        command.env("HOME", &self.home).env("LANG", "C.UTF-8");
        let user = &self.cloud.demo;
        match tool {
            Tool::Kamaki | Tool::KamakiSegmented => {
                command.env("OS_CLIENT_CONFIG_FILE", &self.cloud.clouds_yaml);
            }
            Tool::Swift => {
                command
                    .env("OS_AUTH_URL", &self.cloud.auth_url)
                    .env("OS_IDENTITY_API_VERSION", "3")
                    .env("OS_AUTH_VERSION", "3")
                    .env("OS_USERNAME", &user.username)
                    .env("OS_PASSWORD", &user.password)
                    .env("OS_PROJECT_NAME", &user.project_name)
                    .env("OS_USER_DOMAIN_NAME", &user.user_domain_name)
                    .env("OS_PROJECT_DOMAIN_NAME", &user.project_domain_name)
                    .env("OS_REGION_NAME", &self.cloud.region)
                    .env("OS_INTERFACE", "public")
                    .env("PYTHONWARNINGS", "ignore");
            }
            Tool::Rclone => {
                let prefix = format!("RCLONE_CONFIG_{}_", REMOTE.to_ascii_uppercase());
                let mut set = |key: &str, value: &str| {
                    command.env(format!("{prefix}{key}"), value);
                };
                set("TYPE", "swift");
                set("AUTH", &self.cloud.auth_url);
                set("AUTH_VERSION", "3");
                set("USER", &user.username);
                set("KEY", &user.password);
                set("TENANT", &user.project_name);
                set("DOMAIN", &user.user_domain_name);
                set("TENANT_DOMAIN", &user.project_domain_name);
                set("REGION", &self.cloud.region);
                set("ENDPOINT_TYPE", "public");
                // No config file: the remote lives in the environment only.
                command.env("RCLONE_CONFIG", "/dev/null");
            }
        }
    }

    /// Runs `command` (already wrapped in GNU time) with a deadline and
    /// returns what it cost.
    fn timed(&self, mut command: Command, log: &Path) -> Result<Sample, String> {
        let timing = self.dir.join("time.out");
        let _ = fs::remove_file(&timing);
        let out =
            fs::File::create(log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
        let err = out
            .try_clone()
            .map_err(|e| format!("cannot open {}: {e}", log.display()))?;
        command.stdin(Stdio::null()).stdout(out).stderr(err);
        #[cfg(unix)]
        {
            use std::os::unix::process::CommandExt;
            // Its own process group, so a deadline kills the tool too, not only time.
            command.process_group(0);
        }
        let busy_before = machine_busy();
        let started = Instant::now();
        let mut child = command
            .spawn()
            .map_err(|e| format!("cannot run {GNU_TIME}: {e}"))?;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if started.elapsed() > TRANSFER_TIMEOUT => {
                    let _ = Command::new("kill")
                        .args(["-KILL", "--", &format!("-{}", child.id())])
                        .status();
                    let _ = child.wait();
                    return Err(format!(
                        "killed after {}",
                        process::format_duration(TRANSFER_TIMEOUT)
                    ));
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(5)),
                Err(e) => return Err(format!("cannot wait for {GNU_TIME}: {e}")),
            }
        };
        let wall = started.elapsed().as_secs_f64();
        let busy = machine_busy()
            .zip(busy_before)
            .map(|(a, b)| a.saturating_sub(b));
        if !status.success() {
            return Err(format!("{status}: {}", error_line(log)));
        }
        let text = fs::read_to_string(&timing)
            .map_err(|e| format!("cannot read {}: {e}", timing.display()))?;
        let (user, sys, peak_kib) =
            parse_time(&text).ok_or_else(|| format!("cannot read GNU time's output {text:?}"))?;
        let cpu = user + sys;
        let rest_cpu = busy.map_or(f64::NAN, |ticks| {
            (ticks as f64 / self.clock_ticks - cpu).max(0.0)
        });
        Ok(Sample {
            wall,
            cpu,
            peak_kib,
            rest_cpu,
        })
    }

    /// A `swift` command outside the race (create, delete, list), checked.
    fn housekeeping(&self, args: &[&str]) -> Result<String, String> {
        let mut command = Command::new(&self.swift);
        self.tool_env(&mut command, Tool::Swift);
        let output = command
            .args(args)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run {}: {e}", self.swift.display()))?;
        if output.status.success() {
            Ok(String::from_utf8_lossy(&output.stdout).into_owned())
        } else {
            Err(format!(
                "`swift {}` failed ({}): {}",
                args.join(" "),
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            ))
        }
    }

    /// The object a tool whose upload failed downloads: the file, uploaded
    /// once by `swift` (not timed).
    fn reference_object(&mut self) -> Result<String, String> {
        const NAME: &str = "reference";
        if !self.reference {
            eprintln!("    uploading {NAME} with swift for the tools whose upload failed");
            let source = self.source.to_string_lossy().into_owned();
            self.housekeeping(&[
                "upload",
                "--object-name",
                NAME,
                &self.container.clone(),
                &source,
            ])?;
            self.reference = true;
        }
        Ok(NAME.to_owned())
    }

    /// Deletes every container this race made (segments containers
    /// included) and the local files.
    fn clean_up(&self) {
        if let Ok(listing) = self.housekeeping(&["list"]) {
            for name in listing.lines().map(str::trim) {
                if name.starts_with(&self.container)
                    && let Err(e) = self.housekeeping(&["delete", name])
                {
                    eprintln!("    warning: {e}");
                }
            }
        }
        if let Err(e) = fs::remove_dir_all(&self.dir)
            && e.kind() != std::io::ErrorKind::NotFound
        {
            eprintln!("    warning: cannot remove {}: {e}", self.dir.display());
        }
    }

    /// Each tool's version, as it reports it.
    fn versions(&self) -> [String; 4] {
        let first_line = |program: &Path, args: &[&str]| {
            Command::new(program)
                .args(args)
                .env("PYTHONWARNINGS", "ignore")
                .stdin(Stdio::null())
                .output()
                .ok()
                .and_then(|o| {
                    let text = String::from_utf8_lossy(&o.stdout).into_owned();
                    text.lines().next().map(|l| l.trim().to_owned())
                })
                .filter(|l| !l.is_empty())
                .unwrap_or_else(|| "unknown version".to_owned())
        };
        let kamaki = first_line(&self.kamaki, &["--version"]) + &source_revision();
        [
            kamaki.clone(),
            kamaki,
            first_line(&self.swift, &["--version"]),
            first_line(&self.rclone, &["version"]),
        ]
    }

    /// The Markdown results.
    fn report(
        &self,
        series: &[Series],
        runs: usize,
        mib: u64,
        versions: &[String; 4],
        load: [String; 2],
    ) -> String {
        let find = |tool: Tool, op: Op| series.iter().find(|s| s.tool == tool && s.op == op);
        let mut out = String::new();
        let _ = writeln!(
            out,
            "`kamaki` against `swift` and `rclone` on the same real Swift server \
             (Swift 2.38 with Keystone v3 auth, on 127.0.0.1, sharing the machine with the clients), \
             the same {mib} MiB random file, median of {runs} runs per tool. \
             The order of the tools rotates from run to run; each object is deleted after its run, \
             so every upload sends new data; every download's MD5 was compared with the source's.\n"
        );
        let _ = writeln!(
            out,
            "| tool | upload (s) | upload CPU (s) | upload peak (MiB) | download (s) | download CPU (s) | download peak (MiB) |"
        );
        let _ = writeln!(out, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        let mut failures: Vec<String> = Vec::new();
        for (tool, version) in TOOLS.iter().zip(versions) {
            let mut cells = vec![format!("{} ({version})", tool.name())];
            for op in [Op::Upload, Op::Download] {
                let Some(s) = find(*tool, op) else { continue };
                match medians(&s.runs) {
                    Some(m) => {
                        let mark = if s.runs.iter().any(Result::is_err) {
                            " *"
                        } else {
                            ""
                        };
                        cells.push(format!("{:.2}{mark}", m.wall));
                        cells.push(format!("{:.2}{mark}", m.cpu));
                        cells.push(format!("{}{mark}", m.peak_kib / 1024));
                    }
                    None => cells.extend(["failed".to_owned(), "–".to_owned(), "–".to_owned()]),
                }
                for e in s.runs.iter().filter_map(|r| r.as_ref().err()) {
                    let line = format!("{} {}: {e}", tool.name(), op.name());
                    if !failures.contains(&line) {
                        failures.push(line);
                    }
                }
            }
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
        let mut verdicts = Vec::new();
        for own in TOOLS.into_iter().filter(|t| t.is_kamaki()) {
            let mut ratio_cells = vec![format!("**{} / best peer**", own.name())];
            for op in [Op::Upload, Op::Download] {
                let kamaki = find(own, op).and_then(|s| medians(&s.runs));
                let peers: Vec<(Tool, Sample)> = [Tool::Swift, Tool::Rclone]
                    .into_iter()
                    .filter_map(|t| find(t, op).and_then(|s| medians(&s.runs)).map(|m| (t, m)))
                    .collect();
                let best = |f: fn(&Sample) -> f64| {
                    peers
                        .iter()
                        .map(|(t, m)| (*t, f(m)))
                        .min_by(|a, b| a.1.total_cmp(&b.1))
                };
                let metrics: [Metric; 3] = [
                    ("wall time", |m| m.wall, Some(1.0)),
                    ("client CPU", |m| m.cpu, Some(0.5)),
                    ("peak memory", |m| m.peak_kib as f64, None),
                ];
                for (what, f, target) in metrics {
                    match (kamaki, best(f)) {
                        (Some(k), Some((peer, b))) if b > 0.0 => {
                            let ratio = f(&k) / b;
                            ratio_cells.push(format!("**{ratio:.2}**"));
                            if let Some(target) = target {
                                verdicts.push(format!(
                                    "`{}` {} {what}: {ratio:.2} × `{}` (target ≤ {target}: {})",
                                    own.name(),
                                    op.name(),
                                    peer.name(),
                                    if ratio <= target { "met" } else { "missed" }
                                ));
                            }
                        }
                        _ => {
                            ratio_cells.push("–".to_owned());
                            if let Some(target) = target {
                                verdicts.push(format!(
                                    "`{}` {} {what}: not measured (target ≤ {target} × the best peer)",
                                    own.name(),
                                    op.name()
                                ));
                            }
                        }
                    }
                }
            }
            let _ = writeln!(out, "| {} |", ratio_cells.join(" | "));
        }
        out.push('\n');
        let _ = writeln!(
            out,
            "Targets (issue 7): wall time no worse than the best of the two, client CPU at most half of the better one."
        );
        for v in &verdicts {
            let _ = writeln!(out, "- {v}");
        }
        if series.iter().any(|s| s.borrowed) {
            let _ = writeln!(
                out,
                "\nA tool whose upload failed downloaded an object `swift` uploaded instead."
            );
        }
        if series.iter().any(|s| s.runs.iter().any(Result::is_err)) {
            let _ = writeln!(out, "\n`*`: median of the runs that succeeded. Failures:\n");
            for f in &failures {
                let _ = writeln!(out, "- {}", f.replace('\n', " "));
            }
        }
        out.push('\n');
        let _ = writeln!(
            out,
            "Every run (wall s / client CPU s / rest of the machine's CPU s: its busy time during the transfer minus the client's, \
             that is the servers' work and anything else running):\n"
        );
        let _ = writeln!(out, "| tool | upload runs | download runs |");
        let _ = writeln!(out, "| --- | --- | --- |");
        for tool in TOOLS {
            let cell = |op: Op| {
                find(tool, op).map_or_else(String::new, |s| {
                    s.runs
                        .iter()
                        .map(|r| match r {
                            Ok(m) => format!("{:.2} / {:.2} / {:.2}", m.wall, m.cpu, m.rest_cpu),
                            Err(_) => "failed".to_owned(),
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                })
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                tool.name(),
                cell(Op::Upload),
                cell(Op::Download)
            );
        }
        out.push('\n');
        let _ = writeln!(out, "How each tool ran (its defaults otherwise):\n");
        let _ = writeln!(
            out,
            "- `kamaki` (release build): `kamaki --cloud {CLOUD} file upload SRC /CONTAINER/OBJECT` and \
             `kamaki --cloud {CLOUD} file download /CONTAINER/OBJECT DST`, the cloud from the servers' \
             clouds.yaml (`OS_CLIENT_CONFIG_FILE`), with an empty token cache before each command so that \
             every run logs in, as the other two do. By default a file of up to 1 GiB goes in one PUT and its \
             MD5 is checked both ways, like the peers'."
        );
        let _ = writeln!(
            out,
            "- `kamaki -S {SEGMENT_SIZE}`: the same with `file upload --segment-size {SEGMENT_SIZE}`: a Static \
             Large Object of {SEGMENT_SIZE} segments, which kamaki reads once and hashes side by side \
             (sixteen MD5s in AVX-512 lanes, where the CPU has them), each segment's MD5 checked both ways; \
             the download is the same command (it follows the manifest). MD5 itself is sequential, so a \
             single PUT costs every client at least one MD5 of the whole file in CPU time."
        );
        let _ = writeln!(
            out,
            "- `swift`: `swift upload --object-name OBJECT CONTAINER SRC` and \
             `swift download CONTAINER OBJECT --output DST`, Keystone v3 from `OS_*` variables; \
             one PUT without segmentation (its default), MD5 checked both ways."
        );
        let _ = writeln!(
            out,
            "- `rclone` (Debian's package): `rclone copyto SRC {REMOTE}:CONTAINER/OBJECT` and back, \
             the remote only from `RCLONE_CONFIG_{}_*` variables (`TYPE=swift`, v3 `AUTH`, `USER`, `KEY`, \
             `TENANT`, `DOMAIN`, `TENANT_DOMAIN`, `REGION`), no config file; one PUT below its 5 GiB chunk size, \
             multi-thread download, MD5 checked both ways.",
            REMOTE.to_ascii_uppercase()
        );
        out.push('\n');
        let _ = writeln!(
            out,
            "Wall time is measured around each command; client CPU (user + system) and peak memory (max RSS) \
             are the tool's rusage, children included, from GNU time (`{GNU_TIME} -f '{TIME_FORMAT}'`). \
             The issue's anchors on this machine: {ANCHORS}. \
             Load average (1, 5, 15 min) before the race: {}; after: {}.",
            load[0], load[1]
        );
        let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
        let busy = load.iter().any(|l| {
            l.split_whitespace()
                .next()
                .and_then(|one| one.parse::<f64>().ok())
                .is_some_and(|one| one > cpus as f64)
        });
        if busy {
            let _ = writeln!(
                out,
                "\nThe machine was busy with other work (a load above its {cpus} CPUs): the wall times \
                 are longer than on an idle machine and shift with that work, while the client CPU \
                 times are the steadier comparison."
            );
        }
        out
    }
}

/// A column of the ratio row: its name, how to read it from a sample, and
/// the target ratio (if the issue sets one).
type Metric = (&'static str, fn(&Sample) -> f64, Option<f64>);

/// ` at <commit>` of the workspace kamaki was built from (with ` + local
/// changes` when its crates differ from that commit), or nothing outside git.
fn source_revision() -> String {
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(process::workspace_root())
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .ok()
    };
    let Some(commit) = git(&["rev-parse", "--short", "HEAD"])
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .filter(|c| !c.is_empty())
    else {
        return String::new();
    };
    let changed = git(&["diff", "--quiet", "HEAD", "--", "crates", "Cargo.lock"])
        .is_some_and(|o| !o.status.success());
    if changed {
        format!(" at {commit} + local changes")
    } else {
        format!(" at {commit}")
    }
}

/// Per-metric medians of the successful runs, `None` if none succeeded.
fn medians(runs: &[Result<Sample, String>]) -> Option<Sample> {
    let ok: Vec<&Sample> = runs.iter().filter_map(|r| r.as_ref().ok()).collect();
    if ok.is_empty() {
        return None;
    }
    let median = |f: &dyn Fn(&Sample) -> f64| {
        let mut values: Vec<f64> = ok.iter().map(|s| f(s)).collect();
        values.sort_by(f64::total_cmp);
        let n = values.len();
        if n % 2 == 1 {
            values[n / 2]
        } else {
            (values[n / 2 - 1] + values[n / 2]) / 2.0
        }
    };
    Some(Sample {
        wall: median(&|s| s.wall),
        cpu: median(&|s| s.cpu),
        peak_kib: median(&|s| s.peak_kib as f64) as u64,
        rest_cpu: median(&|s| s.rest_cpu),
    })
}

fn report_progress(result: &Result<Sample, String>) {
    match result {
        Ok(s) => eprintln!(
            "      {:.2} s, CPU {:.2} s, peak {} MiB, rest of the machine {:.2} s CPU",
            s.wall,
            s.cpu,
            s.peak_kib / 1024,
            s.rest_cpu
        ),
        Err(e) => eprintln!("      failed: {e}"),
    }
}

/// Reads the last line GNU time wrote: user and system seconds, max RSS.
fn parse_time(text: &str) -> Option<(f64, f64, u64)> {
    let line = text.lines().rev().find(|l| !l.trim().is_empty())?;
    let fields: Vec<&str> = line.split_whitespace().collect();
    match fields.as_slice() {
        [_elapsed, user, sys, peak] => {
            Some((user.parse().ok()?, sys.parse().ok()?, peak.parse().ok()?))
        }
        _ => None,
    }
}

/// A positive number from the environment, or `default` when unset.
fn env_number(var: &str, default: u64) -> Result<u64, String> {
    match std::env::var(var) {
        Ok(text) => text
            .trim()
            .parse()
            .map_err(|_| format!("{var}={text:?} is not a number")),
        Err(std::env::VarError::NotPresent) => Ok(default),
        Err(e) => Err(format!("{var}: {e}")),
    }
}

/// The release binary built by the suite's cargo command.
fn kamaki_binary() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| process::workspace_root().join("target"));
    target.join("release").join("kamaki")
}

/// Writes `mib` MiB from `/dev/urandom` to `path`.
fn write_random(path: &Path, mib: u64) -> Result<(), String> {
    use std::io::{Read, Write};
    let mut random =
        fs::File::open("/dev/urandom").map_err(|e| format!("cannot open /dev/urandom: {e}"))?;
    let mut file =
        fs::File::create(path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    let mut buffer = vec![0u8; 1 << 20];
    for _ in 0..mib {
        random
            .read_exact(&mut buffer)
            .map_err(|e| format!("cannot read /dev/urandom: {e}"))?;
        file.write_all(&buffer)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    file.sync_all()
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The MD5 of a file, from `md5sum`.
fn md5_of(path: &Path) -> Result<String, String> {
    let output = Command::new("md5sum")
        .arg(path)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run md5sum: {e}"))?;
    let text = String::from_utf8_lossy(&output.stdout);
    match text.split_whitespace().next() {
        Some(sum) if output.status.success() && sum.len() == 32 => Ok(sum.to_owned()),
        _ => Err(format!(
            "md5sum {} failed: {}",
            path.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        )),
    }
}

/// Flushes the page cache's dirty pages, so one transfer's writes do not
/// land in the next one's time.
fn sync() {
    let _ = Command::new("sync").stdin(Stdio::null()).status();
}

/// The machine's busy CPU time so far, in clock ticks (`/proc/stat`).
fn machine_busy() -> Option<u64> {
    let stat = fs::read_to_string("/proc/stat").ok()?;
    let line = stat.lines().find(|l| l.starts_with("cpu "))?;
    let values: Vec<u64> = line
        .split_whitespace()
        .skip(1)
        .filter_map(|v| v.parse().ok())
        .collect();
    // user nice system idle iowait irq softirq steal: all but idle and iowait.
    let busy = values
        .iter()
        .take(8)
        .enumerate()
        .filter(|(i, _)| *i != 3 && *i != 4)
        .map(|(_, v)| v)
        .sum();
    Some(busy)
}

/// The load averages from `/proc/loadavg` (other work on the machine
/// shows up in the numbers; this says how much there was).
fn load_average() -> String {
    fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|text| {
            text.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| "unknown".to_owned())
}

/// Clock ticks per second (`getconf CLK_TCK`; 100 on Linux).
fn clock_ticks() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .stdin(Stdio::null())
        .output()
        .ok()
        .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
        .filter(|t: &f64| *t > 0.0)
        .unwrap_or(100.0)
}

/// What a failed tool said: its first line naming an error (else its first
/// line), cut to a readable length.
fn error_line(log: &Path) -> String {
    let text = fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let named = lines.iter().find(|l| {
        let lower = l.to_ascii_lowercase();
        ["error", "fail", "kamaki:", "unauthorized", "denied"]
            .iter()
            .any(|word| lower.contains(word))
    });
    match named.or(lines.first()) {
        None => "(no output)".to_owned(),
        Some(line) if line.chars().count() > 300 => {
            format!("{}…", line.chars().take(300).collect::<String>())
        }
        Some(line) => (*line).to_owned(),
    }
}

/// GNU time at [`GNU_TIME`], installed from Debian's `time` package when absent.
fn ensure_gnu_time() -> Result<PathBuf, String> {
    let path = PathBuf::from(GNU_TIME);
    let is_gnu = |path: &Path| {
        Command::new(path)
            .arg("--version")
            .stdin(Stdio::null())
            .output()
            .map(|o| o.status.success() && String::from_utf8_lossy(&o.stdout).contains("GNU"))
            .unwrap_or(false)
    };
    if is_gnu(&path) {
        return Ok(path);
    }
    apt_install("time")?;
    if is_gnu(&path) {
        Ok(path)
    } else {
        Err(format!(
            "{GNU_TIME} is not GNU time even after `apt-get install -y time`; install Debian's `time` package"
        ))
    }
}

/// The executable `name` from `PATH`, installed with `apt-get install -y
/// <package>` when absent.
fn ensure_installed(name: &str, package: &str) -> Result<PathBuf, String> {
    if let Some(path) = find_on_path(name) {
        return Ok(path);
    }
    eprintln!("    {name} is not installed: installing Debian's `{package}` package");
    apt_install(package)?;
    find_on_path(name).ok_or_else(|| {
        format!("`apt-get install -y {package}` succeeded but {name} is still not on PATH")
    })
}

fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .filter(|dir| !dir.as_os_str().is_empty())
        .map(|dir| dir.join(name))
        .find(|candidate| process::is_executable(candidate))
}

/// `apt-get install -y <package>` (through `sudo -n` when not root), with an
/// `apt-get update` and a second try when the first fails.
fn apt_install(package: &str) -> Result<(), String> {
    let Some(apt) = find_on_path("apt-get") else {
        return Err(format!(
            "`{package}` is needed and there is no apt-get here to install it: install it and run again"
        ));
    };
    let root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let apt_get = |args: &[&str]| -> Result<(), String> {
        let mut command = if root {
            Command::new(&apt)
        } else {
            let mut sudo = Command::new("sudo");
            sudo.arg("-n").arg(&apt);
            sudo
        };
        command
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        let shown = process::display(&command);
        eprintln!("    $ {shown}");
        match process::run_with_timeout(&mut command, INSTALL_TIMEOUT) {
            Ok(process::Outcome::Exited(status)) if status.success() => Ok(()),
            Ok(process::Outcome::Exited(status)) => Err(format!("`{shown}` failed ({status})")),
            Ok(process::Outcome::TimedOut) => Err(format!(
                "`{shown}` did not finish in {}",
                process::format_duration(INSTALL_TIMEOUT)
            )),
            Err(e) => Err(format!("cannot run `{shown}`: {e}")),
        }
    };
    let install = ["install", "-y", "--no-install-recommends", package];
    if apt_get(&install).is_ok() {
        return Ok(());
    }
    apt_get(&["update"])
        .and_then(|()| apt_get(&install))
        .map_err(|e| {
            format!(
                "`{package}` is needed and could not be installed: {e}. \
                 Install Debian's `{package}` package (apt-get install {package}) and run again"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(wall: f64, cpu: f64, peak_kib: u64) -> Sample {
        Sample {
            wall,
            cpu,
            peak_kib,
            rest_cpu: 0.0,
        }
    }

    #[test]
    fn gnu_time_output_is_read_from_its_last_line() {
        assert_eq!(
            parse_time("6.91 2.10 1.02 51200\n"),
            Some((2.10, 1.02, 51200))
        );
        assert_eq!(
            parse_time("Command exited with non-zero status 1\n0.10 0.01 0.00 3000\n"),
            Some((0.01, 0.0, 3000))
        );
        assert_eq!(parse_time("garbage\n"), None);
    }

    #[test]
    fn medians_skip_failed_runs_and_take_each_metric_alone() {
        let runs = vec![
            Ok(sample(7.0, 3.0, 100)),
            Err("boom".to_owned()),
            Ok(sample(5.0, 4.0, 300)),
            Ok(sample(6.0, 1.0, 200)),
        ];
        let m = medians(&runs).unwrap();
        assert_eq!((m.wall, m.cpu, m.peak_kib), (6.0, 3.0, 200));
        assert!(medians(&[Err("x".to_owned())]).is_none());
    }

    #[test]
    fn swift_answers_only_with_a_200_to_info() {
        use std::io::{Read, Write};
        let serve = |status: &'static str| {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            let url = format!("http://{}", listener.local_addr().unwrap());
            let server = std::thread::spawn(move || {
                let (mut stream, _) = listener.accept().unwrap();
                let mut request = [0u8; 256];
                let n = stream.read(&mut request).unwrap();
                assert!(request[..n].starts_with(b"GET /info HTTP/1.0\r\n"));
                stream.write_all(status.as_bytes()).unwrap();
            });
            (url, server)
        };
        let (url, server) = serve("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        assert!(swift_answers(&url));
        server.join().unwrap();
        let (url, server) = serve("HTTP/1.1 503 Service Unavailable\r\n\r\n");
        assert!(!swift_answers(&url));
        server.join().unwrap();
        assert!(!swift_answers("https://127.0.0.1:1"));
    }

    #[test]
    fn the_credentials_file_is_read() {
        let dir = std::env::temp_dir().join(format!("xtask-realcloud-json-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("credentials.json");
        let user = |name: &str| {
            format!(
                r#"{{"username": "{name}", "password": "{name}pass", "user_id": "u", "project_name": "{name}",
                    "project_id": "p", "user_domain_name": "Default", "project_domain_name": "Default"}}"#
            )
        };
        fs::write(
            &path,
            format!(
                r#"{{"auth_url": "http://127.0.0.1:5000/v3", "identity_url": "http://127.0.0.1:5000",
                    "region": "RegionOne", "swift_url": "http://127.0.0.1:8080", "glance_url": "g",
                    "users": {{"admin": {}, "demo": {}}}, "clouds_yaml": "/x/clouds.yaml", "venv": "/x/venv"}}"#,
                user("admin"),
                user("demo")
            ),
        )
        .unwrap();
        let cloud = Cloud::load(&path).unwrap();
        assert_eq!(cloud.demo.password, "demopass");
        assert_eq!(cloud.venv, PathBuf::from("/x/venv"));
        fs::write(&path, r#"{"auth_url": "x"}"#).unwrap();
        let err = Cloud::load(&path).err().unwrap();
        assert!(err.contains("region"), "{err}");
        fs::remove_dir_all(&dir).unwrap();
    }
}
