//! `segment`, `parse`, `eval segment`, `eval parse`, `train` and their benchmarks.

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use serde_json::json;

use crate::inputs::read_inputs;
use crate::{log, progress, InputArgs, ScoreFormat, SegmentFormat, TrainWhat};

fn stdout() -> std::io::BufWriter<std::io::StdoutLock<'static>> {
    std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock())
}

pub fn segment(input: &InputArgs, format: SegmentFormat) -> Result<()> {
    let docs = read_inputs(input)?;
    let pb = progress::bar(docs.len() as u64, "segmenting");
    let mut out = stdout();
    for d in docs {
        let doc = d.into_document();
        for diag in &doc.diagnostics {
            log!("{}: {diag}", doc.id);
        }
        match format {
            SegmentFormat::Jsonl => {
                let sentences: Vec<_> = doc
                    .sentences
                    .iter()
                    .map(|s| {
                        json!({
                            "start": s.start, "end": s.end,
                            "text": &doc.text[s.start..s.end],
                            "tokens": s.tokens.iter().map(|t| json!({"start": t.start, "end": t.end, "text": t.text})).collect::<Vec<_>>(),
                        })
                    })
                    .collect();
                let obj = json!({"id": doc.id, "date": doc.date.map(|d| d.to_string()), "sentences": sentences});
                writeln!(out, "{obj}")?;
            }
            SegmentFormat::Conllu => {
                writeln!(out, "# newdoc id = {}", doc.id)?;
                for (i, s) in doc.sentences.iter().enumerate() {
                    writeln!(out, "# sent_id = {}-{}", doc.id, i + 1)?;
                    writeln!(
                        out,
                        "# text = {}",
                        doc.text[s.start..s.end].replace('\n', " ")
                    )?;
                    for (k, t) in s.tokens.iter().enumerate() {
                        writeln!(
                            out,
                            "{}\t{}\t_\t_\t_\t_\t_\t_\t_\tTokenRange={}:{}",
                            k + 1,
                            t.text,
                            t.start,
                            t.end
                        )?;
                    }
                    writeln!(out)?;
                }
            }
            SegmentFormat::Text => {
                for s in &doc.sentences {
                    let toks: Vec<&str> = s.tokens.iter().map(|t| t.text.as_str()).collect();
                    writeln!(out, "{}", toks.join(" "))?;
                }
                writeln!(out)?;
            }
        }
        pb.inc(1);
    }
    pb.finish_and_clear();
    out.flush()?;
    Ok(())
}

pub fn parse(input: &InputArgs) -> Result<()> {
    let model = dyad_syntax::Model::bundled().context("loading the parser model")?;
    let docs = read_inputs(input)?;
    let pb = progress::bar(docs.len() as u64, "parsing");
    let mut out = stdout();
    for d in docs {
        let doc = d.into_document();
        writeln!(out, "# newdoc id = {}", doc.id)?;
        for (i, s) in doc.sentences.iter().enumerate() {
            let forms: Vec<&str> = s.tokens.iter().map(|t| t.text.as_str()).collect();
            let parsed = model.parse(&forms);
            writeln!(out, "# sent_id = {}-{}", doc.id, i + 1)?;
            writeln!(
                out,
                "# text = {}",
                doc.text[s.start..s.end].replace('\n', " ")
            )?;
            for (k, w) in parsed.words.iter().enumerate() {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t_",
                    k + 1,
                    w.form,
                    w.lemma,
                    w.upos,
                    w.xpos,
                    w.head,
                    w.deprel
                )?;
            }
            writeln!(out)?;
        }
        pb.inc(1);
    }
    pb.finish_and_clear();
    out.flush()?;
    Ok(())
}

fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let name = path.display().to_string();
    let (text, diags) = dyad_text::decode_utf8_lossy_report(&bytes, Some(&name));
    for d in diags {
        log!("{d}");
    }
    Ok(text)
}

pub fn eval_segment(gold: &Path, format: ScoreFormat) -> Result<()> {
    let text = read_text(gold)?;
    let r = dyad_text::eval::eval_segmentation(&text);
    match format {
        ScoreFormat::Json => println!(
            "{}",
            json!({"tokens_f1": r.tokens_f1, "sentences_f1": r.sentences_f1})
        ),
        ScoreFormat::Text => {
            println!("file        {}", gold.display());
            println!(
                "tokens      P {:6.2}  R {:6.2}  F1 {:6.2}  (gold {}, system {})",
                r.tokens_p, r.tokens_r, r.tokens_f1, r.gold_tokens, r.system_tokens
            );
            println!(
                "sentences   P {:6.2}  R {:6.2}  F1 {:6.2}  (gold {}, system {})",
                r.sentences_p, r.sentences_r, r.sentences_f1, r.gold_sentences, r.system_sentences
            );
        }
    }
    Ok(())
}

pub fn eval_parse(
    gold: &Path,
    model_path: Option<&Path>,
    format: ScoreFormat,
    beam: usize,
    predictions: Option<&Path>,
) -> Result<()> {
    let mut model = match model_path {
        Some(p) => {
            dyad_syntax::Model::load(p).with_context(|| format!("loading model {}", p.display()))?
        }
        None => dyad_syntax::Model::bundled().context("loading the bundled model")?,
    };
    model.set_beam(beam);
    let text = read_text(gold)?;
    let (sents, errors) = dyad_syntax::read_conllu(&text);
    for e in errors.iter().take(10) {
        log!("{}: {e}", gold.display());
    }
    let s = dyad_syntax::evaluate(&model, &sents);
    if let Some(out) = predictions {
        let predicted: Vec<dyad_syntax::ConlluSentence> = sents
            .iter()
            .map(|g| dyad_syntax::ConlluSentence {
                words: model.parse(&g.forms()).words,
                multiword_tokens: Vec::new(),
                empty_nodes: Vec::new(),
                ..g.clone()
            })
            .collect();
        std::fs::write(out, dyad_syntax::write_conllu(&predicted))
            .with_context(|| format!("writing {}", out.display()))?;
    }
    match format {
        ScoreFormat::Json => println!(
            "{}",
            json!({"upos": s.upos, "xpos": s.xpos, "lemma": s.lemma, "uas": s.uas, "las": s.las, "beam": model.beam()})
        ),
        ScoreFormat::Text => {
            println!("file    {} ({} sentences)", gold.display(), sents.len());
            println!("beam    {}", model.beam());
            println!("UPOS    {:6.2}", s.upos);
            println!("XPOS    {:6.2}", s.xpos);
            println!("Lemma   {:6.2}", s.lemma);
            println!("UAS     {:6.2}", s.uas);
            println!("LAS     {:6.2}", s.las);
        }
    }
    Ok(())
}

pub fn train(what: TrainWhat, train: &Path, dev: &Path, out: &Path, seed: u64) -> Result<()> {
    // The model file holds tagger, lemmatizer and parser together; the parser is
    // trained on the tagger's predicted tags, so both are always trained.
    if what != TrainWhat::All {
        log!("the model bundles tagger and parser: training both");
    }
    let report = dyad_syntax::train_all(train, dev, seed, out).context("training")?;
    println!("{report:#?}");
    Ok(())
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() {
        return f64::NAN;
    }
    v[v.len() / 2]
}

pub fn bench_segment(conllu: Option<&Path>, mb: usize, runs: usize) -> Result<()> {
    let mut base = String::new();
    if let Some(ex) = crate::inputs::example_corpus() {
        let mut paths: Vec<_> = std::fs::read_dir(&ex)?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|e| e == "txt") {
                base.push_str(&std::fs::read_to_string(&p)?);
                base.push_str("\n\n");
            }
        }
    }
    if let Some(c) = conllu {
        let text = read_text(c)?;
        for line in text.lines() {
            if let Some(t) = line.strip_prefix("# text = ") {
                base.push_str(t);
                base.push('\n');
            } else if line.starts_with("# newpar") || line.starts_with("# newdoc") {
                base.push('\n');
            }
        }
    }
    anyhow::ensure!(
        !base.is_empty(),
        "no text to benchmark: pass --conllu or run from a checkout with examples/news"
    );
    // dyad segments document by document, so the benchmark does too: the text is
    // cut into documents at blank lines (about 10 KB each) and repeated to `mb` MB.
    let mut docs: Vec<&str> = Vec::new();
    let mut start = 0;
    for (i, _) in base.match_indices("\n\n") {
        if i - start >= 10_000 {
            docs.push(&base[start..i]);
            start = i + 2;
        }
    }
    if start < base.len() {
        docs.push(&base[start..]);
    }
    let base_bytes: usize = docs.iter().map(|d| d.len()).sum();
    let reps = ((mb << 20) / base_bytes.max(1)).max(1) + 1;
    let total = base_bytes * reps;
    let mut rates = Vec::new();
    let mut tokens = 0usize;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let mut n = 0usize;
        for _ in 0..reps {
            for d in &docs {
                let sents = dyad_text::segment(d);
                n += sents.iter().map(|s| s.tokens.len()).sum::<usize>();
            }
        }
        let secs = t.elapsed().as_secs_f64();
        tokens = n;
        rates.push(total as f64 / (1 << 20) as f64 / secs);
    }
    println!(
        "{}",
        json!({"bench": "segment", "bytes": total, "documents": docs.len() * reps, "tokens": tokens, "runs": runs, "median_mb_per_s": median(rates.clone()), "all_mb_per_s": rates})
    );
    Ok(())
}

pub fn bench_parse(gold: &Path, runs: usize, beam: usize) -> Result<()> {
    let mut model = dyad_syntax::Model::bundled().context("loading the bundled model")?;
    model.set_beam(beam);
    let text = read_text(gold)?;
    let (sents, _) = dyad_syntax::read_conllu(&text);
    let forms: Vec<Vec<String>> = sents
        .iter()
        .map(|s| s.words.iter().map(|w| w.form.clone()).collect())
        .collect();
    let ntok: usize = forms.iter().map(|f| f.len()).sum();
    let mut rates = Vec::new();
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        for f in &forms {
            let refs: Vec<&str> = f.iter().map(|s| s.as_str()).collect();
            std::hint::black_box(model.parse(&refs));
        }
        rates.push(ntok as f64 / t.elapsed().as_secs_f64());
    }
    println!(
        "{}",
        json!({"bench": "parse", "beam": model.beam(), "tokens": ntok, "sentences": forms.len(), "runs": runs, "median_tokens_per_s": median(rates.clone()), "all_tokens_per_s": rates})
    );
    Ok(())
}

pub(crate) fn median_of(v: Vec<f64>) -> f64 {
    median(v)
}
