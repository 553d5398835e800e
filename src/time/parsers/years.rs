//! Years, decades and centuries: "in 2021", "fiscal 1989", "the 1990s", "the '90s", "the
//! nineties", "die 1990er Jahre", "les années 90", "los años 90", "the 19th century", "the
//! nineteenth century", "das 19. Jahrhundert", "le XIXe siècle", "el siglo XIX". A bare year
//! stays out when it reads as a quantity ("2000 troops", "1500 $").

use super::{Cx, Match, Sem};
use crate::text::listed;
use crate::time::sem::lookup;

fn roman(s: &str) -> Option<u32> {
    let mut total = 0i32;
    let mut prev = 0i32;
    for c in s.chars().rev() {
        let v = match c {
            'i' => 1,
            'v' => 5,
            'x' => 10,
            'l' => 50,
            'c' => 100,
            _ => return None,
        };
        if v < prev {
            total -= v;
        } else {
            total += v;
            prev = v;
        }
    }
    (1..=30).contains(&total).then_some(total as u32)
}

/// "1990s" / "90s" / "1990er" / "90er" -> decade (199).
fn decade_token(s: &str, suffixes: &[&str]) -> Option<i32> {
    let digits = s.trim_end_matches(|c: char| !c.is_ascii_digit());
    let suf = &s[digits.len()..];
    if !(suf == "s" || suf == "er" || suffixes.contains(&suf)) {
        return None;
    }
    let v: i32 = digits.parse().ok()?;
    match digits.len() {
        4 if v % 10 == 0 && (1000..=2190).contains(&v) => Some(v / 10),
        2 if v % 10 == 0 => Some(if v >= 30 { 190 + v / 10 } else { 200 + v / 10 }),
        _ => None,
    }
}

fn decade(cx: &Cx, i: usize) -> Option<Match> {
    // "années 90", "década de 1990", "anni '90"
    if let Some(p) = cx.words(i, cx.loc.decade_prefix) {
        let mut k = i + p;
        if let Some(l) = cx.phrase(k, "de") {
            k += l;
        }
        if cx.low(k) == "'" && cx.glued(k + 1) && cx.tok(k + 1).is_some_and(|t| t.s.len() == 2) {
            k += 1;
        }
        let t = cx.tok(k)?;
        if t.is_num() {
            let v: i32 = t.s.parse().ok()?;
            let d = match t.s.len() {
                4 if v % 10 == 0 => v / 10,
                2 if v % 10 == 0 => {
                    if v >= 30 {
                        190 + v / 10
                    } else {
                        200 + v / 10
                    }
                }
                _ => return None,
            };
            return Match::new(k + 1 - i, Sem::Decade(d));
        }
    }
    let t = cx.tok(i)?;
    if let Some(d) = lookup(cx.loc.decade_words, &t.low) {
        if i > 0 && listed(cx.loc.definite, cx.low(i - 1)) {
            return Match::new(1, Sem::Decade(d));
        }
        return None;
    }
    // '90s
    if t.low == "'" {
        let d = decade_token(&cx.tok(i + 1)?.low, &[]).filter(|_| cx.glued(i + 1))?;
        return Match::new(2, Sem::Decade(d));
    }
    let d = decade_token(&t.low, &[])?;
    if t.low.len() < 5 && an_age(cx, i) {
        return None;
    }
    let mut n = 1;
    // die 90er Jahre / 1990er-Jahre
    let noun = cx.loc.decade_noun;
    if !noun.is_empty() {
        if cx.low(i + 1) == "-" && cx.glued(i + 1) && cx.low(i + 2).starts_with(noun) {
            n = 3;
        } else if cx.low(i + 1).starts_with(noun) {
            n = 2;
        }
    }
    Match::new(n, Sem::Decade(d))
}

/// A two-digit decade within three words after a possessive: an age ("in his early 40s", "in
/// her mid-60s").
fn an_age(cx: &Cx, i: usize) -> bool {
    (i.saturating_sub(3)..i).any(|k| listed(cx.loc.age_possessives, cx.low(k)))
}

fn century(cx: &Cx, i: usize) -> Option<Match> {
    let words = cx.loc.century_words;
    // el siglo XIX / siglo 19
    if let Some(w) = cx.words(i, words) {
        let t = cx.tok(i + w)?;
        let c = roman(&t.low).or_else(|| t.num().filter(|v| (1..=30).contains(v)))?;
        return Match::new(w + 1, Sem::Century(c as i32 - 1));
    }
    // 19th century / nineteenth century / XIXe siècle / 19. Jahrhundert
    let t = cx.tok(i)?;
    let (n, c) = if let Some((n, c)) = cx.ordinal(i) {
        (n, c)
    } else if let Some(c) =
        t.low.strip_suffix('e').and_then(roman).or_else(|| t.low.strip_suffix("ème").and_then(roman))
    {
        (1, c)
    } else if t.is_num() && cx.low(i + 1) == "." && cx.glued(i + 1) {
        (2, t.num()?)
    } else {
        return None;
    };
    if c == 0 || c > 30 {
        return None;
    }
    let mut k = i + n;
    if cx.low(k) == "-" {
        k += 1;
    }
    let w = cx.words(k, words)?;
    Match::new(k + w - i, Sem::Century(c as i32 - 1))
}

/// The 1800s (a century written as its first year plus "s").
fn hundreds(cx: &Cx, i: usize) -> Option<Match> {
    let t = cx.tok(i)?;
    let digits = t.low.strip_suffix('s')?;
    if digits.len() == 4 && digits.ends_with("00") && digits.bytes().all(|b| b.is_ascii_digit()) {
        let v: i32 = digits.parse().ok()?;
        return Match::new(1, Sem::Century(v / 100));
    }
    None
}

fn year(cx: &Cx, i: usize) -> Option<Match> {
    // "the year two thousand" (TimeBank: 2 of 2)
    if cx.low(i) == "the" && cx.low(i + 1) == "year" {
        let (n, y) = cx.year(i + 2).filter(|x| x.0 > 1)?;
        return Match::new(2 + n, Sem::date(Some(y), None, None));
    }
    let (n, y) = cx.year(i)?;
    if n == 2 && cx.low(i) == "'" {
        // '98 needs a preposition
        if i == 0 || !cx.loc.year_preps.contains(&cx.low(i - 1)) {
            return None;
        }
        return Match::new(2, Sem::date(Some(y), None, None));
    }
    // "Copyright © 2018": the notice's year, no event
    if i > 0 && listed(cx.loc.copyright_words, cx.low(i - 1)) {
        return None;
    }
    // one group of a longer number: a phone number ("0800 1971 329"), an edition pair
    // ("2022|2023", "2022/2023": the second year glued after a mark after a number)
    let group = |k: usize| cx.tok(k).is_some_and(|t| t.is_num() && t.s.len() >= 3 && cx.year(k).is_none());
    if (i > 0 && cx.tok(i).is_some_and(|t| t.spaced) && group(i - 1))
        || (group(i + 1) && cx.tok(i + 1).is_some_and(|t| t.spaced))
    {
        return None;
    }
    if i > 1
        && cx.glued(i)
        && matches!(cx.low(i - 1), "|" | "/")
        && cx.glued(i - 1)
        && cx.year(i - 2).is_some_and(|x| x.0 == 1)
    {
        return None;
    }
    // fiscal 1989, FY 1989
    let prep = i > 0 && cx.loc.year_preps.contains(&cx.low(i - 1));
    let next = cx.tok(i + 1);
    let glued_next = next
        .is_some_and(|t| !t.spaced && !matches!(t.low.as_ref(), "." | "," | ")" | "'" | "’" | ";" | ":" | "-" | "\""));
    if glued_next {
        return None;
    }
    if !prep {
        // quantities: "2000 troops", "1500 people"
        if !(1900..=2100).contains(&y) {
            return None;
        }
        if let Some(t) = next {
            if t.is_word() && t.low.ends_with('s') && !t.capitalized() && t.low.len() > 3 && cx.low(i + 2) != "'" {
                return None;
            }
            if listed("% percent per euros dollars km miles m kg", &t.low) || listed(cx.loc.unit_nouns, &t.low) {
                return None;
            }
        }
    }
    Match::new(n, Sem::date(Some(y), None, None))
}

pub fn parse(cx: &Cx, i: usize) -> Option<Match> {
    let mut best: Option<Match> = None;
    for f in [hundreds as fn(&Cx, usize) -> Option<Match>, decade, century, year] {
        if let Some(m) = f(cx, i) {
            if best.as_ref().is_none_or(|b| m.n > b.n) {
                best = Some(m);
            }
        }
    }
    // "fiscal 1989" keeps "fiscal" in the extent
    if best.is_none() && matches!(cx.low(i), "fiscal") {
        if let Some((n, y)) = cx.year(i + 1) {
            return Match::new(1 + n, Sem::date(Some(y), None, None));
        }
    }
    best
}
