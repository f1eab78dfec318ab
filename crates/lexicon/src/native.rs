//! Reader and writer for dyad's own dictionary format (`*.dyad`, docs/dictionary-format.md).

use crate::diag::{Diagnostic, Diags};
use crate::model::*;
use chrono::NaiveDate;
use std::fmt::Write as _;
use std::sync::Arc;

/// Everything one or more native files define, in file order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NativeDict {
    /// country, igo, group, person and actor entries.
    pub actors: Vec<ActorEntry>,
    /// agent names (one per `name` line).
    pub agents: Vec<AgentEntry>,
    /// verb patterns (one per `pattern` line).
    pub verbs: Vec<VerbPattern>,
    /// cue phrases (one per `name` line).
    pub cues: Vec<CueEntry>,
    /// discard phrases (one per `name` line).
    pub discards: Vec<DiscardEntry>,
}

impl NativeDict {
    /// Append another dictionary's entries.
    pub fn extend(&mut self, other: NativeDict) {
        self.actors.extend(other.actors);
        self.agents.extend(other.agents);
        self.verbs.extend(other.verbs);
        self.cues.extend(other.cues);
        self.discards.extend(other.discards);
    }
}

/// Words that mark an oblique target when they stand right before `$`.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "to", "with", "for", "against", "on", "in", "into", "at", "from", "of", "by", "about", "over",
    "toward", "towards", "upon", "onto", "across", "through", "between", "among", "without",
    "within", "under", "behind", "near", "after", "before", "during", "via", "despite", "beyond",
    "along",
];

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Actor(EntryKind),
    Agent,
    Verb,
    Cue,
    Discard,
}

fn parse_kind(s: &str) -> Option<Kind> {
    Some(match s {
        "country" => Kind::Actor(EntryKind::Country),
        "igo" => Kind::Actor(EntryKind::Igo),
        "group" => Kind::Actor(EntryKind::Group),
        "person" => Kind::Actor(EntryKind::Person),
        "actor" => Kind::Actor(EntryKind::Actor),
        "agent" => Kind::Agent,
        "verb" => Kind::Verb,
        "cue" => Kind::Cue,
        "discard" => Kind::Discard,
        _ => return None,
    })
}

/// True for a CAMEO actor code: 3+ uppercase ASCII letters or digits, in groups of 3.
pub fn is_valid_actor_code(code: &str) -> bool {
    !code.is_empty()
        && code.len().is_multiple_of(3)
        && code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// True for a CAMEO event code known to the bundled table (or its parent).
pub fn is_valid_event_code(code: &str) -> bool {
    (code.len() == 2 || code.len() == 3 || code.len() == 4)
        && code.bytes().all(|b| b.is_ascii_digit())
        && dyad_event::cameo::lookup_or_parent(code).is_some()
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let b = s.as_bytes();
    let well_formed = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !well_formed {
        return Err(format!("malformed date {s:?} (expected YYYY-MM-DD)"));
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("impossible date {s:?}"))
}

/// Parse a `FROM..TO` range (either end may be empty).
fn parse_range(s: &str) -> Result<(Option<NaiveDate>, Option<NaiveDate>), String> {
    let Some((a, b)) = s.split_once("..") else {
        return Err(format!("not a date range: {s:?}"));
    };
    let from = if a.is_empty() {
        None
    } else {
        Some(parse_date(a)?)
    };
    let to = if b.is_empty() {
        None
    } else {
        Some(parse_date(b)?)
    };
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(format!("reversed date range {s:?}: {f} is after {t}"));
        }
    }
    Ok((from, to))
}

fn normalise_phrase(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Parse a native verb pattern. `code` is the CAMEO code of its block.
pub fn parse_pattern(text: &str, code: &str, origin: Origin) -> Result<VerbPattern, String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let dollars = words.iter().filter(|w| **w == "$").count();
    if dollars > 1 {
        return Err(format!("bad pattern {text:?}: more than one `$`"));
    }
    let Some((&head, rest)) = words.split_first() else {
        return Err("empty pattern".to_string());
    };
    if head == "$" {
        return Err(format!(
            "bad pattern {text:?}: must start with the predicate, not `$`"
        ));
    }
    if let Some(w) = words.iter().find(|w| w.contains('$') && **w != "$") {
        return Err(format!(
            "bad pattern {text:?}: `$` must stand alone, found {w:?}"
        ));
    }
    let mut deps: Vec<String> = Vec::new();
    let mut target = TargetSlot::None;
    for (i, w) in rest.iter().enumerate() {
        if *w == "$" {
            if i + 1 != rest.len() {
                return Err(format!("bad pattern {text:?}: `$` must be the last word"));
            }
            target = match deps.last() {
                Some(p) if PREPOSITIONS.contains(&p.as_str()) => {
                    let p = deps.pop().unwrap_or_default();
                    TargetSlot::Prep(p)
                }
                _ => TargetSlot::Object,
            };
        } else {
            deps.push(w.to_lowercase());
        }
    }
    Ok(VerbPattern {
        code: code.to_string(),
        head: head.to_lowercase(),
        words: deps,
        target,
        text: words.join(" "),
        origin,
    })
}

/// State of the block being read.
enum Block {
    None,
    /// After a bad header: ignore attributes until the next header.
    Skip,
    Actor(usize),
    Agent(String),
    Verb(String),
    Cue(String),
    Discard(String),
}

/// Parse one native file. `file` names it in diagnostics and origins.
/// Bad lines are reported and skipped; the rest of the file is read.
pub fn parse_native(text: &str, file: &str) -> (NativeDict, Vec<Diagnostic>) {
    let mut d = Diags::new(file);
    let file_arc: Arc<str> = Arc::clone(&d.file);
    let mut out = NativeDict::default();
    let mut block = Block::None;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let content = match raw.find('#') {
            Some(p) => &raw[..p],
            None => raw,
        };
        let content = content.trim_end();
        if content.trim().is_empty() {
            continue;
        }
        let origin = Origin::new(&file_arc, line_no);
        let indented = content.starts_with(' ') || content.starts_with('\t');
        if !indented {
            let mut parts = content.splitn(2, char::is_whitespace);
            let kw = parts.next().unwrap_or("");
            let id = parts.next().map(str::trim).unwrap_or("");
            let Some(kind) = parse_kind(kw) else {
                d.error(line_no, format!("unknown kind {kw:?} (expected country, igo, group, person, actor, agent, verb, cue or discard)"));
                block = Block::Skip;
                continue;
            };
            if id.is_empty() || id.contains(char::is_whitespace) {
                d.error(
                    line_no,
                    format!("`{kw}` header needs exactly one id, found {id:?}"),
                );
                block = Block::Skip;
                continue;
            }
            block = match kind {
                Kind::Actor(k) => {
                    if k == EntryKind::Country && !is_valid_actor_code(id) {
                        d.error(
                            line_no,
                            format!(
                                "malformed country id {id:?} (expected an uppercase 3-letter code)"
                            ),
                        );
                        block = Block::Skip;
                        continue;
                    }
                    out.actors.push(ActorEntry {
                        kind: k,
                        id: id.to_string(),
                        names: Vec::new(),
                        adjs: Vec::new(),
                        capital: Vec::new(),
                        codes: Vec::new(),
                        origin,
                        source: None,
                        note: None,
                    });
                    Block::Actor(out.actors.len() - 1)
                }
                Kind::Agent => {
                    if !is_valid_actor_code(id) {
                        d.error(line_no, format!("malformed agent code {id:?} (expected uppercase letters/digits in groups of 3)"));
                        block = Block::Skip;
                        continue;
                    }
                    Block::Agent(id.to_string())
                }
                Kind::Verb => {
                    if !is_valid_event_code(id) {
                        d.error(line_no, format!("unknown CAMEO event code {id:?}"));
                        block = Block::Skip;
                        continue;
                    }
                    Block::Verb(id.to_string())
                }
                Kind::Cue => Block::Cue(id.to_string()),
                Kind::Discard => Block::Discard(id.to_string()),
            };
            continue;
        }
        // An attribute line.
        let body = content.trim();
        let (key, value) = match body.split_once(char::is_whitespace) {
            Some((k, v)) => (k, v.trim()),
            None => (body, ""),
        };
        let known_key = matches!(
            key,
            "name" | "adj" | "capital" | "code" | "pattern" | "source" | "note"
        );
        match &block {
            Block::None => {
                d.error(
                    line_no,
                    format!("attribute `{key}` before any entry header"),
                );
                continue;
            }
            Block::Skip => continue,
            _ => {}
        }
        if !known_key {
            d.error(line_no, format!("unknown key {key:?} (expected name, adj, capital, code, pattern, source or note)"));
            continue;
        }
        if value.is_empty() {
            d.error(line_no, format!("`{key}` needs a value"));
            continue;
        }
        match &block {
            Block::None | Block::Skip => {}
            Block::Actor(idx) => {
                let idx = *idx;
                let Some(entry) = out.actors.get_mut(idx) else {
                    continue;
                };
                match key {
                    "name" => entry.names.push(normalise_phrase(value)),
                    "adj" | "capital" if entry.kind != EntryKind::Country => {
                        d.error(
                            line_no,
                            format!("`{key}` is only allowed in `country` entries"),
                        );
                    }
                    "adj" => entry.adjs.push(normalise_phrase(value)),
                    "capital" => entry.capital.push(normalise_phrase(value)),
                    "code" => match parse_code_value(value, origin) {
                        Ok(dc) => {
                            if let Some(prev) = entry.codes.iter().find(|c| c.overlaps(&dc)) {
                                d.error(
                                    line_no,
                                    format!(
                                        "date range of {} overlaps the range on line {} ({})",
                                        dc.code, prev.origin.line, prev.code
                                    ),
                                );
                            } else {
                                entry.codes.push(dc);
                            }
                        }
                        Err(m) => d.error(line_no, m),
                    },
                    "source" => append(&mut entry.source, value),
                    "note" => append(&mut entry.note, value),
                    _ => d.error(
                        line_no,
                        format!(
                            "`{key}` is not allowed in `{}` entries",
                            entry.kind.as_str()
                        ),
                    ),
                }
            }
            Block::Agent(code) | Block::Cue(code) | Block::Discard(code) => match key {
                "name" => {
                    let phrase = normalise_phrase(value);
                    match &block {
                        Block::Agent(_) => out.agents.push(AgentEntry {
                            code: code.clone(),
                            name: phrase,
                            position: AgentPosition::Suffix,
                            origin,
                        }),
                        Block::Cue(_) => out.cues.push(CueEntry {
                            class: code.clone(),
                            phrase: phrase.to_lowercase(),
                            origin,
                        }),
                        _ => out.discards.push(DiscardEntry {
                            group: code.clone(),
                            phrase,
                            whole_story: false,
                            stem: false,
                            origin,
                        }),
                    }
                }
                "source" | "note" => {}
                _ => d.error(
                    line_no,
                    format!("`{key}` is not allowed here (only name, source, note)"),
                ),
            },
            Block::Verb(code) => match key {
                "pattern" => match parse_pattern(value, code, origin) {
                    Ok(p) => out.verbs.push(p),
                    Err(m) => d.error(line_no, m),
                },
                "source" | "note" => {}
                _ => d.error(
                    line_no,
                    format!(
                        "`{key}` is not allowed in `verb` entries (only pattern, source, note)"
                    ),
                ),
            },
        }
    }
    (out, d.list)
}

fn append(slot: &mut Option<String>, value: &str) {
    match slot {
        Some(s) => {
            s.push_str("; ");
            s.push_str(value);
        }
        None => *slot = Some(value.to_string()),
    }
}

fn parse_code_value(value: &str, origin: Origin) -> Result<DatedCode, String> {
    let mut parts = value.split_whitespace();
    let code = parts.next().unwrap_or("");
    if !is_valid_actor_code(code) {
        return Err(format!(
            "malformed actor code {code:?} (expected uppercase letters/digits in groups of 3)"
        ));
    }
    let rest: Vec<&str> = parts.collect();
    let (range, role_words) = match rest.first() {
        Some(r) if r.contains("..") => (Some(parse_range(r)?), &rest[1..]),
        _ => (None, &rest[..]),
    };
    let (from, to) = range.unwrap_or((None, None));
    let role = if role_words.is_empty() {
        None
    } else {
        Some(role_words.join(" "))
    };
    Ok(DatedCode {
        code: code.to_string(),
        from,
        to,
        role,
        origin,
    })
}

fn format_code(c: &DatedCode) -> String {
    let mut s = c.code.clone();
    if !c.is_undated() {
        s.push(' ');
        if let Some(f) = c.from {
            s.push_str(&f.format("%Y-%m-%d").to_string());
        }
        s.push_str("..");
        if let Some(t) = c.to {
            s.push_str(&t.format("%Y-%m-%d").to_string());
        }
    }
    if let Some(r) = &c.role {
        s.push(' ');
        s.push_str(r);
    }
    s
}

/// Write entries in the native format. Reading the output back gives equal
/// entries (origins aside). `source`/`note` of agent, verb, cue and discard
/// blocks are not kept by the reader and so are not written.
pub fn write_native(dict: &NativeDict) -> String {
    let mut out = String::new();
    for e in &dict.actors {
        let _ = writeln!(out, "{} {}", e.kind.as_str(), e.id);
        for n in &e.names {
            let _ = writeln!(out, "  name {n}");
        }
        for n in &e.adjs {
            let _ = writeln!(out, "  adj {n}");
        }
        for n in &e.capital {
            let _ = writeln!(out, "  capital {n}");
        }
        for c in &e.codes {
            let _ = writeln!(out, "  code {}", format_code(c));
        }
        for s in e.source.iter().flat_map(|s| s.split("; ")) {
            let _ = writeln!(out, "  source {s}");
        }
        for s in e.note.iter().flat_map(|s| s.split("; ")) {
            let _ = writeln!(out, "  note {s}");
        }
        out.push('\n');
    }
    write_grouped(
        &mut out,
        "agent",
        dict.agents
            .iter()
            .map(|a| (a.code.as_str(), "name", a.name.as_str())),
    );
    write_grouped(
        &mut out,
        "verb",
        dict.verbs
            .iter()
            .map(|v| (v.code.as_str(), "pattern", v.text.as_str())),
    );
    write_grouped(
        &mut out,
        "cue",
        dict.cues
            .iter()
            .map(|c| (c.class.as_str(), "name", c.phrase.as_str())),
    );
    write_grouped(
        &mut out,
        "discard",
        dict.discards
            .iter()
            .map(|c| (c.group.as_str(), "name", c.phrase.as_str())),
    );
    out
}

fn write_grouped<'a>(
    out: &mut String,
    kind: &str,
    items: impl Iterator<Item = (&'a str, &'a str, &'a str)>,
) {
    let mut current: Option<&str> = None;
    for (id, key, value) in items {
        if current != Some(id) {
            if current.is_some() {
                out.push('\n');
            }
            let _ = writeln!(out, "{kind} {id}");
            current = Some(id);
        }
        let _ = writeln!(out, "  {key} {value}");
    }
    if current.is_some() {
        out.push('\n');
    }
}
