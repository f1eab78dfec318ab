//! CoNLL-U reading and writing.
//!
//! The reader never gives up on a file: a malformed sentence is reported with
//! the line it failed on and skipped, and reading continues with the next one.
//! Multiword-token lines (`1-2`) are kept for output; empty nodes (`1.1`) are
//! kept verbatim and ignored for parsing.

use crate::types::{ParsedSentence, Word};
use std::fmt::Write as _;

/// A multiword token line (`3-4 won't`): the surface form spanning words
/// `first..=last` (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MultiwordToken {
    /// First word index covered (1-based).
    pub first: usize,
    /// Last word index covered (1-based, inclusive).
    pub last: usize,
    /// Surface form.
    pub form: String,
    /// MISC column, if not `_`.
    pub misc: Option<String>,
}

/// One sentence read from a CoNLL-U file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConlluSentence {
    /// Comment lines without the leading `#` and one following space.
    pub comments: Vec<String>,
    /// The syntactic words (ids 1..=n).
    pub words: Vec<Word>,
    /// Multiword tokens, in file order.
    pub multiword_tokens: Vec<MultiwordToken>,
    /// Empty-node lines (`8.1 ...`), verbatim, for round-tripping.
    pub empty_nodes: Vec<String>,
    /// 1-based line number where the sentence starts in its file.
    pub line: usize,
}

impl ConlluSentence {
    /// The word forms, for feeding a parser.
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.form.as_str()).collect()
    }

    /// The `# text = ...` comment, if any.
    pub fn text(&self) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            c.strip_prefix("text = ")
                .or_else(|| c.strip_prefix("text="))
        })
    }

    /// The `# sent_id = ...` comment, if any.
    pub fn sent_id(&self) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            c.strip_prefix("sent_id = ")
                .or_else(|| c.strip_prefix("sent_id="))
        })
    }

    /// A copy of the words as a [`ParsedSentence`].
    pub fn to_parsed(&self) -> ParsedSentence {
        ParsedSentence {
            words: self.words.clone(),
        }
    }

    /// Wrap a parsed sentence with no comments or multiword tokens.
    pub fn from_parsed(sentence: ParsedSentence) -> Self {
        ConlluSentence {
            words: sentence.words,
            ..Default::default()
        }
    }
}

/// A located problem found while reading CoNLL-U.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ConlluError {
    /// 1-based line number of the offending line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

fn opt(col: &str) -> Option<String> {
    if col == "_" {
        None
    } else {
        Some(col.to_string())
    }
}

/// Parse CoNLL-U text. Returns every well-formed sentence and one error per
/// skipped sentence (naming the first bad line).
pub fn read_conllu(text: &str) -> (Vec<ConlluSentence>, Vec<ConlluError>) {
    let mut sentences = Vec::new();
    let mut errors = Vec::new();
    let mut cur = ConlluSentence::default();
    let mut bad: Option<ConlluError> = None;
    let mut started = false;
    let mut last_line = 0;
    for (idx, raw) in text.lines().enumerate() {
        let lineno = idx + 1;
        last_line = lineno;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            if started {
                finish(&mut cur, &mut bad, &mut sentences, &mut errors);
            }
            started = false;
            continue;
        }
        if !started {
            started = true;
            cur.line = lineno;
        }
        if bad.is_some() {
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            cur.comments
                .push(c.strip_prefix(' ').unwrap_or(c).to_string());
            continue;
        }
        if let Err(message) = parse_line(line, &mut cur) {
            bad = Some(ConlluError {
                line: lineno,
                message,
            });
        }
    }
    if started {
        let _ = last_line;
        finish(&mut cur, &mut bad, &mut sentences, &mut errors);
    }
    (sentences, errors)
}

fn finish(
    cur: &mut ConlluSentence,
    bad: &mut Option<ConlluError>,
    sentences: &mut Vec<ConlluSentence>,
    errors: &mut Vec<ConlluError>,
) {
    let sent = std::mem::take(cur);
    if let Some(e) = bad.take() {
        errors.push(e);
        return;
    }
    if sent.words.is_empty() {
        errors.push(ConlluError {
            line: sent.line,
            message: "sentence has no words".into(),
        });
        return;
    }
    let n = sent.words.len();
    if let Some((i, w)) = sent.words.iter().enumerate().find(|(_, w)| w.head > n) {
        errors.push(ConlluError {
            line: sent.line,
            message: format!(
                "word {} has head {} beyond sentence length {}",
                i + 1,
                w.head,
                n
            ),
        });
        return;
    }
    if let Some(m) = sent.multiword_tokens.iter().find(|m| m.last > n) {
        errors.push(ConlluError {
            line: sent.line,
            message: format!(
                "multiword token {}-{} beyond sentence length {}",
                m.first, m.last, n
            ),
        });
        return;
    }
    sentences.push(sent);
}

fn parse_line(line: &str, cur: &mut ConlluSentence) -> Result<(), String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() != 10 {
        return Err(format!(
            "expected 10 tab-separated columns, found {}",
            cols.len()
        ));
    }
    let id = cols[0];
    if let Some((a, b)) = id.split_once('-') {
        let first: usize = a.parse().map_err(|_| format!("bad multiword id {id:?}"))?;
        let last: usize = b.parse().map_err(|_| format!("bad multiword id {id:?}"))?;
        if first == 0 || last < first || first != cur.words.len() + 1 {
            return Err(format!("multiword range {id} out of order"));
        }
        cur.multiword_tokens.push(MultiwordToken {
            first,
            last,
            form: cols[1].to_string(),
            misc: opt(cols[9]),
        });
        return Ok(());
    }
    if id.contains('.') {
        cur.empty_nodes.push(line.to_string());
        return Ok(());
    }
    let n: usize = id.parse().map_err(|_| format!("bad word id {id:?}"))?;
    if n != cur.words.len() + 1 {
        return Err(format!(
            "word id {n} out of sequence (expected {})",
            cur.words.len() + 1
        ));
    }
    let head = if cols[6] == "_" {
        0
    } else {
        cols[6]
            .parse::<usize>()
            .map_err(|_| format!("bad head {:?}", cols[6]))?
    };
    if head == n {
        return Err(format!("word {n} is its own head"));
    }
    cur.words.push(Word {
        form: cols[1].to_string(),
        lemma: cols[2].to_string(),
        upos: cols[3].to_string(),
        xpos: cols[4].to_string(),
        feats: opt(cols[5]),
        head,
        deprel: cols[7].to_string(),
        deps: opt(cols[8]),
        misc: opt(cols[9]),
    });
    Ok(())
}

fn col(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("_")
}

fn nonempty(s: &str) -> &str {
    if s.is_empty() {
        "_"
    } else {
        s
    }
}

/// Write sentences as CoNLL-U (comments, multiword tokens and empty nodes included).
pub fn write_conllu(sentences: &[ConlluSentence]) -> String {
    let mut out = String::new();
    for s in sentences {
        for c in &s.comments {
            let _ = writeln!(out, "# {c}");
        }
        let mut mwt = s.multiword_tokens.iter().peekable();
        for (i, w) in s.words.iter().enumerate() {
            let id = i + 1;
            while let Some(m) = mwt.next_if(|m| m.first == id) {
                let _ = writeln!(
                    out,
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                    m.first,
                    m.last,
                    m.form,
                    col(&m.misc)
                );
            }
            let _ = writeln!(
                out,
                "{id}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                nonempty(&w.form),
                nonempty(&w.lemma),
                nonempty(&w.upos),
                nonempty(&w.xpos),
                col(&w.feats),
                w.head,
                nonempty(&w.deprel),
                col(&w.deps),
                col(&w.misc)
            );
            for e in &s.empty_nodes {
                if e.split('.').next() == Some(id.to_string().as_str()) {
                    out.push_str(e);
                    out.push('\n');
                }
            }
        }
        out.push('\n');
    }
    out
}

/// Write parsed sentences (no comments) as CoNLL-U.
pub fn write_parsed(sentences: &[ParsedSentence]) -> String {
    let wrapped: Vec<ConlluSentence> = sentences
        .iter()
        .map(|s| ConlluSentence::from_parsed(s.clone()))
        .collect();
    write_conllu(&wrapped)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "# sent_id = a\n# text = I won't go.\n1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n2-3\twon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\two\twill\tAUX\tMD\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn round_trip_keeps_multiword_tokens() {
        let (s, e) = read_conllu(GOOD);
        assert!(e.is_empty(), "{e:?}");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].words.len(), 5);
        assert_eq!(s[0].multiword_tokens[0].form, "won't");
        assert_eq!(s[0].sent_id(), Some("a"));
        assert_eq!(write_conllu(&s), GOOD);
    }

    #[test]
    fn malformed_line_is_located_and_reading_continues() {
        let text = format!(
            "{GOOD}# sent_id = bad\n1\tX\tx\tNOUN\tNN\t_\t0\troot\t_\n\n{GOOD}1\tY\ty\tNOUN\tNN\t_\tseven\troot\t_\t_\n\n{GOOD}"
        );
        let (s, e) = read_conllu(&text);
        assert_eq!(s.len(), 3);
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].line, 11);
        assert!(
            e[0].message.contains("10 tab-separated"),
            "{}",
            e[0].message
        );
        assert_eq!(e[1].line, 22);
        assert!(e[1].message.contains("bad head"), "{}", e[1].message);
    }

    #[test]
    fn head_out_of_range_is_an_error() {
        let (s, e) = read_conllu("1\tX\tx\tNOUN\tNN\t_\t3\troot\t_\t_\n");
        assert!(s.is_empty());
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].line, 1);
    }
}
