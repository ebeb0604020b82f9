//! `kamaki commission …`: quota transactions, with a component token
//! (`--service-token`).

use std::collections::BTreeMap;

use cloud_identity::models::commissions::{CommissionRequest, Provision};
use serde_json::json;

use super::{Ctx, finish_change, lib_err};
use crate::args::account::Commission;
use crate::errors::{CliError, CliResult};
use crate::output::Data;
use crate::session;

/// The provisions file: `{"RESOURCE": QUANTITY}` charged to `--uuid` from
/// `--source`, or a list of explicit provisions.
fn read_provisions(path: &std::path::Path, uuid: &str, source: &str) -> CliResult<Vec<Provision>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| CliError::usage(format!("cannot read --file-path {}: {e}", path.display())))?;
    let bad = |e: serde_json::Error| {
        CliError::usage(format!("--file-path {}: not a provisions file: {e}", path.display()))
            .hint("Give {\"RESOURCE\": QUANTITY, ...}, e.g. {\"cyclades.vm\": 1}, or a list of {holder, source, resource, quantity}")
    };
    let value: serde_json::Value = serde_json::from_str(&text).map_err(bad)?;
    if value.is_array() {
        return serde_json::from_value(value).map_err(bad);
    }
    let map: BTreeMap<String, i64> = serde_json::from_value(value).map_err(bad)?;
    let mut request = CommissionRequest::new("");
    for (resource, quantity) in map {
        request = request.charge(uuid, source, &resource, quantity);
    }
    Ok(request.provisions)
}

/// Runs a `commission` command.
pub async fn run(ctx: &mut Ctx<'_>, cmd: Commission) -> CliResult<Data> {
    let cloud = ctx.cloud()?;
    let err = lib_err(&cloud);
    match cmd {
        Commission::Pending { token } => {
            let client = session::service_client(&cloud, &token.service_token, false)?;
            let serials = client.get_pending_commissions().await.map_err(&err)?;
            let rows = serials.iter().map(|s| json!({"serial": s})).collect();
            Ok(Data::list(rows, &["serial"]))
        }
        Commission::Info {
            commission_id,
            token,
        } => {
            let client = session::service_client(&cloud, &token.service_token, false)?;
            Data::object(
                client
                    .get_commission_info(commission_id)
                    .await
                    .map_err(&err)?,
            )
        }
        Commission::Accept {
            commission_id,
            token,
            change,
        } => {
            let client = session::service_client(&cloud, &token.service_token, change.dry_run)?;
            let result = client.accept_commission(commission_id).await;
            Ok(match finish_change(&change, &cloud, result)? {
                Some(()) => Data::Object(json!({"serial": commission_id, "accepted": true})),
                None => Data::None,
            })
        }
        Commission::Reject {
            commission_id,
            token,
            change,
        } => {
            let client = session::service_client(&cloud, &token.service_token, change.dry_run)?;
            let result = client.reject_commission(commission_id).await;
            Ok(match finish_change(&change, &cloud, result)? {
                Some(()) => Data::Object(json!({"serial": commission_id, "rejected": true})),
                None => Data::None,
            })
        }
        Commission::Resolve {
            accept,
            reject,
            token,
            change,
        } => {
            let client = session::service_client(&cloud, &token.service_token, change.dry_run)?;
            let result = client.resolve_commissions(&accept, &reject).await;
            match finish_change(&change, &cloud, result)? {
                Some(resolved) => Data::object(resolved),
                None => Ok(Data::None),
            }
        }
        Commission::Issue {
            uuid,
            source,
            file_path,
            description,
            force,
            accept,
            token,
            change,
        } => {
            let provisions = read_provisions(&file_path, &uuid, &source)?;
            let mut request = CommissionRequest::new(description)
                .force(force)
                .auto_accept(accept);
            request.provisions = provisions;
            let client = session::service_client(&cloud, &token.service_token, change.dry_run)?;
            let result = client.issue_commission(&request).await;
            Ok(match finish_change(&change, &cloud, result)? {
                Some(serial) => Data::Object(json!({"serial": serial})),
                None => Data::None,
            })
        }
    }
}
