//! Store benchmark: generate N events into a fresh store, then time a
//! projected scan and a GDELT 2.0 import.
//!
//! ```text
//! cargo run --release -p dyad-store --example store_bench -- [N] [store-dir] [gdelt-export]
//! ```

use std::io::Cursor;
use std::path::PathBuf;
use std::time::Instant;

use arrow_array::cast::AsArray;
use dyad_store::formats::GdeltReader;
use dyad_store::{write_generated, ScanFilter, Store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let n: usize = args
        .next()
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(1_000_000);
    let dir = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "/tmp/dyad-store-bench".into()),
    );
    let sample = args.next().map(PathBuf::from).or_else(|| {
        let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/data/gdelt/20191024143000.export.CSV");
        p.exists().then_some(p)
    });
    if let Ok(passes) = std::env::var("BENCH_IMPORT_ONLY") {
        let path = sample.ok_or("no GDELT export found")?;
        let bytes = std::fs::read(&path)?;
        let passes: usize = passes.parse()?;
        let t = Instant::now();
        let mut rows = 0usize;
        for _ in 0..passes {
            rows += GdeltReader::new(Cursor::new(&bytes), "export")
                .filter(|e| e.is_ok())
                .count();
        }
        let secs = t.elapsed().as_secs_f64();
        println!(
            "gdelt 2.0 import: {rows} rows in {secs:.3} s = {:.0} rows/s (wall clock)",
            rows as f64 / secs
        );
        return Ok(());
    }
    let reuse = std::env::var("BENCH_REUSE").is_ok() && dir.join("manifest.json").exists();
    if !reuse {
        let _ = std::fs::remove_dir_all(&dir);
    }
    let mut store = Store::open(&dir)?;
    let t = Instant::now();
    let stats = if reuse {
        Default::default()
    } else {
        write_generated(&mut store, n, 42, sample.as_deref())?
    };
    let secs = t.elapsed().as_secs_f64();
    println!(
        "write: {} events in {secs:.2} s = {:.0} rows/s; {} files, {:.1} MB ({:.1} bytes/event)",
        stats.events_written,
        stats.events_written as f64 / secs,
        stats.files,
        stats.bytes as f64 / 1e6,
        stats.bytes as f64 / stats.events_written.max(1) as f64
    );

    let columns = vec![
        "source_country",
        "target_country",
        "quad_class",
        "root",
        "goldstein",
        "event_date",
        "modality",
        "num_mentions",
    ];
    let filter = ScanFilter {
        columns: Some(columns),
        ..Default::default()
    };
    for round in 0..3 {
        let t = Instant::now();
        let batches = store.scan(&filter)?;
        let rows: usize = batches.iter().map(|b| b.num_rows()).sum();
        let secs = t.elapsed().as_secs_f64();
        println!(
            "scan {round}: {rows} rows, 8 columns in {secs:.3} s = {:.0} rows/s",
            rows as f64 / secs
        );
    }
    for round in 0..3 {
        let t = Instant::now();
        let counts = store.scan_map(&filter, |b| {
            // A stand-in aggregation: events per quad class.
            let mut q = [0u64; 5];
            if let Some(a) = b
                .column(2)
                .as_primitive_opt::<arrow_array::types::UInt8Type>()
            {
                for v in a.values().iter() {
                    q[usize::from(*v).min(4)] += 1;
                }
            }
            q
        })?;
        let total: u64 = counts.iter().flat_map(|q| q.iter()).sum();
        let secs = t.elapsed().as_secs_f64();
        println!(
            "scan_map {round}: {total} rows counted by quad class in {secs:.3} s = {:.0} rows/s",
            total as f64 / secs
        );
    }
    if std::env::var("BENCH_COLUMNS").is_ok() {
        for c in filter.columns.clone().unwrap_or_default() {
            let t = Instant::now();
            let b = store.scan(&ScanFilter {
                columns: Some(vec![c]),
                ..Default::default()
            })?;
            let rows: usize = b.iter().map(|b| b.num_rows()).sum();
            println!(
                "  column {c}: {rows} rows in {:.3} s",
                t.elapsed().as_secs_f64()
            );
        }
    }
    let t = Instant::now();
    let one_year = store.scan(&ScanFilter {
        from_month: Some((2020, 1)),
        to_month: Some((2020, 12)),
        columns: filter.columns.clone(),
        dyad: None,
        event_ids: None,
    })?;
    let rows: usize = one_year.iter().map(|b| b.num_rows()).sum();
    println!(
        "scan 2020 only: {rows} rows in {:.3} s",
        t.elapsed().as_secs_f64()
    );

    if let Some(path) = sample {
        let bytes = std::fs::read(&path)?;
        let passes = 50;
        let t = Instant::now();
        let mut rows = 0usize;
        for _ in 0..passes {
            for e in GdeltReader::new(Cursor::new(&bytes), "export") {
                rows += usize::from(e.is_ok());
            }
        }
        let secs = t.elapsed().as_secs_f64();
        println!("gdelt 2.0 import (parse to Event, one core): {rows} rows in {secs:.3} s = {:.0} rows/s", rows as f64 / secs);
    }
    Ok(())
}
