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
        t if super::hints::has(super::hints::BLOCK_TAGS, t) => Kind::Prose,
        _ => return None,
    })
}

/// A paragraph that is only a label: a kicker ("Local news"), a section name, a credit line. A
/// few words with no sentence end: not prose, so never a summary sentence (dates in it still
/// count).
fn label_line(s: &str) -> bool {
    let s = s.trim();
    let last = s.chars().next_back().unwrap_or('.');
    s.split_whitespace().count() <= 4 && s.chars().count() < 40 && !".!?…:;\"”’»)。！？".contains(last)
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
    /// Non-blank characters of the open block, and of those inside links.
    chars: usize,
    link_chars: usize,
    drop_link_lines: bool,
}

/// A short block that is all links is navigation ("previous | next", a teaser headline), not
/// article text: dropped when its block closes.
fn link_line(chars: usize, link_chars: usize, text: &str) -> bool {
    chars > 0 && link_chars * 10 >= chars * 9 && text.split_whitespace().count() < 15
}

impl Out {
    fn flush(&mut self, kind: Kind, droppable: bool) {
        if let Some(start) = self.open.take() {
            if (self.drop_link_lines || droppable) && link_line(self.chars, self.link_chars, &self.text[start..]) {
                let cut = if start >= 2 { start - 2 } else { start };
                self.text.truncate(cut);
                while self.runs.last().is_some_and(|r| r.start >= start) {
                    self.runs.pop();
                }
            } else {
                let kind = if kind == Kind::Prose && label_line(&self.text[start..]) { Kind::Heading } else { kind };
                self.blocks.push(Block { range: start..self.text.len(), kind });
            }
        }
        self.pending_space = false;
        self.run = None;
        self.chars = 0;
        self.link_chars = 0;
    }

    fn push_node_text(&mut self, s: &str, node: u32, link: bool) {
        let visible = s.chars().filter(|c| !c.is_whitespace()).count();
        self.chars += visible;
        if link {
            self.link_chars += visible;
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

/// Emit the text of `roots` (skipping `gone` subtrees and the nodes `skip` names).
/// With `drop_link_lines`, short all-link blocks are left out (the relaxed pass, which has no
/// other cleaning).
pub fn emit(page: &Page, roots: &[usize], gone: &[bool], skip: &dyn Fn(usize) -> bool, drop_link_lines: bool) -> Emitted {
    let mut out = Out { text: String::new(), blocks: Vec::new(), runs: Vec::new(), open: None, pending_space: false, run: None, chars: 0, link_chars: 0, drop_link_lines };
    for &root in roots {
        // Open block elements: (subtree end, kind, whether an all-link line there is furniture:
        // not for paragraphs, list items, cells and quotes, which the cleaning judged already).
        let mut stack: Vec<(usize, Kind, bool)> = Vec::new();
        let mut link_end = 0usize;
        let end = page.nodes[root].end as usize;
        let mut i = root;
        while i < end {
            while let Some(&(e, kind, d)) = stack.last() {
                if e <= i {
                    out.flush(kind, d);
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
                NodeData::Text { text, index } => out.push_node_text(text, *index, i < link_end),
                NodeData::Element(e) => {
                    if let Some(kind) = block_kind(&e.tag) {
                        let (outer, d) = stack.last().map(|s| (s.1, s.2)).unwrap_or((Kind::Prose, true));
                        out.flush(outer, d);
                        // A block inside a caption or heading keeps that kind.
                        let kind = if outer != Kind::Prose && kind == Kind::Prose { outer } else { kind };
                        let droppable = !matches!(e.tag.as_str(), "p" | "li" | "td" | "th" | "dd" | "dt" | "blockquote" | "pre");
                        stack.push((page.nodes[i].end as usize, kind, droppable));
                    } else if e.tag == "a" {
                        link_end = link_end.max(page.nodes[i].end as usize);
                    } else if e.tag == "img" {
                        out.pending_space = out.open.is_some();
                    }
                }
            }
            i += 1;
        }
        while let Some((_, kind, d)) = stack.pop() {
            out.flush(kind, d);
        }
        out.flush(Kind::Prose, true);
    }
    Emitted { text: out.text, blocks: out.blocks, runs: out.runs }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::html::parse;

    #[test]
    fn short_unfinished_paragraphs_are_labels_not_prose() {
        for label in ["Local news", "Advertisement", "Photo: Reuters", "Most read", "By Mara Lindqvist"] {
            assert!(label_line(label), "{label}");
        }
        for prose in ["It rained.", "\"We waited two years,\" she said.", "Why now?", "市议会周二投票决定修建防洪闸。", "The council of Saltmere voted on Tuesday to build a barrier"] {
            assert!(!label_line(prose), "{prose}");
        }
    }

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
