//! The bundled model: tagger + lemmatiser + parser in one compressed file.

use crate::attribution::{self, Split};
use crate::beam::BeamScoring;
use crate::bin::{Reader, Writer};
use crate::conllu::ConlluSentence;
use crate::lemma::Lemmatizer;
use crate::parser::{self, make_input, Input, ParseScratch, Parser};
use crate::repair;
use crate::tagger::{TagScratch, Tagger, TokInfo};
use crate::types::{ParsedSentence, SyntaxError, Word};
use std::io::{Read, Write};
use std::path::Path;

const MAGIC: &[u8; 8] = b"DYADSYN\0";
const VERSION: u32 = 2;

/// Tagger, lemmatiser and parser, loaded once and shared read-only.
#[derive(Debug, Clone)]
pub struct Model {
    pub(crate) tagger: Tagger,
    pub(crate) lemmatizer: Lemmatizer,
    pub(crate) parser: Parser,
}

/// Reusable buffers for [`Model::parse_with`]; one per thread.
#[derive(Debug, Default)]
pub struct ParseBuffers {
    toks: Vec<TokInfo>,
    tags: Vec<u16>,
    words: Vec<[u64; 2]>,
    w: Vec<u64>,
    s: Vec<u64>,
    p: Vec<u64>,
    c: Vec<u32>,
    tag_scratch: TagScratch,
    parse_scratch: ParseScratch,
    key: String,
    arcs: Vec<(u32, u16)>,
}

/// Tags of one word from [`Model::tag`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tagged {
    /// Universal POS.
    pub upos: String,
    /// Penn Treebank POS.
    pub xpos: String,
    /// Lemma.
    pub lemma: String,
}

#[cfg(dyad_bundled_model)]
static BUNDLED: &[u8] = include_bytes!("../../../resources/models/en_ewt.dyadmodel");

impl Model {
    /// Serialise to the compressed binary format.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        self.tagger.write(&mut w);
        self.lemmatizer.write(&mut w);
        self.parser.write(&mut w);
        let payload = w.into_inner();
        let mut out = Vec::with_capacity(payload.len() / 2);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        let mut enc = flate2::write::DeflateEncoder::new(out, flate2::Compression::best());
        // Writing to a Vec cannot fail.
        let _ = enc.write_all(&payload);
        enc.finish().unwrap_or_default()
    }

    /// Load from bytes produced by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, SyntaxError> {
        if bytes.len() < 20 || &bytes[..8] != MAGIC {
            return Err(SyntaxError::Model(
                "not a dyad syntax model (bad magic)".into(),
            ));
        }
        let mut r = Reader::new(&bytes[8..20]);
        let version = r.u32()?;
        if version != VERSION {
            return Err(SyntaxError::Model(format!(
                "model format version {version}, this build reads {VERSION}"
            )));
        }
        let lo = r.u32()? as u64;
        let hi = r.u32()? as u64;
        let len = (hi << 32 | lo) as usize;
        if len > 1 << 31 {
            return Err(SyntaxError::Model("payload length out of range".into()));
        }
        let mut payload = Vec::with_capacity(len);
        flate2::read::DeflateDecoder::new(&bytes[20..])
            .take(len as u64)
            .read_to_end(&mut payload)
            .map_err(|e| SyntaxError::Model(format!("decompression failed: {e}")))?;
        if payload.len() != len {
            return Err(SyntaxError::Model("payload truncated".into()));
        }
        let mut r = Reader::new(&payload);
        let tagger = Tagger::read(&mut r)?;
        let lemmatizer = Lemmatizer::read(&mut r)?;
        let parser = Parser::read(&mut r)?;
        Ok(Model {
            tagger,
            lemmatizer,
            parser,
        })
    }

    /// Load from a file.
    pub fn load(path: impl AsRef<Path>) -> Result<Model, SyntaxError> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|source| SyntaxError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Model::from_bytes(&bytes)
    }

    /// Save to a file.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<(), SyntaxError> {
        let path = path.as_ref();
        std::fs::write(path, self.to_bytes()).map_err(|source| SyntaxError::Io {
            path: path.display().to_string(),
            source,
        })
    }

    /// The model compiled into the binary (`resources/models/en_ewt.dyadmodel`).
    /// Each call decodes it afresh (about 0.2 s): load once and
    /// share the `Model` (it is `Sync`) across threads.
    /// If the build had no model file, falls back to `$DYAD_MODEL`, then to
    /// `resources/models/en_ewt.dyadmodel` next to the executable or in the
    /// current directory and its ancestors.
    pub fn bundled() -> Result<Model, SyntaxError> {
        if let Some(bytes) = bundled_bytes() {
            return Model::from_bytes(bytes);
        }
        let path = find_model_file().ok_or(SyntaxError::NoModel)?;
        Model::load(path)
    }

    /// Whether a model was compiled into this binary.
    pub fn has_bundled() -> bool {
        bundled_bytes().is_some()
    }

    /// Parse with a beam of `width` configurations instead of greedily
    /// (`width` 1, the default, is greedy). Wider beams are more accurate
    /// and proportionally slower; see `crates/syntax/src/beam.rs`.
    pub fn set_beam(&mut self, width: usize) {
        self.parser.decoding.width = width.max(1);
    }

    /// How the beam ranks partial parses (default: [`BeamScoring::default`],
    /// for locally trained models; use [`BeamScoring::Sum`] with a model
    /// from [`crate::train_parser_beam`]).
    pub fn set_beam_scoring(&mut self, scoring: BeamScoring) {
        self.parser.decoding.scoring = scoring;
    }

    /// The beam width (1: greedy).
    pub fn beam(&self) -> usize {
        self.parser.decoding.width
    }

    /// Tag, lemmatise and parse one sentence given as words (reusing this
    /// thread's buffers; see [`Model::parse_with`] to manage them yourself).
    pub fn parse(&self, forms: &[&str]) -> ParsedSentence {
        with_buffers(|buf| self.parse_with(forms, buf))
    }

    /// [`Model::parse`] reusing buffers across calls.
    pub fn parse_with(&self, forms: &[&str], buf: &mut ParseBuffers) -> ParsedSentence {
        if forms.is_empty() {
            return ParsedSentence::default();
        }
        self.tag_ids(forms, buf);
        buf.words.clear();
        buf.words
            .extend(buf.toks.iter().map(|t| [t.lower, t.suf[2]]));
        self.parse_arcs(forms, buf);
        let mut words = Vec::with_capacity(forms.len());
        for (i, form) in forms.iter().enumerate() {
            let (xpos, upos) = &self.tagger.classes[buf.tags[i] as usize];
            let (head, label) = buf.arcs[i];
            words.push(Word {
                form: form.to_string(),
                lemma: self.lemmatizer.lemma(form, xpos, &mut buf.key),
                upos: upos.clone(),
                xpos: xpos.clone(),
                feats: None,
                head: head as usize,
                deprel: self
                    .parser
                    .labels
                    .get(label as usize)
                    .cloned()
                    .unwrap_or_else(|| "dep".to_string()),
                deps: None,
                misc: None,
            });
        }
        repair::repair(&mut words);
        ParsedSentence { words }
    }

    /// Parse words `lo..hi` (already tagged) as a sentence of their own and
    /// append their arcs, heads shifted to whole-sentence positions.
    fn parse_span(&self, buf: &mut ParseBuffers, lo: usize, hi: usize) {
        make_input(
            &buf.words[lo..hi],
            &buf.tags[lo..hi],
            &self.tagger.kinds,
            &mut buf.w,
            &mut buf.p,
            &mut buf.c,
            &mut buf.s,
        );
        let inp = Input {
            w: &buf.w,
            p: &buf.p,
            c: &buf.c,
            s: &buf.s,
        };
        let dec = self.parser.decoding;
        if dec.width > 1 {
            self.parser
                .parse_beam(&inp, &mut buf.parse_scratch, dec.width, dec.scoring);
        } else {
            self.parser.parse(&inp, &mut buf.parse_scratch);
        }
        let st = &buf.parse_scratch.st;
        for i in 1..=hi - lo {
            let head = match st.heads[i] {
                0 | u32::MAX => 0,
                h => h + lo as u32,
            };
            buf.arcs.push((head, st.labels[i]));
        }
    }

    /// Heads and labels of the words into `buf.arcs` (head 1-based, 0 for
    /// the root). A sentence whose source stands apart from the clause
    /// ("..., the ministry said.", "According to the ministry, ...") is
    /// parsed in parts and joined as UD English annotates it.
    fn parse_arcs(&self, forms: &[&str], buf: &mut ParseBuffers) {
        let n = forms.len();
        buf.arcs.clear();
        if !attribution::worth_a_look(forms) {
            self.parse_span(buf, 0, n);
            return;
        }
        let split = {
            let xpos: Vec<&str> = buf
                .tags
                .iter()
                .map(|t| self.tagger.classes[*t as usize].0.as_str())
                .collect();
            attribution::split(forms, &xpos)
        };
        let joined = match split {
            Some(Split::Reporter(c)) => {
                // ("After talks mediated by Qatar, <clause>, the ministry
                // said.": the reported clause may open with a phrase too.)
                let xpos: Vec<&str> = buf.tags[..c]
                    .iter()
                    .map(|t| self.tagger.classes[*t as usize].0.as_str())
                    .collect();
                let lead = attribution::leading_phrase(&forms[..c], &xpos);
                self.join_reporter(forms, buf, c, n, lead)
            }
            Some(Split::LeadingAccording(c)) => self.join_leading_source(buf, c, n),
            Some(Split::TrailingAccording(c, e)) => self.join_trailing_source(buf, c, e, n),
            Some(Split::LeadingPhrase(c)) => self.join_leading_phrase(buf, c, n),
            None => {
                let xpos: Vec<&str> = buf
                    .tags
                    .iter()
                    .map(|t| self.tagger.classes[*t as usize].0.as_str())
                    .collect();
                match attribution::clause_conjunction(forms, &xpos) {
                    Some(c) => self.join_clauses(
                        forms,
                        buf,
                        c,
                        n,
                        forms[c] != ";"
                            && attribution::SUBORDINATE
                                .iter()
                                .any(|w| forms[c + 1].eq_ignore_ascii_case(w)),
                    ),
                    None => false,
                }
            }
        };
        if !joined {
            buf.arcs.clear();
            self.parse_span(buf, 0, n);
        }
    }

    /// `lo..hi` parsed whole, or, when a fronted phrase ends at the comma
    /// `lead`, in two parts joined as in [`Self::join_leading_phrase`].
    fn parse_with_lead(
        &self,
        forms: &[&str],
        buf: &mut ParseBuffers,
        lo: usize,
        hi: usize,
        lead: Option<usize>,
    ) {
        if let Some(k) = lead.filter(|&k| lo < k && k + 1 < hi) {
            self.parse_span(buf, lo, k);
            buf.arcs.push((0, u16::MAX));
            self.parse_span(buf, k + 1, hi);
            if let Some(r) = Self::span_root(buf, k + 1, hi) {
                if let Some(p) = self.phrase_as_obl(buf, (lo, k), r) {
                    buf.arcs[k] = (p as u32 + 1, self.label_id("punct"));
                    return;
                }
            }
            buf.arcs.truncate(lo);
        }
        // ("<clause>, and <clause>, the ministry said.": the reported part
        // may be two clauses.)
        if lo == 0 && lead.is_none() {
            let xpos: Vec<&str> = buf.tags[..hi]
                .iter()
                .map(|t| self.tagger.classes[*t as usize].0.as_str())
                .collect();
            if let Some(c) = attribution::clause_conjunction(&forms[..hi], &xpos) {
                let while_ = forms[c] != ";"
                    && attribution::SUBORDINATE
                        .iter()
                        .any(|w| forms[c + 1].eq_ignore_ascii_case(w));
                if self.join_clauses(&forms[..hi], buf, c, hi, while_) {
                    return;
                }
                buf.arcs.truncate(lo);
            }
        }
        self.parse_span(buf, lo, hi);
    }

    /// The first word of `lo..hi` attached to the root, if any.
    fn span_root(buf: &ParseBuffers, lo: usize, hi: usize) -> Option<usize> {
        (lo..hi).find(|&i| buf.arcs[i].0 == 0)
    }

    /// "<clause>, <reporter> said.": the reporting verb is the root and the
    /// clause its `ccomp`; the comma (and a closing quote after it) go with
    /// the clause.
    fn join_reporter(
        &self,
        forms: &[&str],
        buf: &mut ParseBuffers,
        c: usize,
        n: usize,
        lead: Option<usize>,
    ) -> bool {
        let quote = usize::from(
            c + 1 < n
                && matches!(
                    self.tagger.classes[buf.tags[c + 1] as usize].0.as_str(),
                    "''" | "``"
                ),
        );
        let b = c + 1 + quote;
        self.parse_with_lead(forms, buf, 0, c, lead);
        buf.arcs
            .extend(std::iter::repeat_n((0, u16::MAX), 1 + quote));
        self.parse_span(buf, b, n);
        let (Some(v), Some(r)) = (Self::span_root(buf, b, n), Self::span_root(buf, 0, c)) else {
            return false;
        };
        if !self.tagger.classes[buf.tags[v] as usize]
            .0
            .starts_with("VB")
        {
            return false;
        }
        for a in &mut buf.arcs[..c] {
            if a.0 == 0 {
                a.0 = v as u32 + 1;
            }
        }
        buf.arcs[r].1 = self.label_id("ccomp");
        let punct = self.label_id("punct");
        for a in &mut buf.arcs[c..b] {
            *a = (r as u32 + 1, punct);
        }
        true
    }

    /// "<clause>, and <clause>": the second clause is a `conj` of the first,
    /// with the comma and the conjunction its own; final punctuation goes
    /// with the first.
    fn join_clauses(
        &self,
        forms: &[&str],
        buf: &mut ParseBuffers,
        c: usize,
        n: usize,
        while_: bool,
    ) -> bool {
        // (A semicolon stands alone: the second clause starts right after
        // it and is a `parataxis`.)
        let semicolon = self.tagger.classes[buf.tags[c] as usize].0 == ":";
        let gap = if semicolon { 1 } else { 2 };
        let mut end = n;
        while end > c + gap
            && matches!(
                self.tagger.classes[buf.tags[end - 1] as usize].0.as_str(),
                "." | "''"
            )
        {
            end -= 1;
        }
        // (", and the two later signed a treaty": the second clause's verb
        // tagged as a participle before its object is its past tense, or
        // the parser reads it as a modifier of the object.)
        // (So is the first clause's, when it has no finite verb: "U.S. and
        // British warplanes, ships and a submarine struck more than 60
        // Houthi targets ..., and the Houthis vowed to retaliate".)
        let vbd = self
            .tagger
            .classes
            .iter()
            .position(|(x, u)| x == "VBD" && u == "VERB");
        if let Some(d) = vbd {
            let tag = |k: usize| self.tagger.classes[buf.tags[k] as usize].0.as_str();
            let verb_at = (c + gap..end.saturating_sub(1)).find(|&i| tag(i).starts_with("VB"));
            // (Or an infinitive: ", and the two sides agreed to lower
            // tariffs".)
            let second = verb_at.filter(|&i| {
                tag(i) == "VBN"
                    && (matches!(tag(i + 1), "DT" | "CD" | "PRP$" | "TO" | "JJR" | "RBR")
                        || (forms.get(i + 1) == Some(&"by")
                            && i + 2 < buf.tags.len()
                            && tag(i + 2) == "VBG")
                        || forms
                            .get(i + 1)
                            .is_some_and(|w| w.eq_ignore_ascii_case("to")))
            });
            let finite = (0..c).any(|k| matches!(tag(k), "VBD" | "VBZ" | "VBP" | "MD"));
            let first = (1..c.saturating_sub(1))
                .find(|&k| tag(k) == "VBN")
                .filter(|&i| {
                    !finite
                        && matches!(tag(i - 1), "NN" | "NNS" | "NNP" | "NNPS" | "PRP")
                        && matches!(tag(i + 1), "DT" | "CD" | "PRP$" | "JJR" | "RBR")
                });
            for i in second.into_iter().chain(first) {
                buf.tags[i] = d as u16;
            }
        }
        self.parse_span(buf, 0, c);
        buf.arcs.extend(std::iter::repeat_n((0, u16::MAX), gap));
        self.parse_span(buf, c + gap, end);
        buf.arcs.extend(std::iter::repeat_n((0, u16::MAX), n - end));
        let (Some(r), Some(v)) = (
            Self::span_root(buf, 0, c),
            Self::span_root(buf, c + gap, end),
        ) else {
            return false;
        };
        let verb = |i: usize| {
            let t = self.tagger.classes[buf.tags[i] as usize].0.as_str();
            t.starts_with("VB") || t == "MD"
        };
        // (The first clause's subject may be read as its root, the verb
        // right after it as a modifier: "Saudi-led warplanes bombed ...";
        // the repairs make the verb the root.)
        let acl = self.label_id("acl");
        let subject_root = r + 1 < c && buf.arcs[r + 1] == (r as u32 + 1, acl) && verb(r + 1);
        if !(verb(r) || subject_root) || !verb(v) {
            return false;
        }
        for i in (0..c).chain(c + gap..end) {
            if buf.arcs[i].0 == 0 && i != r {
                buf.arcs[i].0 = if i < c { r as u32 + 1 } else { v as u32 + 1 };
            }
        }
        // ("..., while the group fired rockets": a subordinate clause.)
        let (rel, marker) = if while_ {
            ("advcl", "mark")
        } else {
            ("conj", "cc")
        };
        if semicolon {
            buf.arcs[v] = (r as u32 + 1, self.label_id("parataxis"));
            buf.arcs[c] = (v as u32 + 1, self.label_id("punct"));
        } else {
            buf.arcs[v] = (r as u32 + 1, self.label_id(rel));
            buf.arcs[c] = (v as u32 + 1, self.label_id("punct"));
            buf.arcs[c + 1] = (v as u32 + 1, self.label_id(marker));
        }
        let punct = self.label_id("punct");
        for a in &mut buf.arcs[end..n] {
            *a = (r as u32 + 1, punct);
        }
        true
    }

    /// "According to <source>, <clause>": the source is an `obl` of the
    /// clause, "according" its `case` and "to" `fixed` to it; the comma goes
    /// with the source.
    fn join_leading_source(&self, buf: &mut ParseBuffers, c: usize, n: usize) -> bool {
        buf.arcs.extend([(0, u16::MAX), (0, u16::MAX)]);
        self.parse_span(buf, 2, c);
        buf.arcs.push((0, u16::MAX));
        self.parse_span(buf, c + 1, n);
        let Some(r) = Self::span_root(buf, c + 1, n) else {
            return false;
        };
        if !self.attach_source(buf, 0, (2, c), r) {
            return false;
        }
        buf.arcs[c] = (buf.arcs[0].0, self.label_id("punct"));
        true
    }

    /// "Amid rising tensions, <clause>": the phrase is an `obl` of the
    /// clause, and the comma goes with the phrase.
    fn join_leading_phrase(&self, buf: &mut ParseBuffers, c: usize, n: usize) -> bool {
        self.parse_span(buf, 0, c);
        buf.arcs.push((0, u16::MAX));
        self.parse_span(buf, c + 1, n);
        let Some(r) = Self::span_root(buf, c + 1, n) else {
            return false;
        };
        let Some(p) = self.phrase_as_obl(buf, (0, c), r) else {
            return false;
        };
        buf.arcs[c] = (p as u32 + 1, self.label_id("punct"));
        true
    }

    /// "<clause>, according to <source>.": as above, with the final
    /// punctuation (from `e`) going with the clause.
    fn join_trailing_source(&self, buf: &mut ParseBuffers, c: usize, e: usize, n: usize) -> bool {
        self.parse_span(buf, 0, c);
        buf.arcs.extend([(0, u16::MAX); 3]);
        self.parse_span(buf, c + 3, e);
        buf.arcs.extend(std::iter::repeat_n((0, u16::MAX), n - e));
        let Some(r) = Self::span_root(buf, 0, c) else {
            return false;
        };
        if !self.attach_source(buf, c + 1, (c + 3, e), r) {
            return false;
        }
        let punct = self.label_id("punct");
        // The comma goes with the source, as "according" does.
        buf.arcs[c] = (buf.arcs[c + 1].0, punct);
        for a in &mut buf.arcs[e..n] {
            *a = (r as u32 + 1, punct);
        }
        true
    }

    /// "according" at `a` and "to" after it mark the source `lo..hi`, whose
    /// head `src` is an `obl` of `r`.
    fn attach_source(
        &self,
        buf: &mut ParseBuffers,
        a: usize,
        (lo, hi): (usize, usize),
        r: usize,
    ) -> bool {
        let Some(src) = self.phrase_as_obl(buf, (lo, hi), r) else {
            return false;
        };
        buf.arcs[a] = (src as u32 + 1, self.label_id("case"));
        buf.arcs[a + 1] = (a as u32 + 1, self.label_id("fixed"));
        true
    }

    /// Make the separately parsed phrase `lo..hi` an `obl` of `r`: its head
    /// (first root-attached word) goes under `r`, any other root-attached
    /// word under its head. Returns the head.
    fn phrase_as_obl(
        &self,
        buf: &mut ParseBuffers,
        (lo, hi): (usize, usize),
        r: usize,
    ) -> Option<usize> {
        let head = Self::span_root(buf, lo, hi)?;
        for i in lo..hi {
            if i != head && buf.arcs[i].0 == 0 {
                buf.arcs[i].0 = head as u32 + 1;
            }
        }
        // ("After meeting in Cairo, <clause>": a fronted clause is an
        // adverbial clause, not an oblique.)
        let verb = self.tagger.classes[buf.tags[head] as usize]
            .0
            .starts_with("VB");
        let label = if verb { "advcl" } else { "obl" };
        buf.arcs[head] = (r as u32 + 1, self.label_id(label));
        Some(head)
    }

    fn label_id(&self, label: &str) -> u16 {
        self.parser
            .labels
            .iter()
            .position(|l| l == label)
            .map_or(u16::MAX, |i| i as u16)
    }

    fn tag_ids(&self, forms: &[&str], buf: &mut ParseBuffers) {
        self.tagger.prepare(forms, &mut buf.toks);
        self.tagger
            .tag_into(forms, &buf.toks, &mut buf.tag_scratch, &mut buf.tags);
    }

    /// Part-of-speech tags and lemmas only (no parse).
    pub fn tag(&self, forms: &[&str]) -> Vec<Tagged> {
        with_buffers(|buf| self.tag_with(forms, buf))
    }

    fn tag_with(&self, forms: &[&str], buf: &mut ParseBuffers) -> Vec<Tagged> {
        self.tag_ids(forms, buf);
        forms
            .iter()
            .zip(&buf.tags)
            .map(|(f, c)| {
                let (xpos, upos) = &self.tagger.classes[*c as usize];
                Tagged {
                    upos: upos.clone(),
                    xpos: xpos.clone(),
                    lemma: self.lemmatizer.lemma(f, xpos, &mut buf.key),
                }
            })
            .collect()
    }

    /// The lemma of a word with a given Penn tag.
    pub fn lemma(&self, form: &str, xpos: &str) -> String {
        self.lemmatizer.lemma(form, xpos, &mut String::new())
    }

    /// A copy without the weights whose magnitude is below `min` (smaller,
    /// faster to load; measure the accuracy cost with [`crate::evaluate`]).
    pub fn pruned(&self, min: f32) -> Model {
        Model {
            tagger: self.tagger.pruned(min),
            lemmatizer: self.lemmatizer.clone(),
            parser: self.parser.pruned(min),
        }
    }

    /// Sizes: (tagger weights, transition weights, labeller weights).
    pub fn weight_counts(&self) -> (usize, usize, usize) {
        let (a, b) = self.parser.nnz();
        (self.tagger.nnz(), a, b)
    }
}

thread_local! {
    /// Buffers reused by [`Model::parse`] and [`Model::tag`] on this thread.
    static BUFFERS: std::cell::RefCell<ParseBuffers> = Default::default();
}

/// Run `f` with this thread's buffers (fresh ones if they are in use).
fn with_buffers<T>(f: impl FnOnce(&mut ParseBuffers) -> T) -> T {
    BUFFERS.with(|b| match b.try_borrow_mut() {
        Ok(mut buf) => f(&mut buf),
        Err(_) => f(&mut ParseBuffers::default()),
    })
}

fn bundled_bytes() -> Option<&'static [u8]> {
    #[cfg(dyad_bundled_model)]
    {
        Some(BUNDLED)
    }
    #[cfg(not(dyad_bundled_model))]
    {
        None
    }
}

const REL: &str = "resources/models/en_ewt.dyadmodel";

fn find_model_file() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("DYAD_MODEL") {
        return Some(p.into());
    }
    let mut starts = Vec::new();
    if let Ok(exe) = std::env::current_exe() {
        starts.push(exe);
    }
    if let Ok(cwd) = std::env::current_dir() {
        starts.push(cwd);
    }
    for s in starts {
        for dir in s.ancestors() {
            let p = dir.join(REL);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// A sentence as the parser sees it: per word (lowercase hash, suffix hash),
/// and the predicted tag class ids.
pub(crate) type TaggedSentence = (Vec<[u64; 2]>, Vec<u16>);

/// Tag a treebank with a tagger (parser training and dev evaluation).
pub(crate) fn predicted_tags(tagger: &Tagger, sents: &[ConlluSentence]) -> Vec<TaggedSentence> {
    let mut toks = Vec::new();
    let mut scratch = TagScratch::default();
    sents
        .iter()
        .map(|s| {
            let forms = s.forms();
            tagger.prepare(&forms, &mut toks);
            let mut tags = Vec::new();
            tagger.tag_into(&forms, &toks, &mut scratch, &mut tags);
            (toks.iter().map(|t| [t.lower, t.suf[2]]).collect(), tags)
        })
        .collect()
}

/// Parse pre-tagged input with a bare parser (training-time evaluation).
pub(crate) fn parser_dev_scores(
    p: &Parser,
    kinds: &[u8],
    tagged: &[TaggedSentence],
    gold: &[ConlluSentence],
) -> (f64, f64) {
    let mut scratch = ParseScratch::default();
    let (mut w, mut pp, mut c, mut sf) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut uas, mut las, mut n) = (0usize, 0usize, 0usize);
    for ((words, tags), g) in tagged.iter().zip(gold) {
        make_input(words, tags, kinds, &mut w, &mut pp, &mut c, &mut sf);
        let inp = Input {
            w: &w,
            p: &pp,
            c: &c,
            s: &sf,
        };
        p.parse(&inp, &mut scratch);
        for (i, gw) in g.words.iter().enumerate() {
            let h = scratch.st.heads[i + 1];
            if h as usize == gw.head {
                uas += 1;
                let l = p
                    .labels
                    .get(scratch.st.labels[i + 1] as usize)
                    .map(String::as_str)
                    .unwrap_or("");
                if universal(l) == universal(&gw.deprel) {
                    las += 1;
                }
            }
            n += 1;
        }
    }
    let n = n.max(1) as f64;
    (100.0 * uas as f64 / n, 100.0 * las as f64 / n)
}

/// The universal part of a relation (`nsubj:pass` → `nsubj`).
pub(crate) fn universal(rel: &str) -> &str {
    rel.split(':').next().unwrap_or(rel)
}

pub(crate) use parser::ParserExample;
