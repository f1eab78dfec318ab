//! Reading the documents named on the command line (or JSON Lines on stdin).

use std::io::BufReader;
use std::path::Path;

use anyhow::{bail, Context, Result};
use dyad_text::read::{read_jsonl, read_path, InputDoc, ReadOptions};
use dyad_text::temporal::parse_iso_date;

use crate::log;
use crate::InputArgs;

/// All documents named by `args`, in a deterministic order, with diagnostics
/// printed to stderr. Unreadable inputs are reported and skipped; the rest is read.
pub fn read_inputs(args: &InputArgs) -> Result<Vec<InputDoc>> {
    let date = match &args.date {
        Some(d) => Some(
            parse_iso_date(d)
                .with_context(|| format!("--date {d:?} is not a date (YYYY-MM-DD)"))?,
        ),
        None => None,
    };
    let opts = ReadOptions {
        date,
        ..Default::default()
    };
    let mut docs = Vec::new();
    let mut problems = 0usize;
    if args.inputs.is_empty() || args.inputs.iter().any(|p| p.as_os_str() == "-") {
        let stdin = std::io::stdin();
        for item in read_jsonl(BufReader::new(stdin.lock()), "<stdin>") {
            match item {
                Ok(d) => docs.push(d),
                Err(diag) => {
                    problems += 1;
                    log!("{diag}");
                }
            }
        }
    }
    for p in args.inputs.iter().filter(|p| p.as_os_str() != "-") {
        if !p.exists() {
            bail!("{}: no such file or folder", p.display());
        }
        let (mut d, diags) = read_path(p, &opts);
        for diag in &diags {
            log!("{diag}");
        }
        problems += diags
            .iter()
            .filter(|d| d.severity == dyad_text::Severity::Error)
            .count();
        docs.append(&mut d);
    }
    if problems > 0 {
        log!("{problems} input problem(s) reported above; the rest of the input was read");
    }
    Ok(docs)
}

/// The example corpus bundled with the repository, when run from a checkout.
#[allow(dead_code)]
pub fn example_corpus() -> Option<std::path::PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/news");
    p.exists().then_some(p)
}
