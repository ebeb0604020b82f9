//! From the configuration to working clients: which cloud, its URL and
//! tokens, TLS, the connector (HTTP, or the in-process local cloud), and
//! the identity session cached on disk between runs.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use cloud_core::connector::HttpConnectorService;
use cloud_core::{RetryPolicy, TlsOptions, Transport, TransportBuilder};
use cloud_identity::{AstakosClient, CachedAstakosClient, DiskCache};

use crate::args::Global;
use crate::config::{Config, Env, LOCAL_CLOUD, Section, Setting, Source};
use crate::dry_run::DryRun;
use crate::errors::{CliError, CliResult};
use crate::local_cloud::{self, LocalCloud};

/// How requests reach the cloud.
#[derive(Debug, Clone)]
pub enum Connector {
    /// HTTP(S) with these TLS options and (connect, request) timeouts.
    Http(TlsOptions, (Duration, Duration)),
    /// The built-in local cloud, in process.
    Local(Box<LocalCloud>),
}

impl Connector {
    /// A transport builder over this connector (wrapped for a dry run).
    pub fn builder(&self, dry_run: bool) -> CliResult<TransportBuilder> {
        // A dry run's stop must not be retried (it would print each request
        // once per attempt); its reads need no retries either.
        let retry = RetryPolicy::default()
            .max_attempts(if dry_run { 1 } else { 3 })
            .backoff(Duration::from_millis(200), Duration::from_secs(2))
            .max_elapsed(Duration::from_secs(30));
        let (connect, request) = match self {
            Connector::Http(_, timeouts) => *timeouts,
            Connector::Local(_) => (Duration::from_secs(10), Duration::from_secs(120)),
        };
        let base = Transport::builder().retry(retry).timeouts(connect, request);
        let builder = match (self, dry_run) {
            (Connector::Http(tls, _), false) => base.tls(tls.clone()),
            (Connector::Http(tls, _), true) => {
                let http = HttpConnectorService::new(tls, Some(connect))
                    .map_err(|e| CliError::from_library(&e, "NAME"))?;
                base.service(DryRun::new(http))
            }
            (Connector::Local(local), false) => base.service(local.emulator.service()),
            (Connector::Local(local), true) => base.service(DryRun::new(local.emulator.service())),
        };
        Ok(builder)
    }
}

/// The cloud a command talks to.
#[derive(Debug, Clone)]
pub struct Cloud {
    /// Its name.
    pub name: String,
    /// Why it was chosen.
    pub chosen_by: Source,
    /// The identity (authentication) URL.
    pub url: String,
    /// The tokens, first = current user.
    pub tokens: Vec<String>,
    /// How to reach it.
    pub connector: Connector,
}

fn tls_options(global: &Global, config: &Config) -> TlsOptions {
    let mut tls = TlsOptions::default();
    let ignore = global.ignore_ssl
        || config.get(&Section::Global, "ignore_ssl").is_some_and(|s| {
            matches!(
                s.value.to_ascii_lowercase().as_str(),
                "on" | "true" | "yes" | "1"
            )
        });
    if ignore {
        eprintln!(
            "kamaki: warning: TLS certificates are not verified (--ignore-ssl / ignore_ssl on)"
        );
        tls = tls.insecure(true);
    }
    let ca = global.ca_certs.clone().or_else(|| {
        config
            .get(&Section::Global, "ca_certs")
            .filter(|s| !s.value.is_empty())
            .map(|s| PathBuf::from(s.value))
    });
    if let Some(ca) = ca {
        tls = tls.extra_ca_file(ca);
    }
    tls
}

/// `global.connect_timeout` and `global.request_timeout`, in seconds
/// (defaults 10 and 120).
fn timeouts(config: &Config) -> CliResult<(Duration, Duration)> {
    let read = |key: &str, default: f64| -> CliResult<Duration> {
        match config.get(&Section::Global, key) {
            Some(s) if !s.value.is_empty() => s
                .value
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && *v > 0.0)
                .map(Duration::from_secs_f64)
                .ok_or_else(|| {
                    CliError::config(format!(
                        "{key} = `{}` ({}) is not a number of seconds",
                        s.value, s.source
                    ))
                    .hint(format!("For example: kamaki config set {key} 30"))
                }),
            _ => Ok(Duration::from_secs_f64(default)),
        }
    };
    Ok((
        read("connect_timeout", 10.0)?,
        read("request_timeout", 120.0)?,
    ))
}

/// Resolves the cloud to use (see [`Config::select_cloud`]).
pub fn resolve(global: &Global, config: &Config, env: &Env) -> CliResult<Cloud> {
    let Setting {
        value: name,
        source,
    } = config.select_cloud(global.cloud.as_deref())?;
    let section = Section::Cloud(name.clone());
    let url = config.get(&section, "url");
    let configured = config.cloud_names().contains(&name);
    if source == Source::Builtin
        && config.doc.get("global", "url").is_some()
        && config.doc.get("global", "token").is_some()
    {
        // A file older than kamaki 0.12: url and token in [global].
        return Err(CliError::config(format!(
            "{} is in the pre-0.12 format (url and token in [global])",
            config.path.display()
        ))
        .hint("Move them into a cloud: kamaki config set cloud.default.url URL")
        .hint("                        kamaki config set cloud.default.token TOKEN")
        .hint("then: kamaki config delete global.url; kamaki config delete global.token"));
    }
    if name == LOCAL_CLOUD && url.is_none() {
        let local = local_cloud::open(env)?;
        return Ok(Cloud {
            name,
            chosen_by: source,
            url: local.auth_url.clone(),
            tokens: vec![local.token.clone()],
            connector: Connector::Local(Box::new(local)),
        });
    }
    if !configured {
        return Err(
            CliError::config(format!("No cloud \"{name}\" is configured"))
                .hint(format!("To add it: kamaki config set cloud.{name}.url URL"))
                .hint(format!(
                    "           kamaki config set cloud.{name}.token TOKEN"
                ))
                .hint("To see the configured clouds: kamaki config get cloud"),
        );
    }
    let Some(url) = url.filter(|u| !u.value.is_empty()) else {
        return Err(CliError::config(format!(
            "No authentication URL provided for cloud \"{name}\""
        ))
        .hint(format!("To set it: kamaki config set cloud.{name}.url URL")));
    };
    let tokens: Vec<String> = config
        .get(&section, "token")
        .map(|t| t.value.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default();
    if tokens.is_empty() {
        let mut e = CliError::config(format!(
            "No authentication TOKEN provided for cloud \"{name}\""
        ))
        .hint(format!(
            "To set it: kamaki config set cloud.{name}.token TOKEN"
        ));
        if config.get(&section, "auth.password").is_some() {
            e = e.hint(
                "Password authentication (clouds.yaml auth.password, OS_PASSWORD) is not supported \
                 by these commands yet: give auth.token or OS_TOKEN",
            );
        }
        return Err(e);
    }
    Ok(Cloud {
        name,
        chosen_by: source,
        url: url.value,
        tokens,
        connector: Connector::Http(tls_options(global, config), timeouts(config)?),
    })
}

/// The directory of the token cache: `$XDG_CACHE_HOME/kamaki/tokens`
/// (default `~/.cache/kamaki/tokens`).
pub fn token_cache_dir(env: &Env) -> PathBuf {
    match env("XDG_CACHE_HOME") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir).join("kamaki").join("tokens"),
        _ => crate::config::home_dir(env)
            .unwrap_or_default()
            .join(".cache/kamaki/tokens"),
    }
}

/// The identity session of a cloud: every user of its token list, cached.
pub fn identity(cloud: &Cloud, env: &Env, dry_run: bool) -> CliResult<CachedAstakosClient> {
    let auth = cloud
        .connector
        .builder(dry_run)?
        .build()
        .map_err(|e| CliError::from_library(&e, &cloud.name))?;
    let connector = cloud.connector.clone();
    let cached = CachedAstakosClient::with_transports(
        &cloud.url,
        cloud.tokens.first().cloned().unwrap_or_default(),
        auth,
        move |credentials| {
            let builder = connector
                .builder(dry_run)
                .map_err(|e| cloud_core::Error::config(e.message, e.hints.join("; ")))?;
            AstakosClient::from_credentials(credentials, builder)
        },
    );
    Ok(match cloud.connector {
        // The local cloud answers in microseconds: nothing to cache.
        Connector::Local(_) => cached,
        Connector::Http(..) => cached.disk_cache(DiskCache::new(token_cache_dir(env))),
    })
}

/// A client for a component (service) token, for the privileged commands.
pub fn service_client(cloud: &Cloud, token: &str, dry_run: bool) -> CliResult<AstakosClient> {
    let auth = cloud
        .connector
        .builder(false)?
        .build()
        .map_err(|e| CliError::from_library(&e, &cloud.name))?;
    let credentials = Arc::new(cloud_identity::credentials::TokenCredentials::new(
        cloud_identity::credentials::AstakosToken::new(&cloud.url, token.to_owned()),
        auth,
    ));
    AstakosClient::from_credentials(credentials, cloud.connector.builder(dry_run)?)
        .map_err(|e| CliError::from_library(&e, &cloud.name))
}
