//! Value normalization on stories written for these tests: which year, month or day an
//! underspecified expression lands on, and at which granularity.
mod time_common;
use time_common::*;

fn has(v: &[(String, String)], text: &str, value: &str) -> bool {
    v.iter().any(|x| x.0 == text && x.1 == value)
}

#[test]
fn a_month_followed_by_this_year_keeps_the_publication_year() {
    // A December story: February alone would be the nearest, next year's; "this year" pins it.
    let v =
        values("The approval process started in February this year, when the first parliament voted.", "2018-12-04");
    assert!(has(&v, "February", "2018-02"), "{v:?}");
    let v = values("The mill closed on March 3 last year after a fire.", "2018-12-04");
    assert!(has(&v, "March 3", "2017-03-03"), "{v:?}");
}

#[test]
fn that_year_is_the_year_said_last() {
    // The story's latest day is in 2021, but "later that year" follows "in May 2016".
    let text = "The ferry sank on Jan. 4, 2021, the coast guard said. The captain had left the company in May 2016 and rejoined it later that year.";
    let v = values(text, "2021-01-10");
    assert!(has(&v, "later that year", "2016"), "{v:?}");
    let v = values("Sales rose in April 1988. That year the firm hired 200 people.", "1990-02-01");
    assert!(has(&v, "That year", "1988"), "{v:?}");
    // "that month" needs a month said before it
    let v = values("The strike began in October 1995 and spread to the ports later that month.", "1997-03-02");
    assert!(has(&v, "later that month", "1995-10"), "{v:?}");
}

#[test]
fn a_date_naming_an_event_does_not_move_the_story() {
    // "the Nov. 3, 1987, fire" names an event: the next sentence's March is the writer's
    let text = "Investigators reopened the case of the Nov. 3, 1987, fire at the mill this week. The owners settled with the families in March, a lawyer said.";
    let v = values(text, "1999-06-07");
    assert!(has(&v, "March", "1999-03"), "{v:?}");
    // a date the story is told at still anchors the sentence after it
    let v = values("The mill burned on Nov. 3, 1987. In March the owners settled with the families.", "1999-06-07");
    assert!(v.iter().any(|x| x.0 == "March" && x.1.starts_with("198")), "{v:?}");
    // the event's date still anchors "the next day", and an ordinal day is no event's name
    let v = values(
        "The talks opened on March 3, 2021. Delegates recalled the March 5 vote. The next day they signed.",
        "2021-06-01",
    );
    assert!(has(&v, "The next day", "2021-03-06"), "{v:?}");
    let v = values(
        "The talks opened on March 3, 2021. Delegates arrived on the 5th of March. The next day they signed.",
        "2021-06-01",
    );
    assert!(has(&v, "The next day", "2021-03-06"), "{v:?}");
}

#[test]
fn hours_or_minutes_later_are_an_amount() {
    // no clock time to count from: the amount, as TempEval-3 annotates it
    let v = values("The ferry left the harbour at dawn. About two hours later, it sank.", "2003-07-14");
    assert!(has(&v, "two hours", "PT2H"), "{v:?}");
    let v = values("The power failed on Monday. Forty minutes later the lights came back.", "2003-07-14");
    assert!(has(&v, "Forty minutes", "PT40M"), "{v:?}");
    // days later are still a day of the story
    let v = values("The ferry sank on July 2. Two days later, divers found the wreck.", "2003-07-14");
    assert!(has(&v, "Two days later", "2003-07-04"), "{v:?}");
}

#[test]
fn the_day_before_a_day_is_that_day_shifted() {
    // 2000-02-24 is a Thursday: last Tuesday is the 22nd
    let v = values("The day before last Tuesday's court hearing, the uncle called the family.", "2000-02-24");
    assert!(v.iter().any(|x| x.0.ends_with("day before last Tuesday") && x.1 == "2000-02-21"), "{v:?}");
    let v = values("The rescue team arrived the day after Feb. 3, when the storm had passed.", "2000-02-24");
    assert!(v.iter().any(|x| x.0.ends_with("day after Feb. 3") && x.1 == "2000-02-04"), "{v:?}");
    // before an event it stays out
    assert!(values("The day before the vote, the streets were empty.", "2000-02-24").is_empty());
}

#[test]
fn the_year_ended_is_a_span() {
    let v = values("For the year ended June 30, the co-operative earned $4 million.", "2003-09-15");
    assert!(has(&v, "the year", "P1Y"), "{v:?}");
    // "the year" on its own stays the current year
    let v = values("Shares have gained 12% over the year, analysts said.", "2003-09-15");
    assert!(has(&v, "the year", "2003"), "{v:?}");
}

#[test]
fn a_weekday_after_a_place_name_with_a_part_of_day_is_kept() {
    // 2004-05-15 is a Saturday
    let v = values("A fire swept through a market in Mombasa, Kenya Friday morning, police said.", "2004-05-15");
    assert!(has(&v, "Friday morning", "2004-05-14TMO"), "{v:?}");
}

#[test]
fn a_plan_already_carried_out_is_past() {
    // 2011-06-14 is a Tuesday
    let v = values("The parade went ahead as previously planned Sunday night despite the rain.", "2011-06-14");
    assert!(has(&v, "Sunday night", "2011-06-12TNI"), "{v:?}");
    let v = values("The parade is planned for Sunday night, the organizers said.", "2011-06-14");
    assert!(has(&v, "Sunday night", "2011-06-19TNI"), "{v:?}");
}

#[test]
fn the_following_month_counts_from_the_month_said_last() {
    // A story dated late October: "the following month" is the month after April, not November.
    let v = values(
        "In April, a group of shareholders urged the board to sell. The following month, the board hired bankers.",
        "2007-10-25",
    );
    assert!(has(&v, "The following month", "2007-05"), "{v:?}");
}

#[test]
fn a_weekday_with_no_tense_is_the_nearest() {
    // 2009-05-01 is a Friday: the coming Monday is three days on, the last one four days back.
    let v = values("Rival leaders meet separately Monday with the envoy.", "2009-05-01");
    assert!(has(&v, "Monday", "2009-05-04"), "{v:?}");
    // Wednesday is two days back and five days on: the past
    let v = values("Rival leaders meet separately Wednesday with the envoy.", "2009-05-01");
    assert!(has(&v, "Wednesday", "2009-04-29"), "{v:?}");
}

#[test]
fn a_schedule_said_as_previous_is_no_plan_ahead() {
    // 2009-05-04 is a Monday
    let v = values("The tender offer previously had been scheduled to expire at midnight Friday.", "2009-05-04");
    assert!(has(&v, "midnight Friday", "2009-05-01T24:00"), "{v:?}");
    let v = values("The tender offer is scheduled to expire at midnight Friday.", "2009-05-04");
    assert!(has(&v, "midnight Friday", "2009-05-08T24:00"), "{v:?}");
}

#[test]
fn decades_as_a_span_are_counted_in_years() {
    // TempEval-3 writes "two decades" as P20Y (TimeBank and AQUAINT alike)
    let v = values("The bridge has carried traffic for two decades and the tunnel for the past decade.", "2012-06-01");
    assert!(has(&v, "two decades", "P20Y"), "{v:?}");
    assert!(has(&v, "the past decade", "P10Y"), "{v:?}");
    // a decade as a point keeps its TIMEX3 form
    let v = values("Prices soared in the 1990s.", "2012-06-01");
    assert!(has(&v, "the 1990s", "199"), "{v:?}");
}

#[test]
fn a_period_that_ended_lies_before_the_reference() {
    // late October: Jan. 31 is nearer ahead, but a year that "ended" then is behind
    let v = values("In the fiscal year ended Jan. 31, the retailer reported sales of $59 million.", "2005-10-31");
    assert!(has(&v, "Jan. 31", "2005-01-31"), "{v:?}");
    // the coming Jan. 31 stays ahead when nothing has ended
    let v = values("The retailer's fiscal year ends Jan. 31.", "2005-10-31");
    assert!(has(&v, "Jan. 31", "2006-01-31"), "{v:?}");
}

#[test]
fn a_clock_time_takes_the_day_said_right_after_it() {
    // 2006-03-11 is a Saturday; the explosion was on Friday
    let v = values("The explosion occurred at about 9:20 a.m. (0620 GMT) Friday, police said.", "2006-03-11");
    assert!(has(&v, "9:20 a.m.", "2006-03-10T09:20"), "{v:?}");
}

#[test]
fn a_half_is_written_in_the_next_unit_down() {
    let v = values("The envoy spent 4 1/2 hours in the capital after two and a half years of talks.", "2010-02-01");
    assert!(has(&v, "4 1/2 hours", "PT4H30M"), "{v:?}");
    assert!(has(&v, "two and a half years", "P2Y6M"), "{v:?}");
    let v = values("A minute and a half passed before the lights came back.", "2010-02-01");
    assert!(has(&v, "A minute and a half", "PT1M30S"), "{v:?}");
}

#[test]
fn a_year_with_its_quarter_is_one_expression() {
    let v = values(
        "Sales for this year's third quarter fell, and the spin-off could take effect in next year's first half.",
        "2011-11-02",
    );
    assert!(has(&v, "this year's third quarter", "2011-Q3"), "{v:?}");
    assert!(has(&v, "next year's first half", "2012-H1"), "{v:?}");
    assert_eq!(v.len(), 2, "{v:?}");
}
