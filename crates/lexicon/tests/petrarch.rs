//! PETRARCH readers: fixtures, and (`shared_` tests) every file of ../shared/data/petrarch.

use chrono::NaiveDate;
use dyad_lexicon::petrarch::{self, PetrTok};
use dyad_lexicon::*;
use std::path::{Path, PathBuf};

/// The shared data folder, or `None` (after a loud SKIPPED) when it is missing.
fn shared(test: &str) -> Option<PathBuf> {
    let dir = std::env::var("DYAD_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    let p = dir.join("petrarch");
    if p.is_dir() {
        return Some(p);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("{test}: needs ../shared/data/petrarch");
    }
    eprintln!("SKIPPED (needs ../shared/data): {test}");
    None
}

fn read(p: &Path) -> String {
    String::from_utf8_lossy(&std::fs::read(p).expect("read")).into_owned()
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

/// Content of a line once `#` comments are gone.
fn content(line: &str) -> &str {
    line.split('#').next().unwrap_or("")
}

#[test]
fn malformed_petrarch_actor_lines_are_located() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad.actors.txt");
    let (actors, diags) = petrarch::parse_actors(&read(&path), "bad.actors.txt");
    let errs: Vec<String> = diags
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    assert_eq!(errs.len(), 2, "{diags:?}");
    assert!(
        errs[0].starts_with("bad.actors.txt:4: unbalanced bracket"),
        "{}",
        errs[0]
    );
    assert!(
        errs[1].starts_with("bad.actors.txt:5: impossible date"),
        "{}",
        errs[1]
    );
    let ids: Vec<&str> = actors.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["GONDOR", "BADDATE", "ARNOR"]);
    assert_eq!(actors[0].names, ["GONDOR", "MINAS TIRITH"]);
    assert_eq!(actors[1].codes.len(), 1);
    // strict fails, naming the line
    let dir = std::env::temp_dir().join(format!("dyad-lexicon-petr-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    std::fs::copy(&path, dir.join("bad.actors.txt")).expect("copy");
    let strict = Lexicon::load_dir(&dir, &LoadOptions { strict: true });
    let lenient = Lexicon::load_dir(&dir, &LoadOptions::default());
    let _ = std::fs::remove_dir_all(&dir);
    match strict {
        Err(LexiconError::Strict(d)) => assert_eq!(d.line, 4),
        other => panic!("{other:?}"),
    }
    let (lex, _) = lenient.expect("lenient");
    assert_eq!(lex.actors().len(), 3);
    assert_eq!(
        lex.match_phrases(&["Minas", "Tirith", "fell"], &[]).len(),
        1
    );
}

#[test]
fn verb_patterns_are_kept_faithfully() {
    let text = "&CURRENCY\n+DOLLAR\n+EURO\n--- AGREE [030] ---\nAGREE\n+SIGN_UP {+SIGNS_UP +SIGNED_UP}\n\
                - * (TO {PEACE PLAN}) [037] # AGREE\n- * &CURRENCY [0311:040]\n- + * $ [036]\n- NOT_* [---]\n- * (WITH) [030]\n";
    let (v, diags) = petrarch::parse_verbs(text, "t.verbs.txt");
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(v.synsets["CURRENCY"], ["dollar", "euro"]);
    assert_eq!(v.blocks[0].verbs[1].lemma, "sign");
    assert_eq!(v.blocks[0].verbs[1].particles, ["up"]);
    assert_eq!(v.patterns.len(), 5);
    let p = &v.patterns[0];
    assert_eq!(p.verb, "agree");
    assert_eq!(p.code, "037");
    assert_eq!(
        p.tokens,
        [
            PetrTok::Verb,
            PetrTok::Prep(vec![
                PetrTok::Word("TO".into()),
                PetrTok::Phrase(vec![
                    PetrTok::Word("PEACE".into()),
                    PetrTok::Word("PLAN".into())
                ])
            ])
        ]
    );
    assert_eq!(
        (v.patterns[1].code.as_str(), v.patterns[1].code2.as_deref()),
        ("0311", Some("040"))
    );
    assert_eq!(
        v.patterns[2].tokens,
        [PetrTok::Source, PetrTok::Verb, PetrTok::Target]
    );
    assert_eq!(
        v.patterns[3].tokens,
        [PetrTok::Word("NOT".into()), PetrTok::Join, PetrTok::Verb]
    );
    let (native, skipped) = petrarch::convert_verbs(&v);
    let texts: Vec<&str> = native.iter().map(|p| p.text.as_str()).collect();
    assert!(texts.contains(&"agree to peace plan"), "{texts:?}");
    assert!(texts.contains(&"sign up euro"), "{texts:?}");
    assert!(texts.contains(&"agree with $"), "{texts:?}");
    assert_eq!(skipped, 2); // `+ * $` (source marker) and `NOT_*` (null code, pre-verb)
}

#[test]
fn shared_every_petrarch_file_loads_without_errors() {
    let Some(dir) = shared("shared_every_petrarch_file_loads_without_errors") else {
        return;
    };
    let mut seen = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        let Some(format) = detect_format(&path) else {
            continue;
        };
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        let mut native = NativeDict::default();
        let mut petr = PetrDict::default();
        let diags = read_file_into(&read(&path), &name, format, &mut native, &mut petr);
        let errors: Vec<String> = diags
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        let n = petr.actors.len()
            + petr.agents.len()
            + petr.discards.len()
            + petr.issues.len()
            + petr.verbs.iter().map(|v| v.patterns.len()).sum::<usize>();
        assert!(n > 0, "{name}: nothing read");
        seen.push(name);
    }
    for expected in [
        "CAMEO.2.0.txt",
        "PETR.Validate.actors.txt",
        "PETR.Validate.agents.txt",
        "PETR.Validate.discards.txt",
        "PETR.Validate.verbs.2.0.txt",
        "PETR.Validate.verbs.txt",
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.IssueCoding.txt",
        "Phoenix.MilNonState.actors.txt",
        "Phoenix.agents.txt",
        "Phoenix.discards.txt",
    ] {
        assert!(
            seen.iter().any(|s| s == expected),
            "{expected} not recognised: {seen:?}"
        );
    }
}

#[test]
fn shared_actor_counts_match_an_independent_count() {
    let Some(dir) = shared("shared_actor_counts_match_an_independent_count") else {
        return;
    };
    for f in [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "PETR.Validate.actors.txt",
    ] {
        let text = read(&dir.join(f));
        // Independent count: a line's text before any `[` (comments removed) is
        // a synonym when it starts with `+`, else a primary phrase; lines with
        // nothing before `[` are date restrictions. (One Phoenix primary line is
        // indented, so indentation alone does not decide.)
        let mut primaries = 0;
        let mut synonyms = 0;
        for line in text.lines() {
            let c = content(line);
            let head = c.split('[').next().unwrap_or("").trim();
            if head.is_empty() || line.trim_start().starts_with('<') {
                continue;
            }
            if head.starts_with('+') {
                synonyms += 1;
            } else {
                primaries += 1;
            }
        }
        let (actors, diags) = petrarch::parse_actors(&text, f);
        assert_eq!(diags.iter().filter(|d| d.is_error()).count(), 0, "{f}");
        assert_eq!(actors.len(), primaries, "{f}");
        let names: usize = actors.iter().map(|a| a.names.len()).sum();
        assert_eq!(names, primaries + synonyms, "{f}");
    }
}

#[test]
fn shared_verb_agent_discard_counts_match_an_independent_count() {
    let Some(dir) = shared("shared_verb_agent_discard_counts_match_an_independent_count") else {
        return;
    };
    for f in [
        "CAMEO.2.0.txt",
        "PETR.Validate.verbs.2.0.txt",
        "PETR.Validate.verbs.txt",
    ] {
        let text = read(&dir.join(f));
        let blocks = text.lines().filter(|l| l.starts_with("---")).count();
        let dashes = text
            .lines()
            .filter(|l| l.starts_with('-') && !l.starts_with("---"))
            .count();
        let starred = text.lines().filter(|l| l.starts_with("* ")).count();
        let (v, diags) = petrarch::parse_verbs(&text, f);
        let skipped = diags
            .iter()
            .filter(|d| d.message.ends_with("pattern skipped"))
            .count();
        assert_eq!(v.blocks.len(), blocks, "{f}");
        assert_eq!(v.patterns.len() + skipped, dashes + starred, "{f}");
        assert!(skipped <= 2, "{f}: {skipped} patterns skipped");
    }
    for f in ["Phoenix.agents.txt", "PETR.Validate.agents.txt"] {
        let text = read(&dir.join(f));
        let coded = text
            .lines()
            .filter(|l| content(l).contains('[') && content(l).contains('~'))
            .count();
        let (agents, diags) = petrarch::parse_agents(&text, f);
        assert_eq!(diags.iter().filter(|d| d.is_error()).count(), 0, "{f}");
        let mut lines: Vec<usize> = agents.iter().map(|a| a.origin.line).collect();
        lines.dedup();
        assert_eq!(lines.len(), coded, "{f}");
    }
    for f in ["Phoenix.discards.txt", "PETR.Validate.discards.txt"] {
        let text = read(&dir.join(f));
        let n = text
            .lines()
            .filter(|l| !content(l).trim().is_empty() && !l.trim_start().starts_with('<'))
            .count();
        let (d, _) = petrarch::parse_discards(&text, f);
        assert_eq!(d.len(), n, "{f}");
    }
}

#[test]
fn shared_validate_set_dates_and_matching() {
    let Some(dir) = shared("shared_validate_set_dates_and_matching") else {
        return;
    };
    let actors = dir.join("PETR.Validate.actors.txt");
    let (lex, diags) = Lexicon::load_petrarch(
        Some(&dir.join("PETR.Validate.verbs.2.0.txt")),
        &[&actors],
        Some(&dir.join("PETR.Validate.agents.txt")),
        Some(&dir.join("PETR.Validate.discards.txt")),
        &LoadOptions { strict: true },
    )
    .expect("strict load of the validation set");
    assert!(diags.iter().all(|d| !d.is_error()));
    // GOLLUM: [HOB < 950601] [HOBGOV 19950601 - 19990815] [HOBREB > 990816]
    let hits = lex.phrase_hits("Gollum");
    let Some(MatchKind::Actor(id)) = hits.first().copied() else {
        panic!("{hits:?}")
    };
    let code = |d: &str| lex.code_at(id, date(d)).map(|c| c.code.clone());
    assert_eq!(code("1990-01-01").as_deref(), Some("HOB"));
    assert_eq!(code("1997-01-01").as_deref(), Some("HOBGOV"));
    assert_eq!(code("2005-01-01").as_deref(), Some("HOBREB"));
    // Upper-case PETRARCH names match ordinary text; synonyms too.
    let m = lex.match_phrases(
        &["Smeagol", "met", "the", "ambassadors", "of", "Gondor"],
        &[],
    );
    assert_eq!(
        m.iter().map(|m| (m.start, m.end)).collect::<Vec<_>>(),
        [(0, 1), (3, 4), (5, 6)]
    );
    assert!(matches!(m[1].hit, MatchKind::Agent(_)));
    // Irregular plural from `{GOLDEN_GEESE}`; substitution set `!MINST!`.
    assert_eq!(lex.match_phrases(&["golden", "geese"], &[]).len(), 1);
    assert_eq!(
        lex.match_phrases(&["ministries", "of", "silly", "walks"], &[])
            .len(),
        1
    );
    assert!(lex.stats().verb_patterns > 300);
}

#[test]
fn shared_phoenix_set_loads_and_resolves_dates() {
    let Some(dir) = shared("shared_phoenix_set_loads_and_resolves_dates") else {
        return;
    };
    let c = dir.join("Phoenix.Countries.actors.txt");
    let i = dir.join("Phoenix.International.actors.txt");
    let m = dir.join("Phoenix.MilNonState.actors.txt");
    let (lex, diags) = Lexicon::load_petrarch(
        Some(&dir.join("CAMEO.2.0.txt")),
        &[&c, &i, &m],
        Some(&dir.join("Phoenix.agents.txt")),
        Some(&dir.join("Phoenix.discards.txt")),
        &LoadOptions::default(),
    )
    .expect("load");
    assert_eq!(diags.iter().filter(|d| d.is_error()).count(), 0);
    let s = lex.stats();
    assert!(s.countries > 150, "{s:?}");
    assert!(s.people_roles > 20_000, "{s:?}");
    assert!(s.cameo_codes_covered > 150, "{s:?}");
    // SAID_BARKAT_: [DZAGOVAGR 030101-080630] [DZAGOVHLH 080701-100630] [DZAGOV >100701]
    let hits = lex.lookup("Said Barkat", Some(date("2009-01-01")));
    assert_eq!(
        hits.first().and_then(|h| h.code.as_deref()),
        Some("DZAGOVHLH"),
        "{hits:?}"
    );
    let hits = lex.lookup("Said Barkat", Some(date("2011-01-01")));
    assert_eq!(hits.first().and_then(|h| h.code.as_deref()), Some("DZAGOV"));
    // "us" and "is" are not actors in lower case.
    let words = [
        "let",
        "us",
        "say",
        "it",
        "is",
        "the",
        "US",
        "and",
        "Afghanistan",
    ];
    let spans: Vec<(usize, usize)> = lex
        .match_phrases(&words, &[])
        .iter()
        .map(|m| (m.start, m.end))
        .collect();
    assert!(
        !spans.contains(&(1, 2)) && !spans.contains(&(4, 5)),
        "{spans:?}"
    );
    assert!(spans.contains(&(8, 9)), "{spans:?}");
    assert!(
        lex.is_discard(&["the", "World", "Cup", "final"]).is_some()
            || lex.is_discard(&["basketball"]).is_some()
    );
    assert!(!lex.verb_patterns("agree").is_empty());
}

#[test]
fn shared_convert_validate_set_to_native_and_back() {
    let Some(dir) = shared("shared_convert_validate_set_to_native_and_back") else {
        return;
    };
    let out = std::env::temp_dir().join(format!("dyad-lexicon-convert-{}", std::process::id()));
    let verbs = dir.join("PETR.Validate.verbs.2.0.txt");
    let actors = dir.join("PETR.Validate.actors.txt");
    let agents = dir.join("PETR.Validate.agents.txt");
    let files = PetrarchFiles {
        verbs: Some(&verbs),
        actors: vec![&actors],
        agents: Some(&agents),
        discards: None,
    };
    let report = convert_petrarch_to_native(&files, &out, &LoadOptions::default());
    let loaded = Lexicon::load_dir(&out, &LoadOptions::default());
    let _ = std::fs::remove_dir_all(&out);
    let report = report.expect("convert");
    let (lex, diags) = loaded.expect("load converted");
    let errors: Vec<String> = diags
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(lex.actors().len(), report.actors);
    assert_eq!(lex.agents().len(), report.agents);
    assert_eq!(lex.all_verb_patterns().len(), report.verb_patterns);
    assert!(report.verb_patterns > 300);
    let hits = lex.phrase_hits("Gollum");
    let Some(MatchKind::Actor(id)) = hits.first().copied() else {
        panic!("{hits:?}")
    };
    assert_eq!(
        lex.code_at(id, date("1997-01-01")).map(|c| c.code.as_str()),
        Some("HOBGOV")
    );
}
