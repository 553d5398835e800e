//! Short date queries, as a calendar or chat box receives them, resolved with an explicit
//! `prefer` (chrono-node's `forwardDate`): the direction is strict, and only where the
//! sentence has no tense of its own.

mod time_common;
use nutshell::Prefer;
use time_common::run_with;

/// Reference: Wednesday 16 June 2021.
const REF: &str = "2021-06-16T09:00:00Z";

fn q(text: &str, prefer: Prefer) -> Vec<(String, String)> {
    run_with(text, Some(REF), prefer, Some("en")).timexes.into_iter().map(|t| (t.text, t.value)).collect()
}

fn fwd(text: &str) -> String {
    let v = q(text, Prefer::Future);
    assert_eq!(v.len(), 1, "one expression in {text:?}: {v:?}");
    v[0].1.clone()
}

#[test]
fn bare_weekdays_and_dates_go_strictly_forward() {
    assert_eq!(fwd("wednesday"), "2021-06-23");
    assert_eq!(fwd("Friday"), "2021-06-18");
    assert_eq!(fwd("this monday"), "2021-06-21");
    assert_eq!(fwd("next thursday"), "2021-06-24");
    assert_eq!(fwd("March 2nd"), "2022-03-02");
    assert_eq!(fwd("first Sunday of April"), "2022-04-03");
    // backward, the same strictness
    let v = q("wednesday", Prefer::Past);
    assert_eq!(v[0].1, "2021-06-09");
}

#[test]
fn the_sentence_tense_still_wins_over_the_preference() {
    let v = q("The board voted on Wednesday.", Prefer::Future);
    assert_eq!(v[0].1, "2021-06-16");
    let v = q("She signed the lease on March 2.", Prefer::Future);
    assert_eq!(v[0].1, "2021-03-02");
}

#[test]
fn upcoming_counts_name_a_period_ahead() {
    assert_eq!(fwd("upcoming three weeks"), "2021-W27");
    assert_eq!(fwd("two upcoming months"), "2021-08");
    assert_eq!(fwd("upcoming 2 days"), "2021-06-18");
    assert_eq!(fwd("upcoming week"), "2021-W25");
    assert_eq!(fwd("past week"), "2021-W23");
    // in prose, after an article, it stays a span
    let v = q("Prices will rise over the upcoming three weeks.", Prefer::Tense);
    assert_eq!(v[0].1, "P3W");
}

#[test]
fn days_inside_relative_weeks_and_months() {
    assert_eq!(fwd("thursday of next week"), "2021-06-24");
    assert_eq!(fwd("Monday next week"), "2021-06-21");
    assert_eq!(fwd("saturday of last week"), "2021-06-12");
    assert_eq!(fwd("last week's Tuesday"), "2021-06-08");
    assert_eq!(fwd("tuesday after next"), "2021-06-22");
    assert_eq!(fwd("the 3rd of next month"), "2021-07-03");
    assert_eq!(fwd("25th day of the previous month"), "2021-05-25");
    assert_eq!(fwd("the second Friday of last month"), "2021-05-14");
    assert_eq!(fwd("first wednesday in this month"), "2021-06-02");
}

#[test]
fn nth_days_and_weeks_of_a_named_period() {
    assert_eq!(fwd("the second day of September"), "2021-09-02");
    assert_eq!(fwd("third last day of April"), "2022-04-28");
    assert_eq!(fwd("last day of February 2024"), "2024-02-29");
    // full Monday-to-Sunday weeks inside the month or year
    assert_eq!(fwd("first week of March 2021"), "2021-W09");
    assert_eq!(fwd("the 2nd last week of 2020"), "2020-W51");
    assert_eq!(fwd("the week of August 3rd"), "2021-W31");
}

#[test]
fn counted_weekdays_seasons_and_day_numbers() {
    assert_eq!(fwd("two Saturdays from now"), "2021-06-26");
    assert_eq!(fwd("3 wednesdays ago"), "2021-05-26");
    assert_eq!(fwd("next season"), "2021-FA");
    assert_eq!(fwd("last season"), "2021-SP");
    assert_eq!(fwd("Friday the 13th"), "2021-08-13");
    assert_eq!(fwd("on the 2nd"), "2021-07-02");
    assert_eq!(fwd("June the 20th"), "2021-06-20");
    assert_eq!(fwd("Sat, Jul 3"), "2021-07-03");
    // in prose, "last season" is a sports season and "the 1st" a battalion
    assert!(q("He scored nine goals last season.", Prefer::Tense).is_empty());
    assert!(q("The 1st Battalion moved north.", Prefer::Tense).is_empty());
}

#[test]
fn an_ordinal_day_count_after_a_weekday_is_not_a_day_of_the_month() {
    let v = q("On Friday, the third day of the strike, talks resumed.", Prefer::Future);
    assert_eq!(v[0].0, "Friday");
}

#[test]
fn the_week_of_a_date_in_news_is_the_nearest() {
    let a = time_common::run("Hearings were scheduled for the week of July 5, officials said.", Some("2021-06-16"));
    assert_eq!(a.timexes[0].value, "2021-W27");
    let a = time_common::run("The vote was delayed until the week of May 3.", Some("2021-06-16"));
    assert_eq!(a.timexes[0].value, "2021-W18");
}

#[test]
fn glued_numeric_and_abbreviated_forms() {
    assert_eq!(fwd("3/2022"), "2022-03");
    assert_eq!(fwd("2019/11"), "2019-11");
    assert_eq!(fwd("2020-7-4"), "2020-07-04");
    assert_eq!(fwd("2019Q2"), "2019-Q2");
    assert_eq!(fwd("21q3"), "2021-Q3");
    assert_eq!(fwd("9june 2023"), "2023-06-09");
    assert_eq!(fwd("in 1066 AD"), "1066");
    assert_eq!(fwd("sun"), "2021-06-20");
    assert_eq!(fwd("October"), "2021-10");
    assert_eq!(fwd("Wed, June 23"), "2021-06-23");
    assert_eq!(fwd("Aug 6, Saturday"), "2022-08-06");
}

#[test]
fn shifted_months_seasons_and_holidays() {
    assert_eq!(fwd("April after next"), "2023-04");
    assert_eq!(fwd("May in two years"), "2024-05");
    assert_eq!(fwd("current winter"), "2021-WI");
    assert_eq!(fwd("two weeks hence"), "2021-06-30");
    assert_eq!(fwd("two years hence"), "2023-06");
    assert_eq!(fwd("5 years from today"), "2026-06-16");
    assert_eq!(fwd("the ides of march"), "2022-03-15");
    // prose: "sun" and "march" stay words, a version is no date
    assert!(q("The sun rose as they began to march.", Prefer::Future).is_empty());
}
