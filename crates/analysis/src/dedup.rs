//! Deduplication: the same event reported by several documents counts once.
//!
//! Rule: rows with the same full source code, target code, CAMEO code, modality
//! and date precision belong to one group when, at day precision, their event
//! dates lie within one day of the group's first date; at month or year
//! precision their event dates must be equal. Groups are formed greedily in
//! date order, so a chain of daily reports does not merge into one long event.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use crate::columns::{prim, BatchRef};
use crate::time::days_to_date;
use crate::AnalysisError;

/// Events reported by one or more rows that the rule above judges to be the same.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DuplicateGroup {
    /// Full source actor code.
    pub source: String,
    /// Full target actor code.
    pub target: String,
    /// CAMEO code.
    pub cameo: String,
    /// Modality of the rows (asserted, intended, ...).
    pub modality: String,
    /// Date precision of the rows (day, month, year).
    pub date_precision: String,
    /// Earliest event date in the group (`YYYY-MM-DD`).
    pub first_date: String,
    /// Latest event date in the group.
    pub last_date: String,
    /// Number of rows (coded mentions or imported rows) in the group.
    pub rows: usize,
    /// Sum of `num_mentions` over the rows.
    pub mentions: u64,
    /// Number of distinct documents.
    pub documents: usize,
    /// The distinct document ids, sorted.
    pub doc_ids: Vec<String>,
    /// The event ids of the rows, in (date, doc id) order.
    pub event_ids: Vec<u64>,
}

/// The part of a row the dedup rule looks at.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DedupKey<'a> {
    pub source: &'a str,
    pub target: &'a str,
    pub cameo: &'a str,
    pub modality: &'a str,
    pub precision: &'a str,
    pub day: i32,
    pub doc_id: &'a str,
    pub event_id: u64,
}

/// Group rows; returns, for each group, the indices into `keys` of its rows
/// (groups in key order, rows in date/doc order).
pub(crate) fn group_keys(keys: &[DedupKey<'_>]) -> Vec<Vec<usize>> {
    // Sort on interned ids rather than strings: with hundreds of thousands of
    // rows the string comparisons would dominate the report. Ids are ranks in
    // string order, so the id order is the documented string order.
    let mut interner: HashMap<&str, u32> = HashMap::new();
    for k in keys {
        for s in [k.source, k.target, k.cameo, k.modality, k.precision] {
            let next = interner.len() as u32;
            interner.entry(s).or_insert(next);
        }
    }
    let mut distinct: Vec<&str> = interner.keys().copied().collect();
    distinct.sort_unstable();
    for (rank, s) in distinct.iter().enumerate() {
        interner.insert(s, rank as u32);
    }
    let id = |s: &str| interner.get(s).copied().unwrap_or(u32::MAX);
    let compact: Vec<(u32, u32, u32, u32, u32, i32)> = keys
        .iter()
        .map(|k| {
            (
                id(k.source),
                id(k.target),
                id(k.cameo),
                id(k.modality),
                id(k.precision),
                k.day,
            )
        })
        .collect();
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_unstable_by(|&i, &j| {
        compact[i].cmp(&compact[j]).then_with(|| {
            (keys[i].doc_id, keys[i].event_id, i).cmp(&(keys[j].doc_id, keys[j].event_id, j))
        })
    });
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut first: Option<usize> = None;
    for i in order {
        let (k, c) = (&keys[i], &compact[i]);
        let joins = first.is_some_and(|f| {
            let g = &compact[f];
            let same = (g.0, g.1, g.2, g.3, g.4) == (c.0, c.1, c.2, c.3, c.4);
            let close = if k.precision == "day" || k.precision.is_empty() {
                (c.5 as i64 - g.5 as i64) <= 1
            } else {
                c.5 == g.5
            };
            same && close
        });
        match groups.last_mut() {
            Some(last) if joins => last.push(i),
            _ => {
                groups.push(vec![i]);
                first = Some(i);
            }
        }
    }
    groups
}

/// Read the dedup key of one row.
pub(crate) struct KeyReader<'a> {
    source: crate::columns::StrCol<'a>,
    target: crate::columns::StrCol<'a>,
    cameo: crate::columns::StrCol<'a>,
    modality: crate::columns::StrCol<'a>,
    precision: crate::columns::StrCol<'a>,
    day: &'a arrow_array::Date32Array,
    doc_id: crate::columns::StrCol<'a>,
    event_id: &'a arrow_array::UInt64Array,
    mentions: &'a arrow_array::UInt32Array,
}

impl<'a> KeyReader<'a> {
    pub fn new(br: &BatchRef<'a>) -> Result<Self, AnalysisError> {
        Ok(Self {
            source: br.str_col("source")?,
            target: br.str_col("target")?,
            cameo: br.str_col("cameo")?,
            modality: br.str_col("modality")?,
            precision: br.str_col("date_precision")?,
            day: br.date_col("event_date")?,
            doc_id: br.str_col("doc_id")?,
            event_id: br.u64_col("event_id")?,
            mentions: br.u32_col("num_mentions")?,
        })
    }

    pub fn key(&self, row: usize) -> DedupKey<'a> {
        DedupKey {
            source: self.source.get(row),
            target: self.target.get(row),
            cameo: self.cameo.get(row),
            modality: self.modality.get(row),
            precision: self.precision.get(row),
            day: prim(self.day, row),
            doc_id: self.doc_id.get(row),
            event_id: prim(self.event_id, row),
        }
    }

    pub fn mentions(&self, row: usize) -> u32 {
        prim(self.mentions, row)
    }
}

fn date_label(day: i32) -> String {
    days_to_date(day).map_or_else(|| format!("day {day}"), |d| d.to_string())
}

/// Describe groups of keys (with each row's mention count) as [`DuplicateGroup`]s.
pub(crate) fn describe_groups(
    keys: &[DedupKey<'_>],
    mentions: &[u32],
    groups: &[Vec<usize>],
) -> Vec<DuplicateGroup> {
    groups
        .iter()
        .filter_map(|g| {
            let first = keys[*g.first()?];
            let docs: BTreeSet<&str> = g.iter().map(|&i| keys[i].doc_id).collect();
            let min_day = g.iter().map(|&i| keys[i].day).min()?;
            let max_day = g.iter().map(|&i| keys[i].day).max()?;
            Some(DuplicateGroup {
                source: first.source.to_string(),
                target: first.target.to_string(),
                cameo: first.cameo.to_string(),
                modality: first.modality.to_string(),
                date_precision: first.precision.to_string(),
                first_date: date_label(min_day),
                last_date: date_label(max_day),
                rows: g.len(),
                mentions: g.iter().map(|&i| mentions[i] as u64).sum(),
                documents: docs.len(),
                doc_ids: docs.into_iter().map(str::to_string).collect(),
                event_ids: g.iter().map(|&i| keys[i].event_id).collect(),
            })
        })
        .collect()
}

/// Group every row of the batches into events reported once or several times
/// (see the module doc for the rule). Groups come sorted by source, target,
/// CAMEO code, modality, precision and date.
pub fn deduplicate(
    batches: &[arrow_array::RecordBatch],
) -> Result<Vec<DuplicateGroup>, AnalysisError> {
    let readers: Vec<KeyReader<'_>> = batches
        .iter()
        .enumerate()
        .map(|(index, batch)| KeyReader::new(&BatchRef { batch, index }))
        .collect::<Result<_, _>>()?;
    let mut keys = Vec::new();
    let mut mentions = Vec::new();
    for (r, b) in readers.iter().zip(batches) {
        for row in 0..b.num_rows() {
            keys.push(r.key(row));
            mentions.push(r.mentions(row));
        }
    }
    let groups = group_keys(&keys);
    Ok(describe_groups(&keys, &mentions, &groups))
}
