//! `code`, `validate`, `eval gold` and `bench code`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use dyad_coder::pipeline::{DocOutput, Pipeline};
use dyad_coder::{Coder, CoderOptions};
use dyad_lexicon::{Lexicon, LoadOptions};
use dyad_text::read::InputDoc;
use rayon::prelude::*;
use serde_json::json;

use crate::inputs::read_inputs;
use crate::{log, progress, EventFormat, InputArgs, ScoreFormat};

/// The bundled dictionaries, or a folder of native or PETRARCH files.
pub fn load_lexicon(dict: Option<&Path>) -> Result<Lexicon> {
    let t = Instant::now();
    let (lex, diags) = match dict {
        Some(d) => Lexicon::load_dir(d, &LoadOptions::default())
            .with_context(|| format!("loading dictionaries from {}", d.display()))?,
        None => Lexicon::bundled(),
    };
    let errors = diags.len();
    for d in diags.iter().take(20) {
        log!("{d}");
    }
    if errors > 20 {
        log!("... and {} more dictionary problems", errors - 20);
    }
    log!(
        "dictionaries loaded in {:.0} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
    Ok(lex)
}

pub fn load_model() -> Result<dyad_syntax::Model> {
    dyad_syntax::Model::bundled().context("loading the bundled parser model")
}

/// Code documents in parallel, in chunks so memory stays bounded, calling
/// `sink` on each document's output in input order.
pub fn code_docs(
    pipeline: &Pipeline,
    docs: Vec<InputDoc>,
    mut sink: impl FnMut(DocOutput) -> Result<()>,
) -> Result<(usize, usize)> {
    let pb = progress::bar(docs.len() as u64, "coding");
    let mut n_events = 0;
    let mut n_sent = 0;
    let mut docs = docs.into_iter().peekable();
    while docs.peek().is_some() {
        let chunk: Vec<InputDoc> = docs.by_ref().take(256).collect();
        let len = chunk.len() as u64;
        let outs: Vec<DocOutput> = chunk
            .into_par_iter()
            .map(|d| pipeline.code_document(d))
            .collect();
        for o in outs {
            for d in &o.diagnostics {
                pb.suspend(|| log!("{d}"));
            }
            n_events += o.events.len();
            n_sent += o.sentences;
            sink(o)?;
        }
        pb.inc(len);
    }
    pb.finish_and_clear();
    Ok((n_sent, n_events))
}

pub fn code(
    input: &InputArgs,
    format: EventFormat,
    dict: Option<&Path>,
    indicators: bool,
    threads: Option<usize>,
    beam: usize,
) -> Result<()> {
    if let Some(t) = threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(t.max(1))
            .build_global()
            .ok();
    }
    let lex = load_lexicon(dict)?;
    let mut model = load_model()?;
    model.set_beam(beam);
    let docs = read_inputs(input)?;
    let mut pipeline = Pipeline::new(&model, Coder::new(&lex, CoderOptions::default()));
    pipeline.default_date = parse_default_date(input)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if format == EventFormat::Csv {
        dyad_store::formats::csv::write_csv_header(&mut out)?;
    }
    let t = Instant::now();
    let (sents, events) = code_docs(&pipeline, docs, |o| {
        for e in &o.events {
            match format {
                EventFormat::Jsonl => writeln!(out, "{}", serde_json::to_string(e)?)?,
                EventFormat::Csv => {
                    dyad_store::formats::csv::write_csv_rows(&mut out, [e])?;
                }
                EventFormat::Gdelt => {
                    writeln!(out, "{}", dyad_store::formats::gdelt::to_gdelt2_row(e))?
                }
            }
        }
        if indicators {
            for i in &o.indicators {
                let mut v = serde_json::to_value(i)?;
                v["record"] = json!("indicator");
                writeln!(out, "{v}")?;
            }
        }
        Ok(())
    })?;
    out.flush()?;
    log!(
        "{sents} sentences, {events} events in {:.2} s",
        t.elapsed().as_secs_f64()
    );
    Ok(())
}

fn parse_default_date(input: &InputArgs) -> Result<Option<chrono::NaiveDate>> {
    Ok(match &input.date {
        Some(d) => Some(
            dyad_text::temporal::parse_iso_date(d)
                .with_context(|| format!("--date {d:?} is not a date"))?,
        ),
        None => None,
    })
}

// ---------------------------------------------------------------------------
// PETRARCH validation files

pub use dyad_coder::petr::validation::{read_validation, ValidationEnv, ValidationRecord};

fn record_doc(r: &ValidationRecord) -> InputDoc {
    r.input_doc()
}

/// Which dictionary diagnostics to log after loading.
#[derive(Clone, Copy)]
enum DiagLog {
    /// The first ten, warnings included.
    FirstTen,
    /// Errors only (at most ten).
    Errors,
}

/// Load the PETRARCH dictionaries a validation file names (a path that exists
/// as given, else resolved beside the file), with overrides.
fn petrarch_lexicon(
    dir: &Path,
    env: &ValidationEnv,
    verbs: Option<PathBuf>,
    actors: Option<PathBuf>,
    agents: Option<PathBuf>,
    discards: Option<PathBuf>,
    diag_log: DiagLog,
) -> Result<Lexicon> {
    let beside = |n: &String| {
        let p = PathBuf::from(n);
        if p.exists() {
            p
        } else {
            dir.join(n)
        }
    };
    let verbs = verbs.or_else(|| env.verbs.as_ref().map(beside));
    let actors: Vec<PathBuf> = match actors {
        Some(a) => vec![a],
        None => env.actors.iter().map(beside).collect(),
    };
    let agents = agents.or_else(|| env.agents.as_ref().map(beside));
    let discards = discards.or_else(|| env.discards.as_ref().map(beside));
    let actor_refs: Vec<&Path> = actors.iter().map(|p| p.as_path()).collect();
    let (lex, diags) = Lexicon::load_petrarch(
        verbs.as_deref(),
        &actor_refs,
        agents.as_deref(),
        discards.as_deref(),
        &LoadOptions::default(),
    )
    .context("loading the validation file's dictionaries")?;
    let shown = diags.iter().filter(|d| match diag_log {
        DiagLog::FirstTen => true,
        DiagLog::Errors => d.is_error(),
    });
    for d in shown.take(10) {
        log!("{d}");
    }
    Ok(lex)
}

#[allow(clippy::too_many_arguments)]
pub fn validate(
    file: &Path,
    reparse: bool,
    verbs: Option<PathBuf>,
    actors: Option<PathBuf>,
    agents: Option<PathBuf>,
    discards: Option<PathBuf>,
    format: ScoreFormat,
    verbose: bool,
) -> Result<()> {
    use dyad_coder::petr::pico::Pico;
    use dyad_coder::petr::validation::{
        parse_record_text, read_validation as read_petr, validate_records,
    };
    use dyad_coder::petr::PetrCoder;

    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let vf = read_petr(&text);
    for p in &vf.problems {
        log!("{}:{}: {}", file.display(), p.line, p.message);
    }
    if vf.records.is_empty() {
        bail!("{}: no <Sentence> records found", file.display());
    }
    let dir = file.parent().unwrap_or(Path::new("."));
    let lex = petrarch_lexicon(
        dir,
        &vf.env,
        verbs,
        actors,
        agents,
        discards,
        DiagLog::Errors,
    )?;
    // PETRARCH's internal coding ontology (beside the file) combines nested and negated codes.
    let pico = match std::fs::read_to_string(dir.join("PETR.Internal.Coding.Ontology.txt")) {
        Ok(t) => Pico::parse(&t).0,
        Err(_) => {
            log!("PETR.Internal.Coding.Ontology.txt not found beside the file: nested and negated codes are not combined");
            Pico::default()
        }
    };
    let coder = PetrCoder::new(&lex, pico);
    // The validation scorer wants a 'static parser closure; one model per process is fine.
    let model: Option<&'static dyad_syntax::Model> = if reparse {
        Some(Box::leak(Box::new(load_model()?)))
    } else {
        None
    };
    let reparse_fn = move |text: &str| -> Vec<dyad_coder::Word> {
        model.map_or_else(Vec::new, |m| parse_record_text(m, text))
    };
    let rep = validate_records(&coder, &vf, if reparse { Some(&reparse_fn) } else { None });
    match format {
        ScoreFormat::Json => println!(
            "{}",
            json!({"evaluated": rep.passed + rep.failed, "passed": rep.passed, "failed": rep.failed})
        ),
        ScoreFormat::Text => {
            if verbose {
                print!("{}", rep.render());
            } else {
                println!("{} passed, {} failed", rep.passed, rep.failed);
            }
        }
    }
    Ok(())
}

/// Recall and precision of (source country, target country, root) against gold codings.
pub fn eval_gold(
    file: &Path,
    dict: Option<&Path>,
    phoenix: bool,
    reparse: bool,
    format: ScoreFormat,
) -> Result<()> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let dyad_coder::petr::validation::ValidationFile { env, records, .. } = read_validation(&text);
    let lex = if phoenix {
        petrarch_lexicon(
            file.parent().unwrap_or(Path::new(".")),
            &env,
            None,
            None,
            None,
            None,
            DiagLog::FirstTen,
        )?
    } else {
        load_lexicon(dict)?
    };
    let model = load_model()?;
    let mut pipeline = Pipeline::new(&model, Coder::new(&lex, CoderOptions::default()));
    pipeline.reparse = reparse;
    use dyad_coder::petr::validation::{country_root_key as key, tally_country_root};
    let (mut tp, mut n_gold, mut n_sys) = (0usize, 0usize, 0usize);
    for r in records.iter().filter(|r| r.evaluate) {
        let out = pipeline.code_document(record_doc(r));
        let mut gold: Vec<_> = r.gold.iter().map(|(s, t, c)| key(s, t, c)).collect();
        let mut sys: Vec<_> = out
            .events
            .iter()
            .map(|e| key(&e.source, &e.target, &e.cameo))
            .collect();
        if std::env::var_os("DYAD_GOLD_DIFF").is_some() {
            gold.sort();
            gold.dedup();
            sys.sort();
            sys.dedup();
            eprintln!(
                "{} gold={:?} sys={:?}\n   {}",
                r.id,
                gold,
                sys,
                r.text.replace('\n', " ")
            );
        }
        let (m, g, s) = tally_country_root(gold, sys);
        tp += m;
        n_gold += g;
        n_sys += s;
    }
    let recall = 100.0 * tp as f64 / n_gold.max(1) as f64;
    let precision = 100.0 * tp as f64 / n_sys.max(1) as f64;
    let dicts = if phoenix {
        "phoenix"
    } else if dict.is_some() {
        "custom"
    } else {
        "dyad"
    };
    match format {
        ScoreFormat::Json => println!("{}", json!({"dictionaries": dicts, "gold": n_gold, "system": n_sys, "matched": tp, "recall": recall, "precision": precision})),
        ScoreFormat::Text => println!("{dicts}: recall {recall:.1}% ({tp}/{n_gold}), precision {precision:.1}% ({tp}/{n_sys}) on (source country, target country, root)"),
    }
    Ok(())
}

pub fn bench_code(
    input: &InputArgs,
    threads: usize,
    runs: usize,
    min_sentences: usize,
    no_quantities: bool,
) -> Result<()> {
    let lex = load_lexicon(None)?;
    let model = load_model()?;
    let mut args = input.clone();
    if args.inputs.is_empty() {
        args.inputs.push(
            crate::inputs::example_corpus()
                .context("no inputs given and no examples/news found")?,
        );
    }
    let docs = read_inputs(&args)?;
    let per_pass: usize = docs
        .iter()
        .map(|d| d.clone().into_document().sentences.len())
        .sum();
    anyhow::ensure!(per_pass > 0, "no sentences in the input");
    let reps = min_sentences.div_ceil(per_pass).max(1);
    let mut pipeline = Pipeline::new(&model, Coder::new(&lex, CoderOptions::default()));
    pipeline.quantities = !no_quantities;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.max(1))
        .build()?;
    let mut rates = Vec::new();
    let mut events = 0;
    for _ in 0..runs.max(1) {
        let work: Vec<InputDoc> = (0..reps).flat_map(|_| docs.iter().cloned()).collect();
        let t = Instant::now();
        let outs: Vec<DocOutput> = pool.install(|| {
            work.into_par_iter()
                .map(|d| pipeline.code_document(d))
                .collect()
        });
        let secs = t.elapsed().as_secs_f64();
        events = outs.iter().map(|o| o.events.len()).sum::<usize>();
        rates.push((per_pass * reps) as f64 / secs);
    }
    println!(
        "{}",
        json!({"bench": "code", "threads": threads, "quantities": !no_quantities, "sentences_per_run": per_pass * reps, "events_per_run": events, "runs": runs, "median_sentences_per_s": crate::cmd_text::median_of(rates.clone()), "all_sentences_per_s": rates})
    );
    Ok(())
}
