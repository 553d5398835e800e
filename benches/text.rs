//! Throughput of the language layer (MB/s): sentence segmentation, tokenization with stems and
//! stop words, and language identification, on news-like text written here, plus the
//! adversarial shapes (a 5 MB line without punctuation, 1 MB of periods) that must stay linear.
//!
//!     cargo bench --bench text
//!
//! Criterion prints time per iteration and throughput in bytes per second.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use nutshell::text::{language, sentences::Segmenter, words};

const EN: &str = "Mr. Smith met U.S. officials at 4 p.m. on Sunday. “Why now?” he said. The deal, worth $3.5bn (£2.7bn), was signed by Acme Corp. and L3Harris Technologies Inc. based in Canada. Growth was 3.5% in May... and then it slowed. See www.example.com for details. J. R. R. Tolkien's books sold well; e.g. The Hobbit. ";
const DE: &str = "Die Sitzung findet am 3. Oktober statt. Dr. Müller sagte, die Firma habe ca. 300 Mitarbeiter, z.B. in Berlin. „Warum jetzt?“, fragte sie. Der Umsatz stieg um 3,5 Prozent. ";
const ZH: &str = "政府周一宣布了新政策。市场反应积极。“为什么是现在？”他说。经济增长了3.5%。";

fn corpus(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len() + 1)
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("text");
    for (name, unit, lang) in [("en", EN, "en"), ("de", DE, "de"), ("zh", ZH, "zh")] {
        let t = corpus(unit, 1 << 20);
        g.throughput(Throughput::Bytes(t.len() as u64));
        g.bench_function(format!("segment/{name}"), |b| {
            b.iter(|| Segmenter::new(black_box(&t), lang).split(0..t.len()).len())
        });
        g.bench_function(format!("tokens/{name}"), |b| b.iter(|| words::tokens(black_box(&t), 0..t.len(), lang).len()));
    }
    let t = corpus(EN, 64 * 1024);
    g.throughput(Throughput::Bytes(32 * 1024));
    g.bench_function("identify/en", |b| b.iter(|| language::identify(black_box(&t))));
    g.sample_size(10);
    let line = "word ".repeat(1_000_000);
    g.throughput(Throughput::Bytes(line.len() as u64));
    g.bench_function("segment/5MB-no-punctuation", |b| {
        b.iter(|| Segmenter::new(black_box(&line), "en").split(0..line.len()).len())
    });
    let periods = ".".repeat(1 << 20);
    g.throughput(Throughput::Bytes(periods.len() as u64));
    g.bench_function("segment/1MB-periods", |b| {
        b.iter(|| Segmenter::new(black_box(&periods), "en").split(0..periods.len()).len())
    });
    let abbrevs = "Mr. ".repeat(1 << 18);
    g.throughput(Throughput::Bytes(abbrevs.len() as u64));
    g.bench_function("segment/1MB-abbreviations", |b| {
        b.iter(|| Segmenter::new(black_box(&abbrevs), "en").split(0..abbrevs.len()).len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
