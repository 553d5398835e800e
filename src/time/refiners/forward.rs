//! Forward (or backward) dating under an explicit `prefer`, as chrono-node's `forwardDate`:
//! an expression with no tense to go by and no year is moved to the side the caller asked for,
//! strictly ("Tuesday" said on a Tuesday is next week's, "October 6" in February is the coming
//! one, "this Monday" on a Tuesday the coming Monday, "next Wednesday" the Wednesday of next
//! week). Runs after resolution, on the values; news text (no `prefer`) never comes here.

use crate::time::calendar::Date;
use crate::time::parsers::Sem;
use crate::time::resolve::holiday_date;

fn day(v: &str) -> Option<Date> {
    if v.len() != 10 {
        return None;
    }
    Date::new(v.get(..4)?.parse().ok()?, v.get(5..7)?.parse().ok()?, v.get(8..10)?.parse().ok()?)
}

/// Move `value` (the resolved value of `sem`) to the preferred side of the reference day `r`.
pub fn adjust(sem: &Sem, value: &mut String, r: Date, future: bool) {
    let s: i64 = if future { 1 } else { -1 };
    // a day on the wrong side, or on the reference day itself when `strict`
    let wrong = |d: Date, strict: bool| (d.days() - r.days()) * s < 0 || (strict && d == r);
    let moved = match sem {
        Sem::Weekday { wd, rel } => day(value).map(|d| match rel {
            Some(k) if *k == s as i32 => r.add_days(1 - r.weekday() as i64 + 7 * s + *wd as i64 - 1),
            None | Some(0) if wrong(d, rel.is_none()) => d.add_days(7 * s),
            _ => d,
        }),
        // the first year on that side, and the one where the weekday said fits ("Fri, Jul 18")
        // (a weekday that already fits keeps the date: "Sunday, Feb 10" said on the 12th)
        Sem::Date { y: None, m: Some(m), d: Some(dd), rel: None, wd } => {
            day(value).filter(|d| wd.is_none_or(|w| d.weekday() != w)).map(|d| {
                (-1..12)
                    .filter_map(|k| Date::new(r.year + k * s as i32, *m, *dd))
                    .find(|x| !wrong(*x, false) && wd.is_none_or(|w| x.weekday() == w))
                    .unwrap_or(d)
            })
        }
        Sem::Holiday { h, y: None, rel: None } => {
            day(value).map(|d| if wrong(d, false) { holiday_date(*h, d.year + s as i32).unwrap_or(d) } else { d })
        }
        Sem::Date { y: None, m: Some(m), d: None, rel: None, .. } => {
            if let Some(y) = value.get(..4).and_then(|y| y.parse::<i32>().ok()).filter(|_| value.len() == 7) {
                if ((y * 12 + *m as i32) - (r.year * 12 + r.month as i32)) * (s as i32) < 0 {
                    *value = format!("{:04}-{m:02}", y + s as i32);
                }
            }
            None
        }
        _ => None,
    };
    if let Some(d) = moved {
        *value = d.to_string();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::locale::Holiday;

    fn run(sem: Sem, v: &str, future: bool) -> String {
        let mut v = v.to_string();
        // a Wednesday
        adjust(&sem, &mut v, Date::new(2021, 6, 16).unwrap(), future);
        v
    }

    #[test]
    fn weekdays_move_strictly() {
        assert_eq!(run(Sem::Weekday { wd: 3, rel: None }, "2021-06-16", true), "2021-06-23");
        assert_eq!(run(Sem::Weekday { wd: 1, rel: None }, "2021-06-14", true), "2021-06-21");
        assert_eq!(run(Sem::Weekday { wd: 5, rel: None }, "2021-06-18", true), "2021-06-18");
        assert_eq!(run(Sem::Weekday { wd: 1, rel: Some(0) }, "2021-06-14", true), "2021-06-21");
        // "next Thursday": the Thursday of next week
        assert_eq!(run(Sem::Weekday { wd: 4, rel: Some(1) }, "2021-06-17", true), "2021-06-24");
        assert_eq!(run(Sem::Weekday { wd: 5, rel: None }, "2021-06-18", false), "2021-06-11");
    }

    #[test]
    fn dates_months_and_holidays_move_a_year() {
        assert_eq!(run(Sem::date(None, Some(3), Some(2)), "2021-03-02", true), "2022-03-02");
        assert_eq!(run(Sem::date(None, Some(9), Some(2)), "2021-09-02", false), "2020-09-02");
        assert_eq!(run(Sem::date(None, Some(4), None), "2021-04", true), "2022-04");
        // with its weekday: the year where it falls on that day
        assert_eq!(
            run(Sem::Date { y: None, m: Some(6), d: Some(14), wd: Some(2), rel: None }, "2021-06-14", true),
            "2022-06-14"
        );
        assert_eq!(
            run(Sem::Date { y: None, m: Some(6), d: Some(16), wd: Some(3), rel: None }, "2021-06-16", true),
            "2021-06-16"
        );
        assert_eq!(
            run(Sem::Date { y: None, m: Some(6), d: Some(7), wd: Some(1), rel: None }, "2021-06-07", true),
            "2021-06-07"
        );
        assert_eq!(run(Sem::date(None, Some(6), None), "2021-06", true), "2021-06");
        assert_eq!(run(Sem::Holiday { h: Holiday::Fixed(1, 1), y: None, rel: None }, "2021-01-01", true), "2022-01-01");
        // a written year is never moved
        assert_eq!(run(Sem::date(Some(2020), Some(3), Some(2)), "2020-03-02", true), "2020-03-02");
    }
}
