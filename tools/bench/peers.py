#!/usr/bin/env python3
"""The Python peers of BENCHMARKS.md, timed in process on the same input as Nutshell
(`tools/bench.sh` runs them; pip-installs sumy and trafilatura at pinned versions if missing).

    python3 tools/bench/peers.py sumy ANALYSES.jsonl [REPS]
        sumy's LexRank and TextRank (eval/summary/rouge.py's rankers: every sentence ranked,
        plain word tokenizer, Snowball stems, sumy's English stop words) on the prose sentences
        Nutshell found in each article (the Analysis lines of `nutshell --batch`): the same
        sentences Nutshell's tokens and summary stages handle.
    python3 tools/bench/peers.py trafilatura PAGES.jsonl [REPS]
        trafilatura.extract() with its defaults on every page's HTML
        (`{"html": ...}` lines, the pages Nutshell's read and extraction stages get).

Times are this thread's CPU time (time.thread_time: the machine's other load does not count),
the best of REPS passes over all the input. Prints one JSON object.
"""
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PINS = {"sumy": "sumy==0.13.0", "trafilatura": "trafilatura==2.0.0"}


def need(module):
    try:
        __import__(module)
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", PINS[module]])


def version(dist):
    from importlib.metadata import version as v
    return v(dist)


def best_of(reps, passes):
    best = float("inf")
    for _ in range(reps):
        t = time.thread_time()
        passes()
        best = min(best, time.thread_time() - t)
    return best


def bench_sumy(path, reps):
    need("sumy")
    sys.path.insert(0, os.path.join(ROOT, "eval", "summary"))
    import rouge  # the rankers ROUGE is measured with, so speed and quality are of one system
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if "error" in a:
                continue
            t = a["text"]
            docs.append([t[s["start"]:s["end"]] for s in a["sentences"] if s["kind"] == "prose"])
    out = {"articles": len(docs), "sentences": sum(map(len, docs)), "reps": reps, "sumy": version("sumy")}
    for kind in ("LexRank", "TextRank"):
        ranker = rouge.sumy_ranker(kind)
        rouge.rank_with_sumy(ranker, docs[0])  # imports and first-call costs out of the timing
        out[kind + "_s"] = best_of(reps, lambda: [rouge.rank_with_sumy(ranker, d) for d in docs])
    print(json.dumps(out))


def bench_trafilatura(path, reps):
    need("trafilatura")
    import trafilatura
    pages = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            pages.append(json.loads(line)["html"])
    found = sum(1 for p in pages if trafilatura.extract(p))
    secs = best_of(reps, lambda: [trafilatura.extract(p) for p in pages])
    print(json.dumps({"pages": len(pages), "bytes": sum(len(p.encode()) for p in pages), "reps": reps,
                      "trafilatura": version("trafilatura"), "trafilatura_s": secs, "found": found}))


if __name__ == "__main__":
    mode, path = sys.argv[1], sys.argv[2]
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    {"sumy": bench_sumy, "trafilatura": bench_trafilatura}[mode](path, reps)
