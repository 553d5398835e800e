//! Helpers shared by the conformance tests that compare our text code with a reference crate
//! (tests/uax29.rs, tests/uax29_words.rs, tests/stemmers.rs; included with `mod common;`): a
//! deterministic generator of test strings, and every text of the dev corpora.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// A small deterministic generator (xorshift), so that every run tests the same strings.
pub struct Rng(pub u64);

/// The seed the generated strings start from.
pub const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A few characters of every property value `0..values` (up to six of each, spread over the
/// samples that have it), the start of a pool of characters to generate strings from.
pub fn pool_by_value(samples: &[char], values: u8, value: impl Fn(char) -> u8) -> Vec<char> {
    let mut pool = Vec::new();
    for v in 0..values {
        let of: Vec<char> = samples.iter().copied().filter(|&c| value(c) == v).collect();
        assert!(!of.is_empty(), "no character of value {v}");
        pool.extend(of.iter().step_by((of.len() / 6).max(1)).take(6));
    }
    pool
}

/// 200,000 strings of 1 to 12 characters drawn from `pool`, the same in every run.
pub fn generated_strings(pool: &[char], mut each: impl FnMut(&str)) {
    let mut rng = Rng(SEED);
    for _ in 0..200_000 {
        let s: String = (0..1 + rng.below(12)).map(|_| pool[rng.below(pool.len())]).collect();
        each(&s);
    }
}

/// Every record of the dev corpora (`tools/golden.py inputs`, written to a scratch directory
/// `name` under the test target dir and removed after), given to `each`; the number of dev sets
/// read, or `None` (after a SKIP message) when the data is absent.
pub fn dev_records(name: &str, mut each: impl FnMut(&serde_json::Value)) -> Option<usize> {
    let dir: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    let status = std::process::Command::new("python3")
        .args(["tools/golden.py", "inputs", "--out"])
        .arg(&dir)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(std::process::Stdio::null())
        .status();
    let files: Vec<PathBuf> = match status {
        Ok(s) if s.success() => std::fs::read_dir(&dir).unwrap().flatten().map(|d| d.path()).collect(),
        _ => Vec::new(),
    };
    if files.is_empty() {
        eprintln!("SKIP: no dev corpora (tools/golden.py inputs found none under ../shared/data)");
        return None;
    }
    for f in &files {
        for line in std::fs::read_to_string(f).unwrap().lines() {
            each(&serde_json::from_str(line).unwrap());
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    Some(files.len())
}

/// Every text of the dev corpora, or a page's HTML as it is (markup, scripts and all), given to
/// `same`, with a line of what was compared (`what`: "same words"); at least 500 texts unless
/// the data is absent.
pub fn every_dev_text(name: &str, what: &str, mut same: impl FnMut(&str)) {
    let (mut texts, mut bytes) = (0, 0);
    let Some(sets) = dev_records(name, |v| {
        if let Some(t) = v["text"].as_str().or(v["html"].as_str()) {
            same(t);
            texts += 1;
            bytes += t.len();
        }
    }) else {
        return;
    };
    eprintln!("{texts} texts ({bytes} bytes) of {sets} dev sets, {what}");
    assert!(texts > 500);
}
