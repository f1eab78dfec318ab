//! dyad-syntax: part-of-speech tagging, lemmatisation and UD dependency parsing.
#![allow(dead_code)]

mod bin;
pub mod conllu;
mod penn;
mod lemma;
mod model;
mod parser;
mod perceptron;
mod tagger;
mod train;
mod types;

pub use conllu::{read_conllu, write_conllu, ConlluError, ConlluSentence, MultiwordToken};
pub use model::{Model, ParseBuffers, Tagged};
pub use parser::ParserOptions;
pub use tagger::TaggerOptions;
pub use train::{
    evaluate, read_conllu_file, train_all, train_parser, train_tagger, train_with, ParseScores,
    ParserModel, TaggerModel, TrainOptions, TrainReport,
};
pub use penn::{penn_to_ud, penn_to_ud_with};
pub use types::{ParsedSentence, SyntaxError, Word};
