//! Measures load time, peak memory and match speed with the Phoenix dictionaries.
//!
//! `cargo run --release -p dyad-lexicon --example loadtime [-- <petrarch dir>]`
//! (default dir: ../shared/data/petrarch relative to the workspace root, or $DYAD_SHARED_DATA/petrarch).

use dyad_lexicon::{Lexicon, LoadOptions};
use std::path::PathBuf;
use std::time::Instant;

fn peak_rss_mb() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            std::env::var("DYAD_SHARED_DATA")
                .map(PathBuf::from)
                .unwrap_or_else(|_| {
                    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data")
                })
                .join("petrarch")
        });
    let before = peak_rss_mb().unwrap_or(0.0);
    let t = Instant::now();
    let countries = dir.join("Phoenix.Countries.actors.txt");
    let intl = dir.join("Phoenix.International.actors.txt");
    let mil = dir.join("Phoenix.MilNonState.actors.txt");
    let agents = dir.join("Phoenix.agents.txt");
    let verbs = dir.join("CAMEO.2.0.txt");
    let res = Lexicon::load_petrarch(
        Some(&verbs),
        &[&countries, &intl, &mil],
        Some(&agents),
        None,
        &LoadOptions::default(),
    );
    let (lex, diags) = match res {
        Ok(x) => x,
        Err(e) => {
            eprintln!("load failed: {e}");
            std::process::exit(1);
        }
    };
    let load = t.elapsed();
    let errors = diags.iter().filter(|d| d.is_error()).count();
    println!(
        "phoenix load: {:.3} s, {} diagnostics ({} errors)",
        load.as_secs_f64(),
        diags.len(),
        errors
    );
    println!(
        "peak RSS: {:.1} MB (before load {:.1} MB)",
        peak_rss_mb().unwrap_or(0.0),
        before
    );
    match serde_json::to_string(&lex.stats()) {
        Ok(s) => println!("stats: {s}"),
        Err(e) => println!("stats: {e}"),
    }
    let sentence = "Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow would send wheat and fuel to Afghanistan , where the Taliban government asked the United Nations for help .";
    let words: Vec<&str> = sentence.split(' ').collect();
    let n: usize = std::env::var("MATCH_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200_000)
        .max(1);
    let t = Instant::now();
    let mut total = 0;
    for _ in 0..n {
        total += std::hint::black_box(lex.match_phrases(std::hint::black_box(&words), &[])).len();
    }
    let per = t.elapsed().as_secs_f64() / n as f64;
    println!(
        "match_phrases: {:.2} µs per {}-word sentence ({} matches)",
        per * 1e6,
        words.len(),
        total / n
    );
    for m in lex.match_phrases(&words, &[]) {
        println!("  {:?} {:?}", &words[m.start..m.end], m.hit);
    }
    let t = Instant::now();
    let (b, bd) = Lexicon::bundled();
    println!(
        "bundled: {:.4} s, {} actors, {} diagnostics ({} errors)",
        t.elapsed().as_secs_f64(),
        b.actors().len(),
        bd.len(),
        bd.iter().filter(|d| d.is_error()).count()
    );
    if std::env::var("SHOW_DIAGS").is_ok() {
        for d in diags.iter().chain(&bd) {
            println!("{:?} {d}", d.severity);
        }
    }
}
