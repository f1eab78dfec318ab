//! Plain data types for dictionary entries, shared by the native and PETRARCH readers.

use chrono::NaiveDate;
use serde::Serialize;
use std::fmt;
use std::sync::Arc;

/// Where a fact was read: a file (relative path or name) and a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize)]
pub struct Origin {
    /// The file, as given to the reader (a relative path for bundled files).
    pub file: Arc<str>,
    /// 1-based line number.
    pub line: usize,
}

impl Origin {
    /// An origin in `file` at `line`.
    pub fn new(file: &Arc<str>, line: usize) -> Origin {
        Origin {
            file: Arc::clone(file),
            line,
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// The kind of an actor-like entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    /// A state (header id: ISO 3166-1 alpha-3 or CAMEO code).
    Country,
    /// An intergovernmental organisation.
    Igo,
    /// A non-state group (armed group, party, movement).
    Group,
    /// A named person.
    Person,
    /// Any other named actor ("the Kremlin").
    Actor,
}

impl EntryKind {
    /// The keyword used in native files.
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Country => "country",
            EntryKind::Igo => "igo",
            EntryKind::Group => "group",
            EntryKind::Person => "person",
            EntryKind::Actor => "actor",
        }
    }
}

/// A CAMEO actor code, optionally restricted to a date range (both ends inclusive).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DatedCode {
    /// The actor code, e.g. `AFGGOV`; `---` is the PETRARCH null code.
    pub code: String,
    /// First day the code applies (inclusive), `None` = open.
    pub from: Option<NaiveDate>,
    /// Last day the code applies (inclusive), `None` = open.
    pub to: Option<NaiveDate>,
    /// Free-text role ("President").
    pub role: Option<String>,
    /// Where the code was written.
    pub origin: Origin,
}

impl DatedCode {
    /// True when the code has no date restriction.
    pub fn is_undated(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }

    /// True when `date` falls inside the (inclusive) range.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }

    /// True when the two ranges share at least one day.
    pub fn overlaps(&self, other: &DatedCode) -> bool {
        let lo = match (self.from, other.from) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        let hi = match (self.to, other.to) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        match (lo, hi) {
            (Some(l), Some(h)) => l <= h,
            _ => true,
        }
    }
}

/// A named actor: country, IGO, group, person or other actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorEntry {
    /// What sort of actor.
    pub kind: EntryKind,
    /// Header id (`AFG`, `taliban`); for PETRARCH entries the primary phrase.
    pub id: String,
    /// Phrases that name it, as written (words separated by single spaces).
    pub names: Vec<String>,
    /// Adjectives / demonyms (countries only).
    pub adjs: Vec<String>,
    /// Capitals, used as metonyms for the government (countries only).
    pub capital: Vec<String>,
    /// Codes with their validity ranges. Undated codes are the fallback.
    pub codes: Vec<DatedCode>,
    /// Where the entry's header was.
    pub origin: Origin,
    /// `source` attribute(s), joined by "; ".
    pub source: Option<String>,
    /// `note` attribute(s), joined by "; ".
    pub note: Option<String>,
}

/// Where a PETRARCH agent code goes relative to the actor code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum AgentPosition {
    /// `~GOV`: appended after the actor code (`RUS` + `GOV`). The usual case.
    #[default]
    Suffix,
    /// `NGO~`: put before the actor code.
    Prefix,
}

/// A generic agent noun ("ambassador" → GOV).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgentEntry {
    /// The agent code without `~`, e.g. `GOV`, `GOVFRM`.
    pub code: String,
    /// The phrase, words separated by single spaces.
    pub name: String,
    /// Prefix or suffix code.
    pub position: AgentPosition,
    /// Where it was written.
    pub origin: Origin,
}

/// Which argument of a verb pattern is the target.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub enum TargetSlot {
    /// No `$`: the target is whatever object the sentence has, or none.
    None,
    /// `$` after the predicate or an object noun: the direct object.
    Object,
    /// `$` after a preposition: the oblique with that case marker.
    Prep(String),
}

/// A native verb pattern (`pattern travel to $` under `verb 042`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerbPattern {
    /// CAMEO event code.
    pub code: String,
    /// Predicate lemma (lowercase).
    pub head: String,
    /// Required dependent lemmas, excluding the head and the target's preposition.
    pub words: Vec<String>,
    /// The target slot.
    pub target: TargetSlot,
    /// The pattern as written.
    pub text: String,
    /// Where it was written.
    pub origin: Origin,
}

/// A cue phrase of a class (`intent`, `negation`, ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CueEntry {
    /// Cue class.
    pub class: String,
    /// Lemma phrase, lowercase, single spaces.
    pub phrase: String,
    /// Where it was written.
    pub origin: Origin,
}

/// A phrase whose presence means "do not code this".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiscardEntry {
    /// The group id (`sports`) or, for PETRARCH, `discard`.
    pub group: String,
    /// The phrase, words separated by single spaces.
    pub phrase: String,
    /// PETRARCH `+`: discard the whole story, not just the sentence.
    pub whole_story: bool,
    /// PETRARCH stem match: the last word may continue in the text
    /// (a phrase without trailing `_`). Native discards are never stems.
    pub stem: bool,
    /// Where it was written.
    pub origin: Origin,
}

/// A PETRARCH issue phrase (`n:atrocity [ID_ATROCITY]`), kept as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IssueEntry {
    /// The phrase with its expansion markers (`n:`, `v:`, `+`).
    pub phrase: String,
    /// Issue code; empty for ignore phrases (`~...`).
    pub code: String,
    /// `~` ignore phrase (cancels issue coding for the sentence); `~~` also counts.
    pub ignore: bool,
    /// Enclosing `<ISSUE CATEGORY="...">`, if any.
    pub category: Option<String>,
    /// Where it was written.
    pub origin: Origin,
}
