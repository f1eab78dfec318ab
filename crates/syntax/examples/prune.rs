//! Accuracy/size trade-off of pruning small weights:
//! `cargo run --release -p dyad-syntax --example prune -- MODEL DEV.conllu [OUT MIN]`.
use dyad_syntax::*;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let model = Model::load(args.get(1).ok_or("model")?)?;
    let dev = read_conllu_file(args.get(2).ok_or("dev conllu")?)?;
    if let (Some(out), Some(min)) = (args.get(3), args.get(4)) {
        let m = model.pruned(min.parse()?);
        m.save(out)?;
        println!(
            "wrote {out}: {:?} {:?}",
            m.weight_counts(),
            evaluate(&m, &dev)
        );
        return Ok(());
    }
    for min in [0.0f32, 0.5, 1.0, 2.0, 4.0] {
        let m = model.pruned(min);
        let bytes = m.to_bytes().len();
        let s = evaluate(&m, &dev);
        println!(
            "min {min}: {bytes} bytes, weights {:?}, upos {:.2} uas {:.2} las {:.2}",
            m.weight_counts(),
            s.upos,
            s.uas,
            s.las
        );
    }
    Ok(())
}
