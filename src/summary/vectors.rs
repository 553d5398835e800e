//! Sentence vectors: sparse tf-idf vectors of a sentence's content terms and of the pairs of
//! content terms in a row, and their cosine. Shared by ranking (centrality, title and opening
//! overlap) and selection (redundancy), so neither imports the other for them.

use crate::hash::HashMap;
use crate::text::words::Token;

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

fn content(t: &Token) -> bool {
    !t.stop && t.term.chars().any(|c| c.is_alphabetic())
}

/// tf-idf vectors of the content terms of each sentence and (when `bigram` is above 0) of the
/// pairs of content terms in a row, weighted `bigram`: stop words between the two are skipped,
/// a number or symbol breaks the pair. idf over the sentences themselves.
pub fn vectors(sentences: &[&[Token]], bigram: f64) -> Vec<Vector> {
    // Each pair written "first second" into one buffer, with its span and sentence; the pairs
    // take ids after the single terms (the same map, so no second hash map's code in the wasm
    // build, and one growing buffer rather than a string per pair).
    let mut buf = String::new();
    let mut pairs: Vec<(usize, usize, u32)> = Vec::new();
    let mut bags: Vec<Vec<(u32, f64)>> = Vec::with_capacity(sentences.len());
    let mut ids: HashMap<&str, u32> = HashMap::default();
    for (s, toks) in sentences.iter().enumerate() {
        let mut bag: Vec<(u32, f64)> = Vec::new();
        let mut prev: Option<&str> = None;
        for t in toks.iter() {
            if !content(t) {
                if !t.stop {
                    prev = None;
                }
                continue;
            }
            let next = ids.len() as u32;
            bag.push((*ids.entry(t.term.as_str()).or_insert(next), 1.0));
            if let Some(p) = prev.filter(|_| bigram > 0.0) {
                let start = buf.len();
                buf.push_str(p);
                buf.push(' ');
                buf.push_str(&t.term);
                pairs.push((start, buf.len(), s as u32));
            }
            prev = Some(t.term.as_str());
        }
        bags.push(bag);
    }
    let singles = ids.len() as u32;
    for &(start, end, s) in &pairs {
        let next = ids.len() as u32;
        bags[s as usize].push((*ids.entry(&buf[start..end]).or_insert(next), 1.0));
    }
    let id = ids.len();
    let mut df = vec![0u32; id];
    for bag in bags.iter_mut() {
        crate::order::sort_by_key(bag, |x| x.0);
        bag.dedup_by(|b, a| {
            let same = a.0 == b.0;
            if same {
                a.1 += 1.0;
            }
            same
        });
        for (id, _) in bag.iter() {
            df[*id as usize] += 1;
        }
    }
    let n = sentences.len().max(1) as f64;
    bags.into_iter()
        .map(|mut v| {
            for x in v.iter_mut() {
                x.1 = (1.0 + x.1.ln()) * (1.0 + (n / df[x.0 as usize] as f64).ln());
                if x.0 >= singles {
                    x.1 *= bigram;
                }
            }
            let norm = v.iter().map(|x| x.1 * x.1).sum::<f64>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|x| x.1 /= norm);
            }
            v
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::summary::rank::Params;
    use crate::text::words::tokens;

    fn toks(t: &str) -> Vec<Token> {
        tokens(t, 0..t.len(), "en")
    }

    #[test]
    fn a_shared_phrase_counts_beyond_its_words() {
        let texts =
            ["Interest rates rose sharply in May.", "Interest rates fell in June.", "Rates of interest fell in June."];
        let sentences: Vec<Vec<Token>> = texts.iter().map(|t| toks(t)).collect();
        let slices: Vec<&[Token]> = sentences.iter().map(|t| t.as_slice()).collect();
        // Words alone: the two later sentences are equally like the first.
        let v = vectors(&slices, 0.0);
        assert!((cosine(&v[0], &v[1]) - cosine(&v[0], &v[2])).abs() < 1e-9);
        // With pairs, the one that says "interest rates" as the first does is closer.
        let v = vectors(&slices, Params::DEFAULT.bigram);
        assert!(
            cosine(&v[0], &v[1]) > cosine(&v[0], &v[2]) + 0.05,
            "{} {}",
            cosine(&v[0], &v[1]),
            cosine(&v[0], &v[2])
        );
        // A number breaks a pair; a stop word does not.
        let pairs =
            |t: &str| vectors(&[toks(t).as_slice()], 1.0)[0].len() - toks(t).iter().filter(|t| content(t)).count();
        assert_eq!(pairs("Rates of interest."), 1);
        assert_eq!(pairs("Rates 2024 interest."), 0);
    }
}
