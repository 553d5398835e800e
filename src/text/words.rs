//! Words: Unicode word tokens (UAX #29) with their normalized form, and stop words.

use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

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

/// English stop words: the function words of the language (articles, pronouns, auxiliaries,
/// prepositions, conjunctions), written for this project.
const STOP_EN: &[&str] = &[
    "a", "about", "above", "according", "after", "again", "against", "all", "also", "am", "an",
    "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
    "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
    "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
    "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is",
    "it", "its", "itself", "just", "many", "may", "me", "might", "more", "most", "mr", "mrs", "ms",
    "much", "must", "my", "myself", "new", "no", "nor", "not", "now", "of", "off", "on", "once",
    "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "s", "said",
    "same", "say", "says", "shall", "she", "should", "so", "some", "such", "t", "than", "that",
    "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
    "those", "through", "to", "too", "two", "under", "until", "up", "us", "very", "was", "we",
    "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
    "would", "year", "years", "yet", "you", "your", "yours", "yourself",
];

pub fn is_stop(word: &str) -> bool {
    STOP_EN.binary_search(&word).is_ok()
}

/// A light English suffix stripper, enough to merge plurals and verb forms.
fn stem(word: &str) -> String {
    let w = word.strip_suffix("'s").unwrap_or(word);
    for suf in ["ies", "ing", "ed", "es", "s"] {
        if let Some(base) = w.strip_suffix(suf) {
            if base.chars().count() >= 3 && !w.ends_with("ss") {
                return if suf == "ies" { format!("{base}y") } else { base.to_string() };
            }
        }
    }
    w.to_string()
}

/// Tokens of `text[range]`: words with letters or digits, positions in `text`.
pub fn tokens(text: &str, range: Range<usize>) -> Vec<Token> {
    text[range.clone()]
        .unicode_word_indices()
        .map(|(i, w)| {
            let norm = w.to_lowercase().replace('’', "'");
            let stop = is_stop(&norm);
            let term = if stop { norm.clone() } else { stem(&norm) };
            Token { start: range.start + i, end: range.start + i + w.len(), norm, term, stop }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_list_is_sorted() {
        let mut s = STOP_EN.to_vec();
        s.sort();
        s.dedup();
        assert_eq!(s, STOP_EN, "STOP_EN must stay sorted and unique for binary search");
    }

    #[test]
    fn tokens_fold_case_and_keep_offsets() {
        let t = "The Bridges reopened, Zoë said.";
        let toks = tokens(t, 0..t.len());
        assert_eq!(toks.iter().map(|x| x.norm.as_str()).collect::<Vec<_>>(), ["the", "bridges", "reopened", "zoë", "said"]);
        assert!(toks[0].stop && !toks[1].stop);
        assert_eq!(toks[1].term, "bridg");
        assert_eq!(&t[toks[3].start..toks[3].end], "Zoë");
    }
}
