//! The article's text: the selected subtrees turned into blocks (paragraphs, headings, list
//! items, quotes, captions) with whitespace collapsed, and the runs that map every stretch of
//! that text back to the page's text nodes.
//!
//! Owns block boundaries (block-level elements and `<br>` end a block, so sentences never cross
//! one) and block kinds. One forward loop over the pre-order nodes: no recursion.

use super::blocks::{self, Emitted, Shape};
use super::page::{NodeData, Page};
use crate::analysis::{Kind, Run};
use crate::input::Block;

fn block_kind(tag: &str) -> Option<Kind> {
    Some(match tag {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Kind::Heading,
        "figcaption" | "caption" => Kind::Boilerplate,
        t if super::hints::has(super::hints::BLOCK_TAGS, t) => Kind::Prose,
        _ => return None,
    })
}

struct Out {
    text: String,
    blocks: Vec<Block>,
    runs: Vec<Run>,
    /// Start of the open block in `text`, when it has text.
    open: Option<usize>,
    pending_space: bool,
    /// The run being extended: (node index, next offset in the node, UTF-16).
    run: Option<(u32, u32)>,
    /// What the open block holds: non-blank characters, those in links and in furniture roles.
    shape: Shape,
    /// The furniture roles of the elements open around the text being emitted.
    roles: u8,
    /// One shape per block pushed.
    shapes: Vec<Shape>,
    drop_link_lines: bool,
}

/// A short block that is all links is navigation ("previous | next", a teaser headline), not
/// article text: dropped when its block closes.
fn link_line(chars: usize, link_chars: usize, text: &str) -> bool {
    chars > 0 && link_chars * 10 >= chars * 9 && text.split_whitespace().count() < 15
}

impl Out {
    fn flush(&mut self, kind: Kind, droppable: bool, item: bool) {
        if let Some(start) = self.open.take() {
            if (self.drop_link_lines || droppable) && link_line(self.shape.chars, self.shape.link, &self.text[start..])
            {
                let cut = if start >= 2 { start - 2 } else { start };
                self.text.truncate(cut);
                while self.runs.last().is_some_and(|r| r.start >= start) {
                    self.runs.pop();
                }
            } else {
                self.blocks.push(Block { range: start..self.text.len(), kind });
                self.shapes.push(Shape { item, ..self.shape });
            }
            self.shape = Shape::default();
        }
        self.pending_space = false;
        self.run = None;
    }

    fn push_node_text(&mut self, s: &str, node: u32, link: bool) {
        let visible = s.chars().filter(|c| !c.is_whitespace()).count();
        self.shape.chars += visible;
        if link {
            self.shape.link += visible;
        }
        if self.roles & blocks::STAMP != 0 {
            self.shape.stamp += visible;
        }
        if self.roles & blocks::CAPTION != 0 {
            self.shape.caption += visible;
        }
        if self.roles & blocks::CODE != 0 {
            self.shape.code += visible;
        }
        if self.roles & blocks::DEK != 0 {
            self.shape.dek += visible;
        }
        let mut off16: u32 = 0;
        let mut prev_ws: Option<char> = None;
        self.run = None;
        for c in s.chars() {
            let ws = c.is_whitespace();
            if ws {
                if self.open.is_some() {
                    self.pending_space = true;
                }
                // A single plain space keeps the run going (one character for one).
                if prev_ws.is_some() || c != ' ' {
                    self.run = None;
                }
                prev_ws = Some(c);
                off16 += c.len_utf16() as u32;
                continue;
            }
            if self.open.is_none() {
                if !self.text.is_empty() {
                    self.text.push_str("\n\n");
                }
                self.open = Some(self.text.len());
                self.pending_space = false;
                self.run = None;
            }
            if self.pending_space {
                let continues = prev_ws == Some(' ') && self.run.is_some_and(|(n, _)| n == node);
                self.text.push(' ');
                self.pending_space = false;
                if continues {
                    if let Some(r) = self.runs.last_mut() {
                        r.end = self.text.len();
                    }
                    self.run = Some((node, off16));
                } else {
                    self.run = None;
                }
            }
            match self.run {
                Some((n, next)) if n == node && next == off16 => {}
                _ => {
                    self.runs.push(Run { start: self.text.len(), end: self.text.len(), node, offset: off16 });
                }
            }
            self.text.push(c);
            off16 += c.len_utf16() as u32;
            if let Some(r) = self.runs.last_mut() {
                r.end = self.text.len();
            }
            self.run = Some((node, off16));
            prev_ws = None;
        }
    }
}

/// Emit the text of `roots` (skipping `gone` subtrees and the nodes `skip` names), then let
/// `furniture` decide what each block is. With `drop_link_lines`, short all-link blocks are
/// left out (the relaxed pass, which has no other cleaning).
pub fn emit(
    page: &Page,
    roots: &[usize],
    gone: &[bool],
    skip: &dyn Fn(usize) -> bool,
    drop_link_lines: bool,
) -> Emitted {
    let mut out = Out {
        text: String::new(),
        blocks: Vec::new(),
        runs: Vec::new(),
        open: None,
        pending_space: false,
        run: None,
        shape: Shape::default(),
        roles: 0,
        shapes: Vec::new(),
        drop_link_lines,
    };
    for &root in roots {
        emit_root(&mut out, page, root, gone, skip);
    }
    let shapes = std::mem::take(&mut out.shapes);
    blocks::refine(Emitted { text: out.text, blocks: out.blocks, runs: out.runs }, &shapes)
}

/// One root's subtree, in document order, into `out`: its text, a block at each block
/// element's end, the furniture roles of the elements around each piece of text.
fn emit_root(out: &mut Out, page: &Page, root: usize, gone: &[bool], skip: &dyn Fn(usize) -> bool) {
    // Open block elements: (subtree end, kind, whether an all-link line there is furniture:
    // not for paragraphs, list items, cells and quotes, which the cleaning judged already;
    // whether it is or sits in a list item or a cell).
    let mut stack: Vec<(usize, Kind, bool, bool)> = Vec::new();
    // Open elements with furniture roles: (subtree end, roles).
    let mut role_stack: Vec<(usize, u8)> = Vec::new();
    let mut link_end = 0usize;
    let end = page.nodes[root].end as usize;
    let mut i = root;
    while i < end {
        while let Some(&(e, kind, d, item)) = stack.last() {
            if e <= i {
                out.flush(kind, d, item);
                stack.pop();
            } else {
                break;
            }
        }
        if role_stack.last().is_some_and(|r| r.0 <= i) {
            while role_stack.last().is_some_and(|r| r.0 <= i) {
                role_stack.pop();
            }
            out.roles = role_stack.iter().fold(0, |m, r| m | r.1);
        }
        if gone[i] || skip(i) {
            i = page.nodes[i].end as usize;
            continue;
        }
        match &page.nodes[i].data {
            NodeData::Text { text, index } => out.push_node_text(text, *index, i < link_end),
            NodeData::Element(e) => {
                let r = blocks::roles(e, page.nodes[i].end as usize - i);
                if r != 0 {
                    role_stack.push((page.nodes[i].end as usize, r));
                    out.roles |= r;
                }
                if let Some(kind) = block_kind(&e.tag) {
                    let (outer, d, outer_item) =
                        stack.last().map(|s| (s.1, s.2, s.3)).unwrap_or((Kind::Prose, true, false));
                    out.flush(outer, d, outer_item);
                    out.shape.after_br = e.tag == "br";
                    // A block inside a caption or heading keeps that kind.
                    let kind = if outer != Kind::Prose && kind == Kind::Prose { outer } else { kind };
                    let droppable =
                        !matches!(e.tag.as_str(), "p" | "li" | "td" | "th" | "dd" | "dt" | "blockquote" | "pre");
                    let item = outer_item || matches!(e.tag.as_str(), "li" | "td" | "th" | "dd" | "dt");
                    stack.push((page.nodes[i].end as usize, kind, droppable, item));
                } else if e.tag == "a" {
                    link_end = link_end.max(page.nodes[i].end as usize);
                } else if e.tag == "img" {
                    out.pending_space = out.open.is_some();
                }
            }
        }
        i += 1;
    }
    while let Some((_, kind, d, item)) = stack.pop() {
        out.flush(kind, d, item);
    }
    out.flush(Kind::Prose, true, false);
    out.roles = 0;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::html::parse;

    #[test]
    fn blocks_and_runs_map_back() {
        let p = parse("<body><h2>Head  line</h2><p>One two\n   three <b>four</b>.<br>Five</p><figure><figcaption>Cap</figcaption></figure></body>");
        let body = p.by_tag("body").next().unwrap().0;
        let gone = vec![false; p.len()];
        let e = emit(&p, &[body], &gone, &|_| false, false);
        assert_eq!(e.text, "Head line\n\nOne two three four.\n\nFive\n\nCap");
        let kinds: Vec<Kind> = e.blocks.iter().map(|b| b.kind).collect();
        // "Five" after the line break is a fragment, not a sentence: labelled a heading.
        assert_eq!(kinds, vec![Kind::Heading, Kind::Prose, Kind::Heading, Kind::Boilerplate]);
        // Every run's text is the node's text at the run's offset.
        let texts: Vec<&str> = p
            .nodes
            .iter()
            .filter_map(|n| match &n.data {
                NodeData::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        for r in &e.runs {
            let node: Vec<u16> = texts[r.node as usize].encode_utf16().collect();
            let piece: Vec<u16> = e.text[r.start..r.end].encode_utf16().collect();
            assert_eq!(&node[r.offset as usize..r.offset as usize + piece.len()], &piece[..]);
        }
        // "One two" is one run; "three" starts another (a line break was collapsed).
        assert!(e.runs.iter().any(|r| &e.text[r.start..r.end] == "One two"));
    }
}
