//! Parse speed: `cargo run --release -p dyad-syntax --example bench -- MODEL CONLLU [ROUNDS]`
//! (prints each round, then the median and best round).
use dyad_syntax::*;
use std::time::Instant;

/// CPU time of this thread in seconds (Linux), so a busy machine does not
/// distort the measurement; falls back to wall time elsewhere.
fn cpu_seconds(wall: &Instant) -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .next()
                .and_then(|x| x.parse::<f64>().ok())
        })
        .map(|ns| ns / 1e9)
        .unwrap_or_else(|| wall.elapsed().as_secs_f64())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let model_path = args.get(1).ok_or("model path")?;
    let data = args.get(2).ok_or("conllu path")?;
    let t = Instant::now();
    let c0 = cpu_seconds(&t);
    let model = Model::load(model_path)?;
    println!(
        "load {:.3}s cpu, {:.3}s wall",
        cpu_seconds(&t) - c0,
        t.elapsed().as_secs_f64()
    );
    let sents = read_conllu_file(data)?;
    let forms: Vec<Vec<&str>> = sents.iter().map(|s| s.forms()).collect();
    let words: usize = forms.iter().map(|f| f.len()).sum();
    let rounds: usize = args
        .get(3)
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(3)
        .max(1);
    let mut rates = Vec::new();
    for round in 0..rounds {
        let w0 = Instant::now();
        let c0 = cpu_seconds(&w0);
        let mut heads = 0usize;
        for f in &forms {
            // What callers (and `dyad bench parse`) use.
            heads += model.parse(f).words.len();
        }
        let cpu = cpu_seconds(&w0) - c0;
        rates.push(words as f64 / cpu);
        println!(
            "round {round}: {heads} words, {:.0} tokens/s (cpu), {:.0} tokens/s (wall)",
            words as f64 / cpu,
            words as f64 / w0.elapsed().as_secs_f64()
        );
        let w0 = Instant::now();
        let c0 = cpu_seconds(&w0);
        for f in &forms {
            let _ = model.tag(f);
        }
        println!(
            "  tag only: {:.0} tokens/s (cpu)",
            words as f64 / (cpu_seconds(&w0) - c0)
        );
    }
    rates.sort_by(f64::total_cmp);
    println!(
        "parse: median {:.0} tokens/s (cpu), best {:.0}, over {} rounds",
        rates[rates.len() / 2],
        rates[rates.len() - 1],
        rates.len()
    );
    Ok(())
}
