//! Removing secrets from everything that may be printed.
//!
//! Nothing in this crate logs a header map, a URL or a body except through the
//! functions here, so a token or password cannot reach a log or an error
//! message by accident. The replacement is always [`MASK`].

use std::fmt;

use http::HeaderMap;
use serde_json::Value;

/// What a secret is replaced with.
pub const MASK: &str = "***";

/// Headers whose values are secrets (compared case-insensitively).
const SECRET_HEADERS: &[&str] = &[
    "x-auth-token",
    "x-storage-token",
    "x-subject-token",
    "x-service-token",
    "x-auth-key",
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
    "x-account-meta-temp-url-key",
    "x-account-meta-temp-url-key-2",
    "x-container-meta-temp-url-key",
    "x-container-meta-temp-url-key-2",
];

/// JSON object keys and query or form parameter names whose values are secrets
/// (compared case-insensitively).
const SECRET_FIELDS: &[&str] = &[
    "password",
    "secret",
    "client_secret",
    "sessionkey",
    "apikey",
    "api_key",
    "secretkey",
    "signature",
    "adminpass",
    "private_key",
    "access_token",
    "refresh_token",
    "x-auth-token",
    "temp_url_sig",
    "token",
];

/// True when a header's value is a secret.
///
/// ```
/// assert!(cloud_core::redact::is_secret_header("X-Auth-Token"));
/// assert!(!cloud_core::redact::is_secret_header("Content-Type"));
/// ```
pub fn is_secret_header(name: &str) -> bool {
    SECRET_HEADERS.iter().any(|s| s.eq_ignore_ascii_case(name))
}

/// True when a JSON field or query parameter with this name holds a secret.
///
/// ```
/// assert!(cloud_core::redact::is_secret_field("apiKey"));
/// assert!(!cloud_core::redact::is_secret_field("name"));
/// ```
pub fn is_secret_field(name: &str) -> bool {
    SECRET_FIELDS.iter().any(|s| s.eq_ignore_ascii_case(name))
}

/// A header map that prints with secret values masked.
///
/// ```
/// use cloud_core::redact::RedactedHeaders;
/// let mut h = http::HeaderMap::new();
/// h.insert("x-auth-token", "s3cr3t".parse().unwrap());
/// h.insert("accept", "application/json".parse().unwrap());
/// let shown = RedactedHeaders(&h).to_string();
/// assert!(shown.contains("x-auth-token: ***"));
/// assert!(!shown.contains("s3cr3t"));
/// ```
pub struct RedactedHeaders<'a>(pub &'a HeaderMap);

impl fmt::Display for RedactedHeaders<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for (name, value) in self.0 {
            if !first {
                f.write_str(", ")?;
            }
            first = false;
            if is_secret_header(name.as_str()) {
                write!(f, "{name}: {MASK}")?;
            } else {
                match value.to_str() {
                    Ok(v) => write!(f, "{name}: {v}")?,
                    Err(_) => write!(f, "{name}: <{} bytes>", value.len())?,
                }
            }
        }
        Ok(())
    }
}

impl fmt::Debug for RedactedHeaders<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{{{self}}}")
    }
}

/// A URI as text, with the password of its user info and secret query values masked.
///
/// ```
/// let uri: http::Uri = "https://h.example.org/c?apiKey=k&command=listZones&signature=s".parse().unwrap();
/// assert_eq!(
///     cloud_core::redact::redact_uri(&uri),
///     "https://h.example.org/c?apiKey=***&command=listZones&signature=***"
/// );
/// ```
pub fn redact_uri(uri: &http::Uri) -> String {
    let mut out = String::new();
    if let Some(scheme) = uri.scheme_str() {
        out.push_str(scheme);
        out.push_str("://");
    }
    if let Some(authority) = uri.authority() {
        let text = authority.as_str();
        match text.rsplit_once('@') {
            Some((userinfo, host)) => {
                let user = userinfo.split(':').next().unwrap_or_default();
                out.push_str(user);
                if userinfo.contains(':') {
                    out.push(':');
                    out.push_str(MASK);
                }
                out.push('@');
                out.push_str(host);
            }
            None => out.push_str(text),
        }
    }
    out.push_str(uri.path());
    if let Some(query) = uri.query() {
        out.push('?');
        out.push_str(&redact_pairs(query));
    }
    out
}

/// Masks the secret values in `a=1&b=2` text (a query string or a form body).
///
/// ```
/// assert_eq!(
///     cloud_core::redact::redact_pairs("command=login&username=u&password=p"),
///     "command=login&username=u&password=***"
/// );
/// ```
pub fn redact_pairs(pairs: &str) -> String {
    pairs
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name, _)) if is_secret_field(&decode_name(name)) => format!("{name}={MASK}"),
            _ => pair.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn decode_name(name: &str) -> String {
    percent_encoding::percent_decode_str(name)
        .decode_utf8_lossy()
        .into_owned()
}

/// Masks secret fields anywhere in a JSON value, in place.
///
/// A field is secret when its name is one of the secret names (`password`,
/// `secret`, `token`, `sessionkey`, `apiKey`, …) and its value is a scalar, or
/// when it is the `id` of an object held under a `token` key (Keystone and
/// Astakos put the token there: `{"token": {"id": "…"}}`).
///
/// ```
/// let mut v = serde_json::json!({"auth": {"token": {"id": "t0k"}, "passwordCredentials": {"username": "u", "password": "p"}}});
/// cloud_core::redact::redact_json(&mut v);
/// assert_eq!(v["auth"]["token"]["id"], "***");
/// assert_eq!(v["auth"]["passwordCredentials"]["password"], "***");
/// assert_eq!(v["auth"]["passwordCredentials"]["username"], "u");
/// ```
pub fn redact_json(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map.iter_mut() {
                let secret_name = is_secret_field(key);
                match inner {
                    Value::Object(fields) if key.eq_ignore_ascii_case("token") => {
                        if let Some(id) = fields.get_mut("id") {
                            *id = Value::String(MASK.to_owned());
                        }
                        redact_json(inner);
                    }
                    Value::String(_) | Value::Number(_) if secret_name => {
                        *inner = Value::String(MASK.to_owned());
                    }
                    _ => redact_json(inner),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_json),
        _ => {}
    }
}

/// How a body may be shown in a log: JSON and form bodies with their secrets
/// masked, short text as is, anything else as its size.
///
/// ```
/// use cloud_core::redact::printable_body;
/// let shown = printable_body(Some("application/json"), br#"{"password": "hunter2"}"#);
/// assert_eq!(shown, r#"{"password":"***"}"#);
/// assert_eq!(printable_body(Some("application/octet-stream"), &[0u8; 10]), "<10 bytes>");
/// ```
pub fn printable_body(content_type: Option<&str>, body: &[u8]) -> String {
    const MAX_SHOWN: usize = 4096;
    if body.is_empty() {
        return String::new();
    }
    let ct = content_type.unwrap_or_default().to_ascii_lowercase();
    let looks_json = matches!(body.trim_ascii_start().first(), Some(b'{') | Some(b'['));
    if ct.contains("json") || (ct.is_empty() && looks_json) {
        return match serde_json::from_slice::<Value>(body) {
            Ok(mut value) => {
                redact_json(&mut value);
                clip(value.to_string(), MAX_SHOWN)
            }
            // Unparseable JSON may still carry a secret: show only its size.
            Err(_) => format!("<{} bytes of invalid JSON>", body.len()),
        };
    }
    if ct.contains("x-www-form-urlencoded") {
        return match std::str::from_utf8(body) {
            Ok(text) => clip(redact_pairs(text), MAX_SHOWN),
            Err(_) => format!("<{} bytes>", body.len()),
        };
    }
    if ct.starts_with("text/")
        && let Ok(text) = std::str::from_utf8(body)
    {
        return clip(text.to_owned(), MAX_SHOWN);
    }
    format!("<{} bytes>", body.len())
}

fn clip(mut text: String, max: usize) -> String {
    if let Some((cut, _)) = text.char_indices().nth(max) {
        text.truncate(cut);
        text.push('…');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_secret_header_is_masked() {
        let mut h = HeaderMap::new();
        for name in SECRET_HEADERS {
            h.insert(*name, "topsecret".parse().unwrap());
        }
        h.insert("x-object-meta-color", "blue".parse().unwrap());
        let shown = RedactedHeaders(&h).to_string();
        assert!(!shown.contains("topsecret"), "{shown}");
        assert!(shown.contains("x-object-meta-color: blue"));
        assert_eq!(shown.matches(MASK).count(), SECRET_HEADERS.len());
    }

    #[test]
    fn keystone_v3_bodies_are_masked() {
        let mut v = serde_json::json!({
            "auth": {"identity": {"methods": ["password", "application_credential"],
                "password": {"user": {"name": "admin", "domain": {"id": "default"}, "password": "pw1"}},
                "application_credential": {"id": "ac", "secret": "sec1"}}}
        });
        redact_json(&mut v);
        let text = v.to_string();
        assert!(!text.contains("pw1") && !text.contains("sec1"), "{text}");
        assert!(text.contains("\"admin\""));
        // The list of methods keeps its words.
        assert_eq!(v["auth"]["identity"]["methods"][0], "password");
    }

    #[test]
    fn v2_access_token_and_cloudstack_keys_are_masked() {
        let mut v = serde_json::json!({
            "access": {"token": {"id": "tok", "expires": "2030-01-01"}, "user": {"id": "u1"}},
            "loginresponse": {"sessionkey": "sk", "userid": "u2"},
            "apiKey": "ak", "apikey": "ak2", "server": {"adminPass": "root"}
        });
        redact_json(&mut v);
        let text = v.to_string();
        for secret in ["\"tok\"", "\"sk\"", "\"ak\"", "\"ak2\"", "\"root\""] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
        assert_eq!(v["access"]["user"]["id"], "u1");
        assert_eq!(v["access"]["token"]["expires"], "2030-01-01");
    }

    #[test]
    fn uri_user_info_and_queries_are_masked() {
        let uri: http::Uri =
            "https://alice:pw@h.example.org/v1/AUTH_a/c?temp_url_sig=abc&temp_url_expires=1"
                .parse()
                .unwrap();
        assert_eq!(
            redact_uri(&uri),
            "https://alice:***@h.example.org/v1/AUTH_a/c?temp_url_sig=***&temp_url_expires=1"
        );
        let relative: http::Uri = "/path?X-Auth-Token=t".parse().unwrap();
        assert_eq!(redact_uri(&relative), "/path?X-Auth-Token=***");
    }

    #[test]
    fn bodies_we_cannot_parse_are_not_shown() {
        let shown = printable_body(Some("application/json"), b"{\"password\": \"oops");
        assert!(!shown.contains("oops"));
        let shown = printable_body(
            Some("application/x-www-form-urlencoded"),
            b"command=login&password=pw&username=u",
        );
        assert_eq!(shown, "command=login&password=***&username=u");
    }
}
