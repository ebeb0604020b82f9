//! The storage calls against the emulator over loopback: names that need
//! encoding, listings page by page, metadata, sharing, publishing, groups,
//! versions, copy/move (also across accounts), partial updates, deletes.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::collections::BTreeMap;

use bytes::Bytes;
use cloud_core::ErrorKind;
use cloud_pithos::models::{ListingEntry, Sharing};
use cloud_pithos::upload::UploadOptions;
use cloud_pithos::{ContainerOptions, CopyOptions, DeleteOptions, ListOptions, PithosClient};
use futures_util::StreamExt;
use support::{Cloud, TempDir, container};

async fn put(client: &PithosClient, c: &str, name: &str, data: &'static [u8]) {
    client
        .upload_bytes(c, name, Bytes::from_static(data), &UploadOptions::default())
        .await
        .unwrap();
}

async fn names(client: &PithosClient, c: &str, options: &ListOptions) -> Vec<String> {
    let listing = client.list_objects(c, options);
    let mut listing = std::pin::pin!(listing);
    let mut out = Vec::new();
    while let Some(e) = listing.next().await {
        out.push(e.unwrap().name().to_owned());
    }
    out
}

#[tokio::test]
async fn awkward_names_round_trip() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(4)).await;
    let awkward = [
        "a//b",
        "/leading",
        "//two/leading",
        "trailing/",
        "what?#%",
        "with space ",
        "100%25 literal",
        "ελληνικά/αρχείο ☃",
        "semi;colon,comma=eq&amp+plus",
    ];
    for (i, name) in awkward.iter().enumerate() {
        let data = Bytes::from(format!("content {i}"));
        client
            .upload_bytes("c", name, data.clone(), &UploadOptions::default())
            .await
            .unwrap();
        let got = client.get_object_bytes("c", name, None).await.unwrap();
        assert_eq!(got, data, "{name:?}");
        let info = client.get_object_info("c", name, None).await.unwrap();
        assert_eq!(info.bytes, Some(data.len() as u64), "{name:?}");
    }
    let mut listed = names(&client, "c", &ListOptions::default()).await;
    listed.sort();
    let mut expected: Vec<String> = awkward.iter().map(|s| s.to_string()).collect();
    expected.sort();
    assert_eq!(listed, expected);
    // `a//b` and `a/b` are different objects.
    assert_eq!(
        client
            .get_object_info("c", "a/b", None)
            .await
            .unwrap_err()
            .kind(),
        Some(ErrorKind::NotFound)
    );
    // Metadata with non-ASCII and `%` round-trips through header encoding.
    let meta = BTreeMap::from([
        ("note".to_owned(), "50% γάλα ☃".to_owned()),
        ("σημείωση".to_owned(), "ναι".to_owned()),
    ]);
    client.set_object_meta("c", "what?#%", &meta).await.unwrap();
    let back = client.get_object_meta("c", "what?#%", None).await.unwrap();
    assert_eq!(back["note"], "50% γάλα ☃");
    assert_eq!(back["σημείωση"], "ναι");
}

#[tokio::test]
async fn listings_page_with_markers_and_delimiters() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "apples", Some(4)).await;
    for name in [
        "photos/animals/dogs/poodle.jpg",
        "photos/animals/dogs/terrier.jpg",
        "photos/animals/cats/persian.jpg",
        "photos/animals/cats/siamese.jpg",
        "photos/plants/fern.jpg",
        "photos/plants/rose.jpg",
        "photos/me.jpg",
    ] {
        put(&client, "apples", name, b"x").await;
    }
    let all = names(&client, "apples", &ListOptions::default()).await;
    assert_eq!(all.len(), 7);
    // Pages of 2: the same seven names, once each, in order.
    let paged = names(
        &client,
        "apples",
        &ListOptions {
            page_size: Some(2),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(paged, all);
    let mut sorted = all.clone();
    sorted.sort();
    assert_eq!(all, sorted);
    let top = names(
        &client,
        "apples",
        &ListOptions {
            prefix: Some("photos".into()),
            delimiter: Some('/'),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(top, ["photos/animals/", "photos/me.jpg", "photos/plants/"]);
    // Subdirs across page boundaries are given once.
    let paged_dirs = names(
        &client,
        "apples",
        &ListOptions {
            prefix: Some("photos/".into()),
            delimiter: Some('/'),
            page_size: Some(1),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(paged_dirs, top);
    let marker = names(
        &client,
        "apples",
        &ListOptions {
            marker: Some("photos/animals/dogs/terrier.jpg".into()),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(
        marker,
        [
            "photos/me.jpg",
            "photos/plants/fern.jpg",
            "photos/plants/rose.jpg"
        ]
    );
    let path = names(
        &client,
        "apples",
        &ListOptions {
            path: Some("photos".into()),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(path, ["photos/me.jpg"]);
    // Entries are typed.
    let listing = client.list_objects("apples", &ListOptions::default());
    let mut listing = std::pin::pin!(listing);
    match listing.next().await.unwrap().unwrap() {
        ListingEntry::Object(o) => {
            assert_eq!(o.bytes, 1);
            assert!(o.x_object_hash.is_some());
        }
        other => panic!("expected an object, got {other:?}"),
    }
}

#[tokio::test]
async fn a_long_listing_streams_across_many_pages() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "many", Some(4)).await;
    for i in 0..120 {
        client
            .create_object("many", &format!("o{i:04}"), None)
            .await
            .unwrap();
    }
    let got = names(
        &client,
        "many",
        &ListOptions {
            page_size: Some(7),
            ..Default::default()
        },
    )
    .await;
    let expected: Vec<String> = (0..120).map(|i| format!("o{i:04}")).collect();
    assert_eq!(got, expected);
}

#[tokio::test]
async fn account_and_container_calls() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    let mut options = ContainerOptions {
        quota: Some(1 << 20),
        versioning: Some("none".into()),
        ..Default::default()
    };
    options.meta.insert("Purpose".into(), "tests".into());
    assert!(client.create_container("box", &options).await.unwrap());
    assert!(
        !client
            .create_container("box", &ContainerOptions::default())
            .await
            .unwrap()
    );
    let info = client.get_container_info("box", None).await.unwrap();
    assert_eq!(info.quota, Some(1 << 20));
    assert_eq!(info.versioning.as_deref(), Some("none"));
    assert_eq!(info.meta["purpose"], "tests");
    assert!(info.block_size.is_some());
    client.set_container_limit("box", 0).await.unwrap();
    client
        .set_container_versioning("box", "auto")
        .await
        .unwrap();
    assert_eq!(client.get_container_limit("box").await.unwrap(), Some(0));
    assert_eq!(
        client
            .get_container_versioning("box")
            .await
            .unwrap()
            .as_deref(),
        Some("auto")
    );
    client
        .set_container_meta("box", &BTreeMap::from([("k".to_owned(), "v".to_owned())]))
        .await
        .unwrap();
    client.del_container_meta("box", "purpose").await.unwrap();
    let meta = client.get_container_meta("box").await.unwrap();
    assert_eq!(meta.get("k").map(String::as_str), Some("v"));
    assert!(!meta.contains_key("purpose"));

    let containers = client.list_containers();
    let mut containers = std::pin::pin!(containers);
    let mut seen = Vec::new();
    while let Some(c) = containers.next().await {
        seen.push(c.unwrap().name);
    }
    assert!(seen.contains(&"box".to_owned()));

    client
        .set_account_meta(&BTreeMap::from([("Colour".to_owned(), "blue".to_owned())]))
        .await
        .unwrap();
    let friend = cloud.add_user("friend");
    client
        .set_account_group("devs", std::slice::from_ref(&friend.uuid))
        .await
        .unwrap();
    let account = client.get_account_info(None).await.unwrap();
    assert_eq!(account.meta["colour"], "blue");
    assert_eq!(account.groups["devs"], vec![friend.uuid.clone()]);
    assert!(account.container_count.unwrap() >= 1);
    assert!(client.get_account_quota().await.unwrap().is_some());
    client.del_account_group("devs").await.unwrap();
    assert!(
        !client
            .get_account_group()
            .await
            .unwrap()
            .contains_key("devs")
    );
    client.del_account_meta("colour").await.unwrap();
    assert!(
        !client
            .get_account_meta()
            .await
            .unwrap()
            .contains_key("colour")
    );

    // A non-empty container is refused; emptying with a delimiter works.
    put(&client, "box", "x", b"x").await;
    let err = client
        .del_container("box", &DeleteOptions::default())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::Conflict));
    client
        .del_container(
            "box",
            &DeleteOptions {
                delimiter: Some('/'),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    client
        .del_container("box", &DeleteOptions::default())
        .await
        .unwrap();
    assert_eq!(
        client
            .get_container_info("box", None)
            .await
            .unwrap_err()
            .kind(),
        Some(ErrorKind::NotFound)
    );
}

#[tokio::test]
async fn sharing_publishing_and_other_accounts() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(4)).await;
    put(&client, "c", "doc", b"shared text").await;
    let friend = cloud.add_user("friend");
    let sharing = Sharing {
        read: vec![friend.uuid.clone()],
        write: vec![],
    };
    client
        .set_object_sharing("c", "doc", &sharing)
        .await
        .unwrap();
    assert_eq!(
        client.get_object_sharing("c", "doc").await.unwrap(),
        sharing
    );

    let theirs = cloud.client_of(&friend);
    let sharers = theirs.get_sharing_accounts().await.unwrap();
    assert!(sharers.iter().any(|s| s.name == cloud.user.uuid));
    let mine = theirs.with_account(&cloud.user.uuid);
    let got = mine.get_object_bytes("c", "doc", None).await.unwrap();
    assert_eq!(&got[..], b"shared text");
    // The friend copies it into their own account.
    container(&theirs, "inbox", Some(4)).await;
    theirs
        .copy_object(
            "c",
            "doc",
            "inbox",
            "copy",
            &CopyOptions {
                source_account: Some(cloud.user.uuid.clone()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(
        &theirs
            .get_object_bytes("inbox", "copy", None)
            .await
            .unwrap()[..],
        b"shared text"
    );
    client.del_object_sharing("c", "doc").await.unwrap();
    assert!(mine.get_object_bytes("c", "doc", None).await.is_err());

    let url = client.publish_object("c", "doc").await.unwrap();
    assert!(url.contains("/public/"), "{url}");
    let public = cloud_core::Transport::builder().build().unwrap();
    let req = http::Request::get(url.as_str())
        .body(cloud_core::Body::empty())
        .unwrap();
    assert_eq!(&public.bytes(req).await.unwrap()[..], b"shared text");
    client.unpublish_object("c", "doc").await.unwrap();
    assert!(
        client
            .get_object_info("c", "doc", None)
            .await
            .unwrap()
            .public_url
            .is_none()
    );
}

#[tokio::test]
async fn copy_move_versions_and_deletes() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "a", Some(4)).await;
    container(&client, "b", Some(4)).await;
    put(&client, "a", "src", b"version one").await;
    client
        .set_object_meta(
            "a",
            "src",
            &BTreeMap::from([("k".to_owned(), "v".to_owned())]),
        )
        .await
        .unwrap();
    put(&client, "a", "src", b"version two!").await;
    let versions = client.get_object_versionlist("a", "src").await.unwrap();
    assert_eq!(versions.len(), 3);
    assert!(versions.windows(2).all(|w| w[0].id < w[1].id));
    let first = versions[0].id.to_string();
    let old = client
        .get_object_info("a", "src", Some(&first))
        .await
        .unwrap();
    assert_eq!(old.bytes, Some(11));

    client
        .copy_object(
            "a",
            "src",
            "b",
            "copied",
            &CopyOptions {
                source_version: Some(first.clone()),
                content_type: Some("text/plain".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(
        &client.get_object_bytes("b", "copied", None).await.unwrap()[..],
        b"version one"
    );
    assert_eq!(
        client
            .get_object_info("b", "copied", None)
            .await
            .unwrap()
            .content_type
            .as_deref(),
        Some("text/plain")
    );
    client
        .move_object("a", "src", "b", "moved", &CopyOptions::default())
        .await
        .unwrap();
    assert_eq!(
        &client.get_object_bytes("b", "moved", None).await.unwrap()[..],
        b"version two!"
    );
    assert_eq!(
        client
            .get_object_info("a", "src", None)
            .await
            .unwrap_err()
            .kind(),
        Some(ErrorKind::NotFound)
    );

    // Directory trees move server side with a delimiter.
    client.create_directory("a", "dir").await.unwrap();
    put(&client, "a", "dir/x", b"x").await;
    put(&client, "a", "dir/y/z", b"z").await;
    put(&client, "a", "dir2", b"other").await;
    client
        .move_object(
            "a",
            "dir",
            "b",
            "moved-dir",
            &CopyOptions {
                delimiter: Some('/'),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(
        &client
            .get_object_bytes("b", "moved-dir/y/z", None)
            .await
            .unwrap()[..],
        b"z"
    );
    assert!(client.get_object_info("a", "dir2", None).await.is_ok());

    // Recursive delete keeps the look-alike sibling.
    put(&client, "b", "moved-dir2", b"keep").await;
    client
        .del_object(
            "b",
            "moved-dir",
            &DeleteOptions {
                delimiter: Some('/'),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert!(
        client
            .get_object_info("b", "moved-dir/x", None)
            .await
            .is_err()
    );
    assert!(
        client
            .get_object_info("b", "moved-dir2", None)
            .await
            .is_ok()
    );

    // Purge with an integer `until` removes the history for good.
    let until = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
        + 1;
    client
        .del_object(
            "b",
            "copied",
            &DeleteOptions {
                until: Some(until),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert!(client.get_object_versionlist("b", "copied").await.is_err());
}

#[tokio::test]
async fn append_overwrite_truncate() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(4)).await;
    put(&client, "c", "o", b"0123456789").await;
    let dir = TempDir::new("partial");
    let more = dir.join("more");
    std::fs::write(&more, b"ABCDEFGHIJK").unwrap();
    let progress = cloud_pithos::progress::Progress::none();
    client
        .append_object("c", "o", &more, &progress)
        .await
        .unwrap();
    assert_eq!(
        &client.get_object_bytes("c", "o", None).await.unwrap()[..],
        b"0123456789ABCDEFGHIJK"
    );
    let patch = dir.join("patch");
    std::fs::write(&patch, b"xyzw-and-more").unwrap();
    client
        .overwrite_object("c", "o", 2, 5, &patch, &progress)
        .await
        .unwrap();
    assert_eq!(
        &client.get_object_bytes("c", "o", None).await.unwrap()[..],
        b"01xyzw6789ABCDEFGHIJK"
    );
    assert!(
        client
            .overwrite_object("c", "o", 20, 40, &patch, &progress)
            .await
            .is_err()
    );
    client.truncate_object("c", "o", 3).await.unwrap();
    assert_eq!(
        &client.get_object_bytes("c", "o", None).await.unwrap()[..],
        b"01x"
    );
    // Truncating to a larger size is a no-op, not an error.
    client.truncate_object("c", "o", 100).await.unwrap();
    assert_eq!(
        &client.get_object_bytes("c", "o", None).await.unwrap()[..],
        b"01x"
    );
    // A download after the truncate verifies despite the stale last-block hash (§2.8).
    let out = dir.join("out");
    client
        .download_object("c", "o", &out, &Default::default())
        .await
        .unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), b"01x");

    let (hashmap, _) = client
        .get_object_hashmap("c", "o", None, &Default::default())
        .await
        .unwrap();
    assert_eq!(hashmap.bytes, 3);
    assert_eq!(hashmap.block_size, 4);
}

#[tokio::test]
async fn upload_into_a_directory_shared_for_writing() {
    // §4.2 cross-account upload: HEAD and PUTs go to the owner's account,
    // block POSTs to the uploader's own (the block store is global).
    let cloud = Cloud::start().await;
    let owner = cloud.client();
    container(&owner, "c", Some(4)).await;
    owner.create_directory("c", "drop").await.unwrap();
    let friend = cloud.add_user("friend");
    owner
        .set_object_sharing(
            "c",
            "drop",
            &Sharing {
                read: vec![],
                write: vec![friend.uuid.clone()],
            },
        )
        .await
        .unwrap();
    let theirs = cloud.client_of(&friend).with_account(&cloud.user.uuid);
    let data = Bytes::from_static(b"a present for the owner, several blocks long");
    let report = theirs
        .upload_bytes(
            "c",
            "drop/gift.txt",
            data.clone(),
            &UploadOptions::default(),
        )
        .await
        .unwrap();
    assert!(report.blocks_sent > 0);
    assert_eq!(
        owner
            .get_object_bytes("c", "drop/gift.txt", None)
            .await
            .unwrap(),
        data
    );
    let info = owner
        .get_object_info("c", "drop/gift.txt", None)
        .await
        .unwrap();
    assert_eq!(info.modified_by.as_deref(), Some(friend.uuid.as_str()));
}

#[tokio::test]
async fn hashmap_put_reports_missing_blocks() {
    use cloud_pithos::upload::PutHashmap;
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(4)).await;
    // §6.3: a hashmap whose blocks are missing → the list; nothing written.
    let local = cloud_pithos::hashing::hashmap_of(
        cloud_pithos::hashing::HashAlgorithm::Sha256,
        4,
        b"abcdabcdxy",
    );
    let hashes = local.hex_hashes();
    match client
        .put_hashmap("c", "h", 10, &hashes, &UploadOptions::default())
        .await
        .unwrap()
    {
        PutHashmap::Missing(missing) => assert_eq!(missing, [hashes[0].clone(), hashes[2].clone()]),
        other => panic!("expected missing blocks, got {other:?}"),
    }
    assert!(client.get_object_info("c", "h", None).await.is_err());
    // Upload the data elsewhere: the same hashmap now creates the object.
    put(&client, "c", "data", b"abcdabcdxy").await;
    match client
        .put_hashmap("c", "h", 10, &hashes, &UploadOptions::default())
        .await
        .unwrap()
    {
        PutHashmap::Created(info) => {
            assert_eq!(info.etag.as_deref(), Some(local.top_hex().as_str()))
        }
        other => panic!("expected the object, got {other:?}"),
    }
    assert_eq!(
        &client.get_object_bytes("c", "h", None).await.unwrap()[..],
        b"abcdabcdxy"
    );
}

#[tokio::test]
async fn copies_keep_type_and_metadata_and_groups_grant_access() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(4)).await;
    client
        .upload_bytes(
            "c",
            "typed",
            Bytes::from_static(b"some text"),
            &UploadOptions {
                content_type: Some("text/plain".into()),
                meta: [("origin".to_owned(), "test".to_owned())].into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    // No content type asked: the source's is kept (ignore_content_type),
    // metadata is copied and merged with the request's.
    client
        .copy_object(
            "c",
            "typed",
            "c",
            "copy",
            &CopyOptions {
                meta: [("extra".to_owned(), "yes".to_owned())].into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let info = client.get_object_info("c", "copy", None).await.unwrap();
    assert_eq!(info.content_type.as_deref(), Some("text/plain"));
    assert_eq!(info.meta.get("origin").map(String::as_str), Some("test"));
    assert_eq!(info.meta.get("extra").map(String::as_str), Some("yes"));
    // Copying onto itself with a new type changes the type without data.
    client
        .copy_object(
            "c",
            "copy",
            "c",
            "copy",
            &CopyOptions {
                content_type: Some("application/json".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(
        client
            .get_object_info("c", "copy", None)
            .await
            .unwrap()
            .content_type
            .as_deref(),
        Some("application/json")
    );

    // Sharing with `owner:group` grants every member.
    let friend = cloud.add_user("friend");
    client
        .set_account_group("readers", std::slice::from_ref(&friend.uuid))
        .await
        .unwrap();
    client
        .set_object_sharing(
            "c",
            "typed",
            &Sharing {
                read: vec![format!("{}:readers", cloud.user.uuid)],
                write: vec![],
            },
        )
        .await
        .unwrap();
    let theirs = cloud.client_of(&friend).with_account(&cloud.user.uuid);
    assert_eq!(
        &theirs.get_object_bytes("c", "typed", None).await.unwrap()[..],
        b"some text"
    );
    let seen = theirs.get_object_info("c", "typed", None).await.unwrap();
    assert_eq!(seen.allowed_to.as_deref(), Some("read"));
    assert!(seen.public_url.is_none());
}

#[tokio::test]
async fn container_purge_keeps_current_objects() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(4)).await;
    put(&client, "c", "keep", b"v1").await;
    put(&client, "c", "keep", b"v2").await;
    put(&client, "c", "gone", b"x").await;
    client
        .del_object("c", "gone", &DeleteOptions::default())
        .await
        .unwrap();
    assert_eq!(
        client
            .get_object_versionlist("c", "keep")
            .await
            .unwrap()
            .len(),
        2
    );
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
        + 1;
    client
        .del_container(
            "c",
            &DeleteOptions {
                until: Some(now),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    // §6.8: the current object stays, its history and the deleted one go.
    assert_eq!(
        &client.get_object_bytes("c", "keep", None).await.unwrap()[..],
        b"v2"
    );
    assert_eq!(
        client
            .get_object_versionlist("c", "keep")
            .await
            .unwrap()
            .len(),
        1
    );
    assert!(client.get_object_versionlist("c", "gone").await.is_err());
    client.purge_container("c", now).await.unwrap();
    assert_eq!(
        &client.get_object_bytes("c", "keep", None).await.unwrap()[..],
        b"v2"
    );
    client
        .set_object_meta(
            "c",
            "keep",
            &BTreeMap::from([("shade".to_owned(), "dark".to_owned())]),
        )
        .await
        .unwrap();
    assert_eq!(
        client.get_container_object_meta("c").await.unwrap(),
        ["shade"]
    );
}

#[tokio::test]
async fn move_into_another_account() {
    // The friend lets us write into their `inbox/drop/`; we move our object
    // there (the source is ours, so the move is allowed).
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(4)).await;
    put(&client, "c", "gift", b"for you").await;
    let friend = cloud.add_user("friend");
    let theirs = cloud.client_of(&friend);
    container(&theirs, "inbox", Some(4)).await;
    theirs.create_directory("inbox", "drop").await.unwrap();
    theirs
        .set_object_sharing(
            "inbox",
            "drop",
            &Sharing {
                read: vec![],
                write: vec![cloud.user.uuid.clone()],
            },
        )
        .await
        .unwrap();
    client
        .move_object(
            "c",
            "gift",
            "inbox",
            "drop/gift",
            &CopyOptions {
                destination_account: Some(friend.uuid.clone()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(
        &theirs
            .get_object_bytes("inbox", "drop/gift", None)
            .await
            .unwrap()[..],
        b"for you"
    );
    assert_eq!(
        client
            .get_object_info("c", "gift", None)
            .await
            .unwrap_err()
            .kind(),
        Some(ErrorKind::NotFound)
    );
}
