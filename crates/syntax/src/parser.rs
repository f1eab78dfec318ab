//! Greedy transition-based dependency parser: arc-hybrid system with the root
//! at the end of the buffer, a dynamic oracle with exploration (Goldberg &
//! Nivre 2012/2013), averaged perceptron over Zhang & Nivre (2011)-style
//! features. The relation label is chosen by a second perceptron at the
//! moment an arc is made (the dependent is then complete in arc-hybrid), so
//! label-set features of later decisions see the labels already assigned.
//!
//! Everything is iterative: a 2,000-word sentence costs 4,000 transitions and
//! no recursion.

use crate::beam::{BeamScratch, Decoding};
use crate::bin::{Reader, Writer};
use crate::perceptron::{f1, f2, f3, Classifier, Rng, Trainer};
use crate::types::SyntaxError;

/// Sentinel for "no token".
pub(crate) const NONE: u32 = u32::MAX;
const NONE_V: u64 = 0x1234_5678;
const ROOT_W: u64 = 0x0bad_cafe;
const ROOT_P: u64 = 0xfffe;
const NO_LABEL: u64 = 0xfff0;

pub(crate) const SHIFT: usize = 0;
pub(crate) const LEFT: usize = 1;
pub(crate) const RIGHT: usize = 2;

/// Parser configuration, sized once per sentence and reused.
#[derive(Debug, Default, Clone)]
pub(crate) struct State {
    pub(crate) n: usize,
    pub(crate) stack: Vec<u32>,
    /// Buffer front: 1..=n are words, n+1 means only ROOT is left.
    pub(crate) i: usize,
    pub(crate) heads: Vec<u32>,
    pub(crate) labels: Vec<u16>,
    pub(crate) lc1: Vec<u32>,
    pub(crate) lc2: Vec<u32>,
    pub(crate) rc1: Vec<u32>,
    pub(crate) rc2: Vec<u32>,
    pub(crate) nl: Vec<u8>,
    pub(crate) nr: Vec<u8>,
    pub(crate) lset: Vec<u64>,
    pub(crate) rset: Vec<u64>,
}

impl State {
    pub(crate) fn reset(&mut self, n: usize) {
        self.n = n;
        self.stack.clear();
        self.i = 1;
        for v in [
            &mut self.heads,
            &mut self.lc1,
            &mut self.lc2,
            &mut self.rc1,
            &mut self.rc2,
        ] {
            v.clear();
            v.resize(n + 1, NONE);
        }
        self.labels.clear();
        self.labels.resize(n + 1, u16::MAX);
        self.nl.clear();
        self.nl.resize(n + 1, 0);
        self.nr.clear();
        self.nr.resize(n + 1, 0);
        self.lset.clear();
        self.lset.resize(n + 1, 0);
        self.rset.clear();
        self.rset.resize(n + 1, 0);
    }

    pub(crate) fn terminal(&self) -> bool {
        self.i > self.n && self.stack.is_empty()
    }

    /// Buffer front (0 = ROOT).
    fn b0(&self) -> u32 {
        if self.i <= self.n {
            self.i as u32
        } else {
            0
        }
    }

    fn b(&self, k: usize) -> u32 {
        let j = self.i + k;
        if j <= self.n {
            j as u32
        } else if j == self.n + 1 {
            0
        } else {
            NONE
        }
    }

    fn s(&self, k: usize) -> u32 {
        if self.stack.len() > k {
            self.stack[self.stack.len() - 1 - k]
        } else {
            NONE
        }
    }

    pub(crate) fn legal(&self) -> [bool; 3] {
        let sl = self.stack.len();
        [
            self.i <= self.n,
            sl >= 1 && (self.i <= self.n || sl == 1),
            sl >= 2,
        ]
    }

    /// Apply a move; returns the arc made (head, dependent), if any.
    pub(crate) fn apply(&mut self, mv: usize) -> Option<(u32, u32)> {
        match mv {
            SHIFT => {
                self.stack.push(self.i as u32);
                self.i += 1;
                None
            }
            LEFT => {
                let d = self.stack.pop()?;
                Some((self.b0(), d))
            }
            _ => {
                let d = self.stack.pop()?;
                let h = *self.stack.last()?;
                Some((h, d))
            }
        }
    }

    pub(crate) fn attach(&mut self, h: u32, d: u32, label: u16) {
        let (hu, du) = (h as usize, d as usize);
        self.heads[du] = h;
        self.labels[du] = label;
        let bit = 1u64 << (label as u64 % 64);
        if h == 0 || d < h {
            self.lc2[hu] = self.lc1[hu];
            self.lc1[hu] = d;
            self.nl[hu] = self.nl[hu].saturating_add(1);
            self.lset[hu] |= bit;
        } else {
            self.rc2[hu] = self.rc1[hu];
            self.rc1[hu] = d;
            self.nr[hu] = self.nr[hu].saturating_add(1);
            self.rset[hu] |= bit;
        }
    }

    /// Dynamic-oracle cost of each move against gold heads `g` (index 0 unused).
    pub(crate) fn costs(&self, g: &[u32]) -> [u32; 3] {
        let legal = self.legal();
        let mut c = [u32::MAX; 3];
        let n = self.n;
        let i = self.i;
        let in_buffer = |x: u32| x == 0 || (x as usize) >= i;
        let in_beta = |x: u32| i <= n && (x == 0 || (x as usize) > i);
        let s0 = self.s(0);
        let s1 = self.s(1);
        let kids_in_buffer = |h: u32| ((i.min(n + 1))..=n).filter(|&x| g[x] == h).count() as u32;
        if legal[LEFT] {
            let gh = g[s0 as usize];
            let lost_head = (s1 != NONE && gh == s1) || in_beta(gh);
            c[LEFT] = lost_head as u32 + kids_in_buffer(s0);
        }
        if legal[RIGHT] {
            let gh = g[s0 as usize];
            c[RIGHT] = in_buffer(gh) as u32 + kids_in_buffer(s0);
        }
        if legal[SHIFT] {
            let b0 = i as u32;
            let gh = g[i];
            let depth = self.stack.len();
            let mut cost = 0;
            for (k, &x) in self.stack.iter().enumerate() {
                if x == gh && k + 1 < depth {
                    cost += 1;
                }
                if g[x as usize] == b0 {
                    cost += 1;
                }
            }
            c[SHIFT] = cost;
        }
        c
    }
}

fn dist_bucket(a: u32, b: u32) -> u64 {
    if a == NONE || b == NONE {
        return 98;
    }
    if a == 0 || b == 0 {
        return 99;
    }
    let d = (a as i64 - b as i64).unsigned_abs();
    match d {
        0..=4 => d,
        5..=6 => 5,
        7..=9 => 7,
        10..=14 => 10,
        _ => 15,
    }
}

/// Per-sentence word/tag values, index 0 = ROOT.
pub(crate) struct Input<'a> {
    pub(crate) w: &'a [u64],
    pub(crate) p: &'a [u64],
    /// Running counts before position k (1-based; k = n+1 is the end):
    /// verbs in the low 16 bits, punctuation in the high 16.
    pub(crate) c: &'a [u32],
    /// Lowercased 3-character suffix hashes.
    pub(crate) s: &'a [u64],
}

impl Input<'_> {
    /// Whether word `d` (1-based) is tagged as punctuation.
    #[inline]
    fn is_punct(&self, d: u32) -> bool {
        let d = d as usize;
        d + 1 < self.c.len() && (self.c[d + 1] >> 16) != (self.c[d] >> 16)
    }

    /// (verbs, punctuation) strictly between two tokens, each capped at 2;
    /// ROOT counts as the position after the last word.
    #[inline]
    fn between(&self, a: u32, b: u32) -> u64 {
        if a == NONE || b == NONE {
            return 99;
        }
        let end = self.c.len() as u32 - 1;
        let pos = |x: u32| if x == 0 { end } else { x };
        let (lo, hi) = if pos(a) < pos(b) {
            (pos(a), pos(b))
        } else {
            (pos(b), pos(a))
        };
        let x = self.c[hi as usize].wrapping_sub(self.c[lo as usize + 1 - (lo == end) as usize]);
        let v = (x & 0xffff).min(2) as u64;
        let p = (x >> 16).min(2) as u64;
        v | p << 2
    }

    #[inline]
    fn w(&self, x: u32) -> u64 {
        if x == NONE {
            NONE_V
        } else {
            self.w[x as usize]
        }
    }
    #[inline]
    fn suf(&self, x: u32) -> u64 {
        if x == NONE {
            NONE_V
        } else {
            self.s[x as usize]
        }
    }
    #[inline]
    fn p(&self, x: u32) -> u64 {
        if x == NONE {
            NONE_V
        } else {
            self.p[x as usize]
        }
    }
}

/// Token kinds for the between-features.
pub(crate) const KIND_VERB: u8 = 1;
/// Punctuation kind.
pub(crate) const KIND_PUNCT: u8 = 2;

/// Map word hashes and tag ids to parser input arrays (prepends ROOT).
/// `kinds[tag]` says whether a tag is a verb or punctuation.
pub(crate) fn make_input(
    words: &[[u64; 2]],
    tags: &[u16],
    kinds: &[u8],
    w: &mut Vec<u64>,
    p: &mut Vec<u64>,
    c: &mut Vec<u32>,
    s: &mut Vec<u64>,
) {
    w.clear();
    p.clear();
    c.clear();
    s.clear();
    w.push(ROOT_W);
    p.push(ROOT_P);
    s.push(ROOT_W);
    w.extend(words.iter().map(|x| x[0]));
    s.extend(words.iter().map(|x| x[1]));
    p.extend(tags.iter().map(|t| *t as u64));
    // c[k] = counts over words 1..k-1; c has n+2 entries.
    c.push(0);
    let mut acc = 0u32;
    c.push(0);
    for t in tags {
        match kinds.get(*t as usize).copied().unwrap_or(0) {
            KIND_VERB => acc += 1,
            KIND_PUNCT => acc += 1 << 16,
            _ => {}
        }
        c.push(acc);
    }
}

fn lab(st: &State, x: u32) -> u64 {
    if x == NONE {
        NONE_V
    } else {
        let l = st.labels[x as usize];
        if l == u16::MAX {
            NO_LABEL
        } else {
            l as u64
        }
    }
}

fn child(v: &[u32], x: u32) -> u32 {
    if x == NONE {
        NONE
    } else {
        v[x as usize]
    }
}

/// Number of single-token transition features per token.
pub(crate) const NPRE: usize = 17;

/// The transition features that depend on one token only (its word and tag
/// in each stack/buffer role), computed once per sentence: index 0 is ROOT,
/// `1..=n` the words, `n + 1` "no token".
pub(crate) fn token_features(inp: &Input, out: &mut Vec<[u32; NPRE]>) {
    out.clear();
    let n = inp.w.len() - 1;
    for x in (0..=n as u32).chain([NONE]) {
        let (w, p) = (inp.w(x), inp.p(x));
        out.push([
            f1(1, w),
            f1(2, p),
            f1(3, w),
            f1(4, p),
            f1(5, w),
            f1(6, p),
            f1(7, w),
            f1(8, p),
            f1(9, w),
            f1(10, p),
            f1(11, p),
            f1(12, w),
            f2(101, w, p),
            f2(102, w, p),
            f2(103, w, p),
            f2(104, w, p),
            f2(105, w, p),
        ]);
    }
}

pub(crate) fn transition_features(
    st: &State,
    inp: &Input,
    pre: &[[u32; NPRE]],
    out: &mut Vec<u32>,
) {
    out.clear();
    let tok = |x: u32| &pre[if x == NONE { pre.len() - 1 } else { x as usize }];
    let (s0, s1, s2) = (st.s(0), st.s(1), st.s(2));
    let (b0, b1, b2) = (st.b(0), st.b(1), st.b(2));
    let (s0w, s0p, s1w, s1p, s2p) = (inp.w(s0), inp.p(s0), inp.w(s1), inp.p(s1), inp.p(s2));
    let (b0w, b0p, b1p, b2p) = (inp.w(b0), inp.p(b0), inp.p(b1), inp.p(b2));
    let s0l1 = child(&st.lc1, s0);
    let s0l2 = child(&st.lc2, s0);
    let s0r1 = child(&st.rc1, s0);
    let s0r2 = child(&st.rc2, s0);
    let s1l1 = child(&st.lc1, s1);
    let s1r1 = child(&st.rc1, s1);
    let s1r2 = child(&st.rc2, s1);
    let b0l1 = child(&st.lc1, b0);
    let b0l2 = child(&st.lc2, b0);
    let (s0l1p, s0l2p, s0r1p, s0r2p) = (inp.p(s0l1), inp.p(s0l2), inp.p(s0r1), inp.p(s0r2));
    let (b0l1p, b0l2p, s1r1p) = (inp.p(b0l1), inp.p(b0l2), inp.p(s1r1));
    let val = |v: &[u8], x: u32| if x == NONE { 255 } else { v[x as usize] as u64 };
    let set = |v: &[u64], x: u32| if x == NONE { 1 << 63 } else { v[x as usize] };
    let d = dist_bucket(s0, b0);
    let d1 = dist_bucket(s1, s0);
    // Single words (templates 1 to 12, see `token_features`).
    let (ts0, tb0, tb1, tb2, ts1, ts2) = (tok(s0), tok(b0), tok(b1), tok(b2), tok(s1), tok(s2));
    out.extend_from_slice(&[
        ts0[0], ts0[1], tb0[2], tb0[3], tb1[4], tb1[5], tb2[6], tb2[7], ts1[8], ts1[9], ts2[10],
        ts2[11],
    ]);
    let mut t = 12u64;
    let mut p1 = |out: &mut Vec<u32>, a: u64| {
        t += 1;
        out.push(f1(t, a));
    };
    // Children.
    p1(out, inp.w(s0l1));
    p1(out, s0l1p);
    p1(out, lab(st, s0l1));
    p1(out, inp.w(s0r1));
    p1(out, s0r1p);
    p1(out, lab(st, s0r1));
    p1(out, inp.w(b0l1));
    p1(out, b0l1p);
    p1(out, lab(st, b0l1));
    p1(out, inp.w(s0l2));
    p1(out, s0l2p);
    p1(out, lab(st, s0l2));
    p1(out, inp.w(s0r2));
    p1(out, s0r2p);
    p1(out, lab(st, s0r2));
    p1(out, inp.w(b0l2));
    p1(out, b0l2p);
    p1(out, lab(st, b0l2));
    p1(out, lab(st, s1r1));
    p1(out, lab(st, s1l1));
    // Word and tag (templates 101 to 105).
    out.extend_from_slice(&[ts0[12], tb0[13], tb1[14], ts1[15], tb2[16]]);
    let mut t = 105u64;
    let mut p2 = |out: &mut Vec<u32>, a: u64, b: u64| {
        t += 1;
        out.push(f2(t, a, b));
    };
    p2(out, s0w, b0w);
    p2(out, s0p, b0p);
    p2(out, b0p, b1p);
    p2(out, s1p, s0p);
    p2(out, s1w, s0w);
    // Distance.
    p2(out, s0w, d);
    p2(out, s0p, d);
    p2(out, b0w, d);
    p2(out, b0p, d);
    p2(out, s1p, d1);
    p2(out, s0p, d1);
    // Valency.
    p2(out, s0w, val(&st.nr, s0));
    p2(out, s0p, val(&st.nr, s0));
    p2(out, s0w, val(&st.nl, s0));
    p2(out, s0p, val(&st.nl, s0));
    p2(out, b0w, val(&st.nl, b0));
    p2(out, b0p, val(&st.nl, b0));
    p2(out, s1w, val(&st.nr, s1));
    p2(out, s1p, val(&st.nr, s1));
    // Label sets.
    p2(out, s0w, set(&st.rset, s0));
    p2(out, s0p, set(&st.rset, s0));
    p2(out, s0w, set(&st.lset, s0));
    p2(out, s0p, set(&st.lset, s0));
    p2(out, b0w, set(&st.lset, b0));
    p2(out, b0p, set(&st.lset, b0));
    p2(out, s1p, set(&st.rset, s1));
    p2(out, s1p, set(&st.lset, s1));
    let mut t = 200u64;
    let mut p3 = |out: &mut Vec<u32>, a: u64, b: u64, c: u64| {
        t += 1;
        out.push(f3(t, a, b, c));
    };
    p3(out, s0w, s0p, b0p);
    p3(out, s0p, b0w, b0p);
    p3(out, s0w, s0p, b0w);
    p3(out, s0w, b0w, b0p);
    p3(out, s0w, s0p, b0w ^ b0p.rotate_left(17));
    p3(out, s1w, s1p, s0p);
    p3(out, s1p, s0w, s0p);
    p3(out, s1w, s1p, s0w ^ s0p.rotate_left(17));
    p3(out, b0p, b1p, b2p);
    p3(out, s0p, b0p, b1p);
    p3(out, s1p, s0p, b0p);
    p3(out, s2p, s1p, s0p);
    p3(out, s1p, s0p, b1p);
    p3(out, s0p, s0l1p, b0p);
    p3(out, s0p, s0r1p, b0p);
    p3(out, s0p, b0p, b0l1p);
    p3(out, s1p, s1r1p, s0p);
    p3(out, s1p, s0p, s0l1p);
    p3(out, s1p, s0p, s0r1p);
    p3(out, s0p, s0l1p, s0l2p);
    p3(out, s0p, s0r1p, s0r2p);
    p3(out, b0p, b0l1p, b0l2p);
    p3(out, s1p, s1r1p, inp.p(s1r2));
    p3(out, s0w, b0w, d);
    p3(out, s0p, b0p, d);
    p3(out, s1p, s0p, d1);
    p3(out, s1w, s0w, d1);
    p3(out, s0w, b0w, b0p);
    p3(out, s0p, b0w, b1p);
    p3(out, s1p, s0p, b0w);
    p3(out, inp.suf(s0), s0p, b0p);
    p3(out, s0p, inp.suf(b0), b0p);
    let bsb = inp.between(s0, b0);
    let bss = inp.between(s1, s0);
    p3(out, s0p, b0p, bsb);
    p3(out, s1p, s0p, bss);
    p3(out, s0w, b0p, bsb);
    p3(out, s0p, b0w, bsb);
}

/// Number of single-token label features per token.
pub(crate) const NLPRE: usize = 20;

/// The label features that depend on one token only (as the dependent or
/// as the head, for both arc directions), computed once per sentence and
/// indexed like the words (0 is ROOT). See `label_features` for templates.
pub(crate) fn label_token_features(inp: &Input, out: &mut Vec<[u32; NLPRE]>) {
    out.clear();
    let n = inp.w.len() - 1;
    for x in 0..=n as u32 {
        let (w, p, s) = (inp.w(x), inp.p(x), inp.suf(x));
        let prev = if x > 1 { x - 1 } else { NONE };
        let next = if (x as usize) < n { x + 1 } else { NONE };
        let (wprev, wnext) = (inp.w(prev), inp.w(next));
        let mut k = [0u32; NLPRE];
        k[0] = f1(1002, w);
        k[1] = f1(1003, p);
        k[2] = f2(1101, w, p);
        k[3] = f2(1117, p, inp.p(prev));
        k[4] = f2(1118, p, inp.p(next));
        for dir in 0..2u64 {
            let j = dir as usize;
            k[5 + j] = f2(1107, p, dir);
            k[7 + j] = f2(1108, w, dir);
            k[9 + j] = f3(1213, s, p, dir);
            k[11 + j] = f3(1216, p, wprev, dir);
            k[13 + j] = f3(1217, p, wnext, dir);
            k[18 + j] = f2(1120, w, dir);
        }
        k[15] = f1(1004, w);
        k[16] = f1(1005, p);
        k[17] = f2(1102, w, p);
        out.push(k);
    }
}

/// Features of the arc `h -> d` for the labeller. The numbers are the
/// template ids (those marked `pre` come from `label_token_features`).
pub(crate) fn label_features(
    st: &State,
    inp: &Input,
    lpre: &[[u32; NLPRE]],
    h: u32,
    d: u32,
    out: &mut Vec<u32>,
) {
    out.clear();
    let (hp, dp) = (inp.p(h), inp.p(d));
    let (hw, dw) = (inp.w(h), inp.w(d));
    let dir = (h == 0 || d < h) as u64;
    let j = dir as usize;
    let (kd, kh) = (&lpre[d as usize], &lpre[h as usize]);
    let dist = dist_bucket(h, d);
    let dl1 = child(&st.lc1, d);
    let dr1 = child(&st.rc1, d);
    let dl2 = child(&st.lc2, d);
    let n = inp.w.len() - 1;
    let prev = if d > 1 { d - 1 } else { NONE };
    let next = if (d as usize) < n { d + 1 } else { NONE };
    let hl = if h == 0 { 0 } else { st.lset[h as usize] };
    let hr = if h == 0 { 0 } else { st.rset[h as usize] };
    let (ld, rd) = (st.lset[d as usize], st.rset[d as usize]);
    let wl1 = inp.w(dl1);
    out.extend_from_slice(&[
        f1(1001, 0),
        kd[0],  // 1002 dw
        kd[1],  // 1003 dp
        kh[15], // 1004 hw
        kh[16], // 1005 hp
        f1(1006, wl1),
        f1(1007, ld),
        f1(1008, rd),
        kd[2],  // 1101 dw dp
        kh[17], // 1102 hw hp
        f2(1103, hp, dp),
        f2(1104, hw, dp),
        f2(1105, hp, dw),
        f2(1106, hw, dw),
        kd[5 + j], // 1107 dp dir
        kd[7 + j], // 1108 dw dir
        f2(1109, dp, wl1),
        f2(1110, dp, inp.p(dl1)),
        f2(1111, wl1, lab(st, dl1)),
        f2(1112, dp, lab(st, dr1)),
        f2(1113, dp, ld),
        f2(1114, dp, rd),
        f2(1115, hp, hl ^ dir),
        f2(1116, hp, hr ^ dir),
        kd[3], // 1117 dp p(prev)
        kd[4], // 1118 dp p(next)
        f2(1119, dp, inp.w(dl2)),
        kh[18 + j], // 1120 hw dir
        f3(1201, hp, dp, dir),
        f3(1202, hp, dp, dir ^ (dist << 8)),
        f3(1203, dp, dir, dist),
        f3(1204, hp, dp, wl1),
        f3(1205, dw, hp, dir),
        f3(1206, hw, dp, dir),
        f3(1207, dp, ld, rd),
        f3(1208, hp, dp, hl ^ (hr << 1) ^ dir),
        f3(1209, dp, wl1, inp.p(dr1)),
        f3(1210, hp, dp, inp.p(next)),
        f3(1211, hp, dp, inp.p(prev)),
        f3(1212, dw, hw, dir),
        kd[9 + j], // 1213 ds dp dir
        f3(1214, inp.suf(h), inp.suf(d), hp),
        f3(1215, hp, dp, inp.between(h, d)),
        kd[11 + j], // 1216 dp w(prev) dir
        kd[13 + j], // 1217 dp w(next) dir
    ]);
}

/// The trained parser.
#[derive(Debug, Clone)]
pub(crate) struct Parser {
    pub(crate) labels: Vec<String>,
    pub(crate) trans: Classifier,
    pub(crate) labeller: Classifier,
    /// Decoding: greedy (the default) or beam search (see `crate::beam`).
    pub(crate) decoding: Decoding,
}

/// Reusable parser buffers.
#[derive(Debug, Default)]
pub(crate) struct ParseScratch {
    pub(crate) st: State,
    pub(crate) pre: Vec<[u32; NPRE]>,
    pub(crate) lpre: Vec<[u32; NLPRE]>,
    pub(crate) feats: Vec<u32>,
    pub(crate) scores: Vec<f32>,
    pub(crate) lscores: Vec<f32>,
    pub(crate) beam: BeamScratch,
}

fn best_legal(scores: &[f32], legal: &[bool; 3]) -> usize {
    let mut best = usize::MAX;
    for m in 0..3 {
        if legal[m] && (best == usize::MAX || scores[m] > scores[best]) {
            best = m;
        }
    }
    best
}

pub(crate) fn argmax(v: &[f32]) -> usize {
    let mut best = 0;
    for i in 1..v.len() {
        if v[i] > v[best] {
            best = i;
        }
    }
    best
}

/// The labeller's choice for dependent `d`: the best label, except that
/// only punctuation is `punct` (a word the labeller calls so takes its next
/// best relation).
pub(crate) fn choose_label(
    lscores: &mut [f32],
    punct: Option<usize>,
    inp: &Input,
    d: u32,
) -> usize {
    let mut l = argmax(lscores);
    if Some(l) == punct && !inp.is_punct(d) {
        lscores[l] = f32::NEG_INFINITY;
        l = argmax(lscores);
    }
    l
}

impl Parser {
    /// Parse; heads and labels are left in `scratch.st` (index 1..=n).
    pub(crate) fn parse(&self, inp: &Input, scratch: &mut ParseScratch) {
        let n = inp.w.len() - 1;
        scratch.st.reset(n);
        scratch.scores.resize(3, 0.0);
        // Single-token features of the whole sentence: computed once, and
        // their weights fetched from memory together.
        token_features(inp, &mut scratch.pre);
        self.trans.touch(scratch.pre.as_flattened());
        label_token_features(inp, &mut scratch.lpre);
        self.labeller.touch(scratch.lpre.as_flattened());
        scratch.lscores.resize(self.labels.len(), 0.0);
        let punct = self.labels.iter().position(|l| l == "punct");
        while !scratch.st.terminal() {
            let legal = scratch.st.legal();
            // With one legal move (empty stack, or only ROOT left in the
            // buffer) the scores cannot matter.
            let mv = if legal.iter().filter(|x| **x).count() == 1 {
                legal.iter().position(|x| *x).unwrap_or(usize::MAX)
            } else {
                transition_features(&scratch.st, inp, &scratch.pre, &mut scratch.feats);
                self.trans.score(&scratch.feats, &mut scratch.scores);
                best_legal(&scratch.scores, &legal)
            };
            if mv == usize::MAX {
                break;
            }
            if let Some((h, d)) = scratch.st.apply(mv) {
                label_features(&scratch.st, inp, &scratch.lpre, h, d, &mut scratch.feats);
                self.labeller.score(&scratch.feats, &mut scratch.lscores);
                let l = choose_label(&mut scratch.lscores, punct, inp, d);
                scratch.st.attach(h, d, l as u16);
            }
        }
    }

    pub(crate) fn pruned(&self, min: f32) -> Parser {
        Parser {
            labels: self.labels.clone(),
            trans: self.trans.pruned(min),
            labeller: self.labeller.pruned(min),
            decoding: self.decoding,
        }
    }

    pub(crate) fn nnz(&self) -> (usize, usize) {
        (self.trans.nnz(), self.labeller.nnz())
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.u32(self.labels.len() as u32);
        for l in &self.labels {
            w.str(l);
        }
        self.trans.write(w);
        self.labeller.write(w);
    }

    pub(crate) fn read(r: &mut Reader) -> Result<Self, SyntaxError> {
        let n = r.u32()? as usize;
        if n == 0 || n > 1024 {
            return Err(SyntaxError::Model("bad label count".into()));
        }
        let mut labels = Vec::with_capacity(n);
        for _ in 0..n {
            labels.push(r.str()?);
        }
        let trans = Classifier::read(r)?;
        let labeller = Classifier::read(r)?;
        if trans.nclasses() != 3 || labeller.nclasses() != n {
            return Err(SyntaxError::Model("parser class counts mismatch".into()));
        }
        Ok(Parser {
            labels,
            trans,
            labeller,
            decoding: Decoding::default(),
        })
    }
}

/// One training sentence for the parser: word hashes, predicted tags, gold
/// (projectivised) heads and gold label ids.
#[derive(Debug, Clone)]
pub(crate) struct ParserExample {
    /// The sentence's input columns.
    pub(crate) cols: InputColumns,
    /// Gold heads, index 0 unused.
    pub(crate) heads: Vec<u32>,
    /// Gold label ids, index 0 unused.
    pub(crate) labels: Vec<u16>,
}

/// The input columns of one sentence, owned: what [`make_input`] builds and
/// [`Input`] borrows.
#[derive(Debug, Clone, Default)]
pub(crate) struct InputColumns {
    pub(crate) w: Vec<u64>,
    pub(crate) p: Vec<u64>,
    /// Verb/punctuation running counts (see [`Input`]).
    pub(crate) c: Vec<u32>,
    /// Suffix hashes (see [`Input`]).
    pub(crate) s: Vec<u64>,
}

impl InputColumns {
    /// The columns of words (hashes) tagged with `tags`.
    pub(crate) fn new(words: &[[u64; 2]], tags: &[u16], kinds: &[u8]) -> InputColumns {
        let mut x = InputColumns::default();
        make_input(words, tags, kinds, &mut x.w, &mut x.p, &mut x.c, &mut x.s);
        x
    }

    pub(crate) fn input(&self) -> Input<'_> {
        Input {
            w: &self.w,
            p: &self.p,
            c: &self.c,
            s: &self.s,
        }
    }

    /// Number of words.
    pub(crate) fn len(&self) -> usize {
        self.w.len() - 1
    }
}

/// Options for parser training.
#[derive(Debug, Clone)]
pub struct ParserOptions {
    /// Maximum number of epochs.
    pub epochs: usize,
    /// Seed for shuffling and exploration.
    pub seed: u64,
    /// Probability of following a wrong prediction (from `explore_from` on).
    pub explore: f64,
    /// First epoch (0-based) that explores wrong predictions.
    pub explore_from: usize,
    /// Print progress to stderr.
    pub verbose: bool,
}

impl Default for ParserOptions {
    fn default() -> Self {
        ParserOptions {
            epochs: 15,
            seed: 1,
            explore: 0.9,
            explore_from: 1,
            verbose: false,
        }
    }
}

/// Lift non-projective arcs (shortest first) until the tree is projective.
/// Returns the number of arcs lifted.
pub(crate) fn projectivize(heads: &mut [u32]) -> usize {
    let n = heads.len() - 1;
    let mut lifted = 0;
    let dominated = |heads: &[u32], h: u32, mut k: u32| -> bool {
        let mut steps = 0;
        while k != 0 && steps <= n {
            if k == h {
                return true;
            }
            k = heads[k as usize];
            steps += 1;
        }
        h == 0
    };
    loop {
        let mut shortest: Option<(usize, usize)> = None;
        for d in 1..=n {
            let h = heads[d] as usize;
            if h == 0 {
                continue;
            }
            let (a, b) = if h < d { (h, d) } else { (d, h) };
            let nonproj = (a + 1..b).any(|k| !dominated(heads, h as u32, k as u32));
            if nonproj && shortest.is_none_or(|(len, _)| b - a < len) {
                shortest = Some((b - a, d));
            }
        }
        match shortest {
            Some((_, d)) if lifted < 4 * n => {
                heads[d] = heads[heads[d] as usize];
                lifted += 1;
            }
            _ => return lifted,
        }
    }
}

/// Train the parser with the dynamic oracle; keeps the epoch with the best
/// dev LAS computed by `dev_eval`.
pub(crate) fn train(
    labels: Vec<String>,
    train: &[ParserExample],
    opts: &ParserOptions,
    mut dev_eval: impl FnMut(&Parser) -> (f64, f64),
) -> Parser {
    let nl = labels.len();
    let mut trans = Trainer::new(3);
    let mut lab = Trainer::new(nl);
    let mut rng = Rng::new(opts.seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut st = State::default();
    let mut feats = Vec::new();
    let mut pre = Vec::new();
    let mut lpre = Vec::new();
    let mut scores = vec![0f32; 3];
    let mut lscores = vec![0f32; nl];
    let mut best: Option<(f64, Parser)> = None;
    let mut since_best = 0;
    for epoch in 0..opts.epochs {
        rng.shuffle(&mut order);
        let (mut correct, mut total) = (0usize, 0usize);
        for &si in &order {
            let ex = &train[si];
            let inp = ex.cols.input();
            let n = ex.cols.len();
            st.reset(n);
            token_features(&inp, &mut pre);
            label_token_features(&inp, &mut lpre);
            while !st.terminal() {
                let legal = st.legal();
                transition_features(&st, &inp, &pre, &mut feats);
                trans.score(&feats, &mut scores);
                let pred = best_legal(&scores, &legal);
                if pred == usize::MAX {
                    break;
                }
                let costs = st.costs(&ex.heads);
                let min = (0..3)
                    .filter(|m| legal[*m])
                    .map(|m| costs[m])
                    .min()
                    .unwrap_or(0);
                let mut best_ok = usize::MAX;
                for m in 0..3 {
                    if legal[m]
                        && costs[m] == min
                        && (best_ok == usize::MAX || scores[m] > scores[best_ok])
                    {
                        best_ok = m;
                    }
                }
                if costs[pred] > min {
                    trans.update(&feats, best_ok, pred);
                }
                trans.tick();
                let mv = if costs[pred] == min
                    || (epoch >= opts.explore_from && rng.next_f64() < opts.explore)
                {
                    pred
                } else {
                    best_ok
                };
                if let Some((h, d)) = st.apply(mv) {
                    label_features(&st, &inp, &lpre, h, d, &mut feats);
                    lab.score(&feats, &mut lscores);
                    let l = argmax(&lscores);
                    if ex.heads[d as usize] == h {
                        let g = ex.labels[d as usize] as usize;
                        lab.update(&feats, g, l);
                        lab.tick();
                    }
                    st.attach(h, d, l as u16);
                }
            }
            for d in 1..=n {
                correct += (st.heads[d] == ex.heads[d]) as usize;
            }
            total += n;
        }
        let parser = Parser {
            labels: labels.clone(),
            trans: trans.average(1e-3),
            labeller: lab.average(1e-3),
            decoding: Decoding::default(),
        };
        let (uas, las) = dev_eval(&parser);
        if opts.verbose {
            let (a, b) = parser.nnz();
            eprintln!(
                "parser epoch {epoch}: train uas {:.2}  dev uas {uas:.2} las {las:.2}  nnz {a}+{b}",
                100.0 * correct as f64 / total.max(1) as f64
            );
        }
        if best.as_ref().is_none_or(|(b, _)| las > *b) {
            best = Some((las, parser));
            since_best = 0;
        } else {
            since_best += 1;
            if since_best >= 3 {
                break;
            }
        }
    }
    match best {
        Some((_, p)) => p,
        None => Parser {
            labels,
            trans: trans.average(1e-3),
            labeller: lab.average(1e-3),
            decoding: Decoding::default(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifting_makes_trees_projective() {
        // 1 <- 3, 2 <- 4 crossing: heads (index 0 unused).
        let mut h = vec![0, 3, 4, 0, 3];
        let lifted = projectivize(&mut h);
        assert!(lifted >= 1);
        assert_eq!(projectivize(&mut h), 0);
    }

    #[test]
    fn oracle_reproduces_a_projective_tree() {
        // "the cat sat ." : the<-cat<-sat->. ; sat root
        let g = vec![0, 2, 3, 0, 3];
        let mut st = State::default();
        st.reset(4);
        while !st.terminal() {
            let legal = st.legal();
            let c = st.costs(&g);
            let mv = (0..3)
                .find(|m| legal[*m] && c[*m] == 0)
                .expect("zero-cost move");
            if let Some((h, d)) = st.apply(mv) {
                st.attach(h, d, 0);
            }
        }
        assert_eq!(&st.heads[1..], &g[1..]);
    }
}

#[cfg(test)]
mod shared_tests {
    use super::*;

    /// Following zero-cost moves must rebuild every (projectivised) EWT
    /// training tree exactly: checks the dynamic oracle's cost function.
    #[test]
    fn shared_oracle_rebuilds_ewt_trees() {
        let dir = crate::shared_data_dir();
        let path = dir.join("ud/en_ewt/en_ewt-ud-dev.conllu");
        let Ok(text) = std::fs::read_to_string(&path) else {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("missing {}", path.display());
            }
            eprintln!("SKIPPED (needs ../shared/data): shared_oracle_rebuilds_ewt_trees");
            return;
        };
        let (sents, _) = crate::conllu::read_conllu(&text);
        let mut st = State::default();
        for s in &sents {
            let mut g = vec![0u32];
            g.extend(s.words.iter().map(|w| w.head as u32));
            projectivize(&mut g);
            st.reset(s.words.len());
            while !st.terminal() {
                let legal = st.legal();
                let c = st.costs(&g);
                let mv = (0..3)
                    .find(|m| legal[*m] && c[*m] == 0)
                    .unwrap_or_else(|| panic!("no zero-cost move in {:?}", s.sent_id()));
                if let Some((h, d)) = st.apply(mv) {
                    st.attach(h, d, 0);
                }
            }
            assert_eq!(&st.heads[1..], &g[1..], "{:?}", s.sent_id());
        }
    }
}
