//! Normalization: what an expression means ([`Sem`]) plus a reference time and a direction
//! give its TIMEX3 type and value at the right granularity (2020-09-27, 2020-W40, 2020-W40-WE,
//! 2020-SU, 2020-Q3, 199, 18, 2020-09-27T16:00, P3D, PRESENT_REF, XXXX-09-27 ...).

use super::calendar::{days_in_month, easter, nth_weekday, Date};
use super::locale::{Holiday, Unit};
use super::parsers::{Calc, Sem};
use crate::analysis::TimexType;

/// The time an expression is resolved against, as precisely as it is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    pub y: i32,
    pub m: Option<u32>,
    pub d: Option<u32>,
}

impl Anchor {
    pub fn from_date(d: Date) -> Anchor {
        Anchor { y: d.year, m: Some(d.month), d: Some(d.day) }
    }
    pub fn date(&self) -> Option<Date> {
        Date::new(self.y, self.m?, self.d?)
    }
}

/// Which way an underspecified expression points from the anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Past,
    Future,
    /// No tense to go by (a present-tense headline, "to reopen in June"): the nearest
    /// occurrence for a day or a weekday (the past on a tie), the reference's own year for a
    /// month or a longer period.
    Near,
}

pub fn week_value(d: Date) -> String {
    let (y, w) = d.iso_week();
    format!("{y:04}-W{w:02}")
}

/// How far a day `diff` days from the anchor is, a day on the wrong side of the tense counting
/// 90 days more.
fn day_cost(diff: i64, dir: Dir) -> i64 {
    let wrong = match dir {
        Dir::Future => diff < -1,
        Dir::Past => diff > 1,
        Dir::Near => false,
    };
    diff.abs() + if wrong { 90 } else { 0 }
}

/// The year in which month/day falls on the requested side of the anchor, nearest first. With
/// the weekday said beside it ("Tuesday, 5 March"), only the years where it falls on that
/// weekday, when one of the three does; else the weekday is a slip and the date wins.
fn year_for(m: u32, d: u32, wd: Option<u32>, a: Date, dir: Dir) -> Option<i32> {
    let mut best: Option<(i64, i32)> = None;
    let fits = |y: i32| wd.is_none_or(|w| Date::new(y, m, d).is_some_and(|x| x.weekday() == w));
    let any_fits = (a.year - 1..=a.year + 1).any(fits);
    for y in [a.year - 1, a.year, a.year + 1] {
        if any_fits && !fits(y) {
            continue;
        }
        let Some(x) = Date::new(y, m, d).or_else(|| (m == 2 && d == 29).then(|| Date::new(y, 2, 28)).flatten()) else {
            continue;
        };
        // Nearest wins; the tense only breaks near-ties ("Dec. 7" in a November story is
        // the coming one even in a past-tense sentence).
        let cost = day_cost(x.days() - a.days(), dir);
        if best.is_none_or(|b| cost < b.0) {
            best = Some((cost, y));
        }
    }
    best.map(|b| b.1)
}

/// Year of a period that starts in month `start` (1-12), on the requested side of the anchor.
fn year_for_period(start: u32, months: u32, a: &Anchor, dir: Dir) -> i32 {
    let Some(am) = a.m else { return a.y };
    let end = start + months - 1;
    if months == 1 && dir == Dir::Near {
        // no tense: the reference's own year, as HeidelTime does ("exports fell in January",
        // "to reopen in June")
        return a.y;
    }
    if months == 1 {
        // a month alone: the nearest, the tense breaking near-ties
        let mut best = (i32::MAX, a.y);
        for y in [a.y - 1, a.y, a.y + 1] {
            let diff = (y * 12 + start as i32) - (a.y * 12 + am as i32);
            let wrong = match dir {
                Dir::Past => diff > 0,
                Dir::Future => diff < 0,
                Dir::Near => false,
            };
            let cost = diff.abs() + if wrong { 7 } else { 0 };
            if cost < best.0 {
                best = (cost, y);
            }
        }
        return best.1;
    }
    match dir {
        Dir::Past if start > am => a.y - 1,
        Dir::Future if end < am => a.y + 1,
        _ => a.y,
    }
}

pub fn holiday_date(h: Holiday, y: i32) -> Option<Date> {
    match h {
        Holiday::Fixed(m, d) => Date::new(y, m, d),
        Holiday::Easter(k) => easter(y).map(|e| e.add_days(k as i64)),
        Holiday::Nth(n, wd, m) => nth_weekday(y, m, n, wd),
        Holiday::Thanksgiving(k) => nth_weekday(y, 11, 4, 4).map(|t| t.add_days(k as i64)),
    }
}

fn weekday_date(wd: u32, rel: Option<i32>, a: Date, dir: Dir) -> Date {
    let delta = wd as i64 - a.weekday() as i64;
    let days = match rel {
        Some(-1) => {
            if delta < 0 {
                delta
            } else {
                delta - 7
            }
        }
        Some(1) => {
            if delta > 0 {
                delta
            } else {
                delta + 7
            }
        }
        Some(_) => delta, // "this Friday": the one in the anchor's week
        None => match dir {
            Dir::Future => {
                if delta >= 0 {
                    delta
                } else {
                    delta + 7
                }
            }
            // no tense ("Arafat and Netanyahu meet Monday" said on a Friday): the nearest, the
            // past on a tie
            Dir::Near => {
                if delta > 3 {
                    delta - 7
                } else if delta < -3 {
                    delta + 7
                } else {
                    delta
                }
            }
            Dir::Past => {
                if delta <= 0 {
                    delta
                } else {
                    delta - 7
                }
            }
        },
    };
    a.add_days(days)
}

fn season_start(s: &str) -> u32 {
    match s {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    }
}

/// The day a day-level expression names, when the anchor allows.
pub fn day_of(sem: &Sem, a: Option<&Anchor>, dir: Dir) -> Option<Date> {
    let ad = a.and_then(|a| a.date());
    match sem {
        Sem::Date { y, m: Some(m), d: Some(d), wd, .. } => {
            let y = match y {
                Some(y) => *y,
                None => match ad {
                    Some(ad) => year_for(*m, *d, *wd, ad, dir)?,
                    None => a?.y,
                },
            };
            Date::new(y, *m, *d)
        }
        Sem::Weekday { wd, rel } => Some(weekday_date(*wd, *rel, ad?, dir)),
        Sem::Rel { unit: Unit::Day, n, .. } => Some(ad?.add_days(*n as i64)),
        Sem::Holiday { h, y, rel } => {
            if let Some(y) = y {
                return holiday_date(*h, *y);
            }
            let a = a?;
            if let Some(r) = rel {
                let this = holiday_date(*h, a.y)?;
                let ad = ad.unwrap_or(this);
                let y = match r {
                    -1 => {
                        if this < ad {
                            a.y
                        } else {
                            a.y - 1
                        }
                    }
                    1 => {
                        if this > ad {
                            a.y
                        } else {
                            a.y + 1
                        }
                    }
                    _ => a.y,
                };
                return holiday_date(*h, y);
            }
            match ad {
                Some(ad) => {
                    let this = holiday_date(*h, a.y)?;
                    let y = match dir {
                        Dir::Past if this.days() > ad.days() + 1 => a.y - 1,
                        Dir::Future if this.days() < ad.days() - 1 => a.y + 1,
                        _ => a.y,
                    };
                    holiday_date(*h, y)
                }
                None => holiday_date(*h, a.y),
            }
        }
        _ => None,
    }
}

/// TIMEX3 type and value of `sem` against anchor `a` in direction `dir`.
pub fn resolve(sem: &Sem, a: Option<&Anchor>, dir: Dir) -> (TimexType, String) {
    let date = TimexType::Date;
    match sem {
        Sem::Date { y, m, d, rel, .. } => (date, date_value(sem, (*y, *m, *d), *rel, a, dir)),
        Sem::Weekday { wd, .. } => match day_of(sem, a, dir) {
            Some(x) => (date, x.to_string()),
            None => (date, format!("XXXX-WXX-{wd}")),
        },
        Sem::Rel { unit, n, story } => (date, rel_value(*unit, *n, *story, a, dir)),
        Sem::Season { s, y, rel } => (date, season_value(s, *y, *rel, a, dir)),
        Sem::Quarter { q, y, rel } => (date, quarter_value(*q, *y, *rel, a, dir)),
        Sem::Half { h, y, rel } => (date, half_value(*h, *y, *rel, a, dir)),
        Sem::Decade(d) => (date, format!("{d}")),
        Sem::Century(c) => (date, format!("{c:02}")),
        Sem::Holiday { h, .. } => match day_of(sem, a, dir) {
            Some(x) => (date, x.to_string()),
            None => (
                date,
                match h {
                    Holiday::Fixed(m, d) => format!("XXXX-{m:02}-{d:02}"),
                    _ => "XXXX-XX-XX".into(),
                },
            ),
        },
        Sem::Clock { h, m, base } => (TimexType::Time, format!("{}T{h:02}:{m:02}", day_prefix(base, a, dir))),
        Sem::Part { pod, base } => (TimexType::Time, format!("{}T{pod}", day_prefix(base, a, dir))),
        Sem::Duration { value, .. } => (TimexType::Duration, value.clone()),
        Sem::Set(v) => (TimexType::Set, v.clone()),
        Sem::Ref(v) => (date, v.to_string()),
        Sem::Calc(c) => (date, calc_value(c, a, dir)),
    }
}

/// A calendar date given in part (`ymd`): a day by `day_of`, a month by `rel` or the period
/// rule, a year as written.
fn date_value(
    sem: &Sem,
    ymd: (Option<i32>, Option<u32>, Option<u32>),
    rel: Option<i32>,
    a: Option<&Anchor>,
    dir: Dir,
) -> String {
    match ymd {
        (_, Some(mm), Some(dd)) => match day_of(sem, a, dir) {
            Some(x) => x.to_string(),
            None => format!("XXXX-{mm:02}-{dd:02}"),
        },
        (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
        (Some(y), None, _) => format!("{y:04}"),
        (None, Some(m), None) => match a {
            Some(a) => {
                let y = match rel {
                    Some(-1) => {
                        if a.m.is_some_and(|am| m < am) {
                            a.y
                        } else {
                            a.y - 1
                        }
                    }
                    Some(1) => {
                        if a.m.is_some_and(|am| m > am) {
                            a.y
                        } else {
                            a.y + 1
                        }
                    }
                    Some(_) => a.y,
                    None => year_for_period(m, 1, a, dir),
                };
                format!("{y:04}-{m:02}")
            }
            None => format!("XXXX-{m:02}"),
        },
        _ => "XXXX".into(),
    }
}

/// `n` units from the anchor ("yesterday", "last week", "next month"); without an anchor,
/// PRESENT_REF for the reader's "today" and an unknown day otherwise.
fn rel_value(unit: Unit, n: i32, story: bool, a: Option<&Anchor>, dir: Dir) -> String {
    let Some(a) = a else {
        return match unit {
            Unit::Day if n == 0 && !story => "PRESENT_REF".into(),
            _ => "XXXX-XX-XX".into(),
        };
    };
    let ad = a.date();
    match unit {
        Unit::Minute | Unit::Hour | Unit::Day => match ad {
            Some(ad) => ad.add_days(if unit == Unit::Day { n as i64 } else { 0 }).to_string(),
            None => "XXXX-XX-XX".into(),
        },
        Unit::Week => match ad {
            Some(ad) => week_value(ad.add_days(7 * n as i64)),
            None => "XXXX-WXX".into(),
        },
        Unit::Weekend => match ad {
            Some(ad) => weekend_value(ad, n, dir),
            None => "XXXX-WXX-WE".into(),
        },
        Unit::Month => match a.m {
            Some(m) => {
                let x = Date { year: a.y, month: m, day: 1 }.add_months(n);
                format!("{:04}-{:02}", x.year, x.month)
            }
            None => format!("{:04}", a.y),
        },
        Unit::Quarter | Unit::Half => format!("{:04}", a.y),
        Unit::Year => format!("{:04}", a.y + n),
        Unit::Decade => format!("{}", a.y.div_euclid(10) + n),
        Unit::Century => format!("{}", a.y.div_euclid(100) + n),
    }
}

/// The weekend `n` weekends from day `ad` ("this weekend" looks back unless `dir` is future).
fn weekend_value(ad: Date, n: i32, dir: Dir) -> String {
    let wd = ad.weekday() as i64;
    // Saturday of the anchor's week, then moved
    let sat = ad.add_days(6 - wd);
    let s = match n {
        0 if wd >= 6 => sat,
        0 => match dir {
            Dir::Past | Dir::Near => sat.add_days(-7),
            Dir::Future => sat,
        },
        k if k < 0 => sat.add_days(7 * k as i64),
        k => {
            if wd >= 6 {
                sat.add_days(7 * k as i64)
            } else {
                sat.add_days(7 * (k as i64 - 1))
            }
        }
    };
    format!("{}-WE", week_value(s))
}

/// Season `s` of year `y`, or of the year `rel` or the period rule gives against the anchor.
fn season_value(s: &str, y: Option<i32>, rel: Option<i32>, a: Option<&Anchor>, dir: Dir) -> String {
    let y = match (y, a) {
        (Some(y), _) => y,
        (None, Some(a)) => match rel {
            Some(r) => {
                let base = if s == "WI" && a.m.is_some_and(|m| m <= 2) { a.y - 1 } else { a.y };
                let cur = a.m.is_none_or(|m| season_start(s) <= m || (s == "WI" && m <= 2));
                match r {
                    -1 if cur && !(a.m.is_some_and(|m| m >= season_start(s) && m < season_start(s) + 3)) => base,
                    -1 => base - 1,
                    1 if !cur => base,
                    1 => base + 1,
                    _ => base,
                }
            }
            None => year_for_period(season_start(s), 3, a, dir),
        },
        (None, None) => return format!("XXXX-{s}"),
    };
    format!("{y:04}-{s}")
}

/// Quarter `q` (0: "the quarter", the latest one) of year `y` or of the anchor's year.
fn quarter_value(q: u32, y: Option<i32>, rel: Option<i32>, a: Option<&Anchor>, dir: Dir) -> String {
    let (y, q) = match (y, a) {
        (Some(y), _) => (y, q),
        (None, Some(a)) => match a.m {
            Some(m) => {
                let cur = (m - 1) / 3 + 1;
                if q == 0 {
                    let shift = match rel {
                        Some(r) => r,
                        None => {
                            if dir != Dir::Future {
                                -1
                            } else {
                                0
                            }
                        }
                    };
                    let k = (a.y * 4 + cur as i32 - 1) + shift;
                    (k.div_euclid(4), (k.rem_euclid(4) + 1) as u32)
                } else if let Some(r) = rel {
                    // "next year's first quarter"
                    (a.y + r, q)
                } else {
                    (year_for_period((q - 1) * 3 + 1, 3, a, dir), q)
                }
            }
            None => (a.y, q),
        },
        (None, None) => return if q == 0 { "XXXX-QX".into() } else { format!("XXXX-Q{q}") },
    };
    if q == 0 {
        return format!("{y:04}");
    }
    format!("{y:04}-Q{q}")
}

/// Half `h` (0: the current one) of year `y` or of the anchor's year.
fn half_value(h: u32, y: Option<i32>, rel: Option<i32>, a: Option<&Anchor>, dir: Dir) -> String {
    let (y, h) = match (y, a) {
        (Some(y), _) => (y, h),
        (None, Some(a)) => {
            let cur = a.m.map(|m| if m <= 6 { 1 } else { 2 });
            if h == 0 {
                let k = a.y * 2 + cur.unwrap_or(1) - 1 + rel.unwrap_or(0);
                (k.div_euclid(2), (k.rem_euclid(2) + 1) as u32)
            } else if let Some(r) = rel {
                (a.y + r, h)
            } else {
                (year_for_period((h - 1) * 6 + 1, 6, a, dir), h)
            }
        }
        (None, None) => return format!("XXXX-H{h}"),
    };
    format!("{y:04}-H{h}")
}

/// The day a clock time or part of day falls on: its `base` date, else the anchor's day.
fn day_prefix(base: &Option<Box<Sem>>, a: Option<&Anchor>, dir: Dir) -> String {
    let day = match base {
        Some(b) => day_of(b, a, dir),
        None => a.and_then(|a| a.date()),
    };
    day.map(|d| d.to_string()).unwrap_or_else(|| "XXXX-XX-XX".into())
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
    let (start, end) = if m == 0 {
        (Date::new(y, 1, 1)?, Date::new(y, 12, 31)?)
    } else {
        (Date::new(y, m, 1)?, Date::new(y, m, days_in_month(y, m))?)
    };
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
pub fn calc_value(c: &Calc, a: Option<&Anchor>, dir: Dir) -> String {
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
        Calc::Nth { n, week, m, y } => {
            nth_value(*n, *week, *m, y.unwrap_or_else(|| if *m == 0 { ad.year } else { year_of(*m, ad, dir) }))
        }
        // (ahead: the coming one; else the nearest, as a named date is)
        Calc::WeekOf { m, d, y } => if dir == Dir::Future {
            Date::new(y.unwrap_or_else(|| year_of(*m, ad, dir)), *m, *d)
        } else {
            day_of(&Sem::date(*y, Some(*m), Some(*d)), a, dir)
        }
        .map(|x| week_value(if x.weekday() == 7 { x.add_days(1) } else { x })),
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
        Calc::MonthAfter { m, n } => {
            Some(format!("{:04}-{m:02}", year_of(*m, ad, if *n == 0 { dir } else { Dir::Future }) + n))
        }
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
