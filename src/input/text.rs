//! Pasted text: split into blocks (paragraphs, lines) and tell prose from the lines that came
//! along with it: the headline, a date line, a byline, and junk (share buttons, donation
//! widgets, bare amounts, "LINK").
//!
//! Rules go by the shape of a line (words, letters, final punctuation, second-person calls to
//! action), not by strings copied from any one site.

use super::{Block, Document};
use crate::analysis::Kind;
use crate::options::Prefer;
use crate::text::words;
use crate::time::{recognize, Reference};
use std::ops::Range;

/// Words that mark a line as a call to action or page furniture when the line is short.
const FURNITURE: &[&str] = &[
    "share", "shares", "tweet", "subscribe", "subscribed", "donate", "donation", "newsletter",
    "sign", "login", "log", "cookie", "cookies", "advertisement", "sponsored", "click", "read",
    "follow", "comments", "comment", "link", "print", "email", "whatsapp", "facebook",
    "twitter", "linkedin", "reddit", "telegram", "copy", "support", "consider", "helping",
    "menu", "skip", "related", "loading", "watch", "listen", "photo", "image", "credit",
];

const SECOND_PERSON: &[&str] = &["you", "your", "us", "our"];

/// Ends like a sentence: terminal punctuation, possibly inside closing quotes or brackets.
fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end().trim_end_matches(['"', '\'', '”', '’', '»', ')', ']']);
    t.ends_with(['.', '!', '?', '…', ':', '。', '！', '？'])
}

fn starts_lower(s: &str) -> bool {
    s.trim_start().chars().next().is_some_and(|c| c.is_lowercase())
}

/// Lines of `text` as byte ranges without their line terminator.
fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            let end = if text[..i].ends_with('\r') { i - 1 } else { i };
            out.push(start..end);
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// Group lines into blocks: a blank line always ends a block; a single line break ends one
/// unless the text is hard-wrapped (the line runs on in lower case, or fills the wrap width
/// without ending a sentence).
fn blocks(text: &str) -> Vec<Range<usize>> {
    let all = lines(text);
    let widest = all.iter().map(|r| text[r.clone()].chars().count()).max().unwrap_or(0);
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut open: Option<Range<usize>> = None;
    for r in all {
        let line = &text[r.clone()];
        if line.trim().is_empty() {
            out.extend(open.take());
            continue;
        }
        open = Some(match open {
            Some(o) => {
                let prev = &text[o.clone()];
                let prev_line = prev.rsplit('\n').next().unwrap_or(prev);
                let wrapped = !ends_sentence(prev_line)
                    && (starts_lower(line) || (widest >= 40 && widest <= 100 && prev_line.chars().count() * 10 >= widest * 8));
                if wrapped {
                    o.start..r.end
                } else {
                    out.push(o);
                    r
                }
            }
            None => r,
        });
    }
    out.extend(open);
    out.into_iter().filter_map(|r| crate::text::sentences::trim(text, r)).collect()
}

/// Whether the block is only a date ("MARCH 2021", "Monday, 12 April 2021", "2021-04-12").
fn date_only(text: &str, r: &Range<usize>) -> Option<String> {
    let line = &text[r.clone()];
    if line.split_whitespace().count() > 8 {
        return None;
    }
    let found = recognize(text, std::slice::from_ref(r), None, Prefer::Tense);
    let significant = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).count();
    let in_dates: usize = found.iter().map(|t| significant(&t.text)).sum();
    if !found.is_empty() && in_dates * 10 >= significant(line) * 7 {
        found.into_iter().find(|t| !t.value.starts_with('X')).map(|t| t.value)
    } else {
        None
    }
}

/// A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters".
fn byline(line: &str) -> Option<String> {
    let rest = line.trim().strip_prefix("By ").or_else(|| line.trim().strip_prefix("BY "))?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.is_empty() || words.len() > 10 {
        return None;
    }
    let names = words.iter().filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase())).count();
    (names * 2 >= words.len()).then(|| rest.trim().to_string())
}

/// Junk that is not prose: no letters at all, a lone word, or a short call to action.
fn furniture(line: &str) -> bool {
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0 {
        return true; // "0 $", "2,500 $", "***", "12:30"
    }
    let toks = words::tokens(line, 0..line.len());
    let n = toks.len();
    if n == 1 && !ends_sentence(line) {
        return true; // "LINK", "Advertisement"
    }
    if n > 14 {
        return false;
    }
    let cues = toks.iter().filter(|t| FURNITURE.contains(&t.norm.as_str())).count();
    let you = toks.iter().filter(|t| SECOND_PERSON.contains(&t.norm.as_str())).count();
    let imperative_end = line.trim_end().ends_with(['!', '?']) || !ends_sentence(line);
    // "Share this", "Read more", "Do you like this content? Consider helping us!"
    (cues >= 1 && imperative_end && (n <= 4 || you >= 1)) || (cues >= 2 && you >= 1)
}

/// Read pasted text into a Document: blocks with kinds, title, byline, a date line.
pub fn read(input: &str) -> Document {
    let mut doc = Document { text: input.to_string(), ..Document::default() };
    let text = doc.text.as_str();
    let ranges = blocks(text);
    let mut kinds = Vec::with_capacity(ranges.len());
    let mut seen_prose = false;
    for (i, r) in ranges.iter().enumerate() {
        let line = &text[r.clone()];
        let words = line.split_whitespace().count();
        let is_last = i + 1 == ranges.len();
        let kind = if !seen_prose && doc.published.is_none() && date_only(text, r).is_some() {
            let value = date_only(text, r).unwrap_or_default();
            doc.published = Reference::parse(&value).map(|p| (p, "text"));
            Kind::Dateline
        } else if date_only(text, r).is_some() {
            Kind::Dateline
        } else if furniture(line) {
            Kind::Boilerplate
        } else if doc.byline.is_none() && !seen_prose && byline(line).is_some() {
            doc.byline = byline(line);
            Kind::Boilerplate
        } else if doc.title.is_none() && !seen_prose && !is_last && words <= 25 && !line.trim_end().ends_with('.') {
            doc.title = Some(line.trim().to_string());
            Kind::Title
        } else if !ends_sentence(line) && words <= 12 && !is_last {
            Kind::Heading
        } else {
            seen_prose = true;
            Kind::Prose
        };
        kinds.push(kind);
    }
    doc.blocks = ranges.into_iter().zip(kinds).map(|(range, kind)| Block { range, kind }).collect();
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<(String, Kind)> {
        read(t).blocks.iter().map(|b| (t[b.range.clone()].to_string(), b.kind)).collect()
    }

    #[test]
    fn junk_lines_are_not_prose() {
        let t = "MARCH 2021\n\nHarbour bridge reopens\n\n0 $\n\nThe harbour bridge reopened on Monday after repairs.\nLINK\nShare this\n2,500 $\nDo you like this content? Consider helping us!\nEngineers found corroded cables last year.\n";
        let k = kinds(t);
        let get = |s: &str| k.iter().find(|x| x.0 == s).map(|x| x.1);
        assert_eq!(get("MARCH 2021"), Some(Kind::Dateline));
        assert_eq!(get("Harbour bridge reopens"), Some(Kind::Title));
        assert_eq!(get("0 $"), Some(Kind::Boilerplate));
        assert_eq!(get("LINK"), Some(Kind::Boilerplate));
        assert_eq!(get("Share this"), Some(Kind::Boilerplate));
        assert_eq!(get("2,500 $"), Some(Kind::Boilerplate));
        assert_eq!(get("Do you like this content? Consider helping us!"), Some(Kind::Boilerplate));
        assert_eq!(get("Engineers found corroded cables last year."), Some(Kind::Prose));
        let d = read(t);
        assert_eq!(d.published.as_ref().map(|p| p.0.value.as_str()), Some("2021-03"));
        assert_eq!(d.title.as_deref(), Some("Harbour bridge reopens"));
    }

    #[test]
    fn hard_wrapped_paragraphs_join() {
        let t = "The council met on Tuesday to discuss the budget for the coming\nyear, which has been cut by a fifth since the election.\n\nA second paragraph here.";
        let b = blocks(t);
        assert_eq!(b.len(), 2);
        assert!(t[b[0].clone()].ends_with("election."));
    }

    #[test]
    fn bylines_are_read() {
        let d = read("Storm hits coast\nBy Jane Doe and John Roe\nThe storm hit the coast on Monday. Thousands lost power.");
        assert_eq!(d.byline.as_deref(), Some("Jane Doe and John Roe"));
    }
}
