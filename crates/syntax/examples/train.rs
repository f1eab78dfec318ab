//! Train the bundled model: `cargo run --release -p dyad-syntax --example train -- [--seed N] [--folds K] [--out PATH]`.
use dyad_syntax::*;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let seed: u64 = arg("--seed").map(|s| s.parse()).transpose()?.unwrap_or(1);
    let folds: usize = arg("--folds").map(|s| s.parse()).transpose()?.unwrap_or(5);
    let pe: usize = arg("--parser-epochs").map(|s| s.parse()).transpose()?.unwrap_or(15);
    let te: usize = arg("--tagger-epochs").map(|s| s.parse()).transpose()?.unwrap_or(10);
    let data = arg("--data").unwrap_or_else(|| "../shared/data/ud/en_ewt".into());
    let out = arg("--out").unwrap_or_else(|| "resources/models/en_ewt.dyadmodel".into());
    let train = read_conllu_file(format!("{data}/en_ewt-ud-train.conllu"))?;
    let dev = read_conllu_file(format!("{data}/en_ewt-ud-dev.conllu"))?;
    let test = read_conllu_file(format!("{data}/en_ewt-ud-test.conllu"))?;
    if args.iter().any(|a| a == "--tagger-only") {
        let t = Instant::now();
        let opts = TaggerOptions { epochs: te, seed, verbose: true };
        let tagger = train_tagger(&train, &dev, &opts);
        eprintln!("dev {:?} test {:?} in {:.1}s", tagger.accuracy(&dev), tagger.accuracy(&test), t.elapsed().as_secs_f64());
        return Ok(());
    }
    let mut opts = TrainOptions::with_seed(seed);
    opts.jackknife_folds = folds;
    opts.verbose = true;
    opts.tagger.verbose = true;
    opts.tagger.epochs = te;
    opts.parser.verbose = true;
    opts.parser.epochs = pe;
    let (model, report) = train_with(&train, &dev, &opts);
    eprintln!("{report:#?}");
    model.save(&out)?;
    let t = Instant::now();
    let model = Model::load(&out)?;
    let load = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let scores = evaluate(&model, &test);
    let secs = t.elapsed().as_secs_f64();
    let dev_scores = evaluate(&model, &dev);
    eprintln!("dev  (loaded): {dev_scores:?}");
    eprintln!("test (loaded): {scores:?}");
    eprintln!(
        "load {load:.3}s; test parse {:.0} tokens/s; weights {:?}",
        scores.words as f64 / secs,
        model.weight_counts()
    );
    println!(
        "{}",
        serde_json::json!({
            "seed": seed, "folds": folds,
            "test": {"upos": scores.upos, "xpos": scores.xpos, "lemma": scores.lemma, "uas": scores.uas, "las": scores.las, "words": scores.words},
            "dev": {"upos": dev_scores.upos, "xpos": dev_scores.xpos, "lemma": dev_scores.lemma, "uas": dev_scores.uas, "las": dev_scores.las},
            "training_seconds": report.total_seconds,
            "tagger_seconds": report.tagger_seconds,
            "parser_seconds": report.parser_seconds,
            "nonprojective_trees": report.nonprojective_trees,
            "lifted_arcs": report.lifted_arcs,
            "model_bytes": report.model_bytes,
            "load_seconds": load,
            "tokens_per_second": scores.words as f64 / secs,
        })
    );
    Ok(())
}
