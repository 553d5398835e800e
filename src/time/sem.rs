//! The contract between the locales and the pattern families: what a language gives the
//! recognizer ([`Locale`]: its words as tables, its conventions as fields, its own grammar as
//! [`Family`] functions), what a family reads ([`Cx`]: one sentence's tokens and its locale,
//! with the readers every family shares: a day, a month, a number) and what it answers
//! ([`Match`], whose [`Sem`] is what an expression means before it is resolved). Both
//! `time::parsers` (the shared families) and `time::locale` (the data and a language's own
//! grammar) build on this module, so imports run one way: locale -> parsers -> sem.

use super::tokens::{phrase_parts, table_key, TableKey, Tok};
use crate::text::listed;

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

/// A locale's table of (phrase, value) entries, packed ([`table!`]): the phrases one string, each
/// ended by a newline, and the values in their order. The wasm's data holds no pointer and
/// length per phrase (`&[(&str, T)]` did: 3 KB gzip of the full module; issue 14).
#[derive(Clone, Copy)]
pub struct Table<T: 'static> {
    phrases: &'static str,
    values: &'static [T],
}

impl<T: Copy> Table<T> {
    /// The table with no entries.
    pub const EMPTY: Table<T> = Table { phrases: "", values: &[] };
    /// The table of `phrases` (each ended by a newline) and their values, in order (see
    /// [`table!`]).
    pub const fn new(phrases: &'static str, values: &'static [T]) -> Table<T> {
        Table { phrases, values }
    }
    /// The entries in order.
    pub fn iter(self) -> impl Iterator<Item = (&'static str, T)> {
        Phrases(self.phrases).zip(self.values.iter().copied())
    }
    /// The phrases in order.
    pub fn phrases(self) -> Phrases {
        Phrases(self.phrases)
    }
    pub fn len(self) -> usize {
        self.values.len()
    }
    pub fn is_empty(self) -> bool {
        self.values.is_empty()
    }
    /// Entry k's value.
    pub fn value(self, k: usize) -> T {
        self.values[k]
    }
    /// The table's identity for `Classes` (its phrases: two tables with the same phrases may
    /// share it, their entry k being the same phrase).
    pub fn key(self) -> TableKey {
        (self.phrases.as_ptr() as usize, self.phrases.len())
    }
}

/// The phrases of a [`Table`], in order (one copy of the scan for every value type).
pub struct Phrases(&'static str);

impl Iterator for Phrases {
    type Item = &'static str;
    fn next(&mut self) -> Option<&'static str> {
        let n = self.0.bytes().position(|b| b == b'\n')?;
        let (phrase, rest) = (&self.0[..n], &self.0[n + 1..]);
        self.0 = rest;
        Some(phrase)
    }
}

/// Calls its argument with (k, phrase) for each phrase of a table, in order (`Cx::longest`).
type Visit<'t> = dyn Fn(&mut dyn FnMut(usize, &'t str)) + 't;

/// A [`Table`] written as its entries: `table![("january", 1), ("jan", 1)]`.
macro_rules! table {
    ($(($phrase:literal, $value:expr)),* $(,)?) => {
        $crate::time::sem::Table::new(concat!($($phrase, "\n"),*), &[$($value),*])
    };
}
pub(crate) use table;

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
    pub months: Table<u32>,
    /// Month names so short or so common that they need a period or a day beside them.
    pub weak_months: &'static [&'static str],
    pub weekdays: Table<u32>,
    /// A word weekday names take after them, hyphenated or not ("segunda-feira"); a name that
    /// is also an ordinal ("segunda") is a weekday only with it.
    pub weekday_suffix: &'static str,
    /// Plural weekday forms, read as sets ("on Mondays").
    pub weekdays_plural: Table<u32>,
    /// Suffixes a day number may carry ("27th", "1er", "1º").
    pub day_suffixes: &'static [&'static str],
    /// Words allowed between day, month and year ("27th of September", "27 de septiembre de").
    pub date_links: &'static [&'static str],
    /// Articles before a temporal expression, kept in its extent ("the third quarter").
    pub articles: &'static [&'static str],
    /// Number words ("two", "a"), and vague quantities mapped to `u32::MAX` ("several").
    pub numbers: Table<u32>,
    pub ordinals: Table<u32>,
    pub units: Table<Unit>,
    /// "last", "next", "this" before a unit, weekday, month or season.
    pub rel_prefix: Table<i32>,
    /// Words that count a "last"/"next" expression from the story's own time rather than from
    /// the time of writing ("the following spring", "l'année suivante").
    pub story_words: &'static [&'static str],
    /// "dernière", "pasado" after a unit ("la semaine dernière").
    pub rel_postfix: Table<i32>,
    /// Days named relative to today: ("yesterday", -1).
    pub rel_days: Table<i32>,
    /// Before an amount: "il y a deux jours", "vor zwei Tagen".
    pub ago_prefix: &'static [&'static str],
    /// After an amount: "two days ago".
    pub ago_postfix: &'static [&'static str],
    /// After an amount, counted from the story's own time: ("later", 1), ("earlier", -1).
    pub shift_postfix: Table<i32>,
    /// Parts of the day: ("morning", "MO"); clock words: ("noon", "12:00").
    pub parts_of_day: Table<&'static str>,
    /// Words between a day and its part ("Monday night" needs none; "el lunes por la noche").
    pub part_links: &'static [&'static str],
    pub am: &'static [&'static str],
    pub pm: &'static [&'static str],
    /// Words after a clock time ("16 Uhr", "16 heures", "16h").
    pub clock_words: &'static [&'static str],
    pub time_zones: &'static [&'static str],
    pub seasons: Table<&'static str>,
    pub quarter_words: &'static [&'static str],
    pub half_words: &'static [&'static str],
    /// Modifiers before an expression: ("early", "START"), ("the end of", "END"), ("about", "APPROX").
    pub modifiers: Table<&'static str>,
    /// Words that turn the following unit, weekday or month into a set ("every", "each").
    pub set_prefix: &'static [&'static str],
    /// Set adverbs: ("daily", "P1D").
    pub set_words: Table<&'static str>,
    pub holidays: Table<Holiday>,
    /// Vague references: ("now", "PRESENT_REF").
    pub vague: Table<&'static str>,
    /// Fixed phrases with their own value: ("a year earlier", ...) read as (phrase, unit, offset).
    pub rel_phrases: Table<(Unit, i32)>,
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
    pub grammar: &'static [Family],
    /// Words the grammar may begin an expression with at a text's first token only, which no
    /// table read at an expression's start lists (English: a query "on the 15th"): see
    /// `locale::classes`.
    pub query_starts: &'static [&'static str],
    /// Unit words that are plural ("years", "Jahren", "années"): "for years" is a span, "last
    /// years" no single period.
    pub plural_units: &'static str,
    /// Day words that are a day only in lowercase ("morgen"; "Morgen" is the morning).
    pub lowercase_days: &'static str,
    /// Day words that are another word after some words, with those words: ("mañana", "la
    /// por ..."): "por la mañana" is in the morning.
    pub weak_days: Table<&'static str>,
    /// Articles that make a bare unit or decade word the current one ("the year", "the nineties").
    pub definite: &'static str,
    /// Decades in words, after a definite article ("the nineties").
    pub decade_words: Table<i32>,
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
    pub weak_seasons: Table<&'static str>,
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
    pub part_days: Table<&'static str>,
    /// Parts of the day are nouns written with a capital ("am Abend"; lowercase "morgen" is
    /// tomorrow).
    pub capitalized_parts: bool,
    /// Words of `rel_prefix` that put a part of the day on today or last night ("this
    /// morning", "ce soir", "esta mañana", "diese Nacht").
    pub part_prefix: &'static str,
    /// Prepositions before a bare part of the day ("in the morning" has its article; "by
    /// evening", "am Abend", "la nuit").
    pub part_preps: &'static str,
    /// Words that tie a bare part of the day to the date after it ("the night of Oct. 23", "la
    /// mañana del martes 19"): the date alone is the expression (TempEval-3 tags 2 of 2 so).
    pub part_of: &'static str,
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
    /// "this" words of [`Locale::rel_prefix`] that point back to a year or month written earlier
    /// in the same sentence ("erst 1892: in diesem Jahr wurde ...": 1892, not the writer's).
    pub anaphor_prefix: &'static str,
    /// Possessives that make a two-digit decade an age ("in her mid-60s", "in his early 40s").
    pub age_possessives: &'static str,
}

impl Locale {
    /// The text between two dates of a sentence joins them as one range's ends: a dash or
    /// slash, a range word ("to", "bis", "à", "a"), or "and" after "between" (`before`: the
    /// word before the first date). Both are lowercased and trimmed.
    pub fn joins_range(&self, gap: &str, before: &str) -> bool {
        matches!(gap, "-" | "–" | "—" | "/")
            || (!gap.is_empty() && (listed(self.date_ranges, gap) || listed(self.number_ranges, gap)))
            || self.between.iter().any(|(open, and)| *and == gap && *open == before)
    }
}

/// Every field empty: a locale fills what its language has and takes the rest from here
/// (`..BASE`).
pub const BASE: Locale = Locale {
    code: "",
    capitalized_names: false,
    numeric_order: NumericOrder::DayMonth,
    months: Table::EMPTY,
    weak_months: &[],
    weekdays: Table::EMPTY,
    weekday_suffix: "",
    weekdays_plural: Table::EMPTY,
    day_suffixes: &[],
    date_links: &[],
    articles: &[],
    numbers: Table::EMPTY,
    ordinals: Table::EMPTY,
    units: Table::EMPTY,
    rel_prefix: Table::EMPTY,
    story_words: &[],
    rel_postfix: Table::EMPTY,
    rel_days: Table::EMPTY,
    ago_prefix: &[],
    ago_postfix: &[],
    shift_postfix: Table::EMPTY,
    parts_of_day: Table::EMPTY,
    part_links: &[],
    am: &[],
    pm: &[],
    clock_words: &[],
    time_zones: &[],
    seasons: Table::EMPTY,
    quarter_words: &[],
    half_words: &[],
    modifiers: Table::EMPTY,
    set_prefix: &[],
    set_words: Table::EMPTY,
    holidays: Table::EMPTY,
    vague: Table::EMPTY,
    rel_phrases: Table::EMPTY,
    decade_prefix: &[],
    century_words: &[],
    period_links: "of de del",
    year_preps: &[],
    not_events: "",
    in_words: &[],
    grammar: &[],
    query_starts: &[],
    plural_units: "",
    lowercase_days: "",
    weak_days: Table::EMPTY,
    definite: "",
    decade_words: Table::EMPTY,
    decade_noun: "",
    month_ordinal_days: false,
    short_full_months: "",
    weak_seasons: Table::EMPTY,
    month_first_regions: "",
    glued_ampm: false,
    h_clock: false,
    dot_clock: false,
    clock_words_with_minutes: "",
    part_days: Table::EMPTY,
    capitalized_parts: false,
    part_prefix: "",
    part_preps: "",
    part_of: "",
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
    anaphor_prefix: "",
    age_possessives: "",
};

pub fn lookup<T: Copy>(table: Table<T>, w: &str) -> Option<T> {
    table.phrases().position(|p| p == w).map(|k| table.value(k))
}

/// What an expression means before it is resolved against a reference time.
#[derive(Debug, Clone, PartialEq)]
pub enum Sem {
    /// A calendar date, partly given; `rel` for "last May" / "next September".
    Date {
        y: Option<i32>,
        m: Option<u32>,
        d: Option<u32>,
        wd: Option<u32>,
        rel: Option<i32>,
    },
    /// A weekday, with "last"/"next"/"this" when said.
    Weekday {
        wd: u32,
        rel: Option<i32>,
    },
    /// `n` units from the reference ("yesterday": Day -1; "last week": Week -1). `story`: counted
    /// from the story's own time ("the next day", "two days later").
    Rel {
        unit: Unit,
        n: i32,
        story: bool,
    },
    Season {
        s: &'static str,
        y: Option<i32>,
        rel: Option<i32>,
    },
    /// q = 0: "the quarter", the latest one.
    Quarter {
        q: u32,
        y: Option<i32>,
        rel: Option<i32>,
    },
    Half {
        h: u32,
        y: Option<i32>,
        rel: Option<i32>,
    },
    /// Decade as TIMEX3 writes it: 199 for the 1990s.
    Decade(i32),
    /// Century as TIMEX3 writes it: 18 for the 19th century.
    Century(i32),
    Holiday {
        h: Holiday,
        y: Option<i32>,
        rel: Option<i32>,
    },
    Clock {
        h: u32,
        m: u32,
        base: Option<Box<Sem>>,
    },
    /// Part of day ("MO", "AF", "EV", "NI") on a day.
    Part {
        pod: &'static str,
        base: Option<Box<Sem>>,
    },
    /// A duration value (P3D, PXY, PT2H); `future` for "in two days" (a point after the reference).
    Duration {
        value: String,
        n: Option<u32>,
        unit: Option<Unit>,
        future: bool,
    },
    Set(String),
    Ref(&'static str),
    /// A day or week inside another period ("Friday of next week", "the 20th of next month").
    Calc(Calc),
}

/// What a composition names, before the reference day is known (read by a locale's grammar:
/// `locale/en/compose.rs`).
#[derive(Debug, Clone, PartialEq)]
pub enum Calc {
    /// Weekday `wd` of the week `w` weeks from the reference's.
    WeekDay { wd: u32, w: i32 },
    /// Day `d` of the month `mo` months from the reference's.
    MonthDay { d: u32, mo: i32 },
    /// The `n`th (-1: last) weekday `wd` of the month `mo` months from the reference's.
    MonthWeekday { n: i32, wd: u32, mo: i32 },
    /// The `n`th day, or full Monday-to-Sunday week, of month `m` (0: of the year), counted
    /// from the end when `n` < 0; the year, when not given, on the side of the direction.
    Nth { n: i32, week: bool, m: u32, y: Option<i32> },
    /// The week holding a date (a Sunday opens the week after it, as "the week of" is said).
    WeekOf { m: u32, d: u32, y: Option<i32> },
    /// The `n`th weekday `wd` after the reference day (before it when `n` < 0).
    Count { wd: u32, n: i32 },
    /// The season `n` seasons from the reference's.
    Season(i32),
    /// The day `d` of a month, on weekday `wd` (0: any), nearest on the side of the direction:
    /// "Tuesday the 19th", "Thu 15th", a query "on the 15th".
    WdDay { wd: u32, d: u32 },
    /// `n` units from the reference day, said to the day ("three weeks hence", "2 years from
    /// today": a month).
    Shift { unit: Unit, n: i32, day: bool },
    /// Month `m`, `n` years after its coming occurrence ("March after next", "May in a year").
    MonthAfter { m: u32, n: i32 },
    /// `n` days from another day ("the day before last Tuesday's hearing").
    DayFrom { n: i32, base: Box<Sem> },
}

impl Sem {
    pub fn date(y: Option<i32>, m: Option<u32>, d: Option<u32>) -> Sem {
        Sem::Date { y, m, d, wd: None, rel: None }
    }
    /// A day-level value a clock time or part of day can attach to.
    pub fn is_day(&self) -> bool {
        match self {
            Sem::Date { d, .. } => d.is_some(),
            Sem::Weekday { .. } => true,
            Sem::Rel { unit, .. } => *unit == Unit::Day,
            Sem::Holiday { .. } => true,
            _ => false,
        }
    }
}

/// A family's answer: `n` tokens from the start position, what they mean, and a modifier.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub n: usize,
    pub sem: Sem,
    pub modifier: Option<&'static str>,
    /// Tokens at the start that give the modifier but stay out of the extent ("about three
    /// years": APPROX on "three years", as TimeBank annotates it).
    pub lead: usize,
}

impl Match {
    pub fn new(n: usize, sem: Sem) -> Option<Match> {
        Some(Match { n, sem, modifier: None, lead: 0 })
    }
}

/// The tokens of one sentence and the locale: what every family reads.
pub struct Cx<'a> {
    pub t: &'a [Tok<'a>],
    pub loc: &'static Locale,
    /// The text uses capitals at all. In an all-lowercase text (a typed query) case says
    /// nothing, so names need no capital there.
    pub cased: bool,
    /// Day and month order of all-numeric dates on this page (`numeric::page_order`).
    pub order: NumericOrder,
}

pub const VAGUE_NUMBER: u32 = u32::MAX;

impl<'a> Cx<'a> {
    /// Names must be capitalized (English, in a text that uses capitals).
    pub fn needs_capital(&self) -> bool {
        self.loc.capitalized_names && self.cased
    }
    pub fn low(&self, i: usize) -> &str {
        self.t.get(i).map(|t| t.low.as_ref()).unwrap_or("")
    }
    pub fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.t.get(i)
    }
    /// Token i follows i-1 with no space between.
    pub fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.spaced)
    }
    /// Tokens a table phrase covers at i, when it matches there.
    pub fn phrase(&self, i: usize, p: &str) -> Option<usize> {
        // Cheap rejection first: the phrase must begin with this token (most table entries
        // fail here, and this runs for every entry at every token).
        let (low, pb) = (self.t.get(i)?.low.as_bytes(), p.as_bytes());
        if pb.first().is_some_and(|b| !b.is_ascii_whitespace())
            && (pb.len() < low.len() || pb.first() != low.first() || &pb[..low.len()] != low)
        {
            return None;
        }
        let mut k = 0;
        for part in phrase_parts(p) {
            let t = self.t.get(i + k)?;
            if t.low != part {
                return None;
            }
            // A phrase's inner punctuation is glued ("a.m.", "year's"), its words are spaced.
            k += 1;
        }
        (k > 0).then_some(k)
    }
    /// Longest phrase of a table matching at i: (tokens, index of the first such phrase).
    /// Only the entries the token begins ([`Tok::word`], `locale::classes`), not the table;
    /// debug builds check the answer against the whole table. `key`: the table's
    /// ([`table_key`], [`Table::key`]), `phrases` its phrases in order. One copy for every
    /// table type (wasm size).
    fn longest<'t>(&self, i: usize, key: TableKey, phrases: &Visit<'t>) -> Option<(usize, usize)> {
        let t = self.t.get(i)?;
        let mut best: Option<(usize, usize)> = None;
        let mut consider = |k: usize, p: &str| {
            if let Some(n) = self.phrase(i, p) {
                if best.is_none_or(|b| n > b.0) {
                    best = Some((n, k));
                }
            }
        };
        match t.word {
            Some(w) => {
                for e in w.entries(key) {
                    let n = e.parts.len();
                    let found = n > 0
                        && e.parts.iter().enumerate().all(|(j, p)| self.t.get(i + j).is_some_and(|x| x.low == *p));
                    if found && best.is_none_or(|b| n > b.0) {
                        best = Some((n, e.k as usize));
                    }
                }
            }
            // (a locale outside the registry: every word leads, no index)
            None if t.lead => phrases(&mut consider),
            None => {}
        }
        #[cfg(debug_assertions)]
        {
            let mut all: Option<(usize, usize)> = None;
            let mut first = None;
            phrases(&mut |k, p| {
                first = first.or(Some(p));
                if let Some(n) = self.phrase(i, p) {
                    if all.is_none_or(|b| n > b.0) {
                        all = Some((n, k));
                    }
                }
            });
            assert_eq!(best, all, "{:?}: a table outside locale::classes", first);
        }
        best
    }
    /// Longest phrase of a (phrase, value) table matching at i.
    pub fn table<T: Copy>(&self, i: usize, table: Table<T>) -> Option<(usize, T)> {
        let (n, k) = self.longest(i, table.key(), &|f| table.phrases().enumerate().for_each(|(k, p)| f(k, p)))?;
        Some((n, table.value(k)))
    }
    /// Longest phrase of a word list matching at i.
    pub fn words<'t>(&self, i: usize, list: &'t [&'t str]) -> Option<usize> {
        self.longest(i, table_key(list), &|f| list.iter().enumerate().for_each(|(k, p)| f(k, p))).map(|x| x.0)
    }
    /// A word from a name table (month, weekday), capitalized when the locale needs it.
    pub fn name(&self, i: usize, table: Table<u32>) -> Option<u32> {
        let t = self.t.get(i)?;
        if self.needs_capital() && !t.capitalized() {
            return None;
        }
        let found = match t.word {
            Some(w) => w.entries(table.key()).iter().find(|e| e.phrase == t.low).map(|e| table.value(e.k as usize)),
            None if t.lead => lookup(table, &t.low),
            None => None,
        };
        debug_assert_eq!(found, lookup(table, &t.low), "{:?}: a table outside locale::classes", t.low);
        found
    }
    /// A month name, with the period after an abbreviation ("Sept.").
    pub fn month(&self, i: usize) -> Option<(usize, u32)> {
        let m = self.name(i, self.loc.months)?;
        let t = &self.t[i];
        let full = self.loc.months.iter().filter(|e| e.1 == m).map(|e| e.0.len()).max().unwrap_or(0);
        if t.low.len() < full && self.low(i + 1) == "." && self.glued(i + 1) {
            return Some((2, m));
        }
        Some((1, m))
    }
    pub fn weekday(&self, i: usize) -> Option<(usize, u32)> {
        let w = self.name(i, self.loc.weekdays)?;
        let t = &self.t[i];
        let suffix = self.loc.weekday_suffix;
        if !suffix.is_empty() {
            // "segunda-feira", "sexta feira"; "segunda" alone is the ordinal
            let h = usize::from(self.low(i + 1) == "-" && self.glued(i + 1));
            if self.low(i + 1 + h) == suffix {
                return Some((2 + h, w));
            }
            if lookup(self.loc.ordinals, &t.low).is_some() {
                return None;
            }
        }
        if t.low.len() <= 4 {
            // "Fri." / "Sat" are weekdays only with the period or beside a date.
            if self.low(i + 1) == "." && self.glued(i + 1) {
                return Some((2, w));
            }
            if t.low == "sat" || t.low == "sun" || t.low == "wed" || t.low == "mon" {
                // ... or before a comma and a month ("Mon, February 18")
                return (self.low(i + 1) == "," && self.month(i + 2).is_some()).then_some((1, w));
            }
        }
        Some((1, w))
    }
    /// A day of the month: 1-31 with an optional ordinal suffix ("27th", "1er").
    pub fn day(&self, i: usize) -> Option<(usize, u32)> {
        let t = self.t.get(i)?;
        // (the digits below start the token: most tokens are words, and leave here)
        if !t.low.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let digits = t.low.trim_end_matches(|c: char| !c.is_ascii_digit());
        let suffix = &t.low[digits.len()..];
        if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if !suffix.is_empty() && !self.loc.day_suffixes.contains(&suffix) {
            return None;
        }
        let d: u32 = digits.parse().ok()?;
        (1..=31).contains(&d).then_some((1, d))
    }
    /// A four-digit year 1000-2199, or "'98".
    pub fn year(&self, i: usize) -> Option<(usize, i32)> {
        let t = self.t.get(i)?;
        if t.is_num() && t.s.len() == 4 {
            let y: i32 = t.s.parse().ok()?;
            return (1000..=2199).contains(&y).then_some((1, y));
        }
        if t.low == "'" {
            let n = self.t.get(i + 1)?;
            if n.is_num() && n.s.len() == 2 && !n.spaced {
                let v: i32 = n.s.parse().ok()?;
                return Some((2, if v < 40 { 2000 + v } else { 1900 + v }));
            }
        }
        // spoken: "nineteen ninety-six", "eighteen twelve"; "two thousand" only after "the year"
        let c = match (t.low.as_ref(), self.low(i + 1)) {
            ("nineteen", _) => 1900,
            ("eighteen", _) => 1800,
            ("two", "thousand") if i > 1 && self.low(i - 1) == "year" => return Some((2, 2000)),
            _ => return None,
        };
        let (n, v) = self
            .number(i + 1)
            .filter(|x| (10..100).contains(&x.1) && !self.t[i + 1].is_num() && self.unit(i + 1 + x.0).is_none())?;
        Some((1 + n, c + v as i32))
    }
    /// A count: digits, a number word, "twenty-five", "two or three" (the first is kept).
    pub fn number(&self, i: usize) -> Option<(usize, u32)> {
        let (mut n, mut v) = self.single_number(i)?;
        // twenty-five
        if (20..100).contains(&v) && v % 10 == 0 && !self.t[i].is_num() {
            let hy = usize::from(self.low(i + n) == "-");
            if let Some((k, u)) = self.single_number(i + n + hy) {
                if u < 10 && !self.t[i + n + hy].is_num() {
                    n += hy + k;
                    v += u;
                }
            }
        }
        // "two or three", "two to three", "5-6"
        let sep = self.low(i + n);
        if sep == "-" || listed(self.loc.number_ranges, sep) {
            if let Some((k, u)) = self.single_number(i + n + 1) {
                if u != VAGUE_NUMBER && v != VAGUE_NUMBER && u > v && u <= v * 4 + 2 {
                    n += 1 + k;
                }
            }
        }
        Some((n, v))
    }
    fn single_number(&self, i: usize) -> Option<(usize, u32)> {
        let t = self.t.get(i)?;
        if t.is_num() {
            if t.s.len() > 3
                || (self.low(i + 1) == ","
                    && self.glued(i + 1)
                    && self.tok(i + 2).is_some_and(|x| x.is_num() && !x.spaced))
            {
                return None;
            }
            if self.low(i + 1) == "." && self.tok(i + 2).is_some_and(|x| x.is_num() && !x.spaced) {
                // 2.5: keep the whole part only when it is a clean count
                return None;
            }
            return Some((1, t.num()?));
        }
        self.table(i, self.loc.numbers)
    }
    pub fn unit(&self, i: usize) -> Option<(usize, Unit)> {
        self.table(i, self.loc.units)
    }
    pub fn ordinal(&self, i: usize) -> Option<(usize, u32)> {
        if let Some(r) = self.table(i, self.loc.ordinals) {
            return Some(r);
        }
        let t = self.t.get(i).filter(|t| t.low.as_bytes().first().is_some_and(u8::is_ascii_digit))?;
        let digits = t.low.trim_end_matches(|c: char| !c.is_ascii_digit());
        let suffix = &t.low[digits.len()..];
        if !digits.is_empty()
            && digits.len() <= 2
            && digits.bytes().all(|b| b.is_ascii_digit())
            && self.loc.ordinal_suffixes.contains(&suffix)
        {
            return Some((1, digits.parse().ok()?));
        }
        None
    }
    /// "last"/"next"/"this" at i.
    pub fn rel_prefix(&self, i: usize) -> Option<(usize, i32)> {
        self.table(i, self.loc.rel_prefix)
    }
    pub fn rel_postfix(&self, i: usize) -> Option<(usize, i32)> {
        self.table(i, self.loc.rel_postfix)
    }
}

/// A pattern family: what it finds at a token.
pub type Family = fn(&Cx, usize) -> Option<Match>;
