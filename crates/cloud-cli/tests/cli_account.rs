//! End to end: every account command of the built `kamaki` against an
//! emulator on loopback, in table and json forms.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{Cloud, Home};
use serde_json::Value;

#[test]
fn user_commands() {
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);

    let auth = home
        .run(&["user", "authenticate", "--output-format", "json"])
        .json();
    assert_eq!(auth["user"]["id"], cloud.uuid.as_str());
    assert_eq!(auth["token"]["id"], "***");
    let table = home.run(&["user", "authenticate"]).ok();
    assert!(
        table.contains(&cloud.uuid) && !table.contains(&cloud.token),
        "{table}"
    );

    let info = home
        .run(&["user", "info", "--output-format", "json"])
        .json();
    assert_eq!(info["id"], cloud.uuid.as_str());
    assert!(home.run(&["user", "info"]).ok().contains("| id "));

    let list = home
        .run(&["user", "list", "--output-format", "json"])
        .json();
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert!(home.run(&["user", "list"]).ok().contains(&cloud.uuid));

    // A second user: add (saved with -y), select, delete.
    let bob = cloud.emulator.add_user("bob@example.org").unwrap();
    let added = home
        .run(&[
            "user",
            "add",
            "--token",
            &bob.token,
            "-y",
            "--output-format",
            "json",
        ])
        .json();
    assert_eq!(added["id"], bob.uuid.as_str());
    assert!(
        home.config()
            .contains(&format!("token = {} {}", cloud.token, bob.token))
    );
    let list = home
        .run(&["user", "list", "--output-format", "json"])
        .json();
    assert_eq!(list.as_array().unwrap().len(), 2);
    let by_uuid = home
        .run(&[
            "user",
            "info",
            "--uuid",
            &bob.uuid,
            "--output-format",
            "json",
        ])
        .json();
    assert_eq!(by_uuid["id"], bob.uuid.as_str());
    let by_name = home
        .run(&["user", "info", "--name", "bob@example.org"])
        .ok();
    assert!(by_name.contains(&bob.uuid), "{by_name}");

    home.run(&["user", "select", "--user", &bob.uuid, "-y"])
        .ok();
    assert!(
        home.config()
            .contains(&format!("token = {} {}", bob.token, cloud.token))
    );
    let me = home
        .run(&["user", "info", "--output-format", "json"])
        .json();
    assert_eq!(me["id"], bob.uuid.as_str());
    // The current user cannot be deleted; another one can.
    home.run(&["user", "delete", "--user", &bob.uuid, "-y"])
        .fails(2);
    home.run(&["user", "delete", "--user", &cloud.uuid, "-y"])
        .ok();
    assert!(home.config().contains(&format!("token = {}\n", bob.token)));

    // Name lookups (as bob now).
    let names = home
        .run(&[
            "user",
            "uuid2name",
            &cloud.uuid,
            &bob.uuid,
            "--output-format",
            "json",
        ])
        .json();
    assert_eq!(names[0]["name"], "user@localhost");
    assert_eq!(names[1]["name"], "bob@example.org");
    assert!(
        home.run(&["user", "uuid2name", &bob.uuid])
            .ok()
            .contains("bob@example.org")
    );
    let uuids = home
        .run(&[
            "user",
            "name2uuid",
            "bob@example.org",
            "--output-format",
            "json",
        ])
        .json();
    assert_eq!(uuids[0]["uuid"], bob.uuid.as_str());
    assert!(
        home.run(&["user", "name2uuid", "user@localhost"])
            .ok()
            .contains(&cloud.uuid)
    );
}

fn field(v: &Value, key: &str) -> String {
    match &v[key] {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[test]
fn project_and_membership_commands() {
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);
    let json = |args: &[&str]| {
        let mut a = args.to_vec();
        a.extend(["--output-format", "json"]);
        home.run(&a).json()
    };

    // list and info: the user's system project.
    let list = json(&["project", "list"]);
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|p| p["id"] == cloud.uuid.as_str())
    );
    assert!(home.run(&["project", "list"]).ok().contains(&cloud.uuid));
    assert!(
        home.run(&["project", "list", "-l"])
            .ok()
            .contains("join_policy")
    );
    assert_eq!(
        json(&["project", "info", &cloud.uuid])["id"],
        cloud.uuid.as_str()
    );
    assert!(
        home.run(&["project", "info", &cloud.uuid])
            .ok()
            .contains("system:")
    );

    // create (flags), approve, modify (spec file), then the actions.
    let created = json(&[
        "project",
        "create",
        "--name",
        "lab.example.org",
        "--end-date",
        "2031-01-01",
        "--resource",
        "cyclades.vm=1,2",
        "--join-policy",
        "auto",
        "--leave-policy",
        "auto",
        "--max-members",
        "5",
        "--description",
        "a lab",
        "--private",
        "false",
    ]);
    let project = field(&created, "id");
    let app = field(&created, "application");
    let table = home
        .run(&[
            "project",
            "create",
            "--name",
            "second.example.org",
            "--end-date",
            "2031-01-01",
        ])
        .ok();
    assert!(table.contains("application"), "{table}");
    let approved = json(&["project", "approve", &project, "--app-id", &app]);
    assert_eq!(approved["state"], "active");
    let info = json(&["project", "info", &project]);
    assert_eq!(info["name"], "lab.example.org");
    assert_eq!(info["resources"]["cyclades.vm"]["member_capacity"], 1);

    let spec = home.path.join("spec.json");
    common::write(&spec, r#"{"description": "from a file"}"#);
    let modified = json(&[
        "project",
        "modify",
        &project,
        "--spec-file",
        spec.to_str().unwrap(),
        "--max-members",
        "7",
    ]);
    let app2 = field(&modified, "application");
    assert!(
        home.run(&["project", "modify", &project, "--name", "lab2.example.org"])
            .ok()
            .contains("application")
    );
    // The second application is pending: deny it, then dismiss; cancel the first modification's? (already superseded)
    let denied = json(&[
        "project",
        "deny",
        &project,
        "--app-id",
        &field(
            &json(&["project", "info", &project])["last_application"],
            "id",
        ),
        "--reason",
        "no",
    ]);
    assert_eq!(denied["id"], project.as_str());
    let _ = app2;
    json(&[
        "project",
        "dismiss",
        &project,
        "--app-id",
        &field(&denied["last_application"], "id"),
    ]);
    // A new modification, cancelled by its applicant.
    let m3 = json(&["project", "modify", &project, "--description", "third"]);
    let cancelled = json(&[
        "project",
        "cancel",
        &project,
        "--app-id",
        &field(&m3, "application"),
    ]);
    assert_eq!(cancelled["last_application"]["state"], "cancelled");

    assert_eq!(
        json(&["project", "suspend", &project, "--reason", "test"])["state"],
        "suspended"
    );
    assert!(
        home.run(&["project", "unsuspend", &project])
            .ok()
            .contains("active")
    );
    assert_eq!(
        json(&["project", "terminate", &project])["state"],
        "terminated"
    );
    assert_eq!(json(&["project", "reinstate", &project])["state"], "active");

    // join (as bob), accept/reject/remove/cancel/leave by the owner and the member.
    let bob = cloud.emulator.add_user("bob@example.org").unwrap();
    let bob_home = Home::new();
    bob_home.write_config(&format!(
        "[cloud \"emu\"]\nurl = {}\ntoken = {}\n",
        cloud.url, bob.token
    ));
    let joined = bob_home
        .run(&["project", "join", &project, "--output-format", "json"])
        .json();
    let mid = field(&joined, "id");
    assert_eq!(joined["project"], project.as_str());
    assert_eq!(joined["state"], "accepted"); // auto join policy
    let mlist = json(&["membership", "list", "--project-id", &project]);
    assert!(
        mlist
            .as_array()
            .unwrap()
            .iter()
            .any(|m| field(m, "id") == mid)
    );
    let table = home.run(&["membership", "list"]).ok();
    assert!(
        table.contains(&format!("{} (bob@example.org)", bob.uuid)),
        "{table}"
    );
    assert_eq!(
        json(&["membership", "info", &mid])["user"],
        bob.uuid.as_str()
    );
    assert!(
        home.run(&["membership", "info", &mid])
            .ok()
            .contains("accepted")
    );
    let left = bob_home
        .run(&["membership", "leave", &mid, "--output-format", "json"])
        .json();
    assert_eq!(field(&left, "id"), mid);

    // A moderated project: join → pending; reject; join again → cancel; join → accept → remove.
    let c = json(&[
        "project",
        "create",
        "--name",
        "mod.example.org",
        "--end-date",
        "2031-01-01",
    ]);
    let mp = field(&c, "id");
    json(&[
        "project",
        "approve",
        &mp,
        "--app-id",
        &field(&c, "application"),
    ]);
    let j = bob_home
        .run(&["project", "join", &mp, "--output-format", "json"])
        .json();
    assert_eq!(j["state"], "requested");
    let r = json(&["membership", "reject", &field(&j, "id"), "--reason", "full"]);
    assert_eq!(r["state"], "rejected");
    let j = bob_home
        .run(&["project", "join", &mp, "--output-format", "json"])
        .json();
    let c2 = bob_home
        .run(&[
            "membership",
            "cancel",
            &field(&j, "id"),
            "--output-format",
            "json",
        ])
        .json();
    assert_eq!(c2["state"], "cancelled");
    let j = bob_home
        .run(&["project", "join", &mp, "--output-format", "json"])
        .json();
    assert_eq!(
        json(&["membership", "accept", &field(&j, "id")])["state"],
        "accepted"
    );
    let removed = home.run(&["membership", "remove", &field(&j, "id")]).ok();
    assert!(removed.contains(&field(&j, "id")), "{removed}");

    // enroll by email.
    let carol = cloud.emulator.add_user("carol@example.org").unwrap();
    let enrolled = json(&["project", "enroll", &mp, "--email", "carol@example.org"]);
    assert_eq!(enrolled["user"], carol.uuid.as_str());
    assert!(
        home.run(&[
            "project",
            "enroll",
            &project,
            "--email",
            "carol@example.org"
        ])
        .ok()
        .contains(&carol.uuid)
    );
}

#[test]
fn quota_resource_endpoint_and_service_commands() {
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);
    let q = home
        .run(&["quota", "list", "--output-format", "json"])
        .json();
    let rows = q.as_array().unwrap();
    let disk = rows
        .iter()
        .find(|r| r["resource"] == "pithos.diskspace")
        .unwrap();
    assert!(disk["limit"].is_number());
    let table = home.run(&["quota", "list", "--resource", "pithos"]).ok();
    assert!(
        table.contains("pithos.diskspace")
            && table.contains("GiB")
            && !table.contains("cyclades.vm"),
        "{table}"
    );
    let bytes = home
        .run(&["quota", "list", "--bytes", "--project-id", &cloud.uuid])
        .ok();
    assert!(!bytes.contains("GiB"), "{bytes}");

    let r = home
        .run(&["resource", "list", "--output-format", "json"])
        .json();
    assert!(
        r.as_array()
            .unwrap()
            .iter()
            .any(|x| x["name"] == "cyclades.vm")
    );
    assert!(home.run(&["resource", "list"]).ok().contains("cyclades.vm"));

    let e = home
        .run(&["endpoint", "list", "--output-format", "json"])
        .json();
    assert!(
        e.as_array()
            .unwrap()
            .iter()
            .any(|x| x["type"] == "identity" && x["url"] == cloud.url.as_str())
    );
    let t = home
        .run(&["endpoint", "list", "--endpoint-type", "account"])
        .ok();
    assert!(
        t.contains("account/v1.0") && !t.contains("identity/v2.0"),
        "{t}"
    );

    let s = home
        .run(&["service", "list", "--output-format", "json"])
        .json();
    assert!(s.as_array().unwrap().iter().any(|x| x["type"] == "account"));
    assert!(
        home.run(&["service", "list"])
            .ok()
            .contains("astakos_account")
    );

    let st = cloud.service_token();
    let sq = home
        .run(&[
            "service",
            "quotas",
            "--service-token",
            &st,
            "--uuid",
            &cloud.uuid,
            "--output-format",
            "json",
        ])
        .json();
    assert!(
        sq.as_array()
            .unwrap()
            .iter()
            .all(|x| x["user"] == cloud.uuid.as_str())
    );
    assert!(
        home.run(&["service", "quotas", "--service-token", &st])
            .ok()
            .contains(&cloud.uuid)
    );
    let u = home
        .run(&[
            "service",
            "username2uuid",
            "--service-token",
            &st,
            "--username",
            "user@localhost",
            "--output-format",
            "json",
        ])
        .json();
    assert_eq!(u[0]["uuid"], cloud.uuid.as_str());
    assert!(
        home.run(&[
            "service",
            "username2uuid",
            "--service-token",
            &st,
            "--username",
            "user@localhost"
        ])
        .ok()
        .contains(&cloud.uuid)
    );
    let n = home
        .run(&[
            "service",
            "uuid2username",
            "--service-token",
            &st,
            "--uuid",
            &cloud.uuid,
            "--output-format",
            "json",
        ])
        .json();
    assert_eq!(n[0]["name"], "user@localhost");
    assert!(
        home.run(&[
            "service",
            "uuid2username",
            "--service-token",
            &st,
            "--uuid",
            &cloud.uuid
        ])
        .ok()
        .contains("user@localhost")
    );
}

#[test]
fn commission_commands() {
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);
    let st = cloud.service_token();
    let file = home.path.join("provisions.json");
    common::write(&file, r#"{"cyclades.vm": 1}"#);
    let issue = |extra: &[&str]| {
        let mut args = vec![
            "commission",
            "issue",
            "--service-token",
            &st,
            "--uuid",
            &cloud.uuid,
            "--source",
            &cloud.uuid,
            "--file-path",
            file.to_str().unwrap(),
            "--description",
            "test",
        ];
        args.extend(extra);
        args.extend(["--output-format", "json"]);
        home.run(&args).json()["serial"].as_u64().unwrap()
    };
    let a = issue(&[]);
    let b = issue(&[]);
    let pending = home
        .run(&[
            "commission",
            "pending",
            "--service-token",
            &st,
            "--output-format",
            "json",
        ])
        .json();
    let serials: Vec<u64> = pending
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["serial"].as_u64().unwrap())
        .collect();
    assert!(serials.contains(&a) && serials.contains(&b));
    assert!(
        home.run(&["commission", "pending", "--service-token", &st])
            .ok()
            .contains(&a.to_string())
    );
    let info = home
        .run(&[
            "commission",
            "info",
            &a.to_string(),
            "--service-token",
            &st,
            "--output-format",
            "json",
        ])
        .json();
    assert_eq!(info["serial"], a);
    assert!(
        home.run(&["commission", "info", &a.to_string(), "--service-token", &st])
            .ok()
            .contains("provisions")
    );
    assert_eq!(
        home.run(&[
            "commission",
            "accept",
            &a.to_string(),
            "--service-token",
            &st,
            "--output-format",
            "json"
        ])
        .json()["accepted"],
        true
    );
    assert!(
        home.run(&[
            "commission",
            "reject",
            &b.to_string(),
            "--service-token",
            &st
        ])
        .ok()
        .contains("rejected")
    );
    let (c, d) = (issue(&[]), issue(&[]));
    let resolved = home
        .run(&[
            "commission",
            "resolve",
            "--accept",
            &c.to_string(),
            "--reject",
            &d.to_string(),
            "--service-token",
            &st,
            "--output-format",
            "json",
        ])
        .json();
    assert_eq!(resolved["accepted"][0], c);
    assert_eq!(resolved["rejected"][0], d);
    let e = issue(&["--accept"]);
    let pending = home
        .run(&[
            "commission",
            "pending",
            "--service-token",
            &st,
            "--output-format",
            "json",
        ])
        .json();
    assert!(!pending.as_array().unwrap().iter().any(|p| p["serial"] == e));
    let t = issue(&[]);
    let table = home
        .run(&[
            "commission",
            "resolve",
            "--accept",
            &t.to_string(),
            "--service-token",
            &st,
        ])
        .ok();
    assert!(table.contains("accepted"), "{table}");
}

#[test]
fn dry_run_prints_the_request_and_sends_nothing() {
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);
    let before = home
        .run(&["project", "list", "--output-format", "json"])
        .json();
    let run = home.run(&[
        "project",
        "create",
        "--name",
        "dry.example.org",
        "--end-date",
        "2031-01-01",
        "--dry-run",
    ]);
    let out = run.ok();
    assert!(
        out.contains("POST ") && out.contains("/account/v1.0/projects"),
        "{out}"
    );
    assert!(
        out.contains("x-auth-token: ***") && !out.contains(&cloud.token),
        "{out}"
    );
    assert!(out.contains("dry.example.org"), "{out}");
    let after = home
        .run(&["project", "list", "--output-format", "json"])
        .json();
    assert_eq!(before, after);
    let st = cloud.service_token();
    let out = home
        .run(&[
            "commission",
            "accept",
            "1",
            "--service-token",
            &st,
            "--dry-run",
        ])
        .ok();
    assert!(
        out.contains("/commissions/1/action") && !out.contains(&st),
        "{out}"
    );
}

#[test]
fn output_formats_and_columns() {
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);
    let args = |fmt: &str| {
        vec![
            "resource",
            "list",
            "--output-format",
            fmt.to_owned().leak(),
            "--columns",
            "name,unit",
        ]
    };
    let yaml = home.run(&args("yaml")).ok();
    assert!(yaml.contains("- name: cyclades.vm\n  unit: "), "{yaml}");
    let csv = home.run(&args("csv")).ok();
    assert!(
        csv.starts_with("name,unit\n") && csv.contains("cyclades.disk,bytes\n"),
        "{csv}"
    );
    let value = home.run(&args("value")).ok();
    assert!(value.contains("cyclades.disk bytes\n"), "{value}");
    let nd = home.run(&args("ndjson")).ok();
    for line in nd.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        assert_eq!(v.as_object().unwrap().len(), 2);
    }
    let sorted = home
        .run(&[
            "resource",
            "list",
            "--sort-column",
            "name",
            "--sort-descending",
            "--output-format",
            "value",
            "--columns",
            "name",
        ])
        .ok();
    let names: Vec<&str> = sorted.lines().collect();
    let mut expected = names.clone();
    expected.sort_by(|a, b| b.cmp(a));
    assert_eq!(names, expected);
    assert!(
        home.run(&["--os-cloud", "emu", "resource", "list"])
            .ok()
            .contains("cyclades.vm")
    );
    let info = home
        .run(&[
            "user",
            "info",
            "--columns",
            "id",
            "--output-format",
            "value",
        ])
        .ok();
    assert_eq!(info.trim(), cloud.uuid);
}

#[test]
fn the_local_cloud_answers_with_nothing_configured() {
    let home = Home::new();
    let run = home.run(&["user", "info", "--output-format", "json"]);
    assert!(run.stderr.contains("built-in local cloud"), "{run:#?}");
    let info = run.json();
    assert!(info["id"].is_string());
    // Said once only.
    let again = home.run(&["quota", "list"]);
    assert!(!again.stderr.contains("built-in local cloud"), "{again:#?}");
    assert!(again.ok().contains("cyclades.vm"));
    assert!(
        home.run(&["--cloud", "local", "project", "list"])
            .ok()
            .contains("system:")
    );
}

#[test]
fn a_refused_token_in_the_list_is_shown_and_can_be_dropped() {
    let cloud = Cloud::start();
    let home = Home::new();
    home.write_config(&format!(
        "[cloud \"emu\"]\nurl = {}\ntoken = revoked-token {}\n",
        cloud.url, cloud.token
    ));
    let run = home.run(&["user", "list", "--output-format", "json"]);
    assert!(run.stderr.contains("token #1 of 2"), "{run:#?}");
    assert!(!run.stderr.contains("revoked-token"), "{run:#?}");
    let list = run.json();
    assert_eq!(list[0]["id"], serde_json::Value::Null);
    assert_eq!(list[1]["id"], cloud.uuid.as_str());
    home.run(&["user", "select", "--user", &cloud.uuid, "-y"])
        .ok();
    home.run(&["user", "delete", "--user", "#2", "-y"]).ok();
    assert!(
        home.config()
            .ends_with(&format!("token = {}\n", cloud.token))
    );
    assert_eq!(
        home.run(&["user", "info", "--output-format", "json"])
            .json()["id"],
        cloud.uuid.as_str()
    );
}

/// The value of a `| field | value |` row of a record table.
fn table_field(table: &str, name: &str) -> String {
    table
        .lines()
        .find_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            (cells.len() > 2 && cells[1] == name).then(|| cells[2].to_owned())
        })
        .unwrap_or_else(|| panic!("no {name} in {table}"))
}

#[test]
fn changing_commands_in_table_form() {
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);
    let bob = cloud.emulator.add_user("bob@example.org").unwrap();
    let bob_home = Home::new();
    bob_home.write_config(&format!(
        "[cloud \"emu\"]\nurl = {}\ntoken = {}\n",
        cloud.url, bob.token
    ));

    let t = home
        .run(&[
            "project",
            "create",
            "--name",
            "t.example.org",
            "--end-date",
            "2031-01-01",
            "--join-policy",
            "moderated",
        ])
        .ok();
    let (project, app) = (table_field(&t, "id"), table_field(&t, "application"));
    let t = home
        .run(&["project", "approve", &project, "--app-id", &app])
        .ok();
    assert_eq!(table_field(&t, "state"), "active");
    assert!(table_field(&t, "owner").contains("(user@localhost)"), "{t}");
    let t = home.run(&["project", "suspend", &project]).ok();
    assert_eq!(table_field(&t, "state"), "suspended");
    let j = home
        .run(&["project", "unsuspend", &project, "--output-format", "json"])
        .json();
    assert_eq!(j["state"], "active");
    assert_eq!(
        table_field(&home.run(&["project", "terminate", &project]).ok(), "state"),
        "terminated"
    );
    assert_eq!(
        table_field(&home.run(&["project", "reinstate", &project]).ok(), "state"),
        "active"
    );
    // Applications: deny then dismiss, and cancel, in table form.
    let m = home
        .run(&["project", "modify", &project, "--description", "x"])
        .ok();
    let t = home
        .run(&[
            "project",
            "deny",
            &project,
            "--app-id",
            &table_field(&m, "application"),
        ])
        .ok();
    assert!(t.contains("denied"), "{t}");
    let t = home
        .run(&[
            "project",
            "dismiss",
            &project,
            "--app-id",
            &table_field(&m, "application"),
        ])
        .ok();
    assert!(t.contains("dismissed"), "{t}");
    let m = home
        .run(&["project", "modify", &project, "--description", "y"])
        .ok();
    let t = home
        .run(&[
            "project",
            "cancel",
            &project,
            "--app-id",
            &table_field(&m, "application"),
        ])
        .ok();
    assert!(t.contains("cancelled"), "{t}");

    // Memberships in table form: join → reject; join → cancel; join → accept → leave.
    let t = bob_home.run(&["project", "join", &project]).ok();
    assert_eq!(table_field(&t, "state"), "requested");
    let t = home
        .run(&["membership", "reject", &table_field(&t, "id")])
        .ok();
    assert_eq!(table_field(&t, "state"), "rejected");
    let t = bob_home.run(&["project", "join", &project]).ok();
    let t = bob_home
        .run(&["membership", "cancel", &table_field(&t, "id")])
        .ok();
    assert_eq!(table_field(&t, "state"), "cancelled");
    let t = bob_home.run(&["project", "join", &project]).ok();
    let id = table_field(&t, "id");
    let t = home.run(&["membership", "accept", &id]).ok();
    assert_eq!(table_field(&t, "state"), "accepted");
    assert!(table_field(&t, "user").contains("(bob@example.org)"), "{t}");
    let t = bob_home.run(&["membership", "leave", &id]).ok();
    assert!(t.contains(&id), "{t}");
    let j = bob_home
        .run(&["project", "join", &project, "--output-format", "json"])
        .json();
    home.run(&["membership", "accept", &j["id"].to_string()])
        .ok();
    let j = home
        .run(&[
            "membership",
            "remove",
            &j["id"].to_string(),
            "--output-format",
            "json",
        ])
        .json();
    assert!(j["id"].is_number(), "{j}");

    // user add/select/delete print the user.
    let carol = cloud.emulator.add_user("carol@example.org").unwrap();
    let t = home
        .run(&["user", "add", "--token", &carol.token, "-y"])
        .ok();
    assert_eq!(table_field(&t, "id"), carol.uuid);
    let t = home
        .run(&["user", "select", "--user", "carol@example.org", "-y"])
        .ok();
    assert_eq!(table_field(&t, "id"), carol.uuid);
    let t = home
        .run(&["user", "delete", "--user", &cloud.uuid, "-y"])
        .ok();
    assert_eq!(table_field(&t, "id"), cloud.uuid);
    let j = home
        .run(&[
            "user",
            "select",
            "--user",
            &carol.uuid,
            "--output-format",
            "json",
        ])
        .json();
    assert_eq!(j["id"], carol.uuid.as_str());

    // Commissions in table form.
    let st = cloud.service_token();
    let file = home.path.join("p.json");
    common::write(&file, r#"{"cyclades.vm": 1}"#);
    let issue = |fmt: &str| {
        home.run(&[
            "commission",
            "issue",
            "--service-token",
            &st,
            "--uuid",
            &cloud.uuid,
            "--source",
            &cloud.uuid,
            "--file-path",
            file.to_str().unwrap(),
            "--output-format",
            fmt,
        ])
        .ok()
    };
    let a = table_field(&issue("table"), "serial");
    let t = home
        .run(&["commission", "accept", &a, "--service-token", &st])
        .ok();
    assert_eq!(table_field(&t, "accepted"), "true");
    let b: serde_json::Value = serde_json::from_str(&issue("json")).unwrap();
    let j = home
        .run(&[
            "commission",
            "reject",
            &b["serial"].to_string(),
            "--service-token",
            &st,
            "--output-format",
            "json",
        ])
        .json();
    assert_eq!(j["rejected"], true);
}

#[test]
fn a_service_token_may_start_with_a_hyphen() {
    // Tokens are URL-safe base64, so one in 64 starts with `-`: it is the
    // option's value, not another option. A wrong one is the server's 401.
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);
    let run = home
        .run(&["service", "quotas", "--service-token", "-tNotAToken"])
        .fails(1);
    assert!(
        !run.stderr.contains("unexpected argument"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("-tNotAToken"), "{}", run.stderr);
}
