//! The store's Arrow schema and a builder from [`Event`]s.
//!
//! This is the contract with `dyad-store`: column names are the `Event` field
//! names, in the order of the table in the store's documentation.

use std::sync::Arc;

use arrow_array::types::Int32Type;
use arrow_array::{
    ArrayRef, Date32Array, DictionaryArray, Float32Array, Float64Array, RecordBatch, StringArray,
    UInt32Array, UInt64Array, UInt8Array,
};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use dyad_event::Event;

use crate::time::date_to_days;
use crate::AnalysisError;

fn dict_type() -> DataType {
    DataType::Dictionary(Box::new(DataType::Int32), Box::new(DataType::Utf8))
}

/// The Arrow schema of an events batch, exactly as the store writes it.
pub fn event_schema() -> SchemaRef {
    let d = dict_type;
    let f = |name: &str, t: DataType, nullable: bool| Field::new(name, t, nullable);
    Arc::new(Schema::new(vec![
        f("event_id", DataType::UInt64, false),
        f("doc_id", DataType::Utf8, false),
        f("sentence", DataType::UInt32, false),
        f("pub_date", DataType::Date32, false),
        f("event_date", DataType::Date32, false),
        f("date_precision", d(), false),
        f("source", d(), false),
        f("target", d(), false),
        f("source_country", d(), false),
        f("target_country", d(), false),
        f("source_agent", d(), false),
        f("target_agent", d(), false),
        f("source_text", DataType::Utf8, false),
        f("target_text", DataType::Utf8, false),
        f("cameo", d(), false),
        f("root", DataType::UInt8, false),
        f("quad_class", DataType::UInt8, false),
        f("goldstein", DataType::Float32, false),
        f("plover_type", d(), false),
        f("plover_mode", d(), false),
        f("plover_context", d(), false),
        f("modality", d(), false),
        f("location", DataType::Utf8, true),
        f("location_country", DataType::Utf8, true),
        f("location_lat", DataType::Float64, true),
        f("location_lon", DataType::Float64, true),
        f("quantities", DataType::Utf8, false),
        f("evidence_text", DataType::Utf8, false),
        f("source_span_start", DataType::UInt32, true),
        f("source_span_end", DataType::UInt32, true),
        f("target_span_start", DataType::UInt32, true),
        f("target_span_end", DataType::UInt32, true),
        f("predicate_span_start", DataType::UInt32, true),
        f("predicate_span_end", DataType::UInt32, true),
        f("num_mentions", DataType::UInt32, false),
        f("num_articles", DataType::UInt32, false),
        f("source_url", DataType::Utf8, true),
    ]))
}

fn dict<'a>(it: impl Iterator<Item = &'a str>) -> ArrayRef {
    Arc::new(it.collect::<DictionaryArray<Int32Type>>())
}

fn utf8<'a>(it: impl Iterator<Item = &'a str>) -> ArrayRef {
    Arc::new(it.map(Some).collect::<StringArray>())
}

fn utf8_opt<'a>(it: impl Iterator<Item = Option<&'a str>>) -> ArrayRef {
    Arc::new(it.collect::<StringArray>())
}

/// Build one record batch from events, following [`event_schema`] exactly.
///
/// Quantities become a JSON array (`"[]"` when none); a missing location gives
/// nulls in the four location columns.
pub fn events_to_batch(events: &[Event]) -> Result<RecordBatch, AnalysisError> {
    let e = events;
    let span = |pick: fn(&Event) -> Option<[u32; 2]>, end: usize| -> ArrayRef {
        Arc::new(
            e.iter()
                .map(|x| pick(x).map(|s| s[end]))
                .collect::<UInt32Array>(),
        )
    };
    let quantities: Vec<String> = e
        .iter()
        .map(|x| serde_json::to_string(&x.quantities).unwrap_or_else(|_| "[]".to_string()))
        .collect();
    let columns: Vec<ArrayRef> = vec![
        Arc::new(e.iter().map(|x| x.event_id).collect::<UInt64Array>()),
        utf8(e.iter().map(|x| x.doc_id.as_str())),
        Arc::new(e.iter().map(|x| x.sentence).collect::<UInt32Array>()),
        Arc::new(Date32Array::from_iter_values(
            e.iter().map(|x| date_to_days(x.pub_date)),
        )),
        Arc::new(Date32Array::from_iter_values(
            e.iter().map(|x| date_to_days(x.event_date)),
        )),
        dict(e.iter().map(|x| x.date_precision.as_str())),
        dict(e.iter().map(|x| x.source.as_str())),
        dict(e.iter().map(|x| x.target.as_str())),
        dict(e.iter().map(|x| x.source_country.as_str())),
        dict(e.iter().map(|x| x.target_country.as_str())),
        dict(e.iter().map(|x| x.source_agent.as_str())),
        dict(e.iter().map(|x| x.target_agent.as_str())),
        utf8(e.iter().map(|x| x.source_text.as_str())),
        utf8(e.iter().map(|x| x.target_text.as_str())),
        dict(e.iter().map(|x| x.cameo.as_str())),
        Arc::new(e.iter().map(|x| x.root).collect::<UInt8Array>()),
        Arc::new(e.iter().map(|x| x.quad_class).collect::<UInt8Array>()),
        Arc::new(e.iter().map(|x| x.goldstein).collect::<Float32Array>()),
        dict(e.iter().map(|x| x.plover_type.as_str())),
        dict(e.iter().map(|x| x.plover_mode.as_str())),
        dict(e.iter().map(|x| x.plover_context.as_str())),
        dict(e.iter().map(|x| x.modality.as_str())),
        utf8_opt(
            e.iter()
                .map(|x| x.location.as_ref().map(|l| l.name.as_str())),
        ),
        utf8_opt(
            e.iter()
                .map(|x| x.location.as_ref().and_then(|l| l.country.as_deref())),
        ),
        Arc::new(
            e.iter()
                .map(|x| x.location.as_ref().and_then(|l| l.lat))
                .collect::<Float64Array>(),
        ),
        Arc::new(
            e.iter()
                .map(|x| x.location.as_ref().and_then(|l| l.lon))
                .collect::<Float64Array>(),
        ),
        utf8(quantities.iter().map(String::as_str)),
        utf8(e.iter().map(|x| x.evidence.text.as_str())),
        span(|x| x.evidence.source_span, 0),
        span(|x| x.evidence.source_span, 1),
        span(|x| x.evidence.target_span, 0),
        span(|x| x.evidence.target_span, 1),
        span(|x| x.evidence.predicate_span, 0),
        span(|x| x.evidence.predicate_span, 1),
        Arc::new(e.iter().map(|x| x.num_mentions).collect::<UInt32Array>()),
        Arc::new(e.iter().map(|x| x.num_articles).collect::<UInt32Array>()),
        utf8_opt(e.iter().map(|x| x.source_url.as_deref())),
    ];
    Ok(RecordBatch::try_new(event_schema(), columns)?)
}
