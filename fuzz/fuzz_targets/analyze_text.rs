//! Any bytes as pasted text, with every option drawn from the first bytes: the core must return
//! an Analysis or an error value, never panic, and every offset must index the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use nutshell::{analyze, InputKind};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (mut options, body) = common::options(data);
    options.input = InputKind::Text;
    let text = String::from_utf8_lossy(body);
    if let Ok(a) = analyze(&text, &options) {
        common::check(&a);
    }
});
