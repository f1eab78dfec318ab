//! GDELT event exports: 1.0 (57 columns in the historical backfiles, 58 in the
//! daily files) and 2.0 (61 columns: each geography gains an ADM2 code).
//! Tab-separated, no header. The column layout is taken from the row's width.
//!
//! Mapping to [`Event`]: event_id = GLOBALEVENTID; doc_id = SOURCEURL, or the
//! id when the row has none; event_date = SQLDATE; pub_date = DATEADDED
//! (2.0: `YYYYMMDDHHMMSS`, 1.0: `YYYYMMDD`); source/target = Actor{1,2}Code,
//! country = Actor{1,2}CountryCode (else the code's first three letters),
//! agent = Actor{1,2}Type1Code, text = Actor{1,2}Name; cameo = EventCode,
//! root = EventRootCode, quad_class and goldstein as the row gives them;
//! location = ActionGeo (FullName, CountryCode — a FIPS 10-4 code in GDELT —,
//! Lat, Long); PLOVER fields from the CAMEO table; modality asserted.

use std::io::{BufRead, Write};

use chrono::{Datelike, NaiveDate};
use dyad_event::{cameo, DatePrecision, Event, Evidence, Location, Modality};

use super::{csv_record, split_tabs, LineReader, RowError};

/// Column positions that differ between the GDELT layouts.
#[derive(Debug, Clone, Copy)]
struct Layout {
    geo_full_name: usize,
    geo_country: usize,
    geo_lat: usize,
    geo_lon: usize,
    date_added: usize,
    source_url: Option<usize>,
}

const V1_57: Layout = Layout {
    geo_full_name: 50,
    geo_country: 51,
    geo_lat: 53,
    geo_lon: 54,
    date_added: 56,
    source_url: None,
};
const V1_58: Layout = Layout {
    source_url: Some(57),
    ..V1_57
};
const V2_61: Layout = Layout {
    geo_full_name: 52,
    geo_country: 53,
    geo_lat: 56,
    geo_lon: 57,
    date_added: 59,
    source_url: Some(60),
};

fn layout_for(width: usize) -> Option<Layout> {
    match width {
        57 => Some(V1_57),
        58 => Some(V1_58),
        61 => Some(V2_61),
        _ => None,
    }
}

/// Parse the leading `YYYYMMDD` of a GDELT date (`YYYYMMDDHHMMSS` also accepted).
pub fn parse_gdelt_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if !(b.len() == 8 || b.len() == 14) || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| {
        b[r].iter()
            .fold(0u32, |acc, &d| acc * 10 + u32::from(d - b'0'))
    };
    NaiveDate::from_ymd_opt(num(0..4) as i32, num(4..6), num(6..8))
}

fn parse_num<T: std::str::FromStr>(s: &str, what: &str) -> Result<T, String> {
    s.trim()
        .parse::<T>()
        .map_err(|_| format!("{what}: not a number: {s:?}"))
}

fn opt_f64(s: &str, what: &str) -> Result<Option<f64>, String> {
    let s = s.trim();
    if s.is_empty() {
        Ok(None)
    } else {
        parse_num::<f64>(s, what).map(Some)
    }
}

fn count(s: &str, what: &str) -> Result<u32, String> {
    if s.trim().is_empty() {
        Ok(1)
    } else {
        parse_num(s, what)
    }
}

fn country_of(country_col: &str, code: &str) -> String {
    if !country_col.is_empty() {
        return country_col.to_string();
    }
    match code.get(..3) {
        Some(head) if code.len() >= 3 => head.to_string(),
        _ => String::new(),
    }
}

/// Map one GDELT row (already split into `f`, of a width [`layout_for`] knows).
fn row_to_event(f: &[&str], layout: Layout) -> Result<Event, String> {
    let event_id: u64 = parse_num(f[0], "GLOBALEVENTID")?;
    let event_date =
        parse_gdelt_date(f[1]).ok_or_else(|| format!("SQLDATE: bad date {:?}", f[1]))?;
    let added = f[layout.date_added];
    let pub_date = if added.is_empty() {
        event_date
    } else {
        parse_gdelt_date(added).ok_or_else(|| format!("DATEADDED: bad date {added:?}"))?
    };
    let goldstein: f32 = parse_num(f[30], "GoldsteinScale")?;
    let code = f[26].to_string();
    let root = match f[28].trim() {
        "" => cameo::root_of(&code).unwrap_or(0),
        r => parse_num(r, "EventRootCode")?,
    };
    let quad_class = match f[29].trim() {
        "" => cameo::quad_class_of_root(root),
        q => parse_num(q, "QuadClass")?,
    };
    let url = layout.source_url.map(|i| f[i]).filter(|u| !u.is_empty());
    let (plover_type, plover_mode, plover_context) = match cameo::lookup_or_parent(&code) {
        Some(c) => (
            c.plover_type.clone(),
            c.plover_mode.clone(),
            c.plover_context.clone(),
        ),
        None => Default::default(),
    };
    let location = if f[layout.geo_full_name].is_empty() {
        None
    } else {
        Some(Location {
            name: f[layout.geo_full_name].to_string(),
            country: Some(f[layout.geo_country])
                .filter(|c| !c.is_empty())
                .map(str::to_string),
            lat: opt_f64(f[layout.geo_lat], "ActionGeo_Lat")?,
            lon: opt_f64(f[layout.geo_lon], "ActionGeo_Long")?,
        })
    };
    Ok(Event {
        event_id,
        doc_id: url.unwrap_or(f[0]).to_string(),
        sentence: 0,
        pub_date,
        event_date,
        date_precision: DatePrecision::Day,
        source: f[5].to_string(),
        target: f[15].to_string(),
        source_country: country_of(f[7], f[5]),
        target_country: country_of(f[17], f[15]),
        source_agent: f[12].to_string(),
        target_agent: f[22].to_string(),
        source_text: f[6].to_string(),
        target_text: f[16].to_string(),
        cameo: code,
        root,
        quad_class,
        goldstein,
        plover_type,
        plover_mode,
        plover_context,
        modality: Modality::Asserted,
        location,
        quantities: Vec::new(),
        evidence: Evidence::default(),
        num_mentions: count(f[31], "NumMentions")?,
        num_articles: count(f[33], "NumArticles")?,
        source_url: url.map(str::to_string),
    })
}

/// Streaming reader of GDELT 1.0/2.0 tab-separated exports.
pub struct GdeltReader<R> {
    lines: LineReader<R>,
    file: String,
}

impl<R: BufRead> GdeltReader<R> {
    /// Read rows from `reader`; `file` names it in errors.
    pub fn new(reader: R, file: impl Into<String>) -> Self {
        GdeltReader {
            lines: LineReader::new(reader),
            file: file.into(),
        }
    }
}

impl<R: BufRead> Iterator for GdeltReader<R> {
    type Item = Result<Event, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let file = &self.file;
            let line_no = self.lines.line + 1;
            let bytes = match self.lines.next_line() {
                Ok(Some(b)) => b,
                Ok(None) => return None,
                Err(e) => {
                    return Some(Err(RowError {
                        file: file.clone(),
                        line: line_no,
                        message: e.to_string(),
                    }))
                }
            };
            let err = |message: String| RowError {
                file: file.clone(),
                line: line_no,
                message,
            };
            if bytes.is_empty() {
                continue;
            }
            let line = match std::str::from_utf8(bytes) {
                Ok(l) => l,
                Err(e) => {
                    return Some(Err(err(format!(
                        "invalid UTF-8 at byte {}",
                        e.valid_up_to()
                    ))))
                }
            };
            let mut cols = [""; 61];
            let width = split_tabs(line, &mut cols);
            let Some(layout) = layout_for(width) else {
                return Some(Err(err(format!(
                    "expected 57, 58 or 61 tab-separated columns, found {width}"
                ))));
            };
            return Some(row_to_event(&cols[..width], layout).map_err(err));
        }
    }
}

/// Read a GDELT 1.0 table re-saved as CSV with a header row (R's
/// `write.csv`: quoted strings, `NA` for empty), as in the Georgia fixture.
/// Columns are found by their GDELT names.
pub fn read_gdelt_rexport<R: BufRead>(reader: R, file: &str) -> (Vec<Event>, Vec<RowError>) {
    let mut lines = LineReader::new(reader);
    let mut events = Vec::new();
    let mut errors = Vec::new();
    let err = |line: usize, message: String| RowError {
        file: file.to_string(),
        line,
        message,
    };
    let header = match lines.next_line() {
        Ok(Some(h)) => String::from_utf8_lossy(h).into_owned(),
        Ok(None) => return (events, errors),
        Err(e) => {
            errors.push(err(1, e.to_string()));
            return (events, errors);
        }
    };
    let names = match csv_record(&header, &mut lines) {
        Ok(n) => n,
        Err(m) => {
            errors.push(err(1, m));
            return (events, errors);
        }
    };
    let width = names.len();
    let Some(layout) = layout_for(width) else {
        errors.push(err(
            1,
            format!("header has {width} columns; expected 57, 58 or 61 GDELT columns"),
        ));
        return (events, errors);
    };
    if names.first().map(String::as_str) != Some("GLOBALEVENTID") {
        errors.push(err(
            1,
            "header does not start with GLOBALEVENTID".to_string(),
        ));
        return (events, errors);
    }
    loop {
        let first = match lines.next_line() {
            Ok(Some([])) => continue,
            Ok(Some(b)) => String::from_utf8_lossy(b).into_owned(),
            Ok(None) => break,
            Err(e) => {
                errors.push(err(lines.line + 1, e.to_string()));
                break;
            }
        };
        let start = lines.line;
        let fields = match csv_record(&first, &mut lines) {
            Ok(f) => f,
            Err(m) => {
                errors.push(err(start, m));
                continue;
            }
        };
        if fields.len() != width {
            errors.push(err(
                start,
                format!("expected {width} columns, found {}", fields.len()),
            ));
            continue;
        }
        let cols: Vec<&str> = fields
            .iter()
            .map(|s| if s == "NA" { "" } else { s.as_str() })
            .collect();
        match row_to_event(&cols, layout) {
            Ok(e) => events.push(e),
            Err(m) => errors.push(err(start, m)),
        }
    }
    (events, errors)
}

fn clean(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['\t', '\n', '\r']) {
        s.replace(['\t', '\n', '\r'], " ").into()
    } else {
        s.into()
    }
}

/// One GDELT 2.0 export row (61 tab-separated columns, no line terminator).
/// Columns dyad does not have (religion, ethnicity, tone, actor geography, ...)
/// are left empty; tabs and newlines inside values become spaces.
pub fn to_gdelt2_row(e: &Event) -> String {
    let mut row: Vec<String> = vec![String::new(); 61];
    let d = e.event_date;
    let frac = d.year() as f64 + ((d.month() * 30 + d.day()) as f64 / 365.0);
    row[0] = e.event_id.to_string();
    row[1] = d.format("%Y%m%d").to_string();
    row[2] = d.format("%Y%m").to_string();
    row[3] = d.year().to_string();
    row[4] = format!("{frac:.4}");
    row[5] = clean(&e.source).into_owned();
    row[6] = clean(&e.source_text).into_owned();
    row[7] = clean(&e.source_country).into_owned();
    row[12] = clean(&e.source_agent).into_owned();
    row[15] = clean(&e.target).into_owned();
    row[16] = clean(&e.target_text).into_owned();
    row[17] = clean(&e.target_country).into_owned();
    row[22] = clean(&e.target_agent).into_owned();
    row[26] = clean(&e.cameo).into_owned();
    row[27] = clean(e.cameo.get(..3).unwrap_or(&e.cameo)).into_owned();
    row[28] = format!("{:02}", e.root);
    row[29] = e.quad_class.to_string();
    row[30] = format!("{:?}", e.goldstein);
    row[31] = e.num_mentions.to_string();
    row[33] = e.num_articles.to_string();
    if let Some(l) = &e.location {
        row[52] = clean(&l.name).into_owned();
        row[53] = l
            .country
            .as_deref()
            .map(clean)
            .unwrap_or_default()
            .into_owned();
        row[56] = l.lat.map(|v| v.to_string()).unwrap_or_default();
        row[57] = l.lon.map(|v| v.to_string()).unwrap_or_default();
    }
    row[59] = format!("{}000000", e.pub_date.format("%Y%m%d"));
    row[60] = e
        .source_url
        .as_deref()
        .map(clean)
        .unwrap_or_default()
        .into_owned();
    row.join("\t")
}

/// Write events as GDELT 2.0 export rows (see [`to_gdelt2_row`]); returns how many.
pub fn write_gdelt2<'a, W: Write>(
    mut out: W,
    events: impl IntoIterator<Item = &'a Event>,
) -> std::io::Result<usize> {
    let mut n = 0;
    for e in events {
        out.write_all(to_gdelt2_row(e).as_bytes())?;
        out.write_all(b"\n")?;
        n += 1;
    }
    Ok(n)
}
