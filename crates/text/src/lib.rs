//! dyad-text (stub)
