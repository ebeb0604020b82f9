//! Keystone v3 credentials against a small Keystone on 127.0.0.1 that speaks
//! the wire protocol of the recordings: 201 + X-Subject-Token, Keystone's
//! error body, and a Swift-like service that checks X-Auth-Token.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cloud_core::credentials::Credentials;
use cloud_core::{Body, Error, ErrorKind, RetryPolicy, Transport};
use cloud_identity::KeystoneClient;
use cloud_identity::credentials::{
    DomainRef, ProjectRef, TokenCredentials, UserRef, V3ApplicationCredential, V3ExistingToken,
    V3Password, V3Scope, V3Token,
};
use serde_json::json;
use support::{TestServer, empty_reply, json_reply, keystone_401, serve, v3_token_reply};

const MESSAGE: &str = "The request you have made requires authentication.";

/// What the fake Keystone knows.
struct State {
    base: String,
    /// Lifetime of the next tokens, in seconds.
    ttl: u64,
    issued: usize,
    valid: HashSet<String>,
    password: String,
    secret: String,
    /// Answer 503 to this many token requests first.
    unavailable: usize,
    /// The service refuses every token, valid or not.
    service_refuses_all: bool,
    /// Leave out the X-Subject-Token header.
    no_subject: bool,
    /// The check of X-Auth-Token passes from a cache, so a revoked token
    /// validating itself gets Keystone 30's 404 "Failed to validate token".
    auth_check_cached: bool,
}

struct Keystone {
    server: TestServer,
    state: Arc<Mutex<State>>,
}

impl Keystone {
    async fn start() -> Keystone {
        let state = Arc::new(Mutex::new(State {
            base: String::new(),
            ttl: 3600,
            issued: 0,
            valid: HashSet::new(),
            password: "demopass".into(),
            secret: "app-secret-42".into(),
            unavailable: 0,
            service_refuses_all: false,
            no_subject: false,
            auth_check_cached: false,
        }));
        let shared = state.clone();
        let server = serve(move |seen, _| {
            let state = shared.clone();
            async move { answer(&state, &seen) }
        })
        .await;
        state.lock().unwrap().base = server.url("");
        Keystone { server, state }
    }

    fn auth_url(&self) -> String {
        self.server.url("/v3")
    }

    fn swift_url(&self) -> String {
        self.server.url("/v1/AUTH_p-demo")
    }

    fn auth_requests(&self) -> Vec<support::Seen> {
        self.server.to("/v3/auth/tokens")
    }

    fn service_tokens(&self) -> Vec<String> {
        self.server
            .to("/v1/AUTH_p-demo")
            .iter()
            .map(|s| s.header("x-auth-token").unwrap_or("").to_owned())
            .collect()
    }

    fn set(&self, change: impl FnOnce(&mut State)) {
        change(&mut self.state.lock().unwrap());
    }
}

fn answer(state: &Mutex<State>, seen: &support::Seen) -> support::Reply {
    let mut state = state.lock().unwrap();
    match (seen.method.as_str(), seen.path()) {
        ("POST", "/v3/auth/tokens") => {
            if state.unavailable > 0 {
                state.unavailable -= 1;
                return empty_reply(503);
            }
            if seen.header("content-type") != Some("application/json") {
                return json_reply(
                    400,
                    &json!({"error": {"code": 400, "title": "Bad Request", "message": "not JSON"}}),
                );
            }
            let body = seen.json();
            let identity = &body["auth"]["identity"];
            let accepted = match identity["methods"][0].as_str() {
                Some("password") => {
                    identity["password"]["user"]["password"] == state.password.as_str()
                }
                Some("token") => state
                    .valid
                    .contains(identity["token"]["id"].as_str().unwrap_or("")),
                Some("application_credential") => {
                    identity["application_credential"]["secret"] == state.secret.as_str()
                }
                _ => false,
            };
            if !accepted {
                return keystone_401(MESSAGE);
            }
            state.issued += 1;
            let token = format!("tok-{}", state.issued);
            state.valid.insert(token.clone());
            let mut reply =
                v3_token_reply(&token, state.ttl, &format!("{}/v1/AUTH_p-demo", state.base));
            if state.no_subject {
                reply.headers_mut().remove("x-subject-token");
            }
            reply
        }
        ("GET", "/v3/auth/catalog") => {
            if !state
                .valid
                .contains(seen.header("x-auth-token").unwrap_or(""))
            {
                return keystone_401(MESSAGE);
            }
            json_reply(
                200,
                &json!({"catalog": [{"endpoints": [{"id": "e1", "interface": "public",
                "region_id": "RegionOne", "url": format!("{}/v1/AUTH_p-demo", state.base), "region": "RegionOne"}],
                "id": "s1", "type": "object-store", "name": "swift"}],
                "links": {"self": format!("{}/v3/auth/catalog", state.base)}}),
            )
        }
        ("GET", "/v3/auth/tokens") => {
            let Some(subject) = seen.header("x-subject-token") else {
                return json_reply(
                    400,
                    &json!({"error": {"code": 400, "message": "no subject"}}),
                );
            };
            if state.auth_check_cached && !state.valid.contains(subject) {
                return json_reply(
                    404,
                    &json!({"error": {"code": 404, "title": "Not Found",
                    "message": "Failed to validate token"}}),
                );
            }
            if !state
                .valid
                .contains(seen.header("x-auth-token").unwrap_or(""))
            {
                return keystone_401(MESSAGE);
            }
            if !state.valid.contains(subject) {
                return json_reply(
                    404,
                    &json!({"error": {"code": 404, "title": "Not Found",
                    "message": format!("Could not find token: {subject}.")}}),
                );
            }
            let mut reply = v3_token_reply(
                subject,
                state.ttl,
                &format!("{}/v1/AUTH_p-demo", state.base),
            );
            *reply.status_mut() = http::StatusCode::OK;
            reply
        }
        ("GET", "/v1/AUTH_p-demo") => {
            let token = seen.header("x-auth-token").unwrap_or("");
            if state.service_refuses_all || !state.valid.contains(token) {
                return http::Response::builder()
                    .status(401)
                    .header("content-type", "text/html; charset=UTF-8")
                    .body(http_body_util::Full::new(bytes::Bytes::from_static(
                        b"<html><h1>Unauthorized</h1><p>This server could not verify that you are authorized to access the document you requested.</p></html>",
                    )))
                    .unwrap();
            }
            json_reply(200, &json!([{"name": "c1", "count": 0, "bytes": 0}]))
        }
        _ => json_reply(
            404,
            &json!({"error": {"code": 404, "message": "no such path"}}),
        ),
    }
}

fn auth_transport() -> Transport {
    Transport::builder()
        .retry(
            RetryPolicy::default()
                .max_attempts(3)
                .backoff(Duration::from_millis(5), Duration::from_millis(10)),
        )
        .build()
        .unwrap()
}

fn password(keystone: &Keystone, password: &str) -> V3Password {
    V3Password::new(
        &keystone.auth_url(),
        UserRef::name("demo", DomainRef::name("Default")),
        password,
    )
    .scope(V3Scope::Project(ProjectRef::name(
        "demo",
        DomainRef::id("default"),
    )))
}

/// The service transport over these credentials (no retries, so counts are exact).
fn service(credentials: Arc<TokenCredentials>) -> Transport {
    Transport::builder()
        .retry(RetryPolicy::never())
        .shared_credentials(credentials)
        .build()
        .unwrap()
}

async fn list_containers(
    transport: &Transport,
    keystone: &Keystone,
) -> Result<serde_json::Value, Error> {
    let request = http::Request::get(keystone.swift_url())
        .body(Body::empty())
        .unwrap();
    transport.json(request).await
}

#[tokio::test]
async fn password_with_domains_and_project_scope_is_sent_exactly_and_the_token_reused() {
    let keystone = Keystone::start().await;
    let credentials = Arc::new(TokenCredentials::new(
        password(&keystone, "demopass"),
        auth_transport(),
    ));
    let transport = service(credentials.clone());

    for _ in 0..3 {
        let listing = list_containers(&transport, &keystone).await.unwrap();
        assert_eq!(listing[0]["name"], "c1");
    }

    let auth = keystone.auth_requests();
    assert_eq!(auth.len(), 1, "one authentication serves every request");
    assert_eq!(
        auth[0].json(),
        json!({"auth": {
            "identity": {"methods": ["password"], "password": {"user": {
                "name": "demo", "domain": {"name": "Default"}, "password": "demopass"}}},
            "scope": {"project": {"name": "demo", "domain": {"id": "default"}}}}})
    );
    assert_eq!(auth[0].header("content-type"), Some("application/json"));
    assert_eq!(
        auth[0].header("x-auth-token"),
        None,
        "the token request goes without auth"
    );
    assert_eq!(keystone.service_tokens(), ["tok-1", "tok-1", "tok-1"]);

    let token = credentials.token().await.unwrap();
    assert_eq!(token.token.expose(), "tok-1");
    assert_eq!(token.project_id(), Some("p-demo"));
    assert_eq!(
        token
            .catalog
            .select(&cloud_core::catalog::EndpointFilter::new("object-store"))
            .unwrap()
            .url,
        keystone.swift_url()
    );
}

#[tokio::test]
async fn user_and_project_by_id_send_no_domains() {
    let keystone = Keystone::start().await;
    let method = V3Password::new(&keystone.auth_url(), UserRef::id("u-demo"), "demopass")
        .scope(V3Scope::Project(ProjectRef::id("p-demo")));
    let credentials = TokenCredentials::new(method, auth_transport());
    credentials.token().await.unwrap();
    assert_eq!(
        keystone.auth_requests()[0].json(),
        json!({"auth": {
            "identity": {"methods": ["password"], "password": {"user": {"id": "u-demo", "password": "demopass"}}},
            "scope": {"project": {"id": "p-demo"}}}})
    );
}

#[tokio::test]
async fn domain_scope_and_unscoped_bodies() {
    let keystone = Keystone::start().await;
    let scoped = TokenCredentials::new(
        V3Password::new(
            &keystone.auth_url(),
            UserRef::name("demo", DomainRef::id("default")),
            "demopass",
        )
        .scope(V3Scope::Domain(DomainRef::name("Default"))),
        auth_transport(),
    );
    scoped.token().await.unwrap();
    let unscoped = TokenCredentials::new(
        V3Password::new(&keystone.auth_url(), UserRef::id("u-demo"), "demopass"),
        auth_transport(),
    );
    unscoped.token().await.unwrap();
    let auth = keystone.auth_requests();
    assert_eq!(
        auth[0].json()["auth"]["scope"],
        json!({"domain": {"name": "Default"}})
    );
    assert_eq!(
        auth[0].json()["auth"]["identity"]["password"]["user"]["domain"],
        json!({"id": "default"})
    );
    assert!(auth[1].json()["auth"].get("scope").is_none());
}

#[tokio::test]
async fn application_credentials_by_id_and_by_name() {
    let keystone = Keystone::start().await;
    let by_id = TokenCredentials::new(
        V3ApplicationCredential::with_id(&keystone.auth_url(), "ac-1", "app-secret-42"),
        auth_transport(),
    );
    assert_eq!(by_id.token().await.unwrap().token.expose(), "tok-1");
    let by_name = TokenCredentials::new(
        V3ApplicationCredential::with_name(
            &keystone.auth_url(),
            "ci",
            UserRef::name("demo", DomainRef::id("default")),
            "app-secret-42",
        ),
        auth_transport(),
    );
    assert_eq!(by_name.token().await.unwrap().token.expose(), "tok-2");

    let auth = keystone.auth_requests();
    assert_eq!(
        auth[0].json(),
        json!({"auth": {"identity": {"methods": ["application_credential"],
            "application_credential": {"id": "ac-1", "secret": "app-secret-42"}}}})
    );
    assert_eq!(
        auth[1].json(),
        json!({"auth": {"identity": {"methods": ["application_credential"],
            "application_credential": {"name": "ci", "user": {"name": "demo", "domain": {"id": "default"}},
                                       "secret": "app-secret-42"}}}})
    );

    let wrong = TokenCredentials::new(
        V3ApplicationCredential::with_id(&keystone.auth_url(), "ac-1", "not-the-secret"),
        auth_transport(),
    );
    let err = wrong.token().await.unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::Unauthorized));
    assert_eq!(err.api().unwrap().message, MESSAGE);
}

#[tokio::test]
async fn a_token_is_rescoped_with_the_token_method() {
    let keystone = Keystone::start().await;
    keystone.set(|s| {
        s.valid.insert("old-unscoped".into());
    });
    let method = V3Token::new(&keystone.auth_url(), "old-unscoped").scope(V3Scope::Project(
        ProjectRef::name("demo", DomainRef::name("Default")),
    ));
    let credentials = Arc::new(TokenCredentials::new(method, auth_transport()));
    let transport = service(credentials.clone());
    list_containers(&transport, &keystone).await.unwrap();
    assert_eq!(
        keystone.auth_requests()[0].json(),
        json!({"auth": {"identity": {"methods": ["token"], "token": {"id": "old-unscoped"}},
                        "scope": {"project": {"name": "demo", "domain": {"name": "Default"}}}}})
    );
    assert_eq!(keystone.service_tokens(), ["tok-1"]);
}

#[tokio::test]
async fn an_existing_token_is_sent_as_is_and_validated_only_for_its_catalog() {
    let keystone = Keystone::start().await;
    keystone.set(|s| {
        s.valid.insert("os-token".into());
    });
    let credentials = Arc::new(TokenCredentials::new(
        V3ExistingToken::new(&keystone.auth_url(), "os-token"),
        auth_transport(),
    ));
    let transport = service(credentials.clone());
    // The first request goes out with the token, with no authentication.
    list_containers(&transport, &keystone).await.unwrap();
    assert_eq!(keystone.service_tokens(), ["os-token"]);
    assert!(keystone.auth_requests().is_empty());

    // The catalog comes from validating it (no new token is issued).
    let token = credentials.token().await.unwrap();
    assert_eq!(token.token.expose(), "os-token");
    assert_eq!(token.user_id(), Some("u-demo"));
    let requests = keystone.auth_requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].method, http::Method::GET);
    assert_eq!(requests[0].header("x-auth-token"), Some("os-token"));
    assert_eq!(requests[0].header("x-subject-token"), Some("os-token"));
    assert_eq!(keystone.state.lock().unwrap().issued, 0);

    // Revoked: the refusal stands, with Keystone's message, once.
    keystone.set(|s| {
        s.valid.clear();
    });
    let error = list_containers(&transport, &keystone).await.unwrap_err();
    assert_eq!(error.kind(), Some(ErrorKind::Unauthorized), "{error}");
    assert_eq!(error.api().unwrap().message, MESSAGE);
    assert!(!format!("{error} {error:?} {credentials:?}").contains("os-token"));

    // The real Keystone may answer 404 instead when its check of the caller
    // passed a cache: the token is refused all the same (Unauthorized), in
    // Keystone's words.
    keystone.set(|s| s.auth_check_cached = true);
    let error = credentials.authenticate().await.unwrap_err();
    assert_eq!(error.kind(), Some(ErrorKind::Unauthorized), "{error}");
    assert_eq!(error.api().unwrap().message, "Failed to validate token");
    assert!(!format!("{error} {error:?}").contains("os-token"));
}

#[tokio::test]
async fn a_token_that_expires_mid_run_is_renewed_before_it_is_sent() {
    let keystone = Keystone::start().await;
    // Good for 61 s: inside the 60 s skew after one second.
    keystone.set(|s| s.ttl = 61);
    let credentials = Arc::new(TokenCredentials::new(
        password(&keystone, "demopass"),
        auth_transport(),
    ));
    let transport = service(credentials);

    list_containers(&transport, &keystone).await.unwrap();
    list_containers(&transport, &keystone).await.unwrap();
    assert_eq!(keystone.auth_requests().len(), 1);

    keystone.set(|s| s.ttl = 3600);
    tokio::time::sleep(Duration::from_millis(1200)).await;
    // The caller notices nothing: the request succeeds, with a new token.
    list_containers(&transport, &keystone).await.unwrap();
    list_containers(&transport, &keystone).await.unwrap();
    assert_eq!(keystone.auth_requests().len(), 2);
    assert_eq!(
        keystone.service_tokens(),
        ["tok-1", "tok-1", "tok-2", "tok-2"]
    );
    // No request was refused on the way.
    assert_eq!(keystone.server.to("/v1/AUTH_p-demo").len(), 4);
}

#[tokio::test]
async fn tokens_shorter_than_the_skew_are_not_renewed_on_every_request() {
    let keystone = Keystone::start().await;
    // Every token lives 30 s, less than the 60 s skew (or the server's clock
    // is behind ours): renewing early would bring the same again.
    keystone.set(|s| s.ttl = 30);
    let credentials = Arc::new(TokenCredentials::new(
        password(&keystone, "demopass"),
        auth_transport(),
    ));
    let transport = service(credentials);
    for _ in 0..4 {
        list_containers(&transport, &keystone).await.unwrap();
    }
    assert_eq!(keystone.auth_requests().len(), 1);
    // Once refused, it is replaced.
    keystone.set(|s| {
        s.valid.remove("tok-1");
    });
    list_containers(&transport, &keystone).await.unwrap();
    assert_eq!(keystone.auth_requests().len(), 2);
    assert_eq!(
        keystone.service_tokens(),
        ["tok-1", "tok-1", "tok-1", "tok-1", "tok-1", "tok-2"]
    );
}

#[tokio::test]
async fn a_revoked_token_is_replaced_once_and_the_request_replayed() {
    let keystone = Keystone::start().await;
    let credentials = Arc::new(TokenCredentials::new(
        password(&keystone, "demopass"),
        auth_transport(),
    ));
    let transport = service(credentials);
    list_containers(&transport, &keystone).await.unwrap();

    keystone.set(|s| {
        s.valid.remove("tok-1");
    });
    let listing = list_containers(&transport, &keystone).await.unwrap();
    assert_eq!(listing[0]["name"], "c1");
    assert_eq!(keystone.auth_requests().len(), 2);
    assert_eq!(keystone.service_tokens(), ["tok-1", "tok-1", "tok-2"]);
}

#[tokio::test]
async fn a_revoked_token_whose_refresh_is_refused_gives_keystones_message() {
    let keystone = Keystone::start().await;
    let credentials = Arc::new(TokenCredentials::new(
        password(&keystone, "demopass"),
        auth_transport(),
    ));
    let transport = service(credentials);
    list_containers(&transport, &keystone).await.unwrap();

    // The token is revoked and the password changed meanwhile.
    keystone.set(|s| {
        s.valid.clear();
        s.password = "changed".into();
    });
    let err = list_containers(&transport, &keystone).await.unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::Unauthorized), "{err}");
    let api = err.api().unwrap();
    assert_eq!(api.message, MESSAGE);
    assert!(api.url.ends_with("/v3/auth/tokens"), "{}", api.url);
    assert!(err.to_string().starts_with(MESSAGE), "{err}");
    // Exactly one refresh attempt, and the refused request was not replayed.
    assert_eq!(keystone.auth_requests().len(), 2);
    assert_eq!(keystone.server.to("/v1/AUTH_p-demo").len(), 2);
}

#[tokio::test]
async fn a_service_that_keeps_refusing_gets_one_refresh_then_its_401_stands() {
    let keystone = Keystone::start().await;
    let credentials = Arc::new(TokenCredentials::new(
        password(&keystone, "demopass"),
        auth_transport(),
    ));
    let transport = service(credentials);
    keystone.set(|s| s.service_refuses_all = true);
    let err = list_containers(&transport, &keystone).await.unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::Unauthorized));
    assert!(
        err.api().unwrap().message.contains("could not verify"),
        "{err}"
    );
    assert_eq!(
        keystone.auth_requests().len(),
        2,
        "first token, then one refresh"
    );
    assert_eq!(keystone.service_tokens(), ["tok-1", "tok-2"]);
}

#[tokio::test]
async fn a_revoked_token_of_the_token_method_cannot_be_renewed() {
    let keystone = Keystone::start().await;
    keystone.set(|s| {
        s.valid.insert("given".into());
    });
    let credentials = Arc::new(TokenCredentials::new(
        V3Token::new(&keystone.auth_url(), "given"),
        auth_transport(),
    ));
    let transport = service(credentials);
    list_containers(&transport, &keystone).await.unwrap();
    keystone.set(|s| s.valid.clear());
    let err = list_containers(&transport, &keystone).await.unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::Unauthorized));
    assert_eq!(err.api().unwrap().message, MESSAGE);
    assert_eq!(keystone.auth_requests().len(), 2);
}

#[tokio::test]
async fn a_wrong_password_is_unauthorized_with_the_servers_message_and_not_retried() {
    let keystone = Keystone::start().await;
    let credentials = Arc::new(TokenCredentials::new(
        password(&keystone, "wrong"),
        auth_transport(),
    ));
    let transport = service(credentials);
    let err = list_containers(&transport, &keystone).await.unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::Unauthorized));
    assert_eq!(err.api().unwrap().message, MESSAGE);
    assert_eq!(err.api().unwrap().method, http::Method::POST);
    assert!(!err.to_string().contains("wrong"), "{err}");
    assert_eq!(keystone.auth_requests().len(), 1);
    assert!(
        keystone.server.to("/v1/AUTH_p-demo").is_empty(),
        "nothing is sent without a token"
    );
}

#[tokio::test]
async fn the_token_request_is_retried_after_a_503() {
    let keystone = Keystone::start().await;
    keystone.set(|s| s.unavailable = 2);
    let credentials = TokenCredentials::new(password(&keystone, "demopass"), auth_transport());
    assert_eq!(credentials.token().await.unwrap().token.expose(), "tok-1");
    assert_eq!(keystone.auth_requests().len(), 3);
}

#[tokio::test]
async fn concurrent_first_requests_share_one_authentication() {
    let keystone = Keystone::start().await;
    let credentials = Arc::new(TokenCredentials::new(
        password(&keystone, "demopass"),
        auth_transport(),
    ));
    let transport = service(credentials);
    let calls = (0..8).map(|_| list_containers(&transport, &keystone));
    for result in futures_util::future::join_all(calls).await {
        result.unwrap();
    }
    assert_eq!(keystone.auth_requests().len(), 1);
    assert!(keystone.service_tokens().iter().all(|t| t == "tok-1"));
}

#[tokio::test]
async fn an_answer_without_x_subject_token_is_a_clear_decode_error() {
    let keystone = Keystone::start().await;
    keystone.set(|s| s.no_subject = true);
    let credentials = TokenCredentials::new(password(&keystone, "demopass"), auth_transport());
    let err = credentials.token().await.unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err}");
    assert!(err.to_string().contains("X-Subject-Token"), "{err}");
}

#[tokio::test]
async fn refresh_renews_and_reports_it() {
    let keystone = Keystone::start().await;
    let credentials = TokenCredentials::new(password(&keystone, "demopass"), auth_transport());
    credentials.token().await.unwrap();
    assert_eq!(
        credentials.refresh().await.unwrap(),
        cloud_core::credentials::Refresh::Renewed
    );
    assert_eq!(credentials.cached().await.unwrap().token.expose(), "tok-2");
}

#[tokio::test]
async fn keystone_client_catalog_and_token_info() {
    let keystone = Keystone::start().await;
    let credentials = Arc::new(TokenCredentials::new(
        password(&keystone, "demopass"),
        auth_transport(),
    ));
    let client = KeystoneClient::from_credentials(
        credentials,
        Transport::builder().retry(RetryPolicy::never()),
    )
    .unwrap();
    assert_eq!(client.auth_url(), keystone.auth_url());
    assert_eq!(
        client.get_endpoint_url("object-store").await.unwrap(),
        keystone.swift_url()
    );
    assert_eq!(client.user_info().await.unwrap().id, "u-demo");

    let catalog = client.get_catalog().await.unwrap();
    assert_eq!(catalog.service_types(), ["object-store"]);
    assert_eq!(
        keystone.server.to("/v3/auth/catalog")[0].header("x-auth-token"),
        Some("tok-1")
    );

    let own = client.token().await.unwrap().token.clone();
    let info = client.get_token_info(&own).await.unwrap();
    assert_eq!(info.user_name(), Some("demo"));
    assert_eq!(info.token.expose(), "tok-1");
    let info_request = keystone
        .auth_requests()
        .into_iter()
        .find(|s| s.method == http::Method::GET)
        .unwrap();
    assert_eq!(info_request.header("x-subject-token"), Some("tok-1"));
    assert_eq!(info_request.header("x-auth-token"), Some("tok-1"));

    let err = client.get_token_info(&"tok-404".into()).await.unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::NotFound));
    assert_eq!(err.api().unwrap().message, "Could not find token: tok-404.");
    assert!(!err.to_string().contains("tok-1"));
}
