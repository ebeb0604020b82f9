//! Token timestamps: the lenient ISO 8601 / RFC 3339 parser the identity
//! services need, and a formatter for the same shape.
//!
//! Astakos writes `2013-06-19T15:23:59.975572+00:00`, Keystone
//! `2026-11-22T09:05:16.000000Z`, older Keystones `2014-01-31T15:30:58Z`.
//! A timestamp without an offset is taken as UTC (what the servers mean).
//!
//! ```
//! let t = cloud_identity::time::parse_timestamp("2014-01-31T15:30:58Z").unwrap();
//! assert_eq!(cloud_identity::time::format_timestamp(t), "2014-01-31T15:30:58.000000Z");
//! ```

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Parses an ISO 8601 timestamp (`YYYY-MM-DD[T ]HH:MM:SS[.frac][Z|±HH:MM|±HHMM|±HH]`).
///
/// Returns `None` for anything else, and for instants before 1970.
///
/// ```
/// use std::time::{Duration, UNIX_EPOCH};
/// use cloud_identity::time::parse_timestamp;
///
/// let t = parse_timestamp("2026-11-22T09:05:16.000000Z").unwrap();
/// assert_eq!(t, UNIX_EPOCH + Duration::from_secs(1_795_338_316));
/// assert_eq!(parse_timestamp("2026-11-22T11:05:16+02:00"), Some(t));
/// assert_eq!(parse_timestamp("2013-06-19T15:23:59.975572+00:00").unwrap()
///     .duration_since(UNIX_EPOCH).unwrap().subsec_micros(), 975_572);
/// assert_eq!(parse_timestamp("yesterday"), None);
/// ```
pub fn parse_timestamp(text: &str) -> Option<SystemTime> {
    let b = text.trim().as_bytes();
    let year = digits(b, 0, 4)? as i64;
    expect(b, 4, b'-')?;
    let month = digits(b, 5, 2)? as u32;
    expect(b, 7, b'-')?;
    let day = digits(b, 8, 2)? as u32;
    if !matches!(b.get(10), Some(b'T' | b't' | b' ')) {
        return None;
    }
    let hour = digits(b, 11, 2)?;
    expect(b, 13, b':')?;
    let minute = digits(b, 14, 2)?;
    expect(b, 16, b':')?;
    let second = digits(b, 17, 2)?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 {
        return None;
    }
    // 60 is a leap second; fold it into the next minute.
    if second > 60 {
        return None;
    }
    let mut at = 19;
    let mut nanos: u64 = 0;
    if b.get(at) == Some(&b'.') {
        at += 1;
        let start = at;
        while b.get(at).is_some_and(u8::is_ascii_digit) {
            if at - start < 9 {
                nanos = nanos * 10 + u64::from(b[at] - b'0');
            }
            at += 1;
        }
        if at == start {
            return None;
        }
        for _ in (at - start).min(9)..9 {
            nanos *= 10;
        }
    }
    let offset_seconds: i64 = match b.get(at) {
        None => 0,
        Some(b'Z' | b'z') if at + 1 == b.len() => 0,
        Some(sign @ (b'+' | b'-')) => {
            let sign = if *sign == b'-' { -1 } else { 1 };
            let rest = &b[at + 1..];
            let (hours, minutes) = match rest.len() {
                2 => (digits(rest, 0, 2)?, 0),
                4 => (digits(rest, 0, 2)?, digits(rest, 2, 2)?),
                5 if rest[2] == b':' => (digits(rest, 0, 2)?, digits(rest, 3, 2)?),
                _ => return None,
            };
            sign * (hours as i64 * 3600 + minutes as i64 * 60)
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    let seconds =
        days * 86_400 + hour as i64 * 3600 + minute as i64 * 60 + second as i64 - offset_seconds;
    let seconds = u64::try_from(seconds).ok()?;
    UNIX_EPOCH.checked_add(Duration::from_secs(seconds) + Duration::from_nanos(nanos))
}

/// Formats an instant as `YYYY-MM-DDTHH:MM:SS.ffffffZ` (UTC, microseconds),
/// the shape Keystone writes.
///
/// ```
/// use std::time::{Duration, UNIX_EPOCH};
/// use cloud_identity::time::{format_timestamp, parse_timestamp};
/// let t = UNIX_EPOCH + Duration::from_micros(1_795_338_316_250_000);
/// assert_eq!(format_timestamp(t), "2026-11-22T09:05:16.250000Z");
/// assert_eq!(parse_timestamp(&format_timestamp(t)), Some(t));
/// ```
pub fn format_timestamp(at: SystemTime) -> String {
    let since = at.duration_since(UNIX_EPOCH).unwrap_or_default();
    let seconds = since.as_secs() as i64;
    let (year, month, day) = civil_from_days(seconds.div_euclid(86_400));
    let in_day = seconds.rem_euclid(86_400);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:06}Z",
        in_day / 3600,
        (in_day / 60) % 60,
        in_day % 60,
        since.subsec_micros()
    )
}

fn digits(b: &[u8], at: usize, len: usize) -> Option<u64> {
    let slice = b.get(at..at + len)?;
    let mut value = 0u64;
    for c in slice {
        if !c.is_ascii_digit() {
            return None;
        }
        value = value * 10 + u64::from(c - b'0');
    }
    Some(value)
}

fn expect(b: &[u8], at: usize, c: u8) -> Option<()> {
    (b.get(at) == Some(&c)).then_some(())
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = if year >= 0 { year } else { year - 399 } / 400;
    let year_of_era = year - era * 400;
    let month_from_march = i64::from((month + 9) % 12);
    let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date of a day counted from 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shape_the_servers_write() {
        let base = parse_timestamp("2014-01-31T15:30:58Z").unwrap();
        for text in [
            "2014-01-31T15:30:58",
            "2014-01-31 15:30:58",
            "2014-01-31T15:30:58+00:00",
            "2014-01-31T17:30:58+0200",
            "2014-01-31T13:30:58-02",
            "2014-01-31T15:30:58.000Z",
        ] {
            assert_eq!(parse_timestamp(text), Some(base), "{text}");
        }
        for bad in [
            "",
            "2014-01-31",
            "2014-13-01T00:00:00Z",
            "2014-01-31T15:30:58.Z",
            "2014-01-31T15:30:58Zjunk",
            "2014-01-31T15:30:58+1",
        ] {
            assert_eq!(parse_timestamp(bad), None, "{bad}");
        }
    }

    #[test]
    fn dates_round_trip_across_leap_years_and_centuries() {
        for days in [0i64, 59, 60, 365, 10_957, 11_016, 19_782, 47_541] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(
            format_timestamp(parse_timestamp("2000-02-29T23:59:59.5Z").unwrap()),
            "2000-02-29T23:59:59.500000Z"
        );
    }
}
