//! Training entry points and evaluation.

use crate::conllu::{read_conllu, ConlluSentence};
use crate::lemma::Lemmatizer;
use crate::model::{
    parser_dev_scores, predicted_tags, universal, Model, ParseBuffers, ParserExample,
    TaggedSentence,
};
use crate::parser::{self, projectivize, Parser, ParserOptions};
use crate::tagger::{self, Tagger, TaggerOptions};
use crate::types::SyntaxError;
use std::collections::BTreeSet;
use std::path::Path;
use std::time::Instant;

/// A trained tagger (XPOS+UPOS).
#[derive(Debug, Clone)]
pub struct TaggerModel(pub(crate) Tagger);

impl TaggerModel {
    /// (UPOS, XPOS) accuracy in percent on gold sentences.
    pub fn accuracy(&self, gold: &[ConlluSentence]) -> (f64, f64) {
        tagger::dev_accuracy(&self.0, gold)
    }
}

/// A trained parser (heads + relations), without tagger or lemmatiser.
#[derive(Debug, Clone)]
pub struct ParserModel(pub(crate) Parser);

/// Scores in percent, as CoNLL 2018's evaluation script defines them on gold
/// tokenisation: every word counts (punctuation included); LAS compares only
/// the universal part of the relation (`nsubj:pass` = `nsubj`); a gold lemma
/// `_` matches anything.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ParseScores {
    /// UPOS accuracy.
    pub upos: f64,
    /// XPOS accuracy.
    pub xpos: f64,
    /// Lemma accuracy.
    pub lemma: f64,
    /// Unlabelled attachment score.
    pub uas: f64,
    /// Labelled attachment score (universal relations).
    pub las: f64,
    /// Number of words scored.
    pub words: usize,
}

/// Options for [`train_with`].
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Tagger options.
    pub tagger: TaggerOptions,
    /// Parser options.
    pub parser: ParserOptions,
    /// Folds for jackknifed training tags for the parser (0 or 1: tag the
    /// training set with the final tagger instead).
    pub jackknife_folds: usize,
    /// Print progress to stderr.
    pub verbose: bool,
}

impl TrainOptions {
    /// Defaults with one seed for everything.
    pub fn with_seed(seed: u64) -> Self {
        TrainOptions {
            tagger: TaggerOptions {
                seed,
                ..TaggerOptions::default()
            },
            parser: ParserOptions {
                seed,
                ..ParserOptions::default()
            },
            jackknife_folds: 5,
            verbose: false,
        }
    }
}

/// What a training run did.
#[derive(Debug, Clone, Default)]
pub struct TrainReport {
    /// Training sentences.
    pub sentences: usize,
    /// Training words.
    pub words: usize,
    /// Training trees that were non-projective (and lifted).
    pub nonprojective_trees: usize,
    /// Arcs lifted to projectivise them.
    pub lifted_arcs: usize,
    /// Seconds spent training the tagger (including jackknife folds).
    pub tagger_seconds: f64,
    /// Seconds spent training the parser.
    pub parser_seconds: f64,
    /// Whole run in seconds.
    pub total_seconds: f64,
    /// Dev scores of the final model.
    pub dev: ParseScores,
    /// Size of the serialised model in bytes.
    pub model_bytes: usize,
}

/// Read a CoNLL-U file; any malformed sentence is an error (training data
/// must be clean).
pub fn read_conllu_file(path: impl AsRef<Path>) -> Result<Vec<ConlluSentence>, SyntaxError> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path).map_err(|source| SyntaxError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let (sents, errors) = read_conllu(&text);
    if let Some(first) = errors.first() {
        return Err(SyntaxError::Conllu {
            path: path.display().to_string(),
            count: errors.len(),
            first: first.clone(),
        });
    }
    Ok(sents)
}

/// Train the tagger; `dev` chooses the epoch.
pub fn train_tagger(
    train: &[ConlluSentence],
    dev: &[ConlluSentence],
    opts: &TaggerOptions,
) -> TaggerModel {
    TaggerModel(tagger::train(train, dev, opts))
}

fn examples(
    sents: &[ConlluSentence],
    tagged: Vec<TaggedSentence>,
    labels: &[String],
    kinds: &[u8],
) -> (Vec<ParserExample>, usize, usize) {
    let mut out = Vec::with_capacity(sents.len());
    let (mut trees, mut lifted) = (0, 0);
    for (s, (words, tags)) in sents.iter().zip(tagged) {
        let cols = parser::InputColumns::new(&words, &tags, kinds);
        let mut heads = vec![0u32];
        heads.extend(s.words.iter().map(|x| x.head as u32));
        let l = projectivize(&mut heads);
        if l > 0 {
            trees += 1;
            lifted += l;
        }
        let mut lab = vec![0u16];
        lab.extend(
            s.words
                .iter()
                .map(|x| labels.binary_search(&x.deprel).unwrap_or(0) as u16),
        );
        out.push(ParserExample {
            cols,
            heads,
            labels: lab,
        });
    }
    (out, trees, lifted)
}

pub(crate) fn jackknife_tags(
    train: &[ConlluSentence],
    dev: &[ConlluSentence],
    folds: usize,
    opts: &TaggerOptions,
    final_tagger: &Tagger,
) -> Vec<TaggedSentence> {
    // Fold taggers number their classes differently: translate through the
    // tag strings into the final tagger's class ids.
    let ids: std::collections::HashMap<&(String, String), u16> = final_tagger
        .classes
        .iter()
        .enumerate()
        .map(|(i, c)| (c, i as u16))
        .collect();
    let mut out: Vec<Option<TaggedSentence>> = vec![None; train.len()];
    for k in 0..folds {
        let rest: Vec<ConlluSentence> = train
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds != k)
            .map(|(_, s)| s.clone())
            .collect();
        let held: Vec<(usize, ConlluSentence)> = train
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds == k)
            .map(|(i, s)| (i, s.clone()))
            .collect();
        let t = tagger::train(&rest, dev, opts);
        let held_sents: Vec<ConlluSentence> = held.iter().map(|(_, s)| s.clone()).collect();
        for ((i, _), (words, tags)) in held.iter().zip(predicted_tags(&t, &held_sents)) {
            let tags = tags
                .iter()
                .map(|c| ids.get(&t.classes[*c as usize]).copied().unwrap_or(0))
                .collect();
            out[*i] = Some((words, tags));
        }
    }
    out.into_iter().map(|x| x.unwrap_or_default()).collect()
}

/// Train the parser on `train` tagged by `tagger` (or by the given
/// jackknifed tags); `dev` (tagged by `tagger`) chooses the epoch.
pub fn train_parser(
    train: &[ConlluSentence],
    dev: &[ConlluSentence],
    tagger: &TaggerModel,
    opts: &ParserOptions,
) -> ParserModel {
    let tags = predicted_tags(&tagger.0, train);
    train_parser_on(train, tags, dev, tagger, opts).0
}

fn train_parser_on(
    train: &[ConlluSentence],
    train_tags: Vec<TaggedSentence>,
    dev: &[ConlluSentence],
    tagger: &TaggerModel,
    opts: &ParserOptions,
) -> (ParserModel, usize, usize) {
    let labels: Vec<String> = train
        .iter()
        .flat_map(|s| s.words.iter().map(|w| w.deprel.clone()))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let kinds = &tagger.0.kinds;
    let (exs, trees, lifted) = examples(train, train_tags, &labels, kinds);
    let dev_tags = predicted_tags(&tagger.0, dev);
    let p = parser::train(labels, &exs, opts, |p| {
        parser_dev_scores(p, kinds, &dev_tags, dev)
    });
    (ParserModel(p), trees, lifted)
}

impl Model {
    /// Relearn only the lemmatiser from `train` (tagger and parser unchanged).
    pub fn relearn_lemmas(&mut self, train: &[ConlluSentence]) {
        self.lemmatizer = Lemmatizer::train(train);
    }

    /// This model with another tagger (parser and lemmatiser kept). The
    /// tagger must have the same tag classes in the same order, since the
    /// parser's features use the class numbers.
    pub fn with_tagger(&self, tagger: TaggerModel) -> Result<Model, SyntaxError> {
        if tagger.0.classes != self.tagger.classes {
            return Err(SyntaxError::Model(
                "the new tagger's tag classes differ from the model's".into(),
            ));
        }
        Ok(Model {
            tagger: tagger.0,
            lemmatizer: self.lemmatizer.clone(),
            parser: self.parser.clone(),
        })
    }

    /// Put a tagger and parser together with a lemmatiser learned from `train`.
    pub fn assemble(tagger: TaggerModel, parser: ParserModel, train: &[ConlluSentence]) -> Model {
        Model {
            tagger: tagger.0,
            lemmatizer: Lemmatizer::train(train),
            parser: parser.0,
        }
    }
}

/// Train everything in memory.
pub fn train_with(
    train: &[ConlluSentence],
    dev: &[ConlluSentence],
    opts: &TrainOptions,
) -> (Model, TrainReport) {
    let t0 = Instant::now();
    let mut report = TrainReport {
        sentences: train.len(),
        words: train.iter().map(|s| s.words.len()).sum(),
        ..Default::default()
    };
    let tagger = train_tagger(train, dev, &opts.tagger);
    if opts.verbose {
        let (u, x) = tagger::dev_accuracy(&tagger.0, dev);
        eprintln!(
            "tagger: dev upos {u:.2} xpos {x:.2} ({:.1}s)",
            t0.elapsed().as_secs_f64()
        );
    }
    let train_tags = if opts.jackknife_folds > 1 {
        let quiet = TaggerOptions {
            verbose: false,
            ..opts.tagger.clone()
        };
        jackknife_tags(train, dev, opts.jackknife_folds, &quiet, &tagger.0)
    } else {
        predicted_tags(&tagger.0, train)
    };
    report.tagger_seconds = t0.elapsed().as_secs_f64();
    let t1 = Instant::now();
    let (parser, trees, lifted) = train_parser_on(train, train_tags, dev, &tagger, &opts.parser);
    report.parser_seconds = t1.elapsed().as_secs_f64();
    report.nonprojective_trees = trees;
    report.lifted_arcs = lifted;
    let model = Model::assemble(tagger, parser, train);
    report.dev = evaluate(&model, dev);
    report.model_bytes = model.to_bytes().len();
    report.total_seconds = t0.elapsed().as_secs_f64();
    (model, report)
}

/// Train from files and write the model to `out_path`.
pub fn train_all(
    train_path: impl AsRef<Path>,
    dev_path: impl AsRef<Path>,
    seed: u64,
    out_path: impl AsRef<Path>,
) -> Result<TrainReport, SyntaxError> {
    let train = read_conllu_file(train_path)?;
    let dev = read_conllu_file(dev_path)?;
    let (model, report) = train_with(&train, &dev, &TrainOptions::with_seed(seed));
    model.save(out_path)?;
    Ok(report)
}

/// Score a model against gold sentences (gold tokenisation).
pub fn evaluate(model: &Model, gold: &[ConlluSentence]) -> ParseScores {
    let mut buf = ParseBuffers::default();
    let (mut u, mut x, mut l, mut ua, mut la, mut n) = (0, 0, 0, 0, 0, 0usize);
    for s in gold {
        let forms = s.forms();
        let p = model.parse_with(&forms, &mut buf);
        for (g, w) in s.words.iter().zip(&p.words) {
            u += (g.upos == w.upos) as usize;
            x += (g.xpos == w.xpos) as usize;
            l += (g.lemma == "_" || g.lemma == w.lemma) as usize;
            if g.head == w.head {
                ua += 1;
                la += (universal(&g.deprel) == universal(&w.deprel)) as usize;
            }
            n += 1;
        }
    }
    let pct = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
    ParseScores {
        upos: pct(u),
        xpos: pct(x),
        lemma: pct(l),
        uas: pct(ua),
        las: pct(la),
        words: n,
    }
}
