//! Helpers shared by the Pithos tests: URLs, containers with small blocks,
//! uploads, and reference hashing written from the spec (PITHOS.md §2), so
//! the tests do not trust the emulator's own hashing code.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use sha2::Digest as _;

use crate::support::{Cloud, Reply};

/// `<pithos>/<account>/<rest>` for the default user.
pub fn url(cloud: &Cloud, rest: &str) -> String {
    format!("{}/{}/{}", cloud.pithos(), cloud.user.uuid, rest)
}

/// `<pithos>/<account>/<rest>` for another account.
pub fn url_of(cloud: &Cloud, account: &str, rest: &str) -> String {
    format!("{}/{}/{}", cloud.pithos(), account, rest)
}

/// A request as the default user.
pub async fn call(
    cloud: &Cloud,
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: impl Into<bytes::Bytes>,
) -> Reply {
    let token = cloud.user.token.clone();
    cloud.send(method, url, Some(&token), headers, body).await
}

/// Creates a container with block size `block_size` (sha256).
pub async fn container(cloud: &Cloud, name: &str, block_size: usize) {
    let size = block_size.to_string();
    let reply = call(
        cloud,
        "PUT",
        &url(cloud, name),
        &[("x-container-policy-block-size", &size)],
        "",
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.text());
}

/// Uploads `data` as `container/name` with content type `text/plain`.
pub async fn upload(cloud: &Cloud, container: &str, name: &str, data: &[u8]) -> Reply {
    let len = data.len().to_string();
    let reply = call(
        cloud,
        "PUT",
        &url(cloud, &format!("{container}/{name}")),
        &[("content-type", "text/plain"), ("content-length", &len)],
        data.to_vec(),
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    reply
}

/// GET of an object's data (expects 200).
pub async fn download(cloud: &Cloud, container: &str, name: &str) -> Vec<u8> {
    let reply = call(
        cloud,
        "GET",
        &url(cloud, &format!("{container}/{name}")),
        &[],
        "",
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    reply.body.to_vec()
}

/// Reference sha256 block hash: trailing zeros stripped.
pub fn block_hash(block: &[u8]) -> [u8; 32] {
    let end = block.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
    sha2::Sha256::digest(&block[..end]).into()
}

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Reference block hashes of `data` with block size `b`.
pub fn hashes(data: &[u8], b: usize) -> Vec<String> {
    data.chunks(b).map(|c| hex(&block_hash(c))).collect()
}

/// Reference top hash (Merkle root with zero-byte padding leaves).
pub fn top_hash(data: &[u8], b: usize) -> String {
    let mut level: Vec<[u8; 32]> = data.chunks(b).map(block_hash).collect();
    match level.len() {
        0 => return hex(&sha2::Sha256::digest(b"")),
        1 => return hex(&level[0]),
        n => level.resize(n.next_power_of_two(), [0u8; 32]),
    }
    while level.len() > 1 {
        level = level
            .chunks(2)
            .map(|p| {
                let mut h = sha2::Sha256::new();
                h.update(p[0]);
                h.update(p[1]);
                h.finalize().into()
            })
            .collect();
    }
    hex(&level[0])
}

/// The sha256 of the empty string.
pub const EMPTY: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
