//! The event record shared by every stage of dyad, and the CAMEO code table.
//!
//! `dyad-event` is the vocabulary crate: the coder produces [`Event`]s, the
//! store persists them, the analysis counts them. It knows nothing about text,
//! parsing, dictionaries or file formats beyond serde derives.
//!
//! ```
//! use dyad_event::cameo;
//! let c = cameo::lookup("036").unwrap();
//! assert_eq!(c.root, 3);
//! assert_eq!(c.quad_class, 1);
//! ```

pub mod cameo;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How precisely an event date is known.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    #[default]
    Day,
    Month,
    Year,
}

impl DatePrecision {
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "day" => Some(DatePrecision::Day),
            "month" => Some(DatePrecision::Month),
            "year" => Some(DatePrecision::Year),
            _ => None,
        }
    }
}

/// Whether the sentence says the event happened, is intended, is only possible, or did not happen.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    #[default]
    Asserted,
    Intended,
    Hypothetical,
    Negated,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Intended => "intended",
            Modality::Hypothetical => "hypothetical",
            Modality::Negated => "negated",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "asserted" => Some(Modality::Asserted),
            "intended" => Some(Modality::Intended),
            "hypothetical" => Some(Modality::Hypothetical),
            "negated" => Some(Modality::Negated),
            _ => None,
        }
    }
}

/// A place named by the sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Location {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
}

/// A byte span `[start, end)` into the evidence text.
pub type Span = [u32; 2];

/// The sentence behind an event and where in it the actors and predicate are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Evidence {
    pub text: String,
    pub source_span: Option<Span>,
    pub target_span: Option<Span>,
    pub predicate_span: Option<Span>,
}

/// What a quantity on an event is: something promised, something delivered,
/// or a report on how far a promise was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuantityRole {
    Pledge,
    Delivery,
    Status,
}

/// A pledged or delivered amount, or a status report on one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub role: QuantityRole,
    /// Normalised item, e.g. "wheat", "diesel", "liquefied natural gas".
    pub item: String,
    pub amount: Option<f64>,
    /// Normalised unit: "t" (metric tons), "bbl", "m3", "USD", "EUR", "%", "doses", "troops", ...
    pub unit: Option<String>,
    /// "year", "month", "week", "day" when the amount recurs.
    pub period: Option<String>,
    /// "about", "more than", "up to", "less than", "at least" when hedged.
    pub approx: Option<String>,
    /// For status entries: "shortfall", "fulfilled", "partial", "not delivered", "delayed".
    pub status: Option<String>,
}

/// A statement of trade shares and totals between two economies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    pub doc_id: String,
    pub sentence: u32,
    pub pub_date: NaiveDate,
    /// The economy whose figure it is (e.g. AFG in "4 percent of Afghanistan's imports came from Russia").
    pub reporter: String,
    /// The other side (RUS in the example).
    pub partner: String,
    /// import | export | trade | aid | investment
    pub flow: String,
    pub share_pct: Option<f64>,
    pub value: Option<f64>,
    pub currency: Option<String>,
    /// Reference period as the text gives it ("2022", "2023-H1"), if any.
    pub period: Option<String>,
    pub evidence: String,
}

/// One coded event. Field names follow GDELT where GDELT has the field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub event_id: u64,
    pub doc_id: String,
    pub sentence: u32,
    pub pub_date: NaiveDate,
    pub event_date: NaiveDate,
    pub date_precision: DatePrecision,
    pub source: String,
    pub target: String,
    pub source_country: String,
    pub target_country: String,
    pub source_agent: String,
    pub target_agent: String,
    pub source_text: String,
    pub target_text: String,
    pub cameo: String,
    pub root: u8,
    pub quad_class: u8,
    pub goldstein: f32,
    pub plover_type: String,
    pub plover_mode: String,
    pub plover_context: String,
    pub modality: Modality,
    pub location: Option<Location>,
    pub quantities: Vec<Quantity>,
    pub evidence: Evidence,
    /// Mentions of this event across the corpus (GDELT's NumMentions); 1 when freshly coded.
    #[serde(default = "one")]
    pub num_mentions: u32,
    /// Distinct documents reporting it (GDELT's NumArticles); 1 when freshly coded.
    #[serde(default = "one")]
    pub num_articles: u32,
    /// Where the document came from, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
}

fn one() -> u32 {
    1
}

/// Split a full actor code into (country, agent): `RUSGOV` → (`RUS`, `GOV`),
/// `IGOWSTNAT` → (`IGO`, `WSTNAT`), `GOV` → (`""`, `GOV`).
pub fn split_actor_code(code: &str) -> (&str, &str) {
    const AGENT_ONLY: &[&str] = &[
        "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL",
        "LEG", "HLH", "REF", "ELI", "LAB", "AGR", "NGO", "IGO", "INS", "UAF", "RAD", "MOD", "HRI",
        "ENV", "REL", "SEP", "CHR", "MUS", "JEW", "HIN", "BUD",
    ];
    // (Not CAMEO's ethnic agent "ETH" alone: that is Ethiopia's country
    // code, and Ethiopia alone is far the commoner of the two in news.)
    if code.len() < 3 || !code.is_char_boundary(3) {
        return (code, "");
    }
    let (head, rest) = code.split_at(3);
    if AGENT_ONLY.contains(&head) && head != "IGO" && rest.is_empty() {
        return ("", head);
    }
    if rest.len() >= 3 && rest.is_char_boundary(3) {
        (head, &rest[..3])
    } else {
        (head, rest)
    }
}

/// Stable 64-bit FNV-1a hash, used for event ids and document content hashes.
/// Stable across platforms and releases (unlike `std`'s `DefaultHasher`).
pub fn stable_hash(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for &b in *p {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        // separator so ("ab","c") != ("a","bc")
        h ^= 0xff;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The event id: a stable hash of (doc_id, sentence, source, target, code).
pub fn event_id(doc_id: &str, sentence: u32, source: &str, target: &str, cameo: &str) -> u64 {
    stable_hash(&[
        doc_id.as_bytes(),
        &sentence.to_le_bytes(),
        source.as_bytes(),
        target.as_bytes(),
        cameo.as_bytes(),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_codes() {
        assert_eq!(split_actor_code("RUSGOV"), ("RUS", "GOV"));
        assert_eq!(split_actor_code("IGOWSTNAT"), ("IGO", "WST"));
        assert_eq!(split_actor_code("AFG"), ("AFG", ""));
        assert_eq!(split_actor_code("GOV"), ("", "GOV"));
        // Ethiopia, not the ethnic agent.
        assert_eq!(split_actor_code("ETH"), ("ETH", ""));
    }

    #[test]
    fn ids_are_stable_and_distinct() {
        let a = event_id("d1", 0, "RUSGOV", "AFGGOV", "036");
        assert_eq!(a, event_id("d1", 0, "RUSGOV", "AFGGOV", "036"));
        assert_ne!(a, event_id("d1", 1, "RUSGOV", "AFGGOV", "036"));
        assert_ne!(stable_hash(&[b"ab", b"c"]), stable_hash(&[b"a", b"bc"]));
    }
}
