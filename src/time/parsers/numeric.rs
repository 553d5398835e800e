//! All-numeric dates: ISO 8601 (2020-09-27, 2020-09-27T16:00), and day/month/year with slashes,
//! dots or hyphens in the page's order: the order the page's other dates allow ([`page_order`]),
//! else its region (`en-GB` day first, `en-US` month first: [`region_order`]), else the
//! language's (27/09/2020 in French, 09/27/2020 in English). With a year, an impossible order
//! is swapped; a year-less "24/7" is no date. Versions (1.2.3), phone numbers and scores never
//! qualify: the separators must agree and nothing numeric may be glued on either side.

use super::{Cx, Match, Sem};
use crate::text::listed;
use crate::time::calendar::Date;
use crate::time::day_month;
use crate::time::sem::{Locale, NumericOrder};

fn boxed_in(cx: &Cx, i: usize, n: usize) -> bool {
    // A digit, separator or letter glued before or after: part of a longer code.
    let before = i > 0 && cx.glued(i) && {
        let p = cx.low(i - 1);
        p.chars().all(|c| c.is_alphanumeric()) || matches!(p, "/" | "-" | "." | ":" | "+")
    };
    let after = cx.glued(i + n) && {
        let a = cx.low(i + n);
        a.chars().all(|c| c.is_alphanumeric())
            || (matches!(a, "/" | "-" | ":" | "+"))
            || (a == "." && cx.tok(i + n + 1).is_some_and(|t| t.is_num() && !t.spaced))
    };
    before || after
}

/// An all-numeric date at token `i`: year first (ISO), else day and month in the page's order.
pub fn parse(cx: &Cx, i: usize) -> Option<Match> {
    let t = cx.tok(i)?;
    if !t.is_num() {
        return None;
    }
    if t.s.len() > 2 {
        return if t.s.len() == 4 && cx.glued(i + 1) && cx.glued(i + 2) { year_first(cx, i) } else { None };
    }
    // d/m/y, m/d/y, d.m.y, d-m-y (two or three parts, same separator)
    let sep = cx.low(i + 1);
    if !matches!(sep, "/" | "." | "-") || !cx.glued(i + 1) || !cx.glued(i + 2) {
        return None;
    }
    // 2/2013: a month and a year
    if sep == "/" && !boxed_in(cx, i, 3) {
        if let (Some((1, y)), Some(m)) = (cx.year(i + 2), t.num().filter(|m| (1..=12).contains(m))) {
            return Match::new(3, Sem::date(Some(y), Some(m), None));
        }
    }
    let b = cx.tok(i + 2).filter(|x| x.is_num() && x.s.len() <= 2)?.num()?;
    let a = t.num()?;
    let (n, y) = year_after(cx, i, sep)?;
    if boxed_in(cx, i, n) {
        return None;
    }
    if sep == "-" && y.is_none() {
        return None;
    }
    // the page's order (its region, or dates elsewhere on it: `page_order`); with a year, an
    // impossible order is swapped ("13/04/2021" on an American page); without one it is no date
    let (d, m) = day_month(a, b, y.is_some(), cx.order == NumericOrder::DayMonth);
    if !(1..=12).contains(&m) {
        return None;
    }
    match y {
        Some(y) => {
            Date::new(y, m, d)?;
        }
        None if !bare_day_month(cx, i, a, b, d) => return None,
        None => {}
    }
    Match::new(n, Sem::date(y, Some(m), Some(d)))
}

/// A year first, glued to what follows: 2020-09-27 [T16:00], 2015-3-3; 2014/10, 2014-10.
fn year_first(cx: &Cx, i: usize) -> Option<Match> {
    let y: i32 = cx.tok(i)?.s.parse().ok()?;
    match cx.low(i + 1) {
        "/" => {
            if boxed_in(cx, i, 3) {
                return None;
            }
            let m = cx.tok(i + 2).filter(|x| x.is_num() && x.s.len() == 2)?.num()?;
            ((1..=12).contains(&m) && (1900..=2100).contains(&y)).then(|| Match {
                n: 3,
                sem: Sem::date(Some(y), Some(m), None),
                modifier: None,
                lead: 0,
            })
        }
        "-" => {
            let m = cx.tok(i + 2).filter(|x| x.is_num() && x.s.len() <= 2)?.num()?;
            if cx.low(i + 3) == "-" && cx.glued(i + 3) && cx.glued(i + 4) {
                let d = cx.tok(i + 4).filter(|x| x.is_num() && x.s.len() <= 2)?.num()?;
                Date::new(y, m, d)?;
                // T16:00 glued after: "2020-09-27T16" tokenizes as "27T16"? no: digits+letter form one token.
                if boxed_in(cx, i, 5) {
                    return None;
                }
                return Match::new(5, Sem::date(Some(y), Some(m), Some(d)));
            }
            if (1..=12).contains(&m)
                && cx.tok(i + 2).is_some_and(|x| x.s.len() == 2)
                && (1900..=2100).contains(&y)
                && !boxed_in(cx, i, 3)
            {
                return Match::new(3, Sem::date(Some(y), Some(m), None));
            }
            None
        }
        _ => None,
    }
}

/// After two numbers at `i`, a year glued on by the same separator: the tokens the date takes
/// (3 or 5) and its year ("'21" style two digits: 1950-2049). None when no date can follow: a
/// year token that is none, or two parts with a dot or hyphen ("3-1" is a score, "1.5" a
/// number: two-part dates only with a slash).
fn year_after(cx: &Cx, i: usize, sep: &str) -> Option<(usize, Option<i32>)> {
    if cx.low(i + 3) == sep && cx.glued(i + 3) && cx.glued(i + 4) {
        let yt = cx.tok(i + 4).filter(|x| x.is_num())?;
        let v: i32 = yt.s.parse().ok()?;
        let y = match yt.s.len() {
            4 if (1000..=2199).contains(&v) => v,
            2 if v < 50 => 2000 + v,
            2 => 1900 + v,
            _ => return None,
        };
        return Some((5, Some(y)));
    }
    (sep == "/").then_some((3, None))
}

/// A year-less day and month (9/11, 3/4) counts only with a plausible day and a slash, and
/// not as a fraction (1/2), a price ("12 3/8") or a share ("3/8 %").
fn bare_day_month(cx: &Cx, i: usize, a: u32, b: u32, d: u32) -> bool {
    if d > 31 || d == 0 || (a <= 4 && b <= 4) {
        return false;
    }
    !(i > 0 && (cx.tok(i - 1).is_some_and(|x| x.is_num()) || matches!(cx.low(i - 1), "$" | "-" | "+"))
        || matches!(cx.low(i + 3), "%" | "point" | "points" | "cents"))
}

/// The order every full numeric date of the page allows, when its dates decide: some can only
/// be day first ("13/04/2021") and none only month first ("04/13/2021"), or the reverse.
/// Only dates with a year count (a fraction or a score has none).
pub fn page_order(text: &str) -> Option<NumericOrder> {
    let b = text.as_bytes();
    let (mut day_first, mut month_first) = (0, 0);
    let num = |i: usize| -> Option<(u32, usize)> {
        let mut j = i;
        while j < b.len() && b[j].is_ascii_digit() && j - i < 5 {
            j += 1;
        }
        (j > i && !(j < b.len() && b[j].is_ascii_digit())).then(|| (text[i..j].parse().unwrap_or(0), j))
    };
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit()
            && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'/' | b'.' | b'-')))
        {
            if let Some((x, j)) = num(i).filter(|x| x.1 - i <= 2) {
                let sep = b.get(j).copied();
                if matches!(sep, Some(b'/' | b'.' | b'-')) {
                    if let Some((y, k)) = num(j + 1).filter(|y| y.1 - j - 1 <= 2) {
                        if b.get(k).copied() == sep {
                            if let Some((_, e)) = num(k + 1).filter(|z| matches!(z.1 - k - 1, 2 | 4)) {
                                let glued = e < b.len()
                                    && (b[e].is_ascii_alphanumeric()
                                        || (matches!(b[e], b'/' | b'.' | b'-')
                                            && b.get(e + 1).is_some_and(u8::is_ascii_digit)));
                                if !glued && x >= 1 && y >= 1 && x <= 31 && y <= 31 {
                                    day_first += usize::from(x > 12 && y <= 12);
                                    month_first += usize::from(y > 12 && x <= 12);
                                }
                                i = e;
                                continue;
                            }
                        }
                    }
                }
                i = j;
                continue;
            }
        }
        i += 1;
    }
    match (day_first, month_first) {
        (0, 0) => None,
        (_, 0) => Some(NumericOrder::DayMonth),
        (0, _) => Some(NumericOrder::MonthDay),
        _ => None,
    }
}

/// The order of a language tag's region, where the language's regions disagree
/// (`Locale::month_first_regions`: English outside the United States and the few places that
/// follow it writes the day first); other languages keep their own order.
pub fn region_order(tag: &str) -> Option<NumericOrder> {
    let mut parts = tag.split(['-', '_']);
    let loc = Locale::get(&parts.next()?.to_ascii_lowercase())?;
    let region = parts.find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))?.to_ascii_uppercase();
    if loc.month_first_regions.is_empty() {
        return None;
    }
    Some(if listed(loc.month_first_regions, &region) { NumericOrder::MonthDay } else { NumericOrder::DayMonth })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_and_the_region_decide_the_order() {
        assert_eq!(page_order("Filed 13/04/2021. Updated 02/05/2021."), Some(NumericOrder::DayMonth));
        assert_eq!(page_order("Filed 04/13/2021, then 05/02/21."), Some(NumericOrder::MonthDay));
        // ambiguous dates alone, both kinds, or no year (a fraction, "24/7") decide nothing
        assert_eq!(page_order("On 03/04/2021 and 05/06/2021."), None);
        assert_eq!(page_order("13/04/2021 and 04/13/2021"), None);
        assert_eq!(page_order("open 24/7, up 3 13/16 points, version 1.13.2021b"), None);
        assert_eq!(region_order("en-GB"), Some(NumericOrder::DayMonth));
        assert_eq!(region_order("en_AU"), Some(NumericOrder::DayMonth));
        assert_eq!(region_order("en-US"), Some(NumericOrder::MonthDay));
        assert_eq!(region_order("en"), None);
        assert_eq!(region_order("fr-CA"), None);
    }
}
