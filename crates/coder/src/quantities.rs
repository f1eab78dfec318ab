//! Pledged and delivered quantities on events, and trade indicators.
//!
//! [`attach`] files the sentence's amounts (found by `dyad-quantity`) on its
//! intention events (CAMEO 03x) as pledges and on its material events (06x,
//! 07x) as deliveries, and adds status entries for shortfall and fulfilment
//! reports. [`indicators`] reads statements of trade shares and totals.
//!
//! Choices made here:
//! * A 06x/07x event whose modality is intended ("will deliver", "is supposed
//!   to deliver") carries pledges; a negated one ("did not deliver") carries
//!   status "not delivered"; a hypothetical one ("could deliver") carries none.
//! * Percentages are never pledges or deliveries; amounts whose number was
//!   malformed or absurd are not attached (they have no value to keep).
//! * When a sentence has several predicates, each amount goes to the nearest
//!   predicate before it (or the first one after it when none precedes).
//! * A status cue in a sentence without 03x/06x/07x events ("deliveries are
//!   falling far short", said by Taliban sources) is filed on the sentence's
//!   other events, so the ledger still sees it under that dyad. When the
//!   sentence names no item the status entry's item is "".
//! * Indicators need a partner; the reporter is left "" when the sentence does
//!   not name it ("China 18, Pakistan 16" after an earlier sentence named
//!   Afghanistan's imports).

use chrono::NaiveDate;
use dyad_event::{Event, Indicator, Modality, Quantity, QuantityRole};
use dyad_lexicon::{Lexicon, MatchKind};
use dyad_quantity::{extract, find_items, Amount};

use crate::Word;

/// Status cues: (phrase, status). Matched on word boundaries, first hit per status wins.
const STATUS_CUES: &[(&str, &str)] = &[
    ("unfulfilled", "shortfall"),
    ("fall short", "shortfall"),
    ("falls short", "shortfall"),
    ("fell short", "shortfall"),
    ("falling short", "shortfall"),
    ("fallen short", "shortfall"),
    ("far short", "shortfall"),
    ("shortfall", "shortfall"),
    ("less than promised", "shortfall"),
    ("less than what was promised", "shortfall"),
    ("less than was promised", "shortfall"),
    ("below what was promised", "shortfall"),
    ("only a fraction", "partial"),
    ("a fraction of", "partial"),
    ("only part of", "partial"),
    ("partially delivered", "partial"),
    ("partly delivered", "partial"),
    ("behind schedule", "delayed"),
    ("delayed", "delayed"),
    ("delays", "delayed"),
    ("postponed", "delayed"),
    ("has not delivered", "not delivered"),
    ("have not delivered", "not delivered"),
    ("had not delivered", "not delivered"),
    ("has not yet delivered", "not delivered"),
    ("have not yet delivered", "not delivered"),
    ("not yet delivered", "not delivered"),
    ("not been delivered", "not delivered"),
    ("did not deliver", "not delivered"),
    ("didn't deliver", "not delivered"),
    ("never delivered", "not delivered"),
    ("never arrived", "not delivered"),
    ("yet to deliver", "not delivered"),
    ("yet to arrive", "not delivered"),
    ("failed to deliver", "not delivered"),
    ("delivered in full", "fulfilled"),
    ("fully delivered", "fulfilled"),
    ("in full", "fulfilled"),
    ("supplied in full", "fulfilled"),
    ("fulfilled", "fulfilled"),
    ("completed deliveries", "fulfilled"),
    ("completed the delivery", "fulfilled"),
    ("completed delivery", "fulfilled"),
];

/// Words that make a 06x/07x predicate an obligation rather than a report.
const OBLIGATION_CUES: &[&str] = &[
    "supposed to",
    "is to",
    "are to",
    "was to",
    "were to",
    "expected to",
    "due to deliver",
    "due to supply",
];

/// Does `hay` contain `needle` with word boundaries on both sides?
fn has_phrase(hay: &str, needle: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(off) = hay.get(from..).and_then(|h| h.find(needle)) {
        let at = from + off;
        let before_ok = hay[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = hay[at + needle.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return Some(at);
        }
        from = at + needle.len();
    }
    None
}

/// The statuses a sentence reports, in cue order, without repeats.
fn statuses(lower: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for &(cue, status) in STATUS_CUES {
        if out.contains(&status) {
            continue;
        }
        if status == "fulfilled" && (out.contains(&"shortfall") || out.contains(&"not delivered")) {
            continue; // "unfulfilled", "has not fulfilled"
        }
        if let Some(at) = has_phrase(lower, cue) {
            let negated = status == "fulfilled" && lower[..at].trim_end().ends_with("not");
            out.push(if negated { "not delivered" } else { status });
        }
    }
    out.dedup();
    out
}

fn quantity(role: QuantityRole, a: &Amount, status: Option<&str>) -> Quantity {
    Quantity {
        role,
        item: a.item.clone().unwrap_or_default(),
        amount: a.value,
        unit: a.unit.clone(),
        period: a.period.clone(),
        approx: a.approx.clone(),
        status: status.map(str::to_string),
    }
}

/// How an event's amounts are filed, or `None` when they are not.
fn role_of(e: &Event, lower: &str) -> Option<(QuantityRole, Option<&'static str>)> {
    match e.root {
        3 => Some((QuantityRole::Pledge, None)),
        6 | 7 => match e.modality {
            Modality::Negated => Some((QuantityRole::Status, Some("not delivered"))),
            Modality::Intended => Some((QuantityRole::Pledge, None)),
            Modality::Hypothetical => None,
            Modality::Asserted => {
                // "Moscow is supposed to deliver ...": an obligation before the predicate.
                let pred = e
                    .evidence
                    .predicate_span
                    .map(|s| s[0] as usize)
                    .unwrap_or(lower.len())
                    .min(lower.len());
                let head = lower.get(..pred).unwrap_or(lower);
                if OBLIGATION_CUES
                    .iter()
                    .any(|c| has_phrase(head, c).is_some_and(|at| pred.saturating_sub(at) < 40))
                {
                    Some((QuantityRole::Pledge, None))
                } else {
                    Some((QuantityRole::Delivery, None))
                }
            }
        },
        _ => None,
    }
}

/// Malformed or absurd amounts ("1,00,0 tons", "10^99 tons"), described for a
/// diagnostic; they are never stored as values.
fn describe_problems(text: &str, amounts: &[Amount]) -> Vec<String> {
    amounts
        .iter()
        .filter_map(|a| {
            let p = a.problem.as_ref()?;
            let shown = text.get(a.start..a.end).unwrap_or("");
            Some(format!(
                "amount {shown:?} at byte {} not stored: {p}",
                a.start
            ))
        })
        .collect()
}

/// Attach quantities found in the sentence to its 03x/06x/07x events; returns
/// the malformed or absurd amounts that were left out, for diagnostics.
pub fn attach(events: &mut [Event], text: &str, _words: &[Word]) -> Vec<String> {
    if events.is_empty() {
        return Vec::new();
    }
    let lower = text.to_lowercase();
    let all = extract(text);
    let problems = describe_problems(text, &all);
    let amounts: Vec<Amount> = all
        .into_iter()
        .filter(|a| {
            a.problem.is_none()
                && a.value.is_some()
                && a.unit.as_deref() != Some("%")
                && (a.unit.is_some() || a.item.is_some())
        })
        .collect();
    // Predicate positions of the events that take amounts.
    let preds: Vec<usize> = {
        let mut p: Vec<usize> = events
            .iter()
            .filter(|e| role_of(e, &lower).is_some())
            .map(|e| {
                e.evidence
                    .predicate_span
                    .map(|s| s[0] as usize)
                    .unwrap_or(0)
            })
            .collect();
        p.sort_unstable();
        p.dedup();
        p
    };
    let owner = |a: &Amount| -> Option<usize> {
        preds
            .iter()
            .copied()
            .filter(|&p| p <= a.start)
            .max()
            .or_else(|| preds.first().copied())
    };
    for e in events.iter_mut() {
        let Some((role, status)) = role_of(e, &lower) else {
            continue;
        };
        let pred = e
            .evidence
            .predicate_span
            .map(|s| s[0] as usize)
            .unwrap_or(0);
        for a in &amounts {
            if owner(a) == Some(pred) {
                // "delivered only a fraction of the 2 million tons it pledged": the
                // amount is the promise measured against, not what arrived.
                if role == QuantityRole::Delivery && refers_to_promise(&lower, a) {
                    push_unique(
                        &mut e.quantities,
                        quantity(QuantityRole::Status, a, Some("partial")),
                    );
                } else {
                    push_unique(&mut e.quantities, quantity(role, a, status));
                }
            }
        }
    }
    // Events that took no amount still name their items: "Russia promised to
    // send humanitarian aid" (a pledge; not in shortfall reports, where "what
    // Moscow had promised" refers back), "Russia had still not delivered most
    // of the promised wheat" (a negated delivery: a status report).
    let reports_status = !statuses(&lower).is_empty();
    let mut named: Vec<String> = find_items(text)
        .into_iter()
        .map(|m| m.item.to_string())
        .collect();
    named.dedup();
    let unnamed = [String::new()];
    for e in events.iter_mut().filter(|e| e.quantities.is_empty()) {
        let (role, status, items): (QuantityRole, Option<&str>, &[String]) =
            match role_of(e, &lower) {
                Some((role @ (QuantityRole::Pledge | QuantityRole::Delivery), _))
                    if !reports_status =>
                {
                    (role, None, &named)
                }
                Some((QuantityRole::Status, Some(st))) if named.is_empty() => {
                    (QuantityRole::Status, Some(st), &unnamed)
                }
                Some((QuantityRole::Status, Some(st))) => (QuantityRole::Status, Some(st), &named),
                _ => continue,
            };
        for item in items {
            push_unique(
                &mut e.quantities,
                Quantity {
                    role,
                    item: item.clone(),
                    amount: None,
                    unit: None,
                    period: None,
                    approx: None,
                    status: status.map(str::to_string),
                },
            );
        }
    }
    // Status reports: one entry per item named in the sentence.
    let found = statuses(&lower);
    if found.is_empty() {
        return problems;
    }
    let mut items: Vec<(usize, String)> = find_items(text)
        .into_iter()
        .map(|m| (m.start, m.item.to_string()))
        .collect();
    items.extend(
        amounts
            .iter()
            .filter_map(|a| a.item.clone().map(|i| (a.start, i))),
    );
    items.sort();
    let mut names: Vec<String> = Vec::new();
    for (_, i) in items {
        if !names.contains(&i) {
            names.push(i);
        }
    }
    if names.is_empty() {
        names.push(String::new());
    }
    let any_material = events.iter().any(|e| matches!(e.root, 3 | 6 | 7));
    for e in events.iter_mut() {
        if any_material && !matches!(e.root, 3 | 6 | 7) {
            continue;
        }
        for status in &found {
            for item in &names {
                let q = Quantity {
                    role: QuantityRole::Status,
                    item: item.clone(),
                    amount: None,
                    unit: None,
                    period: None,
                    approx: None,
                    status: Some(status.to_string()),
                };
                // A negated delivery already says "not delivered" for this item.
                let covered = e.quantities.iter().any(|o| {
                    o.role == QuantityRole::Status && o.item == q.item && o.status == q.status
                });
                if !covered {
                    e.quantities.push(q);
                }
            }
        }
    }
    problems
}

/// The largest character boundary of `s` at or before byte `i`.
fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Whether an amount is named as part of a promise rather than as what happened
/// ("a fraction of the 2 million tons", "the 2 million tons it pledged").
fn refers_to_promise(lower: &str, a: &Amount) -> bool {
    // (Byte offsets 32 back may fall inside a multi-byte character: step
    // back to the character's start.)
    let end = floor_boundary(lower, a.start.min(lower.len()));
    let start = floor_boundary(lower, a.start.saturating_sub(32).min(end));
    let before = &lower[start..end];
    let after = lower
        .get(a.end.min(lower.len())..(a.end + 48).min(lower.len()))
        .unwrap_or("");
    const PART: &[&str] = &[
        "fraction of",
        "part of",
        "portion of",
        "half of",
        "most of",
        "some of",
        "share of",
        "percent of",
    ];
    const PROMISED: &[&str] = &[
        "it pledged",
        "it promised",
        "it had promised",
        "it had pledged",
        "promised",
        "pledged",
    ];
    PART.iter().any(|p| before.contains(p))
        || PROMISED.iter().any(|p| {
            after
                .split(['.', ',', ';'])
                .next()
                .is_some_and(|clause| clause.contains(p))
        })
}

fn push_unique(list: &mut Vec<Quantity>, q: Quantity) {
    if !list.contains(&q) {
        list.push(q);
    }
}

/// A country named in the sentence.
#[derive(Debug, Clone)]
struct Mention {
    /// Word indices `[lo, hi)`.
    lo: usize,
    hi: usize,
    /// Byte offset one past the last word.
    end: usize,
    country: String,
    adjective: bool,
}

fn mentions(lex: &Lexicon, date: NaiveDate, words: &[Word]) -> Vec<Mention> {
    let forms: Vec<&str> = words.iter().map(|w| w.form.as_str()).collect();
    let lemmas: Vec<&str> = words.iter().map(|w| w.lemma.as_str()).collect();
    let mut out = Vec::new();
    for m in lex.match_phrases(&forms, &lemmas) {
        let (id, adjective) = match m.hit {
            MatchKind::Actor(id) | MatchKind::Capital(id) => (id, false),
            MatchKind::CountryAdj(id) => (id, true),
            MatchKind::Agent(_) => continue,
        };
        let Some(code) = lex.code_at(id, date) else {
            continue;
        };
        let country: String = code.code.chars().take(3).collect();
        if country.len() != 3 || !country.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        let Some(last) = m.end.checked_sub(1).and_then(|e| words.get(e)) else {
            continue;
        };
        out.push(Mention {
            lo: m.start,
            hi: m.end,
            end: last.end as usize,
            country,
            adjective,
        });
    }
    out
}

fn flow_of(word: &str) -> Option<&'static str> {
    Some(match word {
        "import" | "imports" | "imported" | "importing" => "import",
        "export" | "exports" | "exported" | "exporting" => "export",
        "trade" | "turnover" | "traded" => "trade",
        "aid" | "assistance" | "donation" | "donations" | "donated" => "aid",
        "investment" | "investments" | "invested" => "investment",
        _ => return None,
    })
}

/// Flow words in the sentence: (word index, flow).
fn flows(words: &[Word]) -> Vec<(usize, &'static str)> {
    words
        .iter()
        .enumerate()
        .filter_map(|(i, w)| flow_of(&w.form.to_lowercase()).map(|f| (i, f)))
        .collect()
}

/// The economy whose flow it is: "Afghanistan's imports", "Afghan imports", "imports of Afghanistan".
fn reporter_of(ms: &[Mention], words: &[Word], flows: &[(usize, &str)]) -> Option<usize> {
    let lower = |i: usize| {
        words
            .get(i)
            .map(|w| w.form.to_lowercase())
            .unwrap_or_default()
    };
    for (k, m) in ms.iter().enumerate() {
        let possessive = matches!(lower(m.hi).as_str(), "'s" | "’s" | "'");
        let after = if possessive { m.hi + 1 } else { m.hi };
        if (possessive || m.adjective) && flows.iter().any(|&(f, _)| f >= after && f < after + 3) {
            return Some(k);
        }
        if m.lo >= 2 && lower(m.lo - 1) == "of" && flows.iter().any(|&(f, _)| f + 2 == m.lo) {
            return Some(k);
        }
    }
    None
}

/// A year named in the sentence ("in 2022"), as the indicator's period.
fn year_in(words: &[Word]) -> Option<String> {
    words
        .iter()
        .map(|w| w.form.as_str())
        .find(|f| {
            f.len() == 4
                && f.bytes().all(|b| b.is_ascii_digit())
                && matches!(f.parse::<u32>(), Ok(1990..=2100))
        })
        .map(str::to_string)
}

fn word_at(words: &[Word], byte: usize) -> usize {
    words
        .iter()
        .position(|w| w.end as usize > byte)
        .unwrap_or(words.len())
}

/// Trade/aid indicator records stated in the sentence.
pub fn indicators(
    lex: &Lexicon,
    doc: &str,
    sentence: u32,
    date: NaiveDate,
    text: &str,
    words: &[Word],
) -> Vec<Indicator> {
    let amounts = extract(text);
    if amounts.is_empty() || words.is_empty() {
        return Vec::new();
    }
    let ms = mentions(lex, date, words);
    if ms.is_empty() {
        return Vec::new();
    }
    let fl = flows(words);
    let reporter = reporter_of(&ms, words, &fl);
    let reporter_code = reporter.map(|r| ms[r].country.clone()).unwrap_or_default();
    let period = year_in(words);
    let supply_verb = words.iter().any(|w| {
        let f = w.form.to_lowercase();
        ["provid", "suppl", "account"]
            .iter()
            .any(|p| f.starts_with(p))
            || matches!(w.lemma.as_str(), "provide" | "supply" | "account")
    });
    let lower_at = |i: usize| {
        words
            .get(i)
            .map(|w| w.form.to_lowercase())
            .unwrap_or_default()
    };
    let make = |partner: &str,
                flow: &str,
                share: Option<f64>,
                value: Option<f64>,
                currency: Option<String>| Indicator {
        doc_id: doc.to_string(),
        sentence,
        pub_date: date,
        reporter: reporter_code.clone(),
        partner: partner.to_string(),
        flow: flow.to_string(),
        share_pct: share,
        value,
        currency,
        period: period.clone(),
        evidence: text.to_string(),
    };
    let is_money = |a: &Amount| {
        a.unit
            .as_deref()
            .is_some_and(|u| u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()))
    };
    let mut out = Vec::new();
    let mut used = vec![false; amounts.len()];
    let mut in_share_list = false;
    for (ai, a) in amounts.iter().enumerate() {
        let Some(v) = a.value else { continue };
        let pct = a.unit.as_deref() == Some("%");
        // "China 18, Pakistan 16": bare numbers right after a share list inherit "percent".
        let listed = in_share_list && a.unit.is_none() && v <= 100.0;
        if !pct && !listed {
            if !is_money(a) {
                in_share_list = false;
            }
            continue;
        }
        in_share_list = true;
        used[ai] = true;
        let w = word_at(words, a.start);
        // Partner: after "from"/"to"/"with" following the amount, else the nearest mention before it.
        let after = ms.iter().enumerate().find(|(k, m)| {
            Some(*k) != reporter
                && m.lo > w
                && matches!(
                    lower_at(m.lo.wrapping_sub(1)).as_str(),
                    "from" | "to" | "with"
                )
        });
        let before = ms
            .iter()
            .enumerate()
            .rfind(|(k, m)| Some(*k) != reporter && m.end <= a.start);
        let partner = if listed {
            before.or(after)
        } else {
            after.or(before)
        };
        let Some((_, pm)) = partner else { continue };
        // Money in parentheses right after the share: "4 percent ($289 million)".
        let mut value = None;
        let mut currency = None;
        if let Some(next) = amounts.get(ai + 1) {
            let gap = text.get(a.end..next.start).unwrap_or("");
            if is_money(next) && gap.trim() == "(" {
                value = next.value;
                currency = next.unit.clone();
                used[ai + 1] = true;
            }
        }
        let flow = fl
            .iter()
            .find(|&&(f, _)| f > w)
            .or(fl.first())
            .map(|&(_, f)| f)
            .or(if supply_verb { Some("import") } else { None });
        let Some(flow) = flow else { continue };
        out.push(make(&pm.country, flow, Some(v), value, currency));
    }
    // Totals: "trade between Russia and Afghanistan rose to $1 billion".
    for (ai, a) in amounts.iter().enumerate() {
        if used[ai] || !is_money(a) || a.value.is_none() {
            continue;
        }
        let w = word_at(words, a.start);
        let Some(&(_, flow)) = fl.iter().rfind(|&&(f, _)| f < w).or(fl.first()) else {
            continue;
        };
        let countries: Vec<&Mention> = ms.iter().collect();
        let (rep, partner) = match reporter {
            Some(r) => (
                Some(&ms[r]),
                ms.iter()
                    .enumerate()
                    .find(|(k, m)| *k != r && m.country != ms[r].country)
                    .map(|(_, m)| m),
            ),
            None => {
                let first = countries.first().copied();
                let second = countries
                    .iter()
                    .copied()
                    .find(|m| Some(m.country.as_str()) != first.map(|f| f.country.as_str()));
                (first, second)
            }
        };
        let (Some(rep), Some(partner)) = (rep, partner) else {
            continue;
        };
        let mut ind = make(&partner.country, flow, None, a.value, a.unit.clone());
        ind.reporter = rep.country.clone();
        out.push(ind);
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn context_before_an_amount_steps_back_to_a_character_boundary() {
        // Two-byte letters before the amount: 32 bytes back from "$" falls
        // inside one of them.
        let lower = format!("{} $3.4 million in aid", "ب".repeat(20));
        let amounts = dyad_quantity::extract(&lower);
        assert!(!amounts.is_empty());
        assert!(!lower.is_char_boundary(amounts[0].start - 32));
        for a in &amounts {
            assert!(!refers_to_promise(&lower, a));
        }
        for i in 0..=lower.len() {
            let b = floor_boundary(&lower, i);
            assert!(b <= i && lower.is_char_boundary(b));
        }
    }
    use super::*;
    use dyad_event::{DatePrecision, Evidence};

    fn date() -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, 5, 1).unwrap_or_default()
    }

    /// Words split on spaces and punctuation, with "'s" apart, as UD English does.
    fn words(text: &str) -> Vec<Word> {
        let mut out = Vec::new();
        let mut i = 0;
        let b = text.as_bytes();
        while i < b.len() {
            if b[i].is_ascii_whitespace() {
                i += 1;
                continue;
            }
            let start = i;
            if text[i..].starts_with("'s") {
                i += 2;
            } else if b[i].is_ascii_alphanumeric() || b[i] >= 0x80 {
                while i < b.len()
                    && (b[i].is_ascii_alphanumeric()
                        || b[i] >= 0x80
                        || ((b[i] == b',' || b[i] == b'.')
                            && i + 1 < b.len()
                            && b[i + 1].is_ascii_digit()))
                {
                    i += 1;
                }
            } else {
                i += 1;
            }
            let form = text[start..i].to_string();
            out.push(Word {
                lemma: form.to_lowercase(),
                form,
                start: start as u32,
                end: i as u32,
                ..Word::default()
            });
        }
        out
    }

    fn event(text: &str, code: &str, modality: Modality, predicate: &str) -> Event {
        let at = text.find(predicate).unwrap_or(0) as u32;
        let root = dyad_event::cameo::root_of(code).unwrap_or(0);
        Event {
            event_id: 1,
            doc_id: "d".into(),
            sentence: 0,
            pub_date: date(),
            event_date: date(),
            date_precision: DatePrecision::Day,
            source: "RUSGOV".into(),
            target: "AFGGOV".into(),
            source_country: "RUS".into(),
            target_country: "AFG".into(),
            source_agent: "GOV".into(),
            target_agent: "GOV".into(),
            source_text: "Russia".into(),
            target_text: "Afghanistan".into(),
            cameo: code.into(),
            root,
            quad_class: dyad_event::cameo::quad_class_of_root(root),
            goldstein: 0.0,
            plover_type: String::new(),
            plover_mode: String::new(),
            plover_context: String::new(),
            modality,
            location: None,
            quantities: Vec::new(),
            evidence: Evidence {
                text: text.into(),
                source_span: None,
                target_span: None,
                predicate_span: Some([at, at + predicate.len() as u32]),
            },
            num_mentions: 1,
            num_articles: 1,
            source_url: None,
        }
    }

    fn run(text: &str, mut events: Vec<Event>) -> Vec<Event> {
        attach(&mut events, text, &words(text));
        events
    }

    #[test]
    fn pledges_on_intentions() {
        let t = "Russia promised to supply Afghanistan with 1 million tons of gasoline, 1 million tons of diesel, and 500,000 tons of liquified natural gas per year.";
        let e = run(t, vec![event(t, "0331", Modality::Asserted, "promised")]);
        let q = &e[0].quantities;
        assert_eq!(q.len(), 3, "{q:?}");
        assert!(q.iter().all(|q| q.role == QuantityRole::Pledge
            && q.period.as_deref() == Some("year")
            && q.unit.as_deref() == Some("t")));
        let items: Vec<&str> = q.iter().map(|q| q.item.as_str()).collect();
        assert_eq!(items, ["gasoline", "diesel", "liquefied natural gas"]);
        assert_eq!(q[2].amount, Some(500_000.0));
    }

    #[test]
    fn supposed_to_deliver_is_a_pledge() {
        let t = "Moscow is supposed to deliver 2 million tons of wheat every year.";
        let e = run(t, vec![event(t, "071", Modality::Asserted, "deliver")]);
        assert_eq!(e[0].quantities.len(), 1);
        assert_eq!(e[0].quantities[0].role, QuantityRole::Pledge);
        assert_eq!(e[0].quantities[0].item, "wheat");
        assert_eq!(e[0].quantities[0].period.as_deref(), Some("year"));
    }

    #[test]
    fn deliveries_and_negated_deliveries() {
        let t = "Russia delivered about 200,000 tons of wheat to Afghanistan.";
        let e = run(t, vec![event(t, "071", Modality::Asserted, "delivered")]);
        assert_eq!(e[0].quantities[0].role, QuantityRole::Delivery);
        assert_eq!(e[0].quantities[0].approx.as_deref(), Some("about"));

        let t = "Russia has not delivered the 1 million tons of fuel it promised.";
        let e = run(t, vec![event(t, "071", Modality::Negated, "delivered")]);
        let q = &e[0].quantities;
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].role, QuantityRole::Status);
        assert_eq!(q[0].status.as_deref(), Some("not delivered"));
        assert_eq!(q[0].item, "fuel");
        assert_eq!(q[0].amount, Some(1e6));
    }

    #[test]
    fn hypothetical_and_other_roots_take_nothing() {
        let t = "Russia could deliver 1 million tons of wheat.";
        let e = run(t, vec![event(t, "071", Modality::Hypothetical, "deliver")]);
        assert!(e[0].quantities.is_empty());
        let t = "Russia discussed 1 million tons of wheat with Afghanistan.";
        let e = run(t, vec![event(t, "040", Modality::Asserted, "discussed")]);
        assert!(e[0].quantities.is_empty());
    }

    #[test]
    fn percentages_and_malformed_numbers_are_not_attached() {
        let t = "Russia promised 4 percent more and 1,00,0 tons of wheat.";
        let e = run(t, vec![event(t, "033", Modality::Asserted, "promised")]);
        // The item is still named ("wheat"), but no amount or percentage is stored.
        assert!(
            e[0].quantities
                .iter()
                .all(|q| q.amount.is_none() && q.unit.is_none()),
            "{:?}",
            e[0].quantities
        );
    }

    #[test]
    fn shortfall_status_per_item() {
        let t = "Taliban sources say deliveries of fuel and wheat are falling far short of what was promised.";
        let e = run(t, vec![event(t, "010", Modality::Asserted, "say")]);
        let q = &e[0].quantities;
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|q| q.role == QuantityRole::Status
            && q.status.as_deref() == Some("shortfall")
            && q.amount.is_none()));
        assert_eq!(q[0].item, "fuel");
        assert_eq!(q[1].item, "wheat");
    }

    #[test]
    fn fulfilment_and_partial_delivery() {
        let t = "Kazakhstan delivered 100,000 tons of flour in full.";
        let e = run(t, vec![event(t, "071", Modality::Asserted, "delivered")]);
        let q = &e[0].quantities;
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].role, QuantityRole::Delivery);
        assert_eq!(q[1].status.as_deref(), Some("fulfilled"));
        assert_eq!(q[1].item, "flour");

        let t = "Russia shipped only a fraction of the promised diesel.";
        let e = run(t, vec![event(t, "071", Modality::Asserted, "shipped")]);
        assert_eq!(e[0].quantities.len(), 1);
        assert_eq!(e[0].quantities[0].status.as_deref(), Some("partial"));
        assert_eq!(e[0].quantities[0].item, "diesel");
        assert!(statuses("the pledge remains unfulfilled").contains(&"shortfall"));
        assert!(!statuses("the pledge remains unfulfilled").contains(&"fulfilled"));
    }

    #[test]
    fn amounts_go_to_the_nearest_predicate() {
        let t = "Russia promised 2 million tons of wheat but delivered only 300,000 tons of wheat.";
        let e = run(
            t,
            vec![
                event(t, "033", Modality::Asserted, "promised"),
                event(t, "071", Modality::Asserted, "delivered"),
            ],
        );
        assert_eq!(e[0].quantities.len(), 1);
        assert_eq!(e[0].quantities[0].amount, Some(2e6));
        assert_eq!(e[1].quantities.len(), 1);
        assert_eq!(e[1].quantities[0].role, QuantityRole::Delivery);
        assert_eq!(e[1].quantities[0].approx.as_deref(), Some("only"));
    }

    fn lexicon() -> Option<Lexicon> {
        let (lex, _) = Lexicon::bundled();
        let probe = ["Afghanistan", "Russia", "Iran", "China", "Pakistan"];
        let found = lex.match_phrases(&probe, &[]).len();
        if found < probe.len() {
            eprintln!("SKIPPED (bundled dictionaries lack country names): indicator tests");
            return None;
        }
        Some(lex)
    }

    fn ind(text: &str) -> Vec<Indicator> {
        match lexicon() {
            Some(lex) => indicators(&lex, "d", 3, date(), text, &words(text)),
            None => Vec::new(),
        }
    }

    #[test]
    fn share_with_parenthesised_value() {
        if lexicon().is_none() {
            return;
        }
        let v =
            ind("Just 4 percent ($289 million) of Afghanistan's imports came from Russia in 2022.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(
            (
                v[0].reporter.as_str(),
                v[0].partner.as_str(),
                v[0].flow.as_str()
            ),
            ("AFG", "RUS", "import")
        );
        assert_eq!(v[0].share_pct, Some(4.0));
        assert_eq!(v[0].value, Some(289e6));
        assert_eq!(v[0].currency.as_deref(), Some("USD"));
        assert_eq!(v[0].period.as_deref(), Some("2022"));
        assert_eq!(v[0].sentence, 3);
    }

    #[test]
    fn share_lists_inherit_percent() {
        if lexicon().is_none() {
            return;
        }
        let v = ind("Iran provides 20 percent of Afghanistan's imports, China 18, Pakistan 16.");
        let got: Vec<(&str, &str, Option<f64>)> = v
            .iter()
            .map(|i| (i.reporter.as_str(), i.partner.as_str(), i.share_pct))
            .collect();
        assert_eq!(
            got,
            [
                ("AFG", "IRN", Some(20.0)),
                ("AFG", "CHN", Some(18.0)),
                ("AFG", "PAK", Some(16.0))
            ]
        );
        assert!(v.iter().all(|i| i.flow == "import"));
        // Without the reporter in the sentence.
        let v = ind("Iran provides 20 percent, China 18, Pakistan 16.");
        let got: Vec<(&str, &str, Option<f64>)> = v
            .iter()
            .map(|i| (i.reporter.as_str(), i.partner.as_str(), i.share_pct))
            .collect();
        assert_eq!(
            got,
            [
                ("", "IRN", Some(20.0)),
                ("", "CHN", Some(18.0)),
                ("", "PAK", Some(16.0))
            ]
        );
    }

    #[test]
    fn relative_clause_share() {
        if lexicon().is_none() {
            return;
        }
        let v = ind("Iran, which provides 20 percent of Afghanistan's imports, raised prices.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(
            (v[0].reporter.as_str(), v[0].partner.as_str()),
            ("AFG", "IRN")
        );
    }

    #[test]
    fn totals_with_a_dyad() {
        if lexicon().is_none() {
            return;
        }
        let v = ind("Trade between Russia and Afghanistan rose to $1 billion.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(
            (
                v[0].reporter.as_str(),
                v[0].partner.as_str(),
                v[0].flow.as_str()
            ),
            ("RUS", "AFG", "trade")
        );
        assert_eq!(v[0].value, Some(1e9));
        assert_eq!(v[0].share_pct, None);
        // No dyad, no indicator.
        assert!(ind("Trade rose to $1 billion.").is_empty());
        // No flow word, no indicator.
        assert!(ind("Russia paid $1 billion to Afghanistan.").is_empty());
    }
}
