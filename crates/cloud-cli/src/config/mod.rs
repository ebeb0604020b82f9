//! Configuration: kamaki's `~/.kamakirc`, OpenStack's clouds.yaml,
//! secure.yaml and `OS_*` variables, one-run `-o` overrides, and where each
//! effective value came from.
//!
//! Precedence, highest first (`kamaki config list --explain` shows it):
//!
//! 1. flags: `--cloud NAME`, `-o section.option=value`;
//! 2. environment: `KAMAKI_DEFAULT_CLOUD` (then `OS_CLOUD`) for the cloud,
//!    `KAMAKI_CONFIG` for the file;
//! 3. files: `~/.kamakirc` (or `-c FILE`), then clouds.yaml/secure.yaml
//!    (a cloud of the same name in both: kamakirc options win);
//! 4. defaults (kamaki's documented `[global]` defaults), and the built-in
//!    `local` cloud when nothing else is configured.
//!
//! Note: Python kamaki consulted `KAMAKI_DEFAULT_CLOUD` *after* the file's
//! `default_cloud`; here the environment wins, as for every other tool.

pub mod ini;
pub mod openstack;
pub mod write;

use std::fmt;
use std::path::{Path, PathBuf};

use self::ini::Document;
use self::openstack::OsCloud;
use crate::errors::{CliError, CliResult};

/// The first line of a file kamaki writes.
pub const HEADER: &str = "# Kamaki configuration file v0.16";

/// The name of the built-in cloud (the emulator, in process).
pub const LOCAL_CLOUD: &str = "local";

/// kamaki's `[global]` defaults (only what is set is ever written).
pub const GLOBAL_DEFAULTS: &[(&str, &str)] = &[
    ("default_cloud", ""),
    ("colors", "off"),
    ("log_file", "~/.kamaki.log"),
    ("log_token", "off"),
    ("log_data", "off"),
    ("log_pid", "off"),
    ("history_file", "~/.kamaki.history"),
    ("history_limit", "0"),
    ("ignore_ssl", "off"),
    ("ca_certs", ""),
    ("connect_timeout", "10"),
    ("request_timeout", "120"),
    ("user_cli", "astakos"),
    ("quota_cli", "astakos"),
    ("resource_cli", "astakos"),
    ("project_cli", "astakos"),
    ("membership_cli", "astakos"),
    ("file_cli", "pithos"),
    ("container_cli", "pithos"),
    ("sharer_cli", "pithos"),
    ("group_cli", "pithos"),
    ("server_cli", "cyclades"),
    ("flavor_cli", "cyclades"),
    ("keypair_cli", "cyclades"),
    ("network_cli", "network"),
    ("subnet_cli", "network"),
    ("port_cli", "network"),
    ("ip_cli", "network"),
    ("volume_cli", "blockstorage"),
    ("snapshot_cli", "blockstorage"),
    ("image_cli", "image"),
    ("imagecompute_cli", "image"),
    ("config_cli", "config"),
    ("history_cli", "history"),
];

/// Where a value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A command-line flag (`-o …`, `--cloud`).
    Flag(String),
    /// An environment variable.
    Env(String),
    /// A file, with the line where known.
    File {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: Option<usize>,
    },
    /// kamaki's default.
    Default,
    /// The built-in `local` cloud.
    Builtin,
    /// The cloud in use is the only one configured.
    OnlyCloud,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "flag {flag}"),
            Source::Env(var) => write!(f, "env {var}"),
            Source::File {
                path,
                line: Some(line),
            } => write!(f, "{}:{line}", path.display()),
            Source::File { path, line: None } => write!(f, "{}", path.display()),
            Source::Default => f.write_str("default"),
            Source::Builtin => f.write_str("built-in local cloud"),
            Source::OnlyCloud => f.write_str("the only configured cloud"),
        }
    }
}

/// An effective value and its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting {
    /// The value.
    pub value: String,
    /// Where it came from.
    pub source: Source,
}

/// A section of the configuration, as the user names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Section {
    /// `[global]`.
    Global,
    /// `[cloud "NAME"]`.
    Cloud(String),
    /// Any other `[name]` (kept, ignored).
    Other(String),
}

impl Section {
    /// The header text inside the brackets.
    pub fn header(&self) -> String {
        match self {
            Section::Global => "global".to_owned(),
            Section::Cloud(name) => format!("cloud \"{name}\""),
            Section::Other(name) => name.clone(),
        }
    }

    /// The dotted prefix (`global`, `cloud.NAME`).
    pub fn dotted(&self) -> String {
        match self {
            Section::Global => "global".to_owned(),
            Section::Cloud(name) => format!("cloud.{name}"),
            Section::Other(name) => name.clone(),
        }
    }

    fn from_header(header: &str) -> Section {
        if header == "global" {
            return Section::Global;
        }
        if let Some(rest) = header.strip_prefix("cloud") {
            let rest = rest.trim();
            if let Some(name) = rest.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
                return Section::Cloud(name.to_owned());
            }
        }
        Section::Other(header.to_owned())
    }
}

/// What `[SECTION.]OPTION` names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionPath {
    /// One option.
    Option(Section, String),
    /// Every option of one cloud (`cloud.NAME`).
    Cloud(String),
    /// Every cloud (`cloud`).
    AllClouds,
}

/// Checks a cloud name as kamaki does (`[~@#$.:\-\w]+`).
pub fn valid_cloud_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || "~@#$.:-_".contains(c))
}

/// Parses `[SECTION.]OPTION` (`default_cloud`, `global.colors`,
/// `cloud.NAME.url`, `cloud.NAME`, `cloud`).
pub fn parse_option_path(text: &str) -> CliResult<OptionPath> {
    let bad = || {
        CliError::usage(format!("`{text}` is not an option name"))
            .hint("Use [SECTION.]OPTION, e.g. default_cloud, global.colors or cloud.NAME.url")
    };
    if text.is_empty() || text.starts_with('.') || text.ends_with('.') {
        return Err(bad());
    }
    if text == "cloud" {
        return Ok(OptionPath::AllClouds);
    }
    if let Some(rest) = text.strip_prefix("cloud.") {
        // The cloud name may hold dots: the option is the last part, when
        // it looks like one.
        let (name, option) = match rest.rsplit_once('.') {
            Some((name, option)) if !name.is_empty() => (name, Some(option)),
            _ => (rest, None),
        };
        if !valid_cloud_name(name) {
            return Err(CliError::usage(format!("Invalid Cloud Name `{name}`"))
                .hint("A cloud name uses letters, digits and ~@#$.:-_"));
        }
        return Ok(match option {
            Some(option) => {
                OptionPath::Option(Section::Cloud(name.to_owned()), option.to_ascii_lowercase())
            }
            None => OptionPath::Cloud(name.to_owned()),
        });
    }
    match text.split_once('.') {
        None => Ok(OptionPath::Option(
            Section::Global,
            text.to_ascii_lowercase(),
        )),
        Some(("global", option)) => Ok(OptionPath::Option(
            Section::Global,
            option.to_ascii_lowercase(),
        )),
        Some((section, option)) if !option.contains('.') => Ok(OptionPath::Option(
            Section::Other(section.to_owned()),
            option.to_ascii_lowercase(),
        )),
        _ => Err(bad()),
    }
}

/// One `-o section.option=value` override.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override {
    /// Which option.
    pub section: Section,
    /// The option name.
    pub key: String,
    /// The value for this run.
    pub value: String,
    /// The flag as given (for `--explain`).
    pub raw: String,
}

/// Parses one `-o` argument.
pub fn parse_override(text: &str) -> CliResult<Override> {
    let malformed = || {
        CliError::usage(format!(
            "malformed -o `{text}`: expected SECTION.OPTION=VALUE"
        ))
        .hint("For example: kamaki -o cloud.demo.url=https://example.org/identity/v2.0 user info")
    };
    let (path, value) = text.split_once('=').ok_or_else(malformed)?;
    match parse_option_path(path.trim()).map_err(|_| malformed())? {
        OptionPath::Option(section, key) => Ok(Override {
            section,
            key,
            value: value.trim().to_owned(),
            raw: format!("-o {text}"),
        }),
        _ => Err(malformed()),
    }
}

/// The process environment, behind a function so tests can replace it.
pub type Env = dyn Fn(&str) -> Option<String>;

/// Everything the configuration says, with sources.
#[derive(Debug)]
pub struct Config {
    /// The kamakirc path in use.
    pub path: PathBuf,
    /// How that path was chosen.
    pub path_source: Source,
    /// The parsed kamakirc (empty if the file does not exist).
    pub doc: Document,
    /// Whether the file exists.
    pub exists: bool,
    /// `-o` overrides, in order (later wins).
    pub overrides: Vec<Override>,
    /// Clouds from clouds.yaml, secure.yaml and `OS_*`.
    pub openstack: Vec<OsCloud>,
    /// `KAMAKI_DEFAULT_CLOUD`, then `OS_CLOUD`.
    env_cloud: Option<Setting>,
}

/// The user's home directory.
pub fn home_dir(env: &Env) -> Option<PathBuf> {
    env("HOME")
        .filter(|h| !h.is_empty())
        .or_else(|| env("USERPROFILE").filter(|h| !h.is_empty()))
        .map(PathBuf::from)
}

impl Config {
    /// Loads the configuration: `-c FILE` (must exist), else `KAMAKI_CONFIG`,
    /// else `~/.kamakirc`; a broken file is an error naming file and line.
    pub fn load(
        config_flag: Option<&Path>,
        overrides: Vec<Override>,
        env: &Env,
    ) -> CliResult<Config> {
        let home = home_dir(env);
        let (path, path_source, must_exist) = match (config_flag, env("KAMAKI_CONFIG")) {
            (Some(p), _) => (p.to_path_buf(), Source::Flag("-c".into()), true),
            (None, Some(p)) if !p.is_empty() => {
                (PathBuf::from(p), Source::Env("KAMAKI_CONFIG".into()), false)
            }
            _ => (
                home.clone().unwrap_or_default().join(".kamakirc"),
                Source::Default,
                false,
            ),
        };
        let (doc, exists) = match std::fs::read(&path) {
            Ok(bytes) => {
                let text = String::from_utf8(bytes).map_err(|_| {
                    CliError::config(format!("{} is not UTF-8 text", path.display()))
                        .hint("Fix or move the file; kamaki will not overwrite it")
                })?;
                let doc = Document::parse(&text).map_err(|e| {
                    CliError::config(format!("{} {e}", path.display()))
                        .hint("Fix that line (INI: [section] headers and `option = value` lines); kamaki will not overwrite the file")
                })?;
                (doc, true)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !must_exist => {
                (Document::default(), false)
            }
            Err(e) => {
                return Err(CliError::config(format!(
                    "cannot read config file {}: {e}",
                    path.display()
                ))
                .hint("Check the path and its permissions (-c FILE must name an existing file)"));
            }
        };
        let openstack = openstack::load(env, home.as_deref())?;
        let env_cloud = env("KAMAKI_DEFAULT_CLOUD")
            .filter(|v| !v.is_empty())
            .map(|value| Setting {
                value,
                source: Source::Env("KAMAKI_DEFAULT_CLOUD".into()),
            })
            .or_else(|| {
                env("OS_CLOUD")
                    .filter(|v| !v.is_empty())
                    .map(|value| Setting {
                        value,
                        source: Source::Env("OS_CLOUD".into()),
                    })
            });
        Ok(Config {
            path,
            path_source,
            doc,
            exists,
            overrides,
            openstack,
            env_cloud,
        })
    }

    fn file_setting(&self, section: &Section, key: &str) -> Option<Setting> {
        self.doc.get(&section.header(), key).map(|found| Setting {
            value: found.value,
            source: Source::File {
                path: self.path.clone(),
                line: Some(found.line),
            },
        })
    }

    fn override_setting(&self, section: &Section, key: &str) -> Option<Setting> {
        self.overrides
            .iter()
            .rev()
            .find(|o| o.section == *section && o.key == key)
            .map(|o| Setting {
                value: o.value.clone(),
                source: Source::Flag(o.raw.clone()),
            })
    }

    fn openstack_setting(&self, cloud: &str, key: &str) -> Option<Setting> {
        let c = self.openstack.iter().find(|c| c.name == cloud)?;
        c.options
            .iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, value, source)| Setting {
                value: value.clone(),
                source: source.clone(),
            })
    }

    /// The effective value of one option, with its source.
    pub fn get(&self, section: &Section, key: &str) -> Option<Setting> {
        let key = key.to_ascii_lowercase();
        if let Some(s) = self.override_setting(section, &key) {
            return Some(s);
        }
        if *section == Section::Global
            && key == "default_cloud"
            && let Some(s) = &self.env_cloud
        {
            return Some(s.clone());
        }
        if let Some(s) = self.file_setting(section, &key) {
            return Some(s);
        }
        if let Section::Cloud(name) = section {
            return self.openstack_setting(name, &key);
        }
        if *section == Section::Global {
            return GLOBAL_DEFAULTS
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| Setting {
                    value: (*v).to_owned(),
                    source: Source::Default,
                });
        }
        None
    }

    /// Every effective option of a section, in order: file, then the other
    /// sources' extra options.
    pub fn section_settings(&self, section: &Section) -> Vec<(String, Setting)> {
        let mut keys: Vec<String> = Vec::new();
        let mut add = |k: &str| {
            if !keys.iter().any(|x| x == k) {
                keys.push(k.to_owned());
            }
        };
        if *section == Section::Global {
            for (k, _) in GLOBAL_DEFAULTS {
                add(k);
            }
        }
        for (k, _) in self.doc.options(&section.header()) {
            add(&k);
        }
        if let Section::Cloud(name) = section
            && let Some(c) = self.openstack.iter().find(|c| c.name == *name)
        {
            for (k, _, _) in &c.options {
                add(k);
            }
        }
        for o in &self.overrides {
            if o.section == *section {
                add(&o.key);
            }
        }
        keys.into_iter()
            .filter_map(|k| self.get(section, &k).map(|s| (k, s)))
            .collect()
    }

    /// Every configured cloud's name: kamakirc, then clouds.yaml/env, then `-o`.
    pub fn cloud_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        let mut add = |n: &str| {
            if !names.iter().any(|x| x == n) {
                names.push(n.to_owned());
            }
        };
        for header in self.doc.sections() {
            if let Section::Cloud(name) = Section::from_header(&header) {
                add(&name);
            }
        }
        for c in &self.openstack {
            add(&c.name);
        }
        for o in &self.overrides {
            if let Section::Cloud(name) = &o.section {
                add(name);
            }
        }
        names
    }

    /// The other sections of the kamakirc (neither global nor cloud).
    pub fn other_sections(&self) -> Vec<Section> {
        self.doc
            .sections()
            .iter()
            .map(|h| Section::from_header(h))
            .filter(|s| matches!(s, Section::Other(_)))
            .collect()
    }

    /// Which cloud a command uses, and why: `--cloud`, then `-o
    /// global.default_cloud`, the environment, the file's `default_cloud`,
    /// the only configured cloud, and else the built-in `local` cloud.
    pub fn select_cloud(&self, flag: Option<&str>) -> CliResult<Setting> {
        if let Some(name) = flag {
            return Ok(Setting {
                value: name.to_owned(),
                source: Source::Flag("--cloud".into()),
            });
        }
        if let Some(s) = self.get(&Section::Global, "default_cloud")
            && !s.value.is_empty()
        {
            return Ok(s);
        }
        let names = self.cloud_names();
        match names.as_slice() {
            [] => Ok(Setting {
                value: LOCAL_CLOUD.to_owned(),
                source: Source::Builtin,
            }),
            [only] => Ok(Setting {
                value: only.clone(),
                source: Source::OnlyCloud,
            }),
            many => Err(CliError::config(format!(
                "Found {} clouds but none of them is set as default: {}",
                many.len(),
                many.join(", ")
            ))
            .hint("To set a default cloud: kamaki config set default_cloud CLOUD")
            .hint("Or for this shell: export KAMAKI_DEFAULT_CLOUD=CLOUD")
            .hint("Or for one command: kamaki --cloud CLOUD ...")),
        }
    }

    /// Sets an option in the file (atomically, mode 0600), keeping every
    /// other line. Never called on a file that failed to parse.
    pub fn set_in_file(&mut self, section: &Section, key: &str, value: &str) -> CliResult {
        if self.doc.is_empty() {
            self.doc.prepend_comment(HEADER);
        }
        self.doc.set(&section.header(), key, value);
        write::write_atomic(&self.path, &self.doc.to_string())?;
        self.exists = true;
        Ok(())
    }

    /// Deletes an option from the file; false if it was not there.
    pub fn delete_in_file(&mut self, section: &Section, key: &str) -> CliResult<bool> {
        if !self.doc.delete(&section.header(), key) {
            return Ok(false);
        }
        write::write_atomic(&self.path, &self.doc.to_string())?;
        Ok(true)
    }
}

/// True for option names whose values are secrets (masked in listings).
pub fn is_secret_option(key: &str) -> bool {
    let last = key.rsplit('.').next().unwrap_or(key);
    last == "token"
        || last.ends_with("_token")
        || last.contains("password")
        || last.contains("secret")
}

/// A secret value as listed: `***` (or empty if unset).
pub fn masked(key: &str, value: &str) -> String {
    if is_secret_option(key) && !value.is_empty() {
        "***".to_owned()
    } else {
        value.to_owned()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn option_paths() {
        assert_eq!(
            parse_option_path("default_cloud").unwrap(),
            OptionPath::Option(Section::Global, "default_cloud".into())
        );
        assert_eq!(
            parse_option_path("cloud.my.lab.url").unwrap(),
            OptionPath::Option(Section::Cloud("my.lab".into()), "url".into())
        );
        assert_eq!(
            parse_option_path("cloud.demo").unwrap(),
            OptionPath::Cloud("demo".into())
        );
        assert_eq!(parse_option_path("cloud").unwrap(), OptionPath::AllClouds);
        assert!(parse_option_path("a.b.c").is_err());
        assert!(parse_override("novalue").is_err());
        assert!(parse_override("=x").is_err());
        assert_eq!(parse_override("colors=on").unwrap().key, "colors");
    }
}
