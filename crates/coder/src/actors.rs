//! Actor mentions over the dependency tree: dictionary phrases grown to their
//! noun phrase, agents combined with countries, metonyms, coordination and a
//! simple in-document coreference for pronouns and "the country"/"the group".

use chrono::NaiveDate;
use dyad_lexicon::{EntryKind, Lexicon, MatchKind, PhraseMatch};

use crate::tree::Tree;

/// What sort of thing an actor mention names; used for coreference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorKind {
    Person,
    Country,
    Organisation,
    Group,
    /// A country combined with a generic agent ("Afghan troops").
    Agent,
}

/// An actor found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Full CAMEO actor code, e.g. `RUSGOV`.
    pub code: String,
    /// Word index of the phrase head.
    pub head: usize,
    /// First and last word of the phrase that named it.
    pub lo: usize,
    pub hi: usize,
    pub kind: ActorKind,
    /// Resolved from an earlier sentence (pronoun or definite description).
    pub from_coref: Option<String>,
}

impl Actor {
    /// An actor named by the phrase `lo..=hi` headed by `head`.
    pub(crate) fn named(code: String, head: usize, lo: usize, hi: usize, kind: ActorKind) -> Actor {
        Actor {
            code,
            head,
            lo,
            hi,
            kind,
            from_coref: None,
        }
    }
}

/// Actors remembered across the sentences of one document, for coreference.
#[derive(Debug, Default, Clone)]
pub struct DocMemory {
    /// Most recent last.
    recent: Vec<(String, ActorKind, String)>,
}

impl DocMemory {
    pub fn remember(&mut self, code: &str, kind: ActorKind, text: &str) {
        self.recent.retain(|(c, _, _)| c != code);
        self.recent.push((code.to_string(), kind, text.to_string()));
        if self.recent.len() > 12 {
            self.recent.remove(0);
        }
    }

    /// The most recent actor of another country than `country`, as an implicit
    /// participant (anchored at word `at` for evidence purposes).
    pub fn recent_other_country(&self, country: &str, at: usize) -> Option<Actor> {
        let (code, kind, text) = self
            .recent
            .iter()
            .rev()
            .find(|(c, _, _)| !country.is_empty() && !c.starts_with(country) && c.len() >= 3)?;
        Some(Actor {
            code: code.clone(),
            head: at,
            lo: at,
            hi: at,
            kind: *kind,
            from_coref: Some(text.clone()),
        })
    }

    fn find(&self, want: &[ActorKind]) -> Option<&(String, ActorKind, String)> {
        self.recent.iter().rev().find(|(_, k, _)| want.contains(k))
    }
}

/// States that regional descriptions name ("the Gulf state", "the East
/// African country"): the descriptive words, then the members. Written
/// from general knowledge of how news describes states.
/// Verbs whose object is never their subject ("accusing it of", "urged it
/// to"): an object "it" is another actor named before.
const AIMED_AT_OTHERS: &[&str] = &[
    "accuse",
    "blame",
    "urge",
    "warn",
    "criticise",
    "criticize",
    "condemn",
    "thank",
    "praise",
    "congratulate",
    "invite",
    "sanction",
    "punish",
    "threaten",
    "denounce",
];

const REGION_MEMBERS: &[(&str, &[&str])] = &[
    ("gulf", &["SAU", "ARE", "QAT", "KWT", "BHR", "OMN"]),
    (
        "caribbean",
        &[
            "HTI", "CUB", "DOM", "JAM", "TTO", "BHS", "BRB", "GRD", "LCA", "VCT", "ATG", "DMA",
            "KNA", "PRI",
        ],
    ),
    (
        "east african",
        &[
            "KEN", "TZA", "UGA", "RWA", "BDI", "ETH", "SOM", "SSD", "DJI", "ERI",
        ],
    ),
    ("horn of africa", &["ETH", "SOM", "DJI", "ERI"]),
    (
        "west african",
        &[
            "NGA", "GHA", "SEN", "CIV", "MLI", "BFA", "NER", "GIN", "SLE", "LBR", "TGO", "BEN",
            "GMB", "GNB", "MRT", "CPV",
        ],
    ),
    (
        "central african",
        &["CAF", "TCD", "CMR", "COG", "COD", "GAB", "GNQ"],
    ),
    (
        "southern african",
        &[
            "ZAF", "ZWE", "ZMB", "MOZ", "MWI", "BWA", "NAM", "AGO", "LSO", "SWZ",
        ],
    ),
    ("north african", &["EGY", "LBY", "TUN", "DZA", "MAR"]),
    ("sahel", &["MLI", "NER", "BFA", "TCD", "MRT"]),
    ("central asian", &["KAZ", "KGZ", "TJK", "TKM", "UZB"]),
    ("baltic", &["EST", "LVA", "LTU"]),
    (
        "balkan",
        &[
            "SRB", "BIH", "MNE", "MKD", "ALB", "KSV", "HRV", "BGR", "ROU", "GRC", "SVN",
        ],
    ),
    ("nordic", &["NOR", "SWE", "FIN", "DNK", "ISL"]),
    ("scandinavian", &["NOR", "SWE", "DNK"]),
    ("south caucasus", &["GEO", "ARM", "AZE"]),
    ("caucasus", &["GEO", "ARM", "AZE"]),
    ("andean", &["BOL", "PER", "ECU", "COL"]),
    ("himalayan", &["NPL", "BTN"]),
    (
        "pacific",
        &[
            "FJI", "PNG", "SLB", "VUT", "WSM", "TON", "KIR", "TUV", "NRU", "PLW", "FSM", "MHL",
        ],
    ),
    (
        "southeast asian",
        &[
            "IDN", "MYS", "PHL", "THA", "VNM", "KHM", "LAO", "MMR", "SGP", "BRN", "TLS",
        ],
    ),
    (
        "south asian",
        &["IND", "PAK", "BGD", "LKA", "NPL", "BTN", "MDV", "AFG"],
    ),
    (
        "latin american",
        &[
            "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "COL", "VEN", "ECU", "PER", "BOL",
            "CHL", "ARG", "URY", "PRY", "BRA", "CUB", "DOM",
        ],
    ),
    (
        "central american",
        &["GTM", "HND", "SLV", "NIC", "CRI", "PAN", "BLZ"],
    ),
    ("indian ocean", &["MDV", "LKA", "MUS", "SYC", "COM", "MDG"]),
];

/// The members of the region a description names ("the wealthy Gulf
/// state" → the Gulf monarchies), if the table knows it.
fn region_members(words: &str) -> Option<&'static [&'static str]> {
    let padded = format!(" {words} ");
    REGION_MEMBERS
        .iter()
        .filter(|(k, _)| padded.contains(&format!(" {k} ")))
        .max_by_key(|(k, _)| k.len())
        .map(|(_, m)| *m)
}

/// Titles and honorifics written before a name ("Sheikh Tamim", "Gen.
/// Abdel Fattah al-Burhan").
const HONORIFICS: &[&str] = &[
    "sheikh",
    "sheik",
    "emir",
    "king",
    "queen",
    "prince",
    "princess",
    "sultan",
    "crown",
    "general",
    "gen",
    "lt",
    "col",
    "colonel",
    "maj",
    "major",
    "brig",
    "capt",
    "captain",
    "admiral",
    "adm",
    "marshal",
    "field",
    "sergeant",
    "sgt",
    "dr",
    "mr",
    "mrs",
    "ms",
    "sir",
    "lord",
    "dame",
    "ayatollah",
    "imam",
    "mullah",
    "pope",
    "cardinal",
    "archbishop",
    "bishop",
    "rev",
    "reverend",
    "father",
    "sister",
    "rabbi",
    "president",
    "premier",
    "chancellor",
    "speaker",
    "senator",
    "sen",
    "rep",
    "governor",
    "gov",
    "mayor",
    "minister",
    "secretary",
    "ambassador",
    "envoy",
    "judge",
    "justice",
    "commander",
    "chief",
    "leader",
    "prof",
    "professor",
    "comrade",
    "marshall",
    "haji",
    "hajji",
    "maulana",
    "mufti",
    "sayyed",
    "sayed",
    "grand",
    "his",
    "her",
    "mohammed",
    "muhammad",
    "mohammad",
];

/// Per-sentence index of dictionary matches.
pub(crate) struct Mentions {
    /// For every word, the dictionary match covering it (index into `matches`).
    pub cover: Vec<Option<usize>>,
    pub matches: Vec<PhraseMatch>,
}

/// Whether `words` match one of `names` with every capital the name has
/// (or the name has no form of that length, e.g. a stemmed match).
fn written_as_named(names: &[String], words: &[&str]) -> bool {
    // Each name as written and with its hyphens split off as the text
    // splits them ("al-Shabab" is "al - Shabab" in text).
    let spellings: Vec<Vec<&str>> = names
        .iter()
        .flat_map(|n| {
            let whole: Vec<&str> = n.split(' ').collect();
            let split: Option<Vec<&str>> = n.contains('-').then(|| {
                n.split(' ')
                    .flat_map(|w| w.split_inclusive('-'))
                    .flat_map(|w| match w.strip_suffix('-') {
                        Some(stem) if !stem.is_empty() => vec![stem, "-"],
                        _ => vec![w],
                    })
                    .collect()
            });
            std::iter::once(whole).chain(split)
        })
        .filter(|n| n.len() == words.len())
        .collect();
    spellings.is_empty()
        || spellings.iter().any(|n| {
            n.iter().zip(words).all(|(nw, w)| {
                !nw.starts_with(char::is_uppercase) || !w.starts_with(char::is_lowercase)
            })
        })
}

impl Mentions {
    /// Dictionary matches of the sentence, plus people named by surname alone
    /// (see [`Mentions::surname`]).
    pub fn new(lex: &Lexicon, tree: &Tree, date: NaiveDate, memory: &DocMemory) -> Mentions {
        let forms: Vec<&str> = tree.words.iter().map(|w| w.form.as_str()).collect();
        let lemmas: Vec<&str> = tree.lemma.iter().map(|s| s.as_str()).collect();
        let mut matches = lex.match_phrases(&forms, &lemmas);
        // The name of a state, group or person is written with its capitals:
        // "a strict Islamic state" is not the Islamic State (unless the whole
        // sentence is in one case, as headlines can be). Institutions are
        // not held to it: news writes "the State department", "the foreign
        // ministry".
        let mixed_case = forms.iter().any(|f| f.starts_with(char::is_lowercase))
            && forms.iter().any(|f| f.starts_with(char::is_uppercase));
        if mixed_case {
            matches.retain(|m| match m.hit {
                MatchKind::Actor(id) if m.end > m.start + 1 => {
                    let e = lex.entry(id);
                    e.kind == EntryKind::Actor
                        || written_as_named(&e.names, &forms[m.start..m.end.min(forms.len())])
                }
                _ => true,
            });
        }
        // "Ali Mahmoud Abbas", Syria's defence minister, is not Mahmoud
        // Abbas, nor "Alex Saab" the Swedish company: a person's or a
        // company's name right after a capitalised name word that
        // no entry or title covers is part of someone else's name.
        // (Honorifics the dictionaries may not list are titles.)
        let covered = |i: usize, ms: &[PhraseMatch]| ms.iter().any(|o| o.start <= i && i < o.end);
        let longer_name: Vec<bool> = matches
            .iter()
            .map(|m| {
                let MatchKind::Actor(id) = m.hit else {
                    return false;
                };
                let e = lex.entry(id);
                // (Not a place: "West Darfur", "North Waziristan".)
                if !matches!(e.kind, EntryKind::Person | EntryKind::Actor)
                    || e.id.starts_with("place-")
                    || m.start == 0
                {
                    return false;
                }
                let p = m.start - 1;
                tree.words[p].upos == "PROPN"
                    && forms[p].starts_with(|c: char| c.is_uppercase())
                    && forms[p].chars().skip(1).all(|c| c.is_lowercase())
                    && !covered(p, &matches)
                    && !HONORIFICS.contains(&tree.lower[p].trim_end_matches('.'))
            })
            .collect();
        let mut k = 0;
        matches.retain(|_| {
            k += 1;
            !longer_name[k - 1]
        });
        // "the East African country", "the Caribbean nation's police": a
        // regional or national adjective describing a state named before
        // it stands for that state, not for the region ("deployed soldiers
        // to Chad to help the Central African country").
        for k in 0..matches.len() {
            let m = &matches[k];
            let describes = m.start > 0
                && tree.lower[m.start - 1] == "the"
                && m.end < tree.len()
                && matches!(
                    tree.lemma[m.end].as_str(),
                    "country" | "nation" | "state" | "archipelago" | "island"
                )
                && !matches.iter().any(|o| o.start == m.end);
            // (A one-word national adjective names its own state: "the
            // Ukrainian state"; "Central African" may describe Chad.)
            let adjective = match m.hit {
                MatchKind::CountryAdj(_) => m.end - m.start >= 2,
                MatchKind::Actor(id) => lex.entry(id).kind == EntryKind::Actor,
                _ => false,
            };
            if !describes || !adjective {
                continue;
            }
            let words = (m.start..m.end)
                .map(|i| tree.lower[i].as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let members = region_members(&words);
            // (A two-word national adjective that names no region is its
            // own state's: "the South Korean island of Yeonpyeong".)
            if members.is_none() && matches!(m.hit, MatchKind::CountryAdj(_)) {
                continue;
            }
            let named = matches[..k].iter().rev().find_map(|o| match o.hit {
                MatchKind::Capital(id) | MatchKind::Actor(id)
                    if lex.entry(id).kind == EntryKind::Country
                        && members.is_none_or(|ms| {
                            lex.code_at(id, date)
                                .is_some_and(|c| ms.contains(&c.code.as_str()))
                        }) =>
                {
                    Some(id)
                }
                _ => None,
            });
            if let Some(id) = named {
                matches[k].hit = MatchKind::CountryAdj(id);
            }
        }
        let mut cover = vec![None; tree.len()];
        for (mi, m) in matches.iter().enumerate() {
            for c in cover.iter_mut().take(m.end.min(tree.len())).skip(m.start) {
                *c = Some(mi);
            }
        }
        for i in 0..tree.len() {
            if cover[i].is_some() {
                continue;
            }
            let titled = i > 0
                && cover[i - 1].is_some_and(|mi| matches!(matches[mi].hit, MatchKind::Agent(_)));
            if let Some(id) = Self::surname(lex, tree, i, titled, date, memory) {
                cover[i] = Some(matches.len());
                matches.push(PhraseMatch {
                    start: i,
                    end: i + 1,
                    hit: MatchKind::Actor(id),
                });
            }
        }
        Mentions { cover, matches }
    }

    /// A capitalised proper noun that is the last name of exactly one person
    /// who holds a role on `date`, when a title precedes it ("President Bush",
    /// "Foreign Minister Lavrov") or the document named the person in full
    /// before ("Zamir Kabulov ... Kabulov said").
    fn surname(
        lex: &Lexicon,
        tree: &Tree,
        i: usize,
        titled: bool,
        date: NaiveDate,
        memory: &DocMemory,
    ) -> Option<dyad_lexicon::EntryId> {
        let form = tree.words[i].form.as_str();
        // After a title the case of the name may be off ("President obama").
        let name_like = if titled {
            matches!(tree.upos(i), "PROPN" | "NOUN")
        } else {
            tree.upos(i) == "PROPN" && form.chars().next().is_some_and(char::is_uppercase)
        };
        if !name_like {
            return None;
        }
        // Part of a longer name the dictionaries do not know ("Jeb Bush").
        let in_name = |j: usize| tree.upos(j) == "PROPN";
        if (i > 0 && !titled && in_name(i - 1)) || (i + 1 < tree.len() && in_name(i + 1)) {
            return None;
        }
        let candidates = lex.people_by_surname(form);
        if candidates.is_empty() {
            return None;
        }
        let remembered = memory.recent.iter().rev().find(|(_, k, text)| {
            *k == ActorKind::Person
                && text
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| w.trim_end_matches("'s").eq_ignore_ascii_case(form))
        });
        let valid: Vec<dyad_lexicon::EntryId> = candidates
            .iter()
            .copied()
            .filter(|&id| match remembered {
                Some((code, _, _)) => lex.code_at(id, date).is_some_and(|c| &c.code == code),
                None => titled && lex.code_at(id, date).is_some(),
            })
            .collect();
        (valid.len() == 1).then(|| valid[0])
    }
}

/// The words `lo..=hi` as written text: spaces between words, none around
/// hyphens, before a possessive or closing punctuation, or after an opening
/// bracket ("Abdel Fattah al-Sisi", "Egypt's").
fn phrase_text(t: &Tree, lo: usize, hi: usize) -> String {
    let mut out = String::new();
    for i in lo..=hi {
        let w = t.words[i].form.as_str();
        let glued = i > lo
            && (matches!(
                w,
                "-" | "'s" | "\u{2019}s" | "'" | "," | "." | ")" | ":" | ";"
            ) || matches!(t.words[i - 1].form.as_str(), "-" | "("));
        if i > lo && !glued {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Whether the noun phrase headed by `w` names two parties named before it:
/// "the two leaders", "the two governments", "both sides", "the two".
pub(crate) fn is_pair_phrase(t: &Tree, w: usize) -> bool {
    let kids = t.children(w);
    let has = |word: &str| kids.iter().any(|&c| t.lower[c] == word);
    let pair_noun = matches!(
        t.lemma[w].as_str(),
        "leader"
            | "side"
            | "country"
            | "government"
            | "nation"
            | "state"
            | "president"
            | "minister"
            | "delegation"
            | "party"
            | "neighbour"
            | "neighbor"
            | "rival"
            | "foe"
            | "adversary"
            | "ally"
            | "partner"
            | "man"
            | "capital"
            | "army"
            | "force"
            | "counterpart"
    );
    // ("the two later signed": an adverb the parser hung on "two".)
    (pair_noun && ((has("the") && has("two")) || has("both")))
        || (t.lower[w] == "two"
            && has("the")
            && kids
                .iter()
                .all(|&c| matches!(t.rel(c), "det" | "advmod" | "punct")))
}

/// Relations that stay inside a noun phrase for actor purposes.
fn np_internal(rel: &str, full: &str) -> bool {
    matches!(
        rel,
        "compound" | "flat" | "amod" | "det" | "nummod" | "appos" | "nmod"
    ) && full != "nmod:tmod"
        || full == "nmod:poss"
}

/// Nouns whose "of" complement names who they are ("the government of
/// Afghanistan", "a delegation of the Taliban"); other nouns keep their "of"
/// complement out of the actor ("20 percent of Afghanistan's imports").
const COLLECTIVE: &[&str] = &[
    "government",
    "delegation",
    "people",
    "leader",
    "leadership",
    "head",
    "representative",
    "member",
    "minister",
    "president",
    "army",
    "citizen",
    "official",
    "ministry",
    "embassy",
    "envoy",
    "ambassador",
    "authorities",
    "authority",
    "force",
    "troops",
    "military",
    "regime",
    "administration",
    "parliament",
    "spokesman",
    "spokeswoman",
    "chief",
    "commander",
    "foreign",
    "prime",
    // Counts and bodies of people: "hundreds of UN peacekeepers", "a team of
    // Russian experts", "a crowd of Serbian protesters".
    "hundred",
    "ten",
    "thousand",
    "dozen",
    "score",
    "million",
    "group",
    "team",
    "contingent",
    "convoy",
    "crowd",
    "supporter",
    "loyalist",
    "unit",
    "battalion",
    "squad",
];

/// CAMEO region codes ("across Europe" is no one state's place).
pub(crate) const REGIONS: &[&str] = &[
    "AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EUR", "LAM", "MDT",
    "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST",
];

/// Words of the noun phrase headed by `h` (head, compounds, modifiers, possessors,
/// appositions, "of"-modifiers of collective nouns, coordinated modifiers), in index order.
fn np_words(
    tree: &Tree,
    h: usize,
    is_agent: &dyn Fn(usize) -> bool,
    is_named: &dyn Fn(usize) -> bool,
) -> Vec<usize> {
    // "a court in Guyana" names Guyana's court, but "the US commander in Iraq"
    // is American: place modifiers count only when nothing else names the actor.
    let near = np_words_with(tree, h, is_agent, is_named, false);
    if near.iter().any(|&w| is_named(w)) {
        return near;
    }
    np_words_with(tree, h, is_agent, is_named, true)
}

fn np_words_with(
    tree: &Tree,
    h: usize,
    is_agent: &dyn Fn(usize) -> bool,
    is_named: &dyn Fn(usize) -> bool,
    places: bool,
) -> Vec<usize> {
    let mut out = vec![h];
    let mut stack = vec![h];
    while let Some(w) = stack.pop() {
        for &c in tree.children(w) {
            let rel = tree.rel(c);
            let full = tree.full_rel(c);
            // "Russian and Ukrainian negotiators": conjuncts of a modifier belong to the phrase.
            let modifier_conj =
                rel == "conj" && w != h && matches!(tree.rel(w), "amod" | "compound" | "nmod");
            if !np_internal(rel, full) && !modifier_conj {
                continue;
            }
            // Titles before names (UD 2.14+ EWT): "President Bill Clinton".
            if rel == "nmod" && full != "nmod:poss" && full != "nmod:desc" {
                // Only "of" (and, for agents, "in"/"from") modifiers of collective
                // nouns: "the government of Afghanistan", "a court in Guyana",
                // "activists from Britain".
                let case = tree.case_of(c);
                let collective = is_agent(w) || COLLECTIVE.contains(&tree.lemma[w].as_str());
                // ("the Democratic Republic of Congo and Rwanda": a name's own
                // "of" phrase, and what is coordinated with it.)
                let name_part = is_named(w) && is_named(c);
                let ok = match case.as_deref() {
                    Some("of") => collective || name_part,
                    Some("in" | "from") => places && w == h && is_agent(w),
                    _ => false,
                };
                if !ok {
                    continue;
                }
            }
            // A possessor deeper in the phrase belongs to another noun ("the
            // leader of Russia's ally"), unless it hangs from a modifier of
            // the head ("Russia's defence ministry" parsed with "Russia's"
            // under "defence").
            // ("Members of Niger's presidential guard": the possessor of an
            // agent in the phrase is the phrase's too.)
            // ("a bomber from Islamic State's Afghan affiliate": a group's
            // branch is the group's.)
            if full == "nmod:poss"
                && w != h
                && !matches!(tree.full_rel(w), "compound" | "nmod:desc" | "amod")
                && !is_agent(w)
                && !is_branch(&tree.lemma[w])
            {
                continue;
            }
            out.push(c);
            stack.push(c);
        }
    }
    out.sort_unstable();
    out
}

/// A group's part named by the group ("Islamic State's Afghan affiliate").
fn is_branch(lemma: &str) -> bool {
    matches!(
        lemma,
        "affiliate" | "branch" | "wing" | "franchise" | "offshoot" | "arm" | "province"
    )
}

/// Whether a plural demonym is counted or described as people: "three
/// Palestinians", "thousands of Serbs", "ordinary Russians" (but not "the
/// Americans", which news uses for a state's side).
fn counted_people(tree: &Tree, h: usize) -> bool {
    let kids = tree.children(h);
    if kids.iter().any(|&c| tree.rel(c) == "det") {
        return false;
    }
    kids.iter()
        .any(|&c| matches!(tree.rel(c), "nummod" | "amod"))
        || (tree.rel(h) == "nmod"
            && tree.case_of(h).as_deref() == Some("of")
            && tree.head(h).is_some_and(|q| {
                matches!(
                    tree.lemma[q].as_str(),
                    "thousand"
                        | "hundred"
                        | "dozen"
                        | "score"
                        | "million"
                        | "number"
                        | "crowd"
                        | "group"
                        | "tens"
                )
            }))
}

fn agent_combine(base: &str, agent: &str) -> String {
    let (country, base_agent) = dyad_event::split_actor_code(base);
    if base.len() <= 3 {
        return format!("{base}{agent}");
    }
    if base_agent == "GOV"
        && matches!(agent, "MIL" | "COP" | "SPY" | "JUD" | "LEG")
        && !country.is_empty()
    {
        return format!("{country}{agent}");
    }
    base.to_string()
}

/// Currency nouns (lemmas): "Australian dollars" is money, not Australia.
pub(crate) fn is_currency(lemma: &str) -> bool {
    matches!(
        lemma,
        "dollar"
            | "euro"
            | "pound"
            | "yen"
            | "yuan"
            | "rupee"
            | "rouble"
            | "ruble"
            | "franc"
            | "peso"
            | "real"
            | "rand"
            | "won"
            | "lira"
            | "dinar"
            | "dirham"
            | "riyal"
            | "shilling"
            | "naira"
            | "krona"
            | "krone"
            | "zloty"
            | "forint"
            | "hryvnia"
            | "taka"
            | "baht"
            | "ringgit"
            | "rupiah"
            | "dong"
            | "kip"
    )
}

fn kind_of(k: EntryKind) -> ActorKind {
    match k {
        EntryKind::Country => ActorKind::Country,
        EntryKind::Igo => ActorKind::Organisation,
        EntryKind::Group => ActorKind::Group,
        EntryKind::Person => ActorKind::Person,
        EntryKind::Actor => ActorKind::Organisation,
    }
}

/// The code of a person outside every dated role: after their last role a
/// former official is their country's elite (`USAELI`, as CAMEO codes former
/// leaders); before their first role, just their country.
fn out_of_office(e: &dyad_lexicon::ActorEntry, date: NaiveDate) -> Option<String> {
    if e.kind != EntryKind::Person || e.codes.is_empty() || e.codes.iter().any(|c| c.is_undated()) {
        return None;
    }
    let country = |code: &str| {
        let (c, _) = dyad_event::split_actor_code(code);
        (!c.is_empty() && c != "---").then(|| c.to_string())
    };
    // (Also between two roles: "Abbas Araqchi" after his years as deputy
    // foreign minister and before he became foreign minister.)
    if e.codes.iter().any(|c| c.to.is_some_and(|to| to < date)) {
        let last = e
            .codes
            .iter()
            .filter(|c| c.to.is_some_and(|to| to < date))
            .max_by_key(|c| c.to)?;
        return country(&last.code).map(|c| format!("{c}ELI"));
    }
    if e.codes
        .iter()
        .all(|c| c.from.is_some_and(|from| from > date))
    {
        let first = e.codes.iter().min_by_key(|c| c.from)?;
        return country(&first.code);
    }
    None
}

pub(crate) struct ActorFinder<'a> {
    pub lex: &'a Lexicon,
    pub tree: &'a Tree<'a>,
    pub mentions: &'a Mentions,
    pub date: NaiveDate,
    /// The one state where the sentence's places lie ("in Nairobi", "near
    /// the Nigerian city of Maiduguri"), if there is exactly one: the
    /// country of people the sentence names without one ("protesters",
    /// "farmers", "the police").
    pub place_country: Option<String>,
}

impl ActorFinder<'_> {
    fn code_of_match(&self, m: &PhraseMatch) -> Option<(String, ActorKind)> {
        match &m.hit {
            MatchKind::Actor(id) => {
                let e = self.lex.entry(*id);
                let Some(c) = self.lex.code_at(*id, self.date) else {
                    return out_of_office(e, self.date).map(|c| (c, kind_of(e.kind)));
                };
                if c.code.starts_with("---") || c.code.is_empty() {
                    return None;
                }
                // Bare "Congress" is the US Congress, except in a sentence
                // set in another state ("stormed Congress in Brasilia"):
                // there it is that state's legislature.
                if m.end == m.start + 1 && self.tree.lower[m.start] == "congress" {
                    if let Some(p) = self.place_country.as_deref().filter(|p| *p != "USA") {
                        return Some((format!("{p}LEG"), kind_of(e.kind)));
                    }
                }
                Some((c.code.clone(), kind_of(e.kind)))
            }
            MatchKind::CountryAdj(id) => {
                let c = self.lex.code_at(*id, self.date)?;
                Some((c.code.clone(), ActorKind::Country))
            }
            MatchKind::Capital(id) => {
                let c = self.lex.code_at(*id, self.date)?;
                let (country, _) = dyad_event::split_actor_code(&c.code);
                // "The European Union and Tunisia signed ..., with Brussels
                // offering 105 million euros": beside the Union, Brussels is
                // the Union, not Belgium.
                if country == "BEL" && self.tree.lower[m.start] == "brussels" {
                    let eu = self.mentions.matches.iter().find_map(|o| match o.hit {
                        MatchKind::Actor(oid) => self
                            .lex
                            .code_at(oid, self.date)
                            .map(|oc| oc.code.clone())
                            .filter(|code| code.starts_with("IGOEUR")),
                        _ => None,
                    });
                    if let Some(code) = eu {
                        return Some((code, ActorKind::Country));
                    }
                }
                Some((format!("{country}GOV"), ActorKind::Country))
            }
            MatchKind::Agent(_) => None,
        }
    }

    /// The one state the sentence's place phrases lie in, if exactly one
    /// ("in Nairobi", "through Hong Kong", "near the Nigerian city of
    /// Maiduguri"); international bodies and groups are no places.
    pub fn sentence_place_country(&self) -> Option<String> {
        let t = self.tree;
        let mut found: Option<String> = None;
        for w in 0..t.len() {
            if !matches!(t.rel(w), "obl" | "nmod")
                || !matches!(
                    t.case_of(w).as_deref(),
                    Some(
                        "in" | "near"
                            | "at"
                            | "inside"
                            | "outside"
                            | "through"
                            | "across"
                            | "around"
                    )
                )
                // ("took to the streets of Havana")
                && t.lemma[w] != "street"
            {
                continue;
            }
            // ("near the Afghan border": a border is two states' place; "outside
            // the Russian embassy in Kabul": an embassy or a foreign base lies
            // in its host's land, which its own phrase names.)
            if matches!(
                t.lemma[w].as_str(),
                "border" | "frontier" | "boundary" | "embassy" | "consulate" | "base"
            ) {
                continue;
            }
            // ("after talks in Doha mediated by Qatar": a meeting's venue,
            // often a third state's, is no place of the sentence's other
            // acts.)
            if t.rel(w) == "nmod"
                && t.head(w).is_some_and(|h| {
                    matches!(
                        t.lemma[h].as_str(),
                        "talk"
                            | "negotiation"
                            | "meeting"
                            | "summit"
                            | "conference"
                            | "ceremony"
                            | "forum"
                    )
                })
            {
                continue;
            }
            let mut actors = self.np_actors(w);
            // "in Malawi and Mozambique": two states, no one place.
            for c in t.kids(w, "conj").collect::<Vec<_>>() {
                actors.extend(self.np_actors(c));
            }
            if actors.is_empty() {
                // "in the city of Kazan", "near the town of Galcad"
                for &g in t.children(w) {
                    if t.rel(g) == "nmod" && t.case_of(g).as_deref() == Some("of") {
                        actors = self.np_actors(g);
                    }
                }
            }
            for a in actors {
                let (country, _) = dyad_event::split_actor_code(&a.code);
                if country.len() != 3
                    || matches!(country, "IGO" | "IMG" | "NGO" | "MNC")
                    || REGIONS.contains(&country)
                {
                    continue;
                }
                match &found {
                    Some(f) if f != country => return None,
                    _ => found = Some(country.to_string()),
                }
            }
        }
        found
    }

    /// Whether match `mi` (coded `code`) is a people named by its demonym
    /// and counted or described as people ("thousands of Serbs protested",
    /// "three Palestinians were killed"): its civilians, not its state.
    fn is_people(&self, mi: usize, code: &str) -> bool {
        let m = &self.mentions.matches[mi];
        let w = m.end - 1;
        code.len() == 3
            && matches!(m.hit, MatchKind::CountryAdj(_))
            && matches!(self.tree.upos(w), "NOUN" | "PROPN")
            && self.tree.lower[w].ends_with('s')
            && counted_people(self.tree, w)
    }

    fn agent_of_match(&self, m: &PhraseMatch) -> Option<String> {
        match &m.hit {
            MatchKind::Agent(aid) => Some(self.lex.agent(*aid).code.clone()),
            _ => None,
        }
    }

    /// Whether word `w` is covered by an agent match ("troops", "minister").
    fn is_agent_word(&self, w: usize) -> bool {
        self.mentions.cover[w]
            .is_some_and(|mi| matches!(self.mentions.matches[mi].hit, MatchKind::Agent(_)))
    }

    /// Whether word `w` is covered by a named match (a country, group,
    /// person, organisation, capital or country adjective).
    fn is_named_word(&self, w: usize) -> bool {
        self.mentions.cover[w]
            .is_some_and(|mi| !matches!(self.mentions.matches[mi].hit, MatchKind::Agent(_)))
    }

    /// The words of the noun phrase headed by `h` (see [`np_words`]).
    fn phrase_words(&self, h: usize) -> Vec<usize> {
        np_words(self.tree, h, &|w| self.is_agent_word(w), &|w| {
            self.is_named_word(w)
        })
    }

    /// The actors named by the noun phrase headed by `h` (several for "Russian
    /// and Chinese diplomats"), without following coordination of `h` itself.
    pub fn np_actors(&self, h: usize) -> Vec<Actor> {
        // A currency names no actor: "200 million Australian dollars".
        if is_currency(&self.tree.lemma[h]) {
            return Vec::new();
        }
        let words = self.phrase_words(h);
        let lo = *words.first().unwrap_or(&h);
        let hi = *words.last().unwrap_or(&h);
        // Matches wholly inside the NP.
        let mut seen = Vec::new();
        for &w in &words {
            if let Some(mi) = self.mentions.cover[w] {
                if !seen.contains(&mi) {
                    seen.push(mi);
                }
            }
        }
        if seen.is_empty() {
            return Vec::new();
        }
        let head_match = self.mentions.cover[h];
        let mut named: Vec<(usize, String, ActorKind)> = Vec::new(); // (match idx, code, kind)
        let mut agent: Option<String> = None;
        // "a U.S.-brokered agreement", "Iran-backed militias", "the
        // U.N.-recognised government": who brokers, backs or recognises is
        // not who the phrase names ("Saudi-led", "Greek-owned",
        // "Marshall Islands-flagged" are).
        let t = self.tree;
        let related_only = |mi: usize| {
            let m = &self.mentions.matches[mi];
            let last = m.end - 1;
            // (Asked of the modifier itself, it names its actor: "U.S." in
            // "U.S.-brokered" is the mediator.)
            !(m.start..m.end).contains(&h)
                && t.head(last).is_some_and(|p| {
                    t.rel(p) == "amod"
                        && p == last + 2
                        && t.lower[last + 1] == "-"
                        && t.words[p].xpos.starts_with("VB")
                        && !matches!(
                            t.lemma[p].as_str(),
                            "lead"
                                | "own"
                                | "run"
                                | "control"
                                | "hold"
                                | "operate"
                                | "flag"
                                | "command"
                                | "link"
                        )
                })
        };
        seen.retain(|&mi| !related_only(mi));
        // "the end of the Korean War", "the Syrian war": a war named after
        // a state or people names no party to what is said of it.
        // (Asked of the modifier itself too.)
        if matches!(t.rel(h), "amod" | "compound") && t.head(h).is_some_and(|g| t.lemma[g] == "war")
        {
            return Vec::new();
        }
        if t.lemma[h] == "war"
            && seen.iter().all(|&mi| {
                let last = self.mentions.matches[mi].end - 1;
                last != h && t.head(last) == Some(h) && matches!(t.rel(last), "amod" | "compound")
            })
        {
            return Vec::new();
        }
        for &mi in &seen {
            let m = &self.mentions.matches[mi];
            if let Some(a) = self.agent_of_match(m) {
                if Some(mi) == head_match || agent.is_none() {
                    agent = Some(a);
                }
            } else if let Some((code, kind)) = self.code_of_match(m) {
                // A capital stands for its government as the head of the phrase
                // ("Moscow said"), and only for its state as a modifier ("the
                // Beijing Olympics").
                if matches!(m.hit, MatchKind::Capital(_)) && Some(mi) != head_match {
                    let country = dyad_event::split_actor_code(&code).0.to_string();
                    named.push((mi, country, kind));
                    continue;
                }
                named.push((mi, code, kind));
            }
        }
        // "Islamic State's Afghan affiliate", "al-Qaeda's Yemeni branch":
        // a group's national branch is the group, not the nation.
        if let Some(&b) = words.iter().find(|&&w| is_branch(&t.lemma[w])) {
            let owner = named.iter().find(|(mi, _, k)| {
                let last = self.mentions.matches[*mi].end - 1;
                matches!(k, ActorKind::Group | ActorKind::Organisation)
                    && t.head(last) == Some(b)
                    && t.rel(last) == "nmod:poss"
            });
            if let Some((_, code, kind)) = owner {
                return vec![Actor::named(code.clone(), h, lo, hi, *kind)];
            }
        }
        // "Istanbul Mayor Ekrem Imamoglu", "Ukraine President Volodymyr
        // Zelensky" parsed with the place as the head: the person named
        // after the title is the phrase's head.
        let head_match = match head_match {
            Some(hm)
                if named
                    .iter()
                    .any(|(mi, _, k)| *mi == hm && *k != ActorKind::Person) =>
            {
                let hm_end = self.mentions.matches[hm].end;
                named
                    .iter()
                    .find(|(mi, _, k)| {
                        let st = self.mentions.matches[*mi].start;
                        *k == ActorKind::Person
                            && st > hm_end
                            && (hm_end..st).all(|x| self.is_agent_word(x) || t.upos(x) == "PROPN")
                            && (hm_end..st).any(|x| self.is_agent_word(x))
                    })
                    .map(|(mi, _, _)| *mi)
                    .or(head_match)
            }
            other => other,
        };
        // A named actor at the head wins (a person, group, organisation or country).
        if let Some(pos) = named.iter().position(|(mi, _, _)| Some(*mi) == head_match) {
            let (mi, mut code, kind) = named[pos].clone();
            // A state body named after one state's ("Congress", "Foreign
            // Office", "House of Commons") but owned by another in the
            // phrase is the other's: "Peru's Congress", "Canada's Foreign
            // Office".
            let (body_country, body_agent) = dyad_event::split_actor_code(&code);
            let owner = named.iter().find(|(o, c, k)| {
                *o != mi && *k == ActorKind::Country && c.len() == 3 && c != body_country
            });
            if let (ActorKind::Organisation, Some((_, owner, _))) = (kind, owner) {
                if code.len() == 6 && !matches!(body_country, "IGO" | "NGO" | "IMG") {
                    code = format!("{owner}{body_agent}");
                }
            }
            // "African Union mediator Thabo Mbeki": a person acting under
            // an international body's title acts for it.
            // (The title is a noun between the body and the name.)
            if kind == ActorKind::Person {
                let start = self.mentions.matches[mi].start;
                if let Some((_, igo, _)) = named.iter().find(|(o, c, k)| {
                    let end = self.mentions.matches[*o].end;
                    *o < mi
                        && *k == ActorKind::Organisation
                        && c.starts_with("IGO")
                        && end < start
                        && (end..start).any(|x| self.tree.upos(x) == "NOUN")
                }) {
                    code = igo.clone();
                }
            }
            let code = match (&agent, kind) {
                (Some(a), ActorKind::Country) => agent_combine(&code, a),
                _ if self.is_people(mi, &code) => format!("{code}CVL"),
                _ => code,
            };
            return vec![Actor {
                code,
                head: h,
                lo,
                hi,
                kind,
                from_coref: None,
            }];
        }
        if named.is_empty() {
            // "Boko Haram fighters killed 43 farmers near the Nigerian city
            // of Maiduguri": people without a country are the place's.
            // Not fighters, gunmen or drones: who attacks a place need not
            // be from it.
            // (The agent heads the phrase, or a count of it does: "hundreds
            // of thousands of people".)
            // (Not "joint military exercises": a modifier does not make
            // the phrase people.)
            let agent_head = match head_match {
                Some(hm) => matches!(self.mentions.matches[hm].hit, MatchKind::Agent(_)),
                None => COLLECTIVE.contains(&self.tree.lemma[h].as_str()),
            };
            // (Armed men are the place's only as whom an act is done to:
            // "killed 30 militants in North Waziristan". Separatists are
            // always the place's: "separatists shelled positions near
            // Donetsk".)
            let patient = matches!(self.tree.full_rel(h), "obj" | "nsubj:pass" | "iobj");
            // (Prisoners and hostages are often not from where they are held
            // or exchanged.)
            // (Nor migrants and refugees: they come from elsewhere.)
            let captive = matches!(
                self.tree.lemma[h].as_str(),
                "prisoner" | "detainee" | "hostage" | "captive"
            ) || agent.as_deref().is_some_and(|a| a.starts_with("REF"));
            // (Nor are embassies and envoys: an embassy in Beijing is
            // another state's.)
            let mission_word =
                |w: usize| matches!(self.tree.lemma[w].as_str(), "embassy" | "consulate");
            let foreign_mission = matches!(
                self.tree.lemma[h].as_str(),
                "embassy" | "consulate" | "ambassador" | "envoy" | "diplomat" | "mission"
            ) || words.iter().any(|&w| w != h && mission_word(w));
            // "killing two embassy employees" near "the Russian embassy":
            // a mission's staff are the state the sentence names it for.
            if foreign_mission && words.iter().any(|&w| w != h && mission_word(w)) {
                let t = self.tree;
                let owner = (0..t.len())
                    .filter(|&e| mission_word(e) && !words.contains(&e))
                    .find_map(|e| {
                        t.children(e).iter().find_map(|&c| {
                            let mi = self.mentions.cover[c]?;
                            match self.mentions.matches[mi].hit {
                                MatchKind::CountryAdj(_) | MatchKind::Actor(_) => {
                                    let (code, kind) =
                                        self.code_of_match(&self.mentions.matches[mi])?;
                                    (kind == ActorKind::Country).then_some(code)
                                }
                                _ => None,
                            }
                        })
                    });
                if let Some(code) = owner {
                    let country = dyad_event::split_actor_code(&code).0.to_string();
                    return vec![Actor::named(
                        format!("{country}GOV"),
                        h,
                        lo,
                        hi,
                        ActorKind::Agent,
                    )];
                }
            }
            // (Nor is "his government": whose it is, the pronoun says.)
            // (Only organs of a state: "his supporters" are still the
            // place's people.)
            let owned = agent
                .as_deref()
                .is_some_and(|a| matches!(a.get(..3), Some("GOV" | "MIL" | "COP" | "LEG" | "JUD")))
                && self.tree.children(h).iter().any(|&c| {
                    self.tree.full_rel(c) == "nmod:poss"
                        && matches!(self.tree.lower[c].as_str(), "his" | "her" | "its" | "their")
                });
            // ("Congolese President Felix Tshisekedi accused Rwanda ..., and
            // his government gave Kigali's ambassador 48 hours to leave":
            // the government of the person "his" stands for.)
            if owned {
                let possessor = self.tree.children(h).iter().copied().find(|&c| {
                    self.tree.full_rel(c) == "nmod:poss"
                        && matches!(self.tree.lower[c].as_str(), "his" | "her")
                });
                if let (Some(p), Some(a)) = (possessor, agent.as_deref()) {
                    if let Some(owner) = self.visitor_of_pronoun(p, &[]) {
                        let (country, _) = dyad_event::split_actor_code(&owner.code);
                        if country.len() == 3 && !matches!(country, "IGO" | "NGO" | "IMG" | "MNC") {
                            return vec![Actor::named(
                                agent_combine(country, a),
                                h,
                                lo,
                                hi,
                                ActorKind::Agent,
                            )];
                        }
                    }
                }
            }
            return match (&agent, &self.place_country) {
                (Some(a), Some(c))
                    if agent_head
                        && !owned
                        && !captive
                        && !foreign_mission
                        && (patient
                            || !matches!(
                                a.get(..3).unwrap_or(""),
                                "MIL" | "REB" | "INS" | "UAF" | "CRM" | "RAD" | "SPY"
                            )) =>
                {
                    vec![Actor {
                        code: agent_combine(c, a),
                        head: h,
                        lo,
                        hi,
                        kind: ActorKind::Agent,
                        from_coref: None,
                    }]
                }
                _ => Vec::new(),
            };
        }
        let head_is_agent = head_match
            .map(|mi| matches!(self.mentions.matches[mi].hit, MatchKind::Agent(_)))
            .unwrap_or(false);
        // "Sweden's NATO membership bid": the possessor of a thing owns it,
        // not a body the thing concerns.
        if !head_is_agent && named.len() > 1 {
            let owner = named.iter().find(|(mi, _, k)| {
                let w = self.mentions.matches[*mi].end - 1;
                *k == ActorKind::Country
                    && self.tree.full_rel(w) == "nmod:poss"
                    && self.tree.head(w) == Some(h)
            });
            let others_modify = named.iter().all(|(mi, _, _)| {
                let w = self.mentions.matches[*mi].end - 1;
                matches!(self.tree.full_rel(w), "nmod:poss" | "compound" | "amod")
            });
            if let (Some((_, code, kind)), true) = (owner, others_modify) {
                return vec![Actor::named(code.clone(), h, lo, hi, *kind)];
            }
        }
        // Person in apposition or compound ("Russian Ambassador Dmitry Zhirnov" with
        // head "Ambassador" in some parses): prefer people, then groups, then countries.
        // (A region's adjective ranks last: "the West African bloc ECOWAS"
        // is ECOWAS.)
        named.sort_by_key(|(mi, code, k)| {
            let region = REGIONS.contains(&dyad_event::split_actor_code(code).0);
            let rank = match k {
                _ if region => 4,
                ActorKind::Person => 0,
                ActorKind::Group | ActorKind::Organisation => 1,
                ActorKind::Agent => 2,
                ActorKind::Country => 3,
            };
            (rank, *mi)
        });
        let mut out: Vec<Actor> = Vec::new();
        let best_rank_kind = named[0].2;
        // "Iranian and Taliban border guards": coordinated modifiers name
        // one actor each, whatever their kinds.
        let last = |mi: usize| self.mentions.matches[mi].end - 1;
        // (Any word of the other match: "Pakistani and Afghan Taliban
        // forces" coordinates "Pakistani" with the first word of "Afghan
        // Taliban".)
        let coordinated = |mi: usize| {
            let w = last(mi);
            named.iter().any(|(o, _, _)| {
                let om = &self.mentions.matches[*o];
                *o != mi
                    && (om.start..om.end).any(|x| {
                        (self.tree.rel(w) == "conj" && self.tree.head(w) == Some(x))
                            || (self.tree.rel(x) == "conj" && self.tree.head(x) == Some(w))
                    })
            })
        };
        let is_region = |code: &str| REGIONS.contains(&dyad_event::split_actor_code(code).0);
        let best_is_region = is_region(&named[0].1);
        for (mi, code, kind) in &named {
            if (*kind != best_rank_kind || (is_region(code) && !best_is_region))
                && !coordinated(*mi)
            {
                continue;
            }
            let code = match (&agent, kind) {
                (Some(a), ActorKind::Country) => agent_combine(code, a),
                (None, _) if self.is_people(*mi, code) => format!("{code}CVL"),
                (Some(a), ActorKind::Group | ActorKind::Organisation) if head_is_agent => {
                    agent_combine(code, a)
                }
                // "Supporters of former President Jair Bolsonaro": a
                // leader's followers are his country's people, not its
                // government.
                (Some(a), ActorKind::Person)
                    if head_is_agent
                        && matches!(
                            self.tree.lemma[h].as_str(),
                            "supporter" | "loyalist" | "follower" | "sympathiser" | "sympathizer"
                        ) =>
                {
                    let (country, _) = dyad_event::split_actor_code(code);
                    format!("{country}{a}")
                }
                _ => code.clone(),
            };
            let kind = if agent.is_some() && *kind == ActorKind::Country {
                ActorKind::Agent
            } else {
                *kind
            };
            if !out.iter().any(|o| o.code == code) {
                out.push(Actor {
                    code,
                    head: h,
                    lo,
                    hi,
                    kind,
                    from_coref: None,
                });
            }
        }
        out
    }

    /// The agent of a noun phrase that names people by role but no state
    /// ("opposition journalist Roman Protasevich", "14 prisoners"), as an
    /// actor of `country`: for acts a state does to its own people.
    pub fn own_people(&self, h: usize, country: &str) -> Option<Actor> {
        let is_named = |w: usize| self.is_named_word(w);
        let words = self.phrase_words(h);
        // ("exiled leaders of Egypt's Muslim Brotherhood" belong to whoever
        // the modifier names, even when the dictionary does not.)
        let t = self.tree;
        // ("11 journalists from the investigative outlet Temirov Live": an
        // outlet the dictionary does not know leaves them the state's own.)
        if words.iter().any(|&w| is_named(w))
            || country.len() != 3
            || t.children(h).iter().any(|&c| {
                t.rel(c) == "nmod"
                    && matches!(t.case_of(c).as_deref(), Some("of" | "from"))
                    && self.phrase_words(c).iter().any(|&w| is_named(w))
            })
        {
            return None;
        }
        // (The people are the phrase's head: "their prisoner exchange" is
        // no one.)
        if !self.is_agent_word(h) {
            return None;
        }
        let agent = words.iter().find_map(|&w| {
            let m = &self.mentions.matches[self.mentions.cover[w]?];
            self.agent_of_match(m)
        })?;
        // People and the state's own assemblies and courts, not armed or
        // foreign bodies.
        if !matches!(
            agent.get(..3).unwrap_or(""),
            "CVL"
                | "CRM"
                | "OPP"
                | "MED"
                | "LAB"
                | "EDU"
                | "HLH"
                | "REL"
                | "HRI"
                | "PTY"
                | "ELI"
                | "LEG"
                | "JUD"
        ) {
            return None;
        }
        Some(Actor {
            code: format!("{country}{agent}"),
            head: h,
            lo: *words.first()?,
            hi: *words.last()?,
            kind: ActorKind::Agent,
            from_coref: None,
        })
    }

    /// Actors of an argument word: its NP, its conjuncts, "of"-complements of
    /// empty heads ("a delegation of the Taliban"), and pronoun coreference.
    pub fn arg_actors(&self, w: usize, memory: &DocMemory) -> Vec<Actor> {
        // ("along its border with Kosovo": the border's other side, not
        // whose border it is.)
        let t = self.tree;
        // (Money is no party: "pledged 200 million Australian dollars".)
        if is_currency(&t.lemma[w]) {
            return Vec::new();
        }
        if matches!(t.lemma[w].as_str(), "border" | "frontier" | "boundary") {
            if let Some(with) = t
                .kids(w, "nmod")
                .find(|&k| t.case_of(k).as_deref() == Some("with"))
            {
                let other = self.arg_actors(with, memory);
                if !other.is_empty() {
                    return other;
                }
            }
        }
        // ("broke off relations with Colombia and gave its diplomats 24
        // hours to leave": a mission "its" or "their" names is the last
        // state named that is not the doer's.)
        // (Not one's own, recalled or sent: "Colombia and Chile recalled
        // their ambassadors".)
        // (Only after acts aimed at others: "Colombia and Chile recalled
        // their ambassadors", "agreed to reopen their embassies" are their
        // own.)
        let aimed_at_others = t.head(w).is_some_and(|h| {
            matches!(
                t.lemma[h].as_str(),
                "give"
                    | "order"
                    | "expel"
                    | "tell"
                    | "ask"
                    | "declare"
                    | "storm"
                    | "attack"
                    | "raid"
                    | "bomb"
            )
        });
        if matches!(
            t.lemma[w].as_str(),
            "diplomat" | "ambassador" | "envoy" | "embassy" | "consulate"
        ) && aimed_at_others
        {
            if let Some(p) = t.children(w).iter().copied().find(|&c| {
                t.full_rel(c) == "nmod:poss" && matches!(t.lower[c].as_str(), "its" | "their")
            }) {
                let mut x = t.head(w);
                let mut subject = None;
                while let Some(v) = x {
                    if let Some(s) = t.kid(v, "nsubj") {
                        subject = Some(s);
                        break;
                    }
                    if !matches!(t.rel(v), "conj" | "xcomp" | "advcl") {
                        break;
                    }
                    x = t.head(v);
                }
                let mut doers: Vec<String> = Vec::new();
                if let Some(s) = subject {
                    let mut found = self.np_actors(s);
                    for c in t.kids(s, "conj").collect::<Vec<_>>() {
                        found.extend(self.np_actors(c));
                    }
                    if found.is_empty() {
                        let want: &[ActorKind] = match t.lower[s].as_str() {
                            "he" | "she" => &[ActorKind::Person],
                            "it" | "they" => &[
                                ActorKind::Country,
                                ActorKind::Agent,
                                ActorKind::Organisation,
                                ActorKind::Group,
                            ],
                            _ => &[],
                        };
                        found.extend(self.earlier_actor(s, want, &|_| true));
                    }
                    doers = found
                        .iter()
                        .map(|a| dyad_event::split_actor_code(&a.code).0.to_string())
                        .collect();
                }
                if !doers.is_empty() {
                    if let Some((state, _)) = self.last_state_before(p, false, &|c| {
                        !doers.contains(&dyad_event::split_actor_code(c).0.to_string())
                    }) {
                        let lo = p.min(w);
                        return vec![Actor::named(
                            format!("{state}GOV"),
                            w,
                            lo,
                            w,
                            ActorKind::Agent,
                        )];
                    }
                }
            }
        }
        // ("the two governments" are the two parties before them, not the
        // place's government.)
        let mut out = self.pair_coref(w, memory);
        if out.is_empty() {
            out.extend(self.described_country(w, memory));
        }
        if out.is_empty() {
            out = self.np_actors(w);
        }
        // "Armoured vehicles led by army commander Juan Jose Zuniga",
        // "troops commanded by General X": men or machines nobody names are
        // their leader's.
        if out.is_empty() {
            let t = self.tree;
            if let Some(a) = t.children(w).iter().copied().find_map(|c| {
                (t.rel(c) == "acl"
                    && matches!(t.lemma[c].as_str(), "lead" | "command")
                    && t.words[c].xpos == "VBN")
                    .then(|| {
                        t.children(c)
                            .iter()
                            .copied()
                            .find(|&g| t.full_rel(g) == "obl:agent")
                    })
                    .flatten()
            }) {
                out = self.np_actors(a);
            }
        }
        // "the Pacific island nation of Nauru", "the government of Mali":
        // a state's description names the state it is "of".
        if out.is_empty() {
            let t = self.tree;
            if matches!(
                t.lemma[w].as_str(),
                "nation" | "country" | "state" | "island" | "kingdom" | "republic" | "government"
            ) {
                if let Some(k) = t
                    .kids(w, "nmod")
                    .find(|&k| t.case_of(k).as_deref() == Some("of") && t.upos(k) == "PROPN")
                {
                    out = self
                        .np_actors(k)
                        .into_iter()
                        .filter(|a| a.kind == ActorKind::Country)
                        .collect();
                }
            }
        }
        // "tariffs on imports from Canada", "restrictions on exports to
        // South Korea": trade is the trading partner's.
        if out.is_empty() {
            let t = self.tree;
            let case = match t.lemma[w].as_str() {
                "import" | "good" | "product" | "shipment" | "steel" | "car" => Some("from"),
                "export" => Some("to"),
                _ => None,
            };
            if let Some(case) = case {
                if let Some(k) = t
                    .kids(w, "nmod")
                    .find(|&k| t.case_of(k).as_deref() == Some(case))
                {
                    out = self.np_actors(k);
                    for c in t.kids(k, "conj").collect::<Vec<_>>() {
                        for a in self.np_actors(c) {
                            if !out.iter().any(|o| o.code == a.code) {
                                out.push(a);
                            }
                        }
                    }
                }
            }
        }
        // "targets linked to Iran's Revolutionary Guards", "fighters
        // affiliated with al-Qaeda": men or places nobody names are those
        // of the group they are tied to.
        if out.is_empty() {
            let t = self.tree;
            if let Some(a) = t.children(w).iter().copied().find_map(|c| {
                (t.rel(c) == "acl"
                    && matches!(
                        t.lemma[c].as_str(),
                        "link" | "tie" | "affiliate" | "ally" | "connect" | "belong"
                    )
                    && matches!(t.words[c].xpos.as_str(), "VBN" | "VBG"))
                .then(|| {
                    t.children(c).iter().copied().find(|&g| {
                        t.rel(g) == "obl" && matches!(t.case_of(g).as_deref(), Some("to" | "with"))
                    })
                })
                .flatten()
            }) {
                out = self.np_actors(a);
            }
        }
        if out.is_empty() {
            out.extend(self.sentence_coref(w).or_else(|| self.coref(w, memory)));
        }
        // (Names the parser strung on as a "list" are conjuncts too:
        // "Papua New Guinea Prime Minister James Marape and Australian Prime
        // Minister Anthony Albanese signed".)
        // (And conjuncts of conjuncts: "Egypt, the United Arab Emirates and
        // Turkey" often nests Turkey under the Emirates.)
        let listed: Vec<usize> = self.tree.kids(w, "list").collect();
        let mut conjuncts: Vec<usize> = self
            .tree
            .kids(w, "conj")
            .chain(listed.iter().copied())
            .chain(listed.iter().flat_map(|&l| self.tree.kids(l, "conj")))
            .collect();
        // ("The United States and Arab partners including Saudi Arabia and
        // the United Arab Emirates": the partners a conjunct names by
        // example are parties too, when the conjunct names no state.)
        let examples: Vec<usize> = conjuncts
            .iter()
            .filter(|&&c| self.np_actors(c).is_empty())
            .flat_map(|&c| self.tree.kids(c, "nmod"))
            .filter(|&n| {
                self.tree.children(n).iter().any(|&k| {
                    self.tree.rel(k) == "case"
                        && matches!(self.tree.lower[k].as_str(), "including" | "like")
                })
            })
            .collect();
        conjuncts.extend(examples);
        let mut k = 0;
        while k < conjuncts.len() && conjuncts.len() < 12 {
            let nested: Vec<usize> = self
                .tree
                .kids(conjuncts[k], "conj")
                .filter(|c| !conjuncts.contains(c))
                .collect();
            conjuncts.extend(nested);
            k += 1;
        }
        for c in conjuncts {
            // "Afghan politicians and activists": a conjunct with a role but
            // no state of its own shares the first conjunct's state (not the
            // place's).
            let stateless = self.phrase_words(c).iter().all(|&x| {
                self.mentions.cover[x]
                    .is_none_or(|mi| matches!(self.mentions.matches[mi].hit, MatchKind::Agent(_)))
            });
            let first_state = out
                .first()
                .filter(|o| o.kind != ActorKind::Person || o.code.len() >= 3)
                .map(|o| dyad_event::split_actor_code(&o.code).0.to_string())
                .filter(|c| c.len() == 3 && !matches!(c.as_str(), "IGO" | "NGO" | "IMG"));
            for mut a in self.np_actors(c) {
                if let (true, Some(state)) = (stateless, &first_state) {
                    let (_, agent) = dyad_event::split_actor_code(&a.code);
                    a.code = format!("{state}{agent}");
                }
                // "Turkish President Erdogan" misparsed as a coordination of
                // "Turkish" and "President Erdogan": one actor, the specific one.
                if let Some(o) = out.iter_mut().find(|o| {
                    o.code.len() == 3
                        && a.code.starts_with(&o.code)
                        && (a.lo == o.hi + 1 || self.tree.rel(c) == "list")
                }) {
                    *o = Actor { lo: o.lo, ..a };
                    continue;
                }
                if !out.iter().any(|o| o.code == a.code) {
                    out.push(a);
                }
            }
        }
        out
    }

    /// "the East African country", "the Caribbean nation", "the Sahel
    /// state": a description of a state named before it (in the sentence,
    /// then in the document), not the region its adjective names ("the
    /// Central African country" is Chad in "deployed soldiers to Chad to
    /// help the Central African country").
    fn described_country(&self, w: usize, memory: &DocMemory) -> Option<Actor> {
        let t = self.tree;
        let kids = t.children(w);
        // "Mulino said his country would not renew": the state of the
        // person the pronoun stands for.
        if matches!(t.lemma[w].as_str(), "country" | "nation") && self.mentions.cover[w].is_none() {
            if let Some(p) = kids.iter().copied().find(|&c| {
                t.full_rel(c) == "nmod:poss" && matches!(t.lower[c].as_str(), "his" | "her")
            }) {
                let a = self.visitor_of_pronoun(p, &[])?;
                let (country, _) = dyad_event::split_actor_code(&a.code);
                if country.len() != 3 || matches!(country, "IGO" | "NGO" | "IMG" | "MNC") {
                    return None;
                }
                return Some(Actor {
                    code: country.to_string(),
                    head: w,
                    lo: p,
                    hi: w,
                    kind: ActorKind::Country,
                    ..a
                });
            }
        }
        if !matches!(
            t.lemma[w].as_str(),
            "country" | "nation" | "state" | "kingdom" | "republic" | "archipelago" | "island"
        ) || self.mentions.cover[w].is_some()
            || !kids.iter().any(|&c| t.lower[c] == "the")
            || !kids
                .iter()
                .any(|&c| matches!(t.rel(c), "amod" | "compound"))
        {
            return None;
        }
        let lo = kids.iter().copied().chain([w]).min().unwrap_or(w);
        let words = (lo..w)
            .map(|i| t.lower[i].as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let members = region_members(&words);
        // (A national adjective names its own state, unless it is part of
        // a region's name: "the Indian Ocean archipelago"; "the South Korean
        // island" is South Korea's.)
        if members.is_none()
            && kids.iter().any(|&c| {
                self.mentions.cover[c].is_some_and(|mi| {
                    let m = &self.mentions.matches[mi];
                    matches!(m.hit, MatchKind::CountryAdj(_))
                })
            })
        {
            return None;
        }
        // (Not the state of the clause's own subject when the description
        // sits in its object: "Australia pledging 200 million Australian
        // dollars to boost the Pacific nation's police force".)
        let own = if t.rel(w) == "nsubj" {
            Vec::new()
        } else {
            let mut x = t.head(w);
            let mut own = Vec::new();
            for _ in 0..8 {
                let Some(v) = x else { break };
                if t.upos(v) == "VERB" {
                    if let Some(s) = t.kid(v, "nsubj") {
                        own = self
                            .np_actors(s)
                            .iter()
                            .map(|a| dyad_event::split_actor_code(&a.code).0.to_string())
                            .collect::<Vec<_>>();
                        break;
                    }
                    if matches!(t.rel(v), "ccomp" | "parataxis") || t.head(v).is_none() {
                        break;
                    }
                }
                x = t.head(v);
            }
            own
        };
        let in_region = |code: &str| {
            let state = dyad_event::split_actor_code(code).0;
            members.is_none_or(|ms| ms.contains(&state)) && !own.iter().any(|o| o == state)
        };
        // (A state's adjective counts when the description names a region:
        // "Maldivian Foreign Minister ... the Indian Ocean archipelago".)
        let named = self.last_state_before(lo, members.is_some(), &in_region);
        let (code, text) = match named {
            Some((code, start)) => (code, t.words[start].form.clone()),
            None => {
                let (code, _, text) = memory
                    .recent
                    .iter()
                    .rev()
                    .find(|(c, k, _)| *k == ActorKind::Country && in_region(c))?;
                (code.clone(), text.clone())
            }
        };
        Some(Actor {
            code,
            head: w,
            lo,
            hi: w,
            kind: ActorKind::Country,
            from_coref: Some(text),
        })
    }

    /// "the two leaders", "the two governments", "both sides", "the two":
    /// the last two parties of different states named before them (in the
    /// sentence, then in the document).
    fn pair_coref(&self, w: usize, memory: &DocMemory) -> Vec<Actor> {
        let t = self.tree;
        if !is_pair_phrase(t, w) {
            return Vec::new();
        }
        let kids = t.children(w);
        let lo = kids.iter().copied().chain([w]).min().unwrap_or(w);
        let mut found: Vec<Actor> = Vec::new();
        let mut codes: Vec<String> = Vec::new();
        // Earlier in the sentence: the parties of the clauses before it
        // (subjects and their conjuncts first, then objects and "with"
        // phrases, in order), then anything else, nearest first.
        let mut heads: Vec<(usize, usize)> = Vec::new(); // (rank, word)
        for (order, m) in self.mentions.matches.iter().enumerate().rev() {
            if m.end > lo {
                continue;
            }
            let mut x = m.start;
            while let Some(h) = t.head(x) {
                if h >= lo || !np_internal(t.rel(x), t.full_rel(x)) || t.full_rel(x) == "nmod" {
                    break;
                }
                x = h;
            }
            // (Not places: "met Hichilema in Beijing"; except the capital a
            // visitor arrives in: "arrived in Dushanbe ..., and the two
            // sides signed 27 agreements".)
            let case = t.case_of(x);
            let arrived_in = case.as_deref() == Some("in")
                && t.head(x).is_some_and(|h| {
                    matches!(t.lemma[h].as_str(), "arrive" | "land")
                        && matches!(self.mentions.matches[order].hit, MatchKind::Capital(_))
                });
            if !arrived_in
                && matches!(
                    case.as_deref(),
                    Some("in" | "at" | "near" | "from" | "across" | "inside" | "outside")
                )
            {
                continue;
            }
            // (Nor a place named inside a place phrase: "in the Saudi city
            // of Jeddah".)
            let mut y = x;
            let mut in_place = false;
            for _ in 0..3 {
                if t.rel(y) != "nmod" {
                    break;
                }
                let Some(h) = t.head(y) else { break };
                if matches!(
                    t.case_of(h).as_deref(),
                    Some("in" | "at" | "near" | "inside" | "outside")
                ) && matches!(
                    t.lemma[h].as_str(),
                    "city"
                        | "town"
                        | "capital"
                        | "village"
                        | "port"
                        | "region"
                        | "province"
                        | "resort"
                ) {
                    in_place = true;
                    break;
                }
                y = h;
            }
            if in_place {
                continue;
            }
            let mut role = x;
            while t.rel(role) == "conj" {
                match t.head(role) {
                    Some(h) => role = h,
                    None => break,
                }
            }
            let rank = match t.rel(role) {
                "nsubj" => 0,
                "obj" | "iobj" => 1,
                "obl" if matches!(case.as_deref(), Some("with") | None) => 1,
                _ => 2,
            };
            let key = if rank == 2 {
                9_999 - order.min(9_999)
            } else {
                m.start
            };
            if !heads.iter().any(|&(_, y)| y == x) {
                heads.push((rank * 10_000 + key.min(9_999), x));
            }
        }
        heads.sort();
        let distinct = |codes: &[String], code: &str| {
            let (c, a) = dyad_event::split_actor_code(code);
            !c.is_empty()
                && codes.iter().all(|o| {
                    let (oc, oa) = dyad_event::split_actor_code(o);
                    oc != c || (!a.is_empty() && !oa.is_empty() && oa != a)
                })
        };
        for (_, x) in heads {
            for a in self.np_actors(x) {
                if found.len() == 2 || !distinct(&codes, &a.code) {
                    continue;
                }
                codes.push(a.code.clone());
                let text = phrase_text(t, a.lo, a.hi);
                found.push(Actor {
                    head: w,
                    lo,
                    hi: w,
                    from_coref: Some(text),
                    ..a
                });
            }
        }
        // Then the document.
        for (code, kind, text) in memory.recent.iter().rev() {
            if found.len() == 2 {
                break;
            }
            if !distinct(&codes, code) {
                continue;
            }
            codes.push(code.clone());
            found.push(Actor {
                code: code.clone(),
                head: w,
                lo,
                hi: w,
                kind: *kind,
                from_coref: Some(text.clone()),
            });
        }
        if found.len() == 2 {
            found
        } else {
            Vec::new()
        }
    }

    /// An object pronoun, or "its neighbour", that stands for a party named
    /// before it in the same sentence: "expelled three French diplomats,
    /// accusing them of spying", "barred Evo Morales from entering, accusing
    /// him of meddling", "Algeria cut relations with Morocco, accusing its
    /// neighbour of hostile acts". It is never the subject of its own clause
    /// (that would be "themselves"), nor, for a neighbour, of its state.
    /// ("It" is left alone: "signed a deal with Gazprom allowing it to buy
    /// more gas" is Hungary.)
    fn sentence_coref(&self, w: usize) -> Option<Actor> {
        use ActorKind::*;
        let t = self.tree;
        if !matches!(t.rel(w), "obj" | "iobj" | "obl" | "nmod") {
            return None;
        }
        let neighbour = matches!(t.lemma[w].as_str(), "neighbour" | "neighbor")
            && t.kids(w, "nmod")
                .any(|k| matches!(t.lower[k].as_str(), "its" | "their"));
        let want: &[ActorKind] = match t.lower[w].as_str() {
            "him" | "her" => &[Person, Agent],
            "them" => &[Agent, Group, Organisation],
            // "severed ties with Qatar, accusing it of supporting
            // terrorism": a state or body, after verbs aimed at someone
            // other than their subject.
            "it" if t
                .head(w)
                .is_some_and(|h| AIMED_AT_OTHERS.contains(&t.lemma[h].as_str())) =>
            {
                &[Country, Group, Organisation]
            }
            _ if neighbour => &[Country, Agent],
            _ => return None,
        };
        // The subject of the pronoun's clause, or of the clause a participle
        // or infinitive hangs from.
        let mut x = t.head(w)?;
        let subject = loop {
            if let Some(s) = t.kid(x, "nsubj") {
                break Some(s);
            }
            if !matches!(t.rel(x), "advcl" | "xcomp" | "conj" | "acl") {
                break None;
            }
            x = t.head(x)?;
        };
        let subject_country: Option<String> = subject.and_then(|s| {
            self.np_actors(s)
                .first()
                .map(|a| dyad_event::split_actor_code(&a.code).0.to_string())
        });
        for m in self.matches_before(w) {
            let mut x = m.end - 1;
            while let Some(h) = t.head(x) {
                if h >= w || !np_internal(t.rel(x), t.full_rel(x)) || t.full_rel(x) == "nmod" {
                    break;
                }
                x = h;
            }
            let mut top = x;
            while t.rel(top) == "conj" {
                top = t.head(top)?;
            }
            if Some(top) == subject
                || matches!(
                    t.case_of(x).as_deref(),
                    Some("in" | "at" | "near" | "from" | "across" | "inside" | "outside")
                )
            {
                continue;
            }
            for a in self.np_actors(x) {
                let plural = t.words[a.head].xpos.ends_with('S');
                let agrees = match (t.lower[w].as_str(), a.kind) {
                    ("them", Agent) => plural,
                    ("him" | "her", Agent) => !plural,
                    _ => true,
                };
                let (country, _) = dyad_event::split_actor_code(&a.code);
                if !want.contains(&a.kind)
                    || !agrees
                    || (neighbour && subject_country.as_deref() == Some(country))
                {
                    continue;
                }
                return Some(self.as_coref(a, w));
            }
        }
        None
    }

    /// The dictionary matches that end before word `w`, nearest first.
    fn matches_before(&self, w: usize) -> Vec<&PhraseMatch> {
        let mut found: Vec<&PhraseMatch> = self
            .mentions
            .matches
            .iter()
            .filter(|m| m.end <= w)
            .collect();
        found.sort_by_key(|m| std::cmp::Reverse(m.start));
        found
    }

    /// Actor `a` as the referent of the pronoun at word `w`.
    fn as_coref(&self, a: Actor, w: usize) -> Actor {
        let t = self.tree;
        let text = phrase_text(t, a.lo, a.hi);
        Actor {
            head: w,
            lo: w,
            hi: w,
            from_coref: Some(text),
            ..a
        }
    }

    /// Whose "his visit to Ulaanbaatar" it is: the nearest person (or, for
    /// "its" and "their", any actor) named before the possessive pronoun at
    /// `w` who is not of a country in `hosts` (no one visits his own
    /// country). "Mongolia did not arrest Putin during his visit to
    /// Ulaanbaatar" is Putin's visit.
    pub(crate) fn visitor_of_pronoun(&self, w: usize, hosts: &[&str]) -> Option<Actor> {
        use ActorKind::*;
        let t = self.tree;
        let want: &[ActorKind] = match t.lower[w].as_str() {
            "his" | "her" => &[Person, Agent],
            "its" | "their" => &[Person, Agent, Country, Group, Organisation],
            _ => return None,
        };
        self.earlier_actor(w, want, &|a| {
            !hosts.contains(&dyad_event::split_actor_code(&a.code).0)
        })
    }

    /// The nearest actor of a kind in `want` named before word `w` in the
    /// sentence that passes `keep`, as the referent of `w`.
    fn earlier_actor(
        &self,
        w: usize,
        want: &[ActorKind],
        keep: &dyn Fn(&Actor) -> bool,
    ) -> Option<Actor> {
        self.matches_before(w)
            .into_iter()
            .flat_map(|m| self.np_actors(m.end - 1))
            .find(|a| want.contains(&a.kind) && keep(a))
            .map(|a| self.as_coref(a, w))
    }

    /// The country code and first word of the last state named (by name or
    /// capital, and by adjective when `adjectives`) before word `end` whose
    /// code passes `keep`.
    fn last_state_before(
        &self,
        end: usize,
        adjectives: bool,
        keep: &dyn Fn(&str) -> bool,
    ) -> Option<(String, usize)> {
        self.mentions
            .matches
            .iter()
            .filter(|m| m.end <= end)
            .filter_map(|m| {
                let state = match m.hit {
                    MatchKind::Capital(_) => true,
                    MatchKind::Actor(id) => self.lex.entry(id).kind == EntryKind::Country,
                    MatchKind::CountryAdj(_) => adjectives,
                    _ => false,
                };
                let (code, _) = self.code_of_match(m).filter(|_| state)?;
                keep(&code).then(|| (dyad_event::split_actor_code(&code).0.to_string(), m.start))
            })
            .max_by_key(|(_, start)| *start)
    }

    fn coref(&self, w: usize, memory: &DocMemory) -> Option<Actor> {
        let t = self.tree;
        let lower = t.lower[w].as_str();
        let want: &[ActorKind] = match lower {
            "he" | "she" | "him" | "her" => &[ActorKind::Person],
            "it" | "its" => &[
                ActorKind::Country,
                ActorKind::Organisation,
                ActorKind::Agent,
                ActorKind::Group,
            ],
            "they" | "them" => &[
                ActorKind::Group,
                ActorKind::Agent,
                ActorKind::Organisation,
                ActorKind::Country,
            ],
            _ => {
                // Definite descriptions: "the country", "the group", "the ministry".
                let has_the = t.children(w).iter().any(|&c| t.lower[c] == "the");
                if !has_the
                    || t.children(w)
                        .iter()
                        .any(|&c| t.rel(c) == "amod" || t.rel(c) == "compound")
                {
                    return None;
                }
                // "Armoured vehicles led by army commander Juan Jose Zuniga
                // rammed the palace doors, and police arrested the general":
                // a bare title is the person named before it in the
                // sentence who holds that kind of office.
                if let Some(role) = self.mentions.cover[w]
                    .and_then(|mi| self.agent_of_match(&self.mentions.matches[mi]))
                    .filter(|_| matches!(t.rel(w), "obj" | "nsubj:pass" | "iobj"))
                {
                    let role = role.get(..3).unwrap_or("").to_string();
                    let found = self.earlier_actor(w, &[ActorKind::Person], &|a| {
                        dyad_event::split_actor_code(&a.code).1.starts_with(&role)
                    });
                    if found.is_some() {
                        return found;
                    }
                }
                match t.lemma[w].as_str() {
                    "country" | "nation" | "state" => &[ActorKind::Country],
                    "group" | "movement" | "militia" | "organization" | "organisation" => {
                        &[ActorKind::Group, ActorKind::Organisation]
                    }
                    "ministry" | "government" | "official" | "delegation" => {
                        &[ActorKind::Agent, ActorKind::Country]
                    }
                    "bloc" | "alliance" => &[ActorKind::Organisation],
                    "lender" | "bank" | "company" | "firm" | "airline" | "carrier" => {
                        &[ActorKind::Organisation, ActorKind::Agent]
                    }
                    "island" | "kingdom" | "republic" => &[ActorKind::Country],
                    _ => return None,
                }
            }
        };
        // "urging the bloc to speed up production", "accusing the lender
        // of helping Russia": an object description may name an actor
        // before it in the sentence (not the subject of its own clause).
        // (And a subject: "Israeli jets struck Hezbollah targets, and the
        // group fired rockets".)
        let object = matches!(
            t.rel(w),
            "obj" | "iobj" | "obl" | "nmod" | "nsubj" | "nsubj:pass"
        );
        // ("threatened to reimpose sanctions on the country": not the
        // threatener's own country either.)
        let country_only = want == [ActorKind::Country];
        if object && t.upos(w) == "NOUN" && (!country_only || t.rel(w) != "nsubj") {
            let mut x = t.head(w);
            let mut subject = None;
            // ("pledging 200 million dollars to boost the Pacific nation's
            // police force": a state described as the possessor of an
            // object is not the subject's own either.)
            let mut nominal_steps = 0;
            while let Some(v) = x {
                if let Some(s) = t.kid(v, "nsubj") {
                    subject = Some(s);
                    break;
                }
                let climb_nominal = country_only
                    && nominal_steps < 3
                    && matches!(t.rel(v), "obj" | "nmod" | "obl")
                    && t.upos(v) == "NOUN";
                if climb_nominal {
                    nominal_steps += 1;
                } else if !matches!(t.rel(v), "advcl" | "xcomp" | "conj" | "acl") {
                    break;
                }
                x = t.head(v);
            }
            let own: Vec<String> = subject
                .map(|s| self.np_actors(s).iter().map(|a| a.code.clone()).collect())
                .unwrap_or_default();
            let business = want == [ActorKind::Organisation, ActorKind::Agent];
            // ("the group" is Hezbollah, not the city of Sidon named after
            // it: a place is a bare state code.)
            let group = want == [ActorKind::Group, ActorKind::Organisation];
            let state = |c: &str| dyad_event::split_actor_code(c).0.to_string();
            let own_states: Vec<String> = own.iter().map(|c| state(c)).collect();
            let found = self.earlier_actor(w, want, &|a| {
                !own.contains(&a.code)
                    && (!country_only
                        || (!own_states.is_empty()
                            && a.code.len() == 3
                            && !own_states.contains(&state(&a.code))))
                    && (!business || a.code.ends_with("BUS") || a.kind == ActorKind::Organisation)
                    && (!group || a.kind == ActorKind::Group || a.code.len() > 3)
            });
            if found.is_some() {
                return found;
            }
        }
        // "Xi arrived in Seoul and held talks with President Park; he has
        // yet to visit North Korea": a subject "he" or "she" in a later
        // clause is the person who is the subject of a clause above it,
        // not the person named last.
        if matches!(lower, "he" | "she") && t.rel(w) == "nsubj" {
            let mut x = t.head(w);
            while let Some(v) = x {
                if let Some(s) = t.kid(v, "nsubj").filter(|&s| s < w) {
                    if let Some(a) = self
                        .np_actors(s)
                        .into_iter()
                        .find(|a| a.kind == ActorKind::Person)
                    {
                        return Some(self.as_coref(a, w));
                    }
                }
                x = t.head(v);
            }
        }
        // "the country" is the state named last before it in the sentence
        // ("pledged Ankara's help in rebuilding the country", after "Syria's
        // new leader"), else in the document.
        if want == [ActorKind::Country] {
            if let Some((code, start)) = self.last_state_before(w, false, &|_| true) {
                return Some(Actor {
                    code,
                    head: w,
                    lo: w,
                    hi: w,
                    kind: ActorKind::Country,
                    from_coref: Some(t.words[start].form.clone()),
                });
            }
        }
        let (code, kind, text) = memory.find(want)?;
        Some(Actor {
            code: code.clone(),
            head: w,
            lo: w,
            hi: w,
            kind: *kind,
            from_coref: Some(text.clone()),
        })
    }
}
