//! The Snowball interpreter (src/text/snowball.rs) against the code the Snowball compiler
//! generates (the rust-stemmers 1.2.0 crate, a dev-dependency only): the same stem for every
//! word of the crate's own test vocabularies and of the stop lists, with and without the
//! endings each program strips, of generated words built from each program's strings, and of
//! the dev corpora (../shared; skipped with a message when absent), in all 18
//! languages. Not one difference is allowed.
#![cfg(not(target_arch = "wasm32"))]

use nutshell::text::snowball::{self, Stemmer};
use rust_stemmers::Algorithm;
use std::path::{Path, PathBuf};

mod common;

fn reference(lang: &str) -> rust_stemmers::Stemmer {
    rust_stemmers::Stemmer::create(match lang {
        "ar" => Algorithm::Arabic,
        "da" => Algorithm::Danish,
        "de" => Algorithm::German,
        "el" => Algorithm::Greek,
        "en" => Algorithm::English,
        "es" => Algorithm::Spanish,
        "fi" => Algorithm::Finnish,
        "fr" => Algorithm::French,
        "hu" => Algorithm::Hungarian,
        "it" => Algorithm::Italian,
        "nl" => Algorithm::Dutch,
        "no" => Algorithm::Norwegian,
        "pt" => Algorithm::Portuguese,
        "ro" => Algorithm::Romanian,
        "ru" => Algorithm::Russian,
        "sv" => Algorithm::Swedish,
        "ta" => Algorithm::Tamil,
        "tr" => Algorithm::Turkish,
        other => panic!("no reference stemmer for {other}"),
    })
}

/// Stems `words` both ways; returns the number compared and the words on which the reference
/// panics (a bug of its generated code), and panics listing any difference.
fn compare<'a>(lang: &str, words: impl IntoIterator<Item = &'a str>, what: &str) -> (usize, Vec<String>) {
    let ours = &mut Stemmer::new(lang).unwrap();
    let theirs = reference(lang);
    let mut n = 0;
    let mut diffs = Vec::new();
    let mut panics = Vec::new();
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    for w in words {
        n += 1;
        let a = ours.stem(w);
        match std::panic::catch_unwind(|| theirs.stem(w).into_owned()) {
            Ok(b) if a != b && diffs.len() < 20 => diffs.push(format!("{w:?}: ours {a:?}, rust-stemmers {b:?}")),
            Ok(_) => {}
            Err(_) => panics.push(w.to_string()),
        }
    }
    std::panic::set_hook(hook);
    assert!(diffs.is_empty(), "{lang} {what}: stems differ:\n{}", diffs.join("\n"));
    (n, panics)
}

/// The crate's folder in the cargo registry (a dev-dependency, so present after a build).
fn crate_dir() -> Option<PathBuf> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))?;
    let src = home.join("registry").join("src");
    std::fs::read_dir(src)
        .ok()?
        .flatten()
        .map(|d| d.path().join("rust-stemmers-1.2.0"))
        .find(|p| p.join("test_data").is_dir())
}

#[test]
fn every_language_has_its_reference() {
    let langs: Vec<&str> = snowball::languages().collect();
    assert_eq!(
        langs,
        ["ar", "da", "de", "el", "en", "es", "fi", "fr", "hu", "it", "nl", "no", "pt", "ro", "ru", "sv", "ta", "tr"]
    );
    // Known stems, one per language, so that a broken table cannot pass by agreeing with a
    // broken reference.
    let cases = [
        ("ar", "المكتبات", "مكتب"),
        ("da", "bøgerne", "bøg"),
        ("de", "aufeinanderfolgenden", "aufeinanderfolg"),
        ("el", "καθολικά", "καθολ"),
        ("en", "generously", "generous"),
        ("es", "chiquillos", "chiquill"),
        ("fi", "kirjoissa", "kirj"),
        ("fr", "continuellement", "continuel"),
        ("hu", "házakban", "ház"),
        ("it", "abbandonata", "abbandon"),
        ("nl", "lichamelijke", "licham"),
        ("no", "havnedistriktene", "havnedistrikt"),
        ("pt", "bibliotecas", "bibliotec"),
        ("ro", "frumoaselor", "frumoas"),
        ("ru", "вылетевшими", "вылетевш"),
        ("sv", "jaktkarlarne", "jaktkarl"),
        ("ta", "கணினிகள்", "கணினி"),
        ("tr", "kitaplarımızdan", "kitap"),
    ];
    for (lang, word, stem) in cases {
        assert_eq!(Stemmer::new(lang).unwrap().stem(word), stem, "{lang} {word}");
        assert_eq!(reference(lang).stem(word), stem, "{lang} {word}");
    }
    // The generated Greek code panics (a string slice past the end) where the interpreter
    // follows the algorithm: a word the tokenizer can produce no longer stops the core.
    assert_eq!(Stemmer::new("el").unwrap().stem("ισαισα"), "ισα");
    assert!(std::panic::catch_unwind(|| reference("el").stem("ισαισα").into_owned()).is_err());
}

#[test]
fn the_crate_vocabularies() {
    let Some(dir) = crate_dir() else {
        eprintln!("SKIP: rust-stemmers-1.2.0 is not in the cargo registry");
        return;
    };
    let files = [
        ("ar", "ar"),
        ("el", "el"),
        ("en", "en"),
        ("es", "es"),
        ("fi", "fi"),
        ("fr", "fr"),
        ("de", "ger"),
        ("it", "it"),
        ("no", "no"),
        ("pt", "pt"),
        ("ro", "ro"),
        ("ru", "ru"),
    ];
    for (lang, file) in files {
        let text = std::fs::read_to_string(dir.join("test_data").join(format!("voc_{file}.txt"))).unwrap();
        let (n, panics) = compare(lang, text.lines().map(str::trim).filter(|w| !w.is_empty()), "test_data vocabulary");
        assert_eq!(panics, Vec::<String>::new(), "{lang}: the reference panics");
        eprintln!("{lang}: {n} words of voc_{file}.txt, same stems");
        assert!(n >= 78, "{lang}: only {n} words");
    }
}

#[test]
fn generated_words() {
    // Characters found in no algorithm, which must pass through (or stop a rule) alike.
    const ODD: &[&str] =
        &["0", "7", "-", "'", "ß", "é", "ё", "ς", "\u{301}", "😀", "ı", "i\u{307}", "ŀ", "ǆ", "ﬁ", "ａ"];
    let mut rng = common::Rng(common::SEED);
    for lang in snowball::languages() {
        let strings = Stemmer::new(lang).unwrap().strings();
        let mut chars: Vec<String> = strings.iter().flat_map(|s| s.chars()).map(String::from).collect();
        chars.sort();
        chars.dedup();
        let pieces: Vec<&str> = strings.iter().map(String::as_str).filter(|s| !s.is_empty()).collect();
        let mut words = Vec::new();
        for _ in 0..30_000 {
            let mut w = String::new();
            for _ in 0..1 + rng.below(7) {
                w.push_str(&chars[rng.below(chars.len())]);
            }
            for _ in 0..rng.below(4) {
                if rng.below(3) == 0 {
                    w.push_str(&chars[rng.below(chars.len())]);
                }
                w.push_str(pieces[rng.below(pieces.len())]);
            }
            if rng.below(20) == 0 {
                let at = w.char_indices().map(|x| x.0).nth(rng.below(w.chars().count())).unwrap_or(0);
                w.insert_str(at, ODD[rng.below(ODD.len())]);
            }
            words.push(w);
        }
        // and every string alone, and twice
        words.extend(pieces.iter().map(|s| s.to_string()));
        words.extend(pieces.iter().map(|s| format!("{s}{s}")));
        let (n, panics) = compare(lang, words.iter().map(String::as_str), "generated words");
        let known: &[&str] = if lang == "el" { &["ισαισα"] } else { &[] };
        assert_eq!(panics, known, "{lang}: the reference panics");
        eprintln!("{lang}: {n} generated words from {} strings, same stems", pieces.len());
    }
}

/// Real words of a language found here: the crate's test vocabulary (12 languages) and the
/// language's stop list (all 18).
fn vocabulary(lang: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let file = if lang == "de" { "ger" } else { lang };
    if let Some(text) =
        crate_dir().and_then(|d| std::fs::read_to_string(d.join("test_data").join(format!("voc_{file}.txt"))).ok())
    {
        words.extend(text.lines().map(str::trim).filter(|w| !w.is_empty()).map(str::to_string));
    }
    let stop = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/text/data/stop").join(format!("{lang}.txt"));
    words.extend(
        std::fs::read_to_string(stop)
            .unwrap()
            .lines()
            .map(str::trim)
            .filter(|w| !w.is_empty() && !w.starts_with('#'))
            .map(str::to_string),
    );
    words.sort();
    words.dedup();
    words
}

#[test]
fn real_words_with_endings() {
    // Each real word, then with one and two endings the program strips or tests (its strings,
    // in reading order), and cut short by one to three characters: the inflected and truncated
    // forms a text holds, in every language, including those without a crate vocabulary.
    let mut rng = common::Rng(0x2545_F491_4F6C_DD1D);
    for lang in snowball::languages() {
        let words = vocabulary(lang);
        let endings: Vec<String> =
            Stemmer::new(lang).unwrap().strings().into_iter().filter(|s| !s.is_empty()).collect();
        // About 8,000 words with endings in each language: a sample of a large vocabulary, many
        // endings on each word of a small one.
        let step = (words.len() / 8_000).max(1);
        let rounds = (8_000 / words.len()).max(1);
        let mut variants: Vec<String> = words.clone();
        for w in words.iter().step_by(step).flat_map(|w| std::iter::repeat_n(w, rounds)) {
            let e1 = &endings[rng.below(endings.len())];
            let e2 = &endings[rng.below(endings.len())];
            variants.push(format!("{w}{e1}"));
            variants.push(format!("{w}{e1}{e2}"));
            let n = w.chars().count();
            if n > 3 {
                let cut: String = w.chars().take(n - 1 - rng.below(3)).collect();
                variants.push(format!("{cut}{e1}"));
            }
        }
        let (n, panics) = compare(lang, variants.iter().map(String::as_str), "real words with endings");
        let known: &[&str] = &[];
        assert_eq!(panics, known, "{lang}: the reference panics");
        eprintln!("{lang}: {n} words ({} real, the rest with endings), same stems", words.len());
        assert!(n >= 3 * words.len().min(100), "{lang}: only {n} words");
    }
}

/// The text of an HTML page, roughly: scripts, styles and tags dropped.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let lower = html.to_ascii_lowercase();
    let mut i = 0;
    while let Some(k) = html[i..].find('<') {
        out.push_str(&html[i..i + k]);
        out.push(' ');
        let at = i + k;
        let end = if lower[at..].starts_with("<script") || lower[at..].starts_with("<style") {
            let close = if lower[at..].starts_with("<script") { "</script" } else { "</style" };
            lower[at..].find(close).map_or(html.len(), |e| at + e + close.len())
        } else {
            at + 1
        };
        i = lower[end..].find('>').map_or(html.len(), |e| end + e + 1);
    }
    out.push_str(&html[i..]);
    out
}

#[test]
fn every_word_of_the_dev_corpora() {
    let mut words = std::collections::BTreeSet::new();
    let Some(sets) = common::dev_records("stemmers-corpora", |v| {
        let text = match (v["text"].as_str(), v["html"].as_str()) {
            (Some(t), _) => t.to_string(),
            (None, Some(h)) => strip_tags(h),
            _ => return,
        };
        for t in nutshell::text::words::tokens(&text, 0..text.len(), "und") {
            // a compound is stemmed by its last part
            words.extend(t.norm.split('-').filter(|p| !p.is_empty()).map(str::to_string));
            words.insert(t.norm);
        }
    }) else {
        return;
    };
    for lang in snowball::languages() {
        let (n, panics) = compare(lang, words.iter().map(String::as_str), "dev corpora");
        assert_eq!(panics, Vec::<String>::new(), "{lang}: the reference panics");
        eprintln!("{lang}: {n} words of {sets} dev sets, same stems");
    }
}

#[test]
fn the_tables_are_compiled_from_the_crates_algorithms() {
    // tools/snowball.py compiles the crate's algorithms/*.sbl (in the cargo registry after a
    // build); --check fails when the committed src/text/snowball_tables.rs differs.
    if crate_dir().is_none() {
        eprintln!("SKIP: rust-stemmers-1.2.0 is not in the cargo registry");
        return;
    }
    let out = std::process::Command::new("python3")
        .args(["tools/snowball.py", "--check"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output();
    match out {
        Ok(o) => assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr)),
        Err(e) => eprintln!("SKIP: python3 not found ({e})"),
    }
}
