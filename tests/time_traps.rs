//! False positives stay out: verbs, names, bare numbers, money, degrees, versions, phones,
//! scores, and year-like quantities.
mod time_common;
use time_common::*;

const PUB: &str = "2020-10-07";

#[test]
fn may_and_march_as_verbs() {
    assert!(values("Protesters may march on the capital.", PUB).is_empty());
    assert!(values("May I ask a question?", PUB).is_empty());
    assert!(values("Veterans march through the town; it may rain.", PUB).is_empty());
}

#[test]
fn names_are_not_dates() {
    assert!(values("Shares of Friday Group rose sharply.", PUB).is_empty());
    assert!(values("The singer April Smith played a set.", PUB).is_empty());
    assert!(values("He was her Man Friday for years.", PUB).iter().all(|v| v.0 != "Friday"));
}

#[test]
fn numbers_money_degrees_versions_phones_scores() {
    assert!(values("The code 6005 was rejected.", PUB).is_empty());
    assert!(values("The fine was 2,500 $ in total.", PUB).is_empty());
    assert!(values("The oven reached 123° quickly.", PUB).is_empty());
    assert!(values("Version 2.1.3 fixed the bug.", PUB).is_empty());
    assert!(values("Call 555-1234 or 020 7946 0958 for details.", PUB).is_empty());
    assert!(values("The match ended 3-1 after extra time.", PUB).is_empty());
    assert!(values("Shares closed at 12 3/8 in New York.", PUB).is_empty());
}

#[test]
fn year_like_quantities() {
    assert!(values("They sent 2000 troops to the border.", PUB).is_empty());
    assert!(values("He scored in 2021 minutes of play.", PUB).is_empty());
    assert!(values("The bill was $ 1999 before tax.", PUB).is_empty());
    assert_eq!(one("The 2000 election was close.", PUB), p("2000", "2000"));
}

#[test]
fn a_weekday_after_a_name_is_a_day_when_a_verb_follows() {
    // AP style puts the day between the subject and the verb
    assert_eq!(one("President Bill Clinton Saturday vowed to find the bombers.", PUB), p("Saturday", "2020-10-03"));
    assert_eq!(one("The Czech Republic Friday formally joined the alliance.", PUB), p("Friday", "2020-10-02"));
    // a name stays a name
    assert!(values("He was her Man Friday for years.", PUB).iter().all(|v| v.0 != "Friday"));
}

#[test]
fn bare_earlier_and_shortly_are_not_times() {
    // TimeBank and AQUAINT tag a bare "earlier" once in 82 uses and "shortly" never
    assert!(values("Earlier, the minister had resigned.", PUB).is_empty());
    assert!(values("The minister will speak shortly.", PUB).is_empty());
}

#[test]
fn fractions_and_adjectives_are_not_times() {
    assert!(values("About three-quarters of the voters backed the plan.", PUB).is_empty());
    assert!(
        values("Once a fishing port, the town has recent growth and future plans for an annual fair.", PUB).is_empty()
    );
    // a two-quarter slump is still a span of time
    assert_eq!(one("It ended a two-quarter slump.", PUB), p("two-quarter", "P2Q"));
}

#[test]
fn ages_programmes_films_and_prepositions() {
    assert!(values("She moved to Berlin in her 30s.", PUB).is_empty());
    assert!(values("He told 60 Minutes about the deal.", PUB).is_empty());
    assert!(values("A poster showed Gary Cooper in High Noon.", PUB).is_empty());
    assert!(values("Police found the rifle the day before the shooting.", PUB).is_empty());
    // but these stay times
    assert_eq!(one("The talks ended the day before.", PUB), p("the day before", "2020-10-06"));
    assert_eq!(one("Music of the 1930s was played.", PUB), p("the 1930s", "193"));
}

/// A grouped number counts years: "200,000 years ago" is no "000 years ago" (nor "5 days" of
/// "3.5 days").
#[test]
fn grouped_numbers_are_counts() {
    assert!(values("Humans left Africa some 200,000 years ago, the team said.", PUB).is_empty());
    assert!(values("Menschen lebten hier schon vor 12.000 Jahren.", PUB).is_empty());
    assert_eq!(one("Farming began about 12 years ago in the valley.", PUB), p("about 12 years ago", "2008"));
}

/// A two-digit decade after a possessive is an age: "in her mid-60s", "in his early 40s".
#[test]
fn ages_are_not_decades() {
    assert!(values("The driver, a man in his early 40s, told police a woman in her mid-60s was hurt.", PUB).is_empty());
    assert!(values("Most buyers were in their 30s.", PUB).is_empty());
    assert_eq!(one("The band was formed in the early 80s by two brothers.", PUB), p("the early 80s", "198"));
}

/// "At the last minute", "in the last minute of the match": the final minute, no time.
#[test]
fn the_last_minute_is_no_time() {
    assert!(values("At the last minute the council changed its plans.", PUB).is_empty());
    assert!(values("They scored in the last minute of the match.", PUB).is_empty());
    assert_eq!(values("Prices rose in the past hour.", PUB), [p("the past hour", "PT1H")]);
}
