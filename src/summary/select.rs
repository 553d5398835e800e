//! Selection: the sentences that fit the budget, by maximal marginal relevance (a candidate's
//! score minus `REDUNDANCY` times its similarity to the closest sentence already chosen; past
//! `REDUNDANT` it is never taken), with dependency repair: a sentence that leans on the one
//! before ("He said", "But", "This", the rest of a quotation) comes with the sentences it
//! reads only with (back to one that stands alone; on to the close of a quotation it leaves
//! open) when they all fit, is swapped for the first of them when that one alone fits and
//! scores nearly as well, and is otherwise left out. Returned in
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
    /// `dependent[i]`: sentence i leans on `previous[i]` (it opens with "But" or "He said",
    /// ends in a closing tag, or starts inside a quotation an earlier sentence opened).
    pub dependent: &'a [bool],
    /// The prose sentence before i, if any.
    pub previous: &'a [Option<usize>],
    /// `continued[i]`: sentence i leaves a quotation open that the next prose sentence
    /// continues, so it reads only with it.
    pub continued: &'a [bool],
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
/// Sentences taken together for one candidate, at most.
const MAX_GROUP: usize = 4;
/// Chosen sentences compared with each candidate, at most.
const COMPARE: usize = 256;

impl Candidates<'_> {
    /// The prose sentence after i, if any.
    fn next(&self, i: usize) -> Option<usize> {
        (i + 1..self.previous.len()).find(|&k| self.previous[k] == Some(i))
    }
}

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
    // `taken`: chosen or turned down; `chosen_mask`: chosen.
    let mut taken = vec![false; n];
    let mut chosen_mask = vec![false; n];
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
        let Some(take) = group(c, i, &chosen_mask, &|g: &[usize]| {
            g.iter().all(|&k| k == i || c.scores[k] > 0.0 && closest(&chosen, k) <= c.redundant)
                && chosen.len() + g.len() <= budget.sentences
                && fits(used, g.iter().map(|&k| c.words[k]).sum())
        }) else {
            taken[i] = true;
            continue;
        };
        for k in take {
            taken[k] = true;
            chosen_mask[k] = true;
            used += c.words[k];
            chosen.push(k);
        }
    }
    crate::order::sort(&mut chosen);
    chosen
}

/// What taking candidate `i` takes: `i` with every sentence it reads only with (the chain of
/// sentences it leans back on up to one that stands alone or is chosen, and the sentences that
/// close a quotation it leaves open), when `ok` accepts that group; else the chain's first
/// sentence alone, when it stands alone, is accepted and scores at least [`SWAP`] of `i`; else
/// nothing.
fn group(c: &Candidates, i: usize, chosen: &[bool], ok: &dyn Fn(&[usize]) -> bool) -> Option<Vec<usize>> {
    let mut g = vec![i];
    let mut head = i;
    let mut free = true;
    while c.dependent[head] {
        match c.previous[head] {
            Some(p) if !chosen[p] && g.len() < MAX_GROUP => {
                g.push(p);
                head = p;
            }
            Some(p) if !chosen[p] => {
                free = false;
                break;
            }
            _ => break,
        }
    }
    g.reverse();
    let mut last = i;
    while c.continued[last] {
        match c.next(last) {
            Some(k) if !chosen[k] && g.len() < MAX_GROUP => {
                g.push(k);
                last = k;
            }
            Some(k) if !chosen[k] => return None,
            _ => break,
        }
    }
    if free && ok(&g) {
        return Some(g);
    }
    let alone = free && head != i && !c.continued[head];
    (alone && ok(&[head]) && c.scores[head] >= SWAP * c.scores[i]).then(|| vec![head])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(scores: &[f64], words: &[usize], v: &[Vector], dependent: &[bool], budget: Budget) -> Vec<usize> {
        run_quoted(scores, words, v, dependent, &vec![false; scores.len()], budget)
    }

    fn run_quoted(
        scores: &[f64],
        words: &[usize],
        v: &[Vector],
        dependent: &[bool],
        continued: &[bool],
        budget: Budget,
    ) -> Vec<usize> {
        let previous: Vec<Option<usize>> = (0..scores.len()).map(|i| i.checked_sub(1)).collect();
        select(
            &Candidates {
                scores,
                words,
                vectors: v,
                dependent,
                previous: &previous,
                continued,
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

    #[test]
    fn a_chain_comes_whole_or_yields_to_its_first_sentence() {
        let v: Vec<Vector> = (0..5).map(|k| vec![(k as u32, 1.0)]).collect();
        let words = [10; 5];
        // 1 opens a quotation, 2 continues it, 3 ("..., that is.") leans on 2.
        let dep = [false, false, true, true, false];
        let cont = [false, true, false, false, false];
        let scores = [0.5, 0.7, 0.3, 0.9, 0.2];
        let b = |n| Budget { sentences: n, words: None };
        assert_eq!(run_quoted(&scores, &words, &v, &dep, &cont, b(3)), [1, 2, 3]);
        // No room for the chain, whose first sentence leaves a quotation open: 3 is left out,
        // and the quotation alone enters.
        assert_eq!(run_quoted(&scores, &words, &v, &dep, &cont, b(2)), [1, 2]);
        // The quotation's opening brings its close.
        assert_eq!(run_quoted(&[0.5, 0.9, 0.3, 0.1, 0.2], &words, &v, &dep, &cont, b(3)), [0, 1, 2]);
        // Without the quotation, a chain too long for the room yields to its first sentence.
        let plain = [false; 5];
        assert_eq!(run_quoted(&scores, &words, &v, &dep, &plain, b(2)), [0, 1]);
    }
}
