//! Project memberships: list, info, join, enroll and the membership actions.

use cloud_core::Error;
use http::Method;
use serde_json::json;

use super::AstakosClient;
use crate::models::projects::{Membership, MembershipAction, MembershipCreated};

impl AstakosClient {
    /// `GET {account}/projects/memberships[?project=<id>]`.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let all = astakos.get_memberships(None).await?;
    /// let of_one = astakos.get_memberships(Some("a1b2…")).await?;
    /// # let _ = (all, of_one); Ok(()) }
    /// ```
    pub async fn get_memberships(
        &self,
        project_id: Option<&str>,
    ) -> Result<Vec<Membership>, Error> {
        let query: Vec<(&str, String)> = project_id
            .map(|p| vec![("project", p.to_owned())])
            .unwrap_or_default();
        self.get_json("projects/memberships", &query).await
    }

    /// `GET {account}/projects/memberships/<id>`.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let membership = astakos.get_membership(17).await?;
    /// println!("{}", membership.state);
    /// # Ok(()) }
    /// ```
    pub async fn get_membership(&self, membership_id: u64) -> Result<Membership, Error> {
        self.get_json(&format!("projects/memberships/{membership_id}"), &[])
            .await
    }

    /// Asks to join a project; returns the membership id.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let membership_id = astakos.join_project("a1b2…").await?;
    /// # let _ = membership_id; Ok(()) }
    /// ```
    pub async fn join_project(&self, project_id: &str) -> Result<u64, Error> {
        let body = json!({"join": {"project": project_id}});
        let created: MembershipCreated = self
            .send_json(Method::POST, "projects/memberships", &body, false)
            .await?;
        Ok(created.id)
    }

    /// Enrolls a user (by e-mail) in a project one owns; returns the membership id.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let membership_id = astakos.enroll_member("a1b2…", "student@example.org").await?;
    /// # let _ = membership_id; Ok(()) }
    /// ```
    pub async fn enroll_member(&self, project_id: &str, email: &str) -> Result<u64, Error> {
        let body = json!({"enroll": {"project": project_id, "user": email}});
        let created: MembershipCreated = self
            .send_json(Method::POST, "projects/memberships", &body, false)
            .await?;
        Ok(created.id)
    }

    /// `POST {account}/projects/memberships/<id>/action` with `{"<action>": "<reason>"}`.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// use cloud_identity::models::projects::MembershipAction;
    /// astakos.membership_action(17, MembershipAction::Accept, "welcome").await?;
    /// # Ok(()) }
    /// ```
    pub async fn membership_action(
        &self,
        membership_id: u64,
        action: MembershipAction,
        reason: &str,
    ) -> Result<(), Error> {
        let path = format!("projects/memberships/{membership_id}/action");
        self.send_action(&path, &action.body(reason)).await
    }

    /// Accepts a join request (project owner).
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// astakos.accept_membership(17, "").await?;
    /// # Ok(()) }
    /// ```
    pub async fn accept_membership(&self, membership_id: u64, reason: &str) -> Result<(), Error> {
        self.membership_action(membership_id, MembershipAction::Accept, reason)
            .await
    }

    /// Rejects a join request (project owner).
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// astakos.reject_membership(17, "full").await?;
    /// # Ok(()) }
    /// ```
    pub async fn reject_membership(&self, membership_id: u64, reason: &str) -> Result<(), Error> {
        self.membership_action(membership_id, MembershipAction::Reject, reason)
            .await
    }

    /// Removes a member (project owner).
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// astakos.remove_membership(17, "").await?;
    /// # Ok(()) }
    /// ```
    pub async fn remove_membership(&self, membership_id: u64, reason: &str) -> Result<(), Error> {
        self.membership_action(membership_id, MembershipAction::Remove, reason)
            .await
    }

    /// Withdraws one's own join request.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// astakos.cancel_membership(17, "").await?;
    /// # Ok(()) }
    /// ```
    pub async fn cancel_membership(&self, membership_id: u64, reason: &str) -> Result<(), Error> {
        self.membership_action(membership_id, MembershipAction::Cancel, reason)
            .await
    }

    /// Leaves a project.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// astakos.leave_membership(17, "").await?;
    /// # Ok(()) }
    /// ```
    pub async fn leave_membership(&self, membership_id: u64, reason: &str) -> Result<(), Error> {
        self.membership_action(membership_id, MembershipAction::Leave, reason)
            .await
    }
}
