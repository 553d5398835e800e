//! Per-language data for recognition: the registry of locales ([`LOCALES`]), each a folder here
//! filling a [`Locale`] with its words and phrases as tables and its conventions as fields,
//! plus, when a language has forms no table can say, its own small grammar beside them
//! (`en/compose.rs`: "Thursday of next week"), run through [`Locale::grammar`]. The pattern
//! families in `time::parsers` read the tables and never name a language, so adding a language
//! is one new folder and one line in [`LOCALES`].
//!
//! Every entry is lowercase. Phrases are written as text ("il y a", "year-earlier") and matched
//! token by token (see `tokens::phrase_parts`); packed lists are words one space apart.

#[cfg(feature = "all-languages")]
pub mod de;
pub mod en;
#[cfg(feature = "all-languages")]
pub mod es;
#[cfg(feature = "all-languages")]
pub mod fr;
#[cfg(feature = "all-languages")]
pub mod it;
#[cfg(feature = "all-languages")]
pub mod nl;
#[cfg(feature = "all-languages")]
pub mod pt;

/// Every locale, in the order lookups try them. A new language is one line here.
#[cfg(feature = "all-languages")]
pub static LOCALES: &[&Locale] = &[&en::EN, &de::DE, &fr::FR, &es::ES, &it::IT, &pt::PT, &nl::NL];
/// The English core (the wasm build without feature `all-languages`): the others are packed
/// (`text::packs`).
#[cfg(not(feature = "all-languages"))]
pub static LOCALES: &[&Locale] = &[&en::EN];

/// Calendar units a relative expression or a duration counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

/// Holidays: fixed dates, and moveable ones computed from the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    /// Same month and day every year.
    Fixed(u32, u32),
    /// Days after Easter Sunday (Good Friday -2, Easter Monday +1, Pentecost +49).
    Easter(i32),
    /// The nth (1-based; -1 = last) weekday (1 = Monday) of a month.
    Nth(i32, u32, u32),
    /// Days after US Thanksgiving (the fourth Thursday of November).
    Thanksgiving(i32),
}

/// Order of day and month in an all-numeric date (27/09/2020 vs 09/27/2020).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumericOrder {
    DayMonth,
    MonthDay,
}

pub struct Locale {
    pub code: &'static str,
    /// Month and weekday names must be capitalized (English: "may", "march" are verbs).
    pub capitalized_names: bool,
    pub numeric_order: NumericOrder,
    pub months: &'static [(&'static str, u32)],
    /// Month names so short or so common that they need a period or a day beside them.
    pub weak_months: &'static [&'static str],
    pub weekdays: &'static [(&'static str, u32)],
    /// A word weekday names take after them, hyphenated or not ("segunda-feira"); a name that
    /// is also an ordinal ("segunda") is a weekday only with it.
    pub weekday_suffix: &'static str,
    /// Plural weekday forms, read as sets ("on Mondays").
    pub weekdays_plural: &'static [(&'static str, u32)],
    /// Suffixes a day number may carry ("27th", "1er", "1º").
    pub day_suffixes: &'static [&'static str],
    /// Words allowed between day, month and year ("27th of September", "27 de septiembre de").
    pub date_links: &'static [&'static str],
    /// Articles before a temporal expression, kept in its extent ("the third quarter").
    pub articles: &'static [&'static str],
    /// Number words ("two", "a"), and vague quantities mapped to `u32::MAX` ("several").
    pub numbers: &'static [(&'static str, u32)],
    pub ordinals: &'static [(&'static str, u32)],
    pub units: &'static [(&'static str, Unit)],
    /// "last", "next", "this" before a unit, weekday, month or season.
    pub rel_prefix: &'static [(&'static str, i32)],
    /// Words that count a "last"/"next" expression from the story's own time rather than from
    /// the time of writing ("the following spring", "l'année suivante").
    pub story_words: &'static [&'static str],
    /// "dernière", "pasado" after a unit ("la semaine dernière").
    pub rel_postfix: &'static [(&'static str, i32)],
    /// Days named relative to today: ("yesterday", -1).
    pub rel_days: &'static [(&'static str, i32)],
    /// Before an amount: "il y a deux jours", "vor zwei Tagen".
    pub ago_prefix: &'static [&'static str],
    /// After an amount: "two days ago".
    pub ago_postfix: &'static [&'static str],
    /// After an amount, counted from the story's own time: ("later", 1), ("earlier", -1).
    pub shift_postfix: &'static [(&'static str, i32)],
    /// Parts of the day: ("morning", "MO"); clock words: ("noon", "12:00").
    pub parts_of_day: &'static [(&'static str, &'static str)],
    /// Words between a day and its part ("Monday night" needs none; "el lunes por la noche").
    pub part_links: &'static [&'static str],
    pub am: &'static [&'static str],
    pub pm: &'static [&'static str],
    /// Words after a clock time ("16 Uhr", "16 heures", "16h").
    pub clock_words: &'static [&'static str],
    pub time_zones: &'static [&'static str],
    pub seasons: &'static [(&'static str, &'static str)],
    pub quarter_words: &'static [&'static str],
    pub half_words: &'static [&'static str],
    /// Modifiers before an expression: ("early", "START"), ("the end of", "END"), ("about", "APPROX").
    pub modifiers: &'static [(&'static str, &'static str)],
    /// Words that turn the following unit, weekday or month into a set ("every", "each").
    pub set_prefix: &'static [&'static str],
    /// Set adverbs: ("daily", "P1D").
    pub set_words: &'static [(&'static str, &'static str)],
    pub holidays: &'static [(&'static str, Holiday)],
    /// Vague references: ("now", "PRESENT_REF").
    pub vague: &'static [(&'static str, &'static str)],
    /// Fixed phrases with their own value: ("a year earlier", ...) read as (phrase, unit, offset).
    pub rel_phrases: &'static [(&'static str, (Unit, i32))],
    /// Words for "decade" forms: "the 1990s", "die 90er", "les années 90", "los años 90".
    pub decade_prefix: &'static [&'static str],
    pub century_words: &'static [&'static str],
    /// Words between a season, quarter or half and its year ("summer of 2020", "el verano de
    /// 2020", "het voorjaar van 2025").
    pub period_links: &'static str,
    /// Prepositions (and other words) after which a bare four-digit year is a date.
    pub year_preps: &'static [&'static str],
    /// Words (packed, one space apart) that put the date after them outside the story's events:
    /// a maturity, a deadline, a range's end ("debentures due March 1, 2011", "until 3 June").
    /// Such a date never sets the story clock.
    pub not_events: &'static str,
    /// Words after which "in/within N units" is a future point ("in two days").
    pub in_words: &'static [&'static str],
    /// The language's own grammar: pattern families for forms no table says, run after the
    /// shared ones at every token (English: `en::compose`, "Thursday of next week").
    pub grammar: &'static [crate::time::parsers::Family],
    /// Unit words that are plural ("years", "Jahren", "années"): "for years" is a span, "last
    /// years" no single period.
    pub plural_units: &'static str,
    /// Day words that are a day only in lowercase ("morgen"; "Morgen" is the morning).
    pub lowercase_days: &'static str,
    /// Day words that are another word after some words, with those words: ("mañana", "la
    /// por ..."): "por la mañana" is in the morning.
    pub weak_days: &'static [(&'static str, &'static str)],
    /// Articles that make a bare unit or decade word the current one ("the year", "the nineties").
    pub definite: &'static str,
    /// Decades in words, after a definite article ("the nineties").
    pub decade_words: &'static [(&'static str, i32)],
    /// The noun a decade in digits takes after it ("die 90er Jahre", "1990er-Jahren"), read as a
    /// prefix.
    pub decade_noun: &'static str,
    /// A month name may take an ordinal word for its day ("September first").
    pub month_ordinal_days: bool,
    /// Month names of four letters or fewer that are written in full ("may", "juni"): a bare
    /// short month name without its period is an abbreviation, too ambiguous alone.
    pub short_full_months: &'static str,
    /// Seasons that are another word too, with the words one must follow to be a season:
    /// ("fall", "the in ..."), ("été", "en cet ...": "a été signé" is "has been signed").
    pub weak_seasons: &'static [(&'static str, &'static str)],
    /// Regions (ISO 3166) that write the month first in numeric dates, where the language's
    /// regions disagree ("US" for English); empty: the language's own order everywhere.
    pub month_first_regions: &'static str,
    /// Clock times glued to their am/pm ("4pm").
    pub glued_ampm: bool,
    /// Clock times written with an "h" ("16h30", "16h").
    pub h_clock: bool,
    /// Clock times with a period between hour and minutes ("16.30").
    pub dot_clock: bool,
    /// Clock words that follow a time only with its minutes ("1600 hours" no, "16:00 hours").
    pub clock_words_with_minutes: &'static str,
    /// Single words for a part of a day relative to today: ("tonight", "NI").
    pub part_days: &'static [(&'static str, &'static str)],
    /// Parts of the day are nouns written with a capital ("am Abend"; lowercase "morgen" is
    /// tomorrow).
    pub capitalized_parts: bool,
    /// Words of `rel_prefix` that put a part of the day on today or last night ("this
    /// morning", "ce soir", "esta mañana", "diese Nacht").
    pub part_prefix: &'static str,
    /// Prepositions before a bare part of the day ("in the morning" has its article; "by
    /// evening", "am Abend", "la nuit").
    pub part_preps: &'static str,
    /// Words that join a range of counts ("two or three", "zwei bis drei").
    pub number_ranges: &'static str,
    /// Words that open or close a range of dates ("from 3/4 to 3/9", "du 3/4 au 9/4").
    pub date_ranges: &'static str,
    /// Suffixes of an ordinal in digits ("3rd", "3e", "3º").
    pub ordinal_suffixes: &'static [&'static str],
    /// Prepositions after which a plural unit alone is a span ("for years", "depuis des années").
    pub span_preps: &'static str,
    /// Words between a count and its unit that keep it a duration ("two more days").
    pub more_words: &'static str,
    /// Words of plans and schedules that put a date after them ahead ("planned to leave on
    /// Thursday"), and the words that say the plan was already carried out ("as previously
    /// planned").
    pub plan_words: &'static str,
    pub plan_done: &'static str,
    /// A plan word and the noun after it that make a compound noun, no plan ("won planning
    /// approval on Thursday"), '|'-separated pairs.
    pub plan_compounds: &'static str,
    /// Words before a weekday or month that make it a date ("on Friday", "since March") and
    /// keep a capital word before it from making it a name ...
    pub name_preps: &'static str,
    /// ... and words that make it a date only ("early March", "am Freitag").
    pub date_preps: &'static str,
    /// News puts the day right after its subject or place ("in Tokyo Monday", "Clinton
    /// Saturday vowed"): a weekday after capitals is a name only when the words around a
    /// surname say so, or after a word of `weekday_names` ("Man Friday").
    pub subject_weekdays: bool,
    pub weekday_names: &'static str,
    /// Month names that are verbs at the start of a sentence ("May I", "March on").
    pub verb_months: &'static str,
    /// Words of a match report: a half or a quarter in a sentence with one of them is the
    /// game's, not the year's.
    pub sports_words: &'static str,
    /// Measure nouns after which a bare number is a quantity, not a year ("a 2000 calorie
    /// diet", "a 1500 meter race"); plural count nouns are caught by their form.
    pub unit_nouns: &'static str,
    /// Words a half ("half") that can halve anything needs before it (through its article)
    /// when no year follows: "in the second half" is a period, "much of the second half was
    /// water" no date. Empty: the locale's half words name only a year's half ("Halbjahr").
    pub half_preps: &'static str,
    /// Marks and words of a rights notice: a year after them dates the notice, not an event
    /// ("Copyright © 2018 by ...").
    pub copyright_words: &'static str,
    /// The words of a range "between X and Y": ("between", "and").
    pub between: &'static [(&'static str, &'static str)],
    /// Words that address the reader ("you", "tu"): a date counted from the publication in a
    /// clause with one is a call to action or a general remark ("sign up today"), no event.
    pub reader_words: &'static str,
    /// The ending of a progressive form ("is launching"): "today" in a present clause with one
    /// is an event of the day, not "nowadays".
    pub progressive_suffix: &'static str,
    /// Words of a frequency before "in" ("once or twice in a month"): the span after them is
    /// how often, no point ahead.
    pub frequency_words: &'static str,
}

/// Every field empty: a locale fills what its language has and takes the rest from here
/// (`..BASE`).
pub const BASE: Locale = Locale {
    code: "",
    capitalized_names: false,
    numeric_order: NumericOrder::DayMonth,
    months: &[],
    weak_months: &[],
    weekdays: &[],
    weekday_suffix: "",
    weekdays_plural: &[],
    day_suffixes: &[],
    date_links: &[],
    articles: &[],
    numbers: &[],
    ordinals: &[],
    units: &[],
    rel_prefix: &[],
    story_words: &[],
    rel_postfix: &[],
    rel_days: &[],
    ago_prefix: &[],
    ago_postfix: &[],
    shift_postfix: &[],
    parts_of_day: &[],
    part_links: &[],
    am: &[],
    pm: &[],
    clock_words: &[],
    time_zones: &[],
    seasons: &[],
    quarter_words: &[],
    half_words: &[],
    modifiers: &[],
    set_prefix: &[],
    set_words: &[],
    holidays: &[],
    vague: &[],
    rel_phrases: &[],
    decade_prefix: &[],
    century_words: &[],
    period_links: "of de del",
    year_preps: &[],
    not_events: "",
    in_words: &[],
    grammar: &[],
    plural_units: "",
    lowercase_days: "",
    weak_days: &[],
    definite: "",
    decade_words: &[],
    decade_noun: "",
    month_ordinal_days: false,
    short_full_months: "",
    weak_seasons: &[],
    month_first_regions: "",
    glued_ampm: false,
    h_clock: false,
    dot_clock: false,
    clock_words_with_minutes: "",
    part_days: &[],
    capitalized_parts: false,
    part_prefix: "",
    part_preps: "",
    number_ranges: "",
    date_ranges: "",
    ordinal_suffixes: &[],
    span_preps: "",
    more_words: "",
    plan_words: "",
    plan_done: "",
    plan_compounds: "",
    name_preps: "",
    date_preps: "",
    subject_weekdays: false,
    weekday_names: "",
    verb_months: "",
    sports_words: "",
    unit_nouns: "",
    half_preps: "",
    copyright_words: "© copyright",
    between: &[],
    reader_words: "",
    progressive_suffix: "",
    frequency_words: "",
};

impl Locale {
    /// The locale of an ISO 639-1 code, when there is one.
    pub fn get(code: &str) -> Option<&'static Locale> {
        crate::text::packs::need(code);
        LOCALES.iter().copied().find(|l| l.code == code)
    }
}

/// Packed word lists (one string, words one space apart) are read as the text layer reads its own.
pub use crate::text::listed;

/// Every word that begins a phrase of the tables `Cx::table`, `Cx::words` and `Cx::name` read, in
/// every locale, sorted: the tokens those lookups can match at (`tokens::Tok::lead`); they skip
/// the others. Built once. A table newly read through them is added here (debug builds assert it).
pub fn leads() -> &'static [&'static str] {
    static LEADS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    LEADS.get_or_init(|| {
        #[inline(never)]
        fn keys<T>(v: &mut Vec<&'static str>, t: &'static [(&'static str, T)]) {
            v.extend(t.iter().map(|e| e.0));
        }
        let mut v: Vec<&'static str> = Vec::new();
        for l in LOCALES {
            for list in [
                l.date_links,
                l.articles,
                l.ago_prefix,
                l.ago_postfix,
                l.am,
                l.pm,
                l.clock_words,
                l.time_zones,
                l.quarter_words,
                l.half_words,
                l.set_prefix,
                l.decade_prefix,
                l.century_words,
                l.in_words,
            ] {
                v.extend_from_slice(list);
            }
            keys(&mut v, l.months);
            keys(&mut v, l.weekdays);
            keys(&mut v, l.numbers);
            keys(&mut v, l.ordinals);
            keys(&mut v, l.units);
            keys(&mut v, l.rel_prefix);
            keys(&mut v, l.rel_postfix);
            keys(&mut v, l.rel_days);
            keys(&mut v, l.shift_postfix);
            keys(&mut v, l.seasons);
            keys(&mut v, l.modifiers);
            keys(&mut v, l.set_words);
            keys(&mut v, l.holidays);
            keys(&mut v, l.vague);
            keys(&mut v, l.rel_phrases);
        }
        for p in v.iter_mut() {
            // (an empty or blank phrase gives "", which no token is)
            *p = crate::time::tokens::phrase_parts(p).next().unwrap_or("");
        }
        crate::order::sort(&mut v);
        v.dedup();
        v
    })
}

pub fn lookup<T: Copy>(table: &[(&str, T)], w: &str) -> Option<T> {
    table.iter().find(|e| e.0 == w).map(|e| e.1)
}

#[cfg(all(test, feature = "all-languages"))]
mod tests {
    #[test]
    fn packed_is_every_language_with_a_stemmer_or_a_locale_but_english() {
        let mut codes: Vec<&str> = crate::text::snowball::languages()
            .chain(super::LOCALES.iter().map(|l| l.code))
            .filter(|c| *c != "en")
            .collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.join(" "), crate::text::packs::PACKED);
    }
}
