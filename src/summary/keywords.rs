//! Keywords: the article's key phrases, as written. Candidates are runs of adjacent content
//! words inside one sentence; a phrase scores by how often its words recur, favouring early
//! and repeated mentions.

use crate::analysis::Keyword;
use crate::text::words::Token;
use std::collections::HashMap;

const MAX_PHRASE: usize = 3;

type Phrases<'a> = HashMap<Vec<&'a str>, (f64, String, usize)>;

/// Count every phrase of 1..=MAX_PHRASE words inside a run of adjacent content words.
fn flush<'a>(text: &str, term_weight: &HashMap<&str, f64>, run: &mut Vec<&'a Token>, phrases: &mut Phrases<'a>) {
    for len in 1..=MAX_PHRASE.min(run.len()) {
        for w in run.windows(len) {
            let terms: Vec<&'a str> = w.iter().map(|t| t.term.as_str()).collect();
            let weights: Vec<f64> = terms.iter().map(|t| term_weight.get(t).copied().unwrap_or(0.0)).collect();
            if weights.iter().any(|&x| x < 2.0) && len > 1 {
                continue;
            }
            let mean = weights.iter().sum::<f64>() / len as f64;
            let surface = text[w[0].start..w[len - 1].end].to_string();
            let e = phrases.entry(terms).or_insert((0.0, surface, 0));
            e.0 = mean * (1.0 + 0.6 * (len as f64 - 1.0));
            e.2 += 1;
        }
    }
    run.clear();
}

pub fn keywords(text: &str, sentences: &[Vec<Token>], rankable: &[bool], limit: usize) -> Vec<Keyword> {
    let mut term_weight: HashMap<&str, f64> = HashMap::new();
    let total = sentences.len().max(1) as f64;
    for (i, toks) in sentences.iter().enumerate() {
        if !rankable[i] {
            continue;
        }
        let early = 1.0 + 0.5 * (1.0 - i as f64 / total);
        for t in toks.iter().filter(|t| !t.stop && t.norm.chars().any(|c| c.is_alphabetic()) && t.norm.chars().count() > 2) {
            *term_weight.entry(t.term.as_str()).or_insert(0.0) += early;
        }
    }
    // phrase (by terms) -> (score, surface form, count)
    let mut phrases: Phrases = HashMap::new();
    for (i, toks) in sentences.iter().enumerate() {
        if !rankable[i] {
            continue;
        }
        let mut run: Vec<&Token> = Vec::new();
        for (k, t) in toks.iter().enumerate() {
            let joined = k > 0 && {
                let gap = &text[toks[k - 1].end..t.start];
                gap.chars().all(|c| c == ' ' || c == '-')
            };
            let content = !t.stop && t.norm.chars().any(|c| c.is_alphabetic()) && t.norm.chars().count() > 2;
            if !joined || !content {
                flush(text, &term_weight, &mut run, &mut phrases);
            }
            if content {
                run.push(t);
            }
        }
        flush(text, &term_weight, &mut run, &mut phrases);
    }
    let mut list: Vec<(Vec<&str>, f64, String)> = phrases
        .into_iter()
        .filter(|(terms, (_, _, count))| terms.len() == 1 || *count >= 2)
        .map(|(terms, (score, surface, count))| (terms, score * (1.0 + (count as f64).ln()), surface))
        .collect();
    list.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.2.cmp(&b.2)));
    let mut out: Vec<(Vec<&str>, f64, String)> = Vec::new();
    for cand in list {
        // Skip a phrase inside one already taken, or one that contains a taken single word
        // with little more to add.
        let inside = out.iter().any(|o| o.0.len() >= cand.0.len() && o.0.windows(cand.0.len()).any(|w| w == cand.0.as_slice()));
        if inside {
            continue;
        }
        out.push(cand);
        if out.len() >= limit {
            break;
        }
    }
    let max = out.first().map(|x| x.1).unwrap_or(1.0).max(1e-9);
    out.into_iter().map(|(_, score, text)| Keyword { text, score: (score / max * 1000.0).round() / 1000.0 }).collect()
}
