//! Beam-search decoding for the arc-hybrid parser, and global training of
//! its transition classifier (structured perceptron with max-violation or
//! early updates, Huang, Fayong & Guo 2012).
//!
//! A beam item is a whole parser configuration, but items share structure:
//! each holds its buffer position, what the features need to know about the
//! buffer front, and a pointer into a persistent stack (a linked list of
//! nodes in one arena, never copied). A step therefore costs the same for
//! any sentence length, and a sentence costs O(n · width) time and memory.
//! To reuse the greedy parser's feature functions unchanged, an item is
//! *shown* in a shared [`State`] before it is scored: only the entries that
//! the features read (the top of the stack, the buffer front and their
//! children) are written there.
//!
//! Labels are chosen by the labeller's argmax when an arc is made, as in
//! greedy decoding, and do not enter the beam score. With width 1 the beam
//! reproduces the greedy parse exactly.

use crate::conllu::ConlluSentence;
use crate::model::{predicted_tags, Model, TaggedSentence};
use crate::parser::{
    choose_label, label_features, label_token_features, projectivize, token_features,
    transition_features, Input, InputColumns, ParseScratch, Parser, State, LEFT, NLPRE, NONE, NPRE,
    SHIFT,
};
use crate::perceptron::{Classifier, Rng, Trainer};
use crate::tagger::TaggerOptions;
use std::time::Instant;

/// How a beam ranks partial parses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BeamScoring {
    /// Sum of the raw transition scores (what global training optimises).
    Sum,
    /// Sum of the log-softmax of `score / temperature` over the legal moves
    /// of each step: a locally normalised model. Perceptron scores are not
    /// probabilities; the temperature sets how sure each step is (on EWT dev
    /// with the locally trained model, 1 makes the beam almost greedy and
    /// 40 works best).
    LogSoftmax {
        /// Divides the transition scores before the softmax.
        temperature: f32,
    },
}

impl Default for BeamScoring {
    /// The best on EWT dev for the bundled (locally trained) model.
    fn default() -> Self {
        BeamScoring::LogSoftmax { temperature: 40.0 }
    }
}

/// Decoder settings carried by the parser (not stored in the model file).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Decoding {
    /// Beam width; 1 is greedy decoding.
    pub(crate) width: usize,
    pub(crate) scoring: BeamScoring,
}

impl Default for Decoding {
    fn default() -> Self {
        Decoding {
            width: 1,
            scoring: BeamScoring::default(),
        }
    }
}

/// No node / no step.
const NIL: u32 = u32::MAX;

/// What the features read about one token: its two nearest children on
/// each side with their labels, valencies and label sets (the per-token
/// arrays of [`State`]).
#[derive(Debug, Clone, Copy)]
struct TokenView {
    lc: [u32; 2],
    rc: [u32; 2],
    ll: [u16; 2],
    rl: [u16; 2],
    nl: u8,
    nr: u8,
    lset: u64,
    rset: u64,
}

impl TokenView {
    const EMPTY: TokenView = TokenView {
        lc: [NONE; 2],
        rc: [NONE; 2],
        ll: [u16::MAX; 2],
        rl: [u16::MAX; 2],
        nl: 0,
        nr: 0,
        lset: 0,
        rset: 0,
    };

    /// The head's side of [`State::attach`].
    fn add_child(&mut self, h: u32, d: u32, label: u16) {
        let bit = 1u64 << (label as u64 % 64);
        if h == 0 || d < h {
            self.lc = [d, self.lc[0]];
            self.ll = [label, self.ll[0]];
            self.nl = self.nl.saturating_add(1);
            self.lset |= bit;
        } else {
            self.rc = [d, self.rc[0]];
            self.rl = [label, self.rl[0]];
            self.nr = self.nr.saturating_add(1);
            self.rset |= bit;
        }
    }

    /// Write into `st` as token `x`'s entries.
    fn show(&self, st: &mut State, x: u32) {
        let x = x as usize;
        st.lc1[x] = self.lc[0];
        st.lc2[x] = self.lc[1];
        st.rc1[x] = self.rc[0];
        st.rc2[x] = self.rc[1];
        st.nl[x] = self.nl;
        st.nr[x] = self.nr;
        st.lset[x] = self.lset;
        st.rset[x] = self.rset;
        for (c, l) in self
            .lc
            .iter()
            .zip(&self.ll)
            .chain(self.rc.iter().zip(&self.rl))
        {
            if *c != NONE {
                st.labels[*c as usize] = *l;
            }
        }
    }
}

/// A persistent stack cell: a token with its view, and the cell below.
#[derive(Debug, Clone, Copy)]
struct Node {
    tok: u32,
    view: TokenView,
    next: u32,
}

/// One transition in an item's history (arena-linked to the previous one).
#[derive(Debug, Clone, Copy)]
struct Step {
    prev: u32,
    mv: u8,
    /// The arc made (`NONE` for a shift).
    head: u32,
    dep: u32,
    label: u16,
}

/// One beam item (a parser configuration).
#[derive(Debug, Clone, Copy)]
struct Item {
    score: f64,
    /// Buffer front: 1..=n are words, n+1 means only ROOT is left.
    i: u32,
    depth: u32,
    top: u32,
    front: TokenView,
    last: u32,
    /// Whether this item is a prefix of the gold derivation (training).
    gold: bool,
}

impl Item {
    fn start() -> Item {
        Item {
            score: 0.0,
            i: 1,
            depth: 0,
            top: NIL,
            front: TokenView::EMPTY,
            last: NIL,
            gold: true,
        }
    }

    /// Same rules as [`State::legal`].
    fn legal(&self, n: usize) -> [bool; 3] {
        let (i, sl) = (self.i as usize, self.depth);
        [i <= n, sl >= 1 && (i <= n || sl == 1), sl >= 2]
    }

    fn b0(&self, n: usize) -> u32 {
        if self.i as usize <= n {
            self.i
        } else {
            0
        }
    }

    /// The arc `(head, dependent)` that move `mv` makes, if any.
    fn arc(&self, mv: usize, nodes: &[Node], n: usize) -> Option<(u32, u32)> {
        match mv {
            SHIFT => None,
            LEFT => Some((self.b0(n), nodes[self.top as usize].tok)),
            _ => {
                let top = &nodes[self.top as usize];
                Some((nodes[top.next as usize].tok, top.tok))
            }
        }
    }

    /// Make `st` look like this item to the feature functions.
    fn show(&self, st: &mut State, nodes: &[Node]) {
        st.i = self.i as usize;
        st.stack.clear();
        let mut cells = [NIL; 3];
        let mut c = self.top;
        for slot in cells.iter_mut() {
            if c == NIL {
                break;
            }
            *slot = c;
            c = nodes[c as usize].next;
        }
        for &c in cells.iter().rev().filter(|c| **c != NIL) {
            st.stack.push(nodes[c as usize].tok);
        }
        // Only s0 and s1 have their children read (s2 only its tag).
        for &c in cells[..2].iter().filter(|c| **c != NIL) {
            let node = &nodes[c as usize];
            node.view.show(st, node.tok);
        }
        self.front.show(st, self.b0(st.n));
    }

    /// The item after move `mv` (with `label` for an arc), total `score`.
    fn advance(
        &self,
        mv: usize,
        score: f64,
        label: u16,
        nodes: &mut Vec<Node>,
        steps: &mut Vec<Step>,
        n: usize,
    ) -> Item {
        let mut next = *self;
        next.score = score;
        let (mut head, mut dep) = (NONE, NONE);
        match mv {
            SHIFT => {
                nodes.push(Node {
                    tok: self.i,
                    view: self.front,
                    next: self.top,
                });
                next.top = nodes.len() as u32 - 1;
                next.depth += 1;
                next.i += 1;
                next.front = TokenView::EMPTY;
            }
            LEFT => {
                let top = nodes[self.top as usize];
                (head, dep) = (self.b0(n), top.tok);
                next.front.add_child(head, dep, label);
                next.top = top.next;
                next.depth -= 1;
            }
            _ => {
                let top = nodes[self.top as usize];
                let below = nodes[top.next as usize];
                (head, dep) = (below.tok, top.tok);
                let mut view = below.view;
                view.add_child(head, dep, label);
                nodes.push(Node {
                    tok: head,
                    view,
                    next: below.next,
                });
                next.top = nodes.len() as u32 - 1;
                next.depth -= 1;
            }
        }
        steps.push(Step {
            prev: self.last,
            mv: mv as u8,
            head,
            dep,
            label: if head == NONE { u16::MAX } else { label },
        });
        next.last = steps.len() as u32 - 1;
        next
    }
}

/// A possible next item: parent index, move, new total and the raw score.
#[derive(Debug, Clone, Copy)]
struct Cand {
    total: f64,
    raw: f32,
    parent: u32,
    mv: u8,
}

/// Best first; ties go to the earlier parent, then the higher raw score,
/// then the lower move number (as greedy decoding breaks them).
fn rank(a: &Cand, b: &Cand) -> std::cmp::Ordering {
    b.total
        .total_cmp(&a.total)
        .then(a.parent.cmp(&b.parent))
        .then(b.raw.total_cmp(&a.raw))
        .then(a.mv.cmp(&b.mv))
}

/// Reusable beam buffers (part of [`ParseScratch`]).
#[derive(Debug, Default)]
pub(crate) struct BeamScratch {
    items: Vec<Item>,
    next: Vec<Item>,
    cands: Vec<Cand>,
    nodes: Vec<Node>,
    steps: Vec<Step>,
}

impl BeamScratch {
    fn clear(&mut self) {
        self.items.clear();
        self.next.clear();
        self.cands.clear();
        self.nodes.clear();
        self.steps.clear();
    }
}

/// Per-sentence inputs shared by every item.
struct Sentence<'a> {
    inp: &'a Input<'a>,
    n: usize,
    pre: &'a [[u32; NPRE]],
    lpre: &'a [[u32; NLPRE]],
    /// The `punct` label's id, which only punctuation may take.
    punct: Option<usize>,
}

/// Score item `it`'s legal moves with `score` and push the candidates.
/// With one legal move the scores cannot matter: it adds 0 (as in greedy
/// decoding, where it is not even scored).
#[allow(clippy::too_many_arguments)]
fn expand(
    score: &impl Fn(&[u32], &mut [f32]),
    scoring: BeamScoring,
    sent: &Sentence,
    it: &Item,
    parent: u32,
    nodes: &[Node],
    st: &mut State,
    feats: &mut Vec<u32>,
    scores: &mut [f32],
    cands: &mut Vec<Cand>,
) {
    let legal = it.legal(sent.n);
    if legal.iter().filter(|x| **x).count() == 1 {
        let mv = legal.iter().position(|x| *x).unwrap_or(SHIFT);
        cands.push(Cand {
            total: it.score,
            raw: 0.0,
            parent,
            mv: mv as u8,
        });
        return;
    }
    it.show(st, nodes);
    transition_features(st, sent.inp, sent.pre, feats);
    score(feats, scores);
    let (scale, norm) = match scoring {
        BeamScoring::Sum => (1.0, 0.0),
        BeamScoring::LogSoftmax { temperature } => {
            let t = (temperature as f64).max(1e-6);
            let max = (0..3)
                .filter(|m| legal[*m])
                .map(|m| scores[m] as f64 / t)
                .fold(f64::NEG_INFINITY, f64::max);
            let sum: f64 = (0..3)
                .filter(|m| legal[*m])
                .map(|m| (scores[m] as f64 / t - max).exp())
                .sum();
            (t, max + sum.ln())
        }
    };
    for m in (0..3).filter(|m| legal[*m]) {
        cands.push(Cand {
            total: it.score + (scores[m] as f64 / scale - norm),
            raw: scores[m],
            parent,
            mv: m as u8,
        });
    }
}

/// The labeller's choice for the arc `h -> d` made from item `it`.
#[allow(clippy::too_many_arguments)]
fn label_arc(
    labeller: &Classifier,
    sent: &Sentence,
    it: &Item,
    nodes: &[Node],
    st: &mut State,
    (h, d): (u32, u32),
    feats: &mut Vec<u32>,
    lscores: &mut [f32],
) -> u16 {
    // The features read d's children and h's label sets, which the item
    // already shows as they are after the pop and before the attachment.
    it.show(st, nodes);
    label_features(st, sent.inp, sent.lpre, h, d, feats);
    labeller.score(feats, lscores);
    choose_label(lscores, sent.punct, sent.inp, d) as u16
}

/// One beam step: expand `items` into `next` (best first, at most `width`).
#[allow(clippy::too_many_arguments)]
fn beam_step(
    score: &impl Fn(&[u32], &mut [f32]),
    labeller: &Classifier,
    scoring: BeamScoring,
    width: usize,
    sent: &Sentence,
    bs: &mut BeamScratch,
    st: &mut State,
    feats: &mut Vec<u32>,
    scores: &mut [f32],
    lscores: &mut [f32],
    gold_move: Option<usize>,
) {
    bs.cands.clear();
    for (j, it) in bs.items.iter().enumerate() {
        expand(
            score,
            scoring,
            sent,
            it,
            j as u32,
            &bs.nodes,
            st,
            feats,
            scores,
            &mut bs.cands,
        );
    }
    bs.cands.sort_unstable_by(rank);
    bs.cands.truncate(width);
    bs.next.clear();
    for c in &bs.cands {
        let parent = bs.items[c.parent as usize];
        let mv = c.mv as usize;
        let label = match parent.arc(mv, &bs.nodes, sent.n) {
            Some(arc) => label_arc(labeller, sent, &parent, &bs.nodes, st, arc, feats, lscores),
            None => u16::MAX,
        };
        let mut it = parent.advance(mv, c.total, label, &mut bs.nodes, &mut bs.steps, sent.n);
        it.gold = parent.gold && gold_move == Some(mv);
        bs.next.push(it);
    }
    std::mem::swap(&mut bs.items, &mut bs.next);
}

impl Parser {
    /// Beam-search parse with the given width and scoring; heads and labels
    /// are left in `scratch.st` (index 1..=n), as [`Parser::parse`] leaves
    /// them. Width 1 gives exactly the greedy parse.
    pub(crate) fn parse_beam(
        &self,
        inp: &Input,
        scratch: &mut ParseScratch,
        width: usize,
        scoring: BeamScoring,
    ) {
        let n = inp.w.len() - 1;
        let ParseScratch {
            st,
            pre,
            lpre,
            feats,
            scores,
            lscores,
            beam: bs,
        } = scratch;
        st.reset(n);
        scores.resize(3, 0.0);
        lscores.resize(self.labels.len(), 0.0);
        token_features(inp, pre);
        self.trans.touch(pre.as_flattened());
        label_token_features(inp, lpre);
        self.labeller.touch(lpre.as_flattened());
        let punct = self.labels.iter().position(|l| l == "punct");
        let sent = Sentence {
            inp,
            n,
            pre,
            lpre,
            punct,
        };
        bs.clear();
        bs.items.push(Item::start());
        let score = |f: &[u32], out: &mut [f32]| self.trans.score(f, out);
        // Every derivation has n shifts and n arcs.
        for _ in 0..2 * n {
            beam_step(
                &score,
                &self.labeller,
                scoring,
                width.max(1),
                &sent,
                bs,
                st,
                feats,
                scores,
                lscores,
                None,
            );
        }
        st.reset(n);
        let mut s = bs.items.first().map_or(NIL, |it| it.last);
        while s != NIL {
            let step = &bs.steps[s as usize];
            if step.head != NONE {
                st.heads[step.dep as usize] = step.head;
                st.labels[step.dep as usize] = step.label;
            }
            s = step.prev;
        }
    }
}

/// How [`train_parser_beam`] updates the weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BeamUpdate {
    /// At the prefix where the best item beats the gold prefix by most.
    #[default]
    MaxViolation,
    /// As soon as the gold prefix falls off the beam (Collins & Roark 2004),
    /// or at the end if the best parse is wrong.
    Early,
}

/// Options for [`train_parser_beam`].
#[derive(Debug, Clone)]
pub struct BeamTrainOptions {
    /// Beam width during training (and for the dev scores).
    pub width: usize,
    /// Maximum number of epochs (stops after 3 without a better dev LAS).
    pub epochs: usize,
    /// Shuffling seed.
    pub seed: u64,
    /// Update strategy.
    pub update: BeamUpdate,
    /// Folds for jackknifed training tags (0 or 1: tag with the model's
    /// tagger).
    pub jackknife_folds: usize,
    /// Tagger epochs for the jackknife folds.
    pub tagger_epochs: usize,
    /// Print progress to stderr.
    pub verbose: bool,
}

impl Default for BeamTrainOptions {
    fn default() -> Self {
        BeamTrainOptions {
            width: 8,
            epochs: 10,
            seed: 1,
            update: BeamUpdate::MaxViolation,
            jackknife_folds: 5,
            tagger_epochs: 10,
            verbose: false,
        }
    }
}

/// One training sentence: parser input and the static-oracle moves.
struct BeamExample {
    cols: InputColumns,
    moves: Vec<u8>,
}

fn beam_examples(
    sents: &[ConlluSentence],
    tagged: Vec<TaggedSentence>,
    kinds: &[u8],
) -> Vec<BeamExample> {
    let mut st = State::default();
    sents
        .iter()
        .zip(tagged)
        .map(|(s, (words, tags))| {
            let cols = InputColumns::new(&words, &tags, kinds);
            let mut heads = vec![0u32];
            heads.extend(s.words.iter().map(|x| x.head as u32));
            projectivize(&mut heads);
            st.reset(s.words.len());
            let mut moves = Vec::with_capacity(2 * s.words.len());
            while !st.terminal() {
                let legal = st.legal();
                let costs = st.costs(&heads);
                let mv = (0..3)
                    .find(|m| legal[*m] && costs[*m] == 0)
                    .or_else(|| (0..3).find(|m| legal[*m]))
                    .unwrap_or(SHIFT);
                st.apply(mv);
                moves.push(mv as u8);
            }
            BeamExample { cols, moves }
        })
        .collect()
}

/// Retrain `base`'s transition classifier globally with beam search on
/// `train` (tags, tag set, labeller and lemmatiser are kept from `base`);
/// `dev`, parsed with the training width, chooses the epoch. The returned
/// model decodes with that width and [`BeamScoring::Sum`]; neither is saved
/// in the model file, so after loading it call [`Model::set_beam`] and
/// [`Model::set_beam_scoring`] again.
pub fn train_parser_beam(
    base: &Model,
    train: &[ConlluSentence],
    dev: &[ConlluSentence],
    opts: &BeamTrainOptions,
) -> Model {
    let t0 = Instant::now();
    let tagged = if opts.jackknife_folds > 1 {
        let topts = TaggerOptions {
            epochs: opts.tagger_epochs,
            seed: opts.seed,
            verbose: false,
        };
        crate::train::jackknife_tags(train, dev, opts.jackknife_folds, &topts, &base.tagger)
    } else {
        predicted_tags(&base.tagger, train)
    };
    if opts.verbose {
        eprintln!("training tags in {:.1}s", t0.elapsed().as_secs_f64());
    }
    let exs = beam_examples(train, tagged, &base.tagger.kinds);
    let width = opts.width.max(1);
    let labeller = &base.parser.labeller;
    let mut trans = Trainer::new(3);
    let mut rng = Rng::new(opts.seed);
    let mut order: Vec<usize> = (0..exs.len()).collect();
    let (mut pre, mut lpre) = (Vec::new(), Vec::new());
    let mut st = State::default();
    let mut bs = BeamScratch::default();
    let (mut feats, mut scores) = (Vec::new(), vec![0f32; 3]);
    let mut lscores = vec![0f32; base.parser.labels.len()];
    // Gold features per step (flattened) and, per step, the gold prefix
    // score, the best item and whether it is the gold prefix.
    let mut gold_feats: Vec<u32> = Vec::new();
    let mut gold_offs: Vec<(usize, usize)> = Vec::new();
    let mut trace: Vec<(f64, Item)> = Vec::new();
    let mut best: Option<(f64, Model)> = None;
    let mut since_best = 0;
    for epoch in 0..opts.epochs {
        let te = Instant::now();
        rng.shuffle(&mut order);
        let mut updates = 0usize;
        for &si in &order {
            let ex = &exs[si];
            let inp = ex.cols.input();
            let n = ex.cols.len();
            st.reset(n);
            token_features(&inp, &mut pre);
            label_token_features(&inp, &mut lpre);
            let sent = Sentence {
                inp: &inp,
                n,
                pre: &pre,
                lpre: &lpre,
                punct: None,
            };
            let score = |f: &[u32], out: &mut [f32]| trans.score(f, out);
            bs.clear();
            bs.items.push(Item::start());
            let mut gold = Item::start();
            gold_feats.clear();
            gold_offs.clear();
            trace.clear();
            for &gm in &ex.moves {
                let gm = gm as usize;
                // The gold prefix, scored like any item.
                let legal = gold.legal(n);
                let start = gold_feats.len();
                let mut gscore = gold.score;
                if legal.iter().filter(|x| **x).count() > 1 {
                    gold.show(&mut st, &bs.nodes);
                    transition_features(&st, &inp, &pre, &mut feats);
                    score(&feats, &mut scores);
                    gscore += scores[gm] as f64;
                    gold_feats.extend_from_slice(&feats);
                }
                gold_offs.push((start, gold_feats.len()));
                let label = match gold.arc(gm, &bs.nodes, n) {
                    Some(arc) => label_arc(
                        labeller,
                        &sent,
                        &gold,
                        &bs.nodes,
                        &mut st,
                        arc,
                        &mut feats,
                        &mut lscores,
                    ),
                    None => u16::MAX,
                };
                gold = gold.advance(gm, gscore, label, &mut bs.nodes, &mut bs.steps, n);
                beam_step(
                    &score,
                    labeller,
                    BeamScoring::Sum,
                    width,
                    &sent,
                    &mut bs,
                    &mut st,
                    &mut feats,
                    &mut scores,
                    &mut lscores,
                    Some(gm),
                );
                trace.push((gold.score, bs.items[0]));
                if opts.update == BeamUpdate::Early && !bs.items.iter().any(|it| it.gold) {
                    break;
                }
            }
            // The step whose prefixes to update, if any.
            let at = match opts.update {
                BeamUpdate::Early => trace
                    .last()
                    .filter(|(_, b)| !b.gold)
                    .map(|_| trace.len() - 1),
                BeamUpdate::MaxViolation => {
                    let mut at = None;
                    let mut worst = f64::NEG_INFINITY;
                    for (t, (g, b)) in trace.iter().enumerate() {
                        if !b.gold && b.score - g > worst {
                            worst = b.score - g;
                            at = Some(t);
                        }
                    }
                    at
                }
            };
            if let Some(t) = at {
                updates += 1;
                // The predicted prefix's moves and labels, replayed from the
                // start to recover its features.
                let mut path = Vec::with_capacity(t + 1);
                let mut s = trace[t].1.last;
                while s != NIL {
                    let step = bs.steps[s as usize];
                    path.push((step.mv as usize, step.label));
                    s = step.prev;
                }
                path.reverse();
                let mut it = Item::start();
                let mut same = true;
                for (k, &(mv, label)) in path.iter().enumerate() {
                    let gm = ex.moves[k] as usize;
                    same &= mv == gm;
                    if !same {
                        let (a, b) = gold_offs[k];
                        if b > a {
                            trans.add(&gold_feats[a..b], gm, 1.0);
                        }
                        if it.legal(n).iter().filter(|x| **x).count() > 1 {
                            it.show(&mut st, &bs.nodes);
                            transition_features(&st, &inp, &pre, &mut feats);
                            trans.add(&feats, mv, -1.0);
                        }
                    }
                    it = it.advance(mv, 0.0, label, &mut bs.nodes, &mut bs.steps, n);
                }
            }
            trans.tick();
        }
        let mut model = base.clone();
        model.parser = Parser {
            labels: base.parser.labels.clone(),
            trans: trans.average(1e-3),
            labeller: labeller.clone(),
            decoding: crate::beam::Decoding {
                width,
                scoring: BeamScoring::Sum,
            },
        };
        let dev_scores = crate::train::evaluate(&model, dev);
        if opts.verbose {
            eprintln!(
                "beam epoch {epoch}: {updates} updates, dev uas {:.2} las {:.2}, nnz {}, {:.1}s",
                dev_scores.uas,
                dev_scores.las,
                model.parser.trans.nnz(),
                te.elapsed().as_secs_f64()
            );
        }
        if best.as_ref().is_none_or(|(b, _)| dev_scores.las > *b) {
            best = Some((dev_scores.las, model));
            since_best = 0;
        } else {
            since_best += 1;
            if since_best >= 3 {
                break;
            }
        }
    }
    best.map_or_else(|| base.clone(), |(_, m)| m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::{ParserExample, ParserOptions, KIND_PUNCT, KIND_VERB};

    /// Toy sentences: tag ids 0 = DET, 1 = NOUN, 2 = VERB, 3 = PUNCT, built
    /// from "the N V the N ." with N and V from small word lists.
    fn toy(seed: u64, len_groups: usize) -> (Vec<[u64; 2]>, Vec<u16>, Vec<u32>, Vec<u16>) {
        let mut rng = Rng::new(seed);
        let (mut words, mut tags, mut heads, mut labels) = (vec![], vec![], vec![0u32], vec![0u16]);
        for _ in 0..len_groups {
            let b = tags.len() as u32;
            // the(1) N(2) V(3) the(4) N(5) .(6): det, nsubj, root/conj, det, obj, punct
            let nw = 10 + rng.next_u64() % 5;
            let vw = 20 + rng.next_u64() % 5;
            for (w, t) in [(1, 0), (nw, 1), (vw, 2), (1, 0), (nw + 1, 1), (99, 3)] {
                words.push([w, w ^ 7]);
                tags.push(t);
            }
            let v = b + 3;
            let root = if b == 0 { 0 } else { 3 };
            heads.extend([b + 2, v, root, b + 5, v, v]);
            labels.extend([0, 1, if b == 0 { 2 } else { 3 }, 0, 4, 5]);
        }
        (words, tags, heads, labels)
    }

    const KINDS: [u8; 4] = [0, 0, KIND_VERB, KIND_PUNCT];

    fn toy_parser() -> Parser {
        let exs: Vec<ParserExample> = (0..40)
            .map(|k| {
                let (words, tags, heads, labels) = toy(k, 1 + k as usize % 3);
                ParserExample {
                    cols: InputColumns::new(&words, &tags, &KINDS),
                    heads,
                    labels,
                }
            })
            .collect();
        let labels = ["det", "nsubj", "root", "conj", "obj", "punct"];
        let opts = ParserOptions {
            epochs: 3,
            ..ParserOptions::default()
        };
        crate::parser::train(labels.map(String::from).to_vec(), &exs, &opts, |_| {
            (0.0, 0.0)
        })
    }

    fn parse_both(
        p: &Parser,
        seed: u64,
        groups: usize,
        width: usize,
    ) -> (Vec<u32>, Vec<u16>, Vec<u32>, Vec<u16>) {
        let (words, tags, _, _) = toy(seed, groups);
        let cols = InputColumns::new(&words, &tags, &KINDS);
        let inp = cols.input();
        let mut scratch = ParseScratch::default();
        p.parse(&inp, &mut scratch);
        let greedy = (scratch.st.heads.clone(), scratch.st.labels.clone());
        p.parse_beam(&inp, &mut scratch, width, BeamScoring::Sum);
        (
            greedy.0,
            greedy.1,
            scratch.st.heads.clone(),
            scratch.st.labels.clone(),
        )
    }

    #[test]
    fn width_one_is_greedy() {
        let p = toy_parser();
        for seed in 100..130 {
            let (gh, gl, bh, bl) = parse_both(&p, seed, 1 + seed as usize % 4, 1);
            assert_eq!(gh, bh);
            assert_eq!(gl, bl);
        }
    }

    #[test]
    fn beam_parses_are_trees() {
        let p = toy_parser();
        for width in [2, 4, 8] {
            let (_, _, heads, _) = parse_both(&p, 7, 5, width);
            let n = heads.len() - 1;
            assert_eq!(heads[1..].iter().filter(|h| **h == 0).count(), 1);
            for d in 1..=n {
                // Every word reaches ROOT.
                let (mut x, mut steps) = (d as u32, 0);
                while x != 0 && steps <= n {
                    x = heads[x as usize];
                    steps += 1;
                }
                assert_eq!(x, 0, "word {d} does not reach ROOT");
            }
        }
    }

    #[test]
    fn long_sentence_with_a_wide_beam() {
        let p = toy_parser();
        // 334 groups of 6 words: 2,004 words, no recursion or quadratic cost.
        let (_, _, heads, labels) = parse_both(&p, 3, 334, 8);
        assert_eq!(heads.len(), 2005);
        assert!(heads[1..].iter().all(|h| *h != NONE));
        assert!(labels[1..].iter().all(|l| *l != u16::MAX));
    }
}

#[cfg(test)]
mod shared_tests {
    use super::*;

    /// With width 1, beam decoding reproduces the bundled model's greedy
    /// parse of every EWT dev sentence (heads and labels).
    #[test]
    fn shared_beam_width_one_matches_greedy_on_ewt_dev() {
        let dir = crate::shared_data_dir();
        let path = dir.join("ud/en_ewt/en_ewt-ud-dev.conllu");
        let model_path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../resources/models/en_ewt.dyadmodel");
        let (Ok(text), Ok(model)) = (std::fs::read_to_string(&path), Model::load(&model_path))
        else {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("missing {} or {}", path.display(), model_path.display());
            }
            eprintln!("SKIPPED (needs ../shared/data and the bundled model): shared_beam_width_one_matches_greedy_on_ewt_dev");
            return;
        };
        let (sents, _) = crate::conllu::read_conllu(&text);
        let tagged = predicted_tags(&model.tagger, &sents);
        let p = &model.parser;
        let (mut greedy, mut beam) = (ParseScratch::default(), ParseScratch::default());
        for (s, (words, tags)) in sents.iter().zip(&tagged) {
            let cols = InputColumns::new(words, tags, &model.tagger.kinds);
            let inp = cols.input();
            p.parse(&inp, &mut greedy);
            let n = s.words.len();
            for scoring in [BeamScoring::Sum, BeamScoring::default()] {
                p.parse_beam(&inp, &mut beam, 1, scoring);
                assert_eq!(
                    &greedy.st.heads[1..=n],
                    &beam.st.heads[1..=n],
                    "{:?}",
                    s.sent_id()
                );
                assert_eq!(
                    &greedy.st.labels[1..=n],
                    &beam.st.labels[1..=n],
                    "{:?}",
                    s.sent_id()
                );
            }
        }
    }
}
