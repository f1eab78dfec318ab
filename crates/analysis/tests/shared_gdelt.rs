//! Analysis checks on a real GDELT 2.0 export from ../shared/data (read at test
//! time, never copied): the columnar kernels agree with a naive count over the
//! same parsed rows, and GDELT's own QuadClass matches the report's scheme.

mod common;

use std::collections::HashMap;
use std::path::PathBuf;

use dyad_analysis::*;
use dyad_event::{DatePrecision, Event, Evidence, Modality};

fn shared_data(test: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("DYAD_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!(
            "{test}: ../shared/data is missing (looked in {})",
            dir.display()
        );
    }
    // Straight to the stderr handle: libtest captures eprintln! of passing tests.
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "SKIPPED (needs ../shared/data): {test}");
    None
}

/// The GDELT 2.0 columns the analysis needs, as Events.
fn gdelt_events(path: &std::path::Path) -> Vec<Event> {
    let text = std::fs::read_to_string(path).expect("read GDELT export");
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let c: Vec<&str> = line.split('\t').collect();
        assert_eq!(c.len(), 61, "line {}", i + 1);
        let date = chrono::NaiveDate::parse_from_str(c[1], "%Y%m%d").expect("SQLDATE");
        out.push(Event {
            event_id: c[0].parse().expect("GLOBALEVENTID"),
            doc_id: c[60].to_string(),
            sentence: 0,
            pub_date: date,
            event_date: date,
            date_precision: DatePrecision::Day,
            source: c[5].to_string(),
            target: c[15].to_string(),
            source_country: c[7].to_string(),
            target_country: c[17].to_string(),
            source_agent: c[12].to_string(),
            target_agent: c[22].to_string(),
            source_text: c[6].to_string(),
            target_text: c[16].to_string(),
            cameo: c[26].to_string(),
            root: c[28].parse().expect("EventRootCode"),
            quad_class: c[29].parse().expect("QuadClass"),
            goldstein: c[30].parse().expect("GoldsteinScale"),
            plover_type: String::new(),
            plover_mode: String::new(),
            plover_context: String::new(),
            modality: Modality::Asserted,
            location: None,
            quantities: Vec::new(),
            evidence: Evidence::default(),
            num_mentions: c[31].parse().expect("NumMentions"),
            num_articles: c[33].parse().expect("NumArticles"),
            source_url: Some(c[60].to_string()),
        });
    }
    out
}

#[test]
fn shared_gdelt_kernels_agree_with_a_naive_count() {
    let Some(dir) = shared_data("shared_gdelt_kernels_agree_with_a_naive_count") else {
        return;
    };
    let events = gdelt_events(&dir.join("gdelt/20191024143000.export.CSV"));
    assert_eq!(events.len(), 2111);
    // GDELT's QuadClass is the report's scheme.
    for e in &events {
        assert_eq!(
            e.quad_class,
            dyad_event::cameo::quad_class_of_root(e.root),
            "{}",
            e.cameo
        );
    }
    // Split into uneven batches, as a store would.
    let batches: Vec<_> = events
        .chunks(700)
        .map(|c| events_to_batch(c).unwrap())
        .collect();

    let mut naive: HashMap<(String, String), (u64, u64, [u64; 5])> = HashMap::new();
    for e in events
        .iter()
        .filter(|e| !e.source_country.is_empty() && !e.target_country.is_empty())
    {
        let c = naive
            .entry((e.source_country.clone(), e.target_country.clone()))
            .or_default();
        c.0 += 1;
        c.1 += e.num_mentions as u64;
        c.2[e.quad_class as usize] += 1;
    }
    let top = top_dyads(&batches, None, None, usize::MAX).unwrap();
    assert_eq!(top.len(), naive.len());
    for d in &top {
        let n = naive[&(d.source_country.clone(), d.target_country.clone())];
        assert_eq!(
            (d.events, d.mentions),
            (n.0, n.1),
            "{}→{}",
            d.source_country,
            d.target_country
        );
        assert_eq!(d.quad.material_conflict, n.2[4]);
    }
    assert!(top.windows(2).all(|w| w[0].events >= w[1].events));

    // The report for the busiest international pair matches a naive filter.
    let best = top
        .iter()
        .find(|d| d.source_country != d.target_country)
        .unwrap();
    let q = DyadQuery::new(&best.source_country, &best.target_country);
    let r = dyad_report(&batches, &q).unwrap();
    let ab: Vec<&Event> = events
        .iter()
        .filter(|e| {
            (e.source_country == q.a || e.source.starts_with(&q.a))
                && (e.target_country == q.b || e.target.starts_with(&q.b))
        })
        .collect();
    assert_eq!(r.totals.a_to_b.events, ab.len() as u64);
    for quad in 1..=4u8 {
        assert_eq!(
            r.totals.a_to_b.quad.get(quad),
            ab.iter().filter(|e| e.quad_class == quad).count() as u64
        );
    }
    let g: f64 = ab.iter().map(|e| e.goldstein as f64).sum();
    assert!((r.totals.a_to_b.goldstein_sum - g).abs() < 1e-3);
    let m: u64 = ab.iter().map(|e| e.num_mentions as u64).sum();
    assert_eq!(r.totals.a_to_b.mentions, m);
    eprintln!("{}", r.verdict.line);
}
