//! End to end: OpenStack clouds that log in with a Keystone v3 password or
//! application credential (`OS_*` variables, clouds.yaml + secure.yaml),
//! against a Keystone stub written here whose catalog sends `object-store`
//! to the emulator.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use bytes::Bytes;
use common::{Cloud, Home, write};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};

const PASSWORD: &str = "pw-Zq81-never-shown";
const APP_SECRET: &str = "ac-secret-Kx72-never-shown";

/// A Keystone v3 stub: `POST /v3/auth/tokens` with exactly one of the
/// expected bodies gets the emulator user's token; anything else a 401.
struct Keystone {
    /// `http://127.0.0.1:PORT/v3`.
    url: String,
    /// How many `POST /v3/auth/tokens` it answered.
    posts: Arc<AtomicUsize>,
    /// How many `GET /v3/auth/tokens` (validations) it answered.
    gets: Arc<AtomicUsize>,
    _runtime: tokio::runtime::Runtime,
}

/// The token document; the public RegionOne object-store endpoint is `storage`.
fn token_body(cloud: &Cloud, storage: &str) -> Value {
    json!({"token": {
        "methods": ["password"],
        "user": {"domain": {"id": "default", "name": "Default"}, "id": cloud.uuid, "name": "demo"},
        "audit_ids": ["a1"],
        "expires_at": "2099-01-01T00:00:00.000000Z",
        "issued_at": "2026-01-01T00:00:00.000000Z",
        "project": {"domain": {"id": "default", "name": "Default"}, "id": "p1", "name": "demo"},
        "is_domain": false,
        "roles": [{"id": "r1", "name": "member"}],
        "catalog": [{
            "endpoints": [
                // Only the public RegionOne endpoint leads anywhere.
                {"id": "e0", "interface": "public", "region_id": "RegionTwo", "region": "RegionTwo",
                 "url": "http://127.0.0.1:9/object-store/v1"},
                {"id": "e2", "interface": "internal", "region_id": "RegionOne", "region": "RegionOne",
                 "url": "http://127.0.0.1:9/object-store/v1"},
                {"id": "e1", "interface": "public", "region_id": "RegionOne", "region": "RegionOne",
                 "url": storage},
            ],
            "id": "s1", "type": "object-store", "name": "swift"
        }]
    }})
}

async fn answer(
    request: Request<Incoming>,
    expected: Arc<Vec<Value>>,
    posts: Arc<AtomicUsize>,
    gets: Arc<AtomicUsize>,
    token: Arc<(String, Value)>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let reply = |status: u16, body: &Value| {
        let mut r = Response::new(Full::new(Bytes::from(body.to_string())));
        *r.status_mut() = hyper::StatusCode::from_u16(status).unwrap();
        r.headers_mut()
            .insert("content-type", "application/json".parse().unwrap());
        r
    };
    if request.method() == hyper::Method::GET && request.uri().path() == "/v3/auth/tokens" {
        // Validation of a token by its owner (an OS_TOKEN used as it is).
        gets.fetch_add(1, Ordering::SeqCst);
        let header = |name: &str| {
            request
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let (auth, subject) = (header("x-auth-token"), header("x-subject-token"));
        if auth.as_deref() != Some(token.0.as_str()) || subject != auth {
            return Ok(reply(
                401,
                &json!({"error": {"code": 401, "message": "The request you have made requires authentication.", "title": "Unauthorized"}}),
            ));
        }
        return Ok(reply(200, &token.1));
    }
    if request.method() != hyper::Method::POST || request.uri().path() != "/v3/auth/tokens" {
        return Ok(reply(
            404,
            &json!({"error": {"code": 404, "message": "Not Found", "title": "Not Found"}}),
        ));
    }
    posts.fetch_add(1, Ordering::SeqCst);
    let bytes = request.into_body().collect().await.unwrap().to_bytes();
    let body: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    if !expected.contains(&body) {
        return Ok(reply(
            401,
            &json!({"error": {"code": 401, "message": "The request you have made requires authentication.", "title": "Unauthorized"}}),
        ));
    }
    let mut r = reply(201, &token.1);
    r.headers_mut()
        .insert("x-subject-token", token.0.parse().unwrap());
    Ok(r)
}

impl Keystone {
    fn start(cloud: &Cloud, expected: Vec<Value>) -> Keystone {
        Keystone::start_with(cloud, expected, &format!("{}/object-store/v1", cloud.base))
    }

    /// A Keystone whose catalog gives `storage` as the object store.
    fn start_with(cloud: &Cloud, expected: Vec<Value>, storage: &str) -> Keystone {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let url = format!("http://{}/v3", listener.local_addr().unwrap());
        let posts = Arc::new(AtomicUsize::new(0));
        let expected = Arc::new(expected);
        let token = Arc::new((cloud.token.clone(), token_body(cloud, storage)));
        let gets = Arc::new(AtomicUsize::new(0));
        let (counter, validations) = (posts.clone(), gets.clone());
        runtime.spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let (expected, counter, validations, token) = (
                    expected.clone(),
                    counter.clone(),
                    validations.clone(),
                    token.clone(),
                );
                tokio::spawn(async move {
                    let service = service_fn(move |r| {
                        answer(
                            r,
                            expected.clone(),
                            counter.clone(),
                            validations.clone(),
                            token.clone(),
                        )
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        Keystone {
            url,
            posts,
            gets,
            _runtime: runtime,
        }
    }

    fn posts(&self) -> usize {
        self.posts.load(Ordering::SeqCst)
    }

    fn gets(&self) -> usize {
        self.gets.load(Ordering::SeqCst)
    }
}

fn password_body() -> Value {
    json!({"auth": {
        "identity": {"methods": ["password"], "password": {"user": {
            "name": "demo", "domain": {"name": "Default"}, "password": PASSWORD}}},
        "scope": {"project": {"name": "demo", "domain": {"name": "Default"}}}
    }})
}

fn app_credential_body() -> Value {
    json!({"auth": {"identity": {
        "methods": ["application_credential"],
        "application_credential": {"id": "ac-1", "secret": APP_SECRET}
    }}})
}

fn os_env(keystone: &Keystone, password: &str) -> Vec<(String, String)> {
    [
        ("OS_AUTH_URL", keystone.url.as_str()),
        ("OS_USERNAME", "demo"),
        ("OS_PASSWORD", password),
        ("OS_PROJECT_NAME", "demo"),
        ("OS_USER_DOMAIN_NAME", "Default"),
        ("OS_PROJECT_DOMAIN_NAME", "Default"),
        ("OS_REGION_NAME", "RegionOne"),
        ("OS_INTERFACE", "public"),
        ("OS_IDENTITY_API_VERSION", "3"),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect()
}

/// A container in the emulator user's account, for the listings to show.
fn make_container(cloud: &Cloud) {
    let path = format!("/object-store/v1/{}/login-box", cloud.uuid);
    let raw = cloud.raw("PUT", &path, Some(&cloud.token));
    assert!(raw.status == 201 || raw.status == 202, "{raw:?}");
}

fn run_with(home: &Home, args: &[&str], env: &[(String, String)]) -> common::Run {
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    home.run_env(args, &env)
}

#[test]
fn os_password_lists_containers_and_reuses_the_token() {
    let cloud = Cloud::start();
    let keystone = Keystone::start(&cloud, vec![password_body()]);
    make_container(&cloud);
    let home = Home::new();
    let env = os_env(&keystone, PASSWORD);
    let out = run_with(&home, &["container", "list"], &env).ok();
    assert!(out.contains("login-box"), "{out}");
    assert_eq!(keystone.posts(), 1);
    // The second run takes the token from the disk cache.
    run_with(&home, &["container", "list"], &env).ok();
    assert_eq!(keystone.posts(), 1);
    // Nothing prints the password, even at -vv (from a fresh cache too).
    let fresh = Home::new();
    let run = run_with(&fresh, &["-vv", "container", "list"], &env);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(keystone.posts(), 2);
    assert!(
        !run.stdout.contains(PASSWORD) && !run.stderr.contains(PASSWORD),
        "{run:#?}"
    );
}

#[test]
fn os_wrong_password_is_keystones_refusal() {
    let cloud = Cloud::start();
    let keystone = Keystone::start(&cloud, vec![password_body()]);
    let home = Home::new();
    let run = run_with(
        &home,
        &["container", "list"],
        &os_env(&keystone, "wrong-pw-9"),
    )
    .fails(1);
    assert!(
        run.stderr
            .contains("The request you have made requires authentication"),
        "{run:#?}"
    );
    assert!(run.stderr.contains("password"), "{run:#?}");
    assert!(
        !run.stderr.contains("config set cloud.envvars.token"),
        "{run:#?}"
    );
    assert!(!run.stderr.contains("wrong-pw-9"), "{run:#?}");
}

#[test]
fn clouds_yaml_application_credential_lists_containers() {
    let cloud = Cloud::start();
    let keystone = Keystone::start(&cloud, vec![app_credential_body()]);
    make_container(&cloud);
    let home = Home::new();
    let dir = home.path.join("xdg-config").join("openstack");
    std::fs::create_dir_all(&dir).unwrap();
    write(
        &dir.join("clouds.yaml"),
        &format!(
            "clouds:\n  lab:\n    auth_type: v3applicationcredential\n    auth:\n      auth_url: {}\n      application_credential_id: ac-1\n    region_name: RegionOne\n    interface: public\n    identity_api_version: 3\n",
            keystone.url
        ),
    );
    write(
        &dir.join("secure.yaml"),
        &format!("clouds:\n  lab:\n    auth:\n      application_credential_secret: {APP_SECRET}\n"),
    );
    let out = home.run(&["container", "list"]).ok();
    assert!(out.contains("login-box"), "{out}");
    assert_eq!(keystone.posts(), 1);
    home.run(&["container", "list"]).ok();
    assert_eq!(keystone.posts(), 1);
    let listed = home.run(&["config", "list"]);
    assert!(!listed.stdout.contains(APP_SECRET) && !listed.stderr.contains(APP_SECRET));
}

#[test]
fn clouds_yaml_password_without_username_is_a_configuration_error() {
    let cloud = Cloud::start();
    let keystone = Keystone::start(&cloud, vec![password_body()]);
    let home = Home::new();
    let dir = home.path.join("xdg-config").join("openstack");
    std::fs::create_dir_all(&dir).unwrap();
    write(
        &dir.join("clouds.yaml"),
        &format!(
            "clouds:\n  lab:\n    auth:\n      auth_url: {}\n      project_name: demo\n",
            keystone.url
        ),
    );
    write(
        &dir.join("secure.yaml"),
        &format!("clouds:\n  lab:\n    auth:\n      password: {PASSWORD}\n"),
    );
    let run = home.run(&["container", "list"]).fails(4);
    assert!(run.stderr.contains("auth.username"), "{run:#?}");
    assert!(!run.stderr.contains(PASSWORD), "{run:#?}");
    assert_eq!(keystone.posts(), 0);
}

#[test]
fn os_token_on_keystone_v3_is_used_as_it_is() {
    let cloud = Cloud::start();
    let keystone = Keystone::start(&cloud, vec![]);
    make_container(&cloud);
    let home = Home::new();
    let env: Vec<(String, String)> = [
        ("OS_AUTH_URL", keystone.url.as_str()),
        ("OS_TOKEN", cloud.token.as_str()),
        ("OS_REGION_NAME", "RegionOne"),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    let out = run_with(&home, &["container", "list"], &env).ok();
    assert!(out.contains("login-box"), "{out}");
    // Validated once for its catalog (GET), never exchanged (POST).
    assert_eq!((keystone.posts(), keystone.gets()), (0, 1));
    run_with(&home, &["container", "list"], &env).ok();
    assert_eq!(
        (keystone.posts(), keystone.gets()),
        (0, 1),
        "the cached catalog"
    );

    // A token Keystone does not know: its refusal, the token never shown.
    let fresh = Home::new();
    let mut bad = env.clone();
    bad[1].1 = "gAAAA-unknown-token-77".to_owned();
    let run = run_with(&fresh, &["container", "list"], &bad).fails(1);
    assert!(run.stderr.contains("Authorization failed"), "{run:#?}");
    assert!(!run.stderr.contains("gAAAA-unknown-token-77"), "{run:#?}");
}

#[test]
fn a_swift_storage_url_names_the_account_and_refuses_pithos_options() {
    let cloud = Cloud::start();
    // Swift's form: the account is the URL's last segment.
    let storage = format!("{}/object-store/v1/{}", cloud.base, cloud.uuid);
    let keystone = Keystone::start_with(&cloud, vec![password_body()], &storage);
    make_container(&cloud);
    let home = Home::new();
    let env = os_env(&keystone, PASSWORD);
    let out = run_with(&home, &["container", "list"], &env).ok();
    assert!(out.contains("login-box"), "{out}");
    for args in [
        vec!["file", "publish", "/login-box/x"],
        vec!["file", "info", "/login-box/x", "--hashmap"],
        vec!["file", "list", "/login-box", "--shared-by-me"],
        vec!["container", "list", "--until", "2020-01-01"],
        vec!["group", "list"],
        vec!["sharer", "list"],
    ] {
        let run = run_with(&home, &args, &env).fails(2);
        assert!(run.stderr.contains("OpenStack Swift"), "{args:?}: {run:#?}");
        assert!(run.stderr.contains("\n|  "), "{args:?}: a hint: {run:#?}");
    }
}
