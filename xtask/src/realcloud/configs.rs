//! The servers' configuration files and helper scripts, written into the
//! state directory on every start (they are cheap, and this way a change of
//! port or of this code takes effect without a fresh start).
//!
//! Keystone: sqlite, fernet tokens, every key repository inside the state
//! directory. Swift: one replica on one device, Keystone auth in the proxy
//! (`authtoken` + `keystoneauth`) with slo, dlo, tempurl, formpost, staticweb,
//! bulk, copy, quotas, versioning and symlinks, accounts created on first use.
//! Glance: sqlite, images in a directory, Keystone auth.

use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

use super::settings::{GLANCE_SERVICE_PASSWORD, HOST, SWIFT_SERVICE_PASSWORD, Settings};

/// Keystone's WSGI entry point for gunicorn (hides gunicorn's arguments
/// from oslo.config).
const KEYSTONE_WSGI: &str = include_str!("../../realcloud/keystone_wsgi.py");
/// Creates users, projects, services and endpoints; writes the IDs.
pub(crate) const KEYSTONE_SETUP: &str = include_str!("../../realcloud/keystone_setup.py");
/// Runs a Swift daemon with our `swift_dir`.
const SWIFT_DAEMON: &str = include_str!("../../realcloud/swift_daemon.py");
/// Checks extended attributes and builds the rings.
const SWIFT_PREPARE: &str = include_str!("../../realcloud/swift_prepare.py");

/// The file names the scripts get in the state directory.
pub(crate) const KEYSTONE_WSGI_MODULE: &str = "keystone_wsgi";
pub(crate) const KEYSTONE_SETUP_FILE: &str = "keystone_setup.py";
pub(crate) const SWIFT_DAEMON_FILE: &str = "swift_daemon.py";
pub(crate) const SWIFT_PREPARE_FILE: &str = "swift_prepare.py";

/// Creates the directories and writes every file the servers read.
pub(crate) fn write_all(settings: &Settings, user: &str) -> Result<(), String> {
    let keystone = settings.keystone_dir();
    let swift = settings.swift_dir();
    let glance = settings.glance_dir();
    for dir in [
        settings.log_dir(),
        settings.run_dir(),
        keystone.join("fernet-keys"),
        keystone.join("credential-keys"),
        settings.swift_etc(),
        settings.swift_devices().join("d1"),
        swift.join("cache"),
        glance.join("images"),
        glance.join("staging"),
        glance.join("tasks"),
        glance.join("cache"),
    ] {
        fs::create_dir_all(&dir)
            .map_err(|error| format!("cannot create {}: {error}", dir.display()))?;
    }

    for (path, text) in render(settings, user) {
        write_if_changed(&path, &text)?;
    }
    Ok(())
}

/// A digest of every file [`write_all`] writes. The running servers are
/// restarted when it changes (a new port, or a new version of this code).
pub(crate) fn digest(settings: &Settings, user: &str) -> String {
    let mut hasher = DefaultHasher::new();
    for (path, text) in render(settings, user) {
        path.hash(&mut hasher);
        text.hash(&mut hasher);
    }
    format!("{:016x}", hasher.finish())
}

/// Every file the servers read, with its contents.
fn render(settings: &Settings, user: &str) -> Vec<(PathBuf, String)> {
    let keystone = settings.keystone_dir();
    let swift = settings.swift_dir();
    let etc = settings.swift_etc();
    let glance = settings.glance_dir();
    vec![
        (keystone.join("keystone.conf"), keystone_conf(settings)),
        (
            keystone.join(format!("{KEYSTONE_WSGI_MODULE}.py")),
            KEYSTONE_WSGI.to_owned(),
        ),
        (
            keystone.join(KEYSTONE_SETUP_FILE),
            KEYSTONE_SETUP.to_owned(),
        ),
        (etc.join("swift.conf"), SWIFT_CONF.to_owned()),
        (
            etc.join("account-server.conf"),
            storage_conf(settings, user, "account", settings.ports.account),
        ),
        (
            etc.join("container-server.conf"),
            storage_conf(settings, user, "container", settings.ports.container),
        ),
        (
            etc.join("object-server.conf"),
            storage_conf(settings, user, "object", settings.ports.object),
        ),
        (etc.join("proxy-server.conf"), proxy_conf(settings, user)),
        (swift.join(SWIFT_DAEMON_FILE), SWIFT_DAEMON.to_owned()),
        (swift.join(SWIFT_PREPARE_FILE), SWIFT_PREPARE.to_owned()),
        (glance.join("glance-api.conf"), glance_conf(settings)),
    ]
}

/// Writes `text` to `path` unless it already holds exactly that.
fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    fs::write(path, text).map_err(|error| format!("cannot write {}: {error}", path.display()))
}

/// `keystone.conf`. `[fernet_receipts]` must be set too: `fernet_setup`
/// also creates receipt keys, by default in `/etc/keystone/fernet-keys/`.
fn keystone_conf(settings: &Settings) -> String {
    let dir = settings.keystone_dir();
    let dir = dir.display();
    let log = settings.log("keystone-app");
    format!(
        "[DEFAULT]\n\
         log_file = {log}\n\
         [database]\n\
         connection = sqlite:///{dir}/keystone.db\n\
         [token]\n\
         provider = fernet\n\
         expiration = 3600\n\
         [fernet_tokens]\n\
         key_repository = {dir}/fernet-keys\n\
         [fernet_receipts]\n\
         key_repository = {dir}/fernet-keys\n\
         [credential]\n\
         key_repository = {dir}/credential-keys\n",
        log = log.display(),
    )
}

/// `swift.conf`: the hash path affixes and the one storage policy.
const SWIFT_CONF: &str = "[swift-hash]\n\
swift_hash_path_suffix = kamaki-realcloud-suffix\n\
swift_hash_path_prefix = kamaki-realcloud-prefix\n\
[storage-policy:0]\n\
name = Policy-0\n\
default = yes\n\
[swift-constraints]\n";

/// The `[DEFAULT]` section every Swift server shares. `user` must exist
/// (Swift's default `swift` does not here); there is no `/dev/log`, so the
/// syslog handler sends UDP to loopback where nothing listens, and `-v`
/// sends the log to the console, that is, to our log file.
fn swift_defaults(settings: &Settings, user: &str, port: u16) -> String {
    format!(
        "[DEFAULT]\n\
         bind_ip = {HOST}\n\
         bind_port = {port}\n\
         workers = 0\n\
         user = {user}\n\
         swift_dir = {etc}\n\
         devices = {devices}\n\
         mount_check = false\n\
         fallocate_reserve = 0\n\
         log_level = INFO\n\
         log_udp_host = {HOST}\n\
         recon_cache_path = {cache}\n",
        etc = settings.swift_etc().display(),
        devices = settings.swift_devices().display(),
        cache = settings.swift_dir().join("cache").display(),
    )
}

/// An account, container or object server's configuration. The container
/// server's also configures the container-updater, which brings account
/// object and byte counts up to date (every 5 s).
fn storage_conf(settings: &Settings, user: &str, kind: &str, port: u16) -> String {
    let mut text = swift_defaults(settings, user, port);
    text.push_str(&format!(
        "[pipeline:main]\n\
         pipeline = healthcheck {kind}-server\n\
         [app:{kind}-server]\n\
         use = egg:swift#{kind}\n\
         [filter:healthcheck]\n\
         use = egg:swift#healthcheck\n"
    ));
    if kind == "container" {
        text.push_str(
            "[container-updater]\n\
             interval = 5\n\
             concurrency = 1\n\
             [container-sync]\n\
             [container-replicator]\n\
             [container-auditor]\n",
        );
    }
    text
}

/// The proxy: Keystone auth, no memcached (authtoken caches in process).
fn proxy_conf(settings: &Settings, user: &str) -> String {
    let keystone = Settings::url(settings.ports.keystone);
    format!(
        "[DEFAULT]\n\
         bind_ip = {HOST}\n\
         bind_port = {port}\n\
         workers = 0\n\
         user = {user}\n\
         swift_dir = {etc}\n\
         log_level = INFO\n\
         log_udp_host = {HOST}\n\
         \n\
         [pipeline:main]\n\
         pipeline = catch_errors gatekeeper healthcheck proxy-logging listing_formats bulk \
         tempurl formpost authtoken keystoneauth staticweb copy container-quotas \
         account-quotas slo dlo versioned_writes symlink proxy-logging proxy-server\n\
         \n\
         [app:proxy-server]\n\
         use = egg:swift#proxy\n\
         account_autocreate = true\n\
         allow_account_management = true\n\
         \n\
         [filter:authtoken]\n\
         paste.filter_factory = keystonemiddleware.auth_token:filter_factory\n\
         www_authenticate_uri = {keystone}\n\
         auth_url = {keystone}\n\
         auth_type = password\n\
         interface = public\n\
         project_domain_id = default\n\
         user_domain_id = default\n\
         project_name = service\n\
         username = swift\n\
         password = {SWIFT_SERVICE_PASSWORD}\n\
         delay_auth_decision = True\n\
         include_service_catalog = False\n\
         \n\
         [filter:keystoneauth]\n\
         use = egg:swift#keystoneauth\n\
         operator_roles = admin, member\n\
         reseller_admin_role = ResellerAdmin\n\
         \n\
         [filter:catch_errors]\n\
         use = egg:swift#catch_errors\n\
         [filter:gatekeeper]\n\
         use = egg:swift#gatekeeper\n\
         [filter:healthcheck]\n\
         use = egg:swift#healthcheck\n\
         [filter:proxy-logging]\n\
         use = egg:swift#proxy_logging\n\
         [filter:listing_formats]\n\
         use = egg:swift#listing_formats\n\
         [filter:bulk]\n\
         use = egg:swift#bulk\n\
         [filter:tempurl]\n\
         use = egg:swift#tempurl\n\
         [filter:formpost]\n\
         use = egg:swift#formpost\n\
         [filter:staticweb]\n\
         use = egg:swift#staticweb\n\
         [filter:copy]\n\
         use = egg:swift#copy\n\
         [filter:container-quotas]\n\
         use = egg:swift#container_quotas\n\
         [filter:account-quotas]\n\
         use = egg:swift#account_quotas\n\
         [filter:slo]\n\
         use = egg:swift#slo\n\
         [filter:dlo]\n\
         use = egg:swift#dlo\n\
         [filter:versioned_writes]\n\
         use = egg:swift#versioned_writes\n\
         allow_versioned_writes = true\n\
         allow_object_versioning = true\n\
         [filter:symlink]\n\
         use = egg:swift#symlink\n",
        port = settings.ports.swift,
        etc = settings.swift_etc().display(),
    )
}

/// `glance-api.conf`. Glance's paste pipeline ships in the venv's
/// `etc/glance/`; `flavor = keystone` picks the authenticated one.
fn glance_conf(settings: &Settings) -> String {
    let dir = settings.glance_dir();
    let keystone = Settings::url(settings.ports.keystone);
    format!(
        "[DEFAULT]\n\
         log_file = {log}\n\
         enabled_backends = fs:file\n\
         worker_self_reference_url = {url}\n\
         image_cache_dir = {dir}/cache\n\
         [database]\n\
         connection = sqlite:///{dir}/glance.db\n\
         [glance_store]\n\
         default_backend = fs\n\
         [fs]\n\
         filesystem_store_datadir = {dir}/images/\n\
         [os_glance_staging_store]\n\
         filesystem_store_datadir = {dir}/staging/\n\
         [os_glance_tasks_store]\n\
         filesystem_store_datadir = {dir}/tasks/\n\
         [keystone_authtoken]\n\
         www_authenticate_uri = {keystone}\n\
         auth_url = {keystone}\n\
         auth_type = password\n\
         interface = public\n\
         project_domain_id = default\n\
         user_domain_id = default\n\
         project_name = service\n\
         username = glance\n\
         password = {GLANCE_SERVICE_PASSWORD}\n\
         [paste_deploy]\n\
         flavor = keystone\n\
         config_file = {paste}\n",
        log = settings.log("glance-app").display(),
        url = Settings::url(settings.ports.glance),
        dir = dir.display(),
        paste = settings
            .venv()
            .join("etc/glance/glance-api-paste.ini")
            .display(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::realcloud::settings::Ports;

    fn settings() -> Settings {
        Settings {
            dir: "/state".into(),
            ports: Ports {
                keystone: 15000,
                swift: 18080,
                object: 16200,
                container: 16201,
                account: 16202,
                glance: 19292,
            },
            python: None,
            fresh: false,
        }
    }

    #[test]
    fn the_proxy_uses_keystone_and_the_middleware_the_tests_need() {
        let conf = proxy_conf(&settings(), "me");
        let pipeline = conf
            .lines()
            .find(|line| line.starts_with("pipeline = "))
            .unwrap();
        for filter in [
            "authtoken",
            "keystoneauth",
            "slo",
            "dlo",
            "tempurl",
            "staticweb",
            "bulk",
        ] {
            assert!(
                pipeline.split_whitespace().any(|w| w == filter),
                "{filter} missing from {pipeline}"
            );
            assert!(
                conf.contains(&format!("[filter:{filter}]")),
                "{filter} not configured"
            );
        }
        assert!(conf.contains("account_autocreate = true"));
        assert!(conf.contains("auth_url = http://127.0.0.1:15000\n"));
        assert!(conf.contains("bind_port = 18080\n"));
        assert!(conf.contains("user = me\n"));
    }

    #[test]
    fn every_key_repository_is_inside_the_state_directory() {
        let conf = keystone_conf(&settings());
        for line in conf.lines().filter(|l| l.starts_with("key_repository")) {
            assert!(line.contains("= /state/keystone/"), "{line}");
        }
        assert_eq!(conf.matches("key_repository").count(), 3);
    }

    #[test]
    fn the_digest_follows_the_ports() {
        let s = settings();
        let mut other = settings();
        other.ports.swift += 1;
        assert_eq!(digest(&s, "me"), digest(&s, "me"));
        assert_ne!(digest(&s, "me"), digest(&other, "me"));
        assert_ne!(digest(&s, "me"), digest(&s, "you"));
    }

    #[test]
    fn only_the_container_server_configures_the_updater() {
        let s = settings();
        assert!(storage_conf(&s, "me", "container", 1).contains("[container-updater]"));
        assert!(!storage_conf(&s, "me", "object", 1).contains("[container-updater]"));
        assert!(storage_conf(&s, "me", "account", 16202).contains("use = egg:swift#account\n"));
    }
}
