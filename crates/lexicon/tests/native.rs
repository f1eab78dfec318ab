//! Native-format reader/writer, diagnostics, dates and matching.

use chrono::NaiveDate;
use dyad_lexicon::*;
use std::path::PathBuf;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn basic() -> Lexicon {
    let text = std::fs::read_to_string(fixtures().join("basic.dyad")).expect("fixture");
    let (lex, diags) = Lexicon::from_native_sources(&[("basic.dyad", &text)]);
    assert!(diags.is_empty(), "{diags:?}");
    lex
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

fn actor_id(lex: &Lexicon, name: &str) -> EntryId {
    match lex.phrase_hits(name).first() {
        Some(MatchKind::Actor(id)) => *id,
        other => panic!("{name}: {other:?}"),
    }
}

/// Entries with origins blanked, for round-trip comparison.
fn strip(mut d: NativeDict) -> NativeDict {
    let o = Origin::default();
    for a in &mut d.actors {
        a.origin = o.clone();
        for c in &mut a.codes {
            c.origin = o.clone();
        }
    }
    d.agents.iter_mut().for_each(|x| x.origin = o.clone());
    d.verbs.iter_mut().for_each(|x| x.origin = o.clone());
    d.cues.iter_mut().for_each(|x| x.origin = o.clone());
    d.discards.iter_mut().for_each(|x| x.origin = o.clone());
    d
}

#[test]
fn round_trip_read_write_read() {
    let text = std::fs::read_to_string(fixtures().join("basic.dyad")).expect("fixture");
    let (first, diags) = parse_native(&text, "basic.dyad");
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(first.actors.len(), 9);
    assert_eq!(first.agents.len(), 3);
    assert_eq!(first.verbs.len(), 4);
    let written = write_native(&first);
    let (second, diags) = parse_native(&written, "written.dyad");
    assert!(diags.is_empty(), "{diags:?}\n{written}");
    assert_eq!(strip(first.clone()), strip(second.clone()));
    // And a second write is byte-identical.
    assert_eq!(written, write_native(&second));
    let putin = &first.actors[6];
    assert_eq!(putin.codes.len(), 4);
    assert_eq!(putin.codes[3].role.as_deref(), Some("President"));
    assert_eq!(putin.codes[3].to, None);
}

#[test]
fn every_diagnostic_is_located_and_the_rest_loads() {
    let text = std::fs::read_to_string(fixtures().join("bad.dyad")).expect("fixture");
    let (dict, diags) = parse_native(&text, "bad.dyad");
    let errs: Vec<(usize, &str)> = diags
        .iter()
        .filter(|d| d.is_error())
        .map(|d| (d.line, d.message.as_str()))
        .collect();
    let expect = [
        (1, "before any entry header"),
        (4, "unknown key"),
        (6, "unknown kind"),
        (10, "impossible date"),
        (11, "reversed date range"),
        (13, "overlaps"),
        (14, "malformed actor code"),
        (15, "malformed actor code"),
        (16, "unknown CAMEO event code"),
        (19, "more than one `$`"),
    ];
    assert_eq!(errs.len(), expect.len(), "{diags:#?}");
    for ((line, msg), (el, em)) in errs.iter().zip(expect) {
        assert_eq!(*line, el, "{msg}");
        assert!(msg.contains(em), "line {line}: {msg:?} lacks {em:?}");
    }
    assert_eq!(
        diags[0].to_string(),
        format!("bad.dyad:1: {}", diags[0].message)
    );
    // The rest loaded.
    assert_eq!(
        dict.actors
            .iter()
            .map(|a| a.id.as_str())
            .collect::<Vec<_>>(),
        ["AFG", "taliban", "after-errors"]
    );
    assert_eq!(dict.actors[1].codes.len(), 1);
    assert_eq!(dict.verbs.len(), 1);
    assert_eq!(dict.verbs[0].text, "travel to $");
}

#[test]
fn strict_fails_on_first_error() {
    let dir = std::env::temp_dir().join(format!("dyad-lexicon-strict-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    std::fs::copy(fixtures().join("bad.dyad"), dir.join("bad.dyad")).expect("copy");
    let lenient = Lexicon::load_dir(&dir, &LoadOptions::default());
    let strict = Lexicon::load_dir(&dir, &LoadOptions { strict: true });
    let _ = std::fs::remove_dir_all(&dir);
    let (lex, diags) = lenient.expect("lenient load");
    assert_eq!(lex.actors().len(), 3);
    assert_eq!(diags.iter().filter(|d| d.is_error()).count(), 10);
    match strict {
        Err(LexiconError::Strict(d)) => assert_eq!((d.file.as_ref(), d.line), ("bad.dyad", 1)),
        other => panic!("strict load should fail: {other:?}"),
    }
}

#[test]
fn taliban_code_depends_on_date() {
    let lex = basic();
    let t = actor_id(&lex, "Taliban");
    assert_eq!(
        lex.code_at(t, date("2021-08-14")).map(|c| c.code.as_str()),
        Some("AFGREB")
    );
    assert_eq!(
        lex.code_at(t, date("2021-08-15")).map(|c| c.code.as_str()),
        Some("AFGGOV")
    );
    assert_eq!(
        lex.code_at(t, date("1996-01-01")).map(|c| c.code.as_str()),
        Some("AFGREB")
    );
    let p = actor_id(&lex, "Putin");
    let c = lex.code_at(p, date("2010-01-01")).expect("PM");
    assert_eq!(c.role.as_deref(), Some("Prime Minister"));
    assert!(lex.code_at(p, date("1990-01-01")).is_none());
    let hits = lex.lookup("Taliban", Some(date("2021-09-01")));
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].code.as_deref(), Some("AFGGOV"));
    assert_eq!(hits[0].origin.to_string(), "basic.dyad:37");
    assert_eq!(lex.lookup("Taliban", None).len(), 2);
}

fn spans(lex: &Lexicon, words: &[&str], lemmas: &[&str]) -> Vec<(usize, usize)> {
    lex.match_phrases(words, lemmas)
        .iter()
        .map(|m| (m.start, m.end))
        .collect()
}

#[test]
fn longest_match_wins() {
    let lex = basic();
    let words = ["The", "Russian", "Foreign", "Ministry", "said"];
    let m = lex.match_phrases(&words, &[]);
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!((m[0].start, m[0].end), (1, 4));
    assert_eq!(
        lex.entry(match m[0].hit {
            MatchKind::Actor(id) => id,
            other => panic!("{other:?}"),
        })
        .id,
        "russian-foreign-ministry"
    );
    // Without the full name: adjective + agent.
    let words = ["Russian", "troops", "left"];
    let m = lex.match_phrases(&words, &[]);
    assert_eq!(m.len(), 2);
    assert!(matches!(m[0].hit, MatchKind::CountryAdj(_)));
    assert!(matches!(m[1].hit, MatchKind::Agent(_)));
    assert_eq!(
        spans(&lex, &["Moscow", "and", "Kabul"], &[]),
        [(0, 1), (2, 3)]
    );
    assert!(matches!(
        lex.match_phrases(&["Kabul"], &[])[0].hit,
        MatchKind::Capital(_)
    ));
    // Leading "the" is optional; when present it is part of the match.
    assert_eq!(spans(&lex, &["the", "Kremlin", "said"], &[]), [(0, 2)]);
    assert_eq!(spans(&lex, &["Kremlin", "said"], &[]), [(0, 1)]);
}

#[test]
fn plurals_possessives_and_acronyms() {
    let lex = basic();
    // Plural without a lemma: stripped -s.
    assert_eq!(spans(&lex, &["two", "ambassadors", "met"], &[]), [(1, 2)]);
    // With lemmas.
    assert_eq!(
        spans(&lex, &["the", "ambassadors"], &["the", "ambassador"]),
        [(1, 2)]
    );
    // Possessive as a separate token and glued on.
    assert_eq!(spans(&lex, &["Russia", "'s", "envoy"], &[]), [(0, 1)]);
    assert_eq!(spans(&lex, &["Russia's", "envoy"], &[]), [(0, 1)]);
    assert_eq!(
        spans(&lex, &["Afghanistan\u{2019}s", "future"], &[]),
        [(0, 1)]
    );
    // Acronyms only in capitals.
    assert_eq!(
        spans(&lex, &["the", "US", "and", "the", "UN"], &[]),
        [(1, 2), (4, 5)]
    );
    assert!(spans(&lex, &["let", "us", "see", "what", "is", "un", "done"], &[]).is_empty());
    assert_eq!(spans(&lex, &["IS", "fighters"], &[]), [(0, 1)]);
    // Other names are case-insensitive.
    assert_eq!(
        spans(&lex, &["AFGHANISTAN", "and", "russia"], &[]),
        [(0, 1), (2, 3)]
    );
    // Plural on the last word of a multi-word name.
    assert_eq!(spans(&lex, &["foreign", "ministries"], &[]), [(0, 2)]);
}

#[test]
fn verbs_cues_discards() {
    let lex = basic();
    let v = lex.verb_patterns("pay");
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].words, ["visit"]);
    assert_eq!(v[0].target, TargetSlot::Prep("to".into()));
    assert_eq!(lex.verb_patterns("visit")[0].target, TargetSlot::Object);
    assert_eq!(lex.verb_patterns("express")[0].target, TargetSlot::None);
    assert!(lex.verb_patterns("fly").is_empty());
    assert!(lex.cue("intent", "be supposed to"));
    assert!(!lex.cue("negation", "promise"));
    assert_eq!(lex.cue_classes("promise"), ["intent"]);
    let d = lex
        .is_discard(&["a", "Football", "matches", "report"])
        .expect("discard");
    assert_eq!((d.start, d.end, d.entry.group.as_str()), (1, 3, "sports"));
    assert!(lex.is_discard(&["a", "football", "field"]).is_none());
    let s = lex.stats();
    assert_eq!(
        (
            s.countries,
            s.igos,
            s.armed_groups,
            s.people,
            s.people_roles
        ),
        (3, 1, 2, 1, 4)
    );
    assert_eq!(
        (s.agents, s.verb_patterns, s.cameo_codes_covered),
        (3, 4, 2)
    );
}

#[test]
fn pattern_parser() {
    let o = Origin::default();
    let p = parse_pattern("hold talk with $", "036", o.clone()).expect("ok");
    assert_eq!(
        (p.head.as_str(), p.words.clone(), p.target.clone()),
        (
            "hold",
            vec!["talk".to_string()],
            TargetSlot::Prep("with".into())
        )
    );
    let p = parse_pattern("step up", "057", o.clone()).expect("ok");
    assert_eq!(p.words, ["up"]);
    assert!(parse_pattern("$ visit", "042", o.clone()).is_err());
    assert!(parse_pattern("visit $ to $", "042", o.clone()).is_err());
    assert!(parse_pattern("visit $ now", "042", o).is_err());
}

#[test]
fn check_reports_duplicates() {
    let dir = std::env::temp_dir().join(format!("dyad-lexicon-check-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).expect("tmp");
    std::fs::write(
        dir.join("a.dyad"),
        "group taliban\n  name Taliban\n  code AFGREB ..2021-08-14\n",
    )
    .expect("w");
    std::fs::write(dir.join("sub/b.dyad"), "actor taliban-gov\n  name Taliban\n  code AFGGOV 2021-08-01..\nactor other\n  name Taliban\n  code AFGGOV 2022-01-01..\n").expect("w");
    let report = check_dir(&dir, &LoadOptions::default());
    let _ = std::fs::remove_dir_all(&dir);
    let report = report.expect("check");
    assert_eq!(report.errors(), 0);
    // taliban/taliban-gov share August 2021; taliban-gov/other share 2022 on; taliban/other share nothing.
    assert_eq!(report.duplicates.len(), 2, "{:?}", report.duplicates);
    assert!(!report
        .duplicates
        .iter()
        .any(|d| d.first.0 == "taliban" && d.second.0 == "other"));
    assert_eq!(report.duplicates[0].first.0, "taliban");
    assert_eq!(report.duplicates[0].second.0, "taliban-gov");
    assert_eq!(report.duplicates[0].second.1.to_string(), "sub/b.dyad:1");
}

#[test]
fn bundled_dictionaries_parse() {
    let (lex, diags) = Lexicon::bundled();
    let errors: Vec<String> = diags
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    // The bundled files are written by other people at the same time; report, don't hide.
    if !errors.is_empty() {
        eprintln!("bundled dictionary errors:\n{}", errors.join("\n"));
    }
    assert_eq!(
        lex.actors().is_empty(),
        BUNDLED.is_empty() || lex.actors().is_empty()
    );
}
