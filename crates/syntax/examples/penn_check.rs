//! Agreement of `penn_to_ud` on PETRARCH's Penn trees with the UDPipe 2.0
//! parses of the same sentences: `cargo run -p dyad-syntax --example penn_check -- DATA_DIR`.
use dyad_syntax::*;

fn blocks(xml: &str) -> Vec<String> {
    xml.split("<Parse>")
        .skip(1)
        .filter_map(|b| b.split("</Parse>").next().map(str::to_string))
        .collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data".into());
    let penn = std::fs::read_to_string(format!("{dir}/petrarch/PETR.UnitTest.records.xml"))?;
    let ud = std::fs::read_to_string(format!(
        "{dir}/petrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml"
    ))?;
    let (pb, ub) = (blocks(&penn), blocks(&ud));
    let (mut same, mut uas, mut las, mut n, mut skipped) = (0, 0, 0, 0, 0);
    let v1 = |r: &str| -> String {
        let u = r.split(':').next().unwrap_or(r);
        match u {
            "dobj" => "obj".into(),
            "nmod" => "nmod/obl".into(),
            "obl" => "nmod/obl".into(),
            "auxpass" => "aux".into(),
            "nsubjpass" => "nsubj".into(),
            x => x.into(),
        }
    };
    let verbose = std::env::args().any(|a| a == "-v");
    for (p, u) in pb.iter().zip(&ub) {
        let mine = penn_to_ud(p)?;
        let (gold, _) = read_conllu(u.trim_start());
        let Some(g) = gold.first() else {
            skipped += 1;
            continue;
        };
        if g.words.len() != mine.words.len() {
            skipped += 1;
            continue;
        }
        same += 1;
        for (a, b) in mine.words.iter().zip(&g.words) {
            n += 1;
            if a.head != b.head && std::env::args().any(|x| x == "-h") {
                let hf = |h: usize, ws: &[Word]| {
                    if h == 0 {
                        "ROOT".to_string()
                    } else {
                        ws[h - 1].form.clone()
                    }
                };
                println!(
                    "{:12} {:6} mine {:10}->{:12} udpipe {:10}->{}",
                    a.form,
                    a.xpos,
                    a.deprel,
                    hf(a.head, &mine.words),
                    b.deprel,
                    hf(b.head, &g.words)
                );
            }
            if a.head == b.head {
                uas += 1;
                if v1(&a.deprel) == v1(&b.deprel) {
                    las += 1;
                } else if verbose {
                    println!("{}: mine {} udpipe {}", a.form, a.deprel, b.deprel);
                }
            }
        }
    }
    println!(
        "{same} sentences compared ({skipped} tokenised differently), {n} words: UAS {:.1} LAS {:.1}",
        100.0 * uas as f64 / n as f64,
        100.0 * las as f64 / n as f64
    );
    Ok(())
}
