//! dyad-store (stub)
