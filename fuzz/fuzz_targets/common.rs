//! Shared by the fuzz targets: options drawn from the input's first bytes, and the checks every
//! Analysis must pass.
#![allow(dead_code)]
use nutshell::{Analysis, Length, Options, Prefer, Style};

const LANGS: &[&str] = &["en", "de", "fr", "es", "it", "pt", "nl", "ru", "zh", "ja", "ar", "xx", "en-GB", "", " "];

/// Options from the first bytes of `data` (the rest is the input): every option varies, and
/// `published` is either a well-formed date from the bytes or arbitrary text from them.
pub fn options(data: &[u8]) -> (Options, &[u8]) {
    let (head, rest) = data.split_at(data.len().min(8));
    let mut o = Options::default();
    let b = |i: usize| head.get(i).copied().unwrap_or(0);
    let flags = b(0);
    if flags & 1 != 0 {
        o.sentences = Some(b(1) as usize % 12);
    }
    if flags & 2 != 0 {
        o.words = Some(b(2) as usize * 3);
    }
    if flags & 4 != 0 {
        o.ratio = Some(b(3) as f64 / 255.0);
    }
    if flags & 8 != 0 {
        o.style = Some([Style::KeyPoints, Style::Tldr, Style::Teaser, Style::Headline][b(4) as usize % 4]);
        o.length = Some([Length::Short, Length::Medium, Length::Long][b(4) as usize / 4 % 3]);
    }
    o.prefer = [Prefer::Tense, Prefer::Past, Prefer::Future][b(5) as usize % 3];
    if flags & 16 != 0 {
        o.language = Some(LANGS[b(6) as usize % LANGS.len()].to_string());
    }
    if flags & 32 != 0 {
        // A date from the bytes, any year.
        let y = (b(6) as i32) * 8 + (b(7) as i32 % 8);
        o.published = Some(format!("{y:04}-{:02}-{:02}", b(7) % 14, b(5) % 33));
    } else if flags & 64 != 0 {
        // Arbitrary text as the date: the first line of the input.
        let text = String::from_utf8_lossy(rest);
        o.published = Some(text.lines().next().unwrap_or("").chars().take(64).collect());
    }
    if flags & 128 != 0 {
        o.url = Some(["https://news.example/a/b.html", "javascript:alert(1)", "", "x"][b(7) as usize % 4].to_string());
    }
    (o, rest)
}

/// What holds for every Analysis: offsets inside the text (characters), in order; summary and
/// timeline indices inside their lists; URLs http(s) only.
pub fn check(a: &Analysis) {
    let n = a.text.chars().count();
    let mut prev = 0;
    for s in &a.sentences {
        assert!(s.start <= s.end && s.end <= n, "sentence offsets outside the text");
        assert!(s.start >= prev, "sentences out of order");
        prev = s.end;
    }
    for t in &a.timexes {
        assert!(t.start <= t.end && t.end <= n, "timex offsets outside the text");
        assert!(t.sentence < a.sentences.len(), "timex sentence outside the sentences");
    }
    for &i in &a.summary {
        assert!(i < a.sentences.len(), "summary index outside the sentences");
    }
    for e in &a.timeline {
        assert!(e.timex < a.timexes.len() && e.sentence < a.sentences.len(), "timeline index outside");
        assert!(e.mentions.iter().all(|&m| m < a.timexes.len()), "mention outside the timexes");
    }
    for r in &a.runs {
        assert!(r.start <= r.end && r.end <= n, "run offsets outside the text");
    }
    for u in [&a.url, &a.image].into_iter().flatten() {
        assert!(u.starts_with("http://") || u.starts_with("https://"), "a URL that is not http(s): {u}");
    }
}
