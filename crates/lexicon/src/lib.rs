//! Dictionaries for dyad: readers for dyad's own format (`*.dyad`,
//! docs/dictionary-format.md) and the PETRARCH/TABARI formats, the in-memory
//! [`Lexicon`] with its phrase matcher, and the tools behind `dyad dict`.
//!
//! **Architecture invariant:** this crate knows nothing about parsing,
//! sentences or events beyond `dyad-event`'s CAMEO table (used to validate
//! verb codes). It does no I/O except in the explicit `load_*` /
//! [`check_dir`] / [`convert_petrarch_to_native`] functions; everything else
//! works on strings and returns values plus located [`Diagnostic`]s.
//!
//! The shape of what is read:
//! - [`ActorEntry`] `{ kind, id, names, adjs, capital, codes: Vec<DatedCode>, origin, source, note }`
//!   for country, igo, group, person and actor entries, native or PETRARCH
//!   (PETRARCH `UNITED_STATES_` becomes the name "UNITED STATES"; kinds are guessed).
//! - [`DatedCode`] `{ code, from, to, role, origin }`, ranges inclusive; [`Lexicon::code_at`]
//!   picks the dated code that holds a date, else the undated one.
//! - [`AgentEntry`] `{ code, name, position, origin }`, [`VerbPattern`]
//!   `{ code, head, words, target: TargetSlot, text, origin }`, [`CueEntry`], [`DiscardEntry`].
//! - PETRARCH verb patterns kept as read: [`PetrVerbPattern`] `{ verb, block, code, code2, tokens: Vec<PetrTok>, .. }`,
//!   and converted best-effort to [`VerbPattern`]s.
//!
//! Matching ([`Lexicon::match_phrases`]) is longest-match, left to right,
//! non-overlapping, over a token trie: case-insensitive except acronyms
//! (2–5 capitals in a native dictionary, e.g. "UN", "IS"; in PETRARCH's
//! all-capitals files only one-word common English words such as "US", "IS",
//! "WHO"), which need capitals in the text; the last word may match through
//! its lemma, a stripped plural (-s/-es/-ies) or a stripped possessive; a
//! leading "the" of a name is optional. PETRARCH stem semantics (names
//! without trailing `_`) are not reproduced for actors: names match whole words.
//!
//! ```
//! use dyad_lexicon::{Lexicon, MatchKind};
//! let src = "country RUS\n  name Russia\n  adj Russian\n  code RUS\n\
//!            agent GOV\n  name foreign ministry\n";
//! let (lex, diags) = Lexicon::from_native_sources(&[("t.dyad", src)]);
//! assert!(diags.is_empty());
//! let m = lex.match_phrases(&["the", "Russian", "Foreign", "Ministry", "said"], &[]);
//! assert_eq!(m.len(), 2);
//! assert!(matches!(m[0].hit, MatchKind::CountryAdj(_)));
//! assert_eq!((m[1].start, m[1].end), (2, 4));
//! ```

mod diag;
mod lexicon;
mod matcher;
mod model;
pub mod native;
pub mod petrarch;
mod tools;

pub use diag::{Diagnostic, LexiconError, LoadOptions, Severity};
pub use lexicon::{
    detect_format, read_file_into, DictStats, DiscardHit, FileFormat, Lexicon, LookupHit, PetrDict,
};
pub use matcher::{AgentId, EntryId, MatchKind, PhraseMatch};
pub use model::*;
pub use native::{parse_native, parse_pattern, write_native, NativeDict};
pub use petrarch::{PetrBlock, PetrTok, PetrVerb, PetrVerbPattern, PetrVerbs};
pub use tools::{
    check_dir, check_entries, convert_petrarch_to_native, CheckReport, ConvertReport, Duplicate,
    Overlap, PetrarchFiles,
};

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
