//! Raw wasm entry points over the language layer, for timing from node without wasm-bindgen.

use nutshell::text::{language, sentences::Segmenter, words};

/// Allocate `n` bytes for the caller to fill with UTF-8 text.
#[no_mangle]
pub extern "C" fn alloc(n: usize) -> *mut u8 {
    let mut v = Vec::<u8>::with_capacity(n);
    let p = v.as_mut_ptr();
    std::mem::forget(v);
    p
}

fn text<'a>(p: *const u8, n: usize) -> &'a str {
    std::str::from_utf8(unsafe { std::slice::from_raw_parts(p, n) }).unwrap_or("")
}

#[no_mangle]
pub extern "C" fn segment(p: *const u8, n: usize) -> usize {
    let t = text(p, n);
    Segmenter::new(t, "en").split(0..t.len()).len()
}

#[no_mangle]
pub extern "C" fn tokenize(p: *const u8, n: usize) -> usize {
    let t = text(p, n);
    words::tokens(t, 0..t.len(), "en").len()
}

#[no_mangle]
pub extern "C" fn identify(p: *const u8, n: usize) -> usize {
    language::identify(text(p, n)).len()
}
