//! Lenient ISO-8601 parsing for project dates (`end_date`, `start_date`):
//! `YYYY-MM-DD`, optionally `THH:MM[:SS[.ffffff]]` (or a space for `T`), and
//! an optional `Z` or `±HH[:MM]` offset (UTC when absent).

/// Epoch microseconds of an ISO-8601 date or date-time; `None` if malformed.
///
/// ```
/// use cloud_emulator::account::dates::parse_iso8601;
/// assert_eq!(parse_iso8601("1970-01-02"), Some(86_400_000_000));
/// assert_eq!(parse_iso8601("2011-12-02T08:10:41.565891+00:00"), Some(1322813441565891));
/// assert_eq!(parse_iso8601("2011-12-02T10:10:41.565891+02:00"), Some(1322813441565891));
/// assert_eq!(parse_iso8601("2011-12-02T08:10:41Z"), Some(1322813441000000));
/// assert_eq!(parse_iso8601("tomorrow"), None);
/// ```
pub fn parse_iso8601(text: &str) -> Option<i64> {
    let text = text.trim();
    let (date, rest) = match text.find(['T', 't', ' ']) {
        Some(i) => (&text[..i], &text[i + 1..]),
        None => (text, ""),
    };
    let mut parts = date.splitn(3, '-');
    let year: i64 = number(parts.next()?, 4)?;
    let month: i64 = number(parts.next()?, 2)?;
    let day: i64 = number(parts.next()?, 2)?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let (time, offset) = split_offset(rest)?;
    let mut micros = 0i64;
    if !time.is_empty() {
        let (hms, frac) = match time.split_once('.') {
            Some((hms, frac)) => (hms, Some(frac)),
            None => (time, None),
        };
        let mut fields = hms.split(':');
        let hour = number(fields.next()?, 2)?;
        let minute = number(fields.next()?, 2)?;
        let second = match fields.next() {
            Some(s) => number(s, 2)?,
            None => 0,
        };
        if fields.next().is_some() || hour > 23 || minute > 59 || second > 60 {
            return None;
        }
        micros = (hour * 3600 + minute * 60 + second) * 1_000_000;
        if let Some(frac) = frac {
            if frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let digits: String = frac.chars().chain(std::iter::repeat('0')).take(6).collect();
            micros += digits.parse::<i64>().ok()?;
        }
    }
    let days = days_from_civil(year, month, day);
    Some(days * 86_400_000_000 + micros - offset * 60_000_000)
}

/// Splits `HH:MM:SS.f+02:00` into the time and the offset in minutes.
fn split_offset(rest: &str) -> Option<(&str, i64)> {
    if let Some(time) = rest.strip_suffix(['Z', 'z']) {
        return Some((time, 0));
    }
    let Some(i) = rest.rfind(['+', '-']) else {
        return Some((rest, 0));
    };
    let (time, offset) = (&rest[..i], &rest[i..]);
    let sign = if offset.starts_with('-') { -1 } else { 1 };
    let digits = offset[1..].replace(':', "");
    let (h, m) = match digits.len() {
        2 => (number(&digits, 2)?, 0),
        4 => (number(&digits[..2], 2)?, number(&digits[2..], 2)?),
        _ => return None,
    };
    Some((time, sign * (h * 60 + m)))
}

fn number(text: &str, width: usize) -> Option<i64> {
    if text.len() != width || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}
