//! Errors of the analysis crate.

/// What can go wrong when the analysis reads record batches or encodes a chart.
///
/// Row-level problems (a malformed `quantities` JSON cell, say) are not errors:
/// they are reported as diagnostics in the result, so one bad row never loses a report.
#[derive(Debug, thiserror::Error)]
pub enum AnalysisError {
    /// A column the computation needs is absent from a batch.
    #[error("batch {batch}: missing column `{column}`")]
    MissingColumn {
        /// Index of the batch in the slice passed in.
        batch: usize,
        /// Column name.
        column: String,
    },
    /// A column has a different Arrow type than the store's schema says.
    #[error("batch {batch}: column `{column}` has type {found}, expected {expected}")]
    WrongType {
        /// Index of the batch in the slice passed in.
        batch: usize,
        /// Column name.
        column: String,
        /// The Arrow type found.
        found: String,
        /// What the schema requires.
        expected: String,
    },
    /// A query parameter could not be understood.
    #[error("bad query: {0}")]
    BadQuery(String),
    /// Building an Arrow array or batch failed.
    #[error("arrow: {0}")]
    Arrow(#[from] arrow_schema::ArrowError),
    /// PNG encoding failed.
    #[error("png: {0}")]
    Png(#[from] png::EncodingError),
}
