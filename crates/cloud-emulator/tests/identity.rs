//! The identity service over loopback, raw HTTP: `POST /tokens` in its three
//! modes and every error of IDENTITY.md §1.1, the catalog, the version documents.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use serde_json::{Value, json};
use support::{Cloud, assert_fault};

async fn tokens(cloud: &Cloud, body: &Value) -> support::Reply {
    cloud
        .send_json("POST", &format!("{}/tokens", cloud.identity()), None, body)
        .await
}

fn check_catalog(cloud: &Cloud, catalog: &Value) {
    let services = catalog.as_array().unwrap();
    let summary: Vec<(String, String, String, String)> = services
        .iter()
        .map(|s| {
            assert_eq!(s["endpoints_links"], json!([]));
            let endpoints = s["endpoints"].as_array().unwrap();
            assert_eq!(endpoints.len(), 1, "{s}");
            let e = &endpoints[0];
            assert_eq!(e["region"], "default");
            assert_eq!(e["SNF:uiURL"], format!("{}/ui", cloud.base));
            assert!(e.get("adminURL").is_none() && e.get("internalURL").is_none());
            (
                s["name"].as_str().unwrap().to_owned(),
                s["type"].as_str().unwrap().to_owned(),
                e["versionId"].as_str().unwrap().to_owned(),
                e["publicURL"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let b = &cloud.base;
    let expected = [
        (
            "astakos_identity",
            "identity",
            "v2.0",
            format!("{b}/identity/v2.0"),
        ),
        (
            "astakos_account",
            "account",
            "v1.0",
            format!("{b}/account/v1.0"),
        ),
        (
            "astakos_weblogin",
            "astakos_weblogin",
            "",
            format!("{b}/astakos/weblogin"),
        ),
        (
            "pithos_object-store",
            "object-store",
            "v1",
            format!("{b}/object-store/v1"),
        ),
        ("pithos_public", "public", "v2.0", format!("{b}/public")),
    ];
    let expected: Vec<(String, String, String, String)> = expected
        .iter()
        .map(|(n, t, v, u)| ((*n).to_owned(), (*t).to_owned(), (*v).to_owned(), u.clone()))
        .collect();
    assert_eq!(summary, expected);
    let weblogin = &services[2]["endpoints"][0];
    assert_eq!(weblogin["SNF:webloginURL"], weblogin["publicURL"]);
    assert!(services[0]["endpoints"][0].get("SNF:webloginURL").is_none());
}

#[tokio::test]
async fn empty_body_returns_the_catalog_only_whatever_the_token() {
    let cloud = Cloud::start().await;
    let url = format!("{}/tokens", cloud.identity());
    for token in [None, Some("not-a-token")] {
        let reply = cloud.send("POST", &url, token, &[], "").await;
        assert_eq!(reply.status, 200);
        let body = reply.json();
        assert_eq!(body.as_object().unwrap().len(), 1);
        let access = body["access"].as_object().unwrap();
        assert_eq!(access.keys().collect::<Vec<_>>(), vec!["serviceCatalog"]);
        check_catalog(&cloud, &body["access"]["serviceCatalog"]);
    }
    // A trailing slash is the same resource.
    let reply = cloud.send("POST", &format!("{url}/"), None, &[], "").await;
    assert_eq!(reply.status, 200);
}

#[tokio::test]
async fn token_credentials_give_the_full_access_document() {
    let cloud = Cloud::start().await;
    let user = &cloud.user;
    let reply = tokens(&cloud, &json!({"auth": {"token": {"id": user.token}}})).await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    let access = &reply.json()["access"];
    let token = &access["token"];
    assert_eq!(token["id"], user.token.as_str());
    let expires = token["expires"].as_str().unwrap();
    assert_eq!(expires, cloud_emulator::clock::iso8601(user.token_expires));
    assert!(
        expires.ends_with("+00:00") && expires.len() == 32,
        "{expires}"
    );
    assert_eq!(&expires[19..20], ".", "microseconds: {expires}");
    assert_eq!(
        token["tenant"],
        json!({"id": user.uuid, "name": user.realname})
    );
    assert_eq!(
        access["user"],
        json!({
            "id": user.uuid,
            "name": user.realname,
            "roles": [{"id": "1", "name": "default"}],
            "roles_links": [],
            "projects": [user.uuid],
        })
    );
    assert_eq!(user.realname, "User");
    check_catalog(&cloud, &access["serviceCatalog"]);
}

#[tokio::test]
async fn password_credentials_are_uuid_and_token_and_tenant_must_be_the_uuid() {
    let cloud = Cloud::start().await;
    let user = cloud.user.clone();
    let other = cloud.add_user("bob@example.org");
    let ok = json!({"auth": {"passwordCredentials": {"username": user.uuid, "password": user.token},
                              "tenantName": user.uuid}});
    let reply = tokens(&cloud, &ok).await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    assert_eq!(reply.json()["access"]["user"]["id"], user.uuid.as_str());

    let wrong_owner =
        json!({"auth": {"passwordCredentials": {"username": other.uuid, "password": user.token}}});
    assert_fault(
        &tokens(&cloud, &wrong_owner).await,
        401,
        "unauthorized",
        "Invalid credentials",
    );

    let tenant = json!({"auth": {"token": {"id": user.token}, "tenantName": other.uuid}});
    assert_fault(
        &tokens(&cloud, &tenant).await,
        400,
        "badRequest",
        "Not conforming tenantName",
    );
    // An empty tenantName is as good as none.
    let empty_tenant = json!({"auth": {"token": {"id": user.token}, "tenantName": ""}});
    assert_eq!(tokens(&cloud, &empty_tenant).await.status, 200);
}

#[tokio::test]
async fn every_error_of_the_table() {
    let cloud = Cloud::start().await;
    let url = format!("{}/tokens", cloud.identity());
    let token = cloud.user.token.clone();

    let reply = cloud
        .send(
            "POST",
            &url,
            None,
            &[("content-type", "application/json")],
            "{not json",
        )
        .await;
    assert_fault(
        &reply,
        400,
        "badRequest",
        "Could not decode request body as JSON",
    );
    assert_eq!(reply.json()["badRequest"]["details"], "");

    let body = json!({"auth": {"token": {"id": token}}}).to_string();
    let reply = cloud
        .send(
            "POST",
            &url,
            None,
            &[("content-type", "text/plain")],
            body.clone(),
        )
        .await;
    assert_fault(
        &reply,
        400,
        "badRequest",
        "Unsupported Content-type: 'text/plain'",
    );
    let reply = cloud.send("POST", &url, None, &[], body).await;
    assert_fault(
        &reply,
        400,
        "badRequest",
        "Missing Content-Type header field",
    );

    for missing in [
        json!({}),
        json!({"auth": {}}),
        json!({"auth": {"passwordCredentials": {"username": "x"}}}),
        json!([1]),
    ] {
        assert_fault(
            &tokens(&cloud, &missing).await,
            400,
            "badRequest",
            "Malformed request: missing credentials",
        );
    }
    let null = json!({"auth": {"token": {"id": null}}});
    assert_fault(
        &tokens(&cloud, &null).await,
        400,
        "badRequest",
        "Malformed request: missing token",
    );

    let unknown = json!({"auth": {"token": {"id": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}}});
    assert_fault(
        &tokens(&cloud, &unknown).await,
        401,
        "unauthorized",
        "Invalid token",
    );

    let uuid = cloud.user.uuid.clone();
    cloud
        .emulator
        .state()
        .db
        .call_blocking(move |conn| {
            cloud_emulator::users::set_token_expiry(
                conn,
                &uuid,
                cloud_emulator::clock::now_micros() - 1,
            )
        })
        .unwrap();
    let expired = json!({"auth": {"token": {"id": token}}});
    assert_fault(
        &tokens(&cloud, &expired).await,
        401,
        "unauthorized",
        "Authentication expired",
    );

    let bob = cloud.add_user("bob@example.org");
    let bob_uuid = bob.uuid.clone();
    cloud
        .emulator
        .state()
        .db
        .call_blocking(move |conn| {
            conn.execute("UPDATE users SET active = 0 WHERE uuid = ?1", [bob_uuid])
                .unwrap();
            Ok(())
        })
        .unwrap();
    let inactive = json!({"auth": {"token": {"id": bob.token}}});
    assert_fault(
        &tokens(&cloud, &inactive).await,
        401,
        "unauthorized",
        "User inactive",
    );

    let carol = cloud.add_user("carol@example.org");
    let carol_uuid = carol.uuid.clone();
    cloud
        .emulator
        .state()
        .db
        .call_blocking(move |conn| {
            cloud_emulator::users::set_terms_pending(conn, &carol_uuid, true)
        })
        .unwrap();
    let terms = json!({"auth": {"token": {"id": carol.token}}});
    assert_fault(
        &tokens(&cloud, &terms).await,
        401,
        "unauthorized",
        "Pending approval terms",
    );

    for method in ["GET", "PUT", "DELETE"] {
        let reply = cloud.send(method, &url, None, &[], "").await;
        assert_fault(&reply, 405, "notAllowed", "Method not allowed");
        assert_eq!(reply.header("allow"), Some("POST"));
    }
}

#[tokio::test]
async fn version_documents_and_unknown_paths() {
    let cloud = Cloud::start().await;
    let reply = cloud.send("GET", &cloud.identity(), None, &[], "").await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    let slash = cloud
        .send("GET", &format!("{}/", cloud.identity()), None, &[], "")
        .await;
    assert_eq!(slash.status, 200, "{}", slash.text());
    assert_eq!(slash.json(), reply.json());
    let version = &reply.json()["version"];
    assert_eq!(version["id"], "v2.0");
    assert_eq!(version["status"], "CURRENT");
    assert_eq!(version["updated"], "2014-04-17T00:00:00Z");
    assert_eq!(
        version["links"][0]["href"],
        format!("{}/identity/v2.0/", cloud.base)
    );
    assert_eq!(
        version["media_types"][0]["type"],
        "application/vnd.openstack.identity-v2.0+json"
    );

    for root in ["identity", "identity/"] {
        let reply = cloud
            .send("GET", &format!("{}/{root}", cloud.base), None, &[], "")
            .await;
        assert_eq!(reply.status, 200, "{root}: {}", reply.text());
        let values = reply.json()["versions"]["values"].clone();
        assert_eq!(values.as_array().unwrap().len(), 1);
        assert_eq!(values[0]["id"], "v2.0");
        assert_eq!(values[0]["status"], "CURRENT");
    }

    let reply = cloud.send("POST", &cloud.identity(), None, &[], "").await;
    assert_fault(&reply, 405, "notAllowed", "Method not allowed");
    assert_eq!(reply.header("allow"), Some("GET"));

    // GET /tokens/<id> validates OAuth2 tokens only; the emulator issues none.
    let reply = cloud
        .send(
            "GET",
            &format!("{}/tokens/{}", cloud.identity(), cloud.user.token),
            None,
            &[],
            "",
        )
        .await;
    assert_fault(&reply, 404, "itemNotFound", "Token not found");

    for path in ["tenants", "extensions", "tokens/abc/xyz"] {
        let reply = cloud
            .send(
                "GET",
                &format!("{}/{path}", cloud.identity()),
                None,
                &[],
                "",
            )
            .await;
        assert_fault(&reply, 400, "badRequest", "API endpoint not found");
    }
}

#[tokio::test]
async fn admin_user_api_for_the_admin_only() {
    let cloud = Cloud::start().await;
    let admin = cloud.user.token.clone();
    let bob = cloud.add_user("bob@example.org");
    let users = format!("{}/users", cloud.identity());

    let reply = cloud.send("GET", &users, Some(&bob.token), &[], "").await;
    assert_fault(
        &reply,
        403,
        "forbidden",
        "You do not have the permissions to perform this action.",
    );
    let reply = cloud.send("GET", &users, Some("bogus"), &[], "").await;
    assert_fault(&reply, 401, "unauthorized", "Invalid token");

    let list = cloud
        .send("GET", &users, Some(&admin), &[], "")
        .await
        .json();
    let list = list["users"].as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[1]["id"], bob.uuid.as_str());
    assert_eq!(list[1]["email"], "bob@example.org");
    assert_eq!(list[1]["first_name"], "Bob");
    assert_eq!(list[1]["is_active"], true);
    assert!(list[1].get("date_joined").is_none());
    let detail = cloud
        .send("GET", &format!("{users}/detail"), Some(&admin), &[], "")
        .await
        .json();
    assert!(
        detail["users"][1]["auth_token_expires"]
            .as_str()
            .unwrap()
            .ends_with("+00:00")
    );

    // Create: e-mail, first and last name required.
    let create = |body: Value| {
        let users = users.clone();
        let admin = admin.clone();
        let cloud = &cloud;
        async move { cloud.send_json("POST", &users, Some(&admin), &body).await }
    };
    assert_fault(
        &create(json!({"user": {"username": "nope", "first_name": "A", "last_name": "B"}})).await,
        400,
        "badRequest",
        "Invalid username (email format required)",
    );
    assert_fault(
        &create(
            json!({"user": {"username": "bob@example.org", "first_name": "A", "last_name": "B"}}),
        )
        .await,
        409,
        "conflict",
        "User 'bob@example.org' already exists",
    );
    assert_fault(
        &create(json!({"user": {"username": "c@example.org", "last_name": "B"}})).await,
        400,
        "badRequest",
        "Invalid first_name",
    );
    assert_fault(
        &create(json!({"user": {"username": "c@example.org", "first_name": "C"}})).await,
        400,
        "badRequest",
        "Invalid last_name",
    );
    let reply = create(json!({"user": {"username": "carol@example.org", "first_name": "Carol", "last_name": "Smith"}})).await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    let made = reply.json()["user"].clone();
    let carol_uuid = made["id"].as_str().unwrap().to_owned();
    let carol_token = made["auth_token"].as_str().unwrap().to_owned();
    assert_eq!(carol_token.len(), 43);
    let access = tokens(&cloud, &json!({"auth": {"token": {"id": carol_token}}}))
        .await
        .json();
    assert_eq!(access["access"]["user"]["name"], "Carol Smith");
    assert_eq!(access["access"]["user"]["projects"], json!([carol_uuid]));

    // Update, then read back.
    let url = format!("{users}/{carol_uuid}");
    let reply = cloud
        .send_json(
            "PUT",
            &url,
            Some(&admin),
            &json!({"user": {"last_name": "Jones"}}),
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    assert_eq!(reply.json()["user"]["last_name"], "Jones");
    let info = cloud.send("GET", &url, Some(&admin), &[], "").await.json();
    assert_eq!(info["user"]["first_name"], "Carol");
    assert_eq!(info["user"]["last_name"], "Jones");
    let reply = cloud
        .send(
            "GET",
            &format!("{users}/no-such-uuid"),
            Some(&admin),
            &[],
            "",
        )
        .await;
    assert_fault(&reply, 404, "itemNotFound", "User not found");

    // Actions.
    let action = format!("{url}/action");
    let reply = cloud
        .send_json(
            "POST",
            &action,
            Some(&admin),
            &json!({"deactivate": {"reason": "test"}}),
        )
        .await;
    assert_eq!(
        reply.json(),
        json!({"user": {"id": carol_uuid, "is_active": false}})
    );
    assert_fault(
        &tokens(&cloud, &json!({"auth": {"token": {"id": carol_token}}})).await,
        401,
        "unauthorized",
        "User inactive",
    );
    let reply = cloud
        .send_json("POST", &action, Some(&admin), &json!({"activate": {}}))
        .await;
    assert_eq!(reply.json()["user"]["is_active"], true);
    let reply = cloud
        .send_json("POST", &action, Some(&admin), &json!({"renewToken": {}}))
        .await;
    let renewed = reply.json()["user"]["auth_token"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_ne!(renewed, carol_token);
    assert_fault(
        &tokens(&cloud, &json!({"auth": {"token": {"id": carol_token}}})).await,
        401,
        "unauthorized",
        "Invalid token",
    );
    assert_eq!(
        tokens(&cloud, &json!({"auth": {"token": {"id": renewed}}}))
            .await
            .status,
        200
    );
    let reply = cloud
        .send_json("POST", &action, Some(&admin), &json!({"fly": {}}))
        .await;
    assert_fault(&reply, 400, "badRequest", "Invalid action");
}

/// Sends raw bytes over a fresh connection and returns the status line and body.
async fn raw_http(cloud: &Cloud, request: String) -> (String, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = cloud.base.trim_start_matches("http://").to_owned();
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut out = Vec::new();
    stream.read_to_end(&mut out).await.unwrap();
    let text = String::from_utf8_lossy(&out).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    (head.lines().next().unwrap().to_owned(), body.to_owned())
}

#[tokio::test]
async fn a_chunked_body_without_length_gets_the_catalog_only_as_on_astakos() {
    let cloud = Cloud::start().await;
    let json = json!({"auth": {"token": {"id": cloud.user.token}}}).to_string();
    let host = cloud.base.trim_start_matches("http://");
    let request = format!(
        "POST /identity/v2.0/tokens HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n\
         Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n{:x}\r\n{json}\r\n0\r\n\r\n",
        json.len()
    );
    let (status, body) = raw_http(&cloud, request).await;
    assert!(status.contains(" 200 "), "{status}");
    assert!(
        body.contains("serviceCatalog") && !body.contains(&cloud.user.token),
        "{body}"
    );

    // With a length, the same body authenticates.
    let request = format!(
        "POST /identity/v2.0/tokens HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{json}",
        json.len()
    );
    let (status, body) = raw_http(&cloud, request).await;
    assert!(status.contains(" 200 "), "{status}");
    assert!(body.contains(&cloud.user.token), "{body}");
}

#[tokio::test]
async fn in_process_requests_without_length_are_judged_by_their_body() {
    use tower::ServiceExt;
    let cloud = Cloud::start().await;
    let json = json!({"auth": {"token": {"id": cloud.user.token}}}).to_string();
    let request = http::Request::builder()
        .method("POST")
        .uri("/identity/v2.0/tokens")
        .header("content-type", "application/json")
        .body(axum::body::Body::from(json))
        .unwrap();
    let response = cloud.emulator.router().oneshot(request).await.unwrap();
    assert_eq!(response.status(), 200);
    let bytes = http_body_util::BodyExt::collect(response.into_body())
        .await
        .unwrap()
        .to_bytes();
    let doc: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(doc["access"]["token"]["id"], cloud.user.token.as_str());
}
