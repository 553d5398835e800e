#!/usr/bin/env python3
"""Score article extraction: Nutshell's CLI beside Readability.js, trafilatura and htmldate.

    python3 eval/extract/score.py [--cli target/release/nutshell] [--only nutshell] [--worst N]

Data (read by path, extracted to a temporary folder, never into the repo):
  ../shared/data/extraction/readability/test-pages.tar.xz   (Mozilla Readability's test pages)
  ../shared/data/extraction/trafilatura_en/                  (trafilatura's English benchmark)

Metrics
  readability pages: per page, token precision / recall / F1 of the extracted text against the
    text of expected.html (tokens: lower-case \\w+ runs, counted as multisets), averaged over
    pages; title and byline exact match (whitespace squashed) against expected-metadata.json.
  trafilatura pages: trafilatura's own evaluation: each `with` snippet found in the output is a
    true positive (else a false negative), each `without` snippet found is a false positive;
    precision, recall and F1 from the totals over all pages (whitespace squashed on both
    sides). Date accuracy: the share of pages with a gold date whose extracted publication date
    (first 10 characters) equals it.

Competitors are installed by this script on first use: `npm ci` in eval/extract (Readability.js
on jsdom, versions in package-lock.json) and `pip install trafilatura htmldate`.
"""
import argparse
import collections
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# ../shared beside the repo (CI, /work/main); a worktree one level deeper finds it one up more.
DATA = next((d for d in (os.path.join(ROOT, "..", "shared", "data", "extraction"),
                         os.path.join(ROOT, "..", "..", "shared", "data", "extraction"))
             if os.path.isdir(d)), os.path.join(ROOT, "..", "shared", "data", "extraction"))


def squash(s):
    return " ".join((s or "").split())


class TextOf(html.parser.HTMLParser):
    """The text content of an HTML fragment (what `textContent` gives)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of(fragment):
    p = TextOf()
    p.feed(fragment)
    return "".join(p.parts)


TOKEN = re.compile(r"\w+", re.UNICODE)


def prf(got, want):
    g = collections.Counter(TOKEN.findall((got or "").lower()))
    w = collections.Counter(TOKEN.findall((want or "").lower()))
    common = sum((g & w).values())
    p = common / sum(g.values()) if g else 0.0
    r = common / sum(w.values()) if w else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def extract_data(tmp):
    rd = os.path.join(DATA, "readability", "test-pages.tar.xz")
    tf = os.path.join(DATA, "trafilatura_en")
    if not os.path.exists(rd) or not os.path.isdir(tf):
        print(f"extraction data not found under {os.path.normpath(DATA)}; nothing to score")
        sys.exit(0)
    with tarfile.open(rd) as t:
        t.extractall(os.path.join(tmp, "readability"), filter="data")
    with tarfile.open(os.path.join(tf, "eval_html_en.tar.xz")) as t:
        t.extractall(os.path.join(tmp, "trafilatura"), filter="data")
    rpages = []
    base = os.path.join(tmp, "readability", "test-pages")
    for d in sorted(os.listdir(base)):
        src = os.path.join(base, d, "source.html")
        if os.path.exists(src):
            rpages.append((d, src, os.path.join(base, d)))
    gold = json.load(open(os.path.join(tf, "evaldata_en.json"), encoding="utf-8"))
    tpages = []
    tdir = os.path.join(tmp, "trafilatura")
    for url, item in gold.items():
        f = os.path.join(tdir, item["file"])
        if os.path.exists(f):
            tpages.append((item["file"], f, url, item))
    return rpages, tpages


def read(path):
    with open(path, "rb") as f:
        raw = f.read()
    for enc in ("utf-8", "cp1252", "latin-1"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


# ---------------------------------------------------------------- systems

def run_nutshell(cli, files, urls=None):
    """Each file through `nutshell --batch` (one JSON line per page, key "html")."""
    lines = []
    for i, f in enumerate(files):
        d = {"id": i, "html": read(f), "sentences": 1}
        if urls and urls[i]:
            d["url"] = urls[i]
        lines.append(json.dumps(d))
    t0 = time.perf_counter()
    p = subprocess.run([cli, "--batch"], input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=1800)
    dt = time.perf_counter() - t0
    out = {}
    for line in p.stdout.splitlines():
        o = json.loads(line)
        out[o["id"]] = o
    res = []
    for i in range(len(files)):
        o = out.get(i, {})
        res.append({"text": o.get("text", ""), "title": o.get("title"), "byline": o.get("byline"),
                    "date": o.get("published"), "error": o.get("error")})
    return res, dt


def ensure_node():
    if not os.path.isdir(os.path.join(HERE, "node_modules", "@mozilla", "readability")):
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=HERE, check=True)


def run_readability(files, urls):
    ensure_node()
    job = json.dumps([{"file": f, "url": u or "http://localhost/"} for f, u in zip(files, urls)])
    t0 = time.perf_counter()
    p = subprocess.run(["node", os.path.join(HERE, "readability.mjs")], input=job, capture_output=True, text=True, timeout=3600)
    dt = time.perf_counter() - t0
    res = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    if len(res) != len(files):
        print("readability.mjs failed:", p.stderr[-500:])
        res = [{"text": "", "title": None, "byline": None, "date": None}] * len(files)
    return res, dt


def ensure_py():
    try:
        import trafilatura  # noqa: F401
        import htmldate  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "trafilatura", "htmldate"], check=True)


def run_trafilatura(files, urls):
    ensure_py()
    import trafilatura
    res = []
    t0 = time.perf_counter()
    for f, u in zip(files, urls):
        h = read(f)
        try:
            text = trafilatura.extract(h, url=u, include_comments=False, include_tables=True) or ""
        except Exception:
            text = ""
        try:
            m = trafilatura.extract_metadata(h, default_url=u)
            title, author, date = (m.title, m.author, m.date) if m else (None, None, None)
        except Exception:
            title = author = date = None
        res.append({"text": text, "title": title, "byline": author, "date": date})
    return res, time.perf_counter() - t0


def run_htmldate(files, urls):
    ensure_py()
    from htmldate import find_date
    res = []
    t0 = time.perf_counter()
    for f, u in zip(files, urls):
        try:
            d = find_date(read(f), url=u, original_date=True, extensive_search=True)
        except Exception:
            d = None
        res.append({"text": None, "title": None, "byline": None, "date": d})
    return res, time.perf_counter() - t0


# ---------------------------------------------------------------- scoring

def score_readability(pages, res):
    ps, rs, fs, titles, bylines = [], [], [], 0, 0
    per = []
    for (name, src, d), r in zip(pages, res):
        want = text_of(read(os.path.join(d, "expected.html")))
        meta = json.load(open(os.path.join(d, "expected-metadata.json"), encoding="utf-8"))
        p, rc, f = prf(r["text"], want)
        ps.append(p), rs.append(rc), fs.append(f)
        per.append((f, name, p, rc))
        titles += squash(r.get("title")) == squash(meta.get("title"))
        bylines += squash(r.get("byline")) == squash(meta.get("byline"))
    n = len(pages)
    return {"P": sum(ps) / n, "R": sum(rs) / n, "F1": sum(fs) / n, "title": titles / n, "byline": bylines / n}, per


def score_trafilatura(pages, res):
    tp = fp = fn = 0
    dated = correct = 0
    per = []
    for (name, f, url, item), r in zip(pages, res):
        text = squash(r.get("text")) if r.get("text") is not None else None
        a = b = c = 0
        if text is not None:
            for s in item.get("with", []):
                if squash(s) in text:
                    a += 1
                else:
                    c += 1
            for s in item.get("without", []):
                if squash(s) in text:
                    b += 1
        tp, fp, fn = tp + a, fp + b, fn + c
        per.append((a - b - c, name, a, b, c))
        if item.get("date"):
            dated += 1
            correct += str(r.get("date") or "")[:10] == item["date"][:10]
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    return {"P": p, "R": rc, "F1": f1, "date": correct / dated if dated else 0.0, "dated": dated}, per


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=os.path.join(ROOT, "target", "release", "nutshell"))
    ap.add_argument("--only", help="comma-separated systems: nutshell,readability,trafilatura,htmldate")
    ap.add_argument("--worst", type=int, default=0, help="list Nutshell's N worst pages per set")
    ap.add_argument("--json", help="also write the figures to this file")
    a = ap.parse_args()
    systems = (a.only or "nutshell,readability,trafilatura,htmldate").split(",")
    if "nutshell" in systems and not os.path.exists(a.cli):
        print(f"{a.cli} not found: cargo build --release first")
        return 2
    tmp = tempfile.mkdtemp(prefix="nutshell-extract-eval-")
    try:
        rpages, tpages = extract_data(tmp)
        rfiles = [p[1] for p in rpages]
        tfiles = [p[1] for p in tpages]
        turls = [p[2] for p in tpages]
        rows = []
        for sysname in systems:
            if sysname == "nutshell":
                rres, rdt = run_nutshell(a.cli, rfiles)
                tres, tdt = run_nutshell(a.cli, tfiles, turls)
            elif sysname == "readability":
                rres, rdt = run_readability(rfiles, [None] * len(rfiles))
                tres, tdt = run_readability(tfiles, turls)
            elif sysname == "trafilatura":
                rres, rdt = run_trafilatura(rfiles, [None] * len(rfiles))
                tres, tdt = run_trafilatura(tfiles, turls)
            elif sysname == "htmldate":
                rres, rdt = None, 0.0
                tres, tdt = run_htmldate(tfiles, turls)
            else:
                print("unknown system", sysname)
                return 2
            rs, rper = score_readability(rpages, rres) if rres else (None, [])
            ts, tper = score_trafilatura(tpages, tres)
            if sysname == "htmldate":
                ts = {"P": None, "R": None, "F1": None, "date": ts["date"], "dated": ts["dated"]}
            rows.append((sysname, rs, ts, rdt + tdt))
            if sysname == "nutshell" and a.worst:
                print(f"Nutshell's {a.worst} worst readability pages (F1, page, P, R):")
                for f, name, p, r in sorted(rper)[: a.worst]:
                    print(f"  {f:.3f} {name} P={p:.3f} R={r:.3f}")
                print("Nutshell's wrong dates (file, gold, found):")
                for (name, f, url, item), r in zip(tpages, tres):
                    if item.get("date") and str(r.get("date") or "")[:10] != item["date"][:10]:
                        print(f"  {name} {item['date']} {r.get('date')}")
                print(f"Nutshell's {a.worst} worst trafilatura pages (score, file, TP, FP, FN):")
                for s, name, x, y, z in sorted(tper)[: a.worst]:
                    print(f"  {s:+d} {name} TP={x} FP={y} FN={z}")
        fmt = lambda v: "   -  " if v is None else f"{v:6.3f}"
        print()
        print(f"Readability test pages: {len(rpages)}   trafilatura_en pages: {len(tpages)} ({rows[0][2]['dated']} with a gold date)")
        print()
        print("| system | readability P | R | F1 | title | byline | trafilatura P | R | F1 | date acc. | seconds |")
        print("|---|---|---|---|---|---|---|---|---|---|---|")
        for name, rs, ts, dt in rows:
            rr = [rs[k] if rs else None for k in ("P", "R", "F1", "title", "byline")]
            tt = [ts[k] for k in ("P", "R", "F1", "date")]
            print(f"| {name} | " + " | ".join(fmt(v) for v in rr + tt) + f" | {dt:.1f} |")
        if a.json:
            json.dump([{"system": n, "readability": r, "trafilatura": t, "seconds": d} for n, r, t, d in rows], open(a.json, "w"), indent=1)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
