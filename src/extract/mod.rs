//! Extraction: find the article in a web page and turn it into the pipeline's
//! [`crate::input::Document`].
//!
//! One extractor, two sources: the page model ([`page::Page`], owned by `input::page`) is built
//! natively from an HTML string (`input::html`, html5ever) or in the browser from the live DOM
//! (`input::dom`), and everything here runs on that model alone; input never calls back here. Owns content selection (`content`), metadata
//! (`meta`), the text and its map back to the page (`emit`), JSON-LD reading (`json`) and the
//! class/id word tables (`hints`). It does not parse HTML and does not split sentences.

pub mod blocks;
pub mod content;
pub mod emit;
pub mod entity;
pub mod hints;
pub mod json;
pub mod link;
pub mod meta;

use crate::analysis::Kind;
use crate::error::Error;
use crate::input::page::{self, Page};
use crate::input::{Block, Document};

/// Fewer non-blank characters of article text than this: no article found.
const MIN_ARTICLE_CHARS: usize = 100;
/// Fewer than this is no article even on a page that holds nothing else ("Hi").
const MIN_NOTE_CHARS: usize = 25;
/// A first pass that finds less than this retries with relaxed cleaning.
const RETRY_BELOW_CHARS: usize = 500;

fn visible_chars(s: &str) -> usize {
    s.chars().filter(|c| !c.is_whitespace()).count()
}

/// Extract the article of a page: text with blocks, runs back to the page, and metadata.
pub fn extract(page: &Page) -> Result<Document, Error> {
    if page.is_empty() {
        return Err(Error::NoArticle);
    }
    let meta = meta::read(page);
    // Headings that repeat the title are the title, not article text.
    let title_norm = meta.title.as_deref().map(|t| crate::text::lower::lower(&meta::squash(t)));
    let mut title_nodes: Vec<usize> = Vec::new();
    if let Some(t) = &title_norm {
        for tag in ["h1", "h2"] {
            for (i, _) in page.by_tag(tag) {
                if crate::text::lower::lower(&meta::squash(&page.subtree_text(i))) == *t {
                    title_nodes.push(i);
                }
            }
        }
    }
    let skip = |i: usize| meta.byline_node == Some(i) || title_nodes.contains(&i);

    let sel = content::select(page, content::STRICT);
    let mut out = emit::emit(page, &sel.roots, &sel.gone, &skip, false);
    // Little found: the page may render its article by script (and ship it in `<noscript>`),
    // or give no markup help at all; retry, keeping a retry that finds much more.
    let has_noscript = page.by_tag("noscript").next().is_some();
    for (flags, drop_link_lines) in [(content::NOSCRIPT, false), (content::RELAXED, true)] {
        if visible_chars(&out.text) >= RETRY_BELOW_CHARS || (flags == content::NOSCRIPT && !has_noscript) {
            continue;
        }
        let again_sel = content::select(page, flags);
        let again = emit::emit(page, &again_sel.roots, &again_sel.gone, &skip, drop_link_lines);
        if visible_chars(&again.text) > 2 * visible_chars(&out.text).max(1) {
            out = again;
        }
    }
    // A page that ships its body as JSON-LD but renders it by script.
    if let Some(body) = &meta.article_body {
        if visible_chars(body) > 2 * visible_chars(&out.text) + 200 {
            out = from_plain_text(body);
        }
    }
    // Too little text is no article, unless the page itself holds little more (a short note).
    let found = visible_chars(&out.text);
    let body = page.by_tag("body").next().map(|(i, _)| i).unwrap_or(0);
    let page_chars = sel.stats.get(body).map(|s| s.chars as usize).unwrap_or(0);
    if found < MIN_NOTE_CHARS || (found < MIN_ARTICLE_CHARS && page_chars > 2 * found) {
        return Err(Error::NoArticle);
    }
    // No date in the metadata: a dateline at the top of the article, read in the article's
    // language (pages often declare the wrong one).
    let mut line_block = None;
    let published = meta.published.map(|r| (r, "meta")).or_else(|| {
        let head = &out.text[..out.blocks.get(4).map_or(out.text.len(), |b| b.range.start)];
        let (r, block) = meta::dateline(&out.text, &out.blocks, crate::text::language::identify(head))?;
        line_block = block;
        Some((r, "text"))
    });
    // a block that is only the date line ("NOVEMBER 2021") is one, not a heading of the story
    if let Some(b) = line_block.and_then(|i| out.blocks.get_mut(i)) {
        b.kind = crate::analysis::Kind::Dateline;
    }
    let mut doc = Document {
        text: out.text,
        title: meta.title,
        byline: meta.byline,
        published,
        blocks: out.blocks,
        ..Document::default()
    };
    doc.site_name = meta.site_name;
    doc.modified = meta.modified;
    doc.url = meta.url;
    doc.image = meta.image;
    doc.language = meta.language;
    doc.runs = out.runs;
    doc.probably_article = Some(content::is_probably_article(page));
    doc.cut = page.cut.clone();
    Ok(doc)
}

/// Plain text (a JSON-LD `articleBody`) as blocks: one per non-blank line. No runs: this
/// text is not in the page's DOM.
fn from_plain_text(body: &str) -> blocks::Emitted {
    let mut text = String::new();
    let mut blocks = Vec::new();
    for line in body.lines() {
        let line = meta::squash(line);
        if line.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(&line);
        blocks.push(Block { range: start..text.len(), kind: Kind::Prose });
    }
    blocks::Emitted { text, blocks, runs: Vec::new() }
}
