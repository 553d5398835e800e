//! Tokens for temporal recognition: runs of letters and digits, and single punctuation marks,
//! each with its byte span, its lowercase form, and whether whitespace came before it.
//!
//! Pattern families match on these (no regular expressions: the wasm build has no `regex`),
//! each looking at a bounded window of tokens, so recognition stays linear in the input.

use std::borrow::Cow;
use std::ops::Range;

/// The key of a remembered table lookup in `Tok::seen`: (table address, bytes, entry size).
pub type SeenKey = (usize, usize, usize);
/// What a remembered lookup found: (tokens, entry).
pub type Found = (usize, usize);

#[derive(Debug, Clone)]
pub struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    /// The token as written.
    pub s: &'a str,
    /// Lowercase form (borrowed from the text when it is already lowercase ASCII).
    pub low: Cow<'a, str>,
    /// Whitespace (or the sentence start) before it.
    pub spaced: bool,
    /// `low` begins a phrase of some locale table (one of the `leads` given to [`tokenize`],
    /// `locale::leads()`): table lookups skip the others.
    pub lead: bool,
    /// Table lookups already made at this token (`parsers::Cx::table`): every family asks
    /// the same few ("last", a number, an ordinal) again. (table address, bytes, entry size),
    /// (tokens, entry).
    pub seen: std::cell::RefCell<Vec<(SeenKey, Option<Found>)>>,
}

impl Tok<'_> {
    pub fn is_num(&self) -> bool {
        !self.s.is_empty() && self.s.bytes().all(|b| b.is_ascii_digit())
    }
    pub fn num(&self) -> Option<u32> {
        if self.is_num() && self.s.len() <= 9 {
            self.s.parse().ok()
        } else {
            None
        }
    }
    pub fn capitalized(&self) -> bool {
        self.s.chars().next().is_some_and(|c| c.is_uppercase())
    }
    pub fn all_caps(&self) -> bool {
        self.s.chars().count() > 1 && self.s.chars().all(|c| !c.is_lowercase())
    }
    pub fn is_word(&self) -> bool {
        self.s.chars().next().is_some_and(|c| c.is_alphabetic())
    }
}

/// Letters, digits and the marks that stay inside a word token (ordinal º/ª).
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == 'º' || c == 'ª'
}

/// Tokenize `text[range]`. Apostrophes are their own tokens ("year's" -> year ' s). `leads` is the
/// sorted list of words that begin a table phrase (`locale::leads()`): it sets [`Tok::lead`].
pub fn tokenize<'a>(text: &'a str, range: Range<usize>, leads: &[&str]) -> Vec<Tok<'a>> {
    let Some(slice) = text.get(range.clone()) else { return Vec::new() };
    // about one token per four bytes of news text: one allocation, not a growing vector's
    let mut out = Vec::with_capacity(slice.len() / 4 + 1);
    let mut spaced = true;
    let mut word_start: Option<usize> = None;
    let push = |out: &mut Vec<Tok<'a>>, a: usize, b: usize, spaced: bool| {
        let s = &text[a..b];
        let low = if s == "’" {
            Cow::Borrowed("'")
        } else if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            Cow::Borrowed(s)
        } else {
            Cow::Owned(crate::text::lower::lower(s))
        };
        let lead = is_lead(leads, &low);
        out.push(Tok { start: a, end: b, s, low, spaced, lead, seen: Default::default() });
    };
    for (i, c) in slice.char_indices() {
        let at = range.start + i;
        if word_char(c) {
            if word_start.is_none() {
                word_start = Some(at);
            }
            continue;
        }
        if let Some(ws) = word_start.take() {
            push(&mut out, ws, at, spaced);
            spaced = false;
        }
        if c.is_whitespace() {
            spaced = true;
        } else {
            let e = at + c.len_utf8();
            push(&mut out, at, e, spaced);
            spaced = false;
        }
    }
    if let Some(ws) = word_start {
        push(&mut out, ws, range.end, spaced);
    }
    out
}

/// Whether `low` is one of the sorted `leads`: a search among those with its first byte (byte
/// comparisons find them), not among all of them.
fn is_lead(leads: &[&str], low: &str) -> bool {
    let Some(&b) = low.as_bytes().first() else { return leads.binary_search(&low).is_ok() };
    let lo = leads.partition_point(|w| w.as_bytes().first().is_none_or(|&c| c < b));
    let n = leads[lo..].partition_point(|w| w.as_bytes().first() == Some(&b));
    leads[lo..lo + n].binary_search(&low).is_ok()
}

/// Split a table phrase ("year-earlier", "il y a") into the tokens it must match, lowercase.
pub fn phrase_parts(p: &str) -> impl Iterator<Item = &str> {
    let mut rest = p;
    std::iter::from_fn(move || {
        rest = rest.trim_start();
        let c = rest.chars().next()?;
        let n = if word_char(c) { rest.find(|x: char| !word_char(x)).unwrap_or(rest.len()) } else { c.len_utf8() };
        let (a, b) = rest.split_at(n);
        rest = b;
        Some(a)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_phrases() {
        let t = tokenize("At 4 p.m., mid-1990s", 0..20, &[]);
        let s: Vec<&str> = t.iter().map(|t| t.s).collect();
        assert_eq!(s, ["At", "4", "p", ".", "m", ".", ",", "mid", "-", "1990s"]);
        assert!(!t[3].spaced && t[1].spaced);
        let p: Vec<&str> = phrase_parts("year-earlier l'an").collect();
        assert_eq!(p, ["year", "-", "earlier", "l", "'", "an"]);
    }
}
