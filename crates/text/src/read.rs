//! Input readers: plain text, JSON Lines, PETRARCH XML and CoNLL-U files
//! become [`InputDoc`]s, with located [`Diagnostic`]s for everything that
//! was wrong. A bad line or record never stops the rest of the input.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::temporal::parse_iso_date;
use crate::tokenize::tokenize_as_sentence;
use crate::{decode_utf8_lossy_report, Diagnostic, Document, Sentence};

/// A document as read from input, before segmentation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct InputDoc {
    /// Given id, or the file stem, or a content hash (16 hex digits of
    /// [`dyad_event::stable_hash`] of the text).
    pub id: String,
    /// Publication date, if known.
    pub date: Option<NaiveDate>,
    /// Headline, if given.
    pub title: Option<String>,
    /// Source URL, if given.
    pub url: Option<String>,
    /// The text (for inputs with given sentences: their texts joined by a space).
    pub text: String,
    /// Sentences given by the input (PETRARCH XML, CoNLL-U); empty for raw text.
    pub given: Vec<GivenSentence>,
    /// Attributes of the input record (PETRARCH `<Sentence>` attributes:
    /// `id`, `date`, `sentence`, `source`, …), in input order.
    pub attributes: Vec<(String, String)>,
    /// Empty elements inside the record with their attributes (PETRARCH
    /// `<EventCoding eventcode=… sourcecode=… targetcode=…>`), in input order.
    pub annotations: Vec<(String, Vec<(String, String)>)>,
    /// Problems specific to this document (bad date, repaired text).
    pub diagnostics: Vec<Diagnostic>,
}

/// A sentence that the input already delimits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GivenSentence {
    /// Its id in the input (`# sent_id`, PETRARCH `id`), if any.
    pub id: Option<String>,
    /// Its text.
    pub text: String,
    /// A parse made elsewhere, if given.
    pub parse: Option<GivenParse>,
}

/// A parse supplied with the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum GivenParse {
    /// A Penn Treebank bracketed tree.
    Penn(String),
    /// A CoNLL-U sentence block (token lines, and comment lines if any).
    Conllu(String),
}

/// Input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    /// One document per file, optional `Date:`/`Title:`/`Id:`/`URL:` header.
    Text,
    /// One JSON object per line.
    Jsonl,
    /// PETRARCH `<Sentence>` records.
    PetrarchXml,
    /// CoNLL-U, documents split at `# newdoc`.
    Conllu,
}

/// How to read input.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Date for documents that do not carry their own (the CLI's `--date`).
    pub date: Option<NaiveDate>,
    /// Force a format instead of detecting it.
    pub format: Option<Format>,
}

impl InputDoc {
    /// Segment into a [`Document`]. With given sentences, the text is their
    /// texts joined by a single space and each becomes exactly one sentence,
    /// tokenized by the same tokenizer; otherwise the text is segmented.
    pub fn into_document(self) -> Document {
        let mut doc = Document {
            id: self.id,
            date: self.date,
            title: self.title,
            url: self.url,
            text: String::new(),
            sentences: Vec::new(),
            diagnostics: self.diagnostics,
        };
        if self.given.is_empty() {
            doc.text = self.text;
            doc.segment();
            return doc;
        }
        let mut text = String::new();
        for g in &self.given {
            if !text.is_empty() {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(&g.text);
            let tokens = tokenize_as_sentence(&g.text, start);
            let end = tokens.last().map_or(start, |t| t.end);
            let first = tokens.first().map_or(start, |t| t.start);
            doc.sentences.push(Sentence {
                start: first,
                end,
                tokens,
            });
        }
        doc.text = text;
        doc
    }
}

fn content_id(text: &str) -> String {
    format!("{:016x}", dyad_event::stable_hash(&[text.as_bytes()]))
}

/// Parse a date as given in inputs: ISO `YYYY-MM-DD`, `YYYYMMDD`, an ISO
/// timestamp (`2022-09-05T10:00:00Z`), or TABARI/PETRARCH `YYMMDD`
/// (years 00–49 → 20xx, 50–99 → 19xx).
pub fn parse_input_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.len() == 6 && s.bytes().all(|b| b.is_ascii_digit()) {
        let n = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
        let yy = i32::try_from(n(0..2)?).ok()?;
        let y = if yy < 50 { 2000 + yy } else { 1900 + yy };
        return NaiveDate::from_ymd_opt(y, n(2..4)?, n(4..6)?);
    }
    parse_iso_date(s).or_else(|| {
        s.get(..10)
            .filter(|_| s.as_bytes().get(10) == Some(&b'T'))
            .and_then(parse_iso_date)
    })
}

// ------------------------------------------------------------ plain text

/// Read a plain-text document: an optional header (`Date:`, `Title:`,
/// `Id:`, `URL:` lines up to the first blank line) and the text. The header
/// date wins over `opts.date`; the id defaults to `stem`.
pub fn read_text(text: &str, stem: &str, file: Option<&str>, opts: &ReadOptions) -> InputDoc {
    let mut doc = InputDoc {
        id: stem.to_string(),
        date: opts.date,
        ..Default::default()
    };
    let mut body_start = 0;
    let mut pos = 0;
    let mut in_header = true;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let l = line.trim();
        let header = l.split_once(':').and_then(|(k, v)| {
            let k = k.trim().to_ascii_lowercase();
            matches!(k.as_str(), "date" | "title" | "id" | "url").then(|| (k, v.trim().to_string()))
        });
        match header {
            Some((k, v)) if in_header => {
                match k.as_str() {
                    "date" => match parse_input_date(&v) {
                        Some(d) => doc.date = Some(d),
                        None => doc.diagnostics.push(
                            Diagnostic::warning(format!("unreadable date {v:?} (want YYYY-MM-DD)"))
                                .in_file(file)
                                .at_line(i + 1),
                        ),
                    },
                    "title" => doc.title = Some(v),
                    "id" => doc.id = v,
                    _ => doc.url = Some(v),
                }
                pos += line.len();
                body_start = pos;
            }
            _ => {
                if in_header && l.is_empty() && body_start > 0 {
                    body_start = pos + line.len();
                }
                in_header = false;
                if body_start == 0 || pos >= body_start {
                    break;
                }
            }
        }
    }
    doc.text = text[body_start.min(text.len())..].to_string();
    doc
}

// ------------------------------------------------------------ JSON Lines

#[derive(Deserialize)]
struct JsonDoc {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
    text: String,
}

fn json_line_doc(
    line: &str,
    file: Option<&str>,
    line_no: usize,
    opts: &ReadOptions,
) -> Result<InputDoc, Diagnostic> {
    let j: JsonDoc = serde_json::from_str(line).map_err(|e| {
        Diagnostic::error(format!("bad JSON document: {e}"))
            .in_file(file)
            .at_line(line_no)
    })?;
    let mut doc = InputDoc {
        title: j.title,
        url: j.url,
        date: opts.date,
        ..Default::default()
    };
    if let Some(d) = j.date.as_deref().filter(|d| !d.trim().is_empty()) {
        match parse_input_date(d) {
            Some(d) => doc.date = Some(d),
            None => doc.diagnostics.push(
                Diagnostic::warning(format!("unreadable date {d:?} (want YYYY-MM-DD)"))
                    .in_file(file)
                    .at_line(line_no),
            ),
        }
    }
    doc.id = match j.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => content_id(&j.text),
    };
    doc.text = j.text;
    Ok(doc)
}

/// Stream JSON Lines documents (`{"id","date","title","text","url"}`, only
/// `text` required, unknown fields ignored) from `r`. A malformed line
/// yields an `Err` diagnostic naming `file_name` and the line; reading goes
/// on with the next line. Blank lines are skipped.
pub fn read_jsonl<R: BufRead>(
    r: R,
    file_name: &str,
) -> impl Iterator<Item = Result<InputDoc, Diagnostic>> {
    read_jsonl_with(r, file_name.to_string(), ReadOptions::default())
}

fn read_jsonl_with<R: BufRead>(
    mut r: R,
    file_name: String,
    opts: ReadOptions,
) -> impl Iterator<Item = Result<InputDoc, Diagnostic>> {
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    let mut failed = false;
    std::iter::from_fn(move || loop {
        if failed {
            return None;
        }
        buf.clear();
        line_no += 1;
        match r.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(e) => {
                // An I/O error cannot be skipped like a bad line: stop.
                failed = true;
                return Some(Err(Diagnostic::error(format!("read error: {e}"))
                    .in_file(Some(&file_name))
                    .at_line(line_no)));
            }
        }
        let (line, mut diags) = decode_utf8_lossy_report(&buf, Some(&file_name));
        for d in &mut diags {
            d.line = Some(line_no);
            d.byte = None;
        }
        if line.trim().is_empty() {
            continue;
        }
        return Some(
            json_line_doc(line.trim(), Some(&file_name), line_no, &opts).map(|mut d| {
                d.diagnostics.extend(diags);
                d
            }),
        );
    })
}

// ------------------------------------------------------------ PETRARCH XML

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find('&') {
        out.push_str(&rest[..k]);
        rest = &rest[k..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => name
                    .strip_prefix("#x")
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn parse_attributes(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq].trim().to_string();
        let after = rest[eq + 1..].trim_start();
        let Some(q) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            break;
        };
        let Some(close) = after[1..].find(q) else {
            break;
        };
        out.push((name, decode_entities(&after[1..1 + close])));
        rest = &after[close + 2..];
    }
    out
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn detect_parse(p: &str) -> Option<GivenParse> {
    let t = p.trim();
    if t.is_empty() {
        return None;
    }
    if t.starts_with('(') {
        return Some(GivenParse::Penn(t.to_string()));
    }
    Some(GivenParse::Conllu(
        t.lines().map(str::trim_end).collect::<Vec<_>>().join("\n") + "\n",
    ))
}

/// Read PETRARCH XML: one [`InputDoc`] per `<Sentence>` record, its `<Text>`
/// as the single given sentence and its `<Parse>` (Penn tree or CoNLL-U,
/// detected) as the given parse. Tolerates the non-XML comment blocks of
/// real PETRARCH files and `<Sentence .../>` records whose `<Text>` follows
/// as a sibling.
pub fn read_petrarch_xml(
    xml: &str,
    file: Option<&str>,
    opts: &ReadOptions,
) -> (Vec<InputDoc>, Vec<Diagnostic>) {
    let mut docs: Vec<InputDoc> = Vec::new();
    let mut diags = Vec::new();
    let mut pos = 0usize;
    let mut line = 1usize;
    let mut counted_to = 0usize;
    let mut line_at = |p: usize| {
        line += xml.as_bytes()[counted_to..p]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        counted_to = p;
        line
    };
    // The record whose Text/Parse we are filling, and the open element.
    let mut open_record = false;
    while let Some(k) = xml[pos..].find('<') {
        let at = pos + k;
        let rest = &xml[at..];
        if rest.starts_with("<!--") {
            pos = match rest.find("-->") {
                Some(e) => at + e + 3,
                None => {
                    let l = line_at(at);
                    diags.push(
                        Diagnostic::warning("unterminated comment")
                            .in_file(file)
                            .at_line(l),
                    );
                    xml.len()
                }
            };
            continue;
        }
        let Some(gt) = rest.find('>') else {
            let l = line_at(at);
            diags.push(
                Diagnostic::error("unterminated tag")
                    .in_file(file)
                    .at_line(l),
            );
            break;
        };
        let tag = &rest[1..gt];
        pos = at + gt + 1;
        let self_closing = tag.ends_with('/');
        let tag = tag.trim_end_matches('/');
        let name_end = tag.find(|c: char| c.is_whitespace()).unwrap_or(tag.len());
        let name = &tag[..name_end];
        match name {
            "Sentence" => {
                let attrs = parse_attributes(&tag[name_end..]);
                let l = line_at(at);
                let get = |k: &str| attrs.iter().find(|(a, _)| a == k).map(|(_, v)| v.clone());
                let mut doc = InputDoc {
                    date: opts.date,
                    ..Default::default()
                };
                doc.id = get("id").unwrap_or_default();
                if let Some(d) = get("date") {
                    match parse_input_date(&d) {
                        Some(d) => doc.date = Some(d),
                        None => doc.diagnostics.push(
                            Diagnostic::warning(format!("unreadable date {d:?} (want YYYYMMDD)"))
                                .in_file(file)
                                .at_line(l),
                        ),
                    }
                }
                doc.attributes = attrs;
                docs.push(doc);
                open_record = true;
                let _ = self_closing;
            }
            "/Sentences" | "/Validation" => open_record = false,
            "Text" | "Parse" if !self_closing => {
                let close = format!("</{name}>");
                let Some(e) = xml[pos..].find(&close) else {
                    let l = line_at(at);
                    diags.push(
                        Diagnostic::error(format!("<{name}> without {close}"))
                            .in_file(file)
                            .at_line(l),
                    );
                    break;
                };
                let content = decode_entities(&xml[pos..pos + e]);
                pos += e + close.len();
                let Some(doc) = docs.last_mut().filter(|_| open_record) else {
                    let l = line_at(at);
                    diags.push(
                        Diagnostic::warning(format!("<{name}> outside a <Sentence>"))
                            .in_file(file)
                            .at_line(l),
                    );
                    continue;
                };
                if name == "Text" {
                    doc.text = collapse_ws(&content);
                    let id = (!doc.id.is_empty()).then(|| doc.id.clone());
                    doc.given = vec![GivenSentence {
                        id,
                        text: doc.text.clone(),
                        parse: None,
                    }];
                } else if let Some(g) = doc.given.last_mut() {
                    g.parse = detect_parse(&content);
                } else {
                    let l = line_at(at);
                    diags.push(
                        Diagnostic::warning("<Parse> before <Text>: ignored")
                            .in_file(file)
                            .at_line(l),
                    );
                }
            }
            n if open_record
                && !n.starts_with('/')
                && !n.starts_with('?')
                && !n.starts_with('!') =>
            {
                if let Some(doc) = docs.last_mut() {
                    doc.annotations
                        .push((n.to_string(), parse_attributes(&tag[name_end..])));
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::with_capacity(docs.len());
    for (i, mut d) in docs.into_iter().enumerate() {
        if d.given.is_empty() {
            diags.push(
                Diagnostic::warning(format!("<Sentence id={:?}> has no <Text>: skipped", d.id))
                    .in_file(file),
            );
            continue;
        }
        if d.id.is_empty() {
            d.id = format!("{}-{}", file.unwrap_or("xml"), i + 1);
        }
        out.push(d);
    }
    (out, diags)
}

// ------------------------------------------------------------ CoNLL-U

fn is_conllu_id(id: &str) -> bool {
    let num = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if let Some((a, b)) = id.split_once('-') {
        return num(a) && num(b);
    }
    if let Some((a, b)) = id.split_once('.') {
        return num(a) && num(b);
    }
    num(id)
}

/// Read CoNLL-U: documents split at `# newdoc` (id from `# newdoc id = …`,
/// else `stem-N`), one given sentence per block with its `# sent_id`,
/// `# text` (rebuilt from FORM and `SpaceAfter=No` when missing) and the
/// block itself as [`GivenParse::Conllu`]. Malformed lines (not 10
/// tab-separated columns, non-numeric id) are reported and left out.
pub fn read_conllu(
    text: &str,
    stem: &str,
    file: Option<&str>,
    opts: &ReadOptions,
) -> (Vec<InputDoc>, Vec<Diagnostic>) {
    let mut docs: Vec<InputDoc> = Vec::new();
    let mut diags = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    let mut sent_id: Option<String> = None;
    let mut sent_text: Option<String> = None;
    let mut newdoc: Option<Option<String>> = None;
    let finish = |block: &mut Vec<&str>,
                  sent_id: &mut Option<String>,
                  sent_text: &mut Option<String>,
                  newdoc: &mut Option<Option<String>>,
                  docs: &mut Vec<InputDoc>| {
        if let Some(nd) = newdoc.take() {
            let id = nd.unwrap_or_else(|| format!("{stem}-{}", docs.len() + 1));
            docs.push(InputDoc {
                id,
                date: opts.date,
                ..Default::default()
            });
        }
        let has_tokens = block.iter().any(|l| !l.starts_with('#'));
        if has_tokens {
            if docs.is_empty() {
                docs.push(InputDoc {
                    id: stem.to_string(),
                    date: opts.date,
                    ..Default::default()
                });
            }
            let text = sent_text.take().unwrap_or_else(|| {
                let mut t = String::new();
                let mut skip_to = 0usize;
                for l in block.iter().filter(|l| !l.starts_with('#')) {
                    let cols: Vec<&str> = l.split('\t').collect();
                    if cols[0].contains('.') {
                        continue;
                    }
                    if let Some((_, b)) = cols[0].split_once('-') {
                        skip_to = b.parse().unwrap_or(0);
                    } else if cols[0].parse::<usize>().is_ok_and(|n| n <= skip_to) {
                        continue;
                    }
                    t.push_str(cols[1]);
                    if !cols[9].contains("SpaceAfter=No") {
                        t.push(' ');
                    }
                }
                t.trim_end().to_string()
            });
            let parse = block.iter().map(|l| format!("{l}\n")).collect::<String>();
            if let Some(doc) = docs.last_mut() {
                doc.given.push(GivenSentence {
                    id: sent_id.take(),
                    text,
                    parse: Some(GivenParse::Conllu(parse)),
                });
            }
        }
        block.clear();
        *sent_id = None;
        *sent_text = None;
    };
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            finish(
                &mut block,
                &mut sent_id,
                &mut sent_text,
                &mut newdoc,
                &mut docs,
            );
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim();
            let kv = c.split_once('=').map(|(k, v)| (k.trim(), v.trim()));
            if c.starts_with("newdoc") {
                finish(
                    &mut block,
                    &mut sent_id,
                    &mut sent_text,
                    &mut newdoc,
                    &mut docs,
                );
                newdoc = Some(kv.map(|(_, v)| v.to_string()).filter(|v| !v.is_empty()));
            } else if let Some(("sent_id", v)) = kv {
                sent_id = Some(v.to_string());
            } else if let Some(("text", v)) = kv {
                sent_text = Some(v.to_string());
            }
            block.push(line);
            continue;
        }
        let cols = line.split('\t').count();
        let id = line.split('\t').next().unwrap_or("");
        if cols != 10 {
            diags.push(
                Diagnostic::error(format!("expected 10 tab-separated columns, found {cols}"))
                    .in_file(file)
                    .at_line(line_no),
            );
            continue;
        }
        if !is_conllu_id(id) {
            diags.push(
                Diagnostic::error(format!("bad token id {id:?}"))
                    .in_file(file)
                    .at_line(line_no),
            );
            continue;
        }
        block.push(line);
    }
    finish(
        &mut block,
        &mut sent_id,
        &mut sent_text,
        &mut newdoc,
        &mut docs,
    );
    docs.retain(|d| !d.given.is_empty());
    for d in &mut docs {
        d.text = d
            .given
            .iter()
            .map(|g| g.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
    }
    (docs, diags)
}

// ------------------------------------------------------------ files

fn detect_format(path: &Path, text: &str) -> Format {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("jsonl" | "json" | "ndjson") => return Format::Jsonl,
        Some("xml") => return Format::PetrarchXml,
        Some("conllu" | "conll") => return Format::Conllu,
        Some("txt" | "text") => return Format::Text,
        _ => {}
    }
    let t = text.trim_start();
    if t.starts_with('{') {
        Format::Jsonl
    } else if t.starts_with('<') && text.contains("<Sentence") {
        Format::PetrarchXml
    } else if t.starts_with("# newdoc") || t.starts_with("# sent_id") || t.starts_with("1\t") {
        Format::Conllu
    } else {
        Format::Text
    }
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>, diags: &mut Vec<Diagnostic>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            diags.push(
                Diagnostic::error(format!("cannot list directory: {e}"))
                    .in_file(Some(&dir.display().to_string())),
            );
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'))
        {
            continue;
        }
        if p.is_dir() {
            collect_files(&p, out, diags);
        } else {
            out.push(p);
        }
    }
}

/// Read a file or every file under a directory (recursively, sorted by
/// path, hidden files skipped), detecting each file's format by extension
/// (`.jsonl`/`.json` JSON Lines, `.xml` PETRARCH, `.conllu` CoNLL-U,
/// `.txt` text) or, without a known extension, by content. Binary files
/// (a NUL byte in the first 8 KB) are reported and skipped; empty files
/// give a warning and no document.
pub fn read_path(path: &Path, opts: &ReadOptions) -> (Vec<InputDoc>, Vec<Diagnostic>) {
    let mut docs = Vec::new();
    let mut diags = Vec::new();
    let mut files = Vec::new();
    if path.is_dir() {
        collect_files(path, &mut files, &mut diags);
    } else {
        files.push(path.to_path_buf());
    }
    for f in files {
        read_file(&f, opts, &mut docs, &mut diags);
    }
    (docs, diags)
}

fn read_file(
    path: &Path,
    opts: &ReadOptions,
    docs: &mut Vec<InputDoc>,
    diags: &mut Vec<Diagnostic>,
) {
    let name = path.display().to_string();
    let file = Some(name.as_str());
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            diags.push(Diagnostic::error(format!("cannot read: {e}")).in_file(file));
            return;
        }
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        diags.push(Diagnostic::warning("empty file: no document").in_file(file));
        return;
    }
    if let Some(nul) = bytes.iter().take(8192).position(|&b| b == 0) {
        diags.push(
            Diagnostic::error("binary file (NUL byte): skipped")
                .in_file(file)
                .at_byte(nul),
        );
        return;
    }
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("doc")
        .to_string();
    let format = opts.format.unwrap_or_else(|| {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
        detect_format(path, &head)
    });
    match format {
        Format::Jsonl => {
            for r in read_jsonl_with(std::io::Cursor::new(bytes), name.clone(), opts.clone()) {
                match r {
                    Ok(d) => docs.push(d),
                    Err(d) => diags.push(d),
                }
            }
        }
        _ => {
            let (text, decode_diags) = decode_utf8_lossy_report(&bytes, file);
            diags.extend(decode_diags);
            match format {
                Format::PetrarchXml => {
                    let (d, e) = read_petrarch_xml(&text, file, opts);
                    docs.extend(d);
                    diags.extend(e);
                }
                Format::Conllu => {
                    let (d, e) = read_conllu(&text, &stem, file, opts);
                    docs.extend(d);
                    diags.extend(e);
                }
                _ => docs.push(read_text(&text, &stem, file, opts)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Severity;

    fn d(s: &str) -> NaiveDate {
        parse_iso_date(s).unwrap_or_else(|| panic!("bad test date {s}"))
    }

    #[test]
    fn input_dates() {
        assert_eq!(parse_input_date("20080801"), Some(d("2008-08-01")));
        assert_eq!(parse_input_date("121108"), Some(d("2012-11-08")));
        assert_eq!(parse_input_date("950101"), Some(d("1995-01-01")));
        assert_eq!(
            parse_input_date("2022-09-05T10:00:00Z"),
            Some(d("2022-09-05"))
        );
        assert_eq!(parse_input_date("2022-09-05 10:00"), None);
        assert_eq!(parse_input_date("5 Sept"), None);
    }

    #[test]
    fn text_header_is_read_until_blank_line() {
        let t = "Date: 2022-09-05\nTitle: Wheat talks\nId: kabul-1\nURL: http://x.org/a\n\nRussia pledged wheat.\nDate: not a header\n";
        let doc = read_text(t, "stem", Some("a.txt"), &ReadOptions::default());
        assert_eq!(doc.id, "kabul-1");
        assert_eq!(doc.date, Some(d("2022-09-05")));
        assert_eq!(doc.title.as_deref(), Some("Wheat talks"));
        assert_eq!(doc.url.as_deref(), Some("http://x.org/a"));
        assert_eq!(doc.text, "Russia pledged wheat.\nDate: not a header\n");
        let opts = ReadOptions {
            date: Some(d("2020-01-02")),
            format: None,
        };
        let doc = read_text("Russia pledged wheat.", "stem", None, &opts);
        assert_eq!((doc.id.as_str(), doc.date), ("stem", Some(d("2020-01-02"))));
        assert_eq!(doc.text, "Russia pledged wheat.");
        let doc = read_text("Date: 5 Sept\n\nText.", "s", Some("b.txt"), &opts);
        assert_eq!(doc.diagnostics.len(), 1);
        assert_eq!(doc.diagnostics[0].line, Some(1));
        assert_eq!(doc.text, "Text.");
    }

    #[test]
    fn jsonl_bad_and_truncated_lines_are_reported_and_skipped() {
        let input = concat!(
            "{\"id\":\"a\",\"date\":\"2022-09-05\",\"title\":\"T\",\"text\":\"One.\",\"extra\":[1,2]}\n",
            "{\"id\":\"b\",\"text\":\n",
            "\n",
            "{\"text\":\"No id here.\",\"date\":\"2022-09-05T10:00:00Z\"}\n",
            "{\"id\":7,\"text\":\"Numeric id.\",\"date\":\"yesterday\"}\n",
            "{\"id\":\"c\",\"text\":\"Trunc"
        );
        let results: Vec<_> = read_jsonl(std::io::Cursor::new(input), "in.jsonl").collect();
        assert_eq!(results.len(), 5);
        let ok: Vec<&InputDoc> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
        let errs: Vec<&Diagnostic> = results.iter().filter_map(|r| r.as_ref().err()).collect();
        assert_eq!(ok.len(), 3);
        assert_eq!(errs.len(), 2);
        assert_eq!(
            (errs[0].file.as_deref(), errs[0].line),
            (Some("in.jsonl"), Some(2))
        );
        assert_eq!(errs[1].line, Some(6));
        assert_eq!(errs[1].severity, Severity::Error);
        assert_eq!(ok[0].id, "a");
        assert_eq!(ok[0].title.as_deref(), Some("T"));
        assert_eq!(
            ok[1].id,
            format!("{:016x}", dyad_event::stable_hash(&[b"No id here."]))
        );
        assert_eq!(ok[1].date, Some(d("2022-09-05")));
        assert_eq!(ok[2].id, "7");
        assert_eq!(ok[2].date, None);
        assert_eq!(ok[2].diagnostics.len(), 1);
        assert_eq!(ok[2].diagnostics[0].line, Some(5));
    }

    #[test]
    fn jsonl_invalid_utf8_is_repaired_with_a_warning() {
        let input: &[u8] =
            b"{\"id\":\"a\",\"text\":\"Kabul \xff talks.\"}\n{\"id\":\"b\",\"text\":\"Fine.\"}\n";
        let results: Vec<_> = read_jsonl(input, "x.jsonl").collect();
        let a = results[0].as_ref().expect("first line still parses");
        assert!(a.text.contains('\u{FFFD}'));
        assert_eq!(a.diagnostics[0].line, Some(1));
        assert!(results[1].is_ok());
    }

    #[test]
    fn petrarch_xml_records_with_penn_and_conllu_parses() {
        let xml = r#"<Sentences>
<!-- a <Sentence> in a comment is ignored -->
<Sentence date="20080801" id="S1" source="AFP" sentence="true">
<EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
<Text>
Arnor &amp; Gondor met
on Friday.
</Text>
<Parse>
(ROOT (S (NP (NNP Arnor)) (VP (VBD met)) (. .)))
</Parse>
</Sentence>
<Sentence date="2008-08-02" id="S2" evaluate="true"/>
<Text>Gondor left.</Text>
<Parse>
1	Gondor	Gondor	PROPN	NNP	_	2	nsubj	_	_
2	left	leave	VERB	VBD	_	0	root	_	_
3	.	.	PUNCT	.	_	2	punct	_	_
</Parse>
<Sentence date="bad" id="S3"><Text>x</Text>
</Sentences>"#;
        let (docs, diags) = read_petrarch_xml(xml, Some("p.xml"), &ReadOptions::default());
        assert_eq!(docs.len(), 3);
        assert_eq!(docs[0].id, "S1");
        assert_eq!(docs[0].date, Some(d("2008-08-01")));
        assert_eq!(docs[0].text, "Arnor & Gondor met on Friday.");
        assert!(matches!(docs[0].given[0].parse, Some(GivenParse::Penn(_))));
        assert_eq!(docs[0].annotations[0].0, "EventCoding");
        assert!(docs[0].annotations[0]
            .1
            .contains(&("eventcode".to_string(), "042".to_string())));
        assert!(docs[0]
            .attributes
            .contains(&("sentence".to_string(), "true".to_string())));
        assert_eq!(docs[1].date, Some(d("2008-08-02")));
        assert!(
            matches!(&docs[1].given[0].parse, Some(GivenParse::Conllu(c)) if c.lines().count() == 3)
        );
        assert_eq!(docs[2].diagnostics.len(), 1);
        assert_eq!(docs[2].diagnostics[0].line, Some(20));
        assert!(diags.is_empty(), "{diags:?}");
        let doc = docs[0].clone().into_document();
        assert_eq!(doc.sentences.len(), 1);
        assert_eq!(doc.sentences[0].tokens.len(), 7);
    }

    #[test]
    fn conllu_documents_sentences_and_malformed_lines() {
        let c = "# newdoc id = d1\n# sent_id = s1\n# text = Hi there.\n1\tHi\t_\t_\t_\t_\t0\troot\t_\t_\n2\tthere\t_\t_\t_\t_\t1\tadvmod\t_\tSpaceAfter=No\n3\t.\t_\t_\t_\t_\t1\tpunct\t_\t_\n\n# sent_id = s2\n1\tBye\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\nx\tbad\n2\t!\t_\t_\t_\t_\t1\tpunct\t_\t_\n\n# newdoc\n# sent_id = s3\n1\tOk\t_\t_\t_\t_\t0\troot\t_\t_\nz\t.\t_\t_\t_\t_\t1\tpunct\t_\t_\n";
        let (docs, diags) = read_conllu(c, "f", Some("f.conllu"), &ReadOptions::default());
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "d1");
        assert_eq!(docs[1].id, "f-2");
        assert_eq!(docs[0].given.len(), 2);
        assert_eq!(docs[0].given[1].text, "Bye!");
        assert_eq!(docs[0].given[1].id.as_deref(), Some("s2"));
        assert_eq!(docs[0].text, "Hi there. Bye!");
        assert_eq!(diags.len(), 2);
        assert_eq!(diags[0].line, Some(10));
        assert!(diags[0].message.contains("10 tab-separated"));
        assert_eq!(diags[1].line, Some(16));
        let doc = docs[0].clone().into_document();
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(doc.sentence_text(1), Some("Bye!"));
    }

    #[test]
    fn directories_binary_empty_and_invalid_files() {
        let dir = std::env::temp_dir().join(format!("dyad-text-read-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub")).expect("temp dir");
        let w = |name: &str, bytes: &[u8]| {
            std::fs::write(dir.join(name), bytes).expect("write temp file")
        };
        w(
            "b.txt",
            b"Date: 2022-09-05\n\nRussia pledged wheat. It arrived late.",
        );
        w(
            "a.jsonl",
            b"{\"id\":\"j1\",\"text\":\"One.\"}\n{broken\n{\"id\":\"j2\",\"text\":\"Two.\"}\n",
        );
        w("c.bin", b"\x00\x01\x02binary");
        w("d.txt", b"");
        w("e.txt", b"Bad \xff byte here.");
        w("sub/f.conllu", b"1\tHi\t_\t_\t_\t_\t0\troot\t_\t_\n\n");
        let (docs, diags) = read_path(&dir, &ReadOptions::default());
        let _ = std::fs::remove_dir_all(&dir);
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["j1", "j2", "b", "e", "f"]);
        assert_eq!(diags.len(), 4, "{diags:?}");
        assert!(diags[0].message.contains("bad JSON") && diags[0].line == Some(2));
        assert!(diags[1].message.contains("binary") && diags[1].severity == Severity::Error);
        assert!(diags[2].message.contains("empty") && diags[2].severity == Severity::Warning);
        assert!(diags[3].message.contains("invalid UTF-8") && diags[3].byte == Some(4));
        let b = docs[2].clone().into_document();
        assert_eq!(b.date, Some(d("2022-09-05")));
        assert_eq!(b.sentences.len(), 2);
    }

    fn shared(name: &str) -> Option<PathBuf> {
        let dir = std::env::var_os("DYAD_SHARED_DATA")
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
        if dir.is_dir() {
            return Some(dir);
        }
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("CI=true but ../shared/data is missing: {name}");
        }
        eprintln!("SKIPPED (needs ../shared/data): {name}");
        None
    }

    #[test]
    fn shared_petrarch_files_read_cleanly() {
        let Some(dir) = shared("shared_petrarch_files_read_cleanly") else {
            return;
        };
        let opts = ReadOptions::default();
        for (file, n, penn) in [
            ("PETR.UnitTest.records.xml", 284, true),
            (
                "PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml",
                284,
                false,
            ),
            ("PETR2_GSR_validation.xml", 78, false),
            ("GigaWord.sample.PETR.xml", 76, true),
        ] {
            let (docs, diags) = read_path(&dir.join("petrarch").join(file), &opts);
            assert!(diags.is_empty(), "{file}: {diags:?}");
            assert_eq!(docs.len(), n, "{file}");
            for doc in &docs {
                assert!(doc.date.is_some(), "{file} {}: no date", doc.id);
                assert!(
                    doc.diagnostics.is_empty(),
                    "{file} {}: {:?}",
                    doc.id,
                    doc.diagnostics
                );
                let parse = doc.given[0].parse.as_ref();
                let ok = match parse {
                    Some(GivenParse::Penn(p)) => penn && p.starts_with('('),
                    Some(GivenParse::Conllu(c)) => !penn && c.starts_with("1\t"),
                    None => false,
                };
                assert!(ok, "{file} {}: {parse:?}", doc.id);
            }
        }
    }

    #[test]
    fn shared_ewt_dev_reads_as_conllu() {
        let Some(dir) = shared("shared_ewt_dev_reads_as_conllu") else {
            return;
        };
        let (docs, diags) = read_path(
            &dir.join("ud/en_ewt/en_ewt-ud-dev.conllu"),
            &ReadOptions::default(),
        );
        assert!(diags.is_empty(), "{:?}", &diags[..diags.len().min(5)]);
        assert_eq!(docs.len(), 318);
        assert_eq!(docs.iter().map(|d| d.given.len()).sum::<usize>(), 2001);
    }
}
