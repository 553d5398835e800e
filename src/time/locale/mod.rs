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

/// The schema every folder here fills, defined with the families that read it.
pub use super::sem::{lookup, Holiday, Locale, NumericOrder, Unit, BASE};

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
