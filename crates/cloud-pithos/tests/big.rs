//! 1 GiB transfers against the emulator over loopback: round trip, a
//! re-upload that sends no block, a download killed part way and resumed,
//! and a round trip under injected faults. Files are made with a seeded
//! generator and compared by streaming sha256; everything is deleted after.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::sync::Arc;
use std::time::Instant;

use cloud_pithos::download::{DownloadOptions, partial_path};
use cloud_pithos::progress::{Phase, Progress};
use cloud_pithos::upload::UploadOptions;
use support::{Cloud, TempDir, container, file_sha256, random_file};

const GIB: u64 = 1 << 30;
const BLOCK: u64 = 4 << 20;
const BLOCKS: usize = (GIB / BLOCK) as usize;

fn mib_per_s(bytes: u64, started: Instant) -> String {
    let secs = started.elapsed().as_secs_f64();
    format!(
        "{:.1} s, {:.0} MiB/s",
        secs,
        bytes as f64 / (1 << 20) as f64 / secs
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_gib_round_trip_reupload_and_resume() {
    let cloud = Cloud::start().await;
    let client = cloud.client();
    container(&client, "big", None).await;
    let dir = TempDir::new("gib");
    let src = dir.join("src");
    let t = Instant::now();
    random_file(&src, GIB, 1);
    let src_hash = file_sha256(&src);
    eprintln!("generate + sha256: {}", mib_per_s(GIB, t));

    // New data: every block is sent once.
    let t = Instant::now();
    let up = client
        .upload_object("big", "one-gib", &src, &UploadOptions::default())
        .await
        .unwrap();
    eprintln!("upload (new data): {}", mib_per_s(GIB, t));
    assert_eq!(up.blocks, BLOCKS);
    assert_eq!(up.blocks_sent, BLOCKS);
    assert_eq!(cloud.counts.block_posts(), BLOCKS);

    // The same data again: not one block travels.
    cloud.counts.reset();
    let t = Instant::now();
    let again = client
        .upload_object("big", "one-gib-again", &src, &UploadOptions::default())
        .await
        .unwrap();
    eprintln!("re-upload: {}", mib_per_s(GIB, t));
    assert_eq!(again.blocks_sent, 0);
    assert_eq!(cloud.counts.block_posts(), 0);
    assert_eq!(again.top_hash, up.top_hash);

    // Download, byte-identical.
    let out = dir.join("out");
    cloud.counts.reset();
    let t = Instant::now();
    let down = client
        .download_object("big", "one-gib", &out, &DownloadOptions::default())
        .await
        .unwrap();
    eprintln!("download: {}", mib_per_s(GIB, t));
    assert_eq!(down.blocks_fetched, BLOCKS);
    assert_eq!(cloud.counts.range_gets(), BLOCKS);
    assert_eq!(file_sha256(&out), src_hash);
    std::fs::remove_file(&out).unwrap();

    // A resumable download killed after ~100 blocks …
    let notify = Arc::new(tokio::sync::Notify::new());
    let signal = notify.clone();
    let progress = Progress::new(move |e| {
        if e.phase == Phase::Transfer && e.done >= 100 * BLOCK {
            signal.notify_one();
        }
    });
    let options = DownloadOptions {
        resume: true,
        progress,
        ..Default::default()
    };
    let task = {
        let client = client.clone();
        let out = out.clone();
        tokio::spawn(async move {
            client
                .download_object("big", "one-gib", &out, &options)
                .await
        })
    };
    notify.notified().await;
    task.abort();
    assert!(task.await.unwrap_err().is_cancelled());
    // Let blocking writes already under way land.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(!out.exists(), "nothing under the final name");
    assert!(
        partial_path(&out).exists(),
        "the partial file stays for resume"
    );

    // … resumed: only the missing blocks are fetched.
    cloud.counts.reset();
    let t = Instant::now();
    let resumed = client
        .download_object(
            "big",
            "one-gib",
            &out,
            &DownloadOptions {
                resume: true,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    eprintln!(
        "resume: kept {} blocks, fetched {}: {}",
        resumed.blocks_kept,
        resumed.blocks_fetched,
        mib_per_s(GIB, t)
    );
    assert!(resumed.blocks_kept >= 100, "kept {}", resumed.blocks_kept);
    assert!(resumed.blocks_kept < BLOCKS);
    assert_eq!(resumed.blocks_fetched, BLOCKS - resumed.blocks_kept);
    assert_eq!(cloud.counts.range_gets(), BLOCKS - resumed.blocks_kept);
    assert_eq!(file_sha256(&out), src_hash);
    assert!(!partial_path(&out).exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_gib_round_trip_under_faults() {
    // 10 % of requests answered 503 or dropped before processing.
    let cloud = Cloud::start_with(Some("seed=7,503=0.05,drop=0.05")).await;
    let client = cloud.client();
    container(&client, "big", None).await;
    let dir = TempDir::new("gib-faults");
    let src = dir.join("src");
    random_file(&src, GIB, 2);
    let src_hash = file_sha256(&src);
    let t = Instant::now();
    let up = client
        .upload_object("big", "faulty", &src, &UploadOptions::default())
        .await
        .unwrap();
    eprintln!(
        "upload under faults: {} ({} block POSTs sent for {} blocks)",
        mib_per_s(GIB, t),
        cloud.counts.block_posts(),
        up.blocks
    );
    assert!(
        cloud.counts.block_posts() > BLOCKS,
        "some block POSTs were retried"
    );
    let out = dir.join("out");
    cloud.counts.reset();
    let t = Instant::now();
    client
        .download_object("big", "faulty", &out, &DownloadOptions::default())
        .await
        .unwrap();
    eprintln!(
        "download under faults: {} ({} ranged GETs for {} blocks)",
        mib_per_s(GIB, t),
        cloud.counts.range_gets(),
        BLOCKS
    );
    assert_eq!(file_sha256(&out), src_hash);
}
