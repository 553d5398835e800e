//! Summary scaling: time to rank, select and find key phrases in articles of 1,000, 5,000 and
//! 20,000 sentences (made-up words, paragraphs of five sentences), and the whole analysis for
//! comparison. Past `rank::WINDOW` sentences the graph is windowed, so time per sentence should
//! stay flat: `cargo bench --bench summary`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use nutshell::{analyze, summary, text, Options};
use std::time::Duration;

/// An article of `n` sentences over a 10,000-word made-up vocabulary.
fn article(n: usize) -> String {
    let syllables = ["ka", "mor", "te", "sun", "ra", "pil", "do", "ven", "li", "gu"];
    let word = |k: usize| {
        format!(
            "{}{}{}{}",
            syllables[k % 10],
            syllables[k / 10 % 10],
            syllables[k / 100 % 10],
            syllables[k / 1000 % 10]
        )
    };
    let mut state: u64 = 11;
    let mut next = move || {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        // Zipf-like: small ids far more often, as words in real text.
        let u = ((state >> 11) as f64) / ((1u64 << 53) as f64);
        (10_000f64.powf(u) as usize).min(9_999)
    };
    let mut text = String::new();
    for i in 0..n {
        let w: Vec<String> = (0..12).map(|_| word(next())).collect();
        text.push_str(&format!(
            "The {} of {} met {} {} in {} on {}, and {} {} said the {} was {} for {} {}. ",
            w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10], w[11]
        ));
        if i % 5 == 4 {
            text.push_str("\n\n");
        }
    }
    text
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("summary");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(4));
    for n in [1_000, 5_000, 20_000] {
        let body = article(n);
        let mut ranges = Vec::new();
        let mut start = 0;
        for para in body.split_inclusive("\n\n") {
            ranges.extend(text::sentences::split(&body, start..start + para.len()));
            start += para.len();
        }
        let tokens: Vec<_> = ranges.iter().map(|r| text::words::tokens(&body, r.clone(), "en")).collect();
        let rankable = vec![true; ranges.len()];
        group.throughput(Throughput::Elements(ranges.len() as u64));
        for (label, options) in
            [("3 sentences", Options::default()), ("ratio 0.3", Options { ratio: Some(0.3), ..Options::default() })]
        {
            group.bench_with_input(BenchmarkId::new(format!("summarize, {label}"), n), &n, |b, _| {
                b.iter(|| summary::summarize(&body, &ranges, &tokens, &rankable, &[], "en", &options).unwrap())
            });
        }
        group.bench_with_input(BenchmarkId::new("analyze (whole pipeline)", n), &n, |b, _| {
            b.iter(|| analyze(&body, &Options::default()).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
