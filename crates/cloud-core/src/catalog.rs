//! The service catalog and endpoint selection.
//!
//! A token answer carries a catalog of services, each with endpoints. Two
//! shapes exist on the wire, and both parse into one [`ServiceCatalog`]:
//!
//! * Keystone v2.0 and Synnefo Astakos (`access.serviceCatalog`): each endpoint
//!   object holds `publicURL`, maybe `internalURL` and `adminURL`, `region`,
//!   and (Astakos) `versionId`, `SNF:uiURL`, `SNF:exposeVersion`. One object
//!   becomes one [`CatalogEndpoint`] per URL it holds. Parse it with
//!   [`ServiceCatalog::from_v2`] or [`ServiceCatalog::from_v2_access`].
//! * Keystone v3 (`token.catalog`): one endpoint object per interface, with
//!   `interface`, `region_id`, `url`. Parse it with [`ServiceCatalog::from_v3`]
//!   or [`ServiceCatalog::from_v3_token`].
//!
//! [`ServiceCatalog::select`] picks exactly one endpoint with kamaki's rule
//! (first service of the type, then interface, region and version filters),
//! and [`with_version_suffix`] applies Synnefo's version-suffix rule to its URL.
//!
//! ```
//! use cloud_core::catalog::{EndpointFilter, ServiceCatalog};
//!
//! let access = serde_json::json!({"access": {"serviceCatalog": [{
//!     "type": "network", "name": "cyclades_network",
//!     "endpoints": [{"publicURL": "https://cyclades.example.org/cyclades/network",
//!                    "versionId": "v2.0", "region": "default",
//!                    "SNF:exposeVersion": "False"}]
//! }]}});
//! let catalog = ServiceCatalog::from_v2_access(&access)?;
//! let endpoint = catalog.select(&EndpointFilter::new("network"))?;
//! assert_eq!(endpoint.versioned_url("v2.0"), "https://cyclades.example.org/cyclades/network/v2.0");
//! # Ok::<(), cloud_core::Error>(())
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::Error;

/// What a Keystone v2.0 / Astakos catalog failure is reported against.
const V2_WHAT: &str = "the token request (Keystone v2.0 service catalog)";
/// What a Keystone v3 catalog failure is reported against.
const V3_WHAT: &str = "the token request (Keystone v3 catalog)";

/// Which of an endpoint's faces to use.
///
/// Users of a public cloud use [`Interface::Public`]; services inside the
/// cloud may use the internal one, operators the admin one.
///
/// ```
/// use cloud_core::catalog::Interface;
/// assert_eq!("internalURL".parse::<Interface>().unwrap(), Interface::Internal);
/// assert_eq!("ADMIN".parse::<Interface>().unwrap(), Interface::Admin);
/// assert_eq!(Interface::default().to_string(), "public");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Interface {
    /// The public face (`publicURL`, `"interface": "public"`).
    #[default]
    Public,
    /// The face for other services inside the cloud (`internalURL`).
    Internal,
    /// The operators' face (`adminURL`).
    Admin,
}

impl Interface {
    /// All interfaces, in the order a v2.0 endpoint object is expanded.
    ///
    /// ```
    /// assert_eq!(cloud_core::catalog::Interface::ALL.len(), 3);
    /// ```
    pub const ALL: [Interface; 3] = [Interface::Public, Interface::Internal, Interface::Admin];

    /// The lower-case name, as Keystone v3 writes it.
    ///
    /// ```
    /// assert_eq!(cloud_core::catalog::Interface::Admin.as_str(), "admin");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Interface::Public => "public",
            Interface::Internal => "internal",
            Interface::Admin => "admin",
        }
    }

    /// The key of this interface's URL in a Keystone v2.0 endpoint object.
    ///
    /// ```
    /// assert_eq!(cloud_core::catalog::Interface::Public.v2_key(), "publicURL");
    /// ```
    pub fn v2_key(self) -> &'static str {
        match self {
            Interface::Public => "publicURL",
            Interface::Internal => "internalURL",
            Interface::Admin => "adminURL",
        }
    }
}

impl fmt::Display for Interface {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing an [`Interface`] name.
///
/// ```
/// let err = "outside".parse::<cloud_core::catalog::Interface>().unwrap_err();
/// assert!(err.to_string().contains("public, internal or admin"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown endpoint interface {0:?}; use public, internal or admin")]
pub struct UnknownInterface(pub String);

impl FromStr for Interface {
    type Err = UnknownInterface;

    /// Accepts `public`, `internal`, `admin` in any case, with or without the
    /// v2.0 `URL` suffix (`publicURL`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        let bare = lower.strip_suffix("url").unwrap_or(&lower);
        match bare {
            "public" => Ok(Interface::Public),
            "internal" => Ok(Interface::Internal),
            "admin" => Ok(Interface::Admin),
            _ => Err(UnknownInterface(s.to_owned())),
        }
    }
}

/// One URL of a service, with where and what it is.
///
/// ```
/// use cloud_core::catalog::{CatalogEndpoint, Interface};
/// let endpoint = CatalogEndpoint::new("https://cyclades.example.org/cyclades/image", Interface::Public);
/// assert_eq!(endpoint.versioned_url("v1.0"), "https://cyclades.example.org/cyclades/image/v1.0");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CatalogEndpoint {
    /// The endpoint's base URL, as the catalog gives it.
    pub url: String,
    /// Which face of the service this URL is.
    pub interface: Interface,
    /// The region (`"default"` on Astakos, `RegionOne` on a stock Keystone), if any.
    pub region: Option<String>,
    /// The API version the catalog declares (Astakos `versionId`); `None` when
    /// absent or empty, as on Keystone.
    pub version_id: Option<String>,
    /// Every other string key of the endpoint object, kept as is: `id`,
    /// `tenantId`, `SNF:uiURL`, `SNF:exposeVersion`, `SNF:webloginURL`, …
    pub extra: BTreeMap<String, String>,
}

impl CatalogEndpoint {
    /// An endpoint with a URL and an interface and nothing else.
    ///
    /// ```
    /// use cloud_core::catalog::{CatalogEndpoint, Interface};
    /// let e = CatalogEndpoint::new("http://127.0.0.1:9292", Interface::Internal);
    /// assert_eq!(e.region, None);
    /// ```
    pub fn new(url: impl Into<String>, interface: Interface) -> Self {
        CatalogEndpoint {
            url: url.into(),
            interface,
            region: None,
            version_id: None,
            extra: BTreeMap::new(),
        }
    }

    /// The URL with Synnefo's version-suffix rule applied: the URL's own
    /// `/v<N>[.<M>]` suffix if it has one, else `default_version` appended.
    /// See [`with_version_suffix`].
    ///
    /// ```
    /// use cloud_core::catalog::{CatalogEndpoint, Interface};
    /// let e = CatalogEndpoint::new("https://c.example.org/compute/v2.0/", Interface::Public);
    /// assert_eq!(e.versioned_url("v2.0"), "https://c.example.org/compute/v2.0");
    /// ```
    pub fn versioned_url(&self, default_version: &str) -> String {
        with_version_suffix(&self.url, default_version)
    }

    /// One of the kept extra keys (`SNF:uiURL`, `id`, …).
    ///
    /// ```
    /// use cloud_core::catalog::{CatalogEndpoint, Interface};
    /// let mut e = CatalogEndpoint::new("https://a.example.org/account/v1.0", Interface::Public);
    /// e.extra.insert("SNF:uiURL".into(), "https://a.example.org/ui".into());
    /// assert_eq!(e.extra_value("SNF:uiURL"), Some("https://a.example.org/ui"));
    /// assert_eq!(e.extra_value("id"), None);
    /// ```
    pub fn extra_value(&self, key: &str) -> Option<&str> {
        self.extra.get(key).map(String::as_str)
    }

    /// The `type (interface, region[, version])` label used in error messages.
    fn label(&self, service_type: &str) -> String {
        let region = self.region.as_deref().unwrap_or("no region");
        match &self.version_id {
            Some(version) => format!("{service_type} ({}, {region}, {version})", self.interface),
            None => format!("{service_type} ({}, {region})", self.interface),
        }
    }
}

/// One service of the catalog: its type, its name and its endpoints.
///
/// ```
/// use cloud_core::catalog::CatalogService;
/// let service = CatalogService::new("object-store", "swift");
/// assert!(service.endpoints.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CatalogService {
    /// The service type (`compute`, `object-store`, `identity`, …).
    pub service_type: String,
    /// The service name (`cyclades_compute`, `swift`, …); empty when the catalog gives none.
    pub name: String,
    /// The service's endpoints, one per URL.
    pub endpoints: Vec<CatalogEndpoint>,
}

impl CatalogService {
    /// A service without endpoints.
    ///
    /// ```
    /// let s = cloud_core::catalog::CatalogService::new("compute", "nova");
    /// assert_eq!(s.name, "nova");
    /// ```
    pub fn new(service_type: impl Into<String>, name: impl Into<String>) -> Self {
        CatalogService {
            service_type: service_type.into(),
            name: name.into(),
            endpoints: Vec::new(),
        }
    }
}

/// What endpoint to look for: a service type, an interface, and optionally a
/// region, a version and a service name.
///
/// ```
/// use cloud_core::catalog::{EndpointFilter, Interface};
/// let filter = EndpointFilter::new("compute").region("RegionOne").version("v2.0");
/// assert_eq!(filter.interface, Interface::Public);
/// assert_eq!(filter.to_string(), "compute (public, region RegionOne, version v2.0)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EndpointFilter {
    /// The service type, matched case-insensitively.
    pub service_type: String,
    /// The interface; public unless set.
    pub interface: Interface,
    /// The region, matched exactly; any region when `None`.
    pub region: Option<String>,
    /// The API version, matched case-insensitively against `versionId`;
    /// endpoints that declare no version always pass.
    pub version: Option<String>,
    /// The service name, matched exactly, for catalogs with several services of one type.
    pub name: Option<String>,
}

impl EndpointFilter {
    /// Looks for the public endpoint of a service type, in any region and version.
    ///
    /// ```
    /// let f = cloud_core::catalog::EndpointFilter::new("image");
    /// assert_eq!(f.region, None);
    /// ```
    pub fn new(service_type: impl Into<String>) -> Self {
        EndpointFilter {
            service_type: service_type.into(),
            interface: Interface::Public,
            region: None,
            version: None,
            name: None,
        }
    }

    /// Sets the interface.
    ///
    /// ```
    /// use cloud_core::catalog::{EndpointFilter, Interface};
    /// let f = EndpointFilter::new("identity").interface(Interface::Admin);
    /// assert_eq!(f.interface, Interface::Admin);
    /// ```
    pub fn interface(mut self, interface: Interface) -> Self {
        self.interface = interface;
        self
    }

    /// Keeps only endpoints of this region (exact match).
    ///
    /// ```
    /// let f = cloud_core::catalog::EndpointFilter::new("compute").region("RegionOne");
    /// assert_eq!(f.region.as_deref(), Some("RegionOne"));
    /// ```
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Keeps only endpoints of this version (case-insensitive; endpoints that
    /// declare no version pass).
    ///
    /// ```
    /// let f = cloud_core::catalog::EndpointFilter::new("account").version("v1.0");
    /// assert_eq!(f.version.as_deref(), Some("v1.0"));
    /// ```
    pub fn version(mut self, version: impl Into<String>) -> Self {
        self.version = Some(version.into());
        self
    }

    /// Keeps only services of this name (exact match).
    ///
    /// ```
    /// let f = cloud_core::catalog::EndpointFilter::new("compute").name("cyclades_compute");
    /// assert_eq!(f.name.as_deref(), Some("cyclades_compute"));
    /// ```
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    fn matches_endpoint(&self, endpoint: &CatalogEndpoint) -> bool {
        if endpoint.interface != self.interface {
            return false;
        }
        if let Some(region) = &self.region
            && endpoint.region.as_deref() != Some(region.as_str())
        {
            return false;
        }
        match (&self.version, &endpoint.version_id) {
            (Some(wanted), Some(declared)) => wanted.eq_ignore_ascii_case(declared),
            _ => true,
        }
    }
}

impl fmt::Display for EndpointFilter {
    /// `type (interface[, region R][, version V][, name N])`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}", self.service_type, self.interface)?;
        if let Some(region) = &self.region {
            write!(f, ", region {region}")?;
        }
        if let Some(version) = &self.version {
            write!(f, ", version {version}")?;
        }
        if let Some(name) = &self.name {
            write!(f, ", name {name}")?;
        }
        f.write_str(")")
    }
}

/// The services a token gives access to, and their endpoints.
///
/// ```
/// use cloud_core::catalog::{EndpointFilter, ServiceCatalog};
///
/// let token = serde_json::json!({"token": {"catalog": [{
///     "type": "object-store", "name": "swift", "id": "df86",
///     "endpoints": [
///         {"id": "7527", "interface": "public", "region_id": "RegionOne",
///          "region": "RegionOne", "url": "http://127.0.0.1:8080/v1/AUTH_96b2"},
///         {"id": "c3e5", "interface": "internal", "region_id": "RegionOne",
///          "region": "RegionOne", "url": "http://10.0.0.5:8080/v1/AUTH_96b2"}
///     ]
/// }]}});
/// let catalog = ServiceCatalog::from_v3_token(&token)?;
/// let endpoint = catalog.select(&EndpointFilter::new("object-store").region("RegionOne"))?;
/// assert_eq!(endpoint.url, "http://127.0.0.1:8080/v1/AUTH_96b2");
/// assert_eq!(endpoint.extra_value("id"), Some("7527"));
/// # Ok::<(), cloud_core::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceCatalog {
    /// The services, in the catalog's order.
    pub services: Vec<CatalogService>,
}

impl ServiceCatalog {
    /// A catalog of these services.
    ///
    /// ```
    /// use cloud_core::catalog::{CatalogService, ServiceCatalog};
    /// let c = ServiceCatalog::new(vec![CatalogService::new("compute", "nova")]);
    /// assert_eq!(c.service_types(), ["compute"]);
    /// ```
    pub fn new(services: Vec<CatalogService>) -> Self {
        ServiceCatalog { services }
    }

    /// Parses a whole Keystone v2.0 / Astakos token answer (`{"access": …}`).
    ///
    /// A missing or `null` `serviceCatalog` (an unscoped Keystone token, or an
    /// Astakos answer without one) gives an empty catalog.
    ///
    /// ```
    /// use cloud_core::catalog::ServiceCatalog;
    /// let doc = serde_json::json!({"access": {"token": {"id": "t"}}});
    /// assert!(ServiceCatalog::from_v2_access(&doc)?.services.is_empty());
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn from_v2_access(document: &Value) -> Result<Self, Error> {
        let access = document
            .get("access")
            .ok_or_else(|| Error::decode(V2_WHAT, "the answer has no \"access\" object"))?;
        if !access.is_object() {
            return Err(Error::decode(V2_WHAT, "\"access\" is not a JSON object"));
        }
        match access.get("serviceCatalog") {
            None | Some(Value::Null) => Ok(ServiceCatalog::default()),
            Some(catalog) => Self::from_v2(catalog),
        }
    }

    /// Parses a Keystone v2.0 / Astakos `access.serviceCatalog` array.
    ///
    /// Each endpoint object becomes one [`CatalogEndpoint`] per URL it holds
    /// (`publicURL`, `internalURL`, `adminURL`), sharing its region, version
    /// and extra keys. An empty `versionId` counts as none.
    ///
    /// ```
    /// use cloud_core::catalog::{Interface, ServiceCatalog};
    /// let catalog = ServiceCatalog::from_v2(&serde_json::json!([{
    ///     "type": "identity", "name": "keystone",
    ///     "endpoints": [{"publicURL": "http://127.0.0.1:5002",
    ///                    "adminURL": "http://127.0.0.1:35358", "region": "RegionOne"}]
    /// }]))?;
    /// let endpoints = catalog.endpoints_of("identity");
    /// assert_eq!(endpoints.len(), 2);
    /// assert_eq!(endpoints[1].interface, Interface::Admin);
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn from_v2(service_catalog: &Value) -> Result<Self, Error> {
        let entries = service_catalog.as_array().ok_or_else(|| {
            Error::decode(V2_WHAT, "\"access.serviceCatalog\" is not a JSON array")
        })?;
        let mut services = Vec::with_capacity(entries.len());
        for (index, entry) in entries.iter().enumerate() {
            let at = format!("access.serviceCatalog[{index}]");
            let (mut service, raw_endpoints) = parse_service(entry, &at, V2_WHAT)?;
            for (position, raw) in raw_endpoints.iter().enumerate() {
                let at = format!("{at}.endpoints[{position}]");
                service.endpoints.extend(parse_v2_endpoint(raw, &at)?);
            }
            services.push(service);
        }
        Ok(ServiceCatalog { services })
    }

    /// Parses a whole Keystone v3 token answer (`{"token": …}`).
    ///
    /// A missing or `null` `catalog` (an unscoped token) gives an empty catalog.
    ///
    /// ```
    /// use cloud_core::catalog::ServiceCatalog;
    /// let doc = serde_json::json!({"token": {"methods": ["password"]}});
    /// assert!(ServiceCatalog::from_v3_token(&doc)?.services.is_empty());
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn from_v3_token(document: &Value) -> Result<Self, Error> {
        let token = document
            .get("token")
            .ok_or_else(|| Error::decode(V3_WHAT, "the answer has no \"token\" object"))?;
        if !token.is_object() {
            return Err(Error::decode(V3_WHAT, "\"token\" is not a JSON object"));
        }
        match token.get("catalog") {
            None | Some(Value::Null) => Ok(ServiceCatalog::default()),
            Some(catalog) => Self::from_v3(catalog),
        }
    }

    /// Parses a Keystone v3 `token.catalog` array.
    ///
    /// The region comes from `region_id`, or from the older `region`. An
    /// endpoint with an interface other than public, internal or admin is
    /// skipped (with a warning in the log): nothing could select it.
    ///
    /// ```
    /// use cloud_core::catalog::{Interface, ServiceCatalog};
    /// let catalog = ServiceCatalog::from_v3(&serde_json::json!([{
    ///     "type": "image", "name": "glance",
    ///     "endpoints": [{"interface": "admin", "region_id": "RegionOne", "url": "http://127.0.0.1:9292"}]
    /// }]))?;
    /// assert_eq!(catalog.endpoints_of("image")[0].interface, Interface::Admin);
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn from_v3(catalog: &Value) -> Result<Self, Error> {
        let entries = catalog
            .as_array()
            .ok_or_else(|| Error::decode(V3_WHAT, "\"token.catalog\" is not a JSON array"))?;
        let mut services = Vec::with_capacity(entries.len());
        for (index, entry) in entries.iter().enumerate() {
            let at = format!("token.catalog[{index}]");
            let (mut service, raw_endpoints) = parse_service(entry, &at, V3_WHAT)?;
            for (position, raw) in raw_endpoints.iter().enumerate() {
                let at = format!("{at}.endpoints[{position}]");
                if let Some(endpoint) = parse_v3_endpoint(raw, &at)? {
                    service.endpoints.push(endpoint);
                }
            }
            services.push(service);
        }
        Ok(ServiceCatalog { services })
    }

    /// The service types in the catalog, in order, each once.
    ///
    /// ```
    /// use cloud_core::catalog::{CatalogService, ServiceCatalog};
    /// let c = ServiceCatalog::new(vec![
    ///     CatalogService::new("identity", "keystone"),
    ///     CatalogService::new("compute", "nova"),
    ///     CatalogService::new("compute", "nova-legacy"),
    /// ]);
    /// assert_eq!(c.service_types(), ["identity", "compute"]);
    /// ```
    pub fn service_types(&self) -> Vec<&str> {
        let mut types: Vec<&str> = Vec::with_capacity(self.services.len());
        for service in &self.services {
            if !types.contains(&service.service_type.as_str()) {
                types.push(&service.service_type);
            }
        }
        types
    }

    /// Every endpoint of every service of this type (case-insensitive), in order.
    ///
    /// ```
    /// use cloud_core::catalog::{CatalogEndpoint, CatalogService, Interface, ServiceCatalog};
    /// let mut service = CatalogService::new("compute", "nova");
    /// service.endpoints.push(CatalogEndpoint::new("http://n/v2.1", Interface::Public));
    /// let c = ServiceCatalog::new(vec![service]);
    /// assert_eq!(c.endpoints_of("Compute").len(), 1);
    /// assert!(c.endpoints_of("image").is_empty());
    /// ```
    pub fn endpoints_of(&self, service_type: &str) -> Vec<&CatalogEndpoint> {
        self.services
            .iter()
            .filter(|service| service.service_type.eq_ignore_ascii_case(service_type))
            .flat_map(|service| service.endpoints.iter())
            .collect()
    }

    /// The one endpoint that the filter selects, by kamaki's rule.
    ///
    /// 1. Take the first service whose type equals the wanted type
    ///    (case-insensitively) and, when the filter names one, whose name is
    ///    the wanted name. If there is none, take the first service whose
    ///    *name* equals the wanted type (how `astakosclient` finds
    ///    `astakos_account`).
    /// 2. Keep its endpoints of the wanted interface, of the wanted region (if
    ///    any), and of the wanted version (if any; an endpoint that declares no
    ///    version passes).
    /// 3. Exactly one must remain. Otherwise [`Error::NoEndpoint`] lists what
    ///    the catalog offers, so the user can choose a region or version.
    ///
    /// ```
    /// use cloud_core::catalog::{EndpointFilter, ServiceCatalog};
    /// use cloud_core::Error;
    ///
    /// let catalog = ServiceCatalog::from_v2(&serde_json::json!([{
    ///     "type": "compute", "name": "nova",
    ///     "endpoints": [
    ///         {"publicURL": "https://one.example.org/v2.1", "region": "RegionOne"},
    ///         {"publicURL": "https://two.example.org/v2.1", "region": "RegionTwo"}
    ///     ]
    /// }]))?;
    /// let two = catalog.select(&EndpointFilter::new("compute").region("RegionTwo"))?;
    /// assert_eq!(two.url, "https://two.example.org/v2.1");
    ///
    /// let err = catalog.select(&EndpointFilter::new("compute")).unwrap_err();
    /// assert!(matches!(err, Error::NoEndpoint { .. }));
    /// assert_eq!(
    ///     err.to_string(),
    ///     "no endpoint for compute (public): 2 endpoints match, so choose a region \
    ///      in the service catalog; it offers: compute (public, RegionOne); compute (public, RegionTwo)"
    /// );
    /// # Ok::<(), cloud_core::Error>(())
    /// ```
    pub fn select(&self, filter: &EndpointFilter) -> Result<&CatalogEndpoint, Error> {
        let Some(service) = self.find_service(filter) else {
            return Err(Error::NoEndpoint {
                wanted: format!("{filter}: no service of type {:?}", filter.service_type),
                offered: self.offered_all(),
            });
        };
        let matching: Vec<&CatalogEndpoint> = service
            .endpoints
            .iter()
            .filter(|endpoint| filter.matches_endpoint(endpoint))
            .collect();
        match matching.as_slice() {
            [one] => Ok(*one),
            [] => Err(Error::NoEndpoint {
                wanted: filter.to_string(),
                offered: offered_of(&service.service_type, service.endpoints.iter()),
            }),
            many => Err(Error::NoEndpoint {
                wanted: format!(
                    "{filter}: {} endpoints match, so {}",
                    many.len(),
                    how_to_choose(filter, many)
                ),
                offered: offered_of(&service.service_type, many.iter().copied()),
            }),
        }
    }

    fn find_service(&self, filter: &EndpointFilter) -> Option<&CatalogService> {
        let wanted = filter.service_type.as_str();
        let name_ok = |service: &CatalogService| match &filter.name {
            Some(name) => service.name == *name,
            None => true,
        };
        self.services
            .iter()
            .find(|service| service.service_type.eq_ignore_ascii_case(wanted) && name_ok(service))
            .or_else(|| {
                self.services
                    .iter()
                    .find(|service| service.name.eq_ignore_ascii_case(wanted) && name_ok(service))
            })
    }

    /// Every endpoint of the catalog as `type (interface, region[, version])`, each once.
    fn offered_all(&self) -> String {
        if self
            .services
            .iter()
            .all(|service| service.endpoints.is_empty())
        {
            return "nothing: the catalog has no endpoints (an unscoped token has no catalog; \
                    scope the token to a project)"
                .to_owned();
        }
        let mut labels: Vec<String> = Vec::new();
        for service in &self.services {
            for endpoint in &service.endpoints {
                let label = endpoint.label(&service.service_type);
                if !labels.contains(&label) {
                    labels.push(label);
                }
            }
        }
        labels.join("; ")
    }
}

/// `type (interface, region[, version])` for each endpoint, each once, joined with `"; "`.
fn offered_of<'a>(
    service_type: &str,
    endpoints: impl Iterator<Item = &'a CatalogEndpoint>,
) -> String {
    let mut labels: Vec<String> = Vec::new();
    for endpoint in endpoints {
        let label = endpoint.label(service_type);
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    if labels.is_empty() {
        format!("no endpoints at all for {service_type}")
    } else {
        labels.join("; ")
    }
}

/// What tells several matching endpoints apart, as advice to the user.
fn how_to_choose(filter: &EndpointFilter, matching: &[&CatalogEndpoint]) -> &'static str {
    fn differ(matching: &[&CatalogEndpoint], key: fn(&CatalogEndpoint) -> Option<&str>) -> bool {
        let first = matching.first().map(|endpoint| key(endpoint));
        matching.iter().any(|endpoint| Some(key(endpoint)) != first)
    }
    if filter.region.is_none() && differ(matching, |e| e.region.as_deref()) {
        "choose a region"
    } else if filter.version.is_none() && differ(matching, |e| e.version_id.as_deref()) {
        "choose a version"
    } else {
        "the catalog is ambiguous; set the endpoint URL explicitly"
    }
}

/// Reads a service's `type`, `name` and its `endpoints` array.
fn parse_service<'a>(
    entry: &'a Value,
    at: &str,
    what: &str,
) -> Result<(CatalogService, &'a [Value]), Error> {
    let object = entry
        .as_object()
        .ok_or_else(|| Error::decode(what, format!("{at} is not a JSON object")))?;
    let name = match object.get("name") {
        Some(Value::String(name)) => name.clone(),
        _ => String::new(),
    };
    let service_type = match object.get("type") {
        Some(Value::String(service_type)) if !service_type.is_empty() => service_type.clone(),
        _ if name.is_empty() => {
            return Err(Error::decode(what, format!("{at} has no \"type\"")));
        }
        _ => {
            return Err(Error::decode(
                what,
                format!("{at} (name {name:?}) has no \"type\""),
            ));
        }
    };
    let endpoints: &[Value] = match object.get("endpoints") {
        None | Some(Value::Null) => &[],
        Some(Value::Array(endpoints)) => endpoints,
        Some(_) => {
            return Err(Error::decode(
                what,
                format!("{at}.endpoints (type {service_type:?}) is not a JSON array"),
            ));
        }
    };
    Ok((CatalogService::new(service_type, name), endpoints))
}

/// A string value, or the text of a number or boolean; `None` for anything else.
fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

/// A non-empty string value of `key`.
fn non_empty(object: &Map<String, Value>, key: &str) -> Option<String> {
    object
        .get(key)
        .and_then(scalar_text)
        .filter(|text| !text.is_empty())
}

/// Every scalar key not in `known`, as text.
fn extras(object: &Map<String, Value>, known: &[&str]) -> BTreeMap<String, String> {
    object
        .iter()
        .filter(|(key, _)| !known.contains(&key.as_str()))
        .filter_map(|(key, value)| scalar_text(value).map(|text| (key.clone(), text)))
        .collect()
}

/// One v2.0 endpoint object, expanded into one endpoint per URL it holds.
fn parse_v2_endpoint(raw: &Value, at: &str) -> Result<Vec<CatalogEndpoint>, Error> {
    let object = raw
        .as_object()
        .ok_or_else(|| Error::decode(V2_WHAT, format!("{at} is not a JSON object")))?;
    let known = [
        "publicURL",
        "internalURL",
        "adminURL",
        "region",
        "versionId",
    ];
    let region = non_empty(object, "region");
    let version_id = non_empty(object, "versionId");
    let extra = extras(object, &known);
    let endpoints: Vec<CatalogEndpoint> = Interface::ALL
        .iter()
        .filter_map(|interface| {
            non_empty(object, interface.v2_key()).map(|url| CatalogEndpoint {
                url,
                interface: *interface,
                region: region.clone(),
                version_id: version_id.clone(),
                extra: extra.clone(),
            })
        })
        .collect();
    if endpoints.is_empty() {
        return Err(Error::decode(
            V2_WHAT,
            format!("{at} has no \"publicURL\", \"internalURL\" or \"adminURL\""),
        ));
    }
    Ok(endpoints)
}

/// One v3 endpoint object; `None` when its interface is not one we know.
fn parse_v3_endpoint(raw: &Value, at: &str) -> Result<Option<CatalogEndpoint>, Error> {
    let object = raw
        .as_object()
        .ok_or_else(|| Error::decode(V3_WHAT, format!("{at} is not a JSON object")))?;
    let url = non_empty(object, "url")
        .ok_or_else(|| Error::decode(V3_WHAT, format!("{at} has no \"url\"")))?;
    let interface_name = non_empty(object, "interface")
        .ok_or_else(|| Error::decode(V3_WHAT, format!("{at} ({url}) has no \"interface\"")))?;
    let Ok(interface) = interface_name.parse::<Interface>() else {
        tracing::warn!(
            endpoint = at,
            url = %url,
            interface = %interface_name,
            "skipping a catalog endpoint with an unknown interface"
        );
        return Ok(None);
    };
    let known = ["url", "interface", "region_id", "region"];
    Ok(Some(CatalogEndpoint {
        url,
        interface,
        region: non_empty(object, "region_id").or_else(|| non_empty(object, "region")),
        version_id: None,
        extra: extras(object, &known),
    }))
}

/// Where the path of `url` begins: after `scheme://authority`, or 0 when the
/// URL has no scheme. `None` when the URL has no path at all.
fn path_start(url: &str) -> Option<usize> {
    match url.find("://") {
        Some(scheme_end) => {
            let authority_start = scheme_end + 3;
            url[authority_start..]
                .find('/')
                .map(|offset| authority_start + offset)
        }
        None => Some(0),
    }
}

/// Whether `segment` is `v<digits>` or `v<digits>.<digits>`.
fn is_version_segment(segment: &str) -> bool {
    let Some(number) = segment.strip_prefix('v') else {
        return false;
    };
    let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    match number.split_once('.') {
        Some((major, minor)) => all_digits(major) && all_digits(minor),
        None => all_digits(number),
    }
}

/// The API version a URL ends with (`v2.0` in `https://…/compute/v2.0/`), if any.
///
/// Only the last path segment counts, and only `v<digits>[.<digits>]`.
///
/// ```
/// use cloud_core::catalog::api_version_of;
/// assert_eq!(api_version_of("https://c.example.org/compute/v2.0/"), Some("v2.0"));
/// assert_eq!(api_version_of("https://p.example.org/object-store/v1"), Some("v1"));
/// assert_eq!(api_version_of("https://c.example.org/cyclades/network"), None);
/// assert_eq!(api_version_of("http://v2"), None); // a host is not a path
/// ```
pub fn api_version_of(url: &str) -> Option<&str> {
    let trimmed = url.trim_end_matches('/');
    let start = path_start(trimmed)?;
    let path = &trimmed[start..];
    let segment = path.rsplit('/').next().unwrap_or(path);
    is_version_segment(segment).then_some(segment)
}

/// Synnefo's version-suffix rule: strip trailing `/`; if the URL's last path
/// segment is `v<digits>[.<digits>]` keep the URL, else append
/// `/<default_version>`.
///
/// Astakos registers network, image and volume with unversioned URLs (and
/// `SNF:exposeVersion: "False"`); the client appends its own version.
///
/// ```
/// use cloud_core::catalog::with_version_suffix;
/// assert_eq!(
///     with_version_suffix("https://cyclades.example.org/cyclades/network/", "v2.0"),
///     "https://cyclades.example.org/cyclades/network/v2.0"
/// );
/// assert_eq!(
///     with_version_suffix("https://cyclades.example.org/cyclades/compute/v2.0", "v2.0"),
///     "https://cyclades.example.org/cyclades/compute/v2.0"
/// );
/// assert_eq!(with_version_suffix("http://127.0.0.1:5000", "v3"), "http://127.0.0.1:5000/v3");
/// ```
pub fn with_version_suffix(url: &str, default_version: &str) -> String {
    let trimmed = url.trim_end_matches('/');
    let version = default_version.trim_matches('/');
    if api_version_of(trimmed).is_some() || version.is_empty() {
        trimmed.to_owned()
    } else {
        format!("{trimmed}/{version}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn astakos_like() -> ServiceCatalog {
        ServiceCatalog::from_v2(&json!([
            {"type": "identity", "name": "astakos_identity", "endpoints_links": [],
             "endpoints": [{"versionId": "v2.0", "region": "default",
                            "publicURL": "https://a.example.org/identity/v2.0",
                            "SNF:uiURL": "https://a.example.org/ui"}]},
            {"type": "account", "name": "astakos_account", "endpoints_links": [],
             "endpoints": [{"versionId": "v1.0", "region": "default",
                            "publicURL": "https://a.example.org/account/v1.0",
                            "SNF:uiURL": "https://a.example.org/ui"}]},
            {"type": "astakos_weblogin", "name": "astakos_weblogin", "endpoints_links": [],
             "endpoints": [{"versionId": "", "region": "default",
                            "publicURL": "https://a.example.org/astakos/weblogin",
                            "SNF:webloginURL": "https://a.example.org/astakos/weblogin",
                            "SNF:uiURL": "https://a.example.org/ui"}]}
        ]))
        .unwrap()
    }

    fn two_regions() -> ServiceCatalog {
        ServiceCatalog::from_v3(&json!([
            {"type": "compute", "name": "nova", "id": "s1", "endpoints": [
                {"id": "e1", "interface": "public", "region_id": "RegionOne", "url": "https://one/v2.1"},
                {"id": "e2", "interface": "internal", "region_id": "RegionOne", "url": "http://one.int/v2.1"},
                {"id": "e3", "interface": "public", "region_id": "RegionTwo", "url": "https://two/v2.1"}
            ]},
            {"type": "compute", "name": "nova-legacy", "endpoints": [
                {"interface": "public", "region_id": "RegionThree", "url": "https://three/v2"}
            ]}
        ]))
        .unwrap()
    }

    fn no_endpoint(err: Error) -> (String, String) {
        match err {
            Error::NoEndpoint { wanted, offered } => (wanted, offered),
            other => panic!("expected NoEndpoint, got {other:?}"),
        }
    }

    #[test]
    fn v2_endpoint_expands_per_interface_and_keeps_extras() {
        let catalog = ServiceCatalog::from_v2(&json!([{
            "type": "identity", "name": "keystone",
            "endpoints": [{"id": "abc", "tenantId": "t1", "region": "RegionOne",
                           "publicURL": "http://p:5000/v2.0", "internalURL": "http://i:5000/v2.0",
                           "adminURL": "http://a:35357/v2.0", "weight": 3, "nested": {"x": 1}}]
        }]))
        .unwrap();
        let endpoints = catalog.endpoints_of("identity");
        let interfaces: Vec<Interface> = endpoints.iter().map(|e| e.interface).collect();
        assert_eq!(interfaces, Interface::ALL);
        for endpoint in &endpoints {
            assert_eq!(endpoint.region.as_deref(), Some("RegionOne"));
            assert_eq!(endpoint.version_id, None);
            assert_eq!(endpoint.extra_value("id"), Some("abc"));
            assert_eq!(endpoint.extra_value("tenantId"), Some("t1"));
            assert_eq!(endpoint.extra_value("weight"), Some("3"));
            assert!(!endpoint.extra.contains_key("nested"));
            assert!(!endpoint.extra.contains_key("publicURL"));
            assert!(!endpoint.extra.contains_key("region"));
        }
        assert_eq!(endpoints[2].url, "http://a:35357/v2.0");
    }

    #[test]
    fn empty_version_id_is_none_and_passes_version_filter() {
        let catalog = astakos_like();
        let weblogin = catalog
            .select(&EndpointFilter::new("astakos_weblogin").version("v1.0"))
            .unwrap();
        assert_eq!(weblogin.version_id, None);
        assert_eq!(
            weblogin.extra_value("SNF:webloginURL"),
            Some("https://a.example.org/astakos/weblogin")
        );
    }

    #[test]
    fn shape_errors_name_what_is_missing() {
        let err = ServiceCatalog::from_v2(&json!([{"name": "cyclades_compute", "endpoints": []}]))
            .unwrap_err();
        let text = err.to_string();
        assert!(matches!(err, Error::Decode { .. }));
        assert!(text.contains("access.serviceCatalog[0]"), "{text}");
        assert!(text.contains("cyclades_compute"), "{text}");
        assert!(text.contains("\"type\""), "{text}");

        let err =
            ServiceCatalog::from_v2(&json!([{"type": "compute", "endpoints": [{"region": "r"}]}]))
                .unwrap_err();
        assert!(err.to_string().contains("publicURL"), "{err}");

        let err = ServiceCatalog::from_v3(
            &json!([{"type": "compute", "endpoints": [{"interface": "public"}]}]),
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .contains("token.catalog[0].endpoints[0] has no \"url\""),
            "{err}"
        );

        let err = ServiceCatalog::from_v3(
            &json!([{"type": "compute", "endpoints": [{"url": "http://x"}]}]),
        )
        .unwrap_err();
        assert!(err.to_string().contains("\"interface\""), "{err}");

        assert!(ServiceCatalog::from_v2(&json!({"not": "an array"})).is_err());
        assert!(ServiceCatalog::from_v2(&json!([{"type": "x", "endpoints": "no"}])).is_err());
        assert!(ServiceCatalog::from_v2_access(&json!({"token": {}})).is_err());
        assert!(ServiceCatalog::from_v3_token(&json!({"access": {}})).is_err());
    }

    #[test]
    fn unknown_keys_and_unknown_interfaces_do_not_fail() {
        let catalog = ServiceCatalog::from_v3(&json!([{
            "type": "compute", "name": "nova", "id": "s", "links": {"self": "x"}, "future": [1],
            "endpoints": [
                {"interface": "public", "url": "https://n/v2.1", "region": "R1", "enabled": true},
                {"interface": "sideways", "url": "https://n/odd"}
            ]
        }]))
        .unwrap();
        let endpoints = catalog.endpoints_of("compute");
        assert_eq!(endpoints.len(), 1);
        assert_eq!(endpoints[0].region.as_deref(), Some("R1"));
        assert_eq!(endpoints[0].extra_value("enabled"), Some("true"));
    }

    #[test]
    fn missing_catalog_is_empty_and_select_says_so() {
        let catalog = ServiceCatalog::from_v3_token(&json!({"token": {"catalog": null}})).unwrap();
        let (wanted, offered) =
            no_endpoint(catalog.select(&EndpointFilter::new("compute")).unwrap_err());
        assert!(wanted.starts_with("compute (public)"), "{wanted}");
        assert!(offered.contains("unscoped"), "{offered}");
    }

    #[test]
    fn type_match_is_case_insensitive_and_takes_the_first_service() {
        let catalog = two_regions();
        let endpoint = catalog
            .select(&EndpointFilter::new("COMPUTE").region("RegionOne"))
            .unwrap();
        assert_eq!(endpoint.url, "https://one/v2.1");
        // RegionThree lives in the second compute service; kamaki takes the first.
        let (_, offered) = no_endpoint(
            catalog
                .select(&EndpointFilter::new("compute").region("RegionThree"))
                .unwrap_err(),
        );
        assert_eq!(
            offered,
            "compute (public, RegionOne); compute (internal, RegionOne); compute (public, RegionTwo)"
        );
        // Naming the second service reaches it.
        let endpoint = catalog
            .select(&EndpointFilter::new("compute").name("nova-legacy"))
            .unwrap();
        assert_eq!(endpoint.url, "https://three/v2");
    }

    #[test]
    fn region_is_case_sensitive() {
        let catalog = two_regions();
        assert!(
            catalog
                .select(&EndpointFilter::new("compute").region("regionone"))
                .is_err()
        );
    }

    #[test]
    fn interface_filter() {
        let catalog = two_regions();
        let endpoint = catalog
            .select(&EndpointFilter::new("compute").interface(Interface::Internal))
            .unwrap();
        assert_eq!(endpoint.url, "http://one.int/v2.1");
        let err = catalog
            .select(&EndpointFilter::new("compute").interface(Interface::Admin))
            .unwrap_err();
        let (wanted, _) = no_endpoint(err);
        assert_eq!(wanted, "compute (admin)");
    }

    #[test]
    fn several_matches_ask_for_a_region_and_list_only_the_matches() {
        let (wanted, offered) = no_endpoint(
            two_regions()
                .select(&EndpointFilter::new("compute"))
                .unwrap_err(),
        );
        assert_eq!(
            wanted,
            "compute (public): 2 endpoints match, so choose a region"
        );
        assert_eq!(
            offered,
            "compute (public, RegionOne); compute (public, RegionTwo)"
        );
    }

    #[test]
    fn several_matches_ask_for_a_version_when_regions_agree() {
        let catalog = ServiceCatalog::from_v2(&json!([{"type": "image", "endpoints": [
            {"publicURL": "https://i/v1", "versionId": "v1", "region": "default"},
            {"publicURL": "https://i/v2", "versionId": "v2", "region": "default"}
        ]}]))
        .unwrap();
        let (wanted, offered) =
            no_endpoint(catalog.select(&EndpointFilter::new("image")).unwrap_err());
        assert_eq!(
            wanted,
            "image (public): 2 endpoints match, so choose a version"
        );
        assert_eq!(
            offered,
            "image (public, default, v1); image (public, default, v2)"
        );
        assert_eq!(
            catalog
                .select(&EndpointFilter::new("image").version("V2"))
                .unwrap()
                .url,
            "https://i/v2"
        );
    }

    #[test]
    fn identical_matches_say_the_catalog_is_ambiguous() {
        let catalog = ServiceCatalog::from_v2(&json!([{"type": "image", "endpoints": [
            {"publicURL": "https://a/", "region": "R"}, {"publicURL": "https://b/", "region": "R"}
        ]}]))
        .unwrap();
        let (wanted, offered) = no_endpoint(
            catalog
                .select(&EndpointFilter::new("image").region("R"))
                .unwrap_err(),
        );
        assert!(
            wanted.contains("set the endpoint URL explicitly"),
            "{wanted}"
        );
        assert_eq!(offered, "image (public, R)");
    }

    #[test]
    fn unknown_type_lists_the_whole_catalog() {
        let err = astakos_like()
            .select(&EndpointFilter::new("compute"))
            .unwrap_err();
        let text = err.to_string();
        let (wanted, offered) = no_endpoint(err);
        assert_eq!(wanted, "compute (public): no service of type \"compute\"");
        assert_eq!(
            offered,
            "identity (public, default, v2.0); account (public, default, v1.0); \
             astakos_weblogin (public, default)"
        );
        assert!(
            text.starts_with("no endpoint for compute (public)"),
            "{text}"
        );
    }

    #[test]
    fn falls_back_to_the_service_name() {
        let catalog = astakos_like();
        let endpoint = catalog
            .select(&EndpointFilter::new("astakos_account").version("v1.0"))
            .unwrap();
        assert_eq!(endpoint.url, "https://a.example.org/account/v1.0");
        // A type match wins over a name match.
        let endpoint = catalog
            .select(&EndpointFilter::new("astakos_weblogin"))
            .unwrap();
        assert_eq!(endpoint.url, "https://a.example.org/astakos/weblogin");
    }

    #[test]
    fn version_filter_is_case_insensitive_and_fails_on_mismatch() {
        let catalog = astakos_like();
        assert!(
            catalog
                .select(&EndpointFilter::new("account").version("V1.0"))
                .is_ok()
        );
        let (wanted, offered) = no_endpoint(
            catalog
                .select(&EndpointFilter::new("account").version("v2.0"))
                .unwrap_err(),
        );
        assert_eq!(wanted, "account (public, version v2.0)");
        assert_eq!(offered, "account (public, default, v1.0)");
    }

    #[test]
    fn service_types_are_unique_and_ordered() {
        assert_eq!(two_regions().service_types(), ["compute"]);
        assert_eq!(
            astakos_like().service_types(),
            ["identity", "account", "astakos_weblogin"]
        );
    }

    #[test]
    fn interface_parsing() {
        for (text, interface) in [
            ("public", Interface::Public),
            ("publicURL", Interface::Public),
            ("Internal", Interface::Internal),
            ("internalurl", Interface::Internal),
            (" admin ", Interface::Admin),
            ("adminURL", Interface::Admin),
        ] {
            assert_eq!(text.parse::<Interface>().unwrap(), interface, "{text}");
        }
        assert!("url".parse::<Interface>().is_err());
        assert!("".parse::<Interface>().is_err());
    }

    #[test]
    fn version_suffix_rule() {
        let cases = [
            (
                "https://c/cyclades/compute/v2.0",
                "v2.0",
                "https://c/cyclades/compute/v2.0",
            ),
            (
                "https://c/cyclades/compute/v2.0///",
                "v2.0",
                "https://c/cyclades/compute/v2.0",
            ),
            (
                "https://c/cyclades/network",
                "v2.0",
                "https://c/cyclades/network/v2.0",
            ),
            (
                "https://c/cyclades/network/",
                "v2.0",
                "https://c/cyclades/network/v2.0",
            ),
            (
                "https://c/cyclades/image",
                "v1.0",
                "https://c/cyclades/image/v1.0",
            ),
            (
                "https://c/cyclades/volume",
                "/v2.0/",
                "https://c/cyclades/volume/v2.0",
            ),
            ("https://c/volume/v2", "v2.0", "https://c/volume/v2"),
            (
                "https://p/object-store/v1",
                "v1",
                "https://p/object-store/v1",
            ),
            ("http://127.0.0.1:5000", "v3", "http://127.0.0.1:5000/v3"),
            ("http://127.0.0.1:5000/", "v3", "http://127.0.0.1:5000/v3"),
            ("http://v2", "v2.0", "http://v2/v2.0"),
            // Not versions: a third part, letters, upper case, a bare v.
            ("https://c/api/v2.0.1", "v2.0", "https://c/api/v2.0.1/v2.0"),
            ("https://c/api/v2beta", "v2.0", "https://c/api/v2beta/v2.0"),
            ("https://c/api/V2", "v2.0", "https://c/api/V2/v2.0"),
            ("https://c/api/v", "v2.0", "https://c/api/v/v2.0"),
            ("https://c/api/v2.", "v2.0", "https://c/api/v2./v2.0"),
            ("https://c/v1/AUTH_abc", "v1", "https://c/v1/AUTH_abc/v1"),
            ("https://c/api", "", "https://c/api"),
        ];
        for (url, default, expected) in cases {
            assert_eq!(
                with_version_suffix(url, default),
                expected,
                "{url} + {default}"
            );
        }
    }

    #[test]
    fn api_version_of_reads_the_last_segment_only() {
        assert_eq!(api_version_of("https://c/compute/v2.0"), Some("v2.0"));
        assert_eq!(api_version_of("https://c/v10.25/"), Some("v10.25"));
        assert_eq!(api_version_of("/identity/v3"), Some("v3"));
        assert_eq!(api_version_of("https://c/v1/AUTH_x"), None);
        assert_eq!(api_version_of("https://c"), None);
        assert_eq!(api_version_of(""), None);
    }

    #[test]
    fn catalog_round_trips_through_serde() {
        let catalog = astakos_like();
        let text = serde_json::to_string(&catalog).unwrap();
        assert!(text.contains("\"interface\":\"public\""), "{text}");
        let back: ServiceCatalog = serde_json::from_str(&text).unwrap();
        assert_eq!(back, catalog);
    }
}
