//! The story's own clock (src/time/refiners/anchor.rs): which reference a document's dates are
//! read against, and the boundaries of each rule. Stories written for these tests.
mod time_common;
use nutshell::{analyze, InputKind, Options};
use time_common::*;

fn vals(a: &nutshell::Analysis) -> Vec<(&str, &str)> {
    a.timexes.iter().map(|t| (t.text.as_str(), t.value.as_str())).collect()
}

fn value<'a>(a: &'a nutshell::Analysis, said: &str) -> &'a str {
    a.timexes
        .iter()
        .find(|t| t.text == said)
        .map(|t| t.value.as_str())
        .unwrap_or_else(|| panic!("no timex {said:?} in {:?}", vals(a)))
}

fn anchor<'a>(a: &'a nutshell::Analysis, said: &str) -> Option<&'a str> {
    a.timexes.iter().find(|t| t.text == said).and_then(|t| t.anchor)
}

fn reference(a: &nutshell::Analysis) -> Option<(&str, &str)> {
    a.reference.as_ref().map(|r| (r.value.as_str(), r.source.as_str()))
}

/// Wednesday 9 June 2021 + 3 days = Saturday 12 June: the story's latest day.
const SALVAGE: &str = "The ferry Arden ran aground on 9 June off the north coast. \
On Saturday, the fourth day of the salvage, divers sealed the hull. \
Last week, the coastguard had warned of storms. \
The owners said the ship would return to service in August.";

#[test]
fn a_month_date_line_months_after_the_story_reads_the_story_clock() {
    let a = run(&format!("NOVEMBER 2021\n\n{SALVAGE}"), None);
    assert_eq!((a.published.as_deref(), a.published_source.as_deref()), (Some("2021-11"), Some("text")));
    assert_eq!(reference(&a), Some(("2021-06-12", "story")));
    assert_eq!(
        vals(&a)[1..],
        [("9 June", "2021-06-09"), ("Saturday", "2021-06-12"), ("Last week", "2021-W22"), ("August", "2021-08")]
    );
    // the year-less date is placed by the date line; the rest read the story clock
    assert_eq!(anchor(&a, "9 June"), Some("published"));
    assert_eq!(anchor(&a, "Saturday"), Some("story"));
    assert_eq!(anchor(&a, "Last week"), Some("story"));
    assert_eq!(anchor(&a, "NOVEMBER 2021"), None);
}

#[test]
fn a_month_published_option_works_like_a_month_date_line() {
    let a = run(SALVAGE, Some("2021-11"));
    // `published` keeps what was said; the reference is the story's
    assert_eq!((a.published.as_deref(), a.published_source.as_deref()), (Some("2021-11"), Some("option")));
    assert_eq!(reference(&a), Some(("2021-06-12", "story")));
    assert_eq!(
        vals(&a),
        [("9 June", "2021-06-09"), ("Saturday", "2021-06-12"), ("Last week", "2021-W22"), ("August", "2021-08")]
    );
}

#[test]
fn a_month_date_line_near_the_story_keeps_month_level_expressions() {
    // 30 January lies 30 days (NEAR_DAYS) before the date line's month: near. "next month"
    // counts from the date line, a weekday from the story.
    let near = run("MARCH 2021\n\nThe mill closed on 30 January 2021. Its owners said the site would be sold next month. On Friday, workers marched.", None);
    assert_eq!(value(&near, "next month"), "2021-04");
    assert_eq!(anchor(&near, "next month"), Some("published"));
    assert_eq!(value(&near, "Friday"), "2021-01-29");
    assert_eq!(reference(&near), Some(("2021-01-30", "story")));
    // one day earlier it is far: everything reads the story clock
    let far = run("MARCH 2021\n\nThe mill closed on 29 January 2021. Its owners said the site would be sold next month. On Friday, workers marched.", None);
    assert_eq!(value(&far, "next month"), "2021-02");
    assert_eq!(anchor(&far, "next month"), Some("story"));
    assert_eq!(value(&far, "Friday"), "2021-01-29");
    // a dated plan in the date line's month puts the story near it: a flashback does not move
    // "yesterday" (the day is unknown, the month is the date line's)
    let plan = run("APRIL 2022\n\nThe pier collapsed on 12 March 2020. A hearing is set for 20 April 2022. The harbour master spoke yesterday.", None);
    assert_eq!(value(&plan, "yesterday"), "2022-04");
    assert_eq!(reference(&plan), Some(("2022-04", "text")));
}

#[test]
fn an_exact_date_line_anchors_unless_the_story_is_far_before_it() {
    // 1 March 2021 is 30 days after 30 January: news mode, Friday is the one before 1 March
    let near = run("The mill closed on 30 January 2021. On Friday, workers marched.", Some("2021-03-01"));
    assert_eq!(value(&near, "Friday"), "2021-02-26");
    assert_eq!(reference(&near), Some(("2021-03-01", "option")));
    assert_eq!(anchor(&near, "Friday"), Some("published"));
    // 31 days: far; the sentence after the dated one reads the story's date
    let far = run("The mill closed on 29 January 2021. On Friday, workers marched.", Some("2021-03-01"));
    assert_eq!(value(&far, "Friday"), "2021-01-29");
    assert_eq!(anchor(&far, "Friday"), Some("story"));
}

#[test]
fn a_date_line_earlier_than_the_story_s_past_events_gives_way_to_the_story() {
    // Past events on 3 March 2020 under a January 2020 line: the line cannot be when it was
    // written. Tuesday 3 March is the clock; Friday, said in the past, is the nearest: 6 March.
    let a = run("JANUARY 2020\n\nThe council voted on 3 March 2020 to close the library. On Friday, protesters gathered outside. The building will be sold next year.", None);
    assert_eq!(a.published.as_deref(), Some("2020-01"));
    assert_eq!(reference(&a), Some(("2020-03-03", "story")));
    assert_eq!(value(&a, "Friday"), "2020-03-06");
    assert_eq!(value(&a, "next year"), "2021");
    // a date ahead of the line said in the future is a plan, not a contradiction
    let a = run("JANUARY 2020\n\nThe council will vote on 3 March 2020. On Friday, protesters gathered outside.", None);
    assert_eq!(reference(&a), Some(("2020-01", "text")));
    assert_eq!(value(&a, "Friday"), "XXXX-WXX-5");
    // nor is a maturity in a past sentence ("notes due ..."): news mode stays
    let a = run("The company sold notes due 1 March 2030 on Tuesday, it said.", Some("2023-05-04"));
    assert_eq!(reference(&a), Some(("2023-05-04", "option")));
    assert_eq!(value(&a, "Tuesday"), "2023-05-02");
}

#[test]
fn a_weekday_that_contradicts_its_date() {
    // with a year, the date wins (5 March 2021 was a Friday)
    let a = run("On Tuesday, 5 March 2021, the council voted.", None);
    assert_eq!(vals(&a), [("Tuesday, 5 March 2021", "2021-03-05")]);
    // without one, the weekday picks the year the date line allows: 5 March 2020 was a
    // Thursday, 2019's a Tuesday
    let a = run("JUNE 2020\n\nOn Tuesday 5 March, the council voted.", None);
    assert_eq!(value(&a, "Tuesday 5 March"), "2019-03-05");
    let a = run("On Tuesday 5 March, the council voted.", Some("2020-06-15"));
    assert_eq!(value(&a, "Tuesday 5 March"), "2019-03-05");
    // no nearby year agrees: the weekday is a slip, the date keeps its year
    let a = run("On Monday 5 March, the council voted.", Some("2020-06-15"));
    assert_eq!(value(&a, "Monday 5 March"), "2020-03-05");
}

#[test]
fn without_a_date_line_or_a_year_nothing_is_guessed() {
    let a = run("The bridge closed on 3 October. On Sunday, volunteers reopened it.", None);
    assert_eq!(vals(&a), [("3 October", "XXXX-10-03"), ("Sunday", "XXXX-WXX-7")]);
    assert_eq!(reference(&a), None);
    assert_eq!(anchor(&a, "Sunday"), None);
}

#[test]
fn without_a_date_line_the_story_s_year_starts_the_clock() {
    // Monday 3 September 2018 + 5 days = Saturday 8 September; "in January" is ahead of it
    let a = run("The bridge reopened on 3 September 2018. On Saturday, five days after the reopening, crowds walked across. A second bridge is due to close in January.", None);
    assert_eq!(reference(&a), Some(("2018-09-08", "story")));
    assert_eq!(value(&a, "Saturday"), "2018-09-08");
    assert_eq!(value(&a, "January"), "2019-01");
}

#[test]
fn event_arithmetic_across_sentences_names_its_event() {
    // "the ninth day of the offensive" counts from the day of the sentence that names the
    // offensive (29 October 2020, a Thursday; + 8 = Friday 6 November), not from the last day
    let a = run("JANUARY 2021\n\nThe offensive began on 29 October. Talks failed on 2 November. Troops retook the airport on Friday, the ninth day of the offensive.", None);
    assert_eq!(value(&a, "Friday"), "2020-11-06");
    // a weekday that disagrees with the sum is left to the clock
    let a = run("JANUARY 2021\n\nThe offensive began on 29 October. Troops retook the airport on Saturday, the ninth day of the offensive.", None);
    assert_eq!(value(&a, "Saturday"), "2020-10-31");
}

fn html(lang: Option<&str>, body: &str) -> nutshell::Analysis {
    let attr = lang.map(|l| format!(" lang=\"{l}\"")).unwrap_or_default();
    let page = format!("<!doctype html><html{attr}><head><title>Ferry dates</title></head><body><article><h1>Ferry dates</h1><p>{body}</p><p>The operator said more sailings would follow once the new pier opened, and that tickets were already on sale at the harbour office for the first crossings of the season.</p></article></body></html>");
    let mut o = Options::default();
    o.input = InputKind::Html;
    analyze(&page, &o).expect("analyze")
}

#[test]
fn numeric_dates_follow_the_page_s_convention() {
    let body = "The ferry resumed sailing on 03/04/2021, the operator said after a long closure of the harbour.";
    // American English by default, the day first on a British page
    assert_eq!(value(&html(None, body), "03/04/2021"), "2021-03-04");
    assert_eq!(value(&html(Some("en-US"), body), "03/04/2021"), "2021-03-04");
    assert_eq!(value(&html(Some("en-GB"), body), "03/04/2021"), "2021-04-03");
    // another date on the page that only one order allows decides, whatever the region says
    let both = "The ferry resumed sailing on 03/04/2021, and the pier had closed on 17/11/2020 after the storm.";
    assert_eq!(value(&html(Some("en-US"), both), "03/04/2021"), "2021-04-03");
    // the forced language's region counts too
    let mut o = Options::default();
    o.language = Some("en-AU".into());
    let a = analyze("The ferry resumed sailing on 03/04/2021, the operator said.", &o).unwrap();
    assert_eq!(value(&a, "03/04/2021"), "2021-04-03");
}

#[test]
fn hours_and_days_are_no_date() {
    let a = run(
        "The 24/7 helpline took 2,020 calls. The desk is open 24/7. Tickets go on sale on 7/24, organisers said.",
        Some("2021-05-10"),
    );
    assert_eq!(vals(&a), [("7/24", "2021-07-24")]);
    // nor on a day-first page, where 24/7 would be a possible day
    let mut o = Options::default();
    o.language = Some("en-GB".into());
    o.published = Some("2021-05-10".into());
    let a = analyze("The 24/7 helpline took 2,020 calls. The desk is open 24/7.", &o).unwrap();
    assert_eq!(vals(&a), Vec::<(&str, &str)>::new());
}

#[test]
fn a_page_s_month_date_line_is_its_date_line() {
    // a block that is only "NOVEMBER 2021" at the top of the article: the publication month,
    // a date line (no timeline event), and the story's clock reads the rest
    let body = "The ferry Arden ran aground on 9 June off the north coast, the coastguard said on the day.</p><p>On Saturday, the fourth day of the salvage, divers sealed the hull and the ship was pulled free on the evening tide, its owners said.";
    let page = format!("<!doctype html><html lang=\"en\"><head><title>Ferry refloated</title></head><body><article><h1>Ferry refloated</h1><p>NOVEMBER 2021</p><p>{body}</p></article></body></html>");
    let mut o = Options::default();
    o.input = InputKind::Html;
    let a = analyze(&page, &o).unwrap();
    assert_eq!((a.published.as_deref(), a.published_source.as_deref()), (Some("2021-11"), Some("text")));
    let line = a.sentences.iter().find(|s| a.text[s.start..s.end].contains("NOVEMBER 2021")).unwrap();
    assert_eq!(line.kind, nutshell::Kind::Dateline);
    assert!(
        a.timeline.iter().all(|e| e.value != "2021-11"),
        "{:?}",
        a.timeline.iter().map(|e| &e.value).collect::<Vec<_>>()
    );
    assert_eq!(value(&a, "Saturday"), "2021-06-12");
    assert_eq!(reference(&a), Some(("2021-06-12", "story")));
}
