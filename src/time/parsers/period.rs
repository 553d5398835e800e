//! Seasons, quarters and halves: "summer 2020", "last winter", "the summer of 1998",
//! "l'été dernier", "el verano de 2020", "the third quarter", "third-quarter", "Q3 2020",
//! "the fourth quarter of 1989", "H1 2021", "the second half of 2020", "le premier semestre".

use super::{Cx, Match, Sem};
use crate::time::sem::lookup;

/// An optional year after a period: "2020", "of 2020", "de 2020" (`Locale::period_links`),
/// "of last year" is left out.
fn year_after(cx: &Cx, k: usize) -> (usize, Option<i32>) {
    let j = if cx.low(k) == "," || crate::text::listed(cx.loc.period_links, cx.low(k)) { k + 1 } else { k };
    match cx.year(j) {
        Some((n, y)) if cx.low(j) != "'" => (j + n - k, Some(y)),
        _ => (0, None),
    }
}

fn season(cx: &Cx, i: usize) -> Option<Match> {
    let (pn, rel) = match cx.rel_prefix(i) {
        Some((n, r)) if !matches!(cx.low(i), "past" | "latest" | "current") => (n, Some(r)),
        _ => (0, None),
    };
    let t = cx.tok(i + pn)?;
    let s = lookup(cx.loc.seasons, &t.low)?;
    // A season that is another word too ("fall"; French "été", the participle of "être": "a
    // été signé") only after the words its locale gives (an article, a preposition).
    if let Some(after) = lookup(cx.loc.weak_seasons, &t.low) {
        if pn == 0 && !(i > 0 && crate::text::listed(after, cx.low(i - 1))) {
            return None;
        }
    }
    let mut k = i + pn + 1;
    let mut rel = rel;
    if rel.is_none() {
        if let Some((n, r)) = cx.rel_postfix(k) {
            rel = Some(r);
            k += n;
        }
    }
    let (yn, y) = year_after(cx, k);
    Match::new(k + yn - i, Sem::Season { s, y, rel })
}

fn quarter(cx: &Cx, i: usize) -> Option<Match> {
    let t = cx.tok(i)?;
    // Q3, Q3 2020, 3Q, H1, H2 2021
    let low = t.low.as_ref();
    if low.len() == 2 {
        let (a, b) = (low.as_bytes()[0], low.as_bytes()[1]);
        let q = match (a, b) {
            (b'q', b'1'..=b'4') => Some((true, (b - b'0') as u32)),
            (b'1'..=b'4', b'q') => Some((true, (a - b'0') as u32)),
            (b'h', b'1'..=b'2') => Some((false, (b - b'0') as u32)),
            _ => None,
        };
        if let Some((is_q, n)) = q {
            if !t.all_caps() && !t.capitalized() {
                return None;
            }
            let (yn, y) = year_after(cx, i + 1);
            // "Q3" alone could be a model name; keep it when a year or a time word is near
            let sem = if is_q { Sem::Quarter { q: n, y, rel: None } } else { Sem::Half { h: n, y, rel: None } };
            if y.is_none()
                && !(i > 0
                    && matches!(cx.low(i - 1), "in" | "the" | "during" | "for" | "of" | "this" | "last" | "next"))
            {
                return None;
            }
            return Match::new(1 + yn, sem);
        }
    }
    // [1988] [fiscal] third[-]quarter [of 2020] ("the 1988 third quarter": the year first)
    let mut k = i;
    let before = cx.year(k).filter(|x| x.0 == 1).map(|x| x.1);
    if before.is_some() {
        k += 1;
    }
    if cx.low(k) == "fiscal" {
        k += 1;
    }
    // "the 1988 period", "the 1988 quarter": the quarter in focus, that year (TimeBank: 4 of 5)
    if before.is_some() && matches!(cx.low(k), "period" | "quarter") && i > 0 && cx.low(i - 1) == "the" {
        return Match::new(k + 1 - i, Sem::Quarter { q: 0, y: before, rel: None });
    }
    let (on, n) = cx.ordinal(k)?;
    k += on;
    if cx.low(k) == "fiscal" {
        k += 1;
    }
    if cx.low(k) == "-" {
        k += 1;
    }
    if let Some(w) = cx.words(k, cx.loc.quarter_words) {
        if !(1..=4).contains(&n) {
            return None;
        }
        let (yn, y) = year_after(cx, k + w);
        return Match::new(k + w + yn - i, Sem::Quarter { q: n, y: y.or(before), rel: None });
    }
    if let Some(w) = cx.words(k, cx.loc.half_words) {
        if !(1..=2).contains(&n) {
            return None;
        }
        let (yn, y) = year_after(cx, k + w);
        // "the second half" of anything ("much of the second half was water bottles") is a
        // year's only with its year or after a word of time ("in the second half")
        if y.is_none() && before.is_none() && !cx.loc.half_preps.is_empty() {
            let mut j = i;
            while j > 0 && cx.words(j - 1, cx.loc.articles) == Some(1) {
                j -= 1;
            }
            // "next year's first half": the year said before it
            let possessive = j > 1 && cx.low(j - 1) == "s" && matches!(cx.low(j - 2), "'" | "’");
            if !possessive && (j == 0 || !crate::text::listed(cx.loc.half_preps, cx.low(j - 1))) {
                return None;
            }
        }
        return Match::new(k + w + yn - i, Sem::Half { h: n, y: y.or(before), rel: None });
    }
    None
}

pub fn parse(cx: &Cx, i: usize) -> Option<Match> {
    let a = season(cx, i);
    let b = quarter(cx, i);
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.n > a.n { b } else { a }),
        (a, b) => a.or(b),
    }
}
