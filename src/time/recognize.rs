//! Recognition of temporal expressions and their normalization to TIMEX3 values.
//!
//! First version: full and partial calendar dates in English ("27 September 2020",
//! "Sept. 27th, 2020", "2020-09-27", "September 2020", "in 2021"), and weekday names, resolved
//! against the publication date with the tense of the sentence deciding the direction.

use super::calendar::Date;
use super::value::Reference;
use crate::analysis::{Timex, TimexType};
use crate::options::Prefer;
use std::ops::Range;

const MONTHS: [&str; 12] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];
const WEEKDAYS: [&str; 7] =
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// A word or punctuation mark with its byte span, and whether whitespace came before it.
#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    start: usize,
    end: usize,
    s: &'a str,
    spaced: bool,
}

fn toks(text: &str, range: Range<usize>) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let slice = &text[range.clone()];
    let mut spaced = true;
    let mut word_start: Option<usize> = None;
    for (i, c) in slice.char_indices() {
        let at = range.start + i;
        if c.is_alphanumeric() {
            if word_start.is_none() {
                word_start = Some(at);
            }
            continue;
        }
        if let Some(ws) = word_start.take() {
            out.push(Tok { start: ws, end: at, s: &text[ws..at], spaced });
            spaced = false;
        }
        if c.is_whitespace() {
            spaced = true;
        } else {
            let e = at + c.len_utf8();
            out.push(Tok { start: at, end: e, s: &text[at..e], spaced });
            spaced = false;
        }
    }
    if let Some(ws) = word_start {
        out.push(Tok { start: ws, end: range.end, s: &text[ws..range.end], spaced });
    }
    out
}

fn is_capitalized(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Month number for a capitalized full or abbreviated month name ("Sept", "Sep", "SEPTEMBER").
fn month(s: &str) -> Option<u32> {
    if !is_capitalized(s) || s.len() < 3 {
        return None;
    }
    let lower = s.to_lowercase();
    for (i, m) in MONTHS.iter().enumerate() {
        if lower == *m || (lower.len() >= 3 && lower.len() < m.len() && m.starts_with(&lower) && (lower.len() == 3 || lower == "sept")) {
            return Some(i as u32 + 1);
        }
    }
    None
}

/// A shortened month name ("Sept", "Jan"), which may carry a period.
fn abbreviated(s: &str) -> bool {
    month(s).is_some_and(|m| s.len() < MONTHS[m as usize - 1].len())
}

fn weekday(s: &str) -> Option<u32> {
    if !is_capitalized(s) {
        return None;
    }
    let lower = s.to_lowercase();
    WEEKDAYS.iter().position(|w| lower == *w).map(|i| i as u32 + 1)
}

fn number(s: &str, max_len: usize) -> Option<u32> {
    if s.is_empty() || s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A day of month, with an optional ordinal suffix ("27", "27th", "1st").
fn day(s: &str) -> Option<u32> {
    let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &s[digits.len()..];
    if !suffix.is_empty() && !matches!(suffix.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th") {
        return None;
    }
    number(digits, 2).filter(|d| (1..=31).contains(d))
}

fn year(s: &str) -> Option<i32> {
    number(s, 4).filter(|_| s.len() == 4).map(|y| y as i32).filter(|y| (1000..=2199).contains(y))
}

/// What one pattern found, before resolution.
#[derive(Debug, Clone, Copy, Default)]
struct Found {
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    weekday: Option<u32>,
    /// -1 for "last", +1 for "next", 0 for neither.
    shift: i32,
}

/// Try every pattern at token `i`; the longest match wins. Returns (tokens used, what was found).
fn match_at(t: &[Tok], i: usize) -> Option<(usize, Found)> {
    let get = |k: usize| t.get(k).map(|x| x.s);
    let mut best: Option<(usize, Found)> = None;
    let mut consider = |n: usize, f: Found| {
        if best.as_ref().is_none_or(|b| n > b.0) {
            best = Some((n, f));
        }
    };

    // ISO 8601: 2020-09-27
    if let (Some(y), Some("-"), Some(m), Some("-"), Some(d)) =
        (get(i).and_then(year), get(i + 1), get(i + 2), get(i + 3), get(i + 4))
    {
        let glued = (1..5).all(|k| !t[i + k].spaced);
        if glued && m.len() == 2 && d.len() == 2 {
            if let (Some(m), Some(d)) = (number(m, 2), number(d, 2)) {
                if Date::new(y, m, d).is_some() && !t.get(i + 5).is_some_and(|x| !x.spaced && x.s.chars().all(|c| c.is_alphanumeric())) {
                    consider(5, Found { year: Some(y), month: Some(m), day: Some(d), ..Found::default() });
                }
            }
        }
    }

    // Optional weekday prefix: "Monday, 27 September" / "Monday September 27"
    let (wd, j) = match get(i).and_then(weekday) {
        Some(w) => (Some(w), if get(i + 1) == Some(",") { i + 2 } else { i + 1 }),
        None => (None, i),
    };

    // 27 September [2020]
    if let (Some(d), Some(m)) = (get(j).and_then(day), get(j + 1).and_then(month)) {
        let mut k = j + 2;
        if get(k) == Some(".") && abbreviated(t[j + 1].s) && !t[k].spaced {
            k += 1;
        }
        let mut f = Found { month: Some(m), day: Some(d), weekday: wd, ..Found::default() };
        let kk = if get(k) == Some(",") { k + 1 } else { k };
        if let Some(y) = get(kk).and_then(year) {
            f.year = Some(y);
            k = kk + 1;
        }
        consider(k - i, f);
    }
    // September 27[th][, 2020]  /  September 2020
    if let Some(m) = get(j).and_then(month) {
        let mut k = j + 1;
        if get(k) == Some(".") && abbreviated(t[j].s) && !t[k].spaced {
            k += 1;
        }
        if let Some(d) = get(k).and_then(day) {
            // not "March 3-1" style scores or "May 2,500"
            if !matches!(get(k + 1), Some("-")) || t.get(k + 1).is_some_and(|x| x.spaced) {
                let mut f = Found { month: Some(m), day: Some(d), weekday: wd, ..Found::default() };
                let mut n = k + 1;
                let kk = if get(n) == Some(",") { n + 1 } else { n };
                if let Some(y) = get(kk).and_then(year) {
                    f.year = Some(y);
                    n = kk + 1;
                }
                if get(k + 1) != Some(",") || f.year.is_some() || !matches!(get(k + 2).and_then(|s| number(s, 3)), Some(_)) {
                    consider(n - i, f);
                }
            }
        } else if let Some(y) = get(k).and_then(year) {
            if wd.is_none() {
                consider(k + 1 - i, Found { year: Some(y), month: Some(m), ..Found::default() });
            }
        }
    }
    // Weekday alone, optionally after "last"/"next"/"this"
    if let Some(w) = wd {
        consider(1, Found { weekday: Some(w), ..Found::default() });
    }
    if let (Some(mod_), Some(w)) = (get(i), get(i + 1).and_then(weekday)) {
        let shift = match mod_.to_lowercase().as_str() {
            "last" => -1,
            "next" => 1,
            "this" => 0,
            _ => 2,
        };
        if shift != 2 {
            consider(2, Found { weekday: Some(w), shift, ..Found::default() });
        }
    }
    best
}

/// Words before a bare year that make it a date ("in 2021", "since 2016").
const YEAR_PREPOSITIONS: [&str; 10] =
    ["in", "since", "by", "until", "till", "before", "after", "from", "during", "of"];

/// Whether the sentence speaks of the future: a few English cues, deepened per language later.
fn future_tense(sentence: &str) -> Option<bool> {
    let lower = sentence.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != '\'').collect();
    let has = |w: &str| words.iter().any(|x| *x == w);
    if has("will") || has("shall") || has("'ll") || lower.contains("is expected to")
        || lower.contains("are expected to") || lower.contains("is due to") || lower.contains("plans to")
        || lower.contains("is scheduled") || lower.contains("going to")
    {
        return Some(true);
    }
    if has("said") || has("was") || has("were") || has("had") || has("did")
        || words.iter().any(|w| w.len() > 4 && w.ends_with("ed"))
    {
        return Some(false);
    }
    None
}

/// Pick the year for a day and month with no year: the one nearest the reference date, moved
/// by the tense when the nearest lies on the wrong side.
fn year_for(month: u32, day: u32, refd: Date, future: bool) -> Option<i32> {
    let mut best: Option<(i64, i32)> = None;
    for y in [refd.year - 1, refd.year, refd.year + 1] {
        if let Some(d) = Date::new(y, month, day) {
            let diff = d.days() - refd.days();
            let wrong_side = if future { diff < -1 } else { diff > 1 };
            let cost = diff.abs() + if wrong_side { 200 } else { 0 };
            if best.is_none_or(|b| cost < b.0) {
                best = Some((cost, y));
            }
        }
    }
    best.map(|b| b.1)
}

fn resolve(f: Found, reference: Option<&Reference>, future: bool) -> String {
    let refd = reference.and_then(|r| r.date());
    match (f.year, f.month, f.day, f.weekday) {
        (Some(y), Some(m), Some(d), _) => match Date::new(y, m, d) {
            Some(date) => date.to_string(),
            None => format!("{y:04}-{m:02}"),
        },
        (None, Some(m), Some(d), _) => {
            let y = refd.and_then(|r| year_for(m, d, r, future)).or_else(|| {
                // A month-granular reference still fixes the year.
                reference.map(|r| r.year)
            });
            match y {
                Some(y) if Date::new(y, m, d).is_some() => format!("{y:04}-{m:02}-{d:02}"),
                _ => format!("XXXX-{m:02}-{d:02}"),
            }
        }
        (Some(y), Some(m), None, _) => format!("{y:04}-{m:02}"),
        (Some(y), None, None, _) => format!("{y:04}"),
        (None, None, None, Some(w)) => match refd {
            Some(r) => {
                let delta = w as i64 - r.weekday() as i64;
                let days = match f.shift {
                    -1 => if delta < 0 { delta } else { delta - 7 },
                    1 => if delta > 0 { delta } else { delta + 7 },
                    _ if future => if delta >= 0 { delta } else { delta + 7 },
                    _ => if delta <= 0 { delta } else { delta - 7 },
                };
                r.add_days(days).to_string()
            }
            None => format!("XXXX-WXX-{w}"),
        },
        _ => "XXXX".to_string(),
    }
}

/// Find the temporal expressions in `sentences` (byte ranges of `text`), resolved against
/// `reference`. `sentence` in each Timex is the index into `sentences`.
pub fn recognize(
    text: &str,
    sentences: &[Range<usize>],
    reference: Option<&Reference>,
    prefer: Prefer,
) -> Vec<Timex> {
    let mut out = Vec::new();
    for (si, range) in sentences.iter().enumerate() {
        let t = toks(text, range.clone());
        let tense = future_tense(&text[range.clone()]);
        let future = match (tense, prefer) {
            (Some(f), Prefer::Tense) => f,
            (None, Prefer::Future) => true,
            (Some(_), Prefer::Future) | (Some(_), Prefer::Past) => prefer == Prefer::Future,
            _ => false,
        };
        let mut i = 0;
        while i < t.len() {
            if let Some((n, f)) = match_at(&t, i) {
                let (s, e) = (t[i].start, t[i + n - 1].end);
                out.push(Timex {
                    start: s,
                    end: e,
                    text: text[s..e].to_string(),
                    kind: TimexType::Date,
                    value: resolve(f, reference, future),
                    modifier: None,
                    sentence: si,
                });
                i += n;
                continue;
            }
            // "in 2021": a bare year after a preposition, not a quantity ("in 2021 cases").
            if i > 0 && YEAR_PREPOSITIONS.contains(&t[i - 1].s.to_lowercase().as_str()) {
                if let Some(y) = year(t[i].s) {
                    let next_is_word = t.get(i + 1).is_some_and(|x| x.s.chars().all(|c| c.is_lowercase()));
                    let glued_next = t.get(i + 1).is_some_and(|x| !x.spaced && x.s != "." && x.s != ",");
                    if !next_is_word && !glued_next {
                        out.push(Timex {
                            start: t[i].start,
                            end: t[i].end,
                            text: t[i].s.to_string(),
                            kind: TimexType::Date,
                            value: format!("{y:04}"),
                            modifier: None,
                            sentence: si,
                        });
                    }
                }
            }
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, published: &str) -> Vec<(String, String)> {
        let r = Reference::parse(published);
        recognize(text, &[0..text.len()], r.as_ref(), Prefer::Tense)
            .into_iter()
            .map(|t| (t.text, t.value))
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn full_dates() {
        assert_eq!(values("Fighting broke out on 27 September 2020.", "2020-10-05"), [pair("27 September 2020", "2020-09-27")]);
        assert_eq!(values("It was signed 2020-09-27 in Baku.", "2020-10-05"), [pair("2020-09-27", "2020-09-27")]);
        assert_eq!(values("On Sept. 27th, 2020, shelling began.", "2021-01-01"), [pair("Sept. 27th, 2020", "2020-09-27")]);
        assert_eq!(values("The talks ended on Monday, 5 October 2020.", "2020-10-06"), [pair("Monday, 5 October 2020", "2020-10-05")]);
    }

    #[test]
    fn partial_dates_take_the_reference_year() {
        assert_eq!(values("Fighting broke out on September 27.", "2020-10-05"), [pair("September 27", "2020-09-27")]);
        assert_eq!(values("The vote was held on 28 December.", "2021-01-03"), [pair("28 December", "2020-12-28")]);
        assert_eq!(values("The vote will be held on 3 January.", "2020-12-28"), [pair("3 January", "2021-01-03")]);
        assert_eq!(values("Prices rose in March 2021.", "2021-05-01"), [pair("March 2021", "2021-03")]);
        assert_eq!(values("The plant closed in 2019.", "2021-05-01"), [pair("2019", "2019")]);
        assert_eq!(values("Fighting broke out on September 27.", ""), [pair("September 27", "XXXX-09-27")]);
    }

    #[test]
    fn weekdays_follow_the_tense() {
        // 2020-10-07 is a Wednesday
        assert_eq!(values("The minister said on Monday that talks failed.", "2020-10-07"), [pair("Monday", "2020-10-05")]);
        assert_eq!(values("The minister will travel on Friday.", "2020-10-07"), [pair("Friday", "2020-10-09")]);
        assert_eq!(values("They met last Wednesday.", "2020-10-07"), [pair("last Wednesday", "2020-09-30")]);
        assert_eq!(values("They met on Monday.", ""), [pair("Monday", "XXXX-WXX-1")]);
    }

    #[test]
    fn verbs_and_quantities_are_not_dates() {
        assert!(values("They may march in 2500 numbers.", "2020-10-07").is_empty());
        assert!(values("He scored in 2021 minutes of play.", "2020-10-07").is_empty());
        assert!(values("It may well rain.", "2020-10-07").is_empty());
    }
}
