//! Compile the model into the library when `resources/models/en_ewt.dyadmodel`
//! exists; otherwise `Model::bundled` looks for it at run time.
fn main() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../resources/models/en_ewt.dyadmodel");
    println!("cargo::rustc-check-cfg=cfg(dyad_bundled_model)");
    println!("cargo::rerun-if-changed={}", path.display());
    if path.is_file() {
        println!("cargo::rustc-cfg=dyad_bundled_model");
    }
}
