//! End to end: the `container`, `group` and `sharer` commands of the
//! built `kamaki` against an emulator on loopback, checked on the server.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{Cloud, Home};
use serde_json::Value;

const JSON: [&str; 2] = ["--output-format", "json"];

fn json(home: &Home, a: &[&str]) -> Value {
    let mut v = a.to_vec();
    v.extend(JSON);
    home.run(&v).json()
}

#[test]
fn container_commands_change_the_server() {
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);

    // create (table and json), with limit, versioning and metadata.
    let table = home
        .run(&[
            "container",
            "create",
            "photos",
            "--meta",
            "owner=me",
            "--limit",
            "1KiB",
            "--versioning",
            "none",
        ])
        .ok();
    assert!(table.contains("photos"), "{table}");
    let head = cloud.store("HEAD", "photos");
    assert_eq!(head.status, 204);
    assert_eq!(head.header("x-container-meta-owner"), Some("me"));
    assert_eq!(head.header("x-container-policy-quota"), Some("1024"));
    assert_eq!(head.header("x-container-policy-versioning"), Some("none"));
    assert_eq!(
        json(&home, &["container", "create", "docs"])["created"],
        true
    );
    let run = home.run(&["container", "create", "docs"]).fails(1);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    // A dry run sends nothing.
    let dry = home
        .run(&["container", "create", "ghost", "--dry-run"])
        .ok();
    assert!(dry.contains("PUT"), "{dry}");
    assert_eq!(cloud.store("HEAD", "ghost").status, 404);
    let run = home.run(&["container", "create", "a/b"]).fails(2);
    assert!(run.stderr.contains("invalid character"), "{}", run.stderr);

    // list: table and json; with a container, its objects.
    let list = json(&home, &["container", "list"]);
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["docs", "photos"]);
    let table = home.run(&["container", "list"]).ok();
    assert!(
        table.contains("docs") && table.contains("photos"),
        "{table}"
    );
    let local = home.path.join("x.txt");
    std::fs::write(&local, b"hello").unwrap();
    home.run(&["file", "upload", local.to_str().unwrap(), "/docs/x.txt"])
        .ok();
    let all = json(&home, &["container", "list", "-r"]);
    assert_eq!(all[0]["container"], "docs");
    assert_eq!(all[0]["name"], "x.txt");
    assert_eq!(all.as_array().unwrap().len(), 1);
    let objects = json(&home, &["container", "list", "docs"]);
    assert_eq!(objects[0]["name"], "x.txt");
    // -C: paths without a leading / are in that container.
    assert_eq!(
        home.run(&["file", "cat", "-C", "docs", "x.txt"]).ok(),
        "hello"
    );
    // cloud.NAME.pithos_container and pithos_url (kamaki's overrides).
    let configured = Home::new();
    configured.write_config(&format!(
        "[global]\ndefault_cloud = emu\n\n[cloud \"emu\"]\nurl = {}\ntoken = {}\npithos_container = docs\npithos_url = {}/object-store\n",
        cloud.url, cloud.token, cloud.base
    ));
    assert_eq!(configured.run(&["file", "cat", "x.txt"]).ok(), "hello");

    // info: json, table, metadata, size limit.
    let info = json(&home, &["container", "info", "docs"]);
    assert_eq!(info["object_count"], 1);
    assert_eq!(info["bytes_used"], 5);
    assert!(
        home.run(&["container", "info", "photos"])
            .ok()
            .contains("photos")
    );
    assert_eq!(
        json(&home, &["container", "info", "photos", "--metadata"])["owner"],
        "me"
    );
    assert_eq!(
        home.run(&["container", "info", "photos", "--size-limit", "-b"])
            .ok()
            .trim(),
        "1024"
    );
    assert_eq!(
        home.run(&["container", "info", "docs", "--size-limit"])
            .ok()
            .trim(),
        "unlimited"
    );
    let run = home.run(&["container", "info", "nothing"]).fails(1);
    assert!(
        run.stderr.contains("Container \"nothing\" does not exist"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("kamaki container list"),
        "{}",
        run.stderr
    );

    // The quota is checked before an upload.
    let big = home.path.join("big.bin");
    std::fs::write(&big, vec![7u8; 2000]).unwrap();
    let run = home
        .run(&["file", "upload", big.to_str().unwrap(), "/photos/big.bin"])
        .fails(1);
    assert!(run.stderr.contains("limit(1024)"), "{}", run.stderr);

    // modify: metadata, limit, versioning.
    let modified = json(
        &home,
        &[
            "container",
            "modify",
            "photos",
            "--metadata-add",
            "tag=x",
            "--metadata-del",
            "owner",
            "--size-limit",
            "0",
            "--versioning",
            "auto",
        ],
    );
    assert_eq!(modified["versioning"], "auto");
    let head = cloud.store("HEAD", "photos");
    assert_eq!(head.header("x-container-meta-tag"), Some("x"));
    assert_eq!(head.header("x-container-meta-owner"), None);
    assert_eq!(head.header("x-container-policy-versioning"), Some("auto"));
    assert_eq!(head.header("x-container-policy-quota"), Some("0"));

    // reassign to the user's own (system) project.
    let project = cloud.uuid.clone();
    let done = json(
        &home,
        &["container", "reassign", "photos", "--project-id", &project],
    );
    assert_eq!(done["project"], project.as_str());
    assert_eq!(
        cloud
            .store("HEAD", "photos")
            .header("x-container-policy-project"),
        Some(project.as_str())
    );

    // empty, then delete; a non-empty container needs -r.
    home.run(&["file", "upload", local.to_str().unwrap(), "/photos/y.txt"])
        .ok();
    let run = home.run(&["container", "delete", "docs"]).fails(1);
    assert!(run.stderr.contains("is not empty"), "{}", run.stderr);
    assert_eq!(
        json(&home, &["container", "empty", "-y", "docs"])["emptied"],
        true
    );
    assert_eq!(cloud.store("HEAD", "docs/x.txt").status, 404);
    assert_eq!(
        cloud
            .store("HEAD", "docs")
            .header("x-container-object-count"),
        Some("0")
    );
    home.run(&["container", "delete", "docs", "-y"]).ok();
    assert_eq!(cloud.store("HEAD", "docs").status, 404);
    let run = home.run(&["container", "delete", "-r", "photos"]).fails(1);
    assert!(run.stderr.contains("Aborted"), "{}", run.stderr);
    assert_eq!(
        json(&home, &["container", "delete", "-r", "-y", "photos"])["deleted"],
        true
    );
    assert_eq!(cloud.store("HEAD", "photos").status, 404);
}

#[test]
fn groups_and_sharers() {
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);
    let bob = cloud.emulator.add_user("bob@example.org").unwrap();

    // group create (by UUID and by user name), list, delete.
    home.run(&["group", "create", "friends", "--uuid", &bob.uuid])
        .ok();
    let head = cloud.store("HEAD", "");
    assert_eq!(
        head.header("x-account-group-friends"),
        Some(bob.uuid.as_str())
    );
    let made = json(
        &home,
        &["group", "create", "mates", "--username", "bob@example.org"],
    );
    assert_eq!(made["members"][0], bob.uuid.as_str());
    let groups = json(&home, &["group", "list"]);
    let names: Vec<&str> = groups
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["friends", "mates"]);
    assert!(home.run(&["group", "list"]).ok().contains(&bob.uuid));
    let run = home
        .run(&[
            "group",
            "create",
            "nobody",
            "--username",
            "ghost@example.org",
        ])
        .fails(2);
    assert!(run.stderr.contains("No valid users"), "{}", run.stderr);
    assert_eq!(
        json(&home, &["group", "delete", "mates", "-y"])["deleted"],
        true
    );
    assert_eq!(
        cloud.store("HEAD", "").header("x-account-group-mates"),
        None
    );
    home.run(&["group", "delete", "mates"]).fails(1);

    // Bob shares a file with us: we see him as a sharer and read his file.
    let bob_home = Home::new();
    bob_home.write_config(&format!(
        "[global]\ndefault_cloud = emu\n\n[cloud \"emu\"]\nurl = {}\ntoken = {}\n",
        cloud.url, bob.token
    ));
    bob_home.run(&["container", "create", "pithos"]).ok();
    let local = bob_home.path.join("gift.txt");
    std::fs::write(&local, b"for you").unwrap();
    bob_home
        .run(&[
            "file",
            "upload",
            local.to_str().unwrap(),
            "--read-permission",
            &cloud.uuid,
            "--public",
        ])
        .ok();
    let shared = cloud.raw(
        "GET",
        &format!("/object-store/v1/{}/pithos/gift.txt", bob.uuid),
        Some(&cloud.token),
    );
    assert_eq!(shared.body, b"for you");

    let sharers = json(&home, &["sharer", "list"]);
    assert_eq!(sharers[0]["name"], bob.uuid.as_str());
    assert_eq!(sharers[0]["username"], "bob@example.org");
    let table = home.run(&["sharer", "list", "-l"]).ok();
    assert!(
        table.contains(&bob.uuid) && table.contains("bob@example.org"),
        "{table}"
    );
    let mine = json(&home, &["sharer", "info"]);
    assert_eq!(mine["account"], cloud.uuid.as_str());
    assert!(home.run(&["sharer", "info"]).ok().contains(&cloud.uuid));

    // -A: another account, by UUID or by user name.
    assert_eq!(
        home.run(&["file", "cat", "-A", &bob.uuid, "gift.txt"]).ok(),
        "for you"
    );
    let theirs = json(&home, &["file", "list", "--account", "bob@example.org"]);
    assert_eq!(theirs[0]["name"], "gift.txt");
    let url = format!("pithos://{}/pithos/gift.txt", bob.uuid);
    assert_eq!(home.run(&["file", "cat", &url]).ok(), "for you");
    let target = home.path.join("gift.txt");
    home.run(&["file", "download", &url, target.to_str().unwrap()])
        .ok();
    assert_eq!(std::fs::read(&target).unwrap(), b"for you");
}

#[test]
fn container_list_filters_and_pages_on_the_server() {
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);
    let bob = cloud.emulator.add_user("bob@example.org").unwrap();
    let local = home.path.join("x.txt");
    std::fs::write(&local, b"hello").unwrap();
    let local = local.to_str().unwrap();
    for c in ["plain", "published", "shared"] {
        home.run(&["container", "create", c]).ok();
        home.run(&["file", "upload", local, &format!("/{c}/doc")])
            .ok();
    }
    home.run(&["file", "upload", local, "/shared/other"]).ok();
    home.run(&[
        "file",
        "modify",
        "/shared/doc",
        "--read-permission",
        &bob.uuid,
    ])
    .ok();
    home.run(&["file", "publish", "/published/doc"]).ok();
    let names = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap().to_owned())
            .collect()
    };

    // --shared-by-me (alias --shared) and --public: json and table.
    assert_eq!(
        names(&json(&home, &["container", "list", "--shared-by-me"])),
        ["shared"]
    );
    assert_eq!(
        names(&json(&home, &["container", "list", "--shared"])),
        ["shared"]
    );
    assert_eq!(
        names(&json(&home, &["container", "list", "--public"])),
        ["published"]
    );
    let table = home.run(&["container", "list", "--shared"]).ok();
    assert!(
        table.contains("shared") && !table.contains("plain") && !table.contains("published"),
        "{table}"
    );
    let table = home.run(&["container", "list", "--public"]).ok();
    assert!(
        table.contains("published") && !table.contains("plain"),
        "{table}"
    );
    // With a container, the flags filter its objects.
    assert_eq!(
        names(&json(
            &home,
            &["container", "list", "shared", "--shared-by-me"]
        )),
        ["doc"]
    );

    // -n and --marker.
    assert_eq!(
        names(&json(&home, &["container", "list", "--marker", "plain"])),
        ["published", "shared"]
    );
    assert_eq!(
        names(&json(
            &home,
            &["container", "list", "-n", "1", "--marker", "plain"]
        )),
        ["published"]
    );
    let table = home
        .run(&["container", "list", "-n", "2", "--marker", "a"])
        .ok();
    assert!(
        table.contains("plain") && table.contains("published") && !table.contains("shared"),
        "{table}"
    );

    // --until: the state between two uploads (an integer `until` is
    // honoured); each upload is in its own whole second.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let before = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    home.run(&["file", "upload", local, "/plain/late"]).ok();
    let now = json(&home, &["container", "list"]);
    assert_eq!(now[0]["name"], "plain");
    assert_eq!(now[0]["count"], 2);
    let until = before.to_string();
    let then = json(&home, &["container", "list", "--until", &until]);
    assert_eq!(then[0]["name"], "plain");
    assert_eq!(then[0]["count"], 1);
    assert!(then[0]["x_container_until_timestamp"].is_string(), "{then}");
    let table = home
        .run(&["container", "list", "-l", "--until", &until])
        .ok();
    assert!(table.contains("plain"), "{table}");

    // --if-modified-since / --if-unmodified-since (sent as RFC 1123 dates).
    assert_eq!(
        names(&json(
            &home,
            &["container", "list", "--if-modified-since", "2000-01-01"]
        ))
        .len(),
        3
    );
    let future = "Fri, 01 Jan 2100 00:00:00 GMT";
    let empty = json(&home, &["container", "list", "--if-modified-since", future]);
    assert_eq!(empty, serde_json::json!([]));
    let table = home
        .run(&["container", "list", "--if-modified-since", future])
        .ok();
    assert!(!table.contains("plain"), "{table}");
    assert_eq!(
        names(&json(
            &home,
            &["container", "list", "--if-unmodified-since", future]
        ))
        .len(),
        3
    );
    let run = home
        .run(&["container", "list", "--if-unmodified-since", "2000-01-01"])
        .fails(1);
    assert!(
        run.stderr.contains("--if-unmodified-since"),
        "{}",
        run.stderr
    );
    let run = home
        .run(&["container", "list", "--until", "yesterday"])
        .fails(2);
    assert!(run.stderr.contains("--until"), "{}", run.stderr);
}
