//! The live DOM (wasm only): builds the extractor's page model from a browser `Node` through
//! `web-sys`, and from an HTML string through the browser's own `DOMParser`.

use crate::error::Error;
use crate::extract::page::Page;

/// Parse an HTML string with the browser's parser.
pub fn parse_html(_html: &str) -> Result<Page, Error> {
    Err(Error::Unsupported("HTML strings in the browser (use analyzeDom on a document)".into()))
}
