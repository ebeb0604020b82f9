//! Endpoint selection on service catalogs as real servers send them: a Keystone
//! 30 (v3) and a Keystone 12 Pike (v2.0) token answer recorded on loopback,
//! and an Astakos `POST /tokens` answer built from the Synnefo source.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use cloud_core::Error;
use cloud_core::catalog::{EndpointFilter, Interface, ServiceCatalog, api_version_of};

fn load(name: &str) -> serde_json::Value {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    serde_json::from_str(&text).unwrap()
}

fn keystone_v3() -> ServiceCatalog {
    ServiceCatalog::from_v3_token(&load("keystone_v3_token_response.json")).unwrap()
}

fn keystone_v2() -> ServiceCatalog {
    ServiceCatalog::from_v2_access(&load("keystone_v2_token_response.json")).unwrap()
}

fn astakos() -> ServiceCatalog {
    ServiceCatalog::from_v2_access(&load("astakos_tokens_response.json")).unwrap()
}

fn no_endpoint(err: Error) -> (String, String) {
    match err {
        Error::NoEndpoint { wanted, offered } => (wanted, offered),
        other => panic!("expected NoEndpoint, got {other:?}"),
    }
}

const SWIFT_URL: &str = "http://127.0.0.1:8080/v1/AUTH_96b2e86395134a8b8820304c4b6f7b86";

#[test]
fn keystone_v3_parses_every_service_and_interface() {
    let catalog = keystone_v3();
    assert_eq!(
        catalog.service_types(),
        ["identity", "object-store", "image"]
    );
    for service in &catalog.services {
        let interfaces: Vec<Interface> = service.endpoints.iter().map(|e| e.interface).collect();
        assert_eq!(interfaces, Interface::ALL, "{}", service.service_type);
        for endpoint in &service.endpoints {
            assert_eq!(endpoint.region.as_deref(), Some("RegionOne"));
            assert_eq!(endpoint.version_id, None);
            assert!(endpoint.extra_value("id").is_some());
            assert!(!endpoint.extra.contains_key("region_id"));
        }
    }
    assert_eq!(catalog.services[1].name, "swift");
}

#[test]
fn keystone_v3_object_store_public_is_the_auth_url() {
    let catalog = keystone_v3();
    let endpoint = catalog
        .select(&EndpointFilter::new("object-store"))
        .unwrap();
    assert_eq!(endpoint.url, SWIFT_URL);
    assert_eq!(endpoint.interface, Interface::Public);
    assert_eq!(
        endpoint.extra_value("id"),
        Some("7527b4d4eddb425eab649ef07e6ce603")
    );
    assert!(
        endpoint
            .url
            .rsplit('/')
            .next()
            .unwrap()
            .starts_with("AUTH_")
    );
    // A Swift URL ends with the account, not a version; the suffix rule does
    // not apply to it, and api_version_of says so.
    assert_eq!(api_version_of(&endpoint.url), None);

    let internal = catalog
        .select(&EndpointFilter::new("object-store").interface(Interface::Internal))
        .unwrap();
    assert_eq!(
        internal.extra_value("id"),
        Some("c3e5da791bcc45c8b06a2411aa3d71b2")
    );
    let admin = catalog
        .select(&EndpointFilter::new("object-store").interface(Interface::Admin))
        .unwrap();
    assert_eq!(
        admin.extra_value("id"),
        Some("97459cb0d4f347e0acc56b2fe0e8cc62")
    );
}

#[test]
fn keystone_v3_region_filter() {
    let catalog = keystone_v3();
    let image = catalog
        .select(&EndpointFilter::new("image").region("RegionOne"))
        .unwrap();
    assert_eq!(image.url, "http://127.0.0.1:9292");

    let err = catalog
        .select(&EndpointFilter::new("image").region("RegionTwo"))
        .unwrap_err();
    let text = err.to_string();
    let (wanted, offered) = no_endpoint(err);
    assert_eq!(wanted, "image (public, region RegionTwo)");
    assert_eq!(
        offered,
        "image (public, RegionOne); image (internal, RegionOne); image (admin, RegionOne)"
    );
    assert_eq!(
        text,
        "no endpoint for image (public, region RegionTwo) in the service catalog; it offers: \
         image (public, RegionOne); image (internal, RegionOne); image (admin, RegionOne)"
    );
}

#[test]
fn keystone_v3_unknown_type_lists_the_catalog() {
    let (wanted, offered) = no_endpoint(
        keystone_v3()
            .select(&EndpointFilter::new("compute"))
            .unwrap_err(),
    );
    assert!(
        wanted.contains("no service of type \"compute\""),
        "{wanted}"
    );
    for entry in [
        "identity (public, RegionOne)",
        "object-store (admin, RegionOne)",
        "image (internal, RegionOne)",
    ] {
        assert!(offered.contains(entry), "{offered}");
    }
    assert_eq!(offered.split("; ").count(), 9, "{offered}");
}

#[test]
fn keystone_v2_interfaces_differ_where_the_server_says_so() {
    let catalog = keystone_v2();
    assert_eq!(catalog.service_types(), ["identity"]);
    let public = catalog.select(&EndpointFilter::new("identity")).unwrap();
    let internal = catalog
        .select(&EndpointFilter::new("identity").interface(Interface::Internal))
        .unwrap();
    let admin = catalog
        .select(&EndpointFilter::new("identity").interface(Interface::Admin))
        .unwrap();
    assert_eq!(public.url, "http://127.0.0.1:5002");
    assert_eq!(internal.url, "http://127.0.0.1:5002");
    assert_eq!(admin.url, "http://127.0.0.1:35358");
    for endpoint in [public, internal, admin] {
        assert_eq!(endpoint.region.as_deref(), Some("RegionOne"));
        assert_eq!(
            endpoint.extra_value("id"),
            Some("1acc9736c3d94739aeb8f10a59e4a505")
        );
        // Keystone has no versionId, so a version filter lets it through and
        // the version comes from the suffix rule.
        assert_eq!(endpoint.version_id, None);
    }
    let versioned = catalog
        .select(
            &EndpointFilter::new("identity")
                .version("v2.0")
                .region("RegionOne"),
        )
        .unwrap();
    assert_eq!(
        versioned.versioned_url("v2.0"),
        "http://127.0.0.1:5002/v2.0"
    );
}

#[test]
fn astakos_has_every_synnefo_service() {
    let catalog = astakos();
    assert_eq!(
        catalog.service_types(),
        [
            "identity",
            "account",
            "astakos_weblogin",
            "astakos_auth",
            "compute",
            "network",
            "image",
            "volume",
            "vmapi",
            "admin",
            "object-store",
            "public"
        ]
    );
    for service in &catalog.services {
        assert_eq!(service.endpoints.len(), 1, "{}", service.service_type);
        let endpoint = &service.endpoints[0];
        assert_eq!(endpoint.interface, Interface::Public);
        assert_eq!(endpoint.region.as_deref(), Some("default"));
        assert!(
            endpoint.extra_value("SNF:uiURL").is_some(),
            "{}",
            service.service_type
        );
    }
    let weblogin = catalog
        .select(&EndpointFilter::new("astakos_weblogin"))
        .unwrap();
    assert_eq!(weblogin.version_id, None);
    assert_eq!(
        weblogin.extra_value("SNF:webloginURL"),
        Some(weblogin.url.as_str())
    );
    // Astakos offers only public URLs.
    let (wanted, offered) = no_endpoint(
        catalog
            .select(&EndpointFilter::new("compute").interface(Interface::Internal))
            .unwrap_err(),
    );
    assert_eq!(wanted, "compute (internal)");
    assert_eq!(offered, "compute (public, default, v2.0)");
}

#[test]
fn astakos_version_suffix_rule() {
    let catalog = astakos();
    let url_of = |service_type: &str, default_version: &str| {
        catalog
            .select(&EndpointFilter::new(service_type))
            .unwrap()
            .versioned_url(default_version)
    };
    assert_eq!(
        url_of("network", "v2.0"),
        "https://cyclades.example.org/cyclades/network/v2.0"
    );
    assert_eq!(
        url_of("image", "v1.0"),
        "https://cyclades.example.org/cyclades/image/v1.0"
    );
    assert_eq!(
        url_of("volume", "v2.0"),
        "https://cyclades.example.org/cyclades/volume/v2.0"
    );
    assert_eq!(
        url_of("compute", "v2.0"),
        "https://cyclades.example.org/cyclades/compute/v2.0"
    );
    assert_eq!(
        url_of("identity", "v2.0"),
        "https://accounts.example.org/identity/v2.0"
    );
    assert_eq!(
        url_of("object-store", "v1"),
        "https://pithos.example.org/pithos/object-store/v1"
    );

    let network = catalog.select(&EndpointFilter::new("network")).unwrap();
    assert_eq!(network.extra_value("SNF:exposeVersion"), Some("False"));
    assert_eq!(network.version_id.as_deref(), Some("v2.0"));
    assert_eq!(api_version_of(&network.url), None);
    let compute = catalog.select(&EndpointFilter::new("compute")).unwrap();
    assert_eq!(api_version_of(&compute.url), Some("v2.0"));
    assert!(!compute.extra.contains_key("SNF:exposeVersion"));
}

#[test]
fn type_match_is_case_insensitive() {
    assert_eq!(
        keystone_v3()
            .select(&EndpointFilter::new("Object-Store"))
            .unwrap()
            .url,
        SWIFT_URL
    );
    assert_eq!(
        astakos()
            .select(&EndpointFilter::new("COMPUTE"))
            .unwrap()
            .url,
        "https://cyclades.example.org/cyclades/compute/v2.0"
    );
    assert_eq!(
        keystone_v2()
            .select(&EndpointFilter::new("Identity"))
            .unwrap()
            .url,
        "http://127.0.0.1:5002"
    );
}

#[test]
fn astakos_version_filter() {
    let catalog = astakos();
    let account = catalog
        .select(&EndpointFilter::new("account").version("v1.0"))
        .unwrap();
    assert_eq!(account.url, "https://accounts.example.org/account/v1.0");

    let err = catalog
        .select(&EndpointFilter::new("account").version("v9"))
        .unwrap_err();
    let text = err.to_string();
    let (wanted, offered) = no_endpoint(err);
    assert_eq!(wanted, "account (public, version v9)");
    assert_eq!(offered, "account (public, default, v1.0)");
    assert!(
        text.contains("it offers: account (public, default, v1.0)"),
        "{text}"
    );
}

#[test]
fn astakos_region_filter() {
    let catalog = astakos();
    assert!(
        catalog
            .select(&EndpointFilter::new("compute").region("default"))
            .is_ok()
    );
    let (_, offered) = no_endpoint(
        catalog
            .select(&EndpointFilter::new("compute").region("RegionOne"))
            .unwrap_err(),
    );
    assert_eq!(offered, "compute (public, default, v2.0)");
}

#[test]
fn astakos_account_found_by_name() {
    let catalog = astakos();
    // astakosclient looks the account service up by name and version.
    let by_name = catalog
        .select(&EndpointFilter::new("astakos_account").version("v1.0"))
        .unwrap();
    let by_type = catalog.select(&EndpointFilter::new("account")).unwrap();
    assert_eq!(by_name, by_type);
    // A name filter on top of the type.
    let named = catalog
        .select(&EndpointFilter::new("compute").name("cyclades_compute"))
        .unwrap();
    assert_eq!(
        named.url,
        "https://cyclades.example.org/cyclades/compute/v2.0"
    );
    assert!(
        catalog
            .select(&EndpointFilter::new("compute").name("nova"))
            .is_err()
    );
}

#[test]
fn endpoints_of_and_round_trip() {
    let catalog = astakos();
    assert_eq!(catalog.endpoints_of("Image").len(), 1);
    assert!(catalog.endpoints_of("dns").is_empty());
    let text = serde_json::to_string(&catalog).unwrap();
    let back: ServiceCatalog = serde_json::from_str(&text).unwrap();
    assert_eq!(back, catalog);
}
