//! Selection: the sentences that fit the budget, by maximal marginal relevance (a candidate's
//! score minus `REDUNDANCY` times its similarity to the closest sentence already chosen; past
//! `REDUNDANT` it is never taken), with dependency repair: a sentence that opens by leaning on
//! the one before ("He said", "But", "This") is joined by that sentence when both fit, swapped
//! for it when it alone fits and scores nearly as well, and otherwise left out. Returned in
//! document order. Lazy greedy over a heap, with at most `COMPARE` chosen sentences compared per
//! candidate, so a long article with a large ratio stays near-linear.

use super::vectors::{cosine, Vector};
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// The bounds a summary must respect; the tightest holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    pub sentences: usize,
    /// Word budget, when one was asked for.
    pub words: Option<usize>,
}

/// What selection knows of each sentence.
pub struct Candidates<'a> {
    pub scores: &'a [f64],
    pub words: &'a [usize],
    pub vectors: &'a [Vector],
    /// `dependent[i]`: sentence i leans on `previous[i]`.
    pub dependent: &'a [bool],
    /// The prose sentence before i, if any.
    pub previous: &'a [Option<usize>],
    /// Similarity past which a candidate repeats a chosen sentence ([`REDUNDANT`]), and the
    /// MMR weight of the similarity ([`REDUNDANCY`]).
    pub redundant: f64,
    pub redundancy: f64,
}

/// Similarity above which a candidate repeats a chosen sentence.
pub const REDUNDANT: f64 = 0.5;
/// MMR weight of the similarity to the closest chosen sentence.
pub const REDUNDANCY: f64 = 0.3;
/// A dependent sentence is swapped for its antecedent when that scores at least this share.
pub const SWAP: f64 = 0.6;
/// Chosen sentences compared with each candidate, at most.
const COMPARE: usize = 256;

#[derive(PartialEq)]
struct Entry(f64, usize);
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Entry {
    fn cmp(&self, o: &Self) -> Ordering {
        self.0.total_cmp(&o.0).then(o.1.cmp(&self.1))
    }
}

/// Pick sentence indices; a score of 0 never enters.
pub fn select(c: &Candidates, budget: Budget) -> Vec<usize> {
    let n = c.scores.len();
    let mut heap: BinaryHeap<Entry> = (0..n).filter(|&i| c.scores[i] > 0.0).map(|i| Entry(c.scores[i], i)).collect();
    let mut chosen: Vec<usize> = Vec::new();
    let mut taken = vec![false; n];
    let mut used = 0usize;
    let closest = |chosen: &[usize], i: usize| -> f64 {
        chosen.iter().take(COMPARE).map(|&j| cosine(&c.vectors[i], &c.vectors[j])).fold(0.0, f64::max)
    };
    let fits = |used: usize, extra: usize| budget.words.is_none_or(|w| used + extra <= w);
    while chosen.len() < budget.sentences {
        let Some(Entry(value, i)) = heap.pop() else { break };
        if taken[i] || !fits(used, c.words[i]) {
            continue;
        }
        let sim = closest(&chosen, i);
        if sim > c.redundant {
            continue;
        }
        let fresh = c.scores[i] - c.redundancy * sim;
        if fresh < value - 1e-12 {
            // Stale: its value fell since it was pushed; try again in its new place.
            heap.push(Entry(fresh, i));
            continue;
        }
        let mut take = vec![i];
        if let Some(p) = c.previous[i].filter(|&p| c.dependent[i] && !taken[p]) {
            let p_ok = c.scores[p] > 0.0 && closest(&chosen, p) <= c.redundant;
            if p_ok && chosen.len() + 2 <= budget.sentences && fits(used, c.words[i] + c.words[p]) {
                take = vec![p, i];
            } else if p_ok && fits(used, c.words[p]) && c.scores[p] >= SWAP * c.scores[i] {
                take = vec![p];
            } else {
                taken[i] = true;
                continue;
            }
        }
        for k in take {
            taken[k] = true;
            used += c.words[k];
            chosen.push(k);
        }
    }
    crate::order::sort(&mut chosen);
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(scores: &[f64], words: &[usize], v: &[Vector], dependent: &[bool], budget: Budget) -> Vec<usize> {
        let previous: Vec<Option<usize>> = (0..scores.len()).map(|i| i.checked_sub(1)).collect();
        select(
            &Candidates {
                scores,
                words,
                vectors: v,
                dependent,
                previous: &previous,
                redundant: REDUNDANT,
                redundancy: REDUNDANCY,
            },
            budget,
        )
    }

    #[test]
    fn budget_and_redundancy_hold() {
        let v: Vec<Vector> = vec![vec![(0, 1.0)], vec![(0, 1.0)], vec![(1, 1.0)], vec![(2, 1.0)]];
        let scores = [0.9, 0.8, 0.5, 0.4];
        let words = [10, 10, 10, 30];
        let free = [false; 4];
        assert_eq!(run(&scores, &words, &v, &free, Budget { sentences: 2, words: None }), [0, 2]);
        assert_eq!(run(&scores, &words, &v, &free, Budget { sentences: 3, words: Some(25) }), [0, 2]);
        assert_eq!(run(&[0.0; 4], &words, &v, &free, Budget { sentences: 3, words: None }), Vec::<usize>::new());
    }

    #[test]
    fn a_dependent_sentence_brings_or_yields_to_its_antecedent() {
        let v: Vec<Vector> = vec![vec![(0, 1.0)], vec![(1, 1.0)], vec![(2, 1.0)], vec![(3, 1.0)]];
        let words = [10, 10, 10, 10];
        let dep = [false, false, true, false];
        // Sentence 2 is best but leans on 1: with room for two, both come.
        assert_eq!(run(&[0.5, 0.6, 0.9, 0.1], &words, &v, &dep, Budget { sentences: 2, words: None }), [1, 2]);
        // Room for one: the antecedent, which scores nearly as well, takes its place.
        assert_eq!(run(&[0.5, 0.6, 0.9, 0.1], &words, &v, &dep, Budget { sentences: 1, words: None }), [1]);
        // An antecedent far weaker: the dependent sentence is left out.
        assert_eq!(run(&[0.5, 0.1, 0.9, 0.1], &words, &v, &dep, Budget { sentences: 1, words: None }), [0]);
    }
}
