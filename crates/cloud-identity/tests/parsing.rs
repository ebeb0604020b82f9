//! The recorded answers of real Keystones (../shared/realcloud, copied into
//! tests/data) parse into tokens, users, projects and catalogs.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::{Duration, UNIX_EPOCH};

use cloud_core::catalog::{EndpointFilter, Interface};
use cloud_identity::{AuthToken, TokenDetails};

fn data(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

/// The X-Subject-Token of the recorded v3 answer's headers.
fn recorded_subject_token() -> String {
    data("keystone_v3_token_response.headers.txt")
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("x-subject-token")
                .then(|| value.trim().to_owned())
        })
        .unwrap()
}

#[test]
fn keystone_v3_password_token_of_keystone_30() {
    let document: serde_json::Value =
        serde_json::from_str(&data("keystone_v3_token_response.json")).unwrap();
    let subject = recorded_subject_token();
    assert!(subject.starts_with("gAAAAABrAqI8"));
    let token = AuthToken::from_v3(subject.clone().into(), &document).unwrap();

    assert_eq!(token.token.expose(), subject);
    assert_eq!(
        token.expires_at,
        Some(UNIX_EPOCH + Duration::from_secs(1_795_338_316)) // 2026-11-22T09:05:16Z
    );
    assert_eq!(token.user_id(), Some("7beb75f9fcf94d5796e8fd0f93da6553"));
    assert_eq!(token.user_name(), Some("admin"));
    assert_eq!(token.project_id(), Some("96b2e86395134a8b8820304c4b6f7b86"));
    assert_eq!(token.project_name(), Some("admin"));

    let TokenDetails::V3(details) = &token.details else {
        panic!("not v3")
    };
    assert_eq!(details.methods, ["password"]);
    assert_eq!(
        details.user.domain.as_ref().unwrap().name.as_deref(),
        Some("Default")
    );
    assert_eq!(details.user.password_expires_at, None);
    assert_eq!(details.audit_ids, ["PSSraRkoQ1WwU45aGC9Oog"]);
    assert_eq!(details.is_domain, Some(false));
    let roles: Vec<&str> = details.roles.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(roles, ["reader", "manager", "member", "admin"]);
    assert_eq!(
        details.roles[3].id.as_deref(),
        Some("c483847973464941933c8c82f45a71cf")
    );
    assert_eq!(
        details.issued_at.as_deref(),
        Some("2026-11-22T08:05:16.000000Z")
    );

    assert_eq!(
        token.catalog.service_types(),
        ["identity", "object-store", "image"]
    );
    let swift = token
        .catalog
        .select(&EndpointFilter::new("object-store"))
        .unwrap();
    assert_eq!(
        swift.url,
        "http://127.0.0.1:8080/v1/AUTH_96b2e86395134a8b8820304c4b6f7b86"
    );
    assert_eq!(swift.region.as_deref(), Some("RegionOne"));
    assert_eq!(
        swift.extra_value("id"),
        Some("7527b4d4eddb425eab649ef07e6ce603")
    );
    let glance_admin = token
        .catalog
        .select(&EndpointFilter::new("image").interface(Interface::Admin))
        .unwrap();
    assert_eq!(glance_admin.url, "http://127.0.0.1:9292");

    let info = token.user_info().unwrap();
    assert_eq!(
        info.default_project.as_deref(),
        Some("96b2e86395134a8b8820304c4b6f7b86")
    );
    assert_eq!(info.term("domain").unwrap()["id"], "default");

    // The token is nowhere in Debug.
    assert!(!format!("{token:?}").contains(&subject));
}

#[test]
fn keystone_v2_token_of_keystone_pike() {
    let document: serde_json::Value =
        serde_json::from_str(&data("keystone_v2_token_response.json")).unwrap();
    let token = AuthToken::from_v2(&document).unwrap();
    let id = document["access"]["token"]["id"].as_str().unwrap();

    assert_eq!(token.token.expose(), id);
    assert_eq!(
        token.expires_at,
        cloud_identity::time::parse_timestamp("2026-11-22T09:19:00Z")
    );
    assert_eq!(token.user_id(), Some("eef11d7ad0ac4fbb844cd323880e0be3"));
    assert_eq!(token.user_name(), Some("admin"));
    assert_eq!(token.project_id(), Some("e05ce64aaef04b7d850a4882a31350f3"));
    assert_eq!(token.project_name(), Some("admin"));

    let TokenDetails::V2(access) = &token.details else {
        panic!("not v2")
    };
    let tenant = access.token.tenant.as_ref().unwrap();
    assert_eq!(tenant.enabled, Some(true));
    assert_eq!(
        tenant.description.as_deref(),
        Some("Bootstrap project for initializing the cloud.")
    );
    assert_eq!(access.token.audit_ids, ["zRg4GccMQZq5n4vT4UTtuQ"]);
    assert_eq!(
        access.token.issued_at.as_deref(),
        Some("2026-11-22T08:19:00.000000Z")
    );
    let user = access.user.as_ref().unwrap();
    assert_eq!(user.username.as_deref(), Some("admin"));
    assert_eq!(user.roles[0].name, "admin");
    assert_eq!(user.roles[0].id, None);
    assert_eq!(access.metadata.as_ref().unwrap()["is_admin"], 0);

    let identity = token
        .catalog
        .select(&EndpointFilter::new("identity"))
        .unwrap();
    assert_eq!(identity.url, "http://127.0.0.1:5002");
    let admin = token
        .catalog
        .select(&EndpointFilter::new("identity").interface(Interface::Admin))
        .unwrap();
    assert_eq!(admin.url, "http://127.0.0.1:35358");

    let info = token.user_info().unwrap();
    assert_eq!(
        info.default_project.as_deref(),
        Some("e05ce64aaef04b7d850a4882a31350f3")
    );
    assert_eq!(info.term("username"), Some(serde_json::json!("admin")));
    assert!(!format!("{token:?}").contains(id));
}

#[test]
fn astakos_access_with_its_extensions() {
    let document = serde_json::json!({"access": {
        "token": {"id": "0123456789abcdefghijklmnopqrstuvwxyzABCDEFG",
                  "expires": "2013-06-19T15:23:59.975572+00:00",
                  "tenant": {"id": "a1b2-uuid", "name": "First Last"}},
        "user": {"id": "a1b2-uuid", "name": "First Last", "roles": [{"id": "1", "name": "default"}],
                 "roles_links": [], "projects": ["p-1", "p-2"]},
        "serviceCatalog": [
            {"name": "astakos_account", "type": "account", "endpoints_links": [],
             "endpoints": [{"versionId": "v1.0", "publicURL": "https://a.example.org/account/v1.0",
                            "SNF:uiURL": "https://a.example.org/ui", "region": "default"}]},
            {"name": "cyclades_network", "type": "network", "endpoints_links": [],
             "endpoints": [{"versionId": "v2.0", "publicURL": "https://c.example.org/cyclades/network",
                            "SNF:uiURL": "https://c.example.org/ui", "region": "default",
                            "SNF:exposeVersion": "False"}]}]}});
    let token = AuthToken::from_v2(&document).unwrap();
    let info = token.user_info().unwrap();
    assert_eq!(
        info.projects.as_deref(),
        Some(&["p-1".to_owned(), "p-2".to_owned()][..])
    );
    assert_eq!(info.roles[0].id.as_deref(), Some("1"));
    assert_eq!(info.default_project.as_deref(), Some("a1b2-uuid"));
    assert_eq!(info.term("nope"), None);
    let network = token
        .catalog
        .select(&EndpointFilter::new("network"))
        .unwrap();
    assert_eq!(
        network.versioned_url("v2.0"),
        "https://c.example.org/cyclades/network/v2.0"
    );
    assert_eq!(
        token
            .expires_at
            .unwrap()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .subsec_micros(),
        975_572
    );
}

#[test]
fn malformed_answers_are_decode_errors_that_name_the_request() {
    let no_token = serde_json::json!({"access": {"user": {"id": "u"}}});
    let err = AuthToken::from_v2(&no_token).unwrap_err();
    assert!(matches!(err, cloud_core::Error::Decode { .. }), "{err}");
    assert!(err.to_string().contains("Keystone v2.0"), "{err}");

    let bad_expiry = serde_json::json!({"access": {"token": {"id": "t", "expires": "soon"}}});
    assert!(
        AuthToken::from_v2(&bad_expiry)
            .unwrap_err()
            .to_string()
            .contains("`soon`")
    );

    let v3_no_user = serde_json::json!({"token": {"methods": ["password"]}});
    assert!(AuthToken::from_v3("t".into(), &v3_no_user).is_err());
}

#[test]
fn a_token_round_trips_through_serde_for_the_disk_cache() {
    let document: serde_json::Value =
        serde_json::from_str(&data("keystone_v3_token_response.json")).unwrap();
    let token = AuthToken::from_v3("subject".into(), &document).unwrap();
    let text = serde_json::to_string(&token).unwrap();
    let back: AuthToken = serde_json::from_str(&text).unwrap();
    assert_eq!(back.token.expose(), "subject");
    assert_eq!(back.expires_at, token.expires_at);
    assert_eq!(back.catalog, token.catalog);
    assert_eq!(back.project_id(), token.project_id());
}
