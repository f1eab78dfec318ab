//! dyad-analysis (stub)
