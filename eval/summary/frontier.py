#!/usr/bin/env python3
"""The summary ranking's parameters on all four ROUGE sets at once: cnndm_val (4,368), SummEval
(100), Newsroom (60), BBC (first 300, each reference's word count as the budget).

    python3 eval/summary/frontier.py --eval "lead=0.5,central=0.5" "lead=0.7" ...
    python3 eval/summary/frontier.py --search [--grid lead,central,...] [--folds 5]

Each set is read once by examples/tune_summary.rs (exactly as the CLI reads it), which then
answers parameter settings with the sentences they choose; ROUGE from fastrouge.py (rouge-score's
own functions). `--eval`: for each setting, each set's ROUGE-1/2/Lsum and the paired-bootstrap
95% interval (1,000 resamples of articles) of its difference from the defaults (or from the
setting `--base`) and from Lead-3.
`--search`: k-fold cross-validation over the union of the four sets: every set is cut into k
folds (seed 0); for fold f, a coordinate search (as in tune.py) on the other folds of all four
sets maximizes the mean over the sets of each set's mean of ROUGE-1, ROUGE-2 and ROUGE-Lsum (so
every set weighs the same and none is fitted alone); the setting it ends on is scored on fold f
of every set. Held-out scores are pooled per set and compared with the defaults and Lead-3.
Caches live in target/tune/ (keyed by the engine's binary), as tune.py's.
"""
import argparse
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine  # noqa: E402
import rouge  # noqa: E402

LOADERS = {
    "cnndm_val": engine.load_cnndm,
    "SummEval": lambda: rouge.load_jsonl("SummEval.jsonl"),
    "Newsroom": lambda: rouge.load_jsonl("Newsroom.jsonl"),
    "BBC": rouge.load_bbc,
}


class Set(engine.Engine):
    """One set's articles as the engine reads them, their references, and the running engine."""

    def __init__(self, name):
        self.name = name
        docs = LOADERS[name]()
        self.budgets = [d["budget"] for d in docs]
        path = os.path.join(engine.CACHE, f"set_{name}.jsonl")
        engine.write_articles(path, docs)
        self.start(path, f"_{name}", [d["ref"] for d in docs])
        self.memo = {}

    def scores(self, setting):
        s = engine.spec(setting)
        if s not in self.memo:
            self.memo[s] = np.array([a.score(c) for a, c in zip(self.articles, self.choose(setting))])
        return self.memo[s]

    def lead(self):
        out = []
        for sents, budget in zip(self.sentences, self.budgets):
            chosen, used = [], 0
            for i, s in enumerate(sents):
                if budget is None:
                    if len(chosen) >= 3:
                        break
                else:
                    n = len(rouge.words(s))
                    if used + n > budget:
                        continue
                    used += n
                chosen.append(i)
            out.append(tuple(chosen))
        return np.array([a.score(c) for a, c in zip(self.articles, out)])


def report(sets, rows, base, lead, label, base_name="defaults"):
    """rows/base/lead: {set name: (n, 3) arrays}."""
    print(f"\n### {label}\n")
    b = base_name
    print(f"| set | ROUGE-1/2/Lsum | R1 - {b} | R2 - {b} | RLsum - {b} | R1 - Lead | R2 - Lead | RLsum - Lead |")
    print("|---|---|---|---|---|---|---|---|")
    for s in sets:
        r = rows[s.name]
        means = "/".join(f"{x:.2f}" for x in r.mean(0))
        cells = [engine.interval(r[:, m], base[s.name][:, m]) for m in range(3)] + [engine.interval(r[:, m], lead[s.name][:, m]) for m in range(3)]
        print(f"| {s.name} | {means} | " + " | ".join(cells) + " |", flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", nargs="*", default=[])
    ap.add_argument("--search", action="store_true")
    ap.add_argument("--grid", default="")
    ap.add_argument("--start", default="")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--sets", default="cnndm_val,SummEval,Newsroom,BBC")
    ap.add_argument("--base", default="", help="the setting differences are taken from (default: the defaults)")
    ap.add_argument("--no-build", action="store_true")
    args = ap.parse_args()
    if not engine.prelude(build=not args.no_build):
        return
    sets = [Set(n) for n in args.sets.split(",")]
    base = {s.name: s.scores(engine.parse(args.base)) for s in sets}
    lead = {s.name: s.lead() for s in sets}
    report(sets, base, base, lead, f"`{args.base}`" if args.base else "defaults")
    for spec in args.eval:
        report(sets, {s.name: s.scores(engine.parse(spec)) for s in sets}, base, lead, f"`{spec}`", args.base and "base")
        for s in sets:
            s.save()
    if args.search:
        grid = engine.grid(args.grid)
        start = engine.parse(args.start)
        fold_of = {s.name: engine.folds(len(s.articles), args.folds) for s in sets}

        def value(setting, f):
            return float(np.mean([s.scores(setting)[fold_of[s.name] != f].mean() for s in sets]))

        held = {s.name: np.zeros((len(s.articles), 3)) for s in sets}
        for f in range(args.folds):
            best, _ = engine.coordinate_search(lambda setting: value(setting, f), start, grid, args.rounds)
            print(f"fold {f}: `{engine.spec(best) or 'defaults'}`", flush=True)
            for s in sets:
                t = fold_of[s.name] == f
                held[s.name][t] = s.scores(best)[t]
                s.save()
        report(sets, held, base, lead, "held-out folds (union search)")
    for s in sets:
        s.close()


if __name__ == "__main__":
    main()
