//! The reference time, chosen per expression (not per document):
//!
//! - **News mode**: relative expressions resolve against the publication date when it is
//!   known to the day and the story's own dates are near it.
//! - **Narrative mode**: against the latest fully specified date the text has given so far
//!   (its own anchors), when the publication date is missing, coarse (a month header), or far
//!   after the story's events (every explicit full date more than 30 days before it).
//! - Story-relative expressions ("the next day", "two days later") always count from the
//!   story's latest date.
//! - **Event arithmetic**: "on Monday, the ninth day of fighting that broke out on 27
//!   September" dates Monday as 27 September + 8 days when that day is a Monday.

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

fn story_relative(sem: &Sem) -> bool {
    matches!(sem, Sem::Rel { story: true, .. })
}

/// Day offset of "the ninth day of ..." in a sentence, and the token start where it is said.
fn nth_day(text: &str, range: std::ops::Range<usize>, loc: &'static Locale) -> Option<(usize, u32)> {
    let t = tokenize(text, range);
    let cx = Cx { t: &t, loc, cased: true };
    for i in 0..t.len() {
        if let Some((n, k)) = cx.ordinal(i) {
            if k == 99 || k == 0 {
                continue;
            }
            if cx.unit(i + n).is_some_and(|u| u.1 == Unit::Day) && !cx.low(i + n).ends_with('s') {
                return Some((t[i].start, k));
            }
        }
    }
    None
}

/// "that year", "later that month": the period said last, when it is known to that unit.
fn said_period(sem: &Sem, said: &Anchor) -> bool {
    match sem {
        Sem::Rel { unit: Unit::Year, story: true, .. } => true,
        Sem::Rel { unit: Unit::Month, story: true, .. } => said.m.is_some(),
        _ => false,
    }
}

/// Resolve every candidate, in document order, against the reference it should use.
pub fn resolve_all(
    text: &str,
    sentences: &[std::ops::Range<usize>],
    cands: &[Cand],
    published: Option<&Reference>,
    loc: &'static Locale,
) -> Vec<(TimexType, String)> {
    let pub_anchor = published.map(|p| Anchor { y: p.year, m: p.month, d: p.day });
    let pub_day = published.and_then(|p| p.date());
    // Is the story far before its publication date?
    let explicit: Vec<Date> = cands.iter().filter_map(|c| explicit_day(&c.sem)).collect();
    // (A date line known only to the month or year counts from its first day.)
    let pub_start = published.and_then(|p| Date::new(p.year, p.month.unwrap_or(1), p.day.unwrap_or(1)));
    let far = match (pub_start, explicit.iter().max()) {
        (Some(p), Some(latest)) => p.days() - latest.days() > 30,
        _ => false,
    };
    let mut narrative: Option<Anchor> = None;
    // The sentence that last moved the story's date: far from the publication date, the
    // story's anchor holds only while the text stays with it (a news story's flashback to
    // 1949 does not move "last year").
    let mut narrative_at: Option<usize> = None;
    // The day mentioned last, in text order, and its sentence: a bare clock time or part of
    // day ("overnight", "at 10:35 a.m.") belongs to it when it was said just before.
    let mut recent: Option<(usize, Date)> = None;
    let mut focus_quarter: Option<(usize, String)> = None;
    // The year (and month) said last, in text order: "that year", "later that month" point
    // back to it ("fled in June 1998 and returned later that year").
    let mut said_year: Option<Anchor> = None;
    let mut out: Vec<(TimexType, String)> = Vec::with_capacity(cands.len());
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
            let recent_day = recent.filter(|(rs, _)| rs + 1 >= s).map(|(_, d)| Anchor::from_date(d));
            if let (Some(p), None, true) = (published, pub_day, deictic_day(&c.sem)) {
                // "yesterday" under a month date line: the day is not known, the month is.
                out.push((TimexType::Date, coarse(p)));
                days.push(None);
                continue;
            }
            // "in February this year", "Oct. 23 last year": the year said right after pins it
            let pin = match (&c.sem, cands.get(i + k + 1), pub_anchor) {
                (Sem::Date { y: None, m: Some(_), .. }, Some(Cand { sem: Sem::Rel { unit: Unit::Year, n, story: false }, start, .. }), Some(p)) if text.get(c.end..*start).is_some_and(|g| g.trim().is_empty()) => Some(Anchor { y: p.y + n, m: None, d: None }),
                // "at about 10:35 a.m. (0735 GMT) Friday": the day said right after the time
                (Sem::Clock { base: None, .. }, Some(n), _) if n.sem.is_day() && n.start <= c.end + 24 => day_of(&n.sem, pub_anchor.as_ref(), n.dir).map(Anchor::from_date),
                _ => None,
            };
            let anchor = if pin.is_some() {
                pin
            } else if absolute(&c.sem) {
                pub_anchor
            } else if bare_time && recent_day.is_some() {
                recent_day
            } else if deictic_day(&c.sem) && pub_day.is_some() {
                // "today", "yesterday": the time of writing, however old the story
                pub_anchor
            } else if let Some(y) = said_year.filter(|y| said_period(&c.sem, y)) {
                Some(y)
            } else if story_relative(&c.sem) {
                narrative.or(pub_anchor)
            } else if (pub_day.is_none() && !precise_enough(&c.sem, published)) || (far && narrative_at.is_some_and(|k| k + 1 >= s)) {
                match (narrative, pub_anchor) {
                    (Some(n), _) => Some(n),
                    (None, p) => p,
                }
            } else {
                pub_anchor
            };
            let mut r = resolve(&c.sem, anchor.as_ref(), c.dir);
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
            if let Sem::Date { y, m, d, .. } = c.sem {
                // a month or day without a year: the year it resolved to
                if let Some(y) = y.or_else(|| r.1.get(..4)?.parse().ok()) {
                    said_year = Some(Anchor { y, m, d });
                }
            }
            let mut day = explicit_day(&c.sem).or_else(|| if c.sem.is_day() { day_of(&c.sem, anchor.as_ref(), c.dir) } else { None });
            // "the fiscal year ended Jan. 31": what has ended lies before the reference
            if let (Sem::Date { y: None, d: Some(_), .. }, Some(d), Some(ad)) = (&c.sem, day, anchor.and_then(|a| a.date())) {
                if d > ad && text.as_bytes()[..c.start].ends_with(b" ended ") {
                    day = Date::new(d.year - 1, d.month, d.day);
                    if let Some(d) = day { r.1 = d.to_string(); }
                }
            }
            if let Some(d) = day {
                recent = Some((s, d));
            }
            days.push(day);
            out.push(r);
        }
        // Event arithmetic within the sentence.
        if let Some(range) = sentences.get(s) {
            if let Some((at, nth)) = nth_day(text, range.clone(), loc) {
                let base = cands[i..j].iter().zip(&days).find(|(c, d)| c.start > at && d.is_some() && matches!(c.sem, Sem::Date { .. })).and_then(|x| *x.1);
                if let Some(base) = base {
                    let event = base.add_days(nth as i64 - 1);
                    for (k, c) in cands[i..j].iter().enumerate() {
                        if let Sem::Weekday { wd, .. } = c.sem {
                            if wd == event.weekday() {
                                out[first_out + k] = (TimexType::Date, event.to_string());
                                days[k] = Some(event);
                            }
                        }
                    }
                }
            }
        }
        // The story's latest date moves on. A date naming an event ("the Dec. 21, 1988,
        // bombing", "the June 5 vote") anchors "the next day" but is a news story's flashback,
        // not where its narrative stands: the next sentence's "in April" is the writer's ("on
        // the 5th of March." is no such name).
        let named = |c: &Cand| text[..c.start].ends_with("the ") && !text[c.start..].starts_with(|x: char| x.is_ascii_digit()) && text[c.end..].trim_start_matches([',', ' ']).starts_with(char::is_lowercase);
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
                    if pub_day.is_none() || far {
                        narrative = Some(Anchor { y, m, d: None });
                    }
                }
            }
        }
        i = j;
    }
    out
}
