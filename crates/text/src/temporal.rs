//! Temporal expressions: find dates in a sentence and resolve them against
//! the document date.
//!
//! Recognised forms (months must be capitalised, so "may" the verb is not a
//! month):
//! - absolute: "September 5, 2022", "Sept. 5, 2022", "5 Sept 2022",
//!   "5th of September 2022", "2022-09-05", "August 2021", "in 2001" (a bare
//!   year needs a preposition before it: in, since, during, by, until, from,
//!   before, after, of, early, late, mid);
//! - day and month without a year ("on September 5"): the nearest such date
//!   on or before the document date, or on or after it when the sentence
//!   speaks of the future ("will", "scheduled", "due", "plans", …) before
//!   the expression; month without year ("in August") likewise;
//! - relative: "today", "tonight", "yesterday", "tomorrow", "last night",
//!   "this morning"; "last/this/next week|month|year|weekend|\<weekday\>|
//!   \<month\>"; "earlier/later this week|month|year"; "three days ago",
//!   "a week ago", "two years ago", "N days earlier/later"; "the previous
//!   day", "the day before", "the next day", "the following day"; "on
//!   Saturday" (the most recent Saturday on or before the document date, or
//!   the next one in future context); "in late August", "early 2021",
//!   "mid-2021".
//!
//! Resolution: day precision gives the day; month precision the first of the
//! month; year precision 1 January. Weeks ("last week", "this week") resolve
//! to the Monday that starts the week, with **day** precision; weekends to
//! their Saturday. Ambiguous numeric dates ("5/9/2022") are skipped on
//! purpose.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use dyad_event::DatePrecision;
use serde::{Deserialize, Serialize};

/// A date expression found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeExpr {
    /// Byte offset of the expression in the given text.
    pub start: usize,
    /// Byte offset just past the expression.
    pub end: usize,
    /// The resolved date (first day of the period for month/year precision).
    pub date: NaiveDate,
    /// How precisely the text gives the date.
    pub precision: DatePrecision,
    /// True when resolving needed the document date.
    pub relative: bool,
}

/// Parse `YYYY-MM-DD` or `YYYYMMDD` (surrounding whitespace allowed).
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> { s.get(r)?.parse().ok() };
    let (y, m, d) = match b.len() {
        10 if b[4] == b'-' && b[7] == b'-' => (num(0..4)?, num(5..7)?, num(8..10)?),
        8 if b.iter().all(u8::is_ascii_digit) => (num(0..4)?, num(4..6)?, num(6..8)?),
        _ => return None,
    };
    if !s.bytes().take(4).all(|c| c.is_ascii_digit()) {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

#[derive(Debug)]
struct W<'a> {
    s: usize,
    e: usize,
    orig: &'a str,
    low: String,
}

fn words(text: &str) -> Vec<W<'_>> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((s, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut e = s + c.len_utf8();
        if c.is_alphanumeric() {
            while let Some(&(k, d)) = it.peek() {
                let joins_digits = (d == '-' || d == '/')
                    && text[..k].ends_with(|x: char| x.is_ascii_digit())
                    && text[k + 1..].starts_with(|x: char| x.is_ascii_digit());
                if d.is_alphanumeric() || joins_digits {
                    e = k + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
        }
        let orig = &text[s..e];
        out.push(W {
            s,
            e,
            orig,
            low: orig.to_lowercase(),
        });
    }
    out
}

fn month_of(w: &W) -> Option<u32> {
    if !w.orig.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    Some(match w.low.as_str() {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

fn weekday_of(w: &W) -> Option<Weekday> {
    if !w.orig.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    Some(match w.low.as_str() {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn day_of(w: &W) -> Option<u32> {
    let l = w.low.as_str();
    let digits = l.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let suffix = &l[digits..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    let d: u32 = l[..digits].parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_of(w: &W) -> Option<i32> {
    if w.low.len() != 4 || !w.low.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = w.low.parse().ok()?;
    (1800..=2200).contains(&y).then_some(y)
}

fn small_number(w: &W) -> Option<u32> {
    Some(match w.low.as_str() {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        l if !l.is_empty() && l.len() <= 3 && l.bytes().all(|b| b.is_ascii_digit()) => {
            l.parse().ok()?
        }
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
    Weekend,
}

fn unit_of(w: &W) -> Option<Unit> {
    Some(match w.low.as_str() {
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "month" | "months" => Unit::Month,
        "year" | "years" => Unit::Year,
        "weekend" => Unit::Weekend,
        _ => return None,
    })
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn add_months(d: NaiveDate, k: i32) -> NaiveDate {
    let d = first_of_month(d);
    let r = if k >= 0 {
        d.checked_add_months(Months::new(k.unsigned_abs()))
    } else {
        d.checked_sub_months(Months::new(k.unsigned_abs()))
    };
    r.unwrap_or(d)
}

fn add_days(d: NaiveDate, k: i64) -> NaiveDate {
    let r = if k >= 0 {
        d.checked_add_days(Days::new(k.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(k.unsigned_abs()))
    };
    r.unwrap_or(d)
}

fn jan1(y: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, 1, 1)
}

fn week_start(d: NaiveDate) -> NaiveDate {
    add_days(d, -i64::from(d.weekday().num_days_from_monday()))
}

/// The given weekday: `dir` < 0 strictly before `d`, 0 on or before `d`
/// (or on or after when `future`), > 0 strictly after `d`.
fn weekday_near(d: NaiveDate, wd: Weekday, dir: i32, future: bool) -> NaiveDate {
    let diff = i64::from(wd.num_days_from_monday()) - i64::from(d.weekday().num_days_from_monday());
    let back = diff.rem_euclid(7) - 7; // -7..=-1
    let fwd = diff.rem_euclid(7); // 0..=6
    match dir {
        d0 if d0 < 0 => add_days(d, if back == 0 { -7 } else { back }),
        d0 if d0 > 0 => add_days(d, if fwd == 0 { 7 } else { fwd }),
        _ if future => add_days(d, fwd),
        _ => add_days(d, if fwd == 0 { 0 } else { back }),
    }
}

fn month_day_near(m: u32, day: u32, doc: NaiveDate, future: bool) -> Option<NaiveDate> {
    let y = doc.year();
    let cand = NaiveDate::from_ymd_opt(y, m, day);
    match cand {
        Some(c) if future && c < doc => NaiveDate::from_ymd_opt(y + 1, m, day),
        Some(c) if !future && c > doc => NaiveDate::from_ymd_opt(y - 1, m, day),
        Some(c) => Some(c),
        // 29 February in a non-leap year: look in the nearest leap year.
        None => (1..=4)
            .map(|k| if future { y + k } else { y - k })
            .find_map(|yy| NaiveDate::from_ymd_opt(yy, m, day)),
    }
}

fn month_near(m: u32, doc: NaiveDate, dir: i32, future: bool) -> Option<NaiveDate> {
    let y = doc.year();
    let dm = doc.month();
    let yy = match dir {
        d if d < 0 => {
            if m < dm {
                y
            } else {
                y - 1
            }
        }
        d if d > 0 => {
            if m > dm {
                y
            } else {
                y + 1
            }
        }
        _ if future => {
            if m >= dm {
                y
            } else {
                y + 1
            }
        }
        _ => {
            if m <= dm {
                y
            } else {
                y - 1
            }
        }
    };
    NaiveDate::from_ymd_opt(yy, m, 1)
}

const FUTURE_CUES: &[&str] = &[
    "will",
    "'ll",
    "scheduled",
    "due",
    "upcoming",
    "plans",
    "planned",
    "plan",
    "shall",
    "expected",
    "next",
    "until",
];

const YEAR_PREPOSITIONS: &[&str] = &[
    "in", "since", "during", "by", "until", "till", "from", "before", "after", "of", "early",
    "late", "mid", "around",
];

type Found = (usize, NaiveDate, DatePrecision, bool);

/// Find and resolve the date expressions in `sentence_text`, left to right,
/// non-overlapping; offsets are byte offsets into `sentence_text`.
pub fn find_dates(sentence_text: &str, doc_date: NaiveDate) -> Vec<TimeExpr> {
    let ws = words(sentence_text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let future = ws[i.saturating_sub(8)..i]
            .iter()
            .any(|w| FUTURE_CUES.contains(&w.low.as_str()));
        if let Some((end, date, precision, relative)) = match_at(&ws, i, doc_date, future) {
            let last = end.saturating_sub(1).max(i);
            out.push(TimeExpr {
                start: ws[i].s,
                end: ws[last].e,
                date,
                precision,
                relative,
            });
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

fn low<'a>(ws: &'a [W], k: usize) -> &'a str {
    ws.get(k).map_or("", |w| w.low.as_str())
}

/// Skip a period right after a month abbreviation ("Sept.").
fn after_month(ws: &[W], k: usize) -> usize {
    if low(ws, k + 1) == "." && ws[k].orig.len() <= 4 && ws[k + 1].s == ws[k].e {
        k + 2
    } else {
        k + 1
    }
}

fn match_at(ws: &[W], i: usize, doc: NaiveDate, future: bool) -> Option<Found> {
    use DatePrecision::{Day, Month, Year};
    let w = &ws[i];
    let prev = if i > 0 { low(ws, i - 1) } else { "" };
    // ISO date.
    if w.orig.len() == 10 {
        if let Some(d) = parse_iso_date(w.orig) {
            return Some((i + 1, d, Day, false));
        }
    }
    // Month first: "September 5, 2022", "Sept. 5", "August 2021", "in August".
    if let Some(m) = month_of(w) {
        let j = after_month(ws, i);
        if let Some(day) = ws.get(j).and_then(day_of) {
            let mut k = j + 1;
            if low(ws, k) == "," {
                k += 1;
            }
            if let Some(y) = ws.get(k).and_then(year_of) {
                return NaiveDate::from_ymd_opt(y, m, day).map(|d| (k + 1, d, Day, false));
            }
            return month_day_near(m, day, doc, future).map(|d| (j + 1, d, Day, true));
        }
        if let Some(y) = ws.get(j).and_then(year_of) {
            return NaiveDate::from_ymd_opt(y, m, 1).map(|d| (j + 1, d, Month, false));
        }
        let full_name = (w.orig.len() > 3 || w.low == "may") && w.low != "sept";
        let cue = matches!(
            prev,
            "in" | "since"
                | "during"
                | "until"
                | "by"
                | "from"
                | "early"
                | "late"
                | "mid"
                | "of"
                | "end"
                | "before"
                | "after"
                | "through"
        );
        let may_ok = w.low != "may" || matches!(prev, "in" | "since" | "early" | "late" | "mid");
        if cue && full_name && may_ok {
            return month_near(m, doc, 0, future).map(|d| (j, d, Month, true));
        }
        return None;
    }
    // Day first: "5 Sept 2022", "5th of September".
    if let Some(day) = day_of(w) {
        let mut j = i + 1;
        if low(ws, j) == "of" {
            j += 1;
        }
        if let Some(m) = ws.get(j).and_then(month_of) {
            let k = after_month(ws, j);
            if let Some(y) = ws.get(k).and_then(year_of) {
                return NaiveDate::from_ymd_opt(y, m, day).map(|d| (k + 1, d, Day, false));
            }
            return month_day_near(m, day, doc, future).map(|d| (k, d, Day, true));
        }
    }
    // A year after a preposition.
    if let Some(y) = year_of(w) {
        if YEAR_PREPOSITIONS.contains(&prev) || (prev == "-" && low(ws, i.wrapping_sub(2)) == "mid")
        {
            return jan1(y).map(|d| (i + 1, d, Year, false));
        }
        return None;
    }
    match w.low.as_str() {
        "today" | "tonight" => return Some((i + 1, doc, Day, true)),
        "yesterday" => return Some((i + 1, add_days(doc, -1), Day, true)),
        "tomorrow" => return Some((i + 1, add_days(doc, 1), Day, true)),
        "last" if low(ws, i + 1) == "night" => return Some((i + 2, add_days(doc, -1), Day, true)),
        "this" if matches!(low(ws, i + 1), "morning" | "afternoon" | "evening") => {
            return Some((i + 2, doc, Day, true));
        }
        "last" | "past" | "this" | "next" | "coming" => {
            let dir = match w.low.as_str() {
                "last" | "past" => -1,
                "this" => 0,
                _ => 1,
            };
            return relative_unit(ws, i + 1, doc, dir, future);
        }
        "earlier" | "later" if low(ws, i + 1) == "this" => {
            return relative_unit(ws, i + 2, doc, 0, future);
        }
        "early" | "late" | "mid" => {
            // "late August", "early 2021", "mid-2021": the period itself.
            let mut j = i + 1;
            if low(ws, j) == "-" {
                j += 1;
            }
            if let Some(m) = ws.get(j).and_then(month_of) {
                let k = after_month(ws, j);
                if let Some(y) = ws.get(k).and_then(year_of) {
                    return NaiveDate::from_ymd_opt(y, m, 1).map(|d| (k + 1, d, Month, false));
                }
                return month_near(m, doc, 0, future).map(|d| (k, d, Month, true));
            }
            if let Some(y) = ws.get(j).and_then(year_of) {
                return jan1(y).map(|d| (j + 1, d, Year, false));
            }
            return None;
        }
        "the" => {
            let (a, b) = (low(ws, i + 1), low(ws, i + 2));
            let delta = match (a, b) {
                ("previous", "day") | ("day", "before") => -1,
                ("next", "day") | ("following", "day") | ("day", "after") => 1,
                _ => return None,
            };
            return Some((i + 3, add_days(doc, delta), Day, true));
        }
        _ => {}
    }
    // "three days ago", "a week ago", "two years earlier".
    if let (Some(n), Some(unit)) = (small_number(w), ws.get(i + 1).and_then(unit_of)) {
        let sign: i64 = match low(ws, i + 2) {
            "ago" | "earlier" | "before" => -1,
            "later" | "hence" => 1,
            _ => return None,
        };
        let n = i64::from(n);
        let end = i + 3;
        return match unit {
            Unit::Day => Some((end, add_days(doc, sign * n), Day, true)),
            Unit::Week => Some((end, add_days(doc, sign * 7 * n), Day, true)),
            Unit::Month => Some((end, add_months(doc, (sign * n) as i32), Month, true)),
            Unit::Year => jan1(doc.year() + (sign * n) as i32).map(|d| (end, d, Year, true)),
            Unit::Weekend => None,
        };
    }
    // A weekday: "on Saturday".
    if let Some(wd) = weekday_of(w) {
        return Some((i + 1, weekday_near(doc, wd, 0, future), Day, true));
    }
    None
}

/// "week", "month", "year", "weekend", a weekday or a month after
/// last/this/next (`dir` -1/0/1), starting at word `j`.
fn relative_unit(ws: &[W], j: usize, doc: NaiveDate, dir: i32, future: bool) -> Option<Found> {
    use DatePrecision::{Day, Month, Year};
    let w = ws.get(j)?;
    if let Some(wd) = weekday_of(w) {
        let d = if dir == 0 {
            add_days(week_start(doc), i64::from(wd.num_days_from_monday()))
        } else {
            weekday_near(doc, wd, dir, future)
        };
        return Some((j + 1, d, Day, true));
    }
    if let Some(m) = month_of(w) {
        return month_near(m, doc, dir, future).map(|d| (after_month(ws, j), d, Month, true));
    }
    let d = i64::from(dir);
    match unit_of(w)? {
        Unit::Day => None,
        Unit::Week => Some((j + 1, add_days(week_start(doc), 7 * d), Day, true)),
        Unit::Weekend => Some((j + 1, add_days(week_start(doc), 7 * d + 5), Day, true)),
        Unit::Month => Some((j + 1, add_months(doc, dir), Month, true)),
        Unit::Year => jan1(doc.year() + dir).map(|x| (j + 1, x, Year, true)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DatePrecision::{Day, Month, Year};

    fn d(s: &str) -> NaiveDate {
        parse_iso_date(s).unwrap_or_else(|| panic!("bad test date {s}"))
    }

    /// (sentence, doc date, expected date, precision, matched text)
    const CASES: &[(&str, &str, &str, DatePrecision, &str)] = &[
        (
            "The talks opened on September 5, 2022 in Kabul.",
            "2022-09-07",
            "2022-09-05",
            Day,
            "September 5, 2022",
        ),
        (
            "The talks opened on Sept. 5, 2022 in Kabul.",
            "2022-09-07",
            "2022-09-05",
            Day,
            "Sept. 5, 2022",
        ),
        (
            "The talks opened on 5 Sept 2022.",
            "2022-09-07",
            "2022-09-05",
            Day,
            "5 Sept 2022",
        ),
        (
            "The talks opened on 5th of September 2022.",
            "2022-09-07",
            "2022-09-05",
            Day,
            "5th of September 2022",
        ),
        (
            "The deal was signed 2022-09-05 in Moscow.",
            "2022-09-07",
            "2022-09-05",
            Day,
            "2022-09-05",
        ),
        (
            "The embassy reopened in August 2021.",
            "2022-09-07",
            "2021-08-01",
            Month,
            "August 2021",
        ),
        (
            "Russia recognized them in 2001.",
            "2022-09-07",
            "2001-01-01",
            Year,
            "2001",
        ),
        (
            "Since 1996 the group has ruled.",
            "2022-09-07",
            "1996-01-01",
            Year,
            "1996",
        ),
        (
            "He met Lavrov on September 5.",
            "2022-09-07",
            "2022-09-05",
            Day,
            "September 5",
        ),
        (
            "He met Lavrov on December 20.",
            "2022-09-07",
            "2021-12-20",
            Day,
            "December 20",
        ),
        (
            "He will visit Kabul on December 20.",
            "2022-09-07",
            "2022-12-20",
            Day,
            "December 20",
        ),
        (
            "The forum is scheduled for October 3.",
            "2022-09-07",
            "2022-10-03",
            Day,
            "October 3",
        ),
        (
            "Wheat arrived in August.",
            "2022-09-07",
            "2022-08-01",
            Month,
            "August",
        ),
        (
            "Wheat arrived in November.",
            "2022-09-07",
            "2021-11-01",
            Month,
            "November",
        ),
        (
            "Deliveries will start in November.",
            "2022-09-07",
            "2022-11-01",
            Month,
            "November",
        ),
        (
            "The minister spoke today.",
            "2022-09-07",
            "2022-09-07",
            Day,
            "today",
        ),
        (
            "The minister spoke yesterday.",
            "2022-09-07",
            "2022-09-06",
            Day,
            "yesterday",
        ),
        (
            "The minister will speak tomorrow.",
            "2022-09-07",
            "2022-09-08",
            Day,
            "tomorrow",
        ),
        (
            "A bomb exploded last night.",
            "2022-09-07",
            "2022-09-06",
            Day,
            "last night",
        ),
        (
            "Officials met this morning.",
            "2022-09-07",
            "2022-09-07",
            Day,
            "this morning",
        ),
        (
            "Trade fell last year.",
            "2022-09-07",
            "2021-01-01",
            Year,
            "last year",
        ),
        (
            "Trade will grow next year.",
            "2022-09-07",
            "2023-01-01",
            Year,
            "next year",
        ),
        (
            "Trade grew this year.",
            "2022-09-07",
            "2022-01-01",
            Year,
            "this year",
        ),
        (
            "Talks resume next month.",
            "2022-09-07",
            "2022-10-01",
            Month,
            "next month",
        ),
        (
            "Talks stalled last month.",
            "2022-09-07",
            "2022-08-01",
            Month,
            "last month",
        ),
        (
            "Talks began this month.",
            "2022-09-07",
            "2022-09-01",
            Month,
            "this month",
        ),
        (
            "The envoy arrived this week.",
            "2022-09-07",
            "2022-09-05",
            Day,
            "this week",
        ),
        (
            "The envoy arrived last week.",
            "2022-09-07",
            "2022-08-29",
            Day,
            "last week",
        ),
        (
            "The envoy arrives next week.",
            "2022-09-07",
            "2022-09-12",
            Day,
            "next week",
        ),
        (
            "The envoy arrived earlier this week.",
            "2022-09-07",
            "2022-09-05",
            Day,
            "earlier this week",
        ),
        (
            "Prices rose earlier this month.",
            "2022-09-07",
            "2022-09-01",
            Month,
            "earlier this month",
        ),
        (
            "Prices rose earlier this year.",
            "2022-09-07",
            "2022-01-01",
            Year,
            "earlier this year",
        ),
        (
            "Prices will rise later this year.",
            "2022-09-07",
            "2022-01-01",
            Year,
            "later this year",
        ),
        (
            "The ministers met on Saturday.",
            "2022-09-07",
            "2022-09-03",
            Day,
            "Saturday",
        ),
        (
            "The ministers met on Wednesday.",
            "2022-09-07",
            "2022-09-07",
            Day,
            "Wednesday",
        ),
        (
            "The ministers met on Monday.",
            "2022-09-07",
            "2022-09-05",
            Day,
            "Monday",
        ),
        (
            "The ministers met on Thursday.",
            "2022-09-07",
            "2022-09-01",
            Day,
            "Thursday",
        ),
        (
            "The ministers will meet on Saturday.",
            "2022-09-07",
            "2022-09-10",
            Day,
            "Saturday",
        ),
        (
            "The ministers meet next Saturday.",
            "2022-09-07",
            "2022-09-10",
            Day,
            "next Saturday",
        ),
        (
            "The ministers met last Saturday.",
            "2022-09-07",
            "2022-09-03",
            Day,
            "last Saturday",
        ),
        (
            "The ministers met last Wednesday.",
            "2022-09-07",
            "2022-08-31",
            Day,
            "last Wednesday",
        ),
        (
            "The ministers meet next Wednesday.",
            "2022-09-07",
            "2022-09-14",
            Day,
            "next Wednesday",
        ),
        (
            "The talks ended three days ago.",
            "2022-09-07",
            "2022-09-04",
            Day,
            "three days ago",
        ),
        (
            "The talks ended a week ago.",
            "2022-09-07",
            "2022-08-31",
            Day,
            "a week ago",
        ),
        (
            "The talks ended two weeks ago.",
            "2022-09-07",
            "2022-08-24",
            Day,
            "two weeks ago",
        ),
        (
            "The talks ended 10 days ago.",
            "2022-09-07",
            "2022-08-28",
            Day,
            "10 days ago",
        ),
        (
            "The talks ended a month ago.",
            "2022-09-07",
            "2022-08-01",
            Month,
            "a month ago",
        ),
        (
            "The talks ended two years ago.",
            "2022-09-07",
            "2020-01-01",
            Year,
            "two years ago",
        ),
        (
            "The shipment left two days earlier.",
            "2022-09-07",
            "2022-09-05",
            Day,
            "two days earlier",
        ),
        (
            "They had met the previous day.",
            "2022-09-07",
            "2022-09-06",
            Day,
            "the previous day",
        ),
        (
            "They had met the day before.",
            "2022-09-07",
            "2022-09-06",
            Day,
            "the day before",
        ),
        (
            "They meet again the next day.",
            "2022-09-07",
            "2022-09-08",
            Day,
            "the next day",
        ),
        (
            "They met again the following day.",
            "2022-09-07",
            "2022-09-08",
            Day,
            "the following day",
        ),
        (
            "Fuel arrived in late August.",
            "2022-09-07",
            "2022-08-01",
            Month,
            "late August",
        ),
        (
            "Fuel arrived in early 2021.",
            "2022-09-07",
            "2021-01-01",
            Year,
            "early 2021",
        ),
        (
            "Fuel arrived in mid-2021.",
            "2022-09-07",
            "2021-01-01",
            Year,
            "mid-2021",
        ),
        (
            "Fuel arrived in late December 2021.",
            "2022-09-07",
            "2021-12-01",
            Month,
            "late December 2021",
        ),
        (
            "The Taliban took Kabul on August 15, 2021.",
            "2022-09-07",
            "2021-08-15",
            Day,
            "August 15, 2021",
        ),
        (
            "Kabul fell on Aug. 15, 2021.",
            "2022-09-07",
            "2021-08-15",
            Day,
            "Aug. 15, 2021",
        ),
        (
            "On 15 August 2021 Kabul fell.",
            "2022-09-07",
            "2021-08-15",
            Day,
            "15 August 2021",
        ),
        (
            "Russia was there on January 1.",
            "2022-01-01",
            "2022-01-01",
            Day,
            "January 1",
        ),
        (
            "It happened on December 31.",
            "2022-01-01",
            "2021-12-31",
            Day,
            "December 31",
        ),
        (
            "He said this weekend was calm.",
            "2022-09-07",
            "2022-09-10",
            Day,
            "this weekend",
        ),
        (
            "They fought last weekend.",
            "2022-09-07",
            "2022-09-03",
            Day,
            "last weekend",
        ),
        (
            "The envoy left last August.",
            "2022-09-07",
            "2022-08-01",
            Month,
            "last August",
        ),
        (
            "The envoy left last November.",
            "2022-09-07",
            "2021-11-01",
            Month,
            "last November",
        ),
        (
            "The envoy left last September.",
            "2022-09-07",
            "2021-09-01",
            Month,
            "last September",
        ),
        (
            "The envoy returns next March.",
            "2022-09-07",
            "2023-03-01",
            Month,
            "next March",
        ),
        (
            "The envoy left in March.",
            "2022-09-07",
            "2022-03-01",
            Month,
            "March",
        ),
        (
            "It was signed on February 29.",
            "2022-09-07",
            "2020-02-29",
            Day,
            "February 29",
        ),
        (
            "The pact of 2008 still stands.",
            "2022-09-07",
            "2008-01-01",
            Year,
            "2008",
        ),
        (
            "Russia will host the forum in October.",
            "2022-09-07",
            "2022-10-01",
            Month,
            "October",
        ),
    ];

    #[test]
    fn table_of_date_expressions() {
        assert!(CASES.len() >= 60);
        let mut failures = Vec::new();
        for (sentence, doc, want, prec, span) in CASES {
            let found = find_dates(sentence, d(doc));
            let got = found
                .first()
                .map(|t| (t.date, t.precision, &sentence[t.start..t.end]));
            if got != Some((d(want), *prec, *span)) {
                failures.push(format!(
                    "{sentence:?} (doc {doc}): want {want} {prec:?} {span:?}, got {got:?}"
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn non_dates_are_not_matched() {
        let doc = d("2022-09-07");
        for s in [
            "The army may send 2000 troops.",
            "He will march on Kabul.",
            "They sent 2001 tons of wheat.",
            "Prices were 5/9/2022 in the ledger.",
            "A day of talks.",
            "The last day of talks.",
            "",
            "Sept.",
        ] {
            assert!(
                find_dates(s, doc).is_empty(),
                "{s:?}: {:?}",
                find_dates(s, doc)
            );
        }
    }

    #[test]
    fn absolute_dates_are_not_relative() {
        let doc = d("2022-09-07");
        let f = find_dates("On September 5, 2022, and yesterday.", doc);
        assert_eq!(f.len(), 2);
        assert!(!f[0].relative);
        assert!(f[1].relative);
    }

    #[test]
    fn iso_dates() {
        assert_eq!(parse_iso_date("2022-09-05"), Some(d("2022-09-05")));
        assert_eq!(parse_iso_date(" 20220905 "), Some(d("2022-09-05")));
        assert_eq!(parse_iso_date("2022-13-05"), None);
        assert_eq!(parse_iso_date("2022/09/05"), None);
        assert_eq!(parse_iso_date("22-09-05"), None);
        assert_eq!(parse_iso_date("+2022-9-5"), None);
        assert_eq!(parse_iso_date(""), None);
    }
}
