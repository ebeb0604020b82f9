//! Commissions: service-to-service quota transactions (`{account}/commissions…`).
//!
//! ```
//! use cloud_identity::models::commissions::CommissionRequest;
//! let body = serde_json::to_value(CommissionRequest::new("vm").charge("u", "p", "cyclades.vm", 1)).unwrap();
//! assert_eq!(body["provisions"][1]["source"], serde_json::Value::Null);
//! ```

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// One change of one holding.
///
/// ```
/// use cloud_identity::models::commissions::Provision;
/// let p = Provision::new("user:u1", Some("project:p1"), "cyclades.vm", 1);
/// assert_eq!(serde_json::to_value(&p).unwrap()["source"], "project:p1");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provision {
    /// `user:<uuid>` or `project:<uuid>`.
    pub holder: String,
    /// `project:<uuid>` for a user holding, `null` for a project holding.
    pub source: Option<String>,
    /// The resource name.
    pub resource: String,
    /// How much (negative to release).
    pub quantity: i64,
}

impl Provision {
    /// A provision.
    ///
    /// ```
    /// let p = cloud_identity::models::commissions::Provision::new("project:p1", None, "cyclades.vm", -1);
    /// assert_eq!(p.quantity, -1);
    /// ```
    pub fn new(
        holder: impl Into<String>,
        source: Option<&str>,
        resource: impl Into<String>,
        quantity: i64,
    ) -> Self {
        Provision {
            holder: holder.into(),
            source: source.map(str::to_owned),
            resource: resource.into(),
            quantity,
        }
    }
}

/// The body of `POST {account}/commissions`.
///
/// ```
/// use cloud_identity::models::commissions::CommissionRequest;
/// let c = CommissionRequest::new("create a VM").charge("u1", "p1", "cyclades.vm", 1);
/// // Both the user's and the project's holding change, as astakosclient's mk_provisions does.
/// assert_eq!(c.provisions.len(), 2);
/// assert_eq!(c.provisions[0].holder, "user:u1");
/// assert_eq!(c.provisions[1].holder, "project:p1");
/// assert_eq!(c.provisions[1].source, None);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommissionRequest {
    /// Issue even over the limit.
    pub force: bool,
    /// Accept at once (no separate accept call).
    pub auto_accept: bool,
    /// A description.
    pub name: String,
    /// The changes.
    pub provisions: Vec<Provision>,
}

impl CommissionRequest {
    /// An empty commission, neither forced nor auto-accepted.
    ///
    /// ```
    /// let c = cloud_identity::models::commissions::CommissionRequest::new("x");
    /// assert!(!c.force && !c.auto_accept && c.provisions.is_empty());
    /// ```
    pub fn new(name: impl Into<String>) -> Self {
        CommissionRequest {
            force: false,
            auto_accept: false,
            name: name.into(),
            provisions: Vec::new(),
        }
    }

    /// Charges `quantity` of `resource` to `user` in `project`: one provision
    /// on `user:<user>` from `project:<project>` and one on `project:<project>`.
    ///
    /// ```
    /// let c = cloud_identity::models::commissions::CommissionRequest::new("x").charge("u", "p", "cyclades.cpu", 2);
    /// assert_eq!(c.provisions[0].source.as_deref(), Some("project:p"));
    /// ```
    pub fn charge(mut self, user: &str, project: &str, resource: &str, quantity: i64) -> Self {
        let project_holder = format!("project:{project}");
        self.provisions.push(Provision::new(
            format!("user:{user}"),
            Some(&project_holder),
            resource,
            quantity,
        ));
        self.provisions
            .push(Provision::new(project_holder, None, resource, quantity));
        self
    }

    /// Sets `force`.
    ///
    /// ```
    /// assert!(cloud_identity::models::commissions::CommissionRequest::new("x").force(true).force);
    /// ```
    pub fn force(mut self, force: bool) -> Self {
        self.force = force;
        self
    }

    /// Sets `auto_accept`.
    ///
    /// ```
    /// assert!(cloud_identity::models::commissions::CommissionRequest::new("x").auto_accept(true).auto_accept);
    /// ```
    pub fn auto_accept(mut self, auto_accept: bool) -> Self {
        self.auto_accept = auto_accept;
        self
    }
}

/// `{"serial": n}`, the answer to an issue.
///
/// ```
/// let s: cloud_identity::models::commissions::Serial = serde_json::from_str(r#"{"serial": 3}"#).unwrap();
/// assert_eq!(s.serial, 3);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Serial {
    /// The commission's serial number.
    pub serial: u64,
}

/// A pending commission (`GET {account}/commissions/<serial>`).
///
/// ```
/// let c: cloud_identity::models::commissions::CommissionInfo = serde_json::from_str(
///     r#"{"serial": 3, "issue_time": "2030-01-01T00:00:00Z", "name": "x", "provisions": []}"#).unwrap();
/// assert_eq!(c.serial, 3);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommissionInfo {
    /// The serial number.
    pub serial: u64,
    /// When it was issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_time: Option<String>,
    /// Its description.
    #[serde(default, deserialize_with = "super::null_default")]
    pub name: String,
    /// The changes.
    #[serde(default, deserialize_with = "super::null_default")]
    pub provisions: Vec<Provision>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Accept or reject one commission.
///
/// ```
/// use cloud_identity::models::commissions::CommissionAction;
/// assert_eq!(CommissionAction::Reject.body(), serde_json::json!({"reject": ""}));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommissionAction {
    /// Make the changes final.
    Accept,
    /// Undo the changes.
    Reject,
}

impl CommissionAction {
    /// The request body: `{"accept": ""}` or `{"reject": ""}`.
    ///
    /// ```
    /// use cloud_identity::models::commissions::CommissionAction;
    /// assert_eq!(CommissionAction::Accept.body()["accept"], "");
    /// ```
    pub fn body(self) -> Value {
        match self {
            CommissionAction::Accept => serde_json::json!({"accept": ""}),
            CommissionAction::Reject => serde_json::json!({"reject": ""}),
        }
    }
}

/// The answer to resolving many commissions at once.
///
/// ```
/// let r: cloud_identity::models::commissions::ResolveResult = serde_json::from_str(
///     r#"{"accepted": [1], "rejected": [], "failed": [[2, {"itemNotFound": {"message": "no", "code": 404}}]]}"#).unwrap();
/// assert_eq!(r.failed[0].0, 2);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResolveResult {
    /// The serials accepted.
    #[serde(default, deserialize_with = "super::null_default")]
    pub accepted: Vec<u64>,
    /// The serials rejected.
    #[serde(default, deserialize_with = "super::null_default")]
    pub rejected: Vec<u64>,
    /// The serials that failed, each with its fault.
    #[serde(default)]
    pub failed: Vec<(u64, Value)>,
    /// Fields this crate does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
