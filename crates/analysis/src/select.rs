//! Finding the rows of a dyad: the one full scan of the report.
//!
//! Actor predicates are evaluated once per dictionary value; the scan itself
//! reads only Int32 keys and the `event_date` day numbers, in parallel chunks.

use rayon::prelude::*;

use crate::columns::{BatchRef, Classes, DictCache};
use crate::time::YearMonth;
use crate::AnalysisError;

/// Rows per parallel work item.
const CHUNK: usize = 1 << 16;

/// An actor as the user names it: a country code (`RUS`) or a prefix of full
/// actor codes (`RUSGOV`, matching `RUSGOV` and `RUSGOVMIL`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorSpec {
    spec: String,
}

impl ActorSpec {
    /// Parse a spec; it must be non-empty ASCII letters/digits (upper-cased here).
    pub fn parse(s: &str) -> Result<Self, AnalysisError> {
        let spec = s.trim().to_ascii_uppercase();
        if spec.is_empty() || !spec.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(AnalysisError::BadQuery(format!(
                "actor must be a code like RUS or RUSGOV, got {s:?}"
            )));
        }
        Ok(Self { spec })
    }

    /// The spec, upper-cased.
    pub fn as_str(&self) -> &str {
        &self.spec
    }

    /// Whether a row's side matches: the spec equals its country field or is a
    /// prefix of its full actor code.
    pub fn matches(&self, country: &str, code: &str) -> bool {
        country == self.spec || code.starts_with(&self.spec)
    }
}

/// Direction of a dyad row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Dir {
    AtoB = 0,
    BtoA = 1,
}

/// One selected row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub batch: u32,
    pub row: u32,
    pub dir: Dir,
}

/// `Date32` bounds of an optional month window (inclusive).
pub(crate) fn window_days(
    from: Option<YearMonth>,
    to: Option<YearMonth>,
) -> Result<(i32, i32), AnalysisError> {
    if let (Some(f), Some(t)) = (from, to) {
        if t < f {
            return Err(AnalysisError::BadQuery(format!(
                "window ends ({t}) before it starts ({f})"
            )));
        }
    }
    Ok((
        from.map_or(i32::MIN, YearMonth::first_day),
        to.map_or(i32::MAX, YearMonth::last_day),
    ))
}

struct Prepared<'a> {
    days: &'a [i32],
    day_nulls: Option<&'a dyn arrow_array::Array>,
    src: Classes<'a>,
    src_country: Classes<'a>,
    tgt: Classes<'a>,
    tgt_country: Classes<'a>,
}

/// Every row in the window whose source matches `a` and target `b` (A→B) or
/// the reverse (B→A), in batch/row order. A row matching both ways counts as A→B.
pub(crate) fn select_dyad(
    batches: &[BatchRef<'_>],
    a: &ActorSpec,
    b: &ActorSpec,
    days: (i32, i32),
) -> Result<Vec<Hit>, AnalysisError> {
    let code_class =
        |s: &str| (s.starts_with(a.as_str()) as u8) | ((s.starts_with(b.as_str()) as u8) << 1);
    let country_class = |s: &str| ((s == a.as_str()) as u8) | (((s == b.as_str()) as u8) << 1);
    let (codes, countries) = (DictCache::default(), DictCache::default());
    let prepared: Vec<Prepared<'_>> = batches
        .par_iter()
        .map(|br| {
            let date = br.date_col("event_date")?;
            Ok(Prepared {
                days: date.values(),
                day_nulls: (arrow_array::Array::null_count(date) > 0)
                    .then_some(date as &dyn arrow_array::Array),
                src: br.str_col("source")?.classify_cached(&codes, code_class),
                src_country: br
                    .str_col("source_country")?
                    .classify_cached(&countries, country_class),
                tgt: br.str_col("target")?.classify_cached(&codes, code_class),
                tgt_country: br
                    .str_col("target_country")?
                    .classify_cached(&countries, country_class),
            })
        })
        .collect::<Result<_, AnalysisError>>()?;
    let chunks: Vec<(usize, usize, usize)> = prepared
        .iter()
        .enumerate()
        .flat_map(|(bi, p)| {
            (0..p.days.len())
                .step_by(CHUNK)
                .map(move |s| (bi, s, (s + CHUNK).min(p.days.len())))
        })
        .collect();
    let (lo, hi) = days;
    let parts: Vec<Vec<Hit>> = chunks
        .par_iter()
        .map(|&(bi, start, end)| {
            let p = &prepared[bi];
            let mut out = Vec::new();
            for i in start..end {
                let d = p.days[i];
                if d < lo || d > hi || p.day_nulls.is_some_and(|n| n.is_null(i)) {
                    continue;
                }
                let s = p.src.at(i) | p.src_country.at(i);
                if s == 0 {
                    continue;
                }
                let t = p.tgt.at(i) | p.tgt_country.at(i);
                let dir = if s & 1 != 0 && t & 2 != 0 {
                    Dir::AtoB
                } else if s & 2 != 0 && t & 1 != 0 {
                    Dir::BtoA
                } else {
                    continue;
                };
                out.push(Hit {
                    batch: bi as u32,
                    row: i as u32,
                    dir,
                });
            }
            out
        })
        .collect();
    Ok(parts.concat())
}
