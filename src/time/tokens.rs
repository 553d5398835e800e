//! Tokens for temporal recognition: runs of letters and digits, and single punctuation marks,
//! each with its byte span, its lowercase form, and whether whitespace came before it.
//!
//! Pattern families match on these (no regular expressions: the wasm build has no `regex`),
//! each looking at a bounded window of tokens, so recognition stays linear in the input.

use std::borrow::Cow;
use std::ops::Range;

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
    /// `low` begins a phrase of a table of the locale ([`LEAD`] in the [`Classes`] given to
    /// [`tokenize`]): table lookups skip the others.
    pub lead: bool,
    /// An expression may begin here ([`START`], or a number, "'", "Q3", "XIXe"): the pattern
    /// families run only here (`parsers::best_at`).
    pub begins: bool,
    /// The table entries it begins a phrase of (`locale::classes`): what `parsers::Cx::table`
    /// reads at it. None: the locale lists no such word (or lists every word: `Classes::any`).
    pub word: Option<&'a Word>,
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

/// [`Classes`] bit: the word begins a phrase of a table `Cx::table`, `Cx::words` or `Cx::name` reads.
pub const LEAD: u8 = 1;
/// [`Classes`] bit: an expression may begin with the word.
pub const START: u8 = 2;
/// [`Classes`] bit: an expression may begin with the word when one of its phrases' second
/// words follows ("that day", "at least", "new year's"; "'" before a glued number: "'98").
pub const PAIR: u8 = 4;
/// [`Classes`] bit: an expression may begin with the word at a text's first token (a query:
/// "on the 15th").
pub const FIRST: u8 = 8;

/// What one word of a locale may do: its [`Classes`] bits, the second words of its [`PAIR`]
/// phrases, and the table entries it begins a phrase of, in table order: (table key, entry).
#[derive(Debug, Default)]
pub struct Word {
    bits: u8,
    seconds: Vec<&'static str>,
    entries: Vec<Entry>,
    /// Where each table's entries are in `entries`: (table, first, end), a table's entries
    /// being added together.
    tables: Vec<(TableKey, u32, u32)>,
}

impl Word {
    /// The entries of one table this word begins, in table order.
    pub fn entries(&self, table: TableKey) -> &[Entry] {
        match self.tables.iter().find(|t| t.0 == table) {
            Some(&(_, a, b)) => &self.entries[a as usize..b as usize],
            None => &[],
        }
    }
}

/// A table phrase a word begins: its table, its index there, the phrase and its tokens
/// (`phrase_parts`).
#[derive(Debug)]
pub struct Entry {
    pub table: TableKey,
    pub k: u32,
    pub phrase: &'static str,
    pub parts: Vec<&'static str>,
}

/// A table's identity for [`Word::entries`]: its address and size in bytes (`Cx::table`).
pub type TableKey = (usize, usize);

/// The key of a table of (phrase, value) entries.
pub fn table_key<T>(table: &[T]) -> TableKey {
    (table.as_ptr() as usize, std::mem::size_of_val(table))
}

/// A locale's words by what they may do ([`LEAD`], [`START`], [`PAIR`], [`FIRST`];
/// `locale::classes` builds them): one hash lookup per token says which tables and families may
/// read it. With [`PAIR`], the words that may follow.
#[derive(Default)]
pub struct Classes {
    words: std::collections::HashMap<&'static str, Word, crate::hash::Fnv>,
    /// Every word leads and starts (a locale outside the registry).
    any: bool,
}

impl Classes {
    /// Every word leads and starts: nothing is skipped.
    pub fn any() -> Classes {
        Classes { any: true, ..Default::default() }
    }
    /// `bits` for the first word of `phrase` (an empty phrase adds nothing); [`START`] of a
    /// phrase of several tokens is [`PAIR`] with its second. `entry`: the phrase is entry k
    /// of a table a `Cx` lookup reads.
    pub fn add(&mut self, phrase: &'static str, bits: u8, entry: Option<(TableKey, u32)>) {
        let entry = entry.map(|(table, k)| Entry { table, k, phrase, parts: phrase_parts(phrase).collect() });
        let mut parts = phrase_parts(phrase);
        let Some(w) = parts.next() else { return };
        let e = self.words.entry(w).or_default();
        match parts.next() {
            Some(second) if bits & START != 0 => {
                e.bits |= (bits & !START) | PAIR;
                e.seconds.push(second);
            }
            _ => e.bits |= bits,
        }
        if let Some(entry) = entry {
            let at = e.entries.len() as u32;
            match e.tables.last_mut() {
                Some(t) if t.0 == entry.table && t.2 == at => t.2 += 1,
                _ => e.tables.push((entry.table, at, at + 1)),
            }
            e.entries.push(entry);
        }
    }
    /// The word's bits, and what it is when the locale lists it.
    fn of(&self, low: &str) -> (u8, Option<&Word>) {
        if self.any {
            return (LEAD | START, None);
        }
        let w = self.words.get(low);
        let bits = w.map_or(0, |e| e.bits);
        if bits & START == 0 && starts_by_shape(low) {
            return (bits | START, w);
        }
        if low == "'" {
            return (bits | PAIR, w);
        }
        (bits, w)
    }
    /// `next` may follow `low` ([`PAIR`]) in an expression's first two tokens.
    fn pair(&self, low: &str, next: &Tok) -> bool {
        if low == "'" {
            return !next.spaced && next.low.as_bytes().first().is_some_and(u8::is_ascii_digit);
        }
        self.words.get(low).is_some_and(|e| e.seconds.iter().any(|w| *w == next.low))
    }
}

/// Tokens the families read by their shape at an expression's start: numbers ("27th", "4pm",
/// "1990s"), tokens with a digit ("Q3", "H1"), Roman centuries ("XIXe", "XIXème").
fn starts_by_shape(low: &str) -> bool {
    if low.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    let stem = low.strip_suffix("ème").or_else(|| low.strip_suffix('e')).unwrap_or("");
    !stem.is_empty() && stem.bytes().all(|b| matches!(b, b'i' | b'v' | b'x' | b'l' | b'c'))
}

/// Tokenize `text[range]`. Apostrophes are their own tokens ("year's" -> year ' s). `classes`,
/// the locale's (`locale::classes`), sets [`Tok::lead`] and [`Tok::begins`].
pub fn tokenize<'a>(text: &'a str, range: Range<usize>, classes: &'a Classes) -> Vec<Tok<'a>> {
    let Some(slice) = text.get(range.clone()) else { return Vec::new() };
    // about one token per four bytes of news text: one allocation, not a growing vector's
    let mut out = Vec::with_capacity(slice.len() / 4 + 1);
    let mut spaced = true;
    let mut word_start: Option<usize> = None;
    // the last token is a [`PAIR`] word
    let mut pending = false;
    let mut push = |out: &mut Vec<Tok<'a>>, a: usize, b: usize, spaced: bool| {
        let s = &text[a..b];
        let low = if s == "’" {
            Cow::Borrowed("'")
        } else if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            Cow::Borrowed(s)
        } else {
            Cow::Owned(crate::text::lower::lower(s))
        };
        let (bits, word) = classes.of(&low);
        let first = out.is_empty();
        out.push(Tok {
            start: a,
            end: b,
            s,
            low,
            spaced,
            lead: bits & LEAD != 0 || classes.any,
            begins: bits & START != 0 || (first && bits & FIRST != 0),
            word,
        });
        // a word that begins an expression only with its second word: now that it is known
        if let [.., prev, next] = &mut out[..] {
            if !prev.begins && pending && classes.pair(&prev.low, next) {
                prev.begins = true;
            }
        }
        pending = bits & PAIR != 0;
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
        let none = Classes::default();
        let t = tokenize("At 4 p.m., mid-1990s", 0..20, &none);
        let s: Vec<&str> = t.iter().map(|t| t.s).collect();
        assert_eq!(s, ["At", "4", "p", ".", "m", ".", ",", "mid", "-", "1990s"]);
        assert!(!t[3].spaced && t[1].spaced);
        let p: Vec<&str> = phrase_parts("year-earlier l'an").collect();
        assert_eq!(p, ["year", "-", "earlier", "l", "'", "an"]);
    }
}
