//! `kamaki`: the command-line client for Synnefo and OpenStack clouds.
//!
//! Thin over the `cloud-*` crates: [`args`] parses the command line into
//! plain structs, [`config`] reads the configuration, [`commands`] call the
//! libraries, [`output`] prints, [`errors`] decides messages and exit codes.
//! See `docs/cli/` for the reference.

mod args;
mod codegen;
mod commands;
mod config;
mod dry_run;
mod errors;
mod local_cloud;
mod output;
mod progress;
mod session;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

use crate::args::{Cli, Command, Global};
use crate::commands::Ctx;
use crate::config::{Config, Env, Section};
use crate::errors::{CliError, CliResult, EXIT_USAGE};
use crate::output::{Data, Format, Printer};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return clap_error(&e),
    };
    let env = |name: &str| std::env::var(name).ok();
    match run(cli, &env) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            e.print();
            ExitCode::from(e.exit_code())
        }
    }
}

/// A usage error from clap: one line of cause, the hints clap offers, exit 2.
/// `--help` and `--version` print and exit 0.
fn clap_error(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // A group without a command: its help (on stderr), then the cause.
            eprint!("{}", e.render());
            eprintln!("kamaki: a command is required");
            return ExitCode::from(EXIT_USAGE);
        }
        _ => {}
    }
    let text = e.render().to_string();
    let mut lines = text.lines().filter(|l| !l.trim().is_empty()).peekable();
    let mut cause = lines
        .next()
        .unwrap_or("invalid arguments")
        .trim_start_matches("error: ")
        .to_owned();
    // "the following required arguments were not provided:" lists them
    // indented below: keep them on the cause line.
    if cause.ends_with(':') {
        let mut listed = Vec::new();
        while let Some(line) = lines.next_if(|l| l.starts_with("  ")) {
            listed.push(line.trim().to_owned());
        }
        cause = format!("{} {}", cause, listed.join(", "));
    }
    let mut err = CliError::usage(cause);
    for line in lines {
        err = err.hint(line.trim());
    }
    if e.kind() == ErrorKind::InvalidSubcommand
        && text.contains("Usage: kamaki [OPTIONS] <COMMAND>")
    {
        let groups: Vec<String> = <Cli as clap::CommandFactory>::command()
            .get_subcommands()
            .filter(|c| !c.is_hide_set())
            .map(|c| c.get_name().to_owned())
            .collect();
        err = err.hint(format!("Command groups: {}", groups.join(", ")));
    }
    err.print();
    ExitCode::from(EXIT_USAGE)
}

fn init_logging(global: &Global) {
    use tracing_subscriber::filter::{LevelFilter, Targets};
    use tracing_subscriber::prelude::*;
    let verbose = if global.verbose_with_data {
        2
    } else {
        global.verbose
    };
    if verbose == 0 && !global.debug {
        return;
    }
    let http_level = match verbose {
        0 | 1 => LevelFilter::DEBUG,
        _ => LevelFilter::TRACE,
    };
    let mut targets = Targets::new().with_target("cloud_core", http_level);
    if global.debug {
        targets = targets.with_default(LevelFilter::DEBUG);
    }
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(global.debug)
        .without_time();
    let _ = tracing_subscriber::registry()
        .with(layer.with_filter(targets))
        .try_init();
}

fn printer(global: &Global, config: &Config, env: &Env) -> Printer {
    let colors_off = config
        .get(&Section::Global, "colors")
        .is_some_and(|s| s.source != config::Source::Default && s.value == "off");
    Printer {
        format: global.output_format.unwrap_or(Format::Table),
        columns: global.columns.clone(),
        color: std::io::stdout().is_terminal() && env("NO_COLOR").is_none() && !colors_off,
        sort: global
            .sort_column
            .clone()
            .map(|column| (column, global.sort_descending)),
    }
}

fn run(cli: Cli, env: &Env) -> CliResult {
    if let Command::Codegen { dir } = &cli.command {
        return codegen::write_all(dir);
    }
    init_logging(&cli.global);
    let overrides = cli
        .global
        .options
        .iter()
        .map(|o| config::parse_override(o))
        .collect::<CliResult<Vec<_>>>()?;
    let config = Config::load(cli.global.config.as_deref(), overrides, env)?;
    let printer = printer(&cli.global, &config, env);
    let mut ctx = Ctx {
        global: &cli.global,
        config,
        env,
    };
    let data = match cli.command {
        Command::Config(cmd) => commands::config::run(&mut ctx, cmd)?,
        Command::Codegen { .. } => Data::None,
        command => {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| CliError::api(format!("cannot start the async runtime: {e}")))?;
            runtime.block_on(async {
                let work = std::pin::pin!(dispatch(&mut ctx, command));
                let interrupt = std::pin::pin!(tokio::signal::ctrl_c());
                match futures_util::future::select(work, interrupt).await {
                    futures_util::future::Either::Left((result, _)) => result,
                    futures_util::future::Either::Right(_) => Err(CliError::new(
                        errors::Kind::Interrupted,
                        "Canceled by user",
                    )
                    .hint("Nothing more was sent; a request already sent may still complete on the server")),
                }
            })?
        }
    };
    let text = printer.render(&data);
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth a message.
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
    Ok(())
}

async fn dispatch(ctx: &mut Ctx<'_>, command: Command) -> CliResult<Data> {
    match command {
        Command::User(cmd) => commands::user::run(ctx, cmd).await,
        Command::Project(cmd) => commands::project::run(ctx, cmd).await,
        Command::Membership(cmd) => commands::project::membership(ctx, cmd).await,
        Command::Quota(cmd) => commands::account::quota(ctx, cmd).await,
        Command::Resource(cmd) => commands::account::resource(ctx, cmd).await,
        Command::Commission(cmd) => commands::commission::run(ctx, cmd).await,
        Command::Endpoint(cmd) => commands::account::endpoint(ctx, cmd).await,
        Command::Service(cmd) => commands::account::service(ctx, cmd).await,
        Command::File(group) => commands::file::run(ctx, group.command, &group.place).await,
        Command::Container(cmd) => commands::container::run(ctx, cmd).await,
        Command::Group(cmd) => commands::group::group(ctx, cmd).await,
        Command::Sharer(cmd) => commands::group::sharer(ctx, cmd).await,
        Command::Config(_) | Command::Codegen { .. } => Ok(Data::None),
    }
}
