//! Format readers and writers: GDELT 1.0/2.0, ICEWS, JSON Lines, CSV, PLOVER.

mod common;

use std::fs::File;
use std::io::{BufReader, Cursor};

use common::*;
use dyad_event::Event;
use dyad_store::formats::{
    collect_rows, csv::write_csv, csv::CsvReader, jsonl::write_jsonl, jsonl::JsonlReader,
    plover::write_plover, plover::PloverReader, read_gdelt_rexport, write_gdelt2, GdeltReader,
    IcewsReader,
};
use dyad_store::{DocRecord, IngestBatch, ScanFilter, Store};

fn read_gdelt_file(path: &std::path::Path) -> (Vec<Event>, Vec<dyad_store::formats::RowError>) {
    let f = File::open(path).expect("open");
    collect_rows(GdeltReader::new(
        BufReader::new(f),
        path.display().to_string(),
    ))
}

fn rewrite_and_reread(events: &[Event]) -> Vec<Event> {
    let mut buf = Vec::new();
    assert_eq!(write_gdelt2(&mut buf, events).expect("write"), events.len());
    let text = String::from_utf8(buf.clone()).expect("utf8");
    assert!(
        text.lines().all(|l| l.split('\t').count() == 61),
        "every written row has 61 columns"
    );
    let (back, errors) = collect_rows(GdeltReader::new(Cursor::new(buf), "rewritten"));
    assert!(errors.is_empty(), "{errors:?}");
    back
}

#[test]
fn shared_gdelt2_export_round_trips() {
    let Some(data) = shared_data("shared_gdelt2_export_round_trips") else {
        return;
    };
    let path = data.join("gdelt/20191024143000.export.CSV");
    let (events, errors) = read_gdelt_file(&path);
    assert!(errors.is_empty(), "{:?}", &errors[..errors.len().min(5)]);
    assert_eq!(events.len(), 2111);
    // First row, checked by hand against the file.
    let e = &events[0];
    assert_eq!(e.event_id, 881990832);
    assert_eq!(e.event_date, date(2018, 10, 24));
    assert_eq!(e.pub_date, date(2019, 10, 24));
    assert_eq!(
        (
            e.source.as_str(),
            e.target.as_str(),
            e.target_country.as_str()
        ),
        ("", "AUS", "AUS")
    );
    assert_eq!(e.target_text, "VICTORIA");
    assert_eq!(
        (e.cameo.as_str(), e.root, e.quad_class, e.goldstein),
        ("139", 13, 3, -7.0)
    );
    assert_eq!((e.num_mentions, e.num_articles), (3, 3));
    let loc = e.location.as_ref().expect("location");
    assert_eq!(loc.name, "Vancouver, British Columbia, Canada");
    assert_eq!(
        (loc.country.as_deref(), loc.lat, loc.lon),
        (Some("CA"), Some(49.25), Some(-123.133))
    );
    assert!(e.doc_id.starts_with("https://www.timescolonist.com/"));
    assert_eq!(e.source_url.as_deref(), Some(e.doc_id.as_str()));
    assert_eq!(
        (events[1].source.as_str(), events[1].target.as_str()),
        ("", "IGOEUREEC")
    );
    assert_eq!(
        (
            events[1].target_country.as_str(),
            events[1].target_agent.as_str()
        ),
        ("EUR", "IGO")
    );
    // GDELT's QuadClass agrees with the root everywhere in this file.
    assert!(events
        .iter()
        .all(|e| e.quad_class == dyad_event::cameo::quad_class_of_root(e.root)));
    assert!(events
        .iter()
        .all(|e| !e.plover_type.is_empty() || e.root <= 2));

    assert_eq!(rewrite_and_reread(&events), events);

    // And through the Parquet store.
    let dir = temp_dir("gdelt2-store");
    let mut store = Store::open(&dir).expect("open");
    let documents = vec![DocRecord {
        doc_id: "file".into(),
        content_hash: "export-20191024143000".into(),
        pub_date: date(2019, 10, 24),
    }];
    let stats = store
        .commit_batch(IngestBatch {
            documents: documents.clone(),
            events: events.clone(),
            indicators: vec![],
        })
        .expect("commit");
    assert_eq!(stats.events_written, 2111);
    let mut back = store.scan_events(&ScanFilter::default()).expect("scan");
    back.sort_by_key(|e| e.event_id);
    let mut want = events.clone();
    want.sort_by_key(|e| e.event_id);
    assert_eq!(back, want);
    // Importing the same file again (same document hash) adds nothing.
    let again = store
        .commit_batch(IngestBatch {
            documents,
            events,
            indicators: vec![],
        })
        .expect("again");
    assert_eq!(again.events_written, 0);
    assert_eq!(store.stats().events, 2111);
}

#[test]
fn shared_gdelt1_sample_both_widths() {
    let Some(data) = shared_data("shared_gdelt1_sample_both_widths") else {
        return;
    };
    let path = data.join("gdelt/gdelt1_sample_events.reed9999.tsv");
    let (events, errors) = read_gdelt_file(&path);
    assert!(errors.is_empty(), "{:?}", &errors[..errors.len().min(5)]);
    assert_eq!(events.len(), 710);
    assert_eq!(
        events.iter().filter(|e| e.source_url.is_some()).count(),
        509
    );
    let old: Vec<&Event> = events.iter().filter(|e| e.source_url.is_none()).collect();
    assert_eq!(old.len(), 201);
    assert!(old.iter().all(|e| e.doc_id == e.event_id.to_string()));
    let first = &events[0];
    assert_eq!(
        (first.event_id, first.source.as_str(), first.cameo.as_str()),
        (564111644, "USA", "010")
    );
    assert_eq!(first.pub_date, date(2016, 7, 28));
    let last = events.last().expect("last");
    assert_eq!(
        (
            last.event_id,
            last.cameo.as_str(),
            last.goldstein,
            last.root
        ),
        (230523753, "190", -10.0, 19)
    );
    assert_eq!(
        (
            last.source.as_str(),
            last.target.as_str(),
            last.target_agent.as_str()
        ),
        ("VNM", "CVL", "CVL")
    );
    assert_eq!(last.pub_date, date(2013, 2, 6));
    assert_eq!(rewrite_and_reread(&events), events);
}

#[test]
fn shared_gdelt1_rexport_csv() {
    let Some(data) = shared_data("shared_gdelt1_rexport_csv") else {
        return;
    };
    let path = data.join("gdelt/gdelt1_georgia_2012-09_2012-11.rexport.csv");
    let f = File::open(&path).expect("open");
    let (events, errors) = read_gdelt_rexport(BufReader::new(f), "georgia");
    assert!(errors.is_empty(), "{:?}", &errors[..errors.len().min(5)]);
    assert_eq!(events.len(), 9753);
    let e = &events[0];
    assert_eq!(
        (e.event_id, e.target.as_str(), e.cameo.as_str(), e.goldstein),
        (214782067, "EDU", "130", -4.4)
    );
    assert_eq!(
        e.location.as_ref().map(|l| l.name.as_str()),
        Some("Georgia")
    );
    assert!(events
        .iter()
        .all(|e| e.event_date >= date(2012, 9, 1) && e.event_date <= date(2012, 11, 30)));
}

#[test]
fn shared_icews_sample() {
    let Some(data) = shared_data("shared_icews_sample") else {
        return;
    };
    let path = data.join("icews/events.2018.sample.tab");
    let f = File::open(&path).expect("open");
    let mut reader = IcewsReader::new(BufReader::new(f), "icews");
    let (events, errors) = collect_rows(&mut reader);
    assert!(errors.is_empty(), "{:?}", &errors[..errors.len().min(5)]);
    assert_eq!(events.len(), 3705);
    assert!(
        reader.unmatched_countries().is_empty(),
        "unmatched: {:?}",
        reader.unmatched_countries()
    );
    let e = &events[0];
    assert_eq!(e.event_id, 32889836);
    assert_eq!(
        (
            e.source_country.as_str(),
            e.source_agent.as_str(),
            e.source.as_str()
        ),
        ("BGD", "GOV", "BGDGOV")
    );
    assert_eq!(
        (e.target_country.as_str(), e.target_agent.as_str()),
        ("VNM", "MIL")
    );
    assert_eq!((e.cameo.as_str(), e.root, e.quad_class), ("040", 4, 1));
    assert_eq!(
        e.goldstein,
        dyad_event::cameo::lookup("040").expect("040").goldstein
    );
    assert_eq!((e.doc_id.as_str(), e.sentence), ("47400351", 2));
    assert_eq!(e.event_date, date(2018, 6, 1));
    let loc = e.location.as_ref().expect("location");
    assert_eq!(
        (loc.name.as_str(), loc.country.as_deref(), loc.lat),
        ("Hanoi", Some("VNM"), Some(21.0245))
    );
    let with_country = events
        .iter()
        .filter(|e| !e.source_country.is_empty())
        .count();
    assert!(with_country > 3000, "{with_country}");
}

#[test]
fn malformed_gdelt_rows_are_located_and_skipped() {
    let good: Vec<String> = {
        let mut cols = vec![String::new(); 61];
        cols[0] = "1".into();
        cols[1] = "20220905".into();
        cols[5] = "RUSGOV".into();
        cols[7] = "RUS".into();
        cols[15] = "AFGGOV".into();
        cols[26] = "036".into();
        cols[28] = "03".into();
        cols[29] = "1".into();
        cols[30] = "4.0".into();
        cols[31] = "2".into();
        cols[33] = "2".into();
        cols[59] = "20220906101500".into();
        cols
    };
    let row = |edit: &dyn Fn(&mut Vec<String>)| {
        let mut c = good.clone();
        edit(&mut c);
        c.join("\t")
    };
    let text = [
        row(&|_| {}),
        row(&|c| {
            c.pop();
        }),
        row(&|c| c[1] = "20221345".into()),
        row(&|c| c[30] = "high".into()),
        String::new(),
        row(&|c| c[0] = "2".into()),
    ]
    .join("\n");
    let (events, errors) = collect_rows(GdeltReader::new(Cursor::new(text), "crafted.tsv"));
    assert_eq!(events.len(), 2);
    assert_eq!(
        events[0].target_country, "AFG",
        "country from the code when the column is empty"
    );
    assert_eq!(events[0].pub_date, date(2022, 9, 6));
    let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [2, 3, 4]);
    assert!(errors[0].message.contains("found 60"), "{}", errors[0]);
    assert!(errors[1].message.contains("SQLDATE"), "{}", errors[1]);
    assert!(
        errors[2].message.contains("GoldsteinScale"),
        "{}",
        errors[2]
    );
    assert_eq!(
        errors[2].to_string(),
        format!("crafted.tsv:4: {}", errors[2].message)
    );
}

fn sample_events() -> Vec<Event> {
    let mut v = vec![
        rich_event("doc,1", 0, date(2022, 9, 5), "0331"),
        rich_event("doc\"2", 1, date(2022, 9, 6), "036"),
        bare_event("doc3", 2, date(2023, 1, 1)),
    ];
    v[2].plover_context = "economic, diplomatic".into();
    v
}

#[test]
fn jsonl_round_trip() {
    let events = sample_events();
    let mut buf = Vec::new();
    write_jsonl(&mut buf, &events).expect("write");
    buf.extend_from_slice(b"\n{not json}\n");
    let (back, errors) = collect_rows(JsonlReader::new(Cursor::new(buf), "e.jsonl"));
    assert_eq!(back, events);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 5);
}

#[test]
fn csv_round_trip() {
    let events = sample_events();
    let mut buf = Vec::new();
    write_csv(&mut buf, &events).expect("write");
    let text = String::from_utf8(buf.clone()).expect("utf8");
    assert!(text.starts_with("event_id,doc_id,sentence,"));
    buf.extend_from_slice(b"1,x,0,2022-01-01,2022-13-01,day\n");
    let (back, errors) = collect_rows(CsvReader::new(Cursor::new(buf), "e.csv"));
    assert_eq!(back, events);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].message.contains("columns"), "{}", errors[0]);
}

#[test]
fn plover_round_trip_and_field_names() {
    let events = sample_events();
    let mut buf = Vec::new();
    write_plover(&mut buf, &events).expect("write");
    let text = String::from_utf8(buf.clone()).expect("utf8");
    let first: serde_json::Value =
        serde_json::from_str(text.lines().next().expect("line")).expect("json");
    for field in [
        "event_id",
        "event_date",
        "event_type",
        "event_mode",
        "contexts",
        "actor",
        "actor_country",
        "recipient",
        "recipient_country",
        "story_id",
    ] {
        assert!(first.get(field).is_some(), "missing {field}");
    }
    assert_eq!(first["event_type"], "AGREE");
    assert_eq!(first["recipient_country"], "AFG");
    let (back, errors) = collect_rows(PloverReader::new(Cursor::new(buf), "e.json"));
    assert!(errors.is_empty(), "{errors:?}");
    let mut want = events.clone();
    want[2].plover_context = "economic,diplomatic".into();
    assert_eq!(back, want);
    // A POLECAT-style record with a string id and no dyad extensions still reads.
    let polecat = r#"{"event_id":"20230101-abc","event_date":"2023-01-01","event_type":"CONSULT","actor":"RUS","recipient":"AFG","contexts":[]}"#;
    let (back, errors) = collect_rows(PloverReader::new(Cursor::new(polecat), "p.json"));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(back[0].plover_type, "CONSULT");
    assert_eq!(back[0].num_mentions, 1);
}
