//! In-process time per article of the summary alone, like for like with a peer that is handed
//! the sentences: tokens (stems, stop words) + ranking + selection + key phrases, with the
//! sentences already split; and of the whole analysis (`nutshell::analyze`) beside it.
//! Reads `--batch` lines (`{"text": ...}`) on stdin; `eval/summary/rouge.py` runs it.
//! `cargo run --release --example summary_speed -- [REPEATS] < articles.jsonl`
use nutshell::{analyze, summary, text, Kind, Options};
use std::io::BufRead;
use std::time::Instant;

fn main() {
    let repeats: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(3).max(1);
    let options = Options::default();
    let (mut articles, mut summarize_s, mut analyze_s, mut time_s, mut lang_s) =
        (0usize, 0.0f64, 0.0f64, 0.0f64, 0.0f64);
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("stdin");
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let Some(src) = v.get("text").and_then(|t| t.as_str()) else { continue };
        let Ok(doc) = nutshell::read(src, &options) else { continue };
        let body = doc.text.as_str();
        let segmenter = text::sentences::Segmenter::new(body, "en");
        let mut ranges = Vec::new();
        let mut rankable = Vec::new();
        for block in &doc.blocks {
            for r in segmenter.split(block.range.clone()) {
                ranges.push(r);
                rankable.push(block.kind == Kind::Prose);
            }
        }
        articles += 1;
        for _ in 0..repeats {
            let t = Instant::now();
            let tokens: Vec<_> = ranges.iter().map(|r| text::words::tokens(body, r.clone(), "en")).collect();
            std::hint::black_box(summary::summarize(body, &ranges, &tokens, &rankable, &[], "en", &options).ok());
            summarize_s += t.elapsed().as_secs_f64();
            let t = Instant::now();
            std::hint::black_box(nutshell::time::recognize_lang(body, &ranges, None, options.prefer, "en"));
            time_s += t.elapsed().as_secs_f64();
            let t = Instant::now();
            std::hint::black_box(text::language::identify(body));
            lang_s += t.elapsed().as_secs_f64();
            let t = Instant::now();
            std::hint::black_box(analyze(src, &options).ok());
            analyze_s += t.elapsed().as_secs_f64();
        }
    }
    let per = |s: f64| if articles == 0 { 0.0 } else { s / (articles * repeats) as f64 * 1000.0 };
    println!(
        "{{\"articles\": {articles}, \"summary_ms\": {:.4}, \"dates_ms\": {:.4}, \"language_ms\": {:.4}, \"analyze_ms\": {:.4}}}",
        per(summarize_s),
        per(time_s),
        per(lang_s),
        per(analyze_s)
    );
}
