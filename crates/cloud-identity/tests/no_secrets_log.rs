//! Nothing secret reaches a log: a TRACE log of whole authentications
//! (bodies included) is searched for the passwords, secrets and tokens.
//!
//! This file holds one test only: `tracing` caches per call site whether
//! anyone listens, and a test running beside this one on another thread
//! (with no subscriber) can make the capture miss events.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::sync::Arc;

use cloud_core::{Body, RetryPolicy, Transport};
use cloud_identity::credentials::{
    AstakosToken, DomainRef, ProjectRef, TokenCredentials, UserRef, V2Password, V2Token,
    V3ApplicationCredential, V3Password, V3Scope, V3Token,
};
use serde_json::json;
use support::{LogCapture, json_reply, keystone_401, serve, v2_access_reply, v3_token_reply};

/// Every secret of these tests contains this marker.
const MARK: &str = "S3CRET";

async fn keystone() -> support::TestServer {
    serve(|seen, _| async move {
        match (seen.method.as_str(), seen.path()) {
            ("POST", "/v3/auth/tokens") => {
                let identity = seen.json()["auth"]["identity"].clone();
                if identity.to_string().contains("wrong") {
                    keystone_401("The request you have made requires authentication.")
                } else {
                    v3_token_reply("tok-v3-S3CRET", 3600, "http://127.0.0.1:1/v1/AUTH_p")
                }
            }
            ("POST", "/v2.0/tokens") | ("POST", "/identity/v2.0/tokens") => {
                v2_access_reply("tok-v2-S3CRET", 3600, "http://127.0.0.1:1/v1/AUTH_t")
            }
            ("GET", "/service") => json_reply(200, &json!({"ok": true})),
            _ => json_reply(404, &json!({"error": {"code": 404, "message": "no"}})),
        }
    })
    .await
}

fn auth() -> Transport {
    Transport::builder()
        .retry(RetryPolicy::never())
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_trace_log_of_every_authentication_shows_no_secret() {
    let server = keystone().await;
    let capture = LogCapture::default();
    let _guard = capture.install();

    let v3 = server.url("/v3");
    let methods: Vec<TokenCredentials> = vec![
        TokenCredentials::new(
            V3Password::new(
                &v3,
                UserRef::name("demo", DomainRef::name("Default")),
                "pw-S3CRET",
            )
            .scope(V3Scope::Project(ProjectRef::name(
                "demo",
                DomainRef::id("default"),
            ))),
            auth(),
        ),
        TokenCredentials::new(
            V3ApplicationCredential::with_id(&v3, "ac-1", "app-S3CRET"),
            auth(),
        ),
        TokenCredentials::new(V3Token::new(&v3, "given-S3CRET"), auth()),
        TokenCredentials::new(
            V2Password::new(&server.url("/v2.0"), "demo", "pw2-S3CRET").tenant_name("demo"),
            auth(),
        ),
        TokenCredentials::new(
            V2Token::new(&server.url("/v2.0"), "given2-S3CRET").tenant_id("t"),
            auth(),
        ),
        TokenCredentials::new(
            AstakosToken::new(&server.url("/identity"), "astakos-S3CRET"),
            auth(),
        ),
    ];
    for credentials in methods {
        let credentials = Arc::new(credentials);
        let token = credentials.authenticate().await.unwrap();
        assert!(token.token.expose().contains(MARK));
        // A service request through the auth layer, with the token in its header.
        let transport = Transport::builder()
            .shared_credentials(credentials.clone())
            .build()
            .unwrap();
        transport
            .bytes(
                http::Request::get(server.url("/service"))
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
    }
    // A refused password too: the error path logs as well.
    let refused = TokenCredentials::new(
        V3Password::new(&v3, UserRef::id("u"), "wrong-S3CRET"),
        auth(),
    );
    let err = refused.token().await.unwrap_err();
    assert!(!err.to_string().contains(MARK), "{err}");

    let log = capture.text();
    // The capture did see the traffic, bodies included...
    assert!(log.contains("auth/tokens"), "{log}");
    assert!(log.contains("request body"), "{log}");
    assert!(log.contains("passwordCredentials"), "{log}");
    assert!(log.contains("application_credential"), "{log}");
    assert!(log.contains("x-subject-token: ***"), "{log}");
    assert!(log.contains("x-auth-token: ***"), "{log}");
    assert!(log.contains("authenticated"), "{log}");
    if std::env::var_os("SHOW_LOG").is_some() {
        eprintln!("{log}");
    }
    // ...and no secret.
    assert!(!log.contains(MARK), "a secret leaked into the log:\n{log}");
}
