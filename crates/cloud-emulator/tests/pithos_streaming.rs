//! A 100 MiB chunked upload and download through the real binary stay in
//! bounded memory: the server's peak resident set stays far below the
//! object size.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod pithos_common;
mod support;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use bytes::Bytes;
use http_body_util::{BodyExt, StreamBody};
use hyper::body::Frame;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use sha2::Digest as _;
use support::TempDir;

const MIB: usize = 1 << 20;

fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hundred_mib_chunked_upload_in_bounded_memory() {
    let dir = TempDir::new("stream");
    let out = Command::new(env!("CARGO_BIN_EXE_cloud-emulator"))
        .args(["user", "add", "stream@example.org", "--data"])
        .arg(dir.path())
        .output()
        .unwrap();
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
    let mut child = Command::new(env!("CARGO_BIN_EXE_cloud-emulator"))
        .args(["serve", "--listen", "127.0.0.1:0", "--data"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let url = lines.next().unwrap().unwrap();
    std::thread::spawn(move || for _ in lines {});
    let base = url
        .strip_prefix("CLOUD_URL=")
        .unwrap()
        .strip_suffix("/identity/v2.0")
        .unwrap()
        .to_owned();
    let pithos = format!("{base}/object-store/v1/{uuid}");
    let small = support::client();
    let r = support::send(
        &small,
        "PUT",
        &format!("{pithos}/c"),
        Some(&token),
        &[],
        Bytes::new(),
    )
    .await;
    assert_eq!(r.status, 201);

    // Chunked (no Content-Length): 100 chunks of 1 MiB.
    let chunk: Vec<u8> = (0..MIB as u32).map(|i| (i % 253) as u8).collect();
    let chunk = Bytes::from(chunk);
    let mut whole = sha2::Sha256::new();
    for _ in 0..100 {
        whole.update(&chunk);
    }
    let whole = whole.finalize();
    let (sender, receiver) = tokio::sync::mpsc::channel::<Result<Frame<Bytes>, std::io::Error>>(2);
    let stream = futures_util::stream::unfold(receiver, |mut r| async move {
        r.recv().await.map(|item| (item, r))
    });
    let client: Client<_, http_body_util::combinators::BoxBody<Bytes, std::io::Error>> =
        Client::builder(TokioExecutor::new()).build_http();
    let request = http::Request::builder()
        .method("PUT")
        .uri(format!("{pithos}/c/big"))
        .header("x-auth-token", &token)
        .header("content-type", "application/octet-stream")
        .body(StreamBody::new(stream).boxed())
        .unwrap();
    let upload = tokio::spawn(async move { client.request(request).await });
    for _ in 0..100 {
        sender.send(Ok(Frame::data(chunk.clone()))).await.unwrap();
    }
    drop(sender);
    let response = upload.await.unwrap().unwrap();
    assert_eq!(response.status(), 201);
    let etag = response
        .headers()
        .get("etag")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    let expected: Vec<u8> = chunk.iter().copied().cycle().take(4 * MIB).collect();
    let block = pithos_common::hex(&pithos_common::block_hash(&expected));
    let head = support::send(
        &small,
        "GET",
        &format!("{pithos}/c/big?hashmap&format=json"),
        Some(&token),
        &[],
        Bytes::new(),
    )
    .await;
    let map = head.json();
    assert_eq!(map["bytes"], 100 * MIB);
    assert_eq!(map["hashes"].as_array().unwrap().len(), 25);
    assert_eq!(map["hashes"][0], block.as_str());
    assert!(!etag.is_empty());

    // Download, streamed, and compare the digest.
    let request = http::Request::builder()
        .uri(format!("{pithos}/c/big"))
        .header("x-auth-token", &token)
        .body(http_body_util::Full::new(Bytes::new()))
        .unwrap();
    let response = small.request(request).await.unwrap();
    assert_eq!(response.status(), 200);
    let mut body = response.into_body();
    let mut got = sha2::Sha256::new();
    let mut total = 0;
    while let Some(frame) = body.frame().await {
        if let Ok(data) = frame.unwrap().into_data() {
            total += data.len();
            got.update(&data);
        }
    }
    assert_eq!(total, 100 * MIB);
    assert_eq!(got.finalize(), whole);

    if let Some(peak) = peak_rss_kib(child.id()) {
        eprintln!("server peak RSS: {peak} KiB");
        assert!(peak < 80 * 1024, "peak RSS {peak} KiB for a 100 MiB object");
    }
    child.kill().unwrap();
    child.wait().unwrap();
}
