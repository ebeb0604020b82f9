//! What the storage commands share: the storage session (a [`PithosClient`]
//! on the catalog's `object-store` endpoint), locations
//! (`[[pithos://ACCOUNT]/CONTAINER/]PATH`), dates and sizes as users write
//! them, and the errors with kamaki's hints (PITHOS.md §5.5).

use std::collections::BTreeMap;
use std::fmt;
use std::time::{Duration, SystemTime};

use cloud_core::ErrorKind;
use cloud_identity::CachedAstakosClient;
use cloud_pithos::{PithosClient, TransferError};

use super::Ctx;
use crate::args::pithos::{Conditions, Place};
use crate::config::Section;
use crate::dry_run::is_dry_run_stop;
use crate::errors::{CliError, CliResult};
use crate::session::Cloud;

/// The default container when `cloud.NAME.pithos_container` is not set.
pub const DEFAULT_CONTAINER: &str = "pithos";

/// A remote location: an account, a container and a path in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// Another account (`pithos://UUID/…`), `None` for one's own.
    pub account: Option<String>,
    /// The container.
    pub container: String,
    /// The object path (empty: the container itself).
    pub path: String,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(account) = &self.account {
            write!(f, "pithos://{account}")?;
        }
        write!(f, "/{}", self.container)?;
        if !self.path.is_empty() {
            write!(f, "/{}", self.path)?;
        }
        Ok(())
    }
}

impl Location {
    /// The last path segment (the container name for a container).
    pub fn basename(&self) -> &str {
        let trimmed = self.path.trim_end_matches('/');
        match trimmed.rsplit('/').next() {
            Some(name) if !name.is_empty() => name,
            _ => &self.container,
        }
    }

    /// The same location with another path.
    pub fn with_path(&self, path: impl Into<String>) -> Location {
        Location {
            path: path.into(),
            ..self.clone()
        }
    }
}

/// The usage error of a malformed location.
fn bad_location(text: &str) -> CliError {
    CliError::usage(format!("Invalid or incomplete location {text}"))
        .hint("Location format: [[pithos://UUID]/CONTAINER/]PATH")
}

/// Parses `[[pithos://ACCOUNT]/CONTAINER/]PATH`; `PATH` alone is in
/// `default_container`.
pub fn parse_location(text: &str, default_container: &str) -> CliResult<Location> {
    let (account, rest) = match text.strip_prefix("pithos://") {
        Some(rest) => {
            let (account, rest) = rest.split_once('/').unwrap_or((rest, ""));
            if account.is_empty() {
                return Err(bad_location(text));
            }
            (Some(account.to_owned()), format!("/{rest}"))
        }
        None => (None, text.to_owned()),
    };
    let Some(absolute) = rest.strip_prefix('/') else {
        return Ok(Location {
            account,
            container: default_container.to_owned(),
            path: rest,
        });
    };
    let (container, path) = absolute.split_once('/').unwrap_or((absolute, ""));
    if container.is_empty() {
        return Err(bad_location(text));
    }
    Ok(Location {
        account,
        container: container.to_owned(),
        path: path.to_owned(),
    })
}

/// A container name as given to the container commands.
pub fn container_name(text: &str) -> CliResult<String> {
    let name = text.trim_start_matches('/').trim_end_matches('/');
    if name.is_empty() {
        return Err(CliError::usage("A container name is required")
            .hint("To list the containers: kamaki container list"));
    }
    if name.contains('/') {
        return Err(CliError::usage(format!("Invalid container name {text}"))
            .hint("\"/\" is an invalid character for containers"));
    }
    Ok(name.to_owned())
}

/// A Swift storage URL (`https://host/v1/AUTH_<project>`, as Keystone's
/// catalog gives it) split into the endpoint (`https://host/v1`) and the
/// account (`AUTH_<project>`); `None` when the URL ends in the API version
/// (a Pithos+ endpoint, whose account is the user's UUID). For example
/// `http://127.0.0.1:8080/v1/AUTH_96b2` gives `http://127.0.0.1:8080/v1`
/// and `AUTH_96b2`.
pub fn split_storage_url(url: &str) -> Option<(String, String)> {
    let trimmed = url.trim_end_matches('/');
    let (endpoint, account) = trimmed.rsplit_once('/')?;
    if account.is_empty() || cloud_core::catalog::api_version_of(trimmed).is_some() {
        return None;
    }
    cloud_core::catalog::api_version_of(endpoint)?;
    Some((endpoint.to_owned(), account.to_owned()))
}

/// The storage session of a command.
pub struct Store {
    /// The cloud.
    pub cloud: Cloud,
    /// The identity session (user names, UUIDs).
    pub identity: CachedAstakosClient,
    /// The client of the user's own account.
    pub client: PithosClient,
    /// The user's UUID.
    pub uuid: String,
    /// The default container.
    pub default_container: String,
    /// Whether this is a dry run.
    pub dry_run: bool,
    /// The account of locations without `pithos://` (`-A`), if not one's own.
    pub default_account: Option<String>,
    /// True on OpenStack Swift (the catalog's storage URL names the
    /// account): Pithos+ extensions are refused before any request.
    pub swift: bool,
}

impl Store {
    /// Opens the storage session: authenticate, find `object-store` in the
    /// catalog (or `cloud.NAME.pithos_url`; with kamaki's `/v1` suffix
    /// rule), account = the user's UUID unless `cloud.NAME.pithos_uuid` (or
    /// `pithos_id`) says otherwise; default container `pithos` unless
    /// `cloud.NAME.pithos_container`.
    pub async fn open(ctx: &Ctx<'_>, dry_run: bool) -> CliResult<Store> {
        let (cloud, identity) = ctx.identity(dry_run)?;
        let err = |e: cloud_core::Error| CliError::from_library(&e, &cloud.name);
        let astakos = identity.get_client(None).await.map_err(err)?;
        let section = Section::Cloud(cloud.name.clone());
        let configured = |key: &str| {
            ctx.config
                .get(&section, key)
                .map(|s| s.value)
                .filter(|v| !v.is_empty())
        };
        // `cloud.NAME.pithos_url` overrides the catalog, as in kamaki.
        let url = match configured("pithos_url") {
            Some(url) => url,
            None => crate::session::endpoint_url(&cloud, &astakos, "object-store")
                .await
                .map_err(err)?,
        };
        // kamaki documents `pithos_id` but reads `pithos_uuid`: take both.
        let account_setting = configured("pithos_uuid").or_else(|| configured("pithos_id"));
        let (endpoint, uuid, swift) = match split_storage_url(&url) {
            // Swift: the catalog's URL names the account (`AUTH_<project>`).
            Some((endpoint, account)) => (endpoint, account_setting.unwrap_or(account), true),
            None => {
                let endpoint = cloud_core::catalog::with_version_suffix(&url, "v1");
                let uuid = match account_setting {
                    Some(uuid) => uuid,
                    None => identity.user_info(None).await.map_err(err)?.id,
                };
                (endpoint, uuid, false)
            }
        };
        let default_container =
            configured("pithos_container").unwrap_or_else(|| DEFAULT_CONTAINER.to_owned());
        let mut client = PithosClient::new(astakos.transport().clone(), &endpoint, &uuid);
        if swift {
            // Known from the catalog: no container needs asking.
            client = client.with_storage_mode(cloud_pithos::swift::StorageMode::Swift);
        }
        tracing::debug!(%endpoint, account = %uuid, swift, "storage");
        Ok(Store {
            cloud,
            identity,
            client,
            uuid,
            default_container,
            dry_run,
            default_account: None,
            swift,
        })
    }

    /// Applies `-A/--account` and `-C/--container`.
    pub async fn place(&mut self, place: &Place) -> CliResult {
        if let Some(container) = &place.container {
            self.default_container = container_name(container)?;
        }
        if let Some(account) = &place.account {
            let uuid = self.resolve_user(account).await?;
            self.default_account = (uuid != self.uuid).then_some(uuid);
        }
        Ok(())
    }

    /// Parses a location against this session's default container.
    pub fn locate(&self, text: &str) -> CliResult<Location> {
        let mut location = parse_location(text, &self.default_container)?;
        if location.account.is_none() {
            location.account.clone_from(&self.default_account);
        }
        Ok(location)
    }

    /// The client acting on the location's account.
    pub fn at(&self, location: &Location) -> PithosClient {
        match &location.account {
            Some(account) if *account != self.uuid => self.client.with_account(account),
            _ => self.client.clone(),
        }
    }

    /// A UUID from a UUID or a user name (resolved through the user catalog).
    pub async fn resolve_user(&self, text: &str) -> CliResult<String> {
        if !text.contains('@') {
            return Ok(text.to_owned());
        }
        self.pithos_only(
            true,
            "user names for accounts",
            "Name a Swift account by its id: AUTH_<project id>",
        )?;
        let uuids = self
            .identity
            .usernames2uuids(&[text], None)
            .await
            .map_err(|e| CliError::from_library(&e, &self.cloud.name))?;
        uuids.get(text).cloned().ok_or_else(|| {
            CliError::usage(format!("No user named {text}"))
                .hint("Give a user UUID, or check the name: kamaki user name2uuid NAME")
        })
    }

    /// What the user sees for a library error about `location`, with
    /// kamaki's hints (a 404 is told apart: no container, or no object).
    pub async fn err(&self, location: &Location, error: cloud_core::Error) -> CliError {
        if self.dry_run && is_dry_run_stop(&error) {
            return CliError::api("dry run: nothing was sent");
        }
        if cloud_pithos::swift::is_pithos_only(&error) {
            return self.swift_refused(&error.to_string());
        }
        match error.kind() {
            Some(ErrorKind::NotFound) => self.not_found(location).await,
            Some(ErrorKind::OverLimit) => CliError::api(format!("User quota exceeded: {error}"))
                .hint("To see the quotas: kamaki quota list")
                .hint(format!(
                    "To see the container's limit: kamaki container info {} --size-limit",
                    location.container
                ))
                .hint(format!(
                    "To raise it: kamaki container modify {} --size-limit NEW_LIMIT",
                    location.container
                )),
            Some(ErrorKind::Forbidden) => CliError::api(format!(
                "Insufficient credentials for this operation: {error}"
            ))
            .hint(format!(
                "To check the sharing: kamaki file info {location} --sharing"
            )),
            _ => CliError::from_library(&error, &self.cloud.name),
        }
    }

    /// A 404: does the container exist?
    pub async fn not_found(&self, location: &Location) -> CliError {
        let container_missing = location.path.is_empty()
            || matches!(
                self.at(location).get_container_info(&location.container, None).await,
                Err(e) if e.kind() == Some(ErrorKind::NotFound)
            );
        if container_missing {
            CliError::api(format!(
                "Container \"{}\" does not exist",
                location.container
            ))
            .hint("To list containers: kamaki container list")
            .hint(format!(
                "Use a / to refer to a container (default: /{})",
                self.default_container
            ))
            .hint("To list the contents of container \"images\": kamaki file list /images")
            .hint("To get information on file \"my.img\" in it: kamaki file info /images/my.img")
        } else {
            CliError::api(format!(
                "No object \"{}\" in container \"{}\"",
                location.path, location.container
            ))
            .hint(format!(
                "To list the container: kamaki file list /{}",
                location.container
            ))
        }
    }

    /// A Pithos+ call the library refused on a Swift container.
    fn swift_refused(&self, message: &str) -> CliError {
        CliError::usage(message.to_owned())
            .hint(format!(
                "Cloud \"{}\" stores files in OpenStack Swift; run the command without the Pithos+ option",
                self.cloud.name
            ))
            .hint("Nothing was changed")
    }

    /// What the user sees for a transfer error about `location`.
    pub async fn terr(&self, location: &Location, error: TransferError) -> CliError {
        if cloud_pithos::swift::is_pithos_only(&error) {
            return self.swift_refused(&error.to_string());
        }
        match error {
            TransferError::Api(e) => self.err(location, e).await,
            TransferError::Local { path, source } => CliError::api(format!(
                "Failed to access a local file: {}: {source}",
                path.display()
            ))
            .hint("Check that the path exists and is readable (or writable), and that the disk has room"),
            TransferError::Condition { object, reason } => {
                CliError::api(format!("{object} was not transferred: {reason}"))
                    .hint("The --if-* conditions decide this; run without them to transfer anyway")
            }
            other => CliError::api(other.to_string())
                .hint(format!("Check the object: kamaki file info {location}")),
        }
    }
}

/// Parses a date: epoch seconds, `YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS`
/// (or with `T`; UTC), or an RFC 1123 date.
pub fn parse_date(flag: &str, text: &str) -> CliResult<SystemTime> {
    let text = text.trim();
    if let Ok(seconds) = text.parse::<u64>() {
        return Ok(SystemTime::UNIX_EPOCH + Duration::from_secs(seconds));
    }
    if let Ok(t) = httpdate::parse_http_date(text) {
        return Ok(t);
    }
    let bad = || {
        CliError::usage(format!("--{flag} `{text}` is not a date"))
            .hint("Give epoch seconds, YYYY-MM-DD, 'YYYY-MM-DD HH:MM:SS' (UTC) or an RFC 1123 date")
    };
    let (date, time) = match text.split_once([' ', 'T']) {
        Some((d, t)) => (d, t.trim_end_matches('Z')),
        None => (text, "00:00:00"),
    };
    let numbers = |s: &str, sep: char| -> Option<Vec<i64>> {
        s.split(sep).map(|p| p.parse::<i64>().ok()).collect()
    };
    let (Some(d), Some(t)) = (numbers(date, '-'), numbers(time, ':')) else {
        return Err(bad());
    };
    let (&[y, m, day], &[hh, mm, ss]) = (d.as_slice(), t.as_slice()) else {
        return Err(bad());
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) || hh > 23 || mm > 59 || ss > 60 {
        return Err(bad());
    }
    let seconds = days_from_civil(y, m, day) * 86_400 + hh * 3600 + mm * 60 + ss;
    u64::try_from(seconds)
        .map(|s| SystemTime::UNIX_EPOCH + Duration::from_secs(s))
        .map_err(|_| bad())
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A date as integer epoch seconds (for `until`).
pub fn epoch(flag: &str, text: &str) -> CliResult<i64> {
    let t = parse_date(flag, text)?;
    Ok(t.duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0))
}

/// The library's conditions from the flags.
pub fn conditions(flags: &Conditions) -> CliResult<cloud_pithos::Conditions> {
    Ok(cloud_pithos::Conditions {
        if_match: flags.if_match.clone(),
        if_none_match: flags.if_none_match.clone(),
        if_modified_since: flags
            .if_modified_since
            .as_deref()
            .map(|t| parse_date("if-modified-since", t))
            .transpose()?,
        if_unmodified_since: flags
            .if_unmodified_since
            .as_deref()
            .map(|t| parse_date("if-unmodified-since", t))
            .transpose()?,
    })
}

/// Parses a size: bytes, or a number with a unit (B, KB, KiB, MB, MiB, …).
pub fn parse_size(flag: &str, text: &str) -> CliResult<u64> {
    let t = text.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let bad = || {
        CliError::usage(format!("--{flag} `{text}` is not a size"))
            .hint("Give bytes, or a number with a unit: B, KB, KiB, MB, MiB, GB, GiB, TB, TiB")
    };
    let n: u64 = number.parse().map_err(|_| bad())?;
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" => 1000,
        "kib" | "k" => 1 << 10,
        "mb" => 1000 * 1000,
        "mib" | "m" => 1 << 20,
        "gb" => 1000 * 1000 * 1000,
        "gib" | "g" => 1 << 30,
        "tb" => 1000 * 1000 * 1000 * 1000,
        "tib" | "t" => 1 << 40,
        _ => return Err(bad()),
    };
    n.checked_mul(factor).ok_or_else(bad)
}

/// Parses repeated `KEY=VALUE` flags.
pub fn key_values(flag: &str, items: &[String]) -> CliResult<BTreeMap<String, String>> {
    items
        .iter()
        .map(|item| {
            item.split_once('=')
                .map(|(k, v)| (k.trim().to_owned(), v.to_owned()))
                .filter(|(k, _)| !k.is_empty())
                .ok_or_else(|| {
                    CliError::usage(format!("--{flag} `{item}`: expected KEY=VALUE"))
                        .hint(format!("For example: --{flag} color=blue"))
                })
        })
        .collect()
}

/// A size for people: `1.5 MiB`.
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 6] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations() {
        let l = parse_location("a/b.txt", "pithos").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (l.container.as_str(), l.path.as_str()),
            ("pithos", "a/b.txt")
        );
        let l = parse_location("/c/d/e", "pithos").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((l.container.as_str(), l.path.as_str()), ("c", "d/e"));
        assert_eq!(l.to_string(), "/c/d/e");
        let l = parse_location("pithos://u1/c/p", "x").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(l.account.as_deref(), Some("u1"));
        assert_eq!(l.to_string(), "pithos://u1/c/p");
        let l = parse_location("/c", "x").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (l.container.as_str(), l.path.as_str(), l.basename()),
            ("c", "", "c")
        );
        assert!(parse_location("/", "x").is_err());
        assert!(parse_location("pithos:///c", "x").is_err());
    }

    #[test]
    fn swift_storage_urls() {
        assert_eq!(
            split_storage_url("http://127.0.0.1:8080/v1/AUTH_96b2/"),
            Some((
                "http://127.0.0.1:8080/v1".to_owned(),
                "AUTH_96b2".to_owned()
            ))
        );
        assert_eq!(
            split_storage_url("https://s.example.org/swift/v1.0/AUTH_x"),
            Some((
                "https://s.example.org/swift/v1.0".to_owned(),
                "AUTH_x".to_owned()
            ))
        );
        assert_eq!(
            split_storage_url("https://pithos.example.org/object-store/v1"),
            None
        );
        assert_eq!(
            split_storage_url("https://pithos.example.org/object-store"),
            None
        );
        assert_eq!(split_storage_url("http://127.0.0.1:8080"), None);
    }

    #[test]
    fn dates_and_sizes() {
        let t = parse_date("d", "2024-03-01").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(httpdate::fmt_http_date(t), "Fri, 01 Mar 2024 00:00:00 GMT");
        let t = parse_date("d", "2024-03-01 10:20:30").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(httpdate::fmt_http_date(t), "Fri, 01 Mar 2024 10:20:30 GMT");
        assert!(parse_date("d", "yesterday").is_err());
        assert_eq!(parse_size("s", "2KiB").ok(), Some(2048));
        assert_eq!(parse_size("s", "3 MB").ok(), Some(3_000_000));
        assert_eq!(parse_size("s", "17").ok(), Some(17));
        assert!(parse_size("s", "x").is_err());
        assert_eq!(human_size(1536), "1.5 KiB");
    }
}
