//! All-numeric dates: ISO 8601 (2020-09-27, 2020-09-27T16:00), and day/month/year with slashes,
//! dots or hyphens in the locale's order (27/09/2020 in French, 09/27/2020 in American English;
//! an impossible order is swapped). Versions (1.2.3), phone numbers and scores never qualify:
//! the separators must agree and nothing numeric may be glued on either side.

use super::{Cx, Match, Sem};
use crate::time::calendar::Date;
use crate::time::locale::NumericOrder;

fn boxed_in(cx: &Cx, i: usize, n: usize) -> bool {
    // A digit, separator or letter glued before or after: part of a longer code.
    let before = i > 0 && cx.glued(i) && {
        let p = cx.low(i - 1);
        p.chars().all(|c| c.is_alphanumeric()) || matches!(p, "/" | "-" | "." | ":" | "+")
    };
    let after = cx.glued(i + n) && {
        let a = cx.low(i + n);
        a.chars().all(|c| c.is_alphanumeric()) || (matches!(a, "/" | "-" | ":" | "+") ) || (a == "." && cx.tok(i + n + 1).is_some_and(|t| t.is_num() && !t.spaced))
    };
    before || after
}

pub fn parse(cx: &Cx, i: usize) -> Option<Match> {
    let t = cx.tok(i)?;
    if !t.is_num() {
        return None;
    }
    // 2020-09-27 [T16:00], 2015-3-3; 2014/10
    if t.s.len() == 4 && cx.low(i + 1) == "/" && cx.glued(i + 1) && cx.glued(i + 2) && !boxed_in(cx, i, 3) {
        let y: i32 = t.s.parse().ok()?;
        let m = cx.tok(i + 2).filter(|x| x.is_num() && x.s.len() == 2)?.num()?;
        return ((1..=12).contains(&m) && (1900..=2100).contains(&y)).then(|| Match { n: 3, sem: Sem::date(Some(y), Some(m), None), modifier: None, lead: 0 });
    }
    if t.s.len() == 4 && cx.low(i + 1) == "-" && cx.glued(i + 1) && cx.glued(i + 2) {
        let y: i32 = t.s.parse().ok()?;
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
        if (1..=12).contains(&m) && cx.tok(i + 2).is_some_and(|x| x.s.len() == 2) && (1900..=2100).contains(&y) && !boxed_in(cx, i, 3) {
            return Match::new(3, Sem::date(Some(y), Some(m), None));
        }
        return None;
    }
    // d/m/y, m/d/y, d.m.y, d-m-y (two or three parts, same separator)
    if t.s.len() > 2 {
        return None;
    }
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
    let mut n = 3;
    let mut y = None;
    if cx.low(i + 3) == sep && cx.glued(i + 3) && cx.glued(i + 4) {
        let yt = cx.tok(i + 4).filter(|x| x.is_num())?;
        let v: i32 = yt.s.parse().ok()?;
        y = Some(match yt.s.len() {
            4 if (1000..=2199).contains(&v) => v,
            2 => if v < 50 { 2000 + v } else { 1900 + v },
            _ => return None,
        });
        n = 5;
    } else if sep != "/" {
        // "3-1" is a score, "1.5" a number: two-part dates only with a slash
        return None;
    }
    if boxed_in(cx, i, n) {
        return None;
    }
    if sep == "-" && y.is_none() {
        return None;
    }
    let (d, m) = match cx.loc.numeric_order {
        NumericOrder::DayMonth => if a <= 12 || b > 12 { (a, b) } else { (a, b) },
        NumericOrder::MonthDay => if a > 12 && b <= 12 { (a, b) } else { (b, a) },
    };
    if !(1..=12).contains(&m) {
        return None;
    }
    match y {
        Some(y) => {
            Date::new(y, m, d)?;
        }
        None => {
            // 9/11, 3/4: only with a plausible day and a slash; fractions like 1/2 are not dates
            if d > 31 || d == 0 || (a <= 4 && b <= 4) {
                return None;
            }
            // "12 3/8" (a price), "3/8 %"
            if i > 0 && (cx.tok(i - 1).is_some_and(|x| x.is_num()) || matches!(cx.low(i - 1), "$" | "-" | "+")) || matches!(cx.low(i + 3), "%" | "point" | "points" | "cents") {
                return None;
            }
        }
    }
    Match::new(n, Sem::date(y, Some(m), Some(d)))
}
