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
    let pe: usize = arg("--parser-epochs")
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(15);
    let te: usize = arg("--tagger-epochs")
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(10);
    let data = arg("--data").unwrap_or_else(|| "../shared/data/ud/en_ewt".into());
    let out = arg("--out").unwrap_or_else(|| "resources/models/en_ewt.dyadmodel".into());
    let train = read_conllu_file(format!("{data}/en_ewt-ud-train.conllu"))?;
    let dev = read_conllu_file(format!("{data}/en_ewt-ud-dev.conllu"))?;
    let test = read_conllu_file(format!("{data}/en_ewt-ud-test.conllu"))?;
    if args.iter().any(|a| a == "--tagger-only") {
        let t = Instant::now();
        let opts = TaggerOptions {
            epochs: te,
            seed,
            verbose: true,
        };
        let tagger = train_tagger(&train, &dev, &opts);
        eprintln!(
            "dev {:?} test {:?} in {:.1}s",
            tagger.accuracy(&dev),
            tagger.accuracy(&test),
            t.elapsed().as_secs_f64()
        );
        return Ok(());
    }
    let mut opts = TrainOptions::with_seed(seed);
    opts.jackknife_folds = folds;
    opts.verbose = true;
    opts.tagger.verbose = true;
    opts.tagger.epochs = te;
    opts.parser.verbose = true;
    opts.parser.epochs = pe;
    if let Some(x) = arg("--explore-from") {
        opts.parser.explore_from = x.parse()?;
    }
    if let Some(x) = arg("--explore") {
        opts.parser.explore = x.parse()?;
    }
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
    let r2 = |x: f64| (x * 100.0).round() / 100.0;
    let command = format!(
        "CARGO_TARGET_DIR=/tmp/target-syntax cargo run --release -p dyad-syntax --example train -- --seed {seed} --folds {folds} --tagger-epochs {te} --parser-epochs {pe} --out resources/models/en_ewt.dyadmodel --meta resources/models/en_ewt.meta.json"
    );
    let meta = serde_json::json!({
        "model": "en_ewt",
        "format_version": 2,
        "treebank": "UD English EWT 2.16 (train: 12,544 sentences; dev: 2,001; test: 2,077)",
        "licence": "CC BY-SA 4.0",
        "licence_note": "This model is derived from UD English EWT, which is licensed CC BY-SA 4.0; the model file is therefore distributed under CC BY-SA 4.0 (attribution: Universal Dependencies English Web Treebank contributors).",
        "components": {
            "tagger": "averaged perceptron, joint XPOS+UPOS classes, greedy left-to-right, tag dictionary and ambiguity classes",
            "lemmatizer": "(form, XPOS) lexicon from train + learned suffix rules + hand-written rules and irregular verbs",
            "parser": "arc-hybrid (root at end), dynamic oracle with exploration, averaged perceptron; labels by a second perceptron at arc time",
            "nonprojective_training_trees": "lifted to projective (shortest arc first); the parser outputs projective trees",
            "parser_training_tags": if folds > 1 { format!("{folds}-fold jackknifed predicted tags") } else { "tags predicted by the final tagger".to_string() },
        },
        "evaluation": "CoNLL 2018 definitions on gold tokenisation: all words incl. punctuation; LAS compares universal relations only",
        "test_scores": {"upos": r2(scores.upos), "xpos": r2(scores.xpos), "lemma": r2(scores.lemma), "uas": r2(scores.uas), "las": r2(scores.las), "words": scores.words},
        "dev_scores": {"upos": r2(dev_scores.upos), "xpos": r2(dev_scores.xpos), "lemma": r2(dev_scores.lemma), "uas": r2(dev_scores.uas), "las": r2(dev_scores.las), "words": dev_scores.words},
        "training_seconds": r2(report.total_seconds),
        "training_machine": "2 cores shared with other jobs (wall-clock time)",
        "nonprojective_training_trees": report.nonprojective_trees,
        "lifted_arcs": report.lifted_arcs,
        "model_bytes": report.model_bytes,
        "seed": seed,
        "command": command,
    });
    if let Some(path) = arg("--meta") {
        std::fs::write(&path, serde_json::to_string_pretty(&meta)? + "\n")?;
    }
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
