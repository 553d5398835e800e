//! The JS binding's JSON text (`nutshell::json`, read by `JSON.parse` in the wasm build) is the
//! CLI's (`serde_json`) byte for byte, on real articles and pages, and floats written from their
//! digits parse back to the same number.
#![cfg(not(target_arch = "wasm32"))]

use nutshell::{analyze, InputKind, Options, Style};
use std::path::Path;

fn fixture(dir: &str, name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(dir).join(name)).unwrap()
}

fn same_as_serde_json(input: &str, options: &Options) -> String {
    let a = analyze(input, options).unwrap();
    let ours = nutshell::json::to_string(&a).unwrap();
    assert_eq!(ours, serde_json::to_string(&a).unwrap());
    ours
}

#[test]
fn pasted_articles_read_as_the_cli_writes_them() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pasted");
    let mut cases = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let text = fixture("pasted", &format!("{name}/input.txt"));
        same_as_serde_json(&text, &Options::default());
        cases += 1;
    }
    assert!(cases >= 10, "{cases} pasted cases");
}

#[test]
fn pages_with_runs_and_a_headline_read_as_the_cli_writes_them() {
    let html = fixture("pages", "furniture_news.html");
    let options = Options {
        input: InputKind::Html,
        style: Some(Style::Headline),
        published: Some("2024-03-05".into()),
        ..Options::default()
    };
    let json = same_as_serde_json(&html, &options);
    assert!(json.contains("\"runs\":[{\"start\":0,"), "{json}");
    assert!(!json.contains("\"headline\":null"), "{json}");
}

#[test]
fn every_value_kind_and_escape() {
    // A tab, a quote, a backslash and a control character in the text; a date with a modifier
    // (mod), a timeline; scores with 1 to 4 places.
    let text =
        "Storm \"Ana\" hit C:\\ports in early May 2021.\tIt left on 3 June 2021.\u{1}\n\nIn late 2019 it formed.";
    let json = same_as_serde_json(text, &Options::default());
    assert!(
        json.contains(r#"Storm \"Ana\" hit C:\\ports in early May 2021.\tIt left on 3 June 2021.\u0001\n"#),
        "{json}"
    );
    assert!(json.contains("\"mod\":\"START\""), "{json}");
    assert!(json.contains("\"mod\":\"END\""), "{json}");
}

#[test]
fn floats_round_trip_from_their_digits() {
    #[derive(serde::Serialize)]
    struct F {
        x: Vec<f64>,
    }
    let x = vec![0.0, -0.0, 1.0, 0.5, 0.1234, 0.001, 0.9999, 12.25, -3.75, 1e-4, 123456.789, f64::NAN];
    let ours = nutshell::json::to_string(&F { x: x.clone() }).unwrap();
    assert_eq!(ours, serde_json::to_string(&F { x }).unwrap());
    assert_eq!(ours, r#"{"x":[0.0,-0.0,1.0,0.5,0.1234,0.001,0.9999,12.25,-3.75,0.0001,123456.789,null]}"#);
}
