//! dyad-store: the durable event table and the event data formats.
//!
//! The store is a directory of Parquet files partitioned Hive-style by event
//! month (`events/event_month=YYYY-MM/part-<batch>-<n>.parquet`), made visible
//! atomically by a `manifest.json` rewrite, ingested idempotently by document
//! hash, and scanned with month pruning, column projection and parallel
//! reads. Any engine that reads Hive-partitioned Parquet (DuckDB, Spark,
//! Polars, DataFusion) reads the same files. The [`formats`] module reads and
//! writes GDELT 1.0/2.0, ICEWS, JSON Lines, CSV and POLECAT/PLOVER JSON events.
//!
//! **Architecture invariant:** the store knows nothing about text, parsing,
//! dictionaries or coding: it takes and returns `dyad_event` values. Only this
//! crate knows the Parquet layout; the column names and types in
//! [`EVENT_COLUMNS`]/[`event_schema`] are the contract with `dyad-analysis`.
//!
//! ```no_run
//! use dyad_store::{IngestBatch, ScanFilter, Store};
//! let mut store = Store::open("dyad-store")?;
//! let stats = store.commit_batch(IngestBatch::default())?;
//! let batches = store.scan(&ScanFilter {
//!     from_month: Some((2022, 1)),
//!     to_month: Some((2023, 12)),
//!     columns: Some(vec!["source_country", "target_country", "quad_class"]),
//!     dyad: None,
//!     event_ids: None,
//! })?;
//! # let _ = (stats, batches);
//! # Ok::<(), dyad_store::StoreError>(())
//! ```

#![warn(missing_docs)]

pub mod formats;
pub mod generate;
pub mod schema;
mod store;

pub use generate::{generate_events, write_generated};
pub use schema::{event_schema, indicator_schema, EVENT_COLUMNS, SCHEMA_VERSION};
pub use store::{
    parse_month, write_parquet_file, CommitStats, DocRecord, DyadFilter, IngestBatch, ScanFilter,
    ScanPlan, Store, StoreError, StoreStats, MAX_FILE_ROWS, ROW_GROUP_ROWS, SCAN_BATCH_ROWS,
};
