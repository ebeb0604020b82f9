//! Names in URLs and values in headers, encoded as Pithos+ wants them
//! (PITHOS.md §1.2 and §1.6).
//!
//! Paths: every segment is percent-encoded as UTF-8; inside an object name
//! `/` stays literal and nothing is collapsed or stripped, so `a//b` and `/x`
//! are addressed exactly. Headers: non-ASCII characters, control characters
//! and a literal `%` are percent-encoded (the server decodes a header whose
//! name or value holds a `%`); replies are decoded the same way.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

/// Everything but the unreserved characters `A-Z a-z 0-9 - . _ ~`.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// As [`SEGMENT`], keeping `/` literal (object names).
const OBJECT: &AsciiSet = &SEGMENT.remove(b'/');

/// Control characters and `%`; everything else ASCII goes as it is.
const HEADER: &AsciiSet = &percent_encoding::CONTROLS.add(b'%');

/// One path segment (account or container), fully encoded.
///
/// ```
/// assert_eq!(cloud_pithos::encoding::segment("my box/é"), "my%20box%2F%C3%A9");
/// ```
pub fn segment(name: &str) -> String {
    utf8_percent_encode(name, SEGMENT).to_string()
}

/// An object name: encoded, with every `/` kept as it is (`//` and a leading
/// `/` included).
///
/// ```
/// use cloud_pithos::encoding::object;
/// assert_eq!(object("/a//b c?#%"), "/a//b%20c%3F%23%25");
/// ```
pub fn object(name: &str) -> String {
    utf8_percent_encode(name, OBJECT).to_string()
}

/// A query parameter value (or name), fully encoded.
///
/// ```
/// assert_eq!(cloud_pithos::encoding::query_value("a/b&c"), "a%2Fb%26c");
/// ```
pub fn query_value(value: &str) -> String {
    utf8_percent_encode(value, SEGMENT).to_string()
}

/// A header value (or the variable part of a header name) safe to send:
/// non-ASCII, control characters and `%` percent-encoded.
///
/// ```
/// assert_eq!(cloud_pithos::encoding::header_value("γ 5%"), "%CE%B3 5%25");
/// ```
pub fn header_value(value: &str) -> String {
    utf8_percent_encode(value, HEADER).to_string()
}

/// The variable part of a header name (a metadata key, a group name):
/// everything but letters, digits, `-`, `.`, `_` and `~` percent-encoded,
/// so any key can be sent (the server decodes names holding a `%`).
///
/// ```
/// assert_eq!(cloud_pithos::encoding::header_name("my key/γ"), "my%20key%2F%CE%B3");
/// ```
pub fn header_name(name: &str) -> String {
    utf8_percent_encode(name, SEGMENT).to_string()
}

/// A header value or name as the server meant it: percent-decoded (UTF-8,
/// invalid sequences replaced).
///
/// ```
/// assert_eq!(cloud_pithos::encoding::decode("%CE%B3%CE%B5%CE%B9%CE%B1"), "γεια");
/// ```
pub fn decode(value: &str) -> String {
    percent_decode_str(value).decode_utf8_lossy().into_owned()
}

/// Builds a query string (`?a=1&b`) from pairs; a `None` value is a
/// presence-only flag (`update`, `hashmap`, …).
///
/// ```
/// use cloud_pithos::encoding::query;
/// assert_eq!(query(&[("format", Some("json".into())), ("update", None)]), "?format=json&update");
/// assert_eq!(query(&[]), "");
/// ```
pub fn query(pairs: &[(&str, Option<String>)]) -> String {
    let mut out = String::new();
    for (name, value) in pairs {
        out.push(if out.is_empty() { '?' } else { '&' });
        out.push_str(&query_value(name));
        if let Some(value) = value {
            out.push('=');
            out.push_str(&query_value(value));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicode_and_reserved_characters() {
        assert_eq!(object("φ/ü"), "%CF%86/%C3%BC");
        assert_eq!(segment("a+b"), "a%2Bb");
        assert_eq!(header_value("plain ascii, = ; :"), "plain ascii, = ; :");
        assert_eq!(decode(&header_value("100% ~γ")), "100% ~γ");
    }
}
