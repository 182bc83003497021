//! Times shown to residents and staff: China Standard Time (UTC+8, no
//! daylight saving), `YYYY-MM-DD HH:MM`, the same in every language.

/// Formats seconds since the Unix epoch as China Standard Time.
pub fn china_time(ts: i64) -> String {
    let local = ts + 8 * 3600;
    let days = local.div_euclid(86_400);
    let secs = local.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}", secs / 3600, secs % 3600 / 60)
}

/// Reads `YYYY-MM-DDTHH:MM` (what a `datetime-local` input sends) or
/// `YYYY-MM-DD HH:MM` as China Standard Time.
pub fn parse_china_time(text: &str) -> Option<i64> {
    let text = text.trim();
    let (date, time) = text.split_once(['T', ' '])?;
    let mut d = date.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, day) = (d.next()??, d.next()??, d.next()??);
    let mut t = time.split(':').map(|p| p.parse::<i64>().ok());
    let (h, min) = (t.next()??, t.next()??);
    if d.next().is_some() || !(1..=12).contains(&m) || !(0..24).contains(&h) || !(0..60).contains(&min) {
        return None;
    }
    let days = days_from_civil(y, m as u32, day as u32)?;
    Some(days * 86_400 + h * 3600 + min * 60 - 8 * 3600)
}

/// A calendar date to days since 1970-01-01; `None` for a date that does not exist.
fn days_from_civil(y: i64, m: u32, d: u32) -> Option<i64> {
    let y2 = if m <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 } as i64;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    (d >= 1 && civil_from_days(days) == (y, m, d)).then_some(days)
}

/// Days since 1970-01-01 to a calendar date (proleptic Gregorian).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::china_time;

    #[test]
    fn formats_in_china_time() {
        assert_eq!(china_time(0), "1970-01-01 08:00");
        // 2026-11-23 07:39 UTC is 15:39 in Beijing.
        assert_eq!(china_time(1_795_419_540), "2026-11-23 15:39");
        // Leap day.
        assert_eq!(china_time(1_709_164_800), "2024-02-29 08:00");
    }

    #[test]
    fn reads_china_time_back() {
        use super::parse_china_time;
        assert_eq!(parse_china_time("2026-11-23T15:39"), Some(1_795_419_540));
        assert_eq!(parse_china_time("2024-02-29 08:00"), Some(1_709_164_800));
        assert_eq!(parse_china_time("2025-02-29T08:00"), None, "no leap day in 2025");
        assert_eq!(parse_china_time("2026-13-01T08:00"), None);
        assert_eq!(parse_china_time("tomorrow"), None);
    }
}
