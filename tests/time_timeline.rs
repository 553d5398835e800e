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
    let got: Vec<(&str, &str, Vec<usize>, &str, bool, bool)> = a
        .timeline
        .iter()
        .map(|e| (e.value.as_str(), e.granularity.as_str(), e.mentions.clone(), e.label.as_str(), e.future, e.published))
        .collect();
    // timexes: 0 date line, 1 "27 September", 2 "Monday", 3 "27 September", 4 "September",
    // 5 "2020", 6 "Today", 7 "two or three days", 8 "15 October", 9 "Every Monday"
    assert_eq!(got, [
        ("2020", "year", vec![5], "In 2020 the economy shrank", false, false),
        ("2020-09", "month", vec![4], "Prices rose in September", false, false),
        ("2020-09-27", "day", vec![1, 3], "Fighting broke out on 27 September along the line of contact", false, false),
        ("2020-10-05", "day", vec![2], "On Monday, Azerbaijan said it had taken the town of Jabrayil", false, false),
        ("2020-10-07", "day", vec![6], "Today, the ministers meet in Geneva", false, true),
        ("2020-10-09", "day", vec![7], "The ceasefire will be reviewed in two or three days", true, false),
        ("2020-10-15", "day", vec![8], "Both sides will meet again on 15 October", true, false),
    ]);
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
