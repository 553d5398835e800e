//! Compositions: a day or week placed inside another period that is itself relative or named.
//! "Thursday of next week", "Friday next week", "last week's Sunday", "Friday after next",
//! "the 20th of next month", "the second Tuesday of last month", "the third day of June",
//! "the fifth last day of April", "the first week of May 2022", "the 2nd last week of 2019",
//! "the week of June 9th", "three Fridays from now", "2 Mondays ago", and, standing alone
//! as a query, "next season"; "the day before last Tuesday". Values are computed from the
//! reference day in [`value`].

use super::{named, Cx, Match, Sem};
use crate::time::calendar::{days_in_month, nth_weekday, Date};
use crate::time::locale::{lookup, Unit};
use crate::time::resolve::{day_of, week_value, Anchor, Dir};

/// What a composition names, before the reference day is known.
#[derive(Debug, Clone, PartialEq)]
pub enum Calc {
    /// Weekday `wd` of the week `w` weeks from the reference's.
    WeekDay { wd: u32, w: i32 },
    /// Day `d` of the month `mo` months from the reference's.
    MonthDay { d: u32, mo: i32 },
    /// The `n`th (-1: last) weekday `wd` of the month `mo` months from the reference's.
    MonthWeekday { n: i32, wd: u32, mo: i32 },
    /// The `n`th day, or full Monday-to-Sunday week, of month `m` (0: of the year), counted
    /// from the end when `n` < 0; the year, when not given, on the side of the direction.
    Nth { n: i32, week: bool, m: u32, y: Option<i32> },
    /// The week holding a date (a Sunday opens the week after it, as "the week of" is said).
    WeekOf { m: u32, d: u32, y: Option<i32> },
    /// The `n`th weekday `wd` after the reference day (before it when `n` < 0).
    Count { wd: u32, n: i32 },
    /// The season `n` seasons from the reference's.
    Season(i32),
    /// The day `d` of a month, on weekday `wd` (0: any), nearest on the side of the direction:
    /// "Tuesday the 19th", "Thu 15th", a query "on the 15th".
    WdDay { wd: u32, d: u32 },
    /// `n` units from the reference day, said to the day ("three weeks hence", "2 years from
    /// today": a month).
    Shift { unit: Unit, n: i32, day: bool },
    /// Month `m`, `n` years after its coming occurrence ("March after next", "May in a year").
    MonthAfter { m: u32, n: i32 },
    /// `n` days from another day ("the day before last Tuesday's hearing").
    DayFrom { n: i32, base: Box<Sem> },
}

/// "the day before last Tuesday", "the day after Oct. 23": a weekday or a named date, a day
/// off ("the day before the vote" stays out: `refiners/filter.rs`).
fn day_from(cx: &Cx, i: usize) -> Option<Match> {
    let n = match (cx.low(i), cx.low(i + 1)) {
        ("day", "before") => -1,
        ("day", "after") => 1,
        _ => return None,
    };
    let m = super::weekday::parse(cx, i + 2).or_else(|| named::parse(cx, i + 2)).filter(|m| m.sem.is_day())?;
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
    if n == super::VAGUE_NUMBER || n == 0 || n > 52 {
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
    (whole && (w == "season" || w == "seasons")).then(|| Match { n: pn + 1, sem: Sem::Calc(Calc::Season(r)), modifier: None, lead: 0 })
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
    let low = t.low.as_str();
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
    if cx.loc.code != "en" {
        return None;
    }
    [weekday_parts, month_parts, nth_in_period, week_of, count, season, day_number, alone, glued, shift, month_more, day_from]
        .iter()
        .filter_map(|f| f(cx, i))
        .max_by_key(|m| m.n)
}

fn monday(d: Date) -> Date {
    d.add_days(1 - d.weekday() as i64)
}

/// The year of month `m` on the side of the direction.
fn year_of(m: u32, a: Date, dir: Dir) -> i32 {
    match dir {
        Dir::Future if m < a.month => a.year + 1,
        Dir::Past if m > a.month => a.year - 1,
        _ => a.year,
    }
}

fn nth_value(n: i32, week: bool, m: u32, y: i32) -> Option<String> {
    let (start, end) = if m == 0 { (Date::new(y, 1, 1)?, Date::new(y, 12, 31)?) } else { (Date::new(y, m, 1)?, Date::new(y, m, days_in_month(y, m))?) };
    let (first, last, step) = if week {
        let fm = start.add_days((8 - start.weekday() as i64) % 7);
        let lm = end.add_days(-(end.weekday() as i64 % 7) - 6);
        (fm, lm, 7)
    } else {
        (start, end, 1)
    };
    let d = if n > 0 { first.add_days(step * (n as i64 - 1)) } else { last.add_days(step * (n as i64 + 1)) };
    if d < start || d > end {
        return None;
    }
    Some(if week { week_value(d) } else { d.to_string() })
}

/// The TIMEX3 value of a composition from the anchor, in direction `dir`.
pub fn value(c: &Calc, a: Option<&Anchor>, dir: Dir) -> String {
    let Some(ad) = a.and_then(|a| a.date()) else {
        return match c {
            Calc::Nth { n, week, m, y: Some(y) } => nth_value(*n, *week, *m, *y),
            _ => None,
        }
        .unwrap_or_else(|| "XXXX-XX-XX".into());
    };
    let first = Date { year: ad.year, month: ad.month, day: 1 };
    let r = match c {
        Calc::WeekDay { wd, w } => Some(monday(ad).add_days(7 * *w as i64 + *wd as i64 - 1).to_string()),
        Calc::MonthDay { d, mo } => {
            let x = first.add_months(*mo);
            Date::new(x.year, x.month, *d).map(|d| d.to_string())
        }
        Calc::MonthWeekday { n, wd, mo } => {
            let x = first.add_months(*mo);
            nth_weekday(x.year, x.month, *n, *wd).map(|d| d.to_string())
        }
        Calc::Nth { n, week, m, y } => nth_value(*n, *week, *m, y.unwrap_or_else(|| if *m == 0 { ad.year } else { year_of(*m, ad, dir) })),
        // (ahead: the coming one; else the nearest, as a named date is)
        Calc::WeekOf { m, d, y } => if dir == Dir::Future { Date::new(y.unwrap_or_else(|| year_of(*m, ad, dir)), *m, *d) } else { day_of(&Sem::date(*y, Some(*m), Some(*d)), a, dir) }.map(|x| week_value(if x.weekday() == 7 { x.add_days(1) } else { x })),
        Calc::Count { wd, n } => {
            let s = n.signum() as i64;
            let mut gap = ((*wd as i64 - ad.weekday() as i64) * s).rem_euclid(7);
            if gap == 0 {
                gap = 7;
            }
            Some(ad.add_days(s * (gap + 7 * (n.abs() as i64 - 1))).to_string())
        }
        Calc::WdDay { wd, d } => (-27..28)
            .filter_map(|k| {
                let x = first.add_months(k);
                let x = Date::new(x.year, x.month, *d)?;
                let diff = x.days() - ad.days();
                let side = match dir {
                    Dir::Future => diff >= 0,
                    Dir::Past => diff <= 0,
                    Dir::Near => true,
                };
                (side && (*wd == 0 || x.weekday() == *wd)).then_some((diff.abs(), x))
            })
            .min()
            .map(|x| x.1.to_string()),
        Calc::Shift { unit, n, day } => Some(match unit {
            Unit::Year if !day => {
                let x = first.add_months(12 * n);
                format!("{:04}-{:02}", x.year, x.month)
            }
            Unit::Month | Unit::Year => ad.add_months(*n * if *unit == Unit::Year { 12 } else { 1 }).to_string(),
            _ => ad.add_days(*n as i64 * if *unit == Unit::Week { 7 } else { 1 }).to_string(),
        }),
        Calc::DayFrom { n, base } => day_of(base, a, dir).map(|d| d.add_days(*n as i64).to_string()),
        Calc::MonthAfter { m, n } => Some(format!("{:04}-{m:02}", year_of(*m, ad, if *n == 0 { dir } else { Dir::Future }) + n)),
        Calc::Season(r) => {
            // spring = 0 ... winter = 3 (December to February, named by December's year)
            let (y, k) = if ad.month >= 3 { (ad.year, (ad.month - 3) / 3) } else { (ad.year - 1, 3) };
            let t = y * 4 + k as i32 + r;
            let s = ["SP", "SU", "FA", "WI"][t.rem_euclid(4) as usize];
            Some(format!("{:04}-{s}", t.div_euclid(4)))
        }
    };
    r.unwrap_or_else(|| "XXXX-XX-XX".into())
}
