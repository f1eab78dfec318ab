//! Post-parse repairs: a few cheap, general rules of English syntax applied to
//! the greedy parser's output, for errors that break UD well-formedness (a
//! verb coordinated with a noun phrase, a passive subject without a passive
//! auxiliary, two subjects on one predicate, `obl` under a noun, `case` on a
//! verb) and so mislead the event coder downstream.
//!
//! Each rule was kept only if it improved UAS or LAS on UD English EWT dev,
//! measured one rule at a time (dev, percentage points; LAS on universal
//! relations, "full" with subtypes):
//!
//! | rule                                | UAS    | LAS    | LAS full |
//! |-------------------------------------|--------|--------|----------|
//! | [`case_on_verb_to_nominal`]         | +0.004 | +0.004 | +0.004   |
//! | [`verb_conjunct_of_noun`]           | +0.008 | +0.008 | +0.008   |
//! | [`subject_with_case`]               | 0      | +0.004 | +0.004   |
//! | [`passive_subject_without_auxiliary`] | 0    | 0      | +0.008   |
//! | [`obl_of_nominal`]                  | 0      | +0.012 | +0.012   |
//! | [`case_or_mark_by_head`]            | 0      | +0.004 | +0.004   |
//! | all                                 | +0.012 | +0.032 | +0.040   |
//! | [`clause_read_as_noun_phrase`], on top of the others and of the trailing-attribution split | +0.004 | +0.004 | |
//! | [`subordinator_read_as_preposition`], on top of all the above and the "according to" split | +0.008 | +0.008 | |
//! | [`predicate_read_into_relative_clause`] (never fires on EWT dev: web text seldom has "X, which …, did …") | 0 | 0 | |
//! | session 4, each on top of the above: [`reduced_relative_read_as_predicate`], [`infinitive_read_as_noun`], [`agent_without_by`], the intransitive case of [`clause_read_as_noun_phrase`] (none fires on EWT dev; written for news) | 0 | 0 | |
//! | [`listed_subjects`] | +0.012 | +0.012 | |
//! | [`agent_read_into_oblique`] and the subject-less case of [`subordinator_read_as_preposition`] | +0.008 | +0.008 | |
//! | [`relative_clause_read_as_clause`] | +0.020 | +0.020 | |
//! | [`contact_relative_read_as_clause`] | +0.012 | +0.012 | |
//! | [`preposition_read_as_marker`], [`verb_read_as_modifier_after_and`] (never fire on EWT dev) | 0 | 0 | |
//! | [`coordination_read_as_compound`] (first noun a common noun) | +0.056 | +0.052 | |
//! | [`that_read_as_relative_pronoun`] | -0.004 | +0.008 | |
//! | [`subject_of_a_non_predicate`] (never fires on EWT dev) | 0 | 0 | |
//! | [`coordinated_adverbs_read_as_predicate`], [`adjective_list_read_as_complement`], [`conjunct_split_from_its_name`] (never fire on EWT dev; PETRARCH's reparsed unit tests 227 → 231) | 0 | 0 | |
//! | session 5: [`bare_agent_read_as_object`] (never fires on EWT dev; news: "guards detained President Mohamed Bazoum" read as a passive) | 0 | 0 | |
//! | session 5: [`conjunct_read_at_its_modifier`] (never fires on EWT dev; "Goita and Russian President Vladimir Putin"), [`conjunct_of_a_name_part`] (names only: "Kassym-Jomart Tokayev and Vladimir Putin") | +0.004 | +0.004 | |
//! | session 5: [`name_after_a_conjoined_title`] ("Modi and his counterpart Sheikh Hasina"), the coordinated-verbs case of [`clause_read_as_noun_phrase`] ("protesters stormed and torched the consulate"; neither fires on EWT dev) | 0 | 0 | |
//! | session 5: [`adjective_read_as_root`] (demonyms only; never fires on EWT dev: "Serbian President Aleksandar Vucic thanked …" with "Serbian" the root) | 0 | 0 | |
//! | session 5: [`object_with_case`] ("supplied Afghanistan with 1 million tonnes of fuel": an `obj` with a preposition is an `obl`) | 0 | +0.004 | |
//! | session 5: [`object_of_a_noun`] (across a count: "called up a record 300,000 reservists"), [`speech_conjunct_read_into_complement`] ("said Iran had made a mistake and vowed that …"), the perfect case of [`verb_read_as_modifier_after_and`] (none fires on EWT dev) | 0 | 0 | |
//! | session 5: [`participle_read_as_predicate`] ("an aircraft carrying aid landed in Kabul" with "carrying" the verb; never fires on EWT dev) | 0 | 0 | |
//! | session 5: [`perfect_read_as_possession`] (verbs whose participle is their base form only: "Iran has cut gas exports"; the general rule cost dev −0.012 on "have limited time") | 0 | 0 | |
//! | session 5: [`report_read_as_relative_of_its_date`] ("said on Tuesday it had deported …"; never fires on EWT dev) | 0 | 0 | |
//! | session 5: [`name_split_by_a_relative_clause`] ("Wang Yi arrived" with "Wang" the root), the "and" case of [`listed_subjects`] ("The United States and Britain carried out"; neither fires on EWT dev) | 0 | 0 | |
//! | session 6: two cases of [`clause_read_as_noun_phrase`]: a reported clause (`ccomp`) with an intransitive participle ("Indian and Chinese troops clashed along the border, the army said"), and an object read as a bare oblique after "dead" ("troops shot dead five Palestinians"); neither fires on EWT dev | 0 | 0 | |
//! | session 6: [`accused_of_read_as_modifiers`] ("Ukraine accused Russia of attacking civilians" with "Russia" a modifier of "civilians"; never fires on EWT dev) | 0 | 0 | |
//! | session 7: [`dependent_of_punctuation`] ("seized power on Monday, detaining ..." with the participle hung from the comma) | +0.060 | +0.032 | |
//! | session 7: [`dependent_of_function_word`] (a word hung from a preposition, determiner, conjunction or auxiliary goes to its head) | +0.016 | −0.004 | |
//! | session 7: [`preposition_read_as_head`] ("agreements with President Tayyip Erdogan" with "with" the head) | +0.008 | +0.008 | |
//! | session 7: [`of_phrase_read_as_oblique`] ("The first contingent of 400 Kenyan police officers arrived" with "officers" the verb's oblique), run last | +0.008 | +0.008 | |
//! | session 7: [`hyphenated_participle_misread`] ("Saudi-led warplanes", "army-aligned government": the word before the hyphen a `compound` of the participle, the participle an `amod`) | 0 | +0.008 | |
//! | session 7: [`complementizer_read_as_subject`] ("demanded on Wednesday that Kosovo pull ..." with "that" a second subject and the clause a relative clause of the verb; never fires on EWT dev in this form) | 0 | 0 | |
//! | session 7: [`subject_read_as_root`] ("Turkish tanks rolled across the border" with "tanks" the root) | +0.012 | +0.012 | |
//! | session 7, none fires on EWT dev (written for news in the dev gold sets): [`demonym_read_as_head`] ("Turkish Foreign Minister Mevlut Cavusoglu and his Libyan counterpart ... signed" with "Turkish" the subject), [`first_subject_read_under_adjective`] (the other shape of [`adjective_read_as_root`]), the vocative and name-before-title cases of [`listed_subjects`] ("Uzbekistan, Pakistan and Afghanistan signed", "Maldives President Mohamed Muizzu"), [`possessor_on_a_verb`], [`participle_phrase_read_as_predicate`] ("personnel armed with knives rammed ..."), [`object_read_as_conjunct`] ("rammed and boarded Philippine boats"), [`date_read_as_subject`] ("a resolution on Sunday demanding ..."), "between" in [`object_with_case`] | 0 | 0 | |
//! | session 8, none fires on EWT dev (written for news in the dev gold sets): [`subject_read_as_fixed`] (", as police fired ..." with "police" a `fixed` of "as"), [`demonym_read_as_complement`] ("received Iraqi Prime Minister ..." with "Iraqi" an `xcomp`), [`participle_read_as_modifier`] (", drawing condemnation from ..." with "drawing" an `amod`), [`preposition_to_read_as_clause`] ("a visit to Beijing" with "to" an `acl`), [`prepositional_phrase_read_as_conjunct`] ("to Beijing by Indian Prime Minister ..." with the by-phrase a `conj`), [`name_read_as_second_subject`] ("Leaders of the West African bloc ECOWAS imposed ..." with "ECOWAS" a second `nsubj`) | 0 | 0 | |
//! | session 9, none fires on EWT dev (written for news in the dev gold sets): [`conjunct_without_conjunction`] ("Joe Biden and Vietnamese Communist Party chief Nguyen Phu Trong" with "Party" and "Nguyen" both conjuncts), [`participle_complement_read_as_clause`] ("a court ordered Istanbul Mayor Ekrem Imamoglu jailed" with the name the participle's subject), [`possessor_read_as_root`] ("Sudan's army-aligned government cut ..." with "Sudan" the root), [`infinitive_complement_read_as_purpose`] ("agreed in Ankara on Wednesday to begin talks" with the infinitive an `advcl`), [`coordinated_subject_read_as_root`] ("Israel and the United Arab Emirates agreed ..." with "Israel" the root) | 0 | 0 | |
//! | session 10, none fires on EWT dev (written for news in the dev gold sets): [`subject_read_as_conjunct_of_oblique`] ("At a ceremony hosted by Trump on Friday, Aliyev and Pashinyan signed ..." with the names conjuncts of "Friday"), the apposition case of [`demonym_read_as_head`] ("Colombian President Juan Manuel Santos and FARC commander Rodrigo Londono, better known as ..., signed" with "Colombian" an `advmod` of the verb), the `obj` case of [`subject_read_as_fixed`] ("on Tuesday as thousands marched" with "thousands" the object of "as") | 0 | 0 | |
//! | session 10: [`case_on_a_compound`] ("to Burkina Faso" with "to" under "Burkina") | +0.004 | +0.004 | |
//! | session 10, none fires on EWT dev: [`list_member_read_as_apposition`] ("to Mali, Burkina Faso and Somalia" with "Burkina" an `appos` of "Mali") | 0 | 0 | |
//! | session 11: the labeller gives `punct` to punctuation only (in `parser.rs`: a word it calls `punct` takes its next best relation) | +0.008 | +0.012 | |
//! | session 11: [`name_part_across_conjunct`] ("Nicolas Maduro and Guyanese President Irfaan Ali" with "Irfaan" `flat` under "Nicolas"; without a title, "Quinn, Sarah Mulholland", the surname goes under the first name) | +0.008 | +0.012 | |
//! | session 11: [`noun_conjunct_of_verb`] ("mediated by Qatar, Egypt and the United States" with "States" a conjunct of the verb) | +0.004 | +0.004 | |
//! | session 11: the finite-`acl` case of [`subordinator_read_as_preposition`] ("before the two leaders held talks" with "held" an `acl` of "leaders") | +0.008 | +0.008 | |
//! | session 11: [`adverbial_clause_of_noun`] (an `advcl` hung on a noun that heads no clause; not "accused X of …-ing", whose act the coder reads under the accused) | +0.024 | +0.020 | |
//! | session 11, none fires on EWT dev (written for news in the dev gold sets): [`coordinated_titled_names`] ("Chilean President Gabriel Boric and Argentine President Javier Milei" rebuilt as two name phrases), the subordinated case of [`conjunct_read_at_its_modifier`] ("as Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki met"), [`list_read_as_oblique`], [`subordinate_clause_read_as_root`], [`following_read_as_modifier`], [`comma_time_phrase_read_as_nmod`], [`count_read_as_head_of_phrase`], [`visiting_read_as_clause`], [`object_control_infinitive_read_as_relative`] (not a quoted title: dev −0.004 without that check), [`verb_read_as_modifier_of_its_object`], [`bare_name_read_as_oblique`], the reported-clause case of [`subject_read_as_root`], the adverb case of [`demonym_read_as_head`], the apposition case of [`participle_complement_read_as_clause`] | 0 | 0 | |
//! | session 12: the gerund case of [`hyphenated_participle_misread`] ("a military intelligence-sharing agreement", "thought-provoking") | +0.048 | +0.044 | |
//! | session 12: irregular participles in [`hyphenated_participle_misread`] ("earthquake-hit"), with the phrase's preposition and determiner moved to the noun | +0.004 | +0.004 | |
//! | session 12, none fires on EWT dev (written for news in the dev gold sets): [`reduced_relative_read_as_adverbial`] and the `advcl` case of [`reduced_relative_read_as_predicate`] ("Fighters linked to Islamic State attacked a camp"; not across a subordinator: [`subordinator_between`]), [`past_conjunct_of_nonfinite`] ("began a visit, seeking to raise trade ..., and signed agreements"), [`contact_relative_read_as_modifier`] ("an agreement the two governments signed"), [`contact_relative_read_as_two_subjects`] ("..., a visit European Union leaders criticised"), [`apposition_read_as_subject`] ("Iraq's national security adviser, Qasim al-Araji, and Iran's Ali Shamkhani signed"), [`participle_between_count_and_noun`] ("released two detained Americans"), the participle-with-object and plural-subject cases of [`subordinator_read_as_preposition`] ("hours after the group fired(VBN) a barrage", "as U.S. sanctions squeeze(VB) Iran's economy") | 0 | 0 | |
//! | session 9: the `xcomp` case of [`participle_read_as_predicate`] ("A Chinese plane carrying 31 tonnes of supplies landed in Rome" with "landed" an `xcomp` of "carrying") | 0 | 0 | |
//! | session 5: the demonym case of [`listed_subjects`] ("Kenyan police opened fire" with "Kenyan" a second subject; changes one dev token, which was wrong before and after) and the name-subject case of [`contact_relative_read_as_clause`] ("the wheat Russia pledged") | 0 | 0 | |
//!
//! A rule that moves a word does so only if the tree stays a tree and, when
//! it was projective, stays projective. Rules look only at the words that
//! trigger them, so their cost is lost in the noise of parse time.

use crate::types::Word;

/// Words as the repairs see them: `words[i]` has id `i + 1`, head 0 = root.
type Words = [Word];

/// The words' heads and relations, to restore with [`restore_unless_tree`].
fn arcs(words: &Words) -> Vec<(usize, String)> {
    words.iter().map(|w| (w.head, w.deprel.clone())).collect()
}

/// Undo a rule's moves (back to `saved`) unless the words still form one
/// projective tree with a single root.
fn restore_unless_tree(words: &mut Words, saved: Vec<(usize, String)>) {
    let n = words.len();
    let roots = (1..=n).filter(|&k| words[k - 1].head == 0).count();
    let cyclic = (1..=n).any(|k| words[k - 1].head != 0 && dominates(words, k, words[k - 1].head));
    if roots != 1 || cyclic || !is_projective(words) {
        for (w, (h, d)) in words.iter_mut().zip(saved) {
            w.head = h;
            w.deprel = d;
        }
    }
}

/// Word `c` takes word `r`'s place (head and relation), `r` hangs from
/// `under` as `rel`, and `r`'s other dependents go to `c`.
fn promote(words: &mut Words, r: usize, c: usize, under: usize, rel: &str) {
    words[c - 1].head = words[r - 1].head;
    words[c - 1].deprel = words[r - 1].deprel.clone();
    words[r - 1].head = under;
    words[r - 1].deprel = rel.to_string();
    for k in 1..=words.len() {
        if k != c && k != r && words[k - 1].head == r {
            words[k - 1].head = c;
        }
    }
}

/// Apply every repair rule, in order (moves before relabelling, so that a
/// moved word gets the label its new head calls for).
pub(crate) fn repair(words: &mut Words) {
    for rule in RULES {
        rule(words);
    }
}

/// The kept rules, in the order they run.
const RULES: &[fn(&mut Words)] = &[
    hyphenated_participle_misread,
    complementizer_read_as_subject,
    dependent_of_punctuation,
    preposition_read_as_head,
    dependent_of_function_word,
    coordinated_titled_names,
    visiting_read_as_clause,
    possessor_on_a_verb,
    date_read_as_subject,
    participle_phrase_read_as_predicate,
    subject_read_as_root,
    possessor_read_as_root,
    coordinated_subject_read_as_root,
    subject_read_as_conjunct_of_oblique,
    subject_read_as_fixed,
    demonym_read_as_complement,
    participle_read_as_modifier,
    name_read_as_second_subject,
    participle_complement_read_as_clause,
    infinitive_complement_read_as_purpose,
    preposition_to_read_as_clause,
    prepositional_phrase_read_as_conjunct,
    object_read_as_conjunct,
    accused_of_read_as_modifiers,
    demonym_read_as_head,
    name_split_by_a_relative_clause,
    perfect_read_as_possession,
    adjective_read_as_root,
    participle_read_as_predicate,
    bare_agent_read_as_object,
    clause_read_as_noun_phrase,
    predicate_read_into_relative_clause,
    reduced_relative_read_as_predicate,
    reduced_relative_read_as_adverbial,
    infinitive_read_as_noun,
    subordinator_read_as_preposition,
    subordinate_clause_read_as_root,
    following_read_as_modifier,
    case_on_verb_to_nominal,
    verb_read_as_modifier_after_and,
    verb_conjunct_of_noun,
    past_conjunct_of_nonfinite,
    noun_conjunct_of_verb,
    object_control_infinitive_read_as_relative,
    count_read_as_head_of_phrase,
    bare_name_read_as_oblique,
    verb_read_as_modifier_of_its_object,
    adverbial_clause_of_noun,
    comma_time_phrase_read_as_nmod,
    subject_with_case,
    object_with_case,
    object_of_a_noun,
    passive_subject_without_auxiliary,
    conjunct_split_from_its_name,
    name_part_across_conjunct,
    conjunct_without_conjunction,
    list_member_read_as_apposition,
    case_on_a_compound,
    conjunct_read_at_its_modifier,
    conjunct_of_a_name_part,
    speech_conjunct_read_into_complement,
    report_read_as_relative_of_its_date,
    name_after_a_conjoined_title,
    list_read_as_oblique,
    apposition_read_as_subject,
    listed_subjects,
    obl_of_nominal,
    case_or_mark_by_head,
    agent_read_into_oblique,
    relative_clause_read_as_clause,
    contact_relative_read_as_clause,
    contact_relative_read_as_modifier,
    contact_relative_read_as_two_subjects,
    participle_between_count_and_noun,
    coordinated_adverbs_read_as_predicate,
    coordination_read_as_compound,
    subject_of_a_non_predicate,
    adjective_list_read_as_complement,
    that_read_as_relative_pronoun,
    preposition_read_as_marker,
    agent_without_by,
    of_phrase_read_as_oblique,
];

const NOMINAL: &[&str] = &["NOUN", "PROPN", "PRON", "NUM"];
const SUBJECT: &[&str] = &["nsubj", "nsubj:pass", "csubj", "csubj:pass"];

fn is_nominal(w: &Word) -> bool {
    NOMINAL.contains(&w.upos.as_str())
}

/// The 1-based ids of the dependents of `h` (0 = root).
fn dependents(words: &Words, h: usize) -> impl Iterator<Item = usize> + '_ {
    words
        .iter()
        .enumerate()
        .filter(move |(_, w)| w.head == h)
        .map(|(i, _)| i + 1)
}

fn has_dependent(words: &Words, h: usize, rel: impl Fn(&str) -> bool) -> bool {
    dependents(words, h).any(|k| rel(&words[k - 1].deprel))
}

/// Whether word `h` heads a clause: the root, a verb or auxiliary, or a
/// predicate with a subject, copula, expletive or auxiliary of its own
/// ("We were on the road and the bridge was bombed": `road` heads a clause).
fn heads_clause(words: &Words, h: usize) -> bool {
    let w = &words[h - 1];
    w.head == 0
        || matches!(w.upos.as_str(), "VERB" | "AUX")
        || has_dependent(words, h, |r| {
            r.starts_with("nsubj") || r.starts_with("csubj") || matches!(r, "cop" | "expl" | "aux")
        })
}

/// Whether `a` dominates `d` (a word dominates itself; 0 dominates all).
fn dominates(words: &Words, a: usize, d: usize) -> bool {
    let mut k = d;
    // A tree has no path longer than its size; the bound guards against cycles.
    for _ in 0..=words.len() {
        if k == a {
            return true;
        }
        if k == 0 {
            return false;
        }
        k = words[k - 1].head;
    }
    false
}

fn is_projective(words: &Words) -> bool {
    let arc = |i: usize| {
        let h = words[i].head;
        let d = i + 1;
        (h.min(d), h.max(d))
    };
    (0..words.len()).all(|i| {
        let (a, b) = arc(i);
        (0..words.len()).all(|j| {
            let (c, d) = arc(j);
            !(a < c && c < b && b < d)
        })
    })
}

/// Re-attach `d` to `h` with `rel`, unless that would make a cycle or make a
/// projective tree non-projective. Returns whether it moved.
fn try_move(words: &mut Words, d: usize, h: usize, rel: &str) -> bool {
    if h == d || dominates(words, d, h) {
        return false;
    }
    let was_projective = is_projective(words);
    let old = words[d - 1].head;
    words[d - 1].head = h;
    if was_projective && !is_projective(words) {
        words[d - 1].head = old;
        return false;
    }
    if words[d - 1].deprel != rel {
        words[d - 1].deprel = rel.to_string();
    }
    true
}

/// "accused Russia of attacking civilians" read with "Russia" and
/// "attacking" as modifiers of "civilians", the verb's object: after a verb
/// of accusing, a name, "of" and a gerund are the accused, the charge's
/// marker and the charge. The name becomes the object, the gerund an
/// adverbial clause marked by "of", and the later noun the gerund's object.
fn accused_of_read_as_modifiers(words: &mut Words) {
    for v in 1..words.len() {
        if words[v - 1].upos != "VERB"
            || !matches!(
                words[v - 1].lemma.as_str(),
                "accuse" | "suspect" | "charge" | "convict" | "acquit"
            )
        {
            continue;
        }
        // The name: a run of proper nouns right after the verb.
        let mut k = v + 1;
        while k <= words.len() && words[k - 1].upos == "PROPN" {
            k += 1;
        }
        let (name, of, g) = (k - 1, k, k + 1);
        if name == v
            || g > words.len()
            || !words[of - 1].form.eq_ignore_ascii_case("of")
            || words[g - 1].xpos != "VBG"
            || words[name - 1].head == v
        {
            continue;
        }
        // Its object: the noun the parser hung the name on, if after the gerund.
        let obj = words[name - 1].head;
        if !try_move(words, name, v, "obj") {
            continue;
        }
        if !try_move(words, g, v, "advcl") {
            continue;
        }
        for n in v + 1..name {
            if !dominates(words, name, n) {
                try_move(words, n, name, "compound");
            }
        }
        try_move(words, of, g, "mark");
        if obj > g && words[obj - 1].head == v {
            try_move(words, obj, g, "obj");
        }
    }
}

/// A name split by a relative clause: "Chinese Foreign Minister Wang Yi
/// arrived in Lome" parsed with "Wang" the root and "Yi arrived" a relative
/// clause on it. Two capitalised words in a row are one name: the second
/// is part of the first, which is the verb's subject.
fn name_split_by_a_relative_clause(words: &mut Words) {
    for n in 1..words.len() {
        let s = n + 1;
        let v = words[s - 1].head;
        let cap = |w: &Word| w.form.starts_with(|c: char| c.is_uppercase());
        if !cap(&words[n - 1])
            || !matches!(words[n - 1].upos.as_str(), "NOUN" | "PROPN")
            || words[s - 1].upos != "PROPN"
            || !cap(&words[s - 1])
            || words[s - 1].deprel != "nsubj"
            || v <= s
            || words[v - 1].head != n
            || !words[v - 1].deprel.starts_with("acl")
            || dependents(words, s).next().is_some()
        {
            continue;
        }
        let (head, rel) = (words[n - 1].head, words[n - 1].deprel.clone());
        words[v - 1].head = head;
        words[v - 1].deprel = rel;
        words[n - 1].head = v;
        words[n - 1].deprel = "nsubj".to_string();
        words[n - 1].upos = "PROPN".to_string();
        words[n - 1].xpos = "NNP".to_string();
        words[s - 1].head = n;
        words[s - 1].deprel = "flat".to_string();
        for k in v + 1..=words.len() {
            if words[k - 1].head == n {
                words[k - 1].head = v;
            }
        }
        return;
    }
}

/// A perfect read as possession: "Iran has cut gas exports" parsed with
/// "has" the verb, "exports" its object and "cut" an adjective of it. A
/// participle right after "have" that modifies the object is the verb, and
/// "have" its auxiliary.
fn perfect_read_as_possession(words: &mut Words) {
    for h in 1..words.len() {
        let p = h + 1;
        // (Only verbs whose participle is their base form: "have limited
        // time" is possession.)
        if words[h - 1].lemma != "have"
            || words[h - 1].upos != "VERB"
            || words[p - 1].xpos != "VBN"
            || words[p - 1].deprel != "amod"
            || !matches!(
                words[p - 1].form.to_ascii_lowercase().as_str(),
                "cut" | "put" | "set" | "hit" | "shut" | "let" | "spread" | "cast" | "split"
            )
        {
            continue;
        }
        let o = words[p - 1].head;
        if o == 0 || words[o - 1].head != h || words[o - 1].deprel != "obj" {
            continue;
        }
        let (head, rel) = (words[h - 1].head, words[h - 1].deprel.clone());
        words[p - 1].head = head;
        words[p - 1].deprel = rel;
        words[p - 1].upos = "VERB".to_string();
        for k in 1..=words.len() {
            if words[k - 1].head == h && k != p {
                words[k - 1].head = p;
            }
        }
        words[h - 1].head = p;
        words[h - 1].deprel = "aux".to_string();
        words[h - 1].upos = "AUX".to_string();
        words[o - 1].head = p;
        return;
    }
}

/// A demonym read as the root: "Serbian President Aleksandar Vucic thanked
/// Xi" parsed with "Serbian" the root and "thanked" a clause under it. An
/// adjective without a copula or subject heads no sentence; when a verb
/// under it has a subject whose phrase starts right after the adjective,
/// the verb is the root and the adjective modifies the word after it.
fn adjective_read_as_root(words: &mut Words) {
    let Some(r) = (1..=words.len()).find(|&k| words[k - 1].head == 0) else {
        return;
    };
    if words[r - 1].upos != "ADJ"
        || !is_demonym(&words[r - 1].form)
        || r == words.len()
        || has_dependent(words, r, |x| {
            matches!(x, "cop" | "nsubj" | "nsubj:pass" | "expl")
        })
    {
        return;
    }
    let Some(v) = dependents(words, r).find(|&k| {
        k > r + 1
            && words[k - 1].upos == "VERB"
            && dependents(words, k).any(|s| {
                s > r
                    && s < k
                    && words[s - 1].deprel.starts_with("nsubj")
                    && (r + 1..s).all(|x| dominates(words, s, x))
            })
    }) else {
        first_subject_read_under_adjective(words, r);
        return;
    };
    let next = r + 1;
    if !matches!(words[next - 1].upos.as_str(), "NOUN" | "PROPN") {
        return;
    }
    words[v - 1].head = 0;
    words[v - 1].deprel = "root".to_string();
    words[r - 1].head = next;
    words[r - 1].deprel = "amod".to_string();
    for k in 1..=words.len() {
        if k != v && words[k - 1].head == r && k != r {
            words[k - 1].head = v;
        }
    }
    // A verb hung from the adjective as a relative clause is an adverbial
    // clause of the new root at most.
    for k in 1..=words.len() {
        if words[k - 1].head == v && words[k - 1].deprel.starts_with("advcl:") {
            words[k - 1].deprel = "advcl".to_string();
        }
    }
}

/// The other shape of [`adjective_read_as_root`]: "Italian Prime Minister
/// Giorgia Meloni and her Albanian counterpart Edi Rama signed a deal" with
/// "Italian" the root, the first name hung from it and only the second name
/// the verb's subject. The first name is the subject, the second its
/// conjunct, and the demonym modifies the first noun after it.
fn first_subject_read_under_adjective(words: &mut Words, r: usize) {
    let found = dependents(words, r).find_map(|v| {
        if v <= r + 1 || words[v - 1].upos != "VERB" {
            return None;
        }
        let s = dependents(words, v).find(|&s| s > r && s < v && words[s - 1].deprel == "nsubj")?;
        let n = dependents(words, r).find(|&n| {
            n > r
                && n < s
                && words[n - 1].upos == "PROPN"
                && words[s - 1].upos != "PRON"
                && (r + 1..s).all(|x| {
                    dominates(words, n, x)
                        || dominates(words, s, x)
                        || (matches!(words[x - 1].deprel.as_str(), "cc" | "punct")
                            && matches!(words[x - 1].head, h if h == v || h == s))
                })
        })?;
        let and = (n + 1..s).any(|x| words[x - 1].upos == "CCONJ" && words[x - 1].lemma == "and");
        and.then_some((v, s, n))
    });
    let Some((v, s, n)) = found else {
        return;
    };
    let Some(noun) = (r + 1..=n).find(|&k| {
        matches!(words[k - 1].upos.as_str(), "NOUN" | "PROPN") && dominates(words, n, k)
    }) else {
        return;
    };
    let saved = arcs(words);
    words[v - 1].head = 0;
    words[v - 1].deprel = "root".to_string();
    words[r - 1].head = noun;
    words[r - 1].deprel = "amod".to_string();
    for k in 1..=words.len() {
        if k != v && k != r && words[k - 1].head == r {
            words[k - 1].head = v;
        }
    }
    words[n - 1].head = v;
    words[n - 1].deprel = "nsubj".to_string();
    for x in n + 1..s {
        if words[x - 1].head == v && matches!(words[x - 1].deprel.as_str(), "cc" | "punct") {
            words[x - 1].head = s;
        }
    }
    words[s - 1].head = n;
    words[s - 1].deprel = "conj".to_string();
    restore_unless_tree(words, saved);
}

/// A demonym read as the head of the phrase it modifies, with the name it
/// describes hung from it as a conjunct: "Turkish Foreign Minister Mevlut
/// Cavusoglu and his Libyan counterpart Najla Mangoush signed" with
/// "Turkish" the subject and "Mevlut" its conjunct. The name heads the
/// phrase, and the demonym modifies its first noun.
fn demonym_read_as_head(words: &mut Words) {
    for r in 1..words.len() {
        let w = &words[r - 1];
        if w.head == 0
            || !matches!(w.upos.as_str(), "ADJ" | "PROPN")
            || !is_demonym(&w.form)
            || !matches!(
                w.deprel.as_str(),
                "nsubj" | "obj" | "obl" | "nmod" | "conj" | "appos"
            )
        {
            continue;
        }
        let Some(c) = dependents(words, r).find(|&c| {
            c > r + 1
                && matches!(words[c - 1].deprel.as_str(), "conj" | "appos")
                && words[c - 1].upos == "PROPN"
                && (r + 1..c).all(|x| {
                    dominates(words, c, x)
                        && !matches!(words[x - 1].upos.as_str(), "CCONJ" | "PUNCT")
                })
                && (r + 1..c).any(|x| matches!(words[x - 1].upos.as_str(), "NOUN" | "PROPN"))
        }) else {
            continue;
        };
        name_over_demonym(words, r, c, None);
    }
    // ("Colombian President Juan Manuel Santos and ..., signed" with
    // "Colombian" an `advmod` of the verb and the name its apposition: the
    // name is the verb's subject.)
    for r in 1..words.len() {
        let w = &words[r - 1];
        if w.deprel != "advmod"
            || !is_demonym(&w.form)
            || w.head <= r
            || words[w.head - 1].upos != "VERB"
            || has_dependent(words, w.head, |d| d.starts_with("nsubj"))
        {
            continue;
        }
        let Some(c) = dependents(words, r).find(|&c| {
            c > r + 1
                && words[c - 1].deprel == "appos"
                && words[c - 1].upos == "PROPN"
                && (r + 1..c).all(|x| dominates(words, c, x))
        }) else {
            continue;
        };
        name_over_demonym(words, r, c, Some("nsubj"));
    }
    // ("Indian Prime Minister Narendra Modi was received by ..." with
    // "Indian" an `advmod` of the verb and the rest of the phrase its
    // subject: the demonym modifies the phrase's first noun.)
    for r in 1..words.len() {
        let w = &words[r - 1];
        if w.deprel != "advmod"
            || !is_demonym(&w.form)
            || w.head <= r
            || words[w.head - 1].upos != "VERB"
            || has_dependent(words, r, |_| true)
        {
            continue;
        }
        let v = w.head;
        let k = phrase_head_after(words, r);
        if words[k - 1].head != v
            || !words[k - 1].deprel.starts_with("nsubj")
            || !(r + 1..k).all(|x| dominates(words, k, x))
        {
            continue;
        }
        let Some(noun) =
            (r + 1..=k).find(|&x| matches!(words[x - 1].upos.as_str(), "NOUN" | "PROPN"))
        else {
            continue;
        };
        if try_move(words, r, noun, "amod") {
            words[r - 1].upos = "ADJ".to_string();
            words[r - 1].xpos = "JJ".to_string();
        }
    }
}

/// The name `c` takes demonym `r`'s place (with relation `rel`, if given),
/// and the demonym modifies the phrase's first noun.
fn name_over_demonym(words: &mut Words, r: usize, c: usize, rel: Option<&str>) {
    let Some(noun) = (r + 1..=c).find(|&k| matches!(words[k - 1].upos.as_str(), "NOUN" | "PROPN"))
    else {
        return;
    };
    let saved = arcs(words);
    promote(words, r, c, noun, "amod");
    if let Some(rel) = rel {
        words[c - 1].deprel = rel.to_string();
    }
    restore_unless_tree(words, saved);
}

/// A possessor hung from a verb: "Ukraine 's foreign ministry accused
/// Mongolia" with "Ukraine" the verb's `nmod:poss`. It belongs to the noun
/// phrase between it and the verb, whose head is the last noun before the
/// verb.
fn possessor_on_a_verb(words: &mut Words) {
    for p in 1..words.len() {
        let v = words[p - 1].head;
        if v <= p + 1
            || words[p - 1].deprel != "nmod:poss"
            || !matches!(words[v - 1].upos.as_str(), "VERB" | "AUX")
        {
            continue;
        }
        if let Some(n) = (p + 1..v).rev().find(|&k| {
            matches!(words[k - 1].upos.as_str(), "NOUN" | "PROPN") && words[k - 1].head == v
        }) {
            try_move(words, p, n, "nmod:poss");
        }
    }
}

/// A present participle read as the predicate: "A Qatari aircraft carrying
/// 50 tonnes of food landed in Kabul" parsed with "carrying" the verb of
/// "aircraft" and "landed" a modifier inside its object. An "-ing" form
/// without an auxiliary is no finite predicate: it modifies its "subject",
/// and the finite verb found inside it, which lacks a subject of its own,
/// is the predicate.
fn participle_read_as_predicate(words: &mut Words) {
    for v in 2..=words.len() {
        let w = &words[v - 1];
        if w.xpos != "VBG" || w.upos != "VERB" {
            continue;
        }
        let Some(s) = dependents(words, v).find(|&k| words[k - 1].deprel == "nsubj" && k < v)
        else {
            continue;
        };
        if has_dependent(words, v, |r| matches!(r, "aux" | "cop" | "aux:pass"))
            || !matches!(words[s - 1].upos.as_str(), "NOUN" | "PROPN")
        {
            continue;
        }
        let Some(f) = (v + 1..=words.len()).find(|&k| {
            let x = &words[k - 1];
            matches!(x.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "VBN")
                && x.upos == "VERB"
                && dominates(words, v, k)
                && !has_dependent(words, k, |r| r == "aux:pass")
                && (matches!(
                    x.deprel.as_str(),
                    "acl" | "conj" | "dep" | "parataxis" | "acl:relcl"
                ) || (x.deprel == "xcomp" && !has_dependent(words, k, |r| r == "mark")))
                && !has_dependent(words, k, |r| r.starts_with("nsubj"))
                && !dependents(words, k)
                    .any(|c| matches!(words[c - 1].lemma.as_str(), "which" | "that" | "who"))
        }) else {
            continue;
        };
        let (head, rel) = (words[v - 1].head, words[v - 1].deprel.clone());
        words[f - 1].head = head;
        words[f - 1].deprel = rel;
        if words[f - 1].xpos == "VBN" {
            words[f - 1].xpos = "VBD".to_string();
        }
        words[s - 1].head = f;
        words[v - 1].head = s;
        words[v - 1].deprel = "acl".to_string();
        return;
    }
}

/// An object read as a passive agent: "guards detained President Mohamed
/// Bazoum" parsed with "detained" a passive participle and the bare noun
/// phrase after it its `obl:agent`. An agent is a "by" phrase; a noun phrase
/// with no preposition after a participle without a passive auxiliary is
/// its object, and the verb is finite. When the verb hangs as a reduced
/// relative from a noun that is the subject of a verbless root after it
/// ("Members of the guard detained X …, in what the presidency described
/// as …" with "what" the root), the verb is the predicate: the noun is its
/// subject and the old root one of its phrases.
fn bare_agent_read_as_object(words: &mut Words) {
    for a in 1..=words.len() {
        let v = words[a - 1].head;
        if words[a - 1].deprel != "obl:agent"
            || v == 0
            || a < v
            || !matches!(
                words[v - 1].deprel.as_str(),
                "root" | "acl" | "ccomp" | "conj" | "advcl" | "xcomp" | "parataxis"
            )
            || has_dependent(words, a, |r| r == "case")
            || has_dependent(words, v, |r| r == "aux:pass" || r == "obj")
        {
            continue;
        }
        words[a - 1].deprel = "obj".to_string();
        if words[v - 1].xpos == "VBN" && !has_dependent(words, v, |r| r == "aux") {
            words[v - 1].xpos = "VBD".to_string();
        }
        let n = words[v - 1].head;
        if n == 0 || n > v || words[v - 1].deprel != "acl" || words[n - 1].deprel != "nsubj" {
            continue;
        }
        let h = words[n - 1].head;
        let root = &words[h - 1];
        if root.head != 0
            || h < a
            || matches!(root.upos.as_str(), "VERB" | "AUX")
            || has_dependent(words, h, |r| r == "cop")
        {
            continue;
        }
        let rel = if has_dependent(words, h, |r| r == "case") {
            "obl"
        } else {
            "parataxis"
        };
        words[v - 1].head = 0;
        words[v - 1].deprel = "root".to_string();
        words[h - 1].head = v;
        words[h - 1].deprel = rel.to_string();
        words[n - 1].head = v;
        for k in v + 1..h {
            if words[k - 1].head == n {
                words[k - 1].head = v;
            }
        }
        if let Some(last) = words.last_mut() {
            if last.head == h && last.deprel == "punct" {
                last.head = v;
            }
        }
    }
}

/// A clause read as a noun phrase: "Israeli warplanes struck Hezbollah
/// targets" parsed as the noun `warplanes` modified by a participle `struck`.
/// Where a clause is due (the sentence's root, or a clausal complement) and
/// a noun stands there with a past-tense or participle `acl` that has an
/// object of its own (a passive participle has none), the verb is the
/// predicate, finite, and the noun its subject.
fn clause_read_as_noun_phrase(words: &mut Words) {
    for n in 1..=words.len() {
        let w = &words[n - 1];
        if !matches!(w.upos.as_str(), "NOUN" | "PROPN")
            || !(w.head == 0 || matches!(w.deprel.as_str(), "ccomp" | "root"))
        {
            continue;
        }
        // A sentence that is nothing but a noun phrase, ending in a full
        // stop, with a participle right after its head ("Indian troops
        // clashed with Chinese soldiers in Ladakh."): the participle is the
        // predicate even without an object.
        let bare_sentence = w.head == 0
            && words.last().is_some_and(|l| l.form == ".")
            && !words.iter().any(|x| x.head != 0 && x.deprel == "acl:relcl")
            && words
                .iter()
                .filter(|x| x.upos == "VERB" || x.upos == "AUX")
                .count()
                == 1;
        let Some(v) = dependents(words, n).find(|&k| {
            let x = &words[k - 1];
            k > n
                && x.deprel == "acl"
                && matches!(x.xpos.as_str(), "VBN" | "VBD")
                && (has_dependent(words, k, |r| r == "obj")
                    // "troops shot dead five Palestinians" with the object
                    // read as an oblique without a preposition
                    || dependents(words, k).any(|c| {
                        c > k
                            && words[c - 1].deprel == "obl"
                            && matches!(words[c - 1].upos.as_str(), "NOUN" | "PROPN")
                            && !has_dependent(words, c, |r| r == "case")
                            && (k + 1..c).any(|d| words[d - 1].form.eq_ignore_ascii_case("dead"))
                    })
                    // "protesters stormed and torched the consulate"
                    || dependents(words, k).any(|c| {
                        words[c - 1].deprel == "conj"
                            && matches!(words[c - 1].xpos.as_str(), "VBD" | "VBN")
                            && has_dependent(words, c, |r| r == "obj")
                    })
                    || ((bare_sentence || w.deprel == "ccomp")
                        && INTRANSITIVE.contains(&x.lemma.as_str())
                        && (k == n + 1 || of_phrase_between(words, n, k))
                        && has_dependent(words, k, |r| r == "obl" || r == "obl:agent")))
        }) else {
            continue;
        };
        let (head, rel) = (words[n - 1].head, words[n - 1].deprel.clone());
        words[v - 1].head = head;
        words[v - 1].deprel = rel;
        words[v - 1].xpos = "VBD".to_string();
        words[v - 1].upos = "VERB".to_string();
        words[n - 1].head = v;
        words[n - 1].deprel = "nsubj".to_string();
        // What followed the verb hung from the noun: it goes with the verb.
        for k in v + 1..=words.len() {
            if words[k - 1].head == n {
                words[k - 1].head = v;
            }
        }
        return;
    }
}

/// Verbs that take no object, so their participle is never passive: after
/// a noun it is the predicate ("troops clashed with ..."), unlike "soldiers
/// killed in Ukraine".
const INTRANSITIVE: &[&str] = &[
    "clash",
    "protest",
    "march",
    "rally",
    "riot",
    "gather",
    "arrive",
    "flee",
    "erupt",
    "retreat",
    "skirmish",
    "demonstrate",
    "mutiny",
    "defect",
    "collide",
];

/// Whether the words strictly between noun `n` and word `k` are one "of"
/// phrase of the noun ("Thousands [of Serbs] protested").
fn of_phrase_between(words: &Words, n: usize, k: usize) -> bool {
    dependents(words, n).any(|m| {
        words[m - 1].deprel == "nmod"
            && m < k
            && dependents(words, m).any(|c| c == n + 1 && words[c - 1].lemma == "of")
            && (n + 1..k).all(|x| dominates(words, m, x))
    })
}

/// The main verb read as a conjunct inside a relative clause: "Iran, which
/// has close ties with the Taliban, reopened its embassy" parsed with
/// `Iran` as the root, `has` its relative clause and `reopened` a conjunct
/// of `has`. When a noun is the root, a finite verb conjoined to its
/// relative clause after a comma (no conjunction) is the predicate, and the
/// noun its subject.
fn predicate_read_into_relative_clause(words: &mut Words) {
    let Some(n) = (1..=words.len()).find(|&k| words[k - 1].head == 0) else {
        return;
    };
    if !matches!(words[n - 1].upos.as_str(), "NOUN" | "PROPN") {
        return;
    }
    let Some(rel) = dependents(words, n).find(|&k| words[k - 1].deprel == "acl:relcl" && k > n)
    else {
        return;
    };
    let Some(v) = dependents(words, rel).find(|&k| {
        let w = &words[k - 1];
        k > rel
            && w.deprel == "conj"
            && matches!(w.xpos.as_str(), "VBD" | "VBZ" | "VBP")
            && words[k - 2].form == ","
            && !has_dependent(words, k, |r| r == "cc" || r.starts_with("nsubj"))
    }) else {
        return;
    };
    words[v - 1].head = 0;
    words[v - 1].deprel = "root".to_string();
    words[n - 1].head = v;
    words[n - 1].deprel = "nsubj".to_string();
    // The comma closing the relative clause, and what followed the verb
    // but hung from the noun, go with the verb.
    if words[v - 2].head == rel || words[v - 2].head == v {
        words[v - 2].head = rel;
    }
    for k in v + 1..=words.len() {
        if words[k - 1].head == n {
            words[k - 1].head = v;
        }
    }
}

/// A reduced relative clause read as the predicate: "A report released on
/// Tuesday in Kigali alleged that ..." parsed with `released` as the root
/// and `alleged` its conjunct. Two verbs joined with neither a conjunction
/// nor a comma are not coordinated: when the root is a participle that
/// follows its subject directly, has no auxiliary and no object, and has
/// such a bare finite conjunct, the participle modifies the noun (`acl`)
/// and the conjunct is the predicate. So too a bare past tense read as the
/// participle's adverbial clause ("Fighters linked to Islamic State
/// attacked a military camp" with "attacked" an `advcl` of "linked").
fn reduced_relative_read_as_predicate(words: &mut Words) {
    let Some(r) = (1..=words.len()).find(|&k| words[k - 1].head == 0) else {
        return;
    };
    let root = &words[r - 1];
    if root.upos != "VERB" || !matches!(root.xpos.as_str(), "VBN" | "VBD") || r < 2 {
        return;
    }
    if root.xpos == "VBD" && !could_be_participle(&root.form) {
        return;
    }
    let n = r - 1;
    let subj = &words[n - 1];
    if subj.head != r
        || subj.deprel != "nsubj"
        || !matches!(subj.upos.as_str(), "NOUN" | "PROPN")
        || has_dependent(words, r, |x| {
            matches!(x, "obj" | "iobj" | "cop" | "expl") || x.starts_with("aux")
        })
    {
        return;
    }
    let Some(c) = dependents(words, r).find(|&k| {
        let w = &words[k - 1];
        k > r
            && w.upos == "VERB"
            && ((w.deprel == "conj" && matches!(w.xpos.as_str(), "VBD" | "VBZ" | "VBP"))
                || (matches!(w.deprel.as_str(), "advcl" | "parataxis")
                    && (w.xpos == "VBD"
                        || (w.xpos == "VBN" && has_dependent(words, k, |x| x == "obj")))))
            && !matches!(words[k - 2].form.as_str(), "," | ";" | ":" | "-" | "--")
            && !has_dependent(words, k, |x| {
                matches!(x, "cc" | "mark") || x.starts_with("nsubj") || x.starts_with("aux")
            })
            && (w.deprel == "conj" || !subordinator_between(words, r, k))
    }) else {
        return;
    };
    words[c - 1].head = 0;
    words[c - 1].deprel = "root".to_string();
    if words[c - 1].xpos == "VBN" {
        words[c - 1].xpos = "VBD".to_string();
    }
    words[r - 1].head = n;
    words[r - 1].deprel = "acl".to_string();
    words[r - 1].xpos = "VBN".to_string();
    words[n - 1].head = c;
    // What followed the new predicate hung from the participle: it goes
    // with the predicate.
    for k in c + 1..=words.len() {
        if words[k - 1].head == r {
            words[k - 1].head = c;
        }
    }
}

/// Whether a subordinator ("after", "as", "before", ...) lies between words
/// `a` and `b`: "gas stopped flowing on Wednesday after Kyiv refused" has a
/// clause of its own before "refused".
fn subordinator_between(words: &Words, a: usize, b: usize) -> bool {
    (a + 1..b).any(|k| SUBORDINATORS.contains(&words[k - 1].lemma.as_str()))
}

/// The same reduced relative read as an adverbial clause of the predicate
/// that follows it: "Fighters linked to Islamic State attacked a military
/// camp" with "linked" heading "Fighters" and hung from "attacked" as an
/// `advcl`. A participle right after its subject, with no auxiliary,
/// marker or object, under a later subject-less past tense that no comma
/// or conjunction separates from it, modifies the noun, and the noun is
/// the later verb's subject.
fn reduced_relative_read_as_adverbial(words: &mut Words) {
    for r in 2..words.len() {
        let x = &words[r - 1];
        if x.upos != "VERB"
            || x.deprel != "advcl"
            || !matches!(x.xpos.as_str(), "VBN" | "VBD")
            || (x.xpos == "VBD" && !could_be_participle(&x.form))
        {
            continue;
        }
        let (n, c) = (r - 1, x.head);
        let subj = &words[n - 1];
        if c <= r
            || subj.head != r
            || subj.deprel != "nsubj"
            || !matches!(subj.upos.as_str(), "NOUN" | "PROPN")
            || has_dependent(words, r, |d| {
                matches!(d, "obj" | "iobj" | "cop" | "expl" | "mark") || d.starts_with("aux")
            })
        {
            continue;
        }
        let v = &words[c - 1];
        if v.upos != "VERB"
            || subordinator_between(words, r, c)
            || has_dependent(words, r, |d| matches!(d, "xcomp" | "ccomp"))
            || !(v.xpos == "VBD" || (v.xpos == "VBN" && has_dependent(words, c, |d| d == "obj")))
            || matches!(words[c - 2].upos.as_str(), "PUNCT" | "CCONJ")
            || has_dependent(words, c, |d| {
                matches!(d, "cc" | "mark") || d.starts_with("nsubj") || d.starts_with("aux")
            })
        {
            continue;
        }
        let saved = arcs(words);
        words[n - 1].head = c;
        words[r - 1].head = n;
        words[r - 1].deprel = "acl".to_string();
        restore_unless_tree(words, saved);
        if words[r - 1].deprel == "acl" {
            words[r - 1].xpos = "VBN".to_string();
            words[c - 1].xpos = "VBD".to_string();
        }
        return;
    }
}

/// A participle phrase read as the predicate, the true predicate buried in
/// its oblique: "Chinese coast guard personnel armed with knives and axes
/// rammed and boarded Philippine boats" with "armed" heading the clause,
/// "personnel" its compound and "rammed" a modifier of "axes". The noun
/// before the participle is the subject of the first past-tense verb after
/// the participle's oblique, and the participle modifies the noun.
fn participle_phrase_read_as_predicate(words: &mut Words) {
    for r in 2..words.len() {
        let x = &words[r - 1];
        let n = r - 1;
        if !matches!(x.xpos.as_str(), "JJ" | "VBN" | "VBD")
            || !matches!(x.deprel.as_str(), "root" | "ccomp" | "conj" | "advcl")
            || dependents(words, r).any(|d| {
                let rel = words[d - 1].deprel.as_str();
                (rel.starts_with("nsubj") && d != n) || rel == "cop" || rel.starts_with("aux")
            })
        {
            continue;
        }
        if words[n - 1].head != r || !matches!(words[n - 1].upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        // ("armed with", "backed by": the phrase's own oblique comes first.)
        let Some(o) = dependents(words, r).find(|&k| {
            k > r
                && words[k - 1].deprel == "obl"
                && dependents(words, k).any(|c| {
                    words[c - 1].deprel == "case"
                        && matches!(words[c - 1].lemma.as_str(), "with" | "by")
                })
        }) else {
            continue;
        };
        let Some(v) = (o + 1..=words.len()).find(|&k| {
            let w = &words[k - 1];
            w.upos == "VERB"
                && matches!(w.xpos.as_str(), "VBD" | "VBN")
                && matches!(w.deprel.as_str(), "acl" | "conj")
                && dominates(words, o, k)
                && !has_dependent(words, k, |d| d.starts_with("nsubj"))
        }) else {
            continue;
        };
        let saved = arcs(words);
        words[v - 1].head = words[r - 1].head;
        words[v - 1].deprel = words[r - 1].deprel.clone();
        words[r - 1].head = n;
        words[r - 1].deprel = "acl".to_string();
        words[n - 1].head = v;
        words[n - 1].deprel = "nsubj".to_string();
        // What the participle governed after the new predicate goes with it.
        for k in v + 1..=words.len() {
            if words[k - 1].head == r {
                words[k - 1].head = v;
            }
        }
        restore_unless_tree(words, saved);
        return;
    }
}

/// A shared object read as a third conjunct: "rammed and boarded
/// Philippine navy boats" with "boats" a conjunct of "rammed". A noun
/// conjunct of a verb that has no object, right after the verb's own verb
/// conjunct, is the object both verbs share (UD hangs it from the first).
fn object_read_as_conjunct(words: &mut Words) {
    for d in 2..=words.len() {
        let v = words[d - 1].head;
        if v == 0
            || words[d - 1].deprel != "conj"
            || !matches!(words[d - 1].upos.as_str(), "NOUN" | "PROPN")
            || words[v - 1].upos != "VERB"
            || has_dependent(words, v, |r| r == "obj")
            || has_dependent(words, d, |r| r == "cc")
        {
            continue;
        }
        // The verb conjunct right before the noun's phrase.
        let first = (1..=d).find(|&x| dominates(words, d, x)).unwrap_or(d);
        if first < 2 {
            continue;
        }
        let c = first - 1;
        if words[c - 1].head == v
            && words[c - 1].deprel == "conj"
            && words[c - 1].upos == "VERB"
            && !has_dependent(words, c, |r| r == "obj")
        {
            try_move(words, d, v, "obj");
        }
    }
}

/// A subject read as the root, its verb as a modifier: "Turkish tanks
/// rolled across the border into northern Syria ..." with "tanks" the root
/// and "rolled" its `acl`. A sentence whose root is a noun near its start,
/// with a past-tense verb right after it that has neither subject nor
/// auxiliary, has that verb for its predicate; what followed the verb and
/// hung from the noun as a clause goes with the verb.
fn subject_read_as_root(words: &mut Words) {
    let Some(r) = (1..=words.len()).find(|&k| words[k - 1].head == 0) else {
        return;
    };
    subject_read_as_clause_head(words, r);
    // (So is a reported clause read as a noun phrase: "Russian coast guard
    // vessels rammed and fired on ..., Ukraine's navy said" with
    // "vessels" the `ccomp` of "said".)
    let reported: Vec<usize> = (1..=words.len())
        .filter(|&k| words[k - 1].deprel == "ccomp" && words[k - 1].head > k)
        .collect();
    for c in reported {
        subject_read_as_clause_head(words, c);
    }
}

/// [`subject_read_as_root`] for the clause headed by noun `r`.
fn subject_read_as_clause_head(words: &mut Words, r: usize) {
    let start = (1..=r).find(|&k| dominates(words, r, k)).unwrap_or(r);
    if r - start > 5 || !matches!(words[r - 1].upos.as_str(), "NOUN" | "PROPN") || r == words.len()
    {
        return;
    }
    // (After the rest of a name: "President Abdel Fattah al-Sisi greeted
    // ..." with "Abdel" the root.)
    let mut v = r + 1;
    while v < words.len()
        && words[v - 1].head == r
        && matches!(words[v - 1].deprel.as_str(), "flat" | "punct")
        && words[v - 1].upos == "PROPN"
        || (v < words.len()
            && words[v - 1].form == "-"
            && words[v - 1].upos == "PUNCT"
            && dominates(words, r, v))
    {
        v += 1;
    }
    let w = &words[v - 1];
    if w.head != r
        || w.deprel != "acl"
        || w.upos != "VERB"
        || !matches!(w.xpos.as_str(), "VBD" | "VBN")
        || (w.xpos == "VBN" && !could_be_participle(&w.form))
        || has_dependent(words, v, |d| {
            d.starts_with("nsubj") || d.starts_with("aux") || d == "mark" || d == "obl:agent"
        })
    {
        return;
    }
    words[v - 1].xpos = "VBD".to_string();
    words[v - 1].head = words[r - 1].head;
    words[v - 1].deprel = words[r - 1].deprel.clone();
    words[r - 1].head = v;
    words[r - 1].deprel = "nsubj".to_string();
    for k in v + 1..=words.len() {
        if words[k - 1].head == r
            && matches!(
                words[k - 1].deprel.as_str(),
                "conj" | "parataxis" | "advcl" | "punct" | "acl" | "nmod" | "obl"
            )
        {
            words[k - 1].head = v;
            if words[k - 1].deprel == "nmod" {
                words[k - 1].deprel = "obl".to_string();
            }
            if words[k - 1].deprel == "acl" {
                words[k - 1].deprel = "advcl".to_string();
            }
        }
    }
}

/// A possessor read as the root, its noun as the possessor's modifier and
/// the verb hung from the noun: "Sudan's army-aligned government cut
/// diplomatic relations ..." with "Sudan" the root, "government" its
/// `amod` and "cut" an `xcomp` of "government". The verb heads the
/// sentence, the noun is its subject and the possessor the noun's.
fn possessor_read_as_root(words: &mut Words) {
    let Some(r) = (1..=words.len()).find(|&k| words[k - 1].head == 0) else {
        return;
    };
    if r > 6
        || words[r - 1].upos != "PROPN"
        || !has_dependent(words, r, |d| d == "case")
        || !dependents(words, r).any(|k| k == r + 1 && words[k - 1].form == "'s")
    {
        return;
    }
    let Some(n) = dependents(words, r)
        .filter(|&k| k > r + 1 && words[k - 1].upos == "NOUN")
        .find(|&k| {
            k < words.len()
                && words[k].head == k
                && words[k].upos == "VERB"
                && matches!(words[k].xpos.as_str(), "VBD" | "VBZ" | "VBP" | "VBN")
                && matches!(words[k].deprel.as_str(), "xcomp" | "acl" | "ccomp" | "amod")
        })
    else {
        return;
    };
    let v = n + 1;
    if has_dependent(words, v, |d| {
        d.starts_with("nsubj") || d.starts_with("aux") || d == "mark"
    }) {
        return;
    }
    let saved = arcs(words);
    let xpos = words[v - 1].xpos.clone();
    words[v - 1].head = 0;
    words[v - 1].deprel = "root".to_string();
    words[n - 1].head = v;
    words[n - 1].deprel = "nsubj".to_string();
    words[r - 1].head = n;
    words[r - 1].deprel = "nmod:poss".to_string();
    // (What hung from the possessor or the noun past the verb is the
    // verb's: ", accusing Abu Dhabi of ...".)
    for k in v + 1..=words.len() {
        if words[k - 1].head == r || words[k - 1].head == n {
            words[k - 1].head = v;
        }
    }
    restore_unless_tree(words, saved);
    if words[v - 1].head == 0 && xpos == "VBN" {
        words[v - 1].xpos = "VBD".to_string();
    }
}

/// Coordinated subjects read as the root, the verb as a modifier of the
/// last conjunct: "Israel and the United Arab Emirates agreed on Thursday
/// to ..." with "Israel" the root and "agreed" an `acl` of "Emirates".
/// The verb heads the sentence and the coordination is its subject.
fn coordinated_subject_read_as_root(words: &mut Words) {
    let Some(r) = (1..=words.len()).find(|&k| words[k - 1].head == 0) else {
        return;
    };
    if r > 8 || !matches!(words[r - 1].upos.as_str(), "NOUN" | "PROPN") {
        return;
    }
    let Some(c) = dependents(words, r)
        .filter(|&k| words[k - 1].deprel == "conj")
        .last()
    else {
        return;
    };
    let v = c + 1;
    if v > words.len() {
        return;
    }
    let w = &words[v - 1];
    if w.head != c
        || !matches!(w.deprel.as_str(), "acl" | "acl:relcl")
        || w.upos != "VERB"
        || !matches!(w.xpos.as_str(), "VBD" | "VBZ" | "VBP")
        || has_dependent(words, v, |d| {
            d.starts_with("nsubj") || d.starts_with("aux") || d == "mark" || d == "obl:agent"
        })
    {
        return;
    }
    let saved = arcs(words);
    words[v - 1].head = 0;
    words[v - 1].deprel = "root".to_string();
    words[r - 1].head = v;
    words[r - 1].deprel = "nsubj".to_string();
    for k in v + 1..=words.len() {
        if words[k - 1].head == r
            && matches!(
                words[k - 1].deprel.as_str(),
                "conj" | "parataxis" | "advcl" | "punct" | "acl" | "nmod" | "obl"
            )
            && words[k - 1].deprel != "conj"
        {
            words[k - 1].head = v;
        }
    }
    restore_unless_tree(words, saved);
}

/// A preposition hung on the first word of a compound name: "to Burkina
/// Faso" with "to" under "Burkina", a `compound` of "Faso". The preposition
/// marks the phrase, so it goes to the phrase's head.
fn case_on_a_compound(words: &mut Words) {
    for d in 1..words.len() {
        let c = words[d - 1].head;
        if words[d - 1].deprel != "case" || c != d + 1 || words[c - 1].deprel != "compound" {
            continue;
        }
        let h = words[c - 1].head;
        if h <= c || !matches!(words[h - 1].upos.as_str(), "PROPN" | "NOUN") {
            continue;
        }
        let saved = arcs(words);
        words[d - 1].head = h;
        restore_unless_tree(words, saved);
    }
}

/// A middle member of a list of names read as the first one's apposition,
/// its second word as the first one's `flat`: "to Mali, Burkina Faso and
/// Somalia" with "Burkina" an `appos` and "Faso" a `flat` of "Mali". The
/// member is a conjunct, and its words are its own.
fn list_member_read_as_apposition(words: &mut Words) {
    let n = words.len();
    for x in 1..=n {
        if words[x - 1].upos != "PROPN" {
            continue;
        }
        let Some(z) = dependents(words, x)
            .filter(|&k| words[k - 1].deprel == "conj" && has_dependent(words, k, |d| d == "cc"))
            .last()
        else {
            continue;
        };
        let appos: Vec<usize> = dependents(words, x)
            .filter(|&y| {
                y > x + 1
                    && y < z
                    && words[y - 1].deprel == "appos"
                    && words[y - 1].upos == "PROPN"
                    && words[y - 2].form == ","
            })
            .collect();
        if appos.is_empty() {
            continue;
        }
        let saved = arcs(words);
        for &y in &appos {
            words[y - 1].deprel = "conj".to_string();
            // (Its comma goes with it.)
            if words[y - 2].head == x {
                words[y - 2].head = y;
            }
            let mut k = y + 1;
            while k < z && words[k - 1].head == x && words[k - 1].deprel == "flat" {
                words[k - 1].head = y;
                k += 1;
            }
        }
        restore_unless_tree(words, saved);
    }
}

/// A clause's subject read as a conjunct of the time or place phrase before
/// it: "At a ceremony hosted by Trump on Friday, Azerbaijani President
/// Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed ..." or
/// "... at the palace on Thursday, and Xi and King Salman signed ..." with
/// the names conjuncts of "Friday" / "Thursday" and the finite verb
/// subjectless. The first such conjunct after the comma becomes the verb's
/// subject, the later ones its conjuncts; an "and" that opened the clause
/// goes to the verb.
fn subject_read_as_conjunct_of_oblique(words: &mut Words) {
    let n = words.len();
    for v in 2..=n {
        let w = &words[v - 1];
        if w.upos != "VERB"
            || !matches!(w.xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || !matches!(w.deprel.as_str(), "root" | "conj")
            || has_dependent(words, v, |d| {
                d.starts_with("nsubj") || d.starts_with("csubj")
            })
        {
            continue;
        }
        // The phrase right before the verb, up to its head.
        let mut h = v - 1;
        for _ in 0..6 {
            let x = &words[h - 1];
            if x.head != 0
                && x.head < v
                && matches!(
                    x.deprel.as_str(),
                    "flat" | "compound" | "nmod:desc" | "amod" | "det"
                )
            {
                h = x.head;
            } else {
                break;
            }
        }
        // (From the last conjunct to the first: "Xi and King Salman".)
        for _ in 0..6 {
            let x = words[h - 1].head;
            if words[h - 1].deprel == "conj" && x != 0 && x < h && words[x - 1].deprel == "conj" {
                h = x;
            } else {
                break;
            }
        }
        let x = words[h - 1].head;
        if words[h - 1].deprel != "conj"
            || !matches!(words[h - 1].upos.as_str(), "PROPN" | "NOUN")
            || x == 0
            || x >= h
            || !matches!(
                words[x - 1].deprel.as_str(),
                "obl" | "nmod" | "obl:tmod" | "obl:npmod"
            )
        {
            continue;
        }
        // The conjuncts of the oblique after a comma that separates them
        // from it.
        let Some(comma) = (x + 1..h).find(|&k| words[k - 1].form == ",") else {
            continue;
        };
        let conjuncts: Vec<usize> = dependents(words, x)
            .filter(|&k| k > comma && k < v && words[k - 1].deprel == "conj")
            .collect();
        let Some(&first) = conjuncts.first() else {
            continue;
        };
        let saved = arcs(words);
        words[first - 1].head = v;
        words[first - 1].deprel = "nsubj".to_string();
        for &k in &conjuncts[1..] {
            words[k - 1].head = first;
        }
        // ("..., and Xi and King Salman signed": the first "and" is the
        // clause's.)
        let cc = dependents(words, first)
            .find(|&k| k < first && words[k - 1].deprel == "cc" && k > comma)
            .filter(|_| words[v - 1].deprel == "conj");
        if let Some(cc) = cc {
            words[cc - 1].head = v;
        }
        if words[comma - 1].head == first {
            words[comma - 1].head = v;
        }
        restore_unless_tree(words, saved);
    }
}

/// A subordinator's subject read as part of the subordinator, its verb as a
/// modifier of the subject: "..., as police fired rubber bullets at
/// protesters, killing four" with "police" a `fixed` of "as" and "fired" an
/// `acl` of "police". The verb heads the clause, "as" marks it, the noun is
/// its subject; a participle the subordinator was hung on ("killing") goes
/// under the verb.
fn subject_read_as_fixed(words: &mut Words) {
    for s in 1..words.len() {
        let n = s + 1;
        if !matches!(
            words[s - 1].lemma.as_str(),
            "as" | "while" | "when" | "after" | "before" | "because" | "since" | "until"
        ) || words[n - 1].head != s
            || !matches!(words[n - 1].deprel.as_str(), "fixed" | "obj")
            || !matches!(words[n - 1].upos.as_str(), "NOUN" | "PROPN")
        {
            continue;
        }
        let Some(v) = dependents(words, n).find(|&k| {
            k > n
                && words[k - 1].deprel == "acl"
                && words[k - 1].upos == "VERB"
                && matches!(words[k - 1].xpos.as_str(), "VBD" | "VBN" | "VBZ" | "VBP")
        }) else {
            continue;
        };
        // (The clause the subordinator's phrase was hung in: "... on
        // Tuesday as thousands marched" with "as" under "Tuesday".)
        let mut h = words[s - 1].head;
        for _ in 0..4 {
            if h == 0 || words[h - 1].upos == "VERB" {
                break;
            }
            h = words[h - 1].head;
        }
        if h == 0 {
            continue;
        }
        let saved = arcs(words);
        if h > v && words[h - 1].xpos == "VBG" {
            // ("as police fired ..., killing four": the participle is the
            // clause's.)
            words[v - 1].head = words[h - 1].head;
            words[v - 1].deprel = words[h - 1].deprel.clone();
            words[h - 1].head = v;
            words[h - 1].deprel = "advcl".to_string();
        } else {
            words[v - 1].head = h;
            words[v - 1].deprel = "advcl".to_string();
        }
        words[s - 1].head = v;
        words[s - 1].deprel = "mark".to_string();
        words[n - 1].head = v;
        words[n - 1].deprel = "nsubj".to_string();
        if words[v - 1].xpos == "VBN" {
            words[v - 1].xpos = "VBD".to_string();
        }
        // (The comma before the subordinator goes with its clause.)
        if s > 1 && words[s - 2].deprel == "punct" && words[s - 2].head == h {
            words[s - 2].head = v;
        }
        restore_unless_tree(words, saved);
    }
}

/// A participle after a comma read as an adjective of the noun after it:
/// "conducted a nuclear test, drawing condemnation from the Security
/// Council" with "drawing" an `amod` of "condemnation" and the noun a
/// conjunct of the verb. The participle is an adverbial clause of the verb
/// and the noun its object.
fn participle_read_as_modifier(words: &mut Words) {
    for g in 2..words.len() {
        let n = g + 1;
        if words[g - 1].xpos != "VBG"
            || words[g - 1].deprel != "amod"
            || words[g - 1].head != n
            || words[g - 2].form != ","
            || !matches!(words[n - 1].upos.as_str(), "NOUN" | "PROPN")
            || !matches!(
                words[n - 1].deprel.as_str(),
                "conj" | "appos" | "obj" | "parataxis"
            )
        {
            continue;
        }
        let v = words[n - 1].head;
        if v == 0 || v >= g || !matches!(words[v - 1].upos.as_str(), "VERB" | "AUX") {
            continue;
        }
        let saved = arcs(words);
        words[g - 1].head = v;
        words[g - 1].deprel = "advcl".to_string();
        words[g - 1].upos = "VERB".to_string();
        words[n - 1].head = g;
        words[n - 1].deprel = "obj".to_string();
        if words[g - 2].head == n || words[g - 2].head == v {
            words[g - 2].head = g;
        }
        restore_unless_tree(words, saved);
    }
}

/// "to" before a name read as a clause with the name its object: "a visit
/// to Beijing" with "to" an `acl` of "visit" and "Beijing" its `obj`. The
/// name modifies the noun, "to" is its case marker.
fn preposition_to_read_as_clause(words: &mut Words) {
    for t in 2..words.len() {
        let h = words[t - 1].head;
        if words[t - 1].lemma != "to"
            || !matches!(words[t - 1].deprel.as_str(), "acl" | "advcl")
            || h == 0
            || h > t
            || has_dependent(words, t, |r| r.starts_with("nsubj") || r == "aux")
        {
            continue;
        }
        let Some(n) = dependents(words, t)
            .find(|&k| k == t + 1 && words[k - 1].deprel == "obj" && words[k - 1].upos == "PROPN")
        else {
            continue;
        };
        let saved = arcs(words);
        let rel = if is_nominal(&words[h - 1]) {
            "nmod"
        } else {
            "obl"
        };
        promote(words, t, n, n, "case");
        words[n - 1].deprel = rel.to_string();
        words[t - 1].upos = "ADP".to_string();
        restore_unless_tree(words, saved);
    }
}

/// A prepositional phrase read as a conjunct: "a visit to Beijing by
/// Indian Prime Minister Manmohan Singh" with "Singh" a `conj` of
/// "Beijing" though no "and" or comma joins them. A conjunct with its own
/// preposition and no coordinator modifies what the first conjunct
/// modifies.
fn prepositional_phrase_read_as_conjunct(words: &mut Words) {
    for c in 2..=words.len() {
        let first = words[c - 1].head;
        if words[c - 1].deprel != "conj"
            || first == 0
            || first > c
            || has_dependent(words, c, |r| r == "cc")
            || (first + 1..c)
                .any(|k| matches!(words[k - 1].form.as_str(), "," | "and" | "or" | ";"))
        {
            continue;
        }
        let Some(p) = dependents(words, c).find(|&k| {
            k < c
                && words[k - 1].deprel == "case"
                && matches!(words[k - 1].lemma.as_str(), "by" | "from" | "with" | "for")
        }) else {
            continue;
        };
        let _ = p;
        let g = words[first - 1].head;
        if g == 0 || !matches!(words[first - 1].deprel.as_str(), "nmod" | "obl") {
            continue;
        }
        let saved = arcs(words);
        words[c - 1].head = g;
        words[c - 1].deprel = words[first - 1].deprel.clone();
        restore_unless_tree(words, saved);
    }
}

/// A name after the common noun it names read as a second subject:
/// "Leaders of the West African bloc ECOWAS imposed sanctions" with
/// "ECOWAS" an `nsubj` beside "Leaders". The name is the noun's apposition.
fn name_read_as_second_subject(words: &mut Words) {
    for s2 in 3..words.len() {
        let v = words[s2 - 1].head;
        let n = s2 - 1;
        if v <= s2
            || words[s2 - 1].deprel != "nsubj"
            || words[s2 - 1].upos != "PROPN"
            || words[n - 1].upos != "NOUN"
        {
            continue;
        }
        let Some(s1) = dependents(words, v).find(|&k| k < n && words[k - 1].deprel == "nsubj")
        else {
            continue;
        };
        // (One noun phrase from the first subject to the name: no verb
        // or punctuation between.)
        if !dominates(words, s1, n)
            || (s1 + 1..s2).any(|k| matches!(words[k - 1].upos.as_str(), "VERB" | "AUX" | "PUNCT"))
        {
            continue;
        }
        let saved = arcs(words);
        words[s2 - 1].head = n;
        words[s2 - 1].deprel = "appos".to_string();
        restore_unless_tree(words, saved);
    }
}

/// A participle complement read as a clause of its own: "a court ordered
/// Istanbul Mayor Ekrem Imamoglu jailed", "wanted the prisoners freed"
/// parsed with the name the participle's subject (an active "Imamoglu
/// jailed"). The name is the verb's object and the participle its `xcomp`.
fn participle_complement_read_as_clause(words: &mut Words) {
    for c in 3..=words.len() {
        let v = words[c - 1].head;
        if v == 0
            || v >= c
            || !matches!(words[c - 1].xpos.as_str(), "VBN" | "VBD")
            || !matches!(
                words[c - 1].deprel.as_str(),
                "parataxis" | "ccomp" | "xcomp" | "conj"
            )
            || !matches!(
                words[v - 1].lemma.as_str(),
                "order" | "want" | "see" | "get"
            )
            || has_dependent(words, c, |r| {
                matches!(r, "aux" | "aux:pass" | "obj" | "mark" | "cc") || r.starts_with("nsubj:")
            })
        {
            continue;
        }
        // ("ordered Istanbul Mayor Ekrem Imamoglu, Erdogan's main rival,
        // jailed" with the object found and the participle a conjunct of
        // the verb after the apposition's comma.)
        let obj = dependents(words, v).find(|&k| words[k - 1].deprel == "obj");
        if let Some(o) = obj {
            if o < c
                && words[c - 1].deprel == "conj"
                && words[c - 2].form == ","
                && !has_dependent(words, c, |r| r.starts_with("nsubj"))
                && (o..c - 1).all(|x| dominates(words, o, x))
            {
                words[c - 1].deprel = "xcomp".to_string();
            }
            continue;
        }
        let Some(n) = dependents(words, c).find(|&k| words[k - 1].deprel == "nsubj" && k > v)
        else {
            continue;
        };
        if !is_nominal(&words[n - 1]) {
            continue;
        }
        let saved = arcs(words);
        words[n - 1].head = v;
        words[n - 1].deprel = "obj".to_string();
        words[c - 1].deprel = "xcomp".to_string();
        restore_unless_tree(words, saved);
    }
}

/// An infinitive complement read as a purpose clause when a time or place
/// phrase stands between it and its verb: "agreed in Ankara on Wednesday
/// to begin technical talks" with "begin" an `advcl`. After a verb that
/// takes an infinitive (agree, decide, vow, plan, refuse ...) and has no
/// object, the infinitive is its `xcomp`.
fn infinitive_complement_read_as_purpose(words: &mut Words) {
    for c in 2..=words.len() {
        let v = words[c - 1].head;
        if v == 0
            || v >= c
            || words[c - 1].deprel != "advcl"
            || words[c - 1].xpos != "VB"
            || !dependents(words, c).any(|k| {
                k < c
                    && words[k - 1].form.eq_ignore_ascii_case("to")
                    && words[k - 1].deprel == "mark"
            })
            || !matches!(
                words[v - 1].lemma.as_str(),
                "agree"
                    | "decide"
                    | "vow"
                    | "pledge"
                    | "promise"
                    | "plan"
                    | "refuse"
                    | "decline"
                    | "threaten"
                    | "offer"
                    | "intend"
                    | "seek"
                    | "hope"
                    | "aim"
                    | "undertake"
                    | "resolve"
                    | "fail"
                    | "try"
                    | "attempt"
                    | "want"
                    | "choose"
                    | "prepare"
            )
            || has_dependent(words, v, |d| matches!(d, "obj" | "xcomp" | "ccomp"))
        {
            continue;
        }
        words[c - 1].deprel = "xcomp".to_string();
    }
}

/// A demonym opening a verb's object read as the verb's complement, the
/// name it modifies as the demonym's oblique: "received Iraqi Prime
/// Minister Mohammed Shia al-Sudani" with "Iraqi" an `xcomp` of
/// "received". The name is the object, the demonym its `amod`.
fn demonym_read_as_complement(words: &mut Words) {
    for d in 2..words.len() {
        let v = words[d - 1].head;
        if v == 0
            || v >= d
            || words[d - 1].deprel != "xcomp"
            || words[v - 1].upos != "VERB"
            || !is_demonym(&words[d - 1].form)
            || has_dependent(words, v, |r| r == "obj")
        {
            continue;
        }
        let Some(n) = dependents(words, d).find(|&k| {
            k > d
                && words[k - 1].upos == "PROPN"
                && matches!(words[k - 1].deprel.as_str(), "obl" | "nmod" | "obj")
        }) else {
            continue;
        };
        let saved = arcs(words);
        promote(words, d, n, n, "amod");
        words[n - 1].deprel = "obj".to_string();
        restore_unless_tree(words, saved);
    }
}

/// An "of" phrase between a subject and its verb read as the verb's
/// oblique: "The first contingent of about 400 Kenyan police officers
/// arrived" with "officers" an `obl` of "arrived". It modifies the subject.
fn of_phrase_read_as_oblique(words: &mut Words) {
    for d in 2..words.len() {
        let v = words[d - 1].head;
        if v <= d
            || words[d - 1].deprel != "obl"
            || !matches!(words[v - 1].upos.as_str(), "VERB" | "AUX")
            || !dependents(words, d)
                .any(|c| words[c - 1].deprel == "case" && words[c - 1].lemma == "of")
        {
            continue;
        }
        let Some(subj) = dependents(words, v).find(|&k| words[k - 1].deprel.starts_with("nsubj"))
        else {
            continue;
        };
        if subj > d || (subj..d).any(|k| words[k - 1].form == ",") {
            continue;
        }
        try_move(words, d, subj, "nmod");
    }
}

/// A date read as a subject, its preposition as a subordinator: "passed a
/// resolution on Sunday demanding the withdrawal" with "on" the `mark` and
/// "Sunday" the `nsubj` of "demanding". The date is an oblique with its
/// preposition.
fn date_read_as_subject(words: &mut Words) {
    for d in 2..=words.len() {
        let v = words[d - 1].head;
        if v == 0
            || words[d - 1].deprel != "nsubj"
            || !crate::DATE_NAMES.contains(&words[d - 1].form.to_ascii_lowercase().as_str())
        {
            continue;
        }
        let p = d - 1;
        if words[p - 1].head != v
            || words[p - 1].deprel != "mark"
            || !matches!(words[p - 1].lemma.as_str(), "on" | "in")
        {
            continue;
        }
        words[p - 1].head = d;
        words[p - 1].deprel = "case".to_string();
        words[p - 1].upos = "ADP".to_string();
        words[d - 1].deprel = "obl".to_string();
    }
}

/// A word hung from a punctuation mark, which UD never gives dependents:
/// "seized power in a coup on Monday, detaining elected leader Aung San Suu
/// Kyi" with "detaining" an `advcl` of the comma. It goes to the mark's head,
/// and a clause to the nearest verb above it.
fn dependent_of_punctuation(words: &mut Words) {
    for d in 1..=words.len() {
        let p = words[d - 1].head;
        if p == 0 || words[p - 1].upos != "PUNCT" {
            continue;
        }
        let mut h = words[p - 1].head;
        if matches!(
            words[d - 1].deprel.as_str(),
            "advcl" | "conj" | "parataxis" | "ccomp"
        ) {
            // Up to the nearest verb (at most three steps).
            let mut x = h;
            for _ in 0..3 {
                if x == 0 || matches!(words[x - 1].upos.as_str(), "VERB" | "AUX") {
                    break;
                }
                x = words[x - 1].head;
            }
            if x != 0 && matches!(words[x - 1].upos.as_str(), "VERB" | "AUX") {
                h = x;
            }
        }
        if h == 0 {
            continue;
        }
        let rel = words[d - 1].deprel.clone();
        if !try_move(words, d, h, &rel) {
            continue;
        }
        // The comma before a clause is the clause's.
        if p < d && words[p - 1].form == "," {
            try_move(words, p, d, "punct");
        }
    }
}

/// A word hung from a function word (a preposition, determiner,
/// conjunction, auxiliary or copula), which UD gives no dependents but
/// fixed expressions, conjuncts and punctuation. It goes to the function
/// word's head.
fn dependent_of_function_word(words: &mut Words) {
    for d in 1..=words.len() {
        let f = words[d - 1].head;
        if f == 0
            || !matches!(
                words[f - 1].deprel.as_str(),
                "case" | "mark" | "det" | "cc" | "aux" | "aux:pass" | "cop"
            )
            || matches!(
                words[d - 1].deprel.as_str(),
                "fixed" | "goeswith" | "conj" | "punct" | "advmod" | "flat" | "cc"
            )
        {
            continue;
        }
        let h = words[f - 1].head;
        if h != 0 {
            let rel = words[d - 1].deprel.clone();
            try_move(words, d, h, &rel);
        }
    }
}

/// A preposition read as the head of its phrase: "signed five agreements
/// with President Tayyip Erdogan" with "with" an `nmod` of "agreements"
/// and "Tayyip" its `obj`. The noun heads the phrase, the preposition is
/// its `case`.
fn preposition_read_as_head(words: &mut Words) {
    for p in 1..=words.len() {
        let w = &words[p - 1];
        if w.upos != "ADP" || w.head == 0 || !matches!(w.deprel.as_str(), "nmod" | "obl") {
            continue;
        }
        let Some(n) = dependents(words, p).find(|&k| {
            k > p
                && matches!(words[k - 1].deprel.as_str(), "obj" | "nmod" | "obl")
                && matches!(
                    words[k - 1].upos.as_str(),
                    "NOUN" | "PROPN" | "PRON" | "NUM"
                )
        }) else {
            continue;
        };
        let saved = arcs(words);
        promote(words, p, n, n, "case");
        restore_unless_tree(words, saved);
    }
}

/// A hyphenated participle modifier misread: "Saudi-led warplanes bombed
/// ...", "Sudan's army-aligned government cut ..." with the participle read
/// as a verb of its own. As UD English has it, the word before the hyphen is
/// the participle's `compound`, the hyphen that word's `punct`, and the
/// participle an `amod` of the noun phrase after it.
fn hyphenated_participle_misread(words: &mut Words) {
    let n = words.len();
    for h in 2..n.saturating_sub(1) {
        let p = h + 1;
        // (Or a gerund after a noun: "a military intelligence-sharing
        // agreement" with "sharing" a verb taking "agreement".)
        let gerund = words[p - 1].xpos == "VBG"
            && words[p - 1].form.ends_with("ing")
            && words[h - 2].upos == "NOUN";
        if words[h - 1].form != "-"
            || words[p - 1].form.contains('-')
            || !(gerund || matches!(words[p - 1].xpos.as_str(), "VBN" | "VBD"))
            || !gerund
                && !words[p - 1].form.ends_with("ed")
                && !crate::lemma::IRREGULAR
                    .iter()
                    .any(|&(_, part, _)| part == words[p - 1].form)
            || !matches!(words[h - 2].upos.as_str(), "PROPN" | "NOUN" | "ADJ")
        {
            continue;
        }
        let x = h - 1;
        // The noun the phrase ends in: the last of a run of nouns and
        // adjectives right after the participle.
        let mut k = p + 1;
        while k <= n && k < p + 5 && matches!(words[k - 1].upos.as_str(), "ADJ" | "NOUN" | "PROPN")
        {
            k += 1;
        }
        let noun = k - 1;
        if noun == p || !matches!(words[noun - 1].upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        if words[p - 1].head == noun && words[x - 1].head == p {
            words[x - 1].deprel = "compound".to_string();
            continue;
        }
        let saved = arcs(words);
        // The noun takes the participle's place if it hung below it.
        if dominates(words, p, noun) {
            words[noun - 1].head = words[p - 1].head;
            words[noun - 1].deprel = words[p - 1].deprel.clone();
        }
        // Whatever else hung from the participle goes to the noun (a
        // clause it headed, the words after it).
        for d in 1..=n {
            if d != x && d != h && d != noun && words[d - 1].head == p {
                words[d - 1].head = noun;
            }
        }
        if dominates(words, x, noun) {
            words[noun - 1].head = words[x - 1].head;
            words[noun - 1].deprel = words[x - 1].deprel.clone();
        }
        for d in 1..=n {
            if d != h && d != p && words[d - 1].head == x && d > p {
                words[d - 1].head = noun;
            }
        }
        words[p - 1].head = noun;
        words[p - 1].deprel = "amod".to_string();
        words[x - 1].head = p;
        words[x - 1].deprel = "compound".to_string();
        words[h - 1].head = x;
        words[h - 1].deprel = "punct".to_string();
        // (A possessor before the phrase goes to the noun: "Sudan's
        // army-aligned government"; so do a preposition and determiner,
        // and the phrase then has the first word's relation: "sent aid to
        // earthquake-hit western Afghanistan".)
        let mut moved_case = false;
        for d in 1..x {
            if words[d - 1].head == x
                && (words[d - 1].deprel == "nmod:poss"
                    || (matches!(words[d - 1].deprel.as_str(), "case" | "det")
                        && (d + 1..x).all(|k| words[k - 1].head == x)))
            {
                words[d - 1].head = noun;
                moved_case |= words[d - 1].deprel == "case";
            }
        }
        let (xh, xrel) = saved[x - 1].clone();
        if moved_case
            && matches!(xrel.as_str(), "obl" | "nmod")
            && !matches!(words[noun - 1].deprel.as_str(), "obl" | "nmod")
            && xh != 0
            && !(x..=noun).contains(&xh)
        {
            words[noun - 1].head = xh;
            words[noun - 1].deprel = xrel;
        }
        restore_unless_tree(words, saved);
    }
}

/// "that" read as a subject beside the clause's own subject: "demanded on
/// Wednesday that Kosovo pull its police out" with "that" and "Kosovo" both
/// subjects of "pull". It is the subordinator, and the clause the
/// complement of the verb it hangs from.
fn complementizer_read_as_subject(words: &mut Words) {
    for t in 1..words.len() {
        let v = words[t - 1].head;
        if v == 0
            || !words[t - 1].form.eq_ignore_ascii_case("that")
            || words[t - 1].deprel != "nsubj"
            || !dependents(words, v)
                .any(|k| k > t && k < v && words[k - 1].deprel.starts_with("nsubj"))
        {
            continue;
        }
        // (Only a clause hung from a verb as a relative clause: a verb has
        // no relative clauses.)
        let h = words[v - 1].head;
        if h == 0 || words[h - 1].upos != "VERB" || !words[v - 1].deprel.starts_with("acl") {
            continue;
        }
        words[t - 1].deprel = "mark".to_string();
        words[t - 1].upos = "SCONJ".to_string();
        words[t - 1].xpos = "IN".to_string();
        words[v - 1].deprel = "ccomp".to_string();
    }
}

/// Whether a past-tense form is also the past participle: regular "-ed"
/// verbs and the common irregular verbs whose two forms are the same.
fn could_be_participle(form: &str) -> bool {
    let f = form.to_ascii_lowercase();
    f.ends_with("ed")
        || matches!(
            f.as_str(),
            "sent"
                | "held"
                | "made"
                | "built"
                | "found"
                | "brought"
                | "bought"
                | "caught"
                | "taught"
                | "told"
                | "sold"
                | "paid"
                | "said"
                | "left"
                | "kept"
                | "meant"
                | "met"
                | "put"
                | "set"
                | "cut"
                | "hit"
                | "led"
                | "fed"
                | "read"
                | "spent"
                | "lost"
                | "won"
                | "shot"
                | "struck"
                | "heard"
                | "hung"
                | "laid"
                | "lent"
                | "sought"
                | "fought"
                | "thought"
                | "spread"
                | "shut"
                | "cast"
                | "burnt"
                | "dealt"
                | "felt"
                | "bent"
                | "bound"
        )
}

/// A relative clause attached to a verb: ", who was visiting Ankara" hung
/// from the main verb as `parataxis`. A clause whose subject is "who" or
/// "which" right after a noun phrase (and its comma) modifies that phrase.
fn relative_clause_read_as_clause(words: &mut Words) {
    for v in 2..=words.len() {
        let w = &words[v - 1];
        if !matches!(w.deprel.as_str(), "parataxis" | "conj" | "advcl" | "ccomp") {
            continue;
        }
        let Some(r) = dependents(words, v).find(|&k| {
            words[k - 1].deprel.starts_with("nsubj")
                && matches!(
                    words[k - 1].form.to_ascii_lowercase().as_str(),
                    "who" | "which"
                )
        }) else {
            continue;
        };
        // The relative pronoun opens the clause.
        if dependents(words, v).any(|k| k < r && words[k - 1].deprel != "punct") || r < 2 {
            continue;
        }
        let mut last = r - 1;
        if words[last - 1].form == "," && last > 1 {
            last -= 1;
        }
        // The head of the phrase that ends right before: climb while the
        // phrase still ends there.
        let mut n = last;
        while let Some(h) = Some(words[n - 1].head).filter(|&h| h != 0 && h < last) {
            if !matches!(
                words[n - 1].deprel.as_str(),
                "flat" | "compound" | "nmod:desc"
            ) {
                break;
            }
            n = h;
        }
        if !matches!(words[n - 1].upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        try_move(words, v, n, "acl:relcl");
    }
}

/// A relative clause without a relative pronoun read as a clause of its
/// own: "a fraction of the wheat it pledged, an official said" with
/// "pledged" a `parataxis`. A subject-and-verb right after a noun, whose
/// verb lacks the object it would take, is a relative clause of the noun.
fn contact_relative_read_as_clause(words: &mut Words) {
    for v in 3..=words.len() {
        let w = &words[v - 1];
        if w.upos != "VERB"
            || !matches!(w.xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || !matches!(w.deprel.as_str(), "parataxis" | "ccomp" | "dep" | "obl")
        {
            continue;
        }
        let s = v - 1;
        // A name as the subject ("the wheat Russia pledged") only after a
        // common noun that is not a time ("last week Russia pledged").
        let name_ok = words[s - 1].upos == "PROPN"
            && words[s - 2].upos == "NOUN"
            && !matches!(
                words[s - 2].lemma.as_str(),
                "day" | "week" | "month" | "year" | "time" | "weekend" | "morning" | "night"
            );
        if !words[s - 1].deprel.starts_with("nsubj")
            || words[s - 1].head != v
            || !(words[s - 1].upos == "PRON" || name_ok)
            || dependents(words, v).any(|k| k < s)
            || has_dependent(words, v, |r| {
                matches!(r, "obj" | "ccomp" | "xcomp" | "iobj" | "mark")
            })
        {
            continue;
        }
        let n = s - 1;
        if !matches!(words[n - 1].upos.as_str(), "NOUN" | "PROPN") || heads_clause(words, n) {
            continue;
        }
        try_move(words, v, n, "acl:relcl");
    }
}

/// A subject read as an oblique and its apposition as the subject: "Iraq's
/// national security adviser, Qasim al-Araji, and Iran's Ali Shamkhani
/// signed" with "adviser" an `obl` of "signed" (no preposition) and
/// "Qasim" its `nsubj`. A case-less common-noun oblique before its verb,
/// followed by a comma and the verb's subject name, is the subject, and
/// the name its apposition.
fn apposition_read_as_subject(words: &mut Words) {
    for a in 1..words.len().saturating_sub(2) {
        let x = &words[a - 1];
        let v = x.head;
        if x.deprel != "obl"
            || x.upos != "NOUN"
            || v <= a + 2
            || words[v - 1].upos != "VERB"
            || has_dependent(words, a, |r| r == "case")
            || words[a].form != ","
        {
            continue;
        }
        let s = a + 2;
        let y = &words[s - 1];
        if y.upos != "PROPN" || y.head != v || y.deprel != "nsubj" {
            continue;
        }
        // The name's phrase closes with a comma before the verb.
        let end = (s..v)
            .take_while(|&k| dominates(words, s, k))
            .last()
            .unwrap_or(s);
        if end + 1 >= v || words[end].form != "," {
            continue;
        }
        let saved = arcs(words);
        words[a - 1].deprel = "nsubj".to_string();
        words[s - 1].head = a;
        words[s - 1].deprel = "appos".to_string();
        words[end].head = s;
        restore_unless_tree(words, saved);
        if words[a - 1].deprel == "nsubj" {
            return;
        }
    }
}

/// A participle between a count and its noun read as a verb: "Venezuela
/// released two detained Americans" with "detained" a conjunct of
/// "released", "two" its subject and "Americans" its object. The noun is
/// the object of the verb before, the count its number and the participle
/// its modifier.
fn participle_between_count_and_noun(words: &mut Words) {
    for p in 3..words.len() {
        let w = &words[p - 1];
        let (c, n, h) = (p - 1, p + 1, w.head);
        if w.upos != "VERB"
            || w.xpos != "VBN"
            || !w.form.ends_with("ed")
            || !matches!(
                w.deprel.as_str(),
                "conj" | "xcomp" | "ccomp" | "advcl" | "parataxis"
            )
            || h == 0
            || h >= c
            || words[h - 1].upos != "VERB"
            || has_dependent(words, h, |r| r == "obj")
            || words[c - 1].upos != "NUM"
            || words[c - 1].head != p
            || words[n - 1].head != p
            || words[n - 1].deprel != "obj"
            || !matches!(words[n - 1].upos.as_str(), "NOUN" | "PROPN")
            || dependents(words, p).any(|k| k < c)
        {
            continue;
        }
        let saved = arcs(words);
        for k in 1..=words.len() {
            if words[k - 1].head == p && k != c && k != n {
                words[k - 1].head = h;
            }
        }
        words[n - 1].head = h;
        words[n - 1].deprel = "obj".to_string();
        words[c - 1].head = n;
        words[c - 1].deprel = "nummod".to_string();
        words[p - 1].head = n;
        words[p - 1].deprel = "amod".to_string();
        restore_unless_tree(words, saved);
    }
}

/// A contact relative clause after a comma read as a clause with two
/// subjects: "Orban met Putin in Moscow on Friday, a visit European Union
/// leaders criticised" with "visit" and "leaders" both subjects of
/// "criticised". The first noun, opened by an article right after the
/// comma, is modified by the clause, whose subject is the second.
fn contact_relative_read_as_two_subjects(words: &mut Words) {
    for v in 4..=words.len() {
        let w = &words[v - 1];
        if w.upos != "VERB" || !matches!(w.xpos.as_str(), "VBD" | "VBN") || w.head == 0 {
            continue;
        }
        let subjects: Vec<usize> = dependents(words, v)
            .filter(|&k| k < v && words[k - 1].deprel == "nsubj")
            .collect();
        let [a, b] = subjects[..] else {
            continue;
        };
        if words[a - 1].upos != "NOUN"
            || !matches!(words[b - 1].upos.as_str(), "NOUN" | "PROPN")
            || !dependents(words, a)
                .any(|k| k == a - 1 && matches!(words[k - 1].lemma.as_str(), "a" | "an" | "the"))
            || a < 3
            || words[a - 3].form != ","
            || (a + 1..b).any(|k| !dominates(words, b, k))
            || has_dependent(words, v, |r| r == "obj" || r.starts_with("aux"))
        {
            continue;
        }
        let saved = arcs(words);
        let (h, rel) = (words[v - 1].head, words[v - 1].deprel.clone());
        words[a - 1].head = h;
        words[a - 1].deprel = if rel == "parataxis" {
            "appos".to_string()
        } else {
            rel
        };
        words[v - 1].head = a;
        words[v - 1].deprel = "acl:relcl".to_string();
        words[a - 3].head = a;
        restore_unless_tree(words, saved);
    }
}

/// A contact relative clause with a noun-phrase subject read as that
/// noun's modifier: "under an agreement the two governments signed" with
/// "governments" an `nmod` of "agreement" (no preposition) and "signed"
/// its `acl`. The verb, which has no object, relates the first noun, and
/// the second noun is its subject.
fn contact_relative_read_as_modifier(words: &mut Words) {
    for s in 3..words.len() {
        let x = &words[s - 1];
        let n = x.head;
        if x.deprel != "nmod"
            || !matches!(x.upos.as_str(), "NOUN" | "PROPN")
            || n == 0
            || n >= s
            || words[n - 1].upos != "NOUN"
            || has_dependent(words, s, |r| r == "case")
        {
            continue;
        }
        // The second noun's phrase opens right after the first noun.
        let start = (n + 1..s).all(|k| words[k - 1].head == s);
        if !start || !dependents(words, s).any(|k| k == n + 1) {
            continue;
        }
        let Some(v) = dependents(words, s).find(|&k| {
            let w = &words[k - 1];
            k == s + 1
                && w.deprel == "acl"
                && w.upos == "VERB"
                && matches!(w.xpos.as_str(), "VBD" | "VBN")
                && !has_dependent(words, k, |r| {
                    matches!(r, "obj" | "ccomp" | "xcomp" | "mark")
                        || r.starts_with("nsubj")
                        || r.starts_with("aux")
                })
        }) else {
            continue;
        };
        let saved = arcs(words);
        words[v - 1].head = n;
        words[v - 1].deprel = "acl:relcl".to_string();
        words[s - 1].head = v;
        words[s - 1].deprel = "nsubj".to_string();
        restore_unless_tree(words, saved);
        if words[v - 1].deprel == "acl:relcl" {
            words[v - 1].xpos = "VBD".to_string();
        }
    }
}

/// Coordinated adverbs before a participle read as the predicate: "was
/// heavily and unjustly criticized" parsed with "heavily" the root (with
/// "was" its copula) and "criticized" its conjunct. The participle is the
/// predicate, "was" its passive auxiliary, and the adverbs coordinated
/// modifiers of it.
fn coordinated_adverbs_read_as_predicate(words: &mut Words) {
    for a in 1..=words.len() {
        let w = &words[a - 1];
        if w.upos != "ADV" || !has_dependent(words, a, |r| r == "cop") {
            continue;
        }
        let Some(v) = dependents(words, a)
            .find(|&k| k > a && words[k - 1].deprel == "conj" && words[k - 1].xpos == "VBN")
        else {
            continue;
        };
        // "and unjustly": the second adverb right before the participle.
        let b = v - 1;
        if b <= a + 1 || words[b - 1].upos != "ADV" || words[b - 2].upos != "CCONJ" {
            continue;
        }
        let cc = b - 1;
        let (head, rel) = (words[a - 1].head, words[a - 1].deprel.clone());
        words[v - 1].head = head;
        words[v - 1].deprel = rel;
        for k in 1..=words.len() {
            if k == v || words[k - 1].head != a {
                continue;
            }
            let r = words[k - 1].deprel.clone();
            words[k - 1].head = v;
            words[k - 1].deprel = match r.as_str() {
                "cop" => "aux:pass".to_string(),
                "nsubj" => "nsubj:pass".to_string(),
                _ => r,
            };
        }
        words[a - 1].head = v;
        words[a - 1].deprel = "advmod".to_string();
        words[b - 1].head = a;
        words[b - 1].deprel = "conj".to_string();
        words[cc - 1].head = b;
        words[cc - 1].deprel = "cc".to_string();
    }
}

/// Two titled names coordinated, "Chilean President Gabriel Boric and
/// Argentine President Javier Milei", which the greedy parser often
/// tangles (a demonym an adverb of the verb, a surname a compound of the
/// second title, two subjects). Each side is rebuilt as a name phrase:
/// modifiers under the title next to the name, the title under the name's
/// first word, the rest of the name `flat`; the second name is a conjunct
/// of the first, which takes the attachment the phrase had outside.
fn coordinated_titled_names(words: &mut Words) {
    let n = words.len();
    // (Lowercase titles too: "FARC commander Rodrigo Londono".)
    let chunky = |w: &Word| {
        matches!(w.upos.as_str(), "PROPN" | "ADJ" | "NOUN")
            && (w.form.chars().next().is_some_and(char::is_uppercase)
                || TITLES.contains(&w.form.as_str()))
    };
    // The last title of chunk lo..=hi, with only names after it.
    let titled = |words: &Words, lo: usize, hi: usize| {
        let t = (lo..=hi)
            .rev()
            .find(|&k| TITLES.contains(&words[k - 1].form.to_lowercase().as_str()))?;
        (t < hi && (t + 1..=hi).all(|k| words[k - 1].upos == "PROPN")).then_some(t)
    };
    for a in 2..n {
        if words[a - 1].lemma != "and" || words[a - 1].upos != "CCONJ" {
            continue;
        }
        let mut lo = a - 1;
        while lo > 1 && chunky(&words[lo - 2]) && a - lo < 8 {
            lo -= 1;
        }
        let mut hi = a + 1;
        while hi < n && chunky(&words[hi]) && hi - a < 8 {
            hi += 1;
        }
        if !chunky(&words[lo - 1]) || !chunky(&words[a]) {
            continue;
        }
        let (Some(tl), Some(tr)) = (titled(words, lo, a - 1), titled(words, a + 1, hi)) else {
            continue;
        };
        let inside = |h: usize| (lo..=hi).contains(&h);
        let outside: Vec<usize> = (lo..=hi).filter(|&x| !inside(words[x - 1].head)).collect();
        let mut heads: Vec<usize> = outside.iter().map(|&x| words[x - 1].head).collect();
        heads.sort_unstable();
        heads.dedup();
        if heads.len() != 1 {
            let mut subj: Vec<usize> = outside
                .iter()
                .filter(|&&x| words[x - 1].deprel.starts_with("nsubj"))
                .map(|&x| words[x - 1].head)
                .collect();
            subj.sort_unstable();
            subj.dedup();
            if subj.len() != 1 {
                continue;
            }
            heads = subj;
        }
        let h = heads[0];
        let (ln, rn) = (tl + 1, tr + 1);
        let rel = outside
            .iter()
            .filter(|&&x| words[x - 1].head == h)
            .map(|&x| words[x - 1].deprel.clone())
            .max_by_key(|r| (r.starts_with("nsubj"), r == "root"))
            .unwrap_or_else(|| "dep".to_string());
        // (A demonym read as the verb's adverb left its relation behind:
        // before a verb with no subject, the names are the subject.)
        let rel = if h > hi
            && words[h - 1].upos == "VERB"
            && matches!(
                rel.as_str(),
                "advmod" | "amod" | "dep" | "compound" | "appos"
            )
            && !has_dependent(words, h, |r| r.starts_with("nsubj"))
        {
            "nsubj".to_string()
        } else {
            rel
        };
        let saved = arcs(words);
        for y in 1..=n {
            let hy = words[y - 1].head;
            if !inside(y) && hy != 0 && inside(hy) {
                words[y - 1].head = if hy < a { ln } else { rn };
            }
        }
        for (lo, t, hi) in [(lo, tl, a - 1), (a + 1, tr, hi)] {
            titled_name_phrase(words, lo, t, hi);
        }
        words[ln - 1].head = h;
        words[ln - 1].deprel = if h == 0 { "root".to_string() } else { rel };
        words[rn - 1].head = ln;
        words[rn - 1].deprel = "conj".to_string();
        words[a - 1].head = rn;
        words[a - 1].deprel = "cc".to_string();
        // (The names read as the root, their verb hung after them: "Santos
        // and FARC commander Rodrigo Londono, known as Timochenko, signed
        // ..." with "signed" a conjunct. The verb heads the sentence.)
        if h == 0 {
            let verb = (hi + 1..=n).find(|&y| {
                words[y - 1].head == ln
                    && words[y - 1].upos == "VERB"
                    && matches!(words[y - 1].deprel.as_str(), "conj" | "acl" | "parataxis")
                    && !has_dependent(words, y, |r| r.starts_with("nsubj"))
            });
            if let Some(y) = verb {
                for k in y + 1..=n {
                    if words[k - 1].head == ln {
                        words[k - 1].head = y;
                    }
                }
                words[y - 1].head = 0;
                words[y - 1].deprel = "root".to_string();
                words[ln - 1].head = y;
                words[ln - 1].deprel = "nsubj".to_string();
            }
        }
        restore_unless_tree(words, saved);
    }
}

/// "told visiting Pakistani Foreign Minister Shah Mahmood Qureshi" with
/// "visiting" a clause of "told" and the demonym its object: "visiting"
/// modifies the titled name, which is the verb's object. The name phrase
/// is rebuilt as in [`coordinated_titled_names`].
fn visiting_read_as_clause(words: &mut Words) {
    let n = words.len();
    for g in 2..n {
        let w = &words[g - 1];
        let h = w.head;
        if !w.form.eq_ignore_ascii_case("visiting")
            || h == 0
            || h > g
            || words[h - 1].upos != "VERB"
            || !matches!(
                w.deprel.as_str(),
                "xcomp" | "advcl" | "acl" | "ccomp" | "obj"
            )
            || has_dependent(words, h, |r| r == "obj" || r == "iobj")
        {
            continue;
        }
        let lo = g + 1;
        let mut hi = lo;
        let capital = |w: &Word| w.form.starts_with(|c: char| c.is_uppercase());
        // (Hyphenated parts too: "Kassym-Jomart Tokayev".)
        while hi < n
            && ((matches!(words[hi].upos.as_str(), "PROPN" | "ADJ" | "NOUN")
                && capital(&words[hi]))
                || (words[hi].form == "-" && hi + 1 < n && capital(&words[hi + 1])))
        {
            hi += 1;
        }
        if !words[lo - 1].form.starts_with(|c: char| c.is_uppercase()) || hi - lo > 9 {
            continue;
        }
        let Some(t) = (lo..=hi)
            .rev()
            .find(|&k| TITLES.contains(&words[k - 1].form.to_lowercase().as_str()))
        else {
            continue;
        };
        if t >= hi
            || !(t + 1..=hi).all(|k| words[k - 1].upos == "PROPN" || words[k - 1].form == "-")
        {
            continue;
        }
        let name = t + 1;
        let saved = arcs(words);
        let inside = |x: usize| (g..=hi).contains(&x);
        for y in 1..=n {
            let hy = words[y - 1].head;
            if !inside(y) && hy != 0 && inside(hy) {
                words[y - 1].head = name;
            }
        }
        titled_name_phrase(words, lo, t, hi);
        words[g - 1].head = name;
        words[g - 1].deprel = "amod".to_string();
        words[name - 1].head = h;
        words[name - 1].deprel = "obj".to_string();
        restore_unless_tree(words, saved);
    }
}

/// Words `lo..=hi` as one titled name phrase, the title at `t` and the
/// name after it: the modifiers before the title hang from it (`amod` for
/// adjectives, else `compound`), the title from the name's first word
/// (`nmod:desc`), the rest of the name `flat` under that word (a hyphen of
/// "Kassym-Jomart" as its `punct`).
fn titled_name_phrase(words: &mut Words, lo: usize, t: usize, hi: usize) {
    let name = t + 1;
    for k in lo..t {
        words[k - 1].head = t;
        words[k - 1].deprel = if words[k - 1].upos == "ADJ" {
            "amod"
        } else {
            "compound"
        }
        .to_string();
    }
    words[t - 1].head = name;
    words[t - 1].deprel = "nmod:desc".to_string();
    for k in name + 1..=hi {
        words[k - 1].head = name;
        words[k - 1].deprel = if words[k - 1].form == "-" {
            "punct"
        } else {
            "flat"
        }
        .to_string();
    }
}

/// Titles that stand before a name ("President Irfaan Ali").
const TITLES: &[&str] = &[
    "president",
    "minister",
    "premier",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "sheikh",
    "sultan",
    "general",
    "gen.",
    "commander",
    "chief",
    "leader",
    "secretary",
    "ambassador",
    "envoy",
    "governor",
    "mayor",
    "senator",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "counterpart",
    "speaker",
    "judge",
    "pope",
    "colonel",
    "col.",
    "captain",
    "admiral",
    "marshal",
    "director",
    "chairman",
    "chairwoman",
    "vice",
    "ayatollah",
];

/// A second name read as part of the first across its conjunct: "Nicolas
/// Maduro and Guyanese President Irfaan Ali" with "President" a conjunct
/// of "Nicolas" and "Irfaan", "Ali" `flat` under "Nicolas". A name's parts
/// are contiguous, so the name after the conjunct is the conjunct, and the
/// conjunct read before it is its title.
fn name_part_across_conjunct(words: &mut Words) {
    for k in 2..=words.len() {
        let h = words[k - 1].head;
        if words[k - 1].deprel != "flat" || h == 0 || h + 1 >= k {
            continue;
        }
        let Some(c) = dependents(words, h).find(|&c| c < k && words[c - 1].deprel == "conj") else {
            continue;
        };
        if !matches!(words[c - 1].upos.as_str(), "NOUN" | "PROPN")
            || words[k - 1].upos != "PROPN"
            || !(c + 1..k).all(|x| dominates(words, c, x))
        {
            continue;
        }
        let saved = arcs(words);
        let rest: Vec<usize> = dependents(words, h)
            .filter(|&x| x > k && words[x - 1].deprel == "flat")
            .collect();
        // ("Kristen Quinn, Sarah Mulholland": the conjunct is the name's
        // first part, not a title, and the rest is `flat` under it.)
        if c + 1 == k && !TITLES.contains(&words[c - 1].form.to_lowercase().as_str()) {
            words[k - 1].head = c;
            for x in rest {
                words[x - 1].head = c;
            }
            restore_unless_tree(words, saved);
            continue;
        }
        words[k - 1].deprel = "conj".to_string();
        for x in rest {
            words[x - 1].head = k;
        }
        let ccs: Vec<usize> = dependents(words, c)
            .filter(|&x| words[x - 1].deprel == "cc")
            .collect();
        for x in ccs {
            words[x - 1].head = k;
        }
        words[c - 1].head = k;
        words[c - 1].deprel = if c + 1 == k { "nmod:desc" } else { "compound" }.to_string();
        restore_unless_tree(words, saved);
    }
}

/// A name's modifiers read as a conjunct of its own: "Arnor and the evil
/// awful Gondor welcomed ..." parsed with "evil" (tagged a noun) conjoined
/// to "Arnor" and "Gondor" a second subject. The words between the
/// conjunction and the name modify the name, which is the conjunct.
fn conjunct_split_from_its_name(words: &mut Words) {
    for first in 1..=words.len() {
        let h = words[first - 1].head;
        if h == 0 || words[first - 1].deprel != "nsubj" {
            continue;
        }
        let Some(second) =
            (first + 1..h).find(|&k| words[k - 1].head == h && words[k - 1].deprel == "nsubj")
        else {
            continue;
        };
        let Some(c) = dependents(words, first)
            .find(|&k| words[k - 1].deprel == "conj" && k < second && k + 3 > second)
        else {
            continue;
        };
        if words[second - 1].upos != "PROPN"
            || !matches!(words[c - 1].upos.as_str(), "NOUN" | "ADJ")
            || has_dependent(words, second, |r| r == "det")
            || !(c + 1..second).all(|k| words[k - 1].head == c && words[k - 1].upos == "ADJ")
        {
            continue;
        }
        let kids: Vec<usize> = dependents(words, c).collect();
        words[second - 1].head = first;
        words[second - 1].deprel = "conj".to_string();
        for k in kids {
            words[k - 1].head = second;
        }
        let w = &mut words[c - 1];
        w.head = second;
        w.deprel = "amod".to_string();
        w.upos = "ADJ".to_string();
        w.xpos = "JJ".to_string();
    }
}

/// Two conjuncts of one head with nothing to coordinate them: "Joe Biden
/// and Vietnamese Communist Party chief Nguyen Phu Trong" parsed with
/// "Party" and "Nguyen" both conjuncts of "Joe". A name that follows an
/// earlier conjunct across only its own title words ("chief", no
/// conjunction or comma between) is the conjunct; the earlier words are
/// the title's modifier ("Party" a `compound` of "chief"), and the
/// conjunction moves to the name.
fn conjunct_without_conjunction(words: &mut Words) {
    for second in 3..=words.len() {
        let h = words[second - 1].head;
        if h == 0 || words[second - 1].deprel != "conj" || words[second - 1].upos != "PROPN" {
            continue;
        }
        let Some(first) = dependents(words, h)
            .filter(|&k| k < second && k > h && words[k - 1].deprel == "conj")
            .last()
        else {
            continue;
        };
        // (Only the name's title words between: "chief", "leader".)
        let title = second - 1;
        if title <= first
            || words[title - 1].head != second
            || words[title - 1].upos != "NOUN"
            || !(first + 1..second).all(|k| {
                words[k - 1].head == second
                    && !matches!(words[k - 1].upos.as_str(), "CCONJ" | "PUNCT")
            })
            || !matches!(words[first - 1].upos.as_str(), "PROPN" | "NOUN")
        {
            continue;
        }
        let saved = arcs(words);
        let ccs: Vec<usize> = dependents(words, first)
            .filter(|&k| k < first && matches!(words[k - 1].deprel.as_str(), "cc" | "punct"))
            .collect();
        for k in ccs {
            words[k - 1].head = second;
        }
        words[first - 1].head = title;
        words[first - 1].deprel = "compound".to_string();
        restore_unless_tree(words, saved);
    }
}

/// Coordinated adjectives read as a complement: "to restore complete, full
/// diplomatic ties" parsed with "complete" an `xcomp` of "restore" and
/// "ties" a conjunct of the verb. The adjective before the comma modifies
/// the noun, which is the verb's object.
fn adjective_list_read_as_complement(words: &mut Words) {
    for a in 2..words.len() {
        let w = &words[a - 1];
        let v = w.head;
        if w.deprel != "xcomp"
            || w.upos != "ADJ"
            || v == 0
            || v > a
            || words[v - 1].upos != "VERB"
            || words[a].form != ","
            || dependents(words, a).any(|k| words[k - 1].deprel != "advmod")
            || has_dependent(words, v, |r| r == "obj")
        {
            continue;
        }
        let Some(n) = dependents(words, v)
            .find(|&k| k > a + 1 && words[k - 1].deprel == "conj" && words[k - 1].upos == "NOUN")
        else {
            continue;
        };
        if !(a + 2..n).all(|k| dominates(words, n, k)) {
            continue;
        }
        words[n - 1].deprel = "obj".to_string();
        words[a - 1].head = n;
        words[a - 1].deprel = "amod".to_string();
        words[a].head = n;
        words[a].deprel = "punct".to_string();
    }
}

/// "that" read as a relative pronoun: "said on Wednesday that Germany would
/// send tanks" parsed with "that" the object of "send", a relative clause
/// of "Wednesday". A verb with an object of its own cannot have "that" as
/// another: it is the complementizer, and the clause is the complement of
/// the verb the noun it hung from depends on.
fn that_read_as_relative_pronoun(words: &mut Words) {
    for t in 1..words.len() {
        let w = &words[t - 1];
        if !w.form.eq_ignore_ascii_case("that") || w.deprel != "obj" {
            continue;
        }
        let v = w.head;
        if v == 0
            || v < t
            || words[v - 1].upos != "VERB"
            || !dependents(words, v).any(|k| k != t && words[k - 1].deprel == "obj")
            || !has_dependent(words, v, |r| r.starts_with("nsubj"))
        {
            continue;
        }
        let w = &mut words[t - 1];
        w.deprel = "mark".to_string();
        w.upos = "SCONJ".to_string();
        w.xpos = "IN".to_string();
        if words[v - 1].deprel == "acl:relcl" {
            let n = words[v - 1].head;
            let g = if n == 0 { 0 } else { words[n - 1].head };
            if g != 0 && g < n && words[g - 1].upos == "VERB" {
                try_move(words, v, g, "ccomp");
            }
        }
    }
}

/// A coordination read as a compound: "the Ethiopian government and
/// Tigrayan forces signed" parsed with "government" a compound of "forces"
/// and "Tigrayan" conjoined to "government". The first noun heads the
/// phrase, and the second noun (with the word before it) is its conjunct.
fn coordination_read_as_compound(words: &mut Words) {
    for c in 1..words.len() {
        let w = &words[c - 1];
        let h = w.head;
        // (A name is no head here: "US and British activists" are
        // coordinated modifiers.)
        if w.deprel != "compound" || h <= c || w.upos != "NOUN" {
            continue;
        }
        let Some(y) = dependents(words, c).find(|&k| words[k - 1].deprel == "conj" && k + 1 == h)
        else {
            continue;
        };
        let Some(cc) = dependents(words, y).find(|&k| words[k - 1].deprel == "cc" && k < y) else {
            continue;
        };
        if !matches!(words[h - 1].upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        let (hh, hrel) = (words[h - 1].head, words[h - 1].deprel.clone());
        let before: Vec<usize> = dependents(words, h).filter(|&k| k < c).collect();
        words[c - 1].head = hh;
        words[c - 1].deprel = hrel;
        words[h - 1].head = c;
        words[h - 1].deprel = "conj".to_string();
        let yrel = if words[y - 1].upos == "ADJ" {
            "amod"
        } else {
            "compound"
        };
        words[y - 1].head = h;
        words[y - 1].deprel = yrel.to_string();
        words[cc - 1].head = h;
        // Determiners and modifiers before the first noun are its own.
        for k in before {
            words[k - 1].head = c;
        }
        // What hung from the old head now hangs from the phrase's head,
        // except the conjunct's own words.
        for k in 1..=words.len() {
            if words[k - 1].head == h && k > h && words[k - 1].deprel != "punct" {
                words[k - 1].head = c;
            }
        }
    }
}

/// A subject under a noun that is no predicate: "left for Beijing on
/// Monday" parsed with "Beijing" the subject of "Monday" and "for" the
/// case of "Monday". A noun with no copula or auxiliary takes no subject:
/// the subject is an oblique of the verb, and a preposition before it, hung
/// from the noun, is its case.
fn subject_of_a_non_predicate(words: &mut Words) {
    for n in 2..=words.len() {
        let w = &words[n - 1];
        if !matches!(w.upos.as_str(), "NOUN" | "PROPN")
            || !matches!(w.deprel.as_str(), "obl" | "nmod" | "obj" | "obl:tmod")
            || has_dependent(words, n, |r| matches!(r, "cop" | "aux" | "aux:pass"))
        {
            continue;
        }
        let v = w.head;
        if v == 0 || words[v - 1].upos != "VERB" || v > n {
            continue;
        }
        let Some(s) = dependents(words, n).find(|&k| k < n && words[k - 1].deprel == "nsubj")
        else {
            continue;
        };
        let Some(c) = dependents(words, n).find(|&k| k + 1 == s && words[k - 1].deprel == "case")
        else {
            continue;
        };
        if !try_move(words, c, s, "case") {
            continue;
        }
        if try_move(words, s, v, "obl") {
            let w = &mut words[c - 1];
            w.upos = "ADP".to_string();
            w.xpos = "IN".to_string();
        } else {
            words[c - 1].head = n;
        }
    }
}

/// A preposition that never introduces a clause read as one's marker:
/// "marched through Hong Kong on Sunday to demand ..." parsed with
/// "through" the `mark` of "demand" and "Hong Kong" its subject. The
/// preposition is the `case` of the noun phrase after it, and the phrase an
/// oblique of the verb before.
fn preposition_read_as_marker(words: &mut Words) {
    for m in 2..words.len() {
        let w = &words[m - 1];
        if w.deprel != "mark"
            || !matches!(
                w.lemma.as_str(),
                "through"
                    | "into"
                    | "onto"
                    | "across"
                    | "toward"
                    | "towards"
                    | "via"
                    | "near"
                    | "during"
                    | "throughout"
                    | "amid"
                    | "among"
                    | "upon"
                    | "inside"
                    | "outside"
            )
        {
            continue;
        }
        let v = w.head;
        if v == 0 || v <= m {
            continue;
        }
        // The head of the noun phrase right after the preposition.
        let mut n = m + 1;
        while matches!(
            words[n - 1].deprel.as_str(),
            "flat" | "compound" | "amod" | "det" | "nummod" | "nmod:poss" | "nmod:desc"
        ) && words[n - 1].head > n
            && words[n - 1].head < v
        {
            n = words[n - 1].head;
        }
        if !matches!(words[n - 1].upos.as_str(), "NOUN" | "PROPN" | "PRON")
            || words[n - 1].head != v
            || !words[n - 1].deprel.starts_with("nsubj")
        {
            continue;
        }
        let Some(p) = (1..m).rev().find(|&k| words[k - 1].upos == "VERB") else {
            continue;
        };
        let (old_head, old_rel) = (words[m - 1].head, words[m - 1].deprel.clone());
        if !try_move(words, m, n, "case") {
            continue;
        }
        if try_move(words, n, p, "obl") {
            words[m - 1].upos = "ADP".to_string();
            words[m - 1].xpos = "IN".to_string();
        } else {
            words[m - 1].head = old_head;
            words[m - 1].deprel = old_rel;
        }
    }
}

/// A passive's agent read as a modifier of a noun before it: "was welcomed
/// at the airport by Serbian President Aleksandar Vucic" with the "by"
/// phrase under "airport". A passive verb without an agent takes it.
fn agent_read_into_oblique(words: &mut Words) {
    for d in 1..=words.len() {
        let w = &words[d - 1];
        if w.deprel != "nmod" || w.head == 0 {
            continue;
        }
        let by = dependents(words, d)
            .any(|k| words[k - 1].deprel == "case" && words[k - 1].lemma == "by");
        let n = w.head;
        let v = words[n - 1].head;
        if !by
            || v == 0
            || !matches!(words[n - 1].deprel.as_str(), "obl" | "obj")
            || words[v - 1].upos != "VERB"
            || words[v - 1].xpos != "VBN"
            || !has_dependent(words, v, |r| r == "aux:pass")
            || has_dependent(words, v, |r| r == "obl:agent")
        {
            continue;
        }
        try_move(words, d, v, "obl:agent");
    }
}

/// An agent phrase is marked by "by": an `obl:agent` with another
/// preposition ("protested against the government") is a plain `obl`.
fn agent_without_by(words: &mut Words) {
    for d in 1..=words.len() {
        if words[d - 1].deprel != "obl:agent" {
            continue;
        }
        let by = dependents(words, d)
            .any(|k| words[k - 1].deprel == "case" && words[k - 1].lemma == "by");
        let other = dependents(words, d).any(|k| words[k - 1].deprel == "case");
        if other && !by {
            words[d - 1].deprel = "obl".to_string();
        }
    }
}

/// An infinitive read as a noun: "agreed to exchange 1,000 prisoners"
/// parsed with "exchange" a noun (`obl`, with "to" its `case`) that has an
/// object. Only verbs take objects: the word is a base-form verb, "to" its
/// infinitive marker, and under a verb it is the verb's open complement.
fn infinitive_read_as_noun(words: &mut Words) {
    for n in 2..=words.len() {
        let w = &words[n - 1];
        if w.upos != "NOUN"
            || w.xpos != "NN"
            || !words[n - 2].form.eq_ignore_ascii_case("to")
            || words[n - 2].head != n
            || !has_dependent(words, n, |r| r == "obj")
            || has_dependent(words, n, |r| r == "det" || r == "amod" || r == "nmod:poss")
        {
            continue;
        }
        let h = w.head;
        let under_verb = h != 0 && words[h - 1].upos == "VERB";
        let w = &mut words[n - 1];
        w.upos = "VERB".to_string();
        w.xpos = "VB".to_string();
        if under_verb && matches!(w.deprel.as_str(), "obl" | "nmod") {
            w.deprel = "xcomp".to_string();
        }
        let to = &mut words[n - 2];
        to.upos = "PART".to_string();
        to.xpos = "TO".to_string();
        to.deprel = "mark".to_string();
    }
}

/// A subordinating conjunction read as a preposition: "after Calenardhon
/// crowds burned down its embassy" parsed with "after" as the `case` of
/// "crowds", the sole subject of "burned". A subject takes no preposition:
/// the word marks the clause (`mark` of the verb), and the clause modifies
/// what it hangs from (`advcl`).
/// A subordinate clause read as the root, the main clause its `ccomp`:
/// "The coalition closed all ports to Yemen on Monday, a day after the
/// Houthis fired a missile ..., and accused Iran ..." with "fired" the root
/// (marked "after") and "closed" its complement. A root marked by a
/// subordinator is not a main clause: the clause before it is, and the
/// subjectless conjunct after a comma ("and accused") is that clause's.
fn subordinate_clause_read_as_root(words: &mut Words) {
    let Some(r) = (1..=words.len()).find(|&k| words[k - 1].head == 0) else {
        return;
    };
    let Some(m) = dependents(words, r).find(|&k| {
        words[k - 1].deprel == "mark" && SUBORDINATORS.contains(&words[k - 1].lemma.as_str())
    }) else {
        return;
    };
    let Some(c) = dependents(words, r).find(|&k| {
        k < m
            && words[k - 1].deprel == "ccomp"
            && words[k - 1].upos == "VERB"
            && has_dependent(words, k, |x| x.starts_with("nsubj"))
    }) else {
        return;
    };
    if !(c + 1..m).any(|k| words[k - 1].form == ",") {
        return;
    }
    let saved = arcs(words);
    words[c - 1].head = 0;
    words[c - 1].deprel = "root".to_string();
    words[r - 1].head = c;
    words[r - 1].deprel = "advcl".to_string();
    // The final stop and a subjectless conjunct after ", and" go to the
    // main clause.
    for k in 1..=words.len() {
        if k != c && words[k - 1].head == r && k > r {
            let conj_after_comma = words[k - 1].deprel == "conj"
                && words[k - 1].upos == "VERB"
                && !has_dependent(words, k, |x| x.starts_with("nsubj"))
                && k >= 3
                && words[k - 3].form == ","
                && words[k - 2].upos == "CCONJ";
            if conj_after_comma || words[k - 1].deprel == "punct" && k == words.len() {
                words[k - 1].head = c;
            }
        }
    }
    restore_unless_tree(words, saved);
}

/// "a ceasefire following talks in Doha" with "following" an adjective of
/// "talks": without a determiner before it ("the following talks") it is
/// the preposition (EWT: a verb with relation `case`).
fn following_read_as_modifier(words: &mut Words) {
    for f in 2..words.len() {
        let w = &words[f - 1];
        if w.form.eq_ignore_ascii_case("following")
            && w.deprel == "amod"
            && w.head > f
            && !matches!(words[f - 2].upos.as_str(), "DET" | "PRON" | "ADJ" | "NUM")
            && words[f - 2].xpos != "POS"
        {
            words[f - 1].deprel = "case".to_string();
        }
    }
}

/// Words that introduce an adverbial clause and also head prepositional
/// phrases, so the parser may read them as `case`.
const SUBORDINATORS: &[&str] = &[
    "after", "before", "since", "until", "till", "as", "because", "while",
];

fn subordinator_read_as_preposition(words: &mut Words) {
    for m in 1..=words.len() {
        let w = &words[m - 1];
        if w.deprel != "case" || !SUBORDINATORS.contains(&w.lemma.as_str()) {
            continue;
        }
        let subj = w.head;
        if subj == 0 || subj < m {
            continue;
        }
        // ("before the two leaders held talks" with "held" an `acl` of
        // "leaders": the finite verb right after the noun is its clause's.)
        // (A participle too, when no finite verb follows before the next
        // punctuation and no "by" phrase hangs from it: "before the two
        // leaders held(VBN) talks".)
        let tail_finite = (subj + 2..=words.len())
            .take_while(|&k| words[k - 1].upos != "PUNCT")
            .any(|k| matches!(words[k - 1].xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD"));
        let finite_acl = subj < words.len()
            && words[subj].head == subj
            && words[subj].deprel == "acl"
            && words[subj].upos == "VERB"
            && (matches!(words[subj].xpos.as_str(), "VBD" | "VBZ" | "VBP")
                || (words[subj].xpos == "VBN"
                    && (!tail_finite
                        || has_dependent(words, subj + 1, |r| matches!(r, "obj" | "ccomp")))
                    && !dependents(words, subj + 1).any(|k| {
                        words[k - 1].deprel == "obl:agent"
                            || dependents(words, k).any(|c| words[c - 1].lemma == "by")
                    })))
            && !has_dependent(words, subj + 1, |r| r.starts_with("nsubj") || r == "mark");
        if words[subj - 1].deprel != "nsubj" && finite_acl && words[subj - 1].head != 0 {
            let v = subj + 1;
            let saved = arcs(words);
            words[v - 1].head = words[subj - 1].head;
            words[v - 1].deprel = "advcl".to_string();
            words[subj - 1].head = v;
            words[subj - 1].deprel = "nsubj".to_string();
            words[m - 1].head = v;
            words[m - 1].deprel = "mark".to_string();
            restore_unless_tree(words, saved);
            if words[m - 1].deprel == "mark" {
                words[m - 1].upos = "SCONJ".to_string();
                if words[v - 1].xpos == "VBN" {
                    words[v - 1].xpos = "VBD".to_string();
                }
            }
            continue;
        }
        if words[subj - 1].deprel != "nsubj" {
            // "after Kyiv refused to extend": the noun hung elsewhere, and
            // the finite verb right after its phrase has no subject.
            let end = (subj..=words.len())
                .take_while(|&k| dominates(words, subj, k))
                .last()
                .unwrap_or(subj);
            // (A participle with an object and no auxiliary is a past
            // tense here: "hours after the group fired(VBN) a barrage".)
            // (Or a base form after a plural: "as U.S. sanctions
            // squeeze(VB) Iran's economy" is a present tense.)
            let v = end + 1;
            if v > words.len()
                || words[v - 1].upos != "VERB"
                || !(matches!(words[v - 1].xpos.as_str(), "VBD" | "VBZ" | "VBP")
                    || (words[v - 1].xpos == "VB"
                        && matches!(words[end - 1].xpos.as_str(), "NNS" | "NNPS")
                        && !has_dependent(words, v, |r| matches!(r, "mark" | "aux")))
                    || (words[v - 1].xpos == "VBN"
                        && has_dependent(words, v, |r| r == "obj")
                        && !has_dependent(words, v, |r| r.starts_with("aux"))))
                || has_dependent(words, v, |r| r.starts_with("nsubj"))
                || !matches!(words[subj - 1].upos.as_str(), "PROPN" | "NOUN" | "PRON")
                || !try_move(words, subj, v, "nsubj")
            {
                continue;
            }
            if words[v - 1].xpos == "VB" {
                words[v - 1].xpos = "VBP".to_string();
            }
        }
        let v = words[subj - 1].head;
        if v == 0 || words[v - 1].upos != "VERB" || v < subj {
            continue;
        }
        if !try_move(words, m, v, "mark") {
            continue;
        }
        words[m - 1].upos = "SCONJ".to_string();
        if matches!(
            words[v - 1].deprel.as_str(),
            "conj" | "obl" | "nmod" | "parataxis" | "acl"
        ) {
            words[v - 1].deprel = "advcl".to_string();
        }
        if words[v - 1].xpos == "VBN"
            && has_dependent(words, v, |r| r == "obj")
            && !has_dependent(words, v, |r| r.starts_with("aux"))
        {
            words[v - 1].xpos = "VBD".to_string();
        }
    }
}

/// A preposition marked `case` of a verb belongs to the nominal after it
/// ("agreed on [the] plan"): `case` never depends on a verb in UD. It goes to
/// the head of the nominal phrase that starts next, if nothing clausal comes
/// first.
fn case_on_verb_to_nominal(words: &mut Words) {
    for d in 1..=words.len() {
        let w = &words[d - 1];
        if w.deprel != "case" || w.head == 0 || words[w.head - 1].upos != "VERB" {
            continue;
        }
        let Some(mut k) = (d + 1..=words.len())
            .take_while(|&k| {
                is_nominal(&words[k - 1])
                    || !matches!(
                        words[k - 1].upos.as_str(),
                        "VERB" | "AUX" | "PUNCT" | "CCONJ" | "ADP" | "SCONJ"
                    )
            })
            .find(|&k| is_nominal(&words[k - 1]))
        else {
            continue;
        };
        // Up to the phrase head: "on [the peace] plan".
        while words[k - 1].head > k && is_nominal(&words[words[k - 1].head - 1]) {
            k = words[k - 1].head;
        }
        try_move(words, d, k, "case");
    }
}

/// A past verb after "and" read as an adjective of the noun after it:
/// "diverted a jet ... and arrested opposition journalist Roman Protasevich"
/// parsed with "arrested" an `amod` of "journalist", itself a conjunct of a
/// noun. When a finite past verb heads the clause, the "-ed" word is a verb
/// conjoined to it and the noun phrase its object.
fn verb_read_as_modifier_after_and(words: &mut Words) {
    for a in 2..words.len() {
        let w = &words[a - 1];
        let n = w.head;
        if w.deprel != "amod"
            || !matches!(w.xpos.as_str(), "VBN" | "VBD")
            || !w.form.ends_with("ed")
            || n <= a
            || words[n - 1].deprel != "conj"
            || !matches!(words[n - 1].upos.as_str(), "NOUN" | "PROPN")
            || !matches!(words[a - 2].lemma.as_str(), "and" | "but")
            || words[a - 2].head != n
        {
            continue;
        }
        // The clause the first conjunct sits in, headed by a past verb.
        let mut v = words[n - 1].head;
        while v != 0 && !matches!(words[v - 1].upos.as_str(), "VERB") {
            v = words[v - 1].head;
        }
        // (or a perfect: "has called up 300,000 reservists and massed troops")
        let perfect = v != 0
            && words[v - 1].xpos == "VBN"
            && dependents(words, v)
                .any(|k| words[k - 1].deprel == "aux" && words[k - 1].lemma == "have");
        if v == 0 || v >= a || (words[v - 1].xpos != "VBD" && !perfect) {
            continue;
        }
        let cc = a - 1;
        if !try_move(words, a, n, "dep") {
            continue;
        }
        // a now heads nothing yet: hang the noun from it, then it from v.
        words[a - 1].head = words[n - 1].head;
        if !try_move(words, n, a, "obj") {
            continue;
        }
        if try_move(words, a, v, "conj") {
            try_move(words, cc, a, "cc");
            let w = &mut words[a - 1];
            w.upos = "VERB".to_string();
            w.xpos = "VBD".to_string();
        }
    }
}

/// A past tense coordinated with an infinitive or participle below the
/// clause it belongs to: "Rouhani began a visit to Iraq, seeking to raise
/// trade ..., and signed agreements with Baghdad" with "signed" a conjunct
/// of "raise" (or of a verb under it). A subject-less past-tense conjunct
/// after ", and" whose head is no past tense goes to the nearest past-tense
/// verb above that has a subject.
fn past_conjunct_of_nonfinite(words: &mut Words) {
    for c in 3..=words.len() {
        let w = &words[c - 1];
        // (A participle with an object and no auxiliary is a past tense
        // here: "and signed(VBN) agreements".)
        if w.deprel != "conj"
            || !(w.xpos == "VBD" || (w.xpos == "VBN" && has_dependent(words, c, |r| r == "obj")))
            || words[c - 2].lemma != "and"
            || words[c - 3].form != ","
            || has_dependent(words, c, |r| r.starts_with("nsubj") || r.starts_with("aux"))
        {
            continue;
        }
        let h = w.head;
        if h == 0 || h > c || !matches!(words[h - 1].xpos.as_str(), "VB" | "VBG" | "VBP") {
            continue;
        }
        // The past tense above, with a subject (through at most a few
        // clause links).
        let mut a = words[h - 1].head;
        let mut target = None;
        for _ in 0..6 {
            if a == 0 {
                break;
            }
            let x = &words[a - 1];
            if x.xpos == "VBD" && has_dependent(words, a, |r| r.starts_with("nsubj")) {
                target = Some(a);
                break;
            }
            if !matches!(x.deprel.as_str(), "xcomp" | "advcl" | "ccomp" | "conj") {
                break;
            }
            a = x.head;
        }
        if let Some(t) = target {
            if try_move(words, c, t, "conj") {
                words[c - 1].xpos = "VBD".to_string();
            }
        }
    }
}

/// A verb coordinated with a noun that heads no clause ("condemned an attack
/// by soldiers ... and promised aid": `promised` is not a conjunct of
/// `soldiers`) is coordinated with the clause the noun sits in: climb from
/// the noun to the nearest ancestor that heads a clause, left of the verb.
fn verb_conjunct_of_noun(words: &mut Words) {
    for d in 1..=words.len() {
        let w = &words[d - 1];
        if w.deprel != "conj" || w.upos != "VERB" || w.head == 0 {
            continue;
        }
        let noun = w.head;
        if !matches!(words[noun - 1].upos.as_str(), "NOUN" | "PROPN" | "PRON")
            || heads_clause(words, noun)
        {
            continue;
        }
        let mut x = words[noun - 1].head;
        while x != 0 && !heads_clause(words, x) {
            x = words[x - 1].head;
        }
        if x != 0 && x < d {
            try_move(words, d, x, "conj");
        }
    }
}

/// An adverbial clause hung on a noun: "greeted Putin at a military base
/// in Anchorage before the two leaders held talks" with "held" an `advcl`
/// of "base". A noun that heads no clause takes no `advcl`: it goes to the
/// clause above.
fn adverbial_clause_of_noun(words: &mut Words) {
    for c in 2..=words.len() {
        let h = words[c - 1].head;
        // (Not "accused Kigali of sending troops": what the accused did
        // stays with the accused, where the coder looks for it.)
        if words[c - 1].deprel != "advcl"
            || h == 0
            || !matches!(words[h - 1].upos.as_str(), "NOUN" | "PROPN")
            || heads_clause(words, h)
            || dependents(words, c)
                .any(|k| words[k - 1].deprel == "mark" && words[k - 1].lemma == "of")
        {
            continue;
        }
        let mut x = words[h - 1].head;
        while x != 0 && !heads_clause(words, x) {
            x = words[x - 1].head;
        }
        // (Nor "accused Iran of aggression by supplying the Houthis": the
        // manner of an alleged act is the accused's.)
        let verdict = x != 0
            && matches!(
                words[x - 1].lemma.as_str(),
                "accuse"
                    | "blame"
                    | "charge"
                    | "condemn"
                    | "denounce"
                    | "criticise"
                    | "criticize"
                    | "praise"
                    | "thank"
                    | "commend"
            );
        if x != 0 && !verdict {
            try_move(words, c, x, "advcl");
        }
    }
}

/// A verb read as an adjective of its object, its subject the object's:
/// "before the two leaders held talks" with "held" an `amod` of "talks"
/// and "leaders" the subject of "talks". The verb heads the clause, the
/// noun is its object, and a subordinator on the subject marks it.
fn verb_read_as_modifier_of_its_object(words: &mut Words) {
    for x in 2..words.len() {
        let n = x + 1;
        if words[x - 1].upos != "VERB"
            || words[x - 1].deprel != "amod"
            || words[x - 1].head != n
            || !matches!(words[n - 1].upos.as_str(), "NOUN" | "PROPN")
            || words[n - 1].head == 0
        {
            continue;
        }
        let Some(s) = dependents(words, n).find(|&k| k < x && words[k - 1].deprel == "nsubj")
        else {
            continue;
        };
        let saved = arcs(words);
        let rel = match words[n - 1].deprel.as_str() {
            "obl" | "nmod" => "advcl".to_string(),
            r => r.to_string(),
        };
        words[x - 1].head = words[n - 1].head;
        words[x - 1].deprel = rel;
        words[n - 1].head = x;
        words[n - 1].deprel = "obj".to_string();
        words[s - 1].head = x;
        let marks: Vec<usize> = dependents(words, s)
            .filter(|&k| {
                words[k - 1].deprel == "case"
                    && SUBORDINATORS.contains(&words[k - 1].lemma.as_str())
            })
            .collect();
        for m in marks {
            words[m - 1].head = x;
            words[m - 1].deprel = "mark".to_string();
        }
        restore_unless_tree(words, saved);
    }
}

/// A name after an active verb read as a bare oblique: "greeted Sudanese
/// army chief Abdel Fattah al-Burhan in Cairo" with "Abdel" an `obl` with
/// no preposition. A name (not a day or month) right after its verb's
/// other words, with no case and no object beside it, is the object.
fn bare_name_read_as_oblique(words: &mut Words) {
    for o in 2..=words.len() {
        let v = words[o - 1].head;
        if words[o - 1].deprel != "obl"
            || words[o - 1].upos != "PROPN"
            || v == 0
            || v > o
            || words[v - 1].upos != "VERB"
            || !matches!(words[v - 1].xpos.as_str(), "VBD" | "VBZ" | "VBP" | "VB")
            || crate::DATE_NAMES.contains(&words[o - 1].form.to_lowercase().as_str())
            || has_dependent(words, o, |r| r == "case" || r == "nummod")
            || has_dependent(words, v, |r| {
                matches!(r, "obj" | "ccomp" | "xcomp") || r.ends_with(":pass")
            })
            // (Only the verb's own words between: adverbs and the name's
            // modifiers.)
            || !(v + 1..o).all(|k| dominates(words, o, k) || words[k - 1].upos == "ADV")
        {
            continue;
        }
        words[o - 1].deprel = "obj".to_string();
    }
}

/// A count read as the head of its preposition's phrase: "after more than
/// 10 hours of talks" with "after" under "10" (itself a modifier elsewhere)
/// and "hours" a bare oblique. The count is the noun's `nummod`, and the
/// preposition the noun's.
fn count_read_as_head_of_phrase(words: &mut Words) {
    for n in 1..words.len() {
        let k = n + 1;
        if words[n - 1].upos != "NUM"
            || !matches!(words[k - 1].upos.as_str(), "NOUN")
            || words[k - 1].head == n
            || has_dependent(words, k, |r| r == "case" || r == "nummod")
        {
            continue;
        }
        let cases: Vec<usize> = dependents(words, n)
            .filter(|&c| c < n && words[c - 1].deprel == "case")
            .collect();
        if cases.is_empty() {
            continue;
        }
        let saved = arcs(words);
        for c in cases {
            words[c - 1].head = k;
        }
        let rest: Vec<usize> = dependents(words, n)
            .filter(|&x| {
                !matches!(
                    words[x - 1].deprel.as_str(),
                    "advmod" | "fixed" | "compound"
                )
            })
            .filter(|&x| x != k)
            .collect();
        for x in rest {
            words[x - 1].head = k;
        }
        words[n - 1].head = k;
        words[n - 1].deprel = "nummod".to_string();
        restore_unless_tree(words, saved);
    }
}

/// An infinitive read as a relative clause of the object of a verb that
/// hands its object an act: "urged Chinese companies to invest" with
/// "invest" an `acl` of "companies". After such a verb the infinitive is
/// the verb's `xcomp` (its object is the infinitive's subject).
fn object_control_infinitive_read_as_relative(words: &mut Words) {
    const CONTROL: &[&str] = &[
        "urge",
        "ask",
        "call",
        "encourage",
        "persuade",
        "press",
        "request",
        "order",
        "allow",
        "permit",
        "enable",
        "force",
        "compel",
        "invite",
        "advise",
        "tell",
        "warn",
        "help",
    ];
    for x in 3..=words.len() {
        let o = words[x - 1].head;
        if words[x - 1].deprel != "acl"
            || words[x - 1].upos != "VERB"
            || o == 0
            || o > x
            || words[o - 1].deprel != "obj"
            || !dependents(words, x)
                .any(|m| words[m - 1].deprel == "mark" && words[m - 1].lemma == "to")
        {
            continue;
        }
        let v = words[o - 1].head;
        // (Not a quoted title: "called 'A Charge to Keep'".)
        if v == 0
            || !CONTROL.contains(&words[v - 1].lemma.as_str())
            || (v + 1..x).any(|k| matches!(words[k - 1].form.as_str(), "'" | "\"" | "``" | "''"))
        {
            continue;
        }
        try_move(words, x, v, "xcomp");
    }
}

/// A noun coordinated with a verb: "mediated by Qatar, Egypt and the
/// United States" with "States" a conjunct of "mediated". A nominal
/// conjunct of a verb, with no clause of its own, joins the list that
/// ends right before it among the verb's nominal dependents.
fn noun_conjunct_of_verb(words: &mut Words) {
    for c in 2..=words.len() {
        let v = words[c - 1].head;
        if words[c - 1].deprel != "conj"
            || v == 0
            || v > c
            || words[v - 1].upos != "VERB"
            || !matches!(words[c - 1].upos.as_str(), "NOUN" | "PROPN")
            || heads_clause(words, c)
        {
            continue;
        }
        let start = (1..=c).find(|&k| dominates(words, c, k)).unwrap_or(c);
        let Some(n) = dependents(words, v).filter(|&k| k < start).last() else {
            continue;
        };
        let nominal_rel = matches!(
            words[n - 1].deprel.as_str(),
            "obj" | "iobj" | "obl" | "obl:agent" | "nsubj" | "nsubj:pass"
        );
        if !nominal_rel
            || !matches!(words[n - 1].upos.as_str(), "NOUN" | "PROPN")
            || !(n..start).all(|k| dominates(words, n, k))
        {
            continue;
        }
        try_move(words, c, n, "conj");
    }
}

/// A time phrase after a comma read as a modifier of the noun before it:
/// "an exchange of hostages for prisoners, after months of negotiations"
/// with "months" an `nmod` of "prisoners". Set off by a comma, "after",
/// "before", "during", "following" or "amid" opens a phrase of the clause:
/// an `obl` of the nearest verb above.
fn comma_time_phrase_read_as_nmod(words: &mut Words) {
    for n in 3..=words.len() {
        if words[n - 1].deprel != "nmod" {
            continue;
        }
        let Some(m) = dependents(words, n).find(|&k| words[k - 1].deprel == "case") else {
            continue;
        };
        if m < 2
            || words[m - 2].form != ","
            || !matches!(
                words[m - 1].form.to_ascii_lowercase().as_str(),
                "after" | "before" | "during" | "following" | "amid"
            )
        {
            continue;
        }
        let mut v = words[n - 1].head;
        while v != 0 && words[v - 1].upos != "VERB" {
            v = words[v - 1].head;
        }
        if v == 0 || v > n {
            continue;
        }
        let saved = arcs(words);
        // (A participle right after the phrase, hung on a noun before it,
        // belongs to the phrase's last noun: "..., after months of
        // negotiations mediated by Qatar".)
        let end = (n..=words.len())
            .take_while(|&k| dominates(words, n, k))
            .last()
            .unwrap_or(n);
        if end < words.len()
            && words[end].deprel == "acl"
            && words[end].head < m
            && matches!(words[end - 1].upos.as_str(), "NOUN" | "PROPN")
        {
            words[end].head = end;
        }
        if !try_move(words, n, v, "obl") {
            for (w, (h, d)) in words.iter_mut().zip(saved) {
                w.head = h;
                w.deprel = d;
            }
        }
    }
}

/// One predicate, two subjects, one of them with a preposition ("Ever since
/// the first whispers about the IPO, most investors have feared ..."): the one
/// with the preposition is an oblique (`obl`, or `nmod` under a noun).
fn subject_with_case(words: &mut Words) {
    let is_subject = |w: &Word| SUBJECT.contains(&w.deprel.as_str());
    for first in 1..=words.len() {
        let h = words[first - 1].head;
        if h == 0 || !is_subject(&words[first - 1]) {
            continue;
        }
        let Some(second) = (first + 1..=words.len())
            .find(|&k| words[k - 1].head == h && is_subject(&words[k - 1]))
        else {
            continue;
        };
        let has_case = |s: usize| {
            dependents(words, s)
                .any(|k| words[k - 1].deprel == "case" && words[k - 1].xpos != "POS")
        };
        let Some(s) = [first, second].into_iter().find(|&s| has_case(s)) else {
            continue;
        };
        let verbal = matches!(words[h - 1].upos.as_str(), "VERB" | "AUX" | "ADJ");
        words[s - 1].deprel = if verbal { "obl" } else { "nmod" }.to_string();
    }
}

/// A coordinated name read as a conjunct of its own demonym: "Malian junta
/// leader Assimi Goita and Russian President Vladimir Putin signed" parsed
/// with "Russian" a conjunct of "Goita" and "Putin" a second subject. The
/// demonym modifies the title after it and the name it belongs to is the
/// conjunct.
fn conjunct_read_at_its_modifier(words: &mut Words) {
    for c in 2..words.len() {
        let w = &words[c - 1];
        let demonym = w.upos == "ADJ" || (w.upos == "PROPN" && is_demonym(&w.form));
        if w.deprel != "conj" || !demonym || w.head == 0 || w.head > c {
            continue;
        }
        if dependents(words, c).any(|k| words[k - 1].deprel != "cc") {
            continue;
        }
        // The top of the first name ("Assimi" above "Goita").
        let a = climb(words, w.head, &["flat", "compound"]);
        // The head of the phrase after the demonym ("President" → "Vladimir").
        let k = phrase_head_after(words, c);
        if words[k - 1].upos != "PROPN" || (c + 1..k).any(|x| !dominates(words, k, x)) || a == k {
            continue;
        }
        let two_subjects = words[k - 1].head == words[a - 1].head
            && words[k - 1].deprel == words[a - 1].deprel
            && words[a - 1].head != 0;
        let hung_on_first = words[k - 1].head == a;
        // "as Ethiopian Prime Minister Abiy Ahmed and Eritrean President
        // Isaias Afwerki met": the subordinator read as the first name's
        // preposition, the first name an oblique of the verb whose subject
        // is the second.
        let v = words[a - 1].head;
        let subordinator = dependents(words, a).find(|&m| {
            m < a
                && words[m - 1].deprel == "case"
                && SUBORDINATORS.contains(&words[m - 1].lemma.as_str())
        });
        // (Or read as an object before the subject: "as Ethiopian Prime
        // Minister Abiy Ahmed and ... met" with "as" the verb's marker.)
        let subordinated = ((subordinator.is_some() && words[a - 1].deprel == "obl")
            || words[a - 1].deprel == "obj")
            && words[k - 1].deprel == "nsubj"
            && words[k - 1].head == v
            && v > k
            && words[v - 1].upos == "VERB";
        if !two_subjects && !hung_on_first && !subordinated {
            continue;
        }
        let modified = if c + 1 < k && matches!(words[c].upos.as_str(), "NOUN" | "PROPN") {
            c + 1
        } else {
            k
        };
        // (UD hangs every conjunct from the first one.)
        let first = if words[a - 1].deprel == "conj" {
            words[a - 1].head
        } else {
            a
        };
        if try_move(words, k, first, "conj") {
            let ccs: Vec<usize> = dependents(words, c).collect();
            // (The demonym first, so that its arc no longer crosses the
            // conjunction's.)
            let moved = try_move(words, c, modified, "amod");
            for x in ccs {
                try_move(words, x, k, "cc");
            }
            if moved && words[c - 1].upos == "PROPN" {
                words[c - 1].upos = "ADJ".to_string();
                words[c - 1].xpos = "JJ".to_string();
            }
            if subordinated {
                match subordinator {
                    Some(m) if try_move(words, m, v, "mark") => {
                        words[m - 1].upos = "SCONJ".to_string();
                        words[a - 1].deprel = "nsubj".to_string();
                    }
                    Some(_) => {}
                    None => words[a - 1].deprel = "nsubj".to_string(),
                }
            }
        }
    }
}

/// From word `w`, up through heads while the word's relation is one of
/// `rels` ("Goita" `flat` under "Assimi" → "Assimi").
fn climb(words: &Words, mut w: usize, rels: &[&str]) -> usize {
    while rels.contains(&words[w - 1].deprel.as_str()) && words[w - 1].head != 0 {
        w = words[w - 1].head;
    }
    w
}

/// The head of the noun phrase that starts right after word `c`: from the
/// next word, up through the nominals it modifies ("President" → "Vladimir"
/// in "Russian President Vladimir Putin").
fn phrase_head_after(words: &Words, c: usize) -> usize {
    let mut k = c + 1;
    while words[k - 1].head > k && is_nominal(&words[words[k - 1].head - 1]) {
        k = words[k - 1].head;
    }
    k
}

/// A conjunct hung from a part of a name: "Kassym-Jomart Tokayev and
/// Vladimir Putin" with "Vladimir" a conjunct of "Jomart" (itself `flat`
/// under "Kassym"). UD hangs conjuncts from the head of the name.
fn conjunct_of_a_name_part(words: &mut Words) {
    for c in 1..=words.len() {
        let h = words[c - 1].head;
        if words[c - 1].deprel != "conj"
            || h == 0
            || words[h - 1].deprel != "flat"
            || words[h - 1].upos != "PROPN"
        {
            continue;
        }
        let top = climb(words, h, &["flat"]);
        try_move(words, c, top, "conj");
    }
}

/// A name read as a subject of its own after the common noun it names:
/// "Modi and his Bangladeshi counterpart Sheikh Hasina exchanged …" with
/// "counterpart" a conjunct of "Modi" and "Hasina" a second subject. The
/// name is in apposition to the noun.
fn name_after_a_conjoined_title(words: &mut Words) {
    for n in 2..words.len() {
        let w = &words[n - 1];
        if w.deprel != "conj" || w.upos != "NOUN" || w.head == 0 {
            continue;
        }
        let top = climb(words, w.head, &["flat", "conj"]);
        let k = phrase_head_after(words, n);
        if words[k - 1].upos != "PROPN"
            || words[k - 1].deprel != words[top - 1].deprel
            || words[k - 1].head != words[top - 1].head
            || !SUBJECT.contains(&words[k - 1].deprel.as_str())
            || (n + 1..k).any(|x| !dominates(words, k, x))
        {
            continue;
        }
        try_move(words, k, n, "appos");
    }
}

/// A second speech act read into the first one's complement: "Netanyahu
/// said Iran had made a mistake and vowed that it would pay" with "vowed"
/// a conjunct of "made". A subjectless verb of saying or committing, with a
/// clause of its own, conjoined to the complement of a verb of saying, is
/// the speaker's second act: a conjunct of the saying verb.
fn speech_conjunct_read_into_complement(words: &mut Words) {
    const SPEECH: &[&str] = &[
        "vow", "pledge", "promise", "warn", "threaten", "add", "insist", "urge", "accuse", "deny",
        "announce", "say",
    ];
    const SAYING: &[&str] = &["say", "tell", "state", "announce", "declare", "add"];
    for c in 1..=words.len() {
        let w = &words[c - 1];
        if w.deprel != "conj"
            || w.upos != "VERB"
            || !SPEECH.contains(&w.lemma.as_str())
            || w.head == 0
        {
            continue;
        }
        let h = w.head;
        let r = words[h - 1].head;
        if words[h - 1].deprel != "ccomp"
            || r == 0
            || !SAYING.contains(&words[r - 1].lemma.as_str())
            || has_dependent(words, c, |x| x.starts_with("nsubj"))
            || !has_dependent(words, c, |x| matches!(x, "ccomp" | "xcomp"))
        {
            continue;
        }
        try_move(words, c, r, "conj");
    }
}

/// A reported clause read as a relative clause of the report's date:
/// "said on Tuesday it had deported 12 nationals" with "deported" an
/// `acl:relcl` of "Tuesday". A clause with its own subject and no relative
/// word after the time of a verb of saying is what was said.
fn report_read_as_relative_of_its_date(words: &mut Words) {
    const SAYING: &[&str] = &[
        "say", "tell", "announce", "state", "confirm", "report", "claim", "warn", "add", "insist",
    ];
    // (The weekdays are the first seven of `DATE_NAMES`.)
    const TIMES: &[&str] = &[
        "today",
        "yesterday",
        "day",
        "week",
        "month",
        "year",
        "night",
        "morning",
        "evening",
        "weekend",
    ];
    for r in 1..=words.len() {
        let n = words[r - 1].head;
        if words[r - 1].deprel != "acl:relcl" || n == 0 || n > r {
            continue;
        }
        let v = words[n - 1].head;
        if v == 0
            || !SAYING.contains(&words[v - 1].lemma.as_str())
            || !{
                let t = words[n - 1].lemma.to_ascii_lowercase();
                crate::DATE_NAMES[..7].contains(&t.as_str()) || TIMES.contains(&t.as_str())
            }
            || !dependents(words, r).any(|k| k < r && words[k - 1].deprel.starts_with("nsubj"))
            || dependents(words, r).any(|k| {
                matches!(
                    words[k - 1].lemma.as_str(),
                    "which" | "that" | "who" | "whom" | "whose" | "when" | "where"
                )
            })
        {
            continue;
        }
        try_move(words, r, v, "ccomp");
    }
}

/// The first members of a listed subject read as the verb's bare oblique:
/// "warplanes, ships and a submarine struck ..." with "warplanes" an `obl`
/// (no preposition), "and" the verb's `cc` and "submarine" its subject. A
/// bare nominal before the subject, joined to it by a conjunction, is the
/// list's first member.
fn list_read_as_oblique(words: &mut Words) {
    for s in 2..=words.len() {
        let v = words[s - 1].head;
        if words[s - 1].deprel != "nsubj" || v <= s || words[v - 1].upos != "VERB" {
            continue;
        }
        let start = (1..=s).find(|&k| dominates(words, s, k)).unwrap_or(s);
        if start < 3 {
            continue;
        }
        let cc = start - 1;
        if words[cc - 1].head != v
            || words[cc - 1].deprel != "cc"
            || !matches!(words[cc - 1].lemma.as_str(), "and" | "or")
        {
            continue;
        }
        let Some(first) = dependents(words, v).find(|&k| {
            k < cc
                && matches!(words[k - 1].deprel.as_str(), "obl" | "obj")
                && matches!(words[k - 1].upos.as_str(), "NOUN" | "PROPN")
                && !has_dependent(words, k, |r| r == "case")
                && (k..cc).all(|x| dominates(words, k, x))
        }) else {
            continue;
        };
        let saved = arcs(words);
        words[cc - 1].head = s;
        words[s - 1].head = first;
        words[s - 1].deprel = "conj".to_string();
        words[first - 1].deprel = "nsubj".to_string();
        restore_unless_tree(words, saved);
    }
}

/// One predicate, two bare subjects: a list read as two subjects ("The
/// United States, Britain and France carried out strikes", the second after
/// a comma, is one coordinated subject) or a title read as a subject of its
/// own ("Old foe Gondor and Osgiliath have renewed ties", "PM Allawi is
/// responsible": the common noun right before the name describes it,
/// `nmod:desc`).
fn listed_subjects(words: &mut Words) {
    for first in 1..=words.len() {
        let h = words[first - 1].head;
        // "Uzbekistan, Pakistan and Afghanistan signed": the first name of a
        // list read as the verb's vocative (news seldom addresses anyone).
        let vocative = words[first - 1].deprel == "vocative"
            && words[first - 1].upos == "PROPN"
            && words.get(first).is_some_and(|w| w.form == ",");
        if h == 0
            || !(words[first - 1].deprel == "nsubj" || vocative)
            || !is_nominal(&words[first - 1])
        {
            continue;
        }
        let Some(second) = (first + 1..h.max(first + 1))
            .find(|&k| words[k - 1].head == h && words[k - 1].deprel == "nsubj")
        else {
            continue;
        };
        if !matches!(words[second - 1].upos.as_str(), "NOUN" | "PROPN")
            || has_dependent(words, second, |r| r == "case")
        {
            continue;
        }
        // "Russia 's defence ministry blamed": a possessor read as a subject
        // of its own belongs to the subject after it.
        let possessive = dependents(words, first)
            .any(|k| words[k - 1].deprel == "case" && words[k - 1].xpos == "POS");
        if possessive {
            if (first + 1..second)
                .all(|k| dominates(words, first, k) || dominates(words, second, k))
            {
                try_move(words, first, second, "nmod:poss");
            }
            continue;
        }
        // The words between are the first subject's own, and a comma or a
        // conjunction ("The United States and Britain carried out").
        let joiner = |k: usize| {
            words[k - 1].form == ","
                || (words[k - 1].upos == "CCONJ"
                    && matches!(words[k - 1].lemma.as_str(), "and" | "or"))
        };
        let between_ok = (first + 1..second)
            .all(|k| dominates(words, first, k) || (k == second - 1 && joiner(k)));
        // "Maldives President Mohamed Muizzu demanded": a name right before
        // the title of the subject names the title's state.
        if !between_ok
            && words[first - 1].upos == "PROPN"
            && !vocative
            && (first + 1..second).all(|k| dominates(words, second, k))
            && words[first].upos == "PROPN"
            && !has_dependent(words, first, |_| true)
        {
            try_move(words, first, first + 1, "compound");
            continue;
        }
        if !between_ok {
            continue;
        }
        let and = words[second - 2].upos == "CCONJ";
        if joiner(second - 1)
            && words[first - 1].upos == "PROPN"
            && (!and || words[second - 1].upos == "PROPN")
        {
            // (The joiner goes with the second first, or the move would
            // cross it.)
            let (old_head, old_rel) = (words[second - 2].head, words[second - 2].deprel.clone());
            words[second - 2].head = second;
            words[second - 2].deprel = if and { "cc" } else { "punct" }.to_string();
            if !try_move(words, second, first, "conj") {
                words[second - 2].head = old_head;
                words[second - 2].deprel = old_rel;
            } else {
                if vocative {
                    words[first - 1].deprel = "nsubj".to_string();
                }
                // UD hangs every conjunct from the first.
                let later: Vec<usize> = dependents(words, second)
                    .filter(|&k| words[k - 1].deprel == "conj")
                    .collect();
                for k in later {
                    try_move(words, k, first, "conj");
                }
            }
        } else if second == first + 1
            && words[first - 1].upos == "NOUN"
            && words[second - 1].upos == "PROPN"
        {
            // EWT's relations: a bare title describes the name ("PM
            // Allawi"), a name after a determined noun is its apposition
            // ("the former Iraqi leader Saddam Hussein").
            if has_dependent(words, first, |r| r == "det") {
                try_move(words, second, first, "appos");
            } else {
                try_move(words, first, second, "nmod:desc");
            }
        } else if second == first + 1
            && words[first - 1].upos == "PROPN"
            && words[first - 1]
                .form
                .starts_with(|c: char| c.is_ascii_uppercase())
            && words[second - 1].upos == "NOUN"
            && !has_dependent(words, first, |_| true)
        {
            // A bare name before a common noun modifies it: a demonym
            // ("Kenyan police opened fire") is an adjective, a name a
            // compound ("Pakistan army").
            if is_demonym(&words[first - 1].form) {
                if try_move(words, first, second, "amod") {
                    words[first - 1].upos = "ADJ".to_string();
                    words[first - 1].xpos = "JJ".to_string();
                }
            } else {
                try_move(words, first, second, "compound");
            }
        }
    }
}

/// Whether a capitalised word has the shape of a demonym ("Kenyan",
/// "Syrian", "Sudanese", "Turkish", "Somali"), not of a country name
/// ("Pakistan", "Sudan", "Oman").
fn is_demonym(form: &str) -> bool {
    let f = form.to_ascii_lowercase();
    if !form.starts_with(|c: char| c.is_ascii_uppercase()) || f.len() < 4 {
        return false;
    }
    let country_like = f.ends_with("stan")
        || matches!(
            f.as_str(),
            "sudan"
                | "iran"
                | "oman"
                | "japan"
                | "taiwan"
                | "bhutan"
                | "jordan"
                | "azerbaijan"
                | "vatican"
        );
    !country_like
        && (f.ends_with("an")
            || f.ends_with("ese")
            || f.ends_with("ish")
            || (f.ends_with('i') && !f.ends_with("hi") && !f.ends_with("ai")))
}

/// An object with a preposition of its own is an oblique: "supplied
/// Afghanistan with 1 million tonnes of fuel" with "tonnes" a second `obj`
/// that has "with" as its `case`.
/// (The preposition may hang lower, from a number of the phrase: "with
/// about 1 million tonnes" with "with" under "million".)
fn object_with_case(words: &mut Words) {
    for d in 1..=words.len() {
        if words[d - 1].deprel != "obj" {
            continue;
        }
        let first = (1..d).find(|&x| dominates(words, d, x));
        if let Some(x) = first {
            let w = &words[x - 1];
            if w.upos == "ADP"
                && matches!(w.lemma.as_str(), "with" | "between")
                && w.deprel == "case"
                && w.head != d
            {
                words[x - 1].head = d;
            }
        }
        if dependents(words, d).any(|k| words[k - 1].deprel == "case" && words[k - 1].upos == "ADP")
        {
            words[d - 1].deprel = "obl".to_string();
        }
    }
}

/// A noun with an object across a count: "called up a record 300,000 reservists" with
/// "record" the verb's object and "reservists" an `obj` of "record". Only
/// verbs take objects: the later noun is the verb's object and the earlier
/// one a compound of it.
fn object_of_a_noun(words: &mut Words) {
    for c in 1..=words.len() {
        let n = words[c - 1].head;
        if words[c - 1].deprel != "obj"
            || n == 0
            || n > c
            || words[n - 1].upos != "NOUN"
            || words[n - 1].deprel != "obj"
            || !matches!(words[c - 1].upos.as_str(), "NOUN" | "PROPN")
        {
            continue;
        }
        let v = words[n - 1].head;
        if v == 0
            || !matches!(words[v - 1].upos.as_str(), "VERB")
            || (n + 1..c).any(|x| !dominates(words, c, x))
            // ("a record 300,000 reservists", "a further 15,000 tonnes": a
            // count between them)
            || !(n + 1..c).any(|x| words[x - 1].upos == "NUM")
        {
            continue;
        }
        // c takes n's place; n and its other dependents go under c.
        words[c - 1].head = v;
        words[n - 1].head = c;
        words[n - 1].deprel = "compound".to_string();
        for k in 1..=words.len() {
            if k != c
                && words[k - 1].head == n
                && k > n
                && !matches!(words[k - 1].deprel.as_str(), "det")
            {
                words[k - 1].head = c;
            }
        }
        for k in 1..n {
            if words[k - 1].head == n && words[k - 1].deprel == "det" {
                words[k - 1].head = c;
            }
        }
    }
}

/// `nsubj:pass` needs a passive auxiliary. If the head is a participle with a
/// "be" auxiliary, that auxiliary is the passive one ("was bombed"); otherwise
/// the subject is an ordinary `nsubj` ("foe ... have renewed").
fn passive_subject_without_auxiliary(words: &mut Words) {
    for d in 1..=words.len() {
        if words[d - 1].deprel != "nsubj:pass" || words[d - 1].head == 0 {
            continue;
        }
        let h = words[d - 1].head;
        if has_dependent(words, h, |r| r == "aux:pass") {
            continue;
        }
        let be = dependents(words, h)
            .filter(|&k| k < h && words[k - 1].deprel == "aux" && words[k - 1].lemma == "be")
            .last();
        match be {
            Some(b) if words[h - 1].xpos == "VBN" => words[b - 1].deprel = "aux:pass".to_string(),
            _ => words[d - 1].deprel = "nsubj".to_string(),
        }
    }
}

/// `obl` attaches to predicates; under a noun that heads no clause the same
/// phrase is an `nmod` ("the attack [by soldiers]").
fn obl_of_nominal(words: &mut Words) {
    for d in 1..=words.len() {
        let h = words[d - 1].head;
        if h == 0 || !words[d - 1].deprel.starts_with("obl") {
            continue;
        }
        if !matches!(words[h - 1].upos.as_str(), "NOUN" | "PROPN" | "PRON")
            || heads_clause(words, h)
        {
            continue;
        }
        words[d - 1].deprel = match words[d - 1].deprel.as_str() {
            "obl:unmarked" => "nmod:unmarked",
            _ => "nmod",
        }
        .to_string();
    }
}

/// `case` marks nominals, `mark` clauses: a preposition on a gerund or finite
/// verb is a `mark` ("before leaving"), one on a noun that heads no clause a
/// `case`.
fn case_or_mark_by_head(words: &mut Words) {
    for d in 1..=words.len() {
        let h = words[d - 1].head;
        if h == 0 {
            continue;
        }
        let (rel, upos) = (words[d - 1].deprel.as_str(), words[d - 1].upos.as_str());
        let head = &words[h - 1];
        let new = if rel == "case"
            && head.upos == "VERB"
            && matches!(head.xpos.as_str(), "VBG" | "VB" | "VBD" | "VBZ" | "VBP")
            && matches!(upos, "ADP" | "SCONJ")
        {
            "mark"
        } else if rel == "mark"
            && upos == "ADP"
            && matches!(head.upos.as_str(), "NOUN" | "PROPN" | "PRON")
            && !heads_clause(words, h)
        {
            "case"
        } else {
            continue;
        };
        words[d - 1].deprel = new.to_string();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words from "form/UPOS/XPOS/head/deprel" specs; "be" forms get lemma "be".
    fn sentence(spec: &str) -> Vec<Word> {
        spec.split_whitespace()
            .map(|w| {
                let f: Vec<&str> = w.split('/').collect();
                let lemma = match f[0] {
                    "is" | "was" | "were" | "been" | "be" => "be".to_string(),
                    other => other.to_lowercase(),
                };
                Word {
                    form: f[0].to_string(),
                    lemma,
                    upos: f[1].to_string(),
                    xpos: f[2].to_string(),
                    head: f[3].parse().unwrap(),
                    deprel: f[4].to_string(),
                    ..Word::default()
                }
            })
            .collect()
    }

    fn heads(words: &[Word]) -> Vec<usize> {
        words.iter().map(|w| w.head).collect()
    }

    fn rels(words: &[Word]) -> Vec<&str> {
        words.iter().map(|w| w.deprel.as_str()).collect()
    }

    #[test]
    fn a_listed_subject_read_as_a_bare_oblique_is_the_first_member() {
        // "warplanes , ships and a submarine struck targets" with
        // "warplanes" an `obl`, "and" the verb's `cc`.
        let mut s = sentence(
            "warplanes/NOUN/NNS/7/obl ,/PUNCT/,/3/punct ships/NOUN/NNS/1/conj and/CCONJ/CC/7/cc \
             a/DET/DT/6/det submarine/NOUN/NN/7/nsubj struck/VERB/VBD/0/root \
             targets/NOUN/NNS/7/obj",
        );
        list_read_as_oblique(&mut s);
        assert_eq!((s[0].head, s[0].deprel.as_str()), (7, "nsubj"));
        assert_eq!((s[5].head, s[5].deprel.as_str()), (1, "conj"));
        assert_eq!(s[3].head, 6);
    }

    #[test]
    fn a_root_marked_by_a_subordinator_gives_way_to_the_clause_before_it() {
        // "Riyadh closed ports , a day after rebels fired , and accused Iran ."
        // with "fired" the root and "closed" its complement.
        let mut s = sentence(
            "Riyadh/PROPN/NNP/2/nsubj closed/VERB/VBD/9/ccomp ports/NOUN/NNS/2/obj \
             ,/PUNCT/,/6/punct a/DET/DT/6/det day/NOUN/NN/9/obl after/SCONJ/IN/9/mark \
             rebels/NOUN/NNS/9/nsubj fired/VERB/VBD/0/root ,/PUNCT/,/12/punct \
             and/CCONJ/CC/12/cc accused/VERB/VBD/9/conj Iran/PROPN/NNP/12/obj ./PUNCT/./9/punct",
        );
        subordinate_clause_read_as_root(&mut s);
        assert_eq!((s[1].head, s[1].deprel.as_str()), (0, "root"));
        assert_eq!((s[8].head, s[8].deprel.as_str()), (2, "advcl"));
        assert_eq!(s[11].head, 2);
        assert_eq!(s[13].head, 2);
    }

    #[test]
    fn a_verb_read_as_its_objects_adjective_heads_its_clause() {
        // "greeted Burhan before the leaders held talks" with "held" an
        // `amod` of "talks" and "leaders" the subject of "talks".
        let mut s = sentence(
            "Sisi/PROPN/NNP/2/nsubj greeted/VERB/VBD/0/root Burhan/PROPN/NNP/2/obj \
             before/ADP/IN/6/case the/DET/DT/6/det leaders/NOUN/NNS/8/nsubj \
             held/VERB/VBD/8/amod talks/NOUN/NNS/2/obl",
        );
        verb_read_as_modifier_of_its_object(&mut s);
        assert_eq!((s[6].head, s[6].deprel.as_str()), (2, "advcl"));
        assert_eq!((s[7].head, s[7].deprel.as_str()), (7, "obj"));
        assert_eq!((s[5].head, s[5].deprel.as_str()), (7, "nsubj"));
        assert_eq!((s[3].head, s[3].deprel.as_str()), (7, "mark"));
    }

    #[test]
    fn a_count_read_as_the_head_of_its_phrase_counts_the_noun() {
        // "agreed after 10 hours of talks" with "after" under "10" and
        // "hours" a bare oblique.
        let mut s = sentence(
            "they/PRON/PRP/2/nsubj agreed/VERB/VBD/0/root after/ADP/IN/4/case 10/NUM/CD/2/obl \
             hours/NOUN/NNS/2/obl of/ADP/IN/7/case talks/NOUN/NNS/5/nmod",
        );
        count_read_as_head_of_phrase(&mut s);
        assert_eq!((s[3].head, s[3].deprel.as_str()), (5, "nummod"));
        assert_eq!(s[2].head, 5);
        assert_eq!(s[4].head, 2);
    }

    #[test]
    fn visiting_before_a_titled_name_modifies_the_verbs_object() {
        // "Rahmon told visiting Pakistani Foreign Minister Shah Qureshi"
        // with "visiting" an `xcomp` and "Pakistani" its object.
        let mut s = sentence(
            "Rahmon/PROPN/NNP/2/nsubj told/VERB/VBD/0/root visiting/VERB/VBG/2/xcomp \
             Pakistani/ADJ/JJ/3/obj Foreign/ADJ/JJ/6/amod Minister/PROPN/NNP/7/nmod:desc \
             Shah/PROPN/NNP/3/obl Qureshi/PROPN/NNP/7/flat",
        );
        visiting_read_as_clause(&mut s);
        assert_eq!((s[6].head, s[6].deprel.as_str()), (2, "obj"));
        assert_eq!((s[2].head, s[2].deprel.as_str()), (7, "amod"));
        assert_eq!((s[3].head, s[3].deprel.as_str()), (6, "amod"));
        assert_eq!((s[5].head, s[5].deprel.as_str()), (7, "nmod:desc"));
    }

    #[test]
    fn an_adverbial_clause_of_a_noun_goes_to_the_clause_above() {
        // "greeted Putin at a base before they held talks" with "held" an
        // `advcl` of "base".
        let mut s = sentence(
            "Trump/PROPN/NNP/2/nsubj greeted/VERB/VBD/0/root Putin/PROPN/NNP/2/obj \
             at/ADP/IN/6/case a/DET/DT/6/det base/NOUN/NN/2/obl before/SCONJ/IN/9/mark \
             they/PRON/PRP/9/nsubj held/VERB/VBD/6/advcl talks/NOUN/NNS/9/obj",
        );
        adverbial_clause_of_noun(&mut s);
        assert_eq!((s[8].head, s[8].deprel.as_str()), (2, "advcl"));
    }

    #[test]
    fn two_coordinated_titled_names_are_rebuilt_as_conjuncts() {
        // "Chilean President Gabriel Boric and Argentine President Javier
        // Milei met." with "Chilean" an adverb, "Boric" a compound of the
        // second title and two subjects.
        let mut s = sentence(
            "Chilean/ADJ/JJ/10/advmod President/PROPN/NNP/3/nmod:desc Gabriel/PROPN/NNP/10/nsubj \
             Boric/PROPN/NNP/7/compound and/CCONJ/CC/6/cc Argentine/PROPN/NNP/4/conj \
             President/PROPN/NNP/8/nmod:desc Javier/PROPN/NNP/10/nsubj Milei/PROPN/NNP/8/flat \
             met/VERB/VBD/0/root ./PUNCT/./10/punct",
        );
        coordinated_titled_names(&mut s);
        assert_eq!(heads(&s), vec![2, 3, 10, 3, 8, 7, 8, 3, 8, 0, 10]);
        assert_eq!(
            rels(&s),
            vec![
                "amod",
                "nmod:desc",
                "nsubj",
                "flat",
                "cc",
                "compound",
                "nmod:desc",
                "conj",
                "flat",
                "root",
                "punct"
            ]
        );
        // A single titled name is left alone.
        let mut one = sentence(
            "President/PROPN/NNP/2/nmod:desc Boric/PROPN/NNP/3/nsubj met/VERB/VBD/0/root \
             ./PUNCT/./3/punct",
        );
        let before = heads(&one);
        coordinated_titled_names(&mut one);
        assert_eq!(heads(&one), before);
    }

    #[test]
    fn a_name_part_across_a_conjunct_goes_to_its_own_name() {
        // "Maduro and Guyanese President Irfaan Ali agreed" with "President"
        // a conjunct of "Maduro" and "Irfaan" flat under "Maduro".
        let mut s = sentence(
            "Maduro/PROPN/NNP/7/nsubj and/CCONJ/CC/4/cc Guyanese/ADJ/JJ/4/amod \
             President/PROPN/NNP/1/conj Irfaan/PROPN/NNP/1/flat Ali/PROPN/NNP/5/flat \
             agreed/VERB/VBD/0/root",
        );
        name_part_across_conjunct(&mut s);
        assert_eq!(heads(&s), vec![7, 5, 4, 5, 1, 5, 0]);
        assert_eq!(s[3].deprel, "nmod:desc");
        assert_eq!(s[4].deprel, "conj");
        // "Kristen Quinn, Sarah Mulholland": no title, so the surname is
        // `flat` under the first name before it.
        let mut list = sentence(
            "Kristen/PROPN/NNP/0/root Quinn/PROPN/NNP/1/flat ,/PUNCT/,/4/punct \
             Sarah/PROPN/NNP/1/conj Mulholland/PROPN/NNP/1/flat",
        );
        name_part_across_conjunct(&mut list);
        assert_eq!(heads(&list), vec![0, 1, 4, 1, 4]);
        assert_eq!(list[4].deprel, "flat");
    }

    #[test]
    fn a_subordinator_read_as_the_first_names_preposition_marks_the_clause() {
        // "Crossings reopened as Ethiopian Minister Abiy and Eritrean
        // President Isaias met." with "as" the case of "Abiy", an oblique,
        // "Eritrean" its conjunct and "Isaias" the subject.
        let mut s = sentence(
            "crossings/NOUN/NNS/2/nsubj reopened/VERB/VBD/0/root as/ADP/IN/6/case \
             Ethiopian/PROPN/NNP/6/compound Minister/PROPN/NNP/6/nmod:desc Abiy/PROPN/NNP/12/obl \
             and/CCONJ/CC/8/cc Eritrean/PROPN/NNP/6/conj President/PROPN/NNP/10/nmod:desc \
             Isaias/PROPN/NNP/12/nsubj Afwerki/PROPN/NNP/10/flat met/VERB/VBD/2/advcl \
             ./PUNCT/./2/punct",
        );
        conjunct_read_at_its_modifier(&mut s);
        assert_eq!(s[9].head, 6);
        assert_eq!(s[9].deprel, "conj");
        assert_eq!((s[2].head, s[2].deprel.as_str()), (12, "mark"));
        assert_eq!((s[5].head, s[5].deprel.as_str()), (12, "nsubj"));
        assert_eq!((s[7].head, s[7].deprel.as_str()), (9, "amod"));
        assert_eq!((s[6].head, s[6].deprel.as_str()), (10, "cc"));
    }

    #[test]
    fn a_clause_read_as_a_noun_phrase_gets_its_verb_back() {
        // "Warplanes struck targets in Lebanon." parsed as a noun phrase.
        let mut s = sentence(
            "Warplanes/NOUN/NNS/0/root struck/VERB/VBN/1/acl targets/NOUN/NNS/2/obj \
             in/ADP/IN/5/case Lebanon/PROPN/NNP/2/obl ./PUNCT/./1/punct",
        );
        clause_read_as_noun_phrase(&mut s);
        assert_eq!(heads(&s), vec![2, 0, 2, 5, 2, 2]);
        assert_eq!(
            rels(&s),
            vec!["nsubj", "root", "obj", "case", "obl", "punct"]
        );
        assert_eq!(s[1].xpos, "VBD");
        // A passive participle (no object) is left alone: "Soldiers killed
        // in Ukraine."
        let mut s = sentence(
            "Soldiers/NOUN/NNS/0/root killed/VERB/VBN/1/acl in/ADP/IN/4/case \
             Ukraine/PROPN/NNP/2/obl ./PUNCT/./1/punct",
        );
        clause_read_as_noun_phrase(&mut s);
        assert_eq!(heads(&s), vec![0, 1, 4, 2, 1]);
    }

    #[test]
    fn an_intransitive_participle_after_a_bare_noun_phrase_is_the_predicate() {
        // "Troops clashed with rebels ." parsed as a noun phrase.
        let mut s = sentence(
            "Troops/NOUN/NNS/0/root clashed/VERB/VBN/1/acl with/ADP/IN/4/case \
             rebels/NOUN/NNS/2/obl ./PUNCT/./1/punct",
        );
        s[1].lemma = "clash".to_string();
        clause_read_as_noun_phrase(&mut s);
        assert_eq!(heads(&s), vec![2, 0, 4, 2, 2]);
        assert_eq!(rels(&s)[0], "nsubj");
    }

    #[test]
    fn a_reduced_relative_read_as_the_predicate_gives_way_to_its_bare_conjunct() {
        // "Report released Tuesday alleged fraud ." with "released" the root
        // and "alleged" its conjunct (no conjunction, no comma).
        let mut s = sentence(
            "Report/NOUN/NN/2/nsubj released/VERB/VBD/0/root Tuesday/PROPN/NNP/2/obl:tmod \
             alleged/VERB/VBD/2/conj fraud/NOUN/NN/4/obj ./PUNCT/./2/punct",
        );
        reduced_relative_read_as_predicate(&mut s);
        assert_eq!(heads(&s), vec![4, 1, 2, 0, 4, 4]);
        assert_eq!(rels(&s)[1], "acl");
        // Coordinated with "and", the two verbs stay as they are.
        let mut s = sentence(
            "Police/NOUN/NNS/2/nsubj arrived/VERB/VBD/0/root and/CCONJ/CC/4/cc \
             arrested/VERB/VBD/2/conj him/PRON/PRP/4/obj ./PUNCT/./2/punct",
        );
        reduced_relative_read_as_predicate(&mut s);
        assert_eq!(heads(&s), vec![2, 0, 4, 2, 4, 2]);
    }

    #[test]
    fn a_bare_agent_is_an_object_and_its_participle_the_predicate() {
        // "Guards detained Bazoum , in what they called a coup ." with
        // "detained" a reduced relative of "Guards", "Bazoum" its agent and
        // the verbless "what" the root.
        let mut s = sentence(
            "Guards/NOUN/NNS/6/nsubj detained/VERB/VBN/1/acl Bazoum/PROPN/NNP/2/obl:agent \
             ,/PUNCT/,/6/punct in/ADP/IN/6/case what/PRON/WP/0/root they/PRON/PRP/8/nsubj \
             called/VERB/VBD/6/acl:relcl coup/NOUN/NN/8/obj ./PUNCT/./6/punct",
        );
        bare_agent_read_as_object(&mut s);
        assert_eq!(heads(&s), vec![2, 0, 2, 6, 6, 2, 8, 6, 8, 2]);
        assert_eq!(rels(&s)[2], "obj");
        assert_eq!(rels(&s)[5], "obl");
        assert_eq!(s[1].xpos, "VBD");
        // A real agent keeps its label.
        let mut s = sentence(
            "Bazoum/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass detained/VERB/VBN/0/root \
             by/ADP/IN/5/case guards/NOUN/NNS/3/obl:agent ./PUNCT/./3/punct",
        );
        bare_agent_read_as_object(&mut s);
        assert_eq!(rels(&s)[4], "obl:agent");
    }

    #[test]
    fn an_agent_phrase_needs_by() {
        let mut s = sentence(
            "They/PRON/PRP/2/nsubj protested/VERB/VBD/0/root against/ADP/IN/4/case \
             rule/NOUN/NN/2/obl:agent ./PUNCT/./2/punct",
        );
        agent_without_by(&mut s);
        assert_eq!(rels(&s)[3], "obl");
    }

    #[test]
    fn coordinated_adverbs_give_the_predicate_back() {
        // "It was heavily and unjustly criticized ." with "heavily" the root.
        let mut s = sentence(
            "It/PRON/PRP/3/nsubj was/AUX/VBD/3/cop heavily/ADV/RB/0/root and/CCONJ/CC/6/cc \
             unjustly/ADV/RB/6/advmod criticized/VERB/VBN/3/conj ./PUNCT/./3/punct",
        );
        coordinated_adverbs_read_as_predicate(&mut s);
        assert_eq!(heads(&s), vec![6, 6, 6, 5, 3, 0, 6]);
        assert_eq!(
            rels(&s),
            vec![
                "nsubj:pass",
                "aux:pass",
                "advmod",
                "cc",
                "conj",
                "root",
                "punct"
            ]
        );
    }

    #[test]
    fn an_adjective_before_a_comma_modifies_the_object() {
        // "restore complete , full ties" with "complete" an xcomp and "ties"
        // a conjunct of the verb.
        let mut s = sentence(
            "They/PRON/PRP/2/nsubj restore/VERB/VBP/0/root complete/ADJ/JJ/2/xcomp \
             ,/PUNCT/,/6/punct full/ADJ/JJ/6/amod ties/NOUN/NNS/2/conj ./PUNCT/./2/punct",
        );
        adjective_list_read_as_complement(&mut s);
        assert_eq!(heads(&s), vec![2, 0, 6, 6, 6, 2, 2]);
        assert_eq!(rels(&s)[5], "obj");
        assert_eq!(rels(&s)[2], "amod");
    }

    #[test]
    fn a_names_modifiers_are_not_a_conjunct() {
        // "Arnor and the evil awful Gondor welcomed it ."
        let mut s = sentence(
            "Arnor/PROPN/NNP/7/nsubj and/CCONJ/CC/4/cc the/DET/DT/4/det evil/NOUN/NN/1/conj \
             awful/ADJ/JJ/4/amod Gondor/PROPN/NNP/7/nsubj welcomed/VERB/VBD/0/root \
             it/PRON/PRP/7/obj ./PUNCT/./7/punct",
        );
        conjunct_split_from_its_name(&mut s);
        assert_eq!(heads(&s), vec![7, 6, 6, 6, 6, 1, 0, 7, 7]);
        assert_eq!(rels(&s)[5], "conj");
        assert_eq!(s[3].upos, "ADJ");
    }

    #[test]
    fn a_relative_clause_without_a_pronoun_modifies_its_noun() {
        // "They delivered the wheat it pledged , he said ." with "pledged" a
        // parataxis of "delivered".
        let mut s = sentence(
            "They/PRON/PRP/2/nsubj delivered/VERB/VBD/9/ccomp the/DET/DT/4/det \
             wheat/NOUN/NN/2/obj it/PRON/PRP/6/nsubj pledged/VERB/VBD/2/parataxis \
             ,/PUNCT/,/2/punct he/PRON/PRP/9/nsubj said/VERB/VBD/0/root ./PUNCT/./9/punct",
        );
        contact_relative_read_as_clause(&mut s);
        assert_eq!(s[5].head, 4);
        assert_eq!(s[5].deprel, "acl:relcl");
    }

    #[test]
    fn a_preposition_is_no_clause_marker() {
        // "People marched through Hong Kong to demand reform ." with
        // "through" the mark of "demand" and "Hong" its subject.
        let mut s = sentence(
            "People/NOUN/NNS/2/nsubj marched/VERB/VBD/0/root through/ADP/IN/7/mark \
             Hong/PROPN/NNP/7/nsubj Kong/PROPN/NNP/4/flat to/PART/TO/7/mark \
             demand/VERB/VB/2/advcl reform/NOUN/NN/7/obj ./PUNCT/./2/punct",
        );
        s[2].lemma = "through".to_string();
        preposition_read_as_marker(&mut s);
        assert_eq!(s[3].head, 2);
        assert_eq!(s[3].deprel, "obl");
        assert_eq!(s[2].head, 4);
        assert_eq!(s[2].deprel, "case");
    }

    #[test]
    fn a_coordination_is_no_compound() {
        // "The government and rebel forces signed ." with "government" a
        // compound of "forces" and "rebel" its conjunct.
        let mut s = sentence(
            "The/DET/DT/2/det government/NOUN/NN/5/compound and/CCONJ/CC/4/cc \
             rebel/NOUN/NN/2/conj forces/NOUN/NNS/6/nsubj signed/VERB/VBD/0/root \
             ./PUNCT/./6/punct",
        );
        coordination_read_as_compound(&mut s);
        assert_eq!(heads(&s), vec![2, 6, 5, 5, 2, 0, 6]);
        assert_eq!(rels(&s)[1], "nsubj");
        assert_eq!(rels(&s)[4], "conj");
    }

    #[test]
    fn a_noun_takes_no_subject() {
        // "Lavrov left for Beijing on Monday ." with "Beijing" the subject
        // of "Monday" and "for" its case.
        let mut s = sentence(
            "Lavrov/PROPN/NNP/2/nsubj left/VERB/VBD/0/root for/SCONJ/IN/6/case \
             Beijing/PROPN/NNP/6/nsubj on/ADP/IN/6/case Monday/PROPN/NNP/2/obl ./PUNCT/./2/punct",
        );
        subject_of_a_non_predicate(&mut s);
        assert_eq!(heads(&s), vec![2, 0, 4, 2, 6, 2, 2]);
        assert_eq!(rels(&s)[3], "obl");
    }

    #[test]
    fn a_relative_clause_hung_from_the_verb_goes_to_its_noun() {
        // "Sudani , who visited Ankara" with "visited" a parataxis of "agreed".
        let mut s = sentence(
            "Erdogan/PROPN/NNP/2/nsubj agreed/VERB/VBD/0/root at/ADP/IN/5/case \
             the/DET/DT/5/det request/NOUN/NN/2/obl of/ADP/IN/7/case \
             Sudani/PROPN/NNP/5/nmod ,/PUNCT/,/10/punct who/PRON/WP/10/nsubj \
             visited/VERB/VBD/2/parataxis Ankara/PROPN/NNP/10/obj ./PUNCT/./2/punct",
        );
        relative_clause_read_as_clause(&mut s);
        assert_eq!(s[9].head, 7);
        assert_eq!(s[9].deprel, "acl:relcl");
    }

    #[test]
    fn a_passive_agent_under_an_oblique_goes_to_the_verb() {
        // "was welcomed at the airport by Vucic"
        let mut s = sentence(
            "Xi/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass welcomed/VERB/VBN/0/root \
             at/ADP/IN/6/case the/DET/DT/6/det airport/NOUN/NN/3/obl by/ADP/IN/8/case \
             Vucic/PROPN/NNP/6/nmod ./PUNCT/./3/punct",
        );
        agent_read_into_oblique(&mut s);
        assert_eq!(s[7].head, 3);
        assert_eq!(s[7].deprel, "obl:agent");
    }

    #[test]
    fn a_predicate_read_into_a_relative_clause_comes_back() {
        // "Iran , which has ties , reopened embassies ." with "reopened" a
        // conjunct of "has" and "Iran" the root.
        let mut s = sentence(
            "Iran/PROPN/NNP/0/root ,/PUNCT/,/4/punct which/PRON/WDT/4/nsubj \
             has/VERB/VBZ/1/acl:relcl ties/NOUN/NNS/4/obj ,/PUNCT/,/7/punct \
             reopened/VERB/VBD/4/conj embassies/NOUN/NNS/7/obj ./PUNCT/./1/punct",
        );
        predicate_read_into_relative_clause(&mut s);
        assert_eq!(heads(&s), vec![7, 4, 4, 1, 4, 4, 0, 7, 7]);
        assert_eq!(s[0].deprel, "nsubj");
        assert_eq!(s[6].deprel, "root");
        // A conjunct with its own conjunction stays in the clause: "Iran,
        // which has ties and trades, ...".
        let mut s = sentence(
            "Iran/PROPN/NNP/0/root ,/PUNCT/,/4/punct which/PRON/WDT/4/nsubj \
             has/VERB/VBZ/1/acl:relcl ties/NOUN/NNS/4/obj and/CCONJ/CC/7/cc \
             trades/VERB/VBZ/4/conj ./PUNCT/./1/punct",
        );
        predicate_read_into_relative_clause(&mut s);
        assert_eq!(s[0].head, 0);
    }

    #[test]
    fn a_subordinator_read_as_a_preposition_marks_its_clause() {
        // "restore ties after crowds burned the embassy", with "after" the
        // case of "crowds" and "burned" a conjunct.
        let mut s = sentence(
            "Arnor/PROPN/NNP/2/nsubj restored/VERB/VBD/0/root ties/NOUN/NNS/2/obj \
             after/ADP/IN/5/case crowds/NOUN/NNS/6/nsubj burned/VERB/VBD/2/conj \
             it/PRON/PRP/6/obj ./PUNCT/./2/punct",
        );
        subordinator_read_as_preposition(&mut s);
        assert_eq!(heads(&s), vec![2, 0, 2, 6, 6, 2, 6, 2]);
        assert_eq!(
            rels(&s),
            vec!["nsubj", "root", "obj", "mark", "nsubj", "advcl", "obj", "punct"]
        );
        assert_eq!(s[3].upos, "SCONJ");
        // A preposition of an ordinary noun phrase stays: "after the war".
        let mut s = sentence(
            "Trade/NOUN/NN/2/nsubj grew/VERB/VBD/0/root after/ADP/IN/5/case \
             the/DET/DT/5/det war/NOUN/NN/2/obl ./PUNCT/./2/punct",
        );
        subordinator_read_as_preposition(&mut s);
        assert_eq!(heads(&s), vec![2, 0, 5, 5, 2, 2]);
    }

    #[test]
    fn case_on_a_verb_moves_to_the_following_nominal() {
        let mut s = sentence(
            "They/PRON/PRP/2/nsubj agreed/VERB/VBD/0/root on/ADP/IN/2/case \
             the/DET/DT/5/det plan/NOUN/NN/2/obl ./PUNCT/./2/punct",
        );
        repair(&mut s);
        assert_eq!(heads(&s), [2, 0, 5, 5, 2, 2]);
        assert_eq!(s[2].deprel, "case");
    }

    #[test]
    fn verb_coordinated_with_a_noun_joins_the_clause() {
        let mut s = sentence(
            "Gondor/PROPN/NNP/2/nsubj condemned/VERB/VBD/0/root an/DET/DT/4/det \
             attack/NOUN/NN/2/obj by/ADP/IN/6/case soldiers/NOUN/NNS/4/nmod \
             and/CCONJ/CC/8/cc promised/VERB/VBN/6/conj aid/NOUN/NN/8/obj ./PUNCT/./2/punct",
        );
        repair(&mut s);
        assert_eq!(s[7].head, 2);
        assert_eq!(s[7].deprel, "conj");
        // The cc and the object travel with the conjunct.
        assert_eq!((s[6].head, s[8].head), (8, 8));
    }

    #[test]
    fn verb_coordinated_with_a_nominal_predicate_stays() {
        // "We were on the road and the bridge was bombed": `road` heads a clause.
        let spec = "We/PRON/PRP/4/nsubj were/AUX/VBD/4/cop on/ADP/IN/4/case \
                    road/NOUN/NN/0/root and/CCONJ/CC/9/cc the/DET/DT/7/det \
                    bridge/NOUN/NN/9/nsubj:pass was/AUX/VBD/9/aux:pass bombed/VERB/VBN/4/conj";
        let mut s = sentence(spec);
        repair(&mut s);
        assert_eq!(s, sentence(spec));
    }

    #[test]
    fn a_move_that_would_cross_an_arc_is_not_made() {
        // `soldiers` has a dependent right of the conjunct (`today`), so
        // moving `promised` up to `condemned` would cross that arc.
        let spec = "Gondor/PROPN/NNP/2/nsubj condemned/VERB/VBD/0/root attacks/NOUN/NNS/2/obj \
                    by/ADP/IN/5/case soldiers/NOUN/NNS/3/nmod and/CCONJ/CC/7/cc \
                    promised/VERB/VBN/5/conj aid/NOUN/NN/7/obj today/NOUN/NN/5/nmod";
        let mut s = sentence(spec);
        repair(&mut s);
        assert_eq!(heads(&s), heads(&sentence(spec)));
    }

    #[test]
    fn of_two_subjects_the_one_with_a_preposition_is_oblique() {
        let mut s = sentence(
            "Since/ADP/IN/3/case the/DET/DT/3/det whispers/NOUN/NNS/7/nsubj:pass ,/PUNCT/,/7/punct \
             investors/NOUN/NNS/7/nsubj have/AUX/VBP/7/aux feared/VERB/VBN/0/root",
        );
        repair(&mut s);
        assert_eq!(s[2].deprel, "obl");
        assert_eq!(s[4].deprel, "nsubj");
    }

    #[test]
    fn passive_subject_needs_a_passive_auxiliary() {
        let mut s = sentence(
            "foe/NOUN/NN/3/nsubj:pass have/AUX/VBP/3/aux renewed/VERB/VBN/0/root ties/NOUN/NNS/3/obj",
        );
        repair(&mut s);
        assert_eq!(rels(&s), ["nsubj", "aux", "root", "obj"]);

        // With "be" before a participle the auxiliary is the passive one.
        let mut s =
            sentence("bridge/NOUN/NN/3/nsubj:pass was/AUX/VBD/3/aux bombed/VERB/VBN/0/root");
        repair(&mut s);
        assert_eq!(rels(&s), ["nsubj:pass", "aux:pass", "root"]);
    }

    #[test]
    fn obl_under_a_noun_is_nmod() {
        let mut s = sentence(
            "condemned/VERB/VBD/0/root the/DET/DT/3/det attack/NOUN/NN/1/obj \
             by/ADP/IN/5/case soldiers/NOUN/NNS/3/obl",
        );
        repair(&mut s);
        assert_eq!(s[4].deprel, "nmod");
    }

    #[test]
    fn preposition_label_follows_its_head() {
        let mut s = sentence(
            "left/VERB/VBD/0/root before/ADP/IN/3/case eating/VERB/VBG/1/advcl \
             the/DET/DT/5/det rest/NOUN/NN/3/obj of/ADP/IN/7/mark it/PRON/PRP/5/nmod",
        );
        repair(&mut s);
        assert_eq!(s[1].deprel, "mark");
        assert_eq!(s[5].deprel, "case");
    }
}
