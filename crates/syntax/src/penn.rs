//! Penn Treebank constituency trees → UD-style basic dependencies.
//!
//! Content-word heads as UD wants them: nouns head their determiners and
//! prepositions (`case`), main verbs head auxiliaries and copulas, the first
//! conjunct heads a coordination. Head finding is Collins/Stanford-style, per
//! phrase label; relation labels come from the phrase configuration, then a
//! dependency-level pass marks passives (`nsubj:pass`, `aux:pass`,
//! `obl:agent`). Relation names follow UD English EWT 2.16, the parser's
//! treebank: bare-NP modifiers (`NP-TMP`, `NP-ADV`) are `obl:unmarked` /
//! `nmod:unmarked` (older releases: `obl:tmod`, `obl:npmod`). Multi-word
//! names stay `compound` (EWT uses head-first `flat`). Surplus or missing
//! closing brackets at the end of a tree are tolerated (PETRARCH's own files
//! contain both). Iterative throughout: deep trees cannot overflow the stack.

use crate::lemma::Lemmatizer;
use crate::types::{ParsedSentence, SyntaxError, Word};

#[derive(Debug, Clone, Default)]
struct Node {
    label: String,
    func: String,
    children: Vec<usize>,
    leaf: Option<usize>,
    head_child: usize,
    head_leaf: usize,
    /// Has at least one (non-empty) word below it.
    live: bool,
}

struct Tree {
    nodes: Vec<Node>,
    words: Vec<(String, String)>,
}

fn is_space(b: u8) -> bool {
    b.is_ascii_whitespace()
}

fn normalise_tag(tag: &str) -> String {
    match tag {
        "AUXB" => "VB".into(),
        "AUXD" => "VBD".into(),
        "AUXG" => "VBG".into(),
        "AUXP" => "VBN".into(),
        "AUXZ" => "VBZ".into(),
        _ => tag.to_string(),
    }
}

fn split_label(raw: &str) -> (String, String) {
    if raw.starts_with('-') {
        // -LRB-, -NONE-, ...
        return (raw.to_string(), String::new());
    }
    let base = raw.split(['=']).next().unwrap_or(raw);
    match base.split_once('-') {
        Some((a, f)) if !a.is_empty() => (a.to_string(), f.to_string()),
        _ => (base.to_string(), String::new()),
    }
}

fn parse_tree(text: &str) -> Result<Tree, SyntaxError> {
    let b = text.as_bytes();
    let mut nodes: Vec<Node> = Vec::new();
    let mut words: Vec<(String, String)> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut i = 0;
    let err = |offset: usize, message: &str| SyntaxError::Penn {
        offset,
        message: message.to_string(),
    };
    let mut closed_top = false;
    while i < b.len() {
        let c = b[i];
        if is_space(c) {
            i += 1;
            continue;
        }
        if c == b'(' {
            if closed_top && stack.is_empty() {
                return Err(err(i, "text after the end of the tree"));
            }
            i += 1;
            let start = i;
            while i < b.len() && !is_space(b[i]) && b[i] != b'(' && b[i] != b')' {
                i += 1;
            }
            let raw = &text[start..i];
            while i < b.len() && is_space(b[i]) {
                i += 1;
            }
            let idx = nodes.len();
            if i < b.len() && b[i] != b'(' && b[i] != b')' {
                // Leaf: (TAG word)
                let ws = i;
                while i < b.len() && b[i] != b')' && !is_space(b[i]) {
                    i += 1;
                }
                let word = text[ws..i].to_string();
                while i < b.len() && is_space(b[i]) {
                    i += 1;
                }
                if i >= b.len() || b[i] != b')' {
                    return Err(err(i, "expected ')' after a word"));
                }
                i += 1;
                let tag = normalise_tag(raw);
                let live = tag != "-NONE-";
                let leaf = if live {
                    words.push((word, tag.clone()));
                    Some(words.len() - 1)
                } else {
                    None
                };
                nodes.push(Node {
                    label: tag,
                    leaf,
                    head_leaf: leaf.unwrap_or(0),
                    live,
                    ..Default::default()
                });
                match stack.last() {
                    Some(&p) => nodes[p].children.push(idx),
                    None => return Err(err(ws, "word outside any bracket")),
                }
            } else {
                let (label, func) = split_label(raw);
                nodes.push(Node {
                    label: if label.is_empty() {
                        "ROOT".into()
                    } else {
                        label
                    },
                    func,
                    ..Default::default()
                });
                if let Some(&p) = stack.last() {
                    nodes[p].children.push(idx);
                }
                stack.push(idx);
            }
        } else if c == b')' {
            if stack.pop().is_none() {
                // Surplus closing brackets after a complete tree occur in
                // real files (two of PETRARCH's unit-test trees): ignore them.
                if !closed_top {
                    return Err(err(i, "unbalanced ')'"));
                }
            }
            if stack.is_empty() {
                closed_top = true;
            }
            i += 1;
        } else {
            return Err(err(i, "unexpected text outside brackets"));
        }
    }
    // Missing closing brackets at the end (also seen in PETRARCH's files)
    // close implicitly: the bracketing so far is all there is.
    if words.is_empty() {
        return Err(err(0, "tree has no words"));
    }
    Ok(Tree { nodes, words })
}

fn is_punct_tag(t: &str) -> bool {
    matches!(
        t,
        "," | "." | ":" | "``" | "''" | "-LRB-" | "-RRB-" | "#" | "HYPH" | "NFP"
    )
}

fn is_verb_tag(t: &str) -> bool {
    t.starts_with("VB") || t == "MD"
}

fn is_noun_tag(t: &str) -> bool {
    t.starts_with("NN") || t == "PRP" || t == "CD" || t == "EX" || t == "WP" || t == "DT"
}

const BE: &[&str] = &[
    "be", "is", "are", "was", "were", "am", "been", "being", "'s", "'re", "'m",
];
const HAVE: &[&str] = &["have", "has", "had", "having", "'ve", "'d"];
const DO: &[&str] = &["do", "does", "did"];

fn lower(s: &str) -> String {
    s.to_lowercase()
}

struct Ctx<'a> {
    t: &'a Tree,
}

impl Ctx<'_> {
    fn node(&self, i: usize) -> &Node {
        &self.t.nodes[i]
    }
    fn label(&self, i: usize) -> &str {
        &self.t.nodes[i].label
    }
    fn head_tag(&self, i: usize) -> &str {
        &self.t.words[self.t.nodes[i].head_leaf].1
    }
    fn head_word(&self, i: usize) -> String {
        lower(&self.t.words[self.t.nodes[i].head_leaf].0)
    }
    fn is_punct(&self, i: usize) -> bool {
        self.node(i).leaf.is_some() && is_punct_tag(self.label(i))
    }
}

/// Index (into `kids`) of the coordination's first conjunct, if `kids` is a
/// coordination (a CC/CONJP strictly inside, with content on both sides).
fn coordination(cx: &Ctx, kids: &[usize]) -> Option<usize> {
    let content: Vec<usize> = (0..kids.len()).filter(|&k| !cx.is_punct(kids[k])).collect();
    let first = *content.first()?;
    let last = *content.last()?;
    let has_cc = content
        .iter()
        .any(|&k| k > first && k < last && matches!(cx.label(kids[k]), "CC" | "CONJP"));
    if !has_cc || matches!(cx.label(kids[first]), "CC" | "CONJP" | "DT" | "RB" | "ADVP") {
        return None;
    }
    Some(first)
}

fn find(
    cx: &Ctx,
    kids: &[usize],
    left_to_right: bool,
    pred: impl Fn(&str) -> bool,
) -> Option<usize> {
    let it: Box<dyn Iterator<Item = usize>> = if left_to_right {
        Box::new(0..kids.len())
    } else {
        Box::new((0..kids.len()).rev())
    };
    let mut it = it;
    it.find(|&k| pred(cx.label(kids[k])))
}

fn find_list(cx: &Ctx, kids: &[usize], left_to_right: bool, labels: &[&str]) -> Option<usize> {
    for l in labels {
        if let Some(k) = find(cx, kids, left_to_right, |x| x == *l) {
            return Some(k);
        }
    }
    None
}

/// Choose the head child (index into `kids`).
fn head_child(cx: &Ctx, label: &str, kids: &[usize]) -> usize {
    if kids.len() == 1 {
        return 0;
    }
    if let Some(k) = coordination(cx, kids) {
        return k;
    }
    let first_content = (0..kids.len())
        .find(|&k| !cx.is_punct(kids[k]))
        .unwrap_or(0);
    let r = match label {
        "S" | "SQ" | "SINV" => find_list(
            cx,
            kids,
            true,
            &["VP", "S", "SQ", "SINV", "SBAR", "ADJP", "UCP", "NP", "PP"],
        )
        .or_else(|| find(cx, kids, true, is_verb_tag)),
        "SBAR" | "SBARQ" => find_list(
            cx,
            kids,
            true,
            &["S", "SQ", "SINV", "SBAR", "SBARQ", "FRAG", "VP", "NP"],
        ),
        "VP" => vp_head(cx, kids),
        "NP" | "NX" | "NML" | "WHNP" => np_head(cx, kids),
        "PP" | "WHPP" => {
            let p = find(cx, kids, true, |x| {
                matches!(x, "IN" | "TO" | "VBG" | "VBN" | "RP" | "FW")
            });
            let obj = (p.map_or(0, |p| p + 1)..kids.len()).find(|&k| {
                matches!(
                    cx.label(kids[k]),
                    "NP" | "WHNP"
                        | "S"
                        | "SBAR"
                        | "ADJP"
                        | "ADVP"
                        | "PP"
                        | "QP"
                        | "NML"
                        | "SQ"
                        | "UCP"
                ) || is_noun_tag(cx.label(kids[k]))
            });
            obj.or(p)
        }
        "ADJP" | "WHADJP" => find(cx, kids, true, |x| {
            x.starts_with("JJ") || x == "VBN" || x == "VBG"
        })
        .or_else(|| {
            find_list(
                cx,
                kids,
                true,
                &["ADJP", "NNS", "NN", "QP", "CD", "ADVP", "RB"],
            )
        }),
        "ADVP" | "WHADVP" => find(cx, kids, false, |x| x.starts_with("RB") || x == "WRB")
            .or_else(|| find_list(cx, kids, false, &["ADVP", "JJ", "IN", "NP", "NN", "CD"])),
        "QP" => find(cx, kids, false, |x| x == "CD")
            .or_else(|| find_list(cx, kids, true, &["$", "NNS", "NN", "JJ"])),
        "PRT" => find(cx, kids, true, |x| x == "RP"),
        "CONJP" => find_list(cx, kids, true, &["CC", "RB", "IN"]),
        _ => None,
    };
    r.unwrap_or(first_content)
}

fn vp_head(cx: &Ctx, kids: &[usize]) -> Option<usize> {
    let verb = find(cx, kids, true, |x| is_verb_tag(x) || x == "TO");
    let after = verb.map_or(0, |v| v + 1);
    // Auxiliary + VP complement: the complement is the head.
    if let Some(v) = verb {
        let vt = cx.label(kids[v]);
        let w = cx.head_word(kids[v]);
        let aux_like = vt == "MD"
            || vt == "TO"
            || BE.contains(&w.as_str())
            || HAVE.contains(&w.as_str())
            || DO.contains(&w.as_str())
            || w == "get"
            || w == "got"
            || w == "gets"
            || w == "getting";
        if aux_like {
            if let Some(k) = (after..kids.len()).find(|&k| cx.label(kids[k]) == "VP") {
                return Some(k);
            }
        }
        // Copula: be + predicate, no verbal complement.
        if BE.contains(&w.as_str()) {
            if let Some(k) = (after..kids.len())
                .find(|&k| matches!(cx.label(kids[k]), "NP" | "ADJP" | "PP" | "ADVP" | "UCP"))
            {
                let fun = &cx.node(kids[k]).func;
                if fun != "TMP" && fun != "ADV" {
                    return Some(k);
                }
            }
        }
        return Some(v);
    }
    find_list(cx, kids, true, &["VP", "ADJP", "NP"])
}

fn np_head(cx: &Ctx, kids: &[usize]) -> Option<usize> {
    let last = kids.len() - 1;
    // Possessive NP: the possessor noun is the head; POS becomes case.
    let pos = cx.label(kids[last]) == "POS";
    let end = if pos { last } else { kids.len() };
    let sub = &kids[..end];
    // NP -> NP (PP|SBAR|VP|, NP|...) : the first NP heads.
    if let Some(k) = find(cx, sub, true, |x| x == "NP" || x == "NML") {
        let only_pre =
            (0..k).all(|j| matches!(cx.label(sub[j]), "DT" | "PDT" | "CC" | "``" | "RB"));
        let possessor = cx
            .node(sub[k])
            .children
            .last()
            .is_some_and(|&c| cx.label(c) == "POS");
        let nouns_follow = (k + 1..sub.len()).any(|j| {
            let l = cx.label(sub[j]);
            l.starts_with("NN") || l.starts_with("JJ") || l == "CD"
        });
        if only_pre && !possessor && !nouns_follow && k + 1 < sub.len() {
            return Some(k);
        }
    }
    find(cx, sub, false, |x| {
        x.starts_with("NN") || x == "NX" || x == "NML"
    })
    .or_else(|| find(cx, sub, true, |x| x == "NP"))
    .or_else(|| {
        find(cx, sub, false, |x| {
            matches!(x, "PRP" | "WP" | "EX" | "$" | "ADJP" | "PRN")
        })
    })
    .or_else(|| find(cx, sub, false, |x| matches!(x, "CD" | "QP")))
    .or_else(|| {
        find(cx, sub, false, |x| {
            x.starts_with("JJ") || x == "RB" || x == "VBG"
        })
    })
    .or_else(|| find(cx, sub, false, |x| matches!(x, "DT" | "WDT")))
    .or_else(|| (0..sub.len()).rev().find(|&k| !cx.is_punct(sub[k])))
}

fn has_subject(cx: &Ctx, s: usize) -> bool {
    let n = cx.node(s);
    if n.label == "SBAR" {
        return n
            .children
            .iter()
            .any(|&c| cx.label(c) == "S" && has_subject(cx, c))
            || n.children.iter().any(|&c| cx.label(c).starts_with("WH"));
    }
    n.children.iter().any(|&c| cx.label(c) == "NP")
}

fn complementizer(cx: &Ctx, sbar: usize) -> Option<String> {
    cx.node(sbar)
        .children
        .iter()
        .find(|&&c| matches!(cx.label(c), "IN" | "DT"))
        .map(|&c| cx.head_word(c))
}

const SAY: &[&str] = &[
    "say",
    "said",
    "says",
    "saying",
    "tell",
    "told",
    "announce",
    "announced",
    "report",
    "reported",
    "state",
    "stated",
    "add",
    "added",
    "claim",
    "claimed",
];

/// Relation of child `c` (non-head) of phrase `p` whose head child is `h`.
fn relation(cx: &Ctx, p: usize, h: usize, c: usize, left: bool, obj_rank: usize) -> &'static str {
    let pl = cx.label(p);
    let cl = cx.label(c);
    let ct = cx.head_tag(c);
    let cw = cx.head_word(c);
    let cn = cx.node(c);
    if cn.leaf.is_some() && is_punct_tag(cl) {
        return "punct";
    }
    if matches!(cl, "CC") {
        return "cc";
    }
    if cl == "CONJP" {
        return "cc";
    }
    match pl {
        "NP" | "NX" | "NML" | "WHNP" => match cl {
            "DT" | "WDT" => "det",
            "PDT" => "det:predet",
            "PRP$" | "WP$" => "nmod:poss",
            "POS" => "case",
            "CD" | "QP" => "nummod",
            _ if cl.starts_with("JJ") || cl == "ADJP" || cl == "VBN" || cl == "VBG" => {
                if left || cl == "ADJP" {
                    "amod"
                } else {
                    "acl"
                }
            }
            _ if cl.starts_with("NN") || cl == "NML" || cl == "NX" => {
                if left {
                    "compound"
                } else {
                    "appos"
                }
            }
            "NP" => {
                let possessive = cx
                    .node(c)
                    .children
                    .last()
                    .is_some_and(|&k| cx.label(k) == "POS");
                if possessive {
                    "nmod:poss"
                } else if left {
                    "compound"
                } else if cn.func == "TMP" {
                    "nmod:unmarked"
                } else {
                    "appos"
                }
            }
            "PP" | "WHPP" => "nmod",
            "SBAR" => {
                let rel = cn.children.iter().any(|&k| cx.label(k).starts_with("WH"))
                    || complementizer(cx, c).is_none();
                if rel {
                    "acl:relcl"
                } else {
                    "acl"
                }
            }
            "VP" | "S" | "RRC" => "acl",
            "RB" | "ADVP" => "advmod",
            "PRN" => "appos",
            _ => "dep",
        },
        "PP" | "WHPP" => match cl {
            "IN" | "TO" | "RP" => {
                let ht = cx.label(h);
                if matches!(ht, "S" | "SBAR" | "VP") {
                    "mark"
                } else {
                    "case"
                }
            }
            "RB" | "ADVP" => "advmod",
            _ => "dep",
        },
        "SBAR" | "SBARQ" => match cl {
            "IN" | "DT" => "mark",
            "WHADVP" => "advmod",
            "WHNP" => {
                if has_subject(cx, h) {
                    "obj"
                } else {
                    "nsubj"
                }
            }
            "WHPP" => "obl",
            "RB" | "ADVP" => "advmod",
            "NP" => "obl:unmarked",
            _ => "dep",
        },
        "ADJP" | "WHADJP" | "ADVP" | "WHADVP" => match cl {
            "RB" | "ADVP" | "RBR" | "RBS" => "advmod",
            "PP" => "obl",
            "NP" => "obl:unmarked",
            "S" | "SBAR" => "ccomp",
            "DT" => "det",
            "CD" | "QP" => "nummod",
            _ if cl.starts_with("JJ") => "amod",
            _ => "advmod",
        },
        "QP" => match cl {
            "CD" => "compound",
            "$" => "dep",
            "IN" | "TO" => "case",
            _ => "advmod",
        },
        "PRT" => "compound:prt",
        _ => clause_relation(cx, h, c, left, obj_rank, &cw, ct),
    }
}

fn clause_relation(
    cx: &Ctx,
    h: usize,
    c: usize,
    left: bool,
    obj_rank: usize,
    cw: &str,
    ct: &str,
) -> &'static str {
    let cl = cx.label(c);
    let cn = cx.node(c);
    match cl {
        "MD" => "aux",
        "TO" => "mark",
        "PRT" | "RP" => "compound:prt",
        "EX" => "expl",
        "RB" | "ADVP" | "RBR" | "RBS" | "WHADVP" => "advmod",
        "IN" => "mark",
        _ if is_verb_tag(cl) => {
            if BE.contains(&cw) {
                // be + predicate without a verbal head: copula.
                if is_verb_tag(cx.head_tag(h)) {
                    "aux"
                } else {
                    "cop"
                }
            } else if HAVE.contains(&cw) || DO.contains(&cw) || matches!(cw, "get" | "got" | "gets")
            {
                "aux"
            } else {
                "dep"
            }
        }
        "NP" | "WHNP" => {
            if cn.func == "TMP" || cn.func == "ADV" {
                "obl:unmarked"
            } else if left {
                if ct == "EX" {
                    "expl"
                } else {
                    "nsubj"
                }
            } else if obj_rank == 2 {
                "iobj"
            } else {
                "obj"
            }
        }
        "PP" | "WHPP" => "obl",
        "SBAR" => {
            let comp = complementizer(cx, c);
            match comp.as_deref() {
                None | Some("that") | Some("whether") | Some("if") => {
                    if left {
                        "csubj"
                    } else {
                        "ccomp"
                    }
                }
                _ => "advcl",
            }
        }
        "S" | "SQ" | "SINV" => {
            if !has_subject(cx, c) {
                if left {
                    "advcl"
                } else {
                    "xcomp"
                }
            } else if SAY.contains(&cx.head_word(h).as_str()) {
                "ccomp"
            } else {
                "parataxis"
            }
        }
        "ADJP" => "xcomp",
        "VP" => "dep",
        "PRN" => "parataxis",
        "FRAG" | "X" => "dep",
        "UCP" => "dep",
        "INTJ" | "UH" => "discourse",
        _ if cl.starts_with("JJ") => "xcomp",
        _ => "dep",
    }
}

fn upos_of(xpos: &str, word: &str, deprel: &str) -> &'static str {
    let w = lower(word);
    match xpos {
        "NN" | "NNS" => "NOUN",
        "NNP" | "NNPS" => "PROPN",
        "MD" => "AUX",
        _ if xpos.starts_with("VB") => {
            if matches!(deprel, "aux" | "aux:pass" | "cop") {
                "AUX"
            } else {
                "VERB"
            }
        }
        _ if xpos.starts_with("JJ") => "ADJ",
        _ if xpos.starts_with("RB") => {
            if w == "not" || w == "n't" {
                "PART"
            } else {
                "ADV"
            }
        }
        "WRB" => "ADV",
        "IN" => {
            if deprel == "mark" {
                "SCONJ"
            } else {
                "ADP"
            }
        }
        "DT" | "PDT" | "WDT" => "DET",
        "PRP" | "PRP$" | "WP" | "WP$" | "EX" => "PRON",
        "CD" => "NUM",
        "CC" => "CCONJ",
        "TO" | "POS" => "PART",
        "RP" => "ADP",
        "UH" => "INTJ",
        "$" | "SYM" => "SYM",
        "FW" | "LS" => "X",
        _ if is_punct_tag(xpos) => "PUNCT",
        _ => "X",
    }
}

/// Convert one Penn Treebank bracketing to UD-style dependencies. Lemmas
/// come from a rule-based lemmatiser (irregular-verb table plus English
/// suffix rules); use [`penn_to_ud_with`] to lemmatise with a trained model.
pub fn penn_to_ud(tree: &str) -> Result<ParsedSentence, SyntaxError> {
    convert(tree, &Lemmatizer::default())
}

/// [`penn_to_ud`] with the model's lemmatiser.
pub fn penn_to_ud_with(tree: &str, model: &crate::Model) -> Result<ParsedSentence, SyntaxError> {
    convert(tree, &model.lemmatizer)
}

fn convert(text: &str, lem: &Lemmatizer) -> Result<ParsedSentence, SyntaxError> {
    let mut t = parse_tree(text)?;
    // Liveness and heads bottom-up: children always have larger indices.
    for i in (0..t.nodes.len()).rev() {
        if t.nodes[i].leaf.is_some() {
            continue;
        }
        let kids: Vec<usize> = t.nodes[i]
            .children
            .iter()
            .copied()
            .filter(|&c| t.nodes[c].live)
            .collect();
        t.nodes[i].live = !kids.is_empty();
        if kids.is_empty() {
            continue;
        }
        let cx = Ctx { t: &t };
        let hc = head_child(&cx, &t.nodes[i].label, &kids);
        let leaf = t.nodes[kids[hc]].head_leaf;
        t.nodes[i].children = kids;
        t.nodes[i].head_child = hc;
        t.nodes[i].head_leaf = leaf;
    }
    let n = t.words.len();
    let mut heads = vec![usize::MAX; n];
    let mut rels: Vec<&'static str> = vec!["dep"; n];
    let cx = Ctx { t: &t };
    for p in 0..t.nodes.len() {
        let node = &t.nodes[p];
        if node.leaf.is_some() || !node.live {
            continue;
        }
        let kids = &node.children;
        let hc = node.head_child;
        let hl = node.head_leaf;
        let coord = coordination(&cx, kids).is_some();
        let mut obj_rank = 0;
        let nps_after = (hc + 1..kids.len())
            .filter(|&k| cx.label(kids[k]) == "NP" && cx.node(kids[k]).func.is_empty())
            .count();
        for (k, &c) in kids.iter().enumerate() {
            if k == hc {
                continue;
            }
            let dep = t.nodes[c].head_leaf;
            let mut gov = hl;
            let rel = if coord && k > hc {
                let cl = cx.label(c);
                // cc and punctuation attach to the following conjunct.
                let next = (k + 1..kids.len()).find(|&j| {
                    !cx.is_punct(kids[j]) && !matches!(cx.label(kids[j]), "CC" | "CONJP")
                });
                if cl == "CC" || cl == "CONJP" || cx.is_punct(c) {
                    if let Some(j) = next {
                        gov = t.nodes[kids[j]].head_leaf;
                    }
                    if cx.is_punct(c) {
                        "punct"
                    } else {
                        "cc"
                    }
                } else if cl == "PP" && cx.label(p) == "NP" {
                    "nmod"
                } else if cl == "SBAR" && cx.label(p) == "NP" {
                    "acl:relcl"
                } else {
                    "conj"
                }
            } else {
                if k > hc && cx.label(c) == "NP" && cx.node(c).func.is_empty() {
                    obj_rank += 1;
                }
                let rank = if nps_after >= 2 && obj_rank == 1 && k > hc {
                    2
                } else {
                    1
                };
                relation(&cx, p, kids[hc], c, k < hc, rank)
            };
            if gov != dep {
                heads[dep] = gov;
                rels[dep] = rel;
            }
        }
    }
    // The top node's head word is the root; anything left unattached hangs
    // from it (so the output is always a tree).
    let root = t.nodes.first().map(|r| r.head_leaf).unwrap_or(0);
    heads[root] = usize::MAX;
    rels[root] = "root";
    for (i, h) in heads.iter_mut().enumerate() {
        if *h == usize::MAX && i != root {
            *h = root;
            rels[i] = "dep";
        }
    }
    break_cycles(&mut heads, root);
    // Passives: a head with a be-auxiliary and VBN form.
    let mut rels: Vec<String> = rels.into_iter().map(String::from).collect();
    for d in 0..n {
        if rels[d] == "aux" && heads[d] != usize::MAX {
            let h = heads[d];
            let w = lower(&t.words[d].0);
            let be_or_get = BE.contains(&w.as_str())
                || matches!(w.as_str(), "get" | "got" | "gets" | "getting");
            if t.words[h].1 == "VBN" && be_or_get && w != "'s" {
                rels[d] = "aux:pass".into();
            }
        }
    }
    let passive: Vec<bool> = (0..n)
        .map(|h| (0..n).any(|d| heads[d] == h && rels[d] == "aux:pass"))
        .collect();
    for d in 0..n {
        let h = heads[d];
        if h == usize::MAX || !passive[h] {
            continue;
        }
        if rels[d] == "nsubj" {
            rels[d] = "nsubj:pass".into();
        } else if rels[d] == "obl" {
            let by =
                (0..n).any(|k| heads[k] == d && rels[k] == "case" && lower(&t.words[k].0) == "by");
            if by {
                rels[d] = "obl:agent".into();
            }
        }
    }
    let mut key = String::new();
    let words = t
        .words
        .iter()
        .enumerate()
        .map(|(i, (form, xpos))| {
            let head = if heads[i] == usize::MAX {
                0
            } else {
                heads[i] + 1
            };
            Word {
                form: form.clone(),
                lemma: lem.lemma(form, xpos, &mut key),
                upos: upos_of(xpos, form, &rels[i]).to_string(),
                xpos: xpos.clone(),
                feats: None,
                head,
                deprel: rels[i].clone(),
                deps: None,
                misc: None,
            }
        })
        .collect();
    Ok(ParsedSentence { words })
}

/// Guard against cycles (should not occur, but malformed trees must still
/// yield a tree): any word whose head chain does not reach the root is
/// attached to the root word.
fn break_cycles(heads: &mut [usize], root: usize) {
    let n = heads.len();
    for i in 0..n {
        let mut k = i;
        let mut steps = 0;
        while k != root && heads[k] != usize::MAX && steps <= n {
            k = heads[k];
            steps += 1;
        }
        if steps > n {
            heads[i] = root;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(p: &ParsedSentence, form: &str) -> (String, String) {
        let w = p
            .words
            .iter()
            .find(|w| w.form == form)
            .expect("word present");
        let head = if w.head == 0 {
            "ROOT".to_string()
        } else {
            p.words[w.head - 1].form.clone()
        };
        (w.deprel.clone(), head)
    }

    #[test]
    fn passive_with_agent() {
        let p = penn_to_ud(
            "(ROOT (S (NP (DT The) (NN embassy)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNS rebels))))) (. .)))",
        )
        .expect("converts");
        assert_eq!(rel(&p, "attacked"), ("root".into(), "ROOT".into()));
        assert_eq!(rel(&p, "embassy"), ("nsubj:pass".into(), "attacked".into()));
        assert_eq!(rel(&p, "was"), ("aux:pass".into(), "attacked".into()));
        assert_eq!(rel(&p, "rebels"), ("obl:agent".into(), "attacked".into()));
        assert_eq!(rel(&p, "by"), ("case".into(), "rebels".into()));
        assert_eq!(rel(&p, "The"), ("det".into(), "embassy".into()));
        assert_eq!(p.words[3].lemma, "attack");
    }

    #[test]
    fn possessive_compound_coordination_and_copula() {
        let p = penn_to_ud(
            "(ROOT (S (NP (NP (NNP Russia) (POS 's)) (NN wheat) (NNS deliveries)) (VP (VBD were) (ADJP (JJ small) (CC and) (JJ late))) (. .)))",
        )
        .expect("converts");
        assert_eq!(rel(&p, "Russia"), ("nmod:poss".into(), "deliveries".into()));
        assert_eq!(rel(&p, "'s"), ("case".into(), "Russia".into()));
        assert_eq!(rel(&p, "wheat"), ("compound".into(), "deliveries".into()));
        assert_eq!(rel(&p, "small"), ("root".into(), "ROOT".into()));
        assert_eq!(rel(&p, "were"), ("cop".into(), "small".into()));
        assert_eq!(rel(&p, "late"), ("conj".into(), "small".into()));
        assert_eq!(rel(&p, "and"), ("cc".into(), "late".into()));
        assert_eq!(rel(&p, "deliveries"), ("nsubj".into(), "small".into()));
    }

    #[test]
    fn objects_and_xcomp() {
        let p = penn_to_ud(
            "(ROOT (S (NP (NNP Moscow)) (VP (VBD promised) (S (VP (TO to) (VP (VB send) (NP (NNP Kabul)) (NP (NN fuel)))))) (. .)))",
        )
        .expect("converts");
        assert_eq!(rel(&p, "send"), ("xcomp".into(), "promised".into()));
        assert_eq!(rel(&p, "to"), ("mark".into(), "send".into()));
        assert_eq!(rel(&p, "Kabul"), ("iobj".into(), "send".into()));
        assert_eq!(rel(&p, "fuel"), ("obj".into(), "send".into()));
        assert_eq!(rel(&p, "Moscow"), ("nsubj".into(), "promised".into()));
    }

    #[test]
    fn bare_temporal_np_is_obl_unmarked() {
        let p = penn_to_ud(
            "(ROOT (S (NP (NNP Moscow)) (VP (VBD pledged) (NP (NN fuel)) (NP-TMP (JJ last) (NN year))) (. .)))",
        )
        .expect("converts");
        assert_eq!(rel(&p, "year"), ("obl:unmarked".into(), "pledged".into()));
        assert_eq!(rel(&p, "fuel"), ("obj".into(), "pledged".into()));
        assert_eq!(rel(&p, "last"), ("amod".into(), "year".into()));
    }

    #[test]
    fn malformed_tree_is_located() {
        let e = penn_to_ud("(ROOT (S (NP (NN x) y)))").expect_err("stray word");
        assert!(matches!(e, SyntaxError::Penn { offset: 20, .. }), "{e}");
        let e = penn_to_ud("(ROOT (S ").expect_err("no words");
        assert!(matches!(e, SyntaxError::Penn { .. }), "{e}");
        let e = penn_to_ud(") (ROOT (NN x))").expect_err("leading )");
        assert!(matches!(e, SyntaxError::Penn { offset: 0, .. }), "{e}");
        // Surplus closing brackets after a complete tree are tolerated.
        let p = penn_to_ud("(ROOT (S (NP (NN x)) (VP (VBD went))))))").expect("lenient");
        assert_eq!(p.words.len(), 2);
        let p = penn_to_ud("(ROOT (S (NP (NN x)) (VP (VBD went)").expect("lenient");
        assert_eq!(p.words[1].deprel, "root");
    }
}
