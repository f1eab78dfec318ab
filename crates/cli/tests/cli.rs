//! End-to-end tests of the `dyad` binary on the bundled example corpus and on bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn dyad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn examples() -> PathBuf {
    repo().join("examples/news")
}

/// A scratch directory, removed when the test that made it ends (also when
/// it fails).
struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn tmp(name: &str) -> Scratch {
    let d = std::env::temp_dir().join(format!("dyad-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    Scratch(d)
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().expect("run dyad");
    assert!(
        out.status.success(),
        "dyad failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn events(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

fn find<'a>(evs: &'a [serde_json::Value], doc: &str, sentence: u64) -> Vec<&'a serde_json::Value> {
    evs.iter()
        .filter(|e| e["doc_id"] == doc && e["sentence"] == sentence)
        .collect()
}

#[test]
fn code_example_corpus_gives_evidenced_events() {
    let out = run(dyad().arg("code").arg(examples()));
    let evs = events(&out);
    assert!(evs.len() >= 40, "only {} events", evs.len());

    // "Russia delivered 36 tonnes of humanitarian aid to Afghanistan on Thursday"
    let aid = find(&evs, "rus-afg-004", 0);
    let e = aid
        .iter()
        .find(|e| e["source"] == "RUS" && e["target"] == "AFG")
        .expect("RUS→AFG aid event");
    assert_eq!(e["root"], 7);
    assert_eq!(e["quad_class"], 2);
    assert_eq!(e["modality"], "asserted");
    let q = &e["quantities"][0];
    assert_eq!(q["role"], "delivery");
    assert_eq!(q["amount"], 36.0);
    assert_eq!(q["unit"], "t");
    // Evidence spans point at the words.
    let text = e["evidence"]["text"].as_str().unwrap();
    let span = |k: &str| {
        let s = &e["evidence"][k];
        &text[s[0].as_u64().unwrap() as usize..s[1].as_u64().unwrap() as usize]
    };
    assert_eq!(span("source_span"), "Russia");
    assert_eq!(span("target_span"), "Afghanistan");
    assert_eq!(span("predicate_span"), "delivered");

    // "Russia agreed to supply Afghanistan with 1 million tons of gasoline ... per year": a pledge.
    let pledge = find(&evs, "rus-afg-010", 0);
    let p = pledge
        .iter()
        .find(|e| e["source"] == "RUS")
        .expect("pledge event");
    assert!(p["cameo"].as_str().unwrap().starts_with("03"), "{p}");
    assert_eq!(p["modality"], "intended");
    let items: Vec<&str> = p["quantities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["item"].as_str().unwrap())
        .collect();
    assert!(
        items.contains(&"gasoline") && items.contains(&"diesel"),
        "{items:?}"
    );
    assert!(p["quantities"]
        .as_array()
        .unwrap()
        .iter()
        .all(|q| q["period"] == "year"));

    // Date-aware actors: the Taliban are Afghanistan's government after 2021-08-15.
    assert!(
        evs.iter()
            .any(|e| e["target"] == "AFGGOV"
                && e["target_text"].as_str().unwrap().contains("Taliban"))
    );

    // "Russia did not recognise the Taliban government": negated.
    assert!(find(&evs, "rus-afg-022", 1)
        .iter()
        .any(|e| e["modality"] == "negated" && e["root"] == 5));
    // "Russia could recognise the Taliban government in the future": hypothetical.
    assert!(find(&evs, "rus-afg-019", 2)
        .iter()
        .any(|e| e["modality"] == "hypothetical"));
}

#[test]
fn coding_is_deterministic() {
    let a = run(dyad().arg("code").arg(examples()));
    let b = run(dyad().args(["code", "--threads", "1"]).arg(examples()));
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn analyze_prints_the_report_and_ingest_is_idempotent() {
    let dir = tmp("analyze");
    let store = dir.join("store");
    let out = run(dyad()
        .arg("analyze")
        .arg(examples())
        .args(["--dyad", "RUS", "AFG", "--store"])
        .arg(&store));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("VERDICT"), "{text}");
    assert!(text.contains("RUS→AFG"));
    assert!(text.contains("PLEDGE LEDGER"));
    assert!(text.contains("wheat"));
    let before = run(dyad()
        .args(["report", "RUS", "AFG", "--format", "json", "--store"])
        .arg(&store));
    // The same corpus again adds nothing.
    let again = run(dyad()
        .arg("ingest")
        .arg(examples())
        .arg("--store")
        .arg(&store));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already in the store"));
    let after = run(dyad()
        .args(["report", "RUS", "AFG", "--format", "json", "--store"])
        .arg(&store));
    assert_eq!(before.stdout, after.stdout);
    let json: serde_json::Value = serde_json::from_slice(&after.stdout).unwrap();
    assert!(json["rows_matched"].as_u64().unwrap() > 20, "{json}");
    // Charts render.
    run(dyad()
        .args(["report", "RUS", "AFG", "--store"])
        .arg(&store)
        .arg("--chart")
        .arg(dir.join("c.svg")));
    let svg = std::fs::read_to_string(dir.join("c.svg")).unwrap();
    assert!(svg.starts_with("<svg") || svg.starts_with("<?xml"));
    run(dyad()
        .args(["report", "RUS", "AFG", "--store"])
        .arg(&store)
        .arg("--chart")
        .arg(dir.join("c.png")));
    assert!(std::fs::read(dir.join("c.png"))
        .unwrap()
        .starts_with(b"\x89PNG"));
}

#[test]
fn bad_input_is_reported_and_the_rest_is_coded() {
    let dir = tmp("bad");
    std::fs::write(
        dir.join("a_invalid.txt"),
        b"Date: 2022-01-15\n\nRussia shipped 2,000 tons of wheat \xff\xfe to Afghanistan.\n",
    )
    .unwrap();
    std::fs::write(dir.join("b_empty.txt"), b"").unwrap();
    std::fs::write(
        dir.join("c_binary.txt"),
        [0u8, 1, 2, 3, 0, 255, 0, 7].repeat(100),
    )
    .unwrap();
    std::fs::write(
        dir.join("d_docs.jsonl"),
        "{\"id\":\"cut\",\"date\":\"2022-01-15\",\"text\":\"Russia sent wh\n{\"id\":\"ok\",\"date\":\"2022-01-16\",\"text\":\"Russia shipped 2,000 tons of wheat to Afghanistan.\"}\n",
    )
    .unwrap();
    // A 5 MB "sentence" with no punctuation.
    std::fs::write(
        dir.join("e_long.txt"),
        format!("Date: 2022-01-15\n\n{}", "word ".repeat(1_000_000)),
    )
    .unwrap();
    let out = run(dyad().arg("code").arg(&*dir));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("invalid UTF-8") && err.contains("byte"),
        "{err}"
    );
    assert!(err.contains("d_docs.jsonl:1"), "{err}");
    let evs = events(&out);
    assert!(
        evs.iter()
            .any(|e| e["doc_id"] == "a_invalid" && e["target"] == "AFG"),
        "{evs:?}"
    );
    assert!(
        evs.iter()
            .any(|e| e["doc_id"] == "ok" && e["source"] == "RUS"),
        "{evs:?}"
    );
}

#[test]
fn malformed_amounts_are_reported_not_stored() {
    let dir = tmp("amounts");
    let f = dir.join("m.jsonl");
    std::fs::write(
        &f,
        "{\"id\":\"m\",\"date\":\"2022-01-01\",\"text\":\"Russia shipped 1,00,0 tons of wheat to Afghanistan. Russia delivered 10^99 tons of fuel to Afghanistan.\"}\n",
    )
    .unwrap();
    let out = run(dyad().arg("code").arg(&f));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("1,00,0") && err.contains("10^99"), "{err}");
    for e in events(&out) {
        for q in e["quantities"].as_array().unwrap() {
            let a = q["amount"].as_f64().unwrap_or(0.0);
            assert!(a < 1e15 && a != 1000.0 && a != 100.0, "{q}");
        }
    }
}

#[test]
fn missing_store_is_a_clear_error() {
    let dir = tmp("nostore");
    let out = dyad()
        .args(["report", "RUS", "AFG", "--store"])
        .arg(dir.join("none"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no dyad store"));
}

#[test]
fn help_on_every_subcommand() {
    for sub in [
        "segment", "parse", "code", "validate", "eval", "train", "dict", "ingest", "import",
        "export", "report", "dyads", "ledger", "analyze", "bench",
    ] {
        let out = run(dyad().args([sub, "--help"]));
        assert!(!out.stdout.is_empty(), "{sub}");
    }
}

#[test]
fn shared_validate_petrarch_unit_tests_on_ud_parses() {
    let data = std::env::var_os("DYAD_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("../shared/data"));
    let file = data.join("petrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml");
    if !file.exists() {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("../shared/data is missing");
        }
        eprintln!(
            "SKIPPED (needs ../shared/data): shared_validate_petrarch_unit_tests_on_ud_parses"
        );
        return;
    }
    let out = run(dyad()
        .arg("validate")
        .arg(&file)
        .arg("--verbs")
        .arg(data.join("petrarch/PETR.Validate.verbs.2.0.txt"))
        .args(["--format", "json"]));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["evaluated"], 279);
    assert!(v["passed"].as_u64().unwrap() >= 253, "{v}");
}
