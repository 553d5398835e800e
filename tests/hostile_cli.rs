//! The CLI on hostile input, with its peak memory: each shape of SECURITY.md ("Resource limits")
//! ends with an Analysis (or a clear error) within k * input + c of memory (k = 20, c = 64 MB),
//! measured as the child's peak resident set (`wait4`'s `ru_maxrss`). A bounded `--batch`: an
//! over-long line gets its own error line and the next line is still answered; a read error
//! is a failure exit. No wall-clock figure is asserted.
#![cfg(target_os = "linux")]

use std::io::{Read, Write};
use std::process::{Command, Stdio};

const K: u64 = 20;
const C_BYTES: u64 = 64 << 20;

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
    /// Peak resident set, bytes.
    peak: u64,
}

/// Run the CLI on `stdin` under `/usr/bin/time -f %M` (installed by tools/install.sh), which
/// reports the child's peak resident set. Not `wait4` from this process: a child spawned by a
/// large process inherits that process's high-water mark at `exec`, and the tests hold large
/// inputs.
fn run(args: &[&str], stdin: Vec<u8>) -> Run {
    let mut child = Command::new("/usr/bin/time")
        .args(["-f", "%M", "--"])
        .arg(env!("CARGO_BIN_EXE_nutshell"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start /usr/bin/time (tools/install.sh installs it)");
    let mut input = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let mut out = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        out.read_to_string(&mut s).unwrap();
        s
    });
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    let stdout = reader.join().unwrap();
    writer.join().unwrap();
    let status = child.wait().unwrap();
    // time's own line is the last; "Command exited with non-zero status N" may come before it.
    let mut lines: Vec<&str> = stderr.lines().collect();
    let kb: u64 = lines.pop().and_then(|l| l.trim().parse().ok()).expect("time's %M line");
    lines.retain(|l| !l.starts_with("Command exited with non-zero status"));
    let stderr = lines.iter().map(|l| format!("{l}\n")).collect();
    Run { status: status.code().unwrap_or(-1), stdout, stderr, peak: kb * 1024 }
}

fn within_bound(what: &str, input: usize, r: &Run) {
    let bound = K * input as u64 + C_BYTES;
    assert!(
        r.peak <= bound,
        "{what}: peak {} MB over {K} x {} MB + 64 MB = {} MB",
        r.peak >> 20,
        input >> 20,
        bound >> 20
    );
}

fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s).expect("JSON output")
}

#[test]
fn the_formatting_amplification_page_stays_in_bounds() {
    // 123 KB that reached 3.4 GB before the formatting cap.
    let opens: String = (0..512).map(|i| format!("<b id=f{i} class=c{i}>")).collect();
    let html = format!(
        "<!DOCTYPE html><html><body><article><p>{opens}The harbour bridge reopened on 12 April 2021, the city said.{}",
        "<p>x".repeat(20_000)
    );
    let r = run(&["--format", "json", "--input", "html"], html.clone().into_bytes());
    assert_eq!(r.status, 0, "{}", r.stderr);
    within_bound("formatting amplification", html.len(), &r);
    let a = json(&r.stdout);
    let cuts: Vec<&str> = a["cut"].as_array().unwrap().iter().map(|c| c["limit"].as_str().unwrap()).collect();
    assert_eq!(cuts, vec!["html_formatting", "html_nodes"]);
}

#[test]
fn five_megabytes_of_tiny_sentences_stay_in_bounds() {
    // 2 GB before (an edge list of every sentence pair in the window).
    let text = "A b. ".repeat(1_000_000);
    let r = run(&["--format", "json", "--input", "text"], text.clone().into_bytes());
    assert_eq!(r.status, 0, "{}", r.stderr);
    within_bound("5 MB of tiny sentences", text.len(), &r);
    let a = json(&r.stdout);
    assert_eq!(a["sentences"].as_array().unwrap().len(), nutshell::limits::max_sentences(text.len()));
    assert_eq!(a["cut"][0]["limit"], "sentences");
}

#[test]
fn one_letter_words_stay_in_bounds() {
    // The densest text in word tokens (a word per 2 bytes): 877 MB for 16 MB at one token per
    // 4 bytes; the token budget (one per 16 bytes) keeps it within the bound.
    let text = "a ".repeat(2_000_000);
    let r = run(&["--format", "json", "--input", "text"], text.clone().into_bytes());
    assert_eq!(r.status, 0, "{}", r.stderr);
    within_bound("4 MB of one-letter words", text.len(), &r);
    assert_eq!(json(&r.stdout)["cut"][0]["limit"], "tokens");
}

#[test]
fn nested_ruby_stays_in_bounds() {
    for tag in ["rt", "optgroup"] {
        let html = format!("<body>{}", format!("<{tag}>x").repeat(50_000));
        let r = run(&["--format", "json", "--input", "html"], html.clone().into_bytes());
        assert_eq!(r.status, 0, "{}", r.stderr);
        within_bound(tag, html.len(), &r);
        assert_eq!(json(&r.stdout)["cut"][0]["limit"], "html_depth");
    }
}

#[test]
fn a_forty_megabyte_batch_line_does_not_stop_the_batch() {
    let mut input = Vec::with_capacity(41 << 20);
    input.extend_from_slice(b"{\"id\": 1, \"text\": \"");
    input.resize(input.len() + (40 << 20), b'a');
    input.extend_from_slice(b"\"}\n");
    input.extend_from_slice(b"{\"id\": 2, \"text\": \"The vote was on 2 March 2021.\", \"sentences\": 1}\n");
    let r = run(&["--batch"], input);
    assert_eq!(r.status, 0, "{}", r.stderr);
    let lines: Vec<serde_json::Value> = r.stdout.lines().map(json).collect();
    assert_eq!(lines.len(), 2);
    let limit = nutshell::MAX_INPUT_BYTES + (1 << 20);
    assert_eq!(
        lines[0],
        serde_json::json!({"id": null, "error": format!("the line is too long: {} bytes, the limit is {limit} bytes", (40 << 20) + 21)})
    );
    assert_eq!(lines[1]["id"], 2);
    assert_eq!(lines[1]["timexes"][0]["value"], "2021-03-02");
    // The long line was never held whole: memory stays near one line's limit.
    within_bound("40 MB batch line", limit, &r);
}

#[test]
fn a_batch_line_at_the_input_limit_is_answered() {
    let text = "The vote was on 2 March 2021. ".repeat(nutshell::MAX_INPUT_BYTES / 30 + 1);
    let line = format!("{{\"id\": \"big\", \"text\": \"{text}\"}}\n{{\"id\": 2, \"text\": \"It rained.\"}}\n");
    let r = run(&["--batch"], line.into_bytes());
    let lines: Vec<serde_json::Value> = r.stdout.lines().map(json).collect();
    assert_eq!(
        lines[0],
        serde_json::json!({"id": "big", "error": format!("the input is too large: {} bytes, the limit is {} bytes", text.len(), nutshell::MAX_INPUT_BYTES)})
    );
    assert_eq!(lines[1]["id"], 2);
}

#[test]
fn a_read_error_fails_the_batch() {
    // A directory as standard input: every read fails.
    let dir = std::fs::File::open("/").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_nutshell")).arg("--batch").stdin(Stdio::from(dir)).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "nutshell: cannot read the batch input: Is a directory (os error 21)\n"
    );
}

#[test]
fn stdin_past_the_limit_is_not_read_whole() {
    let r = run(&["--format", "json"], vec![b'a'; nutshell::MAX_INPUT_BYTES + 5]);
    assert_eq!(r.status, 1);
    assert_eq!(
        r.stderr,
        format!(
            "nutshell: the input is too large: more than {0} bytes, the limit is {0} bytes\n",
            nutshell::MAX_INPUT_BYTES
        )
    );
}

#[test]
fn text_output_notes_what_was_cut() {
    let text = "Filler words here. ".repeat(100_000);
    let max = nutshell::limits::max_sentences(text.len());
    let r = run(&["--sentences", "3"], text.into_bytes());
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stdout.contains("\nSummary\n  - Filler words here.\n"), "{}", r.stdout);
    assert!(r.stdout.ends_with(&format!("\nNote: the text has more than {max} sentences: only the first {max} were analyzed\n\nNote: key phrases were read from the first 20000 words of the prose\n\n")), "{}", r.stdout);
}
