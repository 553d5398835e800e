//! Time layer throughput and scaling: recognition and normalization (`time::recognize`) over
//! news text dense in dates, at 100, 1,000 and 10,000 sentences, plus two adversarial inputs
//! of the same lengths (every token a number, every token a month or weekday name) to show
//! that time per sentence stays flat (no super-linear pattern). Throughput is in bytes, so
//! it compares with the chrono-node figures `eval/time/tempeval.py` prints on the TempEval-3
//! texts (there both run on the same documents in one run). `cargo bench --bench time`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use nutshell::time::{parse_date, recognize};
use nutshell::{text, Prefer};
use std::time::Duration;

/// News-style sentences, written for this benchmark, each with one or more time expressions.
const SENTENCES: [&str; 10] = [
    "Fighting broke out on 27 September along the line of contact, officials said.",
    "On Monday, the ninth day of fighting, the ministry said it had taken the town.",
    "Prices rose 3.2% in the third quarter of 2020 and fell again early next year.",
    "The council will vote on 2 March 2021 at 4 p.m. GMT, two days after the hearing.",
    "Sales in the early 1990s were half of those in the mid-19th century mills.",
    "Talks resume tomorrow morning and could last two or three weeks, a spokesman said.",
    "Every Monday since last spring, about 2,500 people have marched to the square.",
    "The plant closed in 2019 and reopened over the weekend before Thanksgiving.",
    "He said last week that the deal, signed 2020-09-27, would take effect in June.",
    "A year earlier the firm lost $12 million; it expects a profit in H1 2021.",
];

fn news(n: usize) -> String {
    (0..n).map(|i| SENTENCES[i % SENTENCES.len()]).collect::<Vec<_>>().join(" ")
}

/// Many candidate starts and no real expression: numbers and names everywhere.
fn adversarial(n: usize, words: &[&str]) -> String {
    let mut s = String::new();
    for i in 0..n {
        for k in 0..12 {
            s.push_str(words[(i * 7 + k) % words.len()]);
            s.push(' ');
        }
        s.push_str("end. ");
    }
    s
}

fn bench(c: &mut Criterion) {
    let reference = parse_date("2020-10-07");
    let mut group = c.benchmark_group("time");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    let numbers = ["12", "1999", "3", "27", "2020", "45", "9", "31", "2001", "7", "-", "to"];
    let names =
        ["May", "March", "Friday", "June", "Monday", "April", "Sunday", "August", "early", "last", "the", "next"];
    for n in [100, 1_000, 10_000] {
        for (label, body) in
            [("news", news(n)), ("numbers", adversarial(n, &numbers)), ("names", adversarial(n, &names))]
        {
            let ranges = text::sentences::split(&body, 0..body.len());
            group.throughput(Throughput::Bytes(body.len() as u64));
            group.bench_with_input(BenchmarkId::new(label, n), &n, |b, _| {
                b.iter(|| recognize(&body, &ranges, reference.as_ref(), Prefer::Tense))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
