//! Writes a small synthetic event store in the store's Hive layout
//! (`<dir>/events/event_month=YYYY-MM/part-0.parquet`) plus the JSON report of
//! RUS/AFG over it (`<dir>/report_RUS_AFG.json`), so `scripts/duckdb_check.py`
//! can be tried without the CLI:
//!
//! ```text
//! cargo run -p dyad-analysis --example write_sample_store -- /tmp/dyad-sample
//! python3 scripts/duckdb_check.py /tmp/dyad-sample /tmp/dyad-sample/report_RUS_AFG.json
//! ```

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use chrono::{Duration, NaiveDate};
use dyad_analysis::rng::SplitMix64;
use dyad_analysis::{dyad_report, events_to_batch, DyadQuery, YearMonth};
use dyad_event::{
    cameo, split_actor_code, DatePrecision, Event, Evidence, Modality, Quantity, QuantityRole,
};

fn event(
    i: usize,
    day: NaiveDate,
    source: &str,
    target: &str,
    code: &str,
    modality: Modality,
    mentions: u32,
) -> Event {
    let c = cameo::lookup_or_parent(code);
    let (sc, sa) = split_actor_code(source);
    let (tc, ta) = split_actor_code(target);
    let doc = format!("doc{:04}", i / 2);
    let sentence = (i % 2) as u32;
    Event {
        event_id: dyad_event::event_id(&doc, sentence, source, target, code),
        doc_id: doc.clone(),
        sentence,
        pub_date: day,
        event_date: day,
        date_precision: DatePrecision::Day,
        source: source.into(),
        target: target.into(),
        source_country: sc.into(),
        target_country: tc.into(),
        source_agent: sa.into(),
        target_agent: ta.into(),
        source_text: source.to_lowercase(),
        target_text: target.to_lowercase(),
        cameo: code.into(),
        root: c.map_or(0, |c| c.root),
        quad_class: c.map_or(0, |c| c.quad_class),
        goldstein: c.map_or(0.0, |c| c.goldstein),
        plover_type: c.map_or_else(String::new, |c| c.plover_type.clone()),
        plover_mode: String::new(),
        plover_context: String::new(),
        modality,
        location: None,
        quantities: Vec::new(),
        evidence: Evidence {
            text: format!("Synthetic sentence {i}: {source} {code} {target}."),
            ..Default::default()
        },
        num_mentions: mentions,
        num_articles: 1,
        source_url: None,
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "/tmp/dyad-sample".into()),
    );
    let codes = [
        "010", "036", "040", "042", "043", "057", "0311", "061", "0711", "0712", "111", "130",
        "172", "180", "190",
    ];
    let actors = [
        "RUSGOV", "RUSMIL", "RUS", "AFGGOV", "AFG", "AFGREB", "IRNGOV", "USAGOV", "PAKGOV",
        "CHNGOV",
    ];
    let modalities = [
        Modality::Asserted,
        Modality::Asserted,
        Modality::Asserted,
        Modality::Intended,
        Modality::Hypothetical,
        Modality::Negated,
    ];
    let start = NaiveDate::from_ymd_opt(2021, 6, 1).ok_or("date")?;
    let mut rng = SplitMix64::new(11);
    let mut events = Vec::new();
    for i in 0..3000 {
        let day = start + Duration::days(rng.below(900) as i64);
        let s = actors[rng.below(actors.len())];
        let mut t = actors[rng.below(actors.len())];
        if s[..3] == t[..3] {
            t = if s.starts_with("RUS") {
                "AFGGOV"
            } else {
                "RUSGOV"
            };
        }
        let code = codes[rng.below(codes.len())];
        let mut e = event(
            i,
            day,
            s,
            t,
            code,
            modalities[rng.below(modalities.len())],
            1 + rng.below(5) as u32,
        );
        if rng.below(10) == 0 {
            e.date_precision = DatePrecision::Month;
        }
        if code.starts_with("03") && rng.below(3) == 0 {
            e.quantities.push(Quantity {
                role: QuantityRole::Pledge,
                item: "wheat".into(),
                amount: Some(1e6),
                unit: Some("t".into()),
                period: Some("year".into()),
                approx: None,
                status: None,
            });
        }
        if code.starts_with("07") && rng.below(3) == 0 {
            e.quantities.push(Quantity {
                role: QuantityRole::Delivery,
                item: "wheat".into(),
                amount: Some(2e4),
                unit: Some("t".into()),
                period: None,
                approx: Some("about".into()),
                status: None,
            });
        }
        events.push(e);
    }
    let mut by_month: BTreeMap<String, Vec<Event>> = BTreeMap::new();
    for e in &events {
        by_month
            .entry(YearMonth::of_date(e.event_date).to_string())
            .or_default()
            .push(e.clone());
    }
    for (month, evs) in &by_month {
        let part = dir.join("events").join(format!("event_month={month}"));
        fs::create_dir_all(&part)?;
        let batch = events_to_batch(evs)?;
        let file = fs::File::create(part.join("part-0.parquet"))?;
        let mut w = parquet::arrow::ArrowWriter::try_new(file, batch.schema(), None)?;
        w.write(&batch)?;
        w.close()?;
    }
    let batch = events_to_batch(&events)?;
    let q = DyadQuery {
        from: Some("2021-08".parse()?),
        to: Some("2023-09".parse()?),
        ..DyadQuery::new("RUS", "AFG")
    };
    let report = dyad_report(&[batch], &q)?;
    fs::write(
        dir.join("report_RUS_AFG.json"),
        serde_json::to_string_pretty(&report)?,
    )?;
    let q = DyadQuery {
        by: dyad_analysis::Period::Quarter,
        ..DyadQuery::new("AFGGOV", "RUSMIL")
    };
    let report = dyad_report(&[events_to_batch(&events)?], &q)?;
    fs::write(
        dir.join("report_AFGGOV_RUSMIL_quarter.json"),
        serde_json::to_string_pretty(&report)?,
    )?;
    println!(
        "wrote {} events in {} months under {}",
        events.len(),
        by_month.len(),
        dir.display()
    );
    Ok(())
}
