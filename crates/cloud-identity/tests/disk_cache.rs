//! The on-disk token cache: 0600 files written atomically, reused by a new
//! process while the token lives, never used once it (nearly) expired.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cloud_core::credentials::Credentials;
use cloud_core::{Body, RetryPolicy, Transport};
use cloud_identity::credentials::{TokenCredentials, UserRef, V3Password};
use cloud_identity::{AuthToken, DiskCache};
use support::{TestServer, keystone_401, serve, v3_token_reply};

/// A directory removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "cloud-identity-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A Keystone issuing `tok-N` valid for `ttl` seconds; refusing when `refuse` is set.
struct Keystone {
    server: TestServer,
    ttl: Arc<AtomicU64>,
    refuse: Arc<Mutex<bool>>,
}

impl Keystone {
    async fn start() -> Keystone {
        let ttl = Arc::new(AtomicU64::new(3600));
        let refuse = Arc::new(Mutex::new(false));
        let (t, r) = (ttl.clone(), refuse.clone());
        let issued = Arc::new(AtomicUsize::new(0));
        let server = serve(move |seen, _| {
            let (t, r, issued) = (t.clone(), r.clone(), issued.clone());
            async move {
                if seen.path() == "/v3/auth/tokens" {
                    if *r.lock().unwrap() {
                        return keystone_401("The request you have made requires authentication.");
                    }
                    let n = issued.fetch_add(1, Ordering::SeqCst) + 1;
                    v3_token_reply(
                        &format!("tok-{n}"),
                        t.load(Ordering::SeqCst),
                        "http://127.0.0.1:1/v1",
                    )
                } else {
                    support::json_reply(200, &serde_json::json!({}))
                }
            }
        })
        .await;
        Keystone {
            server,
            ttl,
            refuse,
        }
    }

    fn credentials(&self, cache: &DiskCache) -> TokenCredentials {
        TokenCredentials::new(
            V3Password::new(&self.server.url("/v3"), UserRef::id("u-demo"), "demopass"),
            Transport::builder()
                .retry(RetryPolicy::never())
                .build()
                .unwrap(),
        )
        .disk_cache(cache.clone())
    }

    fn auth_count(&self) -> usize {
        self.server.to("/v3/auth/tokens").len()
    }
}

fn files_in(dir: &std::path::Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect()
}

#[tokio::test]
async fn a_new_process_reuses_the_cached_token_without_authenticating() {
    let dir = TempDir::new("reuse");
    let cache = DiskCache::new(&dir.0);
    let keystone = Keystone::start().await;

    let first = keystone.credentials(&cache);
    assert_eq!(first.token().await.unwrap().token.expose(), "tok-1");
    assert_eq!(keystone.auth_count(), 1);

    // "The next command": new credentials, same cache.
    let second = Arc::new(keystone.credentials(&cache));
    let token = second.token().await.unwrap();
    assert_eq!(token.token.expose(), "tok-1");
    assert_eq!(token.user_id(), Some("u-demo"));
    assert_eq!(token.catalog.service_types(), ["object-store"]);
    let transport = Transport::builder()
        .shared_credentials(second.clone())
        .build()
        .unwrap();
    transport
        .bytes(
            http::Request::get(keystone.server.url("/service"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(keystone.auth_count(), 1, "no second authentication");
    assert_eq!(
        keystone.server.to("/service")[0].header("x-auth-token"),
        Some("tok-1")
    );
}

#[cfg(unix)]
#[tokio::test]
async fn files_are_private_and_written_whole() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new("modes");
    let cache = DiskCache::new(dir.0.join("nested/tokens"));
    let keystone = Keystone::start().await;
    keystone.credentials(&cache).token().await.unwrap();

    let files = files_in(cache.dir());
    assert_eq!(files.len(), 1, "no temporary file is left: {files:?}");
    let file = &files[0];
    assert_eq!(
        std::fs::metadata(file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(
        std::fs::metadata(cache.dir()).unwrap().permissions().mode() & 0o777,
        0o700
    );
    let record: serde_json::Value = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    assert_eq!(record["auth_url"], keystone.server.url("/v3"));
    assert_eq!(
        record["principal"],
        "v3 password user id u-demo scope unscoped"
    );
    assert_eq!(record["token"]["token"], "tok-1");
    // The file name does not contain the principal or the URL.
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("token-") && !name.contains("u-demo"),
        "{name}"
    );
}

#[tokio::test]
async fn a_cached_token_about_to_expire_is_not_used() {
    let dir = TempDir::new("expired");
    let cache = DiskCache::new(&dir.0);
    let keystone = Keystone::start().await;
    keystone.ttl.store(30, Ordering::SeqCst); // inside the 60 s skew
    keystone.credentials(&cache).token().await.unwrap();
    keystone.ttl.store(3600, Ordering::SeqCst);

    let next = keystone.credentials(&cache);
    assert_eq!(next.token().await.unwrap().token.expose(), "tok-2");
    assert_eq!(keystone.auth_count(), 2);
    // ...and the fresh one replaced it on disk.
    let third = keystone.credentials(&cache);
    assert_eq!(third.token().await.unwrap().token.expose(), "tok-2");
    assert_eq!(keystone.auth_count(), 2);
}

#[tokio::test]
async fn entries_are_keyed_by_url_and_principal() {
    let dir = TempDir::new("keys");
    let cache = DiskCache::new(&dir.0);
    let token = AuthToken::from_v2(&serde_json::json!({"access": {
        "token": {"id": "t", "expires": "2099-01-01T00:00:00Z"}}}))
    .unwrap();
    cache.store("http://a/v2.0", "alice", &token).await.unwrap();
    cache.store("http://b/v2.0", "alice", &token).await.unwrap();
    assert_eq!(files_in(&dir.0).len(), 2);
    let margin = Duration::from_secs(60);
    assert!(
        cache
            .load("http://a/v2.0/", "alice", margin)
            .await
            .unwrap()
            .is_some()
    );
    assert!(
        cache
            .load("http://a/v2.0", "bob", margin)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        cache
            .load("http://c/v2.0", "alice", margin)
            .await
            .unwrap()
            .is_none()
    );
    cache.remove("http://a/v2.0", "alice").await.unwrap();
    assert!(
        cache
            .load("http://a/v2.0", "alice", margin)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        cache
            .load("http://b/v2.0", "alice", margin)
            .await
            .unwrap()
            .is_some()
    );
}

#[tokio::test]
async fn a_damaged_file_is_a_miss_and_concurrent_writers_leave_a_whole_file() {
    let dir = TempDir::new("damaged");
    let cache = DiskCache::new(&dir.0);
    let path = cache.path_for("http://a/v2.0", "alice");
    std::fs::create_dir_all(&dir.0).unwrap();
    std::fs::write(&path, b"{\"format\": 1, \"auth_url\": ").unwrap();
    assert!(
        cache
            .load("http://a/v2.0", "alice", Duration::ZERO)
            .await
            .unwrap()
            .is_none()
    );

    let token = AuthToken::from_v2(&serde_json::json!({"access": {
        "token": {"id": "t", "expires": "2099-01-01T00:00:00Z"}}}))
    .unwrap();
    let writes = (0..16).map(|_| cache.store("http://a/v2.0", "alice", &token));
    for result in futures_util::future::join_all(writes).await {
        result.unwrap();
    }
    assert_eq!(files_in(&dir.0).len(), 1);
    let loaded = cache
        .load("http://a/v2.0", "alice", Duration::ZERO)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(loaded.token.expose(), "t");
}

#[tokio::test]
async fn an_unreachable_keystone_does_not_wipe_the_cached_token() {
    let dir = TempDir::new("unreachable");
    let cache = DiskCache::new(&dir.0);
    let keystone = Keystone::start().await;
    let url = keystone.server.url("/v3");
    keystone.credentials(&cache).token().await.unwrap();

    // Keystone moved away: a refresh fails on the network, the cache stays.
    let gone = TokenCredentials::new(
        V3Password::new(&url, UserRef::id("u-demo"), "demopass"),
        Transport::builder()
            .retry(RetryPolicy::never())
            .service(tower::service_fn(|_: http::Request<Body>| async {
                Err::<http::Response<Body>, _>(std::io::Error::other("connection refused"))
            }))
            .build()
            .unwrap(),
    )
    .disk_cache(cache.clone());
    let principal = gone.principal();
    assert!(gone.refresh().await.is_err());
    let kept = cache
        .load(&url, &principal, Duration::from_secs(60))
        .await
        .unwrap();
    assert_eq!(kept.unwrap().token.expose(), "tok-1");
}

#[tokio::test]
async fn a_refused_token_is_replaced_on_disk_and_a_failed_login_removes_it() {
    let dir = TempDir::new("refused");
    let cache = DiskCache::new(&dir.0);
    let keystone = Keystone::start().await;
    let credentials = keystone.credentials(&cache);
    credentials.token().await.unwrap();

    // A server refused tok-1: refresh writes tok-2.
    credentials.refresh().await.unwrap();
    let margin = Duration::from_secs(60);
    let url = keystone.server.url("/v3");
    let principal = credentials.principal();
    assert_eq!(
        cache
            .load(&url, &principal, margin)
            .await
            .unwrap()
            .unwrap()
            .token
            .expose(),
        "tok-2"
    );

    // Then Keystone refuses the password: nothing stays cached.
    *keystone.refuse.lock().unwrap() = true;
    assert!(credentials.refresh().await.is_err());
    assert!(
        cache
            .load(&url, &principal, margin)
            .await
            .unwrap()
            .is_none()
    );
    assert!(files_in(&dir.0).is_empty());
}
