//! PETRARCH-compatible coding over a UD dependency tree, with PETRARCH's own
//! dictionaries (read by [`dyad_lexicon::Lexicon::load_petrarch`]).
//!
//! This is a dependency-tree analogue of PETRARCH2's phrase-structure coder:
//! - **actors**: a noun phrase's actor is the first dictionary actor among
//!   its head, compounds, modifiers and (for subjects and agent heads) its
//!   possessor, else the actors of its `of`/`in`/`from` modifiers; agents
//!   found in the phrase are appended (`~GOV`) or prefixed (`NGO~`) unless the
//!   actor code already holds them; an agent alone is coded with the null
//!   country `---`; coordinated phrases give one actor each, and a conjunct
//!   with only an agent ("Danish media and government") borrows its
//!   neighbour's actor.
//! - **verbs**: a word tagged as a verb whose form is one of a dictionary
//!   verb's forms (regular forms are generated, irregular ones are read);
//!   multi-word verbs need their particle next to the verb.
//! - **patterns**: the words after `*` are matched, in order, against the
//!   words of the verb's subtree that follow it (`{...}` phrases must end on
//!   adjacent words, `(...)` starts with the preposition, `&SYNSET` matches any
//!   member, `^` skips a noun phrase, `$` and `+` take the source and target
//!   from the next noun phrase with an actor); words before `*` are matched in
//!   the subject; `%` needs a coordinated subject and codes its members with
//!   each other. The most specific matching pattern wins.
//! - **nesting**: a verb's `xcomp`/`ccomp` clause is coded first; its event
//!   becomes the outer verb's target and the codes combine through PETRARCH's
//!   internal coding ontology ([`pico::Pico`]), e.g. "agreed to restore ties";
//!   negation toggles the ontology's not-flag ("didn't clash" → 050).
//! - **passives**: the subject is the target and the `by` phrase the source.
//!
//! The entry points are [`PetrCoder::code`] (one sentence) and
//! [`validation::validate_records`] (a whole validation file, exact-set scoring).

pub mod pico;
pub mod validation;

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use dyad_lexicon::{AgentPosition, Lexicon, MatchKind, PetrTok, PetrVerbPattern};

use crate::tree::Word;
use crate::OBJECT_CONTROL;
use pico::Pico;
use validation::Triple;

/// A reference to one verb of one block of one PETRARCH verb file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct VerbRef {
    file: usize,
    block: usize,
    verb: usize,
}

/// Verb forms → verbs, and patterns by block.
struct VerbIndex {
    forms: HashMap<String, Vec<VerbRef>>,
    patterns: HashMap<(usize, usize), Vec<usize>>,
}

fn ends_consonant_y(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2 && b[b.len() - 1] == b'y' && !b"aeiou".contains(&b[b.len() - 2])
}

/// The regular forms of an English verb, as PETRARCH generates them (no
/// consonant doubling: such verbs list their forms).
fn regular_verb_forms(lemma: &str) -> Vec<String> {
    let l = lemma.to_lowercase();
    let mut out = vec![l.clone()];
    if ends_consonant_y(&l) {
        let stem = &l[..l.len() - 1];
        out.push(format!("{stem}ies"));
        out.push(format!("{stem}ied"));
        out.push(format!("{l}ing"));
        return out;
    }
    if l.ends_with('s')
        || l.ends_with('x')
        || l.ends_with('z')
        || l.ends_with("ch")
        || l.ends_with("sh")
    {
        out.push(format!("{l}es"));
    } else {
        out.push(format!("{l}s"));
    }
    if l.ends_with('e') {
        out.push(format!("{l}d"));
        if l.ends_with("ee") {
            out.push(format!("{l}ing"));
        } else {
            out.push(format!("{}ing", &l[..l.len() - 1]));
        }
    } else {
        out.push(format!("{l}ed"));
        out.push(format!("{l}ing"));
    }
    out
}

/// The verb word of an irregular form as written (`+BROKE_DOWN` → `broke`).
fn form_verb_word(form: &str) -> String {
    let parts: Vec<&str> = form.split('_').filter(|p| !p.is_empty()).collect();
    let w = parts
        .iter()
        .find(|p| p.starts_with('+'))
        .or(parts.first())
        .copied()
        .unwrap_or("");
    w.trim_start_matches('+').to_lowercase()
}

impl VerbIndex {
    fn new(lex: &Lexicon) -> VerbIndex {
        let mut forms: HashMap<String, Vec<VerbRef>> = HashMap::new();
        let mut patterns: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
        for (fi, pv) in lex.petrarch_verbs().iter().enumerate() {
            for (bi, block) in pv.blocks.iter().enumerate() {
                for (vi, verb) in block.verbs.iter().enumerate() {
                    let r = VerbRef {
                        file: fi,
                        block: bi,
                        verb: vi,
                    };
                    let mut fs = regular_verb_forms(&verb.lemma);
                    fs.extend(verb.forms.iter().map(|f| form_verb_word(f)));
                    fs.sort();
                    fs.dedup();
                    for f in fs {
                        if !f.is_empty() {
                            forms.entry(f).or_default().push(r);
                        }
                    }
                }
            }
            for (pi, p) in pv.patterns.iter().enumerate() {
                patterns.entry((fi, p.block)).or_default().push(pi);
            }
        }
        VerbIndex { forms, patterns }
    }
}

/// Normalised dependency tree: UD v1 relations mapped to v2.
struct T<'a> {
    words: &'a [Word],
    lower: Vec<String>,
    lemma: Vec<String>,
    rel: Vec<String>,
    head: Vec<Option<usize>>,
    kids: Vec<Vec<usize>>,
}

fn norm_rel(r: &str, head_is_nominal: bool) -> String {
    let r = r.to_ascii_lowercase();
    match r.as_str() {
        "dobj" => "obj".into(),
        "nsubjpass" => "nsubj:pass".into(),
        "csubjpass" => "csubj:pass".into(),
        "auxpass" => "aux:pass".into(),
        "neg" => "advmod:neg".into(),
        "name" => "flat".into(),
        "mwe" => "fixed".into(),
        "nmod:agent" | "obl:agent" => "obl:agent".into(),
        "nmod" if !head_is_nominal => "obl".into(),
        "nmod:tmod" if !head_is_nominal => "obl:tmod".into(),
        "nmod:npmod" if !head_is_nominal => "obl:npmod".into(),
        _ => r,
    }
}

fn is_nominal_pos(upos: &str) -> bool {
    matches!(upos, "NOUN" | "PROPN" | "PRON" | "NUM")
}

impl<'a> T<'a> {
    fn new(words: &'a [Word]) -> T<'a> {
        let n = words.len();
        let head: Vec<Option<usize>> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.head >= 1 && w.head <= n && w.head - 1 != i).then(|| w.head - 1))
            .collect();
        let mut kids = vec![Vec::new(); n];
        for (i, h) in head.iter().enumerate() {
            if let Some(h) = h {
                kids[*h].push(i);
            }
        }
        let repaired = crate::tree::repaired_relations(words);
        let rel = repaired
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let nominal_head = head[i].is_some_and(|h| is_nominal_pos(&words[h].upos));
                norm_rel(r, nominal_head)
            })
            .collect();
        let (lower, lemma) = crate::tree::lowercase_forms_and_lemmas(words);
        T {
            words,
            lower,
            lemma,
            rel,
            head,
            kids,
        }
    }

    fn len(&self) -> usize {
        self.words.len()
    }

    /// Universal relation without subtype.
    fn urel(&self, i: usize) -> &str {
        let r = self.rel[i].as_str();
        r.split(':').next().unwrap_or(r)
    }

    fn kids_with(&self, i: usize, rels: &[&str]) -> Vec<usize> {
        self.kids[i]
            .iter()
            .copied()
            .filter(|&c| rels.contains(&self.rel[c].as_str()))
            .collect()
    }

    fn upos(&self, i: usize) -> &str {
        self.words[i].upos.as_str()
    }

    fn case_of(&self, i: usize) -> Option<&str> {
        self.kids[i]
            .iter()
            .copied()
            .find(|&c| self.urel(c) == "case")
            .map(|c| self.lower[c].as_str())
    }

    fn subtree(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut st = vec![i];
        while let Some(w) = st.pop() {
            for &c in &self.kids[w] {
                if out.len() > self.len() {
                    break;
                }
                out.push(c);
                st.push(c);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn is_passive(&self, v: usize) -> bool {
        self.kids[v]
            .iter()
            .any(|&c| self.rel[c] == "aux:pass" || self.rel[c] == "nsubj:pass")
    }

    /// An infinitival clause without its own subject ("vowed ... to wage war").
    fn is_to_clause(&self, c: usize) -> bool {
        self.kids[c]
            .iter()
            .any(|&k| self.urel(k) == "mark" && self.lower[k] == "to")
            && !self.kids[c].iter().any(|&k| self.urel(k) == "nsubj")
    }

    /// Complement clauses of `v`: `xcomp`, `ccomp`, and infinitival `advcl`s
    /// (a common parser confusion for `xcomp`).
    fn clauses(&self, v: usize) -> Vec<usize> {
        self.kids[v]
            .iter()
            .copied()
            .filter(|&c| {
                matches!(self.rel[c].as_str(), "xcomp" | "ccomp")
                    || (self.urel(c) == "advcl" && self.is_to_clause(c))
            })
            .collect()
    }

    fn is_negated(&self, v: usize) -> bool {
        self.kids[v].iter().any(|&c| {
            matches!(self.urel(c), "advmod" | "neg" | "aux")
                && matches!(self.lower[c].as_str(), "not" | "n't" | "never")
        })
    }
}

/// An actor phrase, before agents are merged into codes.
#[derive(Debug, Clone, Default)]
struct NpInfo {
    /// Actor codes (several from "the ambassadors of A, B and C").
    bases: Vec<String>,
    /// Whether `bases` came from the phrase itself (not an `of` modifier).
    local: bool,
    /// Prefix agents (`NGO~`).
    prefix: Vec<String>,
    /// Suffix agents, in text order.
    suffix: Vec<String>,
}

/// Append agent codes to an actor code unless its 3-letter chunks already hold them.
fn compose(prefix: &[String], base: &str, suffix: &[String]) -> String {
    let mut code = String::new();
    for p in prefix {
        code.push_str(p);
    }
    code.push_str(base);
    for s in suffix {
        let chunks: Vec<&str> = (0..s.len() / 3)
            .filter_map(|k| s.get(3 * k..3 * k + 3))
            .collect();
        let mut add = String::new();
        for ch in &chunks {
            let have = (0..code.len() / 3).any(|k| code.get(3 * k..3 * k + 3) == Some(ch));
            if !have {
                add.push_str(ch);
            }
        }
        if chunks.is_empty() {
            add.push_str(s);
        }
        code.push_str(&add);
    }
    code
}

/// One event before it is paired into triples.
#[derive(Debug, Clone, Default)]
struct Ev {
    src: Vec<String>,
    tgt: Vec<String>,
    code: Option<String>,
    code2: Option<String>,
    /// `%` pattern: code the members of `src` with each other.
    compound: bool,
}

/// Result of matching one pattern.
#[derive(Debug, Clone, Default)]
struct PatMatch {
    score: usize,
    src: Option<Vec<String>>,
    tgt: Option<Vec<String>>,
    compound: bool,
}

/// The PETRARCH-compatible coder: holds the verb index built from a lexicon
/// and the internal coding ontology used to combine and negate codes.
pub struct PetrCoder<'l> {
    lex: &'l Lexicon,
    pico: Pico,
    index: VerbIndex,
}

/// Per-sentence state.
struct Sent<'c, 'a> {
    c: &'c PetrCoder<'c>,
    t: T<'a>,
    date: NaiveDate,
    /// Word → index into `matches`.
    cover: Vec<Option<usize>>,
    matches: Vec<dyad_lexicon::PhraseMatch>,
    /// Coded verbs: word → verb.
    verbs: HashMap<usize, VerbRef>,
}

/// Code one sentence with a throw-away [`PetrCoder`] and no ontology
/// (nested verbs then keep the inner code). Prefer building a [`PetrCoder`]
/// once for many sentences.
pub fn code_petrarch(
    lex: &Lexicon,
    words: &[Word],
    date: NaiveDate,
    require_dyad: bool,
) -> Vec<Triple> {
    PetrCoder::new(lex, Pico::default()).code(words, date, require_dyad)
}

/// PETRARCH's conventions were written for parses (Stanford, UDPipe 1) that
/// attach a trailing attribution ("..., a senior official said on
/// Saturday.") as `parataxis` of the reported clause. UD English, and dyad's
/// parser, make the reporting verb the root and the clause its `ccomp`; this
/// turns such a tree into the shape the conventions expect.
fn attribution_as_parataxis(words: &[Word]) -> std::borrow::Cow<'_, [Word]> {
    let Some(r) = words.iter().position(|w| w.head == 0) else {
        return words.into();
    };
    let Some(c) = (0..r).find(|&i| words[i].head == r + 1 && words[i].deprel == "ccomp") else {
        return words.into();
    };
    // Only a clause set off by a comma that ends right before the reporter.
    let comma = (c + 1..r).any(|i| words[i].form == "," && words[i].head == c + 1);
    if !comma || !words[r].xpos.starts_with("VB") {
        return words.into();
    }
    let mut w = words.to_vec();
    w[c].head = 0;
    w[c].deprel = "root".to_string();
    w[r].head = c + 1;
    w[r].deprel = "parataxis".to_string();
    // The sentence's final punctuation goes with the new root.
    for x in w.iter_mut().skip(r + 1) {
        if x.head == r + 1 && x.deprel == "punct" {
            x.head = c + 1;
        }
    }
    w.into()
}

impl<'l> PetrCoder<'l> {
    /// Build the coder: indexes the lexicon's PETRARCH verbs and patterns.
    /// `pico` is the internal coding ontology (may be empty).
    pub fn new(lex: &'l Lexicon, pico: Pico) -> PetrCoder<'l> {
        PetrCoder {
            lex,
            pico,
            index: VerbIndex::new(lex),
        }
    }

    /// Code one parsed sentence: the set of (source, target, code) triples.
    /// With `require_dyad`, events lacking a source or target are dropped;
    /// otherwise the missing side is `---`.
    pub fn code(&self, words: &[Word], date: NaiveDate, require_dyad: bool) -> Vec<Triple> {
        if words.is_empty() {
            return Vec::new();
        }
        let forms: Vec<&str> = words.iter().map(|w| w.form.as_str()).collect();
        if self.lex.is_discard(&forms).is_some() {
            return Vec::new();
        }
        let words = attribution_as_parataxis(words);
        let t = T::new(&words);
        let lemmas: Vec<&str> = t.lemma.iter().map(String::as_str).collect();
        let matches = self.lex.match_phrases(&forms, &lemmas);
        let mut cover = vec![None; t.len()];
        for (mi, m) in matches.iter().enumerate() {
            for c in cover.iter_mut().take(m.end.min(t.len())).skip(m.start) {
                *c = Some(mi);
            }
        }
        let mut s = Sent {
            c: self,
            t,
            date,
            cover,
            matches,
            verbs: HashMap::new(),
        };
        s.find_verbs();
        let mut evs: Vec<Ev> = Vec::new();
        for v in 0..s.t.len() {
            if s.t.head[v].is_some_and(|h| s.t.clauses(h).contains(&v)) {
                continue;
            }
            if let Some(e) = s.event_of(v, 0) {
                evs.push(e);
            }
        }
        let mut out: Vec<Triple> = Vec::new();
        for e in evs {
            self.emit(&e, require_dyad, &mut out);
        }
        let mut seen = HashSet::new();
        out.retain(|t| seen.insert(t.clone()));
        out
    }

    fn emit(&self, e: &Ev, require_dyad: bool, out: &mut Vec<Triple>) {
        let valid = |c: &Option<String>| -> Option<String> {
            c.as_ref()
                .filter(|c| {
                    !c.is_empty()
                        && c.as_str() != "---"
                        && c.chars().all(|ch| ch.is_ascii_alphanumeric())
                })
                .cloned()
        };
        let code = valid(&e.code);
        let code2 = valid(&e.code2);
        // An event with no actor at all is not an event.
        if e.src.is_empty() && e.tgt.is_empty() {
            return;
        }
        if e.compound && e.src.len() >= 2 {
            for a in &e.src {
                for b in &e.src {
                    if a != b {
                        if let Some(c) = &code {
                            out.push((a.clone(), b.clone(), c.clone()));
                        }
                    }
                }
            }
            return;
        }
        let none = vec![String::new()];
        let srcs = if e.src.is_empty() { &none } else { &e.src };
        let tgts = if e.tgt.is_empty() { &none } else { &e.tgt };
        for s in srcs {
            for t in tgts {
                if s == t && !s.is_empty() {
                    continue;
                }
                if require_dyad && (s.is_empty() || t.is_empty()) {
                    continue;
                }
                let sv = if s.is_empty() {
                    "---".to_string()
                } else {
                    s.clone()
                };
                let tv = if t.is_empty() {
                    "---".to_string()
                } else {
                    t.clone()
                };
                if let Some(c) = &code {
                    out.push((sv.clone(), tv.clone(), c.clone()));
                }
                if let Some(c2) = &code2 {
                    if !(require_dyad && (s.is_empty() || t.is_empty())) {
                        out.push((tv.clone(), sv.clone(), c2.clone()));
                    }
                }
            }
        }
    }
}

impl Sent<'_, '_> {
    fn lex(&self) -> &Lexicon {
        self.c.lex
    }

    fn find_verbs(&mut self) {
        let t = &self.t;
        let mut found = HashMap::new();
        for i in 0..t.len() {
            let up = t.upos(i);
            let xp = t.words[i].xpos.as_str();
            let verbish = up == "VERB" || (xp.starts_with("VB") && up != "AUX");
            if !verbish || matches!(t.urel(i), "aux" | "cop") {
                continue;
            }
            let Some(cands) = self.c.index.forms.get(&t.lower[i]) else {
                continue;
            };
            let verbs = self.lex().petrarch_verbs();
            let mut best: Option<(usize, VerbRef)> = None;
            for &r in cands {
                let Some(v) = verbs
                    .get(r.file)
                    .and_then(|f| f.blocks.get(r.block))
                    .and_then(|b| b.verbs.get(r.verb))
                else {
                    continue;
                };
                let ok = v.particles.iter().all(|p| {
                    let lo = i.saturating_sub(2);
                    let hi = (i + 3).min(t.len());
                    (lo..hi).any(|j| j != i && t.lower[j] == *p)
                });
                if !ok {
                    continue;
                }
                let score = v.particles.len() + 1;
                if best.is_none_or(|(s, _)| score > s) {
                    best = Some((score, r));
                }
            }
            if let Some((_, r)) = best {
                found.insert(i, r);
            }
        }
        self.verbs = found;
    }

    // ----- actors -----

    fn match_code(&self, mi: usize) -> Option<(bool, String, AgentPosition)> {
        let m = &self.matches[mi];
        match m.hit {
            MatchKind::Actor(id) | MatchKind::CountryAdj(id) | MatchKind::Capital(id) => {
                let c = self.lex().code_at(id, self.date)?;
                Some((true, c.code.clone(), AgentPosition::Suffix))
            }
            MatchKind::Agent(aid) => {
                let a = self.lex().agent(aid);
                Some((false, a.code.clone(), a.position))
            }
        }
    }

    /// Words of the noun phrase headed by `h` (no clauses, no conjuncts, no
    /// prepositional modifiers); the possessor only when `poss`.
    fn np_local(&self, h: usize, poss: bool) -> Vec<usize> {
        let t = &self.t;
        let mut out = vec![h];
        let mut st = vec![h];
        while let Some(w) = st.pop() {
            for &c in &t.kids[w] {
                let r = t.rel[c].as_str();
                let keep = matches!(
                    r,
                    "compound"
                        | "flat"
                        | "amod"
                        | "det"
                        | "nummod"
                        | "fixed"
                        | "goeswith"
                        | "compound:prt"
                        // Titles before names in UD 2.14+ EWT: "President Bill Clinton".
                        | "nmod:desc"
                ) || (r == "nmod:poss" && poss)
                    || (t.urel(c) == "case" && w != h)
                    || (r == "advmod" && w != h);
                if keep && !out.contains(&c) {
                    out.push(c);
                    st.push(c);
                }
            }
        }
        out.sort_unstable();
        out
    }

    fn np_info(&self, h: usize, poss_always: bool, depth: usize) -> NpInfo {
        let t = &self.t;
        // Possessors count for agent heads ("Gondor's government") and subjects.
        let head_is_agent = self.cover[h]
            .and_then(|mi| self.match_code(mi))
            .is_some_and(|(is_actor, _, _)| !is_actor);
        let local = self.np_local(h, poss_always || head_is_agent || self.cover[h].is_some());
        let mut seen: Vec<usize> = Vec::new();
        for &w in &local {
            if let Some(mi) = self.cover[w] {
                if !seen.contains(&mi) {
                    seen.push(mi);
                }
            }
        }
        seen.sort_by_key(|&mi| self.matches[mi].start);
        let mut info = NpInfo::default();
        for mi in seen {
            let Some((is_actor, code, pos)) = self.match_code(mi) else {
                continue;
            };
            if is_actor {
                if info.bases.is_empty() {
                    info.bases.push(code);
                    info.local = true;
                }
            } else {
                match pos {
                    AgentPosition::Prefix => info.prefix.push(code),
                    AgentPosition::Suffix => info.suffix.push(code),
                }
            }
        }
        // Coordinated modifiers: "Eriadori and Calenardhon leaders".
        if !info.bases.is_empty() {
            for &w in local.iter().filter(|&&w| w != h) {
                for c in t.kids_with(w, &["conj"]) {
                    if let Some((true, code, _)) = self.cover[c].and_then(|mi| self.match_code(mi))
                    {
                        if !info.bases.contains(&code) {
                            info.bases.push(code);
                        }
                    }
                }
            }
        }
        if info.bases.is_empty() && depth < 4 {
            // "the ambassadors of A, B and C", "activists in Arnor", "soldiers from Gondor".
            for &c in &t.kids[h] {
                if !matches!(t.urel(c), "nmod" | "obl") || t.rel[c] == "nmod:poss" {
                    continue;
                }
                if !matches!(t.case_of(c), Some("of" | "in" | "from")) {
                    continue;
                }
                for code in self.arg_codes(c, true, depth + 1) {
                    if !info.bases.contains(&code) {
                        info.bases.push(code);
                    }
                }
                if !info.bases.is_empty() {
                    break;
                }
            }
        }
        info
    }

    /// Codes of the argument headed by `h`, with its conjuncts.
    fn arg_codes(&self, h: usize, poss: bool, depth: usize) -> Vec<String> {
        let t = &self.t;
        let mut heads = vec![h];
        let mut i = 0;
        while i < heads.len() && heads.len() < 20 {
            for c in t.kids_with(heads[i], &["conj", "appos"]) {
                if !heads.contains(&c) {
                    heads.push(c);
                }
            }
            i += 1;
        }
        let infos: Vec<NpInfo> = heads
            .iter()
            .map(|&x| self.np_info(x, poss, depth))
            .collect();
        let donor = infos.iter().find(|n| !n.bases.is_empty()).cloned();
        let mut out: Vec<String> = Vec::new();
        for (k, info) in infos.iter().enumerate() {
            let mut codes = Vec::new();
            if !info.bases.is_empty() {
                for b in &info.bases {
                    codes.push(compose(&info.prefix, b, &info.suffix));
                }
            } else if !info.suffix.is_empty() || !info.prefix.is_empty() {
                match &donor {
                    Some(d) if k > 0 && d.local => {
                        let mut prefix = d.prefix.clone();
                        prefix.extend(info.prefix.iter().cloned());
                        // The donor's modifiers, not its head agent.
                        let mut suffix: Vec<String> = d
                            .suffix
                            .iter()
                            .take(d.suffix.len().saturating_sub(1))
                            .cloned()
                            .collect();
                        suffix.extend(info.suffix.iter().cloned());
                        for b in &d.bases {
                            codes.push(compose(&prefix, b, &suffix));
                        }
                    }
                    Some(d) if !d.local => {
                        for b in &d.bases {
                            codes.push(compose(&info.prefix, b, &info.suffix));
                        }
                    }
                    _ => codes.push(compose(&info.prefix, "---", &info.suffix)),
                }
            } else if k > 0 {
                // A later conjunct names its first actor ("the evil Arnor awful Gondor").
                let span = t.subtree(heads[k]);
                if let Some(code) = span
                    .iter()
                    .filter_map(|&w| self.cover[w])
                    .filter_map(|mi| self.match_code(mi))
                    .find(|(is_actor, _, _)| *is_actor)
                    .map(|(_, c, _)| c)
                {
                    codes.push(code);
                }
            }
            for c in codes {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
        out
    }

    /// First codes found breadth-first in the subtree of `h` (not crossing
    /// adverbial clauses or parataxis).
    fn deep_codes(&self, h: usize, poss_root: bool) -> Vec<String> {
        let t = &self.t;
        let mut queue = std::collections::VecDeque::from([h]);
        let mut seen = vec![false; t.len()];
        while let Some(w) = queue.pop_front() {
            if seen[w] {
                continue;
            }
            seen[w] = true;
            if is_nominal_pos(t.upos(w)) || self.cover[w].is_some() {
                let codes = self.arg_codes(w, w != h || poss_root, 0);
                if !codes.is_empty() {
                    return codes;
                }
            }
            let mut ks: Vec<usize> = t.kids[w]
                .iter()
                .copied()
                .filter(|&c| {
                    !matches!(
                        t.urel(c),
                        "punct"
                            | "cc"
                            | "case"
                            | "det"
                            | "aux"
                            | "cop"
                            | "mark"
                            | "advmod"
                            | "parataxis"
                            | "advcl"
                            | "conj"
                            | "compound"
                            | "flat"
                            | "amod"
                    ) && (t.rel[c] != "nmod:poss" || w != h || poss_root)
                        // Inside an infinitival clause modifying a noun, only its object.
                        && (!(t.urel(w) == "acl" && t.is_to_clause(w)) || t.urel(c) == "obj")
                })
                .collect();
            ks.sort_unstable();
            queue.extend(ks);
        }
        Vec::new()
    }

    // ----- arguments of verbs -----

    fn subject_codes(&self, v: usize, depth: usize) -> Vec<String> {
        let t = &self.t;
        if depth > 8 {
            return Vec::new();
        }
        if let Some(&s) = t.kids[v]
            .iter()
            .find(|&&c| matches!(t.rel[c].as_str(), "nsubj" | "nsubj:pass"))
        {
            // Relative pronouns stand for the modified noun.
            if matches!(t.lower[s].as_str(), "who" | "which" | "that") {
                if let Some(h) = t.head[v] {
                    if t.urel(v) == "acl" {
                        return self.arg_codes(h, true, 0);
                    }
                }
            }
            let codes = self.arg_codes(s, true, 0);
            if codes.is_empty() && is_nominal_pos(t.upos(s)) && t.upos(s) != "PRON" {
                // "Resumption of ties between Arnor and Gondor may spur ...".
                return self.deep_codes(s, true);
            }
            return codes;
        }
        let Some(h) = t.head[v] else {
            return Vec::new();
        };
        // A passive head without a subject controls nothing ("to be allowed to leave").
        let passive_head = t.is_passive(h) && !t.kids[h].iter().any(|&c| t.urel(c) == "nsubj");
        let inherited = match t.urel(v) {
            _ if passive_head && t.urel(v) != "conj" => Vec::new(),
            "xcomp" => {
                if OBJECT_CONTROL.contains(&t.lemma[h].as_str()) {
                    if let Some(&o) = t.kids[h].iter().find(|&&c| t.rel[c] == "obj") {
                        return self.arg_codes(o, false, 0);
                    }
                }
                self.subject_codes(h, depth + 1)
            }
            // Only a coordinated verb shares the subject, not a mis-attached clause.
            "conj"
                if t.kids[v].iter().any(|&c| t.urel(c) == "cc")
                    || (h + 1..v).any(|c| t.urel(c) == "cc") =>
            {
                self.subject_codes(h, depth + 1)
            }
            "advcl" if t.is_to_clause(v) => self.subject_codes(h, depth + 1),
            "acl" if !t.is_to_clause(v) => self.arg_codes(h, true, 0),
            _ => Vec::new(),
        };
        if !inherited.is_empty() || t.urel(v) == "xcomp" {
            return inherited;
        }
        // A nominal dependent before a subjectless verb is its subject in
        // mis-parsed clauses ("after Calenardhon crowds burned down ...").
        let mut pre: Vec<usize> = t.kids[v]
            .iter()
            .copied()
            .filter(|&c| {
                c < v && t.urel(c) == "obl" && t.rel[c] != "obl:tmod" && is_nominal_pos(t.upos(c))
            })
            .collect();
        pre.sort_unstable();
        pre.first()
            .map(|&c| self.arg_codes(c, true, 0))
            .unwrap_or_default()
    }

    /// Direct object, then the object's subtree, then obliques (by position).
    fn object_codes(&self, v: usize) -> Vec<String> {
        let t = &self.t;
        let objs = t.kids_with(v, &["obj", "iobj"]);
        for &o in &objs {
            let c = self.arg_codes(o, false, 0);
            if !c.is_empty() {
                return c;
            }
            let c = self.deep_codes(o, false);
            if !c.is_empty() {
                return c;
            }
        }
        let mut obls: Vec<usize> = t.kids[v]
            .iter()
            .copied()
            .filter(|&c| t.urel(c) == "obl" && t.rel[c] != "obl:tmod" && t.rel[c] != "obl:agent")
            .filter(|&c| t.case_of(c) != Some("by") || !t.is_passive(v))
            .collect();
        obls.sort_unstable();
        for &o in &obls {
            let c = self.arg_codes(o, false, 0);
            if !c.is_empty() {
                return c;
            }
        }
        for &o in &obls {
            let c = self.deep_codes(o, true);
            if !c.is_empty() {
                return c;
            }
        }
        Vec::new()
    }

    fn by_agent(&self, v: usize) -> Vec<String> {
        let t = &self.t;
        for &c in &t.kids[v] {
            if t.rel[c] == "obl:agent" || (t.urel(c) == "obl" && t.case_of(c) == Some("by")) {
                let codes = self.arg_codes(c, false, 0);
                if !codes.is_empty() {
                    return codes;
                }
            }
        }
        Vec::new()
    }

    /// Codes named by a clause that is not itself coded: its subject, else its objects.
    fn clause_codes(&self, c: usize, depth: usize) -> Vec<String> {
        let t = &self.t;
        if depth > 4 {
            return Vec::new();
        }
        if let Some(&s) = t.kids[c].iter().find(|&&k| t.urel(k) == "nsubj") {
            let codes = self.arg_codes(s, true, 0);
            if !codes.is_empty() {
                return codes;
            }
        }
        let codes = self.object_codes(c);
        if !codes.is_empty() {
            return codes;
        }
        if is_nominal_pos(t.upos(c)) {
            return self.arg_codes(c, false, 0);
        }
        for k in t.clauses(c) {
            let codes = self.clause_codes(k, depth + 1);
            if !codes.is_empty() {
                return codes;
            }
        }
        Vec::new()
    }

    // ----- events -----

    /// The event of the predicate `v`, including its `xcomp`/`ccomp` clauses.
    fn event_of(&self, v: usize, depth: usize) -> Option<Ev> {
        if depth > 10 {
            return None;
        }
        let t = &self.t;
        let clauses: Vec<usize> = t.clauses(v);
        let mut inner: Option<Ev> = None;
        for &c in &clauses {
            if let Some(e) = self
                .event_of(c, depth + 1)
                .filter(|e| !e.src.is_empty() || !e.tgt.is_empty())
            {
                inner = Some(e);
                break;
            }
        }
        let passive = t.is_passive(v);
        let own = self.verbs.get(&v).copied();
        let Some(vr) = own else {
            // Uncoded predicate: pass the inner event up, lending it our subject.
            let mut e = inner?;
            if e.src.is_empty() {
                e.src = self.subject_codes(v, 0);
            }
            return Some(e);
        };
        let verbs = self.lex().petrarch_verbs();
        let verb = verbs
            .get(vr.file)?
            .blocks
            .get(vr.block)?
            .verbs
            .get(vr.verb)?;
        let (mut code, mut code2) = split_pair(&verb.code);
        let subj = self.subject_codes(v, 0);
        let (mut src, mut tgt) = if passive {
            // Only an explicit passive subject is a target ("to be allowed" has none).
            let subj = if t.kids[v].iter().any(|&c| t.urel(c) == "nsubj") {
                subj.clone()
            } else {
                Vec::new()
            };
            let by = self.by_agent(v);
            let s = if by.is_empty() {
                self.object_codes(v)
            } else {
                by
            };
            (s, subj.clone())
        } else {
            (subj.clone(), self.object_codes(v))
        };
        let mut compound = false;
        // Patterns of the verb's block.
        let mut best: Option<(PatMatch, &PetrVerbPattern)> = None;
        if let Some(pids) = self.c.index.patterns.get(&(vr.file, vr.block)) {
            for &pi in pids {
                let Some(p) = verbs[vr.file].patterns.get(pi) else {
                    continue;
                };
                if p.code.chars().any(|ch| !ch.is_ascii_alphanumeric()) && p.code != "---" {
                    continue;
                }
                if let Some(m) = self.match_pattern(v, p, vr.file) {
                    if best.as_ref().is_none_or(|(b, _)| m.score > b.score) {
                        best = Some((m, p));
                    }
                }
            }
        }
        if let Some((m, p)) = best {
            code = (!p.code.is_empty()).then(|| p.code.clone());
            code2 = p.code2.clone().filter(|c| !c.is_empty());
            let default_src = src.clone();
            match (m.src, m.tgt) {
                (Some(s), Some(tg)) => {
                    src = s;
                    tgt = tg;
                }
                (Some(s), None) => {
                    // The subject moves to the target when the pattern names the source.
                    if default_src != s {
                        tgt = default_src;
                    }
                    src = s;
                }
                (None, Some(tg)) => tgt = tg,
                (None, None) => {}
            }
            compound = m.compound;
        }
        let null_verb = code.as_deref().is_none_or(|c| c == "---") && code2.is_none();
        if t.is_negated(v) {
            if let Some(c) = &code {
                if let Some(n) = self.c.pico.negate(c) {
                    code = Some(n);
                }
            }
        }
        if let Some(mut e) = inner {
            if null_verb {
                if e.src.is_empty() {
                    e.src = src;
                }
                return Some(e);
            }
            let outer = code.clone().unwrap_or_default();
            let ic = e.code.clone().unwrap_or_default();
            let combined = self.c.pico.combine(&outer, &ic).unwrap_or(ic);
            let full = !e.src.is_empty() && !e.tgt.is_empty() && e.src != src;
            let (s, tg) = if full {
                (e.src, e.tgt)
            } else if !e.tgt.is_empty() {
                (if src.is_empty() { e.src } else { src }, e.tgt)
            } else if !src.is_empty() && !e.src.is_empty() && e.src != src {
                (src, e.src)
            } else {
                (if src.is_empty() { e.src } else { src }, tgt)
            };
            return Some(Ev {
                src: s,
                tgt: tg,
                code: Some(combined),
                code2: e.code2,
                compound: e.compound,
            });
        }
        if null_verb {
            return None;
        }
        if tgt.is_empty() {
            for &c in &clauses {
                tgt = self.clause_codes(c, 0);
                if !tgt.is_empty() {
                    break;
                }
            }
        }
        Some(Ev {
            src,
            tgt,
            code,
            code2,
            compound,
        })
    }

    // ----- patterns -----

    /// Words a pattern's post-verb part is matched against: the verb's
    /// subtree after the verb, minus its subject.
    fn lower_domain(&self, v: usize) -> Vec<usize> {
        let t = &self.t;
        let mut out = Vec::new();
        let mut st: Vec<usize> = t.kids[v]
            .iter()
            .copied()
            .filter(|&c| {
                c > v
                    && !matches!(
                        t.urel(c),
                        "nsubj" | "punct" | "parataxis" | "advcl" | "conj"
                    )
            })
            .chain(
                t.clauses(v)
                    .into_iter()
                    .filter(|&c| c > v && t.urel(c) == "advcl"),
            )
            .filter(|&c| !(t.rel[c] == "ccomp" && t.kids[c].iter().any(|&k| t.urel(k) == "nsubj")))
            .collect();
        while let Some(w) = st.pop() {
            if out.contains(&w) {
                continue;
            }
            out.push(w);
            st.extend(t.kids[w].iter().copied().filter(|&c| t.urel(c) != "punct"));
        }
        out.retain(|&w| w > v);
        out.sort_unstable();
        out
    }

    fn upper_domain(&self, v: usize) -> Vec<usize> {
        let t = &self.t;
        let mut out = Vec::new();
        for &c in &t.kids[v] {
            if c < v && t.urel(c) == "nsubj" {
                out.extend(t.subtree(c));
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn word_matches(&self, w: usize, pat: &str) -> bool {
        let p = pat.trim_end_matches('_').to_lowercase();
        if p.is_empty() {
            return false;
        }
        let f = &self.t.lower[w];
        if *f == p || self.t.lemma[w] == p {
            return true;
        }
        if pat.ends_with('_') {
            return false;
        }
        *f == format!("{p}s")
            || *f == format!("{p}es")
            || (ends_consonant_y(&p) && *f == format!("{}ies", &p[..p.len() - 1]))
    }

    /// Phrases a synset can stand for, as word lists (nested synsets expanded).
    fn synset_phrases(&self, file: usize, name: &str, depth: usize) -> Vec<Vec<String>> {
        let mut out = Vec::new();
        let Some(members) = self
            .lex()
            .petrarch_verbs()
            .get(file)
            .and_then(|f| f.synsets.get(name.trim_end_matches('_')))
        else {
            return out;
        };
        let no_plural = name.ends_with('_');
        for m in members {
            let m = m.trim_matches(|c| c == '(' || c == ')');
            if let Some(inner) = m.strip_prefix('&') {
                if depth < 4 {
                    out.extend(self.synset_phrases(file, &inner.to_uppercase(), depth + 1));
                }
                continue;
            }
            let mut ws: Vec<String> = m.split_whitespace().map(|w| w.to_string()).collect();
            if no_plural {
                if let Some(last) = ws.last_mut() {
                    last.push('_');
                }
            }
            if !ws.is_empty() {
                out.push(ws);
            }
        }
        out
    }

    /// Match one pattern token in `dom[pos..]`; returns the position after
    /// the match and the last word matched. `anchor` forces the first word
    /// matched to be that word index.
    #[allow(clippy::too_many_arguments)]
    fn match_tok(
        &self,
        tok: &PetrTok,
        dom: &[usize],
        pos: usize,
        anchor: Option<usize>,
        file: usize,
        m: &mut PatMatch,
        depth: usize,
    ) -> Option<(usize, usize)> {
        if depth > 6 {
            return None;
        }
        let t = &self.t;
        let starts: Vec<usize> = (pos..dom.len())
            .filter(|&k| anchor.is_none_or(|a| dom[k] == a))
            .collect();
        match tok {
            PetrTok::Word(w) => {
                for k in starts {
                    if self.word_matches(dom[k], w) {
                        m.score += 2;
                        return Some((k + 1, dom[k]));
                    }
                }
                None
            }
            PetrTok::Synset(name) => {
                let phrases = self.synset_phrases(file, name, 0);
                for k in starts {
                    let mut best: Option<usize> = None;
                    for ph in &phrases {
                        let ok = ph.iter().enumerate().all(|(j, pw)| {
                            dom.get(k + j)
                                .is_some_and(|&w| w == dom[k] + j && self.word_matches(w, pw))
                        });
                        if ok && best.is_none_or(|e| k + ph.len() > e) {
                            best = Some(k + ph.len());
                        }
                    }
                    if let Some(end) = best {
                        m.score += 2 * (end - k);
                        return Some((end, dom[end - 1]));
                    }
                }
                None
            }
            PetrTok::Phrase(inner) | PetrTok::Prep(inner) => {
                let is_phrase = matches!(tok, PetrTok::Phrase(_));
                let items: Vec<&PetrTok> = inner
                    .iter()
                    .filter(|x| !matches!(x, PetrTok::Join))
                    .collect();
                let Some((first, rest)) = items.split_first() else {
                    return Some((pos, anchor.unwrap_or(0)));
                };
                for k in starts {
                    let mut mm = m.clone();
                    let Some((mut p, mut lw)) =
                        self.match_tok(first, dom, k, Some(dom[k]), file, &mut mm, depth + 1)
                    else {
                        continue;
                    };
                    let mut ok = true;
                    for (j, it) in rest.iter().enumerate() {
                        // A phrase's head comes right after the word before it.
                        let adj = (is_phrase && j + 1 == rest.len()).then_some(lw + 1);
                        match self.match_tok(it, dom, p, adj, file, &mut mm, depth + 1) {
                            Some((np, l)) => {
                                p = np;
                                lw = l;
                            }
                            None => {
                                ok = false;
                                break;
                            }
                        }
                    }
                    if ok {
                        *m = mm;
                        return Some((p, lw));
                    }
                }
                None
            }
            PetrTok::Target | PetrTok::Source | PetrTok::Compound => {
                // `$` is the source, `+` the target (TABARI convention).
                for k in pos..dom.len() {
                    let w = dom[k];
                    if !self.is_np_head(w) {
                        continue;
                    }
                    let codes = self.arg_codes(w, false, 0);
                    if codes.is_empty() {
                        continue;
                    }
                    m.score += 1;
                    match tok {
                        PetrTok::Target => m.src = Some(codes),
                        PetrTok::Source => m.tgt = Some(codes),
                        _ => {}
                    }
                    let end = t.subtree(w).into_iter().max().unwrap_or(w);
                    let np = dom.iter().position(|&d| d > end).unwrap_or(dom.len());
                    return Some((np, w));
                }
                None
            }
            PetrTok::Skip => dom
                .iter()
                .enumerate()
                .skip(pos)
                .find(|&(_, &w)| self.is_np_head(w))
                .map(|(k, &w)| (k + 1, w)),
            PetrTok::Verb | PetrTok::Join => Some((pos, anchor.unwrap_or(0))),
        }
    }

    fn is_np_head(&self, w: usize) -> bool {
        let t = &self.t;
        is_nominal_pos(t.upos(w))
            && !matches!(t.urel(w), "compound" | "flat" | "fixed" | "goeswith")
    }

    fn match_pattern(&self, v: usize, p: &PetrVerbPattern, file: usize) -> Option<PatMatch> {
        let vpos = p.tokens.iter().position(|x| matches!(x, PetrTok::Verb))?;
        let (upper, lower) = (&p.tokens[..vpos], &p.tokens[vpos + 1..]);
        let mut m = PatMatch::default();
        // Post-verb part.
        let dom = self.lower_domain(v);
        let mut pos = 0;
        let mut join = false;
        let mut last: Option<usize> = None;
        for tok in lower {
            if matches!(tok, PetrTok::Join) {
                join = true;
                continue;
            }
            let adj = if join { last.map(|l| l + 1) } else { None };
            join = false;
            let (np, lw) = self.match_tok(tok, &dom, pos, adj, file, &mut m, 0)?;
            pos = np;
            last = Some(lw);
        }
        // Pre-verb part: the subject.
        if !upper.is_empty() {
            let t = &self.t;
            let subj = t.kids[v].iter().copied().find(|&c| t.urel(c) == "nsubj");
            let literal: Vec<&PetrTok> = upper
                .iter()
                .filter(|x| {
                    !matches!(
                        x,
                        PetrTok::Target
                            | PetrTok::Source
                            | PetrTok::Compound
                            | PetrTok::Skip
                            | PetrTok::Join
                    )
                })
                .collect();
            if !literal.is_empty() {
                let dom = self.upper_domain(v);
                let mut pos = 0;
                for tok in literal {
                    let (np, _) = self.match_tok(tok, &dom, pos, None, file, &mut m, 0)?;
                    pos = np;
                }
            }
            for tok in upper {
                match tok {
                    PetrTok::Compound => {
                        subj?;
                        let codes = self.arg_codes(subj?, true, 0);
                        if codes.len() < 2 {
                            return None;
                        }
                        m.src = Some(codes);
                        m.compound = true;
                        m.score += 1;
                    }
                    PetrTok::Target => {
                        let codes = self.subject_codes(v, 0);
                        if codes.is_empty() {
                            return None;
                        }
                        m.src = Some(codes);
                        m.score += 1;
                    }
                    PetrTok::Source => {
                        let codes = self.subject_codes(v, 0);
                        if codes.is_empty() {
                            return None;
                        }
                        m.tgt = Some(codes);
                        m.score += 1;
                    }
                    _ => {}
                }
            }
        }
        Some(m)
    }
}

/// `040:040` → (Some("040"), Some("040")); `:080` → (None, Some("080")).
fn split_pair(code: &str) -> (Option<String>, Option<String>) {
    let (a, b) = match code.split_once(':') {
        Some((a, b)) => (a.trim(), Some(b.trim())),
        None => (code.trim(), None),
    };
    (
        (!a.is_empty()).then(|| a.to_string()),
        b.filter(|b| !b.is_empty()).map(str::to_string),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_forms_follow_petrarch() {
        let f = regular_verb_forms("depart");
        assert!(f.contains(&"departs".to_string()) && f.contains(&"departed".to_string()));
        assert!(!f.contains(&"departes".to_string()));
        assert!(regular_verb_forms("deplore").contains(&"deplored".to_string()));
        assert!(regular_verb_forms("deny").contains(&"denies".to_string()));
        assert_eq!(form_verb_word("+BROKE_DOWN"), "broke");
        assert_eq!(form_verb_word("WIRE_+TAPPED"), "tapped");
    }

    #[test]
    fn agents_are_not_repeated() {
        assert_eq!(
            compose(&[], "HGWGOVMED", &["GOV".into(), "GOVMED".into()]),
            "HGWGOVMED"
        );
        assert_eq!(
            compose(&["NGO".into()], "ARN", &["GOV".into()]),
            "NGOARNGOV"
        );
        assert_eq!(compose(&[], "---", &["REL".into()]), "---REL");
    }

    #[test]
    fn paired_codes_split() {
        assert_eq!(
            split_pair("040:040"),
            (Some("040".into()), Some("040".into()))
        );
        assert_eq!(split_pair(":080"), (None, Some("080".into())));
        assert_eq!(split_pair("050"), (Some("050".into()), None));
    }
}
