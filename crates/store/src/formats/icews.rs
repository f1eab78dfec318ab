//! ICEWS coded event files: tab-separated with a header row (Event ID, Event
//! Date, Source Name, Source Sectors, Source Country, Event Text, CAMEO Code,
//! Intensity, Target Name, Target Sectors, Target Country, Story ID, Sentence
//! Number, Publisher, City, District, Province, Country, Latitude, Longitude).
//! `NA` means empty. Columns are found by header name.
//!
//! Mapping: country names → ISO alpha-3 with [`country_iso3`] (unmatched names
//! give "" and are counted in [`IcewsReader::unmatched_countries`]); sectors →
//! agent with [`icews_sectors_to_agent`]; source = country + agent; doc_id =
//! Story ID; goldstein = the CAMEO table's weight for the code (ICEWS's
//! Intensity is a Goldstein-like value from ICEWS's own scale; it is used only
//! when the code is not in the table); quad class by GDELT's scheme; no evidence
//! text (ICEWS does not ship the sentence); pub_date = event date.

use std::collections::BTreeMap;
use std::io::BufRead;

use chrono::NaiveDate;
use dyad_event::{cameo, DatePrecision, Event, Evidence, Location, Modality};

use super::{country_iso3, icews_sectors_to_agent, LineReader, RowError};

const NEEDED: [&str; 20] = [
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
];

/// Streaming reader of ICEWS coded event files.
pub struct IcewsReader<R> {
    lines: LineReader<R>,
    file: String,
    /// Position of each [`NEEDED`] column in the file; `None` until the header is read.
    index: Option<[usize; 20]>,
    width: usize,
    unmatched: BTreeMap<String, usize>,
    header_error: bool,
}

impl<R: BufRead> IcewsReader<R> {
    /// Read rows from `reader`; `file` names it in errors.
    pub fn new(reader: R, file: impl Into<String>) -> Self {
        IcewsReader {
            lines: LineReader::new(reader),
            file: file.into(),
            index: None,
            width: 0,
            unmatched: BTreeMap::new(),
            header_error: false,
        }
    }

    /// Country names that had no ISO code, with how often each was seen.
    pub fn unmatched_countries(&self) -> &BTreeMap<String, usize> {
        &self.unmatched
    }

    fn iso(&mut self, name: &str) -> String {
        if name.is_empty() {
            return String::new();
        }
        match country_iso3(name) {
            Some(c) => c.to_string(),
            None => {
                *self.unmatched.entry(name.to_string()).or_default() += 1;
                String::new()
            }
        }
    }

    fn row(&mut self, f: &[&str]) -> Result<Event, String> {
        let event_id: u64 = f[0]
            .trim()
            .parse()
            .map_err(|_| format!("Event ID: not a number: {:?}", f[0]))?;
        let date = NaiveDate::parse_from_str(f[1].trim(), "%Y-%m-%d")
            .map_err(|_| format!("Event Date: bad date {:?}", f[1]))?;
        let code = f[6].trim().to_string();
        let table = cameo::lookup_or_parent(&code);
        let root = cameo::root_of(&code)
            .ok_or_else(|| format!("CAMEO Code: not a CAMEO code: {code:?}"))?;
        let goldstein = match table {
            Some(c) => c.goldstein,
            None => f[7]
                .trim()
                .parse()
                .map_err(|_| format!("Intensity: not a number: {:?}", f[7]))?,
        };
        let source_country = self.iso(f[4]);
        let target_country = self.iso(f[10]);
        let source_agent = icews_sectors_to_agent(f[3]).to_string();
        let target_agent = icews_sectors_to_agent(f[9]).to_string();
        let sentence: u32 = match f[12].trim() {
            "" => 0,
            s => s
                .parse()
                .map_err(|_| format!("Sentence Number: not a number: {s:?}"))?,
        };
        let place = [f[14], f[16], f[17]].into_iter().find(|s| !s.is_empty());
        let location = match place {
            None => None,
            Some(name) => {
                let country = self.iso(f[17]);
                let num = |s: &str, what: &str| -> Result<Option<f64>, String> {
                    if s.is_empty() {
                        Ok(None)
                    } else {
                        s.trim()
                            .parse()
                            .map(Some)
                            .map_err(|_| format!("{what}: not a number: {s:?}"))
                    }
                };
                Some(Location {
                    name: name.to_string(),
                    country: Some(country).filter(|c| !c.is_empty()),
                    lat: num(f[18], "Latitude")?,
                    lon: num(f[19], "Longitude")?,
                })
            }
        };
        let (plover_type, plover_mode, plover_context) = match table {
            Some(c) => (
                c.plover_type.clone(),
                c.plover_mode.clone(),
                c.plover_context.clone(),
            ),
            None => Default::default(),
        };
        Ok(Event {
            event_id,
            doc_id: f[11].to_string(),
            sentence,
            pub_date: date,
            event_date: date,
            date_precision: DatePrecision::Day,
            source: format!("{source_country}{source_agent}"),
            target: format!("{target_country}{target_agent}"),
            source_country,
            target_country,
            source_agent,
            target_agent,
            source_text: f[2].to_string(),
            target_text: f[8].to_string(),
            cameo: code,
            root,
            quad_class: cameo::quad_class_of_root(root),
            goldstein,
            plover_type,
            plover_mode,
            plover_context,
            modality: Modality::Asserted,
            location,
            quantities: Vec::new(),
            evidence: Evidence::default(),
            num_mentions: 1,
            num_articles: 1,
            source_url: None,
        })
    }
}

impl<R: BufRead> Iterator for IcewsReader<R> {
    type Item = Result<Event, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.header_error {
            return None;
        }
        loop {
            let line = match self.lines.next_line() {
                Ok(Some(b)) => String::from_utf8_lossy(b).into_owned(),
                Ok(None) => return None,
                Err(e) => {
                    self.header_error = true;
                    return Some(Err(RowError {
                        file: self.file.clone(),
                        line: self.lines.line + 1,
                        message: e.to_string(),
                    }));
                }
            };
            let line_no = self.lines.line;
            let err = |file: &str, message: String| RowError {
                file: file.to_string(),
                line: line_no,
                message,
            };
            if line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line
                .split('\t')
                .map(|c| if c == "NA" { "" } else { c })
                .collect();
            let Some(index) = self.index else {
                let mut index = [0usize; 20];
                for (k, name) in NEEDED.iter().enumerate() {
                    match cols.iter().position(|c| c.trim() == *name) {
                        Some(p) => index[k] = p,
                        None => {
                            self.header_error = true;
                            return Some(Err(err(
                                &self.file,
                                format!("header has no column {name:?}"),
                            )));
                        }
                    }
                }
                self.index = Some(index);
                self.width = cols.len();
                continue;
            };
            if cols.len() != self.width {
                return Some(Err(err(
                    &self.file,
                    format!(
                        "expected {} tab-separated columns, found {}",
                        self.width,
                        cols.len()
                    ),
                )));
            }
            let fields: Vec<&str> = index.iter().map(|&i| cols[i]).collect();
            let file = self.file.clone();
            return Some(self.row(&fields).map_err(|m| err(&file, m)));
        }
    }
}
