//! Checks the bundled CAMEO table (`resources/cameo/cameo.tsv`) against the
//! reference tables in `../shared/data`: GDELT's CAMEO code list and Goldstein
//! weights, and the 2021 CAMEO→PLOVER crosswalk.
//!
//! The reference files are read at test time only; nothing from them is
//! compiled into the crate.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::PathBuf;

use dyad_event::cameo::{self, CameoCode};

/// The shared data folder, or `None` (after printing the SKIPPED notice) when
/// it is missing outside CI.
fn shared_data(test_name: &str) -> Option<PathBuf> {
    let dir = match std::env::var_os("DYAD_SHARED_DATA") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data")),
    };
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("{test_name}: shared data not found at {}", dir.display());
    }
    // Written to the raw stderr handle so the test harness does not capture it.
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED (needs ../shared/data): {test_name}"
    );
    None
}

fn read(path: &PathBuf) -> String {
    match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => panic!("cannot read {}: {e}", path.display()),
    }
}

/// A two-column TSV with a header line: first column → second column.
fn read_two_columns(path: &PathBuf) -> BTreeMap<String, String> {
    let text = read(path);
    let mut out = BTreeMap::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let Some((code, value)) = line.split_once('\t') else {
            panic!(
                "{}:{}: expected two tab-separated columns",
                path.display(),
                i + 1
            );
        };
        out.insert(code.trim().to_string(), value.trim().to_string());
    }
    out
}

/// The PLOVER fields as the bundled table writes them.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Plover {
    kind: String,
    mode: String,
    context: String,
}

/// Multi-valued contexts ("crime; corruption") are compared as `;`-joined,
/// space-free lists.
fn normalize_context(s: &str) -> String {
    s.split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(";")
}

/// The crosswalk's lines look like `0841: RETREAT, release,   legal # comment`;
/// root lines (`03: AGREE`) give the type only. A code may appear more than
/// once (root 08 is split between CONCEDE and RETREAT; 175 is listed twice), so
/// every alternative is kept.
fn read_plover(path: &PathBuf) -> BTreeMap<String, Vec<Plover>> {
    let text = read(path);
    let mut out: BTreeMap<String, Vec<Plover>> = BTreeMap::new();
    for line in text.lines() {
        let Some((code, rest)) = line.split_once(':') else {
            continue;
        };
        let code = code.trim();
        if code.is_empty() || !code.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let body = rest.split('#').next().unwrap_or("");
        let mut fields = body.split(',').map(str::trim);
        let kind = fields.next().unwrap_or("").to_string();
        let mode = fields.next().unwrap_or("").to_string();
        let context = normalize_context(fields.next().unwrap_or(""));
        out.entry(code.to_string()).or_default().push(Plover {
            kind,
            mode,
            context,
        });
    }
    out
}

fn ours(c: &CameoCode) -> Plover {
    Plover {
        kind: c.plover_type.clone(),
        mode: c.plover_mode.clone(),
        context: normalize_context(&c.plover_context),
    }
}

#[test]
fn shared_cameo_table_matches_reference() {
    let test_name = "shared_cameo_table_matches_reference";
    let Some(data) = shared_data(test_name) else {
        return;
    };
    let names = read_two_columns(&data.join("cameo/CAMEO.eventcodes.txt"));
    let weights = read_two_columns(&data.join("cameo/CAMEO.goldsteinscale.txt"));
    let plover = read_plover(&data.join("plover/CAMEO2PLOVER-2021.txt"));
    assert!(
        names.len() >= 300,
        "reference code list too short: {}",
        names.len()
    );
    assert_eq!(
        names.keys().collect::<BTreeSet<_>>(),
        weights.keys().collect::<BTreeSet<_>>(),
        "reference names and weights list different codes"
    );

    let (table, errors) = cameo::parse_table(cameo::CAMEO_TSV);
    assert!(errors.is_empty(), "{errors:?}");

    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for c in &table {
        if !seen.insert(c.code.clone()) {
            problems.push(format!("{}: listed twice in cameo.tsv", c.code));
        }
        if c.name.is_empty() {
            problems.push(format!("{}: empty name", c.code));
        }
        match weights.get(&c.code) {
            None => problems.push(format!("{}: not a code in the reference list", c.code)),
            Some(w) => match w.parse::<f32>() {
                Ok(w) if (w - c.goldstein).abs() < 1e-4 => {}
                Ok(w) => problems.push(format!(
                    "{}: Goldstein {} but reference says {w}",
                    c.code, c.goldstein
                )),
                Err(_) => problems.push(format!("{}: reference weight {w:?} unreadable", c.code)),
            },
        }
        let mine = ours(c);
        match plover.get(&c.code) {
            None => {
                if !(mine.kind.is_empty() && mine.mode.is_empty() && mine.context.is_empty()) {
                    problems.push(format!(
                        "{}: crosswalk has no PLOVER mapping but ours says {mine:?}",
                        c.code
                    ));
                }
            }
            Some(alternatives) => {
                if !alternatives.contains(&mine) {
                    problems.push(format!(
                        "{}: PLOVER {mine:?} but crosswalk says {alternatives:?}",
                        c.code
                    ));
                }
            }
        }
    }
    for code in names.keys() {
        if !seen.contains(code) {
            problems.push(format!("{code}: reference code missing from cameo.tsv"));
        }
    }
    // The crosswalk lists codes GDELT's table lacks (1213, 1214); those are not
    // required, but every crosswalk code that is a CAMEO code must be ours.
    for code in plover.keys() {
        if names.contains_key(code) && !seen.contains(code) {
            problems.push(format!("{code}: crosswalk code missing from cameo.tsv"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} mismatches:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert_eq!(table.len(), names.len());
}
