//! The time layer alone: any text scanned for dates against an arbitrary reference time (any
//! year, month, day, clock and zone the bytes spell, well formed or not) in any language and
//! direction. Values must be TIMEX3-shaped and offsets inside the text; never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use nutshell::time::{parse_date, recognize_lang};
use nutshell::Prefer;

fuzz_target!(|data: &[u8]| {
    let (head, body) = data.split_at(data.len().min(6));
    let text = String::from_utf8_lossy(body);
    let b = |i: usize| head.get(i).copied().unwrap_or(0) as i32;
    let reference = match b(0) % 4 {
        0 => None,
        1 => parse_date(&format!("{:04}-{:02}-{:02}", b(1) * 10 + b(2) % 10, b(2) % 14, b(3) % 33)),
        2 => parse_date(&format!("{:04}-{:02}-{:02}T{:02}:{:02}:00{:+03}:00", 1900 + b(1), 1 + b(2) % 12, 1 + b(3) % 28, b(4) % 25, b(5) % 61, b(4) % 15 - 7)),
        _ => parse_date(&text.lines().next().unwrap_or("").chars().take(40).collect::<String>()),
    };
    let prefer = [Prefer::Tense, Prefer::Past, Prefer::Future][(b(4) % 3) as usize];
    let lang = ["en", "de", "fr", "es", "it", "pt", "nl", "ru", "zh", "ja", "und", ""][(b(5) % 12) as usize];
    // Sentences: the lines of the text.
    let mut ranges = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        ranges.push(at..at + line.len());
        at += line.len();
    }
    let n = text.len();
    for t in recognize_lang(&text, &ranges, reference.as_ref(), prefer, lang) {
        assert!(t.start <= t.end && t.end <= n && text.is_char_boundary(t.start) && text.is_char_boundary(t.end), "timex offsets");
        assert!(!t.value.is_empty(), "a timex without a value");
        assert!(t.value.bytes().all(|c| c.is_ascii_alphanumeric() || b"-:.+_T".contains(&c)), "value {:?}", t.value);
    }
});
