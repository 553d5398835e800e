//! Any bytes as an HTML page: parsing, extraction and the pipeline after it must return an
//! Analysis or an error value ("no article found"), never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use nutshell::{analyze, InputKind, Options};

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let options = Options { input: InputKind::Html, ..Options::default() };
    if let Ok(a) = analyze(&html, &options) {
        let n = a.text.chars().count();
        for s in &a.sentences {
            assert!(s.start <= s.end && s.end <= n, "sentence offsets outside the text");
        }
    }
});
