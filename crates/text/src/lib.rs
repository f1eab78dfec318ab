//! Text stage of dyad: raw bytes → [`Document`] with sentences and tokens.
//!
//! `dyad-text` decodes input (invalid UTF-8 replaced, counted and reported),
//! splits newswire and web text into sentences, tokenizes them following the
//! UD English EWT conventions (punctuation split off, clitics `'s` `n't`
//! split, abbreviations kept whole), resolves temporal expressions against a
//! document date ([`temporal`]), reads the input formats the CLI accepts
//! ([`read`]) and evaluates segmentation against a CoNLL-U treebank
//! ([`eval`]).
//!
//! **Architecture invariant:** this crate knows nothing about CAMEO, actors,
//! dictionaries, parsing models or the event store. Its only dyad dependency
//! is `dyad-event`, for [`dyad_event::DatePrecision`] and
//! [`dyad_event::stable_hash`]. Every token keeps byte offsets into the
//! original text, so later stages can point at their evidence exactly.
//!
//! ```
//! use dyad_text::segment;
//! let text = "Gen. Smith met U.S. officials on Sept. 29. They didn't agree.";
//! let sentences = segment(text);
//! assert_eq!(sentences.len(), 2);
//! let words: Vec<&str> = sentences[1].tokens.iter().map(|t| t.text.as_str()).collect();
//! assert_eq!(words, ["They", "did", "n't", "agree", "."]);
//! assert_eq!(&text[sentences[0].start..sentences[0].end], "Gen. Smith met U.S. officials on Sept. 29.");
//! ```

pub mod eval;
pub mod read;
pub mod temporal;
mod tokenize;

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The string type of [`Token::text`]: stores up to 24 bytes inline (no heap
/// allocation), derefs to `str`, compares with `str`/`&str`/`String`, and
/// serializes as a plain JSON string. Re-exported so callers can name it.
pub use compact_str::CompactString;

pub use tokenize::{
    is_clitic_continuation, normalize, segment, segment_with_diagnostics, tokenize_as_sentence,
    MAX_SENTENCE_TOKENS,
};

/// A document: its metadata, its text, its sentences and the problems met
/// while reading and segmenting it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Document {
    /// The id given in the input, or a content hash.
    pub id: String,
    /// Publication date, if known.
    pub date: Option<NaiveDate>,
    /// Headline, if given.
    pub title: Option<String>,
    /// Where the document came from, if given.
    pub url: Option<String>,
    /// The original text; all offsets point into it.
    pub text: String,
    /// Sentences in text order (empty until [`Document::segment`] runs).
    pub sentences: Vec<Sentence>,
    /// Problems met while reading or segmenting.
    pub diagnostics: Vec<Diagnostic>,
}

impl Document {
    /// A document with the given id and text, not yet segmented.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            ..Default::default()
        }
    }

    /// Split [`Document::text`] into sentences and tokens, replacing any
    /// previous segmentation; warnings (over-long sentences) are appended to
    /// [`Document::diagnostics`].
    pub fn segment(&mut self) {
        let (sentences, diags) = segment_with_diagnostics(&self.text);
        self.sentences = sentences;
        self.diagnostics.extend(diags);
    }

    /// The original text of sentence `i`, if it exists.
    pub fn sentence_text(&self, i: usize) -> Option<&str> {
        let s = self.sentences.get(i)?;
        self.text.get(s.start..s.end)
    }
}

/// A sentence: a byte span of [`Document::text`] and its tokens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte offset of the first token's start.
    pub start: usize,
    /// Byte offset just past the last token.
    pub end: usize,
    /// Tokens (UD words: clitics already split) in order.
    pub tokens: Vec<Token>,
}

/// A token: a byte span of the original text and its normalised form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Byte offset of the token's first byte in the original text.
    pub start: usize,
    /// Byte offset just past the token.
    pub end: usize,
    /// Normalised form used for matching: typographic quotes → `'`/`"`,
    /// en/em dashes → `-`, odd spaces removed. `&text[start..end]` is the
    /// original. A [`CompactString`] rather than a `String` so that the
    /// common short token costs no allocation: use `.as_str()`, `&*text`,
    /// `.to_string()` or `String::from(text)` where a `str`/`String` is needed.
    pub text: CompactString,
}

/// How bad a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Severity {
    /// Input was used, perhaps after repair.
    Warning,
    /// Input (a line, a record, a file) was skipped.
    Error,
}

/// A located problem in the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub struct Diagnostic {
    /// File name, if the input came from a file.
    pub file: Option<String>,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 0-based byte offset, when known (and no line is).
    pub byte: Option<usize>,
    /// Warning or error.
    pub severity: Severity,
    /// What went wrong.
    pub message: String,
}

impl Diagnostic {
    /// A warning with no location yet.
    pub fn warning(message: impl Into<String>) -> Self {
        Diagnostic {
            file: None,
            line: None,
            byte: None,
            severity: Severity::Warning,
            message: message.into(),
        }
    }

    /// An error with no location yet.
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            ..Diagnostic::warning(message)
        }
    }

    /// Set the file name.
    pub fn in_file(mut self, file: Option<&str>) -> Self {
        self.file = file.map(str::to_string);
        self
    }

    /// Set the 1-based line.
    pub fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }

    /// Set the byte offset.
    pub fn at_byte(mut self, byte: usize) -> Self {
        self.byte = Some(byte);
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut located = false;
        if let Some(file) = &self.file {
            write!(f, "{file}")?;
            located = true;
        }
        if let Some(line) = self.line {
            if located {
                write!(f, ":{line}")?;
            } else {
                write!(f, "line {line}")?;
            }
            located = true;
        } else if let Some(byte) = self.byte {
            if located {
                write!(f, ": byte {byte}")?;
            } else {
                write!(f, "byte {byte}")?;
            }
            located = true;
        }
        if located {
            write!(f, ": ")?;
        }
        write!(f, "{}", self.message)
    }
}

/// Decode bytes as UTF-8, replacing each invalid sequence with U+FFFD.
/// When anything was replaced, one warning names the byte offset of the first
/// bad byte and the number of replacements. Never panics.
pub fn decode_utf8_lossy_report(bytes: &[u8], file: Option<&str>) -> (String, Vec<Diagnostic>) {
    let mut out = String::with_capacity(bytes.len());
    let mut first_bad: Option<usize> = None;
    let mut count = 0usize;
    let mut pos = 0usize;
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        pos += chunk.valid().len();
        let invalid = chunk.invalid();
        if !invalid.is_empty() {
            first_bad.get_or_insert(pos);
            count += 1;
            out.push('\u{FFFD}');
            pos += invalid.len();
        }
    }
    let mut diags = Vec::new();
    if let Some(at) = first_bad {
        diags.push(
            Diagnostic::warning(format!(
                "invalid UTF-8: {count} invalid byte sequence{} replaced by U+FFFD (first at byte {at})",
                if count == 1 { "" } else { "s" }
            ))
            .in_file(file)
            .at_byte(at),
        );
    }
    (out, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_replaced_counted_and_located() {
        let bytes = b"Kabul \xff\xfe talks\xc3 resumed.";
        let (text, diags) = decode_utf8_lossy_report(bytes, Some("a.txt"));
        assert!(text.starts_with("Kabul \u{FFFD}"));
        assert!(text.ends_with("resumed."));
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].byte, Some(6));
        assert!(
            diags[0].message.contains("3 invalid"),
            "{}",
            diags[0].message
        );
        assert_eq!(diags[0].to_string().split(':').next(), Some("a.txt"));
        assert!(diags[0].to_string().starts_with("a.txt: byte 6: "));
        // The rest of the input is still segmented.
        let sents = segment(&text);
        assert_eq!(sents.len(), 1);
        assert_eq!(sents[0].tokens.last().map(|t| t.text.as_str()), Some("."));
    }

    #[test]
    fn valid_utf8_has_no_diagnostics() {
        let (text, diags) = decode_utf8_lossy_report("Mazar-i-Sharif – «ok»".as_bytes(), None);
        assert_eq!(text, "Mazar-i-Sharif – «ok»");
        assert!(diags.is_empty());
    }

    #[test]
    fn diagnostic_display_forms() {
        let d = Diagnostic::error("bad column count")
            .in_file(Some("x.conllu"))
            .at_line(7);
        assert_eq!(d.to_string(), "x.conllu:7: bad column count");
        let d = Diagnostic::warning("odd").at_byte(3);
        assert_eq!(d.to_string(), "byte 3: odd");
    }
}
