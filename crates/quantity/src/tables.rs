//! The vocabulary of amounts: units, currencies, scale words, number words,
//! hedges, periods and items. Plain tables so they are easy to extend.

/// Units written after the number: (lowercased words, normalised unit, factor).
/// Longer entries come first so "metric tons" wins over "tons".
pub(crate) const UNITS: &[(&[&str], &str, f64)] = &[
    (&["billion", "cubic", "metres"], "m3", 1e9),
    (&["billion", "cubic", "meters"], "m3", 1e9),
    (&["metric", "tons"], "t", 1.0),
    (&["metric", "tonnes"], "t", 1.0),
    (&["metric", "ton"], "t", 1.0),
    (&["cubic", "metres"], "m3", 1.0),
    (&["cubic", "meters"], "m3", 1.0),
    (&["cubic", "metre"], "m3", 1.0),
    (&["cubic", "meter"], "m3", 1.0),
    (&["per", "cent"], "%", 1.0),
    (&["percentage", "points"], "%", 1.0),
    (&["tons"], "t", 1.0),
    (&["tonnes"], "t", 1.0),
    (&["ton"], "t", 1.0),
    (&["tonne"], "t", 1.0),
    (&["mt"], "t", 1.0),
    (&["t"], "t", 1.0),
    (&["kilograms"], "t", 0.001),
    (&["kg"], "t", 0.001),
    (&["barrels"], "bbl", 1.0),
    (&["barrel"], "bbl", 1.0),
    (&["bbl"], "bbl", 1.0),
    (&["bpd"], "bbl", 1.0),
    (&["bcm"], "m3", 1e9),
    (&["m3"], "m3", 1.0),
    (&["percent"], "%", 1.0),
    (&["pct"], "%", 1.0),
    (&["%"], "%", 1.0),
    (&["doses"], "doses", 1.0),
    (&["dose"], "doses", 1.0),
    (&["troops"], "troops", 1.0),
    (&["soldiers"], "troops", 1.0),
    (&["kilometres"], "km", 1.0),
    (&["kilometers"], "km", 1.0),
    (&["km"], "km", 1.0),
    (&["megawatts"], "MW", 1.0),
    (&["mw"], "MW", 1.0),
    (&["gigawatts"], "MW", 1000.0),
    (&["gw"], "MW", 1000.0),
    (&["flights"], "flights", 1.0),
    (&["trucks"], "trucks", 1.0),
    (&["lorries"], "trucks", 1.0),
    (&["trains"], "trains", 1.0),
    (&["wagons"], "wagons", 1.0),
    (&["tankers"], "tankers", 1.0),
];

/// Currency names written after the number: (lowercased words, ISO 4217 code).
/// "rupees" alone is resolved by [`crate::resolve_rupees`].
pub(crate) const CURRENCY_WORDS: &[(&[&str], &str)] = &[
    (&["us", "dollars"], "USD"),
    (&["u.s.", "dollars"], "USD"),
    (&["american", "dollars"], "USD"),
    (&["pounds", "sterling"], "GBP"),
    (&["pakistani", "rupees"], "PKR"),
    (&["indian", "rupees"], "INR"),
    (&["iranian", "rials"], "IRR"),
    (&["saudi", "riyals"], "SAR"),
    (&["chinese", "yuan"], "CNY"),
    (&["russian", "rubles"], "RUB"),
    (&["russian", "roubles"], "RUB"),
    (&["dollars"], "USD"),
    (&["dollar"], "USD"),
    (&["usd"], "USD"),
    (&["euros"], "EUR"),
    (&["euro"], "EUR"),
    (&["eur"], "EUR"),
    (&["sterling"], "GBP"),
    (&["gbp"], "GBP"),
    (&["rubles"], "RUB"),
    (&["roubles"], "RUB"),
    (&["ruble"], "RUB"),
    (&["rouble"], "RUB"),
    (&["rub"], "RUB"),
    (&["yuan"], "CNY"),
    (&["renminbi"], "CNY"),
    (&["cny"], "CNY"),
    (&["afghanis"], "AFN"),
    (&["afghani"], "AFN"),
    (&["afn"], "AFN"),
    (&["rials"], "IRR"),
    (&["rial"], "IRR"),
    (&["irr"], "IRR"),
    (&["inr"], "INR"),
    (&["pkr"], "PKR"),
    (&["rupees"], "rupees"),
    (&["rupee"], "rupees"),
    (&["yen"], "JPY"),
    (&["jpy"], "JPY"),
    (&["won"], "KRW"),
    (&["lira"], "TRY"),
    (&["liras"], "TRY"),
    (&["tenge"], "KZT"),
    (&["somoni"], "TJS"),
    (&["dirhams"], "AED"),
    (&["riyals"], "SAR"),
];

/// Currency signs and codes written before the number.
pub(crate) fn currency_prefix(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "₽" => "RUB",
        "₹" => "INR",
        "¥" => "CNY",
        "usd" => "USD",
        "eur" => "EUR",
        "gbp" => "GBP",
        "rub" => "RUB",
        "cny" => "CNY",
        "rmb" => "CNY",
        "afn" => "AFN",
        "irr" => "IRR",
        "inr" => "INR",
        "pkr" => "PKR",
        "rs" => "rupees",
        _ => return None,
    })
}

/// Scale words after a number: "million", "bn", "k".
/// `money_only` scales ("m", "b") count only after a currency sign ("$5m").
pub(crate) fn scale(lower: &str, money: bool) -> Option<f64> {
    Some(match lower {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "millions" | "mln" | "mn" => 1e6,
        "m" if money => 1e6,
        "billion" | "billions" | "bn" | "bln" => 1e9,
        "b" if money => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        _ => return None,
    })
}

/// Number words below one hundred.
pub(crate) fn small_number(lower: &str) -> Option<f64> {
    const ONES: &[&str] = &[
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
    ];
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = ONES.iter().position(|w| *w == lower) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|w| *w == lower) {
        return Some(20.0 + 10.0 * i as f64);
    }
    // "twenty-five"
    let (t, o) = lower.split_once('-')?;
    let t = TENS.iter().position(|w| *w == t)?;
    let o = ONES[1..10].iter().position(|w| *w == o)?;
    Some(20.0 + 10.0 * t as f64 + 1.0 + o as f64)
}

/// Fractions that stand for a share when followed by "of" ("a quarter of").
pub(crate) fn fraction(lower: &str) -> Option<f64> {
    Some(match lower {
        "half" => 50.0,
        "third" => 100.0 / 3.0,
        "quarter" => 25.0,
        "thirds" => 100.0 / 3.0,
        "quarters" => 25.0,
        "fifth" => 20.0,
        "tenth" => 10.0,
        _ => return None,
    })
}

/// Hedges before an amount: (lowercased words, normalised approximation).
/// Longer entries come first.
pub(crate) const APPROX: &[(&[&str], &str)] = &[
    (&["no", "more", "than"], "at most"),
    (&["in", "excess", "of"], "more than"),
    (&["as", "many", "as"], "up to"),
    (&["as", "much", "as"], "up to"),
    (&["more", "than"], "more than"),
    (&["less", "than"], "less than"),
    (&["fewer", "than"], "less than"),
    (&["up", "to"], "up to"),
    (&["at", "least"], "at least"),
    (&["at", "most"], "at most"),
    (&["an", "estimated"], "about"),
    (&["close", "to"], "about"),
    (&["just", "over"], "more than"),
    (&["just", "under"], "less than"),
    (&["about"], "about"),
    (&["around"], "about"),
    (&["approximately"], "about"),
    (&["approx"], "about"),
    (&["roughly"], "about"),
    (&["some"], "about"),
    (&["circa"], "about"),
    (&["nearly"], "nearly"),
    (&["almost"], "nearly"),
    (&["over"], "more than"),
    (&["under"], "less than"),
    (&["only"], "only"),
    (&["just"], "only"),
    (&["merely"], "only"),
];

/// Period nouns: "year" and its synonyms.
pub(crate) fn period_noun(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "year" | "annum" => "year",
        "month" => "month",
        "week" => "week",
        "day" => "day",
        _ => return None,
    })
}

/// Single-word periods: "annually".
pub(crate) fn period_adverb(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "annually" | "yearly" | "annual" => "year",
        "monthly" => "month",
        "weekly" => "week",
        "daily" => "day",
        _ => return None,
    })
}

/// Item names and their normal forms. Multi-word forms first.
pub(crate) const ITEMS: &[(&str, &str)] = &[
    ("liquified natural gas", "liquefied natural gas"),
    ("liquefied natural gas", "liquefied natural gas"),
    ("liquefied petroleum gas", "liquefied petroleum gas"),
    ("liquified petroleum gas", "liquefied petroleum gas"),
    ("humanitarian assistance", "humanitarian aid"),
    ("humanitarian aid", "humanitarian aid"),
    ("humanitarian supplies", "humanitarian aid"),
    ("humanitarian cargo", "humanitarian aid"),
    ("food aid", "food aid"),
    ("food assistance", "food aid"),
    ("military aid", "military aid"),
    ("military assistance", "military aid"),
    ("military equipment", "weapons"),
    ("financial aid", "financial aid"),
    ("financial assistance", "financial aid"),
    ("economic aid", "financial aid"),
    ("natural gas", "natural gas"),
    ("liquefied gas", "liquefied natural gas"),
    ("liquified gas", "liquefied natural gas"),
    ("diesel fuel", "diesel"),
    ("jet fuel", "jet fuel"),
    ("crude oil", "crude oil"),
    ("petroleum products", "petroleum products"),
    ("oil products", "petroleum products"),
    ("fuel oil", "fuel oil"),
    ("vaccine doses", "vaccines"),
    ("covid vaccines", "vaccines"),
    ("lng", "liquefied natural gas"),
    ("lpg", "liquefied petroleum gas"),
    ("petrol", "gasoline"),
    ("gasoline", "gasoline"),
    ("benzine", "gasoline"),
    ("diesel", "diesel"),
    ("kerosene", "kerosene"),
    ("wheat", "wheat"),
    ("flour", "flour"),
    ("grain", "grain"),
    ("grains", "grain"),
    ("rice", "rice"),
    ("sugar", "sugar"),
    ("food", "food"),
    ("foodstuffs", "food"),
    ("fuel", "fuel"),
    ("fuels", "fuel"),
    ("oil", "oil"),
    ("gas", "gas"),
    ("coal", "coal"),
    ("electricity", "electricity"),
    ("power", "electricity"),
    ("fertilizer", "fertilizer"),
    ("fertilizers", "fertilizer"),
    ("fertiliser", "fertilizer"),
    ("fertilisers", "fertilizer"),
    ("vaccines", "vaccines"),
    ("vaccine", "vaccines"),
    ("medicine", "medicine"),
    ("medicines", "medicine"),
    ("medical supplies", "medicine"),
    ("weapons", "weapons"),
    ("arms", "weapons"),
    ("ammunition", "ammunition"),
    ("munitions", "ammunition"),
    ("aid", "aid"),
    ("assistance", "aid"),
    ("loans", "loans"),
    ("loan", "loans"),
    ("credit", "loans"),
    ("credits", "loans"),
    ("investment", "investment"),
    ("investments", "investment"),
    ("cotton", "cotton"),
    ("cement", "cement"),
    ("steel", "steel"),
    ("timber", "timber"),
    ("tents", "tents"),
    ("blankets", "blankets"),
];

/// Normalise an item phrase (lowercased words joined by single spaces).
/// Known phrases map through [`ITEMS`]; a phrase that ends in a known item
/// ("Russian wheat", "high-quality diesel fuel") maps to that item.
pub fn normalise_item(phrase: &str) -> Option<&'static str> {
    let p = phrase.trim();
    for &(form, norm) in ITEMS {
        if p == form {
            return Some(norm);
        }
    }
    // Longest known suffix.
    let mut best: Option<(&str, usize)> = None;
    for &(form, norm) in ITEMS {
        if p.len() > form.len()
            && p.ends_with(form)
            && p.as_bytes()[p.len() - form.len() - 1] == b' '
            && best.is_none_or(|(_, l)| form.len() > l)
        {
            best = Some((norm, form.len()));
        }
    }
    best.map(|(n, _)| n)
}

/// Words that end an item phrase.
pub(crate) fn is_item_stop(lower: &str) -> bool {
    matches!(
        lower,
        "and"
            | "or"
            | "but"
            | "to"
            | "for"
            | "from"
            | "in"
            | "into"
            | "by"
            | "per"
            | "each"
            | "every"
            | "a"
            | "an"
            | "over"
            | "within"
            | "under"
            | "at"
            | "on"
            | "with"
            | "via"
            | "through"
            | "as"
            | "than"
            | "of"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "should"
            | "could"
            | "may"
            | "might"
            | "must"
            | "can"
            | "which"
            | "that"
            | "who"
            | "whose"
            | "this"
            | "these"
            | "those"
            | "last"
            | "next"
            | "since"
            | "until"
            | "after"
            | "before"
            | "during"
            | "annually"
            | "yearly"
            | "monthly"
            | "weekly"
            | "daily"
            | "annual"
            | "not"
            | "so"
            | "far"
            | "yet"
            | "while"
            | "when"
            | "if"
            | "it"
            | "its"
            | "their"
            | "his"
            | "her"
            | "worth"
            | "valued"
            | "says"
            | "said"
            | "according"
    )
}

/// Month names, to keep day numbers ("5 September", "September 5") out.
pub(crate) fn is_month(lower: &str) -> bool {
    matches!(
        lower,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_normalise() {
        assert_eq!(
            normalise_item("liquified natural gas"),
            Some("liquefied natural gas")
        );
        assert_eq!(normalise_item("russian wheat"), Some("wheat"));
        assert_eq!(normalise_item("diesel fuel"), Some("diesel"));
        assert_eq!(normalise_item("widgets"), None);
        assert_eq!(small_number("twenty-five"), Some(25.0));
        assert_eq!(small_number("ninety-nine"), Some(99.0));
        assert_eq!(small_number("twenty-ten"), None);
    }
}
