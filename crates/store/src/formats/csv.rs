//! CSV events: a header row, then one flat row per event with the store's
//! column names ([`EVENT_COLUMNS`]): quantities as a JSON array, evidence as
//! text with its byte spans, empty cells for missing values.

use std::collections::HashMap;
use std::io::{BufRead, Write};

use dyad_event::{DatePrecision, Event, Evidence, Location, Modality};

use super::{csv_field, csv_record, LineReader, RowError};
use crate::EVENT_COLUMNS;

fn opt_num<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

/// The CSV cells of one event, in [`EVENT_COLUMNS`] order.
fn cells(e: &Event) -> Result<Vec<String>, serde_json::Error> {
    let loc = e.location.as_ref();
    let ev = &e.evidence;
    let span = |s: Option<[u32; 2]>, k: usize| opt_num(s.map(|s| s[k]));
    Ok(vec![
        e.event_id.to_string(),
        e.doc_id.clone(),
        e.sentence.to_string(),
        e.pub_date.to_string(),
        e.event_date.to_string(),
        e.date_precision.as_str().to_string(),
        e.source.clone(),
        e.target.clone(),
        e.source_country.clone(),
        e.target_country.clone(),
        e.source_agent.clone(),
        e.target_agent.clone(),
        e.source_text.clone(),
        e.target_text.clone(),
        e.cameo.clone(),
        e.root.to_string(),
        e.quad_class.to_string(),
        format!("{:?}", e.goldstein),
        e.plover_type.clone(),
        e.plover_mode.clone(),
        e.plover_context.clone(),
        e.modality.as_str().to_string(),
        loc.map(|l| l.name.clone()).unwrap_or_default(),
        loc.and_then(|l| l.country.clone()).unwrap_or_default(),
        opt_num(loc.and_then(|l| l.lat)),
        opt_num(loc.and_then(|l| l.lon)),
        serde_json::to_string(&e.quantities)?,
        ev.text.clone(),
        span(ev.source_span, 0),
        span(ev.source_span, 1),
        span(ev.target_span, 0),
        span(ev.target_span, 1),
        span(ev.predicate_span, 0),
        span(ev.predicate_span, 1),
        e.num_mentions.to_string(),
        e.num_articles.to_string(),
        e.source_url.clone().unwrap_or_default(),
    ])
}

/// Write a header and one row per event; returns how many events were written.
pub fn write_csv<'a, W: Write>(
    mut out: W,
    events: impl IntoIterator<Item = &'a Event>,
) -> std::io::Result<usize> {
    write_csv_header(&mut out)?;
    write_csv_rows(out, events)
}

/// Write the header row ([`EVENT_COLUMNS`]); for streaming writers that add rows later.
pub fn write_csv_header<W: Write>(mut out: W) -> std::io::Result<()> {
    out.write_all(EVENT_COLUMNS.join(",").as_bytes())?;
    out.write_all(b"\n")
}

/// Write one row per event, without a header; returns how many were written.
pub fn write_csv_rows<'a, W: Write>(
    mut out: W,
    events: impl IntoIterator<Item = &'a Event>,
) -> std::io::Result<usize> {
    let mut line = String::new();
    let mut n = 0;
    for e in events {
        line.clear();
        for (i, c) in cells(e)?.iter().enumerate() {
            if i > 0 {
                line.push(',');
            }
            csv_field(&mut line, c);
        }
        line.push('\n');
        out.write_all(line.as_bytes())?;
        n += 1;
    }
    Ok(n)
}

fn row_to_event<'a>(get: &dyn Fn(&str) -> &'a str) -> Result<Event, String> {
    fn num<T: std::str::FromStr>(s: &str, what: &str) -> Result<T, String> {
        s.trim()
            .parse()
            .map_err(|_| format!("{what}: not a number: {s:?}"))
    }
    fn opt<T: std::str::FromStr>(s: &str, what: &str) -> Result<Option<T>, String> {
        if s.trim().is_empty() {
            Ok(None)
        } else {
            num(s, what).map(Some)
        }
    }
    let date = |what: &str| -> Result<chrono::NaiveDate, String> {
        get(what)
            .trim()
            .parse()
            .map_err(|_| format!("{what}: bad date {:?}", get(what)))
    };
    let s = |k: &str| get(k).to_string();
    let span = |a: &str, b: &str| -> Result<Option<[u32; 2]>, String> {
        Ok(match (opt::<u32>(get(a), a)?, opt::<u32>(get(b), b)?) {
            (Some(x), Some(y)) => Some([x, y]),
            _ => None,
        })
    };
    let quantities = match get("quantities").trim() {
        "" => Vec::new(),
        q => serde_json::from_str(q).map_err(|e| format!("quantities: {e}"))?,
    };
    let location = match get("location") {
        "" => None,
        name => Some(Location {
            name: name.to_string(),
            country: Some(s("location_country")).filter(|c| !c.is_empty()),
            lat: opt(get("location_lat"), "location_lat")?,
            lon: opt(get("location_lon"), "location_lon")?,
        }),
    };
    let count = |k: &str| -> Result<u32, String> { Ok(opt(get(k), k)?.unwrap_or(1)) };
    Ok(Event {
        event_id: num(get("event_id"), "event_id")?,
        doc_id: s("doc_id"),
        sentence: opt(get("sentence"), "sentence")?.unwrap_or(0),
        pub_date: date("pub_date")?,
        event_date: date("event_date")?,
        date_precision: match get("date_precision") {
            "" => DatePrecision::Day,
            p => DatePrecision::parse(p).ok_or_else(|| format!("date_precision: unknown {p:?}"))?,
        },
        source: s("source"),
        target: s("target"),
        source_country: s("source_country"),
        target_country: s("target_country"),
        source_agent: s("source_agent"),
        target_agent: s("target_agent"),
        source_text: s("source_text"),
        target_text: s("target_text"),
        cameo: s("cameo"),
        root: num(get("root"), "root")?,
        quad_class: num(get("quad_class"), "quad_class")?,
        goldstein: num(get("goldstein"), "goldstein")?,
        plover_type: s("plover_type"),
        plover_mode: s("plover_mode"),
        plover_context: s("plover_context"),
        modality: match get("modality") {
            "" => Modality::Asserted,
            m => Modality::parse(m).ok_or_else(|| format!("modality: unknown {m:?}"))?,
        },
        location,
        quantities,
        evidence: Evidence {
            text: s("evidence_text"),
            source_span: span("source_span_start", "source_span_end")?,
            target_span: span("target_span_start", "target_span_end")?,
            predicate_span: span("predicate_span_start", "predicate_span_end")?,
        },
        num_mentions: count("num_mentions")?,
        num_articles: count("num_articles")?,
        source_url: Some(s("source_url")).filter(|u| !u.is_empty()),
    })
}

/// Streaming reader of CSV events written by [`write_csv`] (columns found by
/// header name; unknown columns ignored, missing optional ones empty).
pub struct CsvReader<R> {
    lines: LineReader<R>,
    file: String,
    header: Option<HashMap<String, usize>>,
    width: usize,
    done: bool,
}

impl<R: BufRead> CsvReader<R> {
    /// Read events from `reader`; `file` names it in errors.
    pub fn new(reader: R, file: impl Into<String>) -> Self {
        CsvReader {
            lines: LineReader::new(reader),
            file: file.into(),
            header: None,
            width: 0,
            done: false,
        }
    }
}

impl<R: BufRead> Iterator for CsvReader<R> {
    type Item = Result<Event, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        loop {
            let first = match self.lines.next_line() {
                Ok(Some([])) => continue,
                Ok(Some(b)) => String::from_utf8_lossy(b).into_owned(),
                Ok(None) => return None,
                Err(e) => {
                    self.done = true;
                    return Some(Err(RowError {
                        file: self.file.clone(),
                        line: self.lines.line + 1,
                        message: e.to_string(),
                    }));
                }
            };
            let start = self.lines.line;
            let err = |file: &str, message: String| RowError {
                file: file.to_string(),
                line: start,
                message,
            };
            let fields = match csv_record(&first, &mut self.lines) {
                Ok(f) => f,
                Err(m) => return Some(Err(err(&self.file, m))),
            };
            let Some(header) = &self.header else {
                for required in [
                    "event_id",
                    "pub_date",
                    "event_date",
                    "root",
                    "quad_class",
                    "goldstein",
                ] {
                    if !fields.iter().any(|f| f == required) {
                        self.done = true;
                        return Some(Err(err(
                            &self.file,
                            format!("header has no column {required:?}"),
                        )));
                    }
                }
                self.width = fields.len();
                self.header = Some(
                    fields
                        .into_iter()
                        .enumerate()
                        .map(|(i, f)| (f, i))
                        .collect(),
                );
                continue;
            };
            if fields.len() != self.width {
                return Some(Err(err(
                    &self.file,
                    format!("expected {} columns, found {}", self.width, fields.len()),
                )));
            }
            let get = |k: &str| {
                header
                    .get(k)
                    .and_then(|&i| fields.get(i))
                    .map(String::as_str)
                    .unwrap_or("")
            };
            return Some(row_to_event(&get).map_err(|m| err(&self.file, m)));
        }
    }
}
