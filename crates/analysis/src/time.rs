//! Months, reporting periods and Arrow `Date32` day numbers.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

use crate::AnalysisError;

/// Days from 0001-01-01 (CE day 1) to 1970-01-01, the Arrow `Date32` epoch.
const EPOCH_CE_DAYS: i32 = 719_163;

/// A calendar month, written `YYYY-MM`; the unit of query windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    /// Calendar year.
    pub year: i32,
    /// Month 1..=12.
    pub month: u32,
}

impl YearMonth {
    /// A month, or `None` when `month` is not 1..=12.
    pub fn new(year: i32, month: u32) -> Option<Self> {
        (1..=12).contains(&month).then_some(Self { year, month })
    }

    /// Months since year 0 (`year * 12 + month - 1`), for arithmetic and ordering.
    pub fn ordinal(self) -> i64 {
        self.year as i64 * 12 + self.month as i64 - 1
    }

    /// The month of a given ordinal (inverse of [`YearMonth::ordinal`]).
    pub fn from_ordinal(ord: i64) -> Self {
        Self {
            year: ord.div_euclid(12) as i32,
            month: ord.rem_euclid(12) as u32 + 1,
        }
    }

    /// The month a date falls in.
    pub fn of_date(d: NaiveDate) -> Self {
        Self {
            year: d.year(),
            month: d.month(),
        }
    }

    /// `Date32` day number of the month's first day (saturating for absurd years).
    pub fn first_day(self) -> i32 {
        NaiveDate::from_ymd_opt(self.year, self.month, 1)
            .map(date_to_days)
            .unwrap_or(if self.year < 0 { i32::MIN } else { i32::MAX })
    }

    /// `Date32` day number of the month's last day (saturating for absurd years).
    pub fn last_day(self) -> i32 {
        let next = Self::from_ordinal(self.ordinal() + 1);
        let first_next = next.first_day();
        if first_next == i32::MAX || first_next == i32::MIN {
            first_next
        } else {
            first_next - 1
        }
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl FromStr for YearMonth {
    type Err = AnalysisError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || AnalysisError::BadQuery(format!("expected a month as YYYY-MM, got {s:?}"));
        let (y, m) = s.trim().split_once('-').ok_or_else(bad)?;
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u32 = m.parse().map_err(|_| bad())?;
        Self::new(year, month).ok_or_else(bad)
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The reporting period that rows are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// Calendar month: `2023-09`.
    #[default]
    Month,
    /// Calendar quarter: `2023-Q3`.
    Quarter,
    /// Calendar year: `2023`.
    Year,
}

impl Period {
    /// The period key (an ordinal, increasing with time) of a month.
    pub fn key_of_month(self, ym: YearMonth) -> i64 {
        match self {
            Period::Month => ym.ordinal(),
            Period::Quarter => ym.year as i64 * 4 + (ym.month as i64 - 1) / 3,
            Period::Year => ym.year as i64,
        }
    }

    /// The label of a period key: `2023-09`, `2023-Q3` or `2023`.
    pub fn label(self, key: i64) -> String {
        match self {
            Period::Month => YearMonth::from_ordinal(key).to_string(),
            Period::Quarter => format!("{:04}-Q{}", key.div_euclid(4), key.rem_euclid(4) + 1),
            Period::Year => format!("{key:04}"),
        }
    }

    /// Lower-case name, as used on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Period::Month => "month",
            Period::Quarter => "quarter",
            Period::Year => "year",
        }
    }
}

impl FromStr for Period {
    type Err = AnalysisError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "month" | "m" | "monthly" => Ok(Period::Month),
            "quarter" | "q" | "quarterly" => Ok(Period::Quarter),
            "year" | "y" | "yearly" | "annual" => Ok(Period::Year),
            _ => Err(AnalysisError::BadQuery(format!(
                "period must be month, quarter or year, got {s:?}"
            ))),
        }
    }
}

/// Arrow `Date32` day number (days since 1970-01-01) of a date.
pub fn date_to_days(d: NaiveDate) -> i32 {
    d.num_days_from_ce() - EPOCH_CE_DAYS
}

/// The date of an Arrow `Date32` day number, `None` when out of chrono's range.
pub fn days_to_date(days: i32) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(days.checked_add(EPOCH_CE_DAYS)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_round_trip() {
        let ym: YearMonth = "2021-08".parse().unwrap();
        assert_eq!(ym.to_string(), "2021-08");
        assert_eq!(YearMonth::from_ordinal(ym.ordinal()), ym);
        assert!("2021-13".parse::<YearMonth>().is_err());
        assert!("August".parse::<YearMonth>().is_err());
        let d = NaiveDate::from_ymd_opt(2021, 8, 31).unwrap();
        assert_eq!(ym.last_day(), date_to_days(d));
        assert_eq!(
            ym.first_day(),
            date_to_days(NaiveDate::from_ymd_opt(2021, 8, 1).unwrap())
        );
        assert_eq!(days_to_date(date_to_days(d)), Some(d));
        assert_eq!(
            date_to_days(NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()),
            0
        );
    }

    #[test]
    fn period_labels() {
        let ym = YearMonth::new(2023, 9).unwrap();
        assert_eq!(
            Period::Month.label(Period::Month.key_of_month(ym)),
            "2023-09"
        );
        assert_eq!(
            Period::Quarter.label(Period::Quarter.key_of_month(ym)),
            "2023-Q3"
        );
        assert_eq!(Period::Year.label(Period::Year.key_of_month(ym)), "2023");
        assert_eq!("q".parse::<Period>().unwrap(), Period::Quarter);
    }
}
