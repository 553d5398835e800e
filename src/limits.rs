//! Limits: the work every entry point may spend on one input, and the record of what a limit cut.
//!
//! Owns the numbers (SECURITY.md, "Resource limits", states each with its one outcome) and the
//! [`Cut`] entries an Analysis carries in `cut`. A limit either refuses the input with a clear
//! error (the input size: [`crate::Error::TooLarge`]) or lets a partial result through with a
//! `Cut` saying what was left out; no limit does both, and none is a wall-clock timeout (the
//! same input always gives the same result). The stages enforce their own limits: HTML parsing
//! (`input::html`), the live DOM (`input::dom`), sentences and tokens (`crate::analyze_document`).

use serde::Serialize;

/// Deepest element nesting an HTML page is read with. Deeper start tags (and their end tags)
/// are dropped, their text kept, as browsers do (Chromium caps its parser at 512).
pub const MAX_DEPTH: usize = 512;

/// Formatting elements (`a b big code em font i nobr s small strike strong tt u`) open or on
/// the parser's list of active formatting elements, together. Past it, formatting start tags
/// are dropped (their text kept): every paragraph re-opens the active ones, so an unbounded
/// list makes each `<p>x` cost as many new elements as there are entries.
pub const MAX_FORMATTING: usize = 64;

/// Attributes one tag may carry into the parser: a tag with more is closed after this many
/// (the tokenizer checks each new attribute against all earlier ones).
pub const MAX_TAG_ATTRIBUTES: usize = 256;

/// Page nodes (elements, text, comments) read from one page: a fixed allowance plus one node
/// per 32 bytes of markup (a node costs 400 to 900 bytes of memory from parse to Analysis; the
/// densest of 283 real test pages has one per 20 bytes, and at most 13,000). Past it, the rest
/// of the page is not read.
pub fn max_nodes(bytes: usize) -> usize {
    50_000 + bytes / 32
}

/// Parser work (steps over its stack of open elements and its list of active formatting
/// elements, and nodes made) for one page: a fixed allowance plus 64 steps per byte. Past it,
/// the rest of the page is not read.
pub fn max_parse_work(bytes: usize) -> u64 {
    4_000_000 + 64 * bytes as u64
}

/// Sentences analyzed (ranked, scanned for dates): a fixed allowance plus one per 64 bytes of
/// text (news prose averages one per 120 bytes). Past it, the rest of the text is not analyzed:
/// `text` is still whole, but no sentence, date or summary comes from past the cut.
pub fn max_sentences(bytes: usize) -> usize {
    20_000 + bytes / 64
}

/// Word tokens over all analyzed sentences: a fixed allowance plus one per 16 bytes of text.
/// A token costs about 200 bytes of memory from tokenizer to summary, so text of one-letter
/// words ("a a a ...", two bytes a word) would otherwise cost 100 times its size; news prose
/// has a word per 5 to 6 bytes, so only a text past about 1.9 MB (a long novel) is cut. Past
/// it, the sentence that crosses it is read up to the budget and the rest is not analyzed.
pub fn max_tokens(bytes: usize) -> usize {
    200_000 + bytes / 16
}

/// Key phrases are read from the first this many words of the prose (a text of 20,000 words
/// is a short book; an article has a few hundred).
pub const MAX_KEYWORD_TOKENS: usize = 20_000;

/// A block of text longer than this is split into sentences a piece at a time (the splitter's
/// working memory is about 40 bytes per byte of its input): pieces end at the last likely
/// sentence end (". " and a capital) in the piece's final 64 KB, else at a space.
pub const MAX_BLOCK_BYTES: usize = 1 << 20;

/// A sentence longer than this is scanned for dates a piece at a time (the recognizer keeps
/// about 800 bytes per word of the span it reads); pieces end at a space, and no date is that
/// long, so only a date split by a piece's end could be missed, once per 64 KB of unbroken text.
pub const MAX_DATE_SPAN_BYTES: usize = 64 << 10;

/// `range` of `text` in pieces of at most [`MAX_BLOCK_BYTES`] (one piece when it is shorter).
pub fn pieces(text: &str, range: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    pieces_of(text, range, MAX_BLOCK_BYTES)
}

/// `range` of `text` in pieces of at most `max` bytes, each ending at the last likely sentence
/// end (". " and a capital) in its final 64 KB, else at a space.
pub fn pieces_of(text: &str, range: std::ops::Range<usize>, max: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    while range.end - start > max {
        let mut end = start + max;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut from = end - (64 << 10).min(end - start);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let window = &text[from..end];
        let cut = window
            .match_indices(". ")
            .filter(|(i, _)| window[i + 2..].starts_with(|c: char| c.is_uppercase()))
            .last()
            .map(|(i, _)| from + i + 2)
            .or_else(|| {
                window.char_indices().rev().find(|(_, c)| c.is_whitespace()).map(|(i, c)| from + i + c.len_utf8())
            })
            .filter(|&c| c > start)
            .unwrap_or(end);
        out.push(start..cut);
        start = cut;
    }
    out.push(start..range.end);
    out
}

/// One limit that shaped a partial result: which, its value, and what it left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cut {
    /// `html_depth`, `html_formatting`, `html_attributes`, `html_nodes`, `html_work`,
    /// `dom_nodes`, `dom_text`, `sentences`, `tokens`.
    pub limit: &'static str,
    /// The limit's value for this input.
    pub max: u64,
    /// What was left out, for a person.
    pub message: String,
}

impl Cut {
    pub fn new(limit: &'static str, max: u64, message: impl Into<String>) -> Cut {
        Cut { limit, max, message: message.into() }
    }
}

#[cfg(test)]
mod tests {
    use super::pieces_of;

    #[test]
    fn pieces_end_at_sentence_ends_or_spaces() {
        let text = "Aaa bbb. Ccc ddd eee. Fff";
        let p = pieces_of(text, 0..text.len(), 12);
        assert_eq!(p.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>(), vec!["Aaa bbb. ", "Ccc ddd ", "eee. Fff"]);
        // No space at all: cut at a character boundary.
        let cjk = "日本語の文章".repeat(4);
        let p = pieces_of(&cjk, 0..cjk.len(), 10);
        assert!(p.iter().all(|r| cjk.is_char_boundary(r.start) && cjk.is_char_boundary(r.end) && r.len() <= 10));
        assert_eq!(p.iter().map(|r| r.len()).sum::<usize>(), cjk.len());
        // Multibyte spaces.
        let ideo = "語\u{3000}".repeat(10);
        let p = pieces_of(&ideo, 0..ideo.len(), 8);
        assert!(p.iter().all(|r| ideo[r.clone()].ends_with('\u{3000}') || r.end == ideo.len()));
    }
}
