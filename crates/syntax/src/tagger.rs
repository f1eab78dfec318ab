//! Averaged-perceptron part-of-speech tagger predicting XPOS and UPOS jointly
//! (one class per observed `(xpos, upos)` pair), greedy left to right, in the
//! manner of Honnibal's fast tagger: a tag dictionary answers frequent
//! unambiguous words, the classifier the rest.

use crate::bin::{Reader, Writer};
use crate::conllu::ConlluSentence;
use crate::perceptron::{f1, f2, f3, hash_str, mix, Classifier, FastMap, Rng, Trainer};
use crate::types::SyntaxError;
use std::collections::HashMap;

/// Verb forms after which "to" is an infinitive marker: "agreed to
/// exchange", "pledged to supply", "vowed to respond".
const INTENT_BEFORE_TO: &[&str] = &[
    "agreed",
    "agree",
    "agrees",
    "agreeing",
    "pledged",
    "pledge",
    "pledges",
    "promised",
    "promise",
    "promises",
    "vowed",
    "vow",
    "vows",
    "decided",
    "decide",
    "decides",
    "plans",
    "planned",
    "intends",
    "intended",
    "offered",
    "offers",
    "threatened",
    "threatens",
    "refused",
    "refuses",
    "declined",
    "declines",
    "failed",
    "sought",
    "seeks",
    "aims",
    "hopes",
    "wants",
    "wanted",
    "moved",
    "voted",
    "ordered",
    "committed",
];

/// Nouns that name a kind of talks, deal or aid and often follow "agreed
/// to" as modifiers ("agreed to peace talks", "agreed to border
/// demarcation").
const PREMODIFIERS: &[&str] = &[
    "peace",
    "border",
    "security",
    "ceasefire",
    "debt",
    "arms",
    "oil",
    "gas",
    "energy",
    "climate",
    "water",
    "power",
    "nuclear",
    "military",
    "trade",
    "prisoner",
    "humanitarian",
    "further",
    "more",
    "new",
    "direct",
    "joint",
    "bilateral",
];

/// Hashes of the properties of one token, computed once per sentence.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TokInfo {
    pub(crate) form: u64,
    pub(crate) lower: u64,
    pub(crate) pre: [u64; 3],
    pub(crate) suf: [u64; 4],
    pub(crate) shape: u64,
    pub(crate) flags: u64,
    /// Ambiguity class: the set of tags the word had in training.
    pub(crate) amb: u64,
}

const PAD: u64 = 0xdead_beef;

impl TokInfo {
    pub(crate) fn new(form: &str, scratch: &mut String) -> TokInfo {
        scratch.clear();
        if form.is_ascii() {
            scratch.push_str(form);
            scratch.make_ascii_lowercase();
        } else {
            for c in form.chars() {
                scratch.extend(c.to_lowercase());
            }
        }
        let lower = scratch.as_str();
        // Byte offsets of the first three character ends and the last four
        // character starts, without collecting the characters.
        let mut ends = [lower.len(); 3];
        for (k, (i, _)) in lower.char_indices().skip(1).take(3).enumerate() {
            ends[k] = i;
        }
        let mut starts = [0usize; 4];
        for (k, (i, _)) in lower.char_indices().rev().take(4).enumerate() {
            starts[k] = i;
        }
        let mut pre = [PAD; 3];
        let mut suf = [PAD; 4];
        for k in 1..=3 {
            pre[k - 1] = mix(hash_str(&lower[..ends[k - 1]]), k as u64);
        }
        for k in 1..=4 {
            suf[k - 1] = mix(hash_str(&lower[starts[k - 1]..]), 10 + k as u64);
        }
        let mut shape = 0u64;
        let mut last = '\0';
        let mut run = 0;
        let (mut digit, mut hyphen, mut upper, mut lowerc) = (false, false, false, false);
        for c in form.chars() {
            let s = if c.is_uppercase() {
                upper = true;
                'X'
            } else if c.is_lowercase() {
                lowerc = true;
                'x'
            } else if c.is_ascii_digit() {
                digit = true;
                'd'
            } else {
                if c == '-' {
                    hyphen = true;
                }
                c
            };
            if s == last {
                run += 1;
            } else {
                run = 0;
                last = s;
            }
            if run < 2 {
                shape = mix(shape, s as u64);
            }
        }
        let init_cap = form.chars().next().is_some_and(|c| c.is_uppercase());
        let flags = (digit as u64)
            | (hyphen as u64) << 1
            | (upper as u64) << 2
            | ((upper && !lowerc) as u64) << 3
            | (init_cap as u64) << 4;
        TokInfo {
            form: hash_str(form),
            lower: hash_str(lower),
            pre,
            suf,
            shape,
            flags,
            amb: AMB_UNKNOWN,
        }
    }

    fn pad(k: u64) -> TokInfo {
        TokInfo {
            form: PAD + k,
            lower: PAD + k,
            pre: [PAD + k; 3],
            suf: [PAD + k; 4],
            shape: PAD + k,
            flags: 99 + k,
            amb: PAD + k,
        }
    }
}

const AMB_UNKNOWN: u64 = 0xabcd;

/// Compute token infos for a sentence, with ambiguity classes if known.
pub(crate) fn tok_infos_amb(forms: &[&str], amb: &FastMap<String, u32>, out: &mut Vec<TokInfo>) {
    out.clear();
    let mut scratch = String::new();
    for f in forms {
        let mut t = TokInfo::new(f, &mut scratch);
        if let Some(a) = amb.get(scratch.as_str()) {
            t.amb = *a as u64;
        }
        out.push(t);
    }
}

const START: u64 = 0xffff;

fn features(toks: &[TokInfo], i: usize, p1: u64, p2: u64, out: &mut Vec<u32>) {
    out.clear();
    static_features(toks, i, out);
    dynamic_features(toks, i, p1, p2, out);
}

/// Neighbours of token `i` (padded at the edges): (-2, -1, +1, +2).
fn context(toks: &[TokInfo], i: usize) -> [TokInfo; 4] {
    let get = |d: isize| -> TokInfo {
        let j = i as isize + d;
        if j < 0 {
            TokInfo::pad(1)
        } else if j as usize >= toks.len() {
            TokInfo::pad(2)
        } else {
            toks[j as usize]
        }
    };
    [get(-2), get(-1), get(1), get(2)]
}

/// The [`features`] that do not depend on the previous tags, appended to
/// `out` (computed for a whole sentence before tagging it, so that their
/// weights can be fetched from memory all at once).
fn static_features(toks: &[TokInfo], i: usize, out: &mut Vec<u32>) {
    let w = toks[i];
    let [m2, m1, n1, n2] = context(toks, i);
    let first = (i == 0) as u64;
    out.push(f1(0, 0));
    out.push(f1(1, w.lower));
    out.push(f1(2, w.form));
    for k in 0..4 {
        out.push(f1(3 + k as u64, w.suf[k]));
    }
    for k in 0..3 {
        out.push(f1(7 + k as u64, w.pre[k]));
    }
    out.push(f1(10, w.shape));
    out.push(f2(11, w.flags, first));
    out.push(f1(16, m1.lower));
    out.push(f1(17, m1.suf[2]));
    out.push(f1(18, m2.lower));
    out.push(f1(19, n1.lower));
    out.push(f1(20, n1.suf[2]));
    out.push(f1(21, n2.lower));
    out.push(f2(22, m1.lower, w.lower));
    out.push(f2(23, w.lower, n1.lower));
    out.push(f1(24, n1.shape));
    out.push(f1(25, m1.shape));
    out.push(f2(27, w.shape, n1.shape));
    out.push(f2(29, w.suf[1], n1.suf[1]));
    out.push(f1(31, n1.suf[0]));
    out.push(f2(32, w.flags, n1.flags));
    out.push(f1(33, n1.suf[1]));
    out.push(f2(34, n1.lower, n2.lower));
    out.push(f1(35, w.amb));
    out.push(f1(36, n1.amb));
    out.push(f1(37, n2.amb));
    out.push(f2(39, w.amb, n1.amb));
    out.push(f2(41, m1.amb, w.amb));
    out.push(f2(42, w.lower, n1.amb));
}

/// Number of [`static_features`].
const NSTATIC: usize = 34;

/// The [`features`] that depend on the previous tags, appended to `out`.
fn dynamic_features(toks: &[TokInfo], i: usize, p1: u64, p2: u64, out: &mut Vec<u32>) {
    let w = toks[i];
    let n1 = context(toks, i)[2];
    let first = (i == 0) as u64;
    out.push(f1(12, p1));
    out.push(f1(13, p2));
    out.push(f2(14, p1, p2));
    out.push(f2(15, p1, w.lower));
    out.push(f2(26, p1, w.suf[2]));
    out.push(f2(28, p1, n1.lower));
    out.push(f3(30, p1, w.shape, first));
    out.push(f2(38, p1, w.amb));
    out.push(f3(40, p1, w.amb, n1.amb));
}

/// The trained tagger.
#[derive(Debug, Clone)]
pub(crate) struct Tagger {
    /// `(xpos, upos)` per class.
    pub(crate) classes: Vec<(String, String)>,
    tagdict: FastMap<String, u16>,
    /// Lowercased form → ambiguity class id.
    amb: FastMap<String, u32>,
    clf: Classifier,
    /// Verb/punctuation kind per class, for the parser.
    pub(crate) kinds: Vec<u8>,
}

/// Verb/punctuation kind of each `(xpos, upos)` class.
fn tag_kinds(classes: &[(String, String)]) -> Vec<u8> {
    classes
        .iter()
        .map(|(x, u)| {
            if x.starts_with("VB") || x == "MD" || u == "VERB" {
                crate::parser::KIND_VERB
            } else if u == "PUNCT" {
                crate::parser::KIND_PUNCT
            } else {
                0
            }
        })
        .collect()
}

/// Reusable buffers for tagging.
#[derive(Debug, Default)]
pub(crate) struct TagScratch {
    feats: Vec<u32>,
    scores: Vec<f32>,
    /// Per token: the tag dictionary's answer, or where its static
    /// features start in `stat`.
    dict: Vec<Result<u16, usize>>,
    stat: Vec<u32>,
}

fn argmax(v: &[f32]) -> usize {
    let mut best = 0;
    for i in 1..v.len() {
        if v[i] > v[best] {
            best = i;
        }
    }
    best
}

/// Closed-class Penn tags and the words that may carry them. A word the tag
/// dictionary does not settle gets one of these tags only if it is listed:
/// unknown words are open-class, however much they look like "what" or "which"
/// ("wheat" is not a wh-determiner). Written for dyad, not taken from a treebank.
fn closed_class_words(xpos: &str) -> Option<&'static [&'static str]> {
    Some(match xpos {
        "WDT" => &["which", "that", "what", "whatever", "whichever"],
        "WP" => &[
            "who",
            "whom",
            "what",
            "which",
            "whoever",
            "whomever",
            "whatever",
            "whichever",
        ],
        "WP$" => &["whose", "who's"],
        "WRB" => &[
            "where",
            "when",
            "why",
            "how",
            "whenever",
            "wherever",
            "however",
            "whereby",
            "wherein",
            "whence",
            "whereever",
        ],
        "PRP" => &[
            "i",
            "me",
            "you",
            "he",
            "him",
            "she",
            "her",
            "it",
            "we",
            "us",
            "they",
            "them",
            "myself",
            "yourself",
            "himself",
            "herself",
            "itself",
            "ourselves",
            "yourselves",
            "themselves",
            "one",
            "oneself",
            "mine",
            "yours",
            "his",
            "hers",
            "ours",
            "theirs",
            "u",
            "ya",
            "y'all",
            "thee",
            "thou",
            "ye",
            "em",
            "'em",
            "'s",
            "s",
            "i'",
            "y",
        ],
        "PRP$" => &[
            "my", "your", "his", "her", "its", "our", "their", "thy", "ur", "yo", "you", "there",
            "it's", "yuor",
        ],
        "DT" => &[
            "the",
            "a",
            "an",
            "this",
            "that",
            "these",
            "those",
            "all",
            "some",
            "any",
            "no",
            "each",
            "every",
            "another",
            "both",
            "either",
            "neither",
            "half",
            "such",
            "what",
            "which",
            "whatever",
            "whichever",
            "th",
            "da",
            "teh",
            "tha",
            "thy",
            "them",
            "this's",
        ],
        "PDT" => &[
            "all", "both", "half", "such", "quite", "rather", "many", "what",
        ],
        "EX" => &["there", "ther", "thier", "their"],
        "MD" => &[
            "can", "could", "may", "might", "must", "shall", "should", "will", "would", "ought",
            "'ll", "'d", "wo", "ca", "need", "dare", "shalt", "cud", "cld", "wud", "shd", "wilt",
            "ll", "woud",
        ],
        "TO" => &["to", "na", "ta"],
        "POS" => &["'s", "'", "s", "`s", "’s", "’"],
        "CC" => &[
            "and", "or", "but", "nor", "yet", "so", "plus", "either", "neither", "both", "&",
            "minus", "versus", "vs", "vs.", "v.", "n", "'n", "an", "et", "/", "and/or", "+", "not",
            "only", "as", "for", "adn",
        ],
        // Prepositions and subordinators: a content word is none ("Saudi
        // Arabia and three of its allies cut ties with Qatar" is no "cut"
        // as in "in").
        "IN" => &[
            "of",
            "in",
            "to",
            "for",
            "with",
            "on",
            "that",
            "at",
            "as",
            "if",
            "from",
            "by",
            "about",
            "like",
            "after",
            "because",
            "than",
            "into",
            "before",
            "since",
            "over",
            "through",
            "out",
            "while",
            "between",
            "under",
            "against",
            "during",
            "around",
            "so",
            "without",
            "until",
            "within",
            "per",
            "whether",
            "although",
            "though",
            "off",
            "upon",
            "unless",
            "among",
            "once",
            "along",
            "up",
            "behind",
            "across",
            "except",
            "@",
            "near",
            "vs.",
            "vs",
            "versus",
            "via",
            "toward",
            "towards",
            "outside",
            "inside",
            "above",
            "below",
            "beneath",
            "underneath",
            "beside",
            "besides",
            "beyond",
            "despite",
            "but",
            "re",
            "throughout",
            "down",
            "onto",
            "cause",
            "'cause",
            "cuz",
            "coz",
            "cos",
            "till",
            "til",
            "'til",
            "then",
            "past",
            "thru",
            "whilst",
            "whereas",
            "unlike",
            "save",
            "next",
            "round",
            "amongst",
            "amid",
            "amidst",
            "worth",
            "unto",
            "minus",
            "plus",
            "circa",
            "atop",
            "astride",
            "aboard",
            "aside",
            "ahead",
            "albeit",
            "lest",
            "notwithstanding",
            "alongside",
            "opposite",
            "tho",
            "w/",
            "w/o",
            "w/out",
            "abt",
            "o",
            "w",
            "de",
            "pro",
            "post",
            "pre",
            "ago",
            "nearer",
            "nearest",
            "apart",
            "absent",
            "barring",
            "beyond",
            "betwixt",
            "amongst",
            "wherever",
            "whenever",
            "because",
            "becuse",
            "becouse",
            "wether",
            "fo",
            "fro",
            "btwn",
            "b/t",
            "ta",
            "th",
            "a",
            "the",
            "and",
            "or",
            "too",
        ],
        // Particles of phrasal verbs.
        "RP" => &[
            "up", "out", "off", "down", "on", "in", "back", "over", "away", "through", "like",
            "of", "together", "around", "round", "aside", "about", "by", "along", "across",
            "forth", "apart", "ahead", "behind", "home", "under", "upon", "in", "out",
        ],
        _ => return None,
    })
}

/// Whether a word may be a cardinal number: it has a digit, is a number
/// word ("two", "dozen", "billion") or a Roman numeral ("XIV").
fn is_number_like(form: &str) -> bool {
    if form.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    const WORDS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "dozen",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "half",
        "quarter",
        "mln",
        "bln",
        "bn",
        "b",
        "t",
        "mill",
        "m",
        "k",
        "tens",
        "score",
        "zillion",
        "gazillion",
        "nil",
        "none",
        "once",
    ];
    let lower = form.to_lowercase();
    let core = lower.trim_matches(|c: char| !c.is_alphanumeric());
    if core.is_empty() || WORDS.contains(&core) {
        return true;
    }
    // Hyphenated number words ("twenty-five", "one-third").
    if core.contains('-')
        && core
            .split('-')
            .all(|p| WORDS.contains(&p) || p.ends_with("th") || p.ends_with("ths"))
    {
        return true;
    }
    // Roman numerals: "XIV"; lowercase ones number lists ("iii", "iv").
    let upper_roman = form.len() <= 6
        && form
            .chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'));
    let lower_roman = ((2..=5).contains(&core.len())
        && core.chars().all(|c| matches!(c, 'i' | 'v' | 'x')))
        || core == "v"
        || core == "x";
    upper_roman || lower_roman
}

/// A capitalised word without an adverb's ending.
fn looks_like_name_not_adverb(form: &str) -> bool {
    let l = form.to_lowercase();
    form.starts_with(|ch: char| ch.is_uppercase())
        && !["ly", "wise", "ward", "wards"]
            .iter()
            .any(|x| l.ends_with(x))
}

impl Tagger {
    /// Whether class `c` may tag `form`: open classes always, closed classes
    /// only for the words listed in [`closed_class_words`].
    fn closed_class_fits(&self, c: usize, form: &str, seen: bool) -> bool {
        match self.classes[c].0.as_str() {
            // (A preposition or particle the lists miss is most often a
            // misspelt one, "beacuse", "admidst": only words training saw
            // are held to the lists.)
            // (But an irregular verb form is no preposition: "overran".)
            "IN" | "RP" if !seen => {
                let l = form.to_lowercase();
                return !crate::lemma::IRREGULAR
                    .iter()
                    .any(|&(past, part, _)| past == l || part == l);
            }
            // (Nor is a word punctuation.)
            "," | "." | ":" | "``" | "''" | "-LRB-" | "-RRB-" | "HYPH"
                if form.chars().any(char::is_alphanumeric) =>
            {
                return false
            }
            "CD" => return is_number_like(form),
            // Inflection shows: a gerund ends in -ing ("Pyongyang" is not one),
            // a third-person verb in -s.
            "VBG" => {
                let l = form.to_lowercase();
                return l.ends_with("ing") || l.ends_with("in") || l.ends_with("in'");
            }
            "VBZ" => {
                let l = form.to_lowercase();
                return l.ends_with('s') || l.ends_with("s'");
            }
            // A past form in -d ends in -ed or is an irregular verb's
            // ("broad" is no past tense of "broave", "said" is one).
            "VBD" | "VBN" => {
                // (No allocation for the common word that does not end in -d.)
                if !form.ends_with(['d', 'D']) {
                    return true;
                }
                return crate::lemma::could_be_past(&form.to_lowercase());
            }
            _ => {}
        }
        let Some(words) = closed_class_words(&self.classes[c].0) else {
            return true;
        };
        // (Without allocating for the common all-lowercase word.)
        if form.bytes().any(|b| b.is_ascii_uppercase()) || !form.is_ascii() {
            let lower = form.to_lowercase();
            words.contains(&lower.as_str())
        } else {
            words.contains(&form)
        }
    }

    /// The best-scoring class that may tag `form` (see
    /// [`Tagger::closed_class_fits`]): "re" misread as a conjunction is a
    /// preposition, not the best open class.
    fn best_fitting_class(&self, scores: &[f32], form: &str, seen: bool) -> u16 {
        let mut best: Option<usize> = None;
        for (c, &v) in scores.iter().enumerate() {
            if self.closed_class_fits(c, form, seen) && best.is_none_or(|b| v > scores[b]) {
                best = Some(c);
            }
        }
        best.unwrap_or_else(|| argmax(scores)) as u16
    }

    /// Token infos for a sentence (with this tagger's ambiguity classes).
    pub(crate) fn prepare(&self, forms: &[&str], out: &mut Vec<TokInfo>) {
        tok_infos_amb(forms, &self.amb, out);
    }

    /// Tag a sentence: class index per token.
    pub(crate) fn tag_into(
        &self,
        forms: &[&str],
        toks: &[TokInfo],
        scratch: &mut TagScratch,
        out: &mut Vec<u16>,
    ) {
        out.clear();
        scratch.scores.resize(self.clf.nclasses(), 0.0);
        // First the tag dictionary and the features that do not depend on
        // earlier tags, for the whole sentence; their weights are fetched
        // from memory together. (Scores are exact integer sums, so the
        // order of the features does not matter.)
        scratch.dict.clear();
        scratch.stat.clear();
        for (i, form) in forms.iter().enumerate().take(toks.len()) {
            scratch.dict.push(match self.tagdict.get(*form) {
                Some(c) => Ok(*c),
                None => {
                    let start = scratch.stat.len();
                    static_features(toks, i, &mut scratch.stat);
                    Err(start)
                }
            });
        }
        self.clf.touch(&scratch.stat);
        let (mut p1, mut p2) = (START, START);
        // After a subject's modal (and any adverbs: "would not", "will
        // also") comes a base-form verb, not an adjective, noun or inflected
        // verb: "Israel announced it would free 150 prisoners".
        let mut after_modal = false;
        for (i, form) in forms.iter().enumerate().take(scratch.dict.len()) {
            // After "agreed to", "pledged to", "vowed to" comes a verb:
            // "Russia and Ukraine agreed to exchange prisoners" (but "agreed
            // to peace talks": nouns that name a kind of talks or deal stay
            // nouns).
            let after_intent_to = i >= 2
                && forms[i - 1].eq_ignore_ascii_case("to")
                && INTENT_BEFORE_TO.contains(&forms[i - 2].to_ascii_lowercase().as_str())
                && !PREMODIFIERS.contains(&form.to_ascii_lowercase().as_str());
            let d = match scratch.dict[i] {
                // "free" is settled as an adjective, but not after "would".
                Ok(c)
                    if (after_modal || (after_intent_to && self.noun_or_adjective(c as usize)))
                        && self.cannot_follow_modal(c as usize) =>
                {
                    let start = scratch.stat.len();
                    static_features(toks, i, &mut scratch.stat);
                    Err(start)
                }
                d => d,
            };
            let c = match d {
                Ok(c) => c,
                Err(start) => {
                    scratch.feats.clear();
                    scratch
                        .feats
                        .extend_from_slice(&scratch.stat[start..start + NSTATIC]);
                    dynamic_features(toks, i, p1, p2, &mut scratch.feats);
                    self.clf.score(&scratch.feats, &mut scratch.scores);
                    if after_modal {
                        self.drop_after_modal(&mut scratch.scores);
                    }
                    if after_intent_to && form.chars().all(|ch| ch.is_ascii_lowercase()) {
                        self.keep_only_tag(&mut scratch.scores, "VB");
                    }
                    // A word never seen in training that is capitalised is a
                    // name, not an adverb, unless it looks like one
                    // ("Osgiliath welcomed ...", but "Reportedly, ...").
                    if toks[i].amb == AMB_UNKNOWN && looks_like_name_not_adverb(form) {
                        self.drop_tag(&mut scratch.scores, "RB");
                        // Nor, inside a sentence, a base-form verb ("will
                        // travel to Moscow": "to" is no infinitive marker
                        // before a name).
                        if i > 0 && form.chars().skip(1).all(|ch| ch.is_lowercase()) {
                            self.drop_tag(&mut scratch.scores, "VB");
                        }
                    }
                    // A lowercase word inside a sentence is no name
                    // ("Belarusian riot police": not "Belarusian Riot").
                    if i > 0
                        && toks[i].amb != AMB_UNKNOWN
                        && forms[i - 1].starts_with(|c: char| c.is_ascii_uppercase())
                        && form.len() > 2
                        && form.bytes().all(|b| b.is_ascii_lowercase())
                        // (Name particles are: "Tamim bin Hamad", "Ursula
                        // von der Leyen".)
                        && !matches!(
                            *form,
                            "bin" | "ibn" | "bint" | "abu" | "von" | "van" | "der" | "den"
                                | "del" | "della" | "dos" | "das" | "ben" | "ould" | "ter"
                        )
                    {
                        self.drop_tag(&mut scratch.scores, "NNP");
                        self.drop_tag(&mut scratch.scores, "NNPS");
                    }
                    let best = argmax(&scratch.scores);
                    let seen = toks[i].amb != AMB_UNKNOWN;
                    if self.closed_class_fits(best, form, seen) {
                        best as u16
                    } else {
                        self.best_fitting_class(&scratch.scores, form, seen)
                    }
                }
            };
            out.push(c);
            // Only a modal right after its subject ("it would", "Russia will",
            // "which could"): in a question the subject comes after the modal
            // ("Can diplomacy work?", "so can anyone help?").
            let tag = self.classes[c as usize].0.as_str();
            let after_subject = i > 0
                && matches!(
                    self.classes[p1 as usize].0.as_str(),
                    "NN" | "NNS" | "NNP" | "NNPS" | "PRP" | "WDT"
                );
            after_modal = (tag == "MD" && after_subject) || (after_modal && tag == "RB");
            p2 = p1;
            p1 = c as u64;
        }
        self.verbless_sentence(forms, out);
        self.shot_down(forms, out);
        self.tear_gas(forms, out);
        self.irregular_past_read_as_noun(forms, out);
        self.name_particle(forms, out);
        self.hyphenated_name_part(forms, toks, out);
        self.unseen_ed_read_as_noun(forms, toks, out);
        self.unseen_name_read_as_verb(forms, toks, out);
        self.demonym_read_as_noun(forms, out);
        self.place_name_in_ing(forms, toks, out);
        self.plural_read_as_verb(forms, out);
        self.adjective_after_possessive(forms, out);
        self.name_in_ing_before_its_verb(forms, toks, out);
        self.name_in_s_before_a_name(forms, toks, out);
        self.ing_noun_before_its_verb(forms, out);
        self.perfect_of_same_form_verbs(forms, out);
        self.participle_after_count(forms, out);
        self.past_after_dated_subject(forms, out);
        self.noun_modifier_read_as_verb(forms, out);
        self.participle_after_comma_read_as_noun(forms, out);
        self.first_verb_read_as_participle(forms, out);
        self.second_clause_verb_read_as_participle(forms, out);
        self.gerund_in_a_noun_list(forms, out);
        self.gerund_after_preposition_read_as_noun(forms, out);
        self.name_part_read_as_adjective(forms, out);
        self.participle_after_date_read_as_modifier(forms, out);
        self.gerund_between_count_and_noun(forms, out);
    }

    /// "the last 20 living Israeli hostages": an "-ing" word right after a
    /// number, before an adjective or a common noun, modifies the noun; it
    /// heads no clause.
    fn gerund_between_count_and_noun(&self, forms: &[&str], tags: &mut [u16]) {
        let Some(jj) = self.class_id("JJ", "ADJ") else {
            return;
        };
        let n = tags.len().min(forms.len());
        let tag = |c: u16| self.classes[c as usize].0.as_str();
        for i in 1..n.saturating_sub(2) {
            if tag(tags[i]) == "VBG"
                && forms[i].ends_with("ing")
                && forms[i].bytes().all(|b| b.is_ascii_lowercase())
                && !matches!(
                    forms[i],
                    "excluding"
                        | "including"
                        | "regarding"
                        | "concerning"
                        | "following"
                        | "according"
                        | "pending"
                        | "barring"
                        | "during"
                )
                && tag(tags[i - 1]) == "CD"
                && matches!(tag(tags[i + 1]), "JJ" | "NN" | "NNS")
                && matches!(
                    tag(tags[i + 2]),
                    "NN" | "NNS" | "NNPS" | "IN" | "." | "," | "VBD" | "VBZ" | "VBP" | "MD"
                )
            {
                tags[i] = jj as u16;
            }
        }
    }

    /// "signed an order on Saturday imposing 25 percent tariffs": an "-ing"
    /// word right after a day's name, before a number, determiner or noun,
    /// heads a participle clause; it is no adjective or noun of the date.
    /// So is "imposing" after a noun ("an order imposing tariffs").
    fn participle_after_date_read_as_modifier(&self, forms: &[&str], tags: &mut [u16]) {
        let Some(vbg) = self.class_id("VBG", "VERB") else {
            return;
        };
        let n = tags.len().min(forms.len());
        let tag = |c: u16| self.classes[c as usize].0.as_str();
        for i in 2..n.saturating_sub(1) {
            let f = forms[i];
            // (Cheap tests first: this runs on every word.)
            if !(matches!(tag(tags[i]), "JJ" | "NN")
                && f.len() > 5
                && f.ends_with("ing")
                && f.bytes().all(|b| b.is_ascii_lowercase())
                && matches!(
                    tag(tags[i + 1]),
                    "CD" | "DT" | "NNS" | "NNP" | "PRP$" | "JJ" | "NN"
                ))
            {
                continue;
            }
            let after_date = crate::DATE_NAMES.contains(&forms[i - 1].to_lowercase().as_str())
                && matches!(
                    forms[i - 2].to_lowercase().as_str(),
                    "on" | "last" | "this" | "next"
                );
            // ("an order imposing tariffs", not "an imposing figure".)
            let imposing = f == "imposing" && matches!(tag(tags[i - 1]), "NN" | "NNS" | "NNP");
            if after_date || imposing {
                tags[i] = vbg as u16;
            }
        }
    }

    /// "in Novi Sad that killed 15 people": a capitalised word inside the
    /// sentence right after a proper noun, tagged an adjective though no
    /// noun follows it to modify, is the last part of the name.
    fn name_part_read_as_adjective(&self, forms: &[&str], tags: &mut [u16]) {
        let Some(nnp) = self.class_id("NNP", "PROPN") else {
            return;
        };
        let n = tags.len().min(forms.len());
        let tag = |c: u16| self.classes[c as usize].0.as_str();
        for i in 2..n.saturating_sub(1) {
            let f = forms[i];
            if tag(tags[i]) == "JJ"
                && f.starts_with(|c: char| c.is_ascii_uppercase())
                && f.chars().skip(1).all(|c| c.is_ascii_lowercase())
                && tag(tags[i - 1]) == "NNP"
                && !matches!(
                    tag(tags[i + 1]),
                    "NN" | "NNS" | "NNP" | "NNPS" | "JJ" | "CD" | "HYPH" | "POS" | "VBG" | "VBN"
                )
            {
                tags[i] = nnp as u16;
            }
        }
    }

    /// "returned from meeting U.S. House Speaker Kevin McCarthy", "after
    /// meeting the Pope": an "-ing" word right after a preposition, before
    /// a name, a determiner or a possessive, is a gerund taking an object,
    /// not a noun ("after meeting Tuesday" keeps its noun: no date names).
    fn gerund_after_preposition_read_as_noun(&self, forms: &[&str], tags: &mut [u16]) {
        let Some(vbg) = self.class_id("VBG", "VERB") else {
            return;
        };
        let n = tags.len().min(forms.len());
        let tag = |c: u16| self.classes[c as usize].0.as_str();
        for i in 1..n.saturating_sub(1) {
            let f = forms[i];
            if tag(tags[i]) == "NN"
                && f.len() > 5
                && f.ends_with("ing")
                && f.bytes().all(|b| b.is_ascii_lowercase())
                && matches!(
                    forms[i - 1],
                    "after" | "before" | "from" | "since" | "without" | "by" | "while"
                )
                && matches!(tag(tags[i + 1]), "NNP" | "DT" | "PRP$")
                && !crate::DATE_NAMES.contains(&forms[i + 1].to_lowercase().as_str())
                && !matches!(forms[i + 1], "of" | "this" | "that" | "these" | "those")
            {
                tags[i] = vbg as u16;
            }
        }
    }

    /// "..., Blinken said on Wednesday, warning Moscow it would face ...":
    /// an "-ing" word after a comma, with a verb earlier in the sentence
    /// and a name, pronoun or determiner after it, is a participle
    /// heading a clause, not a noun ("warning", "saying", "calling").
    fn participle_after_comma_read_as_noun(&self, forms: &[&str], tags: &mut [u16]) {
        let Some(vbg) = self.class_id("VBG", "VERB") else {
            return;
        };
        let n = tags.len().min(forms.len());
        let tag = |c: u16| self.classes[c as usize].0.as_str();
        for i in 2..n.saturating_sub(1) {
            if forms[i - 1] == ","
                && forms[i].len() > 5
                && forms[i].ends_with("ing")
                && forms[i].bytes().all(|b| b.is_ascii_lowercase())
                && matches!(tag(tags[i]), "NN" | "JJ")
                && (matches!(tag(tags[i + 1]), "NNP" | "NNPS" | "PRP" | "DT" | "PRP$")
                    || forms[i + 1].starts_with(|c: char| c.is_ascii_uppercase()))
                && tags[..i - 1]
                    .iter()
                    .any(|&t| matches!(tag(t), "VBD" | "VBZ" | "VBP"))
            {
                tags[i] = vbg as u16;
                // (The name after it is a name: "warning Moscow".)
                if tag(tags[i + 1]) == "NN"
                    && forms[i + 1].starts_with(|c: char| c.is_ascii_uppercase())
                {
                    if let Some(nnp) = self.class_id("NNP", "PROPN") {
                        tags[i + 1] = nnp as u16;
                    }
                }
            }
        }
    }

    /// "asset freezes and travel bans": between a conjunction after a
    /// plural noun and another plural noun, a base-form word modifies the
    /// noun ("travel", "trade"); it is no verb coordinated with nouns.
    fn noun_modifier_read_as_verb(&self, forms: &[&str], tags: &mut [u16]) {
        let Some(nn) = self.class_id("NN", "NOUN") else {
            return;
        };
        let n = tags.len().min(forms.len());
        let tag = |c: u16| self.classes[c as usize].0.as_str();
        for i in 2..n.saturating_sub(1) {
            if matches!(tag(tags[i]), "VB" | "VBP")
                && matches!(forms[i - 1], "and" | "or")
                && tag(tags[i - 2]) == "NNS"
                && tag(tags[i + 1]) == "NNS"
                && forms[i].bytes().all(|b| b.is_ascii_lowercase())
            {
                tags[i] = nn as u16;
            }
        }
    }

    /// "The European Union on Thursday imposed asset freezes": an "-ed"
    /// verb right after a subject and its day ("on Thursday") is the past
    /// tense, not a participle modifying what follows.
    fn past_after_dated_subject(&self, forms: &[&str], tags: &mut [u16]) {
        let Some(vbd) = self.class_id("VBD", "VERB") else {
            return;
        };
        let n = tags.len().min(forms.len());
        let tag = |c: u16| self.classes[c as usize].0.as_str();
        for i in 3..n {
            if tag(tags[i]) == "VBN"
                && forms[i - 2].eq_ignore_ascii_case("on")
                && matches!(
                    forms[i - 1],
                    "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
                )
                && matches!(tag(tags[i - 3]), "NN" | "NNS" | "NNP" | "NNPS" | "PRP")
                // (The clause's first verb: "signed a deal in Washington on
                // Friday aimed at ..." keeps its participle.)
                && !tags[..i - 3]
                    .iter()
                    .any(|&t| tag(t).starts_with("VB") || tag(t) == "MD")
            {
                tags[i] = vbd as u16;
            }
        }
    }

    /// "The Economic Community of West African States imposed sanctions on
    /// Niger": a past form read as a participle or adjective right after a
    /// name, with no finite verb before it and an object after it, is the
    /// clause's past tense. (Not before "by", "with", a preposition or a
    /// count: "forces backed by Iran", "children aged 12".)
    fn first_verb_read_as_participle(&self, forms: &[&str], tags: &mut [u16]) {
        let Some(vbd) = self.class_id("VBD", "VERB") else {
            return;
        };
        let n = tags.len().min(forms.len());
        let tag = |c: u16| self.classes[c as usize].0.as_str();
        for i in 1..n.saturating_sub(1) {
            let form = forms[i];
            let past_form = (form.len() > 4 && form.ends_with("ed"))
                || matches!(
                    form,
                    "cut"
                        | "put"
                        | "hit"
                        | "set"
                        | "shut"
                        | "led"
                        | "sent"
                        | "held"
                        | "met"
                        | "struck"
                        | "won"
                        | "lost"
                        | "paid"
                        | "sold"
                        | "built"
                        | "spent"
                        | "bought"
                        | "brought"
                        | "fought"
                        | "sought"
                        | "told"
                        | "left"
                        | "kept"
                        | "found"
                        | "made"
                        | "laid"
                        | "fled"
                        | "stood"
                );
            let finite = |t: u16| matches!(tag(t), "VBD" | "VBZ" | "VBP" | "MD" | "VB");
            // (After a common noun only when nothing finite follows before
            // the next comma either: "warplanes, ships and a submarine
            // struck more than 60 targets", not "the law passed last year
            // was ...".)
            let after_noun = matches!(tag(tags[i - 1]), "NN" | "NNS")
                && matches!(
                    tag(tags[i + 1]),
                    "DT" | "PRP$" | "NNS" | "NN" | "JJ" | "NNP" | "JJR" | "CD"
                )
                && !tags[i + 1..n]
                    .iter()
                    .zip(&forms[i + 1..n])
                    .take_while(|(_, f)| !matches!(**f, "," | ";" | ":"))
                    .any(|(&t, _)| finite(t));
            if past_form
                && form.bytes().all(|b| b.is_ascii_lowercase())
                && form != "aged"
                && matches!(tag(tags[i]), "VBN" | "JJ")
                && (after_noun
                    || (matches!(tag(tags[i - 1]), "NNP" | "NNPS")
                        && matches!(
                            tag(tags[i + 1]),
                            "DT" | "PRP$" | "NNS" | "NN" | "JJ" | "NNP"
                        )))
                && !tags[..i].iter().any(|&t| finite(t))
            {
                tags[i] = vbd as u16;
            }
        }
    }

    /// "..., and the two leaders signed statements pledging ...": in a
    /// clause opened by ", and" / ", but" / ", while", a past form read as a
    /// participle or adjective right after the clause's noun phrase, with an
    /// object after it and no finite verb after it in the clause, is the
    /// clause's past tense. (A reduced relative has its verb later: ", and
    /// the statements signed yesterday were ...".)
    fn second_clause_verb_read_as_participle(&self, forms: &[&str], tags: &mut [u16]) {
        let Some(vbd) = self.class_id("VBD", "VERB") else {
            return;
        };
        let n = tags.len().min(forms.len());
        let tag = |c: u16| self.classes[c as usize].0.as_str();
        for i in 4..n.saturating_sub(1) {
            let form = forms[i];
            if !(form.len() > 4 && form.ends_with("ed")
                || matches!(form, "signed" | "cut" | "held" | "met" | "struck" | "sent"))
                || !form.bytes().all(|b| b.is_ascii_lowercase())
                || !matches!(tag(tags[i]), "VBN" | "JJ")
                || !matches!(tag(tags[i - 1]), "NN" | "NNS" | "NNP" | "NNPS")
                || !matches!(
                    tag(tags[i + 1]),
                    "DT" | "PRP$" | "NNS" | "NN" | "JJ" | "CD" | "NNP"
                )
            {
                continue;
            }
            // The clause's opening ", and".
            let Some(k) = (1..i - 1).rev().find(|&k| {
                !matches!(
                    tag(tags[k + 1]),
                    "DT" | "CD" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "PRP$" | "POS"
                ) || matches!(forms[k], "and" | "but" | "while")
            }) else {
                continue;
            };
            if !(matches!(forms[k], "and" | "but" | "while") && forms[k - 1] == "," && k + 1 < i) {
                continue;
            }
            let rest_finite = tags[i + 1..]
                .iter()
                .zip(&forms[i + 1..])
                .take_while(|(_, f)| **f != "," && **f != ";")
                .any(|(&t, _)| matches!(tag(t), "VBD" | "VBZ" | "VBP" | "MD"));
            if !rest_finite {
                tags[i] = vbd as u16;
            }
        }
    }

    /// "flour, sugar, cooking oil and medicines": an "-ing" word inside a
    /// list of nouns, before a noun, modifies that noun; it is no
    /// participle heading a clause (", killing civilians and ..." follows a
    /// clause, not a list of nouns).
    fn gerund_in_a_noun_list(&self, forms: &[&str], tags: &mut [u16]) {
        let Some(nn) = self.class_id("NN", "NOUN") else {
            return;
        };
        let n = tags.len().min(forms.len());
        let tag = |c: u16| self.classes[c as usize].0.as_str();
        for i in 3..n.saturating_sub(2) {
            if tag(tags[i]) == "VBG"
                && forms[i - 1] == ","
                && matches!(tag(tags[i - 2]), "NN" | "NNS")
                && forms[i - 3] == ","
                && matches!(tag(tags[i + 1]), "NN" | "NNS")
                && matches!(forms[i + 2], "and" | "," | "or")
            {
                tags[i] = nn as u16;
            }
        }
    }

    /// "returned 90 captured soldiers", "freed 20 detained activists": an
    /// "-ed" word between a count and a plural noun, after a verb or a
    /// preposition, modifies the noun; it is no past tense with the count
    /// as its subject.
    fn participle_after_count(&self, forms: &[&str], tags: &mut [u16]) {
        let Some(vbn) = self.class_id("VBN", "VERB") else {
            return;
        };
        let n = tags.len().min(forms.len());
        let tag = |c: u16| self.classes[c as usize].0.as_str();
        for i in 2..n.saturating_sub(1) {
            // (Or a plural name: "released two detained Americans".)
            if tag(tags[i]) == "VBD"
                && forms[i].ends_with("ed")
                && tag(tags[i - 1]) == "CD"
                && (matches!(tag(tags[i + 1]), "NNS" | "NNPS")
                    || (tag(tags[i + 1]) == "NNP" && forms[i + 1].ends_with('s')))
                && (tag(tags[i - 2]).starts_with("VB") || tag(tags[i - 2]) == "IN")
            {
                tags[i] = vbn as u16;
            }
        }
    }

    /// "Iran has cut gas exports", "Russia has set a deadline": after a form
    /// of "have" (and any adverbs), a verb whose participle is its base form
    /// is the participle, not an adjective or a noun.
    fn perfect_of_same_form_verbs(&self, forms: &[&str], tags: &mut [u16]) {
        let Some(vbn) = self.classes.iter().position(|(x, _)| x == "VBN") else {
            return;
        };
        let n = tags.len().min(forms.len());
        for i in 1..n {
            let f = forms[i].to_ascii_lowercase();
            if !matches!(
                f.as_str(),
                "cut"
                    | "put"
                    | "set"
                    | "hit"
                    | "shut"
                    | "let"
                    | "spread"
                    | "cast"
                    | "split"
                    | "upset"
            ) || !matches!(
                self.classes[tags[i] as usize].0.as_str(),
                "JJ" | "NN" | "VBD"
            ) {
                continue;
            }
            let mut j = i - 1;
            while j > 0 && self.classes[tags[j] as usize].0 == "RB" {
                j -= 1;
            }
            if matches!(
                forms[j].to_ascii_lowercase().as_str(),
                "has" | "have" | "had" | "'ve"
            ) {
                tags[i] = vbn as u16;
            }
        }
    }

    /// "shot down", "shot dead": "shot" is the verb, not the noun ("Turkey
    /// shot down two warplanes"), past tense after a noun, participle after
    /// a form of "be" or "have".
    /// "Beijing imposed sanctions", "Kunming said": an unseen capitalised
    /// first word that ends in "-ing" and is followed by a finite verb is a
    /// name, the subject, not a gerund ("Speaking after talks, ..." keeps
    /// its gerund: no finite verb follows it).
    fn name_in_ing_before_its_verb(&self, forms: &[&str], toks: &[TokInfo], tags: &mut [u16]) {
        if tags.len() < 2 || forms.len() < 2 || toks.is_empty() {
            return;
        }
        let first = forms[0];
        // (The next word's own tag was chosen after a gerund: "imposed"
        // there is a participle; after a name, the past tense.)
        let finite_next = matches!(
            self.classes[tags[1] as usize].0.as_str(),
            "VBD" | "VBZ" | "VBP" | "MD" | "VBN"
        );
        if toks[0].amb != AMB_UNKNOWN
            || !first.starts_with(char::is_uppercase)
            || !first.ends_with("ing")
            || self.classes[tags[0] as usize].0 != "VBG"
            || !finite_next
        {
            return;
        }
        let class = |xpos: &str, upos: &str| self.class_id(xpos, upos);
        if let Some(c) = class("NNP", "PROPN") {
            tags[0] = c as u16;
            if self.classes[tags[1] as usize].0 == "VBN" {
                if let Some(d) = class("VBD", "VERB") {
                    tags[1] = d as u16;
                }
            }
        }
    }

    /// "Maldives President Mohamed Muizzu demanded": an unseen capitalised
    /// first word in "-s" read as a verb before a name is a name itself
    /// (a sentence seldom opens on a verb's third person).
    fn name_in_s_before_a_name(&self, forms: &[&str], toks: &[TokInfo], tags: &mut [u16]) {
        if tags.len() < 3 || forms.len() < 3 || toks.is_empty() {
            return;
        }
        let first = forms[0];
        if toks[0].amb != AMB_UNKNOWN
            || !first.starts_with(char::is_uppercase)
            || !first.ends_with('s')
            || self.classes[tags[0] as usize].0 != "VBZ"
            || !forms[1].starts_with(char::is_uppercase)
            || !matches!(self.classes[tags[1] as usize].0.as_str(), "NNP" | "NNPS")
        {
            return;
        }
        if let Some(c) = self.class_id("NNPS", "PROPN") {
            tags[0] = c as u16;
        }
    }

    /// "Fighting erupted in Khartoum", "Shelling resumed overnight": a
    /// first word in "-ing" read as a gerund right before a past-tense verb
    /// is the noun that verb's subject names.
    fn ing_noun_before_its_verb(&self, forms: &[&str], tags: &mut [u16]) {
        if tags.len() < 3 || forms.len() < 3 {
            return;
        }
        // (Also inside the sentence after a subordinator, for nouns of
        // fighting: "after fighting broke out with Azerbaijan".)
        if let (Some(n), Some(d)) = (self.class_id("NN", "NOUN"), self.class_id("VBD", "VERB")) {
            let n_len = tags.len().min(forms.len());
            for i in 1..n_len.saturating_sub(1) {
                if matches!(
                    forms[i],
                    "fighting" | "shelling" | "bombing" | "looting" | "rioting" | "flooding"
                ) && matches!(
                    forms[i - 1].to_ascii_lowercase().as_str(),
                    "after" | "before" | "as" | "when" | "while" | "since" | "until"
                ) && self.classes[tags[i] as usize].0 == "VBG"
                    && matches!(self.classes[tags[i + 1] as usize].0.as_str(), "VBD" | "VBN")
                    && forms[i + 1].bytes().all(|b| b.is_ascii_lowercase())
                {
                    tags[i] = n as u16;
                    tags[i + 1] = d as u16;
                }
            }
        }
        if !forms[0].starts_with(char::is_uppercase)
            || !forms[0].ends_with("ing")
            || self.classes[tags[0] as usize].0 != "VBG"
            || !matches!(self.classes[tags[1] as usize].0.as_str(), "VBD" | "VBN")
            || matches!(
                forms[1].to_ascii_lowercase().as_str(),
                "was" | "were" | "had" | "did" | "got" | "became" | "seemed"
            )
        {
            return;
        }
        let class = |xpos: &str, upos: &str| self.class_id(xpos, upos);
        if let (Some(n), Some(d)) = (class("NN", "NOUN"), class("VBD", "VERB")) {
            tags[0] = n as u16;
            tags[1] = d as u16;
        }
    }

    /// "fired tear gas at protesters": "tear" before "gas" is a noun
    /// modifier, not the verb.
    fn tear_gas(&self, forms: &[&str], tags: &mut [u16]) {
        let n = tags.len().min(forms.len());
        for i in 0..n.saturating_sub(1) {
            if forms[i].eq_ignore_ascii_case("tear")
                && forms[i + 1].eq_ignore_ascii_case("gas")
                && self.classes[tags[i] as usize].1 == "VERB"
            {
                if let Some(c) = self.class_id("NN", "NOUN") {
                    tags[i] = c as u16;
                }
            }
        }
    }

    /// "Ma Ying-jeou shook hands", "the convoy drove into": an irregular
    /// past tense that is no participle ("shook", not "shaken"), read as a
    /// noun or adjective right after a noun or pronoun, is the verb.
    fn irregular_past_read_as_noun(&self, forms: &[&str], tags: &mut [u16]) {
        let n = tags.len().min(forms.len());
        let tag = |c: u16| self.classes[c as usize].0.as_str();
        for i in 1..n.saturating_sub(1) {
            // (Tags first: the table is looked up for few words.)
            if !matches!(tag(tags[i]), "NN" | "NNS" | "JJ" | "NNP")
                || !matches!(tag(tags[i - 1]), "NN" | "NNS" | "NNP" | "NNPS" | "PRP")
                || matches!(
                    tag(tags[i + 1]),
                    "VBD" | "VBZ" | "VBP" | "MD" | "VBN" | "POS"
                )
            {
                continue;
            }
            let lower = forms[i].to_ascii_lowercase();
            let past_only = crate::lemma::IRREGULAR
                .iter()
                .any(|(past, part, _)| *past == lower && past != part);
            if !past_only {
                continue;
            }
            if let Some(c) = self.class_id("VBD", "VERB") {
                tags[i] = c as u16;
            }
        }
    }

    /// "Moon Jae-in", "Ma Ying-jeou": the lowercase second half of a
    /// hyphenated given name, read as a function word ("in") or a word
    /// never seen in training, is part of the name. (Not "Saudi-led",
    /// "Soviet-era": participles and known nouns keep their tags.)
    fn hyphenated_name_part(&self, forms: &[&str], toks: &[TokInfo], tags: &mut [u16]) {
        let n = tags.len().min(forms.len()).min(toks.len());
        let tag = |c: u16| self.classes[c as usize].0.as_str();
        let Some(nnp) = self.class_id("NNP", "PROPN") else {
            return;
        };
        for i in 2..n {
            let w = forms[i];
            if forms[i - 1] == "-"
                && forms[i - 2].starts_with(|c: char| c.is_ascii_uppercase())
                && tag(tags[i - 2]) == "NNP"
                && (2..=4).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && (matches!(
                    tag(tags[i]),
                    "IN" | "RB" | "DT" | "CC" | "TO" | "PRP" | "FW"
                ) || toks[i].amb == AMB_UNKNOWN)
            {
                // (The family name before it is a name too, whatever it
                // reads as alone: "Ma" in "Ma Ying-jeou".)
                let family = i > 3
                    && forms[i - 3].starts_with(|c: char| c.is_ascii_uppercase())
                    && matches!(tag(tags[i - 3]), "NN" | "NNS")
                    && matches!(tag(tags[i - 4]), "NNP" | "NNPS" | "JJ");
                if !(i == 2 || tag(tags[i - 3]) == "NNP" || family) {
                    continue;
                }
                if family {
                    tags[i - 3] = nnp as u16;
                }
                tags[i] = nnp as u16;
            }
        }
    }

    /// "Israel's military retaliated": a word never seen in training that
    /// ends in "-ed" is no common noun; after a noun or adjective it is
    /// the past tense.
    fn unseen_ed_read_as_noun(&self, forms: &[&str], toks: &[TokInfo], tags: &mut [u16]) {
        let n = tags.len().min(forms.len()).min(toks.len());
        let tag = |c: u16| self.classes[c as usize].0.as_str();
        let Some(vbd) = self.class_id("VBD", "VERB") else {
            return;
        };
        for i in 1..n {
            let w = forms[i];
            if toks[i].amb == AMB_UNKNOWN
                && w.len() > 4
                && w.ends_with("ed")
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && matches!(tag(tags[i]), "NN" | "NNS")
                && matches!(
                    tag(tags[i - 1]),
                    "NN" | "NNS" | "NNP" | "NNPS" | "JJ" | "PRP"
                )
            {
                tags[i] = vbd as u16;
            }
        }
    }

    /// "Turkish F-16 jets shot down ...", with "Turkish" a common noun and
    /// the jets its object: a capitalised national adjective ("-ish",
    /// "-ese", "-ian", "-i" of "Pakistani", "Iraqi", "Israeli", "Saudi")
    /// before a noun, number or adjective is an adjective.
    fn demonym_read_as_noun(&self, forms: &[&str], tags: &mut [u16]) {
        let Some(jj) = self.class_id("JJ", "ADJ") else {
            return;
        };
        let n = tags.len().min(forms.len());
        let tag = |c: u16| self.classes[c as usize].0.as_str();
        for i in 0..n.saturating_sub(1) {
            let w = forms[i];
            let lower = w.to_ascii_lowercase();
            let demonym = w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.len() > 4
                && ["ish", "ese", "ian", "ean", "ani", "aqi", "eli", "udi"]
                    .iter()
                    .any(|s| lower.ends_with(s));
            // ("accused neighbouring Rwanda": the participle of place is
            // an adjective before a name or noun.)
            if matches!(lower.as_str(), "neighbouring" | "neighboring")
                && tag(tags[i]).starts_with("VB")
                && matches!(tag(tags[i + 1]), "NN" | "NNS" | "NNP" | "NNPS" | "JJ")
            {
                tags[i] = jj as u16;
                continue;
            }
            if demonym
                && matches!(tag(tags[i]), "NN" | "NNS")
                && matches!(
                    tag(tags[i + 1]),
                    "NN" | "NNS" | "NNP" | "NNPS" | "CD" | "JJ"
                )
            {
                tags[i] = jj as u16;
            }
        }
    }

    /// "Maldivian President Mohamed Muizzu": a capitalised word in "-ed"
    /// never seen in training, inside a sentence and next to another
    /// capitalised word, is a name, not a past tense ("Mohamed", "Ahmed",
    /// "Javed").
    fn unseen_name_read_as_verb(&self, forms: &[&str], toks: &[TokInfo], tags: &mut [u16]) {
        let n = tags.len().min(forms.len()).min(toks.len());
        let Some(nnp) = self.class_id("NNP", "PROPN") else {
            return;
        };
        let capital = |w: &str| {
            w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.bytes().any(|b| b.is_ascii_lowercase())
        };
        for i in 1..n {
            if toks[i].amb == AMB_UNKNOWN
                && capital(forms[i])
                && forms[i].ends_with("ed")
                && self.classes[tags[i] as usize].0.starts_with("VB")
                && (capital(forms[i - 1]) || (i + 1 < n && capital(forms[i + 1])))
            {
                tags[i] = nnp as u16;
            }
        }
    }

    /// "air strikes on a village in Sagaing region", "a factory near
    /// Kunming": an unseen capitalised word in "-ing" right after a
    /// preposition of place is a name, not a gerund.
    fn place_name_in_ing(&self, forms: &[&str], toks: &[TokInfo], tags: &mut [u16]) {
        let n = tags.len().min(forms.len()).min(toks.len());
        let Some(nnp) = self.class_id("NNP", "PROPN") else {
            return;
        };
        for i in 1..n {
            let w = forms[i];
            if toks[i].amb == AMB_UNKNOWN
                && w.len() > 4
                && w.ends_with("ing")
                && w.starts_with(|c: char| c.is_ascii_uppercase())
                && w[1..].bytes().all(|b| b.is_ascii_lowercase())
                && self.classes[tags[i] as usize].0 == "VBG"
                && matches!(
                    forms[i - 1],
                    "in" | "near" | "from" | "to" | "at" | "around" | "outside" | "into" | "across"
                )
            {
                tags[i] = nnp as u16;
            }
        }
    }

    /// "Turkish drones struck ...": a word in "-s" read as a verb between
    /// an adjective or name and a past tense is a plural noun, the
    /// subject (no finite verb follows another directly).
    fn plural_read_as_verb(&self, forms: &[&str], tags: &mut [u16]) {
        let n = tags.len().min(forms.len());
        let Some(nns) = self.class_id("NNS", "NOUN") else {
            return;
        };
        let tag = |c: u16| self.classes[c as usize].0.as_str();
        for i in 1..n.saturating_sub(1) {
            if tag(tags[i]) == "VBZ"
                && forms[i].len() > 4
                && !matches!(forms[i], "does" | "says" | "goes" | "seems" | "appears")
                && forms[i].ends_with('s')
                && forms[i].bytes().all(|b| b.is_ascii_lowercase())
                && matches!(tag(tags[i - 1]), "JJ" | "NNP" | "NNPS")
                && matches!(tag(tags[i + 1]), "VBD" | "VBN")
            {
                tags[i] = nns as u16;
            }
        }
    }

    /// "urged Myanmar's military to end the violence": an adjective right
    /// after a possessive with no noun after it is the possessed noun.
    fn adjective_after_possessive(&self, forms: &[&str], tags: &mut [u16]) {
        let n = tags.len().min(forms.len());
        let Some(nn) = self.class_id("NN", "NOUN") else {
            return;
        };
        let tag = |c: u16| self.classes[c as usize].0.as_str();
        for i in 1..n {
            let next = if i + 1 < n { tag(tags[i + 1]) } else { "." };
            if tag(tags[i - 1]) == "POS"
                && tag(tags[i]) == "JJ"
                // (Nouns of state that are also adjectives: the general
                // rule cost EWT dev a token.)
                && matches!(
                    forms[i],
                    "military" | "official" | "elite" | "rebel" | "executive" | "federal"
                        | "intelligence"
                )
                && !matches!(
                    next,
                    "NN" | "NNS" | "NNP" | "NNPS" | "JJ" | "JJR" | "JJS" | "CD" | "VBG" | "VBN" | "HYPH" | "CC" | ","
                )
            {
                tags[i] = nn as u16;
            }
        }
    }

    /// "Luiz Inacio Lula da Silva", "Ursula von der Leyen": a lowercase
    /// name particle between two capitalised words is part of the name.
    /// (Also "es" and "y" inside a name: "Dar es Salaam", "Ortega y Gasset".)
    fn name_particle(&self, forms: &[&str], tags: &mut [u16]) {
        let n = tags.len().min(forms.len());
        let cap = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
        for i in 1..n.saturating_sub(1) {
            if !matches!(
                forms[i],
                "da" | "de"
                    | "do"
                    | "dos"
                    | "das"
                    | "di"
                    | "du"
                    | "del"
                    | "della"
                    | "van"
                    | "von"
                    | "bin"
                    | "ibn"
                    | "bint"
                    | "al"
                    | "el"
                    | "le"
                    | "la"
                    | "ter"
                    | "es"
                    | "y"
            ) || !cap(forms[i - 1])
                || !(cap(forms[i + 1]) || (i + 2 < n && forms[i + 1] == "der" && cap(forms[i + 2])))
                || i == 1 && !matches!(self.classes[tags[0] as usize].0.as_str(), "NNP")
            {
                continue;
            }
            if let Some(c) = self.class_id("NNP", "PROPN") {
                tags[i] = c as u16;
            }
        }
    }

    fn shot_down(&self, forms: &[&str], tags: &mut [u16]) {
        let n = tags.len().min(forms.len());
        for i in 1..n.saturating_sub(1) {
            if !forms[i].eq_ignore_ascii_case("shot")
                || !matches!(forms[i + 1].to_ascii_lowercase().as_str(), "down" | "dead")
                || !matches!(self.classes[tags[i] as usize].0.as_str(), "NN" | "JJ")
            {
                continue;
            }
            let prev = forms[i - 1].to_ascii_lowercase();
            let want = if matches!(
                prev.as_str(),
                "was" | "were" | "been" | "be" | "being" | "is" | "are" | "has" | "have" | "had"
            ) {
                "VBN"
            } else {
                "VBD"
            };
            if let Some(c) = self
                .classes
                .iter()
                .position(|(x, u)| x == want && u == "VERB")
            {
                tags[i] = c as u16;
            }
        }
    }

    /// A sentence ending in a full stop with no finite verb at all, whose
    /// "-ed" word right after a noun was tagged a participle or adjective
    /// ("Protesters in Shanghai chanted slogans.", "Hundreds of people
    /// marched through Hong Kong."): the word is the past-tense predicate.
    fn verbless_sentence(&self, forms: &[&str], tags: &mut [u16]) {
        let n = tags.len().min(forms.len());
        if n < 4 || forms[n - 1] != "." {
            return;
        }
        let tag = |c: u16| self.classes[c as usize].0.as_str();
        if tags[..n]
            .iter()
            .any(|&c| matches!(tag(c), "VBD" | "VBZ" | "VBP" | "MD"))
        {
            return;
        }
        let Some(vbd) = self.class_id("VBD", "VERB") else {
            return;
        };
        for i in 1..n - 2 {
            let f = forms[i];
            // (Or an irregular past: "a suicide bomber from Islamic
            // State's affiliate struck crowds ...".)
            let past = (f.len() > 4 && f.ends_with("ed"))
                || crate::lemma::IRREGULAR.iter().any(|(p, _, _)| *p == f);
            // (An adjective used as a noun after a determiner or possessive
            // heads the subject too: "China's military staged drills".)
            let nominal_adj = tag(tags[i - 1]) == "JJ"
                && (0..i - 1)
                    .rev()
                    .take(3)
                    .take_while(|&k| matches!(tag(tags[k]), "JJ" | "POS" | "DT" | "PRP$"))
                    .any(|k| matches!(tag(tags[k]), "POS" | "DT" | "PRP$"));
            if matches!(tag(tags[i]), "VBN" | "JJ")
                && past
                && f.chars().all(|ch| ch.is_ascii_lowercase())
                && (matches!(tag(tags[i - 1]), "NN" | "NNS" | "NNP" | "NNPS") || nominal_adj)
                && matches!(
                    tag(tags[i + 1]),
                    "DT" | "NN"
                        | "NNS"
                        | "NNP"
                        | "NNPS"
                        | "IN"
                        | "PRP$"
                        | "CD"
                        | "JJ"
                        | "RB"
                        | "TO"
                        | "RP"
                )
            {
                tags[i] = vbd as u16;
                return;
            }
        }
    }

    fn noun_or_adjective(&self, c: usize) -> bool {
        matches!(self.classes[c].0.as_str(), "JJ" | "NN")
    }

    fn cannot_follow_modal(&self, c: usize) -> bool {
        matches!(
            self.classes[c].0.as_str(),
            "JJ" | "JJR" | "NN" | "NNS" | "VBD" | "VBN" | "VBP" | "VBZ" | "VBG"
        )
    }

    /// Rule out the classes tagged `tag`.
    /// The class with these XPOS and UPOS tags, if the model has one.
    fn class_id(&self, xpos: &str, upos: &str) -> Option<usize> {
        self.classes
            .iter()
            .position(|(x, u)| x == xpos && u == upos)
    }

    fn drop_tag(&self, scores: &mut [f32], tag: &str) {
        for (c, v) in scores.iter_mut().enumerate() {
            if self.classes[c].0 == tag {
                *v = f32::NEG_INFINITY;
            }
        }
    }

    /// Rule out every class not tagged `tag`.
    fn keep_only_tag(&self, scores: &mut [f32], tag: &str) {
        for (c, v) in scores.iter_mut().enumerate() {
            if self.classes[c].0 != tag {
                *v = f32::NEG_INFINITY;
            }
        }
    }

    /// Rule out the classes that cannot follow a modal.
    fn drop_after_modal(&self, scores: &mut [f32]) {
        for (c, v) in scores.iter_mut().enumerate() {
            if self.cannot_follow_modal(c) {
                *v = f32::NEG_INFINITY;
            }
        }
    }

    pub(crate) fn pruned(&self, min: f32) -> Tagger {
        Tagger {
            clf: self.clf.pruned(min),
            ..self.clone()
        }
    }

    pub(crate) fn nnz(&self) -> usize {
        self.clf.nnz()
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.u32(self.classes.len() as u32);
        for (x, u) in &self.classes {
            w.str(x);
            w.str(u);
        }
        let mut dict: Vec<(&String, &u16)> = self.tagdict.iter().collect();
        dict.sort();
        w.u32(dict.len() as u32);
        for (k, v) in dict {
            w.str(k);
            w.u16(*v);
        }
        let mut amb: Vec<(&String, &u32)> = self.amb.iter().collect();
        amb.sort();
        w.u32(amb.len() as u32);
        for (k, v) in amb {
            w.str(k);
            w.u32(*v);
        }
        self.clf.write(w);
    }

    pub(crate) fn read(r: &mut Reader) -> Result<Self, SyntaxError> {
        let n = r.u32()? as usize;
        if n == 0 || n > 4096 {
            return Err(SyntaxError::Model("bad tag class count".into()));
        }
        let mut classes = Vec::with_capacity(n);
        for _ in 0..n {
            classes.push((r.str()?, r.str()?));
        }
        let nd = r.u32()? as usize;
        if nd > r.remaining() {
            return Err(SyntaxError::Model("bad tag dictionary size".into()));
        }
        let mut tagdict = FastMap::with_capacity_and_hasher(nd, Default::default());
        for _ in 0..nd {
            let k = r.str()?;
            let v = r.u16()?;
            if v as usize >= n {
                return Err(SyntaxError::Model(
                    "tag dictionary class out of range".into(),
                ));
            }
            tagdict.insert(k, v);
        }
        let na = r.u32()? as usize;
        if na > r.remaining() {
            return Err(SyntaxError::Model("bad ambiguity-class table size".into()));
        }
        let mut amb = FastMap::with_capacity_and_hasher(na, Default::default());
        for _ in 0..na {
            let k = r.str()?;
            amb.insert(k, r.u32()?);
        }
        let clf = Classifier::read(r)?;
        if clf.nclasses() != n {
            return Err(SyntaxError::Model("tagger class count mismatch".into()));
        }
        Ok(Tagger {
            kinds: tag_kinds(&classes),
            classes,
            tagdict,
            amb,
            clf,
        })
    }
}

/// Options for tagger training.
#[derive(Debug, Clone)]
pub struct TaggerOptions {
    /// Maximum number of passes over the training data.
    pub epochs: usize,
    /// Shuffling seed.
    pub seed: u64,
    /// Print progress to stderr.
    pub verbose: bool,
}

impl Default for TaggerOptions {
    fn default() -> Self {
        TaggerOptions {
            epochs: 10,
            seed: 1,
            verbose: false,
        }
    }
}

/// Ambiguity classes of words seen at least `AMB_MIN` times: the sorted set
/// of their XPOS tags, numbered.
fn ambiguity_classes(train: &[ConlluSentence]) -> FastMap<String, u32> {
    const AMB_MIN: usize = 3;
    let mut tags: HashMap<String, (usize, std::collections::BTreeSet<&str>)> = HashMap::new();
    for s in train {
        for w in &s.words {
            let e = tags.entry(w.form.to_lowercase()).or_default();
            e.0 += 1;
            e.1.insert(&w.xpos);
        }
    }
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut out = FastMap::default();
    let mut words: Vec<_> = tags
        .into_iter()
        .filter(|(_, (n, _))| *n >= AMB_MIN)
        .collect();
    words.sort_by(|a, b| a.0.cmp(&b.0));
    for (word, (_, set)) in words {
        let key = set.into_iter().collect::<Vec<_>>().join(" ");
        let next = ids.len() as u32;
        let id = *ids.entry(key).or_insert(next);
        out.insert(word, id);
    }
    out
}

fn class_key(x: &str, u: &str) -> String {
    format!("{x}\t{u}")
}

/// Train a tagger; the epoch with the best dev accuracy (UPOS+XPOS) is kept.
pub(crate) fn train(
    train: &[ConlluSentence],
    dev: &[ConlluSentence],
    opts: &TaggerOptions,
) -> Tagger {
    let mut class_ids: HashMap<String, u16> = HashMap::new();
    let mut classes: Vec<(String, String)> = Vec::new();
    let mut counts: HashMap<&str, HashMap<u16, usize>> = HashMap::new();
    for s in train {
        for w in &s.words {
            let key = class_key(&w.xpos, &w.upos);
            let id = *class_ids.entry(key).or_insert_with(|| {
                classes.push((w.xpos.clone(), w.upos.clone()));
                (classes.len() - 1) as u16
            });
            *counts.entry(&w.form).or_default().entry(id).or_default() += 1;
        }
    }
    let mut tagdict = FastMap::default();
    for (form, cs) in &counts {
        let total: usize = cs.values().sum();
        if let Some((c, n)) = cs.iter().max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c))) {
            if total >= 20 && *n as f64 / total as f64 >= 0.99 {
                tagdict.insert(form.to_string(), *c);
            }
        }
    }
    let amb = ambiguity_classes(train);
    let gold: Vec<Vec<u16>> = train
        .iter()
        .map(|s| {
            s.words
                .iter()
                .map(|w| {
                    class_ids
                        .get(&class_key(&w.xpos, &w.upos))
                        .copied()
                        .unwrap_or(0)
                })
                .collect()
        })
        .collect();
    let infos: Vec<Vec<TokInfo>> = train
        .iter()
        .map(|s| {
            let mut v = Vec::new();
            tok_infos_amb(&s.forms(), &amb, &mut v);
            v
        })
        .collect();
    let mut t = Trainer::new(classes.len());
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = Rng::new(opts.seed);
    let mut feats = Vec::new();
    let mut scores = vec![0f32; classes.len()];
    let mut best: Option<(f64, Tagger)> = None;
    let mut since_best = 0;
    for epoch in 0..opts.epochs {
        rng.shuffle(&mut order);
        let (mut correct, mut total) = (0usize, 0usize);
        for &si in &order {
            let s = &train[si];
            let (mut p1, mut p2) = (START, START);
            for (i, word) in s.words.iter().enumerate() {
                let g = gold[si][i] as usize;
                let guess = match tagdict.get(&word.form) {
                    Some(c) => *c as usize,
                    None => {
                        features(&infos[si], i, p1, p2, &mut feats);
                        t.score(&feats, &mut scores);
                        let guess = argmax(&scores);
                        t.update(&feats, g, guess);
                        t.tick();
                        guess
                    }
                };
                correct += (guess == g) as usize;
                total += 1;
                p2 = p1;
                p1 = guess as u64;
            }
        }
        let tagger = Tagger {
            kinds: tag_kinds(&classes),
            classes: classes.clone(),
            tagdict: tagdict.clone(),
            amb: amb.clone(),
            clf: t.average(1e-3),
        };
        let (upos, xpos) = dev_accuracy(&tagger, dev);
        if opts.verbose {
            eprintln!(
                "tagger epoch {epoch}: train {:.2}  dev upos {upos:.2} xpos {xpos:.2}  nnz {}",
                100.0 * correct as f64 / total.max(1) as f64,
                tagger.nnz()
            );
        }
        let score = upos + xpos;
        if best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, tagger));
            since_best = 0;
        } else {
            since_best += 1;
            if since_best >= 2 {
                break;
            }
        }
    }
    match best {
        Some((_, t)) => t,
        None => Tagger {
            kinds: tag_kinds(&classes),
            classes,
            tagdict,
            amb,
            clf: t.average(1e-3),
        },
    }
}

/// (UPOS, XPOS) accuracy in percent.
pub(crate) fn dev_accuracy(tagger: &Tagger, dev: &[ConlluSentence]) -> (f64, f64) {
    let (mut u, mut x, mut n) = (0usize, 0usize, 0usize);
    let mut toks = Vec::new();
    let mut scratch = TagScratch::default();
    let mut out = Vec::new();
    for s in dev {
        let forms = s.forms();
        tagger.prepare(&forms, &mut toks);
        tagger.tag_into(&forms, &toks, &mut scratch, &mut out);
        for (w, c) in s.words.iter().zip(&out) {
            let (xp, up) = &tagger.classes[*c as usize];
            u += (*up == w.upos) as usize;
            x += (*xp == w.xpos) as usize;
            n += 1;
        }
    }
    let n = n.max(1) as f64;
    (100.0 * u as f64 / n, 100.0 * x as f64 / n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tagging computes [`features`] in a static and a dynamic part: together
    /// they are the 43 templates, each once.
    #[test]
    fn static_and_dynamic_features_are_all_features() {
        let forms = ["The", "minister", "promised", "fuel", "."];
        let mut toks = Vec::new();
        tok_infos_amb(&forms, &FastMap::default(), &mut toks);
        for i in 0..forms.len() {
            let mut split = Vec::new();
            static_features(&toks, i, &mut split);
            assert_eq!(split.len(), NSTATIC);
            let mut all = Vec::new();
            features(&toks, i, 7, 9, &mut all);
            assert_eq!(all.len(), 43);
            all.sort_unstable();
            all.dedup();
            assert_eq!(all.len(), 43, "a template repeats at token {i}");
        }
    }
}
