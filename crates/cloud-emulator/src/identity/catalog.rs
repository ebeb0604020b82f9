//! The service catalog (IDENTITY.md §2.1): every service the emulator
//! serves, built from the base URL, identical for all users.
//!
//! [`SERVICES`] is the one place to add a service (compute, network, image
//! and volume come with the Cyclades part of the emulator).

use serde_json::{Map, Value, json};

/// One catalog entry: how a service is named and where it lives.
#[derive(Debug, Clone, Copy)]
pub struct Service {
    /// Catalog `name`, e.g. `astakos_identity`.
    pub name: &'static str,
    /// Catalog `type`, e.g. `identity`.
    pub kind: &'static str,
    /// The endpoint's `versionId` (may be empty).
    pub version: &'static str,
    /// The publicURL's path under the base URL.
    pub path: &'static str,
    /// Whether the endpoint also carries `SNF:webloginURL` (= its publicURL).
    pub weblogin: bool,
}

/// The services, in catalog order (Astakos orders them by internal id).
pub const SERVICES: &[Service] = &[
    Service {
        name: "astakos_identity",
        kind: "identity",
        version: "v2.0",
        path: "/identity/v2.0",
        weblogin: false,
    },
    Service {
        name: "astakos_account",
        kind: "account",
        version: "v1.0",
        path: "/account/v1.0",
        weblogin: false,
    },
    Service {
        name: "astakos_weblogin",
        kind: "astakos_weblogin",
        version: "",
        path: "/astakos/weblogin",
        weblogin: true,
    },
    Service {
        name: "pithos_object-store",
        kind: "object-store",
        version: "v1",
        path: "/object-store/v1",
        weblogin: false,
    },
    Service {
        name: "pithos_public",
        kind: "public",
        version: "v2.0",
        path: "/public",
        weblogin: false,
    },
];

/// The catalog for an emulator at `base_url` (no trailing `/`): a list of
/// `{name, type, endpoints: [{versionId, publicURL, SNF:uiURL, region}],
/// endpoints_links: []}`.
///
/// ```
/// let catalog = cloud_emulator::identity::catalog::catalog("http://127.0.0.1:9");
/// assert_eq!(catalog[0]["endpoints"][0]["publicURL"], "http://127.0.0.1:9/identity/v2.0");
/// assert_eq!(catalog[0]["endpoints"][0]["region"], "default");
/// ```
pub fn catalog(base_url: &str) -> Value {
    let services: Vec<Value> = SERVICES
        .iter()
        .map(|service| {
            let url = format!("{base_url}{}", service.path);
            let mut endpoint = Map::new();
            endpoint.insert("versionId".into(), service.version.into());
            endpoint.insert("publicURL".into(), url.clone().into());
            endpoint.insert("SNF:uiURL".into(), format!("{base_url}/ui").into());
            endpoint.insert("region".into(), "default".into());
            if service.weblogin {
                endpoint.insert("SNF:webloginURL".into(), url.into());
            }
            json!({
                "name": service.name,
                "type": service.kind,
                "endpoints": [endpoint],
                "endpoints_links": [],
            })
        })
        .collect();
    Value::Array(services)
}
