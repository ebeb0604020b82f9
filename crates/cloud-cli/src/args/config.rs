//! `kamaki config …`: get, set, delete and list options.

use clap::Subcommand;

/// kamaki's explanation of option names, shown by `config get|set --help`.
const ABOUT_OPTIONS: &str = "About options:
. syntax: [group.]option
. example: global.log_file
. special case: <option> is equivalent to global.<option>
. configuration file syntax:
.   [group]
.   option=value
.   (more options can be set per group)
. special case: named clouds.
. example: cloud.demo.url
. E.g. for a cloud \"demo\":
.   [cloud \"demo\"]
.   url = <http://single/authentication/url/for/demo/site>
.   token = <auth_token_from_demo_site>";

/// The `config` commands.
#[derive(Debug, Subcommand)]
pub enum ConfigCmd {
    /// Show a configuration option: [SECTION.]OPTION, cloud.NAME or cloud
    #[command(after_long_help = ABOUT_OPTIONS)]
    Get {
        /// e.g. default_cloud, global.colors, cloud.demo.url, cloud.demo, cloud
        option: String,
    },
    /// Set a configuration option in the config file (other lines are kept)
    #[command(after_long_help = ABOUT_OPTIONS)]
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
    #[command(
        after_long_help = "FAQ:\n  Q: I haven't set any options!\n  A: Defaults are used (override with kamaki config set)\n  Q: There are more options than I have set\n  A: Default options remain if not explicitly replaced or deleted\n  Q: Where does a value come from?\n  A: kamaki config list --explain"
    )]
    List {
        /// Show where each value comes from (flag, environment, file:line, default)
        #[arg(long)]
        explain: bool,
    },
}
