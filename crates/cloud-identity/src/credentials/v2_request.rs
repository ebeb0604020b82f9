//! What the Keystone v2.0 / Astakos methods share: the tenant and the request.

use cloud_core::{Error, Transport};
use serde_json::Value;

use crate::AuthToken;

/// The tenant a v2.0 token is scoped to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Tenant {
    Name(String),
    Id(String),
}

impl Tenant {
    /// Adds `tenantName` or `tenantId` to the `auth` object.
    pub(super) fn add_to(tenant: Option<&Tenant>, auth: &mut Value) {
        match tenant {
            Some(Tenant::Name(name)) => auth["tenantName"] = Value::String(name.clone()),
            Some(Tenant::Id(id)) => auth["tenantId"] = Value::String(id.clone()),
            None => {}
        }
    }

    pub(super) fn describe(tenant: Option<&Tenant>) -> String {
        match tenant {
            Some(Tenant::Name(name)) => format!("tenant {name}"),
            Some(Tenant::Id(id)) => format!("tenant id {id}"),
            None => "unscoped".to_owned(),
        }
    }
}

/// `POST {auth_url}/tokens` and the `access` document it answers.
pub(super) async fn v2_authenticate(
    transport: &Transport,
    auth_url: &str,
    body: &Value,
) -> Result<AuthToken, Error> {
    let url = format!("{}/tokens", auth_url.trim_end_matches('/'));
    let (_, document) = super::post_auth(transport, &url, body).await?;
    AuthToken::from_v2(&document)
}
