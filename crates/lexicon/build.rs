//! Embeds every `*.dyad` file under `../../resources/dict/` into the binary
//! as `BUNDLED: &[(&str, &str)]` (relative path, contents).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, files: &mut Vec<PathBuf>, dirs: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    dirs.push(dir.to_path_buf());
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, files, dirs);
        } else if p.extension().is_some_and(|e| e == "dyad") {
            files.push(p);
        }
    }
}

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let dict = Path::new(&manifest).join("../../resources/dict");
    let resources = Path::new(&manifest).join("../../resources");
    // Watch the parent too, so creating resources/dict/ triggers a rebuild.
    println!("cargo:rerun-if-changed={}", resources.display());
    println!("cargo:rerun-if-changed={}", dict.display());
    let mut files = Vec::new();
    let mut dirs = Vec::new();
    walk(&dict, &mut files, &mut dirs);
    let mut code = String::from("/// The bundled dictionary files: (path relative to resources/dict, contents).\npub static BUNDLED: &[(&str, &str)] = &[\n");
    for d in &dirs {
        println!("cargo:rerun-if-changed={}", d.display());
    }
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f
            .strip_prefix(&dict)
            .unwrap_or(f)
            .to_string_lossy()
            .replace('\\', "/");
        let abs = std::fs::canonicalize(f).unwrap_or_else(|_| f.clone());
        let _ = writeln!(
            code,
            "    ({:?}, include_str!({:?})),",
            rel,
            abs.to_string_lossy()
        );
    }
    code.push_str("];\n");
    let out = std::env::var("OUT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from("."));
    if let Err(e) = std::fs::write(out.join("bundled.rs"), code) {
        println!("cargo:warning=could not write bundled.rs: {e}");
    }
}
