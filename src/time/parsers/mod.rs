//! Pattern families: small matchers, each for one kind of expression, reading the locale's
//! tables. Each family looks at a bounded window of tokens from a start position and returns
//! what it found ([`Match`]); `recognize` runs them all at each token and keeps the longest.
//!
//! | family | file | examples |
//! |---|---|---|
//! | numeric dates | `numeric.rs` | 2020-09-27, 27/09/2020, 27.09.2020 |
//! | named dates | `named.rs` | 27 September 2020, Sept. 27th, September 2020, May |
//! | years, decades, centuries | `years.rs` | in 2021, fiscal 1989, the 1990s, the 19th century |
//! | weekdays | `weekday.rs` | Friday, last Monday, Tuesdays |
//! | relative | `relative.rs` | yesterday, last week, two days ago, the next day, this year |
//! | clock and parts of day | `clock.rs` | 4 p.m., 16:00 GMT, noon, tonight, Monday night |
//! | periods | `period.rs` | summer 2020, the third quarter, H1 2021 |
//! | holidays | `holiday.rs` | Easter, Thanksgiving, Christmas Eve |
//! | durations and sets | `duration.rs` | nine days, two or three days, a decade, every Monday, annually |
//! | vague references | `vague.rs` | now, recently, the future |
//! | a language's own forms | `locale/<code>/` via `Locale::grammar` | Thursday of next week, the 20th of next month (English) |

pub mod clock;
pub mod duration;
pub mod holiday;
pub mod named;
pub mod numeric;
pub mod period;
pub mod relative;
pub mod vague;
pub mod weekday;
pub mod years;

use super::locale::{lookup, Holiday, Locale, Unit};
use super::tokens::{phrase_parts, Tok};

/// What an expression means before it is resolved against a reference time.
#[derive(Debug, Clone, PartialEq)]
pub enum Sem {
    /// A calendar date, partly given; `rel` for "last May" / "next September".
    Date {
        y: Option<i32>,
        m: Option<u32>,
        d: Option<u32>,
        wd: Option<u32>,
        rel: Option<i32>,
    },
    /// A weekday, with "last"/"next"/"this" when said.
    Weekday {
        wd: u32,
        rel: Option<i32>,
    },
    /// `n` units from the reference ("yesterday": Day -1; "last week": Week -1). `story`: counted
    /// from the story's own time ("the next day", "two days later").
    Rel {
        unit: Unit,
        n: i32,
        story: bool,
    },
    Season {
        s: &'static str,
        y: Option<i32>,
        rel: Option<i32>,
    },
    /// q = 0: "the quarter", the latest one.
    Quarter {
        q: u32,
        y: Option<i32>,
        rel: Option<i32>,
    },
    Half {
        h: u32,
        y: Option<i32>,
        rel: Option<i32>,
    },
    /// Decade as TIMEX3 writes it: 199 for the 1990s.
    Decade(i32),
    /// Century as TIMEX3 writes it: 18 for the 19th century.
    Century(i32),
    Holiday {
        h: Holiday,
        y: Option<i32>,
        rel: Option<i32>,
    },
    Clock {
        h: u32,
        m: u32,
        base: Option<Box<Sem>>,
    },
    /// Part of day ("MO", "AF", "EV", "NI") on a day.
    Part {
        pod: &'static str,
        base: Option<Box<Sem>>,
    },
    /// A duration value (P3D, PXY, PT2H); `future` for "in two days" (a point after the reference).
    Duration {
        value: String,
        n: Option<u32>,
        unit: Option<Unit>,
        future: bool,
    },
    Set(String),
    Ref(&'static str),
    /// A day or week inside another period ("Friday of next week", "the 20th of next month").
    Calc(Calc),
}

/// What a composition names, before the reference day is known (read by a locale's grammar:
/// `locale/en/compose.rs`).
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

impl Sem {
    pub fn date(y: Option<i32>, m: Option<u32>, d: Option<u32>) -> Sem {
        Sem::Date { y, m, d, wd: None, rel: None }
    }
    /// A day-level value a clock time or part of day can attach to.
    pub fn is_day(&self) -> bool {
        match self {
            Sem::Date { d, .. } => d.is_some(),
            Sem::Weekday { .. } => true,
            Sem::Rel { unit, .. } => *unit == Unit::Day,
            Sem::Holiday { .. } => true,
            _ => false,
        }
    }
}

/// A family's answer: `n` tokens from the start position, what they mean, and a modifier.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub n: usize,
    pub sem: Sem,
    pub modifier: Option<&'static str>,
    /// Tokens at the start that give the modifier but stay out of the extent ("about three
    /// years": APPROX on "three years", as TimeBank annotates it).
    pub lead: usize,
}

impl Match {
    pub fn new(n: usize, sem: Sem) -> Option<Match> {
        Some(Match { n, sem, modifier: None, lead: 0 })
    }
}

/// The tokens of one sentence and the locale: what every family reads.
pub struct Cx<'a> {
    pub t: &'a [Tok<'a>],
    pub loc: &'static Locale,
    /// The text uses capitals at all. In an all-lowercase text (a typed query) case says
    /// nothing, so names need no capital there.
    pub cased: bool,
    /// Day and month order of all-numeric dates on this page (`numeric::page_order`).
    pub order: super::locale::NumericOrder,
}

pub const VAGUE_NUMBER: u32 = u32::MAX;

impl<'a> Cx<'a> {
    /// Names must be capitalized (English, in a text that uses capitals).
    pub fn needs_capital(&self) -> bool {
        self.loc.capitalized_names && self.cased
    }
    pub fn low(&self, i: usize) -> &str {
        self.t.get(i).map(|t| t.low.as_ref()).unwrap_or("")
    }
    pub fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.t.get(i)
    }
    /// Token i follows i-1 with no space between.
    pub fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.spaced)
    }
    /// Tokens a table phrase covers at i, when it matches there.
    pub fn phrase(&self, i: usize, p: &str) -> Option<usize> {
        // Cheap rejection first: the phrase must begin with this token (most table entries
        // fail here, and this runs for every entry at every token).
        let (low, pb) = (self.t.get(i)?.low.as_bytes(), p.as_bytes());
        if pb.first().is_some_and(|b| !b.is_ascii_whitespace())
            && (pb.len() < low.len() || pb.first() != low.first() || &pb[..low.len()] != low)
        {
            return None;
        }
        let mut k = 0;
        for part in phrase_parts(p) {
            let t = self.t.get(i + k)?;
            if t.low != part {
                return None;
            }
            // A phrase's inner punctuation is glued ("a.m.", "year's"), its words are spaced.
            k += 1;
        }
        (k > 0).then_some(k)
    }
    /// Longest of `phrases` matching at i: (tokens, index of the first such phrase). Only at a
    /// token that begins some table phrase ([`Tok::lead`]); debug builds check that the list
    /// agrees. One copy for every table type (wasm size).
    /// `key`: the table's address, size in bytes and entry size (the same key, the same
    /// entries), for the token's memo.
    fn longest(
        &self,
        i: usize,
        key: (usize, usize, usize),
        phrases: &mut dyn Iterator<Item = &str>,
    ) -> Option<(usize, usize)> {
        let t = self.t.get(i)?;
        if !t.lead && !cfg!(debug_assertions) {
            return None;
        }
        if let Some(e) = t.seen.borrow().iter().find(|e| e.0 == key) {
            return e.1;
        }
        let first = *t.low.as_bytes().first()?;
        let mut best: Option<(usize, usize)> = None;
        for (k, p) in phrases.enumerate() {
            // `phrase`'s own first test, inline: the phrase begins with this token (one starting
            // with a space is checked in full)
            let pb = p.as_bytes();
            if pb
                .first()
                .is_some_and(|&b| !b.is_ascii_whitespace() && (b != first || !pb.starts_with(t.low.as_bytes())))
            {
                continue;
            }
            if let Some(n) = self.phrase(i, p) {
                debug_assert!(t.lead, "{p:?}: a table outside locale::leads");
                if best.is_none_or(|b| n > b.0) {
                    best = Some((n, k));
                }
            }
        }
        t.seen.borrow_mut().push((key, best));
        best
    }
    /// Longest phrase of a (phrase, value) table matching at i.
    pub fn table<T: Copy>(&self, i: usize, table: &[(&str, T)]) -> Option<(usize, T)> {
        let key = (table.as_ptr() as usize, std::mem::size_of_val(table), std::mem::size_of::<(&str, T)>());
        let (n, k) = self.longest(i, key, &mut table.iter().map(|e| e.0))?;
        Some((n, table[k].1))
    }
    /// Longest phrase of a word list matching at i.
    pub fn words(&self, i: usize, list: &[&str]) -> Option<usize> {
        let key = (list.as_ptr() as usize, std::mem::size_of_val(list), std::mem::size_of::<&str>());
        self.longest(i, key, &mut list.iter().copied()).map(|x| x.0)
    }
    /// A word from a name table (month, weekday), capitalized when the locale needs it.
    pub fn name(&self, i: usize, table: &[(&str, u32)]) -> Option<u32> {
        let t = self.t.get(i)?;
        debug_assert!(t.lead || lookup(table, &t.low).is_none(), "{:?}: a table outside locale::leads", t.low);
        if self.needs_capital() && !t.capitalized() || !t.lead {
            return None;
        }
        lookup(table, &t.low)
    }
    /// A month name, with the period after an abbreviation ("Sept.").
    pub fn month(&self, i: usize) -> Option<(usize, u32)> {
        let m = self.name(i, self.loc.months)?;
        let t = &self.t[i];
        let full = self.loc.months.iter().filter(|e| e.1 == m).map(|e| e.0.len()).max().unwrap_or(0);
        if t.low.len() < full && self.low(i + 1) == "." && self.glued(i + 1) {
            return Some((2, m));
        }
        Some((1, m))
    }
    pub fn weekday(&self, i: usize) -> Option<(usize, u32)> {
        let w = self.name(i, self.loc.weekdays)?;
        let t = &self.t[i];
        let suffix = self.loc.weekday_suffix;
        if !suffix.is_empty() {
            // "segunda-feira", "sexta feira"; "segunda" alone is the ordinal
            let h = usize::from(self.low(i + 1) == "-" && self.glued(i + 1));
            if self.low(i + 1 + h) == suffix {
                return Some((2 + h, w));
            }
            if lookup(self.loc.ordinals, &t.low).is_some() {
                return None;
            }
        }
        if t.low.len() <= 4 {
            // "Fri." / "Sat" are weekdays only with the period or beside a date.
            if self.low(i + 1) == "." && self.glued(i + 1) {
                return Some((2, w));
            }
            if t.low == "sat" || t.low == "sun" || t.low == "wed" || t.low == "mon" {
                // ... or before a comma and a month ("Mon, February 18")
                return (self.low(i + 1) == "," && self.month(i + 2).is_some()).then_some((1, w));
            }
        }
        Some((1, w))
    }
    /// A day of the month: 1-31 with an optional ordinal suffix ("27th", "1er").
    pub fn day(&self, i: usize) -> Option<(usize, u32)> {
        let t = self.t.get(i)?;
        // (the digits below start the token: most tokens are words, and leave here)
        if !t.low.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let digits = t.low.trim_end_matches(|c: char| !c.is_ascii_digit());
        let suffix = &t.low[digits.len()..];
        if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if !suffix.is_empty() && !self.loc.day_suffixes.contains(&suffix) {
            return None;
        }
        let d: u32 = digits.parse().ok()?;
        (1..=31).contains(&d).then_some((1, d))
    }
    /// A four-digit year 1000-2199, or "'98".
    pub fn year(&self, i: usize) -> Option<(usize, i32)> {
        let t = self.t.get(i)?;
        if t.is_num() && t.s.len() == 4 {
            let y: i32 = t.s.parse().ok()?;
            return (1000..=2199).contains(&y).then_some((1, y));
        }
        if t.low == "'" {
            let n = self.t.get(i + 1)?;
            if n.is_num() && n.s.len() == 2 && !n.spaced {
                let v: i32 = n.s.parse().ok()?;
                return Some((2, if v < 40 { 2000 + v } else { 1900 + v }));
            }
        }
        // spoken: "nineteen ninety-six", "eighteen twelve"; "two thousand" only after "the year"
        let c = match (t.low.as_ref(), self.low(i + 1)) {
            ("nineteen", _) => 1900,
            ("eighteen", _) => 1800,
            ("two", "thousand") if i > 1 && self.low(i - 1) == "year" => return Some((2, 2000)),
            _ => return None,
        };
        let (n, v) = self
            .number(i + 1)
            .filter(|x| (10..100).contains(&x.1) && !self.t[i + 1].is_num() && self.unit(i + 1 + x.0).is_none())?;
        Some((1 + n, c + v as i32))
    }
    /// A count: digits, a number word, "twenty-five", "two or three" (the first is kept).
    pub fn number(&self, i: usize) -> Option<(usize, u32)> {
        let (mut n, mut v) = self.single_number(i)?;
        // twenty-five
        if (20..100).contains(&v) && v % 10 == 0 && !self.t[i].is_num() {
            let hy = usize::from(self.low(i + n) == "-");
            if let Some((k, u)) = self.single_number(i + n + hy) {
                if u < 10 && !self.t[i + n + hy].is_num() {
                    n += hy + k;
                    v += u;
                }
            }
        }
        // "two or three", "two to three", "5-6"
        let sep = self.low(i + n);
        if sep == "-" || super::locale::listed(self.loc.number_ranges, sep) {
            if let Some((k, u)) = self.single_number(i + n + 1) {
                if u != VAGUE_NUMBER && v != VAGUE_NUMBER && u > v && u <= v * 4 + 2 {
                    n += 1 + k;
                }
            }
        }
        Some((n, v))
    }
    fn single_number(&self, i: usize) -> Option<(usize, u32)> {
        let t = self.t.get(i)?;
        if t.is_num() {
            if t.s.len() > 3
                || (self.low(i + 1) == ","
                    && self.glued(i + 1)
                    && self.tok(i + 2).is_some_and(|x| x.is_num() && !x.spaced))
            {
                return None;
            }
            if self.low(i + 1) == "." && self.tok(i + 2).is_some_and(|x| x.is_num() && !x.spaced) {
                // 2.5: keep the whole part only when it is a clean count
                return None;
            }
            return Some((1, t.num()?));
        }
        self.table(i, self.loc.numbers)
    }
    pub fn unit(&self, i: usize) -> Option<(usize, Unit)> {
        self.table(i, self.loc.units)
    }
    pub fn ordinal(&self, i: usize) -> Option<(usize, u32)> {
        if let Some(r) = self.table(i, self.loc.ordinals) {
            return Some(r);
        }
        let t = self.t.get(i).filter(|t| t.low.as_bytes().first().is_some_and(u8::is_ascii_digit))?;
        let digits = t.low.trim_end_matches(|c: char| !c.is_ascii_digit());
        let suffix = &t.low[digits.len()..];
        if !digits.is_empty()
            && digits.len() <= 2
            && digits.bytes().all(|b| b.is_ascii_digit())
            && self.loc.ordinal_suffixes.contains(&suffix)
        {
            return Some((1, digits.parse().ok()?));
        }
        None
    }
    /// "last"/"next"/"this" at i.
    pub fn rel_prefix(&self, i: usize) -> Option<(usize, i32)> {
        self.table(i, self.loc.rel_prefix)
    }
    pub fn rel_postfix(&self, i: usize) -> Option<(usize, i32)> {
        self.table(i, self.loc.rel_postfix)
    }
}

/// A pattern family: what it finds at a token.
pub type Family = fn(&Cx, usize) -> Option<Match>;

/// Run every family at token `i`, the shared ones then the locale's own grammar, and keep the
/// longest match (the first family wins a tie).
pub fn best_at(cx: &Cx, i: usize) -> Option<Match> {
    let families: [Family; 10] = [
        numeric::parse,
        named::parse,
        holiday::parse,
        period::parse,
        relative::parse,
        weekday::parse,
        clock::parse,
        years::parse,
        duration::parse,
        vague::parse,
    ];
    let mut best: Option<Match> = None;
    for f in families.iter().chain(cx.loc.grammar) {
        if let Some(m) = f(cx, i) {
            if m.n > 0 && best.as_ref().is_none_or(|b| m.n > b.n) {
                best = Some(m);
            }
        }
    }
    best
}

/// Unit letter(s) of a TIMEX3 duration.
pub fn unit_code(u: Unit) -> (&'static str, u32, bool) {
    // (letters, multiplier, time part)
    match u {
        Unit::Minute => ("M", 1, true),
        Unit::Hour => ("H", 1, true),
        Unit::Day => ("D", 1, false),
        Unit::Week => ("W", 1, false),
        Unit::Weekend => ("WE", 1, false),
        Unit::Month => ("M", 1, false),
        Unit::Quarter => ("Q", 1, false),
        Unit::Half => ("M", 6, false),
        Unit::Year => ("Y", 1, false),
        // "two decades" -> P20Y, as TempEval-3 writes it (TimeBank and AQUAINT)
        Unit::Decade => ("Y", 10, false),
        Unit::Century => ("CE", 1, false),
    }
}

/// TIMEX3 duration value: P3D, PT2H, PXY.
pub fn duration_value(n: u32, u: Unit) -> String {
    let (code, mult, time) = unit_code(u);
    let amount = if n == VAGUE_NUMBER { "X".to_string() } else { (n * mult).to_string() };
    format!("P{}{}{}", if time { "T" } else { "" }, amount, code)
}
