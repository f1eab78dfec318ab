//! Sentence splitting and UD-EWT-style tokenization.
//!
//! Two linear passes over the text, no backtracking:
//! 1. whitespace-delimited chunks are cut into raw tokens (words with their
//!    connectors — `U.S`, `4.5`, `1,000`, `10:30`, `e-mail` —, abbreviation
//!    periods, punctuation runs, URLs, e-mail addresses, split clitics), each
//!    remembering the whitespace before it (space, line break, blank line);
//! 2. raw tokens are grouped into sentences: a blank line always ends one, a
//!    single line break ends one after a short line or before a list item,
//!    and `.`/`!`/`?`/`...` (with any closing quotes and brackets) end one
//!    unless the next token says otherwise. Abbreviations end a sentence
//!    only before a typical sentence opener; the period then becomes its own
//!    token, as in EWT ("etc." → "etc" ".").
//!
//! Hyphens: EWT splits most hyphenated compounds ("well - known",
//! "15 - year": 1,422 bare `-` tokens against 400 whole hyphenated tokens in
//! en_ewt-ud-train), keeping whole only prefix compounds ("e-mail",
//! "non-commercial", "mid-August") and phone numbers ("713-853-3989"); we do
//! the same.

use crate::{CompactString, Diagnostic, Sentence, Token};

/// Sentences longer than this many tokens are cut, with a warning.
pub const MAX_SENTENCE_TOKENS: usize = 1000;

/// Lines shorter than this (in bytes) that end without sentence punctuation
/// are treated as headings: a single line break after them ends a sentence.
const SHORT_LINE: usize = 60;

/// Line width assumed for hard-wrapped text (e-mail, `conllu_to_text.pl`).
const WRAP_WIDTH: usize = 80;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Letters/digits with their connectors.
    Word,
    /// A word with its period attached ("Gen.", "U.S.").
    Abbrev,
    /// `.`, `!`, `?`, runs of them and ellipses.
    Term,
    /// Opening bracket.
    Open,
    /// Closing bracket.
    Close,
    /// Straight or typographic quote, direction decided by spacing.
    Quote,
    /// `:)`, `:-(`, `;)` …
    Emoticon,
    /// Anything else: `,` `;` `:` `$` `-`; URLs are `Word`.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    None,
    /// Whitespace without a line break.
    Space,
    /// A single line break not judged a sentence boundary.
    Line,
    /// A single line break after a heading-like line or before a list item.
    Soft,
    /// A blank line (or the start of the text).
    Hard,
}

#[derive(Debug, Clone, Copy)]
struct Raw {
    start: usize,
    end: usize,
    kind: Kind,
    /// Whitespace before this token.
    before: Break,
    /// The token's text is all ASCII (so it needs no normalisation).
    ascii: bool,
}

/// Tokenize and sentence-split `text`. Offsets are byte offsets into `text`.
pub fn segment(text: &str) -> Vec<Sentence> {
    segment_with_diagnostics(text).0
}

/// Like [`segment`], also returning warnings (sentences cut at
/// [`MAX_SENTENCE_TOKENS`]).
pub fn segment_with_diagnostics(text: &str) -> (Vec<Sentence>, Vec<Diagnostic>) {
    let raws = raw_tokens(text);
    group_sentences(text, &raws)
}

/// Tokenize `text` as exactly one sentence (for inputs that come already
/// split); token offsets are shifted by `offset`. A final abbreviation gives
/// up its period as in [`segment`] ("... in the U.S." → "U.S" ".").
pub fn tokenize_as_sentence(text: &str, offset: usize) -> Vec<Token> {
    let raws = raw_tokens(text);
    let mut out = Vec::with_capacity(raws.len() + 1);
    let tok = |s: usize, e: usize, ascii: bool| Token {
        start: s + offset,
        end: e + offset,
        text: token_text(&text[s..e], ascii),
    };
    for (k, r) in raws.iter().enumerate() {
        // (The word without its final period, for an abbreviation only: a
        // token may end in a multi-byte character, "Guaidó".)
        let abbrev = k + 1 == raws.len()
            && r.kind == Kind::Abbrev
            && text
                .get(r.start..r.end.saturating_sub(1))
                .is_some_and(abbreviation_can_end);
        if abbrev {
            out.push(tok(r.start, r.end - 1, r.ascii));
            out.push(tok(r.end - 1, r.end, r.ascii));
        } else {
            out.push(tok(r.start, r.end, r.ascii));
        }
    }
    out
}

fn abbreviation_can_end(word: &str) -> bool {
    word.chars().count() > 1 && !NON_FINAL.contains(&word.to_ascii_lowercase().as_str())
}

/// Normalised form of a token's original text: typographic quotes → `'`
/// and `"`, en/em dashes and the minus sign → `-`, invisible and odd spaces
/// (no-break, zero-width, soft hyphen, BOM) removed.
pub fn normalize(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    normalize_compact(s).into_string()
}

/// A token's normalised text; `ascii` says the caller already knows `s` is
/// all ASCII (then it is copied as it is).
#[inline]
fn token_text(s: &str, ascii: bool) -> CompactString {
    if ascii {
        CompactString::new(s)
    } else {
        normalize_compact(s)
    }
}

/// [`normalize`] into a [`CompactString`]: no allocation for tokens of up to
/// 24 bytes, and a plain copy when nothing needs replacing (all ASCII text).
#[inline]
pub(crate) fn normalize_compact(s: &str) -> CompactString {
    if s.is_ascii() {
        return CompactString::new(s);
    }
    let mut out = CompactString::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => out.push('\''),
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => out.push('"'),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
            | '\u{2212}' => out.push('-'),
            '\u{2026}' => out.push_str("..."),
            c if is_invisible(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// True when `next` is the second half of a word the tokenizer split
/// (a clitic: "ca"+"n't", "Bush"+"'s", "Edwards"+"'", "can"+"not",
/// "gon"+"na"), i.e. the two form one surface token (a CoNLL-U multi-word
/// token).
pub fn is_clitic_continuation(prev: &Token, next: &Token) -> bool {
    if prev.end != next.start {
        return false;
    }
    let n = next.text.as_str();
    let p = prev.text.as_str();
    if n.len() > 4 || p.is_empty() {
        return false;
    }
    let nl = n.to_ascii_lowercase();
    let pl = p.to_ascii_lowercase();
    let prev_is_word = p.chars().last().is_some_and(char::is_alphanumeric);
    match nl.as_str() {
        "n't" | "'s" | "'re" | "'ve" | "'ll" | "'d" | "'m" => prev_is_word,
        "'" => prev_is_word && pl.ends_with('s'),
        "not" => pl == "can",
        "na" => pl == "gon" || pl == "wan",
        "ta" => pl == "got",
        _ => false,
    }
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '\u{FFFD}' || c == '\u{00AD}' || c == '\u{200D}'
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

// ---------------------------------------------------------------- pass 1

fn raw_tokens(text: &str) -> Vec<Raw> {
    let mut out: Vec<Raw> = Vec::with_capacity(text.len() / 5 + 1);
    let mut buf: Vec<(usize, char)> = Vec::with_capacity(64);
    let bytes = text.as_bytes();
    let mut pos = 0usize;
    let mut line_start = 0usize;
    let mut before = Break::Hard;
    while pos < bytes.len() {
        // Whitespace run.
        let ws_start = pos;
        let mut newlines = 0usize;
        let mut last_nl = 0usize;
        let mut first_nl = 0usize;
        while pos < bytes.len() {
            let b = bytes[pos];
            if b < 0x80 {
                if b == b'\n' {
                    if newlines == 0 {
                        first_nl = pos;
                    }
                    newlines += 1;
                    last_nl = pos;
                } else if !(b as char).is_ascii_whitespace() && b != 0x0b {
                    break;
                }
                pos += 1;
            } else {
                let c = text[pos..].chars().next().unwrap_or(' ');
                if !is_space(c) {
                    break;
                }
                pos += c.len_utf8();
            }
        }
        if pos >= bytes.len() {
            break;
        }
        if pos > ws_start {
            let ws = if newlines >= 2 {
                Break::Hard
            } else if newlines == 1 {
                let prev_line = text[line_start..first_nl].trim();
                // A short line is a heading unless the next word would not
                // have fitted on it (hard-wrapped text).
                let next_word = text[pos..].find(is_space).unwrap_or(text.len() - pos);
                let fits = prev_line.len() + 1 + next_word <= WRAP_WIDTH;
                if fits && (prev_line.len() < SHORT_LINE || starts_list_item(&text[pos..])) {
                    Break::Soft
                } else {
                    Break::Line
                }
            } else {
                Break::Space
            };
            if newlines > 0 {
                line_start = last_nl + 1;
            }
            before = before.max(ws);
        }
        // Chunk.
        let chunk_start = pos;
        let first = out.len();
        // Fast path: a plain ASCII word (most chunks) needs no analysis.
        let mut k = pos;
        while k < bytes.len() && BYTE_CLASS[bytes[k] as usize] & ALNUM != 0 {
            k += 1;
        }
        let plain_end = k < bytes.len() && BYTE_CLASS[bytes[k] as usize] & WHITE != 0;
        let chunk_end =
            if k > pos && (k == bytes.len() || plain_end) && !needs_word_split(&bytes[pos..k]) {
                out.push(Raw {
                    start: pos,
                    end: k,
                    kind: Kind::Word,
                    before: Break::None,
                    ascii: true,
                });
                k
            } else {
                buf.clear();
                let mut ascii = true;
                for (i, c) in text[pos..].char_indices() {
                    if is_space(c) {
                        break;
                    }
                    ascii &= c.is_ascii();
                    buf.push((chunk_start + i, c));
                }
                let chunk_end = buf.last().map_or(chunk_start, |&(i, c)| i + c.len_utf8());
                tokenize_chunk(text, &buf, chunk_end, &mut out);
                if !ascii {
                    for r in out.iter_mut().skip(first) {
                        r.ascii = false;
                    }
                }
                chunk_end
            };
        if let Some(t) = out.get_mut(first) {
            t.before = before;
        }
        before = Break::None;
        pos = chunk_end.max(pos + 1);
    }
    out
}

/// [`BYTE_CLASS`] bit: ASCII letter or digit.
const ALNUM: u8 = 1;
/// [`BYTE_CLASS`] bit: ASCII whitespace as [`u8::is_ascii_whitespace`] has it.
const WHITE: u8 = 2;

/// Class bits of every byte value, so the hot loops test one table entry.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        if b.is_ascii_alphanumeric() {
            t[i] |= ALNUM;
        }
        if b.is_ascii_whitespace() {
            t[i] |= WHITE;
        }
        i += 1;
    }
    t
};

/// Plain alphanumeric words that [`split_clitics`] still splits.
fn needs_word_split(w: &[u8]) -> bool {
    matches!(w.len(), 4..=6)
        && ["cannot", "gonna", "wanna", "gotta", "alot"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x.as_bytes()))
}

fn starts_list_item(rest: &str) -> bool {
    let b = rest.as_bytes();
    match b.first() {
        Some(b'-' | b'*') => b.get(1).is_some_and(|c| *c == b' ' || *c == b'\t'),
        Some(b'0'..=b'9') => {
            let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
            digits <= 2
                && matches!(b.get(digits), Some(b'.' | b')'))
                && b.get(digits + 1).is_some_and(|c| *c == b' ' || *c == b'\t')
        }
        _ => rest.starts_with('\u{2022}'),
    }
}

const URL_STARTS: &[&str] = &["http://", "https://", "ftp://", "www.", "mailto:"];

const EMOTICONS: &[&str] = &[
    ":-)", ":-(", ";-)", ":-D", ":-P", ":)", ":(", ";)", ":D", ":P", ":p", "<3",
];

/// Cut one whitespace-free chunk into raw tokens.
fn tokenize_chunk(text: &str, ch: &[(usize, char)], chunk_end: usize, out: &mut Vec<Raw>) {
    let n = ch.len();
    let off = |k: usize| if k < n { ch[k].0 } else { chunk_end };
    let push = |out: &mut Vec<Raw>, s: usize, e: usize, kind: Kind| {
        if e > s {
            out.push(Raw {
                start: s,
                end: e,
                kind,
                before: Break::None,
                ascii: true,
            });
        }
    };
    let mut i = 0;
    while i < n {
        let c = ch[i].1;
        let rest = &text[off(i)..chunk_end];
        // URLs and e-mail addresses are single tokens minus trailing punctuation.
        if is_word_char(c) && (starts_url(rest) || is_email(rest)) {
            let mut e = n;
            let opens = rest.bytes().filter(|&b| b == b'(').count();
            while e > i + 1 {
                let t = ch[e - 1].1;
                let strip = matches!(
                    t,
                    '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '>' | ']' | '}'
                ) || matches!(t, '\u{201D}' | '\u{2019}' | '\u{00BB}')
                    || (t == ')' && opens == 0);
                if !strip {
                    break;
                }
                e -= 1;
            }
            push(out, off(i), off(e), Kind::Word);
            i = e;
            continue;
        }
        if let Some(emo) = EMOTICONS.iter().find(|e| rest.starts_with(**e)) {
            let after = rest[emo.len()..].chars().next();
            if !after.is_some_and(is_word_char) {
                let e = i + emo.chars().count();
                push(out, off(i), off(e), Kind::Emoticon);
                i = e;
                continue;
            }
        }
        if is_word_char(c) {
            let j = scan_word(ch, i);
            // A period right after the word: abbreviation or not?
            if j < n && ch[j].1 == '.' && !(j + 1 < n && ch[j + 1].1 == '.') {
                let word = &text[off(i)..off(j)];
                if is_abbreviation(word, &text[off(j) + 1..]) {
                    push(out, off(i), off(j + 1), Kind::Abbrev);
                    i = j + 1;
                    continue;
                }
            }
            split_clitics(text, off(i), off(j), out);
            // Possessive apostrophe after a plural: "Edwards'" → "Edwards" "'".
            if j < n && is_apostrophe(ch[j].1) && text[off(i)..off(j)].ends_with(['s', 'S']) {
                let after = ch.get(j + 1).map(|x| x.1);
                if !after.is_some_and(is_word_char) {
                    push(out, off(j), off(j + 1), Kind::Punct);
                    i = j + 1;
                    continue;
                }
            }
            i = j;
            continue;
        }
        // Punctuation.
        let (e, kind) = match c {
            '.' | '\u{2026}' | '!' | '?' => {
                // "...", "?!", ".?" and "!!!" are single tokens; a run of
                // dots followed by ?/! is split ("..." "?").
                let dots = matches!(c, '.' | '\u{2026}');
                let mut e = i + 1;
                while e < n
                    && (matches!(ch[e].1, '!' | '?')
                        || (matches!(ch[e].1, '.' | '\u{2026}')
                            && (dots || !matches!(ch[e - 1].1, '.'))))
                {
                    if dots && e - i >= 2 && matches!(ch[e].1, '!' | '?') {
                        break;
                    }
                    e += 1;
                }
                (e, Kind::Term)
            }
            '-' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '=' | '*' | '+' | '~' | '_' | '<'
            | '>' | '#' | '^' | '$' | '|' | '\\'
                if ch.get(i + 1).is_some_and(|x| is_symbol_run_char(x.1)) =>
            {
                // Rules and decorations ("=====", "*****", "==----", ">>", "$$$") stay whole.
                let mut e = i + 1;
                while e < n && is_symbol_run_char(ch[e].1) {
                    e += 1;
                }
                (e, Kind::Punct)
            }
            '#' if ch.get(i + 1).is_some_and(|x| x.1.is_alphabetic()) => {
                // Hashtags.
                (scan_word(ch, i + 1), Kind::Word)
            }
            '(' | '[' | '{' | '\u{00AB}' | '\u{201C}' | '\u{2018}' | '<' => (i + 1, Kind::Open),
            ')' | ']' | '}' | '\u{00BB}' | '\u{201D}' | '>' => (i + 1, Kind::Close),
            '"' | '\'' | '`' | '\u{2019}' => {
                let mut e = i + 1;
                // `` and '' as one quote token.
                if (c == '`' || c == '\'') && e < n && ch[e].1 == c {
                    e += 1;
                }
                (e, Kind::Quote)
            }
            _ => (i + 1, Kind::Punct),
        };
        push(out, off(i), off(e), kind);
        i = e;
    }
}

fn is_symbol_run_char(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2013}'
            | '\u{2014}'
            | '\u{2015}'
            | '='
            | '*'
            | '+'
            | '~'
            | '_'
            | '<'
            | '>'
            | '#'
            | '^'
            | '$'
            | '|'
            | '\\'
    )
}

fn starts_url(rest: &str) -> bool {
    URL_STARTS.iter().any(|p| {
        rest.len() > p.len() && rest.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    })
}

fn is_email(rest: &str) -> bool {
    let Some(at) = rest.find('@') else {
        return false;
    };
    let local = &rest[..at];
    let domain = &rest[at + 1..];
    !local.is_empty()
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'+'))
        && domain
            .trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
            .contains('.')
        && domain
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric())
}

/// Prefixes that EWT keeps attached in hyphenated compounds.
const HYPHEN_PREFIXES: &[&str] = &[
    "e", "non", "mid", "pre", "anti", "re", "post", "co", "over", "pro", "multi", "ex", "sub",
    "semi", "cross", "neo", "psycho", "inter", "intra", "counter", "vice", "mis",
];

/// End (exclusive index into `ch`) of the word starting at `i`.
fn scan_word(ch: &[(usize, char)], i: usize) -> usize {
    let n = ch.len();
    let mut j = i;
    let mut seg_start = i;
    let mut phone = false;
    loop {
        while j < n && is_word_char(ch[j].1) {
            j += 1;
        }
        if j + 1 >= n {
            return j;
        }
        let c = ch[j].1;
        let prev = ch[j - 1].1;
        let next = ch[j + 1].1;
        let cont = match c {
            '.' => prev.is_alphanumeric() && next.is_alphanumeric(),
            ',' => {
                prev.is_ascii_digit()
                    && (j + 1..j + 4).all(|k| k < n && ch[k].1.is_ascii_digit())
                    && !(j + 4 < n && ch[j + 4].1.is_ascii_digit())
            }
            ':' => prev.is_ascii_digit() && next.is_ascii_digit(),
            '-' | '\u{2010}' | '\u{2011}' => {
                if !next.is_alphanumeric() {
                    false
                } else {
                    let seg: String = ch[seg_start..j]
                        .iter()
                        .map(|x| x.1.to_ascii_lowercase())
                        .collect();
                    let next_digits = ch[j + 1..]
                        .iter()
                        .take_while(|x| x.1.is_ascii_digit())
                        .count();
                    let seg_digits = seg.bytes().all(|b| b.is_ascii_digit());
                    let is_phone = seg_digits && (seg.len() == 3 || phone) && next_digits >= 3;
                    phone |= is_phone;
                    // Model designations stay whole: "F-16", "Su-25",
                    // "MiG-29", "S-400", "COVID-19".
                    let designation = next_digits > 0
                        && (1..=5).contains(&(j - seg_start))
                        && ch[seg_start].1.is_uppercase()
                        && ch[seg_start..j].iter().all(|x| x.1.is_alphabetic());
                    is_phone || designation || HYPHEN_PREFIXES.contains(&seg.as_str())
                }
            }
            '\'' | '\u{2019}' => prev.is_alphabetic() && next.is_alphabetic(),
            '&' => prev.is_uppercase() && next.is_uppercase(),
            '/' => {
                // Dates and fractions stay whole ("5/9/2022", "1/2"), as do
                // one-letter shorthands ("w/o", "l/c"); "and/or" splits.
                let next_len = ch[j + 1..]
                    .iter()
                    .take_while(|x| x.1.is_alphanumeric())
                    .count();
                (prev.is_ascii_digit() && next.is_ascii_digit())
                    || (prev.is_alphabetic() && j - seg_start == 1 && next_len == 1)
            }
            '@' => prev.is_alphanumeric() && next.is_alphanumeric(),
            _ => false,
        };
        if !cont {
            return j;
        }
        j += 1;
        if matches!(c, '-' | '\u{2010}' | '\u{2011}' | '/') {
            seg_start = j;
        }
    }
}

/// Abbreviations whose period is part of the token.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
    "cpl", "gov", "sen", "rep", "rev", "st", "mt", "ft", "jr", "sr", "inc", "corp", "co", "ltd",
    "bros", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "approx", "dept", "est", "fig", "vol", "ave", "blvd", "pres", "hon", "messrs",
    "mme", "univ", "assn", "cf", "al", "drs", "ext", "pvt", "ps",
];

/// Abbreviations that never end a sentence (they precede what they modify).
const NON_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
    "cpl", "gov", "sen", "rep", "rev", "st", "mt", "ft", "pres", "hon", "messrs", "mme", "no",
    "nos", "vol", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "vs", "cf", "e.g", "i.e", "approx", "drs", "ext", "p.s", "ps",
];

fn lower_ascii(word: &str) -> Option<String> {
    (word.len() <= 12).then(|| word.to_ascii_lowercase())
}

fn is_abbreviation(word: &str, after_period: &str) -> bool {
    let mut chars = word.chars();
    let (Some(first), rest) = (chars.next(), chars.as_str()) else {
        return false;
    };
    // Initials: "J." "W."
    if rest.is_empty() && first.is_uppercase() {
        return true;
    }
    let Some(lw) = lower_ascii(word) else {
        return false;
    };
    // "U.S", "e.g", "a.m": letters separated by periods.
    if word.contains('.') {
        return word
            .split('.')
            .all(|s| !s.is_empty() && s.len() <= 3 && s.chars().all(char::is_alphabetic));
    }
    if lw == "no" || lw == "nos" {
        return after_period
            .trim_start_matches(' ')
            .starts_with(|c: char| c.is_ascii_digit());
    }
    // Lower-case "co." or "est." in web text is rarer than a sentence end.
    ABBREVIATIONS.contains(&lw.as_str())
        && (first.is_uppercase() || matches!(lw.as_str(), "etc" | "vs" | "approx" | "cf" | "al"))
}

/// Emit a word, splitting clitics the EWT way.
fn split_clitics(text: &str, s: usize, e: usize, out: &mut Vec<Raw>) {
    let w = &text[s..e];
    let mut push = |a: usize, b: usize| {
        if b > a {
            out.push(Raw {
                start: a,
                end: b,
                kind: Kind::Word,
                before: Break::None,
                ascii: true,
            });
        }
    };
    let wb = w.as_bytes();
    let has_apos = wb.contains(&b'\'') || (!w.is_ascii() && w.contains('\u{2019}'));
    if has_apos {
        // n't / n’t
        for apos in ["'", "\u{2019}"] {
            let ab = apos.as_bytes();
            let suffix_len = 1 + ab.len() + 1;
            if wb.len() > suffix_len {
                let cut = wb.len() - suffix_len;
                let suf = &wb[cut..];
                if suf[0].eq_ignore_ascii_case(&b'n')
                    && &suf[1..1 + ab.len()] == ab
                    && suf[suffix_len - 1].eq_ignore_ascii_case(&b't')
                {
                    push(s, s + cut);
                    push(s + cut, e);
                    return;
                }
            }
        }
        // 's 're 've 'll 'd 'm
        if let Some((k, a)) = w.char_indices().rev().find(|(_, c)| is_apostrophe(*c)) {
            let tail = &w[k + a.len_utf8()..];
            if k > 0
                && matches!(
                    tail.to_ascii_lowercase().as_str(),
                    "s" | "re" | "ve" | "ll" | "d" | "m"
                )
            {
                push(s, s + k);
                push(s + k, e);
                return;
            }
        }
    } else if w.len() == 4 && w.eq_ignore_ascii_case("alot") {
        // EWT splits the common misspelling.
        push(s, s + 1);
        push(s + 1, e);
        return;
    } else if (w.len() == 6 && w.eq_ignore_ascii_case("cannot"))
        || (w.len() == 5
            && ["gonna", "wanna", "gotta"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x)))
    {
        push(s, s + 3);
        push(s + 3, e);
        return;
    }
    push(s, e);
}

// ---------------------------------------------------------------- pass 2

/// Words that typically open a sentence: an abbreviation followed by one of
/// these ends its sentence.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "In",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "My",
    "If",
    "When",
    "As",
    "At",
    "On",
    "For",
    "After",
    "Before",
    "However",
    "Also",
    "So",
    "Then",
    "What",
    "Why",
    "How",
    "Please",
    "Thanks",
    "Thank",
    "Yes",
    "No",
    "Now",
    "Some",
    "Many",
    "Most",
    "Officials",
    "Meanwhile",
];

fn first_char(text: &str, r: &Raw) -> char {
    text[r.start..r.end].chars().next().unwrap_or(' ')
}

fn group_sentences(text: &str, raws: &[Raw]) -> (Vec<Sentence>, Vec<Diagnostic>) {
    let mut sentences = Vec::new();
    let mut diags = Vec::new();
    let mut cur: Vec<Token> = Vec::new();
    let tok = |s: usize, e: usize, ascii: bool| Token {
        start: s,
        end: e,
        text: token_text(&text[s..e], ascii),
    };
    let flush = |cur: &mut Vec<Token>, sentences: &mut Vec<Sentence>| {
        if let (Some(f), Some(l)) = (cur.first(), cur.last()) {
            let (start, end) = (f.start, l.end);
            // Copy out exactly sized, keeping `cur`'s capacity for the next sentence.
            let mut tokens = Vec::with_capacity(cur.len());
            tokens.append(cur);
            sentences.push(Sentence { start, end, tokens });
        }
    };
    let n = raws.len();
    let mut i = 0;
    // Whitespace before the current sentence's first token.
    let mut first_before = Break::Hard;
    while i < n {
        let r = raws[i];
        if r.before >= Break::Soft {
            flush(&mut cur, &mut sentences);
        }
        if cur.len() >= MAX_SENTENCE_TOKENS {
            diags.push(
                Diagnostic::warning(format!(
                    "sentence longer than {MAX_SENTENCE_TOKENS} tokens split at byte {}",
                    r.start
                ))
                .at_byte(r.start),
            );
            flush(&mut cur, &mut sentences);
        }
        if cur.is_empty() {
            first_before = r.before;
        }
        match r.kind {
            Kind::Term => {
                cur.push(tok(r.start, r.end, r.ascii));
                // Absorb closing quotes/brackets, further terminators
                // (". . ."), a spaced closing bracket and emoticons.
                let mut j = i + 1;
                while j < n && raws[j].before <= Break::Space {
                    let x = raws[j];
                    let attached = x.before == Break::None;
                    let absorb = match x.kind {
                        Kind::Close => attached || first_char(text, &x) == ')',
                        Kind::Quote => attached,
                        Kind::Term | Kind::Emoticon => true,
                        _ => false,
                    };
                    if !absorb {
                        break;
                    }
                    cur.push(tok(x.start, x.end, x.ascii));
                    j += 1;
                }
                if ends_after_term(text, raws, i, j) {
                    flush(&mut cur, &mut sentences);
                }
                i = j;
            }
            Kind::Abbrev => {
                let next = raws.get(i + 1);
                let word = &text[r.start..r.end - 1];
                let initial = word.chars().count() == 1;
                let ends = match next {
                    None => !initial,
                    Some(nx) if nx.before >= Break::Soft => !initial,
                    Some(nx) => {
                        abbreviation_can_end(word)
                            && SENTENCE_OPENERS.contains(&&text[nx.start..nx.end])
                    }
                };
                if ends {
                    cur.push(tok(r.start, r.end - 1, r.ascii));
                    cur.push(tok(r.end - 1, r.end, r.ascii));
                    flush(&mut cur, &mut sentences);
                } else {
                    cur.push(tok(r.start, r.end, r.ascii));
                }
                i += 1;
            }
            _ => {
                // Only emoticons, ":" "," and "AM"/"PM" can end a sentence here.
                let candidate = r.kind != Kind::Word || r.end - r.start == 2;
                let ends = candidate && ends_after_other(text, raws, i, &cur, first_before);
                cur.push(tok(r.start, r.end, r.ascii));
                if ends {
                    flush(&mut cur, &mut sentences);
                }
                i += 1;
            }
        }
    }
    flush(&mut cur, &mut sentences);
    (sentences, diags)
}

/// Greetings and closings that stand as sentences of their own in e-mail
/// ("Hi Kathleen,", "Best regards,").
const SALUTATIONS: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "dear",
    "thanks",
    "thank",
    "regards",
    "best",
    "sincerely",
    "cheers",
    "greetings",
    "warm",
    "kind",
    "kindest",
    "yours",
    "cordially",
    "respectfully",
];

/// Capitalised words that open sentences with a comma and are not names.
const NOT_NAMES: &[&str] = &[
    "however",
    "yes",
    "no",
    "well",
    "also",
    "so",
    "now",
    "then",
    "ok",
    "okay",
    "oh",
    "still",
    "instead",
    "meanwhile",
    "unfortunately",
    "fortunately",
    "finally",
    "first",
    "second",
    "again",
    "anyway",
    "today",
    "yesterday",
    "basically",
    "actually",
    "honestly",
    "sadly",
    "otherwise",
    "besides",
    "plus",
    "overall",
    "personally",
    "please",
    "sorry",
    "sure",
    "again",
    "later",
    "indeed",
    "thus",
    "therefore",
    "moreover",
    "furthermore",
    "additionally",
    "again",
    "again",
];

/// Does a sentence end after the non-terminator token `raws[i]`, given the
/// tokens of the sentence so far (`cur`, without `raws[i]`)?
fn ends_after_other(
    text: &str,
    raws: &[Raw],
    i: usize,
    cur: &[Token],
    first_before: Break,
) -> bool {
    let r = raws[i];
    let Some(next) = raws.get(i + 1) else {
        return false;
    };
    if next.before == Break::None || next.before >= Break::Soft {
        return false;
    }
    let w = &text[r.start..r.end];
    let next_w = &text[next.start..next.end];
    let next_upper = first_char(text, next).is_uppercase();
    match (r.kind, w) {
        // "... community :-) Posted by darin"
        (Kind::Emoticon, _) => next_upper,
        // "He announced this in January: As of January 10, ..."
        (_, ":") => SENTENCE_OPENERS.contains(&next_w) && !cur.is_empty(),
        // "Hi Kathleen, ...", "Best regards, Debra", "Greg, I faxed you ..."
        (_, ",") => {
            if cur.is_empty() || cur.len() > 3 {
                return false;
            }
            let all_caps_words = cur.iter().all(|t| {
                t.text.chars().next().is_some_and(char::is_uppercase)
                    && t.text.chars().all(char::is_alphabetic)
                    && t.text.chars().skip(1).any(char::is_lowercase)
            });
            if !all_caps_words {
                return false;
            }
            let first = cur[0].text.to_ascii_lowercase();
            if SALUTATIONS.contains(&first.as_str()) {
                return true;
            }
            first_before == Break::Hard
                && cur.len() <= 2
                && !NOT_NAMES.contains(&first.as_str())
                && !SENTENCE_OPENERS.contains(&cur[0].text.as_str())
                && SENTENCE_OPENERS.contains(&next_w)
        }
        // E-mail headers: "Joan Woodson 08/10/2000 08:28 AM Congratulations!"
        (_, "AM" | "PM") => {
            next_upper
                && cur.len() >= 2
                && cur[cur.len() - 1].text.contains(':')
                && cur[cur.len() - 2].text.matches('/').count() == 2
        }
        _ => false,
    }
}

/// Does the sentence end after the terminator `raws[i]` whose attached
/// closing punctuation runs up to `j` (exclusive)?
fn ends_after_term(text: &str, raws: &[Raw], i: usize, j: usize) -> bool {
    let Some(next) = raws.get(j) else { return true };
    if next.before >= Break::Soft {
        return true;
    }
    let term = &text[raws[i].start..raws[i].end];
    let fc = first_char(text, next);
    // Punctuation that continues the sentence: "Yahoo! , Inc", "(...)".
    if matches!(next.kind, Kind::Punct | Kind::Close)
        && !fc.is_alphanumeric()
        && next.before == Break::None
    {
        return false;
    }
    if matches!(fc, ',' | ';' | ')' | ']' | '}') {
        return false;
    }
    // "1." at the start of a line is a list number.
    if term == "." && i > 0 {
        let prev = raws[i - 1];
        let pw = &text[prev.start..prev.end];
        if prev.before >= Break::Soft && pw.len() <= 2 && pw.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    let is_ellipsis = term.starts_with("..") || term.contains('\u{2026}');
    if is_ellipsis {
        return fc.is_uppercase() && next.before != Break::None;
    }
    // "a big "Welcome!" to Darin": a quoted exclamation inside a sentence.
    if j > i + 1 && fc.is_lowercase() {
        return false;
    }
    if fc.is_lowercase() {
        // "e.g. in" is handled as an abbreviation; a lowercase word after a
        // full stop in web text is more often a new sentence than not,
        // except straight after a space-less period ("end.next").
        return next.before != Break::None;
    }
    true
}

#[cfg(test)]
mod tests {

    #[test]
    fn tokens_ending_in_multibyte_characters_do_not_panic() {
        // A token ending in a two-byte character ("Guaidó") once had its
        // last byte sliced off to look for an abbreviation.
        let text = "Juan Guaidó declared himself interim president, and Nicolás Maduro said no.";
        let toks = tokenize_as_sentence(text, 0);
        assert!(toks.iter().any(|t| t.text == "Guaidó"));
        assert!(toks.iter().any(|t| t.text == "Nicolás"));
        let toks = tokenize_as_sentence("Caf\u{e9} ol\u{e9} Guaid\u{f3}", 10);
        assert_eq!(toks.last().map(|t| (t.start, t.end)), Some((21, 28)));
        assert_eq!(segment("Juan Guaidó.").len(), 1);
    }
    use super::*;

    fn toks(text: &str) -> Vec<Vec<String>> {
        segment(text)
            .into_iter()
            .map(|s| s.tokens.into_iter().map(|t| t.text.into_string()).collect())
            .collect()
    }

    fn flat(text: &str) -> Vec<String> {
        toks(text).into_iter().flatten().collect()
    }

    #[test]
    fn abbreviations_and_titles_do_not_split() {
        let s = toks("Gen. Smith and Dr. Jones met Mr. Karzai of the U.N. on Sept. 29 at No. 5 Downing St. in London.");
        assert_eq!(s.len(), 1, "{s:?}");
        assert!(s[0].contains(&"U.N.".to_string()));
        assert!(s[0].contains(&"Sept.".to_string()));
        assert!(s[0].contains(&"No.".to_string()));
    }

    #[test]
    fn initials_stay_in_the_sentence() {
        let s = toks("J. R. R. Tolkien wrote it. George W. Bush read it.");
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[1], ["George", "W.", "Bush", "read", "it", "."]);
    }

    #[test]
    fn numbers_money_and_percentages() {
        assert_eq!(
            flat("He pledged $289 million, 1,000 kilometers, 4.5 tons and 3.5% at 10:30."),
            [
                "He",
                "pledged",
                "$",
                "289",
                "million",
                ",",
                "1,000",
                "kilometers",
                ",",
                "4.5",
                "tons",
                "and",
                "3.5",
                "%",
                "at",
                "10:30",
                "."
            ]
        );
    }

    #[test]
    fn clitics_split_with_sub_spans() {
        let text = "I can't go, it’s late and I cannot stay. We're gonna leave.";
        let sents = segment(text);
        let all: Vec<&Token> = sents.iter().flat_map(|s| &s.tokens).collect();
        let words: Vec<&str> = all.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            words,
            [
                "I", "ca", "n't", "go", ",", "it", "'s", "late", "and", "I", "can", "not", "stay",
                ".", "We", "'re", "gon", "na", "leave", "."
            ]
        );
        let s = all
            .iter()
            .find(|t| t.text == "'s")
            .map(|t| &text[t.start..t.end]);
        assert_eq!(s, Some("’s"));
        assert!(is_clitic_continuation(all[1], all[2]));
        assert!(!is_clitic_continuation(all[3], all[4]));
    }

    #[test]
    fn quotes_after_the_end_belong_to_the_sentence() {
        let s = toks("He said \"we left.\" Then they came. (It rained.) Next.");
        assert_eq!(s.len(), 4, "{s:?}");
        assert_eq!(s[0].last().map(String::as_str), Some("\""));
        assert_eq!(s[2], ["(", "It", "rained", ".", ")"]);
    }

    #[test]
    fn dateline_stays_with_first_sentence_and_blank_lines_split() {
        let s = toks("Russia eyes Afghan trade\n\nKABUL, Sept. 5 (Reuters) - Russia will ship wheat. It said so.");
        assert_eq!(s.len(), 3, "{s:?}");
        assert_eq!(s[1][0], "KABUL");
        assert!(s[1].contains(&"Reuters".to_string()));
    }

    #[test]
    fn headings_and_list_items() {
        let s = toks("Key points\n- Russia pledged fuel\n- Wheat arrived late\n1. First item\n2. Second item");
        assert_eq!(s.len(), 5, "{s:?}");
        assert_eq!(s[3], ["1", ".", "First", "item"]);
    }

    #[test]
    fn urls_emails_and_hyphens() {
        assert_eq!(
            flat("See http://www.x.org/a?b=1, mail bob.smith@enron.com or call 713-853-3989."),
            [
                "See",
                "http://www.x.org/a?b=1",
                ",",
                "mail",
                "bob.smith@enron.com",
                "or",
                "call",
                "713-853-3989",
                "."
            ]
        );
        assert_eq!(
            flat("a well-known e-mail"),
            ["a", "well", "-", "known", "e-mail"]
        );
        assert_eq!(
            flat("a 15-year term, non-commercial"),
            ["a", "15", "-", "year", "term", ",", "non-commercial"]
        );
        assert_eq!(
            flat("F-16 jets, S-400 missiles and MiG-29s, Covid-hit"),
            [
                "F-16", "jets", ",", "S-400", "missiles", "and", "MiG-29s", ",", "Covid", "-",
                "hit"
            ]
        );
    }

    #[test]
    fn abbreviation_before_a_quote_continues() {
        let s = toks("Rudenko said the U.S. \"must pay\" for the assets. Moscow agreed.");
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[0].contains(&"U.S.".to_string()));
    }

    #[test]
    fn sentence_final_abbreviation_gives_up_its_period() {
        let s = toks("They sell fruit, nuts, etc. The shop is open.");
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[0][s[0].len() - 2..], ["etc", "."]);
        let s = toks("He moved to the U.S.");
        assert_eq!(s[0][s[0].len() - 2..], ["U.S", "."]);
    }

    #[test]
    fn normalisation_keeps_original_offsets() {
        let text = "“Peace” — said the envoy’s aide";
        let sents = segment(text);
        let t = &sents[0].tokens;
        assert_eq!(t[0].text, "\"");
        assert_eq!(&text[t[0].start..t[0].end], "“");
        assert!(t
            .iter()
            .any(|x| x.text == "-" && &text[x.start..x.end] == "—"));
        assert!(t
            .iter()
            .any(|x| x.text == "'s" && &text[x.start..x.end] == "’s"));
    }

    #[test]
    fn token_text_is_the_normalised_slice_and_short_ones_are_inline() {
        let text = "“Peace” — said the envoy’s aide\u{00A0}… They can’t wait–no. \
                    Gen. Smith, e-mail bob@x.org; 1,000 tons (approx.) at 10:30 a.m. \
                    See http://www.example.org/a/long/path/to/a/page now.";
        let sents = segment(text);
        let mut n = 0;
        for t in sents.iter().flat_map(|s| &s.tokens) {
            assert_eq!(t.text, normalize(&text[t.start..t.end]), "{t:?}");
            assert!(!t.text.is_empty(), "{t:?}");
            // Short tokens cost no allocation.
            assert_eq!(t.text.is_heap_allocated(), t.text.len() > 24, "{t:?}");
            n += 1;
        }
        assert!(n >= 35, "{n}");
        let words: Vec<&str> = sents[0].tokens.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(words[..4], ["\"", "Peace", "\"", "-"]);
        assert!(sents
            .iter()
            .flat_map(|s| &s.tokens)
            .any(|t| t.text == "..." && &text[t.start..t.end] == "…"));
        assert!(sents
            .iter()
            .flat_map(|s| &s.tokens)
            .any(|t| t.text.len() > 24 && t.text.is_heap_allocated()));
    }

    #[test]
    fn token_serializes_as_plain_strings() {
        let t = &segment("It’s done.")[0].tokens[1];
        let json = serde_json::to_string(t).unwrap_or_default();
        assert_eq!(json, r#"{"start":2,"end":6,"text":"'s"}"#);
        let back: Token = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(&back, t);
        // `String == text` and `text == &str` both compile and compare.
        let form: String = "'s".to_string();
        assert!(form == t.text && t.text == "'s");
    }

    #[test]
    fn ellipsis_and_exclamations() {
        let s = toks("Wait... What?! No way!!! ok");
        assert_eq!(
            s,
            [
                vec!["Wait", "..."],
                vec!["What", "?!"],
                vec!["No", "way", "!!!"],
                vec!["ok"]
            ]
        );
    }

    #[test]
    fn huge_unpunctuated_input_is_cut_with_a_warning() {
        let text = "word ".repeat(1_000_000); // 5 MB
        let (sents, diags) = segment_with_diagnostics(&text);
        assert_eq!(sents.len(), 1000);
        assert!(sents.iter().all(|s| s.tokens.len() <= MAX_SENTENCE_TOKENS));
        assert_eq!(diags.len(), 999);
        assert!(
            diags[0]
                .message
                .contains("sentence longer than 1000 tokens split at byte 5000"),
            "{}",
            diags[0]
        );
    }

    #[test]
    fn every_pair_and_triple_of_tricky_characters_is_safe() {
        let alphabet = [
            "a", "N", "n", "t", "s", "1", ".", ",", "'", "\u{2019}", "-", "/", ":", "@", "&", "$",
            "(", ")", "\"", "!", "?", " ", "\n", "\u{00A0}", "\u{FFFD}", "é", "\u{2026}", "#", "=",
            ":)", "http://",
        ];
        let mut n = 0;
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    for d in ["", "ve", "t", "s"] {
                        let t = format!("{a}{b}{c}{d}");
                        for sent in segment(&t) {
                            for tok in &sent.tokens {
                                assert!(
                                    tok.start < tok.end
                                        && t.is_char_boundary(tok.start)
                                        && t.is_char_boundary(tok.end),
                                    "{t:?}"
                                );
                                assert_eq!(tok.text, normalize(&t[tok.start..tok.end]), "{t:?}");
                            }
                        }
                        n += 1;
                    }
                }
            }
        }
        assert!(n > 100_000);
    }

    #[test]
    fn pathological_inputs_do_not_panic() {
        for t in [
            "",
            " ",
            "\n\n\n",
            ".",
            "...",
            "'",
            "\u{FFFD}\u{FFFD}",
            "a-",
            "-a",
            "1,",
            "1,00",
            "x@",
            "@x.",
            "U.S",
            "Mr.",
            "can't'",
            "’",
            "http://",
            "a.b.c.d.e.",
            "1-2-3-4-5-6",
        ] {
            let s = segment(t);
            for sent in &s {
                for tok in &sent.tokens {
                    assert!(tok.start < tok.end && tok.end <= t.len(), "{t:?}: {tok:?}");
                }
            }
        }
        let long = "-".repeat(100_000) + &"a-".repeat(100_000) + &".".repeat(100_000);
        assert!(!segment(&long).is_empty());
    }
}
