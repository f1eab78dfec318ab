//! The event coder: from a parsed sentence, the dictionaries and the document
//! date, the CAMEO/PLOVER events it reports, with evidence, modality, dates
//! and places.
//!
//! **Architecture invariant:** the coder never does I/O and never parses text;
//! it reads a dependency tree ([`Word`]s) and a [`Lexicon`]. The [`pipeline`]
//! module glues the text, syntax and coder stages for callers that start from
//! raw text.
//!
//! ```no_run
//! use dyad_coder::{Coder, CoderOptions, DocMemory, SentenceInput, Word};
//! let (lex, _diags) = dyad_lexicon::Lexicon::bundled();
//! let coder = Coder::new(&lex, CoderOptions::default());
//! let words: Vec<Word> = Vec::new(); // from the parser
//! let mut memory = DocMemory::default();
//! let date = chrono::NaiveDate::from_ymd_opt(2022, 9, 5).unwrap();
//! let input = SentenceInput { doc_id: "d1", index: 0, text: "", words: &words, pub_date: date, times: &[] };
//! let events = coder.code_sentence(&input, &mut memory);
//! assert!(events.is_empty());
//! ```

mod actors;
mod nominal;
pub mod petr;
pub mod pipeline;
mod quantities;
mod tree;

use chrono::NaiveDate;
use dyad_event::{cameo, DatePrecision, Event, Evidence, Location, Modality};
use dyad_lexicon::{Lexicon, MatchKind, TargetSlot, VerbPattern};

pub use actors::{Actor, ActorKind, DocMemory};
pub use tree::Word;

use actors::{ActorFinder, Mentions};
use tree::Tree;

/// Options that change what the coder emits.
#[derive(Debug, Clone)]
pub struct CoderOptions {
    /// Emit only events with both a source and a target (PETRARCH's `require_dyad`).
    pub require_dyad: bool,
    /// Keep events whose source and target codes are identical.
    pub allow_self: bool,
    /// Print each sentence's tree, matches and coded predicates to stderr (`DYAD_TRACE=1`).
    pub trace: bool,
}

impl Default for CoderOptions {
    fn default() -> Self {
        CoderOptions {
            require_dyad: true,
            allow_self: false,
            trace: std::env::var_os("DYAD_TRACE").is_some(),
        }
    }
}

/// A resolved temporal expression in the sentence (byte offsets into the sentence text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeMention {
    pub start: u32,
    pub end: u32,
    pub date: NaiveDate,
    pub precision: DatePrecision,
}

/// Everything the coder needs about one sentence.
pub struct SentenceInput<'a> {
    pub doc_id: &'a str,
    pub index: u32,
    /// The sentence text; word offsets and evidence spans are relative to it.
    pub text: &'a str,
    pub words: &'a [Word],
    pub pub_date: NaiveDate,
    /// Temporal expressions already found in the sentence.
    pub times: &'a [TimeMention],
}

/// The event coder. Cheap to create; share the [`Lexicon`] across threads.
pub struct Coder<'l> {
    lex: &'l Lexicon,
    opts: CoderOptions,
}

/// One coded predicate before it is paired into events.
#[derive(Debug, Clone)]
struct Coded {
    code: String,
    predicate: usize,
    sources: Vec<Actor>,
    targets: Vec<Actor>,
    modality: Modality,
    reciprocal: bool,
    /// Sources and targets act on each other ("met with", "clashed with"):
    /// the event is coded in both directions.
    mutual: bool,
}

impl Coded {
    /// The states of the event's sources ("RUS" of "RUSGOV").
    fn source_states(&self) -> Vec<String> {
        self.sources
            .iter()
            .map(|a| dyad_event::split_actor_code(&a.code).0.to_string())
            .collect()
    }
}

const REPORT_VERBS: &[&str] = &[
    "say",
    "tell",
    "state",
    "announce",
    "report",
    "claim",
    "add",
    "note",
    "write",
    "stress",
    "insist",
    "confirm",
    "declare",
    "explain",
    "indicate",
    "suggest",
    "warn",
    "reiterate",
    "remark",
    "allege",
];

const INTENT_VERBS: &[&str] = &[
    "promise",
    "pledge",
    "vow",
    "plan",
    "intend",
    "agree",
    "offer",
    "commit",
    "undertake",
    "aim",
    "expect",
    "seek",
    "hope",
    "prepare",
    "want",
    "wish",
    "decide",
    "propose",
    "threaten",
    "try",
    // "is scheduled to attend", "is set to visit" (read as passive verbs)
    "schedule",
    "set",
];

const INTENT_ADJS: &[&str] = &[
    "supposed", "ready", "willing", "set", "due", "expected", "poised", "prepared", "likely",
];

/// Passive verbs whose subject is the subject of their infinitive ("is supposed to deliver").
const RAISING: &[&str] = &[
    "suppose", "expect", "set", "schedule", "slate", "plan", "require", "oblige", "obligate",
    "due", "believe", "say", "report",
];

/// Verbs whose object is the subject of their infinitive ("urged the Taliban
/// to form"); both coders use it.
pub(crate) const OBJECT_CONTROL: &[&str] = &[
    "urge",
    "ask",
    "call",
    "invite",
    "encourage",
    "persuade",
    "tell",
    "allow",
    "force",
    "help",
    "press",
    "request",
    "order",
    "permit",
    "enable",
    "advise",
    "warn",
    // ("a deal that requires Israeli troops to withdraw": what a deal
    // or law requires of someone is that party's to do.)
    "require",
    "oblige",
    "commit",
    // Realised: "prompting Trump to order tariffs", "forcing the army to
    // withdraw" (the object does the act).
    "prompt",
    "spur",
    "compel",
    "provoke",
    "lead",
    "drive",
];

/// Verbs whose infinitive complement is permitted or requested, not done
/// ("allows Russia to remove", "urged the Taliban to form").
const UNREALISED: &[&str] = &[
    "allow",
    "permit",
    "enable",
    "authorize",
    "authorise",
    "empower",
    "urge",
    "ask",
    "call",
    "invite",
    "encourage",
    "press",
    "request",
    "order",
    "tell",
    "demand",
    "require",
];

/// Verbs whose infinitive complement did not happen ("refused to recognise").
const REFUSED: &[&str] = &["refuse", "decline", "fail", "neglect"];

/// Verbs whose complement is an allegation, not a fact ("accused Israel of
/// carrying out the attack").
const ALLEGED: &[&str] = &["accuse", "allege", "blame", "suspect", "deny", "charge"];

/// Verbs whose object is asked to do their infinitive ("wants Putin to attack").
const WISH_VERBS: &[&str] = &["want", "wish"];

/// Receiving verbs, coded as the giver's act when a `from` actor is named.
const RECEIVE_VERBS: &[&str] = &[
    "receive", "accept", "get", "obtain", "import", "buy", "purchase",
];

/// Verbs whose object is a topic, never a party: "discussed Syria",
/// "discuss their trade ties". Their target is named with "with" ("discussed
/// Syria with Lavrov") or, between two subjects, is each other.
// ("shook hands at a ceremony attended by Ban Ki-moon": whom one shakes
// hands with is named with "with", or is the other subject.)
const TOPIC_VERBS: &[&str] = &[
    "discuss", "debate", "consider", "review", "examine", "shake",
];

/// Nouns of armed attacks, whose modifiers name who carried them out
/// ("an Israeli air strike", "a Russian missile attack").
const ATTACK_NOUNS: &[&str] = &[
    "strike",
    "airstrike",
    "attack",
    "raid",
    "bombing",
    "shelling",
    "bombardment",
    "assault",
    "offensive",
    "ambush",
    "clash",
    "firefight",
    "skirmish",
];

/// Verbs of goods arriving somewhere.
const ARRIVE_VERBS: &[&str] = &["arrive", "reach", "land", "cross", "dock"];

/// Giving verbs whose patterns name what a receiving verb's object can be.
const GIVE_VERBS: &[&str] = &[
    "provide", "supply", "deliver", "send", "give", "export", "sell",
];

/// Whether arrival verb `v` has a purpose ("arrived ... to lead a
/// mission") or a mission ("as part of a CSTO force").
fn on_mission(tree: &Tree, v: usize) -> bool {
    helping_purpose(tree, v, &["lead", "fight", "reinforce", "join", "keep"])
        || tree.children(v).iter().any(|&c| {
            tree.rel(c) == "obl" && matches!(tree.lemma[c].as_str(), "part" | "mission" | "force")
        })
}

/// Verbs of a purpose that helps someone ("sent troops to help restore
/// order").
const HELPING: &[&str] = &[
    "help",
    "assist",
    "support",
    "protect",
    "secure",
    "restore",
    "train",
    "stabilize",
    "stabilise",
    "guard",
    "defend",
];

/// Whether verb `v` has a purpose infinitive of helping (or of one of
/// `more`).
fn helping_purpose(tree: &Tree, v: usize, more: &[&str]) -> bool {
    tree.children(v).iter().any(|&c| {
        matches!(tree.rel(c), "advcl" | "xcomp")
            && marked_by(tree, c, &["to"])
            && (HELPING.contains(&tree.lemma[c].as_str()) || more.contains(&tree.lemma[c].as_str()))
    })
}

/// Verbs of moving goods to someone: what they give is named by the giving
/// verbs' patterns ("handed over 20,000 tonnes of wheat to the Taliban").
const TRANSFER_VERBS: &[&str] = &[
    "hand", "transfer", "ship", "dispatch", "donate", "airlift", "truck", "disburse", "channel",
    "pump", "deposit",
];

/// Nouns of acts a state can be criticised for ("denounced the incursion").
const ACT_NOUNS: &[&str] = &[
    "incursion",
    "attack",
    "strike",
    "airstrike",
    "offensive",
    "invasion",
    "raid",
    "shelling",
    "bombing",
    "killing",
    "launch",
    "test",
    "move",
    "decision",
    "deployment",
    "annexation",
    "operation",
    "violation",
    "provocation",
    "expulsion",
    "arrest",
    "detention",
    "execution",
    "seizure",
    "blockade",
    "sanction",
    "ban",
    "remark",
    "statement",
    "action",
    "step",
    "ruling",
    "verdict",
    "vote",
    "curb",
    "restriction",
    "measure",
    "purchase",
    "incident",
    "closure",
    "crackdown",
    "tariff",
    "law",
    // "condemned what it called a state hijacking"
    "what",
];

/// Words that make a name for something a condemnation ("called the
/// detention arbitrary", "described the junta as illegitimate", "called
/// Pakistan a terrorist state").
const CONDEMNING_WORDS: &[&str] = &[
    "arbitrary",
    "illegal",
    "unlawful",
    "illegitimate",
    "unjustified",
    "unjustifiable",
    "unacceptable",
    "void",
    "invalid",
    "piracy",
    "aggression",
    "terrorism",
    "terrorist",
    "hijacking",
    "coup",
    "assault",
    "violation",
    "provocation",
    "provocative",
    "crime",
    "criminal",
    "genocide",
    "cleansing",
    "blow",
    "stab",
    "betrayal",
    "absurd",
    "baseless",
    "unfounded",
    "propaganda",
    "hostile",
    "outrageous",
    "irresponsible",
    "reckless",
    "shameful",
    "disgraceful",
    "barbaric",
    "incomprehensible",
    "blackmail",
    "interference",
    "meddling",
    "sabotage",
    "insult",
    "farce",
    "sham",
    "fraud",
    "hypocritical",
    "racist",
    "aggressor",
    "puppet",
    "bully",
    "rogue",
    "null",
    "retaliation",
    "lie",
];

/// Lemmas that can head a reciprocal event when two subjects and no target are given.
const RECIPROCAL: &[&str] = &[
    "meet",
    "agree",
    "sign",
    "talk",
    "negotiate",
    "discuss",
    "cooperate",
    "clash",
    "fight",
    "hold",
    "exchange",
    "trade",
    "consult",
    "confer",
    "shake",
];

/// Nouns of accidents and disasters: as the agent of a passive they name no
/// actor.
const ACCIDENTS: &[&str] = &[
    "crash",
    "accident",
    "collision",
    "explosion",
    "blast",
    "fire",
    "flood",
    "earthquake",
    "storm",
    "cyclone",
    "hurricane",
    "typhoon",
    "landslide",
    "avalanche",
    "stampede",
];

/// Agent codes of a state's own organs: with the bare state they are one
/// party ("Russia" and "the Russian government").
const STATE_SECTORS: &[&str] = &[
    "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI", "PRE", "SFM",
];

/// Lemmas of acts two parties do with each other: with a "with" party they
/// are coded both ways.
const MUTUAL: &[&str] = &[
    "meet",
    "agree",
    "talk",
    "negotiate",
    "hold",
    "sign",
    "clash",
    "fight",
    "consult",
    "confer",
    "cooperate",
    "trade",
    "exchange",
    "phone",
    "telephone",
    "call",
    "speak",
    "shake",
];

impl<'l> Coder<'l> {
    pub fn new(lex: &'l Lexicon, opts: CoderOptions) -> Coder<'l> {
        Coder { lex, opts }
    }

    pub fn lexicon(&self) -> &Lexicon {
        self.lex
    }

    fn is_cue(&self, class: &str, lemma: &str, fallback: &[&str]) -> bool {
        self.lex.cue(class, lemma) || fallback.contains(&lemma)
    }

    /// Code one sentence. `memory` carries actors between the sentences of a document.
    pub fn code_sentence(&self, s: &SentenceInput, memory: &mut DocMemory) -> Vec<Event> {
        if s.words.is_empty() {
            return Vec::new();
        }
        let tree = Tree::new(s.words);
        // A discard phrase drops the sentence. Sport is the exception: what
        // happens around a game can be political ("activists staged a protest
        // in Beijing before the Olympics", a boycott of the World Cup), so a
        // sport sentence keeps its threats, protests, boycotts and sanctions,
        // coercion (arrests, bans) and mass violence, and loses the rest:
        // "Brazil beat Argentina" is not an assault, nor "the teams will meet
        // in the final" a meeting.
        // A sport phrase that only dates or frames the event ("struck a
        // depot in Jeddah ahead of a Formula One race", "met on the
        // sidelines of the Olympics") does not make the sentence sport.
        let sport_only = {
            let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            match self.lex.is_discard(&forms) {
                None => false,
                Some(hit) if hit.entry.group == "sports" => !framed_as_occasion(&tree, hit.start),
                Some(_) => return Vec::new(),
            }
        };
        // Roles are judged on the date of the sentence's main event ("President
        // Bill Clinton visited Moscow in 1998"), else the document's date.
        let date = (0..tree.len())
            .find(|&i| tree.head(i).is_none())
            .map(|root| self.event_date(s, &tree, root).0)
            .unwrap_or(s.pub_date);
        let mentions = Mentions::new(self.lex, &tree, date, memory);
        let place_country = ActorFinder {
            lex: self.lex,
            tree: &tree,
            mentions: &mentions,
            date,
            place_country: None,
        }
        .sentence_place_country();
        let finder = ActorFinder {
            lex: self.lex,
            tree: &tree,
            mentions: &mentions,
            date,
            place_country,
        };

        let mut coded: Vec<Coded> = Vec::new();
        for v in 0..tree.len() {
            if !self.is_predicate(&tree, v)
                || nominal::is_visiting_modifier(&finder, v)
                || nominal::is_mediator_participle(&tree, v)
                || hit_by_disaster(&tree, v)
            {
                continue;
            }
            // Complements of report and intent verbs are coded from their governor.
            if let Some(h) = tree.head(v) {
                let r = tree.rel(v);
                if (r == "ccomp" && self.is_cue("report", &tree.lemma[h], REPORT_VERBS))
                    || (r == "xcomp" && self.is_intent_word(&tree, h))
                {
                    continue;
                }
                // "the two discussed expanding trade": what is discussed,
                // considered or studied is a topic, not an act.
                if r == "xcomp"
                    && matches!(
                        tree.lemma[h].as_str(),
                        "discuss" | "consider" | "explore" | "study" | "debate" | "mull" | "weigh"
                    )
                {
                    continue;
                }
                // "signed a declaration pledging to work towards
                // denuclearisation", "a treaty committing both sides to
                // mutual defence": what a signed text pledges is its content,
                // not a separate pledge.
                // (An order, decree or law signed is the signer's own act:
                // "signed an order imposing tariffs on Canada".)
                if matches!(r, "advcl" | "acl")
                    && tree.words[v].xpos == "VBG"
                    // (After a comma the signers pledge: "signed a
                    // declaration on Thursday, pledging to keep channels
                    // open".)
                    && v > 0
                    && tree.lower[v - 1] != ","
                    // (Nor with a subject of its own: "signed a security
                    // agreement, with Australia pledging 200 million
                    // dollars".)
                    && tree.kid(v, "nsubj").is_none()
                    && !signs_an_order(&tree, h)
                    && (tree.lemma[h] == "sign"
                        || matches!(
                            tree.lemma[h].as_str(),
                            "declaration"
                                | "treaty"
                                | "agreement"
                                | "pact"
                                | "deal"
                                | "accord"
                                | "memorandum"
                                | "communique"
                                | "statement"
                        ))
                {
                    continue;
                }
                // "agreed on Thursday not to threaten each other": what is
                // agreed not to be done is not an act of its own (the
                // infinitive may be read as a purpose clause).
                if r == "advcl"
                    && marked_by(&tree, v, &["to"])
                    && tree.is_negated(v)
                    && self.is_intent_word(&tree, h)
                {
                    continue;
                }
            }
            // Signing an order, decree or law is no agreement with anyone;
            // what it orders is coded from the participle or clause.
            if signs_an_order(&tree, v) {
                continue;
            }
            coded.extend(self.code_predicate(&tree, &finder, memory, v, 0));
        }
        coded.extend(self.ultimatums(&tree, &finder, memory, &coded));
        coded.extend(self.did_the_same(&tree, &finder, memory, &coded));
        let nominal = self.code_nominals(&tree, &finder, memory, &coded);
        coded.extend(nominal);
        coded.extend(guests_visits(&tree, &coded));
        coded.extend(swap_returns(&tree, &coded));
        let told = self.told_in_person(&tree, &finder, memory, &coded);
        // (Telling someone face to face is the meeting; the bare saying is
        // no event of its own: "told visiting Kazakh President Tokayev that
        // China would buy more wheat".)
        coded.retain(|c| {
            cameo::root_of(&c.code) != Some(1) || !told.iter().any(|t| t.predicate == c.predicate)
        });
        coded.extend(told);
        // "in an attack claimed by Islamic State", "Al Shabaab claimed
        // responsibility for the attack, which killed 20 people": violence
        // without a named doer is the claimant's.
        let mut claimants: Vec<Actor> = Vec::new();
        for w in 0..tree.len() {
            if tree.lemma[w] != "claim" {
                continue;
            }
            if tree
                .kid(w, "obj")
                .is_some_and(|o| matches!(tree.lemma[o].as_str(), "responsibility" | "credit"))
            {
                claimants.extend(self.subjects(&tree, &finder, memory, w, 0));
            } else if tree.rel(w) == "acl" {
                claimants.extend(actors_by_case(
                    &tree,
                    &finder,
                    memory,
                    [w],
                    &["obl"],
                    &["by"],
                ));
            }
        }
        if !claimants.is_empty() {
            for c in coded.iter_mut() {
                if c.sources.is_empty() && matches!(cameo::root_of(&c.code), Some(18..=20)) {
                    c.sources = claimants.clone();
                }
            }
        }
        // "North Korea fired shells at Yeonpyeong, and the South's military
        // returned fire", "Hamas attacked army posts, and Israel
        // retaliated": a response without a named target answers whoever
        // attacked the responder.
        for i in 0..coded.len() {
            let c = &coded[i];
            let root = cameo::root_of(&c.code).unwrap_or(0);
            if !c.targets.is_empty()
                || c.sources.is_empty()
                || !(16..=20).contains(&root)
                || !matches!(
                    tree.lemma[c.predicate].as_str(),
                    "return" | "retaliate" | "respond" | "hit" | "strike"
                )
            {
                continue;
            }
            let country = |a: &Actor| dyad_event::split_actor_code(&a.code).0.to_string();
            let mine: Vec<String> = c.sources.iter().map(country).collect();
            let attackers: Vec<Actor> = coded
                .iter()
                .enumerate()
                .filter(|(j, o)| {
                    *j != i
                        && o.predicate < c.predicate
                        && cameo::root_of(&o.code)
                            .is_some_and(|r| r == root || (17..=20).contains(&r))
                        && o.targets.iter().any(|t| mine.contains(&country(t)))
                })
                .flat_map(|(_, o)| o.sources.iter().cloned())
                .collect();
            if !attackers.is_empty() {
                coded[i].targets = attackers;
            }
        }
        // "Damascus denounced the incursion", "Seoul condemned the launch":
        // criticism of an act without a named target is aimed at whoever
        // the sentence says did the act.
        for i in 0..coded.len() {
            let c = &coded[i];
            let Some(o) = tree.kid(c.predicate, "obj") else {
                continue;
            };
            if !matches!(cameo::root_of(&c.code), Some(11 | 12))
                || c.sources.is_empty()
                || !ACT_NOUNS.contains(&tree.lemma[o].as_str())
            {
                continue;
            }
            // The doer: a source of the sentence's other acts, else a
            // subject of the sentence (the act may have no pattern:
            // "Turkish tanks rolled into Syria").
            let critic = dyad_event::split_actor_code(&c.sources[0].code)
                .0
                .to_string();
            // (A target of the critic's own state came from the words
            // after: "denounced the move as an attack on Colombia's
            // sovereignty".)
            if c.targets
                .iter()
                .any(|t| dyad_event::split_actor_code(&t.code).0 != critic)
            {
                continue;
            }
            let mut doers: Vec<Actor> = coded
                .iter()
                .filter(|d| {
                    d.predicate != c.predicate && !matches!(cameo::root_of(&d.code), Some(11 | 12))
                })
                .flat_map(|d| d.sources.iter().cloned())
                .collect();
            for w in 0..tree.len() {
                if tree.rel(w) == "nsubj" {
                    doers.extend(finder.np_actors(w));
                }
            }
            if let Some(d) = doers
                .into_iter()
                .find(|a| dyad_event::split_actor_code(&a.code).0 != critic)
            {
                coded[i].targets = vec![d];
            }
        }
        // "Zelenskiy and Putin agreed to a full exchange of prisoners":
        // agreeing to a thing is an intention (03), not accord with each
        // other (019).
        for c in coded.iter_mut() {
            let p = c.predicate;
            // (So is agreeing that something will be done: "agreed that
            // neither country would raise tariffs".)
            let future_clause = tree.kids(p, "ccomp").any(|x| {
                tree.kids(x, "aux").any(|a| {
                    matches!(
                        tree.lemma[a].as_str(),
                        "will" | "would" | "shall" | "should" | "must"
                    )
                })
            });
            if c.code == "019"
                && tree.lemma[p] == "agree"
                && (future_clause
                    || tree
                        .kids(p, "obl")
                        .any(|k| tree.case_of(k).as_deref() == Some("to")))
                && !tree
                    .kids(p, "obl")
                    .any(|k| tree.case_of(k).as_deref() == Some("with"))
            {
                c.code = "030".to_string();
                if c.modality == Modality::Asserted {
                    c.modality = Modality::Intended;
                }
            }
        }
        let labels = self.labelled(&tree, &finder, memory, &coded);
        // (The label replaces a bare statement coded from the same verb.)
        coded.retain(|c| {
            cameo::root_of(&c.code) != Some(1) || !labels.iter().any(|l| l.predicate == c.predicate)
        });
        coded.extend(labels);
        // "fired missiles at cities across Ukraine", "shelled the South
        // Korean island of Yeonpyeong": an attack on places is aimed at the
        // state they are in.
        for c in coded.iter_mut() {
            if !c.targets.is_empty()
                || c.sources.is_empty()
                || c.reciprocal
                || !matches!(cameo::root_of(&c.code), Some(18..=20))
            {
                continue;
            }
            let p = c.predicate;
            let aimed = |k: usize| {
                matches!(
                    tree.case_of(k).as_deref(),
                    Some("at" | "on" | "into" | "against" | "in" | "across" | "inside")
                )
            };
            let mut places: Vec<usize> = tree.kids(p, "obj").collect();
            places.extend(tree.kids(p, "obl").filter(|&k| aimed(k)));
            let objs: Vec<usize> = tree.kids(p, "obj").collect();
            for o in objs {
                places.extend(tree.kids(o, "nmod").filter(|&k| aimed(k)));
            }
            let found = places.iter().find_map(|&w| {
                std::iter::once(w)
                    .chain(tree.kids(w, "nmod").filter(|&k| {
                        matches!(
                            tree.case_of(k).as_deref(),
                            Some("in" | "across" | "of" | "inside")
                        )
                    }))
                    // (A border is where, not whom: "near the Afghan
                    // border".)
                    .filter(|&x| {
                        !matches!(tree.lemma[x].as_str(), "border" | "frontier" | "boundary")
                    })
                    .flat_map(|x| finder.np_actors(x))
                    .find(|a| a.kind == ActorKind::Country)
            });
            if let Some(a) = found {
                let country = dyad_event::split_actor_code(&a.code).0.to_string();
                c.targets = vec![Actor { code: country, ..a }];
            }
        }
        // "pulled the United States out of the nuclear agreement with Iran":
        // an act whose only target is the doer's own state is aimed at the
        // other party of the thing it acts on.
        for c in coded.iter_mut() {
            let own = |a: &Actor| {
                let (tc, ta) = dyad_event::split_actor_code(&a.code);
                (ta.is_empty() || ta.starts_with("GOV"))
                    && c.sources
                        .iter()
                        .any(|s| dyad_event::split_actor_code(&s.code).0 == tc)
            };
            if c.targets.is_empty() || !c.targets.iter().all(own) {
                continue;
            }
            let others: Vec<Actor> = tree
                .kids(c.predicate, "obl")
                .flat_map(|o| tree.kids(o, "nmod").collect::<Vec<_>>())
                .filter(|&k| tree.case_of(k).as_deref() == Some("with"))
                .flat_map(|k| finder.arg_actors(k, memory))
                .filter(|a| !own(a))
                .collect();
            if !others.is_empty() {
                c.targets = others;
            }
        }
        // "pulled out of the deal and reimposed sanctions, a decision that
        // Britain, France and Germany criticised": a verdict on a decision
        // in apposition to a clause is aimed at the clause's subject.
        for c in coded.iter_mut() {
            let p = c.predicate;
            if !c.targets.is_empty()
                || !matches!(cameo::root_of(&c.code), Some(5 | 11 | 12))
                || tree.full_rel(p) != "acl:relcl"
            {
                continue;
            }
            // ("Orban met Putin in Moscow, a visit European Union leaders
            // criticised", "signed an accord, a deal that Greece denounced".)
            let Some(n) = tree.head(p).filter(|&n| {
                matches!(
                    tree.lemma[n].as_str(),
                    "decision"
                        | "move"
                        | "step"
                        | "action"
                        | "announcement"
                        | "measure"
                        | "visit"
                        | "trip"
                        | "deal"
                        | "agreement"
                        | "accord"
                        | "pact"
                        | "plan"
                        | "ruling"
                        | "order"
                        | "ban"
                        | "law"
                        | "launch"
                        | "test"
                )
            }) else {
                continue;
            };
            // (The apposition may hang deep in the clause's last phrase:
            // "signed an accord on oil and gas exploration in Tripoli on
            // Monday, a deal that ...".)
            let mut g = n;
            for _ in 0..8 {
                if tree.upos(g) == "VERB" {
                    break;
                }
                match tree.head(g) {
                    Some(h) => g = h,
                    None => break,
                }
            }
            if tree.upos(g) != "VERB" {
                continue;
            }
            // (Not the critic's own state's organs; its opposition may
            // denounce its government: "a move the Ennahda party denounced
            // as a coup".)
            let organ = |code: &str| {
                let agent = dyad_event::split_actor_code(code).1;
                agent.is_empty() || STATE_SECTORS.contains(&agent.get(..3).unwrap_or(agent))
            };
            let own = c.source_states();
            let critic_is_state = c.sources.iter().all(|s| organ(&s.code));
            let doers: Vec<Actor> = self
                .subjects(&tree, &finder, memory, g, 0)
                .into_iter()
                .filter(|a| {
                    !(own.contains(&dyad_event::split_actor_code(&a.code).0.to_string())
                        && critic_is_state
                        && organ(&a.code))
                })
                .filter(|a| !c.sources.iter().any(|s| s.code == a.code))
                .collect();
            if !doers.is_empty() {
                c.targets = doers;
            }
        }
        // "rejecting the timetable set out by President Emmanuel Macron":
        // rejecting or criticising a thing someone put forward is aimed at
        // them.
        for c in coded.iter_mut() {
            if !c.targets.is_empty() || !matches!(cameo::root_of(&c.code), Some(11 | 12)) {
                continue;
            }
            let Some(o) = tree.kid(c.predicate, "obj") else {
                continue;
            };
            let by = tree.kids(o, "acl").find_map(|a| {
                tree.children(a).iter().copied().find(|&k| {
                    tree.full_rel(k) == "obl:agent" || tree.case_of(k).as_deref() == Some("by")
                })
            });
            if let Some(b) = by {
                c.targets = finder.np_actors(b);
            }
        }
        // "Iraq summoned Turkey's charge d'affaires and demanded a formal
        // apology": a demand, complaint or threat with no target of its own,
        // coordinated with an act by the same subject, is aimed at that act's
        // target. (So is a cut in relations: "expelled India's ambassador
        // and suspended bilateral trade".)
        for i in 0..coded.len() {
            let c = &coded[i];
            if !c.targets.is_empty()
                || c.sources.is_empty()
                || !matches!(cameo::root_of(&c.code), Some(10..=13 | 16))
                || tree.rel(c.predicate) != "conj"
                || tree.kid(c.predicate, "nsubj").is_some()
            {
                continue;
            }
            let Some(h) = tree.head(c.predicate) else {
                continue;
            };
            let same = |d: &Coded| {
                d.predicate == h
                    && !d.targets.is_empty()
                    && d.sources
                        .iter()
                        .any(|a| c.sources.iter().any(|b| a.code == b.code))
            };
            if let Some(t) = coded.iter().find(|d| same(d)).map(|d| d.targets.clone()) {
                coded[i].targets = t;
            }
        }
        // "Bolivia broke off relations with Israel, while Colombia and Chile
        // recalled their ambassadors": a cut in relations by others, in a
        // clause joined to one aimed at a state, is aimed at the same state.
        for i in 0..coded.len() {
            let c = &coded[i];
            if !c.targets.is_empty()
                || c.sources.is_empty()
                || cameo::root_of(&c.code) != Some(16)
                || !matches!(tree.rel(c.predicate), "conj" | "advcl" | "parataxis")
            {
                continue;
            }
            let Some(h) = tree.head(c.predicate) else {
                continue;
            };
            let own = c.source_states();
            let aimed = coded.iter().find_map(|d| {
                (d.predicate == h && cameo::root_of(&d.code) == Some(16) && !d.targets.is_empty())
                    .then(|| {
                        d.targets
                            .iter()
                            .filter(|t| {
                                !own.contains(&dyad_event::split_actor_code(&t.code).0.to_string())
                            })
                            .cloned()
                            .collect::<Vec<_>>()
                    })
            });
            if let Some(t) = aimed.filter(|t| !t.is_empty()) {
                coded[i].targets = t;
            }
        }
        // "declined to meet": the refusal is coded from what was refused
        // (125), so the refusing verb's own generic rejection goes.
        let refused_acts: Vec<usize> = coded
            .iter()
            .filter(|c| cameo::root_of(&c.code) == Some(12) && tree.rel(c.predicate) == "xcomp")
            .filter_map(|c| tree.head(c.predicate))
            .collect();
        coded.retain(|c| {
            !(refused_acts.contains(&c.predicate)
                && matches!(tree.lemma[c.predicate].as_str(), "refuse" | "decline"))
        });
        if sport_only {
            coded
                .retain(|c| matches!(cameo::root_of(&c.code).unwrap_or(0), 13 | 14 | 16 | 17 | 20));
        }
        // "the wheat it pledged", "what Moscow had promised", "the loan
        // promised by the UAE": a promise named to identify the goods refers
        // back to a pledge made before, not a new one. Beside the delivery
        // it qualifies it goes; alone ("deliveries were falling short of
        // what Moscow had promised") it stays, as the pledge ledger's
        // evidence of a shortfall.
        let back_reference = |c: &Coded| {
            let p = c.predicate;
            (matches!(tree.full_rel(p), "acl:relcl" | "acl")
                || tree.kid(p, "obj").is_some_and(|o| tree.lower[o] == "what")
                || (tree.full_rel(p) == "acl:relcl"
                    && tree.head(p).is_some_and(|h| tree.lower[h] == "what")))
                && cameo::root_of(&c.code) == Some(3)
                && matches!(
                    tree.lemma[p].as_str(),
                    "pledge" | "promise" | "commit" | "offer"
                )
        };
        if coded
            .iter()
            .any(|c| !back_reference(c) && cameo::root_of(&c.code) != Some(1))
        {
            coded.retain(|c| !back_reference(c));
        }

        // Promises and deliveries often leave the recipient implicit ("Russia has
        // delivered only a fraction of the wheat it pledged"): it is the other party
        // the document has been talking about.
        // (Who struck whom in the sentence, for vows of retaliation.)
        let strikes: Vec<(usize, Vec<Actor>, Vec<String>)> = coded
            .iter()
            .filter(|c| matches!(cameo::root_of(&c.code), Some(15..=20)))
            .map(|c| {
                (
                    c.predicate,
                    c.sources.clone(),
                    c.targets
                        .iter()
                        .map(|t| dyad_event::split_actor_code(&t.code).0.to_string())
                        .collect(),
                )
            })
            .collect();
        for c in coded.iter_mut() {
            let root = cameo::root_of(&c.code).unwrap_or(0);
            // Only giving has an implicit recipient: an intention to meet or
            // to mediate (036, 037) without a named party has none.
            let giving = matches!(root, 6 | 7)
                || (root == 3 && matches!(c.code.get(..3), Some("030" | "031" | "032" | "033")));
            // A vow to respond or retaliate is aimed at the other party
            // ("Moldova expelled 45 Russian diplomats, and Moscow vowed to
            // respond").
            // (So is a threat or vow that names no one: "Biden threatened
            // to reimpose sanctions on the country".)
            let threat_verb = |w: usize| matches!(tree.lemma[w].as_str(), "threaten" | "vow");
            let retaliation = root == 13
                && (threat_verb(c.predicate)
                    // (Or the threat's infinitive: "threatened to reimpose
                    // sanctions" coded from "reimpose".)
                    || (tree.rel(c.predicate) == "xcomp"
                        && tree.head(c.predicate).is_some_and(threat_verb))
                    || std::iter::once(c.predicate)
                        .chain(tree.children(c.predicate).iter().copied())
                        .any(|w| {
                            matches!(
                                tree.lemma[w].as_str(),
                                "respond"
                                    | "retaliate"
                                    | "response"
                                    | "retaliation"
                                    | "revenge"
                                    | "reprisal"
                                    | "consequence"
                            )
                        }));
            // Protecting or training people ("protect foreign diplomats")
            // gives nothing to a third party.
            let to_people = tree.kid(c.predicate, "obj").is_some_and(|o| {
                mentions.cover[o]
                    .is_some_and(|mi| matches!(mentions.matches[mi].hit, MatchKind::Agent(_)))
            });
            // (Not between two subjects: "American and Philippine troops
            // began joint exercises" is what they do with each other.)
            // (Nor inside a relative clause: "a deal that allowed Ukraine to
            // ship grain" ships it to no party of the main clause; a promise
            // referred back to, "what Moscow had promised", keeps its
            // recipient.)
            let pledge = matches!(
                tree.lemma[c.predicate].as_str(),
                "pledge" | "promise" | "commit" | "offer"
            );
            let in_relative = !pledge && tree.in_relative_clause(c.predicate);
            if c.targets.is_empty()
                && !c.sources.is_empty()
                && (giving || retaliation)
                && !to_people
                && !c.reciprocal
                && !in_relative
            {
                let src_country = dyad_event::split_actor_code(&c.sources[0].code)
                    .0
                    .to_string();
                // "... struck Houthi targets, and the Houthis vowed to
                // retaliate": against everyone who struck them.
                let mut attackers: Vec<Actor> = Vec::new();
                if retaliation {
                    for (p, sources, targets) in &strikes {
                        if *p != c.predicate && targets.contains(&src_country) {
                            for a in sources {
                                if !attackers.iter().any(|x| x.code == a.code) {
                                    attackers.push(a.clone());
                                }
                            }
                        }
                    }
                }
                if !attackers.is_empty() {
                    c.targets = attackers;
                } else if let Some(a) =
                    sentence_other_country(&tree, &finder, &src_country, c.predicate)
                {
                    c.targets.push(a);
                } else if let Some(a) = memory.recent_other_country(&src_country, c.predicate) {
                    c.targets.push(a);
                }
            }
        }
        // Forces a state calls up, masses or deploys are its own, not the
        // target of its posture ("called up 300,000 reservists").
        for c in coded.iter_mut() {
            if cameo::root_of(&c.code) == Some(15) {
                let p = c.predicate;
                c.targets.retain(|t| {
                    let (_, agent) = dyad_event::split_actor_code(&t.code);
                    !(t.kind == ActorKind::Agent
                        && tree.kid(p, "obj") == Some(t.head)
                        && matches!(agent.get(..3).unwrap_or(""), "MIL" | "COP" | "UAF"))
                });
            }
        }
        // "... as thousands marched against Ruto's tax increases": a
        // crowd the sentence counts but does not name protests as the
        // people of the place it is in.
        if let Some(pc) = finder.place_country.clone() {
            for c in coded.iter_mut() {
                if cameo::root_of(&c.code) != Some(14) || !c.sources.is_empty() {
                    continue;
                }
                let Some(s) = tree.kid(c.predicate, "nsubj") else {
                    continue;
                };
                if matches!(
                    tree.lemma[s].as_str(),
                    "thousand" | "thousands" | "hundred" | "hundreds" | "crowd" | "people"
                ) && tree.kids(s, "nmod").next().is_none()
                {
                    c.sources = vec![Actor::named(format!("{pc}CVL"), s, s, s, ActorKind::Agent)];
                }
            }
        }
        // "police fired tear gas to regain control of the buildings":
        // repression without a named target is of the state's own people.
        for c in coded.iter_mut() {
            // (Not when aimed at someone the sentence does not make an
            // actor: "fired tear gas at migrants".)
            if c.code != "175"
                || !c.targets.is_empty()
                || c.sources.is_empty()
                || tree
                    .kids(c.predicate, "obl")
                    .any(|k| matches!(tree.case_of(k).as_deref(), Some("at" | "on" | "against")))
            {
                continue;
            }
            let homes: Vec<&str> = c
                .sources
                .iter()
                .map(|s| dyad_event::split_actor_code(&s.code).0)
                .collect();
            if homes.iter().all(|h| h.len() == 3 && *h == homes[0])
                && !matches!(homes[0], "IGO" | "IMG" | "NGO")
            {
                let p = c.predicate;
                c.targets = vec![Actor::named(
                    format!("{}CVL", homes[0]),
                    p,
                    p,
                    p,
                    ActorKind::Agent,
                )];
            }
        }
        // Protests, force and violence "in Beijing" / "in Alaska" without a named
        // target are directed at the place's state.
        // (Whom else the same people act against in the sentence: "rallied
        // outside the French embassy, chanting slogans against the former
        // colonial power" protests France, not Niger's own government.)
        // "Myanmar's junta launched air strikes on a village in Sagaing
        // region": a state's forces striking a village, market or camp at
        // home strike its people (the place alone would be the state itself).
        for c in coded.iter_mut() {
            let root = cameo::root_of(&c.code).unwrap_or(0);
            if !(18..=20).contains(&root) || !civilian_place(&tree, c.predicate) {
                continue;
            }
            let home = c.source_states();
            let mut home_people = false;
            for t in c.targets.iter_mut() {
                if t.code.len() == 3 && home.contains(&t.code) {
                    t.code = format!("{}CVL", t.code);
                    home_people = true;
                }
            }
            // ("Egyptian security forces stormed two Cairo protest camps":
            // police storming a protest repress it, 175.)
            let protest_place = tree.kid(c.predicate, "obj").is_some_and(|o| {
                tree.children(o).iter().any(|&k| {
                    tree.rel(k) == "compound"
                        && matches!(tree.lemma[k].as_str(), "protest" | "demonstration")
                })
            });
            if home_people
                && protest_place
                && c.sources
                    .iter()
                    .all(|s| dyad_event::split_actor_code(&s.code).1.starts_with("COP"))
            {
                c.code = "175".to_string();
            }
        }
        // (Militants storming a hotel in Mogadishu attack the people in it,
        // which the sentence's killing codes; not the state whose capital
        // it is.)
        for c in coded.iter_mut() {
            if tree.lemma[c.predicate] == "storm" && militants(&c.sources) {
                let o = tree.kid(c.predicate, "obj");
                c.targets.retain(|t| Some(t.head) == o);
            }
        }
        // (A date is no party: "early on Tuesday, the first Indian air raid
        // across the border" names no target; a bare "Tuesday" a parser
        // strung onto a name, "Bashar Assad Tuesday", still names him.)
        for c in coded.iter_mut() {
            c.targets.retain(|t| {
                !is_time_word(&tree.lemma[t.head])
                    || tree.children(t.head).iter().any(|&k| {
                        tree.upos(k) == "PROPN"
                            && matches!(tree.rel(k), "compound" | "name" | "flat")
                    })
            });
        }
        let foreign_targets: Vec<(String, String)> = coded
            .iter()
            .flat_map(|c| {
                c.sources.iter().flat_map(move |s| {
                    c.targets
                        .iter()
                        .map(move |t| (s.code.clone(), t.code.clone()))
                })
            })
            .filter(|(s, t)| dyad_event::split_actor_code(s).0 != dyad_event::split_actor_code(t).0)
            .collect();
        for c in coded.iter_mut() {
            let root = cameo::root_of(&c.code).unwrap_or(0);
            // (Not a cut in relations: "ended their talks in Anchorage" is
            // no act against Alaska.)
            if c.targets.is_empty()
                && !c.sources.is_empty()
                && (14..=20).contains(&root)
                && root != 16
            {
                let src_country = dyad_event::split_actor_code(&c.sources[0].code)
                    .0
                    .to_string();
                let militants_storm = tree.lemma[c.predicate] == "storm" && militants(&c.sources);
                let near: &[&str] = match root {
                    15 => &["near", "along", "around", "to"],
                    18..=20 => &["near", "outside"],
                    _ => &[],
                };
                let pa =
                    place_actor(&tree, &finder, c.predicate, near).filter(|_| !militants_storm);
                // A state's own people or opposition protesting at home
                // protest against its government ("Raila Odinga's
                // opposition alliance began three days of protests across
                // Kenya against tax increases").
                let society = c.sources.iter().all(|s| {
                    let (country, agent) = dyad_event::split_actor_code(&s.code);
                    country.len() == 3
                        && !matches!(country, "IGO" | "IMG" | "NGO" | "MNC")
                        && matches!(
                            agent.get(..3).unwrap_or(""),
                            "CVL" | "OPP" | "LAB" | "EDU" | "REL" | "HRI" | "MED" | "AGR"
                        )
                });
                if let Some(mut a) = pa {
                    if !a.code.starts_with(&src_country) {
                        c.targets.push(a);
                    } else if root == 14 && society {
                        a.code = format!("{src_country}GOV");
                        c.targets.push(a);
                    } else if (18..=20).contains(&root) && civilian_place(&tree, c.predicate) {
                        // "Myanmar's junta launched air strikes on a village
                        // in Sagaing region": a state's forces striking a
                        // village, market or camp at home strike its people.
                        a.code = format!("{src_country}CVL");
                        c.targets.push(a);
                    }
                } else if root == 14
                    && society
                    && !c
                        .sources
                        .iter()
                        .any(|s| foreign_targets.iter().any(|(fs, _)| *fs == s.code))
                {
                    let p = c.predicate;
                    c.targets.push(Actor {
                        code: format!("{src_country}GOV"),
                        head: p,
                        lo: p,
                        hi: p,
                        kind: ActorKind::Country,
                        from_coref: Some(String::new()),
                    });
                }
            }
        }
        // "pulled out of the final round of U.S.-brokered talks with Egypt
        // and Sudan": talks broken off are broken off with their other
        // parties, not with their mediator.
        for c in coded.iter_mut() {
            if !c.code.starts_with("164") {
                continue;
            }
            let p = c.predicate;
            let talks = (p + 1..tree.len()).find(|&w| {
                tree.is_ancestor(p, w) && matches!(tree.lemma[w].as_str(), "talk" | "negotiation")
            });
            let Some(t) = talks else { continue };
            let Some(with) = tree
                .kids(t, "nmod")
                .find(|&k| tree.case_of(k).as_deref() == Some("with"))
            else {
                continue;
            };
            // (Conjuncts included: "with Egypt and Sudan".)
            let others = finder.arg_actors(with, memory);
            if !others.is_empty() {
                c.targets = others;
            }
        }
        // "Five U.S. citizens released by Iran landed in Doha": private
        // people arriving somewhere pay no visit (a visit is an actor's).
        coded.retain(|c| {
            !(c.code == "042"
                && !c.sources.is_empty()
                && c.sources.iter().all(|s| {
                    matches!(
                        dyad_event::split_actor_code(&s.code).1.get(..3),
                        Some("CVL" | "REF")
                    )
                }))
        });
        // "An Australian air force C-17 landed in Tonga with water, shelter
        // kits and communications equipment": a plane or ship arriving with
        // relief goods delivers them (073), it pays no visit.
        for c in coded.iter_mut() {
            let p = c.predicate;
            if c.code != "042" || !matches!(tree.lemma[p].as_str(), "land" | "arrive" | "dock") {
                continue;
            }
            let goods = (p + 1..tree.len()).any(|w| {
                tree.is_ancestor(p, w)
                    && RELIEF_GOODS.contains(&tree.lemma[w].as_str())
                    && (tree.case_of(w).as_deref() == Some("with")
                        || (w > 0 && tree.lower[w - 1] == "with"))
            });
            if goods {
                c.code = "073".to_string();
            }
        }
        // "Venezuelan troops fired tear gas at crowds", "opened fire on a
        // march against President Daniel Ortega": a state's forces using
        // force on a crowd, march or protest at home repress its people
        // (the country's civilians, not whom the march was against).
        for c in coded.iter_mut() {
            let root = cameo::root_of(&c.code).unwrap_or(0);
            if !(17..=19).contains(&root) {
                continue;
            }
            let Some(state) = c.sources.iter().find_map(|s| {
                let (country, agent) = dyad_event::split_actor_code(&s.code);
                (country.len() == 3
                    && !matches!(country, "IGO" | "IMG" | "NGO")
                    && matches!(
                        agent.get(..3).unwrap_or(""),
                        "" | "MIL" | "COP" | "GOV" | "SPY"
                    ))
                .then(|| country.to_string())
            }) else {
                continue;
            };
            let p = c.predicate;
            // (On the verb or on its object noun: "opened fire on a march".)
            let holders: Vec<usize> = std::iter::once(p).chain(tree.kid(p, "obj")).collect();
            let crowd = holders
                .iter()
                .flat_map(|&x| tree.children(x).iter().copied())
                .find(|&k| {
                    matches!(tree.rel(k), "obj" | "obl" | "nmod")
                        && matches!(
                            tree.lemma[k].as_str(),
                            "crowd"
                                | "march"
                                | "rally"
                                | "protest"
                                | "demonstration"
                                | "gathering"
                                | "vigil"
                        )
                        && !tree.children(k).iter().any(|&m| {
                            tree.full_rel(m) == "nmod:poss"
                                || (matches!(tree.rel(m), "amod" | "compound")
                                    && f_has_state(&finder, m))
                        })
                });
            let Some(k) = crowd else { continue };
            // Targets found inside the crowd's phrase ("against President
            // Daniel Ortega") are whom it protested, not whom force hit.
            c.targets.retain(|t| !tree.is_ancestor(k, t.head));
            if c.targets.is_empty() {
                c.targets.push(Actor {
                    code: format!("{state}CVL"),
                    head: k,
                    lo: k,
                    hi: k,
                    kind: ActorKind::Agent,
                    from_coref: None,
                });
                // (Guns or batons on a crowd are repression; an air strike
                // on a gathering stays an air strike.)
                if matches!(c.code.as_str(), "180" | "182" | "190" | "193") {
                    c.code = "175".to_string();
                }
            }
        }
        // A state's forces striking a town of their own with military force
        // ("Syrian helicopters dropped barrel bombs on Aleppo") strike its
        // people: a bare country target the same as a state source is its
        // civilians.
        for c in coded.iter_mut() {
            // (Not a closure or blockade: "closed its border with the Gulf
            // state" is aimed across the border.)
            if !(19..=20).contains(&cameo::root_of(&c.code).unwrap_or(0))
                || c.code.starts_with("191")
                || c.code.starts_with("192")
            {
                continue;
            }
            let state_sources: Vec<&str> = c
                .sources
                .iter()
                .filter_map(|s| {
                    let (country, agent) = dyad_event::split_actor_code(&s.code);
                    (country.len() == 3
                        && (agent.is_empty()
                            || STATE_SECTORS.contains(&agent.get(..3).unwrap_or(agent))))
                    .then_some(country)
                })
                .collect();
            for t in c.targets.iter_mut() {
                if t.code.len() == 3
                    && t.from_coref.is_none()
                    && tree.upos(t.head) == "PROPN"
                    && !is_time_word(&tree.lemma[t.head])
                    && state_sources.contains(&t.code.as_str())
                    && !c.sources.iter().any(|s| s.head == t.head)
                {
                    t.code.push_str("CVL");
                }
            }
        }
        // "Georgian riot police fired water cannon and tear gas at thousands
        // of demonstrators": the people repressed were protesting; their
        // protest against their government is an event too.
        let mut protests: Vec<Coded> = Vec::new();
        for c in &coded {
            if !c.code.starts_with("175") {
                continue;
            }
            for t in &c.targets {
                let (country, agent) = dyad_event::split_actor_code(&t.code);
                if agent != "CVL" || country.len() != 3 {
                    continue;
                }
                // The people fired at, or the word the repression is
                // aimed at ("at thousands of demonstrators").
                let words: Vec<usize> = std::iter::once(t.head)
                    .chain(tree.kids(t.head, "nmod"))
                    .chain(
                        tree.children(c.predicate)
                            .iter()
                            .copied()
                            .filter(|&k| matches!(tree.rel(k), "obj" | "obl")),
                    )
                    .flat_map(|k| std::iter::once(k).chain(tree.kids(k, "nmod")))
                    .collect();
                let protesters = words.iter().any(|&k| {
                    matches!(
                        tree.lemma[k].as_str(),
                        "protester" | "protestor" | "demonstrator" | "marcher"
                    ) || protesting(&tree, k)
                });
                let already = coded.iter().chain(protests.iter()).any(|o| {
                    cameo::root_of(&o.code) == Some(14)
                        && o.sources.iter().any(|s| s.code.starts_with(country))
                });
                if protesters && !already {
                    // (Named by no words of its own: the government the
                    // protest is against.)
                    let gov = Actor {
                        code: format!("{country}GOV"),
                        head: c.predicate,
                        lo: c.predicate,
                        hi: c.predicate,
                        kind: ActorKind::Country,
                        from_coref: Some(String::new()),
                    };
                    protests.push(Coded {
                        code: "141".to_string(),
                        predicate: t.head,
                        sources: vec![t.clone()],
                        targets: vec![gov],
                        modality: Modality::Asserted,
                        reciprocal: false,
                        mutual: false,
                    });
                }
            }
        }
        coded.extend(protests);
        if self.opts.trace {
            eprintln!("-- {} #{}: {}", s.doc_id, s.index, s.text);
            for (i, w) in s.words.iter().enumerate() {
                let m = mentions.cover[i]
                    .map(|mi| format!("{:?}", mentions.matches[mi].hit))
                    .unwrap_or_default();
                eprintln!(
                    "   {:>2} {:<14} {:<10} {:<5} {:>2} {:<10} {}",
                    i + 1,
                    w.form,
                    tree.lemma[i],
                    w.upos,
                    w.head,
                    w.deprel,
                    m
                );
            }
            for c in &coded {
                let codes = |v: &[Actor]| {
                    v.iter()
                        .map(|a| a.code.clone())
                        .collect::<Vec<_>>()
                        .join("+")
                };
                eprintln!(
                    "   => {} pred={} src={} tgt={} {:?}{}",
                    c.code,
                    tree.words[c.predicate].form,
                    codes(&c.sources),
                    codes(&c.targets),
                    c.modality,
                    if c.reciprocal {
                        " reciprocal"
                    } else if c.mutual {
                        " mutual"
                    } else {
                        ""
                    }
                );
            }
        }
        let mut events = self.assemble(s, &tree, &finder, coded);
        // A bare statement (CAMEO 01) between two parties the sentence
        // already codes a more telling act for adds nothing: "spoke by
        // telephone with King Salman to brief him on the deal" is the call.
        let telling: Vec<(String, String)> = events
            .iter()
            .filter(|e| e.root != 1)
            .map(|e| (e.source_country.clone(), e.target_country.clone()))
            .collect();
        // (Claiming or denying responsibility, sympathy and accord say more
        // than a statement, and stay.)
        events.retain(|e| {
            !matches!(e.cameo.as_str(), "010" | "011" | "012" | "013" | "014")
                || e.target_country.is_empty()
                || !telling.contains(&(e.source_country.clone(), e.target_country.clone()))
        });
        // Remember named actors for later pronouns.
        for w in 0..tree.len() {
            if matches!(tree.upos(w), "PROPN" | "NOUN") {
                for a in finder.np_actors(w) {
                    if a.head == w {
                        let text =
                            &s.text[s.words[a.lo].start as usize..s.words[a.hi].end as usize];
                        memory.remember(&a.code, a.kind, text);
                    }
                }
            }
        }
        events
    }

    fn is_predicate(&self, tree: &Tree, v: usize) -> bool {
        match tree.upos(v) {
            // ("personnel armed with knives": a description, not an act.)
            "VERB" | "ADJ"
                if tree.rel(v) == "acl"
                    && matches!(tree.lower[v].as_str(), "armed" | "equipped" | "dressed") =>
            {
                false
            }
            "VERB" => true,
            // Copular predicates like "is supposed to", "ready to" and nominal
            // heads of light-verb constructions are reached through their verbs.
            "ADJ" => {
                tree.kid(v, "xcomp").is_some() && INTENT_ADJS.contains(&tree.lemma[v].as_str())
            }
            _ => false,
        }
    }

    fn is_intent_word(&self, tree: &Tree, v: usize) -> bool {
        let l = tree.lemma[v].as_str();
        if tree.upos(v) == "ADJ" || tree.lower[v] == "supposed" {
            return INTENT_ADJS.contains(&l) || INTENT_ADJS.contains(&tree.lower[v].as_str());
        }
        self.is_cue("intent", l, INTENT_VERBS)
    }

    /// "Bahrain cut diplomatic ties with Iran, a day after Saudi Arabia did
    /// the same", "and Jordan followed suit": the act of the clause it is
    /// joined to, by its own subject (aimed at the same party, unless that
    /// is the new subject's own state).
    fn did_the_same(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        coded: &[Coded],
    ) -> Vec<Coded> {
        let mut out = Vec::new();
        for v in 0..tree.len() {
            let same = match tree.lemma[v].as_str() {
                "do" => tree.kid(v, "obj").is_some_and(|o| tree.lemma[o] == "same"),
                "follow" => tree.kid(v, "obj").is_some_and(|o| tree.lemma[o] == "suit"),
                _ => false,
            };
            if !same || tree.is_negated(v) {
                continue;
            }
            // The clause it is joined to (either way round).
            let linked = |p: usize| {
                tree.head(v) == Some(p)
                    || tree.head(p) == Some(v)
                    || tree
                        .head(v)
                        .is_some_and(|h| tree.head(h) == Some(p) && tree.upos(h) != "VERB")
            };
            let Some(model) = coded
                .iter()
                .find(|c| c.predicate != v && linked(c.predicate) && !c.targets.is_empty())
            else {
                continue;
            };
            let sources = self.subjects(tree, f, mem, v, 0);
            let own: Vec<String> = sources
                .iter()
                .map(|a| dyad_event::split_actor_code(&a.code).0.to_string())
                .collect();
            let targets: Vec<Actor> = model
                .targets
                .iter()
                .filter(|t| !own.contains(&dyad_event::split_actor_code(&t.code).0.to_string()))
                .cloned()
                .collect();
            if sources.is_empty()
                || targets.is_empty()
                || sources
                    .iter()
                    .any(|s| model.sources.iter().any(|m| m.code == s.code))
            {
                continue;
            }
            out.push(Coded {
                code: model.code.clone(),
                predicate: v,
                sources,
                targets,
                modality: self.modality(tree, v, false),
                reciprocal: false,
                mutual: false,
            });
        }
        out
    }

    /// "ECOWAS gave Niger's junta one week to free and reinstate President
    /// Bazoum": a deadline given to a party to do something is an
    /// ultimatum (139). ("gave Iranian diplomats 48 hours to leave" is an
    /// expulsion, coded from its own words.)
    fn ultimatums(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        coded: &[Coded],
    ) -> Vec<Coded> {
        let mut out = Vec::new();
        for v in 0..tree.len() {
            if tree.lemma[v] != "give"
                || tree.upos(v) != "VERB"
                || coded.iter().any(|c| c.predicate == v)
            {
                continue;
            }
            let deps = tree.children(v);
            let Some(&time) = deps.iter().find(|&&k| {
                matches!(tree.rel(k), "obj" | "obl" | "iobj")
                    && matches!(
                        tree.lemma[k].as_str(),
                        "week" | "day" | "hour" | "month" | "deadline"
                    )
                    && tree.case_of(k).is_none()
            }) else {
                continue;
            };
            // The infinitive after the deadline ("to free ...", maybe
            // misread as a prepositional phrase).
            let rest: Vec<&str> = ((time + 1)..tree.len().min(time + 4))
                .map(|k| tree.lower[k].as_str())
                .collect();
            let Some(to) = rest.iter().position(|&w| w == "to") else {
                continue;
            };
            let act = rest.get(to + 1).copied().unwrap_or("");
            if matches!(
                act,
                "leave" | "depart" | "quit" | "exit" | "vacate" | "respond" | "reply" | "comment"
            ) {
                continue;
            }
            let Some(&party) = deps
                .iter()
                .find(|&&k| k != time && matches!(tree.rel(k), "obj" | "iobj") && k < time)
            else {
                continue;
            };
            let targets = f.arg_actors(party, mem);
            let sources = self.subjects(tree, f, mem, v, 0);
            if targets.is_empty() || sources.is_empty() {
                continue;
            }
            out.push(Coded {
                code: "139".to_string(),
                predicate: v,
                sources,
                targets,
                modality: Modality::Asserted,
                reciprocal: false,
                mutual: false,
            });
        }
        out
    }

    /// Subjects of predicate `v`, following control, coordination and relative clauses.
    fn subjects(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        v: usize,
        depth: usize,
    ) -> Vec<Actor> {
        if depth > 8 {
            return Vec::new();
        }
        // "al-Sudani, who was visiting Ankara": a relative pronoun stands
        // for the noun its clause modifies.
        let relative = tree.full_rel(v) == "acl:relcl"
            && tree
                .kid(v, "nsubj")
                .is_some_and(|s| matches!(tree.lower[s].as_str(), "who" | "which" | "that"));
        if relative {
            if let Some(h) = tree.head(v) {
                return f.arg_actors(h, mem);
            }
        }
        let subjects: Vec<usize> = tree.kids(v, "nsubj").collect();
        // "troops exchanged fire, with each side accusing the other": each
        // side is each of the clause above's subjects.
        // (Or an absolute "with each side accusing".)
        let each_subject = subjects.first().copied().or_else(|| {
            tree.kids(v, "obl")
                .find(|&o| o < v && tree.case_of(o).as_deref() == Some("with"))
        });
        if let (Some(first), Some(h)) = (each_subject, tree.head(v)) {
            let each = tree.lower[first] == "each"
                || tree
                    .children(first)
                    .iter()
                    .any(|&c| tree.lower[c] == "each");
            if each
                && matches!(
                    tree.rel(v),
                    "advcl" | "conj" | "ccomp" | "parataxis" | "acl"
                )
            {
                let mut g = Some(h);
                while let Some(x) = g.filter(|&x| tree.upos(x) != "VERB") {
                    g = tree.head(x);
                }
                if let Some(g) = g {
                    return self.subjects(tree, f, mem, g, depth + 1);
                }
            }
        }
        if let Some(&first) = subjects.first() {
            // Two subjects the parser did not coordinate ("South Sudan's
            // President Salva Kiir and rebel leader Riek Machar signed"):
            // both, when "and" joins them. Two clauses' subjects hung from
            // one verb ("Turkish tanks rolled into Syria, and Damascus
            // denounced the incursion"): the nearer.
            let joined = |a: usize, b: usize| {
                (a + 1..b).any(|i| tree.lower[i] == "and")
                    && !(a + 1..b).any(|i| matches!(tree.upos(i), "VERB" | "AUX"))
            };
            let clause_between =
                |a: usize, b: usize| (a + 1..b).any(|i| matches!(tree.upos(i), "VERB" | "AUX"));
            let mut s = first;
            for &s2 in &subjects[1..] {
                if s2 < v && clause_between(s, s2) {
                    s = s2;
                }
            }
            // ("Secretary of State Marco Rubio told" read as two subjects,
            // the title and the name: the name, not whom the bare title
            // might refer back to.)
            let named = |x: usize| {
                let a = f.np_actors(x);
                !a.is_empty() && a.iter().all(|y| y.kind != ActorKind::Agent)
            };
            if !named(s) {
                if let Some(&s2) = subjects
                    .iter()
                    .find(|&&s2| s2 > s && s2 < v && s2 <= s + 4 && !clause_between(s, s2))
                {
                    if named(s2) {
                        s = s2;
                    }
                }
            }
            let mut a = f.arg_actors(s, mem);
            // "Egypt said ... that it would no longer negotiate, accusing
            // Addis Ababa": a pronoun under a report is its reporter (when
            // the document has not named anyone before).
            if a.is_empty() && matches!(tree.lower[s].as_str(), "it" | "they" | "he" | "she") {
                let mut x = v;
                while let Some(h) = tree.head(x) {
                    if tree.rel(x) == "ccomp" && self.is_cue("report", &tree.lemma[h], REPORT_VERBS)
                    {
                        return self.subjects(tree, f, mem, h, depth + 1);
                    }
                    x = h;
                }
            }
            // ("Iraq's water resources minister, Mahdi Rashid al-Hamdani,
            // accused": a name the dictionary does not know, after its
            // title phrase and a comma, is the title's.)
            if a.is_empty() {
                let lo = (0..s).find(|&k| tree.is_ancestor(s, k)).unwrap_or(s);
                if lo >= 2 && tree.lower[lo - 1] == "," && tree.upos(s) == "PROPN" {
                    let mut k = lo - 2;
                    while let Some(h) = tree.head(k).filter(|&h| h < lo - 1) {
                        k = h;
                    }
                    let title = f.np_actors(k);
                    if !title.is_empty() && matches!(tree.upos(k), "NOUN" | "PROPN") {
                        return title;
                    }
                }
            }
            if a.is_empty() {
                return issuer(tree, f, mem, s);
            }
            for &s2 in subjects.iter().filter(|&&s2| s2 > s) {
                if joined(s, s2) {
                    for b in f.arg_actors(s2, mem) {
                        if !a.iter().any(|x| x.code == b.code) {
                            a.push(b);
                        }
                    }
                }
            }
            // (Conjoined names the parser tore apart: "Chinese Premier Li
            // Qiang and Solomon Islands Prime Minister Manasseh Sogavare
            // signed" with the first name under an adverb.)
            // (Only when the tree lost the coordination: one country.)
            let countries = |a: &[Actor]| {
                let mut c: Vec<&str> = a
                    .iter()
                    .map(|x| dyad_event::split_actor_code(&x.code).0)
                    .collect();
                c.sort();
                c.dedup();
                c.len()
            };
            // (Not across ", and" opening a second clause: "Britain
            // expelled 23 Russian diplomats, and Germany followed suit".)
            let lo = (0..s).find(|&k| tree.is_ancestor(s, k)).unwrap_or(s);
            let second_clause = tree.rel(v) == "conj"
                && lo >= 2
                && tree.lower[lo - 1] == "and"
                && tree.lower[lo - 2] == ",";
            if s < v && countries(&a) <= 1 && !second_clause {
                for b in coordinated_subjects(tree, f, v) {
                    if !a.iter().any(|x| x.code == b.code) {
                        a.push(b);
                    }
                }
            }
            return a;
        }
        if let Some(sp) = tree.kid(v, "nsubj:pass") {
            // Raising passives: "Moscow is supposed to deliver", "X is expected to sign".
            if tree.kid(v, "xcomp").is_some() && RAISING.contains(&tree.lemma[v].as_str()) {
                return f.arg_actors(sp, mem);
            }
            return Vec::new();
        }
        if tree.kid(v, "csubj").is_some() {
            return Vec::new();
        }
        let Some(h) = tree.head(v) else {
            return Vec::new();
        };
        // "Iran has cut gas exports to Iraq ..., Iraq's electricity ministry
        // said": the parser hung both subjects on the reporting verb; the
        // one before this clause, with the other after it, is this
        // clause's.
        let orphan = tree.kids(h, "nsubj").filter(|&s| s < v).last().filter(|_| {
            tree.kids(h, "nsubj").any(|s2| s2 > v)
                && matches!(tree.rel(v), "ccomp" | "conj" | "parataxis")
        });
        if let Some(o) = orphan {
            let a = f.arg_actors(o, mem);
            if !a.is_empty() {
                return a;
            }
        }
        // "a court ordered Imamoglu jailed": whoever orders it does it.
        if participle_complement(tree, v).is_some() {
            return self.subjects(tree, f, mem, h, depth + 1);
        }
        // "urged Israel to allow", "called on the Taliban to protect": the
        // governor's object (or the one it calls on) does the infinitive.
        let infinitive = tree.rel(v) == "xcomp" || is_purpose_infinitive(tree, v);
        if infinitive && OBJECT_CONTROL.contains(&tree.lemma[h].as_str()) {
            if let Some(o) = controller(tree, h) {
                return f.arg_actors(o, mem);
            }
        }
        match tree.rel(v) {
            "xcomp" => self.subjects(tree, f, mem, h, depth + 1),
            // "accused Israel of carrying out", "sanctioned the firms for
            // supplying": the governor's object does the act, not its subject.
            "advcl" | "acl" if marked_by(tree, v, &["of", "for", "against"]) => controller(tree, h)
                .map(|o| f.arg_actors(o, mem))
                .unwrap_or_default(),
            // "raising hopes of an end to fighting in eastern Congo": a
            // gerund after "to" is a noun, whoever fights (the parser reads
            // it as an infinitive clause).
            "advcl" if tree.words[v].xpos == "VBG" && marked_by(tree, v, &["to"]) => Vec::new(),
            // "Japanese Prime Minister Fumio Kishida, visiting Manila on
            // Friday, pledged radars": the parser made the name the root and
            // hung the verbs from it; the name is their subject.
            "conj" | "advcl"
                if tree.head(h).is_none() && matches!(tree.upos(h), "PROPN" | "NOUN") =>
            {
                f.arg_actors(h, mem)
            }
            // "ordered 45 Russian diplomats to leave the country, accusing
            // Moscow of ...": a participle after an infinitive the parser
            // hung it on belongs to the main clause.
            "advcl"
                if tree.words[v].xpos == "VBG"
                    && matches!(tree.rel(h), "xcomp" | "acl")
                    && tree.words[h].xpos == "VB" =>
            {
                // (The nearest verb above the infinitive.)
                let mut g = tree.head(h);
                while let Some(x) = g.filter(|&x| tree.upos(x) != "VERB") {
                    g = tree.head(x);
                }
                match g {
                    Some(g) => self.subjects(tree, f, mem, g, depth + 1),
                    None => Vec::new(),
                }
            }
            "conj" | "advcl" => self.subjects(tree, f, mem, h, depth + 1),
            "acl" if tree.full_rel(v) == "acl:relcl" => f.arg_actors(h, mem),
            // "signed an order imposing tariffs on Canada": the signer of an
            // order, decree or law does what it orders.
            "acl"
                if tree.words[v].xpos == "VBG"
                    && tree.rel(h) == "obj"
                    && tree.head(h).is_some_and(|g| signs_an_order(tree, g)) =>
            {
                tree.head(h)
                    .map(|g| self.subjects(tree, f, mem, g, depth + 1))
                    .unwrap_or_default()
            }
            // "Russia became the first country to recognise …", "Oman is
            // the only state to have …": the subject of the ranked predicate
            // noun does the infinitive.
            "acl" if marked_by(tree, v, &["to"]) && is_ranked_noun(tree, h) => {
                if let Some(s) = tree.kid(h, "nsubj") {
                    f.arg_actors(s, mem)
                } else if tree.rel(h) == "xcomp" {
                    tree.head(h)
                        .map(|g| self.subjects(tree, f, mem, g, depth + 1))
                        .unwrap_or_default()
                } else {
                    Vec::new()
                }
            }
            // "summoned Pakistan's charge d'affaires to protest against air
            // strikes": an infinitive of purpose the parser hung on the
            // object is the main clause's (unless the verb hands the act to
            // its object: "invited the Taliban to attend").
            "acl"
                if marked_by(tree, v, &["to"])
                && tree.words[v].xpos == "VB"
                && tree.rel(h) == "obj"
                && tree.head(h).is_some_and(|g| {
                    tree.upos(g) == "VERB" && !OBJECT_CONTROL.contains(&tree.lemma[g].as_str())
                })
                && !is_ranked_noun(tree, h)
                // (Only on a party: "a plan to normalise relations" is the
                // plan's content.)
                && !f.np_actors(h).is_empty() =>
            {
                match tree.head(h) {
                    Some(g) => self.subjects(tree, f, mem, g, depth + 1),
                    None => Vec::new(),
                }
            }
            // "police fired tear gas to disperse protesters", "used force
            // to break up the rally": the purpose of firing or using a
            // weapon is the user's.
            "acl"
                if marked_by(tree, v, &["to"])
                    && tree.words[v].xpos == "VB"
                    && tree.rel(h) == "obj"
                    && tree.head(h).is_some_and(|g| {
                        matches!(tree.lemma[g].as_str(), "fire" | "use" | "employ")
                    }) =>
            {
                match tree.head(h) {
                    Some(g) => self.subjects(tree, f, mem, g, depth + 1),
                    None => Vec::new(),
                }
            }
            // "troops shelling the city", "Israeli tank shelling": the noun a
            // present participle modifies does the act. So does the noun a
            // finite verb, or a participle with an object, hangs from: a
            // misread clause ("after a Chinese military aircraft violated its
            // airspace").
            "acl" if !is_reduced_passive(tree, v) && tree.words[v].xpos.starts_with("VB") => {
                f.arg_actors(h, mem)
            }
            _ => Vec::new(),
        }
    }

    /// Code predicate `v` and the chains it governs.
    fn code_predicate(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        v: usize,
        depth: usize,
    ) -> Vec<Coded> {
        if depth > 6 {
            return Vec::new();
        }
        let lemma = tree.lemma[v].as_str();
        let negated = tree.is_negated(v);
        // "vowed that Iran would pay for the attack", "Hamas will pay a
        // heavy price, Netanyahu said": whoever says another will pay
        // threatens them.
        if let Some(c) = tree.kid(v, "ccomp").filter(|&c| {
            tree.lemma[c] == "pay"
                && tree
                    .aux_lemmas(c)
                    .iter()
                    .any(|a| matches!(*a, "will" | "would" | "'ll" | "shall"))
                && (tree
                    .kids(c, "obl")
                    .any(|o| tree.case_of(o).as_deref() == Some("for"))
                    || tree.kid(c, "obj").is_some_and(|o| tree.lemma[o] == "price"))
        }) {
            let sources = self.subjects(tree, f, mem, v, 0);
            let payer = tree.kid(c, "nsubj");
            let mut targets = payer.map(|s| f.arg_actors(s, mem)).unwrap_or_default();
            // ("it would pay": the other party the sentence names.)
            if targets.is_empty() && payer.is_some_and(|s| tree.upos(s) == "PRON") {
                if let Some(src) = sources.first() {
                    let country = dyad_event::split_actor_code(&src.code).0.to_string();
                    targets.extend(sentence_other_country(tree, f, &country, c));
                }
            }
            if !sources.is_empty() && !targets.is_empty() {
                return vec![self.threat(tree, v, negated, "130", sources, targets)];
            }
        }
        // "announced that they were leaving ECOWAS", "withdrew from the
        // Council of Europe", "will exit the WHO": a state leaving an
        // international body reduces its relations with it (160).
        if matches!(lemma, "leave" | "exit" | "withdraw" | "quit") {
            let body = tree.kid(v, "obj").or_else(|| {
                tree.kids(v, "obl")
                    .find(|&o| matches!(tree.case_of(o).as_deref(), Some("from" | "of")))
            });
            let bodies = body.map(|o| f.arg_actors(o, mem)).unwrap_or_default();
            if !bodies.is_empty() && bodies.iter().all(|a| a.code.starts_with("IGO")) {
                let sources = self.subjects(tree, f, mem, v, 0);
                if !sources.is_empty() {
                    return vec![self.act(tree, v, negated, "160", sources, bodies)];
                }
            }
        }
        // "conducted a nuclear test, drawing condemnation from the U.N.
        // Security Council and China": whom a reaction comes from reacts to
        // the one who drew it.
        if matches!(
            lemma,
            "draw" | "prompt" | "spark" | "trigger" | "provoke" | "earn" | "attract" | "bring"
        ) {
            let reaction = tree.kid(v, "obj").and_then(|o| {
                let code = match tree.lemma[o].as_str() {
                    "condemnation" | "criticism" | "rebuke" | "censure" | "outrage"
                    | "denunciation" | "protest" | "backlash" => "111",
                    "praise" => "051",
                    _ => return None,
                };
                Some((o, code))
            });
            if let Some((o, code)) = reaction {
                let from = actors_by_case(tree, f, mem, [o, v], &["nmod", "obl"], &["from"]);
                let mut drawer = self.subjects(tree, f, mem, v, 0);
                // (A reaction from a state to its own side is rather to the
                // main clause's doer: "Israeli warplanes pounded what the
                // military said were Hezbollah targets, drawing condemnation
                // from Lebanese President Joseph Aoun".)
                let country = |a: &Actor| dyad_event::split_actor_code(&a.code).0.to_string();
                if drawer
                    .iter()
                    .all(|d| from.iter().any(|x| country(x) == country(d)))
                {
                    if let Some(root) = (0..tree.len()).find(|&i| tree.head(i).is_none()) {
                        let main = self.subjects(tree, f, mem, root, 0);
                        if !main.is_empty() {
                            drawer = main;
                        }
                    }
                }
                if !from.is_empty() && !drawer.is_empty() {
                    return vec![Coded {
                        code: code.to_string(),
                        predicate: v,
                        sources: from,
                        targets: drawer,
                        modality: self.modality(tree, v, negated),
                        reciprocal: false,
                        mutual: false,
                    }];
                }
            }
        }
        // "Beijing warned that Washington would pay the price", "warned that
        // any further threats from North Korea would be met with fire": a
        // warning is itself the event, aimed at whom the warned-of clause
        // is about; what it says would happen is hypothetical.
        if matches!(lemma, "warn" | "threaten") {
            // (Only of what would or could happen: "warned that Sudan faces
            // famine" threatens no one.)
            let warned = tree.kid(v, "ccomp").filter(|&c| {
                tree.aux_lemmas(c)
                    .iter()
                    .any(|a| matches!(*a, "would" | "will" | "could" | "'ll" | "might"))
            });
            if let Some(c) = warned {
                let about = tree.kid(c, "nsubj").or_else(|| tree.kid(c, "nsubj:pass"));
                // Whom the warning is addressed to ("warned the West that
                // Moscow would use all means"), else whom it is about.
                let mut targets = tree
                    .kid(v, "obj")
                    .or_else(|| tree.kid(v, "iobj"))
                    .map(|o| f.arg_actors(o, mem))
                    .unwrap_or_default();
                if targets.is_empty() {
                    targets = about.map(|s| f.arg_actors(s, mem)).unwrap_or_default();
                }
                if targets.is_empty() {
                    if let Some(s) = about {
                        targets =
                            actors_by_case(tree, f, mem, [s], &["nmod"], &["from", "of", "by"]);
                    }
                }
                let sources = self.subjects(tree, f, mem, v, 0);
                // ("Erdogan warned that Turkey could cut ties with Israel",
                // "that Egyptian troops could intervene in neighbouring
                // Libya": when the warned-of act is the warner's own, the
                // warning is aimed at whom that act is.)
                let state = |a: &Actor| dyad_event::split_actor_code(&a.code).0.to_string();
                let own: Vec<String> = sources.iter().map(state).collect();
                if !targets.is_empty() && targets.iter().all(|t| own.contains(&state(t))) {
                    let aimed: Vec<Actor> = self
                        .right_actor(tree, f, c, true)
                        .into_iter()
                        .filter(|a| !own.contains(&state(a)))
                        .collect();
                    if !aimed.is_empty() {
                        targets = aimed;
                    }
                }
                if !targets.is_empty() && !sources.is_empty() {
                    let code = self
                        .best_pattern(tree, f, mem, v)
                        .map(|(p, _)| p.code.clone())
                        .filter(|c| cameo::root_of(c) == Some(13))
                        .unwrap_or_else(|| "130".to_string());
                    return vec![self.threat(tree, v, negated, &code, sources, targets)];
                }
            }
        }
        // Reported speech: code what was reported, not the saying.
        if self.is_cue("report", lemma, REPORT_VERBS) {
            if let Some(c) = tree.kid(v, "ccomp") {
                let mut inner = self.code_predicate(tree, f, mem, c, depth + 1);
                let reporters = self.subjects(tree, f, mem, v, 0);
                for e in &mut inner {
                    // "Israel said a bomb was fired at it": a pronoun the
                    // reported act is aimed at is the reporter.
                    if e.targets.is_empty() && aimed_at_pronoun(tree, e.predicate) {
                        e.targets = reporters
                            .iter()
                            .filter(|r| !e.sources.iter().any(|s| s.code == r.code))
                            .cloned()
                            .collect();
                    }
                    // "Russia said it would send": the pronoun is the reporter.
                    // An agentless passive has no hidden subject to fill:
                    // "Israel said a bomb was fired at it" is not Israel's act.
                    // Not when the clause has a subject of its own that is
                    // no actor: "officials said Cyclone Freddy killed 400".
                    // ("its forces killed 30 militants": the possessor is
                    // the reporter.)
                    let own_subject = tree.kid(e.predicate, "nsubj").is_some_and(|s| {
                        tree.upos(s) != "PRON"
                            && !tree.children(s).iter().any(|&c| {
                                tree.full_rel(c) == "nmod:poss"
                                    && matches!(tree.lower[c].as_str(), "its" | "their" | "our")
                            })
                    });
                    if e.sources.is_empty() && !tree.is_passive(e.predicate) && !own_subject {
                        e.sources = reporters.clone();
                    }
                }
                if !inner.is_empty() {
                    return inner;
                }
            }
        }
        // "Obama wants Putin to attack": a wish about another actor's act is an
        // appeal to that actor, and the act itself is not anybody's intention.
        if WISH_VERBS.contains(&lemma) && tree.kid(v, "xcomp").is_some() {
            if let Some(o) = tree.kid(v, "obj") {
                let targets = f.arg_actors(o, mem);
                if !targets.is_empty() {
                    return vec![Coded {
                        code: "020".to_string(),
                        predicate: v,
                        sources: self.subjects(tree, f, mem, v, 0),
                        targets,
                        modality: self.modality(tree, v, negated),
                        reciprocal: false,
                        mutual: false,
                    }];
                }
            }
        }
        // Intentions: "agreed to supply", "is supposed to deliver", "plans to visit".
        if self.is_intent_word(tree, v) {
            if let Some(x) = tree.kid(v, "xcomp") {
                let inner = self.code_predicate(tree, f, mem, x, depth + 1);
                if !inner.is_empty() {
                    // "is not ready to recognise", "did not agree to extend":
                    // a refusal of what was not agreed to (CAMEO 12).
                    let refusing =
                        negated && matches!(lemma, "ready" | "willing" | "prepared" | "agree");
                    return inner
                        .into_iter()
                        .map(|mut e| {
                            if cameo::root_of(&e.code) == Some(12) {
                                // Already coded as the refusal it is.
                            } else if e.modality == Modality::Negated
                                && !negated
                                && matches!(cameo::root_of(&e.code), Some(13..=20))
                            {
                                // "agreed not to threaten or use force
                                // against each other", "vowed not to attack":
                                // an intent to de-escalate (0356).
                                e.code = "0356".to_string();
                                e.modality = Modality::Intended;
                            } else if let Some(r) = reject_code(&e.code).filter(|_| refusing) {
                                e.code = r.to_string();
                                e.modality = Modality::Asserted;
                            } else if e.modality != Modality::Negated {
                                e.code = intent_code(&e.code);
                                e.modality = if negated {
                                    Modality::Negated
                                } else {
                                    Modality::Intended
                                };
                            }
                            if e.sources.is_empty() {
                                e.sources = self.subjects(tree, f, mem, v, 0);
                            }
                            // ("agreed to suspend its offensive against
                            // Kurdish fighters in northern Syria": whom
                            // the intent concerns, found further on.)
                            if e.targets.is_empty() && !e.reciprocal && e.code.starts_with("03") {
                                // (Where an offensive to be halted is
                                // fought is whom it is against.)
                                let military = e.code.starts_with("035");
                                e.targets = self.right_actor(tree, f, x, military);
                            }
                            e
                        })
                        .collect();
                }
                // "agreed to let the IAEA reinstall cameras", "agreed to
                // revive a series of dialogues": every "agreed to" is an
                // intention, to whomever the rest of the sentence names, or
                // to each other.
                // ("did not agree to extend the deal": a refusal, 120.)
                if lemma == "agree" && marked_by(tree, x, &["to"]) {
                    let sources = self.subjects(tree, f, mem, v, 0);
                    let mut targets = self.right_actor(tree, f, x, false);
                    // (Two parties agreeing on something about one of them
                    // agree with each other: "Russia and Ukraine agreed to
                    // let grain ships sail from Ukrainian ports".)
                    let country = |a: &Actor| dyad_event::split_actor_code(&a.code).0.to_string();
                    if sources.len() >= 2
                        && targets
                            .iter()
                            .all(|t| sources.iter().any(|s| country(s) == country(t)))
                    {
                        targets.clear();
                    }
                    let reciprocal = targets.is_empty() && sources.len() >= 2;
                    if !sources.is_empty() && (reciprocal || !targets.is_empty()) {
                        let (code, modality) = if negated {
                            ("120", Modality::Asserted)
                        } else {
                            ("030", Modality::Intended)
                        };
                        return vec![Coded {
                            code: code.to_string(),
                            predicate: v,
                            sources,
                            targets,
                            modality,
                            reciprocal,
                            mutual: false,
                        }];
                    }
                }
            }
        }
        // "helped to plan the killings": helping is aid only to someone.
        // ("helping young militants join a group in Lebanon": nor is it aid
        // to a place named later.)
        if matches!(lemma, "help" | "assist")
            && tree
                .kid(v, "obj")
                .is_none_or(|o| f.arg_actors(o, mem).is_empty())
        {
            return Vec::new();
        }
        // "..., leaving two guards dead": a result, not a departure.
        if lemma == "leave"
            && tree.children(v).iter().any(|&c| {
                matches!(
                    tree.lemma[c].as_str(),
                    "dead" | "injured" | "wounded" | "homeless" | "stranded" | "hurt"
                )
            })
        {
            return Vec::new();
        }
        // ("struck what New Delhi described as a militant camp": the
        // naming is part of the object, no statement of its own.)
        if matches!(
            lemma,
            "say" | "describe" | "term" | "claim" | "label" | "brand" | "identify" | "dub"
        ) && tree
            .children(v)
            .iter()
            .any(|&c| c < v && tree.lower[c] == "what" && tree.rel(c) == "obj")
            && tree.head(v).is_some_and(|h| tree.upos(h) == "VERB")
        {
            return Vec::new();
        }
        // "Pakistan's military said it would respond at a time and place
        // of its choosing": a promised response threatens the other side
        // (130; whom is found like a vow to retaliate's target).
        if matches!(lemma, "respond" | "retaliate")
            && tree.kid(v, "obj").is_none()
            // (How and against whom, when named, is the verb's pattern's:
            // "would retaliate with tariffs on American goods".)
            && !tree
                .kids(v, "obl")
                .any(|o| matches!(tree.case_of(o).as_deref(), Some("with" | "against" | "to")))
            // (By an auxiliary: "vowed to respond" is the vow's own threat.)
            && tree
                .aux_lemmas(v)
                .iter()
                .any(|a| matches!(*a, "will" | "would" | "'ll" | "shall"))
            && !negated
        {
            let sources = self.subjects(tree, f, mem, v, 0);
            if !sources.is_empty() {
                return vec![self.threat(tree, v, negated, "130", sources, Vec::new())];
            }
        }
        // ("ordered Imamoglu jailed" is coded from the jailing.)
        if lemma == "order"
            && tree
                .kids(v, "xcomp")
                .any(|x| participle_complement(tree, x).is_some())
        {
            return Vec::new();
        }
        let mut direct = self.best_pattern(tree, f, mem, v);
        // "in what Tehran called retaliation", "called the detention
        // arbitrary": calling something a name is no appeal; only a pattern
        // for the name itself ("call illegal") codes it.
        if lemma == "call" {
            // ("what X called Y": the name is parsed as the object.)
            let naming_what = tree.full_rel(v) == "acl:relcl"
                && tree.head(v).is_some_and(|h| tree.lower[h] == "what");
            let name = tree.kid(v, "xcomp").or(if naming_what {
                tree.kid(v, "obj")
            } else {
                None
            });
            if let Some(x) = name.filter(|&x| matches!(tree.upos(x), "NOUN" | "ADJ" | "PROPN")) {
                if direct
                    .as_ref()
                    .is_some_and(|(p, _)| !p.words.iter().any(|w| w == &tree.lemma[x]))
                {
                    direct = None;
                }
            }
        }
        // "Kabul received wheat from Moscow", "imported wheat from Kazakhstan":
        // coded as the giver's delivery to the receiver, unless the receiving
        // verb's own pattern is about hosting ("received a delegation from").
        let hosting = direct
            .as_ref()
            .is_some_and(|(p, _)| !p.words.is_empty() && cameo::root_of(&p.code) == Some(4));
        // "the crown prince received U.S. Secretary of State Antony Blinken":
        // receiving a person is hosting them (043).
        // (And in the passive: "Modi was received at the airport by
        // Maldivian President Mohamed Muizzu".)
        if lemma == "receive" && !hosting && tree.kid(v, "obj").is_none() {
            let agent = tree.children(v).iter().copied().find(|&k| {
                tree.full_rel(k) == "obl:agent" || tree.case_of(k).as_deref() == Some("by")
            });
            if let (Some(s), Some(a)) = (tree.kid(v, "nsubj:pass"), agent) {
                let guests = f.arg_actors(s, mem);
                let hosts = f.arg_actors(a, mem);
                if !guests.is_empty()
                    && !hosts.is_empty()
                    && guests.iter().all(|g| {
                        matches!(g.kind, ActorKind::Person | ActorKind::Agent) || g.code.len() > 3
                    })
                {
                    return vec![self.act(tree, v, negated, "043", hosts, guests)];
                }
            }
        }
        if lemma == "receive" && !hosting {
            if let Some(o) = tree.kid(v, "obj") {
                let guests = f.arg_actors(o, mem);
                if !guests.is_empty()
                    && guests.iter().all(|g| {
                        matches!(g.kind, ActorKind::Person | ActorKind::Agent) || g.code.len() > 3
                    })
                {
                    return vec![self.act(
                        tree,
                        v,
                        negated,
                        "043",
                        self.subjects(tree, f, mem, v, 0),
                        guests,
                    )];
                }
            }
        }
        if RECEIVE_VERBS.contains(&lemma) && !hosting {
            if let Some(c) = self.code_received(tree, f, mem, v, negated) {
                return vec![c];
            }
        }
        // "The first shipment of Russian wheat arrived in Kabul": goods that
        // arrive are their sender's delivery to the place's state.
        if ARRIVE_VERBS.contains(&lemma) {
            if let Some(c) = self.code_arrival(tree, f, v, negated) {
                return vec![c];
            }
        }
        // "India announced a $4.5 billion line of credit for Bangladesh",
        // "Japan unveiled an aid package for the Philippines": goods announced
        // are promised, an intent to give them.
        if matches!(lemma, "announce" | "unveil")
            && direct.as_ref().is_none_or(|(p, _)| p.words.is_empty())
        {
            let objects = self.object_heads(tree, v);
            if let Some(p) = self.giving_pattern(tree, &objects) {
                let sources = self.subjects(tree, f, mem, v, 0);
                let mut targets = self.prep_targets(tree, f, mem, v, &objects, "for");
                if targets.is_empty() {
                    targets = self.prep_targets(tree, f, mem, v, &objects, "to");
                }
                if !sources.is_empty() {
                    let mut c = self.act(tree, v, negated, &intent_code(&p.code), sources, targets);
                    if c.modality == Modality::Asserted {
                        c.modality = Modality::Intended;
                    }
                    return vec![c];
                }
            }
        }
        // "India handed over 20,000 tonnes of wheat to the Taliban",
        // "Kazakhstan shipped flour to Afghanistan": verbs of moving goods
        // give them; what they give is named by the giving verbs' patterns.
        if (TRANSFER_VERBS.contains(&lemma) || lemma == "give")
            && direct.as_ref().is_none_or(|(p, _)| p.words.is_empty())
        {
            let objects = self.object_heads(tree, v);
            // "Japan handed over 5,800 tonnes of rice to Sierra Leone", "the
            // EU will give Mauritania 210 million euros": counted goods or
            // money handed to a named recipient are provided (070), whatever
            // the goods.
            let counted = objects.iter().any(|&o| {
                tree.children(o).iter().any(|&c| tree.rel(c) == "nummod")
                    || matches!(
                        tree.lemma[o].as_str(),
                        "$" | "dollar" | "euro" | "yuan" | "€" | "£" | "tonne" | "ton" | "dose"
                    )
            });
            if self.giving_pattern(tree, &objects).is_none() && counted {
                let sources = self.subjects(tree, f, mem, v, 0);
                let mut targets = self.prep_targets(tree, f, mem, v, &objects, "to");
                if targets.is_empty() {
                    if let Some(i) = tree.kid(v, "iobj") {
                        targets = f.arg_actors(i, mem);
                    }
                }
                if !sources.is_empty() && !targets.is_empty() {
                    return vec![self.act(tree, v, negated, "070", sources, targets)];
                }
            }
            if let Some(p) = self.giving_pattern(tree, &objects) {
                let sources = self.subjects(tree, f, mem, v, 0);
                // ("deposited $2 billion with Pakistan's central bank", "in
                // Yemen's central bank")
                let mut targets = self.prep_targets(tree, f, mem, v, &objects, "to");
                if targets.is_empty() && lemma == "deposit" {
                    targets = self.prep_targets(tree, f, mem, v, &objects, "with");
                    if targets.is_empty() {
                        targets = self.prep_targets(tree, f, mem, v, &objects, "in");
                    }
                }
                if !sources.is_empty() {
                    return vec![self.act(tree, v, negated, &p.code, sources, targets)];
                }
            }
        }
        let Some((pattern, targets)) = direct else {
            return Vec::new();
        };
        // A plane or a ship that lands is no visit ("three U.S. Air Force
        // cargo planes landed in Cucuta").
        // (Nor "the first of 10 patrol vessels".)
        if ARRIVE_VERBS.contains(&lemma)
            && cameo::root_of(&pattern.code) == Some(4)
            && tree
                .kids(v, "nsubj")
                .flat_map(|s| {
                    std::iter::once(s).chain(
                        tree.kids(s, "nmod")
                            .filter(|&o| tree.case_of(o).as_deref() == Some("of"))
                            .collect::<Vec<_>>(),
                    )
                })
                .any(|s| {
                    matches!(
                        tree.lemma[s].as_str(),
                        "plane"
                            | "aircraft"
                            | "jet"
                            | "ship"
                            | "vessel"
                            | "helicopter"
                            | "flight"
                            | "convoy"
                            | "truck"
                            | "train"
                            | "boat"
                            | "tanker"
                            | "drone"
                            | "shipment"
                            | "consignment"
                            | "cargo"
                            | "batch"
                    )
                })
        {
            return Vec::new();
        }
        let mut sources = self.subjects(tree, f, mem, v, 0);
        let mut targets = targets;
        // "soldiers killed in Ukraine": a participle modifying a noun is a
        // passive whose subject is that noun.
        let reduced = is_reduced_passive(tree, v);
        if tree.is_passive(v) || reduced {
            // "Kabul was attacked by ISKP": the passive subject is the target.
            let pass: Vec<Actor> = if reduced {
                tree.head(v)
                    .map(|h| f.arg_actors(h, mem))
                    .unwrap_or_default()
            } else if let Some(s) = tree.kid(v, "nsubj:pass") {
                f.arg_actors(s, mem)
            } else if (tree.rel(v) == "conj"
                || (tree.rel(v) == "advcl" && tree.kid(v, "cc").is_some()))
                && tree.kid(v, "nsubj").is_none()
            {
                // "Xi arrived in Belgrade and was welcomed by Vucic": a
                // conjoined passive shares its first conjunct's subject
                // (also when the parser hung it lower: "..., and was
                // greeted at the airport by Sisi").
                self.subjects(tree, f, mem, v, 0)
            } else {
                Vec::new()
            };
            let agents: Vec<Actor> = tree
                .children(v)
                .iter()
                .copied()
                .filter(|&c| {
                    tree.full_rel(c) == "obl:agent"
                        || (tree.rel(c) == "obl" && tree.case_of(c).as_deref() == Some("by"))
                })
                // "killed by the Malaysia Airlines flight MH17 crash": an
                // accident is nobody's act.
                .filter(|&c| !ACCIDENTS.contains(&tree.lemma[c].as_str()))
                .flat_map(|c| f.arg_actors(c, mem))
                .collect();
            // "Evidence against Russia was presented by the US": the target is
            // named inside the passive subject.
            let pass = if pass.is_empty() {
                tree.kid(v, "nsubj:pass")
                    .map(|sp| self.modifier_targets(tree, f, mem, sp))
                    .unwrap_or_default()
            } else {
                pass
            };
            if !pass.is_empty() {
                targets = pass;
            }
            // A fallback target found inside the agent phrase is the source, not the target.
            targets.retain(|t| !agents.iter().any(|a| a.lo <= t.head && t.head <= a.hi));
            sources = agents;
            // Without an agent, where the act came from names who did it:
            // "a mortar bomb was fired at Israel from the Gaza Strip", "aid was
            // sent from Russia" (unless the pattern made it the target, as in
            // "troops were withdrawn from Syria").
            // "killed in an Israeli air strike": the attack names its author.
            if sources.is_empty() {
                sources = tree
                    .children(v)
                    .iter()
                    .copied()
                    .filter(|&c| {
                        tree.rel(c) == "obl"
                            && matches!(tree.case_of(c).as_deref(), Some("in" | "by"))
                            && ATTACK_NOUNS.contains(&tree.lemma[c].as_str())
                    })
                    // "killed in an Israeli air strike", "killed in a clash
                    // with Chinese troops", "in an attack by al-Shabaab"
                    .flat_map(|c| {
                        let own = f.np_actors(c);
                        if own.is_empty() {
                            actors_by_case(tree, f, mem, [c], &["nmod"], &["with", "by"])
                        } else {
                            own
                        }
                    })
                    .filter(|a| !targets.iter().any(|t| t.code == a.code))
                    .take(1)
                    .collect();
            }
            if sources.is_empty() {
                let origin = actors_by_case(tree, f, mem, [v], &["obl"], &["from"]);
                if !origin.is_empty() {
                    targets.retain(|t| !origin.iter().any(|o| o.lo <= t.head && t.head <= o.hi));
                    if !targets.is_empty() || aimed_at_pronoun(tree, v) {
                        sources = origin;
                    }
                }
            }
        }
        // "Azerbaijan and Armenia held peace talks in Washington": between two
        // subjects, the place is where they met, not whom they met.
        if sources.len() >= 2 {
            targets.retain(|t| !in_place_phrase(tree, v, t.head));
            // "Iran and Afghanistan clashed over water from the Helmand
            // River": between two subjects of a reciprocal verb, only a
            // named party is a target, not an actor found elsewhere.
            // (The pattern's head is the verb's lemma even when the
            // lemmatiser got an unknown form wrong: "traded" → "trad".)
            // ("Armenia and Azerbaijan declared a ceasefire, Lavrov announced
            // after talks in Moscow": not a ceasefire with Russia.)
            let head = pattern.head.as_str();
            if RECIPROCAL.contains(&head) || matches!(cameo::root_of(&pattern.code), Some(3..=8)) {
                targets.retain(|t| is_named_party(tree, v, t.head));
            }
        }
        let mut modality = self.modality(tree, v, negated);
        let mut code = pattern.code.clone();
        // "delivered 25,000 tonnes of free wheat": goods given free are aid,
        // not trade.
        // ("delivered 25,000 tonnes of wheat to Zimbabwe free of charge")
        let free_of_charge = tree.children(v).iter().any(|&c| {
            tree.lemma[c] == "free"
                && tree
                    .kids(c, "obl")
                    .chain(tree.kids(c, "nmod"))
                    .any(|k| tree.lemma[k] == "charge")
        }) || tree
            .lower
            .windows(3)
            .any(|w| w[0] == "free" && w[1] == "of" && w[2] == "charge");
        if matches!(code.as_str(), "061" | "0311")
            && (free_of_charge
                || self.object_heads(tree, v).iter().any(|&o| {
                    tree.children(o)
                        .iter()
                        .any(|&c| matches!(tree.lemma[c].as_str(), "free" | "donate" | "donated"))
                }))
        {
            code = if code == "061" { "073" } else { "0333" }.to_string();
        }
        // "agreed to exchange 1,000 prisoners", "has agreed to let the IAEA
        // reinstall cameras": a commitment whose content has no pattern of
        // its own is an intention to cooperate, not a statement.
        // ("agreed with his Pakistani counterpart to post liaison officers":
        // the infinitive may hang from the party.)
        let agreed_to = tree.kid(v, "xcomp").is_some_and(|x| tree.upos(x) == "VERB")
            || (lemma == "agree"
                && targets.iter().any(|t| {
                    tree.children(t.head)
                        .iter()
                        .any(|&c| tree.rel(c) == "acl" && marked_by(tree, c, &["to"]))
                }));
        if cameo::root_of(&code) == Some(1) && self.is_intent_word(tree, v) && agreed_to {
            code = "030".to_string();
            if modality == Modality::Asserted {
                modality = Modality::Intended;
            }
        }
        // Troops sent to another state to help it are military aid (074),
        // not a show of force: "Rwanda began deploying 1,000 soldiers to
        // Mozambique to help the country's army fight insurgents",
        // "Australia will send police and soldiers to the Solomon Islands
        // to help restore order".
        // (So are troops posted into a state, not to its border: "agreed to
        // deploy four battalions to Poland, Lithuania, Latvia and
        // Estonia".)
        let posted_into_state = matches!(lemma, "deploy" | "station" | "post")
            && (0..tree.len()).any(|d| {
                tree.case_of(d).as_deref() == Some("to")
                    && tree.head(d) == Some(v)
                    && !matches!(
                        tree.lemma[d].as_str(),
                        "border" | "frontier" | "boundary" | "line" | "front" | "edge" | "vicinity"
                    )
                    && f.arg_actors(d, mem)
                        .iter()
                        .any(|a| matches!(dyad_event::split_actor_code(&a.code).1, "" | "GOV"))
            });
        if code.starts_with("15") && (helping_purpose(tree, v, &[]) || posted_into_state) {
            // (The troops are the giver's; the helped state is where they
            // go.)
            let own_forces = |t: &Actor| {
                t.kind == ActorKind::Agent
                    && tree
                        .kid(v, "obj")
                        .is_some_and(|o| o == t.head || tree.is_ancestor(o, t.head))
                    && matches!(
                        dyad_event::split_actor_code(&t.code).1.get(..3),
                        Some("MIL" | "COP" | "UAF")
                    )
            };
            let mut helped: Vec<Actor> =
                targets.iter().filter(|t| !own_forces(t)).cloned().collect();
            if helped.is_empty() {
                // ("to the Solomon Islands" is often read as the troops'
                // modifier.)
                let obj = tree.kid(v, "obj");
                helped = (0..tree.len())
                    .filter(|&d| {
                        tree.case_of(d).as_deref() == Some("to")
                            && (tree.head(d) == Some(v)
                                || obj.is_some_and(|o| tree.is_ancestor(o, d)))
                    })
                    .map(|d| f.arg_actors(d, mem))
                    .find(|a| !a.is_empty())
                    .unwrap_or_default();
            }
            if !helped.is_empty() {
                targets = helped;
                code = "074".to_string();
            }
        }
        // "Yoon declared emergency martial law", "Armenia declared martial
        // law": a state of emergency or a curfew with no one named is
        // imposed on the state's own people.
        let emergency = tree.kid(v, "obj").is_some_and(|o| {
            (0..tree.len()).any(|x| {
                (x == o || tree.is_ancestor(o, x))
                    && matches!(tree.lower[x].as_str(), "emergency" | "martial" | "curfew")
            })
        });
        if code.starts_with("172") && targets.is_empty() && emergency {
            let own = sources.iter().find_map(state_country);
            if let Some(c) = own {
                let w = tree.kid(v, "obj").unwrap_or(v);
                targets.push(Actor {
                    code: format!("{c}CVL"),
                    head: w,
                    lo: w,
                    hi: w,
                    kind: ActorKind::Agent,
                    from_coref: None,
                });
            }
        }
        // "400 Kenyan police officers arrived in Haiti's capital to lead a
        // UN-backed mission", "Russian paratroopers began arriving in
        // Kazakhstan as part of a CSTO force": forces arriving on a mission
        // are help (074), not a visit.
        if (code.starts_with("04") || code.starts_with("15"))
            && matches!(tree.lemma[v].as_str(), "arrive" | "land")
            && !sources.is_empty()
            && sources.iter().all(|a| {
                a.kind != ActorKind::Person
                    && matches!(
                        dyad_event::split_actor_code(&a.code).1.get(..3),
                        Some("MIL" | "COP")
                    )
            })
            && on_mission(tree, v)
        {
            code = "074".to_string();
        }
        if modality == Modality::Intended && !code.starts_with("03") {
            code = intent_code(&code);
        }
        // "will not provide support", "refused to meet": saying no to
        // cooperation is itself an act, a rejection (CAMEO 12).
        if modality == Modality::Negated && self.is_refusal(tree, v, negated) {
            if let Some(r) = reject_code(&code) {
                code = r.to_string();
                modality = Modality::Asserted;
            }
        }
        // "would not rule out a military option": keeping force on the table
        // threatens it (138).
        if lemma == "rule"
            && modality == Modality::Negated
            && tree
                .children(v)
                .iter()
                .any(|&c| tree.full_rel(c) == "compound:prt" && tree.lower[c] == "out")
        {
            let military = self.object_heads(tree, v).iter().any(|&o| {
                std::iter::once(o)
                    .chain(tree.children(o).iter().copied())
                    .any(|w| {
                        matches!(
                            tree.lemma[w].as_str(),
                            "military"
                                | "force"
                                | "strike"
                                | "attack"
                                | "war"
                                | "invasion"
                                | "intervention"
                        )
                    })
            });
            if military {
                code = "138".to_string();
                modality = Modality::Asserted;
            }
        }
        // "Brazil and the United States agreed/deepened ties": cooperation between two
        // subjects and no target runs both ways (conflict verbs do not: "X and Y attacked").
        // (Not aid, which goes to a third party: "Australian
        // and New Zealand aircraft delivered water to Tonga".)
        let coop = matches!(cameo::root_of(&code), Some(3..=6 | 8));
        // "Goita and Putin signed agreements on civilian nuclear energy",
        // "Tokayev and Putin signed a declaration raising relations between
        // Kazakhstan and Russia": two parties as subjects of a mutual act are
        // its parties; an actor found elsewhere than its object or a "with"
        // phrase is a topic.
        let mutual_verb =
            RECIPROCAL.contains(&lemma) || RECIPROCAL.contains(&pattern.head.as_str());
        let source_countries: std::collections::BTreeSet<&str> = sources
            .iter()
            .map(|s| dyad_event::split_actor_code(&s.code).0)
            .collect();
        // (What is exchanged or traded is goods, never a party.)
        let goods_verb = matches!(lemma, "exchange" | "swap" | "trade");
        if mutual_verb
            && source_countries.len() >= 2
            && !targets.iter().any(|t| {
                (tree.head(t.head) == Some(v) && tree.rel(t.head) == "obj" && !goods_verb)
                    || tree.case_of(t.head).as_deref() == Some("with")
            })
        {
            targets.clear();
        }
        // (Not force against a thing: "the EU and Tunisia signed a
        // memorandum to fight migrant smuggling" fight no one.)
        let against_thing = matches!(cameo::root_of(&code), Some(17..=20))
            && tree
                .kid(v, "obj")
                .is_some_and(|o| !pattern.words.iter().any(|w| *w == tree.lemma[o]));
        // "agreed not to threaten or use force against each other": the
        // subjects are each other's targets.
        // ("with each side accusing the other")
        let the_other = tree.kid(v, "obj").is_some_and(|o| {
            tree.lower[o] == "other" && tree.children(o).iter().any(|&c| tree.lower[c] == "the")
        }) && tree
            .children(v)
            .iter()
            .any(|&c| c < v && tree.children(c).iter().any(|&d| tree.lower[d] == "each"));
        let each_other = sources.len() >= 2
            && (the_other
                || (0..tree.len()).any(|w| {
                    matches!(tree.lower[w].as_str(), "each" | "one")
                        && tree
                            .lower
                            .get(w + 1)
                            .is_some_and(|n| matches!(n.as_str(), "other" | "another"))
                        && nominal::clause_verb(tree, w).is_some_and(|cv| {
                            cv == v || (tree.rel(cv) == "conj" && tree.head(cv) == Some(v))
                        })
                }));
        if each_other {
            targets.clear();
        }
        // (A visit is to a place, never between its visitors: "Assad and
        // his family had arrived in Moscow".)
        let visit = matches!(code.as_str(), "042" | "043");
        let reciprocal = targets.is_empty()
            && sources.len() >= 2
            && !against_thing
            && (each_other
                || RECIPROCAL.contains(&lemma)
                || RECIPROCAL.contains(&pattern.head.as_str())
                || (coop && !visit));
        // Killing as CAMEO tells its kinds apart: a named leader killed is
        // an assassination (186: "Israel killed Hezbollah leader Hassan
        // Nasrallah"); armed groups killing civilians use unconventional
        // violence (180: "Boko Haram fighters killed 43 farmers"); a state's
        // forces shooting its own protesters repress them (175).
        // "A suicide bomber ... struck crowds outside Kabul airport,
        // killing 13 U.S. service members": a bomber's attack is a
        // bombing (183), whatever the verb.
        if matches!(code.as_str(), "190" | "193" | "195" | "1823" | "182") && !targets.is_empty() {
            let mut x = Some(v);
            for _ in 0..3 {
                let Some(y) = x else { break };
                if tree.kid(y, "nsubj").is_some_and(|s| {
                    tree.lemma[s] == "bomber"
                        && tree
                            .children(s)
                            .iter()
                            .any(|&c| matches!(tree.lemma[c].as_str(), "suicide" | "car" | "truck"))
                }) {
                    code = "183".to_string();
                    break;
                }
                x = tree
                    .head(y)
                    .filter(|_| matches!(tree.rel(y), "advcl" | "conj" | "xcomp" | "parataxis"));
            }
        }
        // A state's ships or troops blocking others' boats or convoys
        // restrict their movement (191); blocking a road in protest is
        // the people's (144).
        if code == "144"
            && !sources.is_empty()
            && sources.iter().all(|s| {
                let (country, agent) = dyad_event::split_actor_code(&s.code);
                country.len() == 3
                    && !matches!(country, "IGO" | "IMG" | "NGO")
                    && matches!(
                        agent.get(..3).unwrap_or(""),
                        "" | "MIL" | "COP" | "GOV" | "SPY"
                    )
            })
            && targets.iter().any(|t| {
                let (tc, _) = dyad_event::split_actor_code(&t.code);
                sources.iter().all(|s| !s.code.starts_with(tc))
            })
        {
            code = "191".to_string();
        }
        if matches!(code.as_str(), "190" | "193" | "1823" | "182") && !targets.is_empty() {
            let agent_of = |a: &Actor| dyad_event::split_actor_code(&a.code).1.to_string();
            let country_of = |a: &Actor| dyad_event::split_actor_code(&a.code).0.to_string();
            let killing = matches!(lemma, "kill" | "assassinate" | "murder" | "slay" | "shoot");
            let civilians = targets.iter().all(|t| {
                matches!(
                    agent_of(t).as_str(),
                    "CVL" | "AGR" | "EDU" | "HLH" | "REL" | "BUS" | "MED" | "LAB" | "REF" | "NGO"
                )
            });
            // ("A U.S. drone strike killed Qassem Soleimani": a killing by
            // an air strike is the strike, whoever it killed.)
            let air_strike = tree.kid(v, "nsubj").is_some_and(|s| {
                matches!(
                    tree.lemma[s].as_str(),
                    "strike" | "airstrike" | "air-strike" | "drone" | "missile" | "bombardment"
                )
            });
            if killing && air_strike {
                code = "195".to_string();
            } else if killing && targets.iter().all(|t| t.kind == ActorKind::Person) {
                code = "186".to_string();
            } else if killing
                // (Or a state's unarmed officials: "killing two embassy
                // employees".)
                && targets.iter().all(|t| {
                    agent_of(t) == "GOV"
                        || matches!(
                            agent_of(t).as_str(),
                            "CVL" | "AGR" | "EDU" | "HLH" | "REL" | "BUS" | "MED" | "LAB" | "REF" | "NGO"
                        )
                })
                && sources.iter().all(|s| {
                    matches!(
                        agent_of(s).as_str(),
                        "REB" | "RAD" | "INS" | "UAF" | "CRM" | "SEP"
                    ) || country_of(s) == "IMG"
                })
            {
                code = "180".to_string();
            } else if civilians
                && sources.iter().all(|s| {
                    matches!(agent_of(s).as_str(), "COP" | "MIL" | "SPY" | "GOV")
                        && targets.iter().all(|t| country_of(t) == country_of(s))
                })
                && (riot_control(tree, v)
                    || targets.iter().all(|t| {
                        // ("thousands of young protesters": the people
                        // counted.)
                        // ("stormed two Cairo protest camps": the people
                        // in a protest's camp or march.)
                        [Some(t.head), tree.kid(v, "obj")]
                            .into_iter()
                            .flatten()
                            .any(|x| {
                                tree.children(x).iter().any(|&c| {
                                    tree.rel(c) == "compound"
                                        && matches!(
                                            tree.lemma[c].as_str(),
                                            "protest" | "demonstration"
                                        )
                                })
                            })
                            || std::iter::once(t.head)
                                .chain(tree.kids(t.head, "nmod"))
                                .any(|h| {
                                    matches!(
                                        tree.lemma[h].as_str(),
                                        "protester"
                                            | "demonstrator"
                                            | "protestor"
                                            | "marcher"
                                            | "crowd"
                                            | "mourner"
                                    ) || protesting(tree, h)
                                })
                    }))
            {
                code = "175".to_string();
            }
        }
        // Crowds attacking, storming or torching a building (an embassy, a
        // parliament) riot: violent protest (145), not armed attack.
        if matches!(cameo::root_of(&code), Some(17..=19))
            && !sources.is_empty()
            && sources.iter().all(|s| {
                // (Also a leader's supporters: "supporters of Moqtada
                // al-Sadr stormed the Swedish embassy".)
                matches!(dyad_event::split_actor_code(&s.code).1, "CVL" | "OPP")
            })
            && matches!(
                lemma,
                "attack" | "storm" | "torch" | "ransack" | "burn" | "set" | "stone" | "besiege"
            )
        {
            code = "145".to_string();
        }
        // Armed forces and aircraft that bomb use aerial weapons (195); 183
        // is bombing by other hands ("Thai fighter jets bombed Cambodian
        // positions", "Russian warplanes bombed Idlib").
        // (So are aircraft that strike or attack: "Turkish drones struck
        // al-Shabaab positions".)
        // (A suicide bomber is a man, not an aircraft.)
        let aircraft_word = |w: usize| {
            matches!(
                tree.lemma[w].as_str(),
                "jet" | "warplane" | "aircraft" | "plane" | "bomber" | "drone" | "helicopter"
            ) && !tree
                .children(w)
                .iter()
                .any(|&c| matches!(tree.lemma[c].as_str(), "suicide" | "car" | "truck"))
        };
        let aircraft = |s: &Actor| aircraft_word(s.head);
        let aircraft_subject = tree.kid(v, "nsubj").is_some_and(aircraft_word);
        if code == "190"
            && matches!(lemma, "strike" | "hit" | "attack" | "pound" | "target")
            && !sources.is_empty()
            && (aircraft_subject || sources.iter().all(aircraft))
        {
            code = "195".to_string();
        }
        if code == "183"
            && !sources.is_empty()
            && sources.iter().all(|s| {
                dyad_event::split_actor_code(&s.code).1.starts_with("MIL") || aircraft_word(s.head)
            })
        {
            code = "195".to_string();
        }
        // "Egypt sent troops to Somalia as part of an African Union
        // mission": forces sent on a peace mission are help (074), not a
        // show of force.
        if code.starts_with("15")
            && matches!(lemma, "send" | "deploy" | "dispatch")
            && tree.children(v).iter().any(|&c| {
                tree.rel(c) == "obl"
                    && matches!(tree.lemma[c].as_str(), "part" | "mission")
                    && (c..tree.len())
                        .take_while(|&i| i == c || tree.is_ancestor(c, i))
                        .any(|i| {
                            matches!(
                                tree.lemma[i].as_str(),
                                "mission"
                                    | "peacekeeping"
                                    | "multinational"
                                    | "stabilisation"
                                    | "stabilization"
                            )
                        })
            })
        {
            code = "074".to_string();
        }
        // Capturing a person is taking them into custody (173), not
        // occupying territory: "special forces captured Nicolas Maduro".
        if code == "192"
            && !targets.is_empty()
            && targets.iter().all(|t| t.kind == ActorKind::Person)
        {
            code = "173".to_string();
        }
        // "Lavrov met with Wang Yi", "Indian troops clashed with Chinese
        // soldiers", "signed an agreement with China": what two parties do
        // with each other runs both ways (an offer or a refusal to meet does
        // not, nor does a plan).
        // (Sources may still come: "he had held a call with Putin", said
        // Trump.)
        // (What two parties agree with each other, they both agree to.)
        let agreement = lemma == "agree" && cameo::root_of(&code) == Some(3);
        let mutual = !reciprocal
            && !targets.is_empty()
            && (modality == Modality::Asserted
                || (agreement && modality == Modality::Intended)
                // ("Aliyev did not meet Pashinyan": neither met the other.)
                || (lemma == "meet" && modality == Modality::Negated))
            && (matches!(cameo::root_of(&code), Some(4 | 5 | 6 | 19))
                || matches!(lemma, "exchange" | "swap")
                || agreement)
            && (MUTUAL.contains(&lemma)
                || MUTUAL.contains(&pattern.head.as_str())
                // ("opened membership negotiations with Albania")
                || pattern
                    .words
                    .iter()
                    .any(|w| matches!(w.as_str(), "talk" | "negotiation" | "consultation")))
            && targets.iter().all(|t| {
                tree.case_of(t.head).as_deref() == Some("with")
                    // ("with Albania and North Macedonia")
                    || (tree.rel(t.head) == "conj"
                        && tree
                            .head(t.head)
                            .is_some_and(|h| tree.case_of(h).as_deref() == Some("with")))
                    // ("with Chinese President Xi Jinping": the parser may
                    // hang "with" on the title.)
                    || (t.lo > 0 && tree.lower[t.lo - 1] == "with" && tree.rel(t.lo - 1) == "case")
                    // "Modi met Xi", "Iranian and Taliban guards fought",
                    // "called his Turkish counterpart"
                    || (matches!(lemma, "meet" | "fight" | "phone" | "telephone" | "call")
                        && tree.rel(t.head) == "obj")
            });
        vec![Coded {
            code,
            predicate: v,
            sources,
            targets,
            modality,
            reciprocal,
            mutual,
        }]
    }

    /// The giving pattern that best names goods headed by `heads` (their
    /// lemmas and their dependents' lemmas), if any.
    fn giving_pattern(&self, tree: &Tree, heads: &[usize]) -> Option<&'l VerbPattern> {
        let mut avail: Vec<&str> = Vec::new();
        for &o in heads {
            avail.push(tree.lemma[o].as_str());
            avail.extend(tree.children(o).iter().map(|&c| tree.lemma[c].as_str()));
            // "$5 billion", "300 million euros": money.
            if matches!(
                tree.lemma[o].as_str(),
                "$" | "dollar" | "euro" | "yuan" | "€" | "£"
            ) {
                avail.push("money");
            }
        }
        // (Plurals the lemmatiser keeps: "supplies" → supply.)
        let singulars: Vec<String> = avail
            .iter()
            .filter_map(|l| {
                l.strip_suffix("ies")
                    .map(|st| format!("{st}y"))
                    .or_else(|| {
                        (l.len() > 3 && l.ends_with('s') && !l.ends_with("ss"))
                            .then(|| l[..l.len() - 1].to_string())
                    })
            })
            .collect();
        avail.extend(singulars.iter().map(|x| x.as_str()));
        let mut best: Option<(usize, &VerbPattern)> = None;
        for giver in GIVE_VERBS {
            for p in self.lex.verb_patterns(giver) {
                let fits = !p.words.is_empty()
                    && p.words
                        .iter()
                        .all(|w| w.split(' ').all(|part| avail.contains(&part)))
                    && !matches!(&p.target, TargetSlot::Prep(x) if x != "to");
                // (Relief among the goods makes the whole aid: "flour,
                // sugar, cooking oil and medicines".)
                let better = |n: usize, b: &VerbPattern| {
                    p.words.len() > n
                        || (p.words.len() == n
                            && p.code.starts_with("073")
                            && !b.code.starts_with("073"))
                };
                if fits && best.is_none_or(|(n, b)| better(n, b)) {
                    best = Some((p.words.len(), p));
                }
            }
        }
        best.map(|(_, p)| p)
    }

    /// Goods arriving somewhere ("a shipment of Russian wheat arrived in
    /// Kabul", "Russian fuel reached Afghanistan"): the goods' owner is the
    /// source, the place's state the target, the code a giving verb's pattern
    /// for the goods.
    fn code_arrival(&self, tree: &Tree, f: &ActorFinder, v: usize, negated: bool) -> Option<Coded> {
        let subj = tree.kid(v, "nsubj")?;
        // The subject and its "of" complements ("shipment of Russian wheat"),
        // or what it carries ("a Russian plane carrying 30 tonnes of aid").
        let mut goods = vec![subj];
        let carried = tree
            .kids(subj, "acl")
            .filter(|&a| matches!(tree.lemma[a].as_str(), "carry" | "bring" | "transport"))
            .filter_map(|a| tree.kid(a, "obj"));
        goods.extend(carried);
        // (Or what it comes with: "an Indian air force plane landed in
        // Yangon with 15 tonnes of relief supplies".)
        goods.extend(
            tree.kids(v, "obl")
                .filter(|&o| tree.case_of(o).as_deref() == Some("with")),
        );
        // (Down a chain of "of" phrases: "40,000 of the 100,000 tonnes of
        // wheat".)
        // (And what a vehicle in such a phrase carries: "the first convoy
        // of 50 trucks carrying 2,500 tonnes of Indian wheat".)
        let mut k = 0;
        while k < goods.len() && goods.len() < 12 {
            let g = goods[k];
            for &c in tree.children(g) {
                if tree.rel(c) == "nmod" && tree.case_of(c).as_deref() == Some("of") {
                    goods.push(c);
                }
                // ("carrying nine medical experts and 31 tonnes of
                // supplies")
                if k > 0 && matches!(tree.rel(c), "conj" | "appos") {
                    goods.push(c);
                }
                if k > 0
                    && tree.rel(c) == "acl"
                    && matches!(tree.lemma[c].as_str(), "carry" | "bring" | "transport")
                {
                    goods.extend(tree.kid(c, "obj"));
                }
            }
            k += 1;
        }
        let p = self.giving_pattern(tree, &goods)?;
        let mut senders: Vec<Actor> = goods.iter().flat_map(|&g| f.np_actors(g)).collect();
        // "the wheat promised by India": who promised the goods sends them.
        if senders.is_empty() {
            senders = goods
                .iter()
                .flat_map(|&g| tree.kids(g, "acl").collect::<Vec<_>>())
                .filter(|&a| {
                    matches!(
                        tree.lemma[a].as_str(),
                        "promise" | "pledge" | "send" | "donate" | "provide" | "supply" | "ship"
                    )
                })
                .flat_map(|a| {
                    tree.children(a)
                        .iter()
                        .copied()
                        .filter(|&k| tree.full_rel(k) == "obl:agent")
                        .collect::<Vec<_>>()
                })
                .flat_map(|b| f.np_actors(b))
                .collect();
        }
        let sender = senders.into_iter().next()?;
        // ("crossed into Afghanistan through Pakistan": where the goods go,
        // not the way.)
        let into = tree
            .kids(v, "obl")
            .find(|&o| matches!(tree.case_of(o).as_deref(), Some("into" | "to")))
            .and_then(|o| f.np_actors(o).into_iter().next());
        let place = into.or_else(|| place_actor(tree, f, v, &[])).or_else(|| {
            tree.kid(v, "obj")
                .and_then(|o| f.np_actors(o).into_iter().next())
        })?;
        let (sc, _) = dyad_event::split_actor_code(&sender.code);
        if place.code.starts_with(sc) {
            return None;
        }
        // Goods arriving in Kabul arrive in Afghanistan, not at its government.
        let country = dyad_event::split_actor_code(&place.code).0.to_string();
        let place = if country.is_empty() {
            place
        } else {
            Actor {
                code: country,
                ..place
            }
        };
        // (Police and troops arriving on a mission are help, not a show
        // of force: "the first contingent of Kenyan police officers arrived
        // in Haiti to lead a multinational mission".)
        let code = if p.code.starts_with("15") && on_mission(tree, v) {
            "074"
        } else {
            p.code.as_str()
        };
        Some(self.act(tree, v, negated, code, vec![sender], vec![place]))
    }

    /// A threat by speech act `v` (a warning, a vow that someone will pay),
    /// with the speech act's own modality and the threat's code kept.
    fn threat(
        &self,
        tree: &Tree,
        v: usize,
        negated: bool,
        code: &str,
        sources: Vec<Actor>,
        targets: Vec<Actor>,
    ) -> Coded {
        Coded {
            code: code.to_string(),
            predicate: v,
            sources,
            targets,
            modality: self.modality(tree, v, negated),
            reciprocal: false,
            mutual: false,
        }
    }

    /// A coded act of predicate `v` with its modality; an intended act's code
    /// moves to its 03x counterpart.
    fn act(
        &self,
        tree: &Tree,
        v: usize,
        negated: bool,
        code: &str,
        sources: Vec<Actor>,
        targets: Vec<Actor>,
    ) -> Coded {
        let mut c = self.threat(tree, v, negated, code, sources, targets);
        if c.modality == Modality::Intended && !code.starts_with("03") {
            c.code = intent_code(code);
        }
        c
    }

    /// "Xi told Manele in Beijing that ...", "Rahmon told visiting
    /// Pakistani Foreign Minister Qureshi ...", "told Trump during talks
    /// at the White House": telling someone face to face is meeting them
    /// (040, both ways), besides whatever the telling codes.
    fn told_in_person(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        coded: &[Coded],
    ) -> Vec<Coded> {
        let country = |a: &Actor| dyad_event::split_actor_code(&a.code).0.to_string();
        let mut out: Vec<Coded> = Vec::new();
        for v in 0..tree.len() {
            if tree.lemma[v] != "tell" || tree.upos(v) != "VERB" {
                continue;
            }
            let Some(o) = tree.kid(v, "obj").or_else(|| tree.kid(v, "iobj")) else {
                continue;
            };
            let visiting = tree
                .children(o)
                .iter()
                .any(|&c| matches!(tree.lower[c].as_str(), "visiting"));
            // (Where: a city named in an "in" phrase; or the talks, meeting
            // or visit it was told during. Not a summit, an assembly or a
            // forum, which are speeches.)
            // (The parser may hang the place on the hearer: "told Manele
            // in Beijing".)
            let in_city = tree.kids(v, "obl").chain(tree.kids(o, "nmod")).any(|c| {
                tree.case_of(c).as_deref() == Some("in")
                    && f.mentions.cover[c].is_some_and(|mi| match f.mentions.matches[mi].hit {
                        MatchKind::Capital(_) => true,
                        MatchKind::Actor(id) => self.lex.entry(id).id.starts_with("place-"),
                        _ => false,
                    })
            });
            let at_talks = tree.kids(v, "obl").any(|c| {
                matches!(tree.case_of(c).as_deref(), Some("during" | "at" | "in"))
                    && matches!(
                        tree.lemma[c].as_str(),
                        "talk" | "meeting" | "visit" | "call"
                    )
            });
            if !(visiting || in_city || at_talks) {
                continue;
            }
            let hearers: Vec<Actor> = f
                .arg_actors(o, mem)
                .into_iter()
                .filter(|a| {
                    let (c, agent) = dyad_event::split_actor_code(&a.code);
                    c.len() == 3
                        && !matches!(c, "IGO" | "NGO" | "MNC")
                        && !agent.starts_with("MED")
                        && matches!(
                            a.kind,
                            ActorKind::Person | ActorKind::Agent | ActorKind::Country
                        )
                })
                .collect();
            let tellers = self.subjects(tree, f, mem, v, 0);
            if hearers.is_empty()
                || tellers.is_empty()
                || hearers
                    .iter()
                    .any(|h| tellers.iter().any(|t| country(t) == country(h)))
            {
                continue;
            }
            // (Not twice: a meeting coded from the sentence already, with
            // the teller on its giving side; the hearer's visit alone, from
            // "told visiting ...", leaves the teller's side to code.)
            let met = coded.iter().any(|c| {
                cameo::root_of(&c.code) == Some(4)
                    && (c.reciprocal || c.mutual || c.code != "042")
                    && c.sources
                        .iter()
                        .chain(c.targets.iter())
                        .any(|a| hearers.iter().any(|h| country(h) == country(a)))
                    && c.sources
                        .iter()
                        .chain(c.targets.iter())
                        .any(|a| tellers.iter().any(|t| country(t) == country(a)))
            });
            if met {
                continue;
            }
            let mut c = self.act(tree, v, tree.is_negated(v), "040", tellers, hearers);
            if c.modality != Modality::Asserted {
                continue;
            }
            c.mutual = true;
            out.push(c);
        }
        out
    }

    /// A receiving predicate with a `from` actor and an object that some giving
    /// verb's pattern names ("received 36 tonnes of aid from Russia" → `provide
    /// aid`): the giver is the source, the receiver the target.
    fn code_received(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        v: usize,
        negated: bool,
    ) -> Option<Coded> {
        let objects = self.object_heads(tree, v);
        // The giver: a `from` oblique of the verb, or (a common misattachment)
        // a `from` modifier of the object ("received aid from Russia").
        let holders = std::iter::once(v).chain(objects.iter().copied());
        let mut givers = actors_by_case(tree, f, mem, holders, &["obl", "nmod"], &["from"]);
        let p = self.giving_pattern(tree, &objects)?;
        let receivers = self.subjects(tree, f, mem, v, 0);
        // Or whoever promised the goods: "received the loan promised by the
        // UAE", "any of the tanks pledged by Washington", "the wheat Russia
        // pledged".
        if givers.is_empty() {
            givers = objects
                .iter()
                .flat_map(|&o| pledgers(tree, f, mem, o))
                .collect();
        }
        // Or the goods' origin: "received 40,000 tonnes of Russian wheat",
        // "imported Chinese vaccines" (not the receiver's own goods).
        if givers.is_empty() {
            givers = objects
                .iter()
                .flat_map(|&o| f.np_actors(o))
                .filter(|a| a.head != v)
                .take(1)
                .collect();
            let own = |a: &Actor| {
                let (c, _) = dyad_event::split_actor_code(&a.code);
                receivers
                    .iter()
                    .any(|r| dyad_event::split_actor_code(&r.code).0 == c)
            };
            givers.retain(|a| !own(a));
        }
        if givers.is_empty() {
            return None;
        }
        Some(self.act(tree, v, negated, &p.code, givers, receivers))
    }

    fn modality(&self, tree: &Tree, v: usize, negated: bool) -> Modality {
        if negated {
            return Modality::Negated;
        }
        // "a court ordered Imamoglu jailed": an order carried out in the
        // telling stands or falls with the order.
        if let Some((h, _)) = participle_complement(tree, v) {
            if tree.lemma[h] == "order" {
                return self.modality(tree, h, tree.is_negated(h));
            }
        }
        // "Moscow has yet to recognise the Taliban", "is yet to deliver":
        // not done (so far).
        if let Some(h) = tree.head(v) {
            if tree.rel(v) == "xcomp"
                && matches!(tree.lemma[h].as_str(), "have" | "be")
                && tree.children(h).iter().any(|&c| tree.lower[c] == "yet")
            {
                return Modality::Negated;
            }
        }
        // (Or read as "is" + "yet" + "to deliver" on the verb itself.)
        let kids = tree.children(v);
        if kids.iter().any(|&c| tree.lower[c] == "yet")
            && kids
                .iter()
                .any(|&c| tree.lower[c] == "to" && tree.rel(c) == "mark")
            && kids
                .iter()
                .any(|&c| matches!(tree.lemma[c].as_str(), "be" | "have") && c < v)
        {
            return Modality::Negated;
        }
        // "appealed to the United States for weapons to help his security
        // forces fight the gangs": the purpose of an appeal is asked for,
        // not done.
        if tree.kids(v, "mark").any(|m| tree.lower[m] == "to") {
            let mut x = v;
            for _ in 0..3 {
                if !matches!(tree.rel(x), "advcl" | "xcomp" | "acl") {
                    break;
                }
                let Some(h) = tree.head(x) else { break };
                if matches!(
                    tree.lemma[h].as_str(),
                    "appeal" | "plead" | "beg" | "ask" | "request" | "urge" | "call"
                ) && tree.rel(x) != "xcomp"
                {
                    return Modality::Hypothetical;
                }
                x = h;
            }
        }
        // "... if the United States recognised Jerusalem", "unless the
        // hostages were freed": a condition is not a done act.
        if tree
            .kids(v, "mark")
            .any(|m| matches!(tree.lower[m].as_str(), "if" | "unless"))
        {
            return Modality::Hypothetical;
        }
        let aux = tree.aux_lemmas(v);
        if aux
            .iter()
            .any(|a| matches!(*a, "could" | "might" | "may" | "should" | "can" | "must"))
        {
            return Modality::Hypothetical;
        }
        if aux
            .iter()
            .any(|a| matches!(*a, "will" | "shall" | "would" | "'ll" | "wo"))
        {
            return Modality::Intended;
        }
        // "is going to deliver"
        if let Some(h) = tree.head(v) {
            if tree.rel(v) == "xcomp" && tree.lemma[h] == "go" && tree.lower[h] == "going" {
                return Modality::Intended;
            }
        }
        // Up a chain of infinitives: "allows Russia to remove" and "urged the
        // Taliban to cut ties" are permitted or requested acts, not done ones;
        // "planned to increase trade" stays an intention however deep. What an
        // actor is accused of ("accused Israel of carrying out the attack") is
        // alleged, not asserted.
        if let Some(h) = tree.head(v) {
            if matches!(tree.rel(v), "advcl" | "acl" | "ccomp")
                && ALLEGED.contains(&tree.lemma[h].as_str())
            {
                return Modality::Hypothetical;
            }
            // "ended the talks without reaching a deal": not done.
            if matches!(tree.rel(v), "advcl" | "acl") && marked_by(tree, v, &["without"]) {
                return Modality::Negated;
            }
            // What someone is warned against has not happened: "warned
            // China against providing weapons to Russia".
            if matches!(tree.rel(v), "advcl" | "acl") && marked_by(tree, v, &["against"]) {
                return Modality::Hypothetical;
            }
            // What is demanded or asked for has not happened: "a resolution
            // demanding that Russia withdraw its troops".
            if tree.rel(v) == "ccomp" && UNREALISED.contains(&tree.lemma[h].as_str()) {
                return Modality::Hypothetical;
            }
        }
        // "the government's plan to curb the powers of the court", "a bid to
        // join NATO": what a plan, proposal or attempt is for has not
        // happened.
        if let Some(h) = tree.head(v) {
            if tree.rel(v) == "acl" && marked_by(tree, v, &["to"]) {
                match tree.lemma[h].as_str() {
                    "plan" | "decision" | "pledge" | "promise" | "commitment" | "intention"
                    | "agreement" | "deal" | "vow" | "readiness" | "willingness" => {
                        return Modality::Intended
                    }
                    "proposal" | "bid" | "attempt" | "effort" | "call" | "demand" | "request"
                    | "threat" | "offer" | "move" | "push" | "campaign" | "right" | "order"
                    | "pressure" | "plea" | "appeal" | "invitation" | "permission" => {
                        return Modality::Hypothetical
                    }
                    _ => {}
                }
            }
        }
        // "agreed to resume flights and lift a visa ban": a verb conjoined
        // to a complement, with no subject or auxiliary of its own, shares
        // its status.
        if let Some(h) = tree.head(v) {
            if tree.rel(v) == "conj"
                && tree.kid(v, "nsubj").is_none()
                && tree.aux_lemmas(v).is_empty()
                && (tree.rel(h) == "xcomp" || is_purpose_infinitive(tree, h))
            {
                return self.modality(tree, h, tree.is_negated(h));
            }
        }
        let mut cur = v;
        for _ in 0..6 {
            // An infinitive under "urged X to" is often parsed as a purpose
            // clause: it is the same complement.
            if tree.rel(cur) != "xcomp" && !is_purpose_infinitive(tree, cur) {
                break;
            }
            let Some(h) = tree.head(cur) else { break };
            let l = tree.lemma[h].as_str();
            // "refused to recognise", "failed to deliver": not done.
            if REFUSED.contains(&l) {
                return Modality::Negated;
            }
            if UNREALISED.contains(&l) || ALLEGED.contains(&l) {
                return if tree.is_negated(h) {
                    Modality::Negated
                } else {
                    Modality::Hypothetical
                };
            }
            if self.is_intent_word(tree, h) {
                return if tree.is_negated(h) {
                    Modality::Negated
                } else {
                    Modality::Intended
                };
            }
            cur = h;
        }
        // A purpose infinitive, or any other open complement, shares its
        // governor's status: "will meet in Zurich to discuss trade" is a
        // planned discussion, "could send troops to protect the border" a
        // possible protection, "will try to reach a deal" an intention.
        if let Some(h) = tree.head(v) {
            if is_purpose_infinitive(tree, v) || tree.rel(v) == "xcomp" {
                return self.modality(tree, h, tree.is_negated(h));
            }
        }
        Modality::Asserted
    }

    /// Whether a negated predicate is a refusal: a negated future ("will
    /// not recognise", "would not provide") or the complement of a refusing
    /// verb ("refused to meet", "declined to sign"). A negated past ("did not
    /// meet") or a failure ("failed to deliver") is not.
    fn is_refusal(&self, tree: &Tree, v: usize, negated: bool) -> bool {
        if negated {
            return tree
                .aux_lemmas(v)
                .iter()
                .any(|a| matches!(*a, "will" | "would" | "shall" | "'ll" | "wo"));
        }
        // "refused to meet"; "is not ready to recognise", "did not agree to
        // extend": a negated readiness or consent is a refusal too.
        tree.rel(v) == "xcomp"
            && tree.head(v).is_some_and(|h| {
                matches!(tree.lemma[h].as_str(), "refuse" | "decline")
                    || (tree.is_negated(h)
                        && matches!(
                            tree.lemma[h].as_str(),
                            "ready" | "willing" | "prepared" | "agree"
                        ))
            })
    }

    /// Verb patterns for the predicate's lemma, or for forms of its surface word
    /// when the lemmatizer got an unknown verb wrong ("shelled" → "shel").
    fn patterns_for(&self, tree: &Tree, v: usize) -> &'l [VerbPattern] {
        let p = self.lex.verb_patterns(&tree.lemma[v]);
        if !p.is_empty() {
            return p;
        }
        let form = tree.lower[v].as_str();
        let mut cands: Vec<String> = vec![form.to_string()];
        for suf in ["ing", "ed", "es", "s", "d"] {
            if let Some(stem) = form.strip_suffix(suf) {
                if stem.len() < 2 {
                    continue;
                }
                cands.push(stem.to_string());
                cands.push(format!("{stem}e"));
                let b = stem.as_bytes();
                if b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] {
                    cands.push(stem[..stem.len() - 1].to_string());
                }
                if let Some(y) = stem.strip_suffix('i') {
                    cands.push(format!("{y}y"));
                }
            }
        }
        for c in cands {
            let p = self.lex.verb_patterns(&c);
            if !p.is_empty() {
                return p;
            }
        }
        &[]
    }

    /// The first actor to the right of the predicate inside its own clause: a
    /// shallow fallback for parses that misattach the object.
    fn right_actor(&self, tree: &Tree, f: &ActorFinder, v: usize, violent: bool) -> Vec<Actor> {
        // ("struck what New Delhi called a militant camp inside Pakistani
        // territory": the naming clause is the object, not another act.)
        let naming = named_by_speaker(tree, v).and_then(|n| tree.head(n));
        for w in v + 1..tree.len() {
            if !tree.is_ancestor(v, w)
                || matches!(
                    tree.full_rel(w),
                    "nsubj" | "obl:tmod" | "obl:unmarked" | "obl:npmod"
                )
                // (Money is no party: "200 million Australian dollars".)
                || (tree
                    .head(w)
                    .is_some_and(|h| actors::is_currency(&tree.lemma[h]))
                    && matches!(tree.rel(w), "amod" | "compound" | "flat"))
            {
                continue;
            }
            // Skip material inside another clause with its own subject, inside
            // a modifying clause ("a deal brokered by China") or an agent phrase.
            let mut cur = w;
            let mut blocked = false;
            while let Some(h) = tree.head(cur) {
                let passive_acl = tree.rel(cur) == "acl" && tree.words[cur].xpos == "VBN";
                // "condemned the attack and offered condolences to Russia": a
                // conjoined predicate has its own target.
                let conj_verb = tree.rel(cur) == "conj" && tree.upos(cur) == "VERB";
                // "in a raid near the Afghan border", "under EU mediation":
                // where or how, not whom.
                // Where a meeting or a signing took place ("signed a deal in
                // Washington", "talks at a summit in Riyadh") is not whom
                // it was with; where violence struck is.
                let case = tree.case_of(cur);
                // (Nor a time phrase: "agreed ... after 18 days of talks in
                // Vienna".)
                let aside = matches!(
                    case.as_deref(),
                    Some(
                        "near"
                            | "under"
                            | "along"
                            | "across"
                            | "amid"
                            | "during"
                            | "after"
                            | "before"
                            | "following"
                            | "since"
                            | "until"
                    )
                ) || case.as_deref().is_some_and(|c| c.starts_with("accord"))
                    || (!violent
                        && !matches!(
                            tree.lemma[v].as_str(),
                            "attend" | "visit" | "travel" | "arrive"
                        )
                        && matches!(case.as_deref(), Some("at" | "in"))
                        && (h == v
                            || (tree.head(h) == Some(v) && tree.rel(h) == "obj")
                            // (deeper too: "signed a declaration of
                            // principles in Khartoum", unless a noun above
                            // is about the place: "its embassy in Kabul",
                            // "a ceasefire in Gaza", "an attack at a mall in
                            // Nairobi")
                            || !about_place(tree, h, v)));
                // ("seized 22 tonnes of cocaine bound for Europe": where
                // goods were going is no party.)
                let destination = matches!(tree.rel(cur), "acl" | "amod")
                    && matches!(
                        tree.lemma[cur].as_str(),
                        "bound" | "bind" | "destine" | "head"
                    );
                if passive_acl
                    || conj_verb
                    || aside
                    || destination
                    || tree.rel(cur) == "advcl"
                    || tree.full_rel(cur) == "obl:agent"
                {
                    blocked = true;
                    break;
                }
                if h == v {
                    break;
                }
                if Some(h) == naming {
                    if tree.rel(cur).starts_with("nsubj") {
                        blocked = true;
                        break;
                    }
                    cur = h;
                    continue;
                }
                if tree.upos(h) == "VERB"
                    && (tree.kid(h, "nsubj").is_some()
                        || matches!(tree.rel(h), "ccomp" | "parataxis"))
                {
                    blocked = true;
                    break;
                }
                cur = h;
            }
            if blocked {
                continue;
            }
            let mut a = f.np_actors(w);
            if !a.is_empty() {
                // "to Somalia and Burkina Faso"
                for c in tree.kids(w, "conj").collect::<Vec<_>>() {
                    for x in f.np_actors(c) {
                        if !a.iter().any(|y| y.code == x.code) {
                            a.push(x);
                        }
                    }
                }
                return a;
            }
        }
        Vec::new()
    }

    /// Heads of what the predicate acts on: its object, and the "of" complement of a
    /// measure or container noun ("36 tonnes of humanitarian aid" → "aid").
    fn object_heads(&self, tree: &Tree, v: usize) -> Vec<usize> {
        let mut out = Vec::new();
        // ("held nearly three hours of talks" with the span read as a bare
        // oblique of time.)
        let span = || {
            tree.kids(v, "obl").find(|&o| {
                tree.case_of(o).is_none()
                    && matches!(
                        tree.lemma[o].as_str(),
                        "hour" | "day" | "week" | "month" | "round"
                    )
                    && tree
                        .kids(o, "nmod")
                        .any(|c| tree.case_of(c).as_deref() == Some("of"))
            })
        };
        let mut cur = tree.kid(v, "obj").or_else(span);
        for _ in 0..3 {
            let Some(o) = cur else { break };
            out.push(o);
            cur = tree.children(o).iter().copied().find(|&c| {
                tree.rel(c) == "nmod"
                    && tree.case_of(c).as_deref() == Some("of")
                    && tree.upos(c) == "NOUN"
            });
        }
        out
    }

    /// The most specific verb pattern for `v`, and the targets it names.
    fn best_pattern(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        v: usize,
    ) -> Option<(&'l VerbPattern, Vec<Actor>)> {
        let patterns = self.patterns_for(tree, v);
        if patterns.is_empty() {
            return None;
        }
        let obj = named_by_speaker(tree, v).or_else(|| tree.kid(v, "obj"));
        let objects = self.object_heads(tree, v);
        // Lemmas available to satisfy required words: the predicate's dependents,
        // the object phrase's heads and their dependents ("hold talks on trade"),
        // and the case markers of obliques and clausal complements.
        // (Not the subject: "Taliban fighters captured Zaranj" is no
        // "capture fighter".)
        // (A particle read as a preposition, "handed over the pilot",
        // stands right after its verb.)
        let topic = |c: usize| {
            matches!(tree.rel(c), "nmod" | "obl")
                && matches!(tree.case_of(c).as_deref(), Some("over" | "about"))
                && !tree.kids(c, "case").any(|k| k == v + 1)
        };
        let mut avail: Vec<&str> = tree
            .children(v)
            .iter()
            .filter(|&&c| tree.full_rel(c) != "nsubj" && !topic(c))
            .map(|&c| tree.lemma[c].as_str())
            .collect();
        // (Not a topic phrase's noun: "ending a dispute over a port deal"
        // does not end the deal.)
        for &o in &objects {
            avail.push(tree.lemma[o].as_str());
            avail.extend(
                tree.children(o)
                    .iter()
                    .filter(|&&c| !topic(c))
                    .map(|&c| tree.lemma[c].as_str()),
            );
        }
        // (What a recipient is supplied with: "supplied Afghanistan with 1
        // million tonnes of petroleum products".)
        for c in tree.kids(v, "obl") {
            if tree.case_of(c).as_deref() == Some("with") {
                let mut cur = Some(c);
                for _ in 0..3 {
                    let Some(o) = cur else { break };
                    avail.push(tree.lemma[o].as_str());
                    avail.extend(tree.children(o).iter().map(|&k| tree.lemma[k].as_str()));
                    cur = tree.children(o).iter().copied().find(|&k| {
                        tree.rel(k) == "nmod" && tree.case_of(k).as_deref() == Some("of")
                    });
                }
            }
        }
        // (Both objects of a double-object verb: "gave the diplomats 48
        // hours to leave".)
        for o in tree.kids(v, "obj").chain(tree.kids(v, "iobj")) {
            if !objects.contains(&o) {
                avail.extend(tree.children(o).iter().map(|&c| tree.lemma[c].as_str()));
            }
        }
        for &c in tree.children(v) {
            if matches!(tree.rel(c), "obl" | "xcomp" | "advcl" | "ccomp") {
                avail.extend(
                    tree.children(c)
                        .iter()
                        .filter(|&&g| matches!(tree.rel(g), "case" | "mark"))
                        .map(|&g| tree.lemma[g].as_str()),
                );
            }
        }
        // (And of the object's own prepositional phrases: "staged drills
        // around Taiwan" with "around Taiwan" under "drills".)
        // ("pulled out of the final round of talks": the talks a round is
        // of count as the verb's own.)
        for c in tree.kids(v, "obl").collect::<Vec<_>>() {
            if matches!(
                tree.lemma[c].as_str(),
                "round" | "series" | "session" | "stage" | "phase" | "part"
            ) {
                avail.extend(
                    tree.kids(c, "nmod")
                        .filter(|&k| tree.case_of(k).as_deref() == Some("of"))
                        .map(|k| tree.lemma[k].as_str()),
                );
            }
        }
        // (Spatial ones only: "in" and "to" there are no verb particles,
        // "gave the junta in Niger one week" is no "give in".)
        for &o in &objects {
            for k in tree.kids(o, "nmod") {
                avail.extend(
                    tree.kids(k, "case")
                        .map(|g| tree.lemma[g].as_str())
                        .filter(|l| matches!(*l, "around" | "near" | "along" | "off")),
                );
            }
        }
        // Plurals the lemmatiser keeps ("troops", "arms") also match the
        // singular a pattern is written with.
        let singulars: Vec<&str> = avail
            .iter()
            .filter(|l| l.len() > 3 && l.ends_with('s') && !l.ends_with("ss"))
            .map(|l| &l[..l.len() - 1])
            .collect();
        avail.extend(singulars);
        // ("supplies" → supply)
        let ies: Vec<String> = avail
            .iter()
            .filter_map(|l| l.strip_suffix("ies").map(|st| format!("{st}y")))
            .collect();
        let ies: Vec<&str> = ies.iter().map(|x| x.as_str()).collect();
        avail.extend(ies.iter().copied());
        let mut best: Option<(i32, usize, Vec<Actor>)> = None;
        for (pi, p) in patterns.iter().enumerate() {
            if !p
                .words
                .iter()
                .all(|w| w.split(' ').all(|part| avail.contains(&part)))
            {
                continue;
            }
            let targets = match &p.target {
                TargetSlot::Object => obj
                    .or_else(|| tree.kid(v, "iobj"))
                    .or_else(|| participle_complement(tree, v).map(|(_, o)| o))
                    .map(|o| f.arg_actors(o, mem))
                    .unwrap_or_default(),
                TargetSlot::Prep(prep) => self.prep_targets(tree, f, mem, v, &objects, prep),
                TargetSlot::None => Vec::new(),
            };
            // A pattern for a prepositional target ("leave for $", "hold drill
            // with $") whose phrase is not there is a weaker match than one
            // without ("held drills near the border" is no joint exercise),
            // and nothing at all alone ("left Kabul" is no visit).
            let prep_missing = matches!(&p.target, TargetSlot::Prep(_)) && targets.is_empty();
            // (Unless the parties are the subjects, "Iran and Afghanistan
            // clashed", or the passive names them later, "fired at it".)
            // (Nor when the preposition is there but misattached: "shipped
            // 1,000 tons of wheat to Afghanistan" with "to Afghanistan"
            // under "wheat".)
            // (Within the clause's own phrases, not a clause below it:
            // "ordered diplomats to leave, accusing Moscow of using its
            // mission for espionage".)
            let nominal_path = |w: usize| {
                let mut x = w;
                for _ in 0..6 {
                    match tree.head(x) {
                        Some(h) if h == v => return true,
                        Some(h) if matches!(tree.rel(x), "case" | "nmod" | "obj" | "obl") => x = h,
                        _ => return false,
                    }
                }
                false
            };
            let prep_in_clause = match &p.target {
                TargetSlot::Prep(prep) => (v + 1..tree.len())
                    .any(|w| tree.lemma[w] == *prep && tree.rel(w) == "case" && nominal_path(w)),
                _ => false,
            };
            let parties_elsewhere = prep_in_clause
                || tree.is_passive(v)
                || tree.kid(v, "nsubj").is_some_and(|s| {
                    tree.kid(s, "conj").is_some() || actors::is_pair_phrase(tree, s)
                });
            if prep_missing && p.words.is_empty() && !parties_elsewhere {
                continue;
            }
            // Most words matched wins; a found target breaks ties; then file order.
            let score = p.words.len() as i32 * 4 + if targets.is_empty() { 0 } else { 1 }
                - if prep_missing { 2 } else { 0 };
            if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
                best = Some((score, pi, targets));
            }
        }
        let (_, pi, mut targets) = best?;
        // "demanded that Moscow return the children": whom a demand or an
        // appeal is made of is the subject of what is demanded.
        if targets.is_empty() && UNREALISED.contains(&tree.lemma[v].as_str()) {
            // (A clause with its own subject, however the parser labelled it.)
            let clause = tree.children(v).iter().copied().find(|&c| {
                matches!(tree.rel(c), "ccomp" | "xcomp") && tree.kid(c, "nsubj").is_some()
            });
            if let Some(s) = clause.and_then(|c| tree.kid(c, "nsubj")) {
                targets = f.arg_actors(s, mem);
            }
        }
        // "a report alleged that France was aware of the preparations",
        // "complained that Russia had violated the deal": whom an accusation
        // or complaint is about is the subject of what it alleges.
        if targets.is_empty() && cameo::root_of(&patterns[pi].code) == Some(11) {
            let clause = tree
                .children(v)
                .iter()
                .copied()
                .find(|&c| tree.rel(c) == "ccomp");
            if let Some(s) = clause.and_then(|c| tree.kid(c, "nsubj")) {
                targets = f.arg_actors(s, mem);
            }
        }
        // "suspended talks on joining the European Union": talks on
        // joining a body are talks with it.
        if targets.is_empty()
            && patterns[pi]
                .words
                .iter()
                .any(|w| matches!(w.as_str(), "talk" | "negotiation"))
        {
            let joining = (v + 1..tree.len()).find(|&j| {
                matches!(tree.lemma[j].as_str(), "join" | "enter" | "accede")
                    && tree.is_ancestor(v, j)
                    && marked_by(tree, j, &["on", "about"])
            });
            if let Some(o) = joining.and_then(|j| tree.kid(j, "obj")) {
                targets = f.arg_actors(o, mem);
            }
        }
        // "troops stormed the palace in what President Arce denounced as a
        // coup attempt": a denunciation of "what" is of whoever did the
        // act the clause hangs from.
        if targets.is_empty()
            && matches!(cameo::root_of(&patterns[pi].code), Some(11 | 12))
            && tree
                .kid(v, "obj")
                .is_some_and(|o| tree.lower[o] == "what" && o < v)
        {
            let mut p = tree.head(v);
            while let Some(x) = p.filter(|&x| tree.upos(x) != "VERB") {
                p = tree.head(x);
            }
            if let Some(p) = p {
                targets = self.subjects(tree, f, mem, p, 0);
            }
        }
        let topic = TOPIC_VERBS.contains(&tree.lemma[v].as_str());
        // "Belarus arrested opposition journalist Roman Protasevich",
        // "Venezuela has not released the political prisoners", "Yoon
        // accused the opposition-controlled parliament": whom a
        // state arrests, jails, bans or frees without naming their country
        // are its own people.
        // (Not whom a group frees: hostages are the other side's.)
        // (Nor whom its police fire on: "riot police fired tear gas at
        // thousands of demonstrators".)
        let root = cameo::root_of(&patterns[pi].code);
        let subjects = if targets.is_empty() && matches!(root, Some(8 | 11 | 17 | 18 | 19)) {
            self.subjects(tree, f, mem, v, 0)
        } else {
            Vec::new()
        };
        let repressed = matches!(root, Some(18 | 19))
            && (riot_control(tree, v)
                || subjects
                    .iter()
                    .any(|a| dyad_event::split_actor_code(&a.code).1.starts_with("COP")));
        if targets.is_empty() && (repressed || matches!(root, Some(17 | 8 | 11))) {
            // (Whom a force fires at: "fired tear gas at the crowd".)
            // (Also hung from a weapon named last: "fired rubber bullets
            // and water cannon at thousands of people".)
            let at = |c: usize| matches!(tree.case_of(c).as_deref(), Some("at" | "on" | "upon"));
            let aimed = tree.kids(v, "obl").find(|&c| at(c)).or_else(|| {
                tree.children(v)
                    .iter()
                    .filter(|&&c| matches!(tree.rel(c), "obj" | "obl" | "conj"))
                    .flat_map(|&c| tree.kids(c, "nmod"))
                    .find(|&n| at(n))
            });
            // (An object the parser read as an oblique: "have detained about
            // 6,000 people".)
            let obj = obj.or_else(|| {
                tree.kids(v, "obl")
                    .find(|&c| tree.case_of(c).is_none() && tree.upos(c) == "NOUN")
            });
            let obj = if repressed {
                obj.filter(|&o| !RIOT_CONTROL.contains(&tree.lemma[o].as_str()))
                    .or(aimed)
            } else {
                obj
            };
            if let Some(o) = obj {
                let state = subjects.first().and_then(state_country);
                // ("any of the political prisoners": the people counted.)
                let o = if matches!(tree.upos(o), "DET" | "NUM" | "PRON" | "ADJ")
                    || matches!(
                        tree.lemma[o].as_str(),
                        "thousand" | "hundred" | "dozen" | "score" | "million" | "tens"
                    ) {
                    tree.children(o)
                        .iter()
                        .copied()
                        .find(|&c| {
                            tree.rel(c) == "nmod" && tree.case_of(c).as_deref() == Some("of")
                        })
                        .unwrap_or(o)
                } else {
                    o
                };
                if let Some(country) = state {
                    targets.extend(f.own_people(o, &country));
                }
            }
        }
        if targets.is_empty() && !topic {
            targets = self.fallback_targets(tree, f, mem, v, &objects);
        }
        // A statement is addressed to whom it names, not to an actor found
        // anywhere after it ("saying the attack avenged the killing of a
        // Hezbollah leader" is not said to Hezbollah).
        let statement = cameo::root_of(&patterns[pi].code) == Some(1)
            && patterns[pi].words.is_empty()
            && self.is_cue("report", &tree.lemma[v], REPORT_VERBS);
        if targets.is_empty() && !topic && !statement {
            let violent = matches!(cameo::root_of(&patterns[pi].code), Some(14..=20));
            targets = self.right_actor(tree, f, v, violent);
        }
        Some((&patterns[pi], targets))
    }

    fn prep_targets(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        v: usize,
        objects: &[usize],
        prep: &str,
    ) -> Vec<Actor> {
        // "sent from Russia to Afghanistan" is often parsed with "to
        // Afghanistan" inside the "from" phrase.
        let origins = tree.children(v).iter().copied().filter(|&c| {
            prep != "from" && tree.rel(c) == "obl" && tree.case_of(c).as_deref() == Some("from")
        });
        // ("tonnes of relief supplies to eastern Libya": the goods a
        // quantity counts hold the phrase too.)
        let counted = objects
            .iter()
            .flat_map(|&o| std::iter::once(o).chain(tree.kids(o, "conj")))
            .flat_map(|o| {
                tree.kids(o, "nmod")
                    .filter(|&k| tree.case_of(k).as_deref() == Some("of"))
                    .collect::<Vec<_>>()
            });
        // ("sent two aircraft carrying 100 tonnes of food to Afghanistan":
        // the carrying vehicle's phrase holds the destination.)
        let carrying: Vec<usize> = objects
            .iter()
            .flat_map(|&o| tree.kids(o, "acl").collect::<Vec<_>>())
            .filter(|&a| {
                matches!(
                    tree.lemma[a].as_str(),
                    "carry" | "load" | "bear" | "transport"
                )
            })
            .collect();
        let holders = std::iter::once(v)
            .chain(objects.iter().copied())
            .chain(counted)
            .chain(origins)
            .chain(carrying);
        actors_by_case(tree, f, mem, holders, &["obl", "nmod", "iobj"], &[prep])
    }

    fn fallback_targets(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        v: usize,
        objects: &[usize],
    ) -> Vec<Actor> {
        for &o in objects.iter().take(1) {
            let a = f.arg_actors(o, mem);
            if !a.is_empty() {
                return a;
            }
        }
        // "condemned the bombing of the Russian embassy", "sent aid to Afghanistan"
        for &o in objects {
            let a = self.modifier_targets(tree, f, mem, o);
            if !a.is_empty() {
                return a;
            }
        }
        if let Some(i) = tree.kid(v, "iobj") {
            let a = f.arg_actors(i, mem);
            if !a.is_empty() {
                return a;
            }
        }
        actors_by_case(
            tree,
            f,
            mem,
            [v],
            &["obl"],
            &[
                "to", "with", "against", "on", "for", "from", "toward", "towards",
            ],
        )
    }

    /// Actors in the prepositional modifiers of a noun that name whom an act
    /// concerns ("the bombing of the embassy", "evidence against Russia").
    fn modifier_targets(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        n: usize,
    ) -> Vec<Actor> {
        actors_by_case(
            tree,
            f,
            mem,
            [n],
            &["nmod"],
            &["of", "on", "against", "to", "for", "with", "between"],
        )
    }

    fn assemble(
        &self,
        s: &SentenceInput,
        tree: &Tree,
        f: &ActorFinder,
        coded: Vec<Coded>,
    ) -> Vec<Event> {
        let mut out: Vec<Event> = Vec::new();
        for c in coded {
            let mut pairs: Vec<(&Actor, Option<&Actor>)> = Vec::new();
            if c.reciprocal {
                for a in &c.sources {
                    for b in &c.sources {
                        if a.code != b.code {
                            pairs.push((a, Some(b)));
                        }
                    }
                }
            } else {
                for a in &c.sources {
                    if c.targets.is_empty() {
                        pairs.push((a, None));
                    }
                    for b in &c.targets {
                        pairs.push((a, Some(b)));
                        if c.mutual {
                            pairs.push((b, Some(a)));
                        }
                    }
                }
            }
            // A continent or world region ("trade with the continent", "his
            // first trip to Africa") is no party a dyad can be drawn for.
            let region = |a: &Actor| actors::REGIONS.contains(&a.code.as_str());
            for (src, tgt) in pairs {
                if tgt.is_none() && self.opts.require_dyad {
                    continue;
                }
                if region(src) || tgt.is_some_and(region) {
                    continue;
                }
                if let Some(t) = tgt {
                    if t.code == src.code && !self.opts.allow_self {
                        continue;
                    }
                    // "Russia" and "Moscow" in one event are the same state
                    // seen twice; but a state and its people, opposition or
                    // rebels are two parties ("Belarus freed 14 opposition
                    // activists", "Serbs protested against the government").
                    let (sc, sa) = dyad_event::split_actor_code(&src.code);
                    let (tc, ta) = dyad_event::split_actor_code(&t.code);
                    let society = |a: &str| {
                        !a.is_empty() && !STATE_SECTORS.contains(&a.get(..3).unwrap_or(a))
                    };
                    if sc == tc
                        && (src.code.len() == 3 || t.code.len() == 3)
                        && !society(sa)
                        && !society(ta)
                        && !self.opts.allow_self
                    {
                        continue;
                    }
                    // Overlapping mentions are one actor seen twice (bad parse),
                    // except for the two sides of "Russian and Ukrainian negotiators".
                    // (Spans are clipped at the predicate: a subject's
                    // phrase misread as running past its verb, "police,
                    // days after the minister suspended talks", does not
                    // overlap the verb's object.)
                    let ((slo, shi), (tlo, thi)) =
                        (clipped(src, c.predicate), clipped(t, c.predicate));
                    if !c.reciprocal
                        && tlo <= shi
                        && slo <= thi
                        && t.from_coref.is_none()
                        && src.from_coref.is_none()
                    {
                        continue;
                    }
                }
                let e = self.make_event(s, tree, f, &c, src, tgt);
                if !out.iter().any(|o| o.event_id == e.event_id) {
                    out.push(e);
                }
            }
        }
        out
    }

    fn make_event(
        &self,
        s: &SentenceInput,
        tree: &Tree,
        f: &ActorFinder,
        c: &Coded,
        src: &Actor,
        tgt: Option<&Actor>,
    ) -> Event {
        let info = cameo::lookup_or_parent(&c.code);
        let root = cameo::root_of(&c.code).unwrap_or(0);
        let target_code = tgt.map(|t| t.code.clone()).unwrap_or_default();
        let (sc, sa) = dyad_event::split_actor_code(&src.code);
        let (tc, ta) = dyad_event::split_actor_code(&target_code);
        // (In order even when a bad parse left the actor's words after
        // the predicate's clip point.)
        let span = |a: &Actor| {
            let (lo, hi) = clipped(a, c.predicate);
            let (lo, hi) = (lo.min(hi), lo.max(hi));
            [s.words[lo].start, s.words[hi].end]
        };
        let text_of = |a: &Actor| {
            a.from_coref.clone().unwrap_or_else(|| {
                let [lo, hi] = span(a);
                s.text
                    .get(lo as usize..hi as usize)
                    .unwrap_or("")
                    .to_string()
            })
        };
        let (event_date, precision) = self.event_date(s, tree, c.predicate);
        let location = self.location(s, tree, f, c.predicate);
        Event {
            event_id: dyad_event::event_id(s.doc_id, s.index, &src.code, &target_code, &c.code),
            doc_id: s.doc_id.to_string(),
            sentence: s.index,
            pub_date: s.pub_date,
            event_date,
            date_precision: precision,
            source: src.code.clone(),
            target: target_code.clone(),
            source_country: sc.to_string(),
            target_country: tc.to_string(),
            source_agent: sa.to_string(),
            target_agent: ta.to_string(),
            source_text: text_of(src),
            target_text: tgt.map(text_of).unwrap_or_default(),
            cameo: c.code.clone(),
            root,
            quad_class: cameo::quad_class_of_root(root),
            goldstein: info.map(|i| i.goldstein).unwrap_or(0.0),
            plover_type: info.map(|i| i.plover_type.clone()).unwrap_or_default(),
            plover_mode: info.map(|i| i.plover_mode.clone()).unwrap_or_default(),
            plover_context: info.map(|i| i.plover_context.clone()).unwrap_or_default(),
            modality: c.modality,
            location,
            quantities: Vec::new(),
            evidence: Evidence {
                text: s.text.to_string(),
                source_span: if src.from_coref.is_some() {
                    None
                } else {
                    Some(span(src))
                },
                target_span: tgt.filter(|t| t.from_coref.is_none()).map(span),
                predicate_span: Some([s.words[c.predicate].start, s.words[c.predicate].end]),
            },
            num_mentions: 1,
            num_articles: 1,
            source_url: None,
        }
    }

    /// The date of the event at predicate `v`: a temporal expression governed by
    /// the predicate if any, else the sentence's first, else the publication date.
    fn event_date(&self, s: &SentenceInput, tree: &Tree, v: usize) -> (NaiveDate, DatePrecision) {
        if s.times.is_empty() {
            return (s.pub_date, DatePrecision::Day);
        }
        // "since 2021", "until March": the start or end of a span, not when
        // the event happened.
        let word_at = |byte: u32| {
            let w = s
                .words
                .iter()
                .position(|w| w.start <= byte && byte < w.end.max(w.start + 1))?;
            let bound = w > 0
                && matches!(
                    s.words[w - 1].form.to_lowercase().as_str(),
                    "since" | "until" | "till" | "through"
                );
            (!bound).then_some(w)
        };
        // A time in the predicate's own clause dates it; one inside a
        // relative clause or another clause dates that clause ("lifted the
        // ban on the Taliban, which had been designated a terrorist
        // organisation in 2003").
        let own = s.times.iter().find(|t| {
            word_at(t.start)
                .is_some_and(|w| tree.is_ancestor(v, w) && !crosses_clause(tree, w, Some(v)))
        });
        // Else a time outside any modifying clause (a misattached "on Monday").
        let free = || {
            s.times.iter().find(|t| {
                word_at(t.start)
                    .is_some_and(|w| !tree.is_ancestor(v, w) && !crosses_clause(tree, w, None))
            })
        };
        match own.or_else(free) {
            Some(t) => (t.date, t.precision),
            None => (s.pub_date, DatePrecision::Day),
        }
    }

    /// Where the event at `v` happened, when the sentence says ("in Kabul", "in the city of Kazan").
    fn location(
        &self,
        s: &SentenceInput,
        tree: &Tree,
        f: &ActorFinder,
        v: usize,
    ) -> Option<Location> {
        let mut cands: Vec<usize> = Vec::new();
        for &c in tree.children(v) {
            if tree.rel(c) == "obl"
                && matches!(
                    tree.case_of(c).as_deref(),
                    Some("in" | "at" | "near" | "outside")
                )
            {
                cands.push(c);
            }
        }
        for c in cands {
            // "in the city of Kazan": the place is the of-complement.
            let place = if matches!(
                tree.lemma[c].as_str(),
                "city" | "town" | "village" | "province" | "capital" | "region" | "district"
            ) {
                tree.children(c)
                    .iter()
                    .copied()
                    .find(|&g| tree.rel(g) == "nmod" && tree.upos(g) == "PROPN")
                    .unwrap_or(c)
            } else {
                c
            };
            if tree.upos(place) != "PROPN" || is_time_word(&tree.lemma[place]) {
                continue;
            }
            let (ps, pe) = (s.words[place].start, s.words[place].end);
            if s.times.iter().any(|t| t.start <= ps && pe <= t.end) {
                continue;
            }
            // Span of the proper-name phrase (flat/compound children).
            let mut lo = place;
            let mut hi = place;
            for &g in tree.children(place) {
                if matches!(tree.rel(g), "flat" | "compound") && tree.upos(g) == "PROPN" {
                    lo = lo.min(g);
                    hi = hi.max(g);
                }
            }
            let name = s.text[s.words[lo].start as usize..s.words[hi].end as usize].to_string();
            let country =
                f.mentions.cover[place].and_then(|mi| match &f.mentions.matches[mi].hit {
                    MatchKind::Capital(id) | MatchKind::Actor(id) => f
                        .lex
                        .code_at(*id, s.pub_date)
                        .map(|c| dyad_event::split_actor_code(&c.code).0.to_string()),
                    _ => None,
                });
            return Some(Location {
                name,
                country,
                lat: None,
                lon: None,
            });
        }
        None
    }
}

/// The state of the place where predicate `v` happened ("in Beijing" → CHN).
/// Who an object-control verb asks or makes do something: its object
/// ("urged Israel to"), however the parser labelled it, or whom it calls on.
/// "Putin welcomed Sisi to Sochi", "Kim greeted Putin at Pyongyang
/// airport", "Pena Nieto hosted Trump in Mexico City": whom a leader hosts,
/// welcomes, greets or receives from another state visits the host (042),
/// unless the sentence already says so ("arrived in Belgrade and was
/// welcomed by Vucic").
fn guests_visits(tree: &Tree, coded: &[Coded]) -> Vec<Coded> {
    let country = |a: &Actor| dyad_event::split_actor_code(&a.code).0.to_string();
    let mut out = Vec::new();
    for c in coded {
        if c.code != "043"
            || !matches!(
                tree.lemma[c.predicate].as_str(),
                "host" | "welcome" | "greet" | "receive" | "embrace" | "hug"
            )
            || c.sources.is_empty()
            || c.targets.is_empty()
            // (An active host with the guest its object: not "a ceremony
            // hosted by Rubio", whose parties need not have travelled.)
            || !(tree.kid(c.predicate, "obj").is_some() && !tree.is_passive(c.predicate)
                // (Or a passive whose subject is the guest: "Biden was
                // welcomed by Lopez Obrador".)
                || (tree.is_passive(c.predicate)
                    && !is_reduced_passive(tree, c.predicate)
                    && tree.children(c.predicate).iter().any(|&k| {
                        tree.full_rel(k) == "obl:agent"
                            || (tree.rel(k) == "obl" && tree.case_of(k).as_deref() == Some("by"))
                    })))
        {
            continue;
        }
        let guests: Vec<Actor> = c
            .targets
            .iter()
            .filter(|t| c.sources.iter().all(|s| country(s) != country(t)))
            // (Officials and states visit; "greeted the first planeload of
            // Syrian refugees" is no state visit.)
            .filter(|t| {
                let (_, agent) = dyad_event::split_actor_code(&t.code);
                agent.is_empty() || STATE_SECTORS.contains(&agent.get(..3).unwrap_or(agent))
            })
            .cloned()
            .collect();
        // (Not twice: a visit already coded for the guest, "told visiting
        // Japanese Prime Minister Abe".)
        let told = coded.iter().any(|o| {
            o.code == "042"
                && o.sources
                    .iter()
                    .any(|s| guests.iter().any(|g| g.code == s.code))
        });
        if guests.is_empty() || told {
            continue;
        }
        out.push(Coded {
            code: "042".to_string(),
            predicate: c.predicate,
            sources: guests,
            targets: c.sources.clone(),
            modality: c.modality,
            reciprocal: false,
            mutual: false,
        });
    }
    out
}

/// "Venezuela freed 10 Americans in exchange for Alex Saab", "the Taliban
/// freed two Americans in exchange for an Afghan man serving a life
/// sentence in the United States": a release in exchange for someone is
/// half of a swap, whose other half is the freed people's state releasing
/// its prisoner to the first (0841 back).
fn swap_returns(tree: &Tree, coded: &[Coded]) -> Vec<Coded> {
    let mut out = Vec::new();
    for c in coded {
        if c.code != "0841" || c.sources.is_empty() || c.reciprocal || c.mutual {
            continue;
        }
        let v = c.predicate;
        // "in exchange for", "in return for", "in a swap for"
        let exchanged = (v + 1..tree.len()).any(|w| {
            matches!(tree.lemma[w].as_str(), "exchange" | "return" | "swap")
                && w >= 1
                && tree.lower[w - 1] == "in"
                && tree.lower.get(w + 1).is_some_and(|x| x == "for")
                && tree.is_ancestor(v, w)
        });
        if !exchanged {
            continue;
        }
        let country = |a: &Actor| dyad_event::split_actor_code(&a.code).0.to_string();
        let mut states: Vec<Actor> = Vec::new();
        for t in &c.targets {
            let tc = country(t);
            if tc.len() != 3
                || matches!(tc.as_str(), "IGO" | "IMG" | "NGO" | "MNC")
                || c.sources.iter().any(|s| country(s) == tc)
                || states.iter().any(|x| x.code == tc)
            {
                continue;
            }
            let mut st = t.clone();
            st.code = tc;
            states.push(st);
        }
        if states.is_empty() {
            continue;
        }
        out.push(Coded {
            code: "0841".to_string(),
            predicate: v,
            sources: states,
            targets: c.sources.clone(),
            modality: c.modality,
            reciprocal: false,
            mutual: false,
        });
    }
    out
}

/// Whether predicate `v` is aimed at a place where civilians live or gather
/// ("strikes on a village", "shelled a market", "bombed the camp").
fn civilian_place(tree: &Tree, v: usize) -> bool {
    tree.children(v).iter().any(|&c| {
        (tree.rel(c) == "obj"
            || (tree.rel(c) == "obl"
                && matches!(tree.case_of(c).as_deref(), Some("on" | "against" | "at"))))
            && matches!(
                tree.lemma[c].as_str(),
                "village"
                    | "town"
                    | "market"
                    | "school"
                    | "hospital"
                    | "camp"
                    | "neighbourhood"
                    | "neighborhood"
                    | "mosque"
                    | "church"
                    | "wedding"
                    | "funeral"
                    | "home"
                    | "house"
            )
    })
}

/// The state of actor `a` when it acts as that state or one of its bodies
/// (not an international body, a militant group, or a society's sector).
fn state_country(a: &Actor) -> Option<String> {
    let (c, ag) = dyad_event::split_actor_code(&a.code);
    (c.len() == 3
        && !matches!(c, "IGO" | "IMG" | "NGO" | "MNC")
        && (ag.is_empty() || STATE_SECTORS.contains(&ag)))
    .then(|| c.to_string())
}

/// Whether all of `actors` are non-state armed men (rebels, militants,
/// gunmen, jihadist groups).
fn militants(actors: &[Actor]) -> bool {
    !actors.is_empty()
        && actors.iter().all(|s| {
            let (country, agent) = dyad_event::split_actor_code(&s.code);
            country == "IMG"
                || matches!(
                    agent.get(..3).unwrap_or(""),
                    "REB" | "UAF" | "INS" | "RAD" | "SEP" | "CRM"
                )
        })
}

/// Actor `a`'s word span, clipped at predicate `p`: a subject's phrase the
/// parser let run past its verb ("police, days after the minister suspended
/// talks") ends before the verb, an object's starts after it.
fn clipped(a: &Actor, p: usize) -> (usize, usize) {
    if a.head < p && a.hi >= p && a.lo < p {
        (a.lo, p - 1)
    } else if a.head > p && a.lo <= p && a.hi > p {
        (p + 1, a.hi)
    } else {
        (a.lo, a.hi)
    }
}

/// Whether predicate `v` fires or uses riot-control weapons ("fired tear
/// gas and rubber bullets at", "charged voters with batons"): how a state's
/// forces repress a crowd (175), not armed combat.
fn riot_control(tree: &Tree, v: usize) -> bool {
    tree.children(v).iter().any(|&c| {
        matches!(tree.rel(c), "obj" | "obl")
            && std::iter::once(c)
                .chain(tree.kids(c, "conj"))
                .any(|w| RIOT_CONTROL.contains(&tree.lemma[w].as_str()))
    })
}

const RIOT_CONTROL: &[&str] = &[
    "gas",
    "tear-gas",
    "teargas",
    "cannon",
    "cannons",
    "bullet",
    "grenade",
    "baton",
    "truncheon",
    "spray",
    "pellet",
];

/// Whether the people headed by `h` are described as protesting ("thousands
/// of people protesting against the results", "students who rallied").
fn protesting(tree: &Tree, h: usize) -> bool {
    let mut heads = vec![h];
    heads.extend(tree.kids(h, "nmod"));
    heads.iter().any(|&n| {
        tree.children(n).iter().any(|&c| {
            matches!(tree.rel(c), "acl")
                && matches!(
                    tree.lemma[c].as_str(),
                    "protest" | "demonstrate" | "rally" | "march"
                )
        })
    })
}

fn controller(tree: &Tree, h: usize) -> Option<usize> {
    tree.kid(h, "obj")
        .or_else(|| tree.kid(h, "iobj"))
        .or_else(|| {
            tree.kids(h, "obl")
                .find(|&c| matches!(tree.case_of(c).as_deref(), Some("on" | "upon")))
        })
}

/// Whether a noun from `h` up to predicate `v` is about the place an
/// "in"/"at" phrase under it names ("its embassy in Kabul", "a ceasefire in
/// Gaza", "claimed an attack at a mall in Nairobi"), so that the place is a
/// party and not just where something happened.
fn about_place(tree: &Tree, h: usize, v: usize) -> bool {
    let mut cur = Some(h);
    while let Some(n) = cur {
        if n == v {
            return false;
        }
        // (A place of another verb's act is that verb's business:
        // "claiming an attack targeting shoppers in Nairobi".)
        if tree.upos(n) == "VERB" {
            return true;
        }
        if matches!(
            tree.lemma[n].as_str(),
            "embassy"
                | "consulate"
                | "mission"
                | "investment"
                | "interference"
                | "involvement"
                | "presence"
                | "stake"
                | "operation"
                | "role"
                | "ceasefire"
                | "truce"
                | "war"
                | "conflict"
                | "fighting"
                | "crisis"
                | "violence"
                | "unrest"
                | "election"
                | "situation"
                | "crackdown"
                | "offensive"
                | "attack"
                | "bombing"
                | "strike"
                | "raid"
                | "assault"
                | "shooting"
                | "blast"
                | "explosion"
                | "killing"
        ) {
            return true;
        }
        cur = tree.head(n);
    }
    false
}

/// Who promised the goods headed by `o`: the agent of a promising
/// participle ("a loan promised by the UAE") or the subject of a promising
/// relative clause ("the wheat Russia pledged").
fn pledgers(tree: &Tree, f: &ActorFinder, mem: &DocMemory, o: usize) -> Vec<Actor> {
    for &c in tree.children(o) {
        if !PLEDGING.contains(&tree.lemma[c].as_str()) {
            continue;
        }
        let who = match tree.full_rel(c) {
            "acl" => tree.kid(c, "obl:agent"),
            "acl:relcl" => tree.kid(c, "nsubj"),
            _ => None,
        };
        if let Some(w) = who {
            let a = f.arg_actors(w, mem);
            if !a.is_empty() {
                return a;
            }
        }
    }
    Vec::new()
}

/// Verbs of promising goods.
const PLEDGING: &[&str] = &[
    "promise", "pledge", "offer", "commit", "announce", "approve",
];

/// Whether noun `h` is ranked among others: "the first country", "the only
/// state", "the latest nation".
fn is_ranked_noun(tree: &Tree, h: usize) -> bool {
    tree.children(h).iter().any(|&c| {
        matches!(tree.rel(c), "amod" | "det" | "nummod")
            && matches!(
                tree.lower[c].as_str(),
                "first"
                    | "second"
                    | "third"
                    | "fourth"
                    | "fifth"
                    | "only"
                    | "last"
                    | "latest"
                    | "sole"
            )
    })
}

/// Whether clause `v` is introduced by one of `words` (its `mark` or
/// `case`: "of carrying out", "against providing").
fn marked_by(tree: &Tree, v: usize, words: &[&str]) -> bool {
    tree.children(v)
        .iter()
        .any(|&c| matches!(tree.rel(c), "mark" | "case") && words.contains(&tree.lemma[c].as_str()))
}

/// "to" + infinitive as an adverbial clause without its own subject: "met
/// to discuss", "sent troops to protect".
fn is_purpose_infinitive(tree: &Tree, v: usize) -> bool {
    tree.rel(v) == "advcl"
        && tree.kid(v, "nsubj").is_none()
        && tree.kids(v, "mark").any(|m| tree.lower[m] == "to")
}

/// Whether word `w` heads the object of `v`, or a "with"/"against"/"to"/
/// "between" phrase of `v` or of its object: a party named to the act, not one
/// mentioned in passing ("accusations over the deaths of Afghan migrants").
fn is_named_party(tree: &Tree, v: usize, w: usize) -> bool {
    // ("with Omani Foreign Minister Badr Albusaidi shuttling messages
    // between them": an absolute clause, not a party.)
    let party_case = |x: usize| {
        matches!(
            tree.case_of(x).as_deref(),
            Some("with" | "against" | "to" | "between")
        ) && !tree
            .children(x)
            .iter()
            .any(|&c| tree.rel(c) == "acl" && matches!(tree.words[c].xpos.as_str(), "VBG" | "VBN"))
    };
    // "between Israel and Hamas": a conjunct stands where its first one does.
    let mut w = w;
    while tree.rel(w) == "conj" {
        match tree.head(w) {
            Some(h) => w = h,
            None => break,
        }
    }
    match tree.head(w) {
        // "met the Taliban", "clashed with Azerbaijan"
        Some(h) if h == v => {
            matches!(tree.rel(w), "obj" | "iobj") || (tree.rel(w) == "obl" && party_case(w))
        }
        // "held talks with Iran", "flew tonnes of supplies to Libya"
        Some(h) => {
            let mut h = h;
            while tree.rel(h) == "conj"
                || (tree.rel(h) == "nmod" && tree.case_of(h).as_deref() == Some("of"))
            {
                match tree.head(h) {
                    Some(x) => h = x,
                    None => break,
                }
            }
            tree.head(h) == Some(v)
                && tree.rel(h) == "obj"
                && tree.rel(w) == "nmod"
                && party_case(w)
        }
        None => false,
    }
}

/// Whether the path from word `w` up to `top` (or to the root) passes
/// through the head of another clause: a relative or adverbial clause, a
/// complement clause, a conjoined predicate.
fn crosses_clause(tree: &Tree, w: usize, top: Option<usize>) -> bool {
    let mut cur = w;
    for _ in 0..tree.len() {
        if Some(cur) == top {
            return false;
        }
        let Some(h) = tree.head(cur) else {
            return false;
        };
        let clause = matches!(
            tree.rel(cur),
            "acl" | "advcl" | "ccomp" | "csubj" | "parataxis"
        ) || (tree.rel(cur) == "conj" && tree.upos(cur) == "VERB");
        // Stepping out of a clause into the predicate's own is fine only
        // when that clause is the predicate itself.
        if clause && Some(cur) != top {
            return true;
        }
        cur = h;
    }
    false
}

/// A past participle modifying a noun, without an object of its own:
/// "soldiers killed in Ukraine" (the noun is its patient), not "aircraft
/// violated its airspace" (a clause the parser misread).
fn is_reduced_passive(tree: &Tree, v: usize) -> bool {
    // A relative clause ("what Moscow had promised") is not one: it has its
    // own subject and auxiliaries.
    tree.full_rel(v) == "acl"
        && tree.words[v].xpos == "VBN"
        && ["obj", "nsubj", "aux"]
            .iter()
            .all(|r| tree.kid(v, r).is_none())
}

/// Who is behind a subject that names no actor itself: "a statement from
/// the Kremlin", "an attack by militants", "a report released in the Rwandan
/// capital".
fn issuer(tree: &Tree, f: &ActorFinder, mem: &DocMemory, s: usize) -> Vec<Actor> {
    if !matches!(tree.upos(s), "NOUN" | "PROPN") {
        return Vec::new();
    }
    let a = actors_by_case(tree, f, mem, [s], &["nmod"], &["from", "by"]);
    if !a.is_empty() {
        return a;
    }
    let published = tree.kids(s, "acl").filter(|&c| {
        tree.words[c].xpos == "VBN"
            && matches!(
                tree.lemma[c].as_str(),
                "release" | "publish" | "issue" | "broadcast" | "circulate"
            )
    });
    actors_by_case(tree, f, mem, published, &["obl"], &["by", "in"])
}

/// Whether predicate `v` has a pronoun object ("fired at it", "attacked
/// them"), which a report's reporter can resolve.
fn aimed_at_pronoun(tree: &Tree, v: usize) -> bool {
    tree.children(v).iter().any(|&a| {
        matches!(tree.rel(a), "obj" | "obl" | "iobj")
            && matches!(tree.lower[a].as_str(), "it" | "them" | "us")
    })
}

/// `near` names the further case markers that place the act's aim: troops
/// massed "near the Gaza Strip" or "along the border" (posture), jets that
/// "bombed positions near the Malian town of Konna" (force).
pub(crate) fn place_actor(tree: &Tree, f: &ActorFinder, v: usize, near: &[&str]) -> Option<Actor> {
    // The place is the predicate's ("protested in Beijing") or its event
    // noun's ("staged a protest in Beijing", "carried out an attack in Kabul").
    let places = tree
        .children(v)
        .iter()
        .filter(|&&c| tree.rel(c) == "obl")
        .chain(
            tree.children(v)
                .iter()
                .filter(|&&o| tree.rel(o) == "obj")
                .flat_map(|&o| tree.children(o))
                .filter(|&&c| tree.rel(c) == "nmod"),
        )
        // ("struck what New Delhi called a militant camp near the town of
        // Balakot in Pakistan": where the thing named lies.)
        .chain(
            named_by_speaker(tree, v)
                .map(|n| tree.children(n))
                .unwrap_or(&[])
                .iter()
                .filter(|&&c| tree.rel(c) == "nmod"),
        );
    for &c in places {
        let case = tree.case_of(c);
        // (Force "near the Afghan border" is not aimed across it; troops
        // massed "along the border" are.)
        let border = matches!(tree.lemma[c].as_str(), "border" | "frontier" | "boundary");
        if matches!(
            case.as_deref(),
            Some("in" | "at" | "over" | "inside" | "through" | "across")
        ) || case
            .as_deref()
            .is_some_and(|k| near.contains(&k) && (!border || near.contains(&"along")))
        {
            if let Some(a) = f.np_actors(c).into_iter().next() {
                return Some(a);
            }
            // "in the east of the Gaza Strip", "in the city of Kazan",
            // "near the town of Balakot in Pakistan"
            for &g in tree.children(c) {
                if tree.rel(g) == "nmod" && matches!(tree.case_of(g).as_deref(), Some("of" | "in"))
                {
                    if let Some(a) = f.np_actors(g).into_iter().next() {
                        return Some(a);
                    }
                }
            }
        }
        // "air strikes on a village in Sagaing region", "an attack on a
        // market near Kharkiv": where the thing attacked lies.
        if matches!(case.as_deref(), Some("on" | "against")) && f.np_actors(c).is_empty() {
            for &g in tree.children(c) {
                if tree.rel(g) == "nmod"
                    && matches!(tree.case_of(g).as_deref(), Some("in" | "near" | "outside"))
                {
                    if let Some(a) = f.np_actors(g).into_iter().next() {
                        return Some(a);
                    }
                }
            }
        }
    }
    None
}

/// The actors of the first dependent of `holders` (in order) whose relation
/// is one of `rels` and whose case marker is one of `cases`.
fn actors_by_case(
    tree: &Tree,
    f: &ActorFinder,
    mem: &DocMemory,
    holders: impl IntoIterator<Item = usize>,
    rels: &[&str],
    cases: &[&str],
) -> Vec<Actor> {
    for h in holders {
        for &c in tree.children(h) {
            // ("with Omani Foreign Minister Badr Albusaidi shuttling messages
            // between them" says how, not with whom.)
            let absolute = tree.case_of(c).as_deref() == Some("with")
                && tree
                    .children(c)
                    .iter()
                    .any(|&k| tree.rel(k) == "acl" && tree.words[k].xpos == "VBG");
            if rels.contains(&tree.rel(c))
                && tree.case_of(c).is_some_and(|k| cases.contains(&k.as_str()))
                && !absolute
            {
                let a = f.arg_actors(c, mem);
                if !a.is_empty() {
                    return a;
                }
            }
        }
    }
    Vec::new()
}

/// Whether word `w` lies in a place phrase ("in Washington", "at the
/// summit in Zurich") on the way up to predicate `v`.
fn in_place_phrase(tree: &Tree, v: usize, w: usize) -> bool {
    let mut cur = w;
    for _ in 0..tree.len() {
        if cur == v {
            return false;
        }
        if matches!(tree.rel(cur), "obl" | "nmod")
            && matches!(
                tree.case_of(cur).as_deref(),
                Some("in" | "at" | "near" | "during" | "inside" | "across" | "throughout")
            )
        {
            return true;
        }
        match tree.head(cur) {
            Some(h) => cur = h,
            None => return false,
        }
    }
    false
}

/// The actor of another country nearest to word `at` in the sentence.
fn sentence_other_country(tree: &Tree, f: &ActorFinder, country: &str, at: usize) -> Option<Actor> {
    let mut best: Option<(usize, Actor)> = None;
    for w in 0..tree.len() {
        if !matches!(tree.upos(w), "PROPN" | "NOUN") {
            continue;
        }
        for a in f.np_actors(w) {
            if a.head != w || country.is_empty() || a.code.starts_with(country) {
                continue;
            }
            let d = w.abs_diff(at);
            if best.as_ref().is_none_or(|(bd, _)| d < *bd) {
                best = Some((d, a));
            }
        }
    }
    best.map(|(_, a)| a)
}

fn is_time_word(lemma: &str) -> bool {
    const ABBREVIATIONS: &[&str] = &[
        "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
    ];
    let l = lemma.to_lowercase();
    dyad_syntax::DATE_NAMES.contains(&l.as_str()) || ABBREVIATIONS.contains(&l.as_str())
}

/// The CAMEO "express intent" code (03x) for an action code: "agreed to supply
/// wheat" (07x) → 033, "plans to visit" (04x) → 036.
pub fn intent_code(code: &str) -> String {
    // Specific action codes first (CAMEO's own 03x/13x pairs), then by root.
    let specific = match code {
        "061" => Some("0311"),
        "062" => Some("0312"),
        "063" => Some("0313"),
        "064" => Some("0314"),
        "071" => Some("0331"),
        "072" => Some("0332"),
        "073" => Some("0333"),
        "074" => Some("0334"),
        "081" => Some("0351"),
        "082" => Some("0352"),
        "084" | "0841" | "0842" => Some("0353"),
        "085" => Some("0354"),
        "086" => Some("0355"),
        "087" | "0871" | "0872" | "0873" | "0874" => Some("0356"),
        "045" => Some("039"),
        // Promising more police or security ("promised to increase security
        // around the Russian embassy") threatens no one.
        "151" | "153" => Some("030"),
        "161" => Some("1313"),
        "162" => Some("1311"),
        "163" => Some("1312"),
        "164" => Some("134"),
        "166" => Some("136"),
        "172" => Some("132"),
        "191" => Some("1381"),
        "192" => Some("1382"),
        "204" => Some("1385"),
        _ => None,
    };
    if let Some(c) = specific {
        return c.to_string();
    }
    let root = cameo::root_of(code).unwrap_or(0);
    let c = match root {
        3 | 13 => return code.to_string(),
        1 | 2 => "030",
        4 => "036",
        5 => "032",
        6 => "031",
        7 => "033",
        8 => "034",
        9..=12 => "030",
        14 | 16 | 17 => "130",
        15 | 18..=20 => "138",
        _ => "030",
    };
    c.to_string()
}

/// The CAMEO rejection of a cooperative act: refusing to meet is 125,
/// to settle 127, to cooperate materially or give aid 121 (1211 economic,
/// 1212 military), to yield 124 and its kinds, anything else cooperative
/// 120. Statements, appeals and conflictual acts have none ("declined to
/// comment", "will not attack" are no rejections).
pub fn reject_code(code: &str) -> Option<&'static str> {
    let specific = match code {
        "057" | "038" => Some("127"),
        "037" | "045" | "046" => Some("126"),
        "061" | "071" | "0311" | "0331" => Some("1211"),
        "062" | "072" | "0312" | "0332" => Some("1212"),
        "081" | "0351" => Some("1241"),
        "082" | "0352" => Some("1242"),
        "084" | "0841" | "0842" | "0353" => Some("1243"),
        "085" | "0354" => Some("1244"),
        "086" | "0355" => Some("1245"),
        "087" | "0871" | "0872" | "0873" | "0874" | "0356" => Some("1246"),
        "036" => Some("125"),
        "031" | "033" => Some("121"),
        "035" => Some("124"),
        _ => None,
    };
    if specific.is_some() {
        return specific;
    }
    match cameo::root_of(code)? {
        4 => Some("125"),
        6 | 7 => Some("121"),
        8 => Some("124"),
        3 | 5 | 9 => Some("120"),
        _ => None,
    }
}

/// The actors of a clause-opening run of noun phrases joined by "and"
/// right before verb `v`, read from the words rather than the tree:
/// "Chinese Premier Li Qiang and Solomon Islands Prime Minister Manasseh
/// Sogavare signed", "Ethiopia's government and Tigrayan forces signed",
/// "Iraq's national security adviser, Qasim al-Araji, and Iran's Ali
/// Shamkhani signed". Each phrase (between "and"s and commas) is read by
/// its last word. Empty unless the run has an "and" and names an actor on
/// both sides of it; a run that is a preposition's object ("talks with
/// Russia and China") is none.
fn coordinated_subjects(tree: &Tree, f: &ActorFinder, v: usize) -> Vec<Actor> {
    let mut end = v;
    // (Past the verb's auxiliaries and adverbs: "have jointly signed".)
    while end > 0
        && matches!(tree.upos(end - 1), "AUX" | "ADV" | "PART")
        && tree.lower[end - 1] != "'s"
    {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && start + 24 > end {
        let w = start - 1;
        let ok = match tree.upos(w) {
            "PROPN" | "NOUN" | "ADJ" | "DET" | "NUM" | "PART" => true,
            "CCONJ" => tree.lower[w] == "and",
            "PUNCT" => matches!(tree.lower[w].as_str(), "," | "-" | "'" | "\u{2019}"),
            "ADP" => tree.lower[w] == "of",
            _ => false,
        };
        if !ok {
            break;
        }
        start = w;
    }
    // (Leading commas and "and" belong to the clause before.)
    while start < end && matches!(tree.lower[start].as_str(), "," | "and") {
        start += 1;
    }
    if start >= end || (start > 0 && tree.upos(start - 1) == "ADP") {
        return Vec::new();
    }
    let ands: Vec<usize> = (start..end).filter(|&i| tree.lower[i] == "and").collect();
    let Some(&first_and) = ands.first() else {
        return Vec::new();
    };
    let mut out: Vec<Actor> = Vec::new();
    let (mut left, mut right) = (false, false);
    let mut lo = start;
    // ("Iranian and Taliban border guards": a national adjective alone
    // before "and" shares the next phrase's noun.)
    let mut pending: Vec<(usize, String)> = Vec::new();
    for i in start..=end {
        if i < end && !matches!(tree.lower[i].as_str(), "," | "and") {
            continue;
        }
        // The phrase lo..i, read by its last word.
        if let Some(last) = (lo..i)
            .rev()
            .find(|&k| matches!(tree.upos(k), "PROPN" | "NOUN"))
        {
            let mut found = f.np_actors(last);
            found.retain(|a| a.lo >= lo && a.hi < i);
            if let Some(first) = found.first().cloned() {
                let agent = dyad_event::split_actor_code(&first.code).1.to_string();
                for (w, country) in pending.drain(..) {
                    let mut a = first.clone();
                    a.code = format!("{country}{agent}");
                    a.lo = w;
                    left = true;
                    if !out.iter().any(|x| x.code == a.code) {
                        out.push(a);
                    }
                }
            }
            for mut a in found {
                // (Its evidence is the whole phrase.)
                a.lo = lo;
                a.hi = last;
                if i <= first_and {
                    left = true;
                } else {
                    right = true;
                }
                if !out.iter().any(|x| x.code == a.code) {
                    out.push(a);
                }
            }
        } else if i == lo + 1 && tree.upos(lo) == "ADJ" {
            for a in f.np_actors(lo) {
                let country = dyad_event::split_actor_code(&a.code).0.to_string();
                if a.code.len() == 3 && !pending.iter().any(|(_, c)| *c == country) {
                    pending.push((lo, country));
                }
            }
        }
        lo = i + 1;
    }
    if left && right {
        out
    } else {
        Vec::new()
    }
}

/// A participle complement of an order or wish and the object it is done
/// to: "ordered Istanbul Mayor Ekrem Imamoglu jailed" → ("ordered",
/// "Imamoglu").
fn participle_complement(tree: &Tree, v: usize) -> Option<(usize, usize)> {
    let h = tree.head(v)?;
    if tree.rel(v) != "xcomp"
        || !matches!(tree.words[v].xpos.as_str(), "VBN" | "VBD")
        || !matches!(tree.lemma[h].as_str(), "order" | "want" | "see" | "get")
        || tree.kid(v, "obj").is_some()
    {
        return None;
    }
    let o = tree.kid(h, "obj").filter(|&o| o < v)?;
    Some((h, o))
}

/// What a free relative object stands for when the sentence names it
/// through a speaker: "struck what New Delhi called a militant camp",
impl Coder<'_> {
    /// "Freeland called the detention of two Canadians in China
    /// 'arbitrary'", "calling the decision incomprehensible and
    /// unjustified", "a decision Rabat described as completely
    /// unjustified", "called Pakistan a 'terrorist state'": naming someone
    /// or their act with a condemning word condemns them (111). The one
    /// condemned is whom the thing named names, else whoever did the
    /// sentence's other acts.
    fn labelled(
        &self,
        tree: &Tree,
        f: &ActorFinder,
        mem: &DocMemory,
        coded: &[Coded],
    ) -> Vec<Coded> {
        let mut out = Vec::new();
        for v in 0..tree.len() {
            if tree.upos(v) != "VERB"
                || !matches!(
                    tree.lemma[v].as_str(),
                    "call" | "describe" | "label" | "brand" | "term" | "dub"
                )
                || tree.is_negated(v)
                || coded
                    .iter()
                    .any(|c| c.predicate == v && cameo::root_of(&c.code) != Some(1))
            {
                continue;
            }
            // What is named: the object, or the noun a relative clause
            // names ("a decision Rabat described as ...", maybe read as the
            // verb's bare oblique).
            let named = tree
                .kid(v, "obj")
                .or_else(|| {
                    (tree.full_rel(v) == "acl:relcl")
                        .then(|| tree.head(v))
                        .flatten()
                        .filter(|&h| h < v)
                })
                .or_else(|| {
                    tree.kids(v, "obl")
                        .find(|&k| k < v && tree.case_of(k).is_none() && tree.upos(k) == "NOUN")
                });
            let Some(mut named) = named else { continue };
            // "called Pakistan a terrorist state" read as one phrase: the
            // name before the article is what is named, the rest its name.
            let mut inner_name = false;
            if let Some(c) = tree.children(named).iter().copied().find(|&c| {
                tree.rel(c) == "compound"
                    && tree.upos(c) == "PROPN"
                    && tree
                        .children(named)
                        .iter()
                        .any(|&d| d > c && matches!(tree.lower[d].as_str(), "a" | "an"))
            }) {
                inner_name = (c + 1..named)
                    .any(|i| CONDEMNING_WORDS.contains(&tree.lemma[i].as_str()))
                    || CONDEMNING_WORDS.contains(&tree.lemma[named].as_str());
                if inner_name {
                    named = c;
                }
            }
            // The name: an "as" phrase or a predicate complement
            // ("called the detention arbitrary", "called Pakistan a
            // terrorist state"; the parser may hang it on the object).
            let complements: Vec<usize> = tree
                .children(v)
                .iter()
                .chain(tree.children(named).iter())
                .copied()
                .filter(|&k| {
                    k > named
                        && (matches!(tree.rel(k), "xcomp" | "obj" | "ccomp" | "amod")
                            || (matches!(tree.rel(k), "obl" | "nmod" | "advcl")
                                && tree.case_of(k).as_deref() == Some("as"))
                            || (tree.rel(k) == "advcl"
                                && tree.kids(k, "mark").any(|m| tree.lower[m] == "as")))
                })
                .filter(|&k| k != named)
                .collect();
            let condemning = complements.iter().any(|&k| {
                (0..tree.len())
                    .filter(|&i| i == k || tree.is_ancestor(k, i))
                    .any(|i| CONDEMNING_WORDS.contains(&tree.lemma[i].as_str()))
            });
            if !condemning && !inner_name {
                continue;
            }
            let critics = self.subjects(tree, f, mem, v, 0);
            let Some(critic) = critics.first() else {
                continue;
            };
            let own = dyad_event::split_actor_code(&critic.code).0.to_string();
            let other = |a: &Actor| dyad_event::split_actor_code(&a.code).0 != own;
            let mut targets: Vec<Actor> = f
                .arg_actors(named, mem)
                .into_iter()
                .filter(|a| other(a))
                .collect();
            if targets.is_empty() {
                // Whoever did the sentence's other acts, else its subjects.
                targets = coded
                    .iter()
                    .filter(|c| {
                        c.predicate != v && !matches!(cameo::root_of(&c.code), Some(11 | 12))
                    })
                    .flat_map(|c| c.sources.iter().cloned())
                    .filter(|a| other(a))
                    .take(1)
                    .collect();
            }
            if targets.is_empty() {
                targets = (0..tree.len())
                    .filter(|&w| tree.rel(w) == "nsubj" && w != critic.head)
                    .flat_map(|w| f.np_actors(w))
                    .filter(|a| other(a))
                    .take(1)
                    .collect();
            }
            if targets.is_empty() {
                continue;
            }
            out.push(Coded {
                code: "111".to_string(),
                predicate: v,
                sources: critics,
                targets,
                modality: Modality::Asserted,
                reciprocal: false,
                mutual: false,
            });
        }
        out
    }
}

/// Goods a relief flight or ship brings.
const RELIEF_GOODS: &[&str] = &[
    "aid",
    "supply",
    "supplies",
    "water",
    "food",
    "medicine",
    "tent",
    "kit",
    "vaccine",
    "dose",
    "equipment",
    "blanket",
    "relief",
    "flour",
    "wheat",
    "rice",
    "fuel",
    "medication",
];

/// "earthquake-hit western Afghanistan", "war-torn Sudan", "flood-stricken
/// villages": a participle modifying a noun with the disaster that befell
/// it names no act of anyone's.
fn hit_by_disaster(tree: &Tree, v: usize) -> bool {
    tree.rel(v) == "amod"
        && tree.children(v).iter().any(|&c| {
            matches!(tree.rel(c), "compound" | "obl" | "nmod")
                && (ACCIDENTS.contains(&tree.lemma[c].as_str())
                    || matches!(
                        tree.lemma[c].as_str(),
                        "war"
                            | "conflict"
                            | "drought"
                            | "famine"
                            | "tsunami"
                            | "quake"
                            | "disaster"
                            | "crisis"
                            | "violence"
                            | "cholera"
                            | "virus"
                    ))
        })
}

/// Whether word `m` names a state (an actor of some country): "Syrian" in
/// "Syrian crowds".
fn f_has_state(f: &ActorFinder, m: usize) -> bool {
    f.np_actors(m)
        .iter()
        .any(|a| dyad_event::split_actor_code(&a.code).0.len() == 3)
}

/// Whether `v` is "sign" with an order, decree or law as its object
/// ("signed an executive order", "signed a decree", "signed the bill into
/// law"): a unilateral act, not an agreement.
fn signs_an_order(tree: &Tree, v: usize) -> bool {
    tree.lemma[v] == "sign"
        && tree.kid(v, "obj").is_some_and(|o| {
            matches!(
                tree.lemma[o].as_str(),
                "order" | "decree" | "law" | "bill" | "directive" | "proclamation"
            )
        })
}

/// "pounded what the military said were Hezbollah targets" → "camp",
/// "targets". The parser hangs "what" from the predicate or from the
/// naming verb; either way the name is the naming verb's complement.
fn named_by_speaker(tree: &Tree, v: usize) -> Option<usize> {
    let what = |w: usize| tree.lower[w] == "what" && w > v;
    let object = tree.kid(v, "obj");
    let naming = tree
        .children(v)
        .iter()
        .chain(object.map(|o| tree.children(o)).unwrap_or(&[]))
        .copied()
        .filter(|&c| c > v && matches!(tree.rel(c), "acl" | "ccomp" | "xcomp" | "parataxis"))
        .filter(|&c| object.is_some_and(what) || tree.children(c).iter().any(|&k| what(k)))
        .find(|&c| {
            matches!(
                tree.lemma[c].as_str(),
                "call"
                    | "say"
                    | "describe"
                    | "term"
                    | "claim"
                    | "label"
                    | "brand"
                    | "identify"
                    | "believe"
                    | "consider"
                    | "dub"
            )
        })?;
    // ("what New Delhi described as the biggest training camp")
    tree.children(naming)
        .iter()
        .copied()
        .filter(|&k| {
            k > naming
                && (matches!(tree.rel(k), "obj" | "xcomp" | "ccomp")
                    || (tree.rel(k) == "obl" && tree.case_of(k).as_deref() == Some("as")))
        })
        .find(|&k| matches!(tree.upos(k), "NOUN" | "PROPN") && !what(k))
}

/// Whether the phrase starting at `start` is introduced as the time or
/// occasion of what the sentence reports: "ahead of", "before", "after",
/// "during", "amid", "on the eve / sidelines / margins of" (past its
/// determiners and modifiers: "ahead of a Formula One race"). Read from the
/// words, not the tree, which often misattaches such phrases.
fn framed_as_occasion(tree: &Tree, start: usize) -> bool {
    let mut i = start;
    while i > 0
        && start - i < 4
        && matches!(
            tree.words[i - 1].upos.as_str(),
            "DET" | "ADJ" | "NUM" | "PROPN"
        )
    {
        i -= 1;
    }
    let Some(prev) = i.checked_sub(1) else {
        return false;
    };
    match tree.lower[prev].as_str() {
        "before" | "after" | "during" | "amid" | "until" | "since" | "ahead" => true,
        "of" => {
            prev > 0
                && matches!(
                    tree.lower[prev - 1].as_str(),
                    "ahead" | "eve" | "sidelines" | "margins" | "sideline" | "margin" | "run-up"
                )
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejections_of_cooperation() {
        assert_eq!(reject_code("040"), Some("125"));
        assert_eq!(reject_code("057"), Some("127"));
        assert_eq!(reject_code("0331"), Some("1211"));
        assert_eq!(reject_code("085"), Some("1244"));
        assert_eq!(reject_code("054"), Some("120"));
        assert_eq!(reject_code("190"), None);
        assert_eq!(reject_code("173"), None);
        assert_eq!(reject_code("010"), None);
    }

    #[test]
    fn intent_codes_map_action_roots() {
        assert_eq!(intent_code("042"), "036");
        assert_eq!(intent_code("073"), "0333");
        assert_eq!(intent_code("0331"), "0331");
        assert_eq!(intent_code("190"), "138");
        assert_eq!(intent_code("1382"), "1382");
        assert_eq!(intent_code("061"), "0311");
        assert_eq!(intent_code("153"), "030");
        assert_eq!(intent_code("154"), "138");
    }
}
