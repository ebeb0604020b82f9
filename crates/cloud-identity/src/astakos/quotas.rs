//! Resources and quotas.

use cloud_core::Error;

use super::AstakosClient;
use crate::models::quotas::{ProjectQuotas, Resources, ServiceQuotas};

impl AstakosClient {
    /// `GET {account}/resources`: every resource the API shows.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// for (name, resource) in astakos.get_resources().await? {
    ///     println!("{name}: {} ({:?})", resource.description, resource.unit);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn get_resources(&self) -> Result<Resources, Error> {
        self.get_json("resources", &[]).await
    }

    /// `GET {account}/quotas`: `project → resource → counters` for every
    /// project the user is a member of.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let quotas = astakos.get_quotas().await?;
    /// for (project, resources) in &quotas {
    ///     for (resource, counters) in resources {
    ///         println!("{project} {resource}: {:?} left", counters.available());
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn get_quotas(&self) -> Result<ProjectQuotas, Error> {
        self.get_json("quotas", &[]).await
    }

    /// `GET {account}/service_quotas[?user=…][&project=…]` (component token):
    /// `user → project → resource → counters`.
    ///
    /// ```no_run
    /// # async fn f(component: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let quotas = component.get_service_quotas(&["u1"], &[] as &[&str]).await?;
    /// # let _ = quotas; Ok(()) }
    /// ```
    pub async fn get_service_quotas<U: AsRef<str>, P: AsRef<str>>(
        &self,
        users: &[U],
        projects: &[P],
    ) -> Result<ServiceQuotas, Error> {
        let mut query = Vec::new();
        if !users.is_empty() {
            query.push(("user", super::users::strings(users).join(",")));
        }
        if !projects.is_empty() {
            query.push(("project", super::users::strings(projects).join(",")));
        }
        self.get_json("service_quotas", &query).await
    }

    /// `GET {account}/service_project_quotas[?project=…]` (component token):
    /// `project → resource → project counters`.
    ///
    /// ```no_run
    /// # async fn f(component: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let quotas = component.get_service_project_quotas(&[] as &[&str]).await?;
    /// # let _ = quotas; Ok(()) }
    /// ```
    pub async fn get_service_project_quotas<P: AsRef<str>>(
        &self,
        projects: &[P],
    ) -> Result<ProjectQuotas, Error> {
        let query = if projects.is_empty() {
            Vec::new()
        } else {
            vec![("project", super::users::strings(projects).join(","))]
        };
        self.get_json("service_project_quotas", &query).await
    }
}
