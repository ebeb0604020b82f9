//! `kamaki project …` and `kamaki membership …`.

use cloud_identity::AstakosClient;
use cloud_identity::models::projects::{ProjectAction, ProjectFilters, ProjectSpec};
use serde_json::json;

use super::{Ctx, decorate_users, finish_change, lib_err, note};
use crate::args::Change;
use crate::args::account::{Membership, MembershipActionArgs, Project, ProjectFields};
use crate::errors::{CliError, CliResult};
use crate::output::{Data, to_value};
use crate::session::Cloud;

const LIST_COLUMNS: &[&str] = &["id", "name"];
const DETAIL_COLUMNS: &[&str] = &[
    "id",
    "name",
    "state",
    "owner",
    "end_date",
    "join_policy",
    "leave_policy",
    "max_members",
];
const MEMBERSHIP_COLUMNS: &[&str] = &["id", "project", "user", "state"];

/// Parses `RESOURCE=MEMBER_CAPACITY,PROJECT_CAPACITY`.
fn parse_resource(text: &str) -> CliResult<(String, u64, u64)> {
    let bad = || {
        CliError::usage(format!(
            "--resource `{text}`: expected RESOURCE=MEMBER_CAPACITY,PROJECT_CAPACITY"
        ))
        .hint("For example: --resource cyclades.cpu=1,5 (each member 1, the project 5)")
    };
    let (name, caps) = text.split_once('=').ok_or_else(bad)?;
    let (member, project) = caps.split_once(',').ok_or_else(bad)?;
    let member: u64 = member.trim().parse().map_err(|_| bad())?;
    let project: u64 = project.trim().parse().map_err(|_| bad())?;
    if member > project {
        return Err(CliError::usage(format!(
            "--resource {name}: the member capacity ({member}) exceeds the project capacity ({project})"
        ))
        .hint("Give RESOURCE=MEMBER_CAPACITY,PROJECT_CAPACITY with member <= project"));
    }
    Ok((name.trim().to_owned(), project, member))
}

/// The specification from `--spec-file` and the flags (flags win).
fn spec(fields: &ProjectFields) -> CliResult<ProjectSpec> {
    let mut spec = match &fields.spec_file {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| {
                CliError::usage(format!("cannot read --spec-file {}: {e}", path.display()))
            })?;
            serde_json::from_str::<ProjectSpec>(&text).map_err(|e| {
                CliError::usage(format!(
                    "--spec-file {} is not a project specification: {e}",
                    path.display()
                ))
                .hint("See `kamaki project create --help` for the JSON fields")
            })?
        }
        None => ProjectSpec::default(),
    };
    macro_rules! take {
        ($($field:ident),*) => {$(if let Some(v) = &fields.$field { spec.$field = Some(v.clone()); })*};
    }
    take!(
        name,
        owner,
        homepage,
        description,
        start_date,
        end_date,
        join_policy,
        leave_policy
    );
    if let Some(n) = fields.max_members {
        spec.max_members = Some(n);
    }
    for text in &fields.resources {
        let (name, project, member) = parse_resource(text)?;
        spec = spec.resource(name, project, member);
    }
    Ok(spec)
}

async fn client(ctx: &Ctx<'_>, dry_run: bool) -> CliResult<(Cloud, AstakosClient)> {
    let (cloud, identity) = ctx.identity(dry_run)?;
    let client = identity.get_client(None).await.map_err(lib_err(&cloud))?;
    Ok((cloud, client))
}

/// Runs a `project` command.
pub async fn run(ctx: &mut Ctx<'_>, cmd: Project) -> CliResult<Data> {
    let dry_run = match &cmd {
        Project::Create { change, .. }
        | Project::Modify { change, .. }
        | Project::Join { change, .. }
        | Project::Enroll { change, .. } => change.dry_run,
        Project::Suspend(a)
        | Project::Unsuspend(a)
        | Project::Terminate(a)
        | Project::Reinstate(a) => a.change.dry_run,
        Project::Approve(a) | Project::Deny(a) | Project::Dismiss(a) | Project::Cancel(a) => {
            a.change.dry_run
        }
        Project::List { .. } | Project::Info { .. } => false,
    };
    let (cloud, client) = client(ctx, dry_run).await?;
    let err = lib_err(&cloud);
    let mut data = match cmd {
        Project::List {
            details,
            name,
            state,
            owner,
        } => {
            let filters = ProjectFilters {
                name,
                state,
                owner,
                mode: None,
            };
            let projects = client.get_projects(&filters).await.map_err(&err)?;
            let rows = projects
                .iter()
                .map(to_value)
                .collect::<CliResult<Vec<_>>>()?;
            let data = Data::list(
                rows,
                if details {
                    DETAIL_COLUMNS
                } else {
                    LIST_COLUMNS
                },
            );
            Ok(data)
        }
        Project::Info { project_id } => {
            let data = Data::object(
                client
                    .get_project(&project_id)
                    .await
                    .map_err(|e| project_hint(&cloud, &project_id, &e))?,
            )?;
            Ok(data)
        }
        Project::Create {
            fields,
            private,
            change,
        } => {
            let mut spec = spec(&fields)?;
            if private.is_some() {
                spec.private = private;
            }
            if spec.name.is_none() || spec.end_date.is_none() {
                return Err(CliError::usage("Missing required arguments: --spec-file, or --name and --end-date")
                    .hint("For example: kamaki project create --name lab.example.org --end-date 2030-01-01"));
            }
            let result = finish_change(&change, &cloud, client.create_project(&spec).await)?;
            match result {
                Some(applied) => {
                    note("Application is submitted successfully");
                    Data::object(applied)
                }
                None => Ok(Data::None),
            }
        }
        Project::Modify {
            project_id,
            fields,
            private,
            public,
            change,
        } => {
            let mut spec = spec(&fields)?;
            if private || public {
                spec.private = Some(private);
            }
            if spec == ProjectSpec::default() {
                return Err(CliError::usage("Missing required arguments: nothing to modify")
                    .hint("Give at least one of --name, --end-date, --description, --resource, --private/--public, ... or --spec-file"));
            }
            let result = finish_change(
                &change,
                &cloud,
                client.modify_project(&project_id, &spec).await,
            )?;
            match result {
                Some(applied) => {
                    note("Application is submitted successfully");
                    Data::object(applied)
                }
                None => Ok(Data::None),
            }
        }
        Project::Suspend(a) => {
            project_action(
                &client,
                &cloud,
                &a.project_id,
                ProjectAction::Suspend,
                &a.reason,
                &a.change,
            )
            .await
        }
        Project::Unsuspend(a) => {
            project_action(
                &client,
                &cloud,
                &a.project_id,
                ProjectAction::Unsuspend,
                &a.reason,
                &a.change,
            )
            .await
        }
        Project::Terminate(a) => {
            project_action(
                &client,
                &cloud,
                &a.project_id,
                ProjectAction::Terminate,
                &a.reason,
                &a.change,
            )
            .await
        }
        Project::Reinstate(a) => {
            project_action(
                &client,
                &cloud,
                &a.project_id,
                ProjectAction::Reinstate,
                &a.reason,
                &a.change,
            )
            .await
        }
        Project::Approve(a) => {
            project_action(
                &client,
                &cloud,
                &a.project_id,
                ProjectAction::Approve { app_id: a.app_id },
                &a.reason,
                &a.change,
            )
            .await
        }
        Project::Deny(a) => {
            project_action(
                &client,
                &cloud,
                &a.project_id,
                ProjectAction::Deny { app_id: a.app_id },
                &a.reason,
                &a.change,
            )
            .await
        }
        Project::Dismiss(a) => {
            project_action(
                &client,
                &cloud,
                &a.project_id,
                ProjectAction::Dismiss { app_id: a.app_id },
                &a.reason,
                &a.change,
            )
            .await
        }
        Project::Cancel(a) => {
            project_action(
                &client,
                &cloud,
                &a.project_id,
                ProjectAction::Cancel { app_id: a.app_id },
                &a.reason,
                &a.change,
            )
            .await
        }
        Project::Join { project_id, change } => {
            let result = client.join_project(&project_id).await;
            membership_created(&client, &cloud, &change, result).await
        }
        Project::Enroll {
            project_id,
            email,
            change,
        } => {
            let result = client.enroll_member(&project_id, &email).await;
            membership_created(&client, &cloud, &change, result).await
        }
    }?;
    decorate_users(ctx, &client, &mut data, &["owner", "user"]).await;
    Ok(data)
}

fn project_hint(cloud: &Cloud, project_id: &str, e: &cloud_core::Error) -> CliError {
    let base = CliError::from_library(e, &cloud.name);
    match e.kind() {
        Some(cloud_core::ErrorKind::NotFound | cloud_core::ErrorKind::BadRequest) => CliError {
            message: format!("No project with ID {project_id}: {}", base.message),
            ..base
        }
        .hint("To list the projects: kamaki project list"),
        Some(cloud_core::ErrorKind::Forbidden) => CliError {
            message: format!("No access to project {project_id}: {}", base.message),
            ..base
        }
        .hint("To list your memberships: kamaki membership list"),
        _ => base,
    }
}

async fn project_action(
    client: &AstakosClient,
    cloud: &Cloud,
    project_id: &str,
    action: ProjectAction,
    reason: &str,
    change: &Change,
) -> CliResult<Data> {
    let result = client.project_action(project_id, action, reason).await;
    if let Err(e) = &result
        && !(change.dry_run && crate::dry_run::is_dry_run_stop(e))
    {
        return Err(project_hint(cloud, project_id, e));
    }
    if finish_change(change, cloud, result)?.is_none() {
        return Ok(Data::None);
    }
    // Show the project as it is now.
    Data::object(
        client
            .get_project(project_id)
            .await
            .map_err(lib_err(cloud))?,
    )
}

async fn membership_created(
    client: &AstakosClient,
    cloud: &Cloud,
    change: &Change,
    result: Result<u64, cloud_core::Error>,
) -> CliResult<Data> {
    match finish_change(change, cloud, result)? {
        Some(id) => {
            let membership = client.get_membership(id).await.map_err(lib_err(cloud))?;
            Data::object(membership)
        }
        None => Ok(Data::None),
    }
}

/// Runs a `membership` command.
pub async fn membership(ctx: &mut Ctx<'_>, cmd: Membership) -> CliResult<Data> {
    let dry_run = match &cmd {
        Membership::Accept(a)
        | Membership::Reject(a)
        | Membership::Remove(a)
        | Membership::Cancel(a)
        | Membership::Leave(a) => a.change.dry_run,
        _ => false,
    };
    let (cloud, client) = client(ctx, dry_run).await?;
    let err = lib_err(&cloud);
    let action = |a: MembershipActionArgs, name: &'static str| (a, name);
    let (args, name) = match cmd {
        Membership::List { project_id } => {
            let list = client
                .get_memberships(project_id.as_deref())
                .await
                .map_err(&err)?;
            let rows = list.iter().map(to_value).collect::<CliResult<Vec<_>>>()?;
            let mut data = Data::list(rows, MEMBERSHIP_COLUMNS);
            decorate_users(ctx, &client, &mut data, &["user"]).await;
            return Ok(data);
        }
        Membership::Info { membership_id } => {
            let mut data = Data::object(
                client
                    .get_membership(membership_id)
                    .await
                    .map_err(|e| membership_hint(&cloud, membership_id, &e))?,
            )?;
            decorate_users(ctx, &client, &mut data, &["user"]).await;
            return Ok(data);
        }
        Membership::Accept(a) => action(a, "accept"),
        Membership::Reject(a) => action(a, "reject"),
        Membership::Remove(a) => action(a, "remove"),
        Membership::Cancel(a) => action(a, "cancel"),
        Membership::Leave(a) => action(a, "leave"),
    };
    let id = args.membership_id;
    let result = match name {
        "accept" => client.accept_membership(id, &args.reason).await,
        "reject" => client.reject_membership(id, &args.reason).await,
        "remove" => client.remove_membership(id, &args.reason).await,
        "cancel" => client.cancel_membership(id, &args.reason).await,
        _ => client.leave_membership(id, &args.reason).await,
    };
    if let Err(e) = &result
        && !(args.change.dry_run && crate::dry_run::is_dry_run_stop(e))
    {
        return Err(membership_hint(&cloud, id, e));
    }
    if finish_change(&args.change, &cloud, result)?.is_none() {
        return Ok(Data::None);
    }
    // Show the membership as it is now (it may be gone after leave or remove).
    match client.get_membership(id).await {
        Ok(m) => {
            let mut data = Data::object(m)?;
            decorate_users(ctx, &client, &mut data, &["user"]).await;
            Ok(data)
        }
        Err(_) => Ok(Data::Object(
            json!({"id": id, "action": name, "done": true}),
        )),
    }
}

fn membership_hint(cloud: &Cloud, id: u64, e: &cloud_core::Error) -> CliError {
    let base = CliError::from_library(e, &cloud.name);
    match e.kind() {
        Some(cloud_core::ErrorKind::NotFound | cloud_core::ErrorKind::BadRequest) => CliError {
            message: format!("No membership with ID {id}: {}", base.message),
            ..base
        }
        .hint("To list the memberships: kamaki membership list"),
        _ => base,
    }
}
