//! The event store: a directory of immutable Parquet files made visible
//! atomically by rewriting `manifest.json`.
//!
//! Layout:
//! ```text
//! <store>/manifest.json                                   the commit point
//! <store>/events/event_month=YYYY-MM/part-<batch>-<n>.parquet
//! <store>/indicators/part-<batch>.parquet
//! <store>/documents/part-<batch>.jsonl                    document hashes a batch added
//! <store>/.lock                                           held by the one writer
//! ```
//! A file that is on disk but not listed by the manifest (left by a crash) is
//! never read, and the next writer to open the store deletes it.

use std::collections::{BTreeMap, HashSet};
use std::fs::{self, File};
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use arrow_array::RecordBatch;
use chrono::{Datelike, NaiveDate};
use dyad_event::{Event, Indicator};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::arrow::{ArrowWriter, ProjectionMask};
use parquet::basic::Compression;
use parquet::file::properties::{EnabledStatistics, WriterProperties};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::schema::{
    batch_to_events, batch_to_indicators, events_to_batch, indicators_to_batch, EVENT_COLUMNS,
    SCHEMA_VERSION,
};

/// Rows per Parquet row group.
pub const ROW_GROUP_ROWS: usize = 64 * 1024;
/// Most rows written to one event file; larger month groups are split.
pub const MAX_FILE_ROWS: usize = 4 * 1024 * 1024;
/// Rows per record batch handed out by [`Store::scan`].
pub const SCAN_BATCH_ROWS: usize = 64 * 1024;

/// Everything that can go wrong opening, writing or reading a store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A filesystem operation failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or directory involved.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Reading or writing a Parquet file failed.
    #[error("{path}: {source}")]
    Parquet {
        /// The Parquet file.
        path: PathBuf,
        /// The underlying error.
        source: parquet::errors::ParquetError,
    },
    /// Building or slicing an Arrow record batch failed.
    #[error("arrow: {0}")]
    Arrow(#[from] arrow_schema::ArrowError),
    /// The store was written by another schema version.
    #[error("store at {path} was written by schema {found}; this dyad reads schema {SCHEMA_VERSION} — re-ingest or run `dyad export` with the older version")]
    SchemaVersion {
        /// The store directory.
        path: PathBuf,
        /// The schema version its manifest records.
        found: u64,
    },
    /// The manifest or a documents file is not what this version writes.
    #[error("{path}:{line}: {message}")]
    Manifest {
        /// The file.
        path: PathBuf,
        /// 1-based line (0 when the whole file is at fault).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A file's columns do not match the event or indicator schema.
    #[error("schema mismatch: {0}")]
    Schema(String),
    /// A value could not be encoded.
    #[error("encode: {0}")]
    Encode(String),
    /// A projection named a column the event schema does not have.
    #[error("unknown column {0:?} (known: event_id, doc_id, sentence, ... see dyad_store::EVENT_COLUMNS)")]
    UnknownColumn(String),
    /// Another process holds the writer lock; this handle can only read.
    #[error("store at {0} is open for writing by another process; this handle is read-only")]
    ReadOnly(PathBuf),
}

/// A document in an ingest batch: the key for idempotent ingest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocRecord {
    /// The id events refer to (`Event::doc_id`).
    pub doc_id: String,
    /// Hash of the document's content; a document whose hash is in the store is skipped.
    pub content_hash: String,
    /// The document's date.
    pub pub_date: NaiveDate,
}

/// What one commit adds.
///
/// Documents already in the store (by `content_hash`) are skipped and so are
/// the events and indicators whose `doc_id` belongs to a skipped document only.
/// When the batch lists documents and every one is skipped, nothing is
/// written at all (so re-importing a file recorded as one document is a no-op
/// even when its events carry other ids, e.g. GDELT rows keyed by URL).
#[derive(Debug, Clone, Default)]
pub struct IngestBatch {
    /// Documents coded in this batch.
    pub documents: Vec<DocRecord>,
    /// Their events.
    pub events: Vec<Event>,
    /// Their trade/aid indicators.
    pub indicators: Vec<Indicator>,
}

/// What a commit did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommitStats {
    /// The batch id, `None` when nothing was written.
    pub batch: Option<u64>,
    /// Documents added.
    pub documents_added: usize,
    /// Documents skipped because the store (or this batch) already had them.
    pub documents_skipped: usize,
    /// Events written.
    pub events_written: usize,
    /// Events dropped because their document was skipped.
    pub events_skipped: usize,
    /// Indicators written.
    pub indicators_written: usize,
    /// Parquet files written.
    pub files: usize,
    /// Bytes written (Parquet and documents files).
    pub bytes: u64,
}

/// Which events a scan reads.
#[derive(Debug, Clone, Default)]
pub struct ScanFilter<'a> {
    /// First month (year, month), inclusive.
    pub from_month: Option<(i32, u32)>,
    /// Last month (year, month), inclusive.
    pub to_month: Option<(i32, u32)>,
    /// Columns to read, in the order wanted; `None` reads all of [`EVENT_COLUMNS`].
    pub columns: Option<Vec<&'a str>>,
    /// Keep only rows between two actors, in either direction (pushed down into
    /// the Parquet reader: other columns are decoded only for matching rows).
    pub dyad: Option<DyadFilter>,
    /// Keep only these events (pushed down like `dyad`); for fetching the
    /// evidence of a few events after an aggregate scan.
    pub event_ids: Option<std::sync::Arc<HashSet<u64>>>,
}

/// Rows whose source matches one actor and whose target matches the other, in
/// either direction. An actor spec matches when it equals the country column or
/// is a prefix of the full actor code (`RUS` matches `RUSGOV`; `RUSGOV` matches
/// `RUSGOV` and `RUSGOVMIL`), as the dyad report defines it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DyadFilter {
    /// First actor spec.
    pub a: String,
    /// Second actor spec.
    pub b: String,
}

impl DyadFilter {
    fn matches(spec: &str, code: &str, country: &str) -> bool {
        !spec.is_empty() && (country == spec || code.starts_with(spec))
    }

    /// Whether a row with these values passes.
    pub fn keeps(
        &self,
        source: &str,
        source_country: &str,
        target: &str,
        target_country: &str,
    ) -> bool {
        let m = Self::matches;
        (m(&self.a, source, source_country) && m(&self.b, target, target_country))
            || (m(&self.b, source, source_country) && m(&self.a, target, target_country))
    }
}

/// What a scan reads (see [`Store::scan_plan`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ScanPlan {
    /// Event files opened (after month pruning).
    pub files: usize,
    /// Row groups in those files.
    pub row_groups: usize,
    /// Row groups actually decoded.
    pub row_groups_read: usize,
}

/// Size of a store as its manifest records it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct StoreStats {
    /// Event rows.
    pub events: u64,
    /// Documents ingested.
    pub documents: u64,
    /// Indicator rows.
    pub indicators: u64,
    /// Distinct event months.
    pub months: usize,
    /// Committed batches.
    pub batches: usize,
    /// Data files listed by the manifest.
    pub files: usize,
    /// Bytes of the listed files.
    pub bytes: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum FileKind {
    Events,
    Indicators,
    Documents,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct FileEntry {
    /// Relative to the store directory, `/`-separated.
    path: String,
    kind: FileKind,
    /// `YYYY-MM` for event files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    month: Option<String>,
    rows: u64,
    bytes: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct BatchEntry {
    id: u64,
    committed_at: String,
    #[serde(default)]
    model_version: String,
    #[serde(default)]
    dictionary_version: String,
    documents: u64,
    events: u64,
    indicators: u64,
    files: Vec<FileEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Manifest {
    schema_version: u32,
    next_batch: u64,
    batches: Vec<BatchEntry>,
}

impl Manifest {
    fn empty() -> Self {
        Manifest {
            schema_version: SCHEMA_VERSION,
            next_batch: 1,
            batches: Vec::new(),
        }
    }
    fn files(&self) -> impl Iterator<Item = &FileEntry> {
        self.batches.iter().flat_map(|b| b.files.iter())
    }
}

/// An event store directory. See the module docs for the layout.
///
/// A `Store` reads the manifest once when opened: scans see exactly the files
/// it lists (a consistent snapshot) until [`Store::refresh`] or a commit
/// through this handle.
#[derive(Debug)]
pub struct Store {
    dir: PathBuf,
    manifest: Manifest,
    /// Content hashes of stored documents, read on first use (readers that only
    /// scan events never pay for it).
    documents: std::sync::OnceLock<HashSet<String>>,
    /// Held while this handle is the writer; the OS releases it if the process dies.
    lock: Option<File>,
    model_version: String,
    dictionary_version: String,
    /// Rows per Parquet row group in the files this handle writes.
    row_group_rows: usize,
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn pq_err(path: &Path) -> impl FnOnce(parquet::errors::ParquetError) -> StoreError + '_ {
    move |source| StoreError::Parquet {
        path: path.to_path_buf(),
        source,
    }
}

fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    File::open(dir)
        .and_then(|f| f.sync_all())
        .map_err(io_err(dir))
}

fn month_key(d: NaiveDate) -> (i32, u32) {
    (d.year(), d.month())
}

fn month_string((y, m): (i32, u32)) -> String {
    format!("{y:04}-{m:02}")
}

/// The month of a Hive partition path (`events/event_month=YYYY-MM/part-...`).
fn partition_month(path: &str) -> Option<(i32, u32)> {
    path.split('/')
        .find_map(|seg| seg.strip_prefix("event_month="))
        .and_then(parse_month)
}

/// Parse `YYYY-MM` (also the `event_month=YYYY-MM` directory names).
pub fn parse_month(s: &str) -> Option<(i32, u32)> {
    let (y, m) = s.split_once('-')?;
    let y: i32 = y.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    (1..=12).contains(&m).then_some((y, m))
}

impl Store {
    /// Open the store at `dir`, creating it if missing.
    ///
    /// The first handle to open a store becomes its writer: it takes the lock
    /// and deletes files left by an interrupted commit. While another process
    /// holds the lock (still after 0.2 s of retries) the handle opens
    /// read-only ([`Store::is_writer`] is false and [`Store::commit_batch`]
    /// fails with [`StoreError::ReadOnly`]).
    pub fn open(dir: impl AsRef<Path>) -> Result<Store, StoreError> {
        let dir = dir.as_ref().to_path_buf();
        fs::create_dir_all(&dir).map_err(io_err(&dir))?;
        let lock_path = dir.join(".lock");
        let lock_file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(io_err(&lock_path))?;
        // (A lock just released can still be held for a moment by a process
        // forked while it was open, until that process execs: a few short
        // retries before settling for read-only.)
        let mut lock = None;
        for attempt in 0..20 {
            match lock_file.try_lock() {
                Ok(()) => {
                    lock = Some(lock_file);
                    break;
                }
                Err(fs::TryLockError::WouldBlock) if attempt < 19 => {
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
                Err(fs::TryLockError::WouldBlock) => break,
                Err(fs::TryLockError::Error(e)) => return Err(io_err(&lock_path)(e)),
            }
        }
        let store = Self::open_snapshot(dir, lock)?;
        if store.lock.is_some() {
            if !store.dir.join("manifest.json").exists() {
                store.write_manifest(&store.manifest.clone())?;
            }
            store.remove_uncommitted()?;
        }
        Ok(store)
    }

    /// Open an existing store for reading only: no lock, no clean-up, no creation.
    pub fn open_read_only(dir: impl AsRef<Path>) -> Result<Store, StoreError> {
        let dir = dir.as_ref().to_path_buf();
        if !dir.is_dir() {
            return Err(StoreError::Io {
                path: dir,
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "no store here"),
            });
        }
        Self::open_snapshot(dir, None)
    }

    fn open_snapshot(dir: PathBuf, lock: Option<File>) -> Result<Store, StoreError> {
        let manifest = read_manifest(&dir)?;
        Ok(Store {
            dir,
            manifest,
            documents: std::sync::OnceLock::new(),
            lock,
            model_version: String::new(),
            dictionary_version: String::new(),
            row_group_rows: ROW_GROUP_ROWS,
        })
    }

    /// Re-read the manifest, seeing batches committed since this handle opened.
    pub fn refresh(&mut self) -> Result<(), StoreError> {
        self.manifest = read_manifest(&self.dir)?;
        self.documents = std::sync::OnceLock::new();
        Ok(())
    }

    /// The store directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Whether this handle holds the writer lock.
    pub fn is_writer(&self) -> bool {
        self.lock.is_some()
    }

    /// Rows per Parquet row group in the event files this handle writes from
    /// now on (default [`ROW_GROUP_ROWS`]; at least 1). Smaller groups let a
    /// dyad scan skip more rows and cost more metadata.
    pub fn set_row_group_rows(&mut self, rows: usize) {
        self.row_group_rows = rows.max(1);
    }

    /// How a scan with this filter would read the store: files opened and row
    /// groups read out of those in the files (row groups are skipped by month
    /// and, with a dyad filter, by the actor columns' statistics).
    pub fn scan_plan(&self, filter: &ScanFilter) -> Result<ScanPlan, StoreError> {
        let mut plan = ScanPlan::default();
        for p in self.event_files(filter) {
            let file = File::open(&p).map_err(io_err(&p))?;
            let builder = ParquetRecordBatchReaderBuilder::try_new(file).map_err(pq_err(&p))?;
            let total = builder.metadata().num_row_groups();
            let read = match &filter.dyad {
                Some(d) => {
                    let idx = actor_column_indices(builder.schema(), &p)?;
                    prune_row_groups(builder.metadata(), &idx, d).len()
                }
                None => total,
            };
            plan.files += 1;
            plan.row_groups += total;
            plan.row_groups_read += read;
        }
        Ok(plan)
    }

    /// Record the model and dictionary versions for the batches committed next.
    pub fn set_versions(&mut self, model_version: &str, dictionary_version: &str) {
        self.model_version = model_version.to_string();
        self.dictionary_version = dictionary_version.to_string();
    }

    /// Whether a document with this content hash is in the store.
    ///
    /// The document list is read on first use; if it cannot be read this says
    /// `false` (the document is coded again) and the next commit reports the error.
    pub fn has_document(&self, hash: &str) -> bool {
        if self.documents.get().is_none() {
            if let Ok(d) = read_documents(&self.dir, &self.manifest) {
                let _ = self.documents.set(d);
            }
        }
        self.documents.get().is_some_and(|d| d.contains(hash))
    }

    /// Delete files under events/, indicators/ and documents/ that the manifest
    /// does not list (left by a commit that never reached its manifest).
    fn remove_uncommitted(&self) -> Result<usize, StoreError> {
        let listed: HashSet<PathBuf> = self
            .manifest
            .files()
            .map(|f| self.dir.join(&f.path))
            .collect();
        let mut removed = 0;
        for sub in ["events", "indicators", "documents"] {
            let root = self.dir.join(sub);
            if !root.is_dir() {
                continue;
            }
            let mut stack = vec![root];
            while let Some(d) = stack.pop() {
                for entry in fs::read_dir(&d).map_err(io_err(&d))? {
                    let entry = entry.map_err(io_err(&d))?;
                    let p = entry.path();
                    let ft = entry.file_type().map_err(io_err(&p))?;
                    if ft.is_dir() {
                        stack.push(p);
                    } else if !listed.contains(&p) {
                        fs::remove_file(&p).map_err(io_err(&p))?;
                        removed += 1;
                    }
                }
            }
        }
        let tmp = self.dir.join("manifest.json.tmp");
        if tmp.exists() {
            fs::remove_file(&tmp).map_err(io_err(&tmp))?;
        }
        Ok(removed)
    }

    fn write_manifest(&self, manifest: &Manifest) -> Result<(), StoreError> {
        let tmp = self.dir.join("manifest.json.tmp");
        let dst = self.dir.join("manifest.json");
        let json = serde_json::to_vec_pretty(manifest)
            .map_err(|e| StoreError::Encode(format!("manifest: {e}")))?;
        {
            let mut f = File::create(&tmp).map_err(io_err(&tmp))?;
            f.write_all(&json).map_err(io_err(&tmp))?;
            f.sync_all().map_err(io_err(&tmp))?;
        }
        fs::rename(&tmp, &dst).map_err(io_err(&dst))?;
        sync_dir(&self.dir)
    }

    /// Commit a batch: write its files under temporary names, fsync, rename them
    /// into place, then replace `manifest.json` (the commit point).
    ///
    /// Idempotent: documents already present are skipped with their events
    /// (see [`IngestBatch`]).
    pub fn commit_batch(&mut self, batch: IngestBatch) -> Result<CommitStats, StoreError> {
        if self.lock.is_none() {
            return Err(StoreError::ReadOnly(self.dir.clone()));
        }
        if self.documents.get().is_none() {
            let d = read_documents(&self.dir, &self.manifest)?;
            let _ = self.documents.set(d);
        }
        // Taken out of the cache for the commit (re-read lazily if the commit fails).
        let known = self.documents.take().unwrap_or_default();
        let mut stats = CommitStats::default();
        let mut new_docs: Vec<DocRecord> = Vec::new();
        let mut seen: HashSet<&str> = HashSet::new();
        let mut skipped_ids: HashSet<String> = HashSet::new();
        for d in &batch.documents {
            if known.contains(&d.content_hash) || !seen.insert(d.content_hash.as_str()) {
                stats.documents_skipped += 1;
                skipped_ids.insert(d.doc_id.clone());
            } else {
                new_docs.push(d.clone());
            }
        }
        if !batch.documents.is_empty() && new_docs.is_empty() {
            stats.events_skipped = batch.events.len();
            return Ok(stats);
        }
        let new_ids: HashSet<&str> = new_docs.iter().map(|d| d.doc_id.as_str()).collect();
        let keep = |doc_id: &str| !skipped_ids.contains(doc_id) || new_ids.contains(doc_id);
        let mut by_month: BTreeMap<(i32, u32), Vec<&Event>> = BTreeMap::new();
        for e in &batch.events {
            if keep(&e.doc_id) {
                by_month.entry(month_key(e.event_date)).or_default().push(e);
            } else {
                stats.events_skipped += 1;
            }
        }
        let indicators: Vec<Indicator> = batch
            .indicators
            .iter()
            .filter(|i| keep(&i.doc_id))
            .cloned()
            .collect();

        let id = self.manifest.next_batch;
        // One job per output file; months are independent, so encode them in parallel.
        let mut jobs: Vec<((i32, u32), usize, Vec<&Event>)> = Vec::new();
        for (month, mut events) in by_month {
            // Rows are clustered by dyad so that each row group's min/max
            // statistics on the actor columns are narrow: a dyad scan then
            // skips the row groups that cannot hold the dyad (see `prune_row_groups`).
            events.sort_by(|a, b| {
                (
                    &a.source_country,
                    &a.target_country,
                    &a.source,
                    &a.target,
                    a.event_date,
                    &a.doc_id,
                    a.sentence,
                    a.event_id,
                )
                    .cmp(&(
                        &b.source_country,
                        &b.target_country,
                        &b.source,
                        &b.target,
                        b.event_date,
                        &b.doc_id,
                        b.sentence,
                        b.event_id,
                    ))
            });
            for (n, chunk) in events.chunks(MAX_FILE_ROWS).enumerate() {
                jobs.push((month, n, chunk.to_vec()));
            }
        }
        let mut written: Vec<(PathBuf, PathBuf, FileEntry)> = jobs
            .into_par_iter()
            .map(|(month, n, events)| {
                let rel = format!(
                    "events/event_month={}/part-{id:06}-{n}.parquet",
                    month_string(month)
                );
                let final_path = self.dir.join(&rel);
                let tmp = final_path.with_file_name(format!(".tmp-part-{id:06}-{n}"));
                let record_batch = events_to_batch(&events)?;
                let bytes = write_parquet(&tmp, &record_batch, self.row_group_rows)?;
                let entry = FileEntry {
                    path: rel,
                    kind: FileKind::Events,
                    month: Some(month_string(month)),
                    rows: events.len() as u64,
                    bytes,
                };
                Ok((tmp, final_path, entry))
            })
            .collect::<Result<_, StoreError>>()?;
        if !indicators.is_empty() {
            let rel = format!("indicators/part-{id:06}.parquet");
            let final_path = self.dir.join(&rel);
            let tmp = self.dir.join(format!("indicators/.tmp-part-{id:06}"));
            let bytes = write_parquet(&tmp, &indicators_to_batch(&indicators)?, ROW_GROUP_ROWS)?;
            let entry = FileEntry {
                path: rel,
                kind: FileKind::Indicators,
                month: None,
                rows: indicators.len() as u64,
                bytes,
            };
            written.push((tmp, final_path, entry));
        }
        if !new_docs.is_empty() {
            let rel = format!("documents/part-{id:06}.jsonl");
            let final_path = self.dir.join(&rel);
            let tmp = self.dir.join(format!("documents/.tmp-part-{id:06}"));
            let bytes = write_documents(&tmp, &new_docs)?;
            let entry = FileEntry {
                path: rel,
                kind: FileKind::Documents,
                month: None,
                rows: new_docs.len() as u64,
                bytes,
            };
            written.push((tmp, final_path, entry));
        }
        let mut dirs: HashSet<PathBuf> = HashSet::new();
        for (tmp, final_path, _) in &written {
            fs::rename(tmp, final_path).map_err(io_err(final_path))?;
            if let Some(parent) = final_path.parent() {
                dirs.insert(parent.to_path_buf());
            }
        }
        for d in &dirs {
            sync_dir(d)?;
        }
        // Partition directories may be new: make their entries durable too.
        sync_dir(&self.dir.join("events")).ok();

        let files: Vec<FileEntry> = written.into_iter().map(|(_, _, e)| e).collect();
        stats.batch = Some(id);
        stats.documents_added = new_docs.len();
        stats.events_written = files
            .iter()
            .filter(|f| f.kind == FileKind::Events)
            .map(|f| f.rows as usize)
            .sum();
        stats.indicators_written = indicators.len();
        stats.files = files
            .iter()
            .filter(|f| f.kind != FileKind::Documents)
            .count();
        stats.bytes = files.iter().map(|f| f.bytes).sum();
        let mut manifest = self.manifest.clone();
        manifest.batches.push(BatchEntry {
            id,
            committed_at: chrono::Utc::now().to_rfc3339(),
            model_version: self.model_version.clone(),
            dictionary_version: self.dictionary_version.clone(),
            documents: new_docs.len() as u64,
            events: stats.events_written as u64,
            indicators: indicators.len() as u64,
            files,
        });
        manifest.next_batch = id + 1;
        self.write_manifest(&manifest)?;
        self.manifest = manifest;
        let mut docs = known;
        docs.extend(new_docs.into_iter().map(|d| d.content_hash));
        self.documents = std::sync::OnceLock::from(docs);
        Ok(stats)
    }

    fn event_entries(&self, filter: &ScanFilter) -> Vec<&FileEntry> {
        let mut files: Vec<&FileEntry> = self
            .manifest
            .files()
            .filter(|f| f.kind == FileKind::Events)
            .filter(|f| {
                let month =
                    partition_month(&f.path).or_else(|| f.month.as_deref().and_then(parse_month));
                let Some(m) = month else {
                    return true;
                };
                filter.from_month.is_none_or(|from| m >= from)
                    && filter.to_month.is_none_or(|to| m <= to)
            })
            .collect();
        files.sort_by(|a, b| a.month.cmp(&b.month).then_with(|| a.path.cmp(&b.path)));
        files
    }

    /// The event files a scan with this filter reads, in scan order (by month,
    /// then file name) — for engines that read the Parquet files themselves.
    pub fn event_files(&self, filter: &ScanFilter) -> Vec<PathBuf> {
        self.event_entries(filter)
            .into_iter()
            .map(|f| self.dir.join(&f.path))
            .collect()
    }

    /// Read events as Arrow record batches: months outside the filter are not
    /// opened, only the requested columns are decoded, files are read in
    /// parallel and returned in a fixed order (month, then file name).
    pub fn scan(&self, filter: &ScanFilter) -> Result<Vec<RecordBatch>, StoreError> {
        self.scan_map(filter, RecordBatch::clone)
    }

    /// Like [`Store::scan`], but hands each record batch to `f` as soon as it is
    /// decoded (in parallel across files) instead of keeping every batch in
    /// memory; the results come back in scan order (month, file name, row).
    /// Use it to aggregate large stores with bounded memory.
    pub fn scan_map<T, F>(&self, filter: &ScanFilter, f: F) -> Result<Vec<T>, StoreError>
    where
        T: Send,
        F: Fn(&RecordBatch) -> T + Sync,
    {
        let wanted = self.wanted_columns(filter)?;
        let files = self.event_files(filter);
        let per_file: Vec<Vec<T>> = files
            .par_iter()
            .map(|p| {
                let mut out = Vec::new();
                for_each_projected(
                    p,
                    &wanted,
                    filter.dyad.as_ref(),
                    filter.event_ids.as_ref(),
                    |b| out.push(f(&b)),
                )?;
                Ok(out)
            })
            .collect::<Result<_, StoreError>>()?;
        Ok(per_file.into_iter().flatten().collect())
    }

    /// Map each event file's batches (read as [`Store::scan`] reads them) to a
    /// value, in parallel, and combine the values with `reduce`; `None` when no
    /// file is read. Only a few files' batches are held at a time, so this
    /// aggregates stores larger than memory. `reduce` must not depend on the
    /// order it is applied in (sums, unions).
    pub fn scan_reduce<T, E, M, R>(
        &self,
        filter: &ScanFilter,
        map: M,
        reduce: R,
    ) -> Result<Option<T>, E>
    where
        T: Send,
        E: From<StoreError> + Send,
        M: Fn(Vec<RecordBatch>) -> Result<T, E> + Sync,
        R: Fn(T, T) -> T + Sync,
    {
        let wanted = self.wanted_columns(filter)?;
        let files = self.event_files(filter);
        files
            .par_iter()
            .map(|p| {
                let mut batches = Vec::new();
                for_each_projected(
                    p,
                    &wanted,
                    filter.dyad.as_ref(),
                    filter.event_ids.as_ref(),
                    |b| batches.push(b),
                )?;
                map(batches)
            })
            .try_reduce_with(|a, b| Ok(reduce(a, b)))
            .transpose()
    }

    fn wanted_columns<'a>(&self, filter: &ScanFilter<'a>) -> Result<Vec<&'a str>, StoreError> {
        let wanted: Vec<&str> = match &filter.columns {
            Some(c) => c.clone(),
            None => EVENT_COLUMNS.to_vec(),
        };
        for c in &wanted {
            if !EVENT_COLUMNS.contains(c) {
                return Err(StoreError::UnknownColumn(c.to_string()));
            }
        }
        Ok(wanted)
    }

    /// Read events back as [`Event`]s (all columns; meant for small results and evidence).
    pub fn scan_events(&self, filter: &ScanFilter) -> Result<Vec<Event>, StoreError> {
        let all = ScanFilter {
            columns: None,
            ..filter.clone()
        };
        let mut out = Vec::new();
        for b in self.scan(&all)? {
            out.extend(batch_to_events(&b)?);
        }
        Ok(out)
    }

    /// Every indicator in the store, in commit order.
    pub fn indicators(&self) -> Result<Vec<Indicator>, StoreError> {
        let mut out = Vec::new();
        for f in self
            .manifest
            .files()
            .filter(|f| f.kind == FileKind::Indicators)
        {
            let p = self.dir.join(&f.path);
            let file = File::open(&p).map_err(io_err(&p))?;
            let reader = ParquetRecordBatchReaderBuilder::try_new(file)
                .and_then(|b| b.with_batch_size(SCAN_BATCH_ROWS).build())
                .map_err(pq_err(&p))?;
            for b in reader {
                out.extend(batch_to_indicators(&b?)?);
            }
        }
        Ok(out)
    }

    /// Counts and sizes from the manifest.
    pub fn stats(&self) -> StoreStats {
        let mut months = HashSet::new();
        let mut s = StoreStats {
            batches: self.manifest.batches.len(),
            ..Default::default()
        };
        for f in self.manifest.files() {
            s.bytes += f.bytes;
            s.files += 1;
            match f.kind {
                FileKind::Events => {
                    s.events += f.rows;
                    if let Some(m) = &f.month {
                        months.insert(m.clone());
                    }
                }
                FileKind::Indicators => s.indicators += f.rows,
                FileKind::Documents => s.documents += f.rows,
            }
        }
        s.months = months.len();
        s
    }

    /// The event months present (sorted).
    pub fn months(&self) -> Vec<(i32, u32)> {
        let mut m: Vec<(i32, u32)> = self
            .manifest
            .files()
            .filter_map(|f| f.month.as_deref().and_then(parse_month))
            .collect();
        m.sort_unstable();
        m.dedup();
        m
    }
}

fn writer_properties(row_group_rows: usize) -> WriterProperties {
    WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_dictionary_enabled(true)
        .set_statistics_enabled(EnabledStatistics::Chunk)
        .set_max_row_group_row_count(Some(row_group_rows))
        .build()
}

/// Write one record batch to a new Parquet file and fsync it; returns its size.
fn write_parquet(
    path: &Path,
    batch: &RecordBatch,
    row_group_rows: usize,
) -> Result<u64, StoreError> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(io_err(parent))?;
    }
    let file = File::create(path).map_err(io_err(path))?;
    let mut writer = ArrowWriter::try_new(
        file,
        batch.schema(),
        Some(writer_properties(row_group_rows)),
    )
    .map_err(pq_err(path))?;
    writer.write(batch).map_err(pq_err(path))?;
    let file = writer.into_inner().map_err(pq_err(path))?;
    file.sync_all().map_err(io_err(path))?;
    let len = file.metadata().map_err(io_err(path))?.len();
    Ok(len)
}

/// Write events to one standalone Parquet file with the store's event schema
/// (for `dyad export --format parquet`), in the given order; returns the row count.
pub fn write_parquet_file(path: &Path, events: &[Event]) -> Result<usize, StoreError> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).map_err(io_err(parent))?;
    }
    let file = File::create(path).map_err(io_err(path))?;
    let mut writer = ArrowWriter::try_new(
        file,
        crate::schema::event_schema(),
        Some(writer_properties(ROW_GROUP_ROWS)),
    )
    .map_err(pq_err(path))?;
    for chunk in events.chunks(ROW_GROUP_ROWS) {
        let refs: Vec<&Event> = chunk.iter().collect();
        writer
            .write(&events_to_batch(&refs)?)
            .map_err(pq_err(path))?;
    }
    let file = writer.into_inner().map_err(pq_err(path))?;
    file.sync_all().map_err(io_err(path))?;
    Ok(events.len())
}

fn write_documents(path: &Path, docs: &[DocRecord]) -> Result<u64, StoreError> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(io_err(parent))?;
    }
    let file = File::create(path).map_err(io_err(path))?;
    let mut w = BufWriter::new(file);
    for d in docs {
        serde_json::to_writer(&mut w, d)
            .map_err(|e| StoreError::Encode(format!("{}: {e}", path.display())))?;
        w.write_all(b"\n").map_err(io_err(path))?;
    }
    let file = w.into_inner().map_err(|e| io_err(path)(e.into_error()))?;
    file.sync_all().map_err(io_err(path))?;
    Ok(file.metadata().map_err(io_err(path))?.len())
}

fn read_manifest(dir: &Path) -> Result<Manifest, StoreError> {
    let path = dir.join("manifest.json");
    let text = match fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Manifest::empty()),
        Err(e) => return Err(io_err(&path)(e)),
    };
    let bad = |message: String| StoreError::Manifest {
        path: path.clone(),
        line: 0,
        message,
    };
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?;
    let version = value
        .get("schema_version")
        .and_then(|v| v.as_u64())
        .ok_or_else(|| bad("no schema_version".to_string()))?;
    if version != u64::from(SCHEMA_VERSION) {
        return Err(StoreError::SchemaVersion {
            path: dir.to_path_buf(),
            found: version,
        });
    }
    serde_json::from_value(value).map_err(|e| bad(e.to_string()))
}

fn read_documents(dir: &Path, manifest: &Manifest) -> Result<HashSet<String>, StoreError> {
    #[derive(Deserialize)]
    struct Hash {
        content_hash: String,
    }
    let mut out = HashSet::new();
    for f in manifest.files().filter(|f| f.kind == FileKind::Documents) {
        let p = dir.join(&f.path);
        let file = File::open(&p).map_err(io_err(&p))?;
        for (i, line) in BufReader::new(file).lines().enumerate() {
            let line = line.map_err(io_err(&p))?;
            if line.trim().is_empty() {
                continue;
            }
            let h: Hash = serde_json::from_str(&line).map_err(|e| StoreError::Manifest {
                path: p.clone(),
                line: i + 1,
                message: e.to_string(),
            })?;
            out.insert(h.content_hash);
        }
    }
    Ok(out)
}

/// The rows of `batch` (columns source, source_country, target, target_country
/// at positions `pos`) that the dyad filter keeps. Dictionary columns are judged
/// once per dictionary value, then rows are classified by their keys.
fn dyad_mask(
    batch: &RecordBatch,
    pos: &[usize],
    d: &DyadFilter,
) -> Result<arrow_array::BooleanArray, arrow_schema::ArrowError> {
    use arrow_array::cast::AsArray;
    use arrow_array::types::Int32Type;
    use arrow_array::Array;
    // Bit 1: matches spec a; bit 2: matches spec b. `prefix` for full codes, equality for countries.
    let bits = |i: usize, prefix: bool| -> Result<Vec<u8>, arrow_schema::ArrowError> {
        let judge = |v: &str| -> u8 {
            let hit = |spec: &str| {
                !spec.is_empty()
                    && if prefix {
                        v.starts_with(spec)
                    } else {
                        v == spec
                    }
            };
            u8::from(hit(&d.a)) | (u8::from(hit(&d.b)) << 1)
        };
        let col = batch.column(pos[i]);
        let n = col.len();
        if let Some(dict) = col.as_dictionary_opt::<Int32Type>() {
            let values = dict.values().as_string::<i32>();
            let table: Vec<u8> = (0..values.len()).map(|k| judge(values.value(k))).collect();
            let keys = dict.keys();
            let look = |k: i32| table.get(k as usize).copied().unwrap_or(0);
            if keys.null_count() == 0 {
                Ok(keys.values().iter().map(|&k| look(k)).collect())
            } else {
                Ok((0..n)
                    .map(|r| {
                        if keys.is_valid(r) {
                            look(keys.value(r))
                        } else {
                            0
                        }
                    })
                    .collect())
            }
        } else if let Some(a) = col.as_string_opt::<i32>() {
            Ok((0..n)
                .map(|r| if a.is_valid(r) { judge(a.value(r)) } else { 0 })
                .collect())
        } else {
            Err(arrow_schema::ArrowError::SchemaError(format!(
                "dyad filter: unexpected column type {}",
                col.data_type()
            )))
        }
    };
    let (src, srcc, tgt, tgtc) = (
        bits(0, true)?,
        bits(1, false)?,
        bits(2, true)?,
        bits(3, false)?,
    );
    let keep: Vec<bool> = (0..batch.num_rows())
        .map(|r| {
            let sb = src[r] | srcc[r];
            let tb = tgt[r] | tgtc[r];
            (sb & 1 != 0 && tb & 2 != 0) || (sb & 2 != 0 && tb & 1 != 0)
        })
        .collect();
    Ok(arrow_array::BooleanArray::from(keep))
}

/// File column indices of source, source_country, target and target_country.
fn actor_column_indices(
    schema: &arrow_schema::Schema,
    path: &Path,
) -> Result<Vec<usize>, StoreError> {
    ["source", "source_country", "target", "target_country"]
        .iter()
        .map(|c| {
            schema
                .index_of(c)
                .map_err(|_| StoreError::Schema(format!("{}: no column {c}", path.display())))
        })
        .collect()
}

/// The row groups of a file that may hold rows the dyad filter keeps, judged
/// from the min/max statistics of the columns source, source_country, target
/// and target_country (file column indices `idx`, in that order). A row group
/// without statistics is always kept; the judgement never drops a matching row.
fn prune_row_groups(
    meta: &parquet::file::metadata::ParquetMetaData,
    idx: &[usize],
    d: &DyadFilter,
) -> Vec<usize> {
    use parquet::file::statistics::Statistics;
    // (min, max) of a byte-array column chunk, if recorded.
    let range = |rg: &parquet::file::metadata::RowGroupMetaData, col: usize| match rg
        .column(col)
        .statistics()
    {
        Some(Statistics::ByteArray(s)) => match (s.min_opt(), s.max_opt()) {
            (Some(lo), Some(hi)) => Some((lo.data().to_vec(), hi.data().to_vec())),
            _ => None,
        },
        _ => None,
    };
    // Could a column with values in `r` equal `spec`?
    let may_equal = |r: &Option<(Vec<u8>, Vec<u8>)>, spec: &[u8]| match r {
        None => true,
        Some((lo, hi)) => lo.as_slice() <= spec && spec <= hi.as_slice(),
    };
    // Could a column with values in `r` hold a value starting with `spec`?
    let may_start = |r: &Option<(Vec<u8>, Vec<u8>)>, spec: &[u8]| match r {
        None => true,
        Some((lo, hi)) => hi.as_slice() >= spec && (lo.as_slice() <= spec || lo.starts_with(spec)),
    };
    (0..meta.num_row_groups())
        .filter(|&g| {
            let rg = meta.row_group(g);
            if idx.iter().any(|&c| c >= rg.num_columns()) {
                return true;
            }
            let (src, srcc, tgt, tgtc) = (
                range(rg, idx[0]),
                range(rg, idx[1]),
                range(rg, idx[2]),
                range(rg, idx[3]),
            );
            let side = |code: &Option<(Vec<u8>, Vec<u8>)>,
                        country: &Option<(Vec<u8>, Vec<u8>)>,
                        spec: &str| {
                !spec.is_empty()
                    && (may_equal(country, spec.as_bytes()) || may_start(code, spec.as_bytes()))
            };
            (side(&src, &srcc, &d.a) && side(&tgt, &tgtc, &d.b))
                || (side(&src, &srcc, &d.b) && side(&tgt, &tgtc, &d.a))
        })
        .collect()
}

/// Read one event file, decoding only `wanted` columns, and hand each batch
/// (columns in `wanted` order) to `f`.
fn for_each_projected(
    path: &Path,
    wanted: &[&str],
    dyad: Option<&DyadFilter>,
    event_ids: Option<&std::sync::Arc<HashSet<u64>>>,
    mut f: impl FnMut(RecordBatch),
) -> Result<(), StoreError> {
    let file = File::open(path).map_err(io_err(path))?;
    let builder = ParquetRecordBatchReaderBuilder::try_new(file).map_err(pq_err(path))?;
    let file_schema = builder.schema().clone();
    let mut roots = Vec::with_capacity(wanted.len());
    for c in wanted {
        let i = file_schema
            .index_of(c)
            .map_err(|_| StoreError::Schema(format!("{}: no column {c}", path.display())))?;
        roots.push(i);
    }
    let mut sorted = roots.clone();
    sorted.sort_unstable();
    sorted.dedup();
    // The reader yields columns in file order; map each wanted column to its position there.
    let order: Vec<usize> = roots
        .iter()
        .filter_map(|r| sorted.binary_search(r).ok())
        .collect();
    let mask = ProjectionMask::roots(builder.parquet_schema(), sorted.iter().copied());
    let mut builder = builder
        .with_projection(mask)
        .with_batch_size(SCAN_BATCH_ROWS);
    let mut predicates: Vec<Box<dyn parquet::arrow::arrow_reader::ArrowPredicate>> = Vec::new();
    if let Some(d) = dyad {
        let idx = actor_column_indices(&file_schema, path)?;
        let pmask = ProjectionMask::roots(builder.parquet_schema(), idx.iter().copied());
        // The predicate batch holds the four columns in file order.
        let mut by_file = idx.clone();
        by_file.sort_unstable();
        let pos: Vec<usize> = idx
            .iter()
            .map(|i| by_file.binary_search(i).unwrap_or(0))
            .collect();
        let groups = prune_row_groups(builder.metadata(), &idx, d);
        if groups.is_empty() {
            return Ok(());
        }
        if groups.len() < builder.metadata().num_row_groups() {
            builder = builder.with_row_groups(groups);
        }
        let d = d.clone();
        let pred = parquet::arrow::arrow_reader::ArrowPredicateFn::new(
            pmask,
            move |batch: RecordBatch| dyad_mask(&batch, &pos, &d),
        );
        predicates.push(Box::new(pred));
    }
    if let Some(ids) = event_ids {
        let i = file_schema
            .index_of("event_id")
            .map_err(|_| StoreError::Schema(format!("{}: no column event_id", path.display())))?;
        let pmask = ProjectionMask::roots(builder.parquet_schema(), [i]);
        let ids = std::sync::Arc::clone(ids);
        let pred = parquet::arrow::arrow_reader::ArrowPredicateFn::new(
            pmask,
            move |batch: RecordBatch| {
                use arrow_array::cast::AsArray;
                let col = batch
                    .column(0)
                    .as_primitive::<arrow_array::types::UInt64Type>();
                Ok(col
                    .iter()
                    .map(|v| Some(v.is_some_and(|v| ids.contains(&v))))
                    .collect())
            },
        );
        predicates.push(Box::new(pred));
    }
    if !predicates.is_empty() {
        builder = builder.with_row_filter(parquet::arrow::arrow_reader::RowFilter::new(predicates));
    }
    let reader = builder.build().map_err(pq_err(path))?;
    let identity = order.iter().enumerate().all(|(i, &o)| i == o) && order.len() == sorted.len();
    for b in reader {
        let b = b?;
        f(if identity { b } else { b.project(&order)? });
    }
    Ok(())
}
