//! Relative expressions: named days ("yesterday", "gestern", "hier", "ayer"), "last week",
//! "this year", "next month", "la semaine dernière", "el año pasado", "two days ago", "vor
//! zwei Tagen", "il y a deux jours", "hace dos días", story-relative ones ("the next day",
//! "two days later", "a year earlier"), and spans counted back or forward ("the past three
//! years", "the next five years"), which TIMEX3 calls durations.

use super::{duration_value, Cx, Match, Sem, VAGUE_NUMBER};
use crate::text::listed;
use crate::time::sem::Unit;

fn is_plural(cx: &Cx, i: usize) -> bool {
    listed(cx.loc.plural_units, cx.low(i))
}

fn unit_sem(unit: Unit, rel: i32) -> Sem {
    match unit {
        Unit::Quarter => Sem::Quarter { q: 0, y: None, rel: Some(rel) },
        Unit::Half => Sem::Half { h: 0, y: None, rel: Some(rel) },
        _ => Sem::Rel { unit, n: rel, story: false },
    }
}

/// "the past three years", "the next few days", "the first nine months", "the coming months".
fn span(cx: &Cx, i: usize) -> Option<Match> {
    let w = cx.low(i);
    if !crate::text::listed("past last next previous coming first final recent upcoming following", w) {
        return None;
    }
    let k = i + 1;
    if let Some((nn, n)) = cx.number(k) {
        if cx.low(k) == "a" || cx.low(k) == "an" {
            return None;
        }
        let (un, u) = cx.unit(k + nn)?;
        if let Some(m) = upcoming_point(cx, i, n, u, 1 + nn + un) {
            return Some(m);
        }
        return Match::new(
            1 + nn + un,
            Sem::Duration { value: duration_value(n, u), n: Some(n), unit: Some(u), future: false },
        );
    }
    let (un, u) = cx.unit(k)?;
    if is_plural(cx, k) {
        return Match::new(
            1 + un,
            Sem::Duration { value: duration_value(VAGUE_NUMBER, u), n: None, unit: Some(u), future: false },
        );
    }
    if w == "past" && i == 0 && cx.t.len() == 1 + un {
        return Match::new(1 + un, unit_sem(u, -1));
    }
    if w == "past"
        || (w == "last"
            && i > 0
            && cx.low(i - 1) == "the"
            && !matches!(u, Unit::Weekend | Unit::Quarter | Unit::Minute))
    {
        if matches!(u, Unit::Quarter) {
            return None;
        }
        return Match::new(
            1 + un,
            Sem::Duration { value: duration_value(1, u), n: Some(1), unit: Some(u), future: false },
        );
    }
    None
}

/// "upcoming two weeks" with no article or preposition before it (a query, not news prose:
/// "over the upcoming two weeks" is a span): the unit `n` units on.
fn upcoming_point(cx: &Cx, i: usize, n: u32, u: Unit, len: usize) -> Option<Match> {
    let before = if i > 0 { cx.low(i - 1) } else { "" };
    if !(cx.low(i) == "upcoming" || cx.low(i + 1) == "upcoming") || n == VAGUE_NUMBER || n > 99 || !before.is_empty() {
        return None;
    }
    matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year).then(|| Match {
        n: len,
        sem: unit_sem(u, n as i32),
        modifier: None,
        lead: 0,
    })
}

/// "this year", "next month" at `i`; "in diesem Jahr" after a year written earlier in its
/// sentence is that year (a story anaphor, `Locale::anaphor_prefix`).
fn prefixed(cx: &Cx, i: usize, u: Unit, r: i32) -> Sem {
    let back = r == 0
        && matches!(u, Unit::Year | Unit::Month)
        && listed(cx.loc.anaphor_prefix, cx.low(i))
        && (0..i).any(|k| cx.year(k).is_some());
    if back {
        Sem::Rel { unit: u, n: 0, story: true }
    } else {
        unit_sem(u, r)
    }
}

/// Keeps `m` when it is longer than the best so far (of equal lengths, the first found wins).
fn keep(best: &mut Option<Match>, m: Option<Match>) {
    if let Some(m) = m {
        if best.as_ref().is_none_or(|b| m.n > b.n) {
            *best = Some(m);
        }
    }
}

pub fn parse(cx: &Cx, i: usize) -> Option<Match> {
    let mut best: Option<Match> = None;
    keep(&mut best, day_word(cx, i));
    // story-relative phrases: the next day, the day before, le lendemain
    if let Some((n, (u, d))) = cx.table(i, cx.loc.rel_phrases) {
        keep(&mut best, Match::new(n, Sem::Rel { unit: u, n: d, story: true }));
    }
    keep(&mut best, prefixed_unit(cx, i));
    unit_first(cx, i, &mut best);
    counted(cx, i, &mut best);
    keep(&mut best, ago_prefixed(cx, i));
    keep(&mut best, span(cx, i));
    best
}

/// yesterday, today, tomorrow (German "morgen" only in lowercase: "Morgen" is the morning;
/// Spanish "mañana" not after an article: "la mañana" is the morning)
fn day_word(cx: &Cx, i: usize) -> Option<Match> {
    let (n, d) = cx.table(i, cx.loc.rel_days)?;
    let capital_noun = cx.tok(i).is_some_and(|t| t.capitalized()) && listed(cx.loc.lowercase_days, cx.low(i));
    let article_before = i > 0
        && crate::time::sem::lookup(cx.loc.weak_days, cx.low(i)).is_some_and(|before| listed(before, cx.low(i - 1)));
    if capital_noun || article_before {
        return None;
    }
    Match::new(n, Sem::Rel { unit: Unit::Day, n: d, story: false })
}

/// last week, this year, next month, letzte Woche; a day has its own words ("yesterday"):
/// "her last day", "der letzte Tag" is the final one, "next day" the story's (rel_phrases)
fn prefixed_unit(cx: &Cx, i: usize) -> Option<Match> {
    let (pn, r) = cx.rel_prefix(i)?;
    // ("at the last minute", "the next hour": no point on the calendar)
    let (un, u) = cx.unit(i + pn).filter(|x| !matches!(x.1, Unit::Day | Unit::Minute | Unit::Hour))?;
    if is_plural(cx, i + pn) || cx.low(i) == "past" || cx.low(i) == "latest" && u != Unit::Quarter {
        return None;
    }
    Match::new(pn + un, prefixed(cx, i, u, r))
}

/// A unit first: la semaine dernière, el año pasado, el mes que viene; "the year", "the
/// quarter", "the week", "the weekend" (the article comes from the driver).
fn unit_first(cx: &Cx, i: usize, best: &mut Option<Match>) {
    let Some((un, u)) = cx.unit(i) else { return };
    if let Some((pn, r)) = cx.rel_postfix(i + un) {
        keep(best, Match::new(un + pn, unit_sem(u, r)));
    }
    if i > 0 && listed(cx.loc.definite, cx.low(i - 1)) && !is_plural(cx, i) && cx.low(i + un) != "-" {
        match u {
            Unit::Year | Unit::Week | Unit::Weekend | Unit::Month => {
                keep(best, Match::new(un, Sem::Rel { unit: u, n: 0, story: false }))
            }
            Unit::Quarter => keep(best, Match::new(un, Sem::Quarter { q: 0, y: None, rel: None })),
            _ => {}
        }
    }
}

/// A number first: two days ago / a year earlier / two days later / two upcoming weeks.
fn counted(cx: &Cx, i: usize, best: &mut Option<Match>) {
    let Some((nn, n)) = cx.number(i) else { return };
    if let Some((un, u)) = cx.unit(i + nn + 1).filter(|_| cx.low(i + nn) == "upcoming") {
        keep(best, upcoming_point(cx, i, n, u, nn + 1 + un));
    }
    let Some((un, u)) = cx.unit(i + nn) else { return };
    let k = i + nn + un;
    let count = if n == VAGUE_NUMBER { None } else { Some(n as i32) };
    if let Some(an) = cx.words(k, cx.loc.ago_postfix) {
        keep(
            best,
            Match::new(
                nn + un + an,
                match count {
                    Some(c) => Sem::Rel { unit: u, n: -c, story: false },
                    None => Sem::Ref("PAST_REF"),
                },
            ),
        );
    }
    if let Some((sn, dir)) = cx.table(k, cx.loc.shift_postfix) {
        let next = cx.low(k + sn);
        let prep_like = matches!(cx.low(k), "before" | "after" | "on");
        let free = next.is_empty() || matches!(next, "," | "." | ";" | ")" | "and" | "but" | "when" | "\"" | "''");
        // "an hour later", "40 minutes earlier": no clock time to count from, the
        // amount alone (a duration, as TempEval-3 annotates it: 2 of 2)
        if (!prep_like || free) && count.is_some() && !matches!(u, Unit::Minute | Unit::Hour) {
            keep(best, Match::new(nn + un + sn, Sem::Rel { unit: u, n: dir * count.unwrap_or(1), story: true }));
        }
    }
}

/// vor zwei Tagen / il y a deux jours / hace dos días
fn ago_prefixed(cx: &Cx, i: usize) -> Option<Match> {
    let an = cx.words(i, cx.loc.ago_prefix)?;
    let (nn, n) = cx.number(i + an)?;
    let (un, u) = cx.unit(i + an + nn)?;
    Match::new(
        an + nn + un,
        if n == VAGUE_NUMBER { Sem::Ref("PAST_REF") } else { Sem::Rel { unit: u, n: -(n as i32), story: false } },
    )
}
