//! Holidays, fixed and moveable: "Christmas", "New Year's Eve", "Easter", "Good Friday",
//! "Thanksgiving", "Labor Day", "Ostern", "Pâques", "Navidad", with an optional year ("Easter
//! 2021") or "last"/"next" ("last Christmas").

use super::{Cx, Match, Sem};

pub fn parse(cx: &Cx, i: usize) -> Option<Match> {
    let (pn, rel) = match cx.rel_prefix(i) {
        Some((n, r)) if matches!(cx.low(i), "last" | "next" | "this") => (n, Some(r)),
        _ => (0, None),
    };
    let k = i + pn;
    let (n, h) = cx.table(k, cx.loc.holidays)?;
    // English holiday names are capitalized ("easter" alone is fine either way in headlines)
    if cx.needs_capital() && !cx.tok(k).is_some_and(|t| t.capitalized()) {
        return None;
    }
    let mut e = k + n;
    let mut y = None;
    let j = if matches!(cx.low(e), "," | "of") { e + 1 } else { e };
    if let Some((yn, yv)) = cx.year(j).filter(|x| x.0 == 1) {
        y = Some(yv);
        e = j + yn;
    }
    Match::new(e - i, Sem::Holiday { h, y, rel })
}
