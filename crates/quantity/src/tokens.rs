//! A small tokenizer for amounts: words, numbers and symbols with byte offsets.
//!
//! It is not the project's tokenizer (that lives in dyad-text); it only needs to
//! keep digits, grouping commas, decimal points and currency signs together the
//! way amounts are written ("$289", "1,000,000", "4.5bn", "10^99").

/// What kind of token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (with inner hyphens: "twenty-five", "COVID-19" is split).
    Word,
    /// Starts with a digit: digits with `,` `.` `^` and a scientific `e` inside.
    Num,
    /// Any other single character that is not whitespace.
    Sym,
}

/// One token: `[start, end)` bytes into the text, and its lowercased text.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub lower: String,
}

fn peek_digit(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(|c| c.is_ascii_digit())
}

/// Split `text` into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if c.is_ascii_digit() {
            i += 1;
            while i < b.len() {
                let d = b[i];
                if d.is_ascii_digit() {
                    i += 1;
                } else if matches!(d, b',' | b'.' | b'^' | b'e' | b'E') && peek_digit(b, i + 1) {
                    // grouping comma, decimal point, "10^6", "5e20"
                    i += 2;
                } else {
                    break;
                }
            }
            out.push(Tok {
                kind: Kind::Num,
                start,
                end: i,
                lower: text[start..i].to_string(),
            });
            continue;
        }
        // Non-ASCII: decode one char.
        let ch = match text[i..].chars().next() {
            Some(ch) => ch,
            None => break,
        };
        if ch.is_alphabetic() {
            let mut j = i;
            let mut it = text[i..].char_indices().peekable();
            while let Some((off, ch2)) = it.next() {
                let pos = i + off;
                if ch2.is_alphabetic() {
                    j = pos + ch2.len_utf8();
                } else if ch2 == '-' && it.peek().is_some_and(|&(_, n)| n.is_alphabetic()) {
                    j = pos + 1;
                } else {
                    break;
                }
            }
            out.push(Tok {
                kind: Kind::Word,
                start,
                end: j,
                lower: text[start..j].to_lowercase(),
            });
            i = j;
            continue;
        }
        if ch.is_whitespace() {
            i += ch.len_utf8();
            continue;
        }
        let end = i + ch.len_utf8();
        out.push(Tok {
            kind: Kind::Sym,
            start,
            end,
            lower: text[start..end].to_string(),
        });
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_amount_shapes_together() {
        let text = "US$4.5bn, 1,000,000 t (10^99) twenty-five €3";
        let t = tokenize(text);
        let l: Vec<&str> = t.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(
            l,
            [
                "us",
                "$",
                "4.5",
                "bn",
                ",",
                "1,000,000",
                "t",
                "(",
                "10^99",
                ")",
                "twenty-five",
                "€",
                "3"
            ]
        );
        assert_eq!(t[2].kind, Kind::Num);
        let euro = text.find('€').unwrap_or(0);
        assert_eq!((t[11].start, t[11].end), (euro, euro + 3));
    }
}
