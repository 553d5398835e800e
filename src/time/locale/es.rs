//! Spanish: the common forms (dates "27 de septiembre de 2020", "27/09/2020", weekdays, "ayer",
//! "la semana pasada", "hace dos días", seasons, "los años 90", holidays).

use super::{Holiday, Locale, NumericOrder, Unit};

pub static ES: Locale = Locale {
    code: "es",
    capitalized_names: false,
    numeric_order: NumericOrder::DayMonth,
    months: &[
        ("enero", 1), ("ene", 1), ("febrero", 2), ("feb", 2), ("marzo", 3), ("mar", 3), ("abril", 4),
        ("abr", 4), ("mayo", 5), ("junio", 6), ("jun", 6), ("julio", 7), ("jul", 7), ("agosto", 8),
        ("ago", 8), ("septiembre", 9), ("setiembre", 9), ("sept", 9), ("sep", 9), ("octubre", 10),
        ("oct", 10), ("noviembre", 11), ("nov", 11), ("diciembre", 12), ("dic", 12),
    ],
    weak_months: &["mar", "ene", "feb", "abr", "jun", "jul", "ago", "sep", "sept", "oct", "nov", "dic"],
    weekdays: &[
        ("lunes", 1), ("martes", 2), ("miércoles", 3), ("miercoles", 3), ("jueves", 4), ("viernes", 5),
        ("sábado", 6), ("sabado", 6), ("domingo", 7),
    ],
    weekdays_plural: &[("sábados", 6), ("domingos", 7)],
    day_suffixes: &["º"],
    date_links: &["de", "del"],
    articles: &["el", "la", "los", "las"],
    numbers: &[
        ("un", 1), ("una", 1), ("uno", 1), ("dos", 2), ("tres", 3), ("cuatro", 4), ("cinco", 5),
        ("seis", 6), ("siete", 7), ("ocho", 8), ("nueve", 9), ("diez", 10), ("once", 11), ("doce", 12),
        ("quince", 15), ("veinte", 20), ("treinta", 30), ("varios", u32::MAX), ("varias", u32::MAX),
        ("unos", u32::MAX), ("unas", u32::MAX), ("algunos", u32::MAX), ("algunas", u32::MAX),
    ],
    ordinals: &[
        ("primer", 1), ("primero", 1), ("primera", 1), ("segundo", 2), ("segunda", 2), ("tercer", 3),
        ("tercero", 3), ("tercera", 3), ("cuarto", 4), ("noveno", 9), ("novena", 9),
    ],
    units: &[
        ("minuto", Unit::Minute), ("minutos", Unit::Minute), ("hora", Unit::Hour), ("horas", Unit::Hour),
        ("día", Unit::Day), ("días", Unit::Day), ("dia", Unit::Day), ("dias", Unit::Day),
        ("semana", Unit::Week), ("semanas", Unit::Week), ("fin de semana", Unit::Weekend),
        ("mes", Unit::Month), ("meses", Unit::Month), ("trimestre", Unit::Quarter),
        ("trimestres", Unit::Quarter), ("año", Unit::Year), ("años", Unit::Year),
        ("década", Unit::Decade), ("décadas", Unit::Decade), ("siglo", Unit::Century),
        ("siglos", Unit::Century),
    ],
    rel_prefix: &[
        ("este", 0), ("esta", 0), ("próximo", 1), ("próxima", 1), ("proximo", 1), ("proxima", 1),
    ],
    story_words: &["siguiente", "anterior"],
    rel_postfix: &[
        ("pasado", -1), ("pasada", -1), ("anterior", -1), ("próximo", 1), ("próxima", 1),
        ("que viene", 1), ("siguiente", 1),
    ],
    rel_days: &[
        ("anteayer", -2), ("antes de ayer", -2), ("pasado mañana", 2), ("ayer", -1), ("hoy", 0),
        ("mañana", 1),
    ],
    ago_prefix: &["hace"],
    ago_postfix: &[],
    shift_postfix: &[("después", 1), ("más tarde", 1), ("antes", -1)],
    parts_of_day: &[
        ("mañana", "MO"), ("tarde", "AF"), ("noche", "NI"), ("madrugada", "NI"),
        ("mediodía", "12:00"), ("medianoche", "24:00"),
    ],
    part_links: &["por la", "en la", "a la"],
    am: &[],
    pm: &[],
    clock_words: &["horas", "h"],
    time_zones: &["gmt", "utc"],
    seasons: &[("primavera", "SP"), ("verano", "SU"), ("otoño", "FA"), ("invierno", "WI")],
    quarter_words: &["trimestre"],
    half_words: &["semestre"],
    modifiers: &[
        ("principios de", "START"), ("comienzos de", "START"), ("mediados de", "MID"),
        ("finales de", "END"), ("fines de", "END"), ("alrededor de", "APPROX"), ("casi", "EQUAL_OR_LESS"),
        ("más de", "MORE_THAN"), ("menos de", "LESS_THAN"),
    ],
    set_prefix: &["cada", "todos los", "todas las"],
    set_words: &[
        ("diariamente", "P1D"), ("semanalmente", "P1W"), ("mensualmente", "P1M"), ("anualmente", "P1Y"),
    ],
    holidays: &[
        ("año nuevo", Holiday::Fixed(1, 1)), ("nochevieja", Holiday::Fixed(12, 31)),
        ("nochebuena", Holiday::Fixed(12, 24)), ("navidad", Holiday::Fixed(12, 25)),
        ("día de reyes", Holiday::Fixed(1, 6)), ("domingo de pascua", Holiday::Easter(0)),
        ("pascua", Holiday::Easter(0)), ("viernes santo", Holiday::Easter(-2)),
        ("jueves santo", Holiday::Easter(-3)), ("día de todos los santos", Holiday::Fixed(11, 1)),
        ("día del trabajo", Holiday::Fixed(5, 1)),
    ],
    vague: &[
        ("ahora", "PRESENT_REF"), ("actualmente", "PRESENT_REF"), ("hoy en día", "PRESENT_REF"),
        ("recientemente", "PAST_REF"), ("últimamente", "PAST_REF"), ("antiguamente", "PAST_REF"),
        ("pronto", "FUTURE_REF"), ("en el futuro", "FUTURE_REF"), ("próximamente", "FUTURE_REF"),
    ],
    rel_phrases: &[
        ("al día siguiente", (Unit::Day, 1)), ("el día anterior", (Unit::Day, -1)),
        ("ese mismo día", (Unit::Day, 0)), ("el mismo día", (Unit::Day, 0)), ("al año siguiente", (Unit::Year, 1)),
    ],
    decade_prefix: &["los años", "la década de", "años"],
    decade_suffix: &[],
    century_words: &["siglo", "siglos"],
    year_preps: &["en", "desde", "hasta", "antes", "después", "de", "del", "entre", "y", "o", "año"],
    not_events: "hasta antes después desde vence al",
    in_words: &["dentro de", "en"],
    cue_words: &["el", "la", "los", "las", "y", "es", "de", "que", "en", "una", "por", "con", "para", "del", "fue"],
};
