//! Sentence boundaries inside one block of text, on top of UAX #29 (`unicode-segmentation`),
//! with the repairs news text needs: abbreviations, initials and numbers do not end a sentence.

use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// Abbreviations after which a period does not end a sentence (lower case, without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "gov",
    "sen", "rep", "rev", "hon", "inc", "corp", "co", "ltd", "no", "vs", "e.g", "i.e", "etc", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k",
    "u.n", "a.m", "p.m", "mt", "ft", "approx", "dept", "est", "fig", "vol",
];

/// Words that may follow an abbreviation that ends a sentence anyway ("... Apple Inc. The").
fn ends_anyway(prev_word: &str, next: &str) -> bool {
    let lower = prev_word.to_lowercase();
    let closing = matches!(lower.as_str(), "inc" | "corp" | "ltd" | "co" | "etc" | "u.s" | "u.k" | "p.m" | "a.m");
    closing
        && next.chars().next().is_some_and(|c| c.is_uppercase())
        && matches!(next.split_whitespace().next().unwrap_or(""), "The" | "He" | "She" | "It" | "They" | "We" | "But" | "In" | "A" | "This" | "I")
}

/// The word just before the final period of `s` (its letters and inner periods).
fn last_word(s: &str) -> &str {
    let t = s.trim_end();
    let t = t.strip_suffix('.').unwrap_or(t);
    let start = t
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    &t[start..]
}

/// Whether a UAX #29 break after `left` (text of the pending sentence) should be undone.
fn keep_together(left: &str, right: &str) -> bool {
    let l = left.trim_end();
    if !l.ends_with('.') {
        return false;
    }
    let w = last_word(l);
    let lower = w.to_lowercase();
    let right_start = right.trim_start();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return !ends_anyway(w, right_start);
    }
    // Initials: "J. R. R. Tolkien", "U.S."
    if w.chars().count() == 1 && w.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    if w.len() > 1 && w.split('.').all(|p| p.chars().count() == 1) {
        return !ends_anyway("u.s", right_start);
    }
    // A continuation in lower case rarely starts a sentence.
    right_start.chars().next().is_some_and(|c| c.is_lowercase())
}

/// Split `text[range]` into sentence byte ranges, trimmed of surrounding whitespace.
pub fn split(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let block = &text[range.clone()];
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut pending: Option<Range<usize>> = None;
    for (i, piece) in block.split_sentence_bound_indices() {
        let r = range.start + i..range.start + i + piece.len();
        pending = Some(match pending {
            Some(p) if keep_together(&text[p.clone()], piece) => p.start..r.end,
            Some(p) => {
                out.push(p);
                r
            }
            None => r,
        });
    }
    out.extend(pending);
    out.into_iter().filter_map(|r| trim(text, r)).collect()
}

/// Shrink a range to exclude leading and trailing whitespace; None when nothing is left.
pub fn trim(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if t.is_empty() {
        None
    } else {
        Some(r.start + lead..r.start + lead + t.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        split(t, 0..t.len()).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(sents("Mr. Smith met U.S. officials at 4 p.m. on Sunday. They agreed."), ["Mr. Smith met U.S. officials at 4 p.m. on Sunday.", "They agreed."]);
        assert_eq!(sents("J. R. R. Tolkien wrote it. It sold well."), ["J. R. R. Tolkien wrote it.", "It sold well."]);
        assert_eq!(sents("Growth was 3.5% in May. Prices fell."), ["Growth was 3.5% in May.", "Prices fell."]);
    }

    #[test]
    fn offsets_are_exact() {
        let t = "  Hello there.  Next one!  ";
        let r = split(t, 0..t.len());
        assert_eq!(&t[r[0].clone()], "Hello there.");
        assert_eq!(&t[r[1].clone()], "Next one!");
    }
}
