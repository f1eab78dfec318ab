//! Synthetic events for benchmarks: realistic (source country, target country,
//! CAMEO code) combinations, spread over 2015–2024 in chronological order.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use chrono::NaiveDate;
use dyad_event::{cameo, DatePrecision, Event, Evidence, Modality};

use crate::formats::GdeltReader;
use crate::{CommitStats, DocRecord, IngestBatch, Store, StoreError};

/// Events per commit in [`write_generated`].
pub const GENERATE_BATCH: usize = 1_000_000;
/// Events generated per synthetic document.
const EVENTS_PER_DOC: usize = 8;
const FIRST_YEAR: i32 = 2015;
const MONTHS: usize = 120;

/// SplitMix64: small, fast, good enough for synthetic data, and stable across releases.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n.max(1))) >> 64) as u64
    }
}

/// One weighted (source, target, code) combination.
#[derive(Debug, Clone, PartialEq)]
struct Combo {
    source_country: String,
    source_agent: String,
    target_country: String,
    target_agent: String,
    cameo: String,
}

/// A weighted set of dyad/code combinations to draw from.
#[derive(Debug, Clone)]
pub struct Distribution {
    combos: Vec<Combo>,
    /// Cumulative weights, same length as `combos`.
    cumulative: Vec<u64>,
}

impl Distribution {
    /// The combinations of a real GDELT export (one weight per row).
    pub fn from_gdelt(path: &Path) -> Result<Distribution, StoreError> {
        let file = File::open(path).map_err(|source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let mut combos = Vec::new();
        for e in GdeltReader::new(BufReader::new(file), path.display().to_string()).flatten() {
            if e.source_country.is_empty() && e.target_country.is_empty() {
                continue;
            }
            combos.push(Combo {
                source_country: e.source_country,
                source_agent: e.source_agent,
                target_country: e.target_country,
                target_agent: e.target_agent,
                cameo: e.cameo,
            });
        }
        if combos.is_empty() {
            return Ok(Self::builtin());
        }
        let cumulative = (1..=combos.len() as u64).collect();
        Ok(Distribution { combos, cumulative })
    }

    /// A small built-in distribution (used when no sample is given).
    pub fn builtin() -> Distribution {
        const ROWS: &[(&str, &str, &str, &str, &str, u64)] = &[
            ("USA", "GOV", "CHN", "GOV", "042", 30),
            ("USA", "GOV", "RUS", "GOV", "112", 25),
            ("RUS", "GOV", "AFG", "GOV", "036", 12),
            ("RUS", "GOV", "AFG", "GOV", "043", 10),
            ("RUS", "GOV", "AFG", "GOV", "0233", 4),
            ("RUS", "BUS", "AFG", "GOV", "061", 6),
            ("RUS", "GOV", "AFG", "", "071", 3),
            ("AFG", "GOV", "RUS", "GOV", "040", 9),
            ("AFG", "REB", "AFG", "GOV", "190", 15),
            ("UKR", "MIL", "RUS", "MIL", "190", 20),
            ("RUS", "MIL", "UKR", "", "195", 18),
            ("CHN", "GOV", "USA", "GOV", "111", 14),
            ("IND", "GOV", "PAK", "GOV", "138", 8),
            ("FRA", "GOV", "DEU", "GOV", "057", 7),
            ("GBR", "GOV", "USA", "GOV", "010", 22),
            ("ISR", "MIL", "PSE", "", "183", 9),
            ("IRN", "GOV", "USA", "GOV", "130", 8),
            ("TUR", "GOV", "SYR", "REB", "173", 5),
            ("USA", "", "", "", "010", 40),
            ("CHN", "BUS", "AFG", "GOV", "0311", 3),
        ];
        let mut combos = Vec::new();
        let mut cumulative = Vec::new();
        let mut total = 0;
        for &(sc, sa, tc, ta, code, w) in ROWS {
            total += w;
            combos.push(Combo {
                source_country: sc.into(),
                source_agent: sa.into(),
                target_country: tc.into(),
                target_agent: ta.into(),
                cameo: code.into(),
            });
            cumulative.push(total);
        }
        Distribution { combos, cumulative }
    }

    fn draw(&self, rng: &mut SplitMix64) -> &Combo {
        let total = self.cumulative.last().copied().unwrap_or(1);
        let x = rng.below(total);
        let i = self.cumulative.partition_point(|&c| c <= x);
        &self.combos[i.min(self.combos.len() - 1)]
    }
}

/// Relative volume of month `m` (0 = January 2015): growing over the decade,
/// with a mild seasonal swing, as news volume does.
fn month_weight(m: usize) -> f64 {
    let trend = 1.0 + m as f64 / MONTHS as f64;
    let season = 1.0 + 0.1 * ((m % 12) as f64 * std::f64::consts::PI / 6.0).sin();
    trend * season
}

/// Iterator behind [`generate_events`].
struct Generator {
    dist: Distribution,
    rng: SplitMix64,
    seed: u64,
    /// End index (exclusive) of each month's events.
    month_ends: Vec<usize>,
    month: usize,
    i: usize,
    n: usize,
}

impl Iterator for Generator {
    type Item = Event;

    fn next(&mut self) -> Option<Event> {
        if self.i >= self.n {
            return None;
        }
        while self.month + 1 < self.month_ends.len() && self.i >= self.month_ends[self.month] {
            self.month += 1;
        }
        let year = FIRST_YEAR + (self.month / 12) as i32;
        let month = (self.month % 12) as u32 + 1;
        let day = 1 + self.rng.below(28) as u32;
        let event_date = NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default();
        let pub_date = event_date + chrono::Days::new(self.rng.below(3));
        let combo = self.dist.draw(&mut self.rng).clone();
        let doc_id = format!("gen-{:x}-{}", self.seed, self.i / EVENTS_PER_DOC);
        let sentence = (self.i % EVENTS_PER_DOC) as u32;
        let source = format!("{}{}", combo.source_country, combo.source_agent);
        let target = format!("{}{}", combo.target_country, combo.target_agent);
        let table = cameo::lookup_or_parent(&combo.cameo);
        let root = cameo::root_of(&combo.cameo).unwrap_or(0);
        let modality = match self.rng.below(100) {
            0..=84 => Modality::Asserted,
            85..=94 => Modality::Intended,
            95..=97 => Modality::Hypothetical,
            _ => Modality::Negated,
        };
        let mut mentions = 1;
        while mentions < 50 && self.rng.below(3) == 0 {
            mentions += 1;
        }
        self.i += 1;
        Some(Event {
            event_id: dyad_event::event_id(&doc_id, sentence, &source, &target, &combo.cameo),
            doc_id,
            sentence,
            pub_date,
            event_date,
            date_precision: DatePrecision::Day,
            source,
            target,
            source_country: combo.source_country,
            target_country: combo.target_country,
            source_agent: combo.source_agent,
            target_agent: combo.target_agent,
            source_text: String::new(),
            target_text: String::new(),
            root,
            quad_class: cameo::quad_class_of_root(root),
            goldstein: table.map(|c| c.goldstein).unwrap_or(0.0),
            plover_type: table.map(|c| c.plover_type.clone()).unwrap_or_default(),
            plover_mode: table.map(|c| c.plover_mode.clone()).unwrap_or_default(),
            plover_context: table.map(|c| c.plover_context.clone()).unwrap_or_default(),
            cameo: combo.cameo,
            modality,
            location: None,
            quantities: Vec::new(),
            evidence: Evidence::default(),
            num_mentions: mentions,
            num_articles: 1 + mentions / 3,
            source_url: None,
        })
    }
}

/// `n` synthetic events in chronological month order over 2015–2024, drawing
/// (source country, target country, CAMEO code) combinations from the GDELT
/// export at `gdelt_sample` (the built-in distribution when `None` or when the
/// file cannot be read — use [`Distribution::from_gdelt`] to see the error).
/// The same `(n, seed, sample)` always gives the same events.
pub fn generate_events(
    n: usize,
    seed: u64,
    gdelt_sample: Option<&Path>,
) -> impl Iterator<Item = Event> {
    let dist = gdelt_sample
        .and_then(|p| Distribution::from_gdelt(p).ok())
        .unwrap_or_else(Distribution::builtin);
    generate_from(dist, n, seed)
}

/// `n` synthetic events drawn from `dist` (see [`generate_events`]).
pub fn generate_from(dist: Distribution, n: usize, seed: u64) -> impl Iterator<Item = Event> {
    let weights: Vec<f64> = (0..MONTHS).map(month_weight).collect();
    let total: f64 = weights.iter().sum();
    let mut acc = 0.0;
    let month_ends = weights
        .iter()
        .map(|w| {
            acc += w;
            ((acc / total) * n as f64).round() as usize
        })
        .collect();
    Generator {
        dist,
        rng: SplitMix64::new(seed),
        seed,
        month_ends,
        month: 0,
        i: 0,
        n,
    }
}

/// Generate `n` events and commit them to `store` in batches of
/// [`GENERATE_BATCH`] (memory stays bounded by one batch). Returns the summed
/// commit statistics.
pub fn write_generated(
    store: &mut Store,
    n: usize,
    seed: u64,
    sample: Option<&Path>,
) -> Result<CommitStats, StoreError> {
    let dist = match sample {
        Some(p) => Distribution::from_gdelt(p)?,
        None => Distribution::builtin(),
    };
    let mut total = CommitStats::default();
    let mut events = generate_from(dist, n, seed).peekable();
    while events.peek().is_some() {
        let chunk: Vec<Event> = events.by_ref().take(GENERATE_BATCH).collect();
        let mut documents: Vec<DocRecord> = Vec::with_capacity(chunk.len() / EVENTS_PER_DOC + 1);
        for e in &chunk {
            if documents.last().is_none_or(|d| d.doc_id != e.doc_id) {
                documents.push(DocRecord {
                    doc_id: e.doc_id.clone(),
                    content_hash: format!(
                        "{:016x}",
                        dyad_event::stable_hash(&[e.doc_id.as_bytes()])
                    ),
                    pub_date: e.pub_date,
                });
            }
        }
        let s = store.commit_batch(IngestBatch {
            documents,
            events: chunk,
            indicators: Vec::new(),
        })?;
        total.batch = s.batch.or(total.batch);
        total.documents_added += s.documents_added;
        total.documents_skipped += s.documents_skipped;
        total.events_written += s.events_written;
        total.events_skipped += s.events_skipped;
        total.files += s.files;
        total.bytes += s.bytes;
    }
    Ok(total)
}
