//! The servers' data, made once and kept between runs: Keystone's database
//! and keys (`keystone-manage`), Swift's rings, Glance's database; and, once
//! Keystone answers, its users, projects and catalog.
//!
//! Each step leaves a marker recording what it was done with (ports,
//! passwords); a step runs again only when its marker is missing or differs.
//! The three independent steps before start-up run in parallel.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::thread;
use std::time::Duration;

use super::configs::{KEYSTONE_SETUP_FILE, SWIFT_PREPARE_FILE};
use super::logs;
use super::say;
use super::settings::{
    ADMIN_PASSWORD, DEMO_PASSWORD, GLANCE_SERVICE_PASSWORD, REGION, SWIFT_SERVICE_PASSWORD,
    Settings,
};

/// An upper bound on each `keystone-manage` or `glance-manage` command
/// (each takes a few seconds).
const MANAGE_TIMEOUT: Duration = Duration::from_secs(5 * 60);
/// An upper bound on the Keystone set-up script (about 10 s).
const SETUP_TIMEOUT: Duration = Duration::from_secs(5 * 60);

/// The IDs Keystone gave the test users and their projects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Ids {
    /// The `admin` user.
    pub(crate) admin_user: String,
    /// The `admin` project.
    pub(crate) admin_project: String,
    /// The `demo` user.
    pub(crate) demo_user: String,
    /// The `demo` project.
    pub(crate) demo_project: String,
}

/// Runs the one-time steps that are not done yet: Keystone's database and
/// keys, Swift's rings, Glance's database (in parallel).
pub(crate) fn prepare(settings: &Settings, user: &str, group: &str) -> Result<(), String> {
    let results = thread::scope(|scope| {
        let keystone = scope.spawn(|| keystone_manage(settings, user, group));
        let swift = scope.spawn(|| swift_rings(settings));
        let glance = scope.spawn(|| glance_db(settings));
        [keystone.join(), swift.join(), glance.join()]
    });
    let mut errors = Vec::new();
    for result in results {
        match result {
            Ok(Ok(())) => {}
            Ok(Err(error)) => errors.push(error),
            Err(_) => errors.push("a preparation step panicked".to_owned()),
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("\n"))
    }
}

/// Whether the marker file holds exactly `key`.
fn marker_matches(marker: &Path, key: &str) -> bool {
    fs::read_to_string(marker).is_ok_and(|text| text == key)
}

/// Writes a marker.
fn set_marker(marker: &Path, key: &str) -> Result<(), String> {
    fs::write(marker, key).map_err(|error| format!("cannot write {}: {error}", marker.display()))
}

/// `keystone-manage db_sync`, `fernet_setup`, `credential_setup` and
/// `bootstrap` (the admin user, project and role, the region, and the
/// identity endpoints, unversioned as devstack registers them).
fn keystone_manage(settings: &Settings, user: &str, group: &str) -> Result<(), String> {
    let dir = settings.keystone_dir();
    let url = Settings::url(settings.ports.keystone);
    let marker = dir.join(".bootstrapped");
    let key = format!("{url} {ADMIN_PASSWORD} {REGION}");
    if marker_matches(&marker, &key) {
        return Ok(());
    }
    say("keystone: db_sync, fernet_setup, credential_setup, bootstrap");
    let log = settings.log("keystone-manage");
    let conf = dir.join("keystone.conf");
    let manage = |args: &[&str]| {
        let mut command = Command::new(settings.bin("keystone-manage"));
        command
            .arg("--config-file")
            .arg(&conf)
            .args(args)
            .env("PYTHONWARNINGS", "ignore");
        command
    };
    logs::run_logged(
        manage(&["db_sync"]),
        "`keystone-manage db_sync`",
        &log,
        MANAGE_TIMEOUT,
    )?;
    let owner = ["--keystone-user", user, "--keystone-group", group];
    if !dir.join("fernet-keys/0").exists() {
        let args: Vec<&str> = ["fernet_setup"].into_iter().chain(owner).collect();
        logs::run_logged(
            manage(&args),
            "`keystone-manage fernet_setup`",
            &log,
            MANAGE_TIMEOUT,
        )?;
    }
    if !dir.join("credential-keys/0").exists() {
        let args: Vec<&str> = ["credential_setup"].into_iter().chain(owner).collect();
        logs::run_logged(
            manage(&args),
            "`keystone-manage credential_setup`",
            &log,
            MANAGE_TIMEOUT,
        )?;
    }
    let mut bootstrap = manage(&[
        "bootstrap",
        "--bootstrap-username",
        "admin",
        "--bootstrap-project-name",
        "admin",
        "--bootstrap-role-name",
        "admin",
        "--bootstrap-service-name",
        "keystone",
        "--bootstrap-region-id",
        REGION,
        "--bootstrap-admin-url",
        &url,
        "--bootstrap-internal-url",
        &url,
        "--bootstrap-public-url",
        &url,
    ]);
    // The password goes through the environment, not the command line.
    bootstrap.env("OS_BOOTSTRAP_PASSWORD", ADMIN_PASSWORD);
    logs::run_logged(
        bootstrap,
        "`keystone-manage bootstrap`",
        &log,
        MANAGE_TIMEOUT,
    )?;
    set_marker(&marker, &key)
}

/// Checks extended attributes and builds the rings for the current ports.
fn swift_rings(settings: &Settings) -> Result<(), String> {
    let etc = settings.swift_etc();
    let marker = etc.join(".rings");
    let ports = settings.ports;
    let specs = [
        format!("account={}", ports.account),
        format!("container={}", ports.container),
        format!("object={}", ports.object),
    ];
    let key = specs.join(" ");
    let rings_exist = ["account", "container", "object"]
        .iter()
        .all(|kind| etc.join(format!("{kind}.ring.gz")).is_file());
    if rings_exist && marker_matches(&marker, &key) {
        return Ok(());
    }
    say("swift: checking extended attributes, building the rings");
    let mut command = Command::new(settings.bin("python"));
    command
        .arg(settings.swift_dir().join(SWIFT_PREPARE_FILE))
        .arg(&etc)
        .arg(settings.swift_devices().join("d1"))
        .args(&specs)
        .env("PYTHONWARNINGS", "ignore");
    logs::run_logged(
        command,
        "building Swift's rings",
        &settings.log("swift-prepare"),
        MANAGE_TIMEOUT,
    )?;
    set_marker(&marker, &key)
}

/// `glance-manage db_sync`.
fn glance_db(settings: &Settings) -> Result<(), String> {
    let dir = settings.glance_dir();
    let marker = dir.join(".db_synced");
    if marker.exists() {
        return Ok(());
    }
    say("glance: db_sync");
    let mut command = Command::new(settings.bin("glance-manage"));
    command
        .arg("--config-file")
        .arg(dir.join("glance-api.conf"))
        .arg("db_sync")
        .env("PYTHONWARNINGS", "ignore");
    logs::run_logged(
        command,
        "`glance-manage db_sync`",
        &settings.log("glance-manage"),
        MANAGE_TIMEOUT,
    )?;
    set_marker(&marker, "")
}

/// What the Keystone set-up depends on; a change runs it again.
fn setup_key(settings: &Settings) -> String {
    let ports = settings.ports;
    format!(
        "keystone={} swift={} glance={} region={REGION} passwords={ADMIN_PASSWORD},\
         {DEMO_PASSWORD},{SWIFT_SERVICE_PASSWORD},{GLANCE_SERVICE_PASSWORD}",
        ports.keystone, ports.swift, ports.glance
    )
}

/// Users, projects, services and endpoints (Keystone must be answering).
/// Runs the set-up script only when its inputs changed since the last run;
/// either way returns the IDs it recorded.
pub(crate) fn setup_keystone(settings: &Settings) -> Result<Ids, String> {
    let dir = settings.keystone_dir();
    let marker = dir.join(".setup");
    let ids_file = dir.join("ids.txt");
    let key = setup_key(settings);
    if marker_matches(&marker, &key)
        && let Some(ids) = read_ids(&ids_file)
    {
        return Ok(ids);
    }
    say("keystone: creating users, projects, services and endpoints");
    let ports = settings.ports;
    let mut command = Command::new(settings.bin("python"));
    command
        .arg(dir.join(KEYSTONE_SETUP_FILE))
        .arg(&ids_file)
        .env("PYTHONWARNINGS", "ignore")
        .env(
            "REALCLOUD_AUTH_URL",
            format!("{}/v3", Settings::url(ports.keystone)),
        )
        .env("REALCLOUD_REGION", REGION)
        .env("REALCLOUD_ADMIN_PASSWORD", ADMIN_PASSWORD)
        .env("REALCLOUD_DEMO_PASSWORD", DEMO_PASSWORD)
        .env("REALCLOUD_SWIFT_PASSWORD", SWIFT_SERVICE_PASSWORD)
        .env("REALCLOUD_GLANCE_PASSWORD", GLANCE_SERVICE_PASSWORD)
        .env(
            "REALCLOUD_OBJECT_STORE_URL",
            format!("{}/v1/AUTH_$(project_id)s", Settings::url(ports.swift)),
        )
        .env("REALCLOUD_IMAGE_URL", Settings::url(ports.glance));
    logs::run_logged(
        command,
        "the Keystone set-up script",
        &settings.log("keystone-setup"),
        SETUP_TIMEOUT,
    )?;
    let ids = read_ids(&ids_file).ok_or_else(|| {
        format!(
            "the Keystone set-up script left no IDs in {}; see {}",
            ids_file.display(),
            settings.log("keystone-setup").display()
        )
    })?;
    set_marker(&marker, &key)?;
    Ok(ids)
}

/// Reads the `key=value` lines the set-up script writes.
fn read_ids(path: &Path) -> Option<Ids> {
    parse_ids(&fs::read_to_string(path).ok()?)
}

/// The parsing half of [`read_ids`]; every ID must be there and non-empty.
fn parse_ids(text: &str) -> Option<Ids> {
    let get = |key: &str| {
        text.lines()
            .filter_map(|line| line.split_once('='))
            .find(|(k, _)| k.trim() == key)
            .map(|(_, v)| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    Some(Ids {
        admin_user: get("admin_user_id")?,
        admin_project: get("admin_project_id")?,
        demo_user: get("demo_user_id")?,
        demo_project: get("demo_project_id")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_parse_only_when_complete() {
        let text = "admin_user_id=a\nadmin_project_id=b\ndemo_user_id=c\ndemo_project_id=d\n";
        let ids = parse_ids(text).unwrap();
        assert_eq!(ids.demo_project, "d");
        assert_eq!(ids.admin_user, "a");
        assert_eq!(parse_ids("admin_user_id=a\n"), None);
        assert_eq!(
            parse_ids(&text.replace("demo_user_id=c", "demo_user_id=")),
            None
        );
    }
}
