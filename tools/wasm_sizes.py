#!/usr/bin/env python3
"""Where the bytes of a wasm module go: sections, code per crate and per function, and the data
section per crate and per source file (table).

    python3 tools/wasm_sizes.py FILE.wasm [--map LINK.map] [--top N]

FILE.wasm needs its `name` section (tools/build-wasm.sh keeps a named copy of the optimized
module for this). Code bodies are grouped by the crate their mangled name starts with.

With --map (the wasm-ld link map, `-C link-arg=--Map=FILE`, which tools/build-wasm.sh writes),
each data item the linker placed is named: statics by their symbol, anonymous constants (string
literals, slices of them, tables of structs) by finding their text in the source files of the
crate they came from (src/ and the registry sources of the dependencies), pointer tables by the
items they point to, and the rest by the crate their neighbours came from. A map, not an oracle:
"gzip alone" compresses each group on its own, so it over-counts what the whole file's gzip pays.

Standard library only.
"""
import argparse
import bisect
import glob
import gzip
import os
import re
import sys
from collections import Counter, defaultdict
from leb128 import read as leb, read_signed as sleb

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECTIONS = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
            6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data",
            12: "datacount"}


def name_of(buf, i):
    n, i = leb(buf, i)
    return buf[i:i + n].decode("utf-8", "replace"), i + n


def gz(b):
    return len(gzip.compress(bytes(b), 9, mtime=0))


def crate_of(name):
    """The crate a (possibly mangled) Rust symbol belongs to."""
    m = re.match(r"_ZN(\d+)", name)
    if m:
        n = int(m.group(1))
        start = m.end()
        crate = name[start:start + n]
        if crate.startswith("_$LT$"):  # <T as Trait>::f: name the impl'd type's crate
            inner = re.search(r"_\$LT\$([A-Za-z_][A-Za-z0-9_]*)", name)
            crate = inner.group(1) if inner else crate
        return crate
    # v0 mangling: the first crate root `C<disambiguator>_<len><name>` (or `C<len><name>`)
    m = re.search(r"C(?:s[0-9A-Za-z]*_)?(\d+)([a-z_][a-z0-9_]*)", name) if name.startswith("_R") else None
    if m:
        return m.group(2)[: int(m.group(1))]
    if name.endswith(" shim"):
        return "exports (wasm-bindgen shims, bodies inlined)"
    m = re.match(r"<[A-Z]\w* as (?:<[^>]*> ?)?([a-z_][a-z0-9_]*)::", name)
    if m:
        return m.group(1)
    bare = name.lstrip("<&*").removeprefix("mut ").removeprefix("dyn ")
    m = re.match(r"([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::", bare)
    if m:
        return m.group(1)
    if re.match(r"(str|\[|[ui](8|16|32|64|size)|f(32|64)|char|bool)\b", bare):
        return "core"
    if name.startswith("__wbg") or name.startswith("__wbindgen") or name.startswith("__externref"):
        return "wasm_bindgen"
    if name in ("memcpy", "memmove", "memset", "memcmp", "bcmp") or name.startswith("__"):
        return "compiler_builtins"
    return "(unnamed)"


def module_of(name):
    """crate::module of a symbol, for the nutshell crate's code (one level below the crate)."""
    m = re.match(r"_ZN\d+nutshell(\d+)([A-Za-z_0-9]+)", name)
    if m:
        return "nutshell::" + m.group(2)[: int(m.group(1))]
    m = re.match(r"<?nutshell::([a-z_0-9]+)", name)
    if m:
        return "nutshell::" + m.group(1)
    return None


def read_module(path):
    buf = open(path, "rb").read()
    assert buf[:4] == b"\0asm", "not a wasm file"
    i = 8
    sections = {}
    imported_funcs = 0
    bodies = []
    names = {}
    segments = []
    while i < len(buf):
        sid = buf[i]
        size, j = leb(buf, i + 1)
        end = j + size
        label = SECTIONS.get(sid, str(sid))
        if sid == 0:
            cname, k = name_of(buf, j)
            label = "custom:" + cname
            if cname == "name":
                while k < end:
                    sub = buf[k]
                    ssize, k2 = leb(buf, k + 1)
                    if sub == 1:
                        count, m = leb(buf, k2)
                        for _ in range(count):
                            idx, m = leb(buf, m)
                            nm, m = name_of(buf, m)
                            names[idx] = nm
                    k = k2 + ssize
        elif sid == 2:
            count, k = leb(buf, j)
            for _ in range(count):
                _, k = name_of(buf, k)
                _, k = name_of(buf, k)
                kind = buf[k]
                k += 1
                if kind == 0:
                    _, k = leb(buf, k)
                    imported_funcs += 1
                elif kind == 1:
                    k += 1
                    flags, k = leb(buf, k)
                    _, k = leb(buf, k)
                    if flags & 1:
                        _, k = leb(buf, k)
                elif kind == 2:
                    flags, k = leb(buf, k)
                    _, k = leb(buf, k)
                    if flags & 1:
                        _, k = leb(buf, k)
                elif kind == 3:
                    k += 2
                else:
                    k += 1
        elif sid == 10:
            count, k = leb(buf, j)
            for n in range(count):
                bsize, k2 = leb(buf, k)
                bodies.append((imported_funcs + n, buf[k:k2 + bsize]))
                k = k2 + bsize
        elif sid == 11:
            count, k = leb(buf, j)
            for _ in range(count):
                flags, k = leb(buf, k)
                if flags == 2:
                    _, k = leb(buf, k)
                if flags in (0, 2):
                    if buf[k] != 0x41:  # i32.const
                        break
                    off, k = leb(buf, k + 1)
                    off &= 0xFFFFFFFF
                    k += 1  # end
                else:
                    off = None
                n, k = leb(buf, k)
                if off is not None:
                    segments.append((off, buf[k:k + n]))
                k += n
        sections.setdefault(label, bytearray()).extend(buf[i:end])
        i = end
    return buf, sections, bodies, names, segments


# ---------------------------------------------------------------- data attribution

def map_items(path):
    """(address, size, input section) of every data item in a wasm-ld map."""
    items = []
    in_data = False
    for line in open(path, encoding="utf-8", errors="replace"):
        p = line.split()
        if len(p) == 4 and p[0] == "-" and re.fullmatch(r"[A-Z]+(\(.*\))?", p[3]):
            in_data = p[3] == "DATA"
            continue
        if not in_data or len(p) < 4 or not re.fullmatch(r"[0-9a-f]+", p[0]):
            continue
        where = p[3]
        if not (where.startswith("/") or where.startswith("<")):
            continue
        m = re.search(r":\((\.[a-z]+)\.?(.*)\)$", where)
        if not m:
            items.append((int(p[0], 16), int(p[2], 16), where.split(":")[-1], ""))
            continue
        items.append((int(p[0], 16), int(p[2], 16), m.group(1), m.group(2)))
    return items


def unescape(src):
    """Rust string escapes written out, so a literal's bytes can be found in its source file."""
    def one(m):
        e = m.group(0)
        if e.startswith(b"\\u{"):
            return chr(int(e[3:-1], 16)).encode("utf-8")
        if e.startswith(b"\\x"):
            return bytes([int(e[2:], 16)])
        if e.startswith(b"\\\n"):
            return b""
        return {b"\\n": b"\n", b"\\t": b"\t", b"\\\\": b"\\", b'\\"': b'"', b"\\'": b"'", b"\\0": b"\0"}.get(e, e)
    return re.sub(rb"\\u\{[0-9a-fA-F]{1,6}\}|\\x[0-9a-fA-F]{2}|\\\n\s*|\\[nt\\\"'0]", one, src)


def source_files():
    """path -> bytes for the project's src/ and the registry sources of the wasm dependencies."""
    files = {}
    for f in glob.glob(os.path.join(ROOT, "src", "**", "*"), recursive=True):
        if os.path.isfile(f):
            src = open(f, "rb").read()
            files["nutshell: " + os.path.relpath(f, ROOT)] = unescape(src) if f.endswith(".rs") else src
    lock = open(os.path.join(ROOT, "Cargo.lock"), encoding="utf-8").read()
    versions = dict(re.findall(r'name = "([^"]+)"\nversion = "([^"]+)"', lock))
    reg = glob.glob(os.path.expanduser("~/.cargo/registry/src/*/"))
    for crate in ("rust-stemmers", "unicode-segmentation", "serde-wasm-bindgen", "serde", "serde_core",
                  "wasm-bindgen", "js-sys", "dlmalloc", "hashbrown"):
        v = versions.get(crate)
        for r in reg:
            d = os.path.join(r, f"{crate}-{v}", "src")
            for f in glob.glob(os.path.join(d, "**", "*.rs"), recursive=True):
                files[f"{crate}: " + os.path.relpath(f, d)] = unescape(open(f, "rb").read())
    return files


def printable(b):
    if len(b) < 4:
        return False
    try:
        s = b.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return sum(ch.isprintable() or ch in "\n\t" for ch in s) >= 0.95 * len(s)


def code_refs(bodies, names, items):
    """item index -> Counter of the functions whose code names its address (`i32.const A`)."""
    starts = [a for a, _, _, _ in items]
    lo, hi = starts[0], items[-1][0] + items[-1][1]
    refs = defaultdict(Counter)
    for idx, body in bodies:
        nm = names.get(idx, f"func{idx}")
        k = body.find(b"\x41")
        while k != -1 and k < len(body) - 1:
            try:
                v, _ = sleb(body, k + 1)
            except IndexError:
                break
            if lo <= v < hi:
                j = bisect.bisect_right(starts, v) - 1
                if v < items[j][0] + items[j][1]:
                    refs[j][nm] += 1
            k = body.find(b"\x41", k + 1)
    return refs


def short_fn(nm):
    if not nm.startswith("_"):  # demangled (wasm-opt -g): crate::path::name::h<hash>
        return "::".join(re.sub(r"::h[0-9a-f]{16}$", "", nm).split("::")[-3:])
    parts = re.findall(r"\d+([A-Za-z_][A-Za-z0-9_]*)", re.sub(r"17h[0-9a-f]{16}E$", "", nm))
    parts = [re.sub(r"^\d+", "", x) for x in parts]
    return "::".join(parts[-3:]) if parts else nm[:40]


def attribute_data(items, mem, files, refs):
    """A label per item: 'crate: source file' or 'crate: (what)'."""
    labels = [None] * len(items)
    group = []
    for n, (addr, size, sect, sym) in enumerate(items):
        m = re.match(r"\.Lanon\.([0-9a-f]+)\.", sym)
        group.append(m.group(1) if m else None)
        if sect == ".bss":
            labels[n] = "(zeroed statics, not shipped)"
        elif sym and not sym.startswith(".L"):
            crate = crate_of(sym)
            if "unicode_data" in sym:
                what = "unicode_data (char properties)"
            else:
                what = short_fn(sym)
            labels[n] = f"{crate}: {what}"
        elif sect == ".rodata" and not sym:
            labels[n] = "(merged string literals of every crate)"
    # the crate of each anonymous group: the crate of the code that names its items
    votes = defaultdict(Counter)
    for n, fns in refs.items():
        if group[n]:
            for nm, c in fns.items():
                votes[group[n]][crate_of(nm)] += c
    group_crate = {g: c.most_common(1)[0][0].replace("_", "-") for g, c in votes.items()}
    # 1. text found in the source files of the group's crate (anywhere when it is not known):
    #    one file, or of several the one the group uses most
    cands = {}
    for n, (addr, size, sect, sym) in enumerate(items):
        if labels[n] is not None:
            continue
        b = bytes(mem[addr:addr + size]).rstrip(b"\0")
        # text, or a large byte string (a generated table written as a literal)
        if printable(b) or len(b) >= 256:
            crate = group_crate.get(group[n])
            hits = [f for f, src in files.items() if (crate is None or f.split(":")[0] == crate) and b in src]
            if len(hits) == 1:
                labels[n] = hits[0]
            elif hits:
                cands[n] = hits
    file_votes = defaultdict(Counter)
    for n, l in enumerate(labels):
        if l and group[n]:
            file_votes[group[n]][l] += items[n][1]
    for n, hits in cands.items():
        labels[n] = max(hits, key=lambda h: (file_votes[group[n]][h], -len(h)))
    starts = [a for a, _, _, _ in items]

    def pointers(n):
        addr, size = items[n][0], items[n][1]
        for k in range(addr, addr + size - 3, 4):
            p = int.from_bytes(mem[k:k + 4], "little")
            j = bisect.bisect_right(starts, p) - 1
            if j >= 0 and j != n and p < items[j][0] + items[j][1]:
                yield j

    def named(l):
        return l is not None and not l.startswith("(")

    # 2. pointer tables: the label most of their pointers lead to (twice, for tables of tables)
    for _ in range(2):
        for n in range(len(items)):
            if labels[n] is None and items[n][1] >= 8:
                pv = Counter(labels[j] for j in pointers(n) if named(labels[j]))
                if pv:
                    labels[n] = pv.most_common(1)[0][0]
    # 3. tables named by the function that uses them
    for n in range(len(items)):
        if labels[n] is None and refs.get(n):
            user = refs[n].most_common(1)[0][0]
            c = group_crate.get(group[n]) or crate_of(user).replace("_", "-")
            labels[n] = f"{c}: tables used by {short_fn(user)}"
    # 4. what labelled tables point to (strings of a stemmer's tables, twice)
    for _ in range(2):
        inherit = {}
        for n in range(len(items)):
            if named(labels[n]):
                for j in pointers(n):
                    if labels[j] is None:
                        inherit.setdefault(j, Counter())[labels[n]] += 1
        for j, c in inherit.items():
            labels[j] = c.most_common(1)[0][0]
    # 5. the rest: the group's crate
    for n in range(len(items)):
        if labels[n] is None:
            c = group_crate.get(group[n])
            labels[n] = f"{c}: (other)" if c else "(unattributed)"
    return labels


# ---------------------------------------------------------------- report

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("wasm")
    ap.add_argument("top", nargs="?", type=int, default=12)
    ap.add_argument("--map", help="wasm-ld link map of the same build (data per source)")
    ap.add_argument("--top", dest="top_opt", type=int)
    a = ap.parse_args()
    top = a.top_opt or a.top
    buf, sections, bodies, names, segments = read_module(a.wasm)
    print(f"{a.wasm}: {len(buf)} bytes, {gz(buf)} gzip-9")
    print("  sections (raw / gzip alone):", ", ".join(
        f"{k} {len(v)}/{gz(v)}" for k, v in sorted(sections.items(), key=lambda x: -len(x[1])) if len(v) > 64))
    if not names:
        print("  (no name section: function names were stripped)")
        return
    per_crate = defaultdict(bytearray)
    per_module = defaultdict(bytearray)
    per_fn = []
    for idx, body in bodies:
        nm = names.get(idx, f"func{idx}")
        per_crate[crate_of(nm)].extend(body)
        mod = module_of(nm)
        if mod:
            per_module[mod].extend(body)
        per_fn.append((len(body), nm))
    code = sum(len(v) for v in per_crate.values())
    print(f"  code per crate (of {code} bytes; raw, share, gzip alone):")
    for crate, b in sorted(per_crate.items(), key=lambda x: -len(x[1]))[:top]:
        print(f"    {len(b):>8} {100 * len(b) / code:5.1f}% {gz(b):>7}  {crate}")
    print("  nutshell code per module (raw, gzip alone):")
    for mod, b in sorted(per_module.items(), key=lambda x: -len(x[1]))[:top]:
        print(f"    {len(b):>8} {gz(b):>7}  {mod}")
    print("  largest functions:")
    for size, nm in sorted(per_fn, reverse=True)[:top]:
        print(f"    {size:>8}  {re.sub(r'::h[0-9a-f]{16}$', '', nm)[:110]}")
    if not a.map:
        return
    items = map_items(a.map)
    if not items or not segments:
        print("  (no data items in the map)")
        return
    top_addr = max(max(o + len(b) for o, b in segments), max(x[0] + x[1] for x in items))
    mem = bytearray(top_addr)
    for o, b in segments:
        mem[o:o + len(b)] = b
    labels = attribute_data(items, mem, source_files(), code_refs(bodies, names, items))
    per_label = defaultdict(bytearray)
    for (addr, size, _, _), label in zip(items, labels):
        per_label[label].extend(mem[addr:addr + size])
    per_dcrate = defaultdict(bytearray)
    for label, b in per_label.items():
        per_dcrate[label.split(":")[0] if not label.startswith("(") else label].extend(b)
    data = sum(x[1] for x in items)
    print(f"  data per crate (of {data} bytes; raw, gzip alone):")
    for c, b in sorted(per_dcrate.items(), key=lambda x: -len(x[1]))[:top]:
        print(f"    {len(b):>8} {gz(b):>7}  {c}")
    print("  largest data sources (raw, gzip alone):")
    for label, b in sorted(per_label.items(), key=lambda x: -len(x[1]))[:top]:
        print(f"    {len(b):>8} {gz(b):>7}  {label}")


if __name__ == "__main__":
    sys.exit(main())
