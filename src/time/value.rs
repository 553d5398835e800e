//! TIMEX3 values and the reference time they are resolved against, and the one reading of a
//! written all-numeric date: [`parse_date`] (ISO 8601: `--published`, page metadata) and
//! [`day_month`] (the order of day and month: page metadata and the recognizer's numeric family).

use super::calendar::Date;

/// Granularity of a calendar value, coarse to fine (the order entries sort by).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Granularity {
    Millennium,
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Season,
    Month,
    Week,
    Weekend,
    Day,
    PartOfDay,
    Hour,
    Minute,
}

impl Granularity {
    pub fn name(self) -> &'static str {
        match self {
            Granularity::Millennium => "millennium",
            Granularity::Century => "century",
            Granularity::Decade => "decade",
            Granularity::Year => "year",
            Granularity::Half => "half",
            Granularity::Quarter => "quarter",
            Granularity::Season => "season",
            Granularity::Month => "month",
            Granularity::Week => "week",
            Granularity::Weekend => "weekend",
            Granularity::Day => "day",
            Granularity::PartOfDay => "part-of-day",
            Granularity::Hour => "hour",
            Granularity::Minute => "minute",
        }
    }
}

/// The time relative expressions are resolved against: the publication date, as precisely as
/// it is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The TIMEX3 value at the known granularity: `2021-03-14`, `2021-03`, `2021`,
    /// or a full `2021-03-14T09:30:00Z` when a time was given.
    pub value: String,
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl Reference {
    pub fn date(&self) -> Option<Date> {
        Date::new(self.year, self.month?, self.day?)
    }

    pub fn from_date(d: Date) -> Reference {
        Reference { value: d.to_string(), year: d.year, month: Some(d.month), day: Some(d.day) }
    }
}

/// The reference time written `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or as a full ISO 8601 date-time
/// (`YYYY-MM-DDTHH:MM[:SS][.fff][Z|±HH:MM]`): `--published`, and page metadata once read as
/// numbers (`extract::meta`).
pub fn parse_date(s: &str) -> Option<Reference> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.is_empty() || !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let year = digits(0..4)? as i32;
    if b.len() == 4 {
        return Some(Reference { value: s.to_string(), year, month: None, day: None });
    }
    if b.get(4) != Some(&b'-') {
        return None;
    }
    let month = digits(5..7)?;
    if !(1..=12).contains(&month) {
        return None;
    }
    if b.len() == 7 {
        return Some(Reference { value: s.to_string(), year, month: Some(month), day: None });
    }
    if b.get(7) != Some(&b'-') {
        return None;
    }
    let day = digits(8..10)?;
    Date::new(year, month, day)?;
    if b.len() == 10 {
        return Some(Reference { value: s.to_string(), year, month: Some(month), day: Some(day) });
    }
    if !matches!(b.get(10), Some(b'T') | Some(b't') | Some(b' ')) {
        return None;
    }
    let hour = digits(11..13)?;
    let minute = if b.get(13) == Some(&b':') { digits(14..16)? } else { return None };
    if hour > 23 || minute > 59 {
        return None;
    }
    let rest = &s[16..];
    let ok_rest = rest.chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | 'Z' | 'z' | '+' | '-'));
    if !ok_rest || rest.len() > 16 {
        return None;
    }
    Some(Reference { value: s.to_string(), year, month: Some(month), day: Some(day) })
}

/// Day and month of an all-numeric date whose first two numbers are `a` then `b`, in the order
/// the page writes them (`day_first`); with a year, an impossible order is swapped ("13/04/2021"
/// on an American page is 13 April). The month may still be out of range: the caller checks.
pub fn day_month(a: u32, b: u32, with_year: bool, day_first: bool) -> (u32, u32) {
    match day_first {
        true if b > 12 && a <= 12 && with_year => (b, a),
        true => (a, b),
        false if a > 12 && b <= 12 && with_year => (a, b),
        false => (b, a),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_published_values() {
        assert_eq!(parse_date("2021-04-14").unwrap().day, Some(14));
        assert_eq!(parse_date("2021-03").unwrap().day, None);
        assert!(parse_date("2021-04-14T09:30:00Z").is_some());
        assert!(parse_date("2021-04-14T09:30:00+02:00").is_some());
        assert!(parse_date("2021-02-30").is_none());
        assert!(parse_date("April 2021").is_none());
        assert!(parse_date("2021-04-14T25:00").is_none());
    }

    #[test]
    fn day_and_month_in_the_page_s_order() {
        assert_eq!(day_month(3, 4, true, true), (3, 4));
        assert_eq!(day_month(3, 4, true, false), (4, 3));
        assert_eq!(day_month(4, 13, true, true), (13, 4));
        assert_eq!(day_month(13, 4, true, false), (13, 4));
        assert_eq!(day_month(13, 4, false, false), (4, 13));
    }
}
