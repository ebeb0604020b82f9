//! The binary: `serve` prints what a script needs, and answers on the URL it printed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::TempDir;

#[tokio::test]
async fn serve_prints_url_and_token_and_starts_fast() {
    let dir = TempDir::new("serve");
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_cloud-emulator"))
        .args(["serve", "--listen", "127.0.0.1:0", "--data"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let url_line = lines.next().unwrap().unwrap();
    let token_line = lines.next().unwrap().unwrap();
    let ready = started.elapsed();
    let url = url_line.strip_prefix("CLOUD_URL=").unwrap().to_owned();
    let token = token_line.strip_prefix("CLOUD_TOKEN=").unwrap().to_owned();
    assert!(
        url.starts_with("http://127.0.0.1:") && url.ends_with("/identity/v2.0"),
        "{url}"
    );
    assert!(
        !url.contains(":0/"),
        "port 0 was replaced by the real port: {url}"
    );
    assert_eq!(token.len(), 43);
    assert!(ready < Duration::from_secs(1), "took {ready:?} to start");

    // `curl -X POST $CLOUD_URL/tokens`: an empty body gets the catalog only.
    let reply = support::send(
        &support::client(),
        "POST",
        &format!("{url}/tokens"),
        None,
        &[],
        bytes::Bytes::new(),
    )
    .await;
    assert_eq!(reply.status.as_u16(), 200, "{}", reply.text());
    let catalog = reply.json()["access"]["serviceCatalog"]
        .as_array()
        .unwrap()
        .clone();
    let types: Vec<&str> = catalog.iter().filter_map(|s| s["type"].as_str()).collect();
    for wanted in ["identity", "account", "object-store"] {
        assert!(types.contains(&wanted), "{wanted} missing from {types:?}");
    }
    let base = url.trim_end_matches("/identity/v2.0");
    let storage = catalog
        .iter()
        .find(|s| s["type"] == "object-store")
        .unwrap();
    assert_eq!(
        storage["endpoints"][0]["publicURL"],
        format!("{base}/object-store/v1")
    );
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn user_add_prints_uuid_and_token_and_bad_usage_exits_2() {
    let dir = TempDir::new("useradd");
    let out = Command::new(env!("CARGO_BIN_EXE_cloud-emulator"))
        .args(["user", "add", "bob@example.org", "--data"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let uuid = text.lines().find_map(|l| l.strip_prefix("uuid=")).unwrap();
    let token = text.lines().find_map(|l| l.strip_prefix("token=")).unwrap();
    assert_eq!(uuid.len(), 36);
    assert_eq!(token.len(), 43);

    let again = Command::new(env!("CARGO_BIN_EXE_cloud-emulator"))
        .args(["user", "add", "bob@example.org", "--data"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));

    let bad = Command::new(env!("CARGO_BIN_EXE_cloud-emulator"))
        .args(["serve", "--faults", "503=7", "--data", "x"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("between 0 and 1"));
}
