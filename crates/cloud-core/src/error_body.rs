//! Reading what a server said when it refused a request.
//!
//! Clouds answer errors in many shapes. This parser understands every shape in
//! the specs and never fails: whatever the bytes, it returns a message.
//!
//! | shape | example |
//! | --- | --- |
//! | Synnefo / Nova fault | `{"itemNotFound": {"code": 404, "message": "…", "details": "…"}}` |
//! | Keystone | `{"error": {"code": 401, "title": "Unauthorized", "message": "…"}}` |
//! | Neutron | `{"NeutronError": {"type": "NetworkNotFound", "message": "…", "detail": ""}}` |
//! | CloudStack | `{"listzonesresponse": {"errorcode": 431, "errortext": "…"}}` |
//! | Swift / Pithos text | `<html><h1>Not Found</h1><p>The resource could not be found.</p></html>` or plain text |
//! | empty | no body: the status's reason phrase |
//! | HTML from a proxy | a page's `<title>` or first heading |

use http::StatusCode;
use serde_json::Value;

/// What the parser found in an error body.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ParsedErrorBody {
    /// The fault's name (`itemNotFound`, `error`, a Neutron error type, …).
    pub fault: Option<String>,
    /// The server's message, never empty.
    pub message: String,
    /// Extra details, when present and not empty.
    pub details: Option<String>,
    /// Structured data attached to the fault (Astakos commission errors).
    pub data: Option<Value>,
}

/// Longest message kept from a text or HTML body, in characters.
const MAX_TEXT: usize = 500;

/// Parses an error body of any shape into a fault name, message and details.
///
/// ```
/// use cloud_core::error_body::parse_error_body;
/// use http::StatusCode;
///
/// let keystone = br#"{"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}}"#;
/// let parsed = parse_error_body(StatusCode::UNAUTHORIZED, Some("application/json"), keystone);
/// assert_eq!(parsed.message, "The request you have made requires authentication.");
///
/// let empty = parse_error_body(StatusCode::NOT_FOUND, None, b"");
/// assert_eq!(empty.message, "Not Found");
/// ```
pub fn parse_error_body(
    status: StatusCode,
    content_type: Option<&str>,
    body: &[u8],
) -> ParsedErrorBody {
    let reason = status.canonical_reason().unwrap_or("Error").to_owned();
    let trimmed = body.trim_ascii();
    if trimmed.is_empty() {
        return plain(reason);
    }
    if matches!(trimmed.first(), Some(b'{') | Some(b'['))
        && let Ok(value) = serde_json::from_slice::<Value>(trimmed)
    {
        if let Some(parsed) = from_json(&value) {
            return parsed;
        }
        // JSON of a shape we do not know: show it compactly rather than lose it.
        return plain(clip(&value.to_string()));
    }
    let text = String::from_utf8_lossy(trimmed);
    let is_html =
        content_type.is_some_and(|ct| ct.contains("html")) || text.trim_start().starts_with('<');
    let message = if is_html {
        html_message(&text)
    } else {
        Some(clip(text.trim()))
    };
    match message.filter(|m| !m.is_empty()) {
        Some(m) => plain(m),
        None => plain(reason),
    }
}

fn plain(message: String) -> ParsedErrorBody {
    ParsedErrorBody {
        fault: None,
        message,
        details: None,
        data: None,
    }
}

/// Longest details kept (server tracebacks), in characters.
const MAX_DETAILS: usize = 4000;

fn clip(text: &str) -> String {
    clip_to(text, MAX_TEXT)
}

fn clip_to(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

fn string_of(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Null | Value::String(_) => None,
        Value::Array(items) if items.is_empty() => None,
        other => Some(other.to_string()),
    }
}

/// Reads the JSON shapes; `None` when the value has none of them.
fn from_json(value: &Value) -> Option<ParsedErrorBody> {
    let object = value.as_object()?;
    // Shapes with a fault object under a single top-level key: Synnefo, Nova,
    // Keystone (`error`), Neutron (`NeutronError`), CloudStack (`…response`).
    // Some servers add siblings (Keystone's nothing, Glance's `links`), so look
    // for the first key whose value is an object carrying a message.
    for (key, inner) in object {
        let Some(fields) = inner.as_object() else {
            continue;
        };
        let message = string_of(fields.get("message"))
            .or_else(|| string_of(fields.get("errortext")))
            .or_else(|| string_of(fields.get("title")));
        let Some(message) = message else {
            continue;
        };
        // Neutron names the error in `type`; everything else in the key.
        let fault = string_of(fields.get("type")).unwrap_or_else(|| key.clone());
        let details = string_of(fields.get("details"))
            .or_else(|| string_of(fields.get("detail")))
            .filter(|d| d != &message);
        return Some(ParsedErrorBody {
            fault: Some(fault),
            message: clip(&message),
            details: details.map(|d| clip_to(&d, MAX_DETAILS)),
            data: fields.get("data").cloned(),
        });
    }
    // Flat shapes: `{"message": "…"}`, `{"error": "…"}`, `{"detail": "…"}`,
    // `{"faultstring": "…"}` (WSME services), `{"title": "…", "description": "…"}`.
    for key in [
        "message",
        "error",
        "errortext",
        "faultstring",
        "detail",
        "title",
    ] {
        if let Some(message) = string_of(object.get(key)) {
            let details = string_of(object.get("description"))
                .or_else(|| string_of(object.get("details")))
                .filter(|d| d != &message);
            return Some(ParsedErrorBody {
                fault: None,
                message: clip(&message),
                details: details.map(|d| clip_to(&d, MAX_DETAILS)),
                data: None,
            });
        }
    }
    None
}

/// The best human line in an HTML error page: its `<h1>`/`<title>` and first paragraph.
fn html_message(html: &str) -> Option<String> {
    let heading = tag_text(html, "h1").or_else(|| tag_text(html, "title"));
    let paragraph = tag_text(html, "p");
    let joined = match (heading, paragraph) {
        (Some(h), Some(p)) if h != p => format!("{h}: {p}"),
        (Some(h), _) => h,
        (None, Some(p)) => p,
        (None, None) => strip_tags(html),
    };
    let collapsed = joined.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(clip(&collapsed))
}

/// The text inside the first `<tag …>…</tag>`, tags stripped, case-insensitive.
fn tag_text(html: &str, tag: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let open = lower.find(&format!("<{tag}"))?;
    let content_start = open + lower[open..].find('>')? + 1;
    let close = content_start + lower[content_start..].find(&format!("</{tag}"))?;
    let text = strip_tags(&html[content_start..close]);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(status: u16, ct: Option<&str>, body: &str) -> ParsedErrorBody {
        parse_error_body(StatusCode::from_u16(status).unwrap(), ct, body.as_bytes())
    }

    #[test]
    fn synnefo_fault() {
        let p = parse(
            404,
            Some("application/json"),
            r#"{"itemNotFound": {"code": 404, "message": "Object does not exist", "details": ""}}"#,
        );
        assert_eq!(p.fault.as_deref(), Some("itemNotFound"));
        assert_eq!(p.message, "Object does not exist");
        assert_eq!(p.details, None);
    }

    #[test]
    fn synnefo_relayed_astakos_fault_keeps_details() {
        let p = parse(
            401,
            None,
            r#"{"fault": {"code": 401, "message": "UNAUTHORIZED", "details": "{\"unauthorized\": {\"message\": \"Invalid token\"}}"}}"#,
        );
        assert_eq!(p.fault.as_deref(), Some("fault"));
        assert_eq!(p.message, "UNAUTHORIZED");
        assert!(p.details.unwrap().contains("Invalid token"));
    }

    #[test]
    fn astakos_commission_error_keeps_data() {
        let p = parse(
            413,
            None,
            r#"{"overLimit": {"message": "Resource Limit Exceeded", "code": 413,
                "data": {"name": "NoCapacityError", "limit": 2, "usage": 2}}}"#,
        );
        assert_eq!(p.fault.as_deref(), Some("overLimit"));
        assert_eq!(p.data.unwrap()["name"], "NoCapacityError");
    }

    #[test]
    fn nova_fault() {
        let p = parse(
            409,
            None,
            r#"{"conflictingRequest": {"message": "Cannot 'reboot' instance while it is in task_state rebooting", "code": 409}}"#,
        );
        assert_eq!(p.fault.as_deref(), Some("conflictingRequest"));
        assert!(p.message.starts_with("Cannot 'reboot'"));
    }

    #[test]
    fn keystone_error() {
        let p = parse(
            401,
            Some("application/json"),
            r#"{"error": {"code": 401, "title": "Unauthorized", "message": "The account is locked for user: 1"}}"#,
        );
        assert_eq!(p.fault.as_deref(), Some("error"));
        assert_eq!(p.message, "The account is locked for user: 1");
    }

    #[test]
    fn neutron_error_uses_type_as_fault() {
        let p = parse(
            404,
            None,
            r#"{"NeutronError": {"type": "NetworkNotFound", "message": "Network 42 could not be found.", "detail": ""}}"#,
        );
        assert_eq!(p.fault.as_deref(), Some("NetworkNotFound"));
        assert_eq!(p.message, "Network 42 could not be found.");
    }

    #[test]
    fn cloudstack_error() {
        let p = parse(
            431,
            None,
            r#"{"listzonesresponse": {"uuidList": [], "errorcode": 431, "cserrorcode": 9999, "errortext": "Unable to execute API command listzones due to missing parameter pagesize"}}"#,
        );
        assert_eq!(p.fault.as_deref(), Some("listzonesresponse"));
        assert!(p.message.contains("missing parameter pagesize"));
    }

    #[test]
    fn swift_html_and_plain_text() {
        let p = parse(
            404,
            Some("text/html; charset=UTF-8"),
            "<html><h1>Not Found</h1><p>The resource could not be found.</p></html>",
        );
        assert_eq!(p.message, "Not Found: The resource could not be found.");
        let p = parse(401, Some("text/plain"), "Authentication required\n");
        assert_eq!(p.message, "Authentication required");
    }

    #[test]
    fn proxy_html_page() {
        let page = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\
                    <body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
        let p = parse(502, Some("text/html"), page);
        assert_eq!(p.message, "502 Bad Gateway");
    }

    #[test]
    fn empty_body_uses_reason_phrase() {
        assert_eq!(parse(404, None, "").message, "Not Found");
        assert_eq!(parse(502, None, "  \n").message, "Bad Gateway");
        assert_eq!(parse(599, None, "").message, "Error");
    }

    #[test]
    fn unknown_json_is_kept_compactly() {
        let p = parse(400, None, r#"[1, 2, 3]"#);
        assert_eq!(p.message, "[1,2,3]");
        let p = parse(400, None, r#"{"weird": 1}"#);
        assert_eq!(p.message, r#"{"weird":1}"#);
    }

    #[test]
    fn flat_json_shapes() {
        assert_eq!(
            parse(400, None, r#"{"message": "bad size"}"#).message,
            "bad size"
        );
        assert_eq!(
            parse(400, None, r#"{"faultstring": "Invalid input"}"#).message,
            "Invalid input"
        );
    }

    #[test]
    fn long_text_is_clipped_on_a_char_boundary() {
        let body = "é".repeat(2000);
        let p = parse(500, Some("text/plain"), &body);
        assert_eq!(p.message.chars().count(), MAX_TEXT + 1);
        assert!(p.message.ends_with('…'));
    }
}
