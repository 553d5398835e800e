//! The story's clock: which reference each expression is read against. One mode per document
//! ([`Mode`]), chosen after a first pass that finds the days the story itself establishes:
//!
//! - **News mode**: deictic expressions (weekdays, "last week", "this year", year-less dates)
//!   resolve against the publication date, when it is known to the day and the story's own
//!   explicit dates are near it (the latest within [`NEAR_DAYS`] before it, none after it).
//! - **Story mode**: against the *story clock*, the latest day the story establishes (explicit
//!   dates not said in the future; year-less dates said in the past, placed in the latest year
//!   the date line allows; days counted from them; event arithmetic), when the publication date
//!   is missing, coarser than a day ("JUNE 2019"), far after the story's dates, or before the
//!   past events the story reports. A weekday said in the past is the one nearest the clock.
//! - **Coarse**: a month or year date line and no day in the story: month-level expressions
//!   read against it, day-level ones keep its month.
//! - Story-relative expressions ("the next day", "two days later", "that year") always count
//!   from the story's latest date, in text order.
//! - **Event arithmetic**: "on Monday, the ninth day of fighting that broke out on 27
//!   September", "on Saturday, five days after the reopening" date the weekday as the event's
//!   day plus the offset, only when that day is the weekday said.

use crate::analysis::TimexType;
use crate::time::calendar::Date;
use crate::time::locale::{Locale, Unit};
use crate::time::parsers::{Cx, Sem};
use crate::time::resolve::{day_of, resolve, Anchor, Dir};
use crate::time::tokens::tokenize;
use crate::time::value::Reference;

/// One recognized expression waiting for its value.
#[derive(Debug, Clone)]
pub struct Cand {
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub sem: Sem,
    pub modifier: Option<&'static str>,
    pub dir: Dir,
    /// Said in a clause in the past tense (the expression's own words aside): it may date the
    /// story's own events.
    pub past: bool,
}

/// An explicit, fully specified calendar day (the year is written).
fn explicit_day(sem: &Sem) -> Option<Date> {
    match sem {
        Sem::Date { y: Some(y), m: Some(m), d: Some(d), .. } => Date::new(*y, *m, *d),
        Sem::Clock { base: Some(b), .. } | Sem::Part { base: Some(b), .. } => explicit_day(b),
        _ => None,
    }
}

/// Needs no reference at all.
fn absolute(sem: &Sem) -> bool {
    match sem {
        Sem::Date { y: Some(_), .. } | Sem::Decade(_) | Sem::Century(_) => true,
        Sem::Season { y: Some(_), .. } | Sem::Quarter { y: Some(_), .. } | Sem::Half { y: Some(_), .. } => true,
        Sem::Holiday { y: Some(_), .. } => true,
        Sem::Duration { future: false, .. } | Sem::Set(_) | Sem::Ref(_) => true,
        Sem::Clock { base: Some(b), .. } | Sem::Part { base: Some(b), .. } => absolute(b),
        _ => false,
    }
}

/// How much of the publication date a relative expression needs: 0 the year, 1 the month,
/// 2 the day. A date line known only to the month still anchors "next month" or "last year";
/// named dates without a year ("27 September") keep to the story's own anchors, which sit
/// nearer the events.
fn needs(sem: &Sem) -> u8 {
    match sem {
        Sem::Rel { unit, story: false, .. } => match unit {
            Unit::Year | Unit::Decade | Unit::Century | Unit::Half | Unit::Quarter => 0,
            Unit::Month => 1,
            _ => 2,
        },
        // a month, season, quarter or half without a year: the year, and the month for the
        // direction ("by September" under an April date line)
        Sem::Date { y: None, m: Some(_), d: None, .. } => 1,
        Sem::Season { y: None, .. } | Sem::Quarter { y: None, .. } | Sem::Half { y: None, .. } => 1,
        _ => 2,
    }
}

/// The publication date is precise enough for this expression.
fn precise_enough(sem: &Sem, published: Option<&Reference>) -> bool {
    match (needs(sem), published) {
        (_, None) => false,
        (0, Some(_)) => true,
        (1, Some(p)) => p.month.is_some(),
        (_, Some(p)) => p.day.is_some(),
    }
}

/// "yesterday", "today", "tomorrow", "last week": counted from the time of writing, never
/// from the story.
fn deictic_day(sem: &Sem) -> bool {
    matches!(sem, Sem::Rel { unit: Unit::Day | Unit::Week | Unit::Weekend, n, story: false } if n.abs() <= 2)
}

/// The publication period as a value ("2021-03" for a month date line).
fn coarse(p: &Reference) -> String {
    // without a day, the value is "YYYY-MM" or "YYYY" already
    p.value.get(..7.min(p.value.len())).unwrap_or("").to_string()
}

/// "that day", "the same year": the period the story last dated, none when it dated none.
fn same_period(sem: &Sem) -> bool {
    matches!(sem, Sem::Rel { n: 0, story: true, .. })
}

fn story_relative(sem: &Sem) -> bool {
    matches!(sem, Sem::Rel { story: true, .. })
}

/// Said with a word that counts from the story's time: "the following spring", "the previous
/// Monday", "l'année suivante".
fn story_worded(said: &str, loc: &Locale) -> bool {
    said.split(|c: char| !c.is_alphabetic())
        .any(|w| !w.is_empty() && loc.story_words.contains(&crate::text::lower::lower(w).as_str()))
}

/// The date at byte `at` follows a word that puts it outside the story's events ("due", "until").
fn after_non_event(text: &str, at: usize, loc: &Locale) -> bool {
    let before = text[..at].trim_end();
    let word = before.rsplit(|c: char| !(c.is_alphabetic() || c == '\'')).next().unwrap_or("");
    !word.is_empty() && crate::time::locale::listed(loc.not_events, &crate::text::lower::lower(word))
}

/// "that year", "later that month": the period said last, when it is known to that unit.
fn said_period(sem: &Sem, said: &Anchor) -> bool {
    match sem {
        Sem::Rel { unit: Unit::Year, story: true, .. } => true,
        Sem::Rel { unit: Unit::Month, story: true, .. } => said.m.is_some(),
        _ => false,
    }
}

/// How a document's deictic expressions (weekdays, "last week", "the weekend", "this year",
/// year-less dates said in the future) are read: one choice per document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Against the publication date, known to the day. `far`: the story's explicit dates all
    /// lie more than [`NEAR_DAYS`] before it; an expression said in or right after a sentence
    /// that dated the story then reads the story's date instead (a news story's flashback to
    /// 1949 does not move "Friday" elsewhere in it).
    News { far: bool },
    /// Against the story clock: the latest day the story itself establishes.
    Story(Date),
    /// Against a publication date coarser than a day that is near the story (the story
    /// establishes no day, or a date it gives lies at most [`NEAR_DAYS`] before the date line's
    /// period, or in or after it): month- and year-level expressions read the date line;
    /// day-level ones read `day`, the story clock when it lies that near, else keep the date
    /// line's month.
    Coarse { day: Option<Date> },
    /// Nothing to read against: no publication date and no day in the story.
    Unknown,
    /// The first pass: only the days the story establishes are computed.
    Establish,
}

/// What one expression was read against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Read {
    Published,
    Story,
}

impl Read {
    pub fn name(self) -> &'static str {
        match self {
            Read::Published => "published",
            Read::Story => "story",
        }
    }
}

/// One resolved expression: its TIMEX3 type and value, and what it was read against (None for
/// what needs no reference, "3 June 2019", "three days", or found none).
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub kind: TimexType,
    pub value: String,
    pub read: Option<Read>,
}

/// Every expression resolved, and the document's mode.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub values: Vec<Resolved>,
    pub mode: Mode,
}

/// How many days after the latest of the story's explicit dates a publication date may lie
/// and still anchor the story (news mode). Past it the date line is the page's, not the
/// story's: a reprint, an archive page, a modified date.
pub const NEAR_DAYS: i64 = 30;

/// The last day of the publication period (a month date line runs to the month's end).
fn period_end(p: &Reference) -> Option<Date> {
    match (p.month, p.day) {
        (Some(m), Some(d)) => Date::new(p.year, m, d),
        (Some(m), None) => Date::new(p.year, m, crate::time::calendar::days_in_month(p.year, m)),
        _ => Date::new(p.year, 12, 31),
    }
}

/// A month or day without a year that opens a range whose end has one ("from January to
/// October 2023", "von Januar bis Oktober 2023", "between April and June 2021", "March 3 to
/// May 5, 2022"; the locale's range words): the end's year, the year before when the start
/// comes later in the year ("from November to February 2021": 2020-11).
fn range_start(text: &str, c: &Cand, next: Option<&Cand>, loc: &Locale) -> Option<Sem> {
    let (&Sem::Date { y: None, m: Some(m), d, wd, rel: None }, Some(n)) = (&c.sem, next) else { return None };
    let Sem::Date { y: Some(y), m: Some(m2), d: d2, .. } = n.sem else { return None };
    if n.sentence != c.sentence || c.end > n.start {
        return None;
    }
    let lower = crate::text::lower::lower;
    let gap = lower(text.get(c.end..n.start)?.trim());
    let before = lower(text[..c.start].trim_end().rsplit(|ch: char| !ch.is_alphabetic()).next().unwrap_or(""));
    if !loc.joins_range(&gap, &before) {
        return None;
    }
    let later = m > m2 || (m == m2 && d.zip(d2).is_some_and(|(a, b)| a > b));
    Some(Sem::Date { y: Some(if later { y - 1 } else { y }), m: Some(m), d, wd, rel: None })
}

/// A year-less date said in the past, placed in the latest year that puts it on or before
/// `bound` (the end of the date line's period): "29 October" under "JANUARY 2021" is 2020's.
fn latest_before(sem: &Sem, bound: Date) -> Option<Sem> {
    let Sem::Date { y: None, m: Some(m), d, wd, rel: None } = sem else { return None };
    let fits = |y: i32| match d {
        Some(d) => Date::new(y, *m, *d).is_some_and(|x| x <= bound),
        None => (y, *m) <= (bound.year, bound.month),
    };
    // (29 February: the latest leap year within eight years)
    let mut y = (0..8).map(|k| bound.year - k).find(|&y| fits(y))?;
    // with its weekday ("Tuesday, 5 March"): the year before when only that one agrees
    if let (Some(w), Some(d)) = (wd, d) {
        let on = |y: i32| Date::new(y, *m, *d).is_some_and(|x| x.weekday() == *w);
        if !on(y) && on(y - 1) {
            y -= 1;
        }
    }
    Some(Sem::Date { y: Some(y), m: Some(*m), d: *d, wd: *wd, rel: None })
}

/// Day offsets the sentence states from an earlier event: "the ninth day of the offensive"
/// (+8), "five days after the reopening" (+5); with the byte where it is said and the noun
/// the event is named by ("offensive", "reopening"), lowercase.
fn day_offsets(text: &str, range: std::ops::Range<usize>, loc: &'static Locale) -> Vec<(usize, i64, String)> {
    let t = tokenize(text, range, crate::time::locale::classes(loc));
    let cx = Cx { t: &t, loc, cased: true, order: loc.numeric_order };
    let mut out = Vec::new();
    let noun = |k: usize| {
        let k = k + cx.words(k, loc.articles).unwrap_or(0);
        cx.low(k).to_string()
    };
    for (i, ti) in t.iter().enumerate() {
        if let Some((n, k)) = cx.ordinal(i) {
            if k != 99 && k != 0 && cx.unit(i + n).is_some_and(|u| u.1 == Unit::Day) && !cx.low(i + n).ends_with('s') {
                // "the ninth day of fighting", "le neuvième jour de la grève"
                out.push((ti.start, k as i64 - 1, noun(i + n + 2)));
                continue;
            }
        }
        if let Some((nn, n)) = cx.number(i).filter(|x| x.1 != crate::time::parsers::VAGUE_NUMBER && x.1 < 400) {
            if let Some((un, Unit::Day)) = cx.unit(i + nn) {
                if let Some((sn, 1)) = cx.table(i + nn + un, loc.shift_postfix) {
                    out.push((ti.start, n as i64, noun(i + nn + un + sn)));
                }
            }
        }
    }
    out
}

/// How many of the story's latest days event arithmetic tries as the named event's day, and
/// how much of each one's sentence it reads for the event's name.
const BASES: usize = 64;
const MENTION_BYTES: usize = 2048;

/// The nearest character boundary of `text` at or before byte `i`.
fn floor_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Whether `sentence` holds a word that shares its first five letters with `noun`
/// ("reopening" and "reopened", "offensive" and "offensive").
fn mentions(sentence: &str, noun: &str) -> bool {
    let stem: String = noun.chars().take(5).collect();
    stem.chars().count() == 5
        && sentence.split(|c: char| !c.is_alphanumeric()).any(|w| crate::text::lower::lower(w).starts_with(&stem))
}

/// Resolve every candidate, in document order: first the days the story establishes (its
/// clock), then the document's mode, then every expression against the reference that mode
/// gives it.
pub fn resolve_all(
    text: &str,
    sentences: &[std::ops::Range<usize>],
    cands: &[Cand],
    published: Option<&Reference>,
    loc: &'static Locale,
) -> Outcome {
    let (_, established) = walk(text, sentences, cands, published, loc, Mode::Establish);
    // (the explicit dates among them, said in the past: a date line earlier than these is wrong)
    let past_explicit = cands
        .iter()
        .zip(&established)
        .filter_map(|(c, e)| e.filter(|e| e.1 && explicit_day(&c.sem).is_some()).map(|e| e.0))
        .max();
    // The story clock: its latest day said in the past; when it says none in the past, its
    // latest explicit date said with no tense at all ("Thursday, 14 March 2024" as a caption).
    let past = established.iter().flatten().filter(|e| e.1).map(|e| e.0).max();
    let clock = past.or_else(|| established.iter().flatten().map(|e| e.0).max());
    let pub_day = published.and_then(|p| p.date());
    // Far: every explicit full date of the story (said in any tense) lies more than NEAR_DAYS
    // before the publication day.
    let latest_explicit = cands.iter().filter_map(|c| explicit_day(&c.sem)).max();
    let far = matches!((pub_day, latest_explicit), (Some(p), Some(l)) if p.days() - l.days() > NEAR_DAYS);
    // Earlier: the story reports past events on explicit dates after the end of the
    // publication period, so that period cannot be when it was written.
    let earlier =
        matches!((published.and_then(period_end), past_explicit), (Some(e), Some(t)) if t.days() > e.days() + 1);
    // A date line coarser than a day: where its period starts, and whether the story's own
    // dates (its clock, and its explicit dates in any tense) all lie more than NEAR_DAYS
    // before that.
    let line_start = published.filter(|p| p.day.is_none()).and_then(|p| Date::new(p.year, p.month.unwrap_or(1), 1));
    let near_line = |d: Date| line_start.is_some_and(|s| s.days() - d.days() <= NEAR_DAYS);
    let coarse_far = clock.is_some_and(|t| !near_line(t) && !latest_explicit.is_some_and(near_line));
    let mode = match (published, clock) {
        (Some(p), _) if p.day.is_some() && !earlier => Mode::News { far },
        (Some(p), _) if p.day.is_none() && !coarse_far && !earlier => {
            Mode::Coarse { day: clock.filter(|t| near_line(*t)) }
        }
        (_, Some(t)) => Mode::Story(t),
        (Some(_), None) => Mode::Coarse { day: None },
        (None, None) => Mode::Unknown,
    };
    let (values, _) = walk(text, sentences, cands, published, loc, mode);
    Outcome { values, mode }
}

/// One pass over the candidates in `mode`: their values, and the day each one establishes in
/// the story (an explicit date not said in the future; a year-less date, a day counted from
/// the story or a weekday fixed by event arithmetic, said in the past), with whether it was
/// said in the past.
fn walk(
    text: &str,
    sentences: &[std::ops::Range<usize>],
    cands: &[Cand],
    published: Option<&Reference>,
    loc: &'static Locale,
    mode: Mode,
) -> (Vec<Resolved>, Vec<Option<(Date, bool)>>) {
    let pub_anchor = published.map(|p| Anchor { y: p.year, m: p.month, d: p.day });
    let pub_end = published.and_then(period_end);
    // The anchor deictic expressions are read against in this mode, and how that is reported.
    let (deictic, deictic_read) = match mode {
        Mode::News { .. } | Mode::Coarse { .. } => (pub_anchor, Some(Read::Published)),
        Mode::Story(t) => (Some(Anchor::from_date(t)), Some(Read::Story)),
        Mode::Unknown | Mode::Establish => (None, None),
    };
    // Coarse mode: the story clock when it lies near the date line, for day-level expressions.
    let coarse_day = match mode {
        Mode::Coarse { day } => day.map(Anchor::from_date),
        _ => None,
    };
    let mut narrative: Option<Anchor> = None;
    // The same, from the days the story established only (not a plan's date).
    let mut settled: Option<Anchor> = None;
    // The sentence that last moved the story's date (far mode: the story's date holds only
    // while the text stays with it).
    let mut narrative_at: Option<usize> = None;
    // The day mentioned last, in text order, its sentence and what it was read against: a
    // bare clock time or part of day ("overnight", "at 10:35 a.m.") belongs to it when it was
    // said just before.
    let mut recent: Option<(usize, Date, Option<Read>)> = None;
    let mut focus_quarter: Option<(usize, String)> = None;
    // The year (and month) said last, in text order: "that year", "later that month" point
    // back to it ("fled in June 1998 and returned later that year").
    let mut said_year: Option<Anchor> = None;
    // The year written last in the current sentence, with the sentence ("After denying the
    // rumors in the summer of 2004, he resigned in mid-August": 2004's August).
    let mut written_year: Option<(usize, i32)> = None;
    // Days the story established so far, in text order, with their sentences (bases for
    // event arithmetic).
    let mut bases: Vec<(usize, Date)> = Vec::new();
    let mut out: Vec<Resolved> = Vec::with_capacity(cands.len());
    let mut est: Vec<Option<(Date, bool)>> = Vec::with_capacity(cands.len());
    let mut i = 0;
    while i < cands.len() {
        let s = cands[i].sentence;
        let mut j = i;
        while j < cands.len() && cands[j].sentence == s {
            j += 1;
        }
        let first_out = out.len();
        let mut days: Vec<Option<Date>> = Vec::new();
        for (k, c) in cands[i..j].iter().enumerate() {
            let bare_time = matches!(c.sem, Sem::Clock { base: None, .. } | Sem::Part { base: None, .. });
            let recent_day = recent.filter(|(rs, _, _)| rs + 1 >= s).map(|(_, d, r)| (Anchor::from_date(d), r));
            let past = c.past;
            if let (Mode::Coarse { day: None }, Some(p), true) = (mode, published, deictic_day(&c.sem)) {
                // "yesterday" under a month date line: the day is not known, the month is.
                out.push(Resolved { kind: TimexType::Date, value: coarse(p), read: Some(Read::Published) });
                days.push(None);
                est.push(None);
                continue;
            }
            // "from November to February 2021": a range's start with no year takes its end's
            let ranged = range_start(text, c, cands.get(i + k + 1), loc);
            // "in February this year", "Oct. 23 last year": the year said right after pins it
            let pin = match (&c.sem, cands.get(i + k + 1), deictic) {
                (
                    Sem::Date { y: None, m: Some(_), .. },
                    Some(Cand { sem: Sem::Rel { unit: Unit::Year, n, story: false }, start, .. }),
                    Some(p),
                ) if text.get(c.end..*start).is_some_and(|g| g.trim().is_empty()) => {
                    Some(Anchor { y: p.y + n, m: None, d: None })
                }
                // "at about 10:35 a.m. (0735 GMT) Friday": the day said right after the time
                (Sem::Clock { base: None, .. }, Some(n), _) if n.sem.is_day() && n.start <= c.end + 24 => {
                    day_of(&n.sem, deictic.as_ref(), story_dir(mode, &n.sem, n.dir)).map(Anchor::from_date)
                }
                _ => None,
            };
            let year_less = matches!(c.sem, Sem::Date { y: None, m: Some(_), rel: None, .. });
            // a year-less month, day or season after a written year of its sentence, two years
            // or more before the publication's (news mode): the sentence is about that year
            // ("which launched in 2022 and opened over the summer", said in 2023, may mean
            // 2023's; a later year may be a plan's or a model's, "the XR 2100 ... in September").
            // Not a date said ahead ("invited in July 1997, will join on March 12") nor a bound
            // ("bought under a 1987 program through Sept. 29").
            let in_written = written_year
                .filter(|(ws, y)| {
                    *ws == s
                        && c.dir != Dir::Future
                        && !after_non_event(text, c.start, loc)
                        && (year_less || matches!(c.sem, Sem::Season { y: None, rel: None, .. }))
                        && pub_anchor.is_some_and(|p| p.y - *y >= 2)
                })
                .map(|(_, y)| Anchor { y, m: None, d: None });
            let mut sem = std::borrow::Cow::Borrowed(&c.sem);
            let mut dir = c.dir;
            let (anchor, read) = if let Some(r) = ranged {
                sem = std::borrow::Cow::Owned(r);
                (pub_anchor, None)
            } else if pin.is_some() {
                (pin, deictic_read)
            } else if absolute(&c.sem) {
                (pub_anchor, None)
            } else if let Some((a, r)) = recent_day.filter(|_| bare_time) {
                (Some(a), r)
            } else if let Some(y) = said_year.filter(|y| said_period(&c.sem, y)) {
                (Some(y), Some(Read::Story))
            } else if story_relative(&c.sem) || story_worded(&text[c.start..c.end], loc) {
                match narrative.or(deictic.filter(|_| !same_period(&c.sem))) {
                    Some(a) => (Some(a), Some(Read::Story)),
                    None => (None, None),
                }
            } else {
                match mode {
                    Mode::News { far: true }
                        if narrative_at.is_some_and(|k| k + 1 >= s) && narrative.is_some() && !deictic_day(&c.sem) =>
                    {
                        (narrative, Some(Read::Story))
                    }
                    Mode::News { .. } if in_written.is_some() => (in_written, Some(Read::Story)),
                    Mode::News { .. } => (pub_anchor, Some(Read::Published)),
                    Mode::Story(_) | Mode::Establish | Mode::Coarse { .. } if year_less && past => {
                        // A past date without a year: near the story's latest date when it
                        // has one (and never after the date line); else in the latest year
                        // the date line allows; else (no date line) against the clock.
                        match (narrative.filter(|n| n.d.is_some()), pub_end) {
                            (Some(n), end) => {
                                if let (Some(end), Some(d)) = (end, day_of(&c.sem, Some(&n), dir)) {
                                    if d > end {
                                        sem = std::borrow::Cow::Owned(
                                            latest_before(&c.sem, end).unwrap_or_else(|| c.sem.clone()),
                                        );
                                    }
                                }
                                (Some(n), Some(Read::Story))
                            }
                            (None, Some(end)) => match latest_before(&c.sem, end) {
                                Some(placed) => {
                                    sem = std::borrow::Cow::Owned(placed);
                                    (pub_anchor, Some(Read::Published))
                                }
                                None => (deictic, deictic_read),
                            },
                            // (no date line: a month or year the story gave, "in March 2019")
                            (None, None) => match narrative {
                                Some(n) => (Some(n), Some(Read::Story)),
                                None => (deictic, deictic_read),
                            },
                        }
                    }
                    // day-level expressions under a month date line: the story clock near it
                    Mode::Coarse { .. } if coarse_day.is_some() && needs(&c.sem) == 2 => {
                        dir = story_dir(Mode::Story(coarse_day.and_then(|d| d.date()).unwrap()), &c.sem, c.dir);
                        (coarse_day, Some(Read::Story))
                    }
                    Mode::Story(_) => {
                        dir = story_dir(mode, &c.sem, c.dir);
                        (deictic, deictic_read)
                    }
                    Mode::Establish => (None, None),
                    Mode::Coarse { .. } | Mode::Unknown => {
                        if !precise_enough(&c.sem, published) {
                            match settled {
                                Some(n) => (Some(n), Some(Read::Story)),
                                None => (pub_anchor, pub_anchor.map(|_| Read::Published)),
                            }
                        } else {
                            (pub_anchor, Some(Read::Published))
                        }
                    }
                }
            };
            let mut r = resolve(&sem, anchor.as_ref(), dir);
            if let Sem::Date { y: Some(y), .. } | Sem::Season { y: Some(y), .. } = c.sem {
                written_year = Some((s, y));
            }
            if let Sem::Quarter { .. } = c.sem {
                if r.1.len() == 7 {
                    focus_quarter = Some((s, r.1.clone()));
                }
            }
            // "a year ago", "a year earlier", "the year-ago quarter": the period in focus, a year back
            if let (Sem::Rel { unit: Unit::Year, n: -1, .. }, Some((fs, q))) = (&c.sem, &focus_quarter) {
                let said = &text[c.start..c.end];
                if *fs + 3 >= s && (said.contains("ago") || said.contains("earlier")) {
                    if let Ok(y) = q[..4].parse::<i32>() {
                        r.1 = format!("{:04}{}", y - 1, &q[4..]);
                    }
                }
            }
            // "the year ended March 31": the fiscal year as a span (TimeBank: 7 of 8)
            if let Sem::Rel { unit: Unit::Year, n: 0, story: false } = c.sem {
                let after = text.get(c.end..).unwrap_or("").trim_start();
                if c.end - c.start == 8 && (after.starts_with("ended ") || after.starts_with("ending ")) {
                    r = (TimexType::Duration, "P1Y".into());
                }
            }
            if let Sem::Date { y, m, d, .. } = *sem {
                // a month or day without a year: the year it resolved to
                if let Some(y) = y.or_else(|| r.1.get(..4)?.parse().ok()) {
                    said_year = Some(Anchor { y, m, d });
                }
            }
            let mut day =
                explicit_day(&sem).or_else(|| if sem.is_day() { day_of(&sem, anchor.as_ref(), dir) } else { None });
            // "the fiscal year ended Jan. 31": what has ended lies before the reference
            if let (Sem::Date { y: None, d: Some(_), .. }, Some(d), Some(ad)) =
                (&*sem, day, anchor.and_then(|a| a.date()))
            {
                if d > ad && text.as_bytes()[..c.start].ends_with(b" ended ") {
                    day = Date::new(d.year - 1, d.month, d.day);
                    if let Some(d) = day {
                        r.1 = d.to_string();
                    }
                }
            }
            if let Some(d) = day {
                recent = Some((s, d, if anchor.is_some() { read } else { None }));
            }
            // The days the story establishes: explicit dates not said in the future; year-less
            // dates and days counted from the story said in the past.
            let establishes = !after_non_event(text, c.start, loc)
                && match &*sem {
                    _ if explicit_day(&sem).is_some() => c.dir != Dir::Future,
                    Sem::Date { .. } => year_less && past,
                    Sem::Rel { story: true, .. } => past,
                    _ => false,
                };
            est.push(day.filter(|_| establishes).map(|d| (d, past)));
            days.push(day);
            let unresolved = r.1.starts_with('X') || matches!(r.0, TimexType::Duration | TimexType::Set);
            out.push(Resolved {
                kind: r.0,
                value: r.1,
                read: if unresolved || anchor.is_none() { None } else { read },
            });
        }
        // Event arithmetic: "on Friday, the ninth day of the offensive [that began on 29
        // October]", "on Saturday, five days after the reopening": the weekday is the event's
        // day plus the offset, when that day is the weekday said. The event's day is a day of
        // this sentence said after the offset, else an earlier day of the story whose sentence
        // names the event, else the story's last day.
        if let Some(range) = sentences.get(s) {
            let weekdays: Vec<usize> =
                (0..j - i).filter(|&k| matches!(cands[i + k].sem, Sem::Weekday { rel: None, .. })).collect();
            if !weekdays.is_empty() {
                // "On Saturday, five days later": a day counted in the sentence itself
                let counted: Vec<Date> = (0..j - i)
                    .filter(|&k| matches!(cands[i + k].sem, Sem::Rel { unit: Unit::Day, story: true, .. }))
                    .filter_map(|k| days[k])
                    .collect();
                let offsets = day_offsets(text, range.clone(), loc);
                for &k in &weekdays {
                    let Sem::Weekday { wd, .. } = cands[i + k].sem else { continue };
                    let mut found = counted.iter().copied().find(|d| d.weekday() == wd);
                    for (at, off, noun) in &offsets {
                        if found.is_some() {
                            break;
                        }
                        let here = (0..j - i)
                            .filter(|&q| cands[i + q].start > *at && matches!(cands[i + q].sem, Sem::Date { .. }))
                            .filter_map(|q| days[q]);
                        // (the last BASES days only, each sentence read to MENTION_BYTES: bounded work per weekday)
                        let named = bases
                            .iter()
                            .rev()
                            .take(BASES)
                            .filter(|(bs, _)| {
                                sentences
                                    .get(*bs)
                                    .and_then(|r| {
                                        text.get(r.start..floor_char(text, r.end.min(r.start + MENTION_BYTES)))
                                    })
                                    .is_some_and(|x| mentions(x, noun))
                            })
                            .map(|b| b.1);
                        let last = bases.last().map(|b| b.1);
                        found = here.chain(named).chain(last).map(|b| b.add_days(*off)).find(|d| d.weekday() == wd);
                    }
                    if let Some(event) = found {
                        // a bare time said after the weekday ("on the evening tide") moves with it
                        if let Some(old) = days[k].filter(|d| *d != event) {
                            let (was, now) = (old.to_string(), event.to_string());
                            for q in k + 1..j - i {
                                if matches!(
                                    cands[i + q].sem,
                                    Sem::Clock { base: None, .. } | Sem::Part { base: None, .. }
                                ) && out[first_out + q].value.starts_with(&was)
                                {
                                    out[first_out + q].value =
                                        format!("{now}{}", &out[first_out + q].value[was.len()..]);
                                }
                            }
                            if recent.is_some_and(|r| r.1 == old) {
                                recent = Some((s, event, Some(Read::Story)));
                            }
                        }
                        out[first_out + k] =
                            Resolved { kind: TimexType::Date, value: event.to_string(), read: Some(Read::Story) };
                        days[k] = Some(event);
                        est[first_out + k] =
                            Some((event, cands[i + k].past)).filter(|_| cands[i + k].dir != Dir::Future);
                    }
                }
            }
        }
        for (k, d) in days.iter().enumerate() {
            if let (Some(d), Some(_)) = (d, est[first_out + k]) {
                bases.push((s, *d));
            }
        }
        // The story's latest date moves on. A date naming an event ("the Dec. 21, 1988,
        // bombing", "the June 5 vote") anchors "the next day" but is a news story's flashback,
        // not where its narrative stands: the next sentence's "in April" is the writer's ("on
        // the 5th of March." is no such name).
        let named = |c: &Cand| {
            text[..c.start].ends_with("the ")
                && !text[c.start..].starts_with(|x: char| x.is_ascii_digit())
                && text[c.end..].trim_start_matches([',', ' ']).starts_with(char::is_lowercase)
        };
        if let Some(d) = est[first_out..].iter().flatten().map(|e| e.0).max() {
            settled = Some(Anchor::from_date(d));
        }
        if let Some(d) = days.iter().flatten().max() {
            narrative = Some(Anchor::from_date(*d));
            if cands[i..j].iter().zip(&days).any(|(c, d)| d.is_some() && !named(c)) {
                narrative_at = Some(s);
            }
        }
        // A coarse but explicit month or year also anchors a story with no better date.
        if narrative.is_none() {
            for c in &cands[i..j] {
                if let Sem::Date { y: Some(y), m, d: None, .. } = c.sem {
                    if matches!(mode, Mode::Coarse { .. } | Mode::Unknown | Mode::Establish) {
                        narrative = Some(Anchor { y, m, d: None });
                        if c.dir != Dir::Future {
                            settled = settled.or(Some(Anchor { y, m, d: None }));
                        }
                    }
                }
            }
        }
        i = j;
    }
    (out, est)
}

/// The direction a weekday is read in against the story clock: a weekday said in the past is
/// the one nearest the clock (the story's latest day is no more than a lower bound on when it
/// was written), any other keeps its tense.
fn story_dir(mode: Mode, sem: &Sem, dir: Dir) -> Dir {
    match (mode, sem, dir) {
        (Mode::Story(_), Sem::Weekday { rel: None, .. }, Dir::Past) => Dir::Near,
        _ => dir,
    }
}
