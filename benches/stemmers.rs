//! Speed of the Snowball interpreter (src/text/snowball.rs) against the code the Snowball
//! compiler generates (rust-stemmers 1.2.0, a dev-dependency), on the same words: the crate's
//! own test vocabularies (12 languages, each word once, so no cache helps), in both.
//!
//!     cargo bench --bench stemmers
//!
//! Criterion prints the time of one pass over a vocabulary; the ratio of the two lines of a
//! language is the interpreter's cost (DESIGN.md, "Stemmers as data", states the figure).

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use nutshell::text::snowball::Stemmer;
use rust_stemmers::Algorithm;
use std::path::{Path, PathBuf};

/// The crate's folder in the cargo registry (a dev-dependency, so present after a build).
fn crate_dir() -> Option<PathBuf> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))?;
    std::fs::read_dir(home.join("registry").join("src"))
        .ok()?
        .flatten()
        .map(|d| d.path().join("rust-stemmers-1.2.0"))
        .find(|p| p.join("test_data").is_dir())
}

fn bench(c: &mut Criterion) {
    let Some(dir) = crate_dir() else {
        eprintln!("SKIP: rust-stemmers-1.2.0 is not in the cargo registry");
        return;
    };
    let langs = [
        ("ar", "ar", Algorithm::Arabic),
        ("de", "ger", Algorithm::German),
        ("el", "el", Algorithm::Greek),
        ("en", "en", Algorithm::English),
        ("es", "es", Algorithm::Spanish),
        ("fi", "fi", Algorithm::Finnish),
        ("fr", "fr", Algorithm::French),
        ("it", "it", Algorithm::Italian),
        ("no", "no", Algorithm::Norwegian),
        ("pt", "pt", Algorithm::Portuguese),
        ("ro", "ro", Algorithm::Romanian),
        ("ru", "ru", Algorithm::Russian),
    ];
    let mut g = c.benchmark_group("stem");
    for (lang, file, alg) in langs {
        let text = std::fs::read_to_string(dir.join("test_data").join(format!("voc_{file}.txt"))).unwrap();
        let mut words: Vec<&str> = text.lines().map(str::trim).filter(|w| !w.is_empty()).collect();
        words.sort_unstable();
        words.dedup();
        if lang == "el" {
            // 78 words: repeat them so that a pass is long enough to time
            words = words.repeat(100);
        }
        g.throughput(Throughput::Elements(words.len() as u64));
        let theirs = rust_stemmers::Stemmer::create(alg);
        g.bench_function(format!("{lang}/rust-stemmers"), |b| {
            b.iter(|| words.iter().map(|w| theirs.stem(black_box(w)).len()).sum::<usize>())
        });
        let mut ours = Stemmer::new(lang).unwrap();
        g.bench_function(format!("{lang}/interpreter"), |b| {
            b.iter(|| words.iter().map(|w| ours.stem(black_box(w)).len()).sum::<usize>())
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
