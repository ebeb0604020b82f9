//! How a Keystone v3 request names a user, a project, a domain and a scope.

use std::fmt;

use serde_json::{Value, json};

/// A domain, by id or by name.
///
/// ```
/// use cloud_identity::credentials::DomainRef;
/// assert_eq!(DomainRef::id("default").to_json(), serde_json::json!({"id": "default"}));
/// assert_eq!(DomainRef::name("Default").to_json(), serde_json::json!({"name": "Default"}));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DomainRef {
    /// By id (`default`).
    Id(String),
    /// By name (`Default`).
    Name(String),
}

impl DomainRef {
    /// A domain by id.
    ///
    /// ```
    /// let _ = cloud_identity::credentials::DomainRef::id("default");
    /// ```
    pub fn id(id: impl Into<String>) -> Self {
        DomainRef::Id(id.into())
    }

    /// A domain by name.
    ///
    /// ```
    /// let _ = cloud_identity::credentials::DomainRef::name("Default");
    /// ```
    pub fn name(name: impl Into<String>) -> Self {
        DomainRef::Name(name.into())
    }

    /// `{"id": …}` or `{"name": …}`.
    ///
    /// See the type's documentation for an example.
    pub fn to_json(&self) -> Value {
        match self {
            DomainRef::Id(id) => json!({"id": id}),
            DomainRef::Name(name) => json!({"name": name}),
        }
    }
}

impl fmt::Display for DomainRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DomainRef::Id(id) => write!(f, "domain id {id}"),
            DomainRef::Name(name) => write!(f, "domain {name}"),
        }
    }
}

/// A user, by id (unique) or by name within a domain.
///
/// ```
/// use cloud_identity::credentials::{DomainRef, UserRef};
/// let user = UserRef::name("admin", DomainRef::name("Default"));
/// assert_eq!(user.to_json(), serde_json::json!({"name": "admin", "domain": {"name": "Default"}}));
/// assert_eq!(UserRef::id("7beb").to_json(), serde_json::json!({"id": "7beb"}));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserRef {
    /// By id.
    Id(String),
    /// By name, within a domain.
    Name {
        /// The user name.
        name: String,
        /// The user's domain.
        domain: DomainRef,
    },
}

impl UserRef {
    /// A user by id.
    ///
    /// ```
    /// let _ = cloud_identity::credentials::UserRef::id("7beb75f9");
    /// ```
    pub fn id(id: impl Into<String>) -> Self {
        UserRef::Id(id.into())
    }

    /// A user by name in a domain.
    ///
    /// ```
    /// use cloud_identity::credentials::{DomainRef, UserRef};
    /// let _ = UserRef::name("demo", DomainRef::id("default"));
    /// ```
    pub fn name(name: impl Into<String>, domain: DomainRef) -> Self {
        UserRef::Name {
            name: name.into(),
            domain,
        }
    }

    /// `{"id": …}` or `{"name": …, "domain": …}`.
    ///
    /// See the type's documentation for an example.
    pub fn to_json(&self) -> Value {
        match self {
            UserRef::Id(id) => json!({"id": id}),
            UserRef::Name { name, domain } => json!({"name": name, "domain": domain.to_json()}),
        }
    }
}

impl fmt::Display for UserRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UserRef::Id(id) => write!(f, "user id {id}"),
            UserRef::Name { name, domain } => write!(f, "user {name} ({domain})"),
        }
    }
}

/// A project, by id or by name within a domain.
///
/// ```
/// use cloud_identity::credentials::{DomainRef, ProjectRef};
/// assert_eq!(ProjectRef::name("demo", DomainRef::id("default")).to_json(),
///            serde_json::json!({"name": "demo", "domain": {"id": "default"}}));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProjectRef {
    /// By id.
    Id(String),
    /// By name, within a domain.
    Name {
        /// The project name.
        name: String,
        /// The project's domain.
        domain: DomainRef,
    },
}

impl ProjectRef {
    /// A project by id.
    ///
    /// ```
    /// let _ = cloud_identity::credentials::ProjectRef::id("96b2e863");
    /// ```
    pub fn id(id: impl Into<String>) -> Self {
        ProjectRef::Id(id.into())
    }

    /// A project by name in a domain.
    ///
    /// ```
    /// use cloud_identity::credentials::{DomainRef, ProjectRef};
    /// let _ = ProjectRef::name("admin", DomainRef::name("Default"));
    /// ```
    pub fn name(name: impl Into<String>, domain: DomainRef) -> Self {
        ProjectRef::Name {
            name: name.into(),
            domain,
        }
    }

    /// `{"id": …}` or `{"name": …, "domain": …}`.
    ///
    /// See the type's documentation for an example.
    pub fn to_json(&self) -> Value {
        match self {
            ProjectRef::Id(id) => json!({"id": id}),
            ProjectRef::Name { name, domain } => json!({"name": name, "domain": domain.to_json()}),
        }
    }
}

impl fmt::Display for ProjectRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProjectRef::Id(id) => write!(f, "project id {id}"),
            ProjectRef::Name { name, domain } => write!(f, "project {name} ({domain})"),
        }
    }
}

/// What a v3 token is scoped to.
///
/// ```
/// use cloud_identity::credentials::{DomainRef, V3Scope};
/// assert_eq!(V3Scope::Unscoped.to_json(), None);
/// assert_eq!(V3Scope::Domain(DomainRef::id("default")).to_json(),
///            Some(serde_json::json!({"domain": {"id": "default"}})));
/// assert_eq!(V3Scope::System.to_json(), Some(serde_json::json!({"system": {"all": true}})));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum V3Scope {
    /// No scope: the token has no catalog and no roles (the user's default
    /// project, if Keystone has one set, applies).
    #[default]
    Unscoped,
    /// A project.
    Project(ProjectRef),
    /// A domain.
    Domain(DomainRef),
    /// The whole deployment (`system: all`).
    System,
}

impl V3Scope {
    /// The `scope` object of the request, or `None` to send none.
    ///
    /// See the type's documentation for an example.
    pub fn to_json(&self) -> Option<Value> {
        match self {
            V3Scope::Unscoped => None,
            V3Scope::Project(project) => Some(json!({"project": project.to_json()})),
            V3Scope::Domain(domain) => Some(json!({"domain": domain.to_json()})),
            V3Scope::System => Some(json!({"system": {"all": true}})),
        }
    }
}

impl fmt::Display for V3Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            V3Scope::Unscoped => f.write_str("unscoped"),
            V3Scope::Project(project) => project.fmt(f),
            V3Scope::Domain(domain) => domain.fmt(f),
            V3Scope::System => f.write_str("system"),
        }
    }
}

/// Sends a v3 `auth` body and reads the answer: 201 (or 200) with the token
/// in `X-Subject-Token`.
pub(super) async fn v3_authenticate(
    transport: &cloud_core::Transport,
    auth_url: &str,
    body: &Value,
) -> Result<crate::AuthToken, cloud_core::Error> {
    let url = format!("{}/auth/tokens", auth_url.trim_end_matches('/'));
    let (response, document) = super::post_auth(transport, &url, body).await?;
    let subject = response
        .headers()
        .get("x-subject-token")
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty())
        .ok_or_else(|| {
            cloud_core::Error::decode(
                format!("POST {url}"),
                "Keystone sent no X-Subject-Token header (is this a Keystone v3 URL?)",
            )
        })?;
    crate::AuthToken::from_v3(subject.into(), &document)
}
