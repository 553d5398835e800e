//! One `--batch` line, as the CLI answers it (`nutshell::batch::answer`): any bytes, as JSON
//! with any keys, option values and id. The answer is always one JSON object line with the same
//! id (or null), holding an Analysis or an "error"; never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let line = String::from_utf8_lossy(data);
    if line.trim().is_empty() || line.contains('\n') {
        return;
    }
    let out = nutshell::batch::answer(&line);
    assert!(!out.contains('\n'), "an answer spans lines");
    let v: serde_json::Value = serde_json::from_str(&out).expect("the answer is JSON");
    let obj = v.as_object().expect("the answer is an object");
    assert!(obj.contains_key("id"));
    assert!(obj.contains_key("error") != obj.contains_key("text"), "an error or an Analysis, not both");
});
