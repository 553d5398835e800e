//! The timeline a reader calls right (issue 13): numbers that only look like years, mentions
//! that date no event (a call to action, "today" as nowadays, any year's season or holiday, a
//! question, an embedded post's signature), one event said once (a month and its year, a date
//! line's day and clock time, a range), and labels that read as a line (the whole sentence when
//! it is short and dates nothing else, 140 characters at most). Texts written for these tests.
mod time_common;
use time_common::*;

fn entries(a: &nutshell::Analysis) -> Vec<(&str, &str)> {
    a.timeline.iter().map(|e| (e.value.as_str(), e.label.as_str())).collect()
}

fn vals(a: &nutshell::Analysis) -> Vec<(&str, &str)> {
    a.timexes.iter().map(|t| (t.text.as_str(), t.value.as_str())).collect()
}

#[test]
fn numbers_that_look_like_years_are_no_dates() {
    // a measure after the number, a phone number's groups, a rights notice, an edition pair
    let a = run(
        "Nutrition facts are based on a 2000 calorie diet. For help, call 0800 1971 329 or 0151 702 2071. \
         Copyright © 2018 by Jane Doe. The Sustainable Award 2022|2023 opened on Monday.",
        Some("2021-11-11"),
    );
    assert_eq!(vals(&a), [("Monday", "2021-11-08")]);
    // ... while a year after a preposition or before an event noun stays
    let a = run("The 2016 election was close. In 2000 the diet was new.", Some("2021-11-11"));
    assert_eq!(vals(&a), [("2016", "2016"), ("2000", "2000")]);
}

#[test]
fn a_half_needs_its_year_or_a_word_of_time() {
    let a = run(
        "Much of the second half was water bottles and other supplies that do not meet the hospital's needs.",
        Some("2023-11-08"),
    );
    assert_eq!(vals(&a), []);
    let a = run("Exports grew in the second half, and the first half of 2024 looks weaker.", Some("2023-11-08"));
    assert_eq!(vals(&a), [("the second half", "2023-H2"), ("the first half of 2024", "2024-H1")]);
}

#[test]
fn her_last_day_is_no_yesterday() {
    let a = run(
        "Myers is leaving the show. Her last day is April 1, and no replacement has been named.",
        Some("2020-02-24"),
    );
    assert_eq!(entries(&a), [("2020-04-01", "Her last day is April 1, and no replacement has been named")]);
}

#[test]
fn a_range_start_without_a_year_takes_the_end_year() {
    let pub_ = Some("2024-06-10");
    let a = run("Sales fell from January to October 2023, the company said on Monday.", pub_);
    assert_eq!(vals(&a), [("January", "2023-01"), ("October 2023", "2023-10"), ("Monday", "2024-06-10")]);
    let a = run("Prices rose between April and June 2021, the statistics office reported.", pub_);
    assert_eq!(vals(&a), [("April", "2021-04"), ("June 2021", "2021-06")]);
    let a = run("The strike ran January-March 2020 and cost the port millions.", pub_);
    assert_eq!(vals(&a), [("January", "2020-01"), ("March 2020", "2020-03")]);
    // the start later in the year than the end: the year before
    let a = run("The drought lasted from November to February 2021, officials said.", pub_);
    assert_eq!(vals(&a), [("November", "2020-11"), ("February 2021", "2021-02")]);
    let a = run("The festival ran from March 3 to May 5, 2022 in the old town.", pub_);
    assert_eq!(vals(&a), [("March 3", "2022-03-03"), ("May 5, 2022", "2022-05-05")]);
    // a start with its own year keeps it
    let a = run("He worked there from January 2019 to March 2021 before joining the ministry.", pub_);
    assert_eq!(vals(&a), [("January 2019", "2019-01"), ("March 2021", "2021-03")]);
    // the same in the other languages with range words
    let a = run("Der Umsatz sank von Januar bis Oktober 2023, teilte das Unternehmen mit.", pub_);
    assert_eq!(vals(&a), [("Januar", "2023-01"), ("Oktober 2023", "2023-10")]);
    let a = run("Die Dürre dauerte von November bis Februar 2021, sagte die Behörde.", pub_);
    assert_eq!(vals(&a), [("November", "2020-11"), ("Februar 2021", "2021-02")]);
    let a = run("Les ventes ont baissé de janvier à octobre 2023, selon l'entreprise.", pub_);
    assert_eq!(vals(&a), [("janvier", "2023-01"), ("octobre 2023", "2023-10")]);
    let a = run("Las ventas cayeron de enero a octubre de 2023, según la empresa.", pub_);
    assert_eq!(vals(&a), [("enero", "2023-01"), ("octubre de 2023", "2023-10")]);
}

#[test]
fn a_month_before_a_relative_year_is_in_that_year() {
    let a = run("The disclosure rules took effect in March of last year.", Some("2021-11-11"));
    assert_eq!(vals(&a), [("March", "2020-03"), ("last year", "2020")]);
    let a = run("La loi est entrée en vigueur en mars de l'année dernière.", Some("2021-11-11"));
    assert_eq!(vals(&a), [("mars", "2020-03"), ("l'année dernière", "2020")]);
    // one entry per event: the month holds its year
    let a = run("Das Gesetz trat im März dieses Jahres in Kraft.", Some("2021-11-11"));
    assert_eq!(entries(&a), [("2021-03", "Das Gesetz trat im März dieses Jahres in Kraft")]);
}

#[test]
fn a_range_is_one_entry_and_a_date_line_one_event() {
    let a = run(
        "The cohort included adults aged 55 to 75 years residing in the study area during 2000 to 2014. \
         Between 2016 and 2021, just 58 affordable units were built in the district.",
        Some("2022-03-03"),
    );
    assert_eq!(
        entries(&a),
        [
            ("2000", "The cohort included adults aged 55 to 75 years residing in the study area during 2000 to 2014"),
            ("2016", "Between 2016 and 2021, just 58 affordable units were built in the district"),
        ]
    );
    // a range's end said again elsewhere stays an entry, labelled there
    let a = run("The study ran from 2000 to 2014. The findings were published in 2014.", Some("2022-03-03"));
    assert_eq!(
        entries(&a),
        [("2000", "The study ran from 2000 to 2014"), ("2014", "The findings were published in 2014")]
    );
    // a date line run into its story: the day and its clock time, one entry
    let a = run(
        "August 13, 2015, 11:32 am Aid to Ukraine was funneled to the outposts of the finance system.",
        Some("2019-10-19"),
    );
    assert_eq!(
        entries(&a),
        [(
            "2015-08-13T11:32",
            "August 13, 2015, 11:32 am Aid to Ukraine was funneled to the outposts of the finance system"
        )]
    );
}

#[test]
fn mentions_that_date_no_event_stay_off() {
    // a call to action, "today" as nowadays, a question to the reader, any year's holiday and
    // season, a count of years said of the past
    let a = run(
        "¡Hoy, con tu apoyo, seguiremos trabajando por un periodismo libre! El diario publicó la carta el lunes.",
        Some("2022-05-11"),
    );
    assert_eq!(entries(&a), [("2022-05-09", "El diario publicó la carta el lunes")]);
    let a = run(
        "Today there are no medicines for treatment at all. Are you a tenant preparing to vote this month? \
         These truffles are also perfect for Halloween. The peak blooms are typically in the spring. \
         Deregulation brought failures in less than a decade, the biggest crash in 70 years. \
         The hospital reported the theft on Monday.",
        Some("2023-11-08"),
    );
    assert_eq!(entries(&a), [("2023-11-06", "The hospital reported the theft on Monday")]);
    let a = run(
        "Heute ist es schwer vorstellbar, dass hier eine Autobahn gebaut wird. Im Frühjahr kam es zum Streit.",
        Some("2023-10-31"),
    );
    assert_eq!(entries(&a), [("2023-SP", "Im Frühjahr kam es zum Streit")]);
    // "today" of an event stays: a progressive, a past, a clause with no tense word
    let a = run("Today, the lab is launching the program. The minister arrives today.", Some("2015-10-15"));
    assert_eq!(entries(&a), [("2015-10-15", "Today, the lab is launching the program")]);
}

#[test]
fn an_embedded_post_s_signature_is_no_event() {
    let a = run(
        "Honored to offer the benediction at this historic ceremony. — Drew Miller (@drewmiller) January 6, 2020\n\n\
         The court swore in its new justice on Monday.",
        Some("2020-01-08"),
    );
    assert_eq!(entries(&a), [("2020-01-06", "The court swore in its new justice on Monday")]);
}

#[test]
fn labels_are_whole_short_sentences_and_one_line() {
    // a short sentence of one date: all of it, its subject with it
    let a = run("Hermione conjured water and used it to fill the goblet in the Crystal Cave on 30 June 1997.", None);
    assert_eq!(
        entries(&a),
        [("1997-06-30", "Hermione conjured water and used it to fill the goblet in the Crystal Cave on 30 June 1997")]
    );
    // a sentence of two dates: each its clause
    let a = run("A hospital employee noticed Thursday that boxes were missing, and the hospital reported it to the police Monday.", Some("2020-02-18"));
    assert_eq!(
        entries(&a),
        [
            ("2020-02-13", "A hospital employee noticed Thursday that boxes were missing"),
            ("2020-02-17", "The hospital reported it to the police Monday"),
        ]
    );
    // a long sentence: 140 characters around the date, cut between words
    let a = run(
        "Officials of the regional transport authority confirmed late on Tuesday that the old bridge over the river would stay closed to cars and lorries until engineers from the national roads agency have inspected every one of its cables and bearings.",
        Some("2022-05-12"),
    );
    let l = &a.timeline[0].label;
    assert_eq!(l, "Officials of the regional transport authority confirmed late on Tuesday that the old bridge over the river would stay closed to cars and …");
    assert_eq!(l.chars().count(), 138);
}

#[test]
fn how_often_and_an_announced_plan() {
    // a frequency is no point ahead
    let a = run("I go vegan once or twice in a month. The shop opened on Monday.", Some("2020-09-30"));
    assert_eq!(entries(&a), [("2020-09-28", "The shop opened on Monday")]);
    // an announced continuation lies ahead
    let a = run("Die Gewerkschaft hat angekündigt, den Streik am Donnerstag fortzusetzen.", Some("2023-11-08"));
    assert_eq!(vals(&a), [("Donnerstag", "2023-11-09")]);
}

#[test]
fn a_sentence_about_a_distant_year_dates_its_months() {
    // a year-less month or season after a year written in its sentence, two years or more from
    // the publication's, is that year's
    let a = run(
        "After denying retirement rumours in the summer of 2004, the congressman announced his resignation \
         in mid-August and persuaded the party to nominate his son.",
        Some("2019-10-01"),
    );
    assert_eq!(vals(&a), [("the summer of 2004", "2004-SU"), ("mid-August", "2004-08")]);
    // ... a year near the publication's is no such sign: the writer's summer
    let a = run("The bakery, which launched in 2022, opened its second shop over the summer.", Some("2023-11-09"));
    assert_eq!(vals(&a), [("2022", "2022"), ("the summer", "2023-SU")]);
    // ... nor a year said in another sentence
    let a = run("The plant closed in 2004. It reopened in March.", Some("2019-10-01"));
    assert_eq!(vals(&a), [("2004", "2004"), ("March", "2019-03")]);
}

#[test]
fn counted_decades_and_any_day_s_hours_are_no_entries() {
    let a = run(
        "Three decades ago the professor wrote a seminal paper on networks. Over the last decade the district \
         built little housing. In the 1980s the firm moved to Boston.",
        Some("2018-06-18"),
    );
    assert_eq!(vals(&a), [("Three decades ago", "198"), ("the last decade", "200"), ("the 1980s", "198")]);
    assert_eq!(entries(&a), [("198", "In the 1980s the firm moved to Boston")]);
    // a part of day with no day in a clause with no past or future; a season word in a compound
    let a = run(
        "For most methods, it is best to take your measurements in the morning after an overnight fast. \
         Bake the focaccia in a spring-form tin. The clinic opened on Monday.",
        Some("2018-04-29"),
    );
    assert_eq!(entries(&a), [("2018-04-23", "The clinic opened on Monday")]);
    // ... while a night that is the story's stays
    let a = run("The storm hit the coast overnight.", Some("2018-04-29"));
    assert_eq!(entries(&a), [("2018-04-29TNI", "The storm hit the coast overnight")]);
    // any year's autumn, though the story's year anchors it
    let a = run(
        "The treetop path opened in 2015. Visitors who come to the area in autumn find mushrooms everywhere.",
        None,
    );
    assert_eq!(entries(&a), [("2015", "The treetop path opened in 2015")]);
}

#[test]
fn a_range_said_twice_is_still_one_entry() {
    // a page that repeats its abstract
    let a = run(
        "Participants were adults living in the county during 2000 to 2014. \
         We followed adults living in the county during 2000 to 2014 until death or the end of the study.",
        Some("2020-03-03"),
    );
    assert_eq!(entries(&a), [("2000", "Participants were adults living in the county during 2000 to 2014")]);
}

#[test]
fn a_long_label_keeps_its_opening() {
    let a = run(
        "The monetary authority said in a report published on Monday that of the total external debt, \
         7.8 billion dollars belonged to the public sector and the rest to private companies, banks and \
         other financial institutions of the country.",
        Some("2022-02-16"),
    );
    assert_eq!(
        entries(&a),
        [(
            "2022-02-14",
            "The monetary authority said in a report published on Monday that of the total external debt, 7.8 \
             billion dollars belonged to the public …"
        )]
    );
}

#[test]
fn a_label_reads_past_parentheses_and_drops_a_cut_clause_s_subordinator() {
    // an agency's initials in parentheses do not cut the clause that says what happened
    let a = run(
        "Coast Guard Air and Marine Operations (AMO) found Sunday 475 pounds (215.5 kilos) of cocaine inside a \
         fishing boat off Fajardo, the Coast Guard announced Tuesday.",
        Some("2022-05-10"),
    );
    assert_eq!(
        entries(&a),
        [
            (
                "2022-05-08",
                "Coast Guard Air and Marine Operations (AMO) found Sunday 475 pounds (215.5 kilos) of cocaine inside a \
                 fishing boat off Fajardo"
            ),
            (
                "2022-05-10",
                "… Operations (AMO) found Sunday 475 pounds (215.5 kilos) of cocaine inside a fishing boat off Fajardo, \
                 the Coast Guard announced Tuesday"
            ),
        ]
    );
    let a = run(
        "In 1998, then-Rep. Maria Lopez (D-Texas) declared her retirement three days before the filing deadline.",
        Some("2019-12-30"),
    );
    assert_eq!(
        entries(&a),
        [(
            "1998",
            "In 1998, then-Rep. Maria Lopez (D-Texas) declared her retirement three days before the filing deadline"
        )]
    );
    // a clause cut from inside its sentence loses its "when" or "though" and reads as a statement
    let a = run(
        "The grid set its record in 2006, when demand reached 50,270 megawatts, though demand this weekend \
         fell short of that peak, the operator said.",
        Some("2020-08-16"),
    );
    assert_eq!(
        entries(&a),
        [("2006", "The grid set its record in 2006"), ("2020-W33-WE", "Demand this weekend fell short of that peak"),]
    );
}

/// "that day" points back to a day the story dated: with none before it, it is no date (not
/// the publication day); after one, it is that day.
#[test]
fn that_day_needs_a_dated_day_before_it() {
    let a = run(
        "This bowl takes ten minutes. I went vegan for that day with this meal, and it felt good.",
        Some("2020-09-28"),
    );
    assert_eq!(vals(&a), [("ten minutes", "PT10M"), ("that day", "XXXX-XX-XX")]);
    assert_eq!(entries(&a), []);
    let a = run("The storm hit the coast on 3 May. That day, the river rose by two metres.", Some("2020-09-28"));
    assert_eq!(vals(&a), [("3 May", "2020-05-03"), ("That day", "2020-05-03")]);
}

#[test]
fn an_obligation_points_ahead_of_the_reporting_verb() {
    // "must" sets a rule from now on: its Saturday is the coming one, though the minister "said"
    // it on Thursday; "must have" is a guess about the past
    let a = run(
        "Travellers arriving from Portugal after 4am on Saturday must quarantine for 14 days, the transport \
         minister said on Thursday. The thieves must have entered the shop on Saturday, police said.",
        Some("2020-10-01"),
    );
    assert_eq!(
        vals(&a),
        [
            ("4am on Saturday", "2020-10-03T04:00"),
            ("14 days", "P14D"),
            ("Thursday", "2020-10-01"),
            ("Saturday", "2020-09-26")
        ]
    );
}

#[test]
fn a_part_of_day_tied_to_a_date_is_that_date() {
    // the morning "of" a date is no morning of the reference day (TempEval-3 tags the date alone)
    let a = run("La mañana del martes 19 de abril, la Asamblea aprobó la reforma.", Some("2022-04-21"));
    assert_eq!(vals(&a), [("martes 19 de abril", "2022-04-19")]);
    let a = run("Le matin du 19 avril, le Sénat a voté la réforme des retraites.", Some("2022-04-21"));
    assert_eq!(vals(&a), [("19 avril", "2022-04-19")]);
    // a part of day with no date after it stays the reference day's
    let a = run("La Asamblea se reunió por la mañana.", Some("2022-04-21"));
    assert_eq!(vals(&a), [("la mañana", "2022-04-21TMO")]);
}
