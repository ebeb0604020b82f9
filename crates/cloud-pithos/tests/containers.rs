//! Container listings against the emulator over loopback: the shared and
//! public filters, limit and marker paging, `until` and the `If-*` dates.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use cloud_core::ErrorKind;
use cloud_pithos::models::{ContainerEntry, Sharing};
use cloud_pithos::upload::UploadOptions;
use cloud_pithos::{Conditions, ContainerListOptions, PithosClient};
use futures_util::StreamExt;
use support::{Cloud, container};

async fn put(client: &PithosClient, c: &str, name: &str, data: &'static [u8]) {
    client
        .upload_bytes(c, name, Bytes::from_static(data), &UploadOptions::default())
        .await
        .unwrap();
}

async fn entries(
    client: &PithosClient,
    options: &ContainerListOptions,
) -> Result<Vec<ContainerEntry>, cloud_core::Error> {
    let listing = client.list_containers_with(options);
    let mut listing = std::pin::pin!(listing);
    let mut out = Vec::new();
    while let Some(e) = listing.next().await {
        out.push(e?);
    }
    Ok(out)
}

async fn names(client: &PithosClient, options: &ContainerListOptions) -> Vec<String> {
    entries(client, options)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.name)
        .collect()
}

#[tokio::test]
async fn shared_and_public_filters_pick_the_right_containers() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    for c in ["plain", "published", "shared"] {
        container(&client, c, Some(4)).await;
        put(&client, c, "doc", b"text").await;
    }
    let friend = cloud.add_user("friend");
    let sharing = Sharing {
        read: vec![friend.uuid.clone()],
        write: vec![],
    };
    client
        .set_object_sharing("shared", "doc", &sharing)
        .await
        .unwrap();
    client.publish_object("published", "doc").await.unwrap();

    assert_eq!(
        names(&client, &ContainerListOptions::default()).await,
        ["plain", "published", "shared"]
    );
    let shared = ContainerListOptions {
        shared: true,
        ..Default::default()
    };
    assert_eq!(names(&client, &shared).await, ["shared"]);
    let public = ContainerListOptions {
        public: true,
        ..Default::default()
    };
    assert_eq!(names(&client, &public).await, ["published"]);
    // The old call is the unfiltered listing.
    let listing = client.list_containers();
    let mut listing = std::pin::pin!(listing);
    let mut all = Vec::new();
    while let Some(c) = listing.next().await {
        all.push(c.unwrap().name);
    }
    assert_eq!(all, ["plain", "published", "shared"]);

    // The friend sees only the container with something shared to them;
    // `public` is the owner's only (403).
    let theirs = cloud.client_of(&friend).with_account(&cloud.user.uuid);
    assert_eq!(
        names(&theirs, &ContainerListOptions::default()).await,
        ["shared"]
    );
    let err = entries(&theirs, &public).await.unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::Forbidden));
}

#[tokio::test]
async fn limit_and_marker_page_on_the_server() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    let all: Vec<String> = (0..7).map(|i| format!("c{i}")).collect();
    for name in &all {
        container(&client, name, Some(4)).await;
    }
    // Pages of 2: every container once, in order.
    let paged = ContainerListOptions {
        page_size: Some(2),
        ..Default::default()
    };
    assert_eq!(names(&client, &paged).await, all);
    // A marker starts after that name; a limit stops, across pages too.
    let after = ContainerListOptions {
        marker: Some("c2".into()),
        ..Default::default()
    };
    assert_eq!(names(&client, &after).await, all[3..]);
    let some = ContainerListOptions {
        marker: Some("c1".into()),
        limit: Some(3),
        page_size: Some(2),
        ..Default::default()
    };
    cloud.counts.reset();
    assert_eq!(names(&client, &some).await, ["c2", "c3", "c4"]);
    // Two requests: a page of 2, then a page of the 1 still wanted.
    assert_eq!(
        cloud.counts.all.load(std::sync::atomic::Ordering::SeqCst),
        2
    );
    let none = ContainerListOptions {
        limit: Some(0),
        ..Default::default()
    };
    assert!(names(&client, &none).await.is_empty());
    let past = ContainerListOptions {
        marker: Some("c6".into()),
        ..Default::default()
    };
    assert!(names(&client, &past).await.is_empty());
}

#[tokio::test]
async fn until_and_conditional_dates() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "box", Some(4)).await;
    let before = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    // The upload is in a later (whole) second than `before`.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    put(&client, "box", "late", b"12345").await;

    let now = entries(&client, &ContainerListOptions::default())
        .await
        .unwrap();
    assert_eq!(now[0].count, Some(1));
    assert_eq!(now[0].bytes, Some(5));
    assert!(!now[0].extra.contains_key("x_container_until_timestamp"));
    // An integer `until` is honoured (the server ignores a float one).
    let then = ContainerListOptions {
        until: Some(before as i64),
        ..Default::default()
    };
    let old = entries(&client, &then).await.unwrap();
    assert_eq!(old[0].name, "box");
    assert_eq!(old[0].count, Some(0));
    assert_eq!(old[0].bytes, Some(0));
    assert!(old[0].extra.contains_key("x_container_until_timestamp"));

    // If-Modified-Since: a date before the changes lists, one after gives
    // nothing (304); If-Unmodified-Since in the past fails (412).
    let since = |t: SystemTime| ContainerListOptions {
        conditions: Conditions {
            if_modified_since: Some(t),
            ..Default::default()
        },
        ..Default::default()
    };
    let long_ago = UNIX_EPOCH + Duration::from_secs(946_684_800);
    let tomorrow = SystemTime::now() + Duration::from_secs(86_400);
    assert_eq!(names(&client, &since(long_ago)).await, ["box"]);
    assert!(names(&client, &since(tomorrow)).await.is_empty());
    let unmodified = ContainerListOptions {
        conditions: Conditions {
            if_unmodified_since: Some(long_ago),
            ..Default::default()
        },
        ..Default::default()
    };
    let err = entries(&client, &unmodified).await.unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::PreconditionFailed));
    let unmodified_until_tomorrow = ContainerListOptions {
        conditions: Conditions {
            if_unmodified_since: Some(tomorrow),
            ..Default::default()
        },
        ..Default::default()
    };
    assert_eq!(names(&client, &unmodified_until_tomorrow).await, ["box"]);
}
