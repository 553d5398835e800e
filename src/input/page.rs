//! The page model the extractor reads: a flat, pre-order list of elements and text nodes.
//!
//! Owns the shape every source builds (the native HTML parser in `input::html`, the live DOM in
//! `input::dom`, the worker's flat form in `input::flat`) and the builder they share, so the
//! extractor (`extract`) sees the same page either way. It does not own parsing (the sources)
//! or scoring (`extract::content`).
//!
//! Pre-order with a subtree end per node makes every walk a loop over a range: no recursion, so
//! a page nested 100,000 deep costs no stack. Text nodes are numbered in the order the source
//! visited them (`Text::index`); the live-DOM source keeps its `Text` nodes in the same order,
//! which is how extracted text maps back to DOM ranges.

/// Elements whose whole subtree the sources skip: never article text, never metadata.
/// (`script` is kept only when it carries JSON-LD or JSON state; see [`skip_element`]. `noscript` is kept
/// when it was parsed as markup, scripting off: the extractor reads it only when the page
/// shows nothing else, as a blog that renders its posts by script and ships them in
/// `<noscript>` too.)
pub const SKIPPED: &str = "style template svg math iframe object embed canvas \
    select textarea button input audio video map dialog";

/// Attributes the model keeps (everything else is dropped at build time).
pub const KEPT_ATTRS: &str = "itemprop itemtype href rel datetime content name property src \
    lang type http-equiv data-src pubdate itemscope charset alt";

/// Whether a source should skip this element and its subtree.
pub fn skip_element(tag: &str, attr: &dyn Fn(&str) -> Option<String>) -> bool {
    if tag == "script" {
        return !attr("type").is_some_and(|t| {
            let t = t.trim();
            t.eq_ignore_ascii_case("application/ld+json") || t.eq_ignore_ascii_case("application/json")
        });
    }
    crate::text::listed(SKIPPED, tag)
}

#[derive(Debug, Clone, Default)]
pub struct Element {
    /// Lower-case local name.
    pub tag: String,
    pub id: String,
    pub class: String,
    pub role: String,
    /// `hidden`, `aria-hidden="true"`, or an inline style with `display:none` /
    /// `visibility:hidden`.
    pub hidden: bool,
    /// Kept attributes (see [`KEPT_ATTRS`]), names lower case.
    pub attrs: Vec<(String, String)>,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
    pub fn is(&self, tag: &str) -> bool {
        self.tag == tag
    }
}

#[derive(Debug, Clone)]
pub enum NodeData {
    Element(Element),
    /// A text node: its data, and its number among the page's text nodes in visit order.
    Text {
        text: String,
        index: u32,
    },
}

#[derive(Debug, Clone)]
pub struct Node {
    /// Parent node index; `u32::MAX` for a root.
    pub parent: u32,
    /// One past the last node of this subtree (pre-order), so children lie in `i+1..end`.
    pub end: u32,
    pub data: NodeData,
}

/// A page: nodes in pre-order. Node 0 is the root element (usually `html`) when the page is
/// not empty.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub nodes: Vec<Node>,
    /// Number of text nodes (the largest `Text::index` + 1).
    pub texts: u32,
    /// The page's address when the caller knows it (`document.URL` in a browser).
    pub url: Option<String>,
    /// What a limit left out while the page was read (see [`crate::limits`]).
    pub cut: Vec<crate::limits::Cut>,
}

pub const NONE: u32 = u32::MAX;

impl Page {
    pub fn len(&self) -> usize {
        self.nodes.len()
    }
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }
    pub fn element(&self, i: usize) -> Option<&Element> {
        match &self.nodes[i].data {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }
    pub fn text(&self, i: usize) -> Option<&str> {
        match &self.nodes[i].data {
            NodeData::Text { text, .. } => Some(text),
            _ => None,
        }
    }
    /// Children of node `i`, in order (a walk by subtree ends, no recursion).
    pub fn children(&self, i: usize) -> Children<'_> {
        Children { page: self, next: i + 1, end: self.nodes[i].end as usize }
    }
    /// Ancestors of `i`, nearest first, not including `i`.
    pub fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let mut p = self.nodes[i].parent;
        std::iter::from_fn(move || {
            if p == NONE {
                return None;
            }
            let cur = p as usize;
            p = self.nodes[cur].parent;
            Some(cur)
        })
    }
    /// Whether `a` is `d` or an ancestor of `d`.
    pub fn contains(&self, a: usize, d: usize) -> bool {
        a <= d && d < self.nodes[a].end as usize
    }
    /// All text of the subtree at `i`, whitespace as in the source.
    pub fn subtree_text(&self, i: usize) -> String {
        let mut s = String::new();
        for n in i..self.nodes[i].end as usize {
            if let NodeData::Text { text, .. } = &self.nodes[n].data {
                s.push_str(text);
            }
        }
        s
    }
    /// Elements with this tag, in document order.
    pub fn by_tag<'a>(&'a self, tag: &'a str) -> impl Iterator<Item = (usize, &'a Element)> + 'a {
        self.nodes.iter().enumerate().filter_map(move |(i, n)| match &n.data {
            NodeData::Element(e) if e.tag == tag => Some((i, e)),
            _ => None,
        })
    }
}

pub struct Children<'a> {
    page: &'a Page,
    next: usize,
    end: usize,
}

impl Iterator for Children<'_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.next >= self.end {
            return None;
        }
        let i = self.next;
        self.next = self.page.nodes[i].end as usize;
        Some(i)
    }
}

/// Builds a [`Page`] from a source's walk: `open`, `text`, `close`, in document order.
#[derive(Default)]
pub struct Builder {
    page: Page,
    stack: Vec<u32>,
}

/// Whether an inline style hides the element.
pub fn style_hides(style: &str) -> bool {
    let s: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    s.contains("display:none") || s.contains("visibility:hidden")
}

impl Builder {
    pub fn new() -> Builder {
        Builder::default()
    }

    /// Open an element from its tag and an attribute lookup.
    pub fn open_with(&mut self, tag: &str, attr: &dyn Fn(&str) -> Option<String>) {
        let mut e = Element { tag: tag.to_ascii_lowercase(), ..Element::default() };
        e.id = attr("id").unwrap_or_default();
        e.class = attr("class").unwrap_or_default();
        e.role = attr("role").unwrap_or_default();
        e.hidden = attr("hidden").is_some()
            || attr("aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
            || attr("style").is_some_and(|s| style_hides(&s));
        for name in KEPT_ATTRS.split(' ') {
            if let Some(v) = attr(name) {
                e.attrs.push((name.to_string(), v));
            }
        }
        self.open(e);
    }

    pub fn open(&mut self, e: Element) {
        let parent = self.stack.last().copied().unwrap_or(NONE);
        let i = self.page.nodes.len() as u32;
        self.page.nodes.push(Node { parent, end: i + 1, data: NodeData::Element(e) });
        self.stack.push(i);
    }

    pub fn text(&mut self, text: &str) {
        let parent = self.stack.last().copied().unwrap_or(NONE);
        let i = self.page.nodes.len() as u32;
        let index = self.page.texts;
        self.page.texts += 1;
        self.page.nodes.push(Node { parent, end: i + 1, data: NodeData::Text { text: text.to_string(), index } });
    }

    pub fn close(&mut self) {
        if let Some(i) = self.stack.pop() {
            self.page.nodes[i as usize].end = self.page.nodes.len() as u32;
        }
    }

    pub fn finish(mut self) -> Page {
        while !self.stack.is_empty() {
            self.close();
        }
        self.page
    }
}

/// A semantic container of the article: `article`, `main`, `role=main|article`, or
/// `itemprop=articleBody`.
pub fn is_semantic(e: &Element) -> bool {
    e.tag == "article"
        || e.tag == "main"
        || e.role == "main"
        || e.role == "article"
        || e.attr("itemprop").is_some_and(|v| v.split_whitespace().any(|w| w.eq_ignore_ascii_case("articleBody")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builder_keeps_tree_shape_without_recursion() {
        let mut b = Builder::new();
        let none = |_: &str| None;
        b.open_with("HTML", &none);
        b.open_with("body", &none);
        b.text("a");
        b.open_with("p", &|n: &str| (n == "class").then(|| "x".to_string()));
        b.text("b");
        b.close();
        b.text("c");
        let p = b.finish();
        assert_eq!(p.element(0).unwrap().tag, "html");
        assert_eq!(p.children(1).collect::<Vec<_>>(), vec![2, 3, 5]);
        assert_eq!(p.element(3).unwrap().class, "x");
        assert_eq!(p.subtree_text(1), "abc");
        assert_eq!(p.ancestors(4).collect::<Vec<_>>(), vec![3, 1, 0]);
        assert!(p.contains(1, 4) && !p.contains(3, 5));
    }
}
