//! Italian, Portuguese and Dutch dates: the same common forms as German, French and Spanish
//! (tests/time_languages.rs), from the locale folders alone (`src/time/locale/{it,pt,nl}/`):
//! absolute dates, months, weekdays, relative days and weeks, ordinals, durations, seasons,
//! decades, holidays, numeric dates in the locale's order, date lines; and one news article per
//! language with its timeline checked exactly.
mod time_common;
use time_common::*;

fn vals(text: &str, published: &str, lang: &str) -> Vec<(String, String)> {
    run_with(text, Some(published), nutshell::Prefer::Tense, Some(lang))
        .timexes
        .into_iter()
        .map(|t| (t.text, t.value))
        .collect()
}

/// The Analysis of a pasted article (no published date: the date line gives it), as text.
fn article(text: &str, lang: &str) -> nutshell::Analysis {
    let mut o = nutshell::Options::default();
    o.input = nutshell::InputKind::Text;
    o.language = Some(lang.to_string());
    nutshell::analyze(text, &o).expect("analyze")
}

/// (value, first mention's text) of every timeline entry, in order.
fn timeline(a: &nutshell::Analysis) -> Vec<(String, String)> {
    a.timeline.iter().map(|e| (e.value.clone(), a.timexes[e.timex].text.clone())).collect()
}

#[test]
fn italian_article() {
    let text = "Gli scontri sono scoppiati il 27 settembre 2020. Ieri si è riunito il consiglio e la settimana scorsa ci sono stati colloqui. \
Due giorni fa è arrivato il ministro. Lunedì ha parlato alla stampa. Negli anni '90 c'era la guerra. \
Il voto si terrà il 03/11/2020. A Natale ci sarà una tregua.";
    assert_eq!(
        vals(text, "2020-10-07", "it"),
        [
            p("27 settembre 2020", "2020-09-27"),
            p("Ieri", "2020-10-06"),
            p("la settimana scorsa", "2020-W40"),
            p("Due giorni fa", "2020-10-05"),
            p("Lunedì", "2020-10-05"),
            p("anni '90", "199"),
            p("03/11/2020", "2020-11-03"),
            p("Natale", "2020-12-25"),
        ]
    );
}

#[test]
fn italian_common_forms() {
    let text = "Il progetto era stato presentato a marzo. Martedì scorso la giunta ha votato. \
La prossima settimana partiranno i cantieri e il mese prossimo arriveranno i fondi. \
L'anno scorso i lavori erano fermi; quest'anno il bilancio è in pareggio. Domani parla il sindaco. \
I lavori dureranno tre anni. L'estate scorsa il cantiere era chiuso. Nel primo trimestre del 2023 le entrate sono cresciute. \
La gara si chiude il 15/03/2025. Il 1º maggio è festa. Tra due settimane si vota. Ogni lunedì c'è mercato. \
Stasera alle 21:30 c'è il concerto. Il secondo semestre del 2023 è stato difficile.";
    assert_eq!(
        vals(text, "2024-04-10", "it"),
        [
            p("marzo", "2024-03"),
            p("Martedì scorso", "2024-04-09"),
            p("La prossima settimana", "2024-W16"),
            p("il mese prossimo", "2024-05"),
            p("L'anno scorso", "2023"),
            p("quest'anno", "2024"),
            p("Domani", "2024-04-11"),
            p("tre anni", "P3Y"),
            p("L'estate scorsa", "2023-SU"),
            p("primo trimestre del 2023", "2023-Q1"),
            p("15/03/2025", "2025-03-15"),
            p("1º maggio", "2024-05-01"),
            p("due settimane", "P2W"),
            p("Ogni lunedì", "XXXX-WXX-1"),
            p("Stasera", "2024-04-10TEV"),
            p("21:30", "2024-04-10T21:30"),
            p("Il secondo semestre del 2023", "2023-H2"),
        ]
    );
}

#[test]
fn italian_news_article() {
    let text = "Venerdì 15 marzo 2024

Sciopero dei portuali a Genova, fermi i traghetti per tre giorni

I lavoratori del porto di Genova hanno incrociato le braccia mercoledì, per il terzo sciopero dall'inizio dell'anno.

La protesta era stata annunciata il 28 febbraio, dopo la rottura delle trattative sul contratto scaduto a dicembre.

Ieri i sindacati hanno incontrato il prefetto, ma l'accordo non è arrivato.

Un nuovo incontro è fissato per il 22 marzo, mentre la prossima settimana i traghetti per la Sardegna viaggeranno a orario ridotto.

Nel 2023 lo scalo aveva movimentato 2,6 milioni di passeggeri.";
    let a = article(text, "it");
    assert_eq!(a.reference.as_ref().map(|r| (r.value.as_str(), r.source.as_str())), Some(("2024-03-15", "text")));
    assert_eq!(
        timeline(&a),
        [
            p("2023", "2023"),
            p("2023-12", "dicembre"),
            p("2024-02-28", "28 febbraio"),
            p("2024-03-13", "mercoledì"),
            p("2024-03-14", "Ieri"),
            p("2024-W12", "la prossima settimana"),
            p("2024-03-22", "22 marzo"),
        ]
    );
}

#[test]
fn portuguese_article() {
    let text = "Os combates começaram em 27 de setembro de 2020. Ontem o conselho reuniu-se e na semana passada houve negociações. \
Há dois dias chegou o ministro. Na segunda-feira falou à imprensa. Nos anos 90 houve guerra. \
A votação será em 03/11/2020. No Natal haverá uma trégua.";
    assert_eq!(
        vals(text, "2020-10-07", "pt"),
        [
            p("27 de setembro de 2020", "2020-09-27"),
            p("Ontem", "2020-10-06"),
            p("semana passada", "2020-W40"),
            p("Há dois dias", "2020-10-05"),
            p("segunda-feira", "2020-10-05"),
            p("anos 90", "199"),
            p("03/11/2020", "2020-11-03"),
            p("Natal", "2020-12-25"),
        ]
    );
}

#[test]
fn portuguese_common_forms() {
    let text = "O projeto foi apresentado em março. Na terça-feira passada a câmara votou. \
Na próxima semana começam as obras e no mês que vem chegam os fundos. \
No ano passado as obras pararam; este ano o orçamento está equilibrado. Amanhã fala o presidente. \
As obras vão durar três anos. No verão passado o estaleiro esteve fechado. No primeiro trimestre de 2023 as receitas cresceram. \
O concurso fecha em 15/03/2025. O 1º de maio é feriado. Dentro de duas semanas há eleições. Todos os sábados há feira. \
Hoje à noite, às 21h30, há concerto. O segundo semestre de 2023 foi difícil. \
A reunião foi há três dias e o acordo saiu dois dias atrás. A segunda fase começa depois.";
    assert_eq!(
        vals(text, "2024-04-10", "pt"),
        [
            p("março", "2024-03"),
            p("terça-feira passada", "2024-04-09"),
            p("próxima semana", "2024-W16"),
            p("mês que vem", "2024-05"),
            p("ano passado", "2023"),
            p("este ano", "2024"),
            p("Amanhã", "2024-04-11"),
            p("três anos", "P3Y"),
            p("verão passado", "2023-SU"),
            p("primeiro trimestre de 2023", "2023-Q1"),
            p("15/03/2025", "2025-03-15"),
            p("1º de maio", "2024-05-01"),
            p("duas semanas", "P2W"),
            p("Todos os sábados", "XXXX-WXX-6"),
            p("Hoje à noite", "2024-04-10TNI"),
            p("21h30", "2024-04-10T21:30"),
            p("O segundo semestre de 2023", "2023-H2"),
            p("há três dias", "2024-04-07"),
            p("dois dias atrás", "2024-04-08"),
        ]
    );
}

#[test]
fn portuguese_news_article() {
    let text = "Quinta-feira, 6 de junho de 2024

Metro de Lisboa prolonga horário durante as festas da cidade

O Metropolitano de Lisboa anunciou ontem que vai prolongar o horário de funcionamento durante as Festas de Lisboa.

A medida entra em vigor no dia 12 de junho e vale até 30 de junho.

No ano passado, a empresa transportou mais de 170 milhões de passageiros, segundo um relatório divulgado em março.

Há duas semanas, os trabalhadores fizeram uma greve de 24 horas, a segunda desde o início do ano.

A nova linha circular deverá abrir no segundo semestre de 2025.";
    let a = article(text, "pt");
    assert_eq!(a.reference.as_ref().map(|r| (r.value.as_str(), r.source.as_str())), Some(("2024-06-06", "text")));
    assert_eq!(
        timeline(&a),
        [
            p("2023", "ano passado"),
            p("2024-03", "março"),
            p("2024-W21", "Há duas semanas"),
            p("2024-06-05", "ontem"),
            p("2024-06-12", "12 de junho"),
            p("2024-06-30", "30 de junho"),
            p("2025-H2", "segundo semestre de 2025"),
        ]
    );
}

#[test]
fn dutch_article() {
    let text = "De gevechten braken uit op 27 september 2020. Gisteren vergaderde de raad en vorige week waren er gesprekken. \
Twee dagen geleden kwam de minister aan. Maandag sprak hij de pers toe. In de jaren '90 was er oorlog. \
De stemming is op 03-11-2020. Met Kerstmis komt er een bestand.";
    assert_eq!(
        vals(text, "2020-10-07", "nl"),
        [
            p("27 september 2020", "2020-09-27"),
            p("Gisteren", "2020-10-06"),
            p("vorige week", "2020-W40"),
            p("Twee dagen geleden", "2020-10-05"),
            p("Maandag", "2020-10-05"),
            p("de jaren '90", "199"),
            p("03-11-2020", "2020-11-03"),
            p("Kerstmis", "2020-12-25"),
        ]
    );
}

#[test]
fn dutch_common_forms() {
    let text = "Het plan werd in maart gepresenteerd. Afgelopen dinsdag stemde de raad. \
Volgende week beginnen de werkzaamheden en volgende maand komt het geld. \
Vorig jaar lag het werk stil; dit jaar is de begroting sluitend. Morgen spreekt de burgemeester. \
De werkzaamheden duren drie jaar. Afgelopen zomer was de bouwplaats dicht. In het eerste kwartaal van 2023 stegen de inkomsten. \
De aanbesteding sluit op 15-03-2025. Op 1 mei is het feest. Over twee weken zijn er verkiezingen. Elke zaterdag is er markt. \
Vanavond om 21.30 uur is er een concert. Het tweede halfjaar van 2023 was moeilijk. De vergadering was drie dagen geleden.";
    assert_eq!(
        vals(text, "2024-04-10", "nl"),
        [
            p("maart", "2024-03"),
            p("Afgelopen dinsdag", "2024-04-09"),
            p("Volgende week", "2024-W16"),
            p("volgende maand", "2024-05"),
            p("Vorig jaar", "2023"),
            p("dit jaar", "2024"),
            p("Morgen", "2024-04-11"),
            p("drie jaar", "P3Y"),
            p("Afgelopen zomer", "2023-SU"),
            p("het eerste kwartaal van 2023", "2023-Q1"),
            p("15-03-2025", "2025-03-15"),
            p("1 mei", "2024-05-01"),
            p("twee weken", "P2W"),
            p("Elke zaterdag", "XXXX-WXX-6"),
            p("Vanavond", "2024-04-10TEV"),
            p("21.30 uur", "2024-04-10T21:30"),
            p("Het tweede halfjaar van 2023", "2023-H2"),
            p("drie dagen geleden", "2024-04-07"),
        ]
    );
}

#[test]
fn dutch_news_article() {
    let text = "Dinsdag 12 november 2024

Nieuwe brug over de IJssel gaat volgend jaar open

De bouw van de nieuwe brug over de IJssel bij Deventer is gisteren hervat, na een stilstand van drie maanden.

De werkzaamheden lagen sinds 5 augustus stil, toen scheuren in een pijler werden ontdekt.

Vorige week keurde de gemeenteraad een extra krediet van 12 miljoen euro goed.

De brug moet in het voorjaar van 2025 open, en de oude brug uit 1932 wordt daarna gesloopt.

Op 3 december praat de raad verder over de planning.";
    let a = article(text, "nl");
    assert_eq!(a.reference.as_ref().map(|r| (r.value.as_str(), r.source.as_str())), Some(("2024-11-12", "text")));
    assert_eq!(
        timeline(&a),
        [
            p("1932", "1932"),
            p("2024-08-05", "5 augustus"),
            p("2024-W45", "Vorige week"),
            p("2024-11-11", "gisteren"),
            p("2024-12-03", "3 december"),
            p("2025", "volgend jaar"),
            p("2025-SP", "het voorjaar van 2025"),
        ]
    );
}

/// The language comes from the text when nobody says: each article is read in its own locale.
#[test]
fn identified_without_a_language() {
    for (text, lang, date) in [
        ("Il ministro è arrivato ieri a Roma e ripartirà domani per Bruxelles, dove lo attendono i colleghi europei.", "it", "2024-04-09"),
        ("O ministro chegou ontem a Lisboa e volta amanhã para Bruxelas, onde o esperam os colegas europeus.", "pt", "2024-04-09"),
        ("De minister kwam gisteren aan in Den Haag en vertrekt morgen naar Brussel, waar de Europese collega's wachten.", "nl", "2024-04-09"),
    ] {
        let a = run(text, Some("2024-04-10"));
        assert_eq!(a.language, lang);
        assert_eq!(a.timexes.first().map(|t| t.value.as_str()), Some(date), "{lang}");
    }
}
