//! Amounts in English news text: "1 million tons of gasoline per year",
//! "$289 million", "two million doses", "between 1 and 2 million tons",
//! "about 4.5 bn euros", "a quarter of". Each [`Amount`] keeps its byte span,
//! a normalised value, unit, item, period and hedge; numbers that are malformed
//! ("1,00,0") or absurd ("10^99", anything above 10^15) are reported in
//! [`Amount::problem`] instead of being stored as values.
//!
//! **Architecture invariant:** this crate knows nothing about events, actors,
//! parse trees or dictionaries files; it scans a sentence's text by hand (no
//! regular expressions) and returns plain data. Deciding whether an amount is a
//! pledge, a delivery or a trade share is the coder's job.
//!
//! Conventions (chosen here, relied on by the coder and the ledger):
//! * Units: "t" (metric tons; kilograms are converted), "bbl", "m3" ("bcm" is
//!   10^9 m3), ISO 4217 codes for money ("$" is USD, "¥" is CNY), "%", "doses",
//!   "troops", "km", "MW" (gigawatts converted), "flights", "trucks", "trains".
//! * Bare "rupees" or "Rs" is ambiguous between India and Pakistan: it becomes
//!   PKR when the sentence names Pakistan and not India, INR in the opposite
//!   case, and stays the non-ISO unit "rupees" otherwise.
//! * Ranges ("1-2 million tons", "between 1 and 2 million tons", "5 to 10
//!   trucks") store the midpoint as the value and `approx = "range LO-HI"`.
//! * Hedges are normalised: about/around/approximately/roughly/some/an
//!   estimated → "about"; over/more than/in excess of → "more than";
//!   under/less than/fewer than → "less than"; up to/as many as → "up to";
//!   nearly/almost → "nearly"; only/just/merely → "only"; "at least", "at most".
//! * Fractions followed by "of" ("a quarter of", "half of", "two-thirds of")
//!   are shares: unit "%", value 25, 50, 66.7.
//! * Four-digit integers 1800–2100 without a unit are years, numbers next to a
//!   month name are days, and numbers glued to letters ("G20", "COVID-19",
//!   "10-year") are names or modifiers; none of them is an amount. Number words
//!   without a scale or unit ("two countries") are not amounts either.
//!
//! ```
//! let a = dyad_quantity::extract("Russia promised 1 million tons of gasoline and 500,000 tons of LNG per year.");
//! assert_eq!(a.len(), 2);
//! assert_eq!(a[0].value, Some(1e6));
//! assert_eq!(a[0].unit.as_deref(), Some("t"));
//! assert_eq!(a[0].item.as_deref(), Some("gasoline"));
//! assert_eq!(a[0].period.as_deref(), Some("year"));
//! assert_eq!(a[1].item.as_deref(), Some("liquefied natural gas"));
//! ```

mod tables;
mod tokens;

pub use tables::normalise_item;
use tables::*;
use tokens::{tokenize, Kind, Tok};

/// Values above this are reported as absurd rather than stored.
pub const MAX_VALUE: f64 = 1e15;

/// One amount found in a sentence.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Amount {
    /// Byte offset of the amount's first token (currency sign or number).
    pub start: usize,
    /// Byte offset one past its last token (unit, item or period).
    pub end: usize,
    /// The value in `unit`, scale words applied ("4.5 bn" → 4.5e9); `None` when `problem` is set.
    pub value: Option<f64>,
    /// Normalised unit ("t", "bbl", "m3", "USD", "%", "doses", ...), if stated.
    pub unit: Option<String>,
    /// Normalised item ("wheat", "liquefied natural gas", "aid"), or the
    /// lowercased phrase when the item table does not know it.
    pub item: Option<String>,
    /// "year", "month", "week" or "day" when the amount recurs.
    pub period: Option<String>,
    /// Normalised hedge ("about", "more than", "up to", ...) or "range LO-HI".
    pub approx: Option<String>,
    /// Why the number could not be read ("malformed digit grouping: 1,00,0").
    pub problem: Option<String>,
}

/// A known item named in a sentence, with or without an amount ("deliveries of fuel").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemMention {
    /// Byte offset of the first word.
    pub start: usize,
    /// Byte offset one past the last word.
    pub end: usize,
    /// Normalised item.
    pub item: &'static str,
}

/// Every amount in `text`, left to right. Never panics, whatever the input.
pub fn extract(text: &str) -> Vec<Amount> {
    let toks = tokenize(text);
    let mut out: Vec<Amount> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match parse_amount(text, &toks, i) {
            Some((a, next)) => {
                out.push(a);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    propagate_periods(text, &mut out);
    out
}

/// Known items named anywhere in `text` (longest match, left to right).
pub fn find_items(text: &str) -> Vec<ItemMention> {
    let toks = tokenize(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut hit: Option<(usize, &'static str)> = None;
        for len in (1..=3).rev() {
            if i + len > toks.len() || !toks[i..i + len].iter().all(|t| t.kind == Kind::Word) {
                continue;
            }
            let phrase = join_lower(&toks[i..i + len]);
            if let Some(&(_, norm)) = ITEMS.iter().find(|(f, _)| *f == phrase) {
                hit = Some((len, norm));
                break;
            }
        }
        match hit {
            Some((len, item)) => {
                out.push(ItemMention {
                    start: toks[i].start,
                    end: toks[i + len - 1].end,
                    item,
                });
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

/// Resolve bare "rupees": PKR if the text names Pakistan and not India, INR in
/// the opposite case, else the non-ISO unit "rupees".
pub fn resolve_rupees(text: &str) -> &'static str {
    let lower = text.to_lowercase();
    let pak = lower.contains("pakistan");
    let ind = lower.contains("india");
    match (pak, ind) {
        (true, false) => "PKR",
        (false, true) => "INR",
        _ => "rupees",
    }
}

fn join_lower(toks: &[Tok]) -> String {
    let mut s = String::new();
    for t in toks {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&t.lower);
    }
    s
}

fn low(toks: &[Tok], i: usize) -> &str {
    toks.get(i).map(|t| t.lower.as_str()).unwrap_or("")
}

fn adjacent(toks: &[Tok], a: usize, b: usize) -> bool {
    match (toks.get(a), toks.get(b)) {
        (Some(x), Some(y)) => x.end == y.start,
        _ => false,
    }
}

/// Does the token sequence at `k` spell `words`?
fn spells(toks: &[Tok], k: usize, words: &[&str]) -> bool {
    words
        .iter()
        .enumerate()
        .all(|(o, w)| low(toks, k + o) == *w)
}

/// A number read from digits: its value, or why it cannot be one.
fn parse_digits(s: &str) -> Result<f64, String> {
    if let Some((base, exp)) = s.split_once('^').or_else(|| s.split_once(['e', 'E'])) {
        let b: f64 = base.parse().map_err(|_| format!("malformed number: {s}"))?;
        let e: i32 = exp.parse().map_err(|_| format!("malformed number: {s}"))?;
        if e > 60 {
            return Err(format!("absurd value: {s}"));
        }
        let v = if s.contains('^') {
            b.powi(e)
        } else {
            b * 10f64.powi(e)
        };
        if !v.is_finite() || v > MAX_VALUE {
            return Err(format!("absurd value: {s}"));
        }
        return Ok(v);
    }
    let mut parts = s.split('.');
    let int = parts.next().unwrap_or("");
    let frac = parts.next();
    if parts.next().is_some() {
        return Err(format!("malformed number: {s}"));
    }
    if frac.is_some_and(|f| f.contains(',')) {
        return Err(format!("malformed digit grouping: {s}"));
    }
    let groups: Vec<&str> = int.split(',').collect();
    if groups.len() > 1 {
        let first_ok = (1..=3).contains(&groups[0].len());
        let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
        if !first_ok || !rest_ok {
            return Err(format!("malformed digit grouping: {s}"));
        }
    }
    let digits: String = int.chars().filter(|c| *c != ',').collect();
    let text = match frac {
        Some(f) => format!("{digits}.{f}"),
        None => digits,
    };
    text.parse::<f64>()
        .map_err(|_| format!("malformed number: {s}"))
}

/// Number words at `k`: "two million", "one hundred and fifty thousand",
/// "a million", "half a million", "a dozen". Returns (value, next index).
fn word_number(toks: &[Tok], k: usize) -> Option<(f64, usize)> {
    let mut total = 0.0;
    let mut current = 0.0;
    let mut any = false;
    let mut j = k;
    while j < toks.len() {
        let w = low(toks, j);
        if toks[j].kind != Kind::Word {
            break;
        }
        if let Some(v) = small_number(w) {
            if any && current % 100.0 != 0.0 {
                break; // "two three"
            }
            current += v;
            any = true;
            j += 1;
        } else if w == "hundred" && any {
            current = if current == 0.0 {
                100.0
            } else {
                current * 100.0
            };
            j += 1;
        } else if w == "dozen" && any {
            current *= 12.0;
            j += 1;
        } else if let Some(s) = scale(w, false).filter(|s| *s >= 1e3) {
            if !any {
                break;
            }
            total += current * s;
            current = 0.0;
            j += 1;
        } else if (w == "a" || w == "an") && !any {
            let n = low(toks, j + 1);
            if n == "hundred" || n == "dozen" || scale(n, false).is_some_and(|s| s >= 1e3) {
                current = 1.0;
                any = true;
                j += 1;
            } else {
                break;
            }
        } else if w == "half" && !any {
            // "half a million", "half a billion"
            if matches!(low(toks, j + 1), "a" | "an") {
                if let Some(s) = scale(low(toks, j + 2), false).filter(|s| *s >= 1e3) {
                    return Some((0.5 * s, j + 3));
                }
            }
            break;
        } else if w == "and" && any && current >= 100.0 && small_number(low(toks, j + 1)).is_some()
        {
            j += 1;
        } else {
            break;
        }
    }
    if !any {
        return None;
    }
    Some((total + current, j))
}

/// "a quarter of", "half of", "two-thirds of", "three quarters of": (percent, index of "of").
fn fraction_at(toks: &[Tok], k: usize) -> Option<(f64, usize)> {
    let w = low(toks, k);
    if let Some((n, f)) = w.split_once('-') {
        let n = small_number(n)?;
        let f = fraction(f)?;
        return (low(toks, k + 1) == "of").then_some((n * f, k + 1));
    }
    if w == "half" && low(toks, k + 1) == "of" {
        return Some((50.0, k + 1));
    }
    let n = if w == "a" || w == "an" {
        1.0
    } else {
        small_number(w).filter(|n| *n >= 1.0 && *n < 10.0)?
    };
    let f = fraction(low(toks, k + 1))?;
    (low(toks, k + 2) == "of").then_some((n * f, k + 2))
}

/// A number at `k`, digits or words, with any scale word: (value or problem, next, had scale, from words).
struct Num {
    value: Result<f64, String>,
    next: usize,
    scaled: bool,
    words: bool,
}

fn number_at(toks: &[Tok], k: usize, money: bool) -> Option<Num> {
    let t = toks.get(k)?;
    let (mut value, mut next, words) = if t.kind == Kind::Num {
        (parse_digits(&t.lower), k + 1, false)
    } else {
        let (v, n) = word_number(toks, k)?;
        (Ok(v), n, true)
    };
    let mut scaled = words && next > k + 1;
    if let Some(s) = scale(low(toks, next), money) {
        // "4.5bn", "1.5 million", "$5m"; single letters only when glued to the number.
        let glued_only = low(toks, next).len() == 1;
        if !glued_only || adjacent(toks, next - 1, next) {
            value = value.map(|v| v * s);
            next += 1;
            scaled = true;
        }
    }
    Some(Num {
        value,
        next,
        scaled,
        words,
    })
}

fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// The unit at `k`: (unit, factor, next index).
fn unit_at(text: &str, toks: &[Tok], k: usize) -> Option<(String, f64, usize)> {
    for &(words, code) in CURRENCY_WORDS {
        if spells(toks, k, words) {
            let code = if code == "rupees" {
                resolve_rupees(text)
            } else {
                code
            };
            return Some((code.to_string(), 1.0, k + words.len()));
        }
    }
    for &(words, unit, factor) in UNITS {
        if spells(toks, k, words) {
            // "%" must be glued or at least the next token; words are fine as they are.
            return Some((unit.to_string(), factor, k + words.len()));
        }
    }
    None
}

fn period_at(toks: &[Tok], k: usize) -> Option<(&'static str, usize)> {
    let w = low(toks, k);
    if let Some(p) = period_adverb(w) {
        // "annual" only as in "1 million tons annual(ly)"; never "annual report".
        if w == "annual" {
            return None;
        }
        return Some((p, k + 1));
    }
    if matches!(w, "per" | "a" | "an" | "every" | "each" | "/") {
        let p = period_noun(low(toks, k + 1))?;
        if matches!(
            low(toks, k + 2),
            "ago" | "earlier" | "later" | "before" | "after" | "from" | "since"
        ) {
            return None;
        }
        if p == "year" && low(toks, k + 1) == "annum" && w != "per" {
            return None;
        }
        return Some((p, k + 2));
    }
    None
}

/// The item named by up to four words from `k`, stopping at stop words,
/// symbols and numbers: the longest prefix the item table knows ("humanitarian
/// assistance reached" → "humanitarian aid"), else the first word, or the first
/// two when the second does not look like a verb ("spare parts").
fn item_phrase(toks: &[Tok], mut k: usize) -> Option<(String, usize)> {
    if low(toks, k) == "the" {
        k += 1;
    }
    let mut j = k;
    while j < toks.len() && j < k + 4 {
        let t = &toks[j];
        if t.kind != Kind::Word
            || is_item_stop(&t.lower)
            || small_number(&t.lower).is_some()
            || period_adverb(&t.lower).is_some()
        {
            break;
        }
        j += 1;
    }
    if j == k {
        return None;
    }
    for m in (k + 1..=j).rev() {
        if let Some(norm) = normalise_item(&join_lower(&toks[k..m])) {
            return Some((norm.to_string(), m));
        }
    }
    let verbish = |t: &Tok| {
        t.lower.ends_with("ed")
            || t.lower.ends_with("es") && !t.lower.ends_with("ies")
            || t.lower.ends_with('s') && t.lower.len() <= 4
    };
    let m = if j > k + 1 && !verbish(&toks[k + 1]) {
        k + 2
    } else {
        k + 1
    };
    Some((join_lower(&toks[k..m]), m))
}

/// Is the number at `k` part of a name or modifier ("G20", "COVID-19", "10-year", "1st")?
fn glued(toks: &[Tok], k: usize) -> bool {
    let prev_word_glued = k > 0
        && adjacent(toks, k - 1, k)
        && (toks[k - 1].kind == Kind::Word || toks[k - 1].lower == ":");
    let prev_dash_glued = k > 1
        && adjacent(toks, k - 1, k)
        && matches!(low(toks, k - 1), "-" | "–")
        && adjacent(toks, k - 2, k - 1)
        && toks[k - 2].kind == Kind::Word;
    let next_glued = adjacent(toks, k, k + 1)
        && match toks.get(k + 1) {
            Some(t) if t.kind == Kind::Word => {
                matches!(t.lower.as_str(), "st" | "nd" | "rd" | "th" | "s")
            }
            Some(t) => t.lower == ":",
            None => false,
        };
    // "10-year": a dash glued on both sides to a word that is not a number or unit.
    let modifier = adjacent(toks, k, k + 1)
        && matches!(low(toks, k + 1), "-" | "–")
        && adjacent(toks, k + 1, k + 2)
        && toks
            .get(k + 2)
            .is_some_and(|t| t.kind == Kind::Word && scale(&t.lower, false).is_none());
    prev_word_glued || prev_dash_glued || next_glued || modifier
}

fn approx_before(toks: &[Tok], i: usize) -> Option<&'static str> {
    for &(words, norm) in APPROX {
        if i >= words.len() && spells(toks, i - words.len(), words) {
            return Some(norm);
        }
    }
    None
}

fn parse_amount(text: &str, toks: &[Tok], i: usize) -> Option<(Amount, usize)> {
    let first = &toks[i];
    let mut k = i;
    let mut currency: Option<String> = None;
    // Currency before the number: "$", "US$", "€", "USD", "Rs."
    if first.lower == "us" && low(toks, i + 1) == "$" && adjacent(toks, i, i + 1) {
        currency = Some("USD".into());
        k = i + 2;
    } else if let Some(c) = currency_prefix(&first.lower) {
        let mut n = i + 1;
        if c == "rupees" && low(toks, n) == "." {
            n += 1;
        }
        let num_follows = toks.get(n).is_some_and(|t| t.kind == Kind::Num);
        if !num_follows {
            return None;
        }
        // A sign may only stand before digits; codes need a number too.
        currency = Some(
            if c == "rupees" {
                resolve_rupees(text)
            } else {
                c
            }
            .to_string(),
        );
        k = n;
    }
    let money = currency.is_some();
    // Shares written as fractions.
    if !money {
        if let Some((pct, of)) = fraction_at(toks, k) {
            let a = Amount {
                start: first.start,
                end: toks[of - 1].end,
                value: Some(pct),
                unit: Some("%".into()),
                approx: approx_before(toks, i).map(str::to_string),
                ..Amount::default()
            };
            return Some((a, of));
        }
    }
    let t = toks.get(k)?;
    if t.kind == Kind::Num && !money && glued(toks, k) {
        return None;
    }
    let num = number_at(toks, k, money)?;
    let mut value = num.value;
    let mut scaled = num.scaled;
    k = num.next;
    let mut approx: Option<String> = None;
    // Ranges: "1-2 million", "5 to 10", "between 1 and 2 million", "$1-$2 billion".
    let between = i > 0 && low(toks, i - 1) == "between";
    let joiner = low(toks, k);
    if matches!(joiner, "-" | "–" | "—" | "to") || (between && joiner == "and") {
        let mut m = k + 1;
        if currency_prefix(low(toks, m)).is_some() && money {
            m += 1;
        }
        if let Some(second) = number_at(toks, m, money).filter(|n| n.words == num.words || !n.words)
        {
            if let (Ok(lo), Ok(hi)) = (&value, &second.value) {
                let (mut lo, hi) = (*lo, *hi);
                if !num.scaled && second.scaled && lo < hi {
                    // "1-2 million": the scale belongs to both ends.
                    let s = scale(low(toks, second.next - 1), money).unwrap_or(1.0);
                    if lo * s <= hi {
                        lo *= s;
                    }
                }
                if lo <= hi {
                    approx = Some(format!("range {}-{}", fmt_num(lo), fmt_num(hi)));
                    value = Ok((lo + hi) / 2.0);
                    scaled |= second.scaled;
                    k = second.next;
                }
            }
        }
    }
    // Unit after the number, directly or after up to three modifier words
    // ("2 million vaccine doses", "500 Russian troops").
    let mut unit: Option<String> = currency.clone();
    let mut item: Option<String> = None;
    let mut factor = 1.0;
    if unit.is_none() {
        if let Some((u, f, n)) = unit_at(text, toks, k) {
            unit = Some(u);
            factor = f;
            k = n;
        } else {
            for p in 1..=3 {
                let mods = &toks[k.min(toks.len())..(k + p).min(toks.len())];
                if mods.len() < p
                    || !mods
                        .iter()
                        .all(|t| t.kind == Kind::Word && !is_item_stop(&t.lower))
                {
                    break;
                }
                if let Some((u, f, n)) = unit_at(text, toks, k + p).filter(|(u, _, _)| u != "%") {
                    item = normalise_item(&join_lower(mods)).map(str::to_string);
                    unit = Some(u);
                    factor = f;
                    k = n;
                    break;
                }
            }
        }
    }
    // What is not an amount: years, days of the month, bare number words.
    let plain = unit.is_none() && !scaled;
    if plain {
        if num.words {
            return None;
        }
        if let Ok(v) = value {
            if v.fract() == 0.0 && (1800.0..=2100.0).contains(&v) && !t.lower.contains(',') {
                return None;
            }
        }
        if (k > 0 && i > 0 && is_month(low(toks, i - 1))) || is_month(low(toks, k)) {
            return None;
        }
    }
    let money = money
        || unit.as_deref().is_some_and(|u| {
            CURRENCY_WORDS.iter().any(|(_, c)| *c == u) || u == "PKR" || u == "INR"
        });
    let mut end = toks[k - 1].end;
    // Item after the unit.
    let is_pct = unit.as_deref() == Some("%");
    if !is_pct && item.is_none() {
        if low(toks, k) == "of" || (money && spells(toks, k, &["worth", "of"])) {
            let from = if low(toks, k) == "of" { k + 1 } else { k + 2 };
            if let Some((phrase, n)) = item_phrase(toks, from) {
                item = Some(phrase);
                k = n;
                end = toks[n - 1].end;
            }
        } else if money && matches!(low(toks, k), "in" | "for") {
            if let Some((phrase, n)) = item_phrase(toks, k + 1) {
                if ITEMS.iter().any(|(_, norm)| *norm == phrase) {
                    item = Some(phrase);
                    k = n;
                    end = toks[n - 1].end;
                }
            }
        }
        if item.is_none() && money {
            // "aid worth $5 million", "a package valued at $5 million"
            let mut b = i;
            while b > 0 && APPROX.iter().any(|(w, _)| w.contains(&low(toks, b - 1))) && b + 3 > i {
                b -= 1;
            }
            let back = if b >= 1 && low(toks, b - 1) == "worth" {
                Some(b - 1)
            } else if b >= 2 && spells(toks, b - 2, &["valued", "at"]) {
                Some(b - 2)
            } else {
                None
            };
            if let Some(w) = back {
                let mut s = w;
                while s > 0
                    && w - s < 3
                    && toks[s - 1].kind == Kind::Word
                    && !is_item_stop(&toks[s - 1].lower)
                {
                    s -= 1;
                }
                if s < w {
                    let known = (s..w).find_map(|from| normalise_item(&join_lower(&toks[from..w])));
                    item = Some(
                        known
                            .map(str::to_string)
                            .unwrap_or_else(|| toks[w - 1].lower.clone()),
                    );
                }
            }
        }
    }
    // Period: directly, or after "to Afghanistan" / "for the Taliban".
    let mut period: Option<String> = None;
    if low(toks, k.saturating_sub(1)) == "bpd" {
        period = Some("day".into());
    }
    if period.is_none() {
        if let Some((p, n)) = period_at(toks, k) {
            period = Some(p.into());
            end = toks[n - 1].end;
            k = n;
            // "20,000 barrels per day of crude oil"
            if item.is_none() && !is_pct && low(toks, k) == "of" {
                if let Some((phrase, n)) = item_phrase(toks, k + 1) {
                    item = Some(phrase);
                    end = toks[n - 1].end;
                    k = n;
                }
            }
        } else if toks
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && !is_item_stop(&t.lower))
            && period_adverb(low(toks, k + 1)).is_some_and(|_| low(toks, k + 1) != "annual")
        {
            // "5 to 10 trucks cross daily"
            period = period_adverb(low(toks, k + 1)).map(str::to_string);
            end = toks[k + 1].end;
            k += 2;
        } else if matches!(low(toks, k), "to" | "for" | "from") {
            let mut m = k + 1;
            if low(toks, m) == "the" {
                m += 1;
            }
            let name_start = m;
            while m < toks.len()
                && m < name_start + 3
                && toks[m].kind == Kind::Word
                && text[toks[m].start..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            {
                m += 1;
            }
            if m > name_start {
                if let Some((p, n)) = period_at(toks, m) {
                    period = Some(p.into());
                    end = toks[n - 1].end;
                }
            }
        }
    }
    if approx.is_none() {
        approx = approx_before(toks, i).map(str::to_string);
    }
    let (value, problem) = match value {
        Ok(v) => {
            let v = v * factor;
            if !v.is_finite() || v > MAX_VALUE {
                (
                    None,
                    Some(format!(
                        "absurd value: {}",
                        &text[first.start..toks[num.next - 1].end]
                    )),
                )
            } else {
                (Some(v), None)
            }
        }
        Err(e) => (None, Some(e)),
    };
    let a = Amount {
        start: first.start,
        end,
        value,
        unit,
        item,
        period,
        approx,
        problem,
    };
    Some((a, k))
}

/// "1 million tons of gasoline, 1 million tons of diesel and 500,000 tons of
/// LNG per year": the period closing a coordinated list applies to every member.
fn propagate_periods(text: &str, amounts: &mut [Amount]) {
    for idx in (0..amounts.len().saturating_sub(1)).rev() {
        let (left, right) = amounts.split_at_mut(idx + 1);
        let (a, b) = (&mut left[idx], &right[0]);
        if a.period.is_some() || b.period.is_none() || a.unit.as_deref() == Some("%") {
            continue;
        }
        let Some(between) = text.get(a.end..b.start) else {
            continue;
        };
        let list_only = between
            .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .all(|w| {
                w.is_empty()
                    || matches!(
                        w.to_ascii_lowercase().as_str(),
                        "and" | "or" | "plus" | "as" | "well"
                    )
            });
        if list_only {
            a.period = b.period.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_grouping_is_checked() {
        assert_eq!(parse_digits("1,000,000"), Ok(1e6));
        assert_eq!(parse_digits("4.5"), Ok(4.5));
        assert!(parse_digits("1,00,0").is_err());
        assert!(parse_digits("1.2.3").is_err());
        assert!(parse_digits("10^99").is_err());
        assert_eq!(parse_digits("10^6"), Ok(1e6));
        assert_eq!(parse_digits("2e3"), Ok(2000.0));
    }
}
