//! The phrase matcher: a token trie over interned, lowercased words.
//!
//! Edges are keyed on (node, word id, case flag) in one hash map with a cheap
//! multiplicative hash. Acronym words ("UN", "US", "IS") get case-sensitive
//! edges that only match all-uppercase text; other words match
//! case-insensitively. The last word of a phrase may also match through the
//! lemma, a stripped plural or a stripped possessive.

use serde::Serialize;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Index of an actor entry in a [`crate::Lexicon`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct EntryId(pub u32);

/// Index of an agent entry in a [`crate::Lexicon`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct AgentId(pub u32);

/// What a matched phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum MatchKind {
    /// A name of a country, IGO, group, person or actor.
    Actor(EntryId),
    /// A capital standing for its country's government.
    Capital(EntryId),
    /// A country adjective or demonym.
    CountryAdj(EntryId),
    /// A generic agent noun.
    Agent(AgentId),
}

/// A phrase found in a sentence: word indices `[start, end)` and what it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PhraseMatch {
    /// First word.
    pub start: usize,
    /// One past the last word.
    pub end: usize,
    /// The best hit (actor names before capitals, adjectives and agents).
    pub hit: MatchKind,
}

/// FNV-style hasher for small integer and short string keys.
#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0 ^ 0xcbf2_9ce4_8422_2325;
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(29);
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(n as u64);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

const ROOT: u32 = 0;
const NO_WORD: u32 = u32::MAX;

/// English words that PETRARCH lists as upper-case names but that must only
/// match upper-case text ("US", "IS", "WHO").
const COMMON_WORDS: &[&str] = &[
    "a", "am", "an", "and", "are", "as", "at", "be", "but", "by", "do", "for", "go", "he", "her",
    "his", "i", "if", "in", "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our",
    "so", "the", "to", "up", "us", "was", "we", "who", "all", "can", "may", "will", "aim", "arm",
    "art", "act", "add", "age", "aid", "air", "cap", "era", "fair", "hope", "just", "men", "new",
    "now", "one", "out", "pan", "run", "sun", "ten", "top", "war", "way", "win", "yes", "you",
];

/// The trie.
#[derive(Debug, Default, Clone)]
pub(crate) struct Matcher {
    vocab: FastMap<Box<str>, u32>,
    edges: FastMap<u64, u32>,
    /// Per node: range into `hits` (start, len).
    node_hits: Vec<(u32, u32)>,
    hits: Vec<MatchKind>,
    /// Build-time hit lists, flattened by `finish`.
    pending: Vec<Vec<MatchKind>>,
}

fn edge_key(node: u32, word: u32, sensitive: bool) -> u64 {
    ((node as u64) << 33) | ((word as u64) << 1) | sensitive as u64
}

fn priority(k: &MatchKind) -> u8 {
    match k {
        MatchKind::Actor(_) => 0,
        MatchKind::Capital(_) => 1,
        MatchKind::CountryAdj(_) => 2,
        MatchKind::Agent(_) => 3,
    }
}

/// Is the word written as an acronym (2–5 capital letters)?
fn is_acronym(w: &str) -> bool {
    (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

fn is_upper_word(w: &str) -> bool {
    let mut any = false;
    for c in w.chars() {
        if c.is_lowercase() {
            return false;
        }
        any |= c.is_uppercase();
    }
    any
}

impl Matcher {
    pub fn new() -> Matcher {
        Matcher {
            pending: vec![Vec::new()],
            ..Default::default()
        }
    }

    fn intern(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.vocab.get(w) {
            return id;
        }
        let id = self.vocab.len() as u32;
        self.vocab.insert(w.into(), id);
        id
    }

    /// Insert a phrase. `petrarch`: the phrase comes from an all-uppercase
    /// PETRARCH file, so only [`COMMON_WORDS`] single-word names are treated as acronyms.
    pub fn insert(&mut self, phrase: &str, hit: MatchKind, petrarch: bool) {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        self.insert_variants(&words, hit, petrarch);
        // Text splits most hyphenated words ("Jean - Noel Barrot", "al -
        // Shabaab"); the dictionary writes them whole.
        let mut split: Vec<&str> = Vec::with_capacity(words.len() + 4);
        for w in &words {
            let mut parts = w.split('-').peekable();
            if w.len() < 3 || w.starts_with('-') || w.ends_with('-') {
                split.push(w);
                continue;
            }
            while let Some(p) = parts.next() {
                split.push(p);
                if parts.peek().is_some() {
                    split.push("-");
                }
            }
        }
        if split.len() > words.len() {
            self.insert_variants(&split, hit, petrarch);
        }
        // A plural possessive is split too: "Workers' Party" is "Workers '
        // Party" in text.
        if words.iter().any(|w| w.len() > 2 && w.ends_with("s'")) {
            let apostrophe: Vec<&str> = words
                .iter()
                .flat_map(|w| match w.strip_suffix('\'') {
                    Some(stem) if w.len() > 2 && stem.ends_with('s') => vec![stem, "'"],
                    _ => vec![*w],
                })
                .collect();
            self.insert_variants(&apostrophe, hit, petrarch);
        }
    }

    /// One spelling of a phrase, with its optional leading "the" and its
    /// inner possessives split off.
    fn insert_variants(&mut self, words: &[&str], hit: MatchKind, petrarch: bool) {
        if words.is_empty() {
            return;
        }
        self.insert_words(words, hit, petrarch);
        // Leading "the" is optional in text.
        if words.len() > 1 && words[0].eq_ignore_ascii_case("the") {
            self.insert_words(&words[1..], hit, petrarch);
        }
        // A possessive inside a name ("Tigray People's Liberation Front")
        // is its own token in text ("People", "'s").
        let last = words.len() - 1;
        if words[..last]
            .iter()
            .any(|w| w.ends_with("'s") || w.ends_with("\u{2019}s"))
        {
            let mut split: Vec<&str> = Vec::with_capacity(words.len() + 2);
            for (k, w) in words.iter().enumerate() {
                match w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")) {
                    Some(stem) if k < last && !stem.is_empty() => {
                        split.push(stem);
                        split.push("'s");
                    }
                    _ => split.push(w),
                }
            }
            self.insert_words(&split, hit, petrarch);
            if split.len() > 1 && split[0].eq_ignore_ascii_case("the") {
                self.insert_words(&split[1..], hit, petrarch);
            }
        }
    }

    fn insert_words(&mut self, words: &[&str], hit: MatchKind, petrarch: bool) {
        let mut node = ROOT;
        let single = words.len() == 1;
        for w in words {
            let lower = w.to_lowercase();
            let sensitive = if petrarch {
                single && COMMON_WORDS.contains(&lower.as_str())
            } else {
                is_acronym(w)
            };
            let id = self.intern(&lower);
            let key = edge_key(node, id, sensitive);
            node = match self.edges.get(&key) {
                Some(&n) => n,
                None => {
                    let n = self.pending.len() as u32;
                    self.pending.push(Vec::new());
                    self.edges.insert(key, n);
                    n
                }
            };
        }
        let list = &mut self.pending[node as usize];
        if !list.contains(&hit) {
            list.push(hit);
        }
    }

    /// Flatten the hit lists; call once after all inserts.
    pub fn finish(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        self.node_hits = Vec::with_capacity(pending.len());
        for mut list in pending {
            list.sort_by_key(priority);
            self.node_hits
                .push((self.hits.len() as u32, list.len() as u32));
            self.hits.extend(list);
        }
    }

    fn node_hits(&self, node: u32) -> &[MatchKind] {
        match self.node_hits.get(node as usize) {
            Some(&(s, l)) => &self.hits[s as usize..(s + l) as usize],
            None => &[],
        }
    }

    fn step(&self, node: u32, word: u32, upper: bool) -> Option<u32> {
        if word == NO_WORD {
            return None;
        }
        if let Some(&n) = self.edges.get(&edge_key(node, word, false)) {
            return Some(n);
        }
        if upper {
            return self.edges.get(&edge_key(node, word, true)).copied();
        }
        None
    }

    fn id_of(&self, buf: &str) -> u32 {
        self.vocab.get(buf).copied().unwrap_or(NO_WORD)
    }

    /// Word ids for one text word: surface, and up to two end-only alternatives
    /// (lemma or stripped plural, stripped possessive).
    fn word_ids(
        &self,
        word: &str,
        lemma: Option<&str>,
        buf: &mut String,
        lbuf: &mut String,
    ) -> [u32; 3] {
        buf.clear();
        for c in word.chars() {
            if c.is_ascii() {
                buf.push(c.to_ascii_lowercase());
            } else {
                buf.extend(c.to_lowercase());
            }
        }
        let surface = self.id_of(buf);
        let mut alt1 = NO_WORD;
        let mut alt2 = NO_WORD;
        if let Some(l) = lemma {
            if !l.eq_ignore_ascii_case(word) {
                lbuf.clear();
                lbuf.extend(l.chars().flat_map(char::to_lowercase));
                alt1 = self.id_of(lbuf);
            }
        }
        let b = buf.as_str();
        if let Some(stem) = b
            .strip_suffix("'s")
            .or_else(|| b.strip_suffix("\u{2019}s"))
            .or_else(|| b.strip_suffix('\''))
        {
            alt2 = self.id_of(stem);
        }
        if alt1 == NO_WORD && b.len() > 3 {
            if let Some(stem) = b.strip_suffix("ies") {
                lbuf.clear();
                lbuf.push_str(stem);
                lbuf.push('y');
                alt1 = self.id_of(lbuf);
            }
            if alt1 == NO_WORD {
                if let Some(stem) = b.strip_suffix("es") {
                    alt1 = self.id_of(stem);
                }
            }
            if alt1 == NO_WORD && !b.ends_with("ss") {
                if let Some(stem) = b.strip_suffix('s') {
                    alt1 = self.id_of(stem);
                }
            }
        }
        [surface, alt1, alt2]
    }

    /// Longest-match, left-to-right, non-overlapping phrase matching.
    pub fn match_phrases(&self, words: &[&str], lemmas: &[&str]) -> Vec<PhraseMatch> {
        let n = words.len();
        let mut out = Vec::new();
        if n == 0 || self.node_hits.is_empty() {
            return out;
        }
        let mut buf = String::with_capacity(32);
        let mut lbuf = String::with_capacity(32);
        let mut ids: Vec<([u32; 3], bool)> = Vec::with_capacity(n);
        for (k, w) in words.iter().enumerate() {
            let lemma = lemmas
                .get(k)
                .copied()
                .filter(|l| !l.is_empty() && *l != "_");
            ids.push((
                self.word_ids(w, lemma, &mut buf, &mut lbuf),
                is_upper_word(w),
            ));
        }
        let mut start = 0;
        while start < n {
            let mut best: Option<(usize, u32)> = None;
            let mut node = ROOT;
            for (j, &(wid, upper)) in ids.iter().enumerate().skip(start) {
                // End-only alternatives.
                for &alt in &wid[1..] {
                    if let Some(c) = self.step(node, alt, upper) {
                        if !self.node_hits(c).is_empty() {
                            best = Some((j + 1, c));
                        }
                    }
                }
                match self.step(node, wid[0], upper) {
                    Some(c) => {
                        if !self.node_hits(c).is_empty() {
                            best = Some((j + 1, c));
                        }
                        node = c;
                    }
                    None => break,
                }
            }
            match best {
                Some((end, node)) => {
                    if let Some(&hit) = self.node_hits(node).first() {
                        out.push(PhraseMatch { start, end, hit });
                    }
                    start = end;
                }
                None => start += 1,
            }
        }
        self.shared_heads(words, &mut out);
        out
    }

    /// "North and South Korea", "East and West Germany": a capitalised word
    /// before "and" that can take the first word's place in the name after
    /// it names a second actor (if that name is in the dictionary).
    fn shared_heads(&self, words: &[&str], out: &mut Vec<PhraseMatch>) {
        let mut found = Vec::new();
        for m in out.iter() {
            let s = m.start;
            if m.end < s + 2 || s < 2 || !matches!(words[s - 1], "and" | "or") {
                continue;
            }
            let w = words[s - 2];
            if !w.starts_with(|c: char| c.is_uppercase())
                || out.iter().any(|o| o.start <= s - 2 && s - 2 < o.end)
            {
                continue;
            }
            let mut phrase = w.to_string();
            for x in &words[s + 1..m.end] {
                phrase.push(' ');
                phrase.push_str(x);
            }
            if let Some(&hit) = self.exact(&phrase).first() {
                if matches!(hit, MatchKind::Actor(_)) {
                    found.push(PhraseMatch {
                        start: s - 2,
                        end: s - 1,
                        hit,
                    });
                }
            }
        }
        if !found.is_empty() {
            out.extend(found);
            out.sort_by_key(|m| m.start);
        }
    }

    /// Every hit for exactly this phrase (whitespace-separated words).
    pub fn exact(&self, phrase: &str) -> &[MatchKind] {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        if words.is_empty() {
            return &[];
        }
        let mut buf = String::new();
        let mut lbuf = String::new();
        let mut node = ROOT;
        let last = words.len() - 1;
        for (k, w) in words.iter().enumerate() {
            let wid = self.word_ids(w, None, &mut buf, &mut lbuf);
            let upper = is_upper_word(w);
            match self.step(node, wid[0], upper) {
                Some(c) => node = c,
                None if k == last => {
                    for &alt in &wid[1..] {
                        if let Some(c) = self.step(node, alt, upper) {
                            return self.node_hits(c);
                        }
                    }
                    return &[];
                }
                None => return &[],
            }
        }
        self.node_hits(node)
    }

    /// Number of trie nodes.
    pub fn nodes(&self) -> usize {
        self.node_hits.len()
    }
}
