//! Swift conformance of `cloud-pithos` in Swift mode, against the real
//! Swift (behind the real Keystone) that `cargo xtask realcloud up` started.
//!
//! Every test works in containers named for this run and removes them at
//! the end. Results are checked on the server with raw HTTP where that
//! proves something (ETags, manifests, segment listings, ACLs, timestamps):
//!
//! * round trips of 0 B and 1 B, and of a 1 GiB random file stored as a
//!   Static Large Object of 256 MiB segments, with identical bytes; its
//!   re-upload sends nothing, a change sends one segment, and its delete
//!   leaves no segment behind;
//! * copies (a plain object and a Static Large Object, which stays whole
//!   after its source is deleted) and a move;
//! * a listing of 2,500 objects in pages of 700;
//! * metadata merges, skip-unchanged re-uploads, a public container through
//!   its read ACL;
//! * data damaged on the wire (one flipped byte) in either direction is
//!   caught by MD5 and leaves neither an object nor a file behind;
//! * a 403 on another project's account;
//! * many segments, read and hashed side by side in rows both ways, with a
//!   segment PUT refused (503) once and a ranged answer cut on the way.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::{Bytes, BytesMut};
use cloud_core::{Body, ErrorKind, Transport};
use cloud_identity::credentials::{
    DomainRef, ProjectRef, TokenCredentials, UserRef, V3Password, V3Scope,
};
use cloud_pithos::download::DownloadOptions;
use cloud_pithos::models::ListingEntry;
use cloud_pithos::progress::{Phase, Progress};
use cloud_pithos::swift::body::md5_hex;
use cloud_pithos::upload::UploadOptions;
use cloud_pithos::{
    ContainerOptions, CopyOptions, DeleteOptions, ListOptions, PithosClient, TransferError,
};
use futures_util::{StreamExt, TryStreamExt};
use http_body_util::BodyExt;
use tests::realcloud::{RealCloud, User};

const MIB: u64 = 1 << 20;

fn cloud() -> RealCloud {
    RealCloud::load().unwrap_or_else(|e| panic!("{e}"))
}

/// A name nobody else uses: `<what>-<pid>-<nanoseconds>`.
fn unique(what: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("{what}-{}-{nanos}", std::process::id())
}

/// Keystone v3 password credentials of `user`, scoped to its project.
fn credentials(cloud: &RealCloud, user: &User) -> Arc<TokenCredentials> {
    let method = V3Password::new(
        &cloud.auth_url,
        UserRef::name(&user.username, DomainRef::name(&user.user_domain_name)),
        user.password.as_str(),
    )
    .scope(V3Scope::Project(ProjectRef::name(
        &user.project_name,
        DomainRef::name(&user.project_domain_name),
    )));
    Arc::new(TokenCredentials::new(
        method,
        Transport::builder().build().unwrap(),
    ))
}

/// The storage client of `user`'s own account.
fn client(cloud: &RealCloud, user: &User) -> PithosClient {
    let transport = Transport::builder()
        .shared_credentials(credentials(cloud, user))
        .build()
        .unwrap();
    PithosClient::from_storage_url(transport, &cloud.storage_url(user)).unwrap()
}

/// A raw request (with the client's token unless `anonymous`): status,
/// headers and body.
async fn raw(
    client: &PithosClient,
    anonymous: bool,
    method: http::Method,
    url: &str,
    headers: &[(&str, &str)],
) -> (u16, http::HeaderMap, Bytes) {
    let mut builder = http::Request::builder().method(method).uri(url);
    for (k, v) in headers {
        builder = builder.header(*k, *v);
    }
    let request = builder.body(Body::empty()).unwrap();
    let transport = if anonymous {
        Transport::builder().build().unwrap()
    } else {
        client.transport().clone()
    };
    let response = transport.send(request).await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.into_body().collect_bytes().await.unwrap();
    (status, headers, body)
}

fn url(client: &PithosClient, container: &str, object: Option<&str>) -> String {
    let base = format!("{}/{}/{container}", client.endpoint(), client.account());
    match object {
        Some(o) => format!("{base}/{}", cloud_pithos::encoding::object(o)),
        None => base,
    }
}

fn header<'a>(headers: &'a http::HeaderMap, name: &str) -> &'a str {
    headers.get(name).map(|v| v.to_str().unwrap()).unwrap_or("")
}

/// A scratch directory for this test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Self {
        let dir = std::env::temp_dir().join(unique("realcloud-swift"));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `size` random bytes (from the kernel) into a new file.
fn random_file(path: &Path, size: u64) {
    let mut source = std::fs::File::open("/dev/urandom").unwrap().take(size);
    let mut file = std::fs::File::create(path).unwrap();
    let copied = std::io::copy(&mut source, &mut file).unwrap();
    assert_eq!(copied, size);
    file.flush().unwrap();
}

/// True when two files hold the same bytes (compared in 8 MiB pieces).
fn same_file(a: &Path, b: &Path) -> bool {
    let (mut a, mut b) = (
        std::fs::File::open(a).unwrap(),
        std::fs::File::open(b).unwrap(),
    );
    if a.metadata().unwrap().len() != b.metadata().unwrap().len() {
        return false;
    }
    let (mut x, mut y) = (vec![0u8; 8 << 20], vec![0u8; 8 << 20]);
    loop {
        let n = a.read(&mut x).unwrap();
        if n == 0 {
            return true;
        }
        b.read_exact(&mut y[..n]).unwrap();
        if x[..n] != y[..n] {
            return false;
        }
    }
}

/// The MD5 of `length` bytes of a file at `offset`.
fn md5_of(path: &Path, offset: u64, length: u64) -> String {
    use std::io::Seek;
    let mut file = std::fs::File::open(path).unwrap();
    file.seek(std::io::SeekFrom::Start(offset)).unwrap();
    let mut data = vec![0u8; length as usize];
    file.read_exact(&mut data).unwrap();
    md5_hex(&data)
}

/// The manifest of the Static Large Object at `object_url`, as the server
/// stores it (`?multipart-manifest=get`).
async fn stored_manifest(client: &PithosClient, object_url: &str) -> Vec<serde_json::Value> {
    let (status, _, body) = raw(
        client,
        false,
        http::Method::GET,
        &format!("{object_url}?multipart-manifest=get"),
        &[],
    )
    .await;
    assert_eq!(status, 200);
    serde_json::from_slice(&body).unwrap()
}

/// A new container for this test (and its `_segments` companion, which
/// uploads create), both emptied and removed by [`remove`].
async fn container(client: &PithosClient, what: &str) -> String {
    let name = unique(what);
    assert!(
        client
            .create_container(&name, &ContainerOptions::default())
            .await
            .unwrap()
    );
    name
}

/// Empties and deletes a container and its segments container.
async fn remove(client: &PithosClient, container: &str) {
    for name in [container.to_owned(), format!("{container}_segments")] {
        let empty = DeleteOptions {
            delimiter: Some('/'),
            ..DeleteOptions::default()
        };
        match client.del_container(&name, &empty).await {
            Ok(()) => {}
            Err(e) if e.kind() == Some(ErrorKind::NotFound) => continue,
            Err(e) => panic!("emptying {name}: {e}"),
        }
        client
            .del_container(&name, &DeleteOptions::default())
            .await
            .unwrap();
    }
}

/// Object names in a container (all pages).
async fn names(client: &PithosClient, container: &str, page_size: Option<usize>) -> Vec<String> {
    let options = ListOptions {
        page_size,
        ..ListOptions::default()
    };
    client
        .list_objects(container, &options)
        .map_ok(|e| match e {
            ListingEntry::Object(o) => o.name,
            ListingEntry::Subdir { subdir } => subdir,
        })
        .try_collect()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn small_round_trips_keep_bytes_and_md5() {
    let cloud = cloud();
    let client = client(&cloud, &cloud.users.demo);
    let c = container(&client, "small").await;
    let scratch = Scratch::new();
    assert!(client.is_swift(&c).await.unwrap());
    for (name, data) in [
        ("empty", &b""[..]),
        ("one", &b"x"[..]),
        ("dir one/γ.txt", &b"hello\n"[..]),
    ] {
        let local = scratch.path("up");
        std::fs::write(&local, data).unwrap();
        let report = client
            .upload_object(&c, name, &local, &UploadOptions::default())
            .await
            .unwrap();
        assert_eq!(report.top_hash, md5_hex(data));
        // The server holds exactly these bytes: its ETag is their MD5.
        let (status, headers, _) = raw(
            &client,
            false,
            http::Method::HEAD,
            &url(&client, &c, Some(name)),
            &[],
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(header(&headers, "etag"), md5_hex(data));
        assert_eq!(header(&headers, "content-length"), data.len().to_string());
        assert!(
            !header(&headers, "x-object-meta-mtime").is_empty(),
            "mtime as swiftclient stores it"
        );
        let back = scratch.path("down");
        let got = client
            .download_object(&c, name, &back, &DownloadOptions::default())
            .await
            .unwrap();
        assert_eq!(got.bytes, data.len() as u64);
        assert_eq!(std::fs::read(&back).unwrap(), data);
        assert!(!cloud_pithos::download::partial_path(&back).exists());
        // upload_bytes and cat speak Swift too.
        client
            .upload_bytes(
                &c,
                &format!("{name}.mem"),
                Bytes::copy_from_slice(data),
                &UploadOptions::default(),
            )
            .await
            .unwrap();
        let mut out = Vec::new();
        client
            .cat_object(&c, &format!("{name}.mem"), &mut out, &Default::default())
            .await
            .unwrap();
        assert_eq!(out, data);
    }
    // A Static Large Object whose segment names need escaping: downloads
    // read the segments by their names, directly.
    let local = scratch.path("odd");
    random_file(&local, 3 * MIB + 7);
    let odd = "dir x/ü%20z?#.bin";
    let segmented = UploadOptions {
        segment_size: Some(MIB),
        ..UploadOptions::default()
    };
    client
        .upload_object(&c, odd, &local, &segmented)
        .await
        .unwrap();
    let back = scratch.path("odd-back");
    let got = client
        .download_object(&c, odd, &back, &DownloadOptions::default())
        .await
        .unwrap();
    assert_eq!(got.blocks, 4, "one check per segment");
    assert!(same_file(&local, &back));
    // Pithos-only calls are refused before anything is sent.
    let e = client.publish_object(&c, "one").await.unwrap_err();
    assert!(cloud_pithos::swift::is_pithos_only(&e), "{e}");
    let e = client
        .get_object_hashmap(&c, "one", None, &Default::default())
        .await
        .unwrap_err();
    assert!(cloud_pithos::swift::is_pithos_only(&e), "{e}");
    let e = client
        .append_bytes(&c, "one", Bytes::from_static(b"more"))
        .await
        .unwrap_err();
    assert!(cloud_pithos::swift::is_pithos_only(&e), "{e}");
    remove(&client, &c).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn one_gib_as_a_static_large_object() {
    let cloud = cloud();
    let client = client(&cloud, &cloud.users.demo);
    let c = container(&client, "big").await;
    let scratch = Scratch::new();
    let local = scratch.path("big.bin");
    let size = 1024 * MIB;
    let segment = 256 * MIB;
    random_file(&local, size);
    let options = UploadOptions {
        segment_size: Some(segment),
        ..UploadOptions::default()
    };
    let report = client
        .upload_object(&c, "big.bin", &local, &options)
        .await
        .unwrap();
    assert_eq!(
        (report.bytes, report.blocks, report.blocks_sent),
        (size, 4, 4)
    );

    // On the server: a manifest of 4 segments whose ETags are the MD5s of
    // the local ranges, in <container>_segments.
    let object_url = url(&client, &c, Some("big.bin"));
    let (_, head, _) = raw(&client, false, http::Method::HEAD, &object_url, &[]).await;
    assert_eq!(header(&head, "x-static-large-object"), "True");
    assert_eq!(header(&head, "content-length"), size.to_string());
    let manifest = stored_manifest(&client, &object_url).await;
    assert_eq!(manifest.len(), 4);
    for (i, entry) in manifest.iter().enumerate() {
        assert_eq!(entry["bytes"], segment);
        assert_eq!(entry["hash"], md5_of(&local, i as u64 * segment, segment));
        let name = entry["name"].as_str().unwrap();
        assert!(
            name.starts_with(&format!("/{c}_segments/big.bin/slo/")),
            "{name}"
        );
        assert!(
            name.ends_with(&format!("/{size}/{segment}/{i:08}")),
            "{name}"
        );
    }

    // Download: identical bytes, no temporary file left.
    let back = scratch.path("back.bin");
    let got = client
        .download_object(&c, "big.bin", &back, &DownloadOptions::default())
        .await
        .unwrap();
    assert_eq!((got.bytes, got.blocks), (size, 4));
    assert!(same_file(&local, &back));
    assert!(!cloud_pithos::download::partial_path(&back).exists());

    // Unchanged: nothing is sent (the manifest keeps its timestamp).
    let again = client
        .upload_object(&c, "big.bin", &local, &options)
        .await
        .unwrap();
    assert_eq!(again.blocks_sent, 0);
    let (_, head2, _) = raw(&client, false, http::Method::HEAD, &object_url, &[]).await;
    assert_eq!(header(&head2, "x-timestamp"), header(&head, "x-timestamp"));

    // One byte changed in the third segment: that segment alone is sent,
    // and the replaced segment is deleted.
    {
        use std::io::{Seek, SeekFrom};
        let mut f = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(&local)
            .unwrap();
        f.seek(SeekFrom::Start(2 * segment + 12345)).unwrap();
        let mut b = [0u8; 1];
        f.read_exact(&mut b).unwrap();
        f.seek(SeekFrom::Start(2 * segment + 12345)).unwrap();
        f.write_all(&[b[0] ^ 0x5a]).unwrap();
    }
    let changed = client
        .upload_object(&c, "big.bin", &local, &options)
        .await
        .unwrap();
    assert_eq!(
        (changed.blocks, changed.blocks_sent, changed.bytes_sent),
        (4, 1, segment)
    );
    let segments = names(&client, &format!("{c}_segments"), None).await;
    assert_eq!(segments.len(), 4, "{segments:?}");
    // The resumed download keeps the three segments it has.
    let resumed = client
        .download_object(
            &c,
            "big.bin",
            &back,
            &DownloadOptions {
                resume: true,
                ..DownloadOptions::default()
            },
        )
        .await
        .unwrap();
    assert_eq!((resumed.blocks_kept, resumed.blocks_fetched), (3, 1));
    assert!(same_file(&local, &back));

    // Delete: the manifest and every segment go.
    client
        .del_object(&c, "big.bin", &DeleteOptions::default())
        .await
        .unwrap();
    let (status, _, _) = raw(&client, false, http::Method::HEAD, &object_url, &[]).await;
    assert_eq!(status, 404);
    assert!(
        names(&client, &format!("{c}_segments"), None)
            .await
            .is_empty()
    );
    remove(&client, &c).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn copies_and_moves() {
    let cloud = cloud();
    let client = client(&cloud, &cloud.users.demo);
    let c = container(&client, "copy").await;
    let d = container(&client, "copy-to").await;
    let scratch = Scratch::new();
    let local = scratch.path("three.bin");
    random_file(&local, 3 * MIB + 17);
    let meta = BTreeMap::from([("colour".to_owned(), "blue".to_owned())]);
    let options = UploadOptions {
        segment_size: Some(MIB),
        meta: meta.clone(),
        content_type: Some("application/x-test".into()),
        ..UploadOptions::default()
    };
    client
        .upload_object(&c, "slo.bin", &local, &options)
        .await
        .unwrap();
    client
        .upload_bytes(
            &c,
            "plain.txt",
            Bytes::from_static(b"plain data"),
            &UploadOptions {
                meta: meta.clone(),
                ..UploadOptions::default()
            },
        )
        .await
        .unwrap();

    // A plain copy keeps data and metadata and adds the new metadata.
    let extra = CopyOptions {
        meta: BTreeMap::from([("shape".to_owned(), "round".to_owned())]),
        ..CopyOptions::default()
    };
    client
        .copy_object(&c, "plain.txt", &d, "plain copy.txt", &extra)
        .await
        .unwrap();
    let info = client
        .get_object_info(&d, "plain copy.txt", None)
        .await
        .unwrap();
    assert_eq!(info.etag.as_deref(), Some(md5_hex(b"plain data").as_str()));
    assert_eq!(info.meta.get("colour").map(String::as_str), Some("blue"));
    assert_eq!(info.meta.get("shape").map(String::as_str), Some("round"));

    // An SLO copy gets its own segments: it survives the source's delete.
    client
        .copy_object(&c, "slo.bin", &d, "slo copy.bin", &CopyOptions::default())
        .await
        .unwrap();
    let copy = client
        .get_object_info(&d, "slo copy.bin", None)
        .await
        .unwrap();
    assert!(copy.is_static_large_object());
    assert_eq!(copy.content_type.as_deref(), Some("application/x-test"));
    assert_eq!(copy.meta.get("colour").map(String::as_str), Some("blue"));
    assert_eq!(
        names(&client, &format!("{d}_segments"), None).await.len(),
        4
    );
    client
        .del_object(&c, "slo.bin", &DeleteOptions::default())
        .await
        .unwrap();
    assert!(
        names(&client, &format!("{c}_segments"), None)
            .await
            .is_empty()
    );
    let back = scratch.path("back.bin");
    client
        .download_object(&d, "slo copy.bin", &back, &DownloadOptions::default())
        .await
        .unwrap();
    assert!(same_file(&local, &back));

    // A move of an SLO moves the manifest; the segments stay valid.
    client
        .move_object(&d, "slo copy.bin", &d, "moved.bin", &CopyOptions::default())
        .await
        .unwrap();
    assert_eq!(
        client
            .get_object_info(&d, "slo copy.bin", None)
            .await
            .unwrap_err()
            .kind(),
        Some(ErrorKind::NotFound)
    );
    std::fs::remove_file(&back).unwrap();
    client
        .download_object(&d, "moved.bin", &back, &DownloadOptions::default())
        .await
        .unwrap();
    assert!(same_file(&local, &back));
    client
        .del_object(&d, "moved.bin", &DeleteOptions::default())
        .await
        .unwrap();
    assert!(
        names(&client, &format!("{d}_segments"), None)
            .await
            .is_empty()
    );
    remove(&client, &c).await;
    remove(&client, &d).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_listing_of_2500_objects_across_pages() {
    let cloud = cloud();
    let client = client(&cloud, &cloud.users.demo);
    let c = container(&client, "many").await;
    let expected: Vec<String> = (0..2500).map(|i| format!("obj/{i:05}")).collect();
    futures_util::stream::iter(expected.iter())
        .map(|name| {
            let client = &client;
            let c = &c;
            async move { client.create_object(c, name, Some("text/plain")).await }
        })
        .buffer_unordered(32)
        .try_collect::<Vec<_>>()
        .await
        .unwrap();
    // The server pages: a page holds at most the limit asked.
    let (status, _, body) = raw(
        &client,
        false,
        http::Method::GET,
        &format!("{}?format=json&limit=700", url(&client, &c, None)),
        &[],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        serde_json::from_slice::<Vec<serde_json::Value>>(&body)
            .unwrap()
            .len(),
        700
    );
    // The client follows the markers: every name once, in order.
    assert_eq!(names(&client, &c, Some(700)).await, expected);
    assert_eq!(names(&client, &c, None).await, expected);
    // A delimiter rolls them up.
    let rolled = ListOptions {
        delimiter: Some('/'),
        ..ListOptions::default()
    };
    let top: Vec<String> = client
        .list_objects(&c, &rolled)
        .map_ok(|e| e.name().to_owned())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(top, ["obj/"]);
    // A recursive delete lists and deletes them all.
    client
        .del_object(
            &c,
            "obj",
            &DeleteOptions {
                delimiter: Some('/'),
                ..DeleteOptions::default()
            },
        )
        .await
        .unwrap();
    assert!(names(&client, &c, None).await.is_empty());
    remove(&client, &c).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn another_projects_account_is_forbidden() {
    let cloud = cloud();
    let demo = client(&cloud, &cloud.users.demo);
    let theirs = demo.with_account(&format!("AUTH_{}", cloud.users.admin.project_id));
    let e = theirs.get_account_info(None).await.unwrap_err();
    assert_eq!(e.kind(), Some(ErrorKind::Forbidden), "{e}");
    let e = theirs
        .upload_bytes(
            "anything",
            "x",
            Bytes::from_static(b"x"),
            &UploadOptions::default(),
        )
        .await
        .unwrap_err();
    assert_eq!(e.kind(), Some(ErrorKind::Forbidden), "{e}");
}

#[tokio::test(flavor = "multi_thread")]
async fn metadata_merges_and_unchanged_uploads_are_skipped() {
    let cloud = cloud();
    let client = client(&cloud, &cloud.users.demo);
    let c = container(&client, "meta").await;
    let scratch = Scratch::new();
    let local = scratch.path("m.bin");
    random_file(&local, MIB);
    let options = UploadOptions {
        content_type: Some("text/x-kept".into()),
        content_disposition: Some("attachment".into()),
        meta: BTreeMap::from([("a".to_owned(), "1".to_owned())]),
        ..UploadOptions::default()
    };
    client
        .upload_object(&c, "m.bin", &local, &options)
        .await
        .unwrap();
    // Merged, not replaced: Swift's POST alone would drop `a` and the disposition.
    client
        .set_object_meta(
            &c,
            "m.bin",
            &BTreeMap::from([("b".to_owned(), "2".to_owned())]),
        )
        .await
        .unwrap();
    let object_url = url(&client, &c, Some("m.bin"));
    let (_, h, _) = raw(&client, false, http::Method::HEAD, &object_url, &[]).await;
    assert_eq!(header(&h, "x-object-meta-a"), "1");
    assert_eq!(header(&h, "x-object-meta-b"), "2");
    assert_eq!(header(&h, "content-type"), "text/x-kept");
    assert_eq!(header(&h, "content-disposition"), "attachment");
    client.del_object_meta(&c, "m.bin", "a").await.unwrap();
    let meta = client.get_object_meta(&c, "m.bin", None).await.unwrap();
    assert!(!meta.contains_key("a") && meta["b"] == "2", "{meta:?}");
    // Container metadata.
    client
        .set_container_meta(
            &c,
            &BTreeMap::from([("purpose".to_owned(), "tests".to_owned())]),
        )
        .await
        .unwrap();
    assert_eq!(
        client.get_container_meta(&c).await.unwrap()["purpose"],
        "tests"
    );

    // Same bytes again: no PUT (the server's timestamp stays).
    let (_, before, _) = raw(&client, false, http::Method::HEAD, &object_url, &[]).await;
    let plain = UploadOptions {
        content_type: Some("text/x-kept".into()),
        ..UploadOptions::default()
    };
    let again = client
        .upload_object(&c, "m.bin", &local, &plain)
        .await
        .unwrap();
    assert_eq!(again.blocks_sent, 0);
    let (_, after, _) = raw(&client, false, http::Method::HEAD, &object_url, &[]).await;
    assert_eq!(
        header(&after, "x-timestamp"),
        header(&before, "x-timestamp")
    );
    // Other bytes of the same size: sent, and stored with their MD5.
    random_file(&local, MIB);
    let changed = client
        .upload_object(&c, "m.bin", &local, &plain)
        .await
        .unwrap();
    assert_eq!(changed.blocks_sent, 1);
    let (_, h, _) = raw(&client, false, http::Method::HEAD, &object_url, &[]).await;
    assert_eq!(header(&h, "etag"), md5_of(&local, 0, MIB));
    remove(&client, &c).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_public_container_through_its_read_acl() {
    let cloud = cloud();
    let client = client(&cloud, &cloud.users.demo);
    let c = container(&client, "public").await;
    client
        .upload_bytes(
            &c,
            "index.html",
            Bytes::from_static(b"<p>hi</p>"),
            &UploadOptions::default(),
        )
        .await
        .unwrap();
    let object_url = url(&client, &c, Some("index.html"));
    let (status, _, _) = raw(&client, true, http::Method::GET, &object_url, &[]).await;
    assert!(status == 401 || status == 403, "private before: {status}");
    client.set_container_public(&c, true).await.unwrap();
    let info = client.get_container_info(&c, None).await.unwrap();
    assert_eq!(info.read_acl(), Some(".r:*,.rlistings"));
    let (status, _, body) = raw(&client, true, http::Method::GET, &object_url, &[]).await;
    assert_eq!((status, &body[..]), (200, &b"<p>hi</p>"[..]));
    let (status, _, body) = raw(
        &client,
        true,
        http::Method::GET,
        &url(&client, &c, None),
        &[],
    )
    .await;
    assert_eq!(status, 200);
    let listed: Vec<serde_json::Value> = serde_json::from_slice(&body).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["name"], "index.html");
    client.set_container_public(&c, false).await.unwrap();
    assert_eq!(
        client
            .get_container_info(&c, None)
            .await
            .unwrap()
            .read_acl(),
        None
    );
    let (status, _, _) = raw(&client, true, http::Method::GET, &object_url, &[]).await;
    assert!(status == 401 || status == 403, "private after: {status}");
    remove(&client, &c).await;
}

/// Flips the first byte of the first data frame of a body.
fn flip_first(body: Body) -> Body {
    let mut done = false;
    Body::from_stream(body.map_frame(move |frame| match frame.into_data() {
        Ok(data) if !done && !data.is_empty() => {
            done = true;
            let mut copy = BytesMut::from(&data[..]);
            copy[0] ^= 0xff;
            http_body::Frame::data(copy.freeze())
        }
        Ok(data) => http_body::Frame::data(data),
        Err(frame) => frame,
    }))
}

/// A storage client whose connection damages one byte of every request
/// body sent to a path ending in `-up` (or inside a container whose name
/// ends so) and of every ranged answer for a path ending in `-down` (or a
/// segment of such an object, which downloads read directly).
fn damaging_client(cloud: &RealCloud, user: &User) -> PithosClient {
    let wire =
        cloud_core::connector::HttpConnectorService::new(&cloud_core::TlsOptions::default(), None)
            .unwrap();
    let service = tower::service_fn(move |request: http::Request<Body>| {
        let wire = wire.clone();
        async move {
            use tower::ServiceExt;
            let path = request.uri().path().to_owned();
            let request = if (path.ends_with("-up") || path.contains("-up/"))
                && request.method() == http::Method::PUT
            {
                request.map(flip_first)
            } else {
                request
            };
            let response = wire.oneshot(request).await?;
            let damaged = path.ends_with("-down") || path.contains("-down/");
            Ok::<_, cloud_core::Error>(if damaged && response.status() == 206 {
                response.map(flip_first)
            } else {
                response
            })
        }
    });
    client_over(cloud, user, service)
}

/// A storage client for `user` whose requests go through `service` (a
/// connection that misbehaves on purpose).
fn client_over<S>(cloud: &RealCloud, user: &User, service: S) -> PithosClient
where
    S: tower::Service<
            http::Request<Body>,
            Response = http::Response<Body>,
            Error = cloud_core::Error,
        > + Clone
        + Send
        + Sync
        + 'static,
    S::Future: Send + 'static,
{
    let transport = Transport::builder()
        .shared_credentials(credentials(cloud, user))
        .service(service)
        .build()
        .unwrap();
    PithosClient::from_storage_url(transport, &cloud.storage_url(user)).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn damaged_data_is_caught_by_md5() {
    let cloud = cloud();
    let client = client(&cloud, &cloud.users.demo);
    let damaging = damaging_client(&cloud, &cloud.users.demo);
    let c = container(&client, "damage").await;
    let scratch = Scratch::new();
    let local = scratch.path("d.bin");
    random_file(&local, 2 * MIB + 5);

    // Upload: the server's ETag is not the MD5 sent; the object is removed.
    let e = damaging
        .upload_object(&c, "plain-up", &local, &UploadOptions::default())
        .await
        .unwrap_err();
    assert!(
        matches!(e, TransferError::ChecksumMismatch { removed: true, .. }),
        "{e}"
    );
    let (status, _, _) = raw(
        &client,
        false,
        http::Method::HEAD,
        &url(&client, &c, Some("plain-up")),
        &[],
    )
    .await;
    assert_eq!(status, 404);
    // A segment: the upload fails, no manifest is written, no segment stays.
    let segmented = UploadOptions {
        segment_size: Some(MIB),
        segment_container: Some(format!("{c}_segments-up")),
        ..UploadOptions::default()
    };
    let e = damaging
        .upload_object(&c, "slo", &local, &segmented)
        .await
        .unwrap_err();
    assert!(matches!(e, TransferError::ChecksumMismatch { .. }), "{e}");
    assert_eq!(
        client
            .get_object_info(&c, "slo", None)
            .await
            .unwrap_err()
            .kind(),
        Some(ErrorKind::NotFound)
    );

    // Download: the mismatch fails it; no file, no temporary file.
    client
        .upload_object(&c, "plain-down", &local, &UploadOptions::default())
        .await
        .unwrap();
    let target = scratch.path("out.bin");
    let e = damaging
        .download_object(&c, "plain-down", &target, &DownloadOptions::default())
        .await
        .unwrap_err();
    assert!(matches!(e, TransferError::ChecksumMismatch { .. }), "{e}");
    assert!(!target.exists());
    assert!(!cloud_pithos::download::partial_path(&target).exists());
    // Per segment for a Static Large Object.
    let slo = UploadOptions {
        segment_size: Some(MIB),
        ..UploadOptions::default()
    };
    client
        .upload_object(&c, "slo-down", &local, &slo)
        .await
        .unwrap();
    let e = damaging
        .download_object(&c, "slo-down", &target, &DownloadOptions::default())
        .await
        .unwrap_err();
    assert!(e.to_string().contains("segment 0"), "{e}");
    assert!(!target.exists());
    // The undamaged path still works.
    client
        .download_object(&c, "slo-down", &target, &DownloadOptions::default())
        .await
        .unwrap();
    assert!(same_file(&local, &target));

    client
        .del_object(&c, "slo-down", &DeleteOptions::default())
        .await
        .unwrap();
    remove(&client, &c).await;
    let leftover = format!("{c}_segments-up");
    let mut listing = std::pin::pin!(client.list_objects(&leftover, &ListOptions::default()));
    match listing.next().await {
        None => {}
        Some(Err(e)) if e.kind() == Some(ErrorKind::NotFound) => {}
        Some(other) => panic!("segments left behind in {leftover}: {other:?}"),
    }
    let _ = client
        .del_container(&leftover, &DeleteOptions::default())
        .await;
}

/// Cuts a body after its first frame, as a dropped connection does.
fn cut_after_first(body: Body) -> Body {
    let first = http_body_util::BodyStream::new(body).take(1);
    let cut = futures_util::stream::once(async {
        Err::<http_body::Frame<Bytes>, cloud_core::body::BoxError>("the connection was cut".into())
    });
    Body::from_stream(http_body_util::StreamBody::new(first.chain(cut)))
}

/// A storage client whose connection fails twice, once each way: the first
/// PUT of a segment `00000003` is answered 503 without its body being read,
/// and the first ranged answer for a segment of an object ending in `-cut`
/// breaks after its first frame. The flags say whether each happened (the
/// second only if the download reads segments directly, not through the
/// manifest).
fn flaky_client(
    cloud: &RealCloud,
    user: &User,
) -> (
    PithosClient,
    Arc<std::sync::atomic::AtomicBool>,
    Arc<std::sync::atomic::AtomicBool>,
) {
    use std::sync::atomic::{AtomicBool, Ordering};
    let wire =
        cloud_core::connector::HttpConnectorService::new(&cloud_core::TlsOptions::default(), None)
            .unwrap();
    let (refused, cut) = (
        Arc::new(AtomicBool::new(false)),
        Arc::new(AtomicBool::new(false)),
    );
    let (refused_flag, cut_flag) = (Arc::clone(&refused), Arc::clone(&cut));
    let service = tower::service_fn(move |request: http::Request<Body>| {
        let (wire, refused, cut) = (wire.clone(), Arc::clone(&refused), Arc::clone(&cut));
        async move {
            use tower::ServiceExt;
            let path = request.uri().path().to_owned();
            if request.method() == http::Method::PUT
                && path.ends_with("/00000003")
                && !refused.swap(true, Ordering::SeqCst)
            {
                drop(request);
                return Ok(http::Response::builder()
                    .status(503)
                    .body(Body::from("busy"))
                    .unwrap());
            }
            let response = wire.oneshot(request).await?;
            Ok::<_, cloud_core::Error>(
                // Only a segment object: downloads read segments directly.
                if path.contains("-cut/")
                    && response.status() == 206
                    && !cut.swap(true, Ordering::SeqCst)
                {
                    response.map(cut_after_first)
                } else {
                    response
                },
            )
        }
    });
    (client_over(cloud, user, service), refused_flag, cut_flag)
}

#[tokio::test(flavor = "multi_thread")]
async fn many_segments_go_in_rows_and_survive_cut_streams() {
    use std::sync::atomic::Ordering;
    let cloud = cloud();
    let client = client(&cloud, &cloud.users.demo);
    let (flaky, refused, cut) = flaky_client(&cloud, &cloud.users.demo);
    let c = container(&client, "rows").await;
    let scratch = Scratch::new();
    let local = scratch.path("rows.bin");
    // 25 segments of 2 MiB and a last one of 123 bytes: rows of 8 (the
    // default concurrency), the last row shorter.
    let (size, segment) = (50 * MIB + 123, 2 * MIB);
    random_file(&local, size);

    for (name, concurrency) in [("rows-cut", 8), ("rows16", 16)] {
        let uploader = if name == "rows-cut" { &flaky } else { &client };
        let sent = Progress::none();
        let report = uploader
            .upload_object(
                &c,
                name,
                &local,
                &UploadOptions {
                    segment_size: Some(segment),
                    concurrency,
                    progress: sent.clone(),
                    ..UploadOptions::default()
                },
            )
            .await
            .unwrap();
        assert_eq!(
            (report.bytes, report.blocks, report.blocks_sent),
            (size, 26, 26)
        );
        // A segment sent again is counted once.
        assert_eq!(sent.done(Phase::Transfer), size, "{name}: progress");

        // Every segment's ETag on the server is the MD5 of its local range.
        let object_url = url(&client, &c, Some(name));
        let manifest = stored_manifest(&client, &object_url).await;
        assert_eq!(manifest.len(), 26);
        for (i, entry) in manifest.iter().enumerate() {
            let length = segment.min(size - i as u64 * segment);
            assert_eq!(entry["bytes"], length, "segment {i}");
            assert_eq!(
                entry["hash"],
                md5_of(&local, i as u64 * segment, length),
                "segment {i}"
            );
        }

        // Download (with the cut answer for the first): identical bytes.
        let back = scratch.path(&format!("{name}.back"));
        let fetched = Progress::none();
        let got = flaky
            .download_object(
                &c,
                name,
                &back,
                &DownloadOptions {
                    concurrency,
                    progress: fetched.clone(),
                    ..DownloadOptions::default()
                },
            )
            .await
            .unwrap();
        assert_eq!((got.bytes, got.blocks, got.blocks_fetched), (size, 26, 26));
        assert_eq!(fetched.done(Phase::Transfer), size, "{name}: progress");
        assert!(same_file(&local, &back), "{name}");
        assert!(!cloud_pithos::download::partial_path(&back).exists());
        client
            .del_object(&c, name, &DeleteOptions::default())
            .await
            .unwrap();
    }
    assert!(
        refused.load(Ordering::SeqCst),
        "a segment PUT was refused and sent again"
    );
    assert!(
        cut.load(Ordering::SeqCst),
        "a ranged answer was cut and asked again"
    );
    assert!(
        names(&client, &format!("{c}_segments"), None)
            .await
            .is_empty()
    );
    remove(&client, &c).await;
}
