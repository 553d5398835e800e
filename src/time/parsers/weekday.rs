//! Weekdays: "Friday", "last Monday", "next Tuesday", "this Wednesday", "lundi dernier",
//! "el próximo lunes". Plural forms are sets ("on Mondays" -> XXXX-WXX-1).

use super::{Cx, Match, Sem};
use crate::time::locale::lookup;

pub fn parse(cx: &Cx, i: usize) -> Option<Match> {
    // plural: a set
    if let Some(t) = cx.tok(i) {
        if !cx.needs_capital() || t.capitalized() {
            if let Some(w) = lookup(cx.loc.weekdays_plural, &t.low) {
                return Match::new(1, Sem::Set(format!("XXXX-WXX-{w}")));
            }
        }
    }
    let (pre, rel) = match cx.rel_prefix(i) {
        Some((n, r)) if cx.weekday(i + n).is_some() && !matches!(cx.low(i), "past" | "latest" | "current") => (n, Some(r)),
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
