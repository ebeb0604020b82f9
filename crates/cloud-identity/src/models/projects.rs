//! Projects, their applications and memberships (`{account}/projects…`).
//!
//! ```
//! use cloud_identity::models::projects::ProjectAction;
//! assert_eq!(ProjectAction::Terminate.body("over")["terminate"]["reason"], "over");
//! ```

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

/// A project as `GET {account}/projects[/<id>]` shows it.
///
/// ```
/// use cloud_identity::models::projects::Project;
/// let p: Project = serde_json::from_str(r#"{"id": "p1", "state": "active", "name": "lab",
///     "owner": null, "join_policy": "moderated", "max_members": 9223372036854775807,
///     "resources": {"cyclades.vm": {"project_capacity": 10, "member_capacity": 2}}}"#).unwrap();
/// assert_eq!(p.resources["cyclades.vm"].member_capacity, 2);
/// assert_eq!(p.owner, None);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// The project UUID.
    pub id: String,
    /// `uninitialized`, `active`, `suspended`, `terminated` or `deleted`.
    #[serde(default, deserialize_with = "super::null_default")]
    pub state: String,
    /// The name.
    #[serde(default, deserialize_with = "super::null_default")]
    pub name: String,
    /// The owner's UUID (none for system projects).
    #[serde(default)]
    pub owner: Option<String>,
    /// When it was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<String>,
    /// Its home page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub homepage: Option<String>,
    /// Its description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// When it ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// `auto`, `moderated` or `closed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_policy: Option<String>,
    /// `auto`, `moderated` or `closed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leave_policy: Option<String>,
    /// The member cap (a huge number means unlimited).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_members: Option<u64>,
    /// Whether it is private.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private: Option<bool>,
    /// Whether it is a user's system project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_project: Option<bool>,
    /// `resource → capacities`.
    #[serde(default, deserialize_with = "super::null_default")]
    pub resources: BTreeMap<String, ResourceCapacity>,
    /// The last application, for its owner, applicant or an admin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_application: Option<Application>,
    /// When it was deactivated, for privileged callers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deactivation_date: Option<String>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// How much of a resource a project grants in total and to each member.
///
/// ```
/// use cloud_identity::models::projects::ResourceCapacity;
/// let c = ResourceCapacity { project_capacity: 10, member_capacity: 2 };
/// assert_eq!(serde_json::to_string(&c).unwrap(), r#"{"project_capacity":10,"member_capacity":2}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceCapacity {
    /// For the whole project.
    pub project_capacity: u64,
    /// For each member.
    pub member_capacity: u64,
}

/// A project application (creation or modification request).
///
/// ```
/// use cloud_identity::models::projects::Application;
/// let a: Application = serde_json::from_str(r#"{"id": 7, "state": "pending", "name": "lab"}"#).unwrap();
/// assert_eq!(a.id, 7);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Application {
    /// The application id (what `approve`, `deny`, `dismiss`, `cancel` need).
    pub id: u64,
    /// `pending`, `approved`, `replaced`, `denied`, `dismissed` or `cancelled`.
    #[serde(default, deserialize_with = "super::null_default")]
    pub state: String,
    /// Every other field (name, owner, applicant, dates, policies, resources…).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What to create, or what to change (`POST`/`PUT {account}/projects`).
/// Fields left `None` are not sent; on modify they stay as they are.
///
/// ```
/// use cloud_identity::models::projects::{ProjectSpec, ResourceCapacity};
/// let spec = ProjectSpec::new("lab", "2030-01-01T00:00:00Z")
///     .resource("cyclades.vm", 10, 2);
/// let body = serde_json::to_value(&spec).unwrap();
/// assert_eq!(body["name"], "lab");
/// assert_eq!(body["resources"]["cyclades.vm"]["member_capacity"], 2);
/// assert!(body.get("homepage").is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProjectSpec {
    /// The name (required on create).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The end date, ISO 8601 (required on create).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// The owner's UUID (the caller by default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// The home page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub homepage: Option<String>,
    /// The description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Comments for the reviewer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
    /// The start date, ISO 8601.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// `auto`, `moderated` (default) or `closed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_policy: Option<String>,
    /// `auto` (default), `moderated` or `closed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leave_policy: Option<String>,
    /// The member cap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_members: Option<u64>,
    /// Whether the project is private.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private: Option<bool>,
    /// `resource → capacities`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<BTreeMap<String, ResourceCapacity>>,
    /// Fields this crate does not know, sent as they are.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl ProjectSpec {
    /// A creation spec with the two required fields.
    ///
    /// ```
    /// let spec = cloud_identity::models::projects::ProjectSpec::new("lab", "2030-01-01T00:00:00Z");
    /// assert_eq!(spec.name.as_deref(), Some("lab"));
    /// ```
    pub fn new(name: impl Into<String>, end_date: impl Into<String>) -> Self {
        ProjectSpec {
            name: Some(name.into()),
            end_date: Some(end_date.into()),
            ..ProjectSpec::default()
        }
    }

    /// Adds (or replaces) the capacities of one resource.
    ///
    /// ```
    /// let spec = cloud_identity::models::projects::ProjectSpec::default().resource("pithos.diskspace", 100, 10);
    /// assert_eq!(spec.resources.unwrap()["pithos.diskspace"].project_capacity, 100);
    /// ```
    pub fn resource(mut self, name: impl Into<String>, project: u64, member: u64) -> Self {
        self.resources.get_or_insert_with(BTreeMap::new).insert(
            name.into(),
            ResourceCapacity {
                project_capacity: project,
                member_capacity: member,
            },
        );
        self
    }
}

/// The filters of `GET {account}/projects`.
///
/// ```
/// use cloud_identity::models::projects::ProjectFilters;
/// let f = ProjectFilters { state: Some("active".into()), ..Default::default() };
/// assert_eq!(f.query_pairs(), [("state", "active".to_owned())]);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProjectFilters {
    /// Only projects in this state.
    pub state: Option<String>,
    /// Only projects of this owner (UUID).
    pub owner: Option<String>,
    /// Only projects of this name.
    pub name: Option<String>,
    /// `default`/`related` or `member`.
    pub mode: Option<String>,
}

impl ProjectFilters {
    /// The filters as query parameters, in a stable order.
    ///
    /// ```
    /// assert!(cloud_identity::models::projects::ProjectFilters::default().query_pairs().is_empty());
    /// ```
    pub fn query_pairs(&self) -> Vec<(&'static str, String)> {
        [
            ("state", &self.state),
            ("owner", &self.owner),
            ("name", &self.name),
            ("mode", &self.mode),
        ]
        .into_iter()
        .filter_map(|(key, value)| value.clone().map(|v| (key, v)))
        .collect()
    }
}

/// The answer to a create or modify: the project and its new application.
///
/// ```
/// let a: cloud_identity::models::projects::ProjectApplied =
///     serde_json::from_str(r#"{"id": "p1", "application": 7}"#).unwrap();
/// assert_eq!(a.application, 7);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProjectApplied {
    /// The project UUID.
    pub id: String,
    /// The application id.
    pub application: u64,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// An action on a project (`POST {account}/projects/<id>/action`). The
/// application actions name the application (`last_application.id`).
///
/// ```
/// use cloud_identity::models::projects::ProjectAction;
/// assert_eq!(ProjectAction::Approve { app_id: 7 }.body("ok"),
///            serde_json::json!({"approve": {"reason": "ok", "app_id": 7}}));
/// assert_eq!(ProjectAction::Suspend.body("abuse"), serde_json::json!({"suspend": {"reason": "abuse"}}));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProjectAction {
    /// Suspend an active project.
    Suspend,
    /// Resume a suspended project.
    Unsuspend,
    /// Terminate a project.
    Terminate,
    /// Bring back a terminated project.
    Reinstate,
    /// Approve an application.
    Approve {
        /// The application id.
        app_id: u64,
    },
    /// Deny an application.
    Deny {
        /// The application id.
        app_id: u64,
    },
    /// Dismiss a denied application.
    Dismiss {
        /// The application id.
        app_id: u64,
    },
    /// Cancel one's own pending application.
    Cancel {
        /// The application id.
        app_id: u64,
    },
}

impl ProjectAction {
    /// The action's name on the wire.
    ///
    /// ```
    /// assert_eq!(cloud_identity::models::projects::ProjectAction::Unsuspend.name(), "unsuspend");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            ProjectAction::Suspend => "suspend",
            ProjectAction::Unsuspend => "unsuspend",
            ProjectAction::Terminate => "terminate",
            ProjectAction::Reinstate => "reinstate",
            ProjectAction::Approve { .. } => "approve",
            ProjectAction::Deny { .. } => "deny",
            ProjectAction::Dismiss { .. } => "dismiss",
            ProjectAction::Cancel { .. } => "cancel",
        }
    }

    /// The request body: `{"<action>": {"reason": …[, "app_id": …]}}`
    /// (`reason`, not astakosclient's misspelt `reasons`).
    ///
    /// ```
    /// use cloud_identity::models::projects::ProjectAction;
    /// assert_eq!(ProjectAction::Cancel { app_id: 3 }.body("")["cancel"]["app_id"], 3);
    /// ```
    pub fn body(self, reason: &str) -> Value {
        let inner = match self {
            ProjectAction::Approve { app_id }
            | ProjectAction::Deny { app_id }
            | ProjectAction::Dismiss { app_id }
            | ProjectAction::Cancel { app_id } => json!({"reason": reason, "app_id": app_id}),
            _ => json!({"reason": reason}),
        };
        json!({ self.name(): inner })
    }
}

impl fmt::Display for ProjectAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A membership (`GET {account}/projects/memberships[/<id>]`). The dates are
/// named after the states that have log entries (`requested`, `accepted`, …)
/// and kept in `extra`.
///
/// ```
/// use cloud_identity::models::projects::Membership;
/// let m: Membership = serde_json::from_str(r#"{"id": 17, "user": "u1", "project": "p1",
///     "state": "accepted", "allowed_actions": ["leave"], "accepted": "2030-01-01T00:00:00Z"}"#).unwrap();
/// assert_eq!(m.allowed_actions, ["leave"]);
/// assert_eq!(m.extra["accepted"], "2030-01-01T00:00:00Z");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Membership {
    /// The membership id.
    pub id: u64,
    /// The member's UUID.
    #[serde(default, deserialize_with = "super::null_default")]
    pub user: String,
    /// The project UUID.
    #[serde(default, deserialize_with = "super::null_default")]
    pub project: String,
    /// `requested`, `accepted`, `leave_requested`, `suspended`, `rejected`, `cancelled`, `removed`.
    #[serde(default, deserialize_with = "super::null_default")]
    pub state: String,
    /// What the caller may do to it.
    #[serde(default, deserialize_with = "super::null_default")]
    pub allowed_actions: Vec<String>,
    /// Dates and fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// An action on a membership (`POST {account}/projects/memberships/<id>/action`).
///
/// ```
/// use cloud_identity::models::projects::MembershipAction;
/// assert_eq!(MembershipAction::Accept.body("welcome"), serde_json::json!({"accept": "welcome"}));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MembershipAction {
    /// Accept a join request (project owner).
    Accept,
    /// Reject a join request (project owner).
    Reject,
    /// Remove a member (project owner).
    Remove,
    /// Withdraw one's own join request.
    Cancel,
    /// Leave a project.
    Leave,
}

impl MembershipAction {
    /// The action's name on the wire.
    ///
    /// ```
    /// assert_eq!(cloud_identity::models::projects::MembershipAction::Leave.name(), "leave");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            MembershipAction::Accept => "accept",
            MembershipAction::Reject => "reject",
            MembershipAction::Remove => "remove",
            MembershipAction::Cancel => "cancel",
            MembershipAction::Leave => "leave",
        }
    }

    /// The request body: `{"<action>": "<reason>"}` (a string, not an object).
    ///
    /// ```
    /// use cloud_identity::models::projects::MembershipAction;
    /// assert_eq!(MembershipAction::Remove.body("")["remove"], "");
    /// ```
    pub fn body(self, reason: &str) -> Value {
        json!({ self.name(): reason })
    }
}

impl fmt::Display for MembershipAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The answer to a join or an enrolment: the new membership's id.
///
/// ```
/// let m: cloud_identity::models::projects::MembershipCreated = serde_json::from_str(r#"{"id": 5}"#).unwrap();
/// assert_eq!(m.id, 5);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MembershipCreated {
    /// The membership id.
    pub id: u64,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
