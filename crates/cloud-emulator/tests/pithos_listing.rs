//! Containers, accounts and listings over HTTP (PITHOS.md §3.2, §3.3, §6.6).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod pithos_common;
mod support;

use pithos_common::*;
use serde_json::json;
use support::Cloud;

const PHOTOS: [&str; 7] = [
    "photos/animals/dogs/poodle.jpg",
    "photos/animals/dogs/terrier.jpg",
    "photos/animals/cats/persian.jpg",
    "photos/animals/cats/siamese.jpg",
    "photos/plants/fern.jpg",
    "photos/plants/rose.jpg",
    "photos/me.jpg",
];

async fn apples(cloud: &Cloud) {
    container(cloud, "apples", 1024).await;
    for name in PHOTOS {
        upload(cloud, "apples", name, b"x").await;
    }
}

async fn list(cloud: &Cloud, query: &str) -> support::Reply {
    call(
        cloud,
        "GET",
        &url(cloud, &format!("apples?{query}")),
        &[],
        "",
    )
    .await
}

#[tokio::test]
async fn listing_vectors() {
    let cloud = Cloud::start().await;
    apples(&cloud).await;
    assert_eq!(
        list(&cloud, "prefix=photos&delimiter=/").await.text(),
        "photos/animals/\nphotos/me.jpg\nphotos/plants/\n"
    );
    assert_eq!(
        list(&cloud, "prefix=photos/animals&delimiter=/")
            .await
            .text(),
        "photos/animals/cats/\nphotos/animals/dogs/\n"
    );
    assert_eq!(list(&cloud, "path=photos").await.text(), "photos/me.jpg\n");
    let r = list(
        &cloud,
        "limit=2&prefix=photos/animals&delimiter=/&format=json",
    )
    .await;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.json(),
        json!([{"subdir": "photos/animals/cats/"}, {"subdir": "photos/animals/dogs/"}])
    );
    let r = list(&cloud, "limit=4&prefix=photos&delimiter=/&format=xml").await;
    let xml = r.text();
    assert_eq!(xml.matches("<subdir").count(), 2, "{xml}");
    assert_eq!(xml.matches("<object>").count(), 1, "{xml}");
    assert!(
        xml.contains("<subdir name=\"photos/animals/\"/>")
            && xml.contains("<name>photos/me.jpg</name>")
    );
    let mut sorted = PHOTOS.to_vec();
    sorted.sort();
    let all: String = sorted.iter().map(|n| format!("{n}\n")).collect();
    assert_eq!(list(&cloud, "").await.text(), all);
    assert_eq!(
        list(&cloud, "limit=2").await.text(),
        format!("{}\n{}\n", sorted[0], sorted[1])
    );
    assert_eq!(
        list(&cloud, "limit=4&marker=photos/animals/dogs/terrier.jpg")
            .await
            .text(),
        "photos/me.jpg\nphotos/plants/fern.jpg\nphotos/plants/rose.jpg\n"
    );
    assert_eq!(list(&cloud, "limit=qwert").await.text(), all);
    // A subdir used as marker is emitted again (its children are > marker).
    assert_eq!(
        list(&cloud, "prefix=photos&delimiter=/&marker=photos/animals/")
            .await
            .text(),
        "photos/animals/\nphotos/me.jpg\nphotos/plants/\n"
    );
    // Empty text listing → 204; empty JSON → 200 [].
    let r = list(&cloud, "prefix=nothing").await;
    assert_eq!(r.status, 204);
    assert!(r.body.is_empty());
    let r = list(&cloud, "prefix=nothing&format=json").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json(), json!([]));
    // JSON entry fields.
    let r = list(&cloud, "path=photos&format=json").await;
    let e = &r.json()[0];
    assert_eq!(e["name"], "photos/me.jpg");
    assert_eq!(e["bytes"], 1);
    assert_eq!(e["content_type"], "text/plain");
    assert_eq!(e["hash"], "");
    assert_eq!(e["x_object_hash"], hex(&block_hash(b"x")));
    assert!(e["x_object_version"].is_i64());
    assert!(
        e["x_object_version_timestamp"]
            .as_str()
            .unwrap()
            .contains('.')
    );
    assert!(e["last_modified"].as_str().unwrap().ends_with("+00:00"));
    assert_eq!(e["x_object_modified_by"], cloud.user.uuid.as_str());
    // Listing headers include the container's.
    assert_eq!(r.header("x-container-object-count"), Some("7"));
    assert_eq!(r.header("x-container-block-size"), Some("1024"));
    // A missing container → 404.
    let r = call(&cloud, "GET", &url(&cloud, "nope"), &[], "").await;
    assert_eq!(r.status, 404);
}

#[tokio::test]
async fn directory_markers_and_odd_names() {
    let cloud = Cloud::start().await;
    container(&cloud, "c", 1024).await;
    for name in ["f1", "f1/f2"] {
        let r = call(
            &cloud,
            "PUT",
            &url(&cloud, &format!("c/{name}")),
            &[
                ("content-type", "application/directory"),
                ("content-length", "0"),
            ],
            "",
        )
        .await;
        assert_eq!(r.status, 201);
    }
    upload(&cloud, "c", "/objectname", b"x").await;
    let r = call(&cloud, "GET", &url(&cloud, "c"), &[], "").await;
    assert_eq!(r.text(), "/objectname\nf1\nf1/f2\n");
    // With `delimiter=/` the marker `f1` and the subdir `f1/` both appear, and
    // `/objectname` rolls up into the virtual directory `/` (step 5 of §3.3).
    let r = call(&cloud, "GET", &url(&cloud, "c?delimiter=/"), &[], "").await;
    assert_eq!(r.text(), "/\nf1\nf1/\n");
    // An object named `d/` and `d/x`: both the object `d/` and the subdir `d/`.
    upload(&cloud, "c", "d/", b"").await;
    upload(&cloud, "c", "d/x", b"x").await;
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, "c?delimiter=/&format=json&prefix=d"),
        &[],
        "",
    )
    .await;
    let names: Vec<String> = r
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names, vec!["d/", "d/x"]);
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, "c?delimiter=/&format=json"),
        &[],
        "",
    )
    .await;
    let names: Vec<String> = r
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            e.get("name")
                .or(e.get("subdir"))
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(names, vec!["/", "d/", "d/", "f1", "f1/"]);
}

#[tokio::test]
async fn ten_thousand_cap() {
    let cloud = Cloud::start().await;
    container(&cloud, "many", 1024).await;
    // Insert 10001 objects straight through the database (10001 HTTP PUTs would be slow).
    let db = cloud.emulator.state().db.clone();
    let uuid = cloud.user.uuid.clone();
    upload(&cloud, "many", "seed", b"s").await;
    db.call(move |conn| {
        let tx = conn.transaction()?;
        let (cid, blob, mtime): (i64, Vec<u8>, i64) = tx.query_row(
            "SELECT v.container_id, v.hashmap, v.mtime FROM pithos_versions v JOIN pithos_containers c ON c.id = v.container_id WHERE c.account = ?1 AND c.name = 'many'",
            [&uuid],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        for i in 0..10_000 {
            tx.execute(
                "INSERT INTO pithos_versions (container_id, name, uuid, size, content_type, hashmap, mtime, modified_by, is_current) VALUES (?1, ?2, ?3, 1, 'text/plain', ?4, ?5, ?6, 1)",
                rusqlite::params![cid, format!("o{i:05}"), format!("u{i}"), blob, mtime, uuid],
            )?;
        }
        tx.commit()?;
        Ok(())
    })
    .await
    .unwrap();
    let r = call(&cloud, "GET", &url(&cloud, "many"), &[], "").await;
    assert_eq!(r.text().lines().count(), 10_000);
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, "many?limit=20000&format=json"),
        &[],
        "",
    )
    .await;
    assert_eq!(r.json().as_array().unwrap().len(), 10_000);
    let r = call(&cloud, "GET", &url(&cloud, "many?marker=o09999"), &[], "").await;
    assert_eq!(r.text(), "seed\n");
}

#[tokio::test]
async fn meta_filters() {
    let cloud = Cloud::start().await;
    container(&cloud, "c", 1024).await;
    for (name, meta) in [
        ("a", vec![("quality", "high"), ("stock", "100")]),
        ("b", vec![("quality", "low")]),
        ("c", vec![("stock", "130")]),
        ("d", vec![]),
    ] {
        let mut headers = vec![("content-type", "text/plain"), ("content-length", "1")];
        let metas: Vec<(String, &str)> = meta
            .iter()
            .map(|(k, v)| (format!("x-object-meta-{k}"), *v))
            .collect();
        headers.extend(metas.iter().map(|(k, v)| (k.as_str(), *v)));
        let r = call(
            &cloud,
            "PUT",
            &url(&cloud, &format!("c/{name}")),
            &headers,
            "x",
        )
        .await;
        assert_eq!(r.status, 201);
    }
    let names = |q: &'static str| {
        let cloud = &cloud;
        async move {
            call(cloud, "GET", &url(cloud, &format!("c?meta={q}")), &[], "")
                .await
                .text()
        }
    };
    assert_eq!(names("Quality").await, "a\nb\n");
    assert_eq!(names("quality").await, "a\nb\n");
    assert_eq!(names("Quality,Stock").await, "a\nb\nc\n");
    assert_eq!(names("!Stock").await, "b\nd\n");
    assert_eq!(names("Stock%3C=120").await, "a\n");
    assert_eq!(names("quality=low").await, "b\n");
    let head = call(&cloud, "HEAD", &url(&cloud, "c"), &[], "").await;
    assert_eq!(
        head.header("x-container-object-meta"),
        Some("Quality,Stock")
    );
}

#[tokio::test]
async fn containers_and_policies() {
    let cloud = Cloud::start().await;
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "c"),
        &[
            ("x-container-policy-quota", "100"),
            ("x-container-policy-versioning", "none"),
            ("x-container-meta-color", "blue"),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 201);
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "c"),
        &[("x-container-meta-shape", "square")],
        "",
    )
    .await;
    assert_eq!(r.status, 202);
    let head = call(&cloud, "HEAD", &url(&cloud, "c"), &[], "").await;
    assert_eq!(head.status, 204);
    assert_eq!(head.header("x-container-policy-quota"), Some("100"));
    assert_eq!(head.header("x-container-policy-versioning"), Some("none"));
    assert_eq!(
        head.header("x-container-policy-project"),
        Some(cloud.user.uuid.as_str())
    );
    assert_eq!(head.header("x-container-meta-color"), Some("blue"));
    assert_eq!(head.header("x-container-meta-shape"), Some("square"));
    assert_eq!(head.header("x-container-object-count"), Some("0"));
    assert!(head.header("last-modified").is_some());
    // Bad policies → 400.
    for (k, v) in [
        ("x-container-policy-quota", "-1"),
        ("x-container-policy-quota", "abc"),
        ("x-container-policy-versioning", "sometimes"),
        ("x-container-policy-colour", "red"),
        ("x-container-policy-versioning", ""),
    ] {
        let r = call(&cloud, "POST", &url(&cloud, "c?update"), &[(k, v)], "").await;
        assert_eq!(r.status, 400, "{k}: {v}");
    }
    // POST without update replaces metadata; with a policy, other policies revert.
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c"),
        &[("x-container-policy-quota", "50")],
        "",
    )
    .await;
    assert_eq!(r.status, 202);
    let head = call(&cloud, "HEAD", &url(&cloud, "c"), &[], "").await;
    assert_eq!(head.header("x-container-meta-color"), None);
    assert_eq!(head.header("x-container-policy-versioning"), Some("auto"));
    assert_eq!(head.header("x-container-policy-quota"), Some("50"));
    // An unknown project → 400.
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c?update"),
        &[("x-container-policy-project", "no-such-project")],
        "",
    )
    .await;
    assert_eq!(r.status, 400);
    // Non-empty delete → 409; delimiter empties it; then delete works.
    upload(&cloud, "c", "o", b"x").await;
    let r = call(&cloud, "DELETE", &url(&cloud, "c"), &[], "").await;
    assert_eq!(r.status, 409);
    let r = call(&cloud, "DELETE", &url(&cloud, "c?delimiter=/"), &[], "").await;
    assert_eq!(r.status, 204);
    let head = call(&cloud, "HEAD", &url(&cloud, "c"), &[], "").await;
    assert_eq!(head.header("x-container-object-count"), Some("0"));
    let r = call(&cloud, "DELETE", &url(&cloud, "c"), &[], "").await;
    assert_eq!(r.status, 204);
    assert_eq!(
        call(&cloud, "HEAD", &url(&cloud, "c"), &[], "")
            .await
            .status,
        404
    );
    assert_eq!(
        call(&cloud, "DELETE", &url(&cloud, "c"), &[], "")
            .await
            .status,
        404
    );
    // Unsupported method → 405 with Allow.
    let r = call(&cloud, "PATCH", &url(&cloud, "x"), &[], "").await;
    assert_eq!(r.status, 405);
    assert!(r.header("allow").is_some());
    // Another user cannot create containers here.
    let bob = cloud.add_user("bob@example.org");
    let r = cloud
        .send("PUT", &url(&cloud, "bobs"), Some(&bob.token), &[], "")
        .await;
    assert_eq!(r.status, 403);
}

#[tokio::test]
async fn accounts_groups_and_container_lists() {
    let cloud = Cloud::start().await;
    container(&cloud, "one", 1024).await;
    container(&cloud, "two", 1024).await;
    upload(&cloud, "one", "o", b"12345").await;
    let head = call(
        &cloud,
        "HEAD",
        &cloud
            .pithos()
            .replace("/v1", &format!("/v1/{}", cloud.user.uuid)),
        &[],
        "",
    )
    .await;
    assert_eq!(head.status, 204);
    assert_eq!(head.header("x-account-container-count"), Some("2"));
    assert_eq!(head.header("x-account-bytes-used"), Some("5"));
    assert!(head.header("x-account-policy-quota").is_some());
    let per_project = format!("x-account-policy-quota-{}", cloud.user.uuid);
    assert_eq!(
        head.header(&per_project),
        head.header("x-account-policy-quota")
    );
    let account = format!("{}/{}", cloud.pithos(), cloud.user.uuid);
    let r = call(&cloud, "GET", &account, &[], "").await;
    assert_eq!(r.text(), "one\ntwo\n");
    let r = call(
        &cloud,
        "GET",
        &format!("{account}?format=json&limit=1"),
        &[],
        "",
    )
    .await;
    let e = &r.json()[0];
    assert_eq!(e["name"], "one");
    assert_eq!(e["count"], 1);
    assert_eq!(e["bytes"], 5);
    assert_eq!(e["x_container_policy"]["versioning"], "auto");
    let r = call(&cloud, "GET", &format!("{account}?marker=one"), &[], "").await;
    assert_eq!(r.text(), "two\n");
    // Metadata and groups.
    let r = call(
        &cloud,
        "POST",
        &account,
        &[
            ("x-account-meta-my_thing", "v"),
            ("x-account-group-devs", "a, a,b"),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 202);
    let head = call(&cloud, "HEAD", &account, &[], "").await;
    assert_eq!(head.header("x-account-meta-my-thing"), Some("v"));
    assert_eq!(head.header("x-account-group-devs"), Some("a,b"));
    for bad in ["x-account-group-dev-team", "x-account-group-dev_team"] {
        let r = call(
            &cloud,
            "POST",
            &format!("{account}?update"),
            &[(bad, "a")],
            "",
        )
        .await;
        assert_eq!(r.status, 400, "{bad}");
    }
    let r = call(
        &cloud,
        "POST",
        &format!("{account}?update"),
        &[("x-account-group-ops", "c")],
        "",
    )
    .await;
    assert_eq!(r.status, 202);
    let head = call(&cloud, "HEAD", &account, &[], "").await;
    assert_eq!(head.header("x-account-group-devs"), Some("a,b"));
    assert_eq!(head.header("x-account-group-ops"), Some("c"));
    assert_eq!(head.header("x-account-meta-my-thing"), Some("v"));
    let r = call(
        &cloud,
        "POST",
        &format!("{account}?update"),
        &[("x-account-group-ops", "")],
        "",
    )
    .await;
    assert_eq!(r.status, 202);
    assert_eq!(
        call(&cloud, "HEAD", &account, &[], "")
            .await
            .header("x-account-group-ops"),
        None
    );
    call(&cloud, "POST", &account, &[], "").await;
    let head = call(&cloud, "HEAD", &account, &[], "").await;
    assert_eq!(
        head.header("x-account-meta-my-thing"),
        None,
        "POST without update wipes metadata"
    );
    assert_eq!(
        head.header("x-account-group-devs"),
        Some("a,b"),
        "groups stay when no group header is sent"
    );
    // Another user: 403 for POST and for an account that shares nothing.
    let bob = cloud.add_user("bob@example.org");
    assert_eq!(
        cloud
            .send("POST", &account, Some(&bob.token), &[], "")
            .await
            .status,
        403
    );
    assert_eq!(
        cloud
            .send("HEAD", &account, Some(&bob.token), &[], "")
            .await
            .status,
        403
    );
    // `until` must be an integer; a float is ignored.
    let r = call(
        &cloud,
        "HEAD",
        &format!("{account}?until=1400000000.5"),
        &[],
        "",
    )
    .await;
    assert_eq!(r.header("x-account-until-timestamp"), None);
    let r = call(
        &cloud,
        "HEAD",
        &format!("{account}?until=1400000000"),
        &[],
        "",
    )
    .await;
    assert!(r.header("x-account-until-timestamp").is_some());
    assert_eq!(r.header("x-account-bytes-used"), Some("0"));
}
