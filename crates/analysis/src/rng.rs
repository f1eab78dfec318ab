//! A small deterministic PRNG (SplitMix64) for bootstrap resampling.
//!
//! Written here rather than taken from `rand` so that the same seed gives the
//! same interval on every platform and every release of dyad.

/// SplitMix64 (Steele, Lea & Flood 2014): 64-bit state, full period, passes BigCrush.
#[derive(Debug, Clone)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    /// The next 64 random bits.
    #[inline]
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A uniform index in `0..n` (Lemire's multiply-shift; the bias is below 2⁻³² for
    /// any `n` a report can have). Returns 0 when `n` is 0.
    #[inline]
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }
}

/// Items up to which [`binomial`] draws trial by trial.
const DIRECT_TRIALS: u64 = 4096;

impl SplitMix64 {
    /// A uniform number in `[0, 1)` with 53 random bits.
    #[inline]
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// An approximately standard-normal number: the Irwin–Hall sum of 12
    /// uniforms minus 6. Uses only additions, so it is bit-identical on every
    /// platform (unlike Box–Muller, which depends on the C library's `ln`/`cos`);
    /// its tails stop at ±6, far beyond the percentiles a report uses.
    pub fn normal(&mut self) -> f64 {
        (0..12).map(|_| self.unit()).sum::<f64>() - 6.0
    }
}

/// `x^n` by repeated squaring (IEEE multiplications only, so deterministic).
fn powi_u64(mut x: f64, mut n: u64) -> f64 {
    let mut acc = 1.0;
    while n > 0 {
        if n & 1 == 1 {
            acc *= x;
        }
        x *= x;
        n >>= 1;
    }
    acc
}

/// A Binomial(`n`, `p`) draw: the number of successes in `n` trials.
///
/// Exact for `n` ≤ 4096 (trial by trial, comparing 32-bit halves of each word
/// against p·2³²) and whenever the smaller of `n·p` and `n·(1−p)` is below 50
/// (inversion of the CDF); otherwise the normal approximation with continuity
/// correction, whose error at those sizes is far below the 1/n resolution of
/// a resampled proportion.
pub fn binomial(rng: &mut SplitMix64, n: u64, p: f64) -> u64 {
    if n == 0 || p <= 0.0 || p.is_nan() {
        return 0;
    }
    if p >= 1.0 {
        return n;
    }
    if n <= DIRECT_TRIALS {
        let threshold = (p * 4_294_967_296.0) as u64;
        let mut hits = 0u64;
        for _ in 0..n / 2 {
            let x = rng.next_u64();
            hits += ((x & 0xffff_ffff) < threshold) as u64;
            hits += ((x >> 32) < threshold) as u64;
        }
        if n % 2 == 1 {
            hits += ((rng.next_u64() >> 32) < threshold) as u64;
        }
        return hits;
    }
    let (q, flipped) = if p > 0.5 { (1.0 - p, true) } else { (p, false) };
    let mean = n as f64 * q;
    let k = if mean < 50.0 {
        // Inversion: walk the pmf from 0 until the uniform is used up.
        let u = rng.unit();
        let mut pmf = powi_u64(1.0 - q, n);
        let mut cdf = pmf;
        let mut k = 0u64;
        let ratio = q / (1.0 - q);
        while u > cdf && k < n {
            pmf *= (n - k) as f64 / (k + 1) as f64 * ratio;
            k += 1;
            cdf += pmf;
            if pmf < 1e-300 && cdf < u {
                break;
            }
        }
        k
    } else {
        let sd = (mean * (1.0 - q)).sqrt();
        (mean + sd * rng.normal()).round().clamp(0.0, n as f64) as u64
    };
    if flipped {
        n - k
    } else {
        k
    }
}

/// Mix a seed with a stream number into an independent seed (one SplitMix64 step).
pub fn derive_seed(seed: u64, stream: u64) -> u64 {
    SplitMix64::new(seed ^ stream.wrapping_mul(0xd1b5_4a32_d192_ed03)).next_u64()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream() {
        let mut a = SplitMix64::new(7);
        let mut b = SplitMix64::new(7);
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
        assert_ne!(SplitMix64::new(7).next_u64(), SplitMix64::new(8).next_u64());
    }

    #[test]
    fn binomial_draws_have_the_right_mean_and_spread() {
        for &(n, p) in &[
            (10u64, 0.3),
            (4096, 0.9),
            (100_000, 0.0002),
            (100_000, 0.7),
            (1_000_000, 0.5),
        ] {
            let mut r = SplitMix64::new(n ^ 99);
            let draws: Vec<f64> = (0..4000).map(|_| binomial(&mut r, n, p) as f64).collect();
            let mean = draws.iter().sum::<f64>() / draws.len() as f64;
            let var = draws.iter().map(|d| (d - mean).powi(2)).sum::<f64>() / draws.len() as f64;
            let (m, v) = (n as f64 * p, n as f64 * p * (1.0 - p));
            assert!(
                (mean - m).abs() < 4.0 * (v / 4000.0).sqrt() + 1e-9,
                "n={n} p={p}: mean {mean} vs {m}"
            );
            assert!(
                (var / v - 1.0).abs() < 0.15,
                "n={n} p={p}: var {var} vs {v}"
            );
            assert!(draws.iter().all(|&d| d >= 0.0 && d <= n as f64));
        }
        let mut r = SplitMix64::new(1);
        assert_eq!(binomial(&mut r, 50, 0.0), 0);
        assert_eq!(binomial(&mut r, 50, 1.0), 50);
        assert_eq!(binomial(&mut r, 0, 0.5), 0);
    }

    #[test]
    fn below_stays_in_range_and_covers_it() {
        let mut r = SplitMix64::new(1);
        let mut seen = [0u32; 5];
        for _ in 0..10_000 {
            let i = r.below(5);
            assert!(i < 5);
            seen[i] += 1;
        }
        assert!(seen.iter().all(|&c| c > 1_800 && c < 2_200), "{seen:?}");
    }
}
