//! The account service over loopback, raw HTTP: resources, user catalogs,
//! quotas, commissions (which must really move the numbers `/quotas` shows),
//! projects and their state machine, memberships, the default project.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use cloud_emulator::users::User;
use serde_json::{Value, json};
use support::{Cloud, Reply, assert_fault};

const GIB: i64 = 1 << 30;

impl Cloud {
    async fn get_as(&self, path: &str, token: &str) -> Reply {
        self.send(
            "GET",
            &format!("{}{path}", self.account()),
            Some(token),
            &[],
            "",
        )
        .await
    }
    async fn post_as(&self, path: &str, token: &str, body: &Value) -> Reply {
        self.send_json(
            "POST",
            &format!("{}{path}", self.account()),
            Some(token),
            body,
        )
        .await
    }
    async fn quotas_of(&self, token: &str) -> Value {
        let reply = self.get_as("/quotas", token).await;
        assert_eq!(reply.status, 200, "{}", reply.text());
        reply.json()
    }
}

fn far_future() -> &'static str {
    "2100-01-01T00:00:00+00:00"
}

// ---------- resources and user catalogs ----------

#[tokio::test]
async fn resources_need_no_token_and_list_only_api_visible_ones() {
    let cloud = Cloud::start().await;
    let reply = cloud
        .send(
            "GET",
            &format!("{}/resources", cloud.account()),
            None,
            &[],
            "",
        )
        .await;
    assert_eq!(reply.status, 200);
    let doc = reply.json();
    let mut names: Vec<&String> = doc.as_object().unwrap().keys().collect();
    names.sort();
    assert_eq!(
        names,
        vec![
            "cyclades.cpu",
            "cyclades.disk",
            "cyclades.floating_ip",
            "cyclades.network.private",
            "cyclades.ram",
            "cyclades.vm",
            "pithos.diskspace"
        ]
    );
    assert_eq!(
        doc["cyclades.vm"],
        json!({"service": "cyclades_compute", "description": "Number of virtual machines",
               "unit": null, "ui_visible": true, "api_visible": true})
    );
    assert_eq!(doc["pithos.diskspace"]["unit"], "bytes");
    let reply = cloud
        .send(
            "POST",
            &format!("{}/resources", cloud.account()),
            None,
            &[],
            "",
        )
        .await;
    assert_fault(&reply, 405, "notAllowed", "Method not allowed");
    assert_eq!(reply.header("allow"), Some("GET"));
}

#[tokio::test]
async fn user_catalogs_both_ways_omit_unknowns_and_parse_any_content_type() {
    let cloud = Cloud::start().await;
    let bob = cloud.add_user("bob@example.org");
    let url = format!("{}/user_catalogs", cloud.account());
    let token = cloud.user.token.clone();
    let body = json!({"uuids": [cloud.user.uuid, "no-such-uuid"], "displaynames": ["bob@example.org", "nobody@example.org"]});
    // No Content-Type at all: the body is parsed anyway.
    let reply = cloud
        .send("POST", &url, Some(&token), &[], body.to_string())
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    assert_eq!(
        reply.json(),
        json!({"uuid_catalog": {cloud.user.uuid.clone(): "user@localhost"},
               "displayname_catalog": {"bob@example.org": bob.uuid}})
    );
    // Either list may be omitted; null uuids is an empty list.
    let reply = cloud
        .send_json(
            "POST",
            &url,
            Some(&token),
            &json!({"uuids": null, "displaynames": ["user@localhost"]}),
        )
        .await;
    assert_eq!(
        reply.json(),
        json!({"uuid_catalog": {}, "displayname_catalog": {"user@localhost": cloud.user.uuid}})
    );
    let reply = cloud
        .send_json("POST", &url, Some(&token), &json!({"uuids": [bob.uuid]}))
        .await;
    assert_eq!(
        reply.json(),
        json!({"uuid_catalog": {bob.uuid.clone(): "bob@example.org"}, "displayname_catalog": {}})
    );

    let reply = cloud
        .send(
            "POST",
            &url,
            Some(&token),
            &[("content-type", "application/json")],
            "uuids=1",
        )
        .await;
    assert_fault(
        &reply,
        400,
        "badRequest",
        "Request body should be json formatted.",
    );
    let reply = cloud
        .send_json(
            "POST",
            &url,
            Some(&token),
            &json!({"displaynames": "bob@example.org"}),
        )
        .await;
    assert_eq!(reply.status, 400);

    let reply = cloud.send_json("POST", &url, Some("bogus"), &body).await;
    assert_fault(&reply, 401, "unauthorized", "Invalid X-Auth-Token");
    let reply = cloud.send_json("POST", &url, None, &body).await;
    assert_fault(
        &reply,
        401,
        "unauthorized",
        "Access denied. No authentication token",
    );
    let uuid = cloud.user.uuid.clone();
    cloud
        .emulator
        .state()
        .db
        .call_blocking(move |c| cloud_emulator::users::set_token_expiry(c, &uuid, 0))
        .unwrap();
    let reply = cloud.send_json("POST", &url, Some(&token), &body).await;
    assert_fault(&reply, 401, "unauthorized", "Authentication expired");
}

// ---------- quotas and commissions ----------

#[tokio::test]
async fn quotas_show_the_system_project_keyed_by_the_user_uuid() {
    let cloud = Cloud::start().await;
    let quotas = cloud.quotas_of(&cloud.user.token).await;
    let projects = quotas.as_object().unwrap();
    assert_eq!(projects.keys().collect::<Vec<_>>(), vec![&cloud.user.uuid]);
    let mine = &quotas[&cloud.user.uuid];
    assert_eq!(
        mine.as_object().unwrap().len(),
        7,
        "api-visible resources only: {mine}"
    );
    assert_eq!(
        mine["pithos.diskspace"],
        json!({"limit": 100 * GIB, "usage": 0, "pending": 0,
               "project_limit": 100 * GIB, "project_usage": 0, "project_pending": 0})
    );
    assert_eq!(mine["cyclades.vm"]["limit"], 5);
    let reply = cloud
        .send(
            "GET",
            &format!("{}/quotas", cloud.account()),
            Some("bogus"),
            &[],
            "",
        )
        .await;
    assert_fault(&reply, 401, "unauthorized", "Invalid X-Auth-Token");
}

fn vm_provisions(user: &User, quantity: i64) -> Value {
    json!([
        {"holder": format!("user:{}", user.uuid), "source": format!("project:{}", user.uuid),
         "resource": "cyclades.vm", "quantity": quantity},
        {"holder": format!("project:{}", user.uuid), "source": null,
         "resource": "cyclades.vm", "quantity": quantity},
    ])
}

fn vm(quotas: &Value, user: &User) -> (i64, i64, i64, i64) {
    let c = &quotas[&user.uuid]["cyclades.vm"];
    (
        c["usage"].as_i64().unwrap(),
        c["pending"].as_i64().unwrap(),
        c["project_usage"].as_i64().unwrap(),
        c["project_pending"].as_i64().unwrap(),
    )
}

#[tokio::test]
async fn commissions_move_the_usage_that_quotas_report() {
    let cloud = Cloud::start().await;
    let service = cloud.service_token("cyclades");
    let user = cloud.user.clone();

    let reply = cloud
        .post_as(
            "/commissions",
            &service,
            &json!({"name": "create vm", "provisions": vm_provisions(&user, 2)}),
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    let serial = reply.json()["serial"].as_i64().unwrap();
    // Issued: usage (the maximum) and pending rise, for the user and the project.
    assert_eq!(vm(&cloud.quotas_of(&user.token).await, &user), (2, 2, 2, 2));

    let reply = cloud.get_as("/commissions", &service).await;
    assert_eq!(reply.json(), json!([serial]));
    let info = cloud
        .get_as(&format!("/commissions/{serial}"), &service)
        .await
        .json();
    assert_eq!(info["serial"], serial);
    assert_eq!(info["name"], "create vm");
    assert_eq!(info["provisions"], vm_provisions(&user, 2));
    assert!(info["issue_time"].as_str().unwrap().ends_with("+00:00"));

    // Accepted: committed, nothing pending.
    let reply = cloud
        .post_as(
            &format!("/commissions/{serial}/action"),
            &service,
            &json!({"accept": ""}),
        )
        .await;
    assert_eq!(reply.status, 200);
    assert!(reply.body.is_empty());
    assert_eq!(vm(&cloud.quotas_of(&user.token).await, &user), (2, 0, 2, 0));
    assert_eq!(
        cloud.get_as("/commissions", &service).await.json(),
        json!([])
    );

    // Another, rejected: back where it was.
    let serial = cloud
        .post_as(
            "/commissions",
            &service,
            &json!({"provisions": vm_provisions(&user, 1)}),
        )
        .await
        .json()["serial"]
        .as_i64()
        .unwrap();
    assert_eq!(vm(&cloud.quotas_of(&user.token).await, &user), (3, 1, 3, 1));
    let reply = cloud
        .post_as(
            &format!("/commissions/{serial}/action"),
            &service,
            &json!({"reject": ""}),
        )
        .await;
    assert_eq!(reply.status, 200);
    assert_eq!(vm(&cloud.quotas_of(&user.token).await, &user), (2, 0, 2, 0));

    // A release, accepted at once.
    let reply = cloud
        .post_as(
            "/commissions",
            &service,
            &json!({"auto_accept": true, "provisions": vm_provisions(&user, -1)}),
        )
        .await;
    assert_eq!(reply.status, 201);
    assert_eq!(vm(&cloud.quotas_of(&user.token).await, &user), (1, 0, 1, 0));
    assert_eq!(
        cloud.get_as("/commissions", &service).await.json(),
        json!([])
    );

    // Resolve many: accepted, rejected, and the failures.
    let mut serials = Vec::new();
    for _ in 0..3 {
        let r = cloud
            .post_as(
                "/commissions",
                &service,
                &json!({"provisions": vm_provisions(&user, 1)}),
            )
            .await;
        serials.push(r.json()["serial"].as_i64().unwrap());
    }
    assert_eq!(vm(&cloud.quotas_of(&user.token).await, &user), (4, 3, 4, 3));
    let reply = cloud
        .post_as(
            "/commissions/action",
            &service,
            &json!({"accept": [serials[0], serials[2], 9999], "reject": [serials[1], serials[2]]}),
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    assert_eq!(
        reply.json(),
        json!({"accepted": [serials[0]], "rejected": [serials[1]], "failed": [
            [9999, {"itemNotFound": {"code": 404, "message": "serial 9999 does not exist"}}],
            [serials[2], {"badRequest": {"code": 400, "message": format!("cannot both accept and reject serial {}", serials[2])}}],
        ]})
    );
    // serials[2] is still pending.
    assert_eq!(vm(&cloud.quotas_of(&user.token).await, &user), (3, 1, 3, 1));
    assert_eq!(
        cloud.get_as("/commissions", &service).await.json(),
        json!([serials[2]])
    );

    // Another component neither sees nor resolves it.
    let pithos = cloud.service_token("pithos");
    assert_eq!(
        cloud.get_as("/commissions", &pithos).await.json(),
        json!([])
    );
    let reply = cloud
        .post_as(
            &format!("/commissions/{}/action", serials[2]),
            &pithos,
            &json!({"accept": ""}),
        )
        .await;
    assert_eq!(reply.status, 404);
    assert!(reply.body.is_empty());
}

#[tokio::test]
async fn commission_errors() {
    let cloud = Cloud::start().await;
    let service = cloud.service_token("cyclades");
    let user = cloud.user.clone();

    // A user token is not a component token.
    let reply = cloud
        .post_as(
            "/commissions",
            &user.token,
            &json!({"provisions": vm_provisions(&user, 1)}),
        )
        .await;
    assert_fault(&reply, 401, "unauthorized", "Invalid X-Auth-Token");
    let reply = cloud.get_as("/commissions", &user.token).await;
    assert_eq!(reply.status, 401);

    // Over the limit (5 VMs): 413 overLimit with data, no details, nothing changed.
    let reply = cloud
        .post_as(
            "/commissions",
            &service,
            &json!({"provisions": vm_provisions(&user, 6)}),
        )
        .await;
    assert_eq!(reply.status, 413, "{}", reply.text());
    let over = reply.json();
    let expected_message = format!("user:{} has not enough capacity of cyclades.vm.", user.uuid);
    assert_eq!(
        over,
        json!({"overLimit": {"message": expected_message, "code": 413, "data": {
            "name": "NoCapacityError", "limit": 5, "usage": 0,
            "provision": vm_provisions(&user, 6)[0],
        }}})
    );
    assert_eq!(vm(&cloud.quotas_of(&user.token).await, &user), (0, 0, 0, 0));
    // force goes past the limit.
    let reply = cloud
        .post_as(
            "/commissions",
            &service,
            &json!({"force": true, "auto_accept": true, "provisions": vm_provisions(&user, 6)}),
        )
        .await;
    assert_eq!(reply.status, 201);
    assert_eq!(vm(&cloud.quotas_of(&user.token).await, &user), (6, 0, 6, 0));
    // Releasing more than is held.
    let reply = cloud
        .post_as(
            "/commissions",
            &service,
            &json!({"provisions": vm_provisions(&user, -7)}),
        )
        .await;
    assert_eq!(reply.status, 413);
    assert_eq!(reply.json()["overLimit"]["data"]["name"], "NoQuantityError");
    assert_eq!(
        reply.json()["overLimit"]["message"],
        format!(
            "user:{} attempts to release more cyclades.vm than it contains.",
            user.uuid
        )
    );

    // No such holding: 404 with data.
    let ghost = json!([{"holder": "user:ghost", "source": "project:ghost", "resource": "cyclades.vm", "quantity": 1}]);
    let reply = cloud
        .post_as("/commissions", &service, &json!({"provisions": ghost}))
        .await;
    assert_eq!(reply.status, 404);
    let body = reply.json();
    assert_eq!(body["itemNotFound"]["code"], 404);
    assert_eq!(
        body["itemNotFound"]["message"],
        "There is no such holding ('user:ghost', 'project:ghost', 'cyclades.vm')"
    );
    assert_eq!(body["itemNotFound"]["data"]["name"], "NoHoldingError");
    assert!(body["itemNotFound"].get("details").is_none());

    // Invalid data.
    let cases = [
        (json!({}), "Provisions are missing."),
        (json!({"provisions": {}}), "Provisions should be a list."),
        (
            json!({"provisions": vm_provisions(&user, 1), "force": "yes"}),
            "\"force\" option should be a boolean.",
        ),
        (
            json!({"provisions": vm_provisions(&user, 1), "auto_accept": 1}),
            "\"auto_accept\" option should be a boolean.",
        ),
        (
            json!({"provisions": vm_provisions(&user, 1), "name": 5}),
            "Commission name should be a string.",
        ),
    ];
    for (body, message) in cases {
        assert_fault(
            &cloud.post_as("/commissions", &service, &body).await,
            400,
            "badRequest",
            message,
        );
    }
    let bad_quantity = json!({"provisions": [{"holder": "user:x", "source": null, "resource": "cyclades.vm", "quantity": "1"}]});
    let reply = cloud.post_as("/commissions", &service, &bad_quantity).await;
    assert_eq!(reply.status, 400);
    assert!(
        reply.json()["badRequest"]["message"]
            .as_str()
            .unwrap()
            .starts_with("Malformed provision")
    );
    // Checked in order: the first (a release) passes, the second is its duplicate.
    let duplicate =
        json!({"provisions": [vm_provisions(&user, -1)[0], vm_provisions(&user, -1)[0]]});
    let reply = cloud.post_as("/commissions", &service, &duplicate).await;
    assert_eq!(reply.status, 400);
    assert!(
        reply.json()["badRequest"]["message"]
            .as_str()
            .unwrap()
            .starts_with("Duplicate provision")
    );
    // The failed commission changed nothing.
    assert_eq!(vm(&cloud.quotas_of(&user.token).await, &user), (6, 0, 6, 0));

    // Unknown serials: empty 404 bodies.
    let reply = cloud.get_as("/commissions/4242", &service).await;
    assert_eq!(reply.status, 404);
    assert!(reply.body.is_empty());
    let reply = cloud
        .post_as("/commissions/4242/action", &service, &json!({"accept": ""}))
        .await;
    assert_eq!(reply.status, 404);
    assert!(reply.body.is_empty());
    for body in [json!({}), json!({"accept": "", "reject": ""})] {
        let reply = cloud
            .post_as("/commissions/4242/action", &service, &body)
            .await;
        assert_fault(
            &reply,
            400,
            "badRequest",
            "Specify either accept or reject action.",
        );
    }
    let reply = cloud
        .post_as("/commissions/action", &service, &json!({"accept": 1}))
        .await;
    assert_fault(
        &reply,
        400,
        "badRequest",
        "\"accept\" and \"reject\" should reference lists of serials.",
    );
    let reply = cloud
        .post_as("/commissions/action", &service, &json!({"accept": ["1"]}))
        .await;
    assert_fault(&reply, 400, "badRequest", "Serials should be integer.");
    let reply = cloud
        .send(
            "DELETE",
            &format!("{}/commissions", cloud.account()),
            Some(&service),
            &[],
            "",
        )
        .await;
    assert_fault(&reply, 405, "notAllowed", "Method not allowed");
    assert_eq!(reply.header("allow"), Some("GET, POST"));
}

#[tokio::test]
async fn service_quotas_are_per_component() {
    let cloud = Cloud::start().await;
    let bob = cloud.add_user("bob@example.org");
    let cyclades = cloud.service_token("cyclades");
    let pithos = cloud.service_token("pithos");
    let doc = cloud.get_as("/service_quotas", &cyclades).await.json();
    assert!(doc[&cloud.user.uuid][&cloud.user.uuid]["cyclades.vm"]["limit"] == 5);
    assert!(doc[&bob.uuid][&bob.uuid].get("pithos.diskspace").is_none());
    assert!(
        doc[&bob.uuid][&bob.uuid]
            .get("cyclades.total_cpu")
            .is_some()
    );
    let doc = cloud
        .get_as(&format!("/service_quotas?user={}", bob.uuid), &pithos)
        .await
        .json();
    assert_eq!(doc.as_object().unwrap().len(), 1);
    assert_eq!(
        doc[&bob.uuid][&bob.uuid],
        json!({"pithos.diskspace": {"limit": 100 * GIB, "usage": 0, "pending": 0,
            "project_limit": 100 * GIB, "project_usage": 0, "project_pending": 0}})
    );
    let reply = cloud.get_as("/service_quotas?user=nobody", &pithos).await;
    assert_fault(&reply, 404, "itemNotFound", "No user with UUID 'nobody'");
    let reply = cloud.get_as("/service_quotas", &cloud.user.token).await;
    assert_fault(&reply, 401, "unauthorized", "Invalid X-Auth-Token");
    let doc = cloud
        .get_as(
            &format!("/service_project_quotas?project={}", bob.uuid),
            &pithos,
        )
        .await
        .json();
    assert_eq!(
        doc,
        json!({bob.uuid.clone(): {"pithos.diskspace": {"project_limit": 100 * GIB, "project_usage": 0, "project_pending": 0}}})
    );
}

// ---------- projects ----------

fn spec(name: &str, join: &str) -> Value {
    json!({
        "name": name, "end_date": far_future(), "join_policy": join, "leave_policy": "auto",
        "description": "a test project", "max_members": 10,
        "resources": {"cyclades.vm": {"project_capacity": 4, "member_capacity": 2},
                      "pithos.diskspace": {"project_capacity": 4 * GIB, "member_capacity": GIB}},
    })
}

/// Creates a project as `owner` and approves it as the default (admin) user.
async fn active_project(cloud: &Cloud, owner: &User, name: &str, join: &str) -> String {
    let reply = cloud
        .post_as("/projects", &owner.token, &spec(name, join))
        .await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    let created = reply.json();
    let id = created["id"].as_str().unwrap().to_owned();
    let app = created["application"].as_i64().unwrap();
    let reply = cloud
        .post_as(
            &format!("/projects/{id}/action"),
            &cloud.user.token,
            &json!({"approve": {"app_id": app, "reason": "ok"}}),
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    id
}

#[tokio::test]
async fn create_validates_the_spec() {
    let cloud = Cloud::start().await;
    let bob = cloud.add_user("bob@example.org");
    let mut cases: Vec<(Value, u16, &str, &str)> = Vec::new();
    let with = |key: &str, value: Value| {
        let mut s = spec("test.example.org", "auto");
        s[key] = value;
        s
    };
    let without = |key: &str| {
        let mut s = spec("test.example.org", "auto");
        s.as_object_mut().unwrap().remove(key);
        s
    };
    cases.push((without("name"), 400, "badRequest", "Name missing."));
    cases.push((
        with("name", json!("myproject")),
        400,
        "badRequest",
        "Project name should be in domain format",
    ));
    cases.push((without("end_date"), 400, "badRequest", "Missing end date"));
    cases.push((
        with("end_date", json!("someday")),
        400,
        "badRequest",
        "Invalid end_date",
    ));
    cases.push((
        with("end_date", json!("2000-01-01T00:00:00Z")),
        400,
        "badRequest",
        "Project end date should be equal or greater than than the current date.",
    ));
    cases.push((
        with("join_policy", json!("open")),
        400,
        "badRequest",
        "Invalid join policy",
    ));
    cases.push((
        with("leave_policy", json!(3)),
        400,
        "badRequest",
        "Invalid leave policy",
    ));
    cases.push((
        with("owner", json!("no-such-user")),
        400,
        "badRequest",
        "User does not exist.",
    ));
    cases.push((
        with("private", json!("no")),
        400,
        "badRequest",
        "private must be boolean",
    ));
    cases.push((
        with("homepage", json!(1)),
        400,
        "badRequest",
        "homepage must be string",
    ));
    cases.push((
        with("max_members", json!(-1)),
        400,
        "badRequest",
        "Invalid max_members",
    ));
    cases.push((
        with(
            "resources",
            json!({"no.such": {"project_capacity": 1, "member_capacity": 1}}),
        ),
        400,
        "badRequest",
        "Resource 'no.such' does not exist.",
    ));
    cases.push((
        with("owner", json!(cloud.user.uuid)),
        403,
        "forbidden",
        "You do not have the permissions to perform this action.",
    ));
    for (body, status, key, message) in cases {
        let reply = cloud.post_as("/projects", &bob.token, &body).await;
        assert_fault(&reply, status, key, message);
    }
    let reply = cloud
        .send(
            "POST",
            &format!("{}/projects", cloud.account()),
            Some(&bob.token),
            &[("content-type", "text/plain")],
            "{}",
        )
        .await;
    assert_fault(
        &reply,
        400,
        "badRequest",
        "Unsupported Content-type: 'text/plain'",
    );
    // Nothing was created: bob's only project is his system project.
    let list = cloud.get_as("/projects", &bob.token).await.json();
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["id"], bob.uuid.as_str());
    assert_eq!(list[0]["system_project"], true);
}

#[tokio::test]
async fn project_lifecycle_and_its_conflicts() {
    let cloud = Cloud::start().await;
    let admin = cloud.user.clone();
    let bob = cloud.add_user("bob@example.org");
    let reply = cloud
        .post_as(
            "/projects",
            &bob.token,
            &spec("lab.example.org", "moderated"),
        )
        .await;
    assert_eq!(reply.status, 201);
    let created = reply.json();
    let id = created["id"].as_str().unwrap().to_owned();
    let app = created["application"].as_i64().unwrap();

    let info = cloud
        .get_as(&format!("/projects/{id}"), &bob.token)
        .await
        .json();
    assert_eq!(info["state"], "uninitialized");
    assert_eq!(info["owner"], bob.uuid.as_str());
    assert_eq!(info["name"], "lab.example.org");
    assert_eq!(info["join_policy"], "moderated");
    assert_eq!(info["end_date"], "2100-01-01T00:00:00.000000+00:00");
    assert_eq!(info["last_application"]["id"], app);
    assert_eq!(info["last_application"]["state"], "pending");
    assert_eq!(info["last_application"]["applicant"], bob.uuid.as_str());
    assert_eq!(
        info["last_application"]["resources"]["cyclades.vm"],
        json!({"project_capacity": 4, "member_capacity": 2})
    );
    assert_eq!(info["resources"], json!({}));

    let act = |token: String, body: Value| {
        let url = format!("{}/projects/{id}/action", cloud.account());
        let cloud = &cloud;
        async move { cloud.send_json("POST", &url, Some(&token), &body).await }
    };

    // Only a project admin approves; app_id is required; one action at a time.
    assert_fault(
        &act(bob.token.clone(), json!({"approve": {"app_id": app}})).await,
        403,
        "forbidden",
        "You do not have the permissions to perform this action.",
    );
    assert_fault(
        &act(admin.token.clone(), json!({"approve": {"reason": "x"}})).await,
        400,
        "badRequest",
        "Missing app_id",
    );
    assert_fault(
        &act(
            admin.token.clone(),
            json!({"approve": {"app_id": app}, "deny": {"app_id": app}}),
        )
        .await,
        400,
        "badRequest",
        "Multiple actions not supported",
    );
    assert_fault(
        &act(admin.token.clone(), json!({"frobnicate": {}})).await,
        400,
        "badRequest",
        "No recognized action",
    );
    assert_fault(
        &act(admin.token.clone(), json!({"approve": {"app_id": 999}})).await,
        404,
        "itemNotFound",
        "There is no project application identified by 999.",
    );
    assert_eq!(
        act(
            admin.token.clone(),
            json!({"approve": {"app_id": app, "reason": "fine"}})
        )
        .await
        .status,
        200
    );
    assert_fault(
        &act(admin.token.clone(), json!({"approve": {"app_id": app}})).await,
        409,
        "conflict",
        &format!("Cannot approve application {app} in state 'approved'"),
    );

    let info = cloud
        .get_as(&format!("/projects/{id}"), &bob.token)
        .await
        .json();
    assert_eq!(info["state"], "active");
    assert_eq!(
        info["resources"]["cyclades.vm"],
        json!({"project_capacity": 4, "member_capacity": 2})
    );
    assert_eq!(info["last_application"]["state"], "approved");

    // Modify: a new application; nothing changes until approved.
    let reply = cloud
        .send_json("PUT", &format!("{}/projects/{id}", cloud.account()), Some(&bob.token),
            &json!({"description": "changed", "resources": {"cyclades.vm": {"project_capacity": 8, "member_capacity": 3}}}))
        .await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    let app2 = reply.json()["application"].as_i64().unwrap();
    assert_eq!(reply.json()["id"], id.as_str());
    let info = cloud
        .get_as(&format!("/projects/{id}"), &bob.token)
        .await
        .json();
    assert_eq!(info["description"], "a test project");
    assert_eq!(info["last_application"]["id"], app2);
    assert_eq!(info["last_application"]["name"], Value::Null);
    // The applicant cancels it; dismissing needs a denied application.
    assert_fault(
        &act(bob.token.clone(), json!({"dismiss": {"app_id": app2}})).await,
        409,
        "conflict",
        &format!("Cannot dismiss application {app2} in state 'pending'"),
    );
    assert_eq!(
        act(bob.token.clone(), json!({"cancel": {"app_id": app2}}))
            .await
            .status,
        200
    );
    let reply = cloud
        .send_json(
            "PUT",
            &format!("{}/projects/{id}", cloud.account()),
            Some(&bob.token),
            &json!({"description": "changed"}),
        )
        .await;
    let app3 = reply.json()["application"].as_i64().unwrap();
    assert_eq!(
        act(admin.token.clone(), json!({"approve": {"app_id": app3}}))
            .await
            .status,
        200
    );
    let info = cloud
        .get_as(&format!("/projects/{id}"), &bob.token)
        .await
        .json();
    assert_eq!(info["description"], "changed");
    assert_eq!(info["resources"]["cyclades.vm"]["project_capacity"], 4);

    // Project actions: admin only, with state checks.
    assert_fault(
        &act(bob.token.clone(), json!({"suspend": {"reason": "x"}})).await,
        403,
        "forbidden",
        "You do not have the permissions to perform this action.",
    );
    assert_fault(
        &act(admin.token.clone(), json!({"unsuspend": {}})).await,
        409,
        "conflict",
        &format!("Project {id} is not suspended."),
    );
    assert_fault(
        &act(admin.token.clone(), json!({"reinstate": {}})).await,
        409,
        "conflict",
        &format!("Project {id} is not terminated."),
    );
    assert_eq!(
        act(admin.token.clone(), json!({"suspend": {"reason": "x"}}))
            .await
            .status,
        200
    );
    let info = cloud
        .get_as(&format!("/projects/{id}"), &bob.token)
        .await
        .json();
    assert_eq!(info["state"], "suspended");
    assert!(
        info["deactivation_date"]
            .as_str()
            .unwrap()
            .ends_with("+00:00")
    );
    assert_fault(
        &act(admin.token.clone(), json!({"suspend": {}})).await,
        409,
        "conflict",
        &format!("Project {id} is not alive."),
    );
    assert_eq!(
        act(admin.token.clone(), json!({"unsuspend": {}}))
            .await
            .status,
        200
    );
    assert_eq!(
        act(admin.token.clone(), json!({"terminate": {}}))
            .await
            .status,
        200
    );
    assert_fault(
        &act(admin.token.clone(), json!({"terminate": {}})).await,
        409,
        "conflict",
        &format!("Project {id} is not alive."),
    );
    assert_eq!(
        act(admin.token.clone(), json!({"reinstate": {}}))
            .await
            .status,
        200
    );
    assert_eq!(
        cloud
            .get_as(&format!("/projects/{id}"), &bob.token)
            .await
            .json()["state"],
        "active"
    );

    // A denied initial application, dismissed: the project is deleted.
    let reply = cloud
        .post_as("/projects", &bob.token, &spec("denied.example.org", "auto"))
        .await
        .json();
    let (id2, app) = (
        reply["id"].as_str().unwrap().to_owned(),
        reply["application"].as_i64().unwrap(),
    );
    let url2 = format!("/projects/{id2}/action");
    assert_eq!(
        cloud
            .post_as(
                &url2,
                &admin.token,
                &json!({"deny": {"app_id": app, "reason": "no"}})
            )
            .await
            .status,
        200
    );
    assert_eq!(
        cloud
            .post_as(&url2, &bob.token, &json!({"dismiss": {"app_id": app}}))
            .await
            .status,
        200
    );
    let info = cloud
        .get_as(&format!("/projects/{id2}"), &bob.token)
        .await
        .json();
    assert_eq!(info["state"], "deleted");
    assert_eq!(info["last_application"]["state"], "dismissed");

    // Unknown projects.
    let reply = cloud.get_as("/projects/no-such-project", &bob.token).await;
    assert_fault(
        &reply,
        404,
        "itemNotFound",
        "There is no project identified by no-such-project.",
    );
    let reply = cloud
        .post_as(
            "/projects/no-such-project/action",
            &admin.token,
            &json!({"suspend": {}}),
        )
        .await;
    assert_eq!(reply.status, 404);
    let reply = cloud
        .send(
            "DELETE",
            &format!("{}/projects/{id}", cloud.account()),
            Some(&bob.token),
            &[],
            "",
        )
        .await;
    assert_fault(&reply, 405, "notAllowed", "Method not allowed");
    assert_eq!(reply.header("allow"), Some("GET, PUT"));
}

#[tokio::test]
async fn project_list_filters_and_modes() {
    let cloud = Cloud::start().await;
    let bob = cloud.add_user("bob@example.org");
    let carol = cloud.add_user("carol@example.org");
    let a = active_project(&cloud, &bob, "a.example.org", "auto").await;
    let reply = cloud
        .post_as("/projects", &bob.token, &spec("b.example.org", "auto"))
        .await;
    let b = reply.json()["id"].as_str().unwrap().to_owned();

    let ids = |reply: Reply| -> Vec<String> {
        assert_eq!(reply.status, 200, "{}", reply.text());
        reply
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        ids(cloud.get_as("/projects", &bob.token).await),
        vec![bob.uuid.clone(), a.clone(), b.clone()]
    );
    assert_eq!(
        ids(cloud.get_as("/projects?mode=related", &bob.token).await),
        vec![bob.uuid.clone(), a.clone(), b.clone()]
    );
    assert_eq!(
        ids(cloud.get_as("/projects?state=active", &bob.token).await),
        vec![bob.uuid.clone(), a.clone()]
    );
    assert_eq!(
        ids(cloud
            .get_as("/projects?state=uninitialized", &bob.token)
            .await),
        vec![b.clone()]
    );
    assert_eq!(
        ids(cloud
            .get_as("/projects?name=a.example.org", &bob.token)
            .await),
        vec![a.clone()]
    );
    assert_eq!(
        ids(cloud
            .get_as(&format!("/projects?owner={}", bob.uuid), &bob.token)
            .await),
        vec![a.clone(), b.clone()]
    );
    // mode=member: active projects where the caller is an accepted member.
    assert_eq!(
        ids(cloud.get_as("/projects?mode=member", &bob.token).await),
        vec![bob.uuid.clone()]
    );
    // Carol sees only her own until she joins.
    assert_eq!(
        ids(cloud.get_as("/projects", &carol.token).await),
        vec![carol.uuid.clone()]
    );
    // The project admin (the default user) sees everything.
    assert_eq!(
        cloud
            .get_as("/projects", &cloud.user.token)
            .await
            .json()
            .as_array()
            .unwrap()
            .len(),
        5
    );
    // Someone else's public project is visible by id, without its application.
    let info = cloud
        .get_as(&format!("/projects/{a}"), &carol.token)
        .await
        .json();
    assert_eq!(info["state"], "active");
    assert!(info.get("last_application").is_none());

    assert_fault(
        &cloud.get_as("/projects?state=bogus", &bob.token).await,
        400,
        "badRequest",
        "Unrecognized state bogus",
    );
    assert_fault(
        &cloud.get_as("/projects?mode=bogus", &bob.token).await,
        400,
        "badRequest",
        "Unrecognized mode 'bogus'.",
    );
}

// ---------- memberships ----------

#[tokio::test]
async fn memberships_give_and_take_quota() {
    let cloud = Cloud::start().await;
    let bob = cloud.add_user("bob@example.org");
    let carol = cloud.add_user("carol@example.org");
    let open = active_project(&cloud, &bob, "open.example.org", "auto").await;
    let moderated = active_project(&cloud, &bob, "mod.example.org", "moderated").await;
    let closed = active_project(&cloud, &bob, "closed.example.org", "closed").await;

    // Join an auto project: accepted at once, with quota.
    let reply = cloud
        .post_as(
            "/projects/memberships",
            &carol.token,
            &json!({"join": {"project": open}}),
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    let m_open = reply.json()["id"].as_i64().unwrap();
    let quotas = cloud.quotas_of(&carol.token).await;
    assert_eq!(quotas.as_object().unwrap().len(), 2);
    assert_eq!(
        quotas[&open]["cyclades.vm"],
        json!({"limit": 2, "usage": 0, "pending": 0, "project_limit": 4, "project_usage": 0, "project_pending": 0})
    );
    assert_eq!(
        quotas[&open]["cyclades.ram"]["limit"], 0,
        "resources the project does not grant"
    );
    let access = cloud
        .send_json(
            "POST",
            &format!("{}/tokens", cloud.identity()),
            None,
            &json!({"auth": {"token": {"id": carol.token}}}),
        )
        .await
        .json();
    assert_eq!(
        access["access"]["user"]["projects"],
        json!([carol.uuid, open])
    );

    // A commission against the new holding.
    let service = cloud.service_token("cyclades");
    let provisions = json!([
        {"holder": format!("user:{}", carol.uuid), "source": format!("project:{open}"), "resource": "cyclades.vm", "quantity": 2},
        {"holder": format!("project:{open}"), "source": null, "resource": "cyclades.vm", "quantity": 2},
    ]);
    let reply = cloud
        .post_as(
            "/commissions",
            &service,
            &json!({"auto_accept": true, "provisions": provisions}),
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    assert_eq!(
        cloud.quotas_of(&carol.token).await[&open]["cyclades.vm"]["usage"],
        2
    );
    let reply = cloud
        .post_as(
            "/commissions",
            &service,
            &json!({"provisions": [provisions[0].clone()]}),
        )
        .await;
    assert_eq!(reply.status, 413);

    // Twice is a conflict; a closed project cannot be joined.
    let reply = cloud
        .post_as(
            "/projects/memberships",
            &carol.token,
            &json!({"join": {"project": open}}),
        )
        .await;
    assert_fault(
        &reply,
        409,
        "conflict",
        "Request or membership already exists.",
    );
    let reply = cloud
        .post_as(
            "/projects/memberships",
            &carol.token,
            &json!({"join": {"project": closed}}),
        )
        .await;
    assert_fault(
        &reply,
        409,
        "conflict",
        "The Project's member join policy is closed.",
    );
    let reply = cloud
        .post_as(
            "/projects/memberships",
            &carol.token,
            &json!({"join": {"project": "nope"}}),
        )
        .await;
    assert_fault(
        &reply,
        404,
        "itemNotFound",
        "There is no project identified by nope.",
    );
    let reply = cloud
        .post_as(
            "/projects/memberships",
            &carol.token,
            &json!({"join": {"project": open}, "enroll": {}}),
        )
        .await;
    assert_fault(&reply, 400, "badRequest", "Multiple actions not supported");

    // Moderated: requested, then the owner accepts.
    let reply = cloud
        .post_as(
            "/projects/memberships",
            &carol.token,
            &json!({"join": {"project": moderated}}),
        )
        .await;
    let m_mod = reply.json()["id"].as_i64().unwrap();
    let info = cloud
        .get_as(&format!("/projects/memberships/{m_mod}"), &carol.token)
        .await
        .json();
    assert_eq!(info["state"], "requested");
    assert_eq!(info["user"], carol.uuid.as_str());
    assert_eq!(info["project"], moderated.as_str());
    assert_eq!(info["allowed_actions"], json!(["cancel"]));
    assert!(info["requested"].as_str().unwrap().ends_with("+00:00"));
    let as_owner = cloud
        .get_as(&format!("/projects/memberships/{m_mod}"), &bob.token)
        .await
        .json();
    assert_eq!(as_owner["allowed_actions"], json!(["accept", "reject"]));
    assert!(
        cloud
            .quotas_of(&carol.token)
            .await
            .get(&moderated)
            .is_none()
    );
    let act = |token: &str, id: i64, body: Value| {
        let url = format!("{}/projects/memberships/{id}/action", cloud.account());
        let token = token.to_owned();
        let cloud = &cloud;
        async move { cloud.send_json("POST", &url, Some(&token), &body).await }
    };
    assert_fault(
        &act(&carol.token, m_mod, json!({"accept": "me"})).await,
        403,
        "forbidden",
        "You do not have the permissions to perform this action.",
    );
    assert_eq!(
        act(&bob.token, m_mod, json!({"accept": "welcome"}))
            .await
            .status,
        200
    );
    let info = cloud
        .get_as(&format!("/projects/memberships/{m_mod}"), &carol.token)
        .await
        .json();
    assert_eq!(info["state"], "accepted");
    assert_eq!(info["allowed_actions"], json!(["leave"]));
    assert!(info["accepted"].is_string());
    assert_eq!(
        cloud.quotas_of(&carol.token).await[&moderated]["cyclades.vm"]["limit"],
        2
    );
    assert_fault(
        &act(&bob.token, m_mod, json!({"accept": ""})).await,
        409,
        "conflict",
        "This is not a valid membership request.",
    );

    // Leaving an auto-leave project: removed, and the quota goes.
    assert_eq!(
        act(&carol.token, m_mod, json!({"leave": "bye"}))
            .await
            .status,
        200
    );
    assert_eq!(
        cloud
            .get_as(&format!("/projects/memberships/{m_mod}"), &carol.token)
            .await
            .json()["state"],
        "removed"
    );
    assert!(
        cloud
            .quotas_of(&carol.token)
            .await
            .get(&moderated)
            .is_none()
    );
    assert_fault(
        &act(&carol.token, m_mod, json!({"leave": ""})).await,
        409,
        "conflict",
        "This is not an accepted membership.",
    );

    // Enroll by e-mail; unknown users are 404; only managers enroll.
    let dave = cloud.add_user("dave@example.org");
    let reply = cloud
        .post_as(
            "/projects/memberships",
            &bob.token,
            &json!({"enroll": {"project": closed, "user": "dave@example.org"}}),
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    let m_dave = reply.json()["id"].as_i64().unwrap();
    assert_eq!(
        cloud.quotas_of(&dave.token).await[&closed]["pithos.diskspace"]["limit"],
        GIB
    );
    let reply = cloud
        .post_as(
            "/projects/memberships",
            &bob.token,
            &json!({"enroll": {"project": closed, "user": "ghost@example.org"}}),
        )
        .await;
    assert_fault(
        &reply,
        404,
        "itemNotFound",
        "There is no user identified by ghost@example.org.",
    );
    let reply = cloud
        .post_as(
            "/projects/memberships",
            &carol.token,
            &json!({"enroll": {"project": closed, "user": "dave@example.org"}}),
        )
        .await;
    assert_eq!(reply.status, 403);
    let reply = cloud
        .post_as(
            "/projects/memberships",
            &bob.token,
            &json!({"enroll": {"project": closed, "user": "dave@example.org"}}),
        )
        .await;
    assert_fault(&reply, 409, "conflict", "Membership already exists.");
    // The owner removes him.
    assert_eq!(
        act(&bob.token, m_dave, json!({"remove": "done"}))
            .await
            .status,
        200
    );
    assert!(cloud.quotas_of(&dave.token).await.get(&closed).is_none());

    // Listing: one's own memberships, and those of the projects one owns.
    let mine = cloud
        .get_as("/projects/memberships", &carol.token)
        .await
        .json();
    let ids: Vec<i64> = mine
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_i64().unwrap())
        .collect();
    assert!(
        ids.contains(&m_open) && ids.contains(&m_mod) && !ids.contains(&m_dave),
        "{mine}"
    );
    let owned = cloud
        .get_as(
            &format!("/projects/memberships?project={closed}"),
            &bob.token,
        )
        .await
        .json();
    assert_eq!(owned.as_array().unwrap().len(), 1);
    assert_eq!(owned[0]["state"], "removed");
    // Someone else's membership is forbidden; unknown ones are 404.
    assert_eq!(
        cloud
            .get_as(&format!("/projects/memberships/{m_dave}"), &carol.token)
            .await
            .status,
        403
    );
    assert_fault(
        &cloud
            .get_as("/projects/memberships/9999", &carol.token)
            .await,
        404,
        "itemNotFound",
        "There is no membership identified by 9999.",
    );

    // Suspending a project zeroes its members' limits.
    let url = format!("/projects/{open}/action");
    assert_eq!(
        cloud
            .post_as(&url, &cloud.user.token, &json!({"suspend": {}}))
            .await
            .status,
        200
    );
    let counters = cloud.quotas_of(&carol.token).await[&open]["cyclades.vm"].clone();
    assert_eq!(
        counters,
        json!({"limit": 0, "usage": 2, "pending": 0, "project_limit": 0, "project_usage": 2, "project_pending": 0})
    );
    assert_eq!(
        cloud
            .post_as(&url, &cloud.user.token, &json!({"unsuspend": {}}))
            .await
            .status,
        200
    );
    assert_eq!(
        cloud.quotas_of(&carol.token).await[&open]["cyclades.vm"]["limit"],
        2
    );
}

#[tokio::test]
async fn default_project_changes_the_token_tenant() {
    let cloud = Cloud::start().await;
    let bob = cloud.add_user("bob@example.org");
    let project = active_project(&cloud, &cloud.user.clone(), "home.example.org", "auto").await;
    let reply = cloud
        .post_as("/myaccount/default_project", &bob.token, &json!({}))
        .await;
    assert_fault(&reply, 403, "forbidden", "Project id not specified");
    let reply = cloud
        .post_as(
            "/myaccount/default_project",
            &bob.token,
            &json!({"project_id": project}),
        )
        .await;
    assert_eq!(reply.status, 403, "not a member yet");
    cloud
        .post_as(
            "/projects/memberships",
            &bob.token,
            &json!({"join": {"project": project}}),
        )
        .await;
    let reply = cloud
        .post_as(
            "/myaccount/default_project",
            &bob.token,
            &json!({"project_id": project}),
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    let access = cloud
        .send_json(
            "POST",
            &format!("{}/tokens", cloud.identity()),
            None,
            &json!({"auth": {"token": {"id": bob.token}}}),
        )
        .await
        .json();
    assert_eq!(access["access"]["token"]["tenant"]["id"], project.as_str());
    assert_eq!(access["access"]["token"]["tenant"]["name"], "Bob");
}

#[tokio::test]
async fn unknown_account_paths_are_bad_requests() {
    let cloud = Cloud::start().await;
    let reply = cloud.get_as("/nothing/here", &cloud.user.token).await;
    assert_fault(&reply, 400, "badRequest", "API endpoint not found");
}

#[tokio::test]
async fn service_user_catalogs_take_a_component_token_and_null_means_everyone() {
    let cloud = Cloud::start().await;
    let bob = cloud.add_user("bob@example.org");
    let service = cloud.service_token("pithos");
    let reply = cloud
        .post_as(
            "/service/user_catalogs",
            &service,
            &json!({"uuids": null, "displaynames": ["bob@example.org", "x"]}),
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    assert_eq!(
        reply.json(),
        json!({"uuid_catalog": {cloud.user.uuid.clone(): "user@localhost", bob.uuid.clone(): "bob@example.org"},
               "displayname_catalog": {"bob@example.org": bob.uuid}})
    );
    let reply = cloud
        .post_as("/service/user_catalogs", &bob.token, &json!({"uuids": []}))
        .await;
    assert_fault(&reply, 401, "unauthorized", "Invalid X-Auth-Token");
}

#[tokio::test]
async fn feedback_is_a_form() {
    let cloud = Cloud::start().await;
    let url = format!("{}/feedback", cloud.account());
    let token = cloud.user.token.clone();
    let form = [("content-type", "application/x-www-form-urlencoded")];
    let reply = cloud
        .send(
            "POST",
            &url,
            Some(&token),
            &form,
            "feedback_msg=it+works%21&feedback_data=v1",
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    assert!(reply.body.is_empty());
    let stored: (String, String) = cloud
        .emulator
        .state()
        .db
        .call_blocking(|c| {
            Ok(c.query_row("SELECT message, data FROM feedback", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?)
        })
        .unwrap();
    assert_eq!(stored, ("it works!".to_owned(), "v1".to_owned()));
    let reply = cloud
        .send("POST", &url, Some(&token), &form, "feedback_data=v1")
        .await;
    assert_fault(&reply, 400, "badRequest", "Invalid data");
    // astakosclient's octet-stream body is not a form.
    let reply = cloud
        .send(
            "POST",
            &url,
            Some(&token),
            &[("content-type", "application/octet-stream")],
            "feedback_msg=x",
        )
        .await;
    assert_fault(&reply, 400, "badRequest", "Invalid data");
}

#[tokio::test]
async fn names_are_unique_among_alive_projects() {
    let cloud = Cloud::start().await;
    let bob = cloud.add_user("bob@example.org");
    active_project(&cloud, &bob, "same.example.org", "auto").await;
    let reply = cloud
        .post_as("/projects", &bob.token, &spec("same.example.org", "auto"))
        .await
        .json();
    let (id, app) = (
        reply["id"].as_str().unwrap().to_owned(),
        reply["application"].as_i64().unwrap(),
    );
    let reply = cloud
        .post_as(
            &format!("/projects/{id}/action"),
            &cloud.user.token,
            &json!({"approve": {"app_id": app}}),
        )
        .await;
    assert_fault(
        &reply,
        409,
        "conflict",
        "The project name (as specified in its application's definition) must be unique among all active projects.",
    );
}

#[tokio::test]
async fn the_token_may_come_as_a_query_parameter() {
    let cloud = Cloud::start().await;
    let url = format!(
        "{}/quotas?X-Auth-Token={}",
        cloud.account(),
        cloud.user.token
    );
    let reply = cloud.send("GET", &url, None, &[], "").await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    assert!(reply.json().get(&cloud.user.uuid).is_some());
}

#[test]
fn service_token_subcommand_prints_a_stable_component_token() {
    let dir = support::TempDir::new("service-token");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_cloud-emulator"))
            .args(args)
            .arg("--data")
            .arg(dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    };
    let first = run(&["service-token"]);
    assert_eq!(first.len(), 43, "{first}");
    assert_eq!(
        run(&["service-token", "cyclades"]),
        first,
        "cyclades is the default and the token is kept"
    );
    let pithos = run(&["service-token", "pithos"]);
    assert_ne!(pithos, first);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cloud-emulator"))
        .args(["service-token", "nova", "--data"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("No component 'nova'"));
    // The emulator on the same directory accepts it.
    let emulator =
        cloud_emulator::Emulator::open(cloud_emulator::Options::new(dir.path())).unwrap();
    let component = emulator
        .state()
        .db
        .call_blocking(move |c| cloud_emulator::account::components::authenticate(c, Some(&first)))
        .unwrap();
    assert_eq!(component, "cyclades");
}

#[tokio::test]
async fn pithos_usage_shows_in_quotas() {
    let cloud = Cloud::start().await;
    let token = cloud.user.token.clone();
    let container = format!("{}/{}/photos", cloud.pithos(), cloud.user.uuid);
    let reply = cloud.send("PUT", &container, Some(&token), &[], "").await;
    assert!(
        reply.status.is_success(),
        "{} {}",
        reply.status,
        reply.text()
    );
    let reply = cloud
        .send(
            "PUT",
            &format!("{container}/a.txt"),
            Some(&token),
            &[("content-type", "text/plain")],
            "0123456789",
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    let disk = cloud.quotas_of(&token).await[&cloud.user.uuid]["pithos.diskspace"].clone();
    assert_eq!(disk["usage"], 10);
    assert_eq!(disk["pending"], 0);
    assert_eq!(disk["project_usage"], 10);
}

#[tokio::test]
async fn pending_applications_are_limited_for_users_not_admins() {
    let cloud = Cloud::start().await;
    let bob = cloud.add_user("bob@example.org");
    let mut pending = Vec::new();
    for i in 0..3 {
        let reply = cloud
            .post_as(
                "/projects",
                &bob.token,
                &spec(&format!("p{i}.example.org"), "auto"),
            )
            .await;
        assert_eq!(reply.status, 201, "{}", reply.text());
        pending.push(reply.json());
    }
    // A modification of a pending project replaces its application: still 3.
    let first = pending[0]["id"].as_str().unwrap().to_owned();
    let reply = cloud
        .send_json(
            "PUT",
            &format!("{}/projects/{first}", cloud.account()),
            Some(&bob.token),
            &json!({"comments": "again"}),
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    let replacement = reply.json()["application"].as_i64().unwrap();
    let info = cloud
        .get_as(&format!("/projects/{first}"), &bob.token)
        .await
        .json();
    assert_eq!(info["last_application"]["id"], replacement);
    let reply = cloud
        .post_as("/projects", &bob.token, &spec("p3.example.org", "auto"))
        .await;
    assert_fault(
        &reply,
        409,
        "conflict",
        "You have reached the maximum number of pending project applications: 3.",
    );
    // Cancelling one makes room.
    let reply = cloud
        .post_as(
            &format!("/projects/{first}/action"),
            &bob.token,
            &json!({"cancel": {"app_id": replacement}}),
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    let reply = cloud
        .post_as("/projects", &bob.token, &spec("p3.example.org", "auto"))
        .await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    // The project admin is not limited.
    for i in 0..5 {
        let reply = cloud
            .post_as(
                "/projects",
                &cloud.user.token,
                &spec(&format!("a{i}.example.org"), "auto"),
            )
            .await;
        assert_eq!(reply.status, 201, "{}", reply.text());
    }
}
