//! Sharing, publishing and quotas over HTTP (PITHOS.md §3.6–3.8, §6.7).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod pithos_common;
mod support;

use pithos_common::*;
use support::Cloud;

#[tokio::test]
async fn sharing_is_enforced() {
    let cloud = Cloud::start().await;
    let bob = cloud.add_user("bob@example.org");
    let carol = cloud.add_user("carol@example.org");
    container(&cloud, "c", 1024).await;
    upload(&cloud, "c", "doc", b"secret").await;
    let as_bob = |method: &'static str,
                  rest: &str,
                  headers: &'static [(&'static str, &'static str)],
                  body: &'static str| {
        let cloud = &cloud;
        let token = bob.token.clone();
        let u = url(cloud, rest);
        async move { cloud.send(method, &u, Some(&token), headers, body).await }
    };
    assert_eq!(as_bob("GET", "c/doc", &[], "").await.status, 403);
    assert_eq!(as_bob("GET", "c", &[], "").await.status, 403);
    // Top level: nobody shares with bob yet.
    let top = cloud
        .send(
            "GET",
            &format!("{}/", cloud.pithos()),
            Some(&bob.token),
            &[],
            "",
        )
        .await;
    assert_eq!(top.status, 204, "{}", top.text());
    // Share for reading (with the spec's normalisation).
    let sharing = format!("read={}, {}", bob.uuid.to_uppercase(), "someone");
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/doc?update"),
        &[("x-object-sharing", &sharing)],
        "",
    )
    .await;
    assert_eq!(r.status, 202);
    let head = call(&cloud, "HEAD", &url(&cloud, "c/doc"), &[], "").await;
    assert_eq!(
        head.header("x-object-sharing"),
        Some(format!("read={},someone", bob.uuid).as_str())
    );
    let r = as_bob("GET", "c/doc", &[], "").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body.as_ref(), b"secret");
    assert_eq!(r.header("x-object-allowed-to"), Some("read"));
    assert_eq!(r.header("x-object-public"), None);
    // Read is not write; and sharing is owner-only.
    assert_eq!(
        as_bob(
            "PUT",
            "c/doc",
            &[("content-type", "text/plain"), ("content-length", "1")],
            "x"
        )
        .await
        .status,
        403
    );
    assert_eq!(as_bob("DELETE", "c/doc", &[], "").await.status, 403);
    // Bob sees the sharer, the container and the object.
    let top = cloud
        .send(
            "GET",
            &format!("{}/?format=json", cloud.pithos()),
            Some(&bob.token),
            &[],
            "",
        )
        .await;
    assert_eq!(top.json()[0]["name"], cloud.user.uuid.as_str());
    let account = format!("{}/{}", cloud.pithos(), cloud.user.uuid);
    let r = cloud.send("GET", &account, Some(&bob.token), &[], "").await;
    assert_eq!(r.text(), "c\n");
    let r = as_bob("GET", "c?format=json", &[], "").await;
    assert_eq!(r.json()[0]["name"], "doc");
    assert_eq!(r.json()[0]["x_object_allowed_to"], "read");
    let head = cloud
        .send("HEAD", &account, Some(&bob.token), &[], "")
        .await;
    assert_eq!(head.status, 204);
    assert_eq!(head.header("x-account-bytes-used"), None);
    // Carol still cannot.
    assert_eq!(
        cloud
            .send("GET", &url(&cloud, "c/doc"), Some(&carol.token), &[], "")
            .await
            .status,
        403
    );
    // Write permission through a group.
    let r = call(
        &cloud,
        "POST",
        &account,
        &[("x-account-group-team", &carol.uuid)],
        "",
    )
    .await;
    assert_eq!(r.status, 202);
    let grant = format!("write={}:team", cloud.user.uuid);
    call(
        &cloud,
        "POST",
        &url(&cloud, "c/doc?update"),
        &[("x-object-sharing", &grant)],
        "",
    )
    .await;
    let r = cloud
        .send(
            "PUT",
            &url(&cloud, "c/doc"),
            Some(&carol.token),
            &[("content-type", "text/plain"), ("content-length", "3")],
            "new",
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text());
    let head = call(&cloud, "HEAD", &url(&cloud, "c/doc"), &[], "").await;
    assert_eq!(
        head.header("x-object-modified-by"),
        Some(carol.uuid.as_str())
    );
    // Carol may not change the sharing.
    let r = cloud
        .send(
            "POST",
            &url(&cloud, "c/doc?update"),
            Some(&carol.token),
            &[("x-object-sharing", "read=*")],
            "",
        )
        .await;
    assert_eq!(r.status, 403);
    // Bad sharing syntax → 400; both lists keep a principal only in write.
    for bad in ["foo=bar", "read="] {
        let r = call(
            &cloud,
            "POST",
            &url(&cloud, "c/doc?update"),
            &[("x-object-sharing", bad)],
            "",
        )
        .await;
        assert_eq!(r.status, 400, "{bad}");
    }
    call(
        &cloud,
        "POST",
        &url(&cloud, "c/doc?update"),
        &[("x-object-sharing", "read=A;write=A")],
        "",
    )
    .await;
    let head = call(&cloud, "HEAD", &url(&cloud, "c/doc"), &[], "").await;
    assert_eq!(head.header("x-object-sharing"), Some("write=a"));
    // Empty value clears.
    call(
        &cloud,
        "POST",
        &url(&cloud, "c/doc?update"),
        &[("x-object-sharing", "")],
        "",
    )
    .await;
    assert_eq!(
        call(&cloud, "HEAD", &url(&cloud, "c/doc"), &[], "")
            .await
            .header("x-object-sharing"),
        None
    );
    assert_eq!(as_bob("GET", "c/doc", &[], "").await.status, 403);
}

#[tokio::test]
async fn directory_inheritance() {
    let cloud = Cloud::start().await;
    let bob = cloud.add_user("bob@example.org");
    container(&cloud, "c", 1024).await;
    upload(&cloud, "c", "dir/a/file", b"data").await;
    // Permissions on `dir` count only if `dir` is a directory marker.
    let sharing = format!("read={}", bob.uuid);
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "c/dir"),
        &[
            ("content-type", "text/plain"),
            ("content-length", "0"),
            ("x-object-sharing", &sharing),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 201);
    let get = |rest: &'static str| {
        let cloud = &cloud;
        let token = bob.token.clone();
        async move {
            cloud
                .send("GET", &url(cloud, rest), Some(&token), &[], "")
                .await
        }
    };
    assert_eq!(get("c/dir/a/file").await.status, 403);
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "c/dir"),
        &[
            ("content-type", "application/directory; charset=x"),
            ("content-length", "0"),
            ("x-object-sharing", &sharing),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 201);
    let r = get("c/dir/a/file").await;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.header("x-object-shared-by"),
        Some(format!("{}/c/dir", cloud.user.uuid).as_str())
    );
    // The shared listing shows objects below shared directories.
    let r = call(&cloud, "GET", &url(&cloud, "c?shared"), &[], "").await;
    assert_eq!(r.text(), "dir\ndir/a/file\n");
}

#[tokio::test]
async fn publishing() {
    let cloud = Cloud::start().await;
    container(&cloud, "c", 4).await;
    upload(&cloud, "c", "o", b"0123456789").await;
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[("x-object-public", "maybe")],
        "",
    )
    .await;
    assert_eq!(r.status, 400);
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[("x-object-public", "TRUE")],
        "",
    )
    .await;
    assert_eq!(r.status, 202);
    let head = call(&cloud, "HEAD", &url(&cloud, "c/o"), &[], "").await;
    let public = head.header("x-object-public").unwrap().to_owned();
    let prefix = format!("{}/public/", cloud.base);
    assert!(public.starts_with(&prefix), "{public}");
    let token = &public[prefix.len()..];
    assert_eq!(token.len(), 16);
    assert!(token.chars().all(|c| c.is_ascii_alphanumeric()));
    // Publishing again keeps the token.
    call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[("x-object-public", "true")],
        "",
    )
    .await;
    assert_eq!(
        call(&cloud, "HEAD", &url(&cloud, "c/o"), &[], "")
            .await
            .header("x-object-public"),
        Some(public.as_str())
    );
    // Anonymous GET and HEAD, with ranges; only plain headers.
    let r = cloud.send("GET", &public, None, &[], "").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body.as_ref(), b"0123456789");
    assert!(r.header("etag").is_some() && r.header("last-modified").is_some());
    assert_eq!(r.header("x-object-hash"), None);
    let r = cloud
        .send("GET", &public, None, &[("range", "bytes=-3")], "")
        .await;
    assert_eq!(r.status, 206);
    assert_eq!(r.body.as_ref(), b"789");
    let r = cloud.send("HEAD", &public, None, &[], "").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-length"), Some("10"));
    // Public objects are readable through the API by anyone with a token.
    let bob = cloud.add_user("bob@example.org");
    let r = cloud
        .send("GET", &url(&cloud, "c/o"), Some(&bob.token), &[], "")
        .await;
    assert_eq!(r.status, 200);
    // The public listing filter.
    upload(&cloud, "c", "private", b"x").await;
    assert_eq!(
        call(&cloud, "GET", &url(&cloud, "c?public"), &[], "")
            .await
            .text(),
        "o\n"
    );
    assert_eq!(
        cloud
            .send("GET", &url(&cloud, "c?public"), Some(&bob.token), &[], "")
            .await
            .status,
        403
    );
    // Unpublish: the URL stops working; publishing again gives a new token.
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[("x-object-public", "")],
        "",
    )
    .await;
    assert_eq!(r.status, 202);
    assert_eq!(cloud.send("GET", &public, None, &[], "").await.status, 404);
    assert_eq!(
        call(&cloud, "HEAD", &url(&cloud, "c/o"), &[], "")
            .await
            .header("x-object-public"),
        None
    );
    call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[("x-object-public", "true")],
        "",
    )
    .await;
    let again = call(&cloud, "HEAD", &url(&cloud, "c/o"), &[], "")
        .await
        .header("x-object-public")
        .unwrap()
        .to_owned();
    assert_ne!(again, public);
    // Deleting the object unpublishes it.
    call(&cloud, "DELETE", &url(&cloud, "c/o"), &[], "").await;
    assert_eq!(cloud.send("GET", &again, None, &[], "").await.status, 404);
    // Publishing at PUT time.
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "c/p"),
        &[
            ("content-type", "text/plain"),
            ("content-length", "2"),
            ("x-object-public", "true"),
        ],
        "hi",
    )
    .await;
    assert_eq!(r.status, 201);
    let p = call(&cloud, "HEAD", &url(&cloud, "c/p"), &[], "")
        .await
        .header("x-object-public")
        .unwrap()
        .to_owned();
    assert_eq!(
        cloud.send("GET", &p, None, &[], "").await.body.as_ref(),
        b"hi"
    );
}

fn usage(cloud: &Cloud, project: &str) -> i64 {
    let db = cloud.emulator.state().db.clone();
    let holder = format!("user:{}", cloud.user.uuid);
    let source = format!("project:{project}");
    db.call_blocking(move |conn| {
        cloud_emulator::quota::holding(conn, &holder, &source, "pithos.diskspace")
    })
    .unwrap()
    .unwrap()
    .1
}

#[tokio::test]
async fn quotas() {
    let cloud = Cloud::start().await;
    let me = cloud.user.uuid.clone();
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "c"),
        &[("x-container-policy-quota", "10")],
        "",
    )
    .await;
    assert_eq!(r.status, 201);
    upload(&cloud, "c", "a", b"12345678").await;
    assert_eq!(usage(&cloud, &me), 8);
    // Container quota in bytes → 413, and nothing changes.
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "c/b"),
        &[("content-type", "text/plain"), ("content-length", "3")],
        "123",
    )
    .await;
    assert_eq!(r.status, 413, "{}", r.text());
    assert_eq!(
        call(&cloud, "HEAD", &url(&cloud, "c/b"), &[], "")
            .await
            .status,
        404
    );
    assert_eq!(usage(&cloud, &me), 8);
    // Overwrite is charged by the difference; delete releases.
    upload(&cloud, "c", "a", b"1234567890").await;
    assert_eq!(usage(&cloud, &me), 10);
    call(&cloud, "DELETE", &url(&cloud, "c/a"), &[], "").await;
    assert_eq!(usage(&cloud, &me), 0);
    // Account quota (pithos.diskspace of the project) → 413.
    let db = cloud.emulator.state().db.clone();
    let holder = format!("user:{me}");
    let source = format!("project:{me}");
    db.call_blocking(move |conn| {
        conn.execute(
            "UPDATE holdings SET lim = 20 WHERE holder = ?1 AND source = ?2 AND resource = 'pithos.diskspace'",
            rusqlite::params![holder, source],
        )?;
        Ok(())
    })
    .unwrap();
    container(&cloud, "big", 1024).await;
    upload(&cloud, "big", "x", &[1u8; 15]).await;
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "big/y"),
        &[("content-type", "text/plain"), ("content-length", "6")],
        "123456",
    )
    .await;
    assert_eq!(r.status, 413);
    assert!(r.text().contains("Quota"), "{}", r.text());
    // Hashmap PUTs and copies are charged too.
    let body = serde_json::json!({"bytes": 15, "hashes": hashes(&[1u8; 15], 1024)}).to_string();
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "big/z?hashmap"),
        &[
            ("content-type", "text/plain"),
            ("content-length", &body.len().to_string()),
        ],
        body,
    )
    .await;
    assert_eq!(r.status, 413);
    let r = call(
        &cloud,
        "COPY",
        &url(&cloud, "big/x"),
        &[("destination", "/big/copy")],
        "",
    )
    .await;
    assert_eq!(r.status, 413);
    assert_eq!(usage(&cloud, &me), 15);
    // The usage shows in the account HEAD and in the quotas endpoint.
    let head = call(
        &cloud,
        "HEAD",
        &format!("{}/{}", cloud.pithos(), me),
        &[],
        "",
    )
    .await;
    assert_eq!(head.header("x-account-bytes-used"), Some("15"));
    assert_eq!(head.header("x-account-policy-quota"), Some("20"));
    let quotas = call(
        &cloud,
        "GET",
        &format!("{}/quotas", cloud.account()),
        &[],
        "",
    )
    .await;
    if quotas.status == 200 {
        assert_eq!(
            quotas.json()[&me]["pithos.diskspace"]["usage"],
            15,
            "{}",
            quotas.text()
        );
    }
}

#[tokio::test]
async fn copy_into_a_shared_directory_of_another_account() {
    let cloud = Cloud::start().await;
    let bob = cloud.add_user("bob@example.org");
    let bob_url = |rest: &str| url_of(&cloud, &bob.uuid, rest);
    assert_eq!(
        cloud
            .send("PUT", &bob_url("drop"), Some(&bob.token), &[], "")
            .await
            .status,
        201
    );
    let grant = format!("write={}", cloud.user.uuid);
    let r = cloud
        .send(
            "PUT",
            &bob_url("drop/inbox"),
            Some(&bob.token),
            &[
                ("content-type", "application/directory"),
                ("content-length", "0"),
                ("x-object-sharing", &grant),
            ],
            "",
        )
        .await;
    assert_eq!(r.status, 201);
    container(&cloud, "mine", 1024).await;
    upload(&cloud, "mine", "report", b"quarterly").await;
    // Into the shared directory: allowed; elsewhere in bob's container: 403.
    let r = call(
        &cloud,
        "COPY",
        &url(&cloud, "mine/report"),
        &[
            ("destination", "/drop/inbox/report"),
            ("destination-account", &bob.uuid),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text());
    let r = call(
        &cloud,
        "COPY",
        &url(&cloud, "mine/report"),
        &[
            ("destination", "/drop/elsewhere"),
            ("destination-account", &bob.uuid),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 403);
    let r = cloud
        .send(
            "GET",
            &bob_url("drop/inbox/report"),
            Some(&bob.token),
            &[],
            "",
        )
        .await;
    assert_eq!(r.body.as_ref(), b"quarterly");
    // The copy is charged to bob's project.
    let db = cloud.emulator.state().db.clone();
    let (holder, source) = (
        format!("user:{}", bob.uuid),
        format!("project:{}", bob.uuid),
    );
    let used = db
        .call_blocking(move |conn| {
            cloud_emulator::quota::holding(conn, &holder, &source, "pithos.diskspace")
        })
        .unwrap()
        .unwrap()
        .1;
    assert_eq!(used, 9);
    // Alice can write there directly too, and read what is there.
    let r = cloud
        .send(
            "PUT",
            &bob_url("drop/inbox/note"),
            Some(&cloud.user.token),
            &[("content-type", "text/plain"), ("content-length", "2")],
            "hi",
        )
        .await;
    assert_eq!(r.status, 201);
    let r = cloud
        .send(
            "GET",
            &bob_url("drop/inbox/note"),
            Some(&cloud.user.token),
            &[],
            "",
        )
        .await;
    assert_eq!(r.header("x-object-allowed-to"), Some("write"));
    assert_eq!(
        r.header("x-object-shared-by"),
        Some(format!("{}/drop/inbox", bob.uuid).as_str())
    );
}

#[tokio::test]
async fn concurrent_appends_lose_nothing() {
    let cloud = Cloud::start().await;
    container(&cloud, "c", 4).await;
    upload(&cloud, "c", "log", b"").await;
    let mut tasks = Vec::new();
    for i in 0..12u8 {
        let (u, token) = (url(&cloud, "c/log?update"), cloud.user.token.clone());
        let client = support::client();
        tasks.push(tokio::spawn(async move {
            let body = bytes::Bytes::from(vec![b'a' + i; 3]);
            support::send(
                &client,
                "POST",
                &u,
                Some(&token),
                &[
                    ("content-type", "application/octet-stream"),
                    ("content-length", "3"),
                    ("content-range", "bytes */*"),
                ],
                body,
            )
            .await
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap().status, 204);
    }
    let data = download(&cloud, "c", "log").await;
    assert_eq!(data.len(), 36);
    for i in 0..12u8 {
        let run = vec![b'a' + i; 3];
        assert!(
            data.windows(3).any(|w| w == run.as_slice()),
            "append {i} lost: {:?}",
            String::from_utf8_lossy(&data)
        );
    }
}
