//! German, French and Spanish articles: dates, weekdays, relative days and weeks, seasons,
//! decades, holidays, durations.
mod time_common;
use time_common::*;

fn vals(text: &str, published: &str, lang: &str) -> Vec<(String, String)> {
    run_with(text, Some(published), nutshell::Prefer::Tense, Some(lang))
        .timexes
        .into_iter()
        .map(|t| (t.text, t.value))
        .collect()
}

#[test]
fn german_article() {
    let text =
        "Die Kämpfe begannen am 27. September 2020. Gestern traf sich der Rat, und letzte Woche gab es Gespräche. \
Vor zwei Tagen kam der Minister an. Im Sommer 2019 war die Lage ruhig; in den 1990er Jahren gab es Krieg. \
Die Wahl findet am 03.11.2020 statt. Zu Ostern 2021 soll ein Vertrag stehen.";
    assert_eq!(
        vals(text, "2020-10-07", "de"),
        [
            p("27. September 2020", "2020-09-27"),
            p("Gestern", "2020-10-06"),
            p("letzte Woche", "2020-W40"),
            p("Vor zwei Tagen", "2020-10-05"),
            p("Sommer 2019", "2019-SU"),
            p("den 1990er Jahren", "199"),
            p("03.11.2020", "2020-11-03"),
            p("Ostern 2021", "2021-04-04"),
        ]
    );
}

#[test]
fn french_article() {
    let text = "Les combats ont éclaté le 27 septembre 2020. Hier, le conseil s'est réuni; la semaine dernière, des pourparlers ont eu lieu. \
Il y a deux jours, le ministre est arrivé. Lundi, il a parlé. L'accord a été signé le 1er octobre. \
Dans les années 1990, la guerre faisait rage. Le vote aura lieu le 03/11/2020.";
    assert_eq!(
        vals(text, "2020-10-07", "fr"),
        [
            p("27 septembre 2020", "2020-09-27"),
            p("Hier", "2020-10-06"),
            p("la semaine dernière", "2020-W40"),
            p("Il y a deux jours", "2020-10-05"),
            p("Lundi", "2020-10-05"),
            p("1er octobre", "2020-10-01"),
            p("les années 1990", "199"),
            p("03/11/2020", "2020-11-03"),
        ]
    );
}

#[test]
fn spanish_article() {
    let text = "Los combates estallaron el 27 de septiembre de 2020. Ayer se reunió el consejo y la semana pasada hubo negociaciones. \
Hace dos días llegó el ministro. El lunes habló ante la prensa. En los años 90 hubo guerra. \
La votación será el 3 de noviembre. En Navidad habrá una tregua.";
    assert_eq!(
        vals(text, "2020-10-07", "es"),
        [
            p("27 de septiembre de 2020", "2020-09-27"),
            p("Ayer", "2020-10-06"),
            p("la semana pasada", "2020-W40"),
            p("Hace dos días", "2020-10-05"),
            p("lunes", "2020-10-05"),
            p("los años 90", "199"),
            p("3 de noviembre", "2020-11-03"),
            p("Navidad", "2020-12-25"),
        ]
    );
}

/// A year anaphor refers to the year its sentence names: "erst 1892: in diesem Jahr" is 1892,
/// while "in diesem Jahr" with no year before it in its sentence is the writer's year.
#[test]
fn year_anaphors_take_the_year_their_sentence_names() {
    let de = "Die Kartoffel kam spät nach Irland. Nach Dublin kam sie erst 1588: in diesem Jahr landete \
ein Schiff im Hafen. Der Handel wächst, und in diesem Jahr erwarten die Bauern ein Plus.";
    assert_eq!(vals(de, "2014-03-02", "de"), [p("1588", "1588"), p("diesem Jahr", "1588"), p("diesem Jahr", "2014")]);
    let fr =
        "L'usine ouvrit en 1923. Cette année-là, elle employa cent ouvriers; la même année, un incendie la ravagea.";
    assert_eq!(
        vals(fr, "2014-03-02", "fr"),
        [p("1923", "1923"), p("Cette année-là", "1923"), p("la même année", "1923")]
    );
    let es = "El puerto abrió en 1923. Ese año llegaron cien barcos, y este año llegarán más.";
    assert_eq!(vals(es, "2014-03-02", "es"), [p("1923", "1923"), p("Ese año", "1923"), p("este año", "2014")]);
}
