//! dyad-quantity (stub)
