//! Readers (stub).
