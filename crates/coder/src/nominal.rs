//! Events named by nouns rather than verbs: a visit ("during a visit to
//! Manila by U.S. Defense Secretary Lloyd Austin"), talks between two parties
//! ("following talks in Beijing between Hun Sen and Xi Jinping") and a deal's
//! mediator ("under a deal brokered by China").
//!
//! Each noun is read with the clause around it: who visits is the `by`
//! phrase, the possessor or, in "during a visit to X", the clause's subject;
//! whom a mediator mediates between are the parties of the event the deal
//! belongs to.

use crate::actors::{Actor, ActorFinder, ActorKind, DocMemory};
use crate::tree::Tree;
use crate::{Coded, Coder};
use dyad_event::{cameo, split_actor_code, Modality};
use dyad_lexicon::{MatchKind, TargetSlot};

/// Nouns of an agreement a third party can broker or mediate.
const BROKERED: &[&str] = &[
    "deal",
    "agreement",
    "accord",
    "arrangement",
    "ceasefire",
    "truce",
    "pact",
    "talk",
    "negotiation",
    "swap",
    "exchange",
    "declaration",
    "treaty",
];

/// The verb of a noun that names an act done to someone ("the shooting of
/// a girl by border guards").
fn act_verb(noun: &str) -> Option<&'static str> {
    Some(match noun {
        "shooting" => "shoot",
        "killing" => "kill",
        "murder" => "murder",
        "assassination" => "assassinate",
        "bombing" => "bomb",
        "shelling" => "shell",
        "arrest" => "arrest",
        "detention" => "detain",
        "abduction" => "abduct",
        "kidnapping" => "kidnap",
        "expulsion" => "expel",
        "deportation" => "deport",
        "torture" => "torture",
        "beating" => "beat",
        "execution" => "execute",
        _ => return None,
    })
}

/// The code of a noun that names a military attack ("air strikes",
/// "offensive").
fn attack_code(noun: &str) -> Option<&'static str> {
    Some(match noun {
        "strike" | "airstrike" | "bombardment" => "195",
        "attack" | "offensive" | "raid" | "assault" | "invasion" | "incursion" => "190",
        _ => return None,
    })
}

/// Nouns of a reply to an earlier act ("in retaliation for ...").
const REPLY_NOUNS: &[&str] = &["retaliation", "response", "reprisal", "revenge", "reply"];

/// Verbs whose object visit their subject makes ("began a state visit").
const VISIT_VERBS: &[&str] = &[
    "begin",
    "start",
    "make",
    "pay",
    "conclude",
    "wrap",
    "end",
    "complete",
    "undertake",
    "continue",
    "cut",
];

/// Words that make a visit a plan, not a fact.
const PLANNED: &[&str] = &[
    "planned",
    "upcoming",
    "proposed",
    "expected",
    "possible",
    "scheduled",
    "future",
    "postponed",
    "cancelled",
    "canceled",
];

/// "visiting" as a modifier of the visitor, not a verb with a place for its
/// object: "visiting Philippine President Rodrigo Duterte", "visiting
/// Chinese officials" (but "visiting Manila").
pub(crate) fn is_visiting_modifier(f: &ActorFinder, w: usize) -> bool {
    let t = f.tree;
    t.lower[w] == "visiting"
        && f.mentions
            .cover
            .get(w + 1)
            .copied()
            .flatten()
            .is_some_and(|mi| {
                matches!(
                    f.mentions.matches[mi].hit,
                    MatchKind::CountryAdj(_) | MatchKind::Agent(_)
                )
            })
}

/// "brokered", "mediated", "facilitated" as a participle of a deal or
/// talks ("a deal brokered by China", "U.S.-brokered talks"): the
/// mediation is coded from the deal's parties, not as the verb's own event.
pub(crate) fn is_mediator_participle(tree: &Tree, w: usize) -> bool {
    let form = tree.lower[w].as_str();
    (form.ends_with("brokered") || form.ends_with("mediated") || form == "facilitated")
        && tree.rel(w) != "root"
        && !tree
            .children(w)
            .iter()
            .any(|&k| tree.rel(k) == "nsubj" && !BROKERED.contains(&tree.lemma[k].as_str()))
}

/// The first `nmod` of `w` marked by the preposition `case`.
fn nmod_with(tree: &Tree, w: usize, case: &str) -> Option<usize> {
    tree.kids(w, "nmod")
        .find(|&k| tree.case_of(k).as_deref() == Some(case))
}

/// The verb of the clause a noun belongs to: `w` itself or the nearest of
/// its next three heads that is a verb.
pub(crate) fn clause_verb(tree: &Tree, w: usize) -> Option<usize> {
    let mut g = w;
    for _ in 0..3 {
        if tree.upos(g) == "VERB" {
            return Some(g);
        }
        g = tree.head(g)?;
    }
    (tree.upos(g) == "VERB").then_some(g)
}

/// "a visit to Beijing by Indian Prime Minister Manmohan Singh", "the
/// first visit by an Indian prime minister to the South American country",
/// read from the words when the parser tore the phrase apart: the visitors
/// (after "by") and the place visited (after "to").
fn visit_by_words(
    tree: &Tree,
    f: &ActorFinder,
    mem: &DocMemory,
    w: usize,
) -> Option<(Vec<Actor>, Vec<Actor>)> {
    let n = tree.len();
    if w + 2 >= n {
        return None;
    }
    // The head of the phrase a case word at `k` opens, if the parser hung
    // the word on a noun after it.
    let opened = |k: usize| tree.head(k).filter(|&h| h > k && h < n.min(k + 10));
    let (mut visitors, mut hosts, by) = match tree.lower[w + 1].as_str() {
        "to" => {
            let named_end = |i: usize| {
                let mi = f.mentions.cover.get(i).copied().flatten()?;
                let m = &f.mentions.matches[mi];
                (!matches!(m.hit, MatchKind::Agent(_))).then_some(m.end)
            };
            let start = if tree.lower[w + 2] == "the" {
                w + 3
            } else {
                w + 2
            };
            let dest_end = named_end(start)?;
            let hosts = f.np_actors(dest_end - 1);
            let by = (dest_end..n.min(dest_end + 3)).find(|&k| tree.lower[k] == "by")?;
            (f.np_actors(opened(by)?), hosts, by)
        }
        // (With no "to" phrase, the visitors alone.)
        "by" => {
            let head = opened(w + 1)?;
            let hosts = (head + 1..n.min(head + 3))
                .find(|&k| tree.lower[k] == "to")
                .and_then(opened)
                .map(|d| f.arg_actors(d, mem))
                .unwrap_or_default();
            (f.arg_actors(head, mem), hosts, w + 1)
        }
        _ => return None,
    };
    // (The torn tree may stretch one phrase over the other.)
    for h in hosts.iter_mut().filter(|h| h.lo < by) {
        h.hi = h.hi.min(by - 1);
    }
    for v in visitors.iter_mut() {
        v.lo = v.lo.max(by + 1);
    }
    if visitors.is_empty()
        || visitors
            .iter()
            .any(|v| hosts.iter().any(|h| country(h) == country(v)))
    {
        return None;
    }
    Some((visitors, hosts))
}

/// The place the sentence is set in, as an actor: the first "in"/"at"
/// phrase that names the one state all its place phrases lie in.
fn sentence_place(tree: &Tree, f: &ActorFinder) -> Option<Actor> {
    let want = f.place_country.as_deref()?;
    (0..tree.len())
        .filter(|&w| {
            matches!(tree.rel(w), "obl" | "nmod")
                && matches!(tree.case_of(w).as_deref(), Some("in" | "at" | "inside"))
        })
        .find_map(|w| f.np_actors(w).into_iter().find(|a| country(a) == want))
}

/// Whether the phrase of noun `w` opens after a comma ("..., during a visit
/// to Paris").
fn after_comma(tree: &Tree, w: usize) -> bool {
    tree.kids(w, "case")
        .next()
        .is_some_and(|c| c > 0 && tree.lower[c - 1] == ",")
}

/// The clause an infinitive, participle or relative clause `v` belongs to
/// ("pledged ... to help France stop migrants crossing the Channel":
/// "pledged" for "crossing").
fn governing_clause(tree: &Tree, v: usize) -> usize {
    let mut v = v;
    for _ in 0..6 {
        let up = match tree.rel(v) {
            "xcomp" => tree.head(v),
            "advcl" if tree.kids(v, "mark").any(|m| tree.lower[m] == "to") => tree.head(v),
            "acl" => tree.head(v).and_then(|h| clause_verb(tree, h)),
            _ => None,
        };
        match up.filter(|&h| tree.upos(h) == "VERB" && h != v) {
            Some(h) => v = h,
            None => break,
        }
    }
    v
}

/// The sources of the events already coded from predicate `p`.
fn sources_at(coded: &[Coded], p: usize) -> Vec<Actor> {
    coded
        .iter()
        .filter(|c| c.predicate == p)
        .flat_map(|c| c.sources.iter().cloned())
        .collect()
}

fn country(a: &Actor) -> &str {
    split_actor_code(&a.code).0
}

impl Coder<'_> {
    /// Events named by nouns, not already coded from a verb in `coded`.
    pub(crate) fn code_nominals(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        coded: &[Coded],
    ) -> Vec<Coded> {
        let mut out: Vec<Coded> = Vec::new();
        for w in 0..tree.len() {
            if !matches!(tree.upos(w), "NOUN" | "VERB" | "ADJ") {
                continue;
            }
            let found = match tree.lemma[w].as_str() {
                l if tree.upos(w) == "NOUN" && act_verb(l).is_some() => {
                    self.act_by(tree, f, mem, w)
                }
                "condemnation" | "criticism" | "rebuke" | "censure" if tree.upos(w) == "NOUN" => {
                    self.reaction_from(tree, f, mem, w, coded)
                }
                "host" if tree.lower[w] == "hosted" => self.hosted_by(tree, f, mem, w, coded),
                "visit" | "trip" if tree.upos(w) == "NOUN" => self.nominal_visit(tree, f, mem, w),
                "request" | "invitation" if tree.upos(w) == "NOUN" => {
                    self.at_request_of(tree, f, mem, w)
                }
                "mediation" if tree.upos(w) == "NOUN" => {
                    self.mediation_noun(tree, f, mem, w, coded)
                }
                "target" if tree.upos(w) == "NOUN" => self.legitimate_target(tree, f, mem, w),
                "ceasefire" | "truce" | "armistice" if tree.upos(w) == "NOUN" => {
                    self.truce_in_effect(tree, f, mem, w)
                }
                "visit" if is_visiting_modifier(f, w) => self.visiting(tree, f, mem, w),
                "talk" | "meeting" | "negotiation" | "clash" | "skirmish" | "fighting"
                    if tree.upos(w) == "NOUN" =>
                {
                    self.talks_between(tree, f, mem, w)
                }
                l if attack_code(l).is_some()
                    && (tree.upos(w) == "NOUN"
                        // ("Ankara's military offensive" tagged an adjective.)
                        || (l == "offensive"
                            && !(w + 1 < tree.len()
                                && matches!(tree.upos(w + 1), "NOUN" | "PROPN")))) =>
                {
                    self.attack_noun(tree, f, mem, w)
                }
                _ => self.mediation(tree, f, mem, w, coded),
            };
            let Some(mut c) = found else { continue };
            // The clause says whether it happened: "will travel to
            // Washington next week for talks with Trump" plans the talks.
            // (Only for meetings: a reaction or an act a noun names happened
            // whatever the clause around it says.)
            let meeting = cameo::root_of(&c.code) == Some(4) && c.code != "045";
            if let Some(v) = tree.head(w).filter(|&h| tree.upos(h) == "VERB" && meeting) {
                // (A time phrase after a comma belongs to the sentence's
                // clause, not to an infinitive or relative clause the
                // parser hung it on: "pledged 480 million pounds to help
                // France stop migrants, during a visit to Paris".)
                // (So does "..., after talks on St. Vincent" hung on a
                // reported clause: "agreed that neither would use force".)
                let mut v = v;
                let case = tree.case_of(w);
                if matches!(case.as_deref(), Some("during" | "after" | "following"))
                    && after_comma(tree, w)
                {
                    v = governing_clause(tree, v);
                    if case.as_deref() != Some("during") {
                        while tree.rel(v) == "ccomp" {
                            match tree.head(v).filter(|&h| tree.upos(h) == "VERB") {
                                Some(h) => v = h,
                                None => break,
                            }
                        }
                    }
                }
                match self.modality(tree, v, tree.is_negated(v)) {
                    Modality::Asserted => {}
                    // "did not arrest Putin during his visit": the visit
                    // a time phrase names happened all the same.
                    Modality::Negated
                        if matches!(
                            tree.case_of(w).as_deref(),
                            Some("during" | "after" | "following" | "on")
                        ) => {}
                    // (Planned talks are coded from the plan's subject
                    // only, by its verb: "will travel ... for talks".)
                    Modality::Intended if cameo::root_of(&c.code) == Some(4) && !c.reciprocal => {
                        c.code = "036".to_string();
                        c.modality = Modality::Intended;
                    }
                    _ => continue,
                }
            }
            // Not twice: "arrived in Dushanbe on the first state visit by an
            // Uzbek leader" is one visit, coded from "arrived".
            let seen = |o: &Coded| {
                (o.code == c.code
                    || (cameo::root_of(&c.code) != Some(4)
                        && cameo::root_of(&o.code) == cameo::root_of(&c.code)))
                    && o.sources
                        .iter()
                        .any(|s| c.sources.iter().any(|t| country(s) == country(t)))
                    && (o
                        .targets
                        .iter()
                        .chain(o.sources.iter())
                        .any(|s| c.targets.iter().any(|t| country(s) == country(t)))
                        || (o.reciprocal && c.reciprocal))
            };
            if coded.iter().chain(out.iter()).any(seen) {
                continue;
            }
            out.push(c);
        }
        out
    }

    /// "a visit to Manila by Lloyd Austin", "Putin's visit to Pyongyang",
    /// "(X said ...) during a visit to Saudi Arabia".
    fn nominal_visit(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        w: usize,
    ) -> Option<Coded> {
        // "began a state visit to China", "wrapped up a visit": the verb's
        // subject visits. (Other verbs say something else of the visit:
        // "cancelled", "announced", "postponed".)
        let made = tree.rel(w) == "obj"
            && tree
                .head(w)
                .is_some_and(|h| VISIT_VERBS.contains(&tree.lemma[h].as_str()));
        if matches!(tree.rel(w), "obj" | "nsubj") && !made {
            return None;
        }
        if tree
            .children(w)
            .iter()
            .any(|&k| PLANNED.contains(&tree.lower[k].as_str()))
        {
            return None;
        }
        // (After a visit verb the parser may hang "to China" on the verb;
        // and it may hang the destination on the "by" phrase: "the first
        // visit by an Indian prime minister to Guyana".)
        let on_verb = tree.head(w).filter(|_| made);
        // (Or as the verb's own oblique, right after the visit, when the
        // verb is active: "praised Guyana during the first visit by an
        // Indian prime minister to Guyana".)
        let last_of_w = (w..tree.len())
            .take_while(|&i| i == w || tree.is_ancestor(w, i))
            .last()
            .unwrap_or(w);
        let sibling_by = tree.head(w).filter(|&h| !tree.is_passive(h)).and_then(|h| {
            tree.kids(h, "obl").find(|&k| {
                tree.case_of(k).as_deref() == Some("by")
                    && (0..tree.len()).find(|&i| i == k || tree.is_ancestor(k, i))
                        == Some(last_of_w + 1)
            })
        });
        let by_first = nmod_with(tree, w, "by").or(sibling_by);
        let Some(dest) = tree
            .kids(w, "nmod")
            .chain(on_verb.into_iter().flat_map(|h| tree.kids(h, "obl")))
            .chain(by_first.into_iter().flat_map(|b| tree.kids(b, "nmod")))
            .find(|&k| tree.case_of(k).as_deref() == Some("to"))
        else {
            // "signed an agreement in Manila on Monday during a visit by
            // Japanese Foreign Minister Yoko Kamikawa": a visit by someone
            // to no named place is to where the clause happens (if that is
            // another state).
            let visitors = match by_first {
                Some(b) => f.arg_actors(b, mem),
                None => {
                    let (visitors, hosts) = visit_by_words(tree, f, mem, w)?;
                    if !hosts.is_empty() {
                        return self.nominal_event("042", w, visitors, hosts, false);
                    }
                    visitors
                }
            };
            // (The visit may hang from a time phrase: "exchanged ... in
            // Dhaka on Saturday, during a visit by Narendra Modi"; and the
            // place from the object's phrase.)
            let clause = clause_verb(tree, w).filter(|&h| h != w);
            let place = clause
                .and_then(|h| crate::place_actor(tree, f, h, &[]))
                .or_else(|| sentence_place(tree, f))
                // "Chad said it was ending the pact, hours after a visit by
                // French Foreign Minister Jean-Noel Barrot": with no place
                // named, the state that reports is the host.
                .or_else(|| {
                    let v = clause?;
                    self.subjects(tree, f, mem, v, 0)
                        .into_iter()
                        .find(|a| a.kind == ActorKind::Country)
                });
            let place = place?;
            if visitors.is_empty() || visitors.iter().any(|v| country(v) == country(&place)) {
                return None;
            }
            return self.nominal_event("042", w, visitors, vec![place], false);
        };
        let targets = f.arg_actors(dest, mem);
        // (The parser often hangs the "by" phrase on the destination: "a
        // visit to Manila by Lloyd Austin".)
        let by = by_first.or_else(|| nmod_with(tree, dest, "by"));
        // (A phrase hung under the other is not part of its name.)
        let first_word = |x: usize| {
            (0..tree.len())
                .find(|&i| i == x || tree.is_ancestor(x, i))
                .unwrap_or(x)
        };
        let trim = |actors: &mut Vec<Actor>, first: usize| {
            for t in actors.iter_mut() {
                if t.hi >= first && t.lo < first {
                    t.hi = first - 1;
                }
            }
        };
        let mut targets = targets;
        if let Some(b) = by.filter(|&b| tree.is_ancestor(dest, b)) {
            trim(&mut targets, first_word(b));
        }
        let mut sources = match by {
            Some(b) => f.arg_actors(b, mem),
            None => {
                // "during his visit to Ulaanbaatar": whose the pronoun says.
                let hosts: Vec<&str> = targets.iter().map(country).collect();
                tree.kids(w, "nmod")
                    .find(|&k| tree.full_rel(k) == "nmod:poss")
                    .map(|p| match tree.upos(p) {
                        "PRON" => f.visitor_of_pronoun(p, &hosts).into_iter().collect(),
                        _ => f.arg_actors(p, mem),
                    })
                    .unwrap_or_default()
            }
        };
        if by.is_some_and(|b| tree.is_ancestor(b, dest)) {
            sources.retain(|a| a.lo < first_word(dest));
            trim(&mut sources, first_word(dest));
        }
        // "said on Tuesday during a visit to Saudi Arabia": the visitor is
        // the clause's subject (not after or before a visit: that may have
        // been anyone's).
        if sources.is_empty()
            && by.is_none()
            && (made
                || matches!(
                    tree.case_of(w).as_deref(),
                    Some("during" | "on" | "while" | "from")
                ))
        {
            // "Vladimir Putin, on a state visit to Astana, said": the
            // visit read as the name's apposition.
            if let Some(h) = tree
                .head(w)
                .filter(|&h| matches!(tree.upos(h), "PROPN" | "NOUN") && tree.rel(w) == "appos")
            {
                sources = f.arg_actors(h, mem);
            }
            // (A participle's subject is its governor's: "announcing the
            // shift during a visit to Saudi Arabia"; and "he said he
            // would ..." has the reporter for its pronoun.)
            // ("..., during a visit to Paris" hung on a participle: the
            // sentence's clause.)
            let after_comma = after_comma(tree, w);
            let mut v = tree
                .head(w)
                .filter(|&h| tree.upos(h) == "VERB" && sources.is_empty())
                .map(|h| {
                    if after_comma {
                        governing_clause(tree, h)
                    } else {
                        h
                    }
                });
            while let Some(x) = v {
                sources = self.subjects(tree, f, mem, x, 0);
                if !sources.is_empty()
                    || !matches!(tree.rel(x), "advcl" | "ccomp" | "xcomp" | "conj")
                {
                    break;
                }
                v = tree.head(x).filter(|&h| tree.upos(h) == "VERB");
            }
        }
        self.nominal_event("042", w, sources, targets, false)
    }

    /// "deployed special forces to Juba at the request of President Salva
    /// Kiir": whoever asked appealed to the clause's subject.
    fn at_request_of(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        w: usize,
    ) -> Option<Coded> {
        if !matches!(tree.case_of(w).as_deref(), Some("at" | "upon" | "on")) {
            return None;
        }
        let of = nmod_with(tree, w, "of")?;
        let askers = f.arg_actors(of, mem);
        let v = clause_verb(tree, w)?;
        let asked = self.subjects(tree, f, mem, v, 0);
        // ("will pay a state visit ... at the invitation of President
        // Ramaphosa": the host invited the visitor, an intent to meet.)
        if tree.lemma[w] == "invitation" {
            let mut c = self.nominal_event("036", w, askers, asked, false)?;
            c.modality = Modality::Intended;
            return Some(c);
        }
        self.nominal_event("020", w, askers, asked, false)
    }

    /// "warned that Haftar's forces would become legitimate targets",
    /// "will treat Turkish ships as legitimate targets": a threat of force
    /// (138) against whoever is declared a target.
    fn legitimate_target(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        w: usize,
    ) -> Option<Coded> {
        if !tree
            .kids(w, "amod")
            .any(|k| matches!(tree.lower[k].as_str(), "legitimate" | "legal" | "fair"))
        {
            return None;
        }
        let h = tree.head(w);
        let (threatened, threatener) = match h {
            // "will treat / consider / regard X as legitimate targets"
            Some(v)
                if tree.case_of(w).as_deref() == Some("as")
                    && matches!(
                        tree.lemma[v].as_str(),
                        "treat" | "consider" | "regard" | "view" | "see" | "declare" | "deem"
                    ) =>
            {
                let o = tree.kid(v, "obj")?;
                (f.arg_actors(o, mem), self.subjects(tree, f, mem, v, 0))
            }
            // "X would become / be legitimate targets", reported by the
            // one who threatens.
            _ => {
                let p = match h {
                    Some(v) if matches!(tree.lemma[v].as_str(), "become" | "remain") => v,
                    _ if tree.kid(w, "cop").is_some() => w,
                    _ => return None,
                };
                let s = tree.kid(p, "nsubj")?;
                if !matches!(tree.rel(p), "ccomp" | "parataxis") {
                    return None;
                }
                let v = tree.head(p)?;
                (f.arg_actors(s, mem), self.subjects(tree, f, mem, v, 0))
            }
        };
        self.nominal_event("138", w, threatener, threatened, false)
    }

    /// "told visiting Philippine President Rodrigo Duterte", "urged
    /// visiting Pakistani Prime Minister Shehbaz Sharif": the visitor is
    /// the person the participle modifies; the host is whoever the clause
    /// around them has for its subject.
    fn visiting(&self, tree: &Tree, f: &ActorFinder, mem: &DocMemory, w: usize) -> Option<Coded> {
        // The visitor: the first person named after the participle, else
        // the first actor.
        let phrase = (w + 1..tree.len().min(w + 8)).take_while(|&j| {
            matches!(tree.upos(j), "PROPN" | "ADJ" | "NOUN" | "PUNCT" | "NUM")
                && tree.lower[j] != ","
        });
        let mut visitors: Vec<Actor> = Vec::new();
        for j in phrase {
            let found = f.np_actors(j);
            if found.iter().any(|a| a.kind == ActorKind::Person) {
                visitors = found;
                break;
            }
            if visitors.is_empty() {
                visitors = found;
            }
        }
        let mut v = tree.head(w)?;
        for _ in 0..4 {
            if tree.upos(v) == "VERB" && v != w {
                break;
            }
            v = tree.head(v)?;
        }
        let hosts = self.subjects(tree, f, mem, v, 0);
        let visitor_countries: Vec<&str> = visitors.iter().map(country).collect();
        let hosts: Vec<Actor> = hosts
            .into_iter()
            .filter(|h| !visitor_countries.contains(&country(h)))
            .collect();
        self.nominal_event("042", w, visitors, hosts, false)
    }

    /// "the fatal shooting of a 14-year-old girl by Indian border guards",
    /// "the detention of two Canadians by China": the act the noun names,
    /// by the "by" phrase, to the "of" phrase. (Not "Russia's invasion of
    /// Ukraine": a possessor more often recalls a known act than reports a
    /// new one.)
    fn act_by(&self, tree: &Tree, f: &ActorFinder, mem: &DocMemory, w: usize) -> Option<Coded> {
        let verb = act_verb(&tree.lemma[w])?;
        let of = tree
            .kids(w, "nmod")
            .find(|&k| matches!(tree.case_of(k).as_deref(), Some("of" | "on" | "against")))?;
        // (A "by" phrase can be read under the "of" phrase, or on an
        // active verb the noun is the object of: "protested the detention
        // of two Canadians by China".)
        let verb_by = tree
            .head(w)
            .filter(|&h| tree.upos(h) == "VERB" && !tree.is_passive(h) && tree.rel(w) == "obj")
            .map(|h| tree.kids(h, "obl").filter(|&k| k > w).collect::<Vec<_>>())
            .unwrap_or_default();
        let by = tree
            .kids(w, "nmod")
            .chain(tree.kids(of, "nmod"))
            .chain(verb_by)
            .find(|&k| tree.case_of(k).as_deref() == Some("by") && tree.upos(k) != "VERB")?;
        let sources = f.arg_actors(by, mem);
        let mut targets = f.arg_actors(of, mem);
        // "Bangladesh protested the shooting of a girl by Indian guards":
        // unnamed people are the protesting state's own.
        if targets.is_empty() {
            let mut v = tree.head(w);
            while let Some(x) = v.filter(|&x| tree.upos(x) != "VERB") {
                v = tree.head(x);
            }
            let clause = v
                .map(|x| self.subjects(tree, f, mem, x, 0))
                .unwrap_or_default();
            let doers: Vec<&str> = sources.iter().map(country).collect();
            if let Some(c) = clause.first().map(country).filter(|c| !doers.contains(c)) {
                targets.extend(f.own_people(of, c));
            }
        }
        let code = self
            .lex
            .verb_patterns(verb)
            .iter()
            .find(|p| p.words.is_empty() && p.target == TargetSlot::Object)?
            .code
            .clone();
        let mut c = self.nominal_event(&code, w, sources, targets, false)?;
        // Killing a named person is an assassination, as for the verb.
        if matches!(verb, "kill" | "assassinate")
            && c.targets.iter().all(|t| t.kind == ActorKind::Person)
        {
            c.code = "186".to_string();
        }
        Some(c)
    }

    /// "in retaliation for American strikes on its nuclear sites", "after
    /// Russian missile strikes on Ukraine's power grid caused blackouts",
    /// "in response to Ankara's offensive against Kurdish-led forces in
    /// Syria": an attack a noun names, by the state its modifier or named
    /// possessor names, on the "on"/"against" phrase's actor. Only where
    /// the sentence tells it as a recent act (the reason for a reply, what
    /// came before, the subject of what it caused), not "since Russia's
    /// invasion of Ukraine" or "its offensive" recalled; and only between
    /// two states.
    fn attack_noun(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        w: usize,
    ) -> Option<Coded> {
        let code = attack_code(&tree.lemma[w])?;
        let recent = match tree.rel(w) {
            "nsubj" => tree.head(w).is_some_and(|h| tree.upos(h) == "VERB"),
            "obl" | "nmod" => {
                matches!(
                    tree.case_of(w).as_deref(),
                    Some("after" | "following" | "amid")
                ) || tree
                    .head(w)
                    .is_some_and(|h| REPLY_NOUNS.contains(&tree.lemma[h].as_str()))
            }
            _ => false,
        };
        // (The parser may hang the phrase elsewhere: "fired missiles at the
        // base in retaliation for American strikes on ...".)
        let replies = tree.children(w).iter().any(|&c| {
            tree.rel(c) == "case"
                && c >= 1
                && matches!(tree.lower[c].as_str(), "for" | "to")
                && REPLY_NOUNS.contains(&tree.lemma[c - 1].as_str())
        });
        if !recent && !replies {
            return None;
        }
        // (Labour strikes are no attack: "nationwide strikes against the
        // pension plan" name no state.)
        let sources: Vec<Actor> = f
            .np_actors(w)
            .into_iter()
            .filter(|a| a.lo < w && tree.upos(a.head) != "PRON")
            .collect();
        if sources.is_empty() {
            return None;
        }
        // (Or the phrase right after it, wherever the parser hung it:
        // "retaliation for Pakistani air strikes on Afghan territory".)
        let on = tree
            .kids(w, "nmod")
            .find(|&k| matches!(tree.case_of(k).as_deref(), Some("on" | "against")))
            .or_else(|| {
                (w + 1 < tree.len()
                    && matches!(tree.lower[w + 1].as_str(), "on" | "against")
                    && tree.rel(w + 1) == "case")
                    .then(|| {
                        // (Up from a modifier the case word was hung on.)
                        let mut k = tree.head(w + 1)?;
                        while matches!(tree.rel(k), "compound" | "amod" | "flat") {
                            k = tree.head(k).filter(|&h| h > k)?;
                        }
                        Some(k)
                    })
                    .flatten()
                    .filter(|&k| k > w + 1 && matches!(tree.upos(k), "NOUN" | "PROPN"))
            })?;
        let mut targets = f.arg_actors(on, mem);
        // "on its nuclear sites": whose the clause's subject says.
        if targets.is_empty()
            && tree
                .kids(on, "nmod")
                .any(|k| matches!(tree.lower[k].as_str(), "its" | "their"))
        {
            let mut v = tree.head(w);
            while let Some(x) = v.filter(|&x| tree.upos(x) != "VERB") {
                v = tree.head(x);
            }
            targets = v
                .map(|x| self.subjects(tree, f, mem, x, 0))
                .unwrap_or_default();
        }
        let doers: Vec<&str> = sources.iter().map(country).collect();
        targets.retain(|t| !doers.contains(&country(t)));
        self.nominal_event(code, w, sources, targets, false)
    }

    /// "drawing condemnation from Lebanese President Joseph Aoun":
    /// whoever the reaction comes from reacts to the clause's actors.
    fn reaction_from(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        w: usize,
        coded: &[Coded],
    ) -> Option<Coded> {
        let from = nmod_with(tree, w, "from")?;
        let sources = f.arg_actors(from, mem);
        // The act reacted to: the clause the noun's verb ("drawing",
        // "prompting", "sparking") hangs from.
        // (The nearest clause up the tree that reports an act: "said he would
        // not rule out a military option to deal with the crisis, drawing a
        // rebuke" reacts to ruling out, not to dealing.)
        let v = tree.head(w).filter(|&h| tree.upos(h) == "VERB")?;
        if !matches!(tree.rel(v), "advcl" | "conj") {
            return None;
        }
        let mut act = tree.head(v);
        let mut targets: Vec<Actor> = Vec::new();
        for _ in 0..4 {
            let Some(a) = act else { break };
            targets = sources_at(coded, a);
            if !targets.is_empty() {
                break;
            }
            act = tree.head(a);
        }
        self.nominal_event("111", w, sources, targets, false)
    }

    /// "a conference on Afghanistan hosted by Russian Foreign Minister
    /// Sergei Lavrov": the host hosts those who take part.
    fn hosted_by(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        w: usize,
        coded: &[Coded],
    ) -> Option<Coded> {
        if tree.rel(w) != "acl" {
            return None;
        }
        let by = tree
            .children(w)
            .iter()
            .copied()
            .find(|&k| tree.case_of(k).as_deref() == Some("by"))?;
        let hosts = f.arg_actors(by, mem);
        // The event noun, then the clause it belongs to.
        let g = clause_verb(tree, tree.head(w)?)?;
        // ("Sogavare did not attend a summit hosted by Biden": no guest.)
        if tree.is_negated(g) {
            return None;
        }
        let mut guests = self.subjects(tree, f, mem, g, 0);
        if guests.is_empty() {
            guests = sources_at(coded, g);
        }
        let own: Vec<&str> = hosts.iter().map(country).collect();
        guests.retain(|a| !own.contains(&country(a)));
        self.nominal_event("043", w, hosts, guests, false)
    }

    /// "A ceasefire between Israel and Hezbollah took effect at dawn": a
    /// truce taking effect or coming into force is declared by both of the
    /// parties it names (0871, both ways); one agreed to is only intended
    /// and is coded from "agree".
    fn truce_in_effect(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        w: usize,
    ) -> Option<Coded> {
        let v = tree.head(w).filter(|_| tree.rel(w) == "nsubj")?;
        let in_effect = match tree.lemma[v].as_str() {
            "take" => tree
                .kid(v, "obj")
                .is_some_and(|o| tree.lemma[o] == "effect"),
            "come" | "enter" => tree
                .kids(v, "obl")
                .any(|o| matches!(tree.lemma[o].as_str(), "force" | "effect")),
            "begin" | "start" => true,
            _ => false,
        };
        if !in_effect || tree.is_negated(v) {
            return None;
        }
        // (Conjuncts included: "between Israel and Hezbollah".)
        let parties = f.arg_actors(nmod_with(tree, w, "between")?, mem);
        self.nominal_event("0871", w, parties, Vec::new(), true)
    }

    /// "talks between Hun Sen and Xi Jinping", "a meeting between the two
    /// foreign ministers": both ways.
    fn talks_between(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        w: usize,
    ) -> Option<Coded> {
        // (The parser may hang "between" on a place: "talks in Beijing
        // between Hun Sen and Xi Jinping".)
        // (And on the verb a subject noun hangs from: "fighting erupted in
        // Khartoum between the army and the RSF".)
        let verb = tree
            .head(w)
            .filter(|&h| tree.rel(w) == "nsubj" && tree.upos(h) == "VERB");
        let on_verb: Vec<usize> = verb
            .map(|v| tree.kids(v, "obl").collect())
            .unwrap_or_default();
        let between = tree
            .kids(w, "nmod")
            .chain(on_verb.iter().copied())
            .chain(
                tree.kids(w, "nmod")
                    .chain(on_verb.iter().copied())
                    .flat_map(|k| tree.kids(k, "nmod")),
            )
            .find(|&k| tree.case_of(k).as_deref() == Some("between"));
        let with = nmod_with(tree, w, "with");
        // Fighting only between parties it names: "clashes between the two
        // countries' troops" (not "after clashes", which may be anyone's).
        let fight = matches!(tree.lemma[w].as_str(), "clash" | "skirmish" | "fighting");
        // "Armenia declared martial law after fighting broke out with
        // Azerbaijan": fighting that breaks out with a party, in a clause
        // under another, is between that party and the clause above's
        // subject.
        if fight && between.is_none() && with.is_none() {
            if let Some(v) = verb.filter(|&v| matches!(tree.rel(v), "advcl" | "conj")) {
                if let Some(o) = tree
                    .kids(v, "obl")
                    .find(|&o| tree.case_of(o).as_deref() == Some("with"))
                {
                    let others = f.arg_actors(o, mem);
                    let above = tree
                        .head(v)
                        .map(|h| self.subjects(tree, f, mem, h, 0))
                        .unwrap_or_default();
                    let state = |a: &Actor| split_actor_code(&a.code).0.to_string();
                    let mut parties: Vec<Actor> = above
                        .into_iter()
                        .filter(|a| !others.iter().any(|b| state(a) == state(b)))
                        .collect();
                    parties.extend(others);
                    return self.nominal_event("190", w, parties, Vec::new(), true);
                }
            }
        }
        // (Or with the clause's subject: "soldiers were killed in a clash
        // with Chinese troops".)
        if fight && between.is_none() && with.is_none() {
            return None;
        }
        // (A "between" phrase that names nobody, "relations between the
        // former foes", leaves the parties to the clause.)
        // (Nor does "between their defence ministers": "their" are the
        // clause's subjects.)
        let between = between.filter(|&b| {
            !f.arg_actors(b, mem).is_empty()
                && !tree
                    .children(b)
                    .iter()
                    .any(|&c| matches!(tree.lower[c].as_str(), "their" | "its"))
        });
        let parties = match between {
            // (The second party may be read as a conjunct of the first's
            // head: "talks in Hanoi between Kishida and his counterpart".)
            Some(b) => {
                let mut p = f.arg_actors(b, mem);
                let later = tree
                    .head(b)
                    .map(|h| tree.kids(h, "conj").filter(|&k| k > b).collect::<Vec<_>>())
                    .unwrap_or_default();
                for k in later {
                    for a in f.arg_actors(k, mem) {
                        if !p.iter().any(|x| x.code == a.code) {
                            p.push(a);
                        }
                    }
                }
                p
            }
            // "arriving on Wednesday for talks with Prime Minister
            // al-Sudani": the clause's subject and the other party.
            None if with.is_some() && matches!(tree.rel(w), "obl" | "nmod") => {
                // (The phrase may hang from the verb's object: "would not
                // renew the contract, after talks with Blinken".)
                let v = clause_verb(tree, tree.head(w)?)?;
                // ("after three days of meetings with President Maduro": the
                // span of time carries the preposition.)
                let span = tree.head(w).filter(|&h| {
                    tree.case_of(w).as_deref() == Some("of")
                        && matches!(
                            tree.lemma[h].as_str(),
                            "hour" | "day" | "week" | "month" | "year" | "round"
                        )
                });
                if !matches!(
                    tree.case_of(span.unwrap_or(w)).as_deref(),
                    Some("for" | "after" | "during" | "following" | "in" | "at")
                ) {
                    return None;
                }
                // (Hung on a reported clause whose subject names no one:
                // "said the talks would resume, after three days of
                // meetings with ...": the speaker met them.)
                let (v, mut p) = self.subjects_above_reported(tree, f, mem, v)?;
                // ("Twenty Indian soldiers were killed in a clash with
                // Chinese troops": the passive's subject fought.)
                if p.is_empty() && fight {
                    if let Some(sp) = tree.kid(v, "nsubj:pass") {
                        p = f.arg_actors(sp, mem);
                    }
                }
                for a in f.arg_actors(with?, mem) {
                    if !p.iter().any(|x| x.code == a.code) {
                        p.push(a);
                    }
                }
                p
            }
            // "Biden and Xi agreed ... after four hours of talks": the talks
            // were between the clause's subjects.
            None => {
                let timed_case = |y: usize| {
                    matches!(
                        tree.case_of(y).as_deref(),
                        Some("after" | "during" | "following" | "at" | "in")
                    )
                };
                // ("after four hours of talks", the time phrase maybe
                // misattached to the verb's object: "agreed to restore
                // communications after four hours of talks".)
                let mut x = w;
                let mut after_phrase = false;
                // (Or set off by a comma and hung on a date: "signed a deal
                // on Friday, in talks brokered by Trump".)
                while tree.rel(x) == "nmod" && tree.upos(x) != "VERB" {
                    let case = tree.case_of(x);
                    after_phrase |= matches!(case.as_deref(), Some("after" | "following"))
                        || (matches!(case.as_deref(), Some("in" | "during"))
                            && after_comma(tree, x));
                    x = tree.head(x)?;
                }
                let v = tree.head(x).filter(|&h| tree.upos(h) == "VERB")?;
                let timed = (tree.rel(x) == "obl" && timed_case(x))
                    || (after_phrase && matches!(tree.rel(x), "obj" | "obl"));
                if !timed {
                    return None;
                }
                // (Set off by a comma, the phrase is the sentence clause's,
                // not a participle's the parser hung it on: "initialled a
                // deal ... giving municipalities autonomy, in talks
                // brokered by the EU".)
                let v = if after_comma(tree, x) {
                    governing_clause(tree, v)
                } else {
                    v
                };
                // (Hung on a reported clause with no named subject of its
                // own: "agreed that neither country would use force ...,
                // after talks on St. Vincent": the talks were the
                // agreers'.)
                self.subjects_above_reported(tree, f, mem, v)?.1
            }
        };
        let code = match tree.lemma[w].as_str() {
            "negotiation" => "046",
            _ if fight => "190",
            _ => "040",
        };
        // (One party per state: "between the two rivals' top officials"
        // names the rivals twice.)
        // (Two parties of one state stay when both are named parts of it:
        // "between Sudan's army and the Rapid Support Forces".)
        let mut parties = parties;
        let mut kept: Vec<(String, String)> = Vec::new();
        parties.retain(|a| {
            let (c, agent) = split_actor_code(&a.code);
            let twice = !c.is_empty()
                && kept
                    .iter()
                    .any(|(kc, ka)| kc == c && (ka.is_empty() || agent.is_empty() || ka == agent));
            kept.push((c.to_string(), agent.to_string()));
            !twice
        });
        self.nominal_event(code, w, parties, Vec::new(), true)
    }

    /// The subjects of clause `v`, or, when it is a reported or infinitive
    /// clause that names none, of the clause above it (and that clause).
    fn subjects_above_reported(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        v: usize,
    ) -> Option<(usize, Vec<Actor>)> {
        let mut v = v;
        let mut p = self.subjects(tree, f, mem, v, 0);
        while p.is_empty() && matches!(tree.rel(v), "ccomp" | "xcomp") {
            v = tree.head(v)?;
            p = self.subjects(tree, f, mem, v, 0);
        }
        Some((v, p))
    }

    /// "under a deal brokered by China", "a U.S.-brokered peace agreement",
    /// "talks mediated by the United Nations": the mediator mediates between
    /// the parties of the event the deal belongs to.
    fn mediation(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        w: usize,
        coded: &[Coded],
    ) -> Option<Coded> {
        if !is_mediator_participle(tree, w) {
            return None;
        }
        let is_deal = |d: usize| BROKERED.contains(&tree.lemma[d].as_str());
        // "a deal brokered by China", or the deal read as the subject of a
        // clause ("under a deal brokered by China" parsed as "a deal
        // [was] brokered").
        // (Or hung on a party of the deal: "talks between Taliban envoys
        // and Afghan politicians, facilitated by Qatar".)
        // (Or on the span of time the talks took: "after months of
        // negotiations mediated by Hungary".)
        let up = |h: usize| {
            let mut x = h;
            if matches!(
                tree.lemma[x].as_str(),
                "month" | "week" | "day" | "year" | "hour" | "round" | "series"
            ) {
                if let Some(d) = tree.kids(x, "nmod").find(|&d| is_deal(d)) {
                    return Some(d);
                }
            }
            for _ in 0..2 {
                if is_deal(x) {
                    return Some(x);
                }
                if tree.rel(x) != "nmod" {
                    return None;
                }
                x = tree.head(x)?;
            }
            is_deal(x).then_some(x)
        };
        let (deal, clause) = match tree.head(w).and_then(up) {
            Some(d) => (d, d),
            None => {
                let d = tree.children(w).iter().copied().find(|&k| {
                    is_deal(k)
                        && (tree.rel(k) == "nsubj"
                                // ("..., in a deal brokered by Erdogan" read
                                // with the deal the participle's oblique.)
                                || (tree.rel(k) == "obl"
                                    && k < w
                                    && matches!(
                                        tree.case_of(k).as_deref(),
                                        Some("in" | "under" | "with")
                                    )))
                })?;
                (d, tree.head(w)?)
            }
        };
        // The mediator: "brokered by China", or the word before the hyphen
        // of "U.S.-brokered".
        let mediators = match tree
            .children(w)
            .iter()
            .copied()
            .find(|&k| tree.case_of(k).as_deref() == Some("by"))
        {
            Some(b) => f.arg_actors(b, mem),
            None if w >= 2 && tree.lower[w - 1] == "-" => f.np_actors(w - 2),
            None => f.np_actors(w),
        };
        if mediators.is_empty() {
            return None;
        }
        // The clause the deal belongs to ("agreed ... under a deal", "signed
        // a U.S.-brokered peace agreement").
        let g = clause_verb(tree, clause)?;
        self.mediated(tree, f, mem, w, g, Some(deal), mediators, coded)
    }

    /// "agreed an immediate ceasefire under Qatari mediation", "under
    /// mediation by Prime Minister Anwar Ibrahim": the mediator (the
    /// noun's adjective, or its "by" or "of" phrase) mediates between the
    /// parties of the clause.
    fn mediation_noun(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        w: usize,
        coded: &[Coded],
    ) -> Option<Coded> {
        if !matches!(
            tree.case_of(w).as_deref(),
            Some("under" | "through" | "with" | "after" | "following" | "via")
        ) {
            return None;
        }
        let mediators = match nmod_with(tree, w, "by").or_else(|| nmod_with(tree, w, "of")) {
            Some(b) => f.arg_actors(b, mem),
            None => f.np_actors(w),
        };
        if mediators.is_empty() {
            return None;
        }
        let g = clause_verb(tree, tree.head(w)?)?;
        self.mediated(tree, f, mem, w, g, None, mediators, coded)
    }

    /// The mediation (045) by `mediators` between the parties of the
    /// clause of verb `g` (or of the `deal`'s "between" phrase).
    #[allow(clippy::too_many_arguments)]
    fn mediated(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        w: usize,
        g: usize,
        deal: Option<usize>,
        mediators: Vec<Actor>,
        coded: &[Coded],
    ) -> Option<Coded> {
        let mut g = g;
        let mut parties: Vec<Actor> = Vec::new();
        // ("agreed ... to set aside their dispute, in a deal brokered by
        // Erdogan": up from an infinitive or conjunct to the clause that
        // coded the parties.)
        for _ in 0..3 {
            for c in coded.iter().filter(|c| c.predicate == g) {
                for a in c.sources.iter().chain(c.targets.iter()) {
                    if !parties.iter().any(|p| p.code == a.code) {
                        parties.push(a.clone());
                    }
                }
            }
            match tree.head(g) {
                Some(h)
                    if parties.is_empty()
                        && matches!(tree.rel(g), "advcl" | "xcomp" | "conj")
                        && tree.upos(h) == "VERB" =>
                {
                    g = h
                }
                _ => break,
            }
        }
        // ("talks between Taliban envoys and Afghan politicians,
        // facilitated by Qatar": the talks name their parties.)
        if parties.is_empty() {
            if let Some(b) = deal.and_then(|d| nmod_with(tree, d, "between")) {
                parties = f.arg_actors(b, mem);
            }
        }
        // ("A ceasefire between Israel and Hezbollah took effect under a
        // deal brokered by the United States": the parties the clause's
        // subject names.)
        if parties.is_empty() {
            if let Some(b) = tree
                .kid(g, "nsubj")
                .and_then(|s| nmod_with(tree, s, "between"))
            {
                parties = f.arg_actors(b, mem);
            }
        }
        if parties.is_empty() {
            parties = self.subjects(tree, f, mem, g, 0);
        }
        let own: Vec<String> = mediators.iter().map(|m| country(m).to_string()).collect();
        parties.retain(|p| !own.iter().any(|o| o == country(p)));
        // "After talks mediated by Qatar, Afghanistan and Pakistan agreed
        // ..., the Qatari ministry said": the deal belongs to the report's
        // clause.
        if parties.is_empty() {
            for c in coded
                .iter()
                .filter(|c| tree.head(c.predicate) == Some(g) && tree.rel(c.predicate) == "ccomp")
            {
                for a in c.sources.iter().chain(c.targets.iter()) {
                    if !own.iter().any(|o| o == country(a))
                        && !parties.iter().any(|p| p.code == a.code)
                    {
                        parties.push(a.clone());
                    }
                }
            }
        }
        self.nominal_event("045", w, mediators, parties, false)
    }

    /// A noun's event: from `sources` to `targets`, or among the sources
    /// when it is `reciprocal`.
    fn nominal_event(
        &self,
        code: &str,
        w: usize,
        sources: Vec<Actor>,
        targets: Vec<Actor>,
        reciprocal: bool,
    ) -> Option<Coded> {
        let enough = if reciprocal {
            sources.len() >= 2
        } else {
            !sources.is_empty() && !targets.is_empty()
        };
        enough.then(|| Coded {
            code: code.to_string(),
            predicate: w,
            sources,
            targets,
            modality: Modality::Asserted,
            reciprocal,
            mutual: false,
        })
    }
}
