//! OpenStack's client configuration: `clouds.yaml` and `secure.yaml` (merged
//! by cloud name, secure values over public ones) and the `OS_*` variables,
//! as `openstack` reads them.
//!
//! Files are looked for, first found wins, in: `$OS_CLIENT_CONFIG_FILE`
//! (clouds.yaml only), `./`, `$XDG_CONFIG_HOME/openstack/` (default
//! `~/.config/openstack/`), `/etc/openstack/`. `OS_AUTH_URL` with `OS_TOKEN`
//! (or `OS_USERNAME`/`OS_PASSWORD`) makes a cloud named `envvars`.

use std::path::{Path, PathBuf};

use yaml_rust2::{Yaml, YamlLoader};

use super::Source;
use crate::errors::{CliError, CliResult};

/// One OpenStack cloud flattened to kamaki-style options.
#[derive(Debug, Clone)]
pub struct OsCloud {
    /// The cloud's name (`envvars` for the `OS_*` variables).
    pub name: String,
    /// Options: `url` (auth.auth_url), `token` (auth.token), and the rest
    /// flattened with dots (`auth.username`, `region_name`…).
    pub options: Vec<(String, String, Source)>,
}

/// Where the files are looked for.
fn search_dirs(env: &dyn Fn(&str) -> Option<String>, home: Option<&Path>) -> Vec<PathBuf> {
    let mut dirs = vec![PathBuf::from(".")];
    match env("XDG_CONFIG_HOME") {
        Some(x) if !x.is_empty() => dirs.push(PathBuf::from(x).join("openstack")),
        _ => {
            if let Some(home) = home {
                dirs.push(home.join(".config").join("openstack"));
            }
        }
    }
    dirs.push(PathBuf::from("/etc/openstack"));
    dirs
}

fn first_existing(candidates: Vec<PathBuf>) -> Option<PathBuf> {
    candidates.into_iter().find(|p| p.is_file())
}

fn load_yaml(path: &Path) -> CliResult<Yaml> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        CliError::config(format!("cannot read {}: {e}", path.display()))
            .hint("Check the file's permissions, or move it away")
    })?;
    let docs = YamlLoader::load_from_str(&text).map_err(|e| {
        CliError::config(format!(
            "{} line {}: {}",
            path.display(),
            e.marker().line(),
            e.info()
        ))
        .hint("Fix the YAML at that line; kamaki does not change this file")
    })?;
    Ok(docs.into_iter().next().unwrap_or(Yaml::Null))
}

fn scalar(y: &Yaml) -> Option<String> {
    match y {
        Yaml::String(s) | Yaml::Real(s) => Some(s.clone()),
        Yaml::Integer(i) => Some(i.to_string()),
        Yaml::Boolean(b) => Some(b.to_string()),
        _ => None,
    }
}

fn flatten(prefix: &str, y: &Yaml, out: &mut Vec<(String, String)>) {
    match y {
        Yaml::Hash(map) => {
            for (k, v) in map {
                let Some(k) = scalar(k) else { continue };
                let key = if prefix.is_empty() {
                    k
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out);
            }
        }
        Yaml::Array(items) => {
            let values: Vec<String> = items.iter().filter_map(scalar).collect();
            out.push((prefix.to_owned(), values.join(" ")));
        }
        other => {
            if let Some(v) = scalar(other) {
                out.push((prefix.to_owned(), v));
            }
        }
    }
}

fn clouds_of(doc: &Yaml) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    if let Yaml::Hash(clouds) = &doc["clouds"] {
        for (name, body) in clouds {
            let Some(name) = scalar(name) else { continue };
            let mut options = Vec::new();
            flatten("", body, &mut options);
            out.push((name, options));
        }
    }
    out
}

/// kamaki's name for an OpenStack option.
fn kamaki_key(key: &str) -> String {
    match key {
        "auth.auth_url" => "url".to_owned(),
        "auth.token" => "token".to_owned(),
        other => other.to_owned(),
    }
}

/// Reads clouds.yaml, secure.yaml and the `OS_*` variables.
pub fn load(env: &dyn Fn(&str) -> Option<String>, home: Option<&Path>) -> CliResult<Vec<OsCloud>> {
    let dirs = search_dirs(env, home);
    let clouds_file = env("OS_CLIENT_CONFIG_FILE")
        .map(PathBuf::from)
        .filter(|p| p.is_file())
        .or_else(|| first_existing(dirs.iter().map(|d| d.join("clouds.yaml")).collect()));
    let secure_file = first_existing(dirs.iter().map(|d| d.join("secure.yaml")).collect());
    let mut clouds: Vec<OsCloud> = Vec::new();
    for (path, file) in [(clouds_file, "clouds.yaml"), (secure_file, "secure.yaml")] {
        let Some(path) = path else { continue };
        let _ = file;
        let doc = load_yaml(&path)?;
        for (name, options) in clouds_of(&doc) {
            let index = match clouds.iter().position(|c| c.name == name) {
                Some(i) => i,
                None => {
                    clouds.push(OsCloud {
                        name: name.clone(),
                        options: Vec::new(),
                    });
                    clouds.len() - 1
                }
            };
            let cloud = &mut clouds[index];
            for (key, value) in options {
                let key = kamaki_key(&key);
                let source = Source::File {
                    path: path.clone(),
                    line: None,
                };
                match cloud.options.iter_mut().find(|(k, _, _)| *k == key) {
                    Some(slot) => *slot = (key, value, source),
                    None => cloud.options.push((key, value, source)),
                }
            }
        }
    }
    if let Some(url) = env("OS_AUTH_URL").filter(|u| !u.is_empty()) {
        let mut options = vec![("url".to_owned(), url, Source::Env("OS_AUTH_URL".into()))];
        for (var, key) in [
            ("OS_TOKEN", "token"),
            ("OS_USERNAME", "auth.username"),
            ("OS_PASSWORD", "auth.password"),
            ("OS_PROJECT_NAME", "auth.project_name"),
            ("OS_PROJECT_ID", "auth.project_id"),
            ("OS_USER_DOMAIN_NAME", "auth.user_domain_name"),
            ("OS_PROJECT_DOMAIN_NAME", "auth.project_domain_name"),
            ("OS_USER_ID", "auth.user_id"),
            ("OS_USER_DOMAIN_ID", "auth.user_domain_id"),
            ("OS_PROJECT_DOMAIN_ID", "auth.project_domain_id"),
            ("OS_DEFAULT_DOMAIN", "auth.default_domain"),
            (
                "OS_APPLICATION_CREDENTIAL_ID",
                "auth.application_credential_id",
            ),
            (
                "OS_APPLICATION_CREDENTIAL_NAME",
                "auth.application_credential_name",
            ),
            (
                "OS_APPLICATION_CREDENTIAL_SECRET",
                "auth.application_credential_secret",
            ),
            ("OS_AUTH_TYPE", "auth_type"),
            ("OS_IDENTITY_API_VERSION", "identity_api_version"),
            ("OS_INTERFACE", "interface"),
            ("OS_REGION_NAME", "region_name"),
        ] {
            if let Some(value) = env(var).filter(|v| !v.is_empty()) {
                options.push((key.to_owned(), value, Source::Env(var.into())));
            }
        }
        clouds.push(OsCloud {
            name: "envvars".to_owned(),
            options,
        });
    }
    Ok(clouds)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn clouds_yaml_and_secure_yaml_merge() {
        let dir = std::env::temp_dir().join(format!("kamaki-os-{}", std::process::id()));
        let os = dir.join("openstack");
        std::fs::create_dir_all(&os).unwrap();
        std::fs::write(
            os.join("clouds.yaml"),
            "clouds:\n  lab:\n    auth:\n      auth_url: http://k:5000/v3\n      username: demo\n    region_name: RegionOne\n",
        )
        .unwrap();
        std::fs::write(
            os.join("secure.yaml"),
            "clouds:\n  lab:\n    auth:\n      password: s3cret\n",
        )
        .unwrap();
        let xdg = dir.to_string_lossy().into_owned();
        let env = move |k: &str| (k == "XDG_CONFIG_HOME").then(|| xdg.clone());
        let clouds = load(&env, None).unwrap();
        let lab = clouds.iter().find(|c| c.name == "lab").unwrap();
        let get = |k: &str| lab.options.iter().find(|o| o.0 == k).map(|o| o.1.clone());
        assert_eq!(get("url").as_deref(), Some("http://k:5000/v3"));
        assert_eq!(get("auth.password").as_deref(), Some("s3cret"));
        assert_eq!(get("region_name").as_deref(), Some("RegionOne"));
        std::fs::remove_dir_all(&dir).ok();
    }
}
