#!/usr/bin/env python3
"""BENCHMARKS.md's generated part from the JSON that tools/bench.sh wrote to DIR:

    python3 tools/bench/report.py DIR [BENCHMARKS.md]

Rewrites only what lies between the two marker lines (inserting them above the first other
section when absent), so hand-kept sections (the Spark job's) stay as they are.
"""
import json
import math
import os
import sys

BEGIN = "<!-- tools/bench.sh: begin (generated; edit tools/bench/report.py, not this) -->"
END = "<!-- tools/bench.sh: end -->"


def load(d, name):
    p = os.path.join(d, name)
    if not os.path.exists(p):
        return None
    with open(p, encoding="utf-8") as f:
        text = f.read().strip()
    return json.loads(text) if text else None


def ms(s):
    return f"{s * 1e3:,.1f} ms" if s >= 0.0095 else f"{s * 1e3:.3f} ms"


def ratio(x):
    return f"{x:.2f}×" if x < 10 else f"{x:.1f}×"


def verdict(ok):
    return "**met**" if ok else "**missed**"


def table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" if i == 0 else "---:" for i in range(len(head))) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return out


STAGES = ["read", "extraction", "language", "sentences", "tokens", "summary", "dates", "keywords", "timeline", "offsets"]


def generate(d):
    meta = load(d, "meta.json")
    news = load(d, "native-news.json")
    pages = load(d, "native-pages.json")
    scaling = load(d, "scaling.json")
    chrono = load(d, "chrono.json")
    sumy = load(d, "sumy.json")
    traf = load(d, "trafilatura.json")
    browsers = load(d, "browser.json") or []
    L = []
    w = L.append
    w(BEGIN)
    w("")
    w("## Speed against the peers (issue 20)")
    w("")
    w("    tools/bench.sh            # about 20 to 40 minutes on the shared machine; tools/bench.sh --quick: a smoke run")
    w("")
    w(f"Measured {meta['date']} at `{meta['commit']}`{' (uncommitted changes)' if meta.get('dirty') else ''}, "
      f"{meta['cpu']}, {meta['cores']} cores shared with other sessions (load average {meta['load_start']} at the "
      f"start, {meta['load_end']} at the end); {meta['rustc']}, node {meta['node']}, {meta['python']}.")
    w("")
    w("**Only the ratios mean something.** The machine's two cores are shared with up to seven other sessions, "
      "so absolute times say more about the load than about Nutshell. Native and Python times are the measuring "
      "thread's CPU time (node's: its process CPU), the best of several passes; browser times are medians of "
      "wall-clock runs of each system on the same page, interleaved, so a burst of load hits both sides of a ratio.")
    w("")

    # ---------------------------------------------------------------- targets
    rows = []
    chromium = next((b for b in browsers if b["browser"] == "chromium"), None)
    if chromium:
        t = chromium["totals"]
        r = t["readability"] / t["extract"]
        rows.append(["Extraction from the loaded DOM, Chromium: Readability.js `parse()` / `extractDom`", "≥ 3×", ratio(r), verdict(r >= 3)])
    for b in browsers:
        r = b["totals"]["chrono"] / b["stages"]["dates"]
        rows.append([f"Dates, {b['browser']}: chrono-node `parse()` / wasm dates stage, same text, same tab", "≥ 10×", ratio(r), verdict(r >= 10)])
    if news and chrono:
        r = chrono["cpu_s"] / news["stages_s"]["dates"]
        rows.append(["Dates, native: chrono-node in node / the dates stage, same texts", "≥ 10×", ratio(r), verdict(r >= 10)])
    if news and sumy:
        mine = news["stages_s"]["tokens"] + news["stages_s"]["summary"]
        for k in ("LexRank", "TextRank"):
            r = sumy[k + "_s"] / mine
            rows.append([f"Summary ranking: sumy {k} / tokens + summary stages, same sentences", "≥ 100×", ratio(r), verdict(r >= 100)])
    if news:
        uax = news["bytes"] / news["uax29_s"] / 1e6
        batch = news["bytes"] / news["batch_s"] / 1e6
        r = batch / uax
        rows.append([f"Native end to end: `--batch` line ({batch:.2f} MB/s) / bare UAX #29 sentence pass ({uax:.1f} MB/s)", "≥ 0.25", f"{r:.3f}", verdict(r >= 0.25)])
    growth = []
    if scaling:
        sizes = {s["words"]: s for s in scaling["sizes"]}
        for a in sizes:
            if a * 10 in sizes:
                growth.append((a, a * 10, sizes[a * 10]["total_s"] / sizes[a]["total_s"], sizes[a * 10]["peak_heap"] / max(1, sizes[a]["peak_heap"])))
        if growth:
            gt = max(g[2] for g in growth)
            gm = max(g[3] for g in growth)
            rows.append(["Scaling: time for 10× the words (worst of " + ", ".join(f"{a:,}→{b:,}" for a, b, _, _ in growth) + ")", "≤ 12×", ratio(gt), verdict(gt <= 12)])
            rows.append(["Scaling: peak heap for 10× the words (same pairs)", "≤ 12×", ratio(gm), verdict(gm <= 12)])
    for b in browsers:
        s = b["startup"]
        rows.append([f"Start-up, {b['browser']}: compile cold / cached, instantiate", "reported",
                     f"{s['compileCold']:.1f} / {s['compileCached']:.1f} ms, {s['instantiate']:.1f} ms", ""])
    w("### Targets")
    w("")
    L.extend(table(["target", "goal", "measured", ""], rows))
    w("")

    # ---------------------------------------------------------------- native
    if news:
        st = news["stages_s"]
        n = news["articles"]
        total = sum(st.get(k, 0) for k in STAGES)
        w(f"### Native pipeline on news text, one thread")
        w("")
        w(f"`examples/pipeline_bench.rs throughput`: the first {n:,} CNN/DailyMail validation articles "
          f"({news['bytes'] / 1e6:.2f} MB of text; ../shared/data/summarization/cnndm_val.jsonl.xz), best of {news['reps']} passes. "
          "The UAX #29 pass and the `--batch` line (JSON parsed, analyzed, the Analysis serialized) are interleaved "
          "in one process; the stages come from `nutshell::analyze_document_staged`.")
        w("")
        rows = [["UAX #29 sentence pass (`unicode-segmentation`)", ms(news["uax29_s"]), f"{news['uax29_s'] / n * 1e3:.3f} ms", f"{news['bytes'] / news['uax29_s'] / 1e6:.1f}", ""],
                ["`--batch` line, in all", ms(news["batch_s"]), f"{news['batch_s'] / n * 1e3:.3f} ms", f"{news['bytes'] / news['batch_s'] / 1e6:.2f}", ""]]
        for k in STAGES:
            if k == "extraction" or k not in st:
                continue
            rows.append([f"stage: {k}", ms(st[k]), f"{st[k] / n * 1e3:.3f} ms", f"{news['bytes'] / st[k] / 1e6:.1f}" if st[k] > 0 else "", f"{st[k] / total * 100:.0f}%"])
        L.extend(table(["", "all articles", "per article", "MB/s", "share of the stages"], rows))
        w("")
        w("Stages: read (the text into blocks), language (identification), sentences (segmentation), tokens "
          "(words, stems, stop words), summary (ranking, selection), dates (recognition and resolution), keywords (key phrases), "
          "timeline (events grouped and labelled), offsets (to the caller's units).")
        w("")
    if chrono or sumy:
        w("### Native peers, same input, same run")
        w("")
        rows = []
        if chrono and news:
            rows.append([f"dates: chrono-node {chrono['version']} `parse()` in node {chrono['node']} (process CPU)", f"{chrono['docs']:,} articles", ms(chrono["cpu_s"]), ms(news["stages_s"]["dates"]), ratio(chrono["cpu_s"] / news["stages_s"]["dates"])])
        if sumy and news:
            mine = news["stages_s"]["tokens"] + news["stages_s"]["summary"]
            for k in ("LexRank", "TextRank"):
                rows.append([f"summary: sumy {sumy['sumy']} {k} (thread CPU)", f"{sumy['articles']:,} articles, {sumy['sentences']:,} sentences", ms(sumy[k + "_s"]), ms(mine), ratio(sumy[k + "_s"] / mine)])
        if traf and pages:
            mine = pages["stages_s"]["read"] + pages["stages_s"]["extraction"]
            rows.append([f"extraction: trafilatura {traf['trafilatura']} `extract()` (thread CPU)", f"{traf['pages']} pages, {traf['bytes'] / 1e6:.1f} MB", ms(traf["trafilatura_s"]), ms(mine), ratio(traf["trafilatura_s"] / mine)])
        L.extend(table(["peer", "input", "peer", "Nutshell, same stage", "peer / Nutshell"], rows))
        w("")
        w("Nutshell's side: the dates stage; the tokens and summary stages (every sentence's words, stems and stop words, "
          "then ranking, selection and key phrases) against sumy's whole ranking of the prose sentences Nutshell found "
          "(`eval/summary/rouge.py`'s rankers); the HTML read (parse into the page model) and extraction stages against "
          "trafilatura on the pages of both extraction sets"
          + (f" (trafilatura found text on {traf['found']} of {traf['pages']}; Nutshell's `--batch` on the same pages: {pages['articles']} analyses; the whole pipeline on them took {ms(pages['batch_s'])})" if traf and pages else "") + ".")
        w("")
    if scaling:
        w("### Scaling with the input, one text")
        w("")
        w("`examples/pipeline_bench.rs scaling`: the news articles above joined into one text of each size; best of "
          f"{scaling['reps']} runs; peak heap is the most bytes live at once during `analyze` (a counting allocator, input excluded).")
        w("")
        rows = []
        for s in scaling["sizes"]:
            st = s["stages_s"]
            rows.append([f"{s['words']:,}", f"{s['bytes']:,}"] + [ms(st[k]) for k in STAGES if k != "extraction" and k in st] +
                        [ms(s["total_s"]), f"{s['total_s'] * 1e6 / s['words']:.2f} µs", f"{s['peak_heap'] / 1e6:.2f} MB", f"{s['peak_heap'] / s['words']:.0f} B"])
        L.extend(table(["words", "bytes"] + [k for k in STAGES if k != "extraction" and k in scaling["sizes"][0]["stages_s"]] + ["total", "per word", "peak heap", "heap per word"], rows))
        w("")
        if growth:
            w("Growth for 10× the words: " + "; ".join(f"{a:,}→{b:,}: time {ratio(t)}, peak heap {ratio(m)}" for a, b, t, m in growth) + ".")
            w("")

    # ---------------------------------------------------------------- browsers
    for b in browsers:
        t = b["totals"]
        s = b["startup"]
        st = b["stages"]
        w(f"### In the browser: {b['browser']} {b['version']}")
        w("")
        w(f"`www/bench/browser.mjs`: {b['pages']} pages (Readability's test pages and tests/fixtures/pages), each loaded "
          f"once into a sandboxed iframe; per page the median of {b['reps']} runs of each system, summed over the pages. "
          "Every system (Nutshell's calls and the peers) reads its own fresh clone of the loaded document (cloning not timed; "
          "the first reader of a node pays for its JS wrapper, so all pay alike). "
          f"Peers in the same tab: Readability.js {b['peers']['readability']} `parse()`, chrono-node {b['peers']['chrono']} `parse()` on the text Nutshell's dates stage read, "
          "LexRank in JS (`www/bench/lexrank.js`) on Nutshell's prose sentences. Per-stage times come from the "
          "benchmark build's `__stages` export (`tools/build-wasm.sh --bench`: the shipped module plus that export). "
          f"Timer: {'cross-origin isolated, fine-grained' if s.get('isolated') else 'not isolated, coarse (the browser rounds performance.now())'}.")
        w("")
        rows = [
            ["`extractDom` (DOM walk + extraction)", ms(t["extract"] / 1e3), f"{t['extract'] / b['pages']:.2f} ms", f"{b['found']['extract']}"],
            ["Readability.js `parse()`", ms(t["readability"] / 1e3), f"{t['readability'] / b['pages']:.2f} ms", f"{b['found']['readability']}"],
            ["`analyzeDom` (the whole pipeline, result as a JS object)", ms(t["analyze"] / 1e3), f"{t['analyze'] / b['pages']:.2f} ms", f"{b['found']['analyze']}"],
        ]
        if t.get("worker") is not None:
            rows.append(["worker round trip (article text posted, `analyze` in a worker, Analysis back)", ms(t["worker"] / 1e3), f"{t['worker'] / b['pages']:.2f} ms", ""])
        else:
            rows.append(["worker round trip", "no worker in this build", "", ""])
        rows.append(["chrono-node `parse()` on the article text", ms(t["chrono"] / 1e3), f"{t['chrono'] / b['pages']:.2f} ms", ""])
        rows.append(["LexRank (JS) on the prose sentences", ms(t["lexrank"] / 1e3), f"{t['lexrank'] / b['pages']:.2f} ms", ""])
        L.extend(table(["system", "all pages", "per page", "pages with an article"], rows))
        w("")
        stage_total = sum(st.values())
        rows = [[k, ms(v / 1e3), f"{v / stage_total * 100:.0f}%"] for k, v in st.items()]
        rows.append(["**all stages**", ms(stage_total / 1e3), ""])
        L.extend(table(["stage (`__stages`)", "all pages", "share"], rows))
        w("")
        w(f"Ratios in this tab: Readability / `extractDom` {ratio(t['readability'] / t['extract'])}; "
          f"Readability / `analyzeDom` {ratio(t['readability'] / t['analyze'])}; chrono-node / dates stage {ratio(t['chrono'] / st['dates'])}; "
          f"JS LexRank / (tokens + summary stages) {ratio(t['lexrank'] / (st['tokens'] + st['summary']))}. "
          f"Start-up: wasm {s['wasmBytes']:,} B, `WebAssembly.compile` {s['compileCold']:.1f} ms cold and {s['compileCached']:.1f} ms "
          f"again with the same bytes, instantiation (wasm-bindgen's init) {s['instantiate']:.1f} ms. Wasm memory: "
          f"{s['memoryStart'] / 2**20:.1f} MiB after instantiation, {b['peakMemory'] / 2**20:.1f} MiB at its peak over all pages "
          "(linear memory only grows).")
        w("")
    if not browsers:
        w("(No browser results in this run.)")
        w("")
    w(END)
    return "\n".join(L) + "\n"


def main():
    d = sys.argv[1]
    path = sys.argv[2] if len(sys.argv) > 2 else "BENCHMARKS.md"
    gen = generate(d)
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else "# Benchmarks\n\n"
    if BEGIN in old and END in old:
        new = old[:old.index(BEGIN)] + gen + old[old.index(END) + len(END) + 1:]
    else:
        i = old.find("\n## ")
        new = (old[:i + 1] + gen + "\n" + old[i + 1:]) if i >= 0 else old + "\n" + gen
    with open(path, "w", encoding="utf-8") as f:
        f.write(new)


if __name__ == "__main__":
    main()
