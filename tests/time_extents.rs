//! Extents: what belongs inside a TIMEX3, following the conventions TempEval-3's English
//! corpora agree on (each rule's count in TimeBank and AQUAINT is in the code beside it).
mod time_common;
use time_common::*;

const PUB: &str = "1999-05-01";

#[test]
fn a_weekday_after_a_place_or_a_subject_is_a_day() {
    assert_eq!(
        values("Bombs went off at embassies in Kenya and Tanzania Friday, killing dozens.", PUB),
        [p("Friday", "1999-04-30")]
    );
    assert_eq!(
        values("The fisherman flew to the United States Thursday with his wife.", PUB),
        [p("Thursday", "1999-04-29")]
    );
    assert_eq!(
        values("The blast shook downtown Nairobi, Kenya Friday morning.", PUB),
        [p("Friday morning", "1999-04-30TMO")]
    );
    // names stay names
    assert!(values("Shares of Friday Group rose sharply.", PUB).is_empty());
    assert!(values("He was her Man Friday, loyal to the end.", PUB).is_empty());
}

#[test]
fn a_weekday_that_ends_a_name_is_no_day() {
    // a surname: after a title abbreviation, a role word, or a first name with an appositive,
    // a possessive or a present-tense verb after it
    for t in [
        "Detective Joe Friday, the hero of the show, never smiled.",
        "The reruns starred Sgt. Joe Friday as a calm investigator.",
        "Fans of the actor Pat Monday said the film was long.",
        "The actor Pat Monday's new film opens soon.",
        "Everyone knows that Detective Joe Friday is a fictional policeman.",
        "Her partner Joe Friday has retired.",
    ] {
        assert!(values(t, PUB).is_empty(), "{t}");
    }
    // a day: after a place or a subject, with a place cue before or a past verb after
    let day = |t: &str| values(t, PUB).into_iter().next().map(|v| v.0);
    for t in [
        "Prices fell in Tokyo Monday, the index said.",
        "The ministers met in the Rose Garden Wednesday, the president said.",
        "President Bill Clinton Saturday vowed to act.",
        "Gov. Mark Smith Friday signed the bill.",
        "The Jets beat Miami Sunday.",
        "Clinton met Arafat Monday, the first meeting in months.",
        "The team hosts Denver Tuesday.",
    ] {
        assert!(day(t).is_some_and(|d| d.ends_with("day")), "{t}");
    }
}

#[test]
fn the_amount_modifier_belongs_to_a_point_counted_back() {
    assert_eq!(one("The fighting ended almost four years ago.", PUB), p("almost four years ago", "1995"));
    assert_eq!(one("The movement began more than four decades ago.", PUB), p("more than four decades ago", "195"));
    assert_eq!(one("She moved here about two years ago.", PUB), p("about two years ago", "1997"));
    // a duration keeps "about" out (TempEval-3's usual extent)
    assert_eq!(one("The hearing lasted about three hours.", PUB), p("three hours", "PT3H"));
}

#[test]
fn durations_with_a_half() {
    let texts = |t: &str| values(t, PUB).into_iter().map(|v| v.0).collect::<Vec<_>>();
    assert_eq!(texts("The envoy spent 5 1/2 hours in the capital."), ["5 1/2 hours"]);
    assert_eq!(texts("They lived in the camps for 2 1/2 years."), ["2 1/2 years"]);
    assert_eq!(texts("Talks stalled for two and a half years."), ["two and a half years"]);
    assert_eq!(texts("A minute and a half passed in silence."), ["A minute and a half"]);
    // a price stays a price
    assert!(values("The stock rose 2 1/2 to 37 3/4.", PUB).is_empty());
}

#[test]
fn last_before_a_month_and_day_stays_out() {
    assert_eq!(one("The doctor was shot last Oct. 23 at his home.", PUB), p("Oct. 23", "1998-10-23"));
    assert_eq!(one("Sales fell last October.", PUB), p("last October", "1998-10"));
}

#[test]
fn fiscal_years_past_seasons_and_a_hundred() {
    const FY: &str = "1989-11-01";
    assert_eq!(one("Sales in the current fiscal year will rise.", FY), p("the current fiscal year", "1989"));
    assert_eq!(one("Profit fell for the fiscal year.", FY), p("the fiscal year", "1989"));
    assert_eq!(one("Costs were high this past spring.", FY), p("this past spring", "1989-SP"));
    assert_eq!(one("The crown has ruled for almost a hundred years.", FY), p("almost a hundred years", "P100Y"));
}

#[test]
fn right_stays_out_of_now() {
    // TimeBank and AQUAINT: "now" alone in 2 of 3 "right now"
    assert_eq!(one("Right now the evidence is thin.", PUB), p("now", "PRESENT_REF"));
}

#[test]
fn the_year_period_around_and_or_so() {
    const FY: &str = "1989-11-01";
    let texts = |t: &str| values(t, FY).into_iter().map(|v| v.0).collect::<Vec<_>>();
    assert_eq!(texts("Net income doubled from the 1988 period."), ["the 1988 period"]);
    assert_eq!(texts("The sale should close around Nov. 1."), ["around Nov. 1"]);
    assert_eq!(texts("The plant will be closed over the next year or so."), ["the next year or so"]);
    // "around" as "get around" stays out
    assert_eq!(texts("Lawyers looked for ways around Wednesday's ruling."), ["Wednesday"]);
}

#[test]
fn the_night_of_a_date_is_the_date() {
    assert_eq!(values("He was shot on the night of Oct. 23 at his home.", PUB), [p("Oct. 23", "1998-10-23")]);
    assert_eq!(values("She worked through the night.", PUB).len(), 1);
}

#[test]
fn spoken_years_as_broadcasts_say_them() {
    const ON: &str = "1998-02-27";
    assert_eq!(values("In nineteen ninety-one the banker was convicted.", ON), [p("nineteen ninety-one", "1991")]);
    assert_eq!(
        values("Prices fell to the level of the winter of nineteen ninety-four.", ON),
        [p("the winter of nineteen ninety-four", "1994-WI")]
    );
    assert_eq!(
        values("The pledge to halve unemployment by the year two thousand was dropped.", ON),
        [p("the year two thousand", "2000")]
    );
    // counts stay counts
    assert!(values("The glass secrets were kept for two thousand years.", ON).iter().all(|v| v.1 != "2000"));
    assert_eq!(values("She turned nineteen twenty days ago.", ON), [p("twenty days ago", "1998-02-07")]);
}
