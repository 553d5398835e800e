//! Tense and clause cues: whether the clause around a position speaks of the past, the present,
//! the future or a condition, and where that clause begins and ends. The timeline uses both: the
//! tense decides the direction of an underspecified date ("on Friday she said" vs "on Friday she
//! will"), the clause is the event's label.
//!
//! First version: English cues only; the language layer extends it per language as data.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
    Conditional,
}

/// Tense of the clause of `text[sentence]` that holds byte `at`, when the text says.
pub fn tense_at(text: &str, sentence: Range<usize>, at: usize, lang: &str) -> Option<Tense> {
    let _ = (at, lang);
    let lower = text[sentence].to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != '\'').collect();
    let has = |w: &str| words.iter().any(|x| *x == w);
    if has("would") || has("could") {
        return Some(Tense::Conditional);
    }
    if has("will") || has("shall") || lower.contains("'ll ") || lower.contains("expected to") || lower.contains("due to") || lower.contains("plans to") || lower.contains("scheduled") || lower.contains("going to") {
        return Some(Tense::Future);
    }
    if has("said") || has("was") || has("were") || has("had") || has("did") || words.iter().any(|w| w.len() > 4 && w.ends_with("ed")) {
        return Some(Tense::Past);
    }
    if has("is") || has("are") || has("says") {
        return Some(Tense::Present);
    }
    None
}

/// The clause of `text[sentence]` around byte `at` (for trimming an event's label).
pub fn clause_at(text: &str, sentence: Range<usize>, at: usize, lang: &str) -> Range<usize> {
    let _ = lang;
    let s = &text[sentence.clone()];
    let rel = at.saturating_sub(sentence.start).min(s.len());
    let start = s[..rel].rfind([';', ':']).map(|i| sentence.start + i + 1).unwrap_or(sentence.start);
    let end = s[rel..].find([';']).map(|i| sentence.start + rel + i).unwrap_or(sentence.end);
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_tense_cues() {
        let t = |s: &str| tense_at(s, 0..s.len(), 0, "en");
        assert_eq!(t("On Friday she will sign the deal."), Some(Tense::Future));
        assert_eq!(t("On Friday she signed the deal."), Some(Tense::Past));
        assert_eq!(t("On Friday she would sign the deal."), Some(Tense::Conditional));
    }
}
