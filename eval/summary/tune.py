#!/usr/bin/env python3
"""Choose the summary ranking's parameters by k-fold cross-validation on CNN/DailyMail.

    python3 eval/summary/tune.py [--folds 5] [--rounds 2] [--grid lead,central,...]
                                 [--start "lead=0.9,..."] [--fixed] [--long 1000]

Data: ../shared/data/summarization/cnndm_val.jsonl.xz (4,368 validation articles and their
highlights). Three sentences per summary, as in rouge.py.

How: examples/tune_summary.rs (built here with cargo) reads every article once, exactly as the
CLI does, then answers each parameter setting with the sentences it chooses; ROUGE comes from
fastrouge.py (rouge-score's own functions, every sentence tokenized once, every summary scored
once). The articles are shuffled (seed 0) into k folds. For each fold, a coordinate search over
GRID (engine.py; one parameter at a time, `--rounds` passes, keeping a change only when the mean of
ROUGE-1, ROUGE-2 and ROUGE-Lsum on the other folds rises by more than 0.01) starts from the
defaults in src/summary/rank.rs; the setting it ends on is scored on the held-out fold. PacSum-tfidf
(pacsum.py) gets the same treatment over its own grid. The report:

- per fold: the setting chosen, held-out ROUGE for Nutshell (tuned), Nutshell (defaults),
  Lead-3, PacSum-tfidf (tuned);
- pooled held-out means, with paired-bootstrap 95% intervals (1,000 resamples of articles) of
  the difference from Lead-3 and from PacSum-tfidf;
- the search on all articles (the setting to copy into `Params::DEFAULT`);
- for long articles (1,000+ words), histograms of the chosen sentences' positions beside the
  greedy ROUGE oracle's.

`--fixed` skips the search and reports the defaults as they are (after copying a setting into
rank.rs, this is the check). Caches (sentences' tokens, each setting's choices, the oracle)
live in target/tune/, keyed by the engine's binary, so a second run costs seconds.
"""
import argparse
import os
import pickle
import sys
from collections import Counter

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine  # noqa: E402
import pacsum  # noqa: E402
import rouge  # noqa: E402
from engine import CACHE, bootstrap, spec  # noqa: E402


def objective(rows):
    return float(np.mean(rows)) if len(rows) else 0.0


class Corpus(engine.Engine):
    """The articles, their prose sentences as the CLI reads them, and a running engine."""

    def __init__(self, limit=None):
        docs = engine.load_cnndm(limit)
        self.ids = [d["id"] for d in docs]
        self.words = [len(rouge.words(d["text"])) for d in docs]
        path = os.path.join(CACHE, f"cnndm_{len(docs)}.jsonl")
        engine.write_articles(path, docs)
        self.start(path, f"_{len(docs)}", [d["ref"] for d in docs])

    def scores(self, choices):
        """(n, 3) array of R1, R2, RLsum per article."""
        return np.array([a.score(c) for a, c in zip(self.articles, choices)])

    def lead(self):
        return [tuple(range(min(3, len(s)))) for s in self.sentences]

    def oracle(self):
        path = os.path.join(CACHE, f"oracle_{self.digest}.pkl")
        if os.path.exists(path):
            with open(path, "rb") as f:
                return pickle.load(f)
        out = [greedy_oracle(a) for a in self.articles]
        with open(path, "wb") as f:
            pickle.dump(out, f)
        return out

    def pacsum_choices(self):
        """{(beta, lambda1): choices} over PacSum's grid."""
        path = os.path.join(CACHE, f"pacsum_{self.digest}.pkl")
        if os.path.exists(path):
            with open(path, "rb") as f:
                return pickle.load(f)
        out = {g: [] for g in pacsum.GRID}
        for s in self.sentences:
            m = pacsum.similarity(s)
            for g in pacsum.GRID:
                out[g].append(tuple(pacsum.select(m, *g)))
        with open(path, "wb") as f:
            pickle.dump(out, f)
        return out


def greedy_oracle(a, k=3):
    """The greedy ROUGE oracle (Nallapati et al. 2017): add the sentence that raises ROUGE-1 +
    ROUGE-2 F1 most, until none does or k are chosen."""
    from rouge_score import rouge_scorer as rs

    toks = [[t for l in s for t in l] for s in a.sents]
    chosen, best = [], 0.0
    for _ in range(k):
        pick = None
        for i in range(len(toks)):
            if i in chosen:
                continue
            hyp = [t for j in sorted(chosen + [i]) for t in toks[j]]
            v = rs._score_ngrams(a.ref1, rs._create_ngrams(hyp, 1)).fmeasure + rs._score_ngrams(a.ref2, rs._create_ngrams(hyp, 2)).fmeasure
            if v > best + 1e-12:
                best, pick = v, i
        if pick is None:
            break
        chosen = sorted(chosen + [pick])
    return tuple(chosen)


def search(corpus, train, start, grid, rounds, log=None):
    """Coordinate search on the articles `train`; returns the best setting and its objective."""
    return engine.coordinate_search(lambda setting: objective(corpus.scores(corpus.choose(setting))[train]),
                                    start, grid, rounds, log)


def histogram(rows, edges, label):
    counts = Counter()
    for choice in rows:
        for i in choice:
            for k, (lo, hi) in enumerate(edges):
                if lo <= i < hi:
                    counts[k] += 1
                    break
    total = sum(counts.values()) or 1
    return label, [100.0 * counts[k] / total for k in range(len(edges))]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--grid", default="", help="comma-separated parameters to search, `name=v1:v2` with values (default: all of engine.GRID)")
    ap.add_argument("--start", default="", help="setting the searches start from")
    ap.add_argument("--fixed", action="store_true", help="no search: report the defaults")
    ap.add_argument("--long", type=int, default=1000, help="words that make an article long")
    ap.add_argument("--limit", type=int, default=None, help="first N articles only (a quick look)")
    ap.add_argument("--no-build", action="store_true")
    args = ap.parse_args()
    if not engine.prelude(build=not args.no_build):
        return
    grid = engine.grid(args.grid)
    start = engine.parse(args.start)
    corpus = Corpus(args.limit)
    n = len(corpus.articles)
    fold_of = engine.folds(n, args.folds)

    defaults = corpus.scores(corpus.choose({}))
    lead = corpus.scores(corpus.lead())
    pac = corpus.pacsum_choices()
    pac_scores = {g: corpus.scores(c) for g, c in pac.items()}
    tuned = np.zeros((n, 3))
    pac_tuned = np.zeros((n, 3))
    tuned_choice = [None] * n
    pac_choice = [None] * n
    fold_rows = []
    for f in range(args.folds):
        train = fold_of != f
        test = fold_of == f
        if args.fixed:
            setting = dict(start)
        else:
            print(f"fold {f}: searching on {train.sum()} articles", flush=True)
            setting, _ = search(corpus, train, start, grid, args.rounds, log=print)
        choices = corpus.choose(setting)
        tuned[test] = corpus.scores(choices)[test]
        for i in np.nonzero(test)[0]:
            tuned_choice[i] = choices[i]
        g = max(pacsum.GRID, key=lambda g: (objective(pac_scores[g][train]), -g[0], -g[1]))
        pac_tuned[test] = pac_scores[g][test]
        for i in np.nonzero(test)[0]:
            pac_choice[i] = pac[g][i]
        fold_rows.append((f, int(test.sum()), spec(setting), g,
                          tuned[test].mean(0), defaults[test].mean(0), lead[test].mean(0), pac_tuned[test].mean(0)))
    corpus.save()

    fmt = lambda r: "/".join(f"{x:.2f}" for x in r)  # noqa: E731
    print("\n## Held-out folds (ROUGE-1/2/Lsum F1, three sentences)\n")
    print("| fold | articles | Nutshell (tuned on the other folds) | Nutshell (defaults) | Lead-3 | PacSum-tfidf (tuned) | PacSum beta, lambda1 | Nutshell setting |")
    print("|---|---|---|---|---|---|---|---|")
    for f, size, s, g, t, d, l, p in fold_rows:
        print(f"| {f} | {size} | {fmt(t)} | {fmt(d)} | {fmt(l)} | {fmt(p)} | {g[0]}, {g[1]} | `{s or 'defaults'}` |")

    print(f"\n## All {n} articles, held-out: mean and paired-bootstrap 95% interval of the difference\n")
    print("| system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |")
    print("|---|---|---|---|")
    systems = [("Nutshell (CV)", tuned), ("Nutshell (defaults)", defaults), ("PacSum-tfidf (CV)", pac_tuned), ("Lead-3", lead)]
    for name, rows in systems:
        print(f"| {name} | " + " | ".join(f"{rows[:, m].mean():.2f}" for m in range(3)) + " |")
    print()
    print("| difference | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |")
    print("|---|---|---|---|")
    for name, a, b in [("Nutshell (CV) - Lead-3", tuned, lead), ("Nutshell (CV) - PacSum-tfidf (CV)", tuned, pac_tuned),
                       ("Nutshell (defaults) - Lead-3", defaults, lead), ("PacSum-tfidf (CV) - Lead-3", pac_tuned, lead)]:
        cells = []
        for m in range(3):
            mu, lo, hi = bootstrap(a[:, m], b[:, m])
            cells.append(f"{mu:+.2f} [{lo:+.2f}, {hi:+.2f}]")
        print(f"| {name} | " + " | ".join(cells) + " |")

    if not args.fixed:
        print(f"\n## The search on all {n} articles (the setting for Params::DEFAULT)\n")
        setting, v = search(corpus, np.ones(n, dtype=bool), start, grid, args.rounds)
        corpus.save()
        print(f"`{spec(setting) or 'defaults'}`: mean of the three {v:.3f} (in-sample)")
        g = max(pacsum.GRID, key=lambda g: (objective(pac_scores[g]), -g[0], -g[1]))
        print(f"PacSum-tfidf on all articles: beta {g[0]}, lambda1 {g[1]} (pacsum.TUNED)")

    long = [i for i in range(n) if corpus.words[i] >= args.long]
    oracle = corpus.oracle()
    print(f"\n## Long articles ({len(long)} of {n} with {args.long}+ words): where the chosen sentences sit\n")
    print("Share of chosen sentences (%) by position among the prose sentences:\n")
    edges = [(0, 1), (1, 2), (2, 3), (3, 5), (5, 10), (10, 20), (20, 40), (40, 10**9)]
    names = ["1", "2", "3", "4-5", "6-10", "11-20", "21-40", "41+"]
    rows = [histogram([oracle[i] for i in long], edges, "greedy oracle"),
            histogram([tuned_choice[i] for i in long], edges, "Nutshell (CV)"),
            histogram([pac_choice[i] for i in long], edges, "PacSum-tfidf (CV)")]
    print("| system | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for label, h in rows:
        print(f"| {label} | " + " | ".join(f"{x:.1f}" for x in h) + " |")
    print("\nBy relative position (tenths of the article):\n")
    rel = lambda rows: [tuple(min(9, int(10 * j / max(1, len(corpus.sentences[i])))) for j in c) for i, c in rows]  # noqa: E731
    edges10 = [(k, k + 1) for k in range(10)]
    rows = [histogram(rel([(i, oracle[i]) for i in long]), edges10, "greedy oracle"),
            histogram(rel([(i, tuned_choice[i]) for i in long]), edges10, "Nutshell (CV)"),
            histogram(rel([(i, pac_choice[i]) for i in long]), edges10, "PacSum-tfidf (CV)")]
    print("| system | " + " | ".join(f"{k}0-{k + 1}0%" for k in range(10)) + " |")
    print("|---|" + "---|" * 10)
    for label, h in rows:
        print(f"| {label} | " + " | ".join(f"{x:.1f}" for x in h) + " |")
    sc = lambda rows: rows[long].mean(0)  # noqa: E731
    oracle_scores = corpus.scores(oracle)
    print(f"\nROUGE on the long articles: oracle {fmt(sc(oracle_scores))}, Nutshell (CV) {fmt(sc(tuned))}, "
          f"PacSum-tfidf (CV) {fmt(sc(pac_tuned))}, Lead-3 {fmt(sc(lead))}")
    corpus.close()


if __name__ == "__main__":
    main()
