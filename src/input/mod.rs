//! Input: turns what the caller hands over into what the pipeline reads: pasted text into a
//! [`Document`] (the article text, its blocks, each with a kind, and the metadata the text
//! itself carries: title, byline, publication date), and HTML, the live DOM or the worker's flat
//! form into the page model ([`page`]) whose article `extract` finds. Rejects input that is not
//! text. Never calls extraction: `crate::read` joins the two.

#[cfg(target_arch = "wasm32")]
pub mod dom;
pub mod flat;
pub mod furniture;
#[cfg(not(target_arch = "wasm32"))]
pub mod html;
pub mod page;
pub mod text;

use crate::analysis::{Kind, Run};
use crate::error::Error;
use crate::options::{InputKind, Options};
use crate::time::Reference;
use std::ops::Range;

/// Largest input the core accepts, in UTF-8 bytes. Past it the answer is [`Error::TooLarge`].
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// A block of the article: a paragraph, a heading, a title line, a junk line. Sentences never
/// cross a block boundary.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub range: Range<usize>,
    pub kind: Kind,
}

#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The article text every offset indexes (the input verbatim for text input).
    pub text: String,
    pub title: Option<String>,
    pub byline: Option<String>,
    /// The publication date the document states, and where it was found (`text`, `meta`).
    pub published: Option<(Reference, &'static str)>,
    pub blocks: Vec<Block>,
    /// Page metadata (HTML and DOM input only; `None` for text).
    pub site_name: Option<String>,
    pub modified: Option<Reference>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Lead image URL.
    pub image: Option<String>,
    /// The language the page declares (`<html lang>` or its meta tags): an ISO 639 code, with
    /// its region when given (`en-GB`).
    pub language: Option<String>,
    /// Stretches of `text` copied from the page's text nodes (empty for text input).
    pub runs: Vec<Run>,
    /// The cheap "is this an article page?" answer (HTML and DOM input only).
    pub probably_article: Option<bool>,
    /// What a limit left out while the input was read (see [`crate::limits`]).
    pub cut: Vec<crate::limits::Cut>,
}

impl Document {
    /// Whether the document was read from a web page (HTML or the live DOM), not pasted text.
    pub fn is_page(&self) -> bool {
        self.probably_article.is_some()
    }
}

/// What the input turned out to be: pasted text, already a [`Document`], or an HTML page as the
/// page model, whose article `extract` finds (`crate::read` joins the two). One value per input,
/// moved once: the size of the `Document` variant costs nothing worth a box.
#[allow(clippy::large_enum_variant)]
pub enum Source {
    Text(Document),
    Page(Box<page::Page>),
}

/// Read the input, or say clearly why it cannot be read.
pub fn read(input: &str, options: &Options) -> Result<Source, Error> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(Error::TooLarge { bytes: input.len(), limit: MAX_INPUT_BYTES });
    }
    if input.trim().is_empty() {
        return Err(Error::Empty);
    }
    if looks_binary(input) {
        return Err(Error::Binary);
    }
    let html = match options.input {
        InputKind::Html => true,
        InputKind::Text => false,
        InputKind::Auto => looks_like_html(input),
    };
    if html {
        return read_html(input, options).map(|p| Source::Page(Box::new(p)));
    }
    Ok(Source::Text(text::read(input)))
}

/// HTML: parse (html5ever natively, the browser's DOMParser in wasm) into the page model.
#[cfg(not(target_arch = "wasm32"))]
fn read_html(input: &str, options: &Options) -> Result<page::Page, Error> {
    let mut page = html::parse(input);
    page.url = options.url.clone();
    Ok(page)
}

#[cfg(target_arch = "wasm32")]
fn read_html(input: &str, options: &Options) -> Result<page::Page, Error> {
    let mut page = dom::parse_html(input)?;
    page.url = options.url.clone();
    Ok(page)
}

/// Mostly control characters (NUL, other C0 controls but tab and line breaks, U+FFFD from a
/// lossy decode): not text a person wrote.
pub fn looks_binary(input: &str) -> bool {
    let sample: Vec<char> = input.chars().take(64 * 1024).collect();
    let bad = sample
        .iter()
        .filter(|&&c| (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0c}')) || c == '\u{FFFD}')
        .count();
    bad * 10 > sample.len()
}

/// Starts like an HTML document or fragment: a doctype, `<html`, `<head`, `<body`, or a page
/// whose first non-blank character opens a tag and which holds several block tags.
pub fn looks_like_html(input: &str) -> bool {
    let head: String =
        input.trim_start_matches('\u{feff}').trim_start().chars().take(512).collect::<String>().to_ascii_lowercase();
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<head")
        || head.starts_with("<body")
    {
        return true;
    }
    if !head.starts_with('<') {
        return false;
    }
    let sample: String = input.chars().take(64 * 1024).collect::<String>().to_ascii_lowercase();
    ["<p", "<div", "<article", "<section", "<br", "<h1", "<h2", "<li"]
        .iter()
        .map(|t| sample.matches(t).count())
        .sum::<usize>()
        >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_what_is_not_text() {
        let o = Options::default();
        assert_eq!(crate::read("", &o).unwrap_err(), Error::Empty);
        assert_eq!(crate::read(" \n\t ", &o).unwrap_err(), Error::Empty);
        assert_eq!(crate::read("\0\0\0\u{1}\u{2}abc\0\0", &o).unwrap_err(), Error::Binary);
        assert_eq!(
            crate::read("<!DOCTYPE html><html><body><nav><a href=/>Home</a></nav></body></html>", &o).unwrap_err(),
            Error::NoArticle
        );
        let mut t = Options::default();
        t.input = InputKind::Text;
        assert!(crate::read("<!DOCTYPE html><html><body><p>Hi</p></body></html>", &t).is_ok());
    }
}
