//! Times `dyad_report` and `top_dyads` over synthetic in-memory rows.
//!
//! ```text
//! cargo run --release -p dyad-analysis --example bench_report -- [rows] [batch_rows] [dyad_per_mille]
//! ```
//! Defaults: 10,000,000 rows in batches of 1,048,576. Rows use dictionary
//! arrays like the store's: 250 countries × 10 agents, dates 2015–2024, CAMEO
//! codes over all four quad classes, `dyad_per_mille` (default 3) rows in 1000 in the RUS/AFG dyad.
//! Prints the median of 5 runs of each.

use std::sync::Arc;
use std::time::Instant;

use arrow_array::types::Int32Type;
use arrow_array::{
    ArrayRef, Date32Array, DictionaryArray, Float32Array, Float64Array, Int32Array, RecordBatch,
    StringArray, UInt32Array, UInt64Array, UInt8Array,
};
use dyad_analysis::rng::SplitMix64;
use dyad_analysis::{dyad_report, event_schema, top_dyads, DyadQuery};

const AGENTS: [&str; 10] = [
    "GOV", "MIL", "BUS", "REB", "OPP", "MED", "CVL", "JUD", "COP", "LEG",
];
const CODES: [(&str, u8, f32); 12] = [
    ("010", 1, 0.0),
    ("036", 1, 4.0),
    ("040", 1, 1.0),
    ("057", 1, 8.0),
    ("0311", 1, 5.2),
    ("061", 2, 6.4),
    ("0711", 2, 7.4),
    ("111", 3, -2.0),
    ("130", 3, -4.4),
    ("172", 4, -5.0),
    ("190", 4, -10.0),
    ("180", 4, -9.0),
];

fn country(i: usize) -> String {
    match i {
        0 => "RUS".into(),
        1 => "AFG".into(),
        _ => {
            let b = [
                b'A' + (i / 26 / 26 % 26) as u8,
                b'A' + (i / 26 % 26) as u8,
                b'A' + (i % 26) as u8,
            ];
            format!("X{}{}", b[1] as char, b[2] as char)
        }
    }
}

fn dict(keys: Vec<i32>, values: &ArrayRef) -> ArrayRef {
    Arc::new(
        DictionaryArray::<Int32Type>::try_new(Int32Array::from(keys), values.clone())
            .expect("dictionary"),
    )
}

/// The dictionaries' values, shared by every batch as batches read from one
/// Parquet column chunk share theirs.
struct Dicts {
    code_values: ArrayRef,
    country_values: ArrayRef,
    agent_values: ArrayRef,
    cameo_values: ArrayRef,
    precision_values: ArrayRef,
    modality_values: ArrayRef,
    plover_values: ArrayRef,
}

fn dicts() -> Dicts {
    let countries: Vec<String> = (0..250).map(country).collect();
    let codes: Vec<String> = countries
        .iter()
        .flat_map(|c| AGENTS.iter().map(move |a| format!("{c}{a}")))
        .collect();
    let code_values: ArrayRef = Arc::new(StringArray::from_iter_values(codes.iter()));
    let country_values: ArrayRef = Arc::new(StringArray::from_iter_values(countries.iter()));
    let agent_values: ArrayRef = Arc::new(StringArray::from_iter_values(AGENTS.iter()));
    let cameo_values: ArrayRef = Arc::new(StringArray::from_iter_values(CODES.iter().map(|c| c.0)));
    let precision_values: ArrayRef =
        Arc::new(StringArray::from_iter_values(["day", "month", "year"]));
    let modality_values: ArrayRef = Arc::new(StringArray::from_iter_values([
        "asserted",
        "intended",
        "hypothetical",
        "negated",
    ]));
    let plover_values: ArrayRef =
        Arc::new(StringArray::from_iter_values(["CONSULT", "AID", "ASSAULT"]));
    Dicts {
        code_values,
        country_values,
        agent_values,
        cameo_values,
        precision_values,
        modality_values,
        plover_values,
    }
}

fn make_batch(
    n: usize,
    rng: &mut SplitMix64,
    first_id: u64,
    d: &Dicts,
    per_mille: u64,
) -> RecordBatch {
    let Dicts {
        code_values,
        country_values,
        agent_values,
        cameo_values,
        precision_values,
        modality_values,
        plover_values,
    } = d;
    let (mut src, mut tgt, mut cam, mut modal, mut days) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    for _ in 0..n {
        let r = rng.next_u64();
        // `per_mille` rows in 1000 are RUS↔AFG; the rest spread over 250 countries.
        let (sc, tc) = if r % 1000 < per_mille {
            if r & 1 == 0 {
                (0, 1)
            } else {
                (1, 0)
            }
        } else {
            (rng.below(250), rng.below(250))
        };
        src.push((sc * 10 + rng.below(10)) as i32);
        tgt.push((tc * 10 + rng.below(10)) as i32);
        cam.push(rng.below(CODES.len()) as i32);
        modal.push(if rng.below(10) == 0 { 1 } else { 0 });
        days.push(16_436 + rng.below(3_650) as i32); // 2015-01-01 + up to 10 years
    }
    let src_country: Vec<i32> = src.iter().map(|k| k / 10).collect();
    let tgt_country: Vec<i32> = tgt.iter().map(|k| k / 10).collect();
    let src_agent: Vec<i32> = src.iter().map(|k| k % 10).collect();
    let tgt_agent: Vec<i32> = tgt.iter().map(|k| k % 10).collect();
    let root: Vec<u8> = cam
        .iter()
        .map(|&c| CODES[c as usize].0[..2].parse().unwrap_or(0))
        .collect();
    let quad: Vec<u8> = cam.iter().map(|&c| CODES[c as usize].1).collect();
    let gold: Vec<f32> = cam.iter().map(|&c| CODES[c as usize].2).collect();
    let zeros = |v: i32| vec![v; n];
    let text = |s: &str| -> ArrayRef {
        Arc::new(StringArray::from_iter_values(std::iter::repeat_n(s, n)))
    };
    let columns: Vec<ArrayRef> = vec![
        Arc::new(UInt64Array::from_iter_values(first_id..first_id + n as u64)),
        Arc::new(StringArray::from_iter_values(
            (0..n).map(|i| format!("doc{}", (first_id as usize + i) / 3)),
        )),
        Arc::new(UInt32Array::from_iter_values((0..n as u32).map(|i| i % 3))),
        Arc::new(Date32Array::from(days.clone())),
        Arc::new(Date32Array::from(days)),
        dict(zeros(0), precision_values),
        dict(src.clone(), code_values),
        dict(tgt.clone(), code_values),
        dict(src_country, country_values),
        dict(tgt_country, country_values),
        dict(src_agent, agent_values),
        dict(tgt_agent, agent_values),
        text("the source"),
        text("the target"),
        dict(cam, cameo_values),
        Arc::new(UInt8Array::from(root)),
        Arc::new(UInt8Array::from(quad)),
        Arc::new(Float32Array::from(gold)),
        dict(zeros(0), plover_values),
        dict(zeros(0), plover_values),
        dict(zeros(0), plover_values),
        dict(modal, modality_values),
        Arc::new(StringArray::from(vec![None::<&str>; n])),
        Arc::new(StringArray::from(vec![None::<&str>; n])),
        Arc::new(Float64Array::from(vec![None; n])),
        Arc::new(Float64Array::from(vec![None; n])),
        text("[]"),
        text("The source met the target and promised things, the agency said."),
        Arc::new(UInt32Array::from(vec![Some(0); n])),
        Arc::new(UInt32Array::from(vec![Some(10); n])),
        Arc::new(UInt32Array::from(vec![Some(20); n])),
        Arc::new(UInt32Array::from(vec![Some(30); n])),
        Arc::new(UInt32Array::from(vec![Some(11); n])),
        Arc::new(UInt32Array::from(vec![Some(14); n])),
        Arc::new(UInt32Array::from_iter_values(
            (0..n).map(|_| 1 + rng.below(4) as u32),
        )),
        Arc::new(UInt32Array::from(vec![1; n])),
        Arc::new(StringArray::from(vec![None::<&str>; n])),
    ];
    RecordBatch::try_new(event_schema(), columns).expect("batch")
}

/// CPU seconds (user + system) used by this process so far, from /proc (Linux);
/// 0 elsewhere. Under a loaded machine wall time overstates the cost.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let rows = args.first().copied().unwrap_or(10_000_000);
    let batch_rows = args.get(1).copied().unwrap_or(1 << 20).max(1);
    let per_mille = args.get(2).copied().unwrap_or(3) as u64;
    let t = Instant::now();
    let mut rng = SplitMix64::new(2024);
    // One dictionary per 1M rows (a row group), shared by the batches cut from it.
    let mut d = dicts();
    let mut batches = Vec::new();
    let mut done = 0;
    while done < rows {
        let n = batch_rows.min(rows - done);
        if done % (1 << 20) < n.min(1 << 20) && done > 0 {
            d = dicts();
        }
        batches.push(make_batch(n, &mut rng, done as u64, &d, per_mille));
        done += n;
    }
    eprintln!(
        "built {rows} rows in {} batches in {:.1}s",
        batches.len(),
        t.elapsed().as_secs_f64()
    );
    println!("threads: {}", rayon::current_num_threads());

    let q = DyadQuery {
        from: Some("2016-01".parse().unwrap()),
        to: Some("2023-12".parse().unwrap()),
        ..DyadQuery::new("RUS", "AFG")
    };
    let mut times = Vec::new();
    let mut matched = 0;
    let cpu0 = cpu_seconds();
    for _ in 0..5 {
        let t = Instant::now();
        let r = dyad_report(&batches, &q).expect("report");
        times.push(t.elapsed().as_secs_f64());
        matched = r.rows_matched;
        std::hint::black_box(&r);
    }
    println!(
        "dyad_report   rows={rows} batch_rows={batch_rows} dyad_rows={matched} bootstrap=1000 median={:.3}s runs={:?}",
        median(times.clone()),
        times.iter().map(|t| format!("{t:.3}")).collect::<Vec<_>>()
    );
    println!(
        "dyad_report   cpu seconds per run (all threads) {:.3}",
        (cpu_seconds() - cpu0) / 5.0
    );
    let q0 = DyadQuery { bootstrap: 0, ..q };
    let mut times0 = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        std::hint::black_box(dyad_report(&batches, &q0).expect("report"));
        times0.push(t.elapsed().as_secs_f64());
    }
    println!(
        "dyad_report   without bootstrap median={:.3}s",
        median(times0)
    );
    let mut times = Vec::new();
    let mut top = Vec::new();
    let cpu0 = cpu_seconds();
    for _ in 0..5 {
        let t = Instant::now();
        top = top_dyads(&batches, None, None, 20).expect("top");
        times.push(t.elapsed().as_secs_f64());
    }
    println!(
        "top_dyads     rows={rows} n=20 median={:.3}s runs={:?} first={}→{} ({})",
        median(times.clone()),
        times.iter().map(|t| format!("{t:.3}")).collect::<Vec<_>>(),
        top[0].source_country,
        top[0].target_country,
        top[0].events
    );
    println!(
        "top_dyads     cpu seconds per run (all threads) {:.3}",
        (cpu_seconds() - cpu0) / 5.0
    );
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("load average during the run: {}", load.trim());
}
