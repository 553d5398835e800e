//! Civil calendar arithmetic (proleptic Gregorian): days since the epoch, weekdays, ISO weeks.
//!
//! A few exact formulas (H. Hinnant's `days_from_civil`) rather than a date crate: the
//! timeline needs only day arithmetic, and a full date/time crate costs more bytes in wasm
//! than every rule here (see DESIGN.md).

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A valid date, or None.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        if !(-9999..=9999).contains(&year) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Date { year: (y + if m <= 2 { 1 } else { 0 }) as i32, month: m, day: d }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// ISO weekday: Monday = 1 ... Sunday = 7.
    pub fn weekday(self) -> u32 {
        ((self.days() + 3).rem_euclid(7) + 1) as u32
    }

    /// ISO 8601 week-numbering year and week.
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(4 - self.weekday() as i64);
        let jan1 = Date { year: thursday.year, month: 1, day: 1 };
        let week = ((thursday.days() - jan1.days()) / 7 + 1) as u32;
        (thursday.year, week)
    }

    /// Add calendar months, clamping the day to the month's length.
    pub fn add_months(self, n: i32) -> Date {
        let total = self.year * 12 + (self.month as i32 - 1) + n;
        let year = total.div_euclid(12);
        let month = total.rem_euclid(12) as u32 + 1;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }
}

/// Easter Sunday (Gregorian; the anonymous "Meeus/Jones/Butcher" computation).
pub fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as u32, day as u32)
}

/// The nth (1-based; -1 for the last) ISO weekday of a month: Thanksgiving is (4, Thursday, 11).
pub fn nth_weekday(year: i32, month: u32, n: i32, weekday: u32) -> Option<Date> {
    if n > 0 {
        let first = Date::new(year, month, 1)?;
        let offset = (weekday as i64 - first.weekday() as i64).rem_euclid(7);
        let d = first.add_days(offset + 7 * (n as i64 - 1));
        (d.month == month).then_some(d)
    } else {
        let last = Date::new(year, month, days_in_month(year, month))?;
        let offset = (last.weekday() as i64 - weekday as i64).rem_euclid(7);
        Some(last.add_days(-offset - 7 * (-n as i64 - 1)))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_and_weekdays() {
        let d = Date::new(2020, 9, 27).unwrap();
        assert_eq!(Date::from_days(d.days()), d);
        assert_eq!(d.weekday(), 7); // a Sunday
        assert_eq!(Date::new(1970, 1, 1).unwrap().days(), 0);
        assert_eq!(Date::new(2000, 2, 29).unwrap().add_days(1), Date::new(2000, 3, 1).unwrap());
        for z in (-800_000..800_000).step_by(997) {
            assert_eq!(Date::from_days(z).days(), z);
        }
    }

    #[test]
    fn iso_weeks() {
        assert_eq!(Date::new(2020, 10, 5).unwrap().iso_week(), (2020, 41));
        assert_eq!(Date::new(2021, 1, 1).unwrap().iso_week(), (2020, 53));
        assert_eq!(Date::new(2019, 12, 30).unwrap().iso_week(), (2020, 1));
    }

    #[test]
    fn moveable_feasts() {
        assert_eq!(easter(2021).unwrap().to_string(), "2021-04-04");
        assert_eq!(easter(2013).unwrap().to_string(), "2013-03-31");
        assert_eq!(easter(2000).unwrap().to_string(), "2000-04-23");
        assert_eq!(nth_weekday(2013, 11, 4, 4).unwrap().to_string(), "2013-11-28");
        assert_eq!(nth_weekday(2021, 5, -1, 1).unwrap().to_string(), "2021-05-31");
    }

    #[test]
    fn invalid_dates_are_refused() {
        assert!(Date::new(2021, 2, 29).is_none());
        assert!(Date::new(2021, 13, 1).is_none());
        assert_eq!(Date::new(2021, 1, 31).unwrap().add_months(1), Date::new(2021, 2, 28).unwrap());
    }
}
