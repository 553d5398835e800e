"""PacSum with tf-idf sentence vectors (Zheng & Lapata, ACL 2019: "Sentence Centrality
Revisited for Unsupervised Summarization"), the baseline every summary change is compared with.

Written here from the paper's description:
- a sentence is its lower-cased words (no stop list, no stemming: the paper's tf-idf variant);
- the edge between sentences i and j is sum over shared words of tf_i(w) tf_j(w) idf(w)^2,
  idf(w) = ln(N - df + 0.5) - ln(df + 0.5) over the article's N sentences (BM25's form);
- edges under min + beta (max - min) are dropped (min and max over the whole matrix, its
  diagonal of ones included) and the threshold is subtracted from those kept;
- centrality(i) = lambda1 * (minus the sum of i's edges to earlier sentences)
                + lambda2 * (the sum of i's edges to later sentences), lambda2 = 1 - lambda1;
- the top `k` by centrality, ties to the earlier sentence (the paper shuffles ties).
Parameters: beta in {0, 0.1, ..., 1}, lambda1 in {0, 0.1, ..., 1} (the paper's grid), chosen
on training articles by eval/summary/tune.py; TUNED holds the choice on all of cnndm_val.
"""
import math
import re
from collections import Counter

import numpy as np

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)

BETAS = [round(b / 10, 1) for b in range(11)]
LAMBDAS = [round(l / 10, 1) for l in range(11)]
GRID = [(b, l) for b in BETAS for l in LAMBDAS]

# Chosen by `python3 eval/summary/tune.py` on all 4,368 cnndm_val articles (the folds' own
# choices are in its report).
TUNED = (0.0, 0.0)


def similarity(sentences):
    """The article's edge matrix (numpy, n x n) from its sentences' text."""
    bags = [Counter(w.lower() for w in WORD.findall(s)) for s in sentences]
    n = len(bags)
    df = Counter(w for b in bags for w in b)
    idf2 = {w: (math.log(n - f + 0.5) - math.log(f + 0.5)) ** 2 if n - f + 0.5 > 0 else 0.0 for w, f in df.items()}
    m = np.eye(n)
    for i in range(n):
        bi = bags[i]
        for j in range(i + 1, n):
            bj = bags[j]
            small, big = (bi, bj) if len(bi) < len(bj) else (bj, bi)
            s = sum(c * big[w] * idf2[w] for w, c in small.items() if w in big)
            m[i, j] = m[j, i] = s
    return m


def scores(m, beta, lambda1):
    """Centrality of each sentence for one setting."""
    lo, hi = m.min(), m.max()
    e = m - (lo + beta * (hi - lo))
    upper = np.triu(e, 1)
    upper = np.where(upper > 0, upper, 0.0)
    to_later = upper.sum(axis=1)  # edges from i to every j > i
    to_earlier = upper.sum(axis=0)  # edges into j from every i < j
    return lambda1 * -to_earlier + (1 - lambda1) * to_later


def select(m, beta, lambda1, k=3):
    """Indices of the top k sentences (document order)."""
    n = m.shape[0]
    if n <= k:
        return list(range(n))
    c = scores(m, beta, lambda1)
    order = sorted(range(n), key=lambda i: (-c[i], i))
    return sorted(order[:k])


def summarize(sentences, k=3, setting=TUNED, budget=None, words=None):
    """The summary of `sentences` as indices; with `budget` (words), sentences in centrality
    order as long as they fit, as rouge.py's peers are given."""
    m = similarity(sentences)
    if budget is None:
        return select(m, *setting, k=k)
    c = scores(m, *setting) if len(sentences) else []
    chosen, used = [], 0
    for i in sorted(range(len(sentences)), key=lambda i: (-c[i], i)):
        n = len(words(sentences[i]))
        if used + n <= budget:
            chosen.append(i)
            used += n
    return sorted(chosen)
