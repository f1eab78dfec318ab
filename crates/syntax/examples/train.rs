//! Train the bundled model: `cargo run --release -p dyad-syntax --example train -- [--seed N] [--folds K] [--out PATH]`.
//!
//! `--retag BASE` retrains only the tagger and keeps the parser and lemma
//! tables of the model file BASE (whose meta.json, `--base-meta`, documents
//! how they were trained); the tag classes must come out the same.
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
    // (model, training seconds, non-projective trees, lifted arcs, base meta)
    let (model, total_seconds, trees, lifted, base) = match arg("--retag") {
        Some(base_path) => {
            let t = Instant::now();
            let base = Model::load(&base_path)?;
            let tagger = train_tagger(&train, &dev, &opts.tagger);
            let model = base.with_tagger(tagger)?;
            let meta_path =
                arg("--base-meta").unwrap_or_else(|| "resources/models/en_ewt.meta.json".into());
            let base_meta: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&meta_path)?)?;
            let n = |k: &str| base_meta[k].as_u64().unwrap_or(0) as usize;
            let (trees, lifted) = (n("nonprojective_training_trees"), n("lifted_arcs"));
            (
                model,
                t.elapsed().as_secs_f64(),
                trees,
                lifted,
                Some(base_meta),
            )
        }
        None => {
            let (model, report) = train_with(&train, &dev, &opts);
            eprintln!("{report:#?}");
            let (trees, lifted) = (report.nonprojective_trees, report.lifted_arcs);
            (model, report.total_seconds, trees, lifted, None)
        }
    };
    model.save(&out)?;
    let model_bytes = std::fs::metadata(&out)?.len();
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
    let command = match &base {
        Some(_) => format!(
            "cp resources/models/en_ewt.dyadmodel /tmp/base.dyadmodel && cp resources/models/en_ewt.meta.json /tmp/base.meta.json && cargo run --release -p dyad-syntax --example train -- --seed {seed} --tagger-epochs {te} --retag /tmp/base.dyadmodel --base-meta /tmp/base.meta.json --out resources/models/en_ewt.dyadmodel --meta resources/models/en_ewt.meta.json"
        ),
        None => format!(
            "cargo run --release -p dyad-syntax --example train -- --seed {seed} --folds {folds} --tagger-epochs {te} --parser-epochs {pe} --out resources/models/en_ewt.dyadmodel --meta resources/models/en_ewt.meta.json"
        ),
    };
    let parser_training_tags = match &base {
        Some(b) => b["components"]["parser_training_tags"].clone(),
        None if folds > 1 => format!("{folds}-fold jackknifed predicted tags").into(),
        None => "tags predicted by the final tagger".into(),
    };
    let mut meta = serde_json::json!({
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
            "parser_training_tags": parser_training_tags,
        },
        "evaluation": "CoNLL 2018 definitions on gold tokenisation: all words incl. punctuation; LAS compares universal relations only",
        "test_scores": {"upos": r2(scores.upos), "xpos": r2(scores.xpos), "lemma": r2(scores.lemma), "uas": r2(scores.uas), "las": r2(scores.las), "words": scores.words},
        "dev_scores": {"upos": r2(dev_scores.upos), "xpos": r2(dev_scores.xpos), "lemma": r2(dev_scores.lemma), "uas": r2(dev_scores.uas), "las": r2(dev_scores.las), "words": dev_scores.words},
        "training_seconds": r2(total_seconds),
        "training_machine": "2 cores shared with other jobs (wall-clock time)",
        "nonprojective_training_trees": trees,
        "lifted_arcs": lifted,
        "model_bytes": model_bytes,
        "seed": seed,
        "command": command,
    });
    if let Some(b) = &base {
        // The parser and lemma tables come from the base model: say how they
        // were trained (carried over if the base was itself retagged).
        meta["parser_and_lemmatizer_from"] = match b.get("parser_and_lemmatizer_from") {
            Some(from) => from.clone(),
            None => serde_json::json!({
                "note": "parser and lemma tables kept from the previous model (trained on tags from its tagger); only the tagger was retrained by `command`",
                "command": b["command"].clone(),
                "training_seconds": b["training_seconds"].clone(),
                "seed": b["seed"].clone(),
            }),
        };
    }
    if let Some(path) = arg("--meta") {
        std::fs::write(&path, serde_json::to_string_pretty(&meta)? + "\n")?;
    }
    println!(
        "{}",
        serde_json::json!({
            "seed": seed, "folds": folds,
            "test": {"upos": scores.upos, "xpos": scores.xpos, "lemma": scores.lemma, "uas": scores.uas, "las": scores.las, "words": scores.words},
            "dev": {"upos": dev_scores.upos, "xpos": dev_scores.xpos, "lemma": dev_scores.lemma, "uas": dev_scores.uas, "las": dev_scores.las},
            "training_seconds": total_seconds,
            "nonprojective_trees": trees,
            "lifted_arcs": lifted,
            "model_bytes": model_bytes,
            "load_seconds": load,
            "tokens_per_second": scores.words as f64 / secs,
        })
    );
    Ok(())
}
