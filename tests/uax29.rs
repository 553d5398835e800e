//! `text::uax29` (our UAX #29 sentence boundaries over a packed table) against the
//! unicode-segmentation crate it replaces for sentences: the same boundaries on the property
//! value of every range of the table in a dozen contexts, on generated strings over every value,
//! and on every text of the dev corpora (../shared; skipped with a message when absent). Not one
//! difference is allowed.
#![cfg(not(target_arch = "wasm32"))]

use nutshell::text::uax29::{sentence_break, sentence_breaks, Sb};
use unicode_segmentation::UnicodeSegmentation;

mod common;

fn theirs(s: &str) -> Vec<usize> {
    s.split_sentence_bound_indices().map(|(i, _)| i).filter(|&i| i > 0).collect()
}

fn same(s: &str) {
    let (ours, theirs) = (sentence_breaks(s), theirs(s));
    if ours != theirs {
        let at = ours.iter().zip(&theirs).find(|(a, b)| a != b).map_or(ours.len().min(theirs.len()), |(a, _)| *a);
        let floor = |i: usize| (0..=i).rev().find(|&j| s.is_char_boundary(j)).unwrap_or(0);
        let near: String = s[floor(at.saturating_sub(60))..floor((at + 60).min(s.len()))].to_string();
        panic!(
            "boundaries differ near byte {at} of a {}-byte text: {near:?}\nours:   {ours:?}\ntheirs: {theirs:?}",
            s.len()
        );
    }
}

#[test]
fn known_boundaries() {
    let s = "Mr. Smith arrived. \"Why?\" he asked.\r\nThe U.S. economy grew 3.5% in 2024.  etc. and then";
    let starts: Vec<&str> = sentence_breaks(s).iter().map(|&i| &s[i..(i + 4).min(s.len())]).collect();
    // UAX #29 alone: "Mr." ends a sentence (text::sentences knows abbreviations), "U.S." does
    // not (an ATerm before an Upper after a letter), nor does "etc." before a lower-case word.
    assert_eq!(starts, ["Smit", "\"Why", "he a", "The "]);
    assert_eq!(sentence_breaks(s), [4, 19, 26, 37]);
    assert_eq!(sentence_break('.'), Sb::ATerm);
    assert_eq!(sentence_break('。'), Sb::STerm);
    assert_eq!(sentence_break('ß'), Sb::Lower);
    assert_eq!(sentence_break('Σ'), Sb::Upper);
    assert_eq!(sentence_break('ا'), Sb::OLetter);
    assert_eq!(sentence_break('\u{301}'), Sb::Extend);
    assert_eq!(sentence_break('\u{200B}'), Sb::Format);
    assert_eq!(sentence_break('#'), Sb::Other);
    assert_eq!(sentence_break('\u{2029}'), Sb::Sep);
    assert_eq!(sentence_break('\u{10FFFF}'), Sb::Other);
    for s in ["", ".", "\r\n", "a", "\u{301}.", ". \u{301}a"] {
        same(s);
    }
}

/// Code points of the table: the first, middle and last of every run of one value (found by
/// walking every code point once), with the value.
fn samples() -> Vec<(char, Sb)> {
    let mut out = Vec::new();
    let mut run: Vec<char> = Vec::new();
    let flush = |run: &mut Vec<char>, out: &mut Vec<(char, Sb)>| {
        if let (Some(&a), Some(&b)) = (run.first(), run.last()) {
            for c in [a, run[run.len() / 2], b] {
                out.push((c, sentence_break(c)));
            }
        }
        run.clear();
    };
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        if run.last().is_some_and(|&p| sentence_break(p) != sentence_break(c) || p as u32 + 1 != c as u32) {
            flush(&mut run, &mut out);
        }
        run.push(c);
    }
    flush(&mut run, &mut out);
    out
}

#[test]
fn every_range_of_the_table_in_context() {
    // Contexts that tell the values apart: after a terminator with and without a space, before
    // lower and upper case, beside CR and LF, after a letter and a period.
    const CONTEXTS: &[(&str, &str)] = &[
        ("Hi. ", "x"),
        ("Hi. ", "X"),
        ("Hi.", ""),
        ("Hi.", " y"),
        ("Hi.", " Y"),
        ("Hi! ", "Z"),
        ("x", ". Y"),
        ("A", "a"),
        ("\r", "\n"),
        ("", "\n."),
        ("Go.) ", "1"),
        ("Go?", "\" y"),
    ];
    let samples = samples();
    assert!(samples.len() > 3_000, "{}", samples.len());
    let mut n = 0;
    for &(c, _) in &samples {
        for (a, b) in CONTEXTS {
            same(&format!("{a}{c}{b}"));
            n += 1;
        }
    }
    eprintln!("{n} strings, same boundaries");
}

#[test]
fn generated_strings() {
    // A few characters of every value, then random strings of them (terminators, closers and
    // spaces are drawn more often: the rules are about them).
    let samples: Vec<char> = samples().iter().map(|s| s.0).collect();
    let mut pool = common::pool_by_value(&samples, 15, |c| sentence_break(c) as u8);
    pool.extend(". . . ! ? \" ) ’ , ; a b A B 1 \u{301} \u{AD}".split(' ').flat_map(str::chars));
    common::generated_strings(&pool, same);
}

#[test]
fn every_text_of_the_dev_corpora() {
    common::every_dev_text("uax29-corpora", "same boundaries", same);
}

#[test]
fn the_table_is_the_crates() {
    // tools/uax29.py regenerates the table from the crate's own (in the cargo registry after a
    // build); --check fails when the committed file differs.
    let out = std::process::Command::new("python3")
        .args(["tools/uax29.py", "--check"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output();
    match out {
        Ok(o) => assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr)),
        Err(e) => eprintln!("SKIP: python3 not found ({e})"),
    }
}
