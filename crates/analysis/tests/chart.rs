//! Charts: SVG well-formed, PNG signature, size and determinism.

mod common;

use dyad_analysis::*;

fn report() -> DyadReport {
    let mut events = Vec::new();
    for (i, (code, day)) in [
        ("036", "2022-01-03"),
        ("040", "2022-01-09"),
        ("061", "2022-02-11"),
        ("130", "2022-04-01"),
        ("190", "2022-04-02"),
    ]
    .iter()
    .enumerate()
    {
        events.push(common::asserted(
            &format!("d{i}"),
            day,
            "RUSGOV",
            "AFGGOV",
            code,
        ));
    }
    events.push(common::asserted(
        "x",
        "2022-01-09",
        "AFGGOV",
        "RUSGOV",
        "040",
    ));
    dyad_report(
        &[events_to_batch(&events).unwrap()],
        &DyadQuery::new("RUS", "AFG"),
    )
    .unwrap()
}

/// A trivial XML well-formedness check: every tag closes in order.
fn check_tags(svg: &str) {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = svg;
    while let Some(open) = rest.find('<') {
        let close = rest[open..].find('>').expect("unclosed tag") + open;
        let tag = &rest[open + 1..close];
        assert!(!tag.contains('<'), "nested '<' in {tag:?}");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(
                stack.pop().as_deref(),
                Some(name.trim()),
                "mismatched </{name}>"
            );
        } else if !tag.ends_with('/') {
            let name = tag.split_whitespace().next().unwrap().to_string();
            stack.push(name);
        }
        // attribute values are quoted in pairs
        assert_eq!(tag.matches('"').count() % 2, 0, "odd quotes in {tag:?}");
        rest = &rest[close + 1..];
    }
    assert!(stack.is_empty(), "unclosed {stack:?}");
}

#[test]
fn svg_is_well_formed_and_has_both_panels() {
    let r = report();
    let svg = chart_svg(&r);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    check_tags(&svg);
    // four quad colours in the legend, one bar segment per non-empty quad per period
    for colour in ["#9cd38f", "#2e7d32", "#f4a25c", "#c62828"] {
        assert!(svg.contains(colour), "{colour}");
    }
    assert!(svg.contains("symbolism index per month"));
    assert!(svg.contains("<circle"), "line points");
    assert!(svg.contains("RUS→AFG"));
    assert!(svg.contains("2022-01") && svg.contains("2022-04"));
    // Empty report still draws.
    let empty = dyad_report(&[], &DyadQuery::new("RUS", "AFG")).unwrap();
    check_tags(&chart_svg(&empty));
}

#[test]
fn png_has_signature_size_and_is_deterministic() {
    let r = report();
    let png1 = chart_png(&r).unwrap();
    let png2 = chart_png(&r).unwrap();
    assert_eq!(png1, png2);
    assert_eq!(&png1[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(&png1[12..16], b"IHDR");
    let w = u32::from_be_bytes(png1[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(png1[20..24].try_into().unwrap());
    assert_eq!((w, h), (900, 580));
    assert!(png1.len() > 1000 && png1.len() < 500_000, "{}", png1.len());
    let decoder = png::Decoder::new(std::io::Cursor::new(&png1));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    let px = &buf[..info.buffer_size()];
    // Some pixels carry the material-cooperation colour (the 061 bar).
    assert!(px.chunks(4).any(|p| p[..3] == [0x2e, 0x7d, 0x32]));
    // And some the text ink.
    assert!(px.chunks(4).any(|p| p[..3] == [0x22, 0x22, 0x22]));
}
