//! dyad's own news gold sets (`resources/gold/news-*.xml`, written for the
//! project, see `resources/gold/README.md`): recall and precision of
//! (source country, target country, CAMEO root) through the bundled parser
//! and dictionaries must not fall below the floors recorded here. The floors
//! are the scores when each was last raised, minus a point of slack.

use dyad_coder::petr::validation::{country_root_key as key, read_validation, tally_country_root};
use dyad_coder::pipeline::Pipeline;
use dyad_coder::{Coder, CoderOptions};

/// (matched, gold, system) over the evaluated records of `file`.
fn score(pipeline: &Pipeline, file: &str) -> (usize, usize, usize) {
    let path = format!("{}/../../resources/gold/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let vf = read_validation(&text);
    assert!(vf.problems.is_empty(), "{path}: {:?}", vf.problems);
    let (mut tp, mut n_gold, mut n_sys) = (0, 0, 0);
    for r in vf.records.iter().filter(|r| r.evaluate) {
        // No <Parse> in these files: the pipeline parses the text.
        let doc = r.input_doc();
        let out = pipeline.code_document(doc);
        let (m, g, s) = tally_country_root(
            r.gold.iter().map(|(s, t, c)| key(s, t, c)),
            out.events
                .iter()
                .map(|e| key(&e.source, &e.target, &e.cameo)),
        );
        tp += m;
        n_gold += g;
        n_sys += s;
    }
    (tp, n_gold, n_sys)
}

#[test]
fn news_gold_sets_hold_their_scores() {
    let model = dyad_syntax::Model::bundled().expect("bundled model");
    let (lex, _) = dyad_lexicon::Lexicon::bundled();
    let pipeline = Pipeline::new(&model, Coder::new(&lex, CoderOptions::default()));
    // (file, recall floor, precision floor), in percent.
    // news-c was held out until the end of session 4 (first scored there:
    // 52.8 % / 80.8 %; 56.0 % / 81.7 % at the session's last commit, its
    // records unseen); from then on it guards like the others. news-e was
    // session 5's new dev set (30.1 % / 66.4 % at the session's start),
    // news-d its held-out set, scored once at the end (35.5 % / 63.1 % with
    // the session-start binary, 42.9 % / 66.0 % at the end). Session 6
    // tuned on a-e and scored its held-out set f once at the end (45.0 % /
    // 81.4 % with the session-start binary, 54.6 % / 84.2 % at the end).
    // Session 7 tuned on a-f, scored a new blind set g once mid-session
    // (45.7 % / 76.0 % with the session-start binary, 46.7 % / 75.5 % when
    // scored), then tuned on g too and scored a second blind set h once at
    // the end (52.6 % / 76.3 % with the session-start binary, 55.6 % /
    // 78.5 % at the end). Session 8 codes a hosted guest's visit (042)
    // beside the hosting (043), as sets g and h do; c's author coded the
    // hosting only, which costs c three extras (its precision floor 83.5 →
    // 82.5). Session 8 scored a new blind set i once at its end (57.3 % /
    // 74.9 %; the session-start binary 57.3 % / 77.0 %), which showed that
    // coding "agreed to a ceasefire" as a declared truce (0871, as sets b,
    // f and h do) broke the written convention ("agreed to" is 03, as sets
    // e and i do); going back costs f four codings (precision floor 88.0 →
    // 87.0). From then on i guards like the others. Session 9 scored the
    // blind set j at its start (61.1 % / 85.0 %) and end (63.4 % / 87.8 %)
    // and moved expelled diplomats from 161 to 174, which a, d, g and h
    // had coded 161; j guards from then on. Session 10 scored the blind
    // set k at its start (56.2 % / 81.3 %) and end (58.7 % / 81.6 %); k
    // guards from then on. Session 11 scored the blind set l at its start
    // (62.9 % / 84.8 %) and end (66.2 % / 85.4 %); l guards from then on.
    // Session 11 codes nominal talks "after four hours of talks with ..."
    // and "a meeting between ...", which a's and b's authors did not code
    // (a's precision floor 86.5 → 85.5). Session 12 codes prison sentences
    // 173 (as PETRARCH and sets a, g, i, l and m do) where c, d and f
    // coded 116 (c's precision floor 85.5 → 85.0). Session 12 scored the
    // blind set m at its start (60.3 % / 84.6 %) and end (63.7 % / 85.3 %);
    // m guards from then on. Set n is held out for the next session and
    // is not scored here.
    let floors = [
        ("news-a.xml", 79.0, 86.5),
        ("news-b.xml", 85.0, 85.0),
        ("news-c.xml", 88.5, 85.0),
        ("news-d.xml", 76.5, 85.5),
        ("news-e.xml", 65.0, 84.0),
        ("news-f.xml", 73.0, 87.5),
        ("news-g.xml", 65.5, 84.5),
        ("news-h.xml", 71.5, 84.5),
        ("news-i.xml", 73.0, 85.5),
        ("news-j.xml", 78.5, 90.0),
        ("news-k.xml", 72.0, 87.5),
        ("news-l.xml", 74.5, 87.5),
        ("news-m.xml", 62.5, 84.0),
    ];
    let mut failures = Vec::new();
    for (file, min_recall, min_precision) in floors {
        let (tp, gold, sys) = score(&pipeline, file);
        assert!(gold > 100, "{file}: only {gold} gold codings read");
        let recall = 100.0 * tp as f64 / gold as f64;
        let precision = 100.0 * tp as f64 / sys.max(1) as f64;
        eprintln!(
            "{file}: recall {recall:.1}% ({tp}/{gold}), precision {precision:.1}% ({tp}/{sys})"
        );
        if recall < min_recall || precision < min_precision {
            failures.push(format!(
                "{file}: recall {recall:.1}% (floor {min_recall}), precision {precision:.1}% (floor {min_precision})"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
