//! The summary tuner's engine (eval/summary/tune.py): reads a corpus once, then answers
//! parameter settings with the summaries they choose, so a search over thousands of articles
//! costs one ranking per article and setting, not a whole analysis.
//!
//! `cargo run --release --example tune_summary -- ARTICLES.jsonl`
//!
//! ARTICLES.jsonl holds `--batch` lines (`{"id", "text"}`, with `"sentences"` or `"words"` as
//! the CLI takes them). Output: one line per article, `{"id", "sentences": [prose sentences]}`,
//! read exactly as `nutshell::analyze` reads it; then the line `ready`. Then each stdin line is
//! a parameter spec (`lead=0.6,central=0.4`, empty for the defaults) and gets one line back: for
//! every article, the chosen sentences as indices into its prose sentences.
use nutshell::summary::rank::Params;
use nutshell::{prepare, summary, InputKind, Kind, Options};
use std::io::{BufRead, Write};

struct Article {
    text: String,
    ranges: Vec<std::ops::Range<usize>>,
    tokens: Vec<Vec<nutshell::text::words::Token>>,
    rankable: Vec<bool>,
    title: Vec<nutshell::text::words::Token>,
    language: String,
    prose: Vec<Option<usize>>,
    options: Options,
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: tune_summary ARTICLES.jsonl");
    let file = std::io::BufReader::new(std::fs::File::open(&path).expect("articles file"));
    let mut out = std::io::stdout().lock();
    let mut articles = Vec::new();
    for line in file.lines() {
        let line = line.expect("read");
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let Some(src) = v.get("text").and_then(|t| t.as_str()) else { continue };
        let mut options: Options = serde_json::from_value(v.clone()).unwrap_or_default();
        options.input = InputKind::Text;
        let doc = nutshell::read(src, &options).expect("readable article");
        let p = prepare(&doc, &options);
        let rankable: Vec<bool> = p.spans.iter().map(|s| s.1 == Kind::Prose).collect();
        let mut k = 0;
        let prose: Vec<Option<usize>> = rankable
            .iter()
            .map(|&r| {
                k += r as usize;
                r.then_some(k - 1)
            })
            .collect();
        let texts: Vec<&str> =
            p.ranges.iter().zip(&rankable).filter(|x| *x.1).map(|(r, _)| &doc.text[r.clone()]).collect();
        let id = v.get("id").cloned().unwrap_or(serde_json::Value::Null);
        writeln!(out, "{}", serde_json::json!({"id": id, "sentences": texts})).expect("write");
        articles.push(Article {
            text: doc.text.clone(),
            ranges: p.ranges,
            tokens: p.tokens,
            rankable,
            title: p.title_tokens,
            language: p.language,
            prose,
            options,
        });
    }
    writeln!(out, "ready").expect("write");
    out.flush().expect("flush");
    for spec in std::io::stdin().lock().lines() {
        let spec = spec.expect("read");
        let params = match Params::DEFAULT.with(spec.trim()) {
            Ok(p) => p,
            Err(e) => {
                writeln!(out, "{}", serde_json::json!({ "error": e })).expect("write");
                out.flush().expect("flush");
                continue;
            }
        };
        let chosen: Vec<Vec<usize>> = articles
            .iter()
            .map(|a| {
                match summary::summarize_with(
                    &a.text,
                    &a.ranges,
                    &a.tokens,
                    &a.rankable,
                    &a.title,
                    &a.language,
                    &a.options,
                    &params,
                ) {
                    Ok(s) => s.chosen.iter().filter_map(|&i| a.prose[i]).collect(),
                    Err(_) => Vec::new(),
                }
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string(&chosen).expect("json")).expect("write");
        out.flush().expect("flush");
    }
}
