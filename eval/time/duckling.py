#!/usr/bin/env python3
"""Pass rate on the calendar subset of the Duckling English time corpus.

Reads ../shared/data/timex/duckling_en/Time_EN_Corpus.hs (the `allExamples` list), keeps the
calendar cases, runs each phrase through `target/release/nutshell --batch` with published =
the corpus reference time 2013-02-12T04:30:00-02:00 and `"prefer": "future"` (Duckling resolves
forward), and counts a phrase as passed when one recognized expression covers at least half of
its characters and has the expected TIMEX3 value. The subset:

- `datetime (...) Day|Week|Month|Quarter|Year`: dates, relative days, weeks (the ISO week of
  Duckling's Monday), months, quarters, years;
- `datetimeHoliday (...) Day` for the fixed-date holidays (Christmas, Christmas Eve, New Year's
  Day and Eve, Valentine's Day, St Patrick's Day, Halloween, Boxing Day), Easter Sunday and
  Thanksgiving Day;
- `datetimeInterval` spans that are seasons (start on 20/21 March, 21 June, 23 September or
  21 December, about three months long) -> YYYY-SP/SU/FA/WI.

Left out: clock times, parts of day, open and other intervals, durations, other holidays.

    cargo build --release && python3 eval/time/duckling.py [--misses N]
"""
import datetime
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from tempeval import shared_data  # noqa: E402

CORPUS = os.path.join(shared_data(), "timex", "duckling_en", "Time_EN_Corpus.hs")
CLI = os.path.join(ROOT, "target", "release", "nutshell")
REFERENCE = "2013-02-12T04:30:00-02:00"
HOLIDAYS = {"Christmas", "Christmas Eve", "New Year's Day", "New Year's Eve", "Valentine's Day",
            "St Patrick's Day", "Halloween", "Boxing Day", "Easter Sunday", "Thanksgiving Day"}
TUPLE = r"\((-?\d+), (\d+), (\d+), (\d+), (\d+), (\d+)\)"
BLOCK = re.compile(r"examples \((datetime|datetimeHoliday|datetimeInterval) (.*?)\)\s*\n?\s*\[(.*?)\]", re.S)


def expected(kind, args):
    if kind == "datetime":
        m = re.match(TUPLE + r" (\w+)", args)
        if not m:
            return None, None
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        grain = m.group(7)
        if y < 1000:
            return None, None
        if grain == "Day":
            return f"{y:04}-{mo:02}-{d:02}", "day"
        if grain == "Week":
            iy, iw, _ = datetime.date(y, mo, d).isocalendar()
            return f"{iy:04}-W{iw:02}", "week"
        if grain == "Month":
            return f"{y:04}-{mo:02}", "month"
        if grain == "Quarter":
            return f"{y:04}-Q{(mo - 1) // 3 + 1}", "quarter"
        if grain == "Year":
            return f"{y:04}", "year"
        return None, None
    if kind == "datetimeHoliday":
        m = re.match(TUPLE + r' (\w+) "([^"]+)"', args)
        if not m or m.group(8) not in HOLIDAYS or m.group(7) != "Day":
            return None, None
        name = m.group(8)
        cls = "Easter" if "Easter" in name else "Thanksgiving" if "Thanksgiving" in name else "fixed-date holiday"
        return f"{int(m.group(1)):04}-{int(m.group(2)):02}-{int(m.group(3)):02}", cls
    if kind == "datetimeInterval":
        m = re.match(r"\(" + TUPLE + ", " + TUPLE + r"\) (\w+)", args)
        if not m:
            return None, None
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y2, mo2 = int(m.group(7)), int(m.group(8))
        months = (y2 * 12 + mo2) - (y * 12 + mo)
        season = {(3, 20): "SP", (3, 21): "SP", (6, 21): "SU", (9, 23): "FA", (12, 21): "WI"}.get((mo, d))
        if season and 2 <= months <= 4:
            return f"{y:04}-{season}", "season"
    return None, None


def cases():
    src = open(CORPUS, encoding="utf-8").read()
    src = src[src.index("allExamples ::"):]
    out = []
    for m in BLOCK.finditer(src):
        value, cls = expected(m.group(1), m.group(2).strip())
        if value is None:
            continue
        for phrase in re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(3)):
            out.append((phrase.encode().decode("unicode_escape"), value, cls))
    return out


def main():
    if not os.path.isfile(CORPUS):
        print(f"skipped: {CORPUS} not found")
        return 0
    show = int(sys.argv[sys.argv.index("--misses") + 1]) if "--misses" in sys.argv else 0
    cs = cases()
    lines = "".join(json.dumps({"id": i, "text": p, "published": REFERENCE, "prefer": "future"}) + "\n" for i, (p, _, _) in enumerate(cs))
    out = subprocess.run([CLI, "--batch"], input=lines, capture_output=True, text=True, check=True).stdout
    by_class, misses = {}, []
    for line in out.splitlines():
        r = json.loads(line)
        phrase, value, cls = cs[r["id"]]
        ok = False
        got = []
        for t in r.get("timexes", []):
            got.append((t["text"], t["value"]))
            if t["value"] == value and (t["end"] - t["start"]) * 2 >= len(phrase.strip()):
                ok = True
        n, p = by_class.get(cls, (0, 0))
        by_class[cls] = (n + 1, p + ok)
        if not ok:
            misses.append((cls, phrase, value, got))
    total = sum(n for n, _ in by_class.values())
    passed = sum(p for _, p in by_class.values())
    print("| class | cases | passed | rate |")
    print("|---|---|---|---|")
    for cls in sorted(by_class):
        n, p = by_class[cls]
        print(f"| {cls} | {n} | {p} | {p / n:.1%} |")
    print(f"| **all** | {total} | {passed} | {passed / total:.1%} |")
    for m in misses[:show]:
        print("  miss:", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
