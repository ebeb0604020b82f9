//! User metadata: key normalisation, limits, replace and merge (PITHOS.md §1.7).

use std::collections::BTreeMap;

use crate::api_error::ApiFault;
use crate::pithos::request::Headers;

/// Metadata as stored: normalised key (without the prefix) → value.
pub type Meta = BTreeMap<String, String>;

/// At most this many metadata headers of one prefix per request.
pub const MAX_HEADERS: usize = 90;
/// The longest full header name.
pub const MAX_NAME: usize = 128;
/// The longest value.
pub const MAX_VALUE: usize = 256;
/// At most this many metadata items per resource, after merging.
pub const MAX_ITEMS: usize = 32;

/// Normalises a metadata key: `_` → `-`, each `-`-separated piece
/// capitalised (first letter upper, rest lower).
///
/// ```
/// assert_eq!(cloud_emulator::pithos::metadata::normalize_key("my_KEY"), "My-Key");
/// ```
pub fn normalize_key(key: &str) -> String {
    key.replace('_', "-")
        .split('-')
        .map(|piece| {
            let mut chars = piece.chars();
            match chars.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// The metadata headers with this prefix (e.g. `x-object-meta-`) in a
/// request: normalised keys, values with `~` removed. Enforces the
/// per-request limits (400).
pub fn from_headers(headers: &Headers, prefix: &str) -> Result<Meta, ApiFault> {
    let mut meta = Meta::new();
    let mut count = 0;
    for (name, value) in headers.with_prefix(prefix) {
        count += 1;
        if count > MAX_HEADERS {
            return Err(ApiFault::bad_request("Too many headers."));
        }
        if name.chars().count() > MAX_NAME {
            return Err(ApiFault::bad_request("Header name too large."));
        }
        let value = value.replace('~', "");
        if value.chars().count() > MAX_VALUE {
            return Err(ApiFault::bad_request("Header value too large."));
        }
        let key = normalize_key(&name[prefix.len()..]);
        if key.is_empty() {
            continue;
        }
        meta.insert(key, value);
    }
    Ok(meta)
}

/// Applies `update` to `current`: with `merge`, empty values delete keys and
/// others are set; without it, the result is `update` without empty values.
/// More than [`MAX_ITEMS`] items → 400.
pub fn apply(current: &Meta, update: &Meta, merge: bool) -> Result<Meta, ApiFault> {
    let mut result = if merge { current.clone() } else { Meta::new() };
    for (key, value) in update {
        if value.is_empty() {
            result.remove(key);
        } else {
            result.insert(key.clone(), value.clone());
        }
    }
    if result.len() > MAX_ITEMS {
        return Err(ApiFault::bad_request("Metadata limit exceeded"));
    }
    Ok(result)
}

/// Serialises metadata for the database.
pub fn to_json(meta: &Meta) -> String {
    serde_json::to_string(meta).unwrap_or_else(|_| "{}".to_owned())
}

/// Reads metadata from the database (unreadable → empty).
pub fn from_json(text: &str) -> Meta {
    serde_json::from_str(text).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_recased() {
        assert_eq!(normalize_key("my_KEY"), "My-Key");
        assert_eq!(normalize_key("quality"), "Quality");
        assert_eq!(normalize_key("a-b_c"), "A-B-C");
    }
}
