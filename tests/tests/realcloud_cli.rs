//! The `kamaki` binary on vanilla OpenStack: it logs in to the real
//! Keystone (clouds.yaml, `OS_*` variables, application credentials,
//! tokens; region and interface) and its `container` and `file` commands
//! work on the real Swift. Every result is checked on the server with raw
//! HTTP, and no run may print a password.
//!
//! Each run gets a private HOME (with the credentials file's clouds.yaml in
//! `~/.config/openstack/` when the test wants it), an empty environment
//! and its own working directory, so nothing of the developer's setup
//! leaks in. Containers are named after the test and deleted afterwards.
//!
//! # Which `kamaki`
//!
//! An integration test of another package has no `CARGO_BIN_EXE_kamaki`,
//! so the binary is built here, once per test process, with
//! `cargo build -p cloud-cli --bin kamaki` into the target directory and
//! profile this test binary was built in (both read from its own path):
//! cargo decides whether it is up to date, so the test never runs a stale
//! binary, and the path comes from cargo's JSON messages. `KAMAKI_BIN`
//! names a binary to use instead (no build).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use cloud_core::credentials::Secret;
use cloud_core::{Body, Transport};
use cloud_identity::credentials::{
    DomainRef, ProjectRef, TokenCredentials, UserRef, V3Password, V3Scope,
};
use serde_json::{Value, json};
use tests::realcloud::{RealCloud, User};

// ---------------------------------------------------------------- the binary

/// The `kamaki` binary (see the module documentation).
fn kamaki() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        if let Some(bin) = std::env::var_os("KAMAKI_BIN") {
            return PathBuf::from(bin);
        }
        build_kamaki()
    })
}

fn build_kamaki() -> PathBuf {
    // This test runs from <target>/<profile dir>/deps/realcloud_cli-<hash>.
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().and_then(Path::parent).unwrap();
    let target_dir = profile_dir.parent().unwrap();
    let profile = match profile_dir.file_name().and_then(|n| n.to_str()) {
        Some("debug") | None => "dev".to_owned(),
        Some(other) => other.to_owned(),
    };
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let output = Command::new(env!("CARGO"))
        .current_dir(workspace)
        .env("CARGO_TARGET_DIR", target_dir)
        .args(["build", "--package", "cloud-cli", "--bin", "kamaki"])
        .args(["--profile", &profile, "--message-format", "json"])
        .stderr(Stdio::inherit())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "building kamaki failed (set KAMAKI_BIN to use a built one)"
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "kamaki")
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .expect("cargo named no kamaki executable")
}

// ------------------------------------------------------------------ the runs

fn cloud() -> &'static RealCloud {
    static CLOUD: OnceLock<RealCloud> = OnceLock::new();
    CLOUD.get_or_init(|| RealCloud::load().unwrap_or_else(|e| panic!("{e}")))
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A unique name for this run: `<tag>-<pid>-<n>`.
fn unique(tag: &str) -> String {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    format!("kcli-{tag}-{}-{n}", std::process::id())
}

/// A private HOME and the environment kamaki runs with.
struct Home {
    dir: PathBuf,
    vars: Vec<(String, String)>,
}

/// What a run printed, and how it ended.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", self.stdout, self.stderr))
    }

    fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "stdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }
}

impl Home {
    /// A HOME without any configuration.
    fn bare(tag: &str) -> Home {
        let dir = std::env::temp_dir().join(unique(tag));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Home {
            dir,
            vars: Vec::new(),
        }
    }

    /// A HOME whose `~/.config/openstack/clouds.yaml` is the credentials
    /// file's (clouds `realcloud-admin` and `realcloud-demo`).
    fn with_clouds_yaml(tag: &str) -> Home {
        let home = Home::bare(tag);
        let openstack = home.dir.join(".config/openstack");
        std::fs::create_dir_all(&openstack).unwrap();
        std::fs::copy(&cloud().clouds_yaml, openstack.join("clouds.yaml")).unwrap();
        home
    }

    /// The `OS_*` variables of a password login as `user`.
    fn with_os_password(tag: &str, user: &User) -> Home {
        let mut home = Home::bare(tag);
        home.os_auth_url();
        for (name, value) in [
            ("OS_USERNAME", user.username.as_str()),
            ("OS_PASSWORD", user.password.as_str()),
            ("OS_PROJECT_NAME", user.project_name.as_str()),
            ("OS_USER_DOMAIN_NAME", user.user_domain_name.as_str()),
            ("OS_PROJECT_DOMAIN_NAME", user.project_domain_name.as_str()),
            ("OS_REGION_NAME", cloud().region.as_str()),
            ("OS_INTERFACE", "public"),
            ("OS_IDENTITY_API_VERSION", "3"),
        ] {
            home.set(name, value);
        }
        home
    }

    fn os_auth_url(&mut self) {
        self.set("OS_AUTH_URL", &cloud().auth_url);
    }

    fn set(&mut self, name: &str, value: &str) {
        self.vars.retain(|(n, _)| n != name);
        self.vars.push((name.to_owned(), value.to_owned()));
    }

    fn unset(&mut self, name: &str) {
        self.vars.retain(|(n, _)| n != name);
    }

    /// Runs kamaki with these arguments (and `stdin` closed).
    fn run(&self, args: &[&str]) -> Run {
        self.run_with(kamaki(), args)
    }

    fn run_with(&self, program: &Path, args: &[&str]) -> Run {
        let output: Output = Command::new(program)
            .args(args)
            .env_clear()
            .env("HOME", &self.dir)
            .env("XDG_CONFIG_HOME", self.dir.join(".config"))
            .env("XDG_CACHE_HOME", self.dir.join(".cache"))
            .env("NO_COLOR", "1")
            .envs(self.vars.iter().map(|(n, v)| (n.as_str(), v.as_str())))
            .current_dir(&self.dir)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let run = Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        };
        assert_no_password(&format!("{}\n{}", run.stdout, run.stderr), args);
        run
    }

    /// Runs kamaki with `--output-format json` and reads stdout.
    fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.extend(["--output-format", "json"]);
        self.run(&all).ok().json()
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        // The token cache must hold tokens only, never a password.
        if let Ok(entries) = std::fs::read_dir(self.dir.join(".cache/kamaki/tokens")) {
            for entry in entries.flatten() {
                let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
                assert_no_password(&text, &["(token cache)"]);
            }
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn assert_no_password(text: &str, args: &[&str]) {
    for user in [&cloud().users.admin, &cloud().users.demo] {
        assert!(
            !text.contains(&user.password),
            "kamaki {args:?} printed {}'s password:\n{text}",
            user.username
        );
    }
}

// ----------------------------------------------- the server, by raw HTTP

/// Raw HTTP on Swift as one user (with a token of its own).
struct Swift {
    runtime: tokio::runtime::Runtime,
    transport: Transport,
    storage: String,
    token: Secret,
}

impl Swift {
    fn as_user(user: &User) -> Swift {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let cloud = cloud();
        let method = V3Password::new(
            &cloud.auth_url,
            UserRef::name(&user.username, DomainRef::name(&user.user_domain_name)),
            user.password.as_str(),
        )
        .scope(V3Scope::Project(ProjectRef::id(&user.project_id)));
        let credentials = TokenCredentials::new(method, Transport::builder().build().unwrap());
        let token = runtime.block_on(credentials.token()).unwrap().token.clone();
        Swift {
            runtime,
            transport: Transport::builder().build().unwrap(),
            storage: cloud.storage_url(user),
            token,
        }
    }

    fn demo() -> Swift {
        Swift::as_user(&cloud().users.demo)
    }

    /// The URL of `path` (percent-encoded), with its `?query` as it is.
    fn url(&self, path: &str) -> String {
        let (path, query) = match path.split_once('?') {
            Some((path, query)) => (path, format!("?{query}")),
            None => (path, String::new()),
        };
        let encoded: String = path
            .split('/')
            .map(|segment| {
                segment
                    .bytes()
                    .map(|b| {
                        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                            (b as char).to_string()
                        } else {
                            format!("%{b:02X}")
                        }
                    })
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("/");
        format!("{}/{encoded}{query}", self.storage)
    }

    /// Sends a request; returns status, headers and body (no status check).
    fn send(
        &self,
        method: http::Method,
        path: &str,
        headers: &[(&str, &str)],
        body: Vec<u8>,
    ) -> (u16, http::HeaderMap, Vec<u8>) {
        let mut builder = http::Request::builder()
            .method(method)
            .uri(self.url(path))
            .header("x-auth-token", self.token.header_value().unwrap())
            .header("content-length", body.len());
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        let request = builder.body(Body::from(body)).unwrap();
        self.runtime.block_on(async {
            let response = self.transport.send(request).await.unwrap();
            let (parts, body) = response.into_parts();
            let bytes = body.collect_bytes().await.unwrap();
            (parts.status.as_u16(), parts.headers, bytes.to_vec())
        })
    }

    fn put(&self, path: &str, content_type: &str, body: &[u8]) {
        let (status, _, _) = self.send(
            http::Method::PUT,
            path,
            &[("content-type", content_type)],
            body.to_vec(),
        );
        assert_eq!(status, 201, "PUT {path}");
    }

    /// HEAD: the headers, or `None` on 404.
    fn head(&self, path: &str) -> Option<http::HeaderMap> {
        let (status, headers, _) = self.send(http::Method::HEAD, path, &[], Vec::new());
        match status {
            200 | 204 => Some(headers),
            404 => None,
            other => panic!("HEAD {path}: {other}"),
        }
    }

    fn header(&self, path: &str, name: &str) -> Option<String> {
        self.head(path)?
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    }

    fn get(&self, path: &str) -> Vec<u8> {
        let (status, _, body) = self.send(http::Method::GET, path, &[], Vec::new());
        assert_eq!(status, 200, "GET {path}");
        body
    }

    /// Every object name in a container (up to 10,000).
    fn names(&self, container: &str) -> Vec<String> {
        let (status, _, body) = self.send(
            http::Method::GET,
            &format!("{container}?format=json"),
            &[],
            Vec::new(),
        );
        assert_eq!(status, 200, "GET {container}");
        let listing: Vec<Value> = serde_json::from_slice(&body).unwrap();
        listing
            .iter()
            .filter_map(|o| o["name"].as_str().map(str::to_owned))
            .collect()
    }

    fn exists(&self, path: &str) -> bool {
        self.head(path).is_some()
    }

    /// Deletes a container and everything in it (best effort; for cleanup).
    fn remove_container(&self, container: &str) {
        if !self.exists(container) {
            return;
        }
        for name in self.names(container) {
            let path = format!("{container}/{name}");
            self.send(http::Method::DELETE, &path, &[], Vec::new());
        }
        self.send(http::Method::DELETE, container, &[], Vec::new());
    }
}

/// A container of the test, deleted (with what is in it) when dropped.
struct Scratch<'a> {
    swift: &'a Swift,
    name: String,
}

impl<'a> Scratch<'a> {
    fn new(swift: &'a Swift, tag: &str) -> Scratch<'a> {
        Scratch {
            swift,
            name: unique(tag),
        }
    }

    fn path(&self, object: &str) -> String {
        format!("{}/{object}", self.name)
    }

    /// The location kamaki takes: `/CONTAINER/OBJECT`.
    fn at(&self, object: &str) -> String {
        format!("/{}/{object}", self.name)
    }
}

impl Drop for Scratch<'_> {
    fn drop(&mut self) {
        self.swift.remove_container(&self.name);
        self.swift
            .remove_container(&format!("{}_segments", self.name));
    }
}

fn md5_of(swift: &Swift, path: &str) -> String {
    swift
        .header(path, "etag")
        .unwrap()
        .trim_matches('"')
        .to_owned()
}

/// Random-looking bytes without a random-number crate (xorshift).
fn pseudo_random(len: usize, seed: u64) -> Vec<u8> {
    let mut state = seed | 1;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        out.extend_from_slice(&state.to_le_bytes());
    }
    out.truncate(len);
    out
}

fn demo_cloud<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut all = vec!["--cloud", "realcloud-demo"];
    all.extend_from_slice(args);
    all
}

// ------------------------------------------------------------------ logins

#[test]
fn clouds_yaml_password_logs_in_to_the_chosen_cloud() {
    let home = Home::with_clouds_yaml("yaml");
    let cloud = cloud();
    // Two clouds and no default: kamaki asks for a choice (exit 4).
    let run = home.run(&["sharer", "info"]);
    assert_eq!(run.code, 4, "{}", run.stderr);
    assert!(run.stderr.contains("realcloud-admin") && run.stderr.contains("realcloud-demo"));

    // --cloud, its alias --os-cloud, and OS_CLOUD pick one; the account is
    // the project's Swift account.
    for (args, user) in [
        (vec!["--cloud", "realcloud-demo"], &cloud.users.demo),
        (vec!["--os-cloud", "realcloud-admin"], &cloud.users.admin),
    ] {
        let mut all = args.clone();
        all.extend(["sharer", "info"]);
        let info = home.json(&all);
        assert_eq!(info["account"], format!("AUTH_{}", user.project_id));
    }
    let mut by_env = Home::with_clouds_yaml("yaml-env");
    by_env.set("OS_CLOUD", "realcloud-admin");
    let info = by_env.json(&["sharer", "info"]);
    assert_eq!(
        info["account"],
        format!("AUTH_{}", cloud.users.admin.project_id)
    );

    // The token is Keystone's, for the right user and project.
    let token = home.json(&["--cloud", "realcloud-demo", "user", "authenticate"]);
    assert_eq!(token["user"]["id"], cloud.users.demo.user_id.as_str());
    assert_eq!(token["project"]["id"], cloud.users.demo.project_id.as_str());

    // The second run takes the cached token: no password needed any more.
    let cached = home.json(&["--cloud", "realcloud-demo", "user", "info"]);
    assert_eq!(cached["id"], cloud.users.demo.user_id.as_str());
}

#[test]
fn os_variables_log_in_with_region_and_interface() {
    let cloud = cloud();
    let swift = Swift::demo();
    let scratch = Scratch::new(&swift, "osvars");
    swift.put(&scratch.name, "text/plain", b"");

    for interface in ["public", "internal", "admin"] {
        let mut home = Home::with_os_password("os", &cloud.users.demo);
        home.set("OS_INTERFACE", interface);
        let names: Vec<String> = home
            .json(&["container", "list"])
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap().to_owned())
            .collect();
        assert!(names.contains(&scratch.name), "{interface}: {names:?}");
    }

    // No region set: the only region is used.
    let mut home = Home::with_os_password("os-noregion", &cloud.users.demo);
    home.unset("OS_REGION_NAME");
    home.json(&["container", "info", &scratch.name]);

    // A region the catalog lacks: exit 1, naming the region and what exists.
    home.set("OS_REGION_NAME", "NoSuchRegion");
    let run = home.run(&["container", "list"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("NoSuchRegion"), "{}", run.stderr);
    assert!(run.stderr.contains(&cloud.region), "{}", run.stderr);
    assert!(run.stderr.contains("|  "), "a hint: {}", run.stderr);

    // An interface that does not exist: a configuration error (exit 4).
    home.set("OS_REGION_NAME", &cloud.region);
    home.set("OS_INTERFACE", "private");
    let run = home.run(&["container", "list"]);
    assert_eq!(run.code, 4, "{}", run.stderr);
    assert!(run.stderr.contains("OS_INTERFACE"), "{}", run.stderr);

    // The user by id and the project by id work too.
    let mut by_id = Home::bare("os-ids");
    by_id.os_auth_url();
    by_id.set("OS_USER_ID", &cloud.users.demo.user_id);
    by_id.set("OS_PASSWORD", &cloud.users.demo.password);
    by_id.set("OS_PROJECT_ID", &cloud.users.demo.project_id);
    by_id.json(&["container", "info", &scratch.name]);
}

#[test]
fn a_wrong_password_exits_1_with_keystones_message_and_no_secret() {
    let cloud = cloud();
    let mut home = Home::with_os_password("wrongpw", &cloud.users.demo);
    // The wrong password contains the right one: a leak of either shows.
    let wrong = format!("{}-not-it", cloud.users.demo.password);
    home.set("OS_PASSWORD", &wrong);
    let run = home.run(&["container", "list"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("The request you have made requires authentication."),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("Authorization failed"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("OS_PASSWORD"), "a hint: {}", run.stderr);
    assert!(!run.stderr.contains(&wrong));
    // Settings are shown masked.
    let listed = home.run(&["config", "list"]);
    assert!(!listed.stdout.contains(&wrong) && !listed.stderr.contains(&wrong));
}

/// Creates an application credential of `user`; returns (id, secret).
fn create_application_credential(swift: &Swift, user: &User, name: &str) -> (String, String) {
    let url = format!(
        "{}/users/{}/application_credentials",
        cloud().auth_url.trim_end_matches('/'),
        user.user_id
    );
    let body = json!({"application_credential": {"name": name}}).to_string();
    let request = http::Request::post(url)
        .header("x-auth-token", swift.token.header_value().unwrap())
        .header("content-type", "application/json")
        .body(Body::from(body))
        .unwrap();
    let document: Value = swift
        .runtime
        .block_on(swift.transport.json(request))
        .unwrap();
    let credential = &document["application_credential"];
    (
        credential["id"].as_str().unwrap().to_owned(),
        credential["secret"].as_str().unwrap().to_owned(),
    )
}

fn delete_application_credential(swift: &Swift, user: &User, id: &str) {
    let url = format!(
        "{}/users/{}/application_credentials/{id}",
        cloud().auth_url.trim_end_matches('/'),
        user.user_id
    );
    let request = http::Request::delete(url)
        .header("x-auth-token", swift.token.header_value().unwrap())
        .body(Body::empty())
        .unwrap();
    swift
        .runtime
        .block_on(swift.transport.send_checked(request))
        .unwrap();
}

#[test]
fn application_credentials_log_in_from_os_variables_and_clouds_yaml() {
    let cloud = cloud();
    let user = &cloud.users.demo;
    let swift = Swift::demo();
    let name = unique("appcred");
    let (id, secret) = create_application_credential(&swift, user, &name);
    let result = std::panic::catch_unwind(|| {
        let account = format!("AUTH_{}", user.project_id);
        // OS_* by id.
        let mut home = Home::bare("appcred-env");
        home.os_auth_url();
        home.set("OS_AUTH_TYPE", "v3applicationcredential");
        home.set("OS_APPLICATION_CREDENTIAL_ID", &id);
        home.set("OS_APPLICATION_CREDENTIAL_SECRET", &secret);
        let info = home.json(&["sharer", "info"]);
        assert_eq!(info["account"], account.as_str());
        let run = home.run(&["user", "authenticate", "--output-format", "json"]);
        assert!(!run.stdout.contains(&secret) && !run.stderr.contains(&secret));

        // clouds.yaml by name and user.
        let home = Home::bare("appcred-yaml");
        let openstack = home.dir.join(".config/openstack");
        std::fs::create_dir_all(&openstack).unwrap();
        std::fs::write(
            openstack.join("clouds.yaml"),
            format!(
                "clouds:\n  appcred:\n    auth_type: v3applicationcredential\n    auth:\n      auth_url: {}\n      application_credential_name: {name}\n      application_credential_secret: {secret}\n      username: {}\n      user_domain_name: {}\n    region_name: {}\n",
                cloud.auth_url, user.username, user.user_domain_name, cloud.region
            ),
        )
        .unwrap();
        let info = home.json(&["sharer", "info"]);
        assert_eq!(info["account"], account.as_str());
        let listed = home.run(&["config", "list"]);
        assert!(!listed.stdout.contains(&secret), "{}", listed.stdout);
    });
    delete_application_credential(&swift, user, &id);
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
    // Deleted: Keystone answers 404 there; kamaki calls it a failed login.
    let mut home = Home::bare("appcred-gone");
    home.os_auth_url();
    home.set("OS_APPLICATION_CREDENTIAL_ID", &id);
    home.set("OS_APPLICATION_CREDENTIAL_SECRET", &secret);
    let run = home.run(&["sharer", "info"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("Authorization failed"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("Could not find Application Credential"));
    assert!(!run.stderr.contains(&secret));
}

#[test]
fn a_token_logs_in_as_it_is_or_rescoped_to_a_project() {
    let cloud = cloud();
    let user = &cloud.users.demo;
    let swift = Swift::demo();
    let account = format!("AUTH_{}", user.project_id);

    let mut home = Home::bare("token");
    home.os_auth_url();
    home.set("OS_AUTH_TYPE", "v3token");
    home.set("OS_TOKEN", swift.token.expose());
    let info = home.json(&["sharer", "info"]);
    assert_eq!(info["account"], account.as_str());
    let token = home.json(&["user", "authenticate"]);
    assert_eq!(token["methods"], json!(["password"]), "the token as it is");

    // With a project: exchanged for a token scoped to it.
    home.set("OS_PROJECT_ID", &user.project_id);
    let token = home.json(&["user", "authenticate"]);
    assert!(
        token["methods"]
            .as_array()
            .unwrap()
            .contains(&json!("token"))
    );
    assert_eq!(token["project"]["id"], user.project_id.as_str());

    // A token Keystone never issued: exit 1 with Keystone's message.
    let mut bad = Home::bare("token-bad");
    bad.os_auth_url();
    bad.set("OS_TOKEN", "gAAAAABnot-a-real-token");
    let run = bad.run(&["container", "list"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("Authorization failed"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("gAAAAABnot-a-real-token"));
}

// ------------------------------------------------------------- containers

#[test]
fn container_commands_work_on_swift() {
    let home = Home::with_clouds_yaml("containers");
    let swift = Swift::demo();
    let scratch = Scratch::new(&swift, "cont");
    let c = scratch.name.as_str();

    let created = home.json(&demo_cloud(&[
        "container",
        "create",
        c,
        "--meta",
        "color=blue",
    ]));
    assert_eq!(created["created"], true);
    assert_eq!(
        swift.header(c, "x-container-meta-color").as_deref(),
        Some("blue")
    );
    // Again: it exists.
    let again = home.run(&demo_cloud(&["container", "create", c]));
    assert_eq!(again.code, 1, "{}", again.stderr);
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);

    let listed = home.json(&demo_cloud(&["container", "list"]));
    assert!(listed.as_array().unwrap().iter().any(|e| e["name"] == c));

    home.json(&demo_cloud(&[
        "container",
        "modify",
        c,
        "--metadata-add",
        "size=big",
        "--metadata-del",
        "color",
        "--size-limit",
        "1MiB",
    ]));
    assert_eq!(
        swift.header(c, "x-container-meta-size").as_deref(),
        Some("big")
    );
    assert_eq!(swift.header(c, "x-container-meta-color"), None);
    assert_eq!(
        swift.header(c, "x-container-meta-quota-bytes").as_deref(),
        Some("1048576")
    );
    let info = home.json(&demo_cloud(&["container", "info", c]));
    assert_eq!(info["name"], c);
    assert_eq!(info["quota"], 1_048_576);
    assert_eq!(info["meta"]["size"], "big");
    let limit = home
        .run(&demo_cloud(&["container", "info", c, "--size-limit"]))
        .ok();
    assert_eq!(limit.stdout.trim(), "1.0 MiB");
    let meta = home.json(&demo_cloud(&["container", "info", c, "--metadata"]));
    assert_eq!(meta["size"], "big");

    // Swift's container quota middleware enforces the limit.
    let big = pseudo_random(2 << 20, 7);
    let (status, _, _) = swift.send(http::Method::PUT, &scratch.path("big"), &[], big);
    assert_eq!(status, 413, "the limit holds on the server");
    home.json(&demo_cloud(&[
        "container",
        "modify",
        c,
        "--size-limit",
        "0",
    ]));
    assert_eq!(swift.header(c, "x-container-meta-quota-bytes"), None);

    // Not empty: refused without -r; empty, then delete.
    swift.put(&scratch.path("a.txt"), "text/plain", b"a");
    swift.put(&scratch.path("d/b.txt"), "text/plain", b"b");
    let run = home.run(&demo_cloud(&["container", "delete", c, "--yes"]));
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("not empty"), "{}", run.stderr);
    home.json(&demo_cloud(&["container", "empty", c, "--yes"]));
    assert!(swift.names(c).is_empty());
    home.json(&demo_cloud(&["container", "delete", c, "--yes"]));
    assert!(!swift.exists(c));

    // delete -r: everything goes.
    home.json(&demo_cloud(&["container", "create", c]));
    swift.put(&scratch.path("x"), "text/plain", b"x");
    home.json(&demo_cloud(&["container", "delete", c, "-r", "--yes"]));
    assert!(!swift.exists(c));

    // A missing container: exit 1 with kamaki's hint.
    let run = home.run(&demo_cloud(&["container", "info", c]));
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("does not exist"), "{}", run.stderr);
}

// ------------------------------------------------------------------ files

#[test]
fn file_commands_work_on_swift() {
    let home = Home::with_clouds_yaml("files");
    let swift = Swift::demo();
    let scratch = Scratch::new(&swift, "files");
    let c = scratch.name.as_str();
    home.json(&demo_cloud(&["container", "create", c]));
    swift.put(
        &scratch.path("docs/hello.txt"),
        "text/plain",
        b"hello world",
    );

    // mkdir and create.
    home.json(&demo_cloud(&["file", "mkdir", &scratch.at("docs")]));
    assert_eq!(
        swift
            .header(&scratch.path("docs"), "content-type")
            .as_deref(),
        Some("application/directory")
    );
    home.json(&demo_cloud(&["file", "create", &scratch.at("empty.bin")]));
    assert_eq!(
        swift
            .header(&scratch.path("empty.bin"), "content-length")
            .as_deref(),
        Some("0")
    );

    // list: the container, a directory, details.
    let listed = home.json(&demo_cloud(&["file", "list", &format!("/{c}")]));
    let names: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["docs", "docs/hello.txt", "empty.bin"]);
    let under = home.json(&demo_cloud(&["file", "list", &scratch.at("docs")]));
    assert_eq!(under.as_array().unwrap().len(), 1);
    assert_eq!(under[0]["name"], "docs/hello.txt");
    assert_eq!(under[0]["bytes"], 11);
    assert_eq!(under[0]["hash"], "5eb63bbbe01eeed093cb22bb8f5acdc3");
    let table = home
        .run(&demo_cloud(&["file", "list", &format!("/{c}"), "-l"]))
        .ok();
    assert!(table.stdout.contains("text/plain"), "{}", table.stdout);

    // info, with --if-* checked by the server.
    let info = home.json(&demo_cloud(&[
        "file",
        "info",
        &scratch.at("docs/hello.txt"),
    ]));
    assert_eq!(info["bytes"], 11);
    assert_eq!(info["content_type"], "text/plain");
    assert_eq!(info["etag"], "5eb63bbbe01eeed093cb22bb8f5acdc3");
    let run = home.run(&demo_cloud(&[
        "file",
        "info",
        &scratch.at("docs/hello.txt"),
        "--if-none-match",
        "5eb63bbbe01eeed093cb22bb8f5acdc3",
    ]));
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("not modified"), "{}", run.stderr);

    // metadata: added, merged, deleted.
    let hello = scratch.at("docs/hello.txt");
    home.json(&demo_cloud(&[
        "file",
        "modify",
        &hello,
        "--metadata-add",
        "color=red",
    ]));
    home.json(&demo_cloud(&[
        "file",
        "modify",
        &hello,
        "--metadata-add",
        "size=small",
    ]));
    let path = scratch.path("docs/hello.txt");
    assert_eq!(
        swift.header(&path, "x-object-meta-color").as_deref(),
        Some("red")
    );
    assert_eq!(
        swift.header(&path, "x-object-meta-size").as_deref(),
        Some("small")
    );
    home.json(&demo_cloud(&[
        "file",
        "modify",
        &hello,
        "--metadata-del",
        "color",
    ]));
    assert_eq!(swift.header(&path, "x-object-meta-color"), None);
    assert_eq!(
        swift.header(&path, "x-object-meta-size").as_deref(),
        Some("small")
    );
    let meta = home.json(&demo_cloud(&["file", "info", &hello, "--metadata"]));
    assert_eq!(meta, json!({"size": "small"}));
    assert_eq!(
        swift.get(&path),
        b"hello world",
        "metadata left the data alone"
    );

    // cat: whole and ranged.
    let cat = home.run(&demo_cloud(&["file", "cat", &hello])).ok();
    assert_eq!(cat.stdout, "hello world");
    let part = home
        .run(&demo_cloud(&["file", "cat", &hello, "--range", "0-4,-5"]))
        .ok();
    assert_eq!(part.stdout, "helloworld");

    // copy: same bytes, same type and metadata; -r copies a tree.
    home.json(&demo_cloud(&[
        "file",
        "copy",
        &hello,
        &scratch.at("copy.txt"),
    ]));
    assert_eq!(swift.get(&scratch.path("copy.txt")), b"hello world");
    assert_eq!(
        swift
            .header(&scratch.path("copy.txt"), "content-type")
            .as_deref(),
        Some("text/plain")
    );
    assert!(swift.exists(&path), "a copy keeps the source");
    home.json(&demo_cloud(&[
        "file",
        "copy",
        &scratch.at("docs"),
        &scratch.at("docs2"),
        "-r",
    ]));
    assert_eq!(swift.get(&scratch.path("docs2/hello.txt")), b"hello world");
    // Onto an existing object: refused without -f.
    let run = home.run(&demo_cloud(&[
        "file",
        "copy",
        &hello,
        &scratch.at("copy.txt"),
    ]));
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("exists"), "{}", run.stderr);

    // move: there, and gone from here.
    home.json(&demo_cloud(&[
        "file",
        "move",
        &scratch.at("copy.txt"),
        &scratch.at("moved.txt"),
    ]));
    assert!(!swift.exists(&scratch.path("copy.txt")));
    assert_eq!(swift.get(&scratch.path("moved.txt")), b"hello world");
    home.json(&demo_cloud(&[
        "file",
        "move",
        &scratch.at("docs2"),
        &scratch.at("docs3"),
        "-r",
    ]));
    let names = swift.names(c);
    assert!(!names.iter().any(|n| n.starts_with("docs2")), "{names:?}");
    assert!(names.contains(&"docs3/hello.txt".to_owned()), "{names:?}");

    // delete: one object; -r a directory and what is under it.
    home.json(&demo_cloud(&[
        "file",
        "delete",
        &scratch.at("moved.txt"),
        "--yes",
    ]));
    assert!(!swift.exists(&scratch.path("moved.txt")));
    home.json(&demo_cloud(&[
        "file",
        "delete",
        &scratch.at("docs"),
        "-r",
        "--yes",
    ]));
    let names = swift.names(c);
    assert!(
        !names.iter().any(|n| n.starts_with("docs/") || n == "docs"),
        "{names:?}"
    );
    // A missing object: exit 1, and the container is named as existing.
    let run = home.run(&demo_cloud(&["file", "info", &scratch.at("nothing")]));
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("No object"), "{}", run.stderr);
    // `file delete /C` empties the container.
    home.json(&demo_cloud(&["file", "delete", &format!("/{c}"), "--yes"]));
    assert!(swift.names(c).is_empty());
}

#[test]
fn pithos_only_options_are_refused_with_exit_2_and_a_hint() {
    let home = Home::with_clouds_yaml("pithos-only");
    let swift = Swift::demo();
    let scratch = Scratch::new(&swift, "ponly");
    let c = scratch.name.as_str();
    swift.put(c, "text/plain", b"");
    swift.put(&scratch.path("o.txt"), "text/plain", b"data");
    let o = scratch.at("o.txt");
    let root = format!("/{c}");
    let up = scratch.at("up.txt");
    let local = home.dir.join("local.txt");
    std::fs::write(&local, b"more").unwrap();
    let local = local.to_str().unwrap();
    let cases: Vec<Vec<&str>> = vec![
        vec!["file", "info", &o, "--hashmap"],
        vec!["file", "info", &o, "--sharing"],
        vec!["file", "info", &o, "--object-versions"],
        vec!["file", "modify", &o, "--read-permission", "AUTH_x"],
        vec!["file", "publish", &o],
        vec!["file", "unpublish", &o],
        vec!["file", "list", &root, "--shared-by-me"],
        vec!["file", "list", &root, "--public"],
        vec!["file", "list", &root, "--until", "2020-01-01"],
        vec!["file", "list", &root, "--meta", "color"],
        vec!["file", "list", &root, "--if-modified-since", "2020-01-01"],
        vec!["file", "delete", &o, "--until", "2020-01-01", "--yes"],
        vec!["file", "append", local, &o],
        vec!["file", "truncate", &o, "--size-in-bytes", "1"],
        vec!["file", "upload", local, &up, "--public"],
        vec!["container", "list", "--shared-by-me"],
        vec!["container", "list", "--until", "2020-01-01"],
        vec![
            "container",
            "create",
            "kcli-never-made",
            "--versioning",
            "auto",
        ],
        vec!["container", "modify", c, "--versioning", "auto"],
        vec!["container", "reassign", c, "--project-id", "p"],
        vec!["container", "info", c, "--until", "2020-01-01"],
        vec!["group", "list"],
        vec!["sharer", "list"],
    ];
    for case in cases {
        let run = home.run(&demo_cloud(&case));
        assert_eq!(run.code, 2, "{case:?}: {}{}", run.stdout, run.stderr);
        assert!(
            run.stderr.contains("OpenStack Swift"),
            "{case:?}: {}",
            run.stderr
        );
        assert!(run.stderr.contains("Pithos+"), "{case:?}: {}", run.stderr);
        assert!(
            run.stderr.contains("\n|  "),
            "{case:?}: a hint: {}",
            run.stderr
        );
    }
    // Nothing changed on the server.
    assert_eq!(swift.get(&scratch.path("o.txt")), b"data");
    assert!(!swift.exists(&scratch.path("up.txt")));
    assert!(!swift.exists("kcli-never-made"));
    assert_eq!(swift.header(c, "x-container-read"), None);
}

// -------------------------------------------------------------- transfers

#[test]
fn uploads_and_downloads_round_trip_identical_bytes() {
    let home = Home::with_clouds_yaml("transfer");
    let swift = Swift::demo();
    let scratch = Scratch::new(&swift, "xfer");
    let c = scratch.name.as_str();
    home.json(&demo_cloud(&["container", "create", c]));
    for (name, size) in [("zero", 0usize), ("one", 1), ("three-mib", 3 << 20)] {
        let data = pseudo_random(size, size as u64 + 11);
        let local = home.dir.join(name);
        std::fs::write(&local, &data).unwrap();
        let remote = scratch.at(name);
        home.json(&demo_cloud(&[
            "file",
            "upload",
            local.to_str().unwrap(),
            &remote,
        ]));
        assert_eq!(swift.get(&scratch.path(name)), data, "{name} on the server");
        let md5 = md5_of(&swift, &scratch.path(name));
        assert_eq!(md5.len(), 32, "{name}: {md5}");

        let back = home.dir.join(format!("{name}.back"));
        home.json(&demo_cloud(&[
            "file",
            "download",
            &remote,
            back.to_str().unwrap(),
        ]));
        assert_eq!(
            std::fs::read(&back).unwrap(),
            data,
            "{name} came back whole"
        );
    }
    // --segment-size: a Static Large Object of 1 MiB segments (read and
    // hashed in rows), which comes back whole; a bad size is a usage error.
    let data = pseudo_random((5 << 20) + 3, 99);
    let local = home.dir.join("segmented");
    std::fs::write(&local, &data).unwrap();
    let out = home.json(&demo_cloud(&[
        "file",
        "upload",
        "--segment-size",
        "1MiB",
        local.to_str().unwrap(),
        &scratch.at("segmented"),
    ]));
    assert_eq!(out["blocks"], 6, "{out}");
    assert_eq!(
        swift
            .header(&scratch.path("segmented"), "x-static-large-object")
            .as_deref(),
        Some("True")
    );
    assert_eq!(swift.get(&scratch.path("segmented")), data);
    let back = home.dir.join("segmented.back");
    home.json(&demo_cloud(&[
        "file",
        "download",
        &scratch.at("segmented"),
        back.to_str().unwrap(),
    ]));
    assert!(
        std::fs::read(&back).unwrap() == data,
        "the segmented file came back whole"
    );
    let run = home.run(&demo_cloud(&[
        "file",
        "upload",
        "-S",
        "lots",
        local.to_str().unwrap(),
        &scratch.at("never"),
    ]));
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("is not a size"), "{}", run.stderr);
    assert!(!swift.exists(&scratch.path("never")));

    // Re-uploading without -f is refused; with -f it replaces.
    let local = home.dir.join("one");
    let run = home.run(&demo_cloud(&[
        "file",
        "upload",
        local.to_str().unwrap(),
        &scratch.at("one"),
    ]));
    assert_ne!(run.code, 0, "{}", run.stderr);
    std::fs::write(&local, b"new").unwrap();
    home.json(&demo_cloud(&[
        "file",
        "upload",
        local.to_str().unwrap(),
        &scratch.at("one"),
        "-f",
    ]));
    assert_eq!(swift.get(&scratch.path("one")), b"new");
}

#[test]
fn a_large_upload_and_download_show_progress_bars_on_a_terminal() {
    // Progress bars appear only when stderr is a terminal: run kamaki under
    // `script`, which gives it one.
    let Ok(script) = which("script") else {
        eprintln!(
            "no `script` (util-linux) here to give kamaki a terminal: progress bars not checked"
        );
        return;
    };
    let home = Home::with_clouds_yaml("large");
    let swift = Swift::demo();
    let scratch = Scratch::new(&swift, "large");
    let c = scratch.name.as_str();
    home.json(&demo_cloud(&["container", "create", c]));
    let data = pseudo_random(96 << 20, 3);
    let local = home.dir.join("large.bin");
    std::fs::write(&local, &data).unwrap();
    let remote = scratch.at("large.bin");
    let command = format!(
        "{} --cloud realcloud-demo file upload {} {remote}",
        kamaki().display(),
        local.display()
    );
    let run = home.run_with(&script, &["-qefc", &command, "/dev/null"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("large.bin") && run.stdout.contains('\r'),
        "a bar redrawn in place: {:?}",
        run.stdout.chars().take(400).collect::<String>()
    );
    let (_, _, body) = swift.send(
        http::Method::HEAD,
        &scratch.path("large.bin"),
        &[],
        Vec::new(),
    );
    assert!(body.is_empty());
    assert_eq!(
        swift
            .header(&scratch.path("large.bin"), "content-length")
            .as_deref(),
        Some((96u64 << 20).to_string().as_str())
    );

    let back = home.dir.join("large.back");
    let command = format!(
        "{} --cloud realcloud-demo file download {remote} {}",
        kamaki().display(),
        back.display()
    );
    let run = home.run_with(&script, &["-qefc", &command, "/dev/null"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains('\r'), "a download bar");
    assert!(
        std::fs::read(&back).unwrap() == data,
        "the download is identical"
    );
}

/// The path of a program on PATH.
fn which(program: &str) -> Result<PathBuf, ()> {
    let path = std::env::var_os("PATH").ok_or(())?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
        .ok_or(())
}
