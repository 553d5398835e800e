//! Numbers and phrases that look like dates but that a reader would never put on a calendar:
//! model numbers, a match's halves, fiscal periods, scores, codes, "24/7". Sentences written
//! for these tests.
mod time_common;
use time_common::*;

fn vals(a: &nutshell::Analysis) -> Vec<(&str, &str)> {
    a.timexes.iter().map(|t| (t.text.as_str(), t.value.as_str())).collect()
}

fn timeline(a: &nutshell::Analysis) -> Vec<&str> {
    a.timeline.iter().map(|e| e.value.as_str()).collect()
}

#[test]
fn model_numbers_are_no_years() {
    // a year far ahead of the reference right after a name is a model number
    let a = run("The XG 2040 router went on sale on Monday.", Some("2023-05-10"));
    assert_eq!(vals(&a), [("Monday", "2023-05-08")]);
    // ... but an event's year stays, and so does a target said ahead
    let a = run(
        "The UK 2019 election was close. Ministers said the plant will run on hydrogen by 2040.",
        Some("2023-05-10"),
    );
    assert_eq!(vals(&a), [("2019", "2019"), ("2040", "2040")]);
    // a year before "model", "edition", "version" names the product
    let a = run("The company said the 2021 model sold poorly, unlike the 2019 edition.", Some("2023-05-10"));
    assert_eq!(vals(&a), []);
    // "the 2008 model year" is a year
    let a = run("Ford will rename the car for the 2008 model year.", Some("2007-02-09"));
    assert_eq!(vals(&a), [("2008", "2008")]);
}

#[test]
fn a_match_s_halves_and_quarters_are_no_calendar_periods() {
    let a = run("United led at the end of the first half and scored twice in the second half.", Some("2023-05-10"));
    assert_eq!(vals(&a), []);
    let a =
        run("The Bulls scored 31 points in the fourth quarter, with three touchdowns in the last.", Some("2023-05-10"));
    assert_eq!(vals(&a), []);
    let a = run("Bayern glich in der zweiten Halbzeit aus, das Tor fiel spät.", Some("2023-05-10"));
    assert!(a.timexes.iter().all(|t| !t.value.contains('H')), "{:?}", vals(&a));
    // a company's half and quarter stay the calendar's
    let a = run("Profit rose in the first half, and sales fell in the third quarter.", Some("2023-11-10"));
    assert_eq!(vals(&a), [("the first half", "2023-H1"), ("the third quarter", "2023-Q3")]);
}

#[test]
fn fiscal_periods_stay_off_the_timeline() {
    let a = run("In the first quarter of fiscal 2024, revenue rose 8%. The company expects growth in its second fiscal quarter. Sales rose in March.", Some("2023-05-10"));
    // the values follow the TimeML corpora (fiscal 2024 as 2024); the timeline shows only
    // the calendar month
    assert_eq!(vals(&a)[1], ("fiscal 2024", "2024"));
    assert_eq!(timeline(&a), ["2023-03"]);
    let a =
        run("FY2024 revenue and profit for the fiscal year both fell, the company said on Monday.", Some("2024-05-10"));
    assert_eq!(timeline(&a), ["2024-05-06"]);
}

#[test]
fn scores_counts_codes_and_money_are_no_years() {
    let a = run(
        "The vote was 2020 to 1985. The permit 2019-0042 was issued in 2019. Prices are quoted in 2015 dollars.",
        Some("2023-05-10"),
    );
    assert_eq!(vals(&a), [("2019", "2019")]);
    // a span of years rises
    let a = run("He was mayor from 2010 to 2015.", Some("2023-05-10"));
    assert_eq!(vals(&a), [("2010", "2010"), ("2015", "2015")]);
}

#[test]
fn software_versions_are_no_dates() {
    // A dotted number after a version word reads like d.m.yy ("2.6.29" -> 2029-02-06), and as
    // the story's latest date it moved the weekday after it to 2029 as well.
    let a = run(
        "The bug affects Linux kernel version 2.6.29 and every release up to 5.1, the maintainers said on Tuesday. Users of release 3.10.12 should update, and firmware 1.2.21 fixes the flaw.",
        Some("2023-05-10"),
    );
    assert_eq!(vals(&a), [("Tuesday", "2023-05-09")]);
    // ... a dotted date with no version word before it stays a date
    let a = run("Die Sitzung wurde auf den 2.6.2023 verschoben, teilte der Rat mit.", Some("2023-05-10"));
    assert_eq!(vals(&a), [("2.6.2023", "2023-06-02")]);
}
