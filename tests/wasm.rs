//! The JS-facing API in a real browser (wasm-bindgen-test, headless Chromium): options from a
//! plain JS object, the Analysis as a plain JS object with `null` for missing values, UTF-16
//! offsets that `String.prototype.slice` honours (emoji, accents, lone surrogates), and bad
//! input as thrown `Error`s, never a panic.
//!
//! Run: `tools/test.sh` (or `cargo test --target wasm32-unknown-unknown --test 'wasm*'` with
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner` and
//! `CHROMEDRIVER=/usr/bin/chromedriver`).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect};
use nutshell::wasm::analyze_js;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: &str = "\
MARCH 2021
Share this
City council approves new harbour bridge after decade of debate

The city council voted on 2 March 2021 to build a new bridge across the harbour, ending a debate that began in 2011.
The bridge will cost 240 million euros and is expected to open in September 2024, the mayor said on Tuesday.
Engineers first proposed a tunnel on 14 June 2015, but the plan was dropped after costs doubled.
Residents of the north shore have waited years for a faster route to the city centre.
The council will publish the final design on 1 April 2021.
LINK
0 $
";

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap()
}

fn num(obj: &JsValue, key: &str) -> u32 {
    get(obj, key).as_f64().unwrap_or_else(|| panic!("{key} is not a number")) as u32
}

fn str_of(obj: &JsValue, key: &str) -> String {
    get(obj, key).as_string().unwrap_or_else(|| panic!("{key} is not a string"))
}

fn array(obj: &JsValue, key: &str) -> Array {
    get(obj, key).dyn_into::<Array>().unwrap_or_else(|_| panic!("{key} is not an array"))
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o.into()
}

fn error_message(r: Result<JsValue, JsError>) -> String {
    let e: JsValue = r.expect_err("expected a thrown Error").into();
    let e: js_sys::Error = e.dyn_into().expect("the error is a JS Error");
    e.message().into()
}

/// `text.slice(start, end)` in JS, UTF-16 code units.
fn js_slice(text: &JsString, start: u32, end: u32) -> String {
    text.slice(start, end).into()
}

#[wasm_bindgen_test]
fn returns_a_plain_object_shaped_like_the_analysis() {
    let a = analyze_js(ARTICLE, options(&[("sentences", 2.into())])).unwrap();
    assert_eq!(
        Object::get_prototype_of(&a),
        Object::get_prototype_of(&Object::new().into()),
        "a plain object, not a Map"
    );
    for key in [
        "title",
        "byline",
        "published",
        "published_source",
        "language",
        "text",
        "sentences",
        "summary",
        "keywords",
        "timexes",
        "timeline",
    ] {
        assert!(Reflect::has(&a, &JsValue::from_str(key)).unwrap(), "missing field {key}");
    }
    // None arrives as null, not undefined.
    assert!(get(&a, "byline").is_null());
    assert_eq!(str_of(&a, "text"), ARTICLE);
    assert_eq!(str_of(&a, "language"), "en");

    let sentences = array(&a, "sentences");
    let summary = array(&a, "summary");
    assert!(summary.length() >= 1 && summary.length() <= 2, "summary of 1 or 2 sentences, got {}", summary.length());
    let text = JsString::from(ARTICLE);
    for i in summary.iter() {
        let s = sentences.get(i.as_f64().unwrap() as u32);
        assert_eq!(str_of(&s, "kind"), "prose");
        let said = js_slice(&text, num(&s, "start"), num(&s, "end"));
        assert!(
            !said.contains("Share this") && !said.contains("0 $") && !said.contains("LINK"),
            "junk in summary: {said}"
        );
    }
    // Junk lines are sentences of their own kind, never prose.
    let kinds: Vec<String> = sentences.iter().map(|s| str_of(&s, "kind")).collect();
    assert!(kinds.iter().any(|k| k == "boilerplate"), "kinds: {kinds:?}");

    // The date header is the publication date, at month granularity.
    assert_eq!(str_of(&a, "published"), "2021-03");
    assert_eq!(str_of(&a, "published_source"), "text");
    let values: Vec<String> = array(&a, "timexes").iter().map(|t| str_of(&t, "value")).collect();
    for v in ["2021-03-02", "2015-06-14", "2021-04-01", "2024-09"] {
        assert!(values.iter().any(|x| x == v), "{v} missing from {values:?}");
    }
    let timeline = array(&a, "timeline");
    assert!(timeline.length() >= 4);
    let first = timeline.get(0);
    for key in ["value", "granularity", "sentence", "timex", "mentions", "label", "future", "published", "salience"] {
        assert!(Reflect::has(&first, &JsValue::from_str(key)).unwrap(), "timeline entry lacks {key}");
    }
}

#[wasm_bindgen_test]
fn options_come_from_a_plain_object() {
    let a = analyze_js(
        ARTICLE,
        options(&[("published", "2021-03-04".into()), ("lang", "en".into()), ("unknown_key", 7.into())]),
    )
    .unwrap();
    assert_eq!(str_of(&a, "published"), "2021-03-04");
    assert_eq!(str_of(&a, "published_source"), "option");
    assert_eq!(str_of(&a, "language"), "en");
    // undefined and null mean the defaults (3 sentences).
    for o in [JsValue::UNDEFINED, JsValue::NULL] {
        let a = analyze_js(ARTICLE, o).unwrap();
        assert!(array(&a, "summary").length() <= 3);
    }
    let one = analyze_js(ARTICLE, options(&[("sentences", 1.into())])).unwrap();
    assert_eq!(array(&one, "summary").length(), 1);
    // Every key of a batch line is read: style and length, ratio, and language over lang.
    let tldr = analyze_js(ARTICLE, options(&[("style", "tldr".into()), ("length", "short".into())])).unwrap();
    assert_eq!(array(&tldr, "summary").length(), 1);
    let half = analyze_js(ARTICLE, options(&[("ratio", 0.2.into()), ("sentences", 5.into())])).unwrap();
    assert_eq!(array(&half, "summary").length(), 1, "a fifth of the five prose sentences");
    let de = analyze_js(ARTICLE, options(&[("language", "de".into()), ("lang", "fr".into())])).unwrap();
    assert_eq!(str_of(&de, "language"), "de");
    let null = analyze_js(ARTICLE, options(&[("sentences", JsValue::NULL), ("style", JsValue::NULL)])).unwrap();
    assert!(array(&null, "summary").length() <= 3, "null means not given");
}

#[wasm_bindgen_test]
fn wrongly_typed_options_are_named_in_the_error() {
    for (key, value, want) in [
        ("sentences", JsValue::from(2.5), "sentences must be a whole number"),
        ("words", JsValue::from(-3), "words must be a whole number"),
        ("sentences", JsValue::from("3"), "sentences must be a whole number"),
        ("ratio", JsValue::from("half"), "ratio must be a number"),
        ("ratio", JsValue::from(1.5), "ratio must be"),
        ("style", JsValue::from(1), "style must be a string"),
        ("style", JsValue::from("bullet"), "style must be key-points"),
        ("input", JsValue::from("pdf"), "input must be auto, text or html"),
    ] {
        let m = error_message(analyze_js(ARTICLE, options(&[(key, value)])));
        assert!(m.starts_with("bad option") && m.contains(want), "{key}: {m}");
    }
}

#[wasm_bindgen_test]
fn offsets_are_utf16_code_units() {
    // Emoji (two UTF-16 units, one with a ZWJ sequence), accents, and CJK before the dates, so
    // UTF-16 offsets differ from both byte and character offsets.
    let text = "Zoë's café 🎉🎉 reopened on 27 September 2020 after the flood, the owner 👩‍🍳 said.\n\
                Crème brûlée sold out by 3 October 2020, and 東京 visitors came on 10 October 2020.\n";
    let a = analyze_js(text, JsValue::UNDEFINED).unwrap();
    let js = JsString::from(text);
    assert_ne!(js.length() as usize, text.chars().count(), "the test text must have astral characters");
    let timexes = array(&a, "timexes");
    assert!(timexes.length() >= 3, "found {} timexes", timexes.length());
    let mut seen = Vec::new();
    for t in timexes.iter() {
        let (start, end) = (num(&t, "start"), num(&t, "end"));
        assert_eq!(js_slice(&js, start, end), str_of(&t, "text"), "timex {start}..{end}");
        seen.push(str_of(&t, "value"));
    }
    for v in ["2020-09-27", "2020-10-03", "2020-10-10"] {
        assert!(seen.iter().any(|x| x == v), "{v} missing from {seen:?}");
    }
    for s in array(&a, "sentences").iter() {
        let said = js_slice(&js, num(&s, "start"), num(&s, "end"));
        assert!(said.starts_with("Zoë") || said.starts_with("Crème"), "sentence slice starts mid-word: {said:?}");
    }
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_offsets_aligned() {
    // Build the string in JS: a lone high surrogate (not valid Unicode) before the date. It
    // crosses into Rust as U+FFFD, one UTF-16 unit like the surrogate itself.
    let js = JsString::from("Broken ")
        .concat(&JsString::from_char_code1(0xD800))
        .concat(&"char, then the vote on 2 March 2021 went ahead as the council had planned.".into());
    let text: String = js.clone().into();
    assert!(text.contains('\u{FFFD}'));
    let a = analyze_js(&text, JsValue::UNDEFINED).unwrap();
    let timexes = array(&a, "timexes");
    assert!(timexes.length() >= 1);
    let t = timexes.get(0);
    assert_eq!(js_slice(&js, num(&t, "start"), num(&t, "end")), "2 March 2021");
    assert_eq!(str_of(&t, "value"), "2021-03-02");
}

#[wasm_bindgen_test]
fn bad_input_is_a_thrown_error_not_a_panic() {
    let none = || JsValue::UNDEFINED;
    assert!(error_message(analyze_js("", none())).contains("no text"));
    assert!(error_message(analyze_js(" \n\t \n", none())).contains("no text"));
    let binary: String = (0..4000u32).map(|i| char::from_u32(i % 32).unwrap()).collect();
    assert!(error_message(analyze_js(&binary, none())).contains("binary"));
    let html = "<!DOCTYPE html><html><head><title>Bridge</title></head><body><p>The council voted on 2 March 2021.</p></body></html>";
    // HTML read as HTML: the extracted article, or a clear error while extraction is not in
    // this build; never the markup taken as prose.
    match analyze_js(html, none()) {
        Ok(a) => assert!(!str_of(&a, "text").contains("<p>"), "markup read as prose"),
        Err(e) => {
            let m = error_message(Err(e));
            assert!(m.contains("not supported yet") || m.contains("no article"), "unclear: {m}");
        }
    }
    // Markup read as text is text: an Analysis, not an error.
    let a = analyze_js(html, options(&[("input", "text".into())])).unwrap();
    assert_eq!(str_of(&a, "text"), html);
    // Options of the wrong type or value.
    assert!(error_message(analyze_js(ARTICLE, options(&[("sentences", "three".into())]))).contains("bad option"));
    assert!(error_message(analyze_js(ARTICLE, options(&[("prefer", "sideways".into())]))).contains("bad option"));
    assert!(error_message(analyze_js(ARTICLE, options(&[("published", "yesterday-ish".into())]))).contains("published"));
    assert!(error_message(analyze_js(ARTICLE, JsValue::from(42))).contains("bad option"));
    // Nothing panicked along the way.
    assert_eq!(nutshell::wasm::take_panic_message(), None);
}

#[wasm_bindgen_test]
fn a_five_megabyte_article_completes() {
    let paragraph = "The committee met again on 4 May 2021 to review the budget, and members argued about the cost of the new school for several hours before a vote was taken.\n";
    let mut text = String::new();
    let mut n = 0;
    while text.len() < 5 * 1024 * 1024 {
        text.push_str(&format!("Section {n}. "));
        text.push_str(paragraph);
        n += 1;
    }
    match analyze_js(&text, options(&[("sentences", 3.into())])) {
        Ok(a) => {
            assert!(array(&a, "summary").length() >= 1);
            assert!(array(&a, "sentences").length() as usize >= n);
        }
        Err(e) => {
            let e: js_sys::Error = JsValue::from(e).dyn_into().unwrap();
            let m: String = e.message().into();
            assert!(m.contains("too large"), "unclear error: {m}");
        }
    }
    assert_eq!(nutshell::wasm::take_panic_message(), None);
}
