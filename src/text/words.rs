//! Words: Unicode word tokens (UAX #29) with their normalized form, stems and stop words, per
//! language.
//!
//! A token is a run of letters or digits as UAX #29 finds it, then adjusted the way news text
//! needs: hyphenated compounds stay one token ("well-known", "Baden-Württemberg"), an elided
//! article is split off its word ("l'armée" -> "l'" + "armée", "dell'Europa"), an English
//! possessive is dropped from the word ("Obama's" -> "Obama") while contractions that are stop
//! words stay whole ("it's", "don't"). `norm` is the case-folded form, `term` the Snowball stem
//! where the language has a stemmer (the folded form otherwise), `stop` whether the word is a
//! function word of the language. Stop lists live in `data/stop/*.txt` (see DESIGN.md for their
//! source and licence).

use super::snowball::Stemmer;
use crate::hash::HashMap;
use std::ops::Range;
use std::sync::{Mutex, OnceLock};

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// Case-folded form.
    pub norm: String,
    /// The form terms are counted by (stem when the language has a stemmer).
    pub term: String,
    pub stop: bool,
}

/// A sorted list, one word a line, front-coded when compiled: each word is one byte below 32
/// saying how many leading bytes it shares with the word before (at most 31), then the rest of
/// its bytes. Sorted stop lists share long prefixes ("estuviera", "estuvierais"): the English
/// core's lists take 9,166 bytes instead of 16,776, and 2 KB less gzip (DESIGN.md, "Wasm size").
/// Returns the code (its first `N` bytes) and its whole length (`front_code::<0>` measures).
const fn front_code<const N: usize>(list: &str) -> ([u8; N], usize) {
    let s = list.as_bytes();
    let mut out = [0u8; N];
    let (mut n, mut at, mut prev, mut prev_end) = (0, 0, 0, 0);
    while at < s.len() {
        let mut end = at;
        while end < s.len() && s[end] != b'\n' {
            end += 1;
        }
        if end > at {
            let mut k = 0;
            while k < 31 && prev + k < prev_end && at + k < end && s[prev + k] == s[at + k] {
                k += 1;
            }
            let mut i = at + k;
            if n < N {
                out[n] = k as u8;
            }
            n += 1;
            while i < end {
                if n < N {
                    out[n] = s[i];
                }
                n += 1;
                i += 1;
            }
            (prev, prev_end) = (at, end);
        }
        at = end + 1;
    }
    (out, n)
}

/// The front-coded bytes of a list file (see [`front_code`]), a `'static` constant.
macro_rules! front_coded {
    ($path:literal) => {{
        const LIST: &str = include_str!($path);
        const CODED: [u8; front_code::<0>(LIST).1] = front_code(LIST).0;
        &CODED
    }};
}

/// The words of a front-coded list ([`front_code`]), in order. Run once per list; the text is
/// kept for the life of the process.
fn front_decode(code: &[u8]) -> Vec<&'static str> {
    let mut text: Vec<u8> = Vec::with_capacity(code.len() * 2);
    let mut words: Vec<(usize, usize)> = Vec::new();
    for &b in code {
        if b < 32 {
            let start = text.len();
            let from = words.last().map_or(0, |w| w.0);
            text.extend_from_within(from..from + b as usize);
            words.push((start, start + b as usize));
        } else if let Some(w) = words.last_mut() {
            text.push(b);
            w.1 += 1;
        }
    }
    let text: &'static str = Box::leak(String::from_utf8(text).unwrap_or_default().into_boxed_str());
    words.iter().map(|&(s, e)| text.get(s..e).unwrap_or("")).collect()
}

/// Stop lists by ISO 639-1 code (`data/stop/<code>.txt`: one word a line, sorted (byte order),
/// unique; front-coded here). The English core (`text::packs`) leaves out Arabic, Greek and
/// Tamil: identification tells them by their script, and each list's words are all of its own
/// script (see [`is_stop_any`]).
const STOP_DATA: &[(&str, &[u8])] = &[
    #[cfg(feature = "all-languages")]
    ("ar", front_coded!("data/stop/ar.txt")),
    ("da", front_coded!("data/stop/da.txt")),
    ("de", front_coded!("data/stop/de.txt")),
    #[cfg(feature = "all-languages")]
    ("el", front_coded!("data/stop/el.txt")),
    ("en", front_coded!("data/stop/en.txt")),
    ("es", front_coded!("data/stop/es.txt")),
    ("fi", front_coded!("data/stop/fi.txt")),
    ("fr", front_coded!("data/stop/fr.txt")),
    ("hu", front_coded!("data/stop/hu.txt")),
    ("it", front_coded!("data/stop/it.txt")),
    ("nl", front_coded!("data/stop/nl.txt")),
    ("no", front_coded!("data/stop/no.txt")),
    ("pt", front_coded!("data/stop/pt.txt")),
    ("ro", front_coded!("data/stop/ro.txt")),
    ("ru", front_coded!("data/stop/ru.txt")),
    ("sv", front_coded!("data/stop/sv.txt")),
    #[cfg(feature = "all-languages")]
    ("ta", front_coded!("data/stop/ta.txt")),
    ("tr", front_coded!("data/stop/tr.txt")),
];

/// Reporting verbs and titles that fill news prose in every article and so carry no topic,
/// written for this project (added to the Snowball lists, which are general-purpose).
const NEWS_STOP: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "according",
            "also",
            "could",
            "may",
            "might",
            "mr",
            "mrs",
            "ms",
            "must",
            "said",
            "say",
            "says",
            "told",
            "would",
            "year",
            "years",
        ],
    ),
    ("de", &["sagte", "sagt", "laut", "jahr", "jahre", "jahren", "sei", "seien", "bereits", "dass", "herr", "frau"]),
    (
        "fr",
        &["a", "dit", "déclaré", "selon", "ans", "année", "m", "mme", "aussi", "déjà", "cette", "ces", "où", "plus"],
    ),
    ("es", &["dijo", "según", "año", "años", "sr", "sra", "también", "ya"]),
    ("it", &["detto", "ha", "anni", "anno", "secondo", "anche", "già"]),
    ("pt", &["disse", "segundo", "ano", "anos", "também", "já"]),
    ("nl", &["zei", "volgens", "jaar", "ook", "al"]),
    ("ru", &["сказал", "заявил", "года", "году", "лет"]),
];

/// Languages with a stop list (and so a profile for identification).
pub fn stop_languages() -> impl Iterator<Item = &'static str> {
    STOP_DATA.iter().map(|x| x.0)
}

fn stop_list(lang: &str) -> Option<&'static [&'static str]> {
    static LISTS: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    let lists = LISTS.get_or_init(|| {
        STOP_DATA
            .iter()
            .map(|(code, data)| {
                let mut v = front_decode(data);
                if let Some((_, extra)) = NEWS_STOP.iter().find(|x| x.0 == *code) {
                    v.extend_from_slice(extra);
                }
                crate::order::sort(&mut v);
                v.dedup();
                v
            })
            .collect()
    });
    let Some(i) = STOP_DATA.iter().position(|x| x.0 == lang) else {
        super::packs::need(lang);
        return None;
    };
    Some(&lists[i])
}

/// The stop words of `lang` (sorted), empty when it has no list.
pub fn stop_words(lang: &str) -> &'static [&'static str] {
    stop_list(lang).unwrap_or(&[])
}

/// Whether `word` (case-folded) is a stop word of `lang`. A language without a list has none.
pub fn is_stop_in(word: &str, lang: &str) -> bool {
    stop_list(lang).is_some_and(|l| l.binary_search(&word).is_ok())
}

/// English stop word (kept for callers that only need English).
pub fn is_stop(word: &str) -> bool {
    is_stop_in(word, "en")
}

/// Whether `word` is a stop word in any language with a list (for code that must work before
/// the language is known, such as line classification).
pub fn is_stop_any(word: &str) -> bool {
    // The English core lacks the lists of one script each (see STOP_DATA): a word with a letter
    // of one of those scripts could be in them, so the full module decides.
    #[cfg(not(feature = "all-languages"))]
    if word.chars().any(|c| {
        matches!(c as u32, 0x370..=0x3FF | 0x1F00..=0x1FFF | 0x600..=0x6FF | 0x750..=0x77F | 0xB80..=0xBFF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
    }) {
        super::packs::need("ar");
    }
    STOP_DATA.iter().any(|(code, _)| is_stop_in(word, code))
}

/// The code of the Snowball stemmer for a language (Norwegian Bokmål and Nynorsk share one).
fn stemmer_code(lang: &str) -> &str {
    match lang {
        "nb" | "nn" => "no",
        _ => lang,
    }
}

/// Whether the language has a Snowball stemmer here.
pub fn has_stemmer(lang: &str) -> bool {
    super::packs::need(stemmer_code(lang));
    super::snowball::languages().any(|l| l == stemmer_code(lang))
}

/// Elided articles and pronouns that attach to the next word with an apostrophe, per language
/// (folded, apostrophe included).
const ELISIONS: &[(&str, &[&str])] = &[
    (
        "fr",
        &["c'", "d'", "j'", "jusqu'", "l'", "lorsqu'", "m'", "n'", "presqu'", "puisqu'", "qu'", "quelqu'", "s'", "t'"],
    ),
    ("it", &["all'", "anch'", "c'", "d'", "dall'", "dell'", "l'", "nell'", "quest'", "sull'", "un'"]),
    ("ca", &["d'", "l'", "m'", "n'", "s'", "t'"]),
    ("pt", &["d'"]),
];

fn elision(norm: &str, lang: &str) -> Option<usize> {
    let list = ELISIONS.iter().find(|x| x.0 == lang)?.1;
    list.iter().find(|e| norm.len() > e.len() && norm.starts_with(**e)).map(|e| e.len())
}

/// Possessive endings dropped from a word's span, per language (folded): "Obama's" is a
/// mention of Obama.
const POSSESSIVES: &[(&str, &str)] = &[("en", "'s")];

/// The possessive ending of `norm` in `lang`, if it has one after at least one letter.
pub(crate) fn possessive(norm: &str, lang: &str) -> Option<&'static str> {
    let ending = POSSESSIVES.iter().find(|x| x.0 == lang)?.1;
    (norm.len() > ending.len() && norm.ends_with(ending)).then_some(ending)
}

/// The stems computed so far, per stemmer, kept from call to call: news repeats its words from
/// sentence to sentence and from article to article, and a stem costs more than a hash lookup
/// (the Snowball programs run as data, `text::snowball`). A call takes its language's map out
/// and puts it back when done, so no lock is held while it works (a second thread working on
/// the same language at the same time starts with an empty map).
static STEMS: Mutex<Vec<(String, HashMap<String, String>)>> = Mutex::new(Vec::new());

/// At most this many words are kept per language (about 2 MB).
const STEMS_KEPT: usize = 30_000;

/// The stop list and stemmer of one call of [`tokens`] or [`tokens_each`], with the stems seen.
struct Normalizer {
    stops: &'static [&'static str],
    stemmer: Option<(Stemmer, &'static str)>,
    stems: HashMap<String, String>,
}

impl Normalizer {
    fn new(lang: &str) -> Normalizer {
        let code = stemmer_code(lang);
        let stemmer = Stemmer::new(code).map(|s| (s, super::snowball::languages().find(|l| *l == code).unwrap_or("")));
        let mut stems = HashMap::default();
        if let (Some((_, code)), Ok(mut kept)) = (&stemmer, STEMS.lock()) {
            if let Some(slot) = kept.iter_mut().find(|k| k.0 == *code) {
                stems = std::mem::take(&mut slot.1);
            }
        }
        Normalizer { stops: stop_list(lang).unwrap_or(&[]), stemmer, stems }
    }

    fn is_stop(&self, w: &str) -> bool {
        self.stops.binary_search(&w).is_ok()
    }

    fn token(&mut self, start: usize, end: usize, norm: String) -> Token {
        let stop = self.is_stop(&norm);
        let term = match &mut self.stemmer {
            Some((s, _)) if !stop && norm.chars().any(char::is_alphabetic) => match self.stems.get(&norm) {
                Some(t) => t.clone(),
                None => {
                    // A compound stems by its last part: "state-owned" -> "state-own".
                    let t = match norm.rfind('-') {
                        Some(i) => format!("{}{}", &norm[..=i], s.stem(&norm[i + 1..])),
                        None => s.stem(&norm),
                    };
                    if self.stems.len() < STEMS_KEPT {
                        self.stems.insert(norm.clone(), t.clone());
                    }
                    t
                }
            },
            _ => norm.clone(),
        };
        Token { start, end, norm, term, stop }
    }
}

impl Drop for Normalizer {
    fn drop(&mut self) {
        if let (Some((_, code)), Ok(mut kept)) = (&self.stemmer, STEMS.lock()) {
            let stems = std::mem::take(&mut self.stems);
            match kept.iter_mut().find(|k| k.0 == *code) {
                Some(slot) if slot.1.len() < stems.len() => slot.1 = stems,
                Some(_) => {}
                None => kept.push((code.to_string(), stems)),
            }
        }
    }
}

/// Case folding: lower case, typographic apostrophes as ASCII.
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let l = crate::text::lower::lower(word);
    if l.contains(['’', 'ʼ', '‘']) {
        l.replace(['’', 'ʼ', '‘'], "'")
    } else {
        l
    }
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Tokens of `text[range]` in language `lang` (ISO 639-1; any other value, such as "und",
/// gets folded forms without stems or stop words): words with letters or digits, positions in
/// `text`.
pub fn tokens(text: &str, range: Range<usize>, lang: &str) -> Vec<Token> {
    tokens_with(&mut Normalizer::new(lang), text, range, lang, usize::MAX)
}

/// [`tokens`] of the first `max` words only (a budget: the words after are not read).
pub fn tokens_upto(text: &str, range: Range<usize>, lang: &str, max: usize) -> Vec<Token> {
    tokens_with(&mut Normalizer::new(lang), text, range, lang, max)
}

/// [`tokens`] of each range of one text, with one cache of stems for all of them (a document
/// repeats its words from sentence to sentence).
pub fn tokens_each(text: &str, ranges: &[Range<usize>], lang: &str) -> Vec<Vec<Token>> {
    tokens_each_upto(text, ranges, lang, usize::MAX).0
}

/// [`tokens_each`] within a budget of `max` words over all ranges: the range that crosses it
/// is read up to it and the ranges after it are not read (fewer lists than ranges). The flag
/// says whether the budget cut anything.
pub fn tokens_each_upto(text: &str, ranges: &[Range<usize>], lang: &str, max: usize) -> (Vec<Vec<Token>>, bool) {
    let mut norm = Normalizer::new(lang);
    let mut out = Vec::with_capacity(ranges.len());
    let mut total = 0usize;
    for r in ranges {
        let mut t = tokens_with(&mut norm, text, r.clone(), lang, (max - total).saturating_add(1));
        if total + t.len() > max {
            t.truncate(max - total);
            out.push(t);
            return (out, true);
        }
        total += t.len();
        out.push(t);
    }
    (out, false)
}

fn tokens_with(norm: &mut Normalizer, text: &str, range: Range<usize>, lang: &str, max: usize) -> Vec<Token> {
    let base = range.start;
    let slice = &text[range];
    // Join hyphenated compounds: word-word with a single hyphen and no space. Words are read
    // until `max` joined words are complete (the one after them may still join the last).
    let mut joined: Vec<(usize, usize)> = Vec::new();
    for (s, e) in super::uax29::words(slice) {
        if joined.len() > max {
            break;
        }
        if let Some(last) = joined.last_mut() {
            let gap = &slice[last.1..s];
            let mut g = gap.chars();
            let one_hyphen = g.next().is_some_and(is_hyphen) && g.next().is_none();
            let letters = |a: usize, b: usize| slice[a..b].chars().any(char::is_alphabetic);
            if one_hyphen && letters(last.0, last.1) && letters(s, e) && e - last.0 <= 64 {
                last.1 = e;
                continue;
            }
        }
        joined.push((s, e));
    }
    joined.truncate(max);
    let mut out = Vec::with_capacity(joined.len());
    for (s, e) in joined {
        let word = &slice[s..e];
        let folded = fold(word);
        // l'armée -> l' + armée
        if let Some(n) = elision(&folded, lang) {
            // n bytes of the folded form; the surface apostrophe may be longer (’ is 3 bytes).
            let surface_cut = word.char_indices().nth(folded[..n].chars().count()).map(|x| x.0).unwrap_or(word.len());
            out.push(Token {
                start: base + s,
                end: base + s + surface_cut,
                norm: folded[..n].to_string(),
                term: folded[..n].to_string(),
                stop: true,
            });
            out.push(norm.token(base + s + surface_cut, base + e, folded[n..].to_string()));
            continue;
        }
        // Obama's -> Obama (unless the whole form is a stop word: it's, he's, let's).
        if let Some(ending) = possessive(&folded, lang).filter(|_| !norm.is_stop(&folded)) {
            let n = ending.chars().count();
            let cut = word.char_indices().rev().nth(n - 1).map(|x| x.0).unwrap_or(word.len());
            out.push(norm.token(base + s, base + s + cut, folded[..folded.len() - ending.len()].to_string()));
            continue;
        }
        out.push(norm.token(base + s, base + e, folded));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(t: &str, lang: &str) -> Vec<String> {
        tokens(t, 0..t.len(), lang).into_iter().map(|x| x.norm).collect()
    }

    #[test]
    fn lists_left_out_of_the_english_core_are_of_one_script_each() {
        // is_stop_any asks the full module for any word with a letter of these ranges
        let of_script = |c: char| matches!(c as u32, 0x370..=0x3FF | 0x1F00..=0x1FFF | 0x600..=0x6FF | 0x750..=0x77F | 0xB80..=0xBFF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF);
        for code in ["ar", "el", "ta"] {
            let words = super::stop_words(code);
            assert!(words.len() > 100, "{code}: {}", words.len());
            for w in words {
                assert!(w.chars().any(of_script), "{code}: {w:?}");
            }
        }
        assert!(!super::stop_words("en").iter().any(|w| w.chars().any(of_script)));
    }

    #[test]
    fn stop_lists_are_sorted_and_unique_and_decode_to_their_files() {
        for (code, data) in STOP_DATA {
            let path = format!("{}/src/text/data/stop/{code}.txt", env!("CARGO_MANIFEST_DIR"));
            let file = std::fs::read_to_string(&path).unwrap();
            let v: Vec<&str> = file.lines().collect();
            let mut s = v.clone();
            s.sort_unstable();
            s.dedup();
            assert_eq!(s, v, "data/stop/{code}.txt must stay sorted and unique");
            assert!(v.iter().all(|w| !w.is_empty() && w.bytes().all(|b| b >= 32)), "{code}: a control byte");
            assert_eq!(front_decode(data), v, "{code}");
        }
    }

    #[test]
    fn front_coding_shares_prefixes_up_to_31_bytes() {
        let long = "a".repeat(40);
        let list = format!("\nab\nabc\nabd\n{long}\n{long}b\nb\u{e9}\nb\u{e8}\n");
        // `front_code` is const, but runs as well at run time
        let (code, n) = front_code::<64>(&list);
        let mut want = vec![0, b'a', b'b', 2, b'c', 2, b'd', 1];
        want.extend_from_slice(&[b'a'; 39]);
        want.push(31);
        want.extend_from_slice(&[b'a'; 9]);
        want.push(b'b');
        want.extend_from_slice(&[0, b'b', 0xC3, 0xA9, 2, 0xA8]);
        assert_eq!(&code[..n], &want[..]);
        assert_eq!(front_decode(&code[..n]), ["ab", "abc", "abd", &long, &format!("{long}b"), "b\u{e9}", "b\u{e8}"]);
    }

    #[test]
    fn tokens_fold_case_and_keep_offsets() {
        let t = "The Bridges reopened, Zoë said.";
        let toks = tokens(t, 0..t.len(), "en");
        assert_eq!(
            toks.iter().map(|x| x.norm.as_str()).collect::<Vec<_>>(),
            ["the", "bridges", "reopened", "zoë", "said"]
        );
        assert!(toks[0].stop && !toks[1].stop && toks[4].stop);
        assert_eq!(toks[1].term, "bridg");
        assert_eq!(toks[2].term, "reopen");
        assert_eq!(&t[toks[3].start..toks[3].end], "Zoë");
    }

    #[test]
    fn compounds_possessives_elisions() {
        assert_eq!(norms("A well-known state-owned firm", "en"), ["a", "well-known", "state-owned", "firm"]);
        let t = "Obama’s plan, it's clear, won't pass.";
        let toks = tokens(t, 0..t.len(), "en");
        assert_eq!(&t[toks[0].start..toks[0].end], "Obama");
        assert_eq!(toks[0].norm, "obama");
        assert!(toks.iter().any(|x| x.norm == "it's" && x.stop));
        assert!(toks.iter().any(|x| x.norm == "won't" && x.stop));
        let f = "L’armée de l'air a quitté l'Élysée jusqu'à midi.";
        let toks = tokens(f, 0..f.len(), "fr");
        let words: Vec<&str> = toks.iter().map(|x| &f[x.start..x.end]).collect();
        assert_eq!(words, ["L’", "armée", "de", "l'", "air", "a", "quitté", "l'", "Élysée", "jusqu'", "à", "midi"]);
        assert_eq!(toks[1].term, "armé");
        assert!(toks[0].stop && !toks[1].stop);
        let i = "Il presidente dell'Unione europea";
        assert_eq!(norms(i, "it"), ["il", "presidente", "dell'", "unione", "europea"]);
        // Numbers stay whole and unstemmed.
        assert_eq!(norms("Growth of 3.5% and 1,200 jobs", "en"), ["growth", "of", "3.5", "and", "1,200", "jobs"]);
    }

    #[test]
    fn stems_and_stop_words_per_language() {
        let term = |w: &str, l: &str| tokens(w, 0..w.len(), l)[0].term.clone();
        assert_eq!(term("Regierungen", "de"), term("Regierung", "de"));
        assert_eq!(term("gouvernements", "fr"), term("gouvernement", "fr"));
        assert_eq!(term("elecciones", "es"), term("elección", "es"));
        assert_eq!(term("выборы", "ru"), term("выборов", "ru"));
        assert!(tokens("und", 0..3, "de")[0].stop);
        assert!(!tokens("und", 0..3, "en")[0].stop);
        // No stemmer, no list: folded forms, nothing is a stop word, no panic.
        let p = "Rząd przyjął ustawę";
        let toks = tokens(p, 0..p.len(), "pl");
        assert_eq!(toks[0].term, "rząd");
        assert!(toks.iter().all(|t| !t.stop));
        assert!(has_stemmer("sv") && !has_stemmer("zh"));
    }

    #[test]
    fn a_budget_of_words_counts_joined_compounds() {
        let t = "We take a long-term view of well-known risks, said the chief-executive officer.";
        let all = tokens(t, 0..t.len(), "en");
        for max in 0..all.len() + 2 {
            let some = tokens_upto(t, 0..t.len(), "en", max);
            assert_eq!(
                some.iter().map(|x| &x.norm).collect::<Vec<_>>(),
                all.iter().take(max).map(|x| &x.norm).collect::<Vec<_>>(),
                "{max}"
            );
        }
    }
}
