//! A tolerant reader for PETRARCH validation files (`PETR.UnitTest.records.xml`
//! and friends) and the exact-set scorer used by `dyad validate`.
//!
//! The files are not well-formed XML (`<Sentence .../>`-style siblings,
//! stray `<Config>` elements between records, comments everywhere), so this
//! is a small scanner over the text rather than an XML parser. It never
//! fails: malformed records are reported as [`ValidationProblem`]s with their
//! line and skipped.

use chrono::NaiveDate;

use super::PetrCoder;
use crate::tree::Word;

/// One coded event as (source, target, CAMEO code).
pub type Triple = (String, String, String);

/// The dictionaries a validation file names in its `<Environment>`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ValidationEnv {
    /// `<Verbfile>`.
    pub verbs: Option<String>,
    /// `<Actorfile>` (several files may be separated by commas).
    pub actors: Vec<String>,
    /// `<Agentfile>`.
    pub agents: Option<String>,
    /// `<Discardfile>`.
    pub discards: Option<String>,
}

/// The parse a record carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordParse {
    /// CoNLL-U lines.
    Conllu(String),
    /// A Penn Treebank bracketing.
    Penn(String),
    /// No `<Parse>` element.
    None,
}

/// One `<Sentence>` of a validation file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationRecord {
    /// The `id` attribute.
    pub id: String,
    /// 1-based line of the `<Sentence` tag.
    pub line: usize,
    /// The `date` attribute (`YYYYMMDD`, or TABARI's `YYMMDD`), if readable.
    pub date: Option<NaiveDate>,
    /// The `<Text>` content, whitespace-normalised.
    pub text: String,
    /// The `<Parse>` content.
    pub parse: RecordParse,
    /// Gold events (empty for `noevents` and `error` records).
    pub gold: Vec<Triple>,
    /// An `error="..."` gold (the record must code nothing).
    pub gold_error: Option<String>,
    /// `sentence="true"` and at least one `<EventCoding>`: the record is scored.
    pub evaluate: bool,
    /// The `require_dyad` option in force for this record (`<Config>` elements
    /// before it; PETRARCH's default is true).
    pub require_dyad: bool,
}

impl ValidationRecord {
    /// The record as a one-sentence input document, with the file's own
    /// parse when it has one (else the pipeline parses the text).
    pub fn input_doc(&self) -> dyad_text::read::InputDoc {
        use dyad_text::read::{GivenParse, GivenSentence, InputDoc};
        let parse = match &self.parse {
            RecordParse::Conllu(c) => Some(GivenParse::Conllu(c.clone())),
            RecordParse::Penn(p) => Some(GivenParse::Penn(p.clone())),
            RecordParse::None => None,
        };
        InputDoc {
            id: self.id.clone(),
            date: self.date,
            text: self.text.clone(),
            given: vec![GivenSentence {
                id: Some(self.id.clone()),
                text: self.text.clone(),
                parse,
            }],
            ..Default::default()
        }
    }
}

/// A problem found while reading a validation file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationProblem {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// A whole validation file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ValidationFile {
    /// The `<Environment>`.
    pub env: ValidationEnv,
    /// The records in file order.
    pub records: Vec<ValidationRecord>,
    /// Problems found while reading.
    pub problems: Vec<ValidationProblem>,
}

/// Replace `<!-- ... -->` comments by spaces, keeping newlines (so byte
/// offsets and line numbers are unchanged).
fn blank_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(p) = rest.find("<!--") {
        out.push_str(&rest[..p]);
        let after = &rest[p..];
        let end = after.find("-->").map(|e| e + 3).unwrap_or(after.len());
        for c in after[..end].chars() {
            if c == '\n' {
                out.push('\n');
            } else {
                for _ in 0..c.len_utf8() {
                    out.push(' ');
                }
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// Decode the five XML entities and numeric character references.
pub fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let after = &rest[p..];
        let Some(semi) = after.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &after[1..];
            continue;
        };
        let ent = &after[1..semi];
        let rep = match ent {
            "quot" => Some('"'),
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "apos" => Some('\''),
            _ => ent
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match rep {
            Some(c) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Attributes of a start tag body (`name="v" other='w'`).
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let b = tag.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && !(b[i].is_ascii_alphanumeric() || b[i] == b'_') {
            i += 1;
        }
        let ns = i;
        while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'-') {
            i += 1;
        }
        let name = &tag[ns..i];
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= b.len() || b[i] != b'=' {
            continue;
        }
        i += 1;
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        let q = b[i];
        if q != b'"' && q != b'\'' {
            continue;
        }
        i += 1;
        let vs = i;
        while i < b.len() && b[i] != q {
            i += 1;
        }
        out.push((name.to_string(), unescape(&tag[vs..i.min(b.len())])));
        i += 1;
    }
    out
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// Content between `<name ...>` and `</name>` in `body`, first occurrence.
fn element<'a>(body: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}");
    let mut from = 0;
    while let Some(p) = body[from..].find(&open) {
        let s = from + p;
        let after = &body[s + open.len()..];
        // `<Parse>` but not `<Parsed>`.
        if after.starts_with(|c: char| c == '>' || c.is_whitespace()) {
            let gt = after.find('>')?;
            let content_start = s + open.len() + gt + 1;
            let close = format!("</{name}>");
            let end = body[content_start..]
                .find(&close)
                .map(|e| content_start + e)
                .unwrap_or(body.len());
            return Some(&body[content_start..end]);
        }
        from = s + open.len();
    }
    None
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn truthy(v: &str) -> bool {
    matches!(v.trim().to_ascii_lowercase().as_str(), "true" | "1" | "yes")
}

/// Read a PETRARCH validation file's text.
pub fn read_validation(text: &str) -> ValidationFile {
    let clean = blank_comments(text);
    let mut out = ValidationFile::default();
    if let Some(env) = element(&clean, "Environment") {
        let get = |n: &str| {
            element(env, n)
                .map(|s| unescape(s.trim()))
                .filter(|s| !s.is_empty())
        };
        out.env.verbs = get("Verbfile");
        out.env.actors = get("Actorfile")
            .map(|s| {
                s.split(',')
                    .map(|p| p.trim().to_string())
                    .filter(|p| !p.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        out.env.agents = get("Agentfile");
        out.env.discards = get("Discardfile");
    }
    let mut require_dyad = true;
    let mut pos = 0;
    loop {
        let next_cfg = clean[pos..].find("<Config").map(|p| pos + p);
        let next_sent = clean[pos..].find("<Sentence").map(|p| pos + p);
        let (at, is_cfg) = match (next_cfg, next_sent) {
            (Some(c), Some(s)) if c < s => (c, true),
            (Some(c), None) => (c, true),
            (_, Some(s)) => (s, false),
            (None, None) => break,
        };
        let tag_end = clean[at..].find('>').map(|e| at + e).unwrap_or(clean.len());
        let tag = &clean[at..tag_end];
        if is_cfg {
            let a = attributes(tag);
            if attr(&a, "option").is_some_and(|o| o.eq_ignore_ascii_case("require_dyad")) {
                if let Some(v) = attr(&a, "value") {
                    require_dyad = truthy(v);
                }
            }
            pos = tag_end.min(clean.len());
            continue;
        }
        // `<Sentences>` is a wrapper, not a record.
        if clean[at..].starts_with("<Sentences") {
            pos = tag_end.min(clean.len());
            continue;
        }
        let line = line_of(&clean, at);
        let body_start = (tag_end + 1).min(clean.len());
        let body_end = clean[body_start..]
            .find("</Sentence>")
            .map(|e| body_start + e)
            .unwrap_or(clean.len());
        let body = &clean[body_start..body_end];
        pos = body_end;
        let a = attributes(tag);
        let id = attr(&a, "id").unwrap_or("").to_string();
        if id.is_empty() {
            out.problems.push(ValidationProblem {
                line,
                message: "record without id".into(),
            });
        }
        let date = attr(&a, "date").and_then(dyad_text::read::parse_input_date);
        if date.is_none() {
            out.problems.push(ValidationProblem {
                line,
                message: format!("record {id}: missing or unreadable date"),
            });
        }
        let is_sentence = attr(&a, "sentence").is_none_or(truthy);
        let mut gold = Vec::new();
        let mut gold_error = None;
        let mut codings = 0;
        let mut from = 0;
        while let Some(p) = body[from..].find("<EventCoding") {
            let s = from + p;
            let e = body[s..].find('>').map(|e| s + e).unwrap_or(body.len());
            let ea = attributes(&body[s..e]);
            codings += 1;
            if let Some(err) = attr(&ea, "error") {
                gold_error = Some(err.to_string());
            } else if attr(&ea, "noevents").is_some_and(truthy) {
            } else {
                gold.push((
                    attr(&ea, "sourcecode").unwrap_or("").to_string(),
                    attr(&ea, "targetcode").unwrap_or("").to_string(),
                    attr(&ea, "eventcode").unwrap_or("").to_string(),
                ));
            }
            from = e;
        }
        let text = element(body, "Text")
            .map(|t| unescape(&t.split_whitespace().collect::<Vec<_>>().join(" ")))
            .unwrap_or_default();
        let parse = match element(body, "Parse") {
            Some(p) if p.trim_start().starts_with('(') => RecordParse::Penn(unescape(p.trim())),
            Some(p) if !p.trim().is_empty() => RecordParse::Conllu(unescape(p.trim())),
            _ => RecordParse::None,
        };
        out.records.push(ValidationRecord {
            id,
            line,
            date,
            text,
            parse,
            gold,
            gold_error,
            evaluate: is_sentence && codings > 0,
            require_dyad,
        });
    }
    out
}

/// (source country, target country, CAMEO root) of a coding: the key the
/// GSR file and dyad's news gold sets are scored on.
pub fn country_root_key(source: &str, target: &str, code: &str) -> Triple {
    let country = |x: &str| x.get(..3).unwrap_or(x).to_string();
    (
        country(source),
        country(target),
        code.get(..2).unwrap_or(code).to_string(),
    )
}

/// Matched, gold and system counts of one record on distinct
/// [`country_root_key`]s.
pub fn tally_country_root(
    gold: impl IntoIterator<Item = Triple>,
    sys: impl IntoIterator<Item = Triple>,
) -> (usize, usize, usize) {
    let distinct = |v: Vec<Triple>| {
        let mut v = v;
        v.sort();
        v.dedup();
        v
    };
    let gold = distinct(gold.into_iter().collect());
    let sys = distinct(sys.into_iter().collect());
    let matched = sys.iter().filter(|k| gold.contains(k)).count();
    (matched, gold.len(), sys.len())
}

/// Does the coded set equal the gold set (order and duplicates ignored)?
pub fn exact_set_match(coded: &[Triple], gold: &[Triple]) -> bool {
    let mut a: Vec<&Triple> = coded.iter().collect();
    let mut b: Vec<&Triple> = gold.iter().collect();
    a.sort();
    a.dedup();
    b.sort();
    b.dedup();
    a == b
}

/// A record's `<Text>` parsed by `model` (all its sentences as one word
/// list), for `--reparse`.
pub fn parse_record_text(model: &dyad_syntax::Model, text: &str) -> Vec<Word> {
    let sents = dyad_text::segment(text);
    let forms: Vec<&str> = sents
        .iter()
        .flat_map(|s| s.tokens.iter().map(|t| t.text.as_str()))
        .collect();
    words_from_parsed(&model.parse(&forms).words)
}

/// Convert parsed words from the syntax crate into the coder's [`Word`]s
/// (byte offsets are left at 0).
pub fn words_from_parsed(words: &[dyad_syntax::Word]) -> Vec<Word> {
    words
        .iter()
        .map(|w| Word {
            form: w.form.clone(),
            lemma: w.lemma.clone(),
            upos: w.upos.clone(),
            xpos: w.xpos.clone(),
            head: w.head,
            deprel: w.deprel.clone(),
            start: 0,
            end: 0,
        })
        .collect()
}

/// The words of a record's own `<Parse>` (CoNLL-U or Penn), or why there are none.
pub fn record_words(rec: &ValidationRecord) -> Result<Vec<Word>, String> {
    match &rec.parse {
        RecordParse::Conllu(text) => {
            let (sents, errs) = dyad_syntax::read_conllu(text);
            if let Some(e) = errs.first() {
                return Err(format!(
                    "record {} (line {}): bad CoNLL-U: {e:?}",
                    rec.id, rec.line
                ));
            }
            let words: Vec<Word> = sents
                .iter()
                .flat_map(|s| words_from_parsed(&s.words))
                .collect();
            if words.is_empty() {
                return Err(format!(
                    "record {} (line {}): empty parse",
                    rec.id, rec.line
                ));
            }
            Ok(words)
        }
        RecordParse::Penn(tree) => dyad_syntax::penn_to_ud(tree)
            .map(|p| words_from_parsed(&p.words))
            .map_err(|e| format!("record {} (line {}): {e}", rec.id, rec.line)),
        RecordParse::None => Err(format!("record {} (line {}): no <Parse>", rec.id, rec.line)),
    }
}

/// The outcome of one evaluated record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordOutcome {
    /// Record id.
    pub id: String,
    /// Line of the record.
    pub line: usize,
    /// Coded set equals gold set.
    pub passed: bool,
    /// What we coded (sorted, deduplicated).
    pub coded: Vec<Triple>,
    /// The gold set (sorted, deduplicated).
    pub gold: Vec<Triple>,
    /// Why the record could not be coded (its parse was unreadable).
    pub problem: Option<String>,
}

/// Totals and per-record outcomes of a validation run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ValidationReport {
    /// Evaluated records, in file order.
    pub outcomes: Vec<RecordOutcome>,
    /// Records that passed.
    pub passed: usize,
    /// Records that failed.
    pub failed: usize,
}

impl ValidationReport {
    /// A per-record diff of the failures and the closing `N passed, M failed` line.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let fmt = |t: &Triple| format!("{} {} {}", t.0, t.1, t.2);
        for o in self.outcomes.iter().filter(|o| !o.passed) {
            s.push_str(&format!("FAIL {} (line {})\n", o.id, o.line));
            if let Some(p) = &o.problem {
                s.push_str(&format!("  problem: {p}\n"));
            }
            for g in &o.gold {
                if !o.coded.contains(g) {
                    s.push_str(&format!("  - {}\n", fmt(g)));
                }
            }
            for c in &o.coded {
                if !o.gold.contains(c) {
                    s.push_str(&format!("  + {}\n", fmt(c)));
                }
            }
        }
        s.push_str(&format!("{} passed, {} failed\n", self.passed, self.failed));
        s
    }
}

fn sorted(v: &[Triple]) -> Vec<Triple> {
    let mut v = v.to_vec();
    v.sort();
    v.dedup();
    v
}

/// A parser for `--reparse`: sentence text in, words out.
pub type Reparse = dyn Fn(&str) -> Vec<Word>;

/// Code every evaluated record of `file` and score it by exact set match.
/// `reparse`, when given, parses a record's `<Text>` instead of using its `<Parse>`.
pub fn validate_records(
    coder: &PetrCoder,
    file: &ValidationFile,
    reparse: Option<&Reparse>,
) -> ValidationReport {
    let mut rep = ValidationReport::default();
    for rec in file.records.iter().filter(|r| r.evaluate) {
        let words = match reparse {
            Some(f) => Ok(f(&rec.text)),
            None => record_words(rec),
        };
        let date = rec.date.unwrap_or_default();
        let (coded, problem) = match words {
            Ok(w) => (coder.code(&w, date, rec.require_dyad), None),
            Err(e) => (Vec::new(), Some(e)),
        };
        let coded = sorted(&coded);
        let gold = sorted(&rec.gold);
        let passed = exact_set_match(&coded, &gold);
        if passed {
            rep.passed += 1;
        } else {
            rep.failed += 1;
        }
        rep.outcomes.push(RecordOutcome {
            id: rec.id.clone(),
            line: rec.line,
            passed,
            coded,
            gold,
            problem,
        });
    }
    rep
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_records_config_and_gold() {
        let src = r#"<Validation><Environment><Verbfile>v.txt</Verbfile>
<Actorfile>a.txt</Actorfile></Environment>
<!-- <Sentence id="X"> in a comment -->
<Config option="require_dyad" value="false" />
<Sentence date="19950101" id="A_1" sentence="true">
<EventCoding eventcode="050" sourcecode="ARN" targetcode="&quot;X&quot;" />
<Text>Arnor
 restores ties.</Text>
<Parse>
1	Arnor	Arnor	PROPN	NNP	_	0	root	_	_
</Parse></Sentence>
<Sentence date="1995xx" id="B" sentence="true">
<EventCoding noevents="True"> </EventCoding>
<Text>x</Text></Sentence>
<Sentence date="19950101" id="C" sentence="false"><Text>y</Text></Sentence>
"#;
        let f = read_validation(src);
        assert_eq!(f.env.verbs.as_deref(), Some("v.txt"));
        assert_eq!(f.env.actors, vec!["a.txt".to_string()]);
        assert_eq!(f.records.len(), 3);
        let r = &f.records[0];
        assert_eq!(r.id, "A_1");
        assert!(!r.require_dyad);
        assert_eq!(r.text, "Arnor restores ties.");
        assert_eq!(r.gold, vec![("ARN".into(), "\"X\"".into(), "050".into())]);
        assert!(matches!(r.parse, RecordParse::Conllu(_)));
        assert!(f.records[1].evaluate && f.records[1].gold.is_empty());
        assert!(!f.records[2].evaluate);
        assert_eq!(f.problems.len(), 1);
        assert_eq!(f.problems[0].line, 12);
    }

    #[test]
    fn country_root_tally_counts_distinct_keys() {
        assert_eq!(
            country_root_key("RUSGOV", "AFGGOV", "0311"),
            ("RUS".to_string(), "AFG".to_string(), "03".to_string())
        );
        let gold = vec![
            country_root_key("RUSGOV", "AFG", "042"),
            country_root_key("RUS", "AFGGOV", "043"),
            country_root_key("AFG", "RUS", "040"),
        ];
        let sys = vec![
            country_root_key("RUSMIL", "AFG", "040"),
            country_root_key("RUS", "AFG", "036"),
        ];
        // Gold keys collapse to two; the system's 04 matches, its 03 does not.
        assert_eq!(tally_country_root(gold, sys), (1, 2, 2));
    }

    #[test]
    fn exact_set_ignores_order_and_duplicates() {
        let t = |s: &str| (s.to_string(), "B".to_string(), "010".to_string());
        assert!(exact_set_match(
            &[t("A"), t("C"), t("A")],
            &[t("C"), t("A")]
        ));
        assert!(!exact_set_match(&[t("A")], &[t("A"), t("C")]));
    }
}
