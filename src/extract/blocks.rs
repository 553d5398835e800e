//! Page furniture inside the article: the lines a page prints around and between its
//! paragraphs that are not the story (time stamps, bylines, "Posted on ... by ...", reading
//! time, captions and credits, code listings, list and table labels).
//!
//! Owns two decisions, both from the page's own structure (the same on the native HTML path
//! and the live DOM, since both build the same page model): which elements play a furniture
//! role ([`roles`]: a `<time>`, an author link, a class naming a date or byline, a `<figure>`, a
//! caption class, `<pre>`/`<code>`), and what a block of the emitted text becomes from the share
//! of its characters inside such elements ([`refine`]): a stamp or byline row leaves the text;
//! a caption or code block stays in the text but is not prose (never a summary sentence); a
//! list item, table cell or short line that does not end like a sentence is a label.
//! Class words are packed data (`hints`). It does not own content selection (`content`) or the
//! text layout (`emit`).

use super::hints::{any_in, words};
use super::page::Element;
use crate::analysis::{Kind, Run};
use crate::input::Block;

/// A stamp or byline: the element holds the story's date, time or author, not its text.
pub const STAMP: u8 = 1;
/// A caption or credit of a picture, video or chart, or a reference note (a footnote, an entry
/// of a reference list): text about the article, kept with it, never summarized.
pub const CAPTION: u8 = 2;
/// Program text: a listing, a command, a code span.
pub const CODE: u8 = 4;
/// A standfirst (dek): the line under the headline that sells the story; a label, not the
/// story's first sentence.
pub const DEK: u8 = 8;

/// Class and id words of stamp and byline rows (whole words of `hints::words`).
const STAMP_WORDS: &str = "byline bylines byl author authors writtenby dateline date dates datetime datetimes time \
    timestamp timestamps published publishdate posted postedon posted-on pubdate updated lastupdated \
    meta postmeta entrymeta articlemeta storymeta post-meta entry-meta article-meta postinfo post-info postdate \
    entrydate articledate storydate readingtime reading-time readtime read-time commentcount commentscount";

/// Class and id words of captions, credits and reference notes.
const CAPTION_WORDS: &str = "caption captions figcaption wp-caption-text wpcaption imagecaption image-caption \
    photocaption photo-caption mediacaption media-caption credit credits imagecredit photocredit \
    caption-text captiontext footnote footnotes endnote endnotes reference-text references reflist refbegin \
    citation citations bibliography";

/// Class and id words of standfirsts.
const DEK_WORDS: &str = "standfirst dek subtitle subheadline sub-headline strapline";

/// Class words of code listings (highlighters' names).
const CODE_WORDS: &str = "code highlight highlighter syntaxhighlighter sourcecode codehilite prettyprint hljs \
    language-bash language-shell language-python language-js";

/// Tags of program text.
const CODE_TAGS: &str = "pre code kbd samp tt var";

/// Largest subtree (in page-model nodes) whose class or id words give it a role: a class names
/// a row or a span, and the same words on a wrapper (`status-publish` on a WordPress article,
/// `date-outer` around a Blogger post) say nothing about its text.
pub const ROLE_NODES: usize = 40;

/// The furniture roles of an element (a bit set of [`STAMP`], [`CAPTION`], [`CODE`], [`DEK`]). `nodes` is
/// the size of its subtree: class and id words count only on small ones ([`ROLE_NODES`]).
pub fn roles(e: &Element, nodes: usize) -> u8 {
    let mut r = 0;
    match e.tag.as_str() {
        "time" | "address" => r |= STAMP,
        "figure" | "figcaption" | "caption" | "cite" => r |= CAPTION,
        t if super::hints::has(CODE_TAGS, t) => r |= CODE,
        _ => {}
    }
    if e.attr("rel").is_some_and(|v| v.split_whitespace().any(|w| w.eq_ignore_ascii_case("author")))
        || e.attr("itemprop").is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            v.contains("author")
                || v.contains("datepublished")
                || v.contains("datemodified")
                || v.contains("datecreated")
        })
    {
        r |= STAMP;
    }
    if nodes <= ROLE_NODES && (!e.class.is_empty() || !e.id.is_empty()) {
        let w = words(&e.class, &e.id);
        if any_in(&w, STAMP_WORDS) {
            r |= STAMP;
        }
        if any_in(&w, CAPTION_WORDS) {
            r |= CAPTION;
        }
        if any_in(&w, CODE_WORDS) {
            r |= CODE;
        }
        if any_in(&w, DEK_WORDS) {
            r |= DEK;
        }
    }
    r
}

/// The article's text, its blocks and the runs back to the page: what `emit` lays out and
/// [`refine`] rewrites.
pub struct Emitted {
    pub text: String,
    pub blocks: Vec<Block>,
    pub runs: Vec<Run>,
}

/// What the emitter saw of one block: its characters (non-blank), and how many of them sat in
/// links and in elements of each furniture role; whether it sits in a list item or a table or
/// definition cell.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shape {
    pub chars: usize,
    pub link: usize,
    pub stamp: usize,
    pub caption: usize,
    pub code: usize,
    pub dek: usize,
    pub item: bool,
    /// The block began right after a `<br>` inside the same element.
    pub after_br: bool,
}

/// Final punctuation of a sentence in the scripts we read (Latin, CJK, Arabic, Devanagari and
/// Bengali, Armenian, Ethiopic), before closing quotes and brackets.
const ENDS: &[char] = &['.', '!', '?', '…', '。', '！', '？', '．', '؟', '۔', '।', '॥', '։', '።', '‼', '⁇'];
const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', '›', ')', ']', '）', '」', '』', '】', '*', '_'];

/// Whether `s` ends like a sentence: a final stop, possibly inside closing quotes or brackets
/// and before citation marks ("... in 1840.[12][n 3]").
pub fn ends_sentence(s: &str) -> bool {
    let mut t = s.trim_end();
    for _ in 0..4 {
        match t.strip_suffix(']').and_then(|x| x.rfind('[').filter(|&k| x.len() - k <= 24).map(|k| &x[..k])) {
            Some(x) if x.trim_end().ends_with(ENDS) || x.ends_with(']') => t = x.trim_end(),
            _ => break,
        }
    }
    t.trim_end_matches(CLOSERS).trim_end().ends_with(ENDS)
}

/// A paragraph that is only a label: a kicker ("Local news"), a section name, a credit line. A
/// few words with no sentence end: not prose, so never a summary sentence (dates in it still
/// count).
fn label_line(s: &str) -> bool {
    let s = s.trim();
    let last = s.chars().next_back().unwrap_or('.');
    s.split_whitespace().count() <= 4 && s.chars().count() < 40 && !".!?…:;\"”’»)。！？".contains(last)
}

/// A stamp or byline row: at least half its characters inside stamp elements and at most 20
/// words, or nearly all of them and at most 40 (a meta line that runs on into a disclosure:
/// "By Ela on 31 October | 18 Comments. This post may contain affiliate links.").
fn stamp_row(s: &Shape, text: &str) -> bool {
    let n = text.split_whitespace().count();
    s.chars > 0 && ((s.stamp * 2 >= s.chars && n <= 20) || (s.stamp * 10 >= s.chars * 9 && n <= 40))
}

/// A row that is a word and a year and nothing else ("NOVEMBER 2021"): near the top, the
/// page's month date line (`extract::meta::dateline` reads it when the metadata has no date),
/// so it stays in the text even in a stamp element.
fn month_year(t: &str) -> bool {
    let mut w = t.split_whitespace();
    match (w.next(), w.next(), w.next()) {
        (Some(m), Some(y), None) => {
            m.chars().all(char::is_alphabetic)
                && y.len() == 4
                && y.parse::<u16>().is_ok_and(|y| (1990..=2100).contains(&y))
        }
        _ => false,
    }
}

/// What becomes of a block before kinds are decided.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Plan {
    Keep,
    /// A stamp or byline row: out of the text.
    Drop,
    /// The rest of a line a `<br>` cut mid-sentence: joined to the block before, with a space.
    Join,
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// The length in bytes of a byline that opens a paragraph, up to and including the mark after
/// it and the blank: "By Aaron Humes: ", "By Jane Doe and Li Wei — ", "BY SAM ROE | ". One to
/// five name words (capitalized, "and" or "&" between), then `:`, a dash or a bar, then a
/// capital: the story.
fn byline_lead(block: &str) -> Option<usize> {
    let rest = block.strip_prefix("By ").or_else(|| block.strip_prefix("BY "))?;
    let mark = rest.char_indices().take(60).find(|&(_, c)| matches!(c, ':' | '—' | '–' | '|' | '-'))?.0;
    let names: Vec<&str> = rest[..mark].split_whitespace().collect();
    let name_like =
        |w: &&str| w.chars().next().is_some_and(char::is_uppercase) || matches!(*w, "and" | "&" | "und" | "et" | "y");
    if names.is_empty()
        || names.len() > 5
        || !names.iter().all(name_like)
        || (rest.as_bytes()[mark] == b'-' && !rest[..mark].ends_with(' '))
    {
        return None;
    }
    let after = &rest[mark..];
    let after = after.trim_start_matches([':', '—', '–', '|', '-']);
    let body = after.trim_start();
    (body.len() < after.len() && body.starts_with(|c: char| c.is_uppercase() || "\"“«„'".contains(c)))
        .then(|| block.len() - body.len())
}

/// A line that opens with a list marker ("+ Added ...", "• ...", "2. ...", "b) ..."): a list
/// item written as text.
fn bulleted(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some('+' | '-' | '*' | '•' | '–' | '—' | '·' | '►' | '▪' | '■' | '◦' | '‣' | '→') => {
            it.next().is_some_and(char::is_whitespace)
        }
        Some(c) if c.is_ascii_alphanumeric() => {
            let head: String = s.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            let rest = &s[head.len()..];
            (head.len() <= 2 && (head.chars().all(|c| c.is_ascii_digit()) || head.len() == 1))
                && (rest.starts_with(". ") || rest.starts_with(") "))
                && head.chars().all(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
        }
        _ => false,
    }
}

/// Decide what each block is, from the shapes the emitter recorded (`shapes[i]` describes
/// `out.blocks[i]`): stamp and byline rows leave the text; lines a `<br>` broke mid-sentence
/// (a hard-wrapped post: the line does not end a sentence, and the next runs on in lower case
/// or the line is long) join again; then captions and code are boilerplate, and short lines,
/// list items and cells that do not end like a sentence are labels. That last rule holds only
/// on a page that ends its paragraphs with stops (a Thai page does not), so the page's long
/// blocks vote first.
pub fn refine(out: Emitted, shapes: &[Shape]) -> Emitted {
    let Emitted { text, mut blocks, runs } = out;
    let mut plan = plan_rows(&text, &blocks, shapes);
    keep_entry_stamps(&text, &mut blocks, shapes, &mut plan);
    let (text, blocks, shapes, runs) = compact(&text, &blocks, shapes, &plan, runs);
    let punctuates = page_punctuates(&text, &blocks, &shapes);
    let fields = field_runs(&text, &blocks, &shapes);
    let blocks = split_leads(&text, blocks, &fields, shapes)
        .into_iter()
        .map(|(b, field, s)| Block {
            kind: final_kind(&text[b.range.clone()], b.kind, field, &s, punctuates),
            range: b.range,
        })
        .collect();
    Emitted { text, blocks, runs }
}

/// The shape of block `i`; a default one where the emitter recorded none.
fn shape_at(shapes: &[Shape], i: usize) -> Shape {
    shapes.get(i).copied().unwrap_or_default()
}

/// The widest line of each run of `<br>`-separated lines, for each of its lines: the wrap
/// width, when it is one.
fn wrap_widths(text: &str, blocks: &[Block], shapes: &[Shape]) -> Vec<usize> {
    let mut width = vec![0usize; blocks.len()];
    let mut run_start = 0;
    for i in 0..=blocks.len() {
        if i == blocks.len() || !shape_at(shapes, i).after_br {
            let w = (run_start..i).map(|k| text[blocks[k].range.clone()].chars().count()).max().unwrap_or(0);
            width[run_start..i].fill(w);
            run_start = i;
        }
    }
    width
}

/// Per block: a stamp or byline row drops (but a month date line near the top stays), the
/// rest of a line a `<br>` cut mid-sentence joins the line before, everything else is kept.
fn plan_rows(text: &str, blocks: &[Block], shapes: &[Shape]) -> Vec<Plan> {
    let width = wrap_widths(text, blocks, shapes);
    let mut plan = Vec::with_capacity(blocks.len());
    let mut last_kept: Option<usize> = None;
    for (i, b) in blocks.iter().enumerate() {
        let t = &text[b.range.clone()];
        let s = shape_at(shapes, i);
        let p = if stamp_row(&s, t) && b.kind != Kind::Title && !(i < 4 && month_year(t)) {
            Plan::Drop
        } else if s.after_br
            && b.kind == Kind::Prose
            && last_kept.is_some_and(|k| {
                // The line before, as the page broke it (not as joined so far).
                let prev = &text[blocks[k].range.clone()];
                let (n, w) = (prev.chars().count(), width[i]);
                let full = (40..=120).contains(&w) && n * 10 >= w * 8;
                k + 1 == i
                    && blocks[k].kind == Kind::Prose
                    && !ends_sentence(prev)
                    && !bulleted(t)
                    && (starts_lower(t) || full)
            })
        {
            Plan::Join
        } else {
            Plan::Keep
        };
        if p != Plan::Drop {
            last_kept = Some(i);
        }
        plan.push(p);
    }
    plan
}

/// Three or more stamps, each over prose of its own: the times of a live blog's entries (or
/// of a thread's answers), not the page's stamp. They stay, as the headings they are.
fn keep_entry_stamps(text: &str, blocks: &mut [Block], shapes: &[Shape], plan: &mut [Plan]) {
    let entries: Vec<usize> = (0..blocks.len())
        .filter(|&i| plan[i] == Plan::Drop)
        .filter(|&i| {
            blocks.get(i + 1).is_some_and(|b| {
                b.kind == Kind::Prose && ends_sentence(&text[b.range.clone()]) && shape_at(shapes, i + 1).dek == 0
            }) && plan.get(i + 1) == Some(&Plan::Keep)
        })
        .collect();
    if entries.len() >= 3 {
        for i in entries {
            plan[i] = Plan::Keep;
            blocks[i].kind = Kind::Heading;
        }
    }
}

/// Whether the page ends its paragraphs with stops: at least half of its long prose blocks
/// (12 words or more) do, or it has none. Items vote neither way: a changelog's lines say
/// nothing of the page's paragraphs.
fn page_punctuates(text: &str, blocks: &[Block], shapes: &[Shape]) -> bool {
    let long: Vec<&Block> = blocks
        .iter()
        .zip(shapes)
        .filter(|(b, s)| {
            b.kind == Kind::Prose
                && !s.item
                && !bulleted(&text[b.range.clone()])
                && text[b.range.clone()].split_whitespace().count() >= 12
        })
        .map(|(b, _)| b)
        .collect();
    let ended = long.iter().filter(|b| ends_sentence(&text[b.range.clone()])).count();
    long.is_empty() || ended * 2 >= long.len()
}

/// Runs of three or more `<br>` lines, most of them unfinished and short: fields of a credit,
/// an address, a recipe card or a poem, one to a line; every line is a label.
fn field_runs(text: &str, blocks: &[Block], shapes: &[Shape]) -> Vec<bool> {
    let mut fields = vec![false; blocks.len()];
    let mut start = 0;
    for i in 1..=blocks.len() {
        if i < blocks.len() && shapes[i].after_br {
            continue;
        }
        let run = &blocks[start..i];
        let lines = run.iter().map(|b| &text[b.range.clone()]);
        let unended = lines.clone().filter(|t| !ends_sentence(t)).count();
        let words: usize = lines.map(|t| t.split_whitespace().count()).sum();
        if run.len() >= 3 && unended * 2 >= run.len() && words <= 12 * run.len() {
            fields[start..i].fill(true);
        }
        start = i;
    }
    fields
}

/// A byline or wire dateline that opens a paragraph ("By Aaron Humes: The Americas ...",
/// "WASHINGTON (AP) — The ..."): a block of its own, so the sentence starts with the story.
/// Each block comes with whether it is a field line and its shape (none for a split-off lead).
fn split_leads(text: &str, blocks: Vec<Block>, fields: &[bool], shapes: Vec<Shape>) -> Vec<(Block, bool, Shape)> {
    let mut split: Vec<(Block, bool, Shape)> = Vec::with_capacity(blocks.len());
    for ((b, &field), s) in blocks.into_iter().zip(fields).zip(shapes) {
        let t = &text[b.range.clone()];
        let lead = if b.kind == Kind::Prose {
            // A source credit opens a paragraph, never a list item ("Term – Description").
            crate::input::furniture::lead_in(t, !s.item && !s.after_br)
                .map(|k| (k, Kind::Dateline))
                .or_else(|| byline_lead(t).map(|k| (k, Kind::Boilerplate)))
        } else {
            None
        };
        match lead {
            Some((k, kind)) if k < t.len() => {
                let head = b.range.start..b.range.start + t[..k].trim_end().len();
                split.push((Block { range: head, kind }, false, Shape::default()));
                split.push((Block { range: b.range.start + k..b.range.end, kind: b.kind }, field, s));
            }
            _ => split.push((b, field, s)),
        }
    }
    split
}

/// A block's final kind: field lines and label lines are headings, captions and code are
/// boilerplate, a dek is a heading, and on a page that punctuates, short unfinished prose (or
/// an unfinished list item of up to 40 words) is a label.
fn final_kind(t: &str, kind: Kind, field: bool, s: &Shape, punctuates: bool) -> Kind {
    let mut kind = kind;
    if kind == Kind::Prose && field {
        kind = Kind::Heading;
    }
    if kind == Kind::Prose && label_line(t) {
        kind = Kind::Heading;
    }
    if (kind == Kind::Prose || kind == Kind::Heading)
        && s.chars > 0
        && (s.caption * 5 >= s.chars * 4 || s.code * 5 >= s.chars * 4)
    {
        kind = Kind::Boilerplate;
    }
    if kind == Kind::Prose && s.dek * 5 >= s.chars * 4 && s.chars > 0 {
        kind = Kind::Heading;
    }
    if kind == Kind::Prose && punctuates && !ends_sentence(t) {
        let n = t.split_whitespace().count();
        if n <= 12 || ((s.item || bulleted(t)) && n <= 40) {
            kind = Kind::Heading;
        }
    }
    kind
}

/// Rebuild the text by the plan: kept blocks joined by a blank line (as the emitter joins
/// them), `Join` blocks by a space onto the block before (their shapes summed), `Drop` blocks
/// left out; every run kept is shifted with its block.
fn compact(
    text: &str,
    blocks: &[Block],
    shapes: &[Shape],
    plan: &[Plan],
    runs: Vec<Run>,
) -> (String, Vec<Block>, Vec<Shape>, Vec<Run>) {
    let shape = |i: usize| shapes.get(i).copied().unwrap_or_default();
    if plan.iter().all(|p| *p == Plan::Keep) {
        return (text.to_string(), blocks.to_vec(), (0..blocks.len()).map(shape).collect(), runs);
    }
    let mut out = String::with_capacity(text.len());
    let mut kept: Vec<Block> = Vec::new();
    let mut kept_shapes: Vec<Shape> = Vec::new();
    let mut new_runs = Vec::with_capacity(runs.len());
    let mut r = 0;
    for (i, b) in blocks.iter().enumerate() {
        // Runs lie inside blocks, in order.
        while r < runs.len() && runs[r].end <= b.range.start {
            r += 1;
        }
        match plan[i] {
            Plan::Drop => {
                while r < runs.len() && runs[r].start < b.range.end {
                    r += 1;
                }
                continue;
            }
            Plan::Join if !kept.is_empty() => out.push(' '),
            _ if !out.is_empty() => out.push_str("\n\n"),
            _ => {}
        }
        let start = out.len();
        out.push_str(&text[b.range.clone()]);
        while r < runs.len() && runs[r].start < b.range.end {
            let mut x = runs[r];
            x.start = x.start - b.range.start + start;
            x.end = x.end - b.range.start + start;
            new_runs.push(x);
            r += 1;
        }
        let s = shape(i);
        match (plan[i], kept.last_mut(), kept_shapes.last_mut()) {
            (Plan::Join, Some(last), Some(ls)) => {
                last.range.end = out.len();
                ls.chars += s.chars;
                ls.link += s.link;
                ls.stamp += s.stamp;
                ls.caption += s.caption;
                ls.code += s.code;
                ls.dek += s.dek;
            }
            _ => {
                kept.push(Block { range: start..out.len(), kind: b.kind });
                kept_shapes.push(s);
            }
        }
    }
    (out, kept, kept_shapes, new_runs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_unfinished_paragraphs_are_labels_not_prose() {
        for label in ["Local news", "Advertisement", "Photo: Reuters", "Most read", "By Mara Lindqvist"] {
            assert!(label_line(label), "{label}");
        }
        for prose in [
            "It rained.",
            "\"We waited two years,\" she said.",
            "Why now?",
            "市议会周二投票决定修建防洪闸。",
            "The council of Saltmere voted on Tuesday to build a barrier",
        ] {
            assert!(!label_line(prose), "{prose}");
        }
    }

    #[test]
    fn bylines_that_open_a_paragraph() {
        let t = "By Aaron Humes: The Americas cannot ignore the risk.";
        assert_eq!(&t[byline_lead(t).unwrap()..], "The Americas cannot ignore the risk.");
        let t = "BY JANE DOE and LI WEI — Storms closed the port.";
        assert_eq!(&t[byline_lead(t).unwrap()..], "Storms closed the port.");
        for t in [
            "By Tuesday: the council had voted.",
            "By the end of the year - the plan failed.",
            "By default, poetry looks for Python.",
            "By Jane Doe",
        ] {
            assert_eq!(byline_lead(t), None, "{t}");
        }
    }

    #[test]
    fn sentence_ends_in_many_scripts() {
        for s in [
            "It rained.",
            "“Why?”",
            "(It did.)",
            "这让人感到巨大压力。",
            "এ ঘটনা ঘটে।",
            "هل هذا صحيح؟",
            "**Done.**",
            "It was signed in 1840.[12][n 3]",
            "He left.[citation needed]",
        ] {
            assert!(ends_sentence(s), "{s}");
        }
        for s in [
            "Posted on April 29, 2022",
            "The tutorial consists of these blocks:",
            "Planter saucer, small dish",
            "Home > News",
            "Aotearoa (Māori)",
            "See the list [1]",
        ] {
            assert!(!ends_sentence(s), "{s}");
        }
    }
}
