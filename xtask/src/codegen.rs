//! `cargo xtask codegen [--check]`: the CLI reference (`docs/cli/reference.md`),
//! man pages (`docs/man/`) and shell completions (`docs/completions/`),
//! generated from kamaki's clap tree.
//!
//! The generation itself is a hidden `kamaki __codegen DIR` command: the
//! clap tree lives in the binary, and xtask stays free of dependencies (it
//! would otherwise need clap, clap_complete, clap_mangen and cloud-cli).
//! `--check` (run by `cargo xtask ci`) generates into a temporary directory
//! and fails, naming the files, when docs/ differs.

use std::path::{Path, PathBuf};

use crate::Failure;
use crate::process;

/// The generated directories under docs/.
const GENERATED: &[&str] = &["cli", "man", "completions"];

/// Runs `cargo xtask codegen [--check]`.
pub(crate) fn run(args: &[String]) -> Result<(), Failure> {
    let check = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => {
            return Err(Failure::Usage(
                "usage: cargo xtask codegen [--check]".to_owned(),
            ));
        }
    };
    let docs = process::workspace_root().join("docs");
    if check {
        check_fresh(&docs).map_err(Failure::Failed)
    } else {
        generate(&docs).map_err(Failure::Failed)?;
        println!("    generated docs/cli, docs/man and docs/completions");
        Ok(())
    }
}

/// Runs `kamaki __codegen DIR`.
fn generate(dir: &Path) -> Result<(), String> {
    let dir_text = dir.to_string_lossy().into_owned();
    let mut command = process::cargo_command(&[
        "run",
        "--quiet",
        "--locked",
        "-p",
        "cloud-cli",
        "--bin",
        "kamaki",
        "--",
        "__codegen",
        &dir_text,
    ]);
    let shown = process::display(&command);
    println!("    $ {shown}");
    let status = command
        .status()
        .map_err(|e| format!("could not run `{shown}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// Every file under `dir`, relative to it, sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(rel) = path.strip_prefix(dir) {
                out.push(rel.to_path_buf());
            }
        }
    }
    out.sort();
    out
}

/// The generated files that differ between two docs/ directories.
fn stale_files(fresh: &Path, docs: &Path) -> Vec<String> {
    let mut stale = Vec::new();
    for sub in GENERATED {
        let (a, b) = (fresh.join(sub), docs.join(sub));
        let mut names = files(&a);
        for name in files(&b) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        for name in names {
            if std::fs::read(a.join(&name)).ok() != std::fs::read(b.join(&name)).ok() {
                stale.push(format!("docs/{sub}/{}", name.display()));
            }
        }
    }
    stale
}

fn check_fresh(docs: &Path) -> Result<(), String> {
    let temp = std::env::temp_dir().join(format!("kamaki-codegen-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&temp);
    let result = generate(&temp).map(|()| stale_files(&temp, docs));
    let _ = std::fs::remove_dir_all(&temp);
    let stale = result?;
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "generated docs are stale ({}); run `cargo xtask codegen` and commit the result",
            stale.join(", ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_are_named() {
        let root = std::env::temp_dir().join(format!("xtask-codegen-test-{}", std::process::id()));
        let (a, b) = (root.join("a"), root.join("b"));
        for d in [&a, &b] {
            std::fs::create_dir_all(d.join("man")).unwrap_or_default();
            std::fs::write(d.join("man/kamaki.1"), "same").unwrap_or_default();
        }
        std::fs::write(a.join("man/kamaki-user.1"), "new").unwrap_or_default();
        assert_eq!(
            stale_files(&a, &b),
            vec!["docs/man/kamaki-user.1".to_owned()]
        );
        let _ = std::fs::remove_dir_all(&root);
    }
}
