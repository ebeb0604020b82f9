//! From the configuration to working clients: which cloud, its URL and
//! tokens, TLS, the connector (HTTP, or the in-process local cloud), and
//! the identity session cached on disk between runs.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use cloud_core::catalog::{EndpointFilter, Interface};
use cloud_core::connector::HttpConnectorService;
use cloud_core::{RetryPolicy, TlsOptions, Transport, TransportBuilder};
use cloud_identity::credentials::{
    AuthMethod, DomainRef, ProjectRef, TokenCredentials, UserRef, V2Password,
    V3ApplicationCredential, V3ExistingToken, V3Password, V3Scope, V3Token,
};
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
    /// A password or application credential to log in with (OpenStack
    /// clouds), when there is no token.
    pub login: Option<Login>,
    /// The catalog region of its endpoints (`region_name`, `OS_REGION_NAME`), any if unset.
    pub region: Option<String>,
    /// The catalog interface of its endpoints (`interface`, `OS_INTERFACE`), public if unset.
    pub interface: Interface,
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
            login: None,
            region: None,
            interface: Interface::Public,
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
    let login = match tokens.first() {
        None => login_of(config, &section, &name, &url.value)?,
        Some(token) => token_login_of(config, &section, &url.value, token),
    };
    if tokens.is_empty() && login.is_none() {
        let mut e = CliError::config(format!(
            "No authentication TOKEN provided for cloud \"{name}\""
        ))
        .hint(format!(
            "To set it: kamaki config set cloud.{name}.token TOKEN"
        ));
        if config.get(&section, "auth_type").is_some() {
            e = e.hint("Or log in with a password: auth.username and auth.password (OS_USERNAME, OS_PASSWORD)");
        }
        return Err(e);
    }
    Ok(Cloud {
        name,
        chosen_by: source,
        url: url.value,
        tokens,
        login,
        region: config
            .get(&section, "region_name")
            .map(|s| s.value)
            .filter(|v| !v.is_empty()),
        interface: interface_of(config, &section)?,
        connector: Connector::Http(tls_options(global, config), timeouts(config)?),
    })
}

/// How an OpenStack cloud logs in when it has no token.
#[derive(Debug, Clone)]
pub enum Login {
    /// Keystone v3 password.
    V3Password(V3Password),
    /// Keystone v3 application credential.
    V3ApplicationCredential(V3ApplicationCredential),
    /// Keystone v2.0 password.
    V2Password(V2Password),
    /// A Keystone v3 token exchanged for one scoped to the configured project.
    V3Token(V3Token),
    /// A Keystone v3 token used as it is (no project configured).
    V3ExistingToken(V3ExistingToken),
}

impl Login {
    /// The identity URL the login goes to.
    pub fn auth_url(&self) -> &str {
        match self {
            Login::V3Password(m) => m.auth_url(),
            Login::V3ApplicationCredential(m) => m.auth_url(),
            Login::V2Password(m) => m.auth_url(),
            Login::V3Token(m) => m.auth_url(),
            Login::V3ExistingToken(m) => m.auth_url(),
        }
    }

    /// The credentials that log in (and refresh) through `transport`.
    fn credentials(&self, transport: Transport) -> TokenCredentials {
        match self.clone() {
            Login::V3Password(m) => TokenCredentials::new(m, transport),
            Login::V3ApplicationCredential(m) => TokenCredentials::new(m, transport),
            Login::V2Password(m) => TokenCredentials::new(m, transport),
            Login::V3Token(m) => TokenCredentials::new(m, transport),
            Login::V3ExistingToken(m) => TokenCredentials::new(m, transport),
        }
    }
}

/// The catalog interface of a cloud (`interface`, `OS_INTERFACE`).
fn interface_of(config: &Config, section: &Section) -> CliResult<Interface> {
    match config
        .get(section, "interface")
        .filter(|s| !s.value.is_empty())
    {
        None => Ok(Interface::Public),
        Some(s) => s.value.parse::<Interface>().map_err(|_| {
            CliError::config(format!(
                "interface = `{}` ({}) is not public, internal or admin",
                s.value, s.source
            ))
            .hint("Set interface (OS_INTERFACE) to public, internal or admin")
        }),
    }
}

/// The URL of a service in the cloud's region and interface, from the
/// catalog of `astakos`'s token.
pub async fn endpoint_url(
    cloud: &Cloud,
    astakos: &AstakosClient,
    service_type: &str,
) -> Result<String, cloud_core::Error> {
    let mut filter = EndpointFilter::new(service_type).interface(cloud.interface);
    if let Some(region) = &cloud.region {
        filter = filter.region(region.clone());
    }
    Ok(astakos.token().await?.catalog.select(&filter)?.url.clone())
}

/// The error of an incomplete OpenStack login: `key` is missing.
fn missing(name: &str, what: &str, key: &str, var: &str) -> CliError {
    CliError::config(format!("Cloud \"{name}\" has {what} but no auth.{key}")).hint(format!(
        "Set it in clouds.yaml (clouds: {name}: auth: {key}: ...) or export {var}"
    ))
}

/// Whether a cloud's identity service is Keystone v3: its URL ends in
/// `/v3`, or `identity_api_version` (`OS_IDENTITY_API_VERSION`) is 3, or
/// its `auth_type` is a v3 one.
fn is_keystone_v3(get: &dyn Fn(&str) -> Option<String>, url: &str) -> bool {
    let version = get("identity_api_version").unwrap_or_default();
    let auth_type = get("auth_type")
        .map(|t| t.to_ascii_lowercase())
        .unwrap_or_default();
    url.trim_end_matches('/').ends_with("/v3")
        || version == "3"
        || version.starts_with("3.")
        || auth_type.starts_with("v3")
}

/// The project scope of a cloud's settings (`auth.project_id`, else
/// `auth.project_name` in its domain).
fn project_scope(get: &dyn Fn(&str) -> Option<String>) -> V3Scope {
    let domain = match (
        get("auth.project_domain_id"),
        get("auth.project_domain_name"),
        get("auth.default_domain_id").or_else(|| get("auth.default_domain")),
    ) {
        (Some(id), _, _) => DomainRef::id(id),
        (None, Some(name), _) => DomainRef::name(name),
        (None, None, Some(id)) => DomainRef::id(id),
        (None, None, None) => DomainRef::id("default"),
    };
    match (get("auth.project_id"), get("auth.project_name")) {
        (Some(id), _) => V3Scope::Project(ProjectRef::id(id)),
        (None, Some(name)) => V3Scope::Project(ProjectRef::name(name, domain)),
        (None, None) => V3Scope::Unscoped,
    }
}

/// How a token cloud on Keystone v3 (`OS_TOKEN`, `auth.token`) uses its
/// token: exchanged for one scoped to the configured project, or as it is
/// when no project is configured. `None` for other clouds (Astakos and
/// Keystone v2.0 tokens are sent as they are, by the identity session).
fn token_login_of(config: &Config, section: &Section, url: &str, token: &str) -> Option<Login> {
    let get = |key: &str| {
        config
            .get(section, key)
            .map(|s| s.value)
            .filter(|v| !v.is_empty())
    };
    if !is_keystone_v3(&get, url) {
        return None;
    }
    Some(match project_scope(&get) {
        V3Scope::Unscoped => Login::V3ExistingToken(V3ExistingToken::new(url, token.to_owned())),
        scope => Login::V3Token(V3Token::new(url, token.to_owned()).scope(scope)),
    })
}

/// The password or application credential login of a cloud's settings
/// (clouds.yaml `auth:` / `OS_*`), `None` if it has neither.
fn login_of(config: &Config, section: &Section, name: &str, url: &str) -> CliResult<Option<Login>> {
    let get = |key: &str| {
        config
            .get(section, key)
            .map(|s| s.value)
            .filter(|v| !v.is_empty())
    };
    let auth_type = get("auth_type").map(|t| t.to_ascii_lowercase());
    let app_cred = get("auth.application_credential_secret").is_some()
        || get("auth.application_credential_id").is_some()
        || get("auth.application_credential_name").is_some();
    let password = get("auth.password");
    let kind = match auth_type.as_deref() {
        Some("v3applicationcredential" | "applicationcredential") => "appcred",
        Some("password" | "v3password" | "v2password") => "password",
        Some(_) => return Ok(None),
        None if password.is_some() => "password",
        None if app_cred => "appcred",
        None => return Ok(None),
    };
    let default_domain = || match (get("auth.default_domain"), get("auth.default_domain_id")) {
        (_, Some(id)) => DomainRef::id(id),
        (Some(d), None) => DomainRef::id(d),
        (None, None) => DomainRef::id("default"),
    };
    let domain = |prefix: &str| match (
        get(&format!("auth.{prefix}_domain_id")),
        get(&format!("auth.{prefix}_domain_name")),
    ) {
        (Some(id), _) => DomainRef::id(id),
        (None, Some(n)) => DomainRef::name(n),
        (None, None) => default_domain(),
    };
    let user = || match (get("auth.user_id"), get("auth.username")) {
        (Some(id), _) => Some(UserRef::id(id)),
        (None, Some(n)) => Some(UserRef::name(n, domain("user"))),
        (None, None) => None,
    };
    if kind == "appcred" {
        let what = "an application credential";
        let Some(secret) = get("auth.application_credential_secret") else {
            return Err(missing(
                name,
                what,
                "application_credential_secret",
                "OS_APPLICATION_CREDENTIAL_SECRET",
            ));
        };
        let method = match (
            get("auth.application_credential_id"),
            get("auth.application_credential_name"),
        ) {
            (Some(id), _) => V3ApplicationCredential::with_id(url, id, secret),
            (None, Some(n)) => {
                let Some(user) = user() else {
                    return Err(missing(
                        name,
                        "an application credential name",
                        "username",
                        "OS_USERNAME",
                    ));
                };
                V3ApplicationCredential::with_name(url, n, user, secret)
            }
            (None, None) => {
                return Err(missing(
                    name,
                    what,
                    "application_credential_id",
                    "OS_APPLICATION_CREDENTIAL_ID",
                ));
            }
        };
        return Ok(Some(Login::V3ApplicationCredential(method)));
    }
    let what = "password authentication";
    let Some(password) = password else {
        return Err(missing(name, what, "password", "OS_PASSWORD"));
    };
    if is_keystone_v3(&get, url) {
        let Some(user) = user() else {
            return Err(missing(name, what, "username", "OS_USERNAME"));
        };
        return Ok(Some(Login::V3Password(
            V3Password::new(url, user, password).scope(project_scope(&get)),
        )));
    }
    let Some(username) = get("auth.username") else {
        return Err(missing(name, what, "username", "OS_USERNAME"));
    };
    let mut method = V2Password::new(url, username, password);
    if let Some(id) = get("auth.project_id").or_else(|| get("auth.tenant_id")) {
        method = method.tenant_id(id);
    } else if let Some(n) = get("auth.project_name").or_else(|| get("auth.tenant_name")) {
        method = method.tenant_name(n);
    }
    Ok(Some(Login::V2Password(method)))
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

/// The key of a password cloud's only session (it has no token of its own).
const LOGIN_SESSION: &str = "(login)";

/// The identity session of a cloud: every user of its token list, cached.
pub fn identity(cloud: &Cloud, env: &Env, dry_run: bool) -> CliResult<CachedAstakosClient> {
    let auth = cloud
        .connector
        .builder(dry_run)?
        .build()
        .map_err(|e| CliError::from_library(&e, &cloud.name))?;
    let connector = cloud.connector.clone();
    if let Some(login) = cloud.login.clone() {
        // The session logs in with the password (or application
        // credential); its token is cached on disk as a token cloud's is.
        let disk = match cloud.connector {
            Connector::Local(_) => None,
            Connector::Http(..) => Some(DiskCache::new(token_cache_dir(env))),
        };
        let url = login.auth_url().to_owned();
        let login_transport = auth.clone();
        return Ok(CachedAstakosClient::with_transports(
            &url,
            LOGIN_SESSION,
            auth,
            move |_| {
                let builder = connector
                    .builder(dry_run)
                    .map_err(|e| cloud_core::Error::config(e.message, e.hints.join("; ")))?;
                let mut credentials = login.credentials(login_transport.clone());
                if let Some(disk) = &disk {
                    credentials = credentials.disk_cache(disk.clone());
                }
                AstakosClient::from_credentials(Arc::new(credentials), builder)
            },
        ));
    }
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
