//! Clock times and parts of the day: "4 p.m.", "4pm", "16:00 GMT", "10:30 a.m. EST", "16 Uhr",
//! "16h30", "noon", "midnight", "this morning", "last night", "tonight", "ce soir", "esta
//! mañana", "the afternoon". A day before or after ("Monday night", "10 p.m. Wednesday") is
//! joined by the merge refiner.

use super::{Cx, Match, Sem};
use crate::text::listed;
use crate::time::sem::{lookup, Unit};

fn ampm(cx: &Cx, i: usize) -> Option<(usize, bool)> {
    if let Some(n) = cx.words(i, cx.loc.pm) {
        return Some((n, true));
    }
    cx.words(i, cx.loc.am).map(|n| (n, false))
}

fn zone(cx: &Cx, i: usize) -> usize {
    cx.words(i, cx.loc.time_zones).unwrap_or(0)
}

fn clock(cx: &Cx, i: usize) -> Option<Match> {
    let t = cx.tok(i)?;
    if !t.is_num() {
        return glued_clock(cx, i);
    }
    if t.s.len() > 2 {
        return None;
    }
    let h = t.num()?;
    if h > 24 {
        return None;
    }
    if let Some(range) = hour_range(cx, i, h) {
        return Some(range);
    }
    let sep = cx.low(i + 1);
    let (mut k, minutes) = minutes(cx, i + 1)?;
    let has_minutes = minutes.is_some();
    let m = minutes.unwrap_or(0);
    let mut h = h;
    if let Some((an, pm)) = ampm(cx, k) {
        if !(1..=12).contains(&h) {
            return None;
        }
        h = if pm { h % 12 + 12 } else { h % 12 };
        k += an;
    } else if let Some(cn) = cx.words(k, cx.loc.clock_words) {
        if listed(cx.loc.clock_words_with_minutes, cx.low(k)) && !has_minutes {
            return None;
        }
        k += cn;
    } else if !has_minutes || sep != ":" {
        return None;
    }
    if !has_minutes && cx.low(k) == "h" {
        return None;
    }
    k += zone(cx, k);
    Match::new(k - i, Sem::Clock { h, m, base: None })
}

/// A clock in one token: 4pm, 11am, 16h30, 16h.
fn glued_clock(cx: &Cx, i: usize) -> Option<Match> {
    let t = cx.tok(i)?;
    let digits = &t.low[..t.low.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.low.len())];
    let rest = &t.low[digits.len()..];
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let h: u32 = digits.parse().ok()?;
    if (rest == "pm" || rest == "am") && cx.loc.glued_ampm && (1..=12).contains(&h) {
        let h = if rest == "pm" { h % 12 + 12 } else { h % 12 };
        return Match::new(1 + zone(cx, i + 1), Sem::Clock { h, m: 0, base: None });
    }
    let min = rest.strip_prefix('h')?;
    if cx.loc.h_clock && h <= 24 && (min.is_empty() || (min.len() == 2 && min.bytes().all(|b| b.is_ascii_digit()))) {
        let m = if min.is_empty() { 0 } else { min.parse().ok()? };
        if m < 60 {
            return Match::new(1, Sem::Clock { h, m, base: None });
        }
    }
    None
}

/// "5-8pm", "10-11 a.m.", "9-17 Uhr": an hour range that gives its half of the day once, at
/// its end. The range starts at its first hour, in the end's half of the day or the one
/// before it ("11-2pm" starts at 11 a.m.); the extent is the whole range.
fn hour_range(cx: &Cx, i: usize, h: u32) -> Option<Match> {
    if h <= 12 && matches!(cx.low(i + 1), "-" | "–") && cx.glued(i + 1) && cx.glued(i + 2) {
        if let Some(Match { n, sem: Sem::Clock { h: end, .. }, .. }) = clock(cx, i + 2) {
            let start = if end >= 12 && h % 12 + 12 <= end { h % 12 + 12 } else { h % 12 };
            return Match::new(2 + n, Sem::Clock { h: start, m: 0, base: None });
        }
    }
    None
}

/// The minutes (and seconds) after an hour, from token `k` (":30", ".30" where the locale
/// writes a dot): where the clock goes on and the minutes, if written. None when what follows
/// makes it no clock (minutes past 59, "10:30:45:12").
fn minutes(cx: &Cx, mut k: usize) -> Option<(usize, Option<u32>)> {
    let sep = cx.low(k);
    if !((sep == ":" || (sep == "." && cx.loc.dot_clock)) && cx.glued(k) && cx.glued(k + 1)) {
        return Some((k, None));
    }
    let mt = cx.tok(k + 1)?;
    if !(mt.is_num() && mt.s.len() == 2) {
        return Some((k, None));
    }
    let m = mt.num()?;
    if m > 59 {
        return None;
    }
    k += 2;
    // seconds
    if cx.low(k) == ":" && cx.glued(k) && cx.tok(k + 1).is_some_and(|x| x.is_num() && x.s.len() == 2 && !x.spaced) {
        k += 2;
    }
    if sep == ":" && cx.glued(k) && cx.tok(k).is_some_and(|x| x.is_num()) {
        return None;
    }
    Some((k, Some(m)))
}

fn part(cx: &Cx, i: usize) -> Option<Match> {
    // tonight
    if let Some(pod) = lookup(cx.loc.part_days, cx.low(i)) {
        return Match::new(
            1,
            Sem::Part { pod, base: Some(Box::new(Sem::Rel { unit: Unit::Day, n: 0, story: false })) },
        );
    }
    // this morning, last night, ce soir, esta mañana
    let (pn, base) = match cx.rel_prefix(i) {
        Some((n, r)) if listed(cx.loc.part_prefix, cx.low(i)) => {
            let day = if cx.low(i) == "last" { -1 } else { 0 };
            let _ = r;
            (n, Some(Box::new(Sem::Rel { unit: Unit::Day, n: day, story: false })))
        }
        _ => (0, None),
    };
    let t = cx.tok(i + pn)?;
    let p = lookup(cx.loc.parts_of_day, &t.low)?;
    if cx.loc.capitalized_parts && !t.capitalized() && pn == 0 {
        return None;
    }
    if p.contains(':') {
        let (h, m) = p.split_once(':')?;
        return Match::new(pn + 1, Sem::Clock { h: h.parse().ok()?, m: m.parse().ok()?, base });
    }
    if base.is_none() {
        // a bare part of day needs an article, a preposition or to be "overnight"
        let prev = if i > 0 { cx.low(i - 1) } else { "" };
        let day_before = i > 0 && (cx.weekday(i - 1).is_some() || cx.loc.rel_days.iter().any(|d| d.0 == prev));
        // ("on the night of Oct. 23": the date is the time expression, TempEval-3 tags 2 of 2 so)
        let led = cx.loc.articles.contains(&prev) || listed(cx.loc.part_preps, prev);
        if !(t.low == "overnight" || day_before || led && !listed(cx.loc.part_of, cx.low(i + 1))) {
            return None;
        }
    }
    let pod: &'static str = lookup(cx.loc.parts_of_day, &t.low)?;
    Match::new(pn + 1, Sem::Part { pod, base })
}

pub fn parse(cx: &Cx, i: usize) -> Option<Match> {
    let a = clock(cx, i);
    let b = part(cx, i);
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.n > a.n { b } else { a }),
        (a, b) => a.or(b),
    }
}
