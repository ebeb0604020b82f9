//! Shared by the emulator's tests: a fresh emulator on 127.0.0.1 per test, and
//! a raw HTTP client (hyper's own, never the project's clients, so the two
//! sides cannot share a misreading).

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use bytes::Bytes;
use cloud_emulator::fault_injection::FaultSpec;
use cloud_emulator::users::User;
use cloud_emulator::{Emulator, Options};
use http::{HeaderMap, Method, Request, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;

/// A directory removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let dir =
            std::env::temp_dir().join(format!("cloud-emulator-{tag}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// An emulator serving on a free loopback port, with its default user.
pub struct Cloud {
    /// `http://127.0.0.1:PORT`
    pub base: String,
    /// The default user (with its token).
    pub user: User,
    pub emulator: Emulator,
    pub dir: TempDir,
    client: Client<HttpConnector, Full<Bytes>>,
}

/// An answer as it came over the wire.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", String::from_utf8_lossy(&self.body)))
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

impl Cloud {
    pub async fn start() -> Cloud {
        Cloud::start_with(None).await
    }

    pub async fn start_with(faults: Option<FaultSpec>) -> Cloud {
        let dir = TempDir::new("test");
        let mut options = Options::new(dir.path());
        if let Some(spec) = faults {
            options = options.faults(spec);
        }
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let emulator = Emulator::open(options).unwrap().with_base_url(base.clone());
        let user = emulator.default_user().unwrap();
        tokio::spawn(emulator.clone().serve(listener));
        Cloud {
            base,
            user,
            emulator,
            dir,
            client: client(),
        }
    }

    /// `<base>/identity/v2.0`
    pub fn identity(&self) -> String {
        format!("{}/identity/v2.0", self.base)
    }
    /// `<base>/account/v1.0`
    pub fn account(&self) -> String {
        format!("{}/account/v1.0", self.base)
    }
    /// `<base>/object-store/v1`
    pub fn pithos(&self) -> String {
        format!("{}/object-store/v1", self.base)
    }

    /// Adds another user.
    pub fn add_user(&self, name: &str) -> User {
        self.emulator.add_user(name).unwrap()
    }

    /// Sends a request with these headers and body; `token` goes in `X-Auth-Token`.
    pub async fn send(
        &self,
        method: &str,
        url: &str,
        token: Option<&str>,
        headers: &[(&str, &str)],
        body: impl Into<Bytes>,
    ) -> Reply {
        send(&self.client, method, url, token, headers, body.into()).await
    }

    /// A GET with the default user's token.
    pub async fn get(&self, url: &str) -> Reply {
        self.send(
            "GET",
            url,
            Some(&self.user.token.clone()),
            &[],
            Bytes::new(),
        )
        .await
    }
}

pub fn client() -> Client<HttpConnector, Full<Bytes>> {
    Client::builder(TokioExecutor::new()).build_http()
}

pub async fn send(
    client: &Client<HttpConnector, Full<Bytes>>,
    method: &str,
    url: &str,
    token: Option<&str>,
    headers: &[(&str, &str)],
    body: Bytes,
) -> Reply {
    let mut builder = Request::builder()
        .method(Method::from_bytes(method.as_bytes()).unwrap())
        .uri(url);
    if let Some(token) = token {
        builder = builder.header("x-auth-token", token);
    }
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let response = client
        .request(builder.body(Full::new(body)).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    Reply {
        status,
        headers,
        body,
    }
}

impl Cloud {
    /// The token of a component (`astakos`, `cyclades`, `pithos`), made on first use.
    pub fn service_token(&self, component: &str) -> String {
        let component = component.to_owned();
        self.emulator
            .state()
            .db
            .call_blocking(move |conn| cloud_emulator::account::components::token(conn, &component))
            .unwrap()
    }

    /// Sends a JSON body with `Content-Type: application/json`.
    pub async fn send_json(
        &self,
        method: &str,
        url: &str,
        token: Option<&str>,
        body: &serde_json::Value,
    ) -> Reply {
        self.send(
            method,
            url,
            token,
            &[("content-type", "application/json")],
            body.to_string(),
        )
        .await
    }
}

/// Asserts a Synnefo fault: status, `{"<key>": {"code", "message", ...}}`.
pub fn assert_fault(reply: &Reply, status: u16, key: &str, message: &str) {
    assert_eq!(reply.status.as_u16(), status, "status of {}", reply.text());
    let body = reply.json();
    let object = body
        .as_object()
        .unwrap_or_else(|| panic!("fault is not an object: {body}"));
    assert_eq!(object.len(), 1, "one top-level key: {body}");
    let inner = &body[key];
    assert!(inner.is_object(), "fault key {key} in {body}");
    assert_eq!(inner["code"], status, "{body}");
    assert_eq!(inner["message"], message, "{body}");
}
