//! Development harness: run a PETRARCH validation file through the
//! PETRARCH-compatible coder and print failures and the pass count.
//!
//! `petr_validate FILE.xml [--verbs F] [--actors F] [--agents F] [--discards F] [--pico F] [--quiet]`
//! Dictionary names are looked up beside FILE.xml unless given as paths.

use std::path::{Path, PathBuf};

use dyad_coder::petr::pico::Pico;
use dyad_coder::petr::validation::{read_validation, validate_records};
use dyad_coder::petr::PetrCoder;
use dyad_lexicon::{Lexicon, LoadOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut file = None;
    let mut over: std::collections::HashMap<String, String> = Default::default();
    let mut quiet = false;
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "--quiet" {
            quiet = true;
        } else if let Some(k) = a.strip_prefix("--") {
            let v = args.get(i + 1).ok_or(format!("{a} needs a value"))?;
            over.insert(k.to_string(), v.clone());
            i += 1;
        } else {
            file = Some(PathBuf::from(a));
        }
        i += 1;
    }
    let file = file.ok_or("usage: petr_validate FILE.xml [--verbs F] ...")?;
    let dir = file.parent().unwrap_or(Path::new(".")).to_path_buf();
    let text = std::fs::read_to_string(&file)?;
    let vf = read_validation(&text);
    for p in &vf.problems {
        eprintln!("{}:{}: {}", file.display(), p.line, p.message);
    }
    let pick = |key: &str, env: Option<&String>| -> Option<PathBuf> {
        over.get(key).or(env).map(|n| {
            let p = PathBuf::from(n);
            if p.exists() {
                p
            } else {
                dir.join(n)
            }
        })
    };
    let verbs = pick("verbs", vf.env.verbs.as_ref());
    let actors: Vec<PathBuf> = match over.get("actors") {
        Some(a) => a
            .split(',')
            .map(|n| pick("", Some(&n.to_string())).unwrap_or_default())
            .collect(),
        None => vf.env.actors.iter().map(|n| dir.join(n)).collect(),
    };
    let agents = pick("agents", vf.env.agents.as_ref());
    let discards = pick("discards", vf.env.discards.as_ref());
    let actor_refs: Vec<&Path> = actors.iter().map(|p| p.as_path()).collect();
    let (lex, diags) = Lexicon::load_petrarch(
        verbs.as_deref(),
        &actor_refs,
        agents.as_deref(),
        discards.as_deref(),
        &LoadOptions::default(),
    )?;
    if !quiet {
        for d in diags.iter().filter(|d| d.is_error()) {
            eprintln!("{d}");
        }
    }
    let pico_path = pick(
        "pico",
        Some(&"PETR.Internal.Coding.Ontology.txt".to_string()),
    );
    let pico = match pico_path.and_then(|p| std::fs::read_to_string(p).ok()) {
        Some(t) => Pico::parse(&t).0,
        None => Pico::default(),
    };
    let coder = PetrCoder::new(&lex, pico);
    let rep = validate_records(&coder, &vf, None);
    if quiet {
        println!("{} passed, {} failed", rep.passed, rep.failed);
    } else {
        print!("{}", rep.render());
    }
    Ok(())
}
