//! Text: the language layer. Sentence boundaries, words and their normal forms, stop words, and
//! the language of the article. It knows nothing of summaries or dates.

pub mod language;
pub mod lower;
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
mod tests {
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
