//! Resources and quotas (`GET {account}/resources`, `/quotas`, `/service_quotas`,
//! `/service_project_quotas`).
//!
//! ```
//! let quotas: cloud_identity::models::quotas::ProjectQuotas = serde_json::from_str(
//!     r#"{"p1": {"cyclades.vm": {"limit": 2, "usage": 1, "pending": 0,
//!             "project_limit": 4, "project_usage": 1, "project_pending": 0}}}"#).unwrap();
//! assert_eq!(quotas["p1"]["cyclades.vm"].available(), Some(1));
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A resource that projects grant (`cyclades.vm`, `pithos.diskspace`, …).
///
/// ```
/// use cloud_identity::models::quotas::Resource;
/// let r: Resource = serde_json::from_str(r#"{"service": "cyclades_compute",
///     "description": "Number of virtual machines", "unit": null,
///     "ui_visible": true, "api_visible": true}"#).unwrap();
/// assert_eq!(r.unit, None);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resource {
    /// The service name that owns it.
    #[serde(default, deserialize_with = "super::null_default")]
    pub service: String,
    /// What it counts.
    #[serde(default, deserialize_with = "super::null_default")]
    pub description: String,
    /// `"bytes"` or none.
    #[serde(default)]
    pub unit: Option<String>,
    /// Shown in the web UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ui_visible: Option<bool>,
    /// Shown through the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_visible: Option<bool>,
    /// Fields this crate does not know (`allow_in_projects`, …).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `resource name → resource`.
///
/// ```
/// let r: cloud_identity::models::quotas::Resources = serde_json::from_str(
///     r#"{"cyclades.vm": {"service": "cyclades_compute", "description": "VMs", "unit": null}}"#).unwrap();
/// assert_eq!(r["cyclades.vm"].service, "cyclades_compute");
/// ```
pub type Resources = BTreeMap<String, Resource>;

/// The counters of one resource in one project.
///
/// ```
/// use cloud_identity::models::quotas::QuotaCounters;
/// let q: QuotaCounters = serde_json::from_str(r#"{"limit": 1073741824, "usage": 536870912,
///     "pending": 0, "project_limit": 1073741824, "project_usage": 536870912, "project_pending": 0}"#).unwrap();
/// assert_eq!(q.available(), Some(536870912));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuotaCounters {
    /// The user's limit in the project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// The user's (maximum possible) usage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<i64>,
    /// Usage not yet committed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<i64>,
    /// The project's limit.
    pub project_limit: i64,
    /// The project's usage (all members).
    pub project_usage: i64,
    /// The project's pending usage.
    pub project_pending: i64,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl QuotaCounters {
    /// What the user may still take: `min(limit, project_limit - (project_usage - usage)) - usage`;
    /// `None` for project-only counters.
    ///
    /// ```
    /// use cloud_identity::models::quotas::QuotaCounters;
    /// let q: QuotaCounters = serde_json::from_str(r#"{"limit": 10, "usage": 2, "pending": 0,
    ///     "project_limit": 12, "project_usage": 9, "project_pending": 0}"#).unwrap();
    /// assert_eq!(q.available(), Some(3)); // the project has only 3 left
    /// ```
    pub fn available(&self) -> Option<i64> {
        let limit = self.limit?;
        let usage = self.usage?;
        let others = self.project_usage.saturating_sub(usage);
        Some(
            limit
                .min(self.project_limit.saturating_sub(others))
                .saturating_sub(usage),
        )
    }
}

/// `project uuid → resource → counters` (`GET {account}/quotas`,
/// `GET {account}/service_project_quotas`). See the module's example.
pub type ProjectQuotas = BTreeMap<String, BTreeMap<String, QuotaCounters>>;

/// `user uuid → project uuid → resource → counters` (`GET {account}/service_quotas`).
///
/// ```
/// let q: cloud_identity::models::quotas::ServiceQuotas = serde_json::from_str(
///     r#"{"u1": {"p1": {"cyclades.vm": {"project_limit": 4, "project_usage": 0, "project_pending": 0}}}}"#).unwrap();
/// assert_eq!(q["u1"]["p1"]["cyclades.vm"].available(), None);
/// ```
pub type ServiceQuotas = BTreeMap<String, ProjectQuotas>;
