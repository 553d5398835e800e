//! Every candidate key phrase of each article with its features, for fitting the keyword
//! weights (eval/keyphrase/fit.py). Reads `--batch` lines (`{"id", "text"}`) on stdin; writes
//! one line per article: `{"id", "candidates": [[text, [features...]], ...]}`.
//! `cargo run --release --example keyword_features < articles.jsonl`
use nutshell::{prepare, summary, time, InputKind, Options};
use std::io::{BufRead, Write};

fn main() {
    let mut out = std::io::stdout().lock();
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("stdin");
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let Some(src) = v.get("text").and_then(|t| t.as_str()) else { continue };
        let options = Options { input: InputKind::Text, ..Options::default() };
        let Ok(doc) = nutshell::read(src, &options) else { continue };
        let p = prepare(&doc, &options);
        let text = doc.text.as_str();
        let timexes = time::recognize_lang(text, &p.ranges, None, options.prefer, &p.language);
        let mut dates: Vec<std::ops::Range<usize>> = timexes.iter().map(|t| t.start..t.end).collect();
        dates.sort_by_key(|d| (d.start, d.end));
        let kinds: Vec<_> = p.spans.iter().map(|s| s.1).collect();
        let cands = summary::keywords::candidates(text, &p.tokens, &kinds, &dates, &p.title_tokens, &p.language);
        let rows: Vec<serde_json::Value> =
            cands.iter().map(|c| serde_json::json!([c.text, c.terms, c.features, c.first])).collect();
        let id = v.get("id").cloned().unwrap_or(serde_json::Value::Null);
        writeln!(out, "{}", serde_json::json!({"id": id, "candidates": rows})).expect("write");
    }
}
