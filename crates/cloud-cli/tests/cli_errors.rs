//! End to end: bad input gives a one-line cause, a hint and the right exit
//! code (2 usage, 1 API, 3 timeout, 4 config), and leaves the config file
//! unchanged; no secret is ever printed, even with -vv.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{Cloud, Home};

#[test]
fn usage_errors_exit_2() {
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);
    let before = home.config();
    let run = home.run(&["frobnicate"]).fails(2);
    assert!(run.stderr.contains("frobnicate"), "{run:#?}");
    home.run(&["user", "frobnicate"]).fails(2);
    let run = home.run(&["project", "enroll", "p1"]).fails(2);
    assert!(run.stderr.contains("--email"), "{run:#?}");
    home.run(&["user", "add"]).fails(2);
    home.run(&["project", "create", "--name", "x"]).fails(2);
    home.run(&[
        "project",
        "create",
        "--name",
        "x",
        "--end-date",
        "2030-01-01",
        "--resource",
        "bad",
    ])
    .fails(2);
    home.run(&["commission", "resolve", "--service-token", "t"])
        .fails(2);
    home.run(&["--output-format", "xml", "user", "info"])
        .fails(2);
    for bad in ["novalue", "=x", "a.b.c=1", "cloud.=x"] {
        let run = home.run(&["-o", bad, "user", "info"]).fails(2);
        assert!(run.stderr.contains("malformed -o"), "{run:#?}");
    }
    // A group without a command shows its commands.
    let run = home.run(&["project"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("create") && run.stderr.contains("enroll"),
        "{run:#?}"
    );
    assert_eq!(home.config(), before);
    // --help and --version succeed.
    assert!(home.run(&["--help"]).ok().contains("project"));
    assert!(home.run(&["user", "--help"]).ok().contains("authenticate"));
    assert!(home.run(&["--version"]).ok().starts_with("kamaki "));
}

#[test]
fn a_bad_token_exits_1_with_hints_and_never_shows_the_token() {
    let cloud = Cloud::start();
    let home = Home::new();
    let secret = "not-a-real-token-4242";
    let text = format!("[cloud \"emu\"]\nurl = {}\ntoken = {secret}\n", cloud.url);
    home.write_config(&text);
    let run = home.run(&["-vv", "user", "info"]).fails(1);
    assert!(run.stderr.contains("Authorization failed"), "{run:#?}");
    assert!(
        run.stderr.contains("kamaki config set cloud.emu.token"),
        "{run:#?}"
    );
    assert!(
        !run.stderr.contains(secret) && !run.stdout.contains(secret),
        "{run:#?}"
    );
    // -vv logged the HTTP exchange (redacted).
    assert!(run.stderr.contains("/identity/v2.0/tokens"), "{run:#?}");
    let run = home.run(&["-d", "-vv", "project", "list"]).fails(1);
    assert!(!run.stderr.contains(secret), "{run:#?}");
    assert_eq!(home.config(), text);
    // A good token with -vv: its value never shows either.
    let good = Home::with_cloud(&cloud);
    let run = good.run(&["-vv", "quota", "list"]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        !run.stderr.contains(&cloud.token) && !run.stdout.contains(&cloud.token),
        "{run:#?}"
    );
}

#[test]
fn an_unreachable_url_exits_1() {
    let home = Home::new();
    let text = "[cloud \"gone\"]\nurl = http://127.0.0.1:1/identity/v2.0\ntoken = abc\n";
    home.write_config(text);
    let run = home.run(&["user", "info"]).fails(1);
    assert!(run.stderr.contains("127.0.0.1:1"), "{run:#?}");
    assert!(
        run.stderr.contains("kamaki config get cloud.gone.url"),
        "{run:#?}"
    );
    assert_eq!(home.config(), text);
}

#[test]
fn a_timeout_exits_3() {
    // A server that accepts and never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for conn in listener.incoming() {
            held.push(conn);
        }
    });
    let home = Home::new();
    let text = format!("[cloud \"slow\"]\nurl = http://{addr}/identity/v2.0\ntoken = abc\n");
    home.write_config(&text);
    let run = home
        .run(&["-o", "request_timeout=0.3", "user", "info"])
        .fails(3);
    assert!(run.stderr.contains("timed out"), "{run:#?}");
    assert_eq!(home.config(), text);
    home.run(&["-o", "request_timeout=soon", "user", "info"])
        .fails(4);
}

#[test]
fn a_second_run_reuses_the_cached_token() {
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);
    let first = home.run(&["-v", "quota", "list"]);
    assert_eq!(first.code, 0, "{first:#?}");
    assert!(first.stderr.contains("/identity/v2.0/tokens"), "{first:#?}");
    let second = home.run(&["-v", "quota", "list"]);
    assert_eq!(second.code, 0, "{second:#?}");
    assert!(
        !second.stderr.contains("/identity/v2.0/tokens"),
        "authenticated again: {second:#?}"
    );
    assert!(
        second.stderr.contains("/account/v1.0/quotas"),
        "{second:#?}"
    );
    // The cache files are private.
    let dir = home.path.join("cache/kamaki/tokens");
    let files: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().collect();
    assert!(!files.is_empty());
    #[cfg(unix)]
    for f in files {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(f.metadata().unwrap().permissions().mode() & 0o777, 0o600);
    }
}

#[cfg(unix)]
#[test]
fn ctrl_c_exits_130() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for conn in listener.incoming() {
            held.push(conn);
        }
    });
    let home = Home::new();
    home.write_config(&format!(
        "[cloud \"slow\"]\nurl = http://{addr}/identity/v2.0\ntoken = abc\n"
    ));
    let child = home
        .command(&["user", "info"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let run = common::Run::from(child.wait_with_output().unwrap()).fails(130);
    assert!(run.stderr.contains("Canceled by user"), "{run:#?}");
}
