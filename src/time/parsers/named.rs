//! Dates with a month name: "27 September 2020", "27th of September", "Sept. 27th, 2020",
//! "Monday, 5 October", "September 2020", "27. September 2020", "27 de septiembre de 2020",
//! "le 1er octobre", and a month alone ("in January", "last May"). A weak month name ("May",
//! "March", "Jan") alone needs a preposition or a year beside it: "may" and "march" are verbs.

use super::{Cx, Match, Sem};

/// Day [suffix] [. | of | de] Month [.] [, | de] [Year]
fn day_month(cx: &Cx, i: usize) -> Option<(usize, Sem)> {
    // "27", "27th", or an ordinal word before "of" ("the first of March")
    let (n, d) = cx.day(i).or_else(|| cx.table(i, cx.loc.ordinals).filter(|x| x.1 <= 31 && cx.low(i + x.0) == "of"))?;
    let mut k = i + n;
    if cx.loc.date_links.contains(&".") && cx.low(k) == "." && cx.glued(k) {
        k += 1;
    } else if let Some(l) = cx.words(k, cx.loc.date_links) {
        if cx.month(k + l).is_some() {
            k += l;
        }
    }
    let (mn, m) = cx.month(k)?;
    k += mn;
    let mut y = None;
    let mut j = k;
    if cx.low(j) == "," {
        j += 1;
    } else if let Some(l) = cx.words(j, cx.loc.date_links) {
        if l == 1 && cx.low(j) != "." {
            j += l;
        }
    }
    if let Some((yn, yv)) = cx.year(j) {
        y = Some(yv);
        k = j + yn;
    }
    Some((k - i, Sem::date(y, Some(m), Some(d))))
}

/// Month [.] Day[suffix] [, Year]  |  Month [,|of|de] Year
fn month_first(cx: &Cx, i: usize) -> Option<(usize, Sem)> {
    let (mn, m) = cx.month(i)?;
    let mut k = i + mn;
    if let Some((dn, d)) =
        cx.day(k).or_else(|| cx.table(k, cx.loc.ordinals).filter(|x| x.1 <= 31 && cx.loc.month_ordinal_days))
    {
        // "May 2,500" / "March 3-1" are not dates
        let after = cx.low(k + dn);
        let glued_after = cx.glued(k + dn);
        let number_after = cx.tok(k + dn + 1).is_some_and(|t| t.is_num());
        // ("Oct. 26: the editorial" is a date; "March 3:1" a score)
        let colon_number = after == ":" && number_after && cx.glued(k + dn + 1);
        if glued_after
            && (after == "-"
                || colon_number
                || after == "/"
                || after == "%"
                || (after == "," && number_after && cx.tok(k + dn + 1).is_some_and(|t| t.s.len() == 3)))
        {
            return None;
        }
        if cx.tok(k).is_some_and(|t| t.is_num()) && cx.tok(k + dn).is_some_and(|t| t.is_word() && !t.spaced) {
            return None;
        }
        k += dn;
        let mut y = None;
        let j = if cx.low(k) == "," { k + 1 } else { k };
        if let Some((yn, yv)) = cx.year(j) {
            y = Some(yv);
            k = j + yn;
        }
        return Some((k - i, Sem::date(y, Some(m), Some(d))));
    }
    let j = match cx.low(k) {
        "," | "of" | "de" | "del" => k + 1,
        _ => k,
    };
    if let Some((yn, y)) = cx.year(j) {
        if cx.tok(j + yn).is_some_and(|t| !t.spaced && t.is_word()) {
            return None;
        }
        return Some((j + yn - i, Sem::date(Some(y), Some(m), None)));
    }
    None
}

pub fn parse(cx: &Cx, i: usize) -> Option<Match> {
    // Optional weekday before: "Monday, 5 October", "Friday Sept. 27", "lundi 5 octobre".
    let (wd, j) = match cx.weekday(i) {
        Some((n, w)) => (Some(w), if cx.low(i + n) == "," { i + n + 1 } else { i + n }),
        None => (None, i),
    };
    let mut best: Option<(usize, Sem)> = None;
    for f in [day_month as fn(&Cx, usize) -> Option<(usize, Sem)>, month_first] {
        if let Some((n, s)) = f(cx, j) {
            if best.as_ref().is_none_or(|b| n > b.0) {
                best = Some((n, s));
            }
        }
    }
    if let Some((n, mut s)) = best {
        if let Sem::Date { d: Some(_), wd: w, .. } = &mut s {
            *w = wd;
            return Match::new(j - i + n, s);
        }
        if wd.is_some() {
            return None;
        }
        return Match::new(n, s);
    }
    if wd.is_some() {
        return None;
    }
    // [last|next|this] Month  /  Month alone
    let (rel, k) = match cx.rel_prefix(i) {
        // "last Oct. 23": the date is "Oct. 23" (the adjective stays out, as TempEval-3 tags it)
        Some((n, r)) if cx.month(i + n).is_some() => match month_first(cx, i + n) {
            Some((_, Sem::Date { d: Some(_), .. })) => return None,
            _ => (Some(r), i + n),
        },
        _ => (None, i),
    };
    let (mn, m) = cx.month(k)?;
    let t = cx.tok(k)?;
    let weak = cx.loc.weak_months.contains(&t.low.as_ref());
    if mn == 1 && t.low.len() <= 4 && !crate::text::listed(cx.loc.short_full_months, &t.low) {
        // a bare abbreviation without its period is too ambiguous
        return None;
    }
    if weak && rel.is_none() {
        let prev = if k > 0 { cx.low(k - 1) } else { "" };
        let ok_prev = crate::text::listed("in since until till by early late mid of during before after from through to and - im en de seit bis ab depuis desde hasta this last next", prev);
        if !ok_prev {
            return None;
        }
        // "in May he ..." fine; "in May Smith" (a name) is caught by the name filter.
    }
    let mut sem = Sem::date(None, Some(m), None);
    if let Sem::Date { rel: r, .. } = &mut sem {
        *r = rel;
    }
    Match::new(k - i + mn, sem)
}
