#!/usr/bin/env python3
"""Keyphrase F1@5 / F1@10 of Nutshell, PositionRank and YAKE in one run, on the DUC-2001 dev half.

    python3 eval/keyphrase/run.py [--bin target/release/nutshell] [--data FILE]

Each system is a `--batch` command scored by ../shared/tools/keyphrase_eval.py (stemmed exact
match, the protocol of the keyphrase literature): Nutshell's CLI, our PositionRank
(positionrank.py) and YAKE (yake_batch.py, PyPI `yake`). Needs `pip install nltk yake textblob`
(installed here when missing). Prints a Markdown table and each system's time.
"""
import argparse
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def shared():
    for p in (os.path.join(ROOT, "..", "shared"), os.path.join(ROOT, "..", "..", "shared")):
        if os.path.isdir(p):
            return p
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "nutshell"))
    ap.add_argument("--data", default=None)
    args = ap.parse_args()
    base = shared()
    if base is None:
        print("no ../shared: nothing to evaluate")
        return
    try:
        import nltk, yake, textblob  # noqa: F401,E401
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "nltk", "yake", "textblob"])
    tool = os.path.join(base, "tools", "keyphrase_eval.py")
    data = args.data or os.path.join(base, "data", "keyphrases", "duc2001_dev.jsonl")
    systems = [("Nutshell", f"{args.bin} --batch"),
               ("PositionRank (eval/keyphrase/positionrank.py)", f"{sys.executable} {os.path.join(HERE, 'positionrank.py')}"),
               ("YAKE (n=3)", f"{sys.executable} {os.path.join(HERE, 'yake_batch.py')}")]
    rows = []
    for name, cmd in systems:
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, tool, "--cmd", cmd, "--data", data], capture_output=True, text=True, check=True).stdout
        took = time.perf_counter() - t0
        m = re.search(r"F1@5 ([\d.]+)\s+F1@10 ([\d.]+)\s+docs (\d+)\s+errors (\d+)", out)
        rows.append((name, m.group(1), m.group(2), m.group(3), m.group(4), took))
    print(f"| system ({os.path.basename(data)}) | F1@5 | F1@10 | articles | errors | seconds |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]:.1f} |")


if __name__ == "__main__":
    main()
