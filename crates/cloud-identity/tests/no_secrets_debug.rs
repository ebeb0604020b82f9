//! Nothing secret in `Debug`: every type that holds a secret is printed and
//! searched for the passwords, secrets and tokens. (The log test is in
//! `no_secrets_log.rs`.)

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::sync::Arc;

use cloud_core::{RetryPolicy, Transport};
use cloud_identity::credentials::{
    AstakosToken, TokenCredentials, UserRef, V2Password, V2Token, V3ApplicationCredential,
    V3Password, V3Token,
};
use cloud_identity::{AstakosClient, CachedAstakosClient, KeystoneClient};
use serde_json::json;
use support::{json_reply, keystone_401, serve, v2_access_reply, v3_token_reply};

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
async fn debug_output_never_shows_a_secret() {
    let server = keystone().await;
    let v3 = server.url("/v3");
    let credentials = Arc::new(TokenCredentials::new(
        V3Password::new(&v3, UserRef::id("u"), "pw-S3CRET"),
        auth(),
    ));
    let token = credentials.token().await.unwrap();
    let keystone_client =
        KeystoneClient::from_credentials(credentials.clone(), Transport::builder()).unwrap();

    let astakos_credentials = Arc::new(TokenCredentials::new(
        AstakosToken::new(&server.url("/identity"), "astakos-S3CRET"),
        auth(),
    ));
    let astakos_answer = astakos_credentials.token().await.unwrap();
    let astakos =
        AstakosClient::from_credentials(astakos_credentials.clone(), Transport::builder()).unwrap();
    let cached = CachedAstakosClient::with_transports(
        &server.url("/identity"),
        "astakos-S3CRET",
        auth(),
        |c| AstakosClient::from_credentials(c, Transport::builder()),
    );
    cached.user_info(None).await.unwrap();

    let shown = [
        format!("{credentials:?}"),
        format!("{token:?}"),
        format!("{:?}", token.details),
        format!("{keystone_client:?}"),
        format!("{astakos_credentials:?}"),
        format!("{astakos_answer:?}"),
        format!("{astakos:?}"),
        format!("{cached:?}"),
        format!(
            "{:?}",
            V3ApplicationCredential::with_name(&v3, "ci", UserRef::id("u"), "app-S3CRET")
        ),
        format!("{:?}", V3Token::new(&v3, "given-S3CRET")),
        format!("{:?}", V2Password::new(&v3, "demo", "pw2-S3CRET")),
        format!("{:?}", V2Token::new(&v3, "given2-S3CRET")),
    ];
    for text in shown {
        assert!(!text.contains(MARK), "a secret in Debug: {text}");
    }
    // The principal (the disk cache key) is free of secrets too.
    assert!(!astakos_credentials.principal().contains(MARK));
    assert!(
        !TokenCredentials::new(V3Token::new(&v3, "given-S3CRET"), auth())
            .principal()
            .contains(MARK)
    );
}
