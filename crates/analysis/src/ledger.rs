//! The pledge ledger: what was promised, what arrived, and what was said about the gap.
//!
//! Built from the `quantities` JSON column of the dyad's rows. Each quantity is
//! filed under (direction, item) by its role: pledge, delivery or status report.

use std::collections::BTreeMap;

use arrow_array::RecordBatch;
use dyad_event::{Quantity, QuantityRole};
use serde::Serialize;

use crate::columns::{prim, BatchRef};
use crate::report::DyadQuery;
use crate::select::{select_dyad, window_days, ActorSpec, Hit};
use crate::time::days_to_date;
use crate::AnalysisError;

/// One quantity with the event and sentence it came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LedgerEntry {
    /// Event date.
    pub date: String,
    /// Document id.
    pub doc_id: String,
    /// Sentence index.
    pub sentence: u32,
    /// CAMEO code of the event.
    pub cameo: String,
    /// Modality of the event.
    pub modality: String,
    /// Amount, if stated.
    pub amount: Option<f64>,
    /// Unit ("t", "USD", ...).
    pub unit: Option<String>,
    /// Recurrence ("year", ...).
    pub period: Option<String>,
    /// Hedge ("about", "up to", ...).
    pub approx: Option<String>,
    /// Status, for status reports ("shortfall", "fulfilled", ...).
    pub status: Option<String>,
    /// The evidence sentence.
    pub evidence: String,
}

/// Total delivered amount in one unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitTotal {
    /// Unit ("" when none was stated).
    pub unit: String,
    /// Sum of the stated amounts.
    pub amount: f64,
}

/// The item of ledger lines for amounts whose sentence names no item.
pub const UNNAMED_ITEM: &str = "(item not named)";

/// Everything on the ledger for one direction and item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LedgerLine {
    /// `A→B` or `B→A`.
    pub direction: String,
    /// Normalised item ("wheat", "diesel", ...).
    pub item: String,
    /// Pledges, oldest first.
    pub pledges: Vec<LedgerEntry>,
    /// Deliveries, oldest first.
    pub deliveries: Vec<LedgerEntry>,
    /// Status reports, oldest first.
    pub status_reports: Vec<LedgerEntry>,
    /// The status in the most recent status report.
    pub latest_status: Option<String>,
    /// Sum of delivered amounts per unit (per-row; the same delivery reported
    /// twice is counted twice, so read it with the entries).
    pub delivered_totals: Vec<UnitTotal>,
}

impl LedgerLine {
    /// Its pledges, deliveries and status reports, in that order.
    pub fn entries(&self) -> impl Iterator<Item = &LedgerEntry> {
        self.pledges
            .iter()
            .chain(&self.deliveries)
            .chain(&self.status_reports)
    }

    /// The same, mutably (to fill in evidence).
    pub fn entries_mut(&mut self) -> impl Iterator<Item = &mut LedgerEntry> {
        self.pledges
            .iter_mut()
            .chain(self.deliveries.iter_mut())
            .chain(self.status_reports.iter_mut())
    }
}

/// The ledger lines and any rows whose quantities could not be read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PledgeLedger {
    /// Lines sorted by direction, then item.
    pub lines: Vec<LedgerLine>,
    /// One message per unreadable `quantities` cell, naming batch, row and document.
    pub diagnostics: Vec<String>,
}

pub(crate) fn ledger_from_hits(
    brs: &[BatchRef<'_>],
    hits: &[Hit],
    labels: [&str; 2],
) -> Result<PledgeLedger, AnalysisError> {
    let mut lines: BTreeMap<(u8, String), LedgerLine> = BTreeMap::new();
    let mut diagnostics = Vec::new();
    let mut current: Option<(u32, crate::columns::StrCol<'_>)> = None;
    for h in hits {
        let br = &brs[h.batch as usize];
        if current.as_ref().map(|c| c.0) != Some(h.batch) {
            current = Some((h.batch, br.str_col("quantities")?));
        }
        let Some((_, qcol)) = current.as_ref() else {
            continue;
        };
        let r = h.row as usize;
        let text = qcol.get(r).trim();
        if text.is_empty() || text == "[]" {
            continue;
        }
        let doc_id = br.str_col("doc_id")?.get(r);
        let quantities: Vec<Quantity> = match serde_json::from_str(text) {
            Ok(q) => q,
            Err(e) => {
                diagnostics.push(format!(
                    "batch {} row {} (doc {doc_id}): quantities is not a JSON array of quantities: {e}",
                    br.index, r
                ));
                continue;
            }
        };
        let day = prim(br.date_col("event_date")?, r);
        let date = days_to_date(day).map_or_else(String::new, |d| d.to_string());
        for qty in quantities {
            let entry = LedgerEntry {
                date: date.clone(),
                doc_id: doc_id.to_string(),
                sentence: prim(br.u32_col("sentence")?, r),
                cameo: br.str_col("cameo")?.get(r).to_string(),
                modality: br.str_col("modality")?.get(r).to_string(),
                amount: qty.amount.filter(|a| a.is_finite()),
                unit: qty.unit,
                period: qty.period,
                approx: qty.approx,
                status: qty.status,
                evidence: if br.has("evidence_text") {
                    br.str_col("evidence_text")?.get(r).to_string()
                } else {
                    String::new()
                },
            };
            // "increase trade to $1 billion a year": an amount whose item the
            // sentence does not name still gets a readable line.
            let item = if qty.item.trim().is_empty() {
                UNNAMED_ITEM.to_string()
            } else {
                qty.item.clone()
            };
            let line = lines
                .entry((h.dir as u8, item.clone()))
                .or_insert_with(|| LedgerLine {
                    direction: labels[h.dir as usize].to_string(),
                    item,
                    pledges: Vec::new(),
                    deliveries: Vec::new(),
                    status_reports: Vec::new(),
                    latest_status: None,
                    delivered_totals: Vec::new(),
                });
            match qty.role {
                QuantityRole::Pledge => line.pledges.push(entry),
                QuantityRole::Delivery => line.deliveries.push(entry),
                QuantityRole::Status => line.status_reports.push(entry),
            }
        }
    }
    let order = |x: &LedgerEntry, y: &LedgerEntry| {
        (&x.date, &x.doc_id, x.sentence).cmp(&(&y.date, &y.doc_id, y.sentence))
    };
    let lines = lines
        .into_values()
        .map(|mut l| {
            l.pledges.sort_by(order);
            l.deliveries.sort_by(order);
            l.status_reports.sort_by(order);
            l.latest_status = l.status_reports.iter().rev().find_map(|e| e.status.clone());
            let mut totals: BTreeMap<String, f64> = BTreeMap::new();
            for d in &l.deliveries {
                if let Some(a) = d.amount {
                    *totals
                        .entry(d.unit.clone().unwrap_or_default())
                        .or_default() += a;
                }
            }
            l.delivered_totals = totals
                .into_iter()
                .map(|(unit, amount)| UnitTotal { unit, amount })
                .collect();
            l
        })
        .collect();
    Ok(PledgeLedger { lines, diagnostics })
}

/// The pledge ledger of the dyad `q.a`/`q.b` in the window `q.from..=q.to`
/// (both directions; see the module doc).
pub fn pledge_ledger(
    batches: &[RecordBatch],
    q: &DyadQuery,
) -> Result<PledgeLedger, AnalysisError> {
    let a = ActorSpec::parse(&q.a)?;
    let b = ActorSpec::parse(&q.b)?;
    let days = window_days(q.from, q.to)?;
    let brs: Vec<BatchRef<'_>> = batches
        .iter()
        .enumerate()
        .map(|(index, batch)| BatchRef { batch, index })
        .collect();
    let hits = select_dyad(&brs, &a, &b, days)?;
    let ab = format!("{}→{}", a.as_str(), b.as_str());
    let ba = format!("{}→{}", b.as_str(), a.as_str());
    ledger_from_hits(&brs, &hits, [ab.as_str(), ba.as_str()])
}
