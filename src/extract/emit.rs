//! The article's text: the selected subtrees turned into blocks (paragraphs, headings, list
//! items, quotes, captions) with whitespace collapsed, and the runs that map every stretch of
//! that text back to the page's text nodes.
//!
//! Owns block boundaries (block-level elements and `<br>` end a block, so sentences never cross
//! one) and block kinds. One forward loop over the pre-order nodes: no recursion.

use super::page::{NodeData, Page};
use crate::analysis::{Kind, Run};
use crate::input::Block;

pub struct Emitted {
    pub text: String,
    pub blocks: Vec<Block>,
    pub runs: Vec<Run>,
}

fn block_kind(tag: &str) -> Option<Kind> {
    Some(match tag {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Kind::Heading,
        "figcaption" | "caption" => Kind::Boilerplate,
        t if super::hints::BLOCK_TAGS.contains(&t) => Kind::Prose,
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
}

impl Out {
    fn flush(&mut self, kind: Kind) {
        if let Some(start) = self.open.take() {
            self.blocks.push(Block { range: start..self.text.len(), kind });
        }
        self.pending_space = false;
        self.run = None;
    }

    fn push_node_text(&mut self, s: &str, node: u32) {
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

/// Emit the text of `roots` (skipping `gone` subtrees and the nodes `skip` names).
pub fn emit(page: &Page, roots: &[usize], gone: &[bool], skip: &dyn Fn(usize) -> bool) -> Emitted {
    let mut out = Out { text: String::new(), blocks: Vec::new(), runs: Vec::new(), open: None, pending_space: false, run: None };
    for &root in roots {
        // Open block elements: (subtree end, kind).
        let mut stack: Vec<(usize, Kind)> = Vec::new();
        let end = page.nodes[root].end as usize;
        let mut i = root;
        while i < end {
            while let Some(&(e, kind)) = stack.last() {
                if e <= i {
                    out.flush(kind);
                    stack.pop();
                } else {
                    break;
                }
            }
            if gone[i] || skip(i) {
                i = page.nodes[i].end as usize;
                continue;
            }
            match &page.nodes[i].data {
                NodeData::Text { text, index } => out.push_node_text(text, *index),
                NodeData::Element(e) => {
                    if let Some(kind) = block_kind(&e.tag) {
                        let outer = stack.last().map(|s| s.1).unwrap_or(Kind::Prose);
                        out.flush(outer);
                        // A block inside a caption or heading keeps that kind.
                        let kind = if outer != Kind::Prose && kind == Kind::Prose { outer } else { kind };
                        stack.push((page.nodes[i].end as usize, kind));
                    } else if e.tag == "img" {
                        out.pending_space = out.open.is_some();
                    }
                }
            }
            i += 1;
        }
        while let Some((_, kind)) = stack.pop() {
            out.flush(kind);
        }
        out.flush(Kind::Prose);
    }
    Emitted { text: out.text, blocks: out.blocks, runs: out.runs }
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
        let e = emit(&p, &[body], &gone, &|_| false);
        assert_eq!(e.text, "Head line\n\nOne two three four.\n\nFive\n\nCap");
        let kinds: Vec<Kind> = e.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(kinds, vec![Kind::Heading, Kind::Prose, Kind::Prose, Kind::Boilerplate]);
        // Every run's text is the node's text at the run's offset.
        let texts: Vec<&str> = p.nodes.iter().filter_map(|n| match &n.data {
            NodeData::Text { text, .. } => Some(text.as_str()),
            _ => None,
        }).collect();
        for r in &e.runs {
            let node: Vec<u16> = texts[r.node as usize].encode_utf16().collect();
            let piece: Vec<u16> = e.text[r.start..r.end].encode_utf16().collect();
            assert_eq!(&node[r.offset as usize..r.offset as usize + piece.len()], &piece[..]);
        }
        // "One two" is one run; "three" starts another (a line break was collapsed).
        assert!(e.runs.iter().any(|r| &e.text[r.start..r.end] == "One two"));
    }
}
