//! 接诉即办 in figures: what the public statistics count, per unit and
//! month, and the small-number rule that keeps a person from being
//! recognised in them. Computed on the server (`server/src/stats.rs`),
//! shown by `app/src/stats.rs`.

use serde::{Deserialize, Serialize};

/// A calendar month in China time, written `YYYY-MM`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
}

impl Month {
    pub fn parse(text: &str) -> Option<Month> {
        let (y, m) = text.trim().split_once('-')?;
        if y.len() != 4 || m.len() != 2 {
            return None;
        }
        let (year, month) = (y.parse().ok()?, m.parse().ok()?);
        ((2000..=2200).contains(&year) && (1..=12).contains(&month)).then_some(Month { year, month })
    }

    /// The month a moment falls in, in China time.
    pub fn of(ts: i64) -> Month {
        let date = crate::time::china_time(ts);
        Month::parse(&date[..7]).expect("china_time writes YYYY-MM-")
    }

    pub fn previous(self) -> Month {
        if self.month == 1 {
            Month { year: self.year - 1, month: 12 }
        } else {
            Month { year: self.year, month: self.month - 1 }
        }
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month { year: self.year + 1, month: 1 }
        } else {
            Month { year: self.year, month: self.month + 1 }
        }
    }

    /// The first second of the month (China time), as a Unix timestamp.
    pub fn start(self) -> i64 {
        let text = format!("{:04}-{:02}-01 00:00", self.year, self.month);
        crate::time::parse_china_time(&text).expect("the first of a month exists")
    }

    /// The `n` months that end with this one, oldest first.
    pub fn last(self, n: usize) -> Vec<Month> {
        let mut months = vec![self];
        while months.len() < n {
            months.push(months[months.len() - 1].previous());
        }
        months.reverse();
        months
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// Counts for one unit (and everything under it) and one month. Each count
/// is of the appeals and mediation requests received that month.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Figures {
    /// Appeals received, from residents and from grid workers together.
    pub received: u32,
    pub received_resident: u32,
    pub received_grid: u32,
    /// Of those, first answered by staff (taken up, replied, passed on or
    /// resolved) before the first deadline set when they were routed.
    pub responded_in_time: u32,
    /// Of those, resolved by the unit (whether rated yet or not).
    pub resolved: u32,
    /// Of those, rated by the resident.
    pub rated: u32,
    /// Of those rated, given 4 or 5 stars.
    pub satisfied: u32,
    /// Of those, still open now and past their deadline.
    pub overdue: u32,
    /// The middle of the days from receipt to resolution, of those resolved.
    pub median_days_to_resolve: Option<f64>,
    /// Mediation requests received.
    pub mediations_received: u32,
    /// Of those, matched by a mediator both sides picked.
    pub mediations_matched: u32,
    /// Of those, given a mediator by the office (派单).
    pub mediations_assigned: u32,
    /// Of those, ended with an agreement.
    pub agreements: u32,
}

/// In public, a count under this shows as "<5": with so few cases a
/// neighbour could tell whose they are.
pub const SMALL: u32 = 5;

/// A count as the public sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(untagged)]
pub enum Shown {
    Count(u32),
    /// Fewer than 5: written "<5".
    Few(Few),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Few {
    #[serde(rename = "<5")]
    UnderFive,
}

impl Shown {
    pub fn of(n: u32) -> Shown {
        if n < SMALL {
            Shown::Few(Few::UnderFive)
        } else {
            Shown::Count(n)
        }
    }
}

impl std::fmt::Display for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Shown::Count(n) => write!(f, "{n}"),
            Shown::Few(_) => f.write_str("<5"),
        }
    }
}

/// [`Figures`] with the small-number rule applied, for the public.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublicFigures {
    pub received: Shown,
    pub received_resident: Shown,
    pub received_grid: Shown,
    pub responded_in_time: Shown,
    pub resolved: Shown,
    pub rated: Shown,
    pub satisfied: Shown,
    pub overdue: Shown,
    /// Only when at least 5 were resolved.
    pub median_days_to_resolve: Option<f64>,
    pub mediations_received: Shown,
    pub mediations_matched: Shown,
    pub mediations_assigned: Shown,
    pub agreements: Shown,
}

impl Figures {
    pub fn public(&self) -> PublicFigures {
        PublicFigures {
            received: Shown::of(self.received),
            received_resident: Shown::of(self.received_resident),
            received_grid: Shown::of(self.received_grid),
            responded_in_time: Shown::of(self.responded_in_time),
            resolved: Shown::of(self.resolved),
            rated: Shown::of(self.rated),
            satisfied: Shown::of(self.satisfied),
            overdue: Shown::of(self.overdue),
            median_days_to_resolve: self.median_days_to_resolve.filter(|_| self.resolved >= SMALL),
            mediations_received: Shown::of(self.mediations_received),
            mediations_matched: Shown::of(self.mediations_matched),
            mediations_assigned: Shown::of(self.mediations_assigned),
            agreements: Shown::of(self.agreements),
        }
    }
}

/// One row of the public table: a unit (the county or a township).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnitFigures {
    pub unit: String,
    /// The unit's name in the reader's language.
    pub name: String,
    pub figures: PublicFigures,
}

/// Appeals of one category, for the unit asked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CategoryFigures {
    pub category: String,
    pub name: String,
    pub figures: PublicFigures,
}

/// One month of the unit asked, for the trend.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthFigures {
    pub month: String,
    pub figures: PublicFigures,
}

/// What `/{lang}/stats` and `GET /api/stats` show.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatsReport {
    /// The unit asked (the county unless a township was chosen).
    pub unit: String,
    pub unit_name: String,
    /// `YYYY-MM`.
    pub month: String,
    pub figures: PublicFigures,
    /// The county and each township, this month.
    pub units: Vec<UnitFigures>,
    pub categories: Vec<CategoryFigures>,
    /// The last 12 months of the unit asked, oldest first.
    pub trend: Vec<MonthFigures>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_parse_and_step() {
        let m = Month::parse("2026-01").unwrap();
        assert_eq!(m.previous().to_string(), "2025-12");
        assert_eq!(m.previous().next(), m);
        assert_eq!(Month::parse("2026-13"), None);
        assert_eq!(Month::parse("26-01"), None);
        assert_eq!(Month::parse("2026-1"), None);
        let last = m.last(12);
        assert_eq!((last[0].to_string(), last[11].to_string()), ("2025-02".into(), "2026-01".into()));
        // Midnight of the first, China time, is 16:00 UTC the day before.
        assert_eq!(m.start(), 1_767_196_800);
        assert_eq!(Month::of(m.start()), m);
        assert_eq!(Month::of(m.start() - 1).to_string(), "2025-12");
    }

    #[test]
    fn small_counts_are_hidden() {
        let f = Figures { received: 12, resolved: 4, median_days_to_resolve: Some(2.0), ..Figures::default() };
        let p = f.public();
        assert_eq!(p.received, Shown::Count(12));
        assert_eq!(p.resolved.to_string(), "<5");
        assert_eq!(p.median_days_to_resolve, None, "a median of 4 cases is not shown");
        assert_eq!(serde_json::to_string(&p.resolved).unwrap(), "\"<5\"");
        assert_eq!(serde_json::to_string(&p.received).unwrap(), "12");
    }
}
