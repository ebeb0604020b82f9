//! Commissions (component token): issue, pending, info, accept, reject, resolve.

use cloud_core::Error;
use http::Method;
use serde_json::json;

use super::AstakosClient;
use crate::models::commissions::{
    CommissionAction, CommissionInfo, CommissionRequest, ResolveResult, Serial,
};

impl AstakosClient {
    /// `POST {account}/commissions`; returns the serial. Over the limit is
    /// `OverLimit` (413) with the server's `data` in the error.
    ///
    /// ```no_run
    /// # async fn f(component: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// use cloud_identity::models::commissions::CommissionRequest;
    /// let serial = component
    ///     .issue_commission(&CommissionRequest::new("new VM").charge("u1", "p1", "cyclades.vm", 1))
    ///     .await?;
    /// # let _ = serial; Ok(()) }
    /// ```
    pub async fn issue_commission(&self, request: &CommissionRequest) -> Result<u64, Error> {
        let serial: Serial = self
            .send_json(Method::POST, "commissions", request, false)
            .await?;
        Ok(serial.serial)
    }

    /// `GET {account}/commissions`: the pending serials.
    ///
    /// ```no_run
    /// # async fn f(component: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let pending: Vec<u64> = component.get_pending_commissions().await?;
    /// # let _ = pending; Ok(()) }
    /// ```
    pub async fn get_pending_commissions(&self) -> Result<Vec<u64>, Error> {
        self.get_json("commissions", &[]).await
    }

    /// `GET {account}/commissions/<serial>`; unknown is `NotFound`.
    ///
    /// ```no_run
    /// # async fn f(component: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let info = component.get_commission_info(3).await?;
    /// println!("{} {:?}", info.name, info.provisions);
    /// # Ok(()) }
    /// ```
    pub async fn get_commission_info(&self, serial: u64) -> Result<CommissionInfo, Error> {
        self.get_json(&format!("commissions/{serial}"), &[]).await
    }

    /// `POST {account}/commissions/<serial>/action` with `{"accept": ""}` or `{"reject": ""}`.
    ///
    /// ```no_run
    /// # async fn f(component: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// use cloud_identity::models::commissions::CommissionAction;
    /// component.commission_action(3, CommissionAction::Accept).await?;
    /// # Ok(()) }
    /// ```
    pub async fn commission_action(
        &self,
        serial: u64,
        action: CommissionAction,
    ) -> Result<(), Error> {
        self.send_action(&format!("commissions/{serial}/action"), &action.body())
            .await
    }

    /// Accepts a commission.
    ///
    /// ```no_run
    /// # async fn f(component: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// component.accept_commission(3).await?;
    /// # Ok(()) }
    /// ```
    pub async fn accept_commission(&self, serial: u64) -> Result<(), Error> {
        self.commission_action(serial, CommissionAction::Accept)
            .await
    }

    /// Rejects a commission.
    ///
    /// ```no_run
    /// # async fn f(component: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// component.reject_commission(3).await?;
    /// # Ok(()) }
    /// ```
    pub async fn reject_commission(&self, serial: u64) -> Result<(), Error> {
        self.commission_action(serial, CommissionAction::Reject)
            .await
    }

    /// `POST {account}/commissions/action` with `{"accept": [...], "reject": [...]}`.
    ///
    /// ```no_run
    /// # async fn f(component: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let result = component.resolve_commissions(&[3, 4], &[5]).await?;
    /// println!("failed: {:?}", result.failed);
    /// # Ok(()) }
    /// ```
    pub async fn resolve_commissions(
        &self,
        accept: &[u64],
        reject: &[u64],
    ) -> Result<ResolveResult, Error> {
        let body = json!({"accept": accept, "reject": reject});
        self.send_json(Method::POST, "commissions/action", &body, false)
            .await
    }
}
