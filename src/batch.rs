//! `--batch`: JSON Lines in, JSON Lines out (the CLI's; built on every target so the bin compiles for wasm32 test runs). Owns the line reader (bounded memory
//! per line, however long the line) and the answer to one line, so the CLI stays a thin layer
//! and the fuzzer can drive exactly what the CLI runs.

use crate::{analyze, Analysis, InputKind, Options, MAX_INPUT_BYTES};
use serde::Deserialize;
use std::io::{self, BufRead};

/// Run the core, turning a panic (a bug) into an error value so one input never takes the
/// batch down.
pub fn analyze_guarded(input: &str, options: &Options) -> Result<Analysis, String> {
    match std::panic::catch_unwind(|| analyze(input, options)) {
        Ok(r) => r.map_err(|e| e.to_string()),
        Err(_) => Err("internal error while analyzing this input (please report it)".into()),
    }
}

/// Longest `--batch` line read: the input limit plus 1 MiB for the JSON around the text (its
/// key, the options, the id, escapes). A longer line is answered with an error line of its own
/// and skipped to its newline without being held in memory.
pub const MAX_LINE_BYTES: usize = MAX_INPUT_BYTES + (1 << 20);

/// One line of a batch: its bytes (at most `MAX_LINE_BYTES`), or how long it was when longer.
pub enum Line {
    Ok(Vec<u8>),
    TooLong(u64),
}

/// Read the next line (without its newline) into at most `MAX_LINE_BYTES` of memory.
pub fn next_line(input: &mut impl BufRead, buf: &mut Vec<u8>) -> io::Result<Option<Line>> {
    buf.clear();
    let mut total: u64 = 0;
    let mut any = false;
    loop {
        let chunk = input.fill_buf()?;
        if chunk.is_empty() {
            return Ok(any.then(|| {
                if total as usize > MAX_LINE_BYTES {
                    Line::TooLong(total)
                } else {
                    Line::Ok(std::mem::take(buf))
                }
            }));
        }
        any = true;
        let (piece, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (&chunk[..i], true),
            None => (chunk, false),
        };
        total += piece.len() as u64;
        if total as usize <= MAX_LINE_BYTES {
            buf.extend_from_slice(piece);
        } else if !buf.is_empty() {
            *buf = Vec::new();
        }
        let used = piece.len() + done as usize;
        input.consume(used);
        if done {
            return Ok(Some(if total as usize > MAX_LINE_BYTES {
                Line::TooLong(total)
            } else {
                Line::Ok(std::mem::take(buf))
            }));
        }
    }
}

/// One batch line's answer, as a JSON line: `{"id", ...Analysis}` or `{"id", "error"}`.
pub fn answer(line: &str) -> String {
    use serde_json::{json, Value};
    let v: Value = match serde_json::from_str(line) {
        Ok(v @ Value::Object(_)) => v,
        Ok(_) => return json!({"id": null, "error": "each line must be a JSON object"}).to_string(),
        Err(e) => return json!({"id": null, "error": format!("not JSON: {e}")}).to_string(),
    };
    let id = v.get("id").cloned().unwrap_or(Value::Null);
    let fail = |msg: String| json!({"id": id.clone(), "error": msg}).to_string();
    let (input, kind) = match (v.get("text").and_then(Value::as_str), v.get("html").and_then(Value::as_str)) {
        (Some(t), _) => (t, InputKind::Text),
        (None, Some(h)) => (h, InputKind::Html),
        _ => return fail("the line needs a \"text\" or \"html\" string".into()),
    };
    // The other keys are Options, by the same names as in JS (`lang` for `language`).
    let mut o: Options = match Options::deserialize(&v) {
        Ok(o) => o,
        Err(e) => return fail(format!("bad option: {e}")),
    };
    o.input = kind;
    match analyze_guarded(input, &o) {
        // `{"id": ..., ` and the Analysis's own fields: serialized once, not copied into a Value.
        Ok(a) => match serde_json::to_string(&a) {
            Ok(body) => format!("{{\"id\":{},{}", id, &body[1..]),
            Err(e) => fail(format!("cannot write the result: {e}")),
        },
        Err(e) => fail(e),
    }
}
