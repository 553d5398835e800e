//! Durations and sets: "nine days", "two or three days", "a decade", "two-year", "for years",
//! "recent years", "48 hours", "zwei Wochen", "trois jours"; sets: "every Monday", "each year",
//! "every two weeks", "once a week", "annually", "jeden Montag", "chaque année", "cada año".

use super::{duration_value, Cx, Match, Sem, VAGUE_NUMBER};
use crate::text::listed;
use crate::time::sem::{lookup, Unit};

fn duration(cx: &Cx, i: usize) -> Option<Match> {
    // plural unit alone: "for years", "recent years", "in decades"
    if let Some((un, u)) = cx.unit(i) {
        let w = cx.low(i);
        let plural = listed(cx.loc.plural_units, w);
        let prev = if i > 0 { cx.low(i - 1) } else { "" };
        if plural
            && !matches!(u, Unit::Minute | Unit::Hour | Unit::Weekend | Unit::Quarter)
            && listed(cx.loc.span_preps, prev)
        {
            return Match::new(
                un,
                Sem::Duration { value: duration_value(VAGUE_NUMBER, u), n: None, unit: Some(u), future: false },
            );
        }
        if plural && w != "quarters" && i > 0 && prev == "recent" {
            // extended back over "recent" by the driver's look-behind below
            return None;
        }
    }
    if cx.low(i) == "recent" || cx.low(i) == "coming" {
        let (un, u) = cx.unit(i + 1)?;
        if cx.low(i + 1).ends_with('s') {
            return Match::new(
                1 + un,
                Sem::Duration {
                    value: duration_value(VAGUE_NUMBER, u),
                    n: None,
                    unit: Some(u),
                    future: cx.low(i) == "coming",
                },
            );
        }
        return None;
    }
    let (nn, n) = cx.number(i)?;
    let mut k = i + nn;
    // a half on top, inside the extent: "5 1/2 hours", "two and a half years"
    let half = half_at(cx, k);
    k += half;
    // two-year, 30-year, 10-day (adjectival)
    if cx.low(k) == "-" && cx.glued(k) {
        k += 1;
    }
    // "more" / "additional": "two more days"
    if listed(cx.loc.more_words, cx.low(k)) {
        k += 1;
    }
    let (un, u) = cx.unit(k)?;
    // "three-quarters" of something is a fraction, not nine months
    if u == Unit::Quarter && k > i + nn && cx.low(k).ends_with('s') {
        return None;
    }
    // "a half", "the second": ordinals are not counts; a lone "a day" is fine
    let future =
        i > 0 && cx.loc.in_words.contains(&cx.low(i - 1)) || (i > 1 && cx.words(i - 2, cx.loc.in_words) == Some(2));
    let mut end = k + un;
    if cx.low(end) == "old" || (cx.low(end) == "-" && cx.low(end + 1) == "old") {
        return None;
    }
    // "a minute and a half"
    let after = half_at(cx, end) * usize::from(half == 0);
    end += after;
    // the half in the next unit down, as TempEval-3 writes it: P2Y6M, PT5H30M, PT1M30S
    let mut value = duration_value(n, u);
    if half + after > 0 && n != VAGUE_NUMBER {
        value.push_str(match u {
            Unit::Year => "6M",
            Unit::Month => "15D",
            Unit::Day => "T12H",
            Unit::Hour => "30M",
            Unit::Minute => "30S",
            _ => "",
        });
    }
    Match::new(end - i, Sem::Duration { value, n: (n != VAGUE_NUMBER).then_some(n), unit: Some(u), future })
}

/// "1/2" or "and a half" at k: the tokens it takes.
fn half_at(cx: &Cx, k: usize) -> usize {
    cx.phrase(k, "1/2").or_else(|| cx.phrase(k, "and a half")).unwrap_or(0)
}

fn set(cx: &Cx, i: usize) -> Option<Match> {
    if let Some((n, v)) = cx.table(i, cx.loc.set_words) {
        // "annual" only before a report/meeting is an adjective, not a set: keep adverbs
        if cx.low(i) == "annual" {
            return None;
        }
        // "quarterly dividend", "daily newspaper": an adjective before a noun
        if cx.tok(i + n).is_some_and(|t| t.is_word() && !t.capitalized())
            && !matches!(
                cx.low(i + n),
                "and"
                    | "or"
                    | "but"
                    | "in"
                    | "on"
                    | "at"
                    | "to"
                    | "for"
                    | "by"
                    | "from"
                    | "since"
                    | "until"
                    | "over"
                    | "through"
            )
        {
            return None;
        }
        return Match::new(n, Sem::Set(v.to_string()));
    }
    // once a week, twice a year
    if matches!(cx.low(i), "once" | "twice") && matches!(cx.low(i + 1), "a" | "an" | "per" | "every" | "each") {
        let (un, u) = cx.unit(i + 2)?;
        return Match::new(2 + un, Sem::Set(duration_value(1, u)));
    }
    let p = cx.words(i, cx.loc.set_prefix)?;
    let mut k = i + p;
    let mut count = 1;
    if matches!(cx.low(k), "other" | "second") {
        count = 2;
        k += 1;
    } else if let Some((nn, n)) = cx.number(k) {
        if n != VAGUE_NUMBER && n > 1 {
            count = n;
            k += nn;
        }
    }
    if let Some((un, u)) = cx.unit(k) {
        return Match::new(k + un - i, Sem::Set(duration_value(count, u)));
    }
    if let Some((wn, w)) = cx.weekday(k) {
        return Match::new(k + wn - i, Sem::Set(format!("XXXX-WXX-{w}")));
    }
    if let Some(t) = cx.tok(k) {
        if let Some(w) = lookup(cx.loc.weekdays_plural, &t.low) {
            return Match::new(k + 1 - i, Sem::Set(format!("XXXX-WXX-{w}")));
        }
        if let Some(pod) = lookup(cx.loc.parts_of_day, &t.low).filter(|p| !p.contains(':')) {
            return Match::new(k + 1 - i, Sem::Set(format!("XXXX-XX-XXT{pod}")));
        }
        if let Some(s) = lookup(cx.loc.seasons, &t.low) {
            return Match::new(k + 1 - i, Sem::Set(format!("XXXX-{s}")));
        }
    }
    if let Some((mn, m)) = cx.month(k) {
        return Match::new(k + mn - i, Sem::Set(format!("XXXX-{m:02}")));
    }
    None
}

pub fn parse(cx: &Cx, i: usize) -> Option<Match> {
    let a = set(cx, i);
    let b = duration(cx, i);
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.n > a.n { b } else { a }),
        (a, b) => a.or(b),
    }
}
