//! Injected faults, as a client on the wire sees them.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::time::{Duration, Instant};

use bytes::Bytes;
use cloud_emulator::fault_injection::FaultSpec;
use support::Cloud;

/// Any URL: the fallback answers 400 `API endpoint not found` when no fault hits.
fn probe_url(cloud: &Cloud) -> String {
    format!("{}/nowhere", cloud.base)
}

#[tokio::test]
async fn an_injected_503_carries_retry_after_and_a_fault_body() {
    let cloud = Cloud::start_with(Some("seed=3,503=1,retry_after=7".parse().unwrap())).await;
    let reply = cloud.get(&probe_url(&cloud)).await;
    assert_eq!(reply.status.as_u16(), 503);
    assert_eq!(reply.header("retry-after"), Some("7"));
    assert_eq!(reply.json()["serviceUnavailable"]["code"], 503);
}

#[tokio::test]
async fn an_injected_drop_closes_the_connection_without_an_answer() {
    let cloud = Cloud::start_with(Some("seed=3,drop=1".parse().unwrap())).await;
    let client = support::client();
    let request = http::Request::get(probe_url(&cloud))
        .body(http_body_util::Full::new(Bytes::new()))
        .unwrap();
    let err = client.request(request).await.unwrap_err();
    // hyper's word for a connection that closed before any answer came.
    assert!(format!("{err:?}").contains("IncompleteMessage"), "{err:?}");
}

#[tokio::test]
async fn an_injected_truncation_cuts_the_body_short() {
    let cloud = Cloud::start_with(Some("seed=3,truncate=1".parse().unwrap())).await;
    let client = support::client();
    let request = http::Request::get(probe_url(&cloud))
        .body(http_body_util::Full::new(Bytes::new()))
        .unwrap();
    let response = client.request(request).await.unwrap();
    let declared: usize = response.headers()["content-length"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(declared > 10);
    let body = http_body_util::BodyExt::collect(response.into_body()).await;
    assert!(
        body.is_err(),
        "a truncated body must fail to read, not look complete"
    );
}

#[tokio::test]
async fn an_injected_stall_delays_the_answer() {
    let cloud = Cloud::start_with(Some("seed=3,stall=1,stall_for=0.5".parse().unwrap())).await;
    let started = Instant::now();
    let reply = cloud.get(&probe_url(&cloud)).await;
    assert!(started.elapsed() >= Duration::from_millis(500));
    assert_eq!(reply.status.as_u16(), 400);
    assert_eq!(
        reply.json()["badRequest"]["message"],
        "API endpoint not found"
    );
}

#[tokio::test]
async fn a_fraction_of_faults_with_a_seed_repeats_exactly() {
    async fn statuses(spec: &str) -> Vec<u16> {
        let cloud = Cloud::start_with(Some(spec.parse::<FaultSpec>().unwrap())).await;
        let mut seen = Vec::new();
        for _ in 0..60 {
            seen.push(cloud.get(&probe_url(&cloud)).await.status.as_u16());
        }
        seen
    }
    let first = statuses("seed=11,503=0.3").await;
    let second = statuses("seed=11,503=0.3").await;
    assert_eq!(
        first, second,
        "the same seed and requests give the same faults"
    );
    let unavailable = first.iter().filter(|s| **s == 503).count();
    assert!(
        (8..=30).contains(&unavailable),
        "about 30% of 60, got {unavailable}"
    );
    assert!(first.iter().all(|s| *s == 503 || *s == 400));
    let other_seed = statuses("seed=12,503=0.3").await;
    assert_ne!(first, other_seed);
}
