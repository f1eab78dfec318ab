//! Averaged perceptron over hashed features, shared by the tagger, the
//! transition classifier and the labeller.
//!
//! Features are 32-bit hashes of (template, values). Training keeps a dense
//! row of weights per feature that ever took part in an update (so features
//! never updated cost nothing); the averaged model is stored sparsely, one
//! `(class, weight)` list per feature, which is both small and fast to score.

use crate::bin::{Reader, Writer};
use crate::types::SyntaxError;

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

struct ClassifierBuilder {
    n: usize,
    keys: Vec<u32>,
    lens: Vec<u32>,
    entries: Vec<Entry>,
}

impl ClassifierBuilder {
    fn new(n: usize) -> Self {
        ClassifierBuilder {
            n,
            keys: Vec::new(),
            lens: Vec::new(),
            entries: Vec::new(),
        }
    }
    fn push_row(&mut self, key: u32, row: &[(u16, f32)]) {
        if row.is_empty() {
            return;
        }
        self.keys.push(key);
        self.lens.push(row.len() as u32);
        self.entries.extend(row.iter().map(|(c, w)| Entry {
            cls: *c as u32,
            w: *w,
        }));
    }
    fn build(self) -> Classifier {
        let cap = (self.keys.len() * 2).next_power_of_two().max(1024);
        let mask = cap - 1;
        let mut slots = Vec::new();
        let mut start = 0u32;
        if self.n > INLINE {
            slots = vec![Slot::default(); cap];
        }
        for (k, len) in self.keys.iter().zip(&self.lens).filter(|_| self.n > INLINE) {
            let mut i = slot_index(*k, mask);
            while slots[i].key != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = Slot {
                key: *k,
                start,
                len: *len,
                _pad: 0,
            };
            start += len;
        }
        // Few classes: keep each feature's whole row inside its slot, so a
        // lookup costs one cache miss instead of two.
        let mut inline = Vec::new();
        if self.n <= INLINE {
            inline = vec![InlineSlot::default(); cap];
            let mut start = 0usize;
            for (k, len) in self.keys.iter().zip(&self.lens) {
                let mut i = slot_index(*k, mask);
                while inline[i].key != 0 {
                    i = (i + 1) & mask;
                }
                inline[i].key = *k;
                for e in &self.entries[start..start + *len as usize] {
                    inline[i].w[e.cls as usize] = e.w;
                }
                start += *len as usize;
            }
        }
        Classifier {
            n: self.n,
            slots,
            inline,
            keys: self.keys,
            lens: self.lens,
            entries: self.entries,
        }
    }
}

const INLINE: usize = 3;

/// A slot holding a whole row of up to three weights.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(16))]
struct InlineSlot {
    key: u32,
    w: [f32; INLINE],
}

#[inline]
fn slot_index(key: u32, mask: usize) -> usize {
    (key as usize).wrapping_mul(0x9E37_79B1) & mask
}

/// One hash slot: the feature key and where its weights are. 16 bytes, so
/// four share a cache line and a lookup costs one miss before the weights.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(16))]
struct Slot {
    key: u32,
    start: u32,
    len: u32,
    _pad: u32,
}

/// One non-zero weight.
#[derive(Debug, Clone, Copy)]
struct Entry {
    cls: u32,
    w: f32,
}

/// A trained, averaged, sparse linear classifier.
#[derive(Debug, Clone)]
pub(crate) struct Classifier {
    n: usize,
    slots: Vec<Slot>,
    inline: Vec<InlineSlot>,
    keys: Vec<u32>,
    lens: Vec<u32>,
    entries: Vec<Entry>,
}

impl Classifier {
    /// Number of classes.
    pub(crate) fn nclasses(&self) -> usize {
        self.n
    }

    /// Number of stored (feature, class) weights.
    pub(crate) fn nnz(&self) -> usize {
        self.entries.len()
    }

    /// Scores of all classes for a feature set.
    ///
    /// Two passes per chunk: first find every feature's slot (independent
    /// loads, so the cache misses overlap), then add up the weights.
    #[inline]
    pub(crate) fn score(&self, feats: &[u32], out: &mut [f32]) {
        out.iter_mut().for_each(|x| *x = 0.0);
        if !self.inline.is_empty() {
            let mask = self.inline.len() - 1;
            let mut acc = [0f32; INLINE];
            for &f in feats {
                let mut i = slot_index(f, mask);
                loop {
                    let s = &self.inline[i];
                    if s.key == f {
                        for (a, w) in acc.iter_mut().zip(&s.w) {
                            *a += *w;
                        }
                        break;
                    }
                    if s.key == 0 {
                        break;
                    }
                    i = (i + 1) & mask;
                }
            }
            for (o, a) in out.iter_mut().zip(&acc) {
                *o = *a;
            }
            return;
        }
        let mask = self.slots.len() - 1;
        let mut found = [(0u32, 0u32); 64];
        for chunk in feats.chunks(64) {
            let mut nf = 0;
            for &f in chunk {
                let mut i = slot_index(f, mask);
                loop {
                    let s = &self.slots[i];
                    if s.key == f {
                        found[nf] = (s.start, s.len);
                        nf += 1;
                        break;
                    }
                    if s.key == 0 {
                        break;
                    }
                    i = (i + 1) & mask;
                }
            }
            for &(start, len) in &found[..nf] {
                let a = start as usize;
                for e in &self.entries[a..a + len as usize] {
                    if let Some(o) = out.get_mut(e.cls as usize) {
                        *o += e.w;
                    }
                }
            }
        }
    }

    /// A copy without weights of magnitude below `min`.
    pub(crate) fn pruned(&self, min: f32) -> Classifier {
        let mut b = ClassifierBuilder::new(self.n);
        let mut row = Vec::new();
        let mut start = 0usize;
        for (k, len) in self.keys.iter().zip(&self.lens) {
            row.clear();
            for e in &self.entries[start..start + *len as usize] {
                if e.w.abs() >= min {
                    row.push((e.cls as u16, e.w));
                }
            }
            start += *len as usize;
            b.push_row(*k, &row);
        }
        b.build()
    }

    /// Serialise, quantising weights to i16 with one scale per classifier.
    ///
    /// Layout (little endian): n, #keys, #weights, scale; sorted keys as
    /// varint deltas; then either dense rows of n i16 (n <= 3) or, per key,
    /// a varint row length, followed by all class bytes and all i16 weights.
    pub(crate) fn write(&self, w: &mut Writer) {
        w.u32(self.n as u32);
        w.u32(self.keys.len() as u32);
        w.u32(self.entries.len() as u32);
        let max = self.entries.iter().fold(0f32, |m, e| m.max(e.w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        w.f32(scale);
        let q = |x: f32| (x / scale).round().clamp(-32767.0, 32767.0) as i16;
        let mut prev = 0u32;
        for k in &self.keys {
            w.varint(k.wrapping_sub(prev) as u64);
            prev = *k;
        }
        if self.n <= INLINE {
            let mut start = 0usize;
            for len in &self.lens {
                let mut row = [0i16; INLINE];
                for e in &self.entries[start..start + *len as usize] {
                    row[e.cls as usize] = q(e.w);
                }
                start += *len as usize;
                for x in &row[..self.n] {
                    w.i16(*x);
                }
            }
            return;
        }
        for len in &self.lens {
            w.varint(*len as u64);
        }
        let wide = self.n > 255;
        for e in &self.entries {
            if wide {
                w.u16(e.cls as u16);
            } else {
                w.u8(e.cls as u8);
            }
        }
        for e in &self.entries {
            w.i16(q(e.w));
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
        let mut b = ClassifierBuilder::new(n);
        b.keys.reserve(nkeys);
        let mut prev = 0u32;
        for _ in 0..nkeys {
            prev = prev.wrapping_add(r.varint()? as u32);
            if prev == 0 {
                return Err(SyntaxError::Model("zero feature key".into()));
            }
            b.keys.push(prev);
        }
        if n <= INLINE {
            b.lens.reserve(nkeys);
            b.entries.reserve(nnz);
            for _ in 0..nkeys {
                let mut len = 0;
                for c in 0..n {
                    let x = r.i16()?;
                    if x != 0 {
                        b.entries.push(Entry {
                            cls: c as u32,
                            w: x as f32 * scale,
                        });
                        len += 1;
                    }
                }
                b.lens.push(len);
            }
            return Ok(b.build());
        }
        let mut total = 0u64;
        for _ in 0..nkeys {
            let len = r.varint()?;
            total += len;
            b.lens.push(len as u32);
        }
        if total as usize != nnz {
            return Err(SyntaxError::Model(
                "classifier row lengths do not add up".into(),
            ));
        }
        let mut cls = Vec::with_capacity(nnz);
        for _ in 0..nnz {
            let c = if n > 255 { r.u16()? } else { r.u8()? as u16 };
            if c as usize >= n {
                return Err(SyntaxError::Model("class index out of range".into()));
            }
            cls.push(c);
        }
        b.entries.reserve(nnz);
        for c in cls {
            b.entries.push(Entry {
                cls: c as u32,
                w: r.i16()? as f32 * scale,
            });
        }
        Ok(b.build())
    }
}

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
