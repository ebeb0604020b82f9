//! One upload or download against an OpenStack Swift cloud, timed: what a
//! benchmark runs beside `swift` and `rclone`.
//!
//! ```text
//! cargo run --release -p cloud-pithos --example swift_transfer -- \
//!     upload|download|delete CONTAINER OBJECT [FILE] [--segment-size BYTES] [--threads N]
//! ```
//!
//! Credentials come from the environment, as python-swiftclient reads them:
//! `OS_STORAGE_URL` and `OS_AUTH_TOKEN` when both are set, else a Keystone
//! v3 password login with `OS_AUTH_URL`, `OS_USERNAME`, `OS_PASSWORD`,
//! `OS_PROJECT_NAME`, `OS_USER_DOMAIN_NAME` and `OS_PROJECT_DOMAIN_NAME`
//! (`Default` when unset), taking the catalog's public `object-store`
//! endpoint. It prints one line: the operation, bytes, seconds and MB/s
//! (10^6 bytes), segments and segments sent; the exit status is 0 on success.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::time::Instant;

use cloud_core::credentials::StaticToken;
use cloud_core::{Body, Transport};
use cloud_pithos::PithosClient;
use cloud_pithos::download::DownloadOptions;
use cloud_pithos::upload::UploadOptions;

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// A Keystone v3 password login: the token and the public object-store URL.
async fn login() -> (String, String) {
    let auth_url =
        env("OS_AUTH_URL").expect("set OS_AUTH_URL (or OS_STORAGE_URL and OS_AUTH_TOKEN)");
    let domain = |name: &str| env(name).unwrap_or_else(|| "Default".to_owned());
    let body = serde_json::json!({"auth": {
        "identity": {"methods": ["password"], "password": {"user": {
            "name": env("OS_USERNAME").expect("set OS_USERNAME"),
            "domain": {"name": domain("OS_USER_DOMAIN_NAME")},
            "password": env("OS_PASSWORD").expect("set OS_PASSWORD"),
        }}},
        "scope": {"project": {
            "name": env("OS_PROJECT_NAME").expect("set OS_PROJECT_NAME"),
            "domain": {"name": domain("OS_PROJECT_DOMAIN_NAME")},
        }},
    }});
    let url = format!("{}/auth/tokens", auth_url.trim_end_matches('/'));
    let request = http::Request::post(url)
        .header("content-type", "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    let transport = Transport::builder().build().unwrap();
    let response = transport.send_checked(request).await.unwrap();
    let token = response.headers()["x-subject-token"]
        .to_str()
        .unwrap()
        .to_owned();
    let answer: serde_json::Value =
        serde_json::from_slice(&response.into_body().collect_bytes().await.unwrap()).unwrap();
    let catalog = answer["token"]["catalog"].as_array().unwrap();
    let store = catalog
        .iter()
        .find(|s| s["type"] == "object-store")
        .expect("no object-store in the catalog");
    let endpoint = store["endpoints"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["interface"] == "public")
        .expect("no public object-store endpoint");
    (token, endpoint["url"].as_str().unwrap().to_owned())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut positional = Vec::new();
    let mut segment_size = None;
    let mut threads = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--segment-size" => {
                segment_size = Some(args[i + 1].parse::<u64>().unwrap());
                i += 1;
            }
            "--threads" => {
                threads = Some(args[i + 1].parse::<usize>().unwrap());
                i += 1;
            }
            other => positional.push(other.to_owned()),
        }
        i += 1;
    }
    let [op, container, object, rest @ ..] = positional.as_slice() else {
        panic!(
            "usage: upload|download|delete CONTAINER OBJECT [FILE] [--segment-size BYTES] [--threads N]"
        );
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let (token, url) = match (env("OS_AUTH_TOKEN"), env("OS_STORAGE_URL")) {
            (Some(token), Some(url)) => (token, url),
            _ => login().await,
        };
        let transport = Transport::builder()
            .credentials(StaticToken::new(token))
            .build()
            .unwrap();
        let client = PithosClient::from_storage_url(transport, &url).unwrap();
        let started = Instant::now();
        let (bytes, segments, sent) = match op.as_str() {
            "upload" => {
                let mut options = UploadOptions {
                    segment_size,
                    ..UploadOptions::default()
                };
                if let Some(n) = threads {
                    options.concurrency = n;
                }
                client.create_container(container, &Default::default()).await.unwrap();
                let file = rest.first().expect("upload needs a FILE");
                let r = client
                    .upload_object(container, object, Path::new(file), &options)
                    .await
                    .unwrap();
                (r.bytes, r.blocks, r.blocks_sent)
            }
            "download" => {
                let mut options = DownloadOptions::default();
                if let Some(n) = threads {
                    options.concurrency = n;
                }
                let file = rest.first().expect("download needs a FILE");
                let r = client
                    .download_object(container, object, Path::new(file), &options)
                    .await
                    .unwrap();
                (r.bytes, r.blocks, r.blocks_fetched)
            }
            "delete" => {
                client
                    .del_object(container, object, &Default::default())
                    .await
                    .unwrap();
                (0, 0, 0)
            }
            other => panic!("unknown operation {other}"),
        };
        let seconds = started.elapsed().as_secs_f64();
        println!(
            "{op} {bytes} bytes in {seconds:.2} s ({:.1} MB/s), {segments} segment(s), {sent} transferred",
            bytes as f64 / seconds / 1e6
        );
    });
}
