#!/usr/bin/env python3
"""Write the fuzz targets' seed corpora into fuzz/seeds/TARGET/ from the project's own fixtures.

    python3 fuzz/make_seeds.py

The text and HTML targets read options from the first 8 bytes (fuzz_targets/common.rs): each
seed is written with a few option headers. The corpora found by fuzzing are minimized with
`cargo fuzz cmin` and added beside these (README, "Tests").
"""
import glob
import json
import os
import struct

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "fuzz", "seeds")
HEADERS = [bytes(8), bytes([1 | 8 | 16, 3, 0, 0, 5, 1, 0, 0]), bytes([32 | 2, 0, 40, 0, 0, 2, 252, 3]), bytes([64 | 4 | 128, 0, 0, 128, 0, 0, 0, 1])]


def write(target, name, data):
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def read(path):
    with open(path, "rb") as f:
        return f.read()[:200_000]


def main():
    texts = sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/pasted/*/input.txt"))) + [os.path.join(ROOT, "www/sample.txt"), os.path.join(ROOT, "www/tests/fixtures/second-article.txt")]
    pages = sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/pages/*.html"))) + sorted(glob.glob(os.path.join(ROOT, "www/tests/fixtures/surfaces/*.html"))) + [os.path.join(ROOT, "www/tests/fixtures/hostile/page.html")]
    for i, p in enumerate(texts):
        for k, h in enumerate(HEADERS):
            write("analyze_text", f"text{i}-{k}", h + read(p))
    for i, p in enumerate(pages):
        for k, h in enumerate(HEADERS[:2]):
            write("analyze_html", f"page{i}-{k}", h + read(p))
    # Hostile shapes, small: the fuzzer grows them.
    for i, s in enumerate(["<rt>x" * 600, "<p><b id=1><b id=2><i>" + "<p>x" * 50, "<table><div>x" * 80, "<svg><g>" * 100, "<p " + " ".join(f"a{j}" for j in range(300)) + ">x"]):
        write("analyze_html", f"shape{i}", HEADERS[0] + b"<body>" + s.encode())
    dates = ["MARCH 2021\nThe vote was on 2 March 2021, three days after the storm.\n", "2021-03-04T10:00:00+02:00\nNext Tuesday at 5 p.m., and every Monday since last spring.\n",
             "Am 11. November 2021 um 14 Uhr.\n", "Le 3 mars dernier, puis en 2020.\n", "the 1990s, the mid-80s, Q3 2019, week 40, early 2020\n"]
    for i, d in enumerate(dates):
        write("time_normalize", f"date{i}", bytes([i, 121, 3, 4, 10, i]) + d.encode())
    lines = [{"id": 1, "text": "The vote was on 2 March 2021.", "sentences": 1},
             {"id": "x", "html": "<title>T</title><p>The bridge reopened on 12 April 2021 after repairs, the city said.</p>", "published": "2021-04-13", "lang": "en"},
             {"id": [1, 2], "text": "It rained.", "style": "headline", "length": "long", "prefer": "future", "ratio": 0.5, "words": 9},
             {"id": None, "text": "x", "published": "not a date"}]
    for i, l in enumerate(lines):
        write("batch_line", f"line{i}", json.dumps(l).encode())
    # Page forms: OPEN html, OPEN p (class=x), TEXT, CLOSE, CLOSE.
    def form(items):
        ops, s = [], ""
        for op, pieces in items:
            ops.append(op)
            if op == 1:
                ops.append((len(pieces) - 1) // 2)
            for p in pieces:
                ops.append(len(p.encode("utf-16-le")) // 2)
                s += p
        return bytes([len(ops)]) + b"".join(struct.pack("<I", o) for o in ops) + s.encode()
    write("page_form", "form0", form([(1, ["html"]), (1, ["body"]), (1, ["p", "class", "story"]), (2, ["The harbour bridge reopened on 12 April 2021 after eight months of repairs, the city said on Monday morning."]), (3, []), (3, []), (3, [])]))
    write("page_form", "form1", form([(1, ["html"]), (1, ["head"]), (1, ["title"]), (2, ["Héllo 🎉"]), (3, []), (3, []), (1, ["article"]), (2, ["Text " * 30]), (3, []), (3, [])]))


if __name__ == "__main__":
    main()
