//! Raw text to events: the text, syntax and coder stages glued for callers
//! (the CLI, benchmarks, distributed workers).
//!
//! Each document is independent; [`Pipeline::code_document`] is a pure function
//! of the document, the model and the dictionaries, so callers code documents in
//! parallel and get the same events in the same order.

use chrono::NaiveDate;
use dyad_event::{Event, Indicator};
use dyad_syntax::{Model, ParsedSentence};
use dyad_text::read::{GivenParse, InputDoc};

use crate::{Coder, DocMemory, SentenceInput, TimeMention, Word};

/// What coding one document produced.
#[derive(Debug, Clone, Default)]
pub struct DocOutput {
    pub doc_id: String,
    pub pub_date: Option<NaiveDate>,
    pub events: Vec<Event>,
    pub indicators: Vec<Indicator>,
    /// Located problems, already formatted (`doc-id: sentence 3: ...`).
    pub diagnostics: Vec<String>,
    pub sentences: usize,
    /// A stable hash of the document text (hex), for idempotent ingest.
    pub content_hash: String,
}

/// The parser model and the coder, shared read-only across threads.
pub struct Pipeline<'a> {
    pub model: &'a Model,
    pub coder: Coder<'a>,
    /// Date for documents that carry none.
    pub default_date: Option<NaiveDate>,
    /// Parse `<Text>` with our own parser even when the input carries a parse.
    pub reparse: bool,
    /// Extract pledged/delivered quantities and trade indicators (on by default).
    pub quantities: bool,
}

/// Longest sentence (in words) handed to the parser; longer ones are coded in pieces upstream.
const MAX_WORDS: usize = 400;

impl<'a> Pipeline<'a> {
    pub fn new(model: &'a Model, coder: Coder<'a>) -> Self {
        Pipeline {
            model,
            coder,
            default_date: None,
            reparse: false,
            quantities: true,
        }
    }

    /// Code one document.
    pub fn code_document(&self, input: InputDoc) -> DocOutput {
        let given_parses: Vec<Option<GivenParse>> =
            input.given.iter().map(|g| g.parse.clone()).collect();
        let doc = input.into_document();
        let mut out = DocOutput {
            doc_id: doc.id.clone(),
            pub_date: doc.date,
            content_hash: format!("{:016x}", dyad_event::stable_hash(&[doc.text.as_bytes()])),
            ..Default::default()
        };
        for d in &doc.diagnostics {
            out.diagnostics.push(format!("{}: {d}", doc.id));
        }
        let Some(pub_date) = doc.date.or(self.default_date) else {
            out.diagnostics.push(format!(
                "{}: no document date (give a `Date:` line, a \"date\" field or --date); not coded",
                doc.id
            ));
            return out;
        };
        out.pub_date = Some(pub_date);
        let mut memory = DocMemory::default();
        out.sentences = doc.sentences.len();
        for (si, s) in doc.sentences.iter().enumerate() {
            let mut start = s.start;
            let mut tokens: &[dyad_text::Token] = &s.tokens;
            if si == 0 {
                if let Some(k) = dateline_end(tokens) {
                    tokens = &tokens[k..];
                    start = tokens.first().map(|t| t.start).unwrap_or(s.end);
                }
            }
            if tokens.is_empty() {
                continue;
            }
            let text = &doc.text[start..s.end];
            let parsed: ParsedSentence = match given_parses.get(si).cloned().flatten() {
                Some(given) if !self.reparse => match parse_given(&given) {
                    Ok(p) if !p.words.is_empty() => p,
                    Ok(_) => self.parse_tokens(tokens),
                    Err(e) => {
                        out.diagnostics.push(format!("{}: sentence {si}: given parse unreadable ({e}); parsed with dyad's parser", doc.id));
                        self.parse_tokens(tokens)
                    }
                },
                _ => {
                    if tokens.len() > MAX_WORDS {
                        out.diagnostics.push(format!(
                            "{}: sentence {si}: {} words, longer than the coder's limit of {MAX_WORDS}; not coded",
                            doc.id,
                            tokens.len()
                        ));
                        continue;
                    }
                    self.parse_tokens(tokens)
                }
            };
            let spans = align(text, &parsed, tokens, start);
            let words: Vec<Word> = parsed
                .words
                .into_iter()
                .zip(spans)
                .map(|(w, (a, b))| Word {
                    form: w.form,
                    lemma: w.lemma,
                    upos: w.upos,
                    xpos: w.xpos,
                    head: w.head,
                    deprel: w.deprel,
                    start: a,
                    end: b,
                })
                .collect();
            let times: Vec<TimeMention> = dyad_text::temporal::find_dates(text, pub_date)
                .into_iter()
                .map(|t| TimeMention {
                    start: t.start as u32,
                    end: t.end as u32,
                    date: t.date,
                    precision: t.precision,
                })
                .collect();
            let input = SentenceInput {
                doc_id: &doc.id,
                index: si as u32,
                text,
                words: &words,
                pub_date,
                times: &times,
            };
            let mut events = self.coder.code_sentence(&input, &mut memory);
            if let Some(url) = &doc.url {
                for e in &mut events {
                    e.source_url = Some(url.clone());
                }
            }
            if self.quantities {
                for p in crate::quantities::attach(&mut events, text, &words) {
                    out.diagnostics
                        .push(format!("{}: sentence {si}: {p}", doc.id));
                }
                out.indicators.extend(crate::quantities::indicators(
                    self.coder.lexicon(),
                    &doc.id,
                    si as u32,
                    pub_date,
                    text,
                    &words,
                ));
            }
            out.events.extend(events);
        }
        out
    }

    fn parse_tokens(&self, tokens: &[dyad_text::Token]) -> ParsedSentence {
        let forms: Vec<&str> = tokens.iter().map(|t| t.text.as_str()).collect();
        self.model.parse(&forms)
    }
}

fn parse_given(g: &GivenParse) -> Result<ParsedSentence, String> {
    match g {
        GivenParse::Penn(tree) => dyad_syntax::penn_to_ud(tree).map_err(|e| e.to_string()),
        GivenParse::Conllu(block) => {
            let (sents, errs) = dyad_syntax::read_conllu(block);
            if let Some(e) = errs.first() {
                return Err(e.to_string());
            }
            let mut p = sents
                .into_iter()
                .next()
                .map(|s| s.to_parsed())
                .unwrap_or_default();
            upgrade_ud1(&mut p);
            Ok(p)
        }
    }
}

/// Byte spans of parsed words relative to `text` (which starts at `base` in the document).
/// When the parse came from our own tokens, they align one to one; a parse made
/// elsewhere is aligned by searching each word form left to right.
fn align(
    text: &str,
    parsed: &ParsedSentence,
    tokens: &[dyad_text::Token],
    base: usize,
) -> Vec<(u32, u32)> {
    if parsed.words.len() == tokens.len()
        && parsed
            .words
            .iter()
            .zip(tokens)
            .all(|(w, t)| w.form == t.text)
    {
        return tokens
            .iter()
            .map(|t| ((t.start - base) as u32, (t.end - base) as u32))
            .collect();
    }
    let mut cursor = 0usize;
    let mut out = Vec::with_capacity(parsed.words.len());
    for w in &parsed.words {
        let form = match w.form.as_str() {
            "-LRB-" => "(",
            "-RRB-" => ")",
            "``" | "''" => "\"",
            f => f,
        };
        let hay = &text[cursor.min(text.len())..];
        let found = hay.find(form).filter(|&i| hay[..i].trim().len() <= 3);
        match found {
            Some(i) => {
                let a = cursor + i;
                let b = a + form.len();
                out.push((a as u32, b as u32));
                cursor = b;
            }
            None => out.push((cursor as u32, cursor as u32)),
        }
    }
    out
}

/// The index of the first token after a dateline ("KABUL, Sept. 5 (Reuters) --"), if any.
pub fn dateline_end(tokens: &[dyad_text::Token]) -> Option<usize> {
    let first = tokens.first()?;
    let letters: Vec<char> = first.text.chars().filter(|c| c.is_alphabetic()).collect();
    // (Not an abbreviation: "U.S. President Joe Biden ...".)
    if letters.len() < 2 || letters.iter().any(|c| c.is_lowercase()) || first.text.contains('.') {
        return None;
    }
    for (k, t) in tokens.iter().enumerate().take(16).skip(1) {
        let x = t.text.as_str();
        // "LYON:", "GAZA CITY, Palestinian Territories:": a colon after a short
        // run of capitalised words and commas.
        let colon = x == ":"
            && k <= 8
            && tokens[..k]
                .iter()
                .all(|p| p.text == "," || p.text.chars().next().is_some_and(char::is_uppercase));
        // (A dash inside a word is no dateline's end: "military-to-military".)
        let spaced =
            t.start > tokens[k - 1].end && tokens.get(k + 1).is_none_or(|n| n.start > t.end);
        if ((x == "--" || x == "-" || x == "—" || x == "–") && spaced) || colon {
            // Skip a doubled dash split into two tokens.
            let mut end = k + 1;
            while end < tokens.len() && matches!(tokens[end].text.as_str(), "-" | "--") {
                end += 1;
            }
            return (end < tokens.len()).then_some(end);
        }
        if x == "." || x == "!" || x == "?" {
            return None;
        }
    }
    None
}

/// Rename UD v1 relations (still used by older PETRARCH files) to their v2
/// names: `dobj` → `obj`, `nsubjpass` → `nsubj:pass`, and `nmod` attached to
/// a verb or adjective → `obl`.
fn upgrade_ud1(p: &mut ParsedSentence) {
    let upos: Vec<String> = p.words.iter().map(|w| w.upos.clone()).collect();
    for w in &mut p.words {
        let new = match w.deprel.as_str() {
            "dobj" => Some("obj"),
            "nsubjpass" => Some("nsubj:pass"),
            "csubjpass" => Some("csubj:pass"),
            "auxpass" => Some("aux:pass"),
            "neg" => Some("advmod"),
            "name" => Some("flat"),
            "mwe" => Some("fixed"),
            "nmod:agent" => Some("obl:agent"),
            "nmod" | "nmod:tmod" | "nmod:npmod" if w.head >= 1 => {
                let h = upos.get(w.head - 1).map(|s| s.as_str()).unwrap_or("");
                if matches!(h, "VERB" | "ADJ" | "AUX") {
                    Some(match w.deprel.as_str() {
                        "nmod:tmod" => "obl:tmod",
                        "nmod:npmod" => "obl:npmod",
                        _ => "obl",
                    })
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some(n) = new {
            w.deprel = n.to_string();
        }
    }
}
