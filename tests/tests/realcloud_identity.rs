//! Keystone v3 conformance of `cloud-identity`, against the real Keystone
//! (and the Swift behind it) that `cargo xtask realcloud up` started.
//!
//! Everything (URLs, users, project ids) comes from the credentials file
//! named by `KAMAKI_REALCLOUD`; nothing here knows a port or an id.
//!
//! * password auth, project-scoped by name + domain and by project id;
//! * token auth (a token exchanged for a new one);
//! * application credential auth, by id + secret and by name + user (the
//!   credential is created for the test and deleted after it);
//! * a wrong password: Unauthorized with Keystone's own message, and the
//!   password in neither the error nor any `Debug`;
//! * the catalog: interface and region selection, and a clear error for a
//!   region that does not exist;
//! * token refresh: a revoked token, and an unknown token taken from the
//!   disk cache, are each replaced after one refusal;
//! * a 403 from Swift on another project's account.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::Arc;

use cloud_core::catalog::{EndpointFilter, Interface};
use cloud_core::credentials::Secret;
use cloud_core::{Body, Error, ErrorKind, Transport};
use cloud_identity::credentials::{
    AuthMethod, DomainRef, ProjectRef, TokenCredentials, UserRef, V3ApplicationCredential,
    V3ExistingToken, V3Password, V3Scope, V3Token,
};
use cloud_identity::{AuthToken, DiskCache, KeystoneClient};
use serde_json::{Value, json};
use tests::realcloud::{RealCloud, User};

fn cloud() -> RealCloud {
    RealCloud::load().unwrap_or_else(|e| panic!("{e}"))
}

/// A transport without credentials (for the authentication requests).
fn plain() -> Transport {
    Transport::builder().build().unwrap()
}

/// The user by name in its domain (by name), scoped to its project by name.
fn password(cloud: &RealCloud, user: &User) -> V3Password {
    V3Password::new(
        &cloud.auth_url,
        UserRef::name(&user.username, DomainRef::name(&user.user_domain_name)),
        user.password.as_str(),
    )
    .scope(V3Scope::Project(ProjectRef::name(
        &user.project_name,
        DomainRef::name(&user.project_domain_name),
    )))
}

/// Credentials for `method`, and a transport that carries them.
fn session(method: impl AuthMethod) -> (Arc<TokenCredentials>, Transport) {
    let credentials = Arc::new(TokenCredentials::new(method, plain()));
    let transport = Transport::builder()
        .shared_credentials(credentials.clone())
        .build()
        .unwrap();
    (credentials, transport)
}

fn request(method: http::Method, url: &str) -> http::Request<Body> {
    http::Request::builder()
        .method(method)
        .uri(url)
        .body(Body::empty())
        .unwrap()
}

/// `GET url` through `transport`, returning the status.
async fn status_of(transport: &Transport, url: &str) -> Result<u16, Error> {
    let response = transport
        .send_checked(request(http::Method::GET, url))
        .await?;
    Ok(response.status().as_u16())
}

/// Checks that a token belongs to `user` and is scoped to its project, with
/// Swift's storage URL of that project in the catalog.
fn assert_scoped_to(cloud: &RealCloud, token: &AuthToken, user: &User) {
    assert_eq!(token.user_id(), Some(user.user_id.as_str()));
    assert_eq!(token.user_name(), Some(user.username.as_str()));
    assert_eq!(token.project_id(), Some(user.project_id.as_str()));
    assert_eq!(token.project_name(), Some(user.project_name.as_str()));
    assert!(!token.token.expose().is_empty());
    assert!(
        token.valid_for(
            std::time::Duration::from_secs(60),
            std::time::SystemTime::now()
        ),
        "a new token should live longer than a minute: {:?}",
        token.expires_at
    );
    let swift = token
        .catalog
        .select(&EndpointFilter::new("object-store").region(cloud.region.clone()))
        .unwrap();
    assert_eq!(swift.url, cloud.storage_url(user));
}

#[tokio::test]
async fn password_scoped_by_project_name_and_domain() {
    let cloud = cloud();
    for user in [&cloud.users.demo, &cloud.users.admin] {
        let (credentials, _) = session(password(&cloud, user));
        let token = credentials.token().await.unwrap();
        assert_scoped_to(&cloud, &token, user);
        let info = token.user_info().unwrap();
        let roles: Vec<&str> = info.roles.iter().map(|r| r.name.as_str()).collect();
        assert!(
            roles.contains(&"member") || roles.contains(&"admin"),
            "{roles:?}"
        );
    }
}

#[tokio::test]
async fn password_scoped_by_project_id_and_user_domain_id() {
    let cloud = cloud();
    let user = &cloud.users.demo;
    // The domain by id this time (`default` is the id of `Default`).
    let method = V3Password::new(
        &cloud.auth_url,
        UserRef::name(&user.username, DomainRef::id("default")),
        user.password.as_str(),
    )
    .scope(V3Scope::Project(ProjectRef::id(&user.project_id)));
    let (credentials, _) = session(method);
    assert_scoped_to(&cloud, &credentials.token().await.unwrap(), user);

    // And the user by id.
    let by_id = V3Password::new(
        &cloud.auth_url,
        UserRef::id(&user.user_id),
        user.password.as_str(),
    )
    .scope(V3Scope::Project(ProjectRef::id(&user.project_id)));
    let (credentials, _) = session(by_id);
    assert_scoped_to(&cloud, &credentials.token().await.unwrap(), user);
}

#[tokio::test]
async fn the_root_url_gets_v3_appended() {
    let cloud = cloud();
    let user = &cloud.users.demo;
    // `identity_url` is Keystone's unversioned root, as in many clouds.yaml files.
    let method = V3Password::new(
        &cloud.identity_url,
        UserRef::name(&user.username, DomainRef::name(&user.user_domain_name)),
        user.password.as_str(),
    )
    .scope(V3Scope::Project(ProjectRef::id(&user.project_id)));
    assert_eq!(method.auth_url(), cloud.auth_url.trim_end_matches('/'));
    let (credentials, _) = session(method);
    assert_scoped_to(&cloud, &credentials.token().await.unwrap(), user);
}

#[tokio::test]
async fn without_a_scope_the_default_project_applies_if_the_user_has_one() {
    let cloud = cloud();
    let unscoped = |user: &User| {
        V3Password::new(
            &cloud.auth_url,
            UserRef::name(&user.username, DomainRef::name(&user.user_domain_name)),
            user.password.as_str(),
        )
    };
    // `demo` has `demo` as its default project: Keystone scopes the token
    // to it although the request names no scope.
    let demo = &cloud.users.demo;
    let (credentials, _) = session(unscoped(demo));
    assert_scoped_to(&cloud, &credentials.token().await.unwrap(), demo);

    // `admin` (made by `keystone-manage bootstrap`) has none: the token is
    // unscoped, its catalog empty, and endpoint selection says what to do.
    let admin = &cloud.users.admin;
    let (credentials, _) = session(unscoped(admin));
    let token = credentials.token().await.unwrap();
    assert_eq!(token.user_id(), Some(admin.user_id.as_str()));
    assert_eq!(token.project_id(), None);
    let error = token
        .catalog
        .select(&EndpointFilter::new("object-store"))
        .unwrap_err();
    assert!(matches!(error, Error::NoEndpoint { .. }), "{error:?}");
    assert!(error.to_string().contains("scope the token"), "{error}");
}

#[tokio::test]
async fn token_auth_exchanges_a_token_for_a_new_one() {
    let cloud = cloud();
    let user = &cloud.users.demo;
    let (first, _) = session(password(&cloud, user));
    let first = first.token().await.unwrap();

    let method = V3Token::new(&cloud.auth_url, first.token.clone())
        .scope(V3Scope::Project(ProjectRef::id(&user.project_id)));
    assert!(!format!("{method:?}").contains(first.token.expose()));
    let (credentials, transport) = session(method);
    let second = credentials.token().await.unwrap();
    assert_ne!(second.token, first.token, "Keystone issues a new token");
    assert_scoped_to(&cloud, &second, user);
    // A token made from a token keeps the first one's expiry.
    assert_eq!(second.expires_at, first.expires_at);
    match &second.details {
        cloud_identity::TokenDetails::V3(details) => {
            assert!(details.methods.iter().any(|m| m == "token"), "{details:?}");
        }
        other => panic!("not a v3 token: {other:?}"),
    }
    // The new token works on Swift.
    let status = status_of(&transport, &cloud.storage_url(user))
        .await
        .unwrap();
    assert!(status == 200 || status == 204, "{status}");
}

#[tokio::test]
async fn an_existing_token_is_used_as_it_is() {
    let cloud = cloud();
    let user = &cloud.users.demo;
    let (first, _) = session(password(&cloud, user));
    let first = first.token().await.unwrap();

    let (credentials, transport) =
        session(V3ExistingToken::new(&cloud.auth_url, first.token.clone()));
    // Swift takes it as it is.
    let status = status_of(&transport, &cloud.storage_url(user))
        .await
        .unwrap();
    assert!(status == 200 || status == 204, "{status}");
    // Keystone lets its owner validate it: the same token, its catalog.
    let token = credentials.token().await.unwrap();
    assert_eq!(token.token, first.token);
    assert_eq!(token.expires_at, first.expires_at);
    assert_scoped_to(&cloud, &token, user);

    // Once revoked, the refusal is Keystone's, and no secret shows.
    revoke(&cloud, &first.token).await;
    let error = credentials.authenticate().await.unwrap_err();
    assert_eq!(error.kind(), Some(ErrorKind::Unauthorized), "{error}");
    assert!(!format!("{error} {error:?}").contains(first.token.expose()));
}

/// Creates an application credential of `user` with `token`, returns (id, secret).
async fn create_application_credential(
    cloud: &RealCloud,
    user: &User,
    token: &Secret,
    name: &str,
) -> (String, String) {
    let url = format!(
        "{}/users/{}/application_credentials",
        cloud.auth_url.trim_end_matches('/'),
        user.user_id
    );
    let body = json!({"application_credential": {
        "name": name,
        "description": "kamaki realcloud test; deleted by the test",
    }});
    let mut request = http::Request::post(url)
        .header("content-type", "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    request
        .headers_mut()
        .insert("x-auth-token", token.header_value().unwrap());
    let document: Value = plain().json(request).await.unwrap();
    let credential = &document["application_credential"];
    (
        credential["id"].as_str().unwrap().to_owned(),
        credential["secret"].as_str().unwrap().to_owned(),
    )
}

async fn delete_application_credential(cloud: &RealCloud, user: &User, token: &Secret, id: &str) {
    let url = format!(
        "{}/users/{}/application_credentials/{id}",
        cloud.auth_url.trim_end_matches('/'),
        user.user_id
    );
    let mut request = request(http::Method::DELETE, &url);
    request
        .headers_mut()
        .insert("x-auth-token", token.header_value().unwrap());
    let response = plain().send_checked(request).await.unwrap();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn application_credential_by_id_and_by_name() {
    let cloud = cloud();
    let user = &cloud.users.demo;
    let (owner, _) = session(password(&cloud, user));
    let owner_token = owner.token().await.unwrap().token.clone();
    let name = format!("kamaki-test-{}", std::process::id());
    let (id, secret) = create_application_credential(&cloud, user, &owner_token, &name).await;

    let (task_cloud, task_user) = (cloud.clone(), user.clone());
    let (task_id, task_secret, task_name) = (id.clone(), secret.clone(), name.clone());
    let outcome = async move {
        let (cloud, user, id, secret, name) =
            (task_cloud, &task_user, task_id, task_secret, task_name);
        // By id and secret.
        let by_id = V3ApplicationCredential::with_id(&cloud.auth_url, &id, secret.as_str());
        assert!(!format!("{by_id:?}").contains(&secret));
        let (credentials, transport) = session(by_id);
        let token = credentials.token().await.unwrap();
        // The credential carries the project it was made in.
        assert_scoped_to(&cloud, &token, user);
        match &token.details {
            cloud_identity::TokenDetails::V3(details) => {
                assert_eq!(details.methods, ["application_credential"]);
                assert_eq!(
                    details.application_credential.as_ref().unwrap()["id"],
                    id.as_str()
                );
            }
            other => panic!("not a v3 token: {other:?}"),
        }
        let status = status_of(&transport, &cloud.storage_url(user))
            .await
            .unwrap();
        assert!(status == 200 || status == 204, "{status}");

        // By name and user (the user by name in its domain, then by id).
        for owner in [
            UserRef::name(&user.username, DomainRef::name(&user.user_domain_name)),
            UserRef::id(&user.user_id),
        ] {
            let by_name =
                V3ApplicationCredential::with_name(&cloud.auth_url, &name, owner, secret.as_str());
            let (credentials, _) = session(by_name);
            assert_scoped_to(&cloud, &credentials.token().await.unwrap(), user);
        }

        // A wrong secret is refused with Keystone's message, secret-free.
        let wrong = V3ApplicationCredential::with_id(&cloud.auth_url, &id, "not-the-secret");
        let (credentials, _) = session(wrong);
        let error = credentials.token().await.unwrap_err();
        assert_eq!(error.kind(), Some(ErrorKind::Unauthorized), "{error}");
        assert!(!format!("{error} {error:?}").contains("not-the-secret"));
    };
    // Delete the credential whatever happened above.
    let result = tokio::spawn(outcome).await;
    delete_application_credential(&cloud, user, &owner_token, &id).await;
    if let Err(panic) = result {
        std::panic::resume_unwind(panic.into_panic());
    }

    // Deleted: it no longer logs in. Keystone says 404 here, not 401.
    let gone = V3ApplicationCredential::with_id(&cloud.auth_url, &id, secret.as_str());
    let (credentials, _) = session(gone);
    let error = credentials.token().await.unwrap_err();
    assert_eq!(error.kind(), Some(ErrorKind::NotFound), "{error}");
    let message = &error.api().unwrap().message;
    assert!(
        message.contains("Could not find Application Credential"),
        "{message}"
    );
    assert!(message.contains(&id), "{message}");
    assert!(!format!("{error} {error:?}").contains(&secret));
}

#[tokio::test]
async fn a_wrong_password_is_unauthorized_with_keystones_message() {
    let cloud = cloud();
    let user = &cloud.users.demo;
    // A wrong password that contains the real one, so that a leak of either shows.
    let wrong = format!("{}-wrong-Xq9", user.password);
    let method = V3Password::new(
        &cloud.auth_url,
        UserRef::name(&user.username, DomainRef::name(&user.user_domain_name)),
        wrong.as_str(),
    )
    .scope(V3Scope::Project(ProjectRef::name(
        &user.project_name,
        DomainRef::name(&user.project_domain_name),
    )));
    let (credentials, transport) = session(method);
    let error = credentials.token().await.unwrap_err();
    assert_eq!(error.kind(), Some(ErrorKind::Unauthorized), "{error:?}");
    let api = error.api().unwrap();
    assert_eq!(api.status.as_u16(), 401);
    assert_eq!(
        api.message, "The request you have made requires authentication.",
        "Keystone's own message"
    );
    assert!(api.url.ends_with("/auth/tokens"), "{}", api.url);
    assert!(
        api.request_id
            .as_deref()
            .is_some_and(|id| id.starts_with("req-"))
    );

    // A request through the transport fails the same way, after one try.
    let through = status_of(&transport, &cloud.storage_url(user))
        .await
        .unwrap_err();
    assert_eq!(through.kind(), Some(ErrorKind::Unauthorized), "{through}");

    for shown in [
        error.to_string(),
        format!("{error:?}"),
        through.to_string(),
        format!("{through:?}"),
        format!("{credentials:?}"),
        format!("{transport:?}"),
    ] {
        assert!(!shown.contains(&wrong), "the password leaked: {shown}");
        assert!(
            !shown.contains(&user.password),
            "the password leaked: {shown}"
        );
    }
}

#[tokio::test]
async fn the_catalog_selects_by_interface_and_region() {
    let cloud = cloud();
    let user = &cloud.users.demo;
    let (credentials, transport) = session(password(&cloud, user));
    let token = credentials.token().await.unwrap();

    let mut ids = Vec::new();
    for interface in [Interface::Public, Interface::Internal, Interface::Admin] {
        let endpoint = token
            .catalog
            .select(
                &EndpointFilter::new("object-store")
                    .interface(interface)
                    .region(cloud.region.clone()),
            )
            .unwrap();
        assert_eq!(endpoint.interface, interface);
        assert_eq!(endpoint.region.as_deref(), Some(cloud.region.as_str()));
        assert_eq!(endpoint.url, cloud.storage_url(user));
        ids.push(endpoint.extra_value("id").unwrap().to_owned());
    }
    ids.dedup();
    assert_eq!(ids.len(), 3, "three distinct endpoints: {ids:?}");

    // Identity and image are there too, at the roots the file names.
    let identity = token
        .catalog
        .select(&EndpointFilter::new("identity"))
        .unwrap();
    assert_eq!(
        identity.url.trim_end_matches('/'),
        cloud.identity_url.trim_end_matches('/')
    );
    let image = token.catalog.select(&EndpointFilter::new("image")).unwrap();
    assert_eq!(
        image.url.trim_end_matches('/'),
        cloud.glance_url.trim_end_matches('/')
    );

    // A region that does not exist: a clear error naming what there is.
    let error = token
        .catalog
        .select(&EndpointFilter::new("object-store").region("NoSuchRegion"))
        .unwrap_err();
    assert!(matches!(error, Error::NoEndpoint { .. }), "{error:?}");
    let text = error.to_string();
    assert!(text.contains("NoSuchRegion"), "{text}");
    assert!(text.contains(&cloud.region), "{text}");
    // A service that is not there.
    let error = token
        .catalog
        .select(&EndpointFilter::new("compute"))
        .unwrap_err();
    assert!(error.to_string().contains("compute"), "{error}");

    // The same through KeystoneClient, and Keystone's own catalog call.
    let client =
        KeystoneClient::from_credentials(credentials.clone(), Transport::builder()).unwrap();
    let internal = client
        .get_service_endpoints(
            &EndpointFilter::new("object-store")
                .interface(Interface::Internal)
                .region(cloud.region.clone()),
        )
        .await
        .unwrap();
    assert_eq!(internal.url, cloud.storage_url(user));
    let fresh = client.get_catalog().await.unwrap();
    let mut types = fresh.service_types();
    types.sort_unstable();
    assert!(
        types.contains(&"object-store") && types.contains(&"identity"),
        "{types:?}"
    );
    let info = client.get_token_info(&token.token).await.unwrap();
    assert_eq!(info.user_id(), Some(user.user_id.as_str()));
    assert_eq!(info.expires_at, token.expires_at);
    drop(transport);
}

/// `DELETE /v3/auth/tokens`: Keystone revokes `subject` at once.
async fn revoke(cloud: &RealCloud, subject: &Secret) {
    let url = format!("{}/auth/tokens", cloud.auth_url.trim_end_matches('/'));
    let mut request = request(http::Method::DELETE, &url);
    request
        .headers_mut()
        .insert("x-auth-token", subject.header_value().unwrap());
    request
        .headers_mut()
        .insert("x-subject-token", subject.header_value().unwrap());
    let response = plain().send_checked(request).await.unwrap();
    assert_eq!(response.status().as_u16(), 204);
}

#[tokio::test]
async fn a_revoked_token_is_replaced_after_one_refusal() {
    let cloud = cloud();
    let user = &cloud.users.demo;
    let (credentials, transport) = session(password(&cloud, user));
    let first = credentials.token().await.unwrap().token.clone();
    revoke(&cloud, &first).await;

    // Keystone checks revocations on every request (Swift's token cache
    // may still accept the token for a while, so ask Keystone).
    let catalog_url = format!("{}/auth/catalog", cloud.auth_url.trim_end_matches('/'));
    let status = status_of(&transport, &catalog_url).await.unwrap();
    assert_eq!(status, 200);
    let second = credentials.cached().await.unwrap().token.clone();
    assert_ne!(second, first, "the refused token was replaced");

    // The new one is good for Swift too, and is kept (no third login).
    let status = status_of(&transport, &cloud.storage_url(user))
        .await
        .unwrap();
    assert!(status == 200 || status == 204, "{status}");
    assert_eq!(credentials.cached().await.unwrap().token, second);
}

#[tokio::test]
async fn an_unknown_token_from_the_disk_cache_is_replaced_on_swift() {
    let cloud = cloud();
    let user = &cloud.users.demo;
    let dir = std::env::temp_dir().join(format!(
        "kamaki-realcloud-identity-{}-cache",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    let disk = DiskCache::new(&dir);

    // A token that looks alive (far expiry) but Keystone never issued.
    let method = password(&cloud, user);
    let (real, _) = session(password(&cloud, user));
    let mut stale = (*real.token().await.unwrap()).clone();
    stale.token = Secret::new("gAAAAABnot-a-token-keystone-ever-issued");
    stale.expires_at = Some(std::time::SystemTime::now() + std::time::Duration::from_secs(3600));
    disk.store(method.auth_url(), &method.principal(), &stale)
        .await
        .unwrap();

    let credentials = Arc::new(TokenCredentials::new(method, plain()).disk_cache(disk.clone()));
    let transport = Transport::builder()
        .shared_credentials(credentials.clone())
        .build()
        .unwrap();
    // Swift answers 401 to the stale token; the credentials log in once
    // and the request is sent again.
    let status = status_of(&transport, &cloud.storage_url(user))
        .await
        .unwrap();
    assert!(status == 200 || status == 204, "{status}");
    let now = credentials.cached().await.unwrap();
    assert_ne!(now.token, stale.token);
    assert_scoped_to(&cloud, &now, user);
    // The disk cache holds the new token, never the password.
    for entry in std::fs::read_dir(&dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert!(!text.contains(&user.password), "the password is on disk");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn another_projects_swift_account_is_forbidden() {
    let cloud = cloud();
    let demo = &cloud.users.demo;
    let admin = &cloud.users.admin;
    let (_, transport) = session(password(&cloud, demo));
    // Its own account: fine.
    let status = status_of(&transport, &cloud.storage_url(demo))
        .await
        .unwrap();
    assert!(status == 200 || status == 204, "{status}");
    // The admin project's: 403, and not retried as a 401 would be.
    let error = status_of(&transport, &cloud.storage_url(admin))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), Some(ErrorKind::Forbidden), "{error}");
    let api = error.api().unwrap();
    assert_eq!(api.status.as_u16(), 403);
    assert_eq!(api.attempts, 1);
    assert!(api.url.contains(&admin.project_id), "{}", api.url);
    assert!(api.request_id.is_some(), "Swift's X-Trans-Id");
}
