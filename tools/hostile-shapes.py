#!/usr/bin/env python3
"""Hostile input shapes for the native CLI: time and peak memory per shape and size.

    python3 tools/hostile-shapes.py target/release/nutshell [SHAPE ...] [--sizes 25000,50000]

Each shape is generated at two sizes (the second twice the first, by default), run through the
CLI (`--format json`, stdin) under `/usr/bin/time -v`, and reported as: bytes, seconds, peak
RSS (MB), the time ratio between the two sizes (linear work gives about 2), and the memory
bound the core promises, k * input + c (SECURITY.md). Nothing here is a test: the tests count
work (tests/hostile.rs); this prints the figures DESIGN.md and SECURITY.md quote.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time

# Shapes: name -> (function of n -> input text, input kind, default n).
def nested(tag):
    return lambda n: "<body>" + f"<{tag}>x" * n


def formatting_amplification(n):
    # One paragraph opens 512 formatting elements with distinct attributes; n later `<p>x`
    # each reconstruct them (the list of active formatting elements).
    opens = "".join(f'<b id="f{i}" class="c{i}">' for i in range(512))
    return "<body><p>" + opens + "<p>x" * n


def tiny_sentences(n):
    return "A b. " * n


def one_word_run(n):
    return "a " * n


def attributes(n):
    return "<body><p " + " ".join(f"a{i}" for i in range(n)) + ">x</p>"


def html_attrs(n):
    return "<body>" + "".join(f"<html a{i}>" for i in range(n)) + "<p>x</p>"


def end_tags(n):
    return "<body>" + "<span>" * 500 + "</zz>" * n + "<p>end</p>"


def distinct_tags(n):
    return "<body>" + "".join(f"<x{i}></x{i}>" for i in range(n))


def foster(n):
    return "<body><table>" + "<div>x" * n


def tables(n):
    return "<body>" + "<table><tr><td>x" * n


def headings(n):
    return "<body>" + "<h1><div>x" * n


def times(n):
    return "<body>" + '<time class="date">5 March 2021</time>' * n


def dated_nav(n):
    return "<body><nav>" + "<div>" * 400 + '<span class="date">x</span>' * n


def select(n):
    return "<body><select>" + "<optgroup><option>x" * n


def ruby(n):
    return "<body><ruby>" + "<rb>x<rt>y<rp>z" * n


def charrefs(n):
    return "<body><p>" + "&amp;x" * n + "</p>"


def comments(n):
    return "<body>" + "<!--x-->" * n + "<p>x</p>"


def lists(n):
    return "<body>" + "<ul><li>x" * n


def dl(n):
    return "<body>" + "<dl><dt>x<dd>y" * n


def buttons(n):
    return "<body>" + "<button><p>x" * n


def anchors(n):
    return "<body>" + "<a href=#>x" * n


def nobr(n):
    return "<body>" + "<nobr>x" * n


def svg(n):
    return "<body>" + "<svg><g>" * n


def math(n):
    return "<body>" + "<math><mi>" * n


def raw_text(n):
    return "<body>" + "<script>x</script><style>y</style><textarea>z</textarea><title>t</title>" * n


def template(n):
    return "<body>" + "<template>x" * n


SHAPES = {
    "rt": (nested("rt"), "html", 25000),
    "rb": (nested("rb"), "html", 25000),
    "rp": (nested("rp"), "html", 25000),
    "optgroup": (nested("optgroup"), "html", 25000),
    "option": (nested("option"), "html", 25000),
    "p": (nested("p"), "html", 25000),
    "li": (nested("li"), "html", 25000),
    "div": (nested("div"), "html", 25000),
    "td": (nested("td"), "html", 25000),
    "formatting": (formatting_amplification, "html", 10000),
    "tiny-sentences": (tiny_sentences, "text", 500000),
    "word-run": (one_word_run, "text", 1000000),
    "attributes": (attributes, "html", 50000),
    "html-attrs": (html_attrs, "html", 50000),
    "end-tags": (end_tags, "html", 250000),
    "distinct-tags": (distinct_tags, "html", 100000),
    "foster": (foster, "html", 25000),
    "tables": (tables, "html", 25000),
    "headings": (headings, "html", 25000),
    "times": (times, "html", 25000),
    "dated-nav": (dated_nav, "html", 25000),
    "select": (select, "html", 25000),
    "ruby": (ruby, "html", 25000),
    "charrefs": (charrefs, "html", 250000),
    "comments": (comments, "html", 250000),
    "lists": (lists, "html", 25000),
    "dl": (dl, "html", 25000),
    "buttons": (buttons, "html", 25000),
    "anchors": (anchors, "html", 25000),
    "nobr": (nobr, "html", 25000),
    "svg": (svg, "html", 25000),
    "math": (math, "html", 25000),
    "raw-text": (raw_text, "html", 25000),
    "template": (template, "html", 25000),
}

K = 20
C_MB = 64


def run(cli, text, kind):
    with tempfile.NamedTemporaryFile("w", suffix=".in", delete=False) as f:
        f.write(text)
        path = f.name
    try:
        t0 = time.time()
        p = subprocess.run(["/usr/bin/time", "-v", cli, "--format", "json", "--input", kind, path],
                           capture_output=True, text=True, timeout=1800)
        secs = time.time() - t0
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1)) / 1024
        status = "ok"
        cut = None
        if p.returncode != 0:
            status = p.stderr.splitlines()[0][:80] if p.stderr else f"exit {p.returncode}"
        else:
            try:
                cut = json.loads(p.stdout).get("cut")
            except ValueError:
                status = "bad json"
        return secs, rss, status, cut
    finally:
        os.unlink(path)


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    cli = args.pop(0)
    sizes = None
    if "--sizes" in args:
        i = args.index("--sizes")
        sizes = [int(x) for x in args[i + 1].split(",")]
        del args[i : i + 2]
    names = args or list(SHAPES)
    print(f"{'shape':<16} {'n':>9} {'bytes':>11} {'s':>7} {'peak MB':>8} {'bound MB':>8}  ratio  outcome")
    for name in names:
        make, kind, n0 = SHAPES[name]
        prev = None
        for n in sizes or [n0, 2 * n0]:
            text = make(n)
            b = len(text.encode())
            secs, rss, status, cut = run(cli, text, kind)
            bound = K * b / 2**20 + C_MB
            ratio = f"{secs / prev:5.2f}" if prev else "     "
            prev = max(secs, 1e-3)
            flag = "" if rss <= bound else "  OVER THE MEMORY BOUND"
            outcome = status if status != "ok" else ("ok" if not cut else "cut: " + ", ".join(c["limit"] for c in cut))
            print(f"{name:<16} {n:>9} {b:>11} {secs:7.2f} {rss:8.1f} {bound:8.1f}  {ratio}  {outcome}{flag}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
