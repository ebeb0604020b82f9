//! Blocks, hashes and hashmaps over HTTP (PITHOS.md §2, §6.1–6.3).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod pithos_common;
mod support;

use pithos_common::*;
use serde_json::json;
use support::Cloud;

const T: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJ";

async fn hashmap(cloud: &Cloud, path: &str) -> serde_json::Value {
    let reply = call(
        cloud,
        "GET",
        &url(cloud, &format!("{path}?hashmap&format=json")),
        &[],
        "",
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    reply.json()
}

#[tokio::test]
async fn small_block_top_hashes_of_every_padding_size() {
    let cloud = Cloud::start().await;
    container(&cloud, "c", 4).await;
    let head = call(&cloud, "HEAD", &url(&cloud, "c"), &[], "").await;
    assert_eq!(head.status, 204);
    assert_eq!(head.header("x-container-block-size"), Some("4"));
    assert_eq!(head.header("x-container-block-hash"), Some("sha256"));
    let expected = [
        EMPTY,
        "88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589",
        "7d5473712172f9ec1494baa03da3d8734d12d385d1ca6340856771c3d93382e6",
        "79025c7ac731d2033181d1fcb4a74c9b983471b7d3a09f834eae66b491ba36f8",
        "a55cce1f73005419d773521c30eb4f18e12980344778982764108770ddb93a00",
        "15d49499ef201ecc244e0da4c7492666b309047fd6ff75dc0f2e64c6593e9465",
        "bfe04a5c9ccad70fe5ba43cd91c225ba23a73ebeacad0ee464a5463fb43b6a92",
        "a29bfc75fc75752d9c94733961b4638d79fc847b2b3232ed3ec3e0629f45af0b",
        "2742e265c697e8a629cdf2f6e84f9c3db785a88bb015063e90e00c1a94ec6a6e",
        "c25accb6e7b6309b66d01c3cb092f1374b605460d631868b58f91cec42e94078",
    ];
    for (n, want) in expected.iter().enumerate() {
        let name = format!("t{n}");
        let put = upload(&cloud, "c", &name, &T[..4 * n]).await;
        assert_eq!(put.header("etag"), Some(*want), "n = {n}");
        let head = call(&cloud, "HEAD", &url(&cloud, &format!("c/{name}")), &[], "").await;
        assert_eq!(head.status, 200);
        assert_eq!(head.header("x-object-hash"), Some(*want));
        assert_eq!(head.header("etag"), Some(*want));
        assert_eq!(
            head.header("content-length"),
            Some((4 * n).to_string().as_str())
        );
        assert_eq!(download(&cloud, "c", &name).await, &T[..4 * n]);
    }
    let map = hashmap(&cloud, "c/t3").await;
    assert_eq!(
        map,
        json!({"block_size": 4, "block_hash": "sha256", "bytes": 12, "hashes": [
            "88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589",
            "e5e088a0b66163a0a26a5e053d2a4496dc16ab6e0e3dd1adf2d16aa84a078c9d",
            "005c19658919186b85618c5870463eec8d9b8c1a9d00208a5352891ba5bbe086"]})
    );
}

#[tokio::test]
async fn worked_derivations_and_zero_blocks() {
    let cloud = Cloud::start().await;
    container(&cloud, "c", 4).await;
    let put = upload(&cloud, "c", "ten", b"abcdefghij").await;
    assert_eq!(
        put.header("etag"),
        Some("18374008371944fcd365918bfd1187d4edcaaad1ce8dc23e746347129b1f22d1")
    );
    let put = upload(&cloud, "c", "zeros", b"abcd\0\0\0\0ij").await;
    assert_eq!(
        put.header("etag"),
        Some("e165997b0772d7e96400b3589434b27aa047ca7b6a21cfa0a1443387d0ab9817")
    );
    let map = hashmap(&cloud, "c/zeros").await;
    assert_eq!(map["hashes"][1], EMPTY);
    assert_eq!(
        map["hashes"][2],
        "c9df9c3f2963b19b9b95f58c4d33b053fa9f8586dd6ee04126e52a868f882108"
    );
    // The interior zero block reads back as zeros.
    assert_eq!(download(&cloud, "c", "zeros").await, b"abcd\0\0\0\0ij");
    // Leading zero kept (H5), all-zero data hashes like the empty object (H6).
    let put = upload(&cloud, "c", "lead", b"\0abc").await;
    assert_eq!(
        put.header("etag"),
        Some("609f6e36d2405585188d5cfd761f407c7cc46a7d3f314c88270469dde315fcd1")
    );

    container(&cloud, "k", 1024).await;
    let put = upload(&cloud, "k", "a1025", &[b'a'; 1025]).await;
    assert_eq!(
        put.header("etag"),
        Some("d21669bfd642bfd61a96e7bc17b7584161e285a5e12ab5902b91323ee2f7ad16")
    );
    let put = upload(&cloud, "k", "z", &[0u8; 10]).await;
    assert_eq!(put.header("etag"), Some(EMPTY));
    assert_eq!(download(&cloud, "k", "z").await, vec![0u8; 10]);
}

#[tokio::test]
async fn default_block_size_vectors() {
    let cloud = Cloud::start().await;
    let reply = call(&cloud, "PUT", &url(&cloud, "big"), &[], "").await;
    assert_eq!(reply.status, 201);
    let head = call(&cloud, "HEAD", &url(&cloud, "big"), &[], "").await;
    assert_eq!(head.header("x-container-block-size"), Some("4194304"));
    let b = 4_194_304;
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (
            b"a".to_vec(),
            "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb",
        ),
        (
            b"abc\0\0\0".to_vec(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ),
        (
            vec![b'a'; b + 1],
            "5f858b62ccd88447586305aec6fd53c96747cfebf527cbba129a6dfed47d9624",
        ),
        (
            vec![b'a'; 2 * b + 1],
            "5d67007eccdb618ff2e6b05799f3e4324428243bfb97c65f4cdabd3392c6aa1d",
        ),
        (
            [vec![b'a'; b], vec![0u8; b]].concat(),
            "43d8da4e742a7e85fe95ff6fddab8094594701e82ed6ccb44332892f03e37487",
        ),
        (
            (0..b as u32 + 1).map(|i| (i % 251) as u8).collect(),
            "4a6cc0a344febaa07772e7c974834b2fb1d24594d4ba15f27c97a54699709f44",
        ),
    ];
    for (i, (data, want)) in cases.iter().enumerate() {
        let put = upload(&cloud, "big", &format!("o{i}"), data).await;
        assert_eq!(put.header("etag"), Some(*want), "case {i}");
        assert_eq!(
            &download(&cloud, "big", &format!("o{i}")).await,
            data,
            "case {i}"
        );
    }
    let map = hashmap(&cloud, "big/o2").await;
    assert_eq!(
        map["hashes"],
        json!([
            "299285fc41a44cdb038b9fdaf494c76ca9d0c866672b2b266c1a0c17dda60a05",
            "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"
        ])
    );
}

#[tokio::test]
async fn hashmap_put_protocol() {
    let cloud = Cloud::start().await;
    container(&cloud, "c", 4).await;
    let data = b"abcdefghijab"; // blocks abcd, efgh, ijab
    let list = hashes(data, 4);
    let doc = json!({"bytes": 12, "hashes": [list[0], list[1], list[0], list[2], list[1]]});
    // Size mismatch first: 5 hashes for 12 bytes → 400.
    let put = call(
        &cloud,
        "PUT",
        &url(&cloud, "c/o?hashmap"),
        &[
            ("content-type", "text/x"),
            ("content-length", &doc.to_string().len().to_string()),
        ],
        doc.to_string(),
    )
    .await;
    assert_eq!(put.status, 400);

    // 409 lists missing blocks, unique, in order of first occurrence, lower case.
    let doc = json!({"bytes": 20, "hashes": [list[1], list[0], list[1].to_uppercase(), list[2], list[0]]});
    let body = doc.to_string();
    let put = call(
        &cloud,
        "PUT",
        &url(&cloud, "c/o?hashmap&format=xml"),
        &[
            ("content-type", "text/x"),
            ("content-length", &body.len().to_string()),
        ],
        body.clone(),
    )
    .await;
    assert_eq!(put.status, 409, "{}", put.text());
    assert_eq!(put.json(), json!([list[1], list[0], list[2]]));

    // Block POST: 202 and the hashes in order; a body of 2B+1 gives 3 hashes.
    let post = call(
        &cloud,
        "POST",
        &url(&cloud, "c?update"),
        &[
            ("content-type", "application/octet-stream"),
            ("content-length", "9"),
        ],
        b"abcdefghi".to_vec(),
    )
    .await;
    assert_eq!(post.status, 202);
    assert_eq!(post.json(), json!(hashes(b"abcdefghi", 4)));
    let post = call(
        &cloud,
        "POST",
        &url(&cloud, "c?update"),
        &[
            ("content-type", "application/octet-stream"),
            ("content-length", "4"),
        ],
        b"efgh".to_vec(),
    )
    .await;
    assert_eq!(post.json(), json!([list[1]]));
    let put = call(
        &cloud,
        "PUT",
        &url(&cloud, "c/o?hashmap"),
        &[
            ("content-type", "text/x"),
            ("content-length", &body.len().to_string()),
        ],
        body.clone(),
    )
    .await;
    assert_eq!(put.status, 409);
    assert_eq!(put.json(), json!([list[2]]));
    call(
        &cloud,
        "POST",
        &url(&cloud, "c?update"),
        &[
            ("content-type", "application/octet-stream"),
            ("content-length", "4"),
        ],
        b"ijab".to_vec(),
    )
    .await;
    let put = call(
        &cloud,
        "PUT",
        &url(&cloud, "c/o?hashmap"),
        &[
            ("content-type", "text/x"),
            ("content-length", &body.len().to_string()),
        ],
        body,
    )
    .await;
    assert_eq!(put.status, 201, "{}", put.text());
    assert!(put.header("x-object-version").is_some());
    let expected = b"efghabcdefghijababcd";
    assert_eq!(put.header("etag"), Some(top_hash(expected, 4).as_str()));
    assert_eq!(download(&cloud, "c", "o").await, expected);
    let head = call(&cloud, "HEAD", &url(&cloud, "c/o"), &[], "").await;
    assert_eq!(head.header("content-type"), Some("text/x"));

    // Block POST with parameters in the content type is a metadata POST.
    let post = call(
        &cloud,
        "POST",
        &url(&cloud, "c?update"),
        &[
            ("content-type", "application/octet-stream; charset=binary"),
            ("content-length", "4"),
        ],
        b"wxyz".to_vec(),
    )
    .await;
    assert_eq!(post.status, 202);
    assert!(post.body.is_empty());
    // Block POST with update to a container that does not exist works (quirk).
    let post = call(
        &cloud,
        "POST",
        &url(&cloud, "nowhere?update"),
        &[
            ("content-type", "application/octet-stream"),
            ("content-length", "1"),
        ],
        b"a".to_vec(),
    )
    .await;
    assert_eq!(post.status, 202);
    // Block POST to a foreign account → 403.
    let other = cloud.add_user("other@example.org");
    let post = cloud
        .send(
            "POST",
            &url(&cloud, "c?update"),
            Some(&other.token),
            &[
                ("content-type", "application/octet-stream"),
                ("content-length", "1"),
            ],
            b"a".to_vec(),
        )
        .await;
    assert_eq!(post.status, 403);
}

#[tokio::test]
async fn hashmap_put_edge_cases() {
    let cloud = Cloud::start().await;
    container(&cloud, "c", 4).await;
    let put = |path: &'static str, body: String| {
        let cloud = &cloud;
        async move {
            let len = body.len().to_string();
            call(
                cloud,
                "PUT",
                &url(cloud, path),
                &[
                    ("content-type", "application/octet-stream"),
                    ("content-length", &len),
                ],
                body,
            )
            .await
        }
    };
    // Empty objects (6.3.3, 6.3.4).
    let r = put(
        "c/e1?hashmap",
        json!({"bytes": 0, "hashes": []}).to_string(),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text());
    let map = hashmap(&cloud, "c/e1").await;
    assert_eq!(map["hashes"], json!([EMPTY]));
    assert_eq!(map["bytes"], 0);
    let head = call(&cloud, "HEAD", &url(&cloud, "c/e1"), &[], "").await;
    assert_eq!(head.header("content-length"), Some("0"));
    assert_eq!(head.header("x-object-hash"), Some(EMPTY));
    let r = put(
        "c/e2?hashmap",
        json!({"bytes": 0, "hashes": [EMPTY]}).to_string(),
    )
    .await;
    assert_eq!(r.status, 201);
    let r = put(
        "c/e3?hashmap",
        json!({"bytes": 0, "hashes": [hashes(b"abcd", 4)[0]]}).to_string(),
    )
    .await;
    assert_eq!(r.status, 400);
    // Size mismatches (6.3.5), with B = 4 and two blocks.
    let two = hashes(b"abcdef", 4);
    for bytes in [json!(4), json!(9), json!(-1), json!(1e37)] {
        let r = put(
            "c/m?hashmap",
            json!({"bytes": bytes, "hashes": two}).to_string(),
        )
        .await;
        assert_eq!(r.status, 400, "bytes = {bytes}");
    }
    // A numeric string is a size too.
    let r = put(
        "c/s?hashmap",
        json!({"bytes": "0", "hashes": []}).to_string(),
    )
    .await;
    assert_eq!(r.status, 201);
    // Malformed bodies (6.3.6) and hashes (6.3.7).
    for body in [
        "not json".to_owned(),
        json!({"bytes": 1}).to_string(),
        json!({"hashes": []}).to_string(),
        json!({"bytes": 1, "hashes": null}).to_string(),
        json!({"bytes": 4, "hashes": ["xyz"]}).to_string(),
    ] {
        let r = put("c/bad?hashmap", body.clone()).await;
        assert_eq!(r.status, 400, "{body}");
    }
    // Missing container: 409 first when blocks are missing, 404 once they exist (6.3.8).
    let r = put(
        "nope/x?hashmap",
        json!({"bytes": 4, "hashes": hashes(b"qqqq", 4)}).to_string(),
    )
    .await;
    assert_eq!(r.status, 409);
    let r = put(
        "nope/x?hashmap",
        json!({"bytes": 4, "hashes": hashes(b"abcd", 4)}).to_string(),
    )
    .await;
    assert_eq!(r.status, 409, "abcd was never uploaded in this test");
    upload(&cloud, "c", "abcd", b"abcd").await;
    let r = put(
        "nope/x?hashmap",
        json!({"bytes": 4, "hashes": hashes(b"abcd", 4)}).to_string(),
    )
    .await;
    assert_eq!(r.status, 404);
    // If-None-Match: * on an existing object → 412 before any block check (6.3.9).
    let body = json!({"bytes": 4, "hashes": hashes(b"zzzz", 4)}).to_string();
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "c/abcd?hashmap"),
        &[
            ("content-type", "x/y"),
            ("content-length", &body.len().to_string()),
            ("if-none-match", "*"),
        ],
        body,
    )
    .await;
    assert_eq!(r.status, 412);
    // Re-uploading unchanged content: the hashmap PUT succeeds at once (6.3.11).
    let body = json!({"bytes": 4, "hashes": hashes(b"abcd", 4)}).to_string();
    let r = put("c/again?hashmap", body).await;
    assert_eq!(r.status, 201);
}

#[tokio::test]
async fn all_zero_file_on_a_fresh_store() {
    // 6.3.12 with B = 1024: the zero block is missing, then POSTed, then the PUT succeeds.
    let cloud = Cloud::start().await;
    container(&cloud, "c", 1024).await;
    let body = json!({"bytes": 1024, "hashes": [EMPTY]}).to_string();
    let headers = [
        ("content-type", "application/octet-stream"),
        ("content-length", "0"),
    ];
    let len = body.len().to_string();
    let h = [
        ("content-type", "application/octet-stream"),
        ("content-length", len.as_str()),
    ];
    let r = call(&cloud, "PUT", &url(&cloud, "c/z?hashmap"), &h, body.clone()).await;
    assert_eq!(r.status, 409);
    assert_eq!(r.json(), json!([EMPTY]));
    let _ = headers;
    let post = call(
        &cloud,
        "POST",
        &url(&cloud, "c?update"),
        &[
            ("content-type", "application/octet-stream"),
            ("content-length", "1024"),
        ],
        vec![0u8; 1024],
    )
    .await;
    assert_eq!(post.json(), json!([EMPTY]));
    let r = call(&cloud, "PUT", &url(&cloud, "c/z?hashmap"), &h, body).await;
    assert_eq!(r.status, 201);
    assert_eq!(download(&cloud, "c", "z").await, vec![0u8; 1024]);
}

#[tokio::test]
async fn data_put_rules() {
    let cloud = Cloud::start().await;
    container(&cloud, "c", 4).await;
    // No Content-Type → 411; no Content-Length (and not chunked) → 411.
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "c/o"),
        &[("content-length", "3")],
        "abc",
    )
    .await;
    assert_eq!(r.status, 411);
    assert!(r.text().contains("Content-Type"), "{}", r.text());
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "c/o"),
        &[("content-type", "text/plain")],
        "",
    )
    .await;
    assert_eq!(r.status, 411);
    // ETag (MD5) check: a match stores it as the listing hash, a mismatch → 422.
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "c/o"),
        &[
            ("content-type", "text/plain"),
            ("content-length", "3"),
            ("etag", "900150983cd24fb0d6963f7d28e17f72"),
        ],
        "abc",
    )
    .await;
    assert_eq!(r.status, 201);
    assert_eq!(
        r.header("etag"),
        Some("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    );
    let list = call(&cloud, "GET", &url(&cloud, "c?format=json"), &[], "").await;
    assert_eq!(list.json()[0]["hash"], "900150983cd24fb0d6963f7d28e17f72");
    assert_eq!(
        list.json()[0]["x_object_hash"],
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "c/p"),
        &[
            ("content-type", "text/plain"),
            ("content-length", "3"),
            ("etag", "0cc175b9c0f1b6a831c399e269772661"),
        ],
        "abc",
    )
    .await;
    assert_eq!(r.status, 422);
    let r = call(&cloud, "HEAD", &url(&cloud, "c/p"), &[], "").await;
    assert_eq!(r.status, 404, "a failed PUT leaves no object");
    // Empty data PUT.
    let r = upload(&cloud, "c", "empty", b"").await;
    assert_eq!(r.header("etag"), Some(EMPTY));
    let map = hashmap(&cloud, "c/empty").await;
    assert_eq!(map["hashes"], json!([EMPTY]));
    // Missing container → 404.
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "none/o"),
        &[("content-type", "text/plain"), ("content-length", "1")],
        "a",
    )
    .await;
    assert_eq!(r.status, 404);
    // No token → 401.
    let r = cloud.send("GET", &url(&cloud, "c/o"), None, &[], "").await;
    assert_eq!(r.status, 401);
    // Token as a query parameter.
    let r = cloud
        .send(
            "GET",
            &format!("{}?X-Auth-Token={}", url(&cloud, "c/o"), cloud.user.token),
            None,
            &[],
            "",
        )
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body.as_ref(), b"abc");
}

#[tokio::test]
async fn blake3_containers() {
    let cloud = Cloud::start().await;
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "b3"),
        &[
            ("x-container-policy-block-hash", "blake3"),
            ("x-container-policy-block-size", "4"),
        ],
        "",
    )
    .await;
    assert_eq!(r.status, 201);
    let head = call(&cloud, "HEAD", &url(&cloud, "b3"), &[], "").await;
    assert_eq!(head.header("x-container-block-hash"), Some("blake3"));
    let put = upload(&cloud, "b3", "o", b"abcdefgh").await;
    let h1 = blake3::hash(b"abcd");
    let h2 = blake3::hash(b"efgh");
    let mut both = h1.as_bytes().to_vec();
    both.extend_from_slice(h2.as_bytes());
    let top = blake3::hash(&both);
    assert_eq!(put.header("etag"), Some(top.to_hex().as_str()));
    let map = hashmap(&cloud, "b3/o").await;
    assert_eq!(map["block_hash"], "blake3");
    assert_eq!(
        map["hashes"],
        json!([h1.to_hex().as_str(), h2.to_hex().as_str()])
    );
    assert_eq!(download(&cloud, "b3", "o").await, b"abcdefgh");
    // The block size and hash of an existing container cannot change; an unknown hash is refused.
    let r = call(
        &cloud,
        "POST",
        &url(&cloud, "b3?update"),
        &[("x-container-policy-block-hash", "sha256")],
        "",
    )
    .await;
    assert_eq!(r.status, 400);
    let r = call(
        &cloud,
        "PUT",
        &url(&cloud, "md"),
        &[("x-container-policy-block-hash", "md5")],
        "",
    )
    .await;
    assert_eq!(r.status, 400);
    // Copying into a sha256 container re-cuts the data into that container's blocks.
    container(&cloud, "s", 4).await;
    let r = call(
        &cloud,
        "COPY",
        &url(&cloud, "b3/o"),
        &[("destination", "/s/o")],
        "",
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.header("etag"), Some(top_hash(b"abcdefgh", 4).as_str()));
    assert_eq!(download(&cloud, "s", "o").await, b"abcdefgh");
}
