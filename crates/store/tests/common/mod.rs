//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use dyad_event::{DatePrecision, Event, Evidence, Location, Modality, Quantity, QuantityRole};

/// A fresh, empty directory for one test, removed when dropped.
pub struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<Path> for TempDir {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A fresh, empty directory for one test.
pub fn temp_dir(name: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!("dyad-store-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    TempDir(dir)
}

/// The shared reference data, or `None` (after a loud SKIPPED line) when it is
/// missing; panics instead when `CI=true`.
pub fn shared_data(test: &str) -> Option<PathBuf> {
    let dir = match std::env::var("DYAD_SHARED_DATA") {
        Ok(d) => PathBuf::from(d),
        Err(_) => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"),
    };
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!(
            "{test}: ../shared/data is missing ({}) and CI=true",
            dir.display()
        );
    }
    eprintln!("SKIPPED (needs ../shared/data): {test}");
    None
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// A fully populated event (every optional field set) for document `doc`.
pub fn rich_event(doc: &str, sentence: u32, day: NaiveDate, code: &str) -> Event {
    let c = dyad_event::cameo::lookup_or_parent(code).expect("known code");
    let text =
        "Russia promised Afghanistan \"1 million tons\" of fuel, a year.\nNew line.".to_string();
    Event {
        event_id: dyad_event::event_id(doc, sentence, "RUSGOV", "AFGGOV", code),
        doc_id: doc.to_string(),
        sentence,
        pub_date: day,
        event_date: day,
        date_precision: if sentence.is_multiple_of(2) {
            DatePrecision::Day
        } else {
            DatePrecision::Month
        },
        source: "RUSGOV".into(),
        target: "AFGGOV".into(),
        source_country: "RUS".into(),
        target_country: "AFG".into(),
        source_agent: "GOV".into(),
        target_agent: "GOV".into(),
        source_text: "Russia".into(),
        target_text: "Afghanistan, Kabul".into(),
        cameo: code.into(),
        root: c.root,
        quad_class: c.quad_class,
        goldstein: c.goldstein,
        plover_type: c.plover_type.clone(),
        plover_mode: c.plover_mode.clone(),
        plover_context: c.plover_context.clone(),
        modality: if sentence.is_multiple_of(3) {
            Modality::Intended
        } else {
            Modality::Asserted
        },
        location: Some(Location {
            name: "Kabul".into(),
            country: Some("AFG".into()),
            lat: Some(34.5553),
            lon: if sentence.is_multiple_of(2) {
                Some(69.2075)
            } else {
                None
            },
        }),
        quantities: vec![Quantity {
            role: QuantityRole::Pledge,
            item: "diesel".into(),
            amount: Some(1_000_000.0),
            unit: Some("t".into()),
            period: Some("year".into()),
            approx: None,
            status: None,
        }],
        evidence: Evidence {
            text,
            source_span: Some([0, 6]),
            target_span: Some([16, 27]),
            predicate_span: if sentence.is_multiple_of(2) {
                Some([7, 15])
            } else {
                None
            },
        },
        num_mentions: 1 + sentence,
        num_articles: 1,
        source_url: if sentence.is_multiple_of(2) {
            Some(format!("https://example.org/{doc}"))
        } else {
            None
        },
    }
}

/// A plain event with no optional fields.
pub fn bare_event(doc: &str, sentence: u32, day: NaiveDate) -> Event {
    let mut e = rich_event(doc, sentence, day, "042");
    e.location = None;
    e.quantities.clear();
    e.evidence = Evidence::default();
    e.source_url = None;
    e
}
