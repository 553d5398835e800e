#!/usr/bin/env python3
"""Sentence segmentation on the BBC News Summary articles.

The reference summaries of that data set are made of the articles' own sentences, joined
without a space after the final stop. Each summary is cut back into those sentences by finding
them in the article (a piece counts when it stands in the article between white space or the
line's ends), and the score is the share of reference sentences that the segmenter returns as
exactly one sentence (same start and end).

    cargo build --release
    python3 eval/text/bbc_segmentation.py [--bin target/release/nutshell] [--show 20]

Reads ../shared/data/summarization/bbc_news_summary.tar.xz (relative to the repository),
extracts it to a temporary directory, runs the CLI once in --batch mode over every article.
Standard library only.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def find_data():
    """../shared/data next to the repository (or next to a parent, for a git worktree)."""
    d = ROOT
    while True:
        p = os.path.join(os.path.dirname(d), "shared", "data", "summarization", "bbc_news_summary.tar.xz")
        if os.path.exists(p) or os.path.dirname(d) == d:
            return p
        d = os.path.dirname(d)


DATA = find_data()

# A split point in a summary: a stop (then perhaps closing quotes) directly followed by the
# next sentence. Both readings are tried: the quote may close this sentence or open the next.
SPLIT = re.compile(r"[.!?](?:[\"'”’)]+)?(?=\S)")


def references(article, summary):
    """Spans (start, end) in `article` of the summary's sentences, or None if not recoverable."""
    summary = summary.strip()
    cuts = set()
    for m in SPLIT.finditer(summary):
        for c in range(m.start() + 1, m.end() + 1):
            cuts.add(c)
    for m in re.finditer(r"\s{2,}", summary):  # a paragraph break, flattened
        cuts.add(m.start())
    cuts = sorted(c for c in cuts if c < len(summary)) + [len(summary)]
    spans = []
    start = 0
    for cut in cuts:
        if cut <= start:
            continue
        piece = summary[start:cut].strip()
        if not piece:
            continue
        hit = find_standalone(article, piece)
        if hit is not None:
            spans.append((hit, hit + len(piece)))
            start = cut
    if summary[start:].strip():
        return None
    return spans


def find_standalone(article, piece):
    i = article.find(piece)
    while i >= 0:
        before = article[i - 1] if i > 0 else " "
        after = article[i + len(piece)] if i + len(piece) < len(article) else " "
        if before.isspace() and after.isspace():
            return i
        i = article.find(piece, i + 1)
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "nutshell"))
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--show", type=int, default=0, help="print this many missed sentences")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = ap.parse_args()
    if not os.path.exists(args.data):
        print(f"skip: {args.data} not found")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(args.data) as tar:
            tar.extractall(tmp, filter="data") if hasattr(tarfile, "data_filter") else tar.extractall(tmp)
        base = os.path.join(tmp, "BBC News Summary")
        items = []
        for topic in sorted(os.listdir(os.path.join(base, "News Articles"))):
            folder = os.path.join(base, "News Articles", topic)
            for name in sorted(os.listdir(folder)):
                def read(p):
                    with open(p, "rb") as f:
                        return f.read().decode("utf-8", "replace")
                art = read(os.path.join(folder, name))
                summ_path = os.path.join(base, "Summaries", topic, name)
                if not os.path.exists(summ_path):
                    continue
                items.append((f"{topic}/{name}", art, read(summ_path)))
        if args.limit:
            items = items[: args.limit]
        lines = "".join(json.dumps({"id": i, "text": a, "input": "text", "published": "2005-01-01"}) + "\n" for i, (_, a, _) in enumerate(items))
        out = subprocess.run([args.bin, "--batch"], input=lines.encode(), capture_output=True, check=True).stdout.decode()
    results = {}
    for line in out.splitlines():
        r = json.loads(line)
        results[r["id"]] = r
    total = exact = unrecovered = 0
    missed = []
    for i, (name, art, summ) in enumerate(items):
        r = results.get(i)
        if r is None or "error" in r:
            continue
        refs = references(art, summ)
        if refs is None:
            unrecovered += 1
            continue
        got = {(s["start"], s["end"]) for s in r["sentences"]}
        for (a, b) in refs:
            total += 1
            if (a, b) in got:
                exact += 1
            else:
                parts = [art[s["start"]:s["end"]] for s in r["sentences"] if s["end"] > a and s["start"] < b]
                missed.append((name, art[a:b], parts))
    share = exact / total if total else 0.0
    print(f"articles: {len(items)}  reference sentences: {total}  returned exactly: {exact}  share: {share:.4f}")
    if unrecovered:
        print(f"summaries not recoverable from their article: {unrecovered}")
    for name, ref, parts in missed[: args.show]:
        print(f"\n{name}\n  ref: {ref!r}\n  got: {parts!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
