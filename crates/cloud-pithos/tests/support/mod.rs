//! Shared by the cloud-pithos tests: an emulator on 127.0.0.1 per test, a
//! client whose transport counts the requests it sends, and big random files.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use cloud_core::connector::HttpConnectorService;
use cloud_core::credentials::StaticToken;
use cloud_core::{Body, RetryPolicy, TlsOptions, Transport};
use cloud_emulator::users::User;
use cloud_emulator::{Emulator, Options};
use cloud_pithos::{ContainerOptions, PithosClient};
use http::{Method, Request};
use sha2::Digest;
use tower::{Service, ServiceExt};

/// A directory removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let dir =
            std::env::temp_dir().join(format!("cloud-pithos-{tag}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
    pub fn path(&self) -> &Path {
        &self.0
    }
    pub fn join(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Requests seen by the counting transport (attempts included).
pub struct Counts {
    /// Block POSTs (`POST <container>?update…` with octet-stream data).
    pub block_posts: AtomicUsize,
    /// Ranged GETs.
    pub range_gets: AtomicUsize,
    /// Every request.
    pub all: AtomicUsize,
    /// Ranged GETs beyond this many fail as if the server had gone away.
    pub fail_range_gets_after: AtomicUsize,
    /// Run this (to completion) before sending the N-th ranged GET.
    pub before_range_get: std::sync::Mutex<Option<(usize, Hook)>>,
}

/// Something to do in the middle of a transfer.
pub type Hook = std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>;

impl Default for Counts {
    fn default() -> Self {
        Counts {
            block_posts: AtomicUsize::new(0),
            range_gets: AtomicUsize::new(0),
            all: AtomicUsize::new(0),
            fail_range_gets_after: AtomicUsize::new(usize::MAX),
            before_range_get: std::sync::Mutex::new(None),
        }
    }
}

impl Counts {
    pub fn block_posts(&self) -> usize {
        self.block_posts.load(Ordering::SeqCst)
    }
    pub fn range_gets(&self) -> usize {
        self.range_gets.load(Ordering::SeqCst)
    }
    pub fn reset(&self) {
        self.block_posts.store(0, Ordering::SeqCst);
        self.range_gets.store(0, Ordering::SeqCst);
        self.all.store(0, Ordering::SeqCst);
        self.fail_range_gets_after
            .store(usize::MAX, Ordering::SeqCst);
    }
    /// The hook to run before this request, if its time has come.
    fn hook_for(&self, req: &Request<Body>) -> Option<Hook> {
        if req.method() != Method::GET || !req.headers().contains_key("range") {
            return None;
        }
        let mut slot = self.before_range_get.lock().unwrap();
        match slot.as_ref() {
            Some((n, _)) if *n == self.range_gets.load(Ordering::SeqCst) => {
                slot.take().map(|(_, hook)| hook)
            }
            _ => None,
        }
    }

    /// Records a request; false when it must fail (the "server" is gone).
    fn record(&self, req: &Request<Body>) -> bool {
        self.all.fetch_add(1, Ordering::SeqCst);
        let octet = req
            .headers()
            .get("content-type")
            .is_some_and(|v| v == "application/octet-stream");
        // A container URL: /object-store/v1/<account>/<container>
        let segments = req.uri().path().trim_matches('/').split('/').count();
        if req.method() == Method::POST && octet && segments == 4 {
            self.block_posts.fetch_add(1, Ordering::SeqCst);
        }
        if req.method() == Method::GET && req.headers().contains_key("range") {
            let n = self.range_gets.fetch_add(1, Ordering::SeqCst) + 1;
            return n <= self.fail_range_gets_after.load(Ordering::SeqCst);
        }
        true
    }
}

/// An emulator serving on a free loopback port, with its default user.
pub struct Cloud {
    pub base: String,
    pub user: User,
    pub emulator: Emulator,
    pub dir: TempDir,
    pub counts: Arc<Counts>,
    pub server: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Cloud {
    pub async fn start() -> Cloud {
        Cloud::start_with(None).await
    }

    pub async fn start_with(faults: Option<&str>) -> Cloud {
        let dir = TempDir::new("emulator");
        let mut options = Options::new(dir.path());
        if let Some(spec) = faults {
            options = options.faults(spec.parse().unwrap());
        }
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let emulator = Emulator::open(options).unwrap().with_base_url(base.clone());
        let user = emulator.default_user().unwrap();
        let server = tokio::spawn(emulator.clone().serve(listener));
        Cloud {
            base,
            user,
            emulator,
            dir,
            counts: Arc::new(Counts::default()),
            server,
        }
    }

    /// `<base>/object-store/v1`
    pub fn pithos(&self) -> String {
        format!("{}/object-store/v1", self.base)
    }

    /// A transport over loopback HTTP that counts what it sends.
    pub fn transport_for(&self, token: &str, retry: RetryPolicy) -> Transport {
        let inner = HttpConnectorService::new(&TlsOptions::default(), None).unwrap();
        let counts = Arc::clone(&self.counts);
        let counting = tower::service_fn(move |req: Request<Body>| {
            let pass = counts.record(&req);
            let hook = counts.hook_for(&req);
            let mut inner = inner.clone();
            async move {
                if let Some(hook) = hook {
                    hook.await;
                }
                if !pass {
                    return Err(cloud_core::Error::Transport {
                        method: req.method().clone(),
                        url: req.uri().to_string(),
                        message: "connection refused (the test stopped the server)".into(),
                        attempts: 1,
                        elapsed: std::time::Duration::ZERO,
                        source: None,
                    });
                }
                let svc = inner.ready().await?;
                svc.call(req).await
            }
        });
        Transport::builder()
            .credentials(StaticToken::new(token.to_owned()))
            .retry(retry)
            .service(counting)
            .build()
            .unwrap()
    }

    /// A client for the default user.
    pub fn client(&self) -> PithosClient {
        let transport = self.transport_for(
            &self.user.token,
            RetryPolicy::default().max_attempts(8).backoff(
                std::time::Duration::from_millis(20),
                std::time::Duration::from_secs(2),
            ),
        );
        PithosClient::new(transport, &self.pithos(), &self.user.uuid)
    }

    /// A client for the default user that never retries in the transport.
    pub fn client_without_retries(&self) -> PithosClient {
        let transport = self.transport_for(&self.user.token, RetryPolicy::never());
        PithosClient::new(transport, &self.pithos(), &self.user.uuid)
    }

    /// Adds another user.
    pub fn add_user(&self, name: &str) -> User {
        self.emulator.add_user(name).unwrap()
    }

    /// A client for another user.
    pub fn client_of(&self, user: &User) -> PithosClient {
        let transport = self.transport_for(&user.token, RetryPolicy::default());
        PithosClient::new(transport, &self.pithos(), &user.uuid)
    }
}

/// Creates a container with this block size (the emulator's policy header).
pub async fn container(client: &PithosClient, name: &str, block_size: Option<u64>) {
    let mut options = ContainerOptions::default();
    if let Some(b) = block_size {
        options.policies.insert("block-size".into(), b.to_string());
    }
    client.create_container(name, &options).await.unwrap();
}

/// Writes `size` pseudo-random bytes to `path`: one 4 MiB buffer from the
/// blake3 XOF of `seed`, with every 4 MiB chunk stamped with its index at
/// both ends, so that every block differs (and generation stays fast in a
/// debug build).
pub fn random_file(path: &Path, size: u64, seed: u64) {
    let mut hasher = blake3::Hasher::new();
    hasher.update(&seed.to_le_bytes());
    let mut buffer = vec![0u8; 4 << 20];
    hasher.finalize_xof().fill(&mut buffer);
    let mut file = std::fs::File::create(path).unwrap();
    let mut left = size;
    let mut chunk = 0u64;
    while left > 0 {
        let n = left.min(buffer.len() as u64) as usize;
        let stamp = chunk.to_le_bytes();
        buffer[..8].copy_from_slice(&stamp);
        let end = buffer.len();
        buffer[end - 8..].copy_from_slice(&stamp);
        file.write_all(&buffer[..n]).unwrap();
        left -= n as u64;
        chunk += 1;
    }
    file.flush().unwrap();
}

/// The sha256 of a file, streamed.
pub fn file_sha256(path: &Path) -> String {
    let mut file = std::fs::File::open(path).unwrap();
    let mut hasher = sha2::Sha256::new();
    let mut buffer = vec![0u8; 4 << 20];
    loop {
        let n = file.read(&mut buffer).unwrap();
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
    }
    cloud_pithos::hashing::hex(&hasher.finalize())
}
