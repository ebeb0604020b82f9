//! A `cloud-core` transport built on the emulator's router, in process: no
//! socket, the same layers (retry, auth, trace) as over the network. This is
//! how the built-in `local` cloud and fast tests run.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use cloud_core::credentials::StaticToken;
use cloud_core::{Body, ErrorKind, RetryPolicy, Transport};
use cloud_emulator::{Emulator, Options};

fn data_dir(tag: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("kamaki-e2e-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[tokio::test]
async fn the_transport_runs_on_the_emulator_without_a_socket() {
    let dir = data_dir("inproc");
    let emulator = Emulator::open(Options::new(&dir))
        .unwrap()
        .with_base_url("http://local.invalid");
    let token = emulator.default_user().unwrap().token;
    let transport = Transport::builder()
        .credentials(StaticToken::new(token))
        .service(emulator.service())
        .build()
        .unwrap();
    // An unknown URL under the cloud: Synnefo answers 400 `API endpoint not found`.
    let request = http::Request::get("http://local.invalid/nowhere")
        .body(Body::empty())
        .unwrap();
    let err = transport.send_checked(request).await.unwrap_err();
    let api = err.api().unwrap();
    assert_eq!(api.kind, ErrorKind::BadRequest);
    assert_eq!(api.fault.as_deref(), Some("badRequest"));
    assert_eq!(api.message, "API endpoint not found");
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn injected_503s_are_absorbed_by_the_retry_layer_in_process() {
    let dir = data_dir("inproc-faults");
    let spec = "seed=5,503=0.5,retry_after=0".parse().unwrap();
    let emulator = Emulator::open(Options::new(&dir).faults(spec)).unwrap();
    let transport = Transport::builder()
        .retry(RetryPolicy::default().max_attempts(12))
        .service(emulator.service())
        .build()
        .unwrap();
    let mut retried = 0;
    for _ in 0..20 {
        let request = http::Request::get("http://local.invalid/nowhere")
            .body(Body::empty())
            .unwrap();
        let response = transport.send(request).await.unwrap();
        // Every request ends with the real answer, never the injected 503.
        assert_eq!(response.status().as_u16(), 400);
        let attempts = response
            .extensions()
            .get::<cloud_core::Attempts>()
            .unwrap()
            .count;
        if attempts > 1 {
            retried += 1;
        }
    }
    assert!(
        retried >= 5,
        "with half the answers 503, many requests needed retries ({retried})"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn an_in_process_put_without_a_length_header_is_judged_by_its_body() {
    let dir = data_dir("inproc-length");
    let emulator = Emulator::open(Options::new(&dir)).unwrap();
    let user = emulator.default_user().unwrap();
    let transport = Transport::builder()
        .credentials(StaticToken::new(user.token.clone()))
        .service(emulator.service())
        .build()
        .unwrap();
    let base = format!("http://local.invalid/object-store/v1/{}", user.uuid);
    let put =
        |url: String, body: &'static str| http::Request::put(url).body(Body::from(body)).unwrap();
    // No Content-Length header anywhere: the body's own size stands in, as on the wire.
    let created = transport.send(put(format!("{base}/c"), "")).await.unwrap();
    assert_eq!(created.status().as_u16(), 201);
    let mut object = put(format!("{base}/c/o"), "hello");
    object
        .headers_mut()
        .insert("content-type", "text/plain".parse().unwrap());
    let stored = transport.send(object).await.unwrap();
    assert_eq!(stored.status().as_u16(), 201);
    let back = transport
        .bytes(
            http::Request::get(format!("{base}/c/o"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(&back[..], b"hello");
    let _ = std::fs::remove_dir_all(&dir);
}
