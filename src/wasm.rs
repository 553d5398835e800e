//! The JS binding: a thin layer over [`crate::analyze`] for the browser (wasm-bindgen).
//!
//! Owns the JS-facing contract: options arrive as a plain JS object (the same keys as a
//! `--batch` line), the Analysis leaves as a plain JS object (`None` as `null`) with every
//! offset in UTF-16 code units, so `text.slice(start, end)` works. Errors become thrown JS
//! `Error`s. A panic is a bug: the hook below records its message before the module traps, and
//! the hand-written wrapper (`www/nutshell.js`) reads it, starts a fresh instance and throws
//! `Error("nutshell: internal error: <message>")` instead of "unreachable executed".
//!
//! Strings from JS are encoded to UTF-8 on the way in; a lone surrogate becomes U+FFFD, which is
//! one UTF-16 unit as well, so offsets still index the caller's own string.

use crate::analysis::Units;
use crate::options::Options;
use serde::Serialize;
use std::sync::Mutex;
use wasm_bindgen::prelude::*;

/// The message of the last panic, kept for the wrapper to read after the trap.
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Install the panic hook. Runs once when the module is instantiated.
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        let message = if let Some(s) = info.payload().downcast_ref::<&str>() {
            (*s).to_string()
        } else if let Some(s) = info.payload().downcast_ref::<String>() {
            s.clone()
        } else {
            "panic".to_string()
        };
        let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        if let Ok(mut slot) = LAST_PANIC.lock() {
            *slot = Some(format!("{message}{at}"));
        }
    }));
}

/// Analyze an article. `options` is a plain object (or `undefined`/`null`) with the keys
/// `input`, `published`, `sentences`, `words`, `language` (alias `lang`) and `prefer`;
/// unknown keys are ignored. Returns the Analysis as a plain object.
#[wasm_bindgen(js_name = analyze)]
pub fn analyze_js(input: &str, options: JsValue) -> Result<JsValue, JsError> {
    let mut options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("bad option: {e}")))?
    };
    options.units = Units::Utf16;
    let analysis = crate::analyze(input, &options).map_err(|e| JsError::new(&e.to_string()))?;
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    analysis
        .serialize(&serializer)
        .map_err(|e| JsError::new(&format!("cannot hand the result to JS: {e}")))
}

/// The message of the last panic, once (for the wrapper, after a trap).
#[wasm_bindgen(js_name = takePanicMessage)]
pub fn take_panic_message() -> Option<String> {
    LAST_PANIC.lock().ok().and_then(|mut slot| slot.take())
}

/// Panics on purpose, so the tests can prove a panic reaches the caller as a readable `Error`
/// and the wrapper recovers. Not part of the public API.
#[wasm_bindgen(js_name = __panicForTests)]
pub fn panic_for_tests() {
    panic!("deliberate panic for tests");
}

/// Analyze the article in a live page: `root` is a `Document` or an `Element` (the page is
/// read through the DOM, no HTML parser involved). Same options and result as `analyze`, plus
/// `textNodes`: the page's `Text` nodes in the order `runs[i].node` numbers them, so
/// `runs` turn sentences into DOM Ranges (`range.setStart(textNodes[r.node], r.offset + k)`).
#[wasm_bindgen(js_name = analyzeDom)]
pub fn analyze_dom(root: web_sys::Node, options: JsValue) -> Result<JsValue, JsError> {
    let mut options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("bad option: {e}")))?
    };
    options.units = Units::Utf16;
    let texts = js_sys::Array::new();
    let mut page = crate::input::dom::build(&root, &texts);
    if options.url.is_some() {
        page.url = options.url.clone();
    }
    let doc = crate::extract::extract(&page).map_err(|e| JsError::new(&e.to_string()))?;
    let analysis = crate::analyze_document(doc, &options).map_err(|e| JsError::new(&e.to_string()))?;
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    let out = analysis.serialize(&serializer).map_err(|e| JsError::new(&format!("cannot hand the result to JS: {e}")))?;
    js_sys::Reflect::set(&out, &JsValue::from_str("textNodes"), &texts).map_err(|_| JsError::new("cannot attach textNodes"))?;
    Ok(out)
}

/// The cheap pre-check: does this live page look like an article? (Readability's heuristic
/// on the same page model the extractor reads.)
#[wasm_bindgen(js_name = isProbablyArticle)]
pub fn is_probably_article_js(root: web_sys::Node) -> bool {
    let page = crate::input::dom::build(&root, &js_sys::Array::new());
    crate::extract::content::is_probably_article(&page)
}
