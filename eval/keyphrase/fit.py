#!/usr/bin/env python3
"""Fit the keyword ranking's weights (src/summary/keywords.rs, WEIGHTS) on the DUC-2001 dev half.

    python3 eval/keyphrase/fit.py [--data ../shared/data/keyphrases/duc2001_dev.jsonl]

examples/keyword_features.rs lists every candidate phrase of each article with its features, as
the CLI reads the article. A candidate is positive when it matches a gold keyphrase (the
evaluation's protocol: lower-cased, Porter-stemmed, exact). A logistic regression (L2, on
standardized features) is fit on one half of the articles and its ranking scored on the other
(the halves are the first and the second half of the file, so topics stay apart as in the judged
split), both ways; then it is fit on all articles and the weights, rescaled to the raw features,
are printed for WEIGHTS. Selection as in keywords.rs: best first; a phrase inside one already
chosen skipped; one around a chosen phrase of several words takes its place when it scores at
least half as well, else is skipped; ten in all.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys

import numpy as np
from nltk.stem.porter import PorterStemmer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NAMES = ["ln count", "ln first", "one word", "two words", "ln rank", "title", "ln rarest", "spread", "name", "title name", "subject"]
_stem = PorterStemmer().stem


def norm(p):
    return " ".join(_stem(w) for w in re.findall(r"[a-z0-9]+", p.lower()))


def f1_at(pred, gold, k):
    top = []
    for p in pred:
        if p and p not in top:
            top.append(p)
        if len(top) == k:
            break
    hit = len(set(top) & gold)
    if not top or not gold or not hit:
        return 0.0
    p, r = hit / len(top), hit / len(gold)
    return 2 * p * r / (p + r)


def within(small, big):
    return len(small) <= len(big) and any(big[i:i + len(small)] == small for i in range(len(big) - len(small) + 1))


def select(cands, scores, limit=10):
    order = sorted(range(len(cands)), key=lambda i: (-scores[i], cands[i][3], cands[i][1]))
    out, slot = [], []  # chosen candidates, and each slot's score (a replacement keeps it)
    for i in order:
        terms = cands[i][1]
        if any(within(terms, cands[o][1]) for o in out):
            continue
        around = [k for k, o in enumerate(out) if len(cands[o][1]) > 1 and within(cands[o][1], terms)]
        if around:
            if scores[i] >= slot[around[0]] - math.log(2):
                out[around[0]] = i
            continue
        if len(out) < limit:
            out.append(i)
            slot.append(scores[i])
    return [cands[i][0] for i in out]


def fit(X, y, l2=1e-3, steps=2000, lr=0.5):
    mu, sd = X.mean(0), X.std(0) + 1e-9
    Z = np.c_[(X - mu) / sd, np.ones(len(X))]
    w = np.zeros(Z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-Z @ w))
        w -= lr * (Z.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0])
    return w[:-1] / sd  # weights on the raw features (the intercept and the means shift every score alike)


def evaluate(docs, cands, w):
    f5 = f10 = 0.0
    for d, c in zip(docs, cands):
        scores = [float(np.dot(w, x[2])) for x in c]
        pred = [norm(p) for p in select(c, scores)]
        gold = {norm(g) for g in d["keys"]}
        f5 += f1_at(pred, gold, 5)
        f10 += f1_at(pred, gold, 10)
    return 100 * f5 / len(docs), 100 * f10 / len(docs)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "keyphrases", "duc2001_dev.jsonl"))
    ap.add_argument("--weights", help="comma-separated weights to score instead of fitting")
    args = ap.parse_args()
    if not os.path.exists(args.data):
        alt = os.path.join(ROOT, "..", "..", "shared", "data", "keyphrases", "duc2001_dev.jsonl")
        args.data = alt
    docs = [json.loads(l) for l in open(args.data, encoding="utf-8") if l.strip()]
    subprocess.check_call(["cargo", "build", "--release", "--quiet", "--example", "keyword_features"], cwd=ROOT)
    inp = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs)
    p = subprocess.run([os.path.join(ROOT, "target", "release", "examples", "keyword_features")], input=inp, capture_output=True, text=True, check=True)
    cands = [json.loads(l)["candidates"] for l in p.stdout.splitlines()]
    if args.weights:
        w = np.array([float(x) for x in args.weights.split(",")])
        print("F1@5 %.2f  F1@10 %.2f" % evaluate(docs, cands, w))
        return
    rows, labels, doc_of = [], [], []
    for j, (d, c) in enumerate(zip(docs, cands)):
        gold = {norm(g) for g in d["keys"]}
        for x in c:
            rows.append(x[2])
            labels.append(1.0 if norm(x[0]) in gold else 0.0)
            doc_of.append(j)
    X, y, doc_of = np.array(rows), np.array(labels), np.array(doc_of)
    half = len(docs) // 2
    print(f"{len(docs)} articles, {len(y)} candidates, {int(y.sum())} match a gold keyphrase")
    held = []
    for name, train, test in [("first half -> second", doc_of < half, range(half, len(docs))),
                              ("second half -> first", doc_of >= half, range(half))]:
        w = fit(X[train], y[train])
        r = evaluate([docs[i] for i in test], [cands[i] for i in test], w)
        held.append(r)
        print(f"fit on the {name}: held-out F1@5 {r[0]:.2f}  F1@10 {r[1]:.2f}")
    print(f"mean of the held-out halves: F1@5 {np.mean([h[0] for h in held]):.2f}  F1@10 {np.mean([h[1] for h in held]):.2f}")
    w = fit(X, y)
    r = evaluate(docs, cands, w)
    print(f"fit on all (in-sample): F1@5 {r[0]:.2f}  F1@10 {r[1]:.2f}")
    print("WEIGHTS: [" + ", ".join(f"{x:.3f}" for x in w) + "]")
    for n, x in zip(NAMES, w):
        print(f"  {n:10s} {x:+.3f}")


if __name__ == "__main__":
    main()
