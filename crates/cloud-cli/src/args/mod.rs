//! The command line, parsed by clap into plain structs that the command
//! code acts on: `kamaki [global options] <group> <command> [args]`.

pub mod account;
pub mod config;
pub mod pithos;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::output::Format;

/// kamaki: the command-line client for Synnefo and OpenStack clouds.
#[derive(Debug, Parser)]
#[command(
    name = "kamaki",
    version,
    about = "The command-line client for Synnefo and OpenStack clouds",
    long_about = "The command-line client for Synnefo and OpenStack clouds.\n\n\
        With no cloud configured, kamaki uses the built-in `local` cloud (an \
        emulator run in process, data under the user's data directory).\n\n\
        Exit codes: 0 success, 1 API or network error, 2 usage error, \
        3 timeout, 4 configuration error.",
    propagate_version = true,
    infer_subcommands = false,
    disable_help_subcommand = true
)]
pub struct Cli {
    /// Global options.
    #[command(flatten)]
    pub global: Global,
    /// The group and command.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Clone, Args)]
pub struct Global {
    /// Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)
    #[arg(long, visible_alias = "os-cloud", global = true, value_name = "NAME")]
    pub cloud: Option<String>,
    /// Use this config file instead of ~/.kamakirc (must exist)
    #[arg(
        short = 'c',
        long = "config",
        global = true,
        value_name = "CONFIG_FILE"
    )]
    pub config: Option<PathBuf>,
    /// Override a config option for this run only (section defaults to global)
    #[arg(
        short = 'o',
        long = "options",
        global = true,
        value_name = "SECTION.OPTION=VALUE"
    )]
    pub options: Vec<String>,
    /// Debug output: every log line, HTTP at DEBUG
    #[arg(short = 'd', long, global = true)]
    pub debug: bool,
    /// Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)
    #[arg(short = 'v', long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    /// Same as -vv
    #[arg(long = "verbose-with-data", global = true)]
    pub verbose_with_data: bool,
    /// Output format on stdout
    #[arg(
        long = "output-format",
        global = true,
        value_enum,
        value_name = "FORMAT"
    )]
    pub output_format: Option<Format>,
    /// Show only these columns (fields), comma-separated, in this order
    #[arg(long, global = true, value_delimiter = ',', value_name = "COLUMN,...")]
    pub columns: Option<Vec<String>>,
    /// Sort lists by this column (numbers numerically, then text)
    #[arg(long = "sort-column", global = true, value_name = "COLUMN")]
    pub sort_column: Option<String>,
    /// Sort in descending order (with --sort-column)
    #[arg(long = "sort-descending", global = true, requires = "sort_column")]
    pub sort_descending: bool,
    /// Skip TLS certificate verification (insecure)
    #[arg(
        short = 'k',
        long = "ignore-ssl",
        visible_alias = "insecure",
        global = true
    )]
    pub ignore_ssl: bool,
    /// Trust the CA certificates in this file too
    #[arg(long = "ca-certs", global = true, value_name = "FILE")]
    pub ca_certs: Option<PathBuf>,
}

/// `-y/--yes` and `--dry-run`, on commands that change things.
#[derive(Debug, Clone, Default, Args)]
pub struct Change {
    /// Do not ask for confirmation
    #[arg(short = 'y', long)]
    pub yes: bool,
    /// Print the HTTP requests that would change things (redacted) and send none of them
    #[arg(long = "dry-run")]
    pub dry_run: bool,
}

/// The command groups.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Astakos/Identity API: the session users
    #[command(subcommand)]
    User(account::User),
    /// Astakos project API
    #[command(subcommand)]
    Project(account::Project),
    /// Astakos project membership API
    #[command(subcommand)]
    Membership(account::Membership),
    /// Astakos/Account API quotas
    #[command(subcommand)]
    Quota(account::Quota),
    /// Astakos/Account API resources
    #[command(subcommand)]
    Resource(account::Resource),
    /// Astakos commissions (special privileges required)
    #[command(subcommand)]
    Commission(account::Commission),
    /// Astakos endpoints of the service catalog
    #[command(subcommand)]
    Endpoint(account::Endpoint),
    /// Astakos services (service token required for some commands)
    #[command(subcommand)]
    Service(account::Service),
    /// Pithos+/Storage object level API commands
    File(pithos::FileGroup),
    /// Pithos+/Storage container level API commands
    #[command(subcommand)]
    Container(pithos::Container),
    /// Pithos+/Storage user groups
    #[command(subcommand)]
    Group(pithos::Group),
    /// Pithos+/Storage accounts that share with the current user
    #[command(subcommand)]
    Sharer(pithos::Sharer),
    /// Kamaki configurations
    #[command(subcommand)]
    Config(config::ConfigCmd),
    /// Write the CLI reference, man pages and completions (used by `cargo xtask codegen`)
    #[command(name = "__codegen", hide = true)]
    Codegen {
        /// The docs/ directory to write into
        dir: PathBuf,
    },
}
