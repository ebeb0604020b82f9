//! End to end: the `file` commands of the built `kamaki` against an
//! emulator on loopback, each checked on the server with raw HTTP (bytes,
//! hashes, metadata, sharing), in table and json forms.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use common::{Cloud, Home, noise};
use serde_json::Value;

const JSON: [&str; 2] = ["--output-format", "json"];

fn args<'a>(a: &[&'a str], json: bool) -> Vec<&'a str> {
    let mut v = a.to_vec();
    if json {
        v.extend(JSON);
    }
    v
}

/// A container with 16-byte blocks, made through the command.
fn small_block_container(home: &Home, cloud: &Cloud, name: &str) {
    let out = home
        .run(&["container", "create", name, "--policy", "block-size=16"])
        .ok();
    assert!(out.contains(name), "{out}");
    let head = cloud.store("HEAD", name);
    assert_eq!(head.status, 204, "{head:?}");
    assert_eq!(head.header("x-container-block-size"), Some("16"));
}

#[test]
fn upload_download_round_trips_at_block_edges() {
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);
    small_block_container(&home, &cloud, "rt");
    for (i, size) in [0usize, 1, 15, 16, 17].into_iter().enumerate() {
        let data = noise(size, i as u64 + 1);
        let local = home.path.join(format!("in{size}.bin"));
        std::fs::write(&local, &data).unwrap();
        let remote = format!("/rt/f{size}");
        let json = i % 2 == 0;
        let out = home.run(&args(
            &["file", "upload", local.to_str().unwrap(), &remote],
            json,
        ));
        if json {
            let v = out.json();
            assert_eq!(v["bytes"], size as u64);
            assert_eq!(v["location"], remote.as_str());
            assert_eq!(v["blocks"], size.div_ceil(16) as u64);
        } else {
            let table = out.ok();
            assert!(table.contains(&remote), "{table}");
        }
        // On the server: the very bytes, and a hashmap of the right length.
        let got = cloud.store("GET", &format!("rt/f{size}"));
        assert_eq!(got.status, 200);
        assert_eq!(got.body, data, "server bytes of {size}");
        let map = cloud.store("GET", &format!("rt/f{size}?hashmap&format=json"));
        let map: Value = serde_json::from_slice(&map.body).unwrap();
        if size > 0 {
            assert_eq!(map["hashes"].as_array().unwrap().len(), size.div_ceil(16));
        }
        assert_eq!(map["bytes"], size as u64);

        let target = home.path.join(format!("out{size}.bin"));
        let out = home.run(&args(
            &["file", "download", &remote, target.to_str().unwrap()],
            json,
        ));
        if json {
            assert_eq!(out.json()["bytes"], size as u64);
        } else {
            out.ok();
        }
        assert_eq!(std::fs::read(&target).unwrap(), data, "downloaded {size}");
    }

    // A second upload refuses to overwrite; with -f only missing blocks go.
    let local = home.path.join("in17.bin");
    let run = home
        .run(&["file", "upload", local.to_str().unwrap(), "/rt/f17"])
        .fails(1);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    assert!(run.stderr.contains("-f"), "{}", run.stderr);
    let again = home
        .run(&args(
            &["file", "upload", "-f", local.to_str().unwrap(), "/rt/f17"],
            true,
        ))
        .json();
    assert_eq!(again["blocks_sent"], 0, "{again}");

    // A dry run hashes and shows the hashmap PUT, once, and sends nothing.
    let other = home.path.join("other.bin");
    std::fs::write(&other, b"not sent").unwrap();
    let dry = home
        .run(&[
            "file",
            "upload",
            "--dry-run",
            other.to_str().unwrap(),
            "/rt/dry",
        ])
        .ok();
    assert_eq!(dry.matches("PUT ").count(), 1, "{dry}");
    assert_eq!(cloud.store("HEAD", "rt/dry").status, 404);

    // Default names: the local basename in the default container `pithos`.
    home.run(&["container", "create", "pithos"]).ok();
    home.run(&["file", "upload", local.to_str().unwrap()]).ok();
    assert_eq!(cloud.store("GET", "pithos/in17.bin").body, noise(17, 5));
    std::fs::remove_file(&local).unwrap();
    let here = home
        .run(&args(&["file", "download", "in17.bin"], true))
        .json();
    assert_eq!(here["local"], "in17.bin");
    // The existing local file is not overwritten without -f.
    let run = home.run(&["file", "download", "in17.bin"]).fails(1);
    assert!(run.stderr.contains("Cannot overwrite"), "{}", run.stderr);
    // Content type guessed from the name; none for unknown extensions.
    let text = home.path.join("notes.txt");
    std::fs::write(&text, "hello").unwrap();
    home.run(&["file", "upload", text.to_str().unwrap(), "/rt/"])
        .ok();
    let head = cloud.store("HEAD", "rt/notes.txt");
    assert_eq!(head.header("content-type"), Some("text/plain"));
}

/// The block file of the emulator's store holding exactly `block`.
fn block_file(cloud: &Cloud, block: &[u8]) -> std::path::PathBuf {
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&cloud.dir.join("blocks"), &mut files);
    files
        .into_iter()
        .find(|f| std::fs::read(f).is_ok_and(|b| b == block))
        .expect("the block's file")
}

#[test]
fn failed_download_leaves_no_file_and_resume_finishes_it() {
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);
    small_block_container(&home, &cloud, "c");
    let data = noise(20 * 16 + 5, 42);
    let local = home.path.join("big.bin");
    std::fs::write(&local, &data).unwrap();
    home.run(&["file", "upload", local.to_str().unwrap(), "/c/big"])
        .ok();

    // The server loses one block: every download now fails part way.
    let block = block_file(&cloud, &data[7 * 16..8 * 16]);
    let aside = block.with_extension("aside");
    std::fs::rename(&block, &aside).unwrap();
    let target = home.path.join("copy.bin");
    let run = home
        .run(&["file", "download", "/c/big", target.to_str().unwrap()])
        .fails(1);
    assert!(!run.stderr.contains("Download completed"), "{}", run.stderr);
    assert!(!target.exists(), "a failed download left {target:?}");
    let partial = home.path.join(".copy.bin.pithos-part");
    assert!(!partial.exists(), "no resume asked: no temporary file");
    // With --resume the partial data is kept aside, never under the name.
    home.run(&[
        "file",
        "download",
        "--resume",
        "/c/big",
        target.to_str().unwrap(),
    ])
    .fails(1);
    assert!(!target.exists());
    assert!(partial.exists(), "resume keeps its temporary file");
    // An existing target keeps its old content when a download fails.
    std::fs::write(&target, b"old").unwrap();
    home.run(&["file", "download", "-f", "/c/big", target.to_str().unwrap()])
        .fails(1);
    assert_eq!(std::fs::read(&target).unwrap(), b"old");
    std::fs::remove_file(&target).unwrap();

    // The block is back: resume fetches only what is missing.
    std::fs::rename(&aside, &block).unwrap();
    let done = home
        .run(&args(
            &[
                "file",
                "download",
                "--resume",
                "/c/big",
                target.to_str().unwrap(),
            ],
            true,
        ))
        .json();
    assert_eq!(std::fs::read(&target).unwrap(), data);
    assert_eq!(done["blocks"], 21);
    assert!(done["blocks_kept"].as_u64().unwrap() > 0, "{done}");
    assert!(done["blocks_fetched"].as_u64().unwrap() < 21, "{done}");
    assert!(!partial.exists());
}

#[test]
fn object_commands_change_the_server() {
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);
    small_block_container(&home, &cloud, "box");

    // mkdir and create.
    let table = home.run(&["file", "mkdir", "/box/dir"]).ok();
    assert!(
        table.contains("/box/dir") && table.contains("created"),
        "{table}"
    );
    let head = cloud.store("HEAD", "box/dir");
    assert_eq!(head.header("content-type"), Some("application/directory"));
    let created = home
        .run(&args(
            &[
                "file",
                "create",
                "/box/dir/empty",
                "--content-type",
                "text/plain",
            ],
            true,
        ))
        .json();
    assert_eq!(created["created"], true);
    let head = cloud.store("HEAD", "box/dir/empty");
    assert_eq!(head.header("content-type"), Some("text/plain"));
    assert_eq!(head.header("content-length"), Some("0"));

    // list: table and json; a directory lists what is under it.
    let a = home.path.join("a.txt");
    std::fs::write(&a, b"0123456789").unwrap();
    home.run(&["file", "upload", a.to_str().unwrap(), "/box/dir/a.txt"])
        .ok();
    let list = home.run(&args(&["file", "list", "/box"], true)).json();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["dir", "dir/a.txt", "dir/empty"]);
    let table = home.run(&["file", "list", "/box/dir"]).ok();
    assert!(
        table.contains("dir/a.txt") && table.contains("10 B") && !table.contains("| dir "),
        "{table}"
    );
    let filtered = home
        .run(&args(
            &["file", "list", "/box", "--name-suffix", ".TXT"],
            true,
        ))
        .json();
    assert_eq!(filtered.as_array().unwrap().len(), 1);
    let run = home.run(&["file", "list", "/box/dir/a.txt"]).fails(1);
    assert!(run.stderr.contains("is not a directory"), "{}", run.stderr);

    // info: plain, hashmap, metadata, versions.
    let info = home
        .run(&args(&["file", "info", "/box/dir/a.txt"], true))
        .json();
    assert_eq!(info["bytes"], 10);
    let server_hash = cloud.store("HEAD", "box/dir/a.txt");
    assert_eq!(info["hash"].as_str(), server_hash.header("x-object-hash"));
    assert!(
        home.run(&["file", "info", "/box/dir/a.txt"])
            .ok()
            .contains("text/plain")
    );
    let map = home
        .run(&args(
            &["file", "info", "/box/dir/a.txt", "--hashmap"],
            true,
        ))
        .json();
    assert_eq!(map["block_size"], 16);
    assert_eq!(map["hashes"].as_array().unwrap().len(), 1);
    let etag = server_hash.header("etag").unwrap().to_owned();
    home.run(&["file", "info", "/box/dir/a.txt", "--if-match", &etag])
        .ok();
    let run = home
        .run(&["file", "info", "/box/dir/a.txt", "--if-none-match", &etag])
        .fails(1);
    assert!(
        run.stderr.contains("conditions do not hold"),
        "{}",
        run.stderr
    );
    // The hashmap, uploaded on its own, makes a copy without data.
    let map_file = home.path.join("a.hashmap");
    std::fs::write(&map_file, map.to_string()).unwrap();
    let made = home
        .run(&args(
            &[
                "file",
                "upload",
                "--source-is-hashmap",
                map_file.to_str().unwrap(),
                "/box/from-map",
            ],
            true,
        ))
        .json();
    assert_eq!(made["bytes"], 10);
    assert_eq!(cloud.store("GET", "box/from-map").body, b"0123456789");
    let mut unknown = map.clone();
    unknown["hashes"][0] = Value::from("00".repeat(32));
    std::fs::write(&map_file, unknown.to_string()).unwrap();
    let run = home
        .run(&[
            "file",
            "upload",
            "--source-is-hashmap",
            map_file.to_str().unwrap(),
            "/box/nope",
        ])
        .fails(1);
    assert!(run.stderr.contains("lacks 1 block"), "{}", run.stderr);
    assert_eq!(cloud.store("HEAD", "box/nope").status, 404);
    let versions = home
        .run(&args(
            &["file", "info", "/box/dir/a.txt", "--object-versions"],
            true,
        ))
        .json();
    assert_eq!(versions.as_array().unwrap().len(), 1);

    // modify: sharing (accumulative) and metadata.
    let bob = cloud.emulator.add_user("bob@example.org").unwrap();
    let carol = cloud.emulator.add_user("carol@example.org").unwrap();
    home.run(&[
        "file",
        "modify",
        "/box/dir/a.txt",
        "--read-permission",
        &bob.uuid,
        "--metadata-add",
        "color=blue",
    ])
    .ok();
    let modified = home
        .run(&args(
            &[
                "file",
                "modify",
                "/box/dir/a.txt",
                "--write-permission",
                &carol.uuid,
            ],
            true,
        ))
        .json();
    let head = cloud.store("HEAD", "box/dir/a.txt");
    assert_eq!(
        modified["read"][0],
        bob.uuid.as_str(),
        "{modified} {head:?}"
    );
    let head = cloud.store("HEAD", "box/dir/a.txt");
    let sharing = head.header("x-object-sharing").unwrap();
    assert!(
        sharing.contains("read=") && sharing.contains("write="),
        "{sharing}"
    );
    assert_eq!(head.header("x-object-meta-color"), Some("blue"));
    let shown = home
        .run(&args(
            &["file", "info", "/box/dir/a.txt", "--sharing"],
            true,
        ))
        .json();
    assert_eq!(shown["write"][0], carol.uuid.as_str());
    let meta = home
        .run(&args(
            &["file", "info", "/box/dir/a.txt", "--metadata"],
            true,
        ))
        .json();
    assert_eq!(meta["color"], "blue");
    home.run(&[
        "file",
        "modify",
        "/box/dir/a.txt",
        "--no-permissions",
        "--metadata-del",
        "color",
    ])
    .ok();
    let head = cloud.store("HEAD", "box/dir/a.txt");
    assert_eq!(head.header("x-object-sharing"), None);
    assert_eq!(head.header("x-object-meta-color"), None);

    // publish (the URL serves the bytes without a token) and unpublish.
    let url = home.run(&["file", "publish", "/box/dir/a.txt"]).ok();
    let url = url.trim();
    let path = url.strip_prefix(cloud.base.as_str()).unwrap();
    let public = cloud.raw("GET", path, None);
    assert_eq!(
        (public.status, public.body.as_slice()),
        (200, &b"0123456789"[..])
    );
    let json = home
        .run(&args(&["file", "publish", "/box/dir/a.txt"], true))
        .json();
    assert!(json["public_url"].as_str().unwrap().contains("/public/"));
    let unpublished = home
        .run(&args(&["file", "unpublish", "/box/dir/a.txt"], true))
        .json();
    assert_eq!(unpublished["public"], false);
    assert_eq!(cloud.raw("GET", path, None).status, 404);

    // download: a range lands at its offsets; conditions decide.
    let ranged = home.path.join("ranged");
    home.run(&[
        "file",
        "download",
        "--range",
        "2-4",
        "/box/dir/a.txt",
        ranged.to_str().unwrap(),
    ])
    .ok();
    assert_eq!(std::fs::read(&ranged).unwrap(), b"\0\x00234\0\0\0\0\0");
    let etag = cloud
        .store("HEAD", "box/dir/a.txt")
        .header("etag")
        .unwrap()
        .to_owned();
    let skipped = home.path.join("skipped");
    let run = home
        .run(&[
            "file",
            "download",
            "--if-none-match",
            &etag,
            "/box/dir/a.txt",
            skipped.to_str().unwrap(),
        ])
        .fails(1);
    assert!(run.stderr.contains("not transferred"), "{}", run.stderr);
    assert!(!skipped.exists());
    home.run(&[
        "file",
        "download",
        "--if-match",
        &etag,
        "/box/dir/a.txt",
        skipped.to_str().unwrap(),
    ])
    .ok();
    assert_eq!(std::fs::read(&skipped).unwrap(), b"0123456789");
    let run = home
        .run(&["file", "upload", a.to_str().unwrap(), "/nobox/a.txt"])
        .fails(1);
    assert!(
        run.stderr.contains("Container \"nobox\" does not exist"),
        "{}",
        run.stderr
    );

    // cat, with a range.
    assert_eq!(
        home.run(&["file", "cat", "/box/dir/a.txt"]).ok(),
        "0123456789"
    );
    assert_eq!(
        home.run(&["file", "cat", "--range", "2-5", "/box/dir/a.txt"])
            .ok(),
        "2345"
    );

    // append, overwrite, truncate.
    let tail = home.path.join("tail");
    std::fs::write(&tail, b"ABCDEFGHIJKLMNOPQRST").unwrap();
    let appended = home
        .run(&args(
            &["file", "append", tail.to_str().unwrap(), "/box/dir/a.txt"],
            true,
        ))
        .json();
    assert_eq!(appended["bytes"], 30);
    assert_eq!(
        cloud.store("GET", "box/dir/a.txt").body,
        b"0123456789ABCDEFGHIJKLMNOPQRST"
    );
    let patch = home.path.join("patch");
    std::fs::write(&patch, b"xyz").unwrap();
    home.run(&[
        "file",
        "overwrite",
        patch.to_str().unwrap(),
        "/box/dir/a.txt",
        "--from",
        "1",
        "--to",
        "3",
    ])
    .ok();
    let table = home.run(&["file", "info", "/box/dir/a.txt"]).ok();
    assert!(table.contains("| bytes "), "{table}");
    assert_eq!(
        cloud.store("GET", "box/dir/a.txt").body,
        b"0xyz456789ABCDEFGHIJKLMNOPQRST"
    );
    let truncated = home
        .run(&args(
            &["file", "truncate", "/box/dir/a.txt", "--size-in-bytes", "5"],
            true,
        ))
        .json();
    assert_eq!(truncated["bytes"], 5);
    assert_eq!(cloud.store("GET", "box/dir/a.txt").body, b"0xyz4");

    // copy and move, also across containers; conflicts need -f.
    home.run(&["container", "create", "other"]).ok();
    let table = home
        .run(&["file", "copy", "/box/dir/a.txt", "/other/b.txt"])
        .ok();
    assert!(table.contains("/other/b.txt"), "{table}");
    assert_eq!(cloud.store("GET", "other/b.txt").body, b"0xyz4");
    let run = home
        .run(&["file", "copy", "/box/dir/a.txt", "/other/b.txt"])
        .fails(1);
    assert!(
        run.stderr.contains("Destination object exists"),
        "{}",
        run.stderr
    );
    let moved = home
        .run(&args(
            &["file", "move", "/other/b.txt", "/box/moved.txt"],
            true,
        ))
        .json();
    assert_eq!(moved["destination"], "/box/moved.txt");
    assert_eq!(cloud.store("HEAD", "other/b.txt").status, 404);
    assert_eq!(cloud.store("GET", "box/moved.txt").body, b"0xyz4");
    let run = home
        .run(&["file", "copy", "/box/dir", "/other/dir"])
        .fails(2);
    assert!(
        run.stderr.contains("application/directory"),
        "{}",
        run.stderr
    );
    home.run(&["file", "copy", "-r", "/box/dir", "/other/dir"])
        .ok();
    assert_eq!(cloud.store("GET", "other/dir/a.txt").body, b"0xyz4");

    // delete: one object; a directory with -r; dry run sends nothing.
    let dry = home
        .run(&["file", "delete", "/box/moved.txt", "--dry-run"])
        .ok();
    assert_eq!(dry.matches("DELETE ").count(), 1, "{dry}");
    assert_eq!(cloud.store("HEAD", "box/moved.txt").status, 200);
    home.run(&["file", "delete", "-y", "/box/moved.txt"]).ok();
    assert_eq!(cloud.store("HEAD", "box/moved.txt").status, 404);
    let run = home.run(&["file", "delete", "/box/dir"]).fails(1);
    assert!(run.stderr.contains("Aborted"), "{}", run.stderr);
    assert_eq!(cloud.store("HEAD", "box/dir").status, 200);
    let deleted = home
        .run(&args(&["file", "delete", "-r", "-y", "/box/dir"], true))
        .json();
    assert_eq!(deleted["deleted"], true);
    assert_eq!(cloud.store("HEAD", "box/dir").status, 404);
    assert_eq!(cloud.store("HEAD", "box/dir/a.txt").status, 404);
    // A directory with no marker object (only a common prefix) goes too.
    home.run(&["file", "create", "/box/virtual/x"]).ok();
    home.run(&["file", "create", "/box/virtual/y/z"]).ok();
    assert_eq!(cloud.store("HEAD", "box/virtual").status, 404);
    home.run(&["file", "delete", "-r", "-y", "/box/virtual"])
        .ok();
    assert_eq!(cloud.store("HEAD", "box/virtual/x").status, 404);
    assert_eq!(cloud.store("HEAD", "box/virtual/y/z").status, 404);
    // Without a path: empty the container.
    home.run(&["file", "delete", "-y", "/other"]).ok();
    let listing = cloud.store("GET", "other?format=json");
    assert!(
        listing.body.is_empty() || listing.body == b"[]",
        "{listing:?}"
    );

    // Errors name what is missing and what to run next.
    let run = home.run(&["file", "info", "/box/nothing"]).fails(1);
    assert!(
        run.stderr
            .contains("No object \"nothing\" in container \"box\""),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("kamaki file list /box"),
        "{}",
        run.stderr
    );
    let run = home.run(&["file", "list", "/nobox"]).fails(1);
    assert!(
        run.stderr.contains("Container \"nobox\" does not exist"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("kamaki container list"),
        "{}",
        run.stderr
    );
    let run = home.run(&["file", "info", "/"]).fails(2);
    assert!(
        run.stderr.contains("Invalid or incomplete location"),
        "{}",
        run.stderr
    );
}

#[test]
fn recursive_upload_and_download_of_a_tree() {
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);
    small_block_container(&home, &cloud, "t");
    let tree = home.path.join("tree");
    std::fs::create_dir_all(tree.join("sub/deeper")).unwrap();
    std::fs::write(tree.join("one.bin"), noise(40, 1)).unwrap();
    std::fs::write(tree.join("sub/two.bin"), noise(3, 2)).unwrap();
    std::fs::write(tree.join("sub/deeper/three.bin"), b"").unwrap();
    let run = home
        .run(&["file", "upload", tree.to_str().unwrap(), "/t/"])
        .fails(2);
    assert!(run.stderr.contains("Use -r"), "{}", run.stderr);
    let up = home
        .run(&args(
            &["file", "upload", "-r", tree.to_str().unwrap(), "/t/"],
            true,
        ))
        .json();
    assert_eq!(up["files"], 3);
    assert_eq!(cloud.store("GET", "t/tree/sub/two.bin").body, noise(3, 2));
    assert_eq!(
        cloud
            .store("HEAD", "t/tree/sub/deeper")
            .header("content-type"),
        Some("application/directory")
    );
    // Again without -f: refused, listing what exists.
    let run = home
        .run(&["file", "upload", "-r", tree.to_str().unwrap(), "/t/"])
        .fails(1);
    assert!(run.stderr.contains("-f"), "{}", run.stderr);

    // A trailing / puts the contents at the remote path itself (as kamaki).
    home.run(&["container", "create", "flat"]).ok();
    let contents = format!("{}/", tree.to_str().unwrap());
    home.run(&["file", "upload", "-r", &contents, "/flat"]).ok();
    assert_eq!(cloud.store("GET", "flat/sub/two.bin").body, noise(3, 2));
    assert_eq!(cloud.store("HEAD", "flat/tree").status, 404);
    let run = home
        .run(&["file", "upload", "-r", &contents, "/flat"])
        .fails(1);
    assert!(run.stderr.contains("already exist"), "{}", run.stderr);

    let run = home.run(&["file", "download", "/t/tree"]).fails(2);
    assert!(run.stderr.contains("is a directory"), "{}", run.stderr);
    let out = home.path.join("restored");
    let down = home
        .run(&args(
            &["file", "download", "-r", "/t/tree", out.to_str().unwrap()],
            true,
        ))
        .json();
    assert_eq!(down["files"], 3);
    assert_eq!(std::fs::read(out.join("one.bin")).unwrap(), noise(40, 1));
    assert_eq!(
        std::fs::read(out.join("sub/deeper/three.bin")).unwrap(),
        b""
    );
    // Into an existing directory: under the remote name (as cp -r).
    let into = home.path.join("into");
    std::fs::create_dir(&into).unwrap();
    home.run(&[
        "file",
        "download",
        "-r",
        "/t/tree/sub",
        into.to_str().unwrap(),
    ])
    .ok();
    assert_eq!(
        std::fs::read(into.join("sub/two.bin")).unwrap(),
        noise(3, 2)
    );
    // Again: refused without -f (files are there); with -f it resumes.
    let run = home
        .run(&[
            "file",
            "download",
            "-r",
            "/t/tree/sub",
            into.to_str().unwrap(),
        ])
        .fails(1);
    assert!(run.stderr.contains("Cannot overwrite"), "{}", run.stderr);
    home.run(&[
        "file",
        "download",
        "-r",
        "-f",
        "/t/tree/sub",
        into.to_str().unwrap(),
    ])
    .ok();
    assert_eq!(
        std::fs::read(into.join("sub/two.bin")).unwrap(),
        noise(3, 2)
    );
}

#[test]
fn segment_size_is_refused_on_pithos_before_any_request() {
    let cloud = Cloud::start();
    let home = Home::with_cloud(&cloud);
    home.run(&["container", "create", "seg"]).ok();
    let local = home.path.join("s.bin");
    std::fs::write(&local, noise(100, 3)).unwrap();
    let run = home
        .run(&[
            "file",
            "upload",
            "--segment-size",
            "1MiB",
            local.to_str().unwrap(),
            "/seg/s.bin",
        ])
        .fails(2);
    assert!(
        run.stderr.contains("--segment-size is for OpenStack Swift"),
        "{}",
        run.stderr
    );
    assert_eq!(
        cloud.store("HEAD", "seg/s.bin").status,
        404,
        "nothing was uploaded"
    );
}
