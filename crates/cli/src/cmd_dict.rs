//! `dict check|lookup|stats|convert|coverage`.

use std::path::Path;

use anyhow::{bail, Context, Result};
use dyad_lexicon::{Lexicon, LoadOptions, MatchKind};
use serde_json::json;

use crate::cmd_code::{load_lexicon, read_validation};
use crate::{log, ScoreFormat};

pub fn check(dir: &Path, strict: bool) -> Result<()> {
    let opts = LoadOptions { strict };
    let report = dyad_lexicon::check_dir(dir, &opts)
        .with_context(|| format!("checking {}", dir.display()))?;
    for d in &report.diagnostics {
        println!("{d}");
    }
    let problems = report.diagnostics.len();
    println!("{problems} problem(s) in {}", dir.display());
    if problems > 0 {
        bail!("dictionary check found {problems} problem(s)");
    }
    Ok(())
}

pub fn lookup(phrase: &str, date: Option<&str>, dict: Option<&Path>) -> Result<()> {
    let lex = load_lexicon(dict)?;
    let date = match date {
        Some(d) => Some(
            dyad_text::temporal::parse_iso_date(d)
                .with_context(|| format!("--date {d:?} is not a date"))?,
        ),
        None => None,
    };
    let hits = lex.lookup(phrase, date);
    if hits.is_empty() {
        println!("no entry matches {phrase:?}");
    }
    for h in hits {
        println!("{}", serde_json::to_string(&h)?);
    }
    Ok(())
}

pub fn stats(dict: Option<&Path>, format: ScoreFormat) -> Result<()> {
    let lex = load_lexicon(dict)?;
    let s = lex.stats();
    match format {
        ScoreFormat::Json => println!("{}", serde_json::to_string(&s)?),
        ScoreFormat::Text => {
            let v = serde_json::to_value(&s)?;
            if let Some(m) = v.as_object() {
                for (k, v) in m {
                    println!("{k:<22} {v}");
                }
            }
        }
    }
    Ok(())
}

pub fn convert(
    verbs: Option<&Path>,
    actors: &[std::path::PathBuf],
    agents: Option<&Path>,
    discards: Option<&Path>,
    out: &Path,
) -> Result<()> {
    let files = dyad_lexicon::PetrarchFiles {
        verbs,
        actors: actors.iter().map(|p| p.as_path()).collect(),
        agents,
        discards,
    };
    let report = dyad_lexicon::convert_petrarch_to_native(&files, out, &LoadOptions::default())
        .with_context(|| format!("writing {}", out.display()))?;
    log!(
        "wrote {} file(s) to {}: {} actors, {} agent names, {} verb patterns",
        report.files.len(),
        out.display(),
        report.actors,
        report.agents,
        report.verb_patterns
    );
    Ok(())
}

/// Share of gold source and target countries that the matcher finds in their sentence.
pub fn coverage(
    file: &Path,
    dict: Option<&Path>,
    phoenix: bool,
    format: ScoreFormat,
) -> Result<()> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let dyad_coder::petr::validation::ValidationFile { env, records, .. } = read_validation(&text);
    let lex = if phoenix {
        let dir = file.parent().unwrap_or(Path::new("."));
        let actors: Vec<std::path::PathBuf> = env.actors.iter().map(|a| dir.join(a)).collect();
        let refs: Vec<&Path> = actors.iter().map(|p| p.as_path()).collect();
        let agents = env.agents.as_ref().map(|a| dir.join(a));
        Lexicon::load_petrarch(
            None,
            &refs,
            agents.as_deref(),
            None,
            &LoadOptions::default(),
        )?
        .0
    } else {
        load_lexicon(dict)?
    };
    let (mut found, mut total) = (0usize, 0usize);
    for r in records.iter().filter(|r| r.evaluate && !r.gold.is_empty()) {
        let date = r.date.unwrap_or_default();
        let sentences = dyad_text::segment(&r.text);
        let words: Vec<String> = sentences
            .iter()
            .flat_map(|s| s.tokens.iter().map(|t| t.text.to_string()))
            .collect();
        let forms: Vec<&str> = words.iter().map(|s| s.as_str()).collect();
        let lemmas: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let lemma_refs: Vec<&str> = lemmas.iter().map(|s| s.as_str()).collect();
        let mut countries: Vec<String> = Vec::new();
        for m in lex.match_phrases(&forms, &lemma_refs) {
            let id = match m.hit {
                MatchKind::Actor(id) | MatchKind::CountryAdj(id) | MatchKind::Capital(id) => id,
                MatchKind::Agent(_) => continue,
            };
            if let Some(c) = lex.code_at(id, date) {
                countries.push(c.code.get(..3).unwrap_or(&c.code).to_string());
            }
        }
        for (s, t, _) in &r.gold {
            for code in [s, t] {
                let c = code.get(..3).unwrap_or(code);
                if c.is_empty() || c == "---" {
                    continue;
                }
                total += 1;
                if countries.iter().any(|x| x == c) {
                    found += 1;
                } else if std::env::var_os("DYAD_COVERAGE_MISSES").is_some() {
                    log!(
                        "{}: {c} not found in {:?}",
                        r.id,
                        r.text.chars().take(120).collect::<String>()
                    );
                }
            }
        }
    }
    let share = 100.0 * found as f64 / total.max(1) as f64;
    let dicts = if phoenix {
        "phoenix"
    } else if dict.is_some() {
        "custom"
    } else {
        "dyad"
    };
    match format {
        ScoreFormat::Json => println!("{}", json!({"dictionaries": dicts, "gold_actors": total, "found": found, "coverage": share})),
        ScoreFormat::Text => println!("{dicts}: {found}/{total} gold source/target countries found in their sentence ({share:.1}%)"),
    }
    Ok(())
}
