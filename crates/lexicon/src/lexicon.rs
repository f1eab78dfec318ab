//! The in-memory lexicon: entries plus the indexes the coder queries.

use crate::diag::{strict_check, Diagnostic, Diags, LexiconError, LoadOptions};
use crate::matcher::{AgentId, EntryId, FastMap, MatchKind, Matcher, PhraseMatch};
use crate::model::*;
use crate::native::{parse_native, NativeDict};
use crate::petrarch::{self, PetrVerbPattern, PetrVerbs};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// What kind of dictionary a file is, judged from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum FileFormat {
    /// dyad's own format (`*.dyad`).
    Native,
    /// PETRARCH verbs (`*.verbs*.txt`, `CAMEO*.txt`).
    PetrVerbs,
    /// PETRARCH actors (`*.actors*.txt`).
    PetrActors,
    /// PETRARCH agents (`*.agents*.txt`).
    PetrAgents,
    /// PETRARCH discards (`*.discards*.txt`).
    PetrDiscards,
    /// PETRARCH issues (`*issue*.txt`).
    PetrIssues,
}

/// Decide a file's format from its name; `None` for files that are not dictionaries.
pub fn detect_format(path: &Path) -> Option<FileFormat> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    if name.ends_with(".dyad") {
        return Some(FileFormat::Native);
    }
    if !name.ends_with(".txt") {
        return None;
    }
    if name.contains(".verbs") || name.starts_with("cameo.") {
        Some(FileFormat::PetrVerbs)
    } else if name.contains(".actors") {
        Some(FileFormat::PetrActors)
    } else if name.contains(".agents") {
        Some(FileFormat::PetrAgents)
    } else if name.contains(".discards") {
        Some(FileFormat::PetrDiscards)
    } else if name.contains("issue") {
        Some(FileFormat::PetrIssues)
    } else {
        None
    }
}

/// Everything read from PETRARCH files, before indexing.
#[derive(Debug, Clone, Default)]
pub struct PetrDict {
    /// Actor entries (names upper-case as written).
    pub actors: Vec<ActorEntry>,
    /// Agent entries.
    pub agents: Vec<AgentEntry>,
    /// Verb dictionaries (one per file).
    pub verbs: Vec<PetrVerbs>,
    /// Discards.
    pub discards: Vec<DiscardEntry>,
    /// Issues.
    pub issues: Vec<IssueEntry>,
}

/// Read one file of the given format into `native` / `petr`; returns its diagnostics.
pub fn read_file_into(
    text: &str,
    name: &str,
    format: FileFormat,
    native: &mut NativeDict,
    petr: &mut PetrDict,
) -> Vec<Diagnostic> {
    match format {
        FileFormat::Native => {
            let (d, diags) = parse_native(text, name);
            native.extend(d);
            diags
        }
        FileFormat::PetrActors => {
            let (a, diags) = petrarch::parse_actors(text, name);
            petr.actors.extend(a);
            diags
        }
        FileFormat::PetrAgents => {
            let (a, diags) = petrarch::parse_agents(text, name);
            petr.agents.extend(a);
            diags
        }
        FileFormat::PetrVerbs => {
            let (v, diags) = petrarch::parse_verbs(text, name);
            petr.verbs.push(v);
            diags
        }
        FileFormat::PetrDiscards => {
            let (v, diags) = petrarch::parse_discards(text, name);
            petr.discards.extend(v);
            diags
        }
        FileFormat::PetrIssues => {
            let (v, diags) = petrarch::parse_issues(text, name);
            petr.issues.extend(v);
            diags
        }
    }
}

/// Read a file as text. PETRARCH files may hold stray Latin-1 bytes: those
/// are replaced (with a warning); native files must be UTF-8.
fn read_text(
    path: &Path,
    name: &str,
    format: FileFormat,
    diags: &mut Vec<Diagnostic>,
) -> Result<String, LexiconError> {
    let bytes = std::fs::read(path).map_err(|source| LexiconError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            if format == FileFormat::Native {
                return Err(LexiconError::Encoding {
                    path: path.to_path_buf(),
                    offset,
                });
            }
            let s = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let line = s[..offset.min(s.len())].matches('\n').count() + 1;
            let mut d = Diags::new(name);
            d.warn(line, format!("invalid UTF-8 at byte {offset}; replaced"));
            diags.extend(d.list);
            Ok(s)
        }
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), LexiconError> {
    let rd = std::fs::read_dir(dir).map_err(|source| LexiconError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut entries: Vec<PathBuf> = Vec::new();
    for e in rd {
        let e = e.map_err(|source| LexiconError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        entries.push(e.path());
    }
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out)?;
        } else {
            out.push(p);
        }
    }
    Ok(())
}

/// Read every dictionary file under `dir` (recursively, in sorted order).
pub(crate) fn read_dir(
    dir: &Path,
    opts: &LoadOptions,
) -> Result<(NativeDict, PetrDict, Vec<Diagnostic>), LexiconError> {
    let mut files = Vec::new();
    walk(dir, &mut files)?;
    let mut native = NativeDict::default();
    let mut petr = PetrDict::default();
    let mut diags = Vec::new();
    for f in files {
        let Some(format) = detect_format(&f) else {
            continue;
        };
        let name = f
            .strip_prefix(dir)
            .unwrap_or(&f)
            .to_string_lossy()
            .into_owned();
        let text = read_text(&f, &name, format, &mut diags)?;
        diags.extend(read_file_into(&text, &name, format, &mut native, &mut petr));
        strict_check(&diags, opts)?;
    }
    Ok((native, petr, diags))
}

/// What one file contributes.
type FileParts = (NativeDict, PetrDict, Vec<Diagnostic>);

/// A hit for `dyad dict lookup`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LookupHit {
    /// What matched: `country`, `group`, `person`, `agent`, `capital`, `adj`, `verb`, `discard`, `cue`.
    pub kind: String,
    /// Entry id (actor entries), agent code, cue class or verb code.
    pub id: String,
    /// The code that applies (on the date, if given).
    pub code: Option<String>,
    /// Role text of the code, if any.
    pub role: Option<String>,
    /// The agent code, for agent hits.
    pub agent: Option<String>,
    /// Where the entry (or code line) was written.
    pub origin: Origin,
}

/// Counts for `dyad dict stats`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DictStats {
    /// `country` entries.
    pub countries: usize,
    /// `igo` entries.
    pub igos: usize,
    /// `group` entries.
    pub armed_groups: usize,
    /// `person` entries.
    pub people: usize,
    /// Code lines of `person` entries.
    pub people_roles: usize,
    /// `actor` entries.
    pub other_actors: usize,
    /// Actor names (all kinds, adjectives and capitals included).
    pub actor_names: usize,
    /// Agent names.
    pub agents: usize,
    /// Native verb patterns (including those converted from PETRARCH).
    pub verb_patterns: usize,
    /// PETRARCH patterns kept as read.
    pub petrarch_patterns: usize,
    /// Distinct CAMEO event codes that some verb pattern yields.
    pub cameo_codes_covered: usize,
    /// Cue phrases.
    pub cues: usize,
    /// Discard phrases.
    pub discards: usize,
    /// Trie nodes of the phrase matcher.
    pub trie_nodes: usize,
}

/// A discard phrase found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiscardHit<'a> {
    /// First word matched.
    pub start: usize,
    /// One past the last word matched.
    pub end: usize,
    /// The discard entry.
    pub entry: &'a DiscardEntry,
}

/// The dictionaries, loaded and indexed, shared read-only by the coder.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    actors: Vec<ActorEntry>,
    agents: Vec<AgentEntry>,
    verbs: Vec<VerbPattern>,
    /// head lemma → range of `verbs` (sorted by head, file order within a head).
    verb_index: FastMap<String, (u32, u32)>,
    petr_patterns: Vec<PetrVerbPattern>,
    petr_verbs: Vec<PetrVerbs>,
    cues: Vec<CueEntry>,
    cue_index: HashMap<String, Vec<usize>>,
    discards: Vec<DiscardEntry>,
    discard_index: FastMap<String, Vec<usize>>,
    issues: Vec<IssueEntry>,
    matcher: Matcher,
    /// Last word (lowercase) of native people's multi-word names → entries.
    surnames: FastMap<String, Vec<EntryId>>,
}

impl Lexicon {
    /// Index native and PETRARCH entries. Native verb patterns come first;
    /// PETRARCH patterns are converted with [`petrarch::convert_verbs`].
    pub fn from_parts(native: NativeDict, petr: PetrDict) -> Lexicon {
        // Convert PETRARCH verbs on a second thread while the matcher is built.
        let petr_verbs = petr.verbs;
        std::thread::scope(|scope| {
            let conv = scope.spawn(|| {
                petr_verbs
                    .iter()
                    .flat_map(|v| petrarch::convert_verbs(v).0)
                    .collect::<Vec<_>>()
            });
            let mut lex =
                Lexicon::index_actors(native, petr.actors, petr.agents, petr.discards, petr.issues);
            let converted = conv.join().unwrap_or_default();
            lex.index_verbs(converted, &petr_verbs);
            lex
        })
        .with_petr_verbs(petr_verbs)
    }

    fn with_petr_verbs(mut self, v: Vec<PetrVerbs>) -> Lexicon {
        self.petr_patterns = v.iter().flat_map(|v| v.patterns.iter().cloned()).collect();
        self.petr_verbs = v;
        self
    }

    fn index_actors(
        native: NativeDict,
        petr_actors: Vec<ActorEntry>,
        petr_agents: Vec<AgentEntry>,
        petr_discards: Vec<DiscardEntry>,
        petr_issues: Vec<IssueEntry>,
    ) -> Lexicon {
        let mut lex = Lexicon {
            matcher: Matcher::new(),
            ..Default::default()
        };
        let mut native_actors = native.actors.len();
        let petr_actor_start = native_actors;
        lex.actors = native.actors;
        lex.actors.extend(petr_actors);
        for (i, e) in lex.actors.iter().enumerate() {
            let id = EntryId(i as u32);
            let is_petr = i >= petr_actor_start;
            for n in &e.names {
                lex.matcher.insert(n, MatchKind::Actor(id), is_petr);
            }
            for n in &e.capital {
                lex.matcher.insert(n, MatchKind::Capital(id), is_petr);
            }
            if e.kind == EntryKind::Person && !is_petr {
                for n in &e.names {
                    let mut words = n.split_whitespace();
                    if let (Some(_), Some(last)) = (words.next(), words.next_back()) {
                        let slot = lex.surnames.entry(last.to_lowercase()).or_default();
                        if !slot.contains(&id) {
                            slot.push(id);
                        }
                    }
                }
            }
            for n in &e.adjs {
                lex.matcher.insert(n, MatchKind::CountryAdj(id), is_petr);
            }
        }
        native_actors = native.agents.len();
        lex.agents = native.agents;
        lex.agents.extend(petr_agents);
        for (i, a) in lex.agents.iter().enumerate() {
            lex.matcher.insert(
                &a.name,
                MatchKind::Agent(AgentId(i as u32)),
                i >= native_actors,
            );
        }
        lex.matcher.finish();
        lex.verbs = native.verbs;
        lex.cues = native.cues;
        for (i, c) in lex.cues.iter().enumerate() {
            lex.cue_index.entry(c.phrase.clone()).or_default().push(i);
        }
        lex.discards = native.discards;
        lex.discards.extend(petr_discards);
        for (i, d) in lex.discards.iter().enumerate() {
            if let Some(first) = d.phrase.split_whitespace().next() {
                lex.discard_index
                    .entry(first.to_lowercase())
                    .or_default()
                    .push(i);
            }
        }
        lex.issues = petr_issues;
        lex
    }

    fn index_verbs(&mut self, converted: Vec<VerbPattern>, _petr: &[PetrVerbs]) {
        let lex = self;
        lex.verbs.extend(converted);
        // Group by head lemma, keeping file order within a head (native first).
        let mut order: FastMap<&str, Vec<u32>> = FastMap::default();
        let mut heads: Vec<&str> = Vec::new();
        for (i, v) in lex.verbs.iter().enumerate() {
            let slot = order.entry(v.head.as_str()).or_default();
            if slot.is_empty() {
                heads.push(v.head.as_str());
            }
            slot.push(i as u32);
        }
        let mut perm: Vec<u32> = Vec::with_capacity(lex.verbs.len());
        let mut ranges: Vec<(String, (u32, u32))> = Vec::with_capacity(heads.len());
        for h in heads {
            let start = perm.len() as u32;
            perm.extend(order.get(h).into_iter().flatten());
            ranges.push((h.to_string(), (start, perm.len() as u32)));
        }
        drop(order);
        let mut slots: Vec<Option<VerbPattern>> = std::mem::take(&mut lex.verbs)
            .into_iter()
            .map(Some)
            .collect();
        lex.verbs = perm
            .iter()
            .filter_map(|&i| slots.get_mut(i as usize).and_then(Option::take))
            .collect();
        lex.verb_index = ranges.into_iter().collect();
    }

    /// Load every dictionary under `dir`: native `*.dyad` files and PETRARCH
    /// files (recognised by name, see [`detect_format`]), any depth.
    pub fn load_dir(
        dir: &Path,
        opts: &LoadOptions,
    ) -> Result<(Lexicon, Vec<Diagnostic>), LexiconError> {
        let (native, petr, diags) = read_dir(dir, opts)?;
        Ok((Lexicon::from_parts(native, petr), diags))
    }

    /// Load a PETRARCH dictionary set.
    pub fn load_petrarch(
        verbs: Option<&Path>,
        actors: &[&Path],
        agents: Option<&Path>,
        discards: Option<&Path>,
        opts: &LoadOptions,
    ) -> Result<(Lexicon, Vec<Diagnostic>), LexiconError> {
        let mut native = NativeDict::default();
        let mut petr = PetrDict::default();
        let mut diags = Vec::new();
        let mut files: Vec<(&Path, FileFormat)> = Vec::new();
        files.extend(verbs.map(|p| (p, FileFormat::PetrVerbs)));
        files.extend(actors.iter().map(|p| (*p, FileFormat::PetrActors)));
        files.extend(agents.map(|p| (p, FileFormat::PetrAgents)));
        files.extend(discards.map(|p| (p, FileFormat::PetrDiscards)));
        // Read and parse the files in parallel (the Phoenix set is ~2.5 MB).
        let results: Vec<Result<FileParts, LexiconError>> = std::thread::scope(|scope| {
            let handles: Vec<_> = files
                .iter()
                .map(|&(path, format)| {
                    scope.spawn(move || {
                        let name = path
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_else(|| path.display().to_string());
                        let mut diags = Vec::new();
                        let text = read_text(path, &name, format, &mut diags)?;
                        let mut native = NativeDict::default();
                        let mut petr = PetrDict::default();
                        diags.extend(read_file_into(&text, &name, format, &mut native, &mut petr));
                        Ok((native, petr, diags))
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|_| Ok(Default::default())))
                .collect()
        });
        for r in results {
            let (n, p, d) = r?;
            native.extend(n);
            petr.actors.extend(p.actors);
            petr.agents.extend(p.agents);
            petr.verbs.extend(p.verbs);
            petr.discards.extend(p.discards);
            petr.issues.extend(p.issues);
            diags.extend(d);
            strict_check(&diags, opts)?;
        }
        Ok((Lexicon::from_parts(native, petr), diags))
    }

    /// Parse native files given as (name, contents) pairs.
    pub fn from_native_sources(sources: &[(&str, &str)]) -> (Lexicon, Vec<Diagnostic>) {
        let mut native = NativeDict::default();
        let mut diags = Vec::new();
        for (name, text) in sources {
            let (d, dg) = parse_native(text, name);
            native.extend(d);
            diags.extend(dg);
        }
        (Lexicon::from_parts(native, PetrDict::default()), diags)
    }

    /// The default dictionaries compiled into the binary (resources/dict/).
    pub fn bundled() -> (Lexicon, Vec<Diagnostic>) {
        Lexicon::from_native_sources(crate::BUNDLED)
    }

    /// Longest-match, left-to-right, non-overlapping phrase matching over a
    /// sentence's words. `lemmas` may be empty or shorter than `words`.
    pub fn match_phrases(&self, words: &[&str], lemmas: &[&str]) -> Vec<PhraseMatch> {
        self.matcher.match_phrases(words, lemmas)
    }

    /// Every hit for exactly this phrase.
    pub fn phrase_hits(&self, phrase: &str) -> &[MatchKind] {
        self.matcher.exact(phrase)
    }

    /// An actor entry. Panics if `id` did not come from this lexicon.
    pub fn entry(&self, id: EntryId) -> &ActorEntry {
        &self.actors[id.0 as usize]
    }

    /// An agent entry. Panics if `id` did not come from this lexicon.
    pub fn agent(&self, id: AgentId) -> &AgentEntry {
        &self.agents[id.0 as usize]
    }

    /// All actor entries.
    pub fn actors(&self) -> &[ActorEntry] {
        &self.actors
    }

    /// All agent entries.
    pub fn agents(&self) -> &[AgentEntry] {
        &self.agents
    }

    /// The code of an entry on a date: the first dated code whose range holds
    /// the date, else the first undated code. `None` for the PETRARCH null code.
    pub fn code_at(&self, id: EntryId, date: NaiveDate) -> Option<&DatedCode> {
        let e = self.actors.get(id.0 as usize)?;
        let c = e
            .codes
            .iter()
            .find(|c| !c.is_undated() && c.contains(date))
            .or_else(|| e.codes.iter().find(|c| c.is_undated()))?;
        (c.code != "---").then_some(c)
    }

    /// People (native dictionaries) one of whose multi-word names ends in
    /// `word` (case-insensitive): the candidates for "President Bush" or a
    /// later bare "Kabulov".
    pub fn people_by_surname(&self, word: &str) -> &[EntryId] {
        self.surnames
            .get(word.to_lowercase().as_str())
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Native verb patterns whose predicate is `lemma`, in file order.
    pub fn verb_patterns(&self, lemma: &str) -> &[VerbPattern] {
        match self.verb_index.get(lemma) {
            Some(&(s, e)) => &self.verbs[s as usize..e as usize],
            None => &[],
        }
    }

    /// All native verb patterns, grouped by head lemma.
    pub fn all_verb_patterns(&self) -> &[VerbPattern] {
        &self.verbs
    }

    /// PETRARCH verb patterns, as read.
    pub fn petrarch_patterns(&self) -> &[PetrVerbPattern] {
        &self.petr_patterns
    }

    /// PETRARCH verb dictionaries (synsets, blocks, transformations), as read.
    pub fn petrarch_verbs(&self) -> &[PetrVerbs] {
        &self.petr_verbs
    }

    /// Is `lemma_phrase` (lowercase lemmas, single spaces) a cue of `class`?
    pub fn cue(&self, class: &str, lemma_phrase: &str) -> bool {
        self.cue_index
            .get(lemma_phrase)
            .is_some_and(|v| v.iter().any(|&i| self.cues[i].class == class))
    }

    /// The cue classes of a lemma phrase.
    pub fn cue_classes(&self, lemma_phrase: &str) -> Vec<&str> {
        self.cue_index
            .get(lemma_phrase)
            .map(|v| v.iter().map(|&i| self.cues[i].class.as_str()).collect())
            .unwrap_or_default()
    }

    /// All cue entries.
    pub fn cues(&self) -> &[CueEntry] {
        &self.cues
    }

    /// PETRARCH issue phrases, as read.
    pub fn issues(&self) -> &[IssueEntry] {
        &self.issues
    }

    /// The first discard phrase found in the words (case-insensitive,
    /// consecutive words; PETRARCH stems match word prefixes; plurals of the
    /// last word match).
    pub fn is_discard(&self, words: &[&str]) -> Option<DiscardHit<'_>> {
        if self.discards.is_empty() {
            return None;
        }
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        for start in 0..lower.len() {
            let w = lower[start].as_str();
            // The word itself, then its prefixes (for one-word stems), then its singular.
            let singular = crate::petrarch::singular(w);
            let keys = std::iter::once(w)
                .chain(
                    w.char_indices()
                        .skip(1)
                        .map(|(p, _)| &w[..p])
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev(),
                )
                .chain(std::iter::once(singular.as_str()));
            for key in keys {
                for &i in self.discard_index.get(key).into_iter().flatten() {
                    let d = &self.discards[i];
                    if let Some(end) = discard_match(&d.phrase, d.stem, &lower[start..]) {
                        return Some(DiscardHit {
                            start,
                            end: start + end,
                            entry: d,
                        });
                    }
                }
            }
        }
        None
    }

    /// Everything `phrase` names, with the code valid on `date` (or every code without a date).
    pub fn lookup(&self, phrase: &str, date: Option<NaiveDate>) -> Vec<LookupHit> {
        let mut out = Vec::new();
        for hit in self.matcher.exact(phrase) {
            match *hit {
                MatchKind::Actor(id) | MatchKind::Capital(id) | MatchKind::CountryAdj(id) => {
                    let e = self.entry(id);
                    let kind = match hit {
                        MatchKind::Capital(_) => "capital".to_string(),
                        MatchKind::CountryAdj(_) => "adj".to_string(),
                        _ => e.kind.as_str().to_string(),
                    };
                    let codes: Vec<&DatedCode> = match date {
                        Some(d) => self.code_at(id, d).into_iter().collect(),
                        None => e.codes.iter().collect(),
                    };
                    if codes.is_empty() {
                        out.push(LookupHit {
                            kind: kind.clone(),
                            id: e.id.clone(),
                            code: None,
                            role: None,
                            agent: None,
                            origin: e.origin.clone(),
                        });
                    }
                    for c in codes {
                        out.push(LookupHit {
                            kind: kind.clone(),
                            id: e.id.clone(),
                            code: Some(c.code.clone()),
                            role: c.role.clone(),
                            agent: None,
                            origin: c.origin.clone(),
                        });
                    }
                }
                MatchKind::Agent(id) => {
                    let a = self.agent(id);
                    out.push(LookupHit {
                        kind: "agent".into(),
                        id: a.name.clone(),
                        code: None,
                        role: None,
                        agent: Some(a.code.clone()),
                        origin: a.origin.clone(),
                    });
                }
            }
        }
        let lemma = phrase.trim().to_lowercase();
        for v in self.verb_patterns(&lemma) {
            out.push(LookupHit {
                kind: "verb".into(),
                id: v.text.clone(),
                code: Some(v.code.clone()),
                role: None,
                agent: None,
                origin: v.origin.clone(),
            });
        }
        for &i in self.cue_index.get(&lemma).into_iter().flatten() {
            let c = &self.cues[i];
            out.push(LookupHit {
                kind: "cue".into(),
                id: c.class.clone(),
                code: None,
                role: None,
                agent: None,
                origin: c.origin.clone(),
            });
        }
        out
    }

    /// Counts of what is loaded.
    pub fn stats(&self) -> DictStats {
        let mut s = DictStats::default();
        for e in &self.actors {
            match e.kind {
                EntryKind::Country => s.countries += 1,
                EntryKind::Igo => s.igos += 1,
                EntryKind::Group => s.armed_groups += 1,
                EntryKind::Person => {
                    s.people += 1;
                    s.people_roles += e.codes.len();
                }
                EntryKind::Actor => s.other_actors += 1,
            }
            s.actor_names += e.names.len() + e.adjs.len() + e.capital.len();
        }
        s.agents = self.agents.len();
        s.verb_patterns = self.verbs.len();
        s.petrarch_patterns = self.petr_patterns.len();
        s.cameo_codes_covered = self
            .verbs
            .iter()
            .map(|v| v.code.as_str())
            .collect::<BTreeSet<_>>()
            .len();
        s.cues = self.cues.len();
        s.discards = self.discards.len();
        s.trie_nodes = self.matcher.nodes();
        s
    }
}

/// Match a discard phrase at the start of `words` (lowercase); returns the number of words.
fn discard_match(phrase: &str, stem: bool, words: &[String]) -> Option<usize> {
    let parts: Vec<&str> = phrase.split_whitespace().collect();
    if parts.len() > words.len() {
        return None;
    }
    let last = parts.len().checked_sub(1)?;
    for (k, p) in parts.iter().enumerate() {
        let w = words[k].as_str();
        let p = p.to_lowercase();
        let ok = if k == last {
            w == p || (stem && w.starts_with(p.as_str())) || crate::petrarch::singular(w) == p
        } else {
            w == p
        };
        if !ok {
            return None;
        }
    }
    Some(parts.len())
}
