//! The bundled CAMEO table: code → name, Goldstein weight, root, quad class, PLOVER fields.
//!
//! The table lives in `resources/cameo/cameo.tsv` (written by the project from the
//! published CAMEO codebook, Goldstein scale and CAMEO→PLOVER crosswalk) and is
//! compiled into the binary. Root and quad class are derived from the code.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The bundled table's source text.
pub const CAMEO_TSV: &str = include_str!("../../../resources/cameo/cameo.tsv");

/// One CAMEO event code.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    pub code: String,
    pub name: String,
    pub goldstein: f32,
    pub root: u8,
    pub quad_class: u8,
    pub plover_type: String,
    pub plover_mode: String,
    pub plover_context: String,
}

/// Quad class under GDELT's scheme: 1 verbal cooperation (01–05), 2 material
/// cooperation (06–09), 3 verbal conflict (10–14), 4 material conflict (15–20).
pub fn quad_class_of_root(root: u8) -> u8 {
    match root {
        1..=5 => 1,
        6..=9 => 2,
        10..=14 => 3,
        15..=20 => 4,
        _ => 0,
    }
}

/// Name of the quad-class scheme used by [`quad_class_of_root`].
pub const QUAD_SCHEME: &str = "gdelt";

/// Human names of the quad classes (index 1..=4).
pub fn quad_class_name(q: u8) -> &'static str {
    match q {
        1 => "verbal cooperation",
        2 => "material cooperation",
        3 => "verbal conflict",
        4 => "material conflict",
        _ => "unknown",
    }
}

/// Root of a CAMEO code string: its first two digits ("0331" → 3).
pub fn root_of(code: &str) -> Option<u8> {
    let b = code.as_bytes();
    if b.len() < 2 || !b[0].is_ascii_digit() || !b[1].is_ascii_digit() {
        return None;
    }
    let r = (b[0] - b'0') * 10 + (b[1] - b'0');
    (1..=20).contains(&r).then_some(r)
}

/// A problem in the table text, with its 1-based line.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("cameo.tsv:{line}: {message}")]
pub struct TableError {
    pub line: usize,
    pub message: String,
}

/// Parse a CAMEO table in the bundled TSV layout:
/// `code<TAB>name<TAB>goldstein<TAB>plover_type<TAB>plover_mode<TAB>plover_context`,
/// `#` comments and blank lines ignored.
pub fn parse_table(text: &str) -> (Vec<CameoCode>, Vec<TableError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let trimmed = line.trim_end();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = trimmed.split('\t').collect();
        if cols.len() < 3 {
            errors.push(TableError {
                line: line_no,
                message: format!(
                    "expected at least 3 tab-separated columns, found {}",
                    cols.len()
                ),
            });
            continue;
        }
        let code = cols[0].trim();
        let well_formed = (2..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit());
        let Some(root) = root_of(code).filter(|_| well_formed) else {
            errors.push(TableError {
                line: line_no,
                message: format!("not a CAMEO code: {code:?}"),
            });
            continue;
        };
        let Ok(goldstein) = cols[2].trim().parse::<f32>() else {
            errors.push(TableError {
                line: line_no,
                message: format!("bad Goldstein weight {:?}", cols[2]),
            });
            continue;
        };
        let col = |k: usize| {
            cols.get(k)
                .map(|s| s.trim().to_string())
                .unwrap_or_default()
        };
        out.push(CameoCode {
            code: code.to_string(),
            name: cols[1].trim().to_string(),
            goldstein,
            root,
            quad_class: quad_class_of_root(root),
            plover_type: col(3),
            plover_mode: col(4),
            plover_context: col(5),
        });
    }
    (out, errors)
}

struct Table {
    codes: Vec<CameoCode>,
    index: HashMap<String, usize>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let (codes, _errors) = parse_table(CAMEO_TSV);
        let index = codes
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code.clone(), i))
            .collect();
        Table { codes, index }
    })
}

/// Every code in the bundled table, in file order.
pub fn all() -> &'static [CameoCode] {
    &table().codes
}

/// Look a code up exactly ("0331").
pub fn lookup(code: &str) -> Option<&'static CameoCode> {
    let t = table();
    t.index.get(code).map(|&i| &t.codes[i])
}

/// Look a code up, falling back to its 3-digit parent and then its root
/// ("0874" unknown → "087" → "08"), as coders do for codes outside the table.
pub fn lookup_or_parent(code: &str) -> Option<&'static CameoCode> {
    let mut c = code;
    loop {
        if let Some(found) = lookup(c) {
            return Some(found);
        }
        if c.len() <= 2 {
            return None;
        }
        c = &c[..c.len() - 1];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_table_parses_cleanly() {
        let (codes, errors) = parse_table(CAMEO_TSV);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(codes.len() >= 290, "only {} codes", codes.len());
        for root in 1..=20u8 {
            let r = format!("{root:02}");
            assert!(lookup(&r).is_some(), "root {r} missing");
        }
    }

    #[test]
    fn quad_classes_follow_gdelt() {
        assert_eq!(quad_class_of_root(5), 1);
        assert_eq!(quad_class_of_root(6), 2);
        assert_eq!(quad_class_of_root(9), 2);
        assert_eq!(quad_class_of_root(14), 3);
        assert_eq!(quad_class_of_root(15), 4);
        assert_eq!(
            lookup_or_parent("0369").map(|c| c.code.as_str()),
            Some("036")
        );
    }

    #[test]
    fn malformed_rows_are_located() {
        let (codes, errors) =
            parse_table("# c\n010\tMake statement\t0.0\n01x\tbad\t1\n020\tAppeal\tnan?\n");
        assert_eq!(codes.len(), 1);
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].line, 3);
    }
}
