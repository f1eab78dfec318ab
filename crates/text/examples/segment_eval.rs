//! Evaluate segmentation on a CoNLL-U file, list errors, or time `segment`.
//!
//! ```text
//! cargo run --release -p dyad-text --example segment_eval -- eval ../shared/data/ud/en_ewt/en_ewt-ud-dev.conllu
//! cargo run --release -p dyad-text --example segment_eval -- errors FILE.conllu
//! cargo run --release -p dyad-text --example segment_eval -- bench FILE
//! ```

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(mode), Some(path)) = (args.first(), args.get(1)) else {
        eprintln!("usage: segment_eval eval|errors|bench FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read(path) {
        Ok(b) => dyad_text::decode_utf8_lossy_report(&b, Some(path)).0,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    match mode.as_str() {
        "eval" => println!("{:#?}", dyad_text::eval::eval_segmentation(&text)),
        "errors" => {
            for s in dyad_text::eval::boundary_errors(&text) {
                println!("{s}");
            }
            let (missed, spurious) = dyad_text::eval::token_errors(&text);
            for t in missed {
                println!("MISSED\t{t}");
            }
            for t in spurious {
                println!("SPURIOUS\t{t}");
            }
        }
        "bench" => {
            // Use the file's text (for CoNLL-U: its `# text` lines) repeated to ~50 MB.
            let body: String = if text.contains("\n# text = ") {
                text.lines()
                    .filter_map(|l| l.strip_prefix("# text = "))
                    .collect::<Vec<_>>()
                    .join(" ")
            } else {
                text
            };
            // Segment ~50 MB in total, one document-sized piece (~10 KB) at
            // a time, dropping each result as a pipeline would.
            let pieces: Vec<&str> = split_pieces(&body, 10_000);
            let reps = (50_000_000 / body.len().max(1)).max(1);
            let t0 = Instant::now();
            let c0 = thread_cpu_ns();
            let (mut bytes, mut sents, mut toks) = (0usize, 0usize, 0usize);
            for _ in 0..reps {
                for p in &pieces {
                    let s = dyad_text::segment(p);
                    bytes += p.len();
                    sents += s.len();
                    toks += s.iter().map(|x| x.tokens.len()).sum::<usize>();
                }
            }
            let secs = t0.elapsed().as_secs_f64();
            let cpu = match (c0, thread_cpu_ns()) {
                (Some(a), Some(b)) if b > a => {
                    let cpu_secs = (b - a) as f64 / 1e9;
                    format!(
                        "; CPU {cpu_secs:.3} s = {:.1} MB/s",
                        bytes as f64 / 1e6 / cpu_secs
                    )
                }
                _ => String::new(),
            };
            println!(
                "{:.1} MB in {secs:.3} s = {:.1} MB/s wall{cpu} ({sents} sentences, {toks} tokens)",
                bytes as f64 / 1e6,
                bytes as f64 / 1e6 / secs,
            );
        }
        _ => {
            eprintln!("unknown mode {mode}");
            std::process::exit(2);
        }
    }
}

/// CPU time of this thread in nanoseconds, where the OS tells it (Linux:
/// `/proc/thread-self/schedstat`); `None` elsewhere.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Cut `text` into pieces of about `size` bytes at spaces.
fn split_pieces(text: &str, size: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while rest.len() > size {
        let cut = rest[size..].find(' ').map_or(rest.len(), |k| size + k);
        out.push(&rest[..cut]);
        rest = &rest[cut..];
    }
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}
