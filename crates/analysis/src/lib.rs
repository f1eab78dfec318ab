//! The dyad analysis: from stored events to the answer to "is the relationship
//! between A and B symbolism or substance?".
//!
//! Input is Arrow record batches in the store's schema ([`event_schema`]; the
//! store reads them from Parquet). [`dyad_report`] scans them once — actor
//! predicates are evaluated per dictionary value, the scan reads only Int32
//! keys and day numbers, batches are processed in parallel — and builds a
//! [`DyadReport`]: the quad profile per period for A→B, B→A and both, the
//! symbolism index (per event, deduplicated and mention-weighted, each with a
//! seeded bootstrap interval), the cooperation ladder, top events with their
//! evidence, the pledge ledger, optional trade indicators, and a one-line
//! verdict. [`render_text`], [`render_csv`], [`chart_svg`] and [`chart_png`]
//! present it; JSON is its serde form. [`top_dyads`] ranks country pairs.
//!
//! **Architecture invariant:** this crate knows nothing about Parquet files,
//! directories or the store's layout (the CLI reads the store and passes
//! batches), and nothing about text, parsing or dictionaries. It only reads
//! columns by name, so any engine that produces the schema can feed it.
//!
//! ```
//! use dyad_analysis::{dyad_report, events_to_batch, render_text, DyadQuery};
//! let batch = events_to_batch(&[]).unwrap();
//! let report = dyad_report(&[batch], &DyadQuery::new("RUS", "AFG")).unwrap();
//! assert_eq!(report.rows_matched, 0);
//! assert_eq!(report.verdict.label, "too few events to judge");
//! assert!(render_text(&report).contains("VERDICT"));
//! ```

#![deny(missing_docs)]

mod batch;
mod chart;
mod columns;
mod dedup;
mod dyads;
mod error;
mod ledger;
mod render;
mod report;
pub mod rng;
mod select;
mod time;

pub use batch::{event_schema, events_to_batch};
pub use chart::{chart_png, chart_svg};
pub use dedup::{deduplicate, DuplicateGroup};
pub use dyads::{merge_top_dyads, top_dyads, DyadCount};
pub use error::AnalysisError;
pub use ledger::{pledge_ledger, LedgerEntry, LedgerLine, PledgeLedger, UnitTotal, UNNAMED_ITEM};
pub use render::{render_csv, render_text};
pub use report::{
    dyad_report, dyad_report_with_indicators, indicator_rows, verdict_label, DedupSummary,
    DyadQuery, DyadReport, LadderStep, ModalityCounts, NotAsserted, PeriodProfile, Quad,
    QuadCounts, QuadTop, Symbolism, SymbolismIndex, SymbolismSet, TopEvent, Verdict,
    INTERVAL_LEVEL, LEANING_SYMBOLIC, MIN_COOPERATION_EVENTS, MIXED, MOSTLY_SYMBOLIC,
    TOP_EVENTS_PER_QUAD,
};
pub use select::ActorSpec;
pub use time::{date_to_days, days_to_date, Period, YearMonth};
