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

use super::sem::Unit;
pub use super::sem::{Calc, Cx, Family, Match, Sem, VAGUE_NUMBER};

/// Run every family at token `i`, the shared ones then the locale's own grammar, and keep the
/// longest match (the first family wins a tie). None at once at a token no expression begins
/// with (`tokens::Tok::begins`: most tokens of prose); debug builds run the families there too and
/// check that none matches.
pub fn best_at(cx: &Cx, i: usize) -> Option<Match> {
    let inert = cx.t.get(i).is_none_or(|t| !t.begins);
    if (inert && !cfg!(debug_assertions)) || digit_group(cx, i) {
        return None;
    }
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
    debug_assert!(
        !inert || best.is_none(),
        "{:?}: an expression begins at a word outside locale::classes' START",
        cx.low(i)
    );
    best
}

/// Token `i` is a later digit group of one number ("000" of "200,000 years ago", "5" of "3.5
/// days"): no expression begins there (the number is a count or a decimal, not "000 years").
fn digit_group(cx: &Cx, i: usize) -> bool {
    i >= 2
        && cx.glued(i)
        && cx.glued(i - 1)
        && matches!(cx.low(i - 1), "," | ".")
        && cx.tok(i).is_some_and(|t| t.is_num())
        && cx.tok(i - 2).is_some_and(|t| t.is_num())
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
