//! Time as the Synnefo servers write it.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Microseconds since the epoch, now.
///
/// ```
/// assert!(cloud_emulator::clock::now_micros() > 1_700_000_000_000_000);
/// ```
pub fn now_micros() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_micros()).unwrap_or(i64::MAX))
}

/// ISO-8601 with microseconds and `+00:00`, as in JSON listings and token expiry:
/// `2011-12-02T08:10:41.565891+00:00`.
///
/// ```
/// assert_eq!(cloud_emulator::clock::iso8601(1322813441565891), "2011-12-02T08:10:41.565891+00:00");
/// ```
pub fn iso8601(micros: i64) -> String {
    let secs = micros.div_euclid(1_000_000);
    let frac = micros.rem_euclid(1_000_000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{frac:06}+00:00",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Decimal epoch seconds as a string, as in `x_object_version_timestamp`: `"1322813441.565891"`.
///
/// ```
/// assert_eq!(cloud_emulator::clock::epoch_string(1322813441565891), "1322813441.565891");
/// ```
pub fn epoch_string(micros: i64) -> String {
    format!(
        "{}.{:06}",
        micros.div_euclid(1_000_000),
        micros.rem_euclid(1_000_000)
    )
}

/// An RFC 1123 date in whole seconds, as in `Last-Modified`.
///
/// ```
/// assert_eq!(cloud_emulator::clock::http_date(784111777_000_000), "Sun, 06 Nov 1994 08:49:37 GMT");
/// ```
pub fn http_date(micros: i64) -> String {
    let secs = u64::try_from(micros.div_euclid(1_000_000)).unwrap_or(0);
    httpdate::fmt_http_date(UNIX_EPOCH + Duration::from_secs(secs))
}

/// Parses an RFC 1123 date to epoch microseconds; `None` if it is not one.
///
/// ```
/// assert_eq!(cloud_emulator::clock::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), Some(784111777_000_000));
/// ```
pub fn parse_http_date(text: &str) -> Option<i64> {
    let t = httpdate::parse_http_date(text.trim()).ok()?;
    let d = t.duration_since(UNIX_EPOCH).ok()?;
    i64::try_from(d.as_micros()).ok()
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_days_and_epoch() {
        assert_eq!(iso8601(0), "1970-01-01T00:00:00.000000+00:00");
        // 2024-02-29T12:00:00Z
        assert_eq!(
            iso8601(1_709_208_000_000_000),
            "2024-02-29T12:00:00.000000+00:00"
        );
    }
}
