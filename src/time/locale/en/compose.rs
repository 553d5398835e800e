//! Compositions: a day or week placed inside another period that is itself relative or named.
//! "Thursday of next week", "Friday next week", "last week's Sunday", "Friday after next",
//! "the 20th of next month", "the second Tuesday of last month", "the third day of June",
//! "the fifth last day of April", "the first week of May 2022", "the 2nd last week of 2019",
//! "the week of June 9th", "three Fridays from now", "2 Mondays ago", and, standing alone
//! as a query, "next season"; "the day before last Tuesday". English grammar, run through
//! `Locale::grammar`; what they mean ([`Calc`]) is shared, and `resolve::calc_value` computes
//! it from the reference day.

use crate::time::locale::{lookup, Unit};
use crate::time::parsers::{named, weekday, Calc, Cx, Match, Sem, VAGUE_NUMBER};

/// "the day before last Tuesday", "the day after Oct. 23": a weekday or a named date, a day
/// off ("the day before the vote" stays out: `refiners/filter.rs`).
fn day_from(cx: &Cx, i: usize) -> Option<Match> {
    let n = match (cx.low(i), cx.low(i + 1)) {
        ("day", "before") => -1,
        ("day", "after") => 1,
        _ => return None,
    };
    let m = weekday::parse(cx, i + 2).or_else(|| named::parse(cx, i + 2)).filter(|m| m.sem.is_day())?;
    Match::new(2 + m.n, Sem::Calc(Calc::DayFrom { n, base: Box::new(m.sem) }))
}

/// "next week", "the following week", "this week": the week offset.
fn week_rel(cx: &Cx, i: usize) -> Option<(usize, i32)> {
    let a = usize::from(cx.low(i) == "the");
    let (pn, r) = cx.rel_prefix(i + a)?;
    (cx.low(i + a + pn) == "week").then_some((a + pn + 1, r))
}

/// "next month", "the previous month", "this month", "the month": the month offset.
fn month_rel(cx: &Cx, i: usize) -> Option<(usize, i32)> {
    let a = usize::from(cx.low(i) == "the");
    if cx.low(i + a) == "month" && a == 1 {
        return Some((2, 0));
    }
    let (pn, r) = cx.rel_prefix(i + a)?;
    (cx.low(i + a + pn) == "month").then_some((a + pn + 1, r))
}

/// An ordinal, with "last" after it counting from the end ("fifth last", "2nd last").
fn nth(cx: &Cx, i: usize) -> Option<(usize, i32)> {
    let (on, n) = cx.ordinal(i)?;
    if n == 99 {
        return Some((on, -1));
    }
    if cx.low(i + on) == "last" {
        return Some((on + 1, -(n as i32)));
    }
    Some((on, n as i32))
}

fn weekday_parts(cx: &Cx, i: usize) -> Option<Match> {
    // last week's Sunday
    if let Some((wn, w)) = week_rel(cx, i) {
        if cx.low(i + wn) == "'" && cx.low(i + wn + 1) == "s" {
            let (dn, wd) = cx.weekday(i + wn + 2)?;
            return Match::new(wn + 2 + dn, Sem::Calc(Calc::WeekDay { wd, w }));
        }
        return None;
    }
    let (dn, wd) = cx.weekday(i)?;
    let k = i + dn;
    // Friday after next
    if cx.low(k) == "after" && cx.low(k + 1) == "next" {
        return Match::new(dn + 2, Sem::Calc(Calc::WeekDay { wd, w: 1 }));
    }
    // Thursday [of | from] next week
    let l = usize::from(matches!(cx.low(k), "of" | "from" | "in"));
    let (wn, w) = week_rel(cx, k + l)?;
    Match::new(dn + l + wn, Sem::Calc(Calc::WeekDay { wd, w }))
}

/// [the] 20th [day] of [the] next month | [the] second Tuesday of last month
fn month_parts(cx: &Cx, i: usize) -> Option<Match> {
    if let Some((on, n)) = nth(cx, i) {
        if let Some((dn, wd)) = cx.weekday(i + on) {
            let k = i + on + dn;
            if matches!(cx.low(k), "of" | "in") {
                let (mn, mo) = month_rel(cx, k + 1)?;
                return Match::new(k + 1 + mn - i, Sem::Calc(Calc::MonthWeekday { n, wd, mo }));
            }
        }
    }
    let (dn, d) = cx.day(i).or_else(|| cx.ordinal(i).filter(|x| x.1 <= 31))?;
    let mut k = i + dn;
    if cx.low(k) == "day" {
        k += 1;
    }
    if cx.low(k) != "of" {
        return None;
    }
    let (mn, mo) = month_rel(cx, k + 1)?;
    Match::new(k + 1 + mn - i, Sem::Calc(Calc::MonthDay { d, mo }))
}

/// third [last] day|week of|in October [2014] | of 2018
fn nth_in_period(cx: &Cx, i: usize) -> Option<Match> {
    let (on, n) = nth(cx, i)?;
    let k = i + on;
    let week = match cx.low(k) {
        "day" => false,
        "week" => true,
        _ => return None,
    };
    if !matches!(cx.low(k + 1), "of" | "in") {
        return None;
    }
    let j = k + 2;
    if let Some((yn, y)) = cx.year(j) {
        return Match::new(j + yn - i, Sem::Calc(Calc::Nth { n, week, m: 0, y: Some(y) }));
    }
    let (mn, m) = cx.month(j)?;
    let mut e = j + mn;
    let y = cx.year(e).map(|(yn, y)| {
        e += yn;
        y
    });
    Match::new(e - i, Sem::Calc(Calc::Nth { n, week, m, y }))
}

/// week of October 6th (the article comes from the driver)
fn week_of(cx: &Cx, i: usize) -> Option<Match> {
    if cx.low(i) != "week" || cx.low(i + 1) != "of" || i == 0 || cx.low(i - 1) != "the" {
        return None;
    }
    let m = named::parse(cx, i + 2)?;
    match m.sem {
        Sem::Date { y, m: Some(mm), d: Some(d), .. } => Match::new(2 + m.n, Sem::Calc(Calc::WeekOf { m: mm, d, y })),
        _ => None,
    }
}

/// three Fridays from now | 2 Mondays ago
fn count(cx: &Cx, i: usize) -> Option<Match> {
    let (nn, n) = cx.number(i)?;
    if n == VAGUE_NUMBER || n == 0 || n > 52 {
        return None;
    }
    let wd = lookup(cx.loc.weekdays_plural, cx.low(i + nn))?;
    let k = i + nn + 1;
    let (len, sign) = match (cx.low(k), cx.low(k + 1)) {
        ("from", "now" | "today") => (2, 1),
        ("hence", _) => (1, 1),
        ("ago" | "back", _) => (1, -1),
        _ => return None,
    };
    Match::new(nn + 1 + len, Sem::Calc(Calc::Count { wd, n: sign * n as i32 }))
}

/// three weeks hence | 2 years from today
fn shift(cx: &Cx, i: usize) -> Option<Match> {
    let (nn, n) = cx.number(i).filter(|x| x.1 <= 999)?;
    let (un, unit) = cx.unit(i + nn).filter(|u| matches!(u.1, Unit::Day | Unit::Week | Unit::Month | Unit::Year))?;
    let k = i + nn + un;
    let len = match (cx.low(k), cx.low(k + 1)) {
        ("hence", _) => 1,
        ("from", "today") => 2,
        _ => return None,
    };
    Match::new(k + len - i, Sem::Calc(Calc::Shift { unit, n: n as i32, day: len == 2 }))
}

/// March after next | May in a year | Jul 18, Fri (the weekday after the date) | current summer
fn month_more(cx: &Cx, i: usize) -> Option<Match> {
    if let Some((sn, s)) = cx.table(i + 1, cx.loc.seasons).filter(|_| cx.low(i) == "current") {
        return Match::new(1 + sn, Sem::Season { s, y: None, rel: Some(0) });
    }
    if let Some(m) = named::parse(cx, i) {
        if let Sem::Date { y: None, m: Some(mm), d: Some(dd), wd: None, rel } = m.sem {
            let (wn, w) = cx.weekday(i + m.n + 1).filter(|_| cx.low(i + m.n) == ",")?;
            return Match::new(m.n + 1 + wn, Sem::Date { y: None, m: Some(mm), d: Some(dd), wd: Some(w), rel });
        }
    }
    let (mn, m) = cx.month(i)?;
    let k = i + mn;
    let (len, n) = match (cx.low(k), cx.low(k + 1)) {
        ("after", "next") => (2, 1),
        ("in", _) => {
            let (nn, n) = cx.number(k + 1).filter(|x| x.1 < 100)?;
            (cx.low(k + 1 + nn) == "year" || cx.low(k + 1 + nn) == "years").then_some((2 + nn, n as i32))?
        }
        _ => return None,
    };
    Match::new(mn + len, Sem::Calc(Calc::MonthAfter { m, n }))
}

/// "next season", "this season", "last season" standing alone (in prose, a sports season).
fn season(cx: &Cx, i: usize) -> Option<Match> {
    let (pn, r) = cx.rel_prefix(i)?;
    let w = cx.low(i + pn);
    let whole = i == 0 && cx.t.len() == pn + 1;
    (whole && (w == "season" || w == "seasons")).then(|| Match {
        n: pn + 1,
        sem: Sem::Calc(Calc::Season(r)),
        modifier: None,
        lead: 0,
    })
}

/// Tuesday [,] [the] 19th | a query "[on] the 15th" | February the 15th
fn day_number(cx: &Cx, i: usize) -> Option<Match> {
    let suffixed = |k: usize| cx.day(k).filter(|_| cx.tok(k).is_some_and(|t| !t.is_num()));
    if let Some((mn, m)) = cx.month(i) {
        let (dn, d) = suffixed(i + mn + 1).filter(|_| cx.low(i + mn) == "the")?;
        return Match::new(mn + 1 + dn, Sem::date(None, Some(m), Some(d)));
    }
    let (wn, wd) = match cx.weekday(i) {
        Some((wn, wd)) => (wn + usize::from(cx.low(i + wn) == ","), wd),
        None if i == 0 => (usize::from(cx.low(0) == "on"), 0),
        None => return None,
    };
    let the = usize::from(cx.low(i + wn) == "the");
    let k = i + wn + the;
    let (dn, d) = suffixed(k).or_else(|| cx.ordinal(k).filter(|x| x.1 <= 31 && the == 1 && wd == 0))?;
    // "Monday, the ninth day of fighting" counts days
    if (wd == 0 && (the == 0 || k + dn != cx.t.len())) || cx.unit(k + dn).is_some() || cx.low(k + dn) == "of" {
        return None;
    }
    Match::new(k + dn - i, Sem::Calc(Calc::WdDay { wd, d }))
}

/// A query that is only a weekday or month name, abbreviated or not ("sat", "mon.", "March").
fn alone(cx: &Cx, i: usize) -> Option<Match> {
    let dot = usize::from(cx.low(1) == ".");
    if i != 0 || cx.t.len() != 1 + dot {
        return None;
    }
    match lookup(cx.loc.weekdays, cx.low(0)) {
        Some(wd) => Match::new(1 + dot, Sem::Weekday { wd, rel: None }),
        None => Match::new(1 + dot, Sem::Calc(Calc::MonthAfter { m: lookup(cx.loc.months, cx.low(0))?, n: 0 })),
    }
}

/// Glued forms: "2018Q4", "18q4", "14april [2015]"; a year with its era ("2014 AD", "2014 A.D.").
fn glued(cx: &Cx, i: usize) -> Option<Match> {
    let t = cx.tok(i)?;
    let low = t.low.as_ref();
    let digits = low.len() - low.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (num, rest) = low.split_at(digits);
    if let Some((yn, y)) = cx.year(i) {
        let n = match (cx.low(i + 1), cx.low(i + 2), cx.low(i + 3)) {
            ("ad", _, _) => 1,
            ("a", ".", "d") => 3 + usize::from(cx.low(i + 4) == "."),
            _ => return None,
        };
        return Match::new(yn + n, Sem::date(Some(y), None, None));
    }
    let v: i32 = num.parse().ok()?;
    if let Some(q) = rest.strip_prefix('q').and_then(|q| q.parse::<u32>().ok()).filter(|q| (1..=4).contains(q)) {
        let y = match digits {
            2 => 2000 + v,
            4 => v,
            _ => return None,
        };
        return Match::new(1, Sem::Quarter { q, y: Some(y), rel: None });
    }
    let m = lookup(cx.loc.months, rest).filter(|_| (1..=31).contains(&v) && rest.len() > 2)?;
    let y = cx.year(i + 1);
    Match::new(1 + y.map_or(0, |x| x.0), Sem::date(y.map(|x| x.1), Some(m), Some(v as u32)))
}

pub fn parse(cx: &Cx, i: usize) -> Option<Match> {
    [
        weekday_parts,
        month_parts,
        nth_in_period,
        week_of,
        count,
        season,
        day_number,
        alone,
        glued,
        shift,
        month_more,
        day_from,
    ]
    .iter()
    .filter_map(|f| f(cx, i))
    .max_by_key(|m| m.n)
}
