//! Parse whitespace-separated sentences from stdin with the bundled model and
//! print CoNLL-U: `echo "Russia sent wheat ." | cargo run --release -p dyad-syntax --example parse`.
use dyad_syntax::*;
use std::io::BufRead;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let model = Model::bundled()?;
    let mut buf = ParseBuffers::default();
    let mut out = Vec::new();
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let forms: Vec<&str> = line.split_whitespace().collect();
        if !forms.is_empty() {
            out.push(model.parse_with(&forms, &mut buf));
        }
    }
    print!("{}", write_parsed(&out));
    Ok(())
}
