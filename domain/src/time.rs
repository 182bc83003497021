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
}
