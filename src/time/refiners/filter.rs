//! False positives out: a candidate is dropped when its context says it is not a time.
//! "They may march" (verbs; also handled by the month family's need for a preposition),
//! "Friday Group" / "Man Friday" (a name: capitalized words around a lone weekday or month),
//! "April Smith" (a first name), "2000 troops", "$ 1999", "No. 2001", "Windows 2000", "123°",
//! "in her 30s" (an age), "60 Minutes" (a programme), "High Noon", "the day before the vote" (a
//! preposition).

use super::Placed;
use crate::time::locale::listed;
use crate::time::parsers::{Cx, Sem};

const BEFORE_QUANTITY: [&str; 14] =
    ["$", "€", "£", "¥", "#", "no", "nr", "number", "page", "flight", "route", "room", "+", "n°"];
const AFTER_QUANTITY: [&str; 8] = ["$", "€", "£", "°", "%", "‰", "x", "km"];

fn is_time_word(cx: &Cx, i: usize) -> bool {
    let low = cx.low(i);
    cx.loc.months.iter().any(|m| m.0 == low)
        || cx.loc.weekdays.iter().any(|m| m.0 == low)
        || cx.loc.parts_of_day.iter().any(|m| m.0 == low)
        || cx.loc.time_zones.contains(&low)
}

/// Short words: a place cue before capitals ("in", "the"), never a role before a name ("actor
/// Pat") nor a verb after one.
const GLUE: &str = "a across an and at but by for from in into near of on or over the to with";

/// Marks before a weekday or month that make it a date ("(Friday)", ", March"), besides the
/// locale's words (`Locale::name_preps`, `Locale::date_preps`).
const PREP: &str = ", (";

/// A word before a weekday or month that makes it a date ("on Friday", "since March", "am
/// Freitag").
fn date_prep(cx: &Cx, w: &str) -> bool {
    listed(cx.loc.name_preps, w) || listed(cx.loc.date_preps, w) || listed(PREP, w)
}

/// Words after which a dotted number is a software version, not a date ("kernel version
/// 2.6.29", "release 3.10.12", "firmware 1.2.21"), in the languages we date.
const VERSION_BEFORE: &str =
    "version versions v ver release releases kernel firmware build patch versión versione versão versie";

/// Nouns after a year that make it a model's or an edition's name, not a time ("the 2021
/// model"; "the 2008 model year" is a year), and money units that make it an amount ("in 2015
/// dollars" is a price level, no event).
const NAME_AFTER: &str = "model models edition editions version versions vintage variant modell modelle ausgabe modèle modèles édition modelo modelos edición dollars euros pounds yen yuan francs pesos rupees";

/// A word of a match report in the sentence (`Locale::sports_words`): a half or a quarter there
/// is the game's, not the year's ("led at the end of the first half and scored twice").
fn sports(cx: &Cx) -> bool {
    let ws = cx.loc.sports_words;
    !ws.is_empty() && cx.t.iter().any(|t| listed(ws, &t.low))
}

fn glue(w: &str) -> bool {
    listed(GLUE, w)
}

/// Token i's case: 2 a capitalized word, 1 a lowercase word, 0 anything else (or none).
#[inline(never)]
fn case(cx: &Cx, i: usize) -> u8 {
    cx.tok(i).map_or(0, |t| {
        if !t.is_word() {
            0
        } else if t.capitalized() {
            2
        } else {
            1
        }
    })
}

/// Where news puts the day after its subject (`Locale::subject_weekdays`, English): whether a
/// weekday after a capitalized word ends a person's name ("Detective Joe
/// Friday, the hero", "Sgt. Joe Friday", "actor Pat Monday said") rather than giving the news's
/// day after its subject or place ("in Tokyo Monday, the index fell", "President Bill Clinton
/// Saturday vowed"). Read from the words around: a place cue before the capitals or a past
/// verb, adverb or part of day after the weekday (`cue`) is a day; a lone capital after a title
/// abbreviation is a first name; after a lowercase role word it is one when a verb or a
/// possessive follows; after other capitals, when a possessive, a present-tense verb or (after
/// two capitals or more) an appositive follows.
fn surname(cx: &Cx, a: usize, b: usize, cue: bool) -> bool {
    // the capitals before the weekday, title abbreviations ("Sgt.") included
    let (mut s, mut caps, mut title) = (a - 1, 1, false);
    while s > 0 && caps < 5 {
        if s > 1 && cx.low(s - 1) == "." && cx.glued(s - 1) && case(cx, s - 2) == 2 && cx.low(s - 2).len() <= 4 {
            title |= caps == 1;
            s -= 2;
        } else if case(cx, s - 1) == 2 {
            s -= 1;
        } else {
            break;
        }
        caps += 1;
    }
    let before = if s > 0 { cx.low(s - 1) } else { "" };
    let next = cx.low(b);
    let verb = case(cx, b) == 1 && !glue(next) && !cue;
    let role = caps == 1 && before.len() > 3 && case(cx, s - 1) == 1 && !before.ends_with("ed");
    !glue(before)
        && ((title && !cue)
            || (role && verb)
            || (next == "'" && cx.low(b + 1) == "s")
            || (verb && next.ends_with('s'))
            || ((caps > 1 || s == 0) && next == "," && glue(cx.low(b + 1))))
}

/// Keep this match?
pub fn keep(cx: &Cx, p: &Placed) -> bool {
    let prev = if p.a > 0 { cx.low(p.a - 1) } else { "" };
    let next = cx.low(p.b);
    let single = p.b - p.a == 1;
    let last = cx.low(p.b - 1);
    match &p.m.sem {
        // "version 2.6.29" (read 2029-02-06), "release 3.10.12": a version number
        Sem::Date { .. }
            if listed(VERSION_BEFORE, prev)
                && cx.tok(p.a).is_some_and(|t| t.is_num())
                && cx.low(p.a + 1) == "."
                && cx.glued(p.a + 1) =>
        {
            false
        }
        // "in her 30s": an age
        Sem::Decade(_) if single && matches!(prev, "her" | "his" | "their" | "my" | "your" | "our" | "its") => false,
        // "60 Minutes": a programme's name
        Sem::Duration { .. }
            if p.b - p.a == 2
                && p.a > 0
                && cx.tok(p.a).is_some_and(|t| t.is_num())
                && cx.tok(p.b - 1).is_some_and(|t| t.capitalized()) =>
        {
            false
        }
        // "High Noon"
        Sem::Clock { base: None, .. } if prev == "high" => false,
        // "the day before the vote": a preposition, not a time of its own
        Sem::Rel { story: true, .. } if matches!(last, "before" | "after") && case(cx, p.b) > 0 => false,
        // "nine months later than planned": a delay, no point in time
        Sem::Rel { story: true, .. } if next == "than" => false,
        // "the 24/7 helpline", "open 24/7": a year-less numeric date stands only where a date
        // is introduced (after "on", "by", "since", a weekday ...) or opens the sentence
        Sem::Date { y: None, d: Some(_), .. }
            if p.b - p.a == 3 && cx.tok(p.a).is_some_and(|t| t.is_num()) && cx.low(p.a + 1) == "/" =>
        {
            p.a == 0
                || date_prep(cx, prev)
                || listed(cx.loc.date_ranges, prev)
                || cx.loc.weekdays.iter().any(|w| w.0 == prev)
        }
        // "United led at the end of the first half", "scored in the fourth quarter"
        Sem::Half { y: None, .. } | Sem::Quarter { y: None, .. } if sports(cx) => false,
        Sem::Date { y: Some(y), m: None, .. } if single => {
            if BEFORE_QUANTITY.contains(&prev)
                || AFTER_QUANTITY.contains(&next)
                || (listed(NAME_AFTER, next) && cx.low(p.b + 1) != "year")
            {
                return false;
            }
            // "by 1000 GMT", "at 1430 UTC": a 24-hour clock time of wire copy, no year
            if cx.loc.time_zones.contains(&next) {
                return false;
            }
            // "2019-0042": a code, not a year and a month
            if matches!(next, "-" | "/")
                && cx.glued(p.b)
                && cx.glued(p.b + 1)
                && cx.tok(p.b + 1).is_some_and(|t| t.is_num() && t.s.len() > 2)
            {
                return false;
            }
            // "the vote was 2020 to 1985", "won 2014-1998": counts or a score, falling where
            // a span of years rises
            let num = |k: usize| cx.tok(k).filter(|t| t.is_num() && t.s.len() <= 5).and_then(|t| t.num());
            if matches!(next, "to" | "-") && num(p.b + 1).is_some_and(|n| (n as i32) < *y) {
                return false;
            }
            if p.a > 1 && matches!(prev, "to" | "-") && num(p.a - 2).is_some_and(|n| (n as i32) > *y) {
                return false;
            }
            if case(cx, p.b) == 1 && next.ends_with('s') && next.len() > 3 && cx.low(p.b + 1) != "'" {
                return false;
            }
            // "Windows 2000", "Euro 2020": a product or event name before the number
            if p.a > 0
                && cx.tok(p.a - 1).is_some_and(|t| t.capitalized() && !t.all_caps() && t.spaced)
                && p.a > 1
                && !is_time_word(cx, p.a - 1)
                && !cx.loc.year_preps.contains(&prev)
                && !matches!(prev, "fiscal" | "fy")
            {
                return false;
            }
            true
        }
        Sem::Weekday { rel: None, .. } | Sem::Date { y: None, d: None, rel: None, .. }
            if single || (p.b - p.a == 2 && cx.low(p.a + 1) == ".") =>
        {
            // a name: "Friday Group", "April Smith", "Man Friday"
            let next_cap = case(cx, p.b) == 2
                && cx.t[p.b].spaced
                && !is_time_word(cx, p.b)
                && !cx.tok(p.b).is_some_and(|t| t.all_caps() && t.s.len() <= 3);
            // ... but "Clinton Saturday vowed", "the Czech Republic Friday formally joined": a
            // verb or adverb after the weekday says it is the news's day, and so does a part of
            // the day ("in Nairobi, Kenya Friday morning")
            let cue = next.ends_with("ed") || next.ends_with("ly") || cx.loc.parts_of_day.iter().any(|m| m.0 == next);
            let verb_after = case(cx, p.b) == 1 && (cue || matches!(next, "said" | "says" | "told"));
            let weekday = matches!(p.m.sem, Sem::Weekday { .. });
            // English news puts the day right after the subject or place ("in Tokyo Monday",
            // "Kenya and Tanzania Friday"): 17 of 17 in TimeBank and AQUAINT; only a few words
            // make a name of a weekday ("Man Friday", "Girl Friday"), or the words around a
            // surname ("Detective Joe Friday, the hero": `surname`)
            let name_word = if weekday && cx.loc.subject_weekdays {
                (listed(cx.loc.weekday_names, prev) && !verb_after) || (p.a > 1 && surname(cx, p.a, p.b, cue))
            } else {
                !verb_after
            };
            let prev_cap = p.a > 1
                && case(cx, p.a - 1) == 2
                && !is_time_word(cx, p.a - 1)
                && !listed(cx.loc.name_preps, prev)
                && name_word;
            let prep = date_prep(cx, prev) || (!weekday && matches!(prev, "in" | "of" | "from" | "to" | "through"));
            if (next_cap && !prep) || prev_cap {
                return false;
            }
            // "May I", "March on"
            if p.a == 0 && listed(cx.loc.verb_months, cx.low(0)) {
                return false;
            }
            true
        }
        _ => true,
    }
}
