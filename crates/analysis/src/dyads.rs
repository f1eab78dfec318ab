//! Top dyads: which (source country, target country) pairs have the most rows.

use std::collections::HashMap;

use arrow_array::RecordBatch;
use rayon::prelude::*;
use serde::Serialize;

use crate::columns::{prim, BatchRef};
use crate::report::Quad;
use crate::select::window_days;
use crate::time::YearMonth;
use crate::AnalysisError;

/// Counts of one directed country pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DyadCount {
    /// Source country code.
    pub source_country: String,
    /// Target country code.
    pub target_country: String,
    /// Rows.
    pub events: u64,
    /// Sum of `num_mentions`.
    pub mentions: u64,
    /// Rows per quad class.
    pub quad: Quad,
}

#[derive(Clone, Copy, Default)]
struct Acc {
    events: u64,
    mentions: u64,
    quad: [u64; 5],
}

impl Acc {
    fn merge(&mut self, o: &Acc) {
        self.events += o.events;
        self.mentions += o.mentions;
        for i in 0..5 {
            self.quad[i] += o.quad[i];
        }
    }
}

/// A dense-table cell. Counts are per thread share, so u32 suffices for
/// events (a share of more than 4 billion rows in one cell would wrap).
#[derive(Clone, Copy, Default)]
struct Cell {
    events: u32,
    quad: [u32; 5],
    mentions: u64,
}

type Columns<'a> = (
    CountryIds<'a>,
    CountryIds<'a>,
    &'a arrow_array::Date32Array,
    &'a arrow_array::UInt32Array,
    &'a arrow_array::UInt8Array,
);

/// Visit every row in the window with both countries set: (source id, target id, mentions, quad).
fn scan(
    cols: &[Columns<'_>],
    part: &[(usize, usize, usize)],
    (lo, hi): (i32, i32),
    mut add: impl FnMut(u32, u32, u32, u8),
) {
    use arrow_array::Array;
    for &(bi, start, end) in part {
        let (s, g, d, m, q) = &cols[bi];
        let days = d.values();
        let clean = d.null_count() == 0 && m.null_count() == 0 && q.null_count() == 0;
        let (mv, qv) = (m.values(), q.values());
        for i in start..end {
            let day = days[i];
            if day < lo || day > hi || (!clean && d.is_null(i)) {
                continue;
            }
            let (si, ti) = (s.at(i), g.at(i));
            if si == 0 || ti == 0 {
                continue;
            }
            if clean {
                add(si, ti, mv[i], qv[i]);
            } else {
                add(si, ti, prim(*m, i), prim(*q, i));
            }
        }
    }
}

/// Most dense table of country pairs kept before falling back to a hash map.
const MAX_DENSE_CELLS: usize = 1 << 18;

/// The `n` directed country pairs with the most rows in the window, rows with an
/// empty source or target country excluded. Ties go to more mentions, then to
/// the alphabetical order of the pair.
pub fn top_dyads(
    batches: &[RecordBatch],
    from: Option<YearMonth>,
    to: Option<YearMonth>,
    n: usize,
) -> Result<Vec<DyadCount>, AnalysisError> {
    let (lo, hi) = window_days(from, to)?;
    // Global country ids, "" = id 0 (excluded). Dictionary values are mapped once per distinct dictionary.
    let mut names: Vec<String> = vec![String::new()];
    let mut ids: HashMap<String, u32> = HashMap::from([(String::new(), 0)]);
    let brs: Vec<BatchRef<'_>> = batches
        .iter()
        .enumerate()
        .map(|(index, batch)| BatchRef { batch, index })
        .collect();
    let mut cols: Vec<Columns<'_>> = Vec::with_capacity(brs.len());
    let mut cache = IdCache::new();
    for br in &brs {
        let mut intern = |s: &str| -> u32 {
            if let Some(&id) = ids.get(s) {
                return id;
            }
            let id = names.len() as u32;
            names.push(s.to_string());
            ids.insert(s.to_string(), id);
            id
        };
        let src = br.str_col("source_country")?;
        let tgt = br.str_col("target_country")?;
        // Classes are u8; country ids need more, so map per dictionary value here.
        let src_ids = country_ids(&src, &mut cache, &mut intern);
        let tgt_ids = country_ids(&tgt, &mut cache, &mut intern);
        cols.push((
            src_ids,
            tgt_ids,
            br.date_col("event_date")?,
            br.u32_col("num_mentions")?,
            br.u8_col("quad_class")?,
        ));
    }
    let k = names.len();
    let dense = k * k <= MAX_DENSE_CELLS;
    let chunk = 1 << 16;
    let work: Vec<(usize, usize, usize)> = brs
        .iter()
        .enumerate()
        .flat_map(|(bi, br)| {
            let rows = br.batch.num_rows();
            (0..rows)
                .step_by(chunk)
                .map(move |s| (bi, s, (s + chunk).min(rows)))
        })
        .collect();
    // One accumulator per thread over a contiguous share of the work, so the
    // dense table is allocated once per thread, not once per rayon split.
    let threads = rayon::current_num_threads().max(1);
    let share = work.len().div_ceil(threads).max(1);
    let totals: HashMap<(u32, u32), Acc> = if dense {
        let tables: Vec<Vec<Cell>> = work
            .par_chunks(share)
            .map(|part| {
                let mut t = vec![Cell::default(); k * k];
                scan(&cols, part, (lo, hi), |si, ti, mentions, quad| {
                    let cell = &mut t[si as usize * k + ti as usize];
                    cell.events += 1;
                    cell.mentions += mentions as u64;
                    cell.quad[(quad as usize).min(4)] += 1;
                });
                t
            })
            .collect();
        let mut merged: HashMap<(u32, u32), Acc> = HashMap::new();
        for t in &tables {
            for (i, c) in t.iter().enumerate().filter(|(_, c)| c.events > 0) {
                let a = Acc {
                    events: c.events as u64,
                    mentions: c.mentions,
                    quad: c.quad.map(|x| x as u64),
                };
                merged
                    .entry(((i / k) as u32, (i % k) as u32))
                    .or_default()
                    .merge(&a);
            }
        }
        merged
    } else {
        let maps: Vec<HashMap<(u32, u32), Acc>> = work
            .par_chunks(share)
            .map(|part| {
                let mut t: HashMap<(u32, u32), Acc> = HashMap::new();
                scan(&cols, part, (lo, hi), |si, ti, mentions, quad| {
                    let cell = t.entry((si, ti)).or_default();
                    cell.events += 1;
                    cell.mentions += mentions as u64;
                    cell.quad[(quad as usize).min(4)] += 1;
                });
                t
            })
            .collect();
        let mut merged: HashMap<(u32, u32), Acc> = HashMap::new();
        for m in maps {
            for (key, v) in m {
                merged.entry(key).or_default().merge(&v);
            }
        }
        merged
    };
    let out: Vec<DyadCount> = totals
        .into_iter()
        .map(|((s, t), a)| DyadCount {
            source_country: names[s as usize].clone(),
            target_country: names[t as usize].clone(),
            events: a.events,
            mentions: a.mentions,
            quad: Quad {
                verbal_cooperation: a.quad[1],
                material_cooperation: a.quad[2],
                verbal_conflict: a.quad[3],
                material_conflict: a.quad[4],
            },
        })
        .collect();
    Ok(rank(out, n))
}

/// Order pairs by rows, then mentions, then alphabetically; keep the first `n`.
fn rank(mut out: Vec<DyadCount>, n: usize) -> Vec<DyadCount> {
    out.sort_by(|x, y| {
        y.events
            .cmp(&x.events)
            .then(y.mentions.cmp(&x.mentions))
            .then(
                (&x.source_country, &x.target_country).cmp(&(&y.source_country, &y.target_country)),
            )
    });
    out.truncate(n);
    out
}

/// Add up [`top_dyads`] results computed over disjoint parts of the rows (for
/// example one per file, with `n = usize::MAX`) and rank the sums; keeps `n`.
/// The result equals [`top_dyads`] over all the rows at once.
pub fn merge_top_dyads(
    parts: impl IntoIterator<Item = Vec<DyadCount>>,
    n: usize,
) -> Vec<DyadCount> {
    let mut sums: HashMap<(String, String), DyadCount> = HashMap::new();
    for part in parts {
        for d in part {
            match sums.entry((d.source_country.clone(), d.target_country.clone())) {
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(d);
                }
                std::collections::hash_map::Entry::Occupied(mut o) => {
                    let c = o.get_mut();
                    c.events += d.events;
                    c.mentions += d.mentions;
                    c.quad.verbal_cooperation += d.quad.verbal_cooperation;
                    c.quad.material_cooperation += d.quad.material_cooperation;
                    c.quad.verbal_conflict += d.quad.verbal_conflict;
                    c.quad.material_conflict += d.quad.material_conflict;
                }
            }
        }
    }
    rank(sums.into_values().collect(), n)
}

/// Per-row global country ids of a string column.
enum CountryIds<'a> {
    Dict {
        keys: &'a [i32],
        table: std::sync::Arc<[u32]>,
    },
    Rows(Vec<u32>),
}

impl CountryIds<'_> {
    #[inline(always)]
    fn at(&self, row: usize) -> u32 {
        match self {
            CountryIds::Dict { keys, table } => table.get(keys[row] as usize).copied().unwrap_or(0),
            CountryIds::Rows(v) => v[row],
        }
    }
}

/// Id tables already built, keyed by the identity of a dictionary's values
/// buffers (batches read from one Parquet column chunk share them).
type IdCache = HashMap<(usize, usize, usize), std::sync::Arc<[u32]>>;

fn country_ids<'a>(
    col: &crate::columns::StrCol<'a>,
    cache: &mut IdCache,
    intern: &mut impl FnMut(&str) -> u32,
) -> CountryIds<'a> {
    match col {
        crate::columns::StrCol::Dict { dict, values }
            if arrow_array::Array::null_count(*dict) == 0 =>
        {
            let id = (
                values.value_offsets().as_ptr() as usize,
                values.values().as_ptr() as usize,
                arrow_array::Array::len(*values),
            );
            if let Some(table) = cache.get(&id) {
                return CountryIds::Dict {
                    keys: dict.keys().values(),
                    table: table.clone(),
                };
            }
            let table: std::sync::Arc<[u32]> = (0..arrow_array::Array::len(*values))
                .map(|i| {
                    if arrow_array::Array::is_null(*values, i) {
                        0
                    } else {
                        intern(values.value(i))
                    }
                })
                .collect();
            cache.insert(id, table.clone());
            CountryIds::Dict {
                keys: dict.keys().values(),
                table,
            }
        }
        _ => {
            let n = match col {
                crate::columns::StrCol::Dict { dict, .. } => arrow_array::Array::len(*dict),
                crate::columns::StrCol::Plain(a) => arrow_array::Array::len(*a),
                crate::columns::StrCol::Large(a) => arrow_array::Array::len(*a),
            };
            CountryIds::Rows((0..n).map(|i| intern(col.get(i))).collect())
        }
    }
}
