//! Sentence ranking: position-aware directed centrality over tf-idf vectors (after PacSum,
//! Zheng & Lapata 2019), plus title overlap. Past [`WINDOW`] sentences each one is compared only
//! with its neighbours, so the cost stays linear in the number of sentences.

use crate::text::words::Token;
use std::collections::HashMap;

/// Each sentence is compared with at most this many sentences on either side.
pub const WINDOW: usize = 100;

/// A sparse tf-idf vector: (term id, weight), sorted by term id, unit length.
pub type Vector = Vec<(u32, f64)>;

pub fn cosine(a: &Vector, b: &Vector) -> f64 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

/// tf-idf vectors of the content terms of each sentence, idf over the sentences themselves.
pub fn vectors(sentences: &[Vec<Token>]) -> Vec<Vector> {
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut df: Vec<u32> = Vec::new();
    let mut bags: Vec<HashMap<u32, f64>> = Vec::with_capacity(sentences.len());
    for toks in sentences {
        let mut bag: HashMap<u32, f64> = HashMap::new();
        for t in toks.iter().filter(|t| !t.stop && t.term.chars().any(|c| c.is_alphabetic())) {
            let next = ids.len() as u32;
            let id = *ids.entry(t.term.as_str()).or_insert(next);
            if id as usize == df.len() {
                df.push(0);
            }
            *bag.entry(id).or_insert(0.0) += 1.0;
        }
        for id in bag.keys() {
            df[*id as usize] += 1;
        }
        bags.push(bag);
    }
    let n = sentences.len().max(1) as f64;
    bags.into_iter()
        .map(|bag| {
            let mut v: Vector = bag
                .into_iter()
                .map(|(id, tf)| (id, (1.0 + tf.ln()) * (1.0 + (n / df[id as usize] as f64).ln())))
                .collect();
            v.sort_by_key(|x| x.0);
            let norm = v.iter().map(|x| x.1 * x.1).sum::<f64>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|x| x.1 /= norm);
            }
            v
        })
        .collect()
}

/// Score the sentences: `rankable[i]` false keeps sentence i at 0 and out of the graph.
/// `title` holds the title's tokens, if any.
pub fn rank(sentences: &[Vec<Token>], rankable: &[bool], title: &[Token]) -> Vec<f64> {
    let idx: Vec<usize> = (0..sentences.len()).filter(|&i| rankable[i]).collect();
    let mut all: Vec<Vec<Token>> = idx.iter().map(|&i| sentences[i].clone()).collect();
    all.push(title.to_vec());
    let vecs = vectors(&all);
    let title_vec = vecs.last().cloned().unwrap_or_default();
    let n = idx.len();
    let mut scores = vec![0.0; sentences.len()];
    if n == 0 {
        return scores;
    }
    // Directed centrality: a sentence is central when later sentences echo it (forward edges
    // weigh more than backward ones, as in PacSum).
    let (forward, backward) = (1.0, 0.3);
    let mut central = vec![0.0; n];
    for a in 0..n {
        let hi = (a + WINDOW + 1).min(n);
        for b in a + 1..hi {
            let s = cosine(&vecs[a], &vecs[b]);
            if s > 0.0 {
                central[a] += forward * s;
                central[b] += backward * s;
            }
        }
    }
    let max = central.iter().cloned().fold(0.0, f64::max).max(1e-9);
    for (k, &i) in idx.iter().enumerate() {
        let words = sentences[i].len() as f64;
        let position = 1.0 / (1.0 + k as f64).sqrt();
        let length = if words < 6.0 { 0.4 } else if words > 60.0 { 0.7 } else { 1.0 };
        let title_overlap = cosine(&vecs[k], &title_vec);
        scores[i] = ((central[k] / max) * 0.5 + position * 0.4 + title_overlap * 0.3) * length;
    }
    scores
}
