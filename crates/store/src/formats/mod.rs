//! Event data formats: GDELT 1.0/2.0 exports, ICEWS coded event files,
//! JSON Lines, CSV and POLECAT/PLOVER JSON.
//!
//! Readers stream from a [`BufRead`](std::io::BufRead) and yield one
//! `Result<Event, RowError>` per row: a malformed row is reported with its
//! file and line and skipped, never silently dropped. The caller counts and
//! prints the errors.

mod countries;
pub mod csv;
pub mod gdelt;
pub mod icews;
pub mod jsonl;
pub mod plover;

pub use countries::{country_iso3, icews_sectors_to_agent};
pub use gdelt::{read_gdelt_rexport, to_gdelt2_row, write_gdelt2, GdeltReader};
pub use icews::IcewsReader;

use std::io::BufRead;

/// A row that could not be read, located in its file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct RowError {
    /// File name (as given by the caller).
    pub file: String,
    /// 1-based line number where the row starts.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Split every item of a reader into events and located errors.
pub fn collect_rows<I>(rows: I) -> (Vec<dyad_event::Event>, Vec<RowError>)
where
    I: IntoIterator<Item = Result<dyad_event::Event, RowError>>,
{
    let mut events = Vec::new();
    let mut errors = Vec::new();
    for r in rows {
        match r {
            Ok(e) => events.push(e),
            Err(e) => errors.push(e),
        }
    }
    (events, errors)
}

/// Reads lines into a reused buffer, tracking line numbers; strips `\r\n`.
pub(crate) struct LineReader<R> {
    inner: R,
    buf: Vec<u8>,
    /// 1-based number of the line last read.
    pub line: usize,
}

impl<R: BufRead> LineReader<R> {
    pub(crate) fn new(inner: R) -> Self {
        LineReader {
            inner,
            buf: Vec::with_capacity(1024),
            line: 0,
        }
    }

    /// The next line's bytes without its terminator; `Ok(None)` at end of input.
    pub(crate) fn next_line(&mut self) -> std::io::Result<Option<&[u8]>> {
        self.buf.clear();
        let n = self.inner.read_until(b'\n', &mut self.buf)?;
        if n == 0 {
            return Ok(None);
        }
        self.line += 1;
        let mut end = self.buf.len();
        while end > 0 && (self.buf[end - 1] == b'\n' || self.buf[end - 1] == b'\r') {
            end -= 1;
        }
        Ok(Some(&self.buf[..end]))
    }
}

/// Parse a CSV record (RFC 4180: `"` quoting, `""` escapes, newlines inside
/// quotes) starting with `first`, reading continuation lines as needed.
/// Returns the fields, or an error message for an unterminated quote.
pub(crate) fn csv_record<R: BufRead>(
    first: &str,
    more: &mut LineReader<R>,
) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut text = first.to_string();
    loop {
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if in_quotes {
                if c == '"' {
                    if chars.peek() == Some(&'"') {
                        field.push('"');
                        chars.next();
                    } else {
                        in_quotes = false;
                    }
                } else {
                    field.push(c);
                }
            } else if c == '"' {
                in_quotes = true;
            } else if c == ',' {
                fields.push(std::mem::take(&mut field));
            } else {
                field.push(c);
            }
        }
        if !in_quotes {
            fields.push(field);
            return Ok(fields);
        }
        field.push('\n');
        match more.next_line() {
            Ok(Some(next)) => text = String::from_utf8_lossy(next).into_owned(),
            Ok(None) => return Err("unterminated quoted field at end of file".to_string()),
            Err(e) => return Err(e.to_string()),
        }
    }
}

/// Append `s` to `out` as a CSV field, quoting when needed.
pub(crate) fn csv_field(out: &mut String, s: &str) {
    if s.contains([',', '"', '\n', '\r']) {
        out.push('"');
        for c in s.chars() {
            if c == '"' {
                out.push('"');
            }
            out.push(c);
        }
        out.push('"');
    } else {
        out.push_str(s);
    }
}

/// Fill `cols` with the tab-separated fields of `line`; returns how many there are
/// (counting beyond `cols.len()` without storing them).
pub(crate) fn split_tabs<'a>(line: &'a str, cols: &mut [&'a str]) -> usize {
    let mut n = 0;
    for f in line.split('\t') {
        if n < cols.len() {
            cols[n] = f;
        }
        n += 1;
    }
    n
}
