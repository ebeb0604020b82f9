//! Benchmark of the emulator's Pithos store over loopback.
//!
//! ```text
//! cargo run --release -p cloud-emulator --example pithos_bench [-- BLOCKS]
//! ```
//!
//! 1. Block POST throughput: 4 MiB blocks of fresh random data POSTed to a
//!    container (`?update`, `application/octet-stream`) with 1, 4 and 8
//!    requests in flight; reports MiB/s (every block is hashed, written,
//!    fsynced and renamed into place before the reply).
//! 2. Hashmap PUT latency: a 1 GiB hashmap (256 × 4 MiB blocks, all already
//!    stored) PUT repeatedly; reports min, median and max.
//!
//! The emulator runs in this process on its own runtime, with a fresh data
//! directory under the system temporary directory (removed at the end).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::{Duration, Instant};

use bytes::Bytes;
use cloud_emulator::{Emulator, Options};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use sha2::Digest as _;

const MIB: usize = 1 << 20;
const BLOCK: usize = 4 * MIB;

type HttpClient = Client<HttpConnector, Full<Bytes>>;

async fn send(
    client: &HttpClient,
    method: &str,
    url: &str,
    token: &str,
    headers: &[(&str, String)],
    body: Bytes,
) -> (u16, Bytes) {
    let mut builder = http::Request::builder()
        .method(method)
        .uri(url)
        .header("x-auth-token", token);
    for (k, v) in headers {
        builder = builder.header(*k, v);
    }
    let response = client
        .request(builder.body(Full::new(body)).unwrap())
        .await
        .unwrap();
    let status = response.status().as_u16();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, body)
}

fn random_block(rng: &mut fastrand::Rng) -> Bytes {
    let mut data = vec![0u8; BLOCK];
    for chunk in data.chunks_mut(8) {
        let word = rng.u64(..).to_le_bytes();
        chunk.copy_from_slice(&word[..chunk.len()]);
    }
    Bytes::from(data)
}

fn block_hash(data: &[u8]) -> String {
    let end = data.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
    sha2::Sha256::digest(&data[..end])
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// POSTs `blocks` with `in_flight` concurrent requests; returns the hashes and the time.
async fn post_blocks(
    client: &HttpClient,
    url: &str,
    token: &str,
    blocks: Vec<Bytes>,
    in_flight: usize,
) -> (Vec<String>, Duration) {
    let started = Instant::now();
    let queue = std::sync::Arc::new(tokio::sync::Mutex::new(
        blocks.into_iter().enumerate().collect::<Vec<_>>(),
    ));
    let mut tasks = Vec::new();
    for _ in 0..in_flight {
        let (client, url, token, queue) = (
            client.clone(),
            url.to_owned(),
            token.to_owned(),
            queue.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let mut done = Vec::new();
            loop {
                let Some((i, block)) = queue.lock().await.pop() else {
                    return done;
                };
                let expected = block_hash(&block);
                let headers = [
                    ("content-type", "application/octet-stream".to_owned()),
                    ("content-length", block.len().to_string()),
                ];
                let (status, body) = send(&client, "POST", &url, &token, &headers, block).await;
                assert_eq!(status, 202);
                let hashes: Vec<String> = serde_json::from_slice(&body).unwrap();
                assert_eq!(hashes, vec![expected]);
                done.push((i, hashes[0].clone()));
            }
        }));
    }
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.unwrap());
    }
    all.sort();
    (all.into_iter().map(|(_, h)| h).collect(), started.elapsed())
}

fn main() {
    let blocks_per_round: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(64);
    let dir = std::env::temp_dir().join(format!("pithos-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);

    // The server on its own runtime (two worker threads, as on the test machine).
    let server_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (base, token, uuid) = server_rt.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let emulator = Emulator::open(Options::new(&dir))
            .unwrap()
            .with_base_url(base.clone());
        let user = emulator.default_user().unwrap();
        tokio::spawn(emulator.serve(listener));
        (base, user.token, user.uuid)
    });
    let _server = std::thread::spawn(move || server_rt.block_on(std::future::pending::<()>()));

    let client_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    client_rt.block_on(async move {
        let client: HttpClient = Client::builder(TokioExecutor::new()).build_http();
        let account = format!("{base}/object-store/v1/{uuid}");
        let (status, _) = send(&client, "PUT", &format!("{account}/bench"), &token, &[], Bytes::new()).await;
        assert_eq!(status, 201);
        let post_url = format!("{account}/bench?update");
        let mut rng = fastrand::Rng::with_seed(7);

        println!(
            "Block POST of {} MiB blocks over loopback, {blocks_per_round} new blocks per row (client and server in one process):\n",
            BLOCK / MIB
        );
        println!("| in flight | MiB | seconds | MiB/s |");
        println!("| ---: | ---: | ---: | ---: |");
        let mut stored: Vec<String> = Vec::new();
        for in_flight in [1usize, 4, 8] {
            let blocks: Vec<Bytes> = (0..blocks_per_round).map(|_| random_block(&mut rng)).collect();
            let (hashes, took) = post_blocks(&client, &post_url, &token, blocks, in_flight).await;
            let mib = (blocks_per_round * BLOCK / MIB) as f64;
            println!(
                "| {in_flight} | {mib:.0} | {:.2} | {:.0} |",
                took.as_secs_f64(),
                mib / took.as_secs_f64()
            );
            stored.extend(hashes);
        }
        while stored.len() < 256 {
            let blocks: Vec<Bytes> = (0..(256 - stored.len()).min(32)).map(|_| random_block(&mut rng)).collect();
            let (hashes, _) = post_blocks(&client, &post_url, &token, blocks, 4).await;
            stored.extend(hashes);
        }
        stored.truncate(256);

        let doc = serde_json::json!({"bytes": 256 * BLOCK, "hashes": stored}).to_string();
        let headers = [
            ("content-type", "application/octet-stream".to_owned()),
            ("content-length", doc.len().to_string()),
        ];
        let mut times = Vec::new();
        for i in 0..20 {
            let url = format!("{account}/bench/gib-{i}?hashmap");
            let started = Instant::now();
            let (status, body) = send(&client, "PUT", &url, &token, &headers, Bytes::from(doc.clone())).await;
            times.push(started.elapsed());
            assert_eq!(status, 201, "{}", String::from_utf8_lossy(&body));
        }
        times.sort();
        println!(
            "\nHashmap PUT of a 1 GiB object (256 × 4 MiB blocks, all already stored), 20 runs: min {:.1} ms, median {:.1} ms, max {:.1} ms.",
            times[0].as_secs_f64() * 1e3,
            times[10].as_secs_f64() * 1e3,
            times[19].as_secs_f64() * 1e3
        );
    });
    let _ = std::fs::remove_dir_all(&dir);
}
