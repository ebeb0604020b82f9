//! Keystone v2.0 credentials (password with a tenant, token re-scoping)
//! against a small Keystone v2.0 on 127.0.0.1 answering as Pike does.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use cloud_core::{Body, ErrorKind, RetryPolicy, Transport};
use cloud_identity::credentials::{TokenCredentials, V2Password, V2Token};
use serde_json::json;
use support::{TestServer, json_reply, keystone_401, serve, v2_access_reply};

const MESSAGE: &str = "The request you have made requires authentication.";

struct Keystone {
    server: TestServer,
    /// (ttl of the next tokens, tokens issued, valid tokens)
    state: Arc<Mutex<(u64, usize, Vec<String>)>>,
}

impl Keystone {
    async fn start() -> Keystone {
        let state: Arc<Mutex<(u64, usize, Vec<String>)>> =
            Arc::new(Mutex::new((3600, 0, vec!["unscoped".into()])));
        let base: Arc<Mutex<String>> = Arc::default();
        let (shared, shared_base) = (state.clone(), base.clone());
        let server = serve(move |seen, _| {
            let state = shared.clone();
            let base = shared_base.lock().unwrap().clone();
            async move {
                let mut state = state.lock().unwrap();
                match (seen.method.as_str(), seen.path()) {
                    ("POST", "/v2.0/tokens") => {
                        let auth = &seen.json()["auth"];
                        let ok = if auth.get("passwordCredentials").is_some() {
                            auth["passwordCredentials"]["password"] == "demopass"
                        } else {
                            state.2.iter().any(|t| auth["token"]["id"] == t.as_str())
                        };
                        if !ok {
                            return keystone_401(MESSAGE);
                        }
                        state.1 += 1;
                        let token = format!("v2-tok-{}", state.1);
                        state.2.push(token.clone());
                        v2_access_reply(&token, state.0, &format!("{base}/v1/AUTH_t-demo"))
                    }
                    ("GET", "/v1/AUTH_t-demo") => {
                        let token = seen.header("x-auth-token").unwrap_or("");
                        if state.2.iter().any(|t| t == token) {
                            json_reply(200, &json!([]))
                        } else {
                            keystone_401("Authentication required")
                        }
                    }
                    _ => json_reply(404, &json!({"error": {"code": 404, "message": "nope"}})),
                }
            }
        })
        .await;
        *base.lock().unwrap() = server.url("");
        Keystone { server, state }
    }
}

fn auth_transport() -> Transport {
    Transport::builder()
        .retry(RetryPolicy::default().backoff(Duration::from_millis(5), Duration::from_millis(10)))
        .build()
        .unwrap()
}

async fn get_account(
    transport: &Transport,
    keystone: &Keystone,
) -> Result<serde_json::Value, cloud_core::Error> {
    transport
        .json(
            http::Request::get(keystone.server.url("/v1/AUTH_t-demo"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
}

#[tokio::test]
async fn password_with_a_tenant_name_or_id() {
    let keystone = Keystone::start().await;
    // The URL without a version gets /v2.0.
    let by_name = TokenCredentials::new(
        V2Password::new(&keystone.server.url(""), "demo", "demopass").tenant_name("demo"),
        auth_transport(),
    );
    let token = by_name.token().await.unwrap();
    assert_eq!(token.token.expose(), "v2-tok-1");
    assert_eq!(token.project_id(), Some("t-demo"));
    assert_eq!(token.user_id(), Some("u-demo"));
    let by_id = TokenCredentials::new(
        V2Password::new(&keystone.server.url("/v2.0"), "demo", "demopass").tenant_id("t-demo"),
        auth_transport(),
    );
    by_id.token().await.unwrap();

    let auth = keystone.server.to("/v2.0/tokens");
    assert_eq!(
        auth[0].json(),
        json!({"auth": {"passwordCredentials": {"username": "demo", "password": "demopass"}, "tenantName": "demo"}})
    );
    assert_eq!(
        auth[1].json(),
        json!({"auth": {"passwordCredentials": {"username": "demo", "password": "demopass"}, "tenantId": "t-demo"}})
    );
    assert_eq!(auth[0].header("content-type"), Some("application/json"));
}

#[tokio::test]
async fn token_rescoping_sends_the_token_and_the_tenant() {
    let keystone = Keystone::start().await;
    let credentials = Arc::new(TokenCredentials::new(
        V2Token::new(&keystone.server.url("/v2.0"), "unscoped").tenant_name("demo"),
        auth_transport(),
    ));
    let transport = Transport::builder()
        .shared_credentials(credentials.clone())
        .build()
        .unwrap();
    get_account(&transport, &keystone).await.unwrap();
    get_account(&transport, &keystone).await.unwrap();
    let auth = keystone.server.to("/v2.0/tokens");
    assert_eq!(auth.len(), 1);
    assert_eq!(
        auth[0].json(),
        json!({"auth": {"token": {"id": "unscoped"}, "tenantName": "demo"}})
    );
    let used: Vec<_> = keystone
        .server
        .to("/v1/AUTH_t-demo")
        .iter()
        .map(|s| s.header("x-auth-token").unwrap().to_owned())
        .collect();
    assert_eq!(used, ["v2-tok-1", "v2-tok-1"]);
}

#[tokio::test]
async fn a_v2_token_that_expires_mid_run_is_renewed() {
    let keystone = Keystone::start().await;
    keystone.state.lock().unwrap().0 = 61;
    let credentials = Arc::new(TokenCredentials::new(
        V2Password::new(&keystone.server.url("/v2.0"), "demo", "demopass").tenant_name("demo"),
        auth_transport(),
    ));
    let transport = Transport::builder()
        .shared_credentials(credentials)
        .build()
        .unwrap();
    get_account(&transport, &keystone).await.unwrap();
    keystone.state.lock().unwrap().0 = 3600;
    tokio::time::sleep(Duration::from_millis(1200)).await;
    get_account(&transport, &keystone).await.unwrap();
    assert_eq!(keystone.server.to("/v2.0/tokens").len(), 2);
    assert_eq!(
        keystone.server.to("/v1/AUTH_t-demo").len(),
        2,
        "no request was refused"
    );
}

#[tokio::test]
async fn a_wrong_v2_password_is_unauthorized_with_keystones_message() {
    let keystone = Keystone::start().await;
    let credentials = TokenCredentials::new(
        V2Password::new(&keystone.server.url("/v2.0"), "demo", "nope").tenant_name("demo"),
        auth_transport(),
    );
    let err = credentials.token().await.unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::Unauthorized));
    assert_eq!(err.api().unwrap().message, MESSAGE);
    assert_eq!(
        keystone.server.to("/v2.0/tokens").len(),
        1,
        "a 401 is not retried"
    );
}
