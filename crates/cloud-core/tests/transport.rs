//! The transport against a real hyper server on 127.0.0.1: retries, auth
//! refresh, limits, redacted logs and TLS trust.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use cloud_core::credentials::{Credentials, Refresh, Secret, StaticToken};
use cloud_core::{Body, Error, ErrorKind, RequestExt, RetryPolicy, TlsOptions, Transport};
use futures_util::future::BoxFuture;
use http::{Method, Request};
use http_body_util::Full;
use support::{response, serve, serve_tls, text};

fn fast_retries() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(4)
        .backoff(Duration::from_millis(5), Duration::from_millis(20))
}

fn transport(policy: RetryPolicy) -> Transport {
    Transport::builder().retry(policy).build().unwrap()
}

fn get(url: String) -> Request<Body> {
    Request::get(url).body(Body::empty()).unwrap()
}

#[tokio::test]
async fn a_503_with_retry_after_is_retried_after_that_long() {
    let server = serve(|_, n| async move {
        if n == 0 {
            response(503)
                .header("retry-after", "1")
                .body(Full::new(Bytes::new()))
                .unwrap()
        } else {
            text(200, "done")
        }
    })
    .await;
    let started = Instant::now();
    let body = transport(fast_retries())
        .bytes(get(server.url("/x")))
        .await
        .unwrap();
    assert_eq!(&body[..], b"done");
    let seen = server.requests();
    assert_eq!(seen.len(), 2);
    assert!(
        seen[1].at - seen[0].at >= Duration::from_secs(1),
        "{:?}",
        seen[1].at - seen[0].at
    );
    assert!(started.elapsed() >= Duration::from_secs(1));
}

#[tokio::test]
async fn a_post_is_retried_only_when_marked_idempotent() {
    let server = serve(|_, _| async { text(503, "busy") }).await;
    let t = transport(fast_retries());

    let plain = Request::post(server.url("/servers"))
        .body(Body::from("{}"))
        .unwrap();
    let err = t.send_checked(plain).await.unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::ServiceUnavailable));
    assert_eq!(server.hits(), 1, "a plain POST is sent once");

    let marked = Request::post(server.url("/c?update"))
        .body(Body::from("block"))
        .unwrap()
        .idempotent();
    let err = t.send_checked(marked).await.unwrap_err();
    assert_eq!(
        server.hits(),
        1 + 4,
        "a marked POST is retried up to the bound"
    );
    assert_eq!(err.api().unwrap().attempts, 4);

    for method in ["COPY", "MOVE"] {
        let before = server.hits();
        let req = Request::builder()
            .method(Method::from_bytes(method.as_bytes()).unwrap())
            .uri(server.url("/c/o"))
            .body(Body::empty())
            .unwrap();
        t.send_checked(req).await.unwrap_err();
        assert_eq!(server.hits(), before + 1, "{method} is sent once");
    }
}

#[tokio::test]
async fn a_streaming_body_is_never_retried() {
    let server = serve(|_, _| async { text(503, "busy") }).await;
    let chunks = futures_util::stream::iter(vec![Ok::<_, std::io::Error>(http_body::Frame::data(
        Bytes::from_static(b"streamed"),
    ))]);
    let req = Request::put(server.url("/c/o"))
        .body(Body::from_stream(http_body_util::StreamBody::new(chunks)))
        .unwrap();
    let err = transport(fast_retries())
        .send_checked(req)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::ServiceUnavailable));
    assert_eq!(server.hits(), 1);
    assert_eq!(&server.requests()[0].body[..], b"streamed");
}

#[tokio::test]
async fn a_429_with_an_http_date_retry_after_is_honoured() {
    let server = serve(|_, n| async move {
        if n == 0 {
            // HTTP dates have whole seconds: two seconds ahead is at least one second away.
            let when = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(2));
            response(429)
                .header("retry-after", when)
                .body(Full::new(Bytes::new()))
                .unwrap()
        } else {
            text(200, "ok")
        }
    })
    .await;
    transport(fast_retries())
        .bytes(get(server.url("/limited")))
        .await
        .unwrap();
    let seen = server.requests();
    assert_eq!(seen.len(), 2);
    assert!(
        seen[1].at - seen[0].at >= Duration::from_millis(1000),
        "{:?}",
        seen[1].at - seen[0].at
    );
}

#[tokio::test]
async fn retries_stop_at_the_attempt_bound_and_say_so() {
    let server = serve(|_, _| async { text(502, "<html><h1>Bad Gateway</h1></html>") }).await;
    let err = transport(fast_retries().max_attempts(3))
        .send_checked(get(server.url("/flaky")))
        .await
        .unwrap_err();
    assert_eq!(server.hits(), 3);
    let api = err.api().unwrap();
    assert_eq!(api.attempts, 3);
    assert_eq!(api.kind, ErrorKind::BadGateway);
    assert!(err.to_string().contains("after 3 attempts"), "{err}");
}

#[tokio::test]
async fn retries_stop_at_the_elapsed_bound() {
    let server = serve(|_, _| async {
        response(503)
            .header("retry-after", "1")
            .body(Full::new(Bytes::new()))
            .unwrap()
    })
    .await;
    let policy = RetryPolicy::default()
        .max_attempts(20)
        .max_elapsed(Duration::from_millis(1500));
    let started = Instant::now();
    let err = transport(policy)
        .send_checked(get(server.url("/slow")))
        .await
        .unwrap_err();
    // Attempts at t=0 and t=1s; a third at t=2s would pass the 1.5 s bound.
    assert_eq!(server.hits(), 2);
    assert!(started.elapsed() < Duration::from_millis(1900));
    assert_eq!(err.api().unwrap().attempts, 2);
    assert!(err.to_string().contains("after 2 attempts"), "{err}");
}

#[tokio::test]
async fn connection_errors_are_retried_and_reported() {
    // A port that was just free: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let err = transport(fast_retries().max_attempts(3))
        .send(get(format!(
            "http://127.0.0.1:{port}/x?X-Auth-Token=secret"
        )))
        .await
        .unwrap_err();
    match &err {
        Error::Transport { attempts, url, .. } => {
            assert_eq!(*attempts, 3);
            assert!(!url.contains("secret"));
        }
        other => panic!("expected a transport error, got {other:?}"),
    }
    assert!(err.to_string().contains("after 3 attempts"), "{err}");
}

/// Credentials whose token the test server accepts only after one refresh.
#[derive(Debug)]
struct RotatingToken {
    token: std::sync::Mutex<Secret>,
    refreshes: AtomicUsize,
}

impl Credentials for RotatingToken {
    fn apply<'a>(&'a self, request: &'a mut Request<Body>) -> BoxFuture<'a, Result<(), Error>> {
        Box::pin(async move {
            let value = self.token.lock().unwrap().header_value()?;
            request.headers_mut().insert("x-auth-token", value);
            Ok(())
        })
    }

    fn refresh(&self) -> BoxFuture<'_, Result<Refresh, Error>> {
        Box::pin(async move {
            self.refreshes.fetch_add(1, Ordering::SeqCst);
            // A real refresh is a round trip; let the others pile up meanwhile.
            tokio::time::sleep(Duration::from_millis(100)).await;
            *self.token.lock().unwrap() = Secret::new("fresh");
            Ok(Refresh::Renewed)
        })
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_concurrent_401s_cause_one_refresh() {
    let server = serve(|seen, _| async move {
        if seen
            .headers
            .get("x-auth-token")
            .is_some_and(|v| v == "fresh")
        {
            text(200, "welcome")
        } else {
            // Hold the refusals a little so all ten are in flight together.
            tokio::time::sleep(Duration::from_millis(50)).await;
            text(
                401,
                r#"{"unauthorized": {"code": 401, "message": "Invalid token"}}"#,
            )
        }
    })
    .await;
    let creds = Arc::new(RotatingToken {
        token: std::sync::Mutex::new(Secret::new("stale")),
        refreshes: AtomicUsize::new(0),
    });
    let t = Transport::builder()
        .shared_credentials(creds.clone())
        .build()
        .unwrap();
    let calls = (0..10).map(|i| {
        let t = t.clone();
        let url = server.url(&format!("/r/{i}"));
        tokio::spawn(async move { t.bytes(get(url)).await })
    });
    for call in futures_util::future::join_all(calls).await {
        assert_eq!(&call.unwrap().unwrap()[..], b"welcome");
    }
    assert_eq!(creds.refreshes.load(Ordering::SeqCst), 1);
    let fresh = server
        .requests()
        .iter()
        .filter(|s| s.headers["x-auth-token"] == "fresh")
        .count();
    assert_eq!(fresh, 10, "every request was replayed with the new token");
}

#[tokio::test]
async fn a_401_with_a_static_token_is_reported_not_replayed() {
    let server = serve(|_, _| async {
        text(
            401,
            r#"{"unauthorized": {"code": 401, "message": "Invalid token"}}"#,
        )
    })
    .await;
    let t = Transport::builder()
        .credentials(StaticToken::new("old"))
        .build()
        .unwrap();
    let err = t
        .send_checked(get(server.url("/quotas")))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::Unauthorized));
    assert_eq!(err.api().unwrap().message, "Invalid token");
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn the_concurrency_cap_holds_across_clones() {
    let server = serve(|_, _| async {
        tokio::time::sleep(Duration::from_millis(50)).await;
        text(200, "ok")
    })
    .await;
    let t = Transport::builder().max_in_flight(3).build().unwrap();
    let calls = (0..12).map(|_| {
        let t = t.clone();
        let url = server.url("/c");
        tokio::spawn(async move { t.bytes(get(url)).await })
    });
    for call in futures_util::future::join_all(calls).await {
        call.unwrap().unwrap();
    }
    assert_eq!(server.hits(), 12);
    assert_eq!(server.in_flight_max.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn a_slow_answer_hits_the_request_timeout() {
    let server = serve(|_, _| async {
        tokio::time::sleep(Duration::from_secs(5)).await;
        text(200, "late")
    })
    .await;
    let t = Transport::builder()
        .retry(RetryPolicy::never())
        .timeouts(Duration::from_secs(1), Duration::from_millis(300))
        .build()
        .unwrap();
    let err = t.send(get(server.url("/slow"))).await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert!(err.to_string().contains("timed out after 0.3 s"), "{err}");
}

#[tokio::test]
async fn tls_with_a_private_ca_is_refused_then_trusted_with_the_ca_file() {
    let server = serve_tls(|_, _| async { text(200, "secure hello") }).await;
    let url = server.https_url("/hello");

    let default = Transport::builder()
        .retry(RetryPolicy::never())
        .build()
        .unwrap();
    let err = default.send(get(url.clone())).await.unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(
        err.to_string().to_lowercase().contains("certificate"),
        "{err}"
    );

    let trusting = Transport::builder()
        .tls(TlsOptions::default().extra_ca_file(support::ca_file()))
        .build()
        .unwrap();
    assert_eq!(
        &trusting.bytes(get(url)).await.unwrap()[..],
        b"secure hello"
    );
}

#[tokio::test]
async fn a_server_that_demands_a_client_certificate_gets_ours() {
    let server = support::serve_mutual_tls(|_, _| async { text(200, "hello, client") }).await;
    let url = server.https_url("/whoami");

    let anonymous = Transport::builder()
        .retry(RetryPolicy::never())
        .tls(TlsOptions::default().extra_ca_file(support::ca_file()))
        .build()
        .unwrap();
    let err = anonymous.send(get(url.clone())).await.unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");

    let identified = Transport::builder()
        .tls(
            TlsOptions::default()
                .extra_ca_file(support::ca_file())
                .client_identity(
                    support::tls_file("client.pem"),
                    support::tls_file("client.key"),
                ),
        )
        .build()
        .unwrap();
    assert_eq!(
        &identified.bytes(get(url)).await.unwrap()[..],
        b"hello, client"
    );
    assert_eq!(
        server.hits(),
        1,
        "the anonymous attempt never got past the handshake"
    );

    let mismatched = Transport::builder()
        .tls(TlsOptions::default().client_identity(
            support::tls_file("client.pem"),
            support::tls_file("server.key"),
        ))
        .build()
        .unwrap_err();
    assert!(
        mismatched.to_string().contains("belong together"),
        "{mismatched}"
    );
}

#[tokio::test]
async fn a_bad_ca_file_is_a_clear_configuration_error() {
    let dir = std::env::temp_dir().join(format!("cloud-core-ca-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bogus = dir.join("not-a-ca.pem");
    std::fs::write(&bogus, "hello").unwrap();
    let err = Transport::builder()
        .tls(TlsOptions::default().extra_ca_file(&bogus))
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::Config { .. }));
    assert!(err.to_string().contains("not-a-ca.pem"), "{err}");
    let missing = Transport::builder()
        .tls(TlsOptions::default().extra_ca_file(dir.join("missing.pem")))
        .build()
        .unwrap_err();
    assert!(missing.to_string().contains("missing.pem"), "{missing}");
}

#[tokio::test]
async fn a_relative_uri_uses_the_base_url_and_the_user_agent_is_sent() {
    let server = serve(|_, _| async { text(200, "{}") }).await;
    let t = Transport::builder()
        .base_url(&server.url("/identity/v2.0/"))
        .unwrap()
        .build()
        .unwrap();
    t.bytes(get("/tokens".into())).await.unwrap();
    let seen = &server.requests()[0];
    assert_eq!(seen.uri.path(), "/identity/v2.0/tokens");
    let agent = seen.headers["user-agent"].to_str().unwrap();
    assert_eq!(agent, concat!("cloud-core/", env!("CARGO_PKG_VERSION")));
    assert_eq!(seen.headers["accept"], "application/json");
}
