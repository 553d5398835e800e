//! Per-language data for recognition: words and phrases as tables, never logic. A new language
//! is one new file here filling a [`Locale`]; the pattern families in `time::parsers` read these
//! tables, so adding a language or a phrase never touches the core.
//!
//! Every entry is lowercase. Phrases are written as text ("il y a", "year-earlier") and matched
//! token by token (see `tokens::phrase_parts`).

pub mod de;
pub mod en;
pub mod es;
pub mod fr;

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
    pub decade_suffix: &'static [&'static str],
    pub century_words: &'static [&'static str],
    /// Prepositions (and other words) after which a bare four-digit year is a date.
    pub year_preps: &'static [&'static str],
    /// Words (packed, one space apart) that put the date after them outside the story's events:
    /// a maturity, a deadline, a range's end ("debentures due March 1, 2011", "until 3 June").
    /// Such a date never sets the story clock.
    pub not_events: &'static str,
    /// Words after which "in/within N units" is a future point ("in two days").
    pub in_words: &'static [&'static str],
    /// A few frequent function words, to recognize the language when nobody says.
    pub cue_words: &'static [&'static str],
}

impl Locale {
    pub fn get(code: &str) -> Option<&'static Locale> {
        match code {
            "en" => Some(&en::EN),
            "de" => Some(&de::DE),
            "fr" => Some(&fr::FR),
            "es" => Some(&es::ES),
            _ => None,
        }
    }

    /// The locale whose cue words are most frequent in `text` (English when none stands out).
    pub fn guess(text: &str) -> &'static Locale {
        let all = [&en::EN, &de::DE, &fr::FR, &es::ES];
        let mut counts = [0usize; 4];
        for w in text.split(|c: char| !c.is_alphabetic()).take(5000) {
            if w.is_empty() {
                continue;
            }
            let lw = w.to_lowercase();
            for (k, l) in all.iter().enumerate() {
                if l.cue_words.contains(&lw.as_str()) {
                    counts[k] += 1;
                }
            }
        }
        let best = (0..4).max_by_key(|&k| (counts[k], usize::from(k == 0))).unwrap_or(0);
        all[best]
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
        for l in [&en::EN, &de::DE, &fr::FR, &es::ES] {
            for list in [l.date_links, l.articles, l.ago_prefix, l.ago_postfix, l.am, l.pm, l.clock_words, l.time_zones, l.quarter_words, l.half_words, l.set_prefix, l.decade_prefix, l.century_words, l.in_words] {
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
