//! Versioning and deletes over HTTP (PITHOS.md §3.5, §6.8).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod pithos_common;
mod support;

use pithos_common::*;
use support::Cloud;

async fn versions(cloud: &Cloud, path: &str) -> support::Reply {
    call(
        cloud,
        "GET",
        &url(cloud, &format!("{path}?version=list&format=json")),
        &[],
        "",
    )
    .await
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

#[tokio::test]
async fn version_list_and_old_versions() {
    let cloud = Cloud::start().await;
    container(&cloud, "c", 1024).await;
    let v1 = upload(&cloud, "c", "o", b"one")
        .await
        .header("x-object-version")
        .unwrap()
        .to_owned();
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[("x-object-meta-a", "1")],
        "",
    )
    .await;
    let v2 = r.header("x-object-version").unwrap().to_owned();
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[("x-object-meta-b", "2")],
        "",
    )
    .await;
    let v3 = r.header("x-object-version").unwrap().to_owned();
    let list = versions(&cloud, "c/o").await;
    assert_eq!(list.status, 200);
    let entries = list.json()["versions"].as_array().unwrap().clone();
    assert_eq!(entries.len(), 3);
    let ids: Vec<String> = entries
        .iter()
        .map(|e| e[0].as_i64().unwrap().to_string())
        .collect();
    assert_eq!(ids, vec![v1.clone(), v2, v3]);
    assert!(
        entries
            .iter()
            .all(|e| e[1].as_str().unwrap().parse::<f64>().is_ok())
    );
    let head = call(
        &cloud,
        "HEAD",
        &url(&cloud, &format!("c/o?version={v1}")),
        &[],
        "",
    )
    .await;
    assert_eq!(head.status, 200);
    assert_eq!(head.header("x-object-meta-a"), None);
    assert_eq!(head.header("x-object-version"), Some(v1.as_str()));
    // A sharing-only POST with update creates no version.
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[("x-object-sharing", "read=*")],
        "",
    )
    .await;
    assert_eq!(r.status, 202);
    assert_eq!(r.header("x-object-version"), None);
    // Old data stays readable.
    upload(&cloud, "c", "o", b"two").await;
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, &format!("c/o?version={v1}")),
        &[],
        "",
    )
    .await;
    assert_eq!(r.body.as_ref(), b"one");
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, &format!("c/o?version={v1}&hashmap&format=json")),
        &[],
        "",
    )
    .await;
    assert_eq!(r.json()["hashes"][0], hex(&block_hash(b"one")));
    // Unknown, foreign and non-integer versions → 404.
    upload(&cloud, "c", "other", b"x").await;
    let foreign = call(&cloud, "HEAD", &url(&cloud, "c/other"), &[], "")
        .await
        .header("x-object-version")
        .unwrap()
        .to_owned();
    for v in [foreign.as_str(), "999999", "abc"] {
        let r = call(
            &cloud,
            "HEAD",
            &url(&cloud, &format!("c/o?version={v}")),
            &[],
            "",
        )
        .await;
        assert_eq!(r.status, 404, "{v}");
    }
}

#[tokio::test]
async fn versioning_none_keeps_one() {
    let cloud = Cloud::start().await;
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "c"),
        &[("x-container-policy-versioning", "none")],
        "",
    )
    .await;
    assert_eq!(r.status, 201);
    upload(&cloud, "c", "o", b"one").await;
    upload(&cloud, "c", "o", b"two").await;
    let list = versions(&cloud, "c/o").await;
    assert_eq!(list.json()["versions"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn delete_and_purge() {
    let cloud = Cloud::start().await;
    container(&cloud, "c", 1024).await;
    upload(&cloud, "c", "o", b"one").await;
    upload(&cloud, "c", "o", b"two").await;
    let r = call(&cloud, "DELETE", &url(&cloud, "c/o"), &[], "").await;
    assert_eq!(r.status, 204);
    assert_eq!(
        call(&cloud, "HEAD", &url(&cloud, "c/o"), &[], "")
            .await
            .status,
        404
    );
    let list = versions(&cloud, "c/o").await;
    assert_eq!(list.status, 200);
    assert_eq!(list.json()["versions"].as_array().unwrap().len(), 2);
    assert_eq!(
        call(&cloud, "DELETE", &url(&cloud, "c/o"), &[], "")
            .await
            .status,
        404
    );
    // A non-integer until is ignored (plain delete → 404 now, nothing purged).
    let r = call(
        &cloud,
        "DELETE",
        &url(&cloud, "c/o?until=1400000000.5"),
        &[],
        "",
    )
    .await;
    assert_eq!(r.status, 404);
    assert_eq!(versions(&cloud, "c/o").await.status, 200);
    // Purge with until = now + 1: every version goes.
    let r = call(
        &cloud,
        "DELETE",
        &url(&cloud, &format!("c/o?until={}", now() + 1)),
        &[],
        "",
    )
    .await;
    assert_eq!(r.status, 204);
    assert_eq!(
        call(&cloud, "HEAD", &url(&cloud, "c/o"), &[], "")
            .await
            .status,
        404
    );
    assert_eq!(versions(&cloud, "c/o").await.status, 404);
    // Purging a live object removes it too.
    upload(&cloud, "c", "live", b"x").await;
    let r = call(
        &cloud,
        "DELETE",
        &url(&cloud, &format!("c/live?until={}", now() + 1)),
        &[],
        "",
    )
    .await;
    assert_eq!(r.status, 204);
    assert_eq!(
        call(&cloud, "HEAD", &url(&cloud, "c/live"), &[], "")
            .await
            .status,
        404
    );
    // Delete with a delimiter.
    for name in ["dir", "dir/a", "dir/b/c", "dir2", "dir_x"] {
        upload(&cloud, "c", name, b"x").await;
    }
    let r = call(&cloud, "DELETE", &url(&cloud, "c/dir?delimiter=/"), &[], "").await;
    assert_eq!(r.status, 204);
    let list = call(&cloud, "GET", &url(&cloud, "c"), &[], "").await;
    assert_eq!(list.text(), "dir2\ndir_x\n");
    assert_eq!(
        call(
            &cloud,
            "DELETE",
            &url(&cloud, "c/nothing?delimiter=/"),
            &[],
            ""
        )
        .await
        .status,
        404
    );
}

#[tokio::test]
async fn container_purge_keeps_current_objects() {
    let cloud = Cloud::start().await;
    container(&cloud, "c", 1024).await;
    upload(&cloud, "c", "keep", b"one").await;
    upload(&cloud, "c", "keep", b"two").await;
    upload(&cloud, "c", "gone", b"x").await;
    call(&cloud, "DELETE", &url(&cloud, "c/gone"), &[], "").await;
    let r = call(
        &cloud,
        "DELETE",
        &url(&cloud, &format!("c?until={}", now() + 1)),
        &[],
        "",
    )
    .await;
    assert_eq!(r.status, 204);
    assert_eq!(download(&cloud, "c", "keep").await, b"two");
    assert_eq!(
        versions(&cloud, "c/keep").await.json()["versions"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(versions(&cloud, "c/gone").await.status, 404);
    // Listing as of an earlier time.
    let r = call(&cloud, "GET", &url(&cloud, "c?until=1400000000"), &[], "").await;
    assert_eq!(r.status, 204);
}
