//! Located diagnostics and the crate's error type.

use serde::Serialize;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Read, but worth a look (a legacy quirk the reader tolerated).
    Warning,
    /// The line was skipped (or, in strict mode, the load failed).
    Error,
}

/// A problem found while reading a dictionary, with its file and 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The file as given to the reader.
    pub file: Arc<str>,
    /// 1-based line number (0 when the problem concerns the whole file).
    pub line: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl Diagnostic {
    /// True for [`Severity::Error`].
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Errors that stop a load.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// A file or folder could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Strict mode: the first error diagnostic.
    #[error("{0}")]
    Strict(Diagnostic),
    /// A file is not valid UTF-8 (native files must be UTF-8).
    #[error("{path}: not UTF-8 at byte {offset}")]
    Encoding {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
}

/// Collects diagnostics for one file.
pub(crate) struct Diags {
    pub file: Arc<str>,
    pub list: Vec<Diagnostic>,
}

impl Diags {
    pub fn new(file: &str) -> Diags {
        Diags {
            file: Arc::from(file),
            list: Vec::new(),
        }
    }

    pub fn error(&mut self, line: usize, message: impl Into<String>) {
        self.push(line, Severity::Error, message.into());
    }

    pub fn warn(&mut self, line: usize, message: impl Into<String>) {
        self.push(line, Severity::Warning, message.into());
    }

    fn push(&mut self, line: usize, severity: Severity, message: String) {
        self.list.push(Diagnostic {
            file: Arc::clone(&self.file),
            line,
            severity,
            message,
        });
    }
}

/// Options for every loader.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Fail on the first error diagnostic instead of skipping the line.
    pub strict: bool,
}

/// In strict mode, turn the first error into a [`LexiconError::Strict`].
pub(crate) fn strict_check(diags: &[Diagnostic], opts: &LoadOptions) -> Result<(), LexiconError> {
    if opts.strict {
        if let Some(d) = diags.iter().find(|d| d.is_error()) {
            return Err(LexiconError::Strict(d.clone()));
        }
    }
    Ok(())
}
