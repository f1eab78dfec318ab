//! The store's Arrow/Parquet schemas (the contract with `dyad-analysis`) and the
//! conversions between [`Event`]/[`Indicator`] values and Arrow record batches.

use std::sync::Arc;

use arrow_array::builder::{
    Float32Builder, Float64Builder, StringBuilder, StringDictionaryBuilder, UInt32Builder,
    UInt64Builder, UInt8Builder,
};
use arrow_array::cast::AsArray;
use arrow_array::types::{
    Date32Type, Float32Type, Float64Type, Int32Type, UInt32Type, UInt64Type, UInt8Type,
};
use arrow_array::{Array, ArrayRef, Date32Array, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use chrono::NaiveDate;
use dyad_event::{DatePrecision, Event, Evidence, Indicator, Location, Modality, Quantity};

use crate::StoreError;

/// Version of the on-disk layout and column set. Bump when the schema changes.
pub const SCHEMA_VERSION: u32 = 1;

/// Names of the event columns, in file order.
pub const EVENT_COLUMNS: &[&str] = &[
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
    "source_text",
    "target_text",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "plover_type",
    "plover_mode",
    "plover_context",
    "modality",
    "location",
    "location_country",
    "location_lat",
    "location_lon",
    "quantities",
    "evidence_text",
    "source_span_start",
    "source_span_end",
    "target_span_start",
    "target_span_end",
    "predicate_span_start",
    "predicate_span_end",
    "num_mentions",
    "num_articles",
    "source_url",
];

fn dict() -> DataType {
    DataType::Dictionary(Box::new(DataType::Int32), Box::new(DataType::Utf8))
}

/// The Arrow schema of the event files (`events/event_month=YYYY-MM/part-*.parquet`).
pub fn event_schema() -> SchemaRef {
    static SCHEMA: std::sync::OnceLock<SchemaRef> = std::sync::OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            let f = |name: &str, dt: DataType, nullable: bool| Field::new(name, dt, nullable);
            let fields = vec![
                f("event_id", DataType::UInt64, false),
                f("doc_id", DataType::Utf8, false),
                f("sentence", DataType::UInt32, false),
                f("pub_date", DataType::Date32, false),
                f("event_date", DataType::Date32, false),
                f("date_precision", dict(), false),
                f("source", dict(), false),
                f("target", dict(), false),
                f("source_country", dict(), false),
                f("target_country", dict(), false),
                f("source_agent", dict(), false),
                f("target_agent", dict(), false),
                f("source_text", DataType::Utf8, false),
                f("target_text", DataType::Utf8, false),
                f("cameo", dict(), false),
                f("root", DataType::UInt8, false),
                f("quad_class", DataType::UInt8, false),
                f("goldstein", DataType::Float32, false),
                f("plover_type", dict(), false),
                f("plover_mode", dict(), false),
                f("plover_context", dict(), false),
                f("modality", dict(), false),
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
            ];
            debug_assert_eq!(fields.len(), EVENT_COLUMNS.len());
            Arc::new(Schema::new(fields))
        })
        .clone()
}

/// The Arrow schema of the indicator files (`indicators/part-*.parquet`).
pub fn indicator_schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        Field::new("doc_id", DataType::Utf8, false),
        Field::new("sentence", DataType::UInt32, false),
        Field::new("pub_date", DataType::Date32, false),
        Field::new("reporter", DataType::Utf8, false),
        Field::new("partner", DataType::Utf8, false),
        Field::new("flow", DataType::Utf8, false),
        Field::new("share_pct", DataType::Float64, true),
        Field::new("value", DataType::Float64, true),
        Field::new("currency", DataType::Utf8, true),
        Field::new("period", DataType::Utf8, true),
        Field::new("evidence", DataType::Utf8, false),
    ]))
}

const EPOCH_DAYS_CE: i32 = 719_163; // days from 0001-01-01 to 1970-01-01

/// Days since 1970-01-01 (Arrow `Date32`).
pub fn date_to_days(d: NaiveDate) -> i32 {
    use chrono::Datelike;
    d.num_days_from_ce() - EPOCH_DAYS_CE
}

/// The date of an Arrow `Date32` value, if it is in chrono's range.
pub fn days_to_date(days: i32) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(days.checked_add(EPOCH_DAYS_CE)?)
}

/// Build one record batch (event schema) from events, in the given order.
pub fn events_to_batch(events: &[&Event]) -> Result<RecordBatch, StoreError> {
    let n = events.len();
    let mut event_id = UInt64Builder::with_capacity(n);
    let mut doc_id = StringBuilder::with_capacity(n, n * 16);
    let mut sentence = UInt32Builder::with_capacity(n);
    let mut pub_date = Vec::with_capacity(n);
    let mut event_date = Vec::with_capacity(n);
    let mut dicts: Vec<StringDictionaryBuilder<Int32Type>> =
        (0..12).map(|_| StringDictionaryBuilder::new()).collect();
    let mut source_text = StringBuilder::with_capacity(n, n * 8);
    let mut target_text = StringBuilder::with_capacity(n, n * 8);
    let mut root = UInt8Builder::with_capacity(n);
    let mut quad = UInt8Builder::with_capacity(n);
    let mut goldstein = Float32Builder::with_capacity(n);
    let mut location = StringBuilder::new();
    let mut location_country = StringBuilder::new();
    let mut lat = Float64Builder::with_capacity(n);
    let mut lon = Float64Builder::with_capacity(n);
    let mut quantities = StringBuilder::with_capacity(n, n * 2);
    let mut evidence = StringBuilder::with_capacity(n, n * 8);
    let mut spans: Vec<UInt32Builder> = (0..6).map(|_| UInt32Builder::with_capacity(n)).collect();
    let mut mentions = UInt32Builder::with_capacity(n);
    let mut articles = UInt32Builder::with_capacity(n);
    let mut url = StringBuilder::new();

    for e in events {
        event_id.append_value(e.event_id);
        doc_id.append_value(&e.doc_id);
        sentence.append_value(e.sentence);
        pub_date.push(date_to_days(e.pub_date));
        event_date.push(date_to_days(e.event_date));
        let dict_values: [&str; 12] = [
            e.date_precision.as_str(),
            &e.source,
            &e.target,
            &e.source_country,
            &e.target_country,
            &e.source_agent,
            &e.target_agent,
            &e.cameo,
            &e.plover_type,
            &e.plover_mode,
            &e.plover_context,
            e.modality.as_str(),
        ];
        for (b, v) in dicts.iter_mut().zip(dict_values.iter()) {
            b.append_value(v);
        }
        source_text.append_value(&e.source_text);
        target_text.append_value(&e.target_text);
        root.append_value(e.root);
        quad.append_value(e.quad_class);
        goldstein.append_value(e.goldstein);
        match &e.location {
            Some(l) => {
                location.append_value(&l.name);
                location_country.append_option(l.country.as_deref());
                lat.append_option(l.lat);
                lon.append_option(l.lon);
            }
            None => {
                location.append_null();
                location_country.append_null();
                lat.append_null();
                lon.append_null();
            }
        }
        if e.quantities.is_empty() {
            quantities.append_value("[]");
        } else {
            let json = serde_json::to_string(&e.quantities).map_err(|err| {
                StoreError::Encode(format!("quantities of event {}: {err}", e.event_id))
            })?;
            quantities.append_value(json);
        }
        evidence.append_value(&e.evidence.text);
        let ev = &e.evidence;
        for (k, span) in [ev.source_span, ev.target_span, ev.predicate_span]
            .iter()
            .enumerate()
        {
            spans[2 * k].append_option(span.map(|s| s[0]));
            spans[2 * k + 1].append_option(span.map(|s| s[1]));
        }
        mentions.append_value(e.num_mentions);
        articles.append_value(e.num_articles);
        url.append_option(e.source_url.as_deref());
    }

    let mut d = dicts
        .into_iter()
        .map(|mut b| Arc::new(b.finish()) as ArrayRef);
    let mut next_dict = || {
        d.next()
            .unwrap_or_else(|| Arc::new(StringDictionaryBuilder::<Int32Type>::new().finish()))
    };
    let date_precision = next_dict();
    let source = next_dict();
    let target = next_dict();
    let source_country = next_dict();
    let target_country = next_dict();
    let source_agent = next_dict();
    let target_agent = next_dict();
    let cameo = next_dict();
    let plover_type = next_dict();
    let plover_mode = next_dict();
    let plover_context = next_dict();
    let modality = next_dict();
    let mut sp = spans
        .into_iter()
        .map(|mut b| Arc::new(b.finish()) as ArrayRef);
    let mut next_span = || {
        sp.next()
            .unwrap_or_else(|| Arc::new(UInt32Builder::new().finish()))
    };
    let columns: Vec<ArrayRef> = vec![
        Arc::new(event_id.finish()),
        Arc::new(doc_id.finish()),
        Arc::new(sentence.finish()),
        Arc::new(Date32Array::from(pub_date)),
        Arc::new(Date32Array::from(event_date)),
        date_precision,
        source,
        target,
        source_country,
        target_country,
        source_agent,
        target_agent,
        Arc::new(source_text.finish()),
        Arc::new(target_text.finish()),
        cameo,
        Arc::new(root.finish()),
        Arc::new(quad.finish()),
        Arc::new(goldstein.finish()),
        plover_type,
        plover_mode,
        plover_context,
        modality,
        Arc::new(location.finish()),
        Arc::new(location_country.finish()),
        Arc::new(lat.finish()),
        Arc::new(lon.finish()),
        Arc::new(quantities.finish()),
        Arc::new(evidence.finish()),
        next_span(),
        next_span(),
        next_span(),
        next_span(),
        next_span(),
        next_span(),
        Arc::new(mentions.finish()),
        Arc::new(articles.finish()),
        Arc::new(url.finish()),
    ];
    Ok(RecordBatch::try_new(event_schema(), columns)?)
}

/// Read access to one string-valued column, whether stored plain or dictionary-encoded.
enum StrCol<'a> {
    Plain(&'a arrow_array::StringArray),
    Dict(arrow_array::TypedDictionaryArray<'a, Int32Type, arrow_array::StringArray>),
}

impl StrCol<'_> {
    fn get(&self, i: usize) -> Option<&str> {
        match self {
            StrCol::Plain(a) => (!a.is_null(i)).then(|| a.value(i)),
            StrCol::Dict(a) => {
                if a.keys().is_null(i) {
                    return None;
                }
                let k = a.keys().value(i);
                let values = a.values();
                let k = usize::try_from(k).ok().filter(|&k| k < values.len())?;
                Some(values.value(k))
            }
        }
    }
}

fn col<'a>(batch: &'a RecordBatch, name: &str) -> Result<&'a ArrayRef, StoreError> {
    batch
        .column_by_name(name)
        .ok_or_else(|| StoreError::Schema(format!("column {name} missing")))
}

fn str_col<'a>(batch: &'a RecordBatch, name: &str) -> Result<StrCol<'a>, StoreError> {
    let a = col(batch, name)?;
    if let Some(s) = a.as_string_opt::<i32>() {
        return Ok(StrCol::Plain(s));
    }
    if let Some(d) = a.as_dictionary_opt::<Int32Type>() {
        if let Some(t) = d.downcast_dict::<arrow_array::StringArray>() {
            return Ok(StrCol::Dict(t));
        }
    }
    Err(StoreError::Schema(format!(
        "column {name} has type {}, expected a string",
        a.data_type()
    )))
}

macro_rules! prim_col {
    ($batch:expr, $name:expr, $t:ty) => {{
        let a = col($batch, $name)?;
        a.as_primitive_opt::<$t>().ok_or_else(|| {
            StoreError::Schema(format!(
                "column {} has type {}, expected {}",
                $name,
                a.data_type(),
                stringify!($t)
            ))
        })?
    }};
}

fn opt<T: arrow_array::ArrowPrimitiveType>(
    a: &arrow_array::PrimitiveArray<T>,
    i: usize,
) -> Option<T::Native> {
    (!a.is_null(i)).then(|| a.value(i))
}

/// Convert a record batch with the full event schema back into events.
pub fn batch_to_events(batch: &RecordBatch) -> Result<Vec<Event>, StoreError> {
    let event_id = prim_col!(batch, "event_id", UInt64Type);
    let doc_id = str_col(batch, "doc_id")?;
    let sentence = prim_col!(batch, "sentence", UInt32Type);
    let pub_date = prim_col!(batch, "pub_date", Date32Type);
    let event_date = prim_col!(batch, "event_date", Date32Type);
    let names = [
        "date_precision",
        "source",
        "target",
        "source_country",
        "target_country",
        "source_agent",
        "target_agent",
        "source_text",
        "target_text",
        "cameo",
        "plover_type",
        "plover_mode",
        "plover_context",
        "modality",
        "location",
        "location_country",
        "quantities",
        "evidence_text",
        "source_url",
    ];
    let s: Vec<StrCol> = names
        .iter()
        .map(|n| str_col(batch, n))
        .collect::<Result<_, _>>()?;
    let root = prim_col!(batch, "root", UInt8Type);
    let quad = prim_col!(batch, "quad_class", UInt8Type);
    let goldstein = prim_col!(batch, "goldstein", Float32Type);
    let lat = prim_col!(batch, "location_lat", Float64Type);
    let lon = prim_col!(batch, "location_lon", Float64Type);
    let span_names = [
        "source_span_start",
        "source_span_end",
        "target_span_start",
        "target_span_end",
        "predicate_span_start",
        "predicate_span_end",
    ];
    let mut spans = Vec::with_capacity(6);
    for n in span_names {
        spans.push(prim_col!(batch, n, UInt32Type));
    }
    let mentions = prim_col!(batch, "num_mentions", UInt32Type);
    let articles = prim_col!(batch, "num_articles", UInt32Type);

    let mut out = Vec::with_capacity(batch.num_rows());
    for i in 0..batch.num_rows() {
        let st = |k: usize| s[k].get(i).unwrap_or("").to_string();
        let date = |a: &arrow_array::PrimitiveArray<Date32Type>, name: &str| {
            days_to_date(a.value(i))
                .ok_or_else(|| StoreError::Schema(format!("row {i}: {name} out of range")))
        };
        let span = |k: usize| match (opt(spans[2 * k], i), opt(spans[2 * k + 1], i)) {
            (Some(a), Some(b)) => Some([a, b]),
            _ => None,
        };
        let quantities: Vec<Quantity> = match s[16].get(i) {
            None | Some("") | Some("[]") => Vec::new(),
            Some(json) => serde_json::from_str(json)
                .map_err(|e| StoreError::Schema(format!("row {i}: quantities: {e}")))?,
        };
        let location = s[14].get(i).map(|name| Location {
            name: name.to_string(),
            country: s[15].get(i).map(str::to_string),
            lat: opt(lat, i),
            lon: opt(lon, i),
        });
        out.push(Event {
            event_id: event_id.value(i),
            doc_id: doc_id.get(i).unwrap_or("").to_string(),
            sentence: sentence.value(i),
            pub_date: date(pub_date, "pub_date")?,
            event_date: date(event_date, "event_date")?,
            date_precision: DatePrecision::parse(s[0].get(i).unwrap_or("")).unwrap_or_default(),
            source: st(1),
            target: st(2),
            source_country: st(3),
            target_country: st(4),
            source_agent: st(5),
            target_agent: st(6),
            source_text: st(7),
            target_text: st(8),
            cameo: st(9),
            root: root.value(i),
            quad_class: quad.value(i),
            goldstein: goldstein.value(i),
            plover_type: st(10),
            plover_mode: st(11),
            plover_context: st(12),
            modality: Modality::parse(s[13].get(i).unwrap_or("")).unwrap_or_default(),
            location,
            quantities,
            evidence: Evidence {
                text: st(17),
                source_span: span(0),
                target_span: span(1),
                predicate_span: span(2),
            },
            num_mentions: mentions.value(i),
            num_articles: articles.value(i),
            source_url: s[18].get(i).map(str::to_string),
        });
    }
    Ok(out)
}

/// Build one record batch (indicator schema) from indicators.
pub fn indicators_to_batch(items: &[Indicator]) -> Result<RecordBatch, StoreError> {
    let mut doc_id = StringBuilder::new();
    let mut sentence = UInt32Builder::new();
    let mut pub_date = Vec::with_capacity(items.len());
    let mut reporter = StringBuilder::new();
    let mut partner = StringBuilder::new();
    let mut flow = StringBuilder::new();
    let mut share = Float64Builder::new();
    let mut value = Float64Builder::new();
    let mut currency = StringBuilder::new();
    let mut period = StringBuilder::new();
    let mut evidence = StringBuilder::new();
    for x in items {
        doc_id.append_value(&x.doc_id);
        sentence.append_value(x.sentence);
        pub_date.push(date_to_days(x.pub_date));
        reporter.append_value(&x.reporter);
        partner.append_value(&x.partner);
        flow.append_value(&x.flow);
        share.append_option(x.share_pct);
        value.append_option(x.value);
        currency.append_option(x.currency.as_deref());
        period.append_option(x.period.as_deref());
        evidence.append_value(&x.evidence);
    }
    let columns: Vec<ArrayRef> = vec![
        Arc::new(doc_id.finish()),
        Arc::new(sentence.finish()),
        Arc::new(Date32Array::from(pub_date)),
        Arc::new(reporter.finish()),
        Arc::new(partner.finish()),
        Arc::new(flow.finish()),
        Arc::new(share.finish()),
        Arc::new(value.finish()),
        Arc::new(currency.finish()),
        Arc::new(period.finish()),
        Arc::new(evidence.finish()),
    ];
    Ok(RecordBatch::try_new(indicator_schema(), columns)?)
}

/// Convert a record batch with the indicator schema back into indicators.
pub fn batch_to_indicators(batch: &RecordBatch) -> Result<Vec<Indicator>, StoreError> {
    let names = [
        "doc_id", "reporter", "partner", "flow", "currency", "period", "evidence",
    ];
    let s: Vec<StrCol> = names
        .iter()
        .map(|n| str_col(batch, n))
        .collect::<Result<_, _>>()?;
    let sentence = prim_col!(batch, "sentence", UInt32Type);
    let pub_date = prim_col!(batch, "pub_date", Date32Type);
    let share = prim_col!(batch, "share_pct", Float64Type);
    let value = prim_col!(batch, "value", Float64Type);
    let mut out = Vec::with_capacity(batch.num_rows());
    for i in 0..batch.num_rows() {
        let st = |k: usize| s[k].get(i).unwrap_or("").to_string();
        out.push(Indicator {
            doc_id: st(0),
            sentence: sentence.value(i),
            pub_date: days_to_date(pub_date.value(i))
                .ok_or_else(|| StoreError::Schema(format!("row {i}: pub_date out of range")))?,
            reporter: st(1),
            partner: st(2),
            flow: st(3),
            share_pct: opt(share, i),
            value: opt(value, i),
            currency: s[4].get(i).map(str::to_string),
            period: s[5].get(i).map(str::to_string),
            evidence: st(6),
        });
    }
    Ok(out)
}
