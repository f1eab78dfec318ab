//! Table-driven test: our own sentences and the amounts expected in them.
//!
//! Each expected amount is written `value|unit|item|period|approx`, with `-`
//! for "none" and `!` as the value when the number must be reported as a
//! problem rather than stored.

use dyad_quantity::{extract, Amount};

fn render(a: &Amount) -> String {
    let value = match (a.value, &a.problem) {
        (_, Some(_)) => "!".to_string(),
        (Some(v), None) => {
            let r = (v * 10_000.0).round() / 10_000.0;
            format!("{r}")
        }
        (None, None) => "?".to_string(),
    };
    let o = |s: &Option<String>| s.clone().unwrap_or_else(|| "-".to_string());
    format!(
        "{value}|{}|{}|{}|{}",
        o(&a.unit),
        o(&a.item),
        o(&a.period),
        o(&a.approx)
    )
}

const CASES: &[(&str, &[&str])] = &[
    // Pledges with periods and coordinated lists.
    (
        "Russia promised to supply Afghanistan with 1 million tons of gasoline, 1 million tons of diesel, and 500,000 tons of liquified natural gas per year.",
        &["1000000|t|gasoline|year|-", "1000000|t|diesel|year|-", "500000|t|liquefied natural gas|year|-"],
    ),
    ("Moscow is supposed to deliver 2 million tons of wheat every year.", &["2000000|t|wheat|year|-"]),
    ("Kazakhstan pledged two million tons of flour annually.", &["2000000|t|flour|year|-"]),
    ("Iran agreed to sell 300,000 tonnes of petrol a month to Kabul.", &["300000|t|gasoline|month|-"]),
    ("The deal covers 1.5 million metric tons of diesel fuel each year.", &["1500000|t|diesel|year|-"]),
    ("Turkmenistan will supply 500 megawatts of electricity to Afghanistan annually.", &["500|MW|electricity|year|-"]),
    ("Uzbekistan promised 100,000 tons of fuel to Afghanistan per year.", &["100000|t|fuel|year|-"]),
    ("The agreement foresees 20,000 barrels per day of crude oil.", &["20000|bbl|crude oil|day|-"]),
    ("Exports reached 40,000 bpd.", &["40000|bbl|-|day|-"]),
    ("Gazprom will pump 5 bcm of gas yearly.", &["5000000000|m3|gas|year|-"]),
    ("Russia could ship 2 billion cubic metres of natural gas a year through the pipeline.", &["2000000000|m3|natural gas|year|-"]),
    ("Kabul asked for 10,000 tons of LNG every month.", &["10000|t|liquefied natural gas|month|-"]),
    ("The contract is for 3,000 tons of wheat weekly.", &["3000|t|wheat|week|-"]),
    ("They agreed on 1 million tons of gasoline and 1 million tons of diesel annually.", &["1000000|t|gasoline|year|-", "1000000|t|diesel|year|-"]),
    ("Pakistan sends 400 trucks of flour daily.", &["400|trucks|flour|day|-"]),
    ("The shipments of 50,000 tons of cement a year ago were smaller.", &["50000|t|cement|-|-"]),
    // Money and currencies.
    ("Just 4 percent ($289 million) of Afghanistan's imports came from Russia.", &["4|%|-|-|only", "289000000|USD|-|-|-"]),
    ("Trade rose to $1 billion last year.", &["1000000000|USD|-|-|-"]),
    ("Bilateral trade reached 4.5 bn euros.", &["4500000000|EUR|-|-|-"]),
    ("The bank lent US$2.5bn to the government.", &["2500000000|USD|-|-|-"]),
    ("Russia provided $5 million in humanitarian aid.", &["5000000|USD|humanitarian aid|-|-"]),
    ("The EU announced humanitarian aid worth €100 million.", &["100000000|EUR|humanitarian aid|-|-"]),
    ("China pledged 200 million yuan in aid.", &["200000000|CNY|aid|-|-"]),
    ("The budget totals 50 billion afghanis.", &["50000000000|AFN|-|-|-"]),
    ("Iran exported goods worth 1.2 billion dollars.", &["1200000000|USD|goods|-|-"]),
    ("The ministry paid 3 million rubles for the project.", &["3000000|RUB|-|-|-"]),
    ("Moscow allocated 1 billion roubles of financial assistance.", &["1000000000|RUB|financial aid|-|-"]),
    ("Tehran earned 20 trillion rials from the exports.", &["20000000000000|IRR|-|-|-"]),
    ("Britain gave £30m to the UN appeal.", &["30000000|GBP|-|-|-"]),
    ("Pakistan imposed a fee of 500 rupees per truck.", &["500|PKR|-|-|-"]),
    ("India donated 50,000 tons of wheat worth 2 billion rupees.", &["50000|t|wheat|-|-", "2000000000|INR|wheat|-|-"]),
    ("The grant of USD 15 million was signed.", &["15000000|USD|-|-|-"]),
    ("A loan of $500m was approved for Kabul.", &["500000000|USD|-|-|-"]),
    ("The two sides traded goods worth $746 million in 2022.", &["746000000|USD|goods|-|-"]),
    ("Japan offered 10 billion yen in loans.", &["10000000000|JPY|loans|-|-"]),
    ("Exports fell to ₽40 billion.", &["40000000000|RUB|-|-|-"]),
    ("The World Bank released $1.5 billion of investment.", &["1500000000|USD|investment|-|-"]),
    ("Delhi approved ₹200 crore.", &["200|INR|-|-|-"]),
    // Shares.
    ("Iran provides 20 percent, China 18, Pakistan 16.", &["20|%|-|-|-", "18|-|-|-|-", "16|-|-|-|-"]),
    ("Russia's share was 7% of the total.", &["7|%|-|-|-"]),
    ("Imports from Iran grew by 12 per cent.", &["12|%|-|-|-"]),
    ("A quarter of Afghanistan's fuel comes from Iran.", &["25|%|-|-|-"]),
    ("Half of the wheat was delivered.", &["50|%|-|-|-"]),
    ("Two-thirds of the aid arrived.", &["66.6667|%|-|-|-"]),
    ("Kazakhstan supplies about 60 percent of Afghanistan's flour.", &["60|%|-|-|about"]),
    ("Prices rose 3 percentage points.", &["3|%|-|-|-"]),
    // Words and scales.
    ("The Taliban received two million doses of vaccine.", &["2000000|doses|vaccines|-|-"]),
    ("China donated 1.5 million vaccine doses.", &["1500000|doses|vaccines|-|-"]),
    ("Moscow sent three hundred thousand tons of wheat.", &["300000|t|wheat|-|-"]),
    ("Half a million tons of flour were shipped.", &["500000|t|flour|-|-"]),
    ("A million tons of oil were promised.", &["1000000|t|oil|-|-"]),
    ("The convoy carried one hundred and fifty tons of medicine.", &["150|t|medicine|-|-"]),
    ("Twenty-five trucks of aid crossed the border.", &["25|trucks|aid|-|-"]),
    ("Russia deployed 5,000 troops to Tajikistan.", &["5000|troops|-|-|-"]),
    ("About 1,200 soldiers took part.", &["1200|troops|-|-|about"]),
    ("The railway will be 573 km long.", &["573|km|-|-|-"]),
    ("There are 12 flights a week between Kabul and Moscow.", &["12|flights|-|week|-"]),
    ("Two trains of fuel arrived at Hairatan.", &["2|trains|fuel|-|-"]),
    ("They delivered 800 kilograms of medicine.", &["0.8|t|medicine|-|-"]),
    ("The plant produces 2 gigawatts.", &["2000|MW|-|-|-"]),
    // Hedges.
    ("Russia has delivered more than 100,000 tons of wheat.", &["100000|t|wheat|-|more than"]),
    ("Moscow will supply up to 1 million tons of fuel.", &["1000000|t|fuel|-|up to"]),
    ("At least 2,000 tons of flour arrived.", &["2000|t|flour|-|at least"]),
    ("Less than 10,000 tons of diesel was delivered.", &["10000|t|diesel|-|less than"]),
    ("Only 50,000 tons of the wheat had arrived.", &["50000|t|wheat|-|only"]),
    ("Nearly 3 million barrels of oil were shipped.", &["3000000|bbl|oil|-|nearly"]),
    ("An estimated 400,000 tons of grain were lost.", &["400000|t|grain|-|about"]),
    ("Roughly $200 million in aid was pledged.", &["200000000|USD|aid|-|about"]),
    ("Some 30,000 tons of fertilizer were sent.", &["30000|t|fertilizer|-|about"]),
    ("Around 1 million doses were donated.", &["1000000|doses|-|-|about"]),
    ("Over 700 tons of humanitarian assistance reached Kabul.", &["700|t|humanitarian aid|-|more than"]),
    ("Fewer than 100 trucks crossed.", &["100|trucks|-|-|less than"]),
    ("Almost 90 percent of the pledge remains undelivered.", &["90|%|-|-|nearly"]),
    ("As many as 3,000 troops could be sent.", &["3000|troops|-|-|up to"]),
    // Ranges.
    ("Russia will supply between 1 and 2 million tons of wheat.", &["1500000|t|wheat|-|range 1000000-2000000"]),
    ("Officials expect 1-2 million tons of fuel a year.", &["1500000|t|fuel|year|range 1000000-2000000"]),
    ("Between 5,000 and 7,000 troops are stationed there.", &["6000|troops|-|-|range 5000-7000"]),
    ("The deal is worth $1-$2 billion.", &["1500000000|USD|-|-|range 1000000000-2000000000"]),
    ("Some 5 to 10 trucks cross daily.", &["7.5|trucks|-|day|range 5-10"]),
    // Negation and hedges around the amount (the amount itself is plain).
    ("Russia did not deliver the 1 million tons of fuel it promised.", &["1000000|t|fuel|-|-"]),
    ("Moscow reportedly shipped 200,000 tons of diesel.", &["200000|t|diesel|-|-"]),
    ("Deliveries of fuel and wheat are falling far short.", &[]),
    ("Russia has not yet delivered the wheat.", &[]),
    // Malformed and absurd numbers.
    ("Russia promised 1,00,0 tons of wheat.", &["!|t|wheat|-|-"]),
    ("The minister spoke of 10^99 tons of fuel.", &["!|t|fuel|-|-"]),
    ("A claim of 5e20 barrels of oil circulated.", &["!|bbl|oil|-|-"]),
    ("Sources cited 1.2.3 tons of wheat.", &["!|t|wheat|-|-"]),
    ("Someone claimed $9,000 trillion in aid.", &["!|USD|aid|-|-"]),
    ("A figure of 10^6 tons of wheat was mentioned.", &["1000000|t|wheat|-|-"]),
    // Things that are not amounts.
    ("On 5 September 2022 a suicide bomber attacked the embassy.", &[]),
    ("The G20 summit ended in 2023.", &[]),
    ("The COVID-19 pandemic slowed trade.", &[]),
    ("They signed a 10-year agreement.", &[]),
    ("Two countries signed the deal on September 5.", &[]),
    ("The 1st battalion left at 10:30.", &[]),
    ("", &[]),
];

#[test]
fn sentence_table() {
    assert!(CASES.len() >= 80, "only {} sentences", CASES.len());
    let mut failures = Vec::new();
    for (text, expected) in CASES {
        let got: Vec<String> = extract(text).iter().map(render).collect();
        let want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
        if got != want {
            failures.push(format!("{text}\n   want {want:?}\n    got {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} sentences differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn spans_cover_the_amount() {
    let text = "Russia promised about $289 million in aid per year.";
    let a = extract(text);
    assert_eq!(a.len(), 1);
    assert_eq!(&text[a[0].start..a[0].end], "$289 million in aid per year");
}

#[test]
fn problems_never_carry_values() {
    for text in [
        "1,00,0 tons",
        "10^99 tons",
        "99999999999999999999 tons",
        "1e400 t",
        "$1,0000",
        "1.2.3.4 t",
        "10^ tons",
        "^^^",
    ] {
        for a in extract(text) {
            assert!(a.problem.is_none() || a.value.is_none(), "{text}: {a:?}");
            if let Some(v) = a.value {
                assert!(
                    v.is_finite() && v <= dyad_quantity::MAX_VALUE,
                    "{text}: {a:?}"
                );
            }
        }
    }
}

#[test]
fn arbitrary_bytes_do_not_panic() {
    // A cheap deterministic fuzz over awkward characters.
    let alphabet: Vec<char> =
        "0123456789,.^e-–$€£₽ %aofperyearmilliontonsbetweenand()\u{00e9}\u{1F600}"
            .chars()
            .collect();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..3000 {
        let mut s = String::new();
        for _ in 0..24 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            s.push(alphabet[(state % alphabet.len() as u64) as usize]);
        }
        for a in extract(&s) {
            assert!(a.start <= a.end && a.end <= s.len(), "{s:?}: {a:?}");
            assert!(s.is_char_boundary(a.start) && s.is_char_boundary(a.end));
        }
    }
}
