//! `cargo xtask`: the workspace's own automation, written in Rust so that it
//! runs the same way on every machine with nothing but a Rust toolchain.
//!
//! `cargo xtask` is an alias (see `.cargo/config.toml`) for
//! `cargo run --quiet --package xtask --`. This file only dispatches; each
//! subcommand lives in its own module.

mod bench;
mod ci;
mod codegen;
mod process;
mod realcloud;
mod startup;
mod tally;
mod tools;

use std::ffi::OsString;
use std::process::ExitCode;

/// The subcommands `cargo xtask` knows, with the one-line summary `help`
/// prints, in the order `help` lists them.
const COMMANDS: &[(&str, &str)] = &[
    (
        "ci",
        "run every check CI runs: fmt, clippy, tests, doctests, docs, cargo-deny, realcloud",
    ),
    (
        "codegen",
        "generate the CLI reference, man pages and completions in docs/ (--check: fail if stale)",
    ),
    (
        "bench",
        "run the benchmark suites in release mode and record them in docs/benchmarks.md",
    ),
    (
        "realcloud",
        "up|down|test: real Keystone, Swift and Glance on 127.0.0.1 and the conformance tests",
    ),
    ("help", "print this help"),
];

/// Why a subcommand did not succeed; decides the process exit code.
#[derive(Debug)]
pub(crate) enum Failure {
    /// The command line (or an `XTASK_*` variable) was wrong: exit code 2.
    Usage(String),
    /// A check failed or a tool could not be run: exit code 1.
    Failed(String),
}

fn main() -> ExitCode {
    let result = parse_args(std::env::args_os().skip(1)).and_then(|args| dispatch(&args));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(message)) => {
            eprintln!("error: {message}");
            eprintln!("run `cargo xtask help` for usage");
            ExitCode::from(2)
        }
        Err(Failure::Failed(message)) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Turns the raw arguments into strings; xtask takes no paths, so an argument
/// that is not UTF-8 is a usage error rather than something to carry along.
fn parse_args(raw: impl Iterator<Item = OsString>) -> Result<Vec<String>, Failure> {
    raw.map(|arg| {
        arg.into_string()
            .map_err(|bad| Failure::Usage(format!("argument {bad:?} is not valid UTF-8")))
    })
    .collect()
}

/// Runs the subcommand named by the first argument.
fn dispatch(args: &[String]) -> Result<(), Failure> {
    let Some((command, rest)) = args.split_first() else {
        print_help();
        return Err(Failure::Usage("no command given".to_owned()));
    };
    match command.as_str() {
        "ci" => ci::run(rest),
        "codegen" => codegen::run(rest),
        "bench" => bench::run(rest),
        "realcloud" => realcloud::run(rest),
        "help" | "-h" | "--help" => {
            print_help();
            Ok(())
        }
        other => Err(Failure::Usage(format!(
            "unknown command `{other}`; available commands: {}",
            COMMANDS
                .iter()
                .map(|(name, _)| *name)
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// Prints the top-level usage text to stdout.
fn print_help() {
    println!("cargo xtask <command> [options]");
    println!();
    println!("Commands:");
    for (name, summary) in COMMANDS {
        println!("    {name:<11}{summary}");
    }
    println!();
    println!("Run `cargo xtask <command> --help` for a command's options.");
}
