#!/usr/bin/env python3
"""TempEval-3 Task A (temporal expressions) for Nutshell, side by side with chrono-node.

Runs the release CLI (`target/release/nutshell --batch`, published = the document creation
time) on the TimeBank (tuned on) and AQUAINT (held out) documents of
../shared/data/timex/tempeval3-train/, and chrono-node (eval/time/node_modules, `npm ci`) on the
same text. Scores strict and relaxed extent P/R/F1, value F1 and type F1 as the TempEval-3
scorer does (attribute F1: correct attributes over relaxed matches, divided by system and gold
counts). A second table audits the gold: value F1 again with both sides in canonical TIMEX3 form
and without the pairs whose gold value contradicts its own words (a date on another weekday
than the one it names, a count or unit other than the one written). Usage:

    cargo build --release && (cd eval/time && npm ci) && python3 eval/time/tempeval.py [--errors N]
"""
import html
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def shared_data():
    """../shared/data beside the repository (a worktree one level deeper also works)."""
    for up in ("..", os.path.join("..", "..")):
        p = os.path.normpath(os.path.join(ROOT, up, "shared", "data"))
        if os.path.isdir(p):
            return p
    return os.path.join(ROOT, "..", "shared", "data")


DATA = os.path.join(shared_data(), "timex", "tempeval3-train")
CLI = os.path.join(ROOT, "target", "release", "nutshell")

TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse_tml(path):
    raw = open(path, encoding="utf-8").read()
    dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*>', raw)
    dct_value = re.search(r'value="([^"]+)"', raw[raw.rfind("<TIMEX3", 0, dct.end()):dct.end()]).group(1) if dct else None
    body = raw[raw.index("<TEXT>") + 6: raw.index("</TEXT>")]
    text, gold, pos, open_t = [], [], 0, None
    length = 0
    for m in TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        text.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name == "TIMEX3":
            if not closing:
                open_t = (length, dict(ATTR.findall(attrs)))
            elif open_t:
                a = open_t[1]
                gold.append({"start": open_t[0], "end": length, "type": a.get("type"), "value": a.get("value")})
                open_t = None
    chunk = html.unescape(body[pos:])
    text.append(chunk)
    return {"text": "".join(text), "dct": dct_value, "gold": gold}


def load(corpus):
    folder = os.path.join(DATA, corpus)
    docs = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".tml"):
            d = parse_tml(os.path.join(folder, name))
            d["id"] = name
            docs.append(d)
    return docs


def trim(text, s, e):
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def run_nutshell(docs):
    lines = "".join(json.dumps({"id": d["id"], "text": d["text"], "published": d["dct"]}) + "\n" for d in docs)
    t0 = time.perf_counter()
    out = subprocess.run([CLI, "--batch"], input=lines, capture_output=True, text=True, check=True).stdout
    secs = time.perf_counter() - t0
    res = {}
    for line in out.splitlines():
        r = json.loads(line)
        if "error" in r:
            print("nutshell error on", r["id"], r["error"], file=sys.stderr)
            res[r["id"]] = []
            continue
        res[r["id"]] = [{"start": t["start"], "end": t["end"], "type": t["type"], "value": t["value"], "text": t["text"]} for t in r["timexes"]]
    return res, secs


def run_chrono(docs):
    lines = "".join(json.dumps({"id": d["id"], "text": d["text"], "ref": d["dct"] + ("T12:00:00" if len(d["dct"]) == 10 else "")}) + "\n" for d in docs)
    t0 = time.perf_counter()
    out = subprocess.run(["node", os.path.join(HERE, "chrono_run.js")], input=lines, capture_output=True, text=True, check=True).stdout
    secs = time.perf_counter() - t0
    res, ms = {}, 0.0
    for line in out.splitlines():
        r = json.loads(line)
        res[r["id"]] = r["results"]
        ms += r["ms"]
    return res, secs, ms / 1000


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen".split())}
UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D"}


def canonical(value):
    """A TIMEX3 value in its canonical form: weeks zero-padded (2000-W7 -> 2000-W07), a year
    with unknown month or day written as the year (1968-XX -> 1968), a decade as its three
    digits (199X -> 199). Both sides of a pair get it, so only the meaning is compared."""
    if not value:
        return value
    value = re.sub(r"^(\d{4})-W(\d)(?=$|-)", r"\g<1>-W0\2", value)
    value = re.sub(r"^(\d{4})(?:-XX)+$", r"\1", value)
    return re.sub(r"^(\d{3})X$", r"\1", value)


def contradicts_text(text, value):
    """Whether a gold value contradicts the words it annotates: a date on another weekday than
    the one named, or a span whose count or unit is not the one written ("13 years" as P12Y)."""
    import datetime
    low = text.lower()
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)", value or "")
    named = [i for i, w in enumerate(WEEKDAYS) if re.search(rf"\b{w}\b", low)]
    if m and len(named) == 1 and not re.search(r"\b(before|after|last|next)\b", low):
        try:
            day = datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return True
        return day.weekday() != named[0]
    n = re.fullmatch(r"(?:the )?(?:last |past |next )?(\d+|[a-z]+) (year|month|week|day)s?", low)
    v = re.fullmatch(r"P(\d+)([YMWD])", value or "")
    if n and v and (n[1].isdigit() or n[1] in NUMBERS):
        count = int(n[1]) if n[1].isdigit() else NUMBERS[n[1]]
        return (count, UNITS[n[2]]) != (int(v[1]), v[2])
    return False


def score(docs, system):
    n_sys = n_gold = strict = relaxed_sys = relaxed_gold = val = typ = 0
    val_canon = bad_gold = 0
    errors = {"missed": [], "spurious": [], "value": [], "extent": []}
    for d in docs:
        text = d["text"]
        gold = [dict(g, span=trim(text, g["start"], g["end"])) for g in d["gold"]]
        sysl = [dict(s, span=trim(text, s["start"], s["end"])) for s in system.get(d["id"], [])]
        n_sys += len(sysl)
        n_gold += len(gold)
        used = set()
        for g in gold:
            gs, ge = g["span"]
            match = None
            for k, s in enumerate(sysl):
                ss, se = s["span"]
                if ss < ge and gs < se and k not in used:
                    match = k
                    break
            if match is None:
                errors["missed"].append((d["id"], text[gs:ge], g["value"]))
                continue
            used.add(match)
            s = sysl[match]
            relaxed_gold += 1
            relaxed_sys += 1
            if s["span"] == g["span"]:
                strict += 1
            else:
                errors["extent"].append((d["id"], text[gs:ge], text[s["span"][0]:s["span"][1]]))
            if s.get("value") == g["value"]:
                val += 1
            else:
                errors["value"].append((d["id"], text[gs:ge], g["value"], s.get("value")))
            if contradicts_text(text[gs:ge], g["value"]):
                bad_gold += 1
            elif canonical(s.get("value")) == canonical(g["value"]):
                val_canon += 1
            if s.get("type") == g["type"]:
                typ += 1
        for k, s in enumerate(sysl):
            if k not in used:
                errors["spurious"].append((d["id"], text[s["span"][0]:s["span"][1]], s.get("value")))

    def prf(c_sys, c_gold):
        p = c_sys / n_sys if n_sys else 0.0
        r = c_gold / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    return {
        "gold": n_gold, "system": n_sys,
        "strict": prf(strict, strict), "relaxed": prf(relaxed_sys, relaxed_gold),
        "value": prf(val, val)[2], "type": prf(typ, typ)[2],
        # value F1 after canonical() on both sides, over the matches whose gold value does not
        # contradict its own words (those pairs leave both counts)
        "value_audited": (2 * val_canon / (n_sys + n_gold - 2 * bad_gold)) if n_sys + n_gold > 2 * bad_gold else 0.0,
        "bad_gold": bad_gold,
    }, errors


def recognition_seconds(docs):
    """Seconds Nutshell's date recognition alone takes on the documents, in one process
    (examples/summary_speed.rs, one pass); None when cargo is not there."""
    lines = "".join(json.dumps({"text": d["text"]}) + "\n" for d in docs)
    try:
        p = subprocess.run(["cargo", "run", "--quiet", "--release", "--example", "summary_speed", "--", "1"],
                           cwd=ROOT, input=lines, capture_output=True, text=True, check=True)
        out = json.loads(p.stdout.strip().splitlines()[-1])
        return out["dates_ms"] * out["articles"] / 1000
    except (OSError, subprocess.CalledProcessError, ValueError, IndexError, KeyError):
        return None


def main():
    if not os.path.isdir(DATA):
        print(f"skipped: {DATA} not found")
        return 0
    show = 0
    if "--errors" in sys.argv:
        show = int(sys.argv[sys.argv.index("--errors") + 1])
    chrono_ok = os.path.isdir(os.path.join(HERE, "node_modules", "chrono-node"))
    rows, speed = [], []
    for corpus, role in (("TimeBank", "tuned on"), ("AQUAINT", "held out")):
        docs = load(corpus)
        nres, nsecs = run_nutshell(docs)
        s, errs = score(docs, nres)
        chars = sum(len(d["text"]) for d in docs)
        rows.append((corpus, role, "nutshell", s, nsecs))
        speed.append((corpus, chars, nsecs, None, recognition_seconds(docs)))
        if chrono_ok:
            cres, csecs, cin = run_chrono(docs)
            c, _ = score(docs, cres)
            rows.append((corpus, role, "chrono-node", c, csecs))
            speed[-1] = (corpus, chars, nsecs, (csecs, cin), speed[-1][4])
        if show:
            for k in ("missed", "spurious", "value", "extent"):
                print(f"\n## {corpus} {k} ({len(errs[k])})")
                for e in errs[k][:show]:
                    print("  ", e)
    print("\n| corpus | | system | gold | found | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | value F1 | type F1 |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for corpus, role, name, s, _ in rows:
        print(f"| {corpus} | {role} | {name} | {s['gold']} | {s['system']} | " + " | ".join(f"{x:.3f}" for x in (*s["strict"], *s["relaxed"], s["value"], s["type"])) + " |")
    print("\nGold audit: value F1 again with both sides in canonical TIMEX3 form (2000-W7 = 2000-W07,")
    print("1968-XX = 1968, 199X = 199) and without the matches whose gold value contradicts its own words")
    print("(a date on another weekday than the one named, \"13 years\" as P12Y):\n")
    print("| corpus | system | value F1 | value F1, audited | gold values contradicting their words |")
    print("|---|---|---|---|---|")
    for corpus, role, name, s, _ in rows:
        print(f"| {corpus} | {name} | {s['value']:.3f} | {s['value_audited']:.3f} | {s['bad_gold']} |")
    print("\nThroughput on the same texts, one run (Nutshell CLI: the whole pipeline, process start included;")
    print("Nutshell recognition: date recognition alone, in process (examples/summary_speed.rs); chrono-node:")
    print("parse() time inside node, and the whole node process):\n")
    print("| corpus | chars | nutshell CLI s | nutshell recognition s | chrono parse s | chrono process s | parse ratio chrono/nutshell recognition |")
    print("|---|---|---|---|---|---|---|")
    for corpus, chars, ns, c, rec in speed:
        if c:
            r = f"{rec:.2f}" if rec else "n/a"
            ratio = f"{c[1] / rec:.1f}x" if rec else "n/a"
            print(f"| {corpus} | {chars} | {ns:.2f} | {r} | {c[1]:.2f} | {c[0]:.2f} | {ratio} |")
    if not chrono_ok:
        print("\n(chrono-node not installed: run `npm ci` in eval/time for the comparison)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
