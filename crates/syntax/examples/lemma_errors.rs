use dyad_syntax::*;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let mut model = Model::load(&args[1])?;
    let dev = read_conllu_file(&args[2])?;
    if let Some(train) = args.get(3) {
        model.relearn_lemmas(&read_conllu_file(train)?);
    }
    let mut errs = std::collections::HashMap::new();
    for s in &dev {
        let tagged = model.tag(&s.forms());
        for (w, t) in s.words.iter().zip(&tagged) {
            if w.lemma != "_" && w.lemma != t.lemma {
                let gold_tag_lemma = model.lemma(&w.form, &w.xpos);
                *errs
                    .entry(format!(
                        "{} {} gold={} got={} goldtag={}",
                        w.form,
                        t.xpos,
                        w.lemma,
                        t.lemma,
                        gold_tag_lemma == w.lemma
                    ))
                    .or_insert(0) += 1;
            }
        }
    }
    let mut v: Vec<_> = errs.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1));
    for (k, n) in v.iter().take(40) {
        println!("{n} {k}");
    }
    println!("total {}", v.iter().map(|x| x.1).sum::<usize>());
    Ok(())
}
