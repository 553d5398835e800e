#!/usr/bin/env python3
"""The Analysis of every dev article and page, written to a folder, and a diff of two folders.

    python3 tools/golden.py write --cli target/release/nutshell --out DIR
    python3 tools/golden.py diff OLD_DIR NEW_DIR [--show N]

`tools/golden.sh` is the usual way in (it builds the CLIs and keeps a cache per commit).

`write` runs `CLI --batch` once per set and writes DIR/<set>.jsonl: one Analysis per line
(the batch reply, keys sorted), lines sorted by id, so two runs of one build give the same
bytes. Sets (read by path from ../shared/data, or NUTSHELL_SHARED=DIR; an absent set is skipped
with a message):
  summeval, newsroom   summarization/{SummEval,Newsroom}.jsonl, default options
  bbc                  the first 300 BBC articles by path, each with its reference's word count
                       as `words` (as eval/summary/rouge.py runs them)
  pasted               pasted/cases.jsonl, with `published` where the case gives one
  timebank, aquaint    TempEval-3 training documents: the raw <TEXT>, the DCT as `published`
  readability          extraction/readability test pages, source.html as `html`
  trafilatura          extraction/trafilatura_en pages as `html` with their `url`
DIR/STAMP records what made the folder (this script's hash), so a stale cache is redone.

`diff` prints, per set, how many records changed (and any only on one side), then the first
differences of the first changed records (JSON path, old value, new value). Exit status 1 when
anything differs, 0 when every set is byte-identical.
"""
import argparse
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tarfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SETS = ["summeval", "newsroom", "bbc", "pasted", "timebank", "aquaint", "readability", "trafilatura"]


def shared_data():
    env = os.environ.get("NUTSHELL_SHARED")
    if env:
        return os.path.join(env, "data")
    for up in ("..", os.path.join("..", "..")):
        p = os.path.normpath(os.path.join(ROOT, up, "shared", "data"))
        if os.path.isdir(p):
            return p
    return os.path.normpath(os.path.join(ROOT, "..", "shared", "data"))


DATA = shared_data()


def stamp():
    h = hashlib.sha256()
    for name in ("golden.py", "golden_wasm.mjs"):
        with open(os.path.join(HERE, name), "rb") as f:
            h.update(f.read())
    return "golden.py + golden_wasm.mjs " + h.hexdigest()[:16] + "\n"


# ---------------------------------------------------------------- sets: each a list of batch lines

def decode(raw):
    for enc in ("utf-8", "cp1252", "latin-1"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def jsonl_set(name):
    path = os.path.join(DATA, "summarization", name)
    if not os.path.exists(path):
        return None, path
    lines = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            lines.append({"id": str(d["doc_id"]), "text": d["src"]})
    return lines, path


def bbc_set(limit=300):
    path = os.path.join(DATA, "summarization", "bbc_news_summary.tar.xz")
    if not os.path.exists(path):
        return None, path
    arts, sums = {}, {}
    # One pass in stream order: an xz tar has no random access (extractfile by member re-reads).
    with tarfile.open(path, "r|xz") as tar:
        for m in tar:
            if not m.isfile() or not m.name.endswith(".txt"):
                continue
            key = "/".join(m.name.split("/")[-2:])
            if "News Articles" in m.name:
                arts[key] = decode(tar.extractfile(m).read())
            elif "Summaries" in m.name:
                sums[key] = decode(tar.extractfile(m).read())
    keys = sorted(k for k in arts if k in sums)[:limit]
    word = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
    lines = [{"id": k, "text": arts[k], "words": len(word.findall(sums[k].strip()))} for k in keys]
    return lines, path


def pasted_set():
    path = os.path.join(DATA, "pasted", "cases.jsonl")
    if not os.path.exists(path):
        return None, path
    lines = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            d = {"id": c["id"], "text": c["text"]}
            if c.get("published"):
                d["published"] = c["published"]
            lines.append(d)
    return lines, path


def tml_set(corpus):
    folder = os.path.join(DATA, "timex", "tempeval3-train", corpus)
    if not os.path.isdir(folder):
        return None, folder
    tag = re.compile(r"<[^>]*>")
    lines = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".tml"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            raw = f.read()
        dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*>', raw)
        value = None
        if dct:
            v = re.search(r'value="([^"]+)"', raw[raw.rfind("<TIMEX3", 0, dct.end()):dct.end()])
            value = v.group(1) if v else None
        body = raw[raw.index("<TEXT>") + 6: raw.index("</TEXT>")]
        d = {"id": name, "text": html.unescape(tag.sub("", body))}
        if value:
            d["published"] = value
        lines.append(d)
    return lines, folder


def readability_set():
    path = os.path.join(DATA, "extraction", "readability", "test-pages.tar.xz")
    if not os.path.exists(path):
        return None, path
    lines = []
    with tarfile.open(path, "r|xz") as tar:
        for m in tar:
            parts = m.name.split("/")
            if m.isfile() and parts[-1] == "source.html" and len(parts) >= 2:
                lines.append({"id": parts[-2], "html": decode(tar.extractfile(m).read())})
    return lines, path


def trafilatura_set():
    folder = os.path.join(DATA, "extraction", "trafilatura_en")
    tar_path = os.path.join(folder, "eval_html_en.tar.xz")
    gold_path = os.path.join(folder, "evaldata_en.json")
    if not (os.path.exists(tar_path) and os.path.exists(gold_path)):
        return None, folder
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    url_of = {item["file"]: url for url, item in gold.items()}
    lines = []
    with tarfile.open(tar_path, "r|xz") as tar:
        for m in tar:
            name = m.name.split("/")[-1]
            if m.isfile() and name in url_of:
                lines.append({"id": name, "html": decode(tar.extractfile(m).read()), "url": url_of[name]})
    return lines, folder


def load(name):
    return {
        "summeval": lambda: jsonl_set("SummEval.jsonl"),
        "newsroom": lambda: jsonl_set("Newsroom.jsonl"),
        "bbc": bbc_set,
        "pasted": pasted_set,
        "timebank": lambda: tml_set("TimeBank"),
        "aquaint": lambda: tml_set("AQUAINT"),
        "readability": readability_set,
        "trafilatura": trafilatura_set,
    }[name]()


# ---------------------------------------------------------------- write

def write(cli, out, sets):
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.endswith(".jsonl") or f == "STAMP":
            os.remove(os.path.join(out, f))
    total = 0.0
    for name in sets:
        lines, where = load(name)
        if lines is None:
            print(f"golden: skip {name}: {where} is absent")
            continue
        lines.sort(key=lambda d: d["id"])
        payload = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in lines)
        t0 = time.perf_counter()
        p = subprocess.run([cli, "--batch"], input=payload.encode("utf-8"), capture_output=True, check=True)
        dt = time.perf_counter() - t0
        total += dt
        replies = [json.loads(x) for x in p.stdout.decode("utf-8").splitlines() if x.strip()]
        if len(replies) != len(lines):
            sys.exit(f"golden: {name}: {len(lines)} lines in, {len(replies)} out")
        replies.sort(key=lambda r: str(r.get("id")))
        with open(os.path.join(out, name + ".jsonl"), "w", encoding="utf-8") as f:
            for r in replies:
                f.write(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n")
        errors = sum(1 for r in replies if "error" in r)
        print(f"golden: {name:<12} {len(replies):4d} records  {dt:6.2f} s" + (f"  ({errors} errors)" if errors else ""))
    with open(os.path.join(out, "STAMP"), "w") as f:
        f.write(stamp())
    print(f"golden: wrote {out} (CLI time {total:.2f} s)")


def inputs(out, sets):
    """The batch lines of every set, DIR/<set>.in.jsonl (for tools/golden_wasm.mjs)."""
    os.makedirs(out, exist_ok=True)
    for name in sets:
        lines, where = load(name)
        if lines is None:
            print(f"golden: skip {name}: {where} is absent")
            continue
        lines.sort(key=lambda d: d["id"])
        with open(os.path.join(out, name + ".in.jsonl"), "w", encoding="utf-8") as f:
            f.write("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in lines))


def mark(out):
    with open(os.path.join(out, "STAMP"), "w") as f:
        f.write(stamp())


# ---------------------------------------------------------------- diff

def short(v, n=160):
    s = json.dumps(v, ensure_ascii=False)
    return s if len(s) <= n else s[: n - 3] + "..."


def differences(a, b, path="", out=None, limit=6):
    """JSON paths where a and b differ (at most `limit`)."""
    if out is None:
        out = []
    if len(out) >= limit:
        return out
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b or a[k] != b[k]:
                differences(a.get(k, "<absent>"), b.get(k, "<absent>"), f"{path}.{k}", out, limit)
    elif isinstance(a, list) and isinstance(b, list):
        for i in range(max(len(a), len(b))):
            x = a[i] if i < len(a) else "<absent>"
            y = b[i] if i < len(b) else "<absent>"
            if x != y:
                differences(x, y, f"{path}[{i}]", out, limit)
            if len(out) >= limit:
                break
    elif a != b and len(out) < limit:
        out.append((path or ".", a, b))
    return out


def read_set(path):
    recs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            recs[str(r.get("id"))] = (line, r)
    return recs


def diff(old, new, show):
    changed_any = False
    print(f"golden diff: {old} -> {new}")
    for name in SETS:
        po, pn = os.path.join(old, name + ".jsonl"), os.path.join(new, name + ".jsonl")
        if not (os.path.exists(po) and os.path.exists(pn)):
            print(f"  {name:<12} skipped (absent on {'both sides' if not os.path.exists(po) and not os.path.exists(pn) else 'one side'})")
            continue
        a, b = read_set(po), read_set(pn)
        only_old = sorted(set(a) - set(b))
        only_new = sorted(set(b) - set(a))
        changed = sorted(k for k in set(a) & set(b) if a[k][0] != b[k][0])
        status = "identical" if not (changed or only_old or only_new) else f"{len(changed)} changed"
        extra = (f", {len(only_old)} only before" if only_old else "") + (f", {len(only_new)} only after" if only_new else "")
        print(f"  {name:<12} {len(b):4d} records  {status}{extra}")
        if changed or only_old or only_new:
            changed_any = True
        for k in changed[:show]:
            print(f"    {name} {k}:")
            for path, x, y in differences(a[k][1], b[k][1]):
                print(f"      {path}\n        - {short(x)}\n        + {short(y)}")
    print("golden diff: " + ("DIFFERENT" if changed_any else "every set byte-identical"))
    return 1 if changed_any else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write")
    w.add_argument("--cli", default=os.path.join(ROOT, "target", "release", "nutshell"))
    w.add_argument("--out", required=True)
    w.add_argument("--sets", default=",".join(SETS))
    d = sub.add_parser("diff")
    d.add_argument("old")
    d.add_argument("new")
    d.add_argument("--show", type=int, default=3, help="changed records shown per set")
    s = sub.add_parser("stamp")
    s.add_argument("dir")
    i = sub.add_parser("inputs")
    i.add_argument("--out", required=True)
    i.add_argument("--sets", default=",".join(SETS))
    m = sub.add_parser("mark")
    m.add_argument("dir")
    a = ap.parse_args()
    if a.cmd == "write":
        write(a.cli, a.out, [x for x in a.sets.split(",") if x])
    elif a.cmd == "diff":
        return diff(a.old, a.new, a.show)
    elif a.cmd == "inputs":
        inputs(a.out, [x for x in a.sets.split(",") if x])
    elif a.cmd == "mark":
        mark(a.dir)
    elif a.cmd == "stamp":
        # 0 when DIR was written by this version of the script (a cache still good to use)
        try:
            with open(os.path.join(a.dir, "STAMP")) as f:
                return 0 if f.read() == stamp() else 1
        except OSError:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
