//! English idioms no table says: "year-earlier", "year-ago" ("the year-earlier quarter"), a
//! compound adjective naming the same period a year before. Run through `Locale::grammar`.

use crate::time::locale::Unit;
use crate::time::parsers::{Cx, Match, Sem};

/// "year-earlier", "year-ago", "the year-earlier quarter", "the year-ago period": the same
/// period a year before (the anchor refiner moves it to the quarter in focus).
pub fn year_earlier(cx: &Cx, i: usize) -> Option<Match> {
    if cx.low(i) != "year" || cx.low(i + 1) != "-" || !matches!(cx.low(i + 2), "earlier" | "ago") {
        return None;
    }
    let mut k = i + 3;
    if let Some((n, _)) = cx.ordinal(k) {
        if cx.low(k + n) == "quarter" {
            k += n;
        }
    }
    if matches!(cx.low(k), "quarter" | "period") {
        k += 1;
    }
    Match::new(k - i, Sem::Rel { unit: Unit::Year, n: -1, story: false })
}
