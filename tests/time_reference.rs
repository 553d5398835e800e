//! The reference time chosen per expression: news mode, narrative mode when the publication
//! date is missing, coarse or months after the events, story-relative expressions, and event
//! arithmetic that agrees with the weekday.
mod time_common;
use time_common::*;

const STORY: &str = "Fighting broke out on 27 September 2020 along the line of contact. On Monday, the ninth day of fighting that broke out on 27 September, Azerbaijan said it had taken the town of Jabrayil. Two days later, officials met in Geneva, the ministry said.";

fn vals(a: &nutshell::Analysis) -> Vec<(&str, &str)> {
    a.timexes.iter().map(|t| (t.text.as_str(), t.value.as_str())).collect()
}

#[test]
fn news_mode_resolves_against_the_publication_date() {
    // published two days after the events: Monday is the Monday before publication
    let a = run("Azerbaijan said on Monday it had taken the town. Talks resume tomorrow.", Some("2020-10-07"));
    assert_eq!(vals(&a), [("Monday", "2020-10-05"), ("tomorrow", "2020-10-08")]);
}

#[test]
fn header_months_after_the_events_uses_the_story_anchors() {
    // The date line says March 2021; the story happened in the autumn of 2020.
    let text = format!("MARCH 2021\n\n{STORY}");
    let a = run(&text, None);
    assert_eq!(a.published.as_deref(), Some("2021-03"));
    assert_eq!(a.published_source.as_deref(), Some("text"));
    assert_eq!(
        vals(&a)[1..],
        [
            ("27 September 2020", "2020-09-27"),
            ("Monday", "2020-10-05"),
            ("27 September", "2020-09-27"),
            ("Two days later", "2020-10-07")
        ]
    );
    // Same with an exact publication date far after the events.
    let a = run(STORY, Some("2021-03-15"));
    assert_eq!(
        vals(&a),
        [
            ("27 September 2020", "2020-09-27"),
            ("Monday", "2020-10-05"),
            ("27 September", "2020-09-27"),
            ("Two days later", "2020-10-07")
        ]
    );
}

#[test]
fn event_arithmetic_only_when_the_weekday_agrees() {
    // 27 September 2020 + 8 days = Monday 5 October: agrees.
    let a = run("On Monday, the ninth day of fighting that broke out on 27 September 2020, the town fell.", None);
    assert_eq!(a.timexes[0].value, "2020-10-05");
    // + 9 days is a Tuesday: Monday is not rewritten to it.
    let a = run("On Monday, the tenth day of fighting that broke out on 27 September 2020, the town fell.", None);
    assert_ne!(a.timexes[0].value, "2020-10-06");
}

#[test]
fn missing_publication_date_uses_the_story_clock() {
    // The story's latest day is 4 March (the day after the 3rd, said in the past); a weekday
    // said in the past is the one nearest it: Friday 7 March, as the narrative moves on.
    let a = run("The siege began on 3 March 2014. The next day, troops moved in. On Friday, talks began.", None);
    assert_eq!(vals(&a), [("3 March 2014", "2014-03-03"), ("The next day", "2014-03-04"), ("Friday", "2014-03-07")]);
    assert_eq!(a.published, None);
    let r = a.reference.as_ref().unwrap();
    assert_eq!((r.value.as_str(), r.source.as_str()), ("2014-03-04", "story"));
    let anchors: Vec<Option<&str>> = a.timexes.iter().map(|t| t.anchor).collect();
    assert_eq!(anchors, [None, Some("story"), Some("story")]);
}

#[test]
fn story_relative_expressions_count_from_the_story() {
    let a = run("The plant exploded on 4 August 2020. Two days later, the government resigned.", Some("2020-08-20"));
    assert_eq!(vals(&a), [("4 August 2020", "2020-08-04"), ("Two days later", "2020-08-06")]);
}

#[test]
fn published_source_says_where_the_date_came_from() {
    let a = run("Talks resume tomorrow.", Some("2020-10-07"));
    assert_eq!(a.published_source.as_deref(), Some("option"));
    let a = run("Monday, 5 October 2020\n\nTalks resume tomorrow.", None);
    assert_eq!(a.published.as_deref(), Some("2020-10-05"));
    assert_eq!(a.published_source.as_deref(), Some("text"));
    assert_eq!(a.timexes.last().unwrap().value, "2020-10-06");
}

#[test]
fn a_month_date_line_still_anchors_month_and_year_relatives() {
    // Known to the month, and near the story's own dates: "next month" and "last year" need
    // no more than the month, so they count from the date line, not from the story's 28 March.
    let text = "APRIL 2022\n\nFerry strike ends\n\nThe ferry strike ended on 28 March 2022 after talks. Crews walked out last year over pay. Timetables return to normal next month, the operator said.";
    let a = run(text, None);
    assert_eq!(a.published.as_deref(), Some("2022-04"));
    let v = vals(&a);
    assert!(v.contains(&("last year", "2021")), "{v:?}");
    assert!(v.contains(&("next month", "2022-05")), "{v:?}");
}

#[test]
fn a_flashback_does_not_pull_later_sentences_into_the_past() {
    // News published 10 March 1999 that recalls a 1949 event: only the sentence right after
    // the old date may count from it; "last year" and "Friday" further on are the news's own.
    let text = "The alliance was founded on 4 April 1949 in Washington. Its first meeting followed weeks later. \
                Three countries joined the alliance last year. Officials said the ministers will sign the papers on Friday. Today the flags go up.";
    let a = run(text, Some("1999-03-10"));
    let v = vals(&a);
    assert!(v.contains(&("last year", "1998")), "{v:?}");
    assert!(v.contains(&("Friday", "1999-03-12")), "{v:?}");
    assert!(v.contains(&("Today", "1999-03-10")), "{v:?}");
}

#[test]
fn a_plan_said_in_the_past_tense_points_ahead() {
    let a = run("The team planned to leave Nairobi on Thursday for Dar es Salaam.", Some("1998-09-30"));
    assert_eq!(vals(&a), [("Thursday", "1998-10-01")]);
    let a = run("The sale of the studio was scheduled to close Monday.", Some("1989-11-01"));
    assert_eq!(vals(&a), [("Monday", "1989-11-06")]);
    // without the plan, the same past-tense sentence looks back
    let a = run("The team left Nairobi on Thursday for Dar es Salaam.", Some("1998-09-30"));
    assert_eq!(vals(&a), [("Thursday", "1998-09-24")]);
}
