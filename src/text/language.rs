//! The language of the article, as an ISO 639-1 code ("und" when the text does not say).
//!
//! Two steps, no model file:
//! 1. **Script.** Letters are counted by script. Han with kana is Japanese, Han alone Chinese,
//!    Hangul Korean; Greek, Arabic, Hebrew, Devanagari, Thai, Tamil, Bengali, Georgian,
//!    Armenian each name their language. Cyrillic goes on to step 2 (Russian) unless letters
//!    only Ukrainian or Serbian use say otherwise.
//! 2. **Function words.** For Latin and Cyrillic text every word is looked up in the stop lists
//!    of the languages that have one (`words::stop_languages`); a hit counts 1/k when k lists
//!    share the word, so "de" or "a" say little and "the", "und", "het", "och" say much. Letters
//!    unique to a language (ß, ñ, ã, ø, å, ő, ş, ă ...) add evidence, and Polish, Czech,
//!    Slovak, Croatian... (no stop list here) are recognised by their letters alone.
//!
//! Measured against whatlang in DESIGN.md ("Language identification").

use super::words;

/// At most this many bytes of the text are looked at (identification is a few hundred words).
const SAMPLE_BYTES: usize = 32 * 1024;

#[derive(Default)]
struct Scripts {
    latin: usize,
    cyrillic: usize,
    greek: usize,
    arabic: usize,
    hebrew: usize,
    han: usize,
    kana: usize,
    hangul: usize,
    devanagari: usize,
    thai: usize,
    tamil: usize,
    bengali: usize,
    georgian: usize,
    armenian: usize,
}

fn count_scripts(s: &str) -> Scripts {
    let mut k = Scripts::default();
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        match c as u32 {
            0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => k.latin += 1,
            0x370..=0x3FF | 0x1F00..=0x1FFF => k.greek += 1,
            0x400..=0x52F => k.cyrillic += 1,
            0x530..=0x58F => k.armenian += 1,
            0x590..=0x5FF => k.hebrew += 1,
            0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => k.arabic += 1,
            0x900..=0x97F => k.devanagari += 1,
            0x980..=0x9FF => k.bengali += 1,
            0xB80..=0xBFF => k.tamil += 1,
            0xE00..=0xE7F => k.thai += 1,
            0x10A0..=0x10FF => k.georgian += 1,
            0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => k.kana += 1,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF => k.han += 1,
            0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F => k.hangul += 1,
            _ => {}
        }
    }
    k
}

/// Letters with diacritics and the Latin-script languages that use them: each occurrence
/// counts 1/k for each of its k languages.
const LETTERS: &[(char, &[&str])] = &[
    ('é', &["fr", "es", "pt", "it", "hu", "cs", "sk"]),
    ('è', &["fr", "it"]),
    ('ê', &["fr", "pt"]),
    ('ç', &["fr", "pt", "tr"]),
    ('à', &["fr", "it", "pt"]),
    ('ù', &["fr", "it"]),
    ('û', &["fr"]),
    ('î', &["fr", "ro"]),
    ('ô', &["fr", "pt", "sk"]),
    ('œ', &["fr"]),
    ('ë', &["fr", "nl"]),
    ('ï', &["fr", "nl"]),
    ('ñ', &["es"]),
    ('á', &["es", "pt", "hu", "cs", "sk"]),
    ('í', &["es", "pt", "hu", "cs", "sk"]),
    ('ó', &["es", "pt", "hu", "pl", "cs", "sk"]),
    ('ú', &["es", "pt", "hu", "cs", "sk"]),
    ('¿', &["es"]),
    ('¡', &["es"]),
    ('ã', &["pt"]),
    ('õ', &["pt"]),
    ('ì', &["it"]),
    ('ò', &["it"]),
    ('ä', &["de", "sv", "fi", "sk"]),
    ('ö', &["de", "sv", "fi", "hu", "tr"]),
    ('ü', &["de", "hu", "tr"]),
    ('ß', &["de"]),
    ('å', &["sv", "da", "no"]),
    ('æ', &["da", "no"]),
    ('ø', &["da", "no"]),
    ('ő', &["hu"]),
    ('ű', &["hu"]),
    ('ă', &["ro"]),
    ('â', &["ro", "pt"]),
    ('ș', &["ro"]),
    ('ş', &["ro", "tr"]),
    ('ț', &["ro"]),
    ('ţ', &["ro"]),
    ('ğ', &["tr"]),
    ('ı', &["tr"]),
    ('ą', &["pl"]),
    ('ć', &["pl", "hr"]),
    ('ę', &["pl"]),
    ('ł', &["pl"]),
    ('ń', &["pl"]),
    ('ś', &["pl"]),
    ('ź', &["pl"]),
    ('ż', &["pl"]),
    ('č', &["cs", "sk", "hr"]),
    ('ď', &["cs", "sk"]),
    ('ě', &["cs"]),
    ('ň', &["cs", "sk"]),
    ('ř', &["cs"]),
    ('š', &["cs", "sk", "hr"]),
    ('ť', &["cs", "sk"]),
    ('ů', &["cs"]),
    ('ý', &["cs", "sk"]),
    ('ž', &["cs", "sk", "hr"]),
    ('ľ', &["sk"]),
    ('ĺ', &["sk"]),
    ('ŕ', &["sk"]),
    ('đ', &["hr"]),
];

/// Function words of Latin-script languages with no stop list here (written for this
/// project; a profile, not a stop list: they are not removed from the text).
const PROFILES: &[(&str, &[&str])] = &[
    (
        "pl",
        &[
            "ale", "był", "była", "było", "czy", "dla", "do", "i", "jak", "jest", "już", "na", "nie", "o", "od",
            "oraz", "po", "przez", "się", "są", "także", "to", "w", "we", "z", "za", "że", "który", "która", "które",
        ],
    ),
    (
        "cs",
        &[
            "a", "ale", "byl", "byla", "bylo", "do", "jak", "je", "jsou", "k", "který", "která", "které", "na", "není",
            "o", "od", "po", "pro", "při", "se", "také", "to", "už", "v", "ve", "z", "za", "že",
        ],
    ),
    (
        "hr",
        &[
            "a", "ali", "biti", "da", "do", "i", "iz", "je", "koji", "koja", "koje", "na", "nije", "od", "po", "s",
            "sa", "se", "su", "u", "za", "što",
        ],
    ),
    (
        "sk",
        &[
            "a", "ale", "bol", "bola", "bolo", "do", "je", "ktorý", "ktorá", "ktoré", "na", "nie", "od", "po", "pre",
            "pri", "sa", "sú", "tiež", "v", "vo", "z", "za", "že",
        ],
    ),
];

/// Identify the language of `text`. Returns "und" for text too short or too mixed to say.
pub fn identify(text: &str) -> &'static str {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let k = count_scripts(sample);
    let cjk = k.han + k.kana + k.hangul;
    let total = k.latin
        + k.cyrillic
        + k.greek
        + k.arabic
        + k.hebrew
        + cjk
        + k.devanagari
        + k.thai
        + k.tamil
        + k.bengali
        + k.georgian
        + k.armenian;
    if total < 3 {
        return "und";
    }
    // CJK letters carry a word's worth each: compare them at double weight.
    if k.hangul * 2 > total && k.hangul >= k.han {
        return "ko";
    }
    if (k.han + k.kana) * 2 >= total / 2 && k.han + k.kana > 0 {
        return if k.kana * 10 >= (k.han + k.kana) || k.kana >= 20 { "ja" } else { "zh" };
    }
    let by_script: [(usize, &str); 10] = [
        (k.greek, "el"),
        (k.arabic, "ar"),
        (k.hebrew, "he"),
        (k.devanagari, "hi"),
        (k.thai, "th"),
        (k.tamil, "ta"),
        (k.bengali, "bn"),
        (k.georgian, "ka"),
        (k.armenian, "hy"),
        (k.hangul, "ko"),
    ];
    if let Some(&(n, code)) = by_script.iter().max_by_key(|x| x.0) {
        if n * 2 > total {
            if code == "ar" && sample.chars().filter(|c| matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ی')).count() * 20 > n
            {
                return "fa";
            }
            return code;
        }
    }
    if k.cyrillic * 2 > total {
        let uk = sample.chars().filter(|c| matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є')).count();
        let sr = sample.chars().filter(|c| matches!(c, 'ђ' | 'ј' | 'љ' | 'њ' | 'ћ' | 'џ')).count();
        let ru = sample.chars().filter(|c| matches!(c, 'ы' | 'э' | 'ъ' | 'ё')).count();
        if uk * 50 > k.cyrillic && uk > ru {
            return "uk";
        }
        if sr * 50 > k.cyrillic && sr > ru {
            return "sr";
        }
        return "ru";
    }
    if k.latin * 2 <= total {
        return "und";
    }
    latin(sample)
}

/// Every function word of the Latin-script languages, with a bit per language that has it
/// (built once).
fn function_words(langs: &[&'static str]) -> &'static crate::hash::HashMap<&'static str, u32> {
    static INDEX: std::sync::OnceLock<crate::hash::HashMap<&'static str, u32>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut m: crate::hash::HashMap<&'static str, u32> = crate::hash::HashMap::default();
        for (i, l) in langs.iter().enumerate() {
            let list: Vec<&'static str> = match PROFILES.iter().find(|p| p.0 == *l) {
                Some(p) => p.1.to_vec(),
                None => words::stop_words(l).to_vec(),
            };
            for w in list {
                *m.entry(w).or_insert(0) |= 1 << i;
            }
        }
        m
    })
}

/// Among Latin-script languages: function words (stop lists and the small profiles above),
/// each shared word counting 1/k, plus letters with diacritics (square root of their share,
/// so a long text is decided by its words).
fn latin(sample: &str) -> &'static str {
    let mut langs: Vec<&'static str> =
        words::stop_languages().filter(|l| !matches!(*l, "ar" | "el" | "ru" | "ta")).collect();
    langs.extend(PROFILES.iter().map(|p| p.0));
    let index = function_words(&langs);
    let romance: u32 =
        langs.iter().enumerate().filter(|(_, l)| matches!(**l, "fr" | "it")).map(|(i, _)| 1u32 << i).sum();
    let mut score = vec![0.0f64; langs.len()];
    let mut word_count = 0usize;
    let mut hits: Vec<usize> = Vec::with_capacity(langs.len());
    for w in sample.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).filter(|w| !w.is_empty()) {
        if !w.chars().any(char::is_alphabetic) {
            continue;
        }
        word_count += 1;
        let f = words::fold(w);
        // "l'azienda", "quest'anno": the elided article is the evidence.
        let f = match f.find('\'') {
            Some(i) if i > 0 && i + 1 < f.len() && !f.ends_with("'s") && !f.ends_with("'t") => f[..=i].to_string(),
            _ => f,
        };
        let mut mask = index.get(f.as_str()).copied().unwrap_or(0);
        if f.ends_with('\'') {
            let elided = index.get(f.trim_end_matches('\'')).copied().unwrap_or(0);
            mask |= elided & romance;
        }
        hits.clear();
        hits.extend((0..langs.len()).filter(|&i| mask & (1 << i) != 0));
        for &i in &hits {
            score[i] += 1.0 / hits.len() as f64;
        }
    }
    let mut letter = vec![0.0f64; langs.len()];
    let mut lowered = String::with_capacity(sample.len());
    for c in sample.chars() {
        crate::text::lower::push_lower(c, &mut lowered);
    }
    for c in lowered.chars() {
        if c.is_ascii() {
            continue;
        }
        if let Some((_, ls)) = LETTERS.iter().find(|x| x.0 == c) {
            for l in ls.iter() {
                if let Some(i) = langs.iter().position(|x| x == l) {
                    letter[i] += 1.0 / ls.len() as f64;
                }
            }
        }
    }
    let ij = sample.matches("ij").count() as f64;
    if let Some(i) = langs.iter().position(|x| *x == "nl") {
        letter[i] += ij * 0.5;
    }
    for i in 0..langs.len() {
        score[i] += letter[i].sqrt();
    }
    // (an exact tie goes to English, the most frequent input: "They met last Wednesday" has
    // "they" for English and "met" for Dutch)
    let best = (0..langs.len())
        .max_by(|&a, &b| score[a].total_cmp(&score[b]).then((langs[a] == "en").cmp(&(langs[b] == "en"))));
    let best_score = best.map(|i| score[i]).unwrap_or(0.0);
    match best {
        Some(i) if best_score >= 0.6 && (word_count < 8 || best_score * 12.0 >= word_count as f64) => langs[i],
        _ => "und",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_function_words() {
        assert_eq!(identify("The council said on Monday that the bridge would reopen."), "en");
        assert_eq!(identify("Die Regierung hat am Montag beschlossen, dass die Brücke wieder geöffnet wird."), "de");
        assert_eq!(identify("Le gouvernement a annoncé lundi que le pont serait rouvert."), "fr");
        assert_eq!(identify("El gobierno anunció el lunes que el puente se reabrirá pronto."), "es");
        assert_eq!(identify("Правительство объявило в понедельник, что мост откроют."), "ru");
        assert_eq!(identify("政府周一宣布，大桥将于下月重新开放。"), "zh");
        assert_eq!(identify("政府は月曜日、橋を来月再開すると発表した。"), "ja");
        assert_eq!(identify("정부는 월요일 다리를 다시 개통한다고 발표했다."), "ko");
        assert_eq!(identify("Rząd ogłosił w poniedziałek, że most zostanie ponownie otwarty."), "pl");
        assert_eq!(identify("They met last Wednesday."), "en");
        assert_eq!(identify("12 345 678"), "und");
        assert_eq!(identify(""), "und");
    }
}
