//! Projects: list, info, create, modify and the project and application actions.

use cloud_core::Error;
use http::Method;

use super::AstakosClient;
use crate::models::projects::{
    Project, ProjectAction, ProjectApplied, ProjectFilters, ProjectSpec,
};

impl AstakosClient {
    /// `GET {account}/projects` with filters (state, owner, name, mode).
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// use cloud_identity::models::projects::ProjectFilters;
    /// let active = astakos.get_projects(&ProjectFilters { state: Some("active".into()), ..Default::default() }).await?;
    /// # let _ = active; Ok(()) }
    /// ```
    pub async fn get_projects(&self, filters: &ProjectFilters) -> Result<Vec<Project>, Error> {
        self.get_json("projects", &filters.query_pairs()).await
    }

    /// `GET {account}/projects/<id>`; an unknown project is `NotFound`.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let project = astakos.get_project("a1b2…").await?;
    /// println!("{} is {}", project.name, project.state);
    /// # Ok(()) }
    /// ```
    pub async fn get_project(&self, project_id: &str) -> Result<Project, Error> {
        self.get_json(&format!("projects/{}", path_segment(project_id)), &[])
            .await
    }

    /// `POST {account}/projects`: applies for a new project (201 with the
    /// project and application ids).
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// use cloud_identity::models::projects::ProjectSpec;
    /// let spec = ProjectSpec::new("lab", "2030-01-01T00:00:00Z").resource("cyclades.vm", 10, 2);
    /// let applied = astakos.create_project(&spec).await?;
    /// println!("project {} application {}", applied.id, applied.application);
    /// # Ok(()) }
    /// ```
    pub async fn create_project(&self, spec: &ProjectSpec) -> Result<ProjectApplied, Error> {
        self.send_json(Method::POST, "projects", spec, false).await
    }

    /// `PUT {account}/projects/<id>`: applies for a change (only the fields set are sent).
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// use cloud_identity::models::projects::ProjectSpec;
    /// let change = ProjectSpec { description: Some("now with GPUs".into()), ..Default::default() };
    /// astakos.modify_project("a1b2…", &change).await?;
    /// # Ok(()) }
    /// ```
    pub async fn modify_project(
        &self,
        project_id: &str,
        spec: &ProjectSpec,
    ) -> Result<ProjectApplied, Error> {
        let path = format!("projects/{}", path_segment(project_id));
        self.send_json(Method::PUT, &path, spec, false).await
    }

    /// `POST {account}/projects/<id>/action` with `{"<action>": {"reason", ["app_id"]}}`.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// use cloud_identity::models::projects::ProjectAction;
    /// astakos.project_action("a1b2…", ProjectAction::Approve { app_id: 7 }, "looks fine").await?;
    /// # Ok(()) }
    /// ```
    pub async fn project_action(
        &self,
        project_id: &str,
        action: ProjectAction,
        reason: &str,
    ) -> Result<(), Error> {
        let path = format!("projects/{}/action", path_segment(project_id));
        self.send_action(&path, &action.body(reason)).await
    }

    /// An application action (astakosclient's `application_action`):
    /// `approve`, `deny`, `dismiss` or `cancel` of application `app_id`.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// astakos.application_action("a1b2…", 7, "deny", "no budget").await?;
    /// # Ok(()) }
    /// ```
    pub async fn application_action(
        &self,
        project_id: &str,
        app_id: u64,
        action: &str,
        reason: &str,
    ) -> Result<(), Error> {
        let action = match action {
            "approve" => ProjectAction::Approve { app_id },
            "deny" => ProjectAction::Deny { app_id },
            "dismiss" => ProjectAction::Dismiss { app_id },
            "cancel" => ProjectAction::Cancel { app_id },
            other => {
                return Err(Error::config(
                    format!("`{other}` is not an application action"),
                    "use approve, deny, dismiss or cancel",
                ));
            }
        };
        self.project_action(project_id, action, reason).await
    }

    /// Suspends a project.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// astakos.suspend_project("a1b2…", "abuse").await?;
    /// # Ok(()) }
    /// ```
    pub async fn suspend_project(&self, project_id: &str, reason: &str) -> Result<(), Error> {
        self.project_action(project_id, ProjectAction::Suspend, reason)
            .await
    }

    /// Resumes a suspended project.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// astakos.unsuspend_project("a1b2…", "").await?;
    /// # Ok(()) }
    /// ```
    pub async fn unsuspend_project(&self, project_id: &str, reason: &str) -> Result<(), Error> {
        self.project_action(project_id, ProjectAction::Unsuspend, reason)
            .await
    }

    /// Terminates a project.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// astakos.terminate_project("a1b2…", "course over").await?;
    /// # Ok(()) }
    /// ```
    pub async fn terminate_project(&self, project_id: &str, reason: &str) -> Result<(), Error> {
        self.project_action(project_id, ProjectAction::Terminate, reason)
            .await
    }

    /// Brings back a terminated project.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// astakos.reinstate_project("a1b2…", "").await?;
    /// # Ok(()) }
    /// ```
    pub async fn reinstate_project(&self, project_id: &str, reason: &str) -> Result<(), Error> {
        self.project_action(project_id, ProjectAction::Reinstate, reason)
            .await
    }

    /// Approves application `app_id` of a project.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// astakos.approve_application("a1b2…", 7, "").await?;
    /// # Ok(()) }
    /// ```
    pub async fn approve_application(
        &self,
        project_id: &str,
        app_id: u64,
        reason: &str,
    ) -> Result<(), Error> {
        self.project_action(project_id, ProjectAction::Approve { app_id }, reason)
            .await
    }

    /// Denies application `app_id` of a project.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// astakos.deny_application("a1b2…", 7, "no budget").await?;
    /// # Ok(()) }
    /// ```
    pub async fn deny_application(
        &self,
        project_id: &str,
        app_id: u64,
        reason: &str,
    ) -> Result<(), Error> {
        self.project_action(project_id, ProjectAction::Deny { app_id }, reason)
            .await
    }

    /// Dismisses (acknowledges) denied application `app_id`.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// astakos.dismiss_application("a1b2…", 7, "").await?;
    /// # Ok(()) }
    /// ```
    pub async fn dismiss_application(
        &self,
        project_id: &str,
        app_id: u64,
        reason: &str,
    ) -> Result<(), Error> {
        self.project_action(project_id, ProjectAction::Dismiss { app_id }, reason)
            .await
    }

    /// Cancels one's own pending application `app_id`.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// astakos.cancel_application("a1b2…", 7, "").await?;
    /// # Ok(()) }
    /// ```
    pub async fn cancel_application(
        &self,
        project_id: &str,
        app_id: u64,
        reason: &str,
    ) -> Result<(), Error> {
        self.project_action(project_id, ProjectAction::Cancel { app_id }, reason)
            .await
    }
}

/// A path segment with `/`, `?`, `#`, `%` and spaces encoded.
pub(crate) fn path_segment(value: &str) -> String {
    const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
        .add(b' ')
        .add(b'/')
        .add(b'?')
        .add(b'#')
        .add(b'%');
    percent_encoding::utf8_percent_encode(value, SEGMENT).to_string()
}
