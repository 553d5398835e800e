//! Each pattern family on sentences of the kind news stories hold (English).
mod time_common;
use time_common::*;

// 2020-10-07 is a Wednesday.
const PUB: &str = "2020-10-07";

#[test]
fn full_and_partial_dates() {
    assert_eq!(one("Fighting broke out on 27 September 2020.", PUB), p("27 September 2020", "2020-09-27"));
    assert_eq!(one("On Sept. 27th, 2020, shelling began.", PUB), p("Sept. 27th, 2020", "2020-09-27"));
    assert_eq!(one("It was signed 2020-09-27 in Baku.", PUB), p("2020-09-27", "2020-09-27"));
    assert_eq!(one("The order is dated 09/27/2020 in the files.", PUB), p("09/27/2020", "2020-09-27"));
    assert_eq!(one("The order is dated 27/09/2020 in the files.", PUB), p("27/09/2020", "2020-09-27"));
    assert_eq!(one("Prices rose in September 2020.", PUB), p("September 2020", "2020-09"));
    assert_eq!(one("The plant closed in 2019.", PUB), p("2019", "2019"));
    assert_eq!(one("Fighting broke out on September 27.", PUB), p("September 27", "2020-09-27"));
    assert_eq!(one("Talks resume on the 12th of October, he said.", PUB), p("12th of October", "2020-10-12"));
    assert_eq!(one("Exports fell in January.", PUB), p("January", "2020-01"));
}

#[test]
fn weekdays_follow_the_tense_and_the_option() {
    assert_eq!(one("The minister said on Monday that talks failed.", PUB), p("Monday", "2020-10-05"));
    assert_eq!(one("The minister will travel on Friday.", PUB), p("Friday", "2020-10-09"));
    assert_eq!(one("They met last Wednesday.", PUB), p("last Wednesday", "2020-09-30"));
    assert_eq!(one("They meet next Tuesday.", PUB), p("next Tuesday", "2020-10-13"));
    let a = run_with("Friday", Some(PUB), nutshell::Prefer::Future, None);
    assert_eq!(a.timexes[0].value, "2020-10-09");
    let a = run_with("Friday", Some(PUB), nutshell::Prefer::Past, None);
    assert_eq!(a.timexes[0].value, "2020-10-02");
}

#[test]
fn relative_days_weeks_months() {
    assert_eq!(one("The talks collapsed yesterday.", PUB), p("yesterday", "2020-10-06"));
    assert_eq!(one("Prices fell last week.", PUB), p("last week", "2020-W40"));
    assert_eq!(one("He arrived two days ago.", PUB), p("two days ago", "2020-10-05"));
    assert_eq!(one("Elections are due next month.", PUB), p("next month", "2020-11"));
    assert_eq!(one("Sales doubled earlier this year.", PUB), p("earlier this year", "2020"));
    assert_eq!(one("Fighting continued over the weekend.", PUB), p("the weekend", "2020-W40-WE"));
    assert_eq!(one("A vote is expected later this month.", PUB), p("later this month", "2020-10"));
    assert_eq!(one("The company reported a loss a year ago.", PUB), p("a year ago", "2019"));
}

#[test]
fn parts_of_day_and_clock_times() {
    assert_eq!(one("The polls close at 4 p.m. today.", PUB).0, "4 p.m. today");
    assert_eq!(one("The polls close at 4 p.m. today.", PUB).1, "2020-10-07T16:00");
    assert_eq!(one("The statement came at 16:00 GMT.", PUB), p("16:00 GMT", "2020-10-07T16:00"));
    assert_eq!(one("Shelling resumed on Monday night.", PUB), p("Monday night", "2020-10-05TNI"));
    assert_eq!(one("He spoke this morning.", PUB), p("this morning", "2020-10-07TMO"));
    assert_eq!(one("Sirens sounded last night.", PUB), p("last night", "2020-10-06TNI"));
}

#[test]
fn seasons_quarters_halves() {
    assert_eq!(one("Building started in the summer of 2019.", PUB), p("the summer of 2019", "2019-SU"));
    assert_eq!(one("The company reported third-quarter results.", PUB), p("third-quarter", "2020-Q3"));
    assert_eq!(one("Growth slowed in the third quarter.", PUB), p("the third quarter", "2020-Q3"));
    assert_eq!(one("Revenue will rise in H1 2021.", PUB), p("H1 2021", "2021-H1"));
    assert_eq!(one("Profits fell in the second half of 2019.", PUB), p("the second half of 2019", "2019-H2"));
    assert_eq!(one("It snowed last winter.", PUB), p("last winter", "2019-WI"));
}

#[test]
fn decades_and_centuries_with_modifiers() {
    let v = run("Prices soared in the early 1990s.", Some(PUB));
    assert_eq!(
        (v.timexes[0].text.as_str(), v.timexes[0].value.as_str(), v.timexes[0].modifier.as_deref()),
        ("the early 1990s", "199", Some("START"))
    );
    let v = run("The city grew in the mid-19th century.", Some(PUB));
    assert_eq!(
        (v.timexes[0].text.as_str(), v.timexes[0].value.as_str(), v.timexes[0].modifier.as_deref()),
        ("the mid-19th century", "18", Some("MID"))
    );
    assert_eq!(one("Rock boomed in the '60s.", PUB), p("the '60s", "196"));
    assert_eq!(one("It was built in the 1800s.", PUB), p("the 1800s", "18"));
}

#[test]
fn holidays_fixed_and_moveable() {
    assert_eq!(one("The market closed on Christmas Eve.", PUB), p("Christmas Eve", "2019-12-24"));
    assert_eq!(one("Shops will close at Easter 2021.", PUB), p("Easter 2021", "2021-04-04"));
    assert_eq!(one("Families will gather on Thanksgiving.", PUB), p("Thanksgiving", "2020-11-26"));
    assert_eq!(one("Crowds gathered on Good Friday 2013.", PUB), p("Good Friday 2013", "2013-03-29"));
}

#[test]
fn durations_sets_and_vague_references() {
    let a = run("The siege lasted nine days; a truce may hold two or three days, maybe a decade.", Some(PUB));
    let v: Vec<(&str, &str, String)> =
        a.timexes.iter().map(|t| (t.text.as_str(), t.value.as_str(), format!("{:?}", t.kind))).collect();
    assert_eq!(
        v,
        [
            ("nine days", "P9D", "Duration".into()),
            ("two or three days", "P2D", "Duration".into()),
            ("a decade", "P10Y", "Duration".into())
        ]
    );
    assert_eq!(one("The market opens every Monday.", PUB), p("every Monday", "XXXX-WXX-1"));
    assert_eq!(one("The report is published annually.", PUB), p("annually", "P1Y"));
    assert_eq!(one("Prices are now falling.", PUB), p("now", "PRESENT_REF"));
    assert_eq!(one("Prices rose recently.", PUB), p("recently", "PAST_REF"));
    assert_eq!(one("Nobody knows what the future holds.", PUB), p("the future", "FUTURE_REF"));
}

#[test]
fn nth_weekday_of_a_month() {
    assert_eq!(
        one("The vote is set for the first Tuesday of November.", PUB),
        p("the first Tuesday of November", "2020-11-03")
    );
    assert_eq!(
        one("Clocks went back on the last Sunday in October 2019.", PUB),
        p("the last Sunday in October 2019", "2019-10-27")
    );
    assert_eq!(
        one("The fair opened on the second Saturday of March 2018.", PUB),
        p("the second Saturday of March 2018", "2018-03-10")
    );
    // an ordinal that is not a week's rank is not this pattern
    assert!(values("He came ninth on Monday of that week.", PUB).iter().all(|v| v.0 != "ninth on Monday"));
}

#[test]
fn abbreviated_units_and_holiday_spellings() {
    assert_eq!(one("Sales rose in the third qtr, the firm said.", PUB), p("the third qtr", "2020-Q3"));
    assert_eq!(one("Profit fell last yr.", PUB), p("last yr", "2019"));
    assert_eq!(one("We celebrated on New Years Eve.", PUB), p("New Years Eve", "2019-12-31"));
    assert_eq!(one("The parade will be on Saint Patricks Day.", PUB), p("Saint Patricks Day", "2021-03-17"));
}

#[test]
fn extents_of_earlier_later_and_year_earlier_periods() {
    // TimeML keeps "earlier"/"later" with a month or year and marks the part of it
    let v = run("Sales fell earlier this year, the company said.", Some(PUB));
    assert_eq!(
        (v.timexes[0].text.as_str(), v.timexes[0].value.as_str(), v.timexes[0].modifier.as_deref()),
        ("earlier this year", "2020", Some("START"))
    );
    // ... but not with a day: "Earlier Friday" is the day alone
    assert_eq!(one("Earlier Friday, the minister resigned.", PUB), p("Friday", "2020-10-02"));
    // the article belongs to a hyphenated year-earlier period
    assert_eq!(one("Profit rose from the year-earlier quarter.", PUB).0, "the year-earlier quarter");
}

#[test]
fn year_first_quarters_and_months_without_their_article() {
    assert_eq!(one("Profit rose from the 1988 third quarter.", PUB), p("the 1988 third quarter", "1988-Q3"));
    // TimeML leaves the article out of a month ("the October 1998 vote")
    assert_eq!(one("He lost the October 1998 vote.", PUB), p("October 1998", "1998-10"));
}

#[test]
fn about_and_over_give_the_modifier_but_stay_out_of_the_extent() {
    let a = run("The talks lasted about three years. It took over two hours.", Some(PUB));
    let v: Vec<(&str, &str, Option<&str>)> =
        a.timexes.iter().map(|t| (t.text.as_str(), t.value.as_str(), t.modifier.as_deref())).collect();
    assert_eq!(v, [("three years", "P3Y", Some("APPROX")), ("two hours", "PT2H", Some("MORE_THAN"))]);
}
