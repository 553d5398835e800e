//! Shared helpers for the time tests (included with `mod`).
#![allow(dead_code)]

use nutshell::{analyze, Analysis, Options, Prefer};

pub fn run(text: &str, published: Option<&str>) -> Analysis {
    run_with(text, published, Prefer::Tense, None)
}

pub fn run_with(text: &str, published: Option<&str>, prefer: Prefer, lang: Option<&str>) -> Analysis {
    let mut o = Options::default();
    o.published = published.map(str::to_string);
    o.prefer = prefer;
    o.language = lang.map(str::to_string);
    analyze(text, &o).expect("analyze")
}

/// (text, value) of every timex.
pub fn values(text: &str, published: &str) -> Vec<(String, String)> {
    run(text, Some(published)).timexes.into_iter().map(|t| (t.text, t.value)).collect()
}

pub fn one(text: &str, published: &str) -> (String, String) {
    let v = values(text, published);
    assert_eq!(v.len(), 1, "expected one timex in {text:?}, got {v:?}");
    v.into_iter().next().unwrap()
}

pub fn p(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}
