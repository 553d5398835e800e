"""What tune.py and frontier.py share: the parameter grid, the running tuner engine
(examples/tune_summary.rs) with its caches, the coordinate search, the paired bootstrap, and the
prelude every run starts with (packages, data, the engine's build).

Caches (sentences' tokens, each setting's choices) live in target/tune/, keyed by the engine's
binary, so a second run costs seconds.
"""
import hashlib
import json
import lzma
import os
import pickle
import subprocess
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fastrouge  # noqa: E402
import rouge  # noqa: E402

GRID = {
    "lead": [0.5, 0.7, 0.9, 1.2, 1.6],
    "central": [0.0, 0.2, 0.35, 0.5, 0.7],
    "bigram": [0.0, 0.35, 0.65, 1.0],
    "backward": [-1.0, -0.6, -0.3, 0.0],
    "beta": [0.0, 0.2, 0.35, 0.5, 0.65],
    "facts": [0.0, 0.15, 0.3, 0.6],
    "quote": [0.5, 0.7, 0.85, 1.0],
    "dependent": [0.4, 0.6, 0.8, 1.0],
    "question": [0.5, 0.7, 1.0],
    "short": [4, 6, 8, 10],
    "short_factor": [0.4, 0.6, 0.8],
    "long": [25, 30, 35, 45],
    "long_decay": [0.5, 1.0, 2.0],
    "length_norm": [0.0, 0.15, 0.3, 0.5],
    "opening": [0.0, 0.1, 0.2, 0.4],
    "redundancy": [0.0, 0.15, 0.3, 0.6],
    "redundant": [0.35, 0.5, 0.7],
    "spread_from": [5, 10, 15, 20, 25, 30],
    "spread_to": [15, 20, 25, 30, 40, 50, 70],
    "spread_lead": [0.1, 0.3, 0.5, 0.7, 0.9],
    "spread_central": [0.35, 0.5, 0.7, 1.0],
    "spread_beta": [0.0, 0.2, 0.35, 0.5],
    "spread_backward": [-0.6, -0.3, 0.0, 0.3],
    "spread_bigram": [0.0, 0.35, 0.65],
    "spread_redundancy": [0.0, 0.15, 0.3, 0.6],
}

TARGET = os.path.join(rouge.ROOT, "target")
CACHE = os.path.join(TARGET, "tune")
ENGINE = os.path.join(TARGET, "release", "examples", "tune_summary")


def spec(setting):
    """A setting as the engine reads it: `key=value,...`, sorted."""
    return ",".join(f"{k}={v}" for k, v in sorted(setting.items()))


def parse(text):
    """`lead=0.5,central=0.4` as a setting."""
    return dict((kv.split("=")[0], float(kv.split("=")[1])) for kv in text.split(",") if kv)


def grid(names):
    """GRID, or the part of it named (comma-separated; `name=v1:v2` gives the values too)."""
    if not names:
        return GRID
    out = {}
    for item in names.split(","):
        name, _, values = item.partition("=")
        out[name] = [float(v) for v in values.split(":")] if values else GRID[name]
    return out


def prelude(build=True):
    """Packages, data and the engine's build. False (with a message) when the data is absent."""
    rouge.ensure_packages()
    if not os.path.exists(os.path.join(rouge.DATA, "cnndm_val.jsonl.xz")):
        print(f"no cnndm_val.jsonl.xz under {rouge.DATA}: nothing to measure")
        return False
    if build:
        subprocess.check_call(["cargo", "build", "--release", "--quiet", "--example", "tune_summary"], cwd=rouge.ROOT)
    os.makedirs(CACHE, exist_ok=True)
    return True


def load_cnndm(limit=None):
    """cnndm_val's articles in rouge.py's layout (`id`, `text`, `ref`, `budget` None)."""
    out = []
    with lzma.open(os.path.join(rouge.DATA, "cnndm_val.jsonl.xz"), "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            out.append({"id": d["doc_id"], "text": d["src"], "ref": d["ref_summ"], "budget": None})
            if limit and len(out) >= limit:
                break
    return out


def write_articles(path, docs):
    """The engine's input: one `--batch` line per article, three sentences or the word budget."""
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            o = {"id": d["id"], "text": d["text"]}
            o.update({"words": d["budget"]} if d["budget"] is not None else {"sentences": 3})
            f.write(json.dumps(o) + "\n")


class Engine:
    """A running `tune_summary` engine over a JSON Lines file of articles: their prose sentences
    as the CLI reads them, tokenized for ROUGE against `refs` (cached by content), and the
    sentences it chooses under each setting (cached per engine build)."""

    save_every = 10

    def start(self, path, key, refs):
        with open(ENGINE, "rb") as f:
            self.key = hashlib.sha1(f.read()).hexdigest()[:12] + key
        self.proc = subprocess.Popen([ENGINE, path], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        sentences = []
        for line in self.proc.stdout:
            if line.strip() == "ready":
                break
            sentences.append(json.loads(line)["sentences"])
        self.sentences = sentences
        digest = hashlib.sha1(json.dumps(sentences).encode()).hexdigest()[:12]
        tok_path = os.path.join(CACHE, f"articles_{digest}.pkl")
        if os.path.exists(tok_path):
            with open(tok_path, "rb") as f:
                self.articles = pickle.load(f)
        else:
            self.articles = [fastrouge.Article(rouge.split_reference(r), s) for r, s in zip(refs, sentences)]
            with open(tok_path, "wb") as f:
                pickle.dump(self.articles, f)
        self.digest = digest
        self.choice_path = os.path.join(CACHE, f"choices_{self.key}.pkl")
        self.choices = {}
        if os.path.exists(self.choice_path):
            with open(self.choice_path, "rb") as f:
                self.choices = pickle.load(f)
        self.dirty = 0

    def choose(self, setting):
        """Each article's chosen prose sentences under a setting."""
        s = spec(setting)
        if s not in self.choices:
            self.proc.stdin.write(s + "\n")
            self.proc.stdin.flush()
            reply = json.loads(self.proc.stdout.readline())
            if isinstance(reply, dict):
                raise SystemExit(f"engine: {reply['error']}")
            self.choices[s] = [tuple(c) for c in reply]
            self.dirty += 1
            if self.dirty >= self.save_every:
                self.save()
        return self.choices[s]

    def save(self):
        with open(self.choice_path, "wb") as f:
            pickle.dump(self.choices, f)
        self.dirty = 0

    def close(self):
        self.save()
        self.proc.stdin.close()


def coordinate_search(value, start, grid, rounds, log=None):
    """One parameter at a time, `rounds` passes over `grid`, keeping a change only when
    `value(setting)` rises by more than 0.01; returns the setting it ends on and its value."""
    best = dict(start)
    best_v = value(best)
    for r in range(rounds):
        moved = False
        for key, values in grid.items():
            for v in values:
                if best.get(key) == v:
                    continue
                trial = dict(best, **{key: v})
                tv = value(trial)
                if tv > best_v + 0.01:
                    best, best_v, moved = trial, tv, True
                    if log:
                        log(f"  round {r} {key}={v}: {tv:.3f}")
        if not moved:
            break
    return best, best_v


def bootstrap(a, b, n=1000, seed=12345):
    """Mean of a - b and its paired-bootstrap 95% interval (a, b: per-article arrays)."""
    rng = np.random.default_rng(seed)
    d = np.asarray(a) - np.asarray(b)
    idx = rng.integers(0, len(d), size=(n, len(d)))
    means = np.sort(d[idx].mean(axis=1))
    return d.mean(), means[int(0.025 * n)], means[int(0.975 * n) - 1]


def interval(a, b):
    """`+0.12 [-0.03, +0.27]`: the mean difference and its interval."""
    mu, lo, hi = bootstrap(a, b)
    return f"{mu:+.2f} [{lo:+.2f}, {hi:+.2f}]"


def folds(n, k, seed=0):
    """Fold of each of n items: shuffled (seed 0), then dealt round."""
    import random

    order = list(range(n))
    random.Random(seed).shuffle(order)
    fold_of = np.zeros(n, dtype=int)
    for j, i in enumerate(order):
        fold_of[i] = j % k
    return fold_of
