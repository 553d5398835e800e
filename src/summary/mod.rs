//! Summary: scores every prose sentence, selects the few that carry the story within the
//! bounds asked for (sentences, words, ratio, style and length: the tightest holds), cuts a
//! headline when that style is asked for; [`keywords`] finds the article's key phrases. Works on the
//! sentences and tokens the text layer produced; knows nothing of dates or markup.

pub mod cues;
pub mod keywords;
pub mod rank;
pub mod select;
pub mod vectors;

pub use keywords::keywords;
pub use rank::rank;
pub use select::{select, Budget};

use crate::error::Error;
use crate::options::{Length, Options, Style, DEFAULT_SENTENCES};
use crate::text::words::Token;
use std::ops::Range;

/// Keywords reported per article.
pub const KEYWORDS: usize = 10;

/// The summary stage's result.
#[derive(Debug, Clone)]
pub struct Summary {
    /// One score per sentence (0 for sentences that cannot enter).
    pub scores: Vec<f64>,
    /// Chosen sentence indices, in document order.
    pub chosen: Vec<usize>,
    /// The headline (style `headline` only): the chosen sentence, cut to its leading clause
    /// when it is longer than the length allows.
    pub headline: Option<String>,
}

/// Sentences for a style and length (headline: one).
fn style_sentences(style: Style, length: Length) -> usize {
    let i = length as usize;
    match style {
        Style::KeyPoints => [3, 5, 7][i],
        Style::Tldr | Style::Teaser => [1, 3, 5][i],
        Style::Headline => 1,
    }
}

/// Word limit of a headline for a length.
fn headline_words(length: Length) -> usize {
    [12, 17, 22][length as usize]
}

/// The tightest of the bounds asked for; three sentences when none is.
pub fn budget(options: &Options, prose: usize) -> Result<Budget, Error> {
    let mut sentences: Option<usize> = options.sentences;
    let mut tighten = |n: usize| sentences = Some(sentences.map_or(n, |s| s.min(n)));
    if options.style.is_some() || options.length.is_some() {
        tighten(style_sentences(options.style.unwrap_or_default(), options.length.unwrap_or_default()));
    }
    if let Some(r) = options.ratio {
        if !(r > 0.0 && r <= 1.0) {
            return Err(Error::BadOption("ratio must be more than 0 and at most 1".into()));
        }
        tighten(((r * prose as f64).round() as usize).max(1));
    }
    let sentences = match (sentences, options.words) {
        (Some(s), _) => s,
        (None, Some(_)) => usize::MAX,
        (None, None) => DEFAULT_SENTENCES,
    };
    Ok(Budget { sentences, words: options.words })
}

/// Rank and select. `ranges[i]` and `tokens[i]` are sentence i's byte range
/// in `text` and its tokens; only sentences with `rankable[i]` can enter the summary; `lang`
/// (ISO 639-1) chooses the word lists sentences are read by.
pub fn summarize(
    text: &str,
    ranges: &[Range<usize>],
    tokens: &[Vec<Token>],
    rankable: &[bool],
    title: &[Token],
    lang: &str,
    options: &Options,
) -> Result<Summary, Error> {
    summarize_with(text, ranges, tokens, rankable, title, lang, options, &rank::Params::current())
}

/// [`summarize`] with the ranking's parameters given (the tuner's entry).
// Parallel slices of one sentence list; one `Sentences` stage type is issue 19's item 3.
#[allow(clippy::too_many_arguments)]
pub fn summarize_with(
    text: &str,
    ranges: &[Range<usize>],
    tokens: &[Vec<Token>],
    rankable: &[bool],
    title: &[Token],
    lang: &str,
    options: &Options,
    base: &rank::Params,
) -> Result<Summary, Error> {
    // A sentence with no letters ("!", "* * *", "12 - 3") says nothing: it is never ranked.
    let rankable: Vec<bool> = (0..tokens.len())
        .map(|i| rankable[i] && tokens[i].iter().any(|t| t.norm.chars().any(char::is_alphabetic)))
        .collect();
    let rankable = rankable.as_slice();
    let prose: Vec<usize> = (0..tokens.len()).filter(|&i| rankable[i]).collect();
    let budget = budget(options, prose.len())?;
    let style = options.style.unwrap_or_default();
    let prose_words: usize = prose.iter().map(|&i| tokens[i].len()).sum();
    let mean_words = prose_words as f64 / prose.len().max(1) as f64;
    let size = (budget.sentences.min(prose.len()) as f64)
        .min(budget.words.map_or(f64::MAX, |w| w as f64 / mean_words.max(1.0)));
    let params = base.for_length(prose.len()).for_size(size);
    let scores = rank::rank(text, ranges, tokens, rankable, title, lang, &params, style == Style::Teaser);

    let slices: Vec<&[Token]> = tokens.iter().map(|t| t.as_slice()).collect();
    let vectors = vectors::vectors(&slices, params.bigram);
    let words: Vec<usize> = tokens.iter().map(|t| t.len()).collect();
    let mut previous = vec![None; tokens.len()];
    for w in prose.windows(2) {
        previous[w[1]] = Some(w[0]);
    }
    let inside = rank::inside_quotes(text, ranges);
    let dependent: Vec<bool> = (0..tokens.len())
        .map(|i| rankable[i] && (inside[i] || rank::surface(text, ranges[i].clone(), &tokens[i], lang).dependent))
        .collect();
    let mut continued = vec![false; tokens.len()];
    for w in prose.windows(2) {
        continued[w[0]] = inside[w[1]];
    }
    let candidates = select::Candidates {
        scores: &scores,
        words: &words,
        vectors: &vectors,
        dependent: &dependent,
        previous: &previous,
        continued: &continued,
        redundant: params.redundant,
        redundancy: params.redundancy,
    };

    let (chosen, headline) = if style == Style::Headline {
        // The most central sentence that stands alone, whatever its length: the cut makes it fit.
        let best = prose.iter().copied().filter(|&i| !dependent[i]).chain(prose.iter().copied()).fold(
            None,
            |b: Option<usize>, i| match b {
                Some(b) if scores[b] >= scores[i] => Some(b),
                _ => Some(i),
            },
        );
        let limit = headline_words(options.length.unwrap_or_default()).min(options.words.unwrap_or(usize::MAX)).max(1);
        match best {
            Some(i) if budget.sentences > 0 => {
                (vec![i], Some(cut_headline(text, &tokens[i], ranges[i].clone(), limit)))
            }
            _ => (Vec::new(), None),
        }
    } else {
        (select(&candidates, budget), None)
    };
    Ok(Summary { scores, chosen, headline })
}

/// A sentence as a headline of at most `limit` words: whole when it fits; else its leading
/// clause (up to the last clause boundary within the limit, a comma, colon, dash or a word
/// such as "after" or "while"); else its first `limit` words and an ellipsis. No final stop.
pub fn cut_headline(text: &str, toks: &[Token], range: Range<usize>, limit: usize) -> String {
    let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let strip = |s: String| s.trim_end_matches(['.', ',', ';', ':', ' ', '-', '–', '—']).to_string();
    if toks.len() <= limit {
        return strip(clean(&text[range]));
    }
    // Boundary before token k: punctuation in the gap, or a clause-starting word.
    let min_words = 4.min(limit);
    let mut cut = None;
    for k in min_words..=limit.min(toks.len() - 1) {
        let gap = &text[toks[k - 1].end..toks[k].start];
        let punct = gap.contains([',', ';', ':', '—', '–', '(']) || gap.contains(" - ");
        if punct || cues::contains(cues::CLAUSE_STARTS, &toks[k].norm) {
            cut = Some(k);
        }
    }
    match cut {
        Some(k) => strip(clean(&text[range.start..toks[k - 1].end])),
        None => strip(clean(&text[range.start..toks[limit - 1].end])) + "…",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words::tokens;

    #[test]
    fn headline_cuts_at_a_clause() {
        let t = "The city council approved the new bridge on Tuesday, ending a decade of debate over the crossing that divided the town.";
        let toks = tokens(t, 0..t.len(), "en");
        assert_eq!(cut_headline(t, &toks, 0..t.len(), 12), "The city council approved the new bridge on Tuesday");
        let short = "Council approves bridge.";
        assert_eq!(
            cut_headline(short, &tokens(short, 0..short.len(), "en"), 0..short.len(), 12),
            "Council approves bridge"
        );
        let run = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen.";
        assert_eq!(
            cut_headline(run, &tokens(run, 0..run.len(), "en"), 0..run.len(), 12),
            "One two three four five six seven eight nine ten eleven twelve…"
        );
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn tightest_bound_holds() {
        let o = |json: &str| -> Options { serde_json::from_str(json).unwrap() };
        assert_eq!(budget(&o("{}"), 40).unwrap(), Budget { sentences: 3, words: None });
        assert_eq!(budget(&o(r#"{"style":"key-points","length":"long"}"#), 40).unwrap().sentences, 7);
        assert_eq!(budget(&o(r#"{"style":"key-points","length":"long","sentences":4}"#), 40).unwrap().sentences, 4);
        assert_eq!(budget(&o(r#"{"style":"tldr","length":"medium","ratio":0.05}"#), 40).unwrap().sentences, 2);
        assert_eq!(budget(&o(r#"{"words":50}"#), 40).unwrap(), Budget { sentences: usize::MAX, words: Some(50) });
        assert!(budget(&o(r#"{"ratio":1.5}"#), 40).is_err());
    }
}
