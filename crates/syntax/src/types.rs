//! The parsed-sentence types and the crate's error type.

/// One syntactic word with its UD annotation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Word {
    /// Surface form.
    pub form: String,
    /// Lemma.
    pub lemma: String,
    /// Universal part of speech (`NOUN`, `VERB`, ...).
    pub upos: String,
    /// Language-specific part of speech (Penn tag for English: `NNS`, `VBD`, ...).
    pub xpos: String,
    /// Morphological features, if known.
    pub feats: Option<String>,
    /// Head: 0 = root, else the 1-based index of the head word.
    pub head: usize,
    /// UD relation to the head, with subtype (`nsubj:pass`, `obl:tmod`, ...).
    pub deprel: String,
    /// Enhanced dependencies column, if present (kept for round trips).
    pub deps: Option<String>,
    /// MISC column, if present.
    pub misc: Option<String>,
}

/// A sentence of words with heads and relations.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParsedSentence {
    /// Words in order; `words[i]` has id `i + 1`.
    pub words: Vec<Word>,
}

impl ParsedSentence {
    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when there are no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The 1-based ids of the dependents of `head` (0 = root), in order.
    pub fn children(&self, head: usize) -> impl Iterator<Item = usize> + '_ {
        self.words
            .iter()
            .enumerate()
            .filter(move |(_, w)| w.head == head)
            .map(|(i, _)| i + 1)
    }
}

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
pub enum SyntaxError {
    /// Reading a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A model file is damaged or of the wrong format/version.
    #[error("model: {0}")]
    Model(String),
    /// No model is bundled and none was found at run time.
    #[error("no parser model bundled or found (set DYAD_MODEL or add resources/models/en_ewt.dyadmodel)")]
    NoModel,
    /// A Penn Treebank bracketing could not be read.
    #[error("penn tree, byte {offset}: {message}")]
    Penn {
        /// Byte offset into the tree text.
        offset: usize,
        /// What is wrong.
        message: String,
    },
    /// A CoNLL-U file had problems (the first is shown).
    #[error("{path}: {count} malformed sentence(s), first: {first}")]
    Conllu {
        /// The file.
        path: String,
        /// How many sentences were skipped.
        count: usize,
        /// The first problem.
        first: crate::conllu::ConlluError,
    },
}
