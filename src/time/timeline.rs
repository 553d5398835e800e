//! The timeline: one entry per distinct calendar value (DATE and TIME values on the calendar,
//! and durations anchored to one: "in two or three days" after a dated statement), ordered by
//! start then granularity (coarse first), each labelled with the event clause around its first
//! mention in prose. Not on it: sets, `*_REF` values, values with unknown parts (XXXX-09-27),
//! dates said only in a date line (the publication header is not a mention), and dates said
//! only in furniture (a caption, a heading, a reference entry, a line that is only a date) —
//! except the publication date, labelled by the title. A heading that is only a date or time
//! (a live blog's "10:32 AM") dates the section under it: its entry is labelled by the
//! section's first sentence.

use super::calendar::Date;
use super::locale::{en::EN, listed, Locale};
use super::value::{Granularity, Reference};
use crate::analysis::{Kind, Sentence, TimelineEntry, Timex, TimexType};
use crate::text::tense::{clause_at, tense_at, Tense};
use std::ops::Range;

/// Start day (days since epoch) and granularity of a calendar value, or None when the value is
/// not on the calendar (XXXX-09-27, PRESENT_REF, a duration).
pub fn placement(value: &str) -> Option<(i64, Granularity)> {
    let b = value.as_bytes();
    let digits = |r: Range<usize>| {
        value
            .get(r)
            .filter(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
            .and_then(|p| p.parse::<i64>().ok())
    };
    if b.iter().all(|c| c.is_ascii_digit()) {
        let v = digits(0..b.len())? as i32;
        return match b.len() {
            1 => Some((Date::new(v * 1000, 1, 1)?.days(), Granularity::Millennium)),
            2 => Some((Date::new(v * 100, 1, 1)?.days(), Granularity::Century)),
            3 => Some((Date::new(v * 10, 1, 1)?.days(), Granularity::Decade)),
            4 => Some((Date::new(v, 1, 1)?.days(), Granularity::Year)),
            _ => None,
        };
    }
    let year = digits(0..4)? as i32;
    if b.get(4) != Some(&b'-') {
        return None;
    }
    let rest = &value[5..];
    match rest.as_bytes().first()? {
        b'W' if rest == "WI" => Some((Date::new(year, 12, 1)?.days(), Granularity::Season)),
        b'W' => {
            let w = digits(6..8)?;
            let jan4 = Date::new(year, 1, 4)?;
            let monday = jan4.add_days(1 - jan4.weekday() as i64 + 7 * (w - 1));
            if rest.len() == 3 {
                return Some((monday.days(), Granularity::Week));
            }
            if &rest[3..] == "-WE" {
                return Some((monday.days() + 5, Granularity::Weekend));
            }
            None
        }
        b'Q' => {
            let q = digits(6..7)? as u32;
            Some((Date::new(year, (q - 1) * 3 + 1, 1)?.days(), Granularity::Quarter)).filter(|_| rest.len() == 2)
        }
        b'H' => {
            let h = digits(6..7)? as u32;
            Some((Date::new(year, (h - 1) * 6 + 1, 1)?.days(), Granularity::Half)).filter(|_| rest.len() == 2)
        }
        b'S' | b'F' => {
            let m = match rest {
                "SP" => 3,
                "SU" => 6,
                "FA" => 9,
                _ => return None,
            };
            Some((Date::new(year, m, 1)?.days(), Granularity::Season))
        }
        _ => {
            let month = digits(5..7)? as u32;
            if b.len() == 7 {
                return Some((Date::new(year, month, 1)?.days(), Granularity::Month));
            }
            let day = digits(8..10)? as u32;
            let d = Date::new(year, month, day)?;
            if b.len() == 10 {
                return Some((d.days(), Granularity::Day));
            }
            let time = value.get(11..)?;
            if b.get(10) != Some(&b'T') {
                return None;
            }
            if matches!(time, "MO" | "AF" | "EV" | "NI" | "DT") {
                return Some((d.days(), Granularity::PartOfDay));
            }
            if time.len() == 2 && digits(11..13).is_some() {
                return Some((d.days(), Granularity::Hour));
            }
            if time.len() == 5 && digits(11..13).is_some() && digits(14..16).is_some() {
                return Some((d.days(), Granularity::Minute));
            }
            None
        }
    }
}

/// The shortest length in days of a value at each granularity (coarse to fine), so that
/// `start + SPAN[g]` is on or before the day after it ends.
const SPAN: [i64; 14] = [365_000, 36_500, 3_652, 365, 181, 90, 90, 28, 7, 2, 1, 1, 1, 1];

/// Position inside a day for ordering times: parts of day and clock times.
fn within_day(value: &str) -> u32 {
    match value.get(11..) {
        Some("MO") => 6 * 60,
        Some("AF") => 13 * 60,
        Some("EV") => 18 * 60,
        Some("NI") => 21 * 60,
        Some(t) if t.len() >= 2 => {
            let h: u32 = t[..2].parse().unwrap_or(0);
            let m: u32 = t.get(3..5).and_then(|m| m.parse().ok()).unwrap_or(0);
            h * 60 + m
        }
        _ => 0,
    }
}

/// Reporting verbs that end a label's attribution (", officials said"), in the dated languages.
const ATTRIBUTION: &str = "said says told added reported announced sagte erklärte dijo afirmó";

/// The longest label in characters: a reader scans a line, not a paragraph.
const LABEL_CHARS: usize = 140;

/// The event clause for a timex, trimmed to its essentials: the whole sentence when it fits on
/// a line and dates nothing else (`alone`; a clause cut from a short sentence loses its
/// subject: "Used it to fill the goblet"), else the clause around the expression (crate::text::tense::clause_at) with the
/// sentence's opening when both fit; without a trailing attribution (", officials said"),
/// leading conjunctions and quotes; at most 140 characters, cut at words after the expression
/// (its opening kept while the expression fits), else before it.
#[inline(never)]
pub fn label(text: &str, sentence: Range<usize>, timex: Range<usize>, lang: &str, alone: bool) -> String {
    let clause = unbroken_clause(text, sentence.clone(), timex.start, lang);
    // (where it would stop at its first aside: a head that fits)
    let stop =
        text[timex.end.min(clause.end)..clause.end].find(" (").map_or(clause.end, |k| timex.end.min(clause.end) + k);
    let whole = text.get(sentence.clone()).unwrap_or("").trim();
    let mut c = text.get(clause.clone()).unwrap_or("").trim();
    let mut cut = true;
    // A clause that is little more than the date ("On December 16, 2010,"): the sentence says
    // what happened.
    let dated =
        text.get(timex.start.max(clause.start)..timex.end.min(clause.end)).map_or(0, |d| d.split_whitespace().count());
    if c.split_whitespace().count() < 4
        || c.split_whitespace().count() < dated + 3
        || alone && whole.chars().count() <= LABEL_CHARS
    {
        c = whole;
        cut = false;
    } else if let Some(head) = [clause.end, stop]
        .into_iter()
        .filter_map(|end| text.get(sentence.start..end).map(str::trim))
        .find(|h| alone && h.chars().count() <= LABEL_CHARS)
    {
        // the sentence up to the clause's end: its subject and the event
        c = head;
        cut = false;
    }
    // ", officials said." / ", he added" at the end
    if let Some(k) = c.rfind(", ") {
        let tail = &c[k + 2..];
        let words: Vec<&str> = tail.split_whitespace().collect();
        let dated_tail = text.get(timex.clone()).is_some_and(|d| !d.is_empty() && tail.contains(d));
        if words.len() <= 5
            && !dated_tail
            && words.iter().any(|w| listed(ATTRIBUTION, w.trim_end_matches(['.', '"', '\'', '”'])))
            && k > 0
        {
            c = &c[..k];
        }
    }
    let c = c.trim_matches(|ch: char| {
        ch.is_whitespace() || matches!(ch, '"' | '“' | '”' | '\'' | '«' | '»' | '-' | '—' | ',' | ';' | ':')
    });
    let mut words: Vec<&str> = c.split_whitespace().collect();
    // a clause cut from inside its sentence: its conjunction ("and", "when demand reached ...")
    // leaves
    let inside = cut && clause.start > sentence.start + 1;
    // (the subordinator only when the expression is in its clause: not "when it reported the
    // results, the airline was upbeat about 2005")
    let at = text.get(timex.start..timex.end.min(text.len())).filter(|d| !d.is_empty());
    let subordinate = !text.get(clause.start..timex.start).is_none_or(|h| h.contains(','));
    while words.len() > 3 && {
        let w = crate::text::lower::lower(words[0]);
        // (and marks that open it: "_ An American", ".- Nicaragua")
        listed(CONJUNCTIONS, &w)
            || inside && subordinate && listed(SUBORDINATORS, &w)
            || !w.chars().any(char::is_alphanumeric)
    } {
        words.remove(0);
    }

    // the words around the expression, 140 characters at most
    let before = at
        .and_then(|d| c.find(d))
        .map(|p| c[..p].split_whitespace().count())
        .unwrap_or(0)
        .min(words.len().saturating_sub(1));
    let (mut from, mut to) = (0, words.len());
    let chars = |a: usize, b: usize| {
        words[a..b].iter().map(|w| w.chars().count() + 1).sum::<usize>()
            + 2 * (a > 0) as usize
            + 2 * (b < words.len()) as usize
    };
    // the expression's last word, and two after it for what it dates
    let keep = (before + at.map_or(1, |d| d.split_whitespace().count()) + 2).min(words.len());
    while to - from > 1 && chars(from, to) > LABEL_CHARS + 1 {
        // drop the end while the expression stays (the opening carries the subject: a label
        // starting with "…" reads as a fragment), else the opening
        if to > keep {
            to -= 1;
        } else {
            from += 1;
        }
    }
    let mut out = words[from..to].join(" ");
    if to < words.len() {
        out.push_str(" …");
    }
    if from > 0 {
        out = format!("… {out}");
    }
    // a citation mark after the stop ("... a Common Welsh Green dragon.[7]")
    while out.ends_with(']') {
        match out.rfind('[') {
            Some(k) if out[k + 1..out.len() - 1].chars().all(|c| c.is_ascii_alphanumeric()) && k > 0 => out.truncate(k),
            _ => break,
        }
    }
    while out.ends_with(['.', '!', '?', ';', ':', ',']) {
        out.pop();
    }
    if let Some(first) = out.chars().next() {
        if first.is_lowercase() {
            let mut upper = String::with_capacity(out.len() + 2);
            crate::text::upper::push_upper(first, &mut upper);
            upper.push_str(&out[first.len_utf8()..]);
            out = upper;
        }
    }
    out
}

/// Words that open a clause joined to the one before it, dropped from a label's start.
const CONJUNCTIONS: &str = "and but so und aber et mais y pero";

/// Subordinating words that leave a clause cut from inside a sentence reading as a statement
/// once dropped ("… when demand reached 50,270 megawatts": "Demand reached ..."), in the
/// languages where the clause keeps its order (not German's verb-final "als", "weil").
const SUBORDINATORS: &str = "when though although while whilst whereas because quand lorsque cuando aunque porque";

/// The clause around `at` (`clause_at`) read past asides in parentheses between words: "U.S.
/// Customs (CBP) Air and Marine Operations (AMO) found Sunday 475 pounds (215.5 kilos) of
/// cocaine" is one clause, not "found Sunday 475 pounds". Not past a credit or an enumerator
/// that opens a clause ("(EFE).- ", "(1) those", "BAGHDAD (AP)_ An"), an aside a comma follows,
/// or the parentheses around `at`.
fn unbroken_clause(text: &str, sentence: Range<usize>, at: usize, lang: &str) -> Range<usize> {
    // (within `tense::window` of `at`, as `clause_at` reads it: bounded work per label)
    let w = crate::text::tense::window(text, sentence, at);
    let mut b = text.as_bytes()[w.clone()].to_vec();
    let word = |c: Option<&u8>| c.is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80);
    let rel = at.saturating_sub(w.start);
    let (mut open, mut depth) = (0, 0);
    for i in 0..b.len() {
        if b[i] == b'(' {
            open = if depth == 0 { i } else { open };
            depth += 1;
        } else if b[i] == b')' && depth > 0 {
            depth -= 1;
            let between = open >= 2 && b[open - 1] == b' ' && word(b.get(open - 2));
            if depth == 0 && between && b.get(i + 1) == Some(&b' ') && word(b.get(i + 2)) && !(open..=i).contains(&rel)
            {
                b[open..=i].fill(b' ');
            }
        }
    }
    let masked = String::from_utf8(b).unwrap_or_default();
    let c = clause_at(&masked, 0..masked.len(), rel.min(masked.len()), lang);
    w.start + c.start..w.start + c.end
}

/// "in two or three days" after a dated statement (`Locale::in_words`: the words for "in"):
/// the duration's first count from the anchor.
fn anchored(t: &Timex, text: &str, anchor: Option<Date>, loc: &Locale) -> Option<String> {
    let before = text[..t.start].trim_end();
    let raw = before.rsplit(|c: char| !c.is_alphabetic()).next()?;
    let prev = crate::text::lower::lower(raw);
    if !loc.in_words.contains(&prev.as_str()) {
        return None;
    }
    // "once or twice in a month": how often
    let ahead = before[..before.len() - raw.len()].trim_end();
    if ahead
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| listed(loc.frequency_words, &crate::text::lower::lower(w)))
    {
        return None;
    }
    let v = t.value.strip_prefix('P')?;
    if v.starts_with('T') {
        return None;
    }
    let unit = v.chars().last()?;
    let n: i64 = v[..v.len() - 1].parse().ok()?;
    let a = anchor?;
    let d = match unit {
        'D' => a.add_days(n),
        'W' => a.add_days(7 * n),
        'M' => {
            let x = a.add_months(n as i32);
            return Some(format!("{:04}-{:02}", x.year, x.month));
        }
        'Y' => return Some(format!("{:04}", a.year + n as i32)),
        _ => return None,
    };
    Some(d.to_string())
}

fn specificity(g: Granularity) -> f64 {
    match g {
        Granularity::Millennium | Granularity::Century => 0.1,
        Granularity::Decade => 0.2,
        Granularity::Year => 0.4,
        Granularity::Half | Granularity::Quarter | Granularity::Season => 0.5,
        Granularity::Month => 0.6,
        Granularity::Week | Granularity::Weekend => 0.8,
        _ => 1.0,
    }
}

/// Words that make a year or a quarter a company's fiscal one, not the calendar's.
const FISCAL: &str = "fiscal fy geschäftsjahr geschäftsjahres geschäftsjahrs exercice ejercicio";

/// A fiscal period ("fiscal 2024", "the first quarter of fiscal 2024", "its second fiscal
/// quarter", "FY24"): the expression's words, the word before it, or the two after it. Its
/// TIMEX3 value follows the TimeML corpora (a fiscal year written as its number), but it is no
/// calendar date and stays off the timeline.
fn fiscal(text: &str, t: &Timex) -> bool {
    let before = text[..t.start].trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let after = text[t.end..].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(2);
    text[t.start..t.end].split(|c: char| !c.is_alphanumeric()).chain(std::iter::once(before)).chain(after).any(|w| {
        let w = crate::text::lower::lower(w);
        crate::text::listed(FISCAL, &w)
            || (w.starts_with("fy") && w.len() <= 6 && w[2..].bytes().all(|b| b.is_ascii_digit()))
    })
}

/// Whether each sentence says nothing but dates and times: at most one word outside its timexes
/// ("July 25, 2019 | 11:15 PM", "Retrieved 3 May 2014", "."); or two at most, or timexes over
/// half its letters and digits, with no verb that gives the clause a tense ("Work started the
/// following spring." says what happened). Linear in the text.
fn only_dates(text: &str, sentences: &[Sentence], timexes: &[Timex], lang: &str) -> Vec<bool> {
    // Which bytes of the text lie in a timex, and each sentence's first timex.
    let mut inside = vec![false; text.len()];
    let mut first = vec![usize::MAX; sentences.len()];
    for t in timexes {
        if let Some(f) = first.get_mut(t.sentence) {
            *f = (*f).min(t.start);
        }
        if let Some(r) = inside.get_mut(t.start..t.end.min(text.len())) {
            r.fill(true);
        }
    }
    sentences
        .iter()
        .zip(first)
        .map(|(s, first)| {
            let body = &text[s.start..s.end];
            let (mut alnum, mut dated, mut outside) = (0usize, 0usize, 0usize);
            let mut in_word = false;
            for (i, c) in body.char_indices() {
                let dates = inside[s.start + i];
                if c.is_alphanumeric() {
                    alnum += 1;
                    dated += dates as usize;
                }
                let word = c.is_alphabetic() && !dates;
                if word && !in_word {
                    outside += 1;
                }
                in_word = word;
            }
            outside <= 1
                || (outside <= 2 || dated * 2 >= alnum)
                    && (first == usize::MAX || tense_at(text, s.start..s.end, first, lang).is_none())
        })
        .collect()
}

/// For each sentence, the sentence that can say what happened at a date it mentions: itself
/// when it is prose and not only dates; for a heading that is only a date or time, the first
/// such sentence of its section (before the next heading, at most five sentences on); for other
/// furniture (captions, credits, titles, other headings, lines of dates), none.
fn label_sources(text: &str, sentences: &[Sentence], dates: &[bool]) -> Vec<Option<usize>> {
    // a question asks, it says nothing happened ("Are you a tenant preparing to vote this month?")
    let question =
        |i: usize| text.get(sentences[i].start..sentences[i].end).is_some_and(|q| q.trim_end().ends_with(['?', '？']));
    let says = |i: usize| sentences[i].kind == Kind::Prose && !dates[i] && !question(i);
    (0..sentences.len())
        .map(|i| {
            if says(i) {
                return Some(i);
            }
            if sentences[i].kind != Kind::Heading || !dates[i] {
                return None;
            }
            (i + 1..sentences.len().min(i + 6)).take_while(|&j| sentences[j].kind != Kind::Heading).find(|&j| says(j))
        })
        .collect()
}

/// `b` closes a range that `a` opens: "2000 to 2014", "2014-2021", "between 2014 and 2021",
/// "vom 9. bis 23. Februar" (the locale's range words).
fn range_end(text: &str, a: &Timex, b: &Timex, loc: &Locale) -> bool {
    if a.sentence != b.sentence || a.end > b.start {
        return false;
    }
    let gap = crate::text::lower::lower(text[a.end..b.start].trim());
    let before =
        crate::text::lower::lower(text[..a.start].trim_end().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or(""));
    loc.joins_range(&gap, &before)
}

/// An embedded post's signature, "— Name (@handle) January 6, 2020": the post's date, no event
/// of the story.
fn signature(text: &str, t: &Timex) -> bool {
    let before = text[..t.start].trim_end();
    before.ends_with(')') && before.rfind('(').is_some_and(|k| before[k + 1..].starts_with('@'))
}

/// A mention that dates no event though its value is a date: counted from the publication in
/// a clause that addresses the reader (a call to action: "¡Hoy, con tu apoyo, seguiremos…",
/// "You may agree to … terms today"); "today" in a clause in the present ("Today there are no
/// medicines", "Heute ist es schwer vorstellbar": nowadays); a season or holiday without its
/// year after a preposition in a clause with no past or future ("perfect for Halloween", "im
/// Herbst", "the peak blooms are in the spring": any year's, whatever it was counted from); a
/// part of day without its day in such a clause ("best measured in the morning": any day's).
fn no_event(text: &str, s: &Sentence, t: &Timex, loc: &Locale, lang: &str) -> bool {
    if t.anchor.is_none() || !matches!(t.kind, TimexType::Date | TimexType::Time) {
        return false;
    }
    let said = crate::text::lower::lower(&t.text);
    let tense = tense_at(text, s.start..s.end, t.start, lang);
    let bare = said
        .split_whitespace()
        .skip_while(|w| listed(loc.definite, w) || loc.articles.contains(w))
        .collect::<Vec<_>>()
        .join(" ");
    // a part of day with no day, in a clause with no past or future: any day's ("it's best to
    // measure in the morning", "have a new wardrobe overnight")
    if loc.parts_of_day.iter().any(|(w, v)| w == bare && v.len() == 2 && !v.starts_with(|c: char| c.is_ascii_digit()))
        && matches!(tense, None | Some(Tense::Present))
    {
        return true;
    }
    if t.anchor != Some("published") {
        return recurring(text, t, &bare, tense, loc);
    }
    // a day word or "this/next ..." (not a weekday: "you'll see," he said on Tuesday)
    let deictic = loc.rel_days.iter().any(|(w, _)| w == said)
        || said.split_whitespace().next().is_some_and(|w| loc.rel_prefix.iter().any(|(p, d)| p == w && d >= 0));
    let clause = text.get(clause_at(text, s.start..s.end, t.start, lang)).unwrap_or("");
    if deictic
        && clause
            .split(|c: char| !c.is_alphabetic())
            .any(|w| !w.is_empty() && listed(loc.reader_words, &crate::text::lower::lower(w)))
    {
        return true;
    }
    // "today", "bis heute", "until today"
    let last = said.rsplit(' ').next().unwrap_or("");
    if said.split_whitespace().count() <= 2 && loc.rel_days.iter().any(|(w, d)| d == 0 && w == last) {
        let progressive = !loc.progressive_suffix.is_empty()
            && clause.split(|c: char| !c.is_alphabetic()).any(|w| w.len() > 4 && w.ends_with(loc.progressive_suffix));
        return tense == Some(Tense::Present) && !progressive;
    }
    recurring(text, t, &bare, tense, loc)
}

/// A season or holiday without its year after a preposition, in a clause with no past or future
/// ("perfect for Halloween", "im Herbst", "the peak blooms are in the spring"): any year's,
/// whether counted from the publication or from the story's year.
fn recurring(text: &str, t: &Timex, bare: &str, tense: Option<Tense>, loc: &Locale) -> bool {
    let recurring = loc.seasons.iter().any(|(w, _)| w == bare) || loc.holidays.iter().any(|(w, _)| w == bare);
    let prev = text[..t.start].trim_end().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let after_word =
        !prev.is_empty() && prev.chars().all(|c| c.is_lowercase()) && text[..t.start].trim_end().ends_with(prev);
    // "a spring-form tin": a word, no season
    let season = loc.seasons.iter().any(|(w, _)| w == bare);
    let compound = season && text[t.end..].strip_prefix('-').is_some_and(|r| r.starts_with(char::is_alphabetic));
    compound || recurring && after_word && matches!(tense, None | Some(Tense::Present))
}

/// Build the timeline from the recognized timexes. `title` labels the publication date when
/// only furniture mentions it.
pub fn build(
    text: &str,
    sentences: &[Sentence],
    timexes: &[Timex],
    published: Option<&Reference>,
    lang: &str,
    title: Option<&str>,
) -> Vec<TimelineEntry> {
    struct Acc {
        start: i64,
        gran: Granularity,
        minute: u32,
        entry: TimelineEntry,
        centrality: f64,
        /// Whether a mention in prose has labelled the entry; whether a headline that reads as
        /// a clause has, for want of prose.
        labelled: bool,
        headline: bool,
    }
    let dates = only_dates(text, sentences, timexes, lang);
    let sources = label_sources(text, sentences, &dates);
    let pub_day = published.and_then(|p| p.date());
    let loc = Locale::get(lang).unwrap_or(&EN);
    // The first day of the publication period (a month date line counts from its first day).
    let pub_start =
        published.and_then(|p| Date::new(p.year, p.month.unwrap_or(1), p.day.unwrap_or(1))).map(|d| d.days());
    // The first day after the publication period: entries from then on are planned.
    let pub_end = published.and_then(|p| {
        let g = if p.day.is_some() {
            Granularity::Day
        } else if p.month.is_some() {
            Granularity::Month
        } else {
            Granularity::Year
        };
        pub_start.map(|s| s + SPAN[g as usize])
    });
    // how many dates each sentence says (a sentence of several events labels each by its clause)
    let mut dated_in = vec![0usize; sentences.len()];
    for t in timexes.iter().filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time)) {
        if let Some(n) = dated_in.get_mut(t.sentence) {
            *n += 1;
        }
    }
    let mut entries: Vec<Acc> = Vec::new();
    let mut last_day: Option<Date> = None;
    for (ti, t) in timexes.iter().enumerate() {
        let Some(s) = sentences.get(t.sentence) else { continue };
        if s.kind == Kind::Dateline || fiscal(text, t) {
            continue;
        }
        if signature(text, t) || no_event(text, s, t, loc, lang) {
            continue;
        }
        let (value, anchored_duration) = match t.kind {
            TimexType::Date | TimexType::Time => (t.value.clone(), false),
            // "in two days" is a point ahead, but "the biggest crash in 70 years", "failures
            // in less than a decade" said of the past count back: no point
            TimexType::Duration
                if t.modifier.is_some() || tense_at(text, s.start..s.end, t.start, lang) == Some(Tense::Past) =>
            {
                continue
            }
            TimexType::Duration => match anchored(t, text, last_day.or(pub_day), loc) {
                Some(v) => (v, true),
                None => continue,
            },
            TimexType::Set => continue,
        };
        let Some((start, gran)) = placement(&value) else { continue };
        // a decade or century counted from a reference ("three decades ago", "the last decade",
        // "over a century ago"): a vague span, no date a reader could place
        if gran <= Granularity::Decade && t.anchor.is_some() {
            continue;
        }
        if gran == Granularity::Day {
            last_day = Some(Date::from_days(start));
        }
        let score = s.score.max(0.0);
        let source = sources.get(t.sentence).copied().flatten();
        let label_of = |j: usize| {
            let l = &sentences[j];
            // The clause around the date when the date is in that sentence; else the sentence.
            let at = if j == t.sentence { t.start..t.end } else { l.start..l.start };
            label(text, l.start..l.end, at, lang, dated_in.get(j).is_none_or(|&n| n <= 1))
        };
        // The headline ("Nikkei at lowest level since '82"), or a heading that reads as a clause
        // ("The A380 was revealed in January 2005": a tense), when no prose says what happened:
        // a label of last resort.
        let headline = source.is_none()
            && !dates[t.sentence]
            && (s.kind == Kind::Title
                || (s.kind == Kind::Heading && tense_at(text, s.start..s.end, t.start, lang).is_some()));
        if let Some(e) = entries.iter_mut().find(|e| e.entry.value == value) {
            e.entry.mentions.push(ti);
            e.centrality = e.centrality.max(score);
            if let (false, Some(j)) = (e.labelled, source) {
                e.entry.label = label_of(j);
                e.entry.sentence = j;
                e.entry.timex = ti;
                e.labelled = true;
            } else if !e.labelled && !e.headline && headline {
                e.entry.label = label_of(t.sentence);
                e.entry.sentence = t.sentence;
                e.entry.timex = ti;
                e.headline = true;
            }
            continue;
        }
        let tense = tense_at(text, s.start..s.end, t.start, lang);
        // Planned: after the publication date, or said in the future or conditional and not
        // wholly before the publication date ("a dispute over who should pay" in 2019 is past).
        let before_pub = pub_start.is_some_and(|p| start + SPAN[gran as usize] <= p);
        let future = !before_pub
            && (anchored_duration
                || matches!(tense, Some(Tense::Future) | Some(Tense::Conditional))
                || pub_end.is_some_and(|p| start >= p));
        let is_published = published.is_some_and(|p| {
            p.value.get(..value.len()) == Some(value.as_str())
                && (p.day.is_none() || value.len() >= 10)
                && (value.len() == 10 || p.value.len() == value.len())
        });
        entries.push(Acc {
            start,
            gran,
            minute: within_day(&value),
            centrality: score,
            labelled: source.is_some(),
            headline,
            entry: TimelineEntry {
                value,
                granularity: gran.name().to_string(),
                sentence: source.unwrap_or(t.sentence),
                timex: ti,
                mentions: vec![ti],
                label: source.or(headline.then_some(t.sentence)).map(label_of).unwrap_or_default(),
                future,
                published: is_published,
                salience: 0.0,
            },
        });
    }
    // One event said once: of two entries labelled by the same sentence, a coarser value that
    // holds the finer ("2021" and "2021-03" for "im März dieses Jahres", a day and its clock
    // time in a date line) and the end of a range ("during 2000 to 2014", "between 2014 and
    // 2021") leave; the label says them.
    let mut gone = vec![false; entries.len()];
    let mut relabel = Vec::new();
    let mut by_sentence: crate::hash::HashMap<usize, Vec<usize>> = crate::hash::HashMap::default();
    for (k, e) in entries.iter().enumerate() {
        if e.labelled {
            by_sentence.entry(e.entry.sentence).or_default().push(k);
        }
    }
    for group in by_sentence.values().filter(|g| g.len() > 1) {
        for &a in group {
            for &b in group {
                let (x, y) = (&entries[a], &entries[b]);
                if a == b || gone[b] || x.entry.label != y.entry.label {
                    continue;
                }
                let (vx, vy) = (&x.entry.value, &y.entry.value);
                if vy.len() > vx.len() && vy.starts_with(vx.as_str()) && vy.as_bytes()[vx.len()] == b'-'
                    || vy.len() > vx.len() && vy.starts_with(vx.as_str()) && vy.as_bytes()[vx.len()] == b'T'
                {
                    gone[a] = true;
                } else if x.gran == y.gran && range_end(text, &timexes[x.entry.timex], &timexes[y.entry.timex], loc) {
                    if y.entry.mentions.len() == 1 {
                        gone[b] = true;
                    } else {
                        relabel.push(b);
                    }
                }
            }
        }
    }
    // a range's end said again elsewhere: that mention labels it ("The study ran from 2000 to
    // 2014. The findings were published in 2014."); said only as a range's end, it leaves
    for b in relabel {
        let e = &mut entries[b];
        // (a range's end again, as in a page that repeats its abstract, is no such mention)
        let other = e.entry.mentions.iter().copied().find_map(|m| {
            let t = &timexes[m];
            let ends = m > 0 && range_end(text, &timexes[m - 1], t, loc);
            sources
                .get(t.sentence)
                .copied()
                .flatten()
                .filter(|&j| j == t.sentence && j != e.entry.sentence && !ends)
                .map(|j| (m, j))
        });
        if other.is_none() {
            gone[b] = true;
        }
        if let Some((m, j)) = other {
            let (l, t) = (&sentences[j], &timexes[m]);
            e.entry.label = label(text, l.start..l.end, t.start..t.end, lang, dated_in.get(j).is_none_or(|&n| n <= 1));
            e.entry.sentence = j;
            e.entry.timex = m;
        }
    }
    let mut k = 0;
    entries.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
    // Dates said only in furniture leave, but for the publication date, which the title labels.
    entries.retain_mut(|e| {
        if !e.labelled && !e.headline && e.entry.published {
            e.entry.label = title.map(str::trim).filter(|t| !t.is_empty()).unwrap_or("Published").to_string();
        }
        e.labelled || e.headline || e.entry.published
    });
    let max_score = entries.iter().map(|e| e.centrality).fold(0.0f64, f64::max).max(1e-9);
    for e in &mut entries {
        // mentions (saturating at 3), centrality of the sentences (relative to the best), specificity
        let m = (e.entry.mentions.len() as f64).min(3.0) / 3.0;
        let s = 0.4 * m + 0.35 * (e.centrality / max_score) + 0.25 * specificity(e.gran);
        e.entry.salience = (s * 1e4).round() / 1e4;
    }
    crate::order::sort_by(&mut entries, |a, b| (a.start, a.gran, a.minute).cmp(&(b.start, b.gran, b.minute)));
    entries.into_iter().map(|e| e.entry).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placement_of_every_granularity() {
        let g = |v: &str| placement(v).map(|p| p.1.name());
        assert_eq!(g("2020-09"), Some("month"));
        assert_eq!(g("2020-09-27"), Some("day"));
        assert_eq!(g("2020-W40"), Some("week"));
        assert_eq!(g("2020-W40-WE"), Some("weekend"));
        assert_eq!(g("2020-SU"), Some("season"));
        assert_eq!(g("2020-WI"), Some("season"));
        assert_eq!(g("2020-Q3"), Some("quarter"));
        assert_eq!(g("2021-H1"), Some("half"));
        assert_eq!(g("199"), Some("decade"));
        assert_eq!(g("18"), Some("century"));
        assert_eq!(g("2"), Some("millennium"));
        assert_eq!(g("2020-09-27TNI"), Some("part-of-day"));
        assert_eq!(g("2020-09-27T16:00"), Some("minute"));
        assert_eq!(g("XXXX-09-27"), None);
        assert_eq!(g("PRESENT_REF"), None);
        assert_eq!(g("P3D"), None);
        let (w, _) = placement("2020-W40").unwrap();
        assert_eq!(Date::from_days(w).to_string(), "2020-09-28");
        let (a, g1) = placement("2020-09").unwrap();
        let (b, g2) = placement("2020-09-01").unwrap();
        assert!(a == b && g1 < g2);
    }
}
