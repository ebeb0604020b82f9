//! What AstakosClient puts on the wire for each account call — method,
//! path, query, content type and body — against a recording server that
//! answers as Astakos does (IDENTITY.md §1–7).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::sync::Arc;

use cloud_core::{ErrorKind, RetryPolicy, Transport};
use cloud_identity::AstakosClient;
use cloud_identity::credentials::{AstakosToken, TokenCredentials};
use cloud_identity::models::commissions::CommissionRequest;
use cloud_identity::models::projects::{
    MembershipAction, ProjectAction, ProjectFilters, ProjectSpec,
};
use serde_json::json;
use support::{Seen, TestServer, empty_reply, json_reply, serve};

const TOKEN: &str = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";

async fn astakos() -> TestServer {
    let base: Arc<std::sync::Mutex<String>> = Arc::default();
    let shared = base.clone();
    let server = serve(move |seen: Seen, _| {
        let base = shared.lock().unwrap().clone();
        async move {
            let path = seen.path().to_owned();
            let token_ok = seen.header("x-auth-token") == Some(TOKEN);
            match (seen.method.as_str(), path.as_str()) {
                ("POST", "/identity/v2.0/tokens") => {
                    let catalog = json!([{"name": "astakos_account", "type": "account", "endpoints_links": [],
                        "endpoints": [{"versionId": "v1.0", "publicURL": format!("{base}/account/v1.0"),
                                       "SNF:uiURL": format!("{base}/ui"), "region": "default"}]}]);
                    if seen.body.is_empty() {
                        return json_reply(200, &json!({"access": {"serviceCatalog": catalog}}));
                    }
                    if seen.json()["auth"]["token"]["id"] != TOKEN {
                        return json_reply(401, &json!({"unauthorized": {"code": 401, "message": "Invalid token", "details": ""}}));
                    }
                    json_reply(200, &json!({"access": {
                        "token": {"id": TOKEN, "expires": "2099-01-01T00:00:00.000000+00:00",
                                  "tenant": {"id": "u-1", "name": "A B"}},
                        "user": {"id": "u-1", "name": "A B", "roles": [{"id": "1", "name": "default"}],
                                 "roles_links": [], "projects": ["u-1"]},
                        "serviceCatalog": catalog}}))
                }
                _ if !token_ok => json_reply(401, &json!({"unauthorized": {"code": 401, "message": "Invalid token", "details": ""}})),
                ("GET", "/account/v1.0/projects") => json_reply(200, &json!([])),
                ("GET", p) if p.starts_with("/account/v1.0/projects/memberships/") => json_reply(200, &json!(
                    {"id": 17, "user": "u-1", "project": "p-1", "state": "accepted", "allowed_actions": ["leave"]})),
                ("GET", "/account/v1.0/projects/memberships") => json_reply(200, &json!([])),
                ("GET", p) if p.starts_with("/account/v1.0/projects/") => json_reply(404, &json!(
                    {"itemNotFound": {"code": 404, "message": "Project p does not exist.", "details": ""}})),
                ("POST", "/account/v1.0/projects") | ("PUT", _) => json_reply(201, &json!({"id": "p-1", "application": 7})),
                ("POST", "/account/v1.0/projects/memberships") => json_reply(200, &json!({"id": 17})),
                ("POST", "/account/v1.0/commissions") => json_reply(201, &json!({"serial": 5})),
                ("POST", "/account/v1.0/commissions/action") => json_reply(200, &json!({"accepted": [5], "rejected": [], "failed": []})),
                ("POST", "/account/v1.0/user_catalogs") => json_reply(200, &json!({"uuid_catalog": {}, "displayname_catalog": {}})),
                ("GET", "/account/v1.0/service_quotas") => json_reply(200, &json!({})),
                ("POST", _) => empty_reply(200),
                _ => json_reply(400, &json!({"badRequest": {"code": 400, "message": "API endpoint not found"}})),
            }
        }
    })
    .await;
    *base.lock().unwrap() = server.url("");
    server
}

fn client(server: &TestServer, token: &str) -> AstakosClient {
    let credentials = Arc::new(TokenCredentials::new(
        AstakosToken::new(&server.url("/identity"), token),
        Transport::builder()
            .retry(RetryPolicy::never())
            .build()
            .unwrap(),
    ));
    AstakosClient::from_credentials(
        credentials,
        Transport::builder().retry(RetryPolicy::never()),
    )
    .unwrap()
}

/// The last request to a path (ignoring the query).
fn last(server: &TestServer, method: &str, path: &str) -> Seen {
    server
        .requests()
        .into_iter()
        .rev()
        .find(|s| s.method.as_str() == method && s.path() == path)
        .unwrap_or_else(|| panic!("no {method} {path} in {:#?}", server.requests()))
}

fn json_request(server: &TestServer, method: &str, path: &str) -> serde_json::Value {
    let seen = last(server, method, path);
    assert_eq!(
        seen.header("content-type"),
        Some("application/json"),
        "{method} {path}"
    );
    assert_eq!(seen.header("x-auth-token"), Some(TOKEN));
    seen.json()
}

#[tokio::test]
async fn the_token_is_sent_as_is_and_the_account_url_comes_from_the_public_catalog() {
    let server = astakos().await;
    let astakos = client(&server, TOKEN);
    astakos
        .get_projects(&ProjectFilters::default())
        .await
        .unwrap();
    let requests = server.requests();
    // One public-catalog request (no body, no token), then the call itself.
    assert_eq!(requests.len(), 2, "{requests:#?}");
    assert_eq!(requests[0].path(), "/identity/v2.0/tokens");
    assert!(requests[0].body.is_empty());
    assert_eq!(requests[0].header("x-auth-token"), None);
    assert_eq!(requests[1].header("x-auth-token"), Some(TOKEN));
    assert_eq!(requests[1].header("accept"), Some("application/json"));

    // Once authenticated, its catalog serves.
    astakos.authenticate().await.unwrap();
    astakos.get_quotas().await.ok();
    let tokens = server.to("/identity/v2.0/tokens");
    assert_eq!(tokens.len(), 2);
    assert_eq!(tokens[1].json(), json!({"auth": {"token": {"id": TOKEN}}}));
}

#[tokio::test]
async fn a_bad_token_on_an_account_call_ends_with_astakos_message() {
    let server = astakos().await;
    let err = client(&server, "bad").get_quotas().await.unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::Unauthorized));
    assert_eq!(err.api().unwrap().message, "Invalid token");
    assert_eq!(err.api().unwrap().fault.as_deref(), Some("unauthorized"));
    // public catalog, the refused call, one re-authentication: no more.
    assert_eq!(server.requests().len(), 3, "{:#?}", server.requests());
}

#[tokio::test]
async fn project_calls_on_the_wire() {
    let server = astakos().await;
    let astakos = client(&server, TOKEN);
    let filters = ProjectFilters {
        state: Some("active".into()),
        owner: Some("u-1".into()),
        name: Some("my lab/1".into()),
        mode: Some("member".into()),
    };
    astakos.get_projects(&filters).await.unwrap();
    let seen = last(&server, "GET", "/account/v1.0/projects");
    assert_eq!(
        seen.uri.query(),
        Some("state=active&owner=u-1&name=my%20lab%2F1&mode=member")
    );

    let err = astakos.get_project("p/x").await.unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::NotFound));
    assert!(
        server
            .requests()
            .iter()
            .any(|s| s.uri.path() == "/account/v1.0/projects/p%2Fx")
    );

    let spec =
        ProjectSpec::new("lab.example.org", "2030-01-01T00:00:00Z").resource("cyclades.vm", 10, 2);
    let applied = astakos.create_project(&spec).await.unwrap();
    assert_eq!((applied.id.as_str(), applied.application), ("p-1", 7));
    assert_eq!(
        json_request(&server, "POST", "/account/v1.0/projects"),
        json!({"name": "lab.example.org", "end_date": "2030-01-01T00:00:00Z",
               "resources": {"cyclades.vm": {"project_capacity": 10, "member_capacity": 2}}})
    );
    let change = ProjectSpec {
        max_members: Some(5),
        private: Some(true),
        ..Default::default()
    };
    astakos.modify_project("p-1", &change).await.unwrap();
    assert_eq!(
        json_request(&server, "PUT", "/account/v1.0/projects/p-1"),
        json!({"max_members": 5, "private": true})
    );

    let cases: Vec<(ProjectAction, serde_json::Value)> = vec![
        (ProjectAction::Suspend, json!({"suspend": {"reason": "r"}})),
        (
            ProjectAction::Unsuspend,
            json!({"unsuspend": {"reason": "r"}}),
        ),
        (
            ProjectAction::Terminate,
            json!({"terminate": {"reason": "r"}}),
        ),
        (
            ProjectAction::Reinstate,
            json!({"reinstate": {"reason": "r"}}),
        ),
        (
            ProjectAction::Approve { app_id: 7 },
            json!({"approve": {"reason": "r", "app_id": 7}}),
        ),
        (
            ProjectAction::Deny { app_id: 7 },
            json!({"deny": {"reason": "r", "app_id": 7}}),
        ),
        (
            ProjectAction::Dismiss { app_id: 7 },
            json!({"dismiss": {"reason": "r", "app_id": 7}}),
        ),
        (
            ProjectAction::Cancel { app_id: 7 },
            json!({"cancel": {"reason": "r", "app_id": 7}}),
        ),
    ];
    for (action, body) in cases {
        astakos.project_action("p-1", action, "r").await.unwrap();
        assert_eq!(
            json_request(&server, "POST", "/account/v1.0/projects/p-1/action"),
            body,
            "{action}"
        );
    }
    astakos.approve_application("p-1", 8, "").await.unwrap();
    assert_eq!(
        json_request(&server, "POST", "/account/v1.0/projects/p-1/action"),
        json!({"approve": {"reason": "", "app_id": 8}})
    );
    let err = astakos
        .application_action("p-1", 8, "frobnicate", "")
        .await
        .unwrap_err();
    assert!(matches!(err, cloud_core::Error::Config { .. }), "{err}");
}

#[tokio::test]
async fn membership_calls_on_the_wire() {
    let server = astakos().await;
    let astakos = client(&server, TOKEN);
    astakos.get_memberships(Some("p-1")).await.unwrap();
    assert_eq!(
        last(&server, "GET", "/account/v1.0/projects/memberships")
            .uri
            .query(),
        Some("project=p-1")
    );
    astakos.get_memberships(None).await.unwrap();
    assert_eq!(
        last(&server, "GET", "/account/v1.0/projects/memberships")
            .uri
            .query(),
        None
    );
    assert_eq!(
        astakos.get_membership(17).await.unwrap().allowed_actions,
        ["leave"]
    );

    assert_eq!(astakos.join_project("p-1").await.unwrap(), 17);
    assert_eq!(
        json_request(&server, "POST", "/account/v1.0/projects/memberships"),
        json!({"join": {"project": "p-1"}})
    );
    assert_eq!(
        astakos.enroll_member("p-1", "a@example.org").await.unwrap(),
        17
    );
    assert_eq!(
        json_request(&server, "POST", "/account/v1.0/projects/memberships"),
        json!({"enroll": {"project": "p-1", "user": "a@example.org"}})
    );
    for (action, name) in [
        (MembershipAction::Accept, "accept"),
        (MembershipAction::Reject, "reject"),
        (MembershipAction::Remove, "remove"),
        (MembershipAction::Cancel, "cancel"),
        (MembershipAction::Leave, "leave"),
    ] {
        astakos.membership_action(17, action, "why").await.unwrap();
        assert_eq!(
            json_request(
                &server,
                "POST",
                "/account/v1.0/projects/memberships/17/action"
            ),
            json!({ name: "why" })
        );
    }
}

#[tokio::test]
async fn commission_user_catalog_quota_and_feedback_calls_on_the_wire() {
    let server = astakos().await;
    let astakos = client(&server, TOKEN);
    let request = CommissionRequest::new("vm")
        .charge("u-1", "p-1", "cyclades.vm", 1)
        .auto_accept(true);
    assert_eq!(astakos.issue_commission(&request).await.unwrap(), 5);
    assert_eq!(
        json_request(&server, "POST", "/account/v1.0/commissions"),
        json!({"force": false, "auto_accept": true, "name": "vm", "provisions": [
            {"holder": "user:u-1", "source": "project:p-1", "resource": "cyclades.vm", "quantity": 1},
            {"holder": "project:p-1", "source": null, "resource": "cyclades.vm", "quantity": 1}]})
    );
    astakos.accept_commission(5).await.unwrap();
    assert_eq!(
        json_request(&server, "POST", "/account/v1.0/commissions/5/action"),
        json!({"accept": ""})
    );
    astakos.reject_commission(5).await.unwrap();
    assert_eq!(
        json_request(&server, "POST", "/account/v1.0/commissions/5/action"),
        json!({"reject": ""})
    );
    let resolved = astakos.resolve_commissions(&[5], &[6, 7]).await.unwrap();
    assert_eq!(resolved.accepted, [5]);
    assert_eq!(
        json_request(&server, "POST", "/account/v1.0/commissions/action"),
        json!({"accept": [5], "reject": [6, 7]})
    );

    astakos.uuids2usernames(&["u-2", "u-3"]).await.unwrap();
    assert_eq!(
        json_request(&server, "POST", "/account/v1.0/user_catalogs"),
        json!({"uuids": ["u-2", "u-3"], "displaynames": []})
    );
    astakos
        .get_service_quotas(&["u-1", "u-2"], &["p-1"])
        .await
        .unwrap();
    assert_eq!(
        last(&server, "GET", "/account/v1.0/service_quotas")
            .uri
            .query(),
        Some("user=u-1%2Cu-2&project=p-1")
    );

    astakos
        .send_feedback("slow & sad = 100%", "v=1")
        .await
        .unwrap();
    let seen = last(&server, "POST", "/account/v1.0/feedback");
    assert_eq!(
        seen.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        &seen.body[..],
        b"feedback_msg=slow+%26+sad+%3D+100%25&feedback_data=v%3D1"
    );

    astakos.set_default_project("p-1").await.unwrap();
    assert_eq!(
        json_request(&server, "POST", "/account/v1.0/myaccount/default_project"),
        json!({"project_id": "p-1"})
    );
}
