//! One stable sort for the whole crate.
//!
//! The standard library's `sort_by` and `sort_unstable` are generic: every element type and
//! comparator gets its own copy of driftsort or ipnsort, about 4 to 6 KB of WebAssembly each.
//! With a dozen call sites that was 38 KB of code, the largest single item in the wasm build
//! after the stemmers. Here the algorithm (a bottom-up merge sort over element indices) is
//! compiled once, behind a `dyn` comparator; what stays generic per call site is a few lines
//! that apply the resulting permutation.
//!
//! Stable, O(n log n) comparisons, O(n) extra memory (two `u32` index buffers).

use std::cmp::Ordering;

/// Sort `v` stably by `cmp`, like `slice::sort_by`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let perm = {
        let v: &[T] = v;
        permutation(v.len(), &mut |i, j| cmp(&v[i], &v[j]))
    };
    apply(v, perm);
}

/// Sort `v` stably by a key, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sort `v` in ascending order (stable; for plain values the same as `sort_unstable`).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a.cmp(b));
}

/// The stable order of `0..n` under `cmp`: a bottom-up merge sort over indices, compiled once.
fn permutation(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<u32> {
    let mut a: Vec<u32> = (0..n as u32).collect();
    // Short runs by insertion sort: fewer passes, and cheap on the nearly sorted input we
    // usually get (sentences and dates mostly arrive in document order).
    const RUN: usize = 16;
    for lo in (0..n).step_by(RUN) {
        let hi = (lo + RUN).min(n);
        for i in lo + 1..hi {
            let x = a[i];
            let mut j = i;
            while j > lo && cmp(a[j - 1] as usize, x as usize) == Ordering::Greater {
                a[j] = a[j - 1];
                j -= 1;
            }
            a[j] = x;
        }
    }
    let mut b = vec![0u32; n];
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                // Take from the right run only when strictly smaller: that keeps it stable.
                if cmp(a[j] as usize, a[i] as usize) == Ordering::Less {
                    b[k] = a[j];
                    j += 1;
                } else {
                    b[k] = a[i];
                    i += 1;
                }
                k += 1;
            }
            b[k..k + mid - i].copy_from_slice(&a[i..mid]);
            k += mid - i;
            b[k..k + hi - j].copy_from_slice(&a[j..hi]);
            lo = hi;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Rearrange `v` so that `v[k]` becomes the old `v[perm[k]]`, by swaps along each cycle.
fn apply<T>(v: &mut [T], mut perm: Vec<u32>) {
    for start in 0..v.len() {
        let mut cur = start;
        loop {
            let next = perm[cur] as usize;
            perm[cur] = cur as u32; // mark placed
            if next == start || next == cur {
                break;
            }
            v.swap(cur, next);
            cur = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the test needs no crate.
    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn matches_the_standard_stable_sort_on_many_shapes() {
        let mut seed = 7;
        for n in [0usize, 1, 2, 3, 15, 16, 17, 31, 33, 100, 257, 1000, 4097] {
            for range in [2u64, 10, 1000, u64::MAX] {
                // (key, original position): equal keys must keep their order.
                let mut v: Vec<(u64, usize)> = (0..n).map(|i| (lcg(&mut seed) % range, i)).collect();
                let mut want = v.clone();
                want.sort_by_key(|a| a.0);
                sort_by(&mut v, |a, b| a.0.cmp(&b.0));
                assert_eq!(v, want, "n={n} range={range}");
            }
        }
    }

    #[test]
    fn sorted_reversed_and_equal_inputs() {
        let mut up: Vec<u32> = (0..1000).collect();
        let mut down: Vec<u32> = (0..1000).rev().collect();
        sort(&mut up);
        sort(&mut down);
        assert_eq!(up, down);
        assert!(up.windows(2).all(|w| w[0] < w[1]));
        let mut same = vec![(3, 'a'), (3, 'b'), (3, 'c')];
        sort_by_key(&mut same, |x| x.0);
        assert_eq!(same, [(3, 'a'), (3, 'b'), (3, 'c')]);
    }

    #[test]
    fn moves_owned_values_without_losing_any() {
        let mut v: Vec<String> = ["pear", "apple", "fig", "apple", "kiwi"].iter().map(|s| s.to_string()).collect();
        sort_by(&mut v, |a, b| b.len().cmp(&a.len()));
        assert_eq!(v, ["apple", "apple", "pear", "kiwi", "fig"]);
    }
}
