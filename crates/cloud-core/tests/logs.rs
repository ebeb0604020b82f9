//! What the transport writes to the log: never a secret, and the one
//! warning of insecure mode.
//!
//! These tests install a capturing subscriber. `tracing` keeps per-callsite
//! and global level caches, so they live in a binary of their own and run one
//! at a time, with no other test logging beside them.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use bytes::Bytes;
use cloud_core::credentials::StaticToken;
use cloud_core::{Body, TlsOptions, Transport};
use http::Request;
use http_body_util::Full;
use support::{LogCapture, response, serve, serve_tls, text};

/// One capturing test at a time.
static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn get(url: String) -> Request<Body> {
    Request::get(url).body(Body::empty()).unwrap()
}

#[tokio::test]
async fn the_trace_log_never_shows_tokens_or_passwords() {
    let _serial = SERIAL.lock().await;
    let logs = LogCapture::default();
    let _guard = logs.install();
    let server = serve(|_, _| async {
        response(200)
            .header("content-type", "application/json")
            .header("x-subject-token", "subject-secret-1")
            .header("set-cookie", "sessionkey=cookie-secret-2; HttpOnly")
            .body(Full::new(Bytes::from_static(
                br#"{"access": {"token": {"id": "response-secret-3", "expires": "2030-01-01T00:00:00Z"}, "user": {"name": "alice"}}}"#,
            )))
            .unwrap()
    })
    .await;
    let t = Transport::builder()
        .credentials(StaticToken::new("header-secret-4"))
        .build()
        .unwrap();
    let req = Request::post(server.url("/tokens?apiKey=query-secret-5"))
        .header("content-type", "application/json")
        .header("x-storage-token", "caller-header-secret-8")
        .header("cookie", "sessionkey=caller-cookie-secret-9")
        .body(Body::from(
            r#"{"auth": {"passwordCredentials": {"username": "alice", "password": "password-secret-6"}, "token": {"id": "body-secret-7"}}}"#,
        ))
        .unwrap();
    let answer: serde_json::Value = t.json(req).await.unwrap();
    assert_eq!(
        answer["access"]["token"]["id"], "response-secret-3",
        "the caller still gets the token"
    );

    let log = logs.text();
    for secret in [
        "subject-secret-1",
        "cookie-secret-2",
        "response-secret-3",
        "header-secret-4",
        "query-secret-5",
        "password-secret-6",
        "body-secret-7",
        "caller-header-secret-8",
        "caller-cookie-secret-9",
    ] {
        assert!(!log.contains(secret), "{secret} leaked into:\n{log}");
    }
    // The log is real: it shows the request, both bodies and the answer.
    assert!(log.contains("POST"), "{log}");
    assert!(log.contains("\"username\":\"alice\""), "{log}");
    assert!(log.contains("2030-01-01T00:00:00Z"), "{log}");
    assert!(log.contains("status=200"), "{log}");
    assert!(log.contains("x-auth-token: ***"), "{log}");
}

#[tokio::test]
async fn insecure_mode_accepts_the_server_and_warns_once() {
    let _serial = SERIAL.lock().await;
    let logs = LogCapture::default();
    let _guard = logs.install();
    let server = serve_tls(|_, _| async { text(200, "anything goes") }).await;
    let t = Transport::builder()
        .tls(TlsOptions::default().insecure(true))
        .build()
        .unwrap();
    for _ in 0..3 {
        assert_eq!(
            &t.bytes(get(server.https_url("/"))).await.unwrap()[..],
            b"anything goes"
        );
    }
    let log = logs.text();
    let warnings = log.lines().filter(|l| l.contains("WARN")).count();
    assert_eq!(warnings, 1, "{log}");
    assert!(log.contains("insecure mode"), "{log}");
}
