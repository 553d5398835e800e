//! The flat page form (what crosses from the page to the worker): any numbers and strings. The
//! decoder must refuse a form that does not add up with an error, never panic, and a form it
//! accepts must extract and analyze like any page.
#![no_main]
use libfuzzer_sys::fuzz_target;
use nutshell::input::flat;
use nutshell::{Options, Units};

fuzz_target!(|data: &[u8]| {
    // First byte: how many u32 ops follow (x4 bytes); the rest is the strings.
    let Some((&n, rest)) = data.split_first() else { return };
    let k = (n as usize * 4).min(rest.len() / 4 * 4);
    let ops: Vec<u32> = rest[..k].chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]) % 260).collect();
    let strings = String::from_utf8_lossy(&rest[k..]);
    let cut: Vec<String> = if n & 1 == 1 { vec!["dom_text".into()] } else { vec![] };
    if let Ok(page) = flat::build(&strings, &ops, &cut) {
        if let Ok(doc) = nutshell::extract::extract(&page) {
            let o = Options { units: Units::Utf16, ..Options::default() };
            let _ = nutshell::analyze_document(doc, &o);
        }
    }
});
