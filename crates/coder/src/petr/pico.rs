//! PETRARCH's internal coding ontology (PICO): CAMEO codes as numbers whose
//! hex digits are (verb class, modifier, object class, topic), so that
//! negation and verb nesting ("agreed to restore ties") are arithmetic.
//!
//! The table is read from `PETR.Internal.Coding.Ontology.txt` at run time
//! (`code:0xVALUE#comment`, values may be sums such as `0xFFFF+0x0080`).

use std::collections::HashMap;

/// The "not" flag: a negated code is its positive counterpart plus this.
pub const NOT: i64 = 0xFFFF;

/// CAMEO ↔ PICO in both directions.
#[derive(Debug, Clone, Default)]
pub struct Pico {
    to_num: HashMap<String, i64>,
    to_code: HashMap<i64, String>,
}

fn eval(expr: &str) -> Option<i64> {
    let e: String = expr.chars().filter(|c| !c.is_whitespace()).collect();
    if e.is_empty() {
        return None;
    }
    let mut total = 0i64;
    let mut sign = 1i64;
    let mut cur = String::new();
    let flush = |cur: &mut String, sign: i64, total: &mut i64| -> Option<()> {
        if cur.is_empty() {
            return Some(());
        }
        let h = cur.trim_start_matches("0x").trim_start_matches("0X");
        *total += sign * i64::from_str_radix(h, 16).ok()?;
        cur.clear();
        Some(())
    };
    for c in e.chars() {
        match c {
            '+' | '-' => {
                flush(&mut cur, sign, &mut total)?;
                sign = if c == '-' { -1 } else { 1 };
            }
            _ => cur.push(c),
        }
    }
    flush(&mut cur, sign, &mut total)?;
    Some(total)
}

impl Pico {
    /// Read the ontology text; lines that do not parse are skipped and returned
    /// as (1-based line, text) pairs.
    pub fn parse(text: &str) -> (Pico, Vec<(usize, String)>) {
        let mut p = Pico::default();
        let mut bad = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((code, rest)) = line.split_once(':') else {
                bad.push((i + 1, raw.to_string()));
                continue;
            };
            let code = code.trim();
            if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                bad.push((i + 1, raw.to_string()));
                continue;
            }
            let expr = rest.split('#').next().unwrap_or("");
            match eval(expr) {
                Some(v) => {
                    p.to_num.entry(code.to_string()).or_insert(v);
                    p.to_code.entry(v).or_insert_with(|| code.to_string());
                }
                None => bad.push((i + 1, raw.to_string())),
            }
        }
        (p, bad)
    }

    /// True when no table was loaded.
    pub fn is_empty(&self) -> bool {
        self.to_num.is_empty()
    }

    /// The PICO value of a CAMEO code.
    pub fn num(&self, code: &str) -> Option<i64> {
        self.to_num.get(code).copied()
    }

    /// The CAMEO code of a PICO value.
    pub fn code(&self, num: i64) -> Option<&str> {
        self.to_code.get(&num).map(String::as_str)
    }

    /// The code for "not `code`": toggles the not flag; `None` when the
    /// result has no CAMEO code.
    pub fn negate(&self, code: &str) -> Option<String> {
        let n = self.num(code)?;
        let m = if n >= NOT { n - NOT } else { n + NOT };
        self.code(m).map(str::to_string)
    }

    /// The code of an outer verb governing an inner event ("agreed to
    /// restore"): the sum when it names a code, else the inner code when both
    /// are high-level verbs, else the outer code.
    pub fn combine(&self, outer: &str, inner: &str) -> Option<String> {
        let (o, i) = (self.num(outer)?, self.num(inner)?);
        // Saying verbs are transparent ("was seen to break" is a break).
        if (0x1000..0x2000).contains(&o) || o >= 0x1000 && i >= 0x1000 || o < 0 {
            return Some(inner.to_string());
        }
        if let Some(c) = self.code(o + i) {
            return Some(c.to_string());
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negation_toggles_the_not_flag() {
        let (p, bad) = Pico::parse(
            "# c\n050:0x0080#Coop\n110:0x1007f#0xFFFF+0x0080#x\n030:0x3000\n032:0x3080\nzz\n",
        );
        assert_eq!(bad.len(), 1);
        assert_eq!(p.negate("110").as_deref(), Some("050"));
        assert_eq!(p.negate("050").as_deref(), Some("110"));
        assert_eq!(p.combine("030", "050").as_deref(), Some("032"));
        assert_eq!(eval("-0xFFFF+0x0070"), Some(0x70 - 0xFFFF));
    }
}
