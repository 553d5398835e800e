//! English idioms no table says: "year-earlier", "year-ago" ("the year-earlier quarter"), a
//! compound adjective naming the same period a year before (run through `Locale::grammar`);
//! "today's" before a plural noun, the people or things of our time (`Locale::of_our_time`).

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

/// After "today": "'s" and a plural noun, past "most", "more" and words in "-est" or "-ed",
/// or an acronym and its plural noun ("today's teenagers", "today's most advanced AI
/// systems"). "Today's vote follows ..." has a singular noun, "today's editions of the paper"
/// a complement: the day's own.
pub fn of_our_time(after: &str) -> bool {
    let Some(rest) = after.strip_prefix("'s ").or_else(|| after.strip_prefix("’s ")) else {
        return false;
    };
    let plural = |w: &str| {
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && w != "news"
            && w.chars().all(|c| c.is_ascii_lowercase())
    };
    let mut words = rest
        .split_whitespace()
        .take(5)
        .skip_while(|w| matches!(*w, "most" | "more") || w.ends_with("est") || w.ends_with("ed"));
    // (a plural with "of" after it is the day's own: "today's editions of the Journal")
    let head = match words.next() {
        Some(w) if plural(w) => true,
        Some(w) if w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase()) => words.next().is_some_and(plural),
        _ => false,
    };
    head && words.next() != Some("of")
}
