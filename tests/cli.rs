//! The `nutshell` binary on hostile input: each case ends with an Analysis or a clear error on
//! stderr and a failure exit code, never a panic, a crash or a hang. Runs the built binary.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nutshell"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start nutshell");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    // Collect the output on another thread (a full pipe must not stall the child) and keep a
    // generous watchdog: a hang must fail the test rather than stall the suite.
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let out = match rx.recv_timeout(Duration::from_secs(180)) {
        Ok(out) => out.expect("wait for nutshell"),
        Err(_) => {
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            panic!("nutshell {args:?} did not finish within 180 s");
        }
    };
    writer.join().unwrap();
    out
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A clear error: failure exit code, a `nutshell: ...` line on stderr, no panic text.
fn assert_clear_error(o: &Output, needle: &str) {
    let err = stderr(o);
    assert!(!o.status.success(), "expected failure, got success with {}", String::from_utf8_lossy(&o.stdout));
    assert!(err.starts_with("nutshell: "), "stderr: {err}");
    assert!(err.contains(needle), "stderr lacks {needle:?}: {err}");
    assert!(!err.contains("panicked") && !err.contains("RUST_BACKTRACE"), "stderr: {err}");
    assert!(o.status.code().is_some(), "killed by a signal");
}

fn analysis(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "stderr: {}", stderr(o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON on stdout");
    for key in ["text", "sentences", "summary", "keywords", "timexes", "timeline", "language"] {
        assert!(v.get(key).is_some(), "no {key} in the Analysis");
    }
    v
}

#[test]
fn empty_and_whitespace_input_are_clear_errors() {
    assert_clear_error(&run(&["--format", "json"], b""), "no text");
    assert_clear_error(&run(&["--format", "json"], b"  \n\t\r\n   \n"), "no text");
    assert_clear_error(&run(&["--format", "json", "-"], b"\n"), "no text");
}

#[test]
fn binary_bytes_are_a_clear_error() {
    // Not UTF-8 at all.
    let bytes: Vec<u8> = (0..20_000u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
    assert_clear_error(&run(&["--format", "json"], &bytes), "binary");
    // Valid UTF-8 but control characters and NULs.
    let controls: Vec<u8> = (0..8000u32).map(|i| (i % 9) as u8).collect();
    assert_clear_error(&run(&["--format", "json"], &controls), "binary");
}

#[test]
fn markup_read_as_text_is_an_analysis_and_as_html_a_clear_error() {
    let html = b"<!DOCTYPE html><html><head><title>Harbour bridge</title></head><body>\
        <article><h1>Council approves bridge</h1><p>The council voted on 2 March 2021 to build the bridge.</p>\
        <p>It should open in September 2024.</p></article></body></html>";
    let v = analysis(&run(&["--format", "json", "--input", "text"], html));
    assert_eq!(v["text"].as_str().unwrap().as_bytes(), html, "text input is kept verbatim");
    // Auto detection must not silently treat markup as prose.
    let auto = run(&["--format", "json"], html);
    if !auto.status.success() {
        assert_clear_error(&auto, "");
    } else {
        let v = analysis(&auto);
        assert!(!v["text"].as_str().unwrap().contains("<p>"), "markup was read as prose");
    }
}

#[test]
fn five_megabyte_article_finishes_with_an_analysis_or_a_clear_error() {
    let mut text = String::from("MARCH 2021\nShare this\nCouncil debates the budget for a fifth month\n\n");
    let mut n = 0;
    while text.len() < 5 * 1024 * 1024 {
        text.push_str(&format!(
            "In session {n} on 4 May 2021 the committee argued about the cost of the new school, \
             and member {m} asked for a vote before the summer recess. ",
            m = n % 37
        ));
        if n % 5 == 4 {
            text.push_str("\n\n");
        }
        n += 1;
    }
    let started = Instant::now();
    let o = run(&["--format", "json", "--sentences", "3"], text.as_bytes());
    eprintln!("5 MB article: {:.1} s, exit {:?}", started.elapsed().as_secs_f64(), o.status.code());
    // Within the input limit, past the word budget (one token per 16 bytes past 200,000):
    // an Analysis of the first part, which `cut` names.
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v = analysis(&o);
    let sentences = v["sentences"].as_array().unwrap().len();
    assert!(sentences > 1000 && sentences < n, "{sentences} of {n}");
    // Every sentence says nearly the same thing: the redundancy check keeps one.
    assert_eq!(v["summary"].as_array().unwrap().len(), 1);
    let cut: Vec<(&str, u64)> = v["cut"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["limit"].as_str().unwrap(), c["max"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        cut,
        vec![
            ("tokens", nutshell::limits::max_tokens(text.len()) as u64),
            ("keywords", nutshell::limits::MAX_KEYWORD_TOKENS as u64)
        ]
    );
}

#[test]
fn batch_survives_bad_lines() {
    let lines = [
        r#"{"id": 1, "text": "The council voted on 2 March 2021 to build a bridge. It opens in September 2024."}"#,
        r#"this is not json"#,
        r#"[1, 2, 3]"#,
        r#"{"id": 4}"#,
        r#"{"id": 5, "text": ""}"#,
        r#"{"id": 6, "text": "The vote was on 2 March 2021.", "sentences": "many"}"#,
        r#"{"id": 7, "html": "<html><body><p>Hi</p></body></html>"}"#,
        "{\"id\": 8, \"text\": \"\\u0000\\u0001\\u0002\\u0003\\u0000\\u0000\"}",
        r#"{"id": 9, "text": "Engineers proposed a tunnel on 14 June 2015.", "published": "2021-03-04", "lang": "en", "colour": "unknown keys are ignored"}"#,
    ];
    let o = run(&["--batch"], (lines.join("\n") + "\n").as_bytes());
    assert!(o.status.success(), "stderr: {}", stderr(&o));
    let out: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect();
    assert_eq!(out.len(), lines.len(), "one output line per input line");
    let ok = |i: usize| out[i].get("error").is_none() && out[i].get("sentences").is_some();
    let err = |i: usize| out[i]["error"].as_str().map(|e| !e.is_empty()).unwrap_or(false);
    assert!(ok(0) && out[0]["id"] == 1);
    assert!(err(1) && out[1]["id"].is_null());
    assert!(err(2));
    assert!(err(3) && out[3]["id"] == 4);
    assert!(err(4) && out[4]["id"] == 5);
    assert!(err(5) && out[5]["id"] == 6, "{}", out[5]);
    assert!(err(6) && out[6]["id"] == 7);
    assert!(err(7) && out[7]["id"] == 8);
    assert!(ok(8), "{}", out[8]);
    assert_eq!(out[8]["published"], "2021-03-04");
    assert_eq!(out[8]["timexes"][0]["value"], "2015-06-14");
}

#[test]
fn text_output_is_for_a_person() {
    let article = "MARCH 2021\nShare this\nCouncil approves harbour bridge\n\n\
        The city council voted on 2 March 2021 to build a new bridge across the harbour.\n\
        Engineers first proposed a tunnel on 14 June 2015, but the plan was dropped after costs doubled.\n\
        The bridge is expected to open in September 2024.\nLINK\n0 $\n";
    let o = run(&[], article.as_bytes());
    assert!(o.status.success(), "stderr: {}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("Summary"), "{out}");
    assert!(out.contains("2015-06-14"), "{out}");
    assert!(!out.contains("0 $") && !out.contains("Share this"), "junk in the summary: {out}");
}
