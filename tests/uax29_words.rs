//! `text::uax29::words` (our UAX #29 word boundaries over packed tables) against the
//! unicode-segmentation crate's `unicode_word_indices`, which it replaces: the same words for
//! the Word_Break value of every range of the table and every Extended_Pictographic range in a
//! dozen contexts, on generated strings over every value, and on every text of the dev corpora
//! (../shared; skipped with a message when absent). Not one difference is allowed.
#![cfg(not(target_arch = "wasm32"))]

use nutshell::text::uax29::{extended_pictographic, word_break, words, Wb};
use unicode_segmentation::UnicodeSegmentation;

mod common;

fn theirs(s: &str) -> Vec<(usize, usize)> {
    s.unicode_word_indices().map(|(i, w)| (i, i + w.len())).collect()
}

fn same(s: &str) {
    let (ours, theirs): (Vec<(usize, usize)>, _) = (words(s).collect(), theirs(s));
    if ours != theirs {
        let at = ours.iter().zip(&theirs).find(|(a, b)| a != b).map_or(ours.len().min(theirs.len()), |(a, _)| a.0);
        let floor = |i: usize| (0..=i).rev().find(|&j| s.is_char_boundary(j)).unwrap_or(0);
        let near: String = s[floor(at.saturating_sub(60))..floor((at + 60).min(s.len()))].to_string();
        panic!(
            "words differ near byte {at} of a {}-byte text: {near:?}\nours:   {ours:?}\ntheirs: {theirs:?}",
            s.len()
        );
    }
}

#[test]
fn known_words() {
    let s = "Can't stop: l'armée's 3.5% rise in U.S. 2,000-strong e.g. x_y ミャンマー 🇫🇷🇩🇪 שׁ\"ב\r\n$4.";
    let got: Vec<&str> = words(s).map(|(a, b)| &s[a..b]).collect();
    assert_eq!(
        got,
        [
            "Can't",
            "stop",
            "l'armée's",
            "3.5",
            "rise",
            "in",
            "U.S",
            "2,000",
            "strong",
            "e.g",
            "x_y",
            "ミャンマー",
            "שׁ\"ב",
            "4"
        ]
    );
    assert_eq!(word_break('a'), Wb::ALetter);
    assert_eq!(word_break('\''), Wb::SingleQuote);
    assert_eq!(word_break('.'), Wb::MidNumLet);
    assert_eq!(word_break(':'), Wb::MidLetter);
    assert_eq!(word_break(','), Wb::MidNum);
    assert_eq!(word_break('7'), Wb::Numeric);
    assert_eq!(word_break('_'), Wb::ExtendNumLet);
    assert_eq!(word_break('ア'), Wb::Katakana);
    assert_eq!(word_break('ש'), Wb::HebrewLetter);
    assert_eq!(word_break('\u{200D}'), Wb::Zwj);
    assert_eq!(word_break('\u{1F1EB}'), Wb::RegionalIndicator);
    assert_eq!(word_break('\u{10FFFF}'), Wb::Other);
    assert!(
        extended_pictographic('©')
            && extended_pictographic('\u{1F600}')
            && !extended_pictographic('a')
            && !extended_pictographic('\u{1F1EB}')
    );
    for s in ["", "a", "\r\n", "\u{301}a", "a\u{200D}\u{1F600}b", "\u{1F1EB}\u{1F1F7}\u{1F1E9}"] {
        same(s);
    }
}

/// Code points of the tables: the first, middle and last of every run of one Word_Break value
/// and of every Extended_Pictographic run (found by walking every code point once).
fn samples() -> Vec<char> {
    let mut out = Vec::new();
    let mut run: Vec<char> = Vec::new();
    let key = |c: char| (word_break(c), extended_pictographic(c));
    let flush = |run: &mut Vec<char>, out: &mut Vec<char>| {
        if let (Some(&a), Some(&b)) = (run.first(), run.last()) {
            out.extend([a, run[run.len() / 2], b]);
        }
        run.clear();
    };
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        if run.last().is_some_and(|&p| key(p) != key(c) || p as u32 + 1 != c as u32) {
            flush(&mut run, &mut out);
        }
        run.push(c);
    }
    flush(&mut run, &mut out);
    out
}

#[test]
fn every_range_of_the_tables_in_context() {
    // Contexts that tell the values apart: between letters, digits, a Hebrew letter, katakana,
    // after a ZWJ, beside spaces, CR and regional indicators.
    const CONTEXTS: &[(&str, &str)] = &[
        ("a", "b"),
        ("a", ""),
        ("", "a"),
        ("1", "2"),
        ("ש", "ש"),
        ("ש", ""),
        ("ア", "ア"),
        ("a\u{200D}", "a"),
        (" ", " "),
        ("\r", "\n"),
        ("\u{1F1EB}", "\u{1F1F7}"),
        ("a_", "_1"),
    ];
    let samples = samples();
    assert!(samples.len() > 3_000, "{}", samples.len());
    let mut n = 0;
    for &c in &samples {
        for (a, b) in CONTEXTS {
            same(&format!("{a}{c}{b}"));
            n += 1;
        }
    }
    eprintln!("{n} strings, same words");
}

#[test]
fn generated_strings() {
    // A few characters of every value, then random strings of them (letters, digits and the
    // characters between them drawn more often: the rules are about them).
    let samples = samples();
    let mut pool = common::pool_by_value(&samples, 19, |c| word_break(c) as u8);
    pool.extend(samples.iter().copied().filter(|&c| extended_pictographic(c)).step_by(40));
    pool.extend("a b ש 1 2 . , ' \" : _ \u{200D} \u{301} \u{AD} \u{1F1EB}".split(' ').flat_map(str::chars));
    common::generated_strings(&pool, same);
}

#[test]
fn every_text_of_the_dev_corpora() {
    common::every_dev_text("uax29-words-corpora", "same words", same);
}
