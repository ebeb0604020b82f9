//! `kamaki`: the command-line client for Synnefo and OpenStack clouds.
//!
//! The command groups (user, project, file, server, …) are being built on the
//! `cloud-*` crates; this binary answers `--version` and `--help` until then.

use std::process::ExitCode;

const USAGE: &str = "usage: kamaki [--version | --help]

kamaki is the command-line client for Synnefo and OpenStack clouds.
The command groups (user, project, file, container, server, …) arrive
with the next releases; see the README.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--version" | "-V") => {
            println!("kamaki {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        None | Some("--help" | "-h") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("kamaki: unknown argument `{other}`\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
