//! End to end: the config file (kamaki's sample read as is, `config set`
//! keeping every other line), clouds.yaml and `OS_*`, `-o`, precedence and
//! `config list --explain`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{Cloud, Home};

/// KAMAKI_BEHAVIOUR.md B2's sample, as the Python kamaki writes it.
const SAMPLE: &str = "# Kamaki configuration file v0.16
[global]
default_cloud = okeanos
log_file = /path/to/kamaki.log
colors = on

[cloud \"okeanos\"]
url = https://accounts.okeanos.grnet.gr/identity/v2.0
token = t0k3nA t0k3nB
";

#[test]
fn the_python_sample_is_read_as_is() {
    let home = Home::new();
    home.write_config(SAMPLE);
    assert_eq!(
        home.run(&["config", "get", "default_cloud"]).ok(),
        "okeanos\n"
    );
    assert_eq!(
        home.run(&["config", "get", "global.log_file"]).ok(),
        "/path/to/kamaki.log\n"
    );
    assert_eq!(
        home.run(&["config", "get", "cloud.okeanos.url"]).ok(),
        "https://accounts.okeanos.grnet.gr/identity/v2.0\n"
    );
    // Asked for by name, the token is printed; listed, it is masked.
    assert_eq!(
        home.run(&["config", "get", "cloud.okeanos.token"]).ok(),
        "t0k3nA t0k3nB\n"
    );
    let list = home.run(&["config", "list"]).ok();
    assert!(
        list.contains("cloud.okeanos.url") && list.contains("global.colors"),
        "{list}"
    );
    assert!(!list.contains("t0k3nA"), "{list}");
    let cloud = home
        .run(&["config", "get", "cloud.okeanos", "--output-format", "json"])
        .json();
    assert_eq!(cloud.as_array().unwrap().len(), 2);
    let clouds = home.run(&["config", "get", "cloud"]).ok();
    assert!(clouds.contains("cloud.okeanos.url"), "{clouds}");
    assert_eq!(home.config(), SAMPLE, "reading changed the file");
}

#[test]
fn config_set_keeps_other_lines_and_comments() {
    let home = Home::new();
    let text = format!("{SAMPLE}\n# my own notes\n[custom]\nanswer: 42 ; kept\n");
    home.write_config(&text);
    home.run(&["config", "set", "colors", "off"]).ok();
    home.run(&["config", "set", "cloud.okeanos.pithos_container", "images"])
        .ok();
    home.run(&[
        "config",
        "set",
        "cloud.demo.url",
        "https://demo.example.org/identity/v2.0",
    ])
    .ok();
    let expected = text.replace("colors = on", "colors = off").replace(
        "token = t0k3nA t0k3nB\n",
        "token = t0k3nA t0k3nB\npithos_container = images\n",
    ) + "\n[cloud \"demo\"]\nurl = https://demo.example.org/identity/v2.0\n";
    assert_eq!(home.config(), expected);
    home.run(&["config", "delete", "cloud.okeanos.pithos_container"])
        .ok();
    home.run(&["config", "delete", "cloud.demo"]).ok();
    assert_eq!(
        home.config(),
        text.replace("colors = on", "colors = off") + "\n"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(home.config_path())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // A new file starts with the version header.
    let fresh = Home::new();
    fresh
        .run(&["config", "set", "cloud.x.url", "http://x.example.org"])
        .ok();
    assert_eq!(
        fresh.config(),
        "# Kamaki configuration file v0.16\n\n[cloud \"x\"]\nurl = http://x.example.org\n"
    );
    // `config set cloud.NAME` alone is refused.
    fresh.run(&["config", "set", "cloud.x", "y"]).fails(2);
}

#[test]
fn precedence_and_explain() {
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);
    // -o beats the file; the explanation names each source.
    let out = home
        .run(&[
            "-o",
            "colors=on",
            "config",
            "list",
            "--explain",
            "--output-format",
            "json",
        ])
        .json();
    let rows = out.as_array().unwrap();
    let find = |option: &str| rows.iter().find(|r| r["option"] == option).unwrap().clone();
    assert_eq!(find("global.colors")["value"], "on");
    assert_eq!(find("global.colors")["source"], "flag -o colors=on");
    let src = find("global.default_cloud")["source"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(src.ends_with(".kamakirc:3"), "{src}");
    assert_eq!(find("global.log_token")["source"], "default");
    assert_eq!(find("(cloud in use)")["value"], "emu");
    // env beats the file, and a flag beats env.
    let env = home
        .run_env(
            &["config", "list", "--explain", "--output-format", "json"],
            &[("KAMAKI_DEFAULT_CLOUD", "other")],
        )
        .json();
    let row = env
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["option"] == "global.default_cloud")
        .unwrap()
        .clone();
    assert_eq!(row["value"], "other");
    assert_eq!(row["source"], "env KAMAKI_DEFAULT_CLOUD");
    let run = home.run_env(
        &["--cloud", "emu", "user", "info", "--output-format", "json"],
        &[("KAMAKI_DEFAULT_CLOUD", "other")],
    );
    assert_eq!(run.json()["id"], cloud.uuid.as_str());
    home.run_env(&["user", "info"], &[("KAMAKI_DEFAULT_CLOUD", "other")])
        .fails(4);
    // A one-run cloud from -o alone.
    let bare = Home::new();
    let run = bare.run(&[
        "-o",
        &format!("cloud.tmp.url={}", cloud.url),
        "-o",
        &format!("cloud.tmp.token={}", cloud.token),
        "user",
        "info",
        "--output-format",
        "json",
    ]);
    assert_eq!(run.json()["id"], cloud.uuid.as_str());
    assert!(!bare.config_path().exists(), "-o must not write the file");
    // KAMAKI_CONFIG names the file.
    let other = home.path.join("other.rc");
    common::write(&other, "[global]\ncolors = on\n");
    let run = home.run_env(
        &["config", "get", "colors"],
        &[("KAMAKI_CONFIG", other.to_str().unwrap())],
    );
    assert_eq!(run.ok(), "on\n");
}

#[test]
fn clouds_yaml_secure_yaml_and_os_variables() {
    let cloud = Cloud::start();
    let home = Home::new();
    let dir = home.path.join("xdg-config/openstack");
    std::fs::create_dir_all(&dir).unwrap();
    common::write(
        &dir.join("clouds.yaml"),
        &format!(
            "clouds:\n  emu:\n    auth:\n      auth_url: {}\n    region_name: default\n",
            cloud.url
        ),
    );
    common::write(
        &dir.join("secure.yaml"),
        &format!("clouds:\n  emu:\n    auth:\n      token: {}\n", cloud.token),
    );
    let info = home
        .run(&["user", "info", "--output-format", "json"])
        .json();
    assert_eq!(info["id"], cloud.uuid.as_str());
    let list = home.run(&["config", "list", "--explain"]).ok();
    assert!(
        list.contains("cloud.emu.url") && list.contains("clouds.yaml"),
        "{list}"
    );
    assert!(
        list.contains("secure.yaml") && !list.contains(&cloud.token),
        "{list}"
    );

    let env_home = Home::new();
    let run = env_home.run_env(
        &["user", "info", "--output-format", "json"],
        &[
            ("OS_AUTH_URL", cloud.url.as_str()),
            ("OS_TOKEN", cloud.token.as_str()),
        ],
    );
    assert_eq!(run.json()["id"], cloud.uuid.as_str());
    let explain = env_home
        .run_env(
            &["config", "get", "cloud.envvars.url"],
            &[("OS_AUTH_URL", cloud.url.as_str())],
        )
        .ok();
    assert_eq!(explain.trim(), cloud.url);

    // A broken clouds.yaml names file and line.
    common::write(&dir.join("clouds.yaml"), "clouds:\n  emu: [unclosed\n");
    let run = home.run(&["config", "list"]).fails(4);
    assert!(run.stderr.contains("clouds.yaml line"), "{run:#?}");
}

#[test]
fn bad_config_files() {
    let home = Home::new();
    let broken = "[global]\ncolors = on\nthis line is broken\n";
    home.write_config(broken);
    for args in [
        &["config", "list"][..],
        &["config", "set", "colors", "off"],
        &["user", "info"],
    ] {
        let run = home.run(args).fails(4);
        assert!(run.stderr.contains(".kamakirc line 3"), "{run:#?}");
        assert_eq!(
            run.stderr
                .lines()
                .filter(|l| l.starts_with("kamaki: "))
                .count(),
            1
        );
    }
    assert_eq!(
        home.config(),
        broken,
        "a broken file must never be rewritten"
    );

    // -c names a file that must exist; a directory cannot be read.
    let run = home
        .run(&["-c", "/nonexistent/kamakirc", "config", "list"])
        .fails(4);
    assert!(run.stderr.contains("/nonexistent/kamakirc"), "{run:#?}");
    let dir = home.path.join("a-directory");
    std::fs::create_dir_all(&dir).unwrap();
    home.run(&["-c", dir.to_str().unwrap(), "config", "list"])
        .fails(4);
    // Not UTF-8.
    std::fs::write(home.config_path(), b"[global]\ncolors = \xff\n").unwrap();
    home.run(&["config", "list"]).fails(4);
    // Several clouds and no default.
    home.write_config(
        "[cloud \"a\"]\nurl = http://a\ntoken = t\n[cloud \"b\"]\nurl = http://b\ntoken = t\n",
    );
    let run = home.run(&["user", "info"]).fails(4);
    assert!(run.stderr.contains("Found 2 clouds"), "{run:#?}");
    // A cloud without a token.
    home.write_config("[cloud \"a\"]\nurl = http://a\n");
    let run = home.run(&["user", "info"]).fails(4);
    assert!(run.stderr.contains("No authentication TOKEN"), "{run:#?}");
    // A file older than 0.12 is refused with the way to fix it.
    home.write_config("[global]\nurl = http://a\ntoken = t\n");
    let run = home.run(&["user", "info"]).fails(4);
    assert!(run.stderr.contains("pre-0.12"), "{run:#?}");
    let run = home.run(&["--cloud", "nope", "user", "info"]).fails(4);
    assert!(run.stderr.contains("No cloud \"nope\""), "{run:#?}");
}

#[cfg(unix)]
#[test]
fn config_set_writes_through_a_symlink() {
    let home = Home::new();
    let real = home.path.join("dotfiles-kamakirc");
    common::write(&real, "[global]\ncolors = on\n");
    std::os::unix::fs::symlink(&real, home.config_path()).unwrap();
    home.run(&["config", "set", "colors", "off"]).ok();
    assert!(
        std::fs::symlink_metadata(home.config_path())
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        std::fs::read_to_string(&real).unwrap(),
        "[global]\ncolors = off\n"
    );
}

#[test]
fn help_and_config_never_open_the_local_cloud() {
    let home = Home::new();
    home.run(&["--help"]).ok();
    home.run(&["config", "list", "--explain"]).ok();
    home.run(&["config", "set", "colors", "on"]).ok();
    home.run(&["config", "get", "colors"]).ok();
    assert!(
        !home.path.join("data").exists(),
        "the local cloud's data directory was created"
    );
    let explain = home.run(&["config", "list", "--explain"]).ok();
    assert!(explain.contains("built-in local cloud"), "{explain}");
}
