//! Object reads and writes over HTTP: ranges (§6.4), Content-Range updates
//! (§6.5, §2.8), conditional requests (§3.10), copy and move, metadata
//! normalisation and header encoding (§1.6, §1.7, §6.7).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod pithos_common;
mod support;

use pithos_common::*;
use serde_json::json;
use support::Cloud;

async fn ten(cloud: &Cloud) {
    container(cloud, "c", 4).await;
    upload(cloud, "c", "o", b"0123456789").await;
}

async fn get_range(cloud: &Cloud, range: &str) -> support::Reply {
    call(cloud, "GET", &url(cloud, "c/o"), &[("range", range)], "").await
}

#[tokio::test]
async fn range_vectors() {
    let cloud = Cloud::start().await;
    ten(&cloud).await;
    let r = get_range(&cloud, "bytes=0-9").await;
    assert_eq!(r.status, 206);
    assert_eq!(r.header("content-range"), Some("bytes 0-9/10"));
    assert_eq!(r.body.as_ref(), b"0123456789");
    for (range, body) in [
        ("bytes=-3", "789"),
        ("bytes=7-", "789"),
        ("bytes=2-5", "2345"),
        ("bytes = 4-4", "4"),
    ] {
        let r = get_range(&cloud, range).await;
        assert_eq!(r.status, 206, "{range}");
        assert_eq!(r.text(), body, "{range}");
        assert_eq!(
            r.header("content-length"),
            Some(body.len().to_string().as_str())
        );
    }
    assert_eq!(
        get_range(&cloud, "bytes=-3").await.header("content-range"),
        Some("bytes 7-9/10")
    );
    for range in ["bytes=0-10", "bytes=-11", "bytes=10-", "bytes=0-1,20-30"] {
        let r = get_range(&cloud, range).await;
        assert_eq!(r.status, 416, "{range}");
        assert!(r.json().get("rangeNotSatisfiable").is_some());
    }
    for range in ["bytes=3-2", "bytes=-", "items=0-1", "bytes=a-b"] {
        let r = get_range(&cloud, range).await;
        assert_eq!(r.status, 200, "{range}");
        assert_eq!(r.body.as_ref(), b"0123456789", "{range}");
    }
    let r = get_range(&cloud, "bytes=0-1,5-6").await;
    assert_eq!(r.status, 206);
    let ct = r.header("content-type").unwrap().to_owned();
    let boundary = ct.strip_prefix("multipart/byteranges; boundary=").unwrap();
    assert_eq!(boundary.len(), 32);
    let expected = format!(
        "--{b}\r\nContent-Range: bytes 0-1/10\r\nContent-Transfer-Encoding: binary\r\n\r\n01\r\n--{b}\r\nContent-Range: bytes 5-6/10\r\nContent-Transfer-Encoding: binary\r\n\r\n56\r\n--{b}--\r\n",
        b = boundary
    );
    assert_eq!(r.text(), expected);
    // HEAD ignores Range; If-Range always gives the whole object.
    let r = call(
        &cloud,
        "HEAD",
        &url(&cloud, "c/o"),
        &[("range", "bytes=1-2")],
        "",
    )
    .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-length"), Some("10"));
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, "c/o"),
        &[
            ("range", "bytes=1-2"),
            ("if-range", "Sun, 06 Nov 1994 08:49:37 GMT"),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body.as_ref(), b"0123456789");
    // Ranges across many small blocks.
    let data: Vec<u8> = (0..1000u32).map(|i| (i % 251) as u8).collect();
    upload(&cloud, "c", "big", &data).await;
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, "c/big"),
        &[("range", "bytes=3-997")],
        "",
    )
    .await;
    assert_eq!(r.body.as_ref(), &data[3..998]);
    // Empty object: any range is 416, no range is 200 and empty.
    upload(&cloud, "c", "e", b"").await;
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, "c/e"),
        &[("range", "bytes=0-0")],
        "",
    )
    .await;
    assert_eq!(r.status, 416);
    let r = call(&cloud, "GET", &url(&cloud, "c/e"), &[], "").await;
    assert_eq!(r.status, 200);
    assert!(r.body.is_empty());
    // GET adds Content-Disposition.
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, "c/o?disposition-type=attachment"),
        &[],
        "",
    )
    .await;
    assert_eq!(
        r.header("content-disposition"),
        Some("attachment; filename=\"o\"")
    );
}

async fn update(cloud: &Cloud, headers: &[(&str, &str)], body: &'static [u8]) -> support::Reply {
    let len = body.len().to_string();
    let mut all = vec![
        ("content-type", "application/octet-stream"),
        ("content-length", len.as_str()),
    ];
    all.extend_from_slice(headers);
    call(
        cloud,
        "POST",
        &url(cloud, "c/o?update"),
        &all,
        body.to_vec(),
    )
    .await
}

#[tokio::test]
async fn content_range_vectors() {
    let cloud = Cloud::start().await;
    ten(&cloud).await;
    let r = update(&cloud, &[("content-range", "bytes 10-19/*")], b"abcdefghij").await;
    assert_eq!(r.status, 204, "{}", r.text());
    assert!(r.header("etag").is_some() && r.header("x-object-version").is_some());
    assert_eq!(download(&cloud, "c", "o").await, b"0123456789abcdefghij");

    upload(&cloud, "c", "o", b"0123456789").await;
    let r = update(&cloud, &[("content-range", "bytes */*")], b"XY").await;
    assert_eq!(r.status, 204);
    assert_eq!(download(&cloud, "c", "o").await, b"0123456789XY");

    upload(&cloud, "c", "o", b"0123456789").await;
    let r = update(&cloud, &[("content-range", "bytes 2-3/10")], b"ab").await;
    assert_eq!(r.status, 204);
    assert_eq!(download(&cloud, "c", "o").await, b"01ab456789");
    assert_eq!(r.header("etag"), Some(top_hash(b"01ab456789", 4).as_str()));

    upload(&cloud, "c", "o", b"0123456789").await;
    for (range, body) in [
        ("bytes 2-3/11", &b"ab"[..]),
        ("bytes 11-12/*", b"ab"),
        ("bytes 5-4/*", b"ab"),
        ("bytes x", b"ab"),
    ] {
        let len = body.len().to_string();
        let r = call(
            &cloud,
            "POST",
            &url(&cloud, "c/o?update"),
            &[
                ("content-type", "application/octet-stream"),
                ("content-length", &len),
                ("content-range", range),
            ],
            body.to_vec(),
        )
        .await;
        assert_eq!(r.status, 416, "{range}");
    }
    let r = update(&cloud, &[], b"ab").await;
    assert_eq!(r.status, 400, "no Content-Range");
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[
            ("content-type", "application/octet-stream"),
            ("content-length", "5"),
            ("content-range", "bytes 0-3/*"),
        ],
        b"abcde".to_vec(),
    )
    .await;
    assert_eq!(r.status, 400, "length mismatch");
    let r = update(
        &cloud,
        &[("content-range", "bytes */*"), ("x-object-bytes", "abc")],
        b"",
    )
    .await;
    assert_eq!(r.status, 400);
    // Truncate, the robust form.
    let r = update(
        &cloud,
        &[("content-range", "bytes */*"), ("x-object-bytes", "4")],
        b"",
    )
    .await;
    assert_eq!(r.status, 204);
    assert_eq!(download(&cloud, "c", "o").await, b"0123");
    // Metadata-only POST ignores Content-Range.
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[
            ("content-type", "text/plain"),
            ("content-length", "2"),
            ("content-range", "bytes 0-1/*"),
        ],
        b"zz".to_vec(),
    )
    .await;
    assert_eq!(r.status, 202);
    assert_eq!(download(&cloud, "c", "o").await, b"0123");
    // kamaki's truncate form with n = S → 400; with n < S it works.
    upload(&cloud, "c", "o", b"0123456789").await;
    let me = "/c/o".to_owned();
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[
            ("content-type", "text/plain"),
            ("content-length", "0"),
            ("x-source-object", &me),
            ("content-range", "bytes 0-10/*"),
            ("x-object-bytes", "10"),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 400);
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[
            ("content-type", "text/plain"),
            ("content-length", "0"),
            ("x-source-object", &me),
            ("content-range", "bytes 0-6/*"),
            ("x-object-bytes", "6"),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 204, "{}", r.text());
    assert_eq!(download(&cloud, "c", "o").await, b"012345");
    // Missing source object → 404; malformed → 400.
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[
            ("content-length", "0"),
            ("x-source-object", "/c/none"),
            ("content-range", "bytes 0-/*"),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 404);
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[
            ("content-length", "0"),
            ("x-source-object", "c-none"),
            ("content-range", "bytes 0-/*"),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 400);
    // From another object, appended.
    upload(&cloud, "c", "src", b"SOURCE").await;
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[
            ("content-length", "0"),
            ("x-source-object", "/c/src"),
            ("content-range", "bytes */*"),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 204);
    assert_eq!(download(&cloud, "c", "o").await, b"012345SOURCE");
    // POST to a missing object → 404.
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/none?update"),
        &[("content-type", "text/plain")],
        "",
    )
    .await;
    assert_eq!(r.status, 404);
}

#[tokio::test]
async fn stale_hashes_after_truncate_and_update() {
    // §2.8: `abcdef` truncated to 3 bytes keeps the hash of `abcdef`.
    let cloud = Cloud::start().await;
    container(&cloud, "c", 1024).await;
    upload(&cloud, "c", "o", b"abcdef").await;
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[
            ("content-type", "application/octet-stream"),
            ("content-length", "0"),
            ("content-range", "bytes */*"),
            ("x-object-bytes", "3"),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 204);
    assert_eq!(
        r.header("etag"),
        Some("bef57ec7f53a6d40beb640a780a639c83bc29ac8a9816f1fc6c5c6dcd93c4721")
    );
    assert_eq!(download(&cloud, "c", "o").await, b"abc");
    // Appending after the truncation rewrites the block from the stored (stale) bytes.
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[
            ("content-type", "application/octet-stream"),
            ("content-length", "1"),
            ("content-range", "bytes */*"),
        ],
        "X",
    )
    .await;
    assert_eq!(r.status, 204);
    assert_eq!(download(&cloud, "c", "o").await, b"abcX");
    let head = call(&cloud, "HEAD", &url(&cloud, "c/o"), &[], "").await;
    assert_eq!(
        head.header("x-object-hash"),
        Some(hex(&block_hash(b"abcXef")).as_str())
    );
}

#[tokio::test]
async fn conditional_requests() {
    let cloud = Cloud::start().await;
    ten(&cloud).await;
    let head = call(&cloud, "HEAD", &url(&cloud, "c/o"), &[], "").await;
    let etag = head.header("etag").unwrap().to_owned();
    let modified = head.header("last-modified").unwrap().to_owned();
    let quoted = format!("\"{etag}\"");
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, "c/o"),
        &[("if-none-match", &quoted)],
        "",
    )
    .await;
    assert_eq!(r.status, 304);
    assert_eq!(r.header("etag"), Some(etag.as_str()));
    assert!(r.body.is_empty());
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, "c/o"),
        &[("if-none-match", "*")],
        "",
    )
    .await;
    assert_eq!(r.status, 304);
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, "c/o"),
        &[("if-match", "nope, other")],
        "",
    )
    .await;
    assert_eq!(r.status, 412);
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, "c/o"),
        &[("if-match", &format!("x, {etag}"))],
        "",
    )
    .await;
    assert_eq!(r.status, 200);
    let r = call(
        &cloud,
        "HEAD",
        &url(&cloud, "c/o"),
        &[("if-modified-since", &modified)],
        "",
    )
    .await;
    assert_eq!(r.status, 304);
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, "c/o"),
        &[("if-modified-since", "Sun, 06 Nov 1994 08:49:37 GMT")],
        "",
    )
    .await;
    assert_eq!(r.status, 200);
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, "c/o"),
        &[("if-unmodified-since", "Sun, 06 Nov 1994 08:49:37 GMT")],
        "",
    )
    .await;
    assert_eq!(r.status, 412);
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, "c/o"),
        &[("if-modified-since", "1400000000.0")],
        "",
    )
    .await;
    assert_eq!(r.status, 200, "unparseable dates are ignored");
    // Writes: If-None-Match hit → 412 (not 304); If-Match on a missing object → 412.
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "c/o"),
        &[
            ("content-type", "x/y"),
            ("content-length", "1"),
            ("if-none-match", &etag),
        ],
        "a",
    )
    .await;
    assert_eq!(r.status, 412);
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "c/new"),
        &[
            ("content-type", "x/y"),
            ("content-length", "1"),
            ("if-match", "*"),
        ],
        "a",
    )
    .await;
    assert_eq!(r.status, 412);
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "c/new"),
        &[
            ("content-type", "x/y"),
            ("content-length", "1"),
            ("if-none-match", "*"),
        ],
        "a",
    )
    .await;
    assert_eq!(r.status, 201);
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[("if-match", "wrong"), ("x-object-meta-a", "b")],
        "",
    )
    .await;
    assert_eq!(r.status, 412);
    // A missing object is 404 whatever the conditions.
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, "c/none"),
        &[("if-none-match", "*")],
        "",
    )
    .await;
    assert_eq!(r.status, 404);
}

#[tokio::test]
async fn copy_and_move() {
    let cloud = Cloud::start().await;
    container(&cloud, "a", 4).await;
    container(&cloud, "b", 4).await;
    let put = call(
        &cloud,
        "PUT",
        &url(&cloud, "a/src"),
        &[
            ("content-type", "text/plain"),
            ("content-length", "6"),
            ("x-object-meta-color", "red"),
            ("x-object-meta-size", "big"),
            ("x-object-sharing", "read=*"),
        ],
        "source",
    )
    .await;
    assert_eq!(put.status, 201);
    let src_uuid = call(&cloud, "HEAD", &url(&cloud, "a/src"), &[], "")
        .await
        .header("x-object-uuid")
        .unwrap()
        .to_owned();
    // COPY across containers: meta merged (empty deletes), new UUID, sharing not copied.
    let r = call(
        &cloud,
        "COPY",
        &url(&cloud, "a/src"),
        &[
            ("destination", "/b/copy"),
            ("x-object-meta-size", ""),
            ("x-object-meta-shape", "round"),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text());
    assert!(r.header("x-object-version").is_some());
    let head = call(&cloud, "HEAD", &url(&cloud, "b/copy"), &[], "").await;
    assert_eq!(head.header("x-object-meta-color"), Some("red"));
    assert_eq!(head.header("x-object-meta-shape"), Some("round"));
    assert_eq!(head.header("x-object-meta-size"), None);
    assert_eq!(head.header("x-object-sharing"), None);
    assert_eq!(head.header("content-type"), Some("text/plain"));
    assert_ne!(head.header("x-object-uuid"), Some(src_uuid.as_str()));
    assert_eq!(download(&cloud, "b", "copy").await, b"source");
    // Copy onto itself with a new Content-Type changes the type, keeps the UUID.
    let r = call(
        &cloud,
        "COPY",
        &url(&cloud, "a/src"),
        &[("destination", "/a/src"), ("content-type", "text/x-new")],
        "",
    )
    .await;
    assert_eq!(r.status, 201);
    let head = call(&cloud, "HEAD", &url(&cloud, "a/src"), &[], "").await;
    assert_eq!(head.header("content-type"), Some("text/x-new"));
    assert_eq!(head.header("x-object-uuid"), Some(src_uuid.as_str()));
    // ignore_content_type keeps the source type.
    let r = call(
        &cloud,
        "COPY",
        &url(&cloud, "a/src?ignore_content_type"),
        &[
            ("destination", "/b/c2"),
            ("content-type", "application/x-default"),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 201);
    assert_eq!(
        call(&cloud, "HEAD", &url(&cloud, "b/c2"), &[], "")
            .await
            .header("content-type"),
        Some("text/x-new")
    );
    // PUT with X-Copy-From: Content-Length required.
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "b/c3"),
        &[("x-copy-from", "/a/src")],
        "",
    )
    .await;
    assert_eq!(r.status, 411);
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "b/c3"),
        &[("x-copy-from", "a-src"), ("content-length", "0")],
        "",
    )
    .await;
    assert_eq!(r.status, 400);
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "b/c3"),
        &[("x-copy-from", "/a/src"), ("content-length", "0")],
        "",
    )
    .await;
    assert_eq!(r.status, 201);
    assert_eq!(download(&cloud, "b", "c3").await, b"source");
    // MOVE keeps the UUID and removes the source.
    let r = call(
        &cloud,
        "MOVE",
        &url(&cloud, "a/src"),
        &[("destination", "/b/moved")],
        "",
    )
    .await;
    assert_eq!(r.status, 201);
    assert_eq!(
        call(&cloud, "HEAD", &url(&cloud, "a/src"), &[], "")
            .await
            .status,
        404
    );
    let head = call(&cloud, "HEAD", &url(&cloud, "b/moved"), &[], "").await;
    assert_eq!(head.header("x-object-uuid"), Some(src_uuid.as_str()));
    // PUT with X-Move-From.
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "a/back"),
        &[("x-move-from", "/b/moved"), ("content-length", "0")],
        "",
    )
    .await;
    assert_eq!(r.status, 201);
    assert_eq!(download(&cloud, "a", "back").await, b"source");
    // Missing destination header / source / destination container.
    let r = call(&cloud, "COPY", &url(&cloud, "a/back"), &[], "").await;
    assert_eq!(r.status, 400);
    let r = call(
        &cloud,
        "COPY",
        &url(&cloud, "a/none"),
        &[("destination", "/b/x")],
        "",
    )
    .await;
    assert_eq!(r.status, 404);
    let r = call(
        &cloud,
        "COPY",
        &url(&cloud, "a/back"),
        &[("destination", "/zz/x")],
        "",
    )
    .await;
    assert_eq!(r.status, 404);
    // Copy with a delimiter copies the "directory".
    for name in ["dir", "dir/x", "dir/y/z", "dir2"] {
        upload(&cloud, "a", name, name.as_bytes()).await;
    }
    let r = call(
        &cloud,
        "COPY",
        &url(&cloud, "a/dir?delimiter=/"),
        &[("destination", "/b/d")],
        "",
    )
    .await;
    assert_eq!(r.status, 201);
    let list = call(&cloud, "GET", &url(&cloud, "b?prefix=d"), &[], "").await;
    assert_eq!(list.text(), "d\nd/x\nd/y/z\n");
    assert_eq!(download(&cloud, "b", "d/y/z").await, b"dir/y/z");
    // Restoring an old version by copying onto itself with X-Source-Version.
    let v1 = upload(&cloud, "a", "v", b"one")
        .await
        .header("x-object-version")
        .unwrap()
        .to_owned();
    upload(&cloud, "a", "v", b"two").await;
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "a/v"),
        &[
            ("x-copy-from", "/a/v"),
            ("x-source-version", &v1),
            ("content-length", "0"),
            ("content-type", "text/plain"),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 201);
    assert_eq!(download(&cloud, "a", "v").await, b"one");
}

#[tokio::test]
async fn cross_account_copy_and_move_rules() {
    let cloud = Cloud::start().await;
    let bob = cloud.add_user("bob@example.org");
    container(&cloud, "a", 4).await;
    upload(&cloud, "a", "o", b"hello").await;
    let bob_url = |rest: &str| url_of(&cloud, &bob.uuid, rest);
    let r = cloud
        .send("PUT", &bob_url("mine"), Some(&bob.token), &[], "")
        .await;
    assert_eq!(r.status, 201);
    // Bob cannot copy what is not shared with him.
    let owner = cloud.user.uuid.clone();
    let r = cloud
        .send(
            "PUT",
            &bob_url("mine/o"),
            Some(&bob.token),
            &[
                ("x-copy-from", "/a/o"),
                ("x-source-account", &owner),
                ("content-length", "0"),
            ],
            "",
        )
        .await;
    assert_eq!(r.status, 403);
    call(
        &cloud,
        "POST",
        &url(&cloud, "a/o?update"),
        &[("x-object-sharing", &format!("read={}", bob.uuid))],
        "",
    )
    .await;
    let r = cloud
        .send(
            "PUT",
            &bob_url("mine/o"),
            Some(&bob.token),
            &[
                ("x-copy-from", "/a/o"),
                ("x-source-account", &owner),
                ("content-length", "0"),
            ],
            "",
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text());
    let r = cloud
        .send("GET", &bob_url("mine/o"), Some(&bob.token), &[], "")
        .await;
    assert_eq!(r.body.as_ref(), b"hello");
    // MOVE needs the source account: 403 for bob even with read access.
    let r = cloud
        .send(
            "MOVE",
            &url(&cloud, "a/o"),
            Some(&bob.token),
            &[
                ("destination", "/mine/o2"),
                ("destination-account", &bob.uuid),
            ],
            "",
        )
        .await;
    assert_eq!(r.status, 403);
    // The owner can COPY into bob's account only with write access there.
    let r = call(
        &cloud,
        "COPY",
        &url(&cloud, "a/o"),
        &[
            ("destination", "/mine/x"),
            ("destination-account", &bob.uuid),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 403);
}

#[tokio::test]
async fn metadata_normalisation_and_encoding() {
    let cloud = Cloud::start().await;
    ten(&cloud).await;
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o"),
        &[
            ("x-object-meta-my_key", "v"),
            ("x-object-meta-greek", "%CE%B3%CE%B5%CE%B9%CE%B1"),
            ("x-object-meta-tilde", "a~b"),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 202);
    assert!(r.header("x-object-version").is_some());
    let head = call(&cloud, "HEAD", &url(&cloud, "c/o"), &[], "").await;
    assert_eq!(head.header("x-object-meta-my-key"), Some("v"));
    assert_eq!(
        head.header("x-object-meta-greek"),
        Some("%CE%B3%CE%B5%CE%B9%CE%B1")
    );
    assert_eq!(head.header("x-object-meta-tilde"), Some("ab"));
    // Without update the metadata is replaced; with update merged, empty deletes.
    call(
        &cloud,
        "POST",
        &url(&cloud, "c/o"),
        &[("x-object-meta-one", "1")],
        "",
    )
    .await;
    let head = call(&cloud, "HEAD", &url(&cloud, "c/o"), &[], "").await;
    assert_eq!(head.header("x-object-meta-one"), Some("1"));
    assert_eq!(head.header("x-object-meta-my-key"), None);
    call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[("x-object-meta-two", "2"), ("x-object-meta-one", "")],
        "",
    )
    .await;
    let head = call(&cloud, "HEAD", &url(&cloud, "c/o"), &[], "").await;
    assert_eq!(head.header("x-object-meta-one"), None);
    assert_eq!(head.header("x-object-meta-two"), Some("2"));
    // A non-ASCII meta name comes back percent-encoded too (and re-cased: α → Α).
    call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[("x-object-meta-%CE%B1", "x%25y")],
        "",
    )
    .await;
    let head = call(&cloud, "HEAD", &url(&cloud, "c/o"), &[], "").await;
    assert_eq!(head.header("x-object-meta-%CE%91"), Some("x%25y"));
    // Limits: 33 keys → 400; a 257-character value → 400.
    let keys: Vec<(String, String)> = (0..33)
        .map(|i| (format!("x-object-meta-k{i}"), "v".to_owned()))
        .collect();
    let headers: Vec<(&str, &str)> = keys.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = call(&cloud, "POST", &url(&cloud, "c/o"), &headers, "").await;
    assert_eq!(r.status, 400);
    let long = "x".repeat(257);
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o"),
        &[("x-object-meta-long", &long)],
        "",
    )
    .await;
    assert_eq!(r.status, 400);
    // Overwriting an object drops its user metadata.
    upload(&cloud, "c", "o", b"new").await;
    let head = call(&cloud, "HEAD", &url(&cloud, "c/o"), &[], "").await;
    assert_eq!(head.header("x-object-meta-two"), None);
    // Object names with spaces, `?`, `%`, leading `/` and unicode.
    for name in ["a b", "q?x", "50%", "/lead", "γεια/κόσμε"] {
        let encoded: String = name
            .bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b == b'/' {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
        let r = call(
            &cloud,
            "PUT",
            &url(&cloud, &format!("c/{encoded}")),
            &[("content-type", "text/plain"), ("content-length", "2")],
            "hi",
        )
        .await;
        assert_eq!(r.status, 201, "{name}");
        let r = call(
            &cloud,
            "GET",
            &url(&cloud, &format!("c/{encoded}")),
            &[],
            "",
        )
        .await;
        assert_eq!(r.body.as_ref(), b"hi", "{name}");
    }
    let list = call(&cloud, "GET", &url(&cloud, "c?format=json"), &[], "").await;
    let names: Vec<String> = list
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names, vec!["/lead", "50%", "a b", "o", "q?x", "γεια/κόσμε"]);
    // Raw non-ASCII header bytes → 400.
    let r = call(&cloud, "HEAD", &url(&cloud, "c/o"), &[], "").await;
    assert_eq!(r.status, 200);
    let _ = json!(null);
}

#[tokio::test]
async fn manifest_objects() {
    let cloud = Cloud::start().await;
    container(&cloud, "parts", 4).await;
    container(&cloud, "c", 4).await;
    upload(&cloud, "parts", "big/1", b"first-").await;
    upload(&cloud, "parts", "big/2", b"second-").await;
    upload(&cloud, "parts", "big/3", b"third").await;
    upload(&cloud, "parts", "other", b"zzz").await;
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "c/m"),
        &[
            ("content-type", "text/plain"),
            ("content-length", "0"),
            ("x-object-manifest", "parts/big/"),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 201);
    let r = call(&cloud, "GET", &url(&cloud, "c/m"), &[], "").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body.as_ref(), b"first-second-third");
    assert_eq!(r.header("x-object-manifest"), Some("parts/big/"));
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, "c/m"),
        &[("range", "bytes=4-9")],
        "",
    )
    .await;
    assert_eq!(r.status, 206);
    assert_eq!(r.body.as_ref(), b"t-seco");
    let head = call(&cloud, "HEAD", &url(&cloud, "c/m"), &[], "").await;
    assert_eq!(head.header("content-length"), Some("18"));
    // The ETag is the MD5 of the concatenated part ETags.
    let mut etags = String::new();
    for data in [&b"first-"[..], b"second-", b"third"] {
        etags.push_str(&top_hash(data, 4));
    }
    let md5 = hex(&<md5::Md5 as md5::Digest>::digest(etags.as_bytes()));
    assert_eq!(head.header("etag"), Some(md5.as_str()));
    // Its hashmap is its own (empty).
    let map = call(
        &cloud,
        "GET",
        &url(&cloud, "c/m?hashmap&format=json"),
        &[],
        "",
    )
    .await
    .json();
    assert_eq!(map["bytes"], 0);
}

#[tokio::test]
async fn large_updates_across_blocks() {
    let cloud = Cloud::start().await;
    let r = call(&cloud, "PUT", &url(&cloud, "c"), &[], "").await;
    assert_eq!(r.status, 201);
    upload(&cloud, "c", "o", b"abc").await;
    let b = 4 * 1024 * 1024;
    let extra: Vec<u8> = (0..(2 * b + 100) as u32)
        .map(|i| (i % 239) as u8 + 1)
        .collect();
    let len = extra.len().to_string();
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[
            ("content-type", "application/octet-stream"),
            ("content-length", &len),
            ("content-range", "bytes */*"),
        ],
        extra.clone(),
    )
    .await;
    assert_eq!(r.status, 204, "{}", r.text());
    let mut expected = b"abc".to_vec();
    expected.extend_from_slice(&extra);
    assert_eq!(r.header("etag"), Some(top_hash(&expected, b).as_str()));
    assert!(download(&cloud, "c", "o").await == expected);
    // Overwrite across the first block boundary.
    let patch = vec![b'#'; 1000];
    let first = b - 500;
    let range = format!("bytes {first}-{}/*", first + 999);
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[
            ("content-type", "application/octet-stream"),
            ("content-length", "1000"),
            ("content-range", &range),
        ],
        patch.clone(),
    )
    .await;
    assert_eq!(r.status, 204);
    expected[first..first + 1000].copy_from_slice(&patch);
    assert_eq!(r.header("etag"), Some(top_hash(&expected, b).as_str()));
    let r = call(
        &cloud,
        "GET",
        &url(&cloud, "c/o"),
        &[("range", &format!("bytes={}-{}", first - 10, first + 1010))],
        "",
    )
    .await;
    assert_eq!(r.body.as_ref(), &expected[first - 10..first + 1011]);
}

#[tokio::test]
async fn metadata_keys_with_spaces_slashes_and_colons_come_back_as_headers() {
    let cloud = Cloud::start().await;
    ten(&cloud).await;
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "c/o?update"),
        &[("x-object-meta-my%20key%2Fa%3Ab", "v%C3%A9")],
        "",
    )
    .await;
    assert_eq!(r.status, 202, "{}", r.text());
    let head = call(&cloud, "HEAD", &url(&cloud, "c/o"), &[], "").await;
    let found: Vec<(String, String)> = head
        .headers
        .iter()
        .filter(|(name, _)| name.as_str().starts_with("x-object-meta-"))
        .map(|(name, value)| {
            let decode = |s: &str| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8_lossy()
                    .into_owned()
            };
            (decode(name.as_str()), decode(value.to_str().unwrap()))
        })
        .collect();
    // The key is normalised (§1.7: first letter of each `-` piece upper-cased),
    // then percent-encoded whole so that it is a valid header name.
    assert_eq!(
        found,
        vec![("x-object-meta-my key/a:b".to_owned(), "vé".to_owned())],
        "{:?}",
        head.headers
    );
}
