//! dyad-syntax: part-of-speech tagging, lemmatisation and UD dependency
//! parsing for English, plus readers for parses made elsewhere.
//!
//! Words in, [`ParsedSentence`] out: an averaged-perceptron tagger predicts
//! XPOS (Penn) and UPOS jointly, a lexicon-plus-rules lemmatiser adds lemmas,
//! and a greedy arc-hybrid transition parser trained with a dynamic oracle
//! adds heads and UD v2 relations (with EWT subtypes such as `nsubj:pass`,
//! `obl:tmod`, `acl:relcl`); [`Model::set_beam`] trades speed for a little
//! accuracy with beam search instead. The model is trained on UD English EWT
//! ([`train_all`]) and bundled into the binary ([`Model::bundled`]). Parses
//! made elsewhere come in as CoNLL-U ([`read_conllu`]) or as Penn Treebank
//! trees converted to UD-style dependencies ([`penn_to_ud`]).
//!
//! **Architecture invariant:** this crate works on word strings. It knows
//! nothing about raw text, sentence splitting or byte offsets (that is
//! `dyad-text`), nor about actors, events, CAMEO or dictionaries (the coder
//! and lexicon). Its only I/O is reading model and treebank files it is
//! pointed at.
//!
//! ```
//! use dyad_syntax::penn_to_ud;
//! let s = penn_to_ud("(ROOT (S (NP (NNP Moscow)) (VP (VBD pledged) (NP (NN fuel))) (. .)))")?;
//! assert_eq!(s.words[1].deprel, "root");
//! assert_eq!(s.words[0].deprel, "nsubj");
//! assert_eq!(s.words[2].deprel, "obj");
//! assert_eq!(s.words[1].lemma, "pledge");
//! # Ok::<(), dyad_syntax::SyntaxError>(())
//! ```
//!
//! With the bundled model:
//!
//! ```no_run
//! use dyad_syntax::Model;
//! let model = Model::bundled()?;
//! let s = model.parse(&["Russia", "delivered", "wheat", "to", "Afghanistan", "."]);
//! for w in &s.words {
//!     println!("{} {} {} {} {}", w.form, w.lemma, w.upos, w.head, w.deprel);
//! }
//! # Ok::<(), dyad_syntax::SyntaxError>(())
//! ```

#![warn(missing_docs)]

mod attribution;
mod beam;
mod bin;
pub mod conllu;
mod lemma;
mod model;
mod parser;
mod penn;
mod perceptron;
mod repair;
mod tagger;
mod train;
mod types;

/// The reference data folder for tests: `DYAD_SHARED_DATA`, else
/// `../shared/data` beside the repository.
#[cfg(test)]
pub(crate) fn shared_data_dir() -> std::path::PathBuf {
    std::env::var_os("DYAD_SHARED_DATA")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data")
        })
}

pub use beam::{train_parser_beam, BeamScoring, BeamTrainOptions, BeamUpdate};
pub use conllu::{
    read_conllu, write_conllu, write_parsed, ConlluError, ConlluSentence, MultiwordToken,
};
pub use model::{Model, ParseBuffers, Tagged};
pub use parser::ParserOptions;
pub use penn::{penn_to_ud, penn_to_ud_with};
pub use tagger::TaggerOptions;
pub use train::{
    evaluate, read_conllu_file, train_all, train_parser, train_tagger, train_with, ParseScores,
    ParserModel, TaggerModel, TrainOptions, TrainReport,
};
pub use types::{ParsedSentence, SyntaxError, Word};

/// The names of the days of the week and of the months, lowercase: words
/// that name a date ("on Sunday", "in March"), for the repairs here and for
/// the coder's time words.
pub const DATE_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
