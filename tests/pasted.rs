//! Pasted articles, the way readers hand them to Nutshell: one folder per article under
//! `tests/fixtures/pasted/<name>/`, holding `input.txt` (the pasted text, read as text input)
//! and `expected.json` (exact expectations). Every article is checked; one test reports every
//! failing expectation of every article.
//!
//! `expected.json` keys (all optional but at least one expectation; an unknown key fails the
//! test, so a typo cannot turn an expectation off):
//!
//! - `about` (string): what the article tests; not checked.
//! - `published` (string): the `published` option (as `--published`).
//! - `language` (string): the language the Analysis must report (ISO 639-1).
//! - `title` (string or null): the Analysis title, exactly.
//! - `published_field` ({`value`, `source`}, either may be null): the Analysis `published` and
//!   `published_source`, exactly.
//! - `reference` ({`value`, `source`}): the Analysis `reference` (the date the story's dates were
//!   read against, and where it came from), exactly.
//! - `dates` (array of {`phrase`, `context`?, `value`, `type`?, `anchor`?}): the occurrence of
//!   `phrase` (case-sensitive) in the input, the only one whose sentence also holds `context`
//!   when given, else the only one at all (an ambiguous or missing phrase fails). A `value` of
//!   null: no timex overlaps it (not a date). Otherwise exactly one timex overlaps it and its
//!   value is `value`; with `type`, its TIMEX3 type; with `anchor`, its `anchor` field.
//! - `kinds` (object phrase -> kind): every sentence overlapping the phrase's first occurrence
//!   has that kind (`prose`, `title`, `heading`, `dateline`, `boilerplate`).
//! - `summary_excludes` (array of strings): no summary sentence holds any of them.
//! - `summary_first` (string): the first summary sentence holds it.
#![cfg(not(target_arch = "wasm32"))]

use nutshell::{analyze, InputKind, Options, Units};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

const KEYS: &[&str] = &[
    "about",
    "published",
    "language",
    "title",
    "published_field",
    "reference",
    "dates",
    "kinds",
    "summary_excludes",
    "summary_first",
];
const DATE_KEYS: &[&str] = &["phrase", "context", "value", "type", "anchor"];

fn folders() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pasted");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("tests/fixtures/pasted")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    out.sort();
    out
}

/// Byte ranges of `phrase` in `text`.
fn occurrences(text: &str, phrase: &str) -> Vec<(usize, usize)> {
    text.match_indices(phrase).map(|(i, m)| (i, i + m.len())).collect()
}

/// The sentences (as JSON objects) overlapping `start..end` (byte offsets).
fn sentences_over(a: &Value, start: usize, end: usize) -> Vec<&Value> {
    a["sentences"].as_array().unwrap().iter().filter(|s| off(s, "start") < end && start < off(s, "end")).collect()
}

fn off(v: &Value, key: &str) -> usize {
    v[key].as_u64().unwrap() as usize
}

fn str_or_null(v: Option<&Value>) -> Option<&str> {
    v.and_then(Value::as_str)
}

/// Check one article; return the failures, each a line.
fn check(dir: &Path) -> Vec<String> {
    let name = dir.file_name().unwrap().to_string_lossy().to_string();
    let mut fails = Vec::new();
    let mut fail = |m: String| fails.push(format!("{name}: {m}"));
    let input = std::fs::read_to_string(dir.join("input.txt")).expect("input.txt");
    let exp: Map<String, Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).expect("expected.json"))
            .expect("expected.json is a JSON object");
    for k in exp.keys() {
        if !KEYS.contains(&k.as_str()) {
            fail(format!("unknown key {k:?} in expected.json"));
        }
    }
    let expectations =
        ["language", "title", "published_field", "reference", "dates", "kinds", "summary_excludes", "summary_first"];
    if !expectations.iter().any(|k| exp.contains_key(*k)) {
        fail("expected.json holds no expectation".into());
    }

    let mut o = Options::default();
    o.input = InputKind::Text;
    o.units = Units::Bytes;
    o.published = exp.get("published").and_then(Value::as_str).map(str::to_string);
    let analysis = match analyze(&input, &o) {
        Ok(a) => a,
        Err(e) => {
            fail(format!("analyze failed: {e}"));
            return fails;
        }
    };
    let a = serde_json::to_value(&analysis).unwrap();
    let text = a["text"].as_str().unwrap();
    assert_eq!(text, input, "{name}: text input must come back verbatim");

    if let Some(l) = exp.get("language") {
        if a["language"] != *l {
            fail(format!("language expected {l}, got {}", a["language"]));
        }
    }
    if let Some(t) = exp.get("title") {
        if a["title"] != *t {
            fail(format!("title expected {t}, got {}", a["title"]));
        }
    }
    if let Some(p) = exp.get("published_field") {
        let got = (str_or_null(a.get("published")), str_or_null(a.get("published_source")));
        let want = (str_or_null(p.get("value")), str_or_null(p.get("source")));
        if got != want {
            fail(format!("published/published_source expected {want:?}, got {got:?}"));
        }
    }
    if let Some(r) = exp.get("reference") {
        let got = a.get("reference").cloned().unwrap_or(Value::Null);
        let want_value = r.get("value");
        let want_source = r.get("source");
        if got.get("value") != want_value || got.get("source") != want_source {
            fail(format!("reference expected {r}, got {got}"));
        }
    }

    let timexes = a["timexes"].as_array().unwrap();
    for d in exp.get("dates").and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]) {
        for k in d.as_object().expect("a date expectation is an object").keys() {
            if !DATE_KEYS.contains(&k.as_str()) {
                fail(format!("unknown key {k:?} in a date expectation"));
            }
        }
        let phrase = d["phrase"].as_str().expect("phrase");
        let context = d.get("context").and_then(Value::as_str);
        let occ: Vec<(usize, usize)> = occurrences(text, phrase)
            .into_iter()
            .filter(|&(s, e)| match context {
                None => true,
                Some(c) => {
                    sentences_over(&a, s, e).iter().any(|sent| text[off(sent, "start")..off(sent, "end")].contains(c))
                }
            })
            .collect();
        let what = match context {
            Some(c) => format!("{phrase:?} (in the sentence with {c:?})"),
            None => format!("{phrase:?}"),
        };
        if occ.len() != 1 {
            fail(format!("{what} occurs {} times; an expectation needs exactly one", occ.len()));
            continue;
        }
        let (s, e) = occ[0];
        let hits: Vec<&Value> = timexes.iter().filter(|t| off(t, "start") < e && s < off(t, "end")).collect();
        let shown: Vec<String> = hits.iter().map(|t| format!("{}={}", t["text"], t["value"])).collect();
        match d.get("value") {
            None => fail(format!("{what}: no value given (null for not a date)")),
            Some(Value::Null) => {
                if !hits.is_empty() {
                    fail(format!("{what} expected no date, got {shown:?}"));
                }
            }
            Some(v) => {
                if hits.len() != 1 || hits[0]["value"] != *v {
                    fail(format!("{what} expected {v}, got {shown:?}"));
                    continue;
                }
                for key in ["type", "anchor"] {
                    if let Some(want) = d.get(key) {
                        let got = hits[0].get(key).cloned().unwrap_or(Value::Null);
                        if got != *want {
                            fail(format!("{what} {key} expected {want}, got {got}"));
                        }
                    }
                }
            }
        }
    }

    if let Some(kinds) = exp.get("kinds") {
        for (phrase, kind) in kinds.as_object().expect("kinds is an object") {
            let Some(&(s, e)) = occurrences(text, phrase).first() else {
                fail(format!("kinds: {phrase:?} is not in the input"));
                continue;
            };
            let got: Vec<&Value> = sentences_over(&a, s, e).iter().map(|x| &x["kind"]).collect();
            if got.is_empty() || got.iter().any(|g| *g != kind) {
                fail(format!("{phrase:?} kind expected {kind}, got {got:?}"));
            }
        }
    }

    let summary: Vec<&str> = a["summary"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let sent = &a["sentences"][i.as_u64().unwrap() as usize];
            &text[off(sent, "start")..off(sent, "end")]
        })
        .collect();
    for bad in exp.get("summary_excludes").and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]) {
        let bad = bad.as_str().expect("summary_excludes holds strings");
        if summary.iter().any(|s| s.contains(bad)) {
            fail(format!("summary holds {bad:?}: {summary:?}"));
        }
    }
    if let Some(first) = exp.get("summary_first").and_then(Value::as_str) {
        if !summary.first().is_some_and(|s| s.contains(first)) {
            fail(format!("first summary sentence should hold {first:?}: {summary:?}"));
        }
    }
    fails
}

#[test]
fn pasted_articles_read_as_a_reader_would() {
    let dirs = folders();
    assert!(!dirs.is_empty(), "no articles under tests/fixtures/pasted");
    let fails: Vec<String> = dirs.iter().flat_map(|d| check(d)).collect();
    assert!(
        fails.is_empty(),
        "{} failing expectation(s) in {} articles:\n{}",
        fails.len(),
        dirs.len(),
        fails.join("\n")
    );
}

/// The harness itself: a wrong expectation of each kind is reported, so no check is vacuous.
#[test]
fn the_harness_reports_wrong_expectations() {
    let dir = std::env::temp_dir().join(format!("nutshell-pasted-selftest-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("input.txt"), "Harbour Crane Collapses\n\nA crane collapsed at the harbour on 4 May 2021, the port authority said. Nobody was hurt.\n").unwrap();
    let write = |json: &str| std::fs::write(dir.join("expected.json"), json).unwrap();
    write(
        r#"{"title": "Harbour Crane Collapses", "dates": [{"phrase": "4 May 2021", "value": "2021-05-04", "type": "DATE"}], "kinds": {"Harbour Crane": "title"}, "summary_first": "crane collapsed", "summary_excludes": ["Harbour Crane Collapses"]}"#,
    );
    assert_eq!(check(&dir), Vec::<String>::new());
    for (bad, needle) in [
        (r#"{"title": "Crane"}"#, "title expected"),
        (r#"{"dates": [{"phrase": "4 May 2021", "value": "2021-05-05"}]}"#, "expected \"2021-05-05\""),
        (r#"{"dates": [{"phrase": "4 May 2021", "value": null}]}"#, "expected no date"),
        (r#"{"dates": [{"phrase": "4 May 2021", "value": "2021-05-04", "type": "TIME"}]}"#, "type expected"),
        (r#"{"dates": [{"phrase": "Nobody", "value": "2021"}]}"#, "expected \"2021\""),
        (r#"{"dates": [{"phrase": "the", "value": null}]}"#, "occurs 2 times"),
        (r#"{"dates": [{"phrase": "4 May", "context": "Nobody", "value": null}]}"#, "occurs 0 times"),
        (r#"{"kinds": {"Nobody": "title"}}"#, "kind expected"),
        (r#"{"summary_excludes": ["crane collapsed"]}"#, "summary holds"),
        (r#"{"summary_first": "Nobody"}"#, "first summary sentence"),
        (r#"{"language": "de"}"#, "language expected"),
        (r#"{"published_field": {"value": "2021-05-04", "source": "text"}}"#, "published/published_source"),
        (r#"{"reference": {"value": "1999-01-01", "source": "story"}}"#, "reference expected"),
        (r#"{"titel": "Harbour Crane Collapses"}"#, "unknown key"),
        (r#"{"about": "nothing checked"}"#, "holds no expectation"),
    ] {
        write(bad);
        let got = check(&dir);
        assert!(got.iter().any(|f| f.contains(needle)), "{bad} should fail with {needle:?}, got {got:?}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
