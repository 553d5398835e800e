//! Any bytes as an HTML page, with every option drawn from the first bytes: parsing (within its
//! limits), extraction and the pipeline after it must return an Analysis or an error value,
//! never panic; URLs come out http(s) or not at all.
#![no_main]
use libfuzzer_sys::fuzz_target;
use nutshell::{analyze, InputKind};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (mut options, body) = common::options(data);
    options.input = InputKind::Html;
    let html = String::from_utf8_lossy(body);
    if let Ok(a) = analyze(&html, &options) {
        common::check(&a);
    }
});
