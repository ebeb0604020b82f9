//! Every AstakosClient call against the emulator's identity and account
//! services over loopback, as IDENTITY.md describes them, errors included.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use cloud_core::{Body, Error, ErrorKind, Transport};
use cloud_emulator::users::User;
use cloud_emulator::{Emulator, Options};
use cloud_identity::credentials::{AstakosToken, TokenCredentials};
use cloud_identity::models::commissions::CommissionRequest;
use cloud_identity::models::projects::{
    MembershipAction, ProjectAction, ProjectFilters, ProjectSpec,
};
use cloud_identity::{AstakosClient, CachedAstakosClient, DiskCache};
use tower::ServiceExt;

/// A directory removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "cloud-identity-emulator-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Cloud {
    base: String,
    emulator: Emulator,
    /// The default user, a project admin.
    user: User,
    _dir: TempDir,
}

impl Cloud {
    async fn start() -> Cloud {
        let dir = TempDir::new("cloud");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let emulator = Emulator::open(Options::new(&dir.0))
            .unwrap()
            .with_base_url(base.clone());
        let user = emulator.default_user().unwrap();
        tokio::spawn(emulator.clone().serve(listener));
        Cloud {
            base,
            emulator,
            user,
            _dir: dir,
        }
    }

    fn auth_url(&self) -> String {
        format!("{}/identity/v2.0", self.base)
    }

    fn client(&self, token: &str) -> AstakosClient {
        AstakosClient::new(&self.auth_url(), token).unwrap()
    }

    fn add_user(&self, name: &str) -> User {
        self.emulator.add_user(name).unwrap()
    }

    fn component_token(&self, component: &str) -> String {
        let component = component.to_owned();
        self.emulator
            .state()
            .db
            .call_blocking(move |conn| cloud_emulator::account::components::token(conn, &component))
            .unwrap()
    }
}

fn spec(name: &str, join_policy: &str) -> ProjectSpec {
    let mut spec = ProjectSpec::new(name, "2100-01-01T00:00:00+00:00")
        .resource("cyclades.vm", 4, 2)
        .resource("pithos.diskspace", 4 << 30, 1 << 30);
    spec.join_policy = Some(join_policy.into());
    spec.leave_policy = Some("auto".into());
    spec.description = Some("a test project".into());
    spec.max_members = Some(10);
    spec
}

fn assert_api(err: &Error, kind: ErrorKind, message: &str) {
    let api = err
        .api()
        .unwrap_or_else(|| panic!("not an API error: {err}"));
    assert_eq!(api.kind, kind, "{err}");
    assert_eq!(api.message, message, "{err}");
}

#[tokio::test]
async fn authenticate_the_catalog_and_the_user() {
    let cloud = Cloud::start().await;
    // kamaki's rule: the version is appended to a bare identity URL.
    let astakos = AstakosClient::new(
        &format!("{}/identity", cloud.base),
        cloud.user.token.clone(),
    )
    .unwrap();
    assert_eq!(astakos.auth_url(), cloud.auth_url());

    let token = astakos.authenticate().await.unwrap();
    assert_eq!(token.token.expose(), cloud.user.token);
    assert_eq!(token.user_id(), Some(cloud.user.uuid.as_str()));
    assert_eq!(token.user_name(), Some(cloud.user.realname.as_str()));
    assert_eq!(
        token.project_id(),
        Some(cloud.user.uuid.as_str()),
        "the system project"
    );
    let expires = token.expires_at.unwrap();
    let expected =
        std::time::UNIX_EPOCH + std::time::Duration::from_micros(cloud.user.token_expires as u64);
    let skew = if expires > expected {
        expires.duration_since(expected)
    } else {
        expected.duration_since(expires)
    }
    .unwrap();
    assert!(
        skew < std::time::Duration::from_secs(1),
        "{expires:?} vs {expected:?}"
    );

    assert_eq!(
        astakos.get_endpoint_url("account").await.unwrap(),
        format!("{}/account/v1.0", cloud.base)
    );
    assert_eq!(
        astakos.get_endpoint_url("object-store").await.unwrap(),
        format!("{}/object-store/v1", cloud.base)
    );
    let identity = astakos
        .get_service_endpoints("identity", Some("v2.0"))
        .await
        .unwrap();
    assert_eq!(identity.url, cloud.auth_url());
    assert_eq!(
        identity.extra_value("SNF:uiURL"),
        Some(format!("{}/ui", cloud.base).as_str())
    );
    assert_eq!(identity.region.as_deref(), Some("default"));
    let wrong_version = astakos
        .get_service_endpoints("identity", Some("v3"))
        .await
        .unwrap_err();
    assert!(
        matches!(wrong_version, Error::NoEndpoint { .. }),
        "{wrong_version}"
    );
    let missing = astakos
        .get_endpoint_url("compute-that-is-not-there")
        .await
        .unwrap_err();
    assert!(matches!(missing, Error::NoEndpoint { .. }), "{missing}");

    let names: Vec<String> = astakos
        .get_services()
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert!(names.contains(&"astakos_account".to_owned()), "{names:?}");
    assert_eq!(
        astakos.get_service_details("account").await.unwrap().name,
        "astakos_account"
    );
    assert_eq!(
        astakos.account_url().await.unwrap(),
        format!("{}/account/v1.0", cloud.base)
    );

    let info = astakos.user_info().await.unwrap();
    assert_eq!(info.id, cloud.user.uuid);
    assert_eq!(info.name.as_deref(), Some(cloud.user.realname.as_str()));
    assert_eq!(
        info.default_project.as_deref(),
        Some(cloud.user.uuid.as_str())
    );
    assert!(info.projects.unwrap().contains(&cloud.user.uuid));
    assert_eq!(
        astakos.user_term("id").await.unwrap(),
        Some(serde_json::json!(cloud.user.uuid))
    );
    assert_eq!(astakos.user_term("no_such_key").await.unwrap(), None);

    let public = astakos.get_public_endpoints().await.unwrap();
    assert!(public.service_types().contains(&"account"));
}

#[tokio::test]
async fn a_bad_or_expired_token_is_unauthorized_with_the_servers_message() {
    let cloud = Cloud::start().await;
    let err = cloud
        .client("not-a-token")
        .authenticate()
        .await
        .unwrap_err();
    assert_api(&err, ErrorKind::Unauthorized, "Invalid token");

    // On an account call too: the 401 leads to one re-authentication, whose
    // refusal is what the caller sees.
    let direct = cloud
        .client("not-a-token")
        .with_account_url(&format!("{}/account/v1.0", cloud.base));
    let err = direct.get_quotas().await.unwrap_err();
    assert_api(&err, ErrorKind::Unauthorized, "Invalid token");

    let uuid = cloud.user.uuid.clone();
    cloud
        .emulator
        .state()
        .db
        .call_blocking(move |c| cloud_emulator::users::set_token_expiry(c, &uuid, 0))
        .unwrap();
    let err = cloud
        .client(&cloud.user.token)
        .user_info()
        .await
        .unwrap_err();
    assert_api(&err, ErrorKind::Unauthorized, "Authentication expired");
}

#[tokio::test]
async fn user_catalogs_both_ways() {
    let cloud = Cloud::start().await;
    let bob = cloud.add_user("bob@example.org");
    let astakos = cloud.client(&cloud.user.token);

    let names = astakos
        .uuids2usernames(&[bob.uuid.clone(), "no-such-uuid".into()])
        .await
        .unwrap();
    assert_eq!(names.len(), 1, "unknown uuids are left out");
    assert_eq!(names[&bob.uuid], "bob@example.org");

    let uuids = astakos
        .usernames2uuids(&["bob@example.org", "nobody@example.org"])
        .await
        .unwrap();
    assert_eq!(uuids.len(), 1);
    assert_eq!(uuids["bob@example.org"], bob.uuid);

    // The component version.
    let component = cloud.client(&cloud.component_token("cyclades"));
    let both = component
        .service_get_user_catalogs(&[&bob.uuid], &["bob@example.org"])
        .await
        .unwrap();
    assert_eq!(both.uuid_catalog[&bob.uuid], "bob@example.org");
    assert_eq!(both.displayname_catalog["bob@example.org"], bob.uuid);
}

#[tokio::test]
async fn resources_and_quotas() {
    let cloud = Cloud::start().await;
    let astakos = cloud.client(&cloud.user.token);
    let resources = astakos.get_resources().await.unwrap();
    let vm = &resources["cyclades.vm"];
    assert_eq!(vm.service, "cyclades_compute");
    assert!(!vm.description.is_empty());
    assert_eq!(resources["pithos.diskspace"].unit.as_deref(), Some("bytes"));
    assert!(resources.values().all(|r| r.api_visible != Some(false)));

    let quotas = astakos.get_quotas().await.unwrap();
    let own = &quotas[&cloud.user.uuid];
    let counters = &own["cyclades.vm"];
    assert_eq!(counters.usage, Some(0));
    assert_eq!(counters.available(), counters.limit);

    // Service quotas need a component token.
    let component = cloud.client(&cloud.component_token("cyclades"));
    let service = component
        .get_service_quotas(&[&cloud.user.uuid], &[] as &[&str])
        .await
        .unwrap();
    assert!(service[&cloud.user.uuid][&cloud.user.uuid].contains_key("cyclades.vm"));
    let projects = component
        .get_service_project_quotas(&[&cloud.user.uuid])
        .await
        .unwrap();
    assert!(projects[&cloud.user.uuid].contains_key("cyclades.vm"));
    let err = astakos
        .get_service_quotas(&[] as &[&str], &[] as &[&str])
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::Unauthorized), "{err}");
}

#[tokio::test]
async fn projects_from_application_to_termination() {
    let cloud = Cloud::start().await;
    let admin = cloud.client(&cloud.user.token);
    let bob_user = cloud.add_user("bob@example.org");
    let bob = cloud.client(&bob_user.token);

    let applied = bob
        .create_project(&spec("lab.example.org", "moderated"))
        .await
        .unwrap();
    let project = bob.get_project(&applied.id).await.unwrap();
    assert_eq!(project.state, "uninitialized");
    assert_eq!(project.owner.as_deref(), Some(bob_user.uuid.as_str()));
    let application = project.last_application.unwrap();
    assert_eq!(application.id, applied.application);
    assert_eq!(application.state, "pending");

    // Only a project admin approves.
    let err = bob
        .approve_application(&applied.id, applied.application, "")
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::Forbidden), "{err}");
    admin
        .approve_application(&applied.id, applied.application, "fine")
        .await
        .unwrap();
    let project = bob.get_project(&applied.id).await.unwrap();
    assert_eq!(project.state, "active");
    assert_eq!(project.name, "lab.example.org");
    assert_eq!(project.resources["cyclades.vm"].member_capacity, 2);
    assert_eq!(project.join_policy.as_deref(), Some("moderated"));

    // Listing with filters.
    let active = bob
        .get_projects(&ProjectFilters {
            state: Some("active".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(active.iter().any(|p| p.id == applied.id));
    let by_name = admin
        .get_projects(&ProjectFilters {
            name: Some("lab.example.org".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(by_name.len(), 1);
    let err = bob
        .get_projects(&ProjectFilters {
            state: Some("sleepy".into()),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::BadRequest), "{err}");

    // A modification is an application: deny it, dismiss it; another: cancel it.
    let change = ProjectSpec {
        description: Some("now with GPUs".into()),
        ..Default::default()
    };
    let modified = bob.modify_project(&applied.id, &change).await.unwrap();
    assert_eq!(modified.id, applied.id);
    assert_ne!(modified.application, applied.application);
    admin
        .deny_application(&applied.id, modified.application, "no")
        .await
        .unwrap();
    bob.dismiss_application(&applied.id, modified.application, "")
        .await
        .unwrap();
    let again = bob.modify_project(&applied.id, &change).await.unwrap();
    bob.application_action(&applied.id, again.application, "cancel", "changed my mind")
        .await
        .unwrap();
    let project = bob.get_project(&applied.id).await.unwrap();
    assert_eq!(project.description.as_deref(), Some("a test project"));
    assert_eq!(project.last_application.unwrap().state, "cancelled");

    // Project actions.
    admin.suspend_project(&applied.id, "abuse").await.unwrap();
    assert_eq!(
        bob.get_project(&applied.id).await.unwrap().state,
        "suspended"
    );
    let err = admin
        .suspend_project(&applied.id, "again")
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::Conflict), "{err}");
    admin.unsuspend_project(&applied.id, "").await.unwrap();
    assert_eq!(bob.get_project(&applied.id).await.unwrap().state, "active");
    admin
        .project_action(&applied.id, ProjectAction::Terminate, "over")
        .await
        .unwrap();
    assert_eq!(
        bob.get_project(&applied.id).await.unwrap().state,
        "terminated"
    );
    admin.reinstate_project(&applied.id, "").await.unwrap();
    assert_eq!(bob.get_project(&applied.id).await.unwrap().state, "active");
    admin.terminate_project(&applied.id, "").await.unwrap();

    // Unknown project → NotFound.
    let err = bob
        .get_project("00000000-0000-0000-0000-000000000000")
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::NotFound), "{err}");
    let err = admin
        .suspend_project("00000000-0000-0000-0000-000000000000", "")
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::NotFound), "{err}");

    // A spec the server refuses: its message comes through.
    let err = bob
        .create_project(&ProjectSpec::new("nodomain", "2100-01-01T00:00:00Z"))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::BadRequest), "{err}");
    assert_eq!(
        err.api().unwrap().message,
        "Project name should be in domain format"
    );
}

#[tokio::test]
async fn memberships_join_enroll_and_every_action() {
    let cloud = Cloud::start().await;
    let admin = cloud.client(&cloud.user.token);
    let bob_user = cloud.add_user("bob@example.org");
    let carol_user = cloud.add_user("carol@example.org");
    let dave_user = cloud.add_user("dave@example.org");
    let bob = cloud.client(&bob_user.token);
    let carol = cloud.client(&carol_user.token);
    let dave = cloud.client(&dave_user.token);

    let applied = bob
        .create_project(&spec("team.example.org", "moderated"))
        .await
        .unwrap();
    admin
        .approve_application(&applied.id, applied.application, "")
        .await
        .unwrap();
    let project = applied.id;

    // Carol asks; bob (the owner) accepts; carol leaves.
    let m = carol.join_project(&project).await.unwrap();
    let membership = carol.get_membership(m).await.unwrap();
    assert_eq!(membership.state, "requested");
    assert_eq!(membership.user, carol_user.uuid);
    assert_eq!(membership.project, project);
    assert!(
        membership.allowed_actions.contains(&"cancel".to_owned()),
        "{:?}",
        membership.allowed_actions
    );
    let listed = bob.get_memberships(Some(&project)).await.unwrap();
    assert!(listed.iter().any(|x| x.id == m && x.state == "requested"));
    bob.accept_membership(m, "welcome").await.unwrap();
    assert_eq!(carol.get_membership(m).await.unwrap().state, "accepted");
    assert!(carol.user_info().await.is_ok());
    carol.leave_membership(m, "bye").await.unwrap();
    assert_ne!(carol.get_membership(m).await.unwrap().state, "accepted");

    // Dave asks and withdraws; asks again and is rejected.
    let m = dave.join_project(&project).await.unwrap();
    dave.cancel_membership(m, "").await.unwrap();
    assert_eq!(dave.get_membership(m).await.unwrap().state, "cancelled");
    let m = dave.join_project(&project).await.unwrap();
    bob.reject_membership(m, "full").await.unwrap();
    assert_eq!(dave.get_membership(m).await.unwrap().state, "rejected");

    // The owner enrolls dave by e-mail, then removes him.
    let m = bob
        .enroll_member(&project, "dave@example.org")
        .await
        .unwrap();
    assert_eq!(bob.get_membership(m).await.unwrap().state, "accepted");
    bob.membership_action(m, MembershipAction::Remove, "")
        .await
        .unwrap();
    assert_eq!(bob.get_membership(m).await.unwrap().state, "removed");

    // Errors: an action not allowed, an unknown membership, an unknown project.
    let err = dave.accept_membership(m, "").await.unwrap_err();
    assert!(
        matches!(err.kind(), Some(ErrorKind::Forbidden | ErrorKind::Conflict)),
        "{err}"
    );
    let err = bob.get_membership(999_999).await.unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::NotFound), "{err}");
    let err = carol
        .join_project("00000000-0000-0000-0000-000000000000")
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::NotFound), "{err}");
    // Without a project: the caller's own memberships.
    let own = dave.get_memberships(None).await.unwrap();
    assert!(own.iter().all(|x| x.user == dave_user.uuid), "{own:?}");
    assert!(
        own.iter()
            .any(|x| x.project == project && x.state == "removed"),
        "{own:?}"
    );
}

#[tokio::test]
async fn commissions_issue_inspect_accept_reject_and_resolve() {
    let cloud = Cloud::start().await;
    let user = &cloud.user;
    let component = cloud.client(&cloud.component_token("cyclades"));
    let astakos = cloud.client(&user.token);
    let one_vm = || CommissionRequest::new("a VM").charge(&user.uuid, &user.uuid, "cyclades.vm", 1);

    let first = component.issue_commission(&one_vm()).await.unwrap();
    let second = component.issue_commission(&one_vm()).await.unwrap();
    let pending = component.get_pending_commissions().await.unwrap();
    assert!(
        pending.contains(&first) && pending.contains(&second),
        "{pending:?}"
    );

    let info = component.get_commission_info(first).await.unwrap();
    assert_eq!(info.serial, first);
    assert_eq!(info.name, "a VM");
    assert_eq!(info.provisions, one_vm().provisions);
    assert_eq!(
        astakos.get_quotas().await.unwrap()[&user.uuid]["cyclades.vm"].pending,
        Some(2)
    );

    component.accept_commission(first).await.unwrap();
    component.reject_commission(second).await.unwrap();
    assert!(
        component
            .get_pending_commissions()
            .await
            .unwrap()
            .is_empty()
    );
    let vm = &astakos.get_quotas().await.unwrap()[&user.uuid]["cyclades.vm"];
    assert_eq!((vm.usage, vm.pending), (Some(1), Some(0)));

    let (a, b) = (
        component.issue_commission(&one_vm()).await.unwrap(),
        component.issue_commission(&one_vm()).await.unwrap(),
    );
    let resolved = component
        .resolve_commissions(&[a, 424_242], &[b])
        .await
        .unwrap();
    assert_eq!(resolved.accepted, [a]);
    assert_eq!(resolved.rejected, [b]);
    assert_eq!(resolved.failed.len(), 1);
    assert_eq!(resolved.failed[0].0, 424_242);
    assert_eq!(resolved.failed[0].1["itemNotFound"]["code"], 404);

    // Errors: unknown serial (404, empty body), over the limit (413 with data),
    // a user token (401).
    let err = component.get_commission_info(424_242).await.unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::NotFound), "{err}");
    let err = component.accept_commission(424_242).await.unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::NotFound), "{err}");
    let greedy =
        CommissionRequest::new("too many").charge(&user.uuid, &user.uuid, "cyclades.vm", 1_000_000);
    let err = component.issue_commission(&greedy).await.unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::OverLimit), "{err}");
    assert!(err.api().unwrap().data.is_some(), "{err:?}");
    let err = astakos.issue_commission(&one_vm()).await.unwrap_err();
    assert_api(&err, ErrorKind::Unauthorized, "Invalid X-Auth-Token");
}

#[tokio::test]
async fn feedback_and_default_project() {
    let cloud = Cloud::start().await;
    let admin = cloud.client(&cloud.user.token);
    let bob_user = cloud.add_user("bob@example.org");
    let bob = cloud.client(&bob_user.token);
    bob.send_feedback("The console is slow & the UI too", "kamaki-rs test")
        .await
        .unwrap();

    let applied = bob
        .create_project(&spec("home.example.org", "auto"))
        .await
        .unwrap();
    admin
        .approve_application(&applied.id, applied.application, "")
        .await
        .unwrap();
    // Only a member may make it the default: the owner joins (auto policy).
    let err = bob.set_default_project(&applied.id).await.unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::Forbidden), "{err}");
    bob.join_project(&applied.id).await.unwrap();
    bob.set_default_project(&applied.id).await.unwrap();
    // The next authentication carries it as the tenant.
    let token = bob.authenticate().await.unwrap();
    assert_eq!(token.project_id(), Some(applied.id.as_str()));
    assert_eq!(
        bob.user_info().await.unwrap().default_project.as_deref(),
        Some(applied.id.as_str())
    );
}

/// An in-process transport on the emulator that counts the requests whose
/// path ends in `suffix`.
fn counting(
    emulator: &Emulator,
    suffix: &'static str,
    counter: Arc<AtomicUsize>,
) -> cloud_core::TransportBuilder {
    let service = emulator
        .service()
        .map_request(move |request: http::Request<Body>| {
            if request.uri().path().ends_with(suffix) {
                counter.fetch_add(1, Ordering::SeqCst);
            }
            request
        });
    Transport::builder().service(service)
}

#[tokio::test]
async fn the_cached_client_keeps_several_users_and_asks_only_for_unknown_names() {
    let cloud = Cloud::start().await;
    let bob = cloud.add_user("bob@example.org");
    let carol = cloud.add_user("carol@example.org");
    let tokens = Arc::new(AtomicUsize::new(0));
    let catalogs = Arc::new(AtomicUsize::new(0));
    let (auth_counter, emulator, catalog_counter) =
        (tokens.clone(), cloud.emulator.clone(), catalogs.clone());
    let cached = CachedAstakosClient::with_transports(
        &cloud.auth_url(),
        cloud.user.token.clone(),
        counting(&cloud.emulator, "/tokens", auth_counter.clone())
            .build()
            .unwrap(),
        move |credentials| {
            AstakosClient::from_credentials(
                credentials,
                counting(&emulator, "/user_catalogs", catalog_counter.clone()),
            )
        },
    );

    assert_eq!(cached.user_info(None).await.unwrap().id, cloud.user.uuid);
    assert_eq!(
        cached.user_info(Some(&bob.token)).await.unwrap().id,
        bob.uuid
    );
    assert_eq!(cached.user_info(None).await.unwrap().id, cloud.user.uuid);
    assert_eq!(
        tokens.load(Ordering::SeqCst),
        2,
        "one authentication per user"
    );
    // `authenticate` always asks, once per call, for a new user too.
    let carol_token = cached.authenticate(Some(&carol.token)).await.unwrap();
    assert_eq!(carol_token.user_id(), Some(carol.uuid.as_str()));
    assert_eq!(tokens.load(Ordering::SeqCst), 3);
    cached.authenticate(None).await.unwrap();
    assert_eq!(tokens.load(Ordering::SeqCst), 4);
    cached.remove_user(&carol.uuid).await;
    let mut users: Vec<String> = cached
        .list_users()
        .await
        .into_iter()
        .map(|u| u.id)
        .collect();
    users.sort();
    let mut expected = vec![cloud.user.uuid.clone(), bob.uuid.clone()];
    expected.sort();
    assert_eq!(users, expected);
    assert_eq!(
        cached.get_token(&bob.uuid).await.unwrap().expose(),
        bob.token
    );
    assert_eq!(
        cached.user_term("id", Some(&bob.token)).await.unwrap(),
        Some(serde_json::json!(bob.uuid))
    );
    assert_eq!(
        cached
            .get_endpoint_url("account", Some("v1.0"), None)
            .await
            .unwrap(),
        format!("{}/account/v1.0", cloud.base)
    );

    let names = cached.uuids2usernames(&[&bob.uuid], None).await.unwrap();
    assert_eq!(names[&bob.uuid], "bob@example.org");
    assert_eq!(catalogs.load(Ordering::SeqCst), 1);
    // Known now, both ways: no new request.
    let again = cached.uuids2usernames(&[&bob.uuid], None).await.unwrap();
    assert_eq!(again, names);
    let uuids = cached
        .usernames2uuids(&["bob@example.org"], None)
        .await
        .unwrap();
    assert_eq!(uuids["bob@example.org"], bob.uuid);
    assert_eq!(catalogs.load(Ordering::SeqCst), 1);
    // Only carol is asked for.
    let both = cached
        .uuids2usernames(&[bob.uuid.clone(), carol.uuid.clone()], None)
        .await
        .unwrap();
    assert_eq!(both.len(), 2);
    assert_eq!(catalogs.load(Ordering::SeqCst), 2);

    cached.remove_user(&bob.uuid).await;
    assert!(cached.get_token(&bob.uuid).await.is_none());
    let err = cached.user_info(Some("not-a-token")).await.unwrap_err();
    assert_api(&err, ErrorKind::Unauthorized, "Invalid token");
}

#[tokio::test]
async fn a_command_run_twice_with_the_disk_cache_authenticates_once() {
    let cloud = Cloud::start().await;
    let dir = TempDir::new("disk");
    let tokens = Arc::new(AtomicUsize::new(0));
    let run = || async {
        // One "kamaki" run: fresh credentials and client, the same cache directory.
        let credentials = Arc::new(
            TokenCredentials::new(
                AstakosToken::new(&cloud.auth_url(), cloud.user.token.clone()),
                counting(&cloud.emulator, "/tokens", tokens.clone())
                    .build()
                    .unwrap(),
            )
            .disk_cache(DiskCache::new(&dir.0)),
        );
        let client = AstakosClient::from_credentials(
            credentials,
            counting(&cloud.emulator, "/tokens", tokens.clone()),
        )
        .unwrap();
        // What a command does first: find its endpoints in the catalog.
        let pithos = client.get_endpoint_url("object-store").await.unwrap();
        assert_eq!(pithos, format!("{}/object-store/v1", cloud.base));
        client.get_quotas().await.unwrap()
    };
    let first = run().await;
    let second = run().await;
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    assert_eq!(
        tokens.load(Ordering::SeqCst),
        1,
        "the second run used the cached catalog"
    );
}

/// In process (no socket, as the built-in `local` cloud runs) a token
/// request has no `Content-Length`; the emulator must still read its body
/// (it once took the missing header for the empty-body public-catalog mode).
#[tokio::test]
async fn in_process_authentication_without_a_content_length() {
    let cloud = Cloud::start().await;
    let credentials = TokenCredentials::new(
        AstakosToken::new(&cloud.auth_url(), cloud.user.token.clone()),
        Transport::builder()
            .service(cloud.emulator.service())
            .build()
            .unwrap(),
    );
    let token = credentials.authenticate().await.unwrap();
    assert_eq!(token.user_id(), Some(cloud.user.uuid.as_str()));
}
