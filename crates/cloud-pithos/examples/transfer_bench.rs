//! Benchmark of the transfer engine against the emulator over loopback.
//!
//! ```text
//! cargo run --release -p cloud-pithos --example transfer_bench [-- SIZE_MIB]
//! ```
//!
//! For a file of SIZE_MIB (default 1024) pseudo-random MiB it measures, each
//! in a child process of this same program so its peak memory is its own:
//!
//! 1. upload of new data (every block is sent);
//! 2. re-upload of the same data under another name (no block is sent);
//! 3. download to a new file (every block is fetched and verified);
//!
//! and `sha256sum` of the same file in the same run. It prints a Markdown
//! table: seconds, MB/s (10^6 bytes), the ratio to `sha256sum`'s time, and
//! the peak resident memory of the child (`VmHWM` from `/proc/self/status`;
//! `n/a` where that does not exist). The emulator runs in the parent
//! process with a fresh data directory under the system temporary directory;
//! everything is removed at the end.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use cloud_core::Transport;
use cloud_core::credentials::StaticToken;
use cloud_emulator::{Emulator, Options};
use cloud_pithos::download::DownloadOptions;
use cloud_pithos::upload::UploadOptions;
use cloud_pithos::{ContainerOptions, PithosClient};

const MIB: u64 = 1 << 20;

/// The peak resident set of this process in KiB, if the system says.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Child mode: `--phase upload|download URL TOKEN ACCOUNT FILE OBJECT`.
fn child(args: &[String]) {
    let [phase, url, token, account, file, object] = args else {
        panic!("usage: --phase PHASE URL TOKEN ACCOUNT FILE OBJECT");
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let seconds = runtime.block_on(async {
        let transport = Transport::builder()
            .credentials(StaticToken::new(token.clone()))
            .build()
            .unwrap();
        let client = PithosClient::new(transport, url, account);
        let started = Instant::now();
        match phase.as_str() {
            "upload" => {
                client
                    .upload_object("bench", object, Path::new(file), &UploadOptions::default())
                    .await
                    .unwrap();
            }
            "download" => {
                client
                    .download_object(
                        "bench",
                        object,
                        Path::new(file),
                        &DownloadOptions::default(),
                    )
                    .await
                    .unwrap();
            }
            other => panic!("unknown phase {other}"),
        }
        started.elapsed().as_secs_f64()
    });
    let rss = peak_rss_kib().map_or_else(|| "n/a".to_owned(), |k| k.to_string());
    println!("{seconds} {rss}");
}

/// Runs one phase in a child; returns (seconds, peak RSS in KiB).
fn run_phase(args: &[&str]) -> (f64, Option<u64>) {
    let exe = std::env::current_exe().unwrap();
    let output = Command::new(exe)
        .arg("--phase")
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "phase {:?} failed: {}",
        args.first(),
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8_lossy(&output.stdout);
    let mut words = text.split_whitespace();
    let seconds = words.next().unwrap().parse().unwrap();
    let rss = words.next().and_then(|w| w.parse().ok());
    (seconds, rss)
}

/// Writes `size` pseudo-random bytes (blake3 XOF, 4 MiB at a time, stamped).
fn make_file(path: &Path, size: u64) {
    let mut buffer = vec![0u8; 4 << 20];
    let mut xof = blake3::Hasher::new()
        .update(b"transfer_bench")
        .finalize_xof();
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut left = size;
    while left > 0 {
        let n = left.min(buffer.len() as u64) as usize;
        xof.fill(&mut buffer[..n]);
        file.write_all(&buffer[..n]).unwrap();
        left -= n as u64;
    }
    file.flush().unwrap();
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--phase") {
        child(&args[1..]);
        return;
    }
    let size_mib: u64 = args.first().and_then(|a| a.parse().ok()).unwrap_or(1024);
    let size = size_mib * MIB;
    let dir: PathBuf = std::env::temp_dir().join(format!("transfer-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("data")).unwrap();
    let source = dir.join("source");
    let target = dir.join("target");
    eprintln!("making a {size_mib} MiB file …");
    make_file(&source, size);

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let (url, user) = runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let emulator = Emulator::open(Options::new(dir.join("data")))
            .unwrap()
            .with_base_url(base.clone());
        let user = emulator.default_user().unwrap();
        tokio::spawn(emulator.serve(listener));
        let url = format!("{base}/object-store/v1");
        let transport = Transport::builder()
            .credentials(StaticToken::new(user.token.clone()))
            .build()
            .unwrap();
        PithosClient::new(transport, &url, &user.uuid)
            .create_container("bench", &ContainerOptions::default())
            .await
            .unwrap();
        (url, user)
    });

    // sha256sum of the same file (warm cache: the file was just written).
    let started = Instant::now();
    let sha = Command::new("sha256sum").arg(&source).output();
    let sha_seconds = match sha {
        Ok(out) if out.status.success() => Some(started.elapsed().as_secs_f64()),
        _ => None,
    };

    let source_s = source.to_string_lossy().into_owned();
    let target_s = target.to_string_lossy().into_owned();
    let phases = [
        (
            "upload (new data)",
            ["upload", &url, &user.token, &user.uuid, &source_s, "first"],
        ),
        (
            "re-upload (same data)",
            ["upload", &url, &user.token, &user.uuid, &source_s, "second"],
        ),
        (
            "download",
            [
                "download",
                &url,
                &user.token,
                &user.uuid,
                &target_s,
                "first",
            ],
        ),
    ];
    let mut rows = Vec::new();
    for (name, args) in phases {
        eprintln!("{name} …");
        let (seconds, rss) = run_phase(&args);
        rows.push((name, seconds, rss));
    }

    let mb_s = |seconds: f64| size as f64 / 1e6 / seconds;
    println!("### Transfer engine, {size_mib} MiB over loopback to the emulator\n");
    println!("| phase | time (s) | MB/s | × sha256sum | peak memory (MiB) |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    match sha_seconds {
        Some(s) => println!("| sha256sum | {s:.2} | {:.0} | 1.00 | – |", mb_s(s)),
        None => println!("| sha256sum | n/a | n/a | – | – |"),
    }
    for (name, seconds, rss) in rows {
        let ratio = sha_seconds.map_or_else(|| "n/a".to_owned(), |s| format!("{:.2}", seconds / s));
        let rss = rss.map_or_else(|| "n/a".to_owned(), |k| format!("{:.0}", k as f64 / 1024.0));
        println!(
            "| {name} | {seconds:.2} | {:.0} | {ratio} | {rss} |",
            mb_s(seconds)
        );
    }
    println!(
        "\nBlocks of 4 MiB, sha256, 8 blocks in flight; the emulator (same machine) hashes, \
         writes and fsyncs every new block. Ratios above 1 are slower than sha256sum."
    );
    let _ = std::fs::remove_dir_all(&dir);
}
