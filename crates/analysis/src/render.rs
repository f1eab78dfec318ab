//! Text and CSV renderings of a [`DyadReport`] (JSON is its serde form).

use std::fmt::Write;

use crate::ledger::LedgerEntry;
use crate::report::{DyadReport, ModalityCounts, QuadCounts, SymbolismIndex};

/// Longest evidence sentence quoted in the text report before it is cut.
const MAX_EVIDENCE_CHARS: usize = 320;

fn width(s: &str) -> usize {
    s.chars().count()
}

/// An aligned table: first column left-aligned, the others right-aligned
/// unless `left` says so.
fn table(headers: &[&str], rows: &[Vec<String>], left: &[usize]) -> String {
    let mut w: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            if i < w.len() {
                w[i] = w[i].max(width(c));
            }
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let mut s = String::from("  ");
        for (i, c) in cells.iter().enumerate() {
            let pad = w[i].saturating_sub(width(c));
            if i > 0 {
                s.push_str("  ");
            }
            if i == 0 || left.contains(&i) {
                s.push_str(c);
                s.push_str(&" ".repeat(pad));
            } else {
                s.push_str(&" ".repeat(pad));
                s.push_str(c);
            }
        }
        s.trim_end().to_string() + "\n"
    };
    let mut out = line(headers.to_vec());
    out.push_str(&line(
        w.iter()
            .map(|&n| "-".repeat(n))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect(),
    ));
    for r in rows {
        out.push_str(&line(r.iter().map(String::as_str).collect()));
    }
    out
}

fn opt2(x: Option<f64>) -> String {
    x.map_or_else(|| "-".to_string(), |v| format!("{v:.2}"))
}

fn interval(s: &SymbolismIndex) -> String {
    match s.interval {
        Some([lo, hi]) => format!("[{lo:.2}, {hi:.2}]"),
        None => "-".to_string(),
    }
}

fn quad_cells(c: &QuadCounts) -> Vec<String> {
    vec![
        c.events.to_string(),
        c.quad.verbal_cooperation.to_string(),
        c.quad.material_cooperation.to_string(),
        c.quad.verbal_conflict.to_string(),
        c.quad.material_conflict.to_string(),
        opt2(c.goldstein_mean),
    ]
}

fn quote(s: &str) -> String {
    let s = s.trim();
    if width(s) > MAX_EVIDENCE_CHARS {
        let cut: String = s.chars().take(MAX_EVIDENCE_CHARS).collect();
        format!("\"{cut}…\"")
    } else {
        format!("\"{s}\"")
    }
}

fn amount(e: &LedgerEntry) -> String {
    let mut s = String::new();
    if let Some(a) = &e.approx {
        s.push_str(a);
        s.push(' ');
    }
    match e.amount {
        Some(x) if x.fract() == 0.0 && x.abs() < 1e15 => s.push_str(&group_thousands(x as i64)),
        Some(x) => s.push_str(&format!("{x}")),
        None => s.push_str("(no amount)"),
    }
    if let Some(u) = &e.unit {
        s.push(' ');
        s.push_str(u);
    }
    if let Some(p) = &e.period {
        s.push('/');
        s.push_str(p);
    }
    if let Some(st) = &e.status {
        s.push_str(" — ");
        s.push_str(st);
    }
    s
}

fn group_thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

fn modality_cells(m: &ModalityCounts) -> [String; 3] {
    [
        m.asserted.to_string(),
        m.intended.to_string(),
        (m.hypothetical + m.negated + m.other).to_string(),
    ]
}

/// The report as aligned plain-text tables for a terminal: header, verdict,
/// quad profile by period, symbolism variants, ladder, pledge ledger, top
/// events with their evidence, indicators, diagnostics.
pub fn render_text(r: &DyadReport) -> String {
    let mut o = String::new();
    let (ab, ba) = (&r.dyad, r.reverse_dyad());
    let _ = writeln!(
        o,
        "DYAD {}   window {}   by {}   quad scheme: {}",
        r.dyad,
        r.window,
        r.query.by.as_str(),
        r.quad_scheme
    );
    let _ = writeln!(
        o,
        "rows scanned {}, dyad rows in window {}",
        r.rows_scanned, r.rows_matched
    );
    let _ = writeln!(
        o,
        "\nVERDICT\n  {}\n  ({})",
        r.verdict.line, r.verdict.thresholds
    );

    let _ = writeln!(
        o,
        "\nQUAD PROFILE (rows of every modality; VC verbal coop, MC material coop, VK verbal conflict, MK material conflict; G mean Goldstein; SI symbolism index of asserted {ab} rows)"
    );
    let headers = [
        "period", "A→B", "VC", "MC", "VK", "MK", "G", "B→A", "VC", "MC", "VK", "MK", "G",
        "mentions", "SI",
    ];
    let mut rows: Vec<Vec<String>> = Vec::new();
    for p in r.profile.iter().chain(std::iter::once(&r.totals)) {
        let mut row = vec![p.period.clone()];
        row.extend(quad_cells(&p.a_to_b));
        row.extend(quad_cells(&p.b_to_a));
        row.push(p.both.mentions.to_string());
        row.push(opt2(p.a_to_b.symbolism_index));
        rows.push(row);
    }
    let _ = writeln!(o, "  A→B = {ab}, B→A = {ba}");
    o.push_str(&table(&headers, &rows, &[]));

    let s = &r.symbolism;
    let _ = writeln!(
        o,
        "\nSYMBOLISM INDEX = verbal / (verbal + material) cooperation, asserted events only ({:.0}% bootstrap interval, {} replicates, seed {})",
        s.level * 100.0,
        s.replicates,
        s.seed
    );
    let mut rows = Vec::new();
    for (dir, set) in [
        (ab.as_str(), &s.a_to_b),
        (ba.as_str(), &s.b_to_a),
        ("both", &s.both),
    ] {
        for (variant, idx) in [
            ("per event", &set.per_event),
            ("deduplicated", &set.deduplicated),
            ("mention-weighted", &set.mention_weighted),
        ] {
            rows.push(vec![
                dir.to_string(),
                variant.to_string(),
                idx.verbal.to_string(),
                idx.material.to_string(),
                idx.index.map_or_else(
                    || idx.note.clone().unwrap_or_default(),
                    |x| format!("{x:.2}"),
                ),
                interval(idx),
            ]);
        }
    }
    o.push_str(&table(
        &[
            "direction",
            "variant",
            "verbal",
            "material",
            "index",
            "90% interval",
        ],
        &rows,
        &[1],
    ));
    let _ = writeln!(o, "  beside the index (cooperation rows not asserted):");
    let mut rows = Vec::new();
    for (dir, set) in [(ab.as_str(), &s.a_to_b), (ba.as_str(), &s.b_to_a)] {
        let n = &set.not_asserted;
        rows.push(vec![
            dir.to_string(),
            format!("{}/{}", n.intended_verbal, n.intended_material),
            format!("{}/{}", n.hypothetical_verbal, n.hypothetical_material),
            format!("{}/{}", n.negated_verbal, n.negated_material),
        ]);
    }
    o.push_str(&table(
        &[
            "direction",
            "intended V/M",
            "hypothetical V/M",
            "negated V/M",
        ],
        &rows,
        &[],
    ));
    let _ = writeln!(
        o,
        "  deduplication: {} rows → {} events ({} reported by several documents)",
        r.dedup.rows, r.dedup.groups, r.dedup.multi_document_groups
    );

    let _ = writeln!(
        o,
        "\nCOOPERATION LADDER (rows by CAMEO root; asserted / intended / other modality)"
    );
    let rows: Vec<Vec<String>> = r
        .ladder
        .iter()
        .map(|st| {
            let mut row = vec![format!("{:02} {}", st.root, st.name)];
            row.extend(modality_cells(&st.a_to_b));
            row.extend(modality_cells(&st.b_to_a));
            row
        })
        .collect();
    let h1 = format!("{ab} asserted");
    let h2 = format!("{ba} asserted");
    o.push_str(&table(
        &["step", &h1, "intended", "other", &h2, "intended", "other"],
        &rows,
        &[],
    ));

    let _ = writeln!(o, "\nPLEDGE LEDGER");
    if r.pledge_ledger.is_empty() {
        let _ = writeln!(
            o,
            "  (no pledged or delivered quantities for this dyad in the window)"
        );
    }
    for l in &r.pledge_ledger {
        let total: Vec<String> = l
            .delivered_totals
            .iter()
            .map(|t| {
                format!("{} {}", amount_plain(t.amount), t.unit)
                    .trim()
                    .to_string()
            })
            .collect();
        let _ = writeln!(
            o,
            "  {} {}: {} pledge(s), {} delivery report(s){}, latest status: {}",
            l.direction,
            l.item,
            l.pledges.len(),
            l.deliveries.len(),
            if total.is_empty() {
                String::new()
            } else {
                format!(" (delivered {})", total.join(", "))
            },
            l.latest_status.as_deref().unwrap_or("none reported")
        );
        for (kind, entries) in [
            ("pledge", &l.pledges),
            ("delivery", &l.deliveries),
            ("status", &l.status_reports),
        ] {
            for e in entries.iter() {
                let _ = writeln!(
                    o,
                    "    {kind:<8} {}  {}  [{} {} doc {}#{}]\n             {}",
                    e.date,
                    amount(e),
                    e.cameo,
                    e.modality,
                    e.doc_id,
                    e.sentence,
                    quote(&e.evidence)
                );
            }
        }
    }

    let _ = writeln!(
        o,
        "\nTOP EVENTS PER QUAD CLASS (by |Goldstein|, then mentions, then latest date)"
    );
    for t in &r.top_events {
        let _ = writeln!(o, "  {} {}", t.quad_class, t.name);
        if t.events.is_empty() {
            let _ = writeln!(o, "    (none)");
        }
        for (i, e) in t.events.iter().enumerate() {
            let _ = writeln!(
                o,
                "    {}. {}  {}  {} {}  G {:+.1}  mentions {}  {}  doc {}#{}\n       {} → {}: {}",
                i + 1,
                e.event_date,
                e.direction,
                e.cameo,
                e.cameo_name,
                e.goldstein,
                e.num_mentions,
                e.modality,
                e.doc_id,
                e.sentence,
                e.source_text,
                e.target_text,
                quote(&e.evidence)
            );
        }
    }

    if !r.indicators.is_empty() {
        let _ = writeln!(o, "\nINDICATORS");
        let rows: Vec<Vec<String>> = r
            .indicators
            .iter()
            .map(|i| {
                vec![
                    i.pub_date.to_string(),
                    i.reporter.clone(),
                    i.partner.clone(),
                    i.flow.clone(),
                    i.share_pct.map_or_else(|| "-".into(), |x| format!("{x}%")),
                    i.value.map_or_else(|| "-".into(), amount_plain),
                    i.currency.clone().unwrap_or_default(),
                    i.period.clone().unwrap_or_default(),
                    format!("{}#{}", i.doc_id, i.sentence),
                ]
            })
            .collect();
        o.push_str(&table(
            &[
                "published",
                "reporter",
                "partner",
                "flow",
                "share",
                "value",
                "currency",
                "period",
                "doc",
            ],
            &rows,
            &[],
        ));
    }
    if !r.diagnostics.is_empty() {
        let _ = writeln!(o, "\nDIAGNOSTICS");
        for d in &r.diagnostics {
            let _ = writeln!(o, "  {d}");
        }
    }
    o
}

fn amount_plain(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        group_thousands(x as i64)
    } else {
        format!("{x}")
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The per-period quad profile as CSV: one row per period and direction
/// (`A→B` label, `B→A` label, `both`), with a header row.
pub fn render_csv(r: &DyadReport) -> String {
    let mut o = String::from(
        "period,direction,events,mentions,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean,asserted_verbal_cooperation,asserted_material_cooperation,symbolism_index\n",
    );
    let ba = r.reverse_dyad();
    for p in &r.profile {
        for (dir, c) in [
            (r.dyad.as_str(), &p.a_to_b),
            (ba.as_str(), &p.b_to_a),
            ("both", &p.both),
        ] {
            let _ = writeln!(
                o,
                "{},{},{},{},{},{},{},{},{},{},{},{},{}",
                csv_field(&p.period),
                csv_field(dir),
                c.events,
                c.mentions,
                c.quad.verbal_cooperation,
                c.quad.material_cooperation,
                c.quad.verbal_conflict,
                c.quad.material_conflict,
                c.goldstein_sum,
                c.goldstein_mean.map_or_else(String::new, |x| x.to_string()),
                c.asserted_verbal_cooperation,
                c.asserted_material_cooperation,
                c.symbolism_index
                    .map_or_else(String::new, |x| x.to_string()),
            );
        }
    }
    o
}

impl DyadReport {
    /// The reverse direction's label (`B→A`).
    pub fn reverse_dyad(&self) -> String {
        match self.dyad.split_once('→') {
            Some((a, b)) => format!("{b}→{a}"),
            None => self.dyad.clone(),
        }
    }
}
