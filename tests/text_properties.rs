//! Property tests of the language layer: arbitrary Unicode (combining marks, right-to-left
//! text, emoji, NUL, U+FFFD as left by lone surrogates from JS, CJK, line breaks, runs of
//! punctuation) never panics, and sentences come back in order, non-overlapping, within the
//! block, on character boundaries and trimmed; tokens likewise.

use nutshell::text::{language, sentences, tense, words};
use proptest::prelude::*;

/// Pieces that stress the rules: abbreviations, quotes, brackets, terminals of many scripts.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<char>().prop_map(|c| c.to_string()),
        prop::sample::select(vec![
            ". ",
            "? ",
            "! ",
            "... ",
            "…",
            "。",
            "？",
            "！",
            "\n",
            "\n\n",
            "\r\n",
            " ",
            "\t",
            "\0",
            "\u{FFFD}",
            "\u{0301}",
            "\u{0308}",
            "\u{200D}",
            "\u{200F}",
            "\u{202E}",
            "שלום ",
            "مرحبا ",
            "👍🏽",
            "👨‍👩‍👧",
            "Mr. ",
            "U.S. ",
            "No. ",
            "3.5",
            "e.g. ",
            "J. ",
            "“",
            "”",
            "«",
            "»",
            "\"",
            "'",
            "(",
            ")",
            "[",
            "]",
            "「",
            "」",
            "- ",
            "1. ",
            "a) ",
            "• ",
            "www.example.com",
            "a@b.org",
            " . ",
            " , ",
            " 's ",
            "l'",
            "’s",
            "Hello",
            "world",
            "Die",
            "der",
            "3. Oktober",
            "他说",
            "と言った",
            "В. ",
            "ß",
            "İ",
            "ﬁ",
        ])
        .prop_map(str::to_string),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..80).prop_map(|v| v.concat())
}

fn check_sentences(t: &str, block: std::ops::Range<usize>, got: &[std::ops::Range<usize>]) {
    let mut prev = block.start;
    for r in got {
        assert!(r.start < r.end, "empty sentence {r:?}");
        assert!(r.start >= prev, "out of order or overlapping: {got:?}");
        assert!(r.end <= block.end && r.end <= t.len(), "out of bounds");
        assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end), "not on a char boundary");
        let s = &t[r.clone()];
        assert_eq!(s.trim(), s, "not trimmed");
        prev = r.end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn sentences_are_ordered_disjoint_and_on_boundaries(t in text(), lang in prop::sample::select(vec!["en", "de", "fr", "ru", "zh", "ja", "und", "xx"])) {
        let seg = sentences::Segmenter::new(&t, lang);
        let got = seg.split(0..t.len());
        check_sentences(&t, 0..t.len(), &got);
        // Every non-space character is in some sentence.
        let covered: usize = got.iter().map(|r| t[r.clone()].chars().filter(|c| !c.is_whitespace()).count()).sum();
        prop_assert_eq!(covered, t.chars().filter(|c| !c.is_whitespace()).count());
        // Any sub-range, even off character boundaries, is clamped, never a panic.
        let a = t.len() / 3;
        let b = t.len() * 2 / 3 + 1;
        let sub = seg.split(a..b);
        for r in &sub {
            prop_assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end) && r.end <= t.len());
        }
        let plain = sentences::split(&t, 0..t.len());
        check_sentences(&t, 0..t.len(), &plain);
    }

    #[test]
    fn tokens_language_and_tense_never_panic(t in text(), lang in prop::sample::select(vec!["en", "de", "fr", "it", "es", "pt", "nl", "ru", "ar", "tr", "zh", "und"])) {
        let toks = words::tokens(&t, 0..t.len(), lang);
        let mut prev = 0;
        for k in &toks {
            prop_assert!(k.start >= prev && k.start < k.end && k.end <= t.len());
            prop_assert!(t.is_char_boundary(k.start) && t.is_char_boundary(k.end));
            prev = k.end;
        }
        let code = language::identify(&t);
        prop_assert!(code == "und" || (code.len() == 2 && code.chars().all(|c| c.is_ascii_lowercase())));
        let at = t.len() / 2;
        let _ = tense::tense_at(&t, 0..t.len(), at, lang);
        let c = tense::clause_at(&t, 0..t.len(), at, lang);
        prop_assert!(c.start <= c.end && c.end <= t.len());
        prop_assert!(t.is_char_boundary(c.start) && t.is_char_boundary(c.end));
    }

    #[test]
    fn whole_pipeline_never_panics(t in text()) {
        let mut o = nutshell::Options::default();
        o.input = nutshell::InputKind::Text;
        let _ = nutshell::analyze(&t, &o);
    }
}

/// Adversarial shapes finish (their speed is measured in benches/text.rs, not asserted here).
#[test]
fn adversarial_inputs_finish() {
    let no_punct = "word ".repeat(1_000_000); // 5 MB, one line, no stop
    let seg = sentences::Segmenter::new(&no_punct, "en");
    assert_eq!(seg.split(0..no_punct.len()).len(), 1);
    let periods = ".".repeat(1 << 20); // 1 MB of periods
    let got = sentences::Segmenter::new(&periods, "en").split(0..periods.len());
    assert!(!got.is_empty());
    let spaced = ". ".repeat(1 << 19); // tokenized-looking, 1 MB
    let got = sentences::Segmenter::new(&spaced, "en").split(0..spaced.len());
    check_sentences(&spaced, 0..spaced.len(), &got);
    let abbrevs = "Mr. ".repeat(1 << 18); // every boundary joined
    let got = sentences::Segmenter::new(&abbrevs, "en").split(0..abbrevs.len());
    assert_eq!(got.len(), 1);
    let quotes = "\" ".repeat(1 << 19);
    let _ = sentences::Segmenter::new(&quotes, "en").split(0..quotes.len());
    let opens = "(".repeat(1 << 20);
    let _ = sentences::Segmenter::new(&opens, "en").split(0..opens.len());
    let toks = words::tokens(&no_punct[..1 << 20], 0..1 << 20, "en");
    assert_eq!(toks.len(), (1 << 20) / 5 + 1);
}
