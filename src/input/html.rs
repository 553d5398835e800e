//! Native HTML: an HTML string -> the extractor's page model, through `html5ever` (the WHATWG
//! parsing algorithm: the tree a browser would build, broken tags and all).
//!
//! Owns the tree sink (a flat arena, handles are indices), the guard that keeps the parser's
//! work linear on any markup (the limits of [`crate::limits`]: depth, formatting elements,
//! attributes, nodes, steps), and the iterative walk from that arena into
//! [`crate::input::page::Page`]. Native only: in the browser the page comes from
//! the live DOM (`input::dom`) and no HTML parser ships in the wasm bundle.

use super::page::{skip_element, Builder, Page};
use html5ever::interface::tree_builder::{ElementFlags, NodeOrText, QuirksMode, Tracer, TreeSink};
use html5ever::interface::ElemName;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::{Attribute, LocalName, Namespace, QualName, TokenizerResult};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

pub use crate::limits::MAX_DEPTH;
use crate::limits::{Cut, MAX_FORMATTING, MAX_TAG_ATTRIBUTES};

/// The formatting elements of the HTML parsing algorithm: the ones it re-opens after they were
/// closed by a block (its list of active formatting elements).
const FORMATTING: &[&str] =
    &["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];

/// Elements the parser pushes and pops at once: they never add depth.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen",
    "link", "meta", "param", "source", "track", "wbr",
];

/// Elements whose content is raw text (no tags inside, so no nesting): never dropped, or the
/// tokenizer would read a script's text as markup.
const RAW_TEXT: &[&str] =
    &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

/// End tags the parsing algorithm has a rule of its own for: they may act with no element of
/// their name open (`</p>` inserts one, `</br>` is a `<br>`, `</h2>` closes an open `<h1>`,
/// `</body>` closes the body the parser opened by itself). Any other end tag only closes an
/// open element of its name, after a walk down the stack.
const EXPLICIT_END: &[&str] = &[
    "a",
    "address",
    "applet",
    "article",
    "aside",
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "center",
    "code",
    "col",
    "colgroup",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "em",
    "fieldset",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "html",
    "i",
    "li",
    "listing",
    "main",
    "marquee",
    "menu",
    "nav",
    "nobr",
    "noscript",
    "object",
    "ol",
    "optgroup",
    "option",
    "p",
    "pre",
    "s",
    "script",
    "search",
    "section",
    "select",
    "small",
    "strike",
    "strong",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "tfoot",
    "th",
    "thead",
    "tr",
    "tt",
    "u",
    "ul",
];

/// Attributes that reach the tree builder: the ones the page model reads (see
/// [`crate::input::page::KEPT_ATTRS`] and `Builder::open_with`) and the few the parsing
/// algorithm itself looks at (`type` of `<input>`, `encoding` of MathML `annotation-xml`,
/// `color`/`face`/`size` of `<font>` in SVG or MathML). Others are dropped before the tree
/// builder copies them (it copies a formatting element's attributes each time it re-opens it).
fn kept_attribute(name: &str) -> bool {
    matches!(
        name,
        "id" | "class" | "role" | "hidden" | "aria-hidden" | "style" | "type" | "encoding" | "color" | "face" | "size"
    ) || crate::text::listed(super::page::KEPT_ATTRS, name)
}

/// What the parser did with one page: work counters (for the linear-time tests) and the cuts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Tree-builder steps: each look at an open or active formatting element (the sink is
    /// asked for its name or identity), each handle counted by the guard, each node made.
    pub work: u64,
    /// Nodes made (elements, text, comments), re-opened formatting elements included.
    pub nodes: usize,
    /// Start tags dropped for depth, and for the formatting limit.
    pub dropped_depth: usize,
    pub dropped_formatting: usize,
    /// Tags closed early for too many attributes.
    pub fenced: usize,
    /// Which budget stopped the parse early (`html_nodes`, `html_work`), if one did.
    pub stopped: Option<&'static str>,
}

/// A token filter between the tokenizer and the tree builder that keeps the tree builder's
/// state small, so every token costs it a bounded number of steps:
///
/// - non-formatting open elements under [`MAX_DEPTH`], counting every element (the ones
///   closed implicitly too: the numbers come from the tree builder's own stack, not a model);
/// - formatting elements, open or active, under [`MAX_FORMATTING`];
/// - attributes per element: only those the page model or the parsing algorithm reads;
/// - nodes made and steps spent under budgets proportional to the input ([`crate::limits`]):
///   past either, the rest of the page is dropped.
///
/// The tree builder's stack is private; `trace_handles` (made for garbage-collected DOMs) lists
/// every handle it holds, which gives the exact counts. The guard keeps upper bounds between
/// such counts and counts again only when a bound could cross a limit, so counting costs about
/// as much as the tree builder's own scans.
struct Guard {
    inner: TreeBuilder<usize, Sink>,
    /// Upper bounds on non-formatting open elements and on formatting handles held.
    open_ub: Cell<usize>,
    fmt_ub: Cell<usize>,
    dropped: RefCell<HashMap<LocalName, usize>>,
    /// Whether the bounds are exact counts (nothing passed since the last census could change
    /// them), so a run of dropped start tags needs no census each.
    exact: Cell<bool>,
    /// Names of the start tags passed so far: an end tag of any other name (and with no rule
    /// of its own) can close nothing, so it is dropped rather than walked down the stack.
    started: RefCell<std::collections::HashSet<LocalName>>,
    max_nodes: usize,
    max_work: u64,
    report: RefCell<Report>,
    /// Set before `Tokenizer::end`, which must not be paused.
    ending: Cell<bool>,
    paused: Cell<bool>,
}

/// Counts the handles the tree builder holds: those of other elements, and the formatting
/// elements (each once, whether open, active or both).
struct Census<'a> {
    sink: &'a Sink,
    other: Cell<usize>,
    fmt: Cell<usize>,
}

impl Tracer for Census<'_> {
    type Handle = usize;
    fn trace_handle(&self, node: &usize) {
        if !self.sink.is_formatting(*node) {
            self.other.set(self.other.get() + 1);
        } else if self.sink.count_formatting(*node) {
            self.fmt.set(self.fmt.get() + 1);
        }
    }
}

impl Guard {
    /// Exact counts from the tree builder's state (the document, head and form pointers count
    /// as open elements: at most three too many).
    fn census(&self) {
        let sink = &self.inner.sink;
        sink.census.set(sink.census.get() + 1);
        let c = Census { sink, other: Cell::new(0), fmt: Cell::new(0) };
        self.inner.trace_handles(&c);
        let (other, fmt) = (c.other.get(), c.fmt.get());
        sink.work.set(sink.work.get() + (other + fmt) as u64);
        self.open_ub.set(other);
        self.fmt_ub.set(fmt);
        self.exact.set(true);
    }

    /// A census, unless the bounds are exact already.
    fn recount(&self) {
        if !self.exact.get() {
            self.census();
        }
    }

    fn stop(&self, why: &'static str) {
        self.report.borrow_mut().stopped = Some(why);
    }

    /// Whether a token may reach the tree builder (start tags may be dropped; nothing passes
    /// once the parse has stopped, but the end of the input).
    fn admit(&self, token: &mut Token) -> bool {
        if self.report.borrow().stopped.is_some() {
            return matches!(token, Token::EOFToken);
        }
        let sink = &self.inner.sink;
        if sink.nodes.borrow().len() > self.max_nodes {
            self.stop("html_nodes");
            return matches!(token, Token::EOFToken);
        }
        if sink.work.get() > self.max_work {
            self.stop("html_work");
            return matches!(token, Token::EOFToken);
        }
        // What any passed token may add: re-opened formatting elements (at most as many as
        // are held), plus the element it inserts. Bounds that drifted far above the limits
        // are made exact again.
        if self.fmt_ub.get() > 2 * MAX_FORMATTING || self.open_ub.get() > 2 * MAX_DEPTH {
            self.census();
        }
        let grow = self.fmt_ub.get();
        match token {
            Token::TagToken(tag) => {
                tag.attrs.retain(|a| a.name.ns.is_empty() && kept_attribute(&a.name.local));
                let name: &str = &tag.name;
                if tag.kind == TagKind::EndTag {
                    if let Some(n) = self.dropped.borrow_mut().get_mut(&tag.name) {
                        if *n > 0 {
                            *n -= 1;
                            return false;
                        }
                    }
                    if !EXPLICIT_END.contains(&name) && !self.started.borrow().contains(&tag.name) {
                        return false;
                    }
                    // `</p>` with no open p inserts one; `</br>` is read as `<br>`.
                    self.exact.set(false);
                    self.open_ub.set(self.open_ub.get() + 1);
                    self.fmt_ub.set(self.fmt_ub.get() + grow);
                    return true;
                }
                let formatting = FORMATTING.contains(&name);
                let grows = !VOID.contains(&name) && !RAW_TEXT.contains(&name);
                if grows && formatting && self.fmt_ub.get() >= MAX_FORMATTING {
                    self.recount();
                    if self.fmt_ub.get() >= MAX_FORMATTING {
                        self.report.borrow_mut().dropped_formatting += 1;
                        *self.dropped.borrow_mut().entry(tag.name.clone()).or_insert(0) += 1;
                        return false;
                    }
                }
                if grows && !formatting && self.open_ub.get() >= MAX_DEPTH {
                    self.recount();
                    if self.open_ub.get() >= MAX_DEPTH {
                        self.report.borrow_mut().dropped_depth += 1;
                        *self.dropped.borrow_mut().entry(tag.name.clone()).or_insert(0) += 1;
                        return false;
                    }
                }
                self.exact.set(false);
                if !self.started.borrow().contains(&tag.name) {
                    self.started.borrow_mut().insert(tag.name.clone());
                }
                // A start tag may make the elements it implies first (`<td>` in a table: tbody,
                // tr and td; at the top of a page: html, head and body).
                self.open_ub.set(self.open_ub.get() + IMPLIED + 1);
                self.fmt_ub.set(self.fmt_ub.get() + grow + formatting as usize);
                true
            }
            Token::CharacterTokens(_) | Token::NullCharacterToken => {
                if grow > 0 {
                    self.exact.set(false);
                }
                self.fmt_ub.set(self.fmt_ub.get() + grow);
                true
            }
            _ => true,
        }
    }
}

impl TokenSink for Guard {
    type Handle = usize;

    fn process_token(&self, mut token: Token, line: u64) -> TokenSinkResult<usize> {
        let is_tag = matches!(token, Token::TagToken(_));
        if !self.admit(&mut token) {
            // Once stopped, pause the tokenizer at the next tag: the caller then stops
            // feeding it (its remaining input is never read).
            if is_tag && self.report.borrow().stopped.is_some() && !self.ending.get() && !self.paused.get() {
                self.paused.set(true);
                return TokenSinkResult::Script(0);
            }
            return TokenSinkResult::Continue;
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

/// Close every tag that carries more than [`MAX_TAG_ATTRIBUTES`] attributes after its last
/// allowed one (a `>` is inserted), so the tokenizer's per-attribute duplicate check stays
/// bounded per tag. A byte scan that follows the tokenizer's tag states (quoted values,
/// comments, raw-text elements); markup with no such tag is returned as it is, not copied.
pub fn fence_attributes(html: &str) -> (Cow<'_, str>, usize) {
    let b = html.as_bytes();
    let n = b.len();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut fenced = 0;
    let mut i = 0;
    while i < n {
        let Some(p) = b[i..].iter().position(|&c| c == b'<') else { break };
        let t = i + p;
        if b[t + 1..].starts_with(b"!--") {
            i = (find_from(b, t + 4, b"-->") + 3).min(n);
            continue;
        }
        if matches!(b.get(t + 1), Some(b'!' | b'?')) {
            i = (find_from(b, t + 2, b">") + 1).min(n);
            continue;
        }
        let end_tag = b.get(t + 1) == Some(&b'/');
        let name_at = t + 1 + end_tag as usize;
        if !b.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
            i = t + 1;
            continue;
        }
        let mut j = name_at;
        while j < n && !tag_space(b[j]) && b[j] != b'/' && b[j] != b'>' {
            j += 1;
        }
        let name = html[name_at..j].to_ascii_lowercase();
        let mut count = 0;
        loop {
            while j < n && (tag_space(b[j]) || b[j] == b'/') {
                j += 1;
            }
            if j >= n || b[j] == b'>' {
                break;
            }
            count += 1;
            if count > MAX_TAG_ATTRIBUTES {
                let o = out.get_or_insert_with(|| String::with_capacity(n + 64));
                o.push_str(&html[copied..j]);
                o.push('>');
                copied = j;
                fenced += 1;
                break;
            }
            j = skip_attribute(b, j);
        }
        i = j;
        if !end_tag && RAW_TEXT.contains(&name.as_str()) {
            if name == "plaintext" {
                break;
            }
            i = raw_text_end(b, j, &name);
        }
    }
    match out {
        None => (Cow::Borrowed(html), 0),
        Some(mut o) => {
            o.push_str(&html[copied..]);
            (Cow::Owned(o), fenced)
        }
    }
}

/// White space between a tag's parts, as the tokenizer reads it.
fn tag_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// Where `pat` first stands in `b` at or after `from`; `b.len()` when nowhere.
fn find_from(b: &[u8], from: usize, pat: &[u8]) -> usize {
    if from >= b.len() {
        return b.len();
    }
    b[from..].windows(pat.len()).position(|w| w == pat).map_or(b.len(), |p| from + p)
}

/// Past the attribute that starts at `j`: its name (which may start with `=`), and `=` with a
/// quoted or bare value.
fn skip_attribute(b: &[u8], mut j: usize) -> usize {
    let n = b.len();
    j += 1; // an attribute name may start with '='
    while j < n && !tag_space(b[j]) && !matches!(b[j], b'/' | b'>' | b'=') {
        j += 1;
    }
    while j < n && tag_space(b[j]) {
        j += 1;
    }
    if j < n && b[j] == b'=' {
        j += 1;
        while j < n && tag_space(b[j]) {
            j += 1;
        }
        if j < n && (b[j] == b'"' || b[j] == b'\'') {
            j = (find_from(b, j + 1, &b[j..j + 1]) + 1).min(n);
        } else {
            while j < n && !tag_space(b[j]) && b[j] != b'>' {
                j += 1;
            }
        }
    }
    j
}

/// Where the content of the raw-text element `name` (lower case) that starts at `from` ends:
/// at its end tag, `</name` in any case, or at the end of the markup.
fn raw_text_end(b: &[u8], from: usize, name: &str) -> usize {
    let n = b.len();
    let mut k = from;
    loop {
        k = find_from(b, k, b"</");
        if k >= n
            || b[k + 2..].len() >= name.len() && b[k + 2..k + 2 + name.len()].eq_ignore_ascii_case(name.as_bytes())
        {
            return k;
        }
        k += 2;
    }
}

const NO: usize = usize::MAX;
const NOT_FORMATTING: u32 = u32::MAX;
/// Most elements one start tag makes the parser open before its own.
const IMPLIED: usize = 3;

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
    /// Steps the tree builder took over its own state (see [`Report::work`]).
    work: Cell<u64>,
    /// Per node: `NOT_FORMATTING`, or for a formatting element the last census that counted
    /// it (so an element both open and active counts once).
    fmt: RefCell<Vec<u32>>,
    census: Cell<u32>,
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
    /// Whether `node` is a formatting element not yet counted by this census (and mark it).
    fn count_formatting(&self, node: usize) -> bool {
        let mut f = self.fmt.borrow_mut();
        let g = self.census.get();
        match f.get_mut(node) {
            Some(seen) if *seen != NOT_FORMATTING && *seen != g => {
                *seen = g;
                true
            }
            _ => false,
        }
    }

    fn is_formatting(&self, node: usize) -> bool {
        self.fmt.borrow().get(node).is_some_and(|&f| f != NOT_FORMATTING)
    }

    fn push(&self, data: Data) -> usize {
        self.work.set(self.work.get() + 1);
        let formatting = matches!(&data, Data::Element { name, .. } if name.ns == html5ever::ns!(html) && FORMATTING.contains(&&*name.local));
        self.fmt.borrow_mut().push(if formatting { 0 } else { NOT_FORMATTING });
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
        self.work.set(self.work.get() + 1);
        match &self.nodes.borrow()[*target].data {
            Data::Element { name, .. } => Name { ns: name.ns.clone(), local: name.local.clone() },
            _ => Name { ns: Namespace::from(""), local: LocalName::from("") },
        }
    }
    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> usize {
        self.work.set(self.work.get() + attrs.len() as u64);
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
        self.work.set(self.work.get() + 1);
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
        self.work.set(self.work.get() + attrs.len() as u64);
        if let Data::Element { attrs: have, .. } = &mut self.nodes.borrow_mut()[*target].data {
            // Both lists hold only the few kept attributes (see `kept_attribute`).
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
/// What a limit cut is in `Page::cut`.
pub fn parse(html: &str) -> Page {
    parse_with_report(html).0
}

/// [`parse`], with the parser's work counters.
pub fn parse_with_report(html: &str) -> (Page, Report) {
    let (nodes, report) = tokenize(html);
    let mut page = build_page(&nodes);
    page.cut = cuts(&report, crate::limits::max_nodes(html.len()), crate::limits::max_parse_work(html.len()));
    (page, report)
}

/// Run the tokenizer and tree builder over `html` (its long tags fenced first) within the
/// limits for its length: the parsed tree as an arena, and the parser's report.
fn tokenize(html: &str) -> (Vec<ArenaNode>, Report) {
    let (fenced_html, fenced) = fence_attributes(html);
    let sink = Sink::default();
    sink.push(Data::Document);
    let guard = Guard {
        inner: TreeBuilder::new(sink, TreeBuilderOpts { scripting_enabled: false, ..TreeBuilderOpts::default() }),
        open_ub: Cell::new(0),
        fmt_ub: Cell::new(0),
        dropped: RefCell::default(),
        exact: Cell::new(false),
        started: RefCell::default(),
        max_nodes: crate::limits::max_nodes(html.len()),
        max_work: crate::limits::max_parse_work(html.len()),
        report: RefCell::new(Report { fenced, ..Report::default() }),
        ending: Cell::new(false),
        paused: Cell::new(false),
    };
    let tok = Tokenizer::new(guard, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(&fenced_html));
    drop(fenced_html);
    loop {
        match tok.feed(&input) {
            TokenizerResult::Done => break,
            TokenizerResult::Script(_) if tok.sink.paused.get() => break,
            _ => {}
        }
    }
    drop(input);
    tok.sink.ending.set(true);
    tok.end();
    let mut report = tok.sink.report.take();
    report.work = tok.sink.inner.sink.work.get();
    report.nodes = tok.sink.inner.sink.nodes.borrow().len();
    (tok.sink.inner.sink.nodes.into_inner(), report)
}

/// What the parser's limits cut, as the page reports it (`Page::cut`).
fn cuts(report: &Report, max_nodes: usize, max_work: u64) -> Vec<Cut> {
    let mut cut = Vec::new();
    if report.fenced > 0 {
        cut.push(Cut::new("html_attributes", MAX_TAG_ATTRIBUTES as u64, format!("{} tags with more than {MAX_TAG_ATTRIBUTES} attributes were closed after their {MAX_TAG_ATTRIBUTES}th; the rest of each tag was read as text", report.fenced)));
    }
    if report.dropped_depth > 0 {
        cut.push(Cut::new(
            "html_depth",
            MAX_DEPTH as u64,
            format!(
                "{} elements nested deeper than {MAX_DEPTH} were flattened into their ancestors (their text kept)",
                report.dropped_depth
            ),
        ));
    }
    if report.dropped_formatting > 0 {
        cut.push(Cut::new(
            "html_formatting",
            MAX_FORMATTING as u64,
            format!(
                "{} formatting elements past {MAX_FORMATTING} open at once were dropped (their text kept)",
                report.dropped_formatting
            ),
        ));
    }
    match report.stopped {
        Some("html_nodes") => cut.push(Cut::new(
            "html_nodes",
            max_nodes as u64,
            format!("the page has more than {max_nodes} nodes: only the part before was read"),
        )),
        Some(why) => cut.push(Cut::new(
            why,
            max_work,
            format!("the page's markup took more than {max_work} parser steps: only the part before was read"),
        )),
        None => {}
    }
    cut
}

/// The page model of the parsed tree: an iterative pre-order walk, (node, entered) on an
/// explicit stack, that leaves out the elements the model skips.
fn build_page(nodes: &[ArenaNode]) -> Page {
    let mut b = Builder::new();
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
    use crate::input::page::NodeData;

    #[test]
    fn parses_like_a_browser() {
        let p = parse("<title>T</title><p class=a>One<p>Two <b>bold</b><script>x()</script><style>p{}</style>");
        let tags: Vec<&str> = p
            .nodes
            .iter()
            .filter_map(|n| match &n.data {
                NodeData::Element(e) => Some(e.tag.as_str()),
                _ => None,
            })
            .collect();
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
