//! POLECAT/PLOVER JSON: one JSON object per line with PLOVER's field names
//! (`event_type`, `event_mode`, `contexts`, `actor`, `recipient`, ...).
//!
//! PLOVER names the initiator `actor` and the target `recipient`, carries the
//! event category, mode and contexts instead of a CAMEO code, and POLECAT
//! records the story (`story_id`) and publication date. dyad adds its own
//! fields (`cameo`, `goldstein`, `quad_class`, `modality`, spans, quantities)
//! so a dyad → PLOVER → dyad round trip loses nothing; readers of plain
//! POLECAT records get defaults for what is missing (the CAMEO code and
//! Goldstein weight are then empty/0, root and quad class 0).

use std::io::{BufRead, Write};

use chrono::NaiveDate;
use dyad_event::{DatePrecision, Event, Evidence, Location, Modality, Quantity};
use serde::{Deserialize, Serialize};

use super::{LineReader, RowError};

/// One PLOVER/POLECAT event record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PloverRecord {
    /// Event id (a string in POLECAT; dyad writes its u64 id in decimal).
    #[serde(deserialize_with = "string_or_number")]
    pub event_id: String,
    /// `YYYY-MM-DD`.
    pub event_date: NaiveDate,
    /// PLOVER event category (AGREE, CONSULT, ...).
    pub event_type: String,
    /// PLOVER mode of the category, "" when none.
    #[serde(default)]
    pub event_mode: String,
    /// PLOVER contexts.
    #[serde(default)]
    pub contexts: Vec<String>,
    /// Initiating actor (full code).
    #[serde(default)]
    pub actor: String,
    /// Its country (ISO alpha-3).
    #[serde(default)]
    pub actor_country: String,
    /// Its sector (agent code).
    #[serde(default)]
    pub actor_sector: String,
    /// The words naming it.
    #[serde(default)]
    pub actor_text: String,
    /// Target actor (full code).
    #[serde(default)]
    pub recipient: String,
    /// Its country.
    #[serde(default)]
    pub recipient_country: String,
    /// Its sector.
    #[serde(default)]
    pub recipient_sector: String,
    /// The words naming it.
    #[serde(default)]
    pub recipient_text: String,
    /// The document (dyad's `doc_id`).
    #[serde(default)]
    pub story_id: String,
    /// Sentence index in the story.
    #[serde(default)]
    pub sentence_number: u32,
    /// The document's date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publication_date: Option<NaiveDate>,
    /// The document's URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The sentence the event was coded from.
    #[serde(default)]
    pub event_text: String,
    /// Place name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placename: Option<String>,
    /// Country of the place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Latitude.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    /// Longitude.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    /// dyad extension: CAMEO code.
    #[serde(default)]
    pub cameo: String,
    /// dyad extension: CAMEO root.
    #[serde(default)]
    pub root: u8,
    /// dyad extension: quad class (GDELT scheme).
    #[serde(default)]
    pub quad_class: u8,
    /// dyad extension: Goldstein weight.
    #[serde(default)]
    pub goldstein: f32,
    /// dyad extension: asserted/intended/hypothetical/negated.
    #[serde(default)]
    pub modality: Modality,
    /// dyad extension: day/month/year.
    #[serde(default)]
    pub date_precision: DatePrecision,
    /// dyad extension: byte spans into `event_text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor_span: Option<[u32; 2]>,
    /// dyad extension.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_span: Option<[u32; 2]>,
    /// dyad extension.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_span: Option<[u32; 2]>,
    /// dyad extension: pledged/delivered quantities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quantities: Vec<Quantity>,
    /// dyad extension: GDELT-style mention count.
    #[serde(default = "one")]
    pub num_mentions: u32,
    /// dyad extension: GDELT-style article count.
    #[serde(default = "one")]
    pub num_articles: u32,
}

fn one() -> u32 {
    1
}

fn string_or_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    match v {
        serde_json::Value::String(s) => Ok(s),
        serde_json::Value::Number(n) => Ok(n.to_string()),
        other => Err(serde::de::Error::custom(format!(
            "event_id: expected string or number, found {other}"
        ))),
    }
}

impl PloverRecord {
    /// The PLOVER view of an event.
    pub fn from_event(e: &Event) -> Self {
        let loc = e.location.as_ref();
        PloverRecord {
            event_id: e.event_id.to_string(),
            event_date: e.event_date,
            event_type: e.plover_type.clone(),
            event_mode: e.plover_mode.clone(),
            contexts: e
                .plover_context
                .split(',')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_string)
                .collect(),
            actor: e.source.clone(),
            actor_country: e.source_country.clone(),
            actor_sector: e.source_agent.clone(),
            actor_text: e.source_text.clone(),
            recipient: e.target.clone(),
            recipient_country: e.target_country.clone(),
            recipient_sector: e.target_agent.clone(),
            recipient_text: e.target_text.clone(),
            story_id: e.doc_id.clone(),
            sentence_number: e.sentence,
            publication_date: Some(e.pub_date),
            source: e.source_url.clone(),
            event_text: e.evidence.text.clone(),
            placename: loc.map(|l| l.name.clone()),
            country: loc.and_then(|l| l.country.clone()),
            latitude: loc.and_then(|l| l.lat),
            longitude: loc.and_then(|l| l.lon),
            cameo: e.cameo.clone(),
            root: e.root,
            quad_class: e.quad_class,
            goldstein: e.goldstein,
            modality: e.modality,
            date_precision: e.date_precision,
            actor_span: e.evidence.source_span,
            recipient_span: e.evidence.target_span,
            event_span: e.evidence.predicate_span,
            quantities: e.quantities.clone(),
            num_mentions: e.num_mentions,
            num_articles: e.num_articles,
        }
    }

    /// Back to an event. A non-numeric `event_id` (POLECAT's own ids) is hashed.
    pub fn into_event(self) -> Event {
        let event_id = self
            .event_id
            .parse::<u64>()
            .unwrap_or_else(|_| dyad_event::stable_hash(&[self.event_id.as_bytes()]));
        let location = self.placename.map(|name| Location {
            name,
            country: self.country,
            lat: self.latitude,
            lon: self.longitude,
        });
        Event {
            event_id,
            doc_id: self.story_id,
            sentence: self.sentence_number,
            pub_date: self.publication_date.unwrap_or(self.event_date),
            event_date: self.event_date,
            date_precision: self.date_precision,
            source: self.actor,
            target: self.recipient,
            source_country: self.actor_country,
            target_country: self.recipient_country,
            source_agent: self.actor_sector,
            target_agent: self.recipient_sector,
            source_text: self.actor_text,
            target_text: self.recipient_text,
            cameo: self.cameo,
            root: self.root,
            quad_class: self.quad_class,
            goldstein: self.goldstein,
            plover_type: self.event_type,
            plover_mode: self.event_mode,
            plover_context: self.contexts.join(","),
            modality: self.modality,
            location,
            quantities: self.quantities,
            evidence: Evidence {
                text: self.event_text,
                source_span: self.actor_span,
                target_span: self.recipient_span,
                predicate_span: self.event_span,
            },
            num_mentions: self.num_mentions,
            num_articles: self.num_articles,
            source_url: self.source,
        }
    }
}

/// Write events as PLOVER JSON Lines; returns how many were written.
pub fn write_plover<'a, W: Write>(
    mut out: W,
    events: impl IntoIterator<Item = &'a Event>,
) -> std::io::Result<usize> {
    let mut n = 0;
    for e in events {
        serde_json::to_writer(&mut out, &PloverRecord::from_event(e))?;
        out.write_all(b"\n")?;
        n += 1;
    }
    Ok(n)
}

/// Streaming reader of PLOVER JSON Lines (one object per line).
pub struct PloverReader<R> {
    lines: LineReader<R>,
    file: String,
}

impl<R: BufRead> PloverReader<R> {
    /// Read records from `reader`; `file` names it in errors.
    pub fn new(reader: R, file: impl Into<String>) -> Self {
        PloverReader {
            lines: LineReader::new(reader),
            file: file.into(),
        }
    }
}

impl<R: BufRead> Iterator for PloverReader<R> {
    type Item = Result<Event, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let line = match self.lines.next_line() {
                Ok(Some(l)) => l,
                Ok(None) => return None,
                Err(e) => {
                    return Some(Err(RowError {
                        file: self.file.clone(),
                        line: self.lines.line + 1,
                        message: e.to_string(),
                    }))
                }
            };
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let r = serde_json::from_slice::<PloverRecord>(line).map(PloverRecord::into_event);
            let line_no = self.lines.line;
            return Some(r.map_err(|e| RowError {
                file: self.file.clone(),
                line: line_no,
                message: e.to_string(),
            }));
        }
    }
}
