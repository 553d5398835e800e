//! The flat page form: a live page read in its own context (`www/pageform.js`) into one string
//! and one list of numbers, which is all that crosses to the worker that runs the core (a
//! worker has no DOM). Owns decoding that form into the extractor's page model, with every
//! length checked (the form is built by our code, but in the page's realm: a page's scripts
//! can tamper with it) and the DOM limits applied.
//!
//! The form, in document order (`ops` are u32; lengths are UTF-16 code units of `strings`,
//! whose pieces follow one another in the same order):
//!
//! ```text
//! OPEN  = 1, attrs, tag length, (name length, value length) * attrs
//! TEXT  = 2, text length
//! CLOSE = 3
//! ```
//!
//! Text nodes are numbered in the order they appear, as [`crate::analysis::Run::node`]
//! counts them, so the page side maps runs back to its own `Text` nodes.

use super::page::{Builder, Page};
use crate::error::Error;
use crate::limits::{self, Cut};

pub const OPEN: u32 = 1;
pub const TEXT: u32 = 2;
pub const CLOSE: u32 = 3;

/// Most text a page form may carry, in UTF-8 bytes: the input limit. Past it, the page is read
/// up to there (`cut: dom_text`).
pub const MAX_TEXT_BYTES: usize = crate::input::MAX_INPUT_BYTES;

/// Most nodes: the node budget of a page at the input limit. Past it, the rest is not read
/// (`cut: dom_nodes`).
pub fn max_nodes() -> usize {
    limits::max_nodes(crate::input::MAX_INPUT_BYTES)
}

struct Reader<'a> {
    rest: &'a str,
}

impl<'a> Reader<'a> {
    /// The next piece, `units` UTF-16 code units long.
    fn take(&mut self, units: u32) -> Result<&'a str, Error> {
        let mut left = units as usize;
        let mut end = 0;
        for c in self.rest.chars() {
            if left == 0 {
                break;
            }
            let n = c.len_utf16();
            if n > left {
                return Err(bad());
            }
            left -= n;
            end += c.len_utf8();
        }
        if left > 0 {
            return Err(bad());
        }
        let (piece, rest) = self.rest.split_at(end);
        self.rest = rest;
        Ok(piece)
    }
}

fn bad() -> Error {
    Error::Unsupported("a page form that does not add up (the page changed while it was read?)".into())
}

/// Decode a page form into the page model. `cut` lists what the page side already left out
/// (`dom_text`, `dom_nodes`), as it applied the same limits.
pub fn build(strings: &str, ops: &[u32], cut: &[String]) -> Result<Page, Error> {
    let mut b = Builder::new();
    let max_nodes = max_nodes();
    let stopped = walk(strings, ops, max_nodes, &mut b)?;
    let mut page = b.finish();
    page.cut = cuts(cut, stopped, max_nodes);
    Ok(page)
}

/// The ops, in order, into the builder: open, text, close, checked to add up. Stops early at
/// the node or text limit, and says which one stopped it.
fn walk<'a>(strings: &'a str, ops: &[u32], max_nodes: usize, b: &mut Builder) -> Result<Option<&'static str>, Error> {
    let mut r = Reader { rest: strings };
    let mut i = 0;
    let mut nodes = 0usize;
    let mut text_bytes = 0usize;
    let mut depth = 0usize;
    let next = |i: &mut usize| -> Result<u32, Error> {
        let v = *ops.get(*i).ok_or_else(bad)?;
        *i += 1;
        Ok(v)
    };
    while i < ops.len() {
        match next(&mut i)? {
            OPEN => {
                let attrs = next(&mut i)? as usize;
                if attrs > 64 {
                    return Err(bad());
                }
                let tag = r.take(next(&mut i)?)?;
                let mut kv: Vec<(&'a str, &'a str)> = Vec::with_capacity(attrs);
                for _ in 0..attrs {
                    let k = next(&mut i)?;
                    let v = next(&mut i)?;
                    kv.push((r.take(k)?, r.take(v)?));
                }
                nodes += 1;
                if nodes > max_nodes {
                    return Ok(Some("dom_nodes"));
                }
                if depth >= limits::MAX_DEPTH {
                    return Err(bad());
                }
                let attr = |k: &str| kv.iter().find(|(n, _)| n.eq_ignore_ascii_case(k)).map(|(_, v)| v.to_string());
                b.open_with(tag, &attr);
                depth += 1;
            }
            TEXT => {
                let t = r.take(next(&mut i)?)?;
                nodes += 1;
                if nodes > max_nodes {
                    return Ok(Some("dom_nodes"));
                }
                if text_bytes + t.len() > MAX_TEXT_BYTES {
                    return Ok(Some("dom_text"));
                }
                text_bytes += t.len();
                b.text(t);
            }
            CLOSE => {
                if depth == 0 {
                    return Err(bad());
                }
                depth -= 1;
                b.close();
            }
            _ => return Err(bad()),
        }
    }
    Ok(None)
}

/// What the limits cut, from the page side's list (`cut`) and where this side stopped.
fn cuts(cut: &[String], stopped: Option<&'static str>, max_nodes: usize) -> Vec<Cut> {
    let mut seen: Vec<&str> = cut.iter().map(String::as_str).collect();
    if let Some(s) = stopped {
        seen.push(s);
    }
    let mut page_cut: Vec<Cut> = Vec::new();
    for c in ["dom_text", "dom_nodes"] {
        if seen.contains(&c) {
            page_cut.push(if c == "dom_text" {
                Cut::new(
                    "dom_text",
                    MAX_TEXT_BYTES as u64,
                    format!("the page holds more than {MAX_TEXT_BYTES} bytes of text: only the part before was read"),
                )
            } else {
                Cut::new(
                    "dom_nodes",
                    max_nodes as u64,
                    format!("the page has more than {max_nodes} nodes: only the part before was read"),
                )
            });
        }
    }
    page_cut
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A form from (op, pieces): what www/pageform.js writes.
    fn form(items: &[(u32, &[&str])]) -> (String, Vec<u32>) {
        let mut s = String::new();
        let mut ops = Vec::new();
        for (op, pieces) in items {
            ops.push(*op);
            if *op == OPEN {
                ops.push(((pieces.len() - 1) / 2) as u32);
            }
            for p in *pieces {
                ops.push(p.encode_utf16().count() as u32);
                s.push_str(p);
            }
        }
        (s, ops)
    }

    #[test]
    fn a_form_decodes_to_the_page_model() {
        let (s, ops) = form(&[
            (OPEN, &["html"]),
            (OPEN, &["body", "class", "x"]),
            (TEXT, &["Héllo 🎉 "]),
            (OPEN, &["p", "id", "a"]),
            (TEXT, &["world"]),
            (CLOSE, &[]),
            (CLOSE, &[]),
            (CLOSE, &[]),
        ]);
        let p = build(&s, &ops, &[]).unwrap();
        assert_eq!(p.subtree_text(0), "Héllo 🎉 world");
        assert_eq!(p.element(1).unwrap().class, "x");
        assert_eq!(p.element(3).unwrap().id, "a");
        assert_eq!(p.texts, 2);
        assert!(p.cut.is_empty());
    }

    #[test]
    fn a_form_that_does_not_add_up_is_refused() {
        let (s, ops) = form(&[(OPEN, &["p"]), (TEXT, &["abc"]), (CLOSE, &[])]);
        for bad_ops in [vec![1u32, 0, 1, 2, 9], vec![1, 0, 1, 3, 3], vec![7], vec![1, 1000, 1], vec![2], vec![2, 100]] {
            assert!(build(&s, &bad_ops, &[]).is_err(), "{bad_ops:?}");
        }
        // A length that ends inside a surrogate pair.
        assert!(build("🎉", &[2, 1], &[]).is_err());
        assert!(build(&s, &ops, &[]).is_ok());
    }

    #[test]
    fn the_page_side_cut_is_reported() {
        let (s, ops) = form(&[(OPEN, &["p"]), (TEXT, &["abc"]), (CLOSE, &[])]);
        let p = build(&s, &ops, &["dom_text".to_string()]).unwrap();
        assert_eq!(p.cut[0].limit, "dom_text");
        assert_eq!(p.cut[0].message, "the page holds more than 16777216 bytes of text: only the part before was read");
    }
}
