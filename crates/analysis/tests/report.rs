//! The dyad report on handcrafted batches.

mod common;

use arrow_array::RecordBatch;
use common::{asserted, ev, qty};
use dyad_analysis::*;
use dyad_event::{Modality, QuantityRole};

fn batch(events: &[dyad_event::Event]) -> RecordBatch {
    events_to_batch(events).expect("batch")
}

fn query(a: &str, b: &str) -> DyadQuery {
    DyadQuery {
        seed: 7,
        ..DyadQuery::new(a, b)
    }
}

/// RUS→AFG: 2022-01: two meetings (040 quad 1), one aid (070 quad 2), one threat (130 quad 3);
/// 2022-03: one assault (180 quad 4); AFG→RUS 2022-01: one appeal (020 quad 1);
/// noise: USA→AFG, RUS→IRN, and a RUS→AFG row outside the window.
fn sample() -> Vec<dyad_event::Event> {
    vec![
        asserted("d1", "2022-01-05", "RUSGOV", "AFGGOV", "040"),
        asserted("d2", "2022-01-20", "RUS", "AFGGOV", "040"),
        asserted("d3", "2022-01-21", "RUSGOV", "AFG", "070"),
        asserted("d4", "2022-01-22", "RUSMIL", "AFGREB", "130"),
        asserted("d5", "2022-03-02", "RUSMIL", "AFGREB", "180"),
        asserted("d6", "2022-01-09", "AFGGOV", "RUSGOV", "020"),
        asserted("d7", "2022-01-09", "USAGOV", "AFGGOV", "040"),
        asserted("d8", "2022-01-09", "RUSGOV", "IRNGOV", "040"),
        asserted("d9", "2021-12-31", "RUSGOV", "AFGGOV", "040"),
    ]
}

#[test]
fn quad_profile_counts_a_handcrafted_batch() {
    let mut q = query("RUS", "AFG");
    q.from = Some("2022-01".parse().unwrap());
    q.to = Some("2022-03".parse().unwrap());
    let r = dyad_report(&[batch(&sample())], &q).unwrap();
    assert_eq!(r.quad_scheme, "gdelt");
    assert_eq!(r.dyad, "RUS→AFG");
    assert_eq!(r.rows_scanned, 9);
    assert_eq!(r.rows_matched, 6);
    let periods: Vec<&str> = r.profile.iter().map(|p| p.period.as_str()).collect();
    assert_eq!(periods, ["2022-01", "2022-02", "2022-03"]);
    let jan = &r.profile[0];
    assert_eq!(jan.a_to_b.events, 4);
    assert_eq!(
        jan.a_to_b.quad,
        Quad {
            verbal_cooperation: 2,
            material_cooperation: 1,
            verbal_conflict: 1,
            material_conflict: 0
        }
    );
    assert_eq!(jan.b_to_a.quad.verbal_cooperation, 1);
    assert_eq!(jan.both.events, 5);
    assert_eq!(r.profile[1].both.events, 0);
    assert_eq!(r.profile[1].both.goldstein_mean, None);
    assert_eq!(r.profile[2].a_to_b.quad.material_conflict, 1);
    let g: f64 = ["040", "040", "070", "130"]
        .iter()
        .map(|c| dyad_event::cameo::lookup(c).unwrap().goldstein as f64)
        .sum();
    assert!((jan.a_to_b.goldstein_sum - g).abs() < 1e-6);
    assert!((jan.a_to_b.goldstein_mean.unwrap() - g / 4.0).abs() < 1e-6);
    assert_eq!(jan.a_to_b.symbolism_index, Some(2.0 / 3.0));
    assert_eq!(r.totals.a_to_b.events, 5);
    assert_eq!(r.totals.both.mentions, 6);
    // Per-row symbolism over the window, A→B.
    let s = &r.symbolism.a_to_b.per_event;
    assert_eq!((s.verbal, s.material), (2, 1));
    assert_eq!(r.window, "2022-01..2022-03");
    assert_eq!(r.verdict.label, "too few events to judge");
    assert!(
        r.verdict
            .line
            .starts_with("RUS→AFG 2022-01..2022-03: 2 verbal vs 1 material"),
        "{}",
        r.verdict.line
    );
    // Ladder: root 04 twice and 07 once A→B.
    let l04 = r.ladder.iter().find(|s| s.root == 4).unwrap();
    assert_eq!(l04.a_to_b.asserted, 2);
    assert_eq!(
        r.ladder
            .iter()
            .find(|s| s.root == 7)
            .unwrap()
            .a_to_b
            .asserted,
        1
    );
}

#[test]
fn actor_specs_match_country_or_code_prefix() {
    let r = dyad_report(&[batch(&sample())], &query("RUSMIL", "AFG")).unwrap();
    assert_eq!(r.totals.a_to_b.events, 2);
    assert_eq!(r.totals.b_to_a.events, 0);
    // An all-time window includes the December row.
    let r = dyad_report(&[batch(&sample())], &query("rus", "afg")).unwrap();
    assert_eq!(r.totals.a_to_b.events, 6);
    assert_eq!(r.profile.first().unwrap().period, "2021-12");
    assert!(dyad_report(&[], &query("", "AFG")).is_err());
}

#[test]
fn periods_group_by_quarter_and_year() {
    let mut q = query("RUS", "AFG");
    q.by = Period::Quarter;
    let r = dyad_report(&[batch(&sample())], &q).unwrap();
    let periods: Vec<&str> = r.profile.iter().map(|p| p.period.as_str()).collect();
    assert_eq!(periods, ["2021-Q4", "2022-Q1"]);
    assert_eq!(r.profile[1].a_to_b.events, 5);
    q.by = Period::Year;
    let r = dyad_report(&[batch(&sample())], &q).unwrap();
    assert_eq!(r.profile.len(), 2);
}

#[test]
fn split_batches_give_the_same_report() {
    let ev = sample();
    let one = dyad_report(&[batch(&ev)], &query("RUS", "AFG")).unwrap();
    let two = dyad_report(&[batch(&ev[..4]), batch(&ev[4..])], &query("RUS", "AFG")).unwrap();
    assert_eq!(one.profile, two.profile);
    assert_eq!(one.symbolism, two.symbolism);
}

#[test]
fn empty_input_reports_nothing_without_failing() {
    let r = dyad_report(&[], &query("RUS", "AFG")).unwrap();
    assert_eq!(r.rows_scanned, 0);
    assert!(r.profile.is_empty());
    assert_eq!(r.symbolism.a_to_b.per_event.index, None);
    assert_eq!(
        r.symbolism.a_to_b.per_event.note.as_deref(),
        Some("no cooperation events")
    );
    assert!(
        r.verdict.line.contains("no cooperation events"),
        "{}",
        r.verdict.line
    );
    assert_eq!(r.window, "all time");
    let json = serde_json::to_string(&r).unwrap();
    assert!(json.contains("\"quad_scheme\":\"gdelt\""));
    assert!(render_text(&r).contains("too few events to judge"));
    assert_eq!(render_csv(&r).lines().count(), 1);
}

#[test]
fn deduplication_merges_reports_within_a_day() {
    let events = vec![
        asserted("a", "2022-05-01", "RUSGOV", "AFGGOV", "040"),
        asserted("b", "2022-05-02", "RUSGOV", "AFGGOV", "040"), // next day, other doc: same event
        asserted("c", "2022-05-04", "RUSGOV", "AFGGOV", "040"), // two days after the group start: new
        asserted("d", "2022-05-04", "RUSGOV", "AFGGOV", "036"), // other code: new
        ev(
            "e",
            "2022-05-04",
            "RUSGOV",
            "AFGGOV",
            "040",
            Modality::Negated,
        ), // other modality: new
    ];
    let groups = deduplicate(&[batch(&events)]).unwrap();
    assert_eq!(groups.len(), 4, "{groups:#?}");
    let order: Vec<_> = groups
        .iter()
        .map(|g| {
            (
                g.source.as_str(),
                g.target.as_str(),
                g.cameo.as_str(),
                g.modality.as_str(),
                g.first_date.as_str(),
            )
        })
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted, "groups come in string order");
    let first = groups
        .iter()
        .find(|g| g.cameo == "040" && g.first_date == "2022-05-01")
        .unwrap();
    assert_eq!((first.rows, first.documents, first.mentions), (2, 2, 2));
    assert_eq!(first.doc_ids, ["a", "b"]);
    assert_eq!(first.last_date, "2022-05-02");
    let third = groups
        .iter()
        .find(|g| g.cameo == "040" && g.first_date == "2022-05-04" && g.modality == "asserted");
    assert_eq!(third.unwrap().rows, 1);

    // Two days apart: two groups.
    let apart = vec![
        asserted("a", "2022-05-01", "RUSGOV", "AFGGOV", "040"),
        asserted("b", "2022-05-03", "RUSGOV", "AFGGOV", "040"),
    ];
    assert_eq!(deduplicate(&[batch(&apart)]).unwrap().len(), 2);

    // In the report: the symbolism variants differ accordingly.
    let mut rows = events.clone();
    rows[0].num_mentions = 10;
    rows.push(asserted("f", "2022-05-10", "RUSGOV", "AFGGOV", "061"));
    let r = dyad_report(&[batch(&rows)], &query("RUS", "AFG")).unwrap();
    let s = &r.symbolism.a_to_b;
    assert_eq!((s.per_event.verbal, s.per_event.material), (4, 1));
    assert_eq!((s.deduplicated.verbal, s.deduplicated.material), (3, 1));
    assert_eq!(
        (s.mention_weighted.verbal, s.mention_weighted.material),
        (13, 1)
    );
    assert_eq!(s.not_asserted.negated_verbal, 1);
    assert_eq!(r.dedup.groups, 5);
    assert_eq!(r.dedup.multi_document_groups, 1);
}

#[test]
fn month_precision_rows_merge_only_on_equal_dates() {
    let mut a = asserted("a", "2022-05-01", "RUSGOV", "AFGGOV", "040");
    let mut b = asserted("b", "2022-05-01", "RUSGOV", "AFGGOV", "040");
    let mut c = asserted("c", "2022-05-02", "RUSGOV", "AFGGOV", "040");
    for e in [&mut a, &mut b, &mut c] {
        e.date_precision = dyad_event::DatePrecision::Month;
    }
    assert_eq!(deduplicate(&[batch(&[a, b, c])]).unwrap().len(), 2);
}

/// `verbal` asserted 036 and `material` asserted 0711 events RUS→AFG, two days apart
/// (so no two are duplicates), from 2023-01-01 on.
fn many(verbal: usize, material: usize) -> Vec<dyad_event::Event> {
    let start = common::date("2023-01-01");
    let day = |i: usize| (start + chrono::Duration::days(2 * i as i64)).to_string();
    let mut v = Vec::new();
    for i in 0..verbal {
        v.push(asserted(&format!("v{i}"), &day(i), "RUS", "AFG", "036"));
    }
    for i in 0..material {
        v.push(asserted(&format!("m{i}"), &day(i), "RUS", "AFG", "0711"));
    }
    v
}

#[test]
fn bootstrap_is_deterministic_and_contains_the_estimate() {
    let events = many(34, 5);
    let b = [batch(&events)];
    let r1 = dyad_report(&b, &query("RUS", "AFG")).unwrap();
    let r2 = dyad_report(&b, &query("RUS", "AFG")).unwrap();
    assert_eq!(r1.symbolism, r2.symbolism);
    for s in [
        &r1.symbolism.a_to_b.per_event,
        &r1.symbolism.a_to_b.deduplicated,
        &r1.symbolism.a_to_b.mention_weighted,
    ] {
        let x = s.index.unwrap();
        let [lo, hi] = s.interval.unwrap();
        assert!(lo <= x && x <= hi, "{lo} {x} {hi}");
        assert!(hi - lo > 0.02 && hi - lo < 0.4, "{lo} {hi}");
    }
    // Other seeds move the interval (it is discrete, so some seeds may agree) but not the estimate.
    let others: Vec<_> = (100..110)
        .map(|seed| {
            dyad_report(
                &b,
                &DyadQuery {
                    seed,
                    ..query("RUS", "AFG")
                },
            )
            .unwrap()
            .symbolism
            .a_to_b
        })
        .collect();
    assert!(others.iter().any(|s| s.mention_weighted.interval
        != r1.symbolism.a_to_b.mention_weighted.interval
        || s.per_event.interval != r1.symbolism.a_to_b.per_event.interval));
    assert!(others
        .iter()
        .all(|s| s.per_event.index == r1.symbolism.a_to_b.per_event.index));
    // 34 of 39 = 0.87: mostly symbolic.
    assert_eq!(r1.verdict.label, "mostly symbolic");
    assert!(
        r1.verdict.line.contains("34 verbal vs 5 material"),
        "{}",
        r1.verdict.line
    );
    assert!(r1.verdict.line.contains("0.87 ["), "{}", r1.verdict.line);
}

#[test]
fn verdict_follows_thresholds_on_real_reports() {
    let label = |v, m| {
        dyad_report(&[batch(&many(v, m))], &query("RUS", "AFG"))
            .unwrap()
            .verdict
            .label
    };
    assert_eq!(label(7, 3), "leaning symbolic");
    assert_eq!(label(5, 5), "mixed");
    assert_eq!(label(2, 8), "substantive");
    assert_eq!(label(5, 4), "too few events to judge");
}

#[test]
fn intentions_are_counted_beside_the_index() {
    let mut events = many(3, 1);
    events.push(ev(
        "i1",
        "2023-02-01",
        "RUS",
        "AFG",
        "0311",
        Modality::Intended,
    ));
    events.push(ev(
        "i2",
        "2023-02-01",
        "RUS",
        "AFG",
        "061",
        Modality::Intended,
    ));
    events.push(ev(
        "h1",
        "2023-02-01",
        "RUS",
        "AFG",
        "061",
        Modality::Hypothetical,
    ));
    let r = dyad_report(&[batch(&events)], &query("RUS", "AFG")).unwrap();
    let s = &r.symbolism.a_to_b;
    assert_eq!((s.per_event.verbal, s.per_event.material), (3, 1));
    assert_eq!(s.not_asserted.intended_verbal, 1);
    assert_eq!(s.not_asserted.intended_material, 1);
    assert_eq!(s.not_asserted.hypothetical_material, 1);
    let l03 = r.ladder.iter().find(|l| l.root == 3).unwrap();
    assert_eq!((l03.a_to_b.asserted, l03.a_to_b.intended), (3, 1));
}

#[test]
fn top_events_are_ordered_and_carry_evidence() {
    let mut events = vec![
        asserted("x1", "2022-01-01", "RUSGOV", "AFGGOV", "040"),
        asserted("x2", "2022-01-03", "RUSGOV", "AFGGOV", "040"),
        asserted("x3", "2022-01-02", "RUSGOV", "AFGGOV", "057"),
        asserted("x4", "2022-01-02", "RUSGOV", "AFGGOV", "180"),
    ];
    events[0].num_mentions = 5;
    let r = dyad_report(&[batch(&events)], &query("RUS", "AFG")).unwrap();
    let q1 = &r.top_events[0];
    assert_eq!(q1.quad_class, 1);
    let docs: Vec<&str> = q1.events.iter().map(|e| e.doc_id.as_str()).collect();
    // 057 (sign agreement) has the largest |Goldstein|; then x1 (more mentions) before x2.
    assert_eq!(docs, ["x3", "x1", "x2"]);
    assert!(q1.events[0].evidence.contains("057"));
    assert_eq!(q1.events[0].source_text, "RUSGOV text");
    assert!(!q1.events[0].cameo_name.is_empty());
    assert_eq!(r.top_events[3].events.len(), 1);
    assert!(r.top_events[1].events.is_empty());
}

#[test]
fn ledger_groups_by_direction_and_item() {
    let mut p1 = ev(
        "p1",
        "2022-09-05",
        "RUSGOV",
        "AFGGOV",
        "0311",
        Modality::Intended,
    );
    p1.quantities = vec![
        qty(QuantityRole::Pledge, "wheat", Some(2_000_000.0), "t", None),
        qty(QuantityRole::Pledge, "diesel", Some(1_000_000.0), "t", None),
    ];
    let mut d1 = asserted("d1", "2022-12-01", "RUSGOV", "AFGGOV", "071");
    d1.quantities = vec![qty(
        QuantityRole::Delivery,
        "wheat",
        Some(150_000.0),
        "t",
        None,
    )];
    let mut d2 = asserted("d2", "2023-02-01", "RUSGOV", "AFGGOV", "071");
    d2.quantities = vec![qty(
        QuantityRole::Delivery,
        "wheat",
        Some(50_000.0),
        "t",
        None,
    )];
    let mut s1 = asserted("s1", "2023-03-01", "AFGGOV", "RUSGOV", "0212");
    s1.quantities = vec![qty(
        QuantityRole::Status,
        "wheat",
        None,
        "t",
        Some("shortfall"),
    )];
    let mut s2 = asserted("s2", "2023-01-01", "RUSGOV", "AFGGOV", "010");
    s2.quantities = vec![
        qty(QuantityRole::Status, "wheat", None, "t", Some("delayed")),
        qty(QuantityRole::Status, "wheat", None, "t", Some("partial")),
    ];
    let mut other = asserted("o", "2023-01-01", "RUSGOV", "IRNGOV", "071");
    other.quantities = vec![qty(QuantityRole::Delivery, "wheat", Some(1.0), "t", None)];
    let mut unnamed = ev(
        "u",
        "2024-05-16",
        "RUSGOV",
        "AFG",
        "0311",
        Modality::Intended,
    );
    unnamed.quantities = vec![qty(
        QuantityRole::Pledge,
        "",
        Some(1_000_000_000.0),
        "USD",
        None,
    )];
    let events = vec![d2, p1, d1, s1, s2, other, unnamed];
    let ledger = pledge_ledger(&[batch(&events)], &query("RUS", "AFG")).unwrap();
    assert!(ledger.diagnostics.is_empty());
    let keys: Vec<(&str, &str)> = ledger
        .lines
        .iter()
        .map(|l| (l.direction.as_str(), l.item.as_str()))
        .collect();
    assert_eq!(
        keys,
        [
            ("RUS→AFG", dyad_analysis::UNNAMED_ITEM),
            ("RUS→AFG", "diesel"),
            ("RUS→AFG", "wheat"),
            ("AFG→RUS", "wheat")
        ]
    );
    let wheat = &ledger.lines[2];
    assert_eq!(wheat.pledges.len(), 1);
    assert_eq!(wheat.pledges[0].amount, Some(2_000_000.0));
    assert_eq!(wheat.pledges[0].modality, "intended");
    let dates: Vec<&str> = wheat.deliveries.iter().map(|e| e.date.as_str()).collect();
    assert_eq!(dates, ["2022-12-01", "2023-02-01"]);
    assert_eq!(
        wheat.delivered_totals,
        [UnitTotal {
            unit: "t".into(),
            amount: 200_000.0
        }]
    );
    assert_eq!(wheat.latest_status.as_deref(), Some("partial"));
    assert_eq!(ledger.lines[3].latest_status.as_deref(), Some("shortfall"));
    assert!(wheat.deliveries[0].evidence.contains("d1"));

    // A malformed quantities cell becomes a diagnostic, not a failure.
    let b = batch(&events);
    let mut cols = b.columns().to_vec();
    let idx = b.schema().index_of("quantities").unwrap();
    cols[idx] = std::sync::Arc::new(arrow_array::StringArray::from(vec![
        "{not json",
        "[]",
        "[]",
        "[]",
        "[]",
        "[]",
        "[]",
    ]));
    let broken = RecordBatch::try_new(b.schema(), cols).unwrap();
    let ledger = pledge_ledger(&[broken], &query("RUS", "AFG")).unwrap();
    assert_eq!(ledger.diagnostics.len(), 1);
    assert!(
        ledger.diagnostics[0].contains("row 0") && ledger.diagnostics[0].contains("d2"),
        "{:?}",
        ledger.diagnostics
    );
}

#[test]
fn missing_and_mistyped_columns_are_errors_that_name_the_column() {
    let b = batch(&sample());
    let idx = b.schema().index_of("goldstein").unwrap();
    let mut b2 = b.clone();
    b2.remove_column(idx);
    let err = dyad_report(&[b.clone(), b2], &query("RUS", "AFG"))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("batch 1") && err.contains("goldstein"),
        "{err}"
    );
    let wrong = dyad_report(
        &[b],
        &DyadQuery {
            to: Some("2020-01".parse().unwrap()),
            from: Some("2021-01".parse().unwrap()),
            ..query("RUS", "AFG")
        },
    );
    assert!(wrong.is_err());
}

#[test]
fn plain_utf8_columns_work_too() {
    // Another engine may hand us plain strings instead of dictionaries.
    let b = batch(&sample());
    let schema = b.schema();
    let mut fields = Vec::new();
    let mut cols = Vec::new();
    for (f, c) in schema.fields().iter().zip(b.columns()) {
        if matches!(f.data_type(), arrow_schema::DataType::Dictionary(_, _)) {
            let plain = arrow_cast_like(c);
            fields.push(arrow_schema::Field::new(
                f.name(),
                arrow_schema::DataType::Utf8,
                f.is_nullable(),
            ));
            cols.push(plain);
        } else {
            fields.push(f.as_ref().clone());
            cols.push(c.clone());
        }
    }
    let plain =
        RecordBatch::try_new(std::sync::Arc::new(arrow_schema::Schema::new(fields)), cols).unwrap();
    let q = query("RUS", "AFG");
    assert_eq!(
        dyad_report(std::slice::from_ref(&plain), &q)
            .unwrap()
            .profile,
        dyad_report(std::slice::from_ref(&b), &q).unwrap().profile
    );
    assert_eq!(
        top_dyads(&[plain], None, None, 10).unwrap(),
        top_dyads(&[b], None, None, 10).unwrap()
    );
}

fn arrow_cast_like(c: &arrow_array::ArrayRef) -> arrow_array::ArrayRef {
    use arrow_array::cast::AsArray;
    let d = c.as_dictionary::<arrow_array::types::Int32Type>();
    let values = d.values().as_string::<i32>();
    let out: arrow_array::StringArray = d
        .keys()
        .iter()
        .map(|k| k.map(|k| values.value(k as usize)))
        .collect();
    std::sync::Arc::new(out)
}

#[test]
fn top_dyads_rank_country_pairs() {
    let b = batch(&sample());
    let top = top_dyads(std::slice::from_ref(&b), None, None, 2).unwrap();
    assert_eq!(top.len(), 2);
    assert_eq!(
        (
            top[0].source_country.as_str(),
            top[0].target_country.as_str(),
            top[0].events
        ),
        ("RUS", "AFG", 6)
    );
    assert_eq!(top[0].quad.verbal_cooperation, 3);
    // Ties (1 row each) break alphabetically: AFG→RUS before RUS→IRN before USA→AFG.
    assert_eq!(
        (
            top[1].source_country.as_str(),
            top[1].target_country.as_str()
        ),
        ("AFG", "RUS")
    );
    let win = top_dyads(
        std::slice::from_ref(&b),
        Some("2022-02".parse().unwrap()),
        None,
        10,
    )
    .unwrap();
    assert_eq!(win.len(), 1);
    assert_eq!(win[0].events, 1);
    let mut no_country = asserted("z", "2022-01-01", "GOV", "AFGGOV", "040");
    no_country.source_country = String::new();
    let top = top_dyads(&[batch(&[no_country])], None, None, 10).unwrap();
    assert!(top.is_empty());
}

#[test]
fn top_dyads_of_parts_merge_to_the_whole() {
    let rows = sample();
    let whole = top_dyads(&[batch(&rows)], None, None, 3).unwrap();
    // Split the rows three ways (as a store's files split them) and merge.
    let parts: Vec<_> = (0..3)
        .map(|k| {
            let part: Vec<_> = rows.iter().skip(k).step_by(3).cloned().collect();
            top_dyads(&[batch(&part)], None, None, usize::MAX).unwrap()
        })
        .collect();
    let merged = dyad_analysis::merge_top_dyads(parts, 3);
    assert_eq!(merged, whole);
    assert_eq!(merged[0].events, 6);
}

#[test]
fn renderers_show_the_report() {
    let mut events = many(34, 5);
    let mut p = ev(
        "p1",
        "2023-01-05",
        "RUSGOV",
        "AFGGOV",
        "0311",
        Modality::Intended,
    );
    p.quantities = vec![qty(
        QuantityRole::Pledge,
        "wheat",
        Some(1_000_000.0),
        "t",
        None,
    )];
    events.push(p);
    let r = dyad_report(&[batch(&events)], &query("RUS", "AFG")).unwrap();
    let text = render_text(&r);
    let verdict_at = text.find("VERDICT").unwrap();
    assert!(verdict_at < text.find("QUAD PROFILE").unwrap());
    for needle in [
        "quad scheme: gdelt",
        "SYMBOLISM INDEX",
        "deduplicated",
        "COOPERATION LADDER",
        "PLEDGE LEDGER",
        "1,000,000 t",
        "TOP EVENTS",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in\n{text}");
    }
    let top = &r.top_events[0].events[0];
    assert!(
        text.contains(&format!("doc {}#{}", top.doc_id, top.sentence)),
        "{text}"
    );
    let csv = render_csv(&r);
    let mut lines = csv.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("period,direction,events,mentions,verbal_cooperation"));
    assert_eq!(csv.lines().count(), 1 + 3 * r.profile.len());
    assert!(csv.contains("2023-01,RUS→AFG,"));
    let json: serde_json::Value =
        serde_json::from_str(&serde_json::to_string_pretty(&r).unwrap()).unwrap();
    assert_eq!(json["quad_scheme"], "gdelt");
    assert_eq!(json["symbolism"]["a_to_b"]["per_event"]["verbal"], 34);
}

#[test]
fn indicators_section_filters_the_dyad() {
    use std::sync::Arc;
    let s = |v: Vec<&str>| -> arrow_array::ArrayRef { Arc::new(arrow_array::StringArray::from(v)) };
    let schema = Arc::new(arrow_schema::Schema::new(vec![
        arrow_schema::Field::new("doc_id", arrow_schema::DataType::Utf8, false),
        arrow_schema::Field::new("sentence", arrow_schema::DataType::UInt32, false),
        arrow_schema::Field::new("pub_date", arrow_schema::DataType::Date32, false),
        arrow_schema::Field::new("reporter", arrow_schema::DataType::Utf8, false),
        arrow_schema::Field::new("partner", arrow_schema::DataType::Utf8, false),
        arrow_schema::Field::new("flow", arrow_schema::DataType::Utf8, false),
        arrow_schema::Field::new("share_pct", arrow_schema::DataType::Float64, true),
        arrow_schema::Field::new("value", arrow_schema::DataType::Float64, true),
        arrow_schema::Field::new("currency", arrow_schema::DataType::Utf8, true),
        arrow_schema::Field::new("period", arrow_schema::DataType::Utf8, true),
        arrow_schema::Field::new("evidence", arrow_schema::DataType::Utf8, false),
    ]));
    let day = date_to_days(common::date("2023-05-01"));
    let ind = RecordBatch::try_new(
        schema,
        vec![
            s(vec!["i1", "i2"]),
            Arc::new(arrow_array::UInt32Array::from(vec![1, 2])),
            Arc::new(arrow_array::Date32Array::from(vec![day, day])),
            s(vec!["AFG", "USA"]),
            s(vec!["RUS", "AFG"]),
            s(vec!["import", "aid"]),
            Arc::new(arrow_array::Float64Array::from(vec![Some(4.0), None])),
            Arc::new(arrow_array::Float64Array::from(vec![None, Some(1e9)])),
            Arc::new(arrow_array::StringArray::from(vec![None, Some("USD")])),
            Arc::new(arrow_array::StringArray::from(vec![Some("2022"), None])),
            s(vec![
                "4 percent of Afghanistan's imports came from Russia.",
                "x",
            ]),
        ],
    )
    .unwrap();
    let r =
        dyad_report_with_indicators(&[batch(&sample())], &[ind], &query("RUSGOV", "AFG")).unwrap();
    assert_eq!(r.indicators.len(), 1);
    assert_eq!(r.indicators[0].share_pct, Some(4.0));
    assert!(render_text(&r).contains("INDICATORS"));
}

#[test]
fn print_sample_report_for_review() {
    if std::env::var("DYAD_PRINT").is_err() {
        return;
    }
    let mut events = many(34, 5);
    events.extend(sample());
    let mut p = ev(
        "p1",
        "2023-01-05",
        "RUSGOV",
        "AFGGOV",
        "0311",
        Modality::Intended,
    );
    p.quantities = vec![qty(
        QuantityRole::Pledge,
        "wheat",
        Some(1_000_000.0),
        "t",
        None,
    )];
    events.push(p);
    let r = dyad_report(
        &[batch(&events)],
        &DyadQuery {
            by: Period::Quarter,
            ..query("RUS", "AFG")
        },
    )
    .unwrap();
    println!("{}", render_text(&r));
    std::fs::write("/tmp/analysis-sample.svg", chart_svg(&r)).unwrap();
    std::fs::write("/tmp/analysis-sample.png", chart_png(&r).unwrap()).unwrap();
}
