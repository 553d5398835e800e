//! Vague references: "now", "currently", "recently", "the past", "the future", "soon",
//! "jetzt", "récemment", "pronto" -> PRESENT_REF, PAST_REF, FUTURE_REF.

use super::{Cx, Match, Sem};

pub fn parse(cx: &Cx, i: usize) -> Option<Match> {
    let (n, v) = cx.table(i, cx.loc.vague)?;
    let w = cx.low(i);
    // "once" and "earlier" are vague only at a clause edge ("once a week" is a set; "earlier
    // this year" is a modifier), "current" only before a noun phrase about time.
    if w == "once" || w == "earlier" {
        let next = cx.low(i + n);
        if !(next.is_empty() || matches!(next, "," | "." | ";")) {
            return None;
        }
        if w == "once" {
            return None;
        }
    }
    if w == "future" && n == 1 && !(i > 0 && matches!(cx.low(i - 1), "near" | "foreseeable" | "distant")) {
        return None;
    }
    Match::new(n, Sem::Ref(v))
}
