//! The transfer engine against the emulator over loopback: sizes around the
//! block size, re-uploads, resume, ranges, cat, streams, manifests, failed
//! downloads, trees. Every test checks bytes and hashes.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::sync::{Arc, Mutex};

use bytes::Bytes;
use cloud_pithos::download::{ByteRange, DownloadOptions, partial_path};
use cloud_pithos::hashing::{HashAlgorithm, hashmap_of};
use cloud_pithos::progress::{Phase, Progress};
use cloud_pithos::stream::CatOptions;
use cloud_pithos::upload::UploadOptions;
use cloud_pithos::{Conditions, TransferError};
use support::{Cloud, TempDir, container, file_sha256, random_file};

fn pattern(n: usize, salt: u8) -> Vec<u8> {
    (0..n)
        .map(|i| ((i * 31 + salt as usize) % 251) as u8)
        .collect()
}

#[tokio::test]
async fn sizes_around_the_block_round_trip() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    let b = 1024u64;
    container(&client, "small", Some(b)).await;
    let params = client.block_params("small").await.unwrap();
    assert_eq!(params.block_size, b);
    assert_eq!(params.algorithm, HashAlgorithm::Sha256);
    let dir = TempDir::new("sizes");
    for (i, size) in [0, 1, b - 1, b, b + 1, 3 * b + 7].into_iter().enumerate() {
        let data = pattern(size as usize, i as u8);
        let local = dir.join(&format!("in-{size}"));
        std::fs::write(&local, &data).unwrap();
        let name = format!("obj-{size}");
        cloud.counts.reset();
        let up = client
            .upload_object("small", &name, &local, &UploadOptions::default())
            .await
            .unwrap();
        let expected = hashmap_of(HashAlgorithm::Sha256, b, &data);
        assert_eq!(up.top_hash, expected.top_hex(), "size {size}");
        assert_eq!(up.blocks, expected.hashes.len());
        // Every distinct block was sent once.
        assert_eq!(cloud.counts.block_posts(), up.blocks_sent);
        let info = client.get_object_info("small", &name, None).await.unwrap();
        assert_eq!(info.bytes, Some(size));
        assert_eq!(info.hash.as_deref(), Some(expected.top_hex().as_str()));

        let out = dir.join(&format!("out-{size}"));
        cloud.counts.reset();
        let down = client
            .download_object("small", &name, &out, &DownloadOptions::default())
            .await
            .unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), data, "size {size}");
        assert_eq!(down.bytes, size);
        if size == 0 {
            assert_eq!(cloud.counts.range_gets(), 0, "no Range for an empty object");
        }
        assert!(!partial_path(&out).exists());

        // Uploading the same bytes again sends no block.
        cloud.counts.reset();
        let again = client
            .upload_object("small", &name, &local, &UploadOptions::default())
            .await
            .unwrap();
        assert_eq!(again.blocks_sent, 0);
        assert_eq!(cloud.counts.block_posts(), 0);

        let mut cat = Vec::new();
        let n = client
            .cat_object("small", &name, &mut cat, &CatOptions::default())
            .await
            .unwrap();
        assert_eq!(n, size);
        assert_eq!(cat, data);
    }
}

#[tokio::test]
async fn repeated_and_zero_blocks() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(4)).await;
    let dir = TempDir::new("repeat");
    // §6.9: `abc` + zeros then `abc`: two positions, one hash.
    let mut data = b"abc".to_vec();
    data.extend_from_slice(&[0; 1]);
    data.extend_from_slice(b"abc");
    let cases: Vec<Vec<u8>> = vec![
        data,
        b"abcdabcdabcdab".to_vec(),
        vec![0u8; 13],
        b"\0abc\0abc\0ab".to_vec(),
        b"abcd\0\0\0\0ij".to_vec(),
    ];
    for (i, data) in cases.into_iter().enumerate() {
        let name = format!("r{i}");
        let up = client
            .upload_bytes(
                "c",
                &name,
                Bytes::from(data.clone()),
                &UploadOptions::default(),
            )
            .await
            .unwrap();
        assert_eq!(
            up.top_hash,
            hashmap_of(HashAlgorithm::Sha256, 4, &data).top_hex()
        );
        let out = dir.join(&name);
        // Resume over a file of garbage exercises the zero-fill of shared blocks.
        std::fs::write(&out, vec![0xffu8; data.len() + 9]).unwrap();
        client
            .download_object(
                "c",
                &name,
                &out,
                &DownloadOptions {
                    resume: true,
                    ..Default::default()
                },
            )
            .await
            .unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), data, "case {i}");
        let mut cat = Vec::new();
        client
            .cat_object("c", &name, &mut cat, &CatOptions::default())
            .await
            .unwrap();
        assert_eq!(cat, data, "cat of case {i}");
        let whole = client
            .download_to_string("c", &name, &CatOptions::default())
            .await
            .unwrap();
        assert_eq!(whole, data, "download_to_string of case {i}");
    }
}

#[tokio::test]
async fn resume_fetches_only_missing_blocks() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(1024)).await;
    let dir = TempDir::new("resume");
    let data = pattern(10 * 1024 + 5, 9);
    let src = dir.join("src");
    std::fs::write(&src, &data).unwrap();
    client
        .upload_object("c", "o", &src, &UploadOptions::default())
        .await
        .unwrap();

    // A local copy holding the first 3 blocks right and garbage after, longer than S.
    let out = dir.join("out");
    let mut local = data[..3 * 1024].to_vec();
    local.extend(vec![7u8; 9 * 1024]);
    // The leading-zero case of §6.9: block 3 starts with 0x00 and is kept.
    let mut zero_led = data.clone();
    zero_led[3 * 1024] = 0;
    client
        .upload_bytes(
            "c",
            "z",
            Bytes::from(zero_led.clone()),
            &UploadOptions::default(),
        )
        .await
        .unwrap();
    std::fs::write(&out, &local).unwrap();
    cloud.counts.reset();
    let report = client
        .download_object(
            "c",
            "o",
            &out,
            &DownloadOptions {
                resume: true,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), data);
    assert_eq!(report.blocks_kept, 3);
    assert_eq!(report.blocks_fetched, 8);
    assert_eq!(cloud.counts.range_gets(), 8);

    let zout = dir.join("zout");
    std::fs::write(&zout, &zero_led[..4 * 1024]).unwrap();
    cloud.counts.reset();
    let report = client
        .download_object(
            "c",
            "z",
            &zout,
            &DownloadOptions {
                resume: true,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(
        report.blocks_kept, 4,
        "a block starting with 0x00 is recognised"
    );
    assert_eq!(std::fs::read(&zout).unwrap(), zero_led);
}

#[tokio::test]
async fn ranges_download_and_cat() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(4)).await;
    client
        .upload_bytes(
            "c",
            "digits",
            Bytes::from_static(b"0123456789"),
            &UploadOptions::default(),
        )
        .await
        .unwrap();
    let ranges = cloud_pithos::download::parse_ranges("0-1,8-9").unwrap();
    let mut cat = Vec::new();
    client
        .cat_object(
            "c",
            "digits",
            &mut cat,
            &CatOptions {
                range: Some(ranges.clone()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(cat, b"0189");
    let mut cat = Vec::new();
    client
        .cat_object(
            "c",
            "digits",
            &mut cat,
            &CatOptions {
                range: Some(vec![ByteRange::Last(3)]),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(cat, b"789");
    let dir = TempDir::new("range");
    let out = dir.join("d");
    client
        .download_object(
            "c",
            "digits",
            &out,
            &DownloadOptions {
                range: Some(ranges),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let got = std::fs::read(&out).unwrap();
    assert_eq!(&got[0..2], b"01");
    assert_eq!(&got[8..10], b"89");
}

#[tokio::test]
async fn conditions_are_clean_errors() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(4)).await;
    let up = client
        .upload_bytes(
            "c",
            "o",
            Bytes::from_static(b"hello world"),
            &UploadOptions::default(),
        )
        .await
        .unwrap();
    let dir = TempDir::new("cond");
    let out = dir.join("o");
    let err = client
        .download_object(
            "c",
            "o",
            &out,
            &DownloadOptions {
                conditions: Conditions {
                    if_match: Some("0000".into()),
                    ..Default::default()
                },
                ..Default::default()
            },
        )
        .await
        .unwrap_err();
    assert!(matches!(err, TransferError::Condition { .. }), "{err}");
    assert!(!out.exists());
    let err = client
        .download_object(
            "c",
            "o",
            &out,
            &DownloadOptions {
                conditions: Conditions {
                    if_none_match: Some(up.top_hash.clone()),
                    ..Default::default()
                },
                ..Default::default()
            },
        )
        .await
        .unwrap_err();
    assert!(matches!(err, TransferError::Condition { .. }), "{err}");
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(3600);
    let err = client
        .download_object(
            "c",
            "o",
            &out,
            &DownloadOptions {
                conditions: Conditions {
                    if_modified_since: Some(later),
                    ..Default::default()
                },
                ..Default::default()
            },
        )
        .await
        .unwrap_err();
    assert!(matches!(err, TransferError::Condition { .. }), "{err}");
    client
        .download_object(
            "c",
            "o",
            &out,
            &DownloadOptions {
                conditions: Conditions {
                    if_match: Some(up.top_hash.clone()),
                    ..Default::default()
                },
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), b"hello world");

    // Upload conditions: if_not_exist on an existing name, if_match with a wrong ETag.
    let err = client
        .upload_bytes(
            "c",
            "o",
            Bytes::from_static(b"other"),
            &UploadOptions {
                if_not_exist: true,
                ..Default::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(
        err.kind(),
        Some(cloud_core::ErrorKind::PreconditionFailed),
        "{err}"
    );
    let err = client
        .upload_bytes(
            "c",
            "o",
            Bytes::from_static(b"other"),
            &UploadOptions {
                if_match: Some("ffff".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(
        err.kind(),
        Some(cloud_core::ErrorKind::PreconditionFailed),
        "{err}"
    );
    let bytes = client.get_object_bytes("c", "o", None).await.unwrap();
    assert_eq!(&bytes[..], b"hello world");
}

#[tokio::test]
async fn upload_headers_survive_block_rounds() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(4)).await;
    let other = cloud.add_user("friend");
    let options = UploadOptions {
        content_type: Some("text/plain".into()),
        content_disposition: Some("attachment; filename=\"x.txt\"".into()),
        content_encoding: Some("identity".into()),
        sharing: Some(cloud_pithos::models::Sharing {
            read: vec![other.uuid.clone()],
            write: vec![],
        }),
        public: Some(true),
        meta: [("Colour".to_owned(), "γαλάζιο".to_owned())].into(),
        ..Default::default()
    };
    let up = client
        .upload_bytes(
            "c",
            "doc",
            Bytes::from_static(b"new data, several blocks"),
            &options,
        )
        .await
        .unwrap();
    assert!(up.blocks_sent > 0, "blocks had to be uploaded");
    let info = client.get_object_info("c", "doc", None).await.unwrap();
    assert_eq!(info.content_type.as_deref(), Some("text/plain"));
    assert_eq!(
        info.content_disposition.as_deref(),
        Some("attachment; filename=\"x.txt\""),
        "kamaki lost Content-Disposition when blocks were uploaded"
    );
    assert_eq!(info.content_encoding.as_deref(), Some("identity"));
    assert_eq!(info.meta.get("colour").map(String::as_str), Some("γαλάζιο"));
    assert_eq!(info.sharing.unwrap().read, vec![other.uuid]);
    assert!(info.public_url.is_some());
}

#[tokio::test]
async fn stream_upload_of_unknown_length() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(1000)).await;
    let data = pattern(12_345, 3);
    let mut reader = std::io::Cursor::new(data.clone());
    cloud.counts.reset();
    let report = client
        .upload_from_reader("c", "s", &mut reader, &UploadOptions::default())
        .await
        .unwrap();
    assert_eq!(report.bytes, data.len() as u64);
    assert_eq!(report.blocks, 13);
    assert_eq!(cloud.counts.block_posts(), 13);
    assert_eq!(
        report.top_hash,
        hashmap_of(HashAlgorithm::Sha256, 1000, &data).top_hex()
    );
    let got = client.get_object_bytes("c", "s", None).await.unwrap();
    assert_eq!(&got[..], &data[..]);
    // An empty stream makes an empty object.
    let mut empty = std::io::Cursor::new(Vec::<u8>::new());
    client
        .upload_from_reader("c", "e", &mut empty, &UploadOptions::default())
        .await
        .unwrap();
    let info = client.get_object_info("c", "e", None).await.unwrap();
    assert_eq!(info.bytes, Some(0));
}

#[tokio::test]
async fn manifest_objects_fall_back_to_a_streamed_get() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(4)).await;
    for (i, part) in [&b"first-"[..], b"second-", b"third"].iter().enumerate() {
        client
            .upload_bytes(
                "c",
                &format!("parts/{i}"),
                Bytes::from_static(part),
                &UploadOptions::default(),
            )
            .await
            .unwrap();
    }
    client
        .create_object_by_manifestation("c", "whole", "c", "parts/", None)
        .await
        .unwrap();
    let dir = TempDir::new("manifest");
    let out = dir.join("whole");
    let report = client
        .download_object("c", "whole", &out, &DownloadOptions::default())
        .await
        .unwrap();
    assert!(report.streamed);
    assert_eq!(report.info.bytes, Some(18));
    assert_eq!(std::fs::read(&out).unwrap(), b"first-second-third");
    let mut cat = Vec::new();
    client
        .cat_object("c", "whole", &mut cat, &CatOptions::default())
        .await
        .unwrap();
    assert_eq!(cat, b"first-second-third");
    // Ranges over a manifest: one GET per range, at the right offsets.
    let ranges = cloud_pithos::download::parse_ranges("0-4,13-17").unwrap();
    let mut cat = Vec::new();
    client
        .cat_object(
            "c",
            "whole",
            &mut cat,
            &CatOptions {
                range: Some(ranges.clone()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(cat, b"firstthird");
    let ranged = dir.join("ranged");
    client
        .download_object(
            "c",
            "whole",
            &ranged,
            &DownloadOptions {
                range: Some(ranges),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let got = std::fs::read(&ranged).unwrap();
    assert_eq!(got.len(), 18);
    assert_eq!(&got[..5], b"first");
    assert_eq!(&got[13..], b"third");
}

#[tokio::test]
async fn failed_download_leaves_the_target_alone() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(1024)).await;
    let dir = TempDir::new("fail");
    let data = pattern(64 * 1024, 5);
    client
        .upload_bytes(
            "c",
            "o",
            Bytes::from(data.clone()),
            &UploadOptions::default(),
        )
        .await
        .unwrap();
    let out = dir.join("target");
    std::fs::write(&out, b"old content").unwrap();
    // The server goes away after a few blocks.
    cloud
        .counts
        .fail_range_gets_after
        .store(5, std::sync::atomic::Ordering::SeqCst);
    let fast_fail = cloud.client_without_retries();
    let result = fast_fail
        .download_object(
            "c",
            "o",
            &out,
            &DownloadOptions {
                concurrency: 1,
                ..Default::default()
            },
        )
        .await;
    assert!(
        result.is_err(),
        "the download cannot finish without the server"
    );
    assert_eq!(std::fs::read(&out).unwrap(), b"old content");
    assert!(
        !partial_path(&out).exists(),
        "no temporary file is left without resume"
    );
    // A new target name is not created at all.
    let fresh = dir.join("fresh");
    assert!(
        fast_fail
            .download_object("c", "o", &fresh, &DownloadOptions::default())
            .await
            .is_err()
    );
    assert!(!fresh.exists());
    assert!(!partial_path(&fresh).exists());
    // With resume the temporary file stays for the next attempt, and the
    // next attempt (server back) fetches only what is missing.
    cloud.counts.reset();
    cloud
        .counts
        .fail_range_gets_after
        .store(10, std::sync::atomic::Ordering::SeqCst);
    let _ = std::fs::remove_file(partial_path(&fresh));
    let resumable = DownloadOptions {
        concurrency: 1,
        resume: true,
        ..Default::default()
    };
    assert!(
        fast_fail
            .download_object("c", "o", &fresh, &resumable)
            .await
            .is_err()
    );
    assert!(!fresh.exists());
    assert!(partial_path(&fresh).exists());
    cloud.counts.reset();
    let report = client
        .download_object("c", "o", &fresh, &resumable)
        .await
        .unwrap();
    assert_eq!(std::fs::read(&fresh).unwrap(), data);
    assert!(report.blocks_kept >= 9, "kept {}", report.blocks_kept);
    assert_eq!(cloud.counts.range_gets(), 64 - report.blocks_kept);
    assert!(!partial_path(&fresh).exists());
}

#[tokio::test]
async fn truncated_bodies_are_fetched_again() {
    // Every answer may be cut short; whole-block verification and the
    // per-block retry still give identical bytes.
    let cloud = Cloud::start_with(Some("seed=11,truncate=0.2")).await;
    let client = cloud.client();
    let make = async {
        for _ in 0..10 {
            if client
                .create_container("c", &{
                    let mut o = cloud_pithos::ContainerOptions::default();
                    o.policies.insert("block-size".into(), "1024".into());
                    o
                })
                .await
                .is_ok()
            {
                return;
            }
        }
        panic!("container not created");
    };
    make.await;
    let data = pattern(40 * 1024 + 3, 1);
    let dir = TempDir::new("truncate");
    let src = dir.join("src");
    std::fs::write(&src, &data).unwrap();
    let mut uploaded = false;
    for _ in 0..5 {
        if client
            .upload_object("c", "o", &src, &UploadOptions::default())
            .await
            .is_ok()
        {
            uploaded = true;
            break;
        }
    }
    assert!(uploaded);
    let out = dir.join("out");
    let mut result = Err(TransferError::Invalid("not run".into()));
    for _ in 0..3 {
        result = client
            .download_object("c", "o", &out, &DownloadOptions::default())
            .await;
        if result.is_ok() {
            break;
        }
    }
    result.unwrap();
    assert_eq!(file_sha256(&out), file_sha256(&src));
}

#[tokio::test]
async fn trees_upload_download_delete() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(1024)).await;
    let dir = TempDir::new("tree");
    let src = dir.join("src");
    std::fs::create_dir_all(src.join("a/b")).unwrap();
    std::fs::create_dir_all(src.join("empty")).unwrap();
    std::fs::write(src.join("top.txt"), b"top").unwrap();
    std::fs::write(src.join("a/one"), pattern(3000, 1)).unwrap();
    std::fs::write(src.join("a/b/two"), pattern(10, 2)).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&src, src.join("a/loop")).unwrap();
    let up = client
        .upload_tree("c", "backup", &src, &UploadOptions::default())
        .await
        .unwrap();
    assert_eq!(up.files, 3);
    #[cfg(unix)]
    assert_eq!(up.skipped, ["a/loop"]);
    assert_eq!(up.directories, 4); // backup, a, a/b, empty
    assert!(
        client
            .get_object_info("c", "backup/a/b", None)
            .await
            .unwrap()
            .is_directory()
    );
    // A sibling whose name shares the prefix must not be pulled in.
    client
        .upload_bytes(
            "c",
            "backup2/x",
            Bytes::from_static(b"x"),
            &UploadOptions::default(),
        )
        .await
        .unwrap();
    let out = dir.join("out");
    let down = client
        .download_tree("c", "backup", &out, &DownloadOptions::default())
        .await
        .unwrap();
    assert_eq!(down.files, 3);
    assert_eq!(std::fs::read(out.join("top.txt")).unwrap(), b"top");
    assert_eq!(std::fs::read(out.join("a/one")).unwrap(), pattern(3000, 1));
    assert_eq!(std::fs::read(out.join("a/b/two")).unwrap(), pattern(10, 2));
    assert!(out.join("empty").is_dir());
    assert!(!out.join("x").exists());

    client.delete_tree("c", "backup").await.unwrap();
    assert!(
        client
            .get_object_info("c", "backup/a/one", None)
            .await
            .is_err()
    );
    assert!(client.get_object_info("c", "backup2/x", None).await.is_ok());
}

#[tokio::test]
async fn progress_reports_hashing_and_transfer() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(1024)).await;
    let dir = TempDir::new("progress");
    let src = dir.join("src");
    std::fs::write(&src, pattern(5000, 4)).unwrap();
    let events = Arc::new(Mutex::new(Vec::new()));
    let log = events.clone();
    let options = UploadOptions {
        progress: Progress::new(move |e| log.lock().unwrap().push(e)),
        ..Default::default()
    };
    client
        .upload_object("c", "o", &src, &options)
        .await
        .unwrap();
    let events = events.lock().unwrap();
    let last_hash = events
        .iter()
        .rev()
        .find(|e| e.phase == Phase::Hashing)
        .unwrap();
    assert_eq!((last_hash.done, last_hash.total), (5000, 5000));
    let last_transfer = events
        .iter()
        .rev()
        .find(|e| e.phase == Phase::Transfer)
        .unwrap();
    assert_eq!((last_transfer.done, last_transfer.total), (5000, 5000));
    assert!(last_transfer.finished);
}

#[tokio::test]
async fn blake3_containers() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    let mut options = cloud_pithos::ContainerOptions::default();
    options.policies.insert("block-size".into(), "1024".into());
    options
        .policies
        .insert("block-hash".into(), "blake3".into());
    client.create_container("b3", &options).await.unwrap();
    let params = client.block_params("b3").await.unwrap();
    assert_eq!(params.algorithm, HashAlgorithm::Blake3);
    let data = pattern(5000, 8);
    let up = client
        .upload_bytes(
            "b3",
            "o",
            Bytes::from(data.clone()),
            &UploadOptions::default(),
        )
        .await
        .unwrap();
    assert_eq!(
        up.top_hash,
        hashmap_of(HashAlgorithm::Blake3, 1024, &data).top_hex()
    );
    let dir = TempDir::new("b3");
    let out = dir.join("o");
    client
        .download_object("b3", "o", &out, &DownloadOptions::default())
        .await
        .unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), data);
}

#[tokio::test]
async fn random_file_matches_by_digest() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", None).await;
    let dir = TempDir::new("rand");
    let src = dir.join("src");
    random_file(&src, 9 * 1024 * 1024 + 17, 42);
    client
        .upload_object("c", "r", &src, &UploadOptions::default())
        .await
        .unwrap();
    let out = dir.join("out");
    client
        .download_object("c", "r", &out, &DownloadOptions::default())
        .await
        .unwrap();
    assert_eq!(file_sha256(&out), file_sha256(&src));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_process_emulator_round_trip() {
    // The built-in local cloud runs the emulator in process (no socket, no
    // hyper to add Content-Length): the engine must work there too.
    let data_dir = TempDir::new("in-process");
    let emulator = cloud_emulator::Emulator::open(cloud_emulator::Options::new(data_dir.path()))
        .unwrap()
        .with_base_url("http://in-process");
    let user = emulator.default_user().unwrap();
    let transport = cloud_core::Transport::builder()
        .credentials(cloud_core::credentials::StaticToken::new(
            user.token.clone(),
        ))
        .service(emulator.service())
        .build()
        .unwrap();
    let client =
        cloud_pithos::PithosClient::new(transport, "http://in-process/object-store/v1", &user.uuid);
    container(&client, "c", Some(1024)).await;
    let dir = TempDir::new("in-process-files");
    let src = dir.join("src");
    let data = pattern(10_000, 6);
    std::fs::write(&src, &data).unwrap();
    let up = client
        .upload_object("c", "o", &src, &UploadOptions::default())
        .await
        .unwrap();
    assert_eq!(up.blocks_sent, 10);
    let again = client
        .upload_object("c", "o2", &src, &UploadOptions::default())
        .await
        .unwrap();
    assert_eq!(again.blocks_sent, 0);
    let out = dir.join("out");
    client
        .download_object("c", "o", &out, &DownloadOptions::default())
        .await
        .unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), data);
    client.truncate_object("c", "o", 5).await.unwrap();
    client
        .append_bytes("c", "o", Bytes::from_static(b"!"))
        .await
        .unwrap();
    assert_eq!(
        &client.get_object_bytes("c", "o", None).await.unwrap()[..],
        &[&data[..5], b"!"].concat()[..]
    );
}

#[tokio::test]
async fn an_object_replaced_mid_download_is_not_mixed() {
    // Every ranged GET carries If-Match with the hashmap's ETag: when the
    // object is replaced half-way, the download fails cleanly (412) instead
    // of mixing two versions, and nothing appears under the target's name.
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(1024)).await;
    let old = pattern(32 * 1024, 1);
    client
        .upload_bytes(
            "c",
            "o",
            Bytes::from(old.clone()),
            &UploadOptions::default(),
        )
        .await
        .unwrap();
    let writer = client.clone();
    let new = pattern(32 * 1024, 2);
    let replacement = Bytes::from(new.clone());
    *cloud.counts.before_range_get.lock().unwrap() = Some((
        10,
        Box::pin(async move {
            writer
                .upload_bytes("c", "o", replacement, &UploadOptions::default())
                .await
                .unwrap();
        }),
    ));
    let dir = TempDir::new("replaced");
    let out = dir.join("o");
    let err = client
        .download_object(
            "c",
            "o",
            &out,
            &DownloadOptions {
                concurrency: 1,
                ..Default::default()
            },
        )
        .await
        .unwrap_err();
    assert!(matches!(err, TransferError::Condition { .. }), "{err}");
    assert!(!out.exists());
    assert!(!partial_path(&out).exists());
    // Run again: the new version, whole.
    client
        .download_object("c", "o", &out, &DownloadOptions::default())
        .await
        .unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), new);
}

#[tokio::test]
async fn unchunked_upload_with_md5_check() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "c", Some(4)).await;
    let dir = TempDir::new("unchunked");
    let src = dir.join("abc");
    std::fs::write(&src, b"abc").unwrap();
    // MD5 of `abc` (PITHOS.md §6.1).
    let md5 = "900150983cd24fb0d6963f7d28e17f72";
    let options = UploadOptions {
        content_type: Some("text/plain".into()),
        ..Default::default()
    };
    cloud.counts.reset();
    client
        .upload_object_unchunked("c", "abc", &src, Some(md5), &options)
        .await
        .unwrap();
    assert_eq!(cloud.counts.block_posts(), 0);
    assert_eq!(
        &client.get_object_bytes("c", "abc", None).await.unwrap()[..],
        b"abc"
    );
    let info = client.get_object_info("c", "abc", None).await.unwrap();
    assert_eq!(info.content_type.as_deref(), Some("text/plain"));
    assert_eq!(
        info.hash.as_deref(),
        Some("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    );
    let err = client
        .upload_object_unchunked(
            "c",
            "bad",
            &src,
            Some("00000000000000000000000000000000"),
            &options,
        )
        .await
        .unwrap_err();
    assert_eq!(
        err.kind(),
        Some(cloud_core::ErrorKind::Unprocessable),
        "{err}"
    );
    let empty = dir.join("empty");
    std::fs::write(&empty, b"").unwrap();
    client
        .upload_object_unchunked("c", "empty", &empty, None, &options)
        .await
        .unwrap();
    assert_eq!(
        client
            .get_object_info("c", "empty", None)
            .await
            .unwrap()
            .bytes,
        Some(0)
    );
}
