//! Dictionary tools behind `dyad dict ...`: check, convert.

use crate::diag::{Diagnostic, LexiconError, LoadOptions};
use crate::lexicon::{read_dir, read_file_into, FileFormat, PetrDict};
use crate::model::*;
use crate::native::{write_native, NativeDict};
use crate::petrarch;
use chrono::{Days, NaiveDate};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Two different entries share a name and have codes valid on a common day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Duplicate {
    /// The shared name (lowercase).
    pub name: String,
    /// First entry's id and origin.
    pub first: (String, Origin),
    /// Second entry's id and origin.
    pub second: (String, Origin),
}

/// Two code lines of one entry whose ranges share a day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overlap {
    /// Entry id.
    pub entry: String,
    /// The earlier code line.
    pub first: Origin,
    /// The later code line.
    pub second: Origin,
}

/// The result of [`check_dir`].
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CheckReport {
    /// Every diagnostic of every file.
    pub diagnostics: Vec<Diagnostic>,
    /// Same name → different entries with overlapping dates.
    pub duplicates: Vec<Duplicate>,
    /// Overlapping ranges within one entry (PETRARCH files allow them; native files do not load them).
    pub overlapping: Vec<Overlap>,
}

impl CheckReport {
    /// Number of error diagnostics.
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

/// Most pairs reported for one shared name.
const MAX_PAIRS_PER_NAME: usize = 10;

fn codes_overlap(a: &ActorEntry, b: &ActorEntry) -> bool {
    if a.codes.is_empty() || b.codes.is_empty() {
        return true;
    }
    a.codes
        .iter()
        .any(|x| b.codes.iter().any(|y| x.overlaps(y)))
}

/// Check every dictionary under `dir`: diagnostics, duplicate names, overlapping ranges.
pub fn check_dir(dir: &Path, opts: &LoadOptions) -> Result<CheckReport, LexiconError> {
    let (native, petr, diagnostics) = read_dir(dir, opts)?;
    let actors: Vec<&ActorEntry> = native.actors.iter().chain(petr.actors.iter()).collect();
    Ok(check_entries(&actors, diagnostics))
}

/// The checks of [`check_dir`] on entries already read.
pub fn check_entries(actors: &[&ActorEntry], diagnostics: Vec<Diagnostic>) -> CheckReport {
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, e) in actors.iter().enumerate() {
        let mut seen = HashSet::new();
        for n in e.names.iter().chain(&e.capital) {
            let key = n.to_lowercase();
            if seen.insert(key.clone()) {
                by_name.entry(key).or_default().push(i);
            }
        }
    }
    let mut duplicates = Vec::new();
    let mut names: Vec<&String> = by_name.keys().collect();
    names.sort();
    for name in names {
        let ids = &by_name[name];
        let mut pairs = 0;
        'outer: for (k, &a) in ids.iter().enumerate() {
            for &b in &ids[k + 1..] {
                if codes_overlap(actors[a], actors[b]) {
                    duplicates.push(Duplicate {
                        name: name.clone(),
                        first: (actors[a].id.clone(), actors[a].origin.clone()),
                        second: (actors[b].id.clone(), actors[b].origin.clone()),
                    });
                    pairs += 1;
                    if pairs >= MAX_PAIRS_PER_NAME {
                        break 'outer;
                    }
                }
            }
        }
    }
    let mut overlapping = Vec::new();
    for e in actors {
        for (k, a) in e.codes.iter().enumerate() {
            if a.is_undated() {
                continue;
            }
            for b in &e.codes[..k] {
                if !b.is_undated() && a.overlaps(b) {
                    overlapping.push(Overlap {
                        entry: e.id.clone(),
                        first: b.origin.clone(),
                        second: a.origin.clone(),
                    });
                }
            }
        }
    }
    CheckReport {
        diagnostics,
        duplicates,
        overlapping,
    }
}

/// What [`convert_petrarch_to_native`] did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ConvertReport {
    /// Files written.
    pub files: Vec<PathBuf>,
    /// Actor entries written.
    pub actors: usize,
    /// Agent names written.
    pub agents: usize,
    /// Verb patterns written.
    pub verb_patterns: usize,
    /// PETRARCH patterns that could not be expressed natively.
    pub patterns_skipped: usize,
    /// Code lines dropped because they overlapped an earlier range of the same entry.
    pub codes_dropped: usize,
    /// Discard phrases written.
    pub discards: usize,
    /// Reader diagnostics.
    pub diagnostics: Vec<Diagnostic>,
}

/// PETRARCH files to convert.
#[derive(Debug, Clone, Default)]
pub struct PetrarchFiles<'a> {
    /// Verb dictionary.
    pub verbs: Option<&'a Path>,
    /// Actor dictionaries.
    pub actors: Vec<&'a Path>,
    /// Agent dictionary.
    pub agents: Option<&'a Path>,
    /// Discard list.
    pub discards: Option<&'a Path>,
}

/// Read PETRARCH dictionaries and write them as native files
/// (`petrarch-actors.dyad`, `petrarch-agents.dyad`, `petrarch-verbs.dyad`,
/// `petrarch-discards.dyad`) into `out_dir`.
pub fn convert_petrarch_to_native(
    files: &PetrarchFiles<'_>,
    out_dir: &Path,
    opts: &LoadOptions,
) -> Result<ConvertReport, LexiconError> {
    let mut native = NativeDict::default();
    let mut petr = PetrDict::default();
    let mut report = ConvertReport::default();
    let mut list: Vec<(&Path, FileFormat)> = Vec::new();
    list.extend(files.verbs.map(|p| (p, FileFormat::PetrVerbs)));
    list.extend(files.actors.iter().map(|p| (*p, FileFormat::PetrActors)));
    list.extend(files.agents.map(|p| (p, FileFormat::PetrAgents)));
    list.extend(files.discards.map(|p| (p, FileFormat::PetrDiscards)));
    for (path, format) in list {
        let bytes = std::fs::read(path).map_err(|source| LexiconError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let text = String::from_utf8_lossy(&bytes);
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        report
            .diagnostics
            .extend(read_file_into(&text, &name, format, &mut native, &mut petr));
        crate::diag::strict_check(&report.diagnostics, opts)?;
    }
    std::fs::create_dir_all(out_dir).map_err(|source| LexiconError::Io {
        path: out_dir.to_path_buf(),
        source,
    })?;
    let mut write = |file: &str, dict: &NativeDict, header: &str| -> Result<(), LexiconError> {
        let path = out_dir.join(file);
        let text = format!("{header}\n\n{}", write_native(dict));
        std::fs::write(&path, text).map_err(|source| LexiconError::Io {
            path: path.clone(),
            source,
        })?;
        report.files.push(path);
        Ok(())
    };
    let header = "# Converted from PETRARCH dictionaries by `dyad dict convert`.";

    let mut out = NativeDict::default();
    let mut used: HashSet<String> = HashSet::new();
    for e in &petr.actors {
        let (entry, dropped) = native_actor(e, &mut used);
        report.codes_dropped += dropped;
        out.actors.push(entry);
    }
    report.actors = out.actors.len();
    if !out.actors.is_empty() {
        write("petrarch-actors.dyad", &out, header)?;
    }

    let mut out = NativeDict::default();
    for a in &petr.agents {
        out.agents.push(AgentEntry {
            name: a.name.to_lowercase(),
            ..a.clone()
        });
    }
    out.agents.sort_by(|a, b| a.code.cmp(&b.code));
    report.agents = out.agents.len();
    if !out.agents.is_empty() {
        write("petrarch-agents.dyad", &out, header)?;
    }

    let mut out = NativeDict::default();
    for v in &petr.verbs {
        let (conv, skipped) = petrarch::convert_verbs(v);
        report.patterns_skipped += skipped;
        let mut seen = HashSet::new();
        for p in conv {
            if seen.insert((p.code.clone(), p.text.clone())) {
                out.verbs.push(p);
            }
        }
    }
    out.verbs.sort_by(|a, b| a.code.cmp(&b.code));
    report.verb_patterns = out.verbs.len();
    if !out.verbs.is_empty() {
        write("petrarch-verbs.dyad", &out, header)?;
    }

    let mut out = NativeDict::default();
    for d in &petr.discards {
        out.discards.push(DiscardEntry {
            group: "petrarch".into(),
            phrase: d.phrase.to_lowercase(),
            whole_story: false,
            stem: false,
            origin: d.origin.clone(),
        });
    }
    report.discards = out.discards.len();
    if !out.discards.is_empty() {
        write("petrarch-discards.dyad", &out, header)?;
    }
    Ok(report)
}

/// Title-case a PETRARCH upper-case name, keeping short common words that
/// PETRARCH matches only in capitals ("US", "IS") as acronyms.
fn title_case(name: &str) -> String {
    if !name.contains(' ') && name.len() <= 3 {
        return name.to_string();
    }
    name.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("entry");
    }
    out
}

/// Make a PETRARCH actor a valid native entry: unique slug id, title-case
/// names, non-overlapping ranges (later overlapping lines dropped), an
/// undated default turned into the gaps between the dated ranges.
fn native_actor(e: &ActorEntry, used: &mut HashSet<String>) -> (ActorEntry, usize) {
    let mut dated: Vec<DatedCode> = Vec::new();
    let mut dropped = 0;
    let mut default: Option<DatedCode> = None;
    for c in &e.codes {
        if c.code == "---" || !crate::native::is_valid_actor_code(&c.code) {
            dropped += 1;
            continue;
        }
        if c.is_undated() {
            if default.is_none() {
                default = Some(c.clone());
            } else {
                dropped += 1;
            }
        } else {
            // PETRARCH limits are inclusive, so consecutive roles often share
            // their boundary day: start the later one a day after the earlier ends.
            let mut c = c.clone();
            for d in &dated {
                if let (true, Some(end)) = (d.overlaps(&c), d.to) {
                    if c.to.is_none_or(|t| t > end)
                        && d.from.is_none_or(|f| c.from.is_some_and(|cf| cf >= f))
                    {
                        c.from = end.checked_add_days(Days::new(1));
                    }
                }
            }
            if dated.iter().any(|d| d.overlaps(&c)) {
                dropped += 1;
            } else {
                dated.push(c);
            }
        }
    }
    let mut codes = dated.clone();
    if let Some(def) = default {
        if dated.is_empty() {
            codes.push(def);
        } else {
            dated.sort_by_key(|c| c.from.unwrap_or(NaiveDate::MIN));
            let mut cursor: Option<NaiveDate> = None; // first day not yet covered; None = -inf
            let mut open_end = false;
            for c in &dated {
                let start = c.from;
                let gap_end = start.and_then(|s| s.checked_sub_days(Days::new(1)));
                if let Some(ge) = gap_end {
                    if cursor.is_none_or(|cur| cur <= ge) {
                        codes.push(DatedCode {
                            from: cursor,
                            to: Some(ge),
                            ..def.clone()
                        });
                    }
                }
                match c.to {
                    Some(t) => cursor = t.checked_add_days(Days::new(1)),
                    None => open_end = true,
                }
            }
            if !open_end {
                codes.push(DatedCode {
                    from: cursor,
                    to: None,
                    ..def.clone()
                });
            }
        }
    }
    let is_country = e.kind == EntryKind::Country
        && codes.len() == 1
        && codes[0].code.len() == 3
        && !used.contains(&codes[0].code);
    let base = if is_country {
        codes[0].code.clone()
    } else {
        slug(&e.id)
    };
    let mut id = base.clone();
    let mut n = 2;
    while !used.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    let kind = if e.kind == EntryKind::Country && !is_country {
        EntryKind::Actor
    } else {
        e.kind
    };
    let mut names: Vec<String> = Vec::new();
    for nm in &e.names {
        let t = title_case(nm);
        if !names.contains(&t) {
            names.push(t);
        }
    }
    let entry = ActorEntry {
        kind,
        id,
        names,
        adjs: Vec::new(),
        capital: Vec::new(),
        codes,
        origin: e.origin.clone(),
        source: Some(format!("PETRARCH {}", e.origin)),
        note: None,
    };
    (entry, dropped)
}
