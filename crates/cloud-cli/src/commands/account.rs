//! `kamaki quota list`, `resource list`, `endpoint list` and `service …`.

use serde_json::{Value, json};

use super::{Ctx, lib_err};
use crate::args::account::{Endpoint, Quota, Resource, Service};
use crate::errors::CliResult;
use crate::output::{Data, Format, to_value};
use crate::session;

/// Resources whose values are bytes (shown as KiB/MiB/GiB unless `--bytes`).
const SIZE_RESOURCES: &[&str] = &["cyclades.disk", "cyclades.ram", "pithos.diskspace"];

/// Binary units, as kamaki's `format_size`.
pub fn format_size(bytes: i64) -> String {
    const UNITS: [&str; 6] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value.abs() >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 || value.fract() == 0.0 {
        format!("{value:.0}{}", UNITS[unit])
    } else {
        format!("{value:.2}{}", UNITS[unit])
    }
}

/// Runs `quota list`.
pub async fn quota(ctx: &mut Ctx<'_>, cmd: Quota) -> CliResult<Data> {
    let Quota::List {
        resource,
        project_id,
        bytes,
    } = cmd;
    let (cloud, identity) = ctx.identity(false)?;
    let err = lib_err(&cloud);
    let client = identity.get_client(None).await.map_err(&err)?;
    let quotas = client.get_quotas().await.map_err(&err)?;
    let human = !bytes && ctx.global.output_format.unwrap_or(Format::Table) == Format::Table;
    let mut rows = Vec::new();
    for (project, resources) in &quotas {
        if project_id.as_ref().is_some_and(|p| p != project) {
            continue;
        }
        for (name, counters) in resources {
            if resource
                .as_ref()
                .is_some_and(|r| !name.starts_with(r.as_str()))
            {
                continue;
            }
            let mut row = to_value(counters)?;
            row["project"] = Value::String(project.clone());
            row["resource"] = Value::String(name.clone());
            if human
                && SIZE_RESOURCES.contains(&name.as_str())
                && let Value::Object(map) = &mut row
            {
                for (key, value) in map.iter_mut() {
                    if key != "project"
                        && key != "resource"
                        && let Some(n) = value.as_i64()
                    {
                        *value = Value::String(format_size(n));
                    }
                }
            }
            rows.push(row);
        }
    }
    Ok(Data::list(
        rows,
        &[
            "project",
            "resource",
            "usage",
            "limit",
            "pending",
            "project_usage",
            "project_limit",
        ],
    ))
}

/// Runs `resource list`.
pub async fn resource(ctx: &mut Ctx<'_>, cmd: Resource) -> CliResult<Data> {
    let Resource::List = cmd;
    let (cloud, identity) = ctx.identity(false)?;
    let err = lib_err(&cloud);
    let client = identity.get_client(None).await.map_err(&err)?;
    let resources = client.get_resources().await.map_err(&err)?;
    let mut rows = Vec::new();
    for (name, resource) in &resources {
        let mut row = to_value(resource)?;
        row["name"] = Value::String(name.clone());
        rows.push(row);
    }
    Ok(Data::list(
        rows,
        &["name", "service", "unit", "description"],
    ))
}

/// Runs `endpoint list`.
pub async fn endpoint(ctx: &mut Ctx<'_>, cmd: Endpoint) -> CliResult<Data> {
    let Endpoint::List {
        endpoint_type,
        name,
    } = cmd;
    let (cloud, identity) = ctx.identity(false)?;
    let services = identity.get_services(None).await.map_err(lib_err(&cloud))?;
    let mut rows = Vec::new();
    for service in &services {
        if endpoint_type
            .as_ref()
            .is_some_and(|t| !t.eq_ignore_ascii_case(&service.service_type))
        {
            continue;
        }
        if name.as_ref().is_some_and(|n| *n != service.name) {
            continue;
        }
        for endpoint in &service.endpoints {
            let mut row = to_value(endpoint)?;
            row["type"] = Value::String(service.service_type.clone());
            row["name"] = Value::String(service.name.clone());
            rows.push(row);
        }
    }
    Ok(Data::list(
        rows,
        &["type", "name", "interface", "region", "version_id", "url"],
    ))
}

/// Runs a `service` command.
pub async fn service(ctx: &mut Ctx<'_>, cmd: Service) -> CliResult<Data> {
    let cloud = ctx.cloud()?;
    let err = lib_err(&cloud);
    match cmd {
        Service::List => {
            let identity = session::identity(&cloud, ctx.env, false)?;
            let services = identity.get_services(None).await.map_err(&err)?;
            let rows = services
                .iter()
                .map(|s| {
                    json!({
                        "type": s.service_type,
                        "name": s.name,
                        "endpoints": s.endpoints.iter().map(|e| e.url.clone()).collect::<Vec<_>>(),
                    })
                })
                .collect();
            Ok(Data::list(rows, &["type", "name", "endpoints"]))
        }
        Service::Quotas { token, uuid } => {
            let client = session::service_client(&cloud, &token.service_token, false)?;
            let users: Vec<String> = uuid.into_iter().collect();
            let quotas = client
                .get_service_quotas::<_, &str>(&users, &[])
                .await
                .map_err(&err)?;
            let mut rows = Vec::new();
            for (user, projects) in &quotas {
                for (project, resources) in projects {
                    for (resource, counters) in resources {
                        let mut row = to_value(counters)?;
                        row["user"] = Value::String(user.clone());
                        row["project"] = Value::String(project.clone());
                        row["resource"] = Value::String(resource.clone());
                        rows.push(row);
                    }
                }
            }
            Ok(Data::list(
                rows,
                &["user", "project", "resource", "usage", "limit", "pending"],
            ))
        }
        Service::Username2uuid { token, username } => {
            let client = session::service_client(&cloud, &token.service_token, false)?;
            let catalogs = client
                .service_get_user_catalogs::<&str, _>(&[], &username)
                .await
                .map_err(&err)?;
            let rows = username
                .iter()
                .map(|n| json!({"name": n, "uuid": catalogs.displayname_catalog.get(n)}))
                .collect();
            Ok(Data::list(rows, &["name", "uuid"]))
        }
        Service::Uuid2username { token, uuid } => {
            let client = session::service_client(&cloud, &token.service_token, false)?;
            let catalogs = client
                .service_get_user_catalogs::<_, &str>(&uuid, &[])
                .await
                .map_err(&err)?;
            let rows = uuid
                .iter()
                .map(|u| json!({"uuid": u, "name": catalogs.uuid_catalog.get(u)}))
                .collect();
            Ok(Data::list(rows, &["uuid", "name"]))
        }
    }
}
