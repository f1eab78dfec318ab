//! `dyad`: political event data from news text, and the dyad report.
//!
//! The binary is thin glue over the stage crates: it parses arguments, reads
//! files, shows progress on a terminal, writes data to stdout and logs to
//! stderr. Every command's logic lives in a library crate.

mod cmd_code;
mod cmd_dict;
mod cmd_store;
mod cmd_text;
mod inputs;
mod progress;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(name = "dyad", version, about = "Political event data from news text, and the dyad report: is a relationship talk or deed?", long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum SegmentFormat {
    Jsonl,
    Conllu,
    Text,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum EventFormat {
    Jsonl,
    Csv,
    Gdelt,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ReportFormat {
    Text,
    Json,
    Csv,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ScoreFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    Gdelt2,
    Polecat,
    Csv,
    Jsonl,
    Parquet,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ImportKind {
    Gdelt,
    Icews,
    Jsonl,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Period {
    Month,
    Quarter,
    Year,
}

/// Options shared by commands that read documents.
#[derive(clap::Args, Clone, Debug)]
pub struct InputArgs {
    /// Input files or folders (text, .jsonl, PETRARCH .xml, .conllu); `-` or nothing reads JSON Lines from stdin.
    pub inputs: Vec<PathBuf>,
    /// Document date for plain-text inputs without a `Date:` line (YYYY-MM-DD).
    #[arg(long)]
    pub date: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Split documents into sentences and tokens.
    Segment {
        #[command(flatten)]
        input: InputArgs,
        #[arg(long, value_enum, default_value = "jsonl")]
        format: SegmentFormat,
    },
    /// Tag, lemmatize and parse documents (raw text in, CoNLL-U out).
    Parse {
        #[command(flatten)]
        input: InputArgs,
        #[arg(long, value_enum, default_value = "conllu")]
        format: ParseFormat,
    },
    /// Code documents into CAMEO/PLOVER events (one JSON object per event).
    Code {
        #[command(flatten)]
        input: InputArgs,
        #[arg(long, value_enum, default_value = "jsonl")]
        format: EventFormat,
        /// A dictionary folder (native .dyad files or PETRARCH files) instead of the bundled one.
        #[arg(long)]
        dict: Option<PathBuf>,
        /// Write trade/aid indicator records (JSON Lines, `"record":"indicator"`) after the events.
        #[arg(long)]
        indicators: bool,
        /// Worker threads (default: all cores).
        #[arg(long)]
        threads: Option<usize>,
        /// Parse with a beam of K configurations: 2 is about 0.7 UAS more
        /// accurate on EWT dev and a third slower (1: greedy).
        #[arg(long, default_value_t = 1, value_name = "K")]
        beam: usize,
    },
    /// Run a PETRARCH validation file and report passes and failures.
    Validate {
        file: PathBuf,
        /// Parse `<Text>` with dyad's own parser instead of using the file's `<Parse>`.
        #[arg(long)]
        reparse: bool,
        #[arg(long)]
        verbs: Option<PathBuf>,
        #[arg(long)]
        actors: Option<PathBuf>,
        #[arg(long)]
        agents: Option<PathBuf>,
        #[arg(long)]
        discards: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: ScoreFormat,
        /// Print each failing record's diff.
        #[arg(long)]
        verbose: bool,
    },
    /// Evaluate a stage against gold data.
    Eval {
        #[command(subcommand)]
        what: EvalCommand,
    },
    /// Train the tagger and parser on a UD treebank.
    Train {
        #[arg(value_enum)]
        what: TrainWhat,
        #[arg(long)]
        train: PathBuf,
        #[arg(long)]
        dev: PathBuf,
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Dictionary tools.
    Dict {
        #[command(subcommand)]
        what: DictCommand,
    },
    /// Code documents and store their events (idempotent: documents already stored are skipped).
    Ingest {
        #[command(flatten)]
        input: InputArgs,
        #[arg(long, default_value = "dyad-store")]
        store: PathBuf,
        #[arg(long)]
        dict: Option<PathBuf>,
    },
    /// Import events coded elsewhere (GDELT 1.0/2.0, ICEWS, dyad JSON Lines) into the store.
    Import {
        #[arg(value_enum)]
        kind: ImportKind,
        files: Vec<PathBuf>,
        #[arg(long, default_value = "dyad-store")]
        store: PathBuf,
    },
    /// Export the store's events.
    Export {
        #[arg(long, default_value = "dyad-store")]
        store: PathBuf,
        #[arg(long, value_enum, default_value = "jsonl")]
        format: ExportFormat,
        /// Output file (required for parquet; default stdout for the others).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// The dyad report: quad profile, symbolism index, cooperation ladder, pledges, evidence.
    Report(ReportArgs),
    /// The most active dyads in a window.
    Dyads {
        #[arg(long, default_value = "dyad-store")]
        store: PathBuf,
        #[arg(long, default_value_t = 20)]
        top: usize,
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: ScoreFormat,
    },
    /// The pledge ledger of a dyad: what was promised, what arrived, with evidence.
    Ledger {
        a: String,
        b: String,
        #[arg(long, default_value = "dyad-store")]
        store: PathBuf,
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: ScoreFormat,
    },
    /// The main job: code a corpus into the store, then print the dyad report.
    Analyze {
        #[command(flatten)]
        input: InputArgs,
        /// The dyad, e.g. `--dyad RUS AFG`.
        #[arg(long, num_args = 2, value_names = ["A", "B"])]
        dyad: Vec<String>,
        #[arg(long, default_value = "dyad-store")]
        store: PathBuf,
        #[arg(long)]
        dict: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "month")]
        by: Period,
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
        #[arg(long)]
        chart: Option<PathBuf>,
    },
    /// Benchmarks (results go to stdout; record them in BENCHMARKS.md).
    Bench {
        #[command(subcommand)]
        what: BenchCommand,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ParseFormat {
    Conllu,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum TrainWhat {
    Tagger,
    Parser,
    All,
}

#[derive(clap::Args, Clone, Debug)]
pub struct ReportArgs {
    /// Actor A: a country (`RUS`) or a full actor code prefix (`RUSGOV`).
    pub a: String,
    /// Actor B.
    pub b: String,
    #[arg(long, default_value = "dyad-store")]
    pub store: PathBuf,
    /// First month (YYYY-MM).
    #[arg(long)]
    pub from: Option<String>,
    /// Last month (YYYY-MM).
    #[arg(long)]
    pub to: Option<String>,
    #[arg(long, value_enum, default_value = "month")]
    pub by: Period,
    #[arg(long, value_enum, default_value = "text")]
    pub format: ReportFormat,
    /// Write a chart (stacked quad timeline and symbolism index): .svg or .png.
    #[arg(long)]
    pub chart: Option<PathBuf>,
}

#[derive(Subcommand)]
enum EvalCommand {
    /// Token and sentence F1 of the segmenter against a CoNLL-U file (CoNLL 2018 definitions).
    Segment {
        #[arg(long)]
        gold: PathBuf,
        #[arg(long, value_enum, default_value = "text")]
        format: ScoreFormat,
    },
    /// UPOS, XPOS, lemma, UAS and LAS of the bundled model on a CoNLL-U file's own tokens.
    Parse {
        #[arg(long)]
        gold: PathBuf,
        #[arg(long)]
        model: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: ScoreFormat,
        /// Parse with a beam of K configurations (1: greedy).
        #[arg(long, default_value_t = 1, value_name = "K")]
        beam: usize,
        /// Also write the predicted trees (CoNLL-U, the gold file's tokens and comments) to FILE, for error analysis.
        #[arg(long, value_name = "FILE")]
        predictions: Option<PathBuf>,
    },
    /// Recall and precision of (source country, target country, root) on a PETRARCH gold file.
    Gold {
        file: PathBuf,
        /// A dictionary folder instead of the bundled one.
        #[arg(long)]
        dict: Option<PathBuf>,
        /// Use the Phoenix dictionaries found beside the file.
        #[arg(long)]
        phoenix: bool,
        /// Parse `<Text>` with dyad's own parser instead of the file's `<Parse>`.
        #[arg(long)]
        reparse: bool,
        #[arg(long, value_enum, default_value = "text")]
        format: ScoreFormat,
    },
}

#[derive(Subcommand)]
enum DictCommand {
    /// Check a dictionary folder: located errors, duplicates, overlapping date ranges.
    Check {
        dir: PathBuf,
        #[arg(long)]
        strict: bool,
    },
    /// Look a phrase up: entry, code, agent and the file:line that matched.
    Lookup {
        phrase: String,
        #[arg(long)]
        date: Option<String>,
        #[arg(long)]
        dict: Option<PathBuf>,
    },
    /// Entry counts.
    Stats {
        #[arg(long)]
        dict: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: ScoreFormat,
    },
    /// Convert PETRARCH dictionaries into dyad's native format.
    Convert {
        #[arg(long)]
        verbs: Option<PathBuf>,
        #[arg(long)]
        actors: Vec<PathBuf>,
        #[arg(long)]
        agents: Option<PathBuf>,
        #[arg(long)]
        discards: Option<PathBuf>,
        #[arg(long)]
        out: PathBuf,
    },
    /// Actor coverage on a PETRARCH gold file: share of gold source/target countries found in their sentence.
    Coverage {
        file: PathBuf,
        #[arg(long)]
        dict: Option<PathBuf>,
        #[arg(long)]
        phoenix: bool,
        #[arg(long, value_enum, default_value = "text")]
        format: ScoreFormat,
    },
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Segmentation throughput (MB/s, one core) over a corpus of at least `--mb` megabytes.
    Segment {
        /// Extra raw text to include (e.g. EWT rebuilt from a .conllu file).
        #[arg(long)]
        conllu: Option<PathBuf>,
        #[arg(long, default_value_t = 20)]
        mb: usize,
        #[arg(long, default_value_t = 5)]
        runs: usize,
    },
    /// Tag + lemma + parse throughput (tokens/s, one core) on a CoNLL-U file's tokens.
    Parse {
        gold: PathBuf,
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// Parse with a beam of K configurations (1: greedy).
        #[arg(long, default_value_t = 1, value_name = "K")]
        beam: usize,
    },
    /// Raw text to events throughput (sentences/s) on the example corpus or given inputs.
    Code {
        #[command(flatten)]
        input: InputArgs,
        #[arg(long, default_value_t = 1)]
        threads: usize,
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// Repeat the input until at least this many sentences are coded per run.
        #[arg(long, default_value_t = 20000)]
        min_sentences: usize,
        /// Skip quantity and indicator extraction (to measure its cost).
        #[arg(long)]
        no_quantities: bool,
    },
    /// Build a store of N generated events and time the report and top-dyads queries.
    Store {
        #[arg(long, default_value_t = 10_000_000)]
        events: usize,
        #[arg(long, default_value = "bench-data/store")]
        store: PathBuf,
        /// A GDELT 2.0 export whose dyad/code distribution to draw from.
        #[arg(long)]
        gdelt: Option<PathBuf>,
        #[arg(long, default_value_t = 5)]
        runs: usize,
    },
    /// GDELT 2.0 import throughput (rows/s).
    Import {
        file: PathBuf,
        #[arg(long, default_value_t = 5)]
        runs: usize,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Segment { input, format } => cmd_text::segment(&input, format),
        Command::Parse { input, format: _ } => cmd_text::parse(&input),
        Command::Code {
            input,
            format,
            dict,
            indicators,
            threads,
            beam,
        } => cmd_code::code(&input, format, dict.as_deref(), indicators, threads, beam),
        Command::Validate {
            file,
            reparse,
            verbs,
            actors,
            agents,
            discards,
            format,
            verbose,
        } => cmd_code::validate(
            &file, reparse, verbs, actors, agents, discards, format, verbose,
        ),
        Command::Eval { what } => match what {
            EvalCommand::Segment { gold, format } => cmd_text::eval_segment(&gold, format),
            EvalCommand::Parse {
                gold,
                model,
                format,
                beam,
                predictions,
            } => cmd_text::eval_parse(
                &gold,
                model.as_deref(),
                format,
                beam,
                predictions.as_deref(),
            ),
            EvalCommand::Gold {
                file,
                dict,
                phoenix,
                reparse,
                format,
            } => cmd_code::eval_gold(&file, dict.as_deref(), phoenix, reparse, format),
        },
        Command::Train {
            what,
            train,
            dev,
            out,
            seed,
        } => cmd_text::train(what, &train, &dev, &out, seed),
        Command::Dict { what } => match what {
            DictCommand::Check { dir, strict } => cmd_dict::check(&dir, strict),
            DictCommand::Lookup { phrase, date, dict } => {
                cmd_dict::lookup(&phrase, date.as_deref(), dict.as_deref())
            }
            DictCommand::Stats { dict, format } => cmd_dict::stats(dict.as_deref(), format),
            DictCommand::Convert {
                verbs,
                actors,
                agents,
                discards,
                out,
            } => cmd_dict::convert(
                verbs.as_deref(),
                &actors,
                agents.as_deref(),
                discards.as_deref(),
                &out,
            ),
            DictCommand::Coverage {
                file,
                dict,
                phoenix,
                format,
            } => cmd_dict::coverage(&file, dict.as_deref(), phoenix, format),
        },
        Command::Ingest { input, store, dict } => {
            cmd_store::ingest(&input, &store, dict.as_deref()).map(|_| ())
        }
        Command::Import { kind, files, store } => cmd_store::import(kind, &files, &store),
        Command::Export { store, format, out } => cmd_store::export(&store, format, out.as_deref()),
        Command::Report(args) => cmd_store::report(&args),
        Command::Dyads {
            store,
            top,
            from,
            to,
            format,
        } => cmd_store::dyads(&store, top, from.as_deref(), to.as_deref(), format),
        Command::Ledger {
            a,
            b,
            store,
            from,
            to,
            format,
        } => cmd_store::ledger(&a, &b, &store, from.as_deref(), to.as_deref(), format),
        Command::Analyze {
            input,
            dyad,
            store,
            dict,
            by,
            format,
            chart,
        } => cmd_store::analyze(&input, &dyad, &store, dict.as_deref(), by, format, chart),
        Command::Bench { what } => match what {
            BenchCommand::Segment { conllu, mb, runs } => {
                cmd_text::bench_segment(conllu.as_deref(), mb, runs)
            }
            BenchCommand::Parse { gold, runs, beam } => cmd_text::bench_parse(&gold, runs, beam),
            BenchCommand::Code {
                input,
                threads,
                runs,
                min_sentences,
                no_quantities,
            } => cmd_code::bench_code(&input, threads, runs, min_sentences, no_quantities),
            BenchCommand::Store {
                events,
                store,
                gdelt,
                runs,
            } => cmd_store::bench_store(events, &store, gdelt.as_deref(), runs),
            BenchCommand::Import { file, runs } => cmd_store::bench_import(&file, runs),
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Broken pipes (`dyad code | head`) are not errors.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("dyad: error: {e:#}");
            ExitCode::from(1)
        }
    }
}
