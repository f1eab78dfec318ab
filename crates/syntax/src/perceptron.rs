//! Averaged perceptron over hashed features, shared by the tagger, the
//! transition classifier and the labeller.
//!
//! Features are 32-bit hashes of (template, values). Training keeps a dense
//! row of weights per feature that ever took part in an update (so features
//! never updated cost nothing); the averaged model is quantised to i16 and
//! stored sparsely, one `(class, weight)` list per feature, in a hash table
//! of cache-line buckets (see [`Classifier`]), which is both small and fast
//! to score.

use crate::bin::{Reader, Writer};
use crate::types::SyntaxError;
use std::collections::HashMap;

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Combine a running hash with one more value.
#[inline]
pub(crate) fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(K)
}

/// Final avalanche; never returns 0 (0 marks an empty table slot).
#[inline]
pub(crate) fn finish(h: u64) -> u32 {
    let mut x = h;
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^= x >> 33;
    let k = (x >> 32) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

/// Hash a string (FNV-1a, then mixed).
#[inline]
pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    mix(h, 0x5bd1_e995)
}

/// Feature from a template id and up to three values.
#[inline]
pub(crate) fn f1(t: u64, a: u64) -> u32 {
    finish(mix(mix(t.wrapping_mul(K), a), 1))
}
/// Feature from a template id and two values.
#[inline]
pub(crate) fn f2(t: u64, a: u64, b: u64) -> u32 {
    finish(mix(mix(mix(t.wrapping_mul(K), a), b), 2))
}
/// Feature from a template id and three values.
#[inline]
pub(crate) fn f3(t: u64, a: u64, b: u64, c: u64) -> u32 {
    finish(mix(mix(mix(mix(t.wrapping_mul(K), a), b), c), 3))
}

/// Open-addressing map from feature key (non-zero u32) to row index.
#[derive(Debug, Clone, Default)]
pub(crate) struct FeatTable {
    keys: Vec<u32>,
    vals: Vec<u32>,
    len: usize,
}

impl FeatTable {
    fn with_capacity(n: usize) -> Self {
        let cap = (n * 2).next_power_of_two().max(1024);
        FeatTable {
            keys: vec![0; cap],
            vals: vec![0; cap],
            len: 0,
        }
    }

    #[inline]
    fn get(&self, key: u32) -> Option<u32> {
        if self.keys.is_empty() {
            return None;
        }
        let mask = self.keys.len() - 1;
        let mut i = (key as usize).wrapping_mul(0x9E37_79B1) & mask;
        loop {
            let k = self.keys[i];
            if k == key {
                return Some(self.vals[i]);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    fn insert(&mut self, key: u32, val: u32) {
        if (self.len + 1) * 2 > self.keys.len() {
            let mut bigger = FeatTable::with_capacity(self.len + 1);
            for (k, v) in self.keys.iter().zip(&self.vals) {
                if *k != 0 {
                    bigger.insert(*k, *v);
                }
            }
            *self = bigger;
        }
        let mask = self.keys.len() - 1;
        let mut i = (key as usize).wrapping_mul(0x9E37_79B1) & mask;
        loop {
            if self.keys[i] == 0 {
                self.keys[i] = key;
                self.vals[i] = val;
                self.len += 1;
                return;
            }
            if self.keys[i] == key {
                self.vals[i] = val;
                return;
            }
            i = (i + 1) & mask;
        }
    }
}

/// Perceptron under training: dense rows, with the running sums needed for
/// averaging (Daumé's trick: average = w - u / c).
#[derive(Debug, Clone)]
pub(crate) struct Trainer {
    n: usize,
    table: FeatTable,
    w: Vec<f32>,
    u: Vec<f64>,
    c: f64,
}

impl Trainer {
    pub(crate) fn new(nclasses: usize) -> Self {
        Trainer {
            n: nclasses,
            table: FeatTable::with_capacity(1 << 16),
            w: Vec::new(),
            u: Vec::new(),
            c: 1.0,
        }
    }

    /// Current (non-averaged) scores.
    pub(crate) fn score(&self, feats: &[u32], out: &mut [f32]) {
        out.iter_mut().for_each(|x| *x = 0.0);
        for &f in feats {
            if let Some(r) = self.table.get(f) {
                let row = &self.w[r as usize * self.n..(r as usize + 1) * self.n];
                for (o, w) in out.iter_mut().zip(row) {
                    *o += *w;
                }
            }
        }
    }

    /// Advance the example counter (call once per training decision).
    pub(crate) fn tick(&mut self) {
        self.c += 1.0;
    }

    fn row(&mut self, f: u32) -> usize {
        match self.table.get(f) {
            Some(r) => r as usize,
            None => {
                let r = self.w.len() / self.n;
                self.w.resize(self.w.len() + self.n, 0.0);
                self.u.resize(self.u.len() + self.n, 0.0);
                self.table.insert(f, r as u32);
                r
            }
        }
    }

    /// Move weights towards `gold` and away from `guess`.
    pub(crate) fn update(&mut self, feats: &[u32], gold: usize, guess: usize) {
        if gold == guess {
            return;
        }
        let c = self.c;
        for &f in feats {
            let r = self.row(f) * self.n;
            self.w[r + gold] += 1.0;
            self.u[r + gold] += c;
            self.w[r + guess] -= 1.0;
            self.u[r + guess] -= c;
        }
    }

    /// Add `delta` to the weights of `class` for these features (one side of
    /// a structured update, where gold and guess have different features).
    pub(crate) fn add(&mut self, feats: &[u32], class: usize, delta: f32) {
        let c = self.c;
        for &f in feats {
            let r = self.row(f) * self.n + class;
            self.w[r] += delta;
            self.u[r] += c * delta as f64;
        }
    }

    /// The averaged weights as a sparse classifier; weights with magnitude
    /// below `prune` are dropped.
    pub(crate) fn average(&self, prune: f32) -> Classifier {
        let mut keyed: Vec<(u32, u32)> = self
            .table
            .keys
            .iter()
            .zip(&self.table.vals)
            .filter(|(k, _)| **k != 0)
            .map(|(k, v)| (*k, *v))
            .collect();
        keyed.sort_unstable();
        let mut b = ClassifierBuilder::new(self.n);
        let mut row: Vec<(u16, f32)> = Vec::with_capacity(self.n);
        for (k, r) in keyed {
            row.clear();
            let base = r as usize * self.n;
            for cls in 0..self.n {
                let a = self.w[base + cls] as f64 - self.u[base + cls] / self.c;
                if (a as f32).abs() >= prune && a != 0.0 {
                    row.push((cls as u16, a as f32));
                }
            }
            b.push_row(k, &row);
        }
        b.build()
    }
}

/// Collects `(key, row)` pairs in ascending key order and builds a
/// quantised [`Classifier`].
struct ClassifierBuilder {
    n: usize,
    keys: Vec<u32>,
    /// Where each key's row starts in `cls`/`w` (one more entry at the end).
    offs: Vec<usize>,
    cls: Vec<u16>,
    w: Vec<f32>,
}

impl ClassifierBuilder {
    fn new(n: usize) -> Self {
        ClassifierBuilder {
            n,
            keys: Vec::new(),
            offs: vec![0],
            cls: Vec::new(),
            w: Vec::new(),
        }
    }
    fn push_row(&mut self, key: u32, row: &[(u16, f32)]) {
        if row.is_empty() {
            return;
        }
        self.keys.push(key);
        for (c, w) in row {
            self.cls.push(*c);
            self.w.push(*w);
        }
        self.offs.push(self.cls.len());
    }
    /// Quantise to i16 with one scale per classifier (what the model file
    /// stores), so a freshly trained classifier scores exactly like the
    /// saved and reloaded one.
    fn build(self) -> Classifier {
        let max = self.w.iter().fold(0f32, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let q: Vec<i16> = self
            .w
            .iter()
            .map(|x| (x / scale).round().clamp(-32767.0, 32767.0) as i16)
            .collect();
        Classifier::from_rows(self.n, scale, &self.keys, |i, row| {
            let r = self.offs[i]..self.offs[i + 1];
            row.extend(
                self.cls[r.clone()]
                    .iter()
                    .copied()
                    .zip(q[r].iter().copied()),
            );
        })
    }
}

/// Classes stored inline in the hash slots (the transition classifier).
const SMALL: usize = 3;
/// Slots per bucket of the inline layout.
const SB: usize = 6;
/// Slots per bucket of the sparse layout.
const WB: usize = 4;
/// Entries kept in a sparse slot; longer rows live in `rows` or `dense`.
const WE: usize = 3;
/// First entry of a slot whose row lives outside the bucket: the second is
/// its start, the third 0 for a sparse row in `rows`, 1 for a dense one.
const OVER: u32 = 0xFFFF_0000;
/// Empty slot marker. Slots are filled in ascending key order, so a lookup
/// stops at the first key `>=` the one it looks for; an empty slot is the
/// largest key there is, with no weights.
const EMPTY: u32 = u32::MAX;
/// Fraction of slots in use. The tables are built at load time, so this
/// trades memory for speed without touching the model file. At 0.85 a
/// third of the transition lookups (six-slot buckets) and over half of the
/// tagger and labeller ones (four-slot buckets) found their home bucket
/// filled with smaller keys and went on probing (an unpredictable branch and
/// one more bucket each); at 0.4 the tables take about 35 MB more and
/// `bench parse` runs about 1.4 times as fast (0.55: 1.3 times, 0.35 about
/// as fast as 0.4).
const LOAD: f64 = 0.4;
/// Features scored per chunk of the sparse layout.
const CHUNK: usize = 64;

/// One cache line of the inline layout: six keys and their three weights.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
struct SmallBucket {
    keys: [u32; SB],
    w: [[i16; SMALL]; SB],
}

impl Default for SmallBucket {
    fn default() -> Self {
        SmallBucket {
            keys: [EMPTY; SB],
            w: [[0; SMALL]; SB],
        }
    }
}

/// One cache line of the sparse layout: four keys, each with up to three
/// packed `(class << 16 | weight as u16)` entries (0 = none), or [`OVER`]
/// and where its row is.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
struct WideBucket {
    keys: [u32; WB],
    e: [[u32; WE]; WB],
}

impl Default for WideBucket {
    fn default() -> Self {
        WideBucket {
            keys: [EMPTY; WB],
            e: [[0; WE]; WB],
        }
    }
}

#[inline]
fn pack(cls: u16, w: i16) -> u32 {
    (cls as u32) << 16 | w as u16 as u32
}

#[inline]
fn unpack(e: u32) -> (u16, i16) {
    ((e >> 16) as u16, e as u16 as i16)
}

/// A vector of `n` default values whose memory the kernel is asked to back
/// with huge pages (Linux): lookups hit random buckets of tables of tens of
/// megabytes, and with 4 KiB pages nearly every one also misses the TLB.
fn table<T: Clone + Default>(n: usize) -> Vec<T> {
    let mut v: Vec<T> = Vec::with_capacity(n);
    #[cfg(target_os = "linux")]
    {
        const HUGE: usize = 2 << 20;
        let ptr = v.as_ptr() as usize;
        let len = v.capacity() * std::mem::size_of::<T>();
        let start = ptr.div_ceil(HUGE) * HUGE;
        let end = (ptr + len) / HUGE * HUGE;
        if end > start {
            // SAFETY: the range lies inside this vector's own allocation,
            // not yet touched; MADV_HUGEPAGE only advises the kernel how to
            // back it and never changes its contents.
            unsafe {
                libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
            }
        }
    }
    v.resize(n, T::default());
    v
}

/// Ask the CPU to start loading the cache line of `x` without waiting for
/// it. Unlike a load, a prefetch retires at once, so a loop of them puts
/// every miss of a feature set in flight without filling the reorder buffer
/// with loads waiting on memory.
#[inline(always)]
fn prefetch<T>(x: &T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: a prefetch is only a hint: it never faults and never
        // changes memory (and `x` is a valid reference anyway).
        unsafe { _mm_prefetch::<_MM_HINT_T0>((x as *const T).cast()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = x;
    }
}

/// Home bucket of a key: keys are uniform hashes, so scaling one into
/// `0..nb` keeps ascending keys in ascending buckets (the table is built in
/// one sequential pass over the sorted keys).
#[inline]
fn home(key: u32, nb: usize) -> usize {
    ((key as u64 * nb as u64) >> 32) as usize
}

/// Where `f` is in a bucket's keys: `Ok(slot)`, or `Err(true)` if it can
/// only be in a later bucket (every key here is smaller: keys ascend from
/// bucket to bucket, and a bucket that a key has moved on from is full), or
/// `Err(false)` if it is not in the table.
///
/// The keys are compared for equality all at once (a vector compare and a
/// bit mask; the table is so sparse that nearly every key is in its home
/// bucket), which is about half the work of counting the keys below `f`.
#[inline]
fn find<const N: usize>(keys: &[u32; N], f: u32) -> Result<usize, bool> {
    let mask = keys
        .iter()
        .enumerate()
        .fold(0u32, |m, (j, k)| m | ((*k == f) as u32) << j);
    if mask != 0 {
        Ok(mask.trailing_zeros() as usize)
    } else {
        Err(keys[N - 1] < f)
    }
}

/// A trained, averaged, sparse linear classifier with i16 weights.
///
/// An ordered linear-probing hash table of cache-line buckets, so a lookup
/// is normally one cache miss (the table is a third of the size of a
/// `(key, start, len)` index plus separate weights, and is built at load
/// time in one sequential pass). With at most three classes the weights sit
/// in the bucket itself; otherwise a slot holds up to three packed entries,
/// and longer rows live in `rows` (sparse: length, then packed entries) or,
/// when they cover a quarter of the classes or more, in `dense` (one i16 per
/// class, added up without branches).
#[derive(Debug, Clone)]
pub(crate) struct Classifier {
    n: usize,
    scale: f32,
    /// Number of home buckets (the vectors have a few more for overflow).
    nb: usize,
    small: Vec<SmallBucket>,
    wide: Vec<WideBucket>,
    rows: Vec<u32>,
    dense: Vec<i16>,
    nkeys: usize,
    nnz: usize,
}

impl Classifier {
    /// Build from ascending keys (sorted here if they are not) and a
    /// function giving each key's `(class, weight)` row.
    fn from_rows(
        n: usize,
        scale: f32,
        keys: &[u32],
        mut row_of: impl FnMut(usize, &mut Vec<(u16, i16)>),
    ) -> Classifier {
        let order: Option<Vec<usize>> = if keys.windows(2).all(|p| p[0] < p[1]) {
            None
        } else {
            let mut o: Vec<usize> = (0..keys.len()).collect();
            o.sort_by_key(|&i| keys[i]);
            o.dedup_by_key(|i| keys[*i]);
            Some(o)
        };
        let count = order.as_ref().map_or(keys.len(), Vec::len);
        let idx = |j: usize| order.as_ref().map_or(j, |o| o[j]);
        let per = if n <= SMALL { SB } else { WB };
        let nb = ((count as f64 / (per as f64 * LOAD)).ceil() as usize).max(1);
        let mut c = Classifier {
            n,
            scale,
            nb,
            small: Vec::new(),
            wide: Vec::new(),
            rows: Vec::new(),
            dense: Vec::new(),
            nkeys: count,
            nnz: 0,
        };
        let mut row = Vec::with_capacity(n);
        // Slots are filled in key order from each key's home bucket on; an
        // empty bucket always follows the last key, where lookups stop.
        let mut cursor = 0usize;
        if n <= SMALL {
            // Room for the few buckets overflow may add at the end.
            c.small = table(nb + 65);
            c.small.truncate(nb + 1);
            for j in 0..count {
                let i = idx(j);
                let k = keys[i];
                row.clear();
                row_of(i, &mut row);
                let mut w = [0i16; SMALL];
                for (cl, x) in &row {
                    if let Some(y) = w.get_mut(*cl as usize) {
                        *y = *x;
                    }
                }
                c.nnz += w.iter().filter(|x| **x != 0).count();
                let pos = cursor.max(home(k, nb) * SB);
                cursor = pos + 1;
                while pos / SB + 1 >= c.small.len() {
                    c.small.push(SmallBucket::default());
                }
                let b = &mut c.small[pos / SB];
                b.keys[pos % SB] = k;
                b.w[pos % SB] = w;
            }
            return c;
        }
        c.wide = table(nb + 65);
        c.wide.truncate(nb + 1);
        for j in 0..count {
            let i = idx(j);
            let k = keys[i];
            row.clear();
            row_of(i, &mut row);
            row.retain(|(cl, w)| (*cl as usize) < n && *w != 0);
            c.nnz += row.len();
            let pos = cursor.max(home(k, nb) * WB);
            cursor = pos + 1;
            while pos / WB + 1 >= c.wide.len() {
                c.wide.push(WideBucket::default());
            }
            let e = if row.len() <= WE {
                let mut e = [0u32; WE];
                for (x, (cl, w)) in e.iter_mut().zip(&row) {
                    *x = pack(*cl, *w);
                }
                e
            } else if row.len() * 4 >= n {
                let start = c.dense.len();
                c.dense.resize(start + n, 0);
                for (cl, w) in &row {
                    c.dense[start + *cl as usize] = *w;
                }
                [OVER, start as u32, 1]
            } else {
                let start = c.rows.len();
                c.rows.push(row.len() as u32);
                c.rows.extend(row.iter().map(|(cl, w)| pack(*cl, *w)));
                [OVER, start as u32, 0]
            };
            let b = &mut c.wide[pos / WB];
            b.keys[pos % WB] = k;
            b.e[pos % WB] = e;
        }
        c
    }

    /// Number of classes.
    pub(crate) fn nclasses(&self) -> usize {
        self.n
    }

    /// Number of stored (feature, class) weights.
    pub(crate) fn nnz(&self) -> usize {
        self.nnz
    }

    /// Calls `f` with every key and its non-zero `(class, weight)` entries,
    /// in ascending key order (the order of the slots).
    fn for_each_row(&self, mut f: impl FnMut(u32, &[(u16, i16)])) {
        let mut row = Vec::with_capacity(self.n);
        for b in &self.small {
            for (k, w) in b.keys.iter().zip(&b.w) {
                row.clear();
                for (c, x) in w.iter().enumerate().take(self.n) {
                    if *x != 0 {
                        row.push((c as u16, *x));
                    }
                }
                if *k != EMPTY || !row.is_empty() {
                    f(*k, &row);
                }
            }
        }
        for b in &self.wide {
            for (k, e) in b.keys.iter().zip(&b.e) {
                row.clear();
                if e[0] != OVER {
                    row.extend(e.iter().filter(|x| **x != 0).map(|x| unpack(*x)));
                } else if e[2] == 1 {
                    let s = e[1] as usize;
                    for (c, x) in self.dense[s..s + self.n].iter().enumerate() {
                        if *x != 0 {
                            row.push((c as u16, *x));
                        }
                    }
                } else {
                    let s = e[1] as usize;
                    let len = self.rows[s] as usize;
                    row.extend(self.rows[s + 1..s + 1 + len].iter().map(|x| unpack(*x)));
                }
                if *k != EMPTY || !row.is_empty() {
                    f(*k, &row);
                }
            }
        }
    }

    /// Scores of all classes for a feature set.
    ///
    /// Sums are exact integers, scaled once at the end. Lookups go in two
    /// passes: first prefetch every feature's home bucket (so their cache
    /// misses overlap), then look the keys up.
    #[inline]
    pub(crate) fn score(&self, feats: &[u32], out: &mut [f32]) {
        out.iter_mut().for_each(|x| *x = 0.0);
        if self.n <= SMALL {
            let acc = self.score_small(feats);
            for (o, a) in out.iter_mut().zip(acc.iter().take(self.n)) {
                *o = *a as f32 * self.scale;
            }
        } else if self.n <= 256 {
            let mut acc = [0i32; 256];
            self.score_wide(feats, &mut acc[..self.n]);
            for (o, a) in out.iter_mut().zip(&acc[..self.n]) {
                *o = *a as f32 * self.scale;
            }
        } else {
            let mut acc = vec![0i32; self.n];
            self.score_wide(feats, &mut acc);
            for (o, a) in out.iter_mut().zip(&acc) {
                *o = *a as f32 * self.scale;
            }
        }
    }

    /// Load the home buckets of these features into the cache (ahead of
    /// scoring them).
    pub(crate) fn touch(&self, feats: &[u32]) {
        for &f in feats {
            if self.n <= SMALL {
                prefetch(&self.small[home(f, self.nb)]);
            } else {
                prefetch(&self.wide[home(f, self.nb)]);
            }
        }
    }

    #[inline(never)]
    fn score_small(&self, feats: &[u32]) -> [i32; SMALL] {
        let (t, nb) = (&self.small, self.nb);
        for &f in feats {
            prefetch(&t[home(f, nb)]);
        }
        let mut acc = [0i32; SMALL];
        for &f in feats {
            let mut b = home(f, nb);
            loop {
                let bk = &t[b];
                match find(&bk.keys, f) {
                    Ok(j) => {
                        for (a, w) in acc.iter_mut().zip(&bk.w[j]) {
                            *a += *w as i32;
                        }
                    }
                    Err(true) => {
                        b += 1;
                        continue;
                    }
                    Err(false) => {}
                }
                break;
            }
        }
        acc
    }

    #[inline(never)]
    fn score_wide(&self, feats: &[u32], acc: &mut [i32]) {
        let (t, nb, n) = (&self.wide, self.nb, self.n);
        let mut over = [(0u32, 0u32); CHUNK];
        for chunk in feats.chunks(CHUNK) {
            for &f in chunk {
                prefetch(&t[home(f, nb)]);
            }
            let mut no = 0;
            for &f in chunk {
                let mut b = home(f, nb);
                let e = loop {
                    let bk = &t[b];
                    match find(&bk.keys, f) {
                        Ok(j) => break bk.e[j],
                        Err(true) => b += 1,
                        Err(false) => break [0; WE],
                    }
                };
                if e[0] == OVER {
                    over[no] = (e[1], e[2]);
                    no += 1;
                    continue;
                }
                // Absent entries are 0: they add 0 to class 0.
                for x in e {
                    let (c, w) = unpack(x);
                    if let Some(a) = acc.get_mut(c as usize) {
                        *a += w as i32;
                    }
                }
            }
            // Rows outside the buckets: prefetch them all, then add them up.
            for &(start, dense) in &over[..no] {
                if dense == 1 {
                    prefetch(&self.dense[start as usize]);
                } else {
                    prefetch(&self.rows[start as usize]);
                }
            }
            for &(start, dense) in &over[..no] {
                let s = start as usize;
                if dense == 1 {
                    for (a, w) in acc.iter_mut().zip(&self.dense[s..s + n]) {
                        *a += *w as i32;
                    }
                    continue;
                }
                let len = self.rows[s] as usize;
                for x in &self.rows[s + 1..s + 1 + len] {
                    let (c, w) = unpack(*x);
                    if let Some(a) = acc.get_mut(c as usize) {
                        *a += w as i32;
                    }
                }
            }
        }
    }

    /// A copy without weights of magnitude below `min`.
    pub(crate) fn pruned(&self, min: f32) -> Classifier {
        let mut b = ClassifierBuilder::new(self.n);
        let mut kept = Vec::new();
        self.for_each_row(|k, r| {
            kept.clear();
            for (c, w) in r {
                let w = *w as f32 * self.scale;
                if w.abs() >= min {
                    kept.push((*c, w));
                }
            }
            b.push_row(k, &kept);
        });
        b.build()
    }

    /// Serialise (weights are already quantised to i16 with one scale).
    ///
    /// Layout (little endian): n, #keys, #weights, scale; sorted keys as
    /// varint deltas; then either dense rows of n i16 (n <= 3) or, per key,
    /// a varint row length, followed by all class bytes and all i16 weights.
    pub(crate) fn write(&self, w: &mut Writer) {
        let mut keys = Vec::with_capacity(self.nkeys);
        let mut lens = Vec::with_capacity(self.nkeys);
        let mut entries = Vec::with_capacity(self.nnz);
        self.for_each_row(|k, r| {
            keys.push(k);
            lens.push(r.len());
            entries.extend_from_slice(r);
        });
        w.u32(self.n as u32);
        w.u32(keys.len() as u32);
        w.u32(entries.len() as u32);
        w.f32(self.scale);
        let mut prev = 0u32;
        for k in &keys {
            w.varint(k.wrapping_sub(prev) as u64);
            prev = *k;
        }
        if self.n <= SMALL {
            let mut start = 0;
            for len in lens {
                let mut dense = [0i16; SMALL];
                for (c, x) in &entries[start..start + len] {
                    dense[*c as usize] = *x;
                }
                start += len;
                for x in &dense[..self.n] {
                    w.i16(*x);
                }
            }
            return;
        }
        for len in lens {
            w.varint(len as u64);
        }
        for (c, _) in &entries {
            if self.n > 255 {
                w.u16(*c);
            } else {
                w.u8(*c as u8);
            }
        }
        for (_, x) in &entries {
            w.i16(*x);
        }
    }

    /// Read what [`Classifier::write`] wrote.
    pub(crate) fn read(r: &mut Reader) -> Result<Self, SyntaxError> {
        let n = r.u32()? as usize;
        let nkeys = r.u32()? as usize;
        let nnz = r.u32()? as usize;
        let scale = r.f32()?;
        if n == 0 || n > 65535 || nkeys > r.remaining() || nnz > r.remaining() {
            return Err(SyntaxError::Model("classifier header out of range".into()));
        }
        if !(scale.is_finite() && scale > 0.0) {
            return Err(SyntaxError::Model("bad classifier scale".into()));
        }
        let mut keys = Vec::with_capacity(nkeys);
        let mut prev = 0u32;
        for _ in 0..nkeys {
            prev = prev.wrapping_add(r.varint()? as u32);
            if prev == 0 {
                return Err(SyntaxError::Model("zero feature key".into()));
            }
            keys.push(prev);
        }
        let i16_at = |b: &[u8], i: usize| i16::from_le_bytes([b[2 * i], b[2 * i + 1]]);
        if n <= SMALL {
            let data = r.take(nkeys * n * 2)?;
            return Ok(Classifier::from_rows(n, scale, &keys, |i, row| {
                for c in 0..n {
                    row.push((c as u16, i16_at(data, i * n + c)));
                }
            }));
        }
        let mut offs = Vec::with_capacity(nkeys + 1);
        offs.push(0usize);
        for _ in 0..nkeys {
            let len = r.varint()? as usize;
            let last = offs[offs.len() - 1];
            offs.push(last.saturating_add(len));
        }
        if offs[nkeys] != nnz {
            return Err(SyntaxError::Model(
                "classifier row lengths do not add up".into(),
            ));
        }
        let wide = n > 255;
        let cls = r.take(nnz * if wide { 2 } else { 1 })?;
        let class = |e: usize| {
            if wide {
                u16::from_le_bytes([cls[2 * e], cls[2 * e + 1]])
            } else {
                cls[e] as u16
            }
        };
        if (0..nnz).any(|e| class(e) as usize >= n) {
            return Err(SyntaxError::Model("class index out of range".into()));
        }
        let ws = r.take(nnz * 2)?;
        Ok(Classifier::from_rows(n, scale, &keys, |i, row| {
            for e in offs[i]..offs[i + 1] {
                row.push((class(e), i16_at(ws, e)));
            }
        }))
    }
}

/// A fast, deterministic hasher for the string tables (tag dictionary,
/// ambiguity classes, lemma lexicon): their keys come from the model file.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct FastHash;

/// Hasher state of [`FastHash`].
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct FastHasher(u64);

impl std::hash::BuildHasher for FastHash {
    type Hasher = FastHasher;
    fn build_hasher(&self) -> FastHasher {
        FastHasher(0)
    }
}

impl std::hash::Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b) ^ (rest.len() as u64) << 59)
                .wrapping_mul(K);
        }
        self.0 = h;
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(K);
    }
    #[inline]
    fn finish(&self) -> u64 {
        // Mix the high bits down: hashbrown uses the top 7 bits as tags
        // and the low bits as the index.
        let h = self.0;
        h ^ (h >> 29) ^ (h >> 47)
    }
}

/// A string-keyed map with [`FastHash`].
pub(crate) type FastMap<K, V> = HashMap<K, V, FastHash>;

/// Deterministic pseudo-random numbers (splitmix64) for shuffling and exploration.
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Rng(seed ^ 0x853c_49e6_748f_ea9b)
    }
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    pub(crate) fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Fisher–Yates shuffle.
    pub(crate) fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_problem_and_survives_serialisation() {
        let mut t = Trainer::new(3);
        let data: Vec<(Vec<u32>, usize)> = (0..30)
            .map(|i| (vec![f1(1, (i % 3) as u64), f1(2, 7)], i % 3))
            .collect();
        let mut out = [0f32; 3];
        for _ in 0..5 {
            for (f, g) in &data {
                t.score(f, &mut out);
                let guess = argmax(&out);
                t.update(f, *g, guess);
                t.tick();
            }
        }
        let c = t.average(0.0);
        let mut w = Writer::default();
        c.write(&mut w);
        let bytes = w.into_inner();
        let c2 = Classifier::read(&mut Reader::new(&bytes)).expect("reads back");
        for (f, g) in &data {
            c2.score(f, &mut out);
            assert_eq!(argmax(&out), *g);
        }
    }

    fn argmax(v: &[f32]) -> usize {
        let mut best = 0;
        for i in 1..v.len() {
            if v[i] > v[best] {
                best = i;
            }
        }
        best
    }
}
