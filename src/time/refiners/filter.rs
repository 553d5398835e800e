//! False positives out: a candidate is dropped when its context says it is not a time.
//! "They may march" (verbs; also handled by the month family's need for a preposition),
//! "Friday Group" / "Man Friday" (a name: capitalized words around a lone weekday or month),
//! "April Smith" (a first name), "2000 troops", "$ 1999", "No. 2001", "Windows 2000", "123°",
//! "in her 30s" (an age), "60 Minutes" (a programme), "High Noon", "the day before the vote" (a
//! preposition).

use super::Placed;
use crate::time::parsers::{Cx, Sem};

const BEFORE_QUANTITY: [&str; 14] = ["$", "€", "£", "¥", "#", "no", "nr", "number", "page", "flight", "route", "room", "+", "n°"];
const AFTER_QUANTITY: [&str; 8] = ["$", "€", "£", "°", "%", "‰", "x", "km"];

fn is_time_word(cx: &Cx, i: usize) -> bool {
    let low = cx.low(i);
    cx.loc.months.iter().any(|m| m.0 == low)
        || cx.loc.weekdays.iter().any(|m| m.0 == low)
        || cx.loc.parts_of_day.iter().any(|m| m.0 == low)
        || cx.loc.time_zones.contains(&low)
}

/// Keep this match?
pub fn keep(cx: &Cx, p: &Placed) -> bool {
    let prev = if p.a > 0 { cx.low(p.a - 1) } else { "" };
    let next = cx.low(p.b);
    let next_tok = cx.tok(p.b);
    let single = p.b - p.a == 1;
    let last = cx.low(p.b - 1);
    match &p.m.sem {
        // "in her 30s": an age
        Sem::Decade(_) if single && matches!(prev, "her" | "his" | "their" | "my" | "your" | "our" | "its") => false,
        // "60 Minutes": a programme's name
        Sem::Duration { .. } if p.b - p.a == 2 && p.a > 0 && cx.tok(p.a).is_some_and(|t| t.is_num()) && cx.tok(p.b - 1).is_some_and(|t| t.capitalized()) => false,
        // "High Noon"
        Sem::Clock { base: None, .. } if prev == "high" => false,
        // "the day before the vote": a preposition, not a time of its own
        Sem::Rel { story: true, .. } if matches!(last, "before" | "after") && next_tok.is_some_and(|t| t.is_word()) => false,
        Sem::Date { y: Some(_), m: None, .. } if single => {
            if BEFORE_QUANTITY.contains(&prev) || AFTER_QUANTITY.contains(&next) {
                return false;
            }
            if next_tok.is_some_and(|t| t.is_word() && !t.capitalized() && t.low.ends_with('s') && t.low.len() > 3) && cx.low(p.b + 1) != "'" {
                return false;
            }
            // "Windows 2000", "Euro 2020": a product or event name before the number
            if p.a > 0 && cx.tok(p.a - 1).is_some_and(|t| t.capitalized() && !t.all_caps() && t.spaced) && p.a > 1 && !is_time_word(cx, p.a - 1) && !cx.loc.year_preps.contains(&prev) && !matches!(prev, "fiscal" | "fy") {
                return false;
            }
            true
        }
        Sem::Weekday { rel: None, .. } | Sem::Date { y: None, d: None, rel: None, .. } if single || (p.b - p.a == 2 && cx.low(p.a + 1) == ".") => {
            // a name: "Friday Group", "April Smith", "Man Friday"
            let next_cap = next_tok.is_some_and(|t| t.capitalized() && t.is_word() && t.spaced) && !is_time_word(cx, p.b) && !cx.tok(p.b).is_some_and(|t| t.all_caps() && t.s.len() <= 3);
            // ... but "Clinton Saturday vowed", "the Czech Republic Friday formally joined": a
            // verb or adverb after the weekday says it is the news's day, and so does a part of
            // the day ("in Nairobi, Kenya Friday morning")
            let verb_after = next_tok.is_some_and(|t| t.is_word() && !t.capitalized()) && (next.ends_with("ed") || next.ends_with("ly") || matches!(next, "said" | "says" | "told") || cx.loc.parts_of_day.iter().any(|m| m.0 == next));
            let weekday = matches!(p.m.sem, Sem::Weekday { .. });
            // English news puts the day right after the subject or place ("in Tokyo Monday",
            // "Kenya and Tanzania Friday"): 17 of 17 in TimeBank and AQUAINT; only a few words
            // make a name of a weekday ("Man Friday", "Girl Friday")
            let name_word = !(weekday && cx.loc.code == "en") || matches!(prev, "man" | "girl" | "guy" | "gal");
            let prev_cap = p.a > 0 && cx.tok(p.a - 1).is_some_and(|t| t.capitalized() && t.is_word()) && p.a > 1 && !is_time_word(cx, p.a - 1) && !matches!(prev, "on" | "by" | "until" | "since" | "last" | "next" | "this") && !verb_after && name_word;
            let prep = matches!(prev, "on" | "by" | "until" | "since" | "last" | "next" | "this" | "early" | "late" | "before" | "after" | "," | "(" | "am" | "le" | "el" | "seit" | "bis")
                || (!weekday && matches!(prev, "in" | "of" | "from" | "to" | "through"));
            if (next_cap && !prep) || prev_cap {
                return false;
            }
            // "May I", "March on"
            if cx.loc.code == "en" && p.a == 0 && matches!(cx.low(0), "may" | "march") {
                return false;
            }
            true
        }
        _ => true,
    }
}
