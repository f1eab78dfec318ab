//! dyad-coder (stub)
