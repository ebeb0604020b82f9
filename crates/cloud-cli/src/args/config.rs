//! `kamaki config …`: get, set, delete and list options.

use clap::Subcommand;

/// The `config` commands.
#[derive(Debug, Subcommand)]
pub enum ConfigCmd {
    /// Show a configuration option: [SECTION.]OPTION, cloud.NAME or cloud
    Get {
        /// e.g. default_cloud, global.colors, cloud.demo.url, cloud.demo, cloud
        option: String,
    },
    /// Set a configuration option in the config file (other lines are kept)
    Set {
        /// e.g. default_cloud, cloud.demo.url
        option: String,
        /// The new value
        value: String,
    },
    /// Delete a configuration option from the config file
    Delete {
        /// e.g. cloud.demo.token
        option: String,
        /// Also forget a default value for this session (kamaki compatibility; defaults live in code)
        #[arg(long)]
        default: bool,
    },
    /// List all configuration options (secrets masked)
    List {
        /// Show where each value comes from (flag, environment, file:line, default)
        #[arg(long)]
        explain: bool,
    },
}
