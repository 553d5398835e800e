#!/usr/bin/env python3
"""Tune the summary ranking's parameters on SummEval only (coordinate search).

    python3 eval/summary/tune.py

Builds the CLI with the `tune` feature (into target/tune), which reads parameter overrides from
NUTSHELL_TUNE, then searches one parameter at a time over a grid, keeping a change only when
the mean of ROUGE-1, ROUGE-2 and ROUGE-Lsum on SummEval rises. Prints every step and the best
setting; copy that into `Params::DEFAULT` in src/summary/rank.rs. Newsroom and BBC are never
looked at here: they stay held out.
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rouge  # noqa: E402

GRID = {
    "lead": [0.3, 0.5, 0.7, 0.9, 1.2, 1.6],
    "central": [0.0, 0.2, 0.35, 0.5, 0.7, 1.0],
    "bigram": [0.0, 0.5, 0.65, 0.8, 1.0],
    "backward": [-1.0, -0.6, -0.3, 0.0, 0.3],
    "beta": [0.0, 0.1, 0.2, 0.3, 0.5],
    "title": [0.0, 0.3],
    "opening": [0.0, 0.1, 0.2, 0.4, 0.6],
    "facts": [0.0, 0.15, 0.3, 0.6, 1.0],
    "question": [0.2, 0.4, 0.7, 1.0],
    "quote": [0.3, 0.5, 0.7, 0.85, 1.0],
    "dependent": [0.6, 0.75, 0.85, 1.0],
    "short": [4, 6, 8, 10, 12],
    "short_factor": [0.2, 0.4, 0.6, 0.8],
    "long": [30, 35, 40, 45, 55, 70],
    "long_decay": [0.5, 1.0, 1.5, 2.5],
    "length_norm": [0.0, 0.15, 0.3, 0.5, 0.8],
    "redundancy": [0.0, 0.15, 0.3, 0.6],
    "redundant": [0.35, 0.5, 0.7],
}


def main():
    rouge.ensure_packages()
    from rouge_score import rouge_scorer

    target = os.path.join(rouge.ROOT, "target", "tune")
    if not os.environ.get("NO_BUILD"):
        subprocess.check_call(["cargo", "build", "--release", "--features", "tune", "--target-dir", target], cwd=rouge.ROOT)
    binary = os.path.join(target, "release", "nutshell")
    docs = rouge.load_jsonl("SummEval.jsonl")
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)

    def evaluate(setting):
        os.environ["NUTSHELL_TUNE"] = ",".join(f"{k}={v}" for k, v in setting.items())
        out, _ = rouge.run_nutshell(binary, docs, {})
        rows = rouge.score_all(scorer, docs, {k: v["summary"] for k, v in out.items()})
        r = [rouge.mean([row[m] for row in rows]) for m in range(3)]
        return sum(r) / 3, r

    best = dict(kv.split("=") for kv in os.environ.get("START", "").split(",") if kv)
    best_score, best_r = evaluate(best)
    print(f"defaults: {best_score:.3f} {best_r}")
    for rnd in range(int(os.environ.get("ROUNDS", "2"))):
        for key, values in GRID.items():
            for v in values:
                trial = dict(best, **{key: v})
                s, r = evaluate(trial)
                if s > best_score + 1e-6:
                    best, best_score, best_r = trial, s, r
                    print(f"round {rnd} {key}={v}: {s:.3f} R1 {r[0]:.2f} R2 {r[1]:.2f} RLsum {r[2]:.2f}", flush=True)
    print("best:", ",".join(f"{k}={v}" for k, v in best.items()), f"{best_score:.3f}", best_r)


if __name__ == "__main__":
    main()
