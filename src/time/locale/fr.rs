//! French: the common forms (dates "27 septembre 2020", "le 1er octobre", "27/09/2020",
//! weekdays, "hier", "la semaine dernière", "il y a deux jours", seasons, "les années 1990").

use super::{Holiday, Locale, NumericOrder, Unit};

pub static FR: Locale = Locale {
    code: "fr",
    capitalized_names: false,
    numeric_order: NumericOrder::DayMonth,
    months: &[
        ("janvier", 1), ("janv", 1), ("février", 2), ("fevrier", 2), ("févr", 2), ("mars", 3),
        ("avril", 4), ("avr", 4), ("mai", 5), ("juin", 6), ("juillet", 7), ("juil", 7), ("août", 8),
        ("aout", 8), ("septembre", 9), ("sept", 9), ("octobre", 10), ("oct", 10), ("novembre", 11),
        ("nov", 11), ("décembre", 12), ("decembre", 12), ("déc", 12),
    ],
    weak_months: &["mai", "mars", "sept", "oct", "nov", "déc", "avr", "juil", "janv", "févr"],
    weekdays: &[
        ("lundi", 1), ("mardi", 2), ("mercredi", 3), ("jeudi", 4), ("vendredi", 5), ("samedi", 6),
        ("dimanche", 7),
    ],
    weekdays_plural: &[
        ("lundis", 1), ("mardis", 2), ("mercredis", 3), ("jeudis", 4), ("vendredis", 5), ("samedis", 6),
        ("dimanches", 7),
    ],
    day_suffixes: &["er"],
    date_links: &[],
    articles: &["le", "la", "les", "l'"],
    numbers: &[
        ("un", 1), ("une", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("six", 6),
        ("sept", 7), ("huit", 8), ("neuf", 9), ("dix", 10), ("onze", 11), ("douze", 12), ("quinze", 15),
        ("vingt", 20), ("trente", 30), ("quelques", u32::MAX), ("plusieurs", u32::MAX),
    ],
    ordinals: &[
        ("premier", 1), ("première", 1), ("deuxième", 2), ("second", 2), ("seconde", 2), ("troisième", 3),
        ("quatrième", 4), ("neuvième", 9), ("dixième", 10),
    ],
    units: &[
        ("minute", Unit::Minute), ("minutes", Unit::Minute), ("heure", Unit::Hour), ("heures", Unit::Hour),
        ("jour", Unit::Day), ("jours", Unit::Day), ("journée", Unit::Day), ("semaine", Unit::Week),
        ("semaines", Unit::Week), ("week-end", Unit::Weekend), ("weekend", Unit::Weekend),
        ("mois", Unit::Month), ("trimestre", Unit::Quarter), ("trimestres", Unit::Quarter),
        ("an", Unit::Year), ("ans", Unit::Year), ("année", Unit::Year), ("années", Unit::Year),
        ("décennie", Unit::Decade), ("décennies", Unit::Decade), ("siècle", Unit::Century),
        ("siècles", Unit::Century),
    ],
    rel_prefix: &[("ce", 0), ("cet", 0), ("cette", 0), ("prochain", 1), ("prochaine", 1)],
    rel_postfix: &[
        ("dernier", -1), ("dernière", -1), ("passé", -1), ("passée", -1), ("précédent", -1),
        ("précédente", -1), ("prochain", 1), ("prochaine", 1), ("suivant", 1), ("suivante", 1),
    ],
    rel_days: &[
        ("avant-hier", -2), ("après-demain", 2), ("aujourd'hui", 0), ("hier", -1), ("demain", 1),
    ],
    ago_prefix: &["il y a"],
    ago_postfix: &[],
    shift_postfix: &[("plus tard", 1), ("après", 1), ("auparavant", -1), ("plus tôt", -1)],
    parts_of_day: &[
        ("matin", "MO"), ("matinée", "MO"), ("après-midi", "AF"), ("soir", "EV"), ("soirée", "EV"),
        ("nuit", "NI"), ("midi", "12:00"), ("minuit", "24:00"),
    ],
    part_links: &[],
    am: &[],
    pm: &[],
    clock_words: &["h", "heures", "heure"],
    time_zones: &["gmt", "utc"],
    seasons: &[("printemps", "SP"), ("été", "SU"), ("automne", "FA"), ("hiver", "WI")],
    quarter_words: &["trimestre"],
    half_words: &["semestre"],
    modifiers: &[
        ("début", "START"), ("fin", "END"), ("mi", "MID"), ("milieu", "MID"), ("environ", "APPROX"),
        ("vers", "APPROX"), ("près de", "EQUAL_OR_LESS"), ("plus de", "MORE_THAN"),
        ("moins de", "LESS_THAN"),
    ],
    set_prefix: &["chaque", "tous les", "toutes les"],
    set_words: &[
        ("quotidiennement", "P1D"), ("chaque jour", "P1D"), ("hebdomadaire", "P1W"), ("mensuellement", "P1M"),
        ("annuellement", "P1Y"),
    ],
    holidays: &[
        ("jour de l'an", Holiday::Fixed(1, 1)), ("nouvel an", Holiday::Fixed(1, 1)),
        ("la saint-sylvestre", Holiday::Fixed(12, 31)), ("réveillon de noël", Holiday::Fixed(12, 24)),
        ("noël", Holiday::Fixed(12, 25)), ("pâques", Holiday::Easter(0)),
        ("lundi de pâques", Holiday::Easter(1)), ("vendredi saint", Holiday::Easter(-2)),
        ("pentecôte", Holiday::Easter(49)), ("ascension", Holiday::Easter(39)),
        ("toussaint", Holiday::Fixed(11, 1)), ("fête nationale", Holiday::Fixed(7, 14)),
        ("armistice", Holiday::Fixed(11, 11)), ("fête du travail", Holiday::Fixed(5, 1)),
    ],
    vague: &[
        ("maintenant", "PRESENT_REF"), ("actuellement", "PRESENT_REF"), ("à présent", "PRESENT_REF"),
        ("aujourd'hui encore", "PRESENT_REF"), ("récemment", "PAST_REF"), ("dernièrement", "PAST_REF"),
        ("autrefois", "PAST_REF"), ("bientôt", "FUTURE_REF"), ("à l'avenir", "FUTURE_REF"),
        ("prochainement", "FUTURE_REF"),
    ],
    rel_phrases: &[
        ("le lendemain", (Unit::Day, 1)), ("la veille", (Unit::Day, -1)), ("le jour même", (Unit::Day, 0)),
        ("le même jour", (Unit::Day, 0)), ("l'année suivante", (Unit::Year, 1)),
    ],
    decade_prefix: &["les années", "années"],
    decade_suffix: &[],
    century_words: &["siècle", "siècles"],
    year_preps: &["en", "depuis", "jusqu'en", "avant", "après", "de", "dès", "entre", "et", "ou", "fin", "début", "mi"],
    in_words: &["dans"],
    cue_words: &["le", "la", "les", "et", "est", "des", "une", "dans", "pour", "pas", "qui", "sur", "du", "au", "été", "a"],
};
