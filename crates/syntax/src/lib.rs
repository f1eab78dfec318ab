//! dyad-syntax (stub)
