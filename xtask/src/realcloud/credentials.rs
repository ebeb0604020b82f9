//! What `up` hands to the tests and to people: `<dir>/credentials.json` (the
//! shape `tests/src/realcloud.rs` reads), a `clouds.yaml` with the clouds
//! `realcloud-admin` and `realcloud-demo`, and `admin-openrc.sh` /
//! `demo-openrc.sh` for the stock `openstack` and `swift` clients. And the
//! proof that they are right: a real login with each user.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::Path;
use std::thread;
use std::time::Duration;

use super::bootstrap::Ids;
use super::http;
use super::settings::{ADMIN_PASSWORD, DEMO_PASSWORD, REGION, Settings};

/// The domain both users and projects live in.
const DOMAIN: &str = "Default";
/// How long one request to a server may take (a login costs a bcrypt).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// One of the two test users, as the credentials file describes it.
struct User<'a> {
    /// `admin` or `demo` (user and project have the same name).
    name: &'static str,
    password: &'static str,
    user_id: &'a str,
    project_id: &'a str,
}

/// The admin and demo users with their IDs.
fn users(ids: &Ids) -> [User<'_>; 2] {
    [
        User {
            name: "admin",
            password: ADMIN_PASSWORD,
            user_id: &ids.admin_user,
            project_id: &ids.admin_project,
        },
        User {
            name: "demo",
            password: DEMO_PASSWORD,
            user_id: &ids.demo_user,
            project_id: &ids.demo_project,
        },
    ]
}

/// Writes the credentials file, `clouds.yaml` and the openrc files
/// (mode 0600: they hold passwords, even if only test ones).
pub(crate) fn write(settings: &Settings, ids: &Ids) -> Result<(), String> {
    write_private(
        &settings.credentials_file(),
        &credentials_json(settings, ids),
    )?;
    write_private(&settings.clouds_yaml(), &clouds_yaml(settings))?;
    for user in users(ids) {
        let path = settings.dir.join(format!("{}-openrc.sh", user.name));
        write_private(&path, &openrc(settings, &user))?;
    }
    Ok(())
}

/// Writes `text` to `path` through a temporary file, readable by the owner only.
fn write_private(path: &Path, text: &str) -> Result<(), String> {
    let temporary = path.with_extension("tmp");
    let result = (|| {
        let mut options = OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&temporary)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        fs::rename(&temporary, path)
    })();
    result.map_err(|error| format!("cannot write {}: {error}", path.display()))
}

/// A JSON string literal.
fn json_string(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A YAML scalar in single quotes (where only `'` needs escaping).
fn yaml_string(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

/// A word for a POSIX shell, in single quotes.
fn shell_word(value: &str) -> String {
    format!("'{}'", value.replace('\'', r"'\''"))
}

/// The credentials file.
fn credentials_json(settings: &Settings, ids: &Ids) -> String {
    let keystone = Settings::url(settings.ports.keystone);
    let user_json = |user: &User<'_>| {
        format!(
            "{{\n      \"username\": {},\n      \"password\": {},\n      \"user_id\": {},\n      \
             \"project_name\": {},\n      \"project_id\": {},\n      \"user_domain_name\": {},\n      \
             \"project_domain_name\": {}\n    }}",
            json_string(user.name),
            json_string(user.password),
            json_string(user.user_id),
            json_string(user.name),
            json_string(user.project_id),
            json_string(DOMAIN),
            json_string(DOMAIN),
        )
    };
    let [admin, demo] = users(ids);
    format!(
        "{{\n  \"auth_url\": {},\n  \"identity_url\": {},\n  \"region\": {},\n  \
         \"swift_url\": {},\n  \"glance_url\": {},\n  \"users\": {{\n    \"admin\": {},\n    \
         \"demo\": {}\n  }},\n  \"clouds_yaml\": {},\n  \"venv\": {}\n}}\n",
        json_string(&format!("{keystone}/v3")),
        json_string(&keystone),
        json_string(REGION),
        json_string(&Settings::url(settings.ports.swift)),
        json_string(&Settings::url(settings.ports.glance)),
        user_json(&admin),
        user_json(&demo),
        json_string(&settings.clouds_yaml().to_string_lossy()),
        json_string(&settings.venv().to_string_lossy()),
    )
}

/// `clouds.yaml` with `realcloud-admin` and `realcloud-demo`.
fn clouds_yaml(settings: &Settings) -> String {
    let auth_url = format!("{}/v3", Settings::url(settings.ports.keystone));
    let mut text = String::from("clouds:\n");
    for (name, password) in [("admin", ADMIN_PASSWORD), ("demo", DEMO_PASSWORD)] {
        text.push_str(&format!(
            "  realcloud-{name}:\n    auth:\n      auth_url: {}\n      username: {}\n      \
             password: {}\n      project_name: {}\n      user_domain_name: {DOMAIN}\n      \
             project_domain_name: {DOMAIN}\n    region_name: {REGION}\n    interface: public\n    \
             identity_api_version: 3\n",
            yaml_string(&auth_url),
            yaml_string(name),
            yaml_string(password),
            yaml_string(name),
        ));
    }
    text
}

/// `OS_*` variables for one user, to `source` before `openstack` or `swift`.
fn openrc(settings: &Settings, user: &User<'_>) -> String {
    let auth_url = format!("{}/v3", Settings::url(settings.ports.keystone));
    let vars = [
        ("OS_AUTH_URL", auth_url.as_str()),
        ("OS_IDENTITY_API_VERSION", "3"),
        ("OS_AUTH_TYPE", "password"),
        ("OS_USERNAME", user.name),
        ("OS_PASSWORD", user.password),
        ("OS_PROJECT_NAME", user.name),
        ("OS_USER_DOMAIN_NAME", DOMAIN),
        ("OS_PROJECT_DOMAIN_NAME", DOMAIN),
        ("OS_REGION_NAME", REGION),
        ("OS_INTERFACE", "public"),
    ];
    let mut text = format!(
        "# The {} user of `cargo xtask realcloud up`: `. {}`\n",
        user.name,
        shell_word(
            &settings
                .dir
                .join(format!("{}-openrc.sh", user.name))
                .to_string_lossy()
        )
    );
    for (name, value) in vars {
        text.push_str(&format!("export {name}={}\n", shell_word(value)));
    }
    text
}

/// A token and the project it is scoped to.
pub(crate) struct Token {
    /// The `X-Subject-Token`.
    pub(crate) id: String,
    /// The project ID (Swift's account is `AUTH_<project>`).
    pub(crate) project_id: String,
}

/// Logs in as admin and as demo (at the same time: each costs a bcrypt)
/// and checks that Keystone's answer names the IDs we recorded and a
/// catalog with object-store and image. Returns demo's token.
pub(crate) fn verify_logins(settings: &Settings, ids: &Ids) -> Result<Token, String> {
    let [admin, demo] = users(ids);
    let (admin_result, demo_result) = thread::scope(|scope| {
        let admin_login = scope.spawn(|| login(settings, &admin));
        let demo_login = login(settings, &demo);
        (admin_login.join(), demo_login)
    });
    admin_result.map_err(|_| "the admin login panicked".to_owned())??;
    demo_result
}

/// `POST /v3/auth/tokens` with a project-scoped password.
fn login(settings: &Settings, user: &User<'_>) -> Result<Token, String> {
    let body = format!(
        "{{\"auth\":{{\"identity\":{{\"methods\":[\"password\"],\"password\":{{\"user\":{{\
         \"name\":{name},\"domain\":{{\"name\":{domain}}},\"password\":{password}}}}}}},\
         \"scope\":{{\"project\":{{\"name\":{name},\"domain\":{{\"name\":{domain}}}}}}}}}}}",
        name = json_string(user.name),
        domain = json_string(DOMAIN),
        password = json_string(user.password),
    );
    let url = format!("{}/v3/auth/tokens", Settings::url(settings.ports.keystone));
    let response = http::request(
        settings.ports.keystone,
        "POST",
        "/v3/auth/tokens",
        &[("Content-Type", "application/json")],
        Some(body.as_bytes()),
        REQUEST_TIMEOUT,
    )
    .map_err(|error| format!("logging in as {} at {url}: {error}", user.name))?;
    let text = response.text();
    if response.status != 201 {
        return Err(format!(
            "logging in as {} at {url} gave status {} ({}); read {}",
            user.name,
            response.status,
            text.trim(),
            settings.log("keystone-app").display()
        ));
    }
    let id = response
        .header("x-subject-token")
        .filter(|token| !token.is_empty())
        .ok_or_else(|| format!("Keystone's answer to {} has no X-Subject-Token", user.name))?
        .to_owned();
    for (what, value) in [("user", user.user_id), ("project", user.project_id)] {
        if !text.contains(&json_string(value)) {
            return Err(format!(
                "the {what} ID of {} recorded in {} ({value}) is not the one Keystone gives; \
                 run `KAMAKI_REALCLOUD_FRESH=1 cargo xtask realcloud up`",
                user.name,
                settings.keystone_dir().join("ids.txt").display()
            ));
        }
    }
    for service in ["object-store", "image"] {
        if !text.contains(&json_string(service)) {
            return Err(format!(
                "{}'s token has no {service} service in its catalog; read {}",
                user.name,
                settings.log("keystone-setup").display()
            ));
        }
    }
    Ok(Token {
        id,
        project_id: user.project_id.to_owned(),
    })
}

/// Checks that Swift and Glance accept the token (their Keystone
/// middleware can reach Keystone with its service user).
pub(crate) fn verify_services(settings: &Settings, token: &Token) -> Result<(), String> {
    let checks = [
        (
            "swift-proxy",
            settings.ports.swift,
            "HEAD",
            format!("/v1/AUTH_{}", token.project_id),
            &[200u16, 204][..],
        ),
        (
            "glance",
            settings.ports.glance,
            "GET",
            "/v2/images".to_owned(),
            &[200u16][..],
        ),
    ];
    for (name, port, method, path, ok) in checks {
        let url = format!("{}{path}", Settings::url(port));
        let response = http::request(
            port,
            method,
            &path,
            &[("X-Auth-Token", token.id.as_str())],
            None,
            REQUEST_TIMEOUT,
        )
        .map_err(|error| format!("{method} {url} with demo's token: {error}"))?;
        if !ok.contains(&response.status) {
            return Err(format!(
                "{method} {url} with demo's token gave status {} instead of {}; read {}",
                response.status,
                ok.iter()
                    .map(u16::to_string)
                    .collect::<Vec<_>>()
                    .join(" or "),
                settings.log(name).display()
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::realcloud::settings::Ports;

    fn settings() -> Settings {
        Settings {
            dir: "/state dir".into(),
            ports: Ports {
                keystone: 15000,
                swift: 18080,
                object: 16200,
                container: 16201,
                account: 16202,
                glance: 19292,
            },
            python: None,
            fresh: false,
        }
    }

    fn ids() -> Ids {
        Ids {
            admin_user: "au".into(),
            admin_project: "ap".into(),
            demo_user: "du".into(),
            demo_project: "dp".into(),
        }
    }

    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(json_string("a\"b\\c\n\u{1}"), r#""a\"b\\c\n\u0001""#);
    }

    #[test]
    fn the_credentials_file_has_the_shape_the_tests_read() {
        let text = credentials_json(&settings(), &ids());
        for needle in [
            r#""auth_url": "http://127.0.0.1:15000/v3""#,
            r#""identity_url": "http://127.0.0.1:15000""#,
            r#""region": "RegionOne""#,
            r#""swift_url": "http://127.0.0.1:18080""#,
            r#""glance_url": "http://127.0.0.1:19292""#,
            r#""user_id": "du""#,
            r#""project_id": "ap""#,
            r#""project_domain_name": "Default""#,
            r#""clouds_yaml": "/state dir/clouds.yaml""#,
            r#""venv": "/state dir/venv""#,
        ] {
            assert!(text.contains(needle), "{needle} missing from\n{text}");
        }
        // Balanced braces: a cheap check that the hand-made JSON is whole.
        assert_eq!(text.matches('{').count(), text.matches('}').count());
    }

    #[test]
    fn clouds_yaml_names_both_clouds() {
        let text = clouds_yaml(&settings());
        assert!(text.contains("  realcloud-admin:\n    auth:\n"));
        assert!(text.contains("  realcloud-demo:\n"));
        assert!(text.contains("password: 'demopass'\n"));
        assert!(text.contains("identity_api_version: 3\n"));
    }

    #[test]
    fn openrc_quotes_for_the_shell() {
        let ids = ids();
        let [_, demo] = users(&ids);
        let text = openrc(&settings(), &demo);
        assert!(text.contains("export OS_PASSWORD='demopass'\n"));
        assert!(text.contains("'/state dir/demo-openrc.sh'"));
        assert_eq!(shell_word("it's"), r"'it'\''s'");
    }
}
