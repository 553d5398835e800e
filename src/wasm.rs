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
    let mut options = options_from_js(&options)?;
    options.units = Units::Utf16;
    let analysis = crate::analyze(input, &options).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&analysis)
}

/// The Analysis as a plain JS object: JSON text (`crate::json`) read by `JSON.parse`, one call
/// instead of one per value; `None` is `null`, as in the CLI's JSON.
fn to_js(analysis: &crate::Analysis) -> Result<JsValue, JsError> {
    let text =
        crate::json::to_string(analysis).map_err(|e| JsError::new(&format!("cannot hand the result to JS: {e}")))?;
    js_sys::JSON::parse(&text).map_err(|_| JsError::new("cannot hand the result to JS"))
}

/// Read the options object by hand. The keys and their meaning are [`Options`]'s (the same as a
/// `--batch` line; unknown keys are ignored, `null`/`undefined` mean "not given"). Not through
/// serde: serde's error path for a number where a string belongs formats floats, which pulls
/// about 17 KB of float-printing code into the wasm build for one error message.
fn options_from_js(v: &JsValue) -> Result<Options, JsError> {
    let mut o = Options::default();
    if v.is_undefined() || v.is_null() {
        return Ok(o);
    }
    if !v.is_object() {
        return Err(JsError::new("bad option: options must be an object"));
    }
    let get = |key: &str| -> Option<JsValue> {
        let x = js_sys::Reflect::get(v, &JsValue::from_str(key)).ok()?;
        (!x.is_undefined() && !x.is_null()).then_some(x)
    };
    let bad = |key: &str, want: &str| JsError::new(&format!("bad option: {key} must be {want}"));
    let string = |key: &str| -> Result<Option<String>, JsError> {
        get(key).map(|x| x.as_string().ok_or_else(|| bad(key, "a string"))).transpose()
    };
    let count = |key: &str| -> Result<Option<usize>, JsError> {
        get(key)
            .map(|x| match x.as_f64() {
                Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= u32::MAX as f64 => Ok(n as usize),
                _ => Err(bad(key, "a whole number, 0 or more")),
            })
            .transpose()
    };
    let err = |e: crate::Error| JsError::new(&e.to_string());
    if let Some(s) = string("input")? {
        o.input = crate::options::InputKind::parse(&s).map_err(err)?;
    }
    if let Some(s) = string("prefer")? {
        o.prefer = crate::options::Prefer::parse(&s).map_err(err)?;
    }
    if let Some(s) = string("style")? {
        o.style = Some(crate::options::Style::parse(&s).map_err(err)?);
    }
    if let Some(s) = string("length")? {
        o.length = Some(crate::options::Length::parse(&s).map_err(err)?);
    }
    o.published = string("published")?;
    o.sentences = count("sentences")?;
    o.words = count("words")?;
    o.ratio = get("ratio").map(|x| x.as_f64().ok_or_else(|| bad("ratio", "a number"))).transpose()?;
    o.language = match string("language")? {
        Some(l) => Some(l),
        None => string("lang")?,
    };
    o.url = string("url")?;
    Ok(o)
}

/// The message of the last panic, once (for the wrapper, after a trap).
#[wasm_bindgen(js_name = takePanicMessage)]
pub fn take_panic_message() -> Option<String> {
    LAST_PANIC.lock().ok().and_then(|mut slot| slot.take())
}

/// Whether a call since the last ask looked up a language this module lacks (the English core:
/// `text::packs`); the wrapper then runs the call again in the full module. Always false there.
#[wasm_bindgen(js_name = __needsFull)]
pub fn needs_full() -> bool {
    crate::text::packs::take_missing()
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
    let mut options = options_from_js(&options)?;
    options.units = Units::Utf16;
    let texts = js_sys::Array::new();
    let mut page = crate::input::dom::build(&root, &texts);
    if options.url.is_some() {
        page.url = options.url.clone();
    }
    let doc = crate::extract::extract(&page).map_err(|e| JsError::new(&e.to_string()))?;
    let analysis = crate::analyze_document(doc, &options).map_err(|e| JsError::new(&e.to_string()))?;
    let out = to_js(&analysis)?;
    js_sys::Reflect::set(&out, &JsValue::from_str("textNodes"), &texts)
        .map_err(|_| JsError::new("cannot attach textNodes"))?;
    Ok(out)
}

/// Analyze a page read on the page side into the flat form (`www/pageform.js`; the format is
/// `crate::input::flat`'s): the worker's entry point, where there is no DOM. `cut` lists, comma
/// separated, the limits the page side applied while reading (`dom_text`, `dom_nodes`). Same
/// options and result as `analyzeDom`, without `textNodes` (the page side holds them).
#[wasm_bindgen(js_name = analyzePage)]
pub fn analyze_page(strings: &str, ops: &[u32], cut: &str, options: JsValue) -> Result<JsValue, JsError> {
    let mut options = options_from_js(&options)?;
    options.units = Units::Utf16;
    let cut: Vec<String> = cut.split(',').filter(|c| !c.is_empty()).map(str::to_string).collect();
    let mut page = crate::input::flat::build(strings, ops, &cut).map_err(|e| JsError::new(&e.to_string()))?;
    page.url = options.url.clone();
    let doc = crate::extract::extract(&page).map_err(|e| JsError::new(&e.to_string()))?;
    let analysis = crate::analyze_document(doc, &options).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&analysis)
}

/// Extraction only: the article's text, title and byline from a live page, and the text nodes
/// it was read from (no sentences, summary or timeline). For callers that want the article
/// itself, and for comparing the extractor with Readability's `parse()` like for like.
#[wasm_bindgen(js_name = extractDom)]
pub fn extract_dom(root: web_sys::Node) -> Result<JsValue, JsError> {
    let texts = js_sys::Array::new();
    let page = crate::input::dom::build(&root, &texts);
    let doc = crate::extract::extract(&page).map_err(|e| JsError::new(&e.to_string()))?;
    let out = js_sys::Object::new();
    let set = |k: &str, v: JsValue| js_sys::Reflect::set(&out, &JsValue::from_str(k), &v).map(|_| ());
    let opt = |v: Option<String>| v.map_or(JsValue::NULL, |s| JsValue::from_str(&s));
    set("title", opt(doc.title))
        .and(set("byline", opt(doc.byline)))
        .and(set("text", JsValue::from_str(&doc.text)))
        .and(set("textNodes", texts.into()))
        .map_err(|_| JsError::new("cannot hand the result to JS"))?;
    Ok(out.into())
}

/// The cheap pre-check: does this live page look like an article? (Readability's heuristic
/// on the same page model the extractor reads.)
#[wasm_bindgen(js_name = isProbablyArticle)]
pub fn is_probably_article_js(root: web_sys::Node) -> bool {
    let page = crate::input::dom::build(&root, &js_sys::Array::new());
    crate::extract::content::is_probably_article(&page)
}

#[cfg(feature = "bench")]
#[wasm_bindgen]
extern "C" {
    /// `performance.now()` (window and worker alike).
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
}

/// For the benchmarks (`www/bench/browser.mjs`), not part of the public API: `analyzeDom` when
/// `input` is a `Node`, `analyze` when it is a string, timing each stage. Returns milliseconds:
/// [read (the DOM walk, or reading the text or HTML), extraction (DOM only), language,
/// sentences, tokens, summary, dates, keywords, timeline, offsets, serialization to a JS object].
/// Only in the benchmark build (feature `bench`), so the shipped module pays nothing for it.
#[cfg(feature = "bench")]
#[wasm_bindgen(js_name = __stages)]
pub fn stages_js(input: JsValue, options: JsValue) -> Result<Vec<f64>, JsError> {
    let mut options = options_from_js(&options)?;
    options.units = Units::Utf16;
    let mut t = vec![0.0; 11];
    let mut last = performance_now();
    let mut lap = |i: usize, t: &mut Vec<f64>| {
        let now = performance_now();
        t[i] += now - last;
        last = now;
    };
    let err = |e: crate::Error| JsError::new(&e.to_string());
    let doc = if let Some(s) = input.as_string() {
        let doc = crate::read(&s, &options).map_err(err)?;
        lap(0, &mut t);
        doc
    } else {
        if !input.is_object() {
            return Err(JsError::new("input must be a string or a Node"));
        }
        // Not `dyn_into`: a node of an iframe's document is no `instanceof Node` of this realm.
        let root: web_sys::Node = input.unchecked_into();
        let texts = js_sys::Array::new();
        let page = crate::input::dom::build(&root, &texts);
        lap(0, &mut t);
        let doc = crate::extract::extract(&page).map_err(err)?;
        lap(1, &mut t);
        doc
    };
    let analysis = crate::analyze_document_staged(doc, &options, &mut |s| {
        let i = match s {
            crate::Stage::Language => 2,
            crate::Stage::Sentences => 3,
            crate::Stage::Tokens => 4,
            crate::Stage::Summary => 5,
            crate::Stage::Dates => 6,
            crate::Stage::Keywords => 7,
            crate::Stage::Timeline => 8,
            crate::Stage::Units => 9,
        };
        lap(i, &mut t);
    })
    .map_err(err)?;
    let out = to_js(&analysis)?;
    lap(10, &mut t);
    std::hint::black_box(out);
    Ok(t)
}
