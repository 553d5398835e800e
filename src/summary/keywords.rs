//! Keywords: the article's key phrases, ranked, as written.
//!
//! Candidates are runs of adjacent content words inside one prose sentence (joined by a space
//! or a hyphen, never across punctuation). A run breaks where capitalization changes, so a name
//! ("Andros Townsend") stays apart from the words after it ("hit back"). A name run is one
//! candidate; a lower-case run gives its phrases of one to three words, and a phrase of several
//! must recur. A word weighs by how often its stem recurs, early mentions counting more; a
//! phrase scores by the mean weight of its words, its length and its count. A lone surname or
//! first name joins the full name it belongs to. Weekdays and months (the timeline's business),
//! number words and lone verb forms are left out, and words too general to be a topic ("since",
//! "long", "still", "new", "time") neither stand alone nor open or close a phrase. The surface form is the one written most often.

use super::cues;
use crate::analysis::Keyword;
use crate::text::words::Token;
use std::collections::HashMap;

const MAX_PHRASE: usize = 3;
const MAX_NAME: usize = 4;

#[derive(Default)]
struct Phrase {
    count: usize,
    first: usize,
    name: bool,
    /// Surface forms and their counts, in order of first appearance.
    surfaces: Vec<(String, usize)>,
    score: f64,
}

fn is_content(t: &Token) -> bool {
    !t.stop
        && !t.norm.starts_with('\'')
        && !t.norm.ends_with("n't") && t.norm.chars().any(|c| c.is_alphabetic()) && (t.norm.chars().count() > 2 || t.norm.chars().all(|c| c.is_alphabetic()) && t.norm.len() == 2)
}

/// A word that never belongs to a key phrase: a date word or a number word.
fn excluded(t: &Token) -> bool {
    cues::contains(cues::CALENDAR, &t.norm) || cues::contains(cues::NUMBERS, &t.norm)
}

fn capitalized(text: &str, t: &Token) -> bool {
    text[t.start..].chars().next().is_some_and(|c| c.is_uppercase())
}

/// A word too general to open or close a key phrase ("since", "long", "new").
fn weak(t: &Token) -> bool {
    cues::contains(cues::WEAK, &t.norm)
}

/// A lone word that is most likely a verb form ("closed", "found", "said").
fn verb_like(t: &Token) -> bool {
    cues::contains(cues::VERBS, &t.norm) || t.norm.ends_with("ed") && t.norm.len() > 4
}

fn add<'a>(phrases: &mut HashMap<Vec<&'a str>, Phrase>, terms: Vec<&'a str>, surface: &str, name: bool, order: usize) {
    let p = phrases.entry(terms).or_insert_with(|| Phrase { first: order, name, ..Phrase::default() });
    p.count += 1;
    match p.surfaces.iter_mut().find(|s| s.0 == surface) {
        Some(s) => s.1 += 1,
        None => p.surfaces.push((surface.to_string(), 1)),
    }
}

pub fn keywords(text: &str, sentences: &[Vec<Token>], rankable: &[bool], limit: usize) -> Vec<Keyword> {
    // Words written with a capital inside a sentence: a sentence-initial capital is only a name
    // when the word is also capitalized elsewhere.
    let mut named: HashMap<&str, bool> = HashMap::new();
    let mut weight: HashMap<&str, f64> = HashMap::new();
    let total = sentences.len().max(1) as f64;
    for (i, toks) in sentences.iter().enumerate().filter(|(i, _)| rankable[*i]) {
        let early = 1.0 + 0.5 * (1.0 - i as f64 / total);
        for (k, t) in toks.iter().enumerate().filter(|(_, t)| is_content(t)) {
            *weight.entry(t.term.as_str()).or_insert(0.0) += early;
            if k > 0 {
                let e = named.entry(t.norm.as_str()).or_insert(true);
                *e &= capitalized(text, t);
            }
        }
    }
    // A sentence-initial capital is a name when the word is capitalized elsewhere, or when a
    // name follows it directly ("Andros Townsend scored").
    let is_name = |toks: &[Token], k: usize| {
        let t = &toks[k];
        capitalized(text, t)
            && (k > 0
                || named.get(t.norm.as_str()).copied().unwrap_or(false)
                || toks.get(1).is_some_and(|n| is_content(n) && capitalized(text, n) && named.get(n.norm.as_str()).copied().unwrap_or(false) && &text[t.end..n.start] == " "))
    };

    let mut phrases: HashMap<Vec<&str>, Phrase> = HashMap::new();
    let mut order = 0usize;
    for (_, toks) in sentences.iter().enumerate().filter(|(i, _)| rankable[*i]) {
        let mut k = 0;
        while k < toks.len() {
            if !is_content(&toks[k]) || excluded(&toks[k]) {
                k += 1;
                continue;
            }
            let name = is_name(toks, k);
            let mut end = k + 1;
            while end < toks.len() {
                let t = &toks[end];
                let gap = &text[toks[end - 1].end..t.start];
                let joined = !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '-');
                // A word written twice in a row ("Muto Muto", a caption glued to its name) is
                // two mentions, not one longer phrase.
                if !joined || !is_content(t) || is_name(toks, end) != name || excluded(t) || t.term == toks[end - 1].term {
                    break;
                }
                end += 1;
            }
            let run = &toks[k..end];
            order += 1;
            if name {
                if run.len() <= MAX_NAME {
                    add(&mut phrases, run.iter().map(|t| t.term.as_str()).collect(), &text[run[0].start..run[run.len() - 1].end], true, order);
                }
            } else {
                for len in 1..=MAX_PHRASE.min(run.len()) {
                    for w in run.windows(len) {
                        if len == 1 && verb_like(&w[0]) || weak(&w[0]) || weak(&w[len - 1]) {
                            continue;
                        }
                        add(&mut phrases, w.iter().map(|t| t.term.as_str()).collect(), &text[w[0].start..w[len - 1].end], false, order);
                    }
                }
            }
            k = end;
        }
    }

    // A lone name word joins the most frequent full name that starts or ends with it.
    let mut full: HashMap<&str, (usize, usize, Vec<&str>)> = HashMap::new();
    for (t, p) in phrases.iter().filter(|(t, p)| p.name && t.len() > 1) {
        for end in [t[0], t[t.len() - 1]] {
            let e = full.entry(end).or_insert((0, usize::MAX, Vec::new()));
            if (p.count, usize::MAX - p.first) > (e.0, usize::MAX - e.1) {
                *e = (p.count, p.first, t.clone());
            }
        }
    }
    let singles: Vec<Vec<&str>> = phrases.iter().filter(|(t, p)| p.name && t.len() == 1 && full.contains_key(t[0])).map(|(t, _)| t.clone()).collect();
    for single in singles {
        let target = &full[single[0]].2;
        let s = phrases.remove(&single).unwrap_or_default();
        if let Some(p) = phrases.get_mut(target) {
            p.count += s.count;
            p.first = p.first.min(s.first);
        }
    }

    for (terms, p) in phrases.iter_mut() {
        let mean = terms.iter().map(|t| weight.get(t).copied().unwrap_or(0.0)).sum::<f64>() / terms.len() as f64;
        p.score = mean * (1.0 + 0.6 * (terms.len() as f64 - 1.0)) * (1.0 + (p.count as f64).ln());
    }
    let mut list: Vec<(Vec<&str>, Phrase)> = phrases.into_iter().filter(|(t, p)| t.len() == 1 || p.name || p.count >= 2).collect();
    // Ties broken by first mention, then by the terms: the map's order is random per run, the
    // output must not be.
    crate::order::sort_by(&mut list, |a, b| b.1.score.total_cmp(&a.1.score).then(a.1.first.cmp(&b.1.first)).then_with(|| a.0.cmp(&b.0)));

    let mut out: Vec<(Vec<&str>, Phrase)> = Vec::new();
    let within = |small: &[&str], big: &[&str]| big.len() >= small.len() && big.windows(small.len()).any(|w| w == small);
    for cand in list {
        if out.iter().any(|o| within(&cand.0, &o.0)) {
            continue;
        }
        // A longer phrase around a word already taken replaces it when it weighs at least half.
        let around = out.iter().position(|o| within(&o.0, &cand.0));
        if let Some(pos) = around.filter(|&pos| !cand.1.name && cand.1.score >= 0.5 * out[pos].1.score) {
            out[pos].0 = cand.0.clone();
            out[pos].1.surfaces = cand.1.surfaces;
            let mut k = 0;
            out.retain(|o| {
                k += 1;
                k - 1 == pos || !within(&o.0, &cand.0)
            });
            continue;
        }
        if around.is_none() && out.len() < limit {
            out.push(cand);
        }
    }
    let max = out.first().map(|x| x.1.score).unwrap_or(1.0).max(1e-9);
    out.into_iter()
        .map(|(_, p)| {
            // The most frequent surface form; the first written on a tie.
            let mut best: Option<&(String, usize)> = None;
            for s in &p.surfaces {
                if best.map_or(true, |b| s.1 > b.1) {
                    best = Some(s);
                }
            }
            let text = best.map(|s| s.0.clone()).unwrap_or_default();
            Keyword { text, score: (p.score / max * 1000.0).round() / 1000.0 }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words::tokens;

    /// Up to ten key phrases of English `text`, one sentence per ". "-separated part.
    fn key_phrases(text: &str) -> Vec<Keyword> {
        let mut toks = Vec::new();
        let mut start = 0;
        for part in text.split_inclusive(". ") {
            toks.push(tokens(text, start..start + part.len(), "en"));
            start += part.len();
        }
        keywords(text, &toks, &vec![true; toks.len()], 10)
    }

    #[test]
    fn names_merge_and_verbs_and_weekdays_stay_out() {
        let text = "Andros Townsend scored on Tuesday. Townsend hit back at critics. Critics closed ranks after Townsend scored. The penalty kick decided the game, and the penalty kick was late.";
        let k = key_phrases(text);
        let texts: Vec<&str> = k.iter().map(|k| k.text.as_str()).collect();
        assert_eq!(texts[0], "Andros Townsend", "{texts:?}");
        assert!(!texts.contains(&"Townsend"), "{texts:?}");
        assert!(texts.contains(&"penalty kick"), "{texts:?}");
        assert!(!texts.iter().any(|t| t.contains("Tuesday") || *t == "closed" || t.contains("Townsend hit")), "{texts:?}");
    }

    #[test]
    fn general_words_are_not_key_phrases() {
        let text = "The drought has lasted since spring, and long queues for water have formed since then.                     The long drought still worries farmers. Farmers have waited a long time for rain since the wells dried.                     Water trucks still come to the village, and the water queues are still long.";
        let k = key_phrases(text);
        let texts: Vec<&str> = k.iter().map(|k| k.text.as_str()).collect();
        assert!(texts.contains(&"drought") && texts.iter().any(|t| t.contains("water")), "{texts:?}");
        for weak in ["since", "long", "still", "time"] {
            assert!(!texts.iter().any(|t| t.split([' ', '-']).next() == Some(weak) || t.ends_with(weak)), "{weak} in {texts:?}");
        }
    }

    #[test]
    fn a_name_written_twice_in_a_row_is_not_a_phrase() {
        // A photo caption glued to the text repeats the surname: "Rina Sato Sato celebrates".
        let text = "Kobe striker Rina Sato Sato celebrates her goal against Osaka. Rina Sato scored twice as Kobe beat Osaka in the cup final. Sato has now scored in every round of the cup. Kobe coach Emi Tanaka praised Sato after the final.";
        let k = key_phrases(text);
        let texts: Vec<&str> = k.iter().map(|k| k.text.as_str()).collect();
        assert!(!texts.iter().any(|t| t.contains("Sato Sato")), "{texts:?}");
        assert_eq!(texts[0], "Rina Sato", "{texts:?}");
    }

    #[test]
    fn ties_come_out_in_one_order() {
        // "keep within budget rules" twice: its two three-word phrases tie on every count, and
        // each call's hash map visits them in its own order.
        let text = "The club must keep within budget rules this season. Auditors said the club can keep within budget rules if sales rise. Sales rose in the spring.";
        let texts = || key_phrases(text).into_iter().map(|k| k.text).collect::<Vec<_>>();
        let first = texts();
        assert!(first.iter().any(|t| t == "keep within budget") && first.iter().any(|t| t == "within budget rules"), "{first:?}");
        for _ in 0..20 {
            assert_eq!(texts(), first);
        }
    }
}
