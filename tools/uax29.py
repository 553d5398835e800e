#!/usr/bin/env python3
"""Generate src/text/uax29_tables.rs: the Sentence_Break and Word_Break properties of every code
point (UAX #29) and the Extended_Pictographic set (word rule WB3c), packed, for
src/text/uax29.rs.

    python3 tools/uax29.py                  regenerate from the tables the unicode-segmentation
                                            crate (the version in Cargo.lock, a dev-dependency)
                                            generated from the Unicode Character Database
    python3 tools/uax29.py --ucd DIR        from SentenceBreakProperty.txt, WordBreakProperty.txt
                                            and emoji-data.txt in DIR
    python3 tools/uax29.py --check          exit 1 when the committed file differs

Standard library only. The packing: the code points in runs of one property value, from U+0000
up; each run is one LEB128 number, (length of the run) * 16 (32 for Word_Break) + the value's
index in CATS (WCATS) below; Extended_Pictographic as runs of length * 2 + (1 inside the set).
Code points listed nowhere are Other. src/text/uax29.rs decodes the runs once.
"""
import argparse
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "src", "text", "uax29_tables.rs")

# The property values, in the order of src/text/uax29.rs's `enum Sb`.
CATS = ["Other", "CR", "LF", "Sep", "Sp", "Extend", "Format", "Lower", "Upper", "OLetter",
        "Numeric", "ATerm", "STerm", "Close", "SContinue"]
# The Word_Break values, in the order of src/text/uax29.rs's `enum Wb`.
WCATS = ["Other", "CR", "LF", "Newline", "Extend", "ZWJ", "Regional_Indicator", "Format", "Katakana",
         "Hebrew_Letter", "ALetter", "Single_Quote", "Double_Quote", "MidNumLet", "MidLetter", "MidNum",
         "Numeric", "ExtendNumLet", "WSegSpace"]


def crate_version():
    with open(os.path.join(ROOT, "Cargo.lock"), encoding="utf-8") as f:
        m = re.search(r'name = "unicode-segmentation"\nversion = "([^"]+)"', f.read())
    if not m:
        sys.exit("uax29.py: unicode-segmentation is not in Cargo.lock")
    return m.group(1)


def crate_table(text, name, prefix, path):
    body = text[text.index(f"const {name}"):]
    body = body[: body.index("];")]
    ranges = [(int(a, 16), int(b, 16), c) for a, b, c in re.findall(r"\('\\u\{([0-9a-f]+)\}',\s*'\\u\{([0-9a-f]+)\}',\s*" + prefix + r"(\w+)\)", body)]
    if len(ranges) != body.count(prefix):
        sys.exit(f"uax29.py: read {len(ranges)} of the {body.count(prefix)} ranges of {name} in {path}")
    return ranges


def from_crate():
    version = crate_version()
    home = os.environ.get("CARGO_HOME") or os.path.join(os.path.expanduser("~"), ".cargo")
    found = glob.glob(os.path.join(home, "registry", "src", "*", f"unicode-segmentation-{version}", "src", "tables.rs"))
    if not found:
        sys.exit(f"uax29.py: unicode-segmentation {version} is not in the cargo registry (cargo fetch)")
    text = open(found[0], encoding="utf-8").read()
    uv = re.search(r"UNICODE_VERSION: \(u64, u64, u64\) = \((\d+), (\d+), (\d+)\)", text).groups()
    sentence = crate_table(text, "sentence_cat_table", "SC_", found[0])
    word = crate_table(text, "word_cat_table", "WC_", found[0])
    emoji = [r for r in crate_table(text, "emoji_cat_table", "EC_", found[0]) if r[2] == "Extended_Pictographic"]
    return sentence, word, emoji, f"unicode-segmentation {version} (Unicode {'.'.join(uv)})"


def read_ucd(path, only=None):
    ranges = []
    for line in open(path, encoding="utf-8"):
        line = line.split("#")[0].strip()
        if not line:
            continue
        cps, cat = [x.strip() for x in line.split(";")]
        if only and cat != only:
            continue
        a, _, b = cps.partition("..")
        ranges.append((int(a, 16), int(b or a, 16), cat))
    ranges.sort()
    return ranges


def from_ucd(folder):
    return (read_ucd(os.path.join(folder, "SentenceBreakProperty.txt")),
            read_ucd(os.path.join(folder, "WordBreakProperty.txt")),
            read_ucd(os.path.join(folder, "emoji-data.txt"), "Extended_Pictographic"),
            os.path.basename(os.path.abspath(folder)))


def pack(ranges, cats=CATS, bits=4):
    """Runs from U+0000 to U+10FFFF as LEB128 bytes."""
    out = bytearray()

    def run(length, cat):
        while length > 0:
            # a run longer than a number can say is split (never needed below 2^28)
            n = min(length, 1 << 24)
            v = (n << bits) + cats.index(cat)
            while True:
                b = v & 0x7F
                v >>= 7
                out.append(b | (0x80 if v else 0))
                if not v:
                    break
            length -= n

    at = 0
    merged = []
    for a, b, c in ranges:
        if c == "Any":
            c = cats[0]
        if merged and merged[-1][2] == c and merged[-1][1] + 1 == a:
            merged[-1] = (merged[-1][0], b, c)
        else:
            merged.append((a, b, c))
    for a, b, c in merged:
        if a > at:
            run(a - at, cats[0])
        run(b - a + 1, c)
        at = b + 1
    if at <= 0x10FFFF:
        run(0x110000 - at, cats[0])
    return bytes(out), len(merged)


def render_table(lines, name, doc, data):
    lines += [doc, f"pub(super) const {name}: &[u8] = b\"\\"]
    row = ""
    for byte in data:
        ch = chr(byte)
        piece = ch if (0x20 <= byte < 0x7F and ch not in '\\"') else f"\\x{byte:02x}"
        if len(row) + len(piece) > 96:
            lines.append("    " + row + "\\")
            row = ""
        # a space at the start of a line would be eaten by the line continuation before it
        row += "\\x20" if piece == " " and not row else piece
    lines.append("    " + row + "\";")


def render(tables, source):
    sentence, word, emoji = tables
    lines = [
        f"// Generated by `python3 tools/uax29.py` from the Sentence_Break and Word_Break properties and",
        f"// the Extended_Pictographic set as {source}.",
        "// Do not edit: the format is described in tools/uax29.py.",
        "",
    ]
    render_table(lines, "SENTENCE_BREAK", f"/// The Sentence_Break value of every code point: {sentence[1]} ranges as runs, {len(sentence[0])} bytes.", sentence[0])
    lines.append("")
    render_table(lines, "WORD_BREAK", f"/// The Word_Break value of every code point: {word[1]} ranges as runs, {len(word[0])} bytes.", word[0])
    lines.append("")
    render_table(lines, "EXTENDED_PICTOGRAPHIC", f"/// Extended_Pictographic: {emoji[1]} ranges as runs, {len(emoji[0])} bytes.", emoji[0])
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ucd")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    sentence, word, emoji, source = from_ucd(a.ucd) if a.ucd else from_crate()
    tables = (pack(sentence), pack(word, WCATS, 5), pack([(x, y, "Yes") for x, y, _ in emoji], ["No", "Yes"], 1))
    text = render(tables, source)
    if a.check:
        old = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else ""
        if old != text:
            print(f"uax29.py: {OUT} is out of date; run python3 tools/uax29.py", file=sys.stderr)
            sys.exit(1)
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    sizes = ", ".join(f"{n} ranges in {len(d)} bytes" for d, n in tables)
    print(f"uax29.py: {sizes} -> {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
