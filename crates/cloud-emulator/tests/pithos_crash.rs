//! Crash safety of the Pithos store: `kill -9` of the real binary during a
//! 100 MiB streaming upload, then a restart on the same data directory.
//! Every object committed before is intact (bytes and hashes) and listed;
//! the interrupted upload left nothing visible.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod pithos_common;
mod support;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, StreamBody};
use hyper::body::Frame;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use pithos_common::{hex, top_hash};
use support::TempDir;

const MIB: usize = 1 << 20;
const B: usize = 4 * MIB;

/// Starts `cloud-emulator serve` on `dir`; returns the child and the base URL.
fn start(dir: &std::path::Path) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cloud-emulator"))
        .args(["serve", "--listen", "127.0.0.1:0", "--data"])
        .arg(dir)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let url = lines.next().unwrap().unwrap();
    let url = url.strip_prefix("CLOUD_URL=").unwrap();
    let base = url.strip_suffix("/identity/v2.0").unwrap().to_owned();
    // Keep reading stdout in the background so the child never blocks on it.
    std::thread::spawn(move || for _ in lines {});
    (child, base)
}

fn add_user(dir: &std::path::Path) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cloud-emulator"))
        .args(["user", "add", "crash@example.org", "--data"])
        .arg(dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let uuid = text
        .lines()
        .find_map(|l| l.strip_prefix("uuid="))
        .unwrap()
        .to_owned();
    let token = text
        .lines()
        .find_map(|l| l.strip_prefix("token="))
        .unwrap()
        .to_owned();
    (uuid, token)
}

fn data(seed: u32, len: usize) -> Vec<u8> {
    (0..len as u32)
        .map(|i| ((i.wrapping_mul(2_654_435_761) >> 13) ^ seed) as u8)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_during_a_big_upload_loses_nothing_committed() {
    let dir = TempDir::new("crash");
    let (uuid, token) = add_user(dir.path());
    let (mut child, base) = start(dir.path());
    let client = support::client();
    let pithos = format!("{base}/object-store/v1/{uuid}");
    let send =
        |method: &'static str, url: String, headers: Vec<(&'static str, String)>, body: Vec<u8>| {
            let client = client.clone();
            let token = token.clone();
            async move {
                let headers: Vec<(&str, &str)> =
                    headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
                support::send(
                    &client,
                    method,
                    &url,
                    Some(&token),
                    &headers,
                    Bytes::from(body),
                )
                .await
            }
        };
    assert_eq!(
        send("PUT", format!("{pithos}/box"), vec![], vec![])
            .await
            .status,
        201
    );

    // Objects committed before the crash: empty, small, one block, several blocks.
    let sizes = [0, 1, 1000, B, B + 1, 2 * B + 12_345];
    let mut objects = Vec::new();
    for (i, size) in sizes.iter().enumerate() {
        let body = data(i as u32, *size);
        let name = format!("obj-{i}");
        let r = send(
            "PUT",
            format!("{pithos}/box/{name}"),
            vec![
                ("content-type", "application/octet-stream".into()),
                ("content-length", size.to_string()),
            ],
            body.clone(),
        )
        .await;
        assert_eq!(r.status, 201, "{}", r.text());
        assert_eq!(r.header("etag").unwrap(), top_hash(&body, B));
        objects.push((name, body));
    }
    // One object written through the hashmap protocol, reusing stored blocks.
    let reused = [objects[4].1[..B].to_vec(), objects[3].1.clone()].concat();
    let doc =
        serde_json::json!({"bytes": reused.len(), "hashes": pithos_common::hashes(&reused, B)})
            .to_string();
    let r = send(
        "PUT",
        format!("{pithos}/box/by-hashmap?hashmap"),
        vec![
            ("content-type", "application/octet-stream".into()),
            ("content-length", doc.len().to_string()),
        ],
        doc.into_bytes(),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text());
    objects.push(("by-hashmap".to_owned(), reused));

    // The 100 MiB upload, streamed, killed half-way.
    let (sender, receiver) = tokio::sync::mpsc::channel::<Result<Frame<Bytes>, std::io::Error>>(4);
    let stream = futures_util::stream::unfold(receiver, |mut r| async move {
        r.recv().await.map(|item| (item, r))
    });
    let body = StreamBody::new(stream).boxed();
    let big_client: Client<_, http_body_util::combinators::BoxBody<Bytes, std::io::Error>> =
        Client::builder(TokioExecutor::new()).build_http();
    let request = http::Request::builder()
        .method("PUT")
        .uri(format!("{pithos}/box/big"))
        .header("x-auth-token", &token)
        .header("content-type", "application/octet-stream")
        .header("content-length", (100 * MIB).to_string())
        .body(body)
        .unwrap();
    let upload = tokio::spawn(async move { big_client.request(request).await });
    let chunk = Bytes::from(data(99, MIB));
    for _ in 0..50 {
        sender.send(Ok(Frame::data(chunk.clone()))).await.unwrap();
    }
    // Let the server store what it received, then kill it mid-body.
    tokio::time::sleep(Duration::from_millis(300)).await;
    child.kill().unwrap();
    child.wait().unwrap();
    drop(sender);
    let outcome = upload.await.unwrap();
    assert!(
        outcome.is_err() || !outcome.unwrap().status().is_success(),
        "the upload cannot have succeeded"
    );

    // Restart on the same directory.
    let (mut child, base) = start(dir.path());
    let pithos = format!("{base}/object-store/v1/{uuid}");
    for (name, body) in &objects {
        let r = send("GET", format!("{pithos}/box/{name}"), vec![], vec![]).await;
        assert_eq!(r.status, 200, "{name}");
        assert!(r.body.as_ref() == body.as_slice(), "{name}: bytes differ");
        let head = send("HEAD", format!("{pithos}/box/{name}"), vec![], vec![]).await;
        assert_eq!(
            head.header("x-object-hash").unwrap(),
            top_hash(body, B),
            "{name}"
        );
        let map = send(
            "GET",
            format!("{pithos}/box/{name}?hashmap&format=json"),
            vec![],
            vec![],
        )
        .await
        .json();
        let expected: Vec<String> = if body.is_empty() {
            vec![hex(&pithos_common::block_hash(b""))]
        } else {
            pithos_common::hashes(body, B)
        };
        assert_eq!(map["hashes"], serde_json::json!(expected), "{name}");
    }
    let head = send("HEAD", format!("{pithos}/box/big"), vec![], vec![]).await;
    assert_eq!(head.status, 404, "no partial object is visible");
    let list = send("GET", format!("{pithos}/box?format=json"), vec![], vec![])
        .await
        .json();
    let mut names: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap().to_owned())
        .collect();
    names.sort();
    let mut expected: Vec<String> = objects.iter().map(|(n, _)| n.clone()).collect();
    expected.sort();
    assert_eq!(names, expected);
    let versions = send(
        "GET",
        format!("{pithos}/box/big?version=list&format=json"),
        vec![],
        vec![],
    )
    .await;
    assert_eq!(versions.status, 404);
    let head = send("HEAD", format!("{pithos}/box"), vec![], vec![]).await;
    let total: usize = objects.iter().map(|(_, b)| b.len()).sum();
    assert_eq!(
        head.header("x-container-bytes-used").unwrap(),
        total.to_string()
    );

    // The store still takes writes, and the crash's temporary files are gone.
    let r = send(
        "PUT",
        format!("{pithos}/box/after"),
        vec![
            ("content-type", "text/plain".into()),
            ("content-length", "5".into()),
        ],
        b"after".to_vec(),
    )
    .await;
    assert_eq!(r.status, 201);
    let leftovers = std::fs::read_dir(dir.path().join("blocks/tmp"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(leftovers, 0);
    child.kill().unwrap();
    child.wait().unwrap();
}
