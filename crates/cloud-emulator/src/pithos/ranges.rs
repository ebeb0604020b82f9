//! `Range` (GET) and `Content-Range` (POST update) parsing, as the server
//! does it (PITHOS.md §3.4, §6.4, §6.5).

/// What a `Range` header asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ranges {
    /// No usable header: the whole object (200).
    Full,
    /// These `(offset, length)` parts, all inside the object (206).
    Parts(Vec<(u64, u64)>),
    /// Some part lies outside the object: 416 (no clamping).
    Unsatisfiable,
}

/// Interprets a `Range` header for an object of `size` bytes. Malformed
/// headers are ignored (whole object); any part out of bounds makes the
/// request unsatisfiable.
///
/// ```
/// use cloud_emulator::pithos::ranges::{parse_range, Ranges};
/// assert_eq!(parse_range(Some("bytes=-3"), 10), Ranges::Parts(vec![(7, 3)]));
/// assert_eq!(parse_range(Some("bytes=0-10"), 10), Ranges::Unsatisfiable);
/// assert_eq!(parse_range(Some("bytes=3-2"), 10), Ranges::Full);
/// ```
pub fn parse_range(header: Option<&str>, size: u64) -> Ranges {
    let Some(header) = header else {
        return Ranges::Full;
    };
    let cleaned: String = header.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(specs) = cleaned.strip_prefix("bytes=") else {
        return Ranges::Full;
    };
    let mut parts = Vec::new();
    for spec in specs.split(',') {
        let Some((first, last)) = spec.split_once('-') else {
            return Ranges::Full;
        };
        let part: (i128, i128) = match (first.is_empty(), last.is_empty()) {
            (true, true) => return Ranges::Full,
            (true, false) => {
                let Ok(n) = last.parse::<u64>() else {
                    return Ranges::Full;
                };
                (i128::from(size) - i128::from(n), i128::from(n))
            }
            (false, true) => {
                let Ok(a) = first.parse::<u64>() else {
                    return Ranges::Full;
                };
                (i128::from(a), i128::from(size) - i128::from(a))
            }
            (false, false) => {
                let (Ok(a), Ok(b)) = (first.parse::<u64>(), last.parse::<u64>()) else {
                    return Ranges::Full;
                };
                if a > b {
                    return Ranges::Full;
                }
                (i128::from(a), i128::from(b) - i128::from(a) + 1)
            }
        };
        parts.push(part);
    }
    let size = i128::from(size);
    let mut out = Vec::with_capacity(parts.len());
    for (offset, length) in parts {
        if length <= 0 || length > size || offset < 0 || offset >= size || offset + length > size {
            return Ranges::Unsatisfiable;
        }
        let (Ok(offset), Ok(length)) = (u64::try_from(offset), u64::try_from(length)) else {
            return Ranges::Unsatisfiable;
        };
        out.push((offset, length));
    }
    Ranges::Parts(out)
}

/// A parsed `Content-Range` of a POST update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContentRange {
    /// First byte, or `None` for `bytes */*` (append at the end).
    pub first: Option<u64>,
    /// Last byte, if given.
    pub last: Option<u64>,
    /// The declared total, if numeric.
    pub total: Option<u64>,
}

/// Parses `bytes <first>-<last>/<total>`, `bytes <first>-/<total>` (total
/// `*` or a number) or `bytes */*`; anything else, or `first > last`, is
/// `None` (416 "Invalid Content-Range header").
///
/// ```
/// use cloud_emulator::pithos::ranges::parse_content_range;
/// assert_eq!(parse_content_range("bytes */*").unwrap().first, None);
/// assert!(parse_content_range("bytes 5-4/*").is_none());
/// ```
pub fn parse_content_range(header: &str) -> Option<ContentRange> {
    let rest = header.trim().strip_prefix("bytes")?;
    let rest = rest.trim_start();
    if rest.trim() == "*/*" {
        return Some(ContentRange {
            first: None,
            last: None,
            total: None,
        });
    }
    let (range, total) = rest.split_once('/')?;
    let total = match total.trim() {
        "*" => None,
        t => Some(t.parse::<u64>().ok()?),
    };
    let (first, last) = range.trim().split_once('-')?;
    let first: u64 = first.parse().ok()?;
    let last = match last {
        "" => None,
        l => Some(l.parse::<u64>().ok()?),
    };
    if last.is_some_and(|l| first > l) {
        return None;
    }
    Some(ContentRange {
        first: Some(first),
        last,
        total,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_vectors() {
        let s = 10;
        assert_eq!(
            parse_range(Some("bytes=0-9"), s),
            Ranges::Parts(vec![(0, 10)])
        );
        assert_eq!(parse_range(Some("bytes=0-10"), s), Ranges::Unsatisfiable);
        assert_eq!(
            parse_range(Some("bytes=-3"), s),
            Ranges::Parts(vec![(7, 3)])
        );
        assert_eq!(parse_range(Some("bytes=-11"), s), Ranges::Unsatisfiable);
        assert_eq!(
            parse_range(Some("bytes=7-"), s),
            Ranges::Parts(vec![(7, 3)])
        );
        assert_eq!(parse_range(Some("bytes=10-"), s), Ranges::Unsatisfiable);
        assert_eq!(parse_range(Some("bytes=3-2"), s), Ranges::Full);
        assert_eq!(parse_range(Some("bytes=-"), s), Ranges::Full);
        assert_eq!(parse_range(Some("items=0-1"), s), Ranges::Full);
        assert_eq!(
            parse_range(Some("bytes=0-1,5-6"), s),
            Ranges::Parts(vec![(0, 2), (5, 2)])
        );
        assert_eq!(
            parse_range(Some("bytes=0-1,20-30"), s),
            Ranges::Unsatisfiable
        );
        assert_eq!(parse_range(Some("bytes=0-0"), 0), Ranges::Unsatisfiable);
    }

    #[test]
    fn content_range_forms() {
        let r = parse_content_range("bytes 10-19/*").unwrap();
        assert_eq!((r.first, r.last, r.total), (Some(10), Some(19), None));
        let r = parse_content_range("bytes 2-3/10").unwrap();
        assert_eq!(r.total, Some(10));
        let r = parse_content_range("bytes 0-/*").unwrap();
        assert_eq!(r.last, None);
        assert!(parse_content_range("bytes 5-4/*").is_none());
        assert!(parse_content_range("bytes x-4/*").is_none());
        assert!(parse_content_range("items 0-4/*").is_none());
    }
}
