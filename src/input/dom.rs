//! The live DOM (wasm only): builds the extractor's page model from a browser `Node` through
//! `web-sys`, and from an HTML string through the browser's own `DOMParser`, so no HTML parser
//! ships in the wasm bundle.
//!
//! Owns the iterative DOM walk (first child / next sibling / parent: no recursion, any depth)
//! and the list of `Text` nodes in visit order, which is what `Run::node` indexes: the binding
//! hands that list back to JS so a sentence becomes a DOM `Range`.

use super::page::{skip_element, Builder, Page};
use crate::error::Error;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// Build the page model from `root` (a Document or an Element). Visited text nodes are pushed
/// onto `texts` in the order `Run::node` numbers them.
pub fn build(root: &Node, texts: &js_sys::Array) -> Page {
    // By node type, not `instanceof`: a document from an iframe belongs to another realm.
    let as_doc =
        |n: &Node| (n.node_type() == Node::DOCUMENT_NODE).then(|| n.unchecked_ref::<web_sys::Document>().clone());
    let mut b = Builder::new();
    let mut budget = Budget { nodes: 0, text: 0, stopped: None };
    let budget = &mut budget;
    match as_doc(root).and_then(|d| d.document_element()) {
        Some(e) => walk(&e.into(), &mut b, texts, budget),
        None => {
            // An element of a page (the widget's `for`): its document's <head> comes first, so
            // the page's title and metadata (publication date above all) still count.
            let head = root.owner_document().and_then(|d| d.query_selector("head").ok().flatten()).map(Node::from);
            match head.filter(|h| !h.contains(Some(root)) && !root.contains(Some(h))) {
                Some(h) => {
                    b.open_with("html", &|_| None);
                    walk(&h, &mut b, texts, budget);
                    walk(root, &mut b, texts, budget);
                    b.close();
                }
                None => walk(root, &mut b, texts, budget),
            }
        }
    }
    let mut page = b.finish();
    // The input limit holds for a live page too (the same limits as the flat form's).
    page.cut = match budget.stopped {
        Some("dom_text") => crate::input::flat::build("", &[], &["dom_text".into()]).map(|p| p.cut).unwrap_or_default(),
        Some(_) => crate::input::flat::build("", &[], &["dom_nodes".into()]).map(|p| p.cut).unwrap_or_default(),
        None => Vec::new(),
    };
    page.url =
        root.owner_document().or_else(|| as_doc(root)).and_then(|d| d.url().ok()).filter(|u| u.starts_with("http"));
    page
}

/// What a walk has read so far, against the limits of `input::flat`.
struct Budget {
    nodes: usize,
    text: usize,
    stopped: Option<&'static str>,
}

/// Walk the subtree at `start` into the builder (no recursion: any depth), until a limit.
fn walk(start: &Node, b: &mut Builder, texts: &js_sys::Array, budget: &mut Budget) {
    if budget.stopped.is_some() {
        return;
    }
    let mut node = start.clone();
    'walk: loop {
        budget.nodes += 1;
        if budget.nodes > crate::input::flat::max_nodes() {
            budget.stopped = Some("dom_nodes");
            return;
        }
        let mut descend = false;
        match node.node_type() {
            Node::ELEMENT_NODE => {
                let el: &Element = node.unchecked_ref();
                let tag = el.local_name().to_ascii_lowercase();
                // The builder asks for a dozen attributes per element; most elements have one
                // or two. Each ask crosses into JS, so ask only for those the element has.
                let names: Vec<String> = if el.has_attributes() {
                    el.get_attribute_names().iter().filter_map(|v| v.as_string()).collect()
                } else {
                    Vec::new()
                };
                let attr =
                    |k: &str| if names.iter().any(|n| n.eq_ignore_ascii_case(k)) { el.get_attribute(k) } else { None };
                // `<noscript>` in a live page (scripting on) holds its markup as raw text.
                let raw_noscript = tag == "noscript" && el.first_element_child().is_none();
                if !raw_noscript && !skip_element(&tag, &attr) {
                    b.open_with(&tag, &attr);
                    descend = true;
                }
            }
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                let t = node.node_value().unwrap_or_default();
                budget.text += t.len();
                if budget.text > crate::input::flat::MAX_TEXT_BYTES {
                    budget.stopped = Some("dom_text");
                    return;
                }
                b.text(&t);
                texts.push(&node);
            }
            _ => {}
        }
        if descend {
            if let Some(c) = node.first_child() {
                node = c;
                continue;
            }
            b.close();
        }
        loop {
            if node.is_same_node(Some(start)) {
                break 'walk;
            }
            if let Some(s) = node.next_sibling() {
                node = s;
                continue 'walk;
            }
            match node.parent_node() {
                Some(p) => {
                    node = p;
                    b.close();
                }
                None => break 'walk,
            }
        }
    }
}

/// Parse an HTML string with the browser's parser (`DOMParser`, main thread only).
pub fn parse_html(html: &str) -> Result<Page, Error> {
    let parser = web_sys::DomParser::new().map_err(|_| {
        Error::Unsupported("HTML input where DOMParser is not available (a worker); pass the page's text".into())
    })?;
    let doc = parser
        .parse_from_string(html, web_sys::SupportedType::TextHtml)
        .map_err(|_| Error::Unsupported("HTML that DOMParser refused".into()))?;
    let texts = js_sys::Array::new();
    let mut page = build(&doc, &texts);
    page.url = None;
    Ok(page)
}
