//! A real hyper server on 127.0.0.1 for the identity tests (the pattern of
//! cloud-core's `tests/support`): every request it receives is recorded, and
//! a handler chosen by the test answers it. Also: a log capture, and the
//! Keystone answers the tests build.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http::{HeaderMap, Method, Request, Response, Uri};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: Method,
    pub uri: Uri,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Seen {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap()
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
    pub fn path(&self) -> &str {
        self.uri.path()
    }
}

/// A running server: its address and what it received.
pub struct TestServer {
    pub addr: SocketAddr,
    pub seen: Arc<Mutex<Vec<Seen>>>,
}

impl TestServer {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }
    pub fn requests(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
    /// The requests to paths ending in `suffix`.
    pub fn to(&self, suffix: &str) -> Vec<Seen> {
        self.requests()
            .into_iter()
            .filter(|s| s.uri.path().ends_with(suffix))
            .collect()
    }
}

pub type Reply = Response<Full<Bytes>>;

pub fn json_reply(status: u16, body: &serde_json::Value) -> Reply {
    Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body.to_string())))
        .unwrap()
}

pub fn empty_reply(status: u16) -> Reply {
    Response::builder()
        .status(status)
        .body(Full::new(Bytes::new()))
        .unwrap()
}

/// Starts a plain-HTTP server answering with `handler`, which gets the
/// request and its index (0 for the first request received).
pub async fn serve<F, Fut>(handler: F) -> TestServer
where
    F: Fn(Seen, usize) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Reply> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
    let handler = Arc::new(handler);
    let recorded = seen.clone();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let handler = handler.clone();
            let seen = recorded.clone();
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |req: Request<Incoming>| {
                    let handler = handler.clone();
                    let seen = seen.clone();
                    async move {
                        let (parts, body) = req.into_parts();
                        let body = body
                            .collect()
                            .await
                            .map(|b| b.to_bytes())
                            .unwrap_or_default();
                        let record = Seen {
                            method: parts.method,
                            uri: parts.uri,
                            headers: parts.headers,
                            body,
                        };
                        let index = {
                            let mut all = seen.lock().unwrap();
                            all.push(record.clone());
                            all.len() - 1
                        };
                        Ok::<_, Infallible>(handler(record, index).await)
                    }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    TestServer { addr, seen }
}

/// A Keystone-style timestamp `seconds` from now.
pub fn in_seconds(seconds: u64) -> String {
    cloud_identity::time::format_timestamp(SystemTime::now() + Duration::from_secs(seconds))
}

/// Keystone's 401 body.
pub fn keystone_401(message: &str) -> Reply {
    let mut reply = json_reply(
        401,
        &serde_json::json!({"error": {"code": 401, "title": "Unauthorized", "message": message}}),
    );
    reply.headers_mut().insert(
        "www-authenticate",
        "Keystone uri=\"http://127.0.0.1:5000\"".parse().unwrap(),
    );
    reply
}

/// A v3 token answer (201, X-Subject-Token) for `token`, expiring `ttl` seconds from now,
/// with an object-store endpoint at `swift_url`.
pub fn v3_token_reply(token: &str, ttl: u64, swift_url: &str) -> Reply {
    let body = serde_json::json!({"token": {
        "methods": ["password"],
        "user": {"domain": {"id": "default", "name": "Default"}, "id": "u-demo", "name": "demo",
                 "password_expires_at": null},
        "audit_ids": ["a1"],
        "expires_at": in_seconds(ttl),
        "issued_at": in_seconds(0),
        "project": {"domain": {"id": "default", "name": "Default"}, "id": "p-demo", "name": "demo"},
        "is_domain": false,
        "roles": [{"id": "r1", "name": "member"}],
        "catalog": [{"endpoints": [{"id": "e1", "interface": "public", "region_id": "RegionOne",
                                    "url": swift_url, "region": "RegionOne"}],
                     "id": "s1", "type": "object-store", "name": "swift"}]}});
    let mut reply = json_reply(201, &body);
    reply
        .headers_mut()
        .insert("x-subject-token", token.parse().unwrap());
    reply
}

/// A v2.0 access answer for `token`, expiring `ttl` seconds from now.
pub fn v2_access_reply(token: &str, ttl: u64, swift_url: &str) -> Reply {
    json_reply(
        200,
        &serde_json::json!({"access": {
            "token": {"id": token, "expires": in_seconds(ttl), "issued_at": in_seconds(0),
                      "tenant": {"id": "t-demo", "name": "demo", "enabled": true}},
            "user": {"id": "u-demo", "name": "demo", "username": "demo", "roles": [{"name": "member"}],
                     "roles_links": []},
            "serviceCatalog": [{"name": "swift", "type": "object-store", "endpoints_links": [],
                "endpoints": [{"id": "e1", "publicURL": swift_url, "internalURL": swift_url,
                               "adminURL": swift_url, "region": "RegionOne"}]}],
            "metadata": {"roles": ["r1"], "is_admin": 0}}}),
    )
}

/// Collects everything `tracing` writes while the guard lives, at every level.
#[derive(Clone, Default)]
pub struct LogCapture(Arc<Mutex<Vec<u8>>>);

impl LogCapture {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
    pub fn install(&self) -> tracing::subscriber::DefaultGuard {
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .with_writer(self.clone())
            .finish();
        tracing::subscriber::set_default(subscriber)
    }
}

impl std::io::Write for LogCapture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for LogCapture {
    type Writer = LogCapture;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}
