//! `ingest`, `import`, `export`, `report`, `dyads`, `ledger`, `analyze` and the store benchmarks.

use std::fs::File;
use std::io::{BufReader, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use dyad_analysis::{DyadQuery, YearMonth};
use dyad_coder::pipeline::Pipeline;
use dyad_coder::{Coder, CoderOptions};
use dyad_event::Event;
use dyad_store::formats::{GdeltReader, IcewsReader, RowError};
use dyad_store::{DocRecord, IngestBatch, ScanFilter, Store};
use serde_json::json;

use crate::cmd_code::{code_docs, load_lexicon, load_model};
use crate::inputs::read_inputs;
use crate::{
    log, ExportFormat, ImportKind, InputArgs, Period, ReportArgs, ReportFormat, ScoreFormat,
};

fn parse_ym(s: Option<&str>, what: &str) -> Result<Option<YearMonth>> {
    let Some(s) = s else { return Ok(None) };
    let (y, m) = dyad_store::parse_month(s)
        .with_context(|| format!("{what} {s:?} is not a month (YYYY-MM)"))?;
    Ok(Some(
        YearMonth::new(y, m).with_context(|| format!("{what} {s:?} is not a month"))?,
    ))
}

fn period(p: Period) -> dyad_analysis::Period {
    match p {
        Period::Month => dyad_analysis::Period::Month,
        Period::Quarter => dyad_analysis::Period::Quarter,
        Period::Year => dyad_analysis::Period::Year,
    }
}

/// Code documents and commit them to the store in batches; returns (documents added, events written).
pub fn ingest(input: &InputArgs, store_dir: &Path, dict: Option<&Path>) -> Result<(usize, usize)> {
    let lex = load_lexicon(dict)?;
    let model = load_model()?;
    let docs = read_inputs(input)?;
    let mut store =
        Store::open(store_dir).with_context(|| format!("opening store {}", store_dir.display()))?;
    store.set_versions(
        &format!("dyad {} en_ewt", env!("CARGO_PKG_VERSION")),
        if dict.is_some() { "custom" } else { "bundled" },
    );
    // Documents already stored are not coded again.
    let total = docs.len();
    let docs: Vec<_> = docs
        .into_iter()
        .filter(|d| {
            !store.has_document(&format!(
                "{:016x}",
                dyad_event::stable_hash(&[d.text.as_bytes()])
            ))
        })
        .collect();
    if docs.len() < total {
        log!(
            "{} of {total} documents are already in the store; skipped",
            total - docs.len()
        );
    }
    let mut pipeline = Pipeline::new(&model, Coder::new(&lex, CoderOptions::default()));
    pipeline.default_date = match &input.date {
        Some(d) => dyad_text::temporal::parse_iso_date(d),
        None => None,
    };
    let mut batch = IngestBatch::default();
    let mut added = 0;
    let mut written = 0;
    let mut commit = |batch: &mut IngestBatch, store: &mut Store| -> Result<()> {
        let b = std::mem::take(batch);
        if b.documents.is_empty() {
            return Ok(());
        }
        let s = store.commit_batch(b).context("committing to the store")?;
        added += s.documents_added;
        written += s.events_written;
        Ok(())
    };
    code_docs(&pipeline, docs, |o| {
        let Some(date) = o.pub_date else {
            return Ok(());
        };
        batch.documents.push(DocRecord {
            doc_id: o.doc_id.clone(),
            content_hash: o.content_hash.clone(),
            pub_date: date,
        });
        batch.events.extend(o.events);
        batch.indicators.extend(o.indicators);
        if batch.documents.len() >= 2000 {
            commit(&mut batch, &mut store)?;
        }
        Ok(())
    })?;
    commit(&mut batch, &mut store)?;
    log!(
        "ingested {added} document(s), {written} event(s) into {}",
        store_dir.display()
    );
    Ok((added, written))
}

fn open_file(p: &Path) -> Result<BufReader<File>> {
    Ok(BufReader::with_capacity(
        1 << 20,
        File::open(p).with_context(|| format!("opening {}", p.display()))?,
    ))
}

/// Read every row of an import file: events plus located errors for the rows skipped.
fn read_import(kind: ImportKind, f: &Path) -> Result<(Vec<Event>, Vec<RowError>)> {
    let name = f.display().to_string();
    let r = open_file(f)?;
    Ok(match kind {
        ImportKind::Gdelt => {
            let is_csv = f.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"))
                && std::fs::read(f).ok().is_some_and(|b| {
                    b.starts_with(b"\"")
                        || b.starts_with(b"GLOBALEVENTID,")
                        || b.starts_with(b"\"GLOBALEVENTID")
                });
            if is_csv {
                dyad_store::formats::read_gdelt_rexport(r, &name)
            } else {
                dyad_store::formats::collect_rows(GdeltReader::new(r, name))
            }
        }
        ImportKind::Icews => {
            let mut reader = IcewsReader::new(r, name);
            let out = dyad_store::formats::collect_rows(&mut reader);
            let unmatched: usize = reader.unmatched_countries().values().sum();
            if unmatched > 0 {
                log!(
                    "{}: {unmatched} actor country name(s) had no ISO code and were left empty",
                    f.display()
                );
            }
            out
        }
        ImportKind::Jsonl => {
            dyad_store::formats::collect_rows(dyad_store::formats::jsonl::JsonlReader::new(r, name))
        }
    })
}

pub fn import(kind: ImportKind, files: &[PathBuf], store_dir: &Path) -> Result<()> {
    if files.is_empty() {
        bail!("no files to import");
    }
    let mut store =
        Store::open(store_dir).with_context(|| format!("opening store {}", store_dir.display()))?;
    for f in files {
        let t = Instant::now();
        let (events, errors) = read_import(kind, f)?;
        for e in errors.iter().take(20) {
            log!("{e}");
        }
        if !errors.is_empty() {
            log!("{}: {} malformed row(s) skipped", f.display(), errors.len());
        }
        let bytes = std::fs::read(f).with_context(|| format!("reading {}", f.display()))?;
        let hash = format!("{:016x}", dyad_event::stable_hash(&[&bytes]));
        let pub_date = events.iter().map(|e| e.pub_date).max().unwrap_or_default();
        let rows = events.len();
        let doc = DocRecord {
            doc_id: f.display().to_string(),
            content_hash: hash,
            pub_date,
        };
        let s = store.commit_batch(IngestBatch {
            documents: vec![doc],
            events,
            indicators: Vec::new(),
        })?;
        if s.documents_added == 0 {
            log!("{}: already imported; nothing added", f.display());
        } else {
            log!(
                "{}: {rows} row(s) read, {} event(s) stored in {:.2} s",
                f.display(),
                s.events_written,
                t.elapsed().as_secs_f64()
            );
        }
    }
    Ok(())
}

pub fn export(store_dir: &Path, format: ExportFormat, out: Option<&Path>) -> Result<()> {
    let store = open_existing(store_dir)?;
    let events = store.scan_events(&ScanFilter::default())?;
    if format == ExportFormat::Parquet {
        let out = out.context("--out FILE.parquet is required for parquet export")?;
        let n = dyad_store::write_parquet_file(out, &events)
            .with_context(|| format!("writing {}", out.display()))?;
        log!("wrote {n} event(s) to {}", out.display());
        return Ok(());
    }
    let sink: Box<dyn Write> = match out {
        Some(p) => Box::new(std::io::BufWriter::new(
            File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let n = match format {
        ExportFormat::Gdelt2 => dyad_store::formats::write_gdelt2(sink, &events)?,
        ExportFormat::Polecat => dyad_store::formats::plover::write_plover(sink, &events)?,
        ExportFormat::Csv => dyad_store::formats::csv::write_csv(sink, &events)?,
        ExportFormat::Jsonl => dyad_store::formats::jsonl::write_jsonl(sink, &events)?,
        ExportFormat::Parquet => unreachable!("handled above"),
    };
    log!("exported {n} event(s)");
    Ok(())
}

fn open_existing(store_dir: &Path) -> Result<Store> {
    if !store_dir.join("manifest.json").exists() {
        bail!(
            "{}: no dyad store here (run `dyad ingest` or `dyad import` first)",
            store_dir.display()
        );
    }
    Store::open_read_only(store_dir)
        .with_context(|| format!("opening store {}", store_dir.display()))
}

fn query(a: &str, b: &str, from: Option<&str>, to: Option<&str>, by: Period) -> Result<DyadQuery> {
    let mut q = DyadQuery::new(a, b);
    q.from = parse_ym(from, "--from")?;
    q.to = parse_ym(to, "--to")?;
    q.by = period(by);
    Ok(q)
}

/// Columns a report needs for every row of the dyad; the text columns are
/// fetched afterwards for the few events the report shows ([`fill_evidence`]).
const REPORT_COLUMNS: &[&str] = &[
    "event_id",
    "doc_id",
    "sentence",
    "pub_date",
    "event_date",
    "date_precision",
    "source",
    "target",
    "source_country",
    "target_country",
    "source_agent",
    "target_agent",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "plover_type",
    "plover_mode",
    "plover_context",
    "modality",
    "quantities",
    "num_mentions",
    "num_articles",
];

fn scan_for(store: &Store, q: &DyadQuery) -> Result<Vec<arrow_array::RecordBatch>> {
    // Only the dyad's rows are decoded (the actor predicate is pushed into the
    // Parquet reader), and only the columns the figures need.
    let filter = ScanFilter {
        from_month: q.from.map(|m| (m.year, m.month)),
        to_month: q.to.map(|m| (m.year, m.month)),
        columns: Some(REPORT_COLUMNS.to_vec()),
        dyad: Some(dyad_store::DyadFilter {
            a: q.a.clone(),
            b: q.b.clone(),
        }),
        event_ids: None,
    };
    Ok(store.scan(&filter)?)
}

/// Fill in the actor texts and evidence sentences of the events a report shows
/// (top events and ledger lines) with a second, narrow scan by event id.
fn fill_evidence(
    store: &Store,
    q: &DyadQuery,
    batches: &[arrow_array::RecordBatch],
    report: &mut dyad_analysis::DyadReport,
) -> Result<()> {
    use arrow_array::cast::AsArray;
    use std::collections::{HashMap, HashSet};
    let mut ids: HashSet<u64> = report
        .top_events
        .iter()
        .flat_map(|t| t.events.iter().map(|e| e.event_id))
        .collect();
    // Ledger lines are keyed by document and sentence: take the ids of rows with quantities.
    let wanted_sentences: HashSet<(String, u32)> = report
        .pledge_ledger
        .iter()
        .flat_map(|l| l.entries())
        .map(|e| (e.doc_id.clone(), e.sentence))
        .collect();
    if !wanted_sentences.is_empty() {
        for b in batches {
            let (Some(id), Some(doc), Some(sent), Some(qty)) = (
                b.column_by_name("event_id"),
                b.column_by_name("doc_id"),
                b.column_by_name("sentence"),
                b.column_by_name("quantities"),
            ) else {
                continue;
            };
            let id = id.as_primitive::<arrow_array::types::UInt64Type>();
            let doc = doc.as_string::<i32>();
            let sent = sent.as_primitive::<arrow_array::types::UInt32Type>();
            let qty = qty.as_string::<i32>();
            for r in 0..b.num_rows() {
                if qty.value(r) != "[]"
                    && wanted_sentences.contains(&(doc.value(r).to_string(), sent.value(r)))
                {
                    ids.insert(id.value(r));
                }
            }
        }
    }
    if ids.is_empty() {
        return Ok(());
    }
    // Only the months those events fall in are opened, and only the event-id
    // column is decoded for every row there.
    let months: Vec<(i32, u32)> = report
        .top_events
        .iter()
        .flat_map(|t| t.events.iter().map(|e| e.event_date.as_str()))
        .chain(
            report
                .pledge_ledger
                .iter()
                .flat_map(|l| l.entries())
                .map(|e| e.date.as_str()),
        )
        .filter_map(|d| dyad_store::parse_month(d.get(..7)?))
        .collect();
    let filter = ScanFilter {
        from_month: months
            .iter()
            .min()
            .copied()
            .or(q.from.map(|m| (m.year, m.month))),
        to_month: months
            .iter()
            .max()
            .copied()
            .or(q.to.map(|m| (m.year, m.month))),
        columns: Some(vec![
            "event_id",
            "doc_id",
            "sentence",
            "source_text",
            "target_text",
            "evidence_text",
            "source_url",
        ]),
        // The events are the dyad's: its predicate prunes row groups before the
        // event-id test runs.
        dyad: Some(dyad_store::DyadFilter {
            a: q.a.clone(),
            b: q.b.clone(),
        }),
        event_ids: Some(std::sync::Arc::new(ids)),
    };
    let mut by_id: HashMap<u64, (String, String, String, Option<String>)> = HashMap::new();
    let mut by_sentence: HashMap<(String, u32), String> = HashMap::new();
    for b in store.scan(&filter)? {
        let id = b.column(0).as_primitive::<arrow_array::types::UInt64Type>();
        let doc = b.column(1).as_string::<i32>();
        let sent = b.column(2).as_primitive::<arrow_array::types::UInt32Type>();
        let (st, tt, ev, url) = (
            b.column(3).as_string::<i32>(),
            b.column(4).as_string::<i32>(),
            b.column(5).as_string::<i32>(),
            b.column(6).as_string::<i32>(),
        );
        for r in 0..b.num_rows() {
            let url = (!arrow_array::Array::is_null(url, r)).then(|| url.value(r).to_string());
            by_id.insert(
                id.value(r),
                (
                    st.value(r).to_string(),
                    tt.value(r).to_string(),
                    ev.value(r).to_string(),
                    url,
                ),
            );
            by_sentence.insert(
                (doc.value(r).to_string(), sent.value(r)),
                ev.value(r).to_string(),
            );
        }
    }
    for t in &mut report.top_events {
        for e in &mut t.events {
            if let Some((st, tt, ev, url)) = by_id.get(&e.event_id) {
                e.source_text = st.clone();
                e.target_text = tt.clone();
                e.evidence = ev.clone();
                e.source_url = url.clone();
            }
        }
    }
    for l in &mut report.pledge_ledger {
        for e in l.entries_mut() {
            if let Some(ev) = by_sentence.get(&(e.doc_id.clone(), e.sentence)) {
                e.evidence = ev.clone();
            }
        }
    }
    Ok(())
}

fn print_report(
    store: &Store,
    q: &DyadQuery,
    format: ReportFormat,
    chart: Option<&Path>,
) -> Result<()> {
    let t = Instant::now();
    let batches = scan_for(store, q)?;
    let scanned = t.elapsed();
    let indicators = match store.indicators() {
        Ok(items) if !items.is_empty() => vec![dyad_store::schema::indicators_to_batch(&items)?],
        _ => Vec::new(),
    };
    let mut report = dyad_analysis::dyad_report_with_indicators(&batches, &indicators, q)?;
    let figured = t.elapsed();
    fill_evidence(store, q, &batches, &mut report)?;
    log!(
        "scan {:.0} ms, figures {:.0} ms, evidence {:.0} ms",
        scanned.as_secs_f64() * 1000.0,
        (figured - scanned).as_secs_f64() * 1000.0,
        (t.elapsed() - figured).as_secs_f64() * 1000.0
    );
    log!(
        "report over {} stored event(s) in {:.0} ms",
        batches.iter().map(|b| b.num_rows()).sum::<usize>(),
        t.elapsed().as_secs_f64() * 1000.0
    );
    let mut out = std::io::stdout().lock();
    match format {
        ReportFormat::Text => write!(out, "{}", dyad_analysis::render_text(&report))?,
        ReportFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?,
        ReportFormat::Csv => write!(out, "{}", dyad_analysis::render_csv(&report))?,
    }
    if let Some(path) = chart {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        match ext.as_str() {
            "svg" => std::fs::write(path, dyad_analysis::chart_svg(&report))?,
            "png" => std::fs::write(path, dyad_analysis::chart_png(&report)?)?,
            _ => bail!("--chart {}: use a .svg or .png file name", path.display()),
        }
        log!("chart written to {}", path.display());
    }
    Ok(())
}

pub fn report(args: &ReportArgs) -> Result<()> {
    let store = open_existing(&args.store)?;
    let q = query(
        &args.a,
        &args.b,
        args.from.as_deref(),
        args.to.as_deref(),
        args.by,
    )?;
    print_report(&store, &q, args.format, args.chart.as_deref())
}

pub fn dyads(
    store_dir: &Path,
    top: usize,
    from: Option<&str>,
    to: Option<&str>,
    format: ScoreFormat,
) -> Result<()> {
    let store = open_existing(store_dir)?;
    let from = parse_ym(from, "--from")?;
    let to = parse_ym(to, "--to")?;
    let t = Instant::now();
    let rows = top_dyads_in(&store, from, to, top)?;
    log!("top dyads in {:.0} ms", t.elapsed().as_secs_f64() * 1000.0);
    match format {
        ScoreFormat::Json => println!("{}", serde_json::to_string_pretty(&rows)?),
        ScoreFormat::Text => {
            println!(
                "{:<8} {:<8} {:>10} {:>10}",
                "source", "target", "events", "mentions"
            );
            for r in rows {
                println!(
                    "{:<8} {:<8} {:>10} {:>10}",
                    r.source_country, r.target_country, r.events, r.mentions
                );
            }
        }
    }
    Ok(())
}

/// The `top` most active country pairs in the window, as `dyad dyads` reports them.
fn top_dyads_in(
    store: &Store,
    from: Option<YearMonth>,
    to: Option<YearMonth>,
    top: usize,
) -> Result<Vec<dyad_analysis::DyadCount>> {
    let filter = ScanFilter {
        from_month: from.map(|m| (m.year, m.month)),
        to_month: to.map(|m| (m.year, m.month)),
        columns: Some(vec![
            "event_date",
            "source_country",
            "target_country",
            "quad_class",
            "num_mentions",
        ]),
        dyad: None,
        event_ids: None,
    };
    // One file at a time (in parallel), so memory stays bounded on large stores.
    let rows = store
        .scan_reduce(
            &filter,
            |batches| -> Result<Vec<dyad_analysis::DyadCount>> {
                Ok(dyad_analysis::top_dyads(&batches, from, to, usize::MAX)?)
            },
            |a, b| dyad_analysis::merge_top_dyads([a, b], usize::MAX),
        )?
        .map(|all| dyad_analysis::merge_top_dyads([all], top))
        .unwrap_or_default();
    Ok(rows)
}

pub fn ledger(
    a: &str,
    b: &str,
    store_dir: &Path,
    from: Option<&str>,
    to: Option<&str>,
    format: ScoreFormat,
) -> Result<()> {
    let store = open_existing(store_dir)?;
    let q = query(a, b, from, to, Period::Month)?;
    let batches = scan_for(&store, &q)?;
    let ledger = dyad_analysis::pledge_ledger(&batches, &q)?;
    match format {
        ScoreFormat::Json => println!("{}", serde_json::to_string_pretty(&ledger)?),
        ScoreFormat::Text => print!("{}", render_ledger(&ledger)?),
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
pub fn analyze(
    input: &InputArgs,
    dyad: &[String],
    store_dir: &Path,
    dict: Option<&Path>,
    by: Period,
    format: ReportFormat,
    chart: Option<PathBuf>,
) -> Result<()> {
    let [a, b] = dyad else {
        bail!("--dyad takes two actors, e.g. --dyad RUS AFG");
    };
    ingest(input, store_dir, dict)?;
    let store = open_existing(store_dir)?;
    let q = query(a, b, None, None, by)?;
    print_report(&store, &q, format, chart.as_deref())
}

fn median(v: Vec<f64>) -> f64 {
    crate::cmd_text::median_of(v)
}

pub fn bench_store(
    events: usize,
    store_dir: &Path,
    gdelt: Option<&Path>,
    runs: usize,
) -> Result<()> {
    let manifest = store_dir.join("manifest.json");
    let fresh = !manifest.exists();
    if fresh {
        log!("generating {events} events into {}", store_dir.display());
        let mut store = Store::open(store_dir)?;
        let t = Instant::now();
        dyad_store::write_generated(&mut store, events, 42, gdelt)?;
        log!("generated in {:.1} s", t.elapsed().as_secs_f64());
    }
    let store = open_existing(store_dir)?;
    let stats = store.stats();
    let q = {
        let mut q = DyadQuery::new("USA", "CHN");
        q.bootstrap = 1000;
        q
    };
    let mut report_ms = Vec::new();
    let mut dyads_ms = Vec::new();
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        // Exactly what `dyad report` does: the dyad filter pushed into the reader, the figures' columns for
        // the dyad's rows, then the evidence of the events shown.
        let batches = scan_for(&store, &q)?;
        let mut report = dyad_analysis::dyad_report(&batches, &q)?;
        fill_evidence(&store, &q, &batches, &mut report)?;
        report_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        let t = Instant::now();
        let _ = top_dyads_in(&store, None, None, 20)?;
        dyads_ms.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "{}",
        json!({"bench": "store", "events": stats.events, "bytes": stats.bytes, "runs": runs,
               "report_median_ms": median(report_ms.clone()), "report_all_ms": report_ms,
               "top_dyads_median_ms": median(dyads_ms.clone()), "top_dyads_all_ms": dyads_ms})
    );
    Ok(())
}

pub fn bench_import(file: &Path, runs: usize) -> Result<()> {
    let mut rates = Vec::new();
    let mut rows = 0;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let (events, _errors) = read_import(ImportKind::Gdelt, file)?;
        rows = events.len();
        rates.push(rows as f64 / t.elapsed().as_secs_f64());
    }
    println!(
        "{}",
        json!({"bench": "import_gdelt", "rows": rows, "runs": runs, "median_rows_per_s": median(rates.clone()), "all_rows_per_s": rates})
    );
    Ok(())
}

fn render_ledger(ledger: &dyad_analysis::PledgeLedger) -> Result<String> {
    // The ledger's text form is the pledge section of the report; standalone, show it as indented JSON lines.
    Ok(serde_json::to_string_pretty(ledger)?)
}
