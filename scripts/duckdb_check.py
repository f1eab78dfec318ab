#!/usr/bin/env python3
"""Recompute a dyad report's counts with DuckDB over the store's Parquet files.

Usage:
    python3 scripts/duckdb_check.py STORE_DIR REPORT.json

REPORT.json is the output of `dyad report A B --format json` (or of
`cargo run -p dyad-analysis --example write_sample_store`). The script reads
`STORE_DIR/events/**/*.parquet` with hive partitioning and recomputes, with SQL
that knows nothing about dyad's Rust code:

  * per period, the A->B row counts per quad class (and in total), and
  * over the window, the asserted verbal / material cooperation row counts A->B
    (the counts behind the per-event symbolism index),

then compares them with the JSON and exits 1 with a diff when they differ
(0 when they agree, 2 on usage errors).

Semantics (the same as crates/analysis):
  * An actor spec S matches a row's source when source_country = S or the full
    source code starts with S ("RUS" matches country RUS; "RUSGOV" matches
    RUSGOV and RUSGOVMIL). Likewise for the target. A->B = source matches A and
    target matches B. Specs are upper-cased.
  * The window is by event_date: from the first day of query.from to the last
    day of query.to (inclusive); a missing bound is open.
  * Periods are calendar months 'YYYY-MM', quarters 'YYYY-Qn' or years 'YYYY'
    of event_date, as query.by says.
  * Quad classes are the stored quad_class column (GDELT scheme: 1 verbal
    cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
    Every row counts in the profile whatever its modality; the symbolism counts
    take rows with modality = 'asserted' only.
"""

import json
import sys

QUADS = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]


def period_sql(by):
    if by == "month":
        return "strftime(event_date, '%Y-%m')"
    if by == "quarter":
        return "strftime(event_date, '%Y') || '-Q' || CAST(quarter(event_date) AS VARCHAR)"
    if by == "year":
        return "strftime(event_date, '%Y')"
    raise SystemExit(f"unknown period {by!r}")


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    store, report_path = argv[1], argv[2]
    try:
        import duckdb
    except ImportError:
        print("duckdb is not installed: pip install duckdb", file=sys.stderr)
        return 2
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    q = report["query"]
    a, b = q["a"].strip().upper(), q["b"].strip().upper()
    where = [
        "(source_country = $a OR starts_with(source, $a))",
        "(target_country = $b OR starts_with(target, $b))",
    ]
    params = {"a": a, "b": b}
    if q.get("from"):
        where.append("event_date >= CAST($from_day AS DATE)")
        params["from_day"] = q["from"] + "-01"
    if q.get("to"):
        # last day of the month: first day of the month after, minus one day
        where.append("event_date < CAST($to_day AS DATE) + INTERVAL 1 MONTH")
        params["to_day"] = q["to"] + "-01"
    source = f"read_parquet('{store.rstrip('/')}/events/**/*.parquet', hive_partitioning = true)"
    con = duckdb.connect()
    rows = con.execute(
        f"""SELECT {period_sql(q['by'])} AS period, quad_class, count(*) AS n
            FROM {source} WHERE {' AND '.join(where)} GROUP BY ALL""",
        params,
    ).fetchall()
    sql_profile = {}
    for period, quad, n in rows:
        p = sql_profile.setdefault(period, {"events": 0, **{k: 0 for k in QUADS}})
        p["events"] += n
        if 1 <= quad <= 4:
            p[QUADS[quad - 1]] += n
    coop = con.execute(
        f"""SELECT count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2)
            FROM {source} WHERE {' AND '.join(where)} AND modality = 'asserted'""",
        params,
    ).fetchone()

    diffs = []
    json_profile = {p["period"]: p["a_to_b"] for p in report["profile"]}
    for period in sorted(set(sql_profile) | set(json_profile)):
        s = sql_profile.get(period, {"events": 0, **{k: 0 for k in QUADS}})
        j = json_profile.get(period)
        if j is None:
            diffs.append(f"{period}: in SQL ({s}) but not in the report's profile")
            continue
        got = {"events": j["events"], **{k: j["quad"][k] for k in QUADS}}
        for key in got:
            if got[key] != s[key]:
                diffs.append(f"{period} {a}->{b} {key}: report {got[key]} vs SQL {s[key]}")
    sym = report["symbolism"]["a_to_b"]["per_event"]
    if (sym["verbal"], sym["material"]) != tuple(coop):
        diffs.append(
            f"asserted cooperation {a}->{b}: report verbal={sym['verbal']} material={sym['material']}"
            f" vs SQL verbal={coop[0]} material={coop[1]}"
        )
    checked = sum(1 for _ in json_profile)
    if diffs:
        print(f"MISMATCH ({len(diffs)}):")
        for d in diffs:
            print("  " + d)
        return 1
    total = sum(p["events"] for p in sql_profile.values())
    print(
        f"OK: {a}->{b} {len(sql_profile)} non-empty of {checked} periods, {total} rows, "
        f"asserted cooperation verbal={coop[0]} material={coop[1]} agree with {report_path}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
