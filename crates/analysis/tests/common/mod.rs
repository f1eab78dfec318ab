//! Handcrafted events for the analysis tests.
#![allow(dead_code)]

use chrono::NaiveDate;
use dyad_event::{
    cameo, split_actor_code, DatePrecision, Event, Evidence, Modality, Quantity, QuantityRole,
};

pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// One event; root, quad class and Goldstein come from the bundled CAMEO table.
pub fn ev(
    doc: &str,
    day: &str,
    source: &str,
    target: &str,
    code: &str,
    modality: Modality,
) -> Event {
    let c = cameo::lookup_or_parent(code).expect("known CAMEO code");
    let (sc, sa) = split_actor_code(source);
    let (tc, ta) = split_actor_code(target);
    Event {
        event_id: dyad_event::event_id(doc, 0, source, target, code),
        doc_id: doc.to_string(),
        sentence: 0,
        pub_date: date(day),
        event_date: date(day),
        date_precision: DatePrecision::Day,
        source: source.to_string(),
        target: target.to_string(),
        source_country: sc.to_string(),
        target_country: tc.to_string(),
        source_agent: sa.to_string(),
        target_agent: ta.to_string(),
        source_text: format!("{source} text"),
        target_text: format!("{target} text"),
        cameo: code.to_string(),
        root: c.root,
        quad_class: c.quad_class,
        goldstein: c.goldstein,
        plover_type: c.plover_type.clone(),
        plover_mode: c.plover_mode.clone(),
        plover_context: c.plover_context.clone(),
        modality,
        location: None,
        quantities: Vec::new(),
        evidence: Evidence {
            text: format!("{source} did {code} to {target} on {day} ({doc})."),
            ..Default::default()
        },
        num_mentions: 1,
        num_articles: 1,
        source_url: None,
    }
}

pub fn asserted(doc: &str, day: &str, source: &str, target: &str, code: &str) -> Event {
    ev(doc, day, source, target, code, Modality::Asserted)
}

pub fn qty(
    role: QuantityRole,
    item: &str,
    amount: Option<f64>,
    unit: &str,
    status: Option<&str>,
) -> Quantity {
    Quantity {
        role,
        item: item.to_string(),
        amount,
        unit: Some(unit.to_string()),
        period: None,
        approx: None,
        status: status.map(str::to_string),
    }
}
