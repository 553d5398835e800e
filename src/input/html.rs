//! Native HTML: an HTML string -> the extractor's page model, through `html5ever` (the WHATWG
//! parsing algorithm: the tree a browser would build, broken tags and all).
//!
//! Owns the tree sink (a flat arena, handles are indices) and the iterative walk from that
//! arena into [`crate::extract::page::Page`]. Native only: in the browser the page comes from
//! the live DOM (`input::dom`) and no HTML parser ships in the wasm bundle.

use crate::extract::page::{skip_element, Builder, Page};
use html5ever::interface::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::interface::ElemName;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::{Attribute, LocalName, Namespace, QualName, TokenizerResult};
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;

/// Deepest element nesting the parser builds. Deeper start tags (and their end tags) are
/// dropped, their text kept, as browsers do (Chromium caps its parser at 512): the tree
/// builder scans its stack of open elements for many tags, so unbounded depth would make
/// parsing quadratic (100,000 nested `<div>`s took minutes before this cap).
pub const MAX_DEPTH: usize = 512;

/// How far down the tracked stack an end tag is looked for.
const END_TAG_REACH: usize = 64;

/// Elements that close themselves or are closed implicitly by their siblings: not counted.
const UNCOUNTED: &[&str] = &[
    "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody",
    "thead", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc", "area", "base", "br", "col",
    "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "script",
    "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    "template",
];

/// A token filter between the tokenizer and the tree builder that keeps nesting under
/// [`MAX_DEPTH`]. It tracks open elements itself (the tree builder's stack is private),
/// bounded per token, so it stays linear whatever the markup.
struct DepthCap {
    inner: TreeBuilder<usize, Sink>,
    open: RefCell<Vec<LocalName>>,
    dropped: RefCell<HashMap<LocalName, usize>>,
}

impl TokenSink for DepthCap {
    type Handle = usize;

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<usize> {
        if let Token::TagToken(Tag { kind, name, self_closing, .. }) = &token {
            if !UNCOUNTED.contains(&&**name) && !*self_closing {
                match kind {
                    TagKind::StartTag => {
                        let mut open = self.open.borrow_mut();
                        if open.len() >= MAX_DEPTH {
                            *self.dropped.borrow_mut().entry(name.clone()).or_insert(0) += 1;
                            return TokenSinkResult::Continue;
                        }
                        open.push(name.clone());
                    }
                    TagKind::EndTag => {
                        if let Some(n) = self.dropped.borrow_mut().get_mut(name) {
                            if *n > 0 {
                                *n -= 1;
                                return TokenSinkResult::Continue;
                            }
                        }
                        let mut open = self.open.borrow_mut();
                        let len = open.len();
                        if let Some(k) = open.iter().rev().take(END_TAG_REACH).position(|x| x == name) {
                            open.truncate(len - 1 - k);
                        }
                    }
                }
            }
        }
        self.inner.process_token(token, line)
    }

    fn end(&self) {
        self.inner.end()
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner.adjusted_current_node_present_but_not_in_html_namespace()
    }
}

const NO: usize = usize::MAX;

enum Data {
    Document,
    Element { name: QualName, attrs: Vec<Attribute>, template: usize },
    Text(StrTendril),
    Other,
}

struct ArenaNode {
    parent: usize,
    first: usize,
    last: usize,
    prev: usize,
    next: usize,
    data: Data,
}

#[derive(Default)]
struct Sink {
    nodes: RefCell<Vec<ArenaNode>>,
}

/// An element name handed back to the tree builder (atoms: cloning is a refcount at most).
#[derive(Debug)]
pub struct Name {
    ns: Namespace,
    local: LocalName,
}

impl ElemName for Name {
    fn ns(&self) -> &Namespace {
        &self.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.local
    }
}

impl Sink {
    fn push(&self, data: Data) -> usize {
        let mut n = self.nodes.borrow_mut();
        n.push(ArenaNode { parent: NO, first: NO, last: NO, prev: NO, next: NO, data });
        n.len() - 1
    }

    fn detach(n: &mut [ArenaNode], c: usize) {
        let (parent, prev, next) = (n[c].parent, n[c].prev, n[c].next);
        if parent == NO {
            return;
        }
        if prev != NO {
            n[prev].next = next;
        } else {
            n[parent].first = next;
        }
        if next != NO {
            n[next].prev = prev;
        } else {
            n[parent].last = prev;
        }
        n[c].parent = NO;
        n[c].prev = NO;
        n[c].next = NO;
    }

    fn append_node(n: &mut [ArenaNode], parent: usize, c: usize) {
        Self::detach(n, c);
        n[c].parent = parent;
        let last = n[parent].last;
        n[c].prev = last;
        if last != NO {
            n[last].next = c;
        } else {
            n[parent].first = c;
        }
        n[parent].last = c;
    }

    fn insert_before(n: &mut [ArenaNode], sibling: usize, c: usize) {
        Self::detach(n, c);
        let parent = n[sibling].parent;
        if parent == NO {
            return;
        }
        let prev = n[sibling].prev;
        n[c].parent = parent;
        n[c].prev = prev;
        n[c].next = sibling;
        n[sibling].prev = c;
        if prev != NO {
            n[prev].next = c;
        } else {
            n[parent].first = c;
        }
    }
}

impl TreeSink for Sink {
    type Handle = usize;
    type Output = Self;
    type ElemName<'a> = Name;

    fn finish(self) -> Self {
        self
    }
    fn parse_error(&self, _msg: Cow<'static, str>) {}
    fn get_document(&self) -> usize {
        0
    }
    fn elem_name<'a>(&'a self, target: &'a usize) -> Name {
        match &self.nodes.borrow()[*target].data {
            Data::Element { name, .. } => Name { ns: name.ns.clone(), local: name.local.clone() },
            _ => Name { ns: Namespace::from(""), local: LocalName::from("") },
        }
    }
    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> usize {
        let template = if flags.template { self.push(Data::Document) } else { NO };
        self.push(Data::Element { name, attrs, template })
    }
    fn create_comment(&self, _text: StrTendril) -> usize {
        self.push(Data::Other)
    }
    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> usize {
        self.push(Data::Other)
    }
    fn append(&self, parent: &usize, child: NodeOrText<usize>) {
        match child {
            NodeOrText::AppendNode(c) => Self::append_node(&mut self.nodes.borrow_mut(), *parent, c),
            NodeOrText::AppendText(t) => {
                let last = self.nodes.borrow()[*parent].last;
                if last != NO {
                    if let Data::Text(s) = &mut self.nodes.borrow_mut()[last].data {
                        s.push_tendril(&t);
                        return;
                    }
                }
                let c = self.push(Data::Text(t));
                Self::append_node(&mut self.nodes.borrow_mut(), *parent, c);
            }
        }
    }
    fn append_based_on_parent_node(&self, element: &usize, prev_element: &usize, child: NodeOrText<usize>) {
        if self.nodes.borrow()[*element].parent != NO {
            self.append_before_sibling(element, child)
        } else {
            self.append(prev_element, child)
        }
    }
    fn append_doctype_to_document(&self, _name: StrTendril, _public_id: StrTendril, _system_id: StrTendril) {}
    fn get_template_contents(&self, target: &usize) -> usize {
        match &self.nodes.borrow()[*target].data {
            Data::Element { template, .. } if *template != NO => *template,
            _ => *target,
        }
    }
    fn same_node(&self, x: &usize, y: &usize) -> bool {
        x == y
    }
    fn set_quirks_mode(&self, _mode: QuirksMode) {}
    fn append_before_sibling(&self, sibling: &usize, child: NodeOrText<usize>) {
        match child {
            NodeOrText::AppendNode(c) => Self::insert_before(&mut self.nodes.borrow_mut(), *sibling, c),
            NodeOrText::AppendText(t) => {
                let prev = self.nodes.borrow()[*sibling].prev;
                if prev != NO {
                    if let Data::Text(s) = &mut self.nodes.borrow_mut()[prev].data {
                        s.push_tendril(&t);
                        return;
                    }
                }
                let c = self.push(Data::Text(t));
                Self::insert_before(&mut self.nodes.borrow_mut(), *sibling, c);
            }
        }
    }
    fn add_attrs_if_missing(&self, target: &usize, attrs: Vec<Attribute>) {
        if let Data::Element { attrs: have, .. } = &mut self.nodes.borrow_mut()[*target].data {
            for a in attrs {
                if !have.iter().any(|h| h.name == a.name) {
                    have.push(a);
                }
            }
        }
    }
    fn remove_from_parent(&self, target: &usize) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }
    fn reparent_children(&self, node: &usize, new_parent: &usize) {
        let mut n = self.nodes.borrow_mut();
        let mut c = n[*node].first;
        while c != NO {
            let next = n[c].next;
            Self::append_node(&mut n, *new_parent, c);
            c = next;
        }
    }
}

/// Parse an HTML document into the page model. Never fails: the HTML parsing algorithm turns
/// any input into a tree. Scripting is off, as in `DOMParser`: `<noscript>` holds markup.
pub fn parse(html: &str) -> Page {
    let sink = Sink::default();
    sink.push(Data::Document);
    let cap = DepthCap { inner: TreeBuilder::new(sink, TreeBuilderOpts { scripting_enabled: false, ..TreeBuilderOpts::default() }), open: RefCell::default(), dropped: RefCell::default() };
    let tok = Tokenizer::new(cap, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    while !matches!(tok.feed(&input), TokenizerResult::Done) {}
    tok.end();
    let nodes = tok.sink.inner.sink.nodes.into_inner();
    let mut b = Builder::new();
    // Iterative pre-order walk: (node, entered) on an explicit stack.
    let mut c = nodes[0].first;
    let mut depth_open: Vec<bool> = Vec::new(); // whether each level opened a model element
    let mut stack: Vec<usize> = Vec::new();
    while c != NO || !stack.is_empty() {
        if c == NO {
            // Done with this level: close its element and go to the parent's next sibling.
            let p = stack.pop().unwrap_or(NO);
            if depth_open.pop().unwrap_or(false) {
                b.close();
            }
            c = if p == NO { NO } else { nodes[p].next };
            continue;
        }
        match &nodes[c].data {
            Data::Element { name, attrs, .. } => {
                let tag: &str = &name.local;
                let attr = |k: &str| -> Option<String> {
                    attrs.iter().find(|a| a.name.ns.is_empty() && &*a.name.local == k).map(|a| a.value.to_string())
                };
                if skip_element(tag, &attr) {
                    c = nodes[c].next;
                    continue;
                }
                b.open_with(tag, &attr);
                stack.push(c);
                depth_open.push(true);
                c = nodes[c].first;
            }
            Data::Text(t) => {
                b.text(t);
                c = nodes[c].next;
            }
            _ => c = nodes[c].next,
        }
    }
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::page::NodeData;

    #[test]
    fn parses_like_a_browser() {
        let p = parse("<title>T</title><p class=a>One<p>Two <b>bold</b><script>x()</script><style>p{}</style>");
        let tags: Vec<&str> = p.nodes.iter().filter_map(|n| match &n.data {
            NodeData::Element(e) => Some(e.tag.as_str()),
            _ => None,
        }).collect();
        assert_eq!(tags, vec!["html", "head", "title", "body", "p", "p", "b"]);
        let body = p.by_tag("body").next().unwrap().0;
        assert_eq!(p.subtree_text(body), "OneTwo bold");
    }

    #[test]
    fn deep_nesting_does_not_recurse() {
        let n = 100_000;
        let html = format!("<body>{}<p>deep</p>{}", "<div>".repeat(n), "</div>".repeat(n));
        let p = parse(&html);
        let deepest = (0..p.len()).map(|i| p.ancestors(i).count()).max().unwrap();
        assert!(deepest <= MAX_DEPTH + 4, "depth {deepest}");
        assert!(p.subtree_text(0).contains("deep"));
        // Text after the capped region still lands outside it.
        let p = parse(&format!("<body>{}x{}<p>after</p>", "<span>".repeat(n), "</span>".repeat(n)));
        let (i, _) = p.by_tag("p").last().unwrap();
        assert_eq!(p.subtree_text(i), "after");
        assert!(p.ancestors(i).count() <= 3);
    }
}
