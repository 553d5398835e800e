//! Main-content detection: which parts of the page are the article.
//!
//! Owns the scoring (Readability's paragraph-to-ancestor propagation with link density and
//! class/id weights, trafilatura's semantic containers and junk lists, the paragraph shape of
//! boilerplate studies), the choice of the article's root and its siblings, and the marking of
//! junk inside it. Every pass is a loop over the pre-order node list: linear time, no recursion.
//! It does not own the text the article turns into (`extract::emit`) or metadata (`meta`).

use super::hints::{self, any_in};
use super::page::{is_semantic, NodeData, Page};

/// Per-node statistics over the subtree, ignoring removed nodes.
#[derive(Default, Clone, Copy)]
pub struct Stats {
    /// Non-whitespace characters of text.
    pub chars: u32,
    /// Of which inside links.
    pub link_chars: u32,
    pub commas: u32,
    /// `p` elements (and paragraph-like divs) with text.
    pub paras: u32,
    /// Has a block-level element below it.
    pub has_block: bool,
    /// Holds (or is) a semantic article container.
    pub semantic: bool,
    /// List items.
    pub items: u32,
}

impl Stats {
    pub fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f64 / self.chars as f64
        }
    }
}

/// What the extractor decided about the page.
pub struct Selection {
    /// Roots of the article, in document order (the top candidate and merged siblings).
    pub roots: Vec<usize>,
    /// Nodes removed (their whole subtree is skipped).
    pub gone: Vec<bool>,
    pub stats: Vec<Stats>,
    /// The best-scored candidates, best first: (score, node). For diagnostics.
    pub candidates: Vec<(f64, usize)>,
}

/// How hard the extractor cleans: the second try relaxes it for pages with no markup help.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Flags {
    /// Read `<noscript>` content (the fallback of a page rendered by script).
    pub noscript: bool,
    pub strip_junk: bool,
    pub weigh_classes: bool,
    pub clean_conditionally: bool,
}

pub const STRICT: Flags = Flags { noscript: false, strip_junk: true, weigh_classes: true, clean_conditionally: true };
pub const NOSCRIPT: Flags = Flags { noscript: true, ..STRICT };
pub const RELAXED: Flags =
    Flags { noscript: true, strip_junk: false, weigh_classes: false, clean_conditionally: false };

fn is_block(tag: &str) -> bool {
    hints::has(hints::BLOCK_TAGS, tag)
}

fn count_text(s: &str) -> (u32, u32) {
    let mut chars = 0;
    let mut commas = 0;
    for c in s.chars() {
        if !c.is_whitespace() {
            chars += 1;
            if matches!(c, ',' | '，' | '、' | '،') {
                commas += 1;
            }
        }
    }
    (chars, commas)
}

/// Subtree statistics in one reverse pass (children come after their parent in pre-order).
pub fn stats(page: &Page, gone: &[bool]) -> Vec<Stats> {
    let n = page.len();
    let mut st = vec![Stats::default(); n];
    for i in (0..n).rev() {
        if gone[i] {
            continue;
        }
        let node = &page.nodes[i];
        match &node.data {
            NodeData::Text { text, .. } => {
                let (c, k) = count_text(text);
                st[i].chars += c;
                st[i].commas += k;
            }
            NodeData::Element(e) => {
                if e.tag == "a" {
                    st[i].link_chars = st[i].chars;
                }
                if (e.tag == "p" || e.tag == "pre") && st[i].chars > 0 {
                    st[i].paras += 1;
                }
                if e.tag == "li" {
                    st[i].items += 1;
                }
                if is_semantic(e) {
                    st[i].semantic = true;
                }
            }
        }
        let p = node.parent;
        if p != super::page::NONE {
            let s = st[i];
            let block_here = matches!(&node.data, NodeData::Element(e) if is_block(&e.tag));
            let t = &mut st[p as usize];
            t.chars += s.chars;
            t.link_chars += s.link_chars;
            t.commas += s.commas;
            t.paras += s.paras;
            t.items += s.items;
            t.has_block |= s.has_block || block_here;
            t.semantic |= s.semantic;
        }
    }
    st
}

/// Whether the element's class, id, role or tag names page furniture.
fn junk_by_name(e: &super::page::Element) -> bool {
    if hints::has(hints::JUNK_TAGS, &e.tag) || hints::has(hints::JUNK_ROLES, &e.role) {
        return true;
    }
    if e.class.is_empty() && e.id.is_empty() {
        return false;
    }
    let w = hints::words(&e.class, &e.id);
    any_in(&w, hints::JUNK) && !any_in(&w, hints::PROTECT)
}

/// Class/id weight in Readability's spirit: +25 for article words, -25 for furniture words.
pub fn class_weight(e: &super::page::Element) -> f64 {
    if e.class.is_empty() && e.id.is_empty() {
        return 0.0;
    }
    let mut w = 0.0;
    for (name, _) in [(&e.class, 0), (&e.id, 1)] {
        if name.is_empty() {
            continue;
        }
        let words = hints::words(name, "");
        if any_in(&words, hints::NEGATIVE) {
            w -= 25.0;
        }
        if any_in(&words, hints::POSITIVE) {
            w += 25.0;
        }
    }
    w
}

fn tag_score(tag: &str) -> f64 {
    match tag {
        "div" | "article" | "section" | "main" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// Mark hidden nodes and, with `strip_junk`, furniture by name, as gone (subtrees included).
/// Furniture that holds a semantic container or most of the page's text is kept: a `<body
/// class="has-comments">` is not a comment box.
fn mark_gone(page: &Page, flags: Flags) -> Vec<bool> {
    let n = page.len();
    let mut gone = vec![false; n];
    for i in 0..n {
        let p = page.nodes[i].parent;
        if p != super::page::NONE && gone[p as usize] {
            gone[i] = true;
            continue;
        }
        if let NodeData::Element(e) = &page.nodes[i].data {
            // Navigation, asides and footers are never the article, however relaxed the pass.
            let furniture = matches!(e.tag.as_str(), "nav" | "aside" | "footer") || e.role == "navigation";
            let noscript = e.tag == "noscript" && !flags.noscript;
            if e.hidden || e.tag == "script" || e.tag == "head" || e.tag == "title" || furniture || noscript {
                gone[i] = true;
            }
        }
    }
    if !flags.strip_junk {
        return gone;
    }
    let raw = stats(page, &gone);
    let total = raw.first().map(|s| s.chars).unwrap_or(0).max(1);
    for i in 0..n {
        let p = page.nodes[i].parent;
        if p != super::page::NONE && gone[p as usize] {
            gone[i] = true;
            continue;
        }
        if gone[i] {
            continue;
        }
        if let NodeData::Element(e) = &page.nodes[i].data {
            if matches!(e.tag.as_str(), "body" | "html" | "article" | "main") || raw[i].semantic {
                continue;
            }
            if junk_by_name(e) && (raw[i].chars as f64) < 0.5 * total as f64 {
                gone[i] = true;
            }
        }
    }
    gone
}

/// A paragraph-like element: scored and credited to its ancestors.
fn paragraph_like(page: &Page, i: usize, st: &[Stats]) -> bool {
    match page.element(i) {
        Some(e) => match e.tag.as_str() {
            "p" | "pre" | "td" | "blockquote" | "dd" => true,
            "div" | "section" | "span" | "font" | "center" => !st[i].has_block,
            _ => false,
        },
        None => false,
    }
}

/// Content scores of the candidate containers: `score[i]` is meaningful where `scored[i]`.
struct Scores {
    score: Vec<f64>,
    scored: Vec<bool>,
}

impl Scores {
    /// A container's score before its paragraphs are credited: its tag, its class and id
    /// (when weighed), and a bonus for a semantic article container. Once per node.
    fn init(&mut self, page: &Page, flags: Flags, i: usize) {
        if self.scored[i] {
            return;
        }
        self.scored[i] = true;
        if let Some(e) = page.element(i) {
            self.score[i] = tag_score(&e.tag) + if flags.weigh_classes { class_weight(e) } else { 0.0 };
            if is_semantic(e) {
                self.score[i] += if e.tag == "article" || e.role == "article" { 10.0 } else { 20.0 };
            }
        }
    }
}

/// Choose the article: score, pick the top candidate, climb, merge siblings, clean inside.
pub fn select(page: &Page, flags: Flags) -> Selection {
    let mut gone = mark_gone(page, flags);
    let st = stats(page, &gone);
    let mut scores = score_paragraphs(page, flags, &gone, &st);
    let cands = rank_candidates(page, &mut scores, &gone, &st);
    let body = page.by_tag("body").next().map(|(i, _)| i).unwrap_or(0);
    let Some(&(top_score, top)) = cands.first() else {
        return Selection {
            roots: if page.is_empty() { vec![] } else { vec![body] },
            gone,
            stats: st,
            candidates: Vec::new(),
        };
    };
    let top = ancestor_of_strong_candidates(page, top, top_score, &cands, body);
    let top = climb_while_parent_scores_higher(page, top, &scores, body);
    let top = unwrap_only_children(page, top, &gone, body);
    let top = widen_to_semantic_container(page, top, &st, body);
    let roots = merge_siblings(page, top, &gone, &st, &scores, body);
    let st = if flags.clean_conditionally { clean_inside(page, &roots, &mut gone, st, &scores) } else { st };
    Selection { roots, gone, stats: st, candidates: cands }
}

/// Readability's propagation: every paragraph-like element with enough text of its own credits
/// its content score (clauses and length) to up to five ancestors, less the further up.
fn score_paragraphs(page: &Page, flags: Flags, gone: &[bool], st: &[Stats]) -> Scores {
    let n = page.len();
    let mut scores = Scores { score: vec![0.0f64; n], scored: vec![false; n] };
    for i in 0..n {
        if gone[i] || !paragraph_like(page, i, st) {
            continue;
        }
        // A paragraph-like element nested in another paragraph-like one is counted once.
        let p = page.nodes[i].parent;
        if p != super::page::NONE && paragraph_like(page, p as usize, st) {
            continue;
        }
        let s = &st[i];
        let own_text = s.chars.saturating_sub(s.link_chars);
        if s.chars < 25 || own_text < 15 {
            continue;
        }
        // Commas mark clauses in prose; in a short cell or list entry ("Jane Doe, Rutgers
        // University") they separate fields, so a comma counts once per 40 characters at most.
        let commas = s.commas.min(s.chars / 40);
        let content = 1.0 + commas as f64 + (s.chars as f64 / 100.0).floor().min(3.0);
        for (level, a) in page.ancestors(i).take(5).enumerate() {
            if page.element(a).is_none() {
                break;
            }
            scores.init(page, flags, a);
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            scores.score[a] += content / divider;
        }
    }
    scores
}

/// Final scores, scaled by how much of the text is not links; the best five candidates, best
/// first (ties in document order).
fn rank_candidates(page: &Page, scores: &mut Scores, gone: &[bool], st: &[Stats]) -> Vec<(f64, usize)> {
    let mut cands: Vec<(f64, usize)> = Vec::new();
    for i in 0..page.len() {
        if scores.scored[i] && !gone[i] {
            let tag = page.element(i).map(|e| e.tag.as_str()).unwrap_or("");
            if tag == "html" {
                continue;
            }
            scores.score[i] *= 1.0 - st[i].link_density();
            cands.push((scores.score[i], i));
        }
    }
    crate::order::sort_by(&mut cands, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    cands.truncate(5);
    cands
}

/// Several strong candidates under one ancestor: the article is that ancestor.
fn ancestor_of_strong_candidates(
    page: &Page,
    top: usize,
    top_score: f64,
    cands: &[(f64, usize)],
    body: usize,
) -> usize {
    let strong: Vec<usize> = cands[1..].iter().filter(|c| c.0 >= 0.75 * top_score).map(|c| c.1).collect();
    if strong.len() >= 2 {
        for a in page.ancestors(top) {
            if a == body || page.element(a).is_none_or(|e| e.tag == "html") {
                break;
            }
            if strong.iter().filter(|&&c| page.contains(a, c)).count() >= 2 {
                return a;
            }
        }
    }
    top
}

/// Climb while the parent scores higher (its text is the article's, split in parts).
fn climb_while_parent_scores_higher(page: &Page, top: usize, scores: &Scores, body: usize) -> usize {
    let mut last = scores.score[top];
    let threshold = last / 3.0;
    let mut p = page.nodes[top].parent;
    // Never out of a semantic container (`article`, `main`, articleBody): what is around it
    // is the page, not more of the article.
    let in_semantic = page.element(top).is_some_and(is_semantic);
    while !in_semantic && p != super::page::NONE && p as usize != body {
        let pu = p as usize;
        if scores.scored[pu] {
            if scores.score[pu] < threshold {
                break;
            }
            if scores.score[pu] > last {
                return pu;
            }
            last = scores.score[pu];
        }
        p = page.nodes[pu].parent;
    }
    top
}

/// An only child: its parent is the same content with its wrapper.
fn unwrap_only_children(page: &Page, mut top: usize, gone: &[bool], body: usize) -> usize {
    loop {
        let p = page.nodes[top].parent;
        if p == super::page::NONE || p as usize == body || page.element(top).is_some_and(is_semantic) {
            return top;
        }
        let kids = page.children(p as usize).filter(|&c| !gone[c] && page.element(c).is_some()).count();
        if kids != 1 {
            return top;
        }
        top = p as usize;
    }
}

/// A semantic container around the candidate that is not much bigger: take it whole.
fn widen_to_semantic_container(page: &Page, top: usize, st: &[Stats], body: usize) -> usize {
    for a in page.ancestors(top) {
        if a == body {
            break;
        }
        if page.element(a).is_some_and(is_semantic) {
            let inner = st[top].chars.saturating_sub(st[top].link_chars) as f64;
            let outer = st[a].chars.saturating_sub(st[a].link_chars) as f64;
            if outer <= 1.6 * inner + 200.0 && st[a].link_density() < 0.35 {
                return a;
            }
            break;
        }
    }
    top
}

/// The article's roots: `top` and the siblings that belong to the article (scored near it, of
/// its class, or a paragraph of prose), in document order.
fn merge_siblings(page: &Page, top: usize, gone: &[bool], st: &[Stats], scores: &Scores, body: usize) -> Vec<usize> {
    let parent = page.nodes[top].parent;
    if parent == super::page::NONE || top == body {
        return vec![top];
    }
    let top_score = scores.score[top].max(0.0);
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = page.element(top).map(|e| e.class.clone()).unwrap_or_default();
    let mut roots = Vec::new();
    for s in page.children(parent as usize) {
        if gone[s] {
            continue;
        }
        if s == top {
            roots.push(s);
            continue;
        }
        let Some(e) = page.element(s) else { continue };
        let mut bonus = 0.0;
        if !top_class.is_empty() && e.class == top_class {
            bonus += top_score * 0.2;
        }
        let keep = if scores.scored[s] && scores.score[s] + bonus >= threshold {
            true
        } else if e.tag == "p" {
            let ld = st[s].link_density();
            let len = st[s].chars;
            let text = page.subtree_text(s);
            (len > 80 && ld < 0.25)
                || (len > 0 && len <= 80 && ld == 0.0 && text.trim_end().ends_with(['.', '!', '?', '"', '”']))
        } else {
            false
        };
        if keep {
            roots.push(s);
        }
    }
    roots
}

/// Inside the article: remove furniture by its numbers, then sections of furniture; the
/// statistics after both.
fn clean_inside(page: &Page, roots: &[usize], gone: &mut [bool], st: Vec<Stats>, scores: &Scores) -> Vec<Stats> {
    for &r in roots {
        clean_conditionally(page, r, gone, &st, &scores.score, &scores.scored);
    }
    let st = stats(page, gone);
    let total: u32 = roots.iter().map(|&r| st[r].chars).sum();
    for &r in roots {
        cut_furniture_sections(page, r, gone, &st, total);
    }
    stats(page, gone)
}

/// Remove containers inside the article that look like furniture by their numbers: link
/// lists (related stories, tags), image galleries with no text, forms, weighted-down boxes.
fn clean_conditionally(page: &Page, root: usize, gone: &mut [bool], st: &[Stats], score: &[f64], scored: &[bool]) {
    let end = page.nodes[root].end as usize;
    let mut i = root + 1;
    while i < end {
        if gone[i] {
            i = page.nodes[i].end as usize;
            continue;
        }
        let Some(e) = page.element(i) else {
            i += 1;
            continue;
        };
        let s = &st[i];
        let weight = class_weight(e);
        let own = if scored[i] { score[i] } else { 0.0 };
        let ld = s.link_density();
        let remove = match e.tag.as_str() {
            "div" | "section" | "ul" | "ol" | "table" | "aside" | "form" | "dl" | "figure" | "center" | "header" => {
                // A negative name over a long run of prose is a page builder's wrapper
                // ("elementor-widget-container"), not furniture.
                let prose = s.paras >= 1 && s.chars >= 500 && ld < 0.2;
                if weight + own < 0.0 && s.paras < 3 && !prose {
                    true
                } else if s.commas < 10 {
                    let list = e.tag == "ul" || e.tag == "ol";
                    (s.chars > 0 && weight < 25.0 && ld > 0.5 && s.paras < 3)
                        || (list && ld > 0.33 && s.items > 1)
                        || (!list && s.items > s.paras + 3 && ld > 0.2 && e.tag != "table")
                        || (weight >= 25.0 && ld > 0.66)
                } else {
                    false
                }
            }
            "p" => s.chars > 0 && ld > 0.8 && s.chars < 200,
            _ => false,
        };
        if remove {
            gone[i] = true;
            let sub_end = page.nodes[i].end as usize;
            for g in gone.iter_mut().take(sub_end).skip(i) {
                *g = true;
            }
            i = sub_end;
        } else {
            i += 1;
        }
    }
}

/// A heading that opens page furniture inside the article: the box it heads ("Related posts",
/// "Keep reading", "Comments (3)") is not article text. Matched on whole words at the start
/// of the heading, lower case; one packed string, `|`-separated.
const FURNITURE_HEADINGS: &str = "related|keep reading|read more|read next|more stories|more from|\
    you may also like|you might also like|recommended|most popular|most read|popular posts|trending|\
    comments|leave a comment|leave a reply|share this|tags|look at other dictionaries|access options";

/// Remove each furniture heading inside `root` and what follows it in its parent (the box it
/// heads), unless that is a large part of the article (a heading misread as furniture).
fn cut_furniture_sections(page: &Page, root: usize, gone: &mut [bool], st: &[Stats], total: u32) {
    for i in root + 1..page.nodes[root].end as usize {
        let Some(e) = page.element(i) else { continue };
        if gone[i]
            || st[i].chars > 40
            || !(matches!(e.tag.as_str(), "h2" | "h3" | "h4" | "h5" | "h6") || e.role == "heading")
        {
            continue;
        }
        let text = super::meta::squash(&page.subtree_text(i)).to_ascii_lowercase();
        let text = text.trim_end_matches(':');
        if !FURNITURE_HEADINGS
            .split('|')
            .any(|h| text.starts_with(h) && matches!(text.as_bytes().get(h.len()), None | Some(b' ')))
        {
            continue;
        }
        // The box: the heading and its later siblings.
        let p = page.nodes[i].parent as usize;
        let box_end = page.nodes[p].end as usize;
        let mut chars = 0;
        for k in page.children(p).filter(|&k| k >= i) {
            chars += st[k].chars;
        }
        if chars * 10 <= total * 4 {
            gone[i..box_end].fill(true);
        }
    }
}

/// Readability's cheap pre-check, on the model: enough visible paragraphs of some length.
/// Sum of sqrt(len - 120) over `p`, `pre` and `article` elements outside furniture > 20, where
/// len counts non-blank characters (Readability counts 140 with the blanks).
pub fn is_probably_article(page: &Page) -> bool {
    let gone = mark_gone(page, STRICT);
    let st = stats(page, &gone);
    let mut score = 0.0f64;
    for (i, s) in st.iter().enumerate() {
        if gone[i] {
            continue;
        }
        if page.element(i).is_some_and(|e| matches!(e.tag.as_str(), "p" | "pre" | "article")) && s.chars >= 120 {
            score += ((s.chars - 120) as f64).sqrt();
            if score > 20.0 {
                return true;
            }
        }
    }
    false
}
