//! The dyad report: quad profile, symbolism index, cooperation ladder, top
//! events, pledge ledger, indicators and a one-line verdict.

use std::collections::BTreeMap;

use arrow_array::RecordBatch;
use dyad_event::{cameo, Indicator};
use rayon::prelude::*;
use serde::Serialize;

use crate::columns::{prim, BatchRef, StrCol};
use crate::dedup::{group_keys, KeyReader};
use crate::ledger::{ledger_from_hits, LedgerLine};
use crate::rng::{binomial, derive_seed, SplitMix64};
use crate::select::{select_dyad, window_days, ActorSpec, Dir, Hit};
use crate::time::{days_to_date, Period, YearMonth};
use crate::AnalysisError;

/// Symbolism index at or above which the verdict says "mostly symbolic".
pub const MOSTLY_SYMBOLIC: f64 = 0.8;
/// Symbolism index at or above which the verdict says "leaning symbolic".
pub const LEANING_SYMBOLIC: f64 = 0.6;
/// Symbolism index at or above which the verdict says "mixed"; below it, "substantive".
pub const MIXED: f64 = 0.4;
/// Fewer (deduplicated, asserted) cooperation events than this: "too few events to judge".
pub const MIN_COOPERATION_EVENTS: u64 = 10;
/// Number of top events listed per quad class.
pub const TOP_EVENTS_PER_QUAD: usize = 5;
/// Coverage of the bootstrap interval.
pub const INTERVAL_LEVEL: f64 = 0.90;

/// What to report on: the dyad, the window, the period and the bootstrap settings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DyadQuery {
    /// First actor: a country code (`RUS`) or a prefix of full actor codes (`RUSGOV`).
    pub a: String,
    /// Second actor, same form.
    pub b: String,
    /// First month of the window (inclusive, by event date); `None` = open.
    pub from: Option<YearMonth>,
    /// Last month of the window (inclusive); `None` = open.
    pub to: Option<YearMonth>,
    /// Period the profile is grouped by.
    pub by: Period,
    /// Seed of the bootstrap PRNG: the same seed gives the same intervals.
    pub seed: u64,
    /// Number of bootstrap replicates (0 = no intervals).
    pub bootstrap: usize,
}

impl DyadQuery {
    /// A query for `a`→`b` over all time, by month, seed 0, 1000 replicates.
    pub fn new(a: &str, b: &str) -> Self {
        Self {
            a: a.to_string(),
            b: b.to_string(),
            from: None,
            to: None,
            by: Period::Month,
            seed: 0,
            bootstrap: 1000,
        }
    }
}

/// Counts per quad class (GDELT scheme).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Quad {
    /// Quad 1: roots 01–05.
    pub verbal_cooperation: u64,
    /// Quad 2: roots 06–09.
    pub material_cooperation: u64,
    /// Quad 3: roots 10–14.
    pub verbal_conflict: u64,
    /// Quad 4: roots 15–20.
    pub material_conflict: u64,
}

impl Quad {
    /// The count of quad class `q` (1..=4; 0 otherwise).
    pub fn get(&self, q: u8) -> u64 {
        match q {
            1 => self.verbal_cooperation,
            2 => self.material_cooperation,
            3 => self.verbal_conflict,
            4 => self.material_conflict,
            _ => 0,
        }
    }

    /// Add `n` to quad class `q` (ignored unless 1..=4).
    pub fn add(&mut self, q: u8, n: u64) {
        match q {
            1 => self.verbal_cooperation += n,
            2 => self.material_cooperation += n,
            3 => self.verbal_conflict += n,
            4 => self.material_conflict += n,
            _ => {}
        }
    }

    fn merge(&mut self, o: &Quad) {
        for q in 1..=4 {
            self.add(q, o.get(q));
        }
    }
}

/// Counts per modality.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ModalityCounts {
    /// The sentence says it happened.
    pub asserted: u64,
    /// Intended, promised, planned.
    pub intended: u64,
    /// Possible, conditional.
    pub hypothetical: u64,
    /// Said not to have happened.
    pub negated: u64,
    /// Any other or missing modality value.
    pub other: u64,
}

impl ModalityCounts {
    fn add(&mut self, m: u8, n: u64) {
        match m {
            MOD_ASSERTED => self.asserted += n,
            MOD_INTENDED => self.intended += n,
            MOD_HYPOTHETICAL => self.hypothetical += n,
            MOD_NEGATED => self.negated += n,
            _ => self.other += n,
        }
    }
    fn merge(&mut self, o: &ModalityCounts) {
        self.asserted += o.asserted;
        self.intended += o.intended;
        self.hypothetical += o.hypothetical;
        self.negated += o.negated;
        self.other += o.other;
    }
}

const MOD_ASSERTED: u8 = 0;
const MOD_INTENDED: u8 = 1;
const MOD_HYPOTHETICAL: u8 = 2;
const MOD_NEGATED: u8 = 3;
const MOD_OTHER: u8 = 4;

fn modality_code(s: &str) -> u8 {
    match s {
        "asserted" => MOD_ASSERTED,
        "intended" => MOD_INTENDED,
        "hypothetical" => MOD_HYPOTHETICAL,
        "negated" => MOD_NEGATED,
        _ => MOD_OTHER,
    }
}

/// The profile of one direction (or both) over one period or the whole window.
///
/// Every row counts here whatever its modality; `asserted_*` and the symbolism
/// index use asserted rows only.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct QuadCounts {
    /// Rows (one per coded mention or imported row).
    pub events: u64,
    /// Sum of `num_mentions`.
    pub mentions: u64,
    /// Rows per quad class.
    pub quad: Quad,
    /// Mentions per quad class.
    pub quad_mentions: Quad,
    /// Sum of Goldstein weights over the rows.
    pub goldstein_sum: f64,
    /// Mean Goldstein weight per row; `None` without rows.
    pub goldstein_mean: Option<f64>,
    /// Rows per modality.
    pub modality: ModalityCounts,
    /// Asserted verbal-cooperation rows.
    pub asserted_verbal_cooperation: u64,
    /// Asserted material-cooperation rows.
    pub asserted_material_cooperation: u64,
    /// Per-row symbolism index of the asserted rows; `None` without cooperation.
    pub symbolism_index: Option<f64>,
}

impl QuadCounts {
    fn add(&mut self, r: &RowFacts) {
        self.events += 1;
        self.mentions += r.mentions as u64;
        self.quad.add(r.quad, 1);
        self.quad_mentions.add(r.quad, r.mentions as u64);
        self.goldstein_sum += r.goldstein as f64;
        self.modality.add(r.modality, 1);
        if r.modality == MOD_ASSERTED {
            match r.quad {
                1 => self.asserted_verbal_cooperation += 1,
                2 => self.asserted_material_cooperation += 1,
                _ => {}
            }
        }
    }

    fn merge(&mut self, o: &QuadCounts) {
        self.events += o.events;
        self.mentions += o.mentions;
        self.quad.merge(&o.quad);
        self.quad_mentions.merge(&o.quad_mentions);
        self.goldstein_sum += o.goldstein_sum;
        self.modality.merge(&o.modality);
        self.asserted_verbal_cooperation += o.asserted_verbal_cooperation;
        self.asserted_material_cooperation += o.asserted_material_cooperation;
    }

    fn finish(&mut self) {
        self.goldstein_mean = (self.events > 0).then(|| self.goldstein_sum / self.events as f64);
        let coop = self.asserted_verbal_cooperation + self.asserted_material_cooperation;
        self.symbolism_index =
            (coop > 0).then(|| self.asserted_verbal_cooperation as f64 / coop as f64);
    }
}

/// One period of the quad profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeriodProfile {
    /// Period label: `2023-09`, `2023-Q3` or `2023`.
    pub period: String,
    /// Rows A→B.
    pub a_to_b: QuadCounts,
    /// Rows B→A.
    pub b_to_a: QuadCounts,
    /// Both directions.
    pub both: QuadCounts,
}

/// A symbolism index with the counts it came from and its bootstrap interval.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SymbolismIndex {
    /// Verbal cooperation (rows, groups or mentions, by variant).
    pub verbal: u64,
    /// Material cooperation, same unit.
    pub material: u64,
    /// verbal / (verbal + material); `None` when both are 0.
    pub index: Option<f64>,
    /// Percentile bootstrap interval at [`INTERVAL_LEVEL`]; `None` without data or replicates.
    pub interval: Option<[f64; 2]>,
    /// Set when the index cannot be computed ("no cooperation events").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Cooperation rows that are not asserted, reported beside the index.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct NotAsserted {
    /// Intended verbal cooperation rows.
    pub intended_verbal: u64,
    /// Intended material cooperation rows (promises of deeds).
    pub intended_material: u64,
    /// Hypothetical verbal cooperation rows.
    pub hypothetical_verbal: u64,
    /// Hypothetical material cooperation rows.
    pub hypothetical_material: u64,
    /// Negated verbal cooperation rows.
    pub negated_verbal: u64,
    /// Negated material cooperation rows.
    pub negated_material: u64,
}

/// The three variants of the symbolism index for one direction.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SymbolismSet {
    /// One row, one vote.
    pub per_event: SymbolismIndex,
    /// The same event reported by several documents counts once (see [`crate::deduplicate`]).
    pub deduplicated: SymbolismIndex,
    /// Each row weighted by its `num_mentions`.
    pub mention_weighted: SymbolismIndex,
    /// Intentions, hypotheticals and negations, counted beside the index.
    pub not_asserted: NotAsserted,
}

/// Symbolism per direction.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Symbolism {
    /// Interval coverage (0.90).
    pub level: f64,
    /// Bootstrap replicates drawn.
    pub replicates: usize,
    /// PRNG seed.
    pub seed: u64,
    /// A→B.
    pub a_to_b: SymbolismSet,
    /// B→A.
    pub b_to_a: SymbolismSet,
    /// Both directions.
    pub both: SymbolismSet,
}

/// One rung of the cooperation ladder.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LadderStep {
    /// CAMEO root (3..=7).
    pub root: u8,
    /// Its name.
    pub name: String,
    /// Rows A→B per modality.
    pub a_to_b: ModalityCounts,
    /// Rows B→A per modality.
    pub b_to_a: ModalityCounts,
}

/// An event listed as evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopEvent {
    /// `A→B` or `B→A`, with the actors as queried.
    pub direction: String,
    /// Event id.
    pub event_id: u64,
    /// Document id.
    pub doc_id: String,
    /// Sentence index in the document.
    pub sentence: u32,
    /// Event date.
    pub event_date: String,
    /// CAMEO code.
    pub cameo: String,
    /// CAMEO name from the bundled table ("" when unknown).
    pub cameo_name: String,
    /// Goldstein weight.
    pub goldstein: f32,
    /// Mentions.
    pub num_mentions: u32,
    /// Modality.
    pub modality: String,
    /// Full source code.
    pub source: String,
    /// Full target code.
    pub target: String,
    /// Words naming the source.
    pub source_text: String,
    /// Words naming the target.
    pub target_text: String,
    /// The evidence sentence.
    pub evidence: String,
    /// Where the document came from, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
}

/// Top events of one quad class.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuadTop {
    /// Quad class 1..=4.
    pub quad_class: u8,
    /// Its name.
    pub name: String,
    /// Up to [`TOP_EVENTS_PER_QUAD`] events by |goldstein|, mentions, date (latest first), event id.
    pub events: Vec<TopEvent>,
}

/// The plain-words answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// "mostly symbolic", "leaning symbolic", "mixed", "substantive", "too few events to judge".
    pub label: String,
    /// The sentence with its numbers.
    pub line: String,
    /// Which index it is based on ("a_to_b.deduplicated").
    pub basis: String,
    /// Documented thresholds.
    pub thresholds: String,
}

/// Deduplication summary over the dyad's rows in the window.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DedupSummary {
    /// Rows considered.
    pub rows: u64,
    /// Groups (distinct events).
    pub groups: u64,
    /// Groups reported by more than one document.
    pub multi_document_groups: u64,
}

/// Everything `dyad report A B` shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DyadReport {
    /// The query, as given.
    pub query: DyadQuery,
    /// `A→B` label with the actors upper-cased.
    pub dyad: String,
    /// The window as shown in the verdict: `2021-08..2023-09`, or the observed span.
    pub window: String,
    /// Quad-class scheme: "gdelt".
    pub quad_scheme: String,
    /// The verdict line and its basis.
    pub verdict: Verdict,
    /// Rows scanned over all batches.
    pub rows_scanned: u64,
    /// Rows of the dyad in the window, both directions.
    pub rows_matched: u64,
    /// Totals over the window.
    pub totals: PeriodProfile,
    /// Per period, oldest first, gaps filled with zeros.
    pub profile: Vec<PeriodProfile>,
    /// The symbolism index and its variants.
    pub symbolism: Symbolism,
    /// Deduplication summary.
    pub dedup: DedupSummary,
    /// The cooperation ladder, roots 03→07.
    pub ladder: Vec<LadderStep>,
    /// Top events per quad class.
    pub top_events: Vec<QuadTop>,
    /// Pledges set against deliveries and status reports.
    pub pledge_ledger: Vec<LedgerLine>,
    /// Trade and aid indicators between the two, when indicator rows were given.
    pub indicators: Vec<Indicator>,
    /// Row-level problems (bad quantities JSON, ...), each naming batch and row.
    pub diagnostics: Vec<String>,
}

/// The per-row facts the aggregates need.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RowFacts {
    pub hit: Hit,
    pub day: i32,
    pub period: i64,
    pub quad: u8,
    pub root: u8,
    pub modality: u8,
    pub goldstein: f32,
    pub mentions: u32,
}

fn gather_facts(
    brs: &[BatchRef<'_>],
    hits: &[Hit],
    by: Period,
) -> Result<Vec<RowFacts>, AnalysisError> {
    struct Cols<'a> {
        day: &'a arrow_array::Date32Array,
        quad: &'a arrow_array::UInt8Array,
        root: &'a arrow_array::UInt8Array,
        modality: crate::columns::Classes<'a>,
        goldstein: &'a arrow_array::Float32Array,
        mentions: &'a arrow_array::UInt32Array,
    }
    // Only batches with hits need their columns resolved.
    let mut cols: Vec<Option<Cols<'_>>> = (0..brs.len()).map(|_| None).collect();
    for h in hits {
        let bi = h.batch as usize;
        if cols[bi].is_none() {
            let br = &brs[bi];
            cols[bi] = Some(Cols {
                day: br.date_col("event_date")?,
                quad: br.u8_col("quad_class")?,
                root: br.u8_col("root")?,
                modality: br.str_col("modality")?.classify(modality_code),
                goldstein: br.f32_col("goldstein")?,
                mentions: br.u32_col("num_mentions")?,
            });
        }
    }
    Ok(hits
        .iter()
        .filter_map(|&hit| {
            let c = cols[hit.batch as usize].as_ref()?;
            let r = hit.row as usize;
            let day = prim(c.day, r);
            let ym = days_to_date(day).map(YearMonth::of_date)?;
            let g = prim(c.goldstein, r);
            Some(RowFacts {
                hit,
                day,
                period: by.key_of_month(ym),
                quad: prim(c.quad, r),
                root: prim(c.root, r),
                modality: c.modality.at(r),
                goldstein: if g.is_finite() { g } else { 0.0 },
                mentions: prim(c.mentions, r),
            })
        })
        .collect())
}

/// Percentile bootstrap of verbal / (verbal + material) over `n` items of
/// which the first `k` are verbal; `weights` (one per item) or unit weights.
///
/// Resampling `n` items with replacement only matters through how many times
/// each kind of item is drawn, so items are grouped by (verbal?, weight) and
/// each replicate draws the group counts as a multinomial (sequential
/// binomials, see [`crate::rng::binomial`]): the cost per replicate is the
/// number of groups, not `n`. Replicate `r` draws from its own stream, so the
/// result does not depend on how rayon schedules the work.
fn bootstrap_interval(
    k: usize,
    n: usize,
    weights: Option<&[u32]>,
    reps: usize,
    seed: u64,
) -> Option<[f64; 2]> {
    if n == 0 || reps == 0 || k > n {
        return None;
    }
    // (verbal?, weight) -> number of items.
    let mut groups: BTreeMap<(bool, u32), u64> = BTreeMap::new();
    for i in 0..n {
        let w = weights.and_then(|w| w.get(i).copied()).unwrap_or(1);
        *groups.entry((i < k, w)).or_default() += 1;
    }
    let groups: Vec<((bool, u32), u64)> = groups.into_iter().collect();
    let mut values: Vec<f64> = (0..reps)
        .into_par_iter()
        .filter_map(|r| {
            let mut rng = SplitMix64::new(derive_seed(seed, r as u64));
            let (mut verbal, mut total) = (0u64, 0u64);
            let mut left_draws = n as u64;
            let mut left_items = n as u64;
            for &((is_verbal, w), count) in &groups {
                let c = if count == left_items {
                    left_draws
                } else {
                    binomial(&mut rng, left_draws, count as f64 / left_items as f64)
                };
                left_draws -= c;
                left_items -= count;
                total += c * w as u64;
                if is_verbal {
                    verbal += c * w as u64;
                }
            }
            (total > 0).then(|| verbal as f64 / total as f64)
        })
        .collect();
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let tail = (1.0 - INTERVAL_LEVEL) / 2.0;
    let pick = |p: f64| values[((values.len() - 1) as f64 * p).round() as usize];
    Some([pick(tail), pick(1.0 - tail)])
}

fn index_of(verbal: u64, material: u64, interval: Option<[f64; 2]>) -> SymbolismIndex {
    let total = verbal + material;
    SymbolismIndex {
        verbal,
        material,
        index: (total > 0).then(|| verbal as f64 / total as f64),
        interval: if total > 0 { interval } else { None },
        note: (total == 0).then(|| "no cooperation events".to_string()),
    }
}

/// The symbolism variants for the rows of one direction set.
/// `groups` are dedup groups as indices into `facts`.
fn symbolism_set(
    facts: &[RowFacts],
    groups: &[Vec<usize>],
    keep: impl Fn(Dir) -> bool,
    q: &DyadQuery,
    stream: u64,
) -> SymbolismSet {
    let mut not_asserted = NotAsserted::default();
    // Verbal items first, then material, as the bootstrap expects.
    let mut rows_v: Vec<u32> = Vec::new();
    let mut rows_m: Vec<u32> = Vec::new();
    for f in facts
        .iter()
        .filter(|f| keep(f.hit.dir) && (f.quad == 1 || f.quad == 2))
    {
        let verbal = f.quad == 1;
        match (f.modality, verbal) {
            (MOD_ASSERTED, true) => rows_v.push(f.mentions),
            (MOD_ASSERTED, false) => rows_m.push(f.mentions),
            (MOD_INTENDED, true) => not_asserted.intended_verbal += 1,
            (MOD_INTENDED, false) => not_asserted.intended_material += 1,
            (MOD_HYPOTHETICAL, true) => not_asserted.hypothetical_verbal += 1,
            (MOD_HYPOTHETICAL, false) => not_asserted.hypothetical_material += 1,
            (MOD_NEGATED, true) => not_asserted.negated_verbal += 1,
            (MOD_NEGATED, false) => not_asserted.negated_material += 1,
            _ => {}
        }
    }
    let (mut gv, mut gm) = (0u64, 0u64);
    for g in groups {
        let Some(&first) = g.first() else { continue };
        let f = &facts[first];
        if keep(f.hit.dir) && f.modality == MOD_ASSERTED {
            match f.quad {
                1 => gv += 1,
                2 => gm += 1,
                _ => {}
            }
        }
    }
    let (kv, km) = (rows_v.len(), rows_m.len());
    let reps = q.bootstrap;
    let seed = derive_seed(q.seed, stream);
    let per_event = index_of(
        kv as u64,
        km as u64,
        bootstrap_interval(kv, kv + km, None, reps, derive_seed(seed, 1)),
    );
    let deduplicated = index_of(
        gv,
        gm,
        bootstrap_interval(
            gv as usize,
            (gv + gm) as usize,
            None,
            reps,
            derive_seed(seed, 2),
        ),
    );
    let mut weights = rows_v.clone();
    weights.extend_from_slice(&rows_m);
    let wv: u64 = rows_v.iter().map(|&x| x as u64).sum();
    let wm: u64 = rows_m.iter().map(|&x| x as u64).sum();
    let mention_weighted = index_of(
        wv,
        wm,
        bootstrap_interval(kv, kv + km, Some(&weights), reps, derive_seed(seed, 3)),
    );
    SymbolismSet {
        per_event,
        deduplicated,
        mention_weighted,
        not_asserted,
    }
}

/// Classify an index by the documented thresholds.
pub fn verdict_label(cooperation_events: u64, index: Option<f64>) -> &'static str {
    match index {
        _ if cooperation_events < MIN_COOPERATION_EVENTS => "too few events to judge",
        None => "too few events to judge",
        Some(x) if x >= MOSTLY_SYMBOLIC => "mostly symbolic",
        Some(x) if x >= LEANING_SYMBOLIC => "leaning symbolic",
        Some(x) if x >= MIXED => "mixed",
        Some(_) => "substantive",
    }
}

fn verdict(dyad: &str, window: &str, s: &SymbolismIndex) -> Verdict {
    let label = verdict_label(s.verbal + s.material, s.index);
    let idx = match (s.index, s.interval) {
        (Some(x), Some([lo, hi])) => format!("symbolism index {x:.2} [{lo:.2}, {hi:.2}]"),
        (Some(x), None) => format!("symbolism index {x:.2}"),
        (None, _) => "no cooperation events".to_string(),
    };
    Verdict {
        label: label.to_string(),
        line: format!(
            "{dyad} {window}: {} verbal vs {} material cooperation events (asserted, deduplicated); {idx} — {label}",
            s.verbal, s.material
        ),
        basis: "a_to_b.deduplicated".to_string(),
        thresholds: format!(
            "fewer than {MIN_COOPERATION_EVENTS} cooperation events: too few events to judge; index >= {MOSTLY_SYMBOLIC}: mostly symbolic; >= {LEANING_SYMBOLIC}: leaning symbolic; >= {MIXED}: mixed; below: substantive"
        ),
    }
}

fn ladder(facts: &[RowFacts]) -> Vec<LadderStep> {
    const NAMES: [&str; 5] = [
        "intent to cooperate",
        "consult",
        "diplomatic cooperation",
        "material cooperation",
        "provide aid",
    ];
    let mut steps: Vec<LadderStep> = (3u8..=7)
        .map(|root| LadderStep {
            root,
            name: NAMES[(root - 3) as usize].to_string(),
            a_to_b: ModalityCounts::default(),
            b_to_a: ModalityCounts::default(),
        })
        .collect();
    for f in facts {
        if (3..=7).contains(&f.root) {
            let s = &mut steps[(f.root - 3) as usize];
            match f.hit.dir {
                Dir::AtoB => s.a_to_b.add(f.modality, 1),
                Dir::BtoA => s.b_to_a.add(f.modality, 1),
            }
        }
    }
    steps
}

fn top_events(
    brs: &[BatchRef<'_>],
    facts: &[RowFacts],
    ids: &[u64],
    labels: [&str; 2],
) -> Result<Vec<QuadTop>, AnalysisError> {
    let mut out = Vec::new();
    for quad in 1u8..=4 {
        let mut idx: Vec<usize> = (0..facts.len())
            .filter(|&i| facts[i].quad == quad)
            .collect();
        let rank = |&i: &usize, &j: &usize| {
            let (x, y) = (&facts[i], &facts[j]);
            y.goldstein
                .abs()
                .total_cmp(&x.goldstein.abs())
                .then(y.mentions.cmp(&x.mentions))
                .then(y.day.cmp(&x.day))
                .then(ids[i].cmp(&ids[j]))
                .then((x.hit.batch, x.hit.row).cmp(&(y.hit.batch, y.hit.row)))
        };
        // The order is total, so selecting then sorting the few is deterministic.
        if idx.len() > TOP_EVENTS_PER_QUAD {
            idx.select_nth_unstable_by(TOP_EVENTS_PER_QUAD - 1, rank);
            idx.truncate(TOP_EVENTS_PER_QUAD);
        }
        idx.sort_by(rank);
        let mut events = Vec::new();
        for &i in idx.iter().take(TOP_EVENTS_PER_QUAD) {
            let f = &facts[i];
            let br = &brs[f.hit.batch as usize];
            let r = f.hit.row as usize;
            let s = |name: &str| -> Result<String, AnalysisError> {
                Ok(br.str_col(name)?.get(r).to_string())
            };
            // Text columns may be left out of a scan (and filled in afterwards by the caller).
            let text = |name: &str| -> Result<String, AnalysisError> {
                if br.has(name) {
                    s(name)
                } else {
                    Ok(String::new())
                }
            };
            let code = s("cameo")?;
            events.push(TopEvent {
                direction: labels[f.hit.dir as usize].to_string(),
                event_id: ids[i],
                doc_id: s("doc_id")?,
                sentence: prim(br.u32_col("sentence")?, r),
                event_date: days_to_date(f.day).map_or_else(String::new, |d| d.to_string()),
                cameo_name: cameo::lookup_or_parent(&code)
                    .map_or_else(String::new, |c| c.name.clone()),
                cameo: code,
                goldstein: f.goldstein,
                num_mentions: f.mentions,
                modality: s("modality")?,
                source: s("source")?,
                target: s("target")?,
                source_text: text("source_text")?,
                target_text: text("target_text")?,
                evidence: text("evidence_text")?,
                source_url: if br.has("source_url") {
                    br.str_col("source_url")?.get_opt(r).map(str::to_string)
                } else {
                    None
                },
            });
        }
        out.push(QuadTop {
            quad_class: quad,
            name: cameo::quad_class_name(quad).to_string(),
            events,
        });
    }
    Ok(out)
}

/// Indicator rows (trade shares, totals) between the two actors, published in
/// the window. An actor matches `reporter`/`partner` by its first three letters.
pub fn indicator_rows(
    batches: &[RecordBatch],
    q: &DyadQuery,
) -> Result<Vec<Indicator>, AnalysisError> {
    let a = ActorSpec::parse(&q.a)?;
    let b = ActorSpec::parse(&q.b)?;
    let ca: String = a.as_str().chars().take(3).collect();
    let cb: String = b.as_str().chars().take(3).collect();
    let (lo, hi) = window_days(q.from, q.to)?;
    let mut out = Vec::new();
    for (index, batch) in batches.iter().enumerate() {
        let br = BatchRef { batch, index };
        let reporter = br.str_col("reporter")?;
        let partner = br.str_col("partner")?;
        let pub_date = br.date_col("pub_date")?;
        let opt_f64 = |name: &str| -> Result<Option<&arrow_array::Float64Array>, AnalysisError> {
            if br.has(name) {
                br.f64_col(name).map(Some)
            } else {
                Ok(None)
            }
        };
        let share = opt_f64("share_pct")?;
        let value = opt_f64("value")?;
        let opt_str = |name: &str| -> Result<Option<StrCol<'_>>, AnalysisError> {
            if br.has(name) {
                br.str_col(name).map(Some)
            } else {
                Ok(None)
            }
        };
        let (doc, flow, currency, period, evidence) = (
            opt_str("doc_id")?,
            opt_str("flow")?,
            opt_str("currency")?,
            opt_str("period")?,
            opt_str("evidence")?,
        );
        let sentence = if br.has("sentence") {
            Some(br.u32_col("sentence")?)
        } else {
            None
        };
        for r in 0..batch.num_rows() {
            let (rep, par) = (reporter.get(r), partner.get(r));
            let pair = (rep == ca && par == cb) || (rep == cb && par == ca);
            let day = prim(pub_date, r);
            if !pair || day < lo || day > hi {
                continue;
            }
            let Some(date) = days_to_date(day) else {
                continue;
            };
            let f = |a: Option<&arrow_array::Float64Array>| {
                a.and_then(|a| (!arrow_array::Array::is_null(a, r)).then(|| a.value(r)))
            };
            let s =
                |c: &Option<StrCol<'_>>| c.as_ref().and_then(|c| c.get_opt(r)).map(str::to_string);
            out.push(Indicator {
                doc_id: s(&doc).unwrap_or_default(),
                sentence: sentence.map_or(0, |c| prim(c, r)),
                pub_date: date,
                reporter: rep.to_string(),
                partner: par.to_string(),
                flow: s(&flow).unwrap_or_default(),
                share_pct: f(share),
                value: f(value),
                currency: s(&currency),
                period: s(&period),
                evidence: s(&evidence).unwrap_or_default(),
            });
        }
    }
    out.sort_by(|x, y| {
        (x.pub_date, &x.doc_id, x.sentence).cmp(&(y.pub_date, &y.doc_id, y.sentence))
    });
    Ok(out)
}

/// The report for `q` over event batches (see [`crate::event_schema`]).
pub fn dyad_report(batches: &[RecordBatch], q: &DyadQuery) -> Result<DyadReport, AnalysisError> {
    dyad_report_with_indicators(batches, &[], q)
}

/// [`dyad_report`] plus the indicators section from indicator batches
/// (columns doc_id, sentence, pub_date, reporter, partner, flow, share_pct,
/// value, currency, period, evidence).
pub fn dyad_report_with_indicators(
    batches: &[RecordBatch],
    indicator_batches: &[RecordBatch],
    q: &DyadQuery,
) -> Result<DyadReport, AnalysisError> {
    let a = ActorSpec::parse(&q.a)?;
    let b = ActorSpec::parse(&q.b)?;
    let days = window_days(q.from, q.to)?;
    let brs: Vec<BatchRef<'_>> = batches
        .iter()
        .enumerate()
        .map(|(index, batch)| BatchRef { batch, index })
        .collect();
    let hits = select_dyad(&brs, &a, &b, days)?;
    let facts = gather_facts(&brs, &hits, q.by)?;
    let dyad = format!("{}→{}", a.as_str(), b.as_str());
    let labels = [dyad.clone(), format!("{}→{}", b.as_str(), a.as_str())];

    // Periods: the window's, widened to what was observed when a bound is open.
    let observed = (
        facts.iter().map(|f| f.period).min(),
        facts.iter().map(|f| f.period).max(),
    );
    let first = q.from.map(|m| q.by.key_of_month(m)).or(observed.0);
    let last = q.to.map(|m| q.by.key_of_month(m)).or(observed.1);
    let keys: Vec<i64> = match (first, last) {
        (Some(f), Some(l)) if l >= f => (f..=l).collect(),
        _ => Vec::new(),
    };
    let mut profile: Vec<PeriodProfile> = keys
        .iter()
        .map(|&k| PeriodProfile {
            period: q.by.label(k),
            a_to_b: QuadCounts::default(),
            b_to_a: QuadCounts::default(),
            both: QuadCounts::default(),
        })
        .collect();
    let mut totals = PeriodProfile {
        period: "total".to_string(),
        a_to_b: QuadCounts::default(),
        b_to_a: QuadCounts::default(),
        both: QuadCounts::default(),
    };
    for f in &facts {
        let Some(p) = first.and_then(|first| profile.get_mut((f.period - first) as usize)) else {
            continue;
        };
        match f.hit.dir {
            Dir::AtoB => p.a_to_b.add(f),
            Dir::BtoA => p.b_to_a.add(f),
        }
    }
    for p in &mut profile {
        p.both.merge(&p.a_to_b);
        p.both.merge(&p.b_to_a);
        totals.a_to_b.merge(&p.a_to_b);
        totals.b_to_a.merge(&p.b_to_a);
        totals.both.merge(&p.both);
        p.a_to_b.finish();
        p.b_to_a.finish();
        p.both.finish();
    }
    totals.a_to_b.finish();
    totals.b_to_a.finish();
    totals.both.finish();

    // Dedup groups over the dyad's rows (indices into `facts`).
    let mut readers: BTreeMap<u32, KeyReader<'_>> = BTreeMap::new();
    for f in &facts {
        if let std::collections::btree_map::Entry::Vacant(e) = readers.entry(f.hit.batch) {
            e.insert(KeyReader::new(&brs[f.hit.batch as usize])?);
        }
    }
    let dkeys: Vec<_> = facts
        .iter()
        .filter_map(|f| readers.get(&f.hit.batch).map(|r| r.key(f.hit.row as usize)))
        .collect();
    let ids: Vec<u64> = dkeys.iter().map(|k| k.event_id).collect();
    let groups = group_keys(&dkeys);
    let dedup = DedupSummary {
        rows: facts.len() as u64,
        groups: groups.len() as u64,
        multi_document_groups: groups
            .iter()
            .filter(|g| {
                let mut d: Vec<&str> = g.iter().map(|&i| dkeys[i].doc_id).collect();
                d.sort_unstable();
                d.dedup();
                d.len() > 1
            })
            .count() as u64,
    };

    let symbolism = Symbolism {
        level: INTERVAL_LEVEL,
        replicates: q.bootstrap,
        seed: q.seed,
        a_to_b: symbolism_set(&facts, &groups, |d| d == Dir::AtoB, q, 1),
        b_to_a: symbolism_set(&facts, &groups, |d| d == Dir::BtoA, q, 2),
        both: symbolism_set(&facts, &groups, |_| true, q, 3),
    };
    let window = match (q.from, q.to, profile.first(), profile.last()) {
        (Some(f), Some(t), _, _) => format!("{f}..{t}"),
        (_, _, Some(p0), Some(p1)) => format!("{}..{}", p0.period, p1.period),
        _ => "all time".to_string(),
    };
    let verdict = verdict(&dyad, &window, &symbolism.a_to_b.deduplicated);
    let ledger = ledger_from_hits(&brs, &hits, [labels[0].as_str(), labels[1].as_str()])?;
    let indicators = if indicator_batches.is_empty() {
        Vec::new()
    } else {
        indicator_rows(indicator_batches, q)?
    };
    Ok(DyadReport {
        query: q.clone(),
        dyad,
        window,
        quad_scheme: cameo::QUAD_SCHEME.to_string(),
        verdict,
        rows_scanned: batches.iter().map(|b| b.num_rows() as u64).sum(),
        rows_matched: facts.len() as u64,
        totals,
        profile,
        symbolism,
        dedup,
        ladder: ladder(&facts),
        top_events: top_events(&brs, &facts, &ids, [labels[0].as_str(), labels[1].as_str()])?,
        pledge_ledger: ledger.lines,
        indicators,
        diagnostics: ledger.diagnostics,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bootstrap_is_deterministic_and_brackets_the_estimate() {
        let a = bootstrap_interval(30, 40, None, 1000, 42).unwrap();
        let b = bootstrap_interval(30, 40, None, 1000, 42).unwrap();
        assert_eq!(a, b);
        assert!(a[0] <= 0.75 && 0.75 <= a[1], "{a:?}");
        assert!(a[0] > 0.5 && a[1] < 0.95, "{a:?}");
        // The interval is discrete (steps of 1/40), so neighbouring seeds may agree; some must not.
        assert!((43..60).any(|s| bootstrap_interval(30, 40, None, 1000, s) != Some(a)));
        let w: Vec<u32> = (0..40).map(|i| if i < 30 { 1 } else { 5 }).collect();
        let d = bootstrap_interval(30, 40, Some(&w), 1000, 42).unwrap();
        // weighted point estimate 30 / (30 + 50) = 0.375
        assert!(d[0] <= 0.375 && 0.375 <= d[1], "{d:?}");
        assert_eq!(bootstrap_interval(0, 0, None, 1000, 1), None);
        assert_eq!(bootstrap_interval(3, 4, None, 0, 1), None);
    }

    #[test]
    fn large_samples_match_the_analytic_interval() {
        // p = 0.6 over 10,000 items: 90% interval ≈ 0.6 ± 1.645·sqrt(0.24/10,000) = ±0.0081.
        let [lo, hi] = bootstrap_interval(6_000, 10_000, None, 2_000, 5).unwrap();
        assert!(
            (lo - 0.5919).abs() < 0.002 && (hi - 0.6081).abs() < 0.002,
            "{lo} {hi}"
        );
        // Weighted: mention weights 1 (verbal) and 3 (material), half each: index 0.25.
        let w: Vec<u32> = (0..20_000)
            .map(|i| if i < 10_000 { 1 } else { 3 })
            .collect();
        let [lo, hi] = bootstrap_interval(10_000, 20_000, Some(&w), 1_000, 5).unwrap();
        assert!(lo < 0.25 && 0.25 < hi && hi - lo < 0.02, "{lo} {hi}");
    }

    #[test]
    fn verdict_thresholds() {
        assert_eq!(verdict_label(9, Some(0.95)), "too few events to judge");
        assert_eq!(verdict_label(10, Some(0.8)), "mostly symbolic");
        assert_eq!(verdict_label(10, Some(0.79)), "leaning symbolic");
        assert_eq!(verdict_label(10, Some(0.6)), "leaning symbolic");
        assert_eq!(verdict_label(10, Some(0.5)), "mixed");
        assert_eq!(verdict_label(10, Some(0.4)), "mixed");
        assert_eq!(verdict_label(10, Some(0.39)), "substantive");
        assert_eq!(verdict_label(10, None), "too few events to judge");
    }
}
