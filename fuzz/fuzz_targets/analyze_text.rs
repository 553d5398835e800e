//! Any bytes as pasted text, with options taken from the first bytes: the core must return an
//! Analysis or an error value, never panic, and every offset must index the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use nutshell::{analyze, InputKind, Options, Prefer, Style};

fuzz_target!(|data: &[u8]| {
    let (head, body) = data.split_at(data.len().min(2));
    let text = String::from_utf8_lossy(body);
    let mut options = Options { input: InputKind::Text, ..Options::default() };
    if let [a, b] = head {
        options.sentences = Some(1 + (*a as usize % 8));
        options.style = Some([Style::KeyPoints, Style::Tldr, Style::Teaser, Style::Headline][(*b as usize) % 4]);
        options.prefer = [Prefer::Tense, Prefer::Past, Prefer::Future][(*a as usize / 8) % 3];
        options.published = (b & 4 != 0).then(|| "2021-03-04".to_string());
    }
    if let Ok(a) = analyze(&text, &options) {
        let n = a.text.chars().count();
        for s in &a.sentences {
            assert!(s.start <= s.end && s.end <= n, "sentence offsets outside the text");
        }
        for t in &a.timexes {
            assert!(t.start <= t.end && t.end <= n, "timex offsets outside the text");
        }
        for &i in &a.summary {
            assert!(i < a.sentences.len(), "summary index outside the sentences");
        }
    }
});
