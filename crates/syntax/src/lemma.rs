//! Lemmatiser: a (form, XPOS) → lemma lexicon learned from the treebank,
//! suffix-rewrite rules learned from it for unseen words, and a hand-written
//! table of English irregular verbs.

use crate::bin::{Reader, Writer};
use crate::conllu::ConlluSentence;
use crate::perceptron::FastMap;
use crate::types::SyntaxError;
use std::collections::HashMap;

/// A learned rewrite: strip `strip` characters, then append `append`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Rule {
    strip: u8,
    append: String,
}

/// The lemmatiser.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lemmatizer {
    /// `form \t xpos` → lemma (exact form, then lowercased form).
    lexicon: FastMap<String, String>,
    /// `xpos \t suffix` → rule, longest suffix first at lookup.
    rules: FastMap<String, Rule>,
}

/// Irregular English verbs: (past, past participle, lemma). Written for dyad;
/// used when the lexicon does not know a VBD/VBN form.
pub(crate) const IRREGULAR: &[(&str, &str, &str)] = &[
    ("arose", "arisen", "arise"),
    ("awoke", "awoken", "awake"),
    ("was", "been", "be"),
    ("were", "been", "be"),
    ("bore", "borne", "bear"),
    ("beat", "beaten", "beat"),
    ("became", "become", "become"),
    ("began", "begun", "begin"),
    ("bent", "bent", "bend"),
    ("bet", "bet", "bet"),
    ("bid", "bid", "bid"),
    ("bound", "bound", "bind"),
    ("bit", "bitten", "bite"),
    ("bled", "bled", "bleed"),
    ("blew", "blown", "blow"),
    ("broke", "broken", "break"),
    ("bred", "bred", "breed"),
    ("brought", "brought", "bring"),
    ("broadcast", "broadcast", "broadcast"),
    ("built", "built", "build"),
    ("burnt", "burnt", "burn"),
    ("burst", "burst", "burst"),
    ("bought", "bought", "buy"),
    ("cast", "cast", "cast"),
    ("caught", "caught", "catch"),
    ("chose", "chosen", "choose"),
    ("clung", "clung", "cling"),
    ("came", "come", "come"),
    ("cost", "cost", "cost"),
    ("crept", "crept", "creep"),
    ("cut", "cut", "cut"),
    ("dealt", "dealt", "deal"),
    ("dug", "dug", "dig"),
    ("did", "done", "do"),
    ("drew", "drawn", "draw"),
    ("dreamt", "dreamt", "dream"),
    ("drank", "drunk", "drink"),
    ("drove", "driven", "drive"),
    ("ate", "eaten", "eat"),
    ("fell", "fallen", "fall"),
    ("fed", "fed", "feed"),
    ("felt", "felt", "feel"),
    ("fought", "fought", "fight"),
    ("found", "found", "find"),
    ("fled", "fled", "flee"),
    ("flung", "flung", "fling"),
    ("flew", "flown", "fly"),
    ("forbade", "forbidden", "forbid"),
    ("forecast", "forecast", "forecast"),
    ("foresaw", "foreseen", "foresee"),
    ("forgot", "forgotten", "forget"),
    ("forgave", "forgiven", "forgive"),
    ("froze", "frozen", "freeze"),
    ("got", "gotten", "get"),
    ("got", "got", "get"),
    ("gave", "given", "give"),
    ("went", "gone", "go"),
    ("ground", "ground", "grind"),
    ("grew", "grown", "grow"),
    ("hung", "hung", "hang"),
    ("had", "had", "have"),
    ("heard", "heard", "hear"),
    ("hid", "hidden", "hide"),
    ("hit", "hit", "hit"),
    ("held", "held", "hold"),
    ("hurt", "hurt", "hurt"),
    ("kept", "kept", "keep"),
    ("knelt", "knelt", "kneel"),
    ("knew", "known", "know"),
    ("laid", "laid", "lay"),
    ("led", "led", "lead"),
    ("leapt", "leapt", "leap"),
    ("left", "left", "leave"),
    ("lent", "lent", "lend"),
    ("let", "let", "let"),
    ("lay", "lain", "lie"),
    ("lit", "lit", "light"),
    ("lost", "lost", "lose"),
    ("made", "made", "make"),
    ("meant", "meant", "mean"),
    ("met", "met", "meet"),
    ("mistook", "mistaken", "mistake"),
    ("overcame", "overcome", "overcome"),
    ("overran", "overrun", "overrun"),
    ("overtook", "overtaken", "overtake"),
    ("overthrew", "overthrown", "overthrow"),
    ("paid", "paid", "pay"),
    ("put", "put", "put"),
    ("quit", "quit", "quit"),
    ("read", "read", "read"),
    ("rode", "ridden", "ride"),
    ("rang", "rung", "ring"),
    ("rose", "risen", "rise"),
    ("ran", "run", "run"),
    ("said", "said", "say"),
    ("saw", "seen", "see"),
    ("sought", "sought", "seek"),
    ("sold", "sold", "sell"),
    ("sent", "sent", "send"),
    ("set", "set", "set"),
    ("shook", "shaken", "shake"),
    ("shed", "shed", "shed"),
    ("shot", "shot", "shoot"),
    ("showed", "shown", "show"),
    ("shrank", "shrunk", "shrink"),
    ("shut", "shut", "shut"),
    ("sang", "sung", "sing"),
    ("sank", "sunk", "sink"),
    ("sat", "sat", "sit"),
    ("slept", "slept", "sleep"),
    ("slid", "slid", "slide"),
    ("spoke", "spoken", "speak"),
    ("sped", "sped", "speed"),
    ("spent", "spent", "spend"),
    ("spun", "spun", "spin"),
    ("split", "split", "split"),
    ("spread", "spread", "spread"),
    ("sprang", "sprung", "spring"),
    ("stood", "stood", "stand"),
    ("stole", "stolen", "steal"),
    ("stuck", "stuck", "stick"),
    ("stung", "stung", "sting"),
    ("struck", "struck", "strike"),
    ("strove", "striven", "strive"),
    ("swore", "sworn", "swear"),
    ("swept", "swept", "sweep"),
    ("swam", "swum", "swim"),
    ("swung", "swung", "swing"),
    ("took", "taken", "take"),
    ("taught", "taught", "teach"),
    ("tore", "torn", "tear"),
    ("told", "told", "tell"),
    ("thought", "thought", "think"),
    ("threw", "thrown", "throw"),
    ("understood", "understood", "understand"),
    ("undertook", "undertaken", "undertake"),
    ("upheld", "upheld", "uphold"),
    ("upset", "upset", "upset"),
    ("woke", "woken", "wake"),
    ("wore", "worn", "wear"),
    ("wove", "woven", "weave"),
    ("wept", "wept", "weep"),
    ("won", "won", "win"),
    ("wound", "wound", "wind"),
    ("withdrew", "withdrawn", "withdraw"),
    ("withheld", "withheld", "withhold"),
    ("wrote", "written", "write"),
];

fn irregular(lower: &str) -> Option<&'static str> {
    IRREGULAR
        .iter()
        .find(|(past, part, _)| *past == lower || *part == lower)
        .map(|(_, _, lemma)| *lemma)
}

/// Whether `lower` (a lower-case word) can be a past tense or participle by
/// its form: "-ed", an irregular past, or one behind a prefix
/// ("overheard", "outbid", "re-read"); "-n" and "-t" pasts ("born",
/// "proven", "learnt") pass too. "broad" does not.
pub(crate) fn could_be_past(lower: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "", "over", "out", "re", "re-", "pre", "pre-", "un", "under", "mis", "up", "fore",
    ];
    lower.ends_with("ed")
        || lower.ends_with("'d")
        || lower.ends_with('n')
        || lower.ends_with('t')
        || IRREGULAR.iter().any(|&(past, part, _)| {
            [past, part].iter().any(|f| {
                lower
                    .strip_suffix(f)
                    .is_some_and(|prefix| PREFIXES.contains(&prefix))
            })
        })
}

fn is_proper(xpos: &str) -> bool {
    xpos == "NNP" || xpos == "NNPS"
}

fn rule_for(form: &str, lemma: &str) -> Rule {
    let f: Vec<char> = form.chars().collect();
    let l: Vec<char> = lemma.chars().collect();
    let common = f.iter().zip(&l).take_while(|(a, b)| a == b).count();
    Rule {
        strip: (f.len() - common).min(255) as u8,
        append: l[common..].iter().collect(),
    }
}

fn apply(form: &str, rule: &Rule) -> Option<String> {
    let n = form.chars().count();
    if rule.strip as usize >= n {
        return None;
    }
    let keep: String = form.chars().take(n - rule.strip as usize).collect();
    Some(keep + &rule.append)
}

const MAX_SUFFIX: usize = 5;

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Undo -ed/-ing: "stopped" → "stop", "making" → "make", "visited" → "visit".
fn verb_stem(stem: &str) -> String {
    let c: Vec<char> = stem.chars().collect();
    let n = c.len();
    if n >= 3
        && c[n - 1] == c[n - 2]
        && !is_vowel(c[n - 1])
        && !matches!(c[n - 1], 'l' | 's' | 'z' | 'f')
    {
        return c[..n - 1].iter().collect();
    }
    // consonant-vowel-consonant endings that usually had a silent e
    if n >= 2 && !is_vowel(c[n - 1]) && is_vowel(c[n - 2]) && matches!(c[n - 1], 'v' | 'z' | 'c') {
        return format!("{stem}e");
    }
    if n >= 2
        && matches!(
            (c[n - 2], c[n - 1]),
            ('a', 't')
                | ('i', 'z')
                | ('u', 's')
                | ('a', 'g')
                | ('r', 'g')
                | ('n', 'c')
                | ('a', 'k')
                | ('o', 'k')
                | ('u', 'r')
                | ('i', 'd')
                | ('o', 'v')
                | ('a', 's')
                | ('d', 'g')
                | ('n', 's')
                | ('r', 's')
                | ('p', 's')
                | ('i', 'b')
        )
        && n >= 3
    {
        return format!("{stem}e");
    }
    stem.to_string()
}

/// Hand-written English inflection rules, for words no learned rule covers.
fn hand_rules(form: &str, xpos: &str) -> Option<String> {
    let f = form;
    match xpos {
        "NNS" | "VBZ" | "NNPS" => {
            if let Some(s) = f.strip_suffix("ies").filter(|s| s.len() >= 2) {
                return Some(format!("{s}y"));
            }
            for suf in ["sses", "shes", "ches", "xes", "zes"] {
                if let Some(s) = f.strip_suffix(suf) {
                    return Some(format!("{s}{}", &suf[..suf.len() - 2]));
                }
            }
            if f.ends_with("ss") || f.ends_with("us") || f.ends_with("is") {
                return None;
            }
            f.strip_suffix('s')
                .filter(|s| s.len() >= 2)
                .map(str::to_string)
        }
        "VBD" | "VBN" => {
            if let Some(l) = irregular(&f.to_lowercase()) {
                return Some(l.to_string());
            }
            if let Some(s) = f.strip_suffix("ied").filter(|s| s.len() >= 2) {
                return Some(format!("{s}y"));
            }
            if let Some(s) = f.strip_suffix("eed") {
                return Some(format!("{s}ee"));
            }
            f.strip_suffix("ed").filter(|s| s.len() >= 2).map(verb_stem)
        }
        "VBG" => f.strip_suffix("ing").filter(|s| s.len() >= 2).map(|s| {
            if s.ends_with('y') {
                s.to_string()
            } else {
                verb_stem(s)
            }
        }),
        "JJR" | "RBR" => f
            .strip_suffix("ier")
            .map(|s| format!("{s}y"))
            .or_else(|| f.strip_suffix("er").filter(|s| s.len() >= 3).map(verb_stem)),
        "JJS" | "RBS" => f.strip_suffix("iest").map(|s| format!("{s}y")).or_else(|| {
            f.strip_suffix("est")
                .filter(|s| s.len() >= 3)
                .map(verb_stem)
        }),
        _ => None,
    }
}

impl Lemmatizer {
    /// Learn from a treebank.
    pub(crate) fn train(train: &[ConlluSentence]) -> Self {
        let mut lex_counts: HashMap<String, HashMap<String, usize>> = HashMap::new();
        let mut rule_counts: HashMap<String, HashMap<Rule, usize>> = HashMap::new();
        for s in train {
            for w in &s.words {
                if w.lemma == "_" {
                    continue;
                }
                *lex_counts
                    .entry(format!("{}\t{}", w.form, w.xpos))
                    .or_default()
                    .entry(w.lemma.clone())
                    .or_default() += 1;
                let lower = w.form.to_lowercase();
                if !is_proper(&w.xpos) && lower != w.form {
                    *lex_counts
                        .entry(format!("{}\t{}", lower, w.xpos))
                        .or_default()
                        .entry(w.lemma.clone())
                        .or_default() += 1;
                }
                let (src, lem) = if is_proper(&w.xpos) {
                    (w.form.clone(), w.lemma.clone())
                } else {
                    (lower, w.lemma.to_lowercase())
                };
                let rule = rule_for(&src, &lem);
                let chars: Vec<char> = src.chars().collect();
                for k in 1..=MAX_SUFFIX.min(chars.len()) {
                    let suf: String = chars[chars.len() - k..].iter().collect();
                    *rule_counts
                        .entry(format!("{}\t{}", w.xpos, suf.to_lowercase()))
                        .or_default()
                        .entry(rule.clone())
                        .or_default() += 1;
                }
            }
        }
        let best = |m: HashMap<String, usize>| {
            m.into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        };
        let lexicon = lex_counts
            .into_iter()
            .filter_map(|(k, m)| best(m).map(|(l, _)| (k, l)))
            .collect();
        let rules = rule_counts
            .into_iter()
            .filter_map(|(k, m)| {
                let total: usize = m.values().sum();
                let top = m.into_iter().max_by(|a, b| {
                    a.1.cmp(&b.1)
                        .then_with(|| b.0.append.cmp(&a.0.append))
                        .then_with(|| b.0.strip.cmp(&a.0.strip))
                })?;
                // Keep only rules that are reliable for their suffix.
                // Short, well-attested rewrites only ("Sept." -> "September"
                // must not turn "Capt." into "Captember").
                let short = top.0.append.chars().count() <= 3 && top.0.strip <= 3;
                (short && top.1 >= 2 && top.1 * 10 >= total * 6).then_some((k, top.0))
            })
            .collect();
        Lemmatizer { lexicon, rules }
    }

    /// The lemma of `form` tagged `xpos`.
    pub(crate) fn lemma(&self, form: &str, xpos: &str, key: &mut String) -> String {
        key.clear();
        key.push_str(form);
        key.push('\t');
        key.push_str(xpos);
        if let Some(l) = self.lexicon.get(key.as_str()) {
            return l.clone();
        }
        // Proper nouns keep their own spelling: an unseen "al" (NNP) is not
        // the "Al" seen in training.
        if xpos == "NNP" {
            return form.to_string();
        }
        if form.bytes().any(|b| b.is_ascii_digit()) {
            return form.to_string();
        }
        if form.contains(['.', '@', '/']) {
            // File names and abbreviations ("Report.pdf", "Co.") have
            // lowercase lemmas in UD English; addresses keep their case.
            return match xpos {
                "NN" | "NNS" | "FW" | "JJ" => form.to_lowercase(),
                _ => form.to_string(),
            };
        }
        let lower = form.to_lowercase();
        key.clear();
        key.push_str(&lower);
        key.push('\t');
        key.push_str(xpos);
        if let Some(l) = self.lexicon.get(key.as_str()) {
            return l.clone();
        }
        if xpos == "VBD" || xpos == "VBN" {
            if let Some(l) = irregular(&lower) {
                return l.to_string();
            }
        }
        // An inflected verb whose base form was seen in training: of the
        // ways to undo "-ed" or "-ing" ("declined" → decline or declin,
        // "needed" → need or neede, "stopped" → stop), the one that is a
        // known base form ("traded" is trade, not trad).
        if matches!(xpos, "VBD" | "VBN" | "VBG") {
            if let Some(l) = self.known_base(&lower, xpos, key) {
                return l;
            }
        }
        let src = if is_proper(xpos) {
            form
        } else {
            lower.as_str()
        };
        let chars: Vec<char> = src.chars().collect();
        for k in (1..=MAX_SUFFIX.min(chars.len())).rev() {
            let suf: String = chars[chars.len() - k..].iter().collect();
            key.clear();
            key.push_str(xpos);
            key.push('\t');
            key.push_str(&suf.to_lowercase());
            if let Some(rule) = self.rules.get(key.as_str()) {
                if let Some(l) = apply(src, rule) {
                    return l;
                }
            }
        }
        hand_rules(src, xpos).unwrap_or_else(|| src.to_string())
    }

    /// The base form of an "-ed"/"-ing" verb that training saw as a base
    /// form (VB or VBP with itself as lemma), if exactly one way of undoing
    /// the suffix gives one.
    fn known_base(&self, lower: &str, xpos: &str, key: &mut String) -> Option<String> {
        let stem = if xpos == "VBG" {
            lower.strip_suffix("ing")?
        } else {
            lower.strip_suffix("ed")?
        };
        if stem.len() < 2 {
            return None;
        }
        let mut cands: Vec<String> = vec![stem.to_string(), format!("{stem}e")];
        let b = stem.as_bytes();
        if b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] {
            cands.push(stem[..stem.len() - 1].to_string());
        }
        if let Some(y) = stem.strip_suffix('i') {
            cands.push(format!("{y}y"));
        }
        let mut found: Option<String> = None;
        for c in cands {
            let known = ["VB", "VBP"].iter().any(|t| {
                key.clear();
                key.push_str(&c);
                key.push('\t');
                key.push_str(t);
                self.lexicon.get(key.as_str()).is_some_and(|l| *l == c)
            });
            if known {
                if found.is_some() {
                    return None;
                }
                found = Some(c);
            }
        }
        found
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        let mut lex: Vec<(&String, &String)> = self.lexicon.iter().collect();
        lex.sort();
        w.u32(lex.len() as u32);
        for (k, v) in lex {
            w.str(k);
            w.str(v);
        }
        let mut rules: Vec<(&String, &Rule)> = self.rules.iter().collect();
        rules.sort_by(|a, b| a.0.cmp(b.0));
        w.u32(rules.len() as u32);
        for (k, r) in rules {
            w.str(k);
            w.u8(r.strip);
            w.str(&r.append);
        }
    }

    pub(crate) fn read(r: &mut Reader) -> Result<Self, SyntaxError> {
        let n = r.u32()? as usize;
        if n > r.remaining() {
            return Err(SyntaxError::Model("bad lexicon size".into()));
        }
        let mut lexicon = FastMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let k = r.str()?;
            lexicon.insert(k, r.str()?);
        }
        let n = r.u32()? as usize;
        if n > r.remaining() {
            return Err(SyntaxError::Model("bad rule count".into()));
        }
        let mut rules = FastMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let k = r.str()?;
            let strip = r.u8()?;
            let append = r.str()?;
            rules.insert(k, Rule { strip, append });
        }
        Ok(Lemmatizer { lexicon, rules })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn irregular_and_rules() {
        let l = Lemmatizer::default();
        let mut k = String::new();
        assert_eq!(l.lemma("Overthrew", "VBD", &mut k), "overthrow");
        assert_eq!(l.lemma("Gondor", "NNP", &mut k), "Gondor");
        assert_eq!(l.lemma("attacked", "VBN", &mut k), "attack");
        assert_eq!(l.lemma("stopped", "VBD", &mut k), "stop");
        assert_eq!(l.lemma("making", "VBG", &mut k), "make");
        assert_eq!(l.lemma("visited", "VBD", &mut k), "visit");
        assert_eq!(l.lemma("allies", "NNS", &mut k), "ally");
        assert_eq!(l.lemma("churches", "NNS", &mut k), "church");
        assert_eq!(l.lemma("The", "DT", &mut k), "the");
        let (s, _) = crate::conllu::read_conllu(
            "1\tparties\tparty\tNOUN\tNNS\t_\t0\troot\t_\t_\n\n1\tcities\tcity\tNOUN\tNNS\t_\t0\troot\t_\t_\n\n",
        );
        let l = Lemmatizer::train(&s);
        assert_eq!(l.lemma("armies", "NNS", &mut k), "army");
        assert_eq!(l.lemma("Parties", "NNS", &mut k), "party");
    }
}
