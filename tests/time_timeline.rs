//! A timeline checked exactly: order (start, then coarse before fine), merging of mentions,
//! labels trimmed to the event clause, future and published marks, the date line kept out.
mod time_common;
use time_common::*;

const ARTICLE: &str = "Wednesday, 7 October 2020

Fighting broke out on 27 September along the line of contact. \
On Monday, Azerbaijan said it had taken the town of Jabrayil, officials said. \
The fighting that began on 27 September has killed hundreds. \
Prices rose in September, and in 2020 the economy shrank. \
Today, the ministers meet in Geneva. \
The ceasefire will be reviewed in two or three days. \
Both sides will meet again on 15 October, a spokesman said. \
Every Monday, markets close early.";

#[test]
fn timeline_order_merging_labels() {
    let a = run(ARTICLE, None);
    assert_eq!(a.published.as_deref(), Some("2020-10-07"));
    #[allow(clippy::type_complexity)] // the expected rows, spelt out
    let got: Vec<(&str, &str, Vec<usize>, &str, bool, bool)> = a
        .timeline
        .iter()
        .map(|e| {
            (e.value.as_str(), e.granularity.as_str(), e.mentions.clone(), e.label.as_str(), e.future, e.published)
        })
        .collect();
    // timexes: 0 date line, 1 "27 September", 2 "Monday", 3 "27 September", 4 "September",
    // 5 "2020", 6 "Today", 7 "two or three days", 8 "15 October", 9 "Every Monday"
    assert_eq!(
        got,
        [
            ("2020", "year", vec![5], "In 2020 the economy shrank", false, false),
            ("2020-09", "month", vec![4], "Prices rose in September", false, false),
            (
                "2020-09-27",
                "day",
                vec![1, 3],
                "Fighting broke out on 27 September along the line of contact",
                false,
                false
            ),
            (
                "2020-10-05",
                "day",
                vec![2],
                "On Monday, Azerbaijan said it had taken the town of Jabrayil",
                false,
                false
            ),
            ("2020-10-07", "day", vec![6], "Today, the ministers meet in Geneva", false, true),
            ("2020-10-09", "day", vec![7], "The ceasefire will be reviewed in two or three days", true, false),
            ("2020-10-15", "day", vec![8], "Both sides will meet again on 15 October", true, false),
        ]
    );
    // the first mention is the entry's sentence and timex
    let e = &a.timeline[2];
    assert_eq!((e.timex, a.timexes[e.timex].sentence), (1, e.sentence));
    // the most mentioned, specific entry is the most salient
    let top = a.timeline.iter().max_by(|x, y| x.salience.total_cmp(&y.salience)).unwrap();
    assert_eq!(top.value, "2020-09-27");
}

#[test]
fn date_line_alone_is_not_an_entry() {
    let a = run("Wednesday, 7 October 2020\n\nFighting broke out on 27 September.", None);
    let values: Vec<&str> = a.timeline.iter().map(|e| e.value.as_str()).collect();
    assert_eq!(values, ["2020-09-27"]);
}

/// A story under a month date line (written in my own words for these checks).
const VALLEY: &str = "APRIL 2022

Ferry link to resume in July, two years after the pier collapse

The ferry between Arlow and Tesk will sail again on 4 July 2022, the harbour board said, \
ending a closure that began when the pier collapsed on 12 March 2020.

The collapse left a cargo ship stuck overnight. Work on a new pier began on 1 June 2021, \
after months of argument about who should pay for it.

The harbour master told reporters yesterday that the crews are ready. \
A public meeting is set for 20 April 2022, and the board expects a full timetable by September.";

fn entry<'a>(a: &'a nutshell::Analysis, v: &str) -> &'a nutshell::analysis::TimelineEntry {
    a.timeline.iter().find(|e| e.value == v).unwrap_or_else(|| {
        panic!("{v} not on the timeline: {:?}", a.timeline.iter().map(|e| &e.value).collect::<Vec<_>>())
    })
}

#[test]
fn a_conditional_in_a_clause_about_a_past_date_is_not_planned() {
    let a = run(VALLEY, None);
    assert_eq!(a.published.as_deref(), Some("2022-04"));
    // "who should pay" is a condition inside a past event: 1 June 2021 is before the date line
    assert!(!entry(&a, "2021-06-01").future);
    assert!(!entry(&a, "2020-03-12").future);
    // after the date line's month, or said in the future tense: planned
    assert!(entry(&a, "2022-07-04").future);
    assert!(entry(&a, "2022-04-20").future);
    assert!(entry(&a, "2022-09").future);
}

#[test]
fn a_bare_part_of_day_belongs_to_the_day_just_mentioned() {
    let a = run(VALLEY, None);
    // "stuck overnight" follows the sentence that ends on 12 March 2020, not the latest date
    let t = a.timexes.iter().find(|t| t.text == "overnight").unwrap();
    assert_eq!(t.value, "2020-03-12TNI");
    // with an exact publication date, a clock time after a named day is on that day
    let a = run(
        "Police said the blast happened on Friday. The first call came at 10:35 a.m., they said.",
        Some("1998-08-09"),
    );
    let v: Vec<(&str, &str)> = a.timexes.iter().map(|t| (t.text.as_str(), t.value.as_str())).collect();
    assert_eq!(v, [("Friday", "1998-08-07"), ("10:35 a.m.", "1998-08-07T10:35")]);
}

#[test]
fn months_in_a_headline_without_tense_stay_in_the_date_lines_year() {
    let a = run(VALLEY, None);
    let v: Vec<(&str, &str)> = a.timexes.iter().map(|t| (t.text.as_str(), t.value.as_str())).collect();
    assert!(v.contains(&("July", "2022-07")), "{v:?}");
    assert!(v.contains(&("September", "2022-09")), "{v:?}");
    // "yesterday" under a month date line is in that month, not a day of the story
    assert!(v.contains(&("yesterday", "2022-04")), "{v:?}");
}

/// A short clause whose date is most of its words still says what happened; a line of dates
/// with one label word does not (written for these checks).
#[test]
fn a_short_clause_about_a_date_stays_a_line_of_dates_leaves() {
    let a = run(
        "Ferry Pier Rebuilt\n\nThe pier at Tesk reopened on 4 July 2022 after a long closure. \
         Crews had pulled down the old pier on 12 March 2020. Work resumed the following spring.\n\n\
         Retrieved 9 August 2022.",
        None,
    );
    let got: Vec<(&str, &str)> = a.timeline.iter().map(|e| (e.value.as_str(), e.label.as_str())).collect();
    assert_eq!(
        got,
        [
            ("2020-03-12", "Crews had pulled down the old pier on 12 March 2020"),
            ("2021-SP", "Work resumed the following spring"),
            ("2022-07-04", "The pier at Tesk reopened on 4 July 2022 after a long closure"),
        ]
    );
}

#[test]
fn an_hour_range_starts_at_its_first_hour() {
    // The half of the day is said once, at the end of the range; the entry is when it starts.
    let a = nutshell::analyze(
        "The market opens on November 11, 5-8pm, at the town hall, organisers said on Monday. The clinic will see walk-in patients on Saturday, 11-2pm.",
        &{
            let mut o = nutshell::Options::default();
            o.published = Some("2023-10-02".into());
            o
        },
    )
    .unwrap();
    let got: Vec<(&str, &str)> = a.timexes.iter().map(|t| (t.text.as_str(), t.value.as_str())).collect();
    assert_eq!(
        got,
        [
            ("November 11", "2023-11-11"),
            ("5-8pm", "2023-11-11T17:00"),
            ("Monday", "2023-10-02"),
            ("Saturday", "2023-10-07"),
            ("11-2pm", "2023-10-07T11:00"),
        ]
    );
}
