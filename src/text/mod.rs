//! Text: the language layer. Sentence boundaries, words and their normal forms, stop words, and
//! the language of the article. It knows nothing of summaries or dates.

pub mod language;
pub mod lower;
pub mod packs;
pub mod sentences;
pub mod snowball;
#[rustfmt::skip]
mod snowball_tables;
pub mod tense;
pub mod uax29;
#[rustfmt::skip]
mod uax29_tables;
pub mod upper;
pub mod words;

/// Whether `w` is one of the words of `list` (one space apart, any order): word lists are packed
/// into one string each, fewer bytes in the wasm build than a table of slices or a `matches!`
/// over as many literals. Used for every word of a text, so a substring search comes first
/// (most words are in no list), then the items as bytes (a space is one byte in UTF-8).
pub fn listed(list: &str, w: &str) -> bool {
    list.contains(w) && list.as_bytes().split(|&b| b == b' ').any(|g| g == w.as_bytes())
}

#[cfg(test)]
pub(crate) mod tests {
    /// Every character (surrogates are none).
    pub(crate) fn chars() -> impl Iterator<Item = char> {
        (0..=0x10FFFFu32).filter_map(char::from_u32)
    }

    /// A case mapping of `chars` in the form of the run tables of `text::lower` and
    /// `text::upper`: the characters `map` changes into one character, as runs (first code
    /// point, length up to 255, step 1 or 2, shift), and those it changes into several, one
    /// line each (the character, then its mapping).
    pub(crate) fn case_runs(
        chars: impl Iterator<Item = char>,
        map: impl Fn(char) -> String,
    ) -> (Vec<(u32, u8, u8, i32)>, String) {
        let mut single = Vec::new();
        let mut special = String::new();
        for c in chars {
            let l = map(c);
            let mut it = l.chars();
            match (it.next(), it.next()) {
                (Some(x), None) if x == c => {}
                (Some(x), None) => single.push((c as u32, x as i32 - c as i32)),
                _ => {
                    if !special.is_empty() {
                        special.push('\n');
                    }
                    special.push(c);
                    special.push_str(&l);
                }
            }
        }
        let mut runs = Vec::new();
        let mut i = 0;
        while i < single.len() {
            let (c, d) = single[i];
            let mut step = 1;
            let mut n = 1;
            if i + 1 < single.len() && single[i + 1].1 == d && (single[i + 1].0 - c == 1 || single[i + 1].0 - c == 2) {
                step = single[i + 1].0 - c;
                while i + n < single.len() && n < 255 && single[i + n].1 == d && single[i + n].0 == c + n as u32 * step
                {
                    n += 1;
                }
            }
            runs.push((c, n as u8, step as u8, d));
            i += n;
        }
        (runs, special)
    }

    /// The Rust source of a case table's `RUNS` and `SPECIAL`, as the tables are written.
    pub(crate) fn case_source(runs: &[(u32, u8, u8, i32)], special: &str) -> String {
        let mut src = String::from("const RUNS: &[(u32, u8, u8, i32)] = &[\n");
        for chunk in runs.chunks(6) {
            let items: Vec<String> =
                chunk.iter().map(|r| format!("(0x{:X}, {}, {}, {})", r.0, r.1, r.2, r.3)).collect();
            src.push_str(&format!("    {},\n", items.join(", ")));
        }
        src.push_str("];\n\nconst SPECIAL: &str = \"");
        src.push_str(&special.escape_unicode().to_string().replace("\\u{a}", "\\n"));
        src.push_str("\";\n");
        src
    }

    #[test]
    fn listed_matches_whole_words_only() {
        let list = "in since until";
        assert!(super::listed(list, "since") && super::listed(list, "in") && super::listed(list, "until"));
        // inside a word, across a space, or empty: a substring, not a word of the list
        for w in ["sin", "n", "in since", "til", ""] {
            assert!(!super::listed(list, w), "{w:?}");
        }
    }
}
