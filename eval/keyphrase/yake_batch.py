#!/usr/bin/env python3
"""YAKE (Campos et al. 2020; PyPI `yake`, its default settings with n=3) as a `--batch`
command: {"id", "text"} lines in, {"id", "keywords"} lines out, best first, 10 per article."""
import json
import re
import sys

import yake


def main():
    extractor = yake.KeywordExtractor(lan="en", n=3, top=10)
    for line in sys.stdin:
        if not line.strip():
            continue
        d = json.loads(line)
        text = re.sub(r"\s+", " ", d.get("text", ""))
        keys = [k for k, _ in extractor.extract_keywords(text)]
        print(json.dumps({"id": d.get("id"), "keywords": [{"text": k} for k in keys]}), flush=True)


if __name__ == "__main__":
    main()
