//! Selection: the best-scored sentences that fit the budget, with redundancy control
//! (a sentence too close to one already chosen is skipped), returned in document order.

use super::rank::{cosine, Vector};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    pub sentences: usize,
    /// Word budget, when one was asked for.
    pub words: Option<usize>,
}

/// Similarity above which a candidate repeats a chosen sentence.
const REDUNDANT: f64 = 0.5;

/// Pick sentence indices. `words[i]` is sentence i's length in words; `vectors[i]` its tf-idf
/// vector; a score of 0 never enters.
pub fn select(scores: &[f64], words: &[usize], vectors: &[Vector], budget: Budget) -> Vec<usize> {
    let mut order: Vec<usize> = (0..scores.len()).filter(|&i| scores[i] > 0.0).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let mut chosen: Vec<usize> = Vec::new();
    let mut used = 0;
    for i in order {
        if chosen.len() >= budget.sentences {
            break;
        }
        if let Some(limit) = budget.words {
            if used + words[i] > limit {
                continue;
            }
        }
        if chosen.iter().any(|&c| cosine(&vectors[c], &vectors[i]) > REDUNDANT) {
            continue;
        }
        used += words[i];
        chosen.push(i);
    }
    chosen.sort_unstable();
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budget_and_redundancy_hold() {
        let v: Vec<Vector> = vec![vec![(0, 1.0)], vec![(0, 1.0)], vec![(1, 1.0)], vec![(2, 1.0)]];
        let scores = [0.9, 0.8, 0.5, 0.4];
        let words = [10, 10, 10, 30];
        assert_eq!(select(&scores, &words, &v, Budget { sentences: 2, words: None }), [0, 2]);
        assert_eq!(select(&scores, &words, &v, Budget { sentences: 3, words: Some(25) }), [0, 2]);
        assert_eq!(select(&[0.0, 0.0, 0.0, 0.0], &words, &v, Budget { sentences: 3, words: None }), Vec::<usize>::new());
    }
}
