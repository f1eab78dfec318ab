//! JSON Lines events: one serde-serialized [`Event`] per line.

use std::io::{BufRead, Write};

use dyad_event::Event;

use super::{LineReader, RowError};

/// Write events as JSON Lines; returns how many were written.
pub fn write_jsonl<'a, W: Write>(
    mut out: W,
    events: impl IntoIterator<Item = &'a Event>,
) -> std::io::Result<usize> {
    let mut n = 0;
    for e in events {
        serde_json::to_writer(&mut out, e)?;
        out.write_all(b"\n")?;
        n += 1;
    }
    Ok(n)
}

/// Streaming reader of JSON Lines events (blank lines are skipped).
pub struct JsonlReader<R> {
    lines: LineReader<R>,
    file: String,
}

impl<R: BufRead> JsonlReader<R> {
    /// Read events from `reader`; `file` names it in errors.
    pub fn new(reader: R, file: impl Into<String>) -> Self {
        JsonlReader {
            lines: LineReader::new(reader),
            file: file.into(),
        }
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
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
            let r = serde_json::from_slice::<Event>(line);
            let line_no = self.lines.line;
            return Some(r.map_err(|e| RowError {
                file: self.file.clone(),
                line: line_no,
                message: e.to_string(),
            }));
        }
    }
}
