//! Per-language data for recognition: the registry of locales ([`LOCALES`]), each a folder here
//! filling a [`Locale`] with its words and phrases as tables and its conventions as fields,
//! plus, when a language has forms no table can say, its own small grammar beside them
//! (`en/compose.rs`: "Thursday of next week"), run through [`Locale::grammar`]. The pattern
//! families in `time::parsers` read the tables and never name a language, so adding a language
//! is one new folder and one line in [`LOCALES`].
//!
//! Every entry is lowercase. Phrases are written as text ("il y a", "year-earlier") and matched
//! token by token (see `tokens::phrase_parts`); packed lists are words one space apart, and
//! (phrase, value) tables are written `table![("jan", 1), ...]` and stored packed ([`Table`]).

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

/// The schema every folder here fills, defined with the families that read it.
pub(crate) use super::sem::table;
pub use super::sem::{lookup, Holiday, Locale, NumericOrder, Table, Unit, BASE};

impl Locale {
    /// The locale of an ISO 639-1 code, when there is one.
    pub fn get(code: &str) -> Option<&'static Locale> {
        crate::text::packs::need(code);
        LOCALES.iter().copied().find(|l| l.code == code)
    }
}

/// Packed word lists (one string, words one space apart) are read as the text layer reads its own.
pub use crate::text::listed;

/// Words the shared families read at an expression's first token outside any table
/// (`relative::span`'s "final", "fiscal 1989", "recent years", "once a week", spoken years).
const FAMILY_STARTS: &[&str] = &[
    "past",
    "last",
    "next",
    "previous",
    "coming",
    "first",
    "final",
    "recent",
    "upcoming",
    "following",
    "fiscal",
    "once",
    "twice",
    "the",
    "nineteen",
    "eighteen",
    "two",
];

/// What each word of a locale may do, for [`tokens::tokenize`](crate::time::tokens::tokenize):
/// [`LEAD`]: it begins a phrase of a table `Cx::table`, `Cx::words` or `Cx::name` reads (those
/// lookups skip the other tokens); [`START`]: an expression may begin with it (a table read at
/// an expression's first token, a word a family or the locale's grammar names there:
/// `parsers::best_at` skips the other tokens). Built once per locale. Debug builds check both:
/// a table newly read through those lookups, or a family newly reading a word at its start,
/// is added here.
pub fn classes(loc: &Locale) -> &'static Classes {
    static ALL: std::sync::OnceLock<Vec<Classes>> = std::sync::OnceLock::new();
    static ANY: std::sync::OnceLock<Classes> = std::sync::OnceLock::new();
    let all = ALL.get_or_init(|| LOCALES.iter().map(|l| build_classes(l)).collect());
    match LOCALES.iter().position(|l| std::ptr::eq(*l, loc)) {
        Some(k) => &all[k],
        // (a locale outside the registry: every word may lead and start)
        None => ANY.get_or_init(Classes::any),
    }
}

fn build_classes(l: &Locale) -> Classes {
    use crate::time::tokens::table_key;
    #[inline(never)]
    fn keys<T: Copy>(c: &mut Classes, bits: u8, t: Table<T>) {
        for (k, e) in t.iter().enumerate() {
            c.add(e.0, bits, (bits & LEAD != 0).then(|| (t.key(), k as u32)));
        }
    }
    fn list(c: &mut Classes, bits: u8, t: &'static [&'static str]) {
        for (k, w) in t.iter().enumerate() {
            c.add(w, bits, Some((table_key(t), k as u32)));
        }
    }
    let mut c = Classes::default();
    // read at an expression's first token: they lead and start
    let both = LEAD | START;
    for t in [l.articles, l.ago_prefix, l.set_prefix, l.decade_prefix, l.century_words] {
        list(&mut c, both, t);
    }
    keys(&mut c, both, l.months);
    keys(&mut c, both, l.weekdays);
    keys(&mut c, both, l.numbers);
    keys(&mut c, both, l.ordinals);
    keys(&mut c, both, l.units);
    keys(&mut c, both, l.rel_prefix);
    keys(&mut c, both, l.rel_days);
    keys(&mut c, both, l.seasons);
    keys(&mut c, both, l.modifiers);
    keys(&mut c, both, l.set_words);
    keys(&mut c, both, l.holidays);
    keys(&mut c, both, l.vague);
    keys(&mut c, both, l.rel_phrases);
    // read after an expression's first token only
    for t in [
        l.date_links,
        l.ago_postfix,
        l.am,
        l.pm,
        l.clock_words,
        l.time_zones,
        l.quarter_words,
        l.half_words,
        l.in_words,
    ] {
        list(&mut c, LEAD, t);
    }
    keys(&mut c, LEAD, l.rel_postfix);
    keys(&mut c, LEAD, l.shift_postfix);
    // one-word lookups at the first token (`locale::lookup`, no `Cx` table)
    keys(&mut c, START, l.weekdays_plural);
    keys(&mut c, START, l.parts_of_day);
    keys(&mut c, START, l.part_days);
    keys(&mut c, START, l.decade_words);
    for w in FAMILY_STARTS {
        c.add(w, START, None);
    }
    for w in l.query_starts {
        c.add(w, FIRST, None);
    }
    c
}

pub use crate::time::tokens::{Classes, FIRST, LEAD, START};

#[cfg(all(test, feature = "all-languages"))]
mod tests {
    #[test]
    fn packed_is_every_language_with_a_stemmer_or_a_locale_but_english() {
        let mut codes: Vec<&str> = crate::text::snowball::languages()
            .chain(super::LOCALES.iter().map(|l| l.code))
            .filter(|c| *c != crate::text::packs::CORE)
            .collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.join(" "), crate::text::packs::PACKED);
    }
}
