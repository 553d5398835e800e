//! Weekdays: "Friday", "last Monday", "next Tuesday", "this Wednesday", "lundi dernier",
//! "el próximo lunes". Plural forms are sets ("on Mondays" -> XXXX-WXX-1). The nth weekday of
//! a month ("the first Tuesday of October", "last Monday in March 2014") is a day.

use super::{Cx, Match, Sem};
use crate::time::sem::{lookup, Holiday};

/// "first Tuesday of October [2014]", "last Friday in March": a day computed like a moveable
/// holiday.
fn nth_of_month(cx: &Cx, i: usize) -> Option<Match> {
    let (on, n) = cx.ordinal(i)?;
    let n = match n {
        99 => -1,
        1..=5 => n as i32,
        _ => return None,
    };
    let (wn, wd) = cx.weekday(i + on)?;
    let k = i + on + wn;
    if !matches!(cx.low(k), "of" | "in") {
        return None;
    }
    let (mn, m) = cx.month(k + 1)?;
    let mut e = k + 1 + mn;
    let j = if cx.low(e) == "," { e + 1 } else { e };
    let y = cx.year(j).map(|(yn, y)| {
        e = j + yn;
        y
    });
    Match::new(e - i, Sem::Holiday { h: Holiday::Nth(n, wd, m), y, rel: None })
}

pub fn parse(cx: &Cx, i: usize) -> Option<Match> {
    if let Some(m) = nth_of_month(cx, i) {
        return Some(m);
    }
    // plural: a set
    if let Some(t) = cx.tok(i) {
        if !cx.needs_capital() || t.capitalized() {
            if let Some(w) = lookup(cx.loc.weekdays_plural, &t.low) {
                return Match::new(1, Sem::Set(format!("XXXX-WXX-{w}")));
            }
        }
    }
    let (pre, rel) = match cx.rel_prefix(i) {
        Some((n, r)) if cx.weekday(i + n).is_some() && !matches!(cx.low(i), "past" | "latest" | "current") => {
            (n, Some(r))
        }
        _ => (0, None),
    };
    let (n, wd) = cx.weekday(i + pre)?;
    let mut k = i + pre + n;
    let mut rel = rel;
    if rel.is_none() {
        if let Some((pn, r)) = cx.rel_postfix(k) {
            rel = Some(r);
            k += pn;
        }
    }
    // "Monday week" is rare; "Monday's" keeps only "Monday".
    Match::new(k - i, Sem::Weekday { wd, rel })
}
