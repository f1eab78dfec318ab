//! A dependency tree over one sentence, with the small queries the coder needs.

/// One word of a parsed sentence, as the coder sees it.
///
/// `head` is 1-based (0 = root), as in CoNLL-U; `start`/`end` are byte offsets
/// into the sentence text the coder is given.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub head: usize,
    pub deprel: String,
    pub start: u32,
    pub end: u32,
}

/// Relations of `words`, with one repair: a proper noun attached as `conj` to
/// a proper noun with no conjunction or punctuation anywhere between them is
/// part of one name, not a coordination ("Bree Prime Minister Romendacil",
/// "Turkish President Erdogan" misparsed as two conjuncts) — `flat`.
pub(crate) fn repaired_relations(words: &[Word]) -> Vec<String> {
    let n = words.len();
    (0..n)
        .map(|i| {
            let w = &words[i];
            let h = w.head.wrapping_sub(1);
            let bare_conj = w.deprel.split(':').next() == Some("conj")
                && h < n
                && h != i
                && w.upos == "PROPN"
                && words[h].upos == "PROPN"
                && !words.iter().any(|c| c.head == i + 1 && c.deprel == "cc")
                && (h.min(i) + 1..h.max(i)).all(|k| {
                    // UD v1 parses (UDPipe 1, 2.0 models) tag conjunctions CONJ.
                    !matches!(words[k].upos.as_str(), "PUNCT" | "CCONJ" | "CONJ")
                        && words[k].xpos != "CC"
                });
            if bare_conj {
                "flat".to_string()
            } else {
                w.deprel.clone()
            }
        })
        .collect()
}

/// Lowercased forms, and lowercased lemmas (the form where the lemma is missing).
pub(crate) fn lowercase_forms_and_lemmas(words: &[Word]) -> (Vec<String>, Vec<String>) {
    let lower = words.iter().map(|w| w.form.to_lowercase()).collect();
    let lemma = words
        .iter()
        .map(|w| {
            if w.lemma.is_empty() || w.lemma == "_" {
                w.form.to_lowercase()
            } else {
                w.lemma.to_lowercase()
            }
        })
        .collect();
    (lower, lemma)
}

/// Children lists and convenience queries over a slice of [`Word`]s.
pub(crate) struct Tree<'a> {
    pub words: &'a [Word],
    /// Relations after [`repaired_relations`].
    rels: Vec<String>,
    children: Vec<Vec<usize>>,
    /// Lowercased forms, for matching.
    pub lower: Vec<String>,
    /// Lowercased lemmas.
    pub lemma: Vec<String>,
}

impl<'a> Tree<'a> {
    pub fn new(words: &'a [Word]) -> Tree<'a> {
        let n = words.len();
        let mut children = vec![Vec::new(); n];
        for (i, w) in words.iter().enumerate() {
            // Heads outside the sentence (malformed input) are treated as root.
            if w.head >= 1 && w.head <= n && w.head - 1 != i {
                children[w.head - 1].push(i);
            }
        }
        let (lower, lemma) = lowercase_forms_and_lemmas(words);
        Tree {
            words,
            rels: repaired_relations(words),
            children,
            lower,
            lemma,
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn head(&self, i: usize) -> Option<usize> {
        let h = self.words[i].head;
        (h >= 1 && h <= self.len() && h - 1 != i).then(|| h - 1)
    }

    pub fn children(&self, i: usize) -> &[usize] {
        &self.children[i]
    }

    /// The universal part of the relation (`nsubj:pass` → `nsubj`).
    pub fn rel(&self, i: usize) -> &str {
        let d = self.rels[i].as_str();
        d.split(':').next().unwrap_or(d)
    }

    /// The full relation including its subtype.
    pub fn full_rel(&self, i: usize) -> &str {
        self.rels[i].as_str()
    }

    pub fn upos(&self, i: usize) -> &str {
        self.words[i].upos.as_str()
    }

    /// Children of `i` with the given full relation (or universal relation when `rel` has no colon).
    pub fn kids<'s>(&'s self, i: usize, rel: &'s str) -> impl Iterator<Item = usize> + 's {
        let exact = rel.contains(':');
        self.children[i].iter().copied().filter(move |&c| {
            if exact {
                self.full_rel(c) == rel
            } else {
                self.full_rel(c) == rel
                    || (self.rel(c) == rel
                        && !self.full_rel(c).starts_with("nsubj:pass")
                        && !self.full_rel(c).starts_with("obl:agent"))
            }
        })
    }

    pub fn kid(&self, i: usize, rel: &str) -> Option<usize> {
        self.kids(i, rel).next()
    }

    /// The lemma of the `case` (preposition) child of `i`, if any; multiword
    /// cases ("on behalf of", "because of") join with spaces.
    pub fn case_of(&self, i: usize) -> Option<String> {
        let mut parts: Vec<usize> = self.children[i]
            .iter()
            .copied()
            .filter(|&c| self.rel(c) == "case")
            .collect();
        if parts.is_empty() {
            return None;
        }
        parts.sort_unstable();
        // Include fixed children of the case word ("because of").
        let mut words: Vec<usize> = Vec::new();
        for p in parts {
            words.push(p);
            words.extend(
                self.children[p]
                    .iter()
                    .copied()
                    .filter(|&c| self.rel(c) == "fixed"),
            );
        }
        words.sort_unstable();
        // (Forms, not lemmas: "following" as a preposition is lemmatised
        // as the verb "follow".)
        let s: Vec<&str> = words.iter().map(|&w| self.lower[w].as_str()).collect();
        Some(s.join(" "))
    }

    /// True when the word has a negation dependent ("not", "n't", "never", "no").
    pub fn is_negated(&self, i: usize) -> bool {
        self.children[i].iter().any(|&c| {
            let l = self.lemma[c].as_str();
            (self.rel(c) == "advmod" || self.rel(c) == "neg" || self.rel(c) == "det")
                && matches!(l, "not" | "n't" | "never" | "no")
                || self.lower[c] == "n't"
        }) || self.yet_to(i)
    }

    /// "has yet to visit North Korea", "is yet to receive the wheat": not
    /// done so far.
    fn yet_to(&self, i: usize) -> bool {
        let marked_to = self.children[i]
            .iter()
            .any(|&c| self.rel(c) == "mark" && self.lower[c] == "to");
        let yet = |w: usize| {
            self.children[w]
                .iter()
                .any(|&c| self.rel(c) == "advmod" && self.lower[c] == "yet")
        };
        marked_to
            && (yet(i)
                || self
                    .head(i)
                    .is_some_and(|h| matches!(self.lemma[h].as_str(), "have" | "be") && yet(h)))
    }

    /// Lemmas of auxiliary children (`aux`, not `aux:pass`).
    pub fn aux_lemmas(&self, i: usize) -> Vec<&str> {
        self.children[i]
            .iter()
            .copied()
            .filter(|&c| self.full_rel(c) == "aux")
            .map(|c| self.lemma[c].as_str())
            .collect()
    }

    pub fn is_passive(&self, i: usize) -> bool {
        self.children[i]
            .iter()
            .any(|&c| self.full_rel(c) == "aux:pass" || self.full_rel(c) == "nsubj:pass")
    }

    /// Depth-limited ancestry check: is `a` an ancestor of `d`?
    /// Whether word `i` is inside a relative clause (itself or an ancestor
    /// is an `acl:relcl`).
    pub fn in_relative_clause(&self, mut i: usize) -> bool {
        for _ in 0..self.len() {
            if self.full_rel(i) == "acl:relcl" {
                return true;
            }
            match self.head(i) {
                Some(h) => i = h,
                None => return false,
            }
        }
        false
    }

    pub fn is_ancestor(&self, a: usize, mut d: usize) -> bool {
        for _ in 0..self.len() {
            match self.head(d) {
                Some(h) if h == a => return true,
                Some(h) => d = h,
                None => return false,
            }
        }
        false
    }
}
