//! Store behaviour: round trip, idempotency, crash safety, snapshots, schema version.

mod common;

use std::collections::HashSet;
use std::path::Path;

use arrow_array::cast::AsArray;
use arrow_array::types::UInt8Type;
use common::*;
use dyad_event::{Event, Indicator};
use dyad_store::{DocRecord, IngestBatch, ScanFilter, Store, StoreError};

fn doc(id: &str, day: chrono::NaiveDate) -> DocRecord {
    DocRecord {
        doc_id: id.into(),
        content_hash: format!("hash-{id}"),
        pub_date: day,
    }
}

/// Documents `d<k>` for k in `range`, 5 events each, spread over three months.
fn batch_for(range: std::ops::Range<u32>) -> IngestBatch {
    let mut b = IngestBatch::default();
    for k in range {
        let id = format!("d{k}");
        let day = date(2022, 7 + k % 3, 1 + k % 28);
        b.documents.push(doc(&id, day));
        for s in 0..5 {
            b.events.push(rich_event(
                &id,
                s,
                day,
                ["036", "042", "0331", "190", "061"][s as usize],
            ));
        }
    }
    b
}

/// Commit generated events with one document record per document id.
fn commit_generated(store: &mut Store, events: Vec<Event>) {
    let mut seen = std::collections::BTreeSet::new();
    let documents: Vec<DocRecord> = events
        .iter()
        .filter(|e| seen.insert(e.doc_id.clone()))
        .map(|e| DocRecord {
            doc_id: e.doc_id.clone(),
            content_hash: e.doc_id.clone(),
            pub_date: e.pub_date,
        })
        .collect();
    store
        .commit_batch(IngestBatch {
            documents,
            events,
            indicators: Vec::new(),
        })
        .expect("commit");
}

fn sorted(mut v: Vec<Event>) -> Vec<Event> {
    v.sort_by_key(|e| e.event_id);
    v
}

#[test]
fn empty_store_scans_to_nothing() {
    let dir = temp_dir("empty");
    let store = Store::open(&dir).expect("open");
    assert!(store.is_writer());
    assert!(store.scan(&ScanFilter::default()).expect("scan").is_empty());
    assert!(store
        .scan_events(&ScanFilter::default())
        .expect("scan")
        .is_empty());
    assert!(store.indicators().expect("indicators").is_empty());
    let s = store.stats();
    assert_eq!((s.events, s.documents, s.months, s.bytes), (0, 0, 0, 0));
    assert!(dir.join("manifest.json").exists());
}

#[test]
fn events_round_trip_with_partitions_projection_and_pruning() {
    let dir = temp_dir("roundtrip");
    let mut store = Store::open(&dir).expect("open");
    store.set_versions("model-1", "dict-1");
    let batch = batch_for(0..9);
    let input = batch.events.clone();
    let stats = store.commit_batch(batch).expect("commit");
    assert_eq!(stats.events_written, 45);
    assert_eq!(stats.documents_added, 9);
    assert_eq!(stats.files, 3, "one file per month");
    for m in ["2022-07", "2022-08", "2022-09"] {
        let part = dir.join(format!("events/event_month={m}"));
        let names: Vec<_> = std::fs::read_dir(&part)
            .expect("partition")
            .flatten()
            .collect();
        assert_eq!(names.len(), 1, "{m}");
    }
    let back = store.scan_events(&ScanFilter::default()).expect("scan");
    assert_eq!(sorted(back.clone()), sorted(input.clone()));
    // Within a month rows are sorted by (event_date, doc_id, sentence, event_id).
    let keys: Vec<_> = back
        .iter()
        .map(|e| (e.event_date, e.doc_id.clone(), e.sentence))
        .collect();
    let mut want = keys.clone();
    want.sort();
    assert_eq!(keys, want);

    let only_aug = store
        .scan_events(&ScanFilter {
            from_month: Some((2022, 8)),
            to_month: Some((2022, 8)),
            columns: None,
            dyad: None,
            event_ids: None,
        })
        .expect("scan");
    assert_eq!(only_aug.len(), 15);
    assert!(only_aug
        .iter()
        .all(|e| e.event_date.format("%Y-%m").to_string() == "2022-08"));

    let batches = store
        .scan(&ScanFilter {
            columns: Some(vec!["quad_class", "source_country", "goldstein"]),
            ..Default::default()
        })
        .expect("projected scan");
    let schema = batches[0].schema();
    let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
    assert_eq!(names, ["quad_class", "source_country", "goldstein"]);
    let rows: usize = batches.iter().map(|b| b.num_rows()).sum();
    assert_eq!(rows, 45);
    let quads: Vec<u8> = batches
        .iter()
        .flat_map(|b| b.column(0).as_primitive::<UInt8Type>().values().to_vec())
        .collect();
    assert_eq!(
        quads.iter().filter(|&&q| q == 4).count(),
        9,
        "one 190 per document"
    );

    let err = store
        .scan(&ScanFilter {
            columns: Some(vec!["nope"]),
            ..Default::default()
        })
        .unwrap_err();
    assert!(matches!(err, StoreError::UnknownColumn(_)), "{err}");
    let s = store.stats();
    assert_eq!((s.events, s.documents, s.months, s.batches), (45, 9, 3, 1));
    assert!(s.bytes > 0);
    let manifest = std::fs::read_to_string(dir.join("manifest.json")).expect("manifest");
    assert!(manifest.contains("model-1") && manifest.contains("dict-1"));
}

#[test]
fn same_documents_twice_add_nothing() {
    let dir = temp_dir("idempotent");
    let mut store = Store::open(&dir).expect("open");
    let first = store.commit_batch(batch_for(0..4)).expect("commit");
    assert_eq!(first.events_written, 20);
    let again = store.commit_batch(batch_for(0..4)).expect("commit again");
    assert_eq!(again.batch, None);
    assert_eq!(
        (
            again.events_written,
            again.documents_skipped,
            again.events_skipped
        ),
        (0, 4, 20)
    );
    // Overlap: d2, d3 known, d4, d5 new → only the new documents' events are written.
    let overlap = store.commit_batch(batch_for(2..6)).expect("overlap");
    assert_eq!((overlap.documents_added, overlap.documents_skipped), (2, 2));
    assert_eq!((overlap.events_written, overlap.events_skipped), (10, 10));
    // A batch repeating a document inside itself keeps one copy.
    let mut dup = batch_for(6..7);
    dup.documents.push(dup.documents[0].clone());
    assert_eq!(store.commit_batch(dup).expect("dup").documents_added, 1);
    assert!(store.has_document("hash-d5"));
    assert!(!store.has_document("hash-d99"));
    drop(store);
    // Known documents survive reopening.
    let mut store = Store::open(&dir).expect("reopen");
    assert!(store.has_document("hash-d0"));
    assert_eq!(
        store
            .commit_batch(batch_for(0..7))
            .expect("all known")
            .events_written,
        0
    );
    let events = store.scan_events(&ScanFilter::default()).expect("scan");
    assert_eq!(events.len(), 35);
    let ids: HashSet<u64> = events.iter().map(|e| e.event_id).collect();
    assert_eq!(ids.len(), 35, "no duplicates");
}

#[test]
fn indicators_round_trip() {
    let dir = temp_dir("indicators");
    let mut store = Store::open(&dir).expect("open");
    let day = date(2023, 3, 1);
    let ind = |reporter: &str, share: Option<f64>| Indicator {
        doc_id: "d0".into(),
        sentence: 3,
        pub_date: day,
        reporter: reporter.into(),
        partner: "RUS".into(),
        flow: "import".into(),
        share_pct: share,
        value: None,
        currency: Some("USD".into()),
        period: None,
        evidence: "4 percent of Afghanistan's imports came from Russia".into(),
    };
    let mut batch = batch_for(0..1);
    batch.indicators = vec![ind("AFG", Some(4.0)), ind("KAZ", None)];
    store.commit_batch(batch).expect("commit");
    assert_eq!(
        store.indicators().expect("read"),
        vec![ind("AFG", Some(4.0)), ind("KAZ", None)]
    );
    assert_eq!(store.stats().indicators, 2);
}

#[test]
fn uncommitted_files_are_ignored_then_removed() {
    let dir = temp_dir("crash-sim");
    let mut store = Store::open(&dir).expect("open");
    store.commit_batch(batch_for(0..3)).expect("commit");
    drop(store);
    // Simulate a writer that died after writing files but before the manifest rename.
    let part = dir.join("events/event_month=2022-07");
    let committed = std::fs::read_dir(&part)
        .expect("dir")
        .flatten()
        .next()
        .expect("a file")
        .path();
    let stray = part.join("part-000002-0.parquet");
    std::fs::copy(&committed, &stray).expect("copy");
    let stray_new_month = dir.join("events/event_month=2030-01/part-000002-0.parquet");
    std::fs::create_dir_all(stray_new_month.parent().expect("parent")).expect("mkdir");
    std::fs::copy(&committed, &stray_new_month).expect("copy");
    let tmp = part.join(".tmp-part-000002-1");
    std::fs::write(&tmp, b"half a file").expect("tmp");
    let stray_docs = dir.join("documents/part-000002.jsonl");
    std::fs::write(
        &stray_docs,
        "{\"doc_id\":\"d9\",\"content_hash\":\"hash-d9\",\"pub_date\":\"2022-07-01\"}\n",
    )
    .expect("docs");
    std::fs::write(dir.join("manifest.json.tmp"), b"{ truncated").expect("manifest tmp");

    let reader = Store::open_read_only(&dir).expect("reader");
    assert_eq!(
        reader
            .scan_events(&ScanFilter::default())
            .expect("scan")
            .len(),
        15
    );
    assert!(!reader.has_document("hash-d9"));
    assert!(stray.exists(), "readers never delete");

    let mut writer = Store::open(&dir).expect("writer");
    for p in [&stray, &stray_new_month, &tmp, &stray_docs] {
        assert!(!p.exists(), "{} should be removed", p.display());
    }
    assert!(committed.exists());
    assert_eq!(
        writer
            .commit_batch(batch_for(0..5))
            .expect("resume")
            .events_written,
        10
    );
    assert_eq!(
        writer
            .scan_events(&ScanFilter::default())
            .expect("scan")
            .len(),
        25
    );
}

#[test]
fn readers_see_a_snapshot() {
    let dir = temp_dir("snapshot");
    let mut writer = Store::open(&dir).expect("open");
    writer.commit_batch(batch_for(0..2)).expect("commit");
    let second = Store::open(&dir).expect("second handle");
    assert!(!second.is_writer(), "the lock is taken");
    let mut reader = Store::open_read_only(&dir).expect("reader");
    writer.commit_batch(batch_for(2..6)).expect("commit");
    assert_eq!(
        reader
            .scan_events(&ScanFilter::default())
            .expect("scan")
            .len(),
        10
    );
    assert_eq!(reader.stats().events, 10);
    assert!(matches!(
        Store::open(&dir)
            .expect("second")
            .commit_batch(batch_for(9..10)),
        Err(StoreError::ReadOnly(_))
    ));
    reader.refresh().expect("refresh");
    assert_eq!(
        reader
            .scan_events(&ScanFilter::default())
            .expect("scan")
            .len(),
        30
    );
    drop(writer);
    assert!(Store::open(&dir).expect("after writer").is_writer());
}

#[test]
fn other_schema_version_is_a_clear_error() {
    let dir = temp_dir("schema-version");
    std::fs::write(
        dir.join("manifest.json"),
        r#"{"schema_version": 2, "next_batch": 1, "batches": []}"#,
    )
    .expect("write");
    let err = Store::open(&dir).unwrap_err();
    let msg = err.to_string();
    assert!(
        matches!(err, StoreError::SchemaVersion { found: 2, .. }),
        "{msg}"
    );
    assert!(
        msg.contains("written by schema 2") && msg.contains("reads schema 1"),
        "{msg}"
    );
    assert!(msg.contains("dyad export"), "{msg}");
}

const CHILD_ENV: &str = "DYAD_STORE_CHILD_DIR";
const CHILD_BATCHES: u32 = 400;
const DOCS_PER_BATCH: u32 = 20;

fn child_batch(k: u32) -> IngestBatch {
    batch_for(k * DOCS_PER_BATCH..(k + 1) * DOCS_PER_BATCH)
}

/// Not a test by itself: the body of the child process in `sigkill_mid_ingest`.
#[test]
fn child_ingest_loop() {
    let Ok(dir) = std::env::var(CHILD_ENV) else {
        return;
    };
    let mut store = Store::open(Path::new(&dir)).expect("child open");
    for k in 0..CHILD_BATCHES {
        store.commit_batch(child_batch(k)).expect("child commit");
    }
}

#[test]
fn sigkill_mid_ingest_leaves_a_consistent_store() {
    let dir = temp_dir("sigkill");
    let exe = std::env::current_exe().expect("test binary");
    let mut child = std::process::Command::new(exe)
        .args(["--exact", "child_ingest_loop", "--test-threads=1"])
        .env(CHILD_ENV, dir.as_os_str())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn child");
    // Wait until a few batches are in, then kill without warning.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let committed = Store::open_read_only(&dir)
            .map(|s| s.stats().batches)
            .unwrap_or(0);
        if committed >= 3 || std::time::Instant::now() > deadline {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    std::thread::sleep(std::time::Duration::from_millis(7));
    child.kill().expect("SIGKILL");
    child.wait().expect("reap");

    let mut store = Store::open(&dir).expect("open after crash");
    let stats = store.stats();
    assert!(
        stats.batches >= 3,
        "child committed {} batches",
        stats.batches
    );
    assert!(
        stats.batches < CHILD_BATCHES as usize,
        "child finished before the kill; test proves nothing"
    );
    let events = store
        .scan_events(&ScanFilter::default())
        .expect("scan after crash");
    assert_eq!(events.len() as u64, stats.events);
    assert_eq!(
        stats.events,
        u64::from(DOCS_PER_BATCH) * 5 * stats.batches as u64
    );
    // No stray files survive the writer's open.
    let listed = std::fs::read_to_string(dir.join("manifest.json")).expect("manifest");
    for part in std::fs::read_dir(dir.join("events"))
        .expect("events")
        .flatten()
    {
        for f in std::fs::read_dir(part.path()).expect("partition").flatten() {
            let name = f.file_name().to_string_lossy().into_owned();
            assert!(listed.contains(&name), "unlisted file {name} left behind");
        }
    }
    // Re-running the whole ingest completes it without duplicates.
    let resume_to = stats.batches as u32 + 2;
    for k in 0..resume_to {
        store.commit_batch(child_batch(k)).expect("resume");
    }
    let events = store.scan_events(&ScanFilter::default()).expect("scan");
    let ids: HashSet<u64> = events.iter().map(|e| e.event_id).collect();
    assert_eq!(events.len(), (resume_to * DOCS_PER_BATCH * 5) as usize);
    assert_eq!(ids.len(), events.len(), "duplicates after resume");
}

#[test]
fn standalone_parquet_export_reads_back() {
    let dir = temp_dir("export-parquet");
    let events = batch_for(0..3).events;
    let path = dir.join("out/events.parquet");
    assert_eq!(
        dyad_store::write_parquet_file(&path, &events).expect("write"),
        15
    );
    let file = std::fs::File::open(&path).expect("open");
    let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file)
        .expect("parquet")
        .build()
        .expect("reader");
    let mut back = Vec::new();
    for b in reader {
        let b = b.expect("batch");
        assert_eq!(b.schema(), dyad_store::event_schema());
        back.extend(dyad_store::schema::batch_to_events(&b).expect("events"));
    }
    assert_eq!(back, events);
}

#[test]
fn dyad_filter_keeps_both_directions_only() {
    let dir = std::env::temp_dir().join(format!("dyad-store-dyadfilter-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut store = Store::open(&dir).expect("open");
    let events: Vec<dyad_event::Event> = dyad_store::generate_events(5_000, 7, None).collect();
    let expect = events
        .iter()
        .filter(|e| {
            let f = dyad_store::DyadFilter {
                a: "USA".into(),
                b: "CHN".into(),
            };
            f.keeps(&e.source, &e.source_country, &e.target, &e.target_country)
        })
        .count();
    assert!(expect > 0, "the generated sample has no USA-CHN rows");
    commit_generated(&mut store, events);
    let batches = store
        .scan(&ScanFilter {
            dyad: Some(dyad_store::DyadFilter {
                a: "USA".into(),
                b: "CHN".into(),
            }),
            ..Default::default()
        })
        .expect("filtered scan");
    let rows: usize = batches.iter().map(|b| b.num_rows()).sum();
    assert_eq!(rows, expect);
    for ev in batches
        .iter()
        .flat_map(|b| dyad_store::schema::batch_to_events(b).unwrap())
    {
        let pair = (ev.source_country.as_str(), ev.target_country.as_str());
        assert!(pair == ("USA", "CHN") || pair == ("CHN", "USA"), "{pair:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Row groups skipped by the actor columns' statistics never hide a matching
/// row: with 100-row groups, every dyad spec (countries, full-code prefixes,
/// rare and absent actors) returns exactly the rows `DyadFilter::keeps` accepts,
/// and common dyads read only a fraction of the row groups.
#[test]
fn dyad_scans_skip_row_groups_without_losing_rows() {
    let dir = temp_dir("rowgroup-pruning");
    let mut store = Store::open(&dir).expect("open");
    store.set_row_group_rows(100);
    // Forty countries, agents appended or not, and some country-less codes, so
    // that a dyad is a small share of the rows (as in real data).
    let countries = [
        "AFG", "ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "EGY", "ESP", "FRA", "GBR", "IDN", "IND",
        "IRN", "IRQ", "ISR", "ITA", "JPN", "KOR", "MEX", "NGA", "PAK", "PHL", "POL", "PRK", "QAT",
        "RUS", "SAU", "SYR", "TUR", "TWN", "UKR", "USA", "VEN", "VNM", "YEM", "ZAF", "ZWE", "KEN",
        "LBY",
    ];
    let agents = ["", "GOV", "MIL", "BUS", "REB"];
    let actor = |k: usize| -> (String, String) {
        let c = countries[k % countries.len()];
        match (k / countries.len()) % 7 {
            5 => ("IGOUNO".to_string(), String::new()),
            6 => ("GOV".to_string(), String::new()),
            n => (format!("{c}{}", agents[n % agents.len()]), c.to_string()),
        }
    };
    let events: Vec<Event> = dyad_store::generate_events(20_000, 11, None)
        .enumerate()
        .map(|(i, mut e)| {
            (e.source, e.source_country) = actor(i * 7 % 280);
            (e.target, e.target_country) = actor((i * 13 + 3) % 281);
            e.event_date = date(2022, 1 + (i % 2) as u32, 1 + (i % 28) as u32);
            e
        })
        .collect();
    commit_generated(&mut store, events.clone());
    let specs = [
        ("USA", "CHN"),
        ("CHN", "USA"),
        ("USAGOV", "CHN"),
        ("RUS", "UKR"),
        ("USA", "USA"),
        ("GOV", "USA"),
        ("IGO", "USA"),
        ("ZZZ", "USA"),
    ];
    let mut pruned_somewhere = false;
    for (a, b) in specs {
        let f = dyad_store::DyadFilter {
            a: a.into(),
            b: b.into(),
        };
        let mut expect: Vec<u64> = events
            .iter()
            .filter(|e| f.keeps(&e.source, &e.source_country, &e.target, &e.target_country))
            .map(|e| e.event_id)
            .collect();
        expect.sort_unstable();
        let filter = ScanFilter {
            dyad: Some(f),
            columns: Some(vec!["event_id"]),
            ..Default::default()
        };
        let mut got: Vec<u64> = store
            .scan(&filter)
            .expect("scan")
            .iter()
            .flat_map(|b| {
                b.column(0)
                    .as_primitive::<arrow_array::types::UInt64Type>()
                    .values()
                    .to_vec()
            })
            .collect();
        got.sort_unstable();
        assert_eq!(got, expect, "{a}-{b}");
        let plan = store.scan_plan(&filter).expect("plan");
        assert!(plan.row_groups >= 200, "{plan:?}");
        assert!(plan.row_groups_read <= plan.row_groups);
        if !expect.is_empty() && plan.row_groups_read * 4 < plan.row_groups {
            pruned_somewhere = true;
        }
        if a == "ZZZ" {
            assert_eq!(plan.row_groups_read, 0, "{plan:?}");
        }
    }
    assert!(pruned_somewhere, "no dyad scan skipped row groups");
    let _ = std::fs::remove_dir_all(&dir);
}
