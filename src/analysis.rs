//! The Analysis: the one result type every surface returns (CLI JSON, JS object).
//!
//! Owns the public shape and the offset units. The pipeline works in UTF-8 byte
//! offsets; [`Analysis::into_units`] converts every offset once, at the end, to
//! Unicode scalar values (JSON, Python string indices) or UTF-16 code units (JS).
//! Fields may be added; none of the existing ones may change shape.

use serde::Serialize;

/// What kind of line or block a sentence comes from. Only `Prose` can be ranked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Prose,
    Title,
    Heading,
    Dateline,
    Boilerplate,
}

#[derive(Debug, Clone, Serialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub score: f64,
    pub kind: Kind,
}

/// A stretch of the Analysis `text` copied one character for one from a text node of the page:
/// `text[start..end]` is the node's data from `offset` on (`offset` in UTF-16 code units, the
/// DOM's unit). `node` numbers the page's text nodes in tree order, leaving out those inside
/// skipped elements (`script`, `style`, `svg` ... see `input::page::SKIPPED`); in the browser
/// the binding keeps the `Text` nodes in that order, so a sentence maps to DOM Ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Run {
    pub start: usize,
    pub end: usize,
    pub node: u32,
    pub offset: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct Keyword {
    pub text: String,
    pub score: f64,
}

/// TimeML TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

#[derive(Debug, Clone, Serialize)]
pub struct Timex {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value: 2020-10-05, 2020-10, 2020-W40, 199, P3D, PRESENT_REF, XXXX-09-27 ...
    pub value: String,
    /// TIMEX3 mod (EARLY, MID, LATE, APPROX, START, END), when any.
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// Index of the sentence holding the expression.
    pub sentence: usize,
    /// What the value was read against: `published` (the publication date) or `story` (the
    /// story clock, or a date the story said just before); null when it needs no reference
    /// ("3 June 2019", "three days") or found none.
    pub anchor: Option<&'static str>,
}

/// The reference a document's relative dates were read against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reference {
    /// TIMEX3 value at its granularity: `2019-02-19`, or `2019-06` for a month date line.
    pub value: String,
    /// `option`, `text`, `meta` (the publication date, from where it came) or `story` (the
    /// latest day the story establishes).
    pub source: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TimelineEntry {
    pub value: String,
    pub granularity: String,
    /// Sentence of the first mention.
    pub sentence: usize,
    /// Timex index of the first mention.
    pub timex: usize,
    /// All timex indices that resolve to this entry.
    pub mentions: Vec<usize>,
    /// The event clause, trimmed.
    pub label: String,
    /// A planned or expected event.
    pub future: bool,
    /// This entry is the publication date.
    pub published: bool,
    pub salience: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    pub title: Option<String>,
    pub byline: Option<String>,
    /// ISO 8601 / TIMEX3 value at the granularity known (`2021-03` for a month header).
    pub published: Option<String>,
    /// Where `published` came from: `option`, `text` (later `meta`).
    pub published_source: Option<String>,
    /// The reference relative dates were actually read against: the publication date, or the
    /// story clock when the publication date is missing, coarser than a day or far from the
    /// story's own dates; null when there is neither.
    pub reference: Option<Reference>,
    /// ISO 639-1 code.
    pub language: String,
    pub text: String,
    pub sentences: Vec<Sentence>,
    /// Indices into `sentences`, in document order.
    pub summary: Vec<usize>,
    /// With style `headline`: the summary's one sentence as a headline, cut to its leading
    /// clause when longer than the length allows (so it may be shorter than that sentence);
    /// null otherwise.
    pub headline: Option<String>,
    pub keywords: Vec<Keyword>,
    pub timexes: Vec<Timex>,
    pub timeline: Vec<TimelineEntry>,
    /// Page metadata (HTML and DOM input; null when unknown or for text input).
    pub site_name: Option<String>,
    /// Last modification date the page states (ISO 8601).
    pub modified: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Lead image URL.
    pub image: Option<String>,
    /// Whether the page looks like an article (Readability's pre-check); null for text input.
    pub probably_article: Option<bool>,
    /// Map from `text` back to the page's text nodes (empty for text input); see [`Run`].
    pub runs: Vec<Run>,
    /// The limits that shaped this result, when the input was too big or too convoluted to be
    /// read whole (empty when nothing was left out); see [`crate::limits`].
    pub cut: Vec<crate::limits::Cut>,
}

/// The unit offsets are counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Units {
    /// UTF-8 bytes (the pipeline's own unit; Rust string slicing).
    Bytes,
    /// Unicode scalar values (JSON output; Python string indices).
    #[default]
    Chars,
    /// UTF-16 code units (JS `String.prototype.slice`).
    Utf16,
}

impl Analysis {
    /// Convert every offset from bytes into `units`.
    pub fn into_units(mut self, units: Units) -> Analysis {
        if units == Units::Bytes {
            return self;
        }
        let map = OffsetMap::new(&self.text, units);
        for s in &mut self.sentences {
            s.start = map.get(s.start);
            s.end = map.get(s.end);
        }
        for t in &mut self.timexes {
            t.start = map.get(t.start);
            t.end = map.get(t.end);
        }
        for r in &mut self.runs {
            r.start = map.get(r.start);
            r.end = map.get(r.end);
        }
        self
    }
}

/// Byte offset -> unit offset, by binary search over the non-ASCII characters only.
struct OffsetMap {
    /// (byte offset just after a non-ASCII char, cumulative extra bytes dropped so far)
    steps: Vec<(usize, usize)>,
}

impl OffsetMap {
    fn new(text: &str, units: Units) -> OffsetMap {
        let mut steps = Vec::new();
        let mut dropped = 0;
        for (i, c) in text.char_indices() {
            let len = c.len_utf8();
            if len > 1 {
                let counted = match units {
                    Units::Utf16 => c.len_utf16(),
                    _ => 1,
                };
                dropped += len - counted;
                steps.push((i + len, dropped));
            }
        }
        OffsetMap { steps }
    }

    fn get(&self, byte: usize) -> usize {
        let n = self.steps.partition_point(|&(end, _)| end <= byte);
        if n == 0 {
            byte
        } else {
            byte - self.steps[n - 1].1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_convert_to_chars_and_utf16() {
        let text = "Café 🎉 ok";
        let m = OffsetMap::new(text, Units::Chars);
        let byte_ok = text.find("ok").unwrap();
        assert_eq!(m.get(byte_ok), 7);
        let m16 = OffsetMap::new(text, Units::Utf16);
        assert_eq!(m16.get(byte_ok), 8);
        assert_eq!(m.get(0), 0);
        assert_eq!(m.get(3), 3);
        assert_eq!(m.get(5), 4); // just after é
    }
}
