//! Sentence boundaries inside one block of text, on top of UAX #29 (`unicode-segmentation`),
//! with the repairs news text needs.
//!
//! UAX #29 proposes boundaries; each is then kept or undone by rules that read a few words on
//! either side (so the whole pass is linear in the text):
//! - abbreviations per language (`data/abbreviations.txt`): titles never end a sentence
//!   ("Mr. Smith"), number abbreviations only stay when a number follows ("No. 3"), the others
//!   end one only before a capitalized function word ("Apple Inc. The company ...");
//! - initials ("J. R. R. Tolkien", "В. В. Путин"), ordinal numbers in the languages that write
//!   them with a period ("am 3. Oktober"), list markers ("1. First item");
//! - a sentence never continues in lower case after a break: `?”` followed by "he said" stays
//!   one sentence, as does "...and then" and French « Pourquoi ? » a-t-il demandé;
//! - closing quotes and brackets that UAX #29 leaves at the start of the next sentence move back
//!   to the one they close; a short parenthesis is not split;
//! - no break without white space between Latin letters ("example.com/?q=1", "Yahoo!Inc");
//! - a line break inside a block (a hard-wrapped paragraph) is not a boundary unless the next
//!   line starts a list item;
//! - CJK full-width 。！？ end sentences, except before a quotative (」と言った, ”他说);
//! - the pre-tokenized style of research corpora ("sunday 's derby . police said ..."),
//!   detected per text: there a period between spaces ends a sentence whatever follows.
//!
//! Every sentence is a byte range into the original text, trimmed of white space.

use super::words;
use std::ops::Range;
use std::sync::OnceLock;

/// The classes of `data/abbreviations.txt` (abbreviations a period does not end, per language;
/// written for this project). Each line there is `LANG CLASS word...` (lower case, inner periods
/// kept, the final period dropped; the class as named below in lower case, `number-suffix`).
/// The file has no comments: it ships in the wasm as written (595 B gzip; DESIGN.md, "Wasm size").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Always followed by a name: never ends a sentence ("Mr. Smith", "Dr. Weber").
    Title,
    /// A title of address ("Mr.", "Dr.", "Frau"): like `Title`, and after another abbreviation
    /// it starts a new sentence ("... at 3 p.m. Ms. Okafor then left.").
    Honorific,
    /// Followed by a number when it is an abbreviation ("No. 3", "Art. 5", "S. 12").
    Number,
    /// A clock abbreviation ("p.m."): ends a sentence before any capitalized word but those of
    /// class `Zone` ("4 p.m. Sunday", "9 a.m. ET", "9:30 a.m. Eastern time").
    Clock,
    /// Usually inside a sentence, but may end one: it ends one only when the next word is a
    /// capitalized function word ("... Apple Inc. The company ...").
    Other,
    /// A month (full or short) that may follow an ordinal number with a period ("am 3.
    /// Oktober"; "le 1. mai" is not French style, but "3. mai" is Norwegian).
    Month,
    /// A word that goes on after a clock abbreviation: weekdays, months, time zones.
    Zone,
    /// A word ending in this is a number abbreviation before a digit ("Hauptstr. 5").
    NumberSuffix,
}

/// (language, class, abbreviation), sorted by abbreviation then language.
fn abbreviations() -> &'static [(&'static str, Class, &'static str)] {
    static TABLE: OnceLock<Vec<(&'static str, Class, &'static str)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut v = Vec::new();
        for line in include_str!("data/abbreviations.txt").lines() {
            let mut parts = line.split_whitespace();
            let (Some(lang), Some(class)) = (parts.next(), parts.next()) else { continue };
            if lang.starts_with('#') {
                continue;
            }
            let class = match class {
                "title" => Class::Title,
                "honorific" => Class::Honorific,
                "number" => Class::Number,
                "clock" => Class::Clock,
                "month" => Class::Month,
                "zone" => Class::Zone,
                "number-suffix" => Class::NumberSuffix,
                _ => Class::Other,
            };
            for w in parts {
                v.push((lang, class, w));
            }
        }
        crate::order::sort_by(&mut v, |a, b| a.2.cmp(b.2).then(a.0.cmp(b.0)));
        v
    })
}

/// Languages whose abbreviations are read in text of every language (English abbreviations
/// appear in news of all of them).
const READ_EVERYWHERE: &[&str] = &["en"];

/// Whether an entry of language `entry` applies to text in `lang` ("und": any language).
fn applies(entry: &str, lang: &str) -> bool {
    entry == lang || lang == "und" || READ_EVERYWHERE.contains(&entry)
}

/// How `word` (lower case) is known in `lang` ("und": any language; plus [`READ_EVERYWHERE`]).
fn lookup(word: &str, lang: &str) -> Option<Class> {
    let t = abbreviations();
    let i = t.partition_point(|x| x.2 < word);
    let found: Vec<Class> =
        t[i..].iter().take_while(|x| x.2 == word).filter(|x| applies(x.0, lang)).map(|x| x.1).collect();
    // The strictest reading wins: title < number < clock < other (a zone word is no
    // abbreviation).
    [Class::Honorific, Class::Title, Class::Number, Class::Clock, Class::Other, Class::Month]
        .into_iter()
        .find(|c| found.contains(c))
}

/// Whether `word` (lower case) ends with a suffix that makes it a number abbreviation in `lang`
/// (German street names: "Hauptstr. 5").
fn number_suffix(word: &str, lang: &str) -> bool {
    abbreviations().iter().any(|x| x.1 == Class::NumberSuffix && applies(x.0, lang) && word.ends_with(x.2))
}

/// Whether `word` (lower case, final period dropped) is a title of address or a rank written
/// before a name ("dr", "sen", "herr"): a name's title, never part of the name.
pub fn is_title_word(word: &str, lang: &str) -> bool {
    matches!(lookup(word, lang), Some(Class::Honorific | Class::Title))
}

/// Whether `word` (lower case, final period dropped) is an abbreviation that a period may
/// follow inside a sentence ("Inc.", "Jr.", "U.S.", "St."), other than a month, a number's or a
/// clock's.
pub fn is_abbreviation(word: &str, lang: &str) -> bool {
    matches!(lookup(word, lang), Some(Class::Honorific | Class::Title | Class::Other))
}

/// Whether `word` (lower case) is of `class` in any language.
fn is_class(word: &str, class: Class) -> bool {
    let t = abbreviations();
    let i = t.partition_point(|x| x.2 < word);
    t[i..].iter().take_while(|x| x.2 == word).any(|x| x.1 == class)
}

/// Languages that write ordinal numbers with a period ("3. Oktober").
const ORDINAL_PERIOD: &[&str] =
    &["de", "da", "no", "nb", "nn", "fi", "hu", "cs", "sk", "pl", "hr", "sl", "sr", "tr", "is", "et", "lv", "lt"];

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '｡' | '‼' | '⁇' | '⁈' | '⁉' | '।' | '؟' | '۔')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』' | '）' | '】' | '〉' | '》' | '〕' | '＂'
    )
}

fn is_cjk_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

/// How sentences are written in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Ordinary prose.
    Prose,
    /// Pre-tokenized research-corpus text: punctuation stands between spaces ("police said .").
    Tokenized,
}

impl Style {
    /// Decide from the text's own punctuation: mostly " . " and " , " rather than ". " and ", ".
    pub fn detect(text: &str) -> Style {
        let mut end = text.len().min(64 * 1024);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let b = &text.as_bytes()[..end];
        let (mut spaced, mut attached) = (0usize, 0usize);
        for i in 1..b.len() {
            if matches!(b[i], b'.' | b',') && b.get(i + 1).is_none_or(|&n| n == b' ' || n == b'\n') {
                let ellipsis = b[i] == b'.' && (i >= 2 && b[i - 2] == b'.' || b.get(i + 2) == Some(&b'.'));
                if ellipsis {
                    // a dot of ". . .": no sign of either style
                } else if b[i - 1] == b' ' {
                    spaced += 1;
                } else if b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'"' || b[i - 1] == b')' {
                    attached += 1;
                }
            } else if b[i] == b'\'' && b[i - 1] == b' ' && b.get(i + 1) == Some(&b's') && b.get(i + 2) == Some(&b' ') {
                spaced += 1; // "sunday 's derby"
            }
        }
        if (spaced >= 3 && spaced > attached * 2) || (spaced >= 2 && attached == 0) {
            Style::Tokenized
        } else {
            Style::Prose
        }
    }
}

/// Sentence splitter for one text: its language and style, decided once.
#[derive(Debug, Clone)]
pub struct Segmenter<'a> {
    text: &'a str,
    lang: String,
    style: Style,
}

impl<'a> Segmenter<'a> {
    /// A segmenter for `text` in `lang` (ISO 639-1, or "und"), detecting the style.
    pub fn new(text: &'a str, lang: &str) -> Segmenter<'a> {
        Segmenter { text, lang: lang.to_ascii_lowercase(), style: Style::detect(text) }
    }

    pub fn with_style(text: &'a str, lang: &str, style: Style) -> Segmenter<'a> {
        Segmenter { text, lang: lang.to_ascii_lowercase(), style }
    }

    pub fn style(&self) -> Style {
        self.style
    }

    /// Sentences of `text[range]` (one block), as trimmed byte ranges into the text.
    pub fn split(&self, range: Range<usize>) -> Vec<Range<usize>> {
        let text = self.text;
        let Some(range) = clamp(text, range) else { return Vec::new() };
        let block = &text[range.clone()];
        // Candidate boundaries (offsets in `block`), ascending, from UAX #29 and the extra
        // rules that add boundaries (tokenized style, ellipsis).
        let mut cands: Vec<(usize, bool)> =
            super::uax29::sentence_breaks(block).into_iter().map(|i| (i, false)).collect();
        let (extra, absorbed) = self.extra_boundaries(block);
        if !absorbed.is_empty() {
            // A closing quote after a spaced period belongs to that sentence: no boundary
            // before it (`over . ' Paul`).
            let mut k = 0;
            cands.retain(|&(p, _)| {
                while k < absorbed.len() && absorbed[k].end <= p {
                    k += 1;
                }
                !(k < absorbed.len() && absorbed[k].contains(&p))
            });
        }
        if !extra.is_empty() {
            cands.extend(extra);
            crate::order::sort(&mut cands);
            cands.dedup_by(|b, a| {
                if a.0 == b.0 {
                    a.1 |= b.1;
                    true
                } else {
                    false
                }
            });
        }
        let mut out: Vec<Range<usize>> = Vec::new();
        let mut start = 0usize;
        let mut depth: i64 = 0; // bracket depth since `start`
        let mut scanned = 0usize;
        for (b, forced) in cands {
            if b <= start {
                continue;
            }
            for c in block[scanned.max(start)..b].chars() {
                match c {
                    '(' | '[' | '（' => depth += 1,
                    ')' | ']' | '）' => depth = (depth - 1).max(0),
                    _ => {}
                }
            }
            scanned = b;
            match self.decide(block, start, b, forced, depth) {
                Decision::Join => {}
                Decision::Break(at) => {
                    if at > start && at < block.len() {
                        out.push(start..at);
                        start = at;
                        depth = 0;
                        scanned = at;
                    }
                }
            }
        }
        out.push(start..block.len());
        out.into_iter().filter_map(|r| trim(text, range.start + r.start..range.start + r.end)).collect()
    }

    /// Boundaries UAX #29 does not propose: after a spaced period in tokenized text, and after
    /// an ellipsis character followed by a capital. Each is (offset, forced); the second list
    /// holds the closing quote tokens a tokenized period took into its sentence.
    fn extra_boundaries(&self, block: &str) -> (Vec<(usize, bool)>, Vec<Range<usize>>) {
        let mut out = Vec::new();
        let mut absorbed: Vec<Range<usize>> = Vec::new();
        if self.style == Style::Tokenized {
            spaced_stops(block, &mut out, &mut absorbed);
        }
        stops_before_digits_and_capitals(block, &mut out);
        stops_before_notes(block, &mut out);
        for (i, _) in block.match_indices('…') {
            let after = &block[i + '…'.len_utf8()..];
            let t = after.trim_start();
            if t.len() < after.len() && t.chars().next().is_some_and(|c| c.is_uppercase()) {
                out.push((i + '…'.len_utf8(), false));
            }
        }
        (out, absorbed)
    }

    /// Keep or undo the boundary UAX #29 (or `extra_boundaries`) proposes at `b` in `block`,
    /// the sentence so far starting at `start`: read the marks on its left, then the word on
    /// its right.
    fn decide(&self, block: &str, start: usize, b: usize, forced: bool, depth: i64) -> Decision {
        let Some((at, right)) = closers_to_left(block, start, b) else { return Decision::Join };
        let left = block[start..at].trim_end();
        let left_end = start + left.len();
        let right_start = block.len() - right.len();
        // Last significant character before any closers.
        let core = left.trim_end_matches(|c: char| is_closer(c) || c.is_whitespace());
        let Some(last) = core.chars().next_back() else { return Decision::Break(at) };
        let edge = Edge {
            block,
            lang: self.lang.as_str(),
            at,
            left,
            core,
            last,
            right,
            first: right.chars().next().unwrap_or(' '),
            next_word: first_word(right),
            had_space: right_start > left_end || block[start..b].ends_with(char::is_whitespace),
            newline_between: block[left_end..right_start].contains('\n'),
        };
        if let Some(d) = edge.layout(forced).or_else(|| edge.after_mark(depth)) {
            return d;
        }
        edge.after_period()
    }
}

/// Where a boundary proposed at `b` really falls, and the text on its right: a closing quote or
/// bracket after white space belongs to the left ("Pourquoi ? »"). None when either side is
/// empty (no boundary).
fn closers_to_left(block: &str, start: usize, b: usize) -> Option<(usize, &str)> {
    let left_full = &block[start..b];
    let left = left_full.trim_end();
    if left.is_empty() {
        return None;
    }
    let gap = &left_full[left.len()..];
    let rest = &block[b..];
    let right = rest.trim_start();
    if right.is_empty() {
        return None;
    }
    if gap.is_empty() && rest.len() == right.len() {
        return Some((b, right));
    }
    let mut lead: usize = right
        .chars()
        .take_while(|&c| matches!(c, '»' | '”' | '’' | ')' | ']' | '」' | '』' | '）'))
        .map(char::len_utf8)
        .sum();
    // A straight quote between spaces closes when the sentence has an odd number of them.
    if lead == 0 && right.starts_with('"') && right[1..].starts_with(char::is_whitespace) {
        let mut from = start.max(b.saturating_sub(2000));
        while !block.is_char_boundary(from) {
            from += 1;
        }
        if block[from..b].matches('"').count() % 2 == 1 {
            lead = 1;
        }
    }
    if lead > 0 && !right[lead..].starts_with(|c: char| c.is_alphanumeric()) {
        let lead_ws = rest.len() - right.len();
        let at = b + lead_ws + lead;
        let right = block[at..].trim_start();
        return if right.is_empty() { None } else { Some((at, right)) };
    }
    Some((b, right))
}

/// Tokenized text: a period (or ? !) between spaces ends a sentence, and a closing quote token
/// after it belongs to that sentence (its range goes to `absorbed`).
fn spaced_stops(block: &str, out: &mut Vec<(usize, bool)>, absorbed: &mut Vec<Range<usize>>) {
    let b = block.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !(matches!(b[i], b'.' | b'?' | b'!') && i > 0 && b[i - 1] == b' ') {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < b.len() && matches!(b[j], b'.' | b'?' | b'!') {
            j += 1;
        }
        // A dot of a spaced ellipsis (". . .") is no sentence end by itself.
        if b[i] == b'.' && (b.get(j + 1) == Some(&b'.') && b.get(j) == Some(&b' ') || i >= 2 && b[i - 2] == b'.') {
            i = j;
            continue;
        }
        if j == b.len() || b[j] == b' ' || b[j] == b'\n' {
            // A closing quote token after the period belongs to this sentence.
            let rest = &block[j..];
            let t = rest.trim_start_matches(' ');
            let skip = ["''", "”", "’", "\"", "'"]
                .iter()
                .find(|q| t.starts_with(**q) && (t.len() == q.len() || t[q.len()..].starts_with([' ', '\n'])))
                .map(|q| q.len());
            let at = match skip {
                Some(n) => j + (rest.len() - t.len()) + n,
                None => j,
            };
            if at > j {
                absorbed.push(j..at);
            }
            out.push((at, true));
        }
        i = j;
    }
}

/// UAX #29 (rule SB8) runs a sentence on when the next letter is lower case even past digits
/// and quotes: ". \"2004 reinforces" and ". 25 workers" need proposing.
fn stops_before_digits_and_capitals(block: &str, out: &mut Vec<(usize, bool)>) {
    let b = block.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !matches!(b[i], b'.' | b'?' | b'!') {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < b.len() && matches!(b[j], b'"' | b'\'' | b')') {
            j += 1;
        }
        let ws = j;
        while j < b.len() && matches!(b[j], b' ' | b'\t') {
            j += 1;
        }
        if j > ws {
            let mut k = j;
            while k < b.len() && matches!(b[k], b'"' | b'\'' | b'(' | 0xE2) {
                // 0xE2: the first byte of a typographic quote
                k += if b[k] == 0xE2 { 3 } else { 1 };
            }
            if k < b.len() && (b[k].is_ascii_digit() || k > j && b[k].is_ascii_uppercase()) && block.is_char_boundary(j)
            {
                out.push((j, false));
            }
        }
        i = j.max(i + 1);
    }
}

/// A note mark after a sentence's stop ("fell.[3] Wages", "rose.[4][5] Rents"): UAX #29 sees
/// no end after the bracket.
fn stops_before_notes(block: &str, out: &mut Vec<(usize, bool)>) {
    for (i, _) in block.match_indices(".[") {
        let mut j = i + 1;
        while block[j..].starts_with('[') {
            match block[j..].find(']') {
                Some(k) if k <= 12 => j += k + 1,
                _ => break,
            }
        }
        let t = block[j..].trim_start();
        if j > i + 1 && t.len() < block.len() - j && t.starts_with(char::is_uppercase) {
            out.push((j, true));
        }
    }
}

/// Both sides of a proposed boundary, as `Segmenter::decide` reads them.
struct Edge<'a> {
    block: &'a str,
    lang: &'a str,
    /// Where the boundary falls (after any closers moved to the left).
    at: usize,
    /// The sentence so far, trimmed.
    left: &'a str,
    /// `left` without its closing quotes and brackets.
    core: &'a str,
    /// The last character of `core`.
    last: char,
    /// The text after the boundary, trimmed at the start (never empty).
    right: &'a str,
    first: char,
    next_word: &'a str,
    had_space: bool,
    newline_between: bool,
}

impl Edge<'_> {
    /// A capitalized function word opens the right side.
    fn cap_stop(&self) -> bool {
        self.first.is_uppercase()
            && (words::is_stop_in(&words::fold(self.next_word), self.lang)
                || (self.lang == "und" && words::is_stop_any(&words::fold(self.next_word))))
    }

    /// The layout decides: brackets, line breaks, a forced or non-punctuation boundary, no
    /// space after a Latin mark, a list marker alone.
    fn layout(&self, forced: bool) -> Option<Decision> {
        let (left, last, first, at) = (self.left, self.last, self.first, self.at);
        // Never right after an opening bracket ("fell.[" | "3] Wages").
        if left.ends_with(['(', '[', '{']) {
            return Some(Decision::Join);
        }
        // A line break inside a block: a list item starts, or the paragraph is hard-wrapped.
        if self.newline_between && !is_terminal(last) {
            return Some(if starts_list_item(self.right) { Decision::Break(at) } else { Decision::Join });
        }
        if forced {
            return Some(Decision::Break(at));
        }
        if !is_terminal(last) {
            // UAX #29 broke for a reason of its own (a paragraph separator): keep it.
            return Some(Decision::Break(at));
        }
        // No space between a Latin mark and a letter: URL, e-mail, brand ("Yahoo!Inc").
        if !self.had_space && last.is_ascii() && first.is_alphanumeric() && !is_cjk(first) {
            return Some(Decision::Join);
        }
        // A list marker alone ("1.", "a)") is not a sentence.
        if is_list_marker(left.trim_start()) {
            return Some(Decision::Join);
        }
        None
    }

    /// The mark decides: lower case next, CJK stops and quotatives, a short parenthesis,
    /// ellipses, and any end but a bare period. None for a bare period.
    fn after_mark(&self, depth: i64) -> Option<Decision> {
        let (left, core, last, right, first, at) = (self.left, self.core, self.last, self.right, self.first, self.at);
        if first.is_lowercase() {
            return Some(Decision::Join);
        }
        // Quotatives after CJK quotes: 「…？」と述べた, “…？”他说。
        if is_cjk_terminal(last) {
            if right.starts_with(['と', 'っ']) && core.len() < left.len() {
                return Some(Decision::Join);
            }
            if core.len() < left.len() && quotative_zh(right) {
                return Some(Decision::Join);
            }
            return Some(Decision::Break(at));
        }
        // Short parenthesis: "(see Fig. 3 below. Ed.)" stays whole.
        if depth > 0 {
            let ahead: String = right.chars().take(60).collect();
            if let Some(close) = ahead.find([')', ']', '）']) {
                if !ahead[..close].contains(". ") {
                    return Some(Decision::Join);
                }
            }
        }
        if last == '…' && core.len() == left.len() {
            return Some(if self.cap_stop() { Decision::Break(at) } else { Decision::Join });
        }
        // Inside a spaced ellipsis (". . ."): no boundary between its dots.
        if last == '.' && right.starts_with('.') && core.len() == left.len() {
            return Some(Decision::Join);
        }
        // After an ellipsis ("...", ". . ."): a new sentence when a function word starts the
        // next one, an omission inside one otherwise ("I'm A Celebrity ... Get Me Out"); with
        // a fourth dot (a period and an ellipsis), before any capital.
        let dots = ellipsis_dots(core);
        if dots >= 2 && core.len() == left.len() {
            return Some(if self.cap_stop() || !first.is_alphanumeric() || dots >= 4 && first.is_uppercase() {
                Decision::Break(at)
            } else {
                Decision::Join
            });
        }
        if last != '.' || core.len() < left.len() {
            return Some(Decision::Break(at)); // ? ! … and closed quotes end the sentence
        }
        None
    }

    /// A bare period: the word before it decides (an ordinal, an abbreviation, initials).
    fn after_period(&self) -> Decision {
        let (block, core, first, next_word, at) = (self.block, self.core, self.first, self.next_word, self.at);
        let word = last_word(core);
        // Where the word before the period starts in `block`.
        let word_at = word.as_ptr() as usize - block.as_ptr() as usize;
        // Ordinal number: "am 3. Oktober", "den 5. mai"; a marker of an inline list ("aims:
        // 1. Cut costs 2. Raise revenue").
        if !word.is_empty() && word.len() <= 3 && word.bytes().all(|c| c.is_ascii_digit()) {
            let month = is_class(&words::fold(next_word), Class::Month);
            if month || ORDINAL_PERIOD.contains(&self.lang) && !self.cap_stop() || in_list(block, word_at, word) {
                return Decision::Join;
            }
            return Decision::Break(at);
        }
        // A title of address after an abbreviation opens a new sentence: "... at 3 p.m. Ms.
        // Okafor", "... by Acme Corp. Mr. Ruiz".
        let honorific_next =
            first.is_uppercase() && lookup(&words::fold(next_word), self.lang) == Some(Class::Honorific);
        if let Some(d) = self.abbreviation(word, honorific_next) {
            return d;
        }
        // Initials: "J. R. R. Tolkien", "U.S", "Ph.D".
        let before = core[..core.len() - 1 - word.len()].chars().next_back();
        let free =
            before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '"' | '\'' | '“' | '‘' | '«' | '[' | '-'));
        let single = free && word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        let dotted = free && word.contains('.') && word.split('.').all(|p| p.chars().count() == 1);
        // next_word is a sub-slice of right: where it ends there.
        let nw_end = next_word.as_ptr() as usize - self.right.as_ptr() as usize + next_word.len();
        let another_initial = next_word.chars().count() == 1 && self.right[nw_end..].starts_with('.');
        if single && in_list(block, word_at, word) {
            return Decision::Join; // "Options: A. Keep the depot B. Sell it"
        }
        if (single || dotted) && (!self.cap_stop() && !honorific_next || another_initial) && first.is_alphabetic() {
            return Decision::Join;
        }
        Decision::Break(at)
    }

    /// The word before a bare period is an abbreviation of `data/abbreviations.txt`: its class
    /// decides. None when it is none.
    fn abbreviation(&self, word: &str, honorific_next: bool) -> Option<Decision> {
        let (first, at) = (self.first, self.at);
        let lower = crate::text::lower::lower(word);
        let digit_next = first.is_ascii_digit();
        // Street names: "Hauptstr. 5".
        let class = lookup(&lower, self.lang)
            .or_else(|| (digit_next && number_suffix(&lower, self.lang)).then_some(Class::Number));
        match class {
            Some(Class::Title | Class::Honorific) => Some(Decision::Join),
            Some(Class::Number) => Some(if digit_next { Decision::Join } else { Decision::Break(at) }),
            // "4 p.m. Sunday", "9 a.m. ET" go on; "8 p.m. Officials began" does not.
            Some(Class::Clock) => {
                let zone = is_class(&words::fold(self.next_word), Class::Zone);
                Some(if first.is_uppercase() && !zone || !first.is_alphanumeric() {
                    Decision::Break(at)
                } else {
                    Decision::Join
                })
            }
            Some(Class::Other | Class::Month | Class::Zone) => {
                Some(if self.cap_stop() || honorific_next || !first.is_alphanumeric() {
                    Decision::Break(at)
                } else {
                    Decision::Join
                })
            }
            // (`lookup` never gives a suffix class: those match by ending, `number_suffix`.)
            Some(Class::NumberSuffix) | None => None,
        }
    }
}

enum Decision {
    Join,
    Break(usize),
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xAC00..=0xD7AF | 0x3000..=0x303F | 0xFF00..=0xFFEF)
}

/// "他说。", "她表示，" right after a closing quote: the quote's speaker, same sentence.
fn quotative_zh(right: &str) -> bool {
    let clause: String =
        right.chars().take_while(|c| !matches!(c, '，' | '。' | '！' | '？' | ',' | '\n')).take(12).collect();
    let n = clause.chars().count();
    n <= 10 && ["说", "道", "问", "称", "表示", "指出", "回答", "强调"].iter().any(|v| clause.ends_with(v))
}

/// The first word of `s` (letters and digits), at most 64 bytes looked at.
fn first_word(s: &str) -> &str {
    let s = s.trim_start_matches(|c: char| !c.is_alphanumeric() && !c.is_whitespace());
    let end = s
        .char_indices()
        .take(64)
        .find(|&(_, c)| !c.is_alphanumeric())
        .map(|x| x.0)
        .unwrap_or_else(|| s.char_indices().nth(64).map(|x| x.0).unwrap_or(s.len()));
    &s[..end]
}

/// The word just before the final period of `s` (its letters and inner periods), at most 48
/// bytes back, so the scan stays linear on a megabyte of periods.
fn last_word(s: &str) -> &str {
    let t = s.strip_suffix('.').unwrap_or(s);
    let mut start = t.len();
    for (i, c) in t.char_indices().rev() {
        if !(c.is_alphanumeric() || c == '.' || c == '-' && t[..i].ends_with(|d: char| d.is_alphabetic()))
            || t.len() - i > 48
        {
            break;
        }
        start = i;
    }
    let w = &t[start..];
    // "г-н" keeps its hyphen; "co-founder." is "founder" for the table's purposes.
    if w.contains('-') && lookup(&crate::text::lower::lower(w), "und").is_none() {
        return &w[w.rfind('-').map(|i| i + 1).unwrap_or(0)..];
    }
    w
}

/// Dots of the ellipsis `s` ends with ("...", ". . .", ". . . ."); 1 for a lone period.
fn ellipsis_dots(s: &str) -> usize {
    let b = s.as_bytes();
    let (mut i, mut dots) = (b.len(), 0);
    while i > 0 && b[i - 1] == b'.' {
        dots += 1;
        i -= 1;
        if i >= 2 && b[i - 1] == b' ' && b[i - 2] == b'.' {
            i -= 1;
        }
    }
    dots
}

/// Whether the marker `word` ("2", "B") at `at` in `block`, followed by a period, is an item of
/// an inline list: the markers before it in the sequence ("1." ... or "A." ...) stand before it
/// in order, each at most 300 bytes before the next, or, for the first, the second follows
/// within 300 bytes; every marker after white space, ':' or '(' and before a space.
fn in_list(block: &str, at: usize, word: &str) -> bool {
    let (first, n) = match word.parse::<u32>() {
        Ok(n) => ('1' as u32, n),
        Err(_) => {
            let c = word.chars().next().map_or(0, |c| c as u32);
            let a = if c >= 'a' as u32 { 'a' as u32 } else { 'A' as u32 };
            (a, c.wrapping_sub(a).wrapping_add(1))
        }
    };
    if !(1..=20).contains(&n) {
        return false;
    }
    let marker = |k: u32| {
        if word.parse::<u32>().is_ok() {
            k.to_string()
        } else {
            char::from_u32(first + k - 1).map(String::from).unwrap_or_default()
        }
    };
    let free = |i: usize, m: &str| {
        (i == 0 || block[..i].ends_with([' ', '\n', '\t', ':', '('])) && block[i + m.len()..].starts_with(". ")
    };
    let window = |p: usize, forward: bool| {
        let (mut lo, mut hi) = if forward { (p, (p + 300).min(block.len())) } else { (p.saturating_sub(300), p) };
        while !block.is_char_boundary(lo) {
            lo += 1;
        }
        while !block.is_char_boundary(hi) {
            hi -= 1;
        }
        (lo, hi)
    };
    if n == 1 {
        let m = marker(2);
        let (lo, hi) = window(at + 1, true);
        return lo < hi && block[lo..hi].match_indices(m.as_str()).any(|(i, _)| free(lo + i, &m));
    }
    let mut pos = at;
    for k in (1..n).rev() {
        let m = marker(k);
        let (lo, hi) = window(pos, false);
        match block[lo..hi].rmatch_indices(m.as_str()).find(|&(i, _)| free(lo + i, &m)) {
            Some((i, _)) => pos = lo + i,
            None => return false,
        }
    }
    true
}

/// "1.", "12)", "a)", "iv.", "•" alone.
fn is_list_marker(s: &str) -> bool {
    let body = s.trim_end_matches(['.', ')']);
    if body.len() == s.len() || body.is_empty() {
        return false;
    }
    if body.len() > 4 {
        return false;
    }
    (body.len() <= 3 && body.bytes().all(|c| c.is_ascii_digit()))
        || (body.chars().count() == 1 && body.chars().all(char::is_alphabetic)) && s.ends_with(')')
}

/// A line that starts a list item: a bullet, or a number or letter with "." or ")".
fn starts_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('-' | '*' | '•' | '–' | '—' | '·' | '▪' | '◦' | '‣' | '►' | '✓' | '●') => return true,
        Some(c) if c.is_ascii_digit() => {
            let marker: String = line.chars().take_while(char::is_ascii_digit).collect();
            let after = &line[marker.len()..];
            return marker.len() <= 3 && (after.starts_with(". ") || after.starts_with(") "));
        }
        Some(c) if c.is_alphabetic() => return chars.next() == Some(')'),
        _ => {}
    }
    false
}

/// The range cut to the text, its start moved forward and its end back to character
/// boundaries (start may pass end when both fell inside one character).
pub(crate) fn char_bounds(text: &str, r: Range<usize>) -> (usize, usize) {
    let mut s = r.start.min(text.len());
    let mut e = r.end.min(text.len());
    while !text.is_char_boundary(s) {
        s += 1;
    }
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    (s, e)
}

/// The range cut to the text and to character boundaries; None when nothing is left.
fn clamp(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let (s, e) = char_bounds(text, r);
    (s < e).then_some(s..e)
}

/// Split `text[range]` into sentence byte ranges, trimmed of surrounding whitespace, with the
/// style detected on the range and language-independent abbreviation knowledge. Prefer
/// [`Segmenter`] when the language is known.
pub fn split(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let Some(r) = clamp(text, range) else { return Vec::new() };
    let style = Style::detect(&text[r.clone()]);
    Segmenter::with_style(text, "und", style).split(r)
}

/// Shrink a range to exclude leading and trailing whitespace; None when nothing is left.
pub fn trim(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if t.is_empty() {
        None
    } else {
        Some(r.start + lead..r.start + lead + t.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        split(t, 0..t.len()).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            sents("Mr. Smith met U.S. officials at 4 p.m. on Sunday. They agreed."),
            ["Mr. Smith met U.S. officials at 4 p.m. on Sunday.", "They agreed."]
        );
        assert_eq!(sents("J. R. R. Tolkien wrote it. It sold well."), ["J. R. R. Tolkien wrote it.", "It sold well."]);
        assert_eq!(sents("Growth was 3.5% in May. Prices fell."), ["Growth was 3.5% in May.", "Prices fell."]);
    }

    #[test]
    fn offsets_are_exact() {
        let t = "  Hello there.  Next one!  ";
        let r = split(t, 0..t.len());
        assert_eq!(&t[r[0].clone()], "Hello there.");
        assert_eq!(&t[r[1].clone()], "Next one!");
    }

    #[test]
    fn tokenized_style_is_detected() {
        let t = "the man , 34 , scored on sunday 's derby . police said he left . it was late .";
        assert_eq!(Style::detect(t), Style::Tokenized);
        assert_eq!(sents(t), ["the man , 34 , scored on sunday 's derby .", "police said he left .", "it was late ."]);
        assert_eq!(Style::detect("The man, 34, scored. Police said he left."), Style::Prose);
    }
}
