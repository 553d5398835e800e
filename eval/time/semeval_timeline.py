#!/usr/bin/env python3
"""Event dating on SemEval-2015 Task 4 (TimeLine): for each gold event with a known date, does
Nutshell's timeline date the sentence that holds it, and does the date agree?

Extracts ../shared/data/timeline/semeval2015_task4.tar.xz to a temporary folder (never into the
repository), runs `target/release/nutshell --batch` on the Track A TimeML documents of the
three evaluation corpora (sentences joined by blank lines, published = the document creation
time), and reads each gold timeline line `ORDER DATE DOCID-SENTENCE-WORD ...`. An event
sentence is *dated* when a timeline entry has a mention in it; the date *agrees* when the
entry's value and the gold date are compatible (one a prefix of the other once the gold's
XX parts are dropped: 2005-01 agrees with 2005-01-18), and is *exact* when they are equal.

    cargo build --release && python3 eval/time/semeval_timeline.py
"""
import html
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from tempeval import shared_data  # noqa: E402

TARBALL = os.path.join(shared_data(), "timeline", "semeval2015_task4.tar.xz")
CLI = os.path.join(ROOT, "target", "release", "nutshell")


def load_docs(folder):
    docs = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".tml"):
            continue
        raw = open(os.path.join(folder, name), encoding="utf-8").read()
        docid = re.search(r"<DOCID>([^<]+)</DOCID>", raw).group(1)
        dct = re.search(r'CREATION_TIME"[^>]*value="([^"]+)"', raw)
        sents = {int(i): html.unescape(re.sub(r"<[^>]+>", "", s)) for i, s in re.findall(r'<s id="(\d+)">(.*?)</s>', raw, re.S)}
        text, ranges = "", {}
        for i in sorted(sents):
            if text:
                text += "\n\n"
            ranges[i] = (len(text), len(text) + len(sents[i]))
            text += sents[i]
        docs[docid] = {"text": text, "ranges": ranges, "dct": dct.group(1) if dct else None}
    return docs


def compatible(ours, gold):
    g = re.sub(r"(-XX)+$", "", gold)
    return ours.startswith(g) or g.startswith(ours)


def main():
    if not os.path.isfile(TARBALL):
        print(f"skipped: {TARBALL} not found")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(TARBALL) as t:
            t.extractall(tmp, filter="data") if hasattr(tarfile, "data_filter") else t.extractall(tmp)
        base = os.path.join(tmp, "SemEval_Task4_data")
        rows = []
        total = {"events": 0, "dated": 0, "agree": 0, "exact": 0}
        for corpus in sorted(os.listdir(base)):
            cdir = os.path.join(base, corpus)
            if not os.path.isdir(cdir):
                continue
            docs = load_docs(os.path.join(cdir, "corpus_trackA_TimeML"))
            lines = "".join(json.dumps({"id": d, "text": v["text"], "published": v["dct"]} if v["dct"] else {"id": d, "text": v["text"]}) + "\n" for d, v in docs.items())
            out = subprocess.run([CLI, "--batch"], input=lines, capture_output=True, text=True, check=True).stdout
            dated = {}  # (doc, sentence) -> set of values
            for line in out.splitlines():
                r = json.loads(line)
                if "error" in r:
                    continue
                d = docs[r["id"]]
                for e in r["timeline"]:
                    for m in e["mentions"]:
                        t = r["timexes"][m]
                        for s, (a, b) in d["ranges"].items():
                            if a <= t["start"] < b:
                                dated.setdefault((r["id"], s), set()).add(e["value"])
            c = {"events": 0, "dated": 0, "agree": 0, "exact": 0}
            gold_dir = os.path.join(cdir, "TimeLines_Gold_Standard")
            for name in sorted(os.listdir(gold_dir)):
                for line in open(os.path.join(gold_dir, name), encoding="utf-8"):
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) < 3 or parts[1].startswith("XXXX"):
                        continue
                    for ev in parts[2:]:
                        m = re.match(r"(\d+)-(\d+)-", ev)
                        if not m or m.group(1) not in docs:
                            continue
                        vals = dated.get((m.group(1), int(m.group(2))), set())
                        c["events"] += 1
                        c["dated"] += bool(vals)
                        c["agree"] += any(compatible(v, parts[1]) for v in vals)
                        c["exact"] += parts[1] in vals
            rows.append((corpus, c))
            for k in total:
                total[k] += c[k]
        rows.append(("all", total))
    print("| corpus | events with a known date | sentence dated | date agrees | date exact |")
    print("|---|---|---|---|---|")
    for name, c in rows:
        n = c["events"] or 1
        print(f"| {name} | {c['events']} | {c['dated'] / n:.1%} | {c['agree'] / n:.1%} | {c['exact'] / n:.1%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
