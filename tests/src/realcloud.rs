//! Where the real OpenStack servers of `cargo xtask realcloud up` are, and
//! who may log in to them.
//!
//! `cargo xtask realcloud up` writes a JSON file describing the running
//! Keystone, Swift and Glance, and `cargo xtask realcloud test` points the
//! environment variable [`ENV_VAR`] at it before it runs the `realcloud_*`
//! test binaries. Those tests call [`RealCloud::load`]; outside that command
//! it fails with a message naming the command to run, rather than skipping.
//!
//! ```no_run
//! let cloud = tests::realcloud::RealCloud::load()?;
//! assert!(cloud.auth_url.ends_with("/v3"));
//! println!("log in as {} to {}", cloud.users.demo.username, cloud.auth_url);
//! # Ok::<(), tests::realcloud::LoadError>(())
//! ```

use std::path::PathBuf;

use serde::Deserialize;

/// The environment variable holding the path of the credentials file.
pub const ENV_VAR: &str = "KAMAKI_REALCLOUD";

/// The running servers and their users, as `cargo xtask realcloud up` wrote them.
#[derive(Clone, Deserialize)]
pub struct RealCloud {
    /// Keystone's versioned v3 URL, e.g. `http://127.0.0.1:15000/v3`.
    pub auth_url: String,
    /// Keystone's root (unversioned), e.g. `http://127.0.0.1:15000`.
    pub identity_url: String,
    /// The region every endpoint is registered in (`RegionOne`).
    pub region: String,
    /// The Swift proxy's root, without `/v1`, e.g. `http://127.0.0.1:18080`.
    pub swift_url: String,
    /// Glance's root, e.g. `http://127.0.0.1:19292`.
    pub glance_url: String,
    /// The users the servers were set up with.
    pub users: Users,
    /// A `clouds.yaml` with the clouds `realcloud-admin` and `realcloud-demo`.
    pub clouds_yaml: PathBuf,
    /// The Python virtual environment holding the servers and the stock
    /// clients (`bin/swift`, `bin/openstack`).
    pub venv: PathBuf,
}

/// The two users: the cloud's administrator and a plain member of `demo`.
#[derive(Clone, Deserialize)]
pub struct Users {
    /// `admin`, with the admin role on project `admin`.
    pub admin: User,
    /// `demo`, with the member role on project `demo`.
    pub demo: User,
}

/// One Keystone user and the project it logs in to.
#[derive(Clone, Deserialize)]
pub struct User {
    /// The user name.
    pub username: String,
    /// The password (a test secret; never printed by `Debug`).
    pub password: String,
    /// The user's ID.
    pub user_id: String,
    /// The project name.
    pub project_name: String,
    /// The project ID (Swift's account is `AUTH_<project_id>`).
    pub project_id: String,
    /// The user's domain name (`Default`).
    pub user_domain_name: String,
    /// The project's domain name (`Default`).
    pub project_domain_name: String,
}

impl std::fmt::Debug for User {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("User")
            .field("username", &self.username)
            .field("password", &"***")
            .field("user_id", &self.user_id)
            .field("project_name", &self.project_name)
            .field("project_id", &self.project_id)
            .finish_non_exhaustive()
    }
}

/// Why the credentials file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The variable is not set: the tests ran outside `cargo xtask realcloud test`.
    #[error(
        "{ENV_VAR} is not set: the real-cloud tests run through `cargo xtask realcloud test`, which starts the servers"
    )]
    NotSet,
    /// The file could not be read.
    #[error("cannot read {path}: {source} (run `cargo xtask realcloud up` again)")]
    Read {
        /// The file named by the variable.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The file is not what `realcloud up` writes.
    #[error("{path} is not a realcloud credentials file: {source}")]
    Parse {
        /// The file named by the variable.
        path: PathBuf,
        /// What the parser said.
        source: serde_json::Error,
    },
}

impl RealCloud {
    /// Reads the file named by [`ENV_VAR`].
    ///
    /// ```no_run
    /// match tests::realcloud::RealCloud::load() {
    ///     Ok(cloud) => println!("Swift at {}", cloud.swift_url),
    ///     Err(e) => eprintln!("{e}"),
    /// }
    /// ```
    pub fn load() -> Result<Self, LoadError> {
        let path = std::env::var_os(ENV_VAR)
            .map(PathBuf::from)
            .ok_or(LoadError::NotSet)?;
        let text = std::fs::read_to_string(&path).map_err(|source| LoadError::Read {
            path: path.clone(),
            source,
        })?;
        serde_json::from_str(&text).map_err(|source| LoadError::Parse { path, source })
    }

    /// Swift's storage URL of a project: `<swift_url>/v1/AUTH_<project_id>`.
    ///
    /// ```no_run
    /// let cloud = tests::realcloud::RealCloud::load()?;
    /// let url = cloud.storage_url(&cloud.users.demo);
    /// assert!(url.contains("/v1/AUTH_"));
    /// # Ok::<(), tests::realcloud::LoadError>(())
    /// ```
    pub fn storage_url(&self, user: &User) -> String {
        format!("{}/v1/AUTH_{}", self.swift_url, user.project_id)
    }
}

impl std::fmt::Debug for RealCloud {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RealCloud")
            .field("auth_url", &self.auth_url)
            .field("swift_url", &self.swift_url)
            .field("users", &self.users.admin.username)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_a_password() {
        let user = User {
            username: "demo".into(),
            password: "hunter2-secret".into(),
            user_id: "u".into(),
            project_name: "demo".into(),
            project_id: "p".into(),
            user_domain_name: "Default".into(),
            project_domain_name: "Default".into(),
        };
        let shown = format!("{user:?}");
        assert!(
            shown.contains("demo") && !shown.contains("hunter2"),
            "{shown}"
        );
    }
}
