//! What a failed command prints and the exit code it returns.
//!
//! Every failure becomes a [`CliError`]: one line naming the cause, then
//! hint lines (`|  …`, as kamaki prints details) saying what to run next.
//! Nothing panics and no backtrace is printed.
//!
//! | code | meaning |
//! | --- | --- |
//! | 0 | success |
//! | 1 | the cloud refused or failed the request (API error), or it could not be reached |
//! | 2 | usage error: unknown group or command, missing or malformed argument, malformed `-o`, a Pithos+ feature asked of a cloud whose storage is OpenStack Swift |
//! | 3 | timeout: connecting, the request, or a wait took too long |
//! | 4 | configuration error: unreadable or broken config file, unknown cloud, missing URL or token |
//! | 130 | interrupted (Ctrl-C): `Canceled by user` |

use std::fmt;

use cloud_core::{Error, ErrorKind};

/// Exit code of a usage error.
pub const EXIT_USAGE: u8 = 2;
/// Exit code of an API or network error.
pub const EXIT_API: u8 = 1;
/// Exit code of a timeout.
pub const EXIT_TIMEOUT: u8 = 3;
/// Exit code of a configuration error.
pub const EXIT_CONFIG: u8 = 4;
/// Exit code after Ctrl-C (128 + SIGINT, as shells report it).
pub const EXIT_INTERRUPTED: u8 = 130;

/// The kind of failure, which decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Bad arguments (exit 2).
    Usage,
    /// The server refused or failed, or could not be reached (exit 1).
    Api,
    /// Something took too long (exit 3).
    Timeout,
    /// The configuration is missing, unreadable or broken (exit 4).
    Config,
    /// Ctrl-C (exit 130).
    Interrupted,
}

/// A failure as the user sees it: a cause and hints.
#[derive(Debug, Clone)]
pub struct CliError {
    /// Decides the exit code.
    pub kind: Kind,
    /// One line: what went wrong.
    pub message: String,
    /// What to run or check next, one per line.
    pub hints: Vec<String>,
}

impl CliError {
    /// A failure of this kind with no hints yet.
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        CliError {
            kind,
            message: one_line(&message.into()),
            hints: Vec::new(),
        }
    }

    /// A usage error.
    pub fn usage(message: impl Into<String>) -> Self {
        CliError::new(Kind::Usage, message)
    }

    /// A configuration error.
    pub fn config(message: impl Into<String>) -> Self {
        CliError::new(Kind::Config, message)
    }

    /// An API (or other runtime) error.
    pub fn api(message: impl Into<String>) -> Self {
        CliError::new(Kind::Api, message)
    }

    /// Adds a hint line.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// The process exit code.
    pub fn exit_code(&self) -> u8 {
        match self.kind {
            Kind::Usage => EXIT_USAGE,
            Kind::Api => EXIT_API,
            Kind::Timeout => EXIT_TIMEOUT,
            Kind::Config => EXIT_CONFIG,
            Kind::Interrupted => EXIT_INTERRUPTED,
        }
    }

    /// Turns a library error into what the user sees, with the hints kamaki
    /// gives for it. `cloud` names the cloud in the hints.
    pub fn from_library(error: &Error, cloud: &str) -> Self {
        let message = error.to_string();
        match error {
            Error::Timeout { .. } | Error::WaitTimeout { .. } => {
                CliError::new(Kind::Timeout, message)
                    .hint("Check the network and that the cloud answers, then try again")
            }
            Error::Transport { .. } => CliError::api(message)
                .hint(format!(
                    "Check the cloud's URL: kamaki config get cloud.{cloud}.url"
                ))
                .hint(format!(
                    "To set it: kamaki config set cloud.{cloud}.url https://accounts.example.org/identity/v2.0"
                )),
            Error::Config { message, hint } => CliError::config(message.clone()).hint(hint.clone()),
            Error::NoEndpoint { wanted, .. } if wanted.starts_with("account ") => {
                // Quotas, projects, user names…: Astakos' account service.
                CliError::api(message)
                    .hint(format!(
                        "This command needs a Synnefo cloud (Astakos' account service); cloud \"{cloud}\" has none, as OpenStack Keystone clouds do not"
                    ))
                    .hint("To see what the cloud offers: kamaki endpoint list")
            }
            Error::NoEndpoint { .. } => CliError::api(message)
                .hint("To see what the cloud offers: kamaki endpoint list"),
            Error::Api(api) => {
                // The message ends with "(404 not found; GET url …)".
                let mut e = CliError::api(message.clone());
                match api.kind {
                    ErrorKind::Unauthorized | ErrorKind::NotFound
                        if api.url.ends_with("/auth/tokens") =>
                    {
                        // Keystone v3 refused a login (password, application
                        // credential or token). An unknown application
                        // credential is a 404 there, not a 401.
                        e.message = format!("Authorization failed: {message}");
                        e = e
                            .hint("Check the user, its domain, the project and the password (OS_PASSWORD, clouds.yaml/secure.yaml auth.password), the application credential id and secret, or the token (OS_TOKEN, auth.token)")
                            .hint("To see the settings in use (secrets masked): kamaki config list");
                    }
                    ErrorKind::Unauthorized => {
                        e.message = format!("Authorization failed: {message}");
                        e = e
                            .hint("To check if the token is valid: kamaki user authenticate")
                            .hint(format!(
                                "To set a token: kamaki config set cloud.{cloud}.token NEW_TOKEN"
                            ))
                            .hint(format!(
                                "To get the current token: kamaki config get cloud.{cloud}.token"
                            ));
                    }
                    ErrorKind::Forbidden => {
                        e = e.hint("Insufficient permissions for this action");
                    }
                    _ => {}
                }
                e
            }
            _ => CliError::api(message),
        }
    }

    /// Prints the error on stderr (the cause in red only on a terminal,
    /// and not with `NO_COLOR`).
    pub fn print(&self) {
        use std::io::{IsTerminal, Write};
        let mut text = self.to_string();
        if std::io::stderr().is_terminal()
            && std::env::var_os("NO_COLOR").is_none()
            && let Some(end) = text.find('\n')
        {
            text = format!("\x1b[31m{}\x1b[0m{}", &text[..end], &text[end..]);
        }
        // Not eprint!: a closed stderr must not panic.
        let _ = std::io::stderr().write_all(text.as_bytes());
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "kamaki: {}", self.message)?;
        for hint in &self.hints {
            writeln!(f, "|  {hint}")?;
        }
        Ok(())
    }
}

/// The first line of a message (server messages can carry tracebacks).
fn one_line(message: &str) -> String {
    message
        .lines()
        .next()
        .unwrap_or_default()
        .trim_end()
        .to_owned()
}

/// A command's result.
pub type CliResult<T = ()> = Result<T, CliError>;
