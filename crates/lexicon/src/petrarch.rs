//! Readers for the PETRARCH / TABARI dictionary formats
//! (petrarch2 docs/source/dictionaries.rst): verbs (2.0 and older pattern
//! style), actors, agents, discards and issues.
//!
//! Actors and agents are read into the same [`ActorEntry`] / [`AgentEntry`]
//! types as native entries. Verb patterns are kept faithfully as
//! [`PetrVerbPattern`]s and converted best-effort to native [`VerbPattern`]s
//! by [`convert_verbs`].

use crate::diag::{Diagnostic, Diags};
use crate::model::*;
use crate::native::{is_valid_actor_code, is_valid_event_code, PREPOSITIONS};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::Arc;

/// One token of a PETRARCH verb pattern.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum PetrTok {
    /// A literal word (uppercase, as written).
    Word(String),
    /// `*`: the verb.
    Verb,
    /// `$`: the target.
    Target,
    /// `+`: the source.
    Source,
    /// `%`: a compound actor (source and target).
    Compound,
    /// `^`: skip to the end of the next noun phrase.
    Skip,
    /// `&NAME`: any phrase of a synset.
    Synset(String),
    /// `{...}`: a noun phrase; the last word is its head.
    Phrase(Vec<PetrTok>),
    /// `(...)`: a prepositional phrase; the first word is the preposition.
    Prep(Vec<PetrTok>),
    /// `_`: the neighbouring tokens must be consecutive.
    Join,
}

/// A PETRARCH verb pattern, as written, under the verb block it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PetrVerbPattern {
    /// Lemma of the block's first verb (lowercase); the pattern applies to every verb of the block.
    pub verb: String,
    /// Index of the block in [`PetrVerbs::blocks`].
    pub block: usize,
    /// Event code (first part of `[a:b]`); may be empty (`[:075]`) or `---` (null).
    pub code: String,
    /// Second part of a paired code `[a:b]`.
    pub code2: Option<String>,
    /// The tokens between `-` and the code.
    pub tokens: Vec<PetrTok>,
    /// The pattern text as written (without the code and comment).
    pub text: String,
    /// Where it was written.
    pub origin: Origin,
}

/// One verb of a block (`CONFER {CONFERS CONFERRED CONFERRING} [040]`, `+BEEF_UP`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PetrVerb {
    /// The verb's lemma, lowercase (`beef` for `+BEEF_UP`).
    pub lemma: String,
    /// Other words of a multi-word verb, lowercase (`up`).
    pub particles: Vec<String>,
    /// Irregular forms given in `{...}`, as written.
    pub forms: Vec<String>,
    /// Code of the isolated verb, else the block's.
    pub code: String,
    /// Where it was written.
    pub origin: Origin,
}

/// A verb block `--- DESCRIPTION [code] ---` and its verbs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PetrBlock {
    /// The description between the dashes.
    pub name: String,
    /// The primary code (`---` when none).
    pub code: String,
    /// The verbs of the block.
    pub verbs: Vec<PetrVerb>,
    /// Where the block header was.
    pub origin: Origin,
}

/// Everything a PETRARCH verb dictionary holds.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PetrVerbs {
    /// Synsets by name (without `&`): member phrases, lowercase, words separated by spaces.
    pub synsets: HashMap<String, Vec<String>>,
    /// Verb blocks in file order.
    pub blocks: Vec<PetrBlock>,
    /// Patterns in file order.
    pub patterns: Vec<PetrVerbPattern>,
    /// Transformation lines (`~ a (a b ATTACK) SAY = a b 015`), kept as text.
    pub transformations: Vec<(String, Origin)>,
}

/// Strip a `#` comment (and, where TABARI allowed it, a `;` comment).
fn strip_comment(line: &str, semicolon: bool) -> &str {
    let mut end = line.len();
    if let Some(p) = line.find('#') {
        end = p;
    }
    if semicolon {
        if let Some(p) = line[..end].find(';') {
            end = p;
        }
    }
    &line[..end]
}

/// Is this a line to skip: blank, or an XML-style `<!-- -->` comment?
fn is_meta(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('<')
}

/// Split a PETRARCH phrase (`UNITED_STATES_`, `CARLOS SANTOS_CRUZ_`) into
/// words joined by single spaces, as written (case kept).
pub fn petr_phrase(s: &str) -> String {
    s.split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Parse a PETRARCH date: `YYMMDD` (00–29 → 20xx, else 19xx) or `YYYYMMDD`.
pub fn petr_date(s: &str) -> Result<NaiveDate, String> {
    if !s.bytes().all(|b| b.is_ascii_digit()) || (s.len() != 6 && s.len() != 8) {
        return Err(format!(
            "malformed date {s:?} (expected YYMMDD or YYYYMMDD)"
        ));
    }
    let (y, rest) = if s.len() == 6 {
        let yy: i32 = s[..2]
            .parse()
            .map_err(|_| format!("malformed date {s:?}"))?;
        (if yy < 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
    } else {
        (
            s[..4]
                .parse()
                .map_err(|_| format!("malformed date {s:?}"))?,
            &s[4..],
        )
    };
    let m: u32 = rest[..2]
        .parse()
        .map_err(|_| format!("malformed date {s:?}"))?;
    let d: u32 = rest[2..]
        .parse()
        .map_err(|_| format!("malformed date {s:?}"))?;
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| format!("impossible date {s:?}"))
}

/// Find every `[...]` group. Returns the contents, the text before the first
/// group, and an error for an unbalanced bracket.
fn brackets(s: &str) -> (Vec<&str>, &str, Option<String>) {
    let mut out = Vec::new();
    let head_end = s.find('[').unwrap_or(s.len());
    let mut rest = &s[head_end..];
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        match after.find(']') {
            Some(close) => {
                if after[..close].contains('[') {
                    return (
                        out,
                        &s[..head_end],
                        Some(format!("unbalanced bracket in {:?}", s.trim())),
                    );
                }
                out.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => {
                return (
                    out,
                    &s[..head_end],
                    Some(format!("unbalanced bracket in {:?}", s.trim())),
                )
            }
        }
    }
    if rest.contains(']') {
        return (
            out,
            &s[..head_end],
            Some(format!("unbalanced bracket in {:?}", s.trim())),
        );
    }
    (out, &s[..head_end], None)
}

/// Parse `CODE`, `CODE <YYMMDD`, `CODE >YYMMDD`, `CODE YYMMDD-YYMMDD`.
fn parse_restriction(body: &str, d: &mut Diags, line: usize, origin: &Origin) -> Option<DatedCode> {
    let body = body.trim();
    let (code_raw, restr) = match body.split_once(char::is_whitespace) {
        Some((c, r)) => (c, r.split_whitespace().collect::<String>()),
        None => (body, String::new()),
    };
    // A restriction glued to the code (`HOB<950601`).
    let (code_raw, restr) = match code_raw.find(['<', '>']) {
        Some(p) if restr.is_empty() => (&code_raw[..p], code_raw[p..].to_string()),
        _ => (code_raw, restr),
    };
    let mut code = code_raw.to_string();
    if code != "---" && !is_valid_actor_code(&code) {
        let up = code.to_ascii_uppercase();
        if is_valid_actor_code(&up) {
            d.warn(
                line,
                format!("lowercase actor code {code:?} read as {up:?}"),
            );
            code = up;
        } else if !up.is_empty() {
            // Legacy codes not in groups of 3 ("NGOEEURENV", the test suite's
            // "+++" and "ELR/GAL"): PETRARCH emits them as they are.
            d.warn(
                line,
                format!("actor code {code:?} is not in groups of 3 letters; kept as written"),
            );
            code = up;
        } else {
            d.error(line, format!("malformed actor code {code:?} (expected uppercase letters/digits in groups of 3)"));
            return None;
        }
    }
    let mut from = None;
    let mut to = None;
    if !restr.is_empty() {
        let res = if let Some(x) = restr.strip_prefix('<') {
            petr_date(x).map(|t| to = Some(t))
        } else if let Some(x) = restr.strip_prefix('>') {
            petr_date(x).map(|f| from = Some(f))
        } else if let Some((a, b)) = restr.split_once('-') {
            petr_date(a)
                .and_then(|f| petr_date(b).map(|t| (f, t)))
                .and_then(|(f, t)| {
                    if f > t {
                        Err(format!("reversed date range {restr:?}"))
                    } else {
                        from = Some(f);
                        to = Some(t);
                        Ok(())
                    }
                })
        } else {
            Err(format!("malformed date restriction {restr:?}"))
        };
        if let Err(m) = res {
            // Impossible calendar dates are errors; the legacy defects of the
            // Phoenix files (wrong digit counts, reversed ranges, a bare date)
            // are warnings: the code line is skipped, as PETRARCH skips it.
            if m.starts_with("impossible") {
                d.error(line, m);
            } else {
                d.warn(line, format!("{m}; code line skipped"));
            }
            return None;
        }
    }
    Some(DatedCode {
        code,
        from,
        to,
        role: None,
        origin: origin.clone(),
    })
}

/// Which PETRARCH actor file this is, to guess entry kinds.
fn actor_file_kind(file: &str) -> Option<EntryKind> {
    let f = file.to_ascii_lowercase();
    if f.contains("milnonstate") {
        Some(EntryKind::Group)
    } else if f.contains("international") {
        Some(EntryKind::Igo)
    } else if f.contains("countries") {
        Some(EntryKind::Country)
    } else {
        None
    }
}

fn finish_actor(e: &mut ActorEntry, file_kind: Option<EntryKind>) {
    let dated = e.codes.iter().any(|c| !c.is_undated());
    e.kind = if dated {
        EntryKind::Person
    } else {
        match file_kind {
            Some(EntryKind::Country) if e.codes.len() == 1 && e.codes[0].code.len() == 3 => {
                EntryKind::Country
            }
            Some(EntryKind::Country) => EntryKind::Actor,
            Some(k) => k,
            None => EntryKind::Actor,
        }
    };
}

/// Read a PETRARCH actor dictionary (`Phoenix.Countries.actors.txt`, ...).
/// Entry kinds are guessed: entries with dated codes are persons; otherwise
/// the file decides (MilNonState → group, International → igo, Countries →
/// country for a single 3-letter code, else actor).
pub fn parse_actors(text: &str, file: &str) -> (Vec<ActorEntry>, Vec<Diagnostic>) {
    let mut d = Diags::new(file);
    let file_arc = Arc::clone(&d.file);
    let file_kind = actor_file_kind(file);
    let mut out: Vec<ActorEntry> = Vec::new();
    let mut current: Option<usize> = None;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        if is_meta(raw) {
            continue;
        }
        let line = strip_comment(raw, false);
        if line.trim().is_empty() {
            continue;
        }
        let origin = Origin::new(&file_arc, line_no);
        let (groups, head, err) = brackets(line);
        if let Some(m) = err {
            d.error(line_no, m);
            continue;
        }
        let indented = line.starts_with([' ', '\t']);
        let phrase_text = head.trim();
        let synonym = phrase_text.strip_prefix('+');
        let mut codes = Vec::new();
        for g in &groups {
            if let Some(c) = parse_restriction(g, &mut d, line_no, &origin) {
                codes.push(c);
            }
        }
        if phrase_text.is_empty() || (indented && synonym.is_none() && phrase_text.is_empty()) {
            // A date-restriction line.
            let Some(idx) = current else {
                if !groups.is_empty() {
                    d.error(line_no, "code line before any actor");
                }
                continue;
            };
            if groups.is_empty() {
                continue;
            }
            out[idx].codes.extend(codes);
            continue;
        }
        if let Some(syn) = synonym {
            let Some(idx) = current else {
                d.error(line_no, "synonym `+` before any actor");
                continue;
            };
            let name = petr_phrase(syn);
            if name.is_empty() {
                d.error(line_no, "empty synonym");
                continue;
            }
            out[idx].names.push(name);
            out[idx].codes.extend(codes);
            continue;
        }
        let name = petr_phrase(phrase_text);
        if let Some(idx) = current {
            finish_actor(&mut out[idx], file_kind);
        }
        out.push(ActorEntry {
            kind: EntryKind::Actor,
            id: name.clone(),
            names: vec![name],
            adjs: Vec::new(),
            capital: Vec::new(),
            codes,
            origin,
            source: None,
            note: None,
        });
        current = Some(out.len() - 1);
    }
    if let Some(idx) = current {
        finish_actor(&mut out[idx], file_kind);
    }
    for e in &out {
        for (k, a) in e.codes.iter().enumerate() {
            if a.is_undated() {
                continue;
            }
            if let Some(b) = e.codes[..k]
                .iter()
                .find(|b| !b.is_undated() && b.overlaps(a))
            {
                d.warn(
                    a.origin.line,
                    format!(
                        "{}: range of {} overlaps the range of {} on line {}",
                        e.id, a.code, b.code, b.origin.line
                    ),
                );
            }
        }
    }
    (out, d.list)
}

/// Read a PETRARCH agent dictionary (`Phoenix.agents.txt`): `!X! = a, b`
/// substitution sets, `PHRASE {plural} [~CODE]` / `[CODE~]` records.
/// Irregular plurals become extra names; regular plurals are left to the matcher.
pub fn parse_agents(text: &str, file: &str) -> (Vec<AgentEntry>, Vec<Diagnostic>) {
    let mut d = Diags::new(file);
    let file_arc = Arc::clone(&d.file);
    let mut subs: Vec<(String, Vec<String>)> = Vec::new();
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        if is_meta(raw) {
            continue;
        }
        let line = strip_comment(raw, false).trim();
        if line.is_empty() {
            continue;
        }
        if line.starts_with('!') && line.contains('=') && !line.contains('[') {
            let (marker, list) = line.split_once('=').unwrap_or((line, ""));
            let marker = marker.trim().to_string();
            let items: Vec<String> = list
                .split(',')
                .map(|s| s.split_whitespace().collect::<String>())
                .filter(|s| !s.is_empty())
                .collect();
            if marker.len() < 3 || !marker.ends_with('!') || items.is_empty() {
                d.error(line_no, format!("malformed substitution set {line:?}"));
                continue;
            }
            subs.push((marker, items));
            continue;
        }
        let origin = Origin::new(&file_arc, line_no);
        // `{...}` plural, then `[code]`. A code closed by `}` (`[~ENV}`) is a known typo.
        let fixed;
        let line = match line.rfind('[') {
            Some(p) if !line[p..].contains(']') && line.ends_with('}') => {
                d.warn(
                    line_no,
                    format!("code closed by `}}` instead of `]` in {line:?}"),
                );
                fixed = format!("{}]", &line[..line.len() - 1]);
                fixed.as_str()
            }
            _ => line,
        };
        let (groups, head, err) = brackets(line);
        if let Some(m) = err {
            d.error(line_no, m);
            continue;
        }
        let Some(code_raw) = groups.first() else {
            d.warn(
                line_no,
                format!("agent without a [~CODE]: {line:?}; skipped"),
            );
            continue;
        };
        let code_raw: String = code_raw.split_whitespace().collect();
        let (code, position) = if let Some(c) = code_raw.strip_prefix('~') {
            (c, AgentPosition::Suffix)
        } else if let Some(c) = code_raw.strip_suffix('~') {
            (c, AgentPosition::Prefix)
        } else {
            d.error(
                line_no,
                format!("agent code {code_raw:?} needs a `~` before or after it"),
            );
            continue;
        };
        if !is_valid_actor_code(code) {
            d.error(line_no, format!("malformed agent code {code:?}"));
            continue;
        }
        let (phrase_part, plural_part) = match (head.find('{'), head.find('}')) {
            (Some(o), Some(c)) if o < c => (&head[..o], Some(&head[o + 1..c])),
            (None, None) => (head, None),
            _ => {
                d.error(line_no, format!("unbalanced brace in {line:?}"));
                continue;
            }
        };
        let mut phrases = expand_subs(phrase_part.trim(), &subs);
        if let Some(p) = plural_part {
            for w in p.split_whitespace() {
                phrases.extend(expand_subs(w, &subs));
            }
        }
        for p in phrases {
            if p.contains('!') {
                d.error(line_no, format!("undefined substitution marker in {p:?}"));
                continue;
            }
            let name = petr_phrase(&p);
            if name.is_empty() {
                d.error(line_no, "empty agent phrase");
                continue;
            }
            out.push(AgentEntry {
                code: code.to_string(),
                name,
                position,
                origin: origin.clone(),
            });
        }
    }
    (out, d.list)
}

fn expand_subs(phrase: &str, subs: &[(String, Vec<String>)]) -> Vec<String> {
    for (marker, items) in subs {
        if phrase.contains(marker.as_str()) {
            return items
                .iter()
                .flat_map(|it| expand_subs(&phrase.replacen(marker.as_str(), it, 1), subs))
                .collect();
        }
    }
    vec![phrase.to_string()]
}

/// Read a PETRARCH discard list: one phrase a line, `+` = discard the whole
/// story, trailing `_` = whole word (otherwise the last word is a stem).
pub fn parse_discards(text: &str, file: &str) -> (Vec<DiscardEntry>, Vec<Diagnostic>) {
    let mut d = Diags::new(file);
    let file_arc = Arc::clone(&d.file);
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        if is_meta(raw) {
            continue;
        }
        let line = strip_comment(raw, false).trim();
        if line.is_empty() {
            continue;
        }
        let (whole_story, body) = match line.strip_prefix('+') {
            Some(b) => (true, b.trim()),
            None => (false, line),
        };
        let stem = !body.ends_with('_');
        let phrase = petr_phrase(body);
        if phrase.is_empty() {
            d.error(line_no, "empty discard phrase");
            continue;
        }
        out.push(DiscardEntry {
            group: "discard".into(),
            phrase,
            whole_story,
            stem,
            origin: Origin::new(&file_arc, line_no),
        });
    }
    (out, d.list)
}

/// Read a PETRARCH issues file (`<ISSUE CATEGORY="...">`, `phrase [CODE]`, `~ignore`).
pub fn parse_issues(text: &str, file: &str) -> (Vec<IssueEntry>, Vec<Diagnostic>) {
    let mut d = Diags::new(file);
    let file_arc = Arc::clone(&d.file);
    let mut out = Vec::new();
    let mut category: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = strip_comment(raw, false).trim();
        if line.is_empty() || line.starts_with("<!") {
            continue;
        }
        if let Some(rest) = line.strip_prefix("<ISSUE") {
            category = rest
                .split_once("CATEGORY=\"")
                .and_then(|(_, r)| r.split_once('"'))
                .map(|(c, _)| c.to_string());
            continue;
        }
        if line.starts_with("</ISSUE") {
            category = None;
            continue;
        }
        if line.starts_with('<') {
            continue;
        }
        let origin = Origin::new(&file_arc, line_no);
        if let Some(rest) = line.strip_prefix('~') {
            let phrase = rest.trim_start_matches('~').trim().to_string();
            out.push(IssueEntry {
                phrase,
                code: String::new(),
                ignore: true,
                category: category.clone(),
                origin,
            });
            continue;
        }
        let (groups, head, err) = brackets(line);
        if let Some(m) = err {
            d.error(line_no, m);
            continue;
        }
        // A phrase without a code takes its category's.
        let Some(code) = groups.first().copied().or(category.as_deref()) else {
            d.error(
                line_no,
                format!("issue phrase without [CODE] outside any <ISSUE CATEGORY>: {line:?}"),
            );
            continue;
        };
        let phrase = head.split_whitespace().collect::<Vec<_>>().join(" ");
        if phrase.is_empty() {
            d.error(line_no, "empty issue phrase");
            continue;
        }
        out.push(IssueEntry {
            phrase,
            code: code.trim().to_string(),
            ignore: false,
            category: category.clone(),
            origin,
        });
    }
    (out, d.list)
}

/// Tokenize a pattern body (between `-` and `[code]`).
fn tokenize_pattern(body: &str) -> Result<Vec<PetrTok>, String> {
    // Stack of open groups: (closing char, tokens).
    let mut stack: Vec<(char, Vec<PetrTok>)> = vec![(' ', Vec::new())];
    let mut word = String::new();
    fn flush(word: &mut String, stack: &mut [(char, Vec<PetrTok>)]) {
        if word.is_empty() {
            return;
        }
        let w = std::mem::take(word);
        let tok = match w.as_str() {
            "*" => PetrTok::Verb,
            "$" => PetrTok::Target,
            "+" => PetrTok::Source,
            "%" => PetrTok::Compound,
            "^" => PetrTok::Skip,
            _ => match w.strip_prefix('&') {
                Some(s) => PetrTok::Synset(s.to_string()),
                None => PetrTok::Word(w),
            },
        };
        if let Some(top) = stack.last_mut() {
            top.1.push(tok);
        }
    }
    for ch in body.chars() {
        match ch {
            '{' | '(' => {
                flush(&mut word, &mut stack);
                stack.push((if ch == '{' { '}' } else { ')' }, Vec::new()));
            }
            '}' | ')' => {
                flush(&mut word, &mut stack);
                if stack.len() < 2 || stack.last().map(|t| t.0) != Some(ch) {
                    return Err(format!("unbalanced {ch:?} in pattern {:?}", body.trim()));
                }
                let (close, toks) = stack.pop().unwrap_or((ch, Vec::new()));
                let group = if close == '}' {
                    PetrTok::Phrase(toks)
                } else {
                    PetrTok::Prep(toks)
                };
                if let Some(top) = stack.last_mut() {
                    top.1.push(group);
                }
            }
            '_' => {
                flush(&mut word, &mut stack);
                if let Some(top) = stack.last_mut() {
                    top.1.push(PetrTok::Join);
                }
            }
            c if c.is_whitespace() => flush(&mut word, &mut stack),
            '*' | '$' | '%' | '^' => {
                flush(&mut word, &mut stack);
                word.push(ch);
                flush(&mut word, &mut stack);
            }
            c => word.push(c),
        }
    }
    flush(&mut word, &mut stack);
    if stack.len() != 1 {
        return Err(format!("unbalanced group in pattern {:?}", body.trim()));
    }
    Ok(stack.pop().map(|t| t.1).unwrap_or_default())
}

/// Parse a code group `010`, `010:020`, `:075`, `---`.
fn split_code(s: &str) -> (String, Option<String>) {
    let s: String = s.split_whitespace().collect();
    match s.split_once(':') {
        Some((a, b)) => (a.to_string(), Some(b.to_string())),
        None => (s, None),
    }
}

fn is_known_code(c: &str) -> bool {
    c.is_empty() || c == "---" || is_valid_event_code(c)
}

/// Parse a verb line inside a block: `CONFER {CONFERS CONFERRED} [040]`,
/// `+BEEF_UP`, `WIRE_+TAP {...}`.
fn parse_verb_line(
    line: &str,
    block_code: &str,
    origin: Origin,
    d: &mut Diags,
    line_no: usize,
) -> Option<PetrVerb> {
    let (main, code) = match line.find('[') {
        Some(p) => {
            let inner = &line[p + 1..];
            let inner = match inner.find(']') {
                Some(c) => &inner[..c],
                None => {
                    d.warn(
                        line_no,
                        format!(
                            "unclosed `[` in verb line {:?}; read as [{}]",
                            line.trim(),
                            inner.trim()
                        ),
                    );
                    inner
                }
            };
            (&line[..p], inner.trim().to_string())
        }
        None => (line, block_code.to_string()),
    };
    let (phrase, forms) = match (main.find('{'), main.find('}')) {
        (Some(o), Some(c)) if o < c => (
            &main[..o],
            main[o + 1..c]
                .split_whitespace()
                .map(str::to_string)
                .collect(),
        ),
        (None, None) => (main, Vec::new()),
        _ => {
            d.error(
                line_no,
                format!("unbalanced brace in verb line {:?}", line.trim()),
            );
            return None;
        }
    };
    let phrase = phrase.trim();
    if phrase.is_empty() {
        d.error(line_no, format!("malformed verb line {:?}", line.trim()));
        return None;
    }
    // Words joined by `_` or (older files: "LASH OUT") by blanks.
    let parts: Vec<&str> = phrase
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    let verb_idx = parts.iter().position(|p| p.starts_with('+')).unwrap_or(0);
    let lemma = parts
        .get(verb_idx)
        .map(|p| p.trim_start_matches('+').to_lowercase())
        .unwrap_or_default();
    let particles = parts
        .iter()
        .enumerate()
        .filter(|(k, _)| *k != verb_idx)
        .map(|(_, p)| p.to_lowercase())
        .collect();
    if !is_known_code(code.split(':').next().unwrap_or("")) {
        d.warn(line_no, format!("verb code [{code}] is not a CAMEO code"));
    }
    Some(PetrVerb {
        lemma,
        particles,
        forms,
        code,
        origin,
    })
}

/// Read a PETRARCH verb dictionary (CAMEO.2.0.txt style or the older
/// TABARI-like pattern style of PETR.Validate.verbs.txt).
pub fn parse_verbs(text: &str, file: &str) -> (PetrVerbs, Vec<Diagnostic>) {
    let mut d = Diags::new(file);
    let file_arc = Arc::clone(&d.file);
    let mut out = PetrVerbs::default();
    #[derive(PartialEq)]
    enum State {
        Start,
        Synset(String),
        Block,
    }
    let mut state = State::Start;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        if is_meta(raw) {
            continue;
        }
        let line = strip_comment(raw, true);
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let origin = Origin::new(&file_arc, line_no);
        if let Some(rest) = t.strip_prefix("---") {
            let body = rest.trim_end_matches('-').trim();
            let (groups, head, err) = brackets(body);
            if let Some(m) = err {
                d.warn(line_no, m);
            }
            let code = groups
                .first()
                .map(|g| g.trim().to_string())
                .unwrap_or_else(|| "---".into());
            if !is_known_code(code.split(':').next().unwrap_or("")) {
                d.warn(line_no, format!("block code [{code}] is not a CAMEO code"));
            }
            out.blocks.push(PetrBlock {
                name: head.trim().to_string(),
                code,
                verbs: Vec::new(),
                origin,
            });
            state = State::Block;
            continue;
        }
        if let Some(name) = t.strip_prefix('&') {
            let name = name.split_whitespace().next().unwrap_or("").to_string();
            if name.is_empty() {
                d.error(line_no, "synset without a name");
                continue;
            }
            out.synsets
                .entry(name.trim_end_matches('_').to_string())
                .or_default();
            state = State::Synset(name.trim_end_matches('_').to_string());
            continue;
        }
        if t.starts_with('~') {
            out.transformations.push((t.to_string(), origin));
            continue;
        }
        let pattern_body = if let Some(b) = t.strip_prefix('-') {
            Some(b)
        } else if t.starts_with("* ") && state == State::Block {
            d.warn(line_no, "pattern line without leading `-`");
            Some(t)
        } else {
            None
        };
        if let Some(body) = pattern_body {
            if state != State::Block {
                d.error(line_no, "pattern before any verb block");
                continue;
            }
            let Some(block_idx) = out.blocks.len().checked_sub(1) else {
                continue;
            };
            let (groups, head, err) = brackets(body);
            if let Some(m) = err {
                d.warn(line_no, format!("{m}; pattern skipped"));
                continue;
            }
            let Some(code_group) = groups.first() else {
                d.error(line_no, format!("pattern without [code]: {t:?}"));
                continue;
            };
            let (code, code2) = split_code(code_group);
            if !is_known_code(&code) || !code2.as_deref().is_none_or(is_known_code) {
                d.warn(
                    line_no,
                    format!(
                        "pattern code [{}] is not a CAMEO code (kept, not converted)",
                        code_group.trim()
                    ),
                );
            }
            let tokens = match tokenize_pattern(head) {
                Ok(t) => t,
                Err(m) => {
                    d.warn(line_no, format!("{m}; pattern skipped"));
                    continue;
                }
            };
            let verb = out.blocks[block_idx]
                .verbs
                .first()
                .map(|v| v.lemma.clone())
                .unwrap_or_default();
            out.patterns.push(PetrVerbPattern {
                verb,
                block: block_idx,
                code,
                code2,
                tokens,
                text: head.split_whitespace().collect::<Vec<_>>().join(" "),
                origin,
            });
            continue;
        }
        match &state {
            State::Synset(name) => {
                let Some(member) = t.strip_prefix('+') else {
                    d.error(
                        line_no,
                        format!("expected a `+` synset member, found {t:?}"),
                    );
                    continue;
                };
                let phrase = petr_phrase(member).to_lowercase();
                if phrase.is_empty() {
                    d.error(line_no, "empty synset member");
                    continue;
                }
                out.synsets.entry(name.clone()).or_default().push(phrase);
            }
            State::Block => {
                let Some(block) = out.blocks.last_mut() else {
                    continue;
                };
                let code = block.code.clone();
                if let Some(v) = parse_verb_line(t, &code, origin, &mut d, line_no) {
                    block.verbs.push(v);
                }
            }
            State::Start => d.error(
                line_no,
                format!("line outside any synset or verb block: {t:?}"),
            ),
        }
    }
    (out, d.list)
}

/// Crude singular of an uppercase/lowercase noun, for converting pattern nouns to lemmas.
pub(crate) fn singular(w: &str) -> String {
    let l = w.to_lowercase();
    if l.len() > 4 && l.ends_with("ies") {
        return format!("{}y", &l[..l.len() - 3]);
    }
    if l.len() > 4
        && (l.ends_with("sses") || l.ends_with("ches") || l.ends_with("shes") || l.ends_with("xes"))
    {
        return l[..l.len() - 2].to_string();
    }
    if l.len() > 3
        && l.ends_with('s')
        && !l.ends_with("ss")
        && !l.ends_with("us")
        && !l.ends_with("is")
    {
        return l[..l.len() - 1].to_string();
    }
    l
}

/// Maximum native patterns made from one PETRARCH pattern by synset expansion.
const MAX_EXPANSION: usize = 64;

/// Convert PETRARCH patterns to native [`VerbPattern`]s, best-effort: one
/// native pattern per verb of the block (and per synset member). Patterns
/// with material before the verb, source/compound/skip markers, or a code
/// that is not a CAMEO event code are not converted; the count of those is
/// returned beside the result. Isolated verbs with a code become bare patterns.
pub fn convert_verbs(v: &PetrVerbs) -> (Vec<VerbPattern>, usize) {
    let mut out = Vec::new();
    let mut skipped = 0;
    for b in &v.blocks {
        for verb in &b.verbs {
            let code = verb.code.split(':').next().unwrap_or("");
            if is_valid_event_code(code) {
                let text = std::iter::once(verb.lemma.clone())
                    .chain(verb.particles.iter().cloned())
                    .collect::<Vec<_>>()
                    .join(" ");
                out.push(VerbPattern {
                    code: code.to_string(),
                    head: verb.lemma.clone(),
                    words: verb.particles.clone(),
                    target: TargetSlot::None,
                    text,
                    origin: verb.origin.clone(),
                });
            }
        }
    }
    for p in &v.patterns {
        let code = if p.code.is_empty() {
            p.code2.clone().unwrap_or_default()
        } else {
            p.code.clone()
        };
        if !is_valid_event_code(&code) {
            skipped += 1;
            continue;
        }
        let Some(variants) = post_verb_words(&p.tokens, &v.synsets) else {
            skipped += 1;
            continue;
        };
        let Some(block) = v.blocks.get(p.block) else {
            skipped += 1;
            continue;
        };
        // The text after the verb is the same for every verb of the block.
        let suffixes: Vec<String> = variants
            .iter()
            .map(|(words, target)| {
                let mut t = String::new();
                for w in words {
                    t.push(' ');
                    t.push_str(w);
                }
                match target {
                    TargetSlot::Object => t.push_str(" $"),
                    TargetSlot::Prep(pr) => {
                        t.push(' ');
                        t.push_str(pr);
                        t.push_str(" $");
                    }
                    TargetSlot::None => {}
                }
                t
            })
            .collect();
        for verb in &block.verbs {
            let mut prefix = verb.lemma.clone();
            for p in &verb.particles {
                prefix.push(' ');
                prefix.push_str(p);
            }
            for ((words, target), suffix) in variants.iter().zip(&suffixes) {
                let all = if verb.particles.is_empty() {
                    words.clone()
                } else {
                    verb.particles.iter().chain(words).cloned().collect()
                };
                let mut text = String::with_capacity(prefix.len() + suffix.len());
                text.push_str(&prefix);
                text.push_str(suffix);
                out.push(VerbPattern {
                    code: code.clone(),
                    head: verb.lemma.clone(),
                    words: all,
                    target: target.clone(),
                    text,
                    origin: p.origin.clone(),
                });
            }
        }
    }
    (out, skipped)
}

/// Words after `*`, with synsets expanded. `None` when not convertible.
fn post_verb_words(
    tokens: &[PetrTok],
    synsets: &HashMap<String, Vec<String>>,
) -> Option<Vec<(Vec<String>, TargetSlot)>> {
    let star = tokens.iter().position(|t| *t == PetrTok::Verb)?;
    if tokens[..star].iter().any(|t| *t != PetrTok::Join) {
        return None;
    }
    let mut variants: Vec<(Vec<String>, TargetSlot)> = vec![(Vec::new(), TargetSlot::None)];
    fn add_alternatives(
        variants: &mut Vec<(Vec<String>, TargetSlot)>,
        alts: &[Vec<String>],
    ) -> Option<()> {
        let mut next = Vec::new();
        for (w, t) in variants.iter() {
            for a in alts {
                let mut w2 = w.clone();
                w2.extend(a.iter().cloned());
                next.push((w2, t.clone()));
                if next.len() > MAX_EXPANSION {
                    return None;
                }
            }
        }
        *variants = next;
        Some(())
    }
    fn walk(
        toks: &[PetrTok],
        variants: &mut Vec<(Vec<String>, TargetSlot)>,
        synsets: &HashMap<String, Vec<String>>,
        in_prep: bool,
    ) -> Option<()> {
        for (k, t) in toks.iter().enumerate() {
            match t {
                PetrTok::Join => {}
                PetrTok::Word(w) => {
                    let w = if in_prep && k == 0 {
                        w.to_lowercase()
                    } else {
                        singular(w)
                    };
                    add_alternatives(variants, &[vec![w]])?;
                }
                PetrTok::Synset(name) => {
                    let members = synsets.get(name.trim_end_matches('_'))?;
                    let alts: Vec<Vec<String>> = members
                        .iter()
                        .map(|m| m.split(' ').map(singular).collect())
                        .collect();
                    if alts.is_empty() {
                        return None;
                    }
                    add_alternatives(variants, &alts)?;
                }
                PetrTok::Phrase(inner) => walk(inner, variants, synsets, false)?,
                PetrTok::Prep(inner) => {
                    if let [PetrTok::Word(p)] = inner.as_slice() {
                        let p = p.to_lowercase();
                        if !PREPOSITIONS.contains(&p.as_str()) {
                            add_alternatives(variants, &[vec![singular(&p)]])?;
                            continue;
                        }
                        for v in variants.iter_mut() {
                            if v.1 != TargetSlot::None {
                                return None;
                            }
                            v.1 = TargetSlot::Prep(p.clone());
                        }
                    } else {
                        walk(inner, variants, synsets, true)?;
                    }
                }
                PetrTok::Target => {
                    for v in variants.iter_mut() {
                        let prep =
                            v.0.last()
                                .filter(|w| PREPOSITIONS.contains(&w.as_str()))
                                .cloned();
                        v.1 = match prep {
                            Some(p) => {
                                v.0.pop();
                                TargetSlot::Prep(p)
                            }
                            None => TargetSlot::Object,
                        };
                    }
                }
                PetrTok::Verb | PetrTok::Source | PetrTok::Compound | PetrTok::Skip => return None,
            }
        }
        Some(())
    }
    walk(&tokens[star + 1..], &mut variants, synsets, false)?;
    Some(variants)
}
