#!/usr/bin/env python3
"""The inputs of BENCHMARKS.md's native tables, written to OUT (`tools/bench.sh` runs it):

    python3 tools/bench/data.py OUT [ARTICLES]

  OUT/news.jsonl   the first ARTICLES (default 2,000) CNN/DailyMail validation articles of
                   ../shared/data/summarization/cnndm_val.jsonl.xz as `--batch` lines ({"id", "text"})
  OUT/pages.jsonl  every page of Mozilla Readability's tests (130) and of trafilatura's English
                   evaluation (153) as `--batch` lines ({"id", "html"}), bytes decoded as UTF-8
                   with replacement, as the CLI reads them

Exits 2 with a message when the shared data is absent (benchmarks skip, like the tests).
"""
import io
import json
import lzma
import os
import sys
import tarfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = next((p for p in (os.path.join(ROOT, "..", "shared", "data"), os.path.join(ROOT, "..", "..", "shared", "data"))
             if os.path.isdir(p)), None)


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    if DATA is None:
        print("data.py: ../shared/data not found: no benchmark input", file=sys.stderr)
        sys.exit(2)
    os.makedirs(out, exist_ok=True)
    with lzma.open(os.path.join(DATA, "summarization", "cnndm_val.jsonl.xz"), "rt", encoding="utf-8") as f, \
            open(os.path.join(out, "news.jsonl"), "w", encoding="utf-8") as w:
        for i, line in enumerate(f):
            if i >= n:
                break
            d = json.loads(line)
            w.write(json.dumps({"id": d["doc_id"], "text": d["src"]}) + "\n")
    with open(os.path.join(out, "pages.jsonl"), "w", encoding="utf-8") as w:
        for tar, keep in ((os.path.join(DATA, "extraction", "readability", "test-pages.tar.xz"), lambda name: name.endswith("/source.html")),
                          (os.path.join(DATA, "extraction", "trafilatura_en", "eval_html_en.tar.xz"), lambda name: name.endswith(".html"))):
            with tarfile.open(tar) as t:
                for m in sorted(t.getmembers(), key=lambda m: m.name):
                    if m.isfile() and keep(m.name):
                        html = t.extractfile(m).read().decode("utf-8", "replace")
                        w.write(json.dumps({"id": m.name, "html": html}) + "\n")


if __name__ == "__main__":
    main()
