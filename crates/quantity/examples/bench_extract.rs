//! Throughput of `extract`: µs per sentence over the UD English EWT training
//! sentences (../shared/data) plus amount-heavy news sentences.
//!
//! `cargo run --release -p dyad-quantity --example bench_extract`

use std::time::Instant;

const NEWS: &[&str] = &[
    "Russia promised to supply Afghanistan with 1 million tons of gasoline, 1 million tons of diesel, and 500,000 tons of liquified natural gas per year.",
    "Moscow is supposed to deliver 2 million tons of wheat every year, but Taliban sources suggest that the actual deliveries are falling far short.",
    "Just 4 percent ($289 million) of Afghanistan's imports came from Russia; Iran provides 20 percent, China 18, Pakistan 16.",
    "Officials expect between 1 and 2 million tons of fuel a year, worth about $1.5 billion.",
];

fn main() {
    let dir = std::env::var("DYAD_SHARED_DATA")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| {
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data")
        });
    let path = dir.join("ud/en_ewt/en_ewt-ud-train.conllu");
    let mut sentences: Vec<String> = match std::fs::read_to_string(&path) {
        Ok(t) => t
            .lines()
            .filter_map(|l| l.strip_prefix("# text = "))
            .map(str::to_string)
            .collect(),
        Err(e) => {
            eprintln!(
                "no treebank at {} ({e}); using the news sentences only",
                path.display()
            );
            Vec::new()
        }
    };
    let ewt = sentences.len();
    for _ in 0..500 {
        sentences.extend(NEWS.iter().map(|s| s.to_string()));
    }
    let bytes: usize = sentences.iter().map(String::len).sum();
    // Warm up, then time three passes and keep the best.
    let mut found = 0;
    for s in &sentences {
        found += dyad_quantity::extract(s).len();
    }
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        let mut n = 0;
        for s in &sentences {
            n += dyad_quantity::extract(s).len();
        }
        std::hint::black_box(n);
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{} sentences ({} EWT + {} news, {:.1} MB), {} amounts: {:.2} µs/sentence, {:.1} MB/s",
        sentences.len(),
        ewt,
        sentences.len() - ewt,
        bytes as f64 / 1e6,
        found,
        best * 1e6 / sentences.len() as f64,
        bytes as f64 / 1e6 / best
    );
}
