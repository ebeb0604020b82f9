//! The error-body parser never fails, whatever it is fed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use cloud_core::error_body::parse_error_body;
use cloud_core::{ApiError, ErrorKind};
use http::{HeaderMap, Method, StatusCode};

/// Bodies of every shape in the specs, used as seeds for mutation.
const SEEDS: &[&str] = &[
    r#"{"itemNotFound": {"code": 404, "message": "Object does not exist", "details": ""}}"#,
    r#"{"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}}"#,
    r#"{"NeutronError": {"type": "NetworkNotFound", "message": "Network x could not be found.", "detail": ""}}"#,
    r#"{"listzonesresponse": {"uuidList": [], "errorcode": 431, "errortext": "missing pagesize"}}"#,
    r#"{"overLimit": {"message": "Resource Limit Exceeded", "code": 413, "data": {"limit": 1}}}"#,
    "<html><h1>Not Found</h1><p>The resource could not be found.</p></html>",
    "<html><head><title>502 Bad Gateway</title></head><body></body></html>",
    "Quota error: 10 bytes over",
    "",
];

const CONTENT_TYPES: &[Option<&str>] = &[
    None,
    Some("application/json"),
    Some("text/html; charset=UTF-8"),
    Some("text/plain"),
    Some("application/octet-stream"),
];

fn random_body(rng: &mut fastrand::Rng) -> Vec<u8> {
    match rng.u8(0..4) {
        // Pure noise of random length.
        0 => (0..rng.usize(0..512)).map(|_| rng.u8(..)).collect(),
        // A seed, cut at a random point.
        1 => {
            let seed = SEEDS[rng.usize(..SEEDS.len())].as_bytes();
            seed[..rng.usize(0..=seed.len())].to_vec()
        }
        // A seed with random bytes flipped.
        2 => {
            let mut body = SEEDS[rng.usize(..SEEDS.len())].as_bytes().to_vec();
            for _ in 0..rng.usize(1..8) {
                if !body.is_empty() {
                    let at = rng.usize(..body.len());
                    body[at] = rng.u8(..);
                }
            }
            body
        }
        // Structural extremes: deep nesting, unbalanced tags, huge strings.
        _ => {
            let depth = rng.usize(1..400);
            match rng.u8(0..3) {
                0 => {
                    format!("{}{}", "[".repeat(depth), "]".repeat(rng.usize(0..depth))).into_bytes()
                }
                1 => format!("{}x", "<h1>".repeat(depth)).into_bytes(),
                _ => {
                    format!(r#"{{"e": {{"message": "{}"}}}}"#, "é".repeat(depth * 10)).into_bytes()
                }
            }
        }
    }
}

#[test]
fn ten_thousand_random_bodies_never_panic_and_always_give_a_message() {
    let mut rng = fastrand::Rng::with_seed(0x6b61_6d61_6b69);
    let uri: http::Uri = "https://h.example.org/v1/x".parse().unwrap();
    for case in 0..10_000 {
        let body = random_body(&mut rng);
        let status = StatusCode::from_u16(rng.u16(400..600)).unwrap();
        let content_type = CONTENT_TYPES[rng.usize(..CONTENT_TYPES.len())];
        let parsed = parse_error_body(status, content_type, &body);
        assert!(
            !parsed.message.is_empty(),
            "case {case}: empty message for {body:?}"
        );
        assert!(
            parsed.message.chars().count() <= 501,
            "case {case}: message not clipped"
        );

        let mut headers = HeaderMap::new();
        if let Some(ct) = content_type {
            headers.insert("content-type", ct.parse().unwrap());
        }
        let err = ApiError::from_parts(status, &headers, &body, &Method::GET, &uri);
        assert_eq!(err.kind, ErrorKind::from_status(status), "case {case}");
        assert!(!err.to_string().is_empty());
    }
}

#[test]
fn the_kind_comes_from_the_status_not_the_fault_name() {
    // A relayed Astakos error says `fault`, a misnamed one says `itemNotFound`: the status decides.
    let body = br#"{"itemNotFound": {"code": 404, "message": "odd"}}"#;
    let err = ApiError::from_parts(
        StatusCode::CONFLICT,
        &HeaderMap::new(),
        body,
        &Method::DELETE,
        &"https://h.example.org/c".parse().unwrap(),
    );
    assert_eq!(err.kind, ErrorKind::Conflict);
    assert_eq!(err.message, "odd");
}
