//! dyad-lexicon (stub)
