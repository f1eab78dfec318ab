//! Time each PETRARCH reader phase separately (development aid).
use dyad_lexicon::petrarch;
use std::time::Instant;
fn main() {
    let dir =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/petrarch");
    for f in [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ] {
        let t = std::fs::read_to_string(dir.join(f)).unwrap_or_default();
        let s = Instant::now();
        let (a, d) = petrarch::parse_actors(&t, f);
        println!(
            "{f}: {:.3}s {} entries {} diags",
            s.elapsed().as_secs_f64(),
            a.len(),
            d.len()
        );
    }
    let t = std::fs::read_to_string(dir.join("CAMEO.2.0.txt")).unwrap_or_default();
    let s = Instant::now();
    let (v, _) = petrarch::parse_verbs(&t, "CAMEO.2.0.txt");
    println!("verbs parse: {:.3}s", s.elapsed().as_secs_f64());
    let s = Instant::now();
    let (c, _) = petrarch::convert_verbs(&v);
    println!(
        "verbs convert: {:.3}s {}",
        s.elapsed().as_secs_f64(),
        c.len()
    );
    let t = std::fs::read_to_string(dir.join("Phoenix.agents.txt")).unwrap_or_default();
    let s = Instant::now();
    let (a, _) = petrarch::parse_agents(&t, "a");
    println!("agents: {:.3}s {}", s.elapsed().as_secs_f64(), a.len());
}
